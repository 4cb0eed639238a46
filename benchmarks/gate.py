"""CI accuracy gate: newsclean's body F1 on every dev set, input and half must hold its floor.

    python -m benchmarks.gate                 # check; exit 1 on any failure below
    python -m benchmarks.gate --update        # raise the floors to the current figures (never lowers them)
    python -m benchmarks.gate --accept-data   # record the data sets' checksums after reviewing a change

Runs newsclean (only) on the HTML and the visible text of the four dev sets in
``../shared/bench`` (or ``--bench`` / ``$NEWSCLEAN_BENCH``), in worker processes, and checks:

- **floors**: the F1 of each set, input and half (``tune``, ``validate``, split by site, see
  :mod:`benchmarks.datasets`) and of the whole set must not fall more than ``TOLERANCE``
  below its floor in ``floors.json``;
- **checksums**: each set's files must hash to the recorded SHA-256, so a changed set cannot
  pass silently (``--accept-data`` records new ones, to be done only after reviewing why);
- **no lost pages**: a page whose gold body has ``EMPTY_WORDS`` or more words and whose
  extracted body is empty fails, unless it is listed in ``empty_allowed`` with a reason.

When the bench folder is absent the gate is skipped with a message and exit status 0; a set
that is absent is reported and skipped. newsclean failing to import fails the gate.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.datasets import HALVES, Dataset, DatasetError, load_dataset
from benchmarks.metric import Score, aggregate, score_page, word_tokens
from benchmarks.run import REPO, newsclean_bodies, versions

TOLERANCE = 0.001
EMPTY_WORDS = 50
FLOORS = Path(__file__).with_name("floors.json")
SETS = ("scrapinghub", "readability-dev", "fundus-dev", "dragnet")
KINDS = ("html", "text")
PARTS = ("all", *HALVES)
NOTE = (f"newsclean body F1 floors for `python -m benchmarks.gate`, per set/input/half: the gate fails when an F1 "
        f"falls more than {TOLERANCE} below its floor (`--update` raises floors, never lowers them); `checksums`: "
        f"SHA-256 of each set's files; `empty_allowed`: pages whose gold has {EMPTY_WORDS}+ words that may come out "
        f"empty, with the reason")


def default_bench() -> Path:
    return Path(os.environ.get("NEWSCLEAN_BENCH") or REPO.parent / "shared" / "bench")


@dataclass
class Record:
    """What ``floors.json`` holds."""

    floors: dict[str, float] = field(default_factory=dict)
    checksums: dict[str, str] = field(default_factory=dict)
    empty_allowed: dict[str, str] = field(default_factory=dict)


def read_record(path: Path = FLOORS) -> Record:
    if not path.is_file():
        return Record()
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    return Record(floors=dict(data.get("floors", {})), checksums=dict(data.get("checksums", {})),
                  empty_allowed=dict(data.get("empty_allowed", {})))


def write_record(record: Record, path: Path = FLOORS) -> None:
    data = {"_note": NOTE, "floors": dict(sorted(record.floors.items())),
            "checksums": dict(sorted(record.checksums.items())),
            "empty_allowed": dict(sorted(record.empty_allowed.items()))}
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def part_scores(dataset: Dataset, bodies: dict[str, str]) -> dict[str, Score]:
    """F1 of the whole set and of each half, from one set of predicted bodies."""
    rows = {p.id: score_page(p.truth, bodies.get(p.id), p.id) for p in dataset.pages}
    out = {"all": aggregate(list(rows.values()))}
    for half in HALVES:
        out[half] = aggregate([rows[p.id] for p in dataset.pages if p.half == half])
    return out


def lost_pages(dataset: Dataset, bodies: dict[str, str]) -> list[str]:
    """Pages whose gold body has EMPTY_WORDS+ words and whose extracted body is empty."""
    return [p.id for p in dataset.pages
            if len(word_tokens(p.truth)) >= EMPTY_WORDS and not word_tokens(bodies.get(p.id, ""))]


def raised(floors: dict[str, float], scores: dict[str, float]) -> dict[str, float]:
    """The floors, each raised to the current F1 (rounded down to 4 decimals) when that is higher."""
    out = dict(floors)
    for key, f1 in scores.items():
        current = int(f1 * 10_000) / 10_000
        if current > out.get(key, 0.0):
            out[key] = current
    return out


def verdict(f1: float, floor: float | None) -> str:
    if floor is None:
        return "no floor"
    if f1 < floor - TOLERANCE:
        return f"FAIL (below {floor - TOLERANCE:.4f})"
    return "ok"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.gate", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, default=None, help="shared bench folder (default: ../shared/bench)")
    ap.add_argument("--update", action="store_true", help="raise the recorded floors to the current figures")
    ap.add_argument("--accept-data", action="store_true", help="record the sets' current checksums")
    ap.add_argument("--floors", type=Path, default=FLOORS, help="floors file (default: %(default)s)")
    ap.add_argument("--sets", default=",".join(SETS), help="comma-separated sets (default: all four)")
    ap.add_argument("--jobs", type=int, default=min(os.cpu_count() or 1, 4), help="worker processes")
    args = ap.parse_args(argv)

    bench = args.bench or default_bench()
    if not bench.is_dir():
        print(f"benchmark gate skipped: {bench} not found")
        return 0
    try:
        import newsclean  # noqa: F401
    except Exception as exc:  # the gate fails: nothing can be measured
        print(f"accuracy gate FAILED: newsclean could not be loaded: {type(exc).__name__}: {exc}")
        return 1
    record = read_record(args.floors)
    started = time.perf_counter()
    failures: list[str] = []
    scores: dict[str, float] = {}
    checksums = dict(record.checksums)
    lines = ["| set | input | half | pages | F1 | floor | precision | recall | status |",
             "|---|---|---|---|---|---|---|---|---|"]
    for name in [s.strip() for s in args.sets.split(",") if s.strip()]:
        try:
            dataset = load_dataset(bench / name)
        except DatasetError as exc:
            print(f"skipped {name}: {exc}")
            continue
        checksum = dataset.checksum()
        if args.accept_data or name not in record.checksums:
            checksums[name] = checksum
        elif record.checksums[name] != checksum:
            failures.append(f"{name}: the data set changed (checksum {checksum[:12]}, recorded "
                            f"{record.checksums[name][:12]}); review it, then run --accept-data")
        for kind in KINDS:
            pages = dataset.with_input(kind)
            if not pages:
                continue
            bodies, errors = newsclean_bodies(kind, [(p.id, p.read(kind) or "") for p in pages], jobs=args.jobs)
            failures.extend(f"{name}/{kind} raised on {err}" for err in errors)
            subset = Dataset(name=dataset.name, layout=dataset.layout, root=dataset.root, pages=pages)
            for part, score in part_scores(subset, bodies).items():
                key = f"{name}/{kind}/{part}"
                floor = record.floors.get(key)
                status = verdict(score.f1, floor)
                scores[key] = score.f1
                if status.startswith("FAIL"):
                    failures.append(f"{key}: F1 {score.f1:.4f} {status}")
                count = len(pages) if part == "all" else sum(1 for p in pages if p.half == part)
                lines.append(f"| {name} | {kind} | {part} | {count} | {score.f1:.4f} | "
                             f"{'-' if floor is None else f'{floor:.4f}'} | {score.precision:.4f} | "
                             f"{score.recall:.4f} | {status} |")
            for page_id in lost_pages(subset, bodies):
                key = f"{name}/{kind}/{page_id}"
                if key not in record.empty_allowed:
                    failures.append(f"{key}: the gold has {EMPTY_WORDS}+ words and the body is empty "
                                    "(fix it, or list it in empty_allowed with a reason)")

    info = versions()
    print(f"newsclean {info['newsclean']} @ {info['newsclean_commit']}, python {info['python']}, {args.jobs} worker(s)")
    print("\n".join(lines))
    print(f"gate ran in {time.perf_counter() - started:.1f} s")

    if args.update or args.accept_data or checksums != record.checksums:
        new = Record(floors=raised(record.floors, scores) if args.update else record.floors,
                     checksums=checksums, empty_allowed=record.empty_allowed)
        if new != record:
            write_record(new, args.floors)
            changes = [f"{k} {record.floors.get(k, '-')} -> {v}" for k, v in new.floors.items()
                       if v != record.floors.get(k)]
            print("floors raised: " + (", ".join(changes) or "none"))
            if new.checksums != record.checksums:
                print("checksums recorded: " + ", ".join(k for k in new.checksums
                                                        if new.checksums[k] != record.checksums.get(k)))
    if failures:
        print("accuracy gate FAILED:")
        for failure in failures:
            print(f"  {failure}")
        return 1
    print("accuracy gate passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Which thresholds matter? Move each setting by plus and minus 20% and measure the change.

    python -m benchmarks.sensitivity                       # 10 pages per half of every set and input
    python -m benchmarks.sensitivity --sample 0 --jobs 2   # every page (hours)
    python -m benchmarks.sensitivity --only 'story_|gate' --json /tmp/sens.json

Every field of :class:`newsclean.Settings` is moved down and up by ``--step`` (20%; an integer
moves by at least 1) and the body F1 of every dev set, input (HTML, text) and half (tune,
validate) is measured again, with the other fields at their defaults.

The work is bounded by what each page reads: a first pass extracts every page with a settings
object that records the fields the extraction read, and a setting is then re-run only on the
pages that read it (a page that never read a threshold returns the same Article whatever its
value). The report prints, per setting, the pages that read it, the pages whose Article
changed, and the largest F1 fall and rise over the set/input/half cells; ``--json`` writes every
cell. Settings that change no Article on any page are listed last: candidates to go (or a sign
that the sample misses the pages they are for: check with ``--sample 0``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from dataclasses import fields
from pathlib import Path

from benchmarks.datasets import HALVES, DatasetError, load_dataset
from benchmarks.gate import KINDS, SETS, default_bench
from benchmarks.metric import aggregate, score_page
from newsclean.settings import Settings

STEP = 0.2  # the move of each setting, as a share of its default
SAMPLE = 10  # pages per half of each set and input (0: every page)

_FIELDS = frozenset(f.name for f in fields(Settings))


class _Recording(Settings):
    """The default settings, noting every field the extraction reads (in its worker process)."""

    read: set[str] = set()

    def __getattribute__(self, name: str):
        if name in _FIELDS:
            _Recording.read.add(name)
        return object.__getattribute__(self, name)


def _first_pass(job: tuple[str, str, str]) -> tuple[str, dict, list[str]]:
    import newsclean

    page_id, kind, page = job
    recording = _Recording()
    _Recording.read = set()  # not the reads of the constructor's own check
    try:
        article = newsclean.extract(page, kind=kind, settings=recording).model_dump(mode="json")
    except Exception as exc:
        article = {"error": f"{type(exc).__name__}: {exc}"[:200]}
    return page_id, article, sorted(_Recording.read)


def _moved(job: tuple[str, str, str, str, float]) -> tuple[str, dict]:
    import newsclean

    page_id, kind, page, name, value = job
    try:
        article = newsclean.extract(page, kind=kind, settings={name: value}).model_dump(mode="json")
    except Exception as exc:
        article = {"error": f"{type(exc).__name__}: {exc}"[:200]}
    return page_id, article


def moves(default: int | float, step: float) -> list[int | float]:
    """The values a setting is tried at: ``default`` moved down and up by ``step`` of itself;
    an integer moves by at least 1 and never below 0."""
    if isinstance(default, int):
        down = min(round(default * (1 - step)), default - 1)
        up = max(round(default * (1 + step)), default + 1)
        return [v for v in (max(down, 0), up) if v != default]
    if default == 0:
        return [-step, step]
    return [default * (1 - step), default * (1 + step)]


def sample(pages: list, per_half: int) -> list:
    """``per_half`` pages of each half, chosen by a hash of their id (the same on every machine)."""
    if per_half <= 0:
        return pages
    chosen = []
    for half in HALVES:
        members = sorted((p for p in pages if p.half == half), key=lambda p: hashlib.sha256(p.id.encode()).hexdigest())
        chosen.extend(members[:per_half])
    return chosen


def _map(fn, jobs_in: list, jobs: int) -> list:
    if jobs <= 1:
        return [fn(job) for job in jobs_in]
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(jobs) as pool:
        return pool.map(fn, jobs_in, chunksize=2)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, default=None, help="shared bench folder (default: ../shared/bench)")
    ap.add_argument("--sets", default=",".join(SETS), help="comma-separated sets (default: all four)")
    ap.add_argument("--inputs", default=",".join(KINDS), help="html, text or both (default)")
    ap.add_argument("--sample", type=int, default=SAMPLE, help=f"pages per half (default {SAMPLE}; 0: all)")
    ap.add_argument("--step", type=float, default=STEP, help=f"the move, as a share of the default ({STEP})")
    ap.add_argument("--only", default=None, help="a regular expression: the settings to move (default: all)")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    ap.add_argument("--json", type=Path, default=None, help="write every cell to this file")
    args = ap.parse_args(argv)
    import re

    bench = args.bench or default_bench()
    start = time.time()
    pages: dict[tuple[str, str], list] = {}  # (set, kind) -> sampled pages
    for name in args.sets.split(","):
        try:
            dataset = load_dataset(bench / name)
        except (DatasetError, FileNotFoundError) as exc:
            print(f"{name}: skipped ({exc})", file=sys.stderr)
            continue
        for kind in args.inputs.split(","):
            pages[(name, kind)] = sample(dataset.with_input(kind), args.sample)
    texts = {(n, k, p.id): p.read(k) for (n, k), ps in pages.items() for p in ps}

    # first pass: the default Articles and the fields each page reads
    base: dict[tuple[str, str, str], dict] = {}
    reads: dict[str, list[tuple[str, str, str]]] = {}
    for (name, kind), ps in pages.items():
        for page_id, article, read in _map(_first_pass, [(p.id, kind, texts[(name, kind, p.id)]) for p in ps], args.jobs):
            base[(name, kind, page_id)] = article
            for field in read:
                reads.setdefault(field, []).append((name, kind, page_id))
    n_pages = len(base)
    print(f"{n_pages} pages read in {time.time() - start:.0f} s; {len(reads)} of {len(_FIELDS)} settings read")

    def f1_cells(bodies: dict[tuple[str, str, str], str]) -> dict[str, float]:
        cells = {}
        for (name, kind), ps in pages.items():
            rows = {p.id: score_page(p.truth, bodies[(name, kind, p.id)], p.id) for p in ps}
            for half in HALVES:
                members = [rows[p.id] for p in ps if p.half == half]
                if members:
                    cells[f"{name}/{kind}/{half}"] = aggregate(members).f1
        return cells

    base_bodies = {key: (a.get("body") or "") for key, a in base.items()}
    base_cells = f1_cells(base_bodies)
    pattern = re.compile(args.only) if args.only else None
    report = {}
    for knob in Settings.describe():
        if pattern is not None and not pattern.search(knob.name):
            continue
        touched = reads.get(knob.name, [])
        row = {"default": knob.default, "module": knob.module, "pages_read": len(touched), "moves": {}}
        for value in moves(knob.default, args.step):
            jobs_in = [(pid, kind, texts[(name, kind, pid)], knob.name, value) for name, kind, pid in touched]
            found = dict(zip(touched, (a for _, a in _map(_moved, jobs_in, args.jobs)), strict=True))
            bodies = dict(base_bodies)
            bodies.update({key: (a.get("body") or "") for key, a in found.items()})
            cells = f1_cells(bodies)
            deltas = {cell: round(cells[cell] - base_cells[cell], 5) for cell in cells}
            changed = sum(1 for key, a in found.items() if a != base[key])
            row["moves"][str(value)] = {"changed_pages": changed, "f1_delta": deltas}
        report[knob.name] = row
        worst = min((d for m in row["moves"].values() for d in m["f1_delta"].values()), default=0.0)
        best = max((d for m in row["moves"].values() for d in m["f1_delta"].values()), default=0.0)
        changed = max((m["changed_pages"] for m in row["moves"].values()), default=0)
        print(
            f"{knob.name:42} {knob.default!s:>8}  read on {len(touched):4}  changed {changed:4}"
            f"  F1 fall {worst:+.4f}  rise {best:+.4f}",
            flush=True,
        )
    idle = sorted(k for k, r in report.items() if all(m["changed_pages"] == 0 for m in r["moves"].values()))
    print(f"\n{len(idle)} of {len(report)} settings changed no Article on the {n_pages} pages: {', '.join(idle)}")
    print(f"{time.time() - start:.0f} s")
    if args.json:
        args.json.write_text(json.dumps({"base": base_cells, "settings": report}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""CI accuracy gate: newsclean's body F1 must not fall below the recorded floors.

    python -m benchmarks.gate            # check; exit 1 when an F1 is more than 0.005 below its floor
    python -m benchmarks.gate --update   # raise the floors in benchmarks/floors.json to the current figures

Runs newsclean (only) on the visible text and on the HTML of the ScrapingHub pages and of
readability-dev, from the shared bench folder beside the checkout (``../shared/bench``, or
``--bench`` / ``$NEWSCLEAN_BENCH``). When that folder is absent the gate is skipped with a
message and exit status 0. A dataset without a recorded floor is reported, not failed;
newsclean failing to import fails the gate. Floors are only ever raised, never lowered.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from benchmarks.datasets import DatasetError, load_dataset
from benchmarks.run import REPO, ToolResult, load_inputs, run_tool, versions

TOLERANCE = 0.005
FLOORS = Path(__file__).with_name("floors.json")
CHECKS = (("scrapinghub", "text"), ("scrapinghub", "html"), ("readability-dev", "text"), ("readability-dev", "html"))


def default_bench() -> Path:
    return Path(os.environ.get("NEWSCLEAN_BENCH") or REPO.parent / "shared" / "bench")


def read_floors(path: Path = FLOORS) -> dict[str, dict]:
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    return {k: v for k, v in data.items() if not k.startswith("_")}


def write_floors(floors: dict[str, dict], path: Path = FLOORS) -> None:
    data = {"_note": "newsclean body F1 floors for `python -m benchmarks.gate`: the gate fails when an F1 falls "
                     f"more than {TOLERANCE} below its floor; `--update` raises them, never lowers them."}
    data.update(dict(sorted(floors.items())))
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def raised(floors: dict[str, dict], results: dict[str, ToolResult]) -> dict[str, dict]:
    """The floors, each raised to the current F1 (rounded down to 4 decimals) when that is higher."""
    out = {k: dict(v) for k, v in floors.items()}
    for key, result in results.items():
        if result.build_error:
            continue
        current = int(result.score.f1 * 10_000) / 10_000
        entry = out.setdefault(key, {})
        if current > entry.get("f1", 0.0):
            entry["f1"] = current
    return out


def verdict(result: ToolResult, floor: float | None) -> str:
    if result.build_error:
        return "FAIL (newsclean not loadable)"
    if floor is None:
        return "no floor"
    if result.score.f1 < floor - TOLERANCE:
        return f"FAIL (below {floor - TOLERANCE:.4f})"
    return "ok"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.gate", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, default=None, help="shared bench folder (default: ../shared/bench)")
    ap.add_argument("--update", action="store_true", help="raise the recorded floors to the current figures")
    ap.add_argument("--floors", type=Path, default=FLOORS, help="floors file (default: %(default)s)")
    args = ap.parse_args(argv)

    bench = args.bench or default_bench()
    if not bench.is_dir():
        print(f"benchmark gate skipped: {bench} not found")
        return 0
    floors = read_floors(args.floors)
    started = time.perf_counter()
    results: dict[str, ToolResult] = {}
    for name, kind in CHECKS:
        folder = bench / name
        try:
            dataset = load_dataset(folder)
        except DatasetError as exc:
            print(f"skipped {name}/{kind}: {exc}")
            continue
        inputs, truth = load_inputs(dataset, kind)
        results[f"{name}/{kind}"] = run_tool("newsclean", kind, inputs, truth)

    lines = ["| dataset | input | F1 | floor | precision | recall | accuracy | pages/s | errors | status |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    failed = False
    for key, r in results.items():
        floor = floors.get(key, {}).get("f1")
        status = verdict(r, floor)
        failed |= status.startswith("FAIL")
        s, pps = r.score, r.pages_per_s
        lines.append(f"| {key.split('/')[0]} | {r.input} | {s.f1:.4f} | {'-' if floor is None else f'{floor:.4f}'} | "
                     f"{s.precision:.4f} | {s.recall:.4f} | {s.accuracy:.3f} | {'-' if pps is None else f'{pps:.0f}'} | "
                     f"{r.errors} | {status} |")
    info = versions()
    print(f"newsclean {info['newsclean']} @ {info['newsclean_commit']}, python {info['python']}")
    print("\n".join(lines))
    for key, r in results.items():
        if r.build_error:
            print(f"{key}: newsclean could not be loaded: {r.build_error}")
        elif r.errors:
            print(f"{key}: {r.errors} page(s) raised, e.g. " + "; ".join(r.error_samples))
    print(f"gate ran in {time.perf_counter() - started:.1f} s")

    if args.update:
        new = raised(floors, results)
        if new != floors:
            write_floors(new, args.floors)
            changes = [f"{k} {floors.get(k, {}).get('f1', '-')} -> {v['f1']}" for k, v in new.items()
                       if v.get("f1") != floors.get(k, {}).get("f1")]
            print("floors raised: " + ", ".join(changes))
        else:
            print("floors unchanged (no figure above its floor)")
    if failed:
        print(f"accuracy gate FAILED: newsclean did not load, or an F1 fell more than {TOLERANCE} below its floor "
              f"in {args.floors.name}")
        return 1
    print("accuracy gate passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

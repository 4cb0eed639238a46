"""The README's results table: every dev set, both inputs, newsclean and its peers in one run.

    python -m benchmarks.table                      # all four sets, HTML and text
    python -m benchmarks.table --sets fundus-dev --inputs html

For each set (``../shared/bench/<set>``) and input, the tools run over the same pages with
their clocks interleaved (:func:`benchmarks.run.run_tools`), and one row per tool gives the
F1 of the whole set, of its tune half and of its validate half (split by site, see
:mod:`benchmarks.datasets`), the validate half's precision and recall, the pages left with
an empty body although the gold has text, and pages/s. The validate half is the figure that
says how newsclean does on sites nobody tuned it to.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone
from pathlib import Path

from benchmarks.datasets import DatasetError, load_dataset
from benchmarks.run import REPO, ToolResult, _rate, half_scores, load_inputs, run_tools, versions

SETS = ("scrapinghub", "readability-dev", "fundus-dev", "dragnet")
TOOLS = {"html": ("newsclean", "trafilatura"), "text": ("newsclean", "whole-text", "c4-lines")}


def empty_bodies(result: ToolResult, truth: dict[str, str]) -> int:
    """Pages whose gold has text and whose prediction has no word."""
    return sum(1 for page_id, gold in truth.items()
               if gold.strip() and not (result.predictions.get(page_id) or "").strip())


def rows(name: str, dataset, kind: str, tools: tuple[str, ...], repeat: int) -> list[str]:
    inputs, truth = load_inputs(dataset, kind)
    out = []
    for result in run_tools(list(tools), kind, inputs, truth, repeat=repeat):
        halves = half_scores(dataset, result)
        v = halves["validate"]
        out.append(f"| {name} | {kind} | {result.tool} | {result.score.f1:.3f} | {halves['tune'].f1:.3f} | "
                   f"**{v.f1:.3f}** | {v.precision:.3f} | {v.recall:.3f} | {empty_bodies(result, truth)} | "
                   f"{_rate(result.pages_per_s)} | {result.errors} |")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.table", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, default=REPO.parent / "shared" / "bench", help="bench folder")
    ap.add_argument("--sets", default=",".join(SETS), help="comma-separated sets (default: all four)")
    ap.add_argument("--inputs", default="html,text", help="comma-separated inputs (default: html,text)")
    ap.add_argument("--repeat", type=int, default=1, help="rounds per page for the speed figure")
    args = ap.parse_args(argv)
    lines = ["| set | input | tool | F1 all | F1 tune | F1 validate | P validate | R validate | empty | pages/s | errors |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for name in [s.strip() for s in args.sets.split(",") if s.strip()]:
        try:
            dataset = load_dataset(args.bench / name)
        except DatasetError as exc:
            print(f"skipped {name}: {exc}", file=sys.stderr)
            continue
        for kind in [k.strip() for k in args.inputs.split(",") if k.strip()]:
            if dataset.with_input(kind):
                lines.extend(rows(name, dataset, kind, TOOLS[kind], args.repeat))
    info = versions()
    print(f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; newsclean {info['newsclean']} @ "
          f"{info['newsclean_commit']}, trafilatura {info['trafilatura']}, python {info['python']}")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())

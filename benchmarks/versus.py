"""Speed of two tools on the same pages, measured side by side: robust to a machine whose load drifts.

    python -m benchmarks.versus --dataset ../shared/bench/scrapinghub --input html \
        --tools newsclean,trafilatura [--rounds 5] [--pin]

The runner (``benchmarks.run``) times each tool in one block, so a load change between
the blocks moves their ratio. Here every page is extracted by each tool in turn (the
order alternating from page to page), in several rounds; each tool keeps, per page, its
fastest time over the rounds, and the table sums those: pages/s of each tool and their
ratio, with the ratio's spread over the rounds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

from benchmarks.datasets import load_dataset
from benchmarks.run import build_tool, load_inputs, pin_to_core


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dataset", required=True)
    ap.add_argument("--input", choices=("text", "html"), default="html")
    ap.add_argument("--tools", default="newsclean,trafilatura", help="two tools, comma-separated")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--pin", action="store_true", help="pin this process to one CPU core (Linux)")
    args = ap.parse_args(argv)
    names = [t.strip() for t in args.tools.split(",") if t.strip()]
    if len(names) != 2:
        print("error: give exactly two tools", file=sys.stderr)
        return 2
    if args.pin:
        pin_to_core(None)
    inputs, _truth = load_inputs(load_dataset(args.dataset), args.input)
    tools = [build_tool(n, args.input) for n in names]
    for tool in tools:  # imports, models and caches load before timing
        for _id, page in inputs[:3]:
            try:
                tool.extract(page)
            except Exception:
                pass
    clock = time.perf_counter
    best = [[float("inf")] * len(inputs) for _ in tools]
    ratios: list[float] = []
    for r in range(args.rounds):
        spent = [0.0, 0.0]
        for i, (_id, page) in enumerate(inputs):
            order = (0, 1) if (i + r) % 2 == 0 else (1, 0)
            for t in order:
                start = clock()
                try:
                    tools[t].extract(page)
                except Exception:
                    pass
                took = clock() - start
                spent[t] += took
                best[t][i] = min(best[t][i], took)
        ratios.append(spent[1] / spent[0] if spent[0] else float("nan"))
    totals = [sum(b) for b in best]
    n = len(inputs)
    print(f"{args.dataset}: {n} pages, input {args.input}, {args.rounds} rounds, pages interleaved")
    print("| tool | pages/s (fastest per page) | ms/page |")
    print("|---|---|---|")
    for name, total in zip(names, totals):
        print(f"| {name} | {n / total:,.1f} | {1000 * total / n:.2f} |")
    spread = f"{min(ratios):.2f}-{max(ratios):.2f}" if ratios else "-"
    print(f"speed of {names[0]} relative to {names[1]}: {totals[1] / totals[0]:.2f}x "
          f"(per round: median {statistics.median(ratios):.2f}x, range {spread})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

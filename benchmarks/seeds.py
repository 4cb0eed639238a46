"""Clean the two seed pages, print their Article JSON and the median time per page.

    python -m benchmarks.seeds [--seeds ../shared/seeds] [--repeat 50] [--json-only]

The seeds are real pages kept beside the repository (never copied into it).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import newsclean


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", default=str(Path(__file__).resolve().parents[1].parent / "shared" / "seeds"))
    ap.add_argument("--repeat", type=int, default=50, help="timed runs per page (after one warm-up)")
    ap.add_argument("--json-only", action="store_true", help="print the JSON, skip the timing")
    args = ap.parse_args(argv)
    folder = Path(args.seeds)
    pages = sorted(folder.glob("*.txt")) + sorted(folder.glob("*.html"))
    if not pages:
        print(f"no seed pages in {folder}", file=sys.stderr)
        return 1
    for page in pages:
        data = page.read_bytes()
        article = newsclean.extract(data)  # warm-up: pipelines and rule files load once per process
        print(f"== {page.name}")
        print(article.model_dump_json(indent=2, exclude={"removed"}))
        print(f"removed: {len(article.removed)} blocks by {len({r.rule for r in article.removed})} rules")
        if not args.json_only:
            times = []
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                newsclean.extract(data)
                times.append(time.perf_counter() - t0)
            print(f"time per page: median {statistics.median(times) * 1000:.2f} ms over {args.repeat} runs "
                  f"(min {min(times) * 1000:.2f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

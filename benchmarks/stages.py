"""Where the time goes: milliseconds per page spent in each step of ``extract``.

    python -m benchmarks.stages --dataset ../shared/bench/scrapinghub --input text [--repeat 3] [--limit N]

Runs the real ``newsclean.extract`` on every page of a dataset, with each step wrapped in a
timer: segmenting (text or HTML), every named stage of the pipeline (language detection is
the last) and the assembler; "other" is what is left of ``extract`` (decoding, kind detection, ...). Prints
one row per step (ms per page, share of the total), slowest first, and pages/s. The timers
cost about a microsecond per step; use the runner (``benchmarks.run``) for the headline speed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from contextlib import contextmanager
from typing import Any, Callable, Iterator

import newsclean
from newsclean import api

from benchmarks.datasets import load_dataset


def _timed(name: str, fn: Callable[..., Any], totals: dict[str, float]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            totals[name] += time.perf_counter() - t0

    wrapper.name = getattr(fn, "name", name)  # type: ignore[attr-defined]
    return wrapper


@contextmanager
def instrumented(kind: str, totals: dict[str, float]) -> Iterator[None]:
    """Wrap extract's steps (module attributes of newsclean.api and the cached pipeline's stages)."""
    pipeline = api._pipeline(kind)
    saved_stages = list(pipeline.stages)
    saved_attrs = {a: getattr(api, a) for a in ("segment_html", "segment_text", "assemble")
                   if hasattr(api, a)}
    try:
        pipeline.stages = [_timed(f"stage {s.name}", s, totals) for s in saved_stages]
        for attr, fn in saved_attrs.items():
            label = {"segment_html": "segment (html)", "segment_text": "segment (text)", "assemble": "assemble"}[attr]
            setattr(api, attr, _timed(label, fn, totals))
        yield
    finally:
        pipeline.stages = saved_stages
        for attr, fn in saved_attrs.items():
            setattr(api, attr, fn)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dataset", required=True)
    ap.add_argument("--input", choices=("text", "html"), default="text")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes over the pages (after one warm-up)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages")
    args = ap.parse_args(argv)
    dataset = load_dataset(args.dataset, limit=args.limit)
    sources = [s for s in (p.read(args.input) for p in dataset.with_input(args.input)) if s]
    if not sources:
        print("no pages with that input", file=sys.stderr)
        return 1
    for src in sources:  # warm-up: rule files, pipelines and models load once per process
        newsclean.extract(src, kind=args.input)
    totals: dict[str, float] = defaultdict(float)
    with instrumented(args.input, totals):
        t0 = time.perf_counter()
        for _ in range(args.repeat):
            for src in sources:
                newsclean.extract(src, kind=args.input)
        whole = time.perf_counter() - t0
    n = len(sources) * args.repeat
    totals["other"] = max(0.0, whole - sum(totals.values()))
    print(f"{args.dataset}: {len(sources)} pages x {args.repeat}, input {args.input}: "
          f"{n / whole:,.1f} pages/s, {1000 * whole / n:.2f} ms/page")
    print("| step | ms/page | share |")
    print("|---|---|---|")
    for step, secs in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"| {step} | {1000 * secs / n:.3f} | {100 * secs / whole:.1f}% |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

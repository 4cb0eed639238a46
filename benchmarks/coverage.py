"""Where the gold text of each page goes on the HTML path: body, removed, or nowhere.

    python -m benchmarks.coverage                         # all four dev sets in ../shared/bench
    python -m benchmarks.coverage --sets dragnet --half tune --worst 15
    python -m benchmarks.coverage --trafilatura /work/trafi   # trafilatura's saved outputs

newsclean promises that nothing of the page's main text disappears silently: what the HTML
path leaves out of ``Article.body`` is in ``Article.removed`` with the rule that took it.
For each set and half this prints, as shares of the gold text (4-token shingles, the
benchmark's unit, see :mod:`benchmarks.metric`; each figure is the mean over pages of the
page's share, so every page weighs the same):

- ``body``: gold shingles found in the body;
- ``removed``: gold shingles not in the body but in a removed block;
- ``neither``: gold shingles in neither (silent losses);
- ``candidate``: gold shingles in the main-content candidate (the blocks the HTML segmenter
  gave the stages: trafilatura's result and what the segmenter restored around it);
- ``trafilatura``: gold shingles in trafilatura's default output (``trafilatura.extract``;
  read from ``<dir>/<set>-html-trafilatura.json`` with ``--trafilatura DIR`` when present,
  else computed here);
- ``page``: gold shingles in the page's whole text (its visible-text rendering when the set
  has one, else the text of the HTML's body): the most any extractor can reach;
- ``lost_in_page``: gold shingles in neither body nor removed but in the page's text.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.datasets import HALVES, DatasetError, load_dataset
from benchmarks.metric import shingles, word_tokens
from benchmarks.run import REPO

SETS = ("scrapinghub", "readability-dev", "fundus-dev", "dragnet")
COLUMNS = ("body", "removed", "neither", "candidate", "trafilatura", "page", "lost_in_page")


def _sh(text: str) -> Counter:
    return shingles(word_tokens(text))


def _shared(gold: Counter, other: Counter) -> Counter:
    return gold & other


def trace_html(page: str) -> tuple[Any, list[str], list[str]]:
    """newsclean's Article for an HTML page, the texts of its main-content candidate (the
    blocks the segmenter gave the stages, before any label) and the texts of all its blocks
    after the stages, in page order (body and removed interleaved as on the page, then the
    removed texts that are not blocks: link residue, hidden elements)."""
    import newsclean.api as api

    seen: list[str] = []
    docs: list[Any] = []
    original = api.segment_html

    def recording(html: str, url: str | None = None, utf8: bytes | None = None):
        doc = original(html, url=url, utf8=utf8)
        seen.extend(b.text for b in doc.blocks)
        docs.append(doc)
        return doc

    api.segment_html = recording
    try:
        article = api.extract(page, kind="html")
    finally:
        api.segment_html = original
    # the blocks after the stages at their index, then the removed texts that are not
    # blocks (residue, hidden elements, page frames, text outside the candidate) at theirs
    blocks = docs[0].blocks if docs else []
    ordered = [(b.index, 0, n, b.text) for n, b in enumerate(blocks)]
    block_texts = {b.text for b in blocks}
    ordered += [(r.index, 1, n, r.text) for n, r in enumerate(article.removed) if r.text not in block_texts]
    return article, seen, [t for *_, t in sorted(ordered)]


@dataclass
class PageCoverage:
    id: str
    half: str
    gold: int
    shares: dict[str, float]


def page_coverage(page_id: str, half: str, gold: str, body: str, accounted: list[str], candidate: list[str],
                  trafilatura: str | None, page_text: str) -> PageCoverage | None:
    """The shares of one page's gold shingles (None when the gold has none); ``accounted``:
    the texts of the body and removed blocks in page order (a shingle may span two of them,
    as the gold's span its paragraphs)."""
    g = _sh(gold)
    total = sum(g.values())
    if not total:
        return None
    in_body = _shared(g, _sh(body))
    in_either = _shared(g, _sh("\n".join(accounted)))
    in_removed = in_either - in_body
    neither = g - in_body - in_removed
    in_page = _shared(neither, _sh(page_text))
    shares = {
        "body": sum(in_body.values()) / total,
        "removed": sum(in_removed.values()) / total,
        "neither": sum(neither.values()) / total,
        "candidate": sum(_shared(g, _sh("\n".join(candidate))).values()) / total,
        "trafilatura": sum(_shared(g, _sh(trafilatura)).values()) / total if trafilatura is not None else float("nan"),
        "page": sum(_shared(g, _sh(page_text)).values()) / total,
        "lost_in_page": sum(in_page.values()) / total,
    }
    return PageCoverage(page_id, half, total, shares)


def _page_text(page: Any, html: str) -> str:
    text = page.read("text")
    if text:
        return text
    import lxml.html
    try:
        tree = lxml.html.fromstring(html.encode("utf-8", "surrogatepass"))
        body = tree.find("body")
        return (body if body is not None else tree).text_content()
    except Exception:
        return ""


def _trafilatura_outputs(folder: Path | None, name: str) -> dict[str, str] | None:
    if folder is None:
        return None
    path = folder / f"{name}-html-trafilatura.json"
    if not path.is_file():
        return None
    return {k: (v or {}).get("articleBody") or "" for k, v in json.loads(path.read_text("utf-8")).items()}


def _trafilatura_body(html: str) -> str:
    import trafilatura
    try:
        return trafilatura.extract(html) or ""
    except Exception:
        return ""


def _one(job: tuple) -> PageCoverage | None:
    page, saved_trafilatura, with_trafilatura = job
    html = page.read("html") or ""
    if not html.strip():
        return None
    try:
        article, candidate, accounted = trace_html(html)
        body = article.body
    except Exception:
        body, accounted, candidate = "", [], []
    traf = saved_trafilatura
    if traf is None and with_trafilatura:
        traf = _trafilatura_body(html)
    return page_coverage(page.id, page.half, page.truth, body, accounted, candidate, traf, _page_text(page, html))


def set_coverage(root: Path, half: str | None = None, limit: int | None = None, trafilatura_dir: Path | None = None,
                 with_trafilatura: bool = True, jobs: int = 1) -> list[PageCoverage]:
    dataset = load_dataset(root, limit=limit).half(half)
    saved = _trafilatura_outputs(trafilatura_dir, dataset.name)
    work = [(p, None if saved is None else saved.get(p.id, ""), with_trafilatura)
            for p in dataset.with_input("html")]
    if jobs > 1:
        import multiprocessing
        with multiprocessing.get_context("spawn").Pool(jobs) as pool:
            rows = pool.map(_one, work, chunksize=4)
    else:
        rows = [_one(job) for job in work]
    return [r for r in rows if r is not None]


def means(rows: list[PageCoverage]) -> dict[str, float]:
    out = {}
    for col in COLUMNS:
        vals = [r.shares[col] for r in rows if r.shares[col] == r.shares[col]]
        out[col] = sum(vals) / len(vals) if vals else float("nan")
    return out


def format_table(results: dict[str, list[PageCoverage]]) -> str:
    lines = ["| set | half | pages | " + " | ".join(COLUMNS) + " |", "|---|---|---|" + "---|" * len(COLUMNS)]
    for name, rows in results.items():
        for half in ("all", *HALVES):
            part = rows if half == "all" else [r for r in rows if r.half == half]
            if not part:
                continue
            m = means(part)
            lines.append(f"| {name} | {half} | {len(part)} | " + " | ".join(f"{m[c]:.3f}" for c in COLUMNS) + " |")
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", type=Path, default=REPO.parent / "shared" / "bench")
    ap.add_argument("--sets", nargs="+", default=list(SETS))
    ap.add_argument("--half", choices=("all", *HALVES), default="all")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--trafilatura", type=Path, help="folder of saved <set>-html-trafilatura.json outputs")
    ap.add_argument("--no-trafilatura", action="store_true", help="do not run trafilatura where nothing is saved")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--worst", type=int, default=0, help="list the pages with the largest silent losses")
    ap.add_argument("--json", action="store_true")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    results: dict[str, list[PageCoverage]] = {}
    for name in args.sets:
        root = args.bench / name
        if not root.is_dir():
            print(f"{name}: not found under {args.bench}, skipped", file=sys.stderr)
            continue
        try:
            results[name] = set_coverage(root, None if args.half == "all" else args.half, args.limit,
                                         args.trafilatura, not args.no_trafilatura, args.jobs)
        except DatasetError as exc:
            print(f"{name}: {exc}", file=sys.stderr)
    if args.json:
        print(json.dumps({name: {"all": means(rows), **{h: means([r for r in rows if r.half == h]) for h in HALVES}}
                          for name, rows in results.items()}, indent=2))
    else:
        print(format_table(results))
    if args.worst:
        for name, rows in results.items():
            print(f"\n{name}: largest silent losses (share of gold in neither body nor removed)")
            for r in sorted(rows, key=lambda r: -r.shares["neither"])[: args.worst]:
                s = r.shares
                print(f"  {r.id} [{r.half}] neither {s['neither']:.2f} (in page {s['lost_in_page']:.2f}) "
                      f"body {s['body']:.2f} removed {s['removed']:.2f} candidate {s['candidate']:.2f} "
                      f"trafilatura {s['trafilatura']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

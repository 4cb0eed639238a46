"""Metadata benchmark: title, authors and date against a readability-layout gold.

Run ``python -m benchmarks.metadata [ROOT] [--failures]`` (ROOT defaults to
``../shared/bench/readability-dev``). Each page folder holds ``source.html``,
``text.txt`` and ``gold.json`` with ``title``, ``byline`` and ``published``.

Three figures per tool and input, all from the same run:

* **title**: exact match after collapsing whitespace, over pages with a gold title;
* **authors**: every extracted name occurs in the gold byline (case-insensitive) and
  at least one name was extracted, over pages whose gold byline is not empty;
* **date**: same calendar day as written (``YYYY-MM-DD`` of the ISO value), over pages
  with a gold date.

Tools: newsclean on the HTML, newsclean on the visible text, and trafilatura's
``bare_extraction(html, with_metadata=True)`` (its ``author`` string split at ``"; "``).
``--failures`` lists each miss with what was extracted, to review the gold as well as
the tool.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

DEFAULT_ROOT = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "readability-dev"
_WS = re.compile(r"\s+")


@dataclass
class Extracted:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None     # ISO text of the value
    error: str | None = None


@dataclass
class Gold:
    id: str
    title: str
    byline: str
    published: str | None
    html: str
    text: str | None


def _norm(text: str | None) -> str:
    return _WS.sub(" ", text or "").strip()


def load(root: Path) -> list[Gold]:
    pages = []
    for folder in sorted(p for p in root.iterdir() if (p / "gold.json").is_file()):
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        html_path, text_path = folder / "source.html", folder / "text.txt"
        if not html_path.is_file():
            continue
        pages.append(Gold(
            id=folder.name,
            title=_norm(gold.get("title")),
            byline=_norm(gold.get("byline")),
            published=gold.get("published") or None,
            html=html_path.read_bytes().decode("utf-8", errors="replace"),
            text=text_path.read_text(encoding="utf-8", errors="replace") if text_path.is_file() else None,
        ))
    return pages


def _newsclean(kind: str) -> Callable[[Gold], Extracted]:
    import newsclean

    def run(page: Gold) -> Extracted:
        source = page.html if kind == "html" else page.text
        if source is None:
            return Extracted(error="no input")
        a = newsclean.extract(source, kind=kind)
        return Extracted(a.title, list(a.authors), a.published.isoformat() if a.published else None)
    return run


def _trafilatura() -> Callable[[Gold], Extracted]:
    import trafilatura

    def run(page: Gold) -> Extracted:
        doc = trafilatura.bare_extraction(page.html, with_metadata=True)
        if doc is None:
            return Extracted()
        authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
        return Extracted(doc.title, authors, doc.date or None)
    return run


TOOLS: dict[str, tuple[str, Callable[[], Callable[[Gold], Extracted]]]] = {
    "newsclean html": ("html", lambda: _newsclean("html")),
    "newsclean text": ("text", lambda: _newsclean("text")),
    "trafilatura html": ("html", _trafilatura),
}


def title_ok(page: Gold, got: Extracted) -> bool:
    return _norm(got.title) == page.title


def authors_ok(page: Gold, got: Extracted) -> bool:
    gold = page.byline.casefold()
    return bool(got.authors) and all(_norm(a).casefold() in gold for a in got.authors)


def date_ok(page: Gold, got: Extracted) -> bool:
    return bool(got.published) and got.published[:10] == str(page.published)[:10]


CHECKS = (
    ("title", title_ok, lambda p: bool(p.title)),
    ("authors", authors_ok, lambda p: bool(p.byline)),
    ("date", date_ok, lambda p: bool(p.published)),
)


def evaluate(pages: list[Gold], tools: list[str]) -> tuple[dict, dict]:
    results: dict[str, dict[str, Extracted]] = {}
    seconds: dict[str, float] = {}
    for name in tools:
        _, factory = TOOLS[name]
        fn = factory()
        out = {}
        start = time.perf_counter()
        for page in pages:
            try:
                out[page.id] = fn(page)
            except Exception as exc:  # a crash is a miss, reported with --failures
                out[page.id] = Extracted(error=f"{type(exc).__name__}: {exc}")
        seconds[name] = time.perf_counter() - start
        results[name] = out
    return results, seconds


def table(pages: list[Gold], results: dict, seconds: dict) -> str:
    lines = [f"{'tool':<18} {'title':>13} {'authors':>13} {'date':>13} {'seconds':>8}"]
    for name, out in results.items():
        cells = []
        for _, ok, applies in CHECKS:
            relevant = [p for p in pages if applies(p)]
            hits = sum(ok(p, out[p.id]) for p in relevant)
            rate = hits / len(relevant) if relevant else 0.0
            cells.append(f"{rate:.3f} ({hits}/{len(relevant)})")
        lines.append(f"{name:<18} " + " ".join(f"{c:>13}" for c in cells) + f" {seconds[name]:>8.1f}")
    return "\n".join(lines)


def failures(pages: list[Gold], results: dict) -> str:
    lines = []
    for check, ok, applies in CHECKS:
        lines.append(f"\n== {check} misses")
        for page in pages:
            if not applies(page):
                continue
            missed = [name for name, out in results.items() if not ok(page, out[page.id])]
            if not missed:
                continue
            gold = {"title": page.title, "authors": page.byline, "date": page.published}[check]
            lines.append(f"- {page.id}: gold={gold!r}")
            for name in missed:
                got = results[name][page.id]
                value = {"title": got.title, "authors": got.authors, "date": got.published}[check]
                lines.append(f"    {name:<17} {value!r}" + (f"  [{got.error}]" if got.error else ""))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("root", nargs="?", default=str(DEFAULT_ROOT), help="readability-layout folder")
    ap.add_argument("--tools", default=",".join(TOOLS), help=f"comma-separated, from: {', '.join(TOOLS)}")
    ap.add_argument("--failures", action="store_true", help="list every miss with the extracted value")
    args = ap.parse_args(argv)
    root = Path(args.root)
    if not root.is_dir():
        print(f"{root}: not a folder", file=sys.stderr)
        return 2
    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = [t for t in tools if t not in TOOLS]
    if unknown:
        print(f"unknown tools: {', '.join(unknown)}", file=sys.stderr)
        return 2
    pages = load(root)
    results, seconds = evaluate(pages, tools)
    print(f"{root.name}: {len(pages)} pages")
    print(table(pages, results, seconds))
    if args.failures:
        print(failures(pages, results))
    return 0


if __name__ == "__main__":
    sys.exit(main())

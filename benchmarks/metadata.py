"""Metadata benchmark: title, authors and date against a readability-layout gold.

Run ``python -m benchmarks.metadata [ROOT] [--failures]`` (ROOT defaults to
``../shared/bench/readability-dev``). Each page folder holds ``source.html``,
``text.txt`` and ``gold.json`` with ``title``, ``byline`` and ``published``.

Three figures per tool and input, all from the same run:

* **title**: exact match after collapsing whitespace, over pages with a gold title;
* **title~**: the same after a fairer normalisation of both sides (Unicode NFKC, case,
  curly quotes and dashes, whitespace), where a site part glued to either side with a
  separator also matches ("Mozilla - Wikipedia" ~ "Mozilla");
* **authors**: every extracted name occurs in the gold byline (case-insensitive) and
  at least one name was extracted, over pages whose gold byline is not empty;
* **date**: same calendar day as written (``YYYY-MM-DD`` of the ISO value), over pages
  with a gold date.

Tools: newsclean on the HTML, newsclean on the visible text, and trafilatura's
``bare_extraction(html, with_metadata=True)`` (its ``author`` string split at ``"; "``).
``--failures`` lists each miss with what was extracted, to review the gold as well as
the tool.

Two further tables, clearly apart from the raw one:

* **ceiling**: on how many pages the gold title can be read at all in ``text.txt`` (a
  line equal to it, exactly or after the title~ normalisation): the synthetic test
  pages carry their title only in ``<title>``, which the visible text never shows; and
  on how many the gold byline's name occurs in it at all;
* **gold judged wrong excluded**: the same rates without the pages listed in
  :data:`WRONG_GOLD`, whose gold value we reviewed and believe wrong (a reason is
  given for each). The raw table stays the reference.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

DEFAULT_ROOT = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "readability-dev"
_WS = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201c": '"', "\u201d": '"',
                         "\u201e": '"', "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u00a0": " "})
# separators that glue a site name or section to a title ("Title | Site", "Title - Site")
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|::|_|@|/|»|·)\s+|\s*_(?=\S)")

# Pages whose gold value we reviewed and believe wrong (check -> page id -> why). They
# stay in the raw table; the second table leaves them out.
WRONG_GOLD: dict[str, dict[str, str]] = {
    "title": {
        "001": "gold keeps the blog's category suffix '| Code' (<title> 'Headline | Code | Nicolas Perriault')",
        "ehow-2": "gold keeps the site suffix '| eHow' (og:site_name eHow; the h1 is the headline alone)",
        "keep-tabular-data": "gold keeps the site suffix '| Factorio' (og:site_name Factorio.com)",
        "gmw": "gold keeps the section and site suffix '_探索者 _光明网'; the h1 is the headline alone",
        "yahoo-4": "gold keeps the portal suffix '- Yahoo!ニュース' (og:site_name)",
        "wikipedia": "gold keeps the site suffix '- Wikipedia'; the h1 is 'Mozilla'",
        "guardian-1": "gold keeps the author suffix '| Eleanor Ainge Roy' of og:title; the h1 is the headline alone",
        "ebb-org": "gold keeps the blog owner suffix '- Bradley M. Kuhn ( Brad ) ( bkuhn )'; the h1 is the headline alone",
        "mercurial": "gold keeps the site suffix '— evolve extension for Mercurial' (the page's first h1)",
        "pixnet": "gold keeps the blog and platform suffix '@ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::' (og:site_name 史蒂文的家_藍天)",
        "yahoo-2": "gold is the portal's own title 'Yahoo News - Latest News & Headlines' (og:title), not the story's",
        "nytimes-5": "the page is a section front with no story; gold is the section's name",
    },
    "authors": {
        "seattletimes-1": "gold byline is a date stamp, no name (the story is Benjamin Romano's)",
        "salon-1": "gold names a teaser's author; the article is Richard (R.J.) Eskow's (byline, data)",
        "herald-sun-1": "gold names a columnist from a teaser; the story's byline and article:author are Laurie Oakes",
        "nytimes-5": "the page is a section front: gold names the co-author of its first teaser",
        "ietf-1": "gold is one of the two RFC authors (DC.Creator lists Kooman, F. and Jong, Michiel de)",
        "archive-of-our-own": "gold is the site's organisation (meta author); the work's author is AMournfulHowlInTheNight",
        "gmw": "gold is the responsible editor ('作者：责任编辑：肖春芳': the author field is empty)",
        "yahoo-4": "gold '個人' ('personal') is a navigation item, not a name",
    },
    "date": {},
}


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


def _fold(text: str | None) -> str:
    return _norm(unicodedata.normalize("NFKC", text or "").translate(_QUOTES)).casefold()


def _title_forms(text: str | None) -> set[str]:
    """The title and its leading parts before a separator ("A | B | C" -> A, "A | B")."""
    t = _fold(text)
    if not t:
        return set()
    forms = {t}
    for m in _TITLE_SEPARATORS.finditer(t):
        head = t[:m.start()].strip()
        if head:
            forms.add(head)
    return forms


def title_fair(page: Gold, got: Extracted) -> bool:
    """Normalised title match; a site part glued with a separator to either side is allowed."""
    if not got.title or not page.title:
        return False
    a, b = _fold(got.title), _fold(page.title)
    return a == b or a in _title_forms(page.title) or b in _title_forms(got.title)


_BY = re.compile(r"^(?:by|von|par|por)\s+", re.IGNORECASE)


def byline_visible(page: Gold) -> bool:
    """Whether the gold byline (without a leading "By") or its first two words occur in the visible text."""
    if not page.text or not page.byline:
        return False
    name = _fold(_BY.sub("", page.byline))
    text = _fold(page.text)
    return name in text or " ".join(name.split()[:2]) in text


def title_visible(page: Gold) -> bool:
    """Whether the gold title (or its part before a site suffix) is a line of the visible text."""
    if not page.text or not page.title:
        return False
    forms = _title_forms(page.title)
    return any(_fold(line) in forms for line in page.text.splitlines() if line.strip())


def authors_ok(page: Gold, got: Extracted) -> bool:
    gold = _fold(page.byline)
    return bool(got.authors) and all(_fold(a) in gold for a in got.authors)


def date_ok(page: Gold, got: Extracted) -> bool:
    return bool(got.published) and got.published[:10] == str(page.published)[:10]


CHECKS = (
    ("title", title_ok, lambda p: bool(p.title)),
    ("title~", title_fair, lambda p: bool(p.title)),
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


def _trusted(check: str, page: Gold) -> bool:
    return page.id not in WRONG_GOLD.get(check.rstrip("~"), {})


def table(pages: list[Gold], results: dict, seconds: dict, exclude_wrong: bool = False) -> str:
    lines = [f"{'tool':<18} " + " ".join(f"{c[0]:>13}" for c in CHECKS) + f" {'seconds':>8}"]
    for name, out in results.items():
        cells = []
        for check, ok, applies in CHECKS:
            relevant = [p for p in pages if applies(p) and (not exclude_wrong or _trusted(check, p))]
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
            gold = {"title": page.title, "authors": page.byline, "date": page.published}[check.rstrip("~")]
            why = WRONG_GOLD.get(check.rstrip("~"), {}).get(page.id)
            lines.append(f"- {page.id}: gold={gold!r}" + (f"  [gold judged wrong: {why}]" if why else ""))
            for name in missed:
                got = results[name][page.id]
                value = {"title": got.title, "authors": got.authors, "date": got.published}[check.rstrip("~")]
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
    titled = [p for p in pages if p.title]
    exact = sum(bool(p.text) and p.title in {_norm(x) for x in p.text.splitlines()} for p in titled)
    fair = sum(title_visible(p) for p in titled)
    print(f"\nceiling from text: the gold title is a line of text.txt on {exact}/{len(titled)} pages "
          f"({exact / len(titled):.3f}) exactly, {fair}/{len(titled)} ({fair / len(titled):.3f}) as title~")
    bylined = [p for p in pages if p.byline]
    named = sum(byline_visible(p) for p in bylined)
    print(f"ceiling from text: a name of the gold byline is in text.txt on {named}/{len(bylined)} pages "
          f"({named / len(bylined):.3f})")
    print("\ngold judged wrong excluded (see WRONG_GOLD; the raw table above is the reference):")
    print(table(pages, results, seconds, exclude_wrong=True))
    if args.failures:
        print(failures(pages, results))
    return 0


if __name__ == "__main__":
    sys.exit(main())

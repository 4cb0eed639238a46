"""Metadata benchmark: title, authors and date against a per-page-folder gold.

Run ``python -m benchmarks.metadata [ROOT ...] [--failures] [--half tune|validate]`` (ROOT
defaults to ``../shared/bench/readability-dev`` and ``../shared/bench/fundus-dev``). Each page
folder holds ``source.html`` (or ``source.html.gz``), ``text.txt`` and ``gold.json`` with
``title``, ``published`` and either a raw ``byline`` string (readability-dev) or a list of
``authors`` (fundus-dev). Every table is printed for the whole set and for its tune and
validate halves (split by site, see :mod:`benchmarks.datasets`).

Three figures per tool and input, all from the same run:

* **title**: exact match after collapsing whitespace, over pages with a gold title;
* **title~**: the same after a fairer normalisation of both sides (Unicode NFKC, case,
  curly quotes and dashes, whitespace), where a site part glued to either side with a
  separator also matches ("Mozilla - Wikipedia" ~ "Mozilla");
* **authors**: with a raw gold byline, every extracted name occurs in it (case-insensitive)
  and at least one name was extracted; with a gold list of names (fundus-dev), the set of
  extracted names (``authors`` plus contributors credited as ``agency``, since the gold lists
  agencies and desks as authors) equals the gold set after NFKC, case folding and removing
  punctuation; over pages whose gold names someone;
* **date**: same calendar day, in the gold's own UTC offset when both values carry one,
  over pages with a gold date.

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
import gzip
import json
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from datetime import date, datetime
from typing import Callable

from benchmarks.datasets import HALVES, half_of, site_of_url

_BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"
DEFAULT_ROOT = _BENCH / "readability-dev"
DEFAULT_ROOTS = (DEFAULT_ROOT, _BENCH / "fundus-dev")
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
        # fundus-dev
        "Haberturk_2024_07_03": "gold keeps the section suffix '- Güncel haberler' ('current news') of og:title; the h1 is the headline alone",
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
        # fundus-dev (listed as gold noise in its README)
        "JungeWelt_2026_05_18": "gold adds the place 'Nairobi' to the two authors (meta author 'Anna Martel, Lea Wagner, Nairobi')",
        "NTV_2024_08_05": "gold adds the place 'Lille' to the author",
        "TaipeiTimes_2024_10_15": "gold 'AFP, MANILA' is the agency with the dateline's place",
        "HankookIlbo_2026_07_12": "gold '박준석 기자 외 1명' is 'reporter Park Jun-seok and 1 other'; the JSON-LD names both reporters",
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
    authors: list[str] | None = None   # a list of names (fundus-dev), else None: judge against ``byline``
    site: str = ""

    @property
    def half(self) -> str:
        return half_of(self.site or self.id)


def _norm(text: str | None) -> str:
    return _WS.sub(" ", text or "").strip()


def load(root: Path) -> list[Gold]:
    pages = []
    for folder in sorted(p for p in root.iterdir() if (p / "gold.json").is_file()):
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        html_path, text_path = folder / "source.html", folder / "text.txt"
        if not html_path.is_file():
            html_path = folder / "source.html.gz"
        if not html_path.is_file():
            continue
        data = html_path.read_bytes()
        if html_path.suffix == ".gz":
            data = gzip.decompress(data)
        authors = gold.get("authors") if isinstance(gold.get("authors"), list) else None
        pages.append(Gold(
            id=folder.name,
            title=_norm(gold.get("title")),
            byline=_norm(gold.get("byline")) if authors is None else "; ".join(_norm(a) for a in authors),
            published=gold.get("published") or None,
            html=data.decode("utf-8", errors="replace"),
            text=text_path.read_text(encoding="utf-8", errors="replace") if text_path.is_file() else None,
            authors=authors,
            site=site_of_url(gold.get("url")) or gold.get("publisher") or re.sub(r"-\d+$", "", folder.name),
        ))
    return pages


def _newsclean(kind: str) -> Callable[[Gold], Extracted]:
    import newsclean

    def run(page: Gold) -> Extracted:
        source = page.html if kind == "html" else page.text
        if source is None:
            return Extracted(error="no input")
        a = newsclean.extract(source, kind=kind)
        names = list(a.authors) + [c.name for c in a.contributors if c.role == "agency" and c.name not in a.authors]
        return Extracted(a.title, names, a.published.isoformat() if a.published else None)
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


def date_visible(page: Gold) -> bool:
    """Whether one line of the visible text prints the gold date's year and day as numbers
    (with its month as a number or a word): an upper bound of what a reader of the text can
    find, since a page that prints only an age ("3 hours ago") cannot be dated without a
    reference date, which the benchmark does not pass."""
    if not page.text or not page.published:
        return False
    try:
        day = date.fromisoformat(_day(str(page.published)))
    except ValueError:
        return False
    year = rf"(?<!\d)(?:{day.year}|{day.year % 100:02d})(?!\d)"
    dom = rf"(?<!\d)0?{day.day}(?!\d)"
    month = rf"(?<!\d)0?{day.month}(?!\d)|[^\W\d_]{{3,}}"
    return any(
        re.search(year, line) and re.search(dom, line) and re.search(month, line) for line in page.text.splitlines()
    )


def title_visible(page: Gold) -> bool:
    """Whether the gold title (or its part before a site suffix) is a line of the visible text."""
    if not page.text or not page.title:
        return False
    forms = _title_forms(page.title)
    return any(_fold(line) in forms for line in page.text.splitlines() if line.strip())


_PUNCT = re.compile(r"[^\w\s]")


def _name_key(name: str) -> str:
    return _WS.sub(" ", _PUNCT.sub(" ", _fold(name))).strip()


def authors_ok(page: Gold, got: Extracted) -> bool:
    if page.authors is not None:  # a list of names: the same set
        return {_name_key(a) for a in got.authors} - {""} == {_name_key(a) for a in page.authors} - {""}
    gold = _fold(page.byline)
    return bool(got.authors) and all(_fold(a) in gold for a in got.authors)


def _day(value: str, offset_of: str | None = None) -> str:
    """The calendar day of an ISO value, seen in the UTC offset of ``offset_of`` when both carry one."""
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        ref = datetime.fromisoformat(offset_of.replace("Z", "+00:00")) if offset_of else None
    except ValueError:
        return value[:10]
    if ref is not None and ref.tzinfo is not None and moment.tzinfo is not None:
        moment = moment.astimezone(ref.tzinfo)
    return moment.date().isoformat()


def date_ok(page: Gold, got: Extracted) -> bool:
    if not got.published or not page.published:
        return False
    return _day(got.published, page.published) == _day(str(page.published))


CHECKS = (
    ("title", title_ok, lambda p: bool(p.title)),
    ("title~", title_fair, lambda p: bool(p.title)),
    ("authors", authors_ok, lambda p: bool(p.byline) if p.authors is None else bool(p.authors)),
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


def report(root: Path, pages: list[Gold], tools: list[str], show_failures: bool) -> None:
    results, seconds = evaluate(pages, tools)
    print(f"{root.name}: {len(pages)} pages")
    print(table(pages, results, seconds))
    for half in HALVES:
        part = [p for p in pages if p.half == half]
        print(f"\n{root.name}, {half} half: {len(part)} pages")
        print(table(part, results, seconds))
    titled = [p for p in pages if p.title]
    if titled:
        exact = sum(bool(p.text) and p.title in {_norm(x) for x in p.text.splitlines()} for p in titled)
        fair = sum(title_visible(p) for p in titled)
        print(f"\nceiling from text: the gold title is a line of text.txt on {exact}/{len(titled)} pages "
              f"({exact / len(titled):.3f}) exactly, {fair}/{len(titled)} ({fair / len(titled):.3f}) as title~")
    bylined = [p for p in pages if p.byline]
    if bylined:
        named = sum(byline_visible(p) for p in bylined)
        print(f"ceiling from text: a name of the gold byline is in text.txt on {named}/{len(bylined)} pages "
              f"({named / len(bylined):.3f})")
    dated = [p for p in pages if p.published and p.text]
    if dated:
        for half in (None, *HALVES):
            part = [p for p in dated if half is None or p.half == half]
            shown = sum(date_visible(p) for p in part)
            print(f"ceiling from text: the gold date is printed on a line of text.txt on {shown}/{len(part)} pages "
                  f"({shown / max(len(part), 1):.3f}){'' if half is None else ', ' + half + ' half'}")
    if any(page.id in WRONG_GOLD.get(check, {}) for page in pages for check in WRONG_GOLD):
        print("\ngold judged wrong excluded (see WRONG_GOLD; the raw table above is the reference):")
        print(table(pages, results, seconds, exclude_wrong=True))
    if show_failures:
        print(failures(pages, results))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("roots", nargs="*", default=[str(r) for r in DEFAULT_ROOTS],
                    help="per-page-folder sets (default: readability-dev and fundus-dev)")
    ap.add_argument("--tools", default=",".join(TOOLS), help=f"comma-separated, from: {', '.join(TOOLS)}")
    ap.add_argument("--half", choices=("all", *HALVES), default="all", help="only the pages of one half")
    ap.add_argument("--failures", action="store_true", help="list every miss with the extracted value")
    args = ap.parse_args(argv)
    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = [t for t in tools if t not in TOOLS]
    if unknown:
        print(f"unknown tools: {', '.join(unknown)}", file=sys.stderr)
        return 2
    for i, name in enumerate(args.roots):
        root = Path(name)
        if not root.is_dir():
            print(f"{root}: not a folder", file=sys.stderr)
            return 2
        pages = [p for p in load(root) if args.half == "all" or p.half == args.half]
        if i:
            print()
        report(root, pages, tools, args.failures)
    return 0


if __name__ == "__main__":
    sys.exit(main())

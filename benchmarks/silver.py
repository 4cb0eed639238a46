"""Silver metadata benchmark: the text path against the HTML path's declared names and dates.

Run ``python -m benchmarks.silver [ROOT ...] [--half tune|validate|all] [--field names|date|all]
[--failures] [--silver-cache FILE]`` (ROOT defaults to ``../shared/bench/dragnet`` and
``../shared/bench/scrapinghub``; any set in either layout of :mod:`benchmarks.datasets` works).

Only fundus-dev and readability-dev have gold names and dates. dragnet and scrapinghub have
each page twice, as ``page.html`` and as its visible text, so where the HTML path reads a
value the page *declares*, that value is silver gold for the text path on the same page:

* **names** (silver): the HTML Article's credited names (``authors`` plus contributors
  credited as ``agency``, as :mod:`benchmarks.metadata` counts them) when every chosen
  author candidate comes from a declared source: the JSON-LD author, an author meta tag or
  rel=author link (``html.meta:*``), or a byline element (``html.html:byline``). Pages whose
  names come from a body line, trafilatura's undeclared search (``html.metadata``) or a
  declared organisation have no silver name.
* **date** (silver): the HTML Article's ``published`` when ``date_source`` is the JSON-LD,
  a publication meta tag or a ``<time datetime>`` element.

Figures per set and half: the share of pages with silver where the text path agrees (names:
the same set of names after NFKC, case folding and removing punctuation; date: the same
calendar day), the number of pages with silver, and a ceiling: the share of those pages whose
text prints the silver value (every silver name occurs in the text; a line prints the
date's year, month and day).

Silver is not gold: a declared value can differ from the visible one (a desk in the JSON-LD,
the byline's person on the page). Use it to widen the evidence of the text path's misses, not
as a target. ``--failures`` lists misses of the **tune half only** (study errors there; the
validate half is for keeping or dropping a change). ``--silver-cache FILE`` stores the silver
values on the first run and reads them on later runs, so the reference stays fixed (and runs
take half the time) while the text path changes; delete the file when the HTML path changed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.datasets import HALVES, Page, load_dataset
from benchmarks.metadata import Gold, _day, _name_key, date_visible

_BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"
DEFAULT_ROOTS = (_BENCH / "dragnet", _BENCH / "scrapinghub")
FIELDS = ("names", "date")
# where a declared name comes from (Candidate.source of the chosen author candidates)
_NAME_SOURCES = ("html.json-ld", "html.meta:", "html.html:byline")
_DATE_SOURCES = ("html.json-ld", "html.meta:", "html.html:time")


@dataclass
class Silver:
    names: list[str] | None = None  # the declared credited names, or None: no silver
    names_source: str | None = None
    date: str | None = None  # ISO day or moment, or None: no silver
    date_source: str | None = None


@dataclass
class TextOut:
    names: list[str]
    date: str | None
    error: str | None = None


def _credited(article) -> list[str]:
    return list(article.authors) + [
        c.name for c in article.contributors if c.role == "agency" and c.name not in article.authors
    ]


def silver_of(html: str) -> Silver:
    """The declared names and date the HTML path reads on one page (see the module doc)."""
    import newsclean

    try:
        a = newsclean.extract(html, kind="html")
    except Exception:  # an HTML page newsclean refuses has no silver
        return Silver()
    out = Silver()
    chosen = [c for c in a.candidates if c.field == "authors" and c.chosen]
    sources = {c.source for c in chosen}
    if a.authors and chosen and all(s.startswith(_NAME_SOURCES) for s in sources):
        out.names, out.names_source = _credited(a), ",".join(sorted(sources))
    if a.published is not None and (a.date_source or "").startswith(_DATE_SOURCES):
        out.date, out.date_source = a.published.isoformat(), a.date_source
    return out


def text_of(text: str | None) -> TextOut:
    import newsclean

    if not text or not text.strip():
        return TextOut([], None, "no text")
    try:
        a = newsclean.extract(text, kind="text")
    except Exception as exc:  # a crash is a miss, shown with --failures
        return TextOut([], None, f"{type(exc).__name__}: {exc}")
    return TextOut(_credited(a), a.published.isoformat() if a.published else None)


def names_agree(silver: list[str], got: list[str]) -> bool:
    return {_name_key(n) for n in got} - {""} == {_name_key(n) for n in silver} - {""}


def date_agrees(silver: str, got: str | None) -> bool:
    return bool(got) and _day(got, silver) == _day(silver)


def names_printed(silver: list[str], text: str) -> bool:
    """Every silver name occurs in the text (folded as the metadata benchmark folds)."""
    folded = _name_key(text)
    return all(_name_key(n) in folded for n in silver)


def date_printed(silver: str, text: str) -> bool:
    return date_visible(Gold(id="", title="", byline="", published=silver, html="", text=text))


def _load_cache(path: Path | None) -> dict:
    if path is None or not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def silvers(name: str, pages: list[Page], cache: dict) -> dict[str, Silver]:
    stored = cache.setdefault(name, {})
    out = {}
    for page in pages:
        if page.id not in stored:
            stored[page.id] = silver_of(page.read("html") or "").__dict__
        out[page.id] = Silver(**stored[page.id])
    return out


def _row(label: str, hits: int, n: int, printed: int) -> str:
    rate = hits / n if n else 0.0
    ceiling = printed / n if n else 0.0
    return (
        f"  {label:<6} agree {rate:.3f} ({hits}/{n})   ceiling (silver printed in text) {ceiling:.3f} ({printed}/{n})"
    )


def report(
    name: str,
    pages: list[Page],
    silver: dict[str, Silver],
    got: dict[str, TextOut],
    texts: dict[str, str],
    fields: tuple[str, ...],
    halves: tuple[str, ...],
    show_failures: bool,
) -> None:
    for half in halves:
        part = [p for p in pages if half == "all" or p.half == half]
        print(f"{name}, {half}{' half' if half != 'all' else ''}: {len(part)} pages")
        if "names" in fields:
            with_silver = [p for p in part if silver[p.id].names]
            hits = sum(names_agree(silver[p.id].names or [], got[p.id].names) for p in with_silver)
            printed = sum(names_printed(silver[p.id].names or [], texts[p.id]) for p in with_silver)
            print(_row("names", hits, len(with_silver), printed))
        if "date" in fields:
            with_silver = [p for p in part if silver[p.id].date]
            hits = sum(date_agrees(silver[p.id].date or "", got[p.id].date) for p in with_silver)
            printed = sum(date_printed(silver[p.id].date or "", texts[p.id]) for p in with_silver)
            print(_row("date", hits, len(with_silver), printed))
    if not show_failures:
        return
    tune = [p for p in pages if p.half == "tune"]
    for fld in fields:
        print(f"\n== {name}: {fld} misses, tune half (printed: the silver value is in the text)")
        for p in tune:
            s, g = silver[p.id], got[p.id]
            if fld == "names" and s.names and not names_agree(s.names, g.names):
                printed = names_printed(s.names, texts[p.id])
                print(
                    f"- {p.id} [{p.site}] silver={s.names!r} ({s.names_source}) text={g.names!r}"
                    f"{'' if printed else '  (not printed)'}" + (f" [{g.error}]" if g.error else "")
                )
            if fld == "date" and s.date and not date_agrees(s.date, g.date):
                printed = date_printed(s.date, texts[p.id])
                print(
                    f"- {p.id} [{p.site}] silver={s.date} ({s.date_source}) text={g.date}"
                    f"{'' if printed else '  (not printed)'}" + (f" [{g.error}]" if g.error else "")
                )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "roots",
        nargs="*",
        default=[str(r) for r in DEFAULT_ROOTS],
        help="sets with page.html and visible text (default: dragnet and scrapinghub)",
    )
    ap.add_argument(
        "--half",
        choices=("all", *HALVES),
        default=None,
        help="only the pages of one half (default: print all, tune and validate)",
    )
    ap.add_argument("--field", choices=("all", *FIELDS), default="all", help="names, date or both")
    ap.add_argument("--failures", action="store_true", help="list the text path's misses on the tune half")
    ap.add_argument(
        "--silver-cache",
        type=Path,
        default=None,
        help="JSON file of silver values: read when present, written after the run",
    )
    args = ap.parse_args(argv)
    fields = FIELDS if args.field == "all" else (args.field,)
    halves = ("all", *HALVES) if args.half is None else (args.half,)
    cache = _load_cache(args.silver_cache)
    for i, root_name in enumerate(args.roots):
        root = Path(root_name)
        if not root.is_dir():
            print(f"{root}: not a folder", file=sys.stderr)
            return 2
        ds = load_dataset(root)
        pages = [p for p in ds.with_input("text") if p.html_path is not None]
        if args.half in HALVES:
            pages = [p for p in pages if p.half == args.half]
        start = time.perf_counter()
        silver = silvers(ds.name, pages, cache)
        mid = time.perf_counter()
        texts = {p.id: p.read("text") or "" for p in pages}
        got = {p.id: text_of(texts[p.id]) for p in pages}
        end = time.perf_counter()
        if i:
            print()
        report(ds.name, pages, silver, got, texts, fields, halves, args.failures)
        print(f"  ({mid - start:.0f} s for the silver, {end - mid:.0f} s for the text path)")
    if args.silver_cache is not None:
        args.silver_cache.write_text(json.dumps(cache, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

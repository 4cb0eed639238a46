"""What the choice stages chose from: every candidate for the authors and the publication date,
with where the page gives it and whether it was taken (``Article.candidates``, ``--explain``).

A user who finds a wrong date or a missing co-author sees the other candidates the page offered
and the one the stage preferred, without re-running anything. The order of the candidates is
the order of preference of :mod:`newsclean.stages.choices`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from newsclean.article import Candidate
from newsclean.document import Document
from newsclean.metadata import dates
from newsclean.settings import settings


def _iso(value: Any) -> str:
    return value.isoformat() if isinstance(value, (date, datetime)) else str(value)


def date_candidates(doc: Document, chosen: date | datetime | None, source: str | None) -> list[Candidate]:
    """The publication dates the page offers: declared, date lines, bylines, dateline, page stamps."""
    found: list[tuple[str, str, str | None]] = []  # (value, source, text)
    if doc.meta.get("published"):
        found.append((_iso(doc.meta["published"]), str(doc.meta.get("published_source", "html.metadata")), None))
    ref: Any = doc.reference_date
    for text in doc.found.get("date_lines", []):
        stamp = dates.parse_stamp(text, reference=ref)
        if stamp.published is not None:
            found.append((_iso(stamp.published), "text.date_line", text))
        elif stamp.modified is not None:
            found.append((_iso(stamp.modified), "text.updated_line", text))
        elif dates.is_relative_age(text):
            found.append(("(an age)", "text.relative_age", text))
    for text in doc.found.get("bylines", []):
        d = dates.parse_stamp(text, reference=ref).published
        if d is not None:
            found.append((_iso(d), "text.byline", text))
    dateline = doc.found.get("dateline")
    if dateline is not None and dateline.month is not None:
        found.append(("(needs a year)", "text.dateline", dateline.text))
    for when in doc.found.get("page_stamps", [])[:2]:
        found.append((_iso(when), "text.page_stamp", None))
    return _marked(found, None if chosen is None else (_iso(chosen), source))


def people_candidates(doc: Document, authors: list[str], agency: str | None) -> list[Candidate]:
    """The credits the page offers: the declared authors, then each byline line as read."""
    taken = {a.casefold() for a in authors} | ({agency.casefold()} if agency else set())
    out: list[Candidate] = []
    source = str(doc.meta.get("authors_source") or "html.metadata")
    for name in doc.found.get("meta_authors", []):
        out.append(Candidate(field="authors", value=name, source=source, chosen=name.casefold() in taken))
    for parsed in doc.found.get("parsed_bylines", []):
        names = [*parsed.authors, *([parsed.agency] if parsed.agency else [])]
        for name in names or ["(no name)"]:
            out.append(
                Candidate(
                    field="authors", value=name, source="byline", text=parsed.raw, chosen=name.casefold() in taken
                )
            )
    return _unique(out)[: settings().max_candidates]


def _marked(found: list[tuple[str, str, str | None]], chosen: tuple[str, str | None] | None) -> list[Candidate]:
    """Candidates with the chosen one marked: the first of the chosen source with the chosen
    value (a dateline or an age shows the date it resolved to)."""
    out, marked = [], False
    for value, source, text in found:
        taken = (
            not marked and chosen is not None and source == chosen[1] and (value == chosen[0] or value.startswith("("))
        )
        marked = marked or taken
        out.append(
            Candidate(
                field="published",
                value=chosen[0] if taken and chosen else value,
                source=source,
                text=text,
                chosen=taken,
            )
        )
    return _unique(out)[: settings().max_candidates]


def _unique(items: list[Candidate]) -> list[Candidate]:
    seen: set[tuple] = set()
    out = []
    for c in items:
        key = (c.value.casefold(), c.source, c.text)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out

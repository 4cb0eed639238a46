"""The choices among candidates: who is credited with the story and when it was published.

Earlier stages collect candidates (byline lines and their parses, declared authors, date
lines, the dateline, page stamps, declared dates); these two stages choose, once the body is
decided, and leave the answer in ``doc.found`` for the assembler: ``credited_people``
(authors, contributors, the raw byline, the source or agency) and ``published_date`` (the
date and where it came from, ``date_source``).
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date, datetime
from typing import Any

import regex

from newsclean.article import Contributor
from newsclean.document import Document
from newsclean.metadata import bylines, dates
from newsclean.metadata.bylines.names import one_edit_apart
from newsclean.settings import settings
from newsclean.stages.base import stage
from newsclean.stages.choice_notes import date_candidates, people_candidates

# the separator between a byline and an age printed after it ("Story by Ann Lee • 3d")
_SEPARATOR = regex.compile(r"\s+[•·|–—]\s+")


@stage(
    "credited_people",
    may_read=[
        "found.bylines",
        "found.dateline",
        "found.meta_authors",
        "found.parsed_bylines",
        "found.source",
        "meta.agencies",
        "meta.author_raw",
        "meta.authors_source",
        "meta.editors",
        "meta.publisher_credit",
    ],
    assigns=["found.authors", "found.contributors", "found.byline", "found.credit_source", "found.author_candidates"],
)
def credited_people(doc: Document) -> None:
    """Everyone the page credits with the story: authors (people), contributors with their
    roles (agencies among them), the raw byline and the source or agency."""
    authors, contributors, byline, source = _people(doc)
    doc.found["authors"] = authors
    doc.found["contributors"] = contributors
    doc.found["byline"] = byline
    doc.found["credit_source"] = source
    doc.found["author_candidates"] = people_candidates(doc, authors, source)


@stage(
    "published_date",
    may_read=[
        "found.bylines",
        "found.date_lines",
        "found.dateline",
        "found.page_stamps",
        "found.parsed_bylines",
        "meta.published",
        "meta.published_source",
        "meta.shown_published",
        "meta.shown_published_source",
    ],
    assigns=["found.published", "found.date_source", "found.date_candidates"],
)
def published_date(doc: Document) -> None:
    """The publication date, from the most trustworthy of the page's candidates."""
    published, source = _published(doc)
    doc.found["published"] = published
    doc.found["date_source"] = source
    doc.found["date_candidates"] = date_candidates(doc, published, source)


def _people(doc: Document) -> tuple[list[str], list[Contributor], str | None, str | None]:
    parsed = doc.found.get("parsed_bylines", [])
    contributors: dict[tuple[str, str], Contributor] = {}
    authors: list[str] = []
    agency = None
    collective = str(doc.meta.get("authors_source") or "").endswith("organization")
    declared = doc.found.get("meta_authors") if doc.meta.get("authors_source") and not collective else None
    if declared and not _same_people([n for p in parsed for n in p.authors], declared):
        # HTML: the page declares its authors (JSON-LD, author meta tags, a byline element)
        # and a byline-shaped line of the body names someone else: a reviewer, a
        # photographer or a teaser's author. The declared ones are the story's authors;
        # the line's other roles stay.
        parsed = [
            replace(p, authors=[], contributors=[c for c in p.contributors if c.role != "author"]) for p in parsed
        ]
    # the story's own byline names its authors: a closing credits line ("Reporting by ...;
    # writing by ...; editing by ...") adds contributors to them, not authors
    credited = declared or [n for p in parsed if not bylines.looks_like_credits(p.raw) for n in p.authors]
    if credited:
        parsed = [_credits_beside(p, credited) if bylines.looks_like_credits(p.raw) else p for p in parsed]
    # the byline's people first, then the credits line's ("Additional reporting by ...")
    parsed = sorted(parsed, key=lambda p: 1 if bylines.looks_like_credits(p.raw) else 0)
    for p in parsed:
        for c in p.contributors:
            contributors.setdefault((c.name.casefold(), c.role), c)
        for name in p.authors:
            if not any(same_person(name, a) for a in authors):
                authors.append(name)
        agency = agency or p.agency
    dl = doc.found.get("dateline")
    agency_credited = any(p.agency for p in parsed) or getattr(dl, "agency", None)
    # an organisation declared as author (read_page_metadata: not the publisher, not a known
    # agency) stands in only when no line names a person or credits an agency or outlet
    # ("By Coastline Wire", "SALTMERE, March 1 (Coastline Wire) -"): then it is the source
    if (not authors or declared) and not (collective and agency_credited):
        # no byline line: the declared or metadata authors; with a byline line that agrees
        # with the page's declared authors, the declared co-authors it leaves out join it
        # (an RFC header prints one author per line)
        for name in doc.found.get("meta_authors", []):
            if authors and (_same_people([name], authors) or any(same_person(name, a) for a in authors)):
                continue  # already named by the byline (perhaps as "F. Kooman")
            authors.append(name)
            contributors.setdefault((name.casefold(), "author"), Contributor(name=name, role="author"))
    # the agencies and desks the page declares as authors ("Adam Vidler; AP"), after the people
    for name in doc.meta.get("agencies") or []:
        if any(same_person(name, a) for a in authors) or (name.casefold(), "agency") in contributors:
            continue
        contributors[(name.casefold(), "agency")] = Contributor(name=name, role="agency")
        agency = agency or name
    # the declared "authors" the page shows as editors (read_page_metadata)
    for name in doc.meta.get("editors") or []:
        if not any(same_person(name, a) for a in authors):
            contributors.setdefault((name.casefold(), "editor"), Contributor(name=name, role="editor"))
    # a source line naming a news agency ("Quelle: dpa", "Source: AFP/Reuters") credits the
    # story to it when no line and no declaration credits anyone
    if not authors and not any(c.role == "agency" for c in contributors.values()) and doc.found.get("source"):
        for c in bylines.parse_byline(doc.found["source"]).contributors:
            if c.role == "agency" and bylines.is_agency(c.name):
                contributors.setdefault((c.name.casefold(), "agency"), Contributor(name=c.name, role="agency"))
                agency = agency or c.name
    # the publisher credited as the author ("DER SPIEGEL"): the credit when no one else is
    publisher = doc.meta.get("publisher_credit")
    if publisher and not authors and not any(c.role == "agency" for c in contributors.values()):
        contributors[(publisher.casefold(), "agency")] = Contributor(name=publisher, role="agency")
    raw = doc.found.get("bylines") or []
    byline = raw[0] if raw else (doc.meta.get("author_raw") or None)
    source = doc.found.get("source") or agency or (getattr(dl, "agency", None) if dl is not None else None)
    return authors, list(contributors.values()), byline, source


def _credits_beside(p: bylines.Byline, declared: list[str]) -> bylines.Byline:
    """A credits line read beside the page's declared authors.

    Its authors the page declares are the declared ones (perhaps spelt otherwise: "Maya
    Gebeilly" for "Maya Gebeily"); those it does not declare ("Additional reporting by ...")
    contributed to the story and keep that role, not the author's.
    """
    if not p.authors:
        return p
    extra = {a.casefold() for a in p.authors if not any(same_person(a, d) for d in declared)}
    contributors = []
    for c in p.contributors:
        if c.role != "author":
            contributors.append(c)
        elif c.name.casefold() in extra:
            contributors.append(Contributor(name=c.name, role="contributor"))
    return replace(p, authors=[], contributors=contributors)


_NAME_FOLD = str.maketrans({c: " " for c in ".,'’-‐"})


def _name_words(name: str) -> list[str]:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.casefold().translate(_NAME_FOLD).split()


def same_person(a: str, b: str) -> bool:
    """Whether two spellings name one person: the same words after folding case, accents and
    punctuation, or the same first name and a surname one letter apart ("Gebeily", "Gebeilly").

    >>> same_person("Maya Gebeily", "Maya Gebeilly"), same_person("José Núñez", "JOSE NUNEZ")
    (True, True)
    >>> same_person("Ann Lee", "Ann Lea"), same_person("Ann Lee", "Bo Lee")
    (False, False)
    """
    x, y = _name_words(a), _name_words(b)
    if not x or not y:
        return False
    if x == y:
        return True
    if len(x) != len(y) or len(x) < 2 or x[:-1] != y[:-1]:
        return False
    s, t = x[-1], y[-1]
    return min(len(s), len(t)) >= settings().name_typo_min_chars and one_edit_apart(s, t)


def _same_people(names: list[str], others: list[str]) -> bool:
    """Whether two name lists share a person (same surname and first initial), or one is empty."""
    if not names or not others:
        return True

    def keys(ns: list[str]) -> set[tuple[str, str]]:
        out = set()
        for n in ns:
            words = n.replace(".", " ").split()
            if words:
                out.add((words[-1].casefold(), words[0][:1].casefold()))
        return out

    return bool(keys(names) & keys(others))


def _named_someone(raw: str) -> bool:
    """Whether a byline line, read alone, credits anyone (a person, an agency or a contributor)."""
    p = bylines.parse_byline(raw)
    return bool(p.authors or p.agency or p.contributors)


def _published(doc: Document) -> tuple[datetime | date | None, str | None]:
    """The most trustworthy date: page metadata, a date line, the dateline, a relative age, a page stamp."""
    meta_date = doc.meta.get("published")
    if meta_date:
        return meta_date, doc.meta.get("published_source", "html.metadata")
    ref: Any = doc.reference_date
    stamps = doc.found.get("date_lines", [])
    page_stamps = doc.found.get("page_stamps", [])
    for text in stamps:
        if not dates.is_relative_age(text):
            # the publication date of the stamp, not its "Updated ..." part
            d = dates.parse_stamp(text, reference=ref).published
            if d is not None:
                return d, "text.date_line"
    # a numeric date both ways ("06/01/2026"): read as the page's other dates and times are written
    dayfirst = dates.page_dayfirst(stamps) if stamps else None
    if dayfirst is None and stamps:
        dayfirst = dates.page_dayfirst(b.text for b in doc.blocks)
    if dayfirst is not None:
        for text in stamps:
            if not dates.is_relative_age(text):
                d = dates.parse_stamp(text, reference=ref, dayfirst=dayfirst).published
                if d is not None:
                    return d, "text.date_line"
    # a byline line often carries the date ("by Ann Lee July 10, 2015"); not a teaser's byline,
    # whose credits the byline stage took away ("By Hal Brennan · 1 day ago" over another story)
    # (a byline that never named anyone, "By admin - 2018-09-16", lost no credits: its date is the story's)
    teasers = {
        p.raw
        for p in doc.found.get("parsed_bylines", [])
        if not (p.authors or p.agency or p.contributors) and _named_someone(p.raw)
    }
    story_bylines = [t for t in doc.found.get("bylines", []) if t.strip() not in teasers]
    for text in story_bylines:
        d = dates.parse_stamp(text, reference=ref).published
        if d is not None:
            return d, "text.byline"
    if story_bylines:
        # a numeric date both ways in the byline ("Published on 09/08/2024 by Ann Lee"): read
        # as the page's other dates and times are written
        if dayfirst is None:
            dayfirst = dates.page_dayfirst(b.text for b in doc.blocks)
        for text in story_bylines if dayfirst is not None else ():
            d = dates.parse_stamp(text, reference=ref, dayfirst=dayfirst).published
            if d is not None:
                return d, "text.byline"
    # context for year-less and relative dates: the caller's reference date, else the page's own stamp
    context = ref if ref is not None else (page_stamps[0] if page_stamps else None)
    dl = doc.found.get("dateline")
    if dl is not None and context is not None:
        d = dl.resolve(context)
        if d is not None:
            return d, "text.dateline"
    if context is not None:
        # a date line's age, else the age a byline carries after a separator ("Story by Ann Lee • 3d")
        ages = [*stamps, *(part for text in story_bylines for part in _SEPARATOR.split(text)[1:])]
        for text in ages:
            if dates.is_relative_age(text):
                d = dates.parse_relative(text, context)
                if d is not None:
                    return d, "text.relative_age"
    # only an update stamp ("Aktualisiert am 28. April 2023, 20:22 Uhr"): the story was out by
    # then; its source says it is the update's date
    for text in stamps:
        d = dates.parse_stamp(text, reference=ref).modified
        if d is not None:
            return d, "text.updated_line"
    # or a byline that gives only its update ("Modified on March 9, 2024 by Ann Lee")
    for text in story_bylines:
        d = dates.parse_stamp(text, reference=ref).modified
        if d is not None:
            return d, "text.updated_line"
    # HTML: a date the page shows but does not declare, at the end of its <title> or in a
    # date or byline element of the story (not a comment's, a teaser's or an update's)
    shown = doc.meta.get("shown_published")
    if shown is not None:
        return shown, doc.meta.get("shown_published_source", "html.shown")
    if page_stamps:
        return page_stamps[0], "text.page_stamp"
    return None, None

"""Byline text near the date stamp made ready for the name tests: a name's line without its
reading time or its one-word place, and a line of news agencies alone.

Split from :mod:`newsclean.stages.metadata_lines` along its seams.
"""

from __future__ import annotations

import regex

from newsclean import rules
from newsclean.metadata import bylines
from newsclean.stages.metadata_zone import _memo


def _without_reading_time(text: str) -> str:
    """The line without a reading time ("2 minutes read", "Lesezeit 3 Min.")."""
    extra = rules.combined("date_stamp_extra_patterns")
    return " ".join(extra.sub(" ", text).split()) if extra is not None else text


# one capitalised word after the names, set off by a comma or a separator, a cutting word
# before it or none ("Ann Lee, Berlin", "ANN LEE / Madrid", "Ann Lee, à Paris"): their place
_PLACE_AFTER = regex.compile(r"\s*(?:,|\s[/|·•–—-])\s*(?:\p{Ll}{1,3}\s+)?\p{Lu}[\p{L}'’.-]+$")


def _without_place(text: str) -> str:
    """The names over a date stamp without the one-word place after them, else ''."""
    m = _PLACE_AFTER.search(text)
    return text[: m.start()] if m is not None and m.start() > 0 else ""


def _people_with_agency(text: str, memo: dict) -> bool:
    """Whether the line credits people and the news agency they write for and nothing else
    ("Ann Lee and Bo Chen | Reuters", "By Ann Lee | AFP"): a photo credit's shape, which right
    by the date stamp is the story's byline."""
    parsed = _memo(memo, bylines.parse_byline, text)
    return (
        bool(parsed.authors)
        and parsed.agency is not None
        and bylines.is_agency(parsed.agency)
        and all(c.role in ("author", "agency") for c in parsed.contributors)
    )


def _agencies_only(text: str, memo: dict) -> bool:
    """Whether the line credits news agencies and nothing else ("dpa/AFP", "AFP")."""
    parsed = _memo(memo, bylines.parse_byline, text)
    return (
        not parsed.authors
        and bool(parsed.contributors)
        and all(c.role == "agency" and bylines.is_agency(c.name) for c in parsed.contributors)
    )

"""Datelines ("BEIJING, Jan 7 (Reuters) -"): the place, the date and the agency at the
story's start.

Split from :mod:`newsclean.metadata.dates` along its seams.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import regex

from newsclean.metadata.dates.values import _closest_year, _day_of, _make_date
from newsclean.metadata.dates.vocabulary import (
    _DATELINE_DASH,
    _vocab,
)
from newsclean.settings import settings


@dataclass(frozen=True)
class Dateline:
    """An agency-style dateline opening a paragraph.

    ``text`` is the dateline without its dash ("BEIJING, Jan 7 (Reuters)"),
    ``end`` the offset where the story text starts in the paragraph.
    """

    text: str
    location: str
    agency: str | None = None
    month: int | None = None
    day: int | None = None
    end: int = 0

    def resolve(self, reference_or_year: int | date | datetime | None) -> date | None:
        """The date of the dateline, with the year from context.

        An int is the year; a date/datetime is the reference the date must not
        follow (the closest such year is chosen). None when month/day are absent.
        """
        if self.month is None or self.day is None or reference_or_year is None:
            return None
        if isinstance(reference_or_year, int):
            return _make_date(reference_or_year, self.month, self.day)
        return _closest_year(self.month, self.day, _day_of(reference_or_year))


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the start of a paragraph, or None.

    >>> find_dateline("WASHINGTON (AP) — The Senate voted on Tuesday.").agency
    'AP'
    >>> find_dateline("LONDON — Rain fell all week.").location
    'LONDON'
    >>> find_dateline("Rain fell all week in London.") is None
    True
    """
    if not text:
        return None
    head = text[: settings().max_dateline_scan]
    v = _vocab()
    m = v.dateline_caps_re.match(head)
    if m is not None:
        loc = m["loc"]
        letters = sum(ch.isalpha() for ch in loc)
        if letters < 3 or loc.casefold().strip(" .") in v.not_places or (m["agency"] is None and not _dash(m)):
            m = None
        elif m["agency"] is None and m["mon"] is None and m["mon2"] is None and letters < 4:
            m = None
    if m is None:
        m = v.dateline_title_re.match(head)
        if m is None:
            return None
    month = day = None
    if m["mon"]:
        month, day = v.months.get(m["mon"].casefold()), int(m["day"])
    elif m["mon2"]:
        month, day = v.months.get(m["mon2"].casefold()), int(m["day2"])
    if month is None or day is not None and not 1 <= day <= 31:
        month = day = None
    loc = m["loc"].strip()
    if m["region"]:
        loc = f"{loc}, {m['region']}"
    raw = head[: m.end()].rstrip()
    core = _DATELINE_DASH.sub("", raw).strip()
    agency = m["agency"].strip() if m["agency"] else None
    return Dateline(text=core, location=loc, agency=agency, month=month, day=day, end=m.end())


def _dash(m: regex.Match) -> bool:
    """A caps-only dateline without an agency must end in a dash, not a colon."""
    tail = m.string[: m.end()].rstrip()
    return tail.endswith(("-", "–", "—"))

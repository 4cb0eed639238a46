"""Dates from text: date stamps, relative ages and agency datelines.

Everything here is a pure function of its arguments. Missing parts are never
taken from today's clock: a date without a year needs a ``reference`` (the date
the page was seen), and a relative age ("5 days ago") is resolved only against a
given reference.

>>> parse_date("Updated 1:39 am EST, Wednesday, November 20, 2019").isoformat()
'2019-11-20T01:39:00-05:00'
>>> parse_date("7 janvier 2022")
datetime.date(2022, 1, 7)
>>> parse_date("Jan 7") is None
True
>>> from datetime import date
>>> parse_date("Jan 7", reference=date(2022, 3, 1))
datetime.date(2022, 1, 7)
>>> parse_relative("vor 5 Tagen", date(2022, 1, 10))
datetime.date(2022, 1, 5)
>>> d = find_dateline("BEIJING, Jan 7 (Reuters) - Chinese authorities said on Friday ...")
>>> d.location, d.agency, d.text, d.resolve(2022)
('BEIJING', 'Reuters', 'BEIJING, Jan 7 (Reuters)', datetime.date(2022, 1, 7))

Word lists (months, weekdays, units, cue words, zones) are rule data files:
``rules/data/<lang>/date_*.txt``.

The package: :mod:`.vocabulary` (word lists and patterns), :mod:`.values` (date values),
:mod:`.stamps` (reading dates, stamps and ages), :mod:`.datelines` (datelines).
"""

from __future__ import annotations

from newsclean.metadata.dates.datelines import (  # noqa: F401
    Dateline,
    find_dateline,
)
from newsclean.metadata.dates.stamps import (  # noqa: F401
    DateStamp,
    _may_hold_age,
    is_relative_age,
    looks_like_date_line,
    page_dayfirst,
    parse_date,
    parse_relative,
    parse_stamp,
)
from newsclean.metadata.dates.vocabulary import (  # noqa: F401
    FUTURE_TOLERANCE,
    MAX_DATE_TEXT,
    MAX_YEAR,
    MIN_YEAR,
    DateValue,
    _alts,
    _prep,
    _vocab,
)

__all__ = [
    "DateStamp",
    "Dateline",
    "find_dateline",
    "is_relative_age",
    "looks_like_date_line",
    "parse_date",
    "parse_relative",
    "parse_stamp",
]

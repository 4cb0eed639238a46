"""Reading dates: a date in any of its written forms (:func:`parse_date`), a date stamp with
its published and updated parts, relative ages against a reference only, date lines.

Split from :mod:`newsclean.metadata.dates` along its seams.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import regex

from newsclean import rules
from newsclean.metadata.dates.values import _CLOCK_24, _as_date, _date_of, _day_of, _not_future, _time_parts, _with_time
from newsclean.metadata.dates.vocabulary import (
    _DIGIT,
    _WORD,
    MAX_DATE_TEXT,
    MAX_YEAR,
    DateValue,
    _prep,
    _vocab,
)
from newsclean.settings import settings


def parse_date(
    text: str, *, reference: date | datetime | None = None, dayfirst: bool | None = None
) -> DateValue | None:
    """The first date in ``text``, as specific as the text gives it.

    A datetime when a time is present (timezone-aware when a zone or offset is
    given), else a date; None when no complete date is found. ``dayfirst`` settles
    "07/01/2022"; without it only unambiguous numeric dates are read ("." means
    day first, as in "07.01.2022"). A date without a year needs ``reference``: the
    year is then the one that puts the date closest before or at the reference.
    With a reference, dates more than a day after it are ignored.

    >>> parse_date("January 7, 2022 3:04 PM EST").isoformat()
    '2022-01-07T15:04:00-05:00'
    >>> parse_date("07/01/2022") is None, parse_date("07/01/2022", dayfirst=True)
    (True, datetime.date(2022, 1, 7))
    """
    if not text:
        return None
    s = _prep(text)
    if _DIGIT.search(s) is None:
        return None  # every branch of date_re holds a digit (most lines asked hold none)
    ref = _as_date(reference)
    for m in _vocab().date_re.finditer(s):
        d = _date_of(m, ref, dayfirst)
        if d is None or not _not_future(d, ref):
            continue
        return _with_time(d, m, s)
    return None


@dataclass(frozen=True)
class DateStamp:
    """A date stamp split into its publication and last-update dates."""

    published: DateValue | None = None
    modified: DateValue | None = None


def parse_stamp(text: str, *, reference: date | datetime | None = None, dayfirst: bool | None = None) -> DateStamp:
    """Read a date stamp that may carry both dates.

    A date preceded (since the previous date) by an update cue ("Updated", "Mis à
    jour", "Aktualisiert") is the modification date; the first other one is the
    publication date. Relative ages are resolved only against ``reference``.

    >>> st = parse_stamp("April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm")
    >>> st.published.isoformat(), st.modified.isoformat()
    ('2019-04-28T06:01:00', '2019-04-29T15:33:00')
    """
    s = _prep(text or "", MAX_DATE_TEXT)
    ref = _as_date(reference)
    v = _vocab()
    published = modified = None
    prev_end = 0
    for m in v.date_re.finditer(s):
        d = _date_of(m, ref, dayfirst)
        if d is None or not _not_future(d, ref):
            continue
        value = _with_time(d, m, s)
        updated = v.cue_updated_re.search(s, prev_end, m.start()) is not None
        prev_end = m.end()
        if updated:
            modified = modified or value
        else:
            published = published or value
    if published is None and modified is None and reference is not None:
        rel = parse_relative(s, reference)
        if rel is not None:
            if v.cue_updated_re.search(s):
                modified = rel
            else:
                published = rel
    return DateStamp(published, modified)


def _subtract_months(d: date, months: int) -> date:
    total = d.year * 12 + (d.month - 1) - months
    y, m = divmod(total, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _relative_match(s: str, *, whole: bool) -> tuple[int, str] | None:
    """(count, unit) of the first relative age in ``s``; ``whole``: it must be all of s."""
    v = _vocab()
    for pats, compact in ((v.relative_res, False), (v.compact_re, True)):
        for p in pats:
            m = p.fullmatch(s) if (whole or compact) else p.search(s)
            if m is None:
                continue
            n_raw = m["n"].casefold().rstrip("'")
            n = int(n_raw) if n_raw.isdigit() else v.number_words.get(n_raw)
            unit = v.units.get(m["unit"].casefold().rstrip("."))
            if n is not None and unit is not None:
                return n, unit
    return None


def _strip_stamp_words(s: str) -> str:
    """Drop a leading cue ("Updated", "Published") and surrounding punctuation."""
    s = s.strip(" \t·•|-–—:,.()[]")
    m = _vocab().cue_any_re.match(s)
    if m:
        s = s[m.end() :].strip(" \t·•|-–—:,.")
    return s


def parse_relative(text: str, reference: date | datetime | None) -> DateValue | None:
    """Resolve a relative age ("5 days ago", "vor 2 Stunden", "yesterday", "3w").

    Needs ``reference`` (the time the page was seen); returns None without it.
    Units of a day or coarser give a date; hours, minutes and seconds give a
    datetime, and need a reference with a time (a datetime).

    >>> from datetime import datetime
    >>> parse_relative("2 hrs ago", datetime(2022, 1, 7, 15, 0))
    datetime.datetime(2022, 1, 7, 13, 0)
    >>> parse_relative("5 days ago", None) is None
    True
    """
    if reference is None or not text:
        return None
    ref_d = _day_of(reference)
    s = _prep(text, 300)
    v = _vocab()
    found = _relative_match(s, whole=False)
    if found is None:
        found = _relative_match(_strip_stamp_words(s), whole=True)
    if found is None:
        m = v.relative_day_re.search(s)
        if m is None:
            return None
        return ref_d + timedelta(days=v.relative_days[m[0].casefold()])
    n, unit = found
    if unit in ("second", "minute", "hour"):
        if not isinstance(reference, datetime):
            return None
        return reference - timedelta(**{unit + "s": n})
    if unit == "day":
        return ref_d - timedelta(days=n)
    if unit == "week":
        return ref_d - timedelta(weeks=n)
    if unit == "month":
        return _subtract_months(ref_d, n)
    return _subtract_months(ref_d, 12 * n)


def is_relative_age(text: str) -> bool:
    """True when the line is only a relative age, optionally with a cue word.

    >>> is_relative_age("Updated 2 hrs ago"), is_relative_age("il y a 5 jours"), is_relative_age("Yesterday")
    (True, True, True)
    >>> is_relative_age("The vote was held 5 days ago in the capital.")
    False
    """
    if not text or len(text) > 80:
        return False
    s = _strip_stamp_words(_prep(text, 80))
    if not s:
        return False
    if _relative_match(s, whole=True) is not None:
        return True
    m = _vocab().relative_day_re.fullmatch(s)
    return m is not None


def _may_hold_age(s: str) -> bool:
    """Whether a relative age ("vor zwei Tagen", "an hour ago") or day ("yesterday") may
    occur in ``s``: False only when no such pattern matches anywhere in it (each pattern
    searched alone: one alternation of them all is slower than the patterns together)."""
    v = _vocab()
    return (
        any(p.search(s) is not None for p in v.relative_res)
        or any(p.search(s) is not None for p in v.compact_re)
        or v.relative_day_re.search(s) is not None
    )


_NUMERIC_DATE = regex.compile(r"(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/-])")


def page_dayfirst(texts) -> bool | None:
    """Whether a page writes numeric dates day first, from its own lines: a date that can only
    be read one way ("25/04/2026" is day first, "04/25/2026" month first) settles it; without
    one, a 24-hour time in a stamp ("02/12/2024 - 20:56"; the month-first countries write
    "8:56 PM") means day first; a dotted one ("20.56") only in a stamp. None when the page
    does not tell or tells both.

    >>> page_dayfirst(["Published 25/04/2026", "Updated 02/05/2026"]), page_dayfirst(["4/25/2026"])
    (True, False)
    >>> page_dayfirst(["Posted 08/09/2012 4:03 pm", "She ran the 200 metres in 19.32 seconds."]) is None
    True
    """
    found: set[bool] = set()
    clock = False
    for text in texts:
        for m in _NUMERIC_DATE.finditer(text[:MAX_DATE_TEXT]):
            a, b = int(m[1]), int(m[3])
            if a > 12 >= b:
                found.add(True)
            elif b > 12 >= a:
                found.add(False)
        if not clock:
            # (a dotted time counts only in a stamp: in prose, "19.32 seconds" or "20.15 per
            # cent" is a measure, not a clock)
            clock = any(m[0][2] != "." or looks_like_date_line(text) for m in _CLOCK_24.finditer(text[:MAX_DATE_TEXT]))
    if len(found) == 1:
        return found.pop()
    return True if not found and clock else None


_DOT_TIME_AFTER = regex.compile(r",?\s{1,3}(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d.])")


def looks_like_date_line(text: str) -> bool:
    """True for a short line that is only a date/time stamp ("Updated 1:39 am EST, ...").

    >>> looks_like_date_line("Jan. 7, 2022 at 3:04 p.m."), looks_like_date_line(" date 2022-01-07")
    (True, True)
    >>> looks_like_date_line("The plant opened on Jan. 7, 2022, after delays.")
    False
    """
    if not text:
        return False
    s = _prep(text, settings().max_stamp_chars + 1)
    if not s or len(s) > settings().max_stamp_chars:
        return False
    v = _vocab()
    spans: list[tuple[int, int]] = []
    # every branch of date_re and time_re holds a digit: without one they cannot match
    if _DIGIT.search(s) is not None:
        for m in v.date_re.finditer(s):
            if _date_of(m, date(MAX_YEAR, 12, 31), True) is not None:
                spans.append(m.span())
                # a time with a dot right after the date ("12.03.2024 14.05", as the Nordic
                # countries write it); alone, "14.05" may be a score or a price
                t = _DOT_TIME_AFTER.match(s, m.end())
                if t is not None:
                    spans.append(t.span())
        for m in v.time_re.finditer(s):
            if _time_parts(m) is not None and (
                m["H"] is not None or m["ap2"] or m["H3"] is not None or m["H4"] is not None
            ):
                spans.append(m.span())
    elif not _may_hold_age(s):
        # without a digit only a relative age or day can make a stamp, and none occurs
        # (most lines of a page: one search instead of the per-pattern passes below)
        return False
    for p in v.relative_res:
        spans.extend(m.span() for m in p.finditer(s))
    if not spans:
        rest = _strip_stamp_words(s)
        if rest and (_relative_match(rest, whole=True) or v.relative_day_re.fullmatch(rest)):
            return True
        return False
    extra = rules.combined("date_stamp_extra_patterns")  # "· 4 min read" beside the date
    if extra is not None:
        spans.extend(m.span() for m in extra.finditer(s))
    spans.sort()
    pieces, pos = [], 0
    for a, b in spans:
        if a > pos:
            pieces.append(s[pos:a])
        pos = max(pos, b)
    pieces.append(s[pos:])
    rest = " ".join(pieces)
    for w in _WORD.findall(rest):
        if w.casefold() not in v.stamp_words and w not in v.zones:
            return False
    return True

"""Date values from matched text: day, month and year (a two-digit year's century, the
closest year to a reference), times and zones, never after the reference.

Split from :mod:`newsclean.metadata.dates` along its seams.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import regex

from newsclean.metadata.dates.vocabulary import (
    _WORD,
    _ZONE_ABBR,
    FUTURE_TOLERANCE,
    MAX_YEAR,
    MIN_YEAR,
    DateValue,
    _vocab,
)
from newsclean.settings import settings


def _day_of(value: date | datetime) -> date:
    """The day of a date or datetime."""
    return value.date() if isinstance(value, datetime) else value


def _as_date(value) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raise TypeError(f"reference must be a date or datetime, not {type(value).__name__}")


def _make_date(y: int, m: int, d: int) -> date | None:
    if not (MIN_YEAR <= y <= MAX_YEAR):
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _closest_year(month: int, day: int, ref: date) -> date | None:
    """The date with this month/day closest before or at ``ref`` (year from context)."""
    for y in range(ref.year, ref.year - 9, -1):
        d = _make_date(y, month, day)
        if d is not None and d <= ref:
            return d
    return None


# a time on a 24-hour clock (an hour past 12, no am/pm): only day-first countries write it
# beside a numeric date ("12/03/2024 14:05"; "3/12/2024 2:05 PM" is month first)
_CLOCK_24 = regex.compile(r"(?<![\d:.])(1[3-9]|2[0-3])[:.h]\d\d(?!\d)(?!\s?[ap]\.?\s?m\b)", regex.IGNORECASE)


_TIME_AFTER = regex.compile(r",?\s{1,3}(?:kl\.\s?)?\d{1,2}[:.]\d{2}(?![\d.])")


def _century(yy: int, ref: date | None) -> int:
    if ref is not None:
        y = ref.year // 100 * 100 + yy
        return y - 100 if y > ref.year + 1 else y
    return 2000 + yy if yy < 70 else 1900 + yy


def _stamp_alone(m: regex.Match) -> bool:
    """Whether a matched date ends its text and only a stamp's words lead to it: a publication
    cue, a weekday ("Published 09.03.24", "Sa., 09.03.24"); not an update cue ("Stand 05.03.24"
    is as often a score's or a version's state)."""
    if m.string[m.end() :].strip(" ,.;|·-–—"):
        return False
    v = _vocab()
    before = m.string[: m.start()]
    return v.cue_updated_re.search(before) is None and all(w.casefold() in v.stamp_words for w in _WORD.findall(before))


def _date_of(m: regex.Match, ref: date | None, dayfirst: bool | None) -> date | None:
    g = m.groupdict()
    v = _vocab()
    if g["iy"]:
        return _make_date(int(g["iy"]), int(g["im"]), int(g["id"]))
    if g["cy"]:
        return _make_date(int(g["cy"]), int(g["cm"]), int(g["cd"]))
    if g["yy"]:
        return _make_date(int(g["yy"]), int(g["ym"]), int(g["yd"]))
    if g["na"]:
        a, b, sep, ys = int(g["na"]), int(g["nb"]), g["nsep"], g["ny"]
        if len(ys) == 2:
            # "15.10.24" or "15-10-24" in a sentence may be a version or a score; with a time after
            # it, or as the whole line (a stamp), or after a stamp's words only ("Published
            # 09.03.24", "Sa., 09.03.24"), a date
            if sep != "/" and not (_TIME_AFTER.match(m.string, m.end()) or _stamp_alone(m)):
                return None
            y = _century(int(ys), ref)
        else:
            y = int(ys)
        if a > 12 and b > 12:
            return None
        if a > 12:
            day, month = a, b
        elif b > 12:
            month, day = a, b
        elif a == b:
            day = month = a
        else:
            # ("12.03.2024" is written day first; "/" and "-" both ways, and day first where the
            # stamp's own time is on a 24-hour clock: "12/03/2024 14:05")
            first = dayfirst
            if first is None and (
                sep == "." or _CLOCK_24.search(m.string, m.end(), m.end() + settings().numeric_date_clock_reach)
            ):
                first = True
            if first is None:
                return None
            day, month = (a, b) if first else (b, a)
        return _make_date(y, month, day)
    if g["mon1"]:
        mon, day, ys = v.months.get(g["mon1"].casefold()), int(g["md"]), g["my"]
    else:
        mon, day, ys = v.months.get(g["mon2"].casefold()), int(g["dd"]), g["dy"]
    if mon is None:
        return None  # a month name the case-blind match took in a form the list does not hold
    month = mon
    if ys:
        year = _century(int(ys[1:]), ref) if ys[0] in "'’" else int(ys)
        return _make_date(year, month, day)
    if ref is None or not (1 <= day <= 31):
        return None
    return _closest_year(month, day, ref)


def _zone(name: str | None, local: datetime) -> timezone | None:
    """A fixed-offset zone for an abbreviation or offset, for this local time."""
    if not name:
        return None
    name = name.strip()
    if name.upper() == "Z":
        return timezone.utc
    v = _vocab()
    value = v.zones.get(name)
    if value is None:
        m = regex.fullmatch(r"(?:UTC|GMT)?\s?([+-])(\d{1,2}):?(\d{2})?", name, regex.IGNORECASE)
        if not m:
            return None
        value = f"{m[1]}{int(m[2]):02d}:{m[3] or '00'}"
    if value[0] in "+-":
        sign = -1 if value[0] == "-" else 1
        hh, _, mm = value[1:].partition(":")
        return timezone(sign * timedelta(hours=int(hh), minutes=int(mm or 0)))
    try:
        from zoneinfo import ZoneInfo

        offset = local.replace(tzinfo=ZoneInfo(value)).utcoffset()
    except Exception:  # no tz database: the zone stays unknown rather than guessed
        return None
    return timezone(offset) if offset is not None else None


def _gap_ok(gap: str) -> bool:
    """Only separators, weekdays, cue words and connectors between a date and its time."""
    if len(gap) > 40 or any(ch.isdigit() for ch in gap):
        return False
    words = _vocab().stamp_words
    return all(w.casefold() in words for w in _WORD.findall(gap))


# morning and afternoon written before a Korean or Japanese clock, as "am" and "pm"
_AFTERNOON = {"오전": "am", "오후": "pm", "午前": "am", "午後": "pm"}


def _time_parts(t: regex.Match) -> tuple[int, int, int] | None:
    if t["H"] is not None:
        h, mi, s = int(t["H"]), int(t["M"]), int(t["S"] or 0)
        ap = t["ap"]
    elif t["H3"] is not None:
        h, mi, s, ap = int(t["H3"]), int(t["M3"]), 0, t["ap3"]
    elif t["H4"] is not None:
        h, mi, s, ap = int(t["H4"]), int(t["M4"]), 0, None
    else:
        h, mi, s, ap = int(t["H2"]), 0, 0, t["ap2"]
    if t["apk"]:
        ap = _AFTERNOON[t["apk"]]
    if ap:
        # (a Japanese or Korean twelve-hour clock may start at 0: "午前0時5分" is 00:05)
        if not (0 if t["apk"] else 1) <= h <= 12:
            return None
        pm = ap.casefold().startswith("p")
        h = h % 12 + (12 if pm else 0)
    if h > 23:
        return None
    return h, mi, s


def _nearby_time(s: str, start: int, end: int) -> regex.Match | None:
    v = _vocab()
    t = v.time_re.search(s, end, min(len(s), end + 60))
    # (not across an update cue: "08:39, 12 Mar 2024 Updated 08:41" keeps 08:39)
    if t is not None and _gap_ok(s[end : t.start()]) and v.cue_updated_re.search(s, end, t.start()) is None:
        return t
    best = None
    for t in v.time_re.finditer(s, max(0, start - 70), start):
        best = t
    if best is not None and _gap_ok(s[best.end() : start]):
        return best
    return None


def _with_time(d: date, m: regex.Match, s: str) -> DateValue:
    if m["iH"] is not None:
        h, mi, sec = int(m["iH"]), int(m["iM"]), int(m["iS"] or 0)
        if h > 23:
            return d
        micro = int((m["ifrac"] or "0")[:6].ljust(6, "0"))
        local = datetime(d.year, d.month, d.day, h, mi, sec, micro)
        tz = _zone(m["ioff"], local)
        if tz is None and m["ioff"] is None:
            t = _vocab().time_re.search(s, m.end(), min(len(s), m.end() + 12))
            # "2022-01-07 15:04 EST": a zone after the ISO time
            if t is None:
                zm = _ZONE_ABBR.match(s[m.end() : m.end() + 8])
                tz = _zone(zm[1], local) if zm else None
        return local.replace(tzinfo=tz) if tz else local
    t = _nearby_time(s, m.start(), m.end())
    if t is None:
        return d
    parts = _time_parts(t)
    if parts is None:
        return d
    local = datetime(d.year, d.month, d.day, *parts)
    tz = _zone(t["tz"], local)
    return local.replace(tzinfo=tz) if tz else local


def _not_future(value: date, ref: date | None) -> bool:
    return ref is None or value <= ref + FUTURE_TOLERANCE

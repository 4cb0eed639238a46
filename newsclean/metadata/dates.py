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
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from typing import Union

import regex

from newsclean import rules

DateValue = Union[datetime, date]

MAX_DATE_TEXT = 2000  # parse_date/parse_relative read at most this many characters
MAX_STAMP_CHARS = 140  # longer lines are not date stamps
MAX_DATELINE_SCAN = 200  # a dateline sits in the first characters of a paragraph
MIN_YEAR, MAX_YEAR = 1800, 2199
FUTURE_TOLERANCE = timedelta(days=1)  # a date after reference + this is rejected

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


# --------------------------------------------------------------------------- vocabulary


def _numbered(concern: str) -> dict[str, str]:
    """Lines 'KEY word word ...' -> {word: KEY} (first language wins on a clash)."""
    out: dict[str, str] = {}
    for line in rules.pattern_sources(concern):
        key, *words = line.split()
        for w in words:
            out.setdefault(w.casefold(), key)
    return out


def _alts(words) -> str:
    """A regex alternation of literal words, longest first; spaces match any whitespace run."""
    items = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w).replace(r"\ ", r"\s{1,3}") for w in items)


@dataclass(frozen=True)
class _Vocab:
    months: dict[str, int]
    weekdays: frozenset[str]  # every form
    weekdays_full: tuple[str, ...]  # first form of each line (full names)
    cue_published: frozenset[str]
    cue_updated: frozenset[str]
    stamp_words: frozenset[str]  # single words allowed around a date in a stamp
    units: dict[str, str]
    number_words: dict[str, int]
    relative_days: dict[str, int]
    zones: dict[str, str]
    date_re: regex.Pattern
    time_re: regex.Pattern
    relative_res: tuple[regex.Pattern, ...]
    compact_re: tuple[regex.Pattern, ...]
    relative_day_re: regex.Pattern
    cue_updated_re: regex.Pattern
    cue_any_re: regex.Pattern
    dateline_caps_re: regex.Pattern
    dateline_title_re: regex.Pattern
    not_places: frozenset[str]


@lru_cache(maxsize=None)
def _vocab() -> _Vocab:
    months = {w: int(n) for w, n in _numbered("date_months").items()}
    weekday_lines = rules.pattern_sources("date_weekdays")
    weekdays = frozenset(w.casefold() for line in weekday_lines for w in line.split())
    weekdays_full = tuple(line.split()[0].casefold() for line in weekday_lines)
    cue_pub = rules.phrases("date_cues_published")
    cue_upd = rules.phrases("date_cues_updated")
    connectors = rules.phrases("date_connectors")
    units = _numbered("date_units")
    number_words = {w: int(n) for w, n in _numbered("date_number_words").items()}
    relative_days = {w: int(n) for w, n in _numbered("date_relative_days").items()}
    zones: dict[str, str] = {}
    for line in rules.pattern_sources("date_zones"):
        name, value = line.split()[:2]
        zones.setdefault(name, value)
    stamp_words = set(weekdays)
    for phrase in cue_pub | cue_upd | connectors:
        stamp_words.update(phrase.split())
    stamp_words.update(z.casefold() for z in zones)
    # "heute um 12:19 Uhr", "yesterday at 9:30": a day named by its distance to today
    stamp_words.update(w for w in relative_days if " " not in w)
    # a share button glued to the stamp ("Giriş: 03.07.2024 - 18:24 ... facebook")
    stamp_words.update(w for w in rules.phrases("share_networks") if " " not in w and len(w) > 2)

    mon = _alts(months)
    mon_end = r"(?!\p{L})\.?"
    iso = (
        r"(?<![\d.])(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
        r"(?:(?:T|\s{1,3}|\s?T\s?)(?P<iH>\d{1,2}):(?P<iM>\d{2})(?::(?P<iS>\d{2})(?:[.,](?P<ifrac>\d{1,9}))?)?"
        r"\s?(?P<ioff>Z(?![A-Za-z])|[+-]\d{2}(?::?\d{2})?(?!\d))?)?(?!\d)"
    )
    cjk = r"(?P<cy>\d{4})\s?[年년]\s?(?P<cm>\d{1,2})\s?[月월]\s?(?P<cd>\d{1,2})\s?[日일]"
    ymd = r"(?<![\d.])(?P<yy>\d{4})(?P<ysep>[/.])(?P<ym>\d{1,2})(?P=ysep)(?P<yd>\d{1,2})(?![\d])"
    # (a space may follow the dots: "06. 01. 2026")
    num = (
        r"(?<![\d./-])(?P<na>\d{1,2})(?P<nsep>[/.-])(?:(?<=\.)\s)?(?P<nb>\d{1,2})(?P=nsep)(?:(?<=\.)\s)?"
        r"(?P<ny>\d{4}|\d{2})(?![\d]|\.\d)"
    )
    mdy = (
        rf"(?<!\p{{L}})(?P<mon1>{mon}){mon_end}\s{{0,3}}(?P<md>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
        r"(?:(?:\s{0,3},\s{0,3}|\s{1,3})(?P<my>\d{4})(?!\d))?"
    )
    dmy = (
        r"(?<![\p{L}\d])(?P<dd>\d{1,2})(?:st|nd|rd|th|er|re|e|º|°)?(?:\.\s{0,3}|\s{1,3})(?:de\s{1,3})?"
        rf"(?P<mon2>{mon}){mon_end}(?:(?:\s{{0,3}},\s{{0,3}}|\s{{1,3}}|(?<=\d\.\p{{L}}{{3,9}}\.))(?:de\s{{1,3}})?"
        r"(?P<dy>\d{4})(?!\d))?"
    )
    date_re = regex.compile("|".join(f"(?:{p})" for p in (iso, cjk, ymd, num, mdy, dmy)), regex.IGNORECASE)

    zone_alts = _alts(zones)
    # (an offset after UTC/GMT first: "GMT+2" is not "GMT" and a stray "+2")
    zone = (
        rf"(?:\s{{0,2}}\(?\s?(?P<tz>(?:UTC|GMT)\s?[+-]\d{{1,2}}(?::?\d{{2}})?(?!\d)|(?-i:{zone_alts})(?![\w])"
        r"|[+-]\d{2}:?\d{2}(?!\d))\)?)?"
    )
    ampm = r"(?P<ap>[ap]\.?\s?m\.?)(?!\p{L})"
    time_re = regex.compile(
        r"(?<![\d:.])(?:(?P<H>\d{1,2})(?::|h)(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d)(?:[.,]\d{1,6})?)?(?!\d)"
        rf"(?:\s?{ampm})?|(?P<H2>\d{{1,2}})\s?{ampm.replace('ap>', 'ap2>')}"
        # "02.00 EST", "10.30 Uhr": a dot between hour and minutes only before a zone, am/pm or "Uhr"
        rf"|(?P<H3>\d{{1,2}})\.(?P<M3>[0-5]\d)(?:\s?(?P<ap3>[ap]\.?\s?m\.?)(?!\p{{L}})"
        rf"|(?=\s?(?:(?-i:{zone_alts})(?![\w])|uhr\b)))"
        # Japanese, Chinese and Korean clocks: "10時30分", "10시 30분"
        r"|(?P<H4>\d{1,2})\s?[時时시]\s?(?P<M4>[0-5]?\d)\s?[分분])"
        r"(?:\s?(?:uhr|hrs|horas)(?!\p{L}))?" + zone,
        regex.IGNORECASE,
    )

    relative_res = tuple(regex.compile(p, regex.IGNORECASE) for p in rules.pattern_sources("date_relative_patterns"))
    compact_re = tuple(regex.compile(p, regex.IGNORECASE) for p in rules.pattern_sources("date_compact_patterns"))
    relative_day_re = regex.compile(rf"(?<![\p{{L}}'])(?:{_alts(relative_days)})(?![\p{{L}}'])", regex.IGNORECASE)
    cue_updated_re = regex.compile(rf"(?<!\p{{L}})(?:{_alts(cue_upd)})(?!\p{{L}})", regex.IGNORECASE)
    cue_any_re = regex.compile(rf"(?<!\p{{L}})(?:{_alts(cue_upd | cue_pub)})(?!\p{{L}})", regex.IGNORECASE)

    not_places = rules.phrases("dateline_not_places")
    region = rf"(?:,\s?(?!(?i:{mon})\.?\s?\d)(?P<region>\p{{Lu}}[\p{{L}}.]{{0,13}}(?:\s\p{{Lu}}[\p{{L}}.]{{0,13}})?))?"
    day_part = (
        rf"(?:,\s?(?:(?P<mon>(?i:{mon})){mon_end}\s?(?P<day>\d{{1,2}})"
        rf"|(?P<day2>\d{{1,2}})\.?\s(?P<mon2>(?i:{mon})){mon_end})(?!\d))?"
    )
    agency = r"\s?(?:\((?P<agency>[^()\n]{1,40})\))?"
    loc_caps = r"(?P<loc>\p{Lu}[\p{Lu}'’.&-]*+(?:[ /]\p{Lu}[\p{Lu}'’.&-]*+){0,4})"
    loc_title = r"(?P<loc>\p{Lu}\p{Ll}++(?:[ -]\p{Lu}\p{Ll}++){0,2})"
    dateline_caps_re = regex.compile(rf"\s{{0,3}}{loc_caps}{region}{day_part}{agency}\s?(?:[-–—]{{1,2}}|:)\s(?=\S)")
    dateline_title_re = regex.compile(
        rf"\s{{0,3}}{loc_title}{region}{day_part}\s?\((?P<agency>[^()\n]{{1,40}})\)\s?[-–—]{{1,2}}\s(?=\S)"
    )

    return _Vocab(
        months,
        weekdays,
        weekdays_full,
        cue_pub,
        cue_upd,
        frozenset(stamp_words),
        units,
        number_words,
        relative_days,
        zones,
        date_re,
        time_re,
        relative_res,
        compact_re,
        relative_day_re,
        cue_updated_re,
        cue_any_re,
        dateline_caps_re,
        dateline_title_re,
        not_places,
    )


# --------------------------------------------------------------------------- helpers

_WS = regex.compile(r"[\s\u00a0\u2009\u202f]+")
_DATELINE_DASH = regex.compile(r"\s?(?:[-–—]{1,2}|:)$")
_ZONE_ABBR = regex.compile(r"\s{0,2}(?-i:([A-Z]{1,5}))(?![\w])")
_DIGIT = regex.compile(r"\d")  # the same digits as \d in date_re and time_re
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")


# words a page's markup glued together when its visible text was taken: a year to the time
# ("April 25, 20232:26 PM"), a zone or a number to the next word ("UTCUpdated", "GMT+2Last",
# "readApril"), a cue word to the day ("Publiziert6. November 2025")
_GLUED = regex.compile(
    r"(?<=(?<!\d)(?:19|20)\d\d)(?=\d{1,2}:\d\d(?!\d))"
    r"|(?<=\p{Ll}|\p{Lu}{2}|\d)(?=\p{Lu}\p{Ll}{2})"
    r"|(?<=\p{Ll}{3})(?=\d{1,2}\.\s)"
)


def _prep(text: str, limit: int = MAX_DATE_TEXT) -> str:
    return _GLUED.sub(" ", _WS.sub(" ", text[:limit])).strip()


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


_TIME_AFTER = regex.compile(r",?\s{1,3}(?:kl\.\s?)?\d{1,2}[:.]\d{2}(?![\d.])")


def _century(yy: int, ref: date | None) -> int:
    if ref is not None:
        y = ref.year // 100 * 100 + yy
        return y - 100 if y > ref.year + 1 else y
    return 2000 + yy if yy < 70 else 1900 + yy


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
            # "15.10.24" alone may be a version or a score; with a time after it, a date
            if sep != "/" and not (sep == "." and _TIME_AFTER.match(m.string, m.end())):
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
            first = dayfirst if dayfirst is not None else (True if sep == "." else None)
            if first is None:
                return None
            day, month = (a, b) if first else (b, a)
        return _make_date(y, month, day)
    if g["mon1"]:
        month, day, ys = v.months[g["mon1"].casefold()], int(g["md"]), g["my"]
    else:
        month, day, ys = v.months[g["mon2"].casefold()], int(g["dd"]), g["dy"]
    if ys:
        return _make_date(int(ys), month, day)
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
    if ap:
        if not 1 <= h <= 12:
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


# --------------------------------------------------------------------------- public: absolute dates


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


# --------------------------------------------------------------------------- public: relative ages


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


# --------------------------------------------------------------------------- public: stamps

_NUMERIC_DATE = regex.compile(r"(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/-])")
_CLOCK_24 = regex.compile(r"(?<![\d:.])(1[3-9]|2[0-3])[:.h]\d\d(?!\d)(?!\s?[ap]\.?\s?m\b)", regex.IGNORECASE)


def page_dayfirst(texts) -> bool | None:
    """Whether a page writes numeric dates day first, from its own lines: a date that can only
    be read one way ("25/04/2026" is day first, "04/25/2026" month first) settles it; without
    one, a 24-hour time in a stamp ("02/12/2024 - 20:56"; the month-first countries write
    "8:56 PM") means day first. None when the page does not tell or tells both.

    >>> page_dayfirst(["Published 25/04/2026", "Updated 02/05/2026"]), page_dayfirst(["4/25/2026"])
    (True, False)
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
        clock = clock or _CLOCK_24.search(text[:MAX_DATE_TEXT]) is not None
    if len(found) == 1:
        return found.pop()
    return True if not found and clock else None


def looks_like_date_line(text: str) -> bool:
    """True for a short line that is only a date/time stamp ("Updated 1:39 am EST, ...").

    >>> looks_like_date_line("Jan. 7, 2022 at 3:04 p.m."), looks_like_date_line(" date 2022-01-07")
    (True, True)
    >>> looks_like_date_line("The plant opened on Jan. 7, 2022, after delays.")
    False
    """
    if not text:
        return False
    s = _prep(text, MAX_STAMP_CHARS + 1)
    if not s or len(s) > MAX_STAMP_CHARS:
        return False
    v = _vocab()
    spans: list[tuple[int, int]] = []
    # every branch of date_re and time_re holds a digit: without one they cannot match
    if _DIGIT.search(s) is not None:
        for m in v.date_re.finditer(s):
            if _date_of(m, date(MAX_YEAR, 12, 31), True) is not None:
                spans.append(m.span())
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


# --------------------------------------------------------------------------- public: datelines


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
    head = text[:MAX_DATELINE_SCAN]
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
        month, day = v.months[m["mon"].casefold()], int(m["day"])
    elif m["mon2"]:
        month, day = v.months[m["mon2"].casefold()], int(m["day2"])
    if day is not None and not 1 <= day <= 31:
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

"""The date vocabulary: month and weekday names, relative units, zones and cue words of
rules/data, loaded once into patterns, and the shared limits and text helpers.

Split from :mod:`newsclean.metadata.dates` along its seams.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

import regex

from newsclean import rules

DateValue = datetime | date


MAX_DATE_TEXT = 2000  # parse_date/parse_relative read at most this many characters


MIN_YEAR, MAX_YEAR = 1800, 2199


FUTURE_TOLERANCE = timedelta(days=1)  # a date after reference + this is rejected


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


@cache
def _vocab() -> _Vocab:
    months = {w: int(n) for w, n in _numbered("date_months").items()}
    # a month name in capitals folds to other letters than the word list's: Turkish dotless and
    # dotted i ("KASIM" folds to "kasim", not "kasım"; "EKİM" to "eki̇m")
    for w, n in list(months.items()):
        for form in (w.upper().casefold(), w.replace("i", "İ").casefold(), w.replace("ı", "i")):
            months.setdefault(form, n)
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
    # a hyphenated weekday is two words of a stamp ("terça-feira, 12 de março")
    stamp_words.update(part for w in weekdays if "-" in w for part in w.split("-") if part)
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
    # (a space may follow the dots, as Korean stamps write it: "2024. 3. 25.")
    ymd = (
        r"(?<![\d.])(?P<yy>\d{4})(?P<ysep>[/.])(?:(?<=\.)\s)?(?P<ym>\d{1,2})(?P=ysep)(?:(?<=\.)\s)?"
        r"(?P<yd>\d{1,2})(?![\d])"
    )
    # (a space may follow the dots: "06. 01. 2026")
    num = (
        r"(?<![\d./-])(?P<na>\d{1,2})(?P<nsep>[/.-])(?:(?<=\.)\s)?(?P<nb>\d{1,2})(?P=nsep)(?:(?<=\.)\s)?"
        r"(?P<ny>\d{4}|\d{2})(?![\d]|\.\d)"
    )
    mdy = (
        rf"(?<!\p{{L}})(?P<mon1>{mon}){mon_end}\s{{0,3}}(?P<md>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
        # (a year of two digits after an apostrophe: "Mar 12 '24")
        r"(?:(?:\s{0,3},\s{0,3}|\s{1,3})(?P<my>\d{4}|['’]\d{2})(?!\d))?"
    )
    dmy = (
        # (or hyphens all through: "12-Mar-2024")
        r"(?<![\p{L}\d])(?P<dd>\d{1,2})(?:st|nd|rd|th|er|re|e|º|°)?(?:\.\s{0,3}|\s{1,3}|(?P<dash>-))(?:(?:de|of)\s{1,3})?"
        rf"(?P<mon2>{mon}){mon_end}(?(dash)(?=-\d{{4}}(?!\d)))"
        rf"(?:(?(dash)-|(?:\s{{0,3}},\s{{0,3}}|\s{{1,3}}|(?<=\d\.\p{{L}}{{3,9}}\.)))(?:del?\s{{1,3}})?"
        r"(?P<dy>\d{4}|['’]\d{2})(?!\d))?"
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
        # (Korean and Japanese write morning or afternoon before the clock: "오후 2:05", "午後2:05")
        r"(?<![\d:.])(?:(?P<apk>오전|오후|午前|午後)\s?)?(?:"
        # (French may space the "h": "14 h 05")
        r"(?P<H>\d{1,2})(?::|h|\sh\s)(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d)(?:[.,]\d{1,6})?)?(?!\d)"
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


_WS = regex.compile(r"[\s\u00a0\u2009\u202f]+")


_DATELINE_DASH = regex.compile(r"\s?(?:[-–—]{1,2}|:)$")


_ZONE_ABBR = regex.compile(r"\s{0,2}(?-i:([A-Z]{1,5}))(?![\w])")


_DIGIT = regex.compile(r"\d")  # the same digits as \d in date_re and time_re


_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")


# words a page's markup glued together when its visible text was taken: a year to the time
# ("April 25, 20232:26 PM"), a zone or a number to the next word ("UTCUpdated", "GMT+2Last",
# "readApril"), a cue word or a reading time to the day ("Publiziert6. November 2025", "4 min
# read6 February 2026")
_GLUED = regex.compile(
    r"(?<=(?<!\d)(?:19|20)\d\d)(?=\d{1,2}:\d\d(?!\d))"
    r"|(?<=\p{Ll}|\p{Lu}{2}|\d)(?=\p{Lu}\p{Ll}{2})"
    r"|(?<=\p{Ll}{3})(?=\d{1,2}\.?\s\p{L})"
)


def _prep(text: str, limit: int = MAX_DATE_TEXT) -> str:
    return _GLUED.sub(" ", _WS.sub(" ", text[:limit])).strip()

"""Every public recogniser stays fast on long runs of repeated characters."""

import time
from datetime import date, datetime

import pytest

from newsclean.metadata import bylines, dates, titles

FUNCTIONS = {
    "looks_like_byline": bylines.looks_like_byline,
    "parse_byline": bylines.parse_byline,
    "looks_like_credits": bylines.looks_like_credits,
    "parse_credits": bylines.parse_credits,
    "looks_like_name_line": bylines.looks_like_name_line,
    "normalise_author_list": lambda s: bylines.normalise_author_list([s]),
    "parse_date": lambda s: dates.parse_date(s, reference=date(2022, 1, 1), dayfirst=True),
    "parse_stamp": lambda s: dates.parse_stamp(s, reference=date(2022, 1, 1)),
    "parse_relative": lambda s: dates.parse_relative(s, datetime(2022, 1, 1, 12)),
    "is_relative_age": dates.is_relative_age,
    "looks_like_date_line": dates.looks_like_date_line,
    "find_dateline": dates.find_dateline,
    "strip_site_suffix": lambda s: titles.strip_site_suffix(s, "Daily Planet"),
    "strip_site_suffix_none": lambda s: titles.strip_site_suffix(s, None),
    "looks_like_headline": titles.looks_like_headline,
}
UNITS = ["a", " ", "A ", "1", "1/", "1-", "1.", ",", "By ", "|", "(", "Jan ", "12:", "A.", "x@", "@a", " - ",
         "de ", "\n", "ÉÉ", "年1", "By A, ", "5 days ago ", "AB CD ", "Jan 1, ", "(AP) ", "BEIJING ", "and "]


@pytest.mark.parametrize("unit", UNITS)
def test_100kb_of_repeats_is_fast(unit):
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    for name, fn in FUNCTIONS.items():
        fn("warm up")
        start = time.perf_counter()
        fn(text)
        assert time.perf_counter() - start < 0.5, name


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_empty_and_odd_input(name):
    fn = FUNCTIONS[name]
    for text in ("", " ", "\x00", "\u200b", "()", "|||", "—"):
        fn(text)  # must not raise

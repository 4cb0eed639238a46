"""Dates, relative ages, date stamps and datelines."""

from datetime import date, datetime, timedelta, timezone

import pytest

from newsclean.metadata.dates import (
    Dateline,
    find_dateline,
    is_relative_age,
    looks_like_date_line,
    parse_date,
    parse_relative,
    parse_stamp,
)

EST = timezone(timedelta(hours=-5))
EDT = timezone(timedelta(hours=-4))
UTC = timezone.utc


# ---------------------------------------------------------------- absolute dates

@pytest.mark.parametrize("text, expected", [
    ("2022-01-07", date(2022, 1, 7)),
    ("2022-01-07T15:04:05Z", datetime(2022, 1, 7, 15, 4, 5, tzinfo=UTC)),
    ("2022-01-07T15:04:05+01:00", datetime(2022, 1, 7, 15, 4, 5, tzinfo=timezone(timedelta(hours=1)))),
    ("2022-01-07T15:04:05.123-0500", datetime(2022, 1, 7, 15, 4, 5, 123000, tzinfo=EST)),
    ("2017-11-03 03:01:00.000000", datetime(2017, 11, 3, 3, 1)),
    ("2022-01-07 15:04", datetime(2022, 1, 7, 15, 4)),
    ("Jan 7, 2022", date(2022, 1, 7)),
    ("Jan. 7, 2022", date(2022, 1, 7)),
    ("January 7th, 2022", date(2022, 1, 7)),
    ("January 7, 2022 3:04 PM EST", datetime(2022, 1, 7, 15, 4, tzinfo=EST)),
    ("Jan. 7, 2022 at 3:04 p.m.", datetime(2022, 1, 7, 15, 4)),
    ("7 January 2022", date(2022, 1, 7)),
    ("07 Jan 2022 09:30 GMT", datetime(2022, 1, 7, 9, 30, tzinfo=UTC)),
    ("Fri, 07 Jan 2022 15:04:05 +0000", datetime(2022, 1, 7, 15, 4, 5, tzinfo=UTC)),
    ("2022/01/07", date(2022, 1, 7)),
    ("13/01/2022", date(2022, 1, 13)),
    ("01/13/2022", date(2022, 1, 13)),
    ("07.01.2022", date(2022, 1, 7)),
    ("Updated 1:39 am EST, Wednesday, November 20, 2019", datetime(2019, 11, 20, 1, 39, tzinfo=EST)),
    ("Published: Jul 24, 2018, 2:15pm EDT", datetime(2018, 7, 24, 14, 15, tzinfo=EDT)),
    ("February 1, 2016: 12:41 PM ET", datetime(2016, 2, 1, 12, 41, tzinfo=EST)),
    ("July 1, 2016 12:41 PM ET", datetime(2016, 7, 1, 12, 41, tzinfo=EDT)),
    ("2017年3月10日", date(2017, 3, 10)),
])
def test_parse_date(text, expected):
    got = parse_date(text)
    assert got == expected
    assert type(got) is type(expected)


@pytest.mark.parametrize("text, expected", [
    ("7. Januar 2022", date(2022, 1, 7)),
    ("Veröffentlicht am 3. März 2021, 14:05 Uhr", datetime(2021, 3, 3, 14, 5)),
    ("1er janvier 2022", date(2022, 1, 1)),
    ("Publié le 04.05.2015 à 13h36", datetime(2015, 5, 4, 13, 36)),
    ("7 de enero de 2022", date(2022, 1, 7)),
    ("21 maggio 2021", date(2021, 5, 21)),
    ("3 de março de 2020 às 10:15", datetime(2020, 3, 3, 10, 15)),
    ("7 maart 2022", date(2022, 3, 7)),
    ("12 dicembre 2019 alle 18:30", datetime(2019, 12, 12, 18, 30)),
])
def test_parse_date_other_languages(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["07/01/2022", "05-06-2021"])
def test_ambiguous_numeric_needs_a_hint(text):
    assert parse_date(text) is None
    first = parse_date(text, dayfirst=True)
    second = parse_date(text, dayfirst=False)
    assert first is not None and second is not None
    assert (first.day, first.month) == (second.month, second.day)


@pytest.mark.parametrize("text", [
    "Jan 7", "7 January", "January 2022", "2022", "Page 12 of 40", "", "version 1.2.3", "Call 555-1234",
    "2022-13-45", "February 30, 2022",
])
def test_incomplete_or_invalid_dates_are_none(text):
    assert parse_date(text) is None


def test_year_comes_from_reference_never_from_the_clock():
    assert parse_date("Jan 7") is None
    assert parse_date("Jan 7", reference=date(2022, 3, 1)) == date(2022, 1, 7)
    # the year that puts the date closest before the reference
    assert parse_date("Dec 30", reference=date(2022, 1, 2)) == date(2021, 12, 30)
    assert parse_date("March 18 at 12:22 PM", reference=datetime(2015, 3, 20, 8, 0)) == datetime(2015, 3, 18, 12, 22)


def test_date_after_reference_is_rejected():
    assert parse_date("January 7, 2030", reference=date(2022, 1, 1)) is None
    assert parse_date("January 7, 2022", reference=date(2022, 1, 7)) == date(2022, 1, 7)


def test_stamp_separates_published_and_updated():
    st = parse_stamp("April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm")
    assert st.published == datetime(2019, 4, 28, 6, 1)
    assert st.modified == datetime(2019, 4, 29, 15, 33)
    st = parse_stamp("Updated 1:39 am EST, Wednesday, November 20, 2019")
    assert st.published is None
    assert st.modified == datetime(2019, 11, 20, 1, 39, tzinfo=EST)
    st = parse_stamp("Publié le 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13")
    assert st.published == datetime(2015, 5, 4, 13, 36)
    assert st.modified == datetime(2015, 5, 5, 20, 13)


# ---------------------------------------------------------------- relative ages

REF = datetime(2022, 1, 10, 12, 0)


@pytest.mark.parametrize("text, expected", [
    ("5 days ago", date(2022, 1, 5)),
    ("1 day ago", date(2022, 1, 9)),
    ("2 hrs ago", datetime(2022, 1, 10, 10, 0)),
    ("an hour ago", datetime(2022, 1, 10, 11, 0)),
    ("45 minutes ago", datetime(2022, 1, 10, 11, 15)),
    ("yesterday", date(2022, 1, 9)),
    ("3w", date(2021, 12, 20)),
    ("2h", datetime(2022, 1, 10, 10, 0)),
    ("2 months ago", date(2021, 11, 10)),
    ("a year ago", date(2021, 1, 10)),
    ("vor 5 Tagen", date(2022, 1, 5)),
    ("vor einer Stunde", datetime(2022, 1, 10, 11, 0)),
    ("gestern", date(2022, 1, 9)),
    ("il y a 5 jours", date(2022, 1, 5)),
    ("hace 5 días", date(2022, 1, 5)),
    ("5 giorni fa", date(2022, 1, 5)),
    ("há 5 dias", date(2022, 1, 5)),
    ("5 dagen geleden", date(2022, 1, 5)),
    ("Updated 2 hours ago", datetime(2022, 1, 10, 10, 0)),
])
def test_parse_relative(text, expected):
    got = parse_relative(text, REF)
    assert got == expected
    assert type(got) is type(expected)


def test_relative_never_uses_the_clock():
    assert parse_relative("5 days ago", None) is None
    assert parse_relative("yesterday", None) is None


def test_relative_hours_need_a_reference_time():
    assert parse_relative("2 hrs ago", date(2022, 1, 10)) is None
    assert parse_relative("2 days ago", date(2022, 1, 10)) == date(2022, 1, 8)


def test_relative_keeps_the_reference_zone():
    ref = datetime(2022, 1, 10, 12, 0, tzinfo=UTC)
    assert parse_relative("3 hours ago", ref) == datetime(2022, 1, 10, 9, 0, tzinfo=UTC)


def test_month_arithmetic_clamps_the_day():
    assert parse_relative("1 month ago", date(2022, 3, 31)) == date(2022, 2, 28)


@pytest.mark.parametrize("text, expected", [
    ("5 days ago", True), ("2 hrs ago", True), ("an hour ago", True), ("Yesterday", True), ("3w", True),
    ("Updated 2 hrs ago", True), ("vor 5 Tagen", True), ("il y a 5 jours", True), ("hace 5 días", True),
    ("5 giorni fa", True), ("há 5 dias", True), ("5 dagen geleden", True),
    ("The vote was held 5 days ago in the capital.", False), ("5 days", False), ("Jan 7, 2022", False),
    ("3 wins in a row", False), ("", False),
])
def test_is_relative_age(text, expected):
    assert is_relative_age(text) is expected


# ---------------------------------------------------------------- date lines

@pytest.mark.parametrize("text", [
    " date 2022-01-07",
    "Updated 1:39 am EST, Wednesday, November 20, 2019",
    "5 days ago",
    "Jan. 7, 2022 at 3:04 p.m.",
    "Published: January 7, 2022",
    "Posted on 7 January 2022",
    "April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm",
    "Veröffentlicht am 7. Januar 2022",
    "Mis à jour le 05.05.2015 à 20h13",
    "Fri 7 Jan 2022 10.00 GMT".replace("10.00", "10:00"),
    "Updated 3:04 PM",
    "Yesterday",
])
def test_looks_like_date_line(text):
    assert looks_like_date_line(text)


@pytest.mark.parametrize("text", [
    "The plant opened on Jan. 7, 2022, after long delays.",
    "By Ann Lee, January 7, 2022",
    "Chapter 5",
    "2022",
    "Most read",
    "Schools closed on Monday",
    "",
])
def test_not_a_date_line(text):
    assert not looks_like_date_line(text)


# ---------------------------------------------------------------- datelines

@pytest.mark.parametrize("text, location, agency, month, day, core", [
    ("BEIJING, Jan 7 (Reuters) - Chinese authorities said on Friday they would act.",
     "BEIJING", "Reuters", 1, 7, "BEIJING, Jan 7 (Reuters)"),
    ("WASHINGTON (AP) — The Senate voted on Tuesday.", "WASHINGTON", "AP", None, None, "WASHINGTON (AP)"),
    ("LONDON — Rain fell all week across the city.", "LONDON", None, None, None, "LONDON"),
    ("NEW YORK, March 3 (Reuters) - Stocks rose.", "NEW YORK", "Reuters", 3, 3, "NEW YORK, March 3 (Reuters)"),
    ("BERLIN, Vt. (WCAX) - A barn burned down overnight.", "BERLIN, Vt.", "WCAX", None, None, "BERLIN, Vt. (WCAX)"),
    ("PARIS (AFP) - Le gouvernement a annoncé mardi une réforme.", "PARIS", "AFP", None, None, "PARIS (AFP)"),
    ("SAN FRANCISCO/LONDON, Jan. 12 (Reuters) - Shares fell.", "SAN FRANCISCO/LONDON", "Reuters", 1, 12,
     "SAN FRANCISCO/LONDON, Jan. 12 (Reuters)"),
    ("Berlin (dpa) - Die Regierung hat am Montag beschlossen.", "Berlin", "dpa", None, None, "Berlin (dpa)"),
    ("PARIS, 7 janvier (Reuters) - Le gouvernement a annoncé.", "PARIS", "Reuters", 1, 7, "PARIS, 7 janvier (Reuters)"),
])
def test_find_dateline(text, location, agency, month, day, core):
    d = find_dateline(text)
    assert d is not None
    assert (d.location, d.agency, d.month, d.day, d.text) == (location, agency, month, day, core)
    assert text[d.end:][:1].isalpha()


@pytest.mark.parametrize("text", [
    "Rain fell all week in London.",
    "UPDATE - the story has changed.",
    "I — like many others — was surprised.",
    "The Senate (AP) voted.",
    "NATO said on Tuesday that talks would resume.",
    "",
])
def test_no_dateline(text):
    assert find_dateline(text) is None


def test_dateline_resolve():
    d = find_dateline("BEIJING, Jan 7 (Reuters) - Chinese authorities said.")
    assert d.resolve(2022) == date(2022, 1, 7)
    assert d.resolve(date(2022, 1, 9)) == date(2022, 1, 7)
    assert d.resolve(datetime(2022, 1, 3, 10, 0)) == date(2021, 1, 7)
    assert d.resolve(None) is None
    assert Dateline(text="LONDON", location="LONDON").resolve(2022) is None


@pytest.mark.parametrize("text", ["Mar 4, 2024 · 4 min read", "4. März 2024 · Lesezeit: 3 Min.",
                                  "5 mars 2024 - 4 min de lecture"])
def test_date_line_with_reading_time(text):
    assert looks_like_date_line(text)
    assert parse_date(text) is not None


def test_reading_time_alone_is_not_a_date_line():
    assert not looks_like_date_line("4 min read")


@pytest.mark.parametrize("text, expected", [
    ("21.dez.2018 às 12h55", datetime(2018, 12, 21, 12, 55)),
    ("Thu 3 Jan 2019 02.00 EST", datetime(2019, 1, 3, 2, 0, tzinfo=EST)),
    ("4 March 2024 10.30 pm", datetime(2024, 3, 4, 22, 30)),
    ("3. März 2021, 14.05 Uhr", datetime(2021, 3, 3, 14, 5)),
])
def test_dotted_forms(text, expected):
    assert parse_date(text) == expected


def test_guardian_style_stamp():
    st = parse_stamp("Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST")
    assert st.published == datetime(2019, 1, 3, 2, 0, tzinfo=EST)
    assert st.modified == datetime(2019, 1, 16, 6, 16, tzinfo=EST)
    assert looks_like_date_line("Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST")


def test_dotted_number_is_not_a_time_without_a_cue():
    assert parse_date("7 January 2022 3.5 percent") == date(2022, 1, 7)


@pytest.mark.parametrize("line, published, modified", [
    ("Giriş: 03.07.2024 - 18:24 Güncelleme: 03.07.2024 - 18:57", datetime(2024, 7, 3, 18, 24), datetime(2024, 7, 3, 18, 57)),
    ("5 gennaio 2025 ( modifica il 6 gennaio 2025 | 15:24)", date(2025, 1, 5), datetime(2025, 1, 6, 15, 24)),
    ("Publicerad 2 augusti 2026 kl. 22.31", date(2026, 8, 2), None),
    ("Oppdatert 5. august 2024, kl. 13.52", None, date(2024, 8, 5)),
    ("søndag 4. februar 2024", date(2024, 2, 4), None),
    ("12 nisan 2024 cuma", date(2024, 4, 12), None),
])
def test_stamps_in_more_languages(line, published, modified):
    assert looks_like_date_line(line)
    st = parse_stamp(line)
    assert st.published == published and st.modified == modified


def test_offset_after_gmt_is_read():
    st = parse_stamp("April 25, 2023 · 1:36 PM GMT+2")
    assert st.published == datetime(2023, 4, 25, 13, 36, tzinfo=timezone(timedelta(hours=2)))
    assert looks_like_date_line(" · April 25, 2023 · 1:36 PM GMT+2")
    assert parse_stamp("Friday, 22 Nov 2024 4:55 PM MYT").published.utcoffset() == timedelta(hours=8)


from newsclean.metadata import dates  # noqa: E402


def test_page_dayfirst_from_an_unambiguous_date_or_a_24_hour_clock():
    assert dates.page_dayfirst(["Published 25/04/2026", "06/01/2026"]) is True
    assert dates.page_dayfirst(["4/25/2026 8:56 PM"]) is False
    assert dates.page_dayfirst(["Published on 06/01/2026 - 13:55"]) is True
    assert dates.page_dayfirst(["06/01/2026 1:55 PM"]) is None
    assert dates.page_dayfirst(["25/04/2026", "04/25/2026"]) is None


def test_glued_year_and_time_and_glued_words_are_read():
    s = dates.parse_stamp("March 7, 20247:55 AM UTCUpdated 2 hours ago")
    assert s.published.date() == date(2024, 3, 7) and s.published.hour == 7
    assert dates.looks_like_date_line("2 minute readApril 25, 20232:26 PM GMT+2")


def test_publication_cues_of_more_languages():
    assert dates.looks_like_date_line("Publisert 05.08.2024, kl. 13.05 Oppdatert 05.08.2024, kl. 13.52")
    assert dates.parse_stamp("입력 2026.07.12 22:09").published == datetime(2026, 7, 12, 22, 9)
    assert dates.parse_date("14 мая 2025, 20:28") == datetime(2025, 5, 14, 20, 28)
    assert dates.parse_date("Opublikowano: 12 marca 2024") == date(2024, 3, 12)


def test_japanese_and_korean_clocks_and_a_japanese_weekday():
    assert dates.looks_like_date_line("2024年4月26日 10時30分")
    assert dates.parse_stamp("2024年4月26日（金）10時30分").published == datetime(2024, 4, 26, 10, 30)
    assert dates.looks_like_date_line("2024年4月26日(金) 10:30")
    assert dates.parse_stamp("2024년 4월 26일 10시 30분").published == datetime(2024, 4, 26, 10, 30)
    assert not dates.looks_like_date_line("Das 10時 Ding 26.04.2024")


def test_the_time_after_an_update_cue_is_not_the_publication_time():
    s = dates.parse_stamp("08:39, 12 Mar 2024Updated 08:41, 12 Mar 2024")
    assert s.published == datetime(2024, 3, 12, 8, 39)
    assert s.modified == datetime(2024, 3, 12, 8, 41)


@pytest.mark.parametrize("line, expected", [
    ("Udgivet 12. marts 2024 kl. 14.05", date(2024, 3, 12)),  # Danish cue
    ("12 maart 2024 om 14.05 uur", date(2024, 3, 12)),  # Dutch clock with a dot
    ("12 марта 2024 г. в 14:05", date(2024, 3, 12)),  # Russian connectors
    ("Diterbitkan 12 Maret 2024, 14:05 WIB", date(2024, 3, 12)),  # Indonesian cue and month
    ("Senin, 11 Maret 2024 pukul 14:05 WIB", date(2024, 3, 11)),  # Indonesian weekday, connector
    ("입력 2024. 3. 12. 오후 2:05", date(2024, 3, 12)),  # Korean dots with spaces
])
def test_date_lines_in_more_languages(line, expected):
    assert looks_like_date_line(line)
    value = parse_stamp(line).published
    assert value is not None and (value.date() if isinstance(value, datetime) else value) == expected


def test_morning_and_afternoon_before_a_korean_or_japanese_clock():
    assert parse_stamp("입력 2024. 3. 12. 오후 2:05").published == datetime(2024, 3, 12, 14, 5)
    assert parse_stamp("입력 2024.03.12 오전 11:05").published == datetime(2024, 3, 12, 11, 5)
    assert parse_stamp("2024年3月12日 午後2時05分").published == datetime(2024, 3, 12, 14, 5)
    assert parse_stamp("2024年3月12日 午前0時05分").published == datetime(2024, 3, 12, 0, 5)


REF_AGE = datetime(2024, 3, 25, 18, 0)


@pytest.mark.parametrize("line", [
    "for 3 timer siden",  # Norwegian, Danish
    "för 3 timmar sedan",  # Swedish
    "3 godziny temu",  # Polish
    "3 часа назад",  # Russian
    "3 saat önce",  # Turkish
    "3 jam yang lalu",  # Indonesian
    "3時間前",  # Japanese
    "3시간 전",  # Korean
])
def test_relative_ages_in_more_languages(line):
    assert is_relative_age(line) and looks_like_date_line(line)
    assert parse_relative(line, REF_AGE) == datetime(2024, 3, 25, 15, 0)


def test_relative_ages_in_more_languages_with_number_words_and_days():
    assert parse_relative("for en time siden", REF_AGE) == datetime(2024, 3, 25, 17, 0)
    assert parse_relative("för två dagar sedan", REF_AGE) == date(2024, 3, 23)
    assert parse_relative("2 dni temu", REF_AGE) == date(2024, 3, 23)
    assert parse_relative("2日前", REF_AGE) == date(2024, 3, 23)
    assert not is_relative_age("3 saat sonra")  # "in 3 hours": no age


def test_a_version_number_with_dots_is_no_spaced_korean_date():
    assert parse_date("Version 2024. 3. released") is None
    assert not looks_like_date_line("Chapter 2024. 3. 12 words")


def test_a_two_digit_year_numeric_date_alone_on_its_line_is_a_stamp():
    # the whole line is the stamp ("05.03.24" under a byline); in a sentence or after another
    # word it may be a version or a score, and needs its time to be a date
    assert dates.parse_date("05.03.24") == date(2024, 3, 5)
    assert dates.looks_like_date_line(" 05-03-24 ")
    assert dates.parse_date("Firmware 15.10.24 fixes the bug") is None
    assert dates.parse_date("Stand 05.03.24") is None
    assert dates.parse_date("05.03.24, 15:05") == datetime(2024, 3, 5, 15, 5)

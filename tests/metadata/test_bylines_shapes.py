"""Byline shapes that credited the wrong words: an outlet after "Von", a brand with digits, a
person "with" an agency, a section list after "in", a weekday before the date, a label glued to
the name, a job title with a lower-case title word and the outlet after it. Invented names throughout."""

import pytest

from newsclean.metadata.bylines import Byline, parse_byline


def roles(b: Byline, role: str) -> list[str]:
    return [c.name for c in b.contributors if c.role == role]


@pytest.mark.parametrize(
    "text",
    ["Von Stadtspiegel", "Von Stadtspiegel, Berlin", "Von Stadtspiegel 12.03.2024", "Di Gazzettino"],
)
def test_a_particle_marker_before_one_word_credits_no_person(text):
    # (never the "person" "Von Stadtspiegel": one word after the particle is no full name)
    assert parse_byline(text).authors == []


@pytest.mark.parametrize(
    "text, authors",
    [
        ("Von Anna Berg", ["Anna Berg"]),
        ("Von Stadtspiegel | Anna Berg", ["Anna Berg"]),
        ("Von Anna Berg25. April 2024", ["Anna Berg"]),
    ],
)
def test_a_particle_marker_before_a_full_name_still_credits_it(text, authors):
    assert parse_byline(text).authors == authors


@pytest.mark.parametrize("text", ["By Kitchen42", "By Kitchen42 Editors"])
def test_a_brand_with_digits_is_never_cut_to_a_person_at_its_digits(text):
    assert parse_byline(text).authors == []


@pytest.mark.parametrize(
    "text, authors",
    [
        ("By Ann Lee2 hours ago", ["Ann Lee"]),
        ("By Ann Lee3 min read", ["Ann Lee"]),
        ("By Ann Lee0", ["Ann Lee"]),
        ("By Ann Lee0, Bo Chen & Cy Dart", ["Ann Lee", "Bo Chen", "Cy Dart"]),
    ],
)
def test_a_date_reading_time_or_counter_glued_to_a_name_is_still_cut(text, authors):
    assert parse_byline(text).authors == authors


@pytest.mark.parametrize(
    "text, authors, agency",
    [
        ("Ann Lee with Reuters", ["Ann Lee"], "Reuters"),
        ("By Ann Lee with the Associated Press", ["Ann Lee"], "Associated Press"),
        ("Anna Berg mit dpa", ["Anna Berg"], "dpa"),
    ],
)
def test_a_person_with_an_agency_credits_her_and_the_agency_beside_her(text, authors, agency):
    b = parse_byline(text)
    assert b.authors == authors
    assert roles(b, "agency") == [agency]


@pytest.mark.parametrize(
    "text, authors",
    [
        ("Interview with Ann Lee", []),
        ("Ann Lee with agencies", ["Ann Lee"]),
        # (a headline's "with", no credit: only an agency after it is read)
        ("Ann Lee with her team", []),
    ],
)
def test_with_after_no_full_name_or_before_agencies_adds_no_one(text, authors):
    assert parse_byline(text).authors == authors
    assert roles(parse_byline(text), "agency") == []


@pytest.mark.parametrize(
    "text, authors",
    [
        ("By HTN, in News, Travel", []),
        ("By Ann Lee, in Politics, World", ["Ann Lee"]),
        ("Posted by Ann Lee in Travel, Food", ["Ann Lee"]),
        # (a conjunction ends the list: the next part is a person again)
        ("By Ann Lee, in Paris, and Bo Chen", ["Ann Lee", "Bo Chen"]),
    ],
)
def test_sections_listed_after_in_are_no_people(text, authors):
    b = parse_byline(text)
    assert b.authors == authors
    assert "News" not in roles(b, "agency")


@pytest.mark.parametrize(
    "text, authors",
    [
        ("By Ann Lee Thu., Aug. 9 2012 at 1:00 PM", ["Ann Lee"]),
        ("By Ann Lee Sat, 3 May", ["Ann Lee"]),
        ("Von Anna Berg, Di., 12.03.2024", ["Anna Berg"]),
    ],
)
def test_a_weekday_opening_the_date_after_a_name_is_no_part_of_it(text, authors):
    assert parse_byline(text).authors == authors


@pytest.mark.parametrize(
    "text, authors",
    [
        ("Aug 9th, 2012 at 10:00 am by Spencer HollowayOpinion", ["Spencer Holloway"]),
        ("By Ann HendricksPolitics | May 3, 2024", ["Ann Hendricks"]),
        ("Von Anna BergerPolitik", ["Anna Berger"]),
        # (a name's inner capital after a short prefix, or an interface word, is one word)
        ("By Ann McDonald", ["Ann McDonald"]),
        ("By Ann FitzGerald", ["Ann FitzGerald"]),
        ("By Ann Lee-McAllister, Bo Chen", ["Ann Lee-McAllister", "Bo Chen"]),
        ("By Ann Lee LinkedIn", ["Ann Lee"]),
    ],
)
def test_a_label_glued_to_the_names_last_word_is_parted_from_it(text, authors):
    assert parse_byline(text).authors == authors


@pytest.mark.parametrize(
    "text, authors",
    [
        ("By Ann Lee Education reporter Harbour Times", ["Ann Lee"]),
        ("By Ann Lee Education reporter", ["Ann Lee"]),
        ("Mary Ann Lee Health correspondent", ["Mary Ann Lee"]),
        ("By Ann Lee reporter", ["Ann Lee"]),
        # (an agency or an outlet before the title lends no word to the name)
        ("By Eric Hale Associated Press reporter", ["Eric Hale"]),
        ("By Ann Lee Harbour Times reporter", ["Ann Lee"]),
    ],
)
def test_a_name_with_a_lower_case_job_title_and_its_outlet_after_it(text, authors):
    assert parse_byline(text).authors == authors

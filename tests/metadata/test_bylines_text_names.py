"""Names from visible text (issue 14): places in a name's shape, agencies after a particle
marker, desks credited with agencies, job titles in lower case, weekdays glued to a name.
Invented names and places throughout."""

import pytest

from newsclean.metadata.bylines import looks_like_byline, looks_like_name_line, parse_byline


def _credited(text: str) -> list[str]:
    b = parse_byline(text)
    return list(b.authors) + [c.name for c in b.contributors if c.role == "agency" and c.name not in b.authors]


@pytest.mark.parametrize(
    "line",
    [
        "New York City, 12 March 2024",
        "NEW YORK CITY, 12 March 2024",
        "Hong Kong, 12 March 2024",
        "Buenos Aires, 12 de marzo de 2024",
        "Cape Town, 12 March 2024",
        "Sri Lanka, 12 March 2024",
    ],
)
def test_a_place_and_a_date_is_a_dateline_not_a_byline(line):
    assert not looks_like_byline(line)
    assert parse_byline(line).authors == []


@pytest.mark.parametrize("line", ["Hong Kong", "Kuala Lumpur", "San Francisco", "New Zealand"])
def test_a_place_alone_is_no_name_line(line):
    assert not looks_like_name_line(line)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Mara Lindqvist, New York City", ["Mara Lindqvist"]),
        ("Mara Lindqvist, Hong Kong", ["Mara Lindqvist"]),
        ("Von Anna Berg und Tom Okafor, Sankt Petersburg", ["Anna Berg", "Tom Okafor"]),
    ],
)
def test_the_place_after_a_name_is_no_second_person(line, names):
    assert parse_byline(line).authors == names


def test_a_person_named_like_a_place_word_stays_a_person():
    # one word of a place's name is no place ("Tom York", "Ina Kong")
    assert parse_byline("By Tom York and Ina Kong").authors == ["Tom York", "Ina Kong"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Von dpa", ["dpa"]),
        ("Von AFP", ["AFP"]),
        ("Von dpa/AFP", ["dpa", "AFP"]),
        ("Di ANSA", ["ANSA"]),
    ],
)
def test_a_particle_marker_before_agencies_credits_them(line, names):
    assert looks_like_byline(line)
    assert _credited(line) == names
    assert parse_byline(line).authors == []


@pytest.mark.parametrize("line", ["Von der Leyen sagt nichts", "Von Trapp"])
def test_a_particle_marker_before_other_words_stays_no_agency_credit(line):
    assert not looks_like_byline(line)
    assert not parse_byline(line).agency


@pytest.mark.parametrize(
    ("line", "authors", "agency"),
    [
        ("By Euronews with Agencies", [], "Euronews"),
        ("By Kestrel and agencies", [], "Kestrel"),
        ("By Mara Lindqvist with agencies", ["Mara Lindqvist"], None),
        ("Von Anna Berg mit Agenturen", ["Anna Berg"], None),
        ("Par Léa Marchand avec agences", ["Léa Marchand"], None),
        ("Por Lucía Ferrer con agencias | 12 de marzo de 2024", ["Lucía Ferrer"], None),
        ("By Mara Lindqvist and Tom Okafor with agencies", ["Mara Lindqvist", "Tom Okafor"], None),
    ],
)
def test_a_credit_with_agencies(line, authors, agency):
    b = parse_byline(line)
    assert looks_like_byline(line)
    assert b.authors == authors
    assert b.agency == agency
    if agency:
        assert [(c.name, c.role) for c in b.contributors] == [(agency, "agency")]


@pytest.mark.parametrize(
    "line",
    [
        "Mara Lindqvist · Politics reporter",
        "Mara Lindqvist - Politics reporter",
        "Mara Lindqvist | Political correspondent",
    ],
)
def test_a_lower_case_job_title_after_a_name(line):
    assert looks_like_byline(line)
    assert parse_byline(line).authors == ["Mara Lindqvist"]


@pytest.mark.parametrize(
    "line",
    [
        "Mara LindqvistTuesday, March 12, 2024",
        "Anna BergDienstag, 12.03.2024",
        "Anna BergMittwoch 12. März 2024",
    ],
)
def test_a_weekday_glued_to_the_name_opens_the_date(line):
    assert looks_like_byline(line)
    assert len(parse_byline(line).authors) == 1
    assert parse_byline(line).authors[0] in ("Mara Lindqvist", "Anna Berg")


@pytest.mark.parametrize(
    "line",
    ["Panorama Extremismus", "Inland Politik", "Wirtschaft Unternehmen", "Cronaca Milano", "Binnenland Politiek"],
)
def test_a_section_path_is_no_name_line(line):
    # a German noun is capitalised: a section path has the shape of a name
    assert not looks_like_name_line(line)


@pytest.mark.parametrize("line", ["Zur Merkliste", "Kestrel Plus"])
def test_interface_and_paywall_words_are_no_name_line(line):
    assert not looks_like_name_line(line)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Anna Berg, Berlin", ["Anna Berg"]),
        ("Mara Lindqvist, à Paris", ["Mara Lindqvist"]),
        ("Anna Berg, Tom Okafor, Nairobi", ["Anna Berg", "Tom Okafor"]),
    ],
)
def test_the_one_word_place_after_names_is_no_person(line, names):
    # (over a date stamp such a line is the byline: tests/stages/test_metadata_text_names.py)
    assert parse_byline(line).authors == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Mara Lindqvist - Muhabir", ["Mara Lindqvist"]),
        ("Mara Lindqvist, Dziennikarka", ["Mara Lindqvist"]),
    ],
)
def test_a_job_title_after_the_name(line, names):
    assert looks_like_byline(line)
    assert parse_byline(line).authors == names


def test_a_headline_opening_with_a_job_title_is_no_byline():
    assert not looks_like_byline("Senior Editor Mara Lindqvist Leaves The Harbour Courier")


@pytest.mark.parametrize(
    ("line", "name"),
    [("Artikel von Anna Berg", "Anna Berg"), ("Ursula von der Leyen", "Ursula von der Leyen")],
)
def test_a_lower_case_particle_before_a_full_name_is_its_marker(line, name):
    assert parse_byline(line).authors == [name]


@pytest.mark.parametrize("line", ["Anna Berg · 12.03.2024 · 3 Min.", "Anna Berg 12.03.2024, 14:30 Uhr Lesezeit: 3 Min."])
def test_a_byline_ending_in_a_reading_times_unit(line):
    assert looks_like_byline(line)
    assert parse_byline(line).authors == ["Anna Berg"]


# a job title and the team or outlet it is held at, after the name and a comma (the comma
# between them lost in the visible text): no second person
@pytest.mark.parametrize(
    "line",
    [
        "Posted by Mara Lindqvist, Engineer Harbour Maps",
        "By Mara Lindqvist, Product Marketing Manager Team",
        "By Mara Lindqvist, Education reporter Coastline News",
        "Von Mara Lindqvist, Redakteurin Hafenblatt",
        "Por Mara Lindqvist, Corresponsal Diario Costero",
    ],
)
def test_a_title_and_its_employer_after_the_name(line):
    assert _credited(line) == ["Mara Lindqvist"]


def test_co_authors_and_titles_alone_are_read_as_before():
    assert _credited("By Mara Lindqvist, Tomas Grieve") == ["Mara Lindqvist", "Tomas Grieve"]
    assert _credited("By Mara Lindqvist, Senior Staff Technologist") == ["Mara Lindqvist"]
    assert _credited("By Mara Lindqvist, Editor Tomas Grieve") == ["Mara Lindqvist", "Tomas Grieve"]


def _ends_with_any(low: str, n: int, words) -> bool:
    """The plain reading the suffix lookup of names._ends_with_word replaces: every word tried."""
    return any(len(w) >= n and len(low) - len(w) >= n - 1 and low.endswith(w) for w in words)


@pytest.mark.parametrize("n", [0, 1, 3, 4, 6])
def test_the_suffix_lookup_answers_as_trying_every_word(n):
    from newsclean.metadata.bylines.names import _ends_with_word

    words = frozenset({"reporter", "redakteurin", "desk", "autor", "in"})
    lows = "chefreporterin politikredakteurin newsdesk gastautor reporter xreporter desk ldesk marin in ann"
    for low in [*lows.split(), "", "korrespondentin"]:
        assert _ends_with_word(low, n, (words,)) == _ends_with_any(low, n, words), (low, n)


def test_compound_titles_and_newsroom_words_are_no_names():
    from newsclean.metadata.bylines.names import _compound_title, _word_of_a_role

    assert _compound_title("chefreporterin") and not _compound_title("reporter")
    assert _word_of_a_role("Newsdesk") and _word_of_a_role("Gastautor") and not _word_of_a_role("Lindqvist")

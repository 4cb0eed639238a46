"""Names from visible text on whole pages (issue 14): the byline block near the top of an
invented story, in the forms of several languages."""

import pytest
from invented_story import STORY

import newsclean

HEAD = "Home\n\nNews\n\nSport\n\nCulture\n\n"
TITLE = "Coastal road closed for weeks after storm breaches sea wall\n\n"
STANDFIRST = "Council engineers say the repairs will take at least three weeks and cost more than expected\n\n"


def _credited(page: str) -> list[str]:
    a = newsclean.extract(page, kind="text")
    return list(a.authors) + [c.name for c in a.contributors if c.role == "agency" and c.name not in a.authors]


@pytest.mark.parametrize(
    "line",
    [
        "Mara Lindqvist 5 min lesetid",
        "Mara Lindqvist 5 min. læsetid",
        "Mara Lindqvist 4 min läsning",
        "Mara Lindqvist 5 dk okuma",
        "Mara Lindqvist 3 menit baca",
        "Mara Lindqvist 6 min czytania",
        "Mara Lindqvist Tempo di lettura: 5 minuti",
        "Mara Lindqvist Tiempo de lectura: 5 minutos",
        "Mara Lindqvist Lesezeit: 5 Minuten",
    ],
)
def test_a_name_with_its_reading_time_over_the_date(line):
    page = HEAD + TITLE + STANDFIRST + line + "\n\n12 March 2024\n\n" + STORY
    assert _credited(page) == ["Mara Lindqvist"]


@pytest.mark.parametrize("date_line", ["12 March 2024", "Published 12 March 2024 - 16:38"])
def test_a_desk_credited_with_agencies(date_line):
    page = HEAD + TITLE + "By Kestrel with Agencies\n\n" + date_line + "\n\n" + STORY
    a = newsclean.extract(page, kind="text")
    assert a.authors == []
    assert [(c.name, c.role) for c in a.contributors] == [("Kestrel", "agency")]


def test_a_writer_credited_with_agencies():
    page = HEAD + TITLE + STANDFIRST + "Von Anna Berg mit Agenturen\n\n12.03.2024, 14:30 Uhr\n\n" + STORY
    assert _credited(page) == ["Anna Berg"]


def test_an_agency_after_a_particle_marker():
    page = HEAD + TITLE + STANDFIRST + "Von dpa\n\n12.03.2024\n\n" + STORY
    a = newsclean.extract(page, kind="text")
    assert a.authors == []
    assert _credited(page) == ["dpa"]


def test_a_place_over_the_date_is_not_the_author():
    page = HEAD + TITLE + STANDFIRST + "New York City, 12 March 2024\n\n" + STORY
    assert _credited(page) == []


def test_a_lower_case_job_title_beside_the_name():
    page = HEAD + TITLE + STANDFIRST + "Mara Lindqvist · Politics reporter\n\n12 March 2024\n\n" + STORY
    assert _credited(page) == ["Mara Lindqvist"]


STORY_DE = (
    "Der Stadtrat hat am Dienstag beschlossen, die Uferstraße zwischen Marlow und Stenford für mindestens "
    "drei Wochen zu sperren, weil die Reparatur der Kaimauer länger dauert als erwartet.\n\n"
    "Die Ingenieure fanden nach der Sturmflut zwei Lücken in der Mauer, sagte der Verkehrsdezernent bei "
    "einer Pressekonferenz im Rathaus am Dienstagnachmittag.\n\n"
    "Busse fahren bis zur Wiedereröffnung über die Landstraße, was jede Fahrt um etwa zwanzig Minuten "
    "verlängert, teilte das Verkehrsunternehmen auf seiner Internetseite mit.\n\n"
    "Die Anwohner des Hafenviertels wurden gebeten, die Promenade zu meiden, während Taucher die "
    "Fundamente der Mauer und des alten Stegs daneben untersuchen.\n"
)
HEAD_DE = "Startseite\n\nPolitik\n\nWirtschaft\n\nSport\n\nUferstraße nach Sturmflut für Wochen gesperrt\n\n"


@pytest.mark.parametrize(
    "block", ["Panorama Extremismus\n\n12.03.2024", "12.03.2024\n\nInland Politik", "Zur Merkliste\n\n12.03.2024"]
)
def test_a_section_path_or_a_widget_beside_the_date_is_not_the_author(block):
    assert _credited(HEAD_DE + block + "\n\n" + STORY_DE) == []


@pytest.mark.parametrize(
    ("block", "names"),
    [
        ("Anna Berg · 12.03.2024 · 3 Min.", ["Anna Berg"]),
        ("Anna Berg, Berlin\n\n12.03.2024", ["Anna Berg"]),
    ],
)
def test_german_byline_blocks(block, names):
    assert _credited(HEAD_DE + block + "\n\n" + STORY_DE) == names


@pytest.mark.parametrize(
    ("block", "names"),
    [
        ("Mara Lindqvist, à Paris\n\n12 March 2024", ["Mara Lindqvist"]),
        ("12 March 2024\n\nMara Lindqvist, Stenford", ["Mara Lindqvist"]),
    ],
)
def test_a_name_and_its_place_by_the_date_stamp(block, names):
    assert _credited(HEAD + TITLE + STANDFIRST + block + "\n\n" + STORY) == names


@pytest.mark.parametrize("block", ["Stenford, Marlow\n\n12 March 2024", "Berlin, Ann\n\n12 March 2024"])
def test_places_by_the_date_stamp_are_not_the_author(block):
    assert _credited(HEAD + TITLE + STANDFIRST + block + "\n\n" + STORY) == []


@pytest.mark.parametrize("block", ["dpa/AFP\n\n12.03.2024", "12.03.2024\n\ndpa/AFP"])
def test_agencies_alone_by_the_date_stamp_credit_the_story(block):
    standfirst = "Die Reparatur der Kaimauer dauert länger als gedacht, sagen die Ingenieure der Stadt.\n\n"
    a = newsclean.extract(HEAD_DE + standfirst + block + "\n\n" + STORY_DE, kind="text")
    assert a.authors == []
    assert [(c.name, c.role) for c in a.contributors] == [("dpa", "agency"), ("AFP", "agency")]


def test_a_photo_credit_under_its_caption_by_the_date_stamp_stays_a_caption():
    block = "Photo: the harbour wall after the storm surge\n\ndpa/AFP\n\n12.03.2024"
    assert _credited(HEAD_DE + block + "\n\n" + STORY_DE) == []


@pytest.mark.parametrize(
    "line, credited",
    [
        ("Mara Lindqvist and Tom Okafor | Reuters", ["Mara Lindqvist", "Tom Okafor", "Reuters"]),
        ("By Mara Lindqvist | AFP", ["Mara Lindqvist", "AFP"]),
    ],
)
def test_people_with_their_agency_right_over_the_date_stamp_are_the_byline_not_a_photo_credit(line, credited):
    # the photo credit's shape ("Name | Reuters"), but right under the headline and over the
    # date stamp: the story's byline, and the line over it stays the headline (no alt text)
    a = newsclean.extract(HEAD + TITLE + line + "\n\n12 March 2024\n\n" + STORY, kind="text")
    assert _credited(HEAD + TITLE + line + "\n\n12 March 2024\n\n" + STORY) == credited
    assert a.title == TITLE.strip()


def test_a_photo_credit_with_a_name_under_its_caption_stays_a_caption():
    block = "Photo: the harbour wall after the storm surge\n\nMara Lindqvist | Reuters\n\n12 March 2024"
    assert _credited(HEAD + TITLE + block + "\n\n" + STORY) == []


# --- a blog post's footer under the story: "Posted by <name> on <date> in <categories>"

POST_TITLE = "Why I moved my notes to plain text files\n\n"


@pytest.mark.parametrize(
    "footer",
    [
        "Posted by Mara Lindqvist on March 12, 2024 at 09:14 AM in Tools, Writing Habits | Permalink",
        "Posted by Mara Lindqvist on Tuesday, March 12, 2024 | Permalink",
        "Publié par Mara Lindqvist le 12 mars 2024 à 09:14",
        "Eingestellt von Mara Lindqvist am 12. März 2024",
        "Publicado por Mara Lindqvist el 12 de marzo de 2024",
        "Pubblicato da Mara Lindqvist il 12 marzo 2024",
        "Geplaatst door Mara Lindqvist op 12 maart 2024",
    ],
)
def test_a_post_footer_credits_its_name(footer):
    page = HEAD + POST_TITLE + STORY + "\n" + footer + "\n\nComments\n\nOlder posts\n"
    assert _credited(page) == ["Mara Lindqvist"]  # not a category ("Writing Habits")


def test_a_post_footer_stays_the_date_line_it_was():
    page = HEAD + POST_TITLE + STORY + "\nPosted by Mara Lindqvist on March 12, 2024 | Permalink\n\nOlder posts\n"
    a = newsclean.extract(page, kind="text")
    assert a.authors == ["Mara Lindqvist"] and a.byline == "Posted by Mara Lindqvist"
    assert a.published is not None and a.published.isoformat().startswith("2024-03-12")


def test_a_post_footer_with_a_job_title():
    page = HEAD + POST_TITLE + STORY + "\nPosted by Mara Lindqvist, Product Marketing Manager, Maps\n\nOlder posts\n"
    assert _credited(page) == ["Mara Lindqvist"]


def test_a_name_that_is_also_a_month_stays_whole():
    page = HEAD + POST_TITLE + STORY + "\nGeplaatst door Jan de Vries op 12 maart 2024\n\nOlder posts\n"
    assert _credited(page) == ["Jan de Vries"]


def test_comments_under_the_post_are_no_footer():
    page = (
        HEAD + POST_TITLE + STORY + "\nComments\n\nGreat post, thanks!\n\n"
        "Posted by: Bo Chen | March 13, 2024 at 10:02 AM\n\nOlder posts\n"
    )
    assert _credited(page) == []


def test_a_closing_sentence_that_opens_with_by_is_no_footer():
    from newsclean.stages.metadata_byline_text import post_credit

    assert post_credit("By Tuesday, 12 March the council had voted to rebuild the wall") == ""
    assert post_credit("By 2025 the harbour will have a new pier") == ""
    assert post_credit("Mara Lindqvist on March 12, 2024") == ""  # no marker: the signature's shape


@pytest.mark.parametrize(
    "footer",
    ["Posted by Mara Lindqvist at 8:18 AM", "POSTED BY MARA LINDQVIST AT 8:18 AM"],
)
def test_a_post_footer_with_its_time_over_the_post_labels(footer):
    # the post's day is printed over its headline; the footer gives the time only, and the
    # region may run on past the labels into the blog's sidebar
    sidebar = (
        "About me\n\nI write about tools, notebooks and the habits that keep a small studio running "
        "through the winter months, when the light is short and the orders are long.\n\n"
        "Blog archive\n\nMarch (4)\n\nFebruary (7)\n"
    )
    page = (
        HEAD + "Tuesday, March 12, 2024\n\n" + POST_TITLE + STORY + "\n" + footer + "\n\n"
        "Labels: tools, writing habits\n\nOlder Post Home\n\n" + sidebar
    )
    assert _credited(page) == ["Mara Lindqvist"]


def test_a_post_credit_before_a_clock_time():
    from newsclean.stages.metadata_byline_text import post_credit

    assert post_credit("Posted by Mara Lindqvist at 8:18 AM") == "Posted by Mara Lindqvist"
    assert post_credit("POSTED BY MARA LINDQVIST AT 11:47 AM") == "POSTED BY MARA LINDQVIST"
    # (a short last name in capitals is the name's, not the word leading to the time)
    assert post_credit("POSTED BY ANN LEE 11:47 AM") == "POSTED BY ANN LEE"
    assert post_credit("Posted by Mara Lindqvist 12 comments") == ""  # a count, no time


@pytest.mark.parametrize(
    ("block", "names"),
    [
        ("Mara Lindqvist\n\nharbourtimes.example, Tuesday 12 March 2024 13.29 EDT", ["Mara Lindqvist"]),
        (
            "Mara Lindqvist and Tom Okafor\n\nharbourtimes.example, Tuesday 12 March 2024 13.29 EDT",
            ["Mara Lindqvist", "Tom Okafor"],
        ),
    ],
)
def test_a_name_over_a_stamp_beside_the_site_name(block, names):
    page = HEAD + TITLE + STANDFIRST + "Share\n\nEmail\n\n" + block + "\n\n" + STORY
    assert _credited(page) == names


def test_places_over_a_stamp_beside_the_site_name_are_not_the_author():
    block = "Stenford, Marlow\n\nharbourtimes.example, Tuesday 12 March 2024 13.29 EDT"
    assert _credited(HEAD + TITLE + STANDFIRST + block + "\n\n" + STORY) == []


@pytest.mark.parametrize(
    "line",
    ["Harbour Notes / The Coastal Ecosystem", "Coastal Road Repairs Hit 24.1 Million, Another Record High"],
)
def test_a_marked_byline_outranks_a_title_case_line_read_as_an_unmarked_one(line):
    # a section's label or a teaser's title-case headline has an unmarked byline's shape
    # ("The Coastal Ecosystem" an outlet's, "Another Record High" a name's); the line with
    # its marker under the headline is the story's credit
    page = HEAD + line + "\n\n" + TITLE + "by Mara Lindqvist - Mar 12, 2024 5:15 pm UTC\n\n" + STORY
    assert _credited(page) == ["Mara Lindqvist"]


def test_an_agency_beside_its_stamp_stays_credited_beside_a_marked_byline():
    from newsclean.metadata import bylines
    from newsclean.stages.metadata import _marked_over_unmarked

    texts = ["By Mara Lindqvist", "AP", "Harbour Notes / The Coastal Ecosystem"]
    parsed = [bylines.parse_byline(t) for t in texts]
    out = _marked_over_unmarked(texts, parsed, {0: 0, 1: 1, 2: 2}, None)
    assert [(p.authors, [c.name for c in p.contributors]) for p in out] == [
        (["Mara Lindqvist"], ["Mara Lindqvist"]),
        ([], ["AP"]),
        ([], []),
    ]


@pytest.mark.parametrize(
    "line",
    ["12 March 2024 by Mara Lindqvist", "March 12, 2024 by Mara Lindqvist", "12 de marzo de 2024 por Mara Lindqvist"],
)
def test_a_byline_opening_with_its_date_is_marked(line):
    # a blog's meta line puts the date before the marker; menu entries in title case over the
    # headline ("Harbour Pilot Boat Review") read as unmarked bylines and must not outrank it
    menu = "Harbour Pilot Boat Review\nCoastal Ferry Timetable Guide\nMarlow Lighthouse Tour Review\nHome\nReviews\nArchive\n"
    page = menu + "Coastal road closed for weeks after storm breaches sea wall\n" + line + "\n\n" + STORY
    assert _credited(page) == ["Mara Lindqvist"]


def test_a_dated_byline_with_its_comment_link_under_a_menu_of_title_case_entries():
    # the menu's entries far above the story read as unmarked bylines; they leave the byline
    # line the story's list of widgets had taken for a teaser to be read, and the comment
    # link glued to the name ("Discuss (0)") is no part of it
    menu = "".join(f"{w} Pilot Boat Review\n" for w in ("Harbour", "Marlow", "Stenford", "Coastal"))
    nav = "".join(f"{w}\n" for w in ("Home", "Reviews", "Archive", "Forums", "Videos", "Devices", "Phones"))
    page = (
        menu + nav + "Share Follow Harbour Times on Social Networks and Feeds Everywhere Today Now\n"
        "Coastal road closed for weeks after storm breaches sea wall\n"
        "12 March 2024 by Mara Lindqvist Discuss (0)\n\nWorth Reading?\n\n" + STORY
    )
    assert _credited(page) == ["Mara Lindqvist"]

"""Who an HTML page credits (issue 14): the classes of credit the dev sets show rarely or not at
all, each on an invented page. The names, outlets and stories are made up."""

import json

import lxml.html
import pytest

import newsclean
from newsclean.metadata.bylines import normalise_author_list, parse_byline
from newsclean.metadata.html import PageMeta, read_page_metadata

_STORY = "".join(
    f"<p>Paragraph {i}: the harbour board met on Tuesday and voted to rebuild the old ferry pier, "
    "which storms damaged last winter, before the summer season brings back the island boats.</p>"
    for i in range(6)
)


def _page(head: str = "", byline: str = "", ld=None) -> str:
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld is not None else ""
    return f"""<html lang="en"><head><title>Ferry pier to be rebuilt | Saltmere Courier</title>
<meta property="og:site_name" content="Saltmere Courier">{head}{script}</head>
<body><nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article><h1>Ferry pier to be rebuilt</h1>
{byline}
{_STORY}</article><footer>Saltmere Courier, 1 Quay Street</footer></body></html>"""


def _meta(html: str) -> PageMeta:
    return read_page_metadata(lxml.html.fromstring(html))


def _credited(html: str) -> tuple[list[str], list[str]]:
    a = newsclean.extract(html, url="https://www.saltmerecourier.example/local/ferry-pier")
    return list(a.authors), [c.name for c in a.contributors if c.role == "agency"]


# --------------------------------------------------------------------------- co-authors


def test_coauthors_in_boxes_of_one_markup_are_all_credited():
    # each writer has a card of the same markup; only the first one used to count
    html = _page(
        byline="""<div class="article-authors">
          <div class="author-card"><a href="/people/ann-lee">Ann Lee</a>
            <span class="role">Reporter</span></div>
          <div class="author-card"><a href="/people/bo-chen">Bo Chen</a>
            <span class="role">Reporter</span></div>
        </div>"""
    )
    assert _meta(html).authors == ["Ann Lee", "Bo Chen"]
    assert _credited(html)[0] == ["Ann Lee", "Bo Chen"]


def test_coauthor_elements_side_by_side_without_a_box():
    html = _page(
        byline="""<div class="author"><a href="/people/ann-lee">Ann Lee</a></div>
        <div class="author"><a href="/people/bo-chen">Bo Chen</a></div>
        <div class="author"><a href="/people/carla-diaz">Carla Diaz</a></div>"""
    )
    assert _meta(html).authors == ["Ann Lee", "Bo Chen", "Carla Diaz"]


def test_a_teaser_author_of_another_markup_does_not_join():
    html = _page(
        byline="""<div class="author"><a href="/people/ann-lee">Ann Lee</a></div>
        <div class="author-bio">Ann Lee covers the harbour and the islands.</div>"""
    )
    assert _meta(html).authors == ["Ann Lee"]


def test_coauthors_one_per_line_are_not_one_long_name():
    html = _page(byline='<div class="byline"><div>Ann Lee</div><div>Bo Chen</div></div>')
    assert _meta(html).authors == ["Ann Lee", "Bo Chen"]


def test_coauthors_one_per_line_with_their_job_titles():
    html = _page(
        byline="""<div class="byline"><p>Ann Lee, Health Reporter</p>
        <p>Bo Chen, Science Editor</p></div>"""
    )
    assert _meta(html).authors == ["Ann Lee", "Bo Chen"]


def test_a_name_over_its_job_title_stays_one_person():
    html = _page(byline='<div class="byline"><div>Ann Lee</div><div>Chief Political Correspondent</div></div>')
    assert _meta(html).authors == ["Ann Lee"]


def test_declared_author_with_a_middle_initial_keeps_the_bylines_coauthor():
    # JSON-LD names the first writer with her initial; the visible byline names both
    html = _page(
        ld={
            "@type": "NewsArticle",
            "headline": "Ferry pier to be rebuilt",
            "author": {"@type": "Person", "name": "Ann B. Lee"},
        },
        byline='<p class="byline">By Ann Lee and Bo Chen</p>',
    )
    assert _meta(html).authors == ["Ann B. Lee", "Bo Chen"]


# --------------------------------------------------------------------------- JSON-LD shapes


def test_the_articles_author_wins_over_its_web_pages():
    html = _page(
        ld=[
            {
                "@type": "WebPage",
                "name": "Ferry pier to be rebuilt",
                "author": {"@type": "Organization", "name": "Saltmere Courier"},
            },
            {
                "@type": "NewsArticle",
                "headline": "Ferry pier to be rebuilt",
                "author": {"@type": "Person", "name": "Ann Lee"},
            },
        ]
    )
    m = _meta(html)
    assert m.authors == ["Ann Lee"]
    assert m.authors_source == "json-ld"


def test_a_web_pages_author_still_counts_when_no_article_names_one():
    html = _page(ld={"@type": "WebPage", "name": "Ferry pier", "author": {"@type": "Person", "name": "Ann Lee"}})
    assert _meta(html).authors == ["Ann Lee"]


def test_a_person_given_by_name_parts():
    html = _page(
        ld={
            "@type": "NewsArticle",
            "headline": "Ferry pier to be rebuilt",
            "author": [
                {"@type": "Person", "givenName": "Ann", "familyName": "Lee"},
                {"@type": "Person", "givenName": "Bo"},
            ],
        }
    )
    assert _meta(html).authors == ["Ann Lee"]


@pytest.mark.parametrize(
    "value",
    ["Anna Berg, dpa", "Anna Berg/dpa", "Anna Berg (dpa)"],
)
def test_a_declared_person_and_her_agency_in_one_value(value):
    html = _page(ld={"@type": "NewsArticle", "headline": "Ferry pier", "author": {"@type": "Person", "name": value}})
    assert _credited(html) == (["Anna Berg"], ["dpa"])


def test_agencies_declared_together():
    html = _page(head='<meta name="author" content="AFP/dpa">')
    assert _credited(html) == ([], ["AFP", "dpa"])


# --------------------------------------------------------------------------- the byline's grammar


@pytest.mark.parametrize(
    ("text", "authors", "agencies"),
    [
        ("Von Anna Berg (dpa)", ["Anna Berg"], ["dpa"]),
        ("Ann Lee (dpa)", ["Ann Lee"], ["dpa"]),
        ("By Ann Lee (AP) and Bo Chen (Reuters)", ["Ann Lee", "Bo Chen"], ["AP", "Reuters"]),
        # a place or a role in brackets after the name is no part of it
        ("Von Anna Berg (Berlin)", ["Anna Berg"], []),
        # (a photographer's role in brackets is a role: "(Fotos)" as "(photos)" in English)
        ("Von Anna Berg (Text) und Jonas Keller (Fotos)", ["Anna Berg"], []),
        # a nickname between the names is
        ("Richard (R.J.) Eskow", ["Richard (R.J.) Eskow"], []),
    ],
)
def test_brackets_after_a_name(text, authors, agencies):
    b = parse_byline(text)
    assert b.authors == authors
    assert [c.name for c in b.contributors if c.role == "agency"] == agencies


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("A. Lee", ["A. Lee"]),
        ("By A. Lee", ["A. Lee"]),
        ("I. Petrova", ["I. Petrova"]),
        ("A. Lee and B. Chen", ["A. Lee", "B. Chen"]),
        ("Ann Lee, A. Berg", ["Ann Lee", "A. Berg"]),
    ],
)
def test_an_initial_that_spells_a_short_word_is_still_an_initial(text, authors):
    # "A." and "I." are initials here, not the words "a" and "I"
    assert normalise_author_list([text]) == authors
    assert parse_byline(text).authors == authors


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Ann Lee, Political Correspondent", ["Ann Lee"]),
        ("Ann Lee – Political Correspondent", ["Ann Lee"]),
        ("Von Anna Berg, Korrespondentin in Berlin", ["Anna Berg"]),
        ("Por Ana García, corresponsal en Madrid", ["Ana García"]),
        ("ByAnn Lee and Bo Chen", ["Ann Lee", "Bo Chen"]),
        ("VonAnna Berg und Jonas Keller", ["Anna Berg", "Jonas Keller"]),
    ],
)
def test_byline_element_forms(byline, authors):
    assert _meta(_page(byline=f'<div class="byline">{byline}</div>')).authors == authors


@pytest.mark.parametrize(
    "content",
    [
        "Ann Lee, Bo Chen",
        "Ann Lee and Bo Chen",
        "Ann Lee &amp; Bo Chen",
        "Ann Lee / Bo Chen",
        "Ann Lee | Bo Chen",
        "Ann Lee; Bo Chen",
    ],
)
def test_meta_author_with_several_names(content):
    assert _meta(_page(head=f'<meta name="author" content="{content}">')).authors == ["Ann Lee", "Bo Chen"]


@pytest.mark.parametrize(
    ("content", "authors"),
    [
        ("Anna Berg und Jonas Keller", ["Anna Berg", "Jonas Keller"]),
        ("Ana García y Luis Pérez", ["Ana García", "Luis Pérez"]),
        ("Anne Martin et Luc Dubois", ["Anne Martin", "Luc Dubois"]),
    ],
)
def test_meta_author_joined_in_other_languages(content, authors):
    assert _meta(_page(head=f'<meta name="author" content="{content}">')).authors == authors


# --------------------------------------------------------------------------- brands, agencies, duplicates


def test_the_sites_brand_as_author_is_no_person():
    for html in (
        _page(head='<meta name="author" content="Saltmere Courier">'),
        _page(ld={"@type": "NewsArticle", "headline": "x", "author": {"@type": "Person", "name": "Saltmere Courier"}}),
    ):
        authors, agencies = _credited(html)
        assert authors == []
        assert agencies == ["Saltmere Courier"]


def test_the_brand_beside_a_person_leaves_the_person():
    html = _page(
        ld={
            "@type": "NewsArticle",
            "headline": "x",
            "author": [{"@type": "Person", "name": "Saltmere Courier"}, {"@type": "Person", "name": "Ann Lee"}],
        }
    )
    assert _credited(html) == (["Ann Lee"], [])


def test_an_agency_only_byline_credits_the_agency():
    assert _credited(_page(byline='<div class="byline">By Reuters</div>')) == ([], ["Reuters"])
    assert _credited(
        _page(ld={"@type": "NewsArticle", "headline": "x", "author": {"@type": "Organization", "name": "AFP"}})
    ) == ([], ["AFP"])


@pytest.mark.parametrize(
    "names",
    [
        ["José García", "Jose Garcia"],
        ["Ann Lee", "ANN LEE"],
        ["Lee, Ann", "Ann Lee"],
    ],
)
def test_one_person_spelt_twice_is_credited_once(names):
    html = _page(
        ld={"@type": "NewsArticle", "headline": "x", "author": [{"@type": "Person", "name": n} for n in names]}
    )
    assert len(_credited(html)[0]) == 1


@pytest.mark.parametrize(
    "byline",
    [
        "By Ann Lee, Senior Political Correspondent",
        "By Ann Lee, Senior Political Correspondent and Deputy Editor",
    ],
)
def test_a_job_title_after_the_name_is_no_second_person(byline):
    # "Senior Political" has the shape of a name but is the title's own words
    assert parse_byline(byline).authors == ["Ann Lee"]
    assert _meta(_page(byline=f'<p class="byline">{byline}</p>')).authors == ["Ann Lee"]


def test_a_name_before_its_title_still_reads():
    assert parse_byline("Grant Lee Political Reporter").authors == ["Grant Lee"]


def test_the_brand_filed_as_a_person_is_the_publishers_credit():
    # no og:site_name; the page's address spells the brand
    html = _page(
        ld={"@type": "NewsArticle", "headline": "x", "author": {"@type": "Person", "name": "Saltmere Courier"}}
    ).replace(
        '<meta property="og:site_name" content="Saltmere Courier">',
        '<link rel="canonical" href="https://www.saltmerecourier.example/local/ferry-pier">',
    )
    m = _meta(html)
    assert m.authors == []
    assert m.publisher_credit == "Saltmere Courier"
    assert _credited(html) == ([], ["Saltmere Courier"])


def test_an_outlet_filed_as_a_person_is_credited_as_an_outlet():
    # another outlet's name as the only author: the story is that outlet's, not nobody's
    html = _page(
        ld={"@type": "NewsArticle", "headline": "x", "author": {"@type": "Person", "name": "Coastline Gazette"}}
    )
    assert _credited(html)[0] == ["Coastline Gazette"]


@pytest.mark.parametrize(
    "byline",
    [
        '<p>By <a rel="author" href="/people/ann-lee">Ann Lee</a> and <a rel="author" href="/people/bo-chen">Bo Chen</a></p>',
        '<div><span itemprop="author" itemscope><span itemprop="name">Ann Lee</span></span>'
        ' <span itemprop="author" itemscope><span itemprop="name">Bo Chen</span></span></div>',
    ],
)
def test_coauthor_links_marked_by_rel_or_itemprop(byline):
    assert _meta(_page(byline=byline)).authors == ["Ann Lee", "Bo Chen"]


def test_a_second_author_link_that_names_no_one_adds_no_one():
    byline = (
        '<p><a rel="author" href="/people/ann-lee">Ann Lee</a> · <a rel="author" href="/about">About the author</a></p>'
    )
    assert _meta(_page(byline=byline)).authors == ["Ann Lee"]


@pytest.mark.parametrize("second", ["London", "Political Editor", "Harbour Desk", "Share"])
def test_a_name_is_not_read_across_the_lines_of_a_byline_box(second):
    html = _page(byline=f'<div class="byline"><div>Ann Lee</div><div>{second}</div></div>')
    assert _meta(html).authors == ["Ann Lee"]


@pytest.mark.parametrize(
    "second",
    ["Photos by Bo Chen", "Editor: Bo Chen", "Follow Bo Chen", "More from Bo Chen", "Updated March 3, 2024"],
)
def test_a_second_line_naming_no_author_adds_no_author(second):
    html = _page(byline=f'<div class="byline"><div>By Ann Lee</div><div>{second}</div></div>')
    assert _meta(html).authors == ["Ann Lee"]


@pytest.mark.parametrize(
    ("value", "authors"),
    [
        ("van der Berg, Jan", ["Jan van der Berg"]),
        ("de Vries, Anna; Berg, Anna-Lena", ["Anna de Vries", "Anna-Lena Berg"]),
        ("Lee, Ann", ["Ann Lee"]),
    ],
)
def test_last_name_first_with_its_particles(value, authors):
    assert normalise_author_list([value]) == authors


def test_polish_names_joined_by_oraz():
    assert _meta(_page(head='<meta name="author" content="Anna Nowak oraz Jan Kowalski">')).authors == [
        "Anna Nowak",
        "Jan Kowalski",
    ]


def test_a_nordic_in_is_no_conjunction():
    # "i" is "in" in Norwegian, Swedish and Danish: a job title's place, not a second name
    assert parse_byline("Tom Okafor, Journalist i Oslo").authors == ["Tom Okafor"]


def test_a_latest_contributors_box_is_no_byline():
    html = _page(
        byline="""<div class="panel" id="tab-latest-contributors"><div>Ann Lee</div><div>Bo Chen</div>
        <div>Carla Diaz</div></div>
        <div class="panel" id="tab-most-read"><div>Harbour Week</div><div>Island Ferries</div></div>"""
    )
    assert _meta(html).authors == []


def test_a_filing_line_in_the_author_box_names_no_author():
    # the sections the post is filed in, not people
    html = _page(
        byline="""<div class="author-block"><div>Wootini</div>
        <div>Posted to Hot Stuff, Video Games on 9 November 2012</div><div>Comments (1)</div></div>"""
    )
    assert "Video Games" not in _meta(html).authors


def test_role_labels_over_the_names_leave_the_roles_unread():
    # "words" / name / "design" / name: the second is the designer; the lines alone do not say
    html = _page(
        byline='<div class="column author"><div>words</div><div>Ann Lee</div><div>design</div><div>Bo Chen</div></div>'
    )
    assert "Bo Chen" not in _meta(html).authors


def test_coauthors_each_over_a_job_title():
    html = _page(
        byline="""<div class="byline"><div>Ann Lee</div><div>Chief Political Correspondent</div>
        <div>Bo Chen</div><div>Science Editor</div></div>"""
    )
    assert _meta(html).authors == ["Ann Lee", "Bo Chen"]


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Posted to Hot Stuff, Video Games on 9 November 2012", []),
        ("Filed under Politics, World", []),
        ("Posted in News, Sports by Ann Lee", ["Ann Lee"]),
        ("Posted by Ann Lee in News, Sports", ["Ann Lee"]),
        ("By Ann Lee | Filed under Politics", ["Ann Lee"]),
    ],
)
def test_the_sections_a_post_is_filed_in_are_no_names(text, authors):
    assert parse_byline(text).authors == authors


def test_a_filing_line_alone_in_the_author_box():
    html = _page(byline='<div class="author-block">Posted to Hot Stuff, Video Games on 9 November 2012</div>')
    assert _meta(html).authors == []


def test_an_outlets_web_address_is_not_unglued_into_a_name():
    # "TrekMovie.com Staff" credits the outlet's staff: no person "Trek"
    assert parse_byline("by HarbourTimes.com Staff").authors == []
    assert parse_byline("Ann LeeStaff Writer").authors == ["Ann Lee"]


# --------------------------------------------------------------------------- elements side by side


@pytest.mark.parametrize(
    "byline",
    [
        # a follow button printed right after the name, no space in the markup
        '<div class="byline">By <a href="/people/ann-lee">Ann Lee</a><button>Follow</button></div>',
        '<div class="byline">By <a href="/people/ann-lee">Ann Lee</a><span class="cta">Subscribe</span></div>',
        # the name printed twice, a short and a long form for two screen sizes
        '<div class="byline">By <a href="/people/ann-lee"><span class="s">Ann Lee</span>'
        '<span class="l">Ann Lee</span></a></div>',
        # the name's element, then its button's label as the element's tail text
        '<div class="byline">By <a href="/people/ann-lee">Ann Lee</a>Email</div>',
    ],
)
def test_elements_side_by_side_are_two_words_not_one(byline):
    html = _page(byline=byline)
    assert _meta(html).authors == ["Ann Lee"]
    assert _credited(html)[0] == ["Ann Lee"]


def test_a_german_follow_button_glued_to_the_name():
    html = _page(
        byline='<div class="autor"><a class="author" href="/autoren/anna-berg">Anna Berg</a><button>Folgen</button></div>'
    )
    assert _credited(html)[0] == ["Anna Berg"]


def test_one_word_split_over_elements_stays_whole_in_capitals():
    # an initial set apart by the markup still reads with its name ("ANN" "LEE" in capitals)
    html = _page(byline='<p class="byline">By <b>ANN</b> <b>LEE</b> and <b>BO</b> <b>KIM</b></p>')
    assert _credited(html)[0] == ["Ann Lee", "Bo Kim"]


# --------------------------------------------------------------------------- a title's own words


@pytest.mark.parametrize(
    "text",
    [
        # the words before the title word are the title's, not a second person's name
        "Posted by Ann Lee, Product Marketing Manager",
        "By Ann Lee, Regional Sales Director",
        "By Ann Lee, Harbour Apps Product Manager",
        "By Ann Lee, Staff Writer, Saltmere Courier",
    ],
)
def test_a_title_after_the_name_and_a_comma_is_no_person(text):
    assert parse_byline(text).authors == ["Ann Lee"]


@pytest.mark.parametrize(
    "text, authors",
    [
        # each co-author with a title of her own (lines joined, or written out)
        ("Ann Lee, Reporter, Bo Kim, Photographer", ["Ann Lee", "Bo Kim"]),
        ("Ann Lee, Sports Reporter, and Bo Kim, Staff Writer", ["Ann Lee", "Bo Kim"]),
        ("Ann Lee Reporter, Bo Kim Reporter", ["Ann Lee", "Bo Kim"]),
        ("Ann Lee, Senior Reporter, Bo Kim, Senior Reporter", ["Ann Lee", "Bo Kim"]),
        ("Ann Lee, Reporter, Bo Kim", ["Ann Lee", "Bo Kim"]),
        # co-authors before one title in the plural
        ("By Ann Lee, Bo Kim Staff Writers", ["Ann Lee", "Bo Kim"]),
        ("By Ann Lee, Bo Kim and Cara Diaz, Staff Writers", ["Ann Lee", "Bo Kim", "Cara Diaz"]),
        # a co-author joined by a conjunction, her title after her name
        ("By Ann Lee and Bo Kim Senior Reporter", ["Ann Lee", "Bo Kim"]),
    ],
)
def test_co_authors_around_titles_are_kept(text, authors):
    assert parse_byline(text).authors == authors


def test_a_title_in_the_byline_element_credits_one_person():
    html = _page(byline='<p class="byline">Posted by Ann Lee, Product Marketing Manager</p>')
    assert _credited(html)[0] == ["Ann Lee"]


# --------------------------------------------------------------------------- credits written as sentences


@pytest.mark.parametrize(
    "text, authors, others",
    [
        ("By Ann Lee. Photos by Bo Kim", ["Ann Lee"], [("Bo Kim", "photographer")]),
        ("By Ann Lee. Edited by Bo Kim", ["Ann Lee"], [("Bo Kim", "editor")]),
        ("Text: Anna Berg. Fotos: Bo Kim", ["Anna Berg"], [("Bo Kim", "photographer")]),
        # a suffix's full stop before the next credit
        ("By Ann Lee Jr. Photos by Bo Kim", ["Ann Lee Jr"], [("Bo Kim", "photographer")]),
        # a full stop after a title, a date after it: no second credit
        ("By Dr. Ann Lee", ["Dr. Ann Lee"], []),
        ("By Ann Lee. Updated March 3", ["Ann Lee"], []),
    ],
)
def test_a_full_stop_between_two_roles_credits(text, authors, others):
    parsed = parse_byline(text)
    assert parsed.authors == authors
    assert [(c.name, c.role) for c in parsed.contributors if c.role != "author"] == others


def test_a_byline_element_with_the_photographers_credit_as_a_sentence():
    html = _page(byline='<p class="byline">By Ann Lee. Photos by Bo Kim</p>')
    assert _credited(html)[0] == ["Ann Lee"]


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg (Text), Bo Kim (Fotos)",
        "Anna Berg (Text) und Bo Kim (Foto)",
        "Ann Lee (texte), Bo Kim (photos)",
        "Ana Ruiz (texto), Bo Kim (fotos)",
        "Anna de Vries (tekst), Bo Kim (foto's)",
    ],
)
def test_a_photographers_role_in_brackets_in_other_languages(text):
    parsed = parse_byline(text)
    assert parsed.authors == [text.split(" (")[0]]
    assert [(c.name, c.role) for c in parsed.contributors if c.role != "author"] == [("Bo Kim", "photographer")]


# --- the visible byline search's shortcuts give the plain search's answers ----------------

_CREDIT_PAGES = [
    '<html><body><div class="article-body"><p class="byline">By Ann Lee</p><p>Text of the story.</p></div></body></html>',
    '<html><body><aside class="related"><span class="author">Teaser Writer</span></aside>'
    '<div class="story-body"><span class="Author-Name">Bo Chen</span></div></body></html>',
    '<html><body><ul><li><span class="by-line">By Rail Person</span></li></ul>'
    '<div class="entry"><div class="BYLINE">By Ines Duarte</div></div></body></html>',
    '<html><body><div class="most-read"><p class="writer">Kofi Mensah</p></div>'
    '<div class="most-read"><p class="contributor">Ruth Adler</p></div><p class="creator">Lars Beck</p></body></html>',
    '<html><body><div class="body"><div class="nobody">By Nobody Here</div></div></body></html>',
]


@pytest.mark.parametrize("page", _CREDIT_PAGES)
def test_teaser_memo_gives_the_same_verdicts(page):
    from newsclean.metadata.html_byline import _in_teaser, _story_wrappers

    tree = lxml.html.fromstring(page)
    wrappers = _story_wrappers(tree)
    boxes: dict = {}
    for el in tree.iter():
        assert _in_teaser(el, wrappers, boxes) == _in_teaser(el, wrappers)


@pytest.mark.parametrize("page", _CREDIT_PAGES)
def test_byline_literals_admit_every_element_the_pattern_matches(page):
    from newsclean.metadata.html_byline import _BYLINE_ATTR, _BYLINE_ATTR_WORDS, _attrs

    for el in lxml.html.fromstring(page).iter():
        a = _attrs(el)
        if _BYLINE_ATTR.search(a):
            assert any(w in a for w in _BYLINE_ATTR_WORDS)


# --------------------------------------------------------------------------- a job title as a label


@pytest.mark.parametrize(
    "byline",
    [
        '<div class="byline">Reporter Ann Lee</div>',
        '<div class="author"><span class="label">Reporter</span> <a href="/people/ann-lee">Ann Lee</a></div>',
        '<div class="author"><div>Senior Correspondent</div><div>Ann Lee</div></div>',
    ],
)
def test_a_newsroom_title_printed_before_the_name_is_a_label(byline):
    assert _credited(_page(byline=byline))[0] == ["Ann Lee"]


def test_a_declared_author_with_a_title_label_before_the_name():
    ld = {
        "@type": "NewsArticle",
        "headline": "Ferry pier to be rebuilt",
        "author": {"@type": "Person", "name": "Reporter Ann Lee"},
    }
    assert _meta(_page(ld=ld)).authors == ["Ann Lee"]


# --------------------------------------------------------------------------- agencies beside people


def test_an_agency_in_the_author_tag_beside_the_declared_people_is_credited_after_them():
    ld = {
        "@type": "NewsArticle",
        "headline": "Ferry pier to be rebuilt",
        "author": [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "Bo Chen"}],
    }
    html = _page(head='<meta name="author" content="Ann Lee, Bo Chen, dpa">', ld=ld)
    assert _meta(html).agencies == ["dpa"]
    assert _credited(html) == (["Ann Lee", "Bo Chen"], ["dpa"])


def test_an_author_tag_naming_other_people_adds_no_agency():
    ld = {
        "@type": "NewsArticle",
        "headline": "Ferry pier to be rebuilt",
        "author": {"@type": "Person", "name": "Ann Lee"},
    }
    html = _page(head='<meta name="author" content="Tom Okafor, Reuters">', ld=ld)
    assert _meta(html).agencies == []


def test_a_wire_printed_after_the_byline_is_not_added_to_declared_people():
    # a partner site prints the wire under the writers' names; the page declares the writers
    ld = {"@type": "NewsArticle", "headline": "Ferry pier to be rebuilt", "author": "Ann Lee and Bo Chen"}
    html = _page(byline='<div class="byline">By Ann Lee and Bo Chen <span>The Associated Press</span></div>', ld=ld)
    assert _credited(html) == (["Ann Lee", "Bo Chen"], [])


@pytest.mark.parametrize(
    "line, agency",
    [
        ("By Ann Lee, Associated Press", "Associated Press"),
        ("Ann Lee, Reuters", "Reuters"),
        ("By Ann Lee and AP", "AP"),
        ("Ann Lee (dpa)", "dpa"),
    ],
)
def test_a_news_agency_beside_the_byline_elements_person_is_credited_as_from_text(line, agency):
    # nothing declared: the byline element names the writer and the agency, as the text path reads it
    html = _page(byline=f'<div class="byline">{line}</div>')
    assert _credited(html) == (["Ann Lee"], [agency])
    text = newsclean.extract(f"Ferry pier to be rebuilt\n\n{line}\n\n" + "The harbour board met on Tuesday. " * 12)
    assert [c.name for c in text.contributors if c.role == "agency"] == [agency]


def test_coauthors_and_the_agency_after_them_are_all_credited_from_the_byline_element():
    html = _page(byline='<div class="byline">By Ann Lee and Bo Chen, Reuters</div>')
    assert _credited(html) == (["Ann Lee", "Bo Chen"], ["Reuters"])


def test_an_employer_outlet_after_the_byline_elements_person_is_not_credited():
    html = _page(byline='<div class="byline">By Ann Lee, Harbour Network News</div>')
    assert _credited(html) == (["Ann Lee"], [])


def test_the_sites_own_wire_brand_after_its_reporter_is_not_credited_as_an_agency():
    # a wire's own site prints its name after its reporters: their employer, the page's brand
    html = _page(byline='<div class="byline">By Ann Lee, Reuters</div>').replace("Saltmere Courier", "Reuters")
    assert _credited(html)[1] == []


# --------------------------------------------------------------------------- one person, two spellings


@pytest.mark.parametrize(
    "first, second",
    [
        ("Ann Lee", "Dr. Ann Lee"),
        ("Anna Müller", "Anna Mueller"),
        ("Anne-Marie Lee", "Annemarie Lee"),
        ("Ann Lee", "Lee Ann"),
        ("Maya Gebeily", "Maya Gebeilly"),
    ],
)
def test_a_writer_declared_twice_in_two_spellings_is_credited_once(first, second):
    ld = {
        "@type": "NewsArticle",
        "headline": "Ferry pier to be rebuilt",
        "author": [{"@type": "Person", "name": first}, {"@type": "Person", "name": second}],
    }
    assert _meta(_page(ld=ld)).authors == [first]


def test_two_writers_with_one_surname_stay_two():
    ld = {
        "@type": "NewsArticle",
        "headline": "Ferry pier to be rebuilt",
        "author": [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "Bo Lee"}],
    }
    assert _meta(_page(ld=ld)).authors == ["Ann Lee", "Bo Lee"]


# --------------------------------------------------------------------------- an outlet credited alone


@pytest.mark.parametrize(
    "byline, agencies",
    [
        ('<div class="byline">Von dpa</div>', ["dpa"]),
        ('<div class="author">By Lakeside Wire Service</div>', ["Lakeside Wire Service"]),
        ('<div class="byline">Reuters</div>', ["Reuters"]),
    ],
)
def test_a_byline_element_crediting_only_an_agency_or_outlet(byline, agencies):
    assert _credited(_page(byline=byline)) == ([], agencies)


@pytest.mark.parametrize(
    "byline, agencies",
    [
        ('<div class="byline">By Lakeside Wire Service | March 4, 2024 at 9:15 AM</div>', ["Lakeside Wire Service"]),
        ('<div class="byline">By LWS Staff | Updated March 4, 2024 at 10:02 AM</div>', ["LWS"]),
        ('<div class="byline">By Lakeside Wire Service · 4 March 2024, 09:15</div>', ["Lakeside Wire Service"]),
    ],
)
def test_a_marked_outlet_credited_alone_with_the_stamp_in_its_element(byline, agencies):
    # the time's colon and the stamp's words after the outlet hide no marker: "By" opens the credit
    assert _credited(_page(byline=byline)) == ([], agencies)


def test_an_unmarked_outlet_name_in_an_author_element_is_not_an_agency():
    # a bare "Lakeside Wire Service" may be a section or a link; only a known agency or a
    # marked credit ("By ...") counts without a declaration
    assert _credited(_page(byline='<div class="author">Lakeside Wire Service</div>')) == ([], [])


def test_beside_a_declared_brand_an_agency_in_the_byline_element_is_not_the_credit():
    # the page declares its own brand as the author; the wire printed in the byline box is
    # the source the story drew on
    ld = {
        "@type": "NewsArticle",
        "headline": "Ferry pier to be rebuilt",
        "author": {"@type": "Person", "name": "Saltmere Courier"},
    }
    meta = _meta(_page(byline='<div class="byline">Von dpa</div>', ld=ld))
    assert (meta.authors, meta.agencies, meta.publisher_credit) == ([], [], "Saltmere Courier")


# --------------------------------------------------------------------------- the publisher's own desk


@pytest.mark.parametrize("desk", ["Saltmere Courier Redaktion", "Online-Redaktion Saltmere Courier", "Redaktion"])
def test_the_publishers_desk_declared_as_a_person_beside_an_agency_leaves_the_agency(desk):
    ld = {"@type": "NewsArticle", "headline": "Ferry pier to be rebuilt", "author": {"@type": "Person", "name": desk}}
    html = _page(head='<meta name="author" content="dpa">', ld=ld)
    meta = _meta(html)
    assert (meta.authors, meta.agencies) == ([], ["dpa"])
    assert _credited(html) == ([], ["dpa"])


def test_another_outlet_declared_as_author_is_not_the_publishers_desk():
    ld = {
        "@type": "NewsArticle",
        "headline": "Ferry pier to be rebuilt",
        "author": {"@type": "Organization", "name": "Lakeside News"},
    }
    assert _meta(_page(ld=ld)).publisher_credit is None


# --------------------------------------------------------------------------- surnames spelt like interface words


@pytest.mark.parametrize(
    "head, authors",
    [
        ('<meta name="author" content="Richard Read">', ["Richard Read"]),
        ('<meta name="author" content="Richard Read, Bo Chen">', ["Richard Read", "Bo Chen"]),
    ],
)
def test_a_declared_surname_spelt_like_an_interface_word_is_kept(head, authors):
    assert normalise_author_list([head.split('content="')[1].split('"')[0]]) == authors
    assert _meta(_page(head=head)).authors == authors

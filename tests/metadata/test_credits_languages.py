"""Co-author credits in the languages of modern news (issue 14): the words that join two
names, a desk filed as a person, a short form of a credited name. Invented names and pages."""

import json

import pytest

import newsclean
from newsclean.metadata.bylines import looks_like_byline, normalise_author_list, parse_byline

_STORY = "".join(
    f"<p>Akapit {i}: rada miasta zebrała się we wtorek i zdecydowała o przebudowie starego mostu "
    "nad rzeką, który zniszczyły zimowe powodzie, zanim latem wrócą turyści i statki.</p>"
    for i in range(6)
)


def _page(lang: str = "pl", head: str = "", byline: str = "", ld=None) -> str:
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld is not None else ""
    return f"""<html lang="{lang}"><head><title>Nowy most nad rzeką | Kurier Nadrzeczny</title>
<meta property="og:site_name" content="Kurier Nadrzeczny">{head}{script}</head>
<body><article><h1>Nowy most nad rzeką</h1>
{byline}
{_STORY}</article><footer>Kurier Nadrzeczny, ul. Portowa 1</footer></body></html>"""


def _people(html: str) -> list[str]:
    a = newsclean.extract(html, url="https://kurier-nadrzeczny.example/miasto/most")
    return [*a.authors, *(c.name for c in a.contributors if c.role == "agency")]


def _ld(*names: str, kind: str = "Person") -> dict:
    return {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Nowy most nad rzeką",
            "author": [{"@type": kind, "name": n} for n in names]}


# --------------------------------------------------------------------------- joining words


@pytest.mark.parametrize(
    "credit, names",
    [
        # Polish "i", Indonesian "dan" and "serta" between two co-authors
        ("Jan Kowalski i Anna Nowak", ["Jan Kowalski", "Anna Nowak"]),
        ("Tomasz Wójcik, Ewa Lis i Marek Zając", ["Tomasz Wójcik", "Ewa Lis", "Marek Zając"]),
        ("Jan van Dijk i Anna Nowak-Kowalska", ["Jan van Dijk", "Anna Nowak-Kowalska"]),
        ("Budi Santoso dan Siti Rahma", ["Budi Santoso", "Siti Rahma"]),
        ("Agus Salim, Dewi Lestari dan Rina Putri", ["Agus Salim", "Dewi Lestari", "Rina Putri"]),
        ("Budi Santoso serta Siti Rahma", ["Budi Santoso", "Siti Rahma"]),
        # the other languages' words still join (a regression guard)
        ("Erik Lund och Sara Holm", ["Erik Lund", "Sara Holm"]),
        ("Ahmet Yılmaz ve Ayşe Kaya", ["Ahmet Yılmaz", "Ayşe Kaya"]),
    ],
)
def test_a_declared_author_value_joined_in_the_pages_language_is_each_co_author(credit, names):
    assert normalise_author_list([credit]) == names
    assert [c.name for c in parse_byline(credit).contributors] == names


def test_the_joining_words_match_only_in_lower_case():
    # capitalised, "Dan" is a given name: "Ann Lee, Dan Smith" credits Dan Smith, not "Smith"
    assert normalise_author_list(["Ann Lee, Dan Smith"]) == ["Ann Lee", "Dan Smith"]
    assert normalise_author_list(["Ann Lee and Dan Smith"]) == ["Ann Lee", "Dan Smith"]


def test_nordic_i_after_a_job_title_is_in_not_and():
    # "Journalist i Paris" is "reporter in Paris": the line stays one writer's byline
    line = "Kari Nordmann – Journalist i Paris"
    assert looks_like_byline(line)
    assert [c.name for c in parse_byline(line).contributors] == ["Kari Nordmann"]
    assert [c.name for c in parse_byline("Kari Nordmann, journalist i Oslo").contributors] == ["Kari Nordmann"]


def test_a_place_after_nordic_i_is_no_co_author():
    assert [c.name for c in parse_byline("Ola Berg i Oslo").contributors] == []
    assert "New York" not in normalise_author_list(["Kari Nordmann i New York"])


@pytest.mark.parametrize(
    "lang, page",
    [
        ("pl", {"head": '<meta name="author" content="Jan Kowalski i Anna Nowak">'}),
        ("pl", {"ld": _ld("Jan Kowalski i Anna Nowak")}),
        ("pl", {"byline": '<div class="byline">Autorzy: <a href="/a/jk">Jan Kowalski</a> i <a href="/a/an">Anna Nowak</a></div>'}),
    ],
)
def test_polish_co_authors_on_a_page(lang, page):
    assert _people(_page(lang, **page)) == ["Jan Kowalski", "Anna Nowak"]


def test_indonesian_co_authors_on_a_page():
    byline = '<div class="byline">Oleh <a href="/p/bs">Budi Santoso</a> dan <a href="/p/sr">Siti Rahma</a></div>'
    assert _people(_page("id", byline=byline)) == ["Budi Santoso", "Siti Rahma"]
    assert _people(_page("id", ld=_ld("Budi Santoso dan Siti Rahma"))) == ["Budi Santoso", "Siti Rahma"]


# --------------------------------------------------------------------------- desks


@pytest.mark.parametrize(
    "lang, desk",
    [
        ("en", "Web Desk"),
        ("en", "Sports Desk"),
        ("de", "Redaktion Digital"),
        ("pl", "Redakcja"),
        ("id", "Tim Redaksi"),
        ("it", "Redazione Web"),
        ("tr", "Haber Merkezi"),
    ],
)
def test_a_desk_filed_as_a_person_is_the_sites_credit_not_an_author(lang, desk):
    a = newsclean.extract(_page(lang, ld=_ld(desk)), url="https://kurier-nadrzeczny.example/miasto/most")
    assert a.authors == []
    assert [c.name for c in a.contributors if c.role == "agency"] == [desk]


def test_a_desk_in_an_author_tag_is_the_credit_when_nobody_else_is():
    assert _people(_page("en", head='<meta name="author" content="Web Desk">')) == ["Web Desk"]


def test_a_desk_beside_a_writer_is_not_credited():
    # the desk that filed a writer's story is the site itself, as a bare "News Desk" is
    assert _people(_page("en", ld=_ld("Ann Lee", "Web Desk"))) == ["Ann Lee"]
    assert _people(_page("de", ld=_ld("Anna Berg", "Redaktion Digital"))) == ["Anna Berg"]


def test_a_desk_word_inside_a_longer_name_or_a_collective_is_not_a_desk():
    # a wiki's collective credit stays its author; a team is no desk word
    ld = _ld("Contributors to Shore Wiki", kind="Organization")
    assert _people(_page("en", ld=ld)) == ["Contributors to Shore Wiki"]
    assert _people(_page("en", ld=_ld("Riverside Community Garden Team", kind="Organization"))) == [
        "Riverside Community Garden Team"
    ]


# --------------------------------------------------------------------------- one writer, two spellings


@pytest.mark.parametrize(
    "declared",
    [
        ["Ann Lee", "A. Lee"],
        ["A. Lee", "Ann Lee"],
        ["Ann Lee", "A Lee"],
        ["Ann Lee", "Lee"],
    ],
)
def test_a_short_form_beside_the_full_name_is_one_writer(declared):
    assert _people(_page("en", ld=_ld(*declared))) == ["Ann Lee"]


def test_two_writers_with_one_family_name_stay_two():
    assert _people(_page("en", ld=_ld("Ann Lee", "Bo Lee"))) == ["Ann Lee", "Bo Lee"]
    assert _people(_page("en", ld=_ld("Ann Lee", "B. Lee"))) == ["Ann Lee", "B. Lee"]


def test_a_byline_with_the_initial_adds_its_co_author():
    byline = '<div class="byline">By <a href="/p/al">A. Lee</a> and <a href="/p/bc">Bo Chen</a></div>'
    assert _people(_page("en", ld=_ld("Ann Lee"), byline=byline)) == ["Ann Lee", "Bo Chen"]


@pytest.mark.parametrize(
    "lang, byline, tag, names",
    [
        ("en", "By Ann Lee", "Ann Lee, Bo Chen", ["Ann Lee", "Bo Chen"]),
        ("de", "Von Anna Berg", "Anna Berg, Paul Krause", ["Anna Berg", "Paul Krause"]),
        ("pl", "Autor: Jan Kowalski", "Jan Kowalski i Anna Nowak", ["Jan Kowalski", "Anna Nowak"]),
    ],
)
def test_the_author_tags_co_authors_join_a_byline_with_the_first_writer_only(lang, byline, tag, names):
    page = _page(lang, head=f'<meta name="author" content="{tag}">', byline=f'<div class="byline">{byline}</div>')
    assert _people(page) == names


def test_an_author_tag_that_does_not_name_the_bylines_writer_adds_no_one():
    page = _page("en", head='<meta name="author" content="Carla Diaz, Bo Chen">', byline='<div class="byline">By Ann Lee</div>')
    assert _people(page) == ["Ann Lee"]


# --------------------------------------------------------------------------- CJK author tags


@pytest.mark.parametrize(
    "tag, names",
    [
        ("홍길동·김철수 기자", ["홍길동", "김철수"]),
        ("홍길동 기자, 김철수 기자", ["홍길동", "김철수"]),
        ("홍길동·김철수", ["홍길동", "김철수"]),
        ("山田太郎、佐藤花子", ["山田太郎", "佐藤花子"]),
        ("山田太郎", ["山田太郎"]),
    ],
)
def test_a_cjk_author_tag_lists_every_reporter(tag, names):
    assert normalise_author_list([tag]) == names


def test_korean_co_reporters_in_an_author_tag_on_a_page():
    head = '<meta name="author" content="홍길동·김철수 기자">'
    assert _people(_page("ko", head=head)) == ["홍길동", "김철수"]

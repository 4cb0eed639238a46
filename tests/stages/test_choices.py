"""The choices among candidates (newsclean.stages.choices), through extract() on HTML."""

from datetime import date

import newsclean

_PARAS = "".join(
    f"<p>The council said on the {n}th day that the old bridge over the river would reopen to traffic after "
    "months of repairs, and that buses would return to their usual routes.</p>"
    for n in range(4, 10)
)


def _page(head: str, head_lines: str = "", tail: str = "") -> str:
    return (f"<html><head>{head}</head><body><article><h1>Bridge reopens after months of repairs</h1>"
            f"{head_lines}{_PARAS}</article>{tail}</body></html>")


def test_a_date_shown_only_in_the_title_dates_the_story():
    a = newsclean.extract(_page("<title>Bridge reopens after months of repairs - Local - Nov 6, 2012</title>"))
    assert a.published == date(2012, 11, 6)
    assert a.date_source == "html.title"


def test_a_declared_date_beats_the_shown_one():
    a = newsclean.extract(_page('<title>Bridge reopens after months of repairs - Nov 6, 2012</title>'
                                '<meta property="article:published_time" content="2012-11-05">'))
    assert a.published == date(2012, 11, 5)


def test_the_declared_author_shown_as_editor_is_an_editor_contributor():
    head = ('<title>Bridge reopens</title><script type="application/ld+json">{"@type": "NewsArticle",'
            ' "headline": "Bridge reopens after months of repairs", "author": {"@type": "Person", "name": "Ann Lee"}}'
            '</script>')
    lines = ('<div class="info"><div class="author-2">Tom Okafor</div></div>'
             '<div class="info-author">Editor : <a class="author" href="/author/ann-lee">Ann Lee</a></div>')
    a = newsclean.extract(_page(head, lines))
    assert a.authors == ["Tom Okafor"]
    assert ("Ann Lee", "editor") in [(c.name, c.role) for c in a.contributors]

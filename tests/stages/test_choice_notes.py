"""The candidates the choice stages chose from, on Article.candidates and in --explain."""

import newsclean
from newsclean.cli import explain

# a wire story as an aggregator prints it: a teaser's age, the story's date line, a byline
STORY = (
    "Dockworkers end strike after pay deal\n\n"
    "By Ines Marlow and Tomas Reyes\n\n"
    "March 3, 2024\n\n"
    "Dockworkers at the country's three largest ports returned to work on Sunday after their union "
    "accepted a pay offer that raises wages by nine percent over two years.\n\n"
    "The strike had halted container traffic for eleven days and left hundreds of ships waiting at "
    "anchor, the port authority said in a statement.\n\n"
    "Shipping lines said it would take about two weeks to clear the backlog of cargo.\n"
)

PAGE = """<!doctype html><html><head><title>Dockworkers end strike</title>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Dockworkers end strike after pay deal",
"datePublished": "2024-03-03T08:00:00Z", "author": [{"@type": "Person", "name": "Ines Marlow"}]}</script>
</head><body><article><h1>Dockworkers end strike after pay deal</h1>
<p>By Ines Marlow</p>
<p>Dockworkers at the country's three largest ports returned to work on Sunday after their union accepted a pay
offer that raises wages by nine percent over two years.</p>
<p>The strike had halted container traffic for eleven days and left hundreds of ships waiting at anchor, the port
authority said in a statement.</p>
<p>Shipping lines said it would take about two weeks to clear the backlog of cargo.</p></article></body></html>"""


def test_text_candidates_mark_the_chosen_date_and_authors():
    a = newsclean.extract(STORY)
    dates = [c for c in a.candidates if c.field == "published"]
    assert [c.value for c in dates if c.chosen] == ["2024-03-03"]
    assert next(c for c in dates if c.chosen).source == a.date_source
    people = [c for c in a.candidates if c.field == "authors"]
    assert {c.value for c in people if c.chosen} == set(a.authors) == {"Ines Marlow", "Tomas Reyes"}
    assert all(c.text and "Marlow" in c.text for c in people)


def test_html_candidates_list_the_declared_date_and_author():
    a = newsclean.extract(PAGE)
    declared = [c for c in a.candidates if c.field == "published" and c.source == a.date_source]
    assert len(declared) == 1 and declared[0].chosen and declared[0].value.startswith("2024-03-03")
    assert any(c.field == "authors" and c.value == "Ines Marlow" and c.chosen for c in a.candidates)


def test_only_one_date_is_chosen():
    for page in (STORY, PAGE):
        assert sum(c.chosen for c in newsclean.extract(page).candidates if c.field == "published") <= 1


def test_explain_lists_the_candidates():
    listing = explain(newsclean.extract(STORY))
    assert "chosen published 2024-03-03" in listing
    assert "chosen authors   Ines Marlow" in listing

import json
import pickle
from datetime import date

import pydantic
import pytest

import newsclean
from newsclean import Article
from newsclean.errors import BinaryInputError, EmptyInputError, NewscleanError

STORY = """Harbour wall to be rebuilt before winter

By Ann Lee and Tom Okafor

The harbour board voted on Tuesday to rebuild the northern wall before the winter storms, after engineers found cracks along most of its length.

The work will cost about 2 million crowns and close the northern quay to fishing boats for six weeks, the board said in a statement.

"We could not wait another winter," harbour master Ines Varga said.

Comments / 3
Related
Ferry timetable changes from Monday
"""


def test_extract_text_gives_a_typed_article():
    a = newsclean.extract(STORY)
    assert isinstance(a, Article)
    assert a.title == "Harbour wall to be rebuilt before winter"
    assert a.authors == ["Ann Lee", "Tom Okafor"]
    assert a.input_kind == "text"
    assert len(a.blocks) == 3 and a.body.count("\n\n") == 2
    assert "Comments" not in a.body and "Ferry timetable" not in a.body
    assert {r.rule for r in a.removed} >= {"chrome.line_shape", "chrome.section_header"}


def test_bytes_and_str_give_the_same_article():
    assert newsclean.extract(STORY.encode("utf-8")) == newsclean.extract(STORY)


def test_kind_can_be_forced():
    html_as_text = newsclean.extract("<p>" + STORY + "</p>", kind="text")
    assert html_as_text.input_kind == "text"
    with pytest.raises(ValueError):
        newsclean.extract(STORY, kind="pdf")  # type: ignore[arg-type]


def test_article_is_immutable_and_round_trips_through_json():
    a = newsclean.extract(STORY)
    with pytest.raises(pydantic.ValidationError):
        a.title = "changed"  # type: ignore[misc]
    assert Article.model_validate_json(a.model_dump_json()) == a
    schema = Article.json_schema()
    assert {"title", "authors", "body", "removed", "blocks"} <= set(schema["properties"])
    json.dumps(schema)


def test_extract_is_picklable_and_deterministic():
    fn = pickle.loads(pickle.dumps(newsclean.extract))
    assert fn(STORY) == newsclean.extract(STORY)


@pytest.mark.parametrize("bad, error", [(b"", EmptyInputError), ("   \n ", EmptyInputError),
                                         (b"%PDF-1.4 binary", BinaryInputError)])
def test_unusable_input_raises_a_typed_error(bad, error):
    with pytest.raises(error) as info:
        newsclean.extract(bad)
    assert isinstance(info.value, NewscleanError) and str(info.value)


def test_page_without_article_gives_empty_body_and_warning():
    a = newsclean.extract("Home\nNews\nSport\nWeather\nContact us\nPrivacy Policy")
    assert a.body == "" and a.blocks == [] and a.is_empty
    assert a.warnings
    assert len(a.removed) == 6


def test_relative_age_uses_the_reference_date_never_the_clock():
    page = STORY.replace("By Ann Lee and Tom Okafor", "By Ann Lee and Tom Okafor\n3 days ago")
    assert newsclean.extract(page).published is None
    assert newsclean.extract(page, reference_date=date(2024, 3, 10)).published == date(2024, 3, 7)


def test_markdown_and_html_card():
    a = newsclean.extract(STORY)
    md = a.to_markdown()
    assert md.startswith("# Harbour wall to be rebuilt before winter")
    card = a._repr_html_()
    assert "Harbour wall" in card and "chrome.section_header" in card


def test_markdown_renders_table_rows_and_code_listings():
    from newsclean.article import Article, BodyBlock

    a = Article(title="Piers", blocks=[
        BodyBlock(kind="paragraph", text="The piers this year:"),
        BodyBlock(kind="table_row", text="Pier | Boats"),
        BodyBlock(kind="table_row", text="North | 12"),
        BodyBlock(kind="code", text="def tide(hour):"),
        BodyBlock(kind="code", text="return hour % 12"),
    ])
    md = a.to_markdown()
    assert "| Pier | Boats |\n|---|---|\n| North | 12 |" in md
    assert "```\ndef tide(hour):\nreturn hour % 12\n```" in md

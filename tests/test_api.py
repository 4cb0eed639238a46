import json
import pickle
from datetime import date, datetime

import pydantic
import pytest

import newsclean
from newsclean import Article
from newsclean.errors import BinaryInputError, EmptyInputError, InvalidReferenceDateError, NewscleanError

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


# ---------------------------------------------------------------- reference_date forms (issue 17)

AGED = STORY.replace("By Ann Lee and Tom Okafor", "By Ann Lee and Tom Okafor\n3 days ago")


@pytest.mark.parametrize("ref", [date(2024, 3, 10), datetime(2024, 3, 10, 9, 15), "2024-03-10",
                                 "2024-03-10T09:15:00Z", "2024-03-10T09:15:00+01:00"])
def test_extract_accepts_a_date_a_datetime_or_an_iso_string(ref):
    # the same forms extract_many accepts, with the same result
    assert newsclean.extract(AGED, reference_date=ref).published == date(2024, 3, 7)
    [result] = newsclean.extract_many([{"text": AGED, "reference_date": ref}], workers=1, progress=False)
    assert result.article.published == date(2024, 3, 7)


@pytest.mark.parametrize("ref", [20240310, b"2024-03-10", "10/03/2024", "three days ago", ""])
def test_extract_refuses_other_reference_dates_at_the_call(ref, monkeypatch):
    import newsclean.api

    # refused before any work: the page is never even decoded
    def no_work(*args, **kwargs):
        raise AssertionError("extract worked on the page before checking its arguments")

    monkeypatch.setattr(newsclean.api, "decode_source_utf8", no_work)
    with pytest.raises(InvalidReferenceDateError, match="reference_date"):
        newsclean.extract(AGED, reference_date=ref)


def test_extract_many_refuses_a_bad_default_reference_date_at_the_call():
    with pytest.raises(InvalidReferenceDateError):
        newsclean.extract_many([AGED], reference_date=20240310, workers=1, progress=False)
    [result] = newsclean.extract_many([AGED], reference_date="2024-03-10", workers=1, progress=False)
    assert result.article.published == date(2024, 3, 7)


def test_a_record_with_a_bad_reference_date_is_an_error_row_not_a_crash():
    run = newsclean.extract_many([{"id": "a", "text": AGED, "reference_date": "10/03/2024"},
                                  {"id": "b", "text": AGED, "reference_date": "2024-03-10"}],
                                 workers=1, progress=False)
    bad, good = list(run)
    assert bad.status == "error" and bad.error_type == "InvalidReferenceDateError"
    assert "10/03/2024" in bad.error_message
    assert good.article.published == date(2024, 3, 7)


def test_card_shows_authors_with_their_roles():
    from newsclean.article import Contributor

    a = Article(title="Harbour wall", authors=["Ann Lee", "Tom Okafor"], byline="By Ann Lee and Tom Okafor, Wire",
                contributors=[Contributor(name="Ann Lee"), Contributor(name="Tom Okafor"),
                              Contributor(name="Wire Service", role="agency"),
                              Contributor(name="Jo Ray", role="photographer")])
    card = a._repr_html_()
    assert "<b>authors</b>: Ann Lee, Tom Okafor" in card
    assert "<b>agency</b>: Wire Service" in card and "<b>photographer</b>: Jo Ray" in card
    assert "<b>byline</b>: By Ann Lee and Tom Okafor, Wire" in card  # the raw line stays too
    # roles in a fixed order (authors first), one name singular
    assert card.index("<b>authors</b>") < card.index("<b>agency</b>") < card.index("<b>photographer</b>")
    assert "<b>author</b>: Ann Lee" in Article(authors=["Ann Lee"])._repr_html_()


def test_card_says_when_no_author_was_found():
    card = Article(title="Tides", body="Tides rise.")._repr_html_()
    assert "<b>authors</b>:" in card and "none found" in card


def test_card_of_an_extracted_article_names_its_authors():
    card = newsclean.extract(STORY)._repr_html_()
    assert "<b>authors</b>: Ann Lee, Tom Okafor" in card
def test_a_page_whose_first_choice_holds_no_article_gets_a_second_look(monkeypatch):
    """trafilatura's first choice is sometimes a link rail beside a short story: that
    choice is refused by the gate, and the precision-mode candidate is taken instead."""
    import copy

    import trafilatura

    import newsclean.segment.html as seg

    links = "".join(f"<li><a href='/l/{i}'>Harbour cafe number {i}</a></li>" for i in range(8))
    story = ("<p>Our favourite walks all start at a ferry pier, so you can leave the car at home and still see "
             "the coast at its best.</p><p>Each one is short enough for an afternoon, and every route ends at a "
             "cafe by the water.</p>")
    page = (f"<html><head><title>Ferry walks</title></head><body><div id='story'><h1>Ferry walks</h1>{story}</div>"
            f"<div id='rail'><h3>Link Love</h3><ul>{links}</ul></div></body></html>")
    real = trafilatura.bare_extraction

    def rail_first(tree, **options):
        if options.get("favor_precision"):
            return real(tree, **options)
        tree = copy.deepcopy(tree)  # the first choices see only the rail, as on the pages this is for
        for el in tree.xpath("//div[@id='story']"):
            el.getparent().remove(el)
        return real(tree, **options)

    monkeypatch.setattr(seg.traf, "bare_extraction", rail_first)
    article = newsclean.extract(page)
    assert "every route ends at a cafe" in article.body
    assert "Harbour cafe" not in article.body
    assert any("another candidate" in w for w in article.warnings)


def test_a_link_list_page_stays_empty_after_the_second_look():
    items = "".join(f"<li><a href='/story/{i}'>Harbour update number {i}: council reviews plans</a></li>"
                    for i in range(40))
    article = newsclean.extract(f"<html><head><title>Latest</title></head><body><h1>Latest</h1><ul>{items}</ul>"
                                "<div id='footer'><a href='/about'>About us</a> <a href='/privacy'>Privacy</a></div>"
                                "</body></html>")
    assert article.body == ""
    assert any("no article" in w for w in article.warnings)

"""The story's date in its own head where an earlier stage took that head for a teaser
(invented pages): a headline line with its stamp glued on, a headline line with its fields
after bars, and a dated byline closing a run of teaser cards right over the story. Lines further
up are a teaser list's rows and never date the story; nothing is completed from the clock."""

from datetime import date

import pytest

import newsclean
from newsclean.document import Label
from newsclean.stages.metadata_glued_stamp import _barred_stamp, glued_stamp_over_story
from tests.stages.test_story_dates import FOOT, MENU, STORY  # the same invented page

GLUED = "Harbour school to stay open after council vote Local news, Updated Nov 06, 2012 at 10:16pm IST"


def _head_as_teaser(text_doc, head: list[str], teaser_at: int):
    """The page with its head's line ``teaser_at`` taken for a teaser, the story from the first
    story paragraph on."""
    doc = text_doc("\n".join([*MENU, *head, *STORY]))
    start = len(MENU) + len(head)
    doc.found["region"] = (start, len(doc.blocks) - 1)
    doc.blocks[len(MENU) + teaser_at].mark(Label.CHROME, "teaser.isolated_summary")
    return doc, start


def test_the_stamp_glued_to_the_head_taken_for_a_teaser_dates_the_story(text_doc):
    doc, start = _head_as_teaser(text_doc, [GLUED, "Press Association"], 0)
    assert glued_stamp_over_story(doc, start, {})
    assert doc.found["date_lines"] == ["Updated Nov 06, 2012 at 10:16pm IST"]
    assert doc.blocks[len(MENU)].label == Label.DATE


def test_a_glued_stamp_above_the_story_s_head_is_a_teaser_row(text_doc):
    # three lines of another list between the glued line and the story: out of reach
    head = [GLUED, "Most read", "Ferry fares to rise", "Library hours extended", "Press Association"]
    doc, start = _head_as_teaser(text_doc, head, 0)
    assert not glued_stamp_over_story(doc, start, {})
    assert "date_lines" not in doc.found


def test_prose_over_the_story_ends_the_search(text_doc):
    # a long paragraph between (another story's text, or this one's before a gap): no head
    doc, start = _head_as_teaser(text_doc, [GLUED, f"{STORY[0]} {STORY[1]}"], 0)
    assert not glued_stamp_over_story(doc, start, {})


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        (
            "Harbour school stays open by Ann Lee | 80 views | August 9, 2012 at 4:35 pm | 0 Comments",
            "August 9, 2012 at 4:35 pm",
        ),
        ("Hafenschule bleibt offen · Lokales · 9. August 2012, 16:35 Uhr", "9. August 2012, 16:35 Uhr"),
    ],
)
def test_a_stamp_among_the_fields_after_a_headline(line, stamp):
    assert _barred_stamp(line) == stamp


@pytest.mark.parametrize(
    "line",
    [
        # one field only: a teaser's headline beside its date
        "Harbour school stays open | August 9, 2012",
        # no year: never completed from the clock
        "Harbour school stays open by Ann Lee | 80 views | August 9 at 4:35 pm | 0 Comments",
    ],
)
def test_no_stamp_among_the_fields_after_a_headline(line):
    assert _barred_stamp(line) is None


def test_the_story_s_first_line_with_its_fields_dates_the_story_and_stays_in_the_body():
    line = "Harbour school stays open by Ann Lee | 80 views | August 9, 2012 at 4:35 pm | 0 Comments"
    a = newsclean.extract("\n".join([*MENU, "Email Subscription", line, *STORY, *FOOT]), kind="text")
    assert a.published is not None and a.published.date() == date(2012, 8, 9)


CARDS = [
    "Transport",
    "Ferry fares to rise again in the spring, operator says",
    "By Tom Okafor",
    "Weather",
    "Fishing fleet returns early as storm warnings are issued",
    "By Rosa Diaz",
    "Schools",
    "Harbour school to stay open after council vote on repairs",
]


def test_the_dated_byline_closing_a_card_run_over_the_story_dates_it():
    lines = [*MENU, *CARDS, "By Ann Lee Thu., Aug. 9 2012 at 1:00 PM", "Categories: Schools", *STORY, *FOOT]
    a = newsclean.extract("\n".join(lines), kind="text")
    assert a.published is not None and a.published.date() == date(2012, 8, 9)


def test_a_card_run_s_undated_last_byline_gives_no_date():
    lines = [*MENU, *CARDS, "By Ann Lee", "Categories: Schools", *STORY, *FOOT]
    assert newsclean.extract("\n".join(lines), kind="text").published is None

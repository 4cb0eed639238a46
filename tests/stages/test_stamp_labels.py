"""Date stamps printed beside short labels (a place, an agency, a site's name, a permalink or a
comment count), on whole text pages and alone (invented stories)."""

from datetime import date, datetime

import pytest
from invented_story import STORY

import newsclean
from newsclean.stages.metadata_zone import _metadata_line, stamp_and_labels, stamp_beside_labels

HEADLINE = "Coastal road closed for weeks after storm breaches sea wall\n\n"


@pytest.mark.parametrize(
    ("line", "stamp", "labels"),
    [
        ("Stenford - 12 MAR 2024 - 14:05 CET", "12 MAR 2024 - 14:05 CET", ["Stenford"]),
        ("Harbour Wire | 12 March 2024", "12 March 2024", ["Harbour Wire"]),
        ("12 March 2024 | Permalink", "12 March 2024", ["Permalink"]),
        ("Published on March 12th, 2024 - 3 Comments", "Published on March 12th, 2024", ["3 Comments"]),
        ("Marlow Bay, 12.03.2024", "12.03.2024", ["Marlow Bay"]),
        ("Tuesday 12 March 2024 11:42, UK", "Tuesday 12 March 2024 11:42", ["UK"]),
        ("Bay Courier, Tuesday 12 March 2024 13.42 GMT", "Tuesday 12 March 2024 13.42 GMT", ["Bay Courier"]),
        ("Reuters March 12, 2024, 9:02 AM", "March 12, 2024, 9:02 AM", ["Reuters"]),
    ],
)
def test_the_stamp_and_its_labels(line, stamp, labels):
    assert stamp_and_labels(line) == (stamp, labels)


@pytest.mark.parametrize(
    "line",
    [
        # a teaser's headline beside its date: no short label
        "Council votes to close the old harbour school after years of debate - 12 March 2024",
        # a source's field dates the source, not the story
        "Source: Harbour Authority, 12 March 2024",
        # a stamp without a year dates nothing without a reference
        "Stenford | 12 March",
        # a date in a sentence
        "In Stenford, 12 people were rescued on 12 March 2024",
        # a question is no label
        "Who pays for the wall? | 12 March 2024",
        # too many labels: a row of a table
        "Stenford | Marlow | Tide | Wind | 12 March 2024",
        # a plain date line is not a line with labels
        "12 March 2024",
    ],
)
def test_no_stamp_beside_labels(line):
    assert stamp_beside_labels(line) is None


def test_a_stamp_with_a_place_dates_the_story():
    page = "Home\n\nNews\n\n" + HEADLINE + "Stenford - 12 MAR 2024 - 14:05 CET\n\n" + STORY
    a = newsclean.extract(page, kind="text")
    assert a.published == datetime.fromisoformat("2024-03-12T14:05:00+01:00")
    assert "Stenford - 12 MAR 2024 - 14:05 CET" not in a.body


def test_an_agency_beside_the_stamp_dates_and_credits_the_story():
    page = "Home\n\nNews\n\n" + HEADLINE + "AFP | 12 March 2024\n\n" + STORY
    a = newsclean.extract(page, kind="text")
    assert a.published == date(2024, 3, 12)
    assert [c.name for c in a.contributors if c.role == "agency"] == ["AFP"]


def test_a_closing_stamp_with_a_permalink_dates_the_story():
    page = HEADLINE + STORY + "\nMarch 12, 2024 | Permalink\n\nLeave a comment\n"
    a = newsclean.extract(page, kind="text")
    assert a.published == date(2024, 3, 12)


def test_a_list_of_issues_with_their_dates_is_not_the_story_stamp(text_doc):
    doc = text_doc(
        "Related posts\n"
        "The Harbour Letter, Tuesday, March 5, 2024\n"
        "The Harbour Letter, Friday, March 1, 2024\n"
        "The Harbour Letter, Tuesday, February 27, 2024\n"
    )
    assert not _metadata_line(doc, doc.blocks[2], soft=False)
    alone = text_doc("Related posts\nThe Harbour Letter, Friday, March 1, 2024\nRead more\n")
    assert _metadata_line(alone, alone.blocks[1], soft=False)
    assert alone.found["date_lines"] == ["Friday, March 1, 2024"]


def test_a_stamp_over_a_picture_credit_is_no_caption():
    page = (
        "Home\n\nNews\n\n" + HEADLINE + "Mara Lindqvist\n\nTuesday 12 March 2024 11:42, UK\n\n"
        "Image: Photo Desk\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.published == datetime(2024, 3, 12, 11, 42)


def test_a_dated_byline_over_a_credit_is_no_caption():
    page = (
        "Home\n\nNews\n\n" + HEADLINE + "Posted by Mara Lindqvist on March 12, 2024, 6:21 AM\n"
        "Photo: Ina Kove\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.authors == ["Mara Lindqvist"]
    assert a.published == datetime(2024, 3, 12, 6, 21)


def test_a_byline_date_written_both_ways_reads_as_the_page_writes_dates():
    # "09/03/2024" is 9 March or 3 September; the page's comment stamps write the day first
    page = (
        HEADLINE + "Published on 09/03/2024 by Mara Lindqvist\n\n" + STORY + "\nComments\n\n"
        "Ina Kove 25/03/2024 18:40\n\nGood to hear the buses will keep running.\n"
    )
    a = newsclean.extract(page, kind="text")
    assert a.authors == ["Mara Lindqvist"]
    assert a.published == date(2024, 3, 9)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Filed as Harbour News on March 12, 2024 11:25 am", date(2024, 3, 12)),
        ("March 12, 2024 4:00 AM PDT Follow @maralind", date(2024, 3, 12)),
        ("Posted to Harbour on 12 March 2024 · Comments (1)", date(2024, 3, 12)),
        ("Posted on March 12th, 2024 in Local News, Weather |", date(2024, 3, 12)),
    ],
)
def test_the_meta_line_under_the_headline_dates_the_story(line, day):
    page = "Home\n\nNews\n\n" + HEADLINE + line + "\n\n" + STORY
    a = newsclean.extract(page, kind="text")
    assert a.published is not None and (a.published.date() if isinstance(a.published, datetime) else a.published) == day
    assert line not in a.body


def test_a_sentence_under_the_headline_is_no_meta_line():
    page = "Home\n\nNews\n\n" + HEADLINE + "The road was first closed on March 12, 2024.\n\n" + STORY
    a = newsclean.extract(page, kind="text")
    assert a.published is None


def test_the_bylines_date_beats_a_meta_line():
    page = (
        "Home\n\nNews\n\n" + HEADLINE + "By Mara Lindqvist on March 12, 2024\n\n"
        "Filed as Harbour News on March 14, 2024 11:25 am\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.published == date(2024, 3, 12)


def test_a_byline_giving_only_its_update_dates_the_story_by_it():
    page = "Home\n\nNews\n\n" + HEADLINE + "Modified on March 12, 2024 by Mara Lindqvist\n\n" + STORY
    a = newsclean.extract(page, kind="text")
    assert a.authors == ["Mara Lindqvist"]
    assert a.published == date(2024, 3, 12)
    assert a.date_source == "text.updated_line"


def test_a_kicker_line_with_the_date_over_the_headline_dates_the_story():
    page = (
        "Home\n\nNews\n\n"
        "Harbour · Stenford · Tuesday March 12, 2024 · Listen · Gift this article\n\n" + HEADLINE + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.published == date(2024, 3, 12)

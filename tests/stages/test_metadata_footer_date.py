"""The post's date in its footer when nothing over the story dates it (invented pages): the
date with the post's fields after it, a footer sentence opened by a publication cue, a line a
cue leads. A teaser's line, an update's date or a sentence of the story never date the post."""

from datetime import date, datetime

import pytest

import newsclean
from newsclean.stages.metadata_footer_date import footer_stamp
from tests.stages.test_story_dates import FOOT, HEADLINE, MENU, STORY  # the same invented page

@pytest.mark.parametrize(
    "line, stamp",
    [
        ("October 1st, 2012 | Tags: schools, harbour | Category: Local | 14 comments", "October 1st, 2012"),
        ("August 9th, 2012 | Category: Schools, Repairs", "August 9th, 2012"),
        (
            "This was written by Ann Lee. Posted on Sunday, September 16, 2012, at 7:05 pm. Filed under Schools. "
            "Bookmark the permalink.",
            "Posted on Sunday, September 16, 2012, at 7:05 pm",
        ),
        (
            "Posted by Ann Lee on Sunday, October 28, 2012 at 06:18 PM in Schools | Permalink",
            "Posted by Ann Lee on Sunday, October 28, 2012 at 06:18 PM in Schools | Permalink",
        ),
    ],
)
def test_a_footer_line_gives_its_date_field(line, stamp):
    assert footer_stamp(line) == stamp


@pytest.mark.parametrize(
    "line",
    [
        "October 1st, 2012",  # one field: a date line, read by the stages over the story
        "Ferry fares to rise | October 1st, 2012",  # a teaser's headline with its date
        "Updated October 2nd, 2012 | Tags: schools",  # an update, not the publication
        "The school first opened on October 1st, 2012. It had two classrooms.",  # the story's sentence
    ],
)
def test_lines_that_are_no_footer_date(line):
    assert footer_stamp(line) is None


def _published(lines: list[str]):
    return newsclean.extract("\n".join(lines), kind="text").published


def test_the_footer_under_the_post_dates_it():
    footer = "October 1st, 2012 | Tags: schools, harbour | Category: Local | 14 comments"
    assert _published([*MENU, HEADLINE, *STORY, footer, *FOOT]) == date(2012, 10, 1)


def test_a_footer_sentence_dates_the_post():
    footer = "This was written by Ann Lee. Posted on Sunday, September 16, 2012, at 7:05 pm. Filed under Schools."
    assert _published([*MENU, HEADLINE, *STORY, footer, *FOOT]) == datetime(2012, 9, 16, 19, 5)


def test_a_date_over_the_story_wins_over_the_footer():
    footer = "October 1st, 2012 | Tags: schools | 14 comments"
    assert _published([*MENU, HEADLINE, "September 30, 2012", *STORY, footer, *FOOT]) == date(2012, 9, 30)

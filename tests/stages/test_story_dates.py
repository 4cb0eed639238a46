"""Which printed date is the story's on a whole text page (invented pages): a post's stamp
led by its cue under the story, a list of teasers' dates over the story (never the story's),
the story's own headline listed again with its date, and numeric dates read day first only
on a real clock."""

from datetime import date

import pytest

import newsclean
from newsclean.metadata import dates
from newsclean.stages.metadata_story_dates import caption_date, cued_post_stamp

MENU = ["Home", "News", "Local", "Sport", "Weather", "Sign in"]

HEADLINE = "Harbour school to stay open after council vote on repairs"

STORY = [
    "The council voted on Tuesday evening to keep the old harbour school open and to repair "
    "its roof and windows over the summer, after months of campaigning by parents.",
    "The repairs are expected to cost about four million pounds, part of which will come "
    "from a national fund for school buildings, the council's finance chief said.",
    "Parents and teachers had collected more than three thousand signatures and handed them "
    "to the mayor at a packed meeting in the town hall in the autumn.",
    "Work is due to begin in July and to last two years, while lessons continue in "
    "temporary classrooms set up on the playing field behind the school.",
]

FOOT = ["Terms of use", "Privacy", "Contact us"]


def _published(lines: list[str]):
    return newsclean.extract("\n".join(lines), kind="text").published


def _day(value):
    return value if value is None or type(value) is date else value.date()


# --- a post's stamp led by its cue, under the story ---


@pytest.mark.parametrize(
    "line",
    [
        "Posted by Ann Lee on March 9, 2024 | Permalink",
        "Posted to Local News on 9 March 2024 · Comments (4)",
        "Veröffentlicht in Lokales am 9. März 2024",
        "Publicado por Ana López el 9 de marzo de 2024",
    ],
)
def test_a_cued_post_stamp(line):
    assert cued_post_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        # a sentence of the story, not a stamp
        "Posted on March 9, 2024 by Ann Lee. This entry was filed under Travel.",
        # an update is no publication stamp
        "Updated by Ann Lee on March 9, 2024",
        # no year: nothing to date without a reference
        "Posted by Ann Lee on March 9 | Permalink",
        # no cue first
        "Ann Lee wrote about the school on March 9, 2024",
    ],
)
def test_not_a_cued_post_stamp(line):
    assert not cued_post_stamp(line)


def test_a_blog_posts_closing_stamp_outside_the_story_dates_it():
    lines = [*MENU, HEADLINE, *STORY, "Share", "Posted by Ann Lee on March 9, 2024 | Permalink", "Comments", *FOOT]
    assert _day(_published(lines)) == date(2024, 3, 9)


def test_the_posts_stamp_wins_over_its_comments_stamps():
    lines = [
        *MENU,
        HEADLINE,
        *STORY,
        "Posted to Local News on 9 March 2024 · Comments (2)",
        "Tom said:",
        "Great news for the children of the harbour district, and well deserved by the parents.",
        "March 12, 2024 3:27 PM",
        "Post a comment",
        *FOOT,
    ]
    assert _day(_published(lines)) == date(2024, 3, 9)


def test_a_dated_byline_wins_over_the_next_posts_stamp():
    lines = [
        *MENU,
        HEADLINE,
        "Posted March 9th, 2024 at 11:08 am by Ann Lee",
        *STORY,
        "Older post",
        "Posted March 6th, 2024 at 2:08 pm by Ann Lee",
        *FOOT,
    ]
    assert _day(_published(lines)) == date(2024, 3, 9)


# --- a list of teasers' dates over the story ---

TEASERS = [
    "More stories",
    "NEWS",
    "Bridge on the coast road closed for repairs",
    "March 4, 2024",
    "SPORT",
    "Harbour rowing club wins the county cup",
    "February 27, 2024",
    "NEWS",
    "New mayor sworn in at the town hall",
    "February 19, 2024",
    "LOCAL",
]


def test_a_list_of_teasers_dates_never_dates_the_story():
    assert _published([*MENU, *TEASERS, HEADLINE, *STORY, *FOOT]) is None


def test_the_story_stamp_under_its_headline_wins_over_the_teasers_above():
    lines = [*MENU, *TEASERS, HEADLINE, "By Ann Lee", "March 9, 2024", *STORY, *FOOT]
    assert _day(_published(lines)) == date(2024, 3, 9)


def test_published_and_updated_lines_one_under_another_are_no_list():
    lines = [*MENU, HEADLINE, "By Ann Lee", "Published March 9, 2024", "Updated March 10, 2024", *STORY, *FOOT]
    assert _day(_published(lines)) == date(2024, 3, 9)


# --- the story's own headline listed again with its date ---


def test_the_date_beside_the_story_listed_again_in_a_latest_list():
    latest = [
        "Latest news",
        HEADLINE,
        "9 March, 2024",
        "Coast road reopens after three weeks of repairs",
        "9 March, 2024",
        "Rowing club wins the county cup",
        "8 March, 2024",
    ]
    lines = [*MENU, HEADLINE, "By Ann Lee | Published: 5 hours ago", *STORY, *latest, *FOOT]
    assert _day(_published(lines)) == date(2024, 3, 9)


def test_a_teasers_repeated_headline_gives_no_date():
    # the story's headline is not in the list: its rows date other stories
    latest = ["Latest news", "Coast road reopens after three weeks of repairs", "9 March, 2024"]
    lines = [*MENU, HEADLINE, "By Ann Lee | Published: 5 hours ago", *STORY, *latest, *FOOT]
    assert _published(lines) is None


# --- numeric dates both ways: a clock in prose is no evidence ---


def test_a_dotted_measure_in_prose_is_no_24_hour_clock():
    assert dates.page_dayfirst(["Posted: 08/09/2024 4:03 pm", "She won the final in 19.32 seconds."]) is None
    assert dates.page_dayfirst(["Posted: 08/09/2024", "Published 08.09.2024 19.32 Uhr"]) is True
    assert dates.page_dayfirst(["Posted: 08/09/2024", "The vote closed at 19:32 on Tuesday."]) is True


def test_a_month_first_stamp_is_not_read_day_first_from_a_race_time():
    lines = [
        *MENU,
        HEADLINE,
        "Posted: 08/09/2024 4:03 pm",
        *STORY,
        "The winner of the school's sports day ran the 200 metres in 21.45 seconds, a record.",
        *FOOT,
    ]
    assert _published(lines) is None


def test_a_listed_headline_between_two_dates_gives_none_of_them():
    # which of the two dates is the row's own is not known ("24/07/2023" belongs to the row above)
    latest = [
        "Popular",
        "Rowing club wins the county cup",
        "24/07/2023, 11 Comments",
        HEADLINE,
        "09/03/2024, No comments",
        "Coast road reopens after three weeks of repairs",
    ]
    lines = [*MENU, HEADLINE, "By Ann Lee | Published: 5 hours ago", *STORY, *latest, *FOOT]
    assert _published(lines) is None


def test_a_comments_stamp_under_the_story_is_not_the_storys_date():
    lines = [
        *MENU,
        "March 4, 2024 5:12 pm — By Ann Lee",
        HEADLINE,
        *STORY,
        "Tweet",
        "1 comment",
        "Tom Baker says:",
        "March 6, 2024 at 2:45 am",
        "Good news for the harbour district at last.",
        "Leave a reply",
        *FOOT,
    ]
    assert _day(_published(lines)) == date(2024, 3, 4)


# --- a caption's date under the headline is not the story's ---


@pytest.mark.parametrize(
    "line",
    [
        "Parents wait outside the harbour school before the vote (Marlow Bay, 6.12.2010)",
        "Rescue crews at the old pier in Stenford after the storm (file photo, 9 March 2019)",
        "Eltern warten vor der Hafenschule auf die Abstimmung (Archivbild, 12.03.2020)",
    ],
)
def test_a_captions_closing_date(line):
    assert caption_date(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ann Lee (9 March 2024)",
        "Filed as Local News on March 9, 2024 11:25 am",
        # a date before the parenthesis: the line's own stamp
        "March 9, 2024 at 11:25 am by Ann Lee (updated March 10, 2024)",
        # no date in the parenthesis
        "Parents wait outside the harbour school before the vote (Marlow Bay)",
    ],
)
def test_not_a_captions_closing_date(line):
    assert not caption_date(line)


def test_a_captions_date_under_the_headline_never_dates_the_story():
    lines = [
        *MENU,
        HEADLINE,
        "By Ann Lee",
        "Photo: Tom Okafor/Harbour Press",
        "Parents wait outside the harbour school before the vote (Marlow Bay, 6.12.2010)",
        *STORY,
        *FOOT,
    ]
    assert _published(lines) is None


"""Where a text page prints the story's date, by layout (invented pages): a stamp with the
agency's credit in parentheses (which a caption's credit resembles), a date badge printed one
part per line, and a cued stamp glued to the headline's line. None of them is completed from
today's clock: a date without its year stays unread."""

from datetime import date

import pytest

import newsclean
from newsclean.stages.metadata_lines import glued_date
from newsclean.stages.metadata_zone import stamp_with_agency
from tests.stages.test_story_dates import FOOT, HEADLINE, MENU, STORY  # the same invented page


def _extract(lines: list[str]) -> newsclean.Article:
    return newsclean.extract("\n".join(lines), kind="text")


def _day(value):
    return value if value is None or type(value) is date else value.date()


# --- a stamp with its agency's credit in parentheses ---


@pytest.mark.parametrize(
    ("line", "stamp", "agency"),
    [
        ("July 24, 2012 (AP)", "July 24, 2012", "AP"),
        ("KESTREL BAY July 24, 2012 (AP)", "July 24, 2012", "AP"),
        ("WESTPORT, Wash. July 24, 2012 (Reuters)", "July 24, 2012", "Reuters"),
        ("BERLIN 12.03.2024 (dpa)", "12.03.2024", "dpa"),
        ("Lyon, 12 mars 2024 (AFP)", "12 mars 2024", "AFP"),
    ],
)
def test_a_stamp_credited_to_an_agency(line, stamp, agency):
    assert stamp_with_agency(line) == (stamp, agency)


@pytest.mark.parametrize(
    "line",
    [
        # a picture's caption: a described scene before the credit
        "Parents wait outside the harbour school on July 24, 2012 (AP)",
        # a person in the parentheses, not an agency
        "July 24, 2012 (Ann Lee)",
        # no full date
        "KESTREL BAY (AP)",
    ],
)
def test_no_stamp_credited_to_an_agency(line):
    assert stamp_with_agency(line) is None


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("July 24, 2012 (AP)", date(2012, 7, 24)),
        ("KESTREL BAY July 24, 2012 (AP)", date(2012, 7, 24)),
        ("BERLIN 12.03.2024 (dpa)", date(2024, 3, 12)),
    ],
)
def test_the_credited_stamp_under_the_byline_dates_the_story(stamp, day):
    a = _extract([*MENU, HEADLINE, "By Ann Lee", stamp, *STORY, *FOOT])
    assert _day(a.published) == day
    assert a.date_source == "text.date_line"
    assert stamp not in a.body


# --- a date badge, one part per line ---


@pytest.mark.parametrize(
    ("badge", "day"),
    [
        (["24", "Jul", "2012"], date(2012, 7, 24)),
        (["Oct", "4", "2012"], date(2012, 10, 4)),
        (["9", "März", "2024"], date(2024, 3, 9)),
    ],
)
def test_a_date_badge_over_the_headline(badge, day):
    a = _extract([*MENU, "Print", *badge, HEADLINE, "By Ann Lee", *STORY, *FOOT])
    assert _day(a.published) == day
    assert a.title == HEADLINE


def test_a_date_badge_takes_the_time_under_it():
    a = _extract([*MENU, "24", "Jul", "2012", "9:49am", HEADLINE, "By Ann Lee", *STORY, *FOOT])
    assert a.published.isoformat() == "2012-07-24T09:49:00"


def test_a_badge_without_its_year_is_not_completed_from_the_clock():
    a = _extract([*MENU, "Print", "24", "Jul", "9:49am", HEADLINE, "By Ann Lee", *STORY, *FOOT])
    assert a.published is None


def test_the_badge_gives_way_to_a_full_date_line():
    a = _extract([*MENU, "24", "Jul", "2012", HEADLINE, "By Ann Lee", "July 25, 2012", *STORY, *FOOT])
    assert _day(a.published) == date(2012, 7, 25)


# --- a cued stamp glued to the headline ---


@pytest.mark.parametrize(
    ("line", "head", "tail"),
    [
        (
            "Harbour school to stay open Local news, Updated Nov 06, 2012 at 10:16pm IST",
            "Harbour school to stay open Local news, ",
            "Updated Nov 06, 2012 at 10:16pm IST",
        ),
        (
            "Hafenschule bleibt nach Abstimmung offen | Aktualisiert am 9. März 2024, 10:15 Uhr",
            "Hafenschule bleibt nach Abstimmung offen | ",
            "Aktualisiert am 9. März 2024, 10:15 Uhr",
        ),
        # the cue's own lead ("on") after the comma is the stamp's, not the headline's
        (
            "Harbour school to stay open India, Posted on Nov 06, 2012 at 08:38pm IST",
            "Harbour school to stay open India, ",
            "Posted on Nov 06, 2012 at 08:38pm IST",
        ),
        # a stamp with its time after "at" ("at" leads into the time, not the date)
        (
            "Harbour school to stay open after vote Nov 6, 2012 at 6:48 PM",
            "Harbour school to stay open after vote ",
            "Nov 6, 2012 at 6:48 PM",
        ),
    ],
)
def test_a_cued_stamp_glued_to_the_headline(line, head, tail):
    cut = glued_date(line)
    assert (line[:cut], line[cut:]) == (head, tail)


@pytest.mark.parametrize(
    "line",
    [
        # the headline's words lead into the date
        "Harbour school vote set for March 5, 2013",
        "Harbour school repairs to start at 5 March 2013",
        # a cue the headline's own words run into, without a comma or a bar
        "Harbour school report Published March 5, 2013 in full",
        # a lead the headline's words run into, not a cue's
        "Harbour school, council to vote on March 5, 2013",
    ],
)
def test_no_stamp_glued_to_the_headline(line):
    assert glued_date(line) == 0


def test_the_headline_with_a_glued_update_stamp_dates_the_story_by_its_update():
    line = "Harbour school to stay open after council vote, Updated Nov 06, 2012 at 10:16pm IST"
    a = _extract([*MENU, line, "By Ann Lee", *STORY, *FOOT])
    assert a.title == "Harbour school to stay open after council vote"
    assert _day(a.published) == date(2012, 11, 6)
    assert a.date_source == "text.updated_line"


# --- a stamp printed twice, a byline that names no one, a meta line over a picture's credit ---


def test_the_same_agency_stamp_printed_twice_is_one_stamp_not_a_list():
    stamp = "Associated Press March 9, 2024, 9:02 AM"
    a = _extract([*MENU, HEADLINE, "Photo gallery", stamp, stamp, *STORY, *FOOT])
    assert _day(a.published) == date(2024, 3, 9)


@pytest.mark.parametrize("byline", ["By admin - 2018-09-16", "Von Redaktion, 16.09.2018"])
def test_a_byline_that_names_no_one_still_dates_the_story(byline):
    a = _extract([*MENU, HEADLINE, byline, *STORY, *FOOT])
    assert _day(a.published) == date(2018, 9, 16)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("July 24, 2012 5:37 AM PDT Follow @annlee", date(2012, 7, 24)),
        ("24. Juli 2012, 05:37 Uhr", date(2012, 7, 24)),
    ],
)
def test_a_meta_line_over_a_pictures_credit_dates_the_story(line, day):
    a = _extract([*MENU, HEADLINE, "By Ann Lee", line, "(Credit: Harbour Photo Agency)", *STORY, *FOOT])
    assert _day(a.published) == day


def test_a_pictures_alt_text_with_its_day_does_not_date_the_story():
    alt = "Parents gather outside the harbour school on the morning of July 24, 2012"
    a = _extract([*MENU, HEADLINE, "By Ann Lee", alt, "(Credit: Harbour Photo Agency)", *STORY, *FOOT])
    assert a.published is None


# --- a stamp beside its labels set off by slashes, which a photo credit's slashes resemble ---


@pytest.mark.parametrize(
    "line",
    ["April 27, 2024 / 6:00 AM / Harbour News", "27.04.2024 / 06:00 Uhr / Hafenblatt"],
)
def test_a_stamp_beside_labels_set_off_by_slashes(line):
    for lines in ([*MENU, HEADLINE, "By Ann Lee", line, *STORY, *FOOT], [*MENU, line, HEADLINE, *STORY, *FOOT]):
        assert _day(_extract(lines).published) == date(2024, 4, 27)


def test_a_photo_credit_with_slashes_gives_no_date():
    a = _extract([*MENU, HEADLINE, "By Ann Lee", "Photo: Bo Chen / Harbour News", *STORY, *FOOT])
    assert a.published is None

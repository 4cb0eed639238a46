"""The headline on text pages (invented stories): a deck printed under the headline."""

from invented_story import STORY

import newsclean


def test_a_shorter_subtitle_in_the_headline_box_is_not_the_headline():
    # headline and subtitle on two lines of one box (no blank line), a bare name under them
    page = (
        "Home\n\nNews\n\nMarlow Bay\n"
        "Coastal road closed after the storm breaches the sea wall\n"
        "Drivers told to expect long delays\n\n"
        "Mara Lindqvist\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.title == "Coastal road closed after the storm breaches the sea wall"
    assert a.authors == ["Mara Lindqvist"]


def test_a_subtitle_under_the_headline_over_a_marked_byline():
    page = (
        "Home\n\nNews\n\n"
        "Coastal road closed after the storm breaches the sea wall\n"
        "Council engineers warn of long delays\n\n"
        "By Mara Lindqvist\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.title == "Coastal road closed after the storm breaches the sea wall"


def test_a_longer_series_label_over_the_headline_is_not_the_headline():
    # the line over the headline is longer but says nothing of the story: a label, not a headline
    page = (
        "Home\n\nNews\n\n"
        "A weekly series about small places living with the rising water\n"
        "Storm breaches coastal road sea wall\n\n"
        "By Mara Lindqvist\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.title == "Storm breaches coastal road sea wall"

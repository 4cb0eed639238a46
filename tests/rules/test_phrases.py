"""Phrase normalisation: a rule phrase matches a line whatever apostrophe the page prints."""

import newsclean
from newsclean.rules import normalise_phrase
from newsclean.stages.features import block_features


def test_typographic_apostrophes_read_as_the_plain_one():
    assert normalise_phrase("EDITOR’S PICKS") == "editor's picks"
    assert normalise_phrase("Editor‘s  picks:") == "editor's picks"
    assert block_features("Don’t miss", spaced=True)["norm"] == "don't miss"
    assert block_features("Don’t  miss")["norm"] == "don't miss"


def test_a_teaser_box_headed_with_a_curly_apostrophe_leaves_the_story():
    page = "\n\n".join([
        "Harbour council delays the vote on the new ferry pier",
        "By Ann Lee",
        "March 3, 2024",
        "The harbour council put off its vote on the ferry pier on Tuesday after residents filled "
        "the chamber to ask for a new survey of the tides, the chair said.",
        "Residents on the east shore say the pier would block the channel their boats use at low "
        "water, and a petition with four hundred names was handed to the clerk before the meeting.",
        "The ferry company says the pier is needed to cut the wait on summer weekends, when cars "
        "queue along the harbour road for more than an hour, its manager told the council.",
        "EDITOR’S PICKS",
        "Ten Things to Do on the Coast This Summer",
        "The Best Seafood Shacks on the Bay",
        "The vote is now set for April, when the survey is due, and the ferry company said it "
        "would wait for the result before it orders the new boats.",
        "The council's chair said the survey would be paid from the harbour fund and published in "
        "full, so that residents could read the tide tables for themselves before the vote.",
    ])
    article = newsclean.extract(page, kind="text")
    assert "EDITOR’S PICKS" not in article.body
    assert "Seafood Shacks" not in article.body
    assert "put off its vote" in article.body
    assert "The vote is now set for April" in article.body  # the story goes on under the box

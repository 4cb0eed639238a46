"""Comment sections under short blog posts (issue 13, dragnet text): a comment counter printed
as a heading right above the region, a comment link with its counter or its template's icon,
and a bare "COMMENTS" label with the comment widget's line under it; and a list printed as one box under
the paragraph that introduces it. Every line here is invented."""

import pytest

import newsclean
from newsclean.document import Label
from newsclean.stages.chrome import ChromeRules
from newsclean.stages.region import MainRegion

POST = [
    "Dear friends,",
    "I will read from the new harbour picture book at the Tidewater library this Saturday at 10 am, "
    "and there will be paper boats for the little ones.",
    "Hope to see you there.",
]
COMMENT = (
    "What a lovely idea, I wish I lived closer so I could bring my two boys along to hear the story and "
    "fold a paper boat or two with them, they would have loved every minute of it. Good luck with the "
    "reading and the book, I hope it sells out and that the library asks you to come back in the spring."
)


def _labels(text_doc, lines):
    doc = text_doc("\n".join(lines))
    ChromeRules()(doc)
    MainRegion()(doc)
    return {b.text: (b.label, b.reason) for b in doc.blocks}


def test_a_counter_heading_right_above_a_long_comment_does_not_make_it_the_story(text_doc):
    # the short post, its footer, then "2 comments:" with the first comment two lines under it:
    # a counter printed as a heading is never a link in the story's head
    lines = ["MONDAY, MAY 6, 2024", "A reading at the library", *POST, "Posted by Ann Lee", "at 9:22 AM",
             "2 comments:", "harbourfan said...", COMMENT, "7:28 PM", "Post a Comment"]
    labels = _labels(text_doc, lines)
    assert labels[POST[1]][0] == Label.BODY
    assert labels[COMMENT][0] != Label.BODY


@pytest.mark.parametrize("line", ["4 Comments Leave a comment", "⊕ Add a comment", "12 responses Leave a reply"])
def test_a_comment_link_with_its_counter_or_icon_opens_the_comment_section(judged, line):
    assert judged(line) == (Label.CHROME, "chrome.comment_section")


def test_a_sentence_asking_for_comments_is_no_comment_heading(judged):
    line = "Leave a comment below and tell us which harbour walk you liked best this summer, and why."
    assert judged(line)[1] != "chrome.comment_section"


STORY = [
    "The harbour board met on Tuesday and agreed to rebuild the northern wall before the winter storms arrive.",
    "Engineers said the old stones had shifted by almost a metre since the spring tides and could not be patched.",
    "The work will take four months and the fishing fleet will moor in the south basin until it is finished.",
]


@pytest.mark.parametrize("widget", ["LOGIN TO COMMENT | REGISTER TODAY", "One comment so far | Comments RSS"])
def test_a_bare_comments_label_over_the_comment_widget_ends_the_story(widget):
    page = "\n".join(["Harbour wall to be rebuilt", "By Ann Lee", *STORY, "Tags: harbour, storms", "COMMENTS",
                      widget, COMMENT, "harbourfan", COMMENT.replace("two boys", "three girls"), "Report"])
    body = newsclean.extract(page, kind="text").body
    assert all(p in body for p in STORY)
    assert "paper boat" not in body


def test_a_comments_link_beside_the_byline_is_no_comment_heading(text_doc):
    # "Comments" in the story's head, with the share bar's line under it: no story above yet
    lines = ["Harbour wall to be rebuilt", "By Ann Lee", "Comments", "Share this comment thread", *STORY]
    doc = text_doc("\n".join(lines))
    ChromeRules()(doc)
    MainRegion()(doc)
    assert not doc.blocks[2].features.get("hard_end")
    assert all(b.label == Label.BODY for b in doc.blocks if b.text in STORY)


# a paragraph whose last sentence introduces a list printed as one box (issue 13, dragnet text)
LEAD = ("The harbour trust has put together a small exhibition for the anniversary of the great storm, with "
        "photographs lent by families along the quay and by the lifeboat station. It opens on Saturday in the "
        "old fish market, and the five rooms of the exhibition are:")
ROOMS = [
    "“The night of the storm” with the lifeboat crew's own photographs",
    "“Walls and tides” on a century of harbour engineering",
    "“The fleet” with models of the boats that sailed from the quay",
]
AFTER = "Entry is free, and the trust hopes that schools along the coast will visit during the spring term."


def test_a_paragraph_ending_in_a_colon_introduces_the_box_under_it_when_the_story_goes_on(text_doc):
    lines = ["Harbour exhibition opens", STORY[0], "", LEAD, *ROOMS, "", AFTER, "", STORY[1]]
    doc = text_doc("\n".join(lines))
    ChromeRules()(doc)
    MainRegion()(doc)
    rooms = [b for b in doc.blocks if b.text in ROOMS]
    assert len(rooms) == len(ROOMS)
    assert all(b.features.get("introduced_item") and b.label == Label.BODY for b in rooms)


def test_a_box_under_such_a_paragraph_at_the_page_end_is_not_taken_for_its_list(text_doc):
    menu = ["Home", "Harbour news", "Lifeboat station", "Contact us"]
    lines = ["Harbour exhibition opens", STORY[0], "", LEAD, *menu]
    doc = text_doc("\n".join(lines))
    ChromeRules()(doc)
    MainRegion()(doc)
    assert not any(b.features.get("introduced_item") for b in doc.blocks if b.text in menu)

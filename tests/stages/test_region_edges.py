"""The region's edges on blog posts (issue 13, dragnet): a post's own first or last paragraph
that trails off in an ellipsis stays in the story; a run of teaser summaries ending so does not.
Every line here is invented."""

from newsclean.document import Label
from newsclean.stages.chrome import ChromeRules
from newsclean.stages.region import MainRegion

STORY = [
    "The harbour board met on Tuesday and agreed to rebuild the northern wall before the winter storms arrive.",
    "Engineers said the old stones had shifted by almost a metre since the spring tides and could not be patched.",
    "The work will take four months and the fishing fleet will moor in the south basin until it is finished.",
    "Skippers said they welcomed the decision but asked the board to keep the fuel quay open through the works.",
]
OPENING = "Just heard from the harbour office – I had been pushing for this all summer, and I am glad to see it out…"
CLOSING = "Have you got pictures of the old wall from before the storms? Feel free to share them in the comments below…"


def _body(text_doc, lines):
    doc = text_doc("\n".join(lines))
    ChromeRules()(doc)
    MainRegion()(doc)
    return [b.text for b in doc.blocks if b.label == Label.BODY]


def test_a_posts_first_and_last_paragraphs_trailing_off_stay_in_the_story(text_doc):
    page = [
        "Harbour Notes",
        "Home",
        "Archives",
        "October 22, 2012",
        "Harbour wall to be rebuilt",
        OPENING,
        *STORY,
        CLOSING,
        "Posted at 11:09 AM",
        "Categories",
        "Harbours",
        "Ferries",
    ]
    assert _body(text_doc, page) == [OPENING, *STORY, CLOSING]


def test_a_run_of_teaser_summaries_after_the_story_stays_out(text_doc):
    teasers = [
        "The island ferry company has ordered a new hybrid boat that will enter service in the spring…",
        "Lifeboat volunteers were called out twice in one night to yachts caught by the sudden gale…",
        "The old fish market will reopen as a food hall with twelve stalls and a bakery by the quay…",
    ]
    page = ["Harbour Notes", "Home", *STORY, *teasers, "Categories", "Harbours"]
    assert _body(text_doc, page) == STORY


def test_the_first_comment_above_its_signature_is_part_of_the_thread(text_doc):
    comments = [
        "Comments",
        "What a shame about the wall. I walked along it every summer as a child.",
        "I hope they keep some of the old stones for the new one.",
        "Posted by: Ann Lee | Mar 26, 2007 2:00:18 PM",
        "The board should have acted years ago.",
        "Posted by: Sam Reed | Mar 26, 2007 2:01:23 PM",
        "Four months seems optimistic for a job that size.",
        "Posted by: Jo Marsh | Mar 26, 2007 2:02:01 PM",
        "Good news for the skippers at least.",
        "Posted by: Kit Hale | Mar 26, 2007 2:04:43 PM",
    ]
    page = ["Harbour Notes", "Home", *STORY, *comments, "Recent Posts", "Ferry fares"]
    doc = text_doc("\n".join(page))
    ChromeRules()(doc)
    MainRegion()(doc)
    assert [b.text for b in doc.blocks if b.label == Label.BODY] == STORY
    reasons = {b.text: b.reason for b in doc.blocks}
    assert reasons[comments[1]] == reasons[comments[2]] == "chrome.comment_thread"


def test_a_story_under_a_comment_counter_is_not_the_first_comment(text_doc):
    comments = []
    for name, minute in (("Ann Lee", "2:00"), ("Sam Reed", "2:01"), ("Jo Marsh", "2:02")):
        comments += [name, f"March 26, 2007 at {minute} pm", "Good news for the skippers at least."]
    # a short post (fewer words than a long comment) under the counter, each comment under its name and stamp
    page = ["Harbour Notes", "Home", "Comments", *STORY[:2], *comments, "Recent Posts"]
    doc = text_doc("\n".join(page))
    ChromeRules()(doc)
    MainRegion()(doc)
    assert [b.text for b in doc.blocks if b.label == Label.BODY] == STORY[:2]


def test_comments_signed_with_a_linked_name_are_a_thread(text_doc):
    comments = [
        "http://twitter.com/annlee Ann Lee",
        "I walked along that wall every summer as a child. Sad to see it go.",
        "Sam Reed",
        "The board should have acted years ago, everyone here knew it was failing.",
        "http://harbourwatch.example.org Harbour Watch",
        "Four months seems optimistic for a job that size, but good luck to them.",
        "http://twitter.com/jomarsh Jo Marsh",
        "Good news for the skippers at least, they have waited long enough.",
        "www.kithale.example.net Kit Hale",
        "Will the fuel quay really stay open? Nobody has said so in writing.",
    ]
    page = ["Harbour Notes", "Home", *STORY, "Tweet", *comments, "Recent Posts"]
    doc = text_doc("\n".join(page))
    ChromeRules()(doc)
    MainRegion()(doc)
    assert [b.text for b in doc.blocks if b.label == Label.BODY] == STORY
    assert {b.reason for b in doc.blocks if b.text in comments} == {"chrome.comment_thread"}

"""Text path: the box the region holds above the post's headline is not the story (the stage
alone, on a region as the search and the head metadata stage leave it)."""

from newsclean.document import Label
from newsclean.stages.above_headline import above_headline
from newsclean.stages.pipelines import text_pipeline

STORY = [
    "The harbour board met on Tuesday and agreed to rebuild the northern wall before the winter storms arrive.",
    "Engineers said the old stones had shifted by almost a metre since the spring tides and could not be patched.",
    "The work will take four months and the fishing fleet will moor in the south basin until it is finished.",
    "Skippers said the move would add an hour to each trip but that they would rather lose time than boats.",
]
PROFILE = [
    "Ann Lee - Ann Lee is a senior editor at the Harbour Press, where she writes about the coast and its towns.",
    "Born by the sea, raised on a ferry, she has walked every harbour wall from the cape to the estuary twice.",
    "All Posts",
]
HEADLINE = "Harbour wall to be rebuilt before winter"


def _run(text_doc, above, below):
    doc = text_doc("\n".join(["Harbour Press", *above, HEADLINE, *below, "Leave a Reply"]))
    title = len(above) + 1
    for b in doc.blocks[1 : len(doc.blocks) - 1]:
        b.mark(Label.BODY, "region.inside")
    doc.blocks[title].mark(Label.TITLE, "title.headline_line")
    doc.found["region"] = (1, len(doc.blocks) - 2)
    above_headline(doc)
    return {b.text: (b.label, b.reason) for b in doc.blocks}


def test_the_profile_box_over_the_headline_is_chrome(text_doc):
    labels = _run(text_doc, PROFILE, STORY)
    assert all(labels[p] == (Label.CHROME, "region.above_headline") for p in PROFILE)
    assert all(labels[p][0] == Label.BODY for p in STORY)


def test_a_story_above_a_line_taken_for_its_headline_stays(text_doc):
    # more story above the line than under it: the line is no headline over a box
    labels = _run(text_doc, STORY[:3], STORY[3:])
    assert all(labels[p][0] == Label.BODY for p in STORY)


def test_a_long_run_above_the_headline_stays(text_doc):
    # more blocks above the headline than a box holds
    lines = [f"Harbour note number {n} for the week." for n in range(8)]
    labels = _run(text_doc, lines, STORY * 3)
    assert all(labels[p][0] == Label.BODY for p in lines)


def test_no_headline_in_the_region_changes_nothing(text_doc):
    doc = text_doc("\n".join([*PROFILE, *STORY]))
    for b in doc.blocks:
        b.mark(Label.BODY, "region.inside")
    doc.found["region"] = (0, len(doc.blocks) - 1)
    above_headline(doc)
    assert all(b.label == Label.BODY for b in doc.blocks)


def test_the_text_pipeline_runs_it_after_the_head_metadata():
    names = text_pipeline().names
    assert names.index("above_headline") == names.index("head_metadata") + 1


BIO = "Ann Lee is a science writer and presenter of a radio show about the sea. She edits a magazine on boats."


def _region_doc(text_doc, lines, start):
    doc = text_doc("\n".join(lines))
    for b in doc.blocks[start:]:
        b.mark(Label.BODY, "region.inside")
    doc.found["region"] = (start, len(doc.blocks) - 1)
    return doc


def test_the_authors_box_under_its_heading_opening_the_region_is_no_story(text_doc):
    lines = [HEADLINE, "About the author", BIO, "Science", "Oceans", *STORY]
    doc = _region_doc(text_doc, lines, 2)
    above_headline(doc)
    labels = {b.text: (b.label, b.reason) for b in doc.blocks}
    assert labels[BIO] == (Label.AUTHOR_BIO, "bio.above_story")
    assert labels["Science"] == (Label.CHROME, "bio.above_story")
    assert all(labels[p][0] == Label.BODY for p in STORY)


def test_a_paragraph_under_another_heading_stays(text_doc):
    lines = [HEADLINE, "The wall", BIO, "Science", *STORY]
    doc = _region_doc(text_doc, lines, 2)
    above_headline(doc)
    assert all(b.label == Label.BODY for b in doc.blocks[2:])


def test_a_bio_with_little_story_under_it_stays(text_doc):
    lines = [HEADLINE, "About the author", BIO, "Science", STORY[0]]
    doc = _region_doc(text_doc, lines, 2)
    above_headline(doc)
    assert all(b.label == Label.BODY for b in doc.blocks[2:])

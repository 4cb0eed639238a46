"""A blog post's closing stamp that runs on into the sections or labels it is filed under."""

from newsclean.document import Label
from newsclean.stages.chrome import ChromeRules
from newsclean.stages.region import MainRegion
from newsclean.stages.region_footer import filing_list, stamp_part

STORY = [
    "The harbour board met on Tuesday and agreed to rebuild the northern wall before the winter storms arrive.",
    "Engineers said the old stones had shifted by almost a metre since the spring tides and could not be patched.",
    "The work will take four months and the fishing fleet will moor in the south basin until it is finished.",
    "Skippers said the move would add an hour to each trip but that they would rather lose time than boats.",
]
COMMENTS = [
    "Great post, thanks for sharing this with all of us here in the village, we will come along to the meeting.",
    "I walked past the harbour wall on Sunday and the cracks are much wider than they were last year, it is scary.",
    "Does anyone know whether the south basin will have enough room for the bigger trawlers this winter at all?",
]


def _labels(text_doc, lines):
    doc = text_doc("\n".join(lines))
    ChromeRules()(doc)
    MainRegion()(doc)
    return {b.text: (b.label, b.reason) for b in doc.blocks}


def test_a_list_of_short_items_is_a_filing_list():
    assert filing_list(" PM in Harbours, Ferries and Boats, Local News, Weather")
    assert filing_list(" Labels: harbour walks, ferries, weekend | Permalink")


def test_a_sentence_or_a_short_list_is_no_filing_list():
    assert not filing_list(" PM, when the tide turned and the boats came back to the harbour in a long line.")
    assert not filing_list(" in Harbours, Ferries")  # two items: a place and a name, perhaps
    assert not filing_list(" the board said, adding that the wall, which is old, would cost more than planned")


def test_the_stamp_is_the_line_up_to_its_time_when_a_filing_list_follows():
    line = "Posted by Ann Lee on March 4, 2024 at 12:05 PM in Harbours, Ferries, Local News, Weather"
    assert stamp_part(line, line.index(" PM") + 3) == "Posted by Ann Lee on March 4, 2024 at 12:05 PM"
    # no list after the time: the whole line
    other = "Posted by Ann Lee at 12:05 PM | Permalink"
    assert stamp_part(other, other.index(" PM") + 3) == other


def test_a_long_stamp_with_its_sections_ends_the_region(text_doc):
    stamp = ("Posted by Ann Lee on March 4, 2024 at 12:05 PM in Harbours, Ferries, Local News, Weather, "
             "Council Meetings, Fishing Fleet, Coastal Walks, Town Planning | Permalink | Comments (3)")
    labels = _labels(text_doc, ["My harbour diary", *STORY, stamp, *COMMENTS])
    assert all(labels[p][0] == Label.BODY for p in STORY)
    assert labels[stamp] == (Label.CHROME, "region.after_post_stamp")
    assert all(labels[c] == (Label.CHROME, "region.after_post_stamp") for c in COMMENTS)


def test_a_blogger_stamp_with_its_labels_ends_the_region(text_doc):
    # no year in the stamp: the poster's name makes it one
    stamp = ("Posted by Ann Lee at 17:35 Labels: harbour walks, ferries, local news, weekend trips, "
             "fishing fleet, council, coastal paths, old photographs")
    labels = _labels(text_doc, ["My harbour diary", *STORY, stamp, *COMMENTS])
    assert all(labels[p][0] == Label.BODY for p in STORY)
    assert labels[stamp] == (Label.CHROME, "region.after_post_stamp")


def test_a_long_sentence_with_a_time_and_a_list_stays_in_the_story(text_doc):
    # a paragraph telling a time, then a list in prose: no stamp
    told = ("The port closed at 12:05 PM on March 4, 2024: the harbour master closed the port to ferries, trawlers, yachts, "
            "kayaks and swimmers, and the coastguard sent a boat to the northern wall.")
    labels = _labels(text_doc, ["My harbour diary", *STORY[:2], told, *STORY[2:]])
    assert all(labels[p][0] == Label.BODY for p in [*STORY, told])

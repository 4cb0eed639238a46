from newsclean.document import Label
from newsclean.stages.chrome import ChromeRules
from newsclean.stages.region import MainRegion
from newsclean.stages.region_leads import paywalled_lead

LEAD = (
    "The harbour board voted on Tuesday to rebuild the northern wall before the winter storms. "
    "Engineers had warned that the old stones had shifted by almost a metre since the spring tides, and the ..."
)
MOST_READ = [
    "1. Council agrees new parking charges for the seafront after a long debate",
    "2. Lifeboat crew rescue two walkers cut off by the tide near the point",
    "3. New bakery opens on the high street with queues round the corner",
    "4. School choir wins the regional final for the third year running",
    "5. Ferry timetable changes for the winter months announced by the operator",
    "6. Police appeal for witnesses after a break-in at the sailing club",
]


def _paywalled_page(lead: str = LEAD) -> str:
    return "\n".join(
        ["Home", "News", "Sport", "Subscribe", "Harbour wall to be rebuilt before the storms", "Ann Lee",
         "12/03/2025 Updated at 15:10", lead, "More topics", "Report an error", "Most read", *MOST_READ,
         "Privacy policy", "Cookie policy"]
    )


def _labels(text_doc, page):
    doc = text_doc(page)
    ChromeRules()(doc)
    MainRegion()(doc)
    return doc, {b.text: b.label for b in doc.blocks}


def test_the_lead_cut_by_a_paywall_under_the_date_stamp_is_the_story(text_doc):
    _doc, labels = _labels(text_doc, _paywalled_page())
    assert labels[LEAD] == Label.BODY
    assert all(labels[item] != Label.BODY for item in MOST_READ)


def test_one_cut_sentence_under_a_stamp_is_no_lead(text_doc):
    teaser = "The harbour board voted on Tuesday to rebuild the northern wall before the winter storms and the ..."
    doc = text_doc(_paywalled_page(teaser))
    assert paywalled_lead(doc.blocks) is None


def test_a_cut_comment_under_its_stamp_below_the_story_is_no_lead(text_doc):
    story = [
        "The harbour board voted on Tuesday to rebuild the northern wall before the winter storms arrive.",
        "Engineers said the old stones had shifted by almost a metre since the spring tides and could not be patched.",
        "The work will take four months and the fishing fleet will moor in the south basin until it is finished.",
    ]
    comment = (
        "Good news at last for the skippers. I only hope the board keeps the fuel quay open through the works, "
        "because the nearest other pump is a ..."
    )
    page = "\n".join(["Harbour wall to be rebuilt", "12/03/2025", *story, "Comments", "Jo Bloggs",
                      "12/03/2025 at 16:02", comment, "Reply"])
    doc = text_doc(page)
    assert paywalled_lead(doc.blocks) is None
    _doc, labels = _labels(text_doc, page)
    assert labels[comment] != Label.BODY


def test_a_post_opening_with_a_trailing_ellipsis_under_its_byline_is_the_story(text_doc):
    opening = (
        "I went down to the harbour this morning to see the new wall for myself. "
        "What I found there was not what the board had promised us, not by a long way…"
    )
    story = [
        "What the board promised",
        "The stones on the northern side have already started to shift, and the mortar is cracking in places.",
        "Skippers I spoke to said they had warned the board about the foundations more than a year ago.",
        "The board's chair did not answer my questions, but a spokesman said an engineer would visit next week.",
    ]
    page = "\n".join(["Harbour notes", "March 3, 2025 by Ann Lee 4 Comments", opening, *story, "Leave a comment"])
    _doc, labels = _labels(text_doc, page)
    assert labels[opening] == Label.BODY
    assert all(labels[p] == Label.BODY for p in story)

"""A story that is a list (a week's headlines, a roundup of links) goes on under a section
heading of its own; a teaser box under a story of prose, or a comment section, still ends it."""

from newsclean.document import Document, Kind, Label
from newsclean.stages import story_end
from newsclean.stages.chrome import ChromeRules
from newsclean.stages.features import compute_features
from newsclean.stages.html_region import HtmlRegion

ROUNDUP = [
    "Ferry operator adds a winter crossing to the northern islands as bookings double over the year",
    "Harbour board approves the plan for a new breakwater after three surveys and a public hearing",
    "Fishing quota talks stall for a second week in a row as the boats stay tied up in port",
    "Coastguard station to open on weekends from March, with two more volunteers on every shift",
]
MORE = [
    "Lighthouse keepers' cottages sold at auction for a record sum",
    "Sailing school reopens after the storm repairs are finished",
    "Town council names a new harbour master for the season",
    "Marina fees to rise by a tenth from the first of April",
]
P = ("The harbour board met on Thursday evening and agreed to rebuild the eastern breakwater "
     "before the autumn gales return to the bay, after years of delay and three surveys.")


def _run(lines: list[str], items: set[str], heading: str) -> Document:
    doc = Document.from_lines(lines, source_kind="html")
    for b in doc.blocks:
        if b.text in items:
            b.kind = Kind.LIST_ITEM
    doc.found["link_share"] = [0.4 if b.text in items else 0.0 for b in doc.blocks]
    compute_features(doc)
    ChromeRules()(doc)
    assert next(b for b in doc.blocks if b.text == heading).features.get("end_marker")
    HtmlRegion()(doc)
    story_end.article_end(doc)
    return doc


def _labels(doc: Document, texts: list[str]) -> set:
    return {b.label for b in doc.blocks if b.text in texts}


def test_a_roundup_list_goes_on_under_its_more_heading():
    doc = _run([*ROUNDUP, "More:", *MORE, MORE[0]], set(ROUNDUP + MORE), "More:")
    assert _labels(doc, MORE) == {Label.BODY}


def test_a_teaser_list_under_a_story_of_prose_still_ends_it():
    doc = _run([P, P.replace("Thursday", "Friday"), "More:", *MORE], set(MORE), "More:")
    assert _labels(doc, MORE) == {Label.CHROME}


def test_a_comment_section_under_a_list_still_ends_it():
    doc = _run([*ROUNDUP, "Leave a Reply", *MORE], set(ROUNDUP + MORE), "Leave a Reply")
    assert Label.BODY not in _labels(doc, MORE)

from newsclean.document import Label
from newsclean.stages import structure
from newsclean.stages.chrome import ChromeRules
from newsclean.stages.region import MainRegion

P1 = ("The council voted on Tuesday to close the old swimming baths at the end of the summer season, "
      "ending almost a century of public bathing on the promenade.")
P2 = ("Councillors said the repair bill for the roof and the pumps had grown beyond what the town could pay, "
      "and that a new pool would be built beside the leisure centre instead.")
P3 = ("Swimmers who have used the baths every morning for decades said they would campaign to keep the "
      "building open, and a petition has already gathered more than two thousand names.")


def run(text_doc, page):
    doc = text_doc(page)
    for st in (ChromeRules(), MainRegion(), structure.article_end, structure.finalise):
        st(doc)
    return doc


def test_inline_related_box_is_dropped_and_the_story_continues(text_doc):
    page = "\n".join([P1, P2, "Related", "Pier reopens after winter storms", "Ferry timetable changes from May",
                      P3, P2 + " Extra words here.", P1 + " And more."])
    doc = run(text_doc, page)
    by_text = {b.text: (b.label, b.reason) for b in doc.blocks}
    assert by_text["Related"] == (Label.CHROME, "chrome.section_header")
    assert by_text["Pier reopens after winter storms"] == (Label.CHROME, "structure.inline_teasers")
    assert by_text[P3][0] == Label.BODY
    assert by_text[P1 + " And more."][0] == Label.BODY


def test_related_section_at_the_end_still_ends_the_article(text_doc):
    page = "\n".join([P1, P2, P3, "Related", "Pier reopens after winter storms",
                      "Ferry timetable changes from May, with fewer sailings on Sundays and none on holidays."])
    doc = run(text_doc, page)
    assert [b.text for b in doc.blocks if b.label == Label.BODY] == [P1, P2, P3]

from newsclean.document import Label
from newsclean.stages.chrome import ChromeRules
from newsclean.stages.gate import article_gate, teaser_card_share
from newsclean.stages.region import MainRegion

CARDS = """Latest
Harbour board approves new ferry timetable
The winter timetable adds two early sailings on weekdays, starting in November next year.
2 hours ago
Bakery chain to close five shops across the county
The owners blame the price of flour and energy for the closures, which affect forty staff.
5 hours ago
Library reopens after roof repairs finish early
Readers queued outside on Saturday morning as the doors opened for the first time since May.
Yesterday
Council approves plan for riverside cycle path
The path will link the station to the business park and should be finished by the summer.
2 days ago
Load more stories"""

STORY = ("The harbour board approved a new winter timetable for the ferry on Tuesday, adding two early "
         "sailings on weekdays after a campaign by commuters who said the first boat left too late.")


def run(doc):
    ChromeRules()(doc)
    MainRegion()(doc)
    article_gate(doc)


def test_a_list_of_teaser_cards_is_not_an_article(text_doc):
    doc = text_doc(CARDS)
    run(doc)
    assert not any(b.label == Label.BODY for b in doc.blocks)
    assert any(b.reason == "gate.teaser_list" for b in doc.blocks)
    assert any("teaser" in w for w in doc.warnings)


def test_card_share_measures_the_teaser_shape(text_doc):
    doc = text_doc(CARDS)
    ChromeRules()(doc)
    MainRegion()(doc)
    cards, share = teaser_card_share(doc)
    assert cards == 4 and share == 1.0


def test_too_little_text_is_not_an_article(text_doc):
    doc = text_doc("Ferry news\nThe ferry runs again from Monday, the operator said in a short statement.")
    run(doc)
    assert not any(b.label == Label.BODY for b in doc.blocks)
    assert any("no article" in w for w in doc.warnings)


def test_a_story_passes_the_gate(text_doc):
    doc = text_doc("\n".join(["Ferry timetable approved", STORY, STORY.replace("Tuesday", "Monday"), STORY]))
    run(doc)
    assert sum(b.label == Label.BODY for b in doc.blocks) == 3
    assert doc.warnings == []


def test_a_table_of_numbered_rows_is_not_a_link_list(text_doc):
    from newsclean.stages.gate import is_link_list

    rows = [f"{n}a Round: {n + 3} May – Harbour Oval" for n in range(1, 10)]
    doc = text_doc("\n".join(rows))
    for b in doc.blocks:
        b.mark(Label.BODY, "test")
    assert not is_link_list(doc, doc.blocks)
    # the same lines without their sequence numbers are a menu of links
    doc = text_doc("\n".join(r.split(" ", 1)[1] for r in rows))
    for b in doc.blocks:
        b.mark(Label.BODY, "test")
    assert is_link_list(doc, doc.blocks)


def test_cjk_lines_without_full_stops_are_prose_not_teaser_cards(text_doc):
    from newsclean.stages.gate import _is_prose

    doc = text_doc("營地的招牌換成了原木 上面還有貓頭鷹的木雕 看得出主人的用心\n\nHarbour board meets on Tuesday next week")
    for b in doc.blocks:
        b.mark(Label.BODY, "test")
    assert _is_prose(doc.blocks[0])
    assert not _is_prose(doc.blocks[1])


def _all_body(doc):
    for b in doc.blocks:
        b.mark(Label.BODY, "test")
    return doc.blocks


def test_verse_in_short_lines_is_not_a_link_list(text_doc):
    from newsclean.stages.gate import is_link_list

    verse = ["The tide comes in along the quay,", "The gulls are calling out to sea;", "When will the ferry come for me?",
             "It rounds the point at half past three,", "And carries home the lamps and tea.", "The harbour sleeps, and so do we."]
    doc = text_doc("\n".join(verse))
    assert not is_link_list(doc, _all_body(doc))
    # the same lines as menu entries or headlines (no clause endings) are a list
    doc = text_doc("\n".join(v.rstrip(",;?.") for v in verse))
    assert is_link_list(doc, _all_body(doc))


def test_a_sentence_wrapped_over_short_lines_is_prose(text_doc):
    from newsclean.stages.gate import is_link_list

    post = ["I love the idea of folding these", "paper boats for the harbour festival!", "Find the steps at",
            "Harbour Crafts", "The Craft Shelf", "Custom Search"]
    doc = text_doc("\n".join(post))
    assert not is_link_list(doc, _all_body(doc))
    # capitalised lines do not continue one another: a menu stays a list
    doc = text_doc("\n".join(["Harbour news today", "Ferry timetable", "Weather and tides", "Local sport", "Contact us",
                              "About the paper"]))
    assert is_link_list(doc, _all_body(doc))


def test_a_link_list_of_verse_like_links_is_still_a_list():
    from newsclean import extract

    items = "".join(f"<li><a href='/s/{i}'>Harbour update number {i}: council reviews plans.</a></li>" for i in range(30))
    article = extract(f"<html><head><title>Latest</title></head><body><h1>Latest</h1><ul>{items}</ul></body></html>")
    assert article.body == ""


def _gate_only(doc, body):
    ChromeRules()(doc)
    for b in doc.blocks:
        if b.text in body:
            b.mark(Label.BODY, "region.inside")
    article_gate(doc)
    return [b.text for b in doc.blocks if b.label == Label.BODY]


def test_a_short_post_between_its_head_and_its_comments_passes_the_gate(text_doc):
    post = "Off to the coast for the weekend."
    doc = text_doc("\n".join(["Weekend", "May 3, 2024", post, "Posted by Ann", "2 comments:", "Tom said..."]))
    doc.blocks[1].mark(Label.DATE, "date.stamp")
    assert _gate_only(doc, [post]) == [post]


def test_a_short_text_without_its_head_or_its_comments_is_still_too_little(text_doc):
    post = "Off to the coast for the weekend."
    # no head line above it
    doc = text_doc("\n".join(["Weekend", "Menu", post, "2 comments:"]))
    assert _gate_only(doc, [post]) == []
    # a sentence between it and the comment section: the short text is not the post above them
    doc = text_doc("\n".join(["May 3, 2024", post, "Our shop is open every day from nine until six.",
                              "2 comments:"]))
    doc.blocks[0].mark(Label.DATE, "date.stamp")
    assert _gate_only(doc, [post]) == []
    # no comment section under it
    doc = text_doc("\n".join(["May 3, 2024", post, "Archives", "About"]))
    doc.blocks[0].mark(Label.DATE, "date.stamp")
    assert _gate_only(doc, [post]) == []

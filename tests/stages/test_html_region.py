from newsclean.document import Document, Kind, Label
from newsclean.segment.html import segment_html
from newsclean.stages.features import compute_features
from newsclean.stages.html_region import HtmlRegion, html_gate

P = ("The harbour board met on Thursday evening and agreed to rebuild the eastern breakwater "
     "before the autumn gales return to the bay. ")


def _doc(body_html: str):
    doc = segment_html(f"<html><head><title>Breakwater</title></head><body><article>{body_html}"
                       "</article></body></html>")
    compute_features(doc)
    HtmlRegion()(doc)
    return doc


def _label(doc, start: str):
    return next((b.label, b.reason) for b in doc.blocks if b.text.startswith(start))


def test_short_lines_and_lists_between_paragraphs_stay_in_the_body():
    doc = _doc(f"<p>{P * 2}</p><p>Tour dates</p><ul><li>June 9, Oldport Arena</li>"
               f"<li>June 12, Westbay Hall</li></ul><p>{P}</p><p>Doors open at seven.</p>")
    assert _label(doc, "June 9") == (Label.BODY, "html.inside")
    assert _label(doc, "Tour dates")[0] == Label.BODY
    assert _label(doc, "Doors open")[0] == Label.BODY


def test_leading_headings_are_headline_and_standfirst():
    doc = _doc(f"<h1>Breakwater to be rebuilt</h1><h2>The board agreed on a plan after years of delay</h2>"
               f"<p>{P * 2}</p><h2>What comes next</h2><p>{P * 2}</p>")
    assert _label(doc, "The board agreed") == (Label.CHROME, "html.leading_heading")
    assert _label(doc, "What comes next")[0] == Label.BODY


def test_trailing_linked_teasers_are_cut_but_not_trailing_plain_lines():
    doc = Document.from_lines([P * 3, "Harbour office, Quay Street 4", "Ferry fares rise again",
                               "New lighthouse keeper named"], source_kind="html")
    doc.blocks[2].kind = doc.blocks[3].kind = Kind.LIST_ITEM
    doc.found["link_share"] = [0.0, 0.0, 1.0, 0.9]
    compute_features(doc)
    HtmlRegion()(doc)
    assert _label(doc, "Harbour office")[0] == Label.BODY
    assert _label(doc, "Ferry fares") == (Label.CHROME, "html.trailing_teaser")
    assert _label(doc, "New lighthouse") == (Label.CHROME, "html.trailing_teaser")


def test_label_and_link_line_inside_the_story_is_chrome():
    doc = _doc(f"<p>{P * 2}</p><p>Related: <a href='/c'>Storm damage closes the north pier for a month</a></p>"
               f"<p>{P * 2}</p>")
    assert _label(doc, "Related:") == (Label.CHROME, "html.link_label")
    assert doc.found["region"] == (0, 2)


def test_link_share_is_measured_per_block():
    doc = segment_html(f"<html><body><article><p>{P * 2}<br><a href='/d'>All of this line is a link</a></p>"
                       f"<p>{P}<a href='/e'>one link</a></p></article></body></html>")
    shares = {b.text[:12]: doc.found["link_share"][b.index] for b in doc.blocks}
    assert shares["All of this "] == 1.0
    assert 0.0 < shares["The harbour "] < 0.2


def test_html_gate_empties_a_tiny_body_with_a_warning():
    doc = _doc("<p>Subscribe to read this story.</p>")
    for b in doc.blocks:
        if b.label == Label.UNDECIDED:
            b.mark(Label.BODY, "test")
    html_gate(doc)
    assert not [b for b in doc.blocks if b.label == Label.BODY]
    assert any("no article" in w for w in doc.warnings)


def test_trailing_teaser_item_keeps_its_summary_line_with_it():
    # a related-stories list: linked headline, then its unlinked summary in the same item
    doc = Document.from_lines([P * 3, "Ferry fares rise again", "Operators blame fuel costs for the change",
                               "Lighthouse keeper named", "The island has a keeper for the first time"],
                              source_kind="html")
    for i in (1, 2, 3, 4):
        doc.blocks[i].kind = Kind.LIST_ITEM
    doc.blocks[2].gap_before = doc.blocks[4].gap_before = False
    doc.found["link_share"] = [0.0, 1.0, 0.0, 1.0, 0.0]
    compute_features(doc)
    HtmlRegion()(doc)
    assert [b.reason for b in doc.blocks[1:]] == ["html.trailing_teaser"] * 4
    assert doc.blocks[0].label == Label.BODY


def test_linked_headline_between_paragraphs_is_chrome_but_linked_product_list_is_not():
    doc = Document.from_lines([P * 2, "STORM DAMAGE CLOSES NORTH PIER", P * 2, "Harbour Lamp Model Two",
                               "Quay Lantern Deluxe", P * 2], source_kind="html")
    doc.found["link_share"] = [0.0, 1.0, 0.0, 1.0, 1.0, 0.0]
    compute_features(doc)
    HtmlRegion()(doc)
    assert doc.blocks[1].reason == "html.linked_headline"
    assert doc.blocks[3].label == doc.blocks[4].label == Label.BODY


def test_linked_teasers_above_the_story_and_question_headlines_in_trailing_cards():
    doc = Document.from_lines(["Ferry fares rise again this spring", P * 3, "Will the pier reopen soon?",
                               "Engineers give their view on the repairs"], source_kind="html")
    doc.blocks[2].kind = doc.blocks[3].kind = Kind.LIST_ITEM
    doc.found["link_share"] = [1.0, 0.0, 1.0, 0.0]
    compute_features(doc)
    HtmlRegion()(doc)
    assert doc.blocks[0].reason == "html.leading_teaser"
    assert doc.blocks[1].label == Label.BODY
    assert doc.blocks[2].reason == doc.blocks[3].reason == "html.trailing_teaser"


def test_written_out_link_between_paragraphs_is_story_text_again():
    doc = Document.from_lines([P * 2, "http://example.org/harbour-report-2019", P * 2], source_kind="html")
    doc.found["link_share"] = [0.0, 1.0, 0.0]
    compute_features(doc)
    doc.blocks[1].mark(Label.CHROME, "chrome.line_shape")
    HtmlRegion()(doc)
    assert doc.blocks[1].label == Label.BODY


def test_sentence_taken_for_a_byline_goes_back_to_the_body_but_a_byline_stays():
    from newsclean.stages.html_region import html_byline_guard

    sentence = "HARBOURTON (AP) — The harbour board met on Thursday and agreed to rebuild the eastern breakwater."
    doc = Document.from_lines(["By Ann Lee", sentence, P * 2], source_kind="html")
    compute_features(doc)
    doc.blocks[0].mark(Label.BYLINE, "byline.line")
    doc.blocks[1].mark(Label.BYLINE, "byline.line")
    doc.found["bylines"] = ["By Ann Lee", sentence]
    html_byline_guard(doc)
    assert doc.blocks[0].label == Label.BYLINE
    assert doc.blocks[1].label == Label.BODY
    assert doc.found["bylines"] == ["By Ann Lee"]


def test_footer_line_under_trailing_teasers_goes_with_them_but_plain_closing_lines_stay():
    doc = Document.from_lines([P * 3, "Harbour office, Quay Street 4", "Ferry fares rise again in spring",
                               "Copyright Harbour Gazette 2024"], source_kind="html")
    doc.found["link_share"] = [0.0, 0.0, 1.0, 0.0]
    compute_features(doc)
    HtmlRegion()(doc)
    assert doc.blocks[3].reason == "html.trailing_teaser"
    assert doc.blocks[2].reason == "html.trailing_teaser"
    assert doc.blocks[1].label == Label.BODY


def test_linked_subheading_is_kept():
    doc = Document.from_lines([P * 2, "Quay Lantern Deluxe Edition", P * 2], source_kind="html")
    doc.blocks[1].kind = Kind.HEADING
    doc.found["link_share"] = [0.0, 1.0, 0.0]
    compute_features(doc)
    HtmlRegion()(doc)
    assert doc.blocks[1].label == Label.BODY


def test_link_label_variants():
    from newsclean.stages.html_region import is_link_label

    doc = Document.from_lines(["(Read also: Storm damage closes the north pier)", "Account: @harbourcat",
                               "Buyer's Guide: Harbour Lamps"], source_kind="html")
    compute_features(doc)
    text0, text1, text2 = (b.text for b in doc.blocks)
    assert is_link_label(doc.blocks[0], len("Storm damage closes the north pier") / len(text0))
    assert not is_link_label(doc.blocks[1], len("@harbourcat") / len(text1))
    assert is_link_label(doc.blocks[2], len("Harbour Lamps") / len(text2))


def test_section_front_of_teaser_cards_gives_no_article():
    cards = "".join(
        f"<article class='card'><h3><a href='/n/{i}'>Harbour story number {i} in the list</a></h3>"
        f"<p>Summary {i}: the harbour board met again on Thursday to discuss the breakwater and the ferry timetable.</p>"
        "</article>" for i in range(5))
    page = f"<html><head><title>Local news</title></head><body><main><h1>Local news</h1>{cards}</main></body></html>"
    from newsclean import extract

    a = extract(page, kind="html")
    assert a.body == ""
    assert any("teaser" in w for w in a.warnings)


def test_author_name_alone_above_the_story_is_the_byline():
    doc = Document.from_lines(["Ann Lee", P * 3], source_kind="html")
    doc.meta["authors"] = ["Ann Lee"]
    compute_features(doc)
    HtmlRegion()(doc)
    assert doc.blocks[0].label == Label.BYLINE
    assert doc.found["bylines"] == ["Ann Lee"]


def test_a_sentence_heading_over_a_paragraph_carrying_on_from_it_is_the_opening_paragraph():
    opening = ("The old harbour has long been known as the safest anchorage on the coast, a place where any boat "
               "could ride out a winter gale.")
    doc = _doc(f"<h1>Breakwater to be rebuilt</h1><h2>{opening}</h2>"
               f"<p>But a survey published on Monday by the port engineers calls that into question. {P}</p>"
               f"<p>{P * 2}</p>")
    assert _label(doc, "The old harbour") == (Label.BODY, "html.inside")
    assert _label(doc, "Breakwater to be") == (Label.CHROME, "html.leading_heading")


def test_a_standfirst_over_an_ordinary_first_paragraph_stays_out():
    standfirst = ("The old harbour has long been known as the safest anchorage on the coast, a place where any boat "
                  "could ride out a winter gale.")
    doc = _doc(f"<h1>Breakwater to be rebuilt</h1><h2>{standfirst}</h2><p>{P * 2}</p><p>{P * 2}</p>")
    assert _label(doc, "The old harbour") == (Label.CHROME, "html.leading_heading")


def test_a_paragraph_long_heading_above_the_story_is_story_text():
    # a whole paragraph set in a heading's markup: no headline or standfirst is this long
    lede = ("Fires broke out on Sunday in the hills above Oldport, Westbay, Tollmouth and Kersey, and in the "
            "forests along the coast road, where crews from four counties fought the flames through the night "
            "with the help of two aircraft while the police closed the road and moved the residents of three "
            "villages to the school halls in the valley.")
    doc = _doc(f"<h1>Fires in the hills</h1><h2>{lede}</h2><p>{P * 2}</p><p>{P * 2}</p>")
    assert _label(doc, "Fires broke out") == (Label.BODY, "html.inside")
    assert _label(doc, "Fires in the hills") == (Label.CHROME, "html.leading_heading")


def test_a_tag_cloud_under_a_page_without_prose_is_cut():
    """A schedule has no prose paragraph to start the trailing-teaser search from; a run of
    linked lines under its own unlinked lines is still a tag cloud."""
    dates = [f"Round {n}: {d} May - Harbour circuit" for n, d in enumerate((3, 10, 17, 24), 1)]
    tags = ["harbour racing 2018,", "harbour circuit,", "race calendar"]
    doc = Document.from_lines(dates + tags, source_kind="html")
    doc.found["link_share"] = [0.0] * len(dates) + [0.95] * len(tags)
    compute_features(doc)
    HtmlRegion()(doc)
    assert [b.reason for b in doc.blocks] == ["html.inside"] * len(dates) + ["html.trailing_teaser"] * len(tags)


def test_a_page_of_linked_lines_only_is_left_to_the_gate():
    doc = Document.from_lines(["Harbour racing results", "Harbour circuit records", "Race calendar"],
                              source_kind="html")
    doc.found["link_share"] = [1.0, 1.0, 1.0]
    compute_features(doc)
    HtmlRegion()(doc)
    assert not any(b.reason == "html.trailing_teaser" for b in doc.blocks)


def test_the_declared_author_with_a_job_title_above_the_story_is_a_byline():
    doc = Document.from_lines(["Dana Ruiz, Senior Reporter, Harbour and Coast Desk", P * 3], source_kind="html")
    doc.meta["authors"] = ["Dana Ruiz"]
    compute_features(doc)
    HtmlRegion()(doc)
    assert (doc.blocks[0].label, doc.blocks[0].reason) == (Label.BYLINE, "html.author_line")


def test_a_sentence_naming_the_declared_author_stays_in_the_story():
    doc = Document.from_lines(["Dana Ruiz, who has covered the harbour for years, went back to the pier.", P * 3],
                              source_kind="html")
    doc.meta["authors"] = ["Dana Ruiz"]
    compute_features(doc)
    HtmlRegion()(doc)
    assert doc.blocks[0].label == Label.BODY


def test_a_long_heading_of_tags_above_the_story_stays_out():
    tags = "Ann Lee | Tags: " + ", ".join(f"Harbour Team {n}" for n in range(20))
    doc = _doc(f"<h1>Fires in the hills</h1><h2>{tags}</h2><p>{P * 2}</p><p>{P * 2}</p>")
    assert _label(doc, "Ann Lee | Tags") == (Label.CHROME, "html.leading_heading")


def _gated(body_html: str, title: str):
    doc = segment_html(f"<html><head><title>{title}</title></head><body><article>{body_html}</article></body></html>")
    compute_features(doc)
    HtmlRegion()(doc)
    for b in doc.blocks:
        if b.text == title:
            b.mark(Label.TITLE, "test")
        elif b.label == Label.UNDECIDED:
            b.mark(Label.BODY, "test")
    html_gate(doc)
    return doc


def test_html_gate_keeps_a_short_post_under_its_own_headline():
    doc = _gated("<p>Dune Walkers</p><h1>Evening at the lighthouse</h1><p>Photos by Ines in Porto.</p>",
                 "Evening at the lighthouse")
    assert [b.text for b in doc.blocks if b.label == Label.BODY] == ["Photos by Ines in Porto."]
    # the blog's name above the headline is not the post
    assert _label(doc, "Dune Walkers") == (Label.CHROME, "gate.too_little_text")
    assert not any("no article" in w for w in doc.warnings)


def test_html_gate_empties_short_lines_under_a_headline_without_a_clause():
    doc = _gated("<h1>Evening at the lighthouse</h1><p>Share</p><p>Older</p>", "Evening at the lighthouse")
    assert not [b for b in doc.blocks if b.label == Label.BODY]
    assert any("no article" in w for w in doc.warnings)


_WEEK = ["Harbour board approves the eastern breakwater rebuild for next spring",
         "Ferry timetable changes again as the new operator takes over the route",
         "Lifeboat crew rescues two kayakers off the point in rising winds",
         "Fish market moves to the old warehouse while the quay is repaired",
         "Sailing club opens its winter programme to beginners of every age"]


def test_a_post_that_is_only_a_list_of_headlines_keeps_the_list_as_its_body():
    import newsclean

    # a weekly round-up: a list of partly linked headlines, no sentence of prose anywhere
    items = "".join(f'<li><strong><a href="/n/{i}">{t.split(" ", 2)[0]} {t.split(" ", 2)[1]}</a> '
                    f'{t.split(" ", 2)[2]}</strong></li>' for i, t in enumerate(_WEEK))
    page = ("<html><head><title>The week in review - Harbour Notes</title></head><body>"
            "<div id='nav'><a href='/'>Home</a> <a href='/about'>About</a></div>"
            f"<div class='post'><h2>The week in review</h2><ul>{items}</ul></div></body></html>")
    article = newsclean.extract(page, kind="html")
    assert all(t in article.body for t in _WEEK)
    assert any("list without a sentence of prose" in w for w in article.warnings)


def test_a_strip_of_linked_teaser_headlines_with_summaries_is_still_no_article():
    import newsclean

    cards = "".join(f'<li><a href="/g/{i}">{t[:25]}</a></li><li>{t}</li>' for i, t in enumerate(_WEEK))
    page = ("<html><head><title>Galleries - Harbour Notes</title></head><body>"
            f"<div class='more'><h2>More galleries</h2><ul>{cards}</ul></div></body></html>")
    article = newsclean.extract(page, kind="html")
    assert article.body == ""
    assert any("no article" in w for w in article.warnings)


def test_html_gate_keeps_a_short_post_whose_headline_is_printed_with_its_date():
    doc = segment_html("<html><head><title>Dune Walkers: a quiet week ahead</title></head><body><article>"
                       "<p>Menu. About. Contact me.</p><p>Sunday, May 5 a quiet week ahead</p></article></body></html>")
    compute_features(doc)
    HtmlRegion()(doc)
    for b in doc.blocks:
        if b.label == Label.UNDECIDED:
            b.mark(Label.BODY, "test")
    html_gate(doc)
    assert [b.text for b in doc.blocks if b.label == Label.BODY] == ["Sunday, May 5 a quiet week ahead"]


def test_a_short_note_without_its_headline_in_the_main_content_keeps_its_sentences():
    import newsclean

    # a blog's photo post: the page shows the blog's name, a date and one line of text; the
    # post's own headline is nowhere in the main content
    note = "Fog rolled over the harbour at dawn and the ferries waited an hour before leaving."
    page = ("<html><head><title>Harbour Notes</title></head><body><div class='post'>"
            f"<p>Tuesday, March 4</p><p>{note}</p></div></body></html>")
    article = newsclean.extract(page, kind="html")
    assert article.body == note
    assert not any("no article" in w for w in article.warnings)
    assert any("short text" in w for w in article.warnings)


def test_a_page_of_short_lines_without_a_sentence_stays_empty():
    import newsclean

    page = ("<html><head><title>Harbour Notes</title></head><body><div class='post'>"
            "<p>Tuesday, March 4</p><p>Older posts</p><p>Subscribe to read this story.</p></div></body></html>")
    article = newsclean.extract(page, kind="html")
    assert article.body == ""
    assert any("no article" in w for w in article.warnings)


def _photo_post(title: str, headline: str) -> str:
    # a blog's photo post: the date header, the post's headline, a picture and the pager
    return (f"<html><head><title>{title}</title></head><body><h1>Harbour Notes</h1><div class='post hentry'>"
            "<h2 class='date-header'><span>Tuesday, 4 March 2014</span></h2>"
            f"<h3 class='post-title entry-title'>{headline}</h3><div class='post-body'><img src='fog.jpg'></div>"
            "<p><a href='/older'>Older Post</a> <a href='/'>Home</a></p></div></body></html>")


def test_a_photo_post_without_text_gets_its_date_and_headline_as_its_body():
    import newsclean

    article = newsclean.extract(_photo_post("Harbour Notes - Street Style: Fog at dawn", "Fog at dawn"), kind="html")
    assert article.body == "Tuesday, 4 March 2014\n\nFog at dawn"
    # they stay the Article's fields too
    assert str(article.published) == "2014-03-04"
    assert not any("no article" in w for w in article.warnings)
    assert any("without text of its own" in w for w in article.warnings)
    assert not any(r.text in ("Older Post", "Home") for r in article.blocks)


def test_a_line_that_is_not_the_posts_headline_does_not_make_a_head():
    import newsclean

    # the short line is not a part of the page's title (nor a heading): a pager's label
    page = _photo_post("Harbour Notes", "Fog at dawn").replace("<h1>Harbour Notes</h1>", "")
    article = newsclean.extract(page.replace("<h3 class='post-title entry-title'>Fog at dawn</h3>",
                                             "<p>Older posts</p>"), kind="html")
    assert article.body == ""
    assert any("no article" in w for w in article.warnings)


def test_a_lone_date_is_not_a_posts_head():
    from newsclean.stages.html_region import head_only_post

    doc = Document(blocks=[])
    doc.blocks = segment_html("<html><body><p>Tuesday, 4 March 2014</p></body></html>").blocks
    compute_features(doc)
    doc.blocks[0].mark(Label.DATE, "date.stamp")
    assert not head_only_post(doc)
    assert doc.blocks[0].label == Label.DATE

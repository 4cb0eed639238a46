import pytest

from newsclean.document import Label
from newsclean.stages import structure
from newsclean.stages import story_end
from newsclean.stages.chrome import ChromeRules
from newsclean.stages.region import MainRegion

P1 = (
    "The council voted on Tuesday to close the old swimming baths at the end of the summer season, "
    "ending almost a century of public bathing on the promenade."
)
P2 = (
    "Councillors said the repair bill for the roof and the pumps had grown beyond what the town could pay, "
    "and that a new pool would be built beside the leisure centre instead."
)
P3 = (
    "Swimmers who have used the baths every morning for decades said they would campaign to keep the "
    "building open, and a petition has already gathered more than two thousand names."
)


def run(text_doc, page):
    doc = text_doc(page)
    for st in (ChromeRules(), MainRegion(), story_end.article_end, structure.finalise):
        st(doc)
    return doc


def test_inline_related_box_is_dropped_and_the_story_continues(text_doc):
    page = "\n".join(
        [
            P1,
            P2,
            "Related",
            "Pier reopens after winter storms",
            "Ferry timetable changes from May",
            P3,
            P2 + " Extra words here.",
            P1 + " And more.",
        ]
    )
    doc = run(text_doc, page)
    by_text = {b.text: (b.label, b.reason) for b in doc.blocks}
    assert by_text["Related"] == (Label.CHROME, "chrome.section_header")
    assert by_text["Pier reopens after winter storms"] == (Label.CHROME, "structure.inline_teasers")
    assert by_text[P3][0] == Label.BODY
    assert by_text[P1 + " And more."][0] == Label.BODY


def test_related_section_at_the_end_still_ends_the_article(text_doc):
    page = "\n".join(
        [
            P1,
            P2,
            P3,
            "Related",
            "Pier reopens after winter storms",
            "Ferry timetable changes from May, with fewer sailings on Sundays and none on holidays.",
        ]
    )
    doc = run(text_doc, page)
    assert [b.text for b in doc.blocks if b.label == Label.BODY] == [P1, P2, P3]


def test_a_topic_box_under_the_story_ends_it_with_the_appeal_below(text_doc):
    # "Themen:" and the story's topic links, then a donation appeal and a teaser: not the story
    appeal = "Unabhängiger Journalismus lebt von Lesern wie dir, die ihn mit einer Spende möglich machen."
    page = "\n".join(
        [
            P1,
            P2,
            P3,
            "Themen:",
            "Schwimmbad",
            "Promenade",
            "Stadtrat",
            appeal,
            "Die Kurverwaltung plant im Herbst eine neue Saison mit längeren Öffnungszeiten am Strand.",
        ]
    )
    doc = run(text_doc, page)
    assert [b.text for b in doc.blocks if b.label == Label.BODY] == [P1, P2, P3]


def test_an_author_bio_inside_a_read_more_box_ends_the_story(text_doc):
    # "Read more:", a headline, the author's name and bio, then the footer's sentences: the box
    # is the page's footer, not a box set into the story
    footer = [
        "You can email Ann Lee here, and read all of Ann Lee's articles on the harbour here.",
        "Some features of this site may not work while an ad blocker is enabled, as they need scripts.",
        "As other papers cut their local desks, the Ledger has kept reporting on the coast for decades.",
    ]
    page = "\n".join(
        [
            P1,
            P2,
            P3,
            "Read more:",
            "Ferry company orders two new hybrid boats",
            "Ann Lee",
            "Ann Lee is a reporter who covers the coast and its harbours for the Ledger since 2019. Follow her",
            *footer,
        ]
    )
    doc = run(text_doc, page)
    assert [b.text for b in doc.blocks if b.label == Label.BODY] == [P1, P2, P3]


TAGS = ["Harbours", "Coastal erosion", "Town council", "Swimming", "Promenade", "Ann Lee", "Local government"]


def test_a_run_of_labels_closing_the_body_is_a_tag_box(text_doc):
    # the tag links between the story and its comment section (prose the region runs into)
    comments = [P2.replace("Councillors", "Readers"), P3.replace("Swimmers", "Neighbours")]
    doc = run(text_doc, "\n".join([P1, P2, P3, *TAGS, "Leave a Reply", *comments]))
    assert [b.text for b in doc.blocks if b.label == Label.BODY] == [P1, P2, P3]
    assert all(b.reason == "structure.tail_labels" for b in doc.blocks if b.text in TAGS)


def test_a_list_the_story_introduces_at_its_end_stays(text_doc):
    lead_in = "Swimmers who want to join the campaign are asked to bring the following to the meeting:"
    comments = [P2.replace("Councillors", "Readers"), P3.replace("Swimmers", "Neighbours")]
    doc = run(text_doc, "\n".join([P1, P2, P3, lead_in, *TAGS, "Leave a Reply", *comments]))
    body = [b.text for b in doc.blocks if b.label == Label.BODY]
    assert all(t in body for t in TAGS)


def test_comment_section_ends_the_article_even_before_long_comments(text_doc):
    comment = (
        "I have lived by the baths for forty years and I think the council has made the right call, "
        "the building has been cold and damp for as long as I can remember."
    )
    page = "\n".join(
        [
            P1,
            P2,
            P3,
            "2 responses to “Town to close the old swimming baths”",
            "harbourwalker says:",
            "March 3, 2024 at 9:12 am",
            comment,
            comment.replace("forty", "fifty"),
        ]
    )
    doc = run(text_doc, page)
    assert [b.text for b in doc.blocks if b.label == Label.BODY] == [P1, P2, P3]
    reasons = {b.text: b.reason for b in doc.blocks}
    assert reasons["harbourwalker says:"] == "chrome.comment_section"


def test_a_comment_counter_beside_the_byline_does_not_end_the_article(text_doc):
    doc = run(text_doc, "\n".join(["By Ann Lee", "12 Comments", P1, P2, P3]))
    assert [b.text for b in doc.blocks if b.label == Label.BODY] == [P1, P2, P3]


def test_bio_heading_and_name_lines_around_a_closing_bio(text_doc):
    doc = text_doc(
        "\n".join(
            [
                P1,
                P2,
                P3,
                "Ann Lee",
                "instagram",
                "About Ann Lee",
                "Ann Lee has covered the coast for the Harbour Press since 2015 and lives in Port Elms.",
                "More stories",
                "Ferry timetable changes from May",
            ]
        )
    )
    for st in (ChromeRules(), MainRegion(), structure.author_bio, structure.finalise):
        st(doc)
    reasons = {b.text: (b.label, b.reason) for b in doc.blocks}
    assert [b.text for b in doc.blocks if b.label == Label.BODY] == [P1, P2, P3]
    assert reasons["About Ann Lee"] == (Label.AUTHOR_BIO, "bio.closing_paragraph")
    assert reasons["instagram"][1] in ("bio.lead_in", "chrome.share_widget", "region.outside")


def test_a_long_comment_heading_naming_the_story_ends_it(text_doc):
    heading = "3 thoughts on “Town to close the old swimming baths at the end of the summer season”"
    comment = (
        "I learned to swim there in the sixties and I will be sad to see it go, but the roof has "
        "leaked for years and the water was never warm."
    )
    doc = run(text_doc, "\n".join([P1, P2, P3, heading, "Jo Bell", comment, comment.replace("sixties", "fifties")]))
    assert [b.text for b in doc.blocks if b.label == Label.BODY] == [P1, P2, P3]


def test_a_press_release_company_description_at_the_end_is_not_the_story(text_doc):
    about = (
        "Brightwell Pumps is a regional maker of water pumps and filters for small towns and farms, "
        "with a repair service on call every day of the year."
    )
    cues = (
        "Brightwell Pumps is headquartered in Dunmore, has subsidiaries in 4 countries and employs around 300 people."
    )
    doc = run(text_doc, "\n".join([P1, P2, P3, about, cues]))
    by_text = {b.text: (b.label, b.reason) for b in doc.blocks}
    assert by_text[about] == (Label.CHROME, "structure.company_boilerplate")
    assert by_text[cues] == (Label.CHROME, "structure.company_boilerplate")
    assert [b.text for b in doc.blocks if b.label == Label.BODY] == [P1, P2, P3]


def test_a_closing_paragraph_about_a_company_without_company_facts_stays(text_doc):
    last = (
        "Brightwell Pumps is a name many swimmers remember, because its engineers kept the old filters "
        "running long after the makers had stopped selling spare parts."
    )
    doc = run(text_doc, "\n".join([P1, P2, P3, last]))
    assert [b.text for b in doc.blocks if b.label == Label.BODY] == [P1, P2, P3, last]


def test_the_story_resumes_after_an_inline_box_with_a_subheading_between_its_paragraphs(text_doc):
    from newsclean.document import Label
    from newsclean.stages.pipelines import text_pipeline

    story = [
        "The harbour board met on Tuesday and agreed to rebuild the northern wall before the winter storms arrive.",
        "Engineers said the old stones had shifted by almost a metre since the spring tides and could not be patched.",
        "The work will take four months and the fishing fleet will moor in the south basin until it is finished.",
        "The board's chair said the fuel quay would close for two weeks at most, and only once the wall was safe.",
    ]
    box = ["Most read in local news"] + [f"HEADLINE {n}\nA teaser line about another story {n}" for n in range(5)]
    after = [
        "Skippers said they welcomed the decision and asked the board to keep the fuel quay open through the works.",
        "How will the work be done?",
        "Divers will set the new foundation stones at low tide, working in teams of four through the night while "
        "the water is calm.",
        "A crane barge will lift the facing blocks into place once the foundations have settled for a month, "
        "the engineers said.",
        "The board expects the harbour to reopen fully in the spring, in time for the first of the summer ferries.",
    ]
    doc = text_doc("\n\n".join(["Harbour wall to be rebuilt", *story, *box, *after]))
    text_pipeline().starting_after("features").run(doc)
    body = [b.text for b in doc.blocks if b.label == Label.BODY]
    assert after[0] in body and after[-1] in body
    assert not any(t.startswith("HEADLINE") or t.startswith("A teaser") for t in body)


def test_an_author_bio_under_a_teaser_box_does_not_resume_the_story(text_doc):
    from newsclean.document import Label
    from newsclean.stages.pipelines import text_pipeline

    story = [
        "The harbour board met on Tuesday and agreed to rebuild the northern wall before the winter storms arrive.",
        "Engineers said the old stones had shifted by almost a metre since the spring tides and could not be patched.",
        "The work will take four months and the fishing fleet will moor in the south basin until it is finished.",
        "The board's chair said the fuel quay would close for two weeks at most, and only once the wall was safe.",
    ]
    box = [
        "More Great Ledger Stories",
        "Ferry company orders two new hybrid boats",
        "Lifeboat crew rescues two kayakers off the point",
    ]
    tail = [
        "Want the best gear for a day on the water? Check out our team's picks for boots, jackets and bags.",
        "Ann Lee is a staff writer at the Ledger covering the harbour, the ferries and the county council. "
        "She lives in Port Elms with her family and two cats.",
    ]
    doc = text_doc("\n\n".join(["Harbour wall to be rebuilt", *story, *box, *tail]))
    text_pipeline().starting_after("features").run(doc)
    body = [b.text for b in doc.blocks if b.label == Label.BODY]
    assert body[: len(story)] == story and tail[0] not in body


def test_a_second_teaser_heading_under_an_inline_box_means_the_story_is_over(text_doc):
    from newsclean.document import Label
    from newsclean.stages.pipelines import text_pipeline

    story = [
        "The harbour board met on Tuesday and agreed to rebuild the northern wall before the winter storms arrive.",
        "Engineers said the old stones had shifted by almost a metre since the spring tides and could not be patched.",
        "The work will take four months and the fishing fleet will moor in the south basin until it is finished.",
        "The board's chair said the fuel quay would close for two weeks at most, and only once the wall was safe.",
    ]
    story = story + [p.replace("harbour", "old port") for p in story]
    box = ["Next Up In Harbour News", "Ferry company orders two new hybrid boats", "Most Read"] + [
        f"Teaser story number {n} tells of a lifeboat crew that rescued two kayakers off the point in a storm."
        for n in range(6)
    ]
    doc = text_doc("\n\n".join(["Harbour wall to be rebuilt", *story, *box]))
    text_pipeline().starting_after("features").run(doc)
    body = [b.text for b in doc.blocks if b.label == Label.BODY]
    assert body == story


def test_teaser_cards_under_an_other_columns_heading_do_not_resume_the_story(text_doc):
    """Kicker, headline, summary, again and again: the cards of a teaser section. Their
    summaries read like paragraphs, but two short lines stand between every two of them,
    where a story has at most one subheading."""
    from newsclean.stages.pipelines import text_pipeline

    story = [
        "The harbour board met on Tuesday and agreed to rebuild the northern wall before the winter storms arrive.",
        "Engineers said the old stones had shifted by almost a metre since the spring tides and could not be patched.",
        "The work will take four months and the fishing fleet will moor in the south basin until it is finished.",
        "The board's chair said the fuel quay would close for two weeks at most, and only once the wall was safe.",
    ]
    cards = ["Other Opinion Columns"]
    for n, topic in enumerate(["parking", "ferries", "schools"]):
        cards += [
            f"Column {n}",
            f"Why the {topic} plan will not work",
            f"ANN LEE THE town has argued about {topic} for a decade and the latest plan will not end "
            f"the quarrel, whatever the council says about it this week.",
        ]
    doc = text_doc("\n\n".join(["Harbour wall to be rebuilt", *story, *cards]))
    text_pipeline().starting_after("features").run(doc)
    body = [b.text for b in doc.blocks if b.label == Label.BODY]
    assert body == story
    heading = next(b for b in doc.blocks if b.text == "Other Opinion Columns")
    assert heading.features.get("end_marker")


def test_one_subheading_between_paragraphs_still_resumes_the_story(text_doc):
    doc = text_doc(
        "\n".join(
            [
                P1,
                P2,
                "Related",
                "Pier reopens after winter storms",
                P3,
                "What happens next",
                P2 + " Extra words here.",
                P1 + " And more.",
            ]
        )
    )
    for st in (ChromeRules(), MainRegion(), story_end.article_end, structure.finalise):
        st(doc)
    assert doc.blocks[-1].label == Label.BODY and doc.blocks[4].label == Label.BODY


def test_a_hover_card_printed_into_a_paragraph_is_cut_out(text_doc):
    para = (
        "Harbour Mayor Ann LeeAnn Marie LeeHarbour board approves sea wall plan | Ferry strike ends after "
        "two weeks Lighthouse reopens to visitors MORE (D) said on Tuesday the sea wall would be rebuilt "
        "before the winter storms."
    )
    plain = "Voters said they wanted MORE buses, and Ann Lee said the council would listen to them."
    doc = text_doc("\n\n".join([P1, para, plain, P2]))
    for b in doc.blocks:
        b.mark(Label.BODY, "test")
    structure.inline_residue(doc)
    texts = [b.text for b in doc.blocks]
    assert texts[1] == (
        "Harbour Mayor Ann Lee (D) said on Tuesday the sea wall would be rebuilt before the winter storms."
    )
    assert texts[2] == plain
    assert any(t.startswith("Ann Marie LeeHarbour board") and t.endswith("MORE") for _, t in doc.found["residue"])


def test_a_more_label_with_a_colon_opens_an_inline_box_and_the_story_continues(text_doc):
    page = "\n".join(
        [
            "Home",
            "More",
            "News",
            P1,
            P2,
            "More:",
            "Ferry strike ends after two weeks",
            "Lighthouse reopens to visitors",
            "Coast road to close for repairs",
            P3,
            P2 + " Extra words here.",
            P1 + " And more.",
        ]
    )
    doc = run(text_doc, page)
    by_text = {b.text: (b.label, b.reason) for b in doc.blocks}
    assert by_text["Lighthouse reopens to visitors"] == (Label.CHROME, "structure.inline_teasers")
    assert by_text[P3][0] == Label.BODY
    assert doc.blocks[5].features.get("end_marker") and not doc.blocks[1].features.get("end_marker")


def test_short_lines_between_the_last_paragraph_and_the_comments_are_the_widget(text_doc):
    page = "\n".join(
        [
            P1,
            P2,
            P3,
            "Harbour Guide: Ferries (Book Now)",
            "[ 42 comments ]",
            "Top Rated Comments",
            "(View all)",
            "Skipper Jo",
            "2 days ago",
            P2 + " " + P1,
            "Rating: 12 Votes",
            "Ann",
            "3 days ago",
            P3 + " " + P1,
        ]
    )
    doc = run(text_doc, page)
    by_text = {b.text: (b.label, b.reason) for b in doc.blocks}
    assert by_text["Harbour Guide: Ferries (Book Now)"] == (Label.CHROME, "structure.before_comments")
    assert by_text[P3][0] == Label.BODY


def test_a_closing_line_is_kept_when_no_comment_section_follows(text_doc):
    page = "\n".join([P1, P2, P3, "Harbour Guide: Ferries (Book Now)", "Related", "Pier reopens after winter storms"])
    doc = run(text_doc, page)
    assert not any(b.reason == "structure.before_comments" for b in doc.blocks)


LONG = [P1 + " " + P2, P2 + " " + P3, P3 + " " + P1, P1 + " " + P3]
SUMMARIES = [
    "The harbour board voted on Tuesday to recognise the old lighthouse as a listed building.",
    "The ferry captain who served the island for forty years has died at the age of 96.",
    "Divers have found the remains of a Roman jetty under the south basin of the harbour.",
    "Work on the new fish market will be finished in September, the council expects.",
]


def test_short_summaries_right_under_a_teaser_heading_do_not_resume_the_story(text_doc):
    doc = run(text_doc, "\n".join([*LONG, "Top stories", *SUMMARIES, "Partner news"]))
    by_text = {b.text: (b.label, b.reason) for b in doc.blocks}
    assert all(by_text[s] == (Label.CHROME, "structure.after_section_heading") for s in SUMMARIES)
    assert all(by_text[p][0] == Label.BODY for p in LONG)


def test_paragraphs_as_long_as_the_story_s_resume_it_under_an_empty_teaser_heading(text_doc):
    short_story = SUMMARIES[:2] + [s.replace("harbour", "port") for s in SUMMARIES[:2]]
    doc = run(text_doc, "\n".join([*short_story, "Most read", *SUMMARIES[2:], P1, P2]))
    by_text = {b.text: (b.label, b.reason) for b in doc.blocks}
    assert by_text[P2][0] == Label.BODY


def test_a_teaser_card_closed_by_its_read_more_label_is_cut_out_of_the_story(text_doc):
    headline = "Lighthouse Keepers Don't Have to Live on the Rock, Harbour Study Shows"
    cut = "In recent months, dozens of keepers across the coast have moved ashore and some have even left due to"
    page = "\n".join([P1, P2, headline, cut, "Read more", P3, P2 + " Extra words here.", P1 + " And more."])
    doc = run(text_doc, page)
    by_text = {b.text: (b.label, b.reason) for b in doc.blocks}
    assert by_text[headline] == (Label.CHROME, "structure.inline_teasers")
    assert by_text[cut] == (Label.CHROME, "structure.inline_teasers")
    assert by_text[P2][0] == Label.BODY and by_text[P3][0] == Label.BODY


BOX = [
    "Harbour Rush: Private Ferry Operator Plans",
    "Here's Where the New Ferries Will Dock in the Harbour",
    "Harbour Board: The North Quay Is Open for Business Again",
]


def test_headlines_in_a_row_between_two_paragraphs_are_a_box_of_links(text_doc):
    doc = run(text_doc, "\n".join([P1, P2, *BOX, P3, P1 + " And more."]))
    by_text = {b.text: (b.label, b.reason) for b in doc.blocks}
    assert all(by_text[h] == (Label.CHROME, "structure.inline_teasers") for h in BOX)
    assert by_text[P3][0] == Label.BODY


def test_title_case_lines_a_paragraph_introduces_stay(text_doc):
    lead = "The board named three projects for the coming year, and they are the following:"
    doc = run(text_doc, "\n".join([P1, P2, lead, *BOX, P3, P1 + " And more."]))
    assert not any(b.reason == "structure.inline_teasers" for b in doc.blocks)


def test_a_short_data_table_between_paragraphs_is_not_a_box_of_headlines():
    from newsclean import extract

    para = "The council voted on Tuesday to rebuild the old harbour wall before the winter storms arrive. "
    rows = "".join(f"<tr><td>Pier {n}</td><td>{n * 3} boats</td></tr>" for n in range(1, 4))
    page = f"<html><body><article><p>{para * 3}</p><table>{rows}</table><p>{para * 2}</p></article></body></html>"
    article = extract(page)
    assert [b.text for b in article.blocks if b.kind == "table_row"] == [
        "Pier 1 | 3 boats",
        "Pier 2 | 6 boats",
        "Pier 3 | 9 boats",
    ]


# a "Read more" box set into the story, and the story going on under it in paragraphs of
# every length (a short quoted line right under the box is no reason to end the article)
SHORT_QUOTE = "“It is a sad day for the whole town,” she said."
P4 = (
    "The baths opened in 1926 and were rebuilt once, after a storm in the fifties flooded the boiler "
    "room and cracked the tiled floor of the main pool."
)


def _body(doc):
    return [b.text for b in doc.blocks if b.label == Label.BODY]


def test_the_story_goes_on_under_a_read_more_box_when_only_prose_follows(text_doc):
    page = "\n".join(
        [P1, P2, "Read more", "Pier reopens after winter storms", P3, SHORT_QUOTE, P4, P2 + " Extra words here."]
    )
    doc = run(text_doc, page)
    assert _body(doc) == [P1, P2, P3, SHORT_QUOTE, P4, P2 + " Extra words here."]
    reasons = {b.text: b.reason for b in doc.blocks}
    assert reasons["Pier reopens after winter storms"] == "structure.inline_teasers"


def test_teaser_cards_under_a_read_more_heading_still_end_the_article(text_doc):
    cards = []
    for topic in ("ferry", "lighthouse", "market"):
        cards += [f"New {topic} plan unveiled", f"The {topic} will change hands next year, the council said."]
    doc = run(text_doc, "\n".join([P1, P2, P3, "Read more", *cards]))
    assert _body(doc) == [P1, P2, P3]


def test_a_second_story_under_a_read_next_heading_ends_the_first(text_doc):
    """A byline or a date line in the box opens another story (a page that appends the next
    article under the first): its paragraphs are not the first story going on."""
    page = "\n".join(
        [
            P1,
            P2,
            P3,
            "Read next",
            "Lighthouse keeper retires after forty years",
            "By Tom Reed",
            P4,
            SHORT_QUOTE,
            P2 + " Extra words here.",
            P1 + " And more.",
        ]
    )
    doc = run(text_doc, page)
    assert _body(doc) == [P1, P2, P3]


def test_a_comment_thread_under_its_heading_still_ends_the_article(text_doc):
    comment = (
        "I have lived by the baths for forty years and I think the council has made the right call, "
        "the building has been cold and damp for as long as I can remember."
    )
    thread = []
    for name in ("harbourwalker", "seaview22", "oldswimmer"):
        thread += [name, "3 March 2024", comment]
    doc = run(text_doc, "\n".join([P1, P2, P3, "Comments", *thread]))
    assert _body(doc) == [P1, P2, P3]


def _html_page(inner: str) -> str:
    return (
        f"<html><head><title>Baths to close</title></head><body><article><h1>Baths to close</h1>{inner}"
        "</article></body></html>"
    )


def test_html_the_story_goes_on_under_a_read_more_box():
    from newsclean import extract

    box = "<h3>Read more</h3><p><a href='/pier'>Pier reopens after winter storms</a></p>"
    paras = [P3, SHORT_QUOTE, P4, P2 + " Extra words here."]
    page = _html_page(f"<p>{P1}</p><p>{P2}</p>{box}" + "".join(f"<p>{p}</p>" for p in paras))
    body = extract(page, kind="html").body.split("\n\n")
    assert body == [P1, P2, *paras]


def test_html_linked_summaries_under_a_read_more_heading_end_the_article():
    """Half of each paragraph under the heading is link text: teaser summaries, not the story going on."""
    from newsclean import extract

    teasers = "".join(
        f"<p><a href='/s/{n}'>{p[: len(p) // 2]}</a>{p[len(p) // 2 :]}</p>"
        for n, p in enumerate([P4, SHORT_QUOTE, P2 + " More.", P3 + " Again."])
    )
    page = _html_page(
        f"<p>{P1}</p><p>{P2}</p><p>{P3}</p><h3>Read more</h3>"
        f"<p><a href='/pier'>Pier reopens after winter storms</a></p>{teasers}"
    )
    assert extract(page, kind="html").body.split("\n\n") == [P1, P2, P3]


def _captions(text_doc, page):
    doc = text_doc(page)
    for st in (ChromeRules(), MainRegion(), structure.caption_alt_text, structure.finalise):
        st(doc)
    return {b.text: (b.label, b.reason) for b in doc.blocks}


CAPTION = "Swimmers crossing the promenade to the old baths on the last warm morning of the season."


def test_a_sentence_printed_in_one_box_with_a_credit_line_is_its_caption(text_doc):
    # no blank line between the caption and its credit: one picture's box
    labels = _captions(text_doc, f"{P1}\n\n{CAPTION}\nFoto: Ann Lee (Getty)\n\n{P2}\n\n{P3}")
    assert labels[CAPTION] == (Label.CAPTION, "caption.above_credit")
    assert labels[P1][0] == Label.BODY and labels[P2][0] == Label.BODY


def test_a_paragraph_set_apart_from_a_credit_line_stays(text_doc):
    # a blank line between them: the credit's picture has no caption, the paragraph is the story's
    labels = _captions(text_doc, f"{P1}\n\n{CAPTION}\n\nFoto: Ann Lee (Getty)\n\n{P2}\n\n{P3}")
    assert labels[CAPTION][0] == Label.BODY


def test_a_caption_with_its_bracketed_credit_on_the_next_lines(text_doc):
    labels = _captions(text_doc, f"{P1}\n\nThe old baths at dawn (\nImage:\nAnn Lee/Coast Press)\n\n{P2}\n\n{P3}")
    assert labels["The old baths at dawn ("] == (Label.CAPTION, "caption.split_credit")
    assert labels["Ann Lee/Coast Press)"] == (Label.CAPTION, "caption.split_credit")
    assert labels[P2][0] == Label.BODY


def test_an_open_bracket_without_a_credit_is_not_a_caption(text_doc):
    labels = _captions(text_doc, f"{P1}\n\nThe old baths at dawn (\n{P2}\n\n{P3}")
    assert labels["The old baths at dawn ("][0] != Label.CAPTION


# -- a short label printed between every paragraph; a teaser box with ad labels set into a
# story written under subheadings (helper-k)
_HARBOUR = [
    "The harbour board met on Tuesday and agreed to rebuild the northern wall before the winter storms arrive.",
    "Engineers said the old stones had shifted by almost a metre since the spring tides and could not be patched.",
    "The work will take four months and the fishing fleet will moor in the south basin until it is finished.",
    "The board's chair said the fuel quay would close for two weeks at most, and only once the wall was safe.",
    "Skippers said they welcomed the decision and asked the board to keep the fuel quay open through the works.",
    "Divers will set the new foundation stones at low tide, working in teams of four through the night.",
]


def _with_label(paragraphs, label="Story text"):
    lines = []
    for p in paragraphs:
        lines += [label, p]
    return lines


def test_a_label_printed_between_every_paragraph_leaves_the_body(text_doc):
    from newsclean.stages.pipelines import text_pipeline

    doc = text_doc("\n\n".join(["Harbour wall to be rebuilt", *_with_label(_HARBOUR), "Story text"]))
    text_pipeline().starting_after("features").run(doc)
    body = [b.text for b in doc.blocks if b.label == Label.BODY]
    assert body == _HARBOUR
    assert all(b.label == Label.CHROME for b in doc.blocks if b.text == "Story text")
    assert "chrome.separator" in {b.reason for b in doc.blocks if b.text == "Story text"}


def _all_body(doc):
    """The region search's verdict, given: every line the chrome rules left is the story."""
    from newsclean.stages.region import teaser_shapes

    ChromeRules()(doc)
    teaser_shapes(doc)
    for b in doc.blocks:
        if b.label == Label.UNDECIDED:
            b.mark(Label.BODY, "region.inside")
    doc.found["region"] = (0, len(doc.blocks) - 1)
    story_end.article_end(doc)
    return [b.text for b in doc.blocks if b.label == Label.BODY]


_BOX = [
    "Trending",
    "Ferry company orders two new hybrid boats",
    "Harbour",
    "Advertisement",
    "Story continues below",
    "Lifeboat crew rescues two kayakers off the point",
    "Harbour",
    "Council approves new car park by the pier",
    "Harbour",
    "Advertisement",
    "Story continues below",
    "Advertisement",
    "Story continues below",
    "Advertisement",
    "Story continues below",
]


def test_the_story_goes_on_under_subheadings_after_a_teaser_box_with_ad_labels(text_doc):
    after = [
        "Fishermen's view: a long winter ahead",
        "The fishermen's association said its members would lose a month of landings while the quay is shut.",
        "Its secretary said the board had promised a rent holiday for the boats that must move to the south basin.",
        "What the engineers say",
        "The county engineer said the wall had been patched so often that almost none of the first stones remained.",
        "She said a new wall built on piles would last a century if it was inspected after every winter storm.",
        "What the skippers say",
        "The skippers asked for the fuel quay to stay open at night so that the boats can leave on the early tide.",
        "The board said it would decide on the quay's hours at its next meeting, after hearing from the engineers.",
    ]
    body = _all_body(text_doc("\n\n".join([*_HARBOUR, *_BOX, *after])))
    assert body[:6] == _HARBOUR
    # (the subheading right under the box cannot be told from the box's last headline)
    assert all(p in body for p in after[1:])
    assert not any("Ferry company" in t or "Lifeboat" in t for t in body)


def test_a_subheading_heads_paragraphs_a_teaser_headline_one_summary(text_doc):
    cards = []
    for town in ("Port Elms", "Dunmore"):
        cards += [
            f"Ferry fares rise in {town}",
            f"The island ferry company will raise its fares for the route to {town} from the first of May.",
        ]
    doc = text_doc("\n\n".join([*cards, "What the engineers say", *_HARBOUR[:2]]))
    rest = doc.blocks
    flags = [story_end._subheading(rest, pos) for pos in range(len(rest))]
    assert flags == [False, False, False, False, True, False, False]


def _viewer_run(text_doc, lines):
    doc = text_doc("\n\n".join(lines))
    ChromeRules()(doc)
    for b in doc.blocks:
        if b.label == Label.UNDECIDED:
            b.mark(Label.BODY, "region.inside")
    structure.caption_alt_text(doc)
    return {b.text: (b.label, b.reason) for b in doc.blocks}


def test_a_viewer_label_opens_a_caption_and_its_credit(text_doc):
    caption = "Divers inspect the foundations of the northern harbour wall at low tide on Tuesday morning."
    labels = _viewer_run(text_doc, [_HARBOUR[0], "Enlarge image", caption, "Harbour Press", _HARBOUR[1]])
    assert labels["Enlarge image"] == (Label.CAPTION, "caption.viewer")
    assert labels[caption] == (Label.CAPTION, "caption.viewer")
    assert labels["Harbour Press"][0] == Label.CAPTION
    assert labels[_HARBOUR[1]][0] == Label.BODY


def test_a_viewer_caption_with_its_credit_glued_to_its_end(text_doc):
    caption = "Divers inspect the foundations of the northern harbour wall at low tide. Hafenbild"
    labels = _viewer_run(text_doc, [_HARBOUR[0], "helskärm", caption, _HARBOUR[1], _HARBOUR[2]])
    assert labels[caption] == (Label.CAPTION, "caption.viewer")
    assert labels[_HARBOUR[1]][0] == Label.BODY


def test_a_viewer_label_over_a_paragraph_without_a_credit_leaves_it(text_doc):
    labels = _viewer_run(text_doc, [_HARBOUR[0], "Enlarge image", _HARBOUR[1], _HARBOUR[2]])
    assert labels[_HARBOUR[1]][0] == Label.BODY


P4 = (
    "The harbour master said the two ferries would run a reduced timetable until the new pontoon is "
    "delivered, which the builders expect before the end of next month."
)
P5 = (
    "Local traders welcomed the news but warned that the months of closure had cost the seafront shops "
    "a large share of their usual spring takings."
)


def test_a_video_card_s_title_under_its_running_time_leaves_the_story():
    from newsclean import extract

    page = _story_around(["2:41", "Storm surge floods the harbour road"], tail=["Share this article"])
    article = extract(page, kind="text")
    assert "Storm surge floods" not in article.body
    assert [r.rule for r in article.removed if r.text.startswith("Storm surge")] == ["structure.video_title"]
    assert P3 in article.body and P4 in article.body


def test_a_sentence_under_a_time_stays():
    from newsclean import extract

    page = _story_around(["2:41"], tail=["Share this article"])
    assert P3 in extract(page, kind="text").body


FACTS = [
    "Facts about the harbour ferries",
    "Two ferries run between the harbour and the island, each carrying up to 300 passengers.",
    "The crossing takes forty minutes in good weather.",
    "Source: Harbour Ferry Company",
]


def _story_around(box, tail=()):
    """A text page: menu, headline, byline and date, two paragraphs, ``box``, three more."""
    lines = ["Home", "News", "Harbour ferries back in service after storm repairs", "By Ann Lee", "March 4, 2024"]
    return "\n".join([*lines, P1, P2, *box, P3, P4, P5, *tail])


def test_a_fact_box_closed_by_its_source_line_leaves_the_story():
    from newsclean import extract

    page = _story_around(FACTS, tail=["Share this article"])
    article = extract(page, kind="text")
    assert {r.text for r in article.removed if r.rule == "structure.fact_box"} >= set(FACTS[:3])
    assert not any(line in article.body for line in FACTS)
    assert P3 in article.body and P5 in article.body


@pytest.mark.parametrize(
    "label, source", [("Fakta om fergene", "Kilde: Fergeselskapet"), ("Fakten zur Fähre", "Quelle: Hafenamt")]
)
def test_fact_box_labels_in_other_languages(label, source):
    from newsclean import extract

    page = _story_around([label, FACTS[1], FACTS[2], source])
    article = extract(page, kind="text")
    assert {r.text: r.rule for r in article.removed}[label] == "structure.fact_box"
    assert label not in article.body and source not in article.body and FACTS[1] not in article.body


def test_a_facts_label_without_a_source_line_stays():
    from newsclean import extract

    page = _story_around(FACTS[:3])
    body = extract(page, kind="text").body
    assert FACTS[1] in body and P3 in body


@pytest.mark.parametrize("heading", ["More videos", "More on Coast More videos", "Latest videos"])
def test_a_video_playlist_set_into_the_story_is_cut_out_and_the_story_continues(text_doc, heading):
    page = "\n".join(
        [
            P1,
            P2,
            heading,
            "Pier reopens after winter storms",
            "Ferry timetable changes from May",
            P3,
            P2 + " Extra words here.",
            P1 + " And more.",
        ]
    )
    doc = run(text_doc, page)
    by_text = {b.text: (b.label, b.reason) for b in doc.blocks}
    assert by_text[heading] == (Label.CHROME, "chrome.section_header")
    assert by_text["Pier reopens after winter storms"][0] == Label.CHROME
    assert by_text[P3][0] == Label.BODY
    assert by_text[P1 + " And more."][0] == Label.BODY


def test_an_obituarys_closing_survived_by_paragraph_is_the_story_not_an_author_bio(text_doc):
    last = (
        "Marsh is survived by her husband of 40 years, her two sons, her sister and the staff of "
        "the harbour museum she founded in 1988."
    )
    doc = text_doc("\n".join([P1, P2, P3, last]))
    for st in (ChromeRules(), MainRegion(), structure.author_bio, structure.finalise):
        st(doc)
    assert [b.text for b in doc.blocks if b.label == Label.BODY] == [P1, P2, P3, last]


def _with_bio(text_doc, lines):
    doc = text_doc("\n".join(lines))
    for st in (ChromeRules(), MainRegion(), structure.author_bio, structure.finalise):
        st(doc)
    return doc


def test_a_closing_bio_under_its_heading_in_any_case(text_doc):
    bio = "About the Author: Ann Lee is a writer in Port Elms who has walked every harbour wall on the coast."
    doc = _with_bio(text_doc, [P1, P2, P3, bio])
    assert [b.text for b in doc.blocks if b.label == Label.BODY] == [P1, P2, P3]
    assert {b.text: b.label for b in doc.blocks}[bio] == Label.AUTHOR_BIO


def test_a_closing_bio_opened_by_about_and_the_name_with_a_colon(text_doc):
    bio = "About Ann Lee: walker, harbour watcher and teacher, she writes about the coast every week."
    doc = _with_bio(text_doc, [P1, P2, P3, bio])
    assert [b.text for b in doc.blocks if b.label == Label.BODY] == [P1, P2, P3]


def test_a_closing_self_description_as_an_enthusiast_is_a_bio(text_doc):
    bio = "Ann Lee is a sailing enthusiast who lives in Port Elms with her husband and two very loud dogs."
    doc = _with_bio(text_doc, [P1, P2, P3, bio])
    assert [b.text for b in doc.blocks if b.label == Label.BODY] == [P1, P2, P3]


def test_residue_search_tries_only_the_paragraph_end_when_every_pattern_ends_there(text_doc):
    assert structure._end_anchored((r"\s+read more\s*$", r"(?<=[.!?])\s*\((?:watch|video)\)$"))
    # a branch without "$", a pattern wrapped in a case group, no patterns: the full search
    assert not structure._end_anchored((r"\s+read more$|\s+more",))
    assert not structure._end_anchored((r"(?-i:\s+MORE$)",))
    assert not structure._end_anchored(())
    lines = [P1 + " Read more", P2 + " (Watch)", P3 + " Continue reading »", P1 + " Read more\n", P2]
    doc = text_doc("\n\n".join(lines))
    for b, line in zip(doc.blocks, lines, strict=True):
        b.text = line  # the last but one keeps its final newline
        b.mark(Label.BODY, "test")
    structure.inline_residue(doc)
    assert [b.text for b in doc.blocks] == [P1, P2, P3, P1, P2]
    assert [t for _, t in doc.found["residue"]] == ["Read more", "(Watch)", "Continue reading »", "Read more"]


def test_the_storys_tag_line_closes_it(text_doc):
    # under the story's tag line, promotions with paragraphs of their own: the region runs into
    # them, the tag line closes the story
    promo = ("Our free guide shows how to plan a pool for a small town, with budgets, timetables and the "
             "questions to ask builders before any contract is signed. Download it today.")
    doc = run(text_doc, "\n".join([P1, P2, P3, "Tags: swimming baths, council, promenade", "Print",
                                   "Free guide", promo, "Download now »", P2.replace("Councillors", "Planners")]))
    body = [b.text for b in doc.blocks if b.label == Label.BODY]
    assert body == [P1, P2, P3]
    assert any(b.reason == "structure.after_tag_line" for b in doc.blocks if b.text == promo)


def test_a_tag_line_over_the_story_does_not_cut_it(text_doc):
    # a tag line under the headline, before the story's words: nothing above it to close
    doc = run(text_doc, "\n".join(["Tags: swimming baths, council", P1, P2, P3]))
    assert [b.text for b in doc.blocks if b.label == Label.BODY] == [P1, P2, P3]

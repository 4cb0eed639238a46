import pytest

from newsclean.document import Label
from newsclean.stages.chrome import ChromeRules
from newsclean.stages.region import MainRegion, best_run, teaser_shapes

PROSE = "The harbour board met on Tuesday and agreed to rebuild the northern wall before the storms arrive."
PROSE2 = "Engineers told the meeting that the old wall had moved by almost a metre since the spring tides."
PROSE3 = "The fishing fleet will use the south basin while the work goes on, the harbour master said."


def test_best_run_is_the_maximum_sum_interval():
    assert best_run([-1, 5, -2, 6, -20, 3]) == (1, 3)
    assert best_run([-1, -2]) is None
    assert best_run([]) is None


def test_region_is_the_dense_prose_between_navigation_and_teasers(text_doc):
    page = "\n".join(
        ["Home", "News", "Sport", "Harbour wall to be rebuilt", PROSE, PROSE2, "Subheading here", PROSE3,
         "Related", "Another story headline", "A teaser summary that ends like teasers do..."])
    doc = text_doc(page)
    ChromeRules()(doc)
    MainRegion()(doc)
    body = [b.text for b in doc.blocks if b.label == Label.BODY]
    assert body == [PROSE, PROSE2, "Subheading here", PROSE3]
    assert doc.found["region"] == (4, 7)


def test_no_prose_means_no_region(text_doc):
    doc = text_doc("Home\nNews\nSport\nWeather")
    ChromeRules()(doc)
    MainRegion()(doc)
    assert doc.found["region"] is None
    assert not any(b.label == Label.BODY for b in doc.blocks)


def _run_region(text_doc, page):
    doc = text_doc(page)
    ChromeRules()(doc)
    MainRegion()(doc)
    return {b.text: (b.label, b.reason) for b in doc.blocks}


STORY = [
    "The harbour board met on Tuesday and agreed to rebuild the northern wall before the winter storms arrive.",
    "Engineers said the old stones had shifted by almost a metre since the spring tides and could not be patched.",
    "The work will take four months and the fishing fleet will moor in the south basin until it is finished.",
    "Skippers said they welcomed the decision but asked the board to keep the fuel quay open through the works.",
    "The board's chair said the fuel quay would close for two weeks at most, and only once the wall was safe.",
    "A public meeting about the plans will be held in the lifeboat station on the first Monday of next month.",
    "Residents of the harbour cottages will be given notice of the noisiest days of piling in good time.",
    "The cost of the works is shared between the board, the county council and a national coastal fund.",
]


def test_lone_summaries_between_headlines_are_a_teaser_list(text_doc):
    teasers = []
    for n in range(3):
        teasers += [f"Ferry company orders new boat number {n}",
                    f"The island ferry company has ordered a new hybrid boat that will enter service in spring {n}.",
                    f"{n + 2}H ago"]
    labels = _run_region(text_doc, "\n".join(STORY + ["More in Local News"] + teasers))
    summary = "The island ferry company has ordered a new hybrid boat that will enter service in spring 1."
    assert labels[summary] == (Label.CHROME, "teaser.isolated_summary")
    assert all(labels[p][0] == Label.BODY for p in STORY)


def test_lone_paragraphs_under_subheadings_stay_when_the_page_has_no_other_story(text_doc):
    page = "\n".join(["Step one", STORY[0], "Step two", STORY[1], "Step three", STORY[2]])
    labels = _run_region(text_doc, page)
    assert all(labels[p][0] == Label.BODY for p in STORY[:3])


def test_repeated_headline_and_glued_teaser_are_chrome(text_doc):
    headline = "Council approves new cycle lanes on the seafront"
    glued = "Lifeboat Crew Rescues Two Kayakers Off PointA lifeboat crew brought two kayakers ashore on Sunday."
    page = "\n".join([headline, glued] + STORY + ["Business", headline])
    labels = _run_region(text_doc, page)
    assert labels[headline] == (Label.CHROME, "chrome.repeated_line")
    assert labels[glued] == (Label.CHROME, "teaser.glued_headline")
    assert all(labels[p][0] == Label.BODY for p in STORY)


def test_listicle_items_are_not_teasers(text_doc):
    item = ("The compact model folds flat for travel, charges in under an hour and survived every drop test we "
            "tried on the pavement outside the office, which is more than the last three models managed. It is "
            "our pick for anyone who wants one gadget for the whole year, and the battery still reported ninety "
            "per cent after a week of daily use on our test bench.")
    parts = []
    for n in range(4):
        parts += [f"Pocket gadget number {n} for $99", "See it at the shop", item.replace("compact", f"compact {n}")]
    labels = _run_region(text_doc, "\n".join(STORY + parts))
    assert labels[item.replace("compact", "compact 2")][0] == Label.BODY


def test_region_starts_after_the_byline_when_a_deck_and_caption_sit_above_it(text_doc):
    deck = "The harbour board says the work cannot wait for another winter of storms."
    caption = "The northern wall of the harbour, photographed from the lighthouse in March.Jo Bell / Coast Press"
    page = "\n".join(["Harbour wall to be rebuilt", deck, caption, "Breaking News Emails", "By Ann Lee",
                      "March 4, 2024, 9:12 AM UTC"] + STORY)
    labels = _run_region(text_doc, page)
    assert labels[deck] == (Label.CHROME, "region.before_byline")
    # the caption, its credit glued to its sentence, is read as a caption by its shape already
    assert labels[caption] == (Label.CAPTION, "caption.pattern")
    assert labels["By Ann Lee"][0] != Label.BODY
    assert all(labels[p][0] == Label.BODY for p in STORY)


def test_a_byline_under_the_post_does_not_cut_the_prose_above_it():
    from newsclean import extract

    # a blog's footer byline ("Posted by ... | Permalink") under a short post, then trackbacks,
    # a comment form and the archive: the post above the byline is the story, not a deck
    post = ("I have supported the harbour trust for many years. It is the best group of volunteers on the "
            "coast, and I was on its very first board back in 2006. I am honoured to speak at its meeting.")
    months = [f"{m} 2023" for m in "January February March April May June July August September October".split()]
    page = "\n".join(["Archives", "About", "May 2, 2024", "My talk at the harbour trust", post, "Tweet",
                      "Posted by Ann Lee on May 2, 2024 | Permalink", "Trackbacks",
                      "Other blogs that link to My talk at the harbour trust:", "Comments", "Email:", "Comments:",
                      *months])
    article = extract(page)
    assert post in article.body
    assert not any(r.rule == "region.before_byline" for r in article.removed)


def test_a_caption_printed_twice_in_a_row_is_chrome(text_doc):
    caption = "Lifeboat volunteers carry the new boat down the slipway at Port Elms on Saturday, March 2."
    labels = _run_region(text_doc, "\n".join([caption, caption] + STORY))
    assert labels[caption] == (Label.CHROME, "chrome.repeated_caption")
    assert all(labels[p][0] == Label.BODY for p in STORY)


def test_a_line_in_capitals_is_a_link_to_another_story(text_doc):
    link = "LIFEBOAT CREW SAVES TWO KAYAKERS OFF THE POINT IN HEAVY SEAS"
    labels = _run_region(text_doc, "\n".join(STORY[:4] + [link] + STORY[4:]))
    assert labels[link] == (Label.CHROME, "teaser.all_caps_link")


def test_interview_answers_and_lower_case_list_items_are_not_teasers(text_doc):
    qa = []
    for n in range(4):
        qa += [f"Q: What did you do on holiday number {n}?",
               f"A: We sailed round the islands and stopped at every harbour we could find, number {n}.",
               "Photo: Jo Bell"]
    labels = _run_region(text_doc, "\n".join(STORY + qa))
    answer = "A: We sailed round the islands and stopped at every harbour we could find, number 2."
    assert labels[answer][1] != "teaser.isolated_summary"


def test_a_list_introduced_by_a_sentence_belongs_to_the_story(text_doc):
    items = [f"{n}. Harbour number {n}" for n in range(1, 11)]
    after = "The ranking surprised the harbour board, which had expected to finish in the top three this year."
    page = "\n".join(STORY + ["The harbours were ranked as follows:"] + items + [after, "Related: Ferry news",
                                                                                   after.replace("three", "five")])
    labels = _run_region(text_doc, page)
    assert labels["3. Harbour number 3"][0] == Label.BODY
    assert labels[after][0] == Label.BODY


def test_a_table_of_contents_is_chrome_and_does_not_split_the_story(text_doc):
    toc = ["Contents", "1 History", "1.1 Early years", "2 The new wall", "3 See also"]
    labels = _run_region(text_doc, "\n".join(STORY[:3] + toc + STORY[3:]))
    assert labels["1.1 Early years"] == (Label.CHROME, "chrome.table_of_contents")
    assert all(labels[p][0] == Label.BODY for p in STORY)


def test_headlines_cut_short_with_two_dots_are_teasers(text_doc):
    teasers = ["Harbour board picks a new chair after a long..", "Lifeboat crew rescues two kayakers off the.."]
    doc = text_doc("\n".join(STORY + teasers + ["The end of an era...", "It closed."]))
    teaser_shapes(doc)
    ellipsis = {b.text: b.features["ellipsis"] for b in doc.blocks}
    assert all(ellipsis[t] for t in teasers)
    assert not any(ellipsis[s] for s in STORY) and not ellipsis["It closed."]
    labels = _run_region(text_doc, "\n".join(teasers + STORY + teasers))
    assert all(labels[t][0] != Label.BODY for t in teasers)
    assert all(labels[s][0] == Label.BODY for s in STORY)


def test_a_schedule_after_the_story_belongs_to_it(text_doc):
    rows = ["May 3 – Dunmore, Harbour Hall", "May 9 – Port Elms @ The Old Pier", "June 1 – Kettleby, Town Square",
            "June 14 – Brayford, Riverside Park", "July 2 – Ashcombe, The Mill"]
    menu = ["Home", "News", "Sport", "Weather", "Contact us"]
    labels = _run_region(text_doc, "\n".join(menu + STORY + ["The band's dates for next year:"] + rows + menu[:3]))
    assert all(labels[r][0] == Label.BODY for r in rows)
    assert all(labels[m][0] != Label.BODY for m in menu)


def test_rows_of_one_shape_far_from_any_story_are_not_pulled_in(text_doc):
    rows = ["Sport – Football", "Sport – Cricket", "Sport – Tennis", "Sport – Rugby"]
    labels = _run_region(text_doc, "\n".join(rows + ["Home", "Contact", "Archive", "Jobs", "Shop"] + STORY))
    assert all(labels[r][0] != Label.BODY for r in rows)


def test_numbered_items_after_the_story_stay_even_with_lines_between_them(text_doc):
    items = ["1) Harbour lamp, brass, large", "2) Rope fender set of four", "3) Tide clock with oak frame",
             "4) Lifeboat model kit for beginners"]
    page = STORY + ["Here are the offers we picked from the chandlery's sale this week:"]
    for k, item in enumerate(items):
        page += [item, f"Price {k + 12}.50", "Buy now"]
    labels = _run_region(text_doc, "\n".join(page + ["Home", "Contact", "Jobs"]))
    assert all(labels[t][0] == Label.BODY for t in items)
    assert labels["Home"][0] != Label.BODY


def test_quoted_reviews_with_their_attribution_lines_are_not_teasers(text_doc):
    reviews = ["“The boat trip was lovely and the crew told us the history of every lighthouse.”",
               "“Good value for a family, and the children loved feeding the gulls at the quay.”",
               "“We saw seals on the sandbank and the skipper waited so we could take pictures.”",
               "“A calm sea, a warm cabin and a very friendly guide who knew all the wrecks.”"]
    page = ["Home", "Trips", "Contact"] + STORY
    for k, r in enumerate(reviews):
        page += [r, f"– Vis{'*' * (k + 2)}"]
    doc = text_doc("\n".join(page + ["Home", "Contact"]))
    ChromeRules()(doc)
    teaser_shapes(doc)
    assert all(b.reason != "teaser.isolated_summary" for b in doc.blocks if b.text in reviews)


def test_lines_finishing_a_lead_in_sentence_are_not_teasers(text_doc):
    items = ["You will know which tide tables to trust before you set out from the harbour",
             "Your kit list will shrink to a third of its current size and still keep you safe",
             "You will stop worrying about the weather forecast on the night before a trip"]
    tail = "… read on. What follows is the advice the harbour master gives every new skipper in town."
    page = "\n".join(STORY) + "\n\nBecause once you learn these few rules …\n\n" + "\n".join(items) + "\n\n" + tail
    doc = text_doc(page + "\n\nHome\n\nContact")
    ChromeRules()(doc)
    teaser_shapes(doc)
    assert all(b.reason != "teaser.isolated_summary" for b in doc.blocks if b.text in items or b.text == tail)


# ---- lists that are the story (feature list_run)

SIDEBAR = [
    "» Column of the week",
    "Click the picture to read every column our senior writer has filed about the coastal league this year.",
    "» Power ranking",
    "Click the image above to see how the skippers stand after the autumn regatta and across the whole season.",
]


def _body(text_doc, page):
    from newsclean.stages.pipelines import text_pipeline

    doc = text_doc(page)
    text_pipeline().starting_after("features").run(doc)
    return [b.text for b in doc.blocks if b.label == Label.BODY], doc


def test_a_typed_changelog_is_the_story(text_doc):
    items = ["+ Added lanterns that hang from any fence post", "+ Added a quieter sound for rain on glass",
             "+ Ferries now wait at the pier for late passengers", "* Fishing rods break less often in storms",
             "* The map screen shows the tide times", "- Removed the old lighthouse keeper"]
    page = "\n\n".join(["Harbour Game News", "Harbour Game 2.1 - The Tide Update", "\n".join(items),
                        "\n".join(SIDEBAR)])
    body, doc = _body(text_doc, page)
    assert items[0] in body and items[-1] in body
    assert all(doc.blocks[i].features.get("list_run") for i in range(2, 8))


def test_a_typed_menu_or_title_case_links_are_not_a_story_list(text_doc):
    menu = "\n".join(["- Harbour", "- Sport", "- Weather", "- Letters", "- Contact"])
    links = "\n".join(["• Win A Leather Harbour Watch From Our Shop", "• Ferry Company Orders Two New Hybrid Boats",
                       "• Skippers Vote To Keep The Fuel Quay Open", "• Lifeboat Crew Rescues Two Kayakers Off Point",
                       "• Storm Season Forecast Published By Coastguard"])
    doc = text_doc(menu + "\n\n" + links)
    teaser_shapes(doc)
    assert not any(b.features.get("list_run") for b in doc.blocks)


def test_a_table_of_numbered_rows_is_the_story(text_doc):
    rows = [f"{n} {name} {500 - n * 7} {n % 3} {n % 2}" for n, name in enumerate(
        ["Ann Lee", "Bo Kim", "Cy Ward", "Di Moss", "Ed Fox", "Flo Hart", "Gus Pike", "Hal Reed", "Ida Cole"], 1)]
    page = "\n\n".join(["Coastal league standings", "Monday, 3 June 2024, 09:10",
                        "Pos. Skipper Points Wins Poles", "\n".join(rows), "\n".join(SIDEBAR)])
    body, doc = _body(text_doc, page)
    assert rows[0] in body and rows[-1] in body
    assert not any("gate" in b.reason for b in doc.blocks)


def test_a_short_numbered_teaser_list_is_not_a_table(text_doc):
    rows = [f"{n} Ferry story number {n} 3/{n}" for n in range(1, 6)]
    doc = text_doc("\n".join(rows))
    teaser_shapes(doc)
    assert not any(b.features.get("list_run") for b in doc.blocks)


def test_the_story_above_a_teaser_heading_beats_denser_teasers_under_it(text_doc):
    story = ("Living by the sea teaches patience: the tide keeps its own hours, and the harbour town learns "
             "to keep them too. Boats go out when the water allows, and the whole street waits for them to "
             "come home before the lamps are lit.")
    teasers = [
        "A family is held together by small daily habits: a shared meal, a walk along the pier, a word of "
        "thanks at the end of a long day at sea, and the patience to listen when the catch was poor.",
        "Share on WhatsApp",
        "Courage is not the absence of fear but the decision to sail anyway, with a good crew, a sound hull "
        "and a weather eye on the horizon, knowing that the sea forgives nothing and rewards care.",
        "Share on WhatsApp",
        "Gratitude lives in the details: the first light on the water, the gulls over the quay, a dry bed "
        "after a night shift on the boats, and the smell of bread from the bakery on the corner.",
        "Share on WhatsApp",
    ]
    page = "\n\n".join(["Home", "Messages", "Patience by the sea…", "Messages » Patience by the sea…", story,
                         "Share on WhatsApp", "You may also like", *teasers, "Contact"])
    labels = _run_region(text_doc, page)
    assert labels[story][0] == Label.BODY
    assert all(labels[t][0] != Label.BODY for t in teasers)


def test_a_short_post_above_a_related_heading_beats_the_publishers_boilerplate_under_it(text_doc):
    # a video post: one paragraph of some twenty words under its headline; under the related
    # posts and the comments link, the publisher's longer paragraph about itself
    post = ("Step inside the small workshop where two brothers still stitch every saddle by hand, "
            "and hear why they never moved the work overseas.")
    about = ("Tidewater Media is an independent publisher of online craft and lifestyle magazines with offices "
             "in Leeds and Lisbon. Our sites cover the newest trends, makers and products in design, "
             "workshops, tools and the culture around them for readers in more than forty countries.")
    page = "\n\n".join(["Home", "Makers", "Tools", "Watch | The saddle makers of Harrow Lane",
                         "By Ivo Brandt posted on March 3, 2013 5:00 pm", post, "video", "Related Posts",
                         "March 1, 2013 A first look at the spring tool catalogue",
                         "February 26, 2013 Inside a letterpress studio", "Previous Post", "Comments",
                         "Follow us", "RSS Feed", "Latest", "The workbench of the year", about,
                         "© Tidewater Media, 2013", "Contact Us"])
    labels = _run_region(text_doc, page)
    assert labels[post][0] == Label.BODY
    assert labels[about][0] != Label.BODY


def test_a_thread_of_signed_comments_inside_the_region_ends_the_story(text_doc):
    # the thread pass finds the signed comments; the comments under them that it did not see
    # (names without their links) must not run on as the story
    thread = []
    for k, (name, said) in enumerate([
        ("Mara Lind", "Thank you for writing this, the harbour needed someone to say it plainly."),
        ("Tom Okafor", "I walked the pier on Sunday and the cracks are worse than the photos show."),
        ("Ines Duarte", "The board should publish the engineers' report so everyone can read it."),
        ("Piet Vos", "My grandfather helped build that wall and he always said it would need this."),
    ]):
        thread += [f"http://example.org/people/{k} {name}", said]
    unseen = ["Kathy Marsh", "So the town waited too long, but at least the work starts before the winter storms "
              "arrive, and the skippers will not have to tie up in the open roads again this year.",
              "My brother fishes out of the north basin and he says the crews have been asking for this for a "
              "decade, ever since the first stones went in the big spring tide.",
              "Ron Bell", "I hope the fuel quay stays open through the works, because the night boats depend on "
              "it every single week and the nearest other pump is a long way down the coast.",
              "Two weeks without fuel would cost the smaller boats a month of catches, and the board should "
              "say now how it will help them through it.",
              "Sofie Brandt", "Good news at last. The old wall has been a worry for every family on the front "
              "street since the big tide, and the board has finally listened to the people who live here."]
    page = "\n\n".join(["Home", "Harbour wall to be rebuilt", *STORY, "Tweet", "PREVIOUS POST", *thread, *unseen,
                         "Archives", "Contact"])
    labels = _run_region(text_doc, page)
    assert all(labels[p][0] == Label.BODY for p in STORY)
    assert all(labels[line][0] != Label.BODY for line in thread + unseen)


def test_unpunctuated_cjk_lines_are_prose(text_doc):
    # a photo blog's lines: CJK prose punctuated by spaces, one line per picture, no full stops
    lines = ["一波寒流報到 山上的楓樹已經換上紅色的新衣 我們一早就出發前往營地",
             "沿著山路一路往下 雲霧停在山頭久久不散 轉過幾個彎就看到了學校",
             "營地的招牌換成了原木 上面還有貓頭鷹的木雕 看得出主人的用心",
             "晚上大家圍著火爐吃火鍋 聊著這一年的旅行 直到深夜才回帳篷休息",
             "隔天早上天氣放晴 藍天下的楓樹林更加鮮明 收拾好裝備準備回家"]
    page = "\n\n".join(["首頁", "部落格", "相簿", "營地賞楓", *lines, "留言列表 (12)", "#1 小鳳 於 2013/12/28 10:28",
                        "好美的照片，謝謝分享"])
    body, doc = _body(text_doc, page)
    assert body == lines
    assert not doc.warnings


def test_a_credit_under_a_caption_is_not_a_byline_that_opens_the_story(text_doc):
    page = "\n\n".join(["Ferry crews march for better pay", "By Ann Lee", STORY[0], STORY[1],
                        "Ferry crews in orange jackets carry banners along the quay in Port Elms, Tuesday, Nov. 19, "
                        "2024, calling for better pay.", "Bo Kim, AP", *STORY[2:]])
    labels = _run_region(text_doc, page)
    assert labels[STORY[0]][0] == Label.BODY and labels[STORY[1]][0] == Label.BODY


def test_a_stamp_followed_by_a_name_opens_the_story():
    from newsclean.document import Block
    from newsclean.stages.region import _is_head_anchor
    from newsclean.stages.features import block_features

    b = Block(text="November 20, 2024 Ann Lee", index=0)
    b.features = block_features(b.text, True)
    assert _is_head_anchor(b)


def test_a_code_listing_inside_a_story_does_not_cut_the_region(text_doc):
    code = "\n".join(["WITH tides AS (", "SELECT *", "FROM readings(harbour_id)", "),", "SELECT", "avg(level) AS mean,",
                      "stddev(level) AS spread", "FROM", "tides;", "mean │ spread", "────┼──────"]
                     + [f"2.{n} │ 0.{n}" for n in range(30)])
    page = "\n\n".join(["Reading the tide gauge with SQL", *STORY[:3], code, *STORY[3:6], "Related", "Another story"])
    labels = _run_region(text_doc, page)
    assert labels[STORY[0]][0] == Label.BODY and labels[STORY[5]][0] == Label.BODY
    assert labels["SELECT *"][0] == Label.BODY


def test_a_menu_is_not_a_code_listing(text_doc):
    doc = text_doc("\n".join(["Home", "News", "Sport", "Weather", "Letters", "Contact"]))
    teaser_shapes(doc)
    assert not any(b.features.get("code_line") for b in doc.blocks)


def test_lines_printed_in_one_box_under_a_lead_in_are_its_list(text_doc):
    items = "\n".join(["Two new hybrid ferries for the island route", "A longer fuel quay for the fishing fleet",
                       "Night sailings on Fridays in summer", "A waiting room with heating at the pier"])
    page = "\n\n".join(["Harbour plan approved", *STORY[:4], "The approved plan includes these works:", items])
    labels = _run_region(text_doc, page)
    assert labels["Night sailings on Fridays in summer"][0] == Label.BODY


def test_a_box_running_on_under_a_lead_in_is_not_a_list(text_doc):
    feed = "\n".join([f"Sponsored headline number {n} about something else" for n in range(20)])
    doc = text_doc("\n\n".join([*STORY[:4], "To see the harbour wall in action, watch the footage below:", feed]))
    teaser_shapes(doc)
    assert not any(b.features.get("introduced_item") for b in doc.blocks)


def test_a_headline_printed_over_and_over_in_one_line_is_a_teaser(text_doc):
    head = "How the Harbour Board Chose Its New Ferries"
    summary = "When the board met in spring, nobody expected the vote to be so close, and the…"
    page = "\n\n".join(["Harbour plan approved", *STORY[:3], f"{head} {head} {head}", summary, *STORY[3:6]])
    labels = _run_region(text_doc, page)
    assert labels[f"{head} {head} {head}"] == (Label.CHROME, "teaser.repeated_headline")
    assert labels[summary][0] == Label.CHROME
    assert labels[STORY[4]][0] == Label.BODY


def test_a_paragraph_under_a_wiki_section_heading_is_not_a_teaser_summary(text_doc):
    sections = []
    for name in ("History", "Design", "Operations", "Fleet"):
        sections += [f"{name}[edit]", f"The harbour ferry service {name.lower()} section has one paragraph of plain text."]
    page = "\n\n".join(["Harbour ferry", *STORY, *sections])
    doc = text_doc(page)
    teaser_shapes(doc)
    assert not any(b.reason == "teaser.isolated_summary" for b in doc.blocks)


def test_a_sentence_said_twice_in_a_paragraph_is_not_a_repeated_headline(text_doc):
    line = "The ferry is late again today. The ferry is late again today. The ferry is late again today."
    doc = text_doc(line)
    teaser_shapes(doc)
    assert not doc.blocks[0].decided


def test_quoted_reviews_with_their_source_in_brackets_are_not_teasers(text_doc):
    quotes = [f"The new ferry is quiet, smooth and on time, and the crossing has never felt shorter, review {n} says."
              for n in range(4)]
    page = "\n\n".join(["What the reviews say about the new ferry", *STORY,
                        *[x for q in quotes for x in (q, "[The Harbour Gazette]")]])
    doc = text_doc(page)
    teaser_shapes(doc)
    assert not any(b.reason == "teaser.isolated_summary" for b in doc.blocks)


def test_a_sentence_closing_with_an_emoji_still_ends_like_a_sentence():
    from newsclean.stages.features import block_features

    assert block_features("Book your ferry tickets early and come and see the harbour lights today! 🙂", True)["terminal"]
    assert block_features("We hope to see you soon! 🎉🎉", True)["terminal"]
    assert not block_features("Harbour lights festival 🎉", True)["terminal"]


def test_a_story_paragraph_after_a_picture_credit_is_not_a_lone_teaser_summary(text_doc):
    credit = "(Image credit: Harbourside Council)"
    lead = STORY[:5] + [p.replace("harbour", "old port") for p in STORY[:3]]
    tail = []
    for k in range(5, 8):
        tail += [f"Divers lift stone {k} into place on the northern wall. {credit}", STORY[k]]
    page = "\n\n".join(["Harbour plan approved", *lead, *tail, "Markets", "Money", "Weather"])
    doc = text_doc(page)
    ChromeRules()(doc)
    teaser_shapes(doc)
    assert not any(b.reason == "teaser.isolated_summary" for b in doc.blocks)


def test_best_runs_so_far_gives_the_best_run_of_each_prefix():
    from newsclean.stages.region import _best_runs_so_far

    scores = [-1, 5, -2, 6, -20, 3, 9]
    seen = list(_best_runs_so_far(scores))
    assert len(seen) == len(scores) + 1
    for i, (_best, bounds) in enumerate(seen):
        assert bounds == best_run(scores[:i])
    assert seen[4] == (9, (1, 3)) and seen[-1] == (12, (5, 6))


def test_lone_lines_interleaved_with_story_paragraphs_are_not_a_teaser_list(text_doc):
    # a story whose figures and quotes stand alone between promo links and a picture's caption
    lone = ["HARB THE HARBOUR HOLDINGS INC. 225.86 -12.99 -5.44%",
            "\"We are largely on track with the rebuild, but some of the benefits will take longer to arrive,\" the chair said.",
            "Harbour shares are up 39 percent this year while the wider market is up 24 percent."]
    caption = "Divers lift a stone into place on the northern wall in Harbourtown. (AP Photo/Ann Lee, File)"
    rows = [lone[0], "PORT THE PORT AUTHORITY COMPANIES INC. 113.40 -1.62 -1.41%"]
    middle = [STORY[4] + " " + STORY[5], STORY[6] + " " + STORY[2]]
    page = "\n\n".join(["Harbour plan approved", *STORY[:4], STORY[7], "Ticker Security Last Change", *rows,
                        *middle, "SKIPPERS PROUD OF THE HARBOUR CREWS WHO KEPT THE FLEET AFLOAT",
                        lone[1], caption, STORY[6], "GET HARBOUR NEWS ON THE GO BY CLICKING HERE", lone[2],
                        "READ MORE HARBOUR NEWS BY CLICKING HERE", "Markets", "Money", "Weather"])
    doc = text_doc(page)
    ChromeRules()(doc)
    teaser_shapes(doc)
    assert not any(b.reason == "teaser.isolated_summary" for b in doc.blocks)


def test_a_story_paragraph_cut_short_by_a_paywall_stays_in_the_region(text_doc):
    cut = ("The harbour master said no boat was damaged. Still, the board, which took over the port "
           "in 2017, has closed the north quay for the rest of the season and may close more of it....")
    page = "\n\n".join(["Menu", "Harbour plan approved", "By Ann Lee", STORY[0] + " " + STORY[1], cut,
                        "TO READ THE FULL STORY", "SUBSCRIBE", "Most Popular", "Ferry strike ends",
                        "Lighthouse reopens to visitors", "Storm closes coast road"])
    labels = _run_region(text_doc, page)
    assert labels[cut][0] == Label.BODY


def test_a_teaser_summary_cut_short_under_a_headline_still_costs(text_doc):
    summary = "The ferry company has ordered a new hybrid boat. It will enter service in the spring and carry..."
    doc = text_doc("\n\n".join([STORY[0], "Ferry company orders new boat", summary]))
    teaser_shapes(doc)
    assert doc.blocks[2].features["ellipsis"]


def _card(n: int) -> list[str]:
    summary = (f"The county council met on day {n} and heard that the coast road will stay shut for weeks. "
               "Engineers said the cliff was still moving, and residents asked for a ferry to run meanwhile. "
               "A decision on the ferry is expected before the end of the month, the council said.")
    return ["News", "Harbour Gazette", f"{n * 37}Comments. Click to view comments",
            f"Coast road closure number {n} extended", summary, f"Ferry service {n} to start on Monday", "Coast Radio"]


def test_a_feed_of_cards_each_under_its_comment_counter_is_not_the_story(text_doc):
    feed = [line for n in range(1, 6) for line in _card(n)]
    page = "\n\n".join(["Home", "Mail", *feed, "Harbour wall to be rebuilt", "By Ann Lee", "14 Comments", *STORY,
                        "What to Read Next", "Ferry strike ends"])
    doc = text_doc(page)
    ChromeRules()(doc)
    MainRegion()(doc)
    assert sum(b.reason == "teaser.card_summary" for b in doc.blocks) == 5
    body = [b.text for b in doc.blocks if b.label == Label.BODY]
    assert body == STORY


def test_lone_paragraphs_under_their_own_subheadings_are_not_cards(text_doc):
    # a how-to: each step a heading and one paragraph, no counters
    steps = [line for n in range(1, 6) for line in (f"Step {n}: check the mooring lines", _card(n)[4])]
    doc = text_doc("\n\n".join(["How to moor in the south basin", *STORY[:3], *steps]))
    ChromeRules()(doc)
    MainRegion()(doc)
    assert not any(b.reason == "teaser.card_summary" for b in doc.blocks)


def test_the_first_paragraph_under_a_signed_byline_is_not_a_teaser_summary(text_doc):
    lead = "Following the storms, the harbour board plans to rebuild the northern wall in the first half of next year."
    page = "\n\n".join(["Home", "Ferries", "New Ferry Timetable: More Sailings, Later Boats, and Cheaper Fares",
                        "Harbour Wall Rebuild Expected in First Half of Next Year", "Harbour wall rebuild planned",
                        "Monday March 4, 2024 7:45 am by Ann Lee", lead,
                        "The old wall after the storms, seen from the south basin", *STORY])
    doc = text_doc(page)
    ChromeRules()(doc)
    MainRegion()(doc)
    assert next(b for b in doc.blocks if b.text == lead).reason != "teaser.isolated_summary"


@pytest.mark.parametrize("marker", ["By", "von"])
def test_the_first_paragraph_under_a_split_byline_and_a_caption_is_not_a_teaser_summary(text_doc, marker):
    lead = "Following the storms, the harbour board plans to rebuild the northern wall in the first half of next year."
    page = "\n\n".join(["Home", "Ferries", "New Ferry Timetable: More Sailings, Later Boats, and Cheaper Fares",
                        "Harbour Wall Rebuild Expected in First Half of Next Year", "Harbour wall rebuild planned",
                        "The board wants the new wall finished before next winter's storms reach the coast.",
                        marker, "Ann Lee", "The old wall after the storms, seen from the south basin. Photo: Tom Reed",
                        lead, "Work starts in spring", *STORY])
    doc = text_doc(page)
    ChromeRules()(doc)
    MainRegion()(doc)
    assert next(b for b in doc.blocks if b.text == lead).reason != "teaser.isolated_summary"


def test_a_summary_under_a_teaser_card_date_is_still_a_teaser(text_doc):
    cards = []
    for n in range(4):
        cards += [f"Ferry company orders new boat number {n}", f"Tuesday March {n + 2}, 2024",
                  f"The island ferry company has ordered a new hybrid boat that will enter service in spring {n}."]
    doc = text_doc("\n\n".join([*STORY, "More Harbour News", *cards, *STORY[:3]]))
    ChromeRules()(doc)
    teaser_shapes(doc)
    assert any(b.reason == "teaser.isolated_summary" for b in doc.blocks)


def test_lines_with_a_typed_bullet_are_not_teaser_summaries(text_doc):
    items = ["* GET a berth: see which moorings are free and what they cost per night",
             "* BOOK a berth: reserve a mooring for a number of nights, paid in advance",
             "* CANCEL a booking: release the mooring, refunded up to two days before"]
    page = "\n\n".join(["Harbour moorings", *STORY, "Page 2", "Harbour Board, March 2024", items[0], "Page 3",
                        "Harbour Board, March 2024", items[1], "Page 4", "Harbour Board, March 2024", items[2],
                        "Page 5", *STORY[:2]])
    doc = text_doc(page)
    teaser_shapes(doc)
    assert not any(b.reason == "teaser.isolated_summary" for b in doc.blocks)


def test_the_signature_under_quoted_posts_of_one_account_stays_in_the_story(text_doc):
    sig = "— Harbour Board (@harbourboard) March 4, 2024"
    page = "\n\n".join(["Harbour plan approved", *STORY[:4], "See the posts:", "The board resolves to rebuild the north wall.",
                        sig, "The ferry will use the south basin until the work is done.", sig, *STORY[4:]])
    labels = _run_region(text_doc, page)
    assert labels[sig] == (Label.BODY, "region.inside")


def test_a_wire_story_lead_under_its_headline_is_not_a_teaser_summary(text_doc):
    teasers = [f"Harbour board member number {n} quits over the sea wall plan" for n in range(6)]
    lead = ("HARBOURTOWN (AP) — The harbour board voted on Tuesday to rebuild the northern wall before the "
            "winter storms, ending a year of argument.")
    page = "\n\n".join(["News", *teasers, "Harbour wall to be rebuilt", lead, "Why it matters.", "WATCH OUR SHOW",
                        *STORY])
    doc = text_doc(page)
    ChromeRules()(doc)
    teaser_shapes(doc)
    assert next(b for b in doc.blocks if b.text == lead).reason != "teaser.isolated_summary"


def test_a_live_blog_lead_with_its_dateline_is_kept_above_the_first_time_stamp(text_doc):
    lead = "HARBOURTOWN, Calif. (AP) — The Latest on the storm that closed the harbour (all times local):"
    page = "\n\n".join(["Home", "News", "The Latest: Storm closes the harbour", lead, "10 p.m.", *STORY[:4], "___",
                        "4:14 p.m.", *STORY[4:]])
    labels = _run_region(text_doc, page)
    assert labels[lead][0] == Label.BODY


COMMENTS = [
    ("Mara Jensen — March 4th, 2024, 7:20 pm", "Great write-up, we walked past the old wall last summer and it already looked tired."),
    ("Tom K — March 4th, 2024, 8:02 pm", "Will the ferry timetable change while the basin is closed? Nobody has told us yet."),
    ("harbourfan — March 5th, 2024, 6:45 am", "About time. The board has talked about this wall for ten years and done nothing at all."),
    ("Ines — March 5th, 2024, 9:13 am", "Does anyone know whether the fuel quay will really reopen in two weeks, or is that a guess?"),
]


def _thread(reply: str = "Reply") -> list[str]:
    lines = []
    for signature, comment in COMMENTS:
        lines += [signature, comment, reply]
    return lines


def test_signed_reader_comments_after_the_story_are_a_thread_not_the_story(text_doc):
    page = "\n".join(["Harbour wall to be rebuilt", "March 4, 2024 at 9:00 am", *STORY[:4], "4 Comments",
                      *_thread(), "Leave a Reply"])
    labels = _run_region(text_doc, page)
    assert all(labels[p] == (Label.BODY, "region.inside") for p in STORY[:4])
    for signature, comment in COMMENTS:
        assert labels[signature] == (Label.CHROME, "chrome.comment_thread")
        assert labels[comment] == (Label.CHROME, "chrome.comment_thread")


def test_comments_outweighing_the_story_still_do_not_take_the_region(text_doc):
    long_comments = [(s, f"{c} {STORY[5]} {STORY[6]}") for s, c in COMMENTS]
    lines = []
    for signature, comment in long_comments:
        lines += [signature, comment, "Reply"]
    page = "\n".join(["Harbour wall to be rebuilt", STORY[0], STORY[1], "4 Comments", *lines])
    labels = _run_region(text_doc, page)
    assert labels[STORY[0]][0] == Label.BODY and labels[STORY[1]][0] == Label.BODY
    assert all(labels[c][0] == Label.CHROME for _, c in long_comments)


def test_a_story_between_its_own_stamps_and_the_comments_stays(text_doc):
    # the story's date stamp, then a long story, then the thread: the stamp is no comment
    page = "\n".join(["Harbour wall to be rebuilt", "Posted by Ann Lee on March 4, 2024, 6:21 AM", *STORY[:6],
                      *_thread()])
    labels = _run_region(text_doc, page)
    assert all(labels[p][0] == Label.BODY for p in STORY[:6])
    assert labels[COMMENTS[0][1]] == (Label.CHROME, "chrome.comment_thread")


def test_a_very_long_comment_inside_a_thread_is_part_of_it(text_doc):
    lines = _thread()
    # a long comment (several paragraphs) between two runs of signed comments
    lines += ["Ola — March 6th, 2024, 1:22 am", 
              *(f"{lead}, {p[0].lower()}{p[1:]}" for lead in ("In my view", "Then again") for p in STORY), "Reply"]
    for n, (signature, comment) in enumerate(COMMENTS):
        lines += [signature.replace("March", "April"), f"{comment[:-1]}, said reader {n}.", "Reply"]
    page = "\n".join(["Harbour wall to be rebuilt", STORY[0], STORY[1], STORY[2], "8 Comments", *lines])
    doc = text_doc(page)
    ChromeRules()(doc)
    MainRegion()(doc)
    start, end = doc.found["region"]
    assert doc.blocks[start].text == STORY[0] and doc.blocks[end].text == STORY[2]


def test_two_stamped_lines_are_no_thread(text_doc):
    page = "\n".join(["Harbour wall to be rebuilt", "March 4, 2024 at 9:00 am", *STORY[:4],
                      "Updated March 5, 2024 at 10:00 am", *STORY[4:]])
    labels = _run_region(text_doc, page)
    assert all(labels[p][0] == Label.BODY for p in STORY[4:])


def test_comments_signed_with_a_numeric_date_are_a_thread(text_doc):
    comments = ["Great to see the board act at last, the wall has been crumbling for years.",
                "My grandfather helped build that wall, it is sad to see it go but it must be done.",
                "Will the lifeboat still launch from the north slip during the works, does anyone know?"]
    lines = []
    for n, c in enumerate(comments):
        lines += [f"Reader{n} 07.1{n}.24 at 12:4{n}", c]
    labels = _run_region(text_doc, "\n".join(["Harbour wall to be rebuilt", *STORY[:4], *lines]))
    assert all(labels[c] == (Label.CHROME, "chrome.comment_thread") for c in comments)
    assert all(labels[p][0] == Label.BODY for p in STORY[:4])


def test_comments_signed_with_a_name_and_a_date_or_an_age_are_a_thread(text_doc):
    # no time of day in the signatures: "Ann Lee 07 Mar 24", "Tom 3 days ago"
    lines = []
    for signature, (_, comment) in zip(["Mara Jensen 04 Mar 24", "Tom K 3 days ago", "harbourfan March 5, 2024",
                                        "Ines 2 days ago"], COMMENTS, strict=True):
        lines += [signature, comment]
    page = "\n".join(["Harbour wall to be rebuilt", *STORY[:4], "4 Comments Leave a comment", *lines])
    labels = _run_region(text_doc, page)
    assert all(labels[c] == (Label.CHROME, "chrome.comment_thread") for _, c in COMMENTS)
    assert all(labels[p][0] == Label.BODY for p in STORY[:4])


def test_teaser_headlines_under_section_and_age_lines_are_no_comment_thread(text_doc):
    # "World / 4 h ago" over a headline: a teaser rail, whose lines are no comments' signatures;
    # the story's own stamp under it must not join a thread with them
    rail = []
    for n, headline in enumerate(["Ferry fares rise in May as fuel costs climb", "Lifeboat crew rescues two kayakers",
                                  "New cafe opens on the old fish quay"]):
        rail += [f"Coast / {n + 2} h ago", headline]
    page = "\n".join([*rail, "Harbour wall to be rebuilt", "Friday, 8 Mar 2024 4:55 PM", *STORY])
    labels = _run_region(text_doc, page)
    assert all(labels[p][0] == Label.BODY for p in STORY)
    assert all(labels[line][1] != "chrome.comment_thread" for line in rail)


def test_a_menu_printed_as_one_long_line_of_title_case_labels_is_chrome(text_doc):
    menu = ("World Europe Business Markets Climate Travel Culture Sport Football Tennis Cycling Video "
            "Live Weather Podcasts Newsletters Opinion Science Health Technology Games Puzzles")
    credits = ("Director Ann Lee, Producer Tom Kirk, Music Jo Hart, Lighting Ines Vale, Costumes Mara Jensen, "
               "Set Ola Berg, Sound Kai Moss, Camera Lena Dahl")
    labels = _run_region(text_doc, "\n".join([menu, "Harbour wall to be rebuilt", *STORY[:4], credits, *STORY[4:]]))
    assert labels[menu] == (Label.CHROME, "chrome.menu_line")
    assert labels[credits][1] != "chrome.menu_line"  # names set apart by commas are a list, not links
    assert all(labels[p][0] == Label.BODY for p in STORY)


def test_a_label_printed_between_every_paragraph_does_not_isolate_them(text_doc):
    # "Article content" between the story's paragraphs: a separator, not a teaser list's frame
    more = [f"{lead}, {p[0].lower()}{p[1:]}" for lead in ("Later on", "In the end") for p in STORY[:3]]
    lines = ["Harbour wall to be rebuilt", *STORY]
    for p in more:
        lines += ["Article content", p]
    lines += ["Article content", "Most read", "Ferry fares rise in May", "Lifeboat crew rescues two kayakers"]
    labels = _run_region(text_doc, "\n\n".join(lines))
    assert all(labels[p][0] == Label.BODY for p in STORY + more)


def test_a_section_label_between_teaser_cards_is_no_separator(text_doc):
    # a section's name over each card recurs too, but between headlines and one-line summaries
    cards = []
    for n in range(5):
        cards += ["Harbour", f"Ferry company orders new boat number {n}",
                  f"The island ferry company has ordered a new hybrid boat that will enter service in spring {n}."]
    labels = _run_region(text_doc, "\n\n".join(["Harbour wall to be rebuilt", *STORY, *cards]))
    assert all(labels[p][0] == Label.BODY for p in STORY)
    assert labels[cards[2]] == (Label.CHROME, "teaser.isolated_summary")


# ---- a blog post's closing stamp ends the region
POST_COMMENTS = [
    "Great post, thanks for sharing this with all of us here in the village, we will come along.",
    "I walked past the harbour wall on Sunday and the cracks are much wider than they were last year.",
    "Does anyone know whether the south basin will have enough room for the bigger trawlers?",
]


def test_a_post_stamp_under_the_story_ends_the_region(text_doc):
    # a post, its footer stamp ("Posted by ... at 12:32 PM"), then comments and a sidebar's prose
    page = "\n".join(["My harbour diary", *STORY[:4], "Posted by Ann Lee at 12:32 PM on 4 March 2024",
                      *POST_COMMENTS])
    labels = _run_region(text_doc, page)
    assert all(labels[p][0] == Label.BODY for p in STORY[:4])
    assert labels["Posted by Ann Lee at 12:32 PM on 4 March 2024"][1] == "region.after_post_stamp"
    assert all(labels[c] == (Label.CHROME, "region.after_post_stamp") for c in POST_COMMENTS)


def test_a_stamp_over_more_prose_than_above_heads_the_story(text_doc):
    # the stamp of a story's head inside the region: more story follows it than stands above
    page = "\n".join(["Harbour news", STORY[0], "Tweet March 4, 2024, 5:50 PM Comment", *STORY[1:]])
    labels = _run_region(text_doc, page)
    assert all(labels[p][0] == Label.BODY for p in STORY)
    assert not any(reason == "region.after_post_stamp" for _, reason in labels.values())


def test_times_in_sentences_schedules_and_list_items_are_not_stamps(text_doc):
    lines = ["The ferry left at 3:00 am and reached the island four hours later than planned.",  # a sentence
             "Tue - Sat 4PM (closed on Sun and Mon)",                                          # opening hours
             "Model of the lighthouse, scale 1:24",                                            # a scale
             "10) Lifeboat tour at 2:30 pm, 12 March 2024"]                                   # a list item
    for line in lines:
        page = "\n".join(["Harbour news", *STORY[:4], line, *STORY[4:6]])
        labels = _run_region(text_doc, page)
        assert all(labels[p][0] == Label.BODY for p in STORY[:6]), line


# ---- a story stands above its comments
SIDEBAR = [
    "Ann Lee has written about boats and harbours for twenty years, first for the county paper and later "
    "for a sailing monthly, and now keeps this diary of the coast where she grew up and still lives today "
    "with her two dogs, a cat and a very old wooden dinghy that she has been restoring for a decade.",
    "This diary is about the people who work on the water, the boats they build and the places they keep "
    "them, and about the storms, the tides and the small harbours that have shaped our corner of the coast "
    "for many hundreds of years. Thank you for reading it and for all of your letters.",
]


def test_a_short_post_above_its_comment_section_wins_over_a_longer_sidebar(text_doc):
    post = ("The new lifeboat arrived this morning and the whole village came down to the slip to see it "
            "go into the water for the first time.")
    page = "\n".join(["Monday, March 4, 2024", "A new boat for the harbour", post, "Posted by Ann Lee",
                      "No comments", "Post a Comment", "Older Post", "Home", "About me", *SIDEBAR,
                      "Blog archive", "March (4)", "February (7)"])
    labels = _run_region(text_doc, page)
    assert labels[post][0] == Label.BODY
    assert all(labels[s][0] != Label.BODY for s in SIDEBAR)


def test_a_post_too_short_for_an_article_does_not_take_the_region_from_the_sidebar(text_doc):
    # a run above the comments shorter than an article's minimum would leave the page empty
    post = "The new lifeboat arrived this morning and the whole village came down to see it."
    page = "\n".join(["Monday, March 4, 2024", "A new boat for the harbour", post, "Posted by Ann Lee",
                      "No comments", "Post a Comment", "Older Post", "Home", "About me", *SIDEBAR])
    labels = _run_region(text_doc, page)
    assert labels[SIDEBAR[0]][0] == Label.BODY


def test_a_comment_link_right_above_the_story_does_not_move_the_region(text_doc):
    # "Leave a comment" in the story's head: the story under it stays the region
    page = "\n".join(["Harbour news", "What boat will you buy this year?", "March 4, 2024", "Leave a comment",
                      *STORY[:5]])
    labels = _run_region(text_doc, page)
    assert all(labels[p][0] == Label.BODY for p in STORY[:5])


def test_a_short_post_closed_by_a_signature_and_stamp_is_the_story_above_the_comments():
    from newsclean import extract

    # the post, then its closing lines (an address, a signature, the stamp), the comment
    # thread, and the blogger's sidebar blurb under it: the post is the story
    post = ("I am reading from my new picture book at the Harbour Street library this Saturday at eleven, "
            "and there will be drawing for the children afterwards.")
    closing = ["Where:", "Harbour Street Library", "12 Quay Road,", "Port Elms", "Hope to see you there.", "Cheers,",
               "Nell", "Posted by Nell Ames", "at 9:22 AM"]
    sidebar = ("Thanks for stopping by my little corner of the web. By day I paint backgrounds for animated films; "
               "by night I write and draw books for children, and sometimes I sleep.")
    page = "\n".join(["Saturday, May 4, 2024", "A reading at the library", post, *closing, "2 comments:",
                      "Ola said...", "Wonderful news, I will bring the twins along!", "10:02 AM", "Post a Comment",
                      "Older Post", "Home", "Nell's corner", sidebar, "Archive", "▼ 2024 (12)"])
    body = extract(page, kind="text").body
    assert post in body
    assert "paint backgrounds" not in body


# a blog's sidebar under its comment form: an "about me" box longer than a short post
_ABOUT = ("I am a storage engineer who has spent twenty years building arrays for banks and hospitals. "
          "This blog is where I write about the tools we make, the people who use them, and what I learn "
          "from both. The opinions here are my own and not those of my employer.")
_FORM = ["Post a comment", "Comments are moderated and will not appear until approved.", "Name", "Email address",
         "Leave a Reply"]


def test_a_post_in_ellipses_above_its_comment_form_beats_the_sidebar_under_it():
    from newsclean import extract

    # a blogger's two paragraphs that trail off in ellipses score like teaser summaries; the
    # sidebar's longer "about me" box under the comment form must not take the page
    first = ("I love it when the community takes one of our tools somewhere we never planned, and this "
             "week a reader did exactly that with the array statistics we publish…")
    second = ("He wrote a small script that pulls the numbers every minute and draws them as a heat map, "
              "which turns out to be the clearest picture of a busy array I have seen…")
    page = "\n".join(["Storage Notes", "Home", "Archives", "November 1, 2012", "A heat map for every array",
                      first, second, "Great work!", "Posted at 11:09 AM | Permalink", *_FORM, "About me", _ABOUT,
                      "Categories", "Arrays", "Backups"])
    article = extract(page)
    assert first in article.body and second in article.body
    assert _ABOUT not in article.body


def test_a_micro_post_under_its_date_above_the_comments_is_the_body():
    from newsclean import extract

    page = "\n".join(["Notebook", "about", "sunday, september 9", "getting ready for a quiet week at the harbour.",
                      "3 comments:", "Mara said...", "Lovely, have a good week!", "Tom said...", "Same here.",
                      "Post a Comment", "About me", _ABOUT])
    article = extract(page)
    assert article.body == "getting ready for a quiet week at the harbour."


def test_a_story_under_a_lone_comment_link_keeps_its_region(text_doc):
    # one comment link over the story (its counter in the head) is no comment section: the story
    # under it stays the region, not a line of the page's head
    page = "\n".join(["Harbour Gazette", "Welcome to the new site.", "March 4, 2024", "Harbour wall to be rebuilt",
                      "Leave a comment", "By Ann Lee", "Photo: the old wall", *STORY])
    labels = _run_region(text_doc, page)
    assert all(labels[p][0] == Label.BODY for p in STORY)
    assert labels["Welcome to the new site."][0] != Label.BODY

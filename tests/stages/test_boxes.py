import newsclean
from newsclean.document import Document, Label
from newsclean.stages.boxes import ad_boxes, gallery_runs
from newsclean.stages.sources import source_line
from newsclean.stages.chrome import ChromeRules
from newsclean.stages.features import compute_features

STORY = "The brewery switched to renewable power on 1 March, the managing director said on Thursday."


def test_lines_printed_in_the_ad_box_go_with_the_label(text_doc):
    doc = text_doc(f"{STORY}\n\nAnzeige\nJetzt Stromtarife vergleichen und bis zu 400 Euro sparen\nMehr erfahren\n\n"
                   f"Kritik aus dem Gemeinderat\n\n{STORY}")
    ChromeRules()(doc)
    ad_boxes(doc)
    by_text = {b.text: b.reason for b in doc.blocks}
    assert by_text["Jetzt Stromtarife vergleichen und bis zu 400 Euro sparen"] == "structure.ad_box"
    assert by_text["Mehr erfahren"] in ("structure.ad_box", "chrome.share_widget")
    # the subheading after the box's blank line is story again
    assert by_text["Kritik aus dem Gemeinderat"] == ""


def test_the_word_advertisement_inside_a_sentence_is_not_a_box(text_doc):
    doc = text_doc("The advertisement ran for three weeks before the regulator stepped in, the agency said.")
    ChromeRules()(doc)
    ad_boxes(doc)
    assert doc.blocks[0].label == Label.UNDECIDED


def test_publisher_line_under_the_byline_is_the_source(text_doc):
    doc = text_doc("Von Anna Brückner\nKellerbacher Rundschau\nvor 5 Tagen")
    doc.blocks[0].mark(Label.BYLINE, "byline.line")
    source_line(doc)
    assert doc.found["source"] == "Kellerbacher Rundschau"
    assert doc.blocks[1].label == Label.SOURCE


def test_name_with_particles_and_elision(text_doc):
    doc = text_doc("Par Jeanne Morel\nL'Écho du Bocage")
    doc.blocks[0].mark(Label.BYLINE, "byline.line")
    source_line(doc)
    assert doc.found["source"] == "L'Écho du Bocage"


def test_a_job_title_under_the_byline_is_its_role_line_not_a_source(text_doc):
    doc = text_doc("By Ann Lee\nGazette Staff Writer\nThe council met on Monday.")
    doc.blocks[0].mark(Label.BYLINE, "byline.line")
    doc.blocks[1].mark(Label.BODY, "html.inside")   # as the HTML path gives it, inside the story's cell
    source_line(doc)
    assert "source" not in doc.found
    assert (doc.blocks[1].label, doc.blocks[1].reason) == (Label.BYLINE, "byline.role_line")
    assert doc.blocks[2].label == Label.UNDECIDED


def test_a_sentence_under_the_byline_is_not_a_source(text_doc):
    doc = text_doc("By Ann Lee\nThe council met on Monday.")
    doc.blocks[0].mark(Label.BYLINE, "byline.line")
    source_line(doc)
    assert "source" not in doc.found


def test_a_video_player_box_is_chrome_and_the_story_continues_under_it(text_doc):
    from newsclean.stages.region import MainRegion

    later = "Staff at the brewery said the new boilers were quieter, and the bills had fallen by a third since spring."
    player = ["Play Video", "Play", "Mute", "Current Time 0:00", "/", "Duration Time 0:00", "Font Size", "50%", "75%",
              "Text Edge Style", "None", "Raised", "Fullscreen", "This is a modal window."]
    doc = text_doc("\n".join([STORY, STORY + " It was the first in the county.", *player, later, later + " Done."]))
    ChromeRules()(doc)
    ad_boxes(doc)
    MainRegion()(doc)
    by_text = {b.text: (b.label, b.reason) for b in doc.blocks}
    assert by_text["Current Time 0:00"] == (Label.CHROME, "structure.player_box")
    assert by_text["Text Edge Style"] == (Label.CHROME, "structure.player_box")
    assert by_text[STORY][0] == Label.BODY and by_text[later][0] == Label.BODY


def test_a_single_play_line_is_not_a_player_box(text_doc):
    doc = text_doc("\n".join([STORY, "Play", STORY + " Again."]))
    ChromeRules()(doc)
    ad_boxes(doc)
    assert all(b.reason != "structure.player_box" for b in doc.blocks)


def test_a_long_cookie_consent_box_and_its_buttons_are_chrome(text_doc):
    consent = ("We use cookies and similar technologies to remember your settings, count visits and show offers. "
               * 8).strip()
    doc = text_doc("\n".join([STORY, consent, "ACCEPT AND CONTINUE", "Deny permission", STORY + " More."]))
    ChromeRules()(doc)
    ad_boxes(doc)
    by_text = {b.text: (b.label, b.reason) for b in doc.blocks}
    assert by_text[consent] == (Label.CHROME, "structure.consent_box")
    assert by_text["Deny permission"] == (Label.CHROME, "structure.consent_box")
    assert by_text[STORY][0] == Label.UNDECIDED


def test_a_story_sentence_about_cookies_is_not_a_consent_box(text_doc):
    line = "Regulators said many websites use cookies without asking, and fined three publishers on Monday."
    doc = text_doc(line)
    ChromeRules()(doc)
    ad_boxes(doc)
    assert doc.blocks[0].label == Label.UNDECIDED


def test_a_key_points_box_above_the_story_is_chrome(text_doc):
    from newsclean.stages.boxes import ad_boxes

    points = ["The harbour board approved the plan to rebuild the northern wall before winter.",
              "The fishing fleet will moor in the south basin during the four months of work."]
    story = "PORT ELMS — The harbour board voted on Tuesday to rebuild the northern wall, its chair said."
    doc = text_doc("KEY POINTS\n" + "\n".join(points) + "\n\n" + story)
    ad_boxes(doc)
    assert [b.reason for b in doc.blocks] == ["structure.key_points"] * 3 + [""]


def test_a_players_caption_settings_dialog_belongs_to_the_player_box(text_doc):
    from newsclean.stages.boxes import ad_boxes

    colours = ["---", "White", "Black", "Red", "Green", "Blue", "Yellow", "Magenta", "Cyan", "---"]
    dialog = (["Play Video", "Play", "Current Time 0:00", "Fullscreen", "This is a modal window.", "Foreground"]
              + colours + ["Opaque", "Semi-Opaque", "Background"] + colours + ["Opaque", "Semi-Transparent", "Window"]
              + colours + ["Opaque", "Semi-Transparent", "Transparent", "Font Size", "50%", "100%", "Defaults Done"])
    doc = text_doc("\n".join(dialog))
    ad_boxes(doc)
    assert all(b.reason == "structure.player_box" for b in doc.blocks)


GALLERY_INTRO = ("Harbour towns along the coast are bracing for a busy summer, and the tourist board has drawn up "
                 "advice for visitors who want to avoid the crowds on the quays.")
POINTS = [
    ("1. Arrive before the first ferry", "The car parks by the quay fill up by nine in the morning, so the board "
     "advises visitors to arrive early and to walk the last mile along the cliff path instead."),
    ("2. Book the boat trips ahead", "Seal-watching trips sell out days in advance in July and August, and the "
     "operators keep only a handful of places for people who turn up on the day."),
    ("3. Eat away from the harbour front", "Cafes two streets back from the water charge less and serve the same "
     "catch, the board says, and most of them keep a table free for walkers at lunch."),
    ("4. Check the tide tables", "The causeway to the island floods twice a day, and the coastguard is called out "
     "every summer to walkers who misread the times printed at the car park."),
]
SLIDES = [f"{k}/5 Boats in the bay at dawn number {k}. A fishing boat leaves the harbour as the sun rises over "
          f"the headland on the first morning of the season." for k in range(1, 6)]


def _gallery_page():
    parts = [f"<p>{GALLERY_INTRO}</p>"]
    for n, (head, para) in enumerate(POINTS):
        if n == 2:
            parts.append("<h3>Read more</h3>")
        parts.append(f"<h2>{head}</h2><p>{para}</p>")
        if n == 2:
            parts.append("<h3>Harbour life in pictures</h3><ul>" + "".join(f"<li>{s}</li>" for s in SLIDES) + "</ul>")
    return ("<html><head><title>Summer on the coast</title></head><body><article><h1>Summer on the coast</h1>"
            + "".join(parts) + "</article></body></html>")



def test_a_gallery_inside_a_numbered_story_is_captions_and_the_story_goes_on_under_it():
    """Slides "k/N caption" counting up are a photo gallery: captions, with the heading above
    them; the story's points under it (and the point right under a "Read more" box) stay."""
    a = newsclean.extract(_gallery_page(), kind="html")
    body = [b.text for b in a.blocks]
    for head, para in POINTS:
        assert head in body and para in body
    assert not any(t.startswith(("1/5", "5/5", "Harbour life")) for t in body)
    reasons = {r.text[:3]: r.rule for r in a.removed}
    assert reasons["1/5"] == reasons["5/5"] == "caption.gallery"
    assert "Harbour life in pictures" in a.captions


def test_fractions_that_do_not_count_up_are_not_a_gallery():
    doc = Document.from_lines(["1/2 cup of sugar and a pinch of salt", "3/4 cup of flour, sifted twice",
                               "1/3 cup of milk, warmed"], source_kind="html")
    compute_features(doc)
    gallery_runs(doc)
    assert all(b.label == Label.UNDECIDED for b in doc.blocks)


def test_a_players_settings_menu_after_its_last_control_belongs_to_the_box(text_doc):
    from newsclean.stages.boxes import ad_boxes

    menu = ["Background", "White", "Black", "Semi-Transparent", "Window", "Font Family", "Proportional Serif",
            "Small Caps", "Text Edge Style", "Raised"]
    story = "The ferry resumed its crossings on Friday, and the harbour master said the queue cleared by noon."
    doc = text_doc("\n".join(["Play Video", "Play", "Mute", "Fullscreen", *menu, story]))
    ad_boxes(doc)
    assert [b.reason for b in doc.blocks[:-1]] == ["structure.player_box"] * (4 + len(menu))
    assert doc.blocks[-1].reason == ""


def test_a_subheading_under_a_player_is_not_its_menu(text_doc):
    from newsclean.stages.boxes import ad_boxes

    story = "The ferry resumed its crossings on Friday, and the harbour master said the queue cleared by noon."
    doc = text_doc("\n".join(["Play Video", "Play", "Mute", "Fullscreen", "What comes next", story]))
    ad_boxes(doc)
    assert doc.blocks[4].reason == "" and doc.blocks[3].reason == "structure.player_box"


def test_the_lines_above_a_profile_link_are_the_bloggers_profile_box(text_doc):
    from newsclean.stages.boxes import profile_boxes

    blurb = ("I have been restoring wooden boats on the estuary for twenty years. I write about tools, "
             "timber and the people who still build by hand.")
    doc = text_doc(f"About me\nMarta Kowal\nFalmouth, Cornwall\n\n{blurb}\n\nView my complete profile\n\n{STORY}")
    ChromeRules()(doc)
    profile_boxes(doc)
    by_text = {b.text: b.reason for b in doc.blocks}
    assert by_text[blurb] == "structure.profile_box"
    assert by_text["Falmouth, Cornwall"] == "structure.profile_box"
    # the story under the box is not part of it
    assert by_text[STORY] == ""


def test_a_profile_box_does_not_take_the_region_from_a_short_post_under_it():
    blurb = ("I have been restoring wooden boats on the estuary for twenty years. I write about the tools, the "
             "timber and the people who still build by hand, and about the boats that came through my shed "
             "over the years, from dinghies to a forty-foot ketch that took two winters to put right again.")
    post = ["Monday, March 4, 2024", "Six boats I finished this winter.", "• The clinker dinghy for the sailing club.",
            "• A pair of oars in ash for the rowing regatta.", "• The varnished tender for the ketch up the river.",
            "posted by Marta @ 6:43 PM", "0 Comments:", "Post a Comment", "<< Home"]
    page = "\n".join(["Boatshed Notes", "About me", "Marta Kowal", "", blurb, "", "View my complete profile",
                      "Previous posts", *post])
    body = newsclean.extract(page, kind="text").body
    assert "restoring wooden boats" not in body
    assert "A pair of oars in ash for the rowing regatta." in body


def test_a_reader_poll_under_the_story_text_is_dropped(text_doc):
    doc = text_doc(
        f"{STORY}\n\nShould the harbour ferry run through the winter as well?\n\n"
        "Yes, every day.\nOnly at weekends.\nNo, it costs too much.\nI do not mind.\n\n"
        f"{STORY} The board meets again in May."
    )
    ChromeRules()(doc)
    ad_boxes(doc)
    by_text = {b.text: b.reason for b in doc.blocks}
    assert by_text["Should the harbour ferry run through the winter as well?"] == "structure.poll"
    assert by_text["Only at weekends."] == "structure.poll"
    assert by_text["I do not mind."] == "structure.poll"
    assert by_text[STORY] == ""


def test_a_list_under_a_question_is_no_poll(text_doc):
    # list items without a full stop: the story's own list
    doc = text_doc(
        f"{STORY}\n\nWhat do the ferry's new cabins offer?\n\nHeated seats\nA small kitchen\nWide windows\n\n{STORY}"
    )
    ad_boxes(doc)
    assert all(b.reason != "structure.poll" for b in doc.blocks)


def test_a_stanza_or_a_reply_under_a_question_is_no_poll(text_doc):
    # a stanza runs its lines on with commas; two short sentences are a reply, not a choice
    stanza = (
        "When will the boats come home?\nThe tide is out, the gulls are loud,\n"
        "The harbour waits beneath the cloud,\nAnd night comes soon.\n\n"
    )
    reply = "Will the ferry run on Sunday?\n\nYes, it will.\nThe board said so.\n\n"
    doc = text_doc(f"{STORY}\n\n{stanza}{reply}{STORY}")
    ad_boxes(doc)
    assert all(b.reason != "structure.poll" for b in doc.blocks)

from newsclean.document import Label
from newsclean.stages.boxes import ad_boxes, source_line
from newsclean.stages.chrome import ChromeRules

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

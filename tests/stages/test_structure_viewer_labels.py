from newsclean.document import Label
from tests.stages.test_structure import _viewer_run as _run  # chrome, then caption_alt_text

STORY = [
    "The harbour board met on Tuesday and agreed to rebuild the northern wall before the winter storms arrive.",
    "Engineers said the old stones had shifted by almost a metre since the spring tides and could not be patched.",
]


def test_a_subheading_over_a_viewer_label_stays_the_story(text_doc):
    caption = "Divers inspect the foundations of the northern wall at low tide on Tuesday morning."
    labels = _run(text_doc, [STORY[0], "Work starts next week", "Enlarge image", caption, "Harbour Press", STORY[1]])
    assert labels["Work starts next week"] == (Label.BODY, "region.inside")
    assert labels["Enlarge image"] == (Label.CAPTION, "caption.viewer")
    assert labels[caption] == (Label.CAPTION, "caption.viewer")


def test_a_short_line_over_a_credit_is_still_alt_text(text_doc):
    labels = _run(text_doc, [STORY[0], "The northern wall at low tide", "Photo: Harbour Press", STORY[1]])
    assert labels["The northern wall at low tide"][0] == Label.CAPTION

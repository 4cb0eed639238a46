"""Portal chrome around a syndicated story (issue 15): the publisher's card, a label run into
the first line, bracketed link residue, cross-promotion lines and a closing bio sentence."""

import newsclean
from newsclean.stages.metadata_headline import run_in_label

P1 = ("FENWICK — The county's last covered bridge will close for six months from June so that its "
      "oak trusses can be replaced, the roads department said on Tuesday.")
P2 = ("Drivers will be sent on a nine-mile detour through Amberly, which the department said would add "
      "about twelve minutes to the trip between Fenwick and the county seat.")
P3 = ("The bridge, built in 1871, carries about 2,000 vehicles a day, far more than it was designed for, "
      "engineer Maribel Oduya said.")

COST = ("The work will cost $3.4 million, most of it paid by a state grant for historic structures that "
        "the county won last autumn after two failed applications.")
COMMENT = ("Residents may comment on the detour until May 1, and the department will hold a public meeting "
           "at the Fenwick grange hall on April 24.")


def _page(card: str, first: str = P1, extra: str = "") -> newsclean.Article:
    text = (f"Portalio\nNews\nSports\nSign in\n\n{card}\n\nFenwick covered bridge to close for repairs\n\n"
            f"By Hollis Varga\n\n{first}\n\n{P2}\n\n{P3}\n\n{extra}\n\n© 2024 Portalio")
    return newsclean.extract(text, kind="text", reference_date="2024-04-10")


def test_one_line_card_gives_source_and_date():
    a = _page("Fenwick Chronicle · Apr 9, 2024")
    assert a.source == "Fenwick Chronicle"
    assert str(a.published)[:10] == "2024-04-09"
    assert "Fenwick Chronicle" not in a.body


def test_two_line_card_with_an_age():
    a = _page("The Fenwick Chronicle\n1d")
    assert a.source == "The Fenwick Chronicle"
    assert str(a.published)[:10] == "2024-04-09"


def test_a_sentence_above_the_headline_is_no_card():
    a = _page("Readers can send tips to the newsroom at any time.")
    assert a.source is None


def test_label_run_into_the_first_line_is_cut():
    a = _page("Fenwick Chronicle · Apr 9, 2024", first="Local News | " + P1)
    assert a.blocks[0].text == P1
    assert a.dateline == "FENWICK"
    b = _page("Fenwick Chronicle · Apr 9, 2024", first="Home / Local " + P1)
    assert b.blocks[0].text == P1


def test_run_in_label_needs_a_separator_and_a_dateline():
    assert run_in_label("TRAVEL: " + P1) == len("TRAVEL: ")
    assert run_in_label(P1) == 0
    # a separator without a dateline after it is the story's own text
    assert run_in_label("Drivers and/or cyclists will be sent on a detour through Amberly.") == 0


def test_bracketed_media_and_related_links_are_cut_from_paragraphs():
    a = _page("Fenwick Chronicle · Apr 9, 2024",
              first=P1 + " [Photos]", extra=f"{COST} (Video)\n\n{COMMENT} [Related: County paves Mill Road]")
    texts = [b.text for b in a.blocks]
    assert texts[0] == P1
    assert COST in texts
    assert COMMENT in texts


def test_portal_cross_promotion_lines_are_chrome():
    a = _page("Fenwick Chronicle · Apr 9, 2024",
              extra="See all 12 photos of the bridge\n\nPhoto gallery: the bridge through the years (8 photos)\n\n"
                    "Follow Portalio Local for more stories from your area.\n\n"
                    "More local news on Portalio »")
    for chrome in ("See all 12 photos", "Photo gallery", "Follow Portalio", "More local news"):
        assert chrome not in a.body


def test_a_closing_sentence_about_the_reporter_is_the_bio():
    a = _page("Fenwick Chronicle · Apr 9, 2024",
              extra="Hollis Varga covers roads and transit for the Fenwick Chronicle. "
                    "She can be reached at 555-0199.")
    assert "Hollis Varga covers roads" in (a.author_bio or "")
    assert "555-0199" not in a.body


def test_a_text_size_control_under_the_byline_is_not_the_source():
    text = ("Portalio\n\nFenwick covered bridge to close for repairs\n\nBy Hollis Varga\nA−\nA+\n\n"
            f"{P1}\n\n{P2}\n\n{P3}")
    a = newsclean.extract(text, kind="text")
    assert a.source != "A−"


def test_a_card_taken_for_a_byline_above_the_headline_is_the_source_when_a_byline_follows():
    a = _page("Fenwick Chronicle – Apr 9, 2024")
    assert a.source == "Fenwick Chronicle"
    assert a.authors == ["Hollis Varga"]


def test_a_byline_above_the_headline_stays_a_byline_without_one_below():
    text = (f"Portalio\n\nHollis Varga – Apr 9, 2024\n\nFenwick covered bridge to close for repairs\n\n"
            f"{P1}\n\n{P2}\n\n{P3}")
    a = newsclean.extract(text, kind="text", reference_date="2024-04-10")
    assert a.source is None


def test_a_section_label_in_capitals_over_the_dateline_is_chrome():
    a = _page("Fenwick Chronicle · Apr 9, 2024", first="LOCAL NEWS\n\n" + P1)
    assert a.blocks[0].text == P1
    assert "LOCAL NEWS" not in a.body


def test_text_tools_and_like_lines_are_chrome():
    a = _page("Fenwick Chronicle · Apr 9, 2024",
              extra="Larger | Smaller | Print | Share\n\nLike Portalio News on Facebook for more local stories")
    assert "Larger" not in a.body and "Like Portalio" not in a.body

"""Completeness: whether the body is the whole story, and the original's address (both paths)."""

import newsclean
from newsclean.stages.completeness import stops_mid_sentence

P1 = ("The harbour authority in Wendle Bay approved a new breakwater on Monday after six years of "
      "arguments over its cost and its effect on the beach at Saltcombe.")
P2 = ("Work is due to start in the spring and will take about two years, the authority's chair, "
      "Ottilie Marsh, told a meeting attended by more than a hundred residents.")
P3 = ("Fishermen who moor in the outer harbour said the wall was overdue, while surfers worried about "
      "the waves at the northern end of the beach.")
HEAD = "Wendle Bay Gazette\n\nWendle Bay approves new breakwater after six years\n\nBy Corran Hale\n\n"


def _text(tail: str) -> newsclean.Article:
    return newsclean.extract(f"{HEAD}{P1}\n\n{P2}\n\n{P3}\n\n{tail}", kind="text")


def test_a_full_story_is_full():
    a = _text("© 2025 Wendle Bay Gazette")
    assert a.completeness == "full"
    assert a.original_url is None
    assert not any(w.startswith(("excerpt", "paywalled", "cut")) for w in a.warnings)


def test_an_excerpt_link_under_the_story_is_an_excerpt_and_not_body():
    a = _text("Continue reading at The Wendle Bay Gazette\n\nFollow Portalio News to get more stories like this.")
    assert a.completeness == "excerpt"
    assert any(w.startswith("excerpt:") and "Continue reading" in w for w in a.warnings)
    assert "Continue reading" not in a.body and "Follow Portalio" not in a.body
    assert a.blocks[-1].text == P3
    assert a.original_url is None   # the text path has no addresses


def test_read_the_full_story_wording_is_an_excerpt_too():
    a = _text("Read the full story\n\nMore from Portalio")
    assert a.completeness == "excerpt"
    assert "Read the full story" not in a.body


def test_a_paywall_notice_after_the_story_is_paywalled():
    a = _text("Subscribe to continue reading\n\nAlready a subscriber? Sign in")
    assert a.completeness == "paywalled"
    assert any(w.startswith("paywalled:") for w in a.warnings)
    assert "Subscribe" not in a.body and "subscriber" not in a.body


def test_a_body_that_stops_mid_sentence_is_cut():
    cut = ("The authority said the breakwater would be built from granite quarried near Tolly Head, that the "
           "quarry road would be widened first, and that lorries carrying the stone would be kept off the "
           "seafront during the summer months, when the beach at Saltcombe is at its busiest and the")
    a = newsclean.extract(f"{HEAD}{P1}\n\n{P2}\n\n{cut}\n\n© 2025 Wendle Bay Gazette", kind="text")
    assert a.completeness == "cut"
    assert any(w.startswith("cut:") for w in a.warnings)


def test_stops_mid_sentence_shape():
    assert stops_mid_sentence("Work is due to start in the spring and will take about two years, the chair said,")
    assert not stops_mid_sentence("Work is due to start in the spring and will take about two years, the chair said.")
    assert not stops_mid_sentence('"Work is due to start in the spring and will take about two years," she said.”')
    # short lines and sign-offs are not cut sentences
    assert not stops_mid_sentence("Reporting by Corran Hale")
    assert not stops_mid_sentence("The figures were compiled by the harbour authority and checked by WENDLE BAY GAZETTE")


def _html(head: str, tail: str, url: str | None = "https://portalio.example/a/breakwater-1") -> newsclean.Article:
    page = (f"<html><head><title>Wendle Bay approves new breakwater after six years</title>{head}</head><body>"
            f"<article><h1>Wendle Bay approves new breakwater after six years</h1><p>By Corran Hale</p>"
            f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>{tail}</article><footer>© 2025 Portalio</footer></body></html>")
    return newsclean.extract(page, kind="html", url=url)


def test_html_continue_link_gives_excerpt_and_original_url():
    a = _html("", '<p><a href="https://wendlebaygazette.example/news/breakwater">'
                  "Continue reading at Wendle Bay Gazette</a></p>")
    assert a.completeness == "excerpt"
    assert a.original_url == "https://wendlebaygazette.example/news/breakwater"
    assert "Continue reading" not in a.body


def test_html_declared_syndication_source_is_the_original_url():
    a = _html('<meta name="syndication-source" content="https://wendlebaygazette.example/orig">', "")
    assert a.original_url == "https://wendlebaygazette.example/orig"
    assert a.completeness == "full"


def test_html_og_see_also_is_the_original_url():
    a = _html('<meta property="og:see_also" content="https://wendlebaygazette.example/see">', "")
    assert a.original_url == "https://wendlebaygazette.example/see"


def test_html_canonical_to_another_site_is_the_original_url_but_not_to_the_same_site():
    other = _html('<link rel="canonical" href="https://wendlebaygazette.example/canon">', "")
    assert other.original_url == "https://wendlebaygazette.example/canon"
    same = _html('<link rel="canonical" href="https://www.portalio.example/a/breakwater-1">', "")
    assert same.original_url is None


def test_html_paywall_box_is_paywalled():
    a = _html("", "<div class='wall'><p>This article is for subscribers only.</p>"
                  "<p>Already a subscriber? Sign in</p></div>")
    assert a.completeness == "paywalled"
    assert "subscribers" not in a.body


def test_article_fields_default_and_round_trip():
    a = newsclean.Article(title="x")
    assert a.completeness == "full" and a.original_url is None
    b = newsclean.Article(title="x", completeness="excerpt", original_url="https://a.example/s")
    assert newsclean.Article.model_validate_json(b.model_dump_json()) == b


def test_html_paywall_notice_outside_the_main_content_is_found():
    # the notice sits in a box after the article element, which the main-content search leaves out
    page = ("<html><head><title>Wendle Bay approves new breakwater after six years</title></head><body>"
            "<article><h1>Wendle Bay approves new breakwater after six years</h1><p>By Corran Hale</p>"
            f"<p>{P1}</p><p>{P2}</p><p>{P3}</p></article>"
            "<div class='wall'><h3>Read on</h3><p>Subscribe to continue reading this story.</p>"
            "<p><a href='/login'>Already a subscriber? Log in</a></p></div>"
            "<footer>© 2025 Portalio</footer></body></html>")
    a = newsclean.extract(page, kind="html")
    assert a.completeness == "paywalled"
    assert "Subscribe" not in a.body


def test_teaser_headings_and_republication_notes_are_not_excerpt_links():
    assert _text("More from The Wendle Bay Gazette\n\nHarbour cafe wins award").completeness == "full"
    a = _text("This article originally appeared on The Wendle Bay Gazette.")
    assert a.completeness == "full"


def test_a_read_more_line_with_story_prose_under_it_does_not_end_the_story():
    # "Read more on <topic> here." links to more on a topic; the story goes on under it
    closing = ("The second half of the meeting turned to the cost, which the authority's treasurer put at "
               "four million pounds spread over three years.")
    a = _text(f"Read more on the breakwater plans here.\n\n{closing}\n\n© 2025 Wendle Bay Gazette")
    assert closing in a.body
    assert a.completeness != "excerpt"
    assert not any(r.rule == "completeness.end_of_excerpt" for r in a.removed)


def test_a_paragraph_leading_into_a_quotation_under_a_read_more_line_is_story_prose():
    lead = ("When the vote was over the harbour master stood up, thanked the residents for coming and "
            "quoted an old saying of the fishermen who built the first wall, as follows")
    a = _html("", f"<p>Read more on the plans <a href='/breakwater-plans'>here</a>.</p><p>{lead}</p>"
                  "<blockquote><p>Build it once and build it well, or build it every winter.</p></blockquote>")
    assert lead in a.body
    assert "Build it once" in a.body


def test_an_excerpt_link_followed_by_short_lines_still_ends_the_story():
    a = _text("Read more at The Wendle Bay Gazette\n\nShare this story\n\nFollow us")
    assert a.completeness == "excerpt"
    assert "Read more at" not in a.body

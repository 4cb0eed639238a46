"""Issue 15 gaps on portal pages, both paths: the publisher doubled after the author, a section
name in capitals run into the dateline, a card without a separator, a byline left outside the
main content when the declared author is the portal's brand, a date glued to the headline line,
teaser boxes headed by the portal's name, comment-platform credits."""

import newsclean
from newsclean.metadata import bylines
from newsclean.stages.sources import _split_card
from newsclean.stages.metadata_headline import capitals_label
from newsclean.stages.metadata_lines import glued_date

P1 = ("KESTREL BAY — The harbour board voted on Monday to dredge the inner basin for the first time "
      "since 1994, after two fishing boats ran aground at low tide in the spring.")
P2 = ("The work will cost about $2.6 million and is due to start in October, when the summer "
      "ferries stop running, harbour master Idris Achebe said.")
P3 = ("Silt has built up along the north quay since a storm in 2019 shifted a sandbar at the "
      "mouth of the bay, the board's engineers found in a survey last year.")


# --------------------------------------------------------------------------- bylines

def test_the_publisher_doubled_after_the_author_is_no_author():
    p = bylines.parse_byline("Mina Okafor, Kestrel Bay Gazette Kestrel Bay Gazette")
    assert p.authors == ["Mina Okafor"]
    assert p.agency == "Kestrel Bay Gazette"
    assert bylines.looks_like_byline("Mina Okafor, Kestrel Bay Gazette Kestrel Bay Gazette")


def test_a_name_printed_twice_alone_is_the_author_once():
    assert bylines.parse_byline("By Mina Okafor Mina Okafor").authors == ["Mina Okafor"]
    # a one-word name printed twice is a person's name ("Yang Yang")
    assert bylines.parse_byline("By Yang Yang").authors == ["Yang Yang"]


# --------------------------------------------------------------------------- dateline

def test_a_section_name_in_capitals_run_into_the_dateline_is_cut():
    text = "HEALTH KESTREL BAY — The clinic reopened."
    assert text[capitals_label(text):] == "KESTREL BAY — The clinic reopened."
    # a place in capitals is no section name
    assert capitals_label("SALT LAKE CITY — Snow fell.") == 0
    # a section name without a dateline after it is the story's text
    assert capitals_label("BUSINESS is booming in the bay, the board said.") == 0


def test_text_page_with_a_capitals_label_before_the_dateline():
    text = f"Portalio\n\nHarbour board votes to dredge the inner basin\n\nBy Mina Okafor\n\nLOCAL {P1}\n\n{P2}\n\n{P3}"
    a = newsclean.extract(text, kind="text")
    assert a.dateline == "KESTREL BAY"
    assert a.blocks[0].text == P1


# --------------------------------------------------------------------------- source card

def test_a_card_without_a_separator_splits_where_the_date_starts():
    assert _split_card("Kestrel Bay Gazette June 3, 2017") == ("Kestrel Bay Gazette", "June 3, 2017")
    assert _split_card("Kestrel Bay Gazette 3d 4 min read") == ("Kestrel Bay Gazette", "3d 4 min read")
    # the date starts at a date's word, the name is the whole name before it
    assert _split_card("Westbrook Courier June 14, 2017") == ("Westbrook Courier", "June 14, 2017")
    # a byline with its date is no card, nor a name the page credits as its author
    assert _split_card("By Mina Okafor June 3, 2017") is None
    assert _split_card("By Mina Okafor | June 3, 2017") is None
    assert _split_card("Mina Okafor June 3, 2017", frozenset({"mina okafor"})) is None


def test_two_line_card_with_a_reading_time():
    text = (f"Portalio\n\nKestrel Bay Gazette\n3d · 4 min read\n\nHarbour board votes to dredge the inner basin\n\n"
            f"By Mina Okafor\n\n{P1}\n\n{P2}\n\n{P3}")
    a = newsclean.extract(text, kind="text", reference_date="2024-05-09")
    assert a.source == "Kestrel Bay Gazette"
    assert str(a.published)[:10] == "2024-05-06"


HTML_HEAD = """<html><head><title>Harbour board votes to dredge the inner basin | Portalio News</title>
<meta name="author" content="Portalio News">
<meta property="og:url" content="https://news.portalio.example/local/harbour-dredge-1234"></head><body>
<div id="top"><a href="/">Portalio</a> <a href="/news">News</a> <a href="/local">Local</a></div>
<div id="head"><h1>Harbour board votes to dredge the inner basin</h1>
<p class="meta">{line}</p></div>
<div id="story"><p>{p1}</p><p>{p2}</p><p>{p3}</p></div>
<div id="foot">&copy; 2013 Portalio</div></body></html>"""


def test_a_byline_outside_the_main_content_is_read_when_the_declared_author_is_the_portal():
    html = HTML_HEAD.format(line="By Mina Okafor | May 6, 2013 | Kestrel Bay Gazette", p1=P1, p2=P2, p3=P3)
    a = newsclean.extract(html, kind="html")
    assert a.authors == ["Mina Okafor"]
    assert str(a.published)[:10] == "2013-05-06"


def test_a_declared_person_wins_over_the_outside_line():
    html = HTML_HEAD.format(line="By Mina Okafor | May 6, 2013", p1=P1, p2=P2, p3=P3).replace(
        'content="Portalio News"', 'content="Tobias Wren"')
    a = newsclean.extract(html, kind="html")
    assert a.authors == ["Tobias Wren"]


# --------------------------------------------------------------------------- headline

def test_a_date_glued_to_the_headline_line_is_cut_and_used():
    text = (f"Portalio\n\nHarbour board votes to dredge the inner basin Mon, May 6, 2013\n"
            f"By Mina Okafor | Kestrel Bay Gazette\n\n{P1}\n\n{P2}\n\n{P3}")
    a = newsclean.extract(text, kind="text")
    assert a.title == "Harbour board votes to dredge the inner basin"
    assert str(a.published)[:10] == "2013-05-06"


def test_a_date_the_headline_leads_into_stays():
    assert glued_date("Harbour dredging to start on May 6, 2013") == 0
    t = "Harbour board votes to dredge the inner basin May 6, 2013 4:10 PM"
    assert t[glued_date(t):] == "May 6, 2013 4:10 PM"


# --------------------------------------------------------------------------- portal chrome

def test_a_teaser_box_headed_by_the_portal_name_in_capitals_ends_the_story():
    text = (f"Portalio Money - Markets and personal finance\nPortalio\nNews\n\n"
            f"Harbour board votes to dredge the inner basin\n\nBy Mina Okafor\n\n{P1}\n\n{P2}\n\n{P3}\n\n"
            "PORTALIO MONEY\nHow to check if your pension is insured\nFive stocks analysts like this year")
    a = newsclean.extract(text, kind="text")
    assert a.blocks[-1].text == P3
    assert "PORTALIO" not in a.body


def test_comment_platform_credits_and_follow_invitations_are_chrome():
    extra = ("Follow Portalio Local to see more stories like this in your feed.\n\n"
             "Reader comments by Chatterbox. Posting rules\n\nComments are hosted by Parleyo\n\n"
             "Please follow our community rules.")
    text = f"Portalio\n\nHarbour board votes to dredge the inner basin\n\nBy Mina Okafor\n\n{P1}\n\n{P2}\n\n{P3}\n\n{extra}"
    a = newsclean.extract(text, kind="text")
    for chrome in ("Follow Portalio", "Chatterbox", "Parleyo", "community rules"):
        assert chrome not in a.body
    assert a.blocks[-1].text == P3


def test_bracketed_watch_and_related_links_in_parentheses_are_residue():
    text = (f"Portalio\n\nHarbour board votes to dredge the inner basin\n\nBy Mina Okafor\n\n{P1}\n\n"
            f"{P2} (Watch: How harbours silt up in a decade)\n\n{P3} [Chart]")
    a = newsclean.extract(text, kind="text")
    assert [b.text for b in a.blocks] == [P1, P2, P3]


def test_a_closing_bio_with_a_contact_sentence():
    bio = "Mina Okafor reports on the coast for the Gazette. Contact her at 555-0123."
    text = f"Portalio\n\nHarbour board votes to dredge the inner basin\n\nBy Mina Okafor\n\n{P1}\n\n{P2}\n\n{P3}\n\n{bio}"
    a = newsclean.extract(text, kind="text")
    assert "reports on the coast" in (a.author_bio or "")
    assert "555-0123" not in a.body


# --------------------------------------------------------------------------- text path: the headline (item 3)

T = "Harbour board votes to dredge the inner basin"


def _text(head: str, reference_date: str = "2024-05-09") -> newsclean.Article:
    return newsclean.extract(f"{head}\n\n{P1}\n\n{P2}\n\n{P3}", kind="text", reference_date=reference_date)


def test_the_headline_under_a_card_not_the_window_title_above_it():
    a = _text(f"Portalio Money - Markets, stocks and personal finance\nPortalio\nDiscover\nSign in\n"
              f"Kestrel Bay Gazette\n3d\n{T}\nKestrel Holdings Inc.\nKSTL\n−2.1%")
    assert a.title == T
    assert a.source == "Kestrel Bay Gazette"
    assert str(a.published)[:10] == "2024-05-06"


def test_a_card_under_the_headline_is_the_source_not_a_byline_nor_the_headline():
    a = _text(f"Yodel Finance\nKestrel Holdings Ltd. (KSTL)\nNasdaq - Delayed quote\n{T}\n"
              "The Kestrel Bay Gazette · May 6, 2024")
    assert a.title == T
    assert a.authors == []
    assert a.source == "The Kestrel Bay Gazette"
    assert str(a.published)[:10] == "2024-05-06"


def test_a_dated_byline_glued_to_the_headline_line():
    a = _text(f"Portalio\n{T} By Mina Okafor May 6, 2024")
    assert a.title == T
    assert a.authors == ["Mina Okafor"]
    assert str(a.published)[:10] == "2024-05-06"


def test_an_age_after_the_byline_dates_the_story():
    a = _text(f"Portalio Money\nMARKETS\nCOMPANIES\n\n{T}\n\nStory by Mina Okafor • 3d")
    assert a.authors == ["Mina Okafor"]
    assert str(a.published)[:10] == "2024-05-06"


def test_a_teaser_byline_above_the_story_does_not_date_it():
    a = _text(f"Portalio\nNews\n\nKestrel ferry timetable changes in June\nBy Hal Brennan · 1 day ago\n\n"
              f"Kestrel Bay Gazette · 3 hours ago\n\n{T}\n\nBy Mina Okafor", reference_date="2024-05-09T12:00:00")
    assert a.title == T
    assert a.authors == ["Mina Okafor"]
    assert str(a.published)[:10] == "2024-05-09"   # not the teaser's "1 day ago"
    assert a.source == "Kestrel Bay Gazette"


# --------------------------------------------------------------------------- what html_portal_examiner_2017 exposed

def test_a_breadcrumb_and_a_capitals_section_run_into_the_dateline():
    text = f"Portalio\n\n{T}\n\nBy Mina Okafor\n\nNews / US {P1}\n\n{P2}\n\n{P3}"
    a = newsclean.extract(text, kind="text")
    assert a.dateline == "KESTREL BAY"
    assert a.blocks[0].text == P1


def test_a_bracketed_video_link_closing_a_long_paragraph_is_residue_not_a_caption():
    text = f"Portalio\n\n{T}\n\nBy Mina Okafor\n\n{P1}\n\n{P2} {P3} [Video: How a harbour silts up]\n\n{P3}"
    a = newsclean.extract(text, kind="text")
    assert [b.text for b in a.blocks] == [P1, f"{P2} {P3}", P3]


def test_a_gallery_invitation_without_the_article():
    text = f"Portalio\n\n{T}\n\nBy Mina Okafor\n\n{P1}\n\nView gallery: 7 photos of the harbour\n\n{P2}\n\n{P3}"
    a = newsclean.extract(text, kind="text")
    assert "View gallery" not in a.body


def test_a_bio_saying_how_long_the_reporter_has_covered_the_beat():
    bio = "Mina Okafor has covered the coast for the Gazette since 2015. Email her at mina@gazette.example."
    text = f"Portalio\n\n{T}\n\nBy Mina Okafor\n\n{P1}\n\n{P2}\n\n{P3}\n\n{bio}"
    a = newsclean.extract(text, kind="text")
    assert "has covered the coast" in (a.author_bio or "")


def test_a_breadcrumb_over_a_date_is_no_publisher_card():
    assert _split_card("News › US · 6/21/2017") is None


def test_a_logo_card_gives_the_source_and_its_date_the_date():
    html = f"""<html><head><meta property="og:site_name" content="Portalio News"></head><body>
    <div class="top"><a href="/">portalio</a> <a href="/news">News</a> <a href="/sports">Sports</a></div>
    <div class="crumbs"><a href="/news">News</a> › <a href="/news/us">US</a></div>
    <div class="article"><div class="partner"><img src="/logos/kbg.png" alt="Kestrel Bay Gazette">
    <span class="time">5/21/2024</span></div><h1>{T}</h1><div class="author">Mina Okafor</div>
    <div class="body"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div></body></html>"""
    a = newsclean.extract(html, kind="html")
    assert a.source == "Kestrel Bay Gazette"
    assert str(a.published)[:10] == "2024-05-21"


# --------------------------------------------------------------------------- HTML: the card inside the main content

def _html(head: str) -> str:
    return (f"<html><head><title>{T} | Portalio</title><meta property='og:site_name' content='Portalio'></head>"
            f"<body><div class='nav'><a href='/'>Portalio</a> <a href='/n'>News</a> <a href='/s'>Sports</a></div>"
            f"<article>{head}<div class='body'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></article>"
            f"<footer>© 2024 Portalio</footer></body></html>")


def test_html_card_kept_above_the_headline_is_the_source_not_the_story():
    a = newsclean.extract(_html(f"<div class='src'>Kestrel Bay Gazette · 2 hrs ago</div><h1>{T}</h1>"
                                "<div class='byline'>Mina Okafor <button>Follow</button></div>"),
                          kind="html", reference_date="2024-05-09T12:00:00")
    assert a.source == "Kestrel Bay Gazette"
    assert a.blocks[0].text == P1
    assert str(a.published)[:10] == "2024-05-09"


def test_html_card_under_the_byline_is_the_source_not_the_story():
    a = newsclean.extract(_html(f"<h1>{T}</h1><div class='byline'>By Mina Okafor</div>"
                                "<p class='src'>Kestrel Bay Gazette – Mon, May 6, 2024 9:40 AM EDT</p>"), kind="html")
    assert a.source == "Kestrel Bay Gazette"
    assert a.authors == ["Mina Okafor"]
    assert a.blocks[0].text == P1
    assert str(a.published)[:10] == "2024-05-06"


def test_a_line_holding_a_date_and_a_name_is_no_card_date():
    from newsclean.stages.sources import _card_when
    assert _card_when("Mon, May 6, 2024 9:40 AM EDT")
    assert not _card_when("May 6, 2024 | Mina Okafor")


# --------------------------------------------------------------------------- a run of teaser cards

CARDS = [("Ferry timetable changes in June", "The summer timetable adds two late sailings on Fridays and Saturdays.",
          "Hal Brennan", 2),
         ("Lighthouse open days return", "Volunteers will guide visitors up the tower on the first Sunday of the month.",
          "Rina Castell", 3),
         ("Fish market moves to the east quay", "The market will open on the new quay while the old hall is repaired.",
          "Ola Brandt", 5),
         ("School sailing club wins regional cup", "Eleven pupils raced in the junior fleet at the weekend regatta.",
          "Kurt Vesely", 6)]


def test_a_run_of_teaser_cards_under_an_excerpt_is_not_the_story():
    cards = "\n".join(f"{h}\n{s}\nBy {n} | Portalio News – {k} hrs ago" for h, s, n, k in CARDS)
    text = (f"Portalio\nNews\nLocal\n\nLOCAL NEWS\n{T}\nBy Mina Okafor | May 6, 2024 | Kestrel Bay Gazette\n\n"
            f"{P1}\n\n{P2}\n\nRead more at Kestrel Bay Gazette »\n\nMore local news\n{cards}\n\n© 2024 Portalio")
    a = newsclean.extract(text, kind="text", reference_date="2024-05-07")
    assert a.title == T
    assert a.authors == ["Mina Okafor"]
    assert [b.text for b in a.blocks] == [P1, P2]
    assert a.completeness == "excerpt"


def test_co_authors_on_lines_of_their_own_are_no_teaser_cards():
    text = f"Portalio\n\n{T}\n\nBy Mina Okafor\nBy Hal Brennan\nBy Rina Castell\n\n{P1}\n\n{P2}\n\n{P3}"
    a = newsclean.extract(text, kind="text")
    assert not any(r.rule == "teaser.card_run" for r in a.removed)
    assert [b.text for b in a.blocks] == [P1, P2, P3]


# --------------------------------------------------------------------------- more headline shapes (text path)

def test_an_age_after_a_separator_on_the_headline_line():
    a = _text(f"Portalio\nLocal\n{T} | 3 hours ago\nKestrel Bay Gazette", reference_date="2024-05-09T12:00:00")
    assert a.title == T
    assert str(a.published)[:10] == "2024-05-09"


def test_a_dash_left_by_the_glued_date_is_not_the_headline():
    a = _text(f"Portalio\nLocal\n{T} - May 6, 2024\nBy Mina Okafor")
    assert a.title == T
    assert a.authors == ["Mina Okafor"]


def test_a_stock_quote_line_is_no_byline():
    assert not bylines.looks_like_byline("Kestrel Sports Group (KSG) 12.40 +3.1%")
    a = _text(f"Portalio Finance\nKestrel Sports Group (KSG) 12.40 +3.1%\n{T}\nKestrel Bay Gazette · May 6, 2024")
    assert a.authors == []
    assert a.title == T


def test_the_headline_sharing_words_with_the_story_over_a_publisher_name_under_it():
    a = _text(f"Portalio\nLocal\n{T}\nKestrel Bay Gazette")
    assert a.title == T

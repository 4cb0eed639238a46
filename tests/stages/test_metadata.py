"""The metadata stages on whole text pages (invented stories): headline, byline, date."""

from datetime import date, datetime

import pytest
from invented_story import STORY

import newsclean


def test_headline_above_a_caption_and_standfirst():
    page = (
        "Home\n\nNews\n\nWeather\n\n"
        "Coastal road closed for weeks after storm breaches sea wall\n\n"
        "The harbour pier suffered damage. Photograph: Ina Kove for the Bay Courier\n\n"
        "Council engineers say the repairs will take at least three weeks and cost more than expected\n\n"
        "By Mara Lindqvist\n\n"
        "12 March 2024\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.title == "Coastal road closed for weeks after storm breaches sea wall"
    assert a.authors == ["Mara Lindqvist"]
    assert a.published == date(2024, 3, 12)


def test_byline_with_a_bio_after_the_name():
    page = (
        "Coastal road closed for weeks after storm breaches sea wall\n\n"
        "By Mara Lindqvist, a senior reporter who has covered the council, its roads and its "
        "budgets for the Bay Courier since the paper moved to the harbour district\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.authors == ["Mara Lindqvist"]
    assert a.title == "Coastal road closed for weeks after storm breaches sea wall"


def test_two_word_title_right_above_the_story():
    a = newsclean.extract("Sea wall\n\n" + STORY, kind="text")
    assert a.title == "Sea wall"


def test_byline_below_a_notice_at_the_top_of_the_region():
    notice = ("We use cookies and similar tools to improve your experience on this site, to show you "
              "relevant offers and to measure how our pages are used by readers like you every day. ") * 2
    page = (
        "Menu\n\nSearch\n\n" + notice + "\n\nAccept and continue\n\n"
        "Coastal road closed for weeks after storm breaches sea wall\n\n"
        "Published Tuesday 12 March 2024\n\n"
        "By Mara Lindqvist\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.authors == ["Mara Lindqvist"]
    assert a.title == "Coastal road closed for weeks after storm breaches sea wall"


def test_bylines_of_a_teaser_list_are_not_the_story_authors():
    teasers = "".join(
        f"{headline}\n\nA short summary of the other story, in one line of text.\n\nBy {name}\n\n"
        for headline, name in [("Bridge repairs start next month", "Tom Vale"),
                               ("New ferry enters service", "Ina Kove"),
                               ("Harbour market reopens", "Rui Prado")])
    a = newsclean.extract("Top stories\n\n" + teasers + STORY, kind="text")
    assert not {"Tom Vale", "Ina Kove", "Rui Prado"} & set(a.authors)


def test_photo_credit_does_not_anchor_the_headline():
    page = (
        "Coastal road closed for weeks after storm breaches sea wall\n\n"
        "by Mara Lindqvist March 12, 2024 11:00 AM\n\n"
        "Harbour cranes stand idle near the pier\n\n"
        "Photo by Ina Kove/Bay Courier\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.title == "Coastal road closed for weeks after storm breaches sea wall"
    assert a.authors == ["Mara Lindqvist"]


def test_byline_line_right_under_a_long_headline_stays_a_byline():
    # no blank line between them, and the byline starts in lower case: not a wrapped sentence
    page = ("Coastal road closed for weeks after storm breaches sea wall\n"
            "by Mara Lindqvist July 10, 2015\n\n" + STORY)
    a = newsclean.extract(page, kind="text")
    assert a.title == "Coastal road closed for weeks after storm breaches sea wall"
    assert a.authors == ["Mara Lindqvist"]


def test_headline_with_a_bare_name_under_it_taken_for_a_teaser():
    page = (
        "Design\n\nTransport\n\nLife\n\n"
        "The harbour pier at dusk. Ina Kove/Bay Courier\n\n"
        "Why the old sea wall finally gave way this winter\n\n"
        "Mara Lindqvist\n\n"
        "1:39 PM ET\n\n"
        "Engineers had warned for a decade that the wall could not take another storm season like the last one.\n\n"
        "Share\n\nTweet\n\nEmail\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.title == "Why the old sea wall finally gave way this winter"
    assert a.authors == ["Mara Lindqvist"]


def test_signature_line_under_a_blog_post():
    page = ("Why I moved my notes to plain text files\n\n" + STORY +
            "\nAnn Kestrel — 2013-09-29 — in Tools — Permalink — License\n\nOlder posts\n")
    a = newsclean.extract(page, kind="text")
    assert a.authors == ["Ann Kestrel"]


def test_name_under_the_headline_printed_again_over_the_story():
    headline = "Supply ship breaks up over the northern sea after launch"
    gallery = "".join(f"Picture {k} of 5\n\n" for k in range(1, 4))
    page = (headline + "\n\n" + gallery + headline + "\nMARA LINDQVIST\nHarbour Wire, March 12, 2024\n\n" + STORY)
    a = newsclean.extract(page, kind="text")
    assert a.title == headline
    assert a.authors == ["Mara Lindqvist"]


def test_headline_standfirst_and_name_under_a_date_stamp():
    page = (
        "Menu\n\nSign in\n\n"
        "Why the old sea wall finally gave way: a decade of warnings and repairs put off again\n\n"
        "Sunday, Feb 1, 2015 11:57 AM UTC\n\n"
        "The sea wall nobody would pay for: how the harbour town ran out of luck this winter\n\n"
        "Engineers warned again and again. The council chose to wait. Now the road is shut for weeks\n\n"
        "Mara Lindqvist\n\n"
        "Share\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.title == "The sea wall nobody would pay for: how the harbour town ran out of luck this winter"
    assert a.authors == ["Mara Lindqvist"]


def test_sentence_broken_over_two_lines_is_not_the_headline():
    page = (
        "Ferry review: a crossing that finally keeps to its timetable\n\n"
        "But only early risers\n"
        "will enjoy the first boat.\n\n"
        "By Mara Lindqvist\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.title == "Ferry review: a crossing that finally keeps to its timetable"


def test_next_teaser_headline_is_not_taken_for_a_standfirst():
    page = (
        "New ferry enters service on the northern route\n\n"
        "Ferry review: a crossing that finally keeps to its timetable\n\n"
        "By Mara Lindqvist\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.title == "Ferry review: a crossing that finally keeps to its timetable"


def test_table_of_contents_entries_and_taglines_are_not_headlines():
    page = (
        "Sea wall\n\nFrom Shorepedia, the free harbour guide\n\n"
        "Contents\n\n1 History\n\n2 Repairs\n\n2.1 The 2015 storm\n\n3 See also\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.title not in {"3 See also", "2.1 The 2015 storm", "From Shorepedia, the free harbour guide"}


def test_cleaning_a_body_again_keeps_a_short_line_inside_it():
    # a short line between two paragraphs of a story that starts the page is the story's,
    # not a headline: cleaning a cleaned body again must keep it
    body = ("The council met on Monday to discuss the sea wall and its repairs.\n\nWhat comes next\n\n" + STORY)
    a = newsclean.extract(body, kind="text")
    assert "What comes next" in a.body


def test_byline_parsed_once_per_page(monkeypatch):
    # credits_and_bylines reuses head_metadata's parse of the byline line (parse_byline is pure)
    from newsclean.metadata import bylines

    calls: list[str] = []
    original = bylines.parse_byline

    def counting(text):
        calls.append(text)
        return original(text)

    monkeypatch.setattr(bylines, "parse_byline", counting)
    page = ("Harbour Lights Return to the Old Quay\n\nBy Ann Lee and Bo Chen\n\n"
            + "The lights along the old quay were switched on again on Friday evening, after a "
              "winter of repairs paid for by the harbour trust and a crowd of residents. " * 3)
    article = newsclean.extract(page, kind="text")
    assert article.authors == ["Ann Lee", "Bo Chen"]
    assert calls.count("By Ann Lee and Bo Chen") == 1


# ---------------------------------------------------------------- bare names, menus and lists (text path)

def test_a_menu_entry_under_a_menu_headline_is_not_a_byline():
    # a name-shaped menu entry under a headline-shaped one, with the next entry after it
    page = "Boat Sales\n\nMarina Big Reads\n\nMarina Central\n\nMarina Apps\n\nSign in\n\n" + STORY
    a = newsclean.extract(page, kind="text")
    assert a.authors == []


def test_a_bare_name_under_the_headline_before_its_date_is_the_byline():
    page = ("Menu\n\nCoastal road closed for weeks after storm breaches sea wall\n\n"
            "Mara Lindqvist\n\n12 March 2024\n\n" + STORY)
    a = newsclean.extract(page, kind="text")
    assert a.authors == ["Mara Lindqvist"]
    assert a.title == "Coastal road closed for weeks after storm breaches sea wall"


def test_a_bare_name_with_its_job_title_under_it_is_the_byline():
    page = ("Coastal road closed for weeks after storm breaches sea wall\n\n"
            "Mara Lindqvist\n\nSenior Contributor\n\n" + STORY)
    assert newsclean.extract(page, kind="text").authors == ["Mara Lindqvist"]


def test_a_subheading_after_the_first_paragraphs_is_not_a_byline():
    paras = STORY.split("\n\n")
    page = ("Coastal road closed for weeks after storm breaches sea wall\n\n" + paras[0] + "\n\n" + paras[1]
            + "\n\nNeue Pläne\n\n" + "\n\n".join(paras[2:]))
    assert newsclean.extract(page, kind="text").authors == []


def test_rows_of_a_numbered_calendar_are_neither_bylines_nor_the_headline():
    page = (
        "Calendário da Copa Costeira 2024\n\nquinta-feira, 11 de janeiro de 2024\n\n"
        "1a etapa: 10 de março – Porto Alegre\n\n2a etapa: 8 de abril – Costa Verde\n\n"
        "3a etapa: 22 de abril – Vale Claro\n\n4a etapa: 6 de maio – Serra Alta\n\n"
        "5a etapa: 20 de maio – Santa Rita do Sul\n\n6a etapa: 5 de agosto – Lago Azul\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.authors == [] and a.byline is None
    assert "etapa" not in (a.title or "")


def test_a_photo_credit_under_a_caption_is_not_the_story_byline():
    paras = STORY.split("\n\n")
    page = (
        "Coastal road closed for weeks after storm breaches sea wall\n\n"
        "Tom Vale Associated Press\n\nPublished 11:34 PM EST Nov 19, 2019\n\n" + paras[0] + "\n\n"
        "Workers inspect the damaged sea wall at Marlow Bay, Tuesday, Nov. 19, 2019, after the storm surge.\n\n"
        "Ida Brenner, AP\n\n" + "\n\n".join(paras[1:])
    )
    a = newsclean.extract(page, kind="text")
    assert a.authors == ["Tom Vale"]
    assert a.byline == "Tom Vale Associated Press"


def test_an_embedded_post_signature_is_not_the_byline():
    paras = STORY.split("\n\n")
    page = (
        "Coastal road closed for weeks after storm breaches sea wall\n\n"
        "By Mara Lindqvist - 11/19/19 06:56 AM EST\n\n" + paras[0] + "\n\n"
        "The sea wall is gone and so is my commute. https://t.co/AbCdEf123\n\n"
        "— Bo Chen (@bochen_bay) November 18, 2019\n\n" + "\n\n".join(paras[1:])
    )
    assert newsclean.extract(page, kind="text").authors == ["Mara Lindqvist"]


def test_a_kicker_in_capitals_is_not_the_headline():
    page = (
        "Home\n\nNews\n\nSTORM DAMAGE FEARS\n\n"
        "Coastal road closed for weeks after the storm surge breaches the old harbour sea wall\n\n"
        "By Mara Lindqvist\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.title == "Coastal road closed for weeks after the storm surge breaches the old harbour sea wall"


def test_a_date_printed_over_the_headline_and_its_subtitle():
    page = (
        "Ann Lee\n\nAbout\n\nSubscribe\n\n21 September 2020\n\nSQL\n\n"
        "Simple Leak Detection Using Plain Queries\n\nSpot Leaks Before They Become Floods\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.title == "Simple Leak Detection Using Plain Queries"
    assert a.authors == []


def test_a_section_label_in_capitals_over_the_next_headline_is_not_a_byline():
    page = (
        "Ferry fares rising\n\nHARBOUR SAILING\n\n"
        "Crews race through the night as the regatta ends\n\n"
        "By MARA LINDQVIST | Special to the Lakeside Herald\n\n"
        "PUBLISHED: November 19, 2019 at 8:59 pm\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.authors == ["Mara Lindqvist"]
    assert a.title == "Crews race through the night as the regatta ends"


def test_a_marker_printed_apart_from_the_name():
    page = (
        "Menu\n\nSign Up\n\nHome Music Music News\n\nNovember 19, 2019 12:04AM ET\n\n"
        "Harbour band unites for a 50th anniversary tour of the coast\n\n"
        "The reunion starts in Marlow Bay and ends with three nights at the old pier\n\n"
        "By\n\nMara Lindqvist\n\nReporter\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.authors == ["Mara Lindqvist"]
    assert a.byline == "By Mara Lindqvist"
    assert a.title == "Harbour band unites for a 50th anniversary tour of the coast"
    assert not any(t in a.body.split("\n\n") for t in ("By", "Mara Lindqvist"))


def test_headline_under_its_date_stamp_with_a_label_above():
    page = (
        "Forside\n\nSport\n\nKultur\n\nHavneliv i fokus\n\nMarlow\n\n"
        "14/03/2024 kl. 09:00\n\n"
        "Coastal road closed for weeks after the storm breached the old sea wall\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.title == "Coastal road closed for weeks after the storm breached the old sea wall"
    assert a.published.date() == date(2024, 3, 14)


def test_update_stamp_alone_gives_the_date_with_its_source():
    page = ("Coastal road closed for weeks after storm breaches sea wall\n\n"
            "Aktualisiert am 12. März 2024, 18:05 Uhr\n\n" + STORY)
    a = newsclean.extract(page, kind="text")
    assert a.published.date() == date(2024, 3, 12)
    assert a.date_source == "text.updated_line"


# --- visible text: a bare name beside the date, the lede's words, signatures (issue 14 item 4)

def test_bare_name_over_the_date_stamp_is_the_byline_not_the_headline():
    page = (
        "Home\n\nNews\n\nLocal\n\n"
        "Coastal road closed for weeks after storm breaches the old sea wall\n\n"
        "Council engineers found two breaches after the surge.\n\n"
        "Mara Lindqvist\n\n"
        "12.03.2024 | 09:36\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.title == "Coastal road closed for weeks after storm breaches the old sea wall"
    assert a.authors == ["Mara Lindqvist"]
    assert a.published == datetime(2024, 3, 12, 9, 36)


def test_co_authors_one_per_line_between_the_standfirst_and_the_date_stamp():
    # the region may open at the name nearest the stamp: the co-author above it is still one
    page = (
        "Home\n\nNews\n\nLocal\n\n"
        "Coastal road closed for weeks after storm breaches the old sea wall\n\n"
        "Residents say they were never asked about the future of the crossing.\n\n"
        "Mara Lindqvist\n\nTomas Berg\n\n"
        "12 March 2024, 09:36\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.authors == ["Mara Lindqvist", "Tomas Berg"]


def test_bare_name_with_a_place_over_the_date_stamp():
    page = (
        "Home\n\nNews\n\n"
        "Coastal road closed for weeks after storm breaches the old sea wall\n\n"
        "Mara Lindqvist\n\nStenford\n\n12.03.2024 10:15\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.authors == ["Mara Lindqvist"]


def test_a_city_over_a_weather_word_is_no_byline():
    page = (
        "Coastal road closed for weeks after storm breaches the old sea wall\n\n"
        "By Mara Lindqvist\n\n" + STORY + "\nMarlow Bay\n\nToday\n\n"
    )
    a = newsclean.extract(page, kind="text")
    assert a.authors == ["Mara Lindqvist"]


def test_an_ad_between_headline_and_byline_is_not_the_headline():
    page = (
        "Home\n\nNews\n\n"
        "Coastal road closed for weeks after storm breaches sea wall\n\n"
        "New to Saverly? Open an account today and get a ten pound bonus with a promo code\n\n"
        "By Mara Lindqvist\n\n12 March 2024\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.title == "Coastal road closed for weeks after storm breaches sea wall"


def test_a_marker_line_is_never_the_headline():
    page = (
        "Home\n\nNews\n\n"
        "Coastal road closed for weeks after storm breaches sea wall\n\n"
        "By Bay Courier with Agencies\n\n12 March 2024\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.title == "Coastal road closed for weeks after storm breaches sea wall"


def test_a_bare_name_opening_the_story_is_its_byline():
    page = (
        "Home\n\nNews\n\n"
        "Coastal road closed for weeks after storm breaches sea wall\n\n"
        "Mara Lindqvist\n\n"
        "Water, wind and a very old wall.\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.authors == ["Mara Lindqvist"]
    assert "Mara Lindqvist" not in a.body


@pytest.mark.parametrize("widget", ["Listen to this article", "Share", "4 min read"])
def test_a_bare_name_over_a_widget_line_opening_the_story_is_its_byline(widget):
    page = (
        "Home\n\nNews\n\n"
        "Coastal road closed for weeks after storm breaches sea wall\n\n"
        "Residents of the harbour district say nobody warned them.\n\n"
        "Mara Lindqvist\n\n" + widget + "\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.authors == ["Mara Lindqvist"]
    assert "Mara Lindqvist" not in a.body


@pytest.mark.parametrize("credit, agency", [
    ("(Mara Lindqvist/dpa)", "dpa"),
    ("Mara Lindqvist, AFP", "AFP"),
    ("(Mara Lindqvist/dpa/jbe)", "dpa"),
])
def test_a_name_and_agency_closing_the_story_credit_both(credit, agency):
    page = (
        "Home\n\nNews\n\n"
        "Coastal road closed for weeks after storm breaches sea wall\n\n12 March 2024\n\n"
        + STORY + STORY.replace("Tuesday", "Monday") + "\n" + credit + "\n\nRelated stories\n\nPrivacy policy\n"
    )
    a = newsclean.extract(page, kind="text")
    assert a.authors == ["Mara Lindqvist"]
    assert agency in [c.name for c in a.contributors if c.role == "agency"]
    assert "Lindqvist" not in a.body


@pytest.mark.parametrize("last", ["Mara Lindqvist, Stenford", "(Photo: Mara Lindqvist/dpa, Stenford harbour)"])
def test_a_closing_line_that_is_not_only_a_name_and_an_agency_is_no_credit(last):
    page = (
        "Home\n\nNews\n\n"
        "Coastal road closed for weeks after storm breaches sea wall\n\n12 March 2024\n\n"
        + STORY + STORY.replace("Tuesday", "Monday") + "\n" + last + "\n\nRelated stories\n\nPrivacy policy\n"
    )
    assert newsclean.extract(page, kind="text").authors == []


def test_a_bare_name_right_under_the_story_is_its_signature():
    page = (
        "Home\n\nNews\n\n"
        "Coastal road closed for weeks after storm breaches sea wall\n\n" + STORY
        + "\nMara Lindqvist\n\nThe Bay Courier No. 84, 15.05.2025, page 1\n\nFollow the author\n\n"
    )
    a = newsclean.extract(page, kind="text")
    assert a.authors == ["Mara Lindqvist"]


def test_byline_and_date_inside_the_region_head_after_a_deck():
    deck = ("Content created by members of our reader council, an invitation-only community of "
            "business owners who write about what they learned")
    page = (
        "Home\n\nNews\n\n" + deck + "\n\nWhat's This?\n\n"
        "What a storm on the coast teaches about doing the right thing\n\n"
        "Sea walls and councils are the foundations that owners of coastal businesses will find themselves relying on.\n\n"
        "BY MARA LINDQVIST\n\nAUGUST 26, 2024\n\nPHOTO AGENCY - STOCK\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.authors == ["Mara Lindqvist"]
    assert a.published == date(2024, 8, 26)


def test_an_agency_beside_a_date_printed_twice():
    page = (
        "Home\n\nNews\n\n"
        "Cooling towers of the old power plant demolished in Stenford\n\n"
        "12.03.2024 - 15:26\n\n"
        "The demolition marks the end of an era for the town and its power plant.\n\n"
        "dpa\n\n12.03.2024 - 15:26\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert [c.name for c in a.contributors if c.role == "agency"] == ["dpa"]
    assert a.published == datetime(2024, 3, 12, 15, 26)


def test_a_share_bar_is_never_the_headline():
    page = (
        "Home\n\nNews\n\n"
        "Coastal road closed for weeks after storm breaches sea wall\n\n"
        "12 March 2024\n\n"
        "Facebook X LinkedIn Pinterest WhatsApp Share via Email Print\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.title == "Coastal road closed for weeks after storm breaches sea wall"


def test_a_byline_list_going_on_on_the_next_line():
    page = (
        "Home\n\nNews\n\n"
        "Coastal road closed for weeks after storm breaches sea wall\n\n"
        "von\n\nMara Lindqvist,\n\nDeutsche Presse-Agentur\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.authors == ["Mara Lindqvist"]
    assert [c.name for c in a.contributors if c.role == "agency"] == ["Deutsche Presse-Agentur"]
    assert "Deutsche Presse-Agentur" not in a.body


def test_a_bare_name_with_a_reading_time_under_the_date():
    page = (
        "Home\n\nNews\n\n"
        "Coastal road closed for weeks after storm breaches sea wall\n\n"
        "Council engineers found two breaches after the surge.\n\n"
        "12 March 2024\n\nMara Lindqvist 2 minutes read\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.authors == ["Mara Lindqvist"]


def test_date_stamps_with_spaced_dots_a_reading_time_and_a_share_button():
    from newsclean.metadata import dates
    assert dates.parse_date("06. 01. 2026, 14:59 Uhr") == datetime(2026, 1, 6, 14, 59)
    assert dates.looks_like_date_line("06. 01. 2026, 14:59 Uhr Lesedauer: 4 Minuten")
    assert dates.looks_like_date_line("Giriş: 03.07.2024 - 18:24 Güncelleme: 03.07.2024 - 18:57 facebook")
    assert dates.looks_like_date_line("Publiziert heute um 12:19 Uhr")
    assert dates.parse_date("15.10.24 23:35") == datetime(2024, 10, 15, 23, 35)
    assert dates.parse_date("Version 1.10.24 released") is None


def test_a_headline_sharing_no_words_with_the_story_is_still_taken_over_its_byline():
    page = (
        "Home\n\nBlog\n\n"
        "An old fork of the council toolkit for this blog\n\n"
        "On Recent Difficult Events\n\n"
        "Tuesday 15 October 2019 by Mara Lindqvist\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.title == "On Recent Difficult Events"


def test_a_schedule_of_clock_times_above_does_not_hide_the_story_date_stamp():
    # a programme list over the story prints clock times only; the story's own stamp, which an
    # earlier stage took for a teaser's summary, still dates it
    schedule = "".join(f"{h}:30\n\nEvening bulletin from the studio number {h}\n\n" for h in range(14, 22))
    page = (
        "Menu\n\n" + schedule +
        "Coastal road closed for weeks after storm breaches sea wall\n\n"
        "Published 12.03.2024, 09.15 Updated 12.03.2024, 10.40\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    day = a.published.date() if isinstance(a.published, datetime) else a.published
    assert day == date(2024, 3, 12)


def test_a_date_stamp_glued_to_its_update_is_the_story_date():
    page = (
        "News\n\nWorld\n\n"
        "Coastal road closed for weeks after storm breaches sea wall\n\n"
        "Repairs to the broken sea wall will take at least three weeks and cost more than expected, the council says\n\n"
        "Mara Lindqvist Deputy Content Hub Director\n\n"
        "08:39, 12 Mar 2024Updated 08:41, 12 Mar 2024\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.published == datetime(2024, 3, 12, 8, 39)
    assert a.authors == ["Mara Lindqvist"]
    assert a.title == "Coastal road closed for weeks after storm breaches sea wall"


def test_a_date_stamp_under_the_last_paragraph_dates_the_story():
    page = (
        "Coastal road closed for weeks after storm breaches sea wall\n\n" + STORY +
        "\n12 March 2024 (updated 13 March 2024 | 15:24)\n\n© All rights reserved\n"
    )
    a = newsclean.extract(page, kind="text")
    assert a.published == date(2024, 3, 12)
    assert "12 March 2024" not in a.body


def test_stamps_of_several_days_in_the_story_date_nothing():
    # a live blog's posts: each stamp names another day, none of them is the story's date
    long_story = "\n\n".join(p.strip() + " " + p.strip() for p in STORY.split("\n\n")) + "\n\n"
    posts = "".join(f"{d} March 2024\n\n" + STORY.split("\n\n")[k % 4].strip() + "\n\n" for k, d in enumerate((14, 13, 12)))
    page = "Coastal road closed for weeks after storm breaches sea wall\n\n" + long_story + posts
    a = newsclean.extract(page, kind="text")
    assert a.published is None


def test_a_korean_reporter_credit_under_the_story():
    story = "\n\n".join(
        "해안 도로가 폭풍으로 무너진 방파제 때문에 몇 주 동안 폐쇄된다고 시의회가 화요일 밝혔다. "
        "시의회는 보수 공사에 최소 3주가 걸릴 것이라며 주민들에게 우회로를 이용해 달라고 당부했다." for _ in range(4))
    page = "해안 도로 몇 주간 폐쇄… 방파제 두 곳 붕괴\n\n" + story + "\n\n부산=홍길동 기자 hong@example.com\n\n댓글 0\n"
    a = newsclean.extract(page, kind="text")
    assert a.authors == ["홍길동"]


def test_a_credits_line_adds_contributors_to_the_byline_not_authors():
    page = (
        "Coastal road closed for weeks after storm breaches sea wall\n\n"
        "By Mara Lindqvist\n\n" + STORY +
        "\nReporting by Mara Lindqvist and Tomas Ek; Writing by Ina Kove; Editing by Per Sand\n"
    )
    a = newsclean.extract(page, kind="text")
    assert a.authors == ["Mara Lindqvist"]
    roles = {(c.name, c.role) for c in a.contributors}
    assert ("Tomas Ek", "contributor") in roles or ("Tomas Ek", "author") not in roles


GERMAN_STORY = "\n\n".join(
    "Die Stadt hat am Dienstag beschlossen, die Küstenstraße zwischen Marlow und Stenford für "
    f"{n} Wochen zu sperren, weil die Reparatur der Ufermauer länger dauert als zunächst gedacht "
    "und weitere Schäden entdeckt wurden." for n in ("drei", "vier", "fünf", "sechs", "sieben")) + "\n"


def _german(*head: str, foot: str = "") -> newsclean.Article:
    page = ("Startseite\n\nPolitik\n\nKüstenstraße bleibt wochenlang gesperrt\n\n" + "\n\n".join(head)
            + "\n\n" + GERMAN_STORY + ("\n" + foot + "\n" if foot else "") + "\nImpressum\n\nDatenschutz\n")
    return newsclean.extract(page, kind="text")


def test_a_bare_numeric_date_under_the_headline_dates_the_story():
    a = _german("26.04.2024")
    assert a.published == date(2024, 4, 26)
    a = _german("Anna Berg", "Hamburg", "26.04.2024")
    assert a.published == date(2024, 4, 26) and a.authors == ["Anna Berg"]


def test_two_names_joined_by_und_and_one_name_per_line():
    assert _german("Anna Berg und Tom Weber").authors == ["Anna Berg", "Tom Weber"]
    assert _german("Anna Berg", "Tom Weber").authors == ["Anna Berg", "Tom Weber"]
    assert _german("Anna Berg", "Tom Weber", "26.04.2024").authors == ["Anna Berg", "Tom Weber"]


def test_a_long_run_of_names_is_a_menu_not_co_authors():
    names = ["Anna Berg", "Tom Weber", "Lisa Kurz", "Jan Roth", "Eva Stein", "Paul Graf"]
    a = _german(*names)
    assert not set(a.authors) >= {"Anna Berg", "Tom Weber"}


def test_a_byline_with_a_job_title_and_desk_and_an_article_lead():
    assert _german("Von Anna Berg Redakteurin Politik").authors == ["Anna Berg"]
    assert _german("Ein Artikel von Anna Berg").authors == ["Anna Berg"]


def test_an_agency_on_a_line_of_its_own_credits_a_story_nobody_else_is_credited_for():
    a = _german("AFP")
    assert a.authors == [] and [(c.name, c.role) for c in a.contributors] == [("AFP", "agency")]
    # with a person credited, an agency line near the head adds nothing
    assert [c.role for c in _german("Von Anna Berg", "AFP").contributors] == ["author"]


def test_a_source_line_naming_an_agency_credits_it_when_nobody_is_credited():
    a = _german("26.04.2024", "Quelle: dpa")
    assert ("dpa", "agency") in [(c.name, c.role) for c in a.contributors]
    a = _german("Von Anna Berg", "Quelle: dpa")
    assert a.authors == ["Anna Berg"]


def test_a_byline_above_a_picture_credit_is_not_the_caption():
    a = _german("Von Anna Berg", "Foto: Max Kurz/Agentur",
                "Die Ufermauer nach dem Sturm am Dienstagabend, fotografiert vom Hafen aus")
    assert a.authors == ["Anna Berg"]


def test_a_marked_byline_under_the_story():
    assert _german(foot="Von Anna Berg").authors == ["Anna Berg"]


def test_the_headline_ends_a_menu_not_the_first_line_under_it():
    a = _german("Anna Berg", "Tom Weber")
    assert a.title == "Küstenstraße bleibt wochenlang gesperrt"


def test_the_headline_over_a_poll_between_it_and_the_byline():
    # a poll's answers sit between the headline and the byline: none shares a word with the
    # story, the headline further up shares several
    page = (
        "Home\n\nNews\n\n"
        "Council closes coastal road while engineers repair the breached sea wall\n\n"
        "Follow us\n\nSearch\n\nQuestion of the day\n\n"
        "Should the town build a second harbour?\n\n"
        "Yes, as soon as possible\n\nNo, never in this town\n\nPerhaps, but only later on\n\n"
        "View results\n\nAdvertisement\n\n"
        "By Mara Lindqvist - Friday, March 15, 2024\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.title == "Council closes coastal road while engineers repair the breached sea wall"


def test_a_label_over_the_headline_is_not_its_headline():
    # "News World Europe": a breadcrumb shorter than the headline, sharing no word with the
    # story, is no headline over a standfirst
    page = (
        "Menu\n\nLive\n\nNews World Europe\n\n"
        "Council says the coastal road stays closed for weeks while engineers repair the sea wall\n\n"
        "By Mara Lindqvist\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.title == "Council says the coastal road stays closed for weeks while engineers repair the sea wall"


def test_co_authors_byline_lines_one_under_the_other():
    for names in ("Ann Lee – Reporter\nTom Okafor – Correspondent in Rome", "By Ann Lee\nBy Tom Okafor"):
        page = f"Home\n\nNews\n\nCoastal road closed for weeks after storm breaches sea wall\n\n{names}\n\n12 March 2024\n\n" + STORY
        a = newsclean.extract(page, kind="text")
        assert a.authors == ["Ann Lee", "Tom Okafor"], names


def test_teasers_bylines_with_their_headlines_between_are_not_co_authors():
    page = (
        "Coastal road closed for weeks after storm breaches sea wall\n\nBy Mara Lindqvist\n\n12 March 2024\n\n"
        + STORY
        + "\nMore stories\n\nFerry timetable changes for the summer season\n\nBy Ann Lee\n\n"
        "Harbour festival returns with tall ships and music\n\nBy Tom Okafor\n"
    )
    a = newsclean.extract(page, kind="text")
    assert a.authors == ["Mara Lindqvist"]


def test_a_name_over_its_job_title_and_place_under_the_headline():
    page = (
        "Home\n\nNews\n\nCoastal road closed for weeks after storm breaches sea wall\n\n"
        "Mara Lindqvist\n\nCorrespondent in Stenford\n\n12 March 2024\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.authors == ["Mara Lindqvist"]


def test_a_subheading_in_capitals_inside_the_story_is_no_byline():
    paras = STORY.split("\n\n")
    page = (
        "Coastal road closed for weeks after storm breaches sea wall\n\n12 March 2024\n\n"
        + "\n\n".join(paras[:3])
        + "\n\nHARBOUR CHIEF, TWO WEEKS SILENT\n\n"
        + paras[3]
    )
    a = newsclean.extract(page, kind="text")
    assert a.authors == [] and a.contributors == []


def test_an_agency_after_a_section_name_near_the_story():
    page = "Coastal road closed for weeks after storm breaches sea wall\n\n12 March 2024\n\nPolitics - Associated Press\n\n" + STORY
    a = newsclean.extract(page, kind="text")
    assert [(c.name, c.role) for c in a.contributors] == [("Associated Press", "agency")]


def test_a_label_in_capitals_under_the_story_is_no_signature():
    page = (
        "Coastal road closed for weeks after storm breaches sea wall\n\n12 March 2024\n\n"
        + STORY
        + "\nRELATED VIDEO\n\n#harbour\n\n#storm\n"
    )
    a = newsclean.extract(page, kind="text")
    assert a.authors == []


def test_a_menu_entry_in_a_byline_shape_is_no_byline():
    page = (
        "Home\n\nHOUSE & GARDEN\n\nWORK & STUDY\n\nFAMILY & LEISURE TIME\n\nPuzzles\n\nOverview\n\n"
        "Coastal road closed for weeks after storm breaches sea wall\n\n12 March 2024\n\n" + STORY
    )
    a = newsclean.extract(page, kind="text")
    assert a.authors == [] and a.contributors == []


def _with_ending(end: str) -> str:
    return (
        "Coastal road closed for weeks after storm breaches sea wall\n\n12 March 2024\n\n"
        + STORY
        + f"\n{end}\n\nMore from the region\n\nFerry timetable changes for the summer season announced today\n"
    )


def test_an_agency_credit_under_the_last_paragraph():
    for end, agencies in (("dpa/lnw", ["dpa"]), ("SDA/sep", ["SDA"]), ("AFP/dpa/tsp", ["AFP", "dpa"]), ("Reuters", ["Reuters"])):
        a = newsclean.extract(_with_ending(end), kind="text")
        assert a.authors == [] and [c.name for c in a.contributors if c.role == "agency"] == agencies, end


def test_a_signature_over_a_widget_heading_and_a_marked_one():
    assert newsclean.extract(_with_ending("Mara Lindqvist"), kind="text").authors == ["Mara Lindqvist"]
    assert newsclean.extract(_with_ending("Text: Mara Lindqvist"), kind="text").authors == ["Mara Lindqvist"]
    assert newsclean.extract(_with_ending("Share"), kind="text").authors == []


def test_a_teasers_date_under_a_widget_heading_is_not_the_storys():
    page = (
        "Coastal road closed for weeks after storm breaches sea wall\n\nBy Mara Lindqvist\n\n"
        + STORY
        + "\nRelated:\n\n19.02.2024\n\nFerry timetable changes for the summer season announced today\n"
    )
    assert newsclean.extract(page, kind="text").published is None
    # the story's own stamp under its last paragraph is still read
    page = (
        "Coastal road closed for weeks after storm breaches sea wall\n\nBy Mara Lindqvist\n\n"
        + STORY
        + "\n19.02.2024\n\nRelated:\n\nFerry timetable changes for the summer season announced today\n"
    )
    assert newsclean.extract(page, kind="text").published == date(2024, 2, 19)


@pytest.mark.parametrize("marker", ["von", "Von", "By"])
def test_a_name_under_a_marker_line_over_a_picture_is_the_byline_not_alt_text(marker):
    a = _german(
        "Die Stadt rechnet mit Kosten von mehreren Millionen Euro für die neue Ufermauer.",
        marker, "Anna Berg",
        "Die Ufermauer nach dem Sturm am Dienstagabend, vom Hafen aus gesehen.Getty Images",
    )
    assert a.authors == ["Anna Berg"]


TURKISH_STORY = "\n\n".join(
    "Belediye salı günü yaptığı açıklamada, sahil yolunun onarım çalışmaları nedeniyle "
    f"{n} hafta boyunca trafiğe kapalı kalacağını ve alternatif güzergahların kullanılması gerektiğini bildirdi."
    for n in ("üç", "dört", "beş", "altı")) + "\n"


@pytest.mark.parametrize("head, foot", [(("12.03.2024 10:15", "Kaynak: AA"), ""), (("12.03.2024 10:15",), "Kaynak: AA")])
def test_a_source_line_naming_an_agency_is_no_person(head, foot):
    page = ("Anasayfa\n\nGündem\n\nSahil yolu haftalarca trafiğe kapalı kalacak\n\n" + "\n\n".join(head)
            + "\n\n" + TURKISH_STORY + ("\n" + foot + "\n" if foot else "") + "\nKünye\n\nGizlilik\n")
    a = newsclean.extract(page, kind="text")
    assert a.authors == []
    assert [c.name for c in a.contributors if c.role == "agency"] == ["AA"]


@pytest.mark.parametrize("byline, authors", [
    ("Von Anna Berg (dpa/AFP)", ["Anna Berg"]),
    ("VONANNA BERG", ["Anna Berg"]),
])
def test_head_bylines_of_the_vocabulary_gaps(byline, authors):
    assert _german(byline, "26.04.2024").authors == authors


_FAR_HEAD = (
    "Home\n\nNews\n\nCoastal road closed for weeks after storm breaches sea wall\n\n"
    "12 March 2024 10:15\n\nUpdated 12.17\n\n"
    "The council says repairs will take at least three weeks.\n\n"
    "Buses will run on the inland route meanwhile.\n\n"
    "Divers are inspecting the old pier.\n\n"
)


@pytest.mark.parametrize("under", [
    "Coastal road closed for weeks after storm breaches sea wall\n\n1.0x\n\n00:00",  # an audio player
    "Share\n\nCopy link",
    "12 March 2024 10:15",
])
def test_a_name_past_the_standfirst_that_reads_as_a_credit_is_the_byline(under):
    a = newsclean.extract(_FAR_HEAD + "Mara Lindqvist\n\n" + under + "\n\n" + STORY, kind="text")
    assert a.authors == ["Mara Lindqvist"]


@pytest.mark.parametrize("page", [
    # nothing that reads as a credit under the name: a subheading or a caption's name
    _FAR_HEAD + "Mara Lindqvist\n\n" + STORY,
    # a menu's label between the standfirst and the name
    _FAR_HEAD.replace("Divers are inspecting the old pier.", "Weather") + "Mara Lindqvist\n\nShare\n\n" + STORY,
])
def test_a_name_past_the_standfirst_without_a_credit_shape_is_no_byline(page):
    assert "Mara Lindqvist" not in newsclean.extract(page, kind="text").authors


def test_a_story_closed_by_its_source_line_credits_its_agencies_not_a_name_under_it():
    a = _german(foot="(Quelle: APA/dpa)\n\nMara Lindqvist\n\nKommentare (0)")
    assert a.authors == []
    assert [c.name for c in a.contributors if c.role == "agency"] == ["APA", "dpa"]
    # without the source line the bare name there is the story's signature
    assert _german(foot="Mara Lindqvist\n\nKommentare (0)").authors == ["Mara Lindqvist"]


def test_a_copy_of_the_headline_in_a_list_of_teasers_lends_no_byline_to_a_name_under_it():
    page = (
        "Home\n\nNews\n\nCoastal road closed for weeks after storm breaches sea wall\n\n" + STORY
        + "\nMost recent\n\n"
        "Harbour school reopens after a summer of repairs to its flooded hall and library\n\n"
        "Coastal road closed for weeks after storm breaches sea wall\n\n"
        "Ferry timetable changes for the winter as the crossing loses its late sailings\n\n"
        "Council budget vote delayed again as members argue over the cost of the sea wall\n\n"
        "Mara Lindqvist\n\n"
        "Why the harbour lights went dark for a night and who paid for the repair\n\n"
        "Privacy Policy\n"
    )
    assert newsclean.extract(page, kind="text").authors == []

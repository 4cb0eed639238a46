"""Titles: site-name suffixes and headline shape."""

import pytest

from newsclean.metadata import titles
from newsclean.metadata.titles import looks_like_headline, strip_site_suffix


@pytest.mark.parametrize("title, site, expected", [
    ("Storm closes schools | The Daily Planet", "The Daily Planet", "Storm closes schools"),
    ("Storm closes schools - Daily Planet", "The Daily Planet", "Storm closes schools"),
    ("Storm closes schools – Daily Planet", "Daily Planet", "Storm closes schools"),
    ("Daily Planet: Storm closes schools across the county", "Daily Planet", "Storm closes schools across the county"),
    ("Storm closes schools | Weather | Daily Planet", "Daily Planet", "Storm closes schools | Weather"),
    ("Storm closes schools | dailyplanet.com", "Daily Planet", "Storm closes schools"),
    ("Storm closes schools", "Daily Planet", "Storm closes schools"),
    # the trailing part is the headline's own attribution, not the site
    ("Chinese police rap retailer for cybersecurity loopholes - local media", "Daily Planet",
     "Chinese police rap retailer for cybersecurity loopholes - local media"),
    ("Chinese police rap retailer for cybersecurity loopholes - local media", None,
     "Chinese police rap retailer for cybersecurity loopholes - local media"),
])
def test_strip_site_suffix(title, site, expected):
    assert strip_site_suffix(title, site) == expected


@pytest.mark.parametrize("title, expected", [
    ("Storm closes schools across the county | Daily Planet", "Storm closes schools across the county"),
    ("Storm closes schools across the county - dailyplanet.com", "Storm closes schools across the county"),
    ("Storm closes schools across the county - Daily Planet", "Storm closes schools across the county - Daily Planet"),
    ("Storm closes schools across the county | what we know so far", "Storm closes schools across the county | what we know so far"),
    ("Mayor resigns", "Mayor resigns"),
])
def test_strip_site_suffix_without_site_name(title, expected):
    assert strip_site_suffix(title, None) == expected


@pytest.mark.parametrize("text", [
    "Storm closes every school in the county",
    "Chinese police rap retailer for cybersecurity loopholes - local media",
    "Why the price of eggs keeps rising",
    "Xbox One X review: A console that keeps up with gaming PCs",
    "Tite diz que errou ao levar taça da Libertadores a Lula em 2018",
    "'What is the sea telling us?': tribes fearful over mass strandings",
])
def test_headline_shapes_score_high(text):
    assert looks_like_headline(text) >= 0.6


@pytest.mark.parametrize("text", [
    "Related stories",
    "Most read",
    "Home",
    "By Ann Lee",
    "Updated 3:04 PM EST, Jan 7, 2022",
    "5 days ago",
    "the county closed every school on Monday after heavy snow fell overnight.",
    "Heavy snow fell overnight. The county closed every school on Monday.",
    "Share:",
    "https://example.com/story",
    "",
])
def test_non_headlines_score_low(text):
    assert looks_like_headline(text) < 0.5


def test_long_paragraph_scores_below_headline():
    para = ("The county closed every school on Monday after heavy snow fell overnight, officials said, "
            "and roads stayed shut well into the afternoon as crews worked to clear them")
    assert looks_like_headline(para) < looks_like_headline("Storm closes every school in the county")


@pytest.mark.parametrize("text", [
    "Sign in / Sign up",
    "Log In or Sign Up",
    "Join Our Newsletter",
    "Skip to content",
    "Share on Tumblr",
    "Go to permalink",
    "Jump to navigation Jump to search",
    "Please accept our privacy terms",
    "About this content",
    "Your video will play in 00:25",
    "Ouvir o texto",
    "Artikel anhören",
    "WITH series AS (",
    "+ Player skins can now have double layers",
])
def test_interface_lines_are_not_headlines(text):
    assert looks_like_headline(text) < 0.5


@pytest.mark.parametrize("text", [
    "Share prices fall to record low as banks struggle",
    "Back to school sales soar in August",
    "Watch out: storm heads to the coast",
    "Join the club: why more towns are banning cars",
    "Go big or go home, says new mayor",
])
def test_headlines_starting_with_interface_verbs_are_kept(text):
    assert looks_like_headline(text) >= 0.6


def test_site_name_inside_the_headline_part_is_not_a_match():
    title = "Camping at the lake (2) @ Steven's corner :: Blogland ::"
    assert strip_site_suffix(title, "Steven's corner").startswith("Camping at the lake (2)")


@pytest.mark.parametrize("title, site, expected", [
    # the blog's name and the platform after it go together
    ("Camping at the lake (2) @ Steven's corner :: Blogland ::", "Steven's corner", "Camping at the lake (2)"),
    ("Harbour lights at dusk | Nell's notebook | Blogland", "Nell's notebook", "Harbour lights at dusk"),
    # the site's name inside the headline part itself stays
    ("Daily Planet wins a press award | Daily Planet | Arts", "Daily Planet", "Daily Planet wins a press award"),
])
def test_site_part_in_the_middle_takes_what_follows(title, site, expected):
    assert strip_site_suffix(title, site) == expected


def test_title_equal_to_site_name_is_kept():
    assert strip_site_suffix("Daily Planet - Latest News & Headlines", "Daily Planet - Latest News & Headlines") == \
        "Daily Planet - Latest News & Headlines"


@pytest.mark.parametrize("title", [
    "Talks with Kyiv to resume next week - Kremlin",
    "Leaders to meet in Geneva in June - White House",
])
def test_attribution_after_hyphen_is_kept_without_site_name(title):
    assert strip_site_suffix(title, None) == title


@pytest.mark.parametrize("text", [
    "Harbour pilot Ana Reyes at the quay. Photograph: Tom Vale for the Coast Herald",
    "The mayor greets volunteers at the flood barrier (Lena Ortiz/Valley Press/Picture Desk)",
    "O prefeito recebe voluntários na barreira contra cheias - Rui Prado/Agência Sul",
    "Photo: the new ferry leaves the harbour on its first crossing",
])
def test_picture_captions_are_not_headlines(text):
    assert looks_like_headline(text) < 0.5


@pytest.mark.parametrize("text", [
    "...or, why the ferry never runs on time",
    "More from the flood coverage ›",
])
def test_continuations_and_more_links_are_not_headlines(text):
    assert looks_like_headline(text) < 0.5


def test_headline_with_a_slash_is_kept():
    assert looks_like_headline("Harbour reopens after storm: what it means for ferry/bus links") > 0.5


@pytest.mark.parametrize("text", [
    "Home > Science > Space > Article",
    "首页 > 科技频道 > 探索者 > 正文",
])
def test_breadcrumb_trails_are_not_headlines(text):
    assert looks_like_headline(text) < 0.5


def test_cjk_headline_without_spaces_counts_its_words():
    assert looks_like_headline("宇航员在太空中喝酒会怎么样？后果很严重") > 0.5


def test_an_agency_credit_line_is_not_a_headline():
    from newsclean.metadata.titles import looks_like_headline
    assert looks_like_headline("The Associated Press") < 0.1
    assert looks_like_headline("Harbour ferry fares rise again") >= 0.5


def test_a_dated_post_line_credited_to_a_placeholder_is_not_a_headline():
    from newsclean.metadata.titles import looks_like_headline
    assert looks_like_headline("Posted on March 30, 2015 by Admin") < 0.5


@pytest.mark.parametrize("title, site, expected", [
    ("Ferry crews vote to strike｜Harbour Daily", "Harbour Daily", "Ferry crews vote to strike"),
    ("항구 노동자들 파업 결의ㅣ바다일보", "바다일보", "항구 노동자들 파업 결의"),
    ("항구 노동자들 파업 결의 ㅣ 바다일보", "바다일보", "항구 노동자들 파업 결의"),
])
def test_wide_and_hangul_bars_separate_the_site(title, site, expected):
    assert strip_site_suffix(title, site) == expected


@pytest.mark.parametrize("text, expected", [
    ("R&uuml;ckbau der K&uuml;hlt&uuml;rme beginnt", "Rückbau der Kühltürme beginnt"),
    ("Mayor&#8217;s plan &#x2013; a first look", "Mayor’s plan – a first look"),
    ("Harbour &amp;amp; rail", "Harbour & rail"),
    ("Q&A: AT&T and the B&B owners", "Q&A: AT&T and the B&B owners"),
    ("Fish &chips tonight", "Fish &chips tonight"),
])
def test_character_references_in_titles_are_decoded(text, expected):
    from newsclean.metadata.titles import decode_entities
    assert decode_entities(text) == expected


def test_share_bars_and_player_buttons_score_low():
    from newsclean.metadata.titles import looks_like_headline
    assert looks_like_headline("Facebook X LinkedIn Tumblr Pinterest WhatsApp Share via Email Print") < 0.5
    assert looks_like_headline("Jetzt in der App anhören") < 0.5
    assert looks_like_headline("5 Bilder - Fotostrecke öffnen") < 0.5
    assert looks_like_headline("By Bay Courier with Agencies") < 0.5
    assert looks_like_headline("Facebook and Twitter fined by regulators over privacy") >= 0.5


@pytest.mark.parametrize(
    ("title", "sections", "expected"),
    [
        ("Storm closes schools - Politics", ["Politics"], "Storm closes schools"),
        ("Storm closes schools – sport", ["Sport"], "Storm closes schools"),
        ("Storm closes schools_Sports", ["Sports"], "Storm closes schools"),
        ("폭우로 학교 문 닫아-사회", ["사회"], "폭우로 학교 문 닫아"),
        ("Storm closes schools｜社会", ["社会"], "Storm closes schools"),
        # a colon opens a subtitle, not a section
        ("Storm closes schools: Politics", ["Politics"], "Storm closes schools: Politics"),
        # part of a word, the whole title, a long "section", no separator: kept
        ("Students join the anti-war", ["War"], "Students join the anti-war"),
        ("Politics", ["Politics"], "Politics"),
        ("Storm - A very long section name that reads as text", ["A very long section name that reads as text"],
         "Storm - A very long section name that reads as text"),
        ("Storm closes schools in Politics", ["Politics"], "Storm closes schools in Politics"),
        ("Storm closes schools - Politics", [], "Storm closes schools - Politics"),
    ],
)
def test_strip_section_suffix(title, sections, expected):
    assert titles.strip_section_suffix(title, sections) == expected


@pytest.mark.parametrize("title, site, expected", [
    # a colon, spaced or full-width, before the site's own name
    ("서울 폭우로 하천 범람 : 한강일보", "한강일보", "서울 폭우로 하천 범람"),
    ("大雨で川が氾濫、住民が避難：東京新報", "東京新報", "大雨で川が氾濫、住民が避難"),
    ("Le tramway rouvrira en mars : Courrier du Port", "Courrier du Port", "Le tramway rouvrira en mars"),
    # a subtitle's colon is the headline's own
    ("Réforme du port : le conseil vote mardi", "Courrier du Port", "Réforme du port : le conseil vote mardi"),
    # a backward trail of the story's sections ("< Society < Article body") after the headline
    ("서울 폭우로 하천 범람 < 사회 < 기사본문 - 한강일보", "한강일보", "서울 폭우로 하천 범람"),
    ("Storm closes schools < Local < Article", None, "Storm closes schools"),
    # one "<" inside a headline is its own
    ("Why 3 < 5 matters to pupils", None, "Why 3 < 5 matters to pupils"),
])
def test_site_names_after_a_colon_and_backward_trails_are_stripped(title, site, expected):
    assert strip_site_suffix(title, site) == expected

"""Declared page metadata: JSON-LD, meta tags, <title>, <h1>, <time>."""

from datetime import date, datetime, timedelta, timezone

import lxml.html
import pytest

from newsclean.metadata.html import PageMeta, read_page_metadata


def page(head: str, body: str = "<p>Some text.</p>") -> PageMeta:
    return read_page_metadata(lxml.html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>"))


def _meta(html: str) -> PageMeta:
    return read_page_metadata(lxml.html.fromstring(html))


def test_jsonld_people_are_authors_and_organisations_are_not():
    m = page("""<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
      "headline": "Storm closes schools", "datePublished": "2022-01-07T15:04:00-05:00",
      "dateModified": "2022-01-08T09:00:00-05:00",
      "author": [{"@type": "Person", "name": "ANN LEE"}, {"@type": "Person", "name": "Bo Chen"},
                 {"@type": "Organization", "name": "Daily Planet Staff"}],
      "publisher": {"@type": "Organization", "name": "Daily Planet"}}</script>""")
    assert m.authors == ["Ann Lee", "Bo Chen"]
    assert m.organisations == ["Daily Planet Staff"]
    assert m.authors_source == "json-ld"
    assert m.published == datetime(2022, 1, 7, 15, 4, tzinfo=timezone(timedelta(hours=-5)))
    assert m.published_source == "json-ld"
    assert m.modified == datetime(2022, 1, 8, 9, 0, tzinfo=timezone(timedelta(hours=-5)))
    assert m.title == "Storm closes schools"
    assert m.site_name == "Daily Planet"


def test_jsonld_graph_is_searched():
    m = page("""<script type="application/ld+json">{"@graph": [
      {"@type": "WebSite", "name": "Daily Planet"},
      {"@type": ["NewsArticle"], "headline": "Bridge reopens", "author": {"@type": "Person", "name": "Cy Dart"},
       "datePublished": "2023-05-02"}]}</script>""")
    assert m.authors == ["Cy Dart"]
    assert m.published == date(2023, 5, 2)


def test_broken_jsonld_is_ignored():
    m = page(
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
        '<meta name="author" content="Dee Engel">'
    )
    assert m.authors == ["Dee Engel"]
    assert m.authors_source == "meta:author"


def test_meta_author_urls_and_handles_are_skipped():
    m = page(
        '<meta property="article:author" content="https://www.facebook.com/dailyplanet">'
        '<meta name="twitter:creator" content="@annlee"><meta name="author" content="Ann Lee">'
    )
    assert m.authors == ["Ann Lee"]


def test_dc_creators_inverted():
    m = page('<meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">')
    assert m.authors == ["F. Kooman", "Michiel de Jong"]


@pytest.mark.parametrize(
    "head, body, expected",
    [
        # og:title and the h1 agree: the h1's wording
        (
            '<meta property="og:title" content="Storm closes schools"><title>Storm closes schools | Daily Planet</title>',
            "<h1>Storm Closes Schools</h1>",
            "Storm Closes Schools",
        ),
        # og:title is a social variant; <title> agrees with the visible h1
        (
            '<meta property="og:title" content="You will not believe this storm">'
            '<title>Storm closes schools | Daily Planet</title><meta property="og:site_name" content="Daily Planet">',
            "<h1>Storm closes schools</h1>",
            "Storm closes schools",
        ),
        # only <title>: the site suffix goes
        (
            '<title>Storm closes schools | Daily Planet</title><meta property="og:site_name" content="Daily Planet">',
            "<p>x</p>",
            "Storm closes schools",
        ),
        # only <title> starting with the h1
        (
            "<title>On recent events in the club - Ann Lee (ann)</title>",
            "<h1>On recent events in the club</h1>",
            "On recent events in the club",
        ),
        # no declared title: the h1, without a permalink mark
        ("", "<h1>Storm closes schools¶</h1>", "Storm closes schools"),
    ],
)
def test_title_choice(head, body, expected):
    assert page(head, body).title == expected


def test_published_from_meta_and_time_element():
    m = page('<meta property="article:published_time" content="2024-03-04T17:45:00+00:00">')
    assert m.published == datetime(2024, 3, 4, 17, 45, tzinfo=timezone.utc)
    assert m.published_source == "meta:article:published_time"
    m = page("", '<p>By Ann Lee · <time datetime="2024-02-28T09:15:00+00:00">28 February 2024</time></p>')
    assert m.published == datetime(2024, 2, 28, 9, 15, tzinfo=timezone.utc)
    assert m.published_source == "html:time"


def test_empty_page():
    assert read_page_metadata(None) == PageMeta()
    m = page("")
    assert m.title is None and m.authors == [] and m.published is None


def test_hostile_pages_are_read_fast():
    import time

    for unit in ("<h1>a</h1>", '<meta name="author" content="A B">', "<title>a | b</title>", "x "):
        html = (
            '<html><head><script type="application/ld+json">'
            + "[" * 5000
            + "</script></head><body>"
            + unit * 20000
            + "</body></html>"
        )
        start = time.perf_counter()
        read_page_metadata(lxml.html.fromstring(html))
        assert time.perf_counter() - start < 2.0


def test_jsonld_wrapped_in_cdata_is_read():
    m = _meta(
        '<html><head><script type="application/ld+json">\n<![CDATA[\n{"@type": "NewsArticle",'
        ' "headline": "Ferry timetable changes", "author": [{"@type": "Person", "name": "Rui Prado "}],'
        ' "datePublished": "2021-05-04T10:00:00Z"}\n]]>\n</script></head><body><p>x</p></body></html>'
    )
    assert m.authors == ["Rui Prado"]
    assert m.published.date() == date(2021, 5, 4)


def test_visible_byline_element_gives_authors_without_declared_ones():
    m = _meta(
        "<html><body><h1>Ferry timetable changes</h1>"
        '<span class="pb-byline">By Lena Ortiz</span>'
        '<span class="author-follow">Follow @lenaortiz</span><p>Story.</p>'
        '<aside class="related"><span class="byline">By Tom Vale</span></aside></body></html>'
    )
    assert m.authors == ["Lena Ortiz"]
    assert m.authors_source == "html:byline"


def test_teaser_byline_element_is_not_the_story_author():
    m = _meta(
        "<html><body><h1>Ferry timetable changes</h1><p>Story.</p>"
        '<ul><li><a href="/x">Other story</a><span class="byline">By Tom Vale</span></li></ul></body></html>'
    )
    assert m.authors == []


def test_jsonld_name_agreeing_with_h1_beats_a_description_headline():
    m = _meta(
        '<html><head><title>Hermit crab - Shore Wiki</title><script type="application/ld+json">'
        '{"@type": "Article", "name": "Hermit crab", "headline": "crustacean that lives in a borrowed shell"}'
        "</script></head><body><h1>Hermit crab</h1><p>x</p></body></html>"
    )
    assert m.title == "Hermit crab"


def test_dublin_core_title_preferred_when_no_heading_agrees():
    m = _meta(
        '<html><head><title>Page</title><meta property="og:title" content="Social title"/>'
        '<meta property="dc:title" content="Catalogue title"/></head><body><h1>Other words</h1></body></html>'
    )
    assert m.title == "Catalogue title"


def test_jsonld_headline_preferred_over_og_title_when_no_heading_agrees():
    m = _meta(
        '<html><head><meta property="og:title" content="Short social line"/>'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "The full headline of the story"}'
        "</script></head><body><p>x</p></body></html>"
    )
    assert m.title == "The full headline of the story"


def test_name_element_inside_a_byline_box_is_preferred():
    m = _meta(
        "<html><body><h1>Ferry timetable changes</h1>"
        '<div class="authorinfo">Harbour Desk <span class="author-name">Lena Ortiz</span> 2 days ago</div>'
        '<div class="article-byline">By <a class="h-card author" href="/lena">Lena Ortiz</a>'
        '<span class="p-author">Bay Courier transport reporter</span></div><p>Story.</p></body></html>'
    )
    assert m.authors == ["Lena Ortiz"]


def test_collective_organisation_author_when_no_person_is_named():
    # the organisation declared as author is neither the publisher nor an agency: it wrote the page
    m = _meta(
        '<html><head><script type="application/ld+json">{"@type": "Article", "name": "Hermit crab",'
        ' "author": {"@type": "Organization", "name": "Contributors to Shore Wiki"},'
        ' "publisher": {"@type": "Organization", "name": "Shore Wiki Trust"}}</script></head>'
        "<body><h1>Hermit crab</h1><p>x</p></body></html>"
    )
    assert m.authors == ["Contributors to Shore Wiki"]
    assert m.authors_source == "json-ld:organization"


@pytest.mark.parametrize("author", ["Daily Planet", "The Daily Planet", "Reuters", "Agence France-Presse"])
def test_publisher_or_agency_declared_as_author_is_not_an_author(author):
    m = _meta(
        '<html><head><meta property="og:site_name" content="Daily Planet">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge reopens",'
        f' "author": {{"@type": "Organization", "name": "{author}"}},'
        ' "publisher": {"@type": "Organization", "name": "Daily Planet"}}</script></head>'
        "<body><h1>Bridge reopens</h1><p>x</p></body></html>"
    )
    assert m.authors == []
    assert m.organisations == [author]


def test_organisation_author_gives_way_to_a_person_in_a_meta_tag():
    m = _meta(
        '<html><head><meta name="author" content="Ann Lee"><script type="application/ld+json">'
        '{"@type": "Article", "headline": "Hermit crab",'
        ' "author": {"@type": "Organization", "name": "Contributors to Shore Wiki"}}</script></head>'
        "<body><p>x</p></body></html>"
    )
    assert m.authors == ["Ann Lee"]


def test_declared_pen_name_with_its_account_is_the_author():
    m = page(
        '<meta name="author" content="海邊的家_小藍 (xiaolan88)"><meta property="og:site_name" content="海邊的家_小藍">'
    )
    assert m.authors == ["海邊的家_小藍"]


@pytest.mark.parametrize(
    "head, body, expected",
    [
        # og:title carries the author after the headline; the h1 is the headline alone
        (
            '<meta property="og:title" content="Ferry crews vote to strike over rota changes | Ann Lee">'
            '<meta property="og:site_name" content="Tidewater Ledger">',
            "<h1>Ferry crews vote to strike over rota changes</h1>",
            "Ferry crews vote to strike over rota changes",
        ),
        # a section and the site glued with underscores, CJK headline without spaces
        (
            "<title>渡轮船员投票决定罢工抗议排班 _本地新闻 _海港网</title>",
            "<h1>渡轮船员投票决定罢工抗议排班</h1>",
            "渡轮船员投票决定罢工抗议排班",
        ),
        # an h1 that is only the start of the headline's words (no separator after it) is not cut out
        (
            '<meta property="og:title" content="Ferry crews vote to strike over rota changes">',
            "<h1>Ferry crews vote</h1>",
            "Ferry crews vote to strike over rota changes",
        ),
    ],
)
def test_h1_before_a_separator_of_the_declared_title(head, body, expected):
    assert page(head, body).title == expected


def test_jsonld_headline_repeated_by_title_does_not_beat_the_visible_h1():
    # an SEO headline (JSON-LD and <title>) and the displayed one (h1, og:title): the displayed one
    m = page(
        "<title>Ferry strike: crews vote over rota changes - Tidewater Ledger</title>"
        '<meta property="og:site_name" content="Tidewater Ledger">'
        '<meta property="og:title" content="Ferry crews are done waiting">'
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "headline": "Ferry strike: crews vote over rota changes"}</script>',
        "<h1>Ferry crews are done waiting</h1><p>x</p>",
    )
    assert m.title == "Ferry crews are done waiting"


def test_dublin_core_creator_written_as_a_property():
    m = page('<meta property="dc:creator" content="Ann Lee">')
    assert m.authors == ["Ann Lee"]
    assert m.authors_source == "meta:dc:creator"


def _ld(author: str, extra: str = "") -> str:
    return (
        '<html><head><meta property="og:site_name" content="Daily Planet">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge reopens",'
        f' "author": {author}, "publisher": {{"@type": "Organization", "name": "Daily Planet"}}{extra}}}</script>'
        "</head><body><h1>Bridge reopens</h1><p>x</p></body></html>"
    )


def test_agency_in_a_jsonld_author_list_is_kept_apart_from_the_people():
    m = _meta(_ld('[{"@type": "Person", "name": "Nora Hale"}, {"@type": "Person", "name": "AP"}]'))
    assert m.authors == ["Nora Hale"]
    assert m.agencies == ["AP"]


def test_agency_credited_alone_as_a_string():
    m = _meta(_ld('"dpa  "'))
    assert m.authors == [] and m.agencies == ["dpa"]


def test_publisher_credited_as_author_is_the_publisher_credit():
    m = _meta(_ld('{"@type": "Organization", "name": "Daily Planet"}'))
    assert m.authors == [] and m.agencies == []
    assert m.publisher_credit == "Daily Planet"


def test_jsonld_agency_credit_wins_over_a_teaser_byline_element():
    html = _ld('[{"@type": "Organization", "name": "dpa"}]').replace(
        "<p>x</p>", '<p>x</p><div class="more"><div class="teaser-author">Von Otto Brenner</div></div>'
    )
    m = _meta(html)
    assert m.authors == [] and m.agencies == ["dpa"]


def test_site_brand_in_an_author_meta_tag_is_not_a_person():
    m = page(
        '<meta property="og:site_name" content="바다일보"><meta name="author" content="바다일보">'
        '<meta name="author" content="한서윤 기자">'
    )
    assert m.authors == ["한서윤"]
    assert m.publisher_credit == "바다일보"


def test_article_in_a_webpage_main_entity_is_read():
    m = page(
        '<script type="application/ld+json">{"@type": "WebPage", "mainEntity": {"@type": "NewsArticle",'
        ' "headline": "Bridge reopens", "author": [{"@type": "Person", "name": "Cy Dart"},'
        ' {"@type": "Person", "name": "Nora Hale"}]}}</script>'
    )
    assert m.authors == ["Cy Dart", "Nora Hale"]


def test_a_large_live_blog_jsonld_is_read_whole():
    posts = ",".join(
        '{"@type": "BlogPosting", "articleBody": "%s"}' % ("Update on the bridge. " * 40) for _ in range(700)
    )
    m = page(
        '<script type="application/ld+json">{"@type": "LiveBlogPosting", "headline": "Bridge live",'
        ' "datePublished": "2024-08-04T13:23:00Z", "author": {"@type": "Person", "name": "Cy Dart"},'
        f' "liveBlogUpdate": [{posts}]}}</script>'
    )
    assert m.authors == ["Cy Dart"]
    assert m.published == datetime(2024, 8, 4, 13, 23, tzinfo=timezone.utc)


def test_jsonld_headline_entities_are_decoded():
    m = _meta(
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle",'
        ' "headline": "R&uuml;ckbau beginnt am Hafen"}</script></head><body><p>x</p></body></html>'
    )
    assert m.title == "Rückbau beginnt am Hafen"


def test_publication_date_equal_to_the_modified_time_gives_way_to_an_earlier_one():
    m = page(
        '<meta property="article:published_time" content="2024-08-05T19:49:50Z">'
        '<meta property="article:modified_time" content="2024-08-05T19:49:50Z">'
        '<meta name="pubdate" content="2024-08-04T13:23:00Z">'
    )
    assert m.published == datetime(2024, 8, 4, 13, 23, tzinfo=timezone.utc)
    assert m.published_source == "meta:pubdate"


def test_publication_date_kept_when_no_earlier_one_is_declared():
    m = page(
        '<meta property="article:published_time" content="2024-08-05T19:49:50Z">'
        '<meta property="article:modified_time" content="2024-08-05T19:49:50Z">'
    )
    assert m.published == datetime(2024, 8, 5, 19, 49, 50, tzinfo=timezone.utc)


def test_every_declared_headline_is_listed_with_its_source():
    m = _meta(
        "<html><head><title>Harbour ferry fares rise from May | Tidewater Ledger</title>"
        '<meta property="og:site_name" content="Tidewater Ledger">'
        '<meta property="og:title" content="Ferry fares are going up &amp;amp; here is why">'
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "headline": "Harbour ferry fares rise from May"}</script></head>'
        "<body><h1>Harbour ferry fares rise from May</h1><p>x</p></body></html>"
    )
    assert m.title == "Harbour ferry fares rise from May"
    assert m.headlines == [
        ("h1", "Harbour ferry fares rise from May"),
        ("json-ld", "Harbour ferry fares rise from May"),
        ("og:title", "Ferry fares are going up & here is why"),
        ("title", "Harbour ferry fares rise from May"),
    ]


# --- declared authors against the page's other credits (issue 14 item 1)

_LD_ONE = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge reopens",'
    ' "author": {"@type": "Person", "name": "Ann Lee"}}</script>'
)


def test_coauthors_in_the_author_tags_join_a_jsonld_author_list_of_one():
    m = page(_LD_ONE + '<meta name="author" content="Ann Lee, Tom Okafor, Bo Kim and Eva Roth">')
    assert m.authors == ["Ann Lee", "Tom Okafor", "Bo Kim", "Eva Roth"]
    assert m.authors_source == "json-ld"


def test_coauthors_in_the_visible_byline_join_a_jsonld_author_list_of_one():
    byline = (
        '<h1>Bridge reopens</h1><div class="byline">By <a class="author">ANN LEE</a>, '
        '<a class="author">Tom Okafor</a> and <a class="author">Bo Kim</a></div><p>Text.</p>'
    )
    m = page(_LD_ONE, byline)
    assert m.authors == ["Ann Lee", "Tom Okafor", "Bo Kim"]  # the declared spelling kept


def test_another_list_that_leaves_out_the_declared_author_adds_nobody():
    m = page(_LD_ONE + '<meta name="author" content="Tom Okafor, Bo Kim">')
    assert m.authors == ["Ann Lee"]


def test_declared_author_shown_as_the_editor_gives_way_to_the_byline():
    body = (
        '<h1>Bridge reopens</h1><div class="info"><div class="author-2">Tom Okafor</div></div><p>Text.</p>'
        '<div class="info-author">Editor : <a class="author" href="/author/ann-lee">Ann Lee</a></div>'
    )
    m = page(_LD_ONE, body)
    assert m.authors == ["Tom Okafor"]
    assert m.authors_source == "html:byline"
    assert m.editors == ["Ann Lee"]


def test_declared_author_shown_as_author_and_not_editor_stays():
    body = '<h1>Bridge reopens</h1><div class="byline">Tom Okafor</div><p>Text.</p><p class="credits">By Ann Lee</p>'
    m = page(_LD_ONE, body)
    assert m.authors == ["Ann Lee"] and m.editors == []


def test_declared_editor_without_another_byline_stays_the_credit():
    body = '<h1>Bridge reopens</h1><p>Text.</p><div class="info-author">Editor: <a>Ann Lee</a></div>'
    m = page(_LD_ONE, body)
    assert m.authors == ["Ann Lee"] and m.editors == []


# --- a declared section glued to a title (issue 14 item 2)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # a bare hyphen glues the section, no <h1> to agree with
        (
            '<meta property="og:title" content="의회, 예산안 처리 또다시 미뤄져-정치">'
            '<meta name="content_category" content="정치">',
            "의회, 예산안 처리 또다시 미뤄져",
        ),
        (
            '<meta property="og:title" content="Council delays the budget vote again - Politics">'
            '<meta property="article:section" content="Politics">',
            "Council delays the budget vote again",
        ),
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council delays the vote | UK News",'
            ' "articleSection": ["UK News"]}</script>',
            "Council delays the vote",
        ),
        # a section that is the whole title, or a word of it, stays
        (
            '<meta property="og:title" content="Vote on e-Politics">'
            '<meta property="article:section" content="Politics">',
            "Vote on e-Politics",
        ),
        (
            '<meta property="og:title" content="Council delays the vote">'
            '<meta property="article:section" content="Council delays the vote">',
            "Council delays the vote",
        ),
    ],
)
def test_declared_section_glued_to_the_title_is_removed(head, expected):
    m = page(head)
    assert m.title == expected


def test_the_sites_brand_spelt_by_its_address_is_no_coauthor():
    head = _LD_ONE + '<link rel="canonical" href="https://www.planetscience.com/news/bridge">'
    m = page(head + '<meta name="author" content="Ann Lee, Planet Science">')
    assert m.authors == ["Ann Lee"]
    # without the address it is read as a co-author's name
    assert page(_LD_ONE + '<meta name="author" content="Ann Lee, Planet Science">').authors == [
        "Ann Lee",
        "Planet Science",
    ]


# --- dates the page shows without declaring them (issue 14 item 3)

_STORY = "<h1>Bridge reopens after repairs</h1><p>The bridge reopened on Monday.</p>"


def test_a_date_ending_the_title_is_the_shown_date():
    m = page("<title>Bridge reopens - Local News - Nov 6, 2012</title>", _STORY)
    assert m.published is None
    assert m.shown_date == date(2012, 11, 6) and m.shown_date_source == "title"


def test_a_title_without_a_date_part_gives_none():
    assert page("<title>Bridge reopens in 2012 - Local News</title>", _STORY).shown_date is None


def test_the_byline_elements_date_is_the_shown_date():
    body = _STORY.replace(
        "<p>", '<div id="byline"><p>by <a href="/a/ann">Ann Lee</a>, 19 October 2012 | Travel</p></div><p>', 1
    )
    m = page("<title>Bridge reopens</title>", body)
    assert m.shown_date == date(2012, 10, 19) and m.shown_date_source == "date_element"


def test_comment_teaser_and_update_dates_are_not_the_story_date():
    body = (
        _STORY + '<span class="updated-date">Updated March 3, 2013</span>'
        '<div class="related"><span class="date">March 1, 2013</span></div>'
        '<ol class="commentlist"><li><span class="date">March 2, 2013</span></li></ol>'
        '<div class="comment-meta"><span class="post-date">March 4, 2013</span></div>'
    )
    assert page("<title>Bridge reopens</title>", body).shown_date is None


def test_layout_classes_of_the_page_wrapper_do_not_hide_the_story_date():
    body = (
        '<div class="one-sidebar sidebar-first">'
        + _STORY
        + '<div class="submitted">Submitted by Ann Lee on October 26, 2012 - 12:10pm</div></div>'
    )
    m = page("<title>Bridge reopens</title>", body)
    assert m.shown_date == datetime(2012, 10, 26, 12, 10)


def test_a_declared_date_leaves_no_shown_date():
    m = page(
        '<meta property="article:published_time" content="2012-10-20"><title>Bridge - Oct 26, 2012</title>', _STORY
    )
    assert m.published == date(2012, 10, 20) and m.shown_date is None


def test_byline_boxes_side_by_side_are_read_apart():
    body = (
        '<h1>Bridge reopens</h1><div class="story-byline"><div class="byline-original">By ANN LEE, BO KIM and '
        'TOM OKAFOR</div><div class="byline-title">Associated Press</div></div><p>Text.</p>'
    )
    assert page("", body).authors == ["Ann Lee", "Bo Kim", "Tom Okafor"]


def test_a_byline_inside_a_page_wrapper_with_sidebar_classes_is_the_storys():
    body = (
        '<div class="page one-sidebar sidebar-first"><h1>Bridge reopens</h1>'
        '<div class="byline">By Ann Lee</div><p>Text.</p></div>'
        '<div class="sidebar"><div class="byline">By Bo Kim</div></div>'
    )
    assert page("", body).authors == ["Ann Lee"]


# --------------------------------------------------------------------------- a kicker glued before the headline


@pytest.mark.parametrize(
    "head, body, expected",
    [
        # an SEO <h1> and the JSON-LD print "Kicker: Headline"; og:title is the headline alone
        (
            '<meta property="og:title" content="Mayor calls for a second vote on the ferry pier">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
            '"Harbour board in crisis: Mayor calls for a second vote on the ferry pier"}</script>',
            "<h1>Harbour board in crisis: Mayor calls for a second vote on the ferry pier</h1>",
            "Mayor calls for a second vote on the ferry pier",
        ),
        # a dash after the kicker, the headline alone in twitter:title
        (
            '<meta name="twitter:title" content="Tram line to reopen in March">'
            "<title>Storm damage – Tram line to reopen in March | Saltmere Courier</title>",
            "<h1>Storm damage – Tram line to reopen in March</h1>",
            "Tram line to reopen in March",
        ),
    ],
)
def test_a_kicker_a_declared_title_leaves_out_is_dropped(head, body, expected):
    assert page(head, body).title == expected


def _ld_headline(headline: str) -> str:
    return f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{headline}"}}</script>'


_QUOTED = "'Ends the debate': economists weigh in on the jobs report"
_LONG = "After a winter of storms, closures and two failed votes on the pier: The mayor resigns"


@pytest.mark.parametrize(
    "head, body, expected",
    [
        # only the <title> is shorter: an SEO variant, not a witness that the opening is a kicker
        (
            _ld_headline(_QUOTED) + "<title>Economists weigh in on the jobs report | Saltmere Courier</title>",
            f"<h1>{_QUOTED}</h1>",
            _QUOTED,
        ),
        # the sentence goes on after the colon (a small letter): a quote, not a kicker
        (
            _ld_headline(_QUOTED) + '<meta property="og:title" content="economists weigh in on the jobs report">',
            f"<h1>{_QUOTED}</h1>",
            _QUOTED,
        ),
        # a long opening is the headline's own first clause
        (_ld_headline(_LONG) + '<meta property="og:title" content="The mayor resigns">', f"<h1>{_LONG}</h1>", _LONG),
    ],
)
def test_a_headline_opening_that_is_no_kicker_stays(head, body, expected):
    assert page(head, body).title == expected


# --------------------------------------------------------------------------- a kicker shown apart from the <h1>


_KICKER_LD = _ld_headline("Storm damage - Tram line to reopen in March")


@pytest.mark.parametrize(
    "head, expected",
    [
        # the kicker sits over the <h1>; og:title and <title> glue it with a colon, the JSON-LD
        # with a dash: the page's own majority form
        (
            _KICKER_LD
            + '<meta property="og:title" content="Storm damage: Tram line to reopen in March">'
            + "<title>Storm damage: Tram line to reopen in March | Saltmere Courier</title>",
            "Storm damage: Tram line to reopen in March",
        ),
        # every declared title agrees: that form
        (
            _KICKER_LD + "<title>Storm damage - Tram line to reopen in March | Saltmere Courier</title>",
            "Storm damage - Tram line to reopen in March",
        ),
        # one voice against one: the first declared title stands
        (
            _KICKER_LD + '<meta property="og:title" content="Storm damage: Tram line to reopen in March">',
            "Storm damage - Tram line to reopen in March",
        ),
    ],
)
def test_a_kicker_over_the_h1_is_joined_as_most_declared_titles_join_it(head, expected):
    body = '<div class="kicker">Storm damage</div><h1>Tram line to reopen in March</h1>'
    assert page(head, body).title == expected


def test_declared_titles_with_different_kickers_keep_the_first():
    head = (
        _ld_headline("Storm damage - Tram line to reopen in March")
        + '<meta property="og:title" content="Transport: Tram line to reopen in March">'
        + "<title>Transport: Tram line to reopen in March | Saltmere Courier</title>"
    )
    body = "<h1>Tram line to reopen in March</h1>"
    assert page(head, body).title == "Storm damage - Tram line to reopen in March"


# --------------------------------------------------------------------------- a kicker's element glued to the headline's


@pytest.mark.parametrize(
    "h1",
    [
        '<h1><span class="kicker">Storm damage</span>Tram line to reopen in March</h1>',
        '<h1><span class="kicker">Storm damage</span><span class="headline">Tram line to reopen in March</span></h1>',
        "<h1>Storm damage<br>Tram line to reopen in March</h1>",
    ],
)
def test_a_kicker_glued_to_the_headline_by_markup_is_read_apart(h1):
    # alone, the heading reads with a space where the browser shows the parts apart
    assert page("", h1).title == "Storm damage Tram line to reopen in March"
    # with a declared title of the same words, its joint ("Kicker: Headline") is taken
    ld = _ld_headline("Storm damage: Tram line to reopen in March")
    assert page(ld, h1).title == "Storm damage: Tram line to reopen in March"


def test_inline_markup_inside_a_headline_is_not_read_apart():
    h1 = "<h1>Mayor <em>resigns</em> after <a href='/pier'>pier</a> vote</h1>"
    assert page("", h1).title == "Mayor resigns after pier vote"
    # a small letter after an element's edge goes on the same word
    assert page("", "<h1>Ferry <b>pier</b>s rebuilt</h1>").title == "Ferry piers rebuilt"


def test_byline_elements_come_in_page_order_whatever_attribute_names_them():
    from lxml import html as lxml_html

    from newsclean.metadata.html_byline import _byline_elements

    root = lxml_html.fromstring(
        "<html><body><header><p class='site'>The Ledger</p></header><article><h1>Bridge reopens</h1>"
        "<div ID='x' class='Byline'>By Ann Lee</div><span itemprop='author'>Bo Chen</span>"
        "<p rel='author'>Cy Dunn</p><p class='body'>The bridge reopened on Monday after repairs.</p>"
        "</article></body></html>"
    )
    assert [text for _, text in _byline_elements(root)] == ["By Ann Lee", "Bo Chen", "Cy Dunn"]

"""Dates a page prints without declaring them (issue 14, item 3: where a date finder that
guesses finds one and newsclean finds none). Invented pages; each date is the story's own,
printed in its head."""

from datetime import date, datetime

import lxml.html
import pytest

import newsclean
from newsclean.metadata import dates
from newsclean.metadata.html import read_page_metadata

_STORY = "".join(
    f"<p>Paragraph {i}: the new tablet ships with a larger screen and a slower charger than "
    "last year's model, and the maker says the battery lasts a full day of reading.</p>"
    for i in range(6)
)


@pytest.mark.parametrize(
    "line",
    [
        "comments (0) October 25th, 2012",
        "May 3, 2019 · No Comments",
        "May 3, 2019 · 12 comments",
        "Posted on September 30th, 2008 in Gadgets |",
        "Posted on September 30th, 2008 under Tablets",
    ],
)
def test_a_date_line_with_its_comment_counter_or_section(line):
    assert dates.looks_like_date_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The shop opened on Jan. 7, 2022 in Ohio.",
        "Posted in Gadgets",
        "12 comments",
    ],
)
def test_sentences_and_lines_without_a_date_stay_apart(line):
    assert not dates.looks_like_date_line(line)


def test_the_date_beside_the_name_in_the_byline_row():
    html = f"""<html><head><title>Tablet review</title></head><body>
    <div class="post"><h1 class="title">Tablet review</h1>
    <div id="stats"><span class="left"><a href="/author/ann" rel="author">Ann Lee</a> on August 9, 2012
    &#150; 7:37 pm</span><span class="right"><a href="#respond">No Comment</a></span></div>
    {_STORY}</div></body></html>"""
    a = newsclean.extract(html)
    assert a.published == datetime(2012, 8, 9, 19, 37)
    assert a.authors == ["Ann Lee"]


def test_a_byline_row_without_a_date_gives_none():
    html = f"""<html><head><title>Tablet review</title></head><body>
    <div class="post"><h1>Tablet review</h1>
    <div class="meta"><a href="/author/ann" rel="author">Ann Lee</a> in Reviews</div>
    {_STORY}</div></body></html>"""
    assert newsclean.extract(html).published is None


def test_a_posted_heading_over_the_story_dates_it():
    html = f"""<html><head><title>Tablet review</title></head><body>
    <div class="post"><div class="post-title"><h2><a href="/tablet-review">Tablet review</a></h2>
    <h3>Posted on September 30th, 2008 in <a href="/topics/tablets" rel="category tag">Tablets</a> | </h3></div>
    {_STORY}</div></body></html>"""
    assert newsclean.extract(html).published == date(2008, 9, 30)


def test_a_comment_counter_before_the_date():
    html = f"""<html><head><title>Sewing contest winner</title></head><body>
    <h1 class="post-title">Sewing contest winner</h1>
    <span class="post-details"><a href="#comments" class="comments-link">comments (0)</a> October 25th, 2012</span>
    {_STORY}</body></html>"""
    assert newsclean.extract(html).published == date(2012, 10, 25)


def _shown(body: str):
    m = read_page_metadata(lxml.html.fromstring(f"<html><head><title>Tablet review</title></head><body>{body}</body></html>"))
    return m.shown_date, m.shown_date_source


def test_a_date_class_written_in_camel_case():
    body = f"""<table><tr><td class="newsNav">Post a comment</td></tr>
    <tr><td class="newsDate"><table><tr><td><strong>November 12, 2012</strong></td></tr></table></td></tr>
    <tr><td class="featureText">{_STORY}</td></tr></table>"""
    assert _shown(body) == (date(2012, 11, 12), "date_element")


def test_a_blog_platforms_widget_around_the_posts_is_no_teaser_box():
    body = f"""<div class="main section"><div class="widget Blog"><div class="post">
    <h2 class="date-header">Posted by Ann Lee - Friday, October 26, 2012 at 5:15:00 PM</h2>
    <h3 class="post-title">Tablet review</h3>{_STORY}</div></div></div>"""
    assert _shown(body) == (datetime(2012, 10, 26, 17, 15), "date_element")


def test_a_sidebar_widgets_date_stays_out():
    body = f"""<div class="post"><h1>Tablet review</h1>{_STORY}</div>
    <div class="sidebar"><div class="widget"><span class="date">March 1, 2013</span></div></div>"""
    assert _shown(body) == (None, None)


def test_the_date_under_the_headline_in_the_posts_header():
    body = f"""<div class="post"><div class="post-header"><div class="post-header-left"><h2>Summertime</h2></div>
    <div class="post-header-right"><p class="firstline">Posted
        July 26th, 2011</p><p class="secondline">Photos by <a href="/author/ann">Ann</a> in</p></div></div>
    {_STORY}</div>"""
    assert _shown(body) == (date(2011, 7, 26), "date_element")


def test_a_date_badge_with_its_parts_in_boxes_of_their_own():
    body = f"""<div class="main-content"><div class="post-date"><div class="post-month">Sep</div><div
    class="post-day">25</div><div class="post-year">2012</div></div><h1>Tablet review</h1>{_STORY}</div>"""
    assert _shown(body) == (date(2012, 9, 25), "date_element")


def test_a_date_line_opened_by_a_publication_cue():
    body = f"""<div class="entrie"><table class="rounded_links"><tr><td><a href="/tablet-review" class="left">POSTED
    ON November 7th, 2012</a></td><td><a href="#comments">99 COMMENTS</a></td></tr></table>
    <h1>Tablet review</h1>{_STORY}</div>"""
    assert _shown(body) == (date(2012, 11, 7), "date_line")
    a = newsclean.extract(f"<html><head><title>Tablet review</title></head><body>{body}</body></html>")
    assert a.published == date(2012, 11, 7) and a.date_source == "html.date_line"


@pytest.mark.parametrize(
    "line",
    [
        # an update is not the publication
        '<p class="note">Updated on November 9th, 2012</p>',
        # a teaser's line in a list of other stories
        '<ul><li><a href="/other">Phone review</a> <span>Posted on November 5th, 2012</span></li></ul>',
        # a cue in a sentence of the story, not a date line
        "<p>Posted on November 7th, 2012 was a video that drew a million views within a day of going up.</p>",
    ],
)
def test_cued_lines_that_do_not_date_the_story(line):
    assert _shown(f"<div><h1>Tablet review</h1>{line}{_STORY}</div>") == (None, None)

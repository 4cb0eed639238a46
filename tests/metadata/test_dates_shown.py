"""Dates a page prints without declaring them (issue 14, item 3: where a date finder that
guesses finds one and newsclean finds none). Invented pages; each date is the story's own,
printed in its head."""

from datetime import date, datetime

import pytest

import newsclean
from newsclean.metadata import dates

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

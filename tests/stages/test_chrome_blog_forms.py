"""Chrome of older blog templates that a short post can lose its place to (issue 13, dragnet):
the comment form's notes ("You may use these HTML tags and attributes: ...") and picture check,
and a photo blog's licence notice. Every line here is invented."""

import pytest

import newsclean
from newsclean.document import Label


@pytest.mark.parametrize(
    "line, rule",
    [
        (
            'You may use these HTML tags and attributes: <a href="" title=""> <b> <em> <i> <q cite=""> <strong>',
            "chrome.comment_section",
        ),
        ('XHTML: You can use these tags: <a href="" title=""> <code> <em>', "chrome.comment_section"),
        ("The letters and numbers you entered did not match the image. Please try again.", "chrome.comment_section"),
        (
            "As a final step before posting your comment, enter the letters and numbers you see in the image "
            "below. This prevents automated programs from posting comments.",
            "chrome.comment_section",
        ),
        (
            "All photos are licensed under a Creative Commons Attribution-NonCommercial 3.0 Unported license.",
            "chrome.line_shape",
        ),
        ("Our images on this blog are licensed under a CREATIVE COMMONS license.", "chrome.line_shape"),
    ],
)
def test_blog_form_and_licence_lines(judged, line, rule):
    assert judged(line)[1] == rule


@pytest.mark.parametrize(
    "line",
    [
        "You may use these tools to plan a walk along the harbour wall.",
        "You can use these tags to find older posts about the harbour, the council said.",
        "The letters and numbers on the hull did not match the registration, the coastguard said.",
        "All photos were licensed to the council for the exhibition, the photographer said.",
        "This article is licensed under a Creative Commons licence.",
    ],
)
def test_story_lines_with_their_words_stay(judged, line):
    assert judged(line)[0] == Label.UNDECIDED


_POST = """Tidewater Notes
Home
About
Harbour lights
October 22, 2012
Wow. Just wow.
Leave a Reply
Your email address will not be published. Required fields are marked *
Name *
Email *
You may use these HTML tags and attributes: <a href="" title=""> <abbr title=""> <b> <blockquote cite=""> <em> <i> <q cite=""> <strong>
"""


def test_a_two_word_post_does_not_give_its_place_to_the_comment_form():
    # no sentence of the comment form's notes is the post's body
    article = newsclean.extract(_POST, kind="text")
    assert "HTML tags" not in article.body


@pytest.mark.parametrize(
    "line",
    [
        "Liked this post?",
        "If you enjoyed this post, then make sure you subscribe to our RSS Feed.",
        "If you liked this article, please sign up for our newsletter below.",
        "Get more by subscribing to the RSS feed.",
        "Get the blog's updates by email:",
    ],
)
def test_a_posts_closing_offers_to_subscribe(judged, line):
    assert judged(line)[1] == "chrome.line_shape"


@pytest.mark.parametrize(
    "line",
    [
        "If you enjoyed this story, you will love the sequel about the lighthouse.",
        "Enjoy this post? It took the whole winter to write.",
        "Get more by walking along the harbour wall every morning.",
    ],
)
def test_story_lines_about_liking_stay(judged, line):
    assert judged(line)[0] == Label.UNDECIDED

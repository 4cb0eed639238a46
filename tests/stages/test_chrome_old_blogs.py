"""Chrome under the posts of older blog and portal templates (issue 13, dragnet): the comment
heading with its count in words, a comment's dated attribution, the portal's "ALSO ON <SITE>:"
box, social bookmarking buttons one per line and the offer above them, the post's filing line
and the author box's link to the author's other posts. Every line here is invented."""

import pytest

import newsclean
from newsclean.document import Label


@pytest.mark.parametrize(
    "line, rule",
    [
        # the comment section's heading, its count spelled out, and a comment's dated attribution
        ("One thought on “Harbour walls and winter storms”", "chrome.comment_section"),
        ("Two responses to “Ferry fares rise again”", "chrome.comment_section"),
        ('Three Comments on "Harbour walls"', "chrome.comment_section"),
        ("Ann Lee on October 14, 2012 at 6:12 pm said:", "chrome.comment_section"),
        ("harbourwatcher on 3 May 2011 at 09:41 said:", "chrome.comment_section"),
        # a portal's teaser box under the story
        ("ALSO ON TIDEWATER:", "chrome.section_header"),
        ("Related on Ledger Weekly", "chrome.section_header"),
        # social bookmarking buttons, one per line, and the offer above them
        ("Tweet This", "chrome.line_shape"),
        ("Stumble It!", "chrome.line_shape"),
        ("Bump It", "chrome.line_shape"),
        ("Bookmark on Delicious", "chrome.line_shape"),
        ("If you liked this article, please help spread the news on the following sites:", "chrome.line_shape"),
        ("If you enjoyed this post, please share it with your friends.", "chrome.line_shape"),
        # the post's filing line and the author box's link
        (
            "This entry was posted in Harbours, Ferries and tagged tides, winter by Ann Lee. Bookmark the permalink.",
            "chrome.line_shape",
        ),
        (
            "This entry was posted on Monday, October 22nd, 2012 at 9:22 am and is filed under Harbours.",
            "chrome.line_shape",
        ),
        ("View all posts by Ann Lee →", "chrome.line_shape"),
        ("More posts by Ann Lee", "chrome.line_shape"),
        # a portal's utility row and comment box under the story
        ("Report Corrections", "chrome.line_shape"),
        ("Reprints & Permissions", "chrome.line_shape"),
        ("Post Your Comment", "chrome.comment_section"),
        ("Please log in or sign up to comment.", "chrome.comment_widget"),
        # a blog's credit line, a syndicated teaser's source link, a guest post's author box
        ("Harbour Notes is powered by Blogger. Start your own blog.", "chrome.line_shape"),
        ("» Read more at Harbour Weekly", "chrome.line_shape"),
        ("This post was written by", "chrome.line_shape"),
        (
            "This post was written by Ann Lee. You can visit the author archive for a short bio and more posts.",
            "chrome.line_shape",
        ),
        # a follow button set into the story
        ("Follow @harbourdesk", "chrome.line_shape"),
        ("Follow @annlee on Twitter", "chrome.line_shape"),
    ],
)
def test_old_blog_chrome_lines(judged, line, rule):
    assert judged(line)[1] == rule


@pytest.mark.parametrize(
    "line",
    [
        # story lines with the same words
        "One thought on the harbour kept the council awake: the wall would not hold another winter.",
        "Two responses to the storm came from the council within a day.",
        "Ann Lee said the ferry would run on Sundays again from May.",
        "The mayor said: the wall on the east quay will be rebuilt.",
        "Also on the agenda was the price of a season ticket.",
        "Tweet this and the council will hear you, the campaigners told the crowd.",
        "If you liked the old timetable, the new one will disappoint you, the operator admitted.",
        "This entry in the harbour log was posted on the notice board by the master.",
        "All posts by the coastguard were manned through the night.",
        "Follow @harbourdesk for updates, the council told residents on Monday.",
        "Report corrections to the harbour office, the notice said.",
        "The new lighthouse is powered by solar panels fitted last spring.",
        "The new lighthouse is powered by batteries.",
        "Read more at your own risk, the harbour master joked.",
        "Read more on the harbour master's report here.",
        "Read more at the council's website.",
        "Post your comments on the plans to the council before Friday, residents were told.",
    ],
)
def test_story_lines_with_their_words_stay(judged, line):
    assert judged(line)[0] == Label.UNDECIDED


_POST = """Tidewater Notes
Home
About
Harbour walls and winter storms
October 22, 2012
The east wall of the old harbour lost another row of stones in last week's storm, and the council has still not said who will pay to rebuild it.
Fishermen who moor behind the wall say the swell now reaches boats that were safe for forty years, and two of them have moved to the marina across the bay.
The harbour master told me the repairs would take a summer and cost more than the harbour earns in a decade, which is why nobody wants to start.
If you liked this article, please help spread the news on the following sites:
Tweet This
Stumble It
Bookmark on Delicious
This entry was posted in Harbours and tagged storms, walls by Ann Lee. Bookmark the permalink.
View all posts by Ann Lee →
One thought on “Harbour walls and winter storms”
Sam Reed on October 23, 2012 at 8:15 am said:
Thanks for writing this, the wall has been failing for years and nobody in the council seems to care about it at all.
Leave a Reply
"""


def test_an_old_blog_posts_footer_and_comments_stay_out_of_the_body():
    article = newsclean.extract(_POST, kind="text")
    assert article.body.startswith("The east wall of the old harbour")
    assert article.body.endswith("which is why nobody wants to start.")
    removed = {r.text: r.rule for r in article.removed}
    assert removed["Tweet This"] == "chrome.line_shape"
    assert removed["One thought on “Harbour walls and winter storms”"] == "chrome.comment_section"

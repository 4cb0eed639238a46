"""Text path: what the region holds above the page's headline is not the story.

The region search can start a few blocks above the post's headline, taking in the box
printed over it: the blog's tagline ("Thoughts, pictures and reviews about ..."), the
author's profile beside a column ("Ann Lee - Ann Lee is a senior editor ..."), a blog's
contact notice ("Got a question about this blog? Send us an email."). Once the head
metadata stage has found the headline inside the region, with the story under it, the
body blocks above it are chrome (``region.above_headline``). The author's box may also
open the region under its own heading ("About the author" / "Ann Lee is a science
writer ...", then the column's topic labels): the bio goes to ``author_bio`` and the
short lines under it are chrome (``bio.above_story``).
"""

from __future__ import annotations

from newsclean import rules
from newsclean.document import Block, Document, Label
from newsclean.settings import settings
from newsclean.stages.base import stage


@stage("above_headline", requires=["features.terminal", "features.words"], may_read=["found.region"])
def above_headline(doc: Document) -> None:
    """Drop the body blocks above the headline when the headline lies near the region's
    top (at most ``above_headline_max_blocks`` body blocks above it) and the story under
    it holds at least ``above_headline_story_words`` words and ``above_headline_story_ratio``
    times the words above (a story printed above a line taken for its headline stays)."""
    region = doc.found.get("region")
    if not region:
        return
    start, end = region
    blocks = doc.blocks
    _bio_over_story(blocks, start, end)
    title = next(
        (
            i
            for i in range(start, end + 1)
            if blocks[i].label == Label.TITLE and blocks[i].reason == "title.headline_line"
        ),
        None,
    )
    if title is None:
        return
    above = [b for b in blocks[start:title] if b.label == Label.BODY]
    if not above or len(above) > settings().above_headline_max_blocks:
        return
    below = sum(b.features["words"] for b in blocks[title + 1 : end + 1] if b.label == Label.BODY)
    words = sum(b.features["words"] for b in above)
    if below < settings().above_headline_story_words or below < settings().above_headline_story_ratio * words:
        return
    for b in above:
        b.mark(Label.CHROME, "region.above_headline")


def _bio_over_story(blocks: list[Block], start: int, end: int) -> None:
    """The region opens with the author's bio under its heading ("About the author"), then
    the column's short topic lines, then the story (at least ``above_headline_story_words``)."""
    bio = rules.combined("bio_patterns")
    if bio is None or start == 0 or blocks[start].label != Label.BODY:
        return
    heading = blocks[start - 1]
    if heading.features["words"] > settings().bio_heading_words or bio.search(heading.text) is None:
        return
    if not blocks[start].features["terminal"]:
        return
    k = start + 1
    # (past the bio: the chrome and the short topic lines over the story)
    while k <= end and (blocks[k].label != Label.BODY or _topic_line(blocks[k])):
        k += 1
    story = sum(b.features["words"] for b in blocks[k : end + 1] if b.label == Label.BODY)
    if story < settings().above_headline_story_words:
        return
    blocks[start].mark(Label.AUTHOR_BIO, "bio.above_story")
    for b in blocks[start + 1 : k]:
        if b.label == Label.BODY:
            b.mark(Label.CHROME, "bio.above_story")


def _topic_line(b: Block) -> bool:
    return not b.features["terminal"] and b.features["words"] <= settings().bio_lead_in_words

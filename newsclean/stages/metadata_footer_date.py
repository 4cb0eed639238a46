"""The post's date in its footer, when nothing over the story dates it: blogs print the date
with the post's fields in a line right under the post ("October 1st, 2012 | Tags: travel,
food | Category: Uncategorized | 14 comments") or in a sentence of the footer ("This was
written by Ann Lee. Posted on Sunday, September 16, 2012, at 7:05 pm. Filed under Life.").
"""

from __future__ import annotations

import regex

from newsclean.document import Document, Label
from newsclean.metadata import dates
from newsclean.settings import settings
from newsclean.stages.metadata_story_dates import _cue_published_re, cued_post_stamp
from newsclean.stages.metadata_zone import _CARD_SEPARATOR, _memo

# the footer's fields: set off by bars or dots, or its sentences
_SENTENCE_SPLIT = regex.compile(r"(?<=[.!?])\s+(?=\p{Lu})")


def footer_stamp(text: str) -> str | None:
    """The date field of a post's footer line, else None: a line of two fields or more whose
    first field is a full date ("October 1st, 2012 | Tags: travel | 14 comments"), or whose
    field opened by a publication cue is one ("Posted on Sunday, September 16, 2012, at 7:05
    pm."), or a line a publication cue leads ("Posted by Ann Lee on May 3, 2012 | Permalink").
    A line with one field, an update's date or a date inside a sentence gives none.

    >>> footer_stamp("October 1st, 2012 | Tags: travel, food | Category: Uncategorized | 14 comments")
    'October 1st, 2012'
    >>> footer_stamp("Bridge reopens after repairs | Ann Lee") is None
    True
    """
    s = " ".join(text.split())
    if not s or len(s.split()) > settings().footer_date_max_words:
        return None
    if cued_post_stamp(s):
        return s  # the cue leads the whole line ("Posted by Ann Lee on May 3, 2012 | Permalink")
    fields = [f.strip() for part in _CARD_SEPARATOR.split(s) for f in _SENTENCE_SPLIT.split(part) if f.strip()]
    if len(fields) < 2:
        return None
    for k, field in enumerate(fields):
        stamp = field.rstrip(".")
        if not (k == 0 or _cue_published_re().match(stamp)):
            continue
        if dates.looks_like_date_line(stamp) and dates.parse_stamp(stamp).published is not None:
            return stamp
    return None


def _dated(text: str) -> bool:
    return dates.parse_stamp(text).published is not None


def footer_date(doc: Document, end: int, memo: dict) -> bool:
    """The date in the post's footer: the story's last block or the first lines under it, not
    past the comments. The line stays where it is (a footer inside the story's last lines is
    cut by the stages that end the story); its date is read."""
    if any(_memo(memo, _dated, t) for t in doc.found.get("bylines", [])):
        return False  # the byline over the story dates it ("Posted May 3, 2012 by Ann Lee")
    for b in doc.blocks[end : end + 1 + settings().signature_after]:
        if b.reason.startswith("chrome.comment") or b.reason == "region.after_post_stamp":
            return False  # the comments under the post, the next post: their dates are theirs
        if b.label in (Label.TITLE, Label.BYLINE):
            continue
        stamp = _memo(memo, footer_stamp, b.text)
        if stamp is not None:
            doc.found.setdefault("date_lines", []).append(stamp)
            return True
    return False

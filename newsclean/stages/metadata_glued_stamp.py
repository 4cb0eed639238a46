"""The story's date in its own head printed just over the story, where an earlier stage took
that head for a teaser, when nothing else dates the story: a headline line with the stamp
glued to its end ("Mayor opens the harbour school Politics news, Updated Nov 6, 2012 at
10:16pm IST" / "Press Association" / the story), or a dated byline closing a run of teaser
cards right over the story ("By Ann Lee Thu., Aug. 9 2012 at 1:00 PM" / "Categories: Local" /
the story: the story's own byline is the one its paragraphs follow).
"""

from __future__ import annotations

from newsclean.document import Document, Label
from newsclean.metadata import bylines, dates
from newsclean.settings import settings
from newsclean.stages.metadata_lines import glued_date
from newsclean.stages.metadata_story_dates import _SENTENCE_END
from newsclean.stages.metadata_zone import _CARD_SEPARATOR, SOFT_CHROME_REASONS, SOFT_DATE_REASONS, _memo

_TEASER_REASONS = SOFT_CHROME_REASONS | SOFT_DATE_REASONS | {"teaser.card_run"}


def _dated_byline(text: str) -> bool:
    """A byline line with a full date ("By Ann Lee Thu., Aug. 9 2012 at 1:00 PM")."""
    return bylines.looks_like_byline(text) and dates.parse_stamp(text).published is not None


def _barred_stamp(text: str) -> str | None:
    """The full date among the fields a headline line prints after it, set off by bars or dots
    ("Harbour school stays open by Ann Lee | 80 views | August 9, 2012 at 4:35 pm | 0
    Comments"): at least two fields after the headline, one of them a date line with its year."""
    parts = _CARD_SEPARATOR.split(" ".join(text.split()))
    if len(parts) < 3:
        return None
    for part in parts[1:]:
        if dates.looks_like_date_line(part) and dates.parse_stamp(part).published is not None:
            return part
    return None


def glued_stamp_over_story(doc: Document, start: int, memo: dict) -> bool:
    """The date of the story's own head: the nearest line, from the story's first block
    (``start``) up to a few short lines over it, that is a headline line whose end is a full
    date with its year, or a dated byline the teaser-card stage took. Lines further up are a
    teaser list's rows; prose or the headline found above ends the search."""
    blocks = doc.blocks
    reach = settings().glued_stamp_reach
    for i in range(min(start, len(blocks) - 1), max(-1, start - 1 - reach), -1):
        b = blocks[i]
        if b.features["words"] >= settings().metadata_zone_story_paragraph_words:
            if i == start:
                continue  # the story's first paragraph: its head is above
            return False  # prose over the story: not its head
        if b.label == Label.TITLE:
            return False  # the headline found above: its own box is read there
        if _SENTENCE_END.search(b.text.rstrip()) is not None:
            continue  # a sentence ending in a date is the story's, not a stamp
        if not (b.label in (Label.UNDECIDED, Label.BODY) or b.label == Label.CHROME and b.reason in _TEASER_REASONS):
            continue
        cut = _memo(memo, glued_date, b.text)
        stamp = b.text[cut:].strip() if cut else _memo(memo, _barred_stamp, b.text)
        if stamp is None and b.reason == "teaser.card_run" and _memo(memo, _dated_byline, b.text):
            stamp = b.text
        if not stamp:
            continue
        if i < start:
            b.mark(Label.DATE, "date.head_over_story")
        # (the story's first line stays in the body as the page gives it: only its date is read)
        doc.found.setdefault("date_lines", []).append(stamp)
        return True
    return False

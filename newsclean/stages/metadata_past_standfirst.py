"""A bare name further under the headline than the byline search looks, past the date stamp
and a standfirst, taken when the line reads as a credit.

Split from :mod:`newsclean.stages.metadata_lines` along its seams.
"""

from __future__ import annotations

from newsclean import rules
from newsclean.document import Document, Label
from newsclean.metadata import bylines, dates
from newsclean.settings import settings
from newsclean.stages.metadata_lines import _SENTENCE_END, _label_follows
from newsclean.stages.metadata_zone import _NUMBER_RUN, _memo


def _name_past_standfirst(doc: Document, at: int, memo: dict) -> bool:
    """A bare name further under the headline at ``at`` than :func:`_name_below` looks, past
    the date stamp and a standfirst of whole sentences: its byline when the line reads as a
    credit, with a date line, a share or player widget or the headline printed again (an
    audio player's title) right under it ("Headline" / date / "Updated 12.17" / three
    sentences / "Ann Lee" / "Headline" / "1.0x" / "00:00").

    Only date stamps, update stamps and sentences may sit between the headline and the name:
    a label (a menu's entry, a subheading) or a paragraph of the story ends the search."""
    blocks = doc.blocks
    headline = blocks[at].text.strip()
    sentences = 0
    for j in range(at + 1, min(len(blocks), at + 1 + settings().name_past_standfirst)):
        b = blocks[j]
        text = b.text.strip()
        if (
            sentences
            and b.label in (Label.UNDECIDED, Label.BODY, Label.CHROME)
            and b.features["words"] <= settings().split_name_max_words
            and _memo(memo, bylines.looks_like_name_line, text)
        ):
            if not _reads_as_credit(doc, j, headline, memo) or _label_follows(doc, j, memo):
                return False
            b.mark(Label.BYLINE, "byline.name_past_standfirst")
            doc.found.setdefault("bylines", []).append(text)
            return True
        if b.label == Label.DATE or _stamp_line(text, memo):
            continue
        if (
            b.features["words"] >= settings().standfirst_sentence_min_words
            and b.features["words"] < settings().metadata_zone_story_paragraph_words
            and _SENTENCE_END.search(text) is not None
        ):
            sentences += 1
            continue
        return False
    return False


def _stamp_line(text: str, memo: dict) -> bool:
    """A date line, or a short stamp opened by a date cue that the date reader leaves unread
    ("Uppdaterad kl 12.17", "Updated 12.17")."""
    if _memo(memo, dates.looks_like_date_line, text):
        return True
    words = text.split()
    if not words or len(words) > settings().byline_max_words or _NUMBER_RUN.search(text) is None:
        return False
    v = dates._vocab()
    cue = words[0].casefold().strip(":")
    return cue in v.cue_updated or cue in v.cue_published


def _reads_as_credit(doc: Document, j: int, headline: str, memo: dict) -> bool:
    """Whether a bare name at ``j`` reads as a credit: a date line, a share or player widget
    or the headline printed again sits within a few lines under it."""
    widgets = rules.phrases("share_widgets") | rules.phrases("player_widgets")
    for b in doc.blocks[j + 1 : j + 1 + settings().credit_widget_reach]:
        text = b.text.strip()
        if (
            b.label == Label.DATE
            or text == headline
            or rules.normalise_phrase(text) in widgets
            or _stamp_line(text, memo)
        ):
            return True
    return False

"""The story's date in two more places of a text page: a post's stamp led by its publication
cue ("Posted by Ann Lee on March 9, 2024 | Permalink"), and the story's own headline listed
again with its date ("Latest news": the headline, then "9 March 2024").

Split from :mod:`newsclean.stages.metadata_lines` along its seams.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache

import regex

from newsclean.document import Document, Label
from newsclean.metadata import dates
from newsclean.settings import settings
from newsclean.stages.metadata_zone import _memo

_SENTENCE_END = regex.compile(r"(?<!\b[ap]\.m)(?<!\b[AP]\.M)[.!?][\"'”’»)]?$")


def cued_post_stamp(text: str) -> bool:
    """Whether a short line is a post's stamp led by its publication cue: the cue, then a full
    date (with its year) among a name, a section or a counter ("Posted by Ann Lee on March 9,
    2024 | Permalink", "Veröffentlicht in Politik am 9. März 2024", "Posted to News on 9 March
    2024 · Comments (1)"); not a sentence ("Posted on March 9, 2024 by Ann Lee. This entry was
    filed under ...") and not an update ("Updated March 9, 2024").

    >>> cued_post_stamp("Posted by Ann Lee on March 9, 2024 | Permalink")
    True
    >>> cued_post_stamp("Posted on March 9, 2024 by Ann Lee. This entry was filed under Travel.")
    False
    """
    s = " ".join(text.split())
    if not s or len(s.split()) > settings().meta_line_max_words or _SENTENCE_END.search(s) is not None:
        return False
    m = _cue_published_re().match(s)
    if m is None:
        return False
    return dates.parse_stamp(s).published is not None


_CLOSING_PARENTHESIS = regex.compile(r"\(([^()]{1,80})\)[\s.]*$")


def caption_date(text: str) -> bool:
    """Whether a line's date is a caption's: the date closes the line in parentheses after a
    phrase of words with no date of its own, as picture captions give the place and day the
    photo was taken ("Soldiers lay a wreath at the memorial (Kundus, 6.12.2010)", "Rescue crews
    at the pier in Stenford (file photo, 9 March 2024)"). A meta line prints its date among
    labels, not after a described scene.

    >>> caption_date("Soldiers lay a wreath at the memorial in Kundus (Kundus, 6.12.2010)")
    True
    >>> caption_date("Ann Lee (9 March 2024)"), caption_date("Filed as News on March 9, 2024 11:25 am")
    (False, False)
    """
    s = " ".join(text.split())
    m = _CLOSING_PARENTHESIS.search(s)
    if (
        m is None
        or dates.parse_stamp(m[1]).published is None
        and dates.parse_stamp(m[1], dayfirst=True).published is None
    ):
        return False
    before = s[: m.start()]
    if len(before.split()) < settings().caption_date_min_words:
        return False
    return _byline_any_date(before) is None


@cache
def _cue_published_re() -> regex.Pattern:
    """A publication cue opening a line ("Posted", "Veröffentlicht:", "Publicado el")."""
    return regex.compile(rf"(?:{dates._alts(dates._vocab().cue_published)})(?!\p{{L}})", regex.IGNORECASE)


def _byline_any_date(text: str) -> date | datetime | None:
    """The publication date a line gives with its year, a numeric one read either way."""
    return dates.parse_stamp(text).published or dates.parse_stamp(text, dayfirst=True).published


def _byline_date(text: str) -> date | datetime | None:
    """The publication date a line gives with its year, without a reference."""
    return dates.parse_stamp(text).published


def _listed_headline_date(doc: Document, title_at: int, memo: dict) -> bool:
    """The date printed beside the story's own headline where the page lists it again (a
    "Latest news" list that holds the story: "Harbour school stays open" / "5 March 2024"),
    when nothing else dates the story and no byline does. The list's rows are a headline and
    its date: a date line on one side of the repeated headline only (with dates on both sides,
    which one is the row's own is not known). Never a teaser's date: the headline must be the
    story's own, word for word."""
    if any(_memo(memo, _byline_any_date, t) for t in doc.found.get("bylines", [])):
        return False
    blocks = doc.blocks
    key = " ".join(blocks[title_at].text.split()).casefold()
    if len(key.split()) < settings().glued_headline_min_words:
        return False  # a short title ("News", "Live") is a label that lists repeat
    if any(
        0 <= j < len(blocks) and _memo(memo, dates.looks_like_date_line, blocks[j].text)
        for j in (title_at - 1, title_at + 1)
    ):
        return False  # the headline taken is itself a row of a list of teasers with their dates
    for b in blocks:
        if b.index == title_at or " ".join(b.text.split()).casefold() != key:
            continue
        beside = [
            n
            for n in (
                blocks[b.index - 1] if b.index > 0 else None,
                blocks[b.index + 1] if b.index + 1 < len(blocks) else None,
            )
            if n is not None and _memo(memo, dates.looks_like_date_line, n.text)
        ]
        if len(beside) != 1:
            continue
        n = beside[0]
        if (
            n.label not in (Label.UNDECIDED, Label.CHROME)
            or n.features["words"] > settings().byline_max_words
            or _memo(memo, _byline_date, n.text) is None
        ):
            continue
        n.mark(Label.DATE, "date.listed_headline")
        doc.found.setdefault("date_lines", []).append(n.text)
        return True
    return False


# a clock time as a word ("02:56am", "10.15", "9pm"): the lead before it ("at") is the stamp's own
_CLOCK_WORD = regex.compile(r"(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d(?:[ap]\.?m\.?)?|[ap]\.?m\.?)(?!\w)", regex.I)


def _cued_after_comma(words: list[str], k: int) -> bool:
    """Whether the last ``k`` words open with a capitalised date cue set off from the headline
    by a comma or a bar ("... polls Politics news, Updated Nov 6, 2012 at 10:16pm IST",
    "... open | Published 9 March 2024"): the page's stamp printed in the headline's box. A
    cue the headline's words lead into ("Report published March 5") stays the headline's."""
    tail = " ".join(words[-k:])
    before = words[-k - 1] if k < len(words) else ""
    return (
        tail[:1].isupper()
        and (before.endswith(",") or before in _GLUE_BARS)
        and dates._vocab().cue_any_re.match(tail) is not None
    )


_GLUE_BARS = frozenset({"|", "·", "•", "–", "—", "-"})


def _full_date(text: str) -> date | datetime | None:
    """The publication date a line gives with its year, without a reference."""
    return dates.parse_stamp(text).published


def _names_day_or_age(text: str) -> bool:
    """Whether a date line gives a day: a date, or an age ("3 hours ago"); a clock time
    alone ("19:25", a schedule's row or a live post's stamp) does not date the story."""
    if dates.is_relative_age(text):
        return True
    stamp = dates.parse_stamp(text)
    return stamp.published is not None or stamp.modified is not None


def stacked_date(doc: Document, zone: list[int], memo: dict) -> bool:
    """A date printed as a badge over the story, one part per line ("24" / "Jul" / "2012",
    "Oct" / "4" / "2012"), perhaps with its time on the next line ("9:49am, EDT"): the
    nearest such run of short lines above the story whose parts read together as a full
    date, when no other line dates the story."""
    blocks = doc.blocks
    parts = settings().stacked_date_parts
    for i in zone:
        first = i - parts + 1
        if first < 0:
            continue
        run = blocks[first : i + 1]
        if any(
            b.label in (Label.TITLE, Label.BYLINE, Label.DATE) or b.features["words"] != 1 or len(b.text.strip()) > 9
            for b in run
        ):
            continue
        text = " ".join(b.text.strip() for b in run)
        if not _memo(memo, dates.looks_like_date_line, text) or _memo(memo, _full_date, text) is None:
            continue
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        if after is not None and after.label == Label.DATE and not _memo(memo, _names_day_or_age, after.text):
            text = f"{text} {after.text.strip()}"  # its time: "24 Jul 2012 9:49am, EDT"
        for b in run:
            b.mark(Label.DATE, "date.stacked_parts")
        doc.found.setdefault("date_lines", []).insert(0, text)
        return True
    return False

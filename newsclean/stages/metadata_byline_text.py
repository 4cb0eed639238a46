"""Byline text near the date stamp made ready for the name tests: a name's line without its
reading time or its one-word place, a line of news agencies alone, and a blog post's footer
under the story ("Posted by Ann Lee on May 3, 2012 | Permalink").

Split from :mod:`newsclean.stages.metadata_lines` along its seams.
"""

from __future__ import annotations

import regex

from newsclean import rules
from newsclean.document import Block, Document, Label
from newsclean.metadata import bylines, dates
from newsclean.settings import settings
from newsclean.stages.metadata_zone import _memo


def _without_reading_time(text: str) -> str:
    """The line without a reading time ("2 minutes read", "Lesezeit 3 Min.")."""
    extra = rules.combined("date_stamp_extra_patterns")
    return " ".join(extra.sub(" ", text).split()) if extra is not None else text


# one capitalised word after the names, set off by a comma or a separator, a cutting word
# before it or none ("Ann Lee, Berlin", "ANN LEE / Madrid", "Ann Lee, à Paris"): their place
_PLACE_AFTER = regex.compile(r"\s*(?:,|\s[/|·•–—-])\s*(?:\p{Ll}{1,3}\s+)?\p{Lu}[\p{L}'’.-]+$")


def _without_place(text: str) -> str:
    """The names over a date stamp without the one-word place after them, else ''."""
    m = _PLACE_AFTER.search(text)
    return text[: m.start()] if m is not None and m.start() > 0 else ""


def _people_with_agency(text: str, memo: dict) -> bool:
    """Whether the line credits people and the news agency they write for and nothing else
    ("Ann Lee and Bo Chen | Reuters", "By Ann Lee | AFP"): a photo credit's shape, which right
    by the date stamp is the story's byline."""
    parsed = _memo(memo, bylines.parse_byline, text)
    return (
        bool(parsed.authors)
        and parsed.agency is not None
        and bylines.is_agency(parsed.agency)
        and all(c.role in ("author", "agency") for c in parsed.contributors)
    )


def _agencies_only(text: str, memo: dict | None) -> bool:
    """Whether the line credits news agencies and nothing else ("dpa/AFP", "AFP")."""
    parsed = _memo(memo, bylines.parse_byline, text)
    return (
        not parsed.authors
        and bool(parsed.contributors)
        and all(c.role == "agency" and bylines.is_agency(c.name) for c in parsed.contributors)
    )


# a lower-case word that leads from the names into the date ("on", "at", "le", "am", "el")
_LEAD_WORD = regex.compile(r"\s+\p{Ll}{1,3}$")
# a clock time, with its half of the day and its zone ("8:18 AM", "11:47 a.m. EDT", "14.05")
_POST_CLOCK = regex.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[ap]\.?m\.?)?(?:\s\p{Lu}{2,4})?", regex.I)


def post_credit(text: str) -> str:
    """The credit of a blog post's footer line, else '': the author marker and the names,
    without the date and the post's categories after them ("Posted by Ann Lee on May 3,
    2012 at 9:14 AM in Travel, Food | Permalink" -> "Posted by Ann Lee"; "Publié par Ann
    Lee le 3 mai 2012"; "Posted by Ann Lee, Product Manager, Maps" keeps its role, which
    the parser drops).

    >>> post_credit("Posted by Ann Lee on May 3, 2012 at 9:14 AM in Travel, Food | Permalink")
    'Posted by Ann Lee'
    >>> post_credit("By Tuesday, 5 May the council had voted"), post_credit("Ann Lee on May 3, 2012")
    ('', '')
    """
    words = text.split()
    if len(words) > settings().byline_bio_max_words:
        return ""
    v = dates._vocab()
    # the date starts at its first number, or at the month or weekday names right before it
    # ("on Sunday, October 28, 2012"; a name may be a month's: "Jan de Vries", "Marco Rossi")
    cut = next((k for k, w in enumerate(words) if w[:1].isdigit()), len(words))
    while 0 < cut < len(words) and words[cut - 1].strip(".,").casefold() in (v.months.keys() | v.weekdays):
        cut -= 1
    tail = " ".join(words[cut:])
    # (or a clock time alone: the post's day is printed over it, "Posted by Ann Lee at 8:18 AM")
    if cut < len(words) and dates.parse_stamp(tail).published is None and _POST_CLOCK.fullmatch(tail) is None:
        return ""  # the tail is no date: a sentence, not a footer
    if cut == len(words) and len(words) > settings().byline_max_words:
        return ""
    head = words[:cut]
    if (
        cut < len(words)
        and len(head) > 1
        and head[-1].isupper()
        and head[-1].casefold() in rules.phrases("date_connectors")
    ):
        head = head[:-1]  # the lead word in capitals on a line in capitals: "POSTED BY ANN LEE AT 11:47 AM"
    credit = _LEAD_WORD.sub("", " ".join(head).rstrip(" ,;|·•–—-")).rstrip(" ,;|·•–—-")
    # (the marker and the first name before a job title: "Posted by Ann Lee, Product Manager")
    if not bylines.opens_with_author_marker(credit.split(",")[0]) or not bylines.parse_byline(credit).authors:
        return ""
    return credit


def _post_footer(doc: Document, end: int, memo: dict | None = None) -> bool:
    """A blog post's footer as the story's last line or under it: "Posted by Ann Lee on May 3,
    2012 at 9:14 AM in Travel | Permalink", "Publié par Ann Lee le 3 mai 2012", "Posted by
    Ann Lee, Product Manager". Its names are the post's author; the comments under the post
    ("Posted by: Bo Chen | May 4, 2012") are not read.
    """
    for b in doc.blocks[end : end + 1 + settings().signature_after]:
        if b.reason.startswith("chrome.comment"):  # the comments under the post
            return False
        if b.label in (Label.TITLE, Label.BYLINE):
            continue
        if _take_footer_credit(doc, b, memo):
            return True
    return False


def _take_footer_credit(doc: Document, b: Block, memo: dict | None) -> bool:
    """Credits the post footer's names when the line is one; a line that is only the credit is the byline."""
    credit = _memo(memo, post_credit, b.text)
    if not credit:
        return False
    if credit == " ".join(b.text.split()):
        b.mark(Label.BYLINE, "byline.post_footer")
    # (else the line holds the post's date too: it stays for the date stages to read)
    doc.found.setdefault("bylines", []).append(credit)
    return True


def _post_footer_over_end(doc: Document, memo: dict | None = None) -> bool:
    """A blog post's footer just over the post's tags or the first end marker inside the region
    ("Posted by Ann Lee at 8:18 AM" / "Labels: travel, food" / "Older Post"): the region found
    so far may run past the post's end, which a later stage cuts there."""
    region = doc.found.get("region")
    if not region:
        return False
    start, end = region
    first = next(
        (b.index for b in doc.blocks[start : end + 1] if b.label == Label.TAGS or b.features.get("end_marker")),
        None,
    )
    if first is None or first - 1 >= end:
        return False  # (the region's own last lines were read by _post_footer)
    for b in doc.blocks[first - 1 : max(start, first - 1 - settings().signature_after) : -1]:
        if b.label not in (Label.BODY, Label.UNDECIDED, Label.CHROME) or b.reason.startswith("chrome.comment"):
            continue
        if _take_footer_credit(doc, b, memo):
            return True
    return False

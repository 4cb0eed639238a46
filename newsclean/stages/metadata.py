"""Metadata stages: title, byline, dates and dateline, found among the blocks.

They look where a reader looks: the *head zone* (the blocks just above the main
region, read upwards from the story) for the headline, byline and date stamps,
and the first body paragraph for a dateline. What they claim leaves the body
with a metadata label, so ``removed`` shows it with its role.
"""

from __future__ import annotations

from typing import Final
from dataclasses import replace
from datetime import date, datetime

import regex

from newsclean import rules
from newsclean.document import Document, Kind, Label
from newsclean.metadata import bylines, dates, titles
from newsclean.stages.base import stage

_SIGNATURE_SPLIT = regex.compile(r"\s*[—–|·•]\s*")
HEAD_ZONE = 60  # blocks above the region that may hold title/byline/date
TITLE_MIN_SCORE = 0.5
PAGE_STAMP_MAX_WORDS = 6
TITLE_ABOVE_BYLINE = 6  # blocks above the byline searched for the headline first
STANDFIRST_MIN_WORDS = 12
STANDFIRST_LONGER_BY = 2  # a standfirst is clearly longer than its headline (not the next teaser)
BYLINE_MAX_WORDS = 25


def _head_zone(doc: Document) -> range:
    region = doc.found.get("region")
    start = region[0] if region else len(doc.blocks)
    return range(start - 1, max(-1, start - 1 - HEAD_ZONE), -1)


# chrome decisions that earlier stages take on a page's head without knowing it is the
# story's head: a lone deck/byline between short lines looks like a teaser summary, and
# the blocks the region trims above its byline. A byline or date line among them is
# still the story's when it is the one nearest to the story.
# (an ad label's box can swallow the byline and date printed under the ad: "Anzeige" / ad /
# "Ann Lee, 26.04.2024 10:00")
# (a byline over a picture's credit passes for the picture's caption: "Von Ann Lee" /
# "Photo: Agency" / the picture's caption)
SOFT_CHROME_REASONS = frozenset({"teaser.isolated_summary", "region.before_byline", "structure.ad_box"})
SOFT_CAPTION_REASONS = frozenset({"caption.above_credit"})
# a date stamp printed twice (over the story and again under its standfirst or in a bar) is
# taken for a repeated line; near the story it is still the story's date (date lines only)
# (a bare numeric date, "26.04.2024", has the shape of a number line, a glued stamp that of a
# teaser's glued headline)
SOFT_DATE_REASONS = frozenset({"chrome.repeated_line", "teaser.glued_headline", "chrome.line_shape"})
SOFT_NEAR_REGION = 15  # blocks above the story within which such a line is trusted
BYLINE_BIO_MAX_WORDS = 45  # "By Ann Lee, a deputy editor who covers ..." (the parser keeps the name)


def _span(doc: Document) -> tuple[int, int]:
    """The article's region (first and last block); the callers run only once one is found."""
    region = doc.found["region"]
    assert region is not None, "no region"
    return region


def _memo(memo: dict | None, fn, text: str, key=None):
    """``fn(text)`` once per distinct text within one stage call (the recognisers are pure);
    without a ``memo``, just ``fn(text)``."""
    if memo is None:
        return fn(text)
    key = (key or fn, text)
    found = memo.get(key, memo)
    if found is memo:
        found = memo[key] = fn(text)
    return found


def _metadata_line(doc: Document, b, soft: bool, memo: dict | None = None) -> bool:
    """Recognise a byline or date line in ``b``; record it. ``soft`` allows soft chrome."""
    memo = {} if memo is None else memo
    if b.label in (Label.UNDECIDED, Label.BODY):
        pass
    elif not (
        soft
        and (
            b.label == Label.CHROME
            and b.reason in SOFT_CHROME_REASONS | SOFT_DATE_REASONS
            or _byline_as_caption(b, memo)
        )
    ):
        return False
    words = b.features["words"]
    if words > BYLINE_BIO_MAX_WORDS or _list_row(doc, b.index):
        return False
    text = b.text
    if words <= 2 and _split_byline(doc, b, memo):
        return True
    if (
        words <= BYLINE_MAX_WORDS
        and not text.lstrip()[:3].casefold() == "by "
        and _memo(memo, dates.looks_like_date_line, text)
    ):
        b.mark(Label.DATE, "date.stamp")
        doc.found.setdefault("date_lines", []).append(text)
        return True
    by_cue = text.lstrip()[:3].casefold() == "by "
    if (words <= BYLINE_MAX_WORDS or by_cue) and _memo(memo, bylines.looks_like_byline, text):
        b.mark(Label.BYLINE, "byline.line")
        doc.found.setdefault("bylines", []).append(_continued(doc, b.index, text, memo))
        doc.found.setdefault("byline_rows", []).append(b.index)
        return True
    return False


def _byline_as_caption(b, memo: dict | None) -> bool:
    """A byline opening with its marker ("Von Ann Lee") taken for the caption of the picture
    whose credit follows it."""
    return (
        b.label == Label.CAPTION
        and b.reason in SOFT_CAPTION_REASONS
        and _memo(memo, bylines.opens_with_author_marker, b.text)
    )


SPLIT_NAME_MAX_WORDS = 8
STACKED_NAMES_MAX = 4  # co-authors printed one per line under the headline or over the date stamp
SPLIT_MARKER_MORE_NAMES = 5  # co-authors listed one per line under a lone marker


def _split_byline(doc: Document, b, memo: dict) -> bool:
    """A marker printed apart from its name ("By" / "Ann Lee"): the two lines are the byline."""
    if not _memo(memo, bylines.is_lone_marker, b.text) or b.index + 1 >= len(doc.blocks):
        return False
    nxt = doc.blocks[b.index + 1]
    if nxt.features["words"] > SPLIT_NAME_MAX_WORDS or nxt.label not in (Label.UNDECIDED, Label.BODY, Label.CHROME):
        return False
    joined = f"{b.text.strip()} {nxt.text.strip()}"
    if not _memo(memo, bylines.looks_like_byline, joined):
        return False
    b.mark(Label.BYLINE, "byline.split_marker")
    nxt.mark(Label.BYLINE, "byline.split_marker")
    # co-authors one per line under the marker ("By" / "Ann Lee Reporter" / "Tom Okafor")
    k = nxt.index + 1
    while (
        k < len(doc.blocks)
        and k - nxt.index <= SPLIT_MARKER_MORE_NAMES
        and doc.blocks[k].features["words"] <= SPLIT_NAME_MAX_WORDS
        and doc.blocks[k].label in (Label.UNDECIDED, Label.BODY, Label.CHROME)
        and _memo(memo, bylines.looks_like_name_line, doc.blocks[k].text)
    ):
        doc.blocks[k].mark(Label.BYLINE, "byline.split_marker")
        joined = f"{joined}, {doc.blocks[k].text.strip()}"
        nxt = doc.blocks[k]
        k += 1
    joined = _continued(doc, nxt.index, joined, memo)
    doc.found.setdefault("bylines", []).append(joined)
    doc.found.setdefault("byline_rows", []).append(b.index)
    return True


def _continued(doc: Document, last: int, text: str, memo: dict) -> str:
    """A byline whose list goes on on the next line ("von" / "Ann Lee," / "Deutsche
    Presse-Agentur"): that line, a bare name or an agency, joins it."""
    more = doc.blocks[last + 1] if last + 1 < len(doc.blocks) else None
    if (
        more is None
        or not bylines.ends_open(doc.blocks[last].text)
        or more.features["words"] > SPLIT_NAME_MAX_WORDS
        or more.label not in (Label.UNDECIDED, Label.BODY, Label.CHROME)
        or not (_memo(memo, bylines.looks_like_name_line, more.text) or _memo(memo, bylines.is_agency, more.text))
    ):
        return text
    more.mark(Label.BYLINE, "byline.continued")
    return f"{text} {more.text.strip()}"


_NUMBER_RUN = regex.compile(r"\d+")
_A_WORD = regex.compile(r"\p{L}{2,}")
LIST_ROW_PEERS = 2  # a numbered line with this many like it around is a row of a list


def _row_key(text: str) -> str | None:
    """A numbered line's opening with its numbers masked ("0a etapa:" for "5a etapa: 20 de maio ...")."""
    words = text.split(None, 2)[:2]
    if not words or _NUMBER_RUN.search(words[0]) is None:
        return None
    return " ".join(_NUMBER_RUN.sub("0", w) for w in words)


def _list_row(doc: Document, i: int) -> bool:
    """Whether block ``i`` is a row of a numbered list or table ("1a etapa: 10 de março – Porto Alegre",
    "2a etapa: 8 de abril – Costa Verde", ...): rows opening the same way around it; a byline or
    date stamp stands alone."""
    key = _row_key(doc.blocks[i].text)
    if key is None:
        return False
    near = range(max(0, i - LIST_ROW_PEERS), min(len(doc.blocks), i + LIST_ROW_PEERS + 1))
    return sum(1 for j in near if j != i and _row_key(doc.blocks[j].text) == key) >= LIST_ROW_PEERS


REGION_HEAD_BLOCKS = 13  # the region's first blocks searched for a byline or date line
STORY_PARAGRAPH_WORDS = 40  # two such paragraphs in a row: the story has begun


def _region_head_end(doc: Document) -> int:
    """The last of the region's first blocks that may still hold the story's byline or date.

    The region can open with a cookie notice, a deck or a caption above the byline; the
    search stops where two long paragraphs follow each other (the story itself).
    """
    start, end = _span(doc)
    if doc.source_kind == "html":
        # trafilatura's blocks start at the story: only its first blocks hold a byline
        return min(start + 3, end)
    last = min(start + REGION_HEAD_BLOCKS, end)
    prev_long = False
    for i in range(start, last + 1):
        long = doc.blocks[i].features["words"] >= STORY_PARAGRAPH_WORDS
        if long and prev_long:
            # the story began at the first of the two: the lines above it are its head
            return max(start, min(i - 2, start + REGION_HEAD_BLOCKS))
        prev_long = long
    return last


MEMO_KEY: Final = "metadata_answers"  # doc.found: head_metadata's answers for this page (pure functions of a text)


@stage(
    "head_metadata",
    requires=["features.words", "found.region"],
    may_read=[
        "features.end_marker",
        "found.byline_rows",
        "found.bylines",
        "found.date_lines",
        "found.page_stamps",
        "meta.title",
        "meta.site_name",
    ],
    assigns=[
        "found.byline_rows",
        "found.bylines",
        "found.date_lines",
        "found.metadata_answers",
        "found.page_stamps",
        "found.title",
    ],
)
def head_metadata(doc: Document) -> None:
    """Byline, date stamps and the headline above the story (text and HTML paths)."""
    blocks = doc.blocks
    zone = list(_head_zone(doc))
    # the region's own first blocks can hold a byline/date line ("By Ann Lee" then prose)
    region = doc.found.get("region")
    if region:
        zone = list(range(_region_head_end(doc), region[0] - 1, -1)) + zone
    start = region[0] if region else len(blocks)
    memo: dict = {}
    # kept for credits_and_bylines, which parses the byline lines found here again
    doc.found[MEMO_KEY] = memo
    for i in zone:
        b = blocks[i]
        if i >= start and _photo_credit(b.text, memo):
            continue  # a picture's credit among the story's first lines ("Photo by Ann Lee/Agency")
        if _metadata_line(doc, b, soft=False, memo=memo):
            continue
        # a short line holding a full date among other words: a page or crawl stamp
        # ("date 2022-01-07 ContributorsPublishersAdvertisers"); weaker evidence than a date line
        if b.label == Label.UNDECIDED and b.features["words"] <= PAGE_STAMP_MAX_WORDS:
            stamp = dates.parse_date(b.text)
            if isinstance(stamp, (date, datetime)):
                b.mark(Label.DATE, "date.page_stamp")
                doc.found.setdefault("page_stamps", []).append(stamp)
    # the byline and date line nearest to the story among lines an earlier stage took for
    # a teaser, for what the lines above did not give
    want_byline = not any(_memo(memo, bylines.parse_byline, t).authors for t in doc.found.get("bylines", []))
    want_date = not any(_memo(memo, _dated, t) for t in doc.found.get("date_lines", []))
    for i in zone:
        if i < start - SOFT_NEAR_REGION or not (want_byline or want_date):
            break
        b = blocks[i]
        if not (
            b.label == Label.CHROME
            and b.reason in SOFT_CHROME_REASONS | SOFT_DATE_REASONS
            or want_byline
            and _byline_as_caption(b, memo)
        ):
            continue
        is_date = b.features["words"] <= BYLINE_MAX_WORDS and _memo(memo, dates.looks_like_date_line, b.text)
        if b.reason in SOFT_DATE_REASONS and not (want_date and is_date):
            continue
        if (want_date if is_date else want_byline) and _metadata_line(doc, b, soft=True, memo=memo):
            if b.label == Label.BYLINE:
                want_byline = False
            elif b.label == Label.DATE:
                want_date = False
    if not any(_memo(memo, bylines.parse_byline, t).authors for t in doc.found.get("bylines", [])):
        if not _name_by_date(doc, zone, memo) and not doc.found.get("bylines"):
            _agency_line(doc, zone, start, memo)
    # the headline: nearest headline-shaped block above the story (and above the byline)
    if doc.meta.get("title"):
        _mark_meta_title(doc)
        return
    title_at = _find_headline(doc, memo)
    if title_at is not None:
        blocks[title_at].mark(Label.TITLE, "title.headline_line")
        doc.found["title"] = blocks[title_at].text
        text = blocks[title_at].text
        cut = glued_byline(text) or glued_date(text)
        if cut:
            # "Storm closes schools Mon, Mar 5, 2012", "... By Ann Lee March 5, 2012": the date
            # or the dated byline printed in the headline's box
            doc.found["title"] = text[:cut].strip().rstrip(_TITLE_TAIL).strip()
            if glued_byline(text):
                doc.found.setdefault("bylines", []).append(text[cut:].strip())
            else:
                doc.found.setdefault("date_lines", []).append(text[cut:].strip())
        # a bare name just under the headline is its byline ("Hazel Sheffield"); the
        # headline may be printed again further down (over the story after a gallery)
        if not doc.found.get("bylines"):
            key = blocks[title_at].text
            for at in [title_at] + [b.index for b in blocks if b.index != title_at and b.text == key][:3]:
                if _name_below(doc, at, memo):
                    break
    if not any(_memo(memo, bylines.parse_byline, t).authors for t in doc.found.get("bylines", [])) and region:
        if not _name_opens_story(doc, memo):
            _signature_line(doc, region[1], memo)
    if region and not any(_memo(memo, _dated, t) for t in doc.found.get("date_lines", [])):
        _story_date_line(doc, memo)


STORY_DATE_MAX_LINES = 3  # more date lines than this in a story: a live blog's or a list's stamps
FOOT_BLOCKS = 6  # blocks after the story where its date stamp may be printed


def _story_date_line(doc: Document, memo: dict) -> bool:
    """The story's date stamp printed in or just under the story, not over it ("5 January
    2025 (updated 6 January 2025 | 15:24)" after the last paragraph), when its head gave
    no date. Taken only when the few such lines all name one day: a live blog's post
    stamps or a list of teasers' dates name several."""
    start, end = _span(doc)
    found = []
    for b in doc.blocks[start : min(len(doc.blocks), end + 1 + FOOT_BLOCKS)]:
        if b.label not in (Label.BODY, Label.UNDECIDED) and not (
            b.label == Label.CHROME and b.reason in SOFT_CHROME_REASONS | SOFT_DATE_REASONS
        ):
            continue
        if b.features["words"] > BYLINE_MAX_WORDS or not _memo(memo, dates.looks_like_date_line, b.text):
            continue
        stamp = dates.parse_stamp(b.text)
        value = stamp.published or stamp.modified
        if value is None:
            continue
        found.append((b, value))
        if len(found) > STORY_DATE_MAX_LINES:
            return False
    days = {v.date() if isinstance(v, datetime) else v for _, v in found}
    if len(days) != 1:
        return False
    for b, _ in found:
        b.mark(Label.DATE, "date.story_stamp")
        doc.found.setdefault("date_lines", []).append(b.text)
    return True


def _dated(text: str) -> bool:
    """Whether a date line gives a day: a date, or an age ("3 hours ago"); a clock time
    alone ("19:25", a schedule's row or a live post's stamp) does not date the story."""
    if dates.is_relative_age(text):
        return True
    stamp = dates.parse_stamp(text)
    return stamp.published is not None or stamp.modified is not None


_TITLE_TAIL = " |·•–—-:,"  # a separator left between a headline and the date cut from it
GLUED_DATE_MAX_WORDS = 8  # "Mon, Mar 5, 2012 6:48 PM CST"
GLUED_HEADLINE_MIN_WORDS = 3  # what stays of the headline
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a date after these words is the headline's own ("Vote set for March 5, 2013")
_DATE_LEADS = frozenset(
    {
        "on",
        "by",
        "until",
        "till",
        "since",
        "before",
        "after",
        "from",
        "for",
        "in",
        "of",
        "to",
        "through",
        "at",
        "and",
        "or",
        "between",
        "than",
    }
)


def glued_date(text: str) -> int:
    """Where a date glued to the end of a headline line starts (0 when there is none): a full
    date line with its year ("... climbing gym Mon, Mar 5, 2012"), not one the headline's last
    words lead into ("Vote set for March 5, 2013").

    >>> t = "Town votes to keep its schoolhouse open Fri, Nov 9, 2012"
    >>> t[:glued_date(t)]
    'Town votes to keep its schoolhouse open '
    >>> glued_date("Council vote set for March 5, 2013")
    0
    """
    parts = _CARD_SEPARATOR.split(text)
    if len(parts) >= 2 and len(parts[0].split()) >= GLUED_HEADLINE_MIN_WORDS and dates.is_relative_age(parts[-1]):
        return len(text) - len(parts[-1])  # "... in 31 years | 3 hours ago"
    words = text.split(" ")
    v = dates._vocab()
    best = 0
    for k in range(1, min(GLUED_DATE_MAX_WORDS, len(words) - GLUED_HEADLINE_MIN_WORDS) + 1):
        first = words[-k].strip(".,").casefold()
        if first in _DATE_LEADS:
            break  # the headline's own words lead into the date
        tail = " ".join(words[-k:])
        if (
            (first[:1].isdigit() or first in v.months or first in v.weekdays)
            and _YEAR.search(tail)
            and words[-k - 1].casefold() not in _DATE_LEADS
            and dates.looks_like_date_line(tail)
        ):
            best = len(text) - len(tail)
    return best


_GLUED_BY = regex.compile(r"\sBy\s(?=\p{Lu})")


def glued_byline(text: str) -> int:
    """Where a dated byline glued to the end of a headline line starts (0 when there is none):
    "... title in 31 years By Rafael Quintero June 3, 2017". Without its date, "By" and a
    name in a headline may be the headline's own ("Bridge Damaged By Storm Ciara").

    >>> t = "Otters win first title in 31 years By Rafael Quintero June 3, 2017"
    >>> t[glued_byline(t):]
    'By Rafael Quintero June 3, 2017'
    >>> glued_byline("Bridge Damaged By Storm Ciara")
    0
    """
    for m in _GLUED_BY.finditer(text):
        tail = text[m.start() + 1 :]
        if (
            len(text[: m.start()].split()) >= GLUED_HEADLINE_MIN_WORDS
            and bylines.looks_like_byline(tail)
            and bylines.parse_byline(tail).authors
            and dates.parse_stamp(tail).published is not None
        ):
            return m.start() + 1
    return 0


def _without_reading_time(text: str) -> str:
    """The line without a reading time ("2 minutes read", "Lesezeit 3 Min.")."""
    extra = rules.combined("date_stamp_extra_patterns")
    return " ".join(extra.sub(" ", text).split()) if extra is not None else text


AGENCY_LINE_MAX_WORDS = 3  # "AFP", "dpa/AFP", "Reuters / AP": agencies credited on a line of their own


def _agency_line(doc: Document, zone: list[int], start: int, memo: dict) -> bool:
    """A line of news agencies alone near the story's head ("AFP", "dpa/AFP"): the credit of a
    story nobody else is credited for (a photo's agency is printed after a cue or a caption)."""
    for i in zone:
        if i < start - SOFT_NEAR_REGION:
            break
        b = doc.blocks[i]
        if b.features["words"] > AGENCY_LINE_MAX_WORDS or not (
            b.label in (Label.UNDECIDED, Label.BODY) or b.label == Label.CHROME and b.reason in SOFT_CHROME_REASONS
        ):
            continue
        parsed = _memo(memo, bylines.parse_byline, b.text)
        if (
            parsed.authors
            or not parsed.contributors
            or not all(c.role == "agency" and bylines.is_agency(c.name) for c in parsed.contributors)
        ):
            continue
        b.mark(Label.BYLINE, "byline.agency_line")
        doc.found.setdefault("bylines", []).append(b.text.strip())
        doc.found.setdefault("byline_rows", []).append(i)
        return True
    return False


NAME_BY_DATE_PLACE_WORDS = 2  # a place between a bare name and its date stamp ("Ann Lee" / "Leeds" / date)


def _name_by_date(doc: Document, zone: list[int], memo: dict) -> bool:
    """A bare name (or an agency) printed right over or under the story's date stamp: its byline.

    ("Ann Lee" / "12.03.2024 | 09:36", "Ann Lee" / "Leeds" / "12/03/2024 ..."). The date
    stamp nearest to the story is tried first; a name followed by another short label
    (a menu) is not taken, unless that label is the place over the date stamp.
    """
    blocks = doc.blocks
    # a stamp with a number: "Today" is also a weather widget's word (under a city's name)
    # and a word or a full date: a time alone ("13:30") is a schedule's row
    stamps = [
        i
        for i in zone
        if blocks[i].label == Label.DATE
        and blocks[i].reason == "date.stamp"
        and _NUMBER_RUN.search(blocks[i].text) is not None
        and (_A_WORD.search(blocks[i].text) is not None or dates.parse_date(blocks[i].text, dayfirst=True) is not None)
    ]
    for d in stamps:
        for j, between in ((d - 1, None), (d + 1, None), (d - 2, d - 1)):
            if not 0 <= j < len(blocks):
                continue
            b = blocks[j]
            if not (
                b.label in (Label.UNDECIDED, Label.BODY)
                or (b.label == Label.CHROME and b.reason in SOFT_CHROME_REASONS | SOFT_DATE_REASONS)
            ):
                continue
            # (a reading time may follow the name: "Ann Lee 2 minutes read")
            name = _without_reading_time(b.text)
            if b.features["words"] > SPLIT_NAME_MAX_WORDS or not (
                _memo(memo, bylines.looks_like_name_line, name) or _memo(memo, bylines.is_agency, name)
            ):
                continue  # a bare name, or an agency credited alone ("dpa" / "25.10.2025 - 15:26 Uhr")
            if between is not None:
                place = blocks[between]
                if (
                    place.features["words"] > NAME_BY_DATE_PLACE_WORDS
                    or place.label not in (Label.UNDECIDED, Label.BODY)
                    or _NOT_A_LABEL.search(place.text) is not None
                    or not place.text[:1].isupper()
                ):
                    continue
            elif j < d and _label_follows(doc, j, memo):
                continue
            elif (
                j > d
                and j + 1 < len(blocks)
                and (blocks[j + 1].label == Label.DATE or _memo(memo, bylines.looks_like_name_line, blocks[j + 1].text))
            ):
                continue  # a list of names (a menu of columnists), or a row of a schedule
            # co-authors one per line over the date stamp ("Ann Lee" / "Tom Okafor" / date)
            top = j
            while (
                j < d
                and top - 1 >= 0
                and j - top < STACKED_NAMES_MAX - 1
                and blocks[top - 1].label in (Label.UNDECIDED, Label.BODY)
                and blocks[top - 1].features["words"] <= SPLIT_NAME_MAX_WORDS
                and _memo(memo, bylines.looks_like_name_line, blocks[top - 1].text)
            ):
                top -= 1
            if top < j and top - 1 >= 0 and _memo(memo, bylines.looks_like_name_line, blocks[top - 1].text):
                top = j  # a longer run of names: a menu of columnists over the stamp
            for k in range(top, j):
                blocks[k].mark(Label.BYLINE, "byline.name_by_date")
            name = ", ".join([blocks[k].text.strip() for k in range(top, j)] + [name])
            b.mark(Label.BYLINE, "byline.name_by_date")
            doc.found.setdefault("bylines", []).append(name)
            doc.found.setdefault("byline_rows", []).append(top)
            return True
    return False


NAME_BELOW = 3  # blocks under the headline searched for a bare name
BETWEEN_HEAD_MIN_WORDS = 8  # a standfirst between a headline and its byline; shorter lines are labels


def _name_below(doc: Document, at: int, memo: dict | None = None) -> bool:
    """A bare name under the headline at ``at``: its byline.

    A date stamp or a standfirst may sit between them; a short label (a menu's next
    entry) or the story's own text may not: the name would be a menu entry or a
    subheading. A name followed by a line of its kind is an entry of a list too.
    """
    for j in range(at + 1, min(len(doc.blocks), at + 1 + NAME_BELOW)):
        b = doc.blocks[j]
        if b.label in (Label.UNDECIDED, Label.BODY, Label.CHROME) and _memo(memo, bylines.looks_like_name_line, b.text):
            if _stacked_names(doc, j, memo):
                return True
            if _label_follows(doc, j, memo):
                return False
            b.mark(Label.BYLINE, "byline.name_below_title")
            doc.found.setdefault("bylines", []).append(b.text)
            return True
        if b.label == Label.BODY or (b.label != Label.DATE and b.features["words"] < BETWEEN_HEAD_MIN_WORDS):
            return False
    return False


def _stacked_names(doc: Document, j: int, memo: dict | None) -> bool:
    """Co-authors one per line under the headline ("Ann Lee – Reporter" / "Tom Okafor"): a
    short run of name lines ended by the date stamp, a standfirst or the story. A menu of
    columnists runs on, or ends in another short label."""
    k = j
    while (
        k < len(doc.blocks)
        and k - j <= STACKED_NAMES_MAX
        and doc.blocks[k].label in (Label.UNDECIDED, Label.BODY, Label.CHROME)
        and doc.blocks[k].features["words"] <= SPLIT_NAME_MAX_WORDS
        and _memo(memo, bylines.looks_like_name_line, doc.blocks[k].text)
    ):
        k += 1
    if not 2 <= k - j <= STACKED_NAMES_MAX or k >= len(doc.blocks):
        return False
    after = doc.blocks[k]
    if not (
        after.label == Label.DATE
        or after.features["words"] >= BETWEEN_HEAD_MIN_WORDS
        or _memo(memo, dates.looks_like_date_line, after.text)
    ):
        return False
    for b in doc.blocks[j:k]:
        b.mark(Label.BYLINE, "byline.name_below_title")
    doc.found.setdefault("bylines", []).append(", ".join(b.text.strip() for b in doc.blocks[j:k]))
    return True


PEER_LABEL_MAX_WORDS = 5
KICKER_HEADLINE_MIN_WORDS = 6
_NOT_A_LABEL = regex.compile(r"[\d@.!?:]")


def _label_follows(doc: Document, j: int, memo: dict | None = None) -> bool:
    """Whether the line after a bare name is another entry of the same list or menu, or
    the headline a bare name in capitals is the kicker of.

    A byline's name is followed by a date, a handle, a job title, a standfirst, a
    share button or the story; a menu's or a results table's entry ("Fast Boats",
    "Ida Brenner Seabirds") by another short capitalised label.
    """
    if j + 1 >= len(doc.blocks):
        return False
    nxt = doc.blocks[j + 1]
    text = nxt.text.strip()
    words = text.split()
    if (
        _kicker(doc.blocks[j].text, text)
        and len(words) >= KICKER_HEADLINE_MIN_WORDS
        and nxt.label not in (Label.DATE, Label.BYLINE)
        and _headline_score(text, memo) >= TITLE_MIN_SCORE
    ):
        return True  # a label in capitals over the next headline ("HARBOUR SAILING" / "Crews ...")
    if (
        not words
        or len(words) > PEER_LABEL_MAX_WORDS
        or not text[:1].isupper()
        or nxt.label in (Label.DATE, Label.BYLINE)
        or _NOT_A_LABEL.search(text) is not None
        or text.casefold() == doc.blocks[j].text.strip().casefold()
    ):
        return False
    return not _memo(memo, bylines.looks_like_job_title, text) and not _memo(memo, bylines.is_interface_line, text)


SIGNATURE_AFTER = 3  # blocks after the story where a post's signature line sits


STORY_OPENER_WORDS = 5  # the prose line under a bare name that opens the story
NAME_OPENS_WITHIN = 6  # the region's first blocks where such a name sits


def _name_opens_story(doc: Document, memo: dict) -> bool:
    """A bare name as the story's first line, over its first sentence ("Ann Lee" / "Chaos and
    craft, with a little love."): its byline."""
    start = _span(doc)[0]
    # (a standfirst, a share bar, a picture and its caption may sit above it)
    prose = 0
    for i in range(start, min(_region_head_end(doc), start + NAME_OPENS_WITHIN)):
        b, nxt = doc.blocks[i], doc.blocks[i + 1]
        if b.features["words"] >= STORY_PARAGRAPH_WORDS or prose >= 2:
            return False  # the story has begun: a name now is a subheading
        prose += b.label == Label.BODY and b.features["words"] >= LEDE_MIN_WORDS
        if (
            b.label != Label.BODY
            or b.features["words"] > SPLIT_NAME_MAX_WORDS
            or nxt.label != Label.BODY
            or nxt.features["words"] < STORY_OPENER_WORDS
            or nxt.text.rstrip()[-1:] not in _CLAUSE_END
            or not _memo(memo, bylines.looks_like_name_line, b.text)
        ):
            continue
        b.mark(Label.BYLINE, "byline.name_opens_story")
        doc.found.setdefault("bylines", []).append(b.text)
        doc.found.setdefault("byline_rows", []).append(i)
        return True
    return False


def _signature_line(doc: Document, end: int, memo: dict | None = None) -> None:
    """A post's signature under the story: "Ann Lee — 2013-09-29 — in Travel — Permalink",
    or a bare name right under the last paragraph (a columnist's signature).

    The line's first part is a bare name and another part a full date.
    """
    for k, b in enumerate(doc.blocks[end + 1 : end + 1 + SIGNATURE_AFTER]):
        if b.features["words"] > BYLINE_MAX_WORDS:
            continue
        if (
            k == 0
            and b.label in (Label.UNDECIDED, Label.CHROME)
            and b.reason in ("", "region.outside")
            and b.features["words"] <= SPLIT_NAME_MAX_WORDS
            and _memo(memo, bylines.looks_like_name_line, b.text)
            and not _label_follows(doc, b.index, memo)
        ):
            b.mark(Label.BYLINE, "byline.signature")
            doc.found.setdefault("bylines", []).append(b.text.strip())
            return
        if (
            b.label in (Label.UNDECIDED, Label.CHROME)
            and _memo(memo, bylines.opens_with_author_marker, b.text)
            and _memo(memo, bylines.parse_byline, b.text).authors
        ):
            # the author's credit under the story ("Autorin: Ann Lee", "Text: Ann Lee")
            b.mark(Label.BYLINE, "byline.signature")
            doc.found.setdefault("bylines", []).append(b.text.strip())
            return
        if b.label in (Label.UNDECIDED, Label.CHROME) and _memo(memo, bylines.reporter_credit, b.text):
            # a reporter's credit closing a Korean or Japanese story ("홍길동 기자 hong@example.com")
            b.mark(Label.BYLINE, "byline.signature")
            doc.found.setdefault("bylines", []).append(b.text.strip())
            return
        parts = [p for p in _SIGNATURE_SPLIT.split(b.text) if p.strip()]
        if len(parts) < 2 or not bylines.looks_like_name_line(parts[0].strip()):
            continue
        if any(isinstance(dates.parse_date(p), (date, datetime)) for p in parts[1:3]):
            b.mark(Label.BYLINE, "byline.signature")
            doc.found.setdefault("bylines", []).append(parts[0].strip())
            return


# chrome decisions a headline can carry: it is repeated (title bar + article) or sits above the region
TITLE_CHROME_REASONS = frozenset({"chrome.repeated_line", "region.outside"})
# above a byline, a line an earlier stage took for a teaser may be the headline
# (a headline printed twice in a row, in a breadcrumb bar and over the story, passes for a
# slideshow's repeated caption)
ANCHORED_TITLE_REASONS = TITLE_CHROME_REASONS | SOFT_CHROME_REASONS | {"chrome.repeated_caption"}
SHORT_TITLE_MIN_SCORE = 0.4  # a two-word title ("Hermitian matrix") right above the story
SHORT_TITLE_ABOVE = 3


def _is_headline(b, anchored: bool = False, min_score: float = TITLE_MIN_SCORE, memo: dict | None = None) -> bool:
    f = b.features
    if b.label == Label.UNDECIDED:
        free = True
    elif b.label == Label.CHROME:
        free = b.reason in (ANCHORED_TITLE_REASONS if anchored else TITLE_CHROME_REASONS)
    else:
        # a story block above the byline: the region began at the headline
        free = anchored and b.label == Label.BODY
    if not (free and not f.get("end_marker") and 2 <= f["words"] <= 30) or _card_line(b.text):
        return False
    # a date printed in the headline's box is no part of it ("... in 31 years | 3 hours ago")
    cut = glued_date(b.text)
    text = b.text[:cut].rstrip(_TITLE_TAIL) if cut else b.text
    return _headline_score(text, memo) >= min_score


CARD_NAME_MAX_WORDS = 6  # a publisher's or person's name before a card's date
_CARD_SEPARATOR = regex.compile(r"\s+[·|•–—]\s+")


def _card_line(text: str) -> bool:
    """A name and a date or age on one line ("The Dunmore Herald · June 3, 2017"): a portal's
    publisher card or a byline, not a headline."""
    parts = _CARD_SEPARATOR.split(text.strip())
    return (
        len(parts) == 2
        and len(parts[0].split()) <= CARD_NAME_MAX_WORDS
        and (dates.is_relative_age(parts[1]) or dates.looks_like_date_line(parts[1]))
    )


def _headline_score(text: str, memo: dict | None) -> float:
    if memo is None:
        return titles.looks_like_headline(text)
    return _memo(memo, lambda t: titles.looks_like_headline(t, memo=memo), text, key=titles.looks_like_headline)


_SECTION_NUMBER = regex.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+\S")
_CLAUSE_END = frozenset(".!?:;")


def _fits(blocks, i: int) -> bool:
    """Whether a headline-shaped line reads as a headline among its neighbours.

    Not the first half of a sentence broken over two lines ("But only hardcore" /
    "gamers will appreciate it."), nor an entry of a numbered table of contents
    ("5.3 Mozilla Summit", "6 See also").
    """
    b = blocks[i]
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    if (
        nxt is not None
        and nxt.text[:1].islower()
        and b.text[-1:] not in _CLAUSE_END
        and nxt.label not in (Label.BYLINE, Label.DATE)
        and nxt.text[-1:] in _CLAUSE_END
    ):
        return False
    if _SECTION_NUMBER.match(b.text):
        near = [blocks[j].text for j in range(max(0, i - 3), min(len(blocks), i + 4)) if j != i]
        if sum(1 for t in near if _SECTION_NUMBER.match(t)) >= 2:
            return False
    return True


def _headline_name_pair(doc: Document, rows: list[int], memo: dict | None = None) -> int | None:
    """A headline with a bare name under it (a standfirst may sit between): the headline's row.

    The name line becomes the byline.
    """
    blocks = doc.blocks
    for i in rows:
        b = blocks[i]
        if not (
            b.label in (Label.UNDECIDED, Label.CHROME)
            and b.features["words"] <= 6
            and _memo(memo, bylines.looks_like_name_line, b.text)
        ) or _label_follows(doc, i, memo):
            continue
        for k in (i - 1, i - 2):
            h = blocks[k] if k >= 0 else None
            if (
                h is None
                or h.features["words"] < 4
                or not _is_headline(h, anchored=True, memo=memo)
                or _memo(memo, bylines.looks_like_name_line, h.text)
            ):
                continue
            if k == i - 2 and blocks[i - 1].features["words"] < max(STANDFIRST_MIN_WORDS, h.features["words"]):
                continue  # only a standfirst, longer than the headline, may sit between
            if k == i - 1 and k - 1 >= 0 and h.features["words"] >= STANDFIRST_MIN_WORDS:
                above = blocks[k - 1]
                if (
                    above.features["words"] >= 4
                    and _is_headline(above, anchored=True, memo=memo)
                    and not _kicker(above.text, h.text)
                    and (
                        above.features["words"] < h.features["words"]
                        or _headline_score(above.text, memo) > _headline_score(h.text, memo)
                    )
                ):
                    h.mark(Label.CHROME, "title.standfirst")
                    k -= 1
            b.mark(Label.BYLINE, "byline.name_below_title")
            doc.found.setdefault("bylines", []).append(b.text)
            return k
    return None


def _kicker(upper: str, lower: str) -> bool:
    """A label in capitals over a headline in mixed case ("STORM DAMAGE FEARS" over "Coastal
    road closed for weeks after ..."): the kicker, not a headline over its standfirst."""
    return upper.isupper() and not lower.isupper()


SHORT_LABEL_MAX_WORDS = 4  # a label over a date stamp, not a headline
DATE_OVER_HEADLINE_MIN_WORDS = 8  # a headline under its date stamp is a full line


def _photo_credit(text: str, memo: dict | None) -> bool:
    """Whether a byline-like line credits only a picture ("Photo by Ann Lee/Agency")."""
    if not _memo(memo, bylines.looks_like_byline, text):
        return False
    p = _memo(memo, bylines.parse_byline, text)
    return not p.authors and any(c.role == "photographer" for c in p.contributors)


def _opens_story(p) -> bool:
    """A byline naming an author, or an agency alone ("By Reuters"); not a photo credit."""
    return bool(p.authors) or (bool(p.agency) and not any(c.role == "photographer" for c in p.contributors))


def _find_headline(doc: Document, memo: dict | None = None) -> int | None:
    """The headline: the nearest headline-shaped line above the byline, else above the story.

    A byline (or, without one, a date stamp) anchors the search because widgets ("Show
    key events only") often sit between it and the story; the anchor nearest to the
    story wins. A longer headline-shaped line right under a shorter one is the
    standfirst (the summary under the title), not the title.
    """
    blocks = doc.blocks
    zone = list(_head_zone(doc))
    region = doc.found.get("region")
    start = region[0] if region else len(blocks)
    head = blocks[max(0, start - HEAD_ZONE) : (_region_head_end(doc) + 1 if region else len(blocks))]
    # a photo credit ("Photo by ...") does not open the story: bylines with an author or agency
    anchors = [
        b.index for b in head if b.label == Label.BYLINE and _opens_story(_memo(memo, bylines.parse_byline, b.text))
    ]
    candidates: list[int] = []
    anchored = False
    if not anchors:
        # no byline line: a headline-shaped line with a bare name under it near the story
        # ("Why neon lit the century" / "Sarah Archer"), even if taken for a teaser; a
        # date stamp is weaker evidence than this pair
        pair = _headline_name_pair(doc, zone[:SOFT_NEAR_REGION], memo)
        if pair is not None:
            candidates, anchored = [pair], True
    if not anchors and not candidates:
        # no byline: a date stamp near the story anchors the search the same way
        anchors = [b.index for b in head if b.label == Label.DATE and b.reason == "date.stamp"]
    if anchors:
        anchor = max(anchors)
        above = range(anchor - 1, max(-1, anchor - 1 - TITLE_ABOVE_BYLINE), -1)
        candidates = [i for i in above if _is_headline(blocks[i], anchored=True, memo=memo) and _fits(blocks, i)]
        if not candidates and blocks[anchor].label == Label.DATE:
            # nothing headline-shaped over the date stamp: a blog's date printed over its
            # headline ("21 September 2020" / "Databases" / "Headline" / "Subtitle"): the first below
            below = range(anchor + 1, min(start, anchor + 1 + TITLE_ABOVE_BYLINE))
            candidates = [i for i in below if _is_headline(blocks[i], memo=memo) and _fits(blocks, i)][:1]
        elif candidates and blocks[anchor].label == Label.DATE and anchor + 1 < start:
            # a date printed over its headline with a short label above it (a place, a menu
            # entry: "Aarhus" / "02/02/2025 kl. 09:00" / "Headline ..."): the long line under the date
            nxt = blocks[anchor + 1]
            if (
                blocks[candidates[0]].features["words"] <= SHORT_LABEL_MAX_WORDS
                and nxt.features["words"] >= DATE_OVER_HEADLINE_MIN_WORDS
                and _is_headline(nxt, memo=memo)
                and _fits(blocks, anchor + 1)
            ):
                candidates = [anchor + 1]
        anchored = bool(candidates)
        lede = _lede_words(doc)
        sharing = [i for i in candidates if _shared(blocks[i].text, lede) >= LEDE_SHARED_MIN]
        if sharing:
            # from the first that shares words with the story's first paragraphs
            candidates = candidates[candidates.index(sharing[0]) :]
        elif blocks[anchor].label == Label.DATE and (
            under := [
                i
                for i in range(anchor + 1, min(start, anchor + 1 + TITLE_ABOVE_BYLINE))
                if _is_headline(blocks[i], memo=memo)
                and _fits(blocks, i)
                and _shared(blocks[i].text, lede) >= LEDE_SHARED_MIN
            ]
        ):
            # a portal's card (publisher, age) over the headline: the line under it that shares
            # words with the story, not the window title or a menu above the card
            candidates = under[:1]
        elif lede:
            # none over the anchor shares a word with the story (a poll's answer, a widget's
            # label between headline and byline): the nearest line further up that shares
            # several is the headline
            far = range(anchor - 1 - TITLE_ABOVE_BYLINE, max(-1, anchor - 1 - HEAD_ZONE), -1)
            found = next(
                (
                    i
                    for i in far
                    if _is_headline(blocks[i], anchored=True, memo=memo)
                    and _fits(blocks, i)
                    and _shared(blocks[i].text, lede) >= FAR_HEADLINE_SHARED_MIN
                ),
                None,
            )
            if found is not None:
                candidates, anchored = [found], True
    if not candidates:
        candidates = [i for i in zone if _is_headline(blocks[i], memo=memo) and _fits(blocks, i)]
        lede = _lede_words(doc)
        if candidates and _shared(blocks[candidates[0]].text, lede) < LEDE_SHARED_MIN:
            # the line nearest the story shares nothing with it (a publisher's name under the
            # headline, "The Dunmore Herald"): the next few that do come first
            sharing = [
                i for i in candidates[1:UNANCHORED_SHARING_LOOK] if _shared(blocks[i].text, lede) >= LEDE_SHARED_MIN
            ]
            if sharing:
                candidates = sharing + [i for i in candidates if i not in sharing]
    if not candidates:
        # a short title (two words) just above the story or at the top of the page
        candidates = [
            i
            for i in zone[:SHORT_TITLE_ABOVE]
            if _is_headline(blocks[i], min_score=SHORT_TITLE_MIN_SCORE, memo=memo) and _fits(blocks, i)
        ]
    if not candidates:
        return None
    at = candidates[0]
    lede = _lede_words(doc)

    def unrelated(upper: int) -> bool:
        """The shorter line over a headline-shaped one shares no word with the story while
        the lower one does: a breadcrumb or a label over the headline, not the headline
        over its standfirst."""
        return (
            bool(lede) and _shared(blocks[upper].text, lede) == 0 and _shared(blocks[at].text, lede) >= LEDE_SHARED_MIN
        )

    # a standfirst under the headline, with a picture caption between them
    if (
        anchored
        and len(candidates) > 1
        and candidates[1] >= at - 3
        and not unrelated(candidates[1])
        and not _labels_between(blocks, candidates[1], at)
        and blocks[at].features["words"] >= STANDFIRST_MIN_WORDS
        and not _kicker(blocks[candidates[1]].text, blocks[at].text)
        and blocks[candidates[1]].features["words"] + STANDFIRST_LONGER_BY <= blocks[at].features["words"]
    ):
        blocks[at].mark(Label.CHROME, "title.standfirst")
        return candidates[1]
    prev = at - 1
    if (
        prev >= 0
        and _is_headline(blocks[prev], anchored=anchored, memo=memo)
        and blocks[at].features["words"] >= STANDFIRST_MIN_WORDS
        and blocks[prev].features["words"] + STANDFIRST_LONGER_BY <= blocks[at].features["words"]
        and not _kicker(blocks[prev].text, blocks[at].text)
        and not unrelated(prev)
    ):
        blocks[at].mark(Label.CHROME, "title.standfirst")
        at = prev
    return at


FAR_HEADLINE_SHARED_MIN = 3  # content words a headline further up than the anchor's window shares with the story
LEDE_BLOCKS = 3  # the story's first paragraphs a headline shares words with
LEDE_MIN_WORDS = 8  # a paragraph, not a label or caption credit
LEDE_SHARED_MIN = 2  # content words a headline shares with them (an ad or a menu line shares none)
UNANCHORED_SHARING_LOOK = 3  # without a byline or date: the nearest headline-shaped lines weighed by the lede
_CONTENT_WORD = regex.compile(r"\p{L}{5,}")
_NO_SPACE_SCRIPT = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]{2,}")
WORD_STEM = 5  # words compared by their first letters ("Razzia"/"Razzien", "Gaza's"/"Gaza")


def _content_words(text: str) -> set[str]:
    """Words of five letters or more by their stem (without function and interface words:
    "their", "about"), and character pairs of the scripts written without spaces."""
    common = bylines.stopwords()
    words = {w.casefold()[:WORD_STEM] for w in _CONTENT_WORD.findall(text) if w.casefold() not in common}
    for run in _NO_SPACE_SCRIPT.findall(text):
        words.update(run[k : k + 2] for k in range(len(run) - 1))
    return words


def _lede_words(doc: Document) -> set[str]:
    """The content words of the story's first paragraphs (empty without a region)."""
    region = doc.found.get("region")
    lede: set[str] = set()
    if not region:
        return lede
    taken = 0
    for b in doc.blocks[region[0] : region[1] + 1]:
        if b.label == Label.BODY and b.features["words"] >= LEDE_MIN_WORDS:
            lede |= _content_words(b.text)
            taken += 1
            if taken >= LEDE_BLOCKS:
                break
    return lede


def _shared(text: str, lede: set[str]) -> int:
    """How many content words a line shares with the story's first paragraphs: a headline
    shares some, an ad, a share bar, a menu or another story's teaser none."""
    return len(_content_words(text) & lede) if lede else 0


BREADCRUMB_MAX_WORDS = 2  # "Home" / "Economy": a breadcrumb's entries between two headline-shaped lines


def _labels_between(blocks, upper: int, lower: int) -> bool:
    """Whether only breadcrumb-like labels sit between two lines: the upper one is then
    another item (a teaser over the breadcrumb), not the headline of the lower one's
    standfirst (which sits right under it, at most with a picture caption between)."""
    between = blocks[upper + 1 : lower]
    return bool(between) and all(b.features["words"] <= BREADCRUMB_MAX_WORDS for b in between)


def _mark_meta_title(doc: Document) -> None:
    """HTML path: the title comes from the page's metadata; drop its copy from the blocks."""
    title = titles.strip_site_suffix(doc.meta.get("title") or "", doc.meta.get("site_name"))
    doc.found["title"] = title
    key = title.casefold().strip()
    for b in doc.blocks[:15]:
        if b.text.casefold().strip() == key or (
            b.kind == Kind.HEADING and b.index == 0 and key.startswith(b.text.casefold().strip())
        ):
            b.mark(Label.TITLE, "title.matches_metadata")
            return


# a section label or breadcrumb run into the first paragraph ahead of its dateline has at most
# this many words ("Home / News / Local", "Education |", "SPORTS:")
RUN_IN_LABEL_MAX_WORDS = 6
# the separators of such a label: a breadcrumb's or a kicker's ("|", "/", "›", "»", ">", ":")
_LABEL_SEPARATOR = regex.compile(r"(?:^|\s)[|/›»>](?:\s|$)|\w:$")


def run_in_label(text: str) -> int:
    """Where the story starts when a section label or a breadcrumb is run into its first line
    before the dateline (0 when there is none): the label is a few words holding a separator,
    and a dateline opens what follows it.

    >>> t = "Education | HALVERTON — Voters decided on Thursday to keep the school open."
    >>> t[run_in_label(t):][:12]
    'HALVERTON — '
    >>> run_in_label("HALVERTON — Voters decided on Thursday to keep the school open.")
    0
    >>> run_in_label("Voters in Halverton / Pinecrest decided — narrowly — to keep the school.")
    0
    """
    words = text.split(" ", RUN_IN_LABEL_MAX_WORDS + 1)
    at = 0
    for i, word in enumerate(words[:RUN_IN_LABEL_MAX_WORDS]):
        at += len(word) + 1
        label = " ".join(words[: i + 1])
        if (
            not _LABEL_SEPARATOR.search(label)
            or label.rstrip().endswith(("|", "/", "›", "»", ">"))
            and i + 1 >= len(words)
        ):
            continue
        rest = text[at:].lstrip()
        if rest and dates.find_dateline(rest) is not None:
            return len(text) - len(rest)
    return 0


SECTION_LABEL_MAX_WORDS = 3  # "LOCAL NEWS", "BUSINESS", "ARTS & CULTURE"


def capitals_label(text: str) -> int:
    """Where the story starts when a section's name in capitals is run into its first line with
    no separator ("TRANSPORTATION WESTBROOK — ..."), read as part of the dateline's place: the
    label is a section name (rules data ``section_names``) and a dateline still opens what
    follows it (0 when there is none).

    >>> t = "SPORTS DUNMORE — The Otters won their first title in 31 years on Saturday."
    >>> t[capitals_label(t):][:9]
    'DUNMORE —'
    >>> capitals_label("NEW YORK — Rain fell all week.")
    0
    """
    names = rules.phrases("section_names")
    words = text.split(" ", SECTION_LABEL_MAX_WORDS + 1)
    at = 0
    for i, word in enumerate(words[:SECTION_LABEL_MAX_WORDS]):
        at += len(word) + 1
        label = " ".join(words[: i + 1])
        if not label.isupper() or rules.normalise_phrase(label) not in names:
            continue
        rest = text[at:].lstrip()
        if rest and dates.find_dateline(rest) is not None:
            return len(text) - len(rest)
    return 0


def _section_label(text: str) -> bool:
    """A section label: a few words in capitals, no digits, no sentence punctuation."""
    words = text.split()
    return (
        1 <= len(words) <= SECTION_LABEL_MAX_WORDS
        and text.isupper()
        and not any(ch.isdigit() or ch in ".!?,:;" for ch in text)
    )


@stage("dateline", may_read=["found.residue"], assigns=["found.dateline", "found.residue"])
def dateline(doc: Document) -> None:
    """A dateline opening the first paragraph ("BEIJING, Jan 7 (Reuters) - ...").

    A section label or breadcrumb run into that paragraph before the dateline ("Education |
    HALVERTON — ...", "SPORTS DUNMORE — ...") is cut from it (:func:`run_in_label`,
    :func:`capitals_label`) and kept as residue."""
    body = [b for b in doc.blocks if b.label == Label.BODY][:2]
    if len(body) == 2 and _section_label(body[0].text) and dates.find_dateline(body[1].text) is not None:
        # a section label in capitals on a line of its own over the dateline ("LOCAL NEWS")
        body[0].mark(Label.CHROME, "structure.section_label")
    for b in doc.blocks:
        if b.label != Label.BODY:
            continue
        found = dates.find_dateline(b.text)
        cut = run_in_label(b.text)
        # a section name in capitals run in after it, or alone ("News / US HARWICK, Maine —")
        cut += capitals_label(b.text[cut:])
        if cut:
            doc.found.setdefault("residue", []).append((b.index, b.text[:cut].strip()))
            b.text = b.text[cut:]
            found = dates.find_dateline(b.text)
        if found is not None:
            doc.found["dateline"] = found
        return


@stage(
    "credits_and_bylines",
    requires=["features.words", "found.region"],
    may_read=[
        "found.byline_rows",
        "found.bylines",
        "found.credits",
        "found.metadata_answers",
        "meta.agencies",
        "meta.authors",
        "meta.authors_source",
        "meta.publisher_credit",
        "meta.site_name",
    ],
    assigns=[
        "found.byline_rows",
        "found.bylines",
        "found.meta_authors",
        "found.parsed_bylines",
        "meta.agencies",
        "meta.publisher_credit",
    ],
)
def credits_and_bylines(doc: Document) -> None:
    """Parse the byline and credits lines collected by earlier stages."""
    parsed = []
    meta_authors = doc.meta.get("authors") or []
    for text in doc.found.get("credits", []):
        c = bylines.parse_credits(text)
        if c is not None:
            parsed.append(c)
    parsed.extend(_story_bylines(doc))
    doc.found["parsed_bylines"] = parsed
    if doc.meta.get("authors_source"):
        # declared by the page (JSON-LD, meta tags, a byline element): already cleaned by
        # read_page_metadata, which also keeps a declared pen name or collective author
        doc.found["meta_authors"] = list(dict.fromkeys(a for a in meta_authors if a))
    else:
        doc.found["meta_authors"] = (
            bylines.normalise_author_list(_people_only(doc, meta_authors)) if meta_authors else []
        )


def _people_only(doc: Document, names: list[str]) -> list[str]:
    """The undeclared author names (trafilatura's search) that may be people.

    The site's own brand ("Habertürk", "nieuwsblad.be") is the publisher credit and an
    agency ("AP") an agency credit, not a person; both are recorded as such.
    """
    brands = [b for b in (doc.meta.get("site_name"), doc.meta.get("publisher_credit")) if isinstance(b, str) and b]
    people = []
    for name in names:
        text = name.strip() if isinstance(name, str) else ""
        if not text:
            continue
        if bylines.is_agency(text):
            agencies = doc.meta.setdefault("agencies", [])
            if text not in agencies:
                agencies.append(text)
        elif any(titles.same_site(text, b) for b in brands):
            doc.meta.setdefault("publisher_credit", text)
        else:
            people.append(name)
    return people


TEASER_LIST_BYLINES = 3  # this many byline lines naming different people: a list of teasers
BYLINE_UNDER_TITLE = 3  # blocks under the headline where its byline sits


def _story_bylines(doc: Document) -> list:
    """The parsed byline lines that credit the story.

    Lines naming different people around the story's head are a list of teasers, each
    with its own byline: with two, the one nearest the story's start is kept; with three
    or more, none of their authors is the story's (their other roles stay).
    """
    texts = doc.found.get("bylines", [])
    rows = doc.found.get("byline_rows", [])
    memo = doc.found.get(MEMO_KEY)
    parsed = [_memo(memo, bylines.parse_byline, t) for t in texts]
    groups: dict[frozenset, int] = {}
    for k, p in enumerate(parsed):
        people = frozenset(a.casefold() for a in p.authors)
        if people and not any(people & g for g in groups):
            groups[people] = k
    if len(groups) < 2 or len(rows) != len(texts) or doc.source_kind == "html":
        # (trafilatura's HTML body holds the story's own head: co-authors on two lines)
        return parsed
    if len(groups) >= TEASER_LIST_BYLINES:
        keep: set[int] = set()
    else:
        region = doc.found.get("region")
        limit = _region_head_end(doc) if region else len(doc.blocks)
        # the author line right under the headline; else the one nearest above the story's
        # start (or inside its head): one further down credits a photo or an embedded post
        title_row = next((b.index for b in doc.blocks if b.label == Label.TITLE), None)
        under = [k for k in groups.values() if title_row is not None and 0 < rows[k] - title_row <= BYLINE_UNDER_TITLE]
        near = (
            min(under, key=lambda k: rows[k])
            if under
            else max((k for k in groups.values() if rows[k] <= limit), key=lambda k: rows[k], default=None)
        )
        keep = {
            k
            for k, p in enumerate(parsed)
            if near is not None
            and frozenset(a.casefold() for a in p.authors) & frozenset(a.casefold() for a in parsed[near].authors)
        }
    dropped = [k for k, p in enumerate(parsed) if p.authors and k not in keep]
    if keep and dropped:
        # the raw byline reported is the story's: lines whose authors were dropped go last
        order = sorted(range(len(texts)), key=lambda k: k in dropped)
        doc.found["bylines"] = [texts[k] for k in order]
        doc.found["byline_rows"] = [rows[k] for k in order]
    return [
        p
        if k in keep or not p.authors
        else replace(p, authors=[], contributors=[c for c in p.contributors if c.role != "author"])
        for k, p in enumerate(parsed)
    ]

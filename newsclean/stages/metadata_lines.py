"""Byline and date lines in their less common places: a date stamp under the story, a date or
byline glued to the headline, an agency line, a bare name beside the date or under the
headline, co-authors stacked one per line, a post's closing signature.

Split from :mod:`newsclean.stages.metadata` along its seams.
"""

from __future__ import annotations

from datetime import date, datetime

import regex

from newsclean import rules
from newsclean.document import Document, Label
from newsclean.metadata import bylines, dates
from newsclean.settings import settings
from newsclean.stages.metadata_byline_text import (
    _agencies_only,
    _people_with_agency,
    _without_place,
    _without_reading_time,
)
from newsclean.stages.metadata_story_dates import (
    _CLOCK_WORD,
    _SENTENCE_END,
    _byline_any_date,
    _cued_after_comma,
    caption_date,
    cued_post_stamp,
)
from newsclean.stages.metadata_zone import (
    _A_WORD,
    _CARD_SEPARATOR,
    _CLAUSE_END,
    _NUMBER_RUN,
    _SIGNATURE_SPLIT,
    SOFT_CHROME_REASONS,
    SOFT_DATE_REASONS,
    _headline_score,
    _kicker,
    _memo,
    _region_head_end,
    _span,
    stamp_beside_labels,
)

# the chrome rules' reasons for the opening of the comments under a story
_COMMENTS_OPEN = frozenset({"chrome.comment_section", "chrome.comment_thread"})


def _story_date_line(doc: Document, memo: dict) -> bool:
    """The story's date stamp printed in or just under the story, not over it ("5 January
    2025 (updated 6 January 2025 | 15:24)" after the last paragraph), when its head gave
    no date. Taken only when the few such lines all name one day: a live blog's post
    stamps or a list of teasers' dates name several."""
    start, end = _span(doc)
    found = []
    headers = rules.phrases("section_headers")
    # a post's cued stamp is read when no byline dates the story ("Posted August 8, 2024 by Ann
    # Lee" over the story; the next post's stamp follows it)
    cued = not any(_memo(memo, _byline_any_date, t) for t in doc.found.get("bylines", []))
    for b in doc.blocks[start : min(len(doc.blocks), end + 1 + settings().foot_blocks)]:
        if b.index > end and (b.reason == "chrome.section_header" or rules.normalise_phrase(b.text) in headers):
            break  # a widget's heading under the story ("Related", "Similar:"): its teasers' dates follow
        if b.index > end and b.reason in _COMMENTS_OPEN:
            break  # the comments under the story ("Ann says:", "Leave a reply"): their stamps follow
        # (the region ends above a closing stamp, "region.after_post_stamp": a blog post's, or
        # the story's own date printed under its last paragraph)
        if b.label not in (Label.BODY, Label.UNDECIDED) and not (
            b.label == Label.CHROME
            and b.reason in SOFT_CHROME_REASONS | SOFT_DATE_REASONS | {"region.after_post_stamp"}
        ):
            continue
        # (or led by its cue, a post's stamp with its author, section or comments: "Posted by
        # Ann Lee on March 9, 2024 | Permalink", "Posted to News on 9 March 2024 · Comments (1)")
        post = cued and _memo(memo, cued_post_stamp, b.text)
        if b.features["words"] > settings().byline_max_words and not post:
            continue
        # (or printed beside a label: "March 9, 2024 | Permalink", "AP | March 9, 2024")
        text = (
            b.text
            if post or _memo(memo, dates.looks_like_date_line, b.text)
            else _memo(memo, stamp_beside_labels, b.text)
        )
        if text is None:
            continue
        stamp = dates.parse_stamp(text)
        # (a numeric date that reads both ways still names a day of its own: "09/03/2024" under
        # "24/07/2023" is a list's, whichever way it is read)
        value = stamp.published or stamp.modified or _memo(memo, _byline_any_date, text)
        if value is None:
            continue
        found.append((b, value, text))
        if len(found) > settings().story_date_max_lines:
            return False
        if post:
            break  # the post's own closing stamp: its comments' or the next post's stamps follow
    days = {v.date() if isinstance(v, datetime) else v for _, v, _ in found}
    if len(days) != 1:
        return False
    for b, _, text in found:
        b.mark(Label.DATE, "date.story_stamp")
        doc.found.setdefault("date_lines", []).append(text)
    return True


def _meta_line_under_headline(doc: Document, title_at: int, memo: dict) -> bool:
    """The date in the meta line under the headline, when no date line, no closing stamp and
    no byline dates the story: a short line between the headline and the story's text holding
    a full date among other words ("Filed as News on March 9, 2024 11:25 am", "March 9, 2024
    4:00 AM PDT Follow @annlee", "Posted to Harbour on 9 March 2024 · Comments (1)").

    The first such line within a few blocks under the headline (the search there stops where
    the story's prose begins), else just over it. A sentence ending in a full stop is the
    story's, not a meta line."""
    if any(_memo(memo, _byline_date, t) for t in doc.found.get("bylines", [])):
        return False
    blocks = doc.blocks
    below = []
    for b in blocks[title_at + 1 : title_at + 1 + settings().meta_line_reach]:
        if b.features["words"] >= settings().metadata_zone_story_paragraph_words:
            break  # the story's prose has begun
        below.append(b)
    # then the lines just over the headline (a kicker line with the date)
    for b in [*below, *blocks[max(0, title_at - settings().meta_line_above) : title_at][::-1]]:
        if (
            b.label not in (Label.UNDECIDED, Label.BODY, Label.CHROME)
            or b.reason == "teaser.date_row"
            or b.features["words"] > settings().meta_line_max_words
            or _SENTENCE_END.search(b.text.rstrip()) is not None
            or _memo(memo, _byline_date, b.text) is None
            or _memo(memo, caption_date, b.text)
        ):
            continue
        b.mark(Label.DATE, "date.meta_line")
        doc.found.setdefault("date_lines", []).append(b.text)
        return True
    return False


def _byline_date(text: str) -> date | datetime | None:
    """The publication date a line gives with its year, without a reference."""
    return dates.parse_stamp(text).published


_TITLE_TAIL = " |·•–—-:,"  # a separator left between a headline and the date cut from it


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
    if caption_date(text):
        return 0  # "... outside the school (Marlow Bay, 6.12.2010)": a caption's day, in its parentheses
    parts = _CARD_SEPARATOR.split(text)
    if (
        len(parts) >= 2
        and len(parts[0].split()) >= settings().glued_headline_min_words
        and dates.is_relative_age(parts[-1])
    ):
        return len(text) - len(parts[-1])  # "... in 31 years | 3 hours ago"
    words = text.split(" ")
    v = dates._vocab()
    best = 0
    for k in range(1, min(settings().glued_date_max_words, len(words) - settings().glued_headline_min_words) + 1):
        first = words[-k].strip(".,").casefold()
        if first in _DATE_LEADS and not (k > 1 and _CLOCK_WORD.match(words[-k + 1])):
            if k < len(words) and _cued_after_comma(words, k + 1):
                continue  # the cue's own lead ("..., Posted on Nov 6, 2012")
            break  # the headline's own words lead into the date (not "at" before the stamp's time)
        tail = " ".join(words[-k:])
        if (
            (first[:1].isdigit() or first in v.months or first in v.weekdays or _cued_after_comma(words, k))
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
            len(text[: m.start()].split()) >= settings().glued_headline_min_words
            and bylines.looks_like_byline(tail)
            and bylines.parse_byline(tail).authors
            and dates.parse_stamp(tail).published is not None
        ):
            return m.start() + 1
    return 0


def _agency_line(doc: Document, zone: list[int], start: int, memo: dict) -> bool:
    """A line of news agencies alone near the story's head ("AFP", "dpa/AFP"): the credit of a
    story nobody else is credited for (a photo's agency is printed after a cue or a caption)."""
    for i in zone:
        if i < start - settings().soft_near_region:
            break
        b = doc.blocks[i]
        # (words of letters: a section's name before a dash is one, "News - AFP")
        if len(_A_WORD.findall(b.text)) > settings().agency_line_max_words or not (
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


# the date stamps a bare name over or under credits the story: a date line, or a stamp printed
# beside the site's name or a place
_NAME_STAMP_REASONS = frozenset({"date.stamp", "date.stamp_beside_labels"})


def _name_by_date(doc: Document, zone: list[int], memo: dict) -> bool:
    """A bare name (or an agency) printed right over or under the story's date stamp: its byline.

    ("Ann Lee" / "12.03.2024 | 09:36", "Ann Lee" / "Leeds" / "12/03/2024 ..."). The date
    stamp nearest to the story is tried first; a name followed by another short label
    (a menu) is not taken, unless that label is the place over the date stamp.
    """
    blocks = doc.blocks
    # a stamp with a number: "Today" is also a weather widget's word (under a city's name)
    # and a word or a full date: a time alone ("13:30") is a schedule's row
    # (or a stamp beside its labels: "Ann Lee" / "harbourtimes.com, Monday 12 March 2024 13.29 EDT")
    stamps = [
        i
        for i in zone
        if blocks[i].label == Label.DATE
        and blocks[i].reason in _NAME_STAMP_REASONS
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
                # agencies alone, or people with their agency, right by the stamp, read as a photo's
                # credit ("dpa/AFP", "Ann Lee | Reuters" / "12.03.2024"): with no picture's caption
                # before it, the story's credit
                or (j == d - 1 or j == d + 1)
                and b.label == Label.CAPTION
                and b.reason in ("caption.credit", "caption.pattern")
                and not (j > 0 and blocks[j - 1].label == Label.CAPTION)
                and (_agencies_only(b.text, memo) or _people_with_agency(b.text, memo))
            ):
                continue
            # (a reading time may follow the name: "Ann Lee 2 minutes read")
            if b.label == Label.CAPTION:
                b.mark(Label.BYLINE, "byline.name_by_date")
                doc.found.setdefault("bylines", []).append(b.text.strip())
                doc.found.setdefault("byline_rows", []).append(j)
                return True
            name = _without_reading_time(b.text)
            # (the words of the name, without its reading time: "Ann Lee Tempo di lettura: 5 minuti")
            if len(name.split()) > settings().split_name_max_words or not (
                _memo(memo, bylines.looks_like_name_line, name)
                or _memo(memo, bylines.is_agency, name)
                or _memo(memo, bylines.looks_like_name_line, _without_place(name))
            ):
                continue  # a bare name, or an agency credited alone ("dpa" / "25.10.2025 - 15:26 Uhr")
            if between is not None:
                place = blocks[between]
                if (
                    place.features["words"] > settings().name_by_date_place_words
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
                and j - top < settings().stacked_names_max - 1
                and (
                    blocks[top - 1].label in (Label.UNDECIDED, Label.BODY)
                    # (the region may begin at the nearest name: those above it are "before" it)
                    or blocks[top - 1].label == Label.CHROME
                    and blocks[top - 1].reason in SOFT_CHROME_REASONS
                )
                and blocks[top - 1].features["words"] <= settings().split_name_max_words
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


def _name_below(doc: Document, at: int, memo: dict | None = None) -> bool:
    """A bare name under the headline at ``at``: its byline.

    A date stamp or a standfirst may sit between them; a short label (a menu's next
    entry) or the story's own text may not: the name would be a menu entry or a
    subheading. A name followed by a line of its kind is an entry of a list too.
    """
    for j in range(at + 1, min(len(doc.blocks), at + 1 + settings().name_below)):
        b = doc.blocks[j]
        if b.label in (Label.UNDECIDED, Label.BODY, Label.CHROME) and _memo(memo, bylines.looks_like_name_line, b.text):
            if _stacked_names(doc, j, memo):
                return True
            if _label_follows(doc, j, memo):
                return False
            b.mark(Label.BYLINE, "byline.name_below_title")
            doc.found.setdefault("bylines", []).append(b.text)
            return True
        if b.label == Label.BODY or (b.label != Label.DATE and b.features["words"] < settings().between_head_min_words):
            return False
    return False


def _stacked_names(doc: Document, j: int, memo: dict | None) -> bool:
    """Co-authors one per line under the headline ("Ann Lee – Reporter" / "Tom Okafor"): a
    short run of name lines ended by the date stamp, a standfirst or the story. A menu of
    columnists runs on, or ends in another short label."""
    k = j
    while (
        k < len(doc.blocks)
        and k - j <= settings().stacked_names_max
        and doc.blocks[k].label in (Label.UNDECIDED, Label.BODY, Label.CHROME)
        and doc.blocks[k].features["words"] <= settings().split_name_max_words
        and _memo(memo, bylines.looks_like_name_line, doc.blocks[k].text)
    ):
        k += 1
    if not 2 <= k - j <= settings().stacked_names_max or k >= len(doc.blocks):
        return False
    after = doc.blocks[k]
    if not (
        after.label == Label.DATE
        or after.features["words"] >= settings().between_head_min_words
        or _memo(memo, dates.looks_like_date_line, after.text)
    ):
        return False
    for b in doc.blocks[j:k]:
        b.mark(Label.BYLINE, "byline.name_below_title")
    doc.found.setdefault("bylines", []).append(", ".join(b.text.strip() for b in doc.blocks[j:k]))
    return True


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
        and len(words) >= settings().kicker_headline_min_words
        and nxt.label not in (Label.DATE, Label.BYLINE)
        and _headline_score(text, memo) >= settings().title_min_score
    ):
        return True  # a label in capitals over the next headline ("HARBOUR SAILING" / "Crews ...")
    if (
        not words
        or len(words) > settings().peer_label_max_words
        or not text[:1].isupper()
        or nxt.label in (Label.DATE, Label.BYLINE)
        or _NOT_A_LABEL.search(text) is not None
        or text.casefold() == doc.blocks[j].text.strip().casefold()
    ):
        return False
    return not _memo(memo, bylines.looks_like_job_title, text) and not _memo(memo, bylines.is_interface_line, text)


def _name_opens_story(doc: Document, memo: dict) -> bool:
    """A bare name as the story's first line, over its first sentence ("Ann Lee" / "Chaos and
    craft, with a little love."): its byline."""
    start = _span(doc)[0]
    # (a standfirst, a share bar, a picture and its caption may sit above it)
    prose = 0
    for i in range(start, min(_region_head_end(doc), start + settings().name_opens_within)):
        b, nxt = doc.blocks[i], doc.blocks[i + 1]
        # (a short widget line may sit between the name and the story: "Share", "Listen to
        # this article", "3 min read")
        k = i + 1
        while (
            k - i <= settings().name_opens_widget_lines
            and k + 1 < len(doc.blocks)
            and doc.blocks[k].label == Label.CHROME
            and doc.blocks[k].features["words"] <= settings().byline_max_words
        ):
            k += 1
        if k > i + 1 and doc.blocks[k].label == Label.BODY:
            nxt = doc.blocks[k]
        if b.features["words"] >= settings().metadata_zone_story_paragraph_words or prose >= 2:
            return False  # the story has begun: a name now is a subheading
        prose += b.label == Label.BODY and b.features["words"] >= settings().lede_min_words
        if (
            b.label != Label.BODY
            or b.features["words"] > settings().split_name_max_words
            or nxt.label != Label.BODY
            or nxt.features["words"] < settings().story_opener_words
            or nxt.text.rstrip()[-1:] not in _CLAUSE_END
            or not _memo(memo, bylines.looks_like_name_line, b.text)
        ):
            continue
        b.mark(Label.BYLINE, "byline.name_opens_story")
        doc.found.setdefault("bylines", []).append(b.text)
        doc.found.setdefault("byline_rows", []).append(i)
        return True
    return False


def _agency_credit(text: str, memo: dict | None) -> bool:
    """Whether a short line credits news agencies only ("dpa/lnw", "SDA/sep", "AFP/dpa/tsp", "AFP"):
    the parsed line names agencies and no one else (an editor's initials are dropped)."""
    return len(_A_WORD.findall(text)) <= settings().agency_line_max_words and _agencies_only(text, memo)


_CREDIT_PARTS = regex.compile(r"\s*[/,]\s*")


def _closing_credit(doc: Document, end: int, memo: dict | None = None) -> bool:
    """The story's closing credit naming its writer and a news agency, as the region's last
    line or the line under it: "(Ann Lee/dpa)", "Ann Lee, AFP", "(Ann Lee/dpa/jbe)".

    Every part is a bare name, a news agency or an editor's initials in lower case, with
    at least one name and one agency: a name alone there may be a subheading or a caption.
    """
    for b in doc.blocks[end : end + 2]:
        if b.features["words"] > settings().byline_max_words or b.label not in (
            Label.BODY,
            Label.UNDECIDED,
            Label.CHROME,
        ):
            continue
        text = b.text.strip()
        if text.startswith("(") and text.endswith(")"):
            text = text[1:-1]
        parts = [p for p in _CREDIT_PARTS.split(text) if p]
        kinds = [
            "agency"
            if _memo(memo, bylines.is_agency, p)
            else "name"
            if _memo(memo, bylines.looks_like_name_line, p)
            else "initials"
            if p.isalpha() and p.islower() and len(p) <= settings().editor_initials_max
            else ""
            for p in parts
        ]
        if "name" not in kinds or "agency" not in kinds or "" in kinds:
            continue
        if not _memo(memo, bylines.parse_byline, b.text).authors:
            continue
        b.mark(Label.BYLINE, "byline.closing_credit")
        doc.found.setdefault("bylines", []).append(b.text.strip())
        return True
    return False


def _signature_line(doc: Document, end: int, memo: dict | None = None) -> None:
    """A post's signature under the story: "Ann Lee — 2013-09-29 — in Travel — Permalink",
    or a bare name right under the last paragraph (a columnist's signature).

    The line's first part is a bare name and another part a full date. A story closed by
    its source line ("(Quelle: APA/dpa)") is credited to the agencies it names: a bare name
    under it is a tag or a teaser's, no signature.
    """
    if _memo(memo, bylines.source_agencies, doc.blocks[end].text):
        doc.found.setdefault("bylines", []).append(doc.blocks[end].text.strip())
        return
    for k, b in enumerate(doc.blocks[end + 1 : end + 1 + settings().signature_after]):
        if b.features["words"] > settings().byline_max_words:
            continue
        first = k == 0 and b.label in (Label.UNDECIDED, Label.CHROME) and b.reason in ("", "region.outside")
        # (a widget's heading may follow the signature: "Ann Lee" / "More from the region")
        heading_after = b.index + 1 < len(doc.blocks) and doc.blocks[b.index + 1].reason == "chrome.section_header"
        if (
            first
            and b.features["words"] <= settings().split_name_max_words
            # (a line in capitals under the story is a section's label: "RELATED VIDEO")
            and not b.text.isupper()
            and _memo(memo, bylines.looks_like_name_line, b.text)
            and (heading_after or not _label_follows(doc, b.index, memo))
        ):
            b.mark(Label.BYLINE, "byline.signature")
            doc.found.setdefault("bylines", []).append(b.text.strip())
            return
        if first and _agency_credit(b.text, memo):
            # the agency credited under the last paragraph ("dpa/lnw", "SDA/sep", "AFP"): the
            # agency and the initials of the desk's editor
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

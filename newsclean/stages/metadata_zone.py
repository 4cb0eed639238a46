"""The head zone of a story and what the metadata stages share there: the blocks above the
region that may hold its headline, byline and date, the per-page memo of the recognisers'
answers, and the shapes of a byline or date line among them.

Split from :mod:`newsclean.stages.metadata` along its seams.
"""

from __future__ import annotations

from typing import Final

import regex

from newsclean.document import Document, Label
from newsclean.metadata import bylines, dates, titles
from newsclean.settings import settings

_SIGNATURE_SPLIT = regex.compile(r"\s*[—–|·•]\s*")


def _head_zone(doc: Document) -> range:
    region = doc.found.get("region")
    start = region[0] if region else len(doc.blocks)
    return range(start - 1, max(-1, start - 1 - settings().head_zone), -1)


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


# a heading over the story that is a date line ("Posted on May 3, 2019 in Gadgets") is no
# headline (html_region takes every heading above the first paragraph for one): read as a
# date line only, never as a name (the headline above a date stamp is no byline)
SOFT_HEADING_DATE_REASONS = frozenset({"html.leading_heading"})


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
    if b.label == Label.CAPTION and b.reason in _CREDIT_CAPTION_REASONS:
        # "LONDON July 24, 2012 (AP)": a stamp with its agency's credit in parentheses, which
        # the caption patterns take for a photo's credit
        # (or a stamp beside its labels, "April 27, 2024 / 6:00 AM / Harbour News", which
        # has a credit's slashes)
        found = _memo(memo, stamp_with_agency, b.text)
        reason = "date.stamp_with_agency"
        if found is None:
            found, reason = _memo(memo, stamp_and_labels, b.text), "date.stamp_beside_labels"
        if found is None or b.features["words"] > settings().byline_max_words:
            return False
        b.mark(Label.DATE, reason)
        doc.found.setdefault("date_lines", []).append(found[0])
        return True
    if b.label == Label.CAPTION and b.reason == "caption.alt_before_credit":
        # a meta line over a picture's credit, taken for the picture's alt text ("July 24,
        # 2012 5:37 AM PDT Follow @annlee" / "(Credit: Agency)"): the story's date
        if not _memo(memo, meta_stamp, b.text):
            return False
        b.mark(Label.DATE, "date.meta_over_credit")
        doc.found.setdefault("date_lines", []).append(b.text)
        return True
    if b.label in (Label.UNDECIDED, Label.BODY):
        pass
    elif not (
        soft
        and (
            b.label == Label.CHROME
            and b.reason in SOFT_CHROME_REASONS | SOFT_DATE_REASONS | SOFT_HEADING_DATE_REASONS
            or _byline_as_caption(b, memo)
        )
    ):
        return False
    words = b.features["words"]
    if words > settings().byline_bio_max_words or _list_row(doc, b.index):
        return False
    text = b.text
    heading = b.label == Label.CHROME and b.reason in SOFT_HEADING_DATE_REASONS
    if not heading and words <= 2 and _split_byline(doc, b, memo):
        return True
    if (
        words <= settings().byline_max_words
        and not text.lstrip()[:3].casefold() == "by "
        and _memo(memo, dates.looks_like_date_line, text)
    ):
        if _date_rows(doc, b.index, memo):
            # a teaser's date in a list of them, never the story's
            b.mark(Label.CHROME, "teaser.date_row")
            return True
        b.mark(Label.DATE, "date.stamp")
        doc.found.setdefault("date_lines", []).append(text)
        return True
    if heading:
        return False  # a heading is read as a date line only
    by_cue = text.lstrip()[:3].casefold() == "by "
    if (
        (words <= settings().byline_max_words or by_cue)
        and _memo(memo, bylines.looks_like_byline, text)
        and (
            _memo(memo, bylines.opens_with_author_marker, text)
            or not (_story_begun(doc, b.index) or _in_menu(doc, b.index, memo))
        )
    ):
        b.mark(Label.BYLINE, "byline.line")
        doc.found.setdefault("bylines", []).append(
            _stacked_bylines(doc, b.index, _continued(doc, b.index, text, memo), memo)
        )
        doc.found.setdefault("byline_rows", []).append(b.index)
        return True
    found = _memo(memo, stamp_and_labels, text) if words <= settings().byline_max_words else None
    if found is not None and not _stamp_rows(doc, b.index, memo):
        b.mark(Label.DATE, "date.stamp_beside_labels")
        doc.found.setdefault("date_lines", []).append(found[0])
        # a news agency printed beside the stamp credits the story ("AP | March 9, 2024")
        agencies = [label for label in found[1] if _memo(memo, bylines.is_agency, label)]
        if agencies and not doc.found.get("bylines"):
            doc.found.setdefault("bylines", []).append(", ".join(agencies))
            doc.found.setdefault("byline_rows", []).append(b.index)
        return True
    credited = _memo(memo, stamp_with_agency, text) if words <= settings().byline_max_words else None
    if credited is not None:
        b.mark(Label.DATE, "date.stamp_with_agency")
        doc.found.setdefault("date_lines", []).append(credited[0])
        return True
    return False


def _day_stamp(doc: Document, j: int, memo: dict) -> bool:
    """Whether block ``j`` is a date line that names a day (not a time alone)."""
    text = doc.blocks[j].text
    return _memo(memo, dates.looks_like_date_line, text) and _memo(memo, _names_day, text)


def _names_day(text: str) -> bool:
    stamp = dates.parse_stamp(text, dayfirst=True)
    return stamp.published is not None or stamp.modified is not None


def _date_rows(doc: Document, i: int, memo: dict) -> bool:
    """Whether the date line at ``i`` is a row of a list of teasers' dates: bare date stamps at
    equal steps of two or more lines ("Bridge closed for repairs" / "04.03.2024" / "New mayor
    sworn in" / "03.03.2024" / ...), at least ``date_row_min`` of them with the line at ``i``
    among them. The story's stamps stand alone or one under another ("Published ..." /
    "Updated ...")."""
    n = len(doc.blocks)
    period = settings().date_row_period
    for step in range(2, period + 1):
        run = 1
        for direction in (-1, 1):
            j = i + direction * step
            while (
                0 <= j < n
                and _day_stamp(doc, j, memo)
                and not any(
                    _day_stamp(doc, k, memo)
                    for k in range(min(j, j - direction * step) + 1, max(j, j - direction * step))
                )
            ):
                run += 1
                j += direction * step
        if run >= settings().date_row_min:
            return True
    return False


def _stamp_rows(doc: Document, i: int, memo: dict) -> bool:
    """Whether a labelled date stamp at ``i`` is a row of a list: another such line sits within
    a few lines of it ("The Briefing, Tuesday, March 5, 2024" over "The Briefing, Friday,
    March 1, 2024"), a list of issues or teasers with their dates, not the story's stamp."""
    reach = settings().stamp_row_reach
    own = " ".join(doc.blocks[i].text.split())
    for j in range(max(0, i - reach), min(len(doc.blocks), i + reach + 1)):
        # (the same stamp printed twice, over the picture and over the story, is one stamp)
        if j != i and " ".join(doc.blocks[j].text.split()) != own:
            if _memo(memo, stamp_and_labels, doc.blocks[j].text) is not None:
                return True
    return False


# what sets a label apart from the date stamp beside it: a bar, a dot, a semicolon, a dash
# or a slash between spaces ("April 27, 2024 / 6:00 AM / Harbour News"), or the comma after
# a leading label or before a closing one ("Berlin, 12.03.2024", "12 March 2024 11:42, UK")
_STAMP_PARTS = regex.compile(r"\s*[|•·;]\s*|\s[-–—/]\s|(?<=^[^,\d]{1,40}[\p{L}.]),\s|,\s(?=[^,\d]{2,40}$)")


def stamp_beside_labels(text: str) -> str | None:
    """The date stamp of a line that prints it beside short labels (see :func:`stamp_and_labels`).

    >>> stamp_beside_labels("Madrid - 12 MAR 2024 - 14:05 CET")
    '12 MAR 2024 - 14:05 CET'
    """
    found = stamp_and_labels(text)
    return found[0] if found is not None else None


def stamp_and_labels(text: str) -> tuple[str, list[str]] | None:
    """The date stamp of a line that prints it beside short labels: a place, an agency, a
    site's name, a comment count or a permalink, set off by bars, dots or dashes ("Madrid -
    12 MAR 2024 - 14:05 CET", "AP | 12 March 2024", "12 March 2024 | Permalink", "Posted to
    News on 9 March 2024 · Comments (1)"), or an agency before it ("Associated Press March
    9, 2024, 9:02 AM"). The stamp must give a full date (with its year) and each label be a
    short phrase; None otherwise (a teaser's headline beside its date is no label).

    >>> stamp_and_labels("Madrid - 12 MAR 2024 - 14:05 CET")
    ('12 MAR 2024 - 14:05 CET', ['Madrid'])
    >>> stamp_and_labels("Council votes to close the harbour school - 12 March 2024") is None
    True
    """
    s = " ".join(text.split())
    if not s or len(s) > settings().max_stamp_chars * 2 or not any(ch.isdigit() for ch in s):
        return None
    cuts = [(m.start(), m.end()) for m in _STAMP_PARTS.finditer(s) if m.end() > m.start()]
    spans, pos = [], 0
    for a, z in cuts:
        if a > pos:
            spans.append((pos, a))
        pos = max(pos, z)
    if pos < len(s):
        spans.append((pos, len(s)))
    found = None
    for i in range(len(spans)):
        for j in range(len(spans) - 1, i - 1, -1):
            if i == 0 and j == len(spans) - 1:
                continue  # the whole line: not a stamp, or the caller knew it already
            part = s[spans[i][0] : spans[j][1]]
            if dates.looks_like_date_line(part) and dates.parse_date(part) is not None:
                labels = [s[a:z] for a, z in spans[:i] + spans[j + 1 :]]
                found = (part, labels)
                break
        if found:
            break
    if found is None:
        # an agency printed before the stamp without a separator ("AP March 9, 2024")
        words = s.split(" ")
        for k in range(1, min(len(words), settings().stamp_label_max_words + 1)):
            head, rest = " ".join(words[:k]), " ".join(words[k:])
            if bylines.is_agency(head) and dates.looks_like_date_line(rest) and dates.parse_date(rest) is not None:
                return rest, [head]
        return None
    part, labels = found
    if len(labels) > settings().stamp_labels_max or (labels and ":" in labels[0] and s.startswith(labels[0])):
        return None  # (a leading field, "Source: Harbour Authority, 12 March 2024", dates the source)
    for label in labels:
        if len(label.split()) > settings().stamp_label_max_words or label.rstrip()[-1:] in "?!":
            return None
    return part, labels


_CREDIT_CAPTION_REASONS = frozenset({"caption.pattern", "caption.credit"})


_AGENCY_CREDIT = regex.compile(r"\s*\(([^()]{2,40})\)\s*$")


def stamp_with_agency(text: str) -> tuple[str, str] | None:
    """The date stamp and the agency of a line that prints a full date with the agency's
    credit in parentheses after it, perhaps after the place in capitals ("July 24, 2012 (AP)",
    "WESTPORT, Wash. July 24, 2012 (AP)", "BERLIN 12.03.2024 (dpa)"); None otherwise (a
    picture's caption ending "(AP)" is a sentence, not a stamp).

    >>> stamp_with_agency("LONDON July 24, 2012 (AP)")
    ('July 24, 2012', 'AP')
    >>> stamp_with_agency("Crowds gather outside the stadium on July 24, 2012 (AP)") is None
    True
    """
    s = " ".join(text.split())
    m = _AGENCY_CREDIT.search(s)
    if m is None or len(s) > settings().max_stamp_chars * 2 or not bylines.is_agency(m[1]):
        return None
    words = s[: m.start()].split(" ")
    for k in range(min(len(words), settings().stamp_label_max_words + 1)):
        rest = " ".join(words[k:])
        if not dates.looks_like_date_line(rest) or dates.parse_date(rest) is None:
            continue
        place = words[:k]
        # a dateline's place: in capitals ("WESTPORT, Wash.", "LONDON") or set off by a comma ("Paris,")
        if place and not (
            sum(ch.isalpha() for ch in place[0]) >= 3
            and (place[0].strip(",.").isupper() or place[0][:1].isupper() and place[-1].endswith(","))
        ):
            return None
        return rest, m[1].strip()
    return None


def meta_stamp(text: str) -> bool:
    """Whether a short line is a meta line led by its date: a full date first, with a time, a
    zone or a follow link after it ("July 24, 2012 5:37 AM PDT Follow @annlee"); not a
    described scene with its day ("Crowds on the quay on July 24, 2012"), and not a sentence.

    >>> meta_stamp("July 24, 2012 5:37 AM PDT Follow @annlee"), meta_stamp("Crowds on the quay on July 24, 2012")
    (True, False)
    """
    from newsclean.stages.metadata_story_dates import _SENTENCE_END

    s = " ".join(text.split())
    if not s or len(s.split()) > settings().meta_line_max_words or _SENTENCE_END.search(s) is not None:
        return False
    if dates.parse_stamp(s).published is None:
        return False
    if dates.looks_like_date_line(s):
        return True
    # the date first, then a few words ("Follow @annlee")
    words = s.split(" ")
    for k in range(len(words) - 1, 0, -1):
        head = " ".join(words[:k])
        if dates.looks_like_date_line(head) and dates.parse_date(head) is not None:
            return len(words) - k <= settings().meta_stamp_tail_words
    return False


_NOT_A_MENU_LABEL = regex.compile(r"[\d@.!?:,|]")


def _menu_label(doc: Document, j: int, memo: dict) -> bool:
    """Whether block ``j`` is a short capitalised label of a menu ("WERK & LEREN", "Billie")."""
    if not 0 <= j < len(doc.blocks):
        return False
    b = doc.blocks[j]
    text = b.text.strip()
    return (
        0 < len(text.split()) <= settings().menu_label_max_words
        and text[:1].isupper()
        and b.label not in (Label.DATE, Label.BYLINE, Label.TITLE)
        and _NOT_A_MENU_LABEL.search(text) is None
        and not _memo(memo, bylines.looks_like_job_title, text)
        and not _memo(memo, bylines.is_interface_line, text)
    )


def _in_menu(doc: Document, i: int, memo: dict) -> bool:
    """Whether block ``i`` is a label between two menu labels: an entry of the menu ("HUIS &
    TUIN" / "GEZIN & VRIJE TIJD" / "Billie"), not a byline, which follows a headline, a
    standfirst or a date and comes before a date, a share bar or the story (a byline with its
    date or job title, "Ann Lee, 26.04.2024", is no label)."""
    return (
        _NOT_A_MENU_LABEL.search(doc.blocks[i].text.strip()) is None
        and _menu_label(doc, i - 1, memo)
        and _menu_label(doc, i + 1, memo)
    )


def _story_begun(doc: Document, i: int) -> bool:
    """Whether the story's prose has begun above block ``i`` in its region: a line there
    without an author marker ("DZEKO, TWO WEEKS SILENT", a subheading in capitals between
    paragraphs) is no byline; a standfirst or a caption above a byline is one paragraph."""
    region = doc.found.get("region")
    if not region or i <= region[0]:
        return False
    prose = 0
    for b in doc.blocks[region[0] : i]:
        if (
            b.label == Label.BODY
            and b.features["words"] >= settings().lede_min_words
            and b.text.rstrip()[-1:] in _CLAUSE_END
        ):
            prose += 1
            if prose >= settings().story_begun_paragraphs:
                return True
    return False


def _stacked_bylines(doc: Document, first: int, text: str, memo: dict) -> str:
    """A byline line and the co-authors' byline lines right under it, one per line
    ("Ann Lee – Reporter" / "Tom Okafor – Correspondent in Rome"), as one byline.

    A line under a byline that is a byline itself credits the same story (a teaser's
    byline has its headline between); an earlier stage may have taken it for a lone
    summary between short lines (soft chrome)."""
    k = first + 1
    while k < len(doc.blocks) and k - first < settings().stacked_names_max:
        nxt = doc.blocks[k]
        if not (
            nxt.label in (Label.UNDECIDED, Label.BODY)
            or nxt.label == Label.CHROME
            and nxt.reason in SOFT_CHROME_REASONS
        ):
            break
        if nxt.features["words"] > settings().byline_max_words or not _memo(memo, bylines.looks_like_byline, nxt.text):
            break
        if _memo(memo, dates.looks_like_date_line, nxt.text):
            break
        nxt.mark(Label.BYLINE, "byline.stacked")
        text = f"{text}; {nxt.text.strip()}"
        k += 1
    return text


def _byline_as_caption(b, memo: dict | None) -> bool:
    """A byline opening with its marker ("Von Ann Lee") taken for the caption of the picture
    whose credit follows it."""
    return (
        b.label == Label.CAPTION
        and b.reason in SOFT_CAPTION_REASONS
        and _memo(memo, bylines.opens_with_author_marker, b.text)
    )


def _split_byline(doc: Document, b, memo: dict) -> bool:
    """A marker printed apart from its name ("By" / "Ann Lee"): the two lines are the byline."""
    if not _memo(memo, bylines.is_lone_marker, b.text) or b.index + 1 >= len(doc.blocks):
        return False
    nxt = doc.blocks[b.index + 1]
    if nxt.features["words"] > settings().split_name_max_words or nxt.label not in (
        Label.UNDECIDED,
        Label.BODY,
        Label.CHROME,
    ):
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
        and k - nxt.index <= settings().split_marker_more_names
        and doc.blocks[k].features["words"] <= settings().split_name_max_words
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
        or more.features["words"] > settings().split_name_max_words
        or more.label not in (Label.UNDECIDED, Label.BODY, Label.CHROME)
        or not (_memo(memo, bylines.looks_like_name_line, more.text) or _memo(memo, bylines.is_agency, more.text))
    ):
        return text
    more.mark(Label.BYLINE, "byline.continued")
    return f"{text} {more.text.strip()}"


_NUMBER_RUN = regex.compile(r"\d+")


_A_WORD = regex.compile(r"\p{L}{2,}")


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
    near = range(max(0, i - settings().list_row_peers), min(len(doc.blocks), i + settings().list_row_peers + 1))
    return sum(1 for j in near if j != i and _row_key(doc.blocks[j].text) == key) >= settings().list_row_peers


def _region_head_end(doc: Document) -> int:
    """The last of the region's first blocks that may still hold the story's byline or date.

    The region can open with a cookie notice, a deck or a caption above the byline; the
    search stops where two long paragraphs follow each other (the story itself).
    """
    start, end = _span(doc)
    if doc.source_kind == "html":
        # trafilatura's blocks start at the story: only its first blocks hold a byline
        return min(start + 3, end)
    last = min(start + settings().region_head_blocks, end)
    prev_long = False
    for i in range(start, last + 1):
        long = doc.blocks[i].features["words"] >= settings().metadata_zone_story_paragraph_words
        if long and prev_long:
            # the story began at the first of the two: the lines above it are its head
            return max(start, min(i - 2, start + settings().region_head_blocks))
        prev_long = long
    return last


MEMO_KEY: Final = "metadata_answers"  # doc.found: head_metadata's answers for this page (pure functions of a text)


_CARD_SEPARATOR = regex.compile(r"\s+[·|•–—]\s+")


def _headline_score(text: str, memo: dict | None) -> float:
    if memo is None:
        return titles.looks_like_headline(text)
    return _memo(memo, lambda t: titles.looks_like_headline(t, memo=memo), text, key=titles.looks_like_headline)


_CLAUSE_END = frozenset(".!?:;")


def _kicker(upper: str, lower: str) -> bool:
    """A label in capitals over a headline in mixed case ("STORM DAMAGE FEARS" over "Coastal
    road closed for weeks after ..."): the kicker, not a headline over its standfirst."""
    return upper.isupper() and not lower.isupper()

"""Runs of lines that belong together, marked before the region search: comment threads,
contents lists, typed bullet lists, numbered items, data rows, schedules, lists introduced
by a lead-in.

Split from :mod:`newsclean.stages.region` along its seams.
"""

from __future__ import annotations

from datetime import datetime

import regex

from newsclean.document import Block, Label
from newsclean.metadata import dates
from newsclean.settings import settings
from newsclean.stages.region_shapes import (
    _BULLET_CHARS,
    _TYPED_BULLET,
)

# a numeric date in any order of day, month and year ("07.15.12", "15/07/2012"), which
# the date parser leaves alone when the order is ambiguous; next to a time it is a stamp
_NUMERIC_DATE = regex.compile(r"(?<![\d.:/-])\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?![\d.:/-])")


_CLOCK = regex.compile(r"\d(?::\d\d|\s?[ap]\.?m\b)", regex.IGNORECASE)


def _comment_signature(blocks: list[Block], i: int) -> bool:
    """A short line holding a full date with a time of day, or a name and then a date or an
    age ("Jo Lee 07 Nov 12", "Miles 12 days ago"), or a name after the address it links to
    ("http://twitter.com/jolee Jo Lee"), over a sentence: a comment's signature."""
    b = blocks[i]
    if (
        b.label == Label.BODY
        or b.features["words"] > settings().comment_signature_max_words
        or b.features.get("end_marker")
    ):
        return False
    text = b.text
    if _CLOCK.search(text) is None:
        # (a quick test: most lines hold no time of day)
        return (_named_stamp(b) or _linked_name(b)) and _comment_text_under(blocks, i)
    return _NUMERIC_DATE.search(text) is not None or isinstance(dates.parse_date(text), datetime)


_NAMED_STAMP = regex.compile(r"^(?P<name>[^\d|:;!?.]{2,60}?)[\s,·•|–—-]+(?P<stamp>\d.{2,40})$")


# "07 Nov 12": a day, a month's short name and a two-digit year, which the date parser leaves alone
_SHORT_YEAR_DATE = regex.compile(r"^\d{1,2}\s\p{L}{3,9}\.?\s\d\d$")


def _comment_text_under(blocks: list[Block], i: int) -> bool:
    """Is a sentence right under line ``i`` (a comment's text, not a teaser's headline)?"""
    return any(b.features["terminal"] for b in blocks[i + 1 : i + 1 + settings().named_stamp_text_lines])


# a commenter's name after the address it links to ("http://twitter.com/annlee Ann Lee")
_LINKED_NAME = regex.compile(r"^(?:https?://|www\.)\S+\s+(?P<name>[^\s/][^/]{0,40})$", regex.IGNORECASE)


def _linked_name(b: Block) -> bool:
    m = _LINKED_NAME.match(b.text)
    return m is not None and len(m["name"].split()) <= settings().named_stamp_max_name_words


def _named_stamp(b: Block) -> bool:
    if b.features["terminal"] and not b.text.endswith("ago"):
        return False
    m = _NAMED_STAMP.match(b.text)
    if m is None or len(m["name"].split()) > settings().named_stamp_max_name_words:
        return False
    stamp = m["stamp"].strip()
    return (
        _SHORT_YEAR_DATE.match(stamp) is not None or dates.is_relative_age(stamp) or dates.looks_like_date_line(stamp)
    )


def _split_thread(blocks: list[Block], run: list[int]) -> list[int]:
    """The run without its leading stamps: where far more prose stands between two of the
    first signatures than between the others, the lines above are a story's own date
    stamps with the story under them, not comments (a long comment further down stays)."""
    words = [sum(blocks[k].features["words"] for k in range(a + 1, b)) for a, b in zip(run, run[1:], strict=False)]
    typical = sorted(words)[(len(words) - 1) // 2]
    limit = max(settings().comment_split_min_words, settings().comment_split_factor * typical)
    first = 0
    for k, w in enumerate(words[: settings().comment_min_signatures - 1]):
        if w > limit:
            first = k + 1
    return run[first:]


def _closes_comment(blocks: list[Block], thread: list[int], i: int) -> bool:
    """Does the line above signature ``i`` close a comment the way the line above most of
    the thread's signatures does (its "Reply" link)? Then the prose between the thread
    and ``i`` is one long comment."""
    above = [blocks[k - 1].text for k in thread[1:]]
    common = max(set(above), key=above.count)
    return (
        2 * above.count(common) >= len(above)
        and blocks[i - 1].text == common
        and blocks[i - 1].features["words"] <= settings().comment_signature_max_words
    )


def _comment_threads(blocks: list[Block]) -> None:
    """Three or more signed comments in a row (a signature line every few lines, with the
    comment's text between) are a thread of reader comments, not the story: the lines from
    the first signature to the last comment are chrome (``chrome.comment_thread``), so the
    region never runs on into the thread, however much prose it holds."""
    sigs = [i for i in range(len(blocks)) if _comment_signature(blocks, i)]
    if len(sigs) < settings().comment_min_signatures:
        return
    runs: list[list[int]] = []
    for i in sigs:
        if runs and 1 < i - runs[-1][-1] <= settings().comment_max_gap + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    threads: list[list[int]] = []
    for run in runs:
        if len(run) < settings().comment_min_signatures:
            continue
        if threads and _closes_comment(blocks, threads[-1], run[0]):
            # a very long comment between two threads of signed comments is one of them
            threads[-1].extend(run)
            continue
        run = _split_thread(blocks, run)
        if len(run) >= settings().comment_min_signatures:
            threads.append(run)
    n = len(blocks)
    for run in threads:
        gaps = sorted(b - a for a, b in zip(run, run[1:], strict=False))
        tail = gaps[len(gaps) // 2] - 1  # the last comment is about as long as the others
        end = run[-1] + 1
        while (
            end < n
            and end - run[-1] <= tail
            and not blocks[end].features.get("end_marker")
            and blocks[end].label in (Label.UNDECIDED, Label.CHROME)
        ):
            end += 1
        for b in blocks[_first_comment(blocks, run) : end]:
            if not b.decided:
                b.mark(Label.CHROME, "chrome.comment_thread")


_COMMENT_HEADINGS = frozenset({"chrome.comment_widget", "chrome.comment_section"})


def _comment_headings(blocks: list[Block]) -> None:
    """A bare comment-section label ("COMMENTS", "Comment") under the story, with the line right
    under it speaking of the same thing ("LOGIN TO COMMENT | REGISTER TODAY", "One comment so far |
    Comments RSS"), heads the readers' comments: it ends the story for good (features
    ``end_marker`` and ``hard_end``, as a comment-section heading does). A "Comments" link in the
    page's head, over no story yet (``comment_heading_story_words``), stays a plain widget."""
    stem_chars = settings().comment_heading_stem_chars
    story = 0.0
    for i, b in enumerate(blocks[:-1]):
        f = b.features
        if b.label == Label.UNDECIDED and f["terminal"] and f["words"] >= settings().isolated_min_words:
            story += f["words"]
            continue
        norm = f["norm"]
        if (
            b.reason != "chrome.comment_widget"
            or f["words"] > settings().comment_heading_max_label_words
            or len(norm) < stem_chars
            or story < settings().comment_heading_story_words
        ):
            continue
        under = blocks[i + 1]
        if under.features["words"] <= settings().comment_heading_next_max_words and norm[:stem_chars] in (
            under.text.casefold()
        ):
            f["end_marker"] = f["hard_end"] = True


def _first_comment(blocks: list[Block], run: list[int]) -> int:
    """Where the thread signed at ``run`` starts: at its first signature, or right under the
    comment section's heading ("Comments") when that stands above the signature with only
    undecided lines between (a template that signs each comment under its text, "Posted by:
    Ann | Mar 26, 2007 2:00 PM", prints the first comment there): no more lines than may stand
    between two signatures (``comment_max_gap``), no more prose than a comment of the thread
    (the bound of ``_split_thread``), and a story above the heading (as much prose as that
    bound's floor): a comment counter over the story itself opens no thread."""
    first = run[0]
    k = first - 1
    while k >= 0 and first - k <= settings().comment_max_gap + 1 and blocks[k].label == Label.UNDECIDED:
        k -= 1
    if not (0 <= k < first - 1 and blocks[k].reason in _COMMENT_HEADINGS):
        return first
    words = sorted(
        sum(blocks[j].features["words"] for j in range(a + 1, b)) for a, b in zip(run, run[1:], strict=False)
    )
    typical = words[(len(words) - 1) // 2]
    limit = max(settings().comment_split_min_words, settings().comment_split_factor * typical)
    if sum(blocks[j].features["words"] for j in range(k + 1, first)) > limit:
        return first  # a story under a comment counter, as _split_thread reads it
    story = sum(b.features["words"] for b in blocks[:k] if b.label == Label.UNDECIDED and b.features["terminal"])
    if story < settings().comment_split_min_words:
        return first
    return k + 1


# a table of contents: its heading, then numbered section titles ("1 History", "1.1 Early years")
_CONTENTS_HEADINGS = frozenset(
    {
        "contents",
        "table of contents",
        "inhalt",
        "inhaltsverzeichnis",
        "sommaire",
        "índice",
        "indice",
        "sumário",
        "inhoud",
        "目次",
        "目录",
    }
)


_CONTENTS_ITEM = regex.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+\S")


def _contents_lists(blocks: list[Block]) -> None:
    """A table of contents sits between a story's lead and its sections: it neither
    attracts nor repels the region (feature ``contents``) and is chrome in the end."""
    n = len(blocks)
    for i, b in enumerate(blocks):
        if b.decided or b.features["norm"] not in _CONTENTS_HEADINGS:
            continue
        j = i + 1
        while j < n and not blocks[j].decided and _CONTENTS_ITEM.match(blocks[j].text):
            j += 1
        if j - i - 1 >= settings().contents_min_items:
            for k in range(i, j):
                blocks[k].features["contents"] = True


def _capitalised_share(items: list[Block]) -> float:
    """Share of capitalised words after each item's first two tokens (bullet, first word)."""
    caps = total = 0
    for b in items:
        for w in b.text.split()[2:]:
            total += 1
            caps += w[:1].isupper()
    return caps / total if total else 1.0


def _typed_lists(blocks: list[Block]) -> None:
    """A run of five or more items with a typed bullet, printed in one box (no blank line
    between them), written as phrases rather than as Title Case links, is the story's own
    list (a changelog, a list of steps): its items count their words like prose (feature
    ``list_run``), so a page that is only such a list still has a region."""
    n = len(blocks)
    i = 0
    while i < n:
        if blocks[i].text[0] not in _BULLET_CHARS or blocks[i].decided or _TYPED_BULLET.match(blocks[i].text) is None:
            i += 1
            continue
        j = i + 1
        while j < n and not blocks[j].decided and not blocks[j].gap_before and _TYPED_BULLET.match(blocks[j].text):
            j += 1
        items = blocks[i:j]
        if len(items) >= settings().typed_list_min_items:
            lengths = sorted(b.features["words"] for b in items)
            if (
                lengths[len(lengths) // 2] >= settings().typed_list_min_median_words
                and _capitalised_share(items) <= settings().typed_list_max_capitalised
            ):
                for b in items:
                    b.features["list_run"] = True
        i = j


# a row of a table printed as text, led by its rank or number ("1 Kyle Lee 5040 5 1",
# "3a etapa: 22 de abril – Velopark", "12. Results ....... 40")
_ROW_NUMBER = regex.compile(r"^(\d{1,3})(?:[.)ºª°]|\p{Ll}{1,2}\b)?\s")


_NUMBER = regex.compile(r"\d+")


def _data_row(b: Block, undecided: bool = True) -> int | None:
    """The row's number when the block is a numbered row holding another number too."""
    if not b.text[:1].isdigit() or (undecided and b.decided) or b.features["words"] > settings().data_row_max_words:
        return None
    m = _ROW_NUMBER.match(b.text)
    if m is None or _NUMBER.search(b.text, m.end()) is None:
        return None
    return int(m.group(1))


def data_row_runs(blocks: list[Block], undecided: bool = True) -> list[tuple[int, int]]:
    """[start, end) of each run of data_rows_min or more rows numbered 1, 2, 3 ... that
    hold figures; ``undecided`` skips blocks a stage has labelled already."""
    runs = []
    n = len(blocks)
    i = 0
    while i < n:
        number = _data_row(blocks[i], undecided)
        if number is None:
            i += 1
            continue
        j = i + 1
        while j < n and _data_row(blocks[j], undecided) == number + (j - i):
            j += 1
        if j - i >= settings().data_rows_min:
            runs.append((i, j))
        i = j
    return runs


def _data_rows(blocks: list[Block]) -> None:
    """Eight or more rows numbered 1, 2, 3 ... in a row, each holding figures (a standings
    table, a race calendar) are a table of the story: they count their words like prose
    (feature ``list_run``)."""
    for i, j in data_row_runs(blocks):
        for b in blocks[i:j]:
            b.features["list_run"] = True


# a list item: a bullet or a number, then the item ("1. Finland", "• Two eggs")
_LIST_ITEM = regex.compile(r"^(?:[•·▪●◦‣∙*–+-]|\d{1,2}[.)])\s+\S")


# a row of a schedule or a table printed as text: a lead (a number or a word) and the
# rest after a separator ("June 9 -- Arena, City", "3rd round: 10 May – Oval")
_ROW_SEPARATOR = regex.compile(r"\s+(?:--|–|—|-|@|\|)\s+|:\s+")


def _row_shape(b: Block) -> tuple[str, str] | None:
    if b.decided or b.features["words"] > settings().row_max_words:
        return None
    text = b.text
    if not (": " in text or " -" in text or "–" in text or "—" in text or "@" in text or "|" in text):
        return None  # no separator at all (plain tests first: most lines have none)
    m = _ROW_SEPARATOR.search(text)
    if m is None or m.start() == 0:
        return None
    # the lead's class (a number, a capitalised word, a lower-case word): "June 30", "July 2"
    first = text[0]
    lead = "#" if first.isdigit() else "A" if first.isupper() else "a" if first.islower() else first
    return lead, m.group(0).strip()


def _schedule_rows(blocks: list[Block]) -> None:
    """A schedule under a story (tour dates, a race calendar): four or more rows of one
    shape right after a story paragraph are the story's list (feature ``introduced_item``)."""
    n = len(blocks)
    i = 0
    while i < n:
        shape = _row_shape(blocks[i])
        if shape is None:
            i += 1
            continue
        j = i + 1
        while j < n and _row_shape(blocks[j]) == shape:
            j += 1
        if j - i >= settings().row_min_run and _story_paragraph_before(blocks, i):
            for k in range(i, j):
                blocks[k].features["introduced_item"] = True
        i = j


_NUMBERED = regex.compile(r"^(\d{1,2})[.)]\s+\S")


def _story_paragraph_before(blocks: list[Block], i: int) -> bool:
    return any(
        blocks[k].label == Label.UNDECIDED
        and blocks[k].features["words"] >= settings().isolated_min_words
        and (blocks[k].features["terminal"] or blocks[k].text.endswith(":"))
        for k in range(max(0, i - settings().row_attach_blocks), i)
    )


def _numbered_items(blocks: list[Block]) -> None:
    """Items numbered 1, 2, 3 ... right after a story paragraph are the story's own list
    (a list of offers, a ranking), even with a line or two between them (feature
    ``introduced_item``)."""
    n = len(blocks)
    i = 0
    while i < n:
        m = _NUMBERED.match(blocks[i].text)
        if m is None or m.group(1) != "1" or blocks[i].decided or not _story_paragraph_before(blocks, i):
            i += 1
            continue
        items = [i]
        expected, j = 2, i + 1
        while j < n and j - items[-1] <= settings().numbered_max_gap + 1:
            mj = _NUMBERED.match(blocks[j].text)
            if mj is not None and not blocks[j].decided:
                if int(mj.group(1)) != expected:
                    break
                items.append(j)
                expected += 1
            j += 1
        if len(items) >= settings().numbered_min_items:
            for k in items:
                blocks[k].features["introduced_item"] = True
            for a, b in zip(items, items[1:], strict=False):
                for k in range(a + 1, b):
                    if blocks[k].features["words"] < settings().isolated_min_words and not blocks[k].features.get(
                        "end_marker"
                    ):
                        blocks[k].features["list_gap"] = True
        i = items[-1] + 1


def _introduced_lists(blocks: list[Block]) -> None:
    """Items of a list that a sentence introduces ("... were as follows:") belong to the
    story: they neither attract nor repel the region (feature ``introduced_item``)."""
    _schedule_rows(blocks)
    _numbered_items(blocks)
    n = len(blocks)
    i = 0
    while i < n:
        b = blocks[i]
        if b.text.endswith(":") and b.features["words"] >= settings().isolated_min_words / 2 and not b.decided:
            j = i + 1
            while j < n and not blocks[j].decided and _LIST_ITEM.match(blocks[j].text):
                blocks[j].features["introduced_item"] = True
                j += 1
            if j == i + 1 and b.features["words"] <= settings().intro_box_lead_max_words:
                j = _introduced_box(blocks, i)
            elif j == i + 1 and b.features["words"] <= settings().intro_box_paragraph_max_words:
                j = _introduced_box(blocks, i, resumes=True)
            i = j
        elif (
            b.text.endswith(_LEAD_IN_ENDS)
            and b.features["words"] >= settings().isolated_min_words / 2
            and not b.decided
        ):
            # "Because once you understand my approach …": the lines printed under it, up to
            # the next blank line, finish the sentence; they are not teaser summaries
            j = i + 1
            while j < n and not blocks[j].decided and (j == i + 1 or not blocks[j].gap_before):
                blocks[j].features["lead_in_item"] = True
                j += 1
            i = max(j, i + 1)
        else:
            i += 1


_LEAD_IN_ENDS = (":", "…", "...")


def _introduced_box(blocks: list[Block], i: int, resumes: bool = False) -> int:
    """Items without bullets printed in one box (no blank line between them) right under a
    line ending in ':' are the list it introduces (feature ``introduced_item``); returns
    the index after the last item. With ``resumes`` (the lead-in closes a whole paragraph,
    "... The seven pieces in this issue are:"), only when a paragraph of prose follows the box
    after a blank line: the story goes on under its list."""
    n = len(blocks)
    j = i + 1
    while (
        j < n
        and j - i <= settings().intro_box_max_items
        and not blocks[j].decided
        and blocks[j].features["words"] <= settings().intro_box_item_max_words
        and (j == i + 1 or not blocks[j].gap_before)
    ):
        j += 1
    if j - i - 1 < settings().intro_box_min_items or (
        j - i > settings().intro_box_max_items and j < n and not blocks[j].gap_before
    ):
        return i + 1  # too few lines, or a box running on past any list's length (a menu, an ad feed)
    if resumes and not (
        j < n
        and blocks[j].gap_before
        and not blocks[j].decided
        and blocks[j].features["terminal"]
        and blocks[j].features["words"] >= settings().isolated_min_words
    ):
        return i + 1
    for k in range(i + 1, j):
        blocks[k].features["introduced_item"] = True
    return j

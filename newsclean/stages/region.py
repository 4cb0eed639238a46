"""Find the article's main region: the densest run of prose-like blocks.

Every block gets a score: sentence-like prose scores its length, short or
unpunctuated lines cost a little, chrome costs more, and a heading that opens a
related/teaser section ("Related", "YOU MAY ALSO LIKE") costs so much that the
region almost never crosses it. The region is the maximum-sum run of blocks
(Kadane's algorithm: one linear pass). Blocks outside it become chrome with the
rule ``region.outside``; undecided blocks inside it become body.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

import regex

from newsclean import rules
from newsclean.document import Block, Document, Kind, Label
from newsclean.metadata import bylines, dates
from newsclean.stages.features import _CJK, shape_features


@dataclass(frozen=True)
class RegionWeights:
    """Scores of the region search; documented so users can tune them."""

    prose_cap: float = 80.0          # a paragraph counts its words up to this
    min_prose_words: float = 8.0     # a sentence-like block this long is prose
    long_unpunctuated_words: float = 20.0
    long_unpunctuated_factor: float = 0.5
    cjk_line_factor: float = 0.5     # a line of CJK prose without a full stop (spaces punctuate it)
    short_sentence: float = 1.0      # short but sentence-like ("China denies it.")
    short_line: float = -2.5         # short, unpunctuated: nav, labels, headlines
    structured_short: float = -0.5   # a heading or list item the HTML marked as such
    ellipsis: float = -6.0           # teaser summaries end in "..." or "…"
    chrome: float = -5.0
    metadata: float = -1.5           # captions, bylines, dates sit inside articles too
    end_marker: float = -40.0        # "Related", "YOU MAY ALSO LIKE", "Comments"
    repeated: float = -3.0           # a short line that recurs on the page is navigation
    introduced_item: float = 1.0     # an item of a list a sentence introduces ("as follows:")
    contents: float = 0.0            # a line of a table of contents
    list_run_factor: float = 1.0     # an item of a typed list or a data table counts its words times this
    repeated_sentence: float = 0.5   # factor for a sentence that recurs on the page (captions, quotes)
    teaser_shapes: bool = False      # run the teaser-shape pass (visible text) before scoring
    trim_head: bool = False          # start the region after a byline/date line near its top


TEXT_WEIGHTS = RegionWeights(teaser_shapes=True, trim_head=True)
HTML_WEIGHTS = RegionWeights(short_line=-1.0, chrome=-3.0, end_marker=-30.0)


def block_score(b: Block, w: RegionWeights) -> float:
    f = b.features
    if f.get("end_marker"):
        return w.end_marker
    if f.get("list_gap") or f.get("code_line") or f.get("post_attribution"):
        # a link or a credit between two items of the story's numbered list; program code; the
        # attribution line under a social post quoted in the story
        return 0.0
    if b.label == Label.CHROME:
        return w.chrome
    if b.label in Label.METADATA:
        return w.metadata
    words = f["words"]
    if f.get("list_run"):
        return min(words, w.prose_cap) * w.list_run_factor
    if f.get("introduced_item"):
        return w.introduced_item
    if f.get("contents"):
        return w.contents
    if f.get("repeated_sentence"):
        return min(words, w.prose_cap) * w.repeated_sentence
    if f["ellipsis"]:
        return w.ellipsis
    if f["terminal"]:
        if words >= w.min_prose_words:
            return min(words, w.prose_cap)
        return w.short_sentence
    if words >= w.long_unpunctuated_words:
        return min(words, w.prose_cap) * w.long_unpunctuated_factor
    if words >= w.min_prose_words and cjk_prose(b):
        return min(words, w.prose_cap) * w.cjk_line_factor
    if f.get("repeat", 1) > 1:
        return w.repeated
    if b.kind in (Kind.HEADING, Kind.LIST_ITEM, Kind.QUOTE, Kind.TABLE_ROW):
        return w.structured_short
    return w.short_line


def best_run(scores: list[float]) -> tuple[int, int] | None:
    """Inclusive bounds of the maximum-sum run, or None if no run is positive."""
    bounds = None
    for _best, bounds in _best_runs_so_far(scores):
        pass
    return bounds


def _best_runs_so_far(scores: list[float]) -> Iterator[tuple[float, tuple[int, int] | None]]:
    """Kadane's pass: before each index i, then at the end, the score and inclusive bounds of
    the maximum-sum run within ``scores[:i]`` (bounds None while no run is positive)."""
    best, best_bounds = 0.0, None
    run, start = 0.0, 0
    for i, s in enumerate(scores):
        yield best, best_bounds
        if run <= 0:
            run, start = s, i
        else:
            run += s
        if run > best:
            best, best_bounds = run, (start, i)
    yield best, best_bounds


# --------------------------------------------------------------- teaser shapes
# A teaser list (related stories, section fronts, mega-menus) repeats one shape: a
# headline line, a one-sentence summary, then a label or an age ("2H ago"). Article
# paragraphs stand next to other paragraphs; a summary stands alone between short lines.
ISOLATED_MIN_WORDS = 8.0       # a block this long is prose-sized
ISOLATED_MAX_WORDS = 60.0      # teaser summaries are one or two sentences
ISOLATED_LONG_LINE_WORDS = 20.0  # an unpunctuated line this long is prose, not a headline
ISOLATED_MAX_GAP = 4           # short lines allowed between two summaries of one list
ISOLATED_MIN_RUN = 3           # summaries in a row that make a list
STORY_MIN_WORDS = 150.0       # prose outside the lists needed before lone summaries count as teasers
TEASER_MEDIAN_WORDS = 50.0
CONTEXT_BLOCKS = 6            # how far on each side of a list to look for story paragraphs
CONTEXT_WORDS = 80.0          # story words needed on both sides to keep a list inside the story    # a list whose middle summary is longer is a listicle's items
BETWEEN_STORY_WORDS = 80.0  # story words between the lone lines that make them the story's own (quotes, figures)
REPEATED_MIN_WORDS = 4.0       # a line this long that recurs on the page is a teaser or caption
REPEATED_CAPTION_MAX_WORDS = 40.0
CAPS_LINK_MIN_WORDS = 6.0
CAPS_LINK_UPPER_SHARE = 0.9  # a sentence printed twice in a row up to this long is a caption
# a headline glued to its summary by innerText: "...Troy SteakhouseA party of six left..."
# the junction: a word starting with a capital or a digit whose last letter (or digit) runs
# straight into a capitalised word, the summary's first
# straight into a capitalised word, the summary's first; four lower-case letters (or three
# digits) before the junction keep out names written in camel case (MacBook, McDonald)
_GLUED_JUNCTION = regex.compile(
    r"(?<=\s|^)[\p{Lu}\d][\w'’,.$-]*?(?:\p{Ll}{4}|\d{3})(?=\p{Lu}\p{Ll}*\s)")
GLUED_MIN_HEADLINE_WORDS = 4
GLUED_MIN_SUMMARY_WORDS = 5
GLUED_CAPITALISED_SHARE = 0.8


_LOWER_UPPER = regex.compile(r"[\p{Ll}\d]\p{Lu}")


SELF_REPEAT_HEAD_WORDS = 3


def _self_repeated(text: str) -> bool:
    """Is the line one phrase of three or more words printed twice or more in a row?"""
    words = text.split(None, SELF_REPEAT_HEAD_WORDS)
    if len(words) <= SELF_REPEAT_HEAD_WORDS:
        return False
    head = " ".join(words[:SELF_REPEAT_HEAD_WORDS])
    at = text.find(head, 1)
    if at <= 0:
        return False
    unit = text[:at].rstrip()
    if unit.endswith((".", "!", "?", "。")):
        return False  # a sentence said again is prose, however odd; a headline has no full stop
    return unit.count(" ") + 1 >= SELF_REPEAT_HEAD_WORDS and text.startswith(unit, at)


def _glued_headline(text: str) -> bool:
    """Does the block start with a Title Case headline glued to a summary sentence?"""
    if _LOWER_UPPER.search(text) is None:
        return False  # a quick scan: no lower-case letter runs into a capital at all
    m = _GLUED_JUNCTION.search(text)
    if m is None:
        return False
    head = text[: m.end()].split()
    tail = text[m.end():].split()
    if len(head) < GLUED_MIN_HEADLINE_WORDS or len(tail) < GLUED_MIN_SUMMARY_WORDS:
        return False
    capitalised = sum(1 for w in head if not w[0].islower())
    return capitalised >= GLUED_CAPITALISED_SHARE * len(head)


# program code and tables repeat lines too; their punctuation tells them from headlines
_CODE_LIKE = regex.compile(r"[{};=<>│]|\w\(")


CODE_BOX_MIN_LINES = 3
CODE_BOX_SHARE = 0.3   # share of a box's lines that look like code for the box to be a code listing


def _code_like(text: str) -> bool:
    """Does the line hold code punctuation? (plain ``in`` tests first: most lines have none)"""
    return ("(" in text or "=" in text or ";" in text or "{" in text or "}" in text or "<" in text
            or ">" in text or "│" in text) and _CODE_LIKE.search(text) is not None


def _code_boxes(blocks: list[Block]) -> None:
    """A listing of program code or a query's output printed in one box (lines with no
    blank line between them, many of them holding code punctuation: braces, ';', '=',
    a call, table rules) neither attracts nor repels the region (feature ``code_line``):
    its short lines are not navigation, and a technical story runs on under it."""
    n = len(blocks)
    i = 0
    while i < n:
        j = i + 1
        while j < n and not blocks[j].gap_before:
            j += 1
        if j - i >= CODE_BOX_MIN_LINES:
            box = blocks[i:j]
            code = sum(1 for b in box if _code_like(b.text))
            if code >= CODE_BOX_SHARE * len(box):
                for b in box:
                    if not b.decided and b.features["words"] < ISOLATED_MIN_WORDS * 2:
                        b.features["code_line"] = True
        i = j


# an answer in an interview ("A: ...") or a speaker's line ("JO: ...")
_SPEAKER = regex.compile(r"^\p{Lu}{1,3}\s?:\s")


# a wire story's first paragraph opens with its dateline and agency: "(CNN)President ...",
# "MOSCOW (AP) — An unmanned ...", "WASHINGTON (Reuters) - The ...", "HAYWARD, Calif. (AP) — The ..."
_WIRE_OPENER = regex.compile(
    r"^(?:\p{Lu}[\p{Lu} .'’-]{1,30}(?:,\s\p{Lu}[\p{L}.]{1,12})?\s)?\(\p{Lu}[\p{L}&.]{1,12}\)\s?(?:[—–-]{1,2}\s?)?\p{Lu}")


def _summary_start(text: str) -> bool:
    """Could this lone line be a teaser's summary? Not if it starts in lower case or with
    an ellipsis (a list item or a line continuing another), answers a question, looks
    like code, opens with a bullet the author typed ("* GET a document: ...") or with a wire
    story's dateline ("MOSCOW (AP) — ...", "(CNN)The ...")."""
    return not text[0].islower() and not text.startswith(("…", "...")) and _SPEAKER.match(text) is None \
        and (("(" not in text[:40]) or _WIRE_OPENER.match(text) is None) \
        and _CODE_LIKE.search(text) is None and (text[0] not in _BULLET_CHARS or _TYPED_BULLET.match(text) is None)


def _prose_sized(b: Block) -> bool:
    return b.label == Label.UNDECIDED and b.features["words"] >= ISOLATED_MIN_WORDS


CJK_PROSE_SHARE = 0.6  # share of a line's characters that are CJK for it to read as CJK prose


def cjk_prose(b: Block) -> bool:
    """A line written mostly in CJK characters: such prose often runs without a full stop
    (a space or a line break punctuates it), so a long one is prose even unpunctuated."""
    f = b.features
    found = f.get("cjk_prose")
    if found is None:
        text = b.text
        found = f["cjk_prose"] = not text.isascii() and len(_CJK.findall(text)) >= CJK_PROSE_SHARE * len(text)
    return found


def _prose_neighbour(b: Block) -> bool:
    """A paragraph next to which a block is not alone: a sentence, or a long line."""
    f = b.features
    if f.get("introduced_item") or f.get("code_line"):
        return True  # an item of the story's own list, a listing of code
    return b.label == Label.UNDECIDED and f["words"] >= ISOLATED_MIN_WORDS and (
        f["terminal"] or f["words"] >= ISOLATED_LONG_LINE_WORDS or (not f["ellipsis"] and cjk_prose(b)))


# a headline cut short with two dots ("Star quits the show, as fans..") is a teaser too
_TWO_DOT_CUT = regex.compile(r"[^.\s]\s*\.\.$")


def teaser_shapes(doc: Document) -> None:
    """Label teaser-list shapes chrome before the region search (named rules ``teaser.*``)."""
    blocks = doc.blocks
    for b in blocks:
        f = b.features
        if not f["ellipsis"] and b.text.endswith("..") and _TWO_DOT_CUT.search(b.text):
            f["ellipsis"] = True
            f["terminal"] = False
    _cut_paragraphs(blocks)
    _contents_lists(blocks)
    _code_boxes(blocks)
    _typed_lists(blocks)
    _data_rows(blocks)
    _introduced_lists(blocks)
    _comment_threads(blocks)
    _separators(blocks)
    _lone_summaries(blocks)
    _recurring_and_glued(blocks)
    _menu_lines(blocks)


# a menu printed as one line: twenty or more link labels in Title Case run together without
# a sentence's punctuation ("Europe News Smart Regions State Of The Union The Cube ...");
# a sentence, even in German, writes most of its words in lower case
MENU_LINE_MIN_WORDS = 20.0
MENU_LINE_CAPITALISED = 0.8
MENU_LINE_MAX_COMMAS = 0.1   # commas, colons or semicolons per word: a menu's labels are set apart by spaces


def _menu_lines(blocks: list[Block]) -> None:
    """A long unpunctuated line of capitalised words is a menu, not prose (``chrome.menu_line``)."""
    for b in blocks:
        f = b.features
        if b.decided or f["terminal"] or f["words"] < MENU_LINE_MIN_WORDS:
            continue
        text = b.text
        words = text.split()
        if text.count(",") + text.count(":") + text.count(";") > len(words) * MENU_LINE_MAX_COMMAS:
            continue  # a list of names or credits ("Choreographer: Ann Lee, Director: ..."), not links
        if sum(1 for w in words if w[:1].isupper() or w[:1].isdigit()) >= MENU_LINE_CAPITALISED * len(words):
            b.mark(Label.CHROME, "chrome.menu_line")


# a reader comment is signed by a short line holding its author and its posting time
# ("Ann — July 18th, 2012, 4:09 pm", "Jo Lee October 25, 2012 at 12:22 pm", "Tuesday,
# October 30, 2012 at 8:37 pm | Permalink"); a story prints its own date once, at its head
COMMENT_SIGNATURE_MAX_WORDS = 12
COMMENT_MIN_SIGNATURES = 3      # signed comments in a row that make a thread
COMMENT_MAX_GAP = 15            # lines between two signatures (a long comment, its Reply link)
# prose between two signatures beyond this (and this many times the thread's typical
# comment) is a story between its own stamp and the first comment: the thread splits there
COMMENT_SPLIT_MIN_WORDS = 60.0
COMMENT_SPLIT_FACTOR = 3.0
# a numeric date in any order of day, month and year ("07.15.12", "15/07/2012"), which
# the date parser leaves alone when the order is ambiguous; next to a time it is a stamp
_NUMERIC_DATE = regex.compile(r"(?<![\d.:/-])\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?![\d.:/-])")
_CLOCK = regex.compile(r"\d(?::\d\d|\s?[ap]\.?m\b)", regex.IGNORECASE)


def _comment_signature(b: Block) -> bool:
    """A short line holding a full date with a time of day: a comment's signature."""
    if b.label == Label.BODY or b.features["words"] > COMMENT_SIGNATURE_MAX_WORDS or b.features.get("end_marker"):
        return False
    text = b.text
    if _CLOCK.search(text) is None:
        return False  # (a quick test: most lines hold no time of day)
    return _NUMERIC_DATE.search(text) is not None or isinstance(dates.parse_date(text), datetime)


def _split_thread(blocks: list[Block], run: list[int]) -> list[int]:
    """The run without its leading stamps: where far more prose stands between two of the
    first signatures than between the others, the lines above are a story's own date
    stamps with the story under them, not comments (a long comment further down stays)."""
    words = [sum(blocks[k].features["words"] for k in range(a + 1, b)) for a, b in zip(run, run[1:])]
    typical = sorted(words)[(len(words) - 1) // 2]
    limit = max(COMMENT_SPLIT_MIN_WORDS, COMMENT_SPLIT_FACTOR * typical)
    first = 0
    for k, w in enumerate(words[: COMMENT_MIN_SIGNATURES - 1]):
        if w > limit:
            first = k + 1
    return run[first:]


def _closes_comment(blocks: list[Block], thread: list[int], i: int) -> bool:
    """Does the line above signature ``i`` close a comment the way the line above most of
    the thread's signatures does (its "Reply" link)? Then the prose between the thread
    and ``i`` is one long comment."""
    above = [blocks[k - 1].text for k in thread[1:]]
    common = max(set(above), key=above.count)
    return 2 * above.count(common) >= len(above) and blocks[i - 1].text == common \
        and blocks[i - 1].features["words"] <= COMMENT_SIGNATURE_MAX_WORDS


def _comment_threads(blocks: list[Block]) -> None:
    """Three or more signed comments in a row (a signature line every few lines, with the
    comment's text between) are a thread of reader comments, not the story: the lines from
    the first signature to the last comment are chrome (``chrome.comment_thread``), so the
    region never runs on into the thread, however much prose it holds."""
    sigs = [i for i, b in enumerate(blocks) if _comment_signature(b)]
    if len(sigs) < COMMENT_MIN_SIGNATURES:
        return
    runs: list[list[int]] = []
    for i in sigs:
        if runs and 1 < i - runs[-1][-1] <= COMMENT_MAX_GAP + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    threads: list[list[int]] = []
    for run in runs:
        if len(run) < COMMENT_MIN_SIGNATURES:
            continue
        if threads and _closes_comment(blocks, threads[-1], run[0]):
            # a very long comment between two threads of signed comments is one of them
            threads[-1].extend(run)
            continue
        run = _split_thread(blocks, run)
        if len(run) >= COMMENT_MIN_SIGNATURES:
            threads.append(run)
    n = len(blocks)
    for run in threads:
        gaps = sorted(b - a for a, b in zip(run, run[1:]))
        tail = gaps[len(gaps) // 2] - 1   # the last comment is about as long as the others
        end = run[-1] + 1
        while end < n and end - run[-1] <= tail and not blocks[end].features.get("end_marker") \
                and blocks[end].label in (Label.UNDECIDED, Label.CHROME):
            end += 1
        for b in blocks[run[0] : end]:
            if not b.decided:
                b.mark(Label.CHROME, "chrome.comment_thread")


# a paragraph the page cuts short (a paywall, a "read the full story" link) ends in an
# ellipsis like a teaser's summary; it reads on from the story's paragraph right above it
# and holds a sentence of its own before the cut
_INNER_SENTENCE_END = regex.compile(r"[.!?][\"'”’)]?\s+[\"'“‘(]?\p{Lu}")
CUT_PARAGRAPH_MIN_WORDS = ISOLATED_LONG_LINE_WORDS


def _cut_paragraphs(blocks: list[Block]) -> None:
    """The last paragraph of a story cut short under a story paragraph is prose, not a
    teaser summary: it loses its ``ellipsis`` feature and counts like the paragraph above."""
    for i in range(1, len(blocks)):
        f = blocks[i].features
        if not f["ellipsis"] or f["words"] < CUT_PARAGRAPH_MIN_WORDS or blocks[i].decided:
            continue
        above = blocks[i - 1]
        fa = above.features
        if above.decided or not fa["terminal"] or fa["ellipsis"] or fa["words"] < CUT_PARAGRAPH_MIN_WORDS:
            continue
        if _INNER_SENTENCE_END.search(blocks[i].text) is None:
            continue
        f["ellipsis"] = False
        f["terminal"] = True


# a table of contents: its heading, then numbered section titles ("1 History", "1.1 Early years")
_CONTENTS_HEADINGS = frozenset({"contents", "table of contents", "inhalt", "inhaltsverzeichnis", "sommaire",
                                "índice", "indice", "sumário", "inhoud", "目次", "目录"})
_CONTENTS_ITEM = regex.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+\S")
CONTENTS_MIN_ITEMS = 3


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
        if j - i - 1 >= CONTENTS_MIN_ITEMS:
            for k in range(i, j):
                blocks[k].features["contents"] = True


# ---- lists that are the story: a list the author typed, a table of numbered rows
# a bullet typed into the text itself ("+ Added ...", "* Fixed ...", "• Two eggs"): a browser
# does not print the bullets of an HTML list, so these were written by the author
_TYPED_BULLET = regex.compile(r"^[•▪●◦‣∙*–+-]\s+\S")
_BULLET_CHARS = frozenset("•▪●◦‣∙*–+-")
TYPED_LIST_MIN_ITEMS = 5
TYPED_LIST_MIN_MEDIAN_WORDS = 4.0  # menus typed with dashes hold one or two words an item
TYPED_LIST_MAX_CAPITALISED = 0.5   # items written as phrases, not headline links in Title Case


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
        if len(items) >= TYPED_LIST_MIN_ITEMS:
            lengths = sorted(b.features["words"] for b in items)
            if lengths[len(lengths) // 2] >= TYPED_LIST_MIN_MEDIAN_WORDS \
                    and _capitalised_share(items) <= TYPED_LIST_MAX_CAPITALISED:
                for b in items:
                    b.features["list_run"] = True
        i = j


# a row of a table printed as text, led by its rank or number ("1 Kyle Lee 5040 5 1",
# "3a etapa: 22 de abril – Velopark", "12. Results ....... 40")
_ROW_NUMBER = regex.compile(r"^(\d{1,3})(?:[.)ºª°]|\p{Ll}{1,2}\b)?\s")
_NUMBER = regex.compile(r"\d+")
DATA_ROWS_MIN = 8          # numbered rows in a row that make a table (a "top 5" teaser list is shorter)
DATA_ROW_MAX_WORDS = 30.0


def _data_row(b: Block, undecided: bool = True) -> int | None:
    """The row's number when the block is a numbered row holding another number too."""
    if not b.text[:1].isdigit() or (undecided and b.decided) or b.features["words"] > DATA_ROW_MAX_WORDS:
        return None
    m = _ROW_NUMBER.match(b.text)
    if m is None or _NUMBER.search(b.text, m.end()) is None:
        return None
    return int(m.group(1))


def data_row_runs(blocks: list[Block], undecided: bool = True) -> list[tuple[int, int]]:
    """[start, end) of each run of DATA_ROWS_MIN or more rows numbered 1, 2, 3 ... that
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
        if j - i >= DATA_ROWS_MIN:
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
ROW_MAX_WORDS = 20.0
ROW_MIN_RUN = 4          # rows of one shape in a row that make a schedule
ROW_ATTACH_BLOCKS = 2    # the schedule follows a story paragraph this closely


def _row_shape(b: Block) -> tuple[str, str] | None:
    if b.decided or b.features["words"] > ROW_MAX_WORDS:
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
        if j - i >= ROW_MIN_RUN and _story_paragraph_before(blocks, i):
            for k in range(i, j):
                blocks[k].features["introduced_item"] = True
        i = j


_NUMBERED = regex.compile(r"^(\d{1,2})[.)]\s+\S")
NUMBERED_MIN_ITEMS = 3
NUMBERED_MAX_GAP = 3     # lines between two items (a link, a price, a picture's credit)


def _story_paragraph_before(blocks: list[Block], i: int) -> bool:
    return any(blocks[k].label == Label.UNDECIDED and blocks[k].features["words"] >= ISOLATED_MIN_WORDS
               and (blocks[k].features["terminal"] or blocks[k].text.endswith(":"))
               for k in range(max(0, i - ROW_ATTACH_BLOCKS), i))


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
        while j < n and j - items[-1] <= NUMBERED_MAX_GAP + 1:
            mj = _NUMBERED.match(blocks[j].text)
            if mj is not None and not blocks[j].decided:
                if int(mj.group(1)) != expected:
                    break
                items.append(j)
                expected += 1
            j += 1
        if len(items) >= NUMBERED_MIN_ITEMS:
            for k in items:
                blocks[k].features["introduced_item"] = True
            for a, b in zip(items, items[1:]):
                for k in range(a + 1, b):
                    if blocks[k].features["words"] < ISOLATED_MIN_WORDS and not blocks[k].features.get("end_marker"):
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
        if b.text.endswith(":") and b.features["words"] >= ISOLATED_MIN_WORDS / 2 and not b.decided:
            j = i + 1
            while j < n and not blocks[j].decided and _LIST_ITEM.match(blocks[j].text):
                blocks[j].features["introduced_item"] = True
                j += 1
            if j == i + 1 and b.features["words"] <= INTRO_BOX_LEAD_MAX_WORDS:
                j = _introduced_box(blocks, i)
            i = j
        elif b.text.endswith(_LEAD_IN_ENDS) and b.features["words"] >= ISOLATED_MIN_WORDS / 2 and not b.decided:
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
INTRO_BOX_MIN_ITEMS = 2
INTRO_BOX_MAX_ITEMS = 12
INTRO_BOX_ITEM_MAX_WORDS = 25.0
INTRO_BOX_LEAD_MAX_WORDS = 30.0  # a list's lead-in is a short sentence, not a teaser's cut summary


def _introduced_box(blocks: list[Block], i: int) -> int:
    """Items without bullets printed in one box (no blank line between them) right under a
    line ending in ':' are the list it introduces (feature ``introduced_item``); returns
    the index after the last item."""
    n = len(blocks)
    j = i + 1
    while j < n and j - i <= INTRO_BOX_MAX_ITEMS and not blocks[j].decided \
            and blocks[j].features["words"] <= INTRO_BOX_ITEM_MAX_WORDS and (j == i + 1 or not blocks[j].gap_before):
        j += 1
    if j - i - 1 < INTRO_BOX_MIN_ITEMS or (j - i > INTRO_BOX_MAX_ITEMS and j < n and not blocks[j].gap_before):
        return i + 1  # too few lines, or a box running on past any list's length (a menu, an ad feed)
    for k in range(i + 1, j):
        blocks[k].features["introduced_item"] = True
    return j


# the line under a quoted review or testimonial: "– Ann L.", "— Jo**, Leeds"
# or the source of a quoted review in brackets: "[The Harbour Gazette]"
_ATTRIBUTION = regex.compile(r"^[–—-]\s?\S+(?:\s\S+){0,4}$|^\[[^\[\]]{2,40}\]$")


SKIP_CHROME_NEIGHBOURS = 1  # a chrome line (a promo link, a caption) looked through for a neighbour
# ... but not the widgets of a comment section or a share bar, which end a story
_NOT_LOOKED_THROUGH = frozenset({"chrome.comment_widget", "chrome.comment_section", "chrome.share_widget",
                                 "chrome.counter"})


# a short label the page prints again and again between the story's paragraphs ("Article
# content", "Advertisement"): a separator, looked through like a chrome line. A section's
# label between teaser cards recurs too, but next to headlines, not between sentences
SEPARATOR_MIN_REPEAT = 5
SEPARATOR_MAX_WORDS = 3.0
SEPARATOR_FLANKED_SHARE = 0.3   # share of its copies with a sentence-like paragraph on both sides


def _separators(blocks: list[Block]) -> None:
    """Mark the copies of a short recurring line that stands between two paragraphs at most of
    its places (feature ``separator``)."""
    seen: dict[str, list[int]] = {}
    for i, b in enumerate(blocks):
        f = b.features
        if b.label == Label.UNDECIDED and f.get("repeat", 1) >= SEPARATOR_MIN_REPEAT and f["words"] <= SEPARATOR_MAX_WORDS:
            seen.setdefault(b.text, []).append(i)

    def sentence(j: int) -> bool:
        return 0 <= j < len(blocks) and blocks[j].features["terminal"] and blocks[j].features["words"] >= ISOLATED_MIN_WORDS

    for rows in seen.values():
        flanked = sum(1 for i in rows if sentence(i - 1) and sentence(i + 1))
        if len(rows) >= SEPARATOR_MIN_REPEAT and flanked >= SEPARATOR_FLANKED_SHARE * len(rows):
            for i in rows:
                blocks[i].features["separator"] = True


def _separator(b: Block) -> bool:
    return b.label == Label.UNDECIDED and bool(b.features.get("separator"))


def _prose_beside(blocks: list[Block], prose: list[bool], i: int, step: int) -> bool:
    """Is there a story paragraph next to block ``i`` on one side, looking through a line or
    two already judged chrome or a caption (a promo line or a picture set into the story)?"""
    j = i + step
    for _ in range(SKIP_CHROME_NEIGHBOURS + 1):
        if not 0 <= j < len(blocks):
            return False
        if prose[j]:
            return True
        label = blocks[j].label
        if not (label == Label.CHROME or (label == Label.CAPTION and step < 0) or _separator(blocks[j])) \
                or blocks[j].features.get("end_marker") or blocks[j].reason in _NOT_LOOKED_THROUGH:
            return False  # (the block right before a picture's credit is its caption)
        j += step
    return False


_BY = regex.compile(r"(?:^|\s)(?:[Bb]y|BY)\s+\p{Lu}")


def _signed_byline(b: Block) -> bool:
    """A byline line with its "By" ("By Ann Lee", "May 2, 2024 by Ann Lee"): teaser cards
    print an author's bare name or a date, a story's head signs its byline."""
    return not b.decided and b.features["words"] <= HEAD_ANCHOR_MAX_WORDS and _BY.search(b.text) is not None \
        and bylines.looks_like_byline(b.text)


def _lone_summaries(blocks: list[Block]) -> None:
    n = len(blocks)
    prose = [_prose_neighbour(b) for b in blocks]
    # lone prose-sized blocks between short lines
    heading = rules.combined("section_heading_patterns")
    isolated = [i for i in range(n) if _prose_sized(blocks[i]) and blocks[i].features["words"] <= ISOLATED_MAX_WORDS
                and not (i > 0 and heading is not None and blocks[i - 1].text.endswith("]")
                         and heading.search(blocks[i - 1].text) is not None)
                and not blocks[i].features.get("introduced_item") and not blocks[i].features.get("lead_in_item")
                and not (i + 1 < n and _ATTRIBUTION.match(blocks[i + 1].text))
                and not _prose_beside(blocks, prose, i, -1) and not _prose_beside(blocks, prose, i, 1)
                and _summary_start(blocks[i].text)]
    runs: list[list[int]] = []
    run: list[int] = []
    for i in isolated + [n + ISOLATED_MAX_GAP + 2]:
        if run and i - run[-1] > ISOLATED_MAX_GAP + 1:
            if len(run) >= ISOLATED_MIN_RUN:
                runs.append(run)
            run = []
        run.append(i)
    # teaser summaries are short, and only a page that also has a story outside the lists
    # has teaser lists around it: a page of lone paragraphs between subheadings (a
    # listicle, a how-to) is the story itself
    in_runs = {i for r in runs for i in r}
    story = sum(blocks[i].features["words"] for i in range(n) if prose[i] and i not in in_runs)
    if story < STORY_MIN_WORDS:
        return
    _card_summaries(blocks, prose)
    for r in runs:
        lengths = sorted(blocks[j].features["words"] for j in r)
        if lengths[len(lengths) // 2] > TEASER_MEDIAN_WORDS:
            continue
        # story paragraphs on both sides: the lone lines are the story's own list or quotes
        before = sum(blocks[j].features["words"] for j in range(max(0, r[0] - CONTEXT_BLOCKS), r[0])
                     if prose[j] and j not in in_runs)
        after = sum(blocks[j].features["words"] for j in range(r[-1] + 1, min(n, r[-1] + 1 + CONTEXT_BLOCKS))
                    if prose[j] and j not in in_runs)
        if before >= CONTEXT_WORDS and after >= CONTEXT_WORDS:
            continue
        if after >= CONTEXT_WORDS and r[-1] > 0 and _signed_byline(blocks[r[-1] - 1]):
            # the last lone line sits right under a byline ("By Ann Lee"), with the story's
            # paragraphs after it (a picture between): it is the story's first paragraph
            r = r[:-1]
            if len(r) < ISOLATED_MIN_RUN:
                continue
        # story paragraphs between the lone lines: a teaser list's summaries stand together,
        # these are the story's quotes or figures set off by promo links and pictures
        between = sum(blocks[j].features["words"] for j in range(r[0] + 1, r[-1]) if prose[j] and j not in in_runs)
        if between >= BETWEEN_STORY_WORDS:
            continue
        for j in r:
            blocks[j].mark(Label.CHROME, "teaser.isolated_summary")


# a feed of story cards (a label, the source, the card's comment counter, a headline, then
# a summary of a few sentences): a story's paragraphs carry no comment counter of their own
CARD_MAX_GAP = 12          # lines between two cards' summaries (related links, a sponsor)
CARD_MIN_COUNTED = 3       # summaries with a counter above them that make a feed
_COUNTER_REASONS = frozenset({"chrome.line_shape", "chrome.counter"})


CARD_SUMMARY_MIN_WORDS = ISOLATED_LONG_LINE_WORDS  # a card's summary: sentences, not a related headline
_COUNT_AND_NOUN = regex.compile(r"\d\s?\p{L}")


def _counter_line(b: Block) -> bool:
    """A chrome counter: a number and what it counts ("11 Comments", "200Comments. Click to
    view comments"), not a bare rank or a slide counter."""
    return b.reason in _COUNTER_REASONS and b.features["words"] <= 8 and _COUNT_AND_NOUN.search(b.text) is not None


def _card_summaries(blocks: list[Block], prose: list[bool]) -> None:
    """Lone paragraphs of a few sentences, most of them under their own comment counter
    (chrome) a few lines above, are the summaries of a feed of cards (``teaser.card_summary``)."""
    n = len(blocks)
    lone = [i for i in range(n) if _prose_sized(blocks[i]) and blocks[i].features["terminal"]
            and blocks[i].features["words"] >= CARD_SUMMARY_MIN_WORDS and not blocks[i].features.get("introduced_item")
            and not blocks[i].features.get("lead_in_item")
            and not _prose_beside(blocks, prose, i, -1) and not _prose_beside(blocks, prose, i, 1)
            and _summary_start(blocks[i].text)]
    run: list[tuple[int, bool]] = []
    previous = -1
    for i in lone + [n + CARD_MAX_GAP + 2]:
        if run and i - run[-1][0] > CARD_MAX_GAP + 1:
            if sum(counted for _, counted in run) >= max(CARD_MIN_COUNTED, len(run) / 2):
                for j, _ in run:
                    blocks[j].mark(Label.CHROME, "teaser.card_summary")
            run = []
        if i >= n:
            break
        top = max(previous + 1, i - CARD_MAX_GAP)
        run.append((i, any(_counter_line(blocks[k]) for k in range(top, i))))
        previous = i


# the attribution line under a social post quoted in a story, which a page prints once per
# post of one account: "— Harbour Board (@harbourboard) March 4, 2024"
_POST_ATTRIBUTION = regex.compile(r"^[—–-]\s?[^()]{1,60}\(@\w{1,20}\)\s.{0,30}\d.{0,20}$")


def _recurring_and_glued(blocks: list[Block]) -> None:
    prev_text = None
    for i, b in enumerate(blocks):
        # a sentence printed twice in a row, character for character, is a slideshow's
        # caption (its alt text and its visible caption): both copies go
        text = b.text
        # (printed in one box, with no blank line between: two paragraphs of a body that
        # happen to be equal are separated by one, and must survive a second cleaning)
        if text == prev_text and b.features["terminal"] and not b.gap_before \
                and REPEATED_MIN_WORDS <= b.features["words"] <= REPEATED_CAPTION_MAX_WORDS:
            for c in (blocks[i - 1], b):
                if c.label == Label.UNDECIDED:
                    c.mark(Label.CHROME, "chrome.repeated_caption")
        prev_text = text
    for i, b in enumerate(blocks):
        if b.label != Label.UNDECIDED:
            continue
        f = b.features
        if (b.text[0] in "—–-" and f["words"] <= HEAD_ANCHOR_MAX_WORDS
                and _POST_ATTRIBUTION.match(b.text) is not None):
            f["post_attribution"] = True  # a quoted post's signature, however often the account posts
            continue
        if f.get("repeat", 1) > 1 and f["words"] >= REPEATED_MIN_WORDS and not f.get("code_line") \
                and not _CODE_LIKE.search(b.text):
            # a recurring headline or label is navigation; a recurring sentence (a gallery
            # caption, a pull quote) neither attracts nor repels the region
            if f["terminal"]:
                f["repeated_sentence"] = True
                continue
            b.mark(Label.CHROME, "chrome.repeated_line")
        elif f["words"] >= 6 and not f["terminal"] and _self_repeated(b.text):
            # a headline printed two or three times over in one line (the renditions of a
            # teaser card glued by innerText); the summary cut short under it goes with it
            b.mark(Label.CHROME, "teaser.repeated_headline")
            if i + 1 < len(blocks) and blocks[i + 1].features["ellipsis"] and blocks[i + 1].label == Label.UNDECIDED:
                blocks[i + 1].mark(Label.CHROME, "teaser.repeated_headline")
        elif f["words"] >= 6 and _glued_headline(b.text):
            b.mark(Label.CHROME, "teaser.glued_headline")
        elif f["words"] >= CAPS_LINK_MIN_WORDS and b.text.isupper() \
                and shape_features(b)["upper_ratio"] >= CAPS_LINK_UPPER_SHARE:
            # a whole line in capitals inside a page is a link to another story
            # ("SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'"), not a paragraph
            b.mark(Label.CHROME, "teaser.all_caps_link")


# --------------------------------------------------------------- head trimming
HEAD_TRIM_BLOCKS = 12        # a byline/date this close to the region's start opens the story
HEAD_TRIM_MAX_WORDS = 80.0   # prose allowed before it (a deck, a caption, a newsletter box)
HEAD_TRIM_MAX_BLOCKS = 2     # ... in at most this many prose-sized blocks
HEAD_ANCHOR_MAX_WORDS = 25.0
HEAD_ANCHOR_GAP = 4           # byline and date lines this close form one head cluster


def _is_head_anchor(b: Block) -> bool:
    if b.label in (Label.BYLINE, Label.DATE):
        return True
    f = b.features
    if b.decided or f["words"] > HEAD_ANCHOR_MAX_WORDS or f["terminal"] and f["words"] > 8:
        return False
    text = b.text
    if dates.looks_like_date_line(text) or bylines.looks_like_byline(text):
        return True
    # "By HNN Staff | November 18, 2019 at 2:26 PM": a byline and a stamp on one line
    opener = rules.combined("head_anchor_patterns")
    return opener is not None and opener.match(text) is not None


def _trim_head(blocks: list[Block], start: int, end: int) -> int:
    """Start the region after a byline/date line found just inside its top.

    Pages put the deck, the lead picture's caption or a newsletter box above the
    byline; the story proper begins after it. The blocks skipped become chrome
    (``region.before_byline``); the byline and date lines stay for the metadata stages.
    """
    anchor = None
    prose_since = False
    separated = 0
    words = 0.0
    limit = min(end, start + HEAD_TRIM_BLOCKS)
    for i in range(start, limit):
        b = blocks[i]
        if i > 0 and blocks[i - 1].label == Label.CAPTION and not b.decided:
            continue  # the credit under a picture's caption ("Ann Lee, AP"), not a byline
        if _is_head_anchor(b):
            if anchor is not None and i - anchor > HEAD_ANCHOR_GAP:
                return start
            if anchor is not None and prose_since:
                separated += 1
                if separated > 1:
                    return start  # dates or bylines again and again between prose: cards
            anchor = i
            prose_since = False
            continue
        if b.label == Label.UNDECIDED and b.features["words"] >= ISOLATED_MIN_WORDS:
            prose_since = True
            words += b.features["words"]
            if words > HEAD_TRIM_MAX_WORDS:
                break
    if anchor is None:
        return start
    prose_before = [b.features["words"] for b in blocks[start:anchor]
                    if b.label == Label.UNDECIDED and b.features["words"] >= ISOLATED_MIN_WORDS]
    if sum(prose_before) > HEAD_TRIM_MAX_WORDS or len(prose_before) > HEAD_TRIM_MAX_BLOCKS:
        return start  # story paragraphs, not a deck and a caption, run before this line
    if any("(" in b.text[:40] and _WIRE_OPENER.match(b.text) for b in blocks[start:anchor]):
        return start  # the story's lead with its dateline runs above: the line is a live blog's time stamp
    # keep the anchors themselves (and any byline/date right after) out of the region
    new_start = anchor + 1
    while new_start <= end and _is_head_anchor(blocks[new_start]) and new_start - anchor < 3:
        new_start += 1
    # the story opens with its first paragraph: short lines right after the byline (share
    # buttons, a photo label) stay outside
    while new_start <= end and new_start - anchor <= HEAD_ANCHOR_GAP \
            and blocks[new_start].features["words"] < ISOLATED_MIN_WORDS:
        new_start += 1
    if new_start > end:
        return start
    # a second date or byline soon after belongs to a list of cards, not to one story's head
    for b in blocks[new_start : min(end + 1, new_start + HEAD_TRIM_BLOCKS)]:
        if _is_head_anchor(b):
            return start
    # a byline under the post ("Posted by Ann Lee on May 2 | Permalink", a blog's footer)
    # closes the story: when less prose follows it than runs above it, the prose above is
    # the story, not a deck
    def sentences(run: list[Block]) -> float:
        return sum(b.features["words"] for b in run
                   if b.label == Label.UNDECIDED and b.features["words"] >= ISOLATED_MIN_WORDS and b.features["terminal"])

    if sentences(blocks[new_start : end + 1]) < sentences(blocks[start:anchor]):
        return start
    for b in blocks[start:anchor]:
        if b.label == Label.UNDECIDED and not _is_head_anchor(b):
            b.mark(Label.CHROME, "region.before_byline")
    return new_start


# ---------------------------------------------------------------- tail trimming
# a blog post closes with its stamp: "Posted by Ann Lee at 12:32 PM", "posted by jo @ 6:43 PM",
# "Posted at 11:09 AM | Permalink", "Eingestellt von Ann Lee um 12:32": a short line holding
# a time of day (not at its start: a timeline's entries open with their time) under the
# post's prose. What follows it (the comments, the author's box, the sidebar) is not the post
TAIL_STAMP_MAX_WORDS = 25.0
TAIL_STAMP_MIN_STORY_WORDS = 60.0   # story prose in the region above the stamp
_CLOCK_TIME = regex.compile(r"(?<![\d:.])(?:[01]?\d|2[0-3])(?::[0-5]\d(?!\d)(?:\s?[ap]\.?m\b\.?)?|\s?[ap]\.?m\b\.?)",
                            regex.IGNORECASE)
# a stamp the earlier stages left open or took as a byline, a date or a line of chrome shape
_STAMP_LABELS = frozenset({Label.UNDECIDED, Label.BYLINE, Label.DATE})
_STAMP_CHROME = frozenset({"chrome.line_shape"})


def _update_note(norm: str) -> bool:
    """Does the line open with a cue of an update ("updated", "aktualisiert", "mis à jour")?"""
    cues = rules.phrases("date_cues_updated")
    return any(norm.startswith(c) and norm[len(c) : len(c) + 1] in ("", " ", ":") for c in cues)


_STAMP_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _tail_stamp(b: Block) -> bool:
    """Is the block a post's stamp: a short line with a time of day (not at its start, not a
    list item, not an update note) and a year or a byline?"""
    f = b.features
    if f["words"] > TAIL_STAMP_MAX_WORDS or f.get("end_marker") or f.get("code_line"):
        return False
    if b.label not in _STAMP_LABELS and b.reason not in _STAMP_CHROME:
        return False
    if f["terminal"] and f["words"] >= ISOLATED_MIN_WORDS and not bylines.looks_like_byline(b.text):
        return False  # a sentence telling a time ("She arrived at 3:00 am and ...")
    text = b.text
    m = _CLOCK_TIME.search(text)
    if m is None or m.start() == 0 or _LIST_ITEM.match(text) or _NUMBERED.match(text):
        return False
    if _update_note(f["norm"]):
        return False  # "Updated March 5, 2024 at 10:00 am": a note inside the story, not its close
    # a time alone may be a scale ("1:24"), a score or opening hours ("Tue - Sat 4PM"): a
    # post's stamp also says when (a year) or who (a byline)
    return _STAMP_YEAR.search(text) is not None or bylines.looks_like_byline(text)


def _trim_tail(blocks: list[Block], start: int, end: int) -> int:
    """End the region above a blog post's closing stamp (see ``_tail_stamp``): the region's
    first stamp, with at least ``TAIL_STAMP_MIN_STORY_WORDS`` of prose above it and no more
    prose under it than above (else it is the story's own head stamp, or a live blog's first
    entry, and the region is left alone). The stamp and what follows it in the region become
    chrome (``region.after_post_stamp``; a stamp already read as a byline or date stays so)."""
    words = 0.0
    for i in range(start, end + 1):
        b = blocks[i]
        if _tail_stamp(b):
            if words < TAIL_STAMP_MIN_STORY_WORDS:
                return end
            below = sum(x.features["words"] for x in blocks[i + 1 : end + 1] if x.label == Label.UNDECIDED
                        and x.features["terminal"] and x.features["words"] >= ISOLATED_MIN_WORDS)
            if below > words:
                return end  # more prose under the stamp than above: the stamp heads the story
            for later in blocks[i : end + 1]:
                if later.label == Label.UNDECIDED:
                    later.mark(Label.CHROME, "region.after_post_stamp")
            return i - 1
        if b.label == Label.UNDECIDED and b.features["terminal"] and b.features["words"] >= ISOLATED_MIN_WORDS:
            words += b.features["words"]
    return end


# a story above a teaser section's heading ("You may also like") wins over a denser run of
# teaser summaries under it, when it holds at least this much prose
TEASER_SECTION_STORY_SCORE = 40.0
TEASER_SECTION_MIN_SHARE = 0.25  # ... and at least this share of the score of the run under it


def _before_teaser_section(blocks: list[Block], scores: list[float], start: int, end: int) -> tuple[int, int]:
    """When the region found lies under a teaser section's heading ("You may also like",
    "Related"), the story is the best run above the first such heading that has a real
    paragraph above it (one Kadane pass over the blocks before the region)."""
    for i, (best, bounds) in zip(range(start), _best_runs_so_far(scores[:start])):
        if blocks[i].features.get("end_marker") and bounds is not None and best >= TEASER_SECTION_STORY_SCORE:
            # ... and holds a fair share of the prose found under it: a page's header can
            # carry a "Related" menu above the story itself
            if best >= TEASER_SECTION_MIN_SHARE * sum(scores[start : end + 1]):
                return bounds
            return start, end
    return start, end


# a story stands above its readers' comments: when the region found lies under the page's
# comment section (a blog's sidebar under the comments holds more prose than a short post),
# the best run ending shortly above the section's first opener ("Post a comment", "12
# responses to ...", a thread of signed comments) is the story, when it scores this much and
# holds at least the words the article gate asks of a body (gate.MIN_ARTICLE_WORDS: a shorter
# run would leave the page empty)
COMMENTS_STORY_SCORE = 10.0
COMMENTS_STORY_MIN_WORDS = 20.0
COMMENTS_MAX_GAP = 8         # lines between the story's end and the opener (its footer, share links)
COMMENTS_HEAD_LINK_GAP = 2   # an opener this close above the region is a link in the story's head


def _comments_opener(b: Block) -> bool:
    return bool(b.features.get("hard_end")) or b.reason == "chrome.comment_thread"


def _before_comments(blocks: list[Block], scores: list[float], start: int, end: int) -> tuple[int, int]:
    """The best run right above the first comment-section opener before the region, when
    the region lies under it (one Kadane pass over the blocks before the opener)."""
    for i in range(start):
        if not _comments_opener(blocks[i]):
            continue
        if start - i <= COMMENTS_HEAD_LINK_GAP:
            return start, end  # "Leave a comment" under the byline: the story follows it
        best, bounds = 0.0, None
        for best, bounds in _best_runs_so_far(scores[:i]):
            pass
        if bounds is not None and best >= COMMENTS_STORY_SCORE and i - bounds[1] <= COMMENTS_MAX_GAP \
                and sum(b.features["words"] for b in blocks[bounds[0] : bounds[1] + 1]
                        if b.label == Label.UNDECIDED) >= COMMENTS_STORY_MIN_WORDS:
            return bounds
        return start, end
    return start, end


class MainRegion:
    name = "main_region"
    requires = ("features.ellipsis", "features.norm", "features.terminal", "features.words")
    may_read = ("features.end_marker", "features.hard_end", "features.list_gap", "features.repeat")
    # the line-shape features it computes for its search, and the article's span
    assigns = ("features.cap_ratio", "features.cjk_prose", "features.code_line", "features.contents",
               "features.ellipsis", "features.introduced_item", "features.lead_in_item", "features.list_gap",
               "features.list_run", "features.post_attribution", "features.repeated_sentence", "features.separator",
               "features.terminal", "features.upper_ratio", "found.region")

    def __init__(self, weights: RegionWeights = TEXT_WEIGHTS):
        self.weights = weights

    def __call__(self, doc: Document) -> None:
        blocks = doc.blocks
        if self.weights.teaser_shapes:
            teaser_shapes(doc)
        scores = [block_score(b, self.weights) for b in blocks]
        bounds = best_run(scores)
        if bounds is None:
            doc.found["region"] = None
            return
        start, end = bounds
        if self.weights.trim_head:
            start, end = _before_teaser_section(blocks, scores, start, end)
            start, end = _before_comments(blocks, scores, start, end)
            start = _trim_head(blocks, start, end)
            end = _trim_tail(blocks, start, end)
            # like the max-sum run itself, a trimmed region never opens on a block that costs
            # (a teaser line ending in "..."): cleaning the body again must find the same start
            while start < end and scores[start] < 0:
                start += 1
            bounds = (start, end)
        doc.found["region"] = bounds
        for b in blocks:
            if not b.decided and b.features.get("contents"):
                b.mark(Label.CHROME, "chrome.table_of_contents")
        for b in blocks[start : end + 1]:
            if not b.decided:
                b.mark(Label.BODY, "region.inside")

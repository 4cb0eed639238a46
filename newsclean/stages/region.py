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

import regex

from newsclean import rules
from newsclean.document import Block, Document, Kind, Label
from newsclean.metadata import bylines, dates
from newsclean.settings import settings
from newsclean.stages.region_footer import stamp_part
from newsclean.stages.region_leads import keep_paywalled_lead
from newsclean.stages.region_runs import (
    _LIST_ITEM,
    _NUMBERED,
    _comment_headings,
    _comment_threads,
    _contents_lists,
    _data_rows,
    _introduced_lists,
    _typed_lists,
)
from newsclean.stages.region_shapes import (
    _TWO_DOT_CUT,
    _WIRE_OPENER,
    _code_boxes,
    _cut_paragraphs,
    _lone_summaries,
    _menu_lines,
    _recurring_and_glued,
    _separators,
    cjk_prose,
)


@dataclass(frozen=True)
class RegionWeights:
    """Scores of the region search; documented so users can tune them."""

    prose_cap: float = 80.0  # a paragraph counts its words up to this
    min_prose_words: float = 8.0  # a sentence-like block this long is prose
    long_unpunctuated_words: float = 20.0
    long_unpunctuated_factor: float = 0.5
    cjk_line_factor: float = 0.5  # a line of CJK prose without a full stop (spaces punctuate it)
    short_sentence: float = 1.0  # short but sentence-like ("China denies it.")
    short_line: float = -2.5  # short, unpunctuated: nav, labels, headlines
    structured_short: float = -0.5  # a heading or list item the HTML marked as such
    ellipsis: float = -6.0  # teaser summaries end in "..." or "…"
    chrome: float = -5.0
    metadata: float = -1.5  # captions, bylines, dates sit inside articles too
    end_marker: float = -40.0  # "Related", "YOU MAY ALSO LIKE", "Comments"
    repeated: float = -3.0  # a short line that recurs on the page is navigation
    introduced_item: float = 1.0  # an item of a list a sentence introduces ("as follows:")
    contents: float = 0.0  # a line of a table of contents
    list_run_factor: float = 1.0  # an item of a typed list or a data table counts its words times this
    repeated_sentence: float = 0.5  # factor for a sentence that recurs on the page (captions, quotes)
    teaser_shapes: bool = False  # run the teaser-shape pass (visible text) before scoring
    trim_head: bool = False  # start the region after a byline/date line near its top


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
    for _best, found in _best_runs_so_far(scores):
        bounds = found
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


def teaser_shapes(doc: Document) -> None:
    """Label teaser-list shapes chrome before the region search (named rules ``teaser.*``)."""
    blocks = doc.blocks
    for b in blocks:
        f = b.features
        if not f["ellipsis"] and b.text.endswith("..") and _TWO_DOT_CUT.search(b.text):
            f["ellipsis"] = True
            f["terminal"] = False
    _cut_paragraphs(blocks)
    lead = keep_paywalled_lead(blocks)
    _contents_lists(blocks)
    _code_boxes(blocks)
    _typed_lists(blocks)
    _data_rows(blocks)
    _introduced_lists(blocks)
    _comment_headings(blocks)
    _comment_threads(blocks)
    _separators(blocks)
    _lone_summaries(blocks, keep=lead)
    _recurring_and_glued(blocks)
    _menu_lines(blocks)


def _is_head_anchor(b: Block) -> bool:
    if b.label in (Label.BYLINE, Label.DATE):
        return True
    f = b.features
    if b.decided or f["words"] > settings().head_anchor_max_words or f["terminal"] and f["words"] > 8:
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
    limit = min(end, start + settings().head_trim_blocks)
    for i in range(start, limit):
        b = blocks[i]
        if i > 0 and blocks[i - 1].label == Label.CAPTION and not b.decided:
            continue  # the credit under a picture's caption ("Ann Lee, AP"), not a byline
        if _is_head_anchor(b):
            if anchor is not None and i - anchor > settings().head_anchor_gap:
                return start
            if anchor is not None and prose_since:
                separated += 1
                if separated > 1:
                    return start  # dates or bylines again and again between prose: cards
            anchor = i
            prose_since = False
            continue
        if b.label == Label.UNDECIDED and b.features["words"] >= settings().isolated_min_words:
            prose_since = True
            words += b.features["words"]
            if words > settings().head_trim_max_words:
                break
    if anchor is None:
        return start
    prose_before = [
        b.features["words"]
        for b in blocks[start:anchor]
        if b.label == Label.UNDECIDED and b.features["words"] >= settings().isolated_min_words
    ]
    if sum(prose_before) > settings().head_trim_max_words or len(prose_before) > settings().head_trim_max_blocks:
        return start  # story paragraphs, not a deck and a caption, run before this line
    if any("(" in b.text[:40] and _WIRE_OPENER.match(b.text) for b in blocks[start:anchor]):
        return start  # the story's lead with its dateline runs above: the line is a live blog's time stamp
    # keep the anchors themselves (and any byline/date right after) out of the region
    new_start = anchor + 1
    while new_start <= end and _is_head_anchor(blocks[new_start]) and new_start - anchor < 3:
        new_start += 1
    # the story opens with its first paragraph: short lines right after the byline (share
    # buttons, a photo label) stay outside
    while (
        new_start <= end
        and new_start - anchor <= settings().head_anchor_gap
        and blocks[new_start].features["words"] < settings().isolated_min_words
    ):
        new_start += 1
    if new_start > end:
        return start
    # a second date or byline soon after belongs to a list of cards, not to one story's head
    for b in blocks[new_start : min(end + 1, new_start + settings().head_trim_blocks)]:
        if _is_head_anchor(b):
            return start

    # a byline under the post ("Posted by Ann Lee on May 2 | Permalink", a blog's footer)
    # closes the story: when less prose follows it than runs above it, the prose above is
    # the story, not a deck
    def sentences(run: list[Block]) -> float:
        return sum(
            b.features["words"]
            for b in run
            if b.label == Label.UNDECIDED
            and b.features["words"] >= settings().isolated_min_words
            and b.features["terminal"]
        )

    if sentences(blocks[new_start : end + 1]) < sentences(blocks[start:anchor]):
        return start
    for b in blocks[start:anchor]:
        if b.label == Label.UNDECIDED and not _is_head_anchor(b):
            b.mark(Label.CHROME, "region.before_byline")
    return new_start


_CLOCK_TIME = regex.compile(
    r"(?<![\d:.])(?:[01]?\d|2[0-3])(?::[0-5]\d(?!\d)(?:\s?[ap]\.?m\b\.?)?|\s?[ap]\.?m\b\.?)", regex.IGNORECASE
)


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
    if f.get("end_marker") or f.get("code_line"):
        return False
    if b.label not in _STAMP_LABELS and b.reason not in _STAMP_CHROME:
        return False
    m = _CLOCK_TIME.search(b.text)
    if m is None:
        return False
    # (the stamp may run on into the sections the post is filed under: its words are the stamp's)
    text = stamp_part(b.text, m.end())
    if (f["words"] if text is b.text else len(text.split())) > settings().tail_stamp_max_words:
        return False
    if f["terminal"] and f["words"] >= settings().isolated_min_words and not bylines.looks_like_byline(text):
        return False  # a sentence telling a time ("She arrived at 3:00 am and ...")
    if m.start() == 0 or _LIST_ITEM.match(text) or _NUMBERED.match(text):
        return False
    if _update_note(f["norm"]):
        return False  # "Updated March 5, 2024 at 10:00 am": a note inside the story, not its close
    # a time alone may be a scale ("1:24"), a score or opening hours ("Tue - Sat 4PM"): a
    # post's stamp also says when (a year) or who (a byline)
    return _STAMP_YEAR.search(text) is not None or bylines.looks_like_byline(text)


def _trim_tail(blocks: list[Block], start: int, end: int) -> int:
    """End the region above a blog post's closing stamp (see ``_tail_stamp``): the region's
    first stamp, with at least ``tail_stamp_min_story_words`` of prose above it and no more
    prose under it than above (else it is the story's own head stamp, or a live blog's first
    entry, and the region is left alone). The stamp and what follows it in the region become
    chrome (``region.after_post_stamp``; a stamp already read as a byline or date stays so)."""
    words = 0.0
    for i in range(start, end + 1):
        b = blocks[i]
        if _tail_stamp(b):
            if words < settings().tail_stamp_min_story_words:
                return end
            below = sum(
                x.features["words"]
                for x in blocks[i + 1 : end + 1]
                if x.label == Label.UNDECIDED
                and x.features["terminal"]
                and x.features["words"] >= settings().isolated_min_words
            )
            if below > words:
                return end  # more prose under the stamp than above: the stamp heads the story
            for later in blocks[i : end + 1]:
                if later.label == Label.UNDECIDED:
                    later.mark(Label.CHROME, "region.after_post_stamp")
            return i - 1
        if (
            b.label == Label.UNDECIDED
            and b.features["terminal"]
            and b.features["words"] >= settings().isolated_min_words
        ):
            words += b.features["words"]
    return end


def _trailing_ellipsis(blocks: list[Block], i: int) -> bool:
    """Is block ``i`` a paragraph that only costs for its closing ellipsis (see
    ``_ellipsis_edges``): undecided, long enough, ending in "..." or "…"?"""
    if not 0 <= i < len(blocks):
        return False
    b = blocks[i]
    return (
        b.label == Label.UNDECIDED
        and bool(b.features["ellipsis"])
        and b.features["words"] >= settings().edge_ellipsis_min_words
    )


def _ellipsis_edges(blocks: list[Block], start: int, end: int) -> tuple[int, int]:
    """The story's first or last paragraph may end in an ellipsis ("... and glad to see it
    out…"): the region search leaves it out, as it leaves out teaser summaries. A lone such
    paragraph right at the region's edge (the block past it is no such paragraph too: a run
    of them is a teaser list) belongs to the story."""
    if _trailing_ellipsis(blocks, start - 1) and (start < 2 or not blocks[start - 2].features["ellipsis"]):
        start -= 1
    if _trailing_ellipsis(blocks, end + 1) and (end + 2 >= len(blocks) or not blocks[end + 2].features["ellipsis"]):
        end += 1
    return start, end


def _before_teaser_section(blocks: list[Block], scores: list[float], start: int, end: int) -> tuple[int, int]:
    """When the region found lies under a teaser section's heading ("You may also like",
    "Related"), the story is the best run above the first such heading that has a real
    paragraph above it (one Kadane pass over the blocks before the region)."""
    for i, (best, bounds) in zip(range(start), _best_runs_so_far(scores[:start]), strict=False):
        if (
            blocks[i].features.get("end_marker")
            and bounds is not None
            and best >= settings().teaser_section_story_score
        ):
            # ... and holds a fair share of the prose found under it: a page's header can
            # carry a "Related" menu above the story itself
            if best >= settings().teaser_section_min_share * sum(scores[start : end + 1]):
                return bounds
            return start, end
    return start, end


def _comments_opener(b: Block) -> bool:
    return bool(b.features.get("hard_end")) or b.reason == "chrome.comment_thread"


def _comment_counter_heading(b: Block) -> bool:
    """Is the opener a comment counter printed as a heading, with its colon ("13 comments:")?"""
    counter = rules.combined("comment_counter_patterns")
    return counter is not None and counter.match(b.text) is not None


def _before_comments(blocks: list[Block], scores: list[float], start: int, end: int) -> tuple[int, int, bool]:
    """The best run right above the first comment-section opener before the region, when
    the region lies under it (one Kadane pass over the blocks before the opener); when that
    run is too weak and the region lies under the comment section itself (at least
    ``post_above_comment_lines`` of its lines above the region), a short post under its head
    line right above the opener (see ``_post_above``). The third value says whether the region
    is such a post."""
    for i in range(start):
        if not _comments_opener(blocks[i]):
            continue
        if start - i <= settings().comments_head_link_gap and not _comment_counter_heading(blocks[i]):
            # "Leave a comment" under the byline: the story follows it (a counter printed as a
            # heading, "2 comments:", heads the readers' comments, never a story)
            return start, end, False
        best, bounds = 0.0, None
        for found_best, found_bounds in _best_runs_so_far(scores[:i]):
            best, bounds = found_best, found_bounds
        if (
            bounds is not None
            and best >= settings().comments_story_score
            and (i - bounds[1] <= settings().comments_max_gap or _closing_lines(blocks[bounds[1] + 1 : i]))
            and sum(b.features["words"] for b in blocks[bounds[0] : bounds[1] + 1] if b.label == Label.UNDECIDED)
            >= settings().comments_story_min_words
        ):
            return bounds[0], bounds[1], False
        if sum(_comments_opener(b) for b in blocks[i:start]) < settings().post_above_comment_lines:
            return start, end, False  # a lone comment link or counter over the story, not its comment section
        post = _post_above(blocks, i)
        return (post[0], post[1], True) if post is not None else (start, end, False)
    return start, end, False


def _post_line(b: Block) -> bool:
    """A line of a post's own text: open, and reading as text (a sentence, a paragraph ending in
    an ellipsis, a long line), not a date."""
    f = b.features
    return (
        b.label == Label.UNDECIDED
        and (bool(f["terminal"]) or bool(f["ellipsis"]) or f["words"] >= TEXT_WEIGHTS.long_unpunctuated_words)
        and not dates.looks_like_date_line(b.text)
    )


def _post_above(blocks: list[Block], opener: int) -> tuple[int, int] | None:
    """A short blog post standing right above its comment section, under its own date or byline
    line: a micro post ("prepping for a new week."), or paragraphs in a blogger's style that end
    in an ellipsis, which the region search scores as teasers, so a sidebar's "about me" box or
    a disclaimer under the comments outweighs them. The post's lines run up from the last
    text line above the opener (at most ``comments_max_gap`` lines above it: the post's
    footer, share links), one line that is not text may stand between two of them (a link);
    the line above them must be a head line (a date, a byline), or the post's headline under
    one. The post must be able to pass
    the article gate (its words, or a clause under its head: see ``gate._post_under_head``)."""
    j = opener - 1
    while j >= 0 and not _post_line(blocks[j]):
        j -= 1
        if opener - j > settings().comments_max_gap:
            return None
    if j < 0:
        return None
    end = k = j
    while k > 0:
        if _post_line(blocks[k - 1]):
            k -= 1
        elif k > 1 and not _is_head_anchor(blocks[k - 1]) and _post_line(blocks[k - 2]):
            k -= 2
        else:
            break
    head = k - 1
    if head > 0 and blocks[head].label == Label.UNDECIDED and not _is_head_anchor(blocks[head]):
        head -= 1  # the post's headline between its date or byline line and its text
    if head < 0 or not _is_head_anchor(blocks[head]):
        return None
    post = blocks[k : end + 1]
    words = sum(b.features["words"] for b in post if b.label == Label.UNDECIDED)
    if words < settings().min_article_words and not any(
        b.features["terminal"] or b.features["words"] >= settings().short_post_min_words for b in post
    ):
        return None
    return k, end


def _before_thread(blocks: list[Block], start: int, end: int) -> int:
    """A thread of signed readers' comments (``chrome.comment_thread``) inside the region ends
    the story: the region stops above its first line when a story stands above it (at least the
    article gate's words of prose), however much prose follows, since comments the thread pass
    did not see (a name without its link, a second listing of the thread) run on under it."""
    words = 0.0
    for i in range(start, end + 1):
        b = blocks[i]
        if b.reason == "chrome.comment_thread":
            return i - 1 if words >= settings().comments_story_min_words else end
        if b.label == Label.UNDECIDED and b.features["terminal"]:
            words += b.features["words"]
    return end


def _closing_lines(gap: list[Block]) -> bool:
    """Short lines only (a signature, an address, "Posted by Ann at 9:22 AM", share links),
    no more than ``comments_closing_lines``: the close of a short post above its comments,
    however many lines it takes (no paragraph of prose between the run and the opener)."""
    return len(gap) <= settings().comments_closing_lines and not any(
        b.features["terminal"] and b.features["words"] >= settings().isolated_min_words for b in gap
    )


class MainRegion:
    name = "main_region"
    requires = ("features.ellipsis", "features.norm", "features.terminal", "features.words")
    may_read = ("features.end_marker", "features.hard_end", "features.list_gap", "features.repeat")
    # the line-shape features it computes for its search, and the article's span
    assigns = (
        "features.cap_ratio",
        "features.cjk_prose",
        "features.code_line",
        "features.contents",
        "features.ellipsis",
        "features.end_marker",
        "features.hard_end",
        "features.introduced_item",
        "features.lead_in_item",
        "features.list_gap",
        "features.list_run",
        "features.post_attribution",
        "features.repeated_sentence",
        "features.separator",
        "features.terminal",
        "features.upper_ratio",
        "found.region",
    )

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
            start, end, post = _before_comments(blocks, scores, start, end)
            start = _trim_head(blocks, start, end)
            end = _trim_tail(blocks, start, end)
            end = _before_thread(blocks, start, end)
            # like the max-sum run itself, a trimmed region never opens on a block that costs
            # (a teaser line ending in "..."): cleaning the body again must find the same start;
            # a short post's paragraphs may all end in ellipses
            while not post and start < end and scores[start] < 0:
                start += 1
            start, end = _ellipsis_edges(blocks, start, end)
            bounds = (start, end)
        doc.found["region"] = bounds
        for b in blocks:
            if not b.decided and b.features.get("contents"):
                b.mark(Label.CHROME, "chrome.table_of_contents")
        for b in blocks[start : end + 1]:
            if not b.decided:
                b.mark(Label.BODY, "region.inside")

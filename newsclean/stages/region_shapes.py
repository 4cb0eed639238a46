"""Line shapes the region search reads, marked before it runs (the first of jusText's two
passes, for lines): teaser summaries, menus, comment threads, separators, recurring and
glued lines, cut paragraphs.

Split from :mod:`newsclean.stages.region` along its seams.
"""

from __future__ import annotations

import regex

from newsclean import rules
from newsclean.document import Block, Label
from newsclean.metadata import bylines
from newsclean.settings import settings
from newsclean.stages.features import _CJK, shape_features

# a headline glued to its summary by innerText: "...Troy SteakhouseA party of six left..."
# the junction: a word starting with a capital or a digit whose last letter (or digit) runs
# straight into a capitalised word, the summary's first
# straight into a capitalised word, the summary's first; four lower-case letters (or three
# digits) before the junction keep out names written in camel case (MacBook, McDonald)
_GLUED_JUNCTION = regex.compile(r"(?<=\s|^)[\p{Lu}\d][\w'’,.$-]*?(?:\p{Ll}{4}|\d{3})(?=\p{Lu}\p{Ll}*\s)")


_LOWER_UPPER = regex.compile(r"[\p{Ll}\d]\p{Lu}")


def _self_repeated(text: str) -> bool:
    """Is the line one phrase of three or more words printed twice or more in a row?"""
    words = text.split(None, settings().self_repeat_head_words)
    if len(words) <= settings().self_repeat_head_words:
        return False
    head = " ".join(words[: settings().self_repeat_head_words])
    at = text.find(head, 1)
    if at <= 0:
        return False
    unit = text[:at].rstrip()
    if unit.endswith((".", "!", "?", "。")):
        return False  # a sentence said again is prose, however odd; a headline has no full stop
    return unit.count(" ") + 1 >= settings().self_repeat_head_words and text.startswith(unit, at)


def _glued_headline(text: str) -> bool:
    """Does the block start with a Title Case headline glued to a summary sentence?"""
    if _LOWER_UPPER.search(text) is None:
        return False  # a quick scan: no lower-case letter runs into a capital at all
    m = _GLUED_JUNCTION.search(text)
    if m is None:
        return False
    head = text[: m.end()].split()
    tail = text[m.end() :].split()
    if len(head) < settings().glued_min_headline_words or len(tail) < settings().glued_min_summary_words:
        return False
    capitalised = sum(1 for w in head if not w[0].islower())
    return capitalised >= settings().glued_capitalised_share * len(head)


# program code and tables repeat lines too; their punctuation tells them from headlines
_CODE_LIKE = regex.compile(r"[{};=<>│]|\w\(")


def _code_like(text: str) -> bool:
    """Does the line hold code punctuation? (plain ``in`` tests first: most lines have none)"""
    return (
        "(" in text
        or "=" in text
        or ";" in text
        or "{" in text
        or "}" in text
        or "<" in text
        or ">" in text
        or "│" in text
    ) and _CODE_LIKE.search(text) is not None


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
        if j - i >= settings().code_box_min_lines:
            box = blocks[i:j]
            code = sum(1 for b in box if _code_like(b.text))
            if code >= settings().code_box_share * len(box):
                for b in box:
                    if not b.decided and b.features["words"] < settings().isolated_min_words * 2:
                        b.features["code_line"] = True
        i = j


# an answer in an interview ("A: ...") or a speaker's line ("JO: ...")
_SPEAKER = regex.compile(r"^\p{Lu}{1,3}\s?:\s")


# a wire story's first paragraph opens with its dateline and agency: "(CNN)President ...",
# "MOSCOW (AP) — An unmanned ...", "WASHINGTON (Reuters) - The ...", "HAYWARD, Calif. (AP) — The ..."
_WIRE_OPENER = regex.compile(
    r"^(?:\p{Lu}[\p{Lu} .'’-]{1,30}(?:,\s\p{Lu}[\p{L}.]{1,12})?\s)?\(\p{Lu}[\p{L}&.]{1,12}\)\s?(?:[—–-]{1,2}\s?)?\p{Lu}"
)


def _summary_start(text: str) -> bool:
    """Could this lone line be a teaser's summary? Not if it starts in lower case or with
    an ellipsis (a list item or a line continuing another), answers a question, looks
    like code, opens with a bullet the author typed ("* GET a document: ...") or with a wire
    story's dateline ("MOSCOW (AP) — ...", "(CNN)The ...")."""
    return (
        not text[0].islower()
        and not text.startswith(("…", "..."))
        and _SPEAKER.match(text) is None
        and (("(" not in text[:40]) or _WIRE_OPENER.match(text) is None)
        and _CODE_LIKE.search(text) is None
        and (text[0] not in _BULLET_CHARS or _TYPED_BULLET.match(text) is None)
    )


def _prose_sized(b: Block) -> bool:
    return b.label == Label.UNDECIDED and b.features["words"] >= settings().isolated_min_words


def cjk_prose(b: Block) -> bool:
    """A line written mostly in CJK characters: such prose often runs without a full stop
    (a space or a line break punctuates it), so a long one is prose even unpunctuated."""
    f = b.features
    found = f.get("cjk_prose")
    if found is None:
        text = b.text
        found = f["cjk_prose"] = not text.isascii() and len(_CJK.findall(text)) >= settings().cjk_prose_share * len(
            text
        )
    return found


def _prose_neighbour(b: Block) -> bool:
    """A paragraph next to which a block is not alone: a sentence, or a long line."""
    f = b.features
    if f.get("introduced_item") or f.get("code_line"):
        return True  # an item of the story's own list, a listing of code
    return (
        b.label == Label.UNDECIDED
        and f["words"] >= settings().isolated_min_words
        and (f["terminal"] or f["words"] >= settings().isolated_long_line_words or (not f["ellipsis"] and cjk_prose(b)))
    )


# a headline cut short with two dots ("Star quits the show, as fans..") is a teaser too
_TWO_DOT_CUT = regex.compile(r"[^.\s]\s*\.\.$")


def _menu_lines(blocks: list[Block]) -> None:
    """A long unpunctuated line of capitalised words is a menu, not prose (``chrome.menu_line``)."""
    for b in blocks:
        f = b.features
        if b.decided or f["terminal"] or f["words"] < settings().menu_line_min_words:
            continue
        text = b.text
        words = text.split()
        if text.count(",") + text.count(":") + text.count(";") > len(words) * settings().menu_line_max_commas:
            continue  # a list of names or credits ("Choreographer: Ann Lee, Director: ..."), not links
        if sum(1 for w in words if w[:1].isupper() or w[:1].isdigit()) >= settings().menu_line_capitalised * len(words):
            b.mark(Label.CHROME, "chrome.menu_line")


# a paragraph the page cuts short (a paywall, a "read the full story" link) ends in an
# ellipsis like a teaser's summary; it reads on from the story's paragraph right above it
# and holds a sentence of its own before the cut
_INNER_SENTENCE_END = regex.compile(r"[.!?][\"'”’)]?\s+[\"'“‘(]?\p{Lu}")


def _cut_paragraphs(blocks: list[Block]) -> None:
    """The last paragraph of a story cut short under a story paragraph is prose, not a
    teaser summary: it loses its ``ellipsis`` feature and counts like the paragraph above."""
    for i in range(1, len(blocks)):
        f = blocks[i].features
        if not f["ellipsis"] or f["words"] < settings().cut_paragraph_min_words or blocks[i].decided:
            continue
        above = blocks[i - 1]
        fa = above.features
        if above.decided or not fa["terminal"] or fa["ellipsis"] or fa["words"] < settings().cut_paragraph_min_words:
            continue
        if _INNER_SENTENCE_END.search(blocks[i].text) is None:
            continue
        f["ellipsis"] = False
        f["terminal"] = True


# ---- lists that are the story: a list the author typed, a table of numbered rows
# a bullet typed into the text itself ("+ Added ...", "* Fixed ...", "• Two eggs"): a browser
# does not print the bullets of an HTML list, so these were written by the author
_TYPED_BULLET = regex.compile(r"^[•▪●◦‣∙*–+-]\s+\S")


_BULLET_CHARS = frozenset("•▪●◦‣∙*–+-")


# the line under a quoted review or testimonial: "– Ann L.", "— Jo**, Leeds"
# or the source of a quoted review in brackets: "[The Harbour Gazette]"
_ATTRIBUTION = regex.compile(r"^[–—-]\s?\S+(?:\s\S+){0,4}$|^\[[^\[\]]{2,40}\]$")


# ... but not the widgets of a comment section or a share bar, which end a story
_NOT_LOOKED_THROUGH = frozenset(
    {"chrome.comment_widget", "chrome.comment_section", "chrome.share_widget", "chrome.counter"}
)


def _separators(blocks: list[Block]) -> None:
    """Mark the copies of a short recurring line that stands between two paragraphs at most of
    its places (feature ``separator``)."""
    seen: dict[str, list[int]] = {}
    for i, b in enumerate(blocks):
        f = b.features
        if (
            b.label == Label.UNDECIDED
            and f.get("repeat", 1) >= settings().separator_min_repeat
            and f["words"] <= settings().separator_max_words
        ):
            seen.setdefault(b.text, []).append(i)

    def sentence(j: int) -> bool:
        return (
            0 <= j < len(blocks)
            and blocks[j].features["terminal"]
            and blocks[j].features["words"] >= settings().isolated_min_words
        )

    for rows in seen.values():
        flanked = sum(1 for i in rows if sentence(i - 1) and sentence(i + 1))
        if len(rows) >= settings().separator_min_repeat and flanked >= settings().separator_flanked_share * len(rows):
            for i in rows:
                blocks[i].features["separator"] = True


def _separator(b: Block) -> bool:
    return b.label == Label.UNDECIDED and bool(b.features.get("separator"))


def _prose_beside(blocks: list[Block], prose: list[bool], i: int, step: int) -> bool:
    """Is there a story paragraph next to block ``i`` on one side, looking through a line or
    two already judged chrome or a caption (a promo line or a picture set into the story)?"""
    j = i + step
    for _ in range(settings().skip_chrome_neighbours + 1):
        if not 0 <= j < len(blocks):
            return False
        if prose[j]:
            return True
        label = blocks[j].label
        if (
            not (label == Label.CHROME or (label == Label.CAPTION and step < 0) or _separator(blocks[j]))
            or blocks[j].features.get("end_marker")
            or blocks[j].reason in _NOT_LOOKED_THROUGH
        ):
            return False  # (the block right before a picture's credit is its caption)
        j += step
    return False


_BY = regex.compile(r"(?:^|\s)(?:[Bb]y|BY)\s+\p{Lu}")


def _signed_byline(b: Block) -> bool:
    """A byline line with its "By" ("By Ann Lee", "May 2, 2024 by Ann Lee"): teaser cards
    print an author's bare name or a date, a story's head signs its byline."""
    return (
        not b.decided
        and b.features["words"] <= settings().head_anchor_max_words
        and _BY.search(b.text) is not None
        and bylines.looks_like_byline(b.text)
    )


def _signed_byline_above(blocks: list[Block], i: int) -> bool:
    """Is block ``i`` right under the story's signed byline, looking through a picture's
    caption between them? The byline may print its marker apart from the name ("von" /
    "Ann Lee", "By" / "Ann Lee")."""
    k = i - 1
    for _ in range(settings().skip_chrome_neighbours):
        if k > 0 and blocks[k].label == Label.CAPTION:
            k -= 1
    if k < 0:
        return False
    if _signed_byline(blocks[k]):
        return True
    name = blocks[k]
    return (
        k > 0
        and not name.decided
        and not blocks[k - 1].decided
        and name.features["words"] <= settings().split_name_max_words
        and bylines.is_lone_marker(blocks[k - 1].text)
        and bylines.looks_like_byline(f"{blocks[k - 1].text.strip()} {name.text.strip()}")
    )


def _lone_summaries(blocks: list[Block], keep: int | None = None) -> None:
    """Mark runs of lone teaser summaries (``teaser.isolated_summary``); block ``keep``, the
    story's lead cut short by a paywall (:mod:`newsclean.stages.region_leads`), is never one."""
    n = len(blocks)
    prose = [_prose_neighbour(b) for b in blocks]
    # lone prose-sized blocks between short lines
    heading = rules.combined("section_heading_patterns")
    isolated = [
        i
        for i in range(n)
        if _prose_sized(blocks[i])
        and i != keep
        and blocks[i].features["words"] <= settings().isolated_max_words
        and not (
            i > 0
            and heading is not None
            and blocks[i - 1].text.endswith("]")
            and heading.search(blocks[i - 1].text) is not None
        )
        and not blocks[i].features.get("introduced_item")
        and not blocks[i].features.get("lead_in_item")
        and not (i + 1 < n and _ATTRIBUTION.match(blocks[i + 1].text))
        and not _prose_beside(blocks, prose, i, -1)
        and not _prose_beside(blocks, prose, i, 1)
        and _summary_start(blocks[i].text)
    ]
    runs: list[list[int]] = []
    run: list[int] = []
    for i in isolated + [n + settings().isolated_max_gap + 2]:
        if run and i - run[-1] > settings().isolated_max_gap + 1:
            if len(run) >= settings().isolated_min_run:
                runs.append(run)
            run = []
        run.append(i)
    # teaser summaries are short, and only a page that also has a story outside the lists
    # has teaser lists around it: a page of lone paragraphs between subheadings (a
    # listicle, a how-to) is the story itself
    in_runs = {i for r in runs for i in r}
    story = sum(blocks[i].features["words"] for i in range(n) if prose[i] and i not in in_runs)
    if story < settings().story_min_words:
        return
    _card_summaries(blocks, prose)
    for r in runs:
        lengths = sorted(blocks[j].features["words"] for j in r)
        if lengths[len(lengths) // 2] > settings().teaser_median_words:
            continue
        # story paragraphs on both sides: the lone lines are the story's own list or quotes
        before = sum(
            blocks[j].features["words"]
            for j in range(max(0, r[0] - settings().context_blocks), r[0])
            if prose[j] and j not in in_runs
        )
        after = sum(
            blocks[j].features["words"]
            for j in range(r[-1] + 1, min(n, r[-1] + 1 + settings().context_blocks))
            if prose[j] and j not in in_runs
        )
        if before >= settings().context_words and after >= settings().context_words:
            continue
        if after >= settings().context_words and r[-1] > 0 and _signed_byline_above(blocks, r[-1]):
            # the last lone line sits right under a byline ("By Ann Lee"), with the story's
            # paragraphs after it (a picture between): it is the story's first paragraph
            r = r[:-1]
            if len(r) < settings().isolated_min_run:
                continue
        # story paragraphs between the lone lines: a teaser list's summaries stand together,
        # these are the story's quotes or figures set off by promo links and pictures
        between = sum(blocks[j].features["words"] for j in range(r[0] + 1, r[-1]) if prose[j] and j not in in_runs)
        if between >= settings().between_story_words:
            continue
        for j in r:
            blocks[j].mark(Label.CHROME, "teaser.isolated_summary")


_COUNTER_REASONS = frozenset({"chrome.line_shape", "chrome.counter"})


_COUNT_AND_NOUN = regex.compile(r"\d\s?\p{L}")


def _counter_line(b: Block) -> bool:
    """A chrome counter: a number and what it counts ("11 Comments", "200Comments. Click to
    view comments"), not a bare rank or a slide counter."""
    return b.reason in _COUNTER_REASONS and b.features["words"] <= 8 and _COUNT_AND_NOUN.search(b.text) is not None


def _card_summaries(blocks: list[Block], prose: list[bool]) -> None:
    """Lone paragraphs of a few sentences, most of them under their own comment counter
    (chrome) a few lines above, are the summaries of a feed of cards (``teaser.card_summary``)."""
    n = len(blocks)
    lone = [
        i
        for i in range(n)
        if _prose_sized(blocks[i])
        and blocks[i].features["terminal"]
        and blocks[i].features["words"] >= settings().card_summary_min_words
        and not blocks[i].features.get("introduced_item")
        and not blocks[i].features.get("lead_in_item")
        and not _prose_beside(blocks, prose, i, -1)
        and not _prose_beside(blocks, prose, i, 1)
        and _summary_start(blocks[i].text)
    ]
    run: list[tuple[int, bool]] = []
    previous = -1
    for i in lone + [n + settings().card_max_gap + 2]:
        if run and i - run[-1][0] > settings().card_max_gap + 1:
            if sum(counted for _, counted in run) >= max(settings().card_min_counted, len(run) / 2):
                for j, _ in run:
                    blocks[j].mark(Label.CHROME, "teaser.card_summary")
            run = []
        if i >= n:
            break
        top = max(previous + 1, i - settings().card_max_gap)
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
        if (
            text == prev_text
            and b.features["terminal"]
            and not b.gap_before
            and settings().repeated_min_words <= b.features["words"] <= settings().repeated_caption_max_words
        ):
            for c in (blocks[i - 1], b):
                if c.label == Label.UNDECIDED:
                    c.mark(Label.CHROME, "chrome.repeated_caption")
        prev_text = text
    for i, b in enumerate(blocks):
        if b.label != Label.UNDECIDED:
            continue
        f = b.features
        if (
            b.text[0] in "—–-"
            and f["words"] <= settings().head_anchor_max_words
            and _POST_ATTRIBUTION.match(b.text) is not None
        ):
            f["post_attribution"] = True  # a quoted post's signature, however often the account posts
            continue
        if (
            f.get("repeat", 1) > 1
            and f["words"] >= settings().repeated_min_words
            and not f.get("code_line")
            and not _CODE_LIKE.search(b.text)
        ):
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
        elif (
            f["words"] >= settings().caps_link_min_words
            and b.text.isupper()
            and shape_features(b)["upper_ratio"] >= settings().caps_link_upper_share
        ):
            # a whole line in capitals inside a page is a link to another story
            # ("SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'"), not a paragraph
            b.mark(Label.CHROME, "teaser.all_caps_link")

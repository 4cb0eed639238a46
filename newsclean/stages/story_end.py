"""Where the article ends: a credits line, a comment section, a teaser section or a box of
headlines ends it, unless story prose follows; an inline box of related links is cut out and
the story resumes under it.

Split from :mod:`newsclean.stages.structure` along its seams.
"""

from __future__ import annotations

import regex

from newsclean import rules
from newsclean.document import Block, Document, Kind, Label
from newsclean.metadata import bylines, dates
from newsclean.metadata.bylines import looks_like_credits
from newsclean.settings import settings
from newsclean.stages.base import stage

_BULLET = regex.compile(r"^(?:[•·▪●◦‣∙*–-]|\d{1,2}[.)])\s+")


def _body_indices(doc: Document) -> list[int]:
    return [i for i, b in enumerate(doc.blocks) if b.label == Label.BODY]


@stage(
    "article_end",
    requires=["features.norm", "features.terminal", "features.words"],
    may_read=[
        "features.end_marker",
        "features.hard_end",
        "features.list_run",
        "features.separator",
        "found.credits",
        "found.link_share",
        "found.region",
    ],
    assigns=["found.credits"],
)
def article_end(doc: Document) -> None:
    """Cut the body at credits lines and at related-section headings; drop a run of labels
    left at its end (a tag box without its heading)."""
    _cut_story_end(doc)
    _tail_labels(doc)


_DIGIT = regex.compile(r"\d")


def _tail_label(b: Block) -> bool:
    f = b.features
    return (
        f["words"] <= settings().tail_label_max_words
        and not f["terminal"]
        and not f["ellipsis"]
        and b.kind not in (Kind.TABLE_ROW, Kind.CODE)
        and _DIGIT.search(b.text) is None
    )


def _tail_labels(doc: Document) -> None:
    """The body's last lines, when ``TAIL_LABEL_MIN_LINES`` or more of them are short labels
    (``_tail_label``) under a story paragraph, are a tag box, not the story (``structure.tail_labels``)."""
    blocks = doc.blocks
    idx = _body_indices(doc)
    run: list[int] = []
    for i in reversed(idx):
        if not _tail_label(blocks[i]):
            break
        run.append(i)
    if len(run) < settings().tail_label_min_lines or len(run) == len(idx):
        return
    above = blocks[idx[len(idx) - len(run) - 1]]
    if above.features["words"] < settings().story_end_story_paragraph_words or above.text.rstrip().endswith(":"):
        return  # no story paragraph right above, or a lead-in introducing the list
    for i in run:
        blocks[i].mark(Label.CHROME, "structure.tail_labels")


def _cut_story_end(doc: Document) -> None:
    blocks = doc.blocks
    region = doc.found.get("region")
    if not region:
        return
    start, end = region
    _headline_boxes(doc)
    seen_body = False
    story_words = 0.0
    # a credits line is short and unpunctuated, so it often sits just past the region
    for i in range(start, min(len(blocks), end + 6)):
        b = blocks[i]
        if b.label == Label.BODY and (b.features["words"] > 12 or b.features.get("list_run")):
            seen_body = True  # a paragraph, or an item of a list that is the story
        if b.label == Label.BODY:
            story_words += b.features["words"]
        if not seen_body:
            continue
        if b.reason == "tags.tag_line" and i <= end and story_words >= settings().tag_line_story_words:
            # the story's tag line closes it: what the region holds under it is the page's
            # other boxes (a pager, teasers, promotions)
            _cut_after(doc, i, "structure.after_tag_line")
            return
        if b.features.get("end_marker"):
            if _list_goes_on(blocks, start, i, end):
                continue  # a section of the list the story is ("More:", then more of its items)
            resume = _prose_resumes(blocks, i, end)
            if resume is None:
                # a heading alone is no proof: the article ends only when the rest of the
                # page is not the story going on (a "Read more" box set into the story)
                resume = _story_follows(doc, i, end)
            if resume is None:
                if b.features.get("hard_end"):
                    _before_comments(blocks, i)
                _cut_after(doc, i, "structure.after_section_heading")
                return
            # an inline box of teaser links inside the story: drop the box, keep reading
            # (but not the next point of the story's numbered list, printed right under it)
            point = _next_point(blocks, i)
            for k in range(i, resume):
                if blocks[k].label in (Label.BODY, Label.UNDECIDED) and not _is_point(blocks[k], point):
                    blocks[k].mark(Label.CHROME, "structure.inline_teasers")
            if resume == i + 1:
                _card_above(blocks, i)
            continue
        if b.label in (Label.BODY, Label.UNDECIDED) and b.features["words"] <= 60 and looks_like_credits(b.text):
            b.mark(Label.CREDITS, "credits.line")
            doc.found.setdefault("credits", []).append(b.text)
            _cut_after(doc, i, "structure.after_credits")
            return
    _company_boilerplate(doc)


def _separators(doc: Document) -> None:
    """A short label the page prints again and again between the story's paragraphs
    ("Article content", "Advertisement": feature ``separator``, see
    :func:`newsclean.stages.region_shapes._separators`) is looked through by the region search, and
    is no part of the story it separates (``chrome.separator``)."""
    for b in doc.blocks:
        if b.label == Label.BODY and b.features.get("separator"):
            b.mark(Label.CHROME, "chrome.separator")


def _list_lines(blocks: list[Block]) -> tuple[int, bool]:
    """(list items among the body blocks, whether none of the others is a paragraph of prose)."""
    body = [b for b in blocks if b.label == Label.BODY]
    items = sum(b.kind == Kind.LIST_ITEM for b in body)
    return items, not any(_prose(b) for b in body if b.kind != Kind.LIST_ITEM)


def _list_goes_on(blocks: list[Block], start: int, i: int, end: int) -> bool:
    """Is the section heading at ``i`` a heading inside a list that is the story (a week's
    headlines, a roundup of links: "More:", then more of the same items)? The body above it
    is list items with no paragraph of prose beside them, and so is what follows it up to
    the region's end: items of the same list, not a teaser box under a story of prose. A
    comment section's heading (``hard_end``) still ends it."""
    if blocks[i].features.get("hard_end"):
        return False
    above, above_bare = _list_lines(blocks[start:i])
    below_blocks = [b for b in blocks[i + 1 : end + 1] if b.label == Label.BODY]
    below, below_bare = _list_lines(below_blocks)
    return (
        above_bare
        and below_bare
        and above >= settings().list_section_items
        and below >= settings().list_section_items
        and below >= settings().list_section_item_share * len(below_blocks)
    )


def _before_comments(blocks: list[Block], i: int) -> None:
    """Short unpunctuated lines between the story's last paragraph and the comment section's
    heading at ``i`` (a comment counter, a buyer's-guide link, a follow button) are the
    comment widget's, not a closing subheading with nothing under it (``structure.before_comments``)."""
    run = []
    for b in reversed(blocks[max(0, i - settings().before_comments_lines - 1) : i]):
        if b.label != Label.BODY:
            if b.label == Label.CHROME:
                continue
            break
        f = b.features
        if f["terminal"] or f["words"] > settings().before_comments_max_words:
            break
        run.append(b)
    else:
        return  # no story paragraph right above: the lines are not known to close one
    for b in run:
        b.mark(Label.CHROME, "structure.before_comments")


def _title_case(b: Block) -> bool:
    if b.kind in (Kind.TABLE_ROW, Kind.CODE):
        return False  # a table's rows ("Pier 1 | 3 boats") and code are not headlines
    f = b.features
    if not settings().headline_min_words <= f["words"] <= settings().heading_max_words or (
        f["terminal"] and not b.text.endswith("?")
    ):
        return False
    words = b.text.split()
    return sum(1 for w in words if w[:1].isupper() or w[:1].isdigit()) >= settings().headline_capitalised * len(words)


def _story_paragraph(b: Block) -> bool:
    return (
        b.label == Label.BODY
        and b.features["terminal"]
        and b.features["words"] >= settings().story_end_story_paragraph_words
    )


def _headline_boxes(doc: Document) -> None:
    """Three to six headlines in Title Case in a row between two paragraphs of the story
    are a box of links to other stories set into it without a heading (a subheading stands
    alone; a list the story introduces ends its lead-in with a colon): structure.inline_teasers."""
    blocks = doc.blocks
    n = len(blocks)
    i = 1
    while i < n:
        if not (blocks[i].label == Label.BODY and _title_case(blocks[i])):
            i += 1
            continue
        j = i
        while j < n and blocks[j].label == Label.BODY and _title_case(blocks[j]):
            j += 1
        if (
            settings().headline_box_min_lines <= j - i <= settings().headline_box_max_lines
            and j < n
            and _story_paragraph(blocks[j])
            and _story_paragraph(blocks[i - 1])
            and not blocks[i - 1].text.rstrip().endswith(":")
        ):
            for b in blocks[i:j]:
                b.mark(Label.CHROME, "structure.inline_teasers")
        i = j


def _company_boilerplate(doc: Document) -> None:
    """A press release closes with the company's standard description ("Acme is a global
    provider of ... headquartered in ..."): it and what follows are not the story
    (``structure.company_boilerplate``)."""
    pat = rules.combined("company_boilerplate_patterns")
    cue = rules.combined("company_boilerplate_cues")
    if pat is None or cue is None:
        return
    blocks = doc.blocks
    idx = _body_indices(doc)
    for pos in range(max(1, len(idx) - settings().boilerplate_window), len(idx)):
        b = blocks[idx[pos]]
        if b.features["words"] < 12 or pat.match(b.text) is None:
            continue
        if cue.search(b.text) is None and (pos + 1 >= len(idx) or cue.search(blocks[idx[pos + 1]].text) is None):
            continue
        if sum(blocks[j].features["words"] for j in idx[:pos]) < settings().boilerplate_min_story_words:
            return
        # an "About Acme" heading right above it goes too
        prev = idx[pos - 1]
        if (
            blocks[prev].features["words"] <= 6
            and not blocks[prev].features["terminal"]
            and blocks[prev].text.startswith("About ")
        ):
            blocks[prev].mark(Label.CHROME, "structure.company_boilerplate")
        for j in idx[pos:]:
            blocks[j].mark(Label.CHROME, "structure.company_boilerplate")
        return


# "5. Beware the hairdryer": a point of a numbered list the story is written as
_POINT = regex.compile(r"^(\d{1,2})[.)]\s+\S")


def _next_point(blocks: list[Block], i: int) -> int | None:
    """The number the story's next point will carry: one more than the last numbered
    heading or line of the body above ``i`` (None when the story has no numbered points)."""
    for b in reversed(blocks[max(0, i - settings().point_lookback) : i]):
        if b.label == Label.BODY:
            m = _POINT.match(b.text)
            if m is not None and b.features["words"] <= settings().heading_max_words:
                return int(m.group(1)) + 1
    return None


def _is_point(b: Block, point: int | None) -> bool:
    m = _POINT.match(b.text) if point is not None else None
    return m is not None and int(m.group(1)) == point and b.features["words"] <= settings().heading_max_words


def _prose_resumes(blocks: list[Block], i: int, end: int) -> int | None:
    """Index where the story resumes after an inline related box opened at ``i``, or None.

    The box is a handful of short lines (headlines, the box's labels); the story resumes
    with at least two consecutive sentence-like paragraphs of some length inside the region.
    """
    if blocks[i].features.get("hard_end"):
        return None
    k = i + 1
    limit = min(end, i + settings().inline_box_max_blocks + 1)
    bio = rules.combined("bio_patterns")
    while k <= limit:
        b = blocks[k]
        f = b.features
        if f.get("end_marker") and f["norm"] != blocks[i].features["norm"]:
            return None  # another teaser heading ("Most read") under the first: no story beyond
        if bio is not None and b.label in (Label.BODY, Label.UNDECIDED) and bio.search(b.text):
            return None  # the author's bio in the box: the page's footer, not a box set into the story
        if b.label == Label.BODY and f["terminal"] and f["words"] >= settings().resume_paragraph_words:
            break
        k += 1
    else:
        return None
    if k == i + 1 and _teaser_summaries_under(blocks, i, end):
        return None
    run, words = 0, 0.0
    short = 0
    for b in blocks[k : end + 1]:
        f = b.features
        if bio is not None and bio.search(b.text):
            break  # the author's bio under a teaser box closes the page, it does not resume the story
        if b.label in Label.METADATA:
            continue  # a picture's caption between two paragraphs
        if (
            b.label == Label.BODY
            and run
            and f["words"] <= settings().resume_subheading_words
            and not f.get("end_marker")
            and short < settings().resume_subheading_lines
        ):
            short += 1
            continue  # a subheading between the story's paragraphs ("How is it spread?")
        if b.label != Label.BODY or not f["terminal"] or f["words"] < settings().resume_paragraph_words:
            break  # two short lines in a row are a teaser card's kicker and headline
        short = 0
        run += 1
        words += f["words"]
        if run >= settings().resume_paragraphs and words >= settings().resume_words:
            return k
    return None


def _story_follows(doc: Document, i: int, end: int) -> int | None:
    """Index where the story resumes under the box opened by the section heading at ``i``
    (a "Read more" box inside the story), or None when nothing shows that it does.

    The evidence is the rest of the page: the box is a handful of short lines (no byline or
    date line, which would open another story, and no second section heading), and what
    follows, up to the next section heading or the region's end, is made of sentence-like
    paragraphs (``story_follows_prose_share`` of its blocks, ``story_follows_paragraphs`` and
    ``story_follows_words`` at least), hardly linked, and not the short one-sentence
    summaries of a teaser list. A comment thread (names and dates between the comments) and
    a teaser list (a headline above each summary) fail the share; the story's subheadings
    (a short line over two paragraphs or more) and its separator labels are not counted.
    The box's size counts the lines not already chrome (its ad labels are). An author's bio
    among the box's lines closes the story, as it does under the box (``_prose_resumes``).
    """
    blocks = doc.blocks
    if blocks[i].features.get("hard_end"):
        return None
    bio = rules.combined("bio_patterns")
    k, live = i + 1, 0
    while k <= end and live <= settings().inline_box_max_blocks:
        b = blocks[k]
        f = b.features
        if b.label != Label.CHROME:
            live += 1  # the box's size in lines still in play: its ad labels are already chrome
        if f.get("end_marker"):
            return None
        if bio is not None and b.label in (Label.BODY, Label.UNDECIDED) and bio.search(b.text):
            return None  # the author's bio in the box: the page's footer, not a box set into the story
        if b.label == Label.BODY and f["terminal"] and f["words"] >= settings().resume_paragraph_words:
            break
        if b.label in (Label.BODY, Label.UNDECIDED) and (
            f["words"] > settings().story_follows_box_words
            or dates.looks_like_date_line(b.text)
            or bylines.looks_like_byline(b.text)
        ):
            return None
        k += 1
    else:
        return None
    if _teaser_summaries_under(blocks, k - 1, end):
        return None
    rest: list[Block] = []
    for b in blocks[k : end + 1]:
        if b.features.get("end_marker"):
            break
        if b.label in (Label.BODY, Label.UNDECIDED) and not b.features.get("separator"):
            rest.append(b)
    prose = [b for b in rest if _prose(b)]
    rest = [b for pos, b in enumerate(rest) if not _subheading(rest, pos)]
    if (
        len(prose) < settings().story_follows_paragraphs
        or sum(b.features["words"] for b in prose) < settings().story_follows_words
    ):
        return None
    if len(prose) < settings().story_follows_prose_share * len(rest):
        return None
    shares = doc.found.get("link_share")
    if shares:
        words = sum(b.features["words"] for b in rest) or 1.0
        linked = sum(shares[b.index] * b.features["words"] for b in rest if b.index < len(shares))
        if linked > settings().story_follows_max_link * words:
            return None
    return k


def _prose(b: Block) -> bool:
    return b.features["terminal"] and b.features["words"] >= settings().story_follows_prose_words


def _subheading(rest: list[Block], pos: int) -> bool:
    """Is ``rest[pos]`` a short unpunctuated line over ``subheading_paragraphs`` prose
    paragraphs in a row (the story's subheading, not a teaser's headline over its summary)?"""
    b = rest[pos]
    if b.features["terminal"] or b.features["words"] > settings().heading_max_words:
        return False
    under = rest[pos + 1 : pos + 1 + settings().subheading_paragraphs]
    return len(under) == settings().subheading_paragraphs and all(_prose(u) for u in under)


# a teaser section right under its heading, its headlines dropped (an HTML extractor keeps
# only the unlinked summaries): one-sentence paragraphs much shorter than the story's own
_INNER_SENTENCE = regex.compile(r"[.!?][\"'”’)]?\s+[\"'“‘(]?\p{Lu}")


def _median(values: list[float]) -> float:
    values = sorted(values)
    return values[len(values) // 2]


def _teaser_summaries_under(blocks: list[Block], i: int, end: int) -> bool:
    """Are the paragraphs right under the teaser heading at ``i`` the section's summaries
    rather than the story going on: each one sentence, of at most half the length of the
    story's paragraphs above the heading?"""

    def paragraph(b: Block) -> bool:
        return (
            b.label == Label.BODY
            and b.features["terminal"]
            and b.features["words"] >= settings().resume_paragraph_words
        )

    under = [b for b in blocks[i + 1 : min(end + 1, i + 1 + settings().summary_look)] if paragraph(b)]
    above = [b.features["words"] for b in blocks[max(0, i - settings().story_look) : i] if paragraph(b)]
    if len(under) < settings().resume_paragraphs or len(above) < settings().resume_paragraphs:
        return False
    if any(_INNER_SENTENCE.search(b.text) for b in under):
        return False
    return _median([b.features["words"] for b in under]) <= settings().summary_length_share * _median(above)


def _card_above(blocks: list[Block], i: int) -> None:
    """A link label ("Read more") with the story going on right under it closes a teaser
    card printed above it: the unfinished lines between the story's last paragraph and the
    label (a headline, a summary cut mid-sentence) are the card's (``structure.inline_teasers``)."""
    card = []
    for b in reversed(blocks[max(0, i - settings().card_above_lines - 1) : i]):
        if b.label != Label.BODY:
            return
        if b.features["terminal"]:
            break
        card.append(b)
    else:
        return  # no story paragraph right above the lines: not known to be a card
    for b in card:
        b.mark(Label.CHROME, "structure.inline_teasers")


def _cut_after(doc: Document, i: int, reason: str) -> None:
    bio = rules.combined("bio_patterns")
    for b in doc.blocks[i + 1 :]:
        if b.label == Label.BODY:
            if bio is not None and bio.search(b.text):
                b.mark(Label.AUTHOR_BIO, "bio.after_article")
            else:
                b.mark(Label.CHROME, reason)

"""Second pass: revise decisions with the neighbours (jusText's idea, for news pages).

* the article ends at a credits line ("Reporting by ...; Editing by ...") or at a
  related/teaser section heading: what follows is chrome, except an author bio;
* a short line right before a caption or credit is the image's alt text;
* an author bio at the end of the article goes to ``author_bio``;
* short unpunctuated lines between paragraphs are subheadings, bulleted lines list items;
* link residue glued to a paragraph's end ("... read more") is cut off.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from newsclean import rules
from newsclean.document import Block, Document, Kind, Label
from newsclean.metadata import bylines, dates
from newsclean.settings import settings
from newsclean.stages.base import stage
from newsclean.stages.chrome import _guard_literals
from newsclean.stages.chrome_guards import _depths, _ends_anchored, guard_folded, required_literal, unwrapped
from newsclean.stages.metadata_zone import stamp_beside_labels
from newsclean.stages.story_end import (
    _BULLET,
    _body_indices,
    _separators,
)


@stage("author_bio", requires=["features.terminal", "features.words"])
def author_bio(doc: Document) -> None:
    """An author bio closing the article (after the last story paragraph).

    The bio (or its heading, "About Ann Lee") is searched among the last body blocks,
    with the story before it. The bio goes to ``author_bio``; the short name and
    social-link lines just above it are chrome (``bio.lead_in``) and what follows
    it is not the story any more (``structure.after_bio``).
    """
    bio = rules.combined("bio_patterns")
    if bio is None:
        return
    blocks = doc.blocks
    idx = _body_indices(doc)
    if len(idx) < 3:
        return
    for pos in range(max(2, len(idx) - settings().bio_window), len(idx)):
        i = idx[pos]
        if not bio.search(blocks[i].text):
            continue
        # a bio closes the story: more story-sized prose after it means it was not one
        if (
            sum(blocks[j].features["words"] for j in idx[pos + 2 :] if blocks[j].features["terminal"])
            > settings().bio_max_prose_after
        ):
            continue
        blocks[i].mark(Label.AUTHOR_BIO, "bio.closing_paragraph")
        after = idx[pos + 1 :]
        if blocks[i].features["words"] <= settings().bio_heading_words and after:
            blocks[after[0]].mark(Label.AUTHOR_BIO, "bio.after_heading")
            after = after[1:]
        for j in after:
            if bio.search(blocks[j].text):
                blocks[j].mark(Label.AUTHOR_BIO, "bio.closing_paragraph")
            else:
                blocks[j].mark(Label.CHROME, "structure.after_bio")
        for j in reversed(idx[:pos]):
            f = blocks[j].features
            if f["terminal"] or f["words"] > settings().bio_lead_in_words:
                break
            blocks[j].mark(Label.CHROME, "bio.lead_in")
        return


def _split_credit(blocks: list[Block], i: int) -> None:
    """A caption whose credit in brackets the page prints on the next line, perhaps under
    a label: "English ivy is easy to grow (" / "Image:" / "Getty Images)"."""
    caption = blocks[i]
    if caption.label not in (Label.BODY, Label.UNDECIDED) or caption.features["words"] > settings().caption_max_words:
        return
    for j in range(i + 1, min(len(blocks), i + 3)):
        credit = blocks[j]
        text = credit.text
        if (
            credit.label in (Label.BODY, Label.UNDECIDED)
            and credit.features["words"] <= settings().credit_line_max_words
            and text.endswith(")")
            and "(" not in text
        ):
            for b in blocks[i : j + 1]:
                b.mark(Label.CAPTION, "caption.split_credit")
            return
        if credit.features["words"] > settings().split_credit_label_words:
            return


# ... or glued to the caption's last sentence: one or two words after its full stop
_GLUED_CREDIT = regex.compile(r"[.!?。]\s+[^\s.!?。]{1,24}(?:\s[^\s.!?。]{1,24})?$")


def _credit_like(b: Block) -> bool:
    """A picture's credit: already judged one, or a short unpunctuated line ("Reuters")."""
    if b.label == Label.CAPTION:
        return True
    return (
        b.label in (Label.BODY, Label.UNDECIDED)
        and not b.features["terminal"]
        and 0 < b.features["words"] <= settings().viewer_credit_max_words
    )


def _viewer_captions(doc: Document) -> None:
    """A picture viewer's button label ("Enlarge image", rule data ``viewer_labels``) printed
    as a line opens the picture's caption: the label, the caption under it and the credit
    under that (a short line, or one already judged a credit; or the credit glued to the
    caption's last sentence) are the picture's (``caption.viewer``). Without a credit the
    line under the label may be the story's."""
    labels = rules.phrases("viewer_labels")
    if not labels:
        return
    blocks = doc.blocks
    for i in range(len(blocks) - 2):
        if blocks[i].features["norm"] not in labels:
            continue
        caption, credit = blocks[i + 1], blocks[i + 2]
        if (
            caption.label not in (Label.BODY, Label.UNDECIDED)
            or caption.features.get("end_marker")
            or not 0 < caption.features["words"] <= settings().caption_max_words
        ):
            continue
        if _GLUED_CREDIT.search(caption.text):
            credit = blocks[i]  # the credit glued to the caption's end ("... on Tuesday. Reuters")
        elif not _credit_like(credit):
            continue
        for b in (blocks[i], caption, credit):
            if b.label != Label.CAPTION:
                b.mark(Label.CAPTION, "caption.viewer")


def _story_credit_over_stamp(blocks: list, i: int) -> bool:
    """Whether the credit line at ``i`` credits news agencies, or people and their agency, and
    sits right over a date line ("Ann Lee | Reuters" / "12 March 2024"): the story's byline,
    so the line over it is the headline, not a picture's alt text."""
    if i + 1 >= len(blocks) or not dates.looks_like_date_line(blocks[i + 1].text):
        return False
    parsed = bylines.parse_byline(blocks[i].text)
    return (
        parsed.agency is not None
        and bylines.is_agency(parsed.agency)
        and all(c.role in ("author", "agency") for c in parsed.contributors)
    )


@stage(
    "caption_alt_text",
    requires=["features.norm", "features.terminal", "features.words"],
    may_read=["features.end_marker"],
)
def caption_alt_text(doc: Document) -> None:
    """A short line right before a caption/credit line is the picture's alt text or caption
    (not a name under an author marker printed on its own line: "By" / "Ann Lee" / a picture);
    a picture viewer's label opens a caption and its credit."""
    blocks = doc.blocks
    _viewer_captions(doc)
    viewer_labels = rules.phrases("viewer_labels")
    # (visible text only: a page's markup gives its captions as elements, read from the DOM)
    opener = rules.combined("caption_opener_patterns") if doc.source_kind == "text" else None
    for i in range(1, len(blocks)):
        b = blocks[i]
        prev = blocks[i - 1]
        if b.label != Label.CAPTION:
            if prev.text.endswith("("):
                _split_credit(blocks, i - 1)
            continue
        if _story_credit_over_stamp(blocks, i):
            continue  # (the line over the story's byline is its headline)
        if b.reason == "caption.viewer" and b.features["norm"] in viewer_labels:
            continue  # a viewer's label opens the picture: the line over it is the story's (a subheading)
        if (
            prev.label in (Label.BODY, Label.UNDECIDED)
            and not prev.features["terminal"]
            and prev.features["words"] <= 15
            and not prev.features.get("end_marker")
            and not dates.looks_like_date_line(prev.text)
            and not bylines.looks_like_byline(prev.text)
            and stamp_beside_labels(prev.text) is None
            and not (i >= 2 and bylines.is_lone_marker(blocks[i - 2].text) and bylines.looks_like_name_line(prev.text))
        ):
            prev.mark(Label.CAPTION, "caption.alt_before_credit")
        elif (
            prev.label in (Label.BODY, Label.UNDECIDED)
            and not b.gap_before
            and b.features["words"] <= settings().credit_line_max_words
            and prev.features["words"] <= settings().caption_max_words
            and not prev.features.get("end_marker")
            and not prev.text.rstrip().endswith(":")
            and not _dated_byline(prev.text)
        ):
            # the picture's caption printed in one box with its credit ("Foto: Ann Lee (Getty)")
            prev.mark(Label.CAPTION, "caption.above_credit")
        elif (
            prev.label in (Label.BODY, Label.UNDECIDED)
            and b.features["words"] <= settings().credit_line_max_words
            and prev.features["words"] <= settings().caption_max_words
            and opener is not None
            and opener.match(prev.text.strip()) is not None
        ):
            # a caption naming who is in the picture ("Pictured from left, are ...") over its credit
            prev.mark(Label.CAPTION, "caption.opener_above_credit")


def _dated_byline(text: str) -> bool:
    """A byline printed with its date ("Posted by Ann Lee on March 9, 2024, 6:21 AM"), or a
    date stamp: the story's head, not a picture's caption over its credit."""
    return dates.looks_like_date_line(text) or (bylines.looks_like_byline(text) and dates.parse_date(text) is not None)


@stage("body_structure", requires=["features.terminal", "features.words"], may_read=["features.separator"])
def body_structure(doc: Document) -> None:
    """Give body blocks their kind: subheadings and list items in visible text (a separator
    label between the paragraphs leaves the body first)."""
    blocks = doc.blocks
    _separators(doc)
    _video_titles(doc)
    _fact_boxes(doc)
    _sign_in_walls(doc)
    _shop_boxes(doc)
    _share_bar_buttons(doc)
    _repeated_labels(doc)
    idx = _body_indices(doc)
    for pos, i in enumerate(idx):
        b = blocks[i]
        if b.kind != Kind.PARAGRAPH:
            continue
        if _BULLET.match(b.text):
            b.kind = Kind.LIST_ITEM
            continue
        f = b.features
        if f["terminal"] or f["words"] > settings().heading_max_words or f["words"] == 0:
            continue
        nxt = idx[pos + 1] if pos + 1 < len(idx) else None
        if nxt is not None and blocks[nxt].features["words"] > settings().heading_max_words:
            b.kind = Kind.HEADING


# a video's running time printed as a line over its title: "2:34", "1:02:15"
_DURATION = regex.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")


def _video_titles(doc: Document) -> None:
    """A video card set into the story prints the clip's running time as a line ("2:34") and
    the clip's title under it, a headline-shaped line ("Storm surge floods harbour road"):
    the title is no part of the story (``structure.video_title``). Read after the region
    search, which looks through the card as through any short line."""
    blocks = doc.blocks
    max_words = settings().heading_max_words
    for i in range(1, len(blocks)):
        b = blocks[i]
        f = b.features
        if (
            b.label == Label.BODY
            and not f["terminal"]
            and 0 < f["words"] <= max_words
            and blocks[i - 1].label == Label.CHROME
            and _DURATION.match(blocks[i - 1].text.strip()) is not None
        ):
            b.mark(Label.CHROME, "structure.video_title")


def _fact_boxes(doc: Document) -> None:
    """A fact box set into the story: a label over it ("Facts about the bridge", "Fakta om
    ...", rule data ``fact_box_patterns``), its lines, and a source line closing it ("Source:
    ...", ``fact_box_source_patterns``) within ``fact_box_max_lines``. The box leaves the body
    (``structure.fact_box``) and the story goes on under it; a source line another rule read
    as the story's source keeps that reading. A label without its closing
    source line is left alone: nothing tells where such a box would end."""
    label = rules.combined("fact_box_patterns")
    source = rules.combined("fact_box_source_patterns")
    if label is None or source is None:
        return
    blocks = doc.blocks
    max_words = settings().heading_max_words
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if (
            b.label != Label.BODY
            or b.features["terminal"]
            or b.features["words"] > max_words
            or label.match(b.text.strip()) is None
        ):
            i += 1
            continue
        end = None
        for j in range(i + 1, min(len(blocks), i + 1 + settings().fact_box_max_lines)):
            c = blocks[j]
            if (
                c.label in (Label.BODY, Label.SOURCE)
                and c.features["words"] <= settings().heading_max_words
                and source.match(c.text.strip())
            ):
                end = j
                break
        if end is None:
            i += 1
            continue
        for c in blocks[i : end + 1]:
            if c.label == Label.BODY:
                c.mark(Label.CHROME, "structure.fact_box")
        i = end + 1


def _sign_in_walls(doc: Document) -> None:
    """The lines of a sign-in or subscription wall set into the story (rule data
    ``sign_in_wall_patterns``: "Create an account or sign in to continue ...") leave the body
    (``structure.sign_in_wall``). They are read here, after the region search and the head's
    metadata, not by the chrome stage: they read as sentences, and the region search looks
    through them, so a wall printed under the lead does not cut the story from its head."""
    walls = _wall_patterns()
    if not walls:
        return
    literals = _wall_literals()
    max_words = settings().pattern_max_words
    for b in doc.blocks:
        if b.label == Label.BODY and b.features["words"] <= max_words and _is_wall(b.text, walls, literals):
            b.mark(Label.CHROME, "structure.sign_in_wall")
    _wall_boxes(doc)


@lru_cache(maxsize=1)
def _wall_patterns() -> tuple[tuple[regex.Pattern[str], tuple[str, ...]], ...]:
    """The sign-in wall patterns, each with the literals one of which its matches hold (see
    :func:`newsclean.stages.chrome._guard_literals`; () when none is known)."""
    return tuple((p, _guard_literals(p)) for p in rules.patterns("sign_in_wall_patterns"))


@lru_cache(maxsize=1)
def _wall_literals() -> tuple[str, ...] | None:
    """Every wall pattern's guard literals in one tuple (a text holding none of them is no
    wall), or None when a pattern has no guard."""
    walls = _wall_patterns()
    if not all(guard for _, guard in walls):
        return None
    return tuple(dict.fromkeys(lit for _, guard in walls for lit in guard))


def _is_wall(
    text: str, walls: tuple[tuple[regex.Pattern[str], tuple[str, ...]], ...], literals: tuple[str, ...] | None = None
) -> bool:
    """Whether a sign-in wall pattern matches at the text's start: what their one alternation
    (rules.combined) answers, each pattern tried only on a text holding one of its guard's
    literals (most body paragraphs hold none, where the alternation ran its ".{0,120}"
    scans on every paragraph of the page); ``literals`` (:func:`_wall_literals`) answers
    most texts at once."""
    folded = None
    if literals is not None:
        folded = guard_folded(text)
        if not any(map(folded.__contains__, literals)):
            return False
    for pattern, guard in walls:
        if guard:
            if folded is None:
                folded = guard_folded(text)
            if not any(map(folded.__contains__, guard)):
                continue
        if pattern.match(text) is not None:
            return True
    return False


# the lines that open or close a subscription offer: its sign-in lines and its newsletter or
# subscription appeals
_WALL_REASONS = frozenset({"structure.sign_in_wall", "chrome.newsletter"})


def _wall_boxes(doc: Document) -> None:
    """A subscription offer prints its benefits as short lines between its wall lines
    ("Subscribe now to read ...", "Exclusive articles from ...", "Daily puzzles, including ...",
    "Unlimited online access ..."): every short body line between two wall lines at most
    ``wall_box_max_lines`` apart is part of the offer (``structure.wall_box``). One line of
    more than ``wall_box_line_max_words`` words between them is story prose: the box is
    left alone."""
    blocks = doc.blocks
    walls = [i for i, b in enumerate(blocks) if b.label == Label.CHROME and b.reason in _WALL_REASONS]
    for i, j in zip(walls, walls[1:], strict=False):
        if j - i - 1 > settings().wall_box_max_lines:
            continue
        inside = [blocks[k] for k in range(i + 1, j) if blocks[k].label == Label.BODY]
        if any(b.features["words"] > settings().wall_box_line_max_words for b in inside):
            continue
        for b in inside:
            b.mark(Label.CHROME, "structure.wall_box")


# a price: "5,99 Euro", "299 €", "$19.99", "£250", "EUR 40"
_PRICE = regex.compile(
    r"\d(?:[\d.,]*\d)?\s?(?:€|\$|£|euro\b|eur\b|usd\b|chf\b)|(?:€|\$|£|\beur|\busd|\bchf)\s?\d", regex.I
)


def _shop_boxes(doc: Document) -> None:
    """A product or tariff box set into the story: short lines (a product's name, its pros and
    cons, a tariff's terms, its price) closed by a shop's button ("zu Amazon", "Jetzt bei
    ... abschließen", "Buy now at ...", rule data ``shop_link_patterns``). The button and the
    body lines of at most ``shop_box_line_max_words`` words right above it leave the body
    (``structure.shop_box``) when one of them names a price; a line ending in a colon (the
    story's own "The tariff in detail:") or a longer line is where the box begins."""
    pat = rules.combined("shop_link_patterns")
    if pat is None:
        return
    blocks = doc.blocks
    max_words = settings().shop_box_line_max_words
    for i, b in enumerate(blocks):
        if b.label != Label.BODY or b.features["words"] > max_words:
            continue
        if pat.match(b.text.strip()) is None:
            continue
        box = [i]
        k = i - 1
        while (
            k >= 0
            and blocks[k].label == Label.BODY
            and 0 < blocks[k].features["words"] <= settings().shop_box_line_max_words
            and not blocks[k].text.rstrip().endswith(":")
        ):
            box.append(k)
            k -= 1
        if len(box) < 2 or not any(_PRICE.search(blocks[j].text) for j in box):
            continue
        for j in box:
            blocks[j].mark(Label.CHROME, "structure.shop_box")


_DIGIT = regex.compile(r"\d")

# a label set before a link with a bar: "READ ALSO | <headline>", in any language
_BAR_LABEL = regex.compile(r"^(?P<label>[^|]{2,60}?)\s+\|\s+\S")


def _repeated_labels(doc: Document) -> None:
    """A label that opens ``repeated_label_min_lines`` or more lines of the page, set off by a
    bar ("FUNDA OLUNYE UDABA LAPHA | <headline>", "READ ALSO | <headline>"), is a widget's
    label, whatever its language: its lines are links to other stories and leave the body
    (``structure.repeated_label``). A table's rows are not read."""
    labels: dict[str, list[Block]] = {}
    for b in doc.blocks:
        # (a bar every match holds, looked for in C first)
        if b.kind == Kind.TABLE_ROW or "|" not in b.text:
            continue
        m = _BAR_LABEL.match(b.text)
        if m is None or len(m.group("label").split()) > settings().repeated_label_max_words:
            continue
        labels.setdefault(m.group("label").casefold(), []).append(b)
    for lines in labels.values():
        if len(lines) < settings().repeated_label_min_lines:
            continue
        for b in lines:
            if b.label == Label.BODY:
                b.mark(Label.CHROME, "structure.repeated_label")


def _share_bar_buttons(doc: Document) -> None:
    """A share bar prints one button per line; the buttons the phrase lists do not know
    ("twitter-x", "copy", a network's local name) sit between those they do and are left in
    the body. A run of button-sized lines (``share_bar_item_max_words``, no sentence, no
    digit), at least ``share_bar_min_known`` and half of them known share widgets, is one
    bar: its unknown buttons leave the body too (``structure.share_bar``). Read after the
    region search, which they do not move."""
    blocks = doc.blocks
    max_words = settings().share_bar_item_max_words

    def button(b: Block) -> bool:
        f = b.features
        return b.reason == "chrome.share_widget" or (  # a known button, or one shaped like it
            b.label == Label.BODY
            and 0 < f["words"] <= max_words
            and not f["terminal"]
            and _DIGIT.search(b.text) is None
        )

    i, n = 0, len(blocks)
    while i < n:
        if not button(blocks[i]):
            i += 1
            continue
        j = i
        while j < n and button(blocks[j]):
            j += 1
        found = sum(1 for b in blocks[i:j] if b.reason == "chrome.share_widget")
        if found >= settings().share_bar_min_known and 2 * found >= j - i:
            for b in blocks[i:j]:
                if b.label == Label.BODY:
                    b.mark(Label.CHROME, "structure.share_bar")
        i = j


@lru_cache(maxsize=8)
def _reversed(pattern: regex.Pattern | None) -> regex.Pattern | None:
    """The residue patterns (all anchored at the paragraph's end) searched from the end:
    a paragraph without residue fails at its last characters instead of at every space
    of its tail (a third of the stage's time on pages of thousands of paragraphs)."""
    return None if pattern is None else regex.compile(pattern.pattern, pattern.flags | regex.REVERSE)


def _end_anchored(sources: tuple[str, ...]) -> bool:
    """Whether every pattern ends with ``$`` in each of its branches (no alternation at its
    top level): then every match ends at the text's end, or before a final newline.

    >>> _end_anchored((r"\\s+read more$", r"\\(watch\\)$")), _end_anchored((r"a$|b$",)), _end_anchored(())
    (True, False, False)
    """
    return bool(sources) and all(
        _ends_anchored(source) and source == unwrapped(source) and not _depths(source)[1] for source in sources
    )


@lru_cache(maxsize=1)
def _residue_ends() -> tuple[bool, bool]:
    """Whether every residue pattern ends with ``$`` (searched from the end), and whether
    each is :func:`_end_anchored` (read once, as rules.combined is)."""
    sources = rules.pattern_sources("inline_residue_patterns")
    return all(source.endswith("$") for source in sources), _end_anchored(sources)


@stage("inline_residue", may_read=["found.residue"], assigns=["found.residue"])
def inline_residue(doc: Document) -> None:
    """Cut link residue ("... read more") from the end of body paragraphs."""
    pat = rules.combined("inline_residue_patterns")
    if pat is None:
        return
    reverse, at_end = _residue_ends()
    if reverse:
        pat = _reversed(pat) or pat
    cut: list[tuple[int, str]] = doc.found.setdefault("residue", [])
    tail_chars = settings().residue_tail_chars
    for b in doc.blocks:
        if b.label != Label.BODY:
            continue
        text = b.text
        # residue sits at the very end: only the paragraph's tail is searched
        pos = max(0, len(text) - tail_chars)
        if at_end and not text.endswith("\n"):
            # every match ends where the text does: the reverse search's first try, there, is
            # the only one that can succeed (no "$" before a final newline)
            m = pat.match(text, pos)
        else:
            m = pat.search(text, pos)
        if m and m.start() > 0:
            cut.append((b.index, m.group(0).strip()))
            b.text = b.text[: m.start()].rstrip()
    _inline_cards(doc, cut)


@lru_cache(maxsize=1)
def _card_patterns() -> tuple[tuple[regex.Pattern[str], str, bool], ...]:
    """The inline card patterns, each with a literal its every match holds ("" when none is
    known) and whether that literal is looked for in the lower-cased text (as the chrome
    stage's guards, :mod:`newsclean.stages.chrome_guards`)."""
    out = []
    for pattern in rules.patterns("inline_card_patterns"):
        source = unwrapped(pattern.pattern)
        fold = bool(pattern.flags & regex.IGNORECASE) or source != pattern.pattern
        literal = required_literal(source)
        out.append((pattern, literal.lower() if fold else literal, fold))
    return tuple(out)


def _inline_cards(doc: Document, cut: list[tuple[int, str]]) -> None:
    """A hover card printed where a paragraph names a person (rule data
    ``inline_card_patterns``: group ``keep`` is the story's text) is cut out of the paragraph;
    the cut text is residue, like link text at a paragraph's end."""
    for pat, literal, fold in _card_patterns():
        for b in doc.blocks:
            if b.label != Label.BODY:
                continue
            # (a literal every match holds, looked for in C first: most paragraphs lack it)
            if literal and literal not in (guard_folded(b.text) if fold else b.text):
                continue
            pieces, at = [], 0
            for m in pat.finditer(b.text):
                keep_end = m.end("keep")
                pieces.append(b.text[at:keep_end])
                cut.append((b.index, b.text[keep_end : m.end()].strip()))
                at = m.end()
            if pieces:
                b.text = "".join(pieces) + b.text[at:]


@stage("finalise")
def finalise(doc: Document) -> None:
    """Whatever no stage claimed lies outside the article."""
    for b in doc.blocks:
        if b.label == Label.UNDECIDED:
            b.mark(Label.CHROME, "region.outside")

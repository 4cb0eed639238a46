"""The article's extent on the HTML path: trust trafilatura, trim what it kept at the edges.

trafilatura has already chosen the page's main content from the DOM, so its result
tree is short and mostly right; a max-sum region over it (the text path's search)
cuts real text at the edges: list items, tour dates, short lines of a poem or a
schedule. Here every block the chrome rules left undecided is body, except:

* **leading headings** (``html.leading_heading``): headings before the first
  non-heading block are the page's headline and standfirst (or a strip of teaser
  headlines above the story), not story text -- except a sentence-shaped heading right
  above a paragraph that carries on from it ("But a new report ...", rule data
  ``continuation_openers``): that heading is the story's opening paragraph, and so is a
  heading of ``paragraph_heading_words`` words or more written as prose (no headline is
  that long);
* **trailing teasers** (``html.trailing_teaser``): after the last prose paragraph, a
  run of headings and of link-made lines (related-story lists) is chrome; on a page
  without a prose paragraph, a run of link-made lines under its unlinked ones (a tag cloud);
* **link labels** (``html.link_label``): a line that is a short label and a link,
  such as "Related: <headline>" or "READ MORE: <headline>", inside the story;
* **written-out links** are story text again: a line that is a link showing its own
  address (``http://...``), after the story's first paragraph, is a source or a shop link
  the author listed, though the chrome rules take a bare address for chrome;
* **linked headlines** (``html.linked_headline``): inside the story, an element of its
  own whose text is one link, shaped like a headline (no closing punctuation, a few
  words): a promoted link to another story between two paragraphs.

A teaser in a list is often a linked headline with its unlinked summary on the next
line of the same item; the lines of one element (``gap_before`` False) go together.

The link share of each block comes from the segmenter (``doc.found["link_share"]``:
the share of the block's characters inside ``<a>`` elements).
"""

from __future__ import annotations

import regex

from newsclean import rules
from newsclean.document import Block, Document, Kind, Label
from newsclean.settings import settings
from newsclean.stages.base import stage
from newsclean.stages.gate import (
    gate_stage,
    is_link_list,
)

# "Related: ...": a label of at most three words, a colon, then the link text
_LABEL = regex.compile(r"^\s*\(?[\p{L}][\p{L}'’\s]{0,30}?\s?:\s+\S")
# a bare web address as the whole line
_ADDRESS = regex.compile(r"^(?:https?://|www\.)\S+$")
LINKED_HEADLINE_WORDS = (3, 20)
_AUTHOR_TITLE = regex.compile(r"^([^,|–—]{3,60}?)\s*(?:,|\||\s[–—-]\s)\s*\S")
_SEPARATORS = regex.compile(r"[,;|·•]")
_FIRST_WORD = regex.compile(r"^\W*(\w+)")


def _is_prose(b: Block) -> bool:
    f = b.features
    return f["terminal"] and f["words"] >= settings().prose_min_words or f["words"] >= 20


def _share(doc: Document, b: Block) -> float:
    shares = doc.found.get("link_share")
    return shares[b.index] if shares and b.index < len(shares) else 0.0


def is_link_label(b: Block, share: float) -> bool:
    """A short label and a link: "Related: Other headline", "SEE MORE: Other headline",
    "(Read also: Other headline)". The text after the label is (almost) all link."""
    if b.features["words"] > settings().link_line_max_words or _LABEL.match(b.text) is None:
        return False
    label, rest = b.text.split(":", 1)
    if len(label.split()) > settings().label_max_words or len(rest.split()) < settings().label_link_min_words:
        return False  # the link names another story: a headline of a few words, not a handle
    # the share of the text after the label that is link text
    rest_share = share * len(b.text) / max(1, len(rest.strip()))
    return rest_share >= settings().label_rest_linked


def _units(blocks: list[Block]) -> list[list[Block]]:
    """Blocks grouped by element: a block without ``gap_before`` continues the previous one."""
    units: list[list[Block]] = []
    for b in blocks:
        if units and not b.gap_before:
            units[-1].append(b)
        else:
            units.append([b])
    return units


def _footer_line(b: Block, share: float) -> bool:
    """A short plain line that may sit under a teaser list: copyright, address, site note."""
    f = b.features
    return (
        b.kind == Kind.PARAGRAPH
        and not f["terminal"]
        and f["words"] <= settings().footer_words
        and share < settings().html_region_linked
    )


def _card_summary(blocks: list[Block], linked: list[bool], i: int) -> bool:
    """The summary line of a teaser card: a list item right under a linked headline item."""
    b = blocks[i]
    return (
        i > 0 and b.kind == Kind.LIST_ITEM and blocks[i - 1].kind == Kind.LIST_ITEM and linked[i - 1] and not linked[i]
    )


def _linked_headline(blocks: list[Block], i: int, share: float) -> bool:
    """A whole element that is one headline-shaped link."""
    b = blocks[i]
    f = b.features
    lo, hi = LINKED_HEADLINE_WORDS
    if share < settings().linked_headline or f["terminal"] or not lo <= f["words"] <= hi:
        return False
    if b.kind == Kind.HEADING:
        return False  # a linked subheading (a product's name in a buying guide) is the story's own
    if not b.gap_before or i == 0 or i + 1 >= len(blocks) or not blocks[i + 1].gap_before:
        return False
    # between two paragraphs of the story, not in a list of linked product names
    return _is_prose(blocks[i - 1]) and _is_prose(blocks[i + 1])


def _author_line(b: Block, authors: set[str]) -> bool:
    """The block is a declared author's name, alone or followed by a short title after a
    comma, a bar or a dash (not a sentence)."""
    text = b.text.casefold().strip(" ,.")
    if text in authors:
        return True
    if b.features["terminal"] or b.features["words"] > settings().author_line_words:
        return False
    m = _AUTHOR_TITLE.match(text)
    return m is not None and m.group(1).strip() in authors


def _opening_paragraph(blocks: list[Block], i: int) -> bool:
    """A heading that is the story's first paragraph set as a heading: it reads as a long
    sentence and the paragraph under it carries on from it ("But ...", "However, ...")."""
    b = blocks[i]
    if b.kind != Kind.HEADING or not b.features["terminal"] or b.features["words"] < settings().opening_heading_words:
        return False
    if i + 1 >= len(blocks) or blocks[i + 1].kind != Kind.PARAGRAPH or not _is_prose(blocks[i + 1]):
        return False
    m = _FIRST_WORD.match(blocks[i + 1].text)
    return m is not None and m.group(1).casefold() in rules.phrases("continuation_openers")


def _paragraph_heading(b: Block) -> bool:
    """A heading long enough to be a paragraph, written as prose (not a list of tags)."""
    words = b.features["words"]
    if b.kind != Kind.HEADING or words < settings().paragraph_heading_words:
        return False
    return words / (len(_SEPARATORS.findall(b.text)) + 1) >= settings().prose_clause_words


class HtmlRegion:
    """Body = trafilatura's blocks minus leading headings, trailing teasers and link labels."""

    name = "main_region"
    requires = ("features.terminal", "features.words")
    may_read = ("found.bylines", "found.link_share", "meta.authors")
    assigns = ("found.bylines", "found.region")

    def __call__(self, doc: Document) -> None:
        blocks = doc.blocks
        if not blocks:
            doc.found["region"] = None
            return
        # each block's link share, read once (see _share)
        found_shares = doc.found.get("link_share") or []
        shares = [found_shares[b.index] if b.index < len(found_shares) else 0.0 for b in blocks]
        # a linked line shaped like a headline: no closing full stop (a question is fine)
        region_linked = settings().html_region_linked
        linked = [
            share >= region_linked and (not b.features["terminal"] or b.text.rstrip().endswith("?"))
            for b, share in zip(blocks, shares, strict=True)
        ]
        # a teaser card's summary (the line under a linked headline in a list) is not story prose
        prose_min_words = settings().prose_min_words
        prose = [
            i
            for i, b in enumerate(blocks)
            if (
                b.features["terminal"] and b.features["words"] >= prose_min_words or b.features["words"] >= 20
            )  # (_is_prose)
            and b.label != Label.CHROME
            and not _card_summary(blocks, linked, i)
        ]
        if prose:
            for b in blocks[prose[0] + 1 :]:
                if (
                    b.reason == "chrome.line_shape"
                    and _share(doc, b) >= settings().linked_headline
                    and _ADDRESS.match(b.text)
                ):
                    b.mark(Label.UNDECIDED, "")
        # the author's name alone above the story (a byline element whose "By" trafilatura
        # dropped) matches an author the page declares
        # or opens it with the author's job title ("Ann Lee, Senior Reporter, Harbour Desk")
        authors = {a.casefold() for a in doc.meta.get("authors") or [] if a}
        if authors and prose:
            for b in blocks[: prose[0]]:
                if not b.decided and _author_line(b, authors):
                    b.mark(Label.BYLINE, "html.author_line")
                    doc.found.setdefault("bylines", []).append(b.text)
        # leading headings and linked headlines above the story
        for i, b in enumerate(blocks):
            if b.kind != Kind.HEADING and not (linked[i] and b.features["words"] >= LINKED_HEADLINE_WORDS[0]):
                break
            if _opening_paragraph(blocks, i) or _paragraph_heading(b):
                break
            if not b.decided:
                b.mark(Label.CHROME, "html.leading_heading" if b.kind == Kind.HEADING else "html.leading_teaser")
        # trailing teasers, element by element from the end. A page without a prose paragraph
        # (a schedule, a results table) has no last paragraph to start from: there only a
        # run of linked lines under the page's own unlinked lines is cut (a tag cloud)
        tail = blocks[prose[-1] + 1 :] if prose else blocks
        teasers: list[Block] = []
        reached = bool(prose)
        # short plain lines (a copyright or address footer) between or under teasers go with
        # them; up to footer_lines of them are held until a teaser above confirms them
        pending: list[list[Block]] = []
        for unit in reversed(_units(tail)):
            first = unit[0]
            i = first.index
            if all(b.decided for b in unit):
                continue
            if _ADDRESS.match(first.text):
                reached = True
                break  # a written-out link is story text: the story reaches this far
            if linked[i] or prose and (first.kind == Kind.HEADING or _card_summary(blocks, linked, i)):
                teasers.extend(b for u in pending + [unit] for b in u)
                pending = []
            elif len(pending) < settings().footer_lines and _footer_line(first, _share(doc, first)):
                pending.append(unit)
            else:
                reached = True
                break
        if reached:
            for b in teasers:
                if not b.decided:
                    b.mark(Label.CHROME, "html.trailing_teaser")
        # (the cheap tests of is_link_label and _linked_headline first: a label's colon, a
        # headline's link share)
        link_line_max_words = settings().link_line_max_words
        linked_headline = settings().linked_headline
        for i, b in enumerate(blocks):
            if b.decided:
                continue
            share = shares[i]
            if b.features["words"] <= link_line_max_words and ":" in b.text and is_link_label(b, share):
                b.mark(Label.CHROME, "html.link_label")
            elif share >= linked_headline and prose and prose[0] < i < prose[-1] and _linked_headline(blocks, i, share):
                b.mark(Label.CHROME, "html.linked_headline")
        undecided = [i for i, b in enumerate(blocks) if not b.decided]
        if not undecided:
            doc.found["region"] = None
            return
        # the region the later stages read: from the first to the last block left to the body
        doc.found["region"] = (undecided[0], undecided[-1])
        for i in undecided:
            blocks[i].mark(Label.BODY, "html.inside")


def _teaser_share(doc: Document, body: list[Block]) -> float:
    teasers = doc.found.get("teaser_texts")
    if not teasers:
        return 0.0
    known = set(teasers)
    words = sum(b.features["words"] for b in body) or 1.0
    return sum(b.features["words"] for b in body if b.text in known) / words


@gate_stage
def html_gate(doc: Document) -> None:
    """The HTML path's article gate: the too-little-text and link-list checks of
    :mod:`newsclean.stages.gate`, and a teaser-list check of its own. The text path's
    teaser-list check (headline line + one summary) is left out: trafilatura's blocks of a
    real story are often one-line paragraphs after a headline-like line. Here a body made
    of the summaries of the page's ``<article>`` teaser cards is a listing."""
    _html_gate(doc, lists=False)


@gate_stage
def html_list_gate(doc: Document) -> None:
    """The gate of the last look at a page whose main content and every other candidate
    gave no article, the first being a list without a sentence of prose: the list is the
    post then (a week's headlines, a list of links the post is about), not a reason to
    return nothing; the other checks stay."""
    _html_gate(doc, lists=True)


def linked_list(doc: Document, anchors: frozenset[str]) -> bool:
    """Is the body a list of the page's link texts (``anchors``: the texts of its links, made
    keys with :func:`anchor_key`): most lines are a link's text (a menu, an index), or linked
    headlines each with the plain summary line under it (a strip of teaser cards: "Carnival
    of flowers" / "Images from the capital's parade")? A list whose lines only hold a link
    (a week's headlines linking their sources) is not."""
    body = [b for b in doc.blocks if b.label == Label.BODY]
    if not body:
        return False
    linked = [anchor_key(b.text) in anchors for b in body]
    if sum(linked) >= settings().link_list_share * len(body):
        return True
    cards = sum(1 for head, summary in zip(linked, linked[1:], strict=False) if head and not summary)
    return cards >= settings().min_cards and 2 * cards >= settings().link_list_share * len(body)


def anchor_key(text: str) -> str:
    return _NOT_WORD.sub(" ", text).strip().casefold()


def _html_gate(doc: Document, lists: bool) -> None:
    body = [b for b in doc.blocks if b.label == Label.BODY]
    words = sum(b.features["words"] for b in body)
    if body and words < settings().min_article_words:
        post = _short_post(doc, body)
        for b in body:
            if b not in post:
                b.mark(Label.CHROME, "gate.too_little_text")
        if not post:
            doc.warn(f"{_TOO_LITTLE}{words:.0f} words of body text")
    elif body and not lists and is_link_list(doc, body):
        for b in body:
            b.mark(Label.CHROME, "gate.link_list")
        doc.warn(f"no article: the page is a list of {len(body)} items without a sentence of prose")
    elif body and _teaser_share(doc, body) >= settings().teaser_body_share:
        for b in body:
            b.mark(Label.CHROME, "gate.teaser_list")
        doc.warn("no article: the body is made of the summaries of the page's teaser cards")


def _short_post(doc: Document, body: list) -> list:
    """The text of a short post under its own headline (a photo post's line, a one-line
    link post, a how-to's few steps): the body blocks that follow the page's headline in the
    main content, when one of them reads like a clause (a sentence, or a line of
    ``short_post_min_words`` words). Lines above the headline (a blog's name and motto, a
    menu) are not the post. Nothing when the headline is not in the main content (as its own
    block, or at the end of a line that prints it after its date)."""
    head = next((b.index for b in doc.blocks if b.label == Label.TITLE), None)
    if head is None:
        # the headline printed with its date on one line ("Sunday, May 5 A day at the lake"),
        # so no block was taken for the title: the line that ends with the post's part of the
        # page's <title> ("Blog name: A day at the lake") opens the post
        opener = next((b for b in body if _ends_with_title_part(b.text, doc.meta.get("title") or "")), None)
        if opener is None:
            return []
        head = opener.index - 1
    post = [b for b in body if b.index > head and b.features["words"] <= settings().min_article_words]
    if not any(b.features["terminal"] or b.features["words"] >= settings().short_post_min_words for b in post):
        return []
    return post


# the warning of a body too short to be an article
_TOO_LITTLE = "no article: only "
# the gate's warnings of a page without an article
_NO_ARTICLE = "no article: "


def keep_short_prose(doc: Document) -> bool:
    """The last resort of a page whose every candidate for the main content gave no article,
    the first for too little text: its sentences are the page's text (a caption-led post, a
    short note under the blog's name, whose headline the main content does not hold). The
    blocks the gate took for too little text that read as sentences (``gate_prose_words``
    words or more, ending like one) go back to the body with the rule ``gate.short_prose``;
    the chrome rules judged them before the gate, so none is a widget's line. Lines without
    a sentence's shape (a date, a tag, a teaser headline) stay out, and a page of those alone
    stays empty. Returns whether a block went back."""
    kept = False
    for b in doc.blocks:
        if (
            b.reason == "gate.too_little_text"
            and b.features["words"] >= settings().gate_prose_words
            and b.features["terminal"]
        ):
            b.mark(Label.BODY, "gate.short_prose")
            kept = True
    if kept:
        doc.warnings[:] = [w for w in doc.warnings if not w.startswith(_TOO_LITTLE)]
        doc.warn("a short text without its headline in the main content: its sentences are the body")
    return kept


_TITLE_PARTS = regex.compile(r"\s(?:\||::|—|–|-|·|»)\s|:\s")
_NOT_WORD = regex.compile(r"[^\p{L}\p{N}]+")


def _is_title_part(text: str, title: str) -> bool:
    """Is the line one of the parts of the page's title ("In the pink..." of "Blog name: In the pink...")?"""
    line = _NOT_WORD.sub(" ", text).strip().casefold()
    return bool(line) and any(_NOT_WORD.sub(" ", part).strip().casefold() == line for part in _TITLE_PARTS.split(title))


def _ends_with_title_part(text: str, title: str) -> bool:
    """Does the line end with a part of the page's title of ``short_post_min_words`` words or more?"""
    line = _NOT_WORD.sub(" ", text).strip().casefold()
    for part in _TITLE_PARTS.split(title):
        key = _NOT_WORD.sub(" ", part).strip().casefold()
        if len(key.split()) >= settings().short_post_min_words and (line == key or line.endswith(" " + key)):
            return True
    return False


@stage("html_byline_guard", requires=["features.terminal"], may_read=["found.bylines"])
def html_byline_guard(doc: Document) -> None:
    """Give back to the body the sentences the byline recogniser took on the HTML path.

    trafilatura's blocks are whole paragraphs, so a paragraph that opens with a place
    and an agency ("HAYWARD, Calif. (AP) — The Latest on ...") or names people can
    look like a byline line; a real byline is short, so a block of
    ``byline_prose_words`` or more words ending like a sentence goes back to the body.
    """
    found = doc.found.get("bylines")
    for b in doc.blocks:
        if (
            b.label == Label.BYLINE
            and b.reason == "byline.line"
            and b.features["terminal"]
            and b.features["words"] >= settings().byline_prose_words
        ):
            b.mark(Label.BODY, "html.sentence_not_byline")
            if found and b.text in found:
                found.remove(b.text)


def head_only_post(doc: Document) -> bool:
    """The last resort of a post with no text of its own (a photo post, a video post): when
    every candidate gave no body, the lines the main content shows for the post, its
    headline and its date (the blocks taken as the title or the date, and the lines the gate
    took for too little text that are a heading or a part of the page's ``<title>``, "Blog
    name: In the pink...": the post's headline where the title stage took the blog's name)
    are its body, with the rule ``gate.post_head``.
    They must hold ``post_head_min_words`` words together and more than a date: a lone date,
    or a paragraph's label ("Older posts"), is not a post's head, and the body stays empty. The
    title and the date stay the Article's fields as well. Returns whether a block went back."""
    title = doc.meta.get("title") or ""
    head = [
        b
        for b in doc.blocks
        if b.text
        and (
            b.label in (Label.TITLE, Label.DATE)
            or (b.reason == "gate.too_little_text" and (b.kind == Kind.HEADING or _is_title_part(b.text, title)))
        )
    ]
    if not any(b.label != Label.DATE for b in head):
        return False
    if sum(b.features["words"] for b in head) < settings().post_head_min_words:
        return False
    for b in head:
        b.mark(Label.BODY, "gate.post_head")
    doc.warnings[:] = [w for w in doc.warnings if not w.startswith(_NO_ARTICLE)]
    doc.warn("a post without text of its own: its headline and date lines are the body")
    return True

"""HTML to a block document, through trafilatura's main-content extraction.

trafilatura does what it is best at (DOM cleaning, main-content choice, metadata);
we keep the structure of its result tree (headings, list items, quotes, table
rows) as block kinds, then the same chrome stages as the text path run on it.

>>> doc = segment_html("<html><head><title>T</title></head><body><article><h1>T</h1>"
...                    "<p>" + "A sentence of the story that is long enough. " * 5 + "</p></article></body></html>")
>>> [b.kind for b in doc.blocks][-1]
'paragraph'
"""

from __future__ import annotations

from typing import Any, Final, Iterator, cast

import lxml.html
import regex
from lxml import etree
from htmldate import find_date

from newsclean.document import Block, Document, Kind, PageMetadata
from newsclean.metadata.html import PageMeta, read_page_metadata
from newsclean.segment.syndication import read_syndication
from newsclean.segment.html_layout import unwrap_layout_tables
from newsclean.segment.html_extras import BOX_TAGS, box_kind, page_extras
from newsclean.segment.text import normalise_line
from newsclean import rules
from newsclean.segment.html_breaks import paragraphs_from_breaks
from newsclean.segment.html_payload import PAYLOAD_MIN_CHARS, script_payload
from newsclean.segment.html_repeats import restore_repeats, sibling_repeats
from newsclean.segment.html_outside import FRAME_TAGS, element_blocks, framed_blocks, outside_blocks
from newsclean.segment.html_split import restore_split_body, split_bodies
from newsclean.segment import trafilatura_adapter as traf
from newsclean.segment.trafilatura_fast import extract_author, extract_tags

# trafilatura's output vocabulary -> our block kinds
_KIND = {
    "head": Kind.HEADING,
    "p": Kind.PARAGRAPH,
    "item": Kind.LIST_ITEM,
    "quote": Kind.QUOTE,
    "row": Kind.TABLE_ROW,
    "code": Kind.CODE,
}
_CONTAINERS = {"list", "table", "quote", "div", "body", "main", "doc"}

EXTRACT_OPTIONS: dict[str, Any] = dict(
    # trafilatura's fast mode skips its comparison with readability and jusText on every
    # page (a third of its time); we ask for that comparison only when the fast result is
    # suspiciously short (FULL_RETRY_CHARS). On the ScrapingHub pages the fast result is
    # as good or better on all but the pages where it comes back nearly empty.
    fast=True,
    # recall mode: trafilatura keeps more around the main text (our stages trim it) and
    # skips its balanced mode's escalation check, which measures the whole page's text;
    # on the benchmark pages it is both faster and more accurate under our stages
    favor_recall=True,
    with_metadata=False,
    include_comments=False,
    include_formatting=False,
    include_images=False,
    include_tables=True,
    # links are kept in the result tree (as <ref>) only to measure each block's link share:
    # a block that is all link text is a teaser or a "Related: ..." line, rarely story text
    include_links=True,
    deduplicate=False,
    # only the result tree (``.body``) is read: with the "python" format trafilatura also
    # renders it as text (``.text``, about half a millisecond a page); any other format
    # leaves that to its ``extract()``, and a format changes nothing else in
    # ``bare_extraction`` (formatting is set above, metadata is off)
    output_format="txt",
)


def _text_of(el: etree._Element, skip_nested_lists: bool) -> list[str]:
    """The element's text split at <lb/> line breaks; nested lists are left to their own items."""
    return [line for line, _ in _lines_with_links(el, skip_nested_lists)]


# a line break between two words of one text node that is the page source's line wrapping:
# the next line indented (pretty-printed HTML) or going on in lower case. trafilatura's
# fallbacks join the texts of separate elements with a bare newline: those stay breaks
_WRAPPED = regex.compile(r"(?<=\S)[ \t\r]*\n(?:[ \t]+(?=\S)|(?=\p{Ll}))")


# inline elements of trafilatura's result (links, emphasis): a line break in the source
# next to one ("giant \n      <a>Home Depot</a>\n      are dropping") is wrapping inside a
# line; next to a block (a teaser's <head> summary) it stays a break
_INLINE_RESULT = frozenset({"ref", "hi"})
_EDGE_START = regex.compile(r"^[ \t\r]*\n\s*")
_EDGE_END = regex.compile(r"\s*\n[ \t\r]*$")


# text right after a link that starts with a Latin letter: trafilatura's recovery of loose
# text trims the space the page had there ("the inner product</ref>operation"). The space is
# put back unless the page itself glues that link to the next word (a plural "s", or a typo
# the reader sees too): :func:`glued_links` lists those. No spaces are expected in CJK text.
_GLUED_TAIL = regex.compile(r"\p{Latin}")
_LETTER_END = regex.compile(r"[\p{Latin}\d)]\s*$")


_INLINE_WRAPPERS = frozenset({"span", "b", "i", "em", "strong", "u", "small", "font", "mark", "sup", "sub"})


def _link_key(text: str) -> str:
    return " ".join(text.split())


def _ends_in_letter(text: str) -> bool:
    return bool(text) and _LETTER_END.search(text[-3:]) is not None


def glued_links(tree: Any) -> frozenset[str]:
    """The texts of the page's links that the page glues to a following letter."""
    found = set()
    for a in tree.iter("a"):
        # the text that follows the link: its tail, or that of the inline elements it ends
        node = a
        while not node.tail and node.getnext() is None:
            parent = node.getparent()
            if parent is None or parent.tag not in _INLINE_WRAPPERS:
                break
            node = parent
        tail = node.tail
        if tail and _GLUED_TAIL.match(tail):
            found.add(_link_key(a.text_content()))
    return frozenset(found)


def _pieces(
    el: etree._Element, linked: bool, skip_lists: bool, in_code: bool = False, glued: frozenset[str] = frozenset()
):
    """(text, inside a link) pieces of ``el`` in document order, tails excluded; <lb/> gives "\n".

    A newline between words of one text node can be the source's line wrapping (HTML shows
    it as a space, see ``_WRAPPED``): trafilatura leaves some in the text it copies, and they
    must not split a paragraph into lines. A newline at the edge of a text node stays a
    break: there it stands for a boundary between elements trafilatura flattened (a teaser's
    headline link and its summary). Code keeps its own newlines.
    """
    linked = linked or (el.tag == "ref" and el.get("target") != EMPTY_LINK)
    in_code = in_code or el.tag == "code"
    text = el.text
    if text:
        if not in_code and "\n" in text:
            text = _WRAPPED.sub(" ", text)
            # a break right before a link or emphasis is wrapping inside the line too
            if len(el) and el[0].tag in _INLINE_RESULT and "\n" in text:
                text = _EDGE_END.sub(" ", text)
        yield text, linked
    for child in el:
        if child.tag == "lb":
            yield "\n", False
        elif not (skip_lists and child.tag == "list"):
            yield from _pieces(child, linked, False, in_code, glued)
        tail = child.tail
        if tail:
            if child.tag == "ref" and not in_code and _GLUED_TAIL.match(tail):
                text = _link_key("".join(child.itertext()))
                if _ends_in_letter(text) and text not in glued:
                    yield " ", linked
            if not in_code and "\n" in tail:
                tail = _WRAPPED.sub(" ", tail)
                if "\n" in tail and child.tag in _INLINE_RESULT:
                    tail = _EDGE_START.sub(" ", tail)
                nxt = child.getnext()
                if "\n" in tail and nxt is not None and nxt.tag in _INLINE_RESULT:
                    tail = _EDGE_END.sub(" ", tail)
            yield tail, linked


def _lines_with_links(
    el: etree._Element, skip_nested_lists: bool, glued: frozenset[str] = frozenset()
) -> list[tuple[str, float]]:
    """Lines of the element (split at <lb/>), each with the share of its characters inside links."""
    out: list[tuple[str, float]] = []
    text: list[str] = []
    linked_chars = 0

    code = el.tag == "code"

    def flush() -> None:
        raw = "".join(text)
        line = normalise_line(raw)
        if line and code:
            # a listing keeps its indentation (in Python it is the syntax) and inner spacing
            line = raw.rstrip().expandtabs(4)
        if line:
            out.append((line, min(1.0, linked_chars / (len(raw.strip()) or 1))))

    for piece, linked in _pieces(el, False, skip_nested_lists, glued=glued):
        if not piece:
            continue
        chunks = piece.split("\n")
        for k, chunk in enumerate(chunks):
            if k:
                flush()
                text, linked_chars = [], 0
            text.append(chunk)
            if linked:
                linked_chars += len(chunk.strip())
    flush()
    return out


# elements of trafilatura's result that make blocks of their own
_BLOCK_TAGS = frozenset({"head", "p", "list", "quote", "table", "code"})


def _only_blocks(cell: etree._Element) -> bool:
    """Whether the cell holds block elements (headings, paragraphs, lists...) and no loose
    text between them (a stray link among them is left out, as in any other container)."""
    if (cell.text or "").strip():
        return False
    blocks = False
    for child in cell:
        if (child.tail or "").strip():
            return False
        if child.tag in _BLOCK_TAGS:
            blocks = True
    return blocks


def _layout_row(row: etree._Element) -> bool:
    """A table row used for page layout: a cell holds only headings, paragraphs or lists (a
    story in a layout table). Such a cell's blocks are the page's blocks and each other cell
    is a block of its own; as one " | "-joined line they would glue a headline, a date and
    the story."""
    return any(_only_blocks(cell) for cell in row)


def _blocks_from_tree(
    root: etree._Element, link_shares: list[float] | None = None, glued: frozenset[str] = frozenset()
) -> list[Block]:
    """Blocks of trafilatura's result tree; ``link_shares`` (if given) receives, per block,
    the share of its characters inside links; ``glued``: see :func:`glued_links`."""
    blocks: list[Block] = []
    shares = link_shares if link_shares is not None else []

    def add(el: etree._Element, kind: str) -> None:
        if kind == Kind.TABLE_ROW:
            cells = [_lines_with_links(c, False, glued) for c in el if c.tag == "cell"]
            texts = [" ".join(t for t, _ in c) for c in cells]
            chars = sum(len(t) for c in cells for t, _ in c) or 1
            linked = sum(len(t) * r for c in cells for t, r in c)
            lines = [(" | ".join(t for t in texts if t), linked / chars)] if any(texts) else []
        else:
            lines = _lines_with_links(el, skip_nested_lists=(kind == Kind.LIST_ITEM), glued=glued)
        for j, (line, share) in enumerate(lines):
            blocks.append(Block(text=line, index=len(blocks), kind=kind, gap_before=(j == 0), tag=el.tag))
            shares.append(share)

    def walk(el: etree._Element, inherited: str | None) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == "quote":
                if any(isinstance(c.tag, str) and (c.tag in _KIND or c.tag in _BLOCK_TAGS) for c in child):
                    walk(child, Kind.QUOTE)
                else:
                    add(child, Kind.QUOTE)
            elif tag == "row" and _layout_row(child):
                for cell in child:
                    if isinstance(cell.tag, str) and _only_blocks(cell):
                        walk(cell, inherited)
                    elif isinstance(cell.tag, str):
                        add(cell, Kind.PARAGRAPH)
            elif tag == "item":
                add(child, inherited or Kind.LIST_ITEM)
                for sub in child:
                    if sub.tag == "list":
                        walk(sub, inherited)
            elif tag in _KIND:
                add(child, inherited if inherited == Kind.QUOTE else _KIND[tag])
            elif tag in _CONTAINERS or tag in ("list",):
                walk(child, inherited)
            elif tag in ("graphic", "lb", "ref", "hi"):
                continue
            else:
                walk(child, inherited)

    walk(root, None)
    return blocks


# A fast extraction shorter than FULL_RETRY_CHARS (characters of text) that covers less than
# RETRY_PAGE_SHARE of the page's text is retried with trafilatura's comparison against
# readability (RETRY_OPTIONS: recall mode, so no escalation step); a result still that short
# and covering less than RESCUE_PAGE_SHARE of the page's text gets trafilatura's default
# balanced mode (RESCUE_OPTIONS), whose escalation adds a jusText candidate: a tenth of the
# pages' retries, where the balanced retry on every short page cost more than the fast
# extraction of all the others. The longest body wins.
RETRY_OPTIONS: dict[str, Any] = dict(fast=False, favor_recall=True)
RESCUE_OPTIONS: dict[str, Any] = dict(fast=False, favor_recall=False)
FULL_RETRY_CHARS = 1000
RETRY_PAGE_SHARE = 0.5
RESCUE_PAGE_SHARE = 0.05


def _page_chars(tree: Any) -> int:
    """Characters of the page's visible text (the body's, whitespace runs counted as one)."""
    body = tree.find("body")
    return len(" ".join((body if body is not None else tree).text_content().split()))


# (options, page share) of the retries, in order
_RETRIES = ((RETRY_OPTIONS, RETRY_PAGE_SHARE), (RESCUE_OPTIONS, RESCUE_PAGE_SHARE))

# A page whose first choice of main content holds no article (the gate refused it, or the
# stages removed all of it) gets a second look before its body is left empty: trafilatura's
# choice is sometimes a sidebar or a teaser rail next to a short story, which its precision
# mode (full comparison with its fallbacks, stricter about link-heavy and short blocks)
# passes over; and when a retry replaced the fast result, the fast result is tried too.
# Each candidate goes through the same stages and gate; the first with a body wins.
SECOND_LOOK_OPTIONS: dict[str, Any] = dict(fast=False, favor_recall=False, favor_precision=True)
# where segment_html leaves the generator of those candidates (``doc.found``)
SECOND_LOOK: Final = "second_look"

_SPLIT_AUTHORS = regex.compile(r"\s*;\s*")


# elements without readable text; JSON-LD scripts stay (trafilatura's baseline reads
# their articleBody when the page's HTML has no usable text)
_INERT = ("style", "noscript", "svg", "iframe", "template")


# elements the metadata reads need and the body extraction does not, and form controls and
# media that trafilatura's cleaning deletes whatever the settings (without images)
_UNUSED_BY_EXTRACTION = (
    "meta",
    "link",
    "img",
    "picture",
    "source",
    "video",
    "audio",
    "track",
    "canvas",
    "map",
    "area",
    "object",
    "embed",
    "param",
    "input",
    "button",
    "select",
    "option",
    "optgroup",
    "textarea",
    "progress",
    "output",
)

# page furniture trafilatura's cleaning deletes (unless nothing else holds a paragraph)
_FRAME = FRAME_TAGS


def _drop_page_frame(tree: Any) -> bool:
    """Remove navigation, footers and asides (a third of a page's elements) before
    trafilatura copies the tree and runs its pruning searches over them.

    trafilatura deletes them in its own cleaning, except when every paragraph of the page
    is inside them (then it undoes its deletions): such a page keeps them here too.
    Returns whether they were removed.
    """
    frames = list(tree.iter(*_FRAME))
    if not frames:
        return False
    inside = sum(1 for el in frames for _ in el.iter("p"))
    if inside and inside >= sum(1 for _ in tree.iter("p")):
        return False
    etree.strip_elements(tree, *_FRAME, with_tail=False)
    return True


# class-name words of pop-ups shown when a reader hovers over a link
_HOVER_WORDS = ("rollover", "tooltip", "popover", "hovercard", "hover-card")
# ARIA roles of interface widgets, never story text
_WIDGET_ROLES = frozenset(
    {"menu", "menubar", "menuitem", "menuitemcheckbox", "menuitemradio", "dialog", "alertdialog", "toolbar", "tooltip"}
)


def _drop_inert(
    tree: Any,
    hidden_texts: list[str] | None = None,
    left_out: list[tuple[str, str]] | None = None,
    script_texts: list[str] | None = None,
) -> tuple[list, list]:
    """Remove scripts (except JSON-LD), styles, inline SVG, frames, comments, hover cards
    and interface widgets, in place; return the page's (author-bio boxes, tag-list boxes)
    that are left (:func:`newsclean.segment.html_extras.box_kind`).

    trafilatura removes most of them too, but only after copying the tree twice and
    running its XPath pruning over them; removing them first makes all of that cheaper.
    The text after each removed element (its tail) is kept. One pass over the elements
    finds them all and the boxes (cheaper than one XPath search per kind). The texts of the
    removed scripts long enough to carry a story go to ``script_texts`` (if given).
    """
    scripts, hover, widgets, bios, tag_boxes, hidden = [], [], [], [], [], []
    for el in tree.iter(etree.Element):
        tag = el.tag
        if tag == "script":
            if (el.get("type") or "").strip().lower() != "application/ld+json":
                scripts.append(el)
            continue
        style = el.get("style")
        if (style is not None and ("hidden" in style or "none" in style) and _HIDDEN_STYLE.search(style)) or el.get(
            "hidden"
        ) is not None:
            hidden.append(el)
        if tag in BOX_TAGS:
            bio, tags = box_kind(el)
            if bio:
                bios.append(el)
            if tags:
                tag_boxes.append(el)
        role = el.get("role")
        if role is not None and role in _WIDGET_ROLES:
            widgets.append(el)
            continue
        cls = el.get("class")
        # (every hover word holds "over" or is "tooltip": two substring tests settle most classes)
        if cls and ("over" in cls or "tooltip" in cls) and any(w in cls for w in _HOVER_WORDS):
            hover.append(el)
    for el in scripts:
        if script_texts is not None and el.text and len(el.text) >= PAYLOAD_MIN_CHARS:
            script_texts.append(el.text)
        _remove_keep_tail(el)
    etree.strip_elements(tree, *_INERT, etree.Comment, with_tail=False)
    # hover cards: a pop-up (picture, links to other stories) inside the sentence that names
    # a person or a topic; innermost first, so the visible name's own element stays
    for el in reversed(hover):
        if el.find(".//img") is not None or len(el.findall(".//a")) > 1:
            if left_out is not None:
                left_out.extend(("segment.hover_card", t) for t in element_blocks(el))
            _remove_keep_tail(el)
    # widgets by their declared role (menus, dialogs, toolbars of players and share bars)
    for el in reversed(widgets):
        if left_out is not None and _attached(el, tree):
            left_out.extend(("segment.widget", t) for t in element_blocks(el))
        _remove_keep_tail(el)
    dropped = _drop_hidden(tree, hidden)
    if hidden_texts is not None:
        hidden_texts.extend(dropped)
    # boxes inside what was removed are gone with it
    return [el for el in bios if _attached(el, tree)], [el for el in tag_boxes if _attached(el, tree)]


# an inline style that keeps the element from being shown
_HIDDEN_STYLE = regex.compile(r"(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", regex.I)
# when the hidden elements hold this share of the page's text or more, the page shows them
# with a script (the whole story hidden until it loads): they stay
HIDDEN_PAGE_SHARE = 0.8
# a hidden element that is the rest of a story (a paywall or "continue reading" box that a
# script opens): this many paragraphs of HIDDEN_STORY_WORDS words or more, and at most
# HIDDEN_STORY_LINKS of its words inside links. Hidden chrome (menus, dialogs, sign-up
# and ad-blocker notices, comment threads) is made of links, short lines and one or two
# paragraphs at most
HIDDEN_STORY_PARAGRAPHS = 4
HIDDEN_STORY_WORDS = 12
HIDDEN_STORY_LINKS = 0.1


def _hidden_story(el: Any) -> bool:
    """Is the hidden element story prose by its own features (see HIDDEN_STORY_PARAGRAPHS)?"""
    paragraphs = 0
    for p in el.iter("p"):
        if len(p.text_content().split()) >= HIDDEN_STORY_WORDS:
            paragraphs += 1
            if paragraphs >= HIDDEN_STORY_PARAGRAPHS:
                break
    else:
        return False
    words = len(el.text_content().split()) or 1
    linked = sum(len(a.text_content().split()) for a in el.iter("a"))
    return linked <= HIDDEN_STORY_LINKS * words


def _drop_hidden(tree: Any, hidden: list) -> list[str]:
    """Remove what the page hides from its readers (``hidden`` attribute, inline
    ``display: none`` or ``visibility: hidden``), text after them kept, unless the hidden
    elements hold most of the page's text (:data:`HIDDEN_PAGE_SHARE`). A hidden element
    that is story prose by its own features (:func:`_hidden_story`) stays: the page shows
    it with a script (the rest of a story behind a paywall box), and cutting it would cut
    the story after its first paragraphs.

    trafilatura prunes some of these itself, but reverts its pruning when it removes too
    much; a page that hides three of its five paragraphs still shows only two.
    Returns the texts removed (for ``Article.removed``).
    """
    marked = set(hidden)
    stories: set = set()
    outer = []
    # (document order: an element's hidden ancestors are judged before it; inside a hidden
    # story, what the page hides again is judged on its own)
    for el in hidden:
        if not _attached(el, tree) or any(a in marked and a not in stories for a in el.iterancestors()):
            continue
        if _hidden_story(el):
            stories.add(el)
        else:
            outer.append(el)
    if not outer:
        return []
    texts = [" ".join("".join(el.itertext()).split()) for el in outer]
    hidden_words = sum(t.count(" ") + 1 for t in texts if t)
    if hidden_words and hidden_words >= HIDDEN_PAGE_SHARE * len(tree.text_content().split()):
        return []
    # recorded block by block, as a reader would have seen them (a hidden menu's links are
    # one entry each, not one glued string)
    texts = []
    for el in outer:
        texts.extend(element_blocks(el))
        _remove_keep_tail(el)
    return texts


# wrappers an embedded post may sit in (a sidebar's <aside> is not one)
_EMBED_WRAPPERS = frozenset({"div", "span", "figure", "p", "center"})


def page_tags(declared: list[str], shown: list[str]) -> list[str]:
    """The article's tags: those its metadata declares (a keywords value "a, b, c" is three
    tags), then the tag links the page shows; a tag given by both is given once, written as
    the page shows it.

    >>> page_tags(["Harbour, ferries, Port Ellery"], ["Ferries", "Port Ellery"])
    ['Harbour', 'Ferries', 'Port Ellery']
    >>> page_tags(["Harbour, ferries", "Port Ellery"], [])
    ['Harbour', 'ferries', 'Port Ellery']
    """
    as_shown = {t.casefold(): t for t in reversed(shown)}
    split = (part.strip() for tag in declared for part in tag.split(","))
    out: dict[str, str] = {}
    for tag in (*split, *shown):
        if tag:
            out.setdefault(tag.casefold(), as_shown.get(tag.casefold(), tag))
    return list(out.values())


# the address given to the page's links that hold no text (see :func:`_mark_empty_links`)
EMPTY_LINK = "newsclean:empty-link"


def _mark_empty_links(tree: Any) -> None:
    """Give the links left without text (picture links once their ``<img>`` is gone, named
    anchors, icon links holding only empty elements) the address :data:`EMPTY_LINK`.

    trafilatura gives a text-less inline element the text of its tail: a paragraph that
    opens with a picture link ("<a href=photo><img></a>Did you know ...") comes out as one
    link holding the whole paragraph, which would read as a teaser (all link text). The
    links stay where they are (trafilatura weighs a box's links when it chooses the main
    content); the block reader does not count text under such a link as link text.
    """
    for a in tree.iter("a"):
        if not (a.text or "").strip() and (len(a) == 0 or not "".join(a.itertext()).strip()):
            a.set("href", EMPTY_LINK)


def _hoist_embedded_posts(tree: Any) -> None:
    """Take each embedded social post (a blockquote with a class of
    ``rules/data/xx/embedded_post_classes.txt``) out of the wrappers that hold nothing else.

    Embed wrappers carry classes such as "social-media-embed" or "article-widget", which
    trafilatura prunes as share bars and widgets; the post's text is part of the story as
    the reader sees it (a quoted tweet between two paragraphs).
    """
    classes = rules.phrases("embedded_post_classes")
    for quote in list(tree.iter("blockquote")):
        cls = quote.get("class")
        if not cls or not any(c in classes for c in cls.lower().split()):
            continue
        text = " ".join(quote.text_content().split())
        outer, parent = quote, quote.getparent()
        while (
            parent is not None
            and parent.tag in _EMBED_WRAPPERS
            and parent.getparent() is not None
            and " ".join(parent.text_content().split()) == text
        ):
            outer, parent = parent, parent.getparent()
        if outer is not quote:
            quote.tail = outer.tail
            outer.getparent().replace(outer, quote)
        _wrap_loose_text(quote)


def _wrap_loose_text(quote: Any) -> None:
    """Put the text after a post's last paragraph (its attribution: "— Name (@handle) date")
    in a paragraph of its own: trafilatura keeps a quote's paragraphs, not the loose text."""
    paragraphs = quote.findall("p")
    if not paragraphs:
        return
    last = paragraphs[-1]
    if not (last.tail or "").strip():
        return
    loose = etree.Element("p")
    loose.text, last.tail = last.tail, None
    for sibling in list(last.itersiblings()):
        loose.append(sibling)
    last.addnext(loose)


def _attached(el: Any, root: Any) -> bool:
    """Whether ``el`` is still in the tree under ``root`` (not in a removed element)."""
    while el is not None:
        if el is root:
            return True
        el = el.getparent()
    return False


def _remove_keep_tail(el: Any) -> None:
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


# a teaser card: an <article> element holding a linked headline and at most this many
# paragraphs (a story has more); a page with at least TEASER_CARDS of them may be a listing
TEASER_MAX_PARAGRAPHS = 2
TEASER_CARDS = 3
_HEADINGS = ("h1", "h2", "h3", "h4", "h5")


def _teaser_texts(tree: Any) -> list[str]:
    """The paragraph texts of the page's teaser cards, when it has TEASER_CARDS or more.

    A section front lists stories as ``<article>`` cards (a linked headline, a summary);
    trafilatura drops the linked headlines but may keep the summaries, which then read
    like a story. The HTML gate compares the body with these texts.
    """
    texts: list[str] = []
    cards = 0
    for art in tree.iter("article"):
        paragraphs = art.findall(".//p")
        if len(paragraphs) > TEASER_MAX_PARAGRAPHS:
            continue
        if not any(h.find(".//a") is not None for tag in _HEADINGS for h in art.iter(tag)):
            continue
        cards += 1
        texts.extend(t for t in (normalise_line(" ".join(p.itertext())) for p in paragraphs) if t)
    return texts if cards >= TEASER_CARDS else []


def _has_body(result: Any) -> bool:
    return result is not None and getattr(result, "body", None) is not None


def _body_chars(result: Any) -> int:
    body = getattr(result, "body", None) if result is not None else None
    return 0 if body is None else sum(len(t.strip()) for t in body.itertext())


def _page_metadata(
    tree: Any, url: str | None, find_dates: bool = True, search_title: bool = True, search_author: bool = True
) -> Any:
    """trafilatura's metadata steps that we use (as in its ``extract_metadata``), without
    the licence and category searches (unused here) and with htmldate's quick search."""
    info = traf.examine_meta(tree)
    if info.author and " " not in info.author:
        info.author = None
    try:
        info = traf.extract_meta_json(tree, info)
    except Exception:  # trafilatura's JSON-LD reader fails on some malformed blocks
        pass
    if not info.title and search_title:
        info.title = traf.extract_title(tree)
    if not info.author and search_author:
        info.author = extract_author(tree)
    if not info.url:
        info.url = traf.extract_url(tree, url)
    if find_dates:
        # the options are read per page: their latest plausible date is today's, and a worker
        # may run for days
        info.date = find_date(tree, **dict(traf.date_search_options(), url=info.url))
    if not info.sitename:
        info.sitename = traf.extract_sitename(tree)
    if info.sitename:
        info.sitename = info.sitename.lstrip("@")
        if info.sitename and "." not in info.sitename and not info.sitename[0].isupper():
            info.sitename = info.sitename.title()
    elif info.url:
        m = traf.META_URL.match(info.url)
        if m:
            info.sitename = m[1]
    if not info.tags:
        info.tags = extract_tags(tree)
    info.clean_and_trim()
    return info


def _merge_declared(meta: dict[str, Any], declared: PageMeta) -> None:
    """Prefer the page's declared metadata (cleaned, with times) over trafilatura's summary."""
    if declared.title:
        meta["title"] = declared.title
    if declared.site_name and not meta.get("site_name"):
        meta["site_name"] = declared.site_name
    if declared.authors:
        meta["authors"] = list(declared.authors)
        meta["authors_source"] = f"html.{declared.authors_source or 'metadata'}"
    if declared.headlines:
        meta["headlines"] = list(declared.headlines)
    if declared.agencies:
        meta["agencies"] = list(declared.agencies)
    if declared.publisher_credit:
        meta["publisher_credit"] = declared.publisher_credit
    if declared.published is not None:
        meta["published"] = declared.published
        meta["published_source"] = f"html.{declared.published_source or 'metadata'}"
    if declared.modified is not None:
        meta["modified"] = declared.modified


def _html_parser() -> Any:
    """trafilatura's HTML parser settings, with lxml's C-level element class lookup.

    lxml.html's own lookup is a Python method called for every element the code touches
    (hundreds of thousands per page set); every element here is a plain ``HtmlElement``
    (lxml.html gives form fields their own classes, which nothing here uses).
    """
    parser = lxml.html.HTMLParser(
        collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True
    )
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    )
    return parser


_PARSER = _html_parser()


def load_html(html: str) -> Any:
    """The page's tree, parsed as trafilatura's ``load_html`` does (its repairs, then the
    page as UTF-8 bytes, else as a string), with :func:`_html_parser`; None if it is not HTML.

    trafilatura parses the string first and its UTF-8 bytes when that fails; the bytes come
    first here, as libxml2 reads them a third faster than a Python string (which lxml hands
    over in a wide encoding to convert) and builds the same tree (every benchmark page).
    """
    beginning = html[:50].lower()
    dubious = traf.is_dubious_html(beginning)
    html, data = _repair(html, beginning)
    tree = _from_bytes(html, data)
    if tree is None or len(tree) < 1:
        try:
            tree = lxml.html.fromstring(html, parser=_PARSER)
        except Exception:  # ValueError: a string with an encoding declaration
            tree = None
    if tree is not None and dubious and len(tree) < 2:
        return None
    return tree


# the characters trafilatura's INVALID_XML_CHARS removes, as UTF-8 bytes (never part of a
# multi-byte sequence), plus its two non-characters
_INVALID_XML_BYTES = bytes(range(0x00, 0x09)) + b"\x0b\x0c" + bytes(range(0x0E, 0x20))


# a numeric character reference that may name a character XML cannot hold ("&#1;",
# "&#xFFFE;", "&#55296;"): small numbers, the surrogate and U+FFFE/F ranges, and numbers
# past Unicode; the common references ("&#8217;") never match, so the callback that
# decides runs only on the rare candidates. One pass, leading zeros bounded.
_CHAR_REF = regex.compile(
    r"&#(?:[xX]0{0,8}((?:1?[0-9a-fA-F]|[dD][89a-fA-F][0-9a-fA-F]{2}|[fF]{3}[eEfF]|1[1-9a-fA-F][0-9a-fA-F]{4}|[2-9a-fA-F][0-9a-fA-F]{5}|[0-9a-fA-F]{7,8}))(?![0-9a-fA-F])"
    r"|0{0,8}((?:[12]?\d|3[01]|5[5-7]\d{3}|6553[45]|\d{7,10}))(?!\d));?"
)


def _valid_char_ref(m: regex.Match) -> str:
    """The reference itself when it names a character XML can hold, else nothing (a
    form feed or vertical tab: a space)."""
    code = int(m.group(1), 16) if m.group(1) is not None else int(m.group(2))
    if code in (0x0B, 0x0C):
        return " "
    if (
        (code < 0x20 and code not in (0x09, 0x0A, 0x0D))
        or 0xD800 <= code <= 0xDFFF
        or code in (0xFFFE, 0xFFFF)
        or code > 0x10FFFF
    ):
        return ""
    return m.group(0)


def _repair(html: str, beginning: str) -> tuple[str, bytes | None]:
    """trafilatura's ``repair_faulty_html``; its search for characters XML cannot hold (a
    full pass of the standard regex engine) replaced by a C-speed test, as they are rare.
    Returns the page and its UTF-8 bytes (None when the repairs changed the page)."""
    encoded = html.encode("utf-8", "surrogatepass")
    data: bytes | None = encoded
    if len(encoded.translate(None, _INVALID_XML_BYTES)) != len(encoded) or "\ufffe" in html or "\uffff" in html:
        html, data = traf.INVALID_XML_CHARS.sub("", html), None
    if "&#" in html:
        # the parser turns "&#1;" or "&#xFFFE;" into the character itself, which lxml then
        # refuses to copy ("All strings must be XML compatible"): such references go first
        fixed = _CHAR_REF.sub(_valid_char_ref, html)
        if fixed != html:
            html, data = fixed, None
    if "doctype" in beginning:
        # (a page is copied only when its first line changes)
        end = html.find("\n")
        firstline = html if end < 0 else html[:end]
        fixed = traf.DOCTYPE_TAG.sub("", firstline, count=1)
        if end < 0:
            html, data = fixed + "\n", None
        elif fixed != firstline:
            html, data = fixed + html[end:], None
    for line in html[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            html, data = traf.FAULTY_HTML.sub(r"\1>", html, count=1), None
            break
    return html, data


def _from_bytes(html: str, data: bytes | None = None) -> Any:
    """The tree of the page's UTF-8 bytes (``data`` when the caller has them), or None."""
    try:
        return lxml.html.fromstring(data if data is not None else html.encode("utf8", "surrogatepass"), parser=_PARSER)
    except Exception:
        return None


def _record_left_out(
    doc: Document,
    shown: list[tuple[str, bool]],
    frames_dropped: bool,
    left_out: list[tuple[str, str]],
    hidden: list[str],
) -> None:
    """What the segmenter took out of the page before the stages, for ``Article.removed``:
    hidden elements, widgets and hover cards (``left_out``), and of the page's ``shown``
    blocks those outside the main-content candidate (:mod:`newsclean.segment.html_outside`):
    ``segment.page_frame`` for a dropped frame's (nav, footer, aside), else
    ``segment.outside_candidate``."""
    if hidden:
        doc.found["hidden"] = hidden
    if left_out:
        doc.found["left_out"] = left_out
    # a run of left-out blocks at one place of the page (the header's links, a rail, the
    # footer) is one removed entry, its blocks one per line: as readable, and a page's few
    # dozen entries cost less than its hundreds of blocks
    runs: list[tuple[int, str, str]] = []
    last: tuple[int, str] | None = None
    lines: list[str] = []
    for index, text, framed in outside_blocks(shown, [b.text for b in doc.blocks]):
        place = (index, "segment.page_frame" if framed and frames_dropped else "segment.outside_candidate")
        if place != last and lines and last is not None:
            runs.append((last[0], "\n".join(lines), last[1]))
            lines = []
        last = place
        lines.append(text)
    if lines and last is not None:
        runs.append((last[0], "\n".join(lines), last[1]))
    if runs:
        doc.found["outside"] = runs


def segment_html(html: str, url: str | None = None) -> Document:
    # parse once: metadata and both extraction attempts read the same tree
    tree = load_html(html)
    if tree is None:
        doc = Document(blocks=[], source_kind="html", url=url)
        doc.warn("the HTML could not be parsed")
        return doc
    # what never holds article text or metadata goes first: every search below reads less
    hidden_texts: list[str] = []
    # (rule, text) of what the segmenter takes out of the page before extraction
    left_out: list[tuple[str, str]] = []
    # the long inline scripts: a story the page ships only as data for a script to render
    script_texts: list[str] = []
    boxes = _drop_inert(tree, hidden_texts, left_out, script_texts)
    # metadata apart from the body, without htmldate's extensive search (a full scan of
    # the page's text for dates, the slowest part of trafilatura's metadata)
    # what the page declares (JSON-LD, meta, <time>, h1), with times and zones; read before
    # trafilatura runs, as it prunes the tree it is given
    declared = read_page_metadata(tree)
    # links and declarations leading to the original of a syndicated story (Article.original_url)
    syndication = read_syndication(tree)
    extras = page_extras(tree, boxes)
    # trafilatura's searches of the page body (htmldate, title and author candidates) only
    # for what the page does not declare: the declared values win in _merge_declared
    info = _page_metadata(
        tree,
        url,
        find_dates=declared.published is None,
        search_title=not declared.title,
        search_author=not declared.authors,
    )
    teasers = _teaser_texts(tree)
    # read above and removed by trafilatura's cleaning anyway, but only after it has copied
    # the tree and run its pruning searches over them (a tenth of a page's elements)
    etree.strip_elements(tree, *_UNUSED_BY_EXTRACTION, with_tail=False)
    _mark_empty_links(tree)
    _hoist_embedded_posts(tree)
    # the page's text blocks as a reader sees them, read once before the frames go: what the
    # main-content candidate leaves out of them is reported in Article.removed
    body = tree.find("body")
    shown = framed_blocks(body if body is not None else tree)
    frames_dropped = _drop_page_frame(tree)
    # a page laid out in a table: its rows and cells are the page's blocks, not data
    unwrap_layout_tables(tree)
    # loose text split by blank lines (<br><br>) becomes the paragraphs a reader sees
    paragraphs_from_breaks(tree)
    glued = glued_links(tree)
    # counted before trafilatura prunes the tree: the copies its recovery pass may collapse
    repeats = sibling_repeats(tree)
    split = split_bodies(tree)
    # the body without a URL: trafilatura would otherwise resolve every link's target,
    # which we do not use (we only measure how much of a block is link text)
    result = traf.bare_extraction(tree, **EXTRACT_OPTIONS)
    fast_result = result
    chars = _body_chars(result)
    if EXTRACT_OPTIONS.get("fast") and chars < FULL_RETRY_CHARS:
        # a short result: ask for trafilatura's comparison with its fallbacks
        page_chars = _page_chars(tree)
        best = None
        for options, share in _RETRIES:
            if chars >= FULL_RETRY_CHARS or chars >= share * page_chars:
                break
            retry = traf.bare_extraction(tree, **dict(EXTRACT_OPTIONS, **options))
            retry_chars = _body_chars(retry)
            if retry_chars > chars:
                best, chars = retry, retry_chars
        if best is not None:
            result = best
    meta: dict[str, Any] = {
        "title": info.title,
        "author_raw": info.author,
        "authors": _SPLIT_AUTHORS.split(info.author) if info.author else [],
        "published_raw": info.date,
        "site_name": info.sitename,
        "url": info.url,
        "language": info.language,
        "tags": [t for t in (info.tags or []) if t],
        "categories": [c for c in (info.categories or []) if c],
        "description": info.description,
    }
    _merge_declared(meta, declared)
    meta["captions"] = extras.get("captions", [])
    meta["author_bio"] = extras.get("author_bio")
    meta["syndication"] = syndication
    meta["tags"] = page_tags(meta["tags"], extras.get("tags", []))
    url = url or info.url
    left_aside = (shown, frames_dropped, left_out)
    doc = _document(result, meta, url, glued, repeats, split, hidden_texts, teasers, left_aside)

    def second_looks() -> Iterator[Document]:
        """Documents of the other candidates for the main content, for a page whose first
        choice held no article (see :data:`SECOND_LOOK_OPTIONS`)."""
        seen = [result]
        if fast_result is not result and _has_body(fast_result):
            seen.append(fast_result)
            yield _document(fast_result, dict(meta), url, glued, repeats, split, hidden_texts, teasers, left_aside)
        other = traf.bare_extraction(tree, **dict(EXTRACT_OPTIONS, **SECOND_LOOK_OPTIONS))
        if _has_body(other) and all(_body_text(other) != _body_text(r) for r in seen if _has_body(r)):
            yield _document(other, dict(meta), url, glued, repeats, split, hidden_texts, teasers, left_aside)
        # last, a story the page ships only inside its scripts (see html_payload)
        payload = _payload_result(script_texts)
        if payload is not None:
            yield _document(payload, dict(meta), url, glued, {}, [], hidden_texts, [], left_aside)

    doc.found[SECOND_LOOK] = second_looks
    return doc


def _payload_result(script_texts: list[str]) -> Any:
    """trafilatura's result on the story HTML found in the page's scripts, or None."""
    payload = script_payload(script_texts)
    if payload is None:
        return None
    # a JSON escape may stand for a lone surrogate, which no document can hold
    payload = payload.encode("utf-8", "ignore").decode("utf-8")
    try:
        tree = load_html(f"<html><body><article>{payload}</article></body></html>")
        if tree is None:
            return None
        _drop_inert(tree)
        etree.strip_elements(tree, *_UNUSED_BY_EXTRACTION, with_tail=False)
        _mark_empty_links(tree)
        paragraphs_from_breaks(tree)
        result = traf.bare_extraction(tree, **EXTRACT_OPTIONS)
    except Exception:  # the page's data, not its markup: never let it break the extraction
        return None
    return result if _has_body(result) else None


def _body_text(result: Any) -> str:
    return " ".join(" ".join(result.body.itertext()).split())


def _document(
    result: Any,
    meta: dict[str, Any],
    url: str | None,
    glued: frozenset[str],
    repeats: Any,
    split: Any,
    hidden_texts: list[str],
    teasers: list[str],
    left_aside: tuple[list[tuple[str, bool]], bool, list[tuple[str, str]]],
) -> Document:
    """The block document of one trafilatura result (the page's metadata alongside);
    ``left_aside`` is (the page's shown blocks, whether its frames were dropped, what the
    segmenter took out), for the accounting of :func:`_record_left_out`."""
    if not _has_body(result):
        doc = Document(blocks=[], source_kind="html", url=url, meta=cast(PageMetadata, meta))
        doc.warn("trafilatura found no main content in the HTML")
        _record_left_out(doc, *left_aside, list(hidden_texts))
        return doc
    link_shares: list[float] = []
    blocks = _blocks_from_tree(result.body, link_shares, glued)
    restore_repeats(blocks, link_shares, repeats)
    restore_split_body(blocks, link_shares, split)
    doc = Document(blocks=blocks, source_kind="html", url=url, meta=cast(PageMetadata, meta))
    doc.found["link_share"] = link_shares
    _record_left_out(doc, *left_aside, list(hidden_texts))
    if teasers:
        doc.found["teaser_texts"] = teasers
    return doc

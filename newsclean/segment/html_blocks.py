"""trafilatura's result tree to blocks: its elements' kinds kept (headings, paragraphs, list
items, quotes, table rows, code), lines split at its line breaks, each block's link share
measured, and links the page glues to the next word put back apart.

Split from :mod:`newsclean.segment.html` along its seams.
"""

from __future__ import annotations

from typing import Any

import regex
from lxml import etree

from newsclean.document import Block, Kind
from newsclean.segment.text import normalise_line

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
    code = el.tag == "code"
    if not len(el) and not code:
        # (most elements) one text node, no child: one line, all link text or none
        raw = el.text
        if not raw:
            return []
        if "\n" not in raw:
            line = normalise_line(raw)
            if not line:
                return []
            return [(line, 1.0 if el.tag == "ref" and el.get("target") != EMPTY_LINK else 0.0)]
    out: list[tuple[str, float]] = []
    text: list[str] = []
    linked_chars = 0

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


# the address given to the page's links that hold no text (see :func:`_mark_empty_links`)
EMPTY_LINK = "newsclean:empty-link"

"""The page's text that the main-content candidate left out, as blocks for ``Article.removed``.

trafilatura chooses the page's main content; everything else on the page never becomes a
block, so no stage can label it and, without this module, it would vanish without a
trace. newsclean promises that nothing of the page disappears silently: the text the
candidate left out is reported in ``Article.removed`` under the rule
``segment.outside_candidate`` (the blocks of the page frames, ``<nav>``, ``<footer>``,
``<aside>``, which the segmenter drops before extraction, under ``segment.page_frame``).

The page's blocks are read the way a browser lays text out: a block element (paragraph,
heading, list item, cell, division...) or a line break ends a block; inline elements
(links, emphasis, spans) run on inside it. A page block whose words are a stretch of the
candidate's text is the candidate's; the others are outside, each placed after the last
candidate block seen before it in the page (``-1`` when it comes before the candidate).

The page's blocks are read once, before the segmenter drops the frames; the tree is not
changed.

>>> import lxml.html
>>> tree = lxml.html.fromstring("<html><body><div><a href='/'>Home</a> <a href='/w'>World</a></div>"
...     "<p>The ferry ran late on <b>Monday</b>.</p><p>Share this story</p></body></html>")
>>> outside_blocks(framed_blocks(tree.find("body")), ["The ferry ran late on Monday."])
[(-1, 'Home World', False), (0, 'Share this story', False)]
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from typing import Any

from lxml import etree

from newsclean.segment.text import _INVISIBLE
from newsclean.settings import settings

# elements that start and end a block of text (as a browser lays them out); containers
# that hold only other blocks (table, tr, ul, ol, dl) need no marks of their own
BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "legend",
        "li",
        "main",
        "nav",
        "p",
        "pre",
        "section",
        "summary",
        "td",
        "th",
        "br",
    }
)
# elements whose text is never shown (JSON-LD scripts stay in the tree for trafilatura)
_UNSHOWN = ("script", "style", "noscript", "template", "head", "title")


# marks the block boundaries in the text: a noncharacter (allowed in XML, never meant for
# interchange), so no page's text holds it
_BREAK = "\ufdd0"

# the page's text with a mark at every block element's start and end and at every line
# break, unshown elements left out: libxslt walks the tree in C, four times faster than a
# Python walk that marks the tree, and the tree is left as it was
# page frames (FRAME_TAGS) get marks of their own, _FRAME_IN at their start and _FRAME_OUT
# at their end, so their blocks can be told apart
_FRAME_IN, _FRAME_OUT = "\ufdd1", "\ufdd2"
FRAME_TAGS = ("nav", "footer", "aside")
_STYLESHEET = f"""<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="text" encoding="UTF-8"/>
<xsl:template match="{"|".join(_UNSHOWN)}"/>
<xsl:template match="br">&#xFDD0;</xsl:template>
<xsl:template match="{"|".join(FRAME_TAGS)}">&#xFDD1;<xsl:apply-templates/>&#xFDD2;</xsl:template>
<xsl:template match="{"|".join(sorted(BLOCK_TAGS - {"br", *FRAME_TAGS}))}">&#xFDD0;<xsl:apply-templates/>&#xFDD0;</xsl:template>
</xsl:stylesheet>"""
_MARKS = re.compile("([\ufdd0\ufdd1\ufdd2])")
# one compiled stylesheet per thread (lxml's XSLT objects are not to be shared by threads)
_LOCAL = threading.local()


def _transform() -> Any:
    xslt = getattr(_LOCAL, "xslt", None)
    if xslt is None:
        xslt = _LOCAL.xslt = etree.XSLT(etree.XML(_STYLESHEET))
    return xslt


def _has_invisible(text: str) -> bool:
    """Whether the text holds a zero-width character (str.translate walks a long text
    character by character in Python's dict lookups: test first, in C)."""
    return not text.isascii() and any(chr(c) in text for c in _INVISIBLE)


def page_blocks(root: Any) -> list[str]:
    """The text blocks of ``root`` in document order (see the module's docstring)."""
    return [text for text, _ in framed_blocks(root)]


def framed_blocks(root: Any) -> list[tuple[str, bool]]:
    """The text blocks of ``root`` in document order, each with whether it sits in a page
    frame (``<nav>``, ``<footer>``, ``<aside>``)."""
    try:
        text = str(_transform()(root))
    except (etree.XSLTApplyError, ValueError):
        # deeper than libxslt's recursion limit: the whole text as one block
        text = root.text_content() if hasattr(root, "text_content") else "".join(root.itertext())
    if _has_invisible(text):
        text = text.translate(_INVISIBLE)
    # (most parts are the whitespace between two marks: filtered out in one comprehension)
    parts = [part for part in text.split(_BREAK) if part and not part.isspace()]
    out: list[tuple[str, bool]] = []
    if _FRAME_IN not in text:
        for part in parts:
            line = " ".join(part.split())
            if line:
                out.append((line, False))
        return out
    depth = 0
    for part in parts:
        pieces = _MARKS.split(part) if _FRAME_IN in part or _FRAME_OUT in part else (part,)
        for piece in pieces:
            if piece == _FRAME_IN:
                depth += 1
            elif piece == _FRAME_OUT:
                depth = max(0, depth - 1)
            else:
                line = " ".join(piece.split())
                if line:
                    out.append((line, depth > 0))
    return out


def element_blocks(el: Any) -> list[str]:
    """The text blocks of one element, as :func:`page_blocks` reads them, by a Python walk:
    cheaper than the stylesheet for the small elements the segmenter removes one by one
    (a hidden menu, a dialog, a hover card), where a stylesheet call costs more than the walk."""
    out: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            line = " ".join(" ".join(current).split())
            current.clear()
            if line:
                out.append(line)

    skipping = 0
    for event, node in etree.iterwalk(el, events=("start", "end")):
        tag = node.tag
        if not isinstance(tag, str):  # a comment or processing instruction: its tail shows
            if event == "end" and node.tail and not skipping:
                current.append(node.tail)
            continue
        if event == "start":
            if skipping or tag in _UNSHOWN:
                skipping += 1
                continue
            if tag in BLOCK_TAGS:
                flush()
            if node.text:
                current.append(node.text)
            continue
        if skipping:
            skipping -= 1
            if skipping:
                continue
        elif tag in BLOCK_TAGS:
            flush()
        if node.tail and node is not el:
            current.append(node.tail)
    flush()
    if any(_has_invisible(line) for line in out):
        out = [" ".join(line.translate(_INVISIBLE).split()) for line in out]
        out = [line for line in out if line]
    return out


def outside_blocks(blocks: list[tuple[str, bool]], candidate: list[str]) -> list[tuple[int, str, bool]]:
    """(position, text, in a frame) of the page's ``blocks`` (:func:`framed_blocks`) that are
    not ``candidate``'s text; position: the index of the last candidate block before it in
    the page, -1 before all.

    Texts are compared without their spaces (trafilatura's text and the page's may differ
    in spacing around links), each candidate block ended by a separator no text holds. A
    block with a word the candidate never writes cannot be a stretch of it: that test (a
    set lookup per word) spares most outside blocks the search through the candidate's text.
    """
    keys = [t.replace(" ", "") + "\0" for t in candidate]
    words = " ".join(candidate).split()
    vocabulary = set(words)
    exact = {k[:-1]: n for n, k in enumerate(keys)}
    starts: list[int] = []
    offset = 0
    for k in keys:
        starts.append(offset)
        offset += len(k)
    joined = "".join(keys)
    pairs: set | None = None  # the candidate's word pairs, read when first needed
    # the candidate's substrings of gram_chars characters, each with where it first occurs
    # (gram_after_searches): a block cannot occur before any of its grams first does, so its
    # search starts at the latest such bound, not at the candidate's start (the same first
    # occurrence; a page of thousands of table cells no longer searches the whole candidate
    # for each)
    grams: dict | None = None
    searches = 0
    out: list[tuple[int, str, bool]] = []
    cursor = -1
    for text, framed in blocks:
        key = text.replace(" ", "")
        n = exact.get(key)
        if n is not None:
            cursor = max(cursor, n)
            continue
        tokens = text.split()
        at = -1
        if vocabulary.issuperset(tokens) and cursor >= 0 and key in keys[cursor]:
            # inside the candidate block the page is at: its first occurrence is no later, so
            # the cursor stays (a huge table's cells in its row-sized blocks skip the search)
            continue
        if vocabulary.issuperset(tokens):
            g = settings().gram_chars
            if grams is None and searches >= settings().gram_after_searches:
                # (positions from the end: each gram keeps its first)
                grams = {joined[i : i + g]: i for i in range(len(joined) - g, -1, -1)}
            if grams is None or len(key) < g:
                searches += 1
                at = joined.find(key)
            elif key[:g] in grams and key[-g:] in grams:
                searches += 1
                first = grams.get
                bound = max(first(key[o : o + g], len(joined)) - o for o in range(len(key) - g + 1))
                at = joined.find(key, max(bound, 0))
        if at >= 0:
            if len(tokens) > 1:
                # (one word found inside a later paragraph, a logo's "Daystream" in "Follow
                # Daystream on ...", says nothing of where the page is)
                cursor = max(cursor, bisect_right(starts, at) - 1)
            continue
        if len(tokens) >= settings().own_min_words:
            if pairs is None:
                pairs = set(zip(words, words[1:], strict=False))  # neighbours
            # (the pairs counted in C: ``map`` over the set's membership test)
            if sum(map(pairs.__contains__, zip(tokens, tokens[1:], strict=False))) >= settings().own_pair_share * (
                len(tokens) - 1
            ):
                continue
        out.append((cursor, text, framed))
    return out

"""A story paragraph whose first words the main-content candidate trimmed, made whole.

trafilatura sometimes keeps only the tail of a paragraph: the words before an inline element
its pruning disliked are left out, and the candidate's block starts mid-sentence ("the council
voted ..." where the page prints "It has long been known that the council voted ..."). The
page's block there, outside the candidate, ends with the candidate's whole paragraph; when it
reads as prose itself (``gap_min_words`` words or more, ending like a sentence, not a line of
capitalised words) it replaces the trimmed paragraph. A breadcrumb over a heading ("You are
here: Home > Storm closes schools") or a comment policy before a link is left alone: the
candidate's block must itself be a paragraph of ``gap_min_words`` words.

>>> from newsclean.document import Block
>>> tail = "the council met on Monday and voted to close the old bridge to cars for good."
>>> blocks = [Block(text=tail, index=0)]
>>> restore_heads(blocks, [(-1, "After years of complaints, " + tail, False)])
1
>>> blocks[0].text.startswith("After years")
True
"""

from __future__ import annotations

from collections.abc import Collection

import regex

from newsclean.document import Block, Kind
from newsclean.settings import settings

# a sentence ends with one of these, closing quotes and brackets may follow
_FINAL = frozenset(".!?。！？")
_CLOSERS = "\"'”’»)]」』"
# a sentence that ends where the next begins, no space between: the labels of a form's or a
# poll's options read as one line ("Yes, of course.No, never.")
_GLUED_SENTENCES = regex.compile(r"\p{Ll}[.!?]\p{Lu}\p{Ll}")
# the candidate's blocks that may hold the story's running text
_PROSE_KINDS = frozenset({Kind.PARAGRAPH, Kind.LIST_ITEM, Kind.QUOTE})


def _prose(text: str) -> bool:
    """A paragraph that reads as a sentence: long enough, ending like one (not like a teaser's
    "..."), not a line of capitalised words."""
    words = text.split()
    core = text.rstrip(_CLOSERS)
    if len(words) < settings().gap_min_words or not core or core[-1] not in _FINAL or core.endswith("..."):
        return False
    return sum(w[:1].isupper() for w in words) <= settings().gap_max_cap_ratio * len(words)


def restore_heads(blocks: list[Block], outside: list[tuple[int, str, bool]]) -> int:
    """Give a story paragraph back the first words the candidate trimmed off it: the page's
    block just before a candidate paragraph (one of ``outside``) that ends with that
    paragraph's whole text and reads as prose itself ("It has long been known that the
    council ..." where the candidate kept "the council ..."). The paragraph must be one of
    ``gap_min_words`` words or more, so a page's heading after a breadcrumb ("You are here:
    Home > Storm closes schools") or a link after a comment policy is left alone. Returns
    how many paragraphs were made whole."""
    made = 0
    for at, text, framed in outside:
        if framed or not 0 <= at + 1 < len(blocks):
            continue
        block = blocks[at + 1]
        if block.kind not in _PROSE_KINDS or len(block.text.split()) < settings().gap_min_words:
            continue
        whole, part = text.replace(" ", ""), block.text.replace(" ", "")
        if len(whole) > len(part) and whole.endswith(part) and _prose(text):
            block.text = text
            made += 1
    return made


def restore_gaps(
    blocks: list[Block], shares: list[float], outside: list[tuple[int, str, bool]], captions: Collection[str] = ()
) -> int:
    """Put back a story paragraph the candidate dropped from between two of its blocks: the
    page's one block outside the candidate at that place (nothing else of the page sits
    between the two), when it reads as prose (:func:`_prose`: ``gap_min_words`` words or more,
    ending like a sentence, not a line of capitalised words). A box between two paragraphs
    (a teaser, a share bar, a caption's credit) is several blocks or no sentence; a figure's
    caption (one of ``captions``) stays apart, and so do a form's labels run together
    ("Yes, of course.No, never.": sentences without a space between them). The chrome
    stages judge the paragraph like any other. ``shares`` (the blocks' link shares) is kept
    parallel; the blocks are renumbered. Returns how many paragraphs went back."""
    at_place: dict[int, list[tuple[str, bool]]] = {}
    for at, text, framed in outside:
        at_place.setdefault(at, []).append((text, framed))
    apart = {c.replace(" ", "") for c in captions}
    gaps = [
        (at, found[0][0])
        for at, found in at_place.items()
        if 0 <= at < len(blocks) - 1
        and len(found) == 1
        and not found[0][1]
        and _prose(found[0][0])
        and found[0][0].replace(" ", "") not in apart
        and not _GLUED_SENTENCES.search(found[0][0])
    ]
    for at, text in sorted(gaps, reverse=True):
        blocks.insert(at + 1, Block(text=text, index=0, kind=Kind.PARAGRAPH, tag="p"))
        if at + 1 <= len(shares):
            shares.insert(at + 1, 0.0)
    if gaps:
        for n, b in enumerate(blocks):
            b.index = n
    return len(gaps)

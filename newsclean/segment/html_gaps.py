"""A paragraph of the story that the main-content candidate skipped, put back in its place;
a paragraph whose first words it trimmed, made whole (:func:`restore_heads`).

trafilatura sometimes leaves out one paragraph in the middle of a story: a paragraph that
shares its element with a picture, sits in a ``<div>`` among ``<p>`` siblings, or carries an
inline widget the candidate's pruning disliked. The page's reader sees it between two of
the story's paragraphs, and the candidate's text around it runs on as if it were not there.

Such a block is the story's when it sits *alone* between two of the candidate's prose
paragraphs (nothing else of the page between them) and reads as prose by its own shape:
``gap_min_words`` words or more, ending like a sentence, not a line of capitalised words.
It becomes a paragraph block at that place; the stages judge it like every other block (a
share line or a sign-up sentence there still meets the chrome rules). A run of
outside blocks in one place (a caption and its credit, a comment thread, a teaser strip, a
gallery) is not restored: the signal is the lone paragraph (``gap_max_blocks``).

>>> from newsclean.document import Block
>>> story = "The council met on Monday and voted to close the old bridge to cars for good."
>>> blocks = [Block(text=story, index=0), Block(text=story.replace("Monday", "Friday"), index=1)]
>>> gap = "Residents had asked for the change for years, and the vote was not close at all."
>>> restore_gaps(blocks, [0.0, 0.0], [(0, gap, False)])
1
>>> [b.text == gap for b in blocks]
[False, True, False]
"""

from __future__ import annotations

from collections import Counter

from newsclean.document import Block, Kind
from newsclean.settings import settings

# a sentence ends with one of these, closing quotes and brackets may follow
_FINAL = frozenset(".!?。！？")
_CLOSERS = "\"'”’»)]」』"
# the candidate's blocks that may hold the story's running text (a story quoting a report
# in bullet points runs on through its list items)
_PROSE_KINDS = frozenset({Kind.PARAGRAPH, Kind.LIST_ITEM, Kind.QUOTE})


def _prose(text: str) -> bool:
    """A paragraph that reads as a sentence: long enough, ending like one (not like a teaser's
    "..."), not a line of capitalised words."""
    words = text.split()
    core = text.rstrip(_CLOSERS)
    if len(words) < settings().gap_min_words or not core or core[-1] not in _FINAL or core.endswith("..."):
        return False
    return sum(w[:1].isupper() for w in words) <= settings().gap_max_cap_ratio * len(words)


def _held(text: str, pairs: set) -> bool:
    """Are ``gap_held_pair_share`` of the text's word pairs (two words in a row) in ``pairs``?"""
    words = text.split()
    held = sum(map(pairs.__contains__, zip(words, words[1:], strict=False)))
    return held >= settings().gap_held_pair_share * (len(words) - 1)


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


def restore_gaps(blocks: list[Block], shares: list[float], outside: list[tuple[int, str, bool]]) -> int:
    """Insert the lone prose paragraphs of ``outside`` (:func:`html_outside.outside_blocks`)
    that sit between two prose paragraphs of ``blocks``; ``shares`` (the blocks' link shares)
    is kept parallel; the blocks are renumbered. Returns how many were inserted."""
    if len(blocks) < 2 or not outside:
        return 0
    per_place = Counter(at for at, _, _ in outside)
    inserts: list[tuple[int, str]] = []
    for at, text, framed in outside:
        if framed or per_place[at] > settings().gap_max_blocks or not 0 <= at < len(blocks) - 1:
            continue
        before, after = blocks[at], blocks[at + 1]
        if before.kind not in _PROSE_KINDS or after.kind not in _PROSE_KINDS:
            continue
        if shares[at] > settings().gap_max_link_share or shares[at + 1] > settings().gap_max_link_share:
            continue
        if all(map(_prose, (text, before.text, after.text))):
            inserts.append((at + 1, text))
    if inserts:
        # a paragraph whose words the candidate already holds (glued to a neighbour, or with
        # its first words trimmed) is not a skipped one
        words = " ".join(b.text for b in blocks).split()
        pairs = set(zip(words, words[1:], strict=False))
        inserts = [(at, text) for at, text in inserts if not _held(text, pairs)]
    for at, text in reversed(inserts):
        blocks.insert(at, Block(text=text, index=0, kind=Kind.PARAGRAPH, tag="p"))
        shares.insert(at, 0.0)
    if inserts:
        for n, b in enumerate(blocks):
            b.index = n
    return len(inserts)

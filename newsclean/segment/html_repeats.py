"""Paragraphs a page repeats word for word, which the main-content extraction may collapse.

trafilatura's recovery pass (run when its main pass finds too little text) skips an element
whose text it already holds, so a container of identical paragraphs (a refrain, a repeated
legal paragraph, a template filled with the same sample text) comes back with one copy. The
reader sees every copy, so the body should hold every copy.

:func:`sibling_repeats` counts, before extraction, the long texts that the page repeats among
the children of one container; :func:`restore_repeats` gives the extracted blocks back the
copies they lost, next to the copy that was kept.

>>> from lxml import html
>>> refrain = "We sail at dawn and we come home at dusk, whatever the sea and the wind decide to do. "
>>> page = html.fromstring(f"<div><p>{refrain}</p><p>Between.</p><p>{refrain}</p></div>")
>>> sibling_repeats(page) == {refrain.strip(): 2}
True
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from lxml import etree

from newsclean.document import Block
from newsclean.segment.text import normalise_line
from newsclean.settings import settings

# the elements that hold a paragraph's text: paragraphs, and divisions written as paragraphs
# (text only, no child elements)
_PARAGRAPHS = etree.XPath("/descendant::p | /descendant::div[not(*)][normalize-space()]")


def sibling_repeats(tree: Any) -> dict[str, int]:
    """{text: copies} of the long paragraph texts repeated among one container's children
    (the largest count over containers); empty when the page repeats none."""
    # first a cheap key (container, leading text, child count): only paragraphs that share
    # one can share their whole text, and on most pages none do
    groups: dict[tuple, list] = {}
    for el in _PARAGRAPHS(tree):
        first = el.text or ""
        # a paragraph's own leading text settles most of them without building its whole text
        if len(first) < settings().repeat_min_chars and len(el) == 0:
            continue
        groups.setdefault((el.getparent(), first[: settings().repeat_min_chars], len(el)), []).append(el)
    by_parent: Counter = Counter()
    for (parent, _, _), members in groups.items():
        if len(members) < 2:
            continue
        for el in members:
            text = normalise_line(el.text_content())
            if len(text) >= settings().repeat_min_chars:
                by_parent[(parent, text)] += 1
    repeats: dict[str, int] = {}
    for (_, text), copies in by_parent.items():
        if copies > 1 and copies > repeats.get(text, 0):
            repeats[text] = copies
    return repeats


def restore_repeats(blocks: list[Block], shares: list[float], repeats: dict[str, int]) -> int:
    """Insert, after the last extracted copy of each repeated text, the copies the extraction
    dropped (``shares``, the blocks' link shares, is kept parallel); renumber the blocks and
    return how many were added. A text the extraction dropped entirely stays dropped: that
    was a decision about the text, not a collapse of its copies."""
    if not repeats or not blocks:
        return 0
    held = Counter(b.text for b in blocks if b.text in repeats)
    missing = {text: repeats[text] - n for text, n in held.items() if repeats[text] > n}
    if not missing:
        return 0
    last = {b.text: i for i, b in enumerate(blocks) if b.text in missing}
    added = 0
    for i in sorted(last.values(), reverse=True):
        kept = blocks[i]
        copies = [Block(text=kept.text, index=0, kind=kept.kind, tag=kept.tag) for _ in range(missing[kept.text])]
        blocks[i + 1 : i + 1] = copies
        shares[i + 1 : i + 1] = [shares[i]] * len(copies) if i < len(shares) else []
        added += len(copies)
    for n, b in enumerate(blocks):
        b.index = n
    return added

"""A story body the page splits into several containers of one kind.

Layouts with ad rails or inline modules often cut the story into consecutive containers of
the same markup (``<div class="article__body ...">`` paragraphs, an ad row, another
``<div class="article__body ...">``), and not always as siblings. trafilatura takes the
first container that matches its body expressions and may leave the others out: the reader
sees one story, the extraction ends after its first part.

:func:`split_bodies` reads, before extraction, the groups of containers that share their
tag and class attribute and each hold prose paragraphs of their own; :func:`restore_split_body`
adds, after extraction, the paragraphs of the group's members that the result left out
entirely, when the result holds the paragraphs of another member of the same group (so the
group is the story's, not a comment list's or a teaser rail's, which the result does not
quote).

>>> from lxml import html
>>> para = "The committee heard evidence from the harbour pilots for most of the afternoon session. " * 3
>>> page = html.fromstring(f"<body><div class='story-part'><p>{para}1</p><p>{para}2</p></div>"
...     f"<div class='ad'>Advertisement</div><div class='story-part'><p>{para}3</p><p>{para}4</p></div></body>")
>>> [len(member) for member in split_bodies(page)[0]]
[2, 2]
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from lxml import etree

from newsclean.document import Block, Kind
from newsclean.segment.text import normalise_line
from newsclean.settings import settings


@lru_cache(maxsize=4)
def _candidates(min_paragraphs: int) -> etree.XPath:
    """Elements with a class and at least ``min_paragraphs`` paragraphs of their own, in
    document order (found by libxml2 from the paragraphs up: a third of the time of testing
    every container); only containers can be members."""
    return etree.XPath(f"//p[{min_paragraphs}]/parent::*[@class]")


_CONTAINERS = frozenset({"div", "section", "article"})


def _paragraphs(el: Any) -> list[str]:
    texts = []
    for p in el.iterchildren("p"):
        text = normalise_line(p.text_content())
        if len(text) >= settings().html_split_paragraph_min_chars:
            texts.append(text)
    return texts


def split_bodies(tree: Any) -> list[list[list[str]]]:
    """The groups (in document order) of two or more containers with the same tag and class
    attribute that each hold prose paragraphs; a group is its members' paragraph texts."""
    groups: dict[tuple, list] = {}
    for el in _candidates(settings().member_min_paragraphs)(tree):
        if el.tag in _CONTAINERS:
            groups.setdefault((el.tag, el.get("class")), []).append(el)
    out = []
    for members in groups.values():
        if len(members) < 2:
            continue
        kept = []
        for el in members:
            texts = _paragraphs(el)
            if len(texts) >= settings().member_min_paragraphs and sum(map(len, texts)) >= settings().member_min_chars:
                kept.append(texts)
        if len(kept) > 1:
            out.append(kept)
    return out


def restore_split_body(blocks: list[Block], shares: list[float], groups: list[list[list[str]]]) -> int:
    """Add the left-out members' paragraphs next to the quoted members' (``shares``, the
    blocks' link shares, kept parallel); renumber the blocks; return how many were added."""
    if not groups or not blocks:
        return 0
    position = {b.text: i for i, b in enumerate(blocks)}
    inserts: list[tuple[int, int, list[str]]] = []  # (position, member, texts)
    for members in groups:
        held = [sum(t in position for t in texts) / len(texts) for texts in members]
        if not any(h >= settings().quoted_share for h in held):
            continue
        for m, texts in enumerate(members):
            if held[m] > settings().left_out_share:
                continue
            # after the last paragraph held of the nearest quoted member before it, else before
            # the first held paragraph of the nearest quoted member after it
            before = [k for k in range(m) if held[k] >= settings().quoted_share]
            after = [k for k in range(m + 1, len(members)) if held[k] >= settings().quoted_share]
            if before:
                at = max(position[t] for t in members[before[-1]] if t in position) + 1
            elif after:
                at = min(position[t] for t in members[after[0]] if t in position)
            else:
                continue
            missing = [t for t in texts if t not in position]
            if missing:
                inserts.append((at, m, missing))
    if not inserts:
        return 0
    added = 0
    # from the end, so the earlier positions stay valid; at one position the later member
    # goes in first, so the earlier one ends up before it
    for at, _, texts in sorted(inserts, key=lambda x: (x[0], x[1]), reverse=True):
        new = [Block(text=t, index=0, kind=Kind.PARAGRAPH, tag="p") for t in texts]
        blocks[at:at] = new
        shares[at:at] = [0.0] * len(new)
        added += len(new)
    for n, b in enumerate(blocks):
        b.index = n
    return added

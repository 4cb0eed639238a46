"""Visible text (a browser's innerText, a copied page) to a block document.

A browser renders one block element per line and puts a blank line around
paragraph margins, so a line is a block and a blank line is a gap worth keeping
as a feature (``gap_before``).

>>> doc = segment_text("Title\\n\\nFirst line.\\nSecond line.")
>>> [(b.text, b.gap_before) for b in doc.blocks]
[('Title', True), ('First line.', True), ('Second line.', False)]
"""

from __future__ import annotations

import regex

from newsclean.document import Block, Document

_NEWLINES = regex.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
# invisible characters that str.split() does not treat as spaces
_INVISIBLE = {0x200B: " ", 0xFEFF: " ", 0x2060: " "}


def normalise_line(line: str) -> str:
    """Collapse every run of whitespace to one space (str.split knows Unicode spaces)."""
    if not line.isascii():
        line = line.translate(_INVISIBLE)
    return " ".join(line.split())


def segment_text(text: str) -> Document:
    text = _NEWLINES.sub("\n", text)
    blocks: list[Block] = []
    gap = True
    for raw in text.split("\n"):
        line = normalise_line(raw)
        if not line:
            gap = True
            continue
        blocks.append(Block(text=line, index=len(blocks), gap_before=gap))
        gap = False
    return Document(blocks=blocks, source_kind="text")

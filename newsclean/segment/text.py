"""Visible text (a browser's innerText, a copied page) to a block document.

A browser renders one block element per line and puts a blank line around
paragraph margins, so a line is a block and a blank line is a gap worth keeping
as a feature (``gap_before``). Hard-wrapped paragraphs (a long line not ending a
sentence, then a line starting in lower case) are joined back into one block.

>>> doc = segment_text("Title\\n\\nFirst line.\\nSecond line.")
>>> [(b.text, b.gap_before) for b in doc.blocks]
[('Title', True), ('First line.', True), ('Second line.', False)]
"""

from __future__ import annotations

import regex

from newsclean.document import Block, Document
from newsclean.settings import settings

_NEWLINES = regex.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
# invisible characters that str.split() does not treat as spaces
_INVISIBLE = {0x200B: " ", 0xFEFF: " ", 0x2060: " "}


def normalise_line(line: str) -> str:
    """Collapse every run of whitespace to one space (str.split knows Unicode spaces)."""
    if not line.isascii():
        line = line.translate(_INVISIBLE)
    return " ".join(line.split())


_SENTENCE_END = frozenset('.!?:;。！？"”»)')


def _metadata_line(line: str) -> bool:
    """A byline or date line under a headline ("by Ann Lee", "by: Ann Lee July 10, 2015") is
    its own block, not the rest of the headline's sentence."""
    from newsclean.metadata import bylines, dates  # local: the recognisers load rule files

    return bylines.looks_like_byline(line) or dates.looks_like_date_line(line)


def segment_text(text: str) -> Document:
    text = _NEWLINES.sub("\n", text)
    blocks: list[Block] = []
    gap = True
    prev = ""
    for raw in text.split("\n"):
        line = normalise_line(raw)
        if not line:
            gap = True
            continue
        if (
            not gap
            and blocks
            and line[0].islower()
            and prev[-1] not in _SENTENCE_END
            and prev.count(" ") + 1 >= settings().wrap_min_words
            and not _metadata_line(line)
        ):
            last = blocks[-1]
            last.text = f"{last.text} {line}"
            prev = line
            continue
        blocks.append(Block(text=line, index=len(blocks), gap_before=gap))
        prev = line
        gap = False
    return Document(blocks=blocks, source_kind="text")

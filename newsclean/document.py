"""The one intermediate representation: a document of blocks.

Both input paths (HTML and visible text) turn a page into a :class:`Document`, an
ordered list of :class:`Block`. Pipeline stages only *label* blocks: each block starts
``UNDECIDED``; a stage may mark it ``BODY`` or ``CHROME`` (with the name of the rule
that decided, kept in ``reason``) or give it a metadata role (title, byline, caption,
...). The assembler reads the labels and builds the :class:`~newsclean.article.Article`.

Blocks are plain dataclasses (not pydantic) because every page has hundreds of them
and stages touch them many times: construction and attribute access must be cheap.

>>> doc = Document.from_lines(["Headline here", "First paragraph of the story."])
>>> [b.text for b in doc.blocks]
['Headline here', 'First paragraph of the story.']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Iterable, Iterator


class Kind:
    """Structural kind of a block, as the input path saw it."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    QUOTE = "quote"
    LIST_ITEM = "list_item"
    TABLE_ROW = "table_row"
    CAPTION = "caption"  # structurally a caption (figcaption in HTML)
    CODE = "code"


class Label:
    """Decision about a block. Metadata roles are chrome that feed an Article field."""

    UNDECIDED = "undecided"
    BODY = "body"
    CHROME = "chrome"
    # metadata roles: removed from the body, their text goes to a field
    TITLE = "title"
    BYLINE = "byline"
    DATE = "date"
    DATELINE = "dateline"  # only when the dateline is a block of its own
    CAPTION = "caption"
    TAGS = "tags"
    SOURCE = "source"
    AUTHOR_BIO = "author_bio"
    CREDITS = "credits"  # "Reporting by ...; Editing by ..."

    METADATA = frozenset({TITLE, BYLINE, DATE, DATELINE, CAPTION, TAGS, SOURCE, AUTHOR_BIO, CREDITS})


@dataclass(slots=True)
class Block:
    """One unit of text: a line of visible text or a paragraph-like HTML element."""

    text: str
    index: int
    kind: str = Kind.PARAGRAPH
    label: str = Label.UNDECIDED
    reason: str = ""
    # features computed once by the features stage and read by later stages
    features: dict[str, Any] = field(default_factory=dict)
    # True when a blank line (text) or an element boundary (HTML) precedes the block
    gap_before: bool = True
    # the HTML path records which element produced the block (e.g. "h2", "li", "p")
    tag: str = ""

    def mark(self, label: str, reason: str) -> None:
        """Label the block; the first decisive rule wins unless a stage overrides on purpose."""
        self.label = label
        self.reason = reason

    @property
    def decided(self) -> bool:
        return self.label != Label.UNDECIDED

    @property
    def is_body(self) -> bool:
        return self.label == Label.BODY


@dataclass(slots=True)
class Document:
    """An ordered list of blocks plus what the input path learned about the page."""

    blocks: list[Block]
    source_kind: str = "text"  # "text" or "html"
    url: str | None = None
    reference_date: date | datetime | None = None
    # metadata found outside the blocks (HTML <meta>, JSON-LD, trafilatura's header)
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    # scratch space where stages leave findings for the assembler (dateline, tags, ...)
    found: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_lines(cls, lines: Iterable[str], **kwargs: Any) -> "Document":
        blocks = [Block(text=t, index=i) for i, t in enumerate(lines)]
        return cls(blocks=blocks, **kwargs)

    def __iter__(self) -> Iterator[Block]:
        return iter(self.blocks)

    def __len__(self) -> int:
        return len(self.blocks)

    def undecided(self) -> Iterator[Block]:
        return (b for b in self.blocks if b.label == Label.UNDECIDED)

    def body(self) -> list[Block]:
        return [b for b in self.blocks if b.label == Label.BODY]

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

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

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal, TypedDict


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


# ---------------------------------------------------------------------------------------------
# The typed fields stages share. A stage declares the ones it reads and writes by name
# ("features.words", "found.region", "meta.title"; see newsclean.stages.base), and the pipeline
# checks the order when it is built. They are TypedDicts: plain dicts at run time (cheap on
# hundreds of blocks), checked by mypy, and the list of names a declaration may use.


class Features(TypedDict, total=False):
    """Per-block features (``Block.features``)."""

    # the features stage, for every block
    words: float  # word count (a CJK character counts half a word)
    chars: int
    terminal: bool  # ends like a sentence (. ! ? 。 ...)
    ellipsis: bool  # ends in "..." or "…" (teaser summaries)
    norm: str  # the text normalised for phrase lookups (casefolded, edges stripped)
    repeat: int  # how many blocks of the page share this norm
    # chrome_rules
    end_marker: bool  # an end-of-article marker ("Related", "Comments", ...)
    hard_end: bool  # an end marker that is never story text
    # main_region (text path) and ad_boxes
    list_gap: bool  # a short line inside a run of list-like lines
    list_run: bool  # part of a run of list items
    introduced_item: bool  # a list item under a line ending in ":"
    lead_in_item: bool  # the line that introduces a list
    separator: bool  # a separator label ("Article content", "***")
    contents: bool  # a table-of-contents line
    code_line: bool
    post_attribution: bool  # an embedded post's "— Name (@handle) date" line
    repeated_sentence: bool  # a sentence the page prints twice (pull quote)
    cjk_prose: bool  # CJK prose, which has no spaces to count words by
    # computed on demand (newsclean.stages.features.shape_features)
    upper_ratio: float
    cap_ratio: float


class Findings(TypedDict, total=False):
    """What stages learn about the page for later stages and the assembler (``Document.found``)."""

    # the HTML input path
    hidden: list[str]  # texts the page hides from readers, listed in removed
    left_out: list[tuple]  # (text, rule) of blocks the segmenter left out of the candidate
    link_share: list[float]  # per block, the share of its text in links
    outside: list[tuple]  # (text, rule) of page text outside the main-content candidate
    second_look: Callable[[], Iterator[Document]]  # other main-content candidates (api.extract)
    teaser_texts: list[str]  # texts of teaser cards the page links
    # chrome_rules, source_line, source_card
    source: str  # the original source or agency ("Via Reuters")
    tags: list[str]
    # main_region
    region: tuple[int, int] | None  # first and last block index of the article
    # head_metadata, credits_and_bylines
    title: str
    bylines: list[str]
    byline_rows: list[int]
    date_lines: list[str]
    page_stamps: list[date | datetime]  # dates printed as the page's own stamp
    metadata_answers: dict  # the recognisers' answers per block text, computed once
    meta_authors: list[str]
    parsed_bylines: list[Any]  # newsclean.metadata.bylines.Byline
    # article_end
    credits: list[str]  # "Reporting by ...; Editing by ..." lines
    # dateline, inline_residue
    dateline: Any  # newsclean.metadata.dates.Dateline
    residue: list[tuple[int, str]]  # (block index, text) cut from inside blocks
    # credited_people, published_date (newsclean.stages.choices)
    authors: list[str]
    contributors: list[Any]  # newsclean.article.Contributor
    byline: str | None
    credit_source: str | None  # Article.source: the original source or agency
    published: date | datetime | None
    date_source: str | None
    author_candidates: list[Any]  # newsclean.article.Candidate: the credits the page offers
    date_candidates: list[Any]  # newsclean.article.Candidate: the publication dates it offers
    # completeness
    completeness: Literal["full", "excerpt", "paywalled", "cut"]  # as Article.completeness
    original_url: str


class PageMetadata(TypedDict, total=False):
    """What the input path read outside the blocks (``Document.meta``): the HTML path's declared
    metadata (<meta>, JSON-LD, trafilatura's header); the text path has none."""

    title: str | None
    headlines: list[tuple]  # (text, source) of the page's other headlines
    authors: list[str]
    authors_source: str
    author_raw: str | None
    author_bio: str | None
    agencies: list[str]
    editors: list[str]  # declared authors the page shows as editors (read_page_metadata)
    publisher_credit: str
    published: date | datetime | None
    published_raw: str | None
    published_source: str
    modified: date | datetime | None
    # a date the page shows but does not declare (read_page_metadata.shown_date): a fallback
    shown_published: date | datetime | None
    shown_published_source: str
    site_name: str | None
    url: str | None
    language: str | None
    declared_language: Any  # a str, or a function giving it on demand (api.extract)
    tags: list[str]
    categories: list[str]
    description: str | None
    captions: list[str]
    syndication: dict[str, Any]


# the names a stage may declare: "features.words", "found.region", "meta.title", ...
FIELDS: frozenset[str] = frozenset(
    f"{prefix}.{name}"
    for prefix, typed in (("features", Features), ("found", Findings), ("meta", PageMetadata))
    for name in typed.__annotations__
)


@dataclass(slots=True)
class Block:
    """One unit of text: a line of visible text or a paragraph-like HTML element."""

    text: str
    index: int
    kind: str = Kind.PARAGRAPH
    label: str = Label.UNDECIDED
    reason: str = ""
    # features computed once by the features stage and read by later stages
    features: Features = field(default_factory=Features)
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
    meta: PageMetadata = field(default_factory=PageMetadata)
    warnings: list[str] = field(default_factory=list)
    # scratch space where stages leave findings for the assembler (dateline, tags, ...)
    found: Findings = field(default_factory=Findings)

    @classmethod
    def from_lines(cls, lines: Iterable[str], **kwargs: Any) -> Document:
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

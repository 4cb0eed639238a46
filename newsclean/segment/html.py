"""HTML to a block document, through trafilatura's main-content extraction.

trafilatura does what it is best at (DOM cleaning, main-content choice, metadata);
we keep the structure of its result tree (headings, list items, quotes, table
rows) as block kinds, then the same chrome stages as the text path run on it.

>>> doc = segment_html("<html><head><title>T</title></head><body><article><h1>T</h1>"
...                    "<p>" + "A sentence of the story that is long enough. " * 5 + "</p></article></body></html>")
>>> [b.kind for b in doc.blocks][-1]
'paragraph'
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Final, cast

import regex
from lxml import etree

from newsclean.document import Document, PageMetadata
from newsclean.metadata.html import PageMeta, read_page_metadata
from newsclean.segment import trafilatura_adapter as traf
from newsclean.segment.html_blocks import _blocks_from_tree, glued_links
from newsclean.segment.html_breaks import paragraphs_from_breaks
from newsclean.segment.html_clean import (
    _UNUSED_BY_EXTRACTION,
    _drop_inert,
    _drop_page_frame,
    _hoist_embedded_posts,
    _mark_empty_links,
    _teaser_texts,
    page_tags,
)
from newsclean.segment.html_extras import page_extras
from newsclean.segment.html_gaps import restore_gaps, restore_heads
from newsclean.segment.html_headline import headline_post
from newsclean.segment.html_layout import unwrap_layout_tables
from newsclean.segment.html_outside import framed_blocks, outside_blocks
from newsclean.segment.html_parse import load_html
from newsclean.segment.html_payload import script_payload
from newsclean.segment.html_repeats import restore_repeats, sibling_repeats
from newsclean.segment.html_split import restore_split_body, split_bodies
from newsclean.segment.syndication import read_syndication
from newsclean.segment.trafilatura_fast import extract_author, extract_meta_json, extract_tags
from newsclean.settings import settings

EXTRACT_OPTIONS: dict[str, Any] = dict(
    # trafilatura's fast mode skips its comparison with readability and jusText on every
    # page (a third of its time); we ask for that comparison only when the fast result is
    # suspiciously short (full_retry_chars). On the ScrapingHub pages the fast result is
    # as good or better on all but the pages where it comes back nearly empty.
    fast=True,
    # recall mode: trafilatura keeps more around the main text (our stages trim it) and
    # skips its balanced mode's escalation check, which measures the whole page's text;
    # on the benchmark pages it is both faster and more accurate under our stages
    favor_recall=True,
    with_metadata=False,
    include_comments=False,
    include_formatting=False,
    include_images=False,
    include_tables=True,
    # links are kept in the result tree (as <ref>) only to measure each block's link share:
    # a block that is all link text is a teaser or a "Related: ..." line, rarely story text
    include_links=True,
    deduplicate=False,
    # only the result tree (``.body``) is read: with the "python" format trafilatura also
    # renders it as text (``.text``, about half a millisecond a page); any other format
    # leaves that to its ``extract()``, and a format changes nothing else in
    # ``bare_extraction`` (formatting is set above, metadata is off)
    output_format="txt",
)


# A fast extraction shorter than full_retry_chars (characters of text) that covers less than
# retry_page_share of the page's text is retried with trafilatura's comparison against
# readability (RETRY_OPTIONS: recall mode, so no escalation step); a result still that short
# and covering less than rescue_page_share of the page's text gets trafilatura's default
# balanced mode (RESCUE_OPTIONS), whose escalation adds a jusText candidate: a tenth of the
# pages' retries, where the balanced retry on every short page cost more than the fast
# extraction of all the others. The longest body wins.
RETRY_OPTIONS: dict[str, Any] = dict(fast=False, favor_recall=True)


RESCUE_OPTIONS: dict[str, Any] = dict(fast=False, favor_recall=False)


def _page_chars(tree: Any) -> int:
    """Characters of the page's visible text (the body's, whitespace runs counted as one)."""
    body = tree.find("body")
    return len(" ".join((body if body is not None else tree).text_content().split()))


def _retries() -> tuple[tuple[dict[str, Any], float], ...]:
    """(options, page share) of the retries, in order."""
    return ((RETRY_OPTIONS, settings().retry_page_share), (RESCUE_OPTIONS, settings().rescue_page_share))


# A page whose first choice of main content holds no article (the gate refused it, or the
# stages removed all of it) gets a second look before its body is left empty: trafilatura's
# choice is sometimes a sidebar or a teaser rail next to a short story, which its precision
# mode (full comparison with its fallbacks, stricter about link-heavy and short blocks)
# passes over; and when a retry replaced the fast result, the fast result is tried too.
# Each candidate goes through the same stages and gate; the first with a body wins.
SECOND_LOOK_OPTIONS: dict[str, Any] = dict(fast=False, favor_recall=False, favor_precision=True)


# where segment_html leaves the generator of those candidates (``doc.found``)
SECOND_LOOK: Final = "second_look"


_SPLIT_AUTHORS = regex.compile(r"\s*;\s*")


def _has_body(result: Any) -> bool:
    return result is not None and getattr(result, "body", None) is not None


def _body_chars(result: Any) -> int:
    body = getattr(result, "body", None) if result is not None else None
    return 0 if body is None else sum(len(t.strip()) for t in body.itertext())


@contextmanager
def _without_huge_jsonld(tree: Any) -> Iterator[None]:
    """The page without its oversized JSON-LD blocks while trafilatura reads JSON-LD, put back
    after. trafilatura's reader normalises a block character by character and, when the block
    then fails to parse, searches it for authors in time quadratic in its size (a live blog's
    800 kB block of repeated credits: over a second); the declared metadata a story needs sits
    in blocks far smaller, and newsclean's own JSON-LD reader still sees every block."""
    limit = settings().trafilatura_jsonld_max_chars
    taken = []
    for el in tree.iter("script"):
        if el.get("type") == "application/ld+json" and el.text and len(el.text) > limit:
            parent = el.getparent()
            if parent is not None:
                taken.append((parent, parent.index(el), el))
    for parent, _, el in taken:
        parent.remove(el)
    try:
        yield
    finally:
        for parent, index, el in reversed(taken):
            parent.insert(index, el)


def _page_metadata(
    tree: Any, url: str | None, find_dates: bool = True, search_title: bool = True, search_author: bool = True
) -> Any:
    """trafilatura's metadata steps that we use (as in its ``extract_metadata``), without
    the licence and category searches (unused here) and with htmldate's quick search."""
    info = traf.examine_meta(tree)
    if info.author and " " not in info.author:
        info.author = None
    try:
        with _without_huge_jsonld(tree):
            info = extract_meta_json(tree, info)
    except Exception:  # trafilatura's JSON-LD reader fails on some malformed blocks
        pass
    if not info.title and search_title:
        info.title = traf.extract_title(tree)
    if not info.author and search_author:
        info.author = extract_author(tree)
    if not info.url:
        info.url = traf.extract_url(tree, url)
    if find_dates:
        info.date = traf.find_date(tree, info.url)
    if not info.sitename:
        info.sitename = traf.extract_sitename(tree)
    if info.sitename:
        info.sitename = info.sitename.lstrip("@")
        if info.sitename and "." not in info.sitename and not info.sitename[0].isupper():
            info.sitename = info.sitename.title()
    elif info.url:
        m = traf.META_URL.match(info.url)
        if m:
            info.sitename = m[1]
    if not info.tags:
        info.tags = extract_tags(tree)
    info.clean_and_trim()
    return info


def _merge_declared(meta: dict[str, Any], declared: PageMeta) -> None:
    """Prefer the page's declared metadata (cleaned, with times) over trafilatura's summary."""
    if declared.title:
        meta["title"] = declared.title
    if declared.site_name and not meta.get("site_name"):
        meta["site_name"] = declared.site_name
    if declared.authors:
        meta["authors"] = list(declared.authors)
        meta["authors_source"] = f"html.{declared.authors_source or 'metadata'}"
    elif declared.unread_byline and meta.get("authors"):
        # trafilatura's search took one word of a byline element that credits no person ("Von
        # Stadtspiegel", "By Kitchen42" read as "Kitchen"): an outlet's name, no person's
        shown = declared.unread_byline.casefold()
        meta["authors"] = [a for a in meta["authors"] if " " in a.strip() or a.strip().casefold() not in shown]
    if declared.headlines:
        meta["headlines"] = list(declared.headlines)
    if declared.agencies:
        meta["agencies"] = list(declared.agencies)
    if declared.editors:
        meta["editors"] = list(declared.editors)
    if declared.byline_text and not meta.get("author_raw"):
        # the raw byline: the element the authors were read from (trafilatura's search is skipped then)
        meta["author_raw"] = declared.byline_text
    if declared.publisher_credit:
        meta["publisher_credit"] = declared.publisher_credit
    if declared.published is not None:
        meta["published"] = declared.published
        meta["published_source"] = f"html.{declared.published_source or 'metadata'}"
    if declared.modified is not None:
        meta["modified"] = declared.modified
    if declared.shown_date is not None:
        meta["shown_published"] = declared.shown_date
        meta["shown_published_source"] = f"html.{declared.shown_date_source or 'shown'}"


def _record_left_out(
    doc: Document,
    shown: list[tuple[str, bool]],
    frames_dropped: bool,
    left_out: list[tuple[str, str]],
    hidden: list[str],
    outside: list[tuple[int, str, bool]] | None = None,
) -> None:
    """What the segmenter took out of the page before the stages, for ``Article.removed``:
    hidden elements, widgets and hover cards (``left_out``), and of the page's ``shown``
    blocks those outside the main-content candidate (:mod:`newsclean.segment.html_outside`):
    ``segment.page_frame`` for a dropped frame's (nav, footer, aside), else
    ``segment.outside_candidate``; ``outside``: those blocks when the caller has read them."""
    if hidden:
        doc.found["hidden"] = hidden
    if left_out:
        doc.found["left_out"] = left_out
    # a run of left-out blocks at one place of the page (the header's links, a rail, the
    # footer) is one removed entry, its blocks one per line: as readable, and a page's few
    # dozen entries cost less than its hundreds of blocks
    runs: list[tuple[int, str, str]] = []
    last: tuple[int, str] | None = None
    lines: list[str] = []
    if outside is None:
        outside = outside_blocks(shown, [b.text for b in doc.blocks])
    for index, text, framed in outside:
        place = (index, "segment.page_frame" if framed and frames_dropped else "segment.outside_candidate")
        if place != last and lines and last is not None:
            runs.append((last[0], "\n".join(lines), last[1]))
            lines = []
        last = place
        lines.append(text)
    if lines and last is not None:
        runs.append((last[0], "\n".join(lines), last[1]))
    if runs:
        doc.found["outside"] = runs


def segment_html(html: str, url: str | None = None, utf8: bytes | None = None) -> Document:
    """The block document of an HTML page; ``utf8``: the page's UTF-8 bytes when the caller
    has them (see :func:`newsclean.segment.html_parse.load_html`)."""
    # parse once: metadata and both extraction attempts read the same tree
    tree = load_html(html, utf8)
    if tree is None:
        doc = Document(blocks=[], source_kind="html", url=url)
        doc.warn("the HTML could not be parsed")
        return doc
    # what never holds article text or metadata goes first: every search below reads less
    hidden_texts: list[str] = []
    # (rule, text) of what the segmenter takes out of the page before extraction
    left_out: list[tuple[str, str]] = []
    # the long inline scripts: a story the page ships only as data for a script to render
    script_texts: list[str] = []
    boxes = _drop_inert(tree, hidden_texts, left_out, script_texts)
    # metadata apart from the body, without htmldate's extensive search (a full scan of
    # the page's text for dates, the slowest part of trafilatura's metadata)
    # what the page declares (JSON-LD, meta, <time>, h1), with times and zones; read before
    # trafilatura runs, as it prunes the tree it is given
    declared = read_page_metadata(tree)
    # links and declarations leading to the original of a syndicated story (Article.original_url)
    syndication = read_syndication(tree)
    extras = page_extras(tree, boxes)
    # trafilatura's searches of the page body (htmldate, title and author candidates) only
    # for what the page does not declare: the declared values win in _merge_declared
    info = _page_metadata(
        tree,
        url,
        find_dates=declared.published is None,
        search_title=not declared.title,
        search_author=not declared.authors,
    )
    teasers = _teaser_texts(tree)
    # read above and removed by trafilatura's cleaning anyway, but only after it has copied
    # the tree and run its pruning searches over them (a tenth of a page's elements)
    etree.strip_elements(tree, *_UNUSED_BY_EXTRACTION, with_tail=False)
    _mark_empty_links(tree)
    _hoist_embedded_posts(tree)
    # the page's text blocks as a reader sees them, read once before the frames go: what the
    # main-content candidate leaves out of them is reported in Article.removed
    body = tree.find("body")
    shown = framed_blocks(body if body is not None else tree)
    frames_dropped = _drop_page_frame(tree)
    # a page laid out in a table: its rows and cells are the page's blocks, not data
    unwrap_layout_tables(tree)
    # loose text split by blank lines (<br><br>) becomes the paragraphs a reader sees
    paragraphs_from_breaks(tree)
    glued = glued_links(tree)
    # counted before trafilatura prunes the tree: the copies its recovery pass may collapse
    repeats = sibling_repeats(tree)
    split = split_bodies(tree)
    # the body without a URL: trafilatura would otherwise resolve every link's target,
    # which we do not use (we only measure how much of a block is link text)
    result = traf.bare_extraction(tree, **EXTRACT_OPTIONS)
    fast_result = result
    chars = _body_chars(result)
    if EXTRACT_OPTIONS.get("fast") and chars < settings().full_retry_chars:
        # a short result: ask for trafilatura's comparison with its fallbacks
        page_chars = _page_chars(tree)
        best = None
        for options, share in _retries():
            if chars >= settings().full_retry_chars or chars >= share * page_chars:
                break
            retry = traf.bare_extraction(tree, **dict(EXTRACT_OPTIONS, **options))
            retry_chars = _body_chars(retry)
            if retry_chars > chars:
                best, chars = retry, retry_chars
        if best is not None:
            result = best
    meta: dict[str, Any] = {
        "title": info.title,
        "author_raw": info.author,
        "authors": _SPLIT_AUTHORS.split(info.author) if info.author else [],
        "published_raw": info.date,
        "site_name": info.sitename,
        "url": info.url,
        "language": info.language,
        "tags": [t for t in (info.tags or []) if t],
        "categories": [c for c in (info.categories or []) if c],
        "description": info.description,
    }
    _merge_declared(meta, declared)
    meta["captions"] = extras.get("captions", [])
    meta["author_bio"] = extras.get("author_bio")
    meta["syndication"] = syndication
    meta["tags"] = page_tags(meta["tags"], extras.get("tags", []))
    url = url or info.url
    left_aside = (shown, frames_dropped, left_out)
    doc = _document(result, meta, url, glued, repeats, split, hidden_texts, teasers, left_aside)

    def second_looks() -> Iterator[Document]:
        """Documents of the other candidates for the main content, for a page whose first
        choice held no article (see :data:`SECOND_LOOK_OPTIONS`)."""
        seen = [result]
        if fast_result is not result and _has_body(fast_result):
            seen.append(fast_result)
            yield _document(fast_result, dict(meta), url, glued, repeats, split, hidden_texts, teasers, left_aside)
        other = traf.bare_extraction(tree, **dict(EXTRACT_OPTIONS, **SECOND_LOOK_OPTIONS))
        if _has_body(other) and all(_body_text(other) != _body_text(r) for r in seen if _has_body(r)):
            yield _document(other, dict(meta), url, glued, repeats, split, hidden_texts, teasers, left_aside)
            seen.append(other)
        # then a story the page ships only inside its scripts (see html_payload)
        payload = _payload_result(script_texts)
        if payload is not None:
            yield _document(payload, dict(meta), url, glued, {}, [], hidden_texts, [], left_aside)
        # last, the post under the page's own headline when trafilatura's candidates are a
        # sidebar's boxes next to it (see html_headline)
        post = _headline_result(tree, [text for _, text in declared.headlines])
        if post is not None and all(_body_text(post) != _body_text(r) for r in seen if _has_body(r)):
            yield _document(post, dict(meta), url, glued, repeats, split, hidden_texts, teasers, left_aside)

    doc.found[SECOND_LOOK] = second_looks
    return doc


def _payload_result(script_texts: list[str]) -> Any:
    """trafilatura's result on the story HTML found in the page's scripts, or None."""
    payload = script_payload(script_texts)
    if payload is None:
        return None
    # a JSON escape may stand for a lone surrogate, which no document can hold
    return _fragment_result(payload.encode("utf-8", "ignore").decode("utf-8"))


def _headline_result(tree: Any, headlines: list[str]) -> Any:
    """trafilatura's result on the post under the page's headline (see html_headline), or None."""
    found = headline_post(tree, headlines)
    if found is None:
        return None
    heading, post = found
    # precision mode: the container may hold the post's comments and forms, which trafilatura's
    # recall mode glues with the post's few lines into one paragraph of its baseline text
    result = _fragment_result(etree.tostring(post, encoding="unicode", method="html"), SECOND_LOOK_OPTIONS)
    if result is None:
        return None
    headline = " ".join(heading.text_content().split())
    if headline not in _body_text(result):
        # the headline the post was found by, which precision mode may drop with its link: the
        # gate keeps a short post under its own headline
        head = etree.Element("head", rend=heading.tag)
        head.text = headline
        result.body.insert(0, head)
    return result


def _fragment_result(payload: str, options: dict[str, Any] | None = None) -> Any:
    """trafilatura's result on a fragment of story HTML, read as a page's one article, or None."""
    try:
        tree = load_html(f"<html><body><article>{payload}</article></body></html>")
        if tree is None:
            return None
        _drop_inert(tree)
        etree.strip_elements(tree, *_UNUSED_BY_EXTRACTION, with_tail=False)
        _mark_empty_links(tree)
        paragraphs_from_breaks(tree)
        result = traf.bare_extraction(tree, **dict(EXTRACT_OPTIONS, **(options or {})))
    except Exception:  # the page's data, not its markup: never let it break the extraction
        return None
    return result if _has_body(result) else None


def _body_text(result: Any) -> str:
    return " ".join(" ".join(result.body.itertext()).split())


def _document(
    result: Any,
    meta: dict[str, Any],
    url: str | None,
    glued: frozenset[str],
    repeats: Any,
    split: Any,
    hidden_texts: list[str],
    teasers: list[str],
    left_aside: tuple[list[tuple[str, bool]], bool, list[tuple[str, str]]],
) -> Document:
    """The block document of one trafilatura result (the page's metadata alongside);
    ``left_aside`` is (the page's shown blocks, whether its frames were dropped, what the
    segmenter took out), for the accounting of :func:`_record_left_out`."""
    if not _has_body(result):
        doc = Document(blocks=[], source_kind="html", url=url, meta=cast(PageMetadata, meta))
        doc.warn("trafilatura found no main content in the HTML")
        _record_left_out(doc, *left_aside, list(hidden_texts))
        return doc
    link_shares: list[float] = []
    blocks = _blocks_from_tree(result.body, link_shares, glued)
    restore_repeats(blocks, link_shares, repeats)
    restore_split_body(blocks, link_shares, split)
    shown = left_aside[0]
    outside = outside_blocks(shown, [b.text for b in blocks])
    if restore_heads(blocks, outside) + restore_gaps(blocks, link_shares, outside, meta.get("captions") or ()):
        # (rare) the paragraphs made whole or put back are the candidate's now
        outside = outside_blocks(shown, [b.text for b in blocks])
    doc = Document(blocks=blocks, source_kind="html", url=url, meta=cast(PageMetadata, meta))
    doc.found["link_share"] = link_shares
    _record_left_out(doc, *left_aside, list(hidden_texts), outside)
    if teasers:
        doc.found["teaser_texts"] = teasers
    return doc

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

from typing import Any

import regex
import trafilatura
from lxml import etree

from newsclean.document import Block, Document, Kind
from newsclean.segment.text import normalise_line

# trafilatura's output vocabulary -> our block kinds
_KIND = {"head": Kind.HEADING, "p": Kind.PARAGRAPH, "item": Kind.LIST_ITEM, "quote": Kind.QUOTE,
         "row": Kind.TABLE_ROW, "code": Kind.CODE}
_CONTAINERS = {"list", "table", "quote", "div", "body", "main", "doc"}

EXTRACT_OPTIONS: dict[str, Any] = dict(
    with_metadata=True,
    include_comments=False,
    include_formatting=False,
    include_images=False,
    include_tables=True,
    include_links=False,
    deduplicate=False,
)


def _text_of(el: etree._Element, skip_nested_lists: bool) -> list[str]:
    """The element's text split at <lb/> line breaks; nested lists are left to their own items."""
    parts: list[str] = [el.text or ""]
    for child in el:
        if child.tag == "lb":
            parts.append("\n")
        elif skip_nested_lists and child.tag == "list":
            pass
        else:
            parts.append("".join(_itertext(child)))
        parts.append(child.tail or "")
    lines = "".join(parts).split("\n")
    return [line for line in (normalise_line(x) for x in lines) if line]


def _itertext(el: etree._Element):
    for node in el.iter():
        if node.tag == "lb":
            yield "\n"
        elif node is el:
            yield node.text or ""
            continue
        else:
            yield node.text or ""
        if node is not el and node.tail:
            yield node.tail


def _blocks_from_tree(root: etree._Element) -> list[Block]:
    blocks: list[Block] = []

    def add(el: etree._Element, kind: str) -> None:
        if kind == Kind.TABLE_ROW:
            cells = [" ".join(_text_of(c, False)) for c in el if c.tag == "cell"]
            lines = [" | ".join(c for c in cells if c)] if any(cells) else []
        else:
            lines = _text_of(el, skip_nested_lists=(kind == Kind.LIST_ITEM))
        for j, line in enumerate(lines):
            blocks.append(Block(text=line, index=len(blocks), kind=kind, gap_before=(j == 0), tag=el.tag))

    def walk(el: etree._Element, inherited: str | None) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == "quote":
                if any(isinstance(c.tag, str) and c.tag in _KIND for c in child):
                    walk(child, Kind.QUOTE)
                else:
                    add(child, Kind.QUOTE)
            elif tag == "item":
                add(child, inherited or Kind.LIST_ITEM)
                for sub in child:
                    if sub.tag == "list":
                        walk(sub, inherited)
            elif tag in _KIND:
                add(child, inherited if inherited == Kind.QUOTE else _KIND[tag])
            elif tag in _CONTAINERS or tag in ("list",):
                walk(child, inherited)
            elif tag in ("graphic", "lb", "ref", "hi"):
                continue
            else:
                walk(child, inherited)

    walk(root, None)
    return blocks


_SPLIT_AUTHORS = regex.compile(r"\s*;\s*")


def segment_html(html: str, url: str | None = None) -> Document:
    result = trafilatura.bare_extraction(html, url=url, **EXTRACT_OPTIONS)
    if result is None or getattr(result, "body", None) is None:
        doc = Document(blocks=[], source_kind="html", url=url)
        doc.warn("trafilatura found no main content in the HTML")
        return doc
    blocks = _blocks_from_tree(result.body)
    meta: dict[str, Any] = {
        "title": result.title,
        "author_raw": result.author,
        "authors": _SPLIT_AUTHORS.split(result.author) if result.author else [],
        "published_raw": result.date,
        "site_name": result.sitename,
        "url": result.url,
        "language": result.language,
        "tags": [t for t in (result.tags or []) if t],
        "categories": [c for c in (result.categories or []) if c],
        "description": result.description,
    }
    return Document(blocks=blocks, source_kind="html", url=url or result.url, meta=meta)

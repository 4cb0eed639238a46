"""What an HTML page says about where its story comes from: the links and declarations that
lead to the original (read by :func:`read_syndication`, decided on by
:mod:`newsclean.stages.completeness`).

- ``canonical``: the ``<link rel=canonical>`` address; ``page_url``: the page's own address as
  it declares it (``og:url``);
- ``declared``: syndication metadata naming the original story (``og:see_also``,
  ``syndication-source``, ``original-source``, ``<link rel=original-source>``);
- ``continue_links``: ``(text, href)`` of the links whose text ends an excerpt with the way to
  the rest ("Continue reading at ...", "Read the full story"), matched against the rules data
  ``excerpt_end_patterns``.

>>> from lxml import html
>>> tree = html.fromstring('<html><head><link rel="canonical" href="https://a.example/s">'
...     '<meta name="syndication-source" content="https://b.example/o"></head><body><p>'
...     '<a href="https://b.example/o">Continue reading at The Bugle</a></p></body></html>')
>>> info = read_syndication(tree)
>>> info["canonical"], info["declared"], info["continue_links"]
('https://a.example/s', ['https://b.example/o'], [('Continue reading at The Bugle', 'https://b.example/o')])
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from newsclean.rules import combined

# meta names / properties and link rels that declare the original of a syndicated story
SYNDICATION_META = ("og:see_also", "syndication-source", "original-source", "syndication_source",
                    "original_source")
SYNDICATION_RELS = ("original-source", "syndication-source")
# a link longer than this is a teaser's headline or a paragraph, not a "continue reading" link
MAX_CONTINUE_LINK_CHARS = 120
# at most this many links are looked at (a huge page of links costs no more than this)
MAX_LINKS = 3000


def _absolute(href: str) -> bool:
    return href.startswith(("http://", "https://"))


def host(url: str | None) -> str:
    """The host of an address without a leading ``www.`` ("" when there is none)."""
    if not url:
        return ""
    try:
        netloc = urlsplit(url).netloc.casefold()
    except ValueError:
        return ""
    return netloc[4:] if netloc.startswith("www.") else netloc


def read_syndication(tree: Any) -> dict[str, Any]:
    """The syndication links and declarations of a parsed page (see the module's doc)."""
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    out: dict[str, Any] = {"canonical": None, "page_url": None, "declared": [], "continue_links": []}
    if root is None:
        return out
    for el in root.iter("link", "meta"):
        if el.tag == "link":
            rel = (el.get("rel") or "").casefold().split()
            href = (el.get("href") or "").strip()
            if not _absolute(href):
                continue
            if "canonical" in rel and out["canonical"] is None:
                out["canonical"] = href
            elif any(r in SYNDICATION_RELS for r in rel) and href not in out["declared"]:
                out["declared"].append(href)
        else:
            name = (el.get("property") or el.get("name") or "").strip().casefold()
            content = (el.get("content") or "").strip()
            if not _absolute(content):
                continue
            if name == "og:url" and out["page_url"] is None:
                out["page_url"] = content
            elif name in SYNDICATION_META and content not in out["declared"]:
                out["declared"].append(content)
    pattern = combined("excerpt_end_patterns")
    if pattern is None:
        return out
    for i, a in enumerate(root.iter("a")):
        if i >= MAX_LINKS:
            break
        href = (a.get("href") or "").strip()
        if not _absolute(href):
            continue
        text = " ".join("".join(a.itertext()).split())
        if text and len(text) <= MAX_CONTINUE_LINK_CHARS and pattern.search(text):
            out["continue_links"].append((text, href))
    return out

"""What an HTML page says about where its story comes from: the links and declarations that
lead to the original (read by :func:`read_syndication`, decided on by
:mod:`newsclean.stages.completeness`).

- ``canonical``: the ``<link rel=canonical>`` address; ``page_url``: the page's own address as
  it declares it (``og:url``);
- ``declared``: syndication metadata naming the original story (``og:see_also``,
  ``syndication-source``, ``original-source``, ``<link rel=original-source>``);
- ``card_logo``: the name of the publisher's logo (an image's ``alt``) printed just above the
  first ``<h1>``, a portal's card whose name is a picture;
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

from itertools import islice
from typing import Any
from urllib.parse import urlsplit

from newsclean.metadata import dates
from newsclean.rules import combined
from newsclean.settings import settings

# meta names / properties and link rels that declare the original of a syndicated story
SYNDICATION_META = ("og:see_also", "syndication-source", "original-source", "syndication_source", "original_source")
SYNDICATION_RELS = ("original-source", "syndication-source")


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
    out["card_logo"] = card_logo(root)
    pattern = combined("excerpt_end_patterns")
    if pattern is None:
        return out
    for i, a in enumerate(root.iter("a")):
        if i >= settings().max_links:
            break
        href = (a.get("href") or "").strip()
        if not _absolute(href):
            continue
        # (a link without child elements holds only its own text: no text iterator to make)
        text = " ".join((a.text or "" if len(a) == 0 else "".join(a.itertext())).split())
        if text and len(text) <= settings().max_continue_link_chars and pattern.search(text):
            out["continue_links"].append((text, href))
    return out


def card_logo(root: Any) -> str | None:
    """The ``alt`` of the image in an element right before the page's first ``<h1>`` whose text is
    only a date or an age: a syndicated story's publisher card printed as a logo ("Harwick
    Examiner" beside "6/21/2017")."""
    h1 = next(root.iter("h1"), None)
    if h1 is None:
        return None
    sibling = h1.getprevious()
    for _ in range(settings().logo_siblings):
        if sibling is None:
            return None
        # (one image past the bound tells a box of too many: the rest are not collected, and
        # the box's text is read only when its images may be a logo)
        bound = settings().logo_max_images
        images = [sibling] if sibling.tag == "img" else list(islice(sibling.iter("img"), max(0, bound + 1)))
        logo_count = 1 <= len(images) <= bound
        shown = " ".join(" ".join(sibling.itertext()).split()) if sibling.tag != "img" and logo_count else ""
        # the card prints the story's date or age beside the logo, and nothing else
        if logo_count and shown and (dates.looks_like_date_line(shown) or dates.is_relative_age(shown)):
            alt = " ".join((images[0].get("alt") or "").split())
            words = alt.split()
            if (
                1 <= len(words) <= settings().logo_max_words
                and words[0][:1].isupper()
                and not any(ch.isdigit() for ch in alt)
                and not alt.endswith((".", "!", "?"))
            ):
                return alt
        sibling = sibling.getprevious()
    return None

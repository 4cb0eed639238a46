"""Parts of an HTML page that trafilatura's main text leaves out but an Article keeps
apart: figure captions, the author bio box, and tag/topic link lists.

They are read from the parsed page before trafilatura prunes it, by structure
(``figcaption``) and by the class/id words sites use for these boxes, so the body
never receives them and the Article still does.

>>> import lxml.html
>>> tree = lxml.html.fromstring('<html><body><figure><img src="a.jpg"><figcaption>Boats at dawn. '
...     '(Image credit: Port Office)</figcaption></figure><div class="tags"><a>#Harbour</a> <a>#Ferries</a>'
...     '</div></body></html>')
>>> x = page_extras(tree)
>>> x["captions"], x["tags"]
(['Boats at dawn. (Image credit: Port Office)'], ['Harbour', 'Ferries'])
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from newsclean.segment.text import normalise_line

# class/id words of author-bio boxes and of tag/topic link lists (matched as substrings of
# the lower-cased class, "_" read as "-" for the bio words); one pass over the elements
# finds both (an XPath with translate() per element cost several ms a page)
_BIO_TAGS = frozenset({"div", "section", "aside", "footer", "p"})
_BIO_WORDS = ("author-bio", "about-author", "author-info", "author-box", "author-description")
_TAGS_TAGS = frozenset({"div", "ul", "p", "nav", "section"})
_TAGS_WORDS = ("tags", "topics", "keywords")


def _boxes(tree: Any) -> tuple[list, list]:
    """(author-bio boxes, links of tag lists), each in document order."""
    bios: list = []
    tag_boxes: list = []
    for el in tree.iter(etree.Element):
        tag = el.tag
        if tag not in _BIO_TAGS and tag not in _TAGS_TAGS:
            continue
        cls = el.get("class")
        low = cls.lower() if cls else ""
        if tag in _BIO_TAGS:
            ident = el.get("id")
            dashed = low.replace("_", "-")
            if any(w in dashed for w in _BIO_WORDS) or (ident and "author-bio" in ident.lower().replace("_", "-")):
                bios.append(el)
        if tag in _TAGS_TAGS and low and any(w in low for w in _TAGS_WORDS):
            tag_boxes.append(el)
    links: list = []
    seen: set = set()
    for box in tag_boxes:
        for a in box.iter("a"):
            if a not in seen:
                seen.add(a)
                links.append(a)
    return bios, links


_CAPTION_XPATH = etree.XPath("//figure//figcaption")

MAX_CAPTIONS = 20
MAX_TAGS = 30
BIO_MIN_WORDS = 8
TAG_MAX_WORDS = 5


def _text(el: etree._Element) -> str:
    return normalise_line(" ".join(el.itertext()))


def page_extras(tree: Any) -> dict[str, Any]:
    """Captions, author bio and tags of a parsed page (an lxml tree); empty parts omitted."""
    out: dict[str, Any] = {}
    try:
        captions = [t for t in (_text(el) for el in _CAPTION_XPATH(tree)[:MAX_CAPTIONS]) if t]
        bio_boxes, tag_links = _boxes(tree)
        bios = [t for t in (_text(el) for el in bio_boxes[:3]) if len(t.split()) >= BIO_MIN_WORDS]
        tags = []
        for el in tag_links[: MAX_TAGS * 2]:
            t = _text(el).lstrip("#").strip()
            if t and len(t.split()) <= TAG_MAX_WORDS and t not in tags:
                tags.append(t)
    except (ValueError, etree.XPathError):  # a page lxml parsed but cannot walk: no extras
        return out
    if captions:
        out["captions"] = list(dict.fromkeys(captions))
    if bios:
        out["author_bio"] = bios[0]
    if tags:
        out["tags"] = tags[:MAX_TAGS]
    return out

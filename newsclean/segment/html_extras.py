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
from newsclean.settings import settings

# class/id words of author-bio boxes and of tag/topic link lists (matched as substrings of
# the lower-cased class, "_" read as "-" for the bio words); one pass over the elements
# finds both (an XPath with translate() per element cost several ms a page)
_BIO_TAGS = frozenset({"div", "section", "aside", "footer", "p"})
_BIO_WORDS = ("author-bio", "about-author", "author-info", "author-box", "author-description")
_TAGS_TAGS = frozenset({"div", "ul", "p", "nav", "section"})
_TAGS_WORDS = ("tags", "topics", "keywords")  # (box_kind tests them one by one)
# the only tags box_kind can say yes to
BOX_TAGS = _BIO_TAGS | _TAGS_TAGS


_NO_BOX = (False, False)


def box_kind(el: Any) -> tuple[bool, bool]:
    """(an author-bio box, a tag/topic list) for one element (an element may be both).

    Called on every element of the page (by :func:`_boxes`, or by the HTML segmenter's own
    single walk), so it answers most elements with one set lookup.
    """
    tag = el.tag
    if tag not in BOX_TAGS:
        return _NO_BOX
    cls = el.get("class")
    ident = el.get("id")
    if not cls and not ident:
        return _NO_BOX
    low = cls.lower() if cls else ""
    bio = False
    # (every bio word holds "author"; the tag words are tested one by one, no generator)
    if tag in _BIO_TAGS:
        if "author" in low:
            dashed = low.replace("_", "-")
            bio = any(w in dashed for w in _BIO_WORDS)
        if not bio and ident:
            bio = "author-bio" in ident.lower().replace("_", "-")
    tags = tag in _TAGS_TAGS and ("tags" in low or "topics" in low or "keywords" in low)
    return (bio, tags) if bio or tags else _NO_BOX


def _boxes(tree: Any) -> tuple[list, list]:
    """(author-bio boxes, tag-list boxes), each in document order."""
    bios: list = []
    tag_boxes: list = []
    for el in tree.iter(*BOX_TAGS):
        bio, tags = box_kind(el)
        if bio:
            bios.append(el)
        if tags:
            tag_boxes.append(el)
    return bios, tag_boxes


def _links(tag_boxes: list) -> list:
    """The links of the tag-list boxes, each once, in document order."""
    links: list = []
    seen: set = set()
    for box in tag_boxes:
        for a in box.iter("a"):
            if a not in seen:
                seen.add(a)
                links.append(a)
    return links


_CAPTION_XPATH = etree.XPath("/descendant::figure/descendant::figcaption")
# links marked as tags (rel="tag", the microformat blog and CMS templates print on a post's
# labels), wherever they sit; rel="category tag" is the post's category, not a tag
_REL_TAG_XPATH = etree.XPath("/descendant::a[@rel]")


def _rel_tag(a: Any) -> bool:
    rel = (a.get("rel") or "").lower().split()
    return "tag" in rel and "category" not in rel


def _text(el: etree._Element) -> str:
    return normalise_line(" ".join(el.itertext()))


def page_extras(tree: Any, boxes: tuple[list, list] | None = None) -> dict[str, Any]:
    """Captions, author bio and tags of a parsed page (an lxml tree); empty parts omitted.

    ``boxes`` are the page's (author-bio boxes, tag-list boxes) when the caller has already
    found them with :func:`box_kind`; by default they are searched here.
    """
    out: dict[str, Any] = {}
    try:
        captions = [t for t in (_text(el) for el in _CAPTION_XPATH(tree)[: settings().max_captions]) if t]
        bio_boxes, tag_boxes = boxes if boxes is not None else _boxes(tree)
        tag_links = _links(tag_boxes)
        boxed = set(tag_links)
        tag_links += [a for a in _REL_TAG_XPATH(tree) if a not in boxed and _rel_tag(a)]
        bios = [t for t in (_text(el) for el in bio_boxes[:3]) if len(t.split()) >= settings().bio_min_words]
        tags = []
        for el in tag_links[: settings().max_tags * 2]:
            t = _text(el).lstrip("#").strip()
            if t and len(t.split()) <= settings().html_extras_tag_max_words and t not in tags:
                tags.append(t)
    except (ValueError, etree.XPathError):  # a page lxml parsed but cannot walk: no extras
        return out
    if captions:
        out["captions"] = list(dict.fromkeys(captions))
    if bios:
        out["author_bio"] = bios[0]
    if tags:
        out["tags"] = tags[: settings().max_tags]
    return out

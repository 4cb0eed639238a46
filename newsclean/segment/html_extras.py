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

# class/id words of author-bio boxes and of tag/topic link lists (matched as substrings)
_BIO_XPATH = etree.XPath(
    "//*[self::div or self::section or self::aside or self::footer or self::p]"
    "[contains(translate(@class,'ABCDEFGHIJKLMNOPQRSTUVWXYZ_','abcdefghijklmnopqrstuvwxyz-'),'author-bio')"
    " or contains(translate(@class,'ABCDEFGHIJKLMNOPQRSTUVWXYZ_','abcdefghijklmnopqrstuvwxyz-'),'about-author')"
    " or contains(translate(@class,'ABCDEFGHIJKLMNOPQRSTUVWXYZ_','abcdefghijklmnopqrstuvwxyz-'),'author-info')"
    " or contains(translate(@class,'ABCDEFGHIJKLMNOPQRSTUVWXYZ_','abcdefghijklmnopqrstuvwxyz-'),'author-box')"
    " or contains(translate(@class,'ABCDEFGHIJKLMNOPQRSTUVWXYZ_','abcdefghijklmnopqrstuvwxyz-'),'author-description')"
    " or contains(translate(@id,'ABCDEFGHIJKLMNOPQRSTUVWXYZ_','abcdefghijklmnopqrstuvwxyz-'),'author-bio')]")
_TAGS_XPATH = etree.XPath(
    "//*[self::div or self::ul or self::p or self::nav or self::section]"
    "[contains(translate(@class,'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz'),'tags')"
    " or contains(translate(@class,'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz'),'topics')"
    " or contains(translate(@class,'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz'),'keywords')]//a")
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
        bios = [t for t in (_text(el) for el in _BIO_XPATH(tree)[:3]) if len(t.split()) >= BIO_MIN_WORDS]
        tags = []
        for el in _TAGS_XPATH(tree)[: MAX_TAGS * 2]:
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

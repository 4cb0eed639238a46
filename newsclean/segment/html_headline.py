"""The post under the page's own headline: one more candidate for the main content.

trafilatura sometimes takes a sidebar box (an "About me" profile, the author's bio, a
widget of the blog's motto) for the main content when the post itself is short: a photo
post's line, a list of links, a micro post. When no candidate gives an article, the page's
headline still tells where the post is: a heading (``<h1>``-``<h6>``) whose text is the
page's declared headline or a part of its ``<title>`` ("Blog name » My New Project"), and
the post is the smallest element around that heading that holds text of its own besides
it (the post's container, not the page's). That container's HTML is given to trafilatura
as one more candidate; the same stages and gate judge it.

>>> from lxml import html
>>> page = html.fromstring("<html><head><title>Blog: A walk in the park</title></head><body>"
...     "<div id='side'><h2>About me</h2><p>I write about walks and parks and cities.</p></div>"
...     "<div class='post'><h3>A walk in the park</h3><p>We walked for an hour today.</p></div>"
...     "</body></html>").getroottree()
>>> heading, post = headline_post(page, [])
>>> heading.text, post.get("class")
('A walk in the park', 'post')
"""

from __future__ import annotations

from typing import Any

import regex

from newsclean.settings import settings

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# the separators of a <title>'s parts ("Blog name » Archive » Post", "Post | Site", "Site: Post")
_TITLE_PARTS = regex.compile(r"\s(?:\||::|—|–|-|·|»)\s|:\s")
_NOT_WORD = regex.compile(r"[^\p{L}\p{N}]+")
_WORD = regex.compile(r"[\p{L}\p{N}]+")


def _key(text: str | None) -> str:
    return _NOT_WORD.sub(" ", text or "").strip().casefold()


def _title_keys(tree: Any, headlines: list[str]) -> set[str]:
    """The keys of the page's headlines: the declared ones and the parts of its ``<title>``."""
    keys = {_key(h) for h in headlines}
    title = tree.find(".//title")
    if title is not None:
        text = title.text_content()
        keys.add(_key(text))
        keys.update(_key(part) for part in _TITLE_PARTS.split(text))
    keys.discard("")
    return keys


def _own_words(el: Any, heading: Any) -> int:
    """Words of ``el``'s text outside ``heading`` and outside links."""
    words = 0
    for node in el.iter():
        if not isinstance(node.tag, str):
            continue
        if node.text and not _left_out(node, heading):
            words += len(_WORD.findall(node.text))
        parent = node.getparent()
        if node is not el and node.tail and parent is not None and not _left_out(parent, heading):
            words += len(_WORD.findall(node.tail))
    return words


def _left_out(node: Any, heading: Any) -> bool:
    """Is ``node`` the heading or a link, or inside one?"""
    return any(n is heading or n.tag == "a" for n in (node, *node.iterancestors()))


def headline_post(tree: Any, headlines: list[str]) -> tuple[Any, Any] | None:
    """(the headline, the element holding the post under it), or None.

    The headline is the last heading whose text is one of ``headlines`` (the page's declared
    headlines) or a part of its ``<title>``, among those of the most words (a blog's name is
    a part of every title of the blog and usually shorter than a post's headline). Its post
    is its nearest ancestor holding ``headline_post_min_words`` words of its own outside
    links; none when that ancestor would be the page's ``<body>``."""
    keys = _title_keys(tree, headlines)
    if not keys:
        return None
    best, best_words = None, 0
    for el in tree.iter(_HEADINGS):
        key = _key(el.text_content())
        if key in keys:
            words = len(key.split())
            if words >= best_words:
                best, best_words = el, words
    if best is None:
        return None
    for up in best.iterancestors():
        if up.tag in ("body", "html"):
            return None
        if _own_words(up, best) >= settings().headline_post_min_words:
            return best, up
    return None

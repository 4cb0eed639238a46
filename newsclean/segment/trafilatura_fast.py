"""trafilatura's author and tag search, with its own expressions evaluated faster.

trafilatura looks for a page's author (``metadata.extract_author``) and tags
(``extract_catstags("tag", ...)``) with lists of XPath expressions whose EXSLT
``re:test()`` calls go back to Python once per element and test; on pages that declare no
author this was about a tenth of our HTML path's time. Here the same expressions, read from
the installed trafilatura at import, are evaluated by :mod:`newsclean.segment.xpath_subset`
(candidates found in C, predicates tested in Python once per distinct attribute value); an
expression it cannot read keeps lxml's evaluation. The steps around them (pruning a copy of
the tree, the first element with a plausible text, trafilatura's own text helpers) follow
the documented behaviour of those functions, so the answers are the same
(tests/segment/test_trafilatura_fast.py compares them on crafted pages).

>>> import lxml.html
>>> page = lxml.html.fromstring('<html><body><div class="comments"><span class="author">Reader</span>'
...     '</div><p class="byline-author">Ann Lee</p><p>Text.</p></body></html>')
>>> extract_author(page)
'Ann Lee'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from copy import deepcopy
from typing import Any

from lxml import etree

from newsclean.segment.trafilatura_adapter import (
    AUTHOR_DISCARD_XPATHS,
    AUTHOR_XPATHS,
    TAGS_XPATHS,
    block_text,
    delete_element,
    line_processing,
    normalize_authors,
    trim,
)
from newsclean.segment.xpath_subset import UnsupportedXPath, child_tests, compile_xpaths

Finder = Callable[..., list]

# an author text is plausible between these lengths (trafilatura's limit for authors)
_AUTHOR_MIN, _AUTHOR_MAX = 2, 120
# a tag link's address names a tag folder: /tag/, /tags/, /tagy/, /tagies/
_TAG_HREF = re.compile(r"/tag(?:y|ies|s)?/")
# every such address holds "/tag": without one on the page no expression can give a tag
_ANY_TAG_LINK = etree.XPath("/descendant::a[contains(@href, '/tag')]")


def _finders(expressions: Sequence[Any]) -> list[Finder]:
    """Each expression as a callable ``find(tree, shared)``: ours when it calls re:test()
    (Python callbacks in lxml), else lxml's (libxml2 alone is fastest then)."""
    with_regex = [xp for xp in expressions if "re:" in getattr(xp, "path", "")]
    try:
        ours = dict(zip((id(xp) for xp in with_regex), compile_xpaths([xp.path for xp in with_regex]), strict=True))
    except UnsupportedXPath:
        ours = {}
    return [ours.get(id(xp)) or (lambda tree, shared=None, xp=xp: xp(tree)) for xp in expressions]


_DISCARD = _finders(AUTHOR_DISCARD_XPATHS)
_AUTHOR = _finders(AUTHOR_XPATHS)
_TAGS = _finders(TAGS_XPATHS)


def _read_by_attributes(expressions: Sequence[Any]) -> frozenset[str] | None:
    """The element names whose text the expressions read (see ``child_tests``), or None when
    one of them is beyond the subset (it might read anything)."""
    try:
        return child_tests([xp.path for xp in expressions])
    except UnsupportedXPath:
        return None


# what the discard and author expressions read besides names and attributes
_CHILD_TESTS = _read_by_attributes((*AUTHOR_DISCARD_XPATHS, *AUTHOR_XPATHS))


def extract_author(tree: Any) -> str | None:
    """The author text trafilatura finds in ``tree`` (left unchanged), normalised, or None.

    trafilatura searches a copy of the page from which the discard expressions removed
    comment sections, dates and figures. When those expressions and the author ones test
    only element names and attributes, the search runs on the page itself: a candidate is
    one the copy would hold (nothing it sits in is discarded), with the same text when
    nothing inside it is discarded; on the one candidate whose text the pruning would
    change, the search goes to the copy. Most pages without a byline have no candidate
    outside their discarded parts, and no copy is made."""
    if _CHILD_TESTS is None or (_CHILD_TESTS and next(tree.iter(*_CHILD_TESTS), None) is not None):
        return _author_in_copy(tree)
    shared: dict = {}
    discarded: set | None = None
    for find in _AUTHOR:
        for el in find(tree, shared):
            if discarded is None:
                discarded = {d for find_discarded in _DISCARD for d in find_discarded(tree)}
            if el in discarded or any(a in discarded for a in el.iterancestors()):
                continue
            if any(d in discarded for d in el.iterdescendants()):
                return _author_in_copy(tree)
            content = trim(" ".join(el.itertext()))
            if content and _AUTHOR_MIN < len(content) < _AUTHOR_MAX:
                return normalize_authors(None, content)
    return None


def _author_in_copy(tree: Any) -> str | None:
    """trafilatura's search as it runs: on a copy of the page pruned by the discard expressions."""
    subtree = deepcopy(tree)
    for find in _DISCARD:  # each expression on what the previous ones left
        for el in find(subtree):
            delete_element(el)
    shared: dict = {}  # the author expressions' candidates, found once in the pruned copy
    for find in _AUTHOR:
        for el in find(subtree, shared):
            content = trim(" ".join(el.itertext()))
            if content and _AUTHOR_MIN < len(content) < _AUTHOR_MAX:
                return normalize_authors(None, content)
    return None


def extract_tags(tree: Any) -> list[str]:
    """The tag link texts trafilatura finds: those of the first expression giving any."""
    found: list[str] = []
    if not _ANY_TAG_LINK(tree):
        return found
    shared: dict = {}
    for find in _TAGS:
        found.extend(block_text(el) for el in find(tree, shared) if _TAG_HREF.search(el.get("href") or ""))
        if found:
            break
    return [t for t in dict.fromkeys(line_processing(x) for x in found if x) if t]

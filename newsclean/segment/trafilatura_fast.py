"""trafilatura's author and tag search and its JSON-LD reader, evaluated faster.

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

import json
import re
from collections.abc import Callable, Sequence
from copy import deepcopy
from html import unescape
from typing import Any

import regex
from lxml import etree

from newsclean.segment.trafilatura_adapter import (
    AUTHOR_DISCARD_XPATHS,
    AUTHOR_XPATHS,
    HTML_STRIP_TAGS,
    JSON_UNICODE_REPLACE,
    TAGS_XPATHS,
    block_text,
    delete_element,
    extract_json,
    extract_json_parse_error,
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


# trafilatura's JSON-LD reader (``metadata.extract_meta_json``) takes out the whitespace
# outside the blocks' strings with ``("(?:\\.|[^"\\])*")|\s`` (a string's characters
# matched one by one, a replacement per whitespace character) and drops surrogates with a
# Python loop over every character: most of its time. The same language here, a string's
# runs at once (possessive: a string that does not close fails without backtracking, as
# trafilatura's does, its tokens being unambiguous), whitespace in runs (``re``'s ``\s``
# holds U+001C..U+001F, ``regex``'s does not), surrogates by a character class.
_JSON_MINIFY = regex.compile(r'("(?:[^"\\]++|\\.)*+")|[\s\x1c-\x1f]+')
_SURROGATES = regex.compile("[\ud800-\udfff]")
_JSON_SCRIPTS = etree.XPath('.//script[@type="application/ld+json" or @type="application/settings+json"]')


def _normalize_json(string: str) -> str:
    """trafilatura's ``normalize_json``: escapes undone, surrogates and tags dropped, trimmed."""
    if "\\" in string:
        string = string.replace("\\n", "").replace("\\r", "").replace("\\t", "")
        string = JSON_UNICODE_REPLACE.sub(lambda match: chr(int(match[1], 16)), string)
        string = _SURROGATES.sub("", string)
        string = unescape(string)
    return trim(HTML_STRIP_TAGS.sub("", string))


def extract_meta_json(tree: Any, metadata: Any) -> Any:
    """trafilatura's ``extract_meta_json`` (the page's JSON-LD read into ``metadata``), with
    the same steps done faster (tests/segment/test_trafilatura_fast.py compares them)."""
    for elem in _JSON_SCRIPTS(tree):
        if not elem.text:
            continue
        element_text = _normalize_json(_JSON_MINIFY.sub(r"\1", elem.text))
        try:
            # (as trafilatura: control characters inside strings are read, not refused)
            schema = json.loads(element_text, strict=False)
            metadata = extract_json(schema, metadata)
        except json.JSONDecodeError:
            metadata = extract_json_parse_error(element_text, metadata)
    return metadata

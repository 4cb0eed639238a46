"""trafilatura's ``extract_author`` and tag search without its EXSLT regular expressions.

trafilatura finds a page's author with XPath expressions whose ``re:test()`` calls go
back from libxml2 to Python once per element and per test: about 9 ms a page, a tenth
of the HTML path's time on the pages that declare no author. :func:`extract_author`
gives the same answer by testing the same conditions on each element in one Python
walk, on the same pruned copy of the tree (the pruning deletes with trafilatura's own
``delete_element``, so the text joins exactly as in trafilatura).

:func:`extract_tags` is trafilatura's ``extract_catstags("tag", tree)`` with its one
``re:test(@class, '^(?:tag|postmeta|meta)')`` written as three ``starts-with()`` tests.

Each applies only to the expressions it was written for: when the installed trafilatura
has different ones, trafilatura's own function is used.

>>> import lxml.html
>>> page = lxml.html.fromstring('<html><body><div class="comments"><span class="author">Reader</span>'
...     '</div><p class="byline-author">Ann Lee</p><p>Text.</p></body></html>')
>>> extract_author(page)
'Ann Lee'
"""

from __future__ import annotations

import re
from copy import deepcopy
from typing import Any, Callable

from lxml import etree
from trafilatura import metadata as tmeta
from trafilatura import xpaths
from trafilatura.baseline import block_text
from trafilatura.json_metadata import normalize_authors
from trafilatura.utils import line_processing, trim
from trafilatura.xml import delete_element

# the expressions this module reproduces (whitespace collapsed)
_EXPECTED_DISCARD = (
    ".//*[self::a or self::div or self::section or self::span][ @id='comments' or @class='comments' or "
    "@class='title' or @class='date' or re:test(@id, '^comments|comment-?list|ProductReviews') or "
    "re:test(@class, '^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|"
    "article-(?:share|support)|print|category|meta-date|meta-reviewer') or contains(@data-component, 'Figure')]",
    "//time|//figure",
)
_EXPECTED_AUTHOR = (
    "//*[self::a or self::address or self::div or self::link or self::p or self::span or self::strong][ "
    "@rel='author' or @id='author' or @class='author' or @itemprop='author name' or rel='me' or "
    "@data-testid='AuthorCard' or @data-testid='AuthorURL' or re:test(@class, 'author-?name|AuthorName|authorName')]"
    "|//author",
    "//*[self::a or self::div or self::h3 or self::h4 or self::p or self::span][ @class='byline' or "
    "@class='username' or @class='byl' or @class='BBL' or contains(@itemprop, 'author') or "
    "re:test(@id, 'author|zuozhe|bianji|xiaobian') or re:test(@class, "
    "'author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name')]",
    "//*[ contains(@data-component, 'Byline') or contains(@itemprop, 'author') or re:test(@id, '[Aa]uthor') or "
    "re:test(@class, '[Aa]uthor|screenname|writer|[Bb]yline')]",
)


def _normalised(paths: list[str]) -> tuple[str, ...]:
    return tuple(" ".join(p.split()) for p in paths)


def _matches_installed() -> bool:
    try:
        discard = _normalised([x.path for x in xpaths.AUTHOR_DISCARD_XPATHS])
        author = _normalised([x.path for x in xpaths.AUTHOR_XPATHS])
    except AttributeError:
        return False
    return discard == _normalised(list(_EXPECTED_DISCARD)) and author == _normalised(list(_EXPECTED_AUTHOR))


_DISCARD_TAGS = frozenset({"a", "div", "section", "span"})
_DISCARD_ID = re.compile("^comments|comment-?list|ProductReviews")
_DISCARD_CLASS = re.compile("^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|"
                            "article-(?:share|support)|print|category|meta-date|meta-reviewer")
_TAGS_1 = frozenset({"a", "address", "div", "link", "p", "span", "strong"})
_CLASS_1 = re.compile("author-?name|AuthorName|authorName")
_TAGS_2 = frozenset({"a", "div", "h3", "h4", "p", "span"})
_ID_2 = re.compile("author|zuozhe|bianji|xiaobian")
_CLASS_2 = re.compile("author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name")
_ID_3 = re.compile("[Aa]uthor")
_CLASS_3 = re.compile("[Aa]uthor|screenname|writer|[Bb]yline")


# the only elements the expressions can select: those with one of the attributes they test,
# a <rel> child, or named <author> (attribute tests in C; the conditions themselves in Python)
_CANDIDATES = etree.XPath("//*[@class or @id or @itemprop or @rel or @data-testid or @data-component or rel]|//author")


_DISCARD_CANDIDATES = etree.XPath(
    ".//*[self::a or self::div or self::section or self::span][@id or @class or @data-component]")


def _discarded(el: Any) -> bool:
    if el.tag not in _DISCARD_TAGS:
        return False
    ident, cls = el.get("id"), el.get("class")
    return (ident == "comments" or cls in ("comments", "title", "date")
            or _DISCARD_ID.search(ident or "") is not None or _DISCARD_CLASS.search(cls or "") is not None
            or "Figure" in (el.get("data-component") or ""))


# every class or id any of the author conditions accepts holds one of these
_ANY_WORDS = ("author", "Author", "name", "Name", "byl", "BBL", "channel-name", "zuozhe", "bianji", "xiaobian",
              "submitted-by", "posted-by", "journalist-name", "screenname", "writer", "Byline")
_NO = (False, False, False)


def _levels(el: Any, rel_me: set) -> tuple[bool, bool, bool]:
    """Whether the element is selected by each of the three author expressions (``rel_me``:
    the elements with a child <rel> whose text is "me", XPath's ``rel='me'``)."""
    tag = el.tag
    cls = el.get("class")
    ident = el.get("id")
    itemprop = el.get("itemprop")
    testid = el.get("data-testid")
    component = el.get("data-component")
    if not ((cls and any(w in cls for w in _ANY_WORDS)) or (ident and any(w in ident for w in _ANY_WORDS))
            or itemprop or testid
            or component or tag == "author" or el.get("rel") == "author" or el in rel_me):
        return _NO
    first = tag == "author" or (tag in _TAGS_1 and (
        el.get("rel") == "author" or ident == "author" or cls == "author" or itemprop == "author name"
        or testid in ("AuthorCard", "AuthorURL") or _CLASS_1.search(cls or "") is not None or el in rel_me))
    author_prop = "author" in (itemprop or "")
    second = tag in _TAGS_2 and (
        cls in ("byline", "username", "byl", "BBL") or author_prop or _ID_2.search(ident or "") is not None
        or _CLASS_2.search(cls or "") is not None)
    third = ("Byline" in (component or "") or author_prop or _ID_3.search(ident or "") is not None
             or _CLASS_3.search(cls or "") is not None)
    return first, second, third


_REL_ME = etree.XPath("//*[rel='me']")


def _extract_author(tree: Any) -> str | None:
    subtree = deepcopy(tree)
    # AUTHOR_DISCARD_XPATHS, in order, each evaluated on the tree the previous one left
    for el in [e for e in _DISCARD_CANDIDATES(subtree) if _discarded(e)]:
        delete_element(el)
    for el in list(subtree.iter("time", "figure")):
        delete_element(el)
    # AUTHOR_XPATHS: the first element of the first expression with a plausible text
    found: tuple[list, list, list] = ([], [], [])
    rel_me = set(_REL_ME(subtree))
    for el in _CANDIDATES(subtree):
        for level, hit in zip(found, _levels(el, rel_me)):
            if hit:
                level.append(el)
    for level in found:
        for el in level:
            content = trim(" ".join(el.itertext()))
            if content and 2 < len(content) < 120:
                return normalize_authors(None, content)
    return None


extract_author: Callable[[Any], str | None] = _extract_author if _matches_installed() else tmeta.extract_author


_EXPECTED_TAGS = (
    "//div[@class='tags']//a[@href]",
    "//p[starts-with(@class, 'entry-tags')]//a[@href]",
    "//div[@class='row' or @class='jp-relatedposts' or @class='entry-utility' or "
    "re:test(@class, '^(?:tag|postmeta|meta)')]//a[@href]",
    "//*[@class='entry-meta' or contains(@class, 'topics') or contains(@class, 'tags-links')]//a[@href]",
)
_TAG_HREF = re.compile("/tag(?:y|ies|s)?/")
_LEVEL_3_CLASSES = ("row", "jp-relatedposts", "entry-utility")
_LEVEL_3_STARTS = ("tag", "postmeta", "meta")


def _tag_containers(tree: Any) -> tuple[list, list, list, list]:
    """The elements whose links each of the four expressions selects (``//C//a[@href]``),
    in document order, found in one walk (re.search with "^" is str.startswith)."""
    found: tuple[list, list, list, list] = ([], [], [], [])
    for el in tree.iter(etree.Element):
        cls = el.get("class")
        if cls is None:
            continue
        tag = el.tag
        if tag == "div":
            if cls == "tags":
                found[0].append(el)
            if cls in _LEVEL_3_CLASSES or cls.startswith(_LEVEL_3_STARTS):
                found[2].append(el)
        elif tag == "p" and cls.startswith("entry-tags"):
            found[1].append(el)
        if cls == "entry-meta" or "topics" in cls or "tags-links" in cls:
            found[3].append(el)
    return found


def _links_under(containers: list, order: dict) -> list:
    """``containers//a[@href]``: each link once, in document order."""
    links = {a for c in containers for a in c.iterdescendants("a") if a.get("href") is not None}
    return sorted(links, key=order.__getitem__)


def _tags_match_installed() -> bool:
    try:
        return _normalised([x.path for x in xpaths.TAGS_XPATHS]) == _normalised(list(_EXPECTED_TAGS))
    except AttributeError:
        return False


def _extract_tags(tree: Any) -> list[str]:
    results: list[str] = []
    order: dict | None = None
    for containers in _tag_containers(tree):
        if not containers:
            continue
        if order is None:
            order = {a: i for i, a in enumerate(tree.iter("a"))}
        results.extend(block_text(el) for el in _links_under(containers, order)
                       if _TAG_HREF.search(el.attrib["href"]))
        if results:
            break
    return [r for r in dict.fromkeys(line_processing(x) for x in results if x) if r]


def _trafilatura_tags(tree: Any) -> list[str]:
    return tmeta.extract_catstags("tag", tree)


extract_tags: Callable[[Any], list[str]] = _extract_tags if _tags_match_installed() else _trafilatura_tags

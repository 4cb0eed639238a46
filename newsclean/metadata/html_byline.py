"""The byline the page shows beside the story (never a teaser's, a comment's or a rail's) and
the people it credits: co-authors in boxes of one markup or one per line, the byline row's
raw text, an editor credited as such, a person matched whatever the initials."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import regex
from lxml import etree

from newsclean import rules
from newsclean.metadata import bylines
from newsclean.metadata.bylines.names import one_edit_apart
from newsclean.metadata.html_shared import _norm
from newsclean.settings import settings

# elements that mark a visible byline: class/id/rel/itemprop naming the author or byline
_BYLINE_ATTR = regex.compile(
    r"(?<![a-z])(?:byline|by-line|author|authors|writer|creator|contributor)s?(?:[-_]?(?:name|names|link|info|fmt|text))?(?![a-z])"
)

# a literal every match of _BYLINE_ATTR holds, tested one by one in _find_credit ("byline"
# and "by-line", not "by", which every "body" holds)
_BYLINE_ATTR_WORDS = ("byline", "by-line", "author", "writer", "creator", "contributor")

_NOT_BYLINE_ATTR = regex.compile(
    r"related|recommend|teaser|promo|comment|more-from|(?<!h-)(?<!h)card|rail|sidebar|widget|bio|avatar|image|photo|img|follow|social|view|count|date|time"
    r"|latest|popular|trending|most-?read"
)

# boxes of other stories: their bylines are the teasers' ("tab-latest-contributors", "most-read")
_TEASER_BOX_ATTR = regex.compile(
    r"related|recommend|teaser|promo|comment|rail|sidebar|latest|popular|trending|most-?read"
)

_TEASER_ANCESTORS = frozenset({"aside", "nav", "footer", "li", "figure", "figcaption"})


def _attrs(el) -> str:
    get = el.get
    return f"{get('class') or ''} {get('id') or ''} {get('rel') or ''} {get('itemprop') or ''}".casefold()


def _in_teaser(el, wrappers: frozenset = frozenset(), boxes: dict | None = None) -> bool:
    """Whether the element sits in a list item, an aside, a nav or footer, or a related-links box.

    ``boxes``: a memo of the ancestors already judged (whether each is such a box), for a
    caller asking about several elements of one page: they share most of their ancestors."""
    for anc in el.iterancestors():
        teaser = boxes.get(anc) if boxes is not None else None
        if teaser is None:
            tag = anc.tag if isinstance(anc.tag, str) else ""
            if tag in _TEASER_ANCESTORS:
                teaser = True
            else:
                a = _attrs(anc)
                teaser = bool(a and _NOT_BYLINE_ATTR.search(a) and _TEASER_BOX_ATTR.search(a) and anc not in wrappers)
            if boxes is not None:
                boxes[anc] = teaser
        if teaser:
            return True
    return False


# elements a browser shows on a line of their own: their text never runs into a neighbour's
_BLOCK_TAGS = frozenset(
    {"div", "p", "br", "li", "ul", "ol", "section", "header", "footer", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "tr"}
)


def _block_text(el) -> str:
    """The element's text with a space where a block-level child starts or ends (a short element:
    text_content() would glue "ERIC TUCKER" in one box to "Associated Press" in the next)."""
    parts: list[str] = []
    _collect_text(el, parts, 0)
    return _norm("".join(parts))


def _glued(parts: list[str], following: str | None) -> bool:
    """Whether the text after an element boundary would run into the word before it: a word
    ending in a small letter, then a capital ("Ann Lee" + "Follow", "Ann Lee" + "Ann Lee")."""
    if not following or not parts or not following[:1].isupper():
        return False
    before = parts[-1][-1:]
    return before.islower() or (before.isupper() and following[1:2].islower())


def _collect_text(el, parts: list[str], depth: int, gap: str = " ") -> None:
    block = isinstance(el.tag, str) and el.tag in _BLOCK_TAGS
    if block:
        parts.append(gap)
    if isinstance(el.tag, str) and el.text:
        parts.append(el.text)
    for child in el:
        # two elements side by side print two words, whatever the markup's spacing: a name
        # and the button after it ("Ann Lee" "Follow"), a name printed in two forms for two
        # screen sizes ("Ann Lee" "Ann Lee"); never one word "Ann LeeFollow"
        if isinstance(child.tag, str) and _glued(parts, child.text if child.text else child.text_content()):
            parts.append(" ")
        if depth < settings().max_text_depth:
            _collect_text(child, parts, depth + 1, gap)
        elif isinstance(child.tag, str):
            parts.append(child.text_content())
        if child.tail:
            if _glued(parts, child.tail) and isinstance(child.tag, str):
                parts.append(" ")
            parts.append(child.tail)
    if block:
        parts.append(gap)


def _story_wrappers(root) -> frozenset:
    """The elements that wrap the story itself: <body>, <html> and the boxes holding the page's
    <h1> (a layout's classes such as "one-sidebar" name the page, not a teaser box)."""
    found = set()
    for h1 in root.iter("h1"):
        found.update(h1.iterancestors())
        break
    found.update(el for el in (root, root.find("body")) if el is not None)
    return frozenset(found)


def _visible_byline(root) -> list[str]:
    """Author names from the first visible byline element (see :func:`_visible_credit`)."""
    return _visible_credit(root)[0]


def _block_lines(el) -> list[str]:
    """The element's text as a browser breaks it: one entry per block-level run."""
    parts: list[str] = []
    _collect_text(el, parts, 0, "\n")
    return [line for line in (_norm(x) for x in "".join(parts).split("\n")) if line]


def _read_credit(el, text: str) -> list[str]:
    """The people a byline element credits.

    Its text is read whole ("By ANN LEE and BO KIM" over "Associated Press"), then line by
    line: co-authors printed one per line ("Ann Lee" / "Bo Chen", each perhaps with a job
    title) are several people, not one long name, and a name is never read across lines
    ("Ann Lee" over "London").
    """
    parsed = bylines.parse_byline(text)
    names: list[str] = []
    if parsed.authors and (bylines.looks_like_byline(text) or bylines.looks_like_name_line(text)):
        names = list(parsed.authors)
    lines = _block_lines(el)
    if len(lines) > 1:
        by_line: list[str] = []
        before = ""  # the line above, when it names no one
        for line in lines[: settings().max_author_tags]:
            p = bylines.parse_byline(line)
            if p.authors and before and not (bylines.is_lone_marker(before) or bylines.looks_like_job_title(before)):
                # a role label over the name ("words" / "Ann Lee" / "design" / "Bo Chen"): each
                # line's role is the label's, which the lines alone do not tell
                by_line = []
                break
            before = "" if p.authors else line
            # a line that credits: opened by its name or by an author's marker ("By", "Von"),
            # not a filing line that names sections ("Posted to Hot Stuff, Video Games on ...")
            if (
                p.authors
                and (bylines.looks_like_byline(line) or bylines.looks_like_name_line(line))
                and (line.casefold().startswith(p.authors[0].casefold()) or bylines.opens_with_author_marker(line))
            ):
                by_line.extend(n for n in p.authors if not _has_person(by_line, n))
        folded = [line.casefold() for line in lines]
        if len(by_line) > len(names) or (
            # a name read across two lines ("Ann Lee" over "London" is no "Ann Lee London")
            by_line and any(not any(n.casefold() in line for line in folded) for n in names)
        ):
            names = by_line
    return names


def _visible_credit(root) -> tuple[list[str], str | None]:
    """Author names from the first visible byline element and its text (see :func:`_find_credit`)."""
    names, text, _ = _find_credit(root)
    return names, text


def _byline_elements(root) -> Iterator[tuple[Any, str]]:
    """The page's visible byline elements (class/id/rel/itemprop author or byline) in order,
    each with its text (the boxes inside it apart): never one in a list, an aside, a footer
    or a related-stories box, which is a teaser's."""
    seen = 0
    wrappers: frozenset | None = None  # read once, at the first element that needs it
    boxes: dict = {}  # the ancestors judged by _in_teaser
    # in document order, read lazily: the search most often stops at the page's first byline
    # element, where an XPath ("descendant-or-self::*[@class or ...]") makes every one first
    for el in root.iter(etree.Element):
        get = el.get
        cls, id_, rel, prop = get("class"), get("id"), get("rel"), get("itemprop")
        # only elements with one of the attributes read can match (the others' text is blank)
        if (cls is None and id_ is None and rel is None and prop is None) or el.tag in (
            "meta",
            "link",
            "script",
            "style",
            "head",
            "title",
        ):
            continue
        a = f"{cls or ''} {id_ or ''} {rel or ''} {prop or ''}".casefold()
        # the literals first (in C, no generator): most elements hold none of them
        if (
            not (
                "author" in a
                or "byline" in a
                or "by-line" in a
                or "writer" in a
                or "creator" in a
                or "contributor" in a
            )
            or not _BYLINE_ATTR.search(a)
            or _NOT_BYLINE_ATTR.search(a)
        ):
            continue
        seen += 1
        if seen > settings().max_byline_elements:
            break
        text = _norm(el.text_content() if hasattr(el, "text_content") else "".join(el.itertext()))
        if wrappers is None:
            wrappers = _story_wrappers(root)
        if not text or len(text) > settings().html_max_byline_chars or _in_teaser(el, wrappers, boxes):
            continue
        # the boxes inside a byline box are apart ("By ANN LEE and BO KIM" over "Associated Press")
        yield el, _block_text(el)


def _find_credit(root) -> tuple[list[str], str | None, Any]:
    """Author names from the first visible byline element (see :func:`_byline_elements`), that
    element's text and the element.

    The element's own text is parsed as a byline ("By Ann Lee, Staff Writer"). Co-authors'
    elements of the same kind beside it ("<div class=author>" twice) join.
    """
    for el, text in _byline_elements(root):
        names = _read_credit(el, text)
        if names:
            # a name element inside the byline box is more exact than the box's text
            # ("Tech Insider Alex Perry 1 day ago" holds <span class="author-name">Alex Perry</span>)
            inner = []
            for sub in el.iterdescendants():
                if not isinstance(sub.tag, str):
                    continue
                sa = _attrs(sub)
                if sa and _BYLINE_ATTR.search(sa) and not _NOT_BYLINE_ATTR.search(sa):
                    name = _norm(sub.text_content())
                    if name and bylines.looks_like_name_line(name):
                        inner.append(name)
            if inner:
                inner_names = bylines.normalise_author_list(inner)
                if inner_names:
                    names = inner_names
            names, texts = _with_peers(el, names, text)
            return names, " ".join(texts) if len(texts) > 1 else text, el
    return [], None, None


def _first_byline_text(root) -> str | None:
    """The text of the page's first visible byline element (see :func:`_byline_elements`)."""
    for _, text in _byline_elements(root):
        return text
    return None


def _shown_outlets(root) -> tuple[list[str], str | None]:
    """The agencies, desks or outlets the first visible byline element credits when it names no
    person ("By BBC News", "Von dpa", "Reuters Staff"), with its text; nothing when the first
    byline element that credits anyone names a person."""
    for el, text in _byline_elements(root):
        if _read_credit(el, text):
            return [], None
        if not (bylines.looks_like_byline(text) or len(text.split()) <= settings().outlet_byline_max_words):
            continue
        parsed = bylines.parse_byline(text)
        if parsed.authors:
            return [], None
        outlets = [c.name for c in parsed.contributors if c.role == "agency"]
        if outlets:
            return outlets[: settings().max_author_tags], text
    return [], None


def _markup(el) -> tuple:
    """An element's tag and the attributes that name its kind (class, rel, itemprop)."""
    return (el.tag, el.get("class"), el.get("rel"), el.get("itemprop"))


def _with_peers(el, names: list[str], text: str) -> tuple[list[str], list[str]]:
    """The byline element's people and those of the elements of its own kind after it in the
    same box, with the texts they were read from: co-authors each given a box of one markup
    ("<div class=author>Ann Lee</div> <div class=author>Bo Chen</div>")."""
    parent = el.getparent()
    texts = [text]
    kind = _markup(el)
    if parent is None or not any(kind[1:]):
        return names, texts
    names = list(names)
    found = False
    for peer in parent:
        if peer is el:
            found = True
            continue
        # (the same markup and a byline's attribute of its own: "tab-latest-contributors"
        # beside "tab-most-read" share a class, not a role)
        if not found or _markup(peer) != kind or not _BYLINE_ATTR.search(_attrs(peer)):
            continue
        if len(names) >= settings().max_author_tags:
            break
        peer_text = _block_text(peer)
        if not peer_text or len(peer_text) > settings().html_max_byline_chars:
            continue
        new = [n for n in _read_credit(peer, peer_text) if not _has_person(names, n)]
        if new:
            names.extend(new)
            texts.append(peer_text)
    return names, texts


_NAME_PUNCT = regex.compile(r"[^\p{L}\p{N}]+")


def _person_key(name: str) -> str:
    """A name compared loosely: case, accents and punctuation folded ("José Núñez" ~ "JOSE NUNEZ")."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return _NAME_PUNCT.sub(" ", folded).strip()


def _has_person(names: list[str], name: str) -> bool:
    key = _person_key(name)
    if not key:
        return False
    return any(
        _person_key(n) == key or _same_without_initials(n, name) or _same_spelling(n, name) or _initialled(n, name)
        for n in names
    )


def _initialled(a: str, b: str) -> bool:
    """Whether one spelling of a name cuts the first name to its initial ("A. Lee", "A Lee"
    for "Ann Lee"): the other words the same.

    >>> _initialled("A. Lee", "Ann Lee"), _initialled("Ann Lee", "A Lee"), _initialled("B. Lee", "Ann Lee")
    (True, True, False)
    """
    x, y = _person_key(a).split(), _person_key(b).split()
    if len(x) != len(y) or len(x) < 2 or x[1:] != y[1:]:
        return False
    short, full = sorted((x[0], y[0]), key=len)
    return len(short) == 1 and len(full) > 1 and full.startswith(short)


# German umlauts written out ("Mueller" for "Müller"): one spelling of the name, after the
# accents are folded ("müller" -> "muller")
_WRITTEN_UMLAUT = regex.compile(r"(?<=[bcdfghjklmnpqrstvwxz])(?:ae|oe|ue)")


@cache
def _honorifics() -> frozenset[str]:
    return frozenset(" ".join(e.casefold().split()) for e in rules.pattern_sources("name_honorifics"))


def _spelling_words(name: str) -> list[str]:
    """A name's words compared whatever their spelling: without a title before them ("Dr. Ann
    Lee"), accents folded and umlauts written out alike ("Mueller", "Müller")."""
    words = name.split()
    honorifics = _honorifics()
    while len(words) > 2 and words[0].casefold() in honorifics:
        words = words[1:]
    return [_WRITTEN_UMLAUT.sub(lambda m: m[0][0], w) for w in _person_key(" ".join(words)).split()]


def _same_spelling(a: str, b: str) -> bool:
    """Whether two names are one spelt otherwise (see :func:`_spelling_words`): hyphens and
    spaces inside names alike ("Anne-Marie", "Annemarie"), or two words in the other order
    ("Lee Ann" for "Ann Lee", where a CMS writes the family name first)."""
    x, y = _spelling_words(a), _spelling_words(b)
    if len(x) < 2 or len(y) < 2:
        return False
    if "".join(x) == "".join(y) or (len(x) == len(y) == 2 and x == y[::-1]):
        return True
    # a surname one letter apart under the same first names ("Maya Gebeily", "Maya Gebeilly")
    s, t = x[-1], y[-1]
    return (
        x[:-1] == y[:-1]
        and min(len(s), len(t)) >= settings().name_typo_min_chars
        and abs(len(s) - len(t)) <= 1
        and one_edit_apart(s, t)
    )


def _same_without_initials(a: str, b: str) -> bool:
    """Whether two spellings of a name differ only by middle initials ("Ann B. Lee", "Ann Lee"):
    the same first and last words and the same other words of two letters or more."""
    x, y = _person_key(a).split(), _person_key(b).split()
    if len(x) < 2 or len(y) < 2 or x == y or x[0] != y[0] or x[-1] != y[-1]:
        return False
    return [w for w in x[1:-1] if len(w) > 1] == [w for w in y[1:-1] if len(w) > 1]


def _credited_as_editor(root, name: str) -> bool:
    """Whether the page shows ``name`` with an editor's role ("Editor : Ann Lee") and never as an author.

    The name's element and a few of its ancestors (while short) are read as a byline: a
    CMS that fills JSON-LD ``author`` with the desk editor still prints the role beside it.
    """
    if not name.strip():
        return False
    editor = False
    try:
        found = root.xpath("//body//*[contains(text(), $n)]", n=name)
    except Exception:  # an XPath engine error on odd input: no evidence
        return False
    for el in found[: settings().max_name_elements]:
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "title", "noscript"):
            continue
        node = el
        for _ in range(settings().role_context_levels):
            if node is None:
                break
            text = _norm(node.text_content())
            if len(text) > settings().html_max_byline_chars:
                break
            if _person_key(text) == _person_key(name):
                node = node.getparent()  # the name alone (a link, a span): its role is around it
                continue
            parsed = bylines.parse_byline(text)
            if _has_person(list(parsed.authors), name):
                return False  # credited as an author somewhere: not (only) an editor
            if any(c.role == "editor" and _person_key(c.name) == _person_key(name) for c in parsed.contributors):
                editor = True
                break
            node = node.getparent()
    return editor


def _page_hosts(root, metas: dict[str, list[str]]) -> list[str]:
    """The host names of the page's declared address (``og:url``, ``<link rel=canonical>``)."""
    addresses = list(metas.get("og:url", [])[:1])
    for el in root.iter("link"):
        if (el.get("rel") or "").strip().casefold() == "canonical" and el.get("href"):
            addresses.append(el.get("href"))
            break
    hosts = []
    for address in addresses:
        host = urlsplit(address.strip()).hostname if "//" in address else None
        if host:
            hosts.append(host.removeprefix("www."))
    return hosts


def _with_coauthors(authors: list[str], others: list[list[str]]) -> list[str]:
    """The declared authors, or a longer list of the page's that names every one of them.

    A JSON-LD ``author`` often holds the first writer only while the author tags or the
    visible byline credit all ("Ann Lee, Tom Okafor and Bo Kim"): the co-authors join, in
    the longer list's order (the declared spelling kept for the declared people).
    """
    best = authors
    for names in others:
        if len(best) < len(names) <= settings().max_author_tags and all(_has_person(names, a) for a in authors):
            best = names
    if best is authors:
        return authors
    return [next((a for a in authors if _has_person([n], a)), n) for n in best]

"""Metadata a page declares in its HTML: JSON-LD, <meta> tags, <title>, <h1>, <time>.

:func:`read_page_metadata` reads a parsed page (an lxml tree) and returns the
candidates with where each came from, cleaned with the same recognisers as the
text path: the headline without the site-name suffix (preferring the wording of
an ``<h1>`` that matches a declared title), author names from JSON-LD ``Person``
nodes and author meta tags (organisations and agencies kept apart), and the
publication/modification times with their time and zone.

>>> import lxml.html
>>> page = lxml.html.fromstring('''<html><head><title>Storm closes schools | Daily Planet</title>
... <meta property="og:site_name" content="Daily Planet">
... <meta property="article:published_time" content="2022-01-07T15:04:00+00:00">
... <meta name="author" content="JANE DOE"></head>
... <body><h1>Storm closes schools</h1><p>Text.</p></body></html>''')
>>> m = read_page_metadata(page)
>>> m.title, m.authors, m.published.isoformat(), m.site_name
('Storm closes schools', ['Jane Doe'], '2022-01-07T15:04:00+00:00', 'Daily Planet')
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

import regex

from newsclean.metadata import bylines, dates, titles
from newsclean.settings import settings

DateValue = datetime | date

_WS = regex.compile(r"\s+")
_KEY = regex.compile(r"[^\p{L}\p{N}]+")
# JSON-LD wrapped for old parsers: "<![CDATA[ {...} ]]>", "<!-- {...} -->", "//<![CDATA[ ... //]]>"
_JSON_WRAPPER = regex.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")
# elements that mark a visible byline: class/id/rel/itemprop naming the author or byline
_BYLINE_ATTR = regex.compile(
    r"(?<![a-z])(?:byline|by-line|author|authors|writer|creator|contributor)s?(?:[-_]?(?:name|names|link|info|fmt|text))?(?![a-z])"
)
# a literal every match of _BYLINE_ATTR holds ("byline" and "by-line" hold "by"), tested
# one by one in _visible_byline
_BYLINE_ATTR_WORDS = ("by", "author", "writer", "creator", "contributor")
_NOT_BYLINE_ATTR = regex.compile(
    r"related|recommend|teaser|promo|comment|more-from|(?<!h-)(?<!h)card|rail|sidebar|widget|bio|avatar|image|photo|img|follow|social|view|count|date|time"
    r"|latest|popular|trending|most-?read"
)
# boxes of other stories: their bylines are the teasers' ("tab-latest-contributors", "most-read")
_TEASER_BOX_ATTR = regex.compile(
    r"related|recommend|teaser|promo|comment|rail|sidebar|latest|popular|trending|most-?read"
)
_TEASER_ANCESTORS = frozenset({"aside", "nav", "footer", "li", "figure", "figcaption"})
_ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "blogposting",
        "socialmediaposting",
        "liveblogposting",
        "techarticle",
        "scholarlyarticle",
        "report",
        "webpage",
        "itempage",
        "creativework",
        "videoobject",
    }
)
_ORG_TYPES = frozenset({"organization", "newsmediaorganization", "corporation", "organisation"})

# meta names/properties, strongest first
_TITLE_META = ("dc:title", "dcterm:title", "dc.title", "dcterms.title", "og:title", "twitter:title", "title")
# the section the page files the story under (stripped when glued to the end of a title)
_SECTION_META = ("article:section", "og:article:section", "section", "parsely-section", "content_category", "category")
_SITE_META = ("og:site_name", "application-name", "al:android:app_name", "twitter:site")
_AUTHOR_META = (
    "author",
    "article:author",
    "og:article:author",
    "dc.creator",
    "dc:creator",
    "dcterms.creator",
    "dcterms:creator",
    "byl",
    "sailthru.author",
    "parsely-author",
    "citation_author",
    "cxenseparse:author",
    "author_name",
    "articleauthor",
)
_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "pubdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "citation_publication_date",
    "original-publish-date",
    "article.published",
)
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified")


@dataclass(frozen=True)
class PageMeta:
    """Metadata declared by the page, each value with its source."""

    title: str | None = None
    title_source: str | None = None
    site_name: str | None = None
    authors: list[str] = field(default_factory=list)
    authors_source: str | None = None
    organisations: list[str] = field(default_factory=list)
    # the organisations credited as authors that are not the publisher: news agencies, desks,
    # other outlets ("dpa", "AP", "SDA"), as the page writes them, in the page's order
    agencies: list[str] = field(default_factory=list)
    # the publisher credited as the author ("DER SPIEGEL", "nieuwsblad.be"): the story's credit
    # only when nobody else is credited
    publisher_credit: str | None = None
    # the text of the byline element the authors were read from ("By ANN LEE and BO KIM Associated Press")
    byline_text: str | None = None
    # people the JSON-LD or the author tags declare as authors whom the page shows with an
    # editor's role ("Editor: Ann Lee") while its byline names someone else
    editors: list[str] = field(default_factory=list)
    published: DateValue | None = None
    published_source: str | None = None
    modified: DateValue | None = None
    # a date the page shows without declaring it: at the end of its <title> ("Headline -
    # Nov 6, 2012") or in a date or byline element of the story's head ("by Ann Lee, 19
    # October 2012"); a fallback for when nothing else dates the story
    shown_date: DateValue | None = None
    shown_date_source: str | None = None
    h1: list[str] = field(default_factory=list)
    # every headline the page declares as (source, text): the first <h1>, the JSON-LD headline,
    # the title meta tags, the <title>; entities decoded, the site name removed
    headlines: list[tuple[str, str]] = field(default_factory=list)


def _norm(text: Any) -> str:
    return _WS.sub(" ", text if isinstance(text, str) else "").strip()


def _key(text: str) -> str:
    return _KEY.sub("", text.casefold())


def _metas(tree) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for n, el in enumerate(tree.iter("meta")):
        if n >= settings().max_meta_tags:
            break
        name = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().casefold()
        content = _norm(el.get("content"))
        if name and content:
            out.setdefault(name, []).append(content)
    return out


def _first(metas: dict[str, list[str]], names) -> tuple[str | None, str | None]:
    for n in names:
        if metas.get(n):
            return metas[n][0], f"meta:{n}"
    return None, None


# --------------------------------------------------------------------------- JSON-LD

# JSON escapes of what text cannot hold: C0 controls ("\u0000") and lone surrogates
# ("\ud800" without its pair): a lone surrogate cannot be written as UTF-8 or JSON
_BAD_ESCAPE = regex.compile(r"\\u(?:00[01][0-9a-fA-F]|[dD][89a-fA-F][0-9a-fA-F]{2})")
_CONTROLS = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _clean_strings(data: Any, depth: int = 0) -> Any:
    """The decoded JSON with controls dropped and lone surrogates replaced (U+FFFD) in
    every string (rare: only for JSON whose text escapes such characters)."""
    if isinstance(data, str):
        data = _CONTROLS.sub("", data)
        return data.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if depth > 100:
        return data
    if isinstance(data, list):
        return [_clean_strings(x, depth + 1) for x in data]
    if isinstance(data, dict):
        return {k: _clean_strings(v, depth + 1) for k, v in data.items()}
    return data


def _jsonld_nodes(tree) -> Iterator[dict]:
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().casefold() != "application/ld+json":
            continue
        raw = (script.text or "")[: settings().max_jsonld_chars].strip()
        if raw.startswith(("<", "/")):
            raw = _JSON_WRAPPER.sub("", raw).strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):  # broken or absurdly nested JSON: no metadata from it
            continue
        if _BAD_ESCAPE.search(raw):
            data = _clean_strings(data)
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(reversed(graph))
                # a WebPage node holding its article ({"@type": "WebPage", "mainEntity": {...}})
                main = item.get("mainEntity")
                if isinstance(main, (dict, list)):
                    stack.append(main)


def _types(node: dict) -> set[str]:
    t = node.get("@type")
    items = t if isinstance(t, list) else [t]
    return {x.casefold() for x in items if isinstance(x, str)}


def _names(value: Any) -> tuple[list[str], list[str]]:
    """(people, organisations) named by a JSON-LD author value."""
    people: list[str] = []
    orgs: list[str] = []
    items = value if isinstance(value, list) else [value]
    for it in items:
        if isinstance(it, str):
            people.append(it)
        elif isinstance(it, dict):
            name = it.get("name")
            if isinstance(name, list):
                name = name[0] if name else None
            if not isinstance(name, str) or not name.strip():
                # a Person given by its parts ({"givenName": "Ann", "familyName": "Lee"})
                given, family = it.get("givenName"), it.get("familyName")
                parts = [x.strip() for x in (given, family) if isinstance(x, str) and x.strip()]
                name = " ".join(parts) if len(parts) == 2 else None
            if not isinstance(name, str):
                continue
            (orgs if _types(it) & _ORG_TYPES else people).append(name)
    return people, orgs


def _jsonld(tree) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for node in _jsonld_nodes(tree):
        types = _types(node)
        if not types & _ARTICLE_TYPES:
            if types & _ORG_TYPES and "publisher" not in found and isinstance(node.get("name"), str):
                found.setdefault("org_name", node["name"])
            continue
        is_page = types <= {"webpage", "itempage"}
        for key in ("headline", "name"):
            if isinstance(node.get(key), str) and _norm(node[key]) and not is_page:
                found.setdefault("headline", _norm(titles.decode_entities(node[key])))
                break
        # the node's name besides its headline (some pages put a description in "headline")
        if isinstance(node.get("name"), str) and _norm(node["name"]) and not is_page:
            found.setdefault("ld_name", _norm(titles.decode_entities(node["name"])))
        # a WebPage's author (often the site) gives way to its article's ({"@type": "WebPage",
        # "author": <the publisher>} beside {"@type": "NewsArticle", "author": <the writer>})
        slot = "page_authors" if is_page else "authors"
        if "author" in node and slot not in found:
            people, orgs = _names(node.get("author"))
            if people or orgs:
                found[slot], found[f"{slot}_orgs"] = people, orgs
        for key, slot in (("datePublished", "published"), ("dateCreated", "created"), ("dateModified", "modified")):
            if isinstance(node.get(key), str):
                found.setdefault(slot, node[key])
        section = node.get("articleSection")
        if isinstance(section, (str, list)) and "section" not in found:
            found["section"] = [s for s in (section if isinstance(section, list) else [section]) if isinstance(s, str)]
        pub = node.get("publisher")
        if isinstance(pub, dict) and isinstance(pub.get("name"), str):
            found.setdefault("publisher", pub["name"])
    if "authors" not in found and "page_authors" in found:
        found["authors"], found["authors_orgs"] = found["page_authors"], found["page_authors_orgs"]
    return found


# --------------------------------------------------------------------------- visible byline


def _attrs(el) -> str:
    get = el.get
    return f"{get('class') or ''} {get('id') or ''} {get('rel') or ''} {get('itemprop') or ''}".casefold()


def _in_teaser(el, wrappers: frozenset = frozenset()) -> bool:
    """Whether the element sits in a list item, an aside, a nav or footer, or a related-links box."""
    for anc in el.iterancestors():
        tag = anc.tag if isinstance(anc.tag, str) else ""
        if tag in _TEASER_ANCESTORS:
            return True
        a = _attrs(anc)
        if a and _NOT_BYLINE_ATTR.search(a) and _TEASER_BOX_ATTR.search(a) and anc not in wrappers:
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


def _collect_text(el, parts: list[str], depth: int, gap: str = " ") -> None:
    block = isinstance(el.tag, str) and el.tag in _BLOCK_TAGS
    if block:
        parts.append(gap)
    if isinstance(el.tag, str) and el.text:
        parts.append(el.text)
    for child in el:
        if depth < settings().max_text_depth:
            _collect_text(child, parts, depth + 1, gap)
        elif isinstance(child.tag, str):
            parts.append(child.text_content())
        if child.tail:
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


def _find_credit(root) -> tuple[list[str], str | None, Any]:
    """Author names from the first visible byline element (class/id/rel/itemprop author or
    byline), that element's text and the element.

    The element's own text is parsed as a byline ("By Ann Lee, Staff Writer"); an element
    in a list, an aside, a footer or a related-stories box is a teaser's, not the story's.
    Co-authors' elements of the same kind beside it ("<div class=author>" twice) join.
    """
    seen = 0
    wrappers: frozenset | None = None  # read once, at the first element that needs it
    # only elements with one of the attributes read can match (the others' text is blank)
    for el in root.xpath("descendant-or-self::*[@class or @id or @rel or @itemprop]"):
        if not isinstance(el.tag, str) or el.tag in ("meta", "link", "script", "style", "head", "title"):
            continue
        a = _attrs(el)
        # the literals first (in C, no generator): most elements hold none of them
        if (
            not ("by" in a or "author" in a or "writer" in a or "creator" in a or "contributor" in a)
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
        if not text or len(text) > settings().html_max_byline_chars or _in_teaser(el, wrappers):
            continue
        # the boxes inside a byline box are apart ("By ANN LEE and BO KIM" over "Associated Press")
        text = _block_text(el)
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


def _byline_row_date(root) -> DateValue | None:
    """The date printed in the story's byline row, beside the name ("<a rel=author>Ann Lee</a>
    on August 9, 2012 – 7:37 pm"): the byline element and its short ancestors read as a stamp."""
    _, _, el = _find_credit(root)
    node = el
    for _ in range(settings().role_context_levels + 1):
        if node is None or not isinstance(node.tag, str) or node.tag in ("body", "html", "article"):
            break
        text = _block_text(node)
        if len(text) > settings().max_shown_date_chars:
            break
        value = dates.parse_stamp(text).published
        if value is not None:
            return value
        node = node.getparent()
    return None


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
    return bool(key) and any(_person_key(n) == key or _same_without_initials(n, name) for n in names)


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


# --------------------------------------------------------------------------- shown dates

# elements that print the story's date: class/id/itemprop naming a date, a time stamp, the
# publication or the byline ("post-date", "entry-date", "published", "byline", "submitted")
# or the story's meta row, where blogs print the date beside the author and the comment count
# ("entry-meta", "post-details", "article-info")
_DATE_ATTR = regex.compile(
    r"(?<![a-z])(?:(?:date|dates|datetime|dateline|time|timestamp|published|pubdate|posted|byline|by-line|submitted)"
    r"(?:[-_]?(?:info|line|stamp|text|time))?|(?:post|entry|article|story)[-_]?(?:meta|details|info))(?![a-z])"
)
# a date element of a comment, an update stamp or a teaser box is not the story's date
_NOT_DATE_ATTR = regex.compile(r"comment|reply|update|modif|related|recommend|teaser|promo|rail|sidebar|widget|footer")
_TITLE_DATE_SEP = regex.compile(r"\s(?:\||-|–|—|·|::)\s")


def _title_date(page_title: str | None) -> DateValue | None:
    """A full date printed as the last part of the <title> ("Headline - Theater News - Nov 6, 2012")."""
    if not page_title:
        return None
    parts = _TITLE_DATE_SEP.split(page_title)
    if len(parts) < 2:
        return None
    last = parts[-1].strip()
    if not last or len(last) > settings().max_shown_date_chars or not dates.looks_like_date_line(last):
        return None
    return dates.parse_stamp(last).published


def _shown_date(root) -> DateValue | None:
    """The publication date in the first date or byline element of the page outside comments,
    teasers and update stamps ("Jul. 11, 2012", "Submitted by Ann Lee on October 26, 2012")."""
    seen = 0
    wrappers: frozenset | None = None
    for el in root.xpath("//body//*[@class or @id or @itemprop]"):
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "meta", "link", "time"):
            continue
        a = _attrs(el)
        if not (
            "date" in a
            or "time" in a
            or "pub" in a
            or "post" in a
            or "by" in a
            or "submitted" in a
            or "entry" in a
            or "article" in a
            or "story" in a
        ):
            continue
        if not _DATE_ATTR.search(a) or _NOT_DATE_ATTR.search(a):
            continue
        seen += 1
        if seen > settings().max_date_elements:
            break
        text = _norm(el.text_content())
        if wrappers is None:
            wrappers = _story_wrappers(root)
        if (
            not text
            or len(text) > settings().max_shown_date_chars
            or _in_teaser(el, wrappers)
            or _in_comments(el, wrappers)
        ):
            continue
        value = dates.parse_stamp(text).published
        if value is not None:
            return value
    return None


def _in_comments(el, wrappers: frozenset) -> bool:
    """Whether the element sits in a comment thread or a reply."""
    return any(
        anc not in wrappers and _NOT_DATE_ATTR.search(_attrs(anc))
        for anc in el.iterancestors()
        if isinstance(anc.tag, str)
    )


# --------------------------------------------------------------------------- title choice

# where a suffix may start after a headline: " | ", " - ", " _Section", " :: ", " @ "
_TITLE_SEP = regex.compile(r"\s+(?:\||::|—|–|-|·|»|/|@|_)|(?:\||::|—|–|·|»)\s+")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


def _words(text: str) -> int:
    """Words of a heading; a CJK character counts as half a word (no spaces between words)."""
    return max(len(text.split()), len(_CJK.findall(text)) // 2)


def _choose_title(
    candidates: list[tuple[str, str]],
    h1: list[str],
    site: str | None,
    page_title: str | None,
    sections: list[str] | None = None,
) -> tuple[str | None, str | None]:
    """The headline: an <h1> that a declared title agrees with, else the first declared title.

    An <h1> that the chosen title starts with, up to a separator, is the headline
    ("Headline | Author name", "Headline _Section _Site"). With only a <title>, an <h1>
    that the title starts with is the headline ("Headline - Author's blog"); without a
    declared title, the first <h1>.
    """
    stripped = [
        (titles.strip_section_suffix(titles.strip_site_suffix(t, site), sections or []), src)
        for t, src in candidates
        if t
    ]
    # the heading readers see, when a declared title agrees with it (og:title may be a social variant)
    for text, src in stripped:
        for h in h1:
            if _key(h) and _key(text) == _key(h):
                return h, f"{src}+h1"
    if stripped:
        text, src = stripped[0]
        if src == "title" and page_title:
            for h in h1:
                if _words(h) >= 3 and _key(h) and _key(page_title).startswith(_key(h)):
                    return h, "h1"
        # "Headline | Author name", "Headline _Section": an h1 that the declared title
        # starts with, up to a separator, is the headline and the rest a suffix
        for h in h1:
            if _words(h) >= 3 and _key(h) and _key(text) != _key(h) and _key(text).startswith(_key(h)):
                if any(_key(text[: m.start()]) == _key(h) for m in _TITLE_SEP.finditer(text)):
                    return h, f"{src}+h1"
        return text, src
    if h1:
        return h1[0], "h1"
    return None, None


def _headlines(
    h1: list[str],
    ld_headline: str | None,
    metas: dict[str, list[str]],
    page_title: str | None,
    site: str | None,
    sections: list[str] | None = None,
) -> list[tuple[str, str]]:
    """(source, text) of every headline the page declares, the visible <h1> first."""
    found: list[tuple[str, str]] = []
    if h1:
        found.append(("h1", h1[0]))
    if ld_headline:
        found.append(("json-ld", ld_headline))
    for name in _TITLE_META:
        for value in metas.get(name, [])[:1]:
            found.append((name, titles.decode_entities(value)))
    if page_title:
        found.append(("title", page_title))
    out = []
    for source, text in found:
        text = _norm(titles.strip_section_suffix(titles.strip_site_suffix(text, site), sections or []))
        if text:
            out.append((source, text))
    return out


def _sections(metas: dict[str, list[str]], ld: dict[str, Any]) -> list[str]:
    """The section names the page declares, each value and its comma-separated parts."""
    out: list[str] = []
    for value in [*(v for n in _SECTION_META for v in metas.get(n, [])[:3]), *(ld.get("section") or [])[:3]]:
        value = titles.decode_entities(_norm(value))
        for part in (value, *(p.strip() for p in value.split(",") if "," in value)):
            if part and part not in out:
                out.append(part)
    return out


def _same_moment(a: DateValue, b: DateValue) -> bool:
    """Whether two declared values are one moment (a bare date never equals a time)."""
    if isinstance(a, datetime) != isinstance(b, datetime):
        return False
    try:
        return a == b
    except TypeError:  # aware against naive
        return False


def _before(a: DateValue, b: DateValue) -> bool:
    """Whether ``a`` is earlier than ``b`` (compared by calendar day when either has no zone)."""
    try:
        if isinstance(a, datetime) and isinstance(b, datetime) and (a.tzinfo is None) == (b.tzinfo is None):
            return a < b
        da = a.date() if isinstance(a, datetime) else a
        db = b.date() if isinstance(b, datetime) else b
        return da < db
    except TypeError:
        return False


def read_page_metadata(tree) -> PageMeta:
    """Read the declared metadata of a parsed HTML page (an lxml element tree)."""
    if tree is None:
        return PageMeta()
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    metas = _metas(root)
    ld = _jsonld(root)

    site, _ = _first(metas, _SITE_META)
    site = site or ld.get("publisher") or ld.get("org_name")
    page_title = None
    for el in root.iter("title"):
        page_title = _norm(el.text_content() if hasattr(el, "text_content") else el.text)
        if page_title:
            break
    h1 = []
    for el in root.iter("h1"):
        text = _norm(el.text_content() if hasattr(el, "text_content") else "".join(el.itertext()))
        text = text.rstrip("¶#§ ").strip()  # permalink anchors glued to headings
        if text:
            h1.append(text)
        if len(h1) >= settings().max_h1:
            break
    candidates: list[tuple[str, str]] = []
    meta_title, meta_src = _first(metas, _TITLE_META)
    meta_title = titles.decode_entities(meta_title) if meta_title else meta_title
    page_title = titles.decode_entities(page_title) if page_title else page_title
    if ld.get("headline"):
        candidates.append((ld["headline"], "json-ld"))
    if meta_title:
        candidates.append((meta_title, meta_src or "meta"))
    if page_title:
        candidates.append((page_title, "title"))
    if ld.get("ld_name") and ld.get("ld_name") != ld.get("headline"):
        # only as an agreeing voice for an <h1>: never chosen alone over the declared titles
        agreeing = [h for h in h1 if _key(h) == _key(ld["ld_name"])]
        if agreeing:
            candidates.insert(0, (ld["ld_name"], "json-ld:name"))
    sections = _sections(metas, ld)
    title, title_source = _choose_title(candidates, h1, site, page_title, sections)
    headlines = _headlines(h1, ld.get("headline"), metas, page_title, site, sections)

    authors: list[str] = []
    authors_source = None
    orgs: list[str] = []
    publishers = [p for p in (site, ld.get("publisher"), ld.get("org_name")) if isinstance(p, str) and p.strip()]

    def credited_org(name: str) -> bool:
        """A declared author that names an agency or the publisher, not a person ("dpa", "AP")."""
        return bylines.is_agency(name) or any(titles.same_site(name, p) for p in publishers)

    def split_people(values: list, typed: bool = False) -> list[str]:
        people = []
        for value in values:
            name = _norm(value)
            if name and credited_org(name):
                if name not in orgs:
                    orgs.append(name)
            elif name:
                people.append(value)
                # a person and the agency beside her in one value ("Anna Berg, dpa", "Ann Lee/AP")
                credits = bylines.parse_byline(name).contributors
                for c in credits:
                    if c.role == "agency" and bylines.is_agency(c.name) and c.name not in orgs:
                        orgs.append(c.name)
                if typed and len(credits) == 1 and credits[0].role == "agency" and _key(credits[0].name) == _key(name):
                    # (JSON-LD) an outlet or a desk filed as a Person ({"@type": "Person", "name":
                    # "Harbour Times"}): no person, an organisation (the publisher's brand, perhaps)
                    if name not in orgs:
                        orgs.append(name)
        return people

    ld_credits = bool(ld.get("authors") or ld.get("authors_orgs"))
    if ld_credits:
        orgs = [_norm(o) for o in ld.get("authors_orgs") or [] if _norm(o)]
        people = split_people((ld.get("authors") or [])[: settings().max_author_tags], typed=True)
        authors = bylines.normalise_author_list(people)
        authors_source = "json-ld" if authors else None
    # the JSON-LD credits a news agency and no person: that is the credit (a byline element
    # further down the page belongs to a teaser or a column)
    agency_only = ld_credits and not authors and any(bylines.is_agency(o) for o in orgs)
    visible_read = not authors and not agency_only
    shown, shown_text = _visible_credit(root) if visible_read else ([], None)
    if not authors and not agency_only:
        authors = shown
        authors_source = "html:byline" if authors else None
    if not authors:
        for name in _AUTHOR_META:
            values = [
                v
                for v in metas.get(name, [])[: settings().max_author_tags]
                if not v.startswith(("http://", "https://", "@"))
            ]
            people = split_people(values)
            if people and not agency_only:
                authors = bylines.normalise_author_list(people)
                if authors:
                    authors_source = f"meta:{name}"
                    break
    editors: list[str] = []
    if authors and authors_source != "html:byline":
        if not visible_read:
            shown, shown_text = _visible_credit(root)
        if (
            shown
            and not any(_has_person(authors, n) for n in shown)
            and all(_credited_as_editor(root, a) for a in authors)
        ):
            # the declared "author" is the desk editor, printed as such on the page ("Editor :
            # Ann Lee") while the byline names the writer: the byline's people wrote it
            editors, authors, authors_source = authors, shown, "html:byline"
        else:
            lists = [shown]
            for name in _AUTHOR_META:
                values = [
                    _norm(v)
                    for v in metas.get(name, [])[: settings().max_author_tags]
                    if not v.startswith(("http://", "https://", "@"))
                ]
                lists.append(bylines.normalise_author_list([v for v in values if v and not credited_org(v)]))
            # the site's brand is no co-author, nor is a name its address spells ("Daily
            # Planet" on dailyplanet.com) when the page does not name its brand otherwise
            hosts = _page_hosts(root, metas)
            lists = [
                [n for n in names if not credited_org(n) and not any(titles.same_site(n, h) for h in hosts)]
                for names in lists
            ]
            authors = _with_coauthors(authors, lists)
    # the publisher's brand, or a name the page's address spells ("Harbour Times" on
    # harbourtimes.com when the page does not name its site otherwise)
    brands = [*publishers, *_page_hosts(root, metas)] if orgs else publishers
    if not authors and orgs:
        # no person anywhere: an organisation declared as the author that is neither the
        # publisher nor a news agency wrote it collectively ("Contributors to Shore Wiki");
        # the publisher named as its own author is a publisher card, an agency an agency
        authors = [o for o in orgs if not bylines.is_agency(o) and not any(titles.same_site(o, p) for p in brands)][
            : settings().max_author_tags
        ]
        authors_source = "json-ld:organization" if authors else None
    brand = [o for o in orgs if any(titles.same_site(o, p) for p in brands)]
    agencies = [o for o in orgs if o not in brand and o not in authors]

    published = modified = None
    published_source = None
    # every declared publication date, strongest first: JSON-LD, then the meta tags
    declared_dates: list[tuple[DateValue, str]] = []
    raw_pub = ld.get("published")
    if raw_pub:
        value = dates.parse_date(raw_pub, dayfirst=None)
        if value is not None:
            declared_dates.append((value, "json-ld"))
    for name in _PUBLISHED_META:
        for v in metas.get(name, [])[:1]:
            value = dates.parse_date(v)
            if value is not None:
                declared_dates.append((value, f"meta:{name}"))
    if declared_dates:
        published, published_source = declared_dates[0]
    if published is None:
        for el in root.iter("time"):
            stamp = el.get("datetime") or el.get("content")
            if stamp:
                published = dates.parse_date(stamp)
                if published is not None:
                    published_source = "html:time"
                    break
    shown_date, shown_source = None, None
    if published is None:
        shown_date = _title_date(page_title)
        shown_source = "title" if shown_date is not None else None
        if shown_date is None:
            shown_date = _shown_date(root)
            shown_source = "date_element" if shown_date is not None else None
        if shown_date is None:
            shown_date = _byline_row_date(root)
            shown_source = "byline_row" if shown_date is not None else None
    raw_mod = ld.get("modified")
    if raw_mod:
        modified = dates.parse_date(raw_mod)
    if modified is None:
        raw, _ = _first(metas, _MODIFIED_META)
        modified = dates.parse_date(raw) if raw else None
    if published is not None and modified is not None and _same_moment(published, modified):
        # a CMS that writes the last edit into one publication field: another declared
        # publication date before it is the first publication
        earlier = [(v, src) for v, src in declared_dates[1:] if _before(v, published)]
        if earlier:
            published, published_source = earlier[0]

    return PageMeta(
        title=title,
        title_source=title_source,
        site_name=_norm(site) or None,
        authors=authors,
        authors_source=authors_source,
        organisations=orgs,
        agencies=agencies,
        publisher_credit=brand[0] if brand else None,
        editors=editors,
        byline_text=shown_text if authors_source == "html:byline" else None,
        published=published,
        published_source=published_source,
        modified=modified,
        shown_date=shown_date,
        shown_date_source=shown_source,
        h1=h1,
        headlines=headlines,
    )

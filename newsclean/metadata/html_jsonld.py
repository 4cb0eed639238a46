"""A page's JSON-LD: its blocks read leniently (comment wrappers, bad escapes, control
characters), the article node chosen among the page's nodes, and its headline, people,
organisations, dates and section."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import regex

from newsclean.metadata import titles
from newsclean.metadata.html_shared import _norm
from newsclean.settings import settings

# JSON-LD wrapped for old parsers: "<![CDATA[ {...} ]]>", "<!-- {...} -->", "//<![CDATA[ ... //]]>"
_JSON_WRAPPER = regex.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")

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

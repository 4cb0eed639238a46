"""The page's title among its declared and shown headlines: the visible <h1>'s wording when
a declared title agrees with it, the site name and a declared section stripped whatever the
separator and script, and every headline with its source for Article.headlines."""

from __future__ import annotations

from typing import Any

import regex

from newsclean.metadata import titles
from newsclean.metadata.html_shared import _key, _norm
from newsclean.settings import settings

# meta names/properties, strongest first
_TITLE_META = ("dc:title", "dcterm:title", "dc.title", "dcterms.title", "og:title", "twitter:title", "title")

# the section the page files the story under (stripped when glued to the end of a title)
_SECTION_META = ("article:section", "og:article:section", "section", "parsely-section", "content_category", "category")

# where a suffix may start after a headline: " | ", " - ", " _Section", " :: ", " @ "
_TITLE_SEP = regex.compile(r"\s+(?:\||::|—|–|-|·|»|/|@|_)|(?:\||::|—|–|·|»)\s+")

_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


# a line break, or an element edge where a small letter meets a capital ("Storm damage" +
# "Tram line to reopen": a kicker's span glued to the headline's), shown apart by a browser
_GLUED = regex.compile(r"\p{Ll}$")
_CAPITAL = regex.compile(r"^\p{Lu}")


def heading_text(el) -> tuple[str, bool]:
    """A heading's visible text, and whether it is read apart where the markup glued it:
    "<h1><span>Storm damage</span>Tram line to reopen</h1>", "<h1>Storm damage<br>Tram line
    to reopen</h1>" read "Storm damage Tram line to reopen" (True), not "Storm damageTram"."""
    parts: list[str] = []
    apart = False

    def add(text: str | None, edge: bool) -> None:
        nonlocal apart
        if not text:
            return
        if edge and parts and _GLUED.search(parts[-1]) and _CAPITAL.search(text):
            parts.append(" ")
            apart = True
        parts.append(text)

    def walk(node) -> None:
        nonlocal apart
        add(node.text, True)
        for child in node:
            if not isinstance(child.tag, str) or child.tag in ("script", "style", "template"):
                add(child.tail, True)
                continue
            if child.tag == "br":
                if parts and parts[-1].strip():
                    parts.append(" ")
                    apart = apart or bool(child.tail and child.tail.strip())
            else:
                walk(child)
            add(child.tail, True)

    walk(el)
    return _norm("".join(parts)), apart


def _words(text: str) -> int:
    """Words of a heading; a CJK character counts as half a word (no spaces between words)."""
    return max(len(text.split()), len(_CJK.findall(text)) // 2)


def _choose_title(
    candidates: list[tuple[str, str]],
    h1: list[str],
    site: str | None,
    page_title: str | None,
    sections: list[str] | None = None,
    apart: frozenset[str] = frozenset(),
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
    title, source = _chosen(stripped, h1, page_title, apart)
    if title:
        # (the <title> element is no witness: it is often a shortened SEO variant)
        headline = _without_kicker(title, [t for t, src in stripped if src != "title"])
        if headline is not None:
            return headline, f"{source}-kicker"
    return title, source


# the separator after a kicker glued before a headline ("Kicker: Headline", "Kicker – Headline")
_KICKER_SEP = regex.compile(r"(?<=\S)(?::|\s[–—|-])\s+")


def _without_kicker(title: str, declared: list[str]) -> str | None:
    """The headline without the kicker glued before it, when a declared title of the page is
    that headline alone: an SEO <h1> or a JSON-LD headline that prints "Kicker: Headline"
    where og:title says "Headline". The declared wording is returned; else None.

    >>> _without_kicker("Party congress: Mayor calls for a new vote", ["Mayor calls for a new vote"])
    'Mayor calls for a new vote'
    >>> _without_kicker("'No debate': economists weigh in", ["Economists weigh in"]) is None
    True
    """
    for m in _KICKER_SEP.finditer(title):
        kicker, rest = title[: m.start()], title[m.end() :]
        if _words(kicker) > settings().title_kicker_max_words:
            break
        if _words(rest) < _words(kicker) or not _key(rest) or rest[:1].islower():
            continue  # ("'Ends debate': economists weigh in": a quote the sentence goes on from)
        for text in declared:
            if _key(text) == _key(rest):
                return text
    return None


def _chosen(
    stripped: list[tuple[str, str]], h1: list[str], page_title: str | None, apart: frozenset[str] = frozenset()
) -> tuple[str | None, str | None]:
    # the heading readers see, when a declared title agrees with it (og:title may be a social
    # variant); a heading whose parts the markup glued takes the declared title's joint
    # ("Storm damage: Tram line to reopen" for the kicker's span over the headline's)
    for text, src in stripped:
        for h in h1:
            if _key(h) and _key(text) == _key(h):
                return (text, src) if h in apart else (h, f"{src}+h1")
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
        kicked = _kicker_form(stripped, h1)
        if kicked is not None:
            return kicked
        return text, src
    if h1:
        return h1[0], "h1"
    return None, None


def _kicker_form(stripped: list[tuple[str, str]], h1: list[str]) -> tuple[str, str] | None:
    """The kicker form most declared titles print, when they glue the same kicker before the
    <h1> with different separators (JSON-LD "Kicker - Headline", og:title and <title>
    "Kicker: Headline"): the page's own majority, else None (the first declared title stands).

    >>> _kicker_form([("Pier - Ferry pier rebuilt", "json-ld"), ("Pier: Ferry pier rebuilt", "og:title"),
    ...               ("Pier: Ferry pier rebuilt", "title")], ["Ferry pier rebuilt"])
    ('Pier: Ferry pier rebuilt', 'og:title')
    """
    if not h1 or not _key(h1[0]):
        return None
    head = _key(h1[0])
    forms = [(text, src) for text, src in stripped if _key(text).endswith(head) and _key(text) != head]
    # (the same kicker in each: the words before the headline agree)
    if len({_key(text)[: -len(head)] for text, _ in forms}) != 1 or len({text for text, _ in forms}) < 2:
        return None
    votes = [sum(t == text for t, _ in forms) for text, _ in forms]
    best = max(votes)
    if best < 2 or votes[0] == best:
        return None
    return forms[votes.index(best)]


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

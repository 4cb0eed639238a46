"""Credit lines ("Reporting by ...; Editing by ...") and author lists from page metadata:
parsing, inverted and screen names, clean-up of declared author lists.

Split from :mod:`newsclean.metadata.bylines` along its seams.
"""

from __future__ import annotations

import regex

from newsclean.metadata.bylines.grammar import _analyse, _to_byline, parse_byline
from newsclean.metadata.bylines.names import _agency_at
from newsclean.metadata.bylines.reporter import _CJK_PERSON, _CJK_SEP, reporter_credit
from newsclean.metadata.bylines.text import _clean_text
from newsclean.metadata.bylines.vocabulary import (
    _EMPTY_PARENS,
    _END_PUNCT,
    _URL,
    Byline,
    _vocab,
)
from newsclean.settings import settings


def looks_like_credits(text: str) -> bool:
    """True for a credits line ("Reporting by A; Editing by B", "Additional reporting by C").

    >>> looks_like_credits("(Reporting by Sophie Yu; Editing by Himani Sarkar)")
    True
    >>> looks_like_credits("By Sophie Yu")
    False
    """
    if not text:
        return False
    s = text.strip()
    if not s or len(s) > settings().vocabulary_max_byline_chars:
        return False
    if _vocab().credit_openers_re.match(s) is None:
        return False
    b = parse_byline(s)
    return any(c.role != "agency" for c in b.contributors)


def parse_credits(text: str) -> Byline | None:
    """Parse a credits line, or None when the text is not one.

    >>> parse_credits("Writing by Ann Lee; Editing by Bo Chen").contributors[1].role
    'editor'
    """
    if not looks_like_credits(text):
        return None
    return parse_byline(text)


_INVERTED = regex.compile(
    r"(?P<last>(?:\p{Ll}{1,3}\s){0,2}\p{Lu}[\p{L}'’-]+),\s*(?P<first>\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})"
    r"(?P<particle>(?:\s\p{Ll}{1,3}){0,2})"
)


_META_SPLIT = regex.compile(r"\s*(?:[;|\n]+|\s/\s)\s*")


# a declared list of CJK names alone, in the scripts' separators ("홍길동·김철수", "山田太郎、佐藤花子")
_CJK_LIST = regex.compile(rf"{_CJK_PERSON}(?:{_CJK_SEP}{_CJK_PERSON})+")


def _cjk_names(piece: str) -> list[str]:
    """The names of a declared author value that only lists CJK names, else []."""
    if _CJK_LIST.fullmatch(piece) is None:
        return []
    return [n.strip() for n in regex.split(_CJK_SEP, piece) if n.strip()]


# a declared author given as an account: a display name, then the user name in brackets
# ("Blue Sky_Home (bluesky77)"); the display name need not read as a person's name
_SCREEN_NAME = regex.compile(
    r"(?P<name>[^()\[\]<>@/\\:;,|\d][^()\[\]<>@/\\:;,|]{1,39}?)\s*"
    r"[(\[]@?(?P<user>[a-z][a-z0-9_.-]{2,29})[)\]]"
)


def _screen_name(piece: str) -> str | None:
    """The display name of a declared author written as an account ("Name (username)").

    Only for values a page declares as its author (meta tags, JSON-LD): there a pen
    name or a blog's name with its account is the author. Agencies, outlets, job
    titles and interface words are not.
    """
    m = _SCREEN_NAME.fullmatch(piece.strip())
    if m is None:
        return None
    name = m["name"].strip(_END_PUNCT)
    tokens = name.split()
    if not name or not 1 <= len(tokens) <= settings().max_screen_name_words or not any(ch.isalpha() for ch in name):
        return None
    v = _vocab()
    low = [t.casefold().strip(".,") for t in tokens]
    if any(t in v.stopwords or t in v.org_words or t in v.title_words for t in low) or any(
        _agency_at(tokens, j) for j in range(len(tokens))
    ):
        return None
    return name


def normalise_author_list(names: list[str]) -> list[str]:
    """Clean author names from HTML metadata (trafilatura's "A; B", JSON-LD, meta tags).

    The same cleaning as bylines: prefixes, titles, dates, handles, URLs and
    agencies removed, ALL-CAPS proper-cased, duplicates merged; "Last, First"
    is turned round.

    >>> normalise_author_list(["JANE DOE; Jane Doe", "By Bo Chen, Staff Writer", "Reuters"])
    ['Jane Doe', 'Bo Chen']
    """
    out: list[str] = []
    seen: set[str] = set()
    v = _vocab()
    for raw in names or []:
        if not raw or not isinstance(raw, str):
            continue
        for piece in _META_SPLIT.split(_clean_text(raw)):
            piece = _URL.sub(" ", piece).strip()
            piece = _EMPTY_PARENS.sub(" ", piece).strip()
            if not piece:
                continue
            m = _INVERTED.fullmatch(piece)
            if m is not None:
                last_low = m["last"].casefold()
                first_tokens = m["first"].split()
                if (
                    # a surname's particles ("van der Berg, Jan"), no other lower-case word
                    all(w in v.particles for w in last_low.split()[:-1])
                    and last_low not in v.stopwords
                    and last_low not in v.org_words
                    and _agency_at([m["last"]], 0) is None
                    and all(t.casefold() not in v.stopwords for t in first_tokens)
                    and (m["particle"] or len(first_tokens) >= 1)
                    and not any(_agency_at(first_tokens, j) for j in range(len(first_tokens)))
                ):
                    piece = f"{m['first']}{m['particle']} {m['last']}"
            # CJK reporters ("홍길동·김철수 기자", "山田太郎、佐藤花子"): their credit's names
            found = reporter_credit(piece) or _cjk_names(piece)
            if not found:
                an = _analyse(piece, default_marker=True)
                found = _to_byline(an, piece, allow_single=True).authors
            if not found:
                screen = _screen_name(piece)
                found = [screen] if screen else []
            for name in found:
                if name.casefold() not in seen:
                    seen.add(name.casefold())
                    out.append(name)
    return out

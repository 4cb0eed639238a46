"""What a person's name looks like in a byline: proper case, name and organisation shapes,
an agency at a position, a job title after a name.

Split from :mod:`newsclean.metadata.bylines` along its seams.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import TYPE_CHECKING

from newsclean import rules
from newsclean.metadata import dates as _dates
from newsclean.metadata.bylines.vocabulary import (
    _BRAND_CAPS,
    _CJK_NAME,
    _CONTRACTION,
    _END_PUNCT,
    _HYPHEN_SPLIT,
    _INITIAL,
    _NAME_WORD,
    _ROMAN,
    _vocab,
)
from newsclean.settings import settings

if TYPE_CHECKING:  # (text.py imports this module)
    from newsclean.metadata.bylines.text import _Analysis


def _proper_token(tok: str) -> str:
    low = tok.casefold()
    if _ROMAN.fullmatch(tok.rstrip(".")):
        return tok.upper()
    if len(tok) <= 2 and tok.endswith("."):
        return tok.upper()
    out = []
    for piece in _HYPHEN_SPLIT.split(low):
        if piece in ("-", "'", "’") or not piece:
            out.append(piece)
        elif piece.startswith("mc") and len(piece) > 3:
            out.append("Mc" + piece[2:].capitalize())
        else:
            # (a Turkish capital İ folds to "i" and a combining dot: the dot stays only on a
            # capital, "İSMAİL" is "İsmail")
            out.append(piece.capitalize().replace("i\u0307", "i"))
    word = unicodedata.normalize("NFC", "".join(out))
    # "O'Brien" yes, but "D'angelo" -> "D'Angelo" too; a one-letter prefix keeps both capitals
    return word


def _mostly_caps(tok: str) -> bool:
    letters = [ch for ch in tok if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) >= 0.6 * len(letters)


def _proper_case(name: str) -> str:
    """Proper-case an ALL-CAPS name ("ANGUS McDONALD" -> "Angus McDonald"); leave others as written."""
    toks = name.split()
    if not all(_mostly_caps(t) for t in toks if any(ch.isalpha() for ch in t)):
        return name
    particles = _vocab().particles
    out = []
    for i, tok in enumerate(toks):
        if not _mostly_caps(tok):
            out.append(tok)
        elif 0 < i < len(toks) - 1 and tok.casefold() in particles:
            out.append(tok.casefold())
        else:
            out.append(_proper_token(tok))
    return " ".join(out)


def _agency_at(tokens: list[str], start: int) -> tuple[str, int] | None:
    v = _vocab()
    low = [t.casefold().strip(".,") for t in tokens]
    for n in range(min(v.agency_max_len, len(tokens) - start), 0, -1):
        key = tuple(low[start : start + n])
        if key in v.agencies:
            return v.agencies[key], n
    return None


def _is_title(tokens: list[str]) -> bool:
    v = _vocab()
    low = [t.casefold().strip(".,") for t in tokens]
    half = len(low) // 2
    if half and len(low) % 2 == 0 and low[:half] == low[half:]:
        # "Journalist Journalist": a widget printing the job title twice (its text and its label)
        tokens, low = tokens[:half], low[:half]
    if " ".join(low) in v.title_phrases:
        return True
    if bool(low) and low[-1] in v.title_words:
        return True
    # a title and the place it is held in ("Corresponsal en Atenas", "Journalist i Paris"):
    # the place is a short run of capitalised words after a word of the rule data's class
    for k in range(1, len(low) - 1):
        if low[k] in v.title_places:
            head, place = low[:k], tokens[k + 1 :]
            return (
                (" ".join(head) in v.title_phrases or head[-1] in v.title_words)
                and len(place) <= settings().title_place_max_words
                and all(t[:1].isupper() for t in place)
            )
    return False


def _title_phrase(low: list[str]) -> bool:
    """A known title phrase, also after the grade a phrase of the rule data opens with
    ("senior political correspondent": "senior" as in "senior writer", then "political
    correspondent"), so that the grade is read as the title's, not as a surname."""
    v = _vocab()
    phrase = " ".join(low)
    if phrase in v.title_phrases:
        return True
    return len(low) >= 3 and " ".join(low[1:]) in v.title_phrases and _title_grade(low[0])


def _title_grade(word: str) -> bool:
    """A word that opens a two-word title phrase before another title word ("senior" in
    "senior writer", "chief" in "chief correspondent")."""
    v = _vocab()
    return any(p.startswith(word + " ") and p.split()[-1] in v.title_words for p in v.title_phrases)


def _name_before_title(tokens: list[str]) -> int | None:
    """The number of leading tokens that name a person followed by a job title, or None.

    The title is a known title phrase ("Ann Lee Senior Writer") or one title word ("Mary
    Ann Lee Reporter", "신현주 기자"); a phrase is tried first, as a title's first word can
    pass for a surname ("Senior"). The name has two words or more, or is one CJK name.
    """
    v = _vocab()
    if len(tokens) < 2:
        return None
    low = [t.casefold().strip(".,") for t in tokens]

    def named(k: int) -> bool:
        if all(t in v.title_phrase_words for t in low[:k]):
            return False  # "Senior Political Correspondent": the title's own words, no name
        kind = _name_kind(tokens[:k])
        return kind == "name" or (kind == "single" and _CJK_NAME.fullmatch(tokens[0]) is not None)

    def titled(k: int) -> bool:  # capitalised title words (or a script without case), a place's word
        return all(
            t[:1].isupper() or t[:1].casefold() == t[:1].upper() or (j > k and low[j] in v.title_places)
            for j, t in enumerate(tokens[k:], start=k)
        )

    def clean(k: int) -> bool:  # no agency in the name ("Tom Krisher Ap Auto Writer")
        return not any(_agency_at(tokens[:k], j) for j in range(k))

    for k in range(1, len(tokens) - 1):
        if _title_phrase(low[k:]) and titled(k) and named(k) and clean(k):
            return k
    if low[-1] not in v.title_words and not _compound_title(low[-1]):
        # a title and its desk after the name ("Anna Berg Redakteurin Politik", "Ann Lee
        # Senior Reporter Politics"): the title word a word or two before the end
        for k in range(2, len(tokens) - 1):
            if (
                low[k] in v.title_words
                and len(tokens) - k - 1 <= settings().desk_after_title_max_words
                and titled(k)
                and named(k)
                and clean(k)
            ):
                return k
            if (
                k + 1 < len(tokens) - 1
                and " ".join(low[k : k + 2]) in v.title_phrases
                and titled(k)
                and named(k)
                and clean(k)
                and len(tokens) - k - 2 <= settings().desk_after_title_max_words
            ):
                return k
        return None
    for k in range(len(tokens) - 1, max(0, len(tokens) - 1 - settings().title_after_name_max_words), -1):
        if titled(k) and named(k) and clean(k):
            return k
    return None


def _name_then_beat_title(tokens: list[str]) -> int | None:
    """The number of leading tokens that name a person followed, with no separator, by a job
    title written with a lower-case title word ("Judith Burns Education reporter", "Ann Lee
    Political correspondent BBC News", "Ann Lee reporter"), or None.

    A lower-case title word among capitalised words is what no name holds: the name ends
    before it, or before the one capitalised beat word in front of it; capitalised words after
    it are the outlet the title is held at (her employer)."""
    v = _vocab()
    low = [t.casefold().strip(".,") for t in tokens]
    j = next((i for i, t in enumerate(tokens) if i >= 2 and t.islower() and low[i] in v.title_words), None)
    if j is None:
        return None
    rest = tokens[j + 1 :]
    if len(rest) > settings().employer_after_title_max_words or not all(t[:1].isupper() for t in rest):
        return None
    if any(_agency_at(tokens[:j], i) for i in range(j)) or low[j - 1] in v.org_words:
        # "Eric Tucker Associated Press reporter", "Ann Lee Harbour Times reporter": an agency
        # or an outlet before the title, whose words no name may take
        return None
    for k in (j - 1, j):
        head = tokens[:k]
        if (
            len(head) >= 2
            and all(t[:1].isupper() for t in tokens[:j])
            and not any(t in v.org_words for t in low[:k])
            and _name_kind(head) == "name"
        ):
            return k
    return None


def _title_before_name(tokens: list[str]) -> int | None:
    """The number of leading tokens that are a newsroom job title printed as a label before a
    person's name ("Reporter Ann Lee", "Senior Political Reporter Ann Lee", "Korrespondentin
    Anna Berg"), or None.

    The label ends in a word of the rule data's title labels (titles of people who write the
    story), its other words are job-title words, every word is capitalised; the rest is a
    full name of two words or more.
    """
    v = _vocab()
    low = [t.casefold().strip(".,:") for t in tokens]
    for k in range(min(settings().title_label_max_words, len(tokens) - 2), 0, -1):
        if (
            low[k - 1] in v.title_labels
            and all(t in v.title_phrase_words for t in low[: k - 1])
            and all(t[:1].isupper() for t in tokens[:k])
            and not tokens[k - 1].endswith((",", ":"))
            and _name_kind(tokens[k:]) == "name"
        ):
            return k
    return None


_ORG_CONNECTORS = frozenset({"of", "for", "and", "&", "the", "de", "du", "des", "la", "le", "di", "del", "für", "und"})


def _org_token(tok: str) -> bool:
    """A word of an organisation's name: capitalised, a number, or a small connector."""
    return tok[:1].isupper() or tok[:1].isdigit() or tok.casefold() in _ORG_CONNECTORS


def _is_place(tokens: list[str]) -> bool:
    """Whether the words are a place with a name's shape ("Hong Kong", "NEW YORK CITY")."""
    return len(tokens) >= 2 and " ".join(t.strip(_END_PUNCT) for t in tokens).casefold() in _vocab().places


def _name_kind(tokens: list[str]) -> str | None:
    """'name' for a plausible person name, 'single' for a one-word one, else None."""
    v = _vocab()
    if len(tokens) > settings().max_name_tokens or _is_place(tokens):
        return None
    joined = " ".join(tokens)
    if len(joined) > settings().max_name_chars:
        return None
    if len(tokens) == 1 and _CJK_NAME.fullmatch(joined):
        return "single"
    all_caps = all(_mostly_caps(t) for t in tokens if any(ch.isalpha() for ch in t))
    words = 0
    for i, tok in enumerate(tokens):
        core = tok.strip("()")
        low = core.casefold().rstrip(".,")
        if not core:
            return None
        if low in v.particles and (i > 0 or core[0].islower()) and i < len(tokens) - 1:
            continue
        if core.endswith(".") and _INITIAL.fullmatch(core) and i < len(tokens) - 1:
            words += 1  # "A. Lee", "I. Petrova": an initial, not the word "a" or "I"
            continue
        if low in v.stopwords or low in v.org_words or low in v.title_words:
            return None
        if _INITIAL.fullmatch(core):
            words += 1
            continue
        if not _NAME_WORD.fullmatch(core) or _CONTRACTION.search(core):
            return None
        if not all_caps and sum(ch.isalpha() for ch in core) >= 3 and core.isupper():
            return None  # an acronym inside a mixed-case name: an organisation
        if not all_caps and _BRAND_CAPS.search(core):
            return None  # "WebMD", "CreditKevin": a brand or glued words, not a name
        words += 1
    if words >= 2:
        return "name"
    if words == 1 and len(tokens) == 1 and sum(ch.isalpha() for ch in joined) >= 2 and not _word_of_a_role(joined):
        return "single"
    return None


def _compound_title(low: str) -> bool:
    """Whether one word is a compound ending in a job title ("chefreporterin",
    "politikredakteurin", "nyhetsjournalist"): its head a word of the rule data's titles."""
    return _ends_with_word(low, settings().role_compound_min_chars, (_vocab().title_words,))


def _word_of_a_role(word: str) -> bool:
    """Whether one word is a month's or weekday's name ("Juli", "Montag") or a compound of a
    newsroom's word or a job title ("Newsdesk", "Online-Redaktion", "Gastautor"): no
    person's name, though it has a name's shape."""
    low = word.casefold().strip(".,")
    dv = _dates._vocab()
    if len(low) >= settings().role_compound_min_chars and (low in dv.months or low in dv.weekdays_full):
        return True
    v = _vocab()
    parts = [p for p in low.split("-") if p]
    if len(parts) > 1 and any(p in v.org_words or p in v.title_words for p in parts):
        return True
    return _ends_with_word(low, settings().role_compound_min_chars, (v.org_words, v.title_words))


def _ends_with_word(low: str, n: int, words: tuple[frozenset[str], ...]) -> bool:
    """Whether ``low`` ends with a word of ``words`` of ``n`` characters or more that leaves
    ``n - 1`` characters or more before it: the test of every word's ``low.endswith(w)``,
    asked instead of each suffix of ``low`` that long (a set lookup per length, not a scan
    of the word lists)."""
    size = len(low)
    for length in range(max(n, 0), min(size, size - n + 1) + 1):
        tail = low[size - length :]
        if any(tail in w for w in words):
            return True
    return False


def one_edit_apart(s: str, t: str) -> bool:
    """Whether ``t`` is ``s`` with one letter added, removed or replaced: two spellings of one
    name ("Mueller"/"Muller", "Annemarie"/"Anne-Marie" once hyphens are dropped)."""
    if abs(len(s) - len(t)) > 1:
        return False
    if len(s) > len(t):
        s, t = t, s
    i = 0
    while i < len(s) and s[i] == t[i]:
        i += 1
    return s[i + (len(s) == len(t)) :] == t[i + 1 :]


@cache
def _desk_words() -> frozenset[str]:
    return frozenset(" ".join(w.casefold().split()) for w in rules.pattern_sources("byline_desk_words"))


@cache
def _team_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in rules.pattern_sources("byline_team_words"))


def _credited_desk(words: list[str]) -> bool:
    """Whether an outlet-like credit (lower-cased words) names a desk or a team, which beside
    people is credited with them ("Ann Lee, Gear Team"), unlike the outlet they work for."""
    return _desk_name(words) or bool(words) and words[-1] in _team_words()


def _desk_name(words: list[str]) -> bool:
    """Whether a credit's words (lower-cased) name one of the site's desks by its beat or
    medium: a desk word first or last ("Web Desk", "Sports Desk", "Redaktion Digital",
    "Tim Redaksi", "Redazione Web"), in a short name."""
    if not 1 <= len(words) <= settings().desk_name_max_words:
        return False
    desks = _desk_words()
    # (a desk word of two words: "Haber Merkezi", Turkish "news centre")
    return any(" ".join(words[:k]) in desks or " ".join(words[-k:]) in desks for k in (1, 2))


def _title_after_name(tokens: list[str], an: _Analysis, state: dict) -> bool:
    """Whether the part is a job title after a person's name and a comma (see _classify).

    Not after a name with a title of its own: co-authors each with a title ("Ann Lee
    Reporter, Bo Kim Reporter", lines joined) are read name by name."""
    if (
        state.get("joined")
        or state.get("after_title")
        or not any(it.kind in ("name", "single") for it in an.items)
        or not _is_title(tokens)
    ):
        return False
    last = tokens[-1].casefold().strip(".,")
    return not (last.endswith("s") and last[:-1] in _vocab().title_words)  # a plural: co-authors' title


def _title_then_employer(tokens: list[str], an: _Analysis, state: dict) -> bool:
    """Whether the part after a person's name and a comma is a job title followed by the
    capitalised name of the team or outlet it is held at (see _classify)."""
    if state.get("joined") or not any(it.kind in ("name", "single") for it in an.items) or _is_title(tokens):
        return False  # (a title alone is read as one: "Senior Staff Technologist")
    # (a news agency there stays its credit: "Ann Lee, Staff Writer AFP")
    return any(
        _is_title(tokens[:j])
        and all(t[:1].isupper() for t in tokens[j:])
        and all(_agency_at(tokens, i) is None for i in range(j, len(tokens)))
        for j in range(len(tokens) - 1, 0, -1)
    )

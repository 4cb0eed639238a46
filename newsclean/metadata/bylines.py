"""Bylines and credit lines: who wrote, edited and photographed an article.

A byline is read as segments (split at ``;``, ``|``, ``/``, dashes and line
breaks), each optionally opened by a role marker ("By", "Edited by", "Par",
"Von", "Photos:"), then as parts split at commas and conjunctions. Every part is
classified: a person's name, a news agency, an outlet, a job title, a date, or
interface noise. Only names become authors; agencies and outlets are kept apart.
When unsure, no author is better than a bad one.

>>> b = parse_byline("By ABBY GOODNOUGH, THOMAS KAPLAN and ROBERT PEAR")
>>> b.authors
['Abby Goodnough', 'Thomas Kaplan', 'Robert Pear']
>>> b = parse_byline("Tom Krisher, Ap Auto Writer")
>>> b.authors, b.agency
(['Tom Krisher'], 'AP')
>>> c = parse_credits("Reporting by Sophie Yu and Brenda Goh; Editing by Himani Sarkar")
>>> c.authors, [x.name for x in c.contributors if x.role == "editor"]
(['Sophie Yu', 'Brenda Goh'], ['Himani Sarkar'])

Word lists are rule data files: ``rules/data/<lang>/byline_*.txt``, ``job_titles.txt``,
``name_particles.txt`` and ``rules/data/xx/agencies.txt``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from newsclean import rules
from newsclean.article import Contributor
from newsclean.metadata import dates as _dates

MAX_BYLINE_CHARS = 400     # parse_byline reads at most this much; a byline is short
MAX_LINE_CHARS = 250       # looks_like_byline: longer lines are prose, not bylines
MAX_LINE_WORDS = 30
MAX_NAME_TOKENS = 6
MAX_NAME_CHARS = 60
# a line without a role marker, a date or a known agency, whose only sign of a byline is an
# outlet-shaped part ("Ann Lee and Bo Chen, Lakeside Herald"), is short
MAX_UNMARKED_ORG_WORDS = 10
# a bare name line ("Hazel Sheffield") names people of at most this many words besides
# particles and initials: a longer run of capitalised words is a heading in title case
MAX_BARE_NAME_WORDS = 4
_ATTRIBUTION_DASHES = "—―–"
# a site account after "by" ("by siteadmin"), credited in a meta line of this many parts
_ACCOUNT = regex.compile(r"[a-z][a-z0-9_.-]{2,29}")
ACCOUNT_MIN_SEGMENTS = 3

__all__ = ["Byline", "is_agency", "is_interface_line", "is_lone_marker", "looks_like_byline", "looks_like_credits", "looks_like_job_title",
           "looks_like_name_line",
           "normalise_author_list", "parse_byline", "parse_credits"]


@dataclass(frozen=True)
class Byline:
    """People and organisations credited by a byline or credits line.

    ``authors`` are the names of people with the author role; ``contributors``
    everyone credited with a role (author, editor, photographer, contributor, and
    agency for a news agency or outlet); ``agency`` the first agency or outlet;
    ``raw`` the text read.
    """

    authors: list[str] = field(default_factory=list)
    contributors: list[Contributor] = field(default_factory=list)
    agency: str | None = None
    raw: str = ""

    @property
    def is_empty(self) -> bool:
        return not self.contributors and self.agency is None


# --------------------------------------------------------------------------- vocabulary

_ROLES = ("author", "editor", "photographer", "contributor")
_PLACEHOLDER = regex.compile(r"\x01(\d+)\x02")
_PAREN = regex.compile(r"\(([^()]{0,120})\)")
_URL = regex.compile(r"(?:https?://|www\.)\S{1,300}", regex.IGNORECASE)
_EMAIL = regex.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}")
_HANDLE = regex.compile(r"@[\w.]{1,40}")
_HARD_SPLIT = regex.compile(r"\s*(?:[;|•·\n\u2022\u00b7]+|\s/\s|/(?=\s?\p{L})|\s[-‐]\s|[–—]+)\s*")
_WS = regex.compile(r"[ \t\u00a0\u2009\u202f]+")
_INITIAL = regex.compile(r"(?:\p{Lu}\.){1,3}|\p{Lu}\.?|\p{Lu}\.-\p{Lu}\.")
# a hyphen joins capitalised pieces ("Chavez-Dreyfuss"): "Utility-scale" is a compound word
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}\p{M}'’]*(?:-\p{Lu}[\p{L}\p{M}'’]*)*\.?")
# a contraction or possessive ("It’s", "Don't", "Lee's") is not a word of a name ("O'Brien", "D'Souza" are)
_CONTRACTION = regex.compile(r"\p{L}['’](?i:s|t|d|m|ll|re|ve)\.?$")
_CJK_NAME = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}·・]{2,8}")
# "WebMD", "CreditKevin": capitals inside a word that a name would not have ("DeShawn", "McDonald",
# "FitzGerald" have a short prefix before the inner capital)
_BRAND_CAPS = regex.compile(r"\p{Ll}\p{Lu}{2}|\p{Lu}\p{Ll}{4,}\p{Lu}")
_GLUED_SLASH = regex.compile(r"[\p{L}.]/\p{L}")
_ROMAN = regex.compile(r"(?i:i{1,3}|iv|v|vi{1,3})")
_HYPHEN_SPLIT = regex.compile(r"([-'’])")
# a segment's text ending in a joining comma or conjunction (a marker after it opens a new role)
_ENDS_WITH_JOIN = regex.compile(r"(?:[,;]|\s(?:and|und|et|y|e|en|&))\s*$", regex.IGNORECASE)
_TRAILING_JOIN = regex.compile(r"(?:[,;]|\s(?i:and|und|et|y|e|en)|&)\s*$")
_EMPTY_PARENS = regex.compile(r"\(\s*\)")
_END_PUNCT = " \t,.:;!?'\"“”‘’«»()[]{}*_~-–—"


@dataclass(frozen=True)
class _Vocab:
    start_re: regex.Pattern          # role marker at the start of a segment
    mid_re: regex.Pattern            # multi-word role marker inside a segment
    after_date_re: regex.Pattern     # single-word marker after a date ("May 3, 2019 by Ann Lee")
    marker_role: dict[str, str]
    particle_markers: frozenset[str]
    credit_openers_re: regex.Pattern
    paren_roles: dict[str, str]
    conj_split_re: regex.Pattern
    with_re: regex.Pattern
    cut_words: dict[str, int]        # word sequence (casefold) -> number of words
    stopwords: frozenset[str]
    org_words: frozenset[str]
    org_leads: frozenset[str]
    title_words: frozenset[str]
    title_phrases: frozenset[str]
    particles: frozenset[str]
    agencies: dict[tuple[str, ...], str]
    agency_max_len: int
    date_cut_re: regex.Pattern
    noise_re: regex.Pattern | None
    any_marker_re: regex.Pattern     # every role marker anywhere: a line without one has no marker
    any_title_re: regex.Pattern      # every job-title word (in casefolded text)
    any_agency_re: regex.Pattern     # every agency word (in casefolded text)
    any_org_re: regex.Pattern        # every outlet word and outlet lead ("The")
    any_cut_re: regex.Pattern        # every clause-cutting word ("in", "for")
    marker_keys: "_WordKeys"
    title_keys: "_WordKeys"
    agency_keys: "_WordKeys"
    org_keys: "_WordKeys"
    date_cut_keys: "_WordKeys"       # date_cut_re's words (its other branches need a digit)


def _norm_entry(e: str) -> str:
    return " ".join(e.casefold().split())


def _entry_re(entries) -> str:
    items = sorted(set(entries), key=lambda e: (-len(e), e))
    return "|".join(regex.escape(e).replace(r"\ ", r"\s{1,3}") for e in items)


@lru_cache(maxsize=None)
def _vocab() -> _Vocab:
    marker_role: dict[str, str] = {}
    colon: dict[str, str] = {}
    paren_roles: dict[str, str] = {}
    for role in _ROLES:
        for raw in rules.pattern_sources(f"byline_role_{role}"):
            e = _norm_entry(raw)
            if e.startswith("(") and e.endswith(")"):
                paren_roles.setdefault(e[1:-1].strip(), role)
            elif e.endswith(":"):
                colon.setdefault(e[:-1].strip(), role)
            else:
                marker_role.setdefault(e, role)
    particles = frozenset(_norm_entry(p) for p in rules.pattern_sources("name_particles"))
    single = [m for m in marker_role if " " not in m]
    multi = [m for m in marker_role if " " in m]
    particle_markers = frozenset(m for m in single if m in particles)
    start_re = regex.compile(
        rf"\s*(?:(?P<c>{_entry_re(colon)})\s*[:：]\s*|(?P<m>{_entry_re(marker_role)})(?:\s*[:：]\s*|\s+))(?=\S)",
        regex.IGNORECASE)
    mid_re = regex.compile(rf"(?<![\p{{L}}'])(?P<m>{_entry_re(multi)})(?:\s*[:：]\s*|\s+)(?=\S)", regex.IGNORECASE)
    plain = [m for m in single if m not in particles]
    after_date_re = regex.compile(rf"\s(?P<m>{_entry_re(plain)})\s+(?=\p{{Lu}})", regex.IGNORECASE)
    openers = {_norm_entry(e) for e in rules.pattern_sources("byline_credit_openers")}
    credit_openers_re = regex.compile(rf"[\s(\[]*(?:{_entry_re(openers)})(?:\s*[:：])?\s", regex.IGNORECASE)

    conj = {_norm_entry(c) for c in rules.pattern_sources("byline_conjunctions")}
    words_long = [c for c in conj if c.isalpha() and len(c) >= 3]
    words_short = [c for c in conj if c.isalpha() and len(c) < 3]
    symbols = [c for c in conj if not c.isalpha()]
    word_alt = "|".join(x for x in (f"(?i:{_entry_re(words_long)})" if words_long else "",
                                    f"(?-i:{_entry_re(words_short)})" if words_short else "") if x)
    conj_split_re = regex.compile(
        rf"\s*,\s*(?:(?:{word_alt})\s+)?|\s+(?:{word_alt})\s+" + (rf"|\s*(?:{_entry_re(symbols)})\s*" if symbols else ""))
    with_words = {_norm_entry(w) for w in rules.pattern_sources("byline_with")}
    with_re = regex.compile(
        rf"^\s*(?:(?i:{_entry_re([w for w in with_words if len(w) >= 4])})|(?-i:{_entry_re([w for w in with_words if len(w) < 4])}))\s+")

    cut_words = {_norm_entry(w): len(w.split()) for w in rules.pattern_sources("byline_cut_words")}
    agencies: dict[tuple[str, ...], str] = {}
    for raw in rules.pattern_sources("agencies"):
        agencies.setdefault(tuple(raw.casefold().split()), raw.strip())
    title_entries = {_norm_entry(t) for t in rules.pattern_sources("job_titles")}

    v = _dates._vocab()
    months = _dates._alts(v.months)
    cues = _dates._alts(v.cue_published | v.cue_updated)
    weekdays = _dates._alts(v.weekdays_full)
    date_cut_re = regex.compile(
        rf"\d|(?<!\p{{L}})(?:{months})\.?\s{{0,2}}\d|(?<!\p{{L}})(?:{weekdays}|{cues})(?!\p{{L}})", regex.IGNORECASE)
    markers = {**marker_role, **colon}
    title_words = [w for t in title_entries for w in t.split()]
    agency_words = [w for key in agencies for w in key]
    org_words = [*(_norm_entry(w) for w in rules.pattern_sources("byline_org_words")),
                 *(_norm_entry(w) for w in rules.pattern_sources("byline_org_leads"))]
    return _Vocab(
        start_re=start_re, mid_re=mid_re, after_date_re=after_date_re,
        marker_role={**marker_role, **colon}, particle_markers=particle_markers,
        credit_openers_re=credit_openers_re, paren_roles=paren_roles, conj_split_re=conj_split_re,
        with_re=with_re, cut_words=cut_words,
        stopwords=frozenset(_norm_entry(w) for w in rules.pattern_sources("byline_stopwords")),
        org_words=frozenset(_norm_entry(w) for w in rules.pattern_sources("byline_org_words")),
        org_leads=frozenset(_norm_entry(w) for w in rules.pattern_sources("byline_org_leads")),
        title_words=frozenset(t for t in title_entries if " " not in t),
        title_phrases=frozenset(title_entries),
        particles=particles, agencies=agencies, agency_max_len=max((len(k) for k in agencies), default=1),
        date_cut_re=date_cut_re, noise_re=rules.combined("byline_noise_patterns"),
        any_title_re=_any_word_re(title_words),
        any_agency_re=_any_word_re(agency_words),
        any_org_re=_any_word_re(org_words, regex.IGNORECASE | regex.FULLCASE),
        any_cut_re=_any_word_re(list(cut_words), regex.IGNORECASE | regex.FULLCASE),
        any_marker_re=regex.compile(rf"(?<!\p{{L}})(?:{_entry_re(markers)})(?=\s*[:：]|\s)", regex.IGNORECASE),
        marker_keys=_WordKeys.of(markers),
        title_keys=_WordKeys.of(_word_forms(title_words)),
        agency_keys=_WordKeys.of(_word_forms(agency_words)),
        org_keys=_WordKeys.of(_word_forms(org_words)),
        date_cut_keys=_WordKeys.of([*v.weekdays_full, *v.cue_published, *v.cue_updated]),
    )


def _word_forms(words) -> set[str]:
    return {f for w in words for f in (w, w.strip(".,")) if f}


def _any_word_re(words, flags: int = 0) -> regex.Pattern:
    """Any of ``words`` (and their forms without edge dots/commas) standing as a word."""
    return regex.compile(rf"(?<!\p{{L}})(?:{_entry_re(_word_forms(words))})(?![\p{{L}}\p{{M}}])", flags)


# --------------------------------------------------------------------------- name helpers

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
            out.append(piece.capitalize())
    word = "".join(out)
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


def _clean_text(text: str) -> str:
    t = unicodedata.normalize("NFC", text[:MAX_BYLINE_CHARS])
    if "\n" not in t and "\r" not in t:
        return _WS.sub(" ", t).strip()   # one line (nearly every text asked)
    t = t.replace("\r", "\n")
    t = "\n".join(_WS.sub(" ", line).strip() for line in t.split("\n"))
    return t.strip()


# --------------------------------------------------------------------------- analysis

@dataclass
class _Item:
    kind: str            # name, single, agency, org, title
    value: str
    role: str
    after_title: bool = False


@dataclass
class _Analysis:
    items: list[_Item] = field(default_factory=list)
    junk_words: int = 0
    marker: bool = False          # a role marker was seen
    first_marker: str | None = None
    cue: bool = False             # a date, handle, e-mail, URL or separator shows byline structure
    segments: int = 0
    # a caller that only wants a yes/no answer may stop the analysis at the first finding
    # that makes the answer no (see _Rejected): None reads everything; UNMARKED (a line
    # known to hold no role marker) stops at junk words or a one-word name; NAME_LINE
    # (looks_like_name_line) stops at junk words, a marker or an item that is not a name
    stop: str | None = None


MARKED = "marked"
UNMARKED = "unmarked"
NAME_LINE = "name_line"


class _Rejected(Exception):
    """Raised by an analysis with ``stop`` set once its caller's answer can only be no."""


def _check_stop(an: _Analysis, first_new: int) -> None:
    """Raise :class:`_Rejected` when ``an.stop``'s answer is already no (items from ``first_new`` are new)."""
    if an.stop is None:
        return
    if an.junk_words:
        raise _Rejected
    if an.stop == UNMARKED:
        if any(it.kind == "single" for it in an.items[first_new:]):
            raise _Rejected
    elif an.marker or any(it.kind != "name" for it in an.items[first_new:]):
        raise _Rejected


def _strip_noise(text: str, an: _Analysis) -> str:
    v = _vocab()
    t = text
    # every match of _URL holds "http" or "www." (no other letters fold to these), of
    # _EMAIL and _HANDLE an "@": most lines hold neither
    low = t.lower() if "@" not in t else None
    for rx in (_URL, _EMAIL, _HANDLE):
        if low is not None and (rx is not _URL or ("http" not in low and "www." not in low)):
            continue
        t, n = rx.subn(" ", t)
        an.cue = an.cue or n > 0
    if v.noise_re is not None and v.noise_re.search(t) is not None:
        t, n = v.noise_re.subn(" | ", t)
        an.cue = an.cue or n > 0
    return t


def _remove_relative(text: str, an: _Analysis) -> str:
    v = _dates._vocab()
    for p in v.relative_res:
        if p.search(text) is None:   # a search costs less than a subn that finds nothing
            continue
        text, n = p.subn(" | ", text)
        an.cue = an.cue or n > 0
    return text


def _split_segments(text: str) -> list[str]:
    return [s for s in _HARD_SPLIT.split(text) if s and s.strip(_END_PUNCT)]


def _agency_at(tokens: list[str], start: int) -> tuple[str, int] | None:
    v = _vocab()
    low = [t.casefold().strip(".,") for t in tokens]
    for n in range(min(v.agency_max_len, len(tokens) - start), 0, -1):
        key = tuple(low[start:start + n])
        if key in v.agencies:
            return v.agencies[key], n
    return None


def _is_title(tokens: list[str]) -> bool:
    v = _vocab()
    low = [t.casefold().strip(".,") for t in tokens]
    if " ".join(low) in v.title_phrases:
        return True
    return bool(low) and low[-1] in v.title_words


# an outlet written as its web address ("FOR DAILYMAIL.COM", "for example.co.uk")
_WEB_ADDRESS = regex.compile(r"(?:www\.)?[\p{L}\d-]{2,63}(?:\.[\p{L}\d-]{2,63})*\.\p{L}{2,6}\.?")


def _cut_clause(tokens: list[str], an: _Analysis) -> tuple[list[str], str | None]:
    """Cut "in Bengaluru", "For Daily Mail Australia", "on May 3"; report an agency in the tail."""
    v = _vocab()
    for i in range(1, len(tokens)):
        for width in (2, 1):
            key = " ".join(t.casefold() for t in tokens[i:i + width])
            if len(tokens[i:i + width]) < width or key not in v.cut_words:
                continue
            tail = tokens[i + width:]
            if not tail:
                continue
            is_lower = tokens[i][0].islower()
            tail_low = {t.casefold().strip(".,") for t in tail}
            agency = None
            for j in range(len(tail)):
                found = _agency_at(tail, j)
                if found:
                    agency = found[0]
                    break
            if is_lower or agency or tail_low & v.org_words or _WEB_ADDRESS.fullmatch(" ".join(tail)):
                an.cue = an.cue or not is_lower
                return tokens[:i], agency
    return tokens, None


def _classify(part: str, role: str, an: _Analysis, state: dict) -> None:
    """Classify one comma/conjunction-separated part and record it."""
    v = _vocab()
    m = v.date_cut_re.search(part) if _may_cut_date(part) else None
    if m is not None:
        an.cue = an.cue or _is_date_text(part[m.start():])
        part = part[:m.start()]
    tokens = [t for t in part.split() if t.strip(_END_PUNCT)]
    tokens = [t.strip(",;:") for t in tokens]
    if not tokens:
        return
    tokens, tail_agency = _cut_clause(tokens, an)
    if tail_agency:
        an.items.append(_Item("agency", tail_agency, "agency"))
    if _doubled(tokens) and all(_org_token(t) for t in tokens):
        # "Lena Ortiz, Westbrook Courier Westbrook Courier": after the author's name, the same
        # words printed twice are a portal's widget doubling the publisher's name; alone, a
        # name printed twice is the author's, once
        tokens = tokens[: len(tokens) // 2]
        if any(it.kind in ("name", "single") for it in an.items):
            an.items.append(_Item("org", " ".join(tokens).strip(_END_PUNCT), "agency",
                                  after_title=state.get("after_title", False)))
            return
    # "The Ravenfield Examiner": a capitalised article leading capitalised words names an outlet
    if (2 <= len(tokens) <= 6 and tokens[0][:1].isupper() and tokens[0].casefold() in v.org_leads
            and not any(ch in part for ch in ":?!")
            and _agency_at(tokens, 1) is None
            and all(t[:1].isupper() or t[:1].isdigit() or t in ("&", "of", "de", "du", "des") for t in tokens[1:])):
        an.items.append(_Item("org", " ".join(tokens).strip(_END_PUNCT), "agency",
                              after_title=state.get("after_title", False)))
        return
    # a part opened by a lower-case cutting word names a place, a category or an outlet
    # ("in Travel", "at City Hall", "for the Ledger"): an outlet stays one, but never a person
    placed = len(tokens) > 1 and tokens[0][:1].islower() and tokens[0].casefold() in v.cut_words
    if len(tokens) > 2 and " ".join(t.casefold() for t in tokens[:2]) in v.cut_words:
        tokens, placed = tokens[2:], True   # "Special to the Lakeside Herald": the outlet
    # interface words and lower-case words around a name are stripped; the latter are junk
    junk = 0
    while tokens and (tokens[0].casefold().strip(_END_PUNCT) in v.stopwords or tokens[0][0].islower()):
        if _agency_at(tokens, 0) is not None:   # "dpa", "epd": lower-case agencies
            break
        t = tokens.pop(0)
        low = t.casefold().strip(_END_PUNCT)
        if low in v.particles and tokens and tokens[0][:1].isupper():
            tokens.insert(0, t)
            break
        if low not in v.stopwords and t[0].islower():
            junk += 1
    while tokens and (tokens[-1].casefold().strip(_END_PUNCT) in v.stopwords or tokens[-1][0].islower()):
        if _agency_at(tokens, len(tokens) - 1) is not None and len(tokens) == 1:
            break
        t = tokens.pop()
        if t.casefold().strip(_END_PUNCT) not in v.stopwords and t[0].islower() \
                and t.casefold() not in v.particles:
            junk += 1
    tokens = [t.strip(_END_PUNCT) if i == len(tokens) - 1 and not _INITIAL.fullmatch(t) else t
              for i, t in enumerate(tokens)]
    tokens = [t for t in tokens if t]
    if not tokens:
        an.junk_words += junk
        return
    found = _agency_at(tokens, 0)
    if found is not None:
        name, n = found
        rest = tokens[n:]
        rest_low = [t.casefold().strip(".,") for t in rest]
        if not rest or _is_title(rest) or all(t in v.stopwords or t in v.org_words for t in rest_low):
            an.items.append(_Item("agency", name, "agency"))
            an.junk_words += junk
            return
    k = _name_before_title(tokens)
    if k:
        # "Ann Lee Staff Writer", "신현주 기자": a name with its job title after it, no comma
        # between them; the name is credited, the title is read below
        an.items.append(_Item(_name_kind(tokens[:k]) or "single", _proper_case(" ".join(tokens[:k])), role))
        tokens = tokens[k:]
    if _is_title(tokens):
        # "Ap Auto Writer": a title naming an agency credits it
        for j in range(len(tokens)):
            f = _agency_at(tokens, j)
            if f is not None:
                an.items.append(_Item("agency", f[0], "agency"))
                break
        else:
            # "Lakeside Herald Staff", "LHN Staff": an outlet's staff credits the outlet (a
            # one-word desk before a title is the title's: "News Editor")
            for j in range(len(tokens) - 1, 0, -1):
                head = tokens[:j]
                head_low = [t.casefold().strip(".,") for t in head]
                acronym = j == 1 and len(head[0]) >= 2 and head[0].isalpha() and head[0].isupper()
                if (_is_title(tokens[j:]) and all(_org_token(t) for t in head) and not _is_title(head)
                        and (acronym or (j >= 2 and any(t in v.org_words and t not in v.title_words
                                                         for t in head_low)))):
                    an.items.append(_Item("org", " ".join(head).strip(_END_PUNCT), "agency",
                                          after_title=state.get("after_title", False)))
                    break
        state["after_title"] = True
        an.junk_words += junk
        return
    low = [t.casefold().strip(".,()") for t in tokens]
    joined = " ".join(tokens)
    letters = [ch for ch in joined if ch.isalpha()]
    org_shaped = len(tokens) <= 8 and all(_org_token(t) for t in tokens)
    # (a label before a colon, "Weekly Focus: Why ...", is no name of a "name + outlet" part)
    glued = org_shaped and ":" not in part
    if len(tokens) >= 3 and glued:
        # "Tom Lee Associated Press": a name glued to the news agency that follows it
        # (the first agency from the left: "Visit Thomson Reuters" is no "Visit Thomson")
        k, found = next(((j, f) for j in range(1, len(tokens)) if (f := _agency_at(tokens, j)) is not None),
                        (0, None))
        if found is not None and k in (2, 3) and found[1] == len(tokens) - k and _name_kind(tokens[:k]) == "name":
            an.items.append(_Item("name", _proper_case(" ".join(tokens[:k])), role))
            an.items.append(_Item("agency", found[0], "agency"))
            an.junk_words += junk
            return
    if any(t in v.org_words for t in low) and len(tokens) >= 4 and glued:
        # "Kelli Miller WebMD Health News": a name glued to the outlet that follows it; an
        # outlet is most often a place and one word ("Ann Lee Lakeside Herald")
        for k in ((2, 3) if len(tokens) == 4 else (3, 2)):
            if (not any(t in v.org_words for t in low[:k]) and tokens[k][:1].isupper()
                    and _name_kind(tokens[:k]) == "name"):
                an.items.append(_Item("name", _proper_case(" ".join(tokens[:k])), role))
                an.items.append(_Item("org", " ".join(tokens[k:]).strip(_END_PUNCT), "agency",
                                      after_title=state.get("after_title", False)))
                an.junk_words += junk
                return
    if (any(t in v.org_words for t in low) and org_shaped) or (
            len(tokens) == 1 and len(letters) >= 2 and joined.isupper() and not _CJK_NAME.fullmatch(joined)):
        an.items.append(_Item("org", joined.strip(_END_PUNCT), "agency", after_title=state.get("after_title", False)))
        an.junk_words += junk
        return
    if len(tokens) >= 3 and tokens[-1].casefold().rstrip(".") in _dates._vocab().months \
            and not _mostly_caps(tokens[-1]):
        tokens = tokens[:-1]   # "Laura June Topolsky July" (the day was cut off upstream)
    name_kind = _name_kind(tokens)
    if name_kind is None or junk:
        an.junk_words += junk + len(tokens)
        return
    if placed:
        return
    an.items.append(_Item(name_kind, _proper_case(" ".join(tokens)), role))


DOUBLED_MIN_WORDS = 2   # a doubled name of one word ("Yang Yang") is a person's; of two or more, a brand's


def _doubled(tokens: list[str]) -> bool:
    """The same run of words printed twice in a row ("Westbrook Courier Westbrook Courier")."""
    half = len(tokens) // 2
    return (half >= DOUBLED_MIN_WORDS and len(tokens) == 2 * half
            and [t.casefold() for t in tokens[:half]] == [t.casefold() for t in tokens[half:]])


_DIGIT = regex.compile(r"\d")   # the digits of date_cut_re's \d


TITLE_AFTER_NAME_MAX_WORDS = 4   # "Deputy Content Hub Director": a longer run after a name is no job title
DESK_AFTER_TITLE_MAX_WORDS = 2   # "Redakteurin Politik", "Reporter Foreign Desk": the desk after a title


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
        kind = _name_kind(tokens[:k])
        return kind == "name" or (kind == "single" and _CJK_NAME.fullmatch(tokens[0]) is not None)

    def titled(k: int) -> bool:   # capitalised title words (or a script without case)
        return all(t[:1].isupper() or t[:1].casefold() == t[:1].upper() for t in tokens[k:])

    def clean(k: int) -> bool:    # no agency in the name ("Tom Krisher Ap Auto Writer")
        return not any(_agency_at(tokens[:k], j) for j in range(k))

    for k in range(1, len(tokens) - 1):
        if " ".join(low[k:]) in v.title_phrases and titled(k) and named(k) and clean(k):
            return k
    if low[-1] not in v.title_words:
        # a title and its desk after the name ("Anna Berg Redakteurin Politik", "Ann Lee
        # Senior Reporter Politics"): the title word a word or two before the end
        for k in range(2, len(tokens) - 1):
            if (low[k] in v.title_words and len(tokens) - k - 1 <= DESK_AFTER_TITLE_MAX_WORDS
                    and titled(k) and named(k) and clean(k)):
                return k
            if k + 1 < len(tokens) - 1 and " ".join(low[k:k + 2]) in v.title_phrases and titled(k) and named(k) and clean(k) \
                    and len(tokens) - k - 2 <= DESK_AFTER_TITLE_MAX_WORDS:
                return k
        return None
    for k in range(len(tokens) - 1, max(0, len(tokens) - 1 - TITLE_AFTER_NAME_MAX_WORDS), -1):
        if titled(k) and named(k) and clean(k):
            return k
    return None


def _may_cut_date(part: str) -> bool:
    """Whether ``date_cut_re`` may match ``part``: its first two branches need a digit and
    the third a weekday or date cue, whose first letters an ASCII part must hold as a word."""
    if _DIGIT.search(part) is not None or not part.isascii():
        return True
    return _vocab().date_cut_keys.may_occur(_ascii_words(part))


_ORG_CONNECTORS = frozenset({"of", "for", "and", "&", "the", "de", "du", "des", "la", "le", "di", "del", "für", "und"})


def _org_token(tok: str) -> bool:
    """A word of an organisation's name: capitalised, a number, or a small connector."""
    return tok[:1].isupper() or tok[:1].isdigit() or tok.casefold() in _ORG_CONNECTORS


def _name_kind(tokens: list[str]) -> str | None:
    """'name' for a plausible person name, 'single' for a one-word one, else None."""
    v = _vocab()
    if len(tokens) > MAX_NAME_TOKENS:
        return None
    joined = " ".join(tokens)
    if len(joined) > MAX_NAME_CHARS:
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
    if words == 1 and len(tokens) == 1 and sum(ch.isalpha() for ch in joined) >= 2:
        return "single"
    return None


def _split_parts(content: str) -> list[str]:
    return [p for p in _vocab().conj_split_re.split(content) if p and p.strip(_END_PUNCT)]


def _analyse_content(content: str, role: str, an: _Analysis, state: dict, depth: int = 0) -> None:
    """A segment's text after its marker: parts, parentheticals, names."""
    v = _vocab()
    stash: list[str] = []

    def hold(m: regex.Match) -> str:
        stash.append(m[1])
        return f"\x01{len(stash) - 1}\x02"

    content = _PAREN.sub(hold, content)
    # a multi-word marker inside the segment ("... and edited by B") starts a new role
    pieces: list[tuple[str, str]] = []
    pos, cur_role = 0, role
    # (a line without a role marker anywhere has none here: every match of mid_re is one)
    for m in (v.mid_re.finditer(content) if an.stop != UNMARKED else ()):
        before = content[pos:m.start()]
        if m.start() > 0 and not _ENDS_WITH_JOIN.search(before):
            continue
        pieces.append((before, cur_role))
        cur_role = v.marker_role[_norm_entry(m["m"])]
        an.marker = True
        _check_stop(an, len(an.items))
        pos = m.end()
    pieces.append((content[pos:], cur_role))
    for text, prole in pieces:
        text = _TRAILING_JOIN.sub("", text)
        for part in _split_parts(text):
            part_role = prole
            extra: list[str] = []

            def restore(m: regex.Match) -> str:
                nonlocal part_role
                inner = stash[int(m[1])].strip()
                key = _norm_entry(inner)
                if key in v.paren_roles:
                    part_role = v.paren_roles[key]
                    an.cue = True
                    return " "
                w = v.with_re.match(inner)
                if w is not None:
                    extra.append(inner[w.end():])
                    an.cue = True
                    return " "
                if not inner or not any(ch.isalpha() for ch in inner):
                    return " "
                if _name_kind(inner.split()) is not None or _CJK_NAME.fullmatch(inner):
                    return f"({inner})"
                return " "

            part = _PLACEHOLDER.sub(restore, part)
            w = v.with_re.match(part)
            if w is not None:
                part = part[w.end():]
            first_new = len(an.items)
            _classify(part, part_role, an, state)
            _check_stop(an, first_new)
            for e in extra:
                if depth < 2:
                    _analyse_content(e, part_role, an, state, depth + 1)


def _analyse(text: str, *, default_marker: bool = False) -> _Analysis:
    an = _Analysis()
    s = _prepare(text, an)
    if s is not None:
        _analyse_prepared(s, an)
        if default_marker:
            an.marker = True
    return an


def _prepare(text: str, an: _Analysis) -> str | None:
    """The text the analysis reads (URLs, handles, noise and ages cut), or None when empty."""
    s = _clean_text(text)
    if s[:1] in "([" and s[-1:] in ")]" and s.count("(") + s.count("[") == 1:
        s = s[1:-1].strip()   # "(Reporting by ...; Editing by ...)"
    if not s:
        return None
    s = _GLUED_MARKER.sub(r"\1 ", s, count=1)
    s = _unglue(s)
    s = _strip_noise(s, an)
    return _remove_relative(s, an)


_GLUE = regex.compile(r"(?<=\p{Ll})(?=\p{Lu}\p{Ll})")
# an author marker glued to the name by a page's markup ("<span>By</span><a>Ann Lee</a>" read
# as "ByAnn Lee"): the marker, then a capital and a small letter ("Byron", "Parker" stay whole)
_GLUED_MARKER = regex.compile(r"^\s*((?i:by|von|par|por|door))(?=\p{Lu}\p{Ll})")
_PART_END = regex.compile(r"[,;|/·•(]")


def _unglue(s: str) -> str:
    """Part a name from a job title glued to it by a page's layout ("Ann LeeStaff Writer");
    names with inner capitals ("LaMotte") stay whole."""
    if not any(ch.isupper() for ch in s[1:]) or _GLUE.search(s) is None:
        return s
    out, pos = [], 0
    for m in _GLUE.finditer(s):
        i = m.start()
        end = _PART_END.search(s, i)
        tokens = s[i:end.start() if end else len(s)].split()[:3]
        if any(_is_title(tokens[:n]) for n in range(1, len(tokens) + 1)):
            out.append(s[pos:i] + ", ")   # the title is a part of its own
            pos = i
    if not out:
        return s
    out.append(s[pos:])
    return "".join(out)


def _analyse_prepared(s: str, an: _Analysis) -> None:
    v = _vocab()
    segments = _split_segments(s)
    an.segments = len(segments)
    role = "author"
    unmarked = an.stop == UNMARKED   # no role marker in s: after_date_re and start_re find none
    for seg in segments:
        seg = seg.strip()
        if unmarked:
            _analyse_content(seg, role, an, {})
            continue
        # a marker after a date stamp: "Published May 3, 2019 by Ann Lee"
        m = v.after_date_re.search(seg)
        if m is not None and any(ch.isdigit() for ch in seg[:m.start()]) and _is_date_text(seg[:m.start()]):
            an.cue = True
            seg = seg[m.start():].strip()
        m = v.start_re.match(seg)
        if m is not None:
            word = _norm_entry(m["c"] or m["m"])
            rest = seg[m.end():]
            # a particle used as a marker ("Von Anna Müller", "Di Giorgio e ...") needs a full name after it
            if word in v.particle_markers and not _starts_with_full_name(rest):
                m = None
            else:
                role = v.marker_role[word]
                an.marker = True
                an.first_marker = an.first_marker or word
                _check_stop(an, len(an.items))
                seg = rest
                account = seg.strip()
                if (role == "author" and an.segments >= ACCOUNT_MIN_SEGMENTS and _ACCOUNT.fullmatch(account)
                        and account not in v.stopwords):
                    # "October 12, 2018 / 0 Comments / in Travel / by siteadmin": a blog's meta
                    # line credits the account that posted
                    an.items.append(_Item("single", account, role))
                    continue
        state: dict = {}
        _analyse_content(seg, role, an, state)


def _is_date_text(text: str) -> bool:
    """The text cut off a name holds a date, a time or an age (not just any digit)."""
    dv = _dates._vocab()
    return bool(dv.date_re.search(text) or dv.time_re.search(text)
                or any(p.search(text) for p in dv.relative_res) or dv.cue_any_re.match(text))


def _starts_with_full_name(text: str) -> bool:
    first = _split_parts(_HARD_SPLIT.split(text, maxsplit=1)[0])
    if not first:
        return False
    tokens = [t for t in first[0].split() if t]
    if _name_kind(tokens) == "name":
        return True
    # a full name with its job title after it ("Von Anna Berg Redakteurin Politik")
    k = _name_before_title(tokens)
    return bool(k) and _name_kind(tokens[:k]) == "name"


def _to_byline(an: _Analysis, raw: str, *, allow_single: bool) -> Byline:
    names = [it for it in an.items if it.kind in ("name", "single")]
    authors: list[str] = []
    contributors: dict[tuple[str, str], Contributor] = {}
    agency = None
    seen: set[str] = set()
    for it in an.items:
        if it.kind == "single" and not (allow_single and len(names) == 1 and an.marker):
            continue
        if it.kind in ("name", "single"):
            key = (it.value.casefold(), it.role)
            contributors.setdefault(key, Contributor(name=it.value, role=it.role))  # type: ignore[arg-type]
            if it.role == "author" and it.value.casefold() not in seen:
                seen.add(it.value.casefold())
                authors.append(it.value)
        elif it.kind == "agency" or (it.kind == "org" and not it.after_title):
            contributors.setdefault((it.value.casefold(), "agency"), Contributor(name=it.value, role="agency"))
    for it in an.items:
        if it.kind == "agency":
            agency = it.value
            break
    if agency is None:
        for it in an.items:
            if it.kind == "org" and not it.after_title:
                agency = it.value
                break
    return Byline(authors=authors, contributors=list(contributors.values()), agency=agency, raw=raw)


# --------------------------------------------------------------------------- CJK reporter credits

# Korean and Japanese bylines put the job title after the name, without a marker or any
# capital letter to go by: "홍길동 기자", "서울=홍길동·김영희 기자", "山田太郎記者". The
# title ends the name; a place may come before it ("부산, 울산 홍길동 기자") and the
# reporter's address after it.
_CJK_PERSON = r"(?:\p{Hangul}{2,4}|\p{Han}{2,5})"
_CJK_SEP = r"\s?[·・,、]\s?"
REPORTER_PLACE_MAX_WORDS = 3     # words of a place before the name ("순천, 광양")
REPORTER_LINE_MAX_CHARS = 120


@lru_cache(maxsize=1)
def _reporter_re() -> regex.Pattern | None:
    titles = sorted({_norm_entry(t) for t in rules.pattern_sources("job_titles")
                     if t.strip() and all(_CJK_NAME.fullmatch(w) for w in t.split())}, key=len, reverse=True)
    if not titles:
        return None
    alts = "|".join(regex.escape(t) for t in titles)
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?P<names>{_CJK_PERSON}(?:{_CJK_SEP}{_CJK_PERSON})*)\s?(?:{alts})(?![\p{{L}}\p{{N}}])")


def reporter_credit(text: str) -> list[str]:
    """The names of a CJK reporter credit line ("부산=홍길동·김영희 기자 hong@example.com"), else [].

    The line is only the credit: at most a short place before it (ending with "=" or a
    space) and e-mail addresses after it.

    >>> reporter_credit("홍길동 기자"), reporter_credit("부산=홍길동·김영희 기자 hong@example.com")
    (['홍길동'], ['홍길동', '김영희'])
    >>> reporter_credit("홍길동 기자가 만난 사람들")
    []
    """
    s = (text or "").strip()
    pattern = _reporter_re()
    if not s or len(s) > REPORTER_LINE_MAX_CHARS or pattern is None:
        return []
    names: list[str] = []
    pos = 0
    for k, m in enumerate(pattern.finditer(s)):
        before = s[pos:m.start()]
        if k == 0:
            place = before.replace("=", " ").replace(",", " ").split()
            if len(place) > REPORTER_PLACE_MAX_WORDS:
                return []
        elif before.strip(" ,·/|") and not _EMAIL.fullmatch(before.strip(" ,·/|")):
            return []
        names.extend(n.strip() for n in regex.split(_CJK_SEP, m["names"]) if n.strip())
        pos = m.end()
    if not names:
        return []
    rest = _EMAIL.sub(" ", s[pos:]).strip(" ,·/|()")
    return list(dict.fromkeys(names)) if not rest else []


# --------------------------------------------------------------------------- public API

def parse_byline(text: str) -> Byline:
    """Parse a byline into authors, contributors with roles, and an agency.

    >>> parse_byline("By Jane Doe, CNN").agency
    'CNN'
    >>> parse_byline("Sophie Yu | Reuters").authors
    ['Sophie Yu']
    >>> parse_byline("By Reuters").authors, parse_byline("By Reuters").agency
    ([], 'Reuters')
    """
    if not text:
        return Byline(raw=text or "")
    reporters = reporter_credit(text)
    if reporters:
        return Byline(authors=reporters, contributors=[Contributor(name=n, role="author") for n in reporters],
                      raw=text.strip())
    an = _analyse(text)
    return _to_byline(an, text.strip(), allow_single=True)


def looks_like_byline(text: str) -> bool:
    """True for a short line that is a byline (not a sentence, headline or label).

    >>> looks_like_byline("By Sophie Yu"), looks_like_byline("Sophie Yu | Reuters")
    (True, True)
    >>> looks_like_byline("Storm Closes Schools Across The County"), looks_like_byline("Related stories")
    (False, False)
    """
    return _looks_like_byline(text, quick=True)


def _looks_like_byline(text: str, *, quick: bool) -> bool:
    """:func:`looks_like_byline`; ``quick`` first rejects lines with :func:`_may_be_byline`
    (same answers, tested on every benchmark line; ``quick=False`` is the reference)."""
    if not text:
        return False
    s = text.strip()
    if not s or len(s) > MAX_LINE_CHARS or len(s.split()) > MAX_LINE_WORDS:
        return False
    if _CJK_NAME.search(s) is not None and reporter_credit(s):
        return True
    an = _Analysis()
    p = _prepare(s, an)
    if p is None:
        return False
    if quick:
        shape = _may_be_byline(p, s, an.cue)
        if not shape:
            return False
        if shape == UNMARKED:
            an.stop = UNMARKED
            try:
                _analyse_prepared(p, an)
            except _Rejected:
                return False
            an.stop = None
        else:
            _analyse_prepared(p, an)
    else:
        _analyse_prepared(p, an)
    b = _to_byline(an, s, allow_single=True)
    people = [c for c in b.contributors if c.role != "agency"]
    if an.marker:
        if not (people or b.agency):
            # "Posted on March 30, 2015 by Admin": a dated post credited to a placeholder
            return an.cue and an.junk_words == 0 and _placeholder_credit(s)
        if an.junk_words <= 2:
            return True
        # "By Alex Hart, a deputy editor who covers ...": a byline with a bio after the name
        m = _vocab().start_re.match(s)
        if m is None or not m["m"] or _vocab().marker_role[_norm_entry(m["m"])] != "author":
            return False
        head = s[m.end():].split(",", 1)
        return len(head) == 2 and _name_kind(head[0].split()) == "name" and head[1][:2].strip()[:1].islower()
    if not people or an.junk_words or len(people) < sum(it.kind in ("name", "single") for it in an.items):
        return False
    if s[:1] in _ATTRIBUTION_DASHES:
        return False   # "— Ann Lee (@annlee) May 3, 2019": the signature of a quote or an embedded post
    if (not an.cue and len(s.split()) > MAX_UNMARKED_ORG_WORDS
            and not any(it.kind == "agency" for it in an.items) and not _had_title(s)):
        return False   # a long run of capitalised words held up only by an outlet-like word: a menu or a headline
    if s.endswith(".") and not _INITIAL.fullmatch(s.split()[-1]):
        return False
    if _GLUED_SLASH.search(s) or (s.startswith("(") and s.endswith(")")):
        return False   # "Ann Lee/Reuters", "(Ann Lee/Getty)": a photo credit, not a byline
    if _PRICE_CHANGE.search(s):
        return False   # "Otters Sports Group (OTR) 12.40 +3.1%": a stock quote
    return an.cue or any(it.kind in ("agency", "org") for it in an.items) or _had_title(s)


PLACEHOLDER_MAX_WORDS = 2


def _placeholder_credit(s: str) -> bool:
    """Whether the line's last role marker credits only a placeholder ("by Admin", "by Guest")."""
    last = None
    for last in _vocab().any_marker_re.finditer(s):
        pass
    if last is None:
        return False
    rest = [w.casefold().strip(_END_PUNCT) for w in _HARD_SPLIT.split(s[last.end():], maxsplit=1)[0].split()]
    rest = [w for w in rest if w]
    return 0 < len(rest) <= PLACEHOLDER_MAX_WORDS and all(w in _vocab().stopwords for w in rest)


_UPPER = regex.compile(r"\p{Lu}")
_PRICE_CHANGE = regex.compile(r"(?<![\w.])[+−-]\d{1,4}(?:[.,]\d{1,3})?\s?%")
_NO_LOWER_RUN = regex.compile(r"[^\s\p{Ll}]+")


def _may_be_byline(p: str, s: str, an_cue: bool) -> bool | str:
    """A quick test that only rejects what :func:`looks_like_byline` rejects.

    ``p`` is the prepared text, ``s`` the stripped line. Every role marker the analysis
    finds is a substring of ``p`` with no letter before it (a segment starts after a
    separator; a marker inside one after a non-letter) and a space or colon after it.
    Without one, the line needs a person's name of two words, each opening with a
    capital letter (singles need a marker), must pass the unmarked line's checks on
    ``s``, and needs what makes a bare name a byline: a cue (found by the preparation,
    a date-like cut, a bracketed role), a word of an agency or outlet, a job title in a
    second part of the line, or a capitals-only word in a second part (a one-word outlet).
    Without a bracket or a marker, parts are the pieces ``_HARD_SPLIT`` and
    ``conj_split_re`` cut from ``p``, so a second part needs one of them to match.

    Returns False (the line is no byline), MARKED (the line may hold a role marker) or
    UNMARKED (it holds none: the analysis can skip the marker patterns and stop at the
    first finding an unmarked byline cannot have).
    """
    v = _vocab()
    ascii_words = _ascii_words(p) if p.isascii() else None
    if ascii_words is None or v.marker_keys.may_occur(ascii_words):
        if v.any_marker_re.search(p) is not None:
            return MARKED
    if s.endswith(".") and not _INITIAL.fullmatch(s.split()[-1]):
        return False
    if _GLUED_SLASH.search(s) or (s.startswith("(") and s.endswith(")")):
        return False
    up = _UPPER.search(p)
    if up is None or _UPPER.search(p, up.end()) is None:
        return False
    # the unmarked line also needs a cue, an agency or outlet, or a job title
    if an_cue or "(" in p:
        return UNMARKED
    if "," in s and _doubled(s.rsplit(",", 1)[1].split()):
        return UNMARKED   # "Lena Ortiz, Westbrook Courier Westbrook Courier": the publisher, doubled
    # (an ASCII text's digits are \d's: with ascii_words the digit test is one search)
    if ascii_words is None or v.date_cut_keys.may_occur(ascii_words) or _DIGIT.search(p) is not None:
        if v.date_cut_re.search(p) is not None:
            return UNMARKED
    words = ascii_words | _ascii_words(s) if s.isascii() and ascii_words is not None else None
    if words is None or v.agency_keys.may_occur(words):
        if v.any_agency_re.search(p.casefold()) is not None or v.any_agency_re.search(s.casefold()) is not None:
            return UNMARKED
    # a job title alone adds no item: it counts after a name in a second part of ``s``
    if (words is None or v.title_keys.may_occur(words)) and v.conj_split_re.search(s) is not None:
        if v.any_title_re.search(p.casefold()) is not None or v.any_title_re.search(s.casefold()) is not None:
            return UNMARKED
    # an outlet's word makes an item in a capitalised run ("Daily News"), or in the tail
    # a capitalised cutting word opens ("Ann Lee For the news")
    if ascii_words is None or v.org_keys.may_occur(ascii_words):
        capital_cut = any(_starts_capital(m[0]) for m in v.any_cut_re.finditer(p))
        if any(capital_cut or _starts_capital(m[0]) for m in v.any_org_re.finditer(p)):
            return UNMARKED
    # a one-word outlet in capitals ("CNN"): a part of its own beside the name's part
    if _HARD_SPLIT.search(p) is None and v.conj_split_re.search(p) is None:
        return False
    if any(len(r) >= 2 and any(ch.isupper() for ch in r) and sum(ch.isalpha() for ch in r) >= 2
           for r in _NO_LOWER_RUN.findall(p)):
        return UNMARKED
    return False


_ASCII_RUN = re.compile(r"[a-z]+")


def _ascii_words(text: str) -> frozenset[str]:
    """The runs of letters of an ASCII text, lower-cased."""
    return frozenset(_ASCII_RUN.findall(text.lower()))


@dataclass(frozen=True)
class _WordKeys:
    """Which entries of a word-list pattern may occur in an ASCII text.

    A case-insensitive match of an entry that no letter precedes and whose end no
    letter follows (the patterns' boundaries) begins, in an ASCII text, with a whole
    run of letters equal to the entry's first run of letters; entries that do not
    start with a letter make every text a candidate. Entries whose first run is not
    ASCII cannot match an ASCII text.
    """

    keys: frozenset[str]
    always: bool

    @classmethod
    def of(cls, entries) -> "_WordKeys":
        keys: set[str] = set()
        always = False
        for e in entries:
            e = e.casefold()
            if not e[:1].isalpha():
                always = always or bool(e)
                continue
            run = regex.match(r"\p{L}+", e)[0]
            if run.isascii():
                keys.add(run)
        return cls(frozenset(keys), always)

    def may_occur(self, ascii_words: frozenset[str]) -> bool:
        return self.always or not self.keys.isdisjoint(ascii_words)


def _starts_capital(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _had_title(s: str) -> bool:
    """A name followed by a job title ("Ann Lee, Staff Writer")."""
    parts = _split_parts(s)
    return len(parts) >= 2 and any(_is_title(p.split()) for p in parts[1:])


def looks_like_name_line(text: str) -> bool:
    """True for a line that is only one or a few person names ("Hazel Sheffield").

    Without a marker such a line is ambiguous; callers use it with position
    (the line just below the headline).
    """
    if not text or len(text) > 120:
        return False
    s = text.strip()
    if s.endswith((".", "?", "!", ":")) or _DIGIT.search(s) is not None:
        return False   # a sentence, a label, or a row with a number ("Ann Lee 100 backstroke")
    # an interface or function word anywhere ("Share on Facebook Twitter Email", "Find Your
    # Next Car") is not part of a bare name line, even where a byline would strip it
    # (name particles such as "der", "la", "Le" and one-letter initials are not counted)
    v = _vocab()
    joins = rules.phrases("byline_conjunctions")
    for w in s.split():
        low = w.casefold().strip(_END_PUNCT)
        # (a word joining names, "Ann Lee und Tom Okafor", is no interface word when each
        # part is a full name: checked below, all items must be names)
        if len(low) > 1 and low in v.stopwords and low not in v.particles and low not in joins:
            return False
    an = _Analysis(stop=NAME_LINE)
    p = _prepare(s, an)
    if p is None:
        return False
    try:
        _analyse_prepared(p, an)
    except _Rejected:
        return False
    if an.junk_words or an.marker:
        return False
    names = [it for it in an.items if it.kind == "name"]
    return (bool(names) and len(names) == len(an.items)
            and all(_plain_name_words(it.value) <= MAX_BARE_NAME_WORDS for it in names))


def _plain_name_words(name: str) -> int:
    """The words of a name that are neither particles ("de", "van") nor initials ("J.")."""
    particles = _vocab().particles
    return sum(1 for t in name.split() if t.casefold() not in particles and not _INITIAL.fullmatch(t))


def ends_open(text: str) -> bool:
    """Whether a byline line ends with a comma or "and", its list going on on the next line
    ("von Ann Lee," / "Deutsche Presse-Agentur").

    >>> ends_open("By Ann Lee,"), ends_open("By Ann Lee and"), ends_open("By Ann Lee")
    (True, True, False)
    """
    return _ENDS_WITH_JOIN.search(text or "") is not None


MARKER_LINE_MAX_WORDS = 8   # a byline opening with its marker is short


def opens_with_author_marker(text: str) -> bool:
    """Whether ``text`` opens with an author marker and a capitalised word ("By Desk with Agencies").

    >>> opens_with_author_marker("By Newsroom with agencies"), opens_with_author_marker("Bystanders cheer")
    (True, False)
    """
    s = (text or "").strip()
    m = _vocab().start_re.match(s)
    if m is None or not m["m"] or _vocab().marker_role.get(_norm_entry(m["m"])) != "author":
        return False
    rest = s[m.end():].lstrip(" :")
    # a headline in title case may open with the word too ("By Land and Sea: ...", "Por Qué ...?")
    return (rest[:1].isupper() and len(s.split()) <= MARKER_LINE_MAX_WORDS
            and not any(ch in rest for ch in ":?!"))


def is_lone_marker(text: str) -> bool:
    """Whether ``text`` is only an author marker ("By", "Author:"), printed apart from the name.

    >>> is_lone_marker("By"), is_lone_marker("Author:"), is_lone_marker("By Ann Lee")
    (True, True, False)
    """
    key = _norm_entry((text or "").strip().rstrip(":：").strip())
    return bool(key) and _vocab().marker_role.get(key) == "author"


def looks_like_job_title(text: str) -> bool:
    """Whether ``text`` is only a job title ("Senior Contributor", "Staff Writer").

    >>> looks_like_job_title("Senior Contributor"), looks_like_job_title("Fast Bikes")
    (True, False)
    """
    return _is_title(_clean_text(text or "").split())


def stopwords() -> frozenset[str]:
    """The function and interface words of the byline rules, lower-cased ("the", "share")."""
    return _vocab().stopwords


def is_interface_line(text: str) -> bool:
    """Whether every word of ``text`` is an interface or function word ("Follow", "Share this").

    >>> is_interface_line("Share"), is_interface_line("View all posts"), is_interface_line("Fast Bikes")
    (True, True, False)
    """
    words = [w.casefold().strip(_END_PUNCT) for w in _clean_text(text or "").split()]
    words = [w for w in words if w]
    return bool(words) and all(w in _vocab().stopwords for w in words)


def is_agency(text: str) -> bool:
    """Whether ``text`` is only the name of a news agency ("Reuters", "The Associated Press").

    >>> is_agency("Agence France-Presse"), is_agency("Contributors to Shore Wiki")
    (True, False)
    """
    tokens = [t for t in _clean_text(text or "").split() if t.strip(_END_PUNCT)]
    if tokens and tokens[0].casefold() in _vocab().org_leads:
        tokens = tokens[1:]
    found = _agency_at(tokens, 0) if tokens else None
    return found is not None and found[1] == len(tokens)


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
    if not s or len(s) > MAX_BYLINE_CHARS:
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


_INVERTED = regex.compile(r"(?P<last>\p{Lu}[\p{L}'’-]+),\s*(?P<first>\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})"
                          r"(?P<particle>(?:\s\p{Ll}{1,3}){0,2})")
_META_SPLIT = regex.compile(r"\s*(?:[;|\n]+|\s/\s)\s*")
# a declared author given as an account: a display name, then the user name in brackets
# ("Blue Sky_Home (bluesky77)"); the display name need not read as a person's name
_SCREEN_NAME = regex.compile(r"(?P<name>[^()\[\]<>@/\\:;,|\d][^()\[\]<>@/\\:;,|]{1,39}?)\s*"
                             r"[(\[]@?(?P<user>[a-z][a-z0-9_.-]{2,29})[)\]]")
MAX_SCREEN_NAME_WORDS = 4


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
    if not name or not 1 <= len(tokens) <= MAX_SCREEN_NAME_WORDS or not any(ch.isalpha() for ch in name):
        return None
    v = _vocab()
    low = [t.casefold().strip(".,") for t in tokens]
    if (any(t in v.stopwords or t in v.org_words or t in v.title_words for t in low)
            or any(_agency_at(tokens, j) for j in range(len(tokens)))):
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
                if (last_low not in v.stopwords and last_low not in v.org_words and _agency_at([m["last"]], 0) is None
                        and all(t.casefold() not in v.stopwords for t in first_tokens)
                        and (m["particle"] or len(first_tokens) >= 1)
                        and not any(_agency_at(first_tokens, j) for j in range(len(first_tokens)))):
                    piece = f"{m['first']}{m['particle']} {m['last']}"
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

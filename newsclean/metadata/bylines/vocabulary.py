"""The byline vocabulary: the word lists of rules/data (roles, markers, job titles, agencies,
outlets, stopwords) loaded once into regular expressions and sets, and the shared
patterns and limits of the byline readers.

Split from :mod:`newsclean.metadata.bylines` along its seams.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

import regex

from newsclean import rules
from newsclean.article import Contributor
from newsclean.metadata import dates as _dates

_ATTRIBUTION_DASHES = "—―–"


# a site account after "by" ("by siteadmin"), credited in a meta line of this many parts
_ACCOUNT = regex.compile(r"[a-z][a-z0-9_.-]{2,29}")


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
_ENDS_WITH_JOIN = regex.compile(r"(?:[,;]|\s(?:and|und|et|y|e|en|og|och|ve|и|&))\s*$", regex.IGNORECASE)


_TRAILING_JOIN = regex.compile(r"(?:[,;]|\s(?i:and|und|et|y|e|en)|&)\s*$")


_EMPTY_PARENS = regex.compile(r"\(\s*\)")


_END_PUNCT = " \t,.:;!?'\"“”‘’«»()[]{}*_~-–—"


@dataclass(frozen=True)
class _Vocab:
    start_re: regex.Pattern  # role marker at the start of a segment
    mid_re: regex.Pattern  # multi-word role marker inside a segment
    after_date_re: regex.Pattern  # single-word marker after a date ("May 3, 2019 by Ann Lee")
    marker_role: dict[str, str]
    particle_markers: frozenset[str]
    credit_openers_re: regex.Pattern
    source_re: regex.Pattern | None  # a source label with its colon opening a segment ("Kaynak: AA")
    paren_roles: dict[str, str]
    conj_split_re: regex.Pattern
    with_re: regex.Pattern
    with_mid_re: regex.Pattern  # a lower-case "with" inside a part ("Ann Lee with Reuters")
    cut_words: dict[str, int]  # word sequence (casefold) -> number of words
    stopwords: frozenset[str]
    stopword_names: frozenset[str]  # function words that are also names ("An"), kept at a marked name's edge
    org_words: frozenset[str]
    org_leads: frozenset[str]
    title_words: frozenset[str]
    title_phrases: frozenset[str]
    title_phrase_words: frozenset[str]  # every word of the job titles ("senior", "political", "reporter")
    title_labels: frozenset[str]  # newsroom titles printed as a label before a name ("Reporter Ann Lee")
    title_places: frozenset[str]  # words joining a job title to its place ("Correspondent in Rome")
    places: frozenset[str]  # places in a name's shape ("Hong Kong", "New York City"), never a person
    agency_tail_re: regex.Pattern | None  # "with agencies" ending a credit (or a segment of it)
    particles: frozenset[str]
    agencies: dict[tuple[str, ...], str]
    agency_max_len: int
    date_cut_re: regex.Pattern
    noise_re: regex.Pattern | None
    any_marker_re: regex.Pattern  # every role marker anywhere: a line without one has no marker
    any_title_re: regex.Pattern  # every job-title word (in casefolded text)
    any_agency_re: regex.Pattern  # every agency word (in casefolded text)
    any_org_re: regex.Pattern  # every outlet word and outlet lead ("The")
    any_cut_re: regex.Pattern  # every clause-cutting word ("in", "for")
    marker_keys: _WordKeys
    title_keys: _WordKeys
    agency_keys: _WordKeys
    org_keys: _WordKeys
    date_cut_keys: _WordKeys  # date_cut_re's words (its other branches need a digit)


def _agency_tail_re() -> regex.Pattern | None:
    entries = [_norm_entry(w) for w in rules.pattern_sources("byline_agency_tails")]
    if not entries:
        return None
    return regex.compile(rf"(?<=\S)\s+(?:{_entry_re(entries)})\s*(?=$|[;|•·/–—]|\s[-‐]\s)", regex.IGNORECASE)


# the rest of a capitalised name word ("Kowalski", "Nowak-Kowalska", "O'Neil", "J.")
_NAME_TAIL = r"[\p{L}'’.-]*"


def _norm_entry(e: str) -> str:
    return " ".join(e.casefold().split())


def _entry_re(entries) -> str:
    items = sorted(set(entries), key=lambda e: (-len(e), e))
    return "|".join(regex.escape(e).replace(r"\ ", r"\s{1,3}") for e in items)


@cache
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
        regex.IGNORECASE,
    )
    # (and a one-word marker with its colon after a join: "Text: Ann Lee, Foto: Bo Chen")
    mid_re = regex.compile(
        rf"(?<![\p{{L}}'])(?P<m>(?:{_entry_re(multi)})|(?:{_entry_re(colon)})(?=\s*[:：]))(?:\s*[:：]\s*|\s+)(?=\S)",
        regex.IGNORECASE,
    )
    plain = [m for m in single if m not in particles]
    after_date_re = regex.compile(rf"\s(?P<m>{_entry_re(plain)})\s+(?=\p{{Lu}})", regex.IGNORECASE)
    openers = {_norm_entry(e) for e in rules.pattern_sources("byline_credit_openers")}
    credit_openers_re = regex.compile(rf"[\s(\[]*(?:{_entry_re(openers)})(?:\s*[:：])?\s", regex.IGNORECASE)

    sources = {_norm_entry(e) for e in rules.pattern_sources("byline_source_labels")}
    source_re = regex.compile(rf"\s*(?:{_entry_re(sources)})\s*[:：]\s*", regex.IGNORECASE) if sources else None

    conj = {_norm_entry(c) for c in rules.pattern_sources("byline_conjunctions")}
    words_long = [c for c in conj if c.isalpha() and len(c) >= 3]
    words_short = [c for c in conj if c.isalpha() and len(c) < 3]
    symbols = [c for c in conj if not c.isalpha()]
    word_alt = "|".join(
        x
        for x in (
            f"(?i:{_entry_re(words_long)})" if words_long else "",
            f"(?-i:{_entry_re(words_short)})" if words_short else "",
        )
        if x
    )
    # words that join two names only, as written, between a full name's two capitalised
    # words on each side ("Jan Kowalski i Anna Nowak"; not "Journalist i Paris", Nordic "in")
    name_joins = {" ".join(w.split()) for w in rules.pattern_sources("byline_name_joins")}
    between = (
        rf"|(?<=\p{{Lu}}{_NAME_TAIL}\s+(?:\p{{Ll}}+\s+){{0,2}}\p{{Lu}}{_NAME_TAIL})\s+(?-i:{_entry_re(name_joins)})\s+"
        rf"(?=\p{{Lu}}{_NAME_TAIL}\s+(?:\p{{Ll}}+\s+){{0,2}}\p{{Lu}})"
        if name_joins
        else ""
    )
    conj_split_re = regex.compile(
        rf"\s*,\s*(?:(?:{word_alt})\s+)?|\s+(?:{word_alt})\s+"
        + (rf"|\s*(?:{_entry_re(symbols)})\s*" if symbols else "")
        + between
    )
    with_words = {_norm_entry(w) for w in rules.pattern_sources("byline_with")}
    long_with = _entry_re([w for w in with_words if len(w) >= 4])
    short_with = _entry_re([w for w in with_words if len(w) < 4])
    with_re = regex.compile(rf"^\s*(?:(?i:{long_with})|(?-i:{short_with}))\s+")
    with_mid_re = regex.compile(rf"\s+(?-i:{_entry_re(sorted(with_words))})\s+(?=\S)")

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
        rf"\d|(?<!\p{{L}})(?:{months})\.?\s{{0,2}}\d|(?<!\p{{L}})(?:{weekdays}|{cues})(?!\p{{L}})", regex.IGNORECASE
    )
    markers = {**marker_role, **colon}
    title_words = [w for t in title_entries for w in t.split()]
    agency_words = [w for key in agencies for w in key]
    org_words = [
        *(_norm_entry(w) for w in rules.pattern_sources("byline_org_words")),
        *(_norm_entry(w) for w in rules.pattern_sources("byline_org_leads")),
    ]
    return _Vocab(
        start_re=start_re,
        mid_re=mid_re,
        after_date_re=after_date_re,
        marker_role={**marker_role, **colon},
        particle_markers=particle_markers,
        credit_openers_re=credit_openers_re,
        source_re=source_re,
        paren_roles=paren_roles,
        conj_split_re=conj_split_re,
        with_re=with_re,
        with_mid_re=with_mid_re,
        cut_words=cut_words,
        stopwords=frozenset(_norm_entry(w) for w in rules.pattern_sources("byline_stopwords")),
        stopword_names=frozenset(_norm_entry(w) for w in rules.pattern_sources("byline_stopword_names")),
        org_words=frozenset(_norm_entry(w) for w in rules.pattern_sources("byline_org_words")),
        org_leads=frozenset(_norm_entry(w) for w in rules.pattern_sources("byline_org_leads")),
        title_words=frozenset(t for t in title_entries if " " not in t),
        title_phrases=frozenset(title_entries),
        title_phrase_words=frozenset(w for t in title_entries for w in t.split()),
        title_labels=frozenset(_norm_entry(w) for w in rules.pattern_sources("byline_title_labels")),
        title_places=frozenset(_norm_entry(w) for w in rules.pattern_sources("job_title_places")),
        places=frozenset(_norm_entry(w) for w in rules.pattern_sources("byline_places")),
        agency_tail_re=_agency_tail_re(),
        particles=particles,
        agencies=agencies,
        agency_max_len=max((len(k) for k in agencies), default=1),
        date_cut_re=date_cut_re,
        noise_re=rules.combined("byline_noise_patterns"),
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
    def of(cls, entries) -> _WordKeys:
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


def stopwords() -> frozenset[str]:
    """The function and interface words of the byline rules, lower-cased ("the", "share")."""
    return _vocab().stopwords

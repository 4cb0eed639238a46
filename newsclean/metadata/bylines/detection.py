"""Byline line detection: whether a line of a page is a byline, a name line, a lone marker,
a job title or interface text, with cheap pre-filters before the grammar.

Split from :mod:`newsclean.metadata.bylines` along its seams.
"""

from __future__ import annotations

import regex

from newsclean import rules
from newsclean.metadata.bylines.grammar import (
    _analyse_prepared,
    _doubled,
    _is_date_text,
    _to_byline,
    parse_byline,
)
from newsclean.metadata.bylines.names import _is_title, _name_kind
from newsclean.metadata.bylines.openers import _paren_agencies, _split_parts
from newsclean.metadata.bylines.reporter import reporter_credit
from newsclean.metadata.bylines.text import (
    _DIGIT,
    MARKED,
    NAME_LINE,
    UNMARKED,
    _agency_name,
    _Analysis,
    _clean_text,
    _prepare,
    _Rejected,
)
from newsclean.metadata.bylines.vocabulary import (
    _ATTRIBUTION_DASHES,
    _CJK_NAME,
    _END_PUNCT,
    _ENDS_WITH_JOIN,
    _GLUED_SLASH,
    _HARD_SPLIT,
    _INITIAL,
    _PAREN,
    _ascii_words,
    _norm_entry,
    _vocab,
)
from newsclean.settings import settings


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
    if not s or len(s) > settings().max_line_chars or len(s.split()) > settings().max_line_words:
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
        head = s[m.end() :].split(",", 1)
        return len(head) == 2 and _name_kind(head[0].split()) == "name" and head[1][:2].strip()[:1].islower()
    if not people or an.junk_words or len(people) < sum(it.kind in ("name", "single") for it in an.items):
        return False
    if s[:1] in _ATTRIBUTION_DASHES:
        return False  # "— Ann Lee (@annlee) May 3, 2019": the signature of a quote or an embedded post
    if (
        not an.cue
        and len(s.split()) > settings().max_unmarked_org_words
        and not any(it.kind == "agency" for it in an.items)
        and not _had_title(s)
    ):
        return False  # a long run of capitalised words held up only by an outlet-like word: a menu or a headline
    if _sentence_end(s):
        return False
    if _glued_slash(s) or (s.startswith("(") and s.endswith(")")):
        return False  # "Ann Lee/Reuters", "(Ann Lee/Getty)": a photo credit, not a byline
    if _PRICE_CHANGE.search(s):
        return False  # "Otters Sports Group (OTR) 12.40 +3.1%": a stock quote
    return an.cue or any(it.kind in ("agency", "org") for it in an.items) or _had_title(s)


# a number and a short unit's abbreviation ending the line ("· 3 Min.", "5 min."): a reading time
_UNIT_END = regex.compile(r"\d\s?\p{L}{1,4}\.$")


def _sentence_end(s: str) -> bool:
    """The line ends like a sentence: a full stop, not after an initial ("Ann B.") nor a reading
    time's unit ("Ann Lee · 12.03.2024 · 3 Min.")."""
    return s.endswith(".") and not _INITIAL.fullmatch(s.split()[-1]) and _UNIT_END.search(s) is None


def _glued_slash(s: str) -> bool:
    """A slash glued between words ("Ann Lee/Reuters": a photo credit's shape), not counting
    one in a parenthetical of agencies after a name ("Anna Berg (dpa/AFP)": her byline)."""
    if _GLUED_SLASH.search(s) is None:
        return False
    if "(" in s:
        s = _PAREN.sub(lambda m: " " if _paren_agencies(m[1]) else m[0], s)
    return _GLUED_SLASH.search(s) is not None


def _placeholder_credit(s: str) -> bool:
    """Whether the line's last role marker credits only a placeholder ("by Admin", "by Guest")."""
    last = None
    for m in _vocab().any_marker_re.finditer(s):
        last = m
    if last is None:
        return False
    rest = [w.casefold().strip(_END_PUNCT) for w in _HARD_SPLIT.split(s[last.end() :], maxsplit=1)[0].split()]
    rest = [w for w in rest if w]
    return 0 < len(rest) <= settings().placeholder_max_words and all(w in _vocab().stopwords for w in rest)


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
    if _sentence_end(s):
        return False
    if _glued_slash(s) or (s.startswith("(") and s.endswith(")")):
        return False
    up = _UPPER.search(p)
    if up is None or _UPPER.search(p, up.end()) is None:
        return False
    # the unmarked line also needs a cue, an agency or outlet, or a job title
    if an_cue or "(" in p:
        return UNMARKED
    if "," in s and _doubled(s.rsplit(",", 1)[1].split()):
        return UNMARKED  # "Lena Ortiz, Westbrook Courier Westbrook Courier": the publisher, doubled
    # (an ASCII text's digits are \d's: with ascii_words the digit test is one search)
    if ascii_words is None or v.date_cut_keys.may_occur(ascii_words) or _DIGIT.search(p) is not None:
        if v.date_cut_re.search(p) is not None:
            return UNMARKED
    words = ascii_words | _ascii_words(s) if s.isascii() and ascii_words is not None else None
    if words is None or v.agency_keys.may_occur(words):
        if v.any_agency_re.search(p.casefold()) is not None or v.any_agency_re.search(s.casefold()) is not None:
            return UNMARKED
    # a job title alone adds no item: it counts after a name in a second part of ``s``
    if (words is None or v.title_keys.may_occur(words)) and (
        v.conj_split_re.search(s) is not None or _HARD_SPLIT.search(s) is not None
    ):
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
    if any(
        len(r) >= 2 and any(ch.isupper() for ch in r) and sum(ch.isalpha() for ch in r) >= 2
        for r in _NO_LOWER_RUN.findall(p)
    ):
        return UNMARKED
    return False


def _starts_capital(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _had_title(s: str) -> bool:
    """A name followed by a job title ("Ann Lee, Staff Writer")."""
    # (the parts a comma or a conjunction cuts, or a dash or a bar: "Ann Lee – Reporter")
    parts = [q for piece in _HARD_SPLIT.split(s) for q in _split_parts(piece)]
    return len(parts) >= 2 and any(_is_title(p.split()) for p in parts[1:])


# the phrase files of interface lines a bare name line never is
_INTERFACE_PHRASES = ("section_headers", "policy_links", "share_widgets", "viewer_labels")


def looks_like_name_line(text: str) -> bool:
    """True for a line that is only one or a few person names ("Hazel Sheffield").

    Without a marker such a line is ambiguous; callers use it with position
    (the line just below the headline).
    """
    if not text or len(text) > 120:
        return False
    s = text.strip()
    if s.endswith((".", "?", "!", ":", "»", "›", ">")) or _DIGIT.search(s) is not None:
        return (
            False  # a sentence, a label, a link ("More coverage »") or a row with a number ("Ann Lee 100 backstroke")
        )
    # an interface or function word anywhere ("Share on Facebook Twitter Email", "Find Your
    # Next Car") is not part of a bare name line, even where a byline would strip it
    # (name particles such as "der", "la", "Le" and one-letter initials are not counted)
    norm = rules.normalise_phrase(s)
    if any(norm in rules.phrases(concern) for concern in _INTERFACE_PHRASES):
        # a widget's heading or an interface line in a name's shape ("Meest Gelezen", "Most
        # Read", "Privacy Policy", "Hide Caption")
        return False
    v = _vocab()
    joins = rules.phrases("byline_conjunctions")
    # a news section's name ("Panorama Extremismus", "Inland Politik" over a date stamp: the
    # section path, in a German noun's capitals) is no word of a bare name line
    sections = rules.phrases("section_names")
    for w in s.split():
        low = w.casefold().strip(_END_PUNCT)
        # (a word joining names, "Ann Lee und Tom Okafor", is no interface word when each
        # part is a full name: checked below, all items must be names)
        if len(low) > 1 and low in v.stopwords and low not in v.particles and low not in joins:
            return False
        if low in sections:
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
    return (
        bool(names)
        and len(names) == len(an.items)
        and all(_plain_name_words(it.value) <= settings().max_bare_name_words for it in names)
    )


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


def opens_with_author_marker(text: str) -> bool:
    """Whether ``text`` opens with an author marker and a capitalised word ("By Desk with Agencies").

    >>> opens_with_author_marker("By Newsroom with agencies"), opens_with_author_marker("Bystanders cheer")
    (True, False)
    """
    s = (text or "").strip()
    m = _vocab().start_re.match(s)
    # (a marker with its colon counts too: "Autorin: Ann Lee", "Text: Ann Lee")
    marker = (m["m"] or m["c"]) if m is not None else None
    if not marker or _vocab().marker_role.get(_norm_entry(marker)) != "author":
        return False
    rest = s[m.end() :].lstrip(" :")
    # a headline in title case may open with the word too ("By Land and Sea: ...", "Por Qué ...?")
    return (
        rest[:1].isupper()
        and len(s.split()) <= settings().marker_line_max_words
        and not any(ch in rest for ch in ":?!")
    )


def after_date_stamp(text: str) -> str:
    """What follows a date stamp opening the line when an author marker comes next ("06 November
    2012 by Ann Lee", a blog's meta line: the marker is the line's, as after a "Published"
    cue), else "".

    >>> after_date_stamp("06 November 2012 by Ann Lee"), after_date_stamp("Storm hits by the sea")
    ('by Ann Lee', '')
    """
    s = (text or "").strip()
    m = _vocab().after_date_re.search(s)
    if m is None or not any(ch.isdigit() for ch in s[: m.start()]) or not _is_date_text(s[: m.start()]):
        return ""
    return s[m.start() :].strip()


def source_agencies(text: str) -> list[str]:
    """The news agencies a source line credits, alone on its line, else [].

    >>> source_agencies("(Quelle: APA/dpa)"), source_agencies("Kaynak: AA"), source_agencies("Quelle: Ann Lee")
    (['APA', 'dpa'], ['AA'], [])
    """
    s = (text or "").strip()
    if s[:1] == "(" and s[-1:] == ")":
        s = s[1:-1].strip()
    pattern = _vocab().source_re
    if not s or len(s.split()) > settings().max_line_words or pattern is None or pattern.match(s) is None:
        return []
    b = parse_byline(s)
    if b.authors or not b.contributors or any(c.role != "agency" for c in b.contributors):
        return []
    return [c.name for c in b.contributors]


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
    return _agency_name(text)

"""A byline's text made ready for the grammar: the analysis state, noise and relative dates
taken out, glued words apart, segments and clauses cut.

Split from :mod:`newsclean.metadata.bylines` along its seams.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cache

import regex

from newsclean import rules
from newsclean.metadata import dates as _dates
from newsclean.metadata.bylines.names import _agency_at, _is_title
from newsclean.metadata.bylines.vocabulary import (
    _EMAIL,
    _END_PUNCT,
    _HANDLE,
    _HARD_SPLIT,
    _PAREN,
    _URL,
    _WS,
    _ascii_words,
    _vocab,
)
from newsclean.settings import settings


def _clean_text(text: str) -> str:
    t = unicodedata.normalize("NFC", text[: settings().vocabulary_max_byline_chars])
    if "\n" not in t and "\r" not in t:
        return _WS.sub(" ", t).strip()  # one line (nearly every text asked)
    t = t.replace("\r", "\n")
    t = "\n".join(_WS.sub(" ", line).strip() for line in t.split("\n"))
    return t.strip()


@dataclass
class _Item:
    kind: str  # name, single, agency, org, title
    value: str
    role: str
    after_title: bool = False


@dataclass
class _Analysis:
    items: list[_Item] = field(default_factory=list)
    junk_words: int = 0
    marker: bool = False  # a role marker was seen
    # the text is a declared author value (a meta tag, JSON-LD), whose words are all the credit:
    # an edge word spelt like a function word beside a name is the name's, as after a marker
    declared: bool = False
    first_marker: str | None = None
    cue: bool = False  # a date, handle, e-mail, URL or separator shows byline structure
    agency_tail: bool = False  # "with agencies" was cut off the credit ("By Euronews with agencies")
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
        if p.search(text) is None:  # a search costs less than a subn that finds nothing
            continue
        text, n = p.subn(" | ", text)
        an.cue = an.cue or n > 0
    return text


def _split_segments(text: str) -> list[str]:
    """The byline's segments, cut at bars, semicolons, dashes and slashes (a slash inside a
    parenthetical is no cut: "Anna Berg (dpa/AFP)" names the agencies her story draws on), then
    where a sentence ends before a role marker (see _credit_sentences)."""
    return [c for s in _hard_segments(text) if s and s.strip(_END_PUNCT) for c in _credit_sentences(s)]


def _hard_segments(text: str) -> list[str]:
    if "(" not in text or "/" not in text:
        return _HARD_SPLIT.split(text)
    inside = [m.span() for m in _PAREN.finditer(text)]
    out, pos = [], 0
    for m in _HARD_SPLIT.finditer(text):
        if m.group().strip() == "/" and any(a < m.start() and m.end() < z for a, z in inside):
            continue
        out.append(text[pos : m.start()])
        pos = m.end()
    out.append(text[pos:])
    return out


# a full stop after a word (not an initial's: "Ann B. Lee") and the capital opening the next sentence
_SENTENCE_END = regex.compile(r"(?<=\p{L}\p{Ll})\.\s+(?=\p{Lu})")


def _credit_sentences(segment: str) -> list[str]:
    """A segment cut where a sentence ends and the next opens with a role marker: the credits
    of two roles written as sentences ("By Ann Lee. Photos by Bo Kim", "Text: Anna Berg.
    Fotos: Bo Kim")."""
    if "." not in segment:
        return [segment]
    marker = _vocab().any_marker_re
    out, pos = [], 0
    for m in _SENTENCE_END.finditer(segment):
        if marker.match(segment, m.end()) is not None:
            out.append(segment[pos : m.start()])
            pos = m.end()
    out.append(segment[pos:])
    return [s for s in out if s.strip(_END_PUNCT)]


# an outlet written as its web address ("FOR DAILYMAIL.COM", "for example.co.uk")
_WEB_ADDRESS = regex.compile(r"(?:www\.)?[\p{L}\d-]{2,63}(?:\.[\p{L}\d-]{2,63})*\.\p{L}{2,6}\.?")


def _cut_clause(tokens: list[str], an: _Analysis) -> tuple[list[str], str | None]:
    """Cut "in Bengaluru", "For Daily Mail Australia", "on May 3"; report an agency in the tail."""
    v = _vocab()
    for i in range(1, len(tokens)):
        for width in (2, 1):
            key = " ".join(t.casefold() for t in tokens[i : i + width])
            if len(tokens[i : i + width]) < width or key not in v.cut_words:
                continue
            tail = tokens[i + width :]
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


_DIGIT = regex.compile(r"\d")  # the digits of date_cut_re's \d


def _may_cut_date(part: str) -> bool:
    """Whether ``date_cut_re`` may match ``part``: its first two branches need a digit and
    the third a weekday or date cue, whose first letters an ASCII part must hold as a word."""
    if _DIGIT.search(part) is not None or not part.isascii():
        return True
    return _vocab().date_cut_keys.may_occur(_ascii_words(part))


def _prepare(text: str, an: _Analysis) -> str | None:
    """The text the analysis reads (URLs, handles, noise and ages cut), or None when empty."""
    s = _clean_text(text)
    if s[:1] in "([" and s[-1:] in ")]" and s.count("(") + s.count("[") == 1:
        s = s[1:-1].strip()  # "(Reporting by ...; Editing by ...)"
    if not s:
        return None
    s = _GLUED_MARKER.sub(r"\1 ", s, count=1)
    if s[:1] in "BbVv":
        s = _unglue_caps_marker(s)
    if _GLUE.search(s) is not None:  # (the glue is where a lower-case letter meets a capital)
        s = _GLUED_TWICE.sub(r"\g<name>", s)
    s = _unglue(s)
    s = _strip_noise(s, an)
    tail = _vocab().agency_tail_re
    if tail is not None and tail.search(s) is not None:
        # "By Ann Lee with agencies", "Von Anna Berg mit Agenturen": the agencies drawn on, no name
        s = tail.sub(" ", s)
        an.cue = an.agency_tail = True
    return _remove_relative(s, an)


_GLUE = regex.compile(r"(?<=\p{Ll})(?=\p{Lu}\p{Ll})")
# a name printed twice and glued by the markup (a link's text and a hidden label: "Ann LeeAnn
# Lee"): one name of two words or more, read once
_GLUED_TWICE = regex.compile(r"(?<!\p{L})(?P<name>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?P=name)(?!\p{L})")


# an author marker glued to the name by a page's markup ("<span>By</span><a>Ann Lee</a>" read
# as "ByAnn Lee"): the marker, then a capital and a small letter ("Byron", "Parker" stay whole)
_GLUED_MARKER = regex.compile(r"^\s*((?i:by|von|par|por|door))(?=\p{Lu}\p{Ll})")


# the same in a byline printed in capitals ("BYANN LEE"): "BY" or "VON" glued to a word of two
# letters or more, then another word in capitals, in a line without small letters; names
# that begin with the marker's letters ("BYRON LEE", rule data ``glued_marker_words``) stay
# whole, as do words such as "BYPASS"
_GLUED_CAPS_MARKER = regex.compile(r"^\s*(BY|VON)(\p{Lu}{2,}[\p{Lu}'’-]*)(?=\s+\p{Lu}[\p{Lu}.'’-]*(?:[\s,;|]|$))")


def _unglue_caps_marker(s: str) -> str:
    m = _GLUED_CAPS_MARKER.match(s)
    if m is None or any(ch.islower() for ch in s) or (m[1] + m[2]).casefold() in _vocab_glued_names():
        return s
    return f"{m[1]} {s[m.start(2) :]}"


@cache
def _vocab_glued_names() -> frozenset[str]:
    return frozenset(e.casefold() for e in rules.pattern_sources("glued_marker_words"))


_PART_END = regex.compile(r"[,;|/·•(]")


def _dated_word(token: str, after: list[str]) -> bool:
    """Whether a word opens a date: a date cue ("Updated"), or a month's name before a
    number ("March 12"; "McMay" alone is a name's inner capital)."""
    v = _dates._vocab()
    word = token.casefold().strip(".,:")
    if word in v.cue_published or word in v.cue_updated:
        return True
    if word in v.weekdays_full:
        # "Ann LeeTuesday, March 12, 2024", "Anna BergDienstag, 12.03.2024": a weekday's full name
        # opening the date (a comma after it, or a day's number or a month's name next)
        nxt = after[0].casefold().strip(".,") if after else ""
        return token.endswith(",") or bool(nxt) and (nxt[:1].isdigit() or nxt in v.months)
    return word in v.months and bool(after) and after[0][:1].isdigit()


def _letters_before(s: str, i: int, most: int) -> int:
    """How many letters run without a break up to ``s[i]`` ("Lee-Mc|Allister": two), counted
    up to ``most`` (a bounded walk: a line of many glues stays linear)."""
    n = 0
    while n < most and i - n > 0 and s[i - n - 1].isalpha():
        n += 1
    return n


def _unglue(s: str) -> str:
    """Part a name from a job title glued to it by a page's layout ("Ann LeeStaff Writer");
    names with inner capitals ("LaMotte") stay whole."""
    if not any(ch.isupper() for ch in s[1:]) or _GLUE.search(s) is None:
        return s
    out, pos = [], 0
    for m in _GLUE.finditer(s):
        i = m.start()
        start = max(s.rfind(" ", 0, i), 0)
        word = s[start:].split(maxsplit=1)[0] if s[start:].strip() else ""
        if _WEB_ADDRESS.fullmatch(word.strip(",;:")):
            continue  # an outlet's address ("TrekMovie.com Staff") is one word
        end = _PART_END.search(s, i)
        tokens = s[i : end.start() if end else len(s)].split()[:3]
        if any(_is_title(tokens[:n]) for n in range(1, len(tokens) + 1)):
            out.append(s[pos:i] + ", ")  # the title is a part of its own
            pos = i
        elif tokens and _dated_word((raw := s[i:].split()[:2])[0], raw[1:2]):
            out.append(s[pos:i] + " ")  # "Ann LeeMarch 12, 2024", "Ann LeeUpdated ...": the date
            pos = i
        elif (
            len(tokens) == 1
            and _letters_before(s, i, most := settings().glued_label_min_head_chars) >= most
            and word.strip(_END_PUNCT).casefold() not in _vocab().stopwords
        ):
            # "by Spencer HendricksOpinion": a label glued to the part's last word (a long
            # surname's tail; a name's inner capital follows a short prefix: "McDonald", "LaMotte";
            # an interface word is one word: "LinkedIn")
            out.append(s[pos:i] + ", ")
            pos = i
    if not out:
        return s
    out.append(s[pos:])
    return "".join(out)


def _agency_name(value: str) -> bool:
    """Whether ``value`` is only the name of a news agency (``is_agency``'s test)."""
    v = _vocab()
    tokens = [t for t in _clean_text(value or "").split() if t.strip(_END_PUNCT)]
    if tokens and tokens[0].casefold() in v.org_leads:
        tokens = tokens[1:]
    found = _agency_at(tokens, 0) if tokens else None
    return found is not None and found[1] == len(tokens)


def _is_date_text(text: str) -> bool:
    """The text cut off a name holds a date, a time or an age (not just any digit)."""
    dv = _dates._vocab()
    return bool(
        dv.date_re.search(text)
        or dv.time_re.search(text)
        or any(p.search(text) for p in dv.relative_res)
        or dv.cue_any_re.match(text)
    )


_DIGITS_AT = regex.compile(r"\d+")
_WORD_REST = regex.compile(r"\S*")


def _word_end(part: str, at: int) -> int:
    """Where the word holding ``part[at]`` ends."""
    m = _WORD_REST.match(part, at)
    return m.end() if m is not None else len(part)


def _brand_digits(part: str, at: int) -> bool:
    """Digits glued to the end of the part's first word, with no date, time or age from them on
    and nothing or a capitalised word after them: a brand's name ("Food52", "By Food52 Editors"),
    not a date glued to a name ("Anna Berg25. April", "Ann Lee2 hours ago") nor a counter's
    badge after a full name ("By Ann Lee0"), cut there."""
    if at == 0 or not part[at - 1].isalpha() or " " in part[:at].strip():
        return False
    digits = _DIGITS_AT.match(part, at)
    if digits is None or _is_date_text(part[at:]):
        return False
    after = part[digits.end() :]
    return not after.strip() or (after[:1].isspace() and after.lstrip()[:1].isupper())

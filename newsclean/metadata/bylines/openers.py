"""What opens a byline's parts: the parts of a segment, the field label after a name, and
what a particle used as a marker must be followed by to credit anyone ("Von Anna Berg",
"Von dpa", "Di Mario Rossi" -- not "Von dpa-Angaben zufolge" or "Di solito").

Split from grammar.py, which reads a byline's parts with these."""

from __future__ import annotations

import regex

from newsclean.metadata.bylines.names import _agency_at, _name_before_title, _name_kind, _org_token
from newsclean.metadata.bylines.text import _split_segments
from newsclean.metadata.bylines.vocabulary import _END_PUNCT, _PAREN, _vocab
from newsclean.settings import settings

_FIELD_LABEL = regex.compile(r"(?<=\p{L}\.?)\s+(?P<label>\p{Lu}[\p{L}-]{1,24})\s*[:：]\s+(?=\S)")


def _split_parts(content: str) -> list[str]:
    return [p for p, _ in _joined_parts(content)]


def _joined_parts(content: str) -> list[tuple[str, bool]]:
    """The parts of a segment, each with whether a conjunction opens it ("and Bo Kim", "& Bo
    Kim"), not a comma alone ("Ann Lee, Reporter")."""
    out: list[tuple[str, bool]] = []
    pos, joined = 0, False
    for m in _vocab().conj_split_re.finditer(content):
        piece = content[pos : m.start()]
        if piece and piece.strip(_END_PUNCT):
            out.append((piece, joined))
            joined = False
        joined = joined or bool(m[0].strip(" ,"))
        pos = m.end()
    piece = content[pos:]
    if piece and piece.strip(_END_PUNCT):
        out.append((piece, joined))
    return out


def _paren_agencies(inner: str) -> list[str]:
    """The news agencies a parenthetical names and nothing else ("dpa", "dpa/AFP", "AP, Reuters")."""
    found: list[str] = []
    for piece in regex.split(r"\s*[/,]\s*|\s+(?:and|und|&)\s+", inner.strip()):
        tokens = piece.split()
        hit = _agency_at(tokens, 0) if tokens else None
        if hit is None or hit[1] != len(tokens):
            return []
        found.append(hit[0])
    return found


def _starts_with_full_name(text: str) -> bool:
    segments = _split_segments(text)
    first = _split_parts(segments[0]) if segments else []
    if not first:
        return False
    # (without a field after the name: "Von Anna Berg Mitarbeit: Tom Weber")
    field = _FIELD_LABEL.search(first[0])
    part = first[0][: field.start()] if field is not None else first[0]
    # (without the date after the name: "Di Mario Rossi 12 marzo 2024", "Von Anna Berg25. April")
    cut = _vocab().date_cut_re.search(part)
    # (without a parenthetical after the name: "Von Anna Berg (dpa)")
    head = _PAREN.sub(" ", part[: cut.start()] if cut is not None else part)
    tokens = [t for t in head.split() if t]
    if _name_kind(tokens) == "name":
        return True
    # a full name with its job title after it ("Von Anna Berg Redakteurin Politik")
    k = _name_before_title(tokens)
    return bool(k) and _name_kind(tokens[:k]) == "name"


def _starts_with_lone_word(text: str) -> bool:
    """Whether the first part of the text is one capitalised word, without the date after it
    ("Tagesspiegel", "Tagesspiegel 12.03.2024"): no full name after a particle used as a marker."""
    segments = _split_segments(text)
    first = _split_parts(segments[0]) if segments else []
    if not first:
        return False
    cut = _vocab().date_cut_re.search(first[0])
    tokens = (first[0][: cut.start()] if cut is not None else first[0]).split()
    return len(tokens) == 1 and tokens[0][:1].isupper()


def _starts_with_outlet(text: str) -> bool:
    """Whether the text opens with a news agency or a newsroom's word ("dpa", "Redaktion
    Harbour Times"): after a particle used as a marker ("Von dpa") it credits them."""
    segments = _split_segments(text)
    first = _split_parts(segments[0]) if segments else []
    tokens = first[0].split() if first else []
    if not tokens or len(tokens) > settings().outlet_byline_max_words:
        return False  # a sentence opened by the word ("Von dpa-Angaben zufolge ...")
    found = _agency_at(tokens, 0)
    if found is not None:
        return found[1] == len(tokens)
    return tokens[0].casefold().strip(".,") in _vocab().org_words and all(_org_token(t) for t in tokens)


def _starts_with_agency(text: str) -> bool:
    """Whether the text opens with news agencies alone in its first segment ("dpa", "AFP und dpa"):
    what a particle used as a marker may credit besides a full name ("Von dpa")."""
    segments = _split_segments(text)
    return bool(segments) and bool(_paren_agencies(segments[0]))


def _with_agencies(tail: str) -> list[str]:
    """The news agencies the text after "with" names and nothing else, an article before them
    left out ("Reuters", "the Associated Press", "dpa und AFP")."""
    words = tail.split()
    if words and words[0].casefold() in _vocab().org_leads and words[0][:1].islower():
        tail = " ".join(words[1:])
    return _paren_agencies(tail)

"""Rules are data: phrase lists and patterns live in text files under ``rules/data``.

Layout: ``rules/data/<lang>/<concern>.txt`` (``xx`` holds language-neutral rules).
One entry per line; ``#`` starts a comment line; blank lines are ignored.

* *phrase* files hold literal phrases, matched case-insensitively against a whole
  normalised block (``phrases("section_headers")``);
* *pattern* files (name ending in ``_patterns``) hold regular expressions for the
  ``regex`` module, compiled once (``patterns("caption_patterns")``). They match
  case-insensitively unless the file has a line ``#! case-sensitive``.

Files are read once per process and cached, never changed at run time; a user adds
entries per call through ``extract(..., rules=...)`` (see :mod:`newsclean.rules.user`),
so extraction stays a pure function.

>>> "you may also like" in phrases("section_headers")
True
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import regex

DATA_PACKAGE = "newsclean.rules.data"


def _files(concern: str) -> list[str]:
    root = resources.files(DATA_PACKAGE)
    texts = []
    for lang_dir in sorted(root.iterdir(), key=lambda p: p.name):
        if not lang_dir.is_dir():
            continue
        f = lang_dir / f"{concern}.txt"
        if f.is_file():
            texts.append(f.read_text(encoding="utf-8"))
    return texts


def _entries(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@cache
def phrases(concern: str) -> frozenset[str]:
    """All phrases of a concern, in every language, lower-cased and space-normalised."""
    items: set[str] = set()
    for text in _files(concern):
        items.update(normalise_phrase(e) for e in _entries(text))
    return frozenset(items)


@cache
def pattern_sources(concern: str) -> tuple[str, ...]:
    out: list[str] = []
    for text in _files(concern):
        out.extend(_entries(text))
    return tuple(out)


# VERSION0: simple case folding. VERSION1 turns on *full* case folding with IGNORECASE, under
# which a run of letters that take part in multi-letter folds ("iiii", "ssss", "ffff": İ, ß, ﬁ)
# backtracks exponentially in a bounded repeat (a 32-letter line took minutes; found by fuzzing).
_VERSION = regex.VERSION0


@cache
def _flags(concern: str) -> int:
    sensitive = any("#! case-sensitive" in text for text in _files(concern))
    return _VERSION if sensitive else regex.IGNORECASE | _VERSION


@cache
def patterns(concern: str) -> tuple[regex.Pattern[str], ...]:
    """The compiled patterns of a concern (Unicode; case-insensitive unless the file says)."""
    return tuple(regex.compile(p, _flags(concern)) for p in pattern_sources(concern))


@cache
def combined(concern: str) -> regex.Pattern[str] | None:
    """One alternation of all patterns of a concern: one scan per block instead of N."""
    srcs = pattern_sources(concern)
    if not srcs:
        return None
    return regex.compile("|".join(f"(?:{p})" for p in srcs), _flags(concern))


@cache
def union(concerns: tuple[str, ...], anchored_start: bool | None = None) -> regex.Pattern[str] | None:
    """One pattern for several concerns, each in a group named after it.

    A block is scanned once; the first non-empty named group tells which concern
    matched. Each concern keeps its own case rule. ``anchored_start`` keeps only the
    patterns that start with ``^`` (True) or only the others (False): callers run the
    first kind with ``match`` (one attempt at position 0) and the second, which are
    anchored at the block's end, with a reverse search (see :func:`end_union`).
    """
    parts = []
    for concern in concerns:
        srcs = pattern_sources(concern)
        if anchored_start is not None:
            srcs = tuple(p for p in srcs if p.startswith("^") == anchored_start)
        if not srcs:
            continue
        flag = "(?i:" if _flags(concern) & regex.IGNORECASE else "(?-i:"
        parts.append(f"(?P<{concern}>{flag}" + "|".join(f"(?:{p})" for p in srcs) + "))")
    if not parts:
        return None
    return regex.compile("|".join(parts), _VERSION)


@cache
def end_union(concerns: tuple[str, ...]) -> regex.Pattern[str] | None:
    """The union of the patterns not anchored at the start, searched from the end.

    Those patterns are anchored at the block's end (``...$``); a reverse search
    tries the end first, so a miss costs one cheap failure per position.
    """
    fwd = union(concerns, anchored_start=False)
    return regex.compile(fwd.pattern, _VERSION | regex.REVERSE) if fwd is not None else None


_SPACE = regex.compile(r"\s+")
# Typographic apostrophes read as the plain one: a page prints "Editor’s picks" where the
# rule data (and other pages) write "Editor's picks"; the phrase is the same.
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})


def normalise_phrase(text: str) -> str:
    """Lower-case, collapse whitespace, strip surrounding punctuation and spaces; typographic
    apostrophes become the plain one."""
    return _SPACE.sub(" ", text).strip(" \t:.·|-–—>»›").casefold().translate(APOSTROPHES)

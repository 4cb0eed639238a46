"""Rules are data: phrase lists and patterns live in text files under ``rules/data``.

Layout: ``rules/data/<lang>/<concern>.txt`` (``xx`` holds language-neutral rules).
One entry per line; ``#`` starts a comment line; blank lines are ignored.

* *phrase* files hold literal phrases, matched case-insensitively against a whole
  normalised block (``phrases("section_headers")``);
* *pattern* files (name ending in ``_patterns``) hold regular expressions for the
  ``regex`` module, compiled once (``patterns("caption_patterns")``).

Files are read once per process and cached; a user adds entries with
:func:`newsclean.rules.extend` or per call through ``extract(..., rules=...)``.

>>> "you may also like" in phrases("section_headers")
True
"""

from __future__ import annotations

from functools import lru_cache
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


@lru_cache(maxsize=None)
def phrases(concern: str) -> frozenset[str]:
    """All phrases of a concern, in every language, lower-cased and space-normalised."""
    items: set[str] = set()
    for text in _files(concern):
        items.update(normalise_phrase(e) for e in _entries(text))
    return frozenset(items)


@lru_cache(maxsize=None)
def pattern_sources(concern: str) -> tuple[str, ...]:
    out: list[str] = []
    for text in _files(concern):
        out.extend(_entries(text))
    return tuple(out)


@lru_cache(maxsize=None)
def patterns(concern: str) -> tuple[regex.Pattern[str], ...]:
    """The compiled patterns of a concern (case-insensitive, Unicode)."""
    return tuple(regex.compile(p, regex.IGNORECASE | regex.VERSION1) for p in pattern_sources(concern))


@lru_cache(maxsize=None)
def combined(concern: str) -> regex.Pattern[str] | None:
    """One alternation of all patterns of a concern: one scan per block instead of N."""
    srcs = pattern_sources(concern)
    if not srcs:
        return None
    return regex.compile("|".join(f"(?:{p})" for p in srcs), regex.IGNORECASE | regex.VERSION1)


_SPACE = regex.compile(r"\s+")


def normalise_phrase(text: str) -> str:
    """Lower-case, collapse whitespace, strip surrounding punctuation and spaces."""
    return _SPACE.sub(" ", text).strip(" \t:.·|-–—>»›").casefold()

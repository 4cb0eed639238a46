"""Lines crafted against the project's own regular expressions.

Every pattern newsclean uses is collected programmatically: each ``*_patterns.txt``
rule file (compiled one by one, as a per-concern alternation, and as the unions the
chrome stage builds), and every compiled pattern reachable from the package's modules
(module globals, the lazily built vocabularies behind zero-argument cached functions,
and the stage objects of the default pipelines).

For each pattern, the *repeated atoms* are read from its source (a character class,
an escape such as ``\\w`` or ``\\p{Lu}``, ``.`` or a literal, followed by ``*``, ``+``
or ``{n,}``/``{n,m}``), a few characters each atom accepts are found by trying a pool
of characters against the atom alone, and hostile lines are built from long runs of
them: one character repeated, two neighbouring atoms' characters alternating (the
classic ``\\w+\\s+\\w+`` trap), each run after the pattern's literal words (so
the match gets past its fixed part), and each run followed by a character that makes
the match fail at the very end.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

import newsclean
from newsclean import rules

PatternType = (type(regex.compile("")), type(re.compile("")))
RULES_DATA = Path(rules.__file__).parent / "data"

# characters tried against each atom: ASCII, spaces, accented/CJK/RTL letters, digits of
# other scripts, typographic punctuation, emoji, invisible characters
# (i, s, f, t, I, S, ß, ﬁ take part in multi-letter case folds: İ -> i̇, ß -> ss, ﬁ -> fi, ﬅ -> st)
POOL = ("aisftZIS0 _.,;:-/'\"()[]@#&*!?+=|\t" "éÉßﬁñ中あ한ابت٣—–…’“”«»·•\u00a0\u200b\u2009" "\U0001f642")
FAIL_CHAR = "\u00a4"  # ¤: matched by almost nothing, ends a run to force a failing match

_QUANT = regex.compile(r"(?:[*+]|\{\d*,\d*\}|\{\d{2,}\})[?+]?")
_ESCAPE = regex.compile(r"\\(?:[pP]\{[^}]*\}|[pP]\w|x[0-9a-fA-F]{2}|x\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)")
_LITERAL_WORD = regex.compile(r"(?<![\\\\{])\b[^\W\d_]{3,}\b")


@dataclass(frozen=True)
class Target:
    """A pattern to attack, with where it came from."""

    name: str
    pattern: "regex.Pattern[str] | re.Pattern[str]"

    @property
    def is_bytes(self) -> bool:
        return isinstance(self.pattern.pattern, bytes)


def _read_class(src: str, i: int) -> int:
    """Index just past the character class opening at ``src[i] == '['`` (nested classes allowed)."""
    depth, j = 0, i
    while j < len(src):
        c = src[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            depth += 1
            if src[j + 1: j + 2] == "^":
                j += 1
            if src[j + 1: j + 2] == "]":  # a leading ']' is literal
                j += 1
        elif c == "]":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return len(src)


def repeated_atoms(src: str) -> list[str]:
    """The single-character atoms of a pattern source that carry an unbounded or long quantifier."""
    atoms: list[str] = []
    i = 0
    while i < len(src):
        c = src[i]
        if c == "[":
            j = _read_class(src, i)
        elif c == "\\":
            m = _ESCAPE.match(src, i)
            j = m.end() if m else i + 2
        elif c in "()|^$?*+{}":
            i += 1
            continue
        else:
            j = i + 1
        if _QUANT.match(src, j):
            atoms.append(src[i:j])
        i = j
    return atoms


def _flags_of(p) -> int:
    keep = regex.IGNORECASE | regex.VERSION1 | regex.DOTALL
    return (p.flags & keep) if isinstance(p.pattern, str) else 0


@lru_cache(maxsize=None)
def _accepting_chars(atom: str, flags: int) -> tuple[str, ...]:
    try:
        rx = regex.compile(atom, flags)
    except regex.error:
        return ()
    found: list[str] = []
    kinds: set[str] = set()
    for ch in POOL:
        if rx.fullmatch(ch):
            kind = "L" if ch.isalpha() else "N" if ch.isdigit() else "S" if ch.isspace() else "P"
            # one character per kind first (a letter, a digit, a space, a mark), then a few more
            if kind not in kinds or len(found) < 3:
                kinds.add(kind)
                found.append(ch)
        if len(found) >= 8:
            break
    return tuple(found)


def crafted_lines(target: Target, length: int) -> list[str]:
    """Hostile lines of about ``length`` characters against one pattern."""
    if target.is_bytes:
        return []
    src = target.pattern.pattern
    flags = _flags_of(target.pattern)
    chars: list[tuple[str, ...]] = [c for c in (_accepting_chars(a, flags) for a in repeated_atoms(src)) if c]
    runs: list[str] = []
    for cs in chars:
        for ch in cs:
            runs.append(ch * length)
    for a, b in zip(chars, chars[1:]):
        for x in a[:2]:
            for y in b[:2]:
                if x != y:
                    runs.append((x + y) * (length // 2))
    words = list(dict.fromkeys(_LITERAL_WORD.findall(src)))[:4]
    lines: list[str] = []
    for run in dict.fromkeys(runs):
        lines.append(run)
        lines.append(run + FAIL_CHAR)
        for w in words:
            lines.append(f"{w} {run}{FAIL_CHAR}")
    return list(dict.fromkeys(lines))


# ---------------------------------------------------------------- collecting the patterns

def pattern_file_concerns() -> list[str]:
    return sorted({p.stem for p in RULES_DATA.glob("*/*_patterns.txt")})


def _walk(obj, name: str, out: dict, seen: set[int], depth: int = 0) -> None:
    if depth > 6 or id(obj) in seen:
        return
    seen.add(id(obj))
    if isinstance(obj, PatternType):
        out.setdefault((obj.pattern, obj.flags), Target(name, obj))
        return
    if isinstance(obj, (str, bytes, int, float, type(None))):
        return
    if isinstance(obj, dict):
        for k, v in obj.items():
            _walk(v, f"{name}[{k!r}]", out, seen, depth + 1)
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for i, v in enumerate(obj):
            _walk(v, f"{name}[{i}]", out, seen, depth + 1)
    elif type(obj).__module__.startswith("newsclean"):
        fields = getattr(obj, "__dict__", None) or {s: getattr(obj, s, None) for s in getattr(type(obj), "__slots__", ())}
        for k, v in fields.items():
            _walk(v, f"{name}.{k}", out, seen, depth + 1)


def all_targets() -> list[Target]:
    """Every regular expression newsclean compiles, each once."""
    out: dict = {}
    seen: set[int] = set()
    for concern in pattern_file_concerns():
        for i, p in enumerate(rules.patterns(concern)):
            _walk(p, f"rules:{concern}[{i}]", out, seen)
        _walk(rules.combined(concern), f"rules:{concern}(combined)", out, seen)
    for info in pkgutil.walk_packages(newsclean.__path__, "newsclean."):
        if info.name.startswith("newsclean.rules.data") or info.name.endswith("__main__"):
            continue
        try:
            mod = importlib.import_module(info.name)
        except ImportError:  # optional extras (dask, pandas) may be missing
            continue
        for attr, value in vars(mod).items():
            if callable(value) and hasattr(value, "cache_info") and getattr(value, "__module__", None) == mod.__name__:
                try:
                    if not inspect.signature(value).parameters:
                        value = value()  # a lazily built vocabulary of patterns
                except TypeError:
                    continue
            _walk(value, f"{info.name}.{attr}", out, seen)
    from newsclean.api import _pipeline

    for kind in ("text", "html"):
        for st in _pipeline(kind).stages:
            _walk(st, f"pipeline:{kind}.{getattr(st, 'name', st)}", out, seen)
    return list(out.values())

"""What a chrome pattern's matches must hold, read from its source: the guards that let
:mod:`newsclean.stages.chrome` skip a pattern on a block that cannot match it (a required
literal or one of several, a required mark, the longest block it can match whole, whether
it is anchored at the block's end). Every reading is conservative: a guard never skips a
block the pattern would match."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from newsclean.settings import settings

# Characters a case-insensitive pattern matches to an ASCII letter that ``str.lower`` does
# not turn into that letter: "İ" lowers to "i" and a combining dot above, the long "ſ" stays
# itself. The guard literals are ASCII, so dropping the dot and reading "ſ" as "s" can
# only find more of them: the pre-check stays sound on Turkish capitals and old print.
_GUARD_FOLD = str.maketrans({"\u0307": None, "\u017f": "s"})


def guard_folded(text: str) -> str:
    """The text as the guard literals of case-insensitive patterns are looked for in it:
    lower-cased, with the few characters :data:`_GUARD_FOLD` mends.

    >>> guard_folded("FOLLOW US ON İNSTAGRAM")
    'follow us on instagram'
    """
    folded = text.lower()
    if "\u0307" in folded or "\u017f" in folded:
        return folded.translate(_GUARD_FOLD)
    return folded


def _ends_anchored(source: str) -> bool:
    """Does the pattern end with ``$`` (an unescaped one)? A pattern wrapped whole in a
    case group (``(?-i:...$)``) is read inside it."""
    source = unwrapped(source)
    return source.endswith("$") and not source.endswith("\\$")


_CASE_GROUPS = ("(?-i:", "(?i:")


def unwrapped(source: str) -> str:
    """The pattern inside a case group that wraps it whole (``(?-i:X)`` or ``(?i:X)`` gives
    ``X``), else the pattern itself. What every match of ``X`` must contain, every match of
    the pattern must contain; only its case may differ, so a guard read from ``X`` is
    tested on the lower-cased text.

    >>> unwrapped("(?-i:(?:MANDATORY CREDIT|NO SALES)$)")
    '(?:MANDATORY CREDIT|NO SALES)$'
    >>> unwrapped(r"(?-i:A)|(?-i:B)")
    '(?-i:A)|(?-i:B)'
    """
    if source.startswith(_CASE_GROUPS) and _top_groups(source)[:1] == [(0, len(source) - 1)]:
        return source[source.index(":") + 1 : -1]
    return source


_QUANTIFIER_STARTS = frozenset("?*{")
# (a parenthesis joins a literal only escaped, as in "(c)" written \(c\); unescaped, it opens a group)
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 :/@#©'-()")
_MARKS = frozenset(":/@#©")
# marks rare enough in prose to guard a pattern alone, though one character long
_RARE_MARKS = frozenset("©")


def required_literal(source: str) -> str:
    """The longest plain literal every match of the pattern must contain, or "".

    A conservative reading of the pattern: only text at the top level (outside any
    group, alternation or character class) and not made optional by a quantifier
    counts. Lower-cased ASCII letters, digits and a few punctuation marks only, so
    that ``literal in text.lower()`` is a sound pre-check for a case-insensitive
    pattern. ``"\\bmay be reached at \\S+@"`` gives ``"may be reached at "``.

    >>> required_literal(r"^follow (?:us|him) on twitter$")
    ' on twitter'
    >>> required_literal(r"^(?:a|b)x$|^y")
    ''
    """
    best = ""
    run: list[str] = []
    depth, i, n = 0, 0, len(source)

    marks: list[str] = []  # single required marks (":", "/", "@" ...), a weaker guard

    def close_run() -> None:
        nonlocal best
        lit = "".join(run)
        if len(lit.strip()) > len(best.strip()):
            best = lit
        marks.extend(ch for ch in lit if ch in _MARKS)
        run.clear()

    while i < n:
        c = source[i]
        if c == "\\":
            # an escape: \s, \b, \w ... end the literal; an escaped mark is itself
            nxt = source[i + 1 : i + 2]
            if nxt and nxt in ".:/@#()[]?*+{}|-'":
                if (
                    depth == 0
                    and source[i + 2 : i + 3] not in _QUANTIFIER_STARTS
                    and nxt in _PLAIN
                    and source[i + 2 : i + 3] != "+"
                ):
                    run.append(nxt)
                else:
                    close_run()
            else:
                close_run()
            i += 2
            continue
        if c == "[":
            close_run()
            i = _skip_class(source, i)
            continue
        if c == "{":
            close_run()  # a counted quantifier: skip its bounds
            j = source.find("}", i)
            i = n if j < 0 else j + 1
            continue
        if c == "(":
            close_run()
            depth += 1
        elif c == ")":
            close_run()
            depth -= 1
        elif c == "|":
            if depth == 0:
                return ""  # a top-level alternation: no literal is required by all branches
            close_run()
        elif depth == 0 and c in _PLAIN:
            nxt = source[i + 1 : i + 2]
            if nxt in _QUANTIFIER_STARTS or nxt == "+":
                close_run()  # "s?" or "x*": optional; "x+": keep it out to stay simple
            else:
                run.append(c)
        else:
            close_run()
        i += 1
    close_run()
    if len(best.strip()) >= 3:
        return best
    return marks[0] if marks else ""


# an alternative of a top-level group: plain lower-case-able text only
_PLAIN_ALTERNATIVE = regex.compile(r"[\p{L}\p{N} '’-]+")
_TOP_GROUP = regex.compile(r"\(\?:([^()\[\]\\]*)\)")


def _tokens(source: str) -> Iterator[tuple[int, str, int]]:
    """Each token of a pattern's source: (its position, its first character, the group depth
    before it). An escape and a character class are one token each ("\\" and "["), so the
    characters inside them are never read as structure. Shared by the scanners below."""
    depth, i, n = 0, 0, len(source)
    while i < n:
        c = source[i]
        yield i, c, depth
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _skip_class(source, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        i += 1


def _depths(source: str) -> tuple[list[int], bool]:
    """The group depth at each position of a pattern (escapes and character classes
    skipped), and whether it has an alternation at the top level."""
    depth_at = [0] * (len(source) + 1)
    top = False
    for i, c, depth in _tokens(source):
        depth_at[i] = depth
        if c == "|" and depth == 0:
            top = True
    return depth_at, top


def required_alternatives(source: str) -> tuple[str, ...]:
    """Literals one of which every match of the pattern must contain (lower-cased), or ().

    For a pattern without a single required literal (:func:`required_literal`), a group
    at the top level that is not optional and whose alternatives are all plain text
    (``(?:newsletter|briefing) ...``) still requires one of them; of several such
    groups, the one with the longest shortest alternative is the better guard. A block's
    lower-cased text without any of them cannot match, so the search is skipped.

    >>> required_alternatives(r"(?:newsletter|briefing) .{0,80}(?:sign up|subscribe)")
    ('newsletter ', 'briefing ')
    >>> required_alternatives(r"\\b(?:may|will) (?:get|earn)s? ")
    ('may get', 'may earn', 'will get', 'will earn')
    >>> required_alternatives(r"^(?:a|b)x$|^y")
    ()
    """
    depth_at, top_alternation = _depths(source)
    if top_alternation:
        return ()  # branches at the top level: no group is required by all of them
    best: tuple[str, ...] = ()
    for m in _TOP_GROUP.finditer(source):
        if depth_at[m.start()] != 0 or source[m.end() : m.end() + 1] in _QUANTIFIER_STARTS:
            continue  # inside another group, or optional
        alternatives = _plain_alternatives(m.group(1))
        if not alternatives:
            continue
        alternatives = _joined(source, m.end(), alternatives)
        if min(len(a) for a in alternatives) > min((len(a) for a in best), default=0):
            best = tuple(a.lower() for a in alternatives)
    others = _literal_alternatives(source)
    if best and min(len(a) for a in best) >= settings().alternative_min_chars:
        # of the two readings, the one whose shortest literal is the longest (both are sound)
        return others if _shortest(others) > _shortest(best) else best
    return others


def _shortest(literals: tuple[str, ...]) -> int:
    return min((len(lit.strip()) for lit in literals), default=0)


def _plain_alternatives(body: str) -> list[str]:
    """A group's alternatives when all are plain text, else []."""
    alternatives = body.split("|")
    return alternatives if all(_PLAIN_ALTERNATIVE.fullmatch(a) for a in alternatives) else []


def _joined(source: str, i: int, alternatives: list[str]) -> list[str]:
    """Each alternative of a required top-level group (ending at ``source[i]``) with the
    plain text that follows the group; when a required group of plain alternatives comes
    right after that text, each of its alternatives joined on too, and so on while the
    literals stay few: every match holds one of them. ``(?:may|will) (?:get|earn) a``
    gives "may get a", "may earn a", "will get a", "will earn a"."""
    while True:
        following = _following_text(source, i)
        alternatives = [a + following for a in alternatives]
        i += len(following)
        m = _TOP_GROUP.match(source, i)
        if m is None or source[m.end() : m.end() + 1] in _QUANTIFIER_STARTS:
            return alternatives
        after = _plain_alternatives(m.group(1))
        if not after or len(alternatives) * len(after) > settings().alternative_max_joined:
            return alternatives
        alternatives = [a + b for a in alternatives for b in after]
        i = m.end()


def _skip_class(source: str, i: int) -> int:
    """The position after the character class that opens at ``source[i]``."""
    j, n = i + 1, len(source)
    if source[j : j + 1] == "^":
        j += 1
    if source[j : j + 1] == "]":
        j += 1
    while j < n and source[j] != "]":
        j += 2 if source[j] == "\\" else 1
    return j + 1


def _top_groups(source: str) -> list[tuple[int, int]]:
    """(start, end) of each group at the top level of a pattern: ``source[start]`` is its
    "(" and ``source[end]`` its ")" (escapes and character classes skipped)."""
    groups: list[tuple[int, int]] = []
    start = 0
    for i, c, depth in _tokens(source):
        if c == "(" and depth == 0:
            start = i
        elif c == ")" and depth == 1:
            groups.append((start, i))
    return groups


def _split_alternatives(body: str) -> list[str]:
    """``body`` (a group's content) split at its own "|" (not those of nested groups)."""
    parts: list[str] = []
    last = 0
    for i, c, depth in _tokens(body):
        if c == "|" and depth == 0:
            parts.append(body[last:i])
            last = i + 1
    parts.append(body[last:])
    return parts


def _literal_alternatives(source: str) -> tuple[str, ...]:
    """:func:`required_alternatives` for a required top-level group whose alternatives are
    not plain text (escapes, nested groups: ``(?:VAT (?:no|number)|P\\.\\s?IVA)``): each
    alternative's own required literal (:func:`required_literal`, lower-cased), when every
    alternative has one of alternative_min_chars characters or more, or a rare mark ("©");
    a match goes through one alternative, so it holds that alternative's literal. A group
    of one alternative (``(?:this (?:article|story) was)``) gives its one literal. () when
    no group qualifies. (The caller has ruled out an alternation at the top level.)"""
    best: tuple[str, ...] = ()
    for start, end in _top_groups(source):
        # a non-capturing group that is not optional (lookarounds and inline flags are not
        # text a match must hold)
        if not source.startswith("(?:", start) or source[end + 1 : end + 2] in _QUANTIFIER_STARTS:
            continue
        following = _following_text(source, end + 1)
        literals = [_alternative_literal(a, following) for a in _split_alternatives(source[start + 3 : end])]
        if not all(len(lit.strip()) >= settings().alternative_min_chars or lit in _RARE_MARKS for lit in literals):
            continue
        if min(len(lit) for lit in literals) > min((len(a) for a in best), default=0):
            best = tuple(lit.lower() for lit in literals)
    return best


# plain text that means itself unescaped, outside a class (ASCII: its lower case is one character)
_SIMPLE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ")


def _following_text(source: str, i: int) -> str:
    """The plain text that follows at ``source[i]`` (after a top-level group's ")"), each
    character required: it stops at anything else and before a character a quantifier
    makes optional or repeats. Every match holds what the group matched, then this text.

    >>> _following_text(r"(?:may|will) (?:get|earn)", 12), _following_text(r"(?:a|b)cd?", 7)
    (' ', 'c')
    """
    end = i
    while end < len(source) and source[end] in _SIMPLE and source[end + 1 : end + 2] not in _REPEATS:
        end += 1
    return source[i:end].lower()


_REPEATS = frozenset("?*+{")


def _trailing_text(alternative: str) -> str:
    """The plain text that ends an alternative's source (unescaped, outside any group or
    class): what every match through it ends with. "" when it ends otherwise.

    >>> _trailing_text(r"P\\.\\s?IVA"), _trailing_text(r"VAT (?:no|number)"), _trailing_text(r"x\\tab")
    ('IVA', '', 'ab')
    """
    start = len(alternative)
    while start > 0 and alternative[start - 1] in _SIMPLE:
        start -= 1
    # a backslash before the run escapes its first character (and a run of backslashes is
    # not read: the run starts after the first character either way)
    if start > 0 and alternative[start - 1] == "\\":
        start += 1
    return alternative[start:]


def _alternative_literal(alternative: str, following: str) -> str:
    """The longer of what a match through this alternative of a required group holds: its
    own required literal (:func:`required_literal`), or the plain text it ends with joined
    to the plain text after the group (``(?:P\\.\\s?IVA|VAT no) x`` gives "iva x" and "vat no x")."""
    own = required_literal(alternative)
    joined = (_trailing_text(alternative) + following).lower()
    return joined if len(joined.strip()) > len(own.strip()) else own


_PROPERTY_CLASS = regex.compile(r"\\[pP]\{[^}]*\}")
# a brace that is not a counted repeat (the regex module's fuzzy matching, "{e<=1}")
_OTHER_BRACE = regex.compile(r"\{[^\d,]")


def max_chars(source: str) -> int | None:
    """The most characters of a block the pattern can match, when it must match the block
    whole (one branch, anchored at both ends), else None (no bound).

    Read with the standard library's parser, every ``\\p{..}`` class counted as the one
    character it matches; ``$`` also matches before a final newline, hence one more.
    Simple case folding (the rules' VERSION0) matches a character with one character, so
    the case flag changes no width. A block longer than this cannot match: the pattern
    is not tried on it.

    >>> max_chars(r"^(?:opens in (?:a )?new (?:tab|window))$")
    22
    >>> max_chars(r"^\\p{Lu}{2,5}$"), max_chars(r"^share this"), max_chars(r"^a$|b")
    (6, None, None)
    """
    source = unwrapped(source)
    if not source.startswith("^") or not _ends_anchored(source) or _depths(source)[1]:
        return None
    source = _PROPERTY_CLASS.sub(r"\\w", source)
    if _OTHER_BRACE.search(source):
        return None  # the regex module's own syntax
    try:
        width = _std_parser().parse(source).getwidth()[1]
    except Exception:  # syntax the standard library does not read (it raises on what it does not know)
        return None
    # an unbounded repeat reads as the parser's largest repeat count (or more)
    return int(width) + 1 if width < _std_parser().MAXREPEAT - 1 else None


def required_marks(source: str) -> tuple[str, ...]:
    """Marks (characters without case that are neither letters, digits nor spaces) one of
    which every match of the pattern must contain, or (): a required ``[▪•]`` or
    ``(?:»|›)``, met in patterns no literal guards (:func:`required_literal`).

    Read from the standard library's parse of the pattern (``\\p{..}`` as ``\\w``): a
    sequence requires what any of its required items requires (the fewest marks win), a
    repeat what its body does when it must run at least once, a branch the union of what
    each of its branches requires.

    >>> required_marks(r"^[^▪•]{0,39}(?:\\s[▪•]\\s\\w+){4,}$")
    ('•', '▪')
    >>> required_marks(r"^\\w.{0,36}\\s(?:»|›)$"), required_marks(r"^(?:»|x)$"), required_marks(r"[▪•]?x")
    (('»', '›'), (), ())
    >>> required_marks(r"\\w(?:…|\\.\\.\\.)$"), required_marks(r"\\w(?:…|\\.\\.?)$")
    (('...', '…'), ('.', '…'))
    """
    try:
        found = _marks(_std_parser().parse(_PROPERTY_CLASS.sub(r"\\w", unwrapped(source))).data)
    except Exception:  # syntax the standard library does not read
        return ()
    return tuple(sorted(found)) if found else ()


def _is_mark(code: int) -> bool:
    c = chr(code)
    return not (c.isalnum() or c.isspace()) and c.lower() == c == c.upper()


def _marks(items: list) -> frozenset[str] | None:
    """The fewest marks one of which a match of this parsed sequence must hold, or None
    (a run of marks in a row counts as one: "..." rather than ".")."""
    best: frozenset[str] | None = None
    run = ""  # the marks matched one right after another up to here ("..." for \.\.\.)
    for op, av in items:
        name = str(op)
        found: frozenset[str] | None = None
        if name == "LITERAL":
            run = run + chr(av) if _is_mark(av) else ""
            found = frozenset((run,)) if run else None
        else:
            run = ""
        if name == "IN":
            if all(str(o) == "LITERAL" and _is_mark(a) for o, a in av):
                found = frozenset(chr(a) for _, a in av)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            found = _marks(list(av[2])) if av[0] >= 1 else None
        elif name in ("SUBPATTERN", "ATOMIC_GROUP"):
            found = _marks(list(av[-1] if name == "SUBPATTERN" else av))
        elif name == "BRANCH":
            each = [_marks(list(b)) for b in av[1]]
            sets = [e for e in each if e is not None]
            found = frozenset().union(*sets) if len(sets) == len(each) else None
        if found is not None and (best is None or _fewer(found, best)):
            best = found
    return best


def _fewer(found: frozenset[str], best: frozenset[str]) -> bool:
    """Is ``found`` the better guard: fewer marks, or as many and longer runs of them?"""
    if len(found) != len(best):
        return len(found) < len(best)
    return min(map(len, found)) > min(map(len, best))


def _std_parser() -> Any:
    """The standard library's pattern parser (``re._parser``; ``sre_parse`` before 3.11)."""
    try:
        from re import _parser  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_parse as _parser
    return _parser

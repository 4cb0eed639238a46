"""First pass: judge each block alone against the chrome rule files.

Every decision names its rule (``chrome.share_widget``, ``caption.credit`` ...), so
``Article.removed`` tells the user why a block went. Rules come from
:mod:`newsclean.rules` data files; this module only applies them.
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from collections.abc import Iterator
from itertools import compress
from typing import Any, Literal

import regex

from newsclean import rules
from newsclean.document import Document, Label
from newsclean.settings import settings

# whole-block phrase lists: concern file -> rule name
PHRASE_RULES: tuple[tuple[str, str], ...] = (
    ("share_widgets", "chrome.share_widget"),
    ("comment_widgets", "chrome.comment_widget"),
    ("policy_links", "chrome.policy_link"),
    ("counter_labels", "chrome.counter"),
    ("end_markers", "chrome.section_header"),
    ("section_headers", "chrome.section_header"),
)
# pattern files, in priority order: concern -> (label, rule name)
PATTERN_RULES: dict[str, tuple[str, str]] = {
    "chrome_line_patterns": (Label.CHROME, "chrome.line_shape"),
    "tag_patterns": (Label.TAGS, "tags.tag_line"),
    "source_patterns": (Label.SOURCE, "source.attribution"),
    "newsletter_patterns": (Label.CHROME, "chrome.newsletter"),
    "credit_patterns": (Label.CAPTION, "caption.credit"),
    "caption_patterns": (Label.CAPTION, "caption.pattern"),
}


def _tag_list_goes_on(doc: Document, i: int) -> None:
    """A tag list wrapped over several elements ("Topics: uber," / "taxis, Sydney," /
    "Technology News"): after a tag line ending with a comma, the short unpunctuated
    lines that follow are more of its tags, up to the first that does not end with a comma."""
    found = doc.found.setdefault("tags", [])
    for b in doc.blocks[i + 1 : i + 1 + settings().tag_lines]:
        f = b.features
        text = b.text.strip()
        if b.decided or f["words"] > settings().tag_line_max_words or f["terminal"] or text.endswith((":", "?", "!")):
            return
        found.extend(t for t in (x.strip() for x in text.split(",")) if t and t not in found)
        b.mark(Label.TAGS, "tags.tag_line")
        if not text.endswith(","):
            return


def _near_prose(blocks: list, reach: int) -> list[bool]:
    """Which blocks lie within ``reach`` blocks of a prose-sized block.

    Long runs of short lines far from any prose (menus, footers of links) can only
    ever fall outside the article, so the pattern files are not tried on them; the
    phrase lists (a dictionary lookup) still name what they can.
    """
    n = len(blocks)
    near = [False] * n
    last = -reach - 1
    for i, b in enumerate(blocks):
        f = b.features
        if f["words"] >= settings().chrome_prose_words:
            last = i
            lo = max(0, i - reach)
            for j in range(lo, i + 1):
                near[j] = True
        elif i - last <= reach:
            near[i] = True
    return near


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
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 :/@#©'-")
_MARKS = frozenset(":/@#©")


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
    ('newsletter', 'briefing')
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
        alternatives = m.group(1).split("|")
        if not all(_PLAIN_ALTERNATIVE.fullmatch(a) for a in alternatives):
            continue
        if min(len(a) for a in alternatives) > min((len(a) for a in best), default=0):
            best = tuple(a.lower() for a in alternatives)
    if best and min(len(a) for a in best) >= settings().alternative_min_chars:
        return best
    return _literal_alternatives(source)


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
    alternative has one of alternative_min_chars characters or more; a match goes through
    one alternative, so it holds that alternative's literal. () when no group qualifies.
    (The caller has ruled out an alternation at the top level.)"""
    best: tuple[str, ...] = ()
    for start, end in _top_groups(source):
        # a non-capturing group that is not optional (lookarounds and inline flags are not
        # text a match must hold)
        if not source.startswith("(?:", start) or source[end + 1 : end + 2] in _QUANTIFIER_STARTS:
            continue
        literals = [required_literal(a) for a in _split_alternatives(source[start + 3 : end])]
        if len(literals) < 2 or min(len(lit.strip()) for lit in literals) < settings().alternative_min_chars:
            continue
        if min(len(lit) for lit in literals) > min((len(a) for a in best), default=0):
            best = tuple(lit.lower() for lit in literals)
    return best


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
    """The fewest marks one of which a match of this parsed sequence must hold, or None."""
    best: frozenset[str] | None = None
    for op, av in items:
        name = str(op)
        found: frozenset[str] | None = None
        if name == "LITERAL":
            found = frozenset(chr(av)) if _is_mark(av) else None
        elif name == "IN":
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
        if found is not None and (best is None or len(found) < len(best)):
            best = found
    return best


def _std_parser() -> Any:
    """The standard library's pattern parser (``re._parser``; ``sre_parse`` before 3.11)."""
    try:
        from re import _parser  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_parse as _parser
    return _parser


class _Dispatch:
    """The pattern files' patterns, tried only where they can match.

    Each block's first characters (for patterns anchored at the start) or last
    characters (for those anchored at the end) select the few patterns that can
    begin or end with them: the regex module's partial matching answers that once
    per key, so a block costs a dictionary lookup and a handful of matches
    instead of a scan of every pattern. Patterns keep their file order, so the
    first concern in :data:`PATTERN_RULES` still wins.
    """

    def __init__(self, concerns: tuple[str, ...], anchored_start: bool) -> None:
        self.anchored_start = anchored_start
        self.patterns: list[tuple[str, regex.Pattern[str]]] = []
        # a literal every match of a pattern contains: blocks without it skip the pattern
        self.guards: dict[int, tuple[str | tuple[str, ...], bool]] = {}
        for concern in concerns:
            for compiled in rules.patterns(concern):
                if compiled.pattern.startswith("^") != anchored_start:
                    continue
                if not anchored_start:
                    # anchored at the block's end: a reverse search tries the end first
                    compiled = regex.compile(compiled.pattern, compiled.flags | regex.REVERSE)
                self.patterns.append((concern, compiled))
                source = unwrapped(compiled.pattern)
                literal = required_literal(source)
                if literal:
                    # a case group's inside: its case flag is not the pattern's
                    fold = bool(compiled.flags & regex.IGNORECASE) or source != compiled.pattern
                    self.guards[id(compiled)] = (literal.lower() if fold else literal, fold)
                else:
                    alternatives = required_alternatives(source) or required_marks(source)
                    if alternatives:
                        # tested on the lower-cased text: sound whatever the pattern's case flag
                        self.guards[id(compiled)] = (alternatives, True)
        # the longest block each pattern can match whole (None: no bound)
        self.widths = {id(p): max_chars(p.pattern) for _, p in self.patterns}
        # a pattern not anchored where the key is taken must be tried on every block
        self.always = [anchored_start is False and not _ends_anchored(p.pattern) for _, p in self.patterns]
        self.by_char: dict[str, _Plan] = {}

    def candidates(
        self, char: str
    ) -> tuple[tuple[str, regex.Pattern[str], tuple[str | tuple[str, ...], bool] | None], ...]:
        """(concern, pattern, guard) for the patterns that can start (or end) with ``char``."""
        return tuple(
            (c, p, self.guards.get(id(p)))
            for (c, p), always in zip(self.patterns, self.always, strict=True)
            if always or p.match(char, partial=True) is not None
        )

    def plan(self, char: str) -> _Plan:
        """The :class:`_Plan` of the patterns that can start (or end) with ``char``."""
        found = self.by_char.get(char)
        if found is None:
            # a pure cache: which patterns can start (or end) with these characters
            found = _Plan(self.candidates(char), self.widths)
            self.by_char[char] = found
        return found

    def first(self, text: str, char: str) -> tuple[str, regex.Match[str]] | None:
        plan = self.plan(char)
        folded = text.lower()
        # the candidates whose guard the text holds, and those without a guard, of those that
        # can match a block this long (each list runs from the longest bound down); each guard
        # literal is looked for once, in C (map), with no Python step per candidate
        size = -len(text)
        n = bisect_right(plan.folded_bounds, size)
        live = set(compress(plan.folded_owners[:n], map(folded.__contains__, plan.folded_literals[:n])))
        if plan.exact_literals:
            n = bisect_right(plan.exact_bounds, size)
            live.update(compress(plan.exact_owners[:n], map(text.__contains__, plan.exact_literals[:n])))
        live.update(plan.unguarded[: bisect_right(plan.unguarded_bounds, size)])
        anchored = self.anchored_start
        entries = plan.entries
        for k in sorted(live):
            concern, pattern = entries[k]
            m = pattern.match(text) if anchored else pattern.search(text)
            if m is not None:
                return concern, m
        return None


class _Plan:
    """The candidate patterns of one key, laid out so a block's guards are tested in one
    pass: ``entries`` in file order; each guard literal (an alternative of a guard is one
    literal) beside the position of its pattern (``owners``), those tested on the
    lower-cased text apart from the case-exact ones; ``unguarded``: the positions of the
    patterns without a guard. A pattern is tried when it is unguarded or one of its
    literals is in the text, in file order: the same patterns as testing each guard in turn.
    Each list is sorted by its pattern's :func:`max_chars` (longest first, unbounded ones
    before all), with the bounds negated beside it (``*_bounds``, ascending): the entries a
    block of n characters can match are a prefix, found by bisection."""

    __slots__ = (
        "entries",
        "folded_literals",
        "folded_owners",
        "folded_bounds",
        "exact_literals",
        "exact_owners",
        "exact_bounds",
        "unguarded",
        "unguarded_bounds",
    )

    def __init__(
        self,
        candidates: tuple[tuple[str, regex.Pattern[str], tuple[str | tuple[str, ...], bool] | None], ...],
        widths: dict[int, int | None],
    ) -> None:
        self.entries = tuple((c, p) for c, p, _ in candidates)
        # a pattern's bound, negated: unbounded ones sort first
        bound = [-(widths.get(id(p)) or sys.maxsize) for _, p, _ in candidates]
        folded: list[tuple[int, str, int]] = []
        exact: list[tuple[int, str, int]] = []
        unguarded: list[tuple[int, int]] = []
        for k, (_, _, guard) in enumerate(candidates):
            if guard is None:
                unguarded.append((bound[k], k))
                continue
            literal, fold = guard
            literals = (literal,) if isinstance(literal, str) else literal
            (folded if fold else exact).extend((bound[k], lit, k) for lit in literals)
        folded.sort(key=lambda e: e[0])
        exact.sort(key=lambda e: e[0])
        unguarded.sort()
        self.folded_bounds = tuple(b for b, _, _ in folded)
        self.folded_literals = tuple(lit for _, lit, _ in folded)
        self.folded_owners = tuple(k for _, _, k in folded)
        self.exact_bounds = tuple(b for b, _, _ in exact)
        self.exact_literals = tuple(lit for _, lit, _ in exact)
        self.exact_owners = tuple(k for _, _, k in exact)
        self.unguarded_bounds = tuple(b for b, _ in unguarded)
        self.unguarded = tuple(k for _, k in unguarded)


class ChromeRules:
    """Applies the phrase and pattern files to undecided blocks."""

    name = "chrome_rules"
    requires = ("features.norm", "features.words")
    may_read = ("found.source", "found.tags")
    assigns = ("features.end_marker", "features.hard_end", "found.source", "found.tags")

    def __init__(
        self, max_pattern_words: float | None = None, pattern_reach: int | Literal["setting"] | None = "setting"
    ) -> None:
        # None: the setting for the page's input, read at each call (pattern_max_words for
        # lines of text; html_pattern_words, lower, for HTML's whole paragraphs)
        self.max_pattern_words = max_pattern_words
        # patterns only run within this many blocks of prose ("setting": pattern_reach; None:
        # on every block)
        self.pattern_reach = pattern_reach
        table: dict[str, str] = {}
        for concern, rule in PHRASE_RULES:
            for p in rules.phrases(concern):
                table.setdefault(p, rule)
        self.phrase_rule = table
        self.end_markers = rules.phrases("end_markers") | rules.phrases("section_headers")
        # "More:" over a box of headlines set into a story (with the colon only: "More" is a menu's)
        self.box_labels = rules.phrases("inline_box_labels")
        # teaser headings whose wording varies ("More from <site>", "Next up in <section>")
        self.end_marker_pattern = rules.combined("end_marker_patterns")
        self.long_caption = rules.combined("long_caption_patterns")
        # tried one by one: the regex module runs these few patterns ~10x slower as one union
        self.comment_section = rules.patterns("comment_section_patterns")
        # "13 comments:": a counter with its colon heads the comment section (matched on the text:
        # the normalised line has lost the colon)
        self.comment_counter = rules.combined("comment_counter_patterns")
        self._comment_by_key: dict[str, tuple[regex.Pattern[str], ...]] = {}
        # a user rule pack's copy may hold plain unions instead (newsclean.rules.user)
        self.head: _Dispatch | regex.Pattern[str] | None = _Dispatch(tuple(PATTERN_RULES), anchored_start=True)
        self.tail: _Dispatch | regex.Pattern[str] | None = _Dispatch(tuple(PATTERN_RULES), anchored_start=False)

    def _match(self, text: str) -> tuple[str, regex.Match[str]] | None:
        head, tail = self.head, self.tail
        if isinstance(head, _Dispatch) and isinstance(tail, _Dispatch):
            return head.first(text, text[: settings().key_chars]) or tail.first(text, text[-settings().key_chars :])
        # a subclass may install plain unions with one named group per concern
        m = head.match(text) if isinstance(head, regex.Pattern) else None
        if m is None and isinstance(tail, regex.Pattern):
            m = tail.search(text)
        if m is None:
            return None
        groups = m.groupdict()
        return next(c for c in PATTERN_RULES if groups.get(c) is not None), m

    def _comment_heading(self, norm: str) -> bool:
        """Whether a comment-section pattern matches; only those that can start with its first characters are tried."""
        key = norm[: settings().key_chars]
        found = self._comment_by_key.get(key)
        if found is None:
            # a pure cache, as in _Dispatch
            found = tuple(p for p in self.comment_section if p.match(key, partial=True) is not None)
            self._comment_by_key[key] = found
        for p in found:
            if p.match(norm):
                return True
        return False

    def __call__(self, doc: Document) -> None:
        near = None
        reach = settings().pattern_reach if self.pattern_reach == "setting" else self.pattern_reach
        if reach is not None and len(doc.blocks) >= settings().reach_min_blocks:
            near = _near_prose(doc.blocks, reach)
        max_pattern_words = self.max_pattern_words
        if max_pattern_words is None:
            max_pattern_words = (
                settings().html_pattern_words if doc.source_kind == "html" else settings().pattern_max_words
            )
        for i, b in enumerate(doc.blocks):
            if b.decided:
                continue
            f = b.features
            if f["words"] <= settings().comment_heading_max_words and (
                self._comment_heading(f["norm"])
                or (
                    f["words"] <= settings().comment_counter_max_words
                    and self.comment_counter is not None
                    and self.comment_counter.match(b.text) is not None
                )
            ):
                # a comment section ends the article for good (see structure.article_end)
                f["end_marker"] = f["hard_end"] = True
                b.mark(Label.CHROME, "chrome.comment_section")
                continue
            if f["words"] <= settings().phrase_max_words:
                norm = f["norm"]
                if norm in self.end_markers or (norm in self.box_labels and b.text.rstrip().endswith(":")):
                    f["end_marker"] = True
                rule = self.phrase_rule.get(norm)
                if rule:
                    b.mark(Label.CHROME, rule)
                    continue
                if (
                    f["words"] <= settings().end_pattern_max_words
                    and self.end_marker_pattern is not None
                    and self.end_marker_pattern.match(norm) is not None
                ):
                    f["end_marker"] = True
                    b.mark(Label.CHROME, "chrome.section_header")
                    continue
            if f["words"] > max_pattern_words:
                # a long caption paragraph still ends with its credit ("... Credit: ESA")
                if self.long_caption is not None and self.long_caption.search(
                    b.text, max(0, len(b.text) - settings().long_caption_tail)
                ):
                    b.mark(Label.CAPTION, "caption.long_paragraph")
                continue
            if near is not None and not near[i]:
                continue
            found_match = self._match(b.text)
            if found_match is None:
                continue
            concern, m = found_match
            label, rule = PATTERN_RULES[concern]
            if concern == "tag_patterns":
                raw = m.group("tags")
                sep = "#" if "#" in raw else ","
                found = doc.found.setdefault("tags", [])
                found.extend(t for t in (x.strip() for x in raw.split(sep)) if t and t not in found)
            elif concern == "source_patterns":
                doc.found.setdefault("source", m.group("source").strip())
            b.mark(label, rule)
            if concern == "tag_patterns" and b.text.rstrip().endswith(","):
                _tag_list_goes_on(doc, i)

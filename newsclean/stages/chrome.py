"""First pass: judge each block alone against the chrome rule files.

Every decision names its rule (``chrome.share_widget``, ``caption.credit`` ...), so
``Article.removed`` tells the user why a block went. Rules come from
:mod:`newsclean.rules` data files; this module only applies them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

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
    """Does the pattern end with ``$`` (an unescaped one)?"""
    return source.endswith("$") and not source.endswith("\\$")


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
                literal = required_literal(compiled.pattern)
                if literal:
                    fold = bool(compiled.flags & regex.IGNORECASE)
                    self.guards[id(compiled)] = (literal.lower() if fold else literal, fold)
                else:
                    alternatives = required_alternatives(compiled.pattern)
                    if alternatives:
                        # tested on the lower-cased text: sound whatever the pattern's case flag
                        self.guards[id(compiled)] = (alternatives, True)
        # a pattern not anchored where the key is taken must be tried on every block
        self.always = [anchored_start is False and not _ends_anchored(p.pattern) for _, p in self.patterns]
        self.by_char: dict[
            str, tuple[tuple[str, regex.Pattern[str], tuple[str | tuple[str, ...], bool] | None], ...]
        ] = {}

    def candidates(
        self, char: str
    ) -> tuple[tuple[str, regex.Pattern[str], tuple[str | tuple[str, ...], bool] | None], ...]:
        """(concern, pattern, guard) for the patterns that can start (or end) with ``char``."""
        found = self.by_char.get(char)
        if found is None:
            # a pure cache: which patterns can start (or end) with these characters
            found = tuple(
                (c, p, self.guards.get(id(p)))
                for (c, p), always in zip(self.patterns, self.always, strict=True)
                if always or p.match(char, partial=True) is not None
            )
            self.by_char[char] = found
        return found

    def first(self, text: str, char: str) -> tuple[str, regex.Match[str]] | None:
        folded = None
        anchored = self.anchored_start
        for concern, pattern, guard in self.candidates(char):
            if guard is not None:
                literal, fold = guard
                if fold:
                    if folded is None:
                        folded = text.lower()
                    if type(literal) is str:
                        if literal not in folded:
                            continue
                    elif not any(a in folded for a in literal):
                        continue
                elif isinstance(literal, str) and literal not in text:  # (case-exact guards are one literal)
                    continue
            m = pattern.match(text) if anchored else pattern.search(text)
            if m is not None:
                return concern, m
        return None


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

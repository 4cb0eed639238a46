"""First pass: judge each block alone against the chrome rule files.

Every decision names its rule (``chrome.share_widget``, ``caption.credit`` ...), so
``Article.removed`` tells the user why a block went. Rules come from
:mod:`newsclean.rules` data files; this module only applies them.
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from itertools import compress
from typing import Literal

import regex

from newsclean import rules
from newsclean.document import Document, Label
from newsclean.settings import settings
from newsclean.stages.chrome_guards import (
    _ends_anchored,
    guard_folded,
    max_chars,
    required_alternatives,
    required_literal,
    required_marks,
    unwrapped,
)

__all__ = [
    "PATTERN_RULES",
    "PHRASE_RULES",
    "ChromeRules",
    "max_chars",
    "required_alternatives",
    "required_literal",
    "required_marks",
    "unwrapped",
]

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
    prose_words = settings().chrome_prose_words
    for i, b in enumerate(blocks):
        if b.features["words"] >= prose_words:
            # this block and the reach before it (those after it follow from ``last``)
            lo = max(0, i - reach, last + 1)
            near[lo : i + 1] = [True] * (i + 1 - lo)
            last = i
        elif i - last <= reach:
            near[i] = True
    return near


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
            if len(self.by_char) >= settings().plan_cache_keys:
                # keys are character pairs: a corpus in many scripts could grow it without end
                self.by_char.clear()
            self.by_char[char] = found
        return found

    def first(self, text: str, char: str, folded: str | None = None) -> tuple[str, regex.Match[str]] | None:
        """The first pattern (in file order) matching ``text``, with its match; ``folded``:
        ``guard_folded(text)`` when the caller has it."""
        plan = self.by_char.get(char) or self.plan(char)
        size = len(text)
        # the candidates of those that can match a block this long whose guard the text holds,
        # and those without a guard (each list runs from the longest bound down)
        live: list[int] = []
        if plan.unguarded:
            live.extend(plan.unguarded[: bisect_right(plan.unguarded_bounds, -size)])
        # the guard literals tested on the lower-cased text: the roots (see _Plan) that can
        # guard a pattern matching a block this long, each looked for once, in C (map), and
        # the literals holding a root only where it is found. A root outside ASCII is never
        # in an ASCII text: such a text is tested for the ASCII roots only.
        ascii_text = text.isascii()
        roots, bounds = (plan.ascii_roots, plan.ascii_root_bounds) if ascii_text else (plan.roots, plan.root_bounds)
        n = bisect_right(bounds, -size)
        if n:
            if folded is None:
                folded = guard_folded(text)
            if n < len(roots):
                roots = roots[:n]
            owners = plan.owners
            for root in compress(roots, map(folded.__contains__, roots)):
                live.extend(k for width, k in owners[root] if width >= size)
                for child in plan.children[root]:
                    if child in folded:
                        live.extend(k for width, k in owners[child] if width >= size)
        if plan.exact_literals:
            n = bisect_right(plan.exact_bounds, -size)
            if n:
                live.extend(compress(plan.exact_owners[:n], map(text.__contains__, plan.exact_literals[:n])))
        if not live:
            return None
        anchored = self.anchored_start
        entries = plan.entries
        for k in sorted(set(live)) if len(live) > 1 else live:
            concern, pattern = entries[k]
            m = pattern.match(text) if anchored else pattern.search(text)
            if m is not None:
                return concern, m
        return None


class _Plan:
    """The candidate patterns of one key, laid out so a block's guards are tested in one
    pass: ``entries`` in file order. A pattern is tried when it has no guard or one of its
    literals (an alternative of a guard is one literal) is in the text, and when it can
    match a block this long (its :func:`max_chars`): the same patterns, in file order, as
    testing each guard in turn.

    Each literal tested on the lower-cased text is looked for once however many patterns
    it guards (``owners``: for each literal, (bound, position) of those patterns, the bound
    being the longest block the pattern can match, sys.maxsize for none). Only the
    ``roots``, the literals holding no other, are looked for in every block; a literal
    holding a root is looked for (``children``) only where that root is found. The roots,
    the case-exact literals and the patterns without a guard are listed longest bound
    first, their bounds negated beside them (``*_bounds``, ascending; a root's bound is the
    longest of its own patterns and its children's): the entries a block of n characters
    can match are a prefix, found by bisection."""

    __slots__ = (
        "entries",
        "roots",
        "root_bounds",
        "ascii_roots",
        "ascii_root_bounds",
        "children",
        "owners",
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
        owners: dict[str, list[tuple[int, int]]] = {}
        exact: list[tuple[int, str, int]] = []
        unguarded: list[tuple[int, int]] = []
        for k, (_, _, guard) in enumerate(candidates):
            if guard is None:
                unguarded.append((bound[k], k))
                continue
            literal, fold = guard
            literals = (literal,) if isinstance(literal, str) else literal
            for lit in literals:
                if not fold:
                    exact.append((bound[k], lit, k))
                elif lit:
                    owners.setdefault(lit, []).append((-bound[k], k))
                else:
                    # an empty literal: every text holds it
                    unguarded.append((bound[k], k))
        exact.sort(key=lambda e: e[0])
        unguarded.sort()
        self.owners = {lit: tuple(found) for lit, found in owners.items()}
        roots: list[str] = []
        children: dict[str, list[str]] = {}
        for lit in sorted(self.owners, key=len):
            held = [r for r in roots if r in lit]
            if held:
                # looked for where its longest root is found: a text holding it holds that root
                children[max(held, key=len)].append(lit)
            else:
                roots.append(lit)
                children[lit] = []
        self.children = {root: tuple(found) for root, found in children.items()}
        reach = {
            root: max(width for lit in (root, *found) for width, _ in self.owners[lit])
            for root, found in children.items()
        }
        roots.sort(key=lambda root: -reach[root])
        self.roots = tuple(roots)
        self.root_bounds = tuple(-reach[root] for root in roots)
        # the same, without the roots an ASCII text cannot hold (in the same order)
        self.ascii_roots = tuple(root for root in roots if root.isascii())
        self.ascii_root_bounds = tuple(-reach[root] for root in self.ascii_roots)
        self.exact_bounds = tuple(b for b, _, _ in exact)
        self.exact_literals = tuple(lit for _, lit, _ in exact)
        self.exact_owners = tuple(k for _, _, k in exact)
        self.unguarded_bounds = tuple(b for b, _ in unguarded)
        self.unguarded = tuple(k for _, k in unguarded)


def _guard_literals(compiled: regex.Pattern[str]) -> tuple[str, ...]:
    """Literals one of which every match of the pattern holds in its lower-cased text, as
    :class:`_Dispatch` reads them (a case-exact literal gives none here); () when none."""
    source = unwrapped(compiled.pattern)
    literal = required_literal(source)
    if literal:
        fold = bool(compiled.flags & regex.IGNORECASE) or source != compiled.pattern
        return (literal.lower(),) if fold else ()
    return required_alternatives(source) or required_marks(source)


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
        # key -> (the comment patterns that can start with it, with their guards; all their guards'
        # literals when every one has a guard, else None)
        self._comment_by_key: dict[
            str, tuple[tuple[tuple[regex.Pattern[str], tuple[str, ...]], ...], tuple[str, ...] | None]
        ] = {}
        self._comment_guards = {id(p): _guard_literals(p) for p in self.comment_section}
        # a user rule pack's copy may hold plain unions instead (newsclean.rules.user)
        self.head: _Dispatch | regex.Pattern[str] | None = _Dispatch(tuple(PATTERN_RULES), anchored_start=True)
        self.tail: _Dispatch | regex.Pattern[str] | None = _Dispatch(tuple(PATTERN_RULES), anchored_start=False)

    def _match(self, text: str) -> tuple[str, regex.Match[str]] | None:
        head, tail = self.head, self.tail
        if isinstance(head, _Dispatch) and isinstance(tail, _Dispatch):
            key = settings().key_chars
            # (the lower-cased text both dispatchers test their guards on, made once)
            folded = guard_folded(text)
            return head.first(text, text[:key], folded) or tail.first(text, text[-key:], folded)
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
            # a pure cache, as in _Dispatch: the patterns that can start with the key, with
            # their guards, and every literal of those guards when each of them has one
            candidates = tuple(
                (p, self._comment_guards[id(p)]) for p in self.comment_section if p.match(key, partial=True) is not None
            )
            literals = (
                tuple(dict.fromkeys(lit for _, guard in candidates for lit in guard))
                if all(guard for _, guard in candidates)
                else None
            )
            found = (candidates, literals)
            if len(self._comment_by_key) >= settings().plan_cache_keys:
                self._comment_by_key.clear()
            self._comment_by_key[key] = found
        candidates, literals = found
        if not candidates:
            return False
        folded = guard_folded(norm)
        if literals is not None and not any(map(folded.__contains__, literals)):
            # every candidate is guarded and the text holds none of their literals (most blocks)
            return False
        for p, guard in candidates:
            # a literal one of which every match holds (lower-cased), as the pattern files' guards
            if guard and not any(map(folded.__contains__, guard)):
                continue
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
        # read once for the page's blocks
        comment_heading_max_words = settings().comment_heading_max_words
        comment_counter_max_words = settings().comment_counter_max_words
        phrase_max_words = settings().phrase_max_words
        end_pattern_max_words = settings().end_pattern_max_words
        for i, b in enumerate(doc.blocks):
            if b.decided:
                continue
            f = b.features
            words = f["words"]
            if words <= comment_heading_max_words and (
                self._comment_heading(f["norm"])
                or (
                    words <= comment_counter_max_words
                    and self.comment_counter is not None
                    and self.comment_counter.match(b.text) is not None
                )
            ):
                # a comment section ends the article for good (see structure.article_end)
                f["end_marker"] = f["hard_end"] = True
                b.mark(Label.CHROME, "chrome.comment_section")
                continue
            if words <= phrase_max_words:
                norm = f["norm"]
                if norm in self.end_markers or (norm in self.box_labels and b.text.rstrip().endswith(":")):
                    f["end_marker"] = True
                rule = self.phrase_rule.get(norm)
                if rule:
                    b.mark(Label.CHROME, rule)
                    continue
                if (
                    words <= end_pattern_max_words
                    and self.end_marker_pattern is not None
                    and self.end_marker_pattern.match(norm) is not None
                ):
                    f["end_marker"] = True
                    b.mark(Label.CHROME, "chrome.section_header")
                    continue
            if words > max_pattern_words:
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

"""First pass: judge each block alone against the chrome rule files.

Every decision names its rule (``chrome.share_widget``, ``caption.credit`` ...), so
``Article.removed`` tells the user why a block went. Rules come from
:mod:`newsclean.rules` data files; this module only applies them.
"""

from __future__ import annotations

import regex

from newsclean import rules
from newsclean.document import Document, Label
from newsclean.stages.base import stage
from newsclean.stages.features import PHRASE_MAX_WORDS

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
# blocks longer than this are never judged chrome by a pattern alone: text that long is
# almost always prose, and bounding the length keeps the patterns' cost bounded too
MAX_PATTERN_WORDS = 60
# patterns run on blocks within this many blocks of a prose-sized one (PROSE_WORDS or more)
PATTERN_REACH = 3
PROSE_WORDS = 8
REACH_MIN_BLOCKS = 40  # smaller pages are cheap: every block gets the patterns
# a block's first (last) this many characters select the patterns worth trying on it
KEY_CHARS = 2


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
        if f["words"] >= PROSE_WORDS:
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
        for concern in concerns:
            for compiled in rules.patterns(concern):
                if compiled.pattern.startswith("^") != anchored_start:
                    continue
                if not anchored_start:
                    # anchored at the block's end: a reverse search tries the end first
                    compiled = regex.compile(compiled.pattern, compiled.flags | regex.REVERSE)
                self.patterns.append((concern, compiled))
        # a pattern not anchored where the key is taken must be tried on every block
        self.always = [anchored_start is False and not _ends_anchored(p.pattern) for _, p in self.patterns]
        self.by_char: dict[str, tuple[tuple[str, regex.Pattern[str]], ...]] = {}

    def candidates(self, char: str) -> tuple[tuple[str, regex.Pattern[str]], ...]:
        found = self.by_char.get(char)
        if found is None:
            # a pure cache: which patterns can start (or end) with these characters
            found = tuple((c, p) for (c, p), always in zip(self.patterns, self.always)
                          if always or p.match(char, partial=True) is not None)
            self.by_char[char] = found
        return found

    def first(self, text: str, char: str) -> tuple[str, regex.Match[str]] | None:
        for concern, pattern in self.candidates(char):
            m = pattern.match(text) if self.anchored_start else pattern.search(text)
            if m is not None:
                return concern, m
        return None


class ChromeRules:
    """Applies the phrase and pattern files to undecided blocks."""

    name = "chrome_rules"

    def __init__(self, max_pattern_words: float = MAX_PATTERN_WORDS, pattern_reach: int | None = PATTERN_REACH) -> None:
        # the HTML path passes a lower bound: its blocks are whole paragraphs, not lines
        self.max_pattern_words = max_pattern_words
        # patterns only run within this many blocks of prose (None: on every block)
        self.pattern_reach = pattern_reach
        table: dict[str, str] = {}
        for concern, rule in PHRASE_RULES:
            for p in rules.phrases(concern):
                table.setdefault(p, rule)
        self.phrase_rule = table
        self.end_markers = rules.phrases("end_markers") | rules.phrases("section_headers")
        self.comment_section = rules.combined("comment_section_patterns")
        self.head = _Dispatch(tuple(PATTERN_RULES), anchored_start=True)
        self.tail = _Dispatch(tuple(PATTERN_RULES), anchored_start=False)

    def _match(self, text: str) -> tuple[str, regex.Match[str]] | None:
        head, tail = self.head, self.tail
        if isinstance(head, _Dispatch) and isinstance(tail, _Dispatch):
            return head.first(text, text[:KEY_CHARS]) or tail.first(text, text[-KEY_CHARS:])
        # a subclass may install plain unions with one named group per concern
        m = head.match(text) if head is not None else None
        if m is None and tail is not None:
            m = tail.search(text)
        if m is None:
            return None
        groups = m.groupdict()
        return next(c for c in PATTERN_RULES if groups.get(c) is not None), m

    def __call__(self, doc: Document) -> None:
        near = None
        if self.pattern_reach is not None and len(doc.blocks) >= REACH_MIN_BLOCKS:
            near = _near_prose(doc.blocks, self.pattern_reach)
        for i, b in enumerate(doc.blocks):
            if b.decided:
                continue
            f = b.features
            if f["words"] <= PHRASE_MAX_WORDS:
                norm = f["norm"]
                if norm in self.end_markers:
                    f["end_marker"] = True
                if self.comment_section is not None and self.comment_section.match(norm):
                    # a comment section ends the article for good (see structure.article_end)
                    f["end_marker"] = f["hard_end"] = True
                    b.mark(Label.CHROME, "chrome.comment_section")
                    continue
                rule = self.phrase_rule.get(norm)
                if rule:
                    b.mark(Label.CHROME, rule)
                    continue
            if f["words"] > self.max_pattern_words or (near is not None and not near[i]):
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

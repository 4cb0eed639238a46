"""First pass: judge each block alone against the chrome rule files.

Every decision names its rule (``chrome.share_widget``, ``caption.credit`` ...), so
``Article.removed`` tells the user why a block went. Rules come from
:mod:`newsclean.rules` data files; this module only applies them.
"""

from __future__ import annotations

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


class ChromeRules:
    """Applies the phrase and pattern files to undecided blocks."""

    name = "chrome_rules"

    def __init__(self) -> None:
        table: dict[str, str] = {}
        for concern, rule in PHRASE_RULES:
            for p in rules.phrases(concern):
                table.setdefault(p, rule)
        self.phrase_rule = table
        self.end_markers = rules.phrases("end_markers") | rules.phrases("section_headers")
        self.head = rules.union(tuple(PATTERN_RULES), anchored_start=True)
        self.tail = rules.end_union(tuple(PATTERN_RULES))

    def __call__(self, doc: Document) -> None:
        for b in doc.blocks:
            if b.decided:
                continue
            f = b.features
            if f["words"] <= PHRASE_MAX_WORDS:
                norm = f["norm"]
                if norm in self.end_markers:
                    f["end_marker"] = True
                rule = self.phrase_rule.get(norm)
                if rule:
                    b.mark(Label.CHROME, rule)
                    continue
            if f["words"] > MAX_PATTERN_WORDS:
                continue
            m = self.head.match(b.text) if self.head is not None else None
            if m is None and self.tail is not None:
                m = self.tail.search(b.text)
            if m is None:
                continue
            groups = m.groupdict()
            concern = next(c for c in PATTERN_RULES if groups.get(c) is not None)
            label, rule = PATTERN_RULES[concern]
            if concern == "tag_patterns":
                raw = m.group("tags")
                sep = "#" if "#" in raw else ","
                found = doc.found.setdefault("tags", [])
                found.extend(t for t in (x.strip() for x in raw.split(sep)) if t and t not in found)
            elif concern == "source_patterns":
                doc.found.setdefault("source", m.group("source").strip())
            b.mark(label, rule)

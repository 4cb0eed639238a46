"""User rule packs: your own phrases, patterns and stages, applied per call.

``newsclean.extract(page, rules=...)`` takes a :class:`RulePack`, or anything
:func:`rule_pack` turns into one:

* a mapping ``{concern: [entries]}``, e.g.
  ``{"section_headers": ["Also on Lakeside"], "chrome_line_patterns": [r"^Tip us off\\b.*$"]}``;
* a path to a config file: ``.json`` (the same mapping), ``.toml`` (one array per
  concern) or ``.txt`` (``[concern]`` section lines, then one entry per line, ``#``
  comments, as in the shipped rule files);
* a stage: a function over the block document named with
  :func:`newsclean.stage` (see "Custom stages" below);
* a list of any of these, combined in order.

Concerns are the names of the shipped rule files (``newsclean/rules/data/<lang>/``).
Files whose name ends in ``_patterns`` hold regular expressions (``regex`` module,
case-insensitive unless the shipped concern is case-sensitive); the others hold
phrases matched against a whole block, case-insensitively, ignoring surrounding
punctuation. The concerns a pack may extend are listed in :data:`CONCERNS`; the
byline and date word lists are read by the metadata parsers and are extended by
adding a file under ``rules/data/<lang>/`` instead.

The built-in rules are never modified: the pack builds its own copy of the
chrome-rules stage (defaults plus your entries) in a copy of the pipeline, cached
per distinct pack, so ``extract`` stays a pure function and other calls see only
the defaults.

**Custom stages.** A stage is any function ``stage(doc) -> None`` over the
:class:`~newsclean.document.Document`: it reads ``doc.blocks`` (each
:class:`~newsclean.document.Block` has ``text``, ``kind``, ``index``, ``label``,
``features``) and labels undecided ones with
``block.mark(Label.CHROME, "my.rule")`` (or ``Label.BODY``). Name it with the
``@newsclean.stage("name")`` decorator. It runs right after the built-in chrome
rules unless it has an ``after`` or ``before`` attribute naming another stage
(``newsclean.stages.pipelines.text_pipeline().names`` lists them).

>>> pack = rule_pack({"section_headers": ["Also on Lakeside"]})
>>> pack.phrases["section_headers"]
('also on lakeside',)
"""

from __future__ import annotations

import copy
import json
import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from newsclean import rules
from newsclean.document import Document, Label
from newsclean.stages.base import Pipeline, Stage
from newsclean.stages.chrome import PATTERN_RULES, PHRASE_RULES, ChromeRules

# concerns applied by the chrome-rules stage
CHROME_PHRASE_CONCERNS = tuple(c for c, _ in PHRASE_RULES)
CHROME_PATTERN_CONCERNS = tuple(PATTERN_RULES)
# concerns applied by later stages, which a pack extends with stages of its own
EXTRA_PATTERN_CONCERNS = ("inline_residue_patterns", "bio_patterns")
CONCERNS = CHROME_PHRASE_CONCERNS + CHROME_PATTERN_CONCERNS + EXTRA_PATTERN_CONCERNS
# named groups the chrome stage reads from a match of these concerns
_REQUIRED_GROUPS = {"tag_patterns": "tags", "source_patterns": "source"}


class RuleError(ValueError):
    """A rule pack names an unknown concern or holds a pattern that does not compile."""


@dataclass(frozen=True)
class RulePack:
    """Extra phrases and patterns per concern, and extra stages. Hashable: equal packs
    share one cached pipeline."""

    phrases: Mapping[str, tuple[str, ...]]
    patterns: Mapping[str, tuple[str, ...]]
    stages: tuple[Stage, ...] = ()

    def __hash__(self) -> int:
        return hash((tuple(sorted(self.phrases.items())), tuple(sorted(self.patterns.items())), self.stages))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RulePack) and (dict(self.phrases), dict(self.patterns), self.stages) == (
            dict(other.phrases),
            dict(other.patterns),
            other.stages,
        )

    @property
    def empty(self) -> bool:
        return not (self.phrases or self.patterns or self.stages)

    def __add__(self, other: RulePack) -> RulePack:
        return _combine([self, other])

    def pipeline(self, base: Pipeline) -> Pipeline:
        """A copy of ``base`` with this pack's rules and stages (``base`` is not changed)."""
        positions = tuple((getattr(s, "after", None), getattr(s, "before", None)) for s in self.stages)
        return _pipeline_for(self, base, positions)


def rule_pack(spec: Any) -> RulePack:
    """Turn a mapping, a config-file path, a stage, a :class:`RulePack` or a list of
    these into one :class:`RulePack` (validated: unknown concerns and bad patterns raise
    :class:`RuleError`)."""
    if isinstance(spec, RulePack):
        return spec
    if isinstance(spec, Mapping):
        try:
            frozen = tuple((k, v if isinstance(v, str) else tuple(v)) for k, v in spec.items())
            hash(frozen)
        except TypeError:
            return _from_mapping(spec, where="rules")
        return _from_frozen(frozen)
    if isinstance(spec, (str, os.PathLike)):
        p = Path(spec)
        try:
            st = p.stat()
        except OSError:
            raise RuleError(f"rule file not found: {p}") from None
        # a corpus run passes the same file for every page: read it once per version
        return _load_cached(str(p.resolve()), st.st_mtime_ns, st.st_size)
    if callable(spec):
        if not isinstance(getattr(spec, "name", None), str):
            raise RuleError("a custom stage needs a name: decorate it with @newsclean.stage('name')")
        return RulePack({}, {}, (spec,))
    if isinstance(spec, Iterable):
        return _combine(rule_pack(s) for s in spec)
    raise RuleError(f"cannot make rules from a {type(spec).__name__}")


@lru_cache(maxsize=256)
def _from_frozen(frozen: tuple[tuple[str, Any], ...]) -> RulePack:
    return _from_mapping(dict(frozen), where="rules")


@lru_cache(maxsize=64)
def _load_cached(path: str, _mtime_ns: int, _size: int) -> RulePack:
    return load_rules(path)


def load_rules(path: str | os.PathLike[str]) -> RulePack:
    """Read a rule pack from a ``.json``, ``.toml`` or ``.txt`` file."""
    p = Path(path)
    if not p.is_file():
        raise RuleError(f"rule file not found: {p}")
    text = p.read_text(encoding="utf-8")
    suffix = p.suffix.lower()
    if suffix == ".json":
        data = json.loads(text)
    elif suffix == ".toml":
        if sys.version_info >= (3, 11):
            import tomllib
        else:  # pragma: no cover - Python 3.10
            try:
                import tomli as tomllib
            except ModuleNotFoundError:
                raise RuleError("reading .toml rule files on Python 3.10 needs the 'tomli' package") from None
        data = tomllib.loads(text)
    elif suffix == ".txt":
        data = _parse_txt(text, str(p))
    else:
        raise RuleError(f"rule files are .json, .toml or .txt, not {p.name}")
    if not isinstance(data, Mapping):
        raise RuleError(f"{p}: expected a mapping of concern -> list of entries")
    return _from_mapping(data, where=str(p))


def _parse_txt(text: str, where: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    concern = None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or (line.startswith("#") and not line.startswith("#!")):
            continue
        if line.startswith("[") and line.endswith("]"):
            concern = line[1:-1].strip()
            out.setdefault(concern, [])
            continue
        if concern is None:
            raise RuleError(f"{where}:{n}: entry before any [concern] line")
        out[concern].append(line)
    return out


def _from_mapping(data: Mapping[str, Any], where: str) -> RulePack:
    phrases: dict[str, tuple[str, ...]] = {}
    patterns: dict[str, tuple[str, ...]] = {}
    for concern, entries in data.items():
        if concern not in CONCERNS:
            raise RuleError(f"{where}: unknown concern {concern!r}; a rule pack extends one of: " + ", ".join(CONCERNS))
        if isinstance(entries, str) or not isinstance(entries, Iterable):
            raise RuleError(f"{where}: {concern} must be a list of strings")
        items = [str(e).strip() for e in entries if str(e).strip()]
        if concern.endswith("_patterns"):
            for src in items:
                _check_pattern(concern, src, where)
            patterns[concern] = tuple(dict.fromkeys(items))
        else:
            phrases[concern] = tuple(dict.fromkeys(rules.normalise_phrase(e) for e in items))
    return RulePack(phrases, patterns)


def _check_pattern(concern: str, src: str, where: str) -> None:
    try:
        compiled = regex.compile(src, rules._VERSION)
    except regex.error as e:
        raise RuleError(f"{where}: {concern}: pattern {src!r} does not compile: {e}") from None
    group = _REQUIRED_GROUPS.get(concern)
    if group and group not in compiled.groupindex:
        raise RuleError(f"{where}: {concern}: pattern {src!r} needs a group (?P<{group}>...)")


def _combine(packs: Iterable[RulePack]) -> RulePack:
    phrases: dict[str, tuple[str, ...]] = {}
    patterns: dict[str, tuple[str, ...]] = {}
    stages: list[Stage] = []
    for p in packs:
        for c, items in p.phrases.items():
            phrases[c] = tuple(dict.fromkeys(phrases.get(c, ()) + tuple(items)))
        for c, items in p.patterns.items():
            patterns[c] = tuple(dict.fromkeys(patterns.get(c, ()) + tuple(items)))
        stages.extend(s for s in p.stages if s not in stages)
    return RulePack(phrases, patterns, tuple(stages))


# ---------------------------------------------------------------------- stages
def user_chrome_rules(pack: RulePack, base: ChromeRules) -> ChromeRules:
    """A copy of the pipeline's chrome-rules stage with a pack's phrases and patterns added.

    The copy keeps every setting of ``base`` (the HTML path's shorter pattern reach, ...);
    ``base`` itself is not changed. Default phrases keep their rule names; a pack's phrase
    gets the rule name of its concern (``chrome.section_header`` for ``section_headers``,
    ...). A phrase added to ``section_headers`` or ``end_markers`` also ends the article
    like the built-in ones. With extra patterns, each pattern file's defaults and the
    pack's entries are tried as one alternation per concern (first concern wins).
    """
    stage = copy.copy(base)
    rule_of = dict(PHRASE_RULES)
    table = dict(base.phrase_rule)
    for concern in CHROME_PHRASE_CONCERNS:
        for p in pack.phrases.get(concern, ()):
            table.setdefault(p, rule_of[concern])
    stage.phrase_rule = table
    stage.end_markers = base.end_markers | frozenset(
        pack.phrases.get("end_markers", ()) + pack.phrases.get("section_headers", ())
    )
    if any(pack.patterns.get(c) for c in CHROME_PATTERN_CONCERNS):
        stage.head = _union(pack, anchored_start=True)
        fwd = _union(pack, anchored_start=False)
        stage.tail = regex.compile(fwd.pattern, rules._VERSION | regex.REVERSE) if fwd is not None else None
    return stage


def _union(pack: RulePack, anchored_start: bool) -> regex.Pattern[str] | None:
    """:func:`newsclean.rules.union` over the defaults plus the pack's patterns."""
    parts = []
    for concern in CHROME_PATTERN_CONCERNS:
        srcs = rules.pattern_sources(concern) + pack.patterns.get(concern, ())
        srcs = tuple(p for p in srcs if p.startswith("^") == anchored_start)
        if not srcs:
            continue
        flag = "(?i:" if rules._flags(concern) & regex.IGNORECASE else "(?-i:"
        parts.append(f"(?P<{concern}>{flag}" + "|".join(f"(?:{p})" for p in srcs) + "))")
    return regex.compile("|".join(parts), rules._VERSION) if parts else None


def _flags(concern: str) -> int:
    return rules._flags(concern)


class UserResidue:
    """Cut the pack's ``inline_residue_patterns`` from the end of body paragraphs."""

    name = "user_inline_residue"
    may_read = ("found.residue",)
    assigns = ("found.residue",)

    def __init__(self, sources: tuple[str, ...]) -> None:
        self.pattern = regex.compile("|".join(f"(?:{s})" for s in sources), _flags("inline_residue_patterns"))

    def __call__(self, doc: Document) -> None:
        cut: list[tuple[int, str]] = doc.found.setdefault("residue", [])
        for b in doc.blocks:
            if b.label != Label.BODY:
                continue
            m = self.pattern.search(b.text)
            if m and m.start() > 0:
                cut.append((b.index, m.group(0).strip()))
                b.text = b.text[: m.start()].rstrip()


class UserBio:
    """The pack's ``bio_patterns``: the last body paragraph(s) opening like a bio."""

    name = "user_author_bio"

    def __init__(self, sources: tuple[str, ...]) -> None:
        self.pattern = regex.compile("|".join(f"(?:{s})" for s in sources), _flags("bio_patterns"))

    def __call__(self, doc: Document) -> None:
        idx = [i for i, b in enumerate(doc.blocks) if b.label == Label.BODY]
        if len(idx) < 3:
            return
        for i in idx[-2:]:
            if self.pattern.search(doc.blocks[i].text):
                for j in idx:
                    if j >= i:
                        doc.blocks[j].mark(Label.AUTHOR_BIO, "bio.closing_paragraph")
                return


@lru_cache(maxsize=64)
def _pipeline_for(pack: RulePack, base: Pipeline, _positions: tuple = ()) -> Pipeline:
    stages: list[Stage] = list(base.stages)
    names = [s.name for s in stages]
    if "chrome_rules" in names and (pack.phrases or any(pack.patterns.get(c) for c in CHROME_PATTERN_CONCERNS)):
        i = names.index("chrome_rules")
        stages[i] = user_chrome_rules(pack, stages[i])  # type: ignore[arg-type]
    out = Pipeline(stages, base.provided)
    if pack.patterns.get("inline_residue_patterns"):
        out = _insert(out, UserResidue(pack.patterns["inline_residue_patterns"]), after="inline_residue")
    if pack.patterns.get("bio_patterns"):
        out = _insert(out, UserBio(pack.patterns["bio_patterns"]), after="author_bio")
    for s in pack.stages:
        out = _insert(out, s, after=getattr(s, "after", None), before=getattr(s, "before", None))
    return out


def _insert(p: Pipeline, s: Stage, *, after: str | None = None, before: str | None = None) -> Pipeline:
    names = p.names
    if before is not None:
        if before not in names:
            raise RuleError(f"stage {s.name!r}: no stage {before!r} to run before; stages are {names}")
        return p.insert_before(before, s)
    anchor = after or "chrome_rules"
    if anchor not in names:
        raise RuleError(f"stage {s.name!r}: no stage {anchor!r} to run after; stages are {names}")
    return p.insert_after(anchor, s)

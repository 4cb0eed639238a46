"""Rules earn their place: on how many dev pages does each rule entry fire?

    python -m benchmarks.rules                       # all four sets, HTML and text; summary table
    python -m benchmarks.rules --json rules.json     # every entry's counts as JSON
    python -m benchmarks.rules --sets fundus-dev --inputs html --limit 20

Every line of every file under ``newsclean/rules/data/<lang>/`` is an *entry*
(``en/share_widgets.txt:12``). newsclean is run on every page of the dev sets (HTML and
visible text) and each block it removed or labelled (``Article.removed``: text and rule name)
is matched again against the entries of the concern files that feed that rule, with the
matcher's own semantics (a phrase equals the whole normalised block; a pattern matches the
block). The entry that fires on a block is:

- for a **phrase** concern, every entry equal to the block's normalised text (a phrase listed
  twice fires twice: both copies are shown);
- for a **pattern** concern, the first entry that matches in the matcher's order (patterns
  anchored at the start first, then the others; file order, languages in name order), so a
  pattern shadowed by an earlier one does not get credit for its blocks.

*Vocabulary* concerns (months, weekdays, byline role words, job titles, agencies, time
zones, ...) do not decide a block alone: they are words the metadata parsers read. For them
the count is approximate: the pages where the entry occurs (as a whole word, or its pattern
matches) in a block removed by one of the rules of the stage the file feeds (byline, date,
title ...). They are reported for completeness and are not the subject of a review.

An entry *fires on a page* when it fires on a block of that page in the HTML or the text
input. The summary counts, per file, the entries firing on no page, on exactly one page and
on two or more pages of all the sets together.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import regex

from benchmarks.datasets import DatasetError, Page, load_dataset
from benchmarks.gate import SETS, default_bench

KINDS = ("html", "text")

# rule names (``RemovedBlock.rule``) each block-matching concern decides, and how its entries match:
# "phrase" (the block's normalised text equals the entry), "pattern" (regex search on the block),
# "head" (regex match on the block's first CONSENT_HEAD_CHARS characters, as boxes.consent_boxes does)
MATCHERS: dict[str, tuple[str, frozenset[str]]] = {
    "share_widgets": ("phrase", frozenset({"chrome.share_widget"})),
    "comment_widgets": ("phrase", frozenset({"chrome.comment_widget"})),
    "policy_links": ("phrase", frozenset({"chrome.policy_link"})),
    "counter_labels": ("phrase", frozenset({"chrome.counter"})),
    "end_markers": ("phrase", frozenset({"chrome.section_header"})),
    "section_headers": ("phrase", frozenset({"chrome.section_header"})),
    # "More:" over a box of links: the label goes with the box it opens
    "inline_box_labels": ("phrase", frozenset({"structure.inline_teasers", "structure.after_section_heading"})),
    "ad_labels": ("phrase", frozenset({"structure.ad_label"})),
    "key_points_headings": ("phrase", frozenset({"structure.key_points"})),
    "player_widgets": ("phrase", frozenset({"structure.player_box"})),
    "viewer_labels": ("phrase", frozenset({"caption.viewer"})),
    "end_marker_patterns": ("pattern", frozenset({"chrome.section_header"})),
    "comment_section_patterns": ("pattern", frozenset({"chrome.comment_section"})),
    "chrome_line_patterns": ("pattern", frozenset({"chrome.line_shape"})),
    "tag_patterns": ("pattern", frozenset({"tags.tag_line"})),
    "source_patterns": ("pattern", frozenset({"source.attribution"})),
    "newsletter_patterns": ("pattern", frozenset({"chrome.newsletter"})),
    "credit_patterns": ("pattern", frozenset({"caption.credit"})),
    "caption_patterns": ("pattern", frozenset({"caption.pattern"})),
    "long_caption_patterns": ("pattern", frozenset({"caption.long_paragraph"})),
    "consent_patterns": ("head", frozenset({"structure.consent_box"})),
    "company_boilerplate_patterns": ("pattern", frozenset({"structure.company_boilerplate"})),
    "company_boilerplate_cues": ("pattern", frozenset({"structure.company_boilerplate"})),
    "bio_patterns": ("pattern", frozenset({"bio.closing_paragraph", "bio.after_article", "bio.after_heading"})),
    "inline_residue_patterns": ("pattern", frozenset({"residue.link_text"})),
    "inline_card_patterns": ("pattern", frozenset({"residue.link_text"})),
}
CONSENT_HEAD_CHARS = 120  # boxes.CONSENT_HEAD_CHARS: the consent wording opens its block

# vocabulary concerns: the rule-name prefixes of the blocks their words are read in
_BYLINE = ("byline.", "credits.", "html.author_line")
_DATE = ("date.", "byline.", "title.")
VOCABULARY_PREFIXES: dict[str, tuple[str, ...]] = {
    "agencies": (*_BYLINE, "source."), "job_titles": _BYLINE, "name_particles": _BYLINE,
    "share_networks": ("tags.", "chrome.share_widget"), "dateline_not_places": _DATE,
    "headline_ui_patterns": ("title.", "html.leading_heading"),
    "headline_caption_patterns": ("title.", "caption."),
    "embedded_post_classes": ("",), "continuation_openers": ("",),
    "section_heading_patterns": ("",), "head_anchor_patterns": (*_BYLINE, *_DATE, "region.before_byline"),
}


def vocabulary_prefixes(concern: str) -> tuple[str, ...]:
    if concern in VOCABULARY_PREFIXES:
        return VOCABULARY_PREFIXES[concern]
    if concern.startswith("byline_"):
        return _BYLINE
    if concern.startswith("date"):
        return _DATE
    return ("",)  # anywhere in the removed blocks


@dataclass(frozen=True)
class Entry:
    """One line of a rule file."""

    id: str          # "en/share_widgets.txt:12"
    lang: str
    concern: str
    line: int
    text: str

    @property
    def file(self) -> str:
        return f"{self.lang}/{self.concern}.txt"

    @property
    def kind(self) -> str:
        return "matcher" if self.concern in MATCHERS else "vocabulary"


def rule_entries() -> list[Entry]:
    """Every entry of every rule file, in the order the loader reads them (languages by name)."""
    root = resources.files("newsclean.rules.data")
    out: list[Entry] = []
    for lang_dir in sorted((d for d in root.iterdir() if d.is_dir() and not d.name.startswith("_")),
                           key=lambda d: d.name):
        for f in sorted((f for f in lang_dir.iterdir() if f.name.endswith(".txt")), key=lambda f: f.name):
            concern = f.name[:-4]
            for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
                line = line.strip()
                if line and not line.startswith("#"):
                    out.append(Entry(f"{lang_dir.name}/{f.name}:{n}", lang_dir.name, concern, n, line))
    return out


def _is_pattern_file(concern: str) -> bool:
    return concern.endswith("_patterns") or concern in ("date_zones",)


class Matcher:
    """Which entries fire on an extracted page's removed blocks."""

    def __init__(self, entries: list[Entry]) -> None:
        from newsclean import rules

        self.entries = entries
        # phrase concerns: normalised phrase -> entry ids, per concern
        self.phrases: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        # pattern concerns: (entry id, compiled, anchored at start), in the matcher's order
        self.patterns: dict[str, list[tuple[str, regex.Pattern[str]]]] = defaultdict(list)
        self.rule_concerns: dict[str, list[str]] = defaultdict(list)
        for concern, (_mode, rule_names) in MATCHERS.items():
            for r in rule_names:
                self.rule_concerns[r].append(concern)
        # vocabulary: (entry id, compiled search, rule prefixes)
        self.vocabulary: list[tuple[str, regex.Pattern[str], tuple[str, ...]]] = []
        by_concern: dict[str, list[Entry]] = defaultdict(list)
        for e in entries:
            by_concern[e.concern].append(e)
        for concern, items in by_concern.items():
            mode = MATCHERS.get(concern, ("vocabulary", frozenset()))[0]
            flags = rules._flags(concern) if _is_pattern_file(concern) else regex.IGNORECASE | regex.VERSION0
            if mode == "phrase":
                for e in items:
                    self.phrases[concern][rules.normalise_phrase(e.text)].append(e.id)
            elif mode in ("pattern", "head"):
                compiled = []
                for e in items:
                    try:
                        compiled.append((e.id, regex.compile(e.text, flags)))
                    except regex.error:
                        continue
                # the chrome dispatcher tries patterns anchored at the start first
                compiled.sort(key=lambda pair: not pair[1].pattern.startswith("^"))
                self.patterns[concern] = compiled
            else:
                prefixes = vocabulary_prefixes(concern)
                for e in items:
                    source = e.text if _is_pattern_file(concern) else self._word_pattern(e.text)
                    try:
                        self.vocabulary.append((e.id, regex.compile(source, flags), prefixes))
                    except regex.error:
                        continue

    @staticmethod
    def _word_pattern(text: str) -> str:
        # a vocabulary line may carry a value after the word ("UTC +00:00"): the word is its first field
        word = text.split("  ")[0].strip().rstrip(":")
        word = word.strip("()") or word
        return r"(?<!\w)" + regex.escape(word) + r"(?!\w)"

    def fired(self, removed: list[tuple[str, str]]) -> set[str]:
        """Entry ids that fire on a page's removed blocks, given as (rule, text) pairs."""
        from newsclean import rules

        out: set[str] = set()
        for rule, text in removed:
            text = text.strip()
            if not text:
                continue
            norm = None
            for concern in self.rule_concerns.get(rule, ()):
                mode = MATCHERS[concern][0]
                if mode == "phrase":
                    if concern == "inline_box_labels" and not text.endswith(":"):
                        continue
                    norm = norm if norm is not None else rules.normalise_phrase(text)
                    out.update(self.phrases[concern].get(norm, ()))
                    continue
                probe = text[:CONSENT_HEAD_CHARS] if mode == "head" else text
                if concern in ("end_marker_patterns", "comment_section_patterns"):
                    probe = norm if norm is not None else rules.normalise_phrase(text)
                    norm = probe
                for entry_id, pat in self.patterns[concern]:
                    m = pat.match(probe) if mode == "head" or concern in ("end_marker_patterns",
                                                                          "comment_section_patterns") \
                        else pat.search(probe)
                    if m is not None:
                        out.add(entry_id)
                        break
        for entry_id, pat, prefixes in self.vocabulary:
            if entry_id in out:
                continue
            for rule, text in removed:
                if rule.startswith(prefixes) and pat.search(text) is not None:
                    out.add(entry_id)
                    break
        return out


_MATCHER: Matcher | None = None


def _page_job(job: tuple[str, str, Page]) -> tuple[str, str, str, list[str], str | None]:
    """One page in a worker: (set, kind, page id, fired entry ids, error)."""
    global _MATCHER
    import newsclean
    from newsclean.errors import UnusableInputError

    set_name, kind, page = job
    if _MATCHER is None:
        _MATCHER = Matcher(rule_entries())
    source = page.read(kind)
    if source is None:
        return set_name, kind, page.id, [], None
    try:
        article = newsclean.extract(source, kind=kind)
    except UnusableInputError:
        return set_name, kind, page.id, [], None
    except Exception as exc:  # counted and reported; the run goes on
        return set_name, kind, page.id, [], f"{type(exc).__name__}: {exc}"[:200]
    removed = [(r.rule, r.text) for r in article.removed]
    return set_name, kind, page.id, sorted(_MATCHER.fired(removed)), None


@dataclass
class Report:
    entries: list[Entry]
    # entry id -> set -> kind -> page ids
    fired: dict[str, dict[str, dict[str, set[str]]]]
    pages: dict[str, dict[str, int]]   # set -> kind -> pages run
    errors: list[str]

    def page_count(self, entry_id: str) -> int:
        """Distinct (set, page) pairs the entry fires on, HTML or text."""
        by_set = self.fired.get(entry_id, {})
        return sum(len(set().union(*by_kind.values())) for by_kind in by_set.values())

    def bucket(self, entry_id: str) -> str:
        n = self.page_count(entry_id)
        return "0" if n == 0 else "1" if n == 1 else "2+"

    def summary(self, kind: str | None = "matcher") -> dict[str, Counter]:
        """Per file: entries firing on 0, 1 and 2+ pages (``kind`` None: every entry)."""
        out: dict[str, Counter] = defaultdict(Counter)
        for e in self.entries:
            if kind is None or e.kind == kind:
                out[e.file][self.bucket(e.id)] += 1
        return dict(sorted(out.items()))

    def to_json(self) -> dict:
        rows = []
        for e in self.entries:
            by_set = self.fired.get(e.id, {})
            rows.append({"id": e.id, "file": e.file, "concern": e.concern, "lang": e.lang, "kind": e.kind,
                         "entry": e.text, "pages": self.page_count(e.id),
                         "by_set": {s: {k: len(ids) for k, ids in kinds.items()} for s, kinds in sorted(by_set.items())},
                         "page_ids": sorted(f"{s}/{p}" for s, kinds in by_set.items()
                                            for p in set().union(*kinds.values()))[:5]})
        totals = Counter()
        for counts in self.summary().values():
            totals.update(counts)
        return {"pages": self.pages, "errors": self.errors,
                "summary": {f: dict(c) for f, c in self.summary().items()},
                "totals": {"matcher": dict(totals),
                           "vocabulary": dict(sum(self.summary("vocabulary").values(), Counter()))},
                "entries": rows}


def run(bench: Path, sets: list[str], kinds: list[str], limit: int | None = None, jobs: int = 1) -> Report:
    entries = rule_entries()
    work: list[tuple[str, str, Page]] = []
    pages: dict[str, dict[str, int]] = {}
    for name in sets:
        try:
            dataset = load_dataset(bench / name, limit=limit)
        except DatasetError as exc:
            print(f"skipped {name}: {exc}", file=sys.stderr)
            continue
        for kind in kinds:
            todo = dataset.with_input(kind)
            pages.setdefault(name, {})[kind] = len(todo)
            work.extend((name, kind, p) for p in todo)
    if jobs <= 1:
        done = [_page_job(job) for job in work]
    else:
        import multiprocessing
        with multiprocessing.get_context("spawn").Pool(jobs) as pool:
            done = pool.map(_page_job, work, chunksize=4)
    fired: dict[str, dict[str, dict[str, set[str]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(set)))
    errors = []
    for set_name, kind, page_id, ids, err in done:
        if err:
            errors.append(f"{set_name}/{kind}/{page_id}: {err}")
        for entry_id in ids:
            fired[entry_id][set_name][kind].add(page_id)
    return Report(entries=entries, fired=fired, pages=pages, errors=errors)


def format_summary(report: Report) -> str:
    lines = ["| file | entries | 0 pages | 1 page | 2+ pages |", "|---|---|---|---|---|"]
    totals: Counter = Counter()
    for file, counts in report.summary().items():
        n = sum(counts.values())
        totals.update(counts)
        lines.append(f"| {file} | {n} | {counts['0']} | {counts['1']} | {counts['2+']} |")
    lines.append(f"| **all matchers** | {sum(totals.values())} | {totals['0']} | {totals['1']} | {totals['2+']} |")
    voc = sum(report.summary("vocabulary").values(), Counter())
    lines.append(f"| vocabulary (approximate) | {sum(voc.values())} | {voc['0']} | {voc['1']} | {voc['2+']} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.rules", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, default=None, help="shared bench folder (default: ../shared/bench)")
    ap.add_argument("--sets", default=",".join(SETS), help="comma-separated sets (default: all four)")
    ap.add_argument("--inputs", default=",".join(KINDS), help="html, text or both (default)")
    ap.add_argument("--limit", type=int, default=None, help="first N pages of each set")
    ap.add_argument("--jobs", type=int, default=min(os.cpu_count() or 1, 4), help="worker processes")
    ap.add_argument("--json", type=Path, default=None, help="write every entry's counts to this file")
    ap.add_argument("--list", choices=("0", "1", "2+"), default=None,
                    help="also print the matcher entries firing on this many pages")
    args = ap.parse_args(argv)
    bench = args.bench or default_bench()
    if not bench.is_dir():
        print(f"{bench}: not found", file=sys.stderr)
        return 2
    kinds = [k.strip() for k in args.inputs.split(",") if k.strip()]
    if any(k not in KINDS for k in kinds):
        print(f"--inputs: choose from {', '.join(KINDS)}", file=sys.stderr)
        return 2
    report = run(bench, [s.strip() for s in args.sets.split(",") if s.strip()], kinds, args.limit, args.jobs)
    print(format_summary(report))
    for err in report.errors[:10]:
        print("error:", err)
    if args.list is not None:
        for e in report.entries:
            if e.kind == "matcher" and report.bucket(e.id) == args.list:
                where = sorted(f"{s}/{p}" for s, kinds in report.fired.get(e.id, {}).items()
                               for p in set().union(*kinds.values()))
                print(f"{e.id}\t{e.text}\t{' '.join(where)}")
    if args.json is not None:
        args.json.write_text(json.dumps(report.to_json(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The quick rejections in front of the metadata recognisers give the full recognisers' answers.

A prefilter may only skip lines the full recogniser rejects. Checked on invented lines
and, when ../shared/bench is beside the repository, on every line of the benchmark pages
and the samples (the lines the text path actually meets).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean import rules
from newsclean.metadata import bylines
from newsclean.metadata.bylines import detection, grammar, text, vocabulary
from newsclean.settings import settings

REPO = Path(__file__).resolve().parents[2]
BENCH = REPO.parent / "shared" / "bench"

INVENTED = [
    "By Ann Lee", "by ann lee", "Ann Lee | Ravenfield Post", "Ann Lee, Staff Writer",
    "ANN LEE and BO CHEN", "Ann Lee For The Ravenfield Examiner", "Ann Lee for the news desk",
    "Ann Lee/Getty Images", "(Ann Lee)", "Ann Lee, CNN", "Ann Lee (AP)", "Ann Lee 3 hours ago",
    "Published May 3, 2019 by Ann Lee", "Von Anna Müller", "Par Jean Dupont", "Di Giorgio e Bo",
    "Storm closes schools across the county", "Related stories", "Share this article",
    "The Ravenfield Examiner", "Ann Lee @annlee", "Ann Lee ann@example.org", "Photos: Bo Chen",
    "Reporting by Ann Lee; Editing by Bo Chen", "Ann Lee.", "Ann B.", "Ann Lee – Reuters",
    "金田一", "Ann Lee 記者", "Text: Ann Lee", "Ann Lee with Bo Chen", "Ann Lee (with Bo Chen)",
]


def _bench_lines() -> list[str]:
    files = sorted((BENCH / "scrapinghub" / "text").glob("*.txt"))
    files += sorted((BENCH / "readability-dev").glob("*/text.txt"))
    files += sorted((REPO / "samples").glob("*.txt"))
    lines: set[str] = set()
    for f in files:
        for line in f.read_text(encoding="utf-8", errors="replace").splitlines():
            s = line.strip()
            if s and len(s) <= settings().max_line_chars:
                lines.add(s)
    return sorted(lines)


def _disagreements(lines: list[str]) -> list[str]:
    return [s for s in lines
            if detection._looks_like_byline(s, quick=True) != detection._looks_like_byline(s, quick=False)]


def test_byline_prefilter_invented_lines():
    assert _disagreements(INVENTED) == []
    # the prefilter is not a no-op: the full recogniser says yes to some of these
    assert sum(detection._looks_like_byline(s, quick=False) for s in INVENTED) >= 8


@pytest.mark.skipif(not BENCH.is_dir(), reason="shared bench folder absent (../shared/bench beside the repo)")
def test_byline_prefilter_benchmark_lines():
    lines = _bench_lines()
    assert len(lines) > 10000
    assert _disagreements(lines) == []


DATE_INVENTED = [
    "yesterday", "Updated yesterday", "an hour ago", "Published: an hour ago", "vor zwei Tagen",
    "il y a une heure", "hace dos días", "due giorni fa", "twee dagen geleden", "há dois dias",
    "gestern", "ayer", "a day ago · 3 min read", "Storm closes schools", "Related stories",
    "Share this article", "By Ann Lee", "Updated 2 hours ago", "Jan. 7, 2022 at 3:04 p.m.",
]


def _date_disagreements(lines: list[str]) -> list[str]:
    from newsclean.metadata import dates
    from newsclean.metadata.dates import stamps

    quick = [dates.looks_like_date_line(s) for s in lines]
    original = stamps._may_hold_age
    stamps._may_hold_age = lambda s: True   # the reference: every line takes the full path
    try:
        full = [dates.looks_like_date_line(s) for s in lines]
    finally:
        stamps._may_hold_age = original
    return [s for s, a, b in zip(lines, quick, full) if a != b]


def test_date_line_shortcut_without_digits_invented_lines():
    from newsclean.metadata import dates

    assert _date_disagreements(DATE_INVENTED) == []
    assert sum(dates.looks_like_date_line(s) for s in DATE_INVENTED if not any(c.isdigit() for c in s)) >= 10


@pytest.mark.skipif(not BENCH.is_dir(), reason="shared bench folder absent (../shared/bench beside the repo)")
def test_date_line_shortcut_without_digits_benchmark_lines():
    assert _date_disagreements(_bench_lines()) == []


@pytest.mark.parametrize("line", ["Ann Lee ann@example.org", "By Ann Lee, HTTP://EXAMPLE.ORG/ann",
                                  "Ann Lee | WWW.EXAMPLE.ORG", "By Ann Lee @annlee", "By Ann Lee"])
def test_noise_literals_shortcut_keeps_the_cue(line):
    # _strip_noise skips the URL/e-mail/handle patterns only when their literals are absent
    an = text._Analysis()
    cleaned = text._strip_noise(line, an)
    assert an.cue == (line != "By Ann Lee")
    assert "@" not in cleaned and "http" not in cleaned.lower() and "www." not in cleaned.lower()


def test_date_cut_guard_never_hides_a_match():
    # _classify skips date_cut_re only where it cannot match
    lines = ["Ann Lee Monday", "Ann Lee, Updated", "Ann Lee 3 hours ago", "Ann Lee May 3", "Ann Lee",
             "Ann Lee Published", "Ann Lee, Staff Writer", "Ann Lee ٣", "Ann Lee Lundi"] + (
        _bench_lines() if BENCH.is_dir() else [])
    rx = vocabulary._vocab().date_cut_re
    missed = [s for s in lines if not text._may_cut_date(s) and rx.search(s) is not None]
    assert missed == []
    assert not text._may_cut_date("Ann Lee, Staff Writer")


def _name_line_reference(text: str) -> bool:
    """looks_like_name_line with the analysis read to its end (no early stop)."""
    if not text or len(text) > 120:
        return False
    s = text.strip()
    if s.endswith((".", "?", "!", ":", "»", "›", ">")) or any(ch.isdigit() for ch in s):
        return False
    norm = rules.normalise_phrase(s)
    if any(norm in rules.phrases(c) for c in ("section_headers", "policy_links", "share_widgets", "viewer_labels")):
        return False
    v = vocabulary._vocab()
    for w in s.split():
        low = w.casefold().strip(vocabulary._END_PUNCT)
        if len(low) > 1 and low in v.stopwords and low not in v.particles:
            return False
        if low in rules.phrases("section_names"):
            return False
    an = grammar._analyse(s)
    if an.junk_words or an.marker:
        return False
    names = [it for it in an.items if it.kind == "name"]
    return (bool(names) and len(names) == len(an.items)
            and all(detection._plain_name_words(it.value) <= settings().max_bare_name_words for it in names))


def test_name_line_early_stop_invented_lines():
    answers = [(s, bylines.looks_like_name_line(s), _name_line_reference(s)) for s in INVENTED]
    assert [a for a in answers if a[1] != a[2]] == []
    assert bylines.looks_like_name_line("Ann Lee and Bo Chen")
    assert not bylines.looks_like_name_line("Ann Lee, CNN")          # an outlet item stops it
    assert not bylines.looks_like_name_line("By Ann Lee")            # a marker stops it


@pytest.mark.skipif(not BENCH.is_dir(), reason="shared bench folder absent (../shared/bench beside the repo)")
def test_name_line_early_stop_benchmark_lines():
    lines = [s for s in _bench_lines() if len(s) <= 120]
    assert [s for s in lines if bylines.looks_like_name_line(s) != _name_line_reference(s)] == []


def test_unmarked_analysis_stops_at_junk():
    # a line the prefilter finds no marker in: the analysis stops at the first junk word
    an = text._Analysis(stop=bylines.UNMARKED)
    with pytest.raises(text._Rejected):
        grammar._analyse_prepared("The Storm Closes schools, Ann Lee", an)
    assert detection._may_be_byline("Ann Lee, CNN", "Ann Lee, CNN", False) == bylines.UNMARKED
    assert detection._looks_like_byline("Ann Lee, CNN", quick=True)


def test_parse_date_needs_a_digit():
    # parse_date answers None without searching when the text holds no digit: every branch
    # of date_re holds one
    from newsclean.metadata import dates

    rx = dates._vocab().date_re
    lines = ["Monday", "January the seventh", "Updated yesterday", "Storm closes schools"] + (
        _bench_lines() if BENCH.is_dir() else [])
    assert [s for s in lines if not any(c.isdigit() for c in s) and rx.search(dates._prep(s))] == []
    assert dates.parse_date("Jan. 7, 2022").isoformat() == "2022-01-07"

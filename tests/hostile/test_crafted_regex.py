"""Lines crafted against each of newsclean's own regular expressions (see :mod:`crafted`).

Two levels:

* every compiled pattern, alone, on long runs of the characters it repeats: a match attempt
  must finish within a bound (the ``regex`` module's ``timeout``), so no pattern backtracks
  catastrophically from one position. Lines are whitespace-normalised first, as the
  segmenters normalise every block before any stage sees it (checked below too);
* the lines themselves through ``extract()``, in the head zone of a story (where bylines,
  dates and headlines are parsed) and as paragraphs of its body: each page must be read in
  time linear in its size.
"""

from __future__ import annotations

import time

import pytest

import crafted
import hostile_gen as g
from newsclean import extract
from newsclean.segment import segment_html, segment_text
from newsclean.segment.text import normalise_line

MATCH_LENGTH = 5_000
MATCH_TIMEOUT = 1.0  # seconds for one match attempt; a linear one takes well under a millisecond
PAGE_LENGTH = 600
LINES_PER_PAGE = 40

TARGETS = crafted.all_targets()


def _lines(target: crafted.Target, length: int) -> list[str]:
    return [x for x in dict.fromkeys(normalise_line(line) for line in crafted.crafted_lines(target, length)) if x]


def test_every_rule_file_and_module_pattern_is_collected():
    names = {t.name for t in TARGETS}
    for concern in crafted.pattern_file_concerns():
        assert any(n.startswith(f"rules:{concern}") for n in names), concern
    # module-level patterns, lazily built vocabularies and the chrome stage's unions
    for expected in ("newsclean.inputs.detect._HTML_START", "newsclean.metadata.bylines.vocabulary._vocab.",
                     "newsclean.metadata.dates.vocabulary._vocab.", "pipeline:text.chrome_rules"):
        assert any(n.startswith(expected) for n in names), expected
    assert sum(bool(_lines(t, 50)) for t in TARGETS) > 0.8 * len(TARGETS)


@pytest.mark.parametrize("target", TARGETS, ids=[t.name for t in TARGETS])
def test_no_pattern_backtracks_catastrophically(target):
    if target.is_bytes:
        data = b"<meta " + b"a" * MATCH_LENGTH  # the one bytes pattern: the charset sniffer
        start = time.perf_counter()
        target.pattern.search(data)
        assert time.perf_counter() - start < MATCH_TIMEOUT
        return
    kw = {"timeout": MATCH_TIMEOUT} if not isinstance(target.pattern, crafted.PatternType[1]) else {}
    for line in _lines(target, MATCH_LENGTH):
        try:
            target.pattern.match(line, **kw)
            target.pattern.fullmatch(line, **kw)
        except TimeoutError:  # pragma: no cover - the failure this test exists for
            pytest.fail(f"{target.name} needs over {MATCH_TIMEOUT}s on {line[:40]!r}... ({len(line)} chars)")


def test_segmenters_hand_the_stages_normalised_blocks():
    # the premise of normalising crafted lines: no stage sees a run of whitespace
    text = "Title\u00a0\u00a0 here\t\t\n\n" + " \t " * 500 + "word" + "\u2009" * 300 + "end\u200b\u200bnow"
    for b in segment_text(text).blocks:
        assert b.text == normalise_line(b.text)
    page = f"<html><body><article><p>{' ' * 900}Spaced{chr(9) * 50}out{chr(160) * 40}words here.</p>" \
           + "".join(f"<p>Paragraph {i} has a sentence of ordinary length for the story.</p>" for i in range(6)) \
           + "</article></body></html>"
    for b in segment_html(page).blocks:
        assert b.text == normalise_line(b.text)


def _pages(length: int) -> list[str]:
    lines: dict[str, None] = {}
    for t in TARGETS:
        for line in _lines(t, length)[::2]:
            lines[line] = None
    ordered = sorted(lines)
    head = "Harbour bridge repairs fall behind schedule"
    story = g.story_text().split("\n\n")[3:]
    pages = []
    for i in range(0, len(ordered), LINES_PER_PAGE):
        chunk = ordered[i:i + LINES_PER_PAGE]
        # head zone (byline/date/headline parsers), first paragraph (dateline), body, tail (credits, bios)
        pages.append("\n\n".join([head, *chunk[:10], *story[:2], chunk[0] + " " + story[2], *chunk[10:25],
                                  *story[2:], *chunk[25:]]))
    return pages


@pytest.mark.slow  # ~80 pages of 40 crafted lines (1.8 MB): 2-6 s on a shared CI core
def test_crafted_lines_through_extract_stay_linear():
    pages = _pages(PAGE_LENGTH)
    assert len(pages) > 10
    worst = 0.0
    total = 0.0
    for page in pages:
        start = time.perf_counter()
        article = extract(page, kind="text")
        seconds = time.perf_counter() - start
        assert article.input_kind == "text"
        worst = max(worst, seconds / len(page))
        total += seconds
    # a linear pipeline reads these pages at several hundred kB/s; a pattern quadratic on a
    # 600-character line would show as a page far below the bound
    assert worst < 1 / 20_000, f"slowest page: {1 / worst:,.0f} characters/s"
    assert total < 120


def test_crafted_lines_in_html_paragraphs_and_metadata():
    lines: dict[str, None] = {}
    for t in TARGETS:
        for line in _lines(t, 300)[:1]:
            lines[line] = None
    chosen = sorted(lines)[:: max(1, len(lines) // 60)]
    import html

    story = "".join(f"<p>{html.escape(s)}</p>" for s in g.story_text().split("\n\n")[3:])
    start = time.perf_counter()
    for line in chosen:
        esc = html.escape(line, quote=True)
        page = (f"<html><head><title>{esc}</title><meta name='author' content='{esc}'>"
                f"<meta property='article:published_time' content='{esc}'></head><body><article>"
                f"<h1>{esc}</h1><p class='byline'>{esc}</p>{story}<p>{esc}</p></article></body></html>")
        article = extract(page, kind="html")
        assert article.input_kind == "html"
    assert time.perf_counter() - start < 60

"""benchmarks.coverage, and on the dev pages: nothing of the main-content candidate, and
nothing of the page's shown text, leaves the HTML path without a trace.

The dev-page test reads a fixed sample (every k-th page by id, 40 per set) of each set in
../shared/bench and is skipped when that folder is absent.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks import coverage  # noqa: E402

BENCH = REPO.parent / "shared" / "bench"
SAMPLE = 40
# a page may lose this share of its distinct shown words (form controls, <noscript> and
# words two blocks glue together are not compared); before the segmenter reported the
# text outside its candidate, pages lost up to half of theirs
MAX_LOST_WORDS = 0.1


def test_page_coverage_splits_the_gold_between_body_removed_and_neither():
    gold = "one two three four five six seven eight nine ten"
    row = coverage.page_coverage("p", "tune", gold, body="one two three four five six",
                                 accounted=["one two three four five six", "seven eight"],
                                 candidate=["one two three four five six"], trafilatura=gold, page_text=gold)
    # 7 shingles: 3 in the body, 2 more with the removed block, 2 nowhere
    assert round(row.shares["body"], 3) == round(3 / 7, 3)
    assert round(row.shares["removed"], 3) == round(2 / 7, 3)
    assert round(row.shares["neither"], 3) == round(2 / 7, 3)
    assert row.shares["trafilatura"] == 1.0 and row.shares["page"] == 1.0
    assert round(row.shares["lost_in_page"], 3) == round(2 / 7, 3)
    assert coverage.page_coverage("p", "tune", "", "", [], [], None, "") is None


def test_trace_html_gives_the_candidate_and_the_accounted_text_in_page_order():
    para = "The harbour wall will be rebuilt before winter, the council decided on Tuesday evening. " * 3
    page = (f"<html><body><div>Sign in</div><article><h1>Harbour wall</h1><p>{para}</p><p>{para}</p>"
            "</article><div>Most read</div></body></html>")
    article, candidate, accounted = coverage.trace_html(page)
    assert para.strip() in candidate
    assert accounted.index("Sign in") < accounted.index(para.strip()) < accounted.index("Most read")


def _sample(name: str):
    from benchmarks.datasets import load_dataset

    pages = sorted(load_dataset(BENCH / name).with_input("html"), key=lambda p: p.id)
    return pages[:: max(1, len(pages) // SAMPLE)][:SAMPLE]


def _shown_words(html: str) -> set[str]:
    from lxml import etree

    from newsclean.segment.html_parse import load_html
    from newsclean.segment.html_outside import page_blocks

    tree = load_html(html)
    if tree is None:
        return set()
    etree.strip_elements(tree, "noscript", "button", "select", "textarea", "label", with_tail=False)
    body = tree.find("body")
    return {w for t in page_blocks(body if body is not None else tree) for w in t.split()}


@pytest.mark.skipif(not BENCH.is_dir(), reason="shared bench folder absent (../shared/bench beside the repo)")
@pytest.mark.parametrize("name", coverage.SETS)
def test_body_and_removed_cover_the_candidate_and_the_page(name):
    if not (BENCH / name).is_dir():
        pytest.skip(f"{name} absent")
    lossy = []
    for page in _sample(name):
        html = page.read("html") or ""
        article, candidate, _ = coverage.trace_html(html)
        pieces = [b.text for b in article.blocks] + [r.text for r in article.removed]
        joined = "\0".join("".join(t.split()) for t in pieces)
        # every block of the main-content candidate is in the body or in removed
        missing = [t for t in candidate if "".join(t.split()) not in joined]
        assert not missing, f"{name}/{page.id}: candidate blocks in neither body nor removed: {missing[:3]}"
        # and so is (nearly) every word the page shows
        shown = _shown_words(html)
        have = {w for t in pieces for w in t.split()}
        lost = shown - have
        if shown and len(lost) > MAX_LOST_WORDS * len(shown):
            lossy.append((page.id, len(lost), len(shown), sorted(lost)[:10]))
    assert not lossy, f"{name}: pages whose shown words are missing from body and removed: {lossy}"

"""benchmarks.profile_eval: the generated corpus and its line scores."""

from __future__ import annotations

from benchmarks.profile_eval import CHROME, STORY, generate, learn, run_synthetic


def test_generated_corpus_is_labelled_and_varied():
    pages = generate(pages_per_site=12, seed=1)
    assert len({p.site for p in pages}) == 3 and len(pages) == 36
    stories = [t for p in pages for t, truth in p.lines if truth == STORY]
    quote_lines = [t for t in stories if t.startswith("“We will not leave")]
    assert quote_lines, "the follow-up series quote is generated"
    # story paragraphs other than the series quote never repeat
    others = [t for t in stories if t not in quote_lines]
    assert len(others) == len(set(others))
    assert all(any(truth == CHROME for _, truth in p.lines) for p in pages)


def test_profile_raises_chrome_recall_and_keeps_the_story():
    pages = generate(pages_per_site=16, seed=2)
    without = run_synthetic(pages, None)
    with_profile = run_synthetic(pages, learn(pages))
    assert with_profile.recall > without.recall
    assert with_profile.removed_story == 0
    assert with_profile.precision >= 0.99

"""benchmarks.metric: hand-worked cases, then agreement with shared/bench/score.py.

The reference scorer lives outside the repository (../shared/bench/score.py, beside the
checkout); the comparison tests are skipped with a reason when it is absent.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.metric import evaluate, score_page, shingles, word_tokens  # noqa: E402

BENCH = REPO.parent / "shared" / "bench"
SCORE_PY = BENCH / "score.py"
TRUTH_JSON = BENCH / "scrapinghub" / "ground-truth.json"


# ---------------------------------------------------------------- hand-worked cases (invented text)

def test_tokens_are_unicode_word_runs_with_case_kept():
    assert word_tokens("Ünal's café-bar, 2019: ДОМ 東京!") == ["Ünal", "s", "café", "bar", "2019", "ДОМ", "東京"]
    assert word_tokens("") == [] and word_tokens(None) == [] and word_tokens(" ,.; ") == []


def test_shingles_short_texts_are_one_shingle_and_long_ones_overlap():
    assert shingles([]) == {}
    assert shingles(["a", "b"]) == {("a", "b"): 1}
    assert shingles(["a", "b", "c", "d"]) == {("a", "b", "c", "d"): 1}
    assert shingles(list("abcdab")) == {tuple("abcd"): 1, tuple("bcda"): 1, tuple("cdab"): 1}
    # a repeated window counts twice (multiset)
    assert shingles(list("aaaaa")) == {tuple("aaaa"): 2}


def test_page_counts_precision_and_recall():
    truth = "one two three four five six"            # 3 shingles
    pred = "one two three four five six seven eight"  # the 3 plus 2 more
    page = score_page(truth, pred)
    assert (page.tp, page.fp, page.fn) == (3, 2, 0)
    assert page.precision == pytest.approx(3 / 5) and page.recall == 1.0
    assert not page.exact


def test_perfect_empty_and_disjoint_pages():
    same = score_page("The mayor spoke on Friday.", "the mayor spoke on Friday")
    assert same.fn == 1 and same.fp == 1 and same.tp == 1  # case is kept: "The" != "the"
    exact = score_page("The mayor spoke.", "The  mayor... spoke")
    assert exact.exact and exact.precision == 1.0 and exact.recall == 1.0
    empty = score_page("", "")
    assert empty.exact and not empty.predicted_any and not empty.truth_any
    disjoint = score_page("rain in the valley tonight", "sun over the hills today")
    assert disjoint.precision == 0.0 and disjoint.recall == 0.0


def test_means_skip_pages_without_shingles_and_f1_is_of_the_means():
    truth = {"a": "alpha beta gamma delta epsilon", "b": "zeta eta theta iota kappa", "c": ""}
    pred = {"a": "alpha beta gamma delta epsilon", "b": "", "c": "lambda mu"}
    s = evaluate(truth, pred)
    # precision over a (1.0) and c (0.0); recall over a (1.0) and b (0.0)
    assert s.precision == pytest.approx(0.5) and s.recall == pytest.approx(0.5)
    assert s.f1 == pytest.approx(0.5)
    assert s.accuracy == pytest.approx(1 / 3)
    # a missing prediction is an empty one; ids outside the truth are ignored
    assert evaluate(truth, {"a": pred["a"], "c": "lambda mu", "zz": "x"}).figures() == s.figures()


def test_f1_is_not_the_mean_of_page_f1s():
    truth = {"a": "w1 w2 w3 w4 w5 w6 w7 w8", "b": "v1 v2 v3 v4 v5 v6 v7 v8"}
    pred = {"a": "w1 w2 w3 w4 w5 w6 w7 w8 x1 x2 x3 x4 x5", "b": "v1 v2 v3 v4 v5"}
    s = evaluate(truth, pred)
    mean_page_f1 = sum(p.f1 for p in s.pages) / 2
    assert s.f1 == pytest.approx(2 * s.precision * s.recall / (s.precision + s.recall))
    assert s.f1 != pytest.approx(mean_page_f1)


# ---------------------------------------------------------------- agreement with the reference scorer

def _reference():
    if not SCORE_PY.is_file():
        pytest.skip(f"reference scorer {SCORE_PY} absent (the shared bench folder sits beside the repo)")
    spec = importlib.util.spec_from_file_location("_bench_reference_score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _truth() -> dict[str, str]:
    if not TRUTH_JSON.is_file():
        pytest.skip(f"{TRUTH_JSON} absent (the shared bench folder sits beside the repo)")
    with open(TRUTH_JSON, encoding="utf-8") as fh:
        return {k: v["articleBody"] for k, v in json.load(fh).items()}


def _prediction_sets(truth: dict[str, str]) -> dict[str, dict[str, str]]:
    ids = sorted(truth)
    junk = "Subscribe to our newsletter\nShare on Facebook\nRelated: ten things you missed this week"
    mixed = {}
    for i, k in enumerate(ids):
        body = truth[k]
        mixed[k] = [body, body[: len(body) // 3], junk + "\n" + body, "", body.lower(), body + "\n" + body][i % 6]
    return {
        "truth itself": dict(truth),
        "truncated to half": {k: v[: len(v) // 2] for k, v in truth.items()},
        "truth plus junk": {k: v + "\n" + junk for k, v in truth.items()},
        "empty": {k: "" for k in truth},
        "half the pages missing": {k: truth[k] for k in ids[::2]},
        "three tokens only": {k: " ".join(word_tokens(v)[:3]) for k, v in truth.items()},
        "mixed": mixed,
    }


def test_figures_equal_the_reference_scorer_on_the_benchmark_truth():
    ref = _reference()
    truth = _truth()
    for name, pred in _prediction_sets(truth).items():
        expected = ref.score({k: {"articleBody": v} for k, v in truth.items()},
                             {k: {"articleBody": v} for k, v in pred.items()})
        got = evaluate(truth, pred)
        for key in ("f1", "precision", "recall", "accuracy"):
            assert getattr(got, key) == pytest.approx(expected[key], abs=1e-12), (name, key)
        ref_rows = {row["id"]: row for row in expected["documents"]}
        for page in got.pages:
            row = ref_rows[page.id]
            assert page.precision == pytest.approx(row["precision"], abs=1e-12), (name, page.id)
            assert page.recall == pytest.approx(row["recall"], abs=1e-12), (name, page.id)
            assert page.exact == bool(row["exact"]), (name, page.id)


def test_sanity_of_the_figures_on_the_benchmark_truth():
    truth = _truth()
    sets = _prediction_sets(truth)
    perfect = evaluate(truth, sets["truth itself"])
    assert perfect.figures() == {"f1": 1.0, "precision": 1.0, "recall": 1.0, "accuracy": 1.0}
    junk = evaluate(truth, sets["truth plus junk"])
    assert junk.recall == 1.0 and junk.precision < 1.0 and junk.accuracy == 0.0
    truncated = evaluate(truth, sets["truncated to half"])
    assert truncated.precision > 0.99 and 0.3 < truncated.recall < 0.7
    assert evaluate(truth, sets["empty"]).figures() == {"f1": 0.0, "precision": 0.0, "recall": 0.0, "accuracy": 0.0}


def test_small_invented_sets_equal_the_reference_scorer():
    ref = _reference()
    truth = {"p1": "A storm hit the coast on Tuesday night.", "p2": "Two words", "p3": "", "p4": "x y z w v u"}
    for pred in ({"p1": "A storm hit the coast", "p2": "Two words", "p3": "", "p4": "x y z w v u x y z w"},
                 {"p1": "", "p2": "Two", "p3": "extra words here", "p4": "u v w z y x"},
                 {}):
        expected = ref.score({k: {"articleBody": v} for k, v in truth.items()},
                             {k: {"articleBody": v} for k, v in pred.items()})
        got = evaluate(truth, pred)
        for key in ("f1", "precision", "recall", "accuracy"):
            assert getattr(got, key) == pytest.approx(expected[key], abs=1e-12), (pred, key)

"""The article-body metric of the ScrapingHub/Zyte article-extraction benchmark.

Definition (see ``shared/bench/README.md``):

* a text's tokens are its runs of word characters (``\\w+``, Unicode, case kept);
* a text is the multiset of its overlapping 4-token shingles; a text of 1 to 3 tokens
  is one shingle, a text without tokens has none;
* on each page, tp counts the shingles both texts share (multiset intersection), fp
  those only predicted, fn those only in the truth; page precision is tp / (tp + fp)
  and page recall tp / (tp + fn), both 1 when fp = fn = 0 and both 0 without any tp;
* precision is the mean over the pages whose prediction has a shingle, recall the
  mean over the pages whose truth has one, and F1 = 2PR / (P + R) of those two means;
* accuracy is the share of pages whose token sequence equals the truth's.

>>> s = evaluate({"a": "Snow closed the schools on Monday."},
...              {"a": "Snow closed the schools on Monday. Share this story"})
>>> round(s.precision, 3), s.recall, s.accuracy
(0.5, 1.0, 0.0)
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Mapping, Sequence

SHINGLE_SIZE = 4
_WORD = re.compile(r"\w+")


def word_tokens(text: str | None) -> list[str]:
    """The runs of word characters of ``text``, in order, case kept."""
    return _WORD.findall(text) if text else []


def shingles(words: Sequence[str]) -> Counter:
    """The multiset of overlapping 4-token windows; 1-3 tokens make one shingle."""
    if not words:
        return Counter()
    if len(words) <= SHINGLE_SIZE:
        return Counter((tuple(words),))
    return Counter(zip(*(words[i:] for i in range(SHINGLE_SIZE))))


def _harmonic(a: float, b: float) -> float:
    return 2 * a * b / (a + b) if a + b > 0 else 0.0


@dataclass(frozen=True)
class PageScore:
    """One page's shingle counts and scores."""

    id: str
    tp: int
    fp: int
    fn: int
    exact: bool

    @property
    def precision(self) -> float:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp else 0.0

    @property
    def recall(self) -> float:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp else 0.0

    @property
    def f1(self) -> float:
        return _harmonic(self.precision, self.recall)

    @property
    def predicted_any(self) -> bool:
        return self.tp + self.fp > 0

    @property
    def truth_any(self) -> bool:
        return self.tp + self.fn > 0


def score_page(truth: str | None, predicted: str | None, page_id: str = "") -> PageScore:
    """Score one predicted body against its truth."""
    truth_words, pred_words = word_tokens(truth), word_tokens(predicted)
    truth_sh, pred_sh = shingles(truth_words), shingles(pred_words)
    # iterate over the smaller multiset to count the shared shingles
    small, large = (truth_sh, pred_sh) if len(truth_sh) <= len(pred_sh) else (pred_sh, truth_sh)
    shared = sum(min(n, large[key]) for key, n in small.items() if key in large)
    return PageScore(
        id=page_id,
        tp=shared,
        fp=sum(pred_sh.values()) - shared,
        fn=sum(truth_sh.values()) - shared,
        exact=truth_words == pred_words,
    )


@dataclass(frozen=True)
class Score:
    """The benchmark's figures over a set of pages, with the per-page rows."""

    f1: float
    precision: float
    recall: float
    accuracy: float
    pages: list[PageScore] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        return {"f1": self.f1, "precision": self.precision, "recall": self.recall, "accuracy": self.accuracy}

    def worst(self, n: int) -> list[PageScore]:
        """The ``n`` pages with the lowest F1 (ties by id)."""
        return sorted(self.pages, key=lambda p: (p.f1, p.id))[: max(n, 0)]


def aggregate(pages: Sequence[PageScore]) -> Score:
    """Combine page scores into the benchmark's figures."""
    precisions = [p.precision for p in pages if p.predicted_any]
    recalls = [p.recall for p in pages if p.truth_any]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    accuracy = sum(p.exact for p in pages) / len(pages) if pages else 0.0
    return Score(_harmonic(precision, recall), precision, recall, accuracy, list(pages))


def evaluate(truth: Mapping[str, str], predicted: Mapping[str, str | None]) -> Score:
    """Score predictions ``{id: body}`` against ``{id: body}``.

    Every id of ``truth`` is scored; a missing prediction counts as empty; ids that
    are not in ``truth`` are ignored.
    """
    return aggregate([score_page(text, predicted.get(page_id), page_id) for page_id, text in truth.items()])

"""Find the article's main region: the densest run of prose-like blocks.

Every block gets a score: sentence-like prose scores its length, short or
unpunctuated lines cost a little, chrome costs more, and a heading that opens a
related/teaser section ("Related", "YOU MAY ALSO LIKE") costs so much that the
region almost never crosses it. The region is the maximum-sum run of blocks
(Kadane's algorithm: one linear pass). Blocks outside it become chrome with the
rule ``region.outside``; undecided blocks inside it become body.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsclean.document import Block, Document, Kind, Label


@dataclass(frozen=True)
class RegionWeights:
    """Scores of the region search; documented so users can tune them."""

    prose_cap: float = 80.0          # a paragraph counts its words up to this
    min_prose_words: float = 8.0     # a sentence-like block this long is prose
    long_unpunctuated_words: float = 20.0
    long_unpunctuated_factor: float = 0.5
    short_sentence: float = 1.0      # short but sentence-like ("China denies it.")
    short_line: float = -2.5         # short, unpunctuated: nav, labels, headlines
    structured_short: float = -0.5   # a heading or list item the HTML marked as such
    ellipsis: float = -6.0           # teaser summaries end in "..." or "…"
    chrome: float = -5.0
    metadata: float = -1.5           # captions, bylines, dates sit inside articles too
    end_marker: float = -40.0        # "Related", "YOU MAY ALSO LIKE", "Comments"
    repeated: float = -3.0           # a short line that recurs on the page is navigation


TEXT_WEIGHTS = RegionWeights()
HTML_WEIGHTS = RegionWeights(short_line=-1.0, chrome=-3.0, end_marker=-30.0)


def block_score(b: Block, w: RegionWeights) -> float:
    f = b.features
    if f.get("end_marker"):
        return w.end_marker
    if b.label == Label.CHROME:
        return w.chrome
    if b.label in Label.METADATA:
        return w.metadata
    words = f["words"]
    if f["ellipsis"]:
        return w.ellipsis
    if f["terminal"]:
        if words >= w.min_prose_words:
            return min(words, w.prose_cap)
        return w.short_sentence
    if words >= w.long_unpunctuated_words:
        return min(words, w.prose_cap) * w.long_unpunctuated_factor
    if f.get("repeat", 1) > 1:
        return w.repeated
    if b.kind in (Kind.HEADING, Kind.LIST_ITEM, Kind.QUOTE, Kind.TABLE_ROW):
        return w.structured_short
    return w.short_line


def best_run(scores: list[float]) -> tuple[int, int] | None:
    """Inclusive bounds of the maximum-sum run, or None if no run is positive."""
    best, best_bounds = 0.0, None
    run, start = 0.0, 0
    for i, s in enumerate(scores):
        if run <= 0:
            run, start = s, i
        else:
            run += s
        if run > best:
            best, best_bounds = run, (start, i)
    return best_bounds


class MainRegion:
    name = "main_region"

    def __init__(self, weights: RegionWeights = TEXT_WEIGHTS):
        self.weights = weights

    def __call__(self, doc: Document) -> None:
        blocks = doc.blocks
        scores = [block_score(b, self.weights) for b in blocks]
        bounds = best_run(scores)
        if bounds is None:
            doc.found["region"] = None
            return
        start, end = bounds
        doc.found["region"] = bounds
        for b in blocks[start : end + 1]:
            if not b.decided:
                b.mark(Label.BODY, "region.inside")

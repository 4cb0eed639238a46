"""The story's first paragraph ending in an ellipsis, read before the region search.

A paywalled page shows a reader the story's head (headline, byline, date stamp) and then
only the first paragraph, cut with an ellipsis ("... los pupilos de Ema Santoro hicieron
..."), before the subscription box and the page's footer; a blogger ends a post's opening
paragraph with a trailing "..." too. Ending in "...", such a paragraph has the shape of a
teaser summary, so the region search passes it by (and, on the paywalled page, takes a list
of links lower down). Its place tells it apart: it is the page's first paragraph, right under
the date stamp or the byline. A teaser list's summaries come after the story; a comment
thread's cut comments sit under their stamps too, but below the story's own paragraphs.
"""

from __future__ import annotations

from newsclean.document import Block, Label
from newsclean.metadata import bylines, dates
from newsclean.settings import settings
from newsclean.stages.region_shapes import _INNER_SENTENCE_END  # a sentence ends and another begins


def _paragraph_sized(b: Block) -> bool:
    f = b.features
    return (
        b.label == Label.UNDECIDED
        and f["words"] >= settings().cut_paragraph_min_words
        and bool(f["terminal"] or f["ellipsis"])
    )


def paywalled_lead(blocks: list[Block]) -> int | None:
    """The index of the story's lead cut short under its head, or None: the page's first
    paragraph-sized block (a sentence of ``cut_paragraph_min_words`` words or more), when it
    ends in an ellipsis, holds more than one sentence and sits right under a date line or a
    byline."""
    for i, b in enumerate(blocks):
        if not _paragraph_sized(b):
            continue
        if (
            i > 0
            and b.features["ellipsis"]
            and _INNER_SENTENCE_END.search(b.text) is not None
            and (dates.looks_like_date_line(blocks[i - 1].text) or bylines.looks_like_byline(blocks[i - 1].text))
        ):
            return i
        return None
    return None


def keep_paywalled_lead(blocks: list[Block]) -> int | None:
    """Give the cut lead (see :func:`paywalled_lead`) the score of prose: it loses its
    ``ellipsis`` feature. Returns its index, which the teaser-summary pass leaves alone."""
    i = paywalled_lead(blocks)
    if i is not None:
        f = blocks[i].features
        f["ellipsis"] = False
        f["terminal"] = True
    return i

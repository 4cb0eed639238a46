"""Is there an article at all? A page-level judgement after the block labels.

A section front, a login wall or a cookie banner has no article; returning its
teasers as a body would be returning chrome. The gate empties the body (every
body block becomes chrome with the rule ``gate.<why>``) and leaves a warning when:

* the body is too short to be a story (``min_article_words``), or
* the body is a *teaser list*: most of its prose sits in cards of one headline
  line followed by a single short summary, with no byline above them, or
* the body is a *link list*: list items, headings, lines of link text or only short
  lines, without a single sentence of prose (an index page, a sitemap, a menu), unless
  most of it is a list the region stage judged to be the story (a typed list, a table of
  numbered rows: feature ``list_run``).
"""

from __future__ import annotations

from newsclean.document import Document, Kind, Label
from newsclean.settings import settings
from newsclean.stages.base import stage
from newsclean.stages.region_runs import data_row_runs
from newsclean.stages.region_shapes import cjk_prose

CARD_HEADLINE_WORDS = (3, 20)
_CLAUSE_END = frozenset(".!?,;。！？，；")
_CONTINUED_END = frozenset(",;，；")
_CLOSERS = "\"'”’»)]」』"


def _is_prose(b) -> bool:
    """A body paragraph that reads as a sentence (a line of CJK prose needs no full stop)."""
    f = b.features
    return (
        b.label == Label.BODY
        and f["words"] >= settings().gate_prose_words
        and (f["terminal"] or (not f["ellipsis"] and cjk_prose(b)))
    )


def _is_list_line(doc: Document, b) -> bool:
    """A list item, a heading, or a line that is mostly link text (HTML path)."""
    if b.kind in (Kind.LIST_ITEM, Kind.HEADING):
        return True
    shares = doc.found.get("link_share")
    return shares is not None and b.index < len(shares) and shares[b.index] >= settings().linked_line_share


def _is_sentence_line(doc: Document, b) -> bool:
    """A line of running text that ends like a clause (verse, a post written line by line)."""
    text = b.text.rstrip(_CLOSERS)
    return bool(text) and text[-1] in _CLAUSE_END and not _is_list_line(doc, b)


def _is_verse(doc: Document, body: list) -> bool:
    """Most lines end like clauses, and some in the middle of a sentence."""
    ends = [b.text.rstrip(_CLOSERS)[-1:] for b in body if _is_sentence_line(doc, b)]
    return len(ends) >= settings().sentence_line_share * len(body) and sum(
        e in _CONTINUED_END for e in ends
    ) >= settings().continued_line_share * len(body)


def _wrapped_sentence(body: list) -> bool:
    """A sentence of prose broken over several short lines (a post typed with line breaks:
    "I love the idea of preserving these" / "folded paper stars for the tree!"): a line
    that does not end a sentence, followed by lines that go on in lower case, together
    make a prose-sized sentence. Menu entries and headlines each start with a capital."""
    words, open_run = 0.0, False
    for b in body:
        text = b.text
        goes_on = open_run and text[:1].islower()
        words = words + b.features["words"] if goes_on else b.features["words"]
        if goes_on and b.features["terminal"] and words >= settings().gate_prose_words:
            return True
        open_run = not b.features["terminal"] and not b.features["ellipsis"]
    return False


def is_link_list(doc: Document, body: list) -> bool:
    """A body without one sentence of prose, made of list lines or only short lines
    (lines that end like clauses of a sentence are not list lines)."""
    if len(body) < settings().min_cards or any(_is_prose(b) or b.features["words"] >= 20 for b in body):
        return False
    if _is_verse(doc, body) or _wrapped_sentence(body):
        return False  # verse, or a story written one short line at a time
    if sum(1 for b in body if b.features.get("list_run")) * 2 >= len(body):
        return False  # mostly a typed list or a table of numbered rows: the story is the list
    if data_row_runs(body, undecided=False):
        return False  # a table of numbered rows (the HTML path does not run the region's list pass)
    return sum(_is_list_line(doc, b) for b in body) >= settings().link_list_share * len(body) or all(
        b.features["words"] <= settings().list_line_max_words for b in body
    )


def teaser_card_share(doc: Document) -> tuple[int, float]:
    """(number of headline+summary cards, share of the body's prose words inside them)."""
    blocks = doc.blocks
    prose_words = sum(b.features["words"] for b in blocks if _is_prose(b))
    if not prose_words:
        return 0, 0.0
    cards, card_words = 0, 0.0
    lo, hi = CARD_HEADLINE_WORDS
    for i in range(1, len(blocks)):
        b = blocks[i]
        if not _is_prose(b) or b.features["words"] > settings().card_summary_max_words:
            continue
        head = blocks[i - 1]
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        headline_like = (
            not head.features["terminal"]
            and lo <= head.features["words"] <= hi
            and head.label in (Label.BODY, Label.CHROME, Label.TITLE, Label.UNDECIDED)
        )
        single = after is None or not _is_prose(after)
        if headline_like and single:
            cards += 1
            card_words += b.features["words"]
    return cards, card_words / prose_words


_HEAD_LABELS = frozenset({Label.TITLE, Label.BYLINE, Label.DATE})


def _post_under_head(doc: Document, body: list) -> bool:
    """A short post is an article (a micro post, a photo post's line): a body shorter than
    ``min_article_words`` is kept when it is one run of lines right under the post's head (the
    line above it is the headline, a byline or a date line), one of its lines reads like a clause
    (it ends like a sentence or has ``short_post_min_words`` words), and the comment section
    opens under it, after at most ``comments_max_gap`` lines that end no sentence (the post's
    footer, share links). A short text anywhere else (a caption, a widget's sentence) is not."""
    blocks = doc.blocks
    first, last = body[0].index, body[-1].index
    if last - first + 1 != len(body):
        return False
    if not any(b.features["terminal"] or b.features["words"] >= settings().short_post_min_words for b in body):
        return False
    above = [b for b in blocks[max(0, first - 2) : first] if b.text]
    if not above or above[-1].label not in _HEAD_LABELS:
        return False
    for b in blocks[last + 1 : last + 1 + settings().comments_max_gap]:
        if b.features.get("hard_end"):
            return True
        if b.features["terminal"]:
            return False
    return False


# the article gate's contract, shared by the HTML path's variants (newsclean.stages.html_region)
gate_stage = stage(
    "article_gate",
    requires=["features.ellipsis", "features.terminal", "features.words"],
    may_read=["features.cjk_prose", "features.hard_end", "found.bylines", "found.teaser_texts"],
    assigns=["features.cjk_prose"],
)


@gate_stage
def article_gate(doc: Document) -> None:
    body = [b for b in doc.blocks if b.label == Label.BODY]
    if not body:
        return
    words = sum(b.features["words"] for b in body)
    reason = None
    if words < settings().min_article_words:
        if _post_under_head(doc, body):
            return
        reason = "gate.too_little_text"
        message = f"no article: only {words:.0f} words of body text"
    elif is_link_list(doc, body):
        reason = "gate.link_list"
        message = f"no article: the page is a list of {len(body)} items without a sentence of prose"
    else:
        cards, share = teaser_card_share(doc)
        if cards >= settings().min_cards and share >= settings().card_share and not doc.found.get("bylines"):
            reason = "gate.teaser_list"
            message = f"no article: the page is a list of {cards} headline teasers"
    if reason:
        for b in body:
            b.mark(Label.CHROME, reason)
        doc.warn(message)

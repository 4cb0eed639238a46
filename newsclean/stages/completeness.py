"""Whether the body is the whole story, and where the original is (both paths).

Aggregators and portals often print only the start of a syndicated story. The evidence sits
where the body stops, so only the body's last block and the lines just after it are read:

- an excerpt link ("Continue reading at The Bugle", "Read the full story"; rules data
  ``excerpt_end_patterns``) -> ``excerpt``; when it is among the body's last blocks, it and
  the blocks after it are taken out of the body (the story stops there), unless story prose
  follows it in the body (then it linked to more on a topic and the story goes on);
- a paywall or sign-in notice (``paywall_patterns``) -> ``paywalled``;
- a last paragraph that stops mid-sentence (no closing punctuation after a lower-case word
  or a comma) -> ``cut``.

The finding goes to ``doc.found["completeness"]`` with its evidence as a warning. On the HTML
path ``doc.found["original_url"]`` is the original story's address: the excerpt link's target,
else declared syndication metadata, else a canonical link to another site (see
:mod:`newsclean.segment.syndication`).
"""

from __future__ import annotations

from typing import Any

from newsclean.article import Completeness
from newsclean.document import Document, Kind, Label
from newsclean.rules import combined
from newsclean.segment.syndication import host
from newsclean.settings import settings
from newsclean.stages.base import stage

# what a complete sentence may end with (after stripping closing quotes and brackets)
_SENTENCE_END = ".!?…:;)]»\"'”’"
_CLOSERS = "\"'”’»)]"


def _tail(doc: Document, last_index: int) -> list[str]:
    """The lines after the body's last block, in page order: the stages' blocks and, on the
    HTML path, what the segmenter left outside the main content there."""
    after: list[tuple[int, int, str]] = [(b.index, 0, b.text) for b in doc.blocks if b.index > last_index and b.text]
    for index, text, _rule in doc.found.get("outside", []):
        # an outside run carries the index of the last candidate block before it
        if index >= last_index:
            after.extend((index, 1, line) for line in text.split("\n") if line.strip())
    after.sort(key=lambda t: (t[0], t[1]))
    return [" ".join(t.split()) for _, _, t in after[: settings().paywall_tail_lines]]


def _story_prose(doc: Document, b: Any) -> bool:
    """A body paragraph that reads as the story's own prose: a sentence of some length,
    not mostly link text (a teaser's summary under its linked headline is link-made)."""
    f = b.features
    if b.kind not in (Kind.PARAGRAPH, Kind.QUOTE):
        return False
    if f["words"] < settings().goes_on_words and not (
        f["terminal"] and f["words"] >= settings().goes_on_sentence_words
    ):
        return False
    shares = doc.found.get("link_share")
    share = shares[b.index] if shares and b.index < len(shares) else 0.0
    return share <= settings().goes_on_max_link_share


def stops_mid_sentence(text: str) -> bool:
    """Whether a paragraph stops mid-sentence: long enough, and its last character is a
    letter, digit, comma or dash rather than closing punctuation.

    >>> stops_mid_sentence("The repair café will run on Saturday mornings, staffed by volunteers who will fix")
    True
    >>> stops_mid_sentence("The repair café will run on Saturday mornings, staffed by volunteers who fix toasters.")
    False
    >>> stops_mid_sentence("Contact the newsroom")
    False
    """
    words = text.split()
    if len(words) < settings().cut_min_words:
        return False
    end = text.rstrip()
    if not end or end[-1] in _SENTENCE_END or end.endswith(tuple(_CLOSERS)):
        return False
    # a final word in capitals or a number is a sign-off, a name or a figure line ("... ANN LEE")
    last = words[-1].strip(",-–—")
    return bool(last) and (last[0].islower() or end[-1] in ",-–—")


def _original_url(doc: Document, link_texts: list[str]) -> str | None:
    info: dict[str, Any] = doc.meta.get("syndication") or {}
    if not info:
        return None
    keys = {t.casefold() for t in link_texts}
    for text, href in info.get("continue_links") or []:
        if " ".join(text.split()).casefold() in keys:
            return href
    declared = info.get("declared") or []
    if declared:
        return declared[0]
    canonical = info.get("canonical")
    own = host(doc.url) or host(info.get("page_url"))
    if canonical and own and host(canonical) and host(canonical) != own:
        return canonical
    return None


def _offsite_continue_links(doc: Document) -> list[str]:
    """The texts of the page's excerpt links ("Continue reading at ...") to another site."""
    info: dict[str, Any] = doc.meta.get("syndication") or {}
    own = host(doc.url) or host(info.get("page_url"))
    return [
        " ".join(text.split()) for text, href in info.get("continue_links") or [] if host(href) and host(href) != own
    ]


@stage(
    "completeness", may_read=["found.outside", "meta.syndication"], assigns=["found.completeness", "found.original_url"]
)
def completeness(doc: Document) -> None:
    body = [b for b in doc.blocks if b.label == Label.BODY]
    if not body:
        return
    excerpt_pattern = combined("excerpt_end_patterns")
    paywall_pattern = combined("paywall_patterns")
    link_texts: list[str] = []
    notices: list[str] = []
    verdict: Completeness | None = None
    # an excerpt link or a paywall notice among the body's last blocks ends the story: it and
    # what follows it (a portal's "Follow us" line) are not body
    for pos in range(max(1, len(body) - settings().excerpt_tail_lines), len(body)):
        text = " ".join(body[pos].text.split())
        if excerpt_pattern is not None and excerpt_pattern.search(text):
            if any(_story_prose(doc, b) for b in body[pos + 1 :]):
                continue  # story prose follows: the link leads to more on a topic, not to the rest
            link_texts.append(text)
        elif (
            paywall_pattern is not None
            and len(text.split()) <= settings().paywall_max_words
            and paywall_pattern.search(text)
        ):
            notices.append(text)
        else:
            continue
        for b in body[pos:]:
            b.mark(Label.CHROME, "completeness.end_of_excerpt")
        body = body[:pos]
        break
    last = body[-1]
    tail = _tail(doc, last.index)
    if excerpt_pattern is not None:
        link_texts += [t for t in tail[: settings().excerpt_tail_lines] if excerpt_pattern.search(t)]
    if doc.source_kind == "html" and not link_texts:
        # the segmenter may drop a paragraph that is only a link: the page's own excerpt
        # link to another site (the publisher's) is the evidence then
        link_texts += _offsite_continue_links(doc)
    notices += [
        t
        for t in tail
        if paywall_pattern is not None and len(t.split()) <= settings().paywall_max_words and paywall_pattern.search(t)
    ]
    if notices:
        verdict = "paywalled"
        doc.warn(f"paywalled: a paywall or sign-in notice follows the body ({notices[0][:80]!r})")
    elif link_texts:
        verdict = "excerpt"
        doc.warn(f"excerpt: the body ends in a link to the rest of the story ({link_texts[0][:80]!r})")
    elif last.kind == Kind.PARAGRAPH and stops_mid_sentence(last.text):
        verdict = "cut"
        doc.warn(f"cut: the body stops mid-sentence ({' '.join(last.text.split()[-6:])!r})")
    if verdict:
        doc.found["completeness"] = verdict
    if doc.source_kind == "html":
        url = _original_url(doc, link_texts)
        if url:
            doc.found["original_url"] = url

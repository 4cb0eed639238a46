"""Property-based tests of extract() on generated pages (hypothesis).

Properties (issue 7): extraction is deterministic; every body paragraph comes from the
input (after whitespace normalisation); no removed block is also returned as body text;
cleaning the extracted body again keeps it; authors never hold follower counts, URLs or
dates; the JSON round-trips through the model. Examples are bounded in number and size.
"""

from __future__ import annotations

from collections import Counter

import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from page_strategies import byline, html_pages, paragraph, text_pages

from newsclean import extract
from newsclean.article import Article
from newsclean.errors import UnusableInputError
from newsclean.inputs import decode_source
from newsclean.segment.text import normalise_line
from newsclean.settings import DEFAULT as NEWSCLEAN_DEFAULTS
from newsclean.stages.features import word_count

# derandomize: CI draws the same examples on every run, so a red build is reproducible and never
# a coin toss; the explicit @example cases pin what earlier random runs found
SETTINGS = settings(max_examples=80, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
HTML_SETTINGS = settings(max_examples=50, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

# what the HTML parser drops on top of input decoding: form feed, non-characters XML cannot hold
_XML_DROPPED = regex.compile(r"[\x0c\ufffe\uffff]")
# the line breaks of visible text (as newsclean.segment.text splits lines)
_LINE_BREAKS = regex.compile(r"\r\n?|[\n\u2028\u2029\x0b\x0c\x85]")


def _extract(source: str, **kw) -> Article | None:
    try:
        return extract(source, **kw)
    except UnusableInputError:
        return None


_C0 = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_C1_AS_CP1252 = {c: bytes([c]).decode("cp1252", errors="ignore") or None for c in range(0x80, 0xA0)}


def _decoded_piece(text: str) -> str:
    """One element's text as decoding treats it (controls out, C1 read as windows-1252)."""
    return _C0.sub("", text).translate(_C1_AS_CP1252)


def _printable(text: str) -> str:
    """Without what the HTML parser may drop: characters neither printable nor space
    (unassigned and format characters), then whitespace collapsed."""
    return " ".join("".join(c for c in text if c.isprintable() or c.isspace()).split())


def _decoded(text: str) -> str:
    """The input as decoding documents it: controls removed, C1 characters read as windows-1252."""
    try:
        return decode_source(text)[0]
    except UnusableInputError:
        return ""


def _input_lines(text: str) -> list[str]:
    return [n for n in (normalise_line(x) for x in _LINE_BREAKS.split(_decoded(text))) if n]


# ------------------------------------------------------------------ determinism and JSON

@SETTINGS
@given(text_pages())
def test_text_extraction_is_deterministic_and_round_trips(page):
    a = _extract(page, kind="text")
    if a is None:
        return
    assert _extract(page, kind="text") == a
    assert Article.model_validate_json(a.model_dump_json()) == a
    assert Article.model_validate(a.model_dump()) == a


@HTML_SETTINGS
@given(html_pages())
def test_html_extraction_is_deterministic_and_round_trips(page_and_pieces):
    page, _ = page_and_pieces
    a = _extract(page, kind="html")
    if a is None:
        return
    assert _extract(page, kind="html") == a
    assert Article.model_validate_json(a.model_dump_json()) == a


# ------------------------------------------------------------------ provenance

@SETTINGS
@given(text_pages())
def test_every_body_paragraph_comes_from_the_input(page):
    a = _extract(page, kind="text")
    if a is None:
        return
    # hard-wrapped lines are joined into one paragraph: compare with all whitespace collapsed
    normalised = " ".join(_input_lines(page))
    for block in a.blocks:
        assert block.text in normalised, f"{block.text!r} is not in the input"
    assert a.body == "\n\n".join(b.text for b in a.blocks)


@HTML_SETTINGS
@given(html_pages())
def test_every_html_body_paragraph_comes_from_the_page(page_and_pieces):
    page, pieces = page_and_pieces
    a = _extract(page, kind="html")
    if a is None:
        return
    visible = _printable(" ".join(normalise_line(_XML_DROPPED.sub("", _decoded_piece(p))) for p in pieces))
    for block in a.blocks:
        assert _printable(block.text) in visible, f"{block.text!r} is not in the page"


@SETTINGS
@given(text_pages())
def test_removed_blocks_are_not_also_body(page):
    a = _extract(page, kind="text")
    if a is None:
        return
    available = Counter(_input_lines(page))
    used = Counter(b.text for b in a.blocks)
    residue = [r for r in a.removed if r.rule == "residue.link_text"]
    for r in a.removed:
        if r in residue:
            continue
        used[r.text] += 1
    for text, n in used.items():
        if text in available:
            # a line may be body and removed only as often as the input repeats it
            assert n <= available[text], f"{text!r} is both removed and kept"
    body_texts = {b.text for b in a.blocks}
    for r in a.removed:
        if r not in residue:
            assert r.text not in body_texts or available[r.text] > 1, f"removed {r.text!r} is also in the body"
    for r in residue:
        # cut link residue is gone from the end of its paragraph
        assert not any(b.endswith(r.text) for b in body_texts)


# ------------------------------------------------------------------ idempotence

@SETTINGS
@given(text_pages(distinct=True))
@example("Council " * 19 + "council\n4 March 2024 10:15 GMT\n" + "Council " * 9 + "council. " + "Council " * 29
         + "council.\n" + "Council " * 10 + "council. " + "Council " * 29 + "council.\nB AA0:00\n" + "Council " * 7
         + "council.\n")
@example("Council council council council council council\nCouncil council council council council council council council "
         "council council council council council.\nA\nCOUNCIL COUNCIL COUNCIL COUNCIL COUNCIL COUNCIL.\n")
@example("Council council council council council council\nCouncil council council council council council council "
         "council!\nMarch 4, 2024\nA\n" + "Council " * 19 + "council\n")
@example("Council council council council council council\n" + "Council " * 19 + "council.\nA\n"
         + "Council " * 5 + "council.\n")
def test_cleaning_the_body_again_keeps_it(page):
    a = _extract(page, kind="text")
    if a is None or not a.body:
        return
    again = _extract(a.body, kind="text")
    assert again is not None
    # a body alone has no head above it: the second pass may read a headline-, byline- or
    # date-shaped line of the story as the page's head (its headline and the standfirst under
    # it, rules "title.*"). Nothing else may be dropped as chrome, changed, added or reordered.
    first = [b.text for b in a.blocks]
    second = [b.text for b in again.blocks]
    it = iter(first)
    assert all(t in it for t in second), ("text changed, added or reordered", first, second)
    # (a post's closing stamp is told from the story's own stamp by the head above it: without
    # that head, a time-stamped line of the body may read as the post's closing stamp)
    as_metadata = Counter(r.text for r in again.removed
                          if r.role != "chrome" or r.rule.startswith("title.") or r.rule == "region.after_post_stamp")
    # a body near the article gate's minimum, read alone, may lose a line at its edges to the
    # head or the region's edge (a lone letter, a shouted line) and fall under the minimum: then
    # the rest goes as "gate.too_little_text", the gate's rule on a page that short
    if (sum(word_count(t) for t in first) < 2 * NEWSCLEAN_DEFAULTS.min_article_words
            and any(r.rule == "gate.too_little_text" for r in again.removed)):
        return
    missing = Counter(first) - Counter(second)
    # a line without a word (a lone letter) at the body's first or last place, or the short tail
    # under one: with the head above it, the region took them in; read alone, a wordless line is
    # where the region ends ("region.outside"). Story text is never lost this way before it.
    wordless = [i for i, t in enumerate(first) if not regex.search(r"\p{L}{2}", t)]
    edge_lines = {first[0], first[-1]} | ({t for t in first[wordless[-1]:]} if wordless else set())
    for text, n in missing.items():
        if (text in edge_lines and sum(word_count(t) for t in first) < 2 * NEWSCLEAN_DEFAULTS.min_article_words
                and all(r.rule == "region.outside" for r in again.removed if r.text == text)):
            continue
        assert as_metadata[text] >= n, (f"{text!r} was dropped as chrome on the second pass",
                                        [r for r in again.removed if r.text == text])


# ------------------------------------------------------------------ authors

_BAD_AUTHOR = regex.compile(r"\d|https?:|www\.|@|\.(?:com|org|net)\b|follow", regex.IGNORECASE)


@SETTINGS
@given(byline, st.lists(paragraph, min_size=3, max_size=6), st.sampled_from(["text", "html"]))
def test_authors_never_hold_counts_urls_or_dates(by, paragraphs, kind):
    title = "Harbour bridge repairs fall behind schedule"
    if kind == "text":
        page = "\n\n".join([title, by, *paragraphs])
    else:
        import html

        page = (f"<html><head><title>{title}</title><meta name='author' content='{html.escape(by, quote=True)}'></head>"
                f"<body><article><h1>{title}</h1><p class='byline'>{html.escape(by)}</p>"
                + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs) + "</article></body></html>")
    a = _extract(page, kind=kind)
    if a is None:
        return
    for name in a.authors + [c.name for c in a.contributors]:
        assert not _BAD_AUTHOR.search(name), f"author {name!r} from byline {by!r}"
        assert name == name.strip() and name


# ------------------------------------------------------------------ found by the properties, not fixed here

def test_a_body_with_a_repeated_paragraph_survives_a_second_cleaning():
    """Found by hypothesis: two equal body paragraphs became adjacent in the cleaned body and were
    read as a slideshow's repeated caption; only copies printed in one box (no blank line) are."""
    page = ("Council council council council council council\nCouncil council council council council council.\n"
            "Council council bridge council council council council council council council council council council "
            "council council council council.\na minha conta\nCouncil council bridge council council council council "
            "council council council council council council council council council council.\n")
    a = extract(page, kind="text")
    assert len(a.blocks) == 3
    again = extract(a.body, kind="text")
    assert [b.text for b in again.blocks][-2:] == [b.text for b in a.blocks][-2:]


def test_an_ellipsis_line_under_the_date_does_not_open_the_body():
    """Found by hypothesis: a '...' line right under the date opened the body on the first pass
    and was dropped on the second; the region never opens on such a line now."""
    page = ("Council council council council council council\nCouncil council council council council council council "
            "council council.\nMarch 4, 2024\nCouncil council council council council council council council council…\n"
            + "Council council council council council council council council council council council. " * 3 + "\n")
    a = extract(page, kind="text")
    again = extract(a.body, kind="text")
    assert a.blocks and not a.blocks[0].text.endswith("…")
    assert [b.text for b in again.blocks] == [b.text for b in a.blocks]

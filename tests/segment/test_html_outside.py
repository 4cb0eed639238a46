"""The page's text outside the main-content candidate is reported in Article.removed."""

from __future__ import annotations

import lxml.html

from newsclean import extract
from newsclean.segment.html_outside import element_blocks, framed_blocks, outside_blocks, page_blocks
from newsclean.settings import Settings, using

PARA = (
    "The council voted on Tuesday to rebuild the harbour wall before the winter storms, "
    "after engineers found cracks along most of its length. "
)


def _body(html: str):
    return lxml.html.fromstring(html).find("body")


def test_page_blocks_break_at_block_elements_and_line_breaks():
    body = _body(
        "<html><body><div>Menu <a href='/'>Home</a> <b>World</b><p>First <i>line</i><br>second"
        "</p>loose text<ul><li>one</li><li>two <span>parts</span></li></ul>"
        "<script>var x = 1;</script><style>p {}</style></div></body></html>"
    )
    assert page_blocks(body) == ["Menu Home World", "First line", "second", "loose text", "one", "two parts"]


def test_the_python_walk_reads_an_element_as_the_stylesheet_does():
    html = (
        "<html><body><div>Menu <a href='/'>Home</a><!-- a note --> <b>World</b><p>First <i>line</i><br>second"
        "</p>loose\u200b text<ul><li>one</li><li>two <span>parts</span></li></ul><table><tr><td>a</td>"
        "<td>b <script>var x;</script>c</td></tr></table></div></body></html>"
    )
    assert (
        element_blocks(_body(html))
        == page_blocks(_body(html))
        == ["Menu Home World", "First line", "second", "loose text", "one", "two parts", "a", "b c"]
    )


def test_outside_blocks_are_placed_after_the_last_candidate_block_before_them():
    body = _body(
        "<html><body><div>Skip to content</div><h1>Harbour wall</h1><p>Para one.</p>"
        "<div class='ad'>Advertisement</div><p>Para two.</p><footer>Contact us</footer></body></html>"
    )
    found = outside_blocks(framed_blocks(body), ["Harbour wall", "Para one.", "Para two."])
    assert found == [(-1, "Skip to content", False), (1, "Advertisement", False), (2, "Contact us", True)]


def test_a_candidate_paragraph_with_a_trimmed_inline_button_is_not_outside():
    text = (
        "Engineers found cracks along most of the wall and said the work could not wait for "
        "the spring, when the ferry timetable leaves the quay free for three weeks"
    )
    body = _body(f"<html><body><p>{text} <span class='share'>Tweet this</span></p></body></html>")
    assert outside_blocks(framed_blocks(body), [text]) == []
    # a short line must be a stretch of the candidate's text, not only share its words
    body = _body("<html><body><p>Most wall work</p></body></html>")
    assert outside_blocks(framed_blocks(body), [text]) == [(-1, "Most wall work", False)]


def test_spacing_differences_do_not_make_text_outside():
    body = _body("<html><body><p>The <a href='/w'>harbour</a>wall was rebuilt.</p></body></html>")
    assert outside_blocks(framed_blocks(body), ["The harbour wall was rebuilt."]) == []


def test_framed_blocks_tell_the_page_frames_blocks():
    body = _body(
        "<html><body><nav>Home <nav>World</nav> Local</nav><p>Story</p><footer><p>Contact</p>"
        "</footer><aside>Most read</aside></body></html>"
    )
    assert framed_blocks(body) == [
        ("Home", True),
        ("World", True),
        ("Local", True),
        ("Story", False),
        ("Contact", True),
        ("Most read", True),
    ]


def test_extract_reports_every_left_out_block_with_a_rule():
    page = (
        "<html><body><div class='top'>Print edition Sign in</div><nav><a href='/'>Home</a></nav>"
        "<ul role='menubar'><li>Sections</li></ul>"
        f"<article><h1>Harbour wall to be rebuilt</h1><p>{PARA * 3}</p><p>{PARA * 2}</p></article>"
        "<div class='rail'><p>Most read: a heron stole a fisherman's lunch</p></div>"
        "<footer>Copyright the Harbour Gazette</footer></body></html>"
    )
    article = extract(page)
    rules = {line: r.rule for r in article.removed for line in r.text.split("\n")}
    assert rules["Home"] == "segment.page_frame"
    assert rules["Copyright the Harbour Gazette"] == "segment.page_frame"
    assert rules["Sections"] == "segment.widget"
    assert rules["Print edition Sign in"] == "segment.outside_candidate"
    assert rules["Most read: a heron stole a fisherman's lunch"] == "segment.outside_candidate"
    assert article.body.startswith("The council voted")
    # the story's blocks are in the body, not reported as outside
    assert not any(r.text.startswith("The council voted") for r in article.removed)
    # the text before the candidate comes first, the rail after the story's blocks
    order = [line for r in sorted(article.removed, key=lambda r: r.index) for line in r.text.split("\n")]
    assert order.index("Print edition Sign in") < order.index("Most read: a heron stole a fisherman's lunch")


def test_a_page_without_main_content_reports_its_text(monkeypatch):
    import newsclean.segment.html as segment

    # trafilatura finds no main content: the whole page is outside the (empty) candidate
    monkeypatch.setattr(segment.traf, "bare_extraction", lambda *a, **k: None)
    article = extract("<html><body><div>Home</div><div>Contact</div></body></html>", kind="html")
    assert article.body == ""
    # one run of left-out blocks: one entry, a line per block
    assert [r.text for r in article.removed if r.rule == "segment.outside_candidate"] == ["Home\nContact"]


def test_one_word_found_inside_a_later_paragraph_does_not_move_the_place():
    # the portal's logo ("Daystream") is a word of a later paragraph: the card above the
    # headline stays before the first candidate block
    body = _body(
        "<html><body><div>Daystream</div><div>Westbrook Courier June 14, 2017</div><h1>Ferry fares</h1>"
        "<p>Para one.</p><p>Follow Daystream for more.</p></body></html>"
    )
    found = outside_blocks(framed_blocks(body), ["Ferry fares", "Para one.", "Follow Daystream for more."])
    assert (-1, "Westbrook Courier June 14, 2017", False) in found


def test_the_substring_set_gives_the_same_blocks_as_the_searches():
    import random

    rng = random.Random(5)
    words = "ferry harbour council vote late storm road repairs winter said".split()
    candidate = [" ".join(rng.choice(words) for _ in range(rng.randrange(5, 30))) for _ in range(20)]
    # comment lines made of the story's words: most are no stretch of it, some are
    blocks = [(" ".join(rng.choice(words) for _ in range(rng.randrange(1, 6))), False) for _ in range(2000)]
    blocks += [(c[: rng.randrange(1, len(c))].strip() or c, False) for c in candidate]
    rng.shuffle(blocks)
    searched = outside_blocks(blocks, candidate)  # the set is built after gram_after_searches searches
    with using(Settings(gram_after_searches=10**9)):  # never built
        assert outside_blocks(blocks, candidate) == searched
    with using(Settings(gram_after_searches=0)):  # built at once
        assert outside_blocks(blocks, candidate) == searched
    assert 0 < len(searched) < len(blocks)


def test_the_searches_from_the_grams_first_places_find_the_first_occurrence():
    import random

    rng = random.Random(11)
    words = "ferry harbour council vote late storm road repairs winter said".split()
    # a table's rows as the candidate, its cells (each "word number", some repeated in several
    # rows) as the page's blocks, in and out of order: where each is found first moves the cursor
    cells = [f"{rng.choice(words)} {rng.randrange(40)}" for _ in range(600)]
    candidate = [" ".join(cells[i : i + 6]) for i in range(0, len(cells), 6)]
    blocks = [(c, False) for c in cells] + [(f"{rng.choice(words)} {rng.randrange(40)} x", False) for _ in range(50)]
    blocks += [(" ".join(rng.sample(cells, 2)), False) for _ in range(200)]
    rng.shuffle(blocks)
    with using(Settings(gram_after_searches=10**9)):  # plain searches from the start
        searched = outside_blocks(blocks, candidate)
    for after in (0, 100):
        with using(Settings(gram_after_searches=after)):
            assert outside_blocks(blocks, candidate) == searched


def _searched_from_the_start(blocks, candidate):
    """The plain reading outside_blocks must agree with: every block searched through the
    whole candidate, the cursor moved to the block of its first occurrence."""
    from bisect import bisect_right

    from newsclean.settings import settings

    keys = [t.replace(" ", "") + "\0" for t in candidate]
    joined = "".join(keys)
    starts = [sum(len(k) for k in keys[:n]) for n in range(len(keys))]
    words = " ".join(candidate).split()
    pairs = set(zip(words, words[1:], strict=False))
    out, cursor = [], -1
    for text, framed in blocks:
        key, tokens = text.replace(" ", ""), text.split()
        if key + "\0" in keys:
            cursor = max(cursor, keys.index(key + "\0"))
            continue
        at = joined.find(key) if set(words).issuperset(tokens) else -1
        if at >= 0:
            if len(tokens) > 1:
                cursor = max(cursor, bisect_right(starts, at) - 1)
            continue
        shared = sum(p in pairs for p in zip(tokens, tokens[1:], strict=False))
        if len(tokens) >= settings().own_min_words and shared >= settings().own_pair_share * (len(tokens) - 1):
            continue
        out.append((cursor, text, framed))
    return out


def test_cells_inside_the_row_the_page_is_at_are_placed_as_the_plain_search_places_them():
    import random

    rng = random.Random(23)
    words = "ferry harbour council vote late storm road repairs winter said".split()
    # a table read in page order: each row's cells right after the row's own block, some cells
    # repeated from earlier rows, a few glued pairs and strangers in between
    rows = [[f"{rng.choice(words)} {rng.randrange(60)}" for _ in range(5)] for _ in range(80)]
    candidate = [" ".join(r) for r in rows]
    blocks = []
    for n, row in enumerate(rows):
        blocks += [(c, False) for c in row]
        if n and rng.random() < 0.3:
            blocks.append((rng.choice(rows[rng.randrange(n)]), False))
        if rng.random() < 0.2:
            blocks.append((f"{rng.choice(words)}{rng.randrange(60)} share print", False))
    for after in (0, 10**9):
        with using(Settings(gram_after_searches=after)):
            assert outside_blocks(blocks, candidate) == _searched_from_the_start(blocks, candidate)

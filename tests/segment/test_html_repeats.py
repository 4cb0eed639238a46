from lxml import html

from newsclean.document import Block, Kind
from newsclean.segment.html import segment_html
from newsclean.segment.html_repeats import (
    restore_repeats,
    sibling_repeats,
)
from newsclean.settings import settings

NOTICE = ("This notice is printed at the end of every page of the harbour board's minutes, "
          "as the board's rules require.")
REFRAIN = ("And still the tide comes in, and still the tide goes out, and the town by the "
           "harbour waits for the boats to come home.")


def test_repeats_are_counted_among_one_containers_children():
    page = html.fromstring(f"<body><div><p>{REFRAIN}</p><p>A verse between.</p><p>{REFRAIN}</p>"
                           f"<p>{REFRAIN}</p></div><aside><p>{NOTICE}</p></aside><footer><p>{NOTICE}</p>"
                           f"</footer></body>")
    # the notice repeats on the page but never twice in one container
    assert sibling_repeats(page) == {REFRAIN: 3}


def test_short_repeats_and_text_only_divisions():
    short = "Advertisement"
    page = html.fromstring(f"<body><section><div>{short}</div><div>{short}</div>"
                           f"<div>{REFRAIN}</div><div>{REFRAIN}</div></section></body>")
    assert len(short) < settings().repeat_min_chars
    assert sibling_repeats(page) == {REFRAIN: 2}


def test_restore_puts_the_lost_copies_after_the_kept_one():
    blocks = [Block(text="The song", index=0, kind=Kind.HEADING), Block(text=REFRAIN, index=1),
              Block(text="The last verse ends the song on a quiet note.", index=2)]
    shares = [0.0, 0.0, 0.0]
    assert restore_repeats(blocks, shares, {REFRAIN: 3}) == 2
    assert [b.text for b in blocks] == ["The song", REFRAIN, REFRAIN, REFRAIN, blocks[4].text]
    assert [b.index for b in blocks] == [0, 1, 2, 3, 4]
    assert len(shares) == 5


def test_a_text_the_extraction_dropped_stays_dropped():
    blocks = [Block(text="Only this paragraph was kept by the extraction of the page.", index=0)]
    assert restore_repeats(blocks, [0.0], {REFRAIN: 2}) == 0
    assert len(blocks) == 1


def test_a_page_of_identical_paragraphs_keeps_every_copy():
    paragraphs = "".join(f"<p>{REFRAIN}</p>" for _ in range(4))
    doc = segment_html(f"<html><body><article><h1>The tide song</h1>{paragraphs}"
                       f"<div class='share'><span>Like</span></div><p>{REFRAIN}</p></article></body></html>")
    assert [b.text for b in doc.blocks].count(REFRAIN) == 5

from lxml import html

from newsclean.document import Block
from newsclean.segment.html import segment_html
from newsclean.segment.html_split import restore_split_body, split_bodies

SENTENCE = "The pilots told the committee that the new channel markers had made night crossings far safer. "


def para(n: int) -> str:
    return f"Point {n}: " + SENTENCE * 3


def test_groups_need_two_members_with_prose_of_their_own():
    page = html.fromstring(
        "<body>"
        f"<div class='body-part'><p>{para(1)}</p><p>{para(2)}</p></div>"
        f"<div class='body-part'><p>{para(3)}</p><p>{para(4)}</p></div>"
        # teaser cards share a class but hold one short summary each
        "<div class='card'><p>A short teaser summary.</p></div><div class='card'><p>Another one.</p></div>"
        "</body>")
    groups = split_bodies(page)
    assert len(groups) == 1
    assert [len(m) for m in groups[0]] == [2, 2]


def test_left_out_members_come_back_in_document_order():
    groups = [[[para(1), para(2)], [para(3), para(4)], [para(5), para(6)]]]
    blocks = [Block(text="Headline", index=0), Block(text=para(1), index=1), Block(text=para(2), index=2),
              Block(text="Share this story", index=3)]
    shares = [0.0] * 4
    assert restore_split_body(blocks, shares, groups) == 4
    assert [b.text for b in blocks] == ["Headline", para(1), para(2), para(3), para(4), para(5), para(6),
                                        "Share this story"]
    assert [b.index for b in blocks] == list(range(8)) and len(shares) == 8


def test_a_group_the_result_does_not_quote_is_left_alone():
    # comments share their markup too, but the story does not quote any of them
    groups = [[[para(7), para(8)], [para(9), para(10)]]]
    blocks = [Block(text=para(1), index=0)]
    assert restore_split_body(blocks, [0.0], groups) == 0
    assert len(blocks) == 1


def test_a_story_cut_by_an_ad_row_is_whole():
    first = "".join(f"<p>{para(n)}</p>" for n in range(1, 5))
    second = "".join(f"<p>{para(n)}</p>" for n in range(5, 9))
    # trafilatura alone keeps the first part only (points 1-4)
    page = ("<html><body><div class='grid'><div class='article__body'>" + first + "</div>"
            "<div class='rail'><div class='ad-slot'>Advertisement</div></div></div>"
            "<div class='row ad-row'><span>Advertisement</span></div>"
            "<div class='grid'><div class='article__body'>" + second + "</div></div>"
            "<footer><p>Copyright</p></footer></body></html>")
    texts = [b.text for b in segment_html(page).blocks]
    assert [t for t in texts if t.startswith("Point")] == [para(n).strip() for n in range(1, 9)]

from lxml import html

from newsclean.segment.html import segment_html
from newsclean.segment.html_breaks import paragraphs_from_breaks

ONE = ("The harbour board met on Tuesday and agreed, after a long debate about the cost of the new "
       "pontoons, to extend the ferry timetable")
TWO = "Fares will not change this year, the board's chair said after the vote."


def test_loose_text_between_double_breaks_becomes_paragraphs():
    box = html.fromstring(f"<div>{ONE} <a href='/timetable'>into the winter</a> months.<br><br>\n"
                          f"{TWO}<br>\n<br>\nA third short paragraph closes the note.<br></div>")
    assert paragraphs_from_breaks(box) == 1
    texts = [" ".join(p.text_content().split()) for p in box]
    assert texts == [f"{ONE} into the winter months.", TWO, "A third short paragraph closes the note."]
    assert all(p.tag == "p" for p in box)


def test_block_children_stay_in_place_between_the_new_paragraphs():
    box = html.fromstring(f"<div>{ONE}.<br><br><ul><li>Monday</li><li>Friday</li></ul>{TWO}<br><br>"
                          f"{TWO}</div>")
    paragraphs_from_breaks(box)
    assert [child.tag for child in box] == ["p", "ul", "p", "p"]


def test_comments_link_lists_and_short_text_stay_loose():
    comments = html.fromstring(f"<div class='comment-body'><div>{ONE}<br><br>{TWO}</div></div>")
    links = html.fromstring("<div>" + "<br><br>".join(f"<a href='/s{n}'>Section page number {n} of the site</a>"
                                                      for n in range(6)) + "</div>")
    short = html.fromstring("<div>Short.<br><br>Note.</div>")
    for box in (comments, links, short):
        assert paragraphs_from_breaks(box) == 0


def test_a_story_written_with_breaks_keeps_the_words_around_its_links():
    first = "<br><br>\n".join([f"{TWO} {TWO}", f"{ONE} <a href='/t'>into the winter</a> months.", TWO * 3])
    rest = "<br><br>\n".join([TWO * 2, TWO])
    page = (f"<html><body><div class='main'><h1>Ferry timetable</h1><div class='text'>{first}"
            f"<div class='ad'>Ad</div>{rest}</div></div></body></html>")
    texts = [b.text for b in segment_html(page).blocks]
    # without the rebuild, trafilatura cuts the paragraph at the link: "into the wintermonths."
    assert f"{ONE} into the winter months." in texts


def test_a_div_of_loose_text_beside_the_new_paragraphs_becomes_one_of_them():
    box = html.fromstring(f"<div>{ONE} <a href='/t'>into the winter</a> months.<div><br></div>"
                          f"<div>{TWO} <i>Really.</i></div><div><ul><li>Monday</li></ul></div><br><br></div>")
    paragraphs_from_breaks(box)
    assert [child.tag for child in box] == ["p", "div", "p", "div"]



def test_loose_text_above_a_quotations_paragraphs_becomes_a_paragraph():
    # a quotation pasted as text with only its last paragraph marked up
    box = html.fromstring(f"<div><blockquote>{ONE} <em>in the end</em>.\n\n<p>{TWO}</p></blockquote></div>")
    assert paragraphs_from_breaks(box) == 1
    quote = box.find("blockquote")
    assert [child.tag for child in quote] == ["p", "p"]
    assert [" ".join(p.text_content().split()) for p in quote] == [f"{ONE} in the end.", TWO]


def test_a_quotations_loose_opening_paragraph_reaches_the_blocks():
    page = (f"<html><body><div class='entry'><h3>Ferry timetable</h3><p>{TWO} {TWO}</p>"
            f"<blockquote>{ONE} and the vote was close.\n<p>{TWO} {ONE}.</p></blockquote>"
            f"<p>{ONE}, said the chair.</p></div></body></html>")
    texts = [b.text for b in segment_html(page).blocks]
    assert f"{ONE} and the vote was close." in texts


def test_short_loose_text_above_paragraphs_stays_loose():
    box = html.fromstring(f"<div>Update:<p>{ONE}.</p><p>{TWO}</p></div>")
    assert paragraphs_from_breaks(box) == 0


def test_loose_text_between_marked_up_paragraphs_becomes_a_paragraph():
    box = html.fromstring(f"<div><p>{TWO}</p>{ONE} <a href='/t'>into the winter</a> months.<p>{TWO}</p></div>")
    assert paragraphs_from_breaks(box) == 1
    assert [" ".join(p.text_content().split()) for p in box] == [TWO, f"{ONE} into the winter months.", TWO]


def test_a_span_of_prose_holding_one_link_is_not_a_link_line():
    # only the text inside the link counts as linked: the span around the prose is loose text
    box = html.fromstring(f"<div><span>{ONE} <a href='/t'>into the winter</a> months.</span><br><br>"
                          f"<span>{TWO}</span></div>")
    assert paragraphs_from_breaks(box) == 1
    assert [" ".join(p.text_content().split()) for p in box] == [f"{ONE} into the winter months.", TWO]


def test_a_span_rebuilt_into_paragraphs_is_a_box_of_the_container_around_it():
    # the inner span's loose text is rebuilt first; in the outer container it is a box of
    # paragraphs, not an inline run that would nest them inside a new paragraph
    inner = f"{TWO}<br><br>{ONE} <a href='/t'>into the winter</a> months."
    box = html.fromstring(f"<div><span>{ONE}, the clerk wrote.</span><br><br><div><object data='v'></object></div>"
                          f"<br><span>{inner}</span><br></div>")
    assert paragraphs_from_breaks(box) == 2
    assert [child.tag for child in box] == ["p", "div", "div"]
    assert box.find(".//p//p") is None
    assert [" ".join(p.text_content().split()) for p in box[2]] == [TWO, f"{ONE} into the winter months."]


def test_a_post_of_spans_and_breaks_reaches_the_blocks_whole():
    # a post whose first span of loose text holds links, then a video box, then a span of
    # paragraphs written with breaks: every paragraph reaches the blocks (before, the span's
    # paragraphs after its first were lost)
    inner = "<br><br>".join([f"{TWO} {TWO}", f"{ONE} for the summer.", f"{TWO} The chair agreed."])
    page = (f"<html><body><div class='post'><h3>Ferry timetable</h3><div class='post-body'><p><div>"
            f"<span>{ONE} for the talk with <a href='/p'>the harbour master</a> on Monday at ten. "
            f"<b>Book a seat on the <a href='/e'>event page</a>.</b></span><br><br>"
            f"<div><object data='v'></object></div><br><span>{inner}</span><br>"
            f"<ul><li>Monday at ten</li><li>Friday at two</li></ul></div></div></div></body></html>")
    texts = [b.text for b in segment_html(page).blocks]
    assert any(t.startswith(f"{ONE} for the talk with the harbour master") for t in texts)
    assert f"{ONE} for the summer." in texts
    assert f"{TWO} The chair agreed." in texts


def test_loose_text_after_a_caption_box_between_paragraphs_becomes_a_paragraph():
    # a paragraph that opened with a caption box: its words are the box's tail
    box = html.fromstring(f"<div><p>{TWO}</p><div class='wp-caption'><img src='x.jpg'><p>The pier at dusk.</p></div>"
                          f"{ONE} <em>into the winter</em> months.<p>{TWO}</p></div>")
    assert paragraphs_from_breaks(box) == 1
    assert [child.tag for child in box] == ["p", "div", "p", "p"]
    assert " ".join(box[2].text_content().split()) == f"{ONE} into the winter months."

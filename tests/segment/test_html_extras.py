import lxml.html

from newsclean.segment.html_extras import page_extras

PAGE = """<html><body><article>
<figure><img src="a.jpg"><figcaption>Workers sort battery packs on the intake line. (Image credit: Cellwright)</figcaption></figure>
<p>Story text.</p>
<div class="post-tags"><span>Topics</span> <a href="/t/a">Batteries</a> <a href="/t/b">#Recycling</a></div>
<div class="author-bio"><img src="m.jpg" alt=""><p>Marcus Ilunga is the site's energy editor and has covered
the power industry for twelve years.</p></div>
</article></body></html>"""


def test_captions_bio_and_tags_are_read_from_the_dom():
    x = page_extras(lxml.html.fromstring(PAGE))
    assert x["captions"] == ["Workers sort battery packs on the intake line. (Image credit: Cellwright)"]
    assert x["tags"] == ["Batteries", "Recycling"]
    assert x["author_bio"].startswith("Marcus Ilunga is the site's energy editor")


def test_a_page_without_them_gives_nothing():
    assert page_extras(lxml.html.fromstring("<html><body><p>Only text.</p></body></html>")) == {}


def test_a_one_line_author_box_is_not_a_bio():
    x = page_extras(lxml.html.fromstring('<html><body><div class="author-info">Ann Lee</div></body></html>'))
    assert "author_bio" not in x


def test_boxes_found_in_the_segmenters_walk_skip_those_inside_removed_widgets():
    from newsclean.segment.html_clean import _drop_inert
    from newsclean.segment.html_parse import load_html

    bio = "Ann Lee covers ferries, harbours and the coast guard for the paper since 2015."
    tree = load_html(f"<html><body><div role='dialog'><div class='author-bio'>Someone else entirely writes "
                     f"the newsletter pop-up for this site every week.</div></div><article><p>Story.</p>"
                     f"<div class='Author_Info'>{bio}</div><ul class='post-tags'><li><a>#Ferries</a></li></ul>"
                     "</article></body></html>")
    boxes = _drop_inert(tree)
    x = page_extras(tree, boxes)
    assert x["author_bio"] == bio and x["tags"] == ["Ferries"]
    assert page_extras(tree) == x


def test_links_marked_rel_tag_are_tags_and_a_category_link_is_not():
    page = ("<html><body><article><span class='cat-links'><a href='/c/ferries' rel='category tag'>Ferries</a>"
            "</span><p>Story text.</p><footer><span class='post-labels'>Labels: <a href='/l/harbour' rel='tag'>"
            "harbour</a>, <a href='/l/tides' rel='tag'>spring tides</a></span></footer></article></body></html>")
    assert page_extras(lxml.html.fromstring(page))["tags"] == ["harbour", "spring tides"]

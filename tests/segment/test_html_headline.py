"""The post under the page's own headline: the last candidate for the main content."""

import copy

from lxml import html as lxml_html

import newsclean
from newsclean.segment.html_headline import headline_post

POST = (
    "<div class='post'><h3 class='post-title'>Five harbour walks for a grey November</h3>"
    "<div class='post-body'>"
    "<p>&bull; The <a href='/w/1'>north pier loop</a>, past the old ferry sheds.<br>"
    "&bull; A <a href='/w/2'>cliff path</a> that ends at the lifeboat station.<br>"
    "&bull; The <a href='/w/3'>estuary walk</a> at low tide, boots advised.</p></div>"
    "<p class='post-footer'>posted by Mara at <a href='/p/1'>6:40 PM</a></p></div>"
)
SIDEBAR = (
    "<div id='side'><h1 id='blog-title'><a href='/'>Shoreline Notes</a></h1>"
    "<h2>About Me</h2><ul><li><a href='/profile'>Mara Quill</a></li><li>Location: a small port town</li></ul>"
    "<h2>Previous Posts</h2><ul>"
    + "".join(f"<li><a href='/old/{i}'>Walk number {i}</a></li>" for i in range(8))
    + "</ul></div>"
)
PAGE = (
    "<html><head><title>Shoreline Notes: Five harbour walks for a grey November</title></head>"
    f"<body>{SIDEBAR}<div id='main'><h2 class='date-header'>Sunday, November 4</h2>{POST}</div></body></html>"
)


def _tree(page: str):
    return lxml_html.fromstring(page).getroottree()


def test_the_post_is_the_headlines_nearest_container_with_words_of_its_own():
    heading, post = headline_post(_tree(PAGE), [])
    assert heading.text == "Five harbour walks for a grey November"
    assert post.get("class") == "post"


def test_the_blogs_name_is_not_the_headline_when_the_posts_part_of_the_title_is_longer():
    # "Shoreline Notes" is a part of the <title> too, and an <h1>: the longer part is the post's
    heading, _ = headline_post(_tree(PAGE), [])
    assert heading.get("class") == "post-title"


def test_a_declared_headline_finds_a_heading_the_title_does_not_name():
    page = PAGE.replace("<title>Shoreline Notes: Five harbour walks for a grey November</title>", "<title>Blog</title>")
    assert headline_post(_tree(page), []) is None
    heading, _ = headline_post(_tree(page), ["Five harbour walks for a grey November"])
    assert heading.get("class") == "post-title"


def test_text_inside_links_is_not_the_posts_own():
    # a heading in a box of links only: its container is the next one up holding plain words
    page = ("<html><head><title>Ferry times</title></head><body><div id='outer'>"
            "<div id='links'><h2>Ferry times</h2><a href='/a'>Timetable for the winter months</a></div>"
            "<p>Boats leave every hour from the town quay until dusk.</p></div></body></html>")
    _, post = headline_post(_tree(page), [])
    assert post.get("id") == "outer"


def test_no_post_when_only_the_pages_body_holds_text_beside_the_headline():
    page = ("<html><head><title>Ferry times</title></head><body><h2>Ferry times</h2>"
            "<p>Boats leave every hour from the town quay until dusk.</p></body></html>")
    assert headline_post(_tree(page), []) is None


def test_a_page_whose_every_candidate_is_the_sidebar_gets_the_post_under_its_headline(monkeypatch):
    """trafilatura's choices of the whole page are the sidebar (its profile and archive links),
    which the gate refuses: the post under the page's headline is the body."""
    import trafilatura

    import newsclean.segment.html as seg

    real = trafilatura.bare_extraction

    def sidebar_only(tree, **options):
        if tree.find(".//div[@id='side']") is not None:  # the whole page: its choice is the sidebar
            tree = copy.deepcopy(tree)
            for el in tree.xpath("//div[@id='main']"):
                el.getparent().remove(el)
        return real(tree, **options)

    monkeypatch.setattr(seg.traf, "bare_extraction", sidebar_only)
    article = newsclean.extract(PAGE, kind="html")
    assert "cliff path that ends at the lifeboat station" in article.body
    assert "Previous Posts" not in article.body and "Walk number" not in article.body
    assert any("another candidate" in w for w in article.warnings)

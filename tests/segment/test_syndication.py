from lxml import html

from newsclean.segment.syndication import host, read_syndication


def _read(head: str, body: str = "") -> dict:
    return read_syndication(html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>"))


def test_declared_sources_and_canonical():
    info = _read('<link rel="canonical" href="https://portal.example/s"><meta property="og:url" '
                 'content="https://portal.example/s"><meta name="original-source" content="https://orig.example/a">'
                 '<link rel="syndication-source" href="https://orig.example/b">')
    assert info["canonical"] == "https://portal.example/s"
    assert info["page_url"] == "https://portal.example/s"
    assert info["declared"] == ["https://orig.example/a", "https://orig.example/b"]


def test_continue_links_by_wording_only():
    info = _read("", '<p><a href="https://orig.example/x">Read the full story at The Lantern</a></p>'
                     '<p><a href="https://portal.example/y">Read more</a></p>'
                     '<p><a href="/relative">Continue reading at The Lantern</a></p>')
    assert info["continue_links"] == [("Read the full story at The Lantern", "https://orig.example/x")]


def test_relative_and_missing_values_are_ignored():
    info = _read('<link rel="canonical" href="/s"><meta name="syndication-source" content="">')
    assert info["canonical"] is None and info["declared"] == []


def test_host():
    assert host("https://www.Orig.example/a?b=1") == "orig.example"
    assert host(None) == "" and host("not a url") == ""


def test_the_logo_right_above_the_headline_names_the_publisher():
    from lxml import html as lhtml

    from newsclean.segment.syndication import card_logo
    tree = lhtml.fromstring('<html><body><div class="card"><img src="l.png" alt="Harwick Examiner">'
                            '<span>6/21/2017</span></div><h1>Library book comes home</h1></body></html>')
    assert card_logo(tree) == "Harwick Examiner"
    # a picture with a sentence for its alt is the story's photo, not a logo
    tree = lhtml.fromstring('<html><body><div><img src="p.jpg" alt="A man holds a book in a library."></div>'
                            '<h1>Library book comes home</h1></body></html>')
    assert card_logo(tree) is None


def test_a_box_of_more_pictures_than_the_bound_is_no_logo_card_whatever_its_text():
    from lxml import html as lhtml

    from newsclean.segment.syndication import card_logo

    rail = "".join(f'<img src="t{i}.jpg" alt="Harwick Examiner">' for i in range(5))
    tree = lhtml.fromstring(f'<html><body><div class="rail">{rail}<span>6/21/2017</span></div>'
                            "<h1>Library book comes home</h1></body></html>")
    assert card_logo(tree) is None
    # the second sibling up still counts: a logo card, then a line between it and the headline
    tree = lhtml.fromstring('<html><body><div><img src="l.png" alt="Harwick Examiner"><span>2 hours ago</span>'
                            "</div><p>Share</p><h1>Library book comes home</h1></body></html>")
    assert card_logo(tree) == "Harwick Examiner"


def test_continue_links_read_the_text_of_links_with_and_without_inner_markup():
    info = _read("", '<p><a href="https://orig.example/x">Read the <b>full story</b>  at The Lantern</a></p>'
                     '<p><a href="https://orig.example/y"> Continue reading at  The Lantern </a></p>')
    assert info["continue_links"] == [
        ("Read the full story at The Lantern", "https://orig.example/x"),
        ("Continue reading at The Lantern", "https://orig.example/y"),
    ]

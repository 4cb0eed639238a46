"""trafilatura_fast gives the author and tags trafilatura's own functions give."""

from __future__ import annotations

import lxml.html
import pytest
from trafilatura import metadata as tmeta

from newsclean.segment.trafilatura_fast import extract_author, extract_tags

AUTHOR_PAGES = [
    # a commenter in the comments box is pruned first; the byline paragraph wins
    '<html><body><div class="comments"><span class="author">Reader One</span></div>'
    '<p class="byline-author">Mia Okafor</p><p>Tram fares rise.</p></body></html>',
    '<html><body><author>Lars Beck</author><span class="byline">By Tom Rudd</span></body></html>',
    '<html><body><p><span itemprop="author name">Ines Duarte</span></p></body></html>',
    '<html><body><a data-testid="AuthorURL" href="/a">Kofi Mensah</a></body></html>',
    '<html><body><div><rel>me</rel>Ruth Adler</div><p>Canal works.</p></body></html>',
    '<html><body><h4 class="BBL">Omar Haddad</h4><div data-component="ArticleByline">Zoe Park<time>now</time></div>'
    '</body></html>',
    '<html><body><div data-component="ArticleByline">Zoe Park<time>now</time> Lim</div></body></html>',
    '<html><body><span id="zuozhe">李明</span><figure><span class="author">Photo Desk</span></figure></body></html>',
    '<html><body><section class="sidebar"><p class="author">Side Bar</p></section><p>No author.</p></body></html>',
    '<html><body><p class="author">' + "word " * 40 + '</p><span class="author-name">Ava Stone</span></body></html>',
    '<html><body><p>No byline on this page at all.</p></body></html>',
    # searched on the page itself: a candidate inside a discarded box, a discarded candidate,
    # a candidate holding a discarded element (its text as the pruned copy has it)
    '<html><body><div class="quote"><span class="author">Quoted Person</span></div>'
    '<span class="writer">Nadia Korhonen</span></body></html>',
    '<html><body><span class="date" id="author-date">May 2</span><p class="byline">By Pavel Novak</p></body></html>',
    '<html><body><span class="byline">By Ann Lee<span class="date">May 2</span>, Harbour desk</span></body></html>',
    '<html><body><div class="author"><div id="comments">' + "reply " * 40 + "</div>Ivo Marin</div></body></html>",
    '<html><body><div class="comments-list"><p class="author">Only A Commenter</p></div><p>Text.</p></body></html>',
]

TAG_PAGES = [
    '<html><body><div class="tags"><a href="/tag/tram/">Tram</a><div class="meta-x"><a href="/tags/b">B</a></div>'
    '</div></body></html>',
    # the first expression giving a tag link wins, even when a later one comes first in the page
    '<html><body><div class="row"><a href="/tag/x/">X</a></div><p class="entry-tags-list"><a href="/tags/y/">Y</a>'
    '<a>Z</a></p></body></html>',
    '<html><body><div class="metabox"><span class="topics"><a href="/tag/q/">Q</a></span><a href="/tagy/r/">R</a>'
    '</div><a href="/tag/out/">Out</a></body></html>',
    '<html><body><ul class="my-topics"><li><a href="/topics/a/">A</a></li></ul><div class="entry-meta">'
    '<div class="tags-links"><a href="/tag/b/">B</a></div><a href="/tag/c/">C</a></div></body></html>',
    '<html><body><div class="tags"><a href="/section/x/">Not a tag link</a></div></body></html>',
]


@pytest.mark.parametrize("page", AUTHOR_PAGES)
def test_same_author_as_trafilatura(page):
    tree = lxml.html.fromstring(page)
    before = lxml.html.tostring(tree)
    assert extract_author(tree) == tmeta.extract_author(tree)
    assert lxml.html.tostring(tree) == before  # pruning works on a copy


@pytest.mark.parametrize("page", TAG_PAGES)
def test_same_tags_as_trafilatura(page):
    tree = lxml.html.fromstring(page)
    assert extract_tags(tree) == tmeta.extract_catstags("tag", tree)


def test_examples_find_what_they_should():
    assert extract_author(lxml.html.fromstring(AUTHOR_PAGES[0])) == "Mia Okafor"
    assert extract_tags(lxml.html.fromstring(TAG_PAGES[0])) == ["Tram", "B"]


def test_page_without_candidates_is_not_copied(monkeypatch):
    from newsclean.segment import trafilatura_fast

    def no_copy(tree):
        raise AssertionError("copied")

    monkeypatch.setattr(trafilatura_fast, "_author_in_copy", no_copy)
    page = '<html><body><div class="comments"><span class="author">Reader</span></div><p>Text.</p></body></html>'
    assert extract_author(lxml.html.fromstring(page)) is None
    assert extract_author(lxml.html.fromstring(AUTHOR_PAGES[0])) == "Mia Okafor"


# JSON-LD blocks as pages print them: pretty-printed, minified, escaped (\n, \u, entities,
# a tag inside a string, a lone surrogate escape), with control characters, broken
JSON_LD_PAGES = [
    '{\n  "@context": "https://schema.org",\n  "@type": "NewsArticle",\n  "headline": "Ferry fares rise",\n'
    '  "author": [{"@type": "Person", "name": "Mia Okafor"}, {"@type": "Person", "name": "Tom Rudd"}],\n'
    '  "publisher": {"@type": "Organization", "name": "Harbour Gazette"},\n  "keywords": "ferries, fares"\n}',
    '{"@type":"BlogPosting","headline":"Caf\\u00e9 \\ud83d\\ude00 opens \\ud800 late","author":{"name":"Ines\\nDuarte"},'
    '"articleSection":["Food","Town"],"description":"A <b>bold</b> &amp; new menu"}',
    '{"@type": "Article", "name": "Tab\there", "author": {"name": "Lars\u001cBeck"}, "isAccessibleForFree": false}',
    '{"@type": "NewsArticle", "headline": "Quote \\" inside", "author": "Ruth Adler"  ,   "x": "a\\\\" }',
    # broken JSON: trafilatura's crude search reads the author and the headline
    '{"@type": "NewsArticle", "headline": "Storm closes roads", "author": {"@type": "Person", "name": "Kofi Mensah"},',
    '{"@type": "NewsArticle", "headline": "never \\\n closed',
    "   \n\t  ",
]


def _meta_fields(info):
    return {k: getattr(info, k) for k in info.__slots__ if "body" not in k}


@pytest.mark.parametrize("block", JSON_LD_PAGES)
def test_same_json_ld_reading_as_trafilatura(block):
    from newsclean.segment.trafilatura_fast import extract_meta_json

    page = ('<html><head><script type="application/ld+json">' + block.replace("<", "&lt;")
            + '</script><meta name="author" content="Someone Else"></head><body><p>Text.</p></body></html>')
    tree = lxml.html.fromstring(page)
    ours = extract_meta_json(tree, tmeta.examine_meta(tree))
    theirs = tmeta.extract_meta_json(tree, tmeta.examine_meta(tree))
    assert _meta_fields(ours) == _meta_fields(theirs)


@pytest.mark.parametrize("text", [
    '{"a": "x\\\ny" , "b" : 1}', '"unterminated  and long ' + "word " * 200, '" \\" " "', '\\"  "a\\\\" b',
    '"a\\', ' \t\n"\n" x', '"\\\n" "  "', '"\u2028 \u00a0"\u00a0 \u3000x \x1c\x1d\x1e\x1f \x85 y',
])
def test_the_minifier_removes_what_trafilaturas_removes(text):
    from newsclean.segment.trafilatura_fast import _JSON_MINIFY

    assert _JSON_MINIFY.sub(r"\1", text) == tmeta.JSON_MINIFY.sub(r"\1", text)


def test_the_minifier_treats_the_same_characters_as_whitespace():
    from newsclean.segment.trafilatura_fast import _JSON_MINIFY

    for code in range(0x3100):
        ch = chr(code)
        assert _JSON_MINIFY.sub(r"\1", f"a{ch}b") == tmeta.JSON_MINIFY.sub(r"\1", f"a{ch}b"), hex(code)

import lxml.html
import pytest
from trafilatura import metadata as tmeta

from newsclean.segment import trafilatura_meta as trafilatura_author
from newsclean.segment.trafilatura_meta import extract_author, extract_tags

PAGES = [
    # a commenter's name inside the comments box is pruned; the byline paragraph wins
    '<html><body><div class="comments"><span class="author">Reader One</span></div>'
    '<p class="byline-author">Ann Lee</p><p>Ferry fares rise.</p></body></html>',
    # first expression: <author>, itemprop, data-testid, a <rel>me</rel> child
    '<html><body><author>Ann Lee</author><span class="byline">By Bob Ray</span></body></html>',
    '<html><body><p class="x"><span itemprop="author name">Cy Dee</span></p></body></html>',
    '<html><body><a data-testid="AuthorURL" href="/a">Gil Ho</a></body></html>',
    '<html><body><div><rel>me</rel>Ann Lee</div><p>Quay works.</p></body></html>',
    # second and third expressions; <time> and <figure> are pruned, text joins as trafilatura's
    '<html><body><h4 class="BBL">Dee Ell</h4><div data-component="ArticleByline">Eve Fay<time>today</time></div>'
    '</body></html>',
    '<html><body><div data-component="ArticleByline">Eve Fay<time>today</time> Kay</div></body></html>',
    '<html><body><span id="zuozhe">王伟</span><figure><span class="author">Pic Man</span></figure></body></html>',
    '<html><body><p class="writer">Ivy<span class="date">x</span>Jo</p></body></html>',
    '<html><body><section class="sidebar"><p class="author">Side Bar</p></section><p>No author.</p></body></html>',
    # a name too long, then a valid one further down
    '<html><body><p class="author">' + "word " * 40 + '</p><span class="author-name">Lou Ma</span></body></html>',
]


@pytest.mark.parametrize("page", PAGES)
def test_same_author_as_trafilatura(page):
    assert trafilatura_author._matches_installed()
    tree = lxml.html.fromstring(page)
    assert extract_author(tree) == tmeta.extract_author(tree)


def test_the_tree_is_left_as_it_was():
    tree = lxml.html.fromstring(PAGES[0])
    before = lxml.html.tostring(tree)
    assert extract_author(tree) == "Ann Lee"
    assert lxml.html.tostring(tree) == before


TAG_PAGES = [
    '<html><body><div class="tags"><a href="/tag/ferry/">Ferry</a><div class="meta-x"><a href="/tags/b">B</a></div>'
    '</div></body></html>',
    # the first expression with a tag link wins, even when a later one comes first in the page
    '<html><body><div class="row"><a href="/tag/x/">X</a></div><p class="entry-tags-list"><a href="/tags/y/">Y</a>'
    '<a>Z</a></p></body></html>',
    '<html><body><div class="metabox"><span class="topics"><a href="/tag/q/">Q</a></span><a href="/tagy/r/">R</a>'
    '</div><a href="/tag/out/">Out</a></body></html>',
    # nested containers give each link once; links without a tag address are left out
    '<html><body><ul class="my-topics"><li><a href="/topics/a/">A</a></li></ul><div class="entry-meta">'
    '<div class="tags-links"><a href="/tag/b/">B</a></div><a href="/tag/c/">C</a></div></body></html>',
]


@pytest.mark.parametrize("page", TAG_PAGES)
def test_same_tags_as_trafilatura(page):
    assert trafilatura_author._tags_match_installed()
    tree = lxml.html.fromstring(page)
    assert extract_tags(tree) == tmeta.extract_catstags("tag", tree)
    assert extract_tags(tree)

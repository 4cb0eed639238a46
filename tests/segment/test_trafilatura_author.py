import lxml.html
import pytest
from trafilatura import metadata as tmeta

from newsclean.segment import trafilatura_author
from newsclean.segment.trafilatura_author import extract_author

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

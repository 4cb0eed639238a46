"""xpath_subset: the same elements as lxml's XPath (with EXSLT regular expressions), in the same order."""

from __future__ import annotations

import lxml.html
import pytest
from lxml import etree
from trafilatura import xpaths

from newsclean.segment.xpath_subset import UnsupportedXPath, compile_xpath

EXSLT = {"re": "http://exslt.org/regular-expressions"}

PAGE = lxml.html.fromstring("""<html><body>
<div id="main" class="story-body"><h1 class="headline">Quay reopens</h1>
  <p class="byline-author">By <a rel="author" href="/ann">Ann Lee</a></p>
  <div class="AuthorName">Ann Lee</div><span class="authorname x">Bob Ray</span>
  <p class="entry-tags-list"><a href="/tag/quay/">Quay</a><a href="/tags/port/">Port</a><a>none</a></p>
  <div class="row"><div class="tags"><a href="/tag/harbour/">Harbour</a></div></div>
  <section class="sidebar"><span class="author">Side Bar</span></section>
  <div><rel>me</rel>Cy Dee</div><div><rel>not me</rel>Dee Ell</div>
  <figure><span class="writer">Pic Man</span></figure><time>today</time>
  <div data-component="ArticleByline"><span itemprop="author name">Eve Fay</span></div>
  <div id="comments"><span class="username">reader1</span><p class="comment-body">Nice.</p></div>
  <div id="Comment-List-2" class="metabox"><a href="/tagy/q/">Q</a></div>
  <author>Gil Ho</author><h4 class="BBL">Hal Ito</h4><p class="postmeta entry-categories">x</p>
</div></body></html>""")

CUSTOM = [
    "//*[self::p or self::span][@class='byline' or re:test(@id, 'auth?or')]",
    "//div[not(@id) and re:test(@class, '^(row|tags)$')]//a[@href]",
    "//*[re:test(@class, 'author', 'i')]|//author|//time",
    ".//*[starts-with(@class, 'entry') or contains(@data-component, 'Byline')]",
    "//*[rel='me' or @itemprop!='author name']",
    "//*[re:test(@class, 'x*')]",  # matches the empty string: every element
]


def _all_trafilatura_expressions() -> list[str]:
    out = []
    for name in dir(xpaths):
        value = getattr(xpaths, name)
        if name.isupper() and isinstance(value, list):
            out.extend(x.path for x in value if hasattr(x, "path"))
    return out


@pytest.mark.parametrize("expr", CUSTOM + _all_trafilatura_expressions())
def test_same_elements_as_lxml(expr):
    try:
        mine = compile_xpath(expr)
    except UnsupportedXPath:
        return  # callers keep lxml's evaluation for these
    for context in (PAGE, PAGE.find(".//div")):
        assert mine(context) == etree.XPath(expr, namespaces=EXSLT)(context)


def test_trafilatura_author_and_tag_expressions_are_supported():
    for expr in xpaths.AUTHOR_XPATHS + xpaths.AUTHOR_DISCARD_XPATHS + xpaths.TAGS_XPATHS:
        compile_xpath(expr.path)


@pytest.mark.parametrize("expr", [
    "(.//article)[1]",                      # positions
    "//*[contains(@id|@class, 'x')]",       # node-set unions inside functions
    "//div[@class='a']/p",                  # child steps
    "//*[re:replace(@class, 'a', 'g', 'b')='b']",
    "//p[text()='x']",
])
def test_outside_the_subset_is_refused(expr):
    with pytest.raises(UnsupportedXPath):
        compile_xpath(expr)


def test_child_tests_names_the_children_read():
    from newsclean.segment.xpath_subset import child_tests

    assert child_tests(["//*[@class='byline' or rel='me']", "//time|//figure"]) == frozenset({"rel"})
    assert child_tests(["//*[re:test(@id, 'author')]"]) == frozenset()
    with pytest.raises(UnsupportedXPath):
        child_tests(["//p[1]"])

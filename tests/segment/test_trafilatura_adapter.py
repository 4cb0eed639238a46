"""Contract tests: what newsclean relies on in trafilatura, pinned through the one adapter.

A trafilatura release that renames or changes any of these fails here, in one place, before
it shows as an accuracy change on the benchmarks. The versions allowed in pyproject.toml are
those these tests passed on.
"""

from __future__ import annotations

import ast
import pathlib

import lxml.html
import pytest
from htmldate import find_date
from lxml import etree

import newsclean
from newsclean.segment import trafilatura_adapter as traf
from newsclean.segment.html import EXTRACT_OPTIONS, SECOND_LOOK_OPTIONS, _retries

STORY = ("<p>The old canal lock reopened on Tuesday after two winters of repairs to its gates and walls, "
         "and the first barges passed through before noon.</p>")

PAGE = f"""<html lang="en"><head><title>Canal lock reopens | Riverside Post</title>
<meta property="og:title" content="Canal lock reopens">
<meta property="og:site_name" content="Riverside Post">
<link rel="canonical" href="https://www.riverside-post.example/news/canal-lock">
<meta name="author" content="Ann Lee">
<meta name="description" content="Barges pass again.">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Canal lock reopens",
 "author": [{{"@type": "Person", "name": "Ann Lee"}}, {{"@type": "Person", "name": "Ben Ode"}}],
 "datePublished": "2026-03-10T08:00:00Z"}}</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Canal lock reopens</h1><h2>Two winters of work</h2>{STORY}
<p>The lock keeper, who has worked there for thirty years, said the <a href="/gates">new gates</a>
open faster<br>and leak less than the old ones did in any season.</p>
<ul><li>Gates replaced on both ends of the lock</li><li>Walls repointed along the towpath side</li></ul>
<blockquote>We waited a long time for this day and it was worth every month of it.</blockquote>
<table><tr><td>Barges per day</td><td>40</td></tr></table>
<pre>lock_depth = 3.2</pre></article></body></html>"""


def _tree():
    return lxml.html.fromstring(PAGE)


# --- the one importer -------------------------------------------------------------------

def test_only_the_adapter_imports_trafilatura_or_htmldate():
    package = pathlib.Path(newsclean.__file__).parent
    importers = []
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            # htmldate is trafilatura's date search, released with it
            if any(n.split(".")[0] in ("trafilatura", "htmldate") for n in names):
                importers.append(path.relative_to(package).as_posix())
    assert sorted(set(importers)) == ["segment/trafilatura_adapter.py"]


# --- main-content extraction ----------------------------------------------------------

def test_bare_extraction_returns_the_result_tree_in_the_vocabulary_the_segmenter_reads():
    result = traf.bare_extraction(_tree(), **EXTRACT_OPTIONS)
    body = result.body
    assert body.tag == "body"
    tags = {el.tag for el in body.iter()}
    # html.py maps these to block kinds (head, p, item, quote, row) and containers (list, table)
    assert {"head", "p", "list", "item", "quote", "table", "row", "cell"} <= tags
    heads = [el for el in body.iter("head")]
    assert heads[0].get("rend") == "h1" and heads[0].text == "Canal lock reopens"
    # links stay as <ref> (we measure link shares) and <br> as <lb/>
    ref = next(body.iter("ref"))
    assert ref.text == "new gates"
    assert any(el.tag == "lb" for el in body.iter())
    assert "nav" not in tags and "Home" not in " ".join(body.itertext())


def test_every_option_set_we_pass_is_accepted():
    for options in [EXTRACT_OPTIONS, dict(EXTRACT_OPTIONS, **SECOND_LOOK_OPTIONS),
                    *(dict(EXTRACT_OPTIONS, **extra) for extra, _ in _retries())]:
        result = traf.bare_extraction(_tree(), **options)
        assert result is not None and "first barges" in " ".join(result.body.itertext())


def test_the_version_is_known():
    assert traf.VERSION[0].isdigit()


# --- metadata search ------------------------------------------------------------------

def test_examine_meta_reads_meta_elements_into_the_attributes_we_read():
    info = traf.examine_meta(_tree())
    for name in ("title", "author", "date", "url", "sitename", "tags", "categories", "description", "language"):
        assert hasattr(info, name), name
    assert info.author == "Ann Lee"
    assert info.sitename == "Riverside Post"
    assert info.description == "Barges pass again."
    info.clean_and_trim()  # called by html.py after the searches


def test_extract_meta_json_reads_the_json_ld_authors_when_no_meta_element_names_one():
    tree = lxml.html.fromstring(PAGE.replace('<meta name="author" content="Ann Lee">', ""))
    info = traf.extract_meta_json(tree, traf.examine_meta(tree))
    assert "Ann Lee" in info.author and "Ben Ode" in info.author


def test_title_url_and_site_name_searches():
    tree = _tree()
    assert traf.extract_title(tree) == "Canal lock reopens"
    assert traf.extract_url(tree, None) == "https://www.riverside-post.example/news/canal-lock"
    assert traf.META_URL.match("https://www.riverside-post.example/news/x")[1] == "riverside-post.example"
    assert traf.extract_sitename(lxml.html.fromstring("<html><body><p>x</p></body></html>")) is None


def test_date_search_options_are_htmldate_arguments_bounded_by_today():
    options = traf.date_search_options()
    assert options["original_date"] is True and options["extensive_search"] is False
    assert len(options["max_date"]) == 10  # a plausibility bound, never used to complete a date
    assert find_date(_tree(), **dict(options, url=None)) == "2026-03-10"
    options["max_date"] = "changed"
    assert traf.date_search_options()["max_date"] != "changed"  # a fresh dict per call


def test_find_date_is_htmldates_quick_search_through_the_adapter():
    assert traf.find_date(_tree(), None) == "2026-03-10"
    undated = lxml.html.fromstring("<html><body><p>No date anywhere on this page.</p></body></html>")
    assert traf.find_date(undated, None) is None


# --- parsing repairs ------------------------------------------------------------------

def test_the_parsing_repairs():
    assert traf.is_dubious_html("<!doctype html><html>") is False
    assert traf.is_dubious_html("plain words, no markup") is True
    assert traf.INVALID_XML_CHARS.sub("", "lock\x01 gate\ufffe") == "lock gate"
    assert traf.DOCTYPE_TAG.sub("", '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "http://x/y.dtd"><html>') == "<html>"
    assert traf.FAULTY_HTML.sub(r"\1>", '<html lang="en" />') == '<html lang="en">'


# --- the author and tag search (trafilatura_fast) -------------------------------------

def test_the_search_xpaths_are_compiled_expressions_with_their_source():
    for expressions in (traf.AUTHOR_DISCARD_XPATHS, traf.AUTHOR_XPATHS, traf.TAGS_XPATHS):
        assert expressions, "a list trafilatura_fast reads is gone"
        for xp in expressions:
            assert isinstance(xp, etree.XPath) and isinstance(xp.path, str)


@pytest.mark.parametrize("raw, expected", [
    ("By Ann Lee and Ben Ode", "Ann Lee; Ben Ode"),
    ("Ann Lee", "Ann Lee"),
])
def test_normalize_authors(raw, expected):
    assert traf.normalize_authors(None, raw) == expected


def test_normalize_authors_adds_to_the_known_ones():
    assert traf.normalize_authors("Ann Lee", "Ben Ode") == "Ann Lee; Ben Ode"


def test_text_helpers():
    assert traf.trim("  lock \n gates  ") == "lock gates"
    assert traf.line_processing("  lock\u00a0gates  ") == "lock gates"
    assert traf.line_processing("   ") is None
    assert traf.block_text(lxml.html.fromstring("<a href='/tag/canals'> Canal <b>works</b> </a>")) == "Canal works"


def test_delete_element_keeps_the_tail():
    el = lxml.html.fromstring("<div><p>lock<span>ad</span> gates</p></div>")
    traf.delete_element(el.find(".//span"))
    assert etree.tostring(el) == b"<div><p>lock gates</p></div>"

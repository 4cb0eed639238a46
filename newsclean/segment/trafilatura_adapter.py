"""The one module that imports trafilatura (and htmldate, the date search it ships with): every
name newsclean takes from them, in one place.

newsclean wraps trafilatura's main-content choice and part of its metadata search. Some of
what it uses is trafilatura's public API (``bare_extraction``), the rest is internal
(metadata helpers, cleaning expressions, the XPath lists of its author and tag search, text
helpers), which a minor release may rename or change. Every such name is imported here and
nowhere else, so a new trafilatura release is checked in one file, and
``tests/segment/test_trafilatura_adapter.py`` pins the behaviour each name is relied on for
(the versions in ``pyproject.toml`` are those these tests passed on).

>>> import lxml.html
>>> tree = lxml.html.fromstring("<html><body><article><p>" + "A sentence of the story. " * 12
...                             + "</p></article></body></html>")
>>> result = bare_extraction(tree, fast=True, output_format="txt")
>>> result.body.tag, result.body[0].tag
('body', 'p')
"""

from __future__ import annotations

from typing import Any

import htmldate as _htmldate
import trafilatura as _trafilatura
from trafilatura import json_metadata as _json_metadata
from trafilatura import metadata as _metadata
from trafilatura import utils as _utils
from trafilatura import xpaths as _xpaths
from trafilatura.baseline import block_text
from trafilatura.json_metadata import normalize_authors
from trafilatura.utils import is_dubious_html, line_processing, trim
from trafilatura.xml import delete_element

__all__ = [
    "VERSION",
    "bare_extraction",
    # metadata search
    "examine_meta",
    "extract_meta_json",
    "extract_json",
    "extract_json_parse_error",
    "JSON_MINIFY",
    "JSON_UNICODE_REPLACE",
    "HTML_STRIP_TAGS",
    "extract_title",
    "extract_url",
    "extract_sitename",
    "META_URL",
    "date_search_options",
    "find_date",
    # parsing repairs
    "is_dubious_html",
    "INVALID_XML_CHARS",
    "DOCTYPE_TAG",
    "FAULTY_HTML",
    # the author and tag search (newsclean.segment.trafilatura_fast)
    "AUTHOR_DISCARD_XPATHS",
    "AUTHOR_XPATHS",
    "TAGS_XPATHS",
    "block_text",
    "normalize_authors",
    "line_processing",
    "trim",
    "delete_element",
]

VERSION: str = getattr(_trafilatura, "__version__", "unknown")


def bare_extraction(tree: Any, **options: Any) -> Any:
    """trafilatura's main-content extraction of a parsed page: a result whose ``.body`` is
    the result tree (``p``, ``head``, ``list``/``item``, ``quote``, ``table``/``row``/``cell``,
    ``code``, ``lb``, ``ref`` elements), or None when nothing was found."""
    return _trafilatura.bare_extraction(tree, **options)


# metadata search: ``examine_meta`` reads <meta> elements into a metadata object (title,
# author, date, url, sitename, tags, categories, description, language attributes), the
# others fill what it left empty
examine_meta = _metadata.examine_meta
extract_meta_json = _metadata.extract_meta_json
# the steps of extract_meta_json (newsclean.segment.trafilatura_fast runs them faster): the
# whitespace outside JSON strings removed, the block normalised, then read as a schema (or,
# when it does not parse, searched for an author and a headline)
JSON_MINIFY = _metadata.JSON_MINIFY
JSON_UNICODE_REPLACE = _json_metadata.JSON_UNICODE_REPLACE
HTML_STRIP_TAGS = _utils.HTML_STRIP_TAGS
extract_json = _json_metadata.extract_json
extract_json_parse_error = _json_metadata.extract_json_parse_error
extract_title = _metadata.extract_title
extract_url = _metadata.extract_url
extract_sitename = _metadata.extract_sitename
# a URL's host: group 1 is the registered name without "www."
META_URL = _metadata.META_URL


def date_search_options() -> dict[str, Any]:
    """The keyword arguments trafilatura passes to htmldate's ``find_date`` (quick search)."""
    return dict(_metadata.set_date_params(False))


def find_date(tree: Any, url: str | None) -> str | None:
    """htmldate's quick date search on a parsed page, with trafilatura's options: an ISO
    date (``YYYY-MM-DD``) or None. The options are read per call: their upper bound is
    today's date (a plausibility bound, never used to complete a date), and a worker may
    run for days."""
    found = _htmldate.find_date(tree, **dict(date_search_options(), url=url))
    return found if isinstance(found, str) else None


# the repairs trafilatura's ``load_html`` applies before parsing
INVALID_XML_CHARS = _utils.INVALID_XML_CHARS
DOCTYPE_TAG = _utils.DOCTYPE_TAG
FAULTY_HTML = _utils.FAULTY_HTML

# the XPath lists of trafilatura's author and tag search (compiled lxml XPath objects with
# a ``.path``); empty when a release drops one, so the search finds nothing rather than fails
AUTHOR_DISCARD_XPATHS: tuple = tuple(getattr(_xpaths, "AUTHOR_DISCARD_XPATHS", ()))
AUTHOR_XPATHS: tuple = tuple(getattr(_xpaths, "AUTHOR_XPATHS", ()))
TAGS_XPATHS: tuple = tuple(getattr(_xpaths, "TAGS_XPATHS", ()))

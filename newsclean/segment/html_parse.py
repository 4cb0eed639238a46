"""Parsing a page as trafilatura's ``load_html`` does (its repairs first, then UTF-8 bytes),
with lxml's C-level element lookup and the character references XML cannot hold dropped.

Split from :mod:`newsclean.segment.html` along its seams.
"""

from __future__ import annotations

from typing import Any

import lxml.html
import regex
from lxml import etree

from newsclean.inputs.decode import CONTROL_BYTES_REMOVED
from newsclean.segment import trafilatura_adapter as traf


def _html_parser() -> Any:
    """trafilatura's HTML parser settings, with lxml's C-level element class lookup.

    lxml.html's own lookup is a Python method called for every element the code touches
    (hundreds of thousands per page set); every element here is a plain ``HtmlElement``
    (lxml.html gives form fields their own classes, which nothing here uses).
    """
    parser = lxml.html.HTMLParser(
        collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True
    )
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    )
    return parser


_PARSER = _html_parser()


def load_html(html: str, utf8: bytes | None = None) -> Any:
    """The page's tree, parsed as trafilatura's ``load_html`` does (its repairs, then the
    page as UTF-8 bytes, else as a string), with :func:`_html_parser`; None if it is not HTML.

    trafilatura parses the string first and its UTF-8 bytes when that fails; the bytes come
    first here, as libxml2 reads them a third faster than a Python string (which lxml hands
    over in a wide encoding to convert) and builds the same tree (every benchmark page).
    ``utf8``: the page's UTF-8 (``surrogatepass``) bytes as
    :func:`newsclean.inputs.decode_source_utf8` gives them, when the caller has them.
    """
    beginning = html[:50].lower()
    dubious = traf.is_dubious_html(beginning)
    html, data = _repair(html, beginning, utf8)
    tree = _from_bytes(html, data)
    if tree is None or len(tree) < 1:
        try:
            tree = lxml.html.fromstring(html, parser=_PARSER)
        except Exception:  # ValueError: a string with an encoding declaration
            tree = None
    if tree is not None and dubious and len(tree) < 2:
        return None
    return tree


# the characters trafilatura's INVALID_XML_CHARS removes, as UTF-8 bytes (never part of a
# multi-byte sequence), plus its two non-characters
_INVALID_XML_BYTES = bytes(range(0x00, 0x09)) + b"\x0b\x0c" + bytes(range(0x0E, 0x20))
# those the decoder leaves in the bytes it hands over (the form feed): all a scan of them
# needs to look for
_INVALID_AFTER_DECODE = tuple(bytes([b]) for b in _INVALID_XML_BYTES if b not in CONTROL_BYTES_REMOVED)


# a numeric character reference that may name a character XML cannot hold ("&#1;",
# "&#xFFFE;", "&#55296;"): small numbers, the surrogate and U+FFFE/F ranges, and numbers
# past Unicode; the common references ("&#8217;") never match, so the callback that
# decides runs only on the rare candidates. One pass, leading zeros bounded.
_CHAR_REF = regex.compile(
    r"&#(?:[xX]0{0,8}((?:1?[0-9a-fA-F]|[dD][89a-fA-F][0-9a-fA-F]{2}|[fF]{3}[eEfF]|1[1-9a-fA-F][0-9a-fA-F]{4}|[2-9a-fA-F][0-9a-fA-F]{5}|[0-9a-fA-F]{7,8}))(?![0-9a-fA-F])"
    r"|0{0,8}((?:[12]?\d|3[01]|5[5-7]\d{3}|6553[45]|\d{7,10}))(?!\d));?"
)


def _valid_char_ref(m: regex.Match) -> str:
    """The reference itself when it names a character XML can hold, else nothing (a
    form feed or vertical tab: a space)."""
    code = int(m.group(1), 16) if m.group(1) is not None else int(m.group(2))
    if code in (0x0B, 0x0C):
        return " "
    if (
        (code < 0x20 and code not in (0x09, 0x0A, 0x0D))
        or 0xD800 <= code <= 0xDFFF
        or code in (0xFFFE, 0xFFFF)
        or code > 0x10FFFF
    ):
        return ""
    return m.group(0)


def _repair(html: str, beginning: str, utf8: bytes | None = None) -> tuple[str, bytes | None]:
    """trafilatura's ``repair_faulty_html``; its search for characters XML cannot hold (a
    full pass of the standard regex engine) replaced by a C-speed test, as they are rare.
    Returns the page and its UTF-8 bytes (None when the repairs changed the page); ``utf8``:
    the decoder's bytes of the page (see :func:`load_html`), neither encoded nor scanned again
    for the controls the decoder has ruled out."""
    if utf8 is not None:
        encoded = utf8
        invalid = any(b in encoded for b in _INVALID_AFTER_DECODE)
    else:
        encoded = html.encode("utf-8", "surrogatepass")
        invalid = len(encoded.translate(None, _INVALID_XML_BYTES)) != len(encoded)
    data: bytes | None = encoded
    if invalid or "\ufffe" in html or "\uffff" in html:
        html, data = traf.INVALID_XML_CHARS.sub("", html), None
    if "&#" in html:
        # the parser turns "&#1;" or "&#xFFFE;" into the character itself, which lxml then
        # refuses to copy ("All strings must be XML compatible"): such references go first
        fixed = _CHAR_REF.sub(_valid_char_ref, html)
        if fixed != html:
            html, data = fixed, None
    if "doctype" in beginning:
        # (a page is copied only when its first line changes)
        end = html.find("\n")
        firstline = html if end < 0 else html[:end]
        fixed = traf.DOCTYPE_TAG.sub("", firstline, count=1)
        if end < 0:
            html, data = fixed + "\n", None
        elif fixed != firstline:
            html, data = fixed + html[end:], None
    for line in html[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            html, data = traf.FAULTY_HTML.sub(r"\1>", html, count=1), None
            break
    return html, data


def _from_bytes(html: str, data: bytes | None = None) -> Any:
    """The tree of the page's UTF-8 bytes (``data`` when the caller has them), or None."""
    try:
        return lxml.html.fromstring(data if data is not None else html.encode("utf8", "surrogatepass"), parser=_PARSER)
    except Exception:
        return None

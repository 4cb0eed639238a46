"""HTML or visible text?

>>> detect_kind("<!doctype html><html><body><p>Hi</p></body></html>")
'html'
>>> detect_kind("Storm closes schools\\nBy Ann Lee")
'text'
"""

from __future__ import annotations

from typing import Literal

import regex

#: What a page is given as: markup, or the text a reader sees.
Kind = Literal["html", "text"]

_HTML_START = regex.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|\?xml)\b", regex.IGNORECASE | regex.DOTALL
)
_TAG = regex.compile(
    r"</?(?:p|div|span|a|br|li|ul|h[1-6]|article|section|script|style|table|td|img)\b[^>]{0,500}>", regex.IGNORECASE
)


def detect_kind(text: str) -> Kind:
    """``"html"`` when the text is markup, ``"text"`` when it is visible text."""
    head = text[:2048]
    if _HTML_START.match(head):
        return "html"
    sample = text[:20_000]
    tags = len(_TAG.findall(sample))
    # visible text can mention a tag or two; markup has many, densely
    if tags >= 5 and tags * 4000 >= len(sample):
        return "html"
    return "text"

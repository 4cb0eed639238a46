"""A story the page ships only inside its scripts, as the HTML a script will render.

Single-page apps (React, Next.js, Nuxt ...) often send the article as data: a JSON object
in an inline ``<script>`` whose string value is the story's HTML ("<p>The council voted
...</p><p>...</p>"), escaped ("\\u003cp\\u003e..."). A browser without the script, and
trafilatura, see an empty page. When the page's own markup holds no article, the longest
such string, if it reads as a story (paragraphs of prose), is the page's article: the
segmenter gives it to trafilatura as one more candidate for the main content (the same
stages and gate then judge it).

>>> script = 'window.__STATE__ = {"title": "x", "body": "\\\\u003cp\\\\u003e' + "A long sentence of the story. " * 20 + '\\\\u003c/p\\\\u003e\\\\u003cp\\\\u003eMore.\\\\u003c/p\\\\u003e"}'
>>> html = script_payload([script], min_paragraphs=2)
>>> html.startswith("<p>A long sentence")
True
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache

import regex

from newsclean.settings import settings

# a script is searched only when it holds at least this many characters and a marker of
# escaped or plain paragraph markup (cheap substring tests before any regular expression)
_MARKERS = ("\\u003cp", "\\u003Cp", "\\x3cp", "\\x3Cp", "<p>", "<p ")
# a string value is the story when it holds at least this many paragraphs and this many
# characters of text once its markup is stripped (a caption, a teaser or a share text is
# one short paragraph)


@lru_cache(maxsize=4)
def _string(min_chars: int) -> regex.Pattern:
    """A JSON (or JavaScript) string literal, escapes included; ones of ``min_chars`` or more only."""
    return regex.compile(r'"((?:[^"\\\n]|\\.){%d,})"' % min_chars)  # noqa: UP031 (a regex's braces)


_PARAGRAPH = regex.compile(r"<p[\s>]", regex.I)
_TAG = regex.compile(r"<[^<>]{0,2000}>")


def _decode(literal: str) -> str | None:
    """The string a JSON string literal's body stands for, or None."""
    try:
        return json.loads(f'"{literal}"')
    except ValueError:
        return None


def _text_chars(html: str) -> int:
    return len(" ".join(_TAG.sub(" ", html).split()))


def _candidates(text: str, depth: int) -> Iterable[str]:
    """The decoded long string values of ``text`` that hold paragraph markup."""
    for m in _string(settings().payload_min_chars).finditer(text):
        body = m.group(1)
        if not any(marker in body for marker in _MARKERS):
            continue
        value = _decode(body)
        if not value:
            continue
        # a string holding string values of its own (a JSON document) is not the story's
        # HTML itself: the values inside it are the candidates
        inner = list(_candidates(value, depth + 1)) if depth < settings().max_depth and '"' in value else []
        if inner:
            yield from inner
        elif _PARAGRAPH.search(value):
            yield value


def script_payload(
    scripts: Iterable[str], min_paragraphs: int | None = None, min_text: int | None = None
) -> str | None:
    """The longest string value in the scripts that is a story's HTML (at least
    ``min_paragraphs`` paragraphs and ``min_text`` characters of text; by default the settings
    payload_min_paragraphs and payload_min_text), or None."""
    if min_paragraphs is None:
        min_paragraphs = settings().payload_min_paragraphs
    if min_text is None:
        min_text = settings().payload_min_text
    best, best_chars = None, 0
    for script in scripts:
        if len(script) < settings().payload_min_chars or not any(m in script for m in _MARKERS):
            continue
        for html in _candidates(script, 1):
            if len(_PARAGRAPH.findall(html)) < min_paragraphs:
                continue
            chars = _text_chars(html)
            if chars >= min_text and chars > best_chars:
                best, best_chars = html, chars
    return best

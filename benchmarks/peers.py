"""Peer extractors, run in the same process on the same pages as newsclean.

Each tool is a function from the page input (a ``str``) to the predicted body (a ``str``).
Tools are built by :func:`build`, which does the imports, so that import time is kept
out of the speed figures.

For ``--input html``:
  ``trafilatura``            ``trafilatura.extract(html)`` with its defaults
  ``trafilatura-precision``  the same with ``favor_precision=True``
  ``trafilatura-nocomments`` the same with ``include_comments=False`` (the setting of the
                             benchmark's own trafilatura run; on request only)
For ``--input text``:
  ``whole-text``             the visible text unchanged
  ``c4-lines``               a line filter in the style of C4: keep lines that end in
                             . ! ? " or ” and have at least 5 words; drop lines that
                             mention javascript, cookies or lorem ipsum
  ``trafilatura``            trafilatura on the lines wrapped as ``<p>`` paragraphs
"""

from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass
from typing import Callable

Extractor = Callable[[str], str]

_C4_ENDINGS = (".", "!", "?", '"', "\u201d")
_C4_BANNED = re.compile(r"javascript|cookie|lorem ipsum", re.IGNORECASE)
_C4_MIN_WORDS = 5


@dataclass(frozen=True)
class Tool:
    name: str
    input: str
    extract: Extractor
    description: str = ""
    # exceptions that mean "this input is unusable" by the tool's contract: an empty prediction, not an error
    refusals: tuple[type[BaseException], ...] = ()


def whole_text(text: str) -> str:
    """The visible text unchanged."""
    return text


def c4_lines(text: str) -> str:
    """Keep the lines a C4-style filter keeps (sentence-like, >= 5 words, no javascript/cookie/lorem ipsum)."""
    kept = []
    for line in text.splitlines():
        line = line.strip()
        if line.endswith(_C4_ENDINGS) and len(line.split()) >= _C4_MIN_WORDS and not _C4_BANNED.search(line):
            kept.append(line)
    return "\n".join(kept)


def lines_as_html(text: str) -> str:
    """A minimal HTML page with each non-empty line of ``text`` as a ``<p>`` paragraph."""
    paragraphs = "".join(f"<p>{_html.escape(line.strip())}</p>\n" for line in text.splitlines() if line.strip())
    return f"<html><body>\n{paragraphs}</body></html>"


def _trafilatura(**options) -> Extractor:
    import trafilatura

    def run(html: str) -> str:
        return trafilatura.extract(html, **options) or ""

    return run


def _trafilatura_on_lines() -> Extractor:
    on_html = _trafilatura()

    def run(text: str) -> str:
        return on_html(lines_as_html(text))

    return run


# (name, input) -> (factory, description)
_PEERS: dict[tuple[str, str], tuple[Callable[[], Extractor], str]] = {
    ("trafilatura", "html"): (_trafilatura, "trafilatura.extract(html), defaults"),
    ("trafilatura-precision", "html"): (lambda: _trafilatura(favor_precision=True),
                                        "trafilatura.extract(html, favor_precision=True)"),
    ("trafilatura-nocomments", "html"): (lambda: _trafilatura(include_comments=False),
                                         "trafilatura.extract(html, include_comments=False), the benchmark's setting"),
    ("whole-text", "text"): (lambda: whole_text, "the visible text unchanged"),
    ("c4-lines", "text"): (lambda: c4_lines, "C4-style line filter"),
    ("trafilatura", "text"): (_trafilatura_on_lines, "trafilatura on the lines as <p> paragraphs"),
}
# run when --tools is not given; the others on request
_DEFAULT = {("trafilatura", "html"), ("trafilatura-precision", "html"), ("whole-text", "text"),
            ("c4-lines", "text"), ("trafilatura", "text")}
_ALIASES = {"trafilatura-lines": "trafilatura", "c4": "c4-lines", "whole": "whole-text"}


def peer_names(kind: str, default_only: bool = False) -> list[str]:
    """Names of the peers for this input kind, in table order (``default_only``: those run by default)."""
    return [name for name, k in _PEERS if k == kind and (not default_only or (name, k) in _DEFAULT)]


def canonical(name: str) -> str:
    return _ALIASES.get(name, name)


def build(name: str, kind: str) -> Tool:
    """The peer ``name`` for input ``kind`` (imports happen here). Raises KeyError for unknown names."""
    key = (canonical(name), kind)
    if key not in _PEERS:
        raise KeyError(f"no peer {name!r} for --input {kind}; available: {', '.join(peer_names(kind))}")
    factory, description = _PEERS[key]
    return Tool(name=key[0], input=kind, extract=factory(), description=description)


def version(package: str) -> str | None:
    """Installed version of a distribution, or None."""
    from importlib import metadata

    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None

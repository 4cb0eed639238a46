"""The public entry point: :func:`extract`."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import Literal

from newsclean.article import Article
from newsclean.assemble import assemble
from newsclean.document import Document
from newsclean.inputs import DEFAULT_MAX_BYTES, decode_source, detect_kind
from newsclean.metadata import dates
from newsclean.segment import segment_html, segment_text
from newsclean.stages.base import Pipeline
from newsclean.stages.pipelines import html_pipeline, text_pipeline

Kind = Literal["html", "text"]


@lru_cache(maxsize=None)
def _pipeline(kind: str) -> Pipeline:
    # stages are stateless: building them once per process only saves work
    return html_pipeline() if kind == "html" else text_pipeline()


def extract(
    source: str | bytes,
    *,
    url: str | None = None,
    reference_date: date | datetime | None = None,
    kind: Kind | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Extract the article from a page's HTML or its visible text.

    ``source`` is ``str`` or ``bytes`` (bytes are decoded with the page's BOM or
    declared charset, else detected). ``kind`` forces ``"html"`` or ``"text"``;
    by default it is detected. ``reference_date`` anchors relative ages such as
    "5 days ago" (never today's clock). Input above ``max_bytes`` is truncated
    with a warning.

    Raises a subclass of :class:`newsclean.errors.UnusableInputError` for empty or
    binary input. A page without a recognisable article gives an Article with an
    empty body and a warning.

    >>> a = extract("Storm closes schools\\n\\nBy Ann Lee\\n\\n"
    ...             "Heavy snow closed every school in the county on Monday, officials said.")
    >>> a.title, a.authors
    ('Storm closes schools', ['Ann Lee'])
    """
    text, warnings = decode_source(source, max_bytes=max_bytes)
    if kind is None:
        kind = detect_kind(text)  # type: ignore[assignment]
    elif kind not in ("html", "text"):
        raise ValueError(f"kind must be 'html', 'text' or None, not {kind!r}")
    doc = segment_html(text, url=url) if kind == "html" else segment_text(text)
    doc.url = url or doc.url
    doc.reference_date = reference_date
    doc.warnings[:0] = warnings
    _normalise_meta(doc)
    _pipeline(kind).run(doc)
    return assemble(doc)


def _normalise_meta(doc: Document) -> None:
    raw = doc.meta.get("published_raw")
    if raw:
        parsed = dates.parse_date(raw)
        if parsed is not None:
            doc.meta["published"] = parsed
            doc.meta["published_source"] = "html.metadata"

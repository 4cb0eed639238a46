"""The public entry point: :func:`extract`."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from functools import cache, partial
from typing import Any

from newsclean.article import Article
from newsclean.assemble import assemble
from newsclean.document import Document, Label
from newsclean.inputs import DEFAULT_MAX_BYTES, Kind, decode_source_utf8, detect_kind, shrink_payloads
from newsclean.inputs.reference import as_reference_date
from newsclean.language import declared_language
from newsclean.metadata import dates
from newsclean.profile import Profile, SiteProfile, resolve_stage
from newsclean.rules.user import rule_pack
from newsclean.segment import segment_html, segment_text
from newsclean.segment.html import SECOND_LOOK
from newsclean.segment.html_parse import load_html
from newsclean.settings import Settings, as_settings, using
from newsclean.stages.base import Pipeline
from newsclean.stages.html_region import anchor_key, head_only_post, html_list_gate, keep_short_prose, linked_list
from newsclean.stages.pipelines import html_pipeline, text_pipeline


@cache
def _pipeline(kind: str) -> Pipeline:
    # stages are stateless: building them once per process only saves work
    return html_pipeline() if kind == "html" else text_pipeline()


def extract(
    source: str | bytes,
    *,
    url: str | None = None,
    reference_date: date | datetime | str | None = None,
    kind: Kind | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    truncate: bool = True,
    rules: Any = None,
    profile: Profile | SiteProfile | None = None,
    settings: Settings | Mapping[str, Any] | None = None,
) -> Article:
    """Extract the article from a page's HTML or its visible text.

    ``source`` is ``str`` or ``bytes`` (bytes are decoded with the page's BOM or
    declared charset, else detected). ``kind`` forces ``"html"`` or ``"text"``;
    by default it is detected. ``reference_date`` (a ``date``, a ``datetime`` or
    an ISO 8601 string such as ``"2022-01-12"``) anchors relative ages such as
    "5 days ago" (never today's clock); any other value raises
    :class:`newsclean.errors.InvalidReferenceDateError` before any work.

    ``max_bytes`` (default 50 MB; bytes for ``bytes`` input, characters for ``str``)
    bounds the work one page can cost: longer input is truncated to it with a
    warning, or refused with :class:`newsclean.errors.InputTooLargeError` when
    ``truncate=False``; ``None`` disables the limit. Extraction time is linear in
    the input's size.

    ``rules`` adds your own rules for this call only: a mapping
    ``{concern: [phrases or patterns]}``, a rule file (``.json``, ``.toml``,
    ``.txt``), a custom stage, a :class:`newsclean.RulePack`, or a list of these
    (see :mod:`newsclean.rules.user`). ``profile`` is a :class:`newsclean.Profile`
    learned from the site's other pages: its learned chrome is removed with the
    rule ``learned:<site>`` (the site is ``url``'s registered domain, or the key
    bound with :meth:`Profile.for_site`). ``settings`` (a :class:`newsclean.Settings`, or
    a mapping of the thresholds to change, such as ``{"story_follows_words": 60}``) sets
    the thresholds of this call (see :mod:`newsclean.settings`). None of these changes
    any global state.

    Raises a subclass of :class:`newsclean.errors.UnusableInputError` for empty or
    binary input. A page without a recognisable article gives an Article with an
    empty body and a warning.

    >>> a = extract("Storm closes schools\\n\\nBy Ann Lee\\n\\n"
    ...             "Heavy snow closed every school in the county on Monday, officials said.")
    >>> a.title, a.authors
    ('Storm closes schools', ['Ann Lee'])
    """
    # the arguments are checked at the call, before any work (a wrong one is the caller's mistake)
    reference_date = as_reference_date(reference_date)
    if kind not in (None, "html", "text"):
        raise ValueError(f"kind must be 'html', 'text' or None, not {kind!r}")
    chosen = as_settings(settings)
    with using(chosen):
        return _extract(source, url, reference_date, kind, max_bytes, truncate, rules, profile)


def _extract(
    source: str | bytes,
    url: str | None,
    reference_date: date | datetime | None,
    kind: Kind | None,
    max_bytes: int | None,
    truncate: bool,
    rules: Any,
    profile: Profile | SiteProfile | None,
) -> Article:
    # (the text's UTF-8 bytes, made by the decoder's checks, are the HTML parser's input too)
    text, warnings, utf8 = decode_source_utf8(source, max_bytes=max_bytes, truncate=truncate)
    if kind is None:
        kind = detect_kind(text)
    if kind == "html":
        # multi-megabyte inline scripts/styles/data: URIs would break the HTML parser
        text, shrunk = shrink_payloads(text)
        if shrunk:
            utf8 = None
            warnings.append(f"{shrunk:,} characters of oversized inline script/style/data: URI content ignored")
    doc = _segment(text, kind, url, reference_date, warnings, utf8)
    pipeline = _call_pipeline(kind, rules, profile, doc)
    pipeline.run(doc)
    looks = doc.found.pop(SECOND_LOOK, None)
    if looks is not None and not _has_body(doc):
        # no article in the first choice of main content: the page's other candidates
        for other in looks():
            other.reference_date = reference_date
            other.warnings[:0] = warnings
            pipeline.run(other)
            if _has_body(other):
                other.warn("the first choice of main content held no article; another candidate was taken")
                doc = other
                break
    # every candidate failed and the first held only a few sentences: they are the page's text
    short = kind == "html" and not _has_body(doc) and keep_short_prose(doc)
    if kind == "html" and not short and not _has_body(doc) and any(b.reason == "gate.link_list" for b in doc.blocks):
        # every candidate failed and the first was a list without prose: the list is the page's
        # content (a body is empty only when the page has none)
        listed = _segment(text, kind, url, reference_date, warnings, utf8)
        pipeline.replace("article_gate", html_list_gate).run(listed)
        listed.found.pop(SECOND_LOOK, None)
        if _has_body(listed) and not linked_list(listed, _anchor_texts(text)):
            listed.warn("the page's main content is a list without a sentence of prose; it is the body")
            doc = listed
    if kind == "html" and not _has_body(doc):
        head_only_post(doc)
    return assemble(doc)


def _anchor_texts(html: str) -> frozenset[str]:
    """The texts of the page's links, as keys (see :func:`anchor_key`)."""
    tree = load_html(html)
    if tree is None:
        return frozenset()
    return frozenset(anchor_key(a.text_content()) for a in tree.iter("a"))


def _segment(
    text: str,
    kind: Kind,
    url: str | None,
    reference_date: date | datetime | None,
    warnings: list[str],
    utf8: bytes | None = None,
) -> Document:
    doc = segment_html(text, url=url, utf8=utf8) if kind == "html" else segment_text(text)
    doc.url = url or doc.url
    doc.reference_date = reference_date
    doc.warnings[:0] = warnings
    _normalise_meta(doc)
    if kind == "html":
        # scanned only when the language stage needs it (a short body, or no guess)
        doc.meta.setdefault("declared_language", partial(declared_language, text))
    return doc


def _has_body(doc: Document) -> bool:
    return any(b.label == Label.BODY and b.text for b in doc.blocks)


def _call_pipeline(kind: str, rules: Any, profile: Profile | SiteProfile | None, doc: Document) -> Pipeline:
    """The cached default pipeline, or a per-call copy with the user's rules and profile."""
    pipeline = _pipeline(kind)
    if rules is not None:
        pipeline = rule_pack(rules).pipeline(pipeline)
    if profile is not None:
        learned = resolve_stage(profile, doc)
        if learned is not None:
            pipeline = pipeline.insert_after("chrome_rules", learned)
    return pipeline


def _normalise_meta(doc: Document) -> None:
    raw = doc.meta.get("published_raw")
    if raw and doc.meta.get("published") is None:
        parsed = dates.parse_date(raw)
        if parsed is not None:
            doc.meta["published"] = parsed
            doc.meta["published_source"] = "html.metadata"

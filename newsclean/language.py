"""``Article.language``: the page's language as an ISO 639-1 code.

The guess comes from the article's own body text, classified by ``py3langid`` (a
maintained fork of langid.py: a naive-Bayes model over byte n-grams for 97
languages, shipped inside the package; no download). The model loads on first use,
once per process (about two seconds), and classifying a body takes well under a
millisecond; only the first ``sample_chars`` characters of the body are read.

A short body (under ``language_min_letters`` letters) says too little: then the language
the page declares (``<html lang>``, ``og:locale``, ``content-language``; HTML input
only) is used, else the guess is kept only when the model is confident.

>>> detect_language("Die Brauerei kündigte an, die betroffenen Module bis zum Sommer nachzurüsten.")
'de'
>>> declared_language('<html lang="pt-BR"><head></head>')
'pt'
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import regex

from newsclean.document import Document, Label
from newsclean.settings import settings
from newsclean.stages.base import stage

_LETTER = regex.compile(r"\p{L}")


@lru_cache(maxsize=8)
def _enough_letters(count: int) -> regex.Pattern:
    """At least ``count`` letters (a bounded match: counting every letter cost a tenth of a
    millisecond a page); one pattern per value of the setting."""
    return regex.compile(r"(?:\P{L}*+\p{L}){%d}" % count)  # noqa: UP031 (a regex's braces)


# attribute runs are bounded so a page of unclosed tags cannot make the scan quadratic
_HTML_LANG = regex.compile(r"<html\b[^>]{0,400}?\blang\s*=\s*[\"']?\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?", regex.I)
_META_LANG = regex.compile(
    r"<meta\b[^>]{0,400}?(?:http-equiv\s*=\s*[\"']?content-language|property\s*=\s*[\"']?og:locale)[\"']?[^>]{0,400}?"
    r"\bcontent\s*=\s*[\"']?\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?",
    regex.I,
)
_META_LANG_REV = regex.compile(
    r"<meta\b[^>]{0,400}?\bcontent\s*=\s*[\"']?\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?[\"']?[^>]{0,400}?"
    r"(?:http-equiv\s*=\s*[\"']?content-language|property\s*=\s*[\"']?og:locale)",
    regex.I,
)


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def classify(text: str) -> tuple[str, float] | None:
    """``(language, probability)`` for ``text``, or None when it holds no letters."""
    sample = text[: settings().sample_chars]
    if not _LETTER.search(sample):
        return None
    lang, prob = _identifier().classify(sample)
    return str(lang), float(prob)


def detect_language(text: str) -> str | None:
    """The language of ``text``, or None when it is too short to tell."""
    found = classify(text)
    if found is None:
        return None
    lang, prob = found
    if prob < settings().min_confidence and not _enough_letters(settings().language_min_letters).match(
        text[: settings().sample_chars]
    ):
        return None
    return lang


def declared_language(html: str) -> str | None:
    """The language an HTML page declares for itself, lower-cased (``pt-BR`` -> ``pt``)."""
    head = html[: settings().declared_scan_chars]
    for pat in (_HTML_LANG, _META_LANG, _META_LANG_REV):
        m = pat.search(head)
        if m:
            return m.group(1).lower()
    return None


@stage(
    "language",
    may_read=["found.title", "meta.declared_language", "meta.language"],
    assigns=["meta.declared_language", "meta.language"],
)
def language(doc: Document) -> None:
    """Set ``doc.meta["language"]`` from the body (else the title), or the declared language."""
    if doc.meta.get("language"):
        return
    parts: list[str] = []
    size = 0
    for b in doc.blocks:
        if b.label == Label.BODY:
            parts.append(b.text)
            size += len(b.text) + 1
            if size >= settings().sample_chars:
                break
    body = "\n".join(parts)
    text = body or str(doc.found.get("title") or "")
    if not _enough_letters(settings().language_min_letters).match(text[: settings().sample_chars]):
        declared = _declared(doc)
        if declared:
            doc.meta["language"] = declared
            return
    guess = detect_language(text) if text else None
    doc.meta["language"] = guess or _declared(doc)


def _declared(doc: Document) -> str | None:
    """``doc.meta["declared_language"]``; a callable there (the HTML path's lazy scan of the
    page, needed on few pages) is called once and replaced by its answer."""
    declared = doc.meta.get("declared_language")
    if callable(declared):
        declared = doc.meta["declared_language"] = declared()
    return declared

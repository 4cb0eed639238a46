"""End-to-end test: every page in ``samples/`` against the expected JSON written with it.

Each ``samples/<name>.expected.json`` describes the truth decided by the person who wrote
``samples/<name>.txt`` or ``samples/<name>.html`` (see ``samples/README.md``). Only the keys
present in the JSON are checked. One parametrised test per sample; a failing sample reports
every mismatching key at once (with a diff of the body paragraphs), not only the first.
"""

from __future__ import annotations

import difflib
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

import newsclean

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SUFFIX = ".expected.json"

# keys that drive the call rather than being checked against the Article
CALL_KEYS = {"kind", "reference_date", "url"}
CHECK_KEYS = {
    "title", "authors", "published", "dateline", "body_paragraphs", "headings", "captions_contain",
    "tags", "source", "author_bio_contains", "must_not_contain", "empty_body", "language",
    "completeness", "original_url",
}


def _norm(text: str | None) -> str | None:
    """Whitespace normalisation: every run of whitespace becomes one space, ends stripped."""
    return None if text is None else " ".join(text.split())


def _names() -> list[str]:
    return sorted(p.name[: -len(SUFFIX)] for p in SAMPLES.glob("*" + SUFFIX))


def _page_path(name: str) -> Path:
    found = [p for p in (SAMPLES / f"{name}.txt", SAMPLES / f"{name}.html") if p.exists()]
    assert len(found) == 1, f"sample {name!r} needs exactly one page file (.txt or .html), found {found}"
    return found[0]


def _expected(name: str) -> dict[str, Any]:
    return json.loads((SAMPLES / f"{name}{SUFFIX}").read_text(encoding="utf-8"))


def _when(value: str) -> date | datetime:
    return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)


def _extract(name: str, expected: dict[str, Any]) -> newsclean.Article:
    path = _page_path(name)
    kind = expected["kind"]
    # HTML goes in as bytes (the library decodes it with the page's charset); text as str
    source: str | bytes = path.read_bytes() if kind == "html" else path.read_text(encoding="utf-8")
    ref = expected.get("reference_date")
    return newsclean.extract(source, kind=kind, url=expected.get("url"),
                             reference_date=_when(ref) if ref else None)


def _check_published(want: str | None, got: date | datetime | None) -> str | None:
    if want is None:
        return None if got is None else f"published: expected None, got {got!r}"
    if got is None:
        return f"published: expected {want}, got None"
    expected = _when(want)
    if isinstance(expected, datetime):
        if not isinstance(got, datetime) or got != expected:
            return f"published: expected {expected.isoformat()}, got {got.isoformat()}"
        return None
    got_day = got.date() if isinstance(got, datetime) else got
    if got_day != expected:
        return f"published: expected {expected.isoformat()}, got {got.isoformat()}"
    return None


def _compare(expected: dict[str, Any], article: newsclean.Article) -> list[str]:
    """Every mismatch between the expected keys and the article, as readable lines."""
    problems: list[str] = []
    body_texts = [_norm(b.text) for b in article.blocks]

    if "title" in expected and _norm(article.title) != _norm(expected["title"]):
        problems.append(f"title: expected {expected['title']!r}, got {article.title!r}")
    if "authors" in expected:
        want = [_norm(a) for a in expected["authors"]]
        got = [_norm(a) for a in article.authors]
        if got != want:
            problems.append(f"authors: expected {want}, got {got}")
    if "published" in expected:
        problem = _check_published(expected["published"], article.published)
        if problem:
            problems.append(problem)
    if "dateline" in expected and _norm(article.dateline) != _norm(expected["dateline"]):
        problems.append(f"dateline: expected {expected['dateline']!r}, got {article.dateline!r}")
    if "body_paragraphs" in expected:
        want = [_norm(p) for p in expected["body_paragraphs"]]
        if body_texts != want:
            diff = "\n".join(difflib.unified_diff(want, body_texts, "expected", "got", lineterm="", n=1))
            problems.append(f"body_paragraphs: expected {len(want)} paragraphs, got {len(body_texts)}\n{diff}")
    if "headings" in expected:
        want = [_norm(h) for h in expected["headings"]]
        got = [_norm(b.text) for b in article.blocks if b.kind == "heading"]
        if got != want:
            problems.append(f"headings: expected {want}, got {got}")
    if "captions_contain" in expected:
        captions = [_norm(c) or "" for c in article.captions]
        for piece in expected["captions_contain"]:
            if not any(_norm(piece) in c for c in captions):
                problems.append(f"captions_contain: {piece!r} in no caption; captions = {article.captions}")
    if "tags" in expected:
        # tags are a set: their order on the page carries no meaning
        want_tags = sorted({_norm(t) or "" for t in expected["tags"]})
        got_tags = sorted({_norm(t) or "" for t in article.tags})
        if got_tags != want_tags:
            problems.append(f"tags: expected {want_tags}, got {got_tags}")
    if "source" in expected and _norm(article.source) != _norm(expected["source"]):
        problems.append(f"source: expected {expected['source']!r}, got {article.source!r}")
    if "author_bio_contains" in expected:
        piece = _norm(expected["author_bio_contains"]) or ""
        if piece not in (_norm(article.author_bio) or ""):
            problems.append(f"author_bio_contains: {piece!r} not in author_bio {article.author_bio!r}")
    if "must_not_contain" in expected:
        body = _norm(article.body) or ""
        for chrome in expected["must_not_contain"]:
            if _norm(chrome) in body:
                problems.append(f"must_not_contain: chrome {chrome!r} is in the body")
    if expected.get("empty_body"):
        if article.body or article.blocks:
            head = " | ".join(t for t in body_texts[:5] if t)
            problems.append(f"empty_body: expected no body, got {len(article.blocks)} blocks: {head[:400]}")
        if not article.warnings:
            problems.append("empty_body: an article with no body must carry a warning, got none")
    if "completeness" in expected and article.completeness != expected["completeness"]:
        problems.append(f"completeness: expected {expected['completeness']!r}, got {article.completeness!r}"
                        f" (warnings: {article.warnings})")
    if "original_url" in expected and article.original_url != expected["original_url"]:
        problems.append(f"original_url: expected {expected['original_url']!r}, got {article.original_url!r}")
    if "language" in expected and article.language != expected["language"]:
        problems.append(f"language: expected {expected['language']!r}, got {article.language!r}")
    return problems


# samples that mark a gap the library does not close yet: kept with their truth (never weakened)
# and expected to fail (strict: a fix makes the test pass and the entry must go)
KNOWN_GAPS: dict[str, str] = {}


def _params() -> list:
    return [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[n])) if n in KNOWN_GAPS else n
            for n in _names()]


@pytest.mark.parametrize("name", _params())
def test_sample(name: str) -> None:
    expected = _expected(name)
    article = _extract(name, expected)
    problems = _compare(expected, article)
    assert not problems, f"sample {name}:\n" + "\n".join(problems)


def test_samples_are_well_formed() -> None:
    """The fixtures themselves: known keys, kind matching the file, enough variety."""
    names = _names()
    assert len(names) >= 12, f"expected at least 12 samples, found {len(names)}"
    kinds: dict[str, int] = {"html": 0, "text": 0}
    languages = set()
    for name in names:
        expected = _expected(name)
        unknown = set(expected) - CALL_KEYS - CHECK_KEYS
        assert not unknown, f"{name}: unknown keys {sorted(unknown)}"
        assert expected.get("kind") in kinds, f"{name}: kind must be 'html' or 'text'"
        suffix = _page_path(name).suffix
        assert suffix == (".html" if expected["kind"] == "html" else ".txt"), f"{name}: kind/extension mismatch"
        kinds[expected["kind"]] += 1
        assert set(expected) & CHECK_KEYS, f"{name}: checks nothing"
        if expected.get("empty_body"):
            assert not expected.get("body_paragraphs"), f"{name}: empty_body with body paragraphs"
        else:
            assert expected.get("body_paragraphs"), f"{name}: an article sample must list its body paragraphs"
        if "published" in expected and expected["published"] is not None:
            _when(expected["published"])  # raises on a malformed date
        languages.add(expected.get("language", "en"))
    assert kinds["html"] >= 4, f"expected at least 4 HTML samples, found {kinds['html']}"
    assert len(languages - {"en"}) >= 2, f"expected at least 2 non-English samples, found {languages}"

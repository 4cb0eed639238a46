"""Shared checks of the fuzz harnesses (not a test module: run by fuzz_text.py / fuzz_html.py).

A finding is anything other than an Article or a :class:`newsclean.errors.NewscleanError`:
an uncaught exception, an Article whose JSON does not round-trip, or a hang (libFuzzer's
``-timeout`` flag reports an input that runs too long).
"""

from __future__ import annotations

from newsclean import extract
from newsclean.article import Article
from newsclean.errors import NewscleanError


def warm_up() -> None:
    """Build every lazily compiled vocabulary and model once, before the fuzzer times inputs."""
    from pathlib import Path

    samples = Path(__file__).resolve().parent.parent / "samples"
    for page in sorted(samples.glob("*.*")):
        if page.suffix in (".txt", ".html"):
            check(page.read_bytes(), None)


def check(source: str | bytes, kind: str | None) -> None:
    try:
        article = extract(source, kind=kind)  # type: ignore[arg-type]
    except NewscleanError as exc:
        if not str(exc):
            raise AssertionError(f"{type(exc).__name__} raised without a message") from exc
        return
    assert isinstance(article, Article)
    again = Article.model_validate_json(article.model_dump_json())
    assert again == article, "Article JSON does not round-trip"
    for block in article.blocks:
        assert block.text and block.text == block.text.strip(), f"untrimmed or empty block {block.text!r}"

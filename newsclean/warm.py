"""Warming newsclean up in a parent process before it forks workers.

The extractor loads its rules and language model lazily, on first use. Loading them once in
the parent (the batch runner, a datatrove pipeline, a fork server) lets forked workers share
them copy-on-write instead of each loading its own copy: less memory, and a recycled worker
starts warm.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsclean.inputs.detect import Kind

_WARM_TEXT = "Warm-up page\n\nBy A Writer\n\n" + "The workers load their rules and models once, before forking. " * 6
_WARM_HTML = f"<html><head><title>Warm-up</title></head><body><article><p>{_WARM_TEXT}</p></article></body></html>"
# set once the caches are loaded: a process warms up once, whoever asks
_warmed = False


def warm_up(extractor: Callable[..., Any] | None = None) -> None:
    """Load newsclean's lazy caches by extracting two small pages (text and HTML) once per
    process. A custom ``extractor`` is the caller's business: nothing is done for it."""
    global _warmed
    if _warmed or extractor is not None:
        return
    _warmed = True
    from newsclean.api import extract

    pages: tuple[tuple[str, Kind], ...] = ((_WARM_TEXT, "text"), (_WARM_HTML, "html"))
    for page, kind in pages:
        try:
            extract(page, kind=kind)
        except Exception:  # a failed warm-up only costs the workers their shared caches
            pass

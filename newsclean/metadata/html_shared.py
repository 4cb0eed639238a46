"""Small helpers the readers of a page's declared and shown metadata share: whitespace and
matching keys of texts, the date value type."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import regex

DateValue = datetime | date

_WS = regex.compile(r"\s+")

_KEY = regex.compile(r"[^\p{L}\p{N}]+")


def _norm(text: Any) -> str:
    return _WS.sub(" ", text if isinstance(text, str) else "").strip()


def _key(text: str) -> str:
    return _KEY.sub("", text.casefold())

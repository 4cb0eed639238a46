"""Public entry point (being written: the pipeline lands in the next commit)."""
from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from newsclean.article import Article


def extract(source: str | bytes, *, url: str | None = None, reference_date: date | datetime | None = None,
            kind: Literal["html", "text"] | None = None) -> Article:
    raise NotImplementedError("pipeline lands in the next commit")

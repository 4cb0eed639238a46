"""The records of a batch: a page to clean (:class:`Page`), its result (:class:`PageResult`,
flat columns for tables) and the run's summary (:class:`BatchSummary`).

Split from :mod:`newsclean.batch` along its seams.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from newsclean.article import Article

Status = Literal["ok", "empty", "error"]


ErrorMode = Literal["record", "raise", "skip"]


#: Record keys tried, in this order, for the page when ``field`` is not given.
PAGE_FIELDS = ("html", "text", "source", "page", "content", "raw_html")


_FIELD_KIND = {"html": "html", "raw_html": "html", "text": "text"}


@dataclass(frozen=True)
class Page:
    """One page to clean: the page itself (``source``) or a file ``path`` to read it from.

    Readers in :mod:`newsclean.corpus` yield these; ``extract_many`` also accepts
    plain strings, bytes, paths and mappings. ``error`` marks an item that could
    not even be read (a malformed JSONL line): it is reported, never dropped.
    """

    id: str
    source: str | bytes | None = None
    path: str | None = None
    url: str | None = None
    reference_date: date | datetime | None = None
    kind: Literal["html", "text"] | None = None
    error: tuple[str, str] | None = None


@dataclass(frozen=True)
class PageResult:
    """The outcome for one input item.

    ``status`` is ``"ok"`` (an article body was found), ``"empty"`` (a valid page
    without a recognisable article: ``article`` is set, its body is empty) or
    ``"error"`` (``article`` is None; ``error_type``/``error_message`` say why).
    ``seconds`` is the time spent on the page; ``index`` its position in the input.
    """

    id: str
    index: int
    status: Status
    url: str | None = None
    article: Article | None = None
    error_type: str | None = None
    error_message: str | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def to_record(self) -> dict[str, Any]:
        """A flat, JSON-ready dict: the result fields, then every Article field.

        ``url`` is the page's URL as given with the input, else the one the
        article found in the page. Article fields are None (or empty) on errors.
        """
        rec: dict[str, Any] = {
            "id": self.id,
            "url": self.url,
            "status": self.status,
            "error_type": self.error_type,
            "error_message": self.error_message,
            "seconds": round(self.seconds, 6),
        }
        if self.article is not None:
            data = self.article.model_dump(mode="json")
            url = data.pop("url", None)
            rec["url"] = self.url or url
            rec.update(data)
        else:
            for name in article_columns():
                rec[name] = None
        return rec


def article_columns() -> list[str]:
    """Names of the Article fields that :meth:`PageResult.to_record` adds (all but ``url``)."""
    return [name for name in Article.model_fields if name != "url"]


def record_columns() -> list[str]:
    """Column order of :meth:`PageResult.to_record`."""
    return ["id", "url", "status", "error_type", "error_message", "seconds", *article_columns()]


@dataclass
class BatchSummary:
    """Counts for a batch; ``pages == cleaned + empty + errors`` at every moment."""

    pages: int = 0
    cleaned: int = 0
    empty: int = 0
    errors: int = 0
    seconds: float = 0.0
    error_types: Counter = field(default_factory=Counter)

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds > 0 else 0.0

    def add(self, result: PageResult) -> None:
        self.pages += 1
        if result.status == "ok":
            self.cleaned += 1
        elif result.status == "empty":
            self.empty += 1
        else:
            self.errors += 1
            self.error_types[result.error_type or "Error"] += 1

    def __str__(self) -> str:
        text = (
            f"{self.pages} pages: {self.cleaned} cleaned, {self.empty} empty, {self.errors} errors"
            f" in {self.seconds:.1f} s ({self.pages_per_second:.1f} pages/s)"
        )
        if self.error_types:
            text += " [" + ", ".join(f"{k}: {v}" for k, v in self.error_types.most_common()) + "]"
        return text


# (seq, id, url, source, path, reference_date, kind)
_Task = tuple

"""Clean pages inside a Scrapy crawl: an item pipeline (needs the ``scrapy`` extra).

Enable it in your project's ``settings.py`` and let the spider put the page in an item::

    # settings.py
    ITEM_PIPELINES = {"newsclean.scrapy.NewscleanPipeline": 300}
    NEWSCLEAN_SOURCE_FIELD = "html"          # the item field holding the page (the default)

    # the spider
    def parse(self, response):
        yield {"url": response.url, "html": response.text}
        # or hand over the response itself: its text, URL and Date header are used,
        # and the field is removed from the item (a response cannot be exported)
        yield {"html": response}

Each item gets the Article fields named by ``NEWSCLEAN_FIELDS`` (JSON-ready values:
dates as ISO strings, contributors as dicts), a status (``ok``, ``empty`` or
``error``) and, for an error, its type and message. A page that cannot be cleaned
never stops the crawl: by default the item is kept with the error recorded and a
warning logged (``NEWSCLEAN_ON_ERROR = "keep"``), or dropped with Scrapy's
``DropItem`` (``"drop"``); pages without an article body likewise
(``NEWSCLEAN_ON_EMPTY``). Counts go to the crawl stats under ``newsclean/``.

Settings (all optional; see :data:`DEFAULTS`):

``NEWSCLEAN_SOURCE_FIELD``
    item field holding the page: ``str`` or ``bytes`` (HTML or visible text), or a
    ``scrapy.http.Response``. Items without it pass through untouched (counted as
    ``newsclean/no_source``; a warning is logged once).
``NEWSCLEAN_URL_FIELD``
    item field holding the page's URL (set from the response when missing).
``NEWSCLEAN_KIND``
    ``"html"`` or ``"text"``; detected per page when None.
``NEWSCLEAN_REFERENCE_DATE``
    anchors relative ages ("3 days ago"): ``"crawl"`` (default) uses the crawl
    time, that is the response's ``Date`` header when the item holds the response
    (right for replays from Scrapy's HTTP cache too), else the time the pipeline
    sees the item (UTC); ``None`` uses none; a date, datetime or ISO string fixes
    one. An item's own ``NEWSCLEAN_REFERENCE_DATE_FIELD`` value (default
    ``"reference_date"``) wins.
``NEWSCLEAN_FIELDS``
    the Article fields to set (default: everything but ``blocks`` and ``removed``).
``NEWSCLEAN_FIELD_PREFIX``
    prefix of those item fields (e.g. ``"article_"``); default none.
``NEWSCLEAN_STATUS_FIELD`` / ``NEWSCLEAN_ERROR_FIELD``
    where the status and ``"ErrorType: message"`` go (None: not set).
``NEWSCLEAN_ON_ERROR`` / ``NEWSCLEAN_ON_EMPTY``
    ``"keep"`` or ``"drop"``.
``NEWSCLEAN_KEEP_SOURCE``
    False removes the page from the item once cleaned (smaller feeds).
``NEWSCLEAN_RULES`` / ``NEWSCLEAN_PROFILE``
    a rule pack (file path or list of paths) and a saved :class:`newsclean.Profile`
    (file path), loaded once when the crawl starts.
``NEWSCLEAN_MAX_BYTES``
    the per-page size limit passed to :func:`newsclean.extract`.

``scrapy.Item`` classes must declare the fields the pipeline sets;
:class:`ArticleItem` declares them for the default settings. Extraction runs in
the crawl's thread and takes about 10-50 ms for a typical page.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any

import scrapy
from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem
from scrapy.http import Response, TextResponse

from newsclean.api import extract
from newsclean.article import Article
from newsclean.inputs import DEFAULT_MAX_BYTES, Kind
from newsclean.inputs.reference import as_reference_date

logger = logging.getLogger(__name__)

#: Article fields set on each item unless ``NEWSCLEAN_FIELDS`` says otherwise: all but the
#: bulky ``blocks`` (the body again, split) and ``removed`` (every removed block's text)
DEFAULT_FIELDS = tuple(name for name in Article.model_fields if name not in ("blocks", "removed", "url"))

#: every setting the pipeline reads, with its default
DEFAULTS: dict[str, Any] = {
    "NEWSCLEAN_SOURCE_FIELD": "html",
    "NEWSCLEAN_URL_FIELD": "url",
    "NEWSCLEAN_KIND": None,
    "NEWSCLEAN_REFERENCE_DATE": "crawl",
    "NEWSCLEAN_REFERENCE_DATE_FIELD": "reference_date",
    "NEWSCLEAN_FIELDS": DEFAULT_FIELDS,
    "NEWSCLEAN_FIELD_PREFIX": "",
    "NEWSCLEAN_STATUS_FIELD": "newsclean_status",
    "NEWSCLEAN_ERROR_FIELD": "newsclean_error",
    "NEWSCLEAN_ON_ERROR": "keep",
    "NEWSCLEAN_ON_EMPTY": "keep",
    "NEWSCLEAN_KEEP_SOURCE": True,
    "NEWSCLEAN_RULES": None,
    "NEWSCLEAN_PROFILE": None,
    "NEWSCLEAN_MAX_BYTES": DEFAULT_MAX_BYTES,
}

_CRAWL = "crawl"
_POLICIES = ("keep", "drop")


class NewscleanPipeline:
    """A Scrapy item pipeline that cleans the page in an item into Article fields on the item."""

    def __init__(
        self,
        *,
        source_field: str = "html",
        url_field: str = "url",
        kind: Kind | None = None,
        reference_date: Any = _CRAWL,
        reference_date_field: str | None = "reference_date",
        fields: tuple[str, ...] | list[str] = DEFAULT_FIELDS,
        field_prefix: str = "",
        status_field: str | None = "newsclean_status",
        error_field: str | None = "newsclean_error",
        on_error: str = "keep",
        on_empty: str = "keep",
        keep_source: bool = True,
        rules: Any = None,
        profile: Any = None,
        max_bytes: int | None = DEFAULT_MAX_BYTES,
        stats: Any = None,
    ) -> None:
        if kind not in (None, "html", "text"):
            raise ValueError(f"NEWSCLEAN_KIND must be 'html', 'text' or None, not {kind!r}")
        for name, value in (("NEWSCLEAN_ON_ERROR", on_error), ("NEWSCLEAN_ON_EMPTY", on_empty)):
            if value not in _POLICIES:
                raise ValueError(f"{name} must be 'keep' or 'drop', not {value!r}")
        unknown = [f for f in fields if f not in Article.model_fields]
        if unknown:
            raise ValueError(
                f"NEWSCLEAN_FIELDS: {', '.join(map(repr, unknown))} not Article fields"
                f" (choose from {', '.join(Article.model_fields)})"
            )
        if isinstance(reference_date, str) and reference_date.strip().lower() in ("", "none"):
            reference_date = None
        if reference_date != _CRAWL:
            reference_date = as_reference_date(reference_date, name="NEWSCLEAN_REFERENCE_DATE")
        self.source_field, self.url_field, self.kind = source_field, url_field, kind
        self.reference_date, self.reference_date_field = reference_date, reference_date_field
        self.fields, self.prefix = tuple(fields), field_prefix
        self.status_field, self.error_field = status_field, error_field
        self.on_error, self.on_empty, self.keep_source = on_error, on_empty, keep_source
        self.options: dict[str, Any] = {"max_bytes": max_bytes}
        if rules:
            from newsclean.rules.user import rule_pack

            self.options["rules"] = rule_pack(rules)  # read and compiled once, errors at start-up
        if profile:
            from newsclean.profile import Profile

            self.options["profile"] = profile if isinstance(profile, Profile) else Profile.load(profile)
        self.stats = stats
        self._warned: set[Any] = set()

    @classmethod
    def from_crawler(cls, crawler: Any) -> NewscleanPipeline:
        s = crawler.settings

        def get(name: str) -> Any:
            # Settings.get() gives the default for a setting set to None; None is a choice here
            return s[name] if name in s else DEFAULTS[name]

        fields = s.getlist("NEWSCLEAN_FIELDS") if s.get("NEWSCLEAN_FIELDS") is not None else DEFAULT_FIELDS
        rules = get("NEWSCLEAN_RULES")
        max_bytes = get("NEWSCLEAN_MAX_BYTES")
        return cls(
            source_field=get("NEWSCLEAN_SOURCE_FIELD"),
            url_field=get("NEWSCLEAN_URL_FIELD"),
            kind=get("NEWSCLEAN_KIND") or None,
            reference_date=get("NEWSCLEAN_REFERENCE_DATE"),
            reference_date_field=get("NEWSCLEAN_REFERENCE_DATE_FIELD") or None,
            fields=fields,
            field_prefix=get("NEWSCLEAN_FIELD_PREFIX") or "",
            status_field=get("NEWSCLEAN_STATUS_FIELD") or None,
            error_field=get("NEWSCLEAN_ERROR_FIELD") or None,
            on_error=get("NEWSCLEAN_ON_ERROR"),
            on_empty=get("NEWSCLEAN_ON_EMPTY"),
            keep_source=s.getbool("NEWSCLEAN_KEEP_SOURCE", True),
            rules=s.getlist("NEWSCLEAN_RULES") if isinstance(rules, str) else rules,
            profile=get("NEWSCLEAN_PROFILE"),
            max_bytes=None if max_bytes in (None, "", "none", "None") else int(max_bytes),
            stats=crawler.stats,
        )

    # Scrapy >= 2.13 calls process_item(item); older versions pass the spider too
    def process_item(self, item: Any, spider: Any = None) -> Any:
        adapter = ItemAdapter(item)
        if self.source_field not in adapter or adapter.get(self.source_field) is None:
            self._count("no_source")
            self._warn_once(
                ("no_source", type(item)),
                "newsclean: %s items without a %r field pass through uncleaned",
                type(item).__name__,
                self.source_field,
            )
            return item
        try:
            status, article, error = self._clean(adapter)
        except Exception as exc:  # a bug or a broken item must not stop the crawl
            status, article, error = "error", None, f"{type(exc).__name__}: {exc}"
            self._count("error/" + type(exc).__name__)
        self._count(status)
        url = adapter.get(self.url_field)
        values: dict[str, Any] = {}
        if article is not None:
            data = article.model_dump(mode="json", include=set(self.fields))
            values.update((self.prefix + name, data[name]) for name in self.fields)
            self._count("removed_blocks", len(article.removed))
        if self.status_field:
            values[self.status_field] = status
        if self.error_field:
            values[self.error_field] = error
        self._set(adapter, item, values)
        if status == "error":
            if self.on_error == "drop":
                raise DropItem(f"newsclean could not clean {url or 'a page'}: {error}")
            logger.warning("newsclean could not clean %s: %s", url or "a page", error)
        elif status == "empty" and self.on_empty == "drop":
            raise DropItem(f"newsclean found no article body in {url or 'a page'}")
        return item

    # ------------------------------------------------------------------ helpers

    def _clean(self, adapter: ItemAdapter) -> tuple[str, Article | None, str | None]:
        from newsclean.errors import NewscleanError

        raw = adapter[self.source_field]
        crawl_time: datetime | None = None
        if isinstance(raw, Response):
            if not adapter.get(self.url_field):
                self._set(adapter, adapter.item, {self.url_field: raw.url})
            crawl_time = _date_header(raw)
            # Scrapy decodes text responses with the HTTP header's charset, which the page may not repeat
            source: Any = raw.text if isinstance(raw, TextResponse) else raw.body
            _remove(adapter, self.source_field)  # a response cannot be exported
        else:
            source = raw
            if not self.keep_source:
                _remove(adapter, self.source_field)
        if not isinstance(source, (str, bytes)):
            self._count("error/TypeError")
            return (
                "error",
                None,
                (
                    f"TypeError: item field {self.source_field!r} holds"
                    f" {type(source).__name__}, not str, bytes or a Response"
                ),
            )
        url = adapter.get(self.url_field)
        try:
            ref = self._reference_date(adapter, crawl_time)
            article = extract(source, url=str(url) if url else None, reference_date=ref, kind=self.kind, **self.options)
        except NewscleanError as exc:
            self._count("error/" + type(exc).__name__)
            return "error", None, f"{type(exc).__name__}: {exc}"
        return ("empty" if article.is_empty else "ok"), article, None

    def _reference_date(self, adapter: ItemAdapter, crawl_time: datetime | None) -> Any:
        own = adapter.get(self.reference_date_field) if self.reference_date_field else None
        if own is not None:
            return as_reference_date(own, name=f"item field {self.reference_date_field!r}")
        if self.reference_date == _CRAWL:
            return crawl_time or datetime.now(timezone.utc)
        return self.reference_date

    def _set(self, adapter: ItemAdapter, item: Any, values: dict[str, Any]) -> None:
        undeclared = []
        for key, value in values.items():
            try:
                adapter[key] = value
            except KeyError:  # a scrapy.Item (or dataclass) without this field
                undeclared.append(key)
        if undeclared:
            self._count("undeclared_fields")
            self._warn_once(
                ("undeclared", type(item), tuple(undeclared)),
                "newsclean: %s declares no field %s; declare them (or use"
                " newsclean.scrapy.ArticleItem) to keep these values",
                type(item).__name__,
                ", ".join(undeclared),
            )

    def _count(self, key: str, value: int = 1) -> None:
        if self.stats is not None:
            self.stats.inc_value(f"newsclean/{key}", value)

    def _warn_once(self, key: Any, message: str, *args: Any) -> None:
        if key not in self._warned:
            self._warned.add(key)
            logger.warning(message, *args)


def _remove(adapter: ItemAdapter, field: str) -> None:
    try:
        del adapter[field]
    except (KeyError, TypeError, NotImplementedError):  # an item type that cannot lose a field
        adapter[field] = None


def _date_header(response: Response) -> datetime | None:
    """The response's ``Date`` header (the server's time of the fetch), or None."""
    value = response.headers.get(b"Date")
    if not value:
        return None
    try:
        when = parsedate_to_datetime(value.decode("latin-1"))
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=timezone.utc)


#: a ``scrapy.Item`` declaring every field the pipeline sets under the default settings
#: (``url``, ``html``, ``reference_date``, the status and error, and every Article field)
ArticleItem = type(
    "ArticleItem",
    (scrapy.Item,),
    {
        "__module__": __name__,
        "__doc__": "A scrapy.Item with every field newsclean's pipeline sets under the default settings.",
        **{
            name: scrapy.Field()
            for name in ("url", "html", "reference_date", "newsclean_status", "newsclean_error", *Article.model_fields)
        },
    },
)


__all__ = ["ArticleItem", "DEFAULTS", "DEFAULT_FIELDS", "NewscleanPipeline"]

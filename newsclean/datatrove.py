"""newsclean as a datatrove extractor step (needs the ``datatrove`` extra).

:class:`Newsclean` goes where datatrove's ``Trafilatura`` extractor sits in a
pipeline, e.g. after a ``WarcReader``::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter
    from newsclean.datatrove import Newsclean

    LocalPipelineExecutor(pipeline=[
        WarcReader("crawl/", glob_pattern="*.warc.gz"),
        Newsclean(),                       # instead of Trafilatura(favour_precision=True)
        JsonlWriter("clean/"),
    ], tasks=4, logging_dir="logs/").run()

Each document's ``text`` (the page's HTML, or its visible text) becomes the
article body; its ``metadata`` gets ``title``, ``authors``, ``published``
(ISO 8601 string), ``language``, ``removed_blocks`` (how many blocks newsclean
took out) and ``removed_by_rule`` (``{rule: count}``), next to the reader's own
keys. ``metadata["url"]`` is passed as the page's URL and ``metadata["date"]``
(a WARC record's crawl date) anchors relative ages ("3 days ago").

Like datatrove's extractors, each document is cleaned in a sandboxed child
process with a per-document ``timeout``; a document that fails, times out or
crashes the child is dropped and counted in the step's stats (``timeout``,
``broken_process``, ``clean_error`` and ``error/<type>``), never stopping the
pipeline. Documents without an article body are dropped (``dropped``, and
``empty``) unless ``keep_empty=True``, which keeps them with an empty text.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.extractors.base import BaseExtractor, ExtractorSandbox
from datatrove.utils.logging import logger

from newsclean.inputs import DEFAULT_MAX_BYTES, Kind
from newsclean.inputs.reference import as_reference_date

#: seconds one document may take in the sandbox. newsclean takes 10-50 ms on a typical page and is
#: linear in page size; the margin covers large pages on a loaded machine, and a worker's first
#: document when the sandbox could not be forked from the warm parent (loading the rules and the
#: language model takes about 2 s)
DEFAULT_TIMEOUT = 5.0

#: metadata keys the step writes (``published``, not ``date``: readers put the crawl date there)
METADATA_KEYS = ("title", "authors", "published", "language", "removed_blocks", "removed_by_rule")


class _Failed(Exception):
    """A document newsclean could not clean (sent back from the sandbox; picklable whatever the cause)."""

    def __init__(self, error_type: str, message: str) -> None:
        super().__init__(error_type, message)
        self.error_type, self.message = error_type, message

    def __str__(self) -> str:
        return f"{self.error_type}: {self.message}"


class Newsclean(BaseExtractor):
    """Extract the article of each document with newsclean: body as text, metadata beside it.

    Args:
        timeout: seconds one document may take (see :data:`DEFAULT_TIMEOUT`).
        keep_empty: keep documents without an article body (empty text) instead of dropping them.
        kind: ``"html"`` or ``"text"``; detected per document when None.
        url_key: metadata key holding the page's URL.
        date_key: metadata key holding the crawl date (date, datetime or ISO string); None: no
            reference date. An unreadable value is ignored (counted as ``bad_date``).
        removed_by_rule: also write ``removed_by_rule`` (``{rule: count}``); its keys vary from
            document to document, so turn it off for writers that need one fixed schema.
        max_bytes: per-document size limit passed to :func:`newsclean.extract`.
        rules: a rule pack (file path, mapping or list) for every document.
        profile: a saved :class:`newsclean.Profile` (file path) or a Profile.
    """

    name = "📰 newsclean"

    def __init__(
        self,
        timeout: float = DEFAULT_TIMEOUT,
        keep_empty: bool = False,
        kind: Kind | None = None,
        url_key: str = "url",
        date_key: str | None = "date",
        removed_by_rule: bool = True,
        max_bytes: int | None = DEFAULT_MAX_BYTES,
        rules: Any = None,
        profile: Any = None,
    ) -> None:
        super().__init__(timeout)
        if kind not in (None, "html", "text"):
            raise ValueError(f"kind must be 'html', 'text' or None, not {kind!r}")
        self.keep_empty, self.kind = keep_empty, kind
        self.url_key, self.date_key, self.removed_by_rule = url_key, date_key, removed_by_rule
        self.max_bytes, self.rules, self.profile = max_bytes, rules, profile
        self._options: dict[str, Any] | None = None
        self._warned_error = False

    # ------------------------------------------------------------------ datatrove's extractor API

    def extract(self, text: str) -> str:
        """The article body of one page (datatrove's ``BaseExtractor`` contract: text in, text out)."""
        from newsclean.api import extract

        return extract(text, kind=self.kind, **self._extract_options()).body

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        from newsclean.warm import warm_up

        # load the rules and the language model here once: the sandbox forked below starts warm
        self._extract_options()
        warm_up()
        with ExtractorSandbox(timeout=self.timeout) as sandbox:
            for doc in data:
                self.stat_update("total")
                with self.track_time():
                    try:
                        result = sandbox.process_document(self._payload(doc), self._clean)
                    except TimeoutError:
                        self.stat_update("timeout")
                        logger.warning(f"⏰ newsclean: timeout on document {doc.id}, dropped")
                        continue
                    except EOFError:
                        self.stat_update("broken_process")
                        logger.warning(f"newsclean: the sandbox died on document {doc.id}, dropped")
                        continue
                    except _Failed as exc:
                        self.stat_update("clean_error", f"error/{exc.error_type}")
                        self._warn_once(f"newsclean could not clean document {doc.id}: {exc}")
                        continue
                    except Exception as exc:  # datatrove's own extractors count and drop these too
                        self.stat_update("clean_error", f"error/{type(exc).__name__}")
                        self._warn_once(f"newsclean could not clean document {doc.id}: {exc}")
                        continue
                self.stat_update("extracted")
                self._apply(doc, result)
                if doc.text:
                    self.stat_update("forwarded")
                    self.update_doc_stats(doc)
                    yield doc
                elif self.keep_empty:
                    self.stat_update("empty", "forwarded")
                    yield doc
                else:
                    self.stat_update("empty", "dropped")

    # ------------------------------------------------------------------ helpers

    def _extract_options(self) -> dict[str, Any]:
        if self._options is None:
            options: dict[str, Any] = {"max_bytes": self.max_bytes}
            if self.rules is not None:
                from newsclean.rules.user import rule_pack

                options["rules"] = rule_pack(self.rules)
            if self.profile is not None:
                from newsclean.profile import Profile

                options["profile"] = self.profile if isinstance(self.profile, Profile) else Profile.load(self.profile)
            self._options = options
        return self._options

    def _payload(self, doc: Document) -> dict[str, Any]:
        meta = doc.metadata or {}
        url = meta.get(self.url_key) if self.url_key else None
        ref = None
        if self.date_key and meta.get(self.date_key) is not None:
            try:
                ref = as_reference_date(meta[self.date_key], name=f"metadata[{self.date_key!r}]")
            except ValueError:
                self.stat_update("bad_date")
        return {"text": doc.text, "url": str(url) if url else None, "reference_date": ref}

    def _clean(self, payload: Any) -> Any:
        """Runs in the sandbox: a dict of results, or a :class:`_Failed` the parent raises."""
        if not isinstance(payload, dict):  # the sandbox's warm-up call
            from newsclean.warm import warm_up

            warm_up()
            return None
        from newsclean.api import extract

        try:
            article = extract(
                payload["text"],
                url=payload["url"],
                reference_date=payload["reference_date"],
                kind=self.kind,
                **self._extract_options(),
            )
        except Exception as exc:  # returned, not raised: a raise would kill the sandbox process
            return _Failed(type(exc).__name__, str(exc))
        meta: dict[str, Any] = {
            "title": article.title,
            "authors": list(article.authors),
            "published": article.published.isoformat() if article.published is not None else None,
            "language": article.language,
            "removed_blocks": len(article.removed),
        }
        if self.removed_by_rule:
            meta["removed_by_rule"] = dict(Counter(r.rule for r in article.removed))
        return {"text": article.body, "metadata": meta}

    def _apply(self, doc: Document, result: dict[str, Any]) -> None:
        doc.text = result["text"]
        doc.metadata.update(result["metadata"])
        self.stat_update("removed_blocks", value=result["metadata"]["removed_blocks"])

    def _warn_once(self, message: str) -> None:
        if not self._warned_error:
            logger.warning(message + " (this message appears once; see the step's clean_error stats)")
            self._warned_error = True


__all__ = ["DEFAULT_TIMEOUT", "METADATA_KEYS", "Newsclean"]

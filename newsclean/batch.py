"""Cleaning many pages: :func:`extract_many`, its :class:`PageResult` records and a :class:`BatchSummary`.

``extract_many`` streams: it pulls pages from the input iterable only as fast as
results are consumed, keeps a bounded window of pages in flight, and yields one
:class:`PageResult` per input item, in input order unless ``ordered=False``.
Pages are cleaned in worker processes (one per core by default), sent to them in
small chunks; workers are replaced after ``max_pages_per_worker`` pages so their
memory stays flat over millions of pages. A page that runs longer than
``timeout`` seconds is recorded as an ``ExtractionTimeout`` error and its worker
is killed and replaced by the parent process (no signals inside extraction).

Every input item is accounted for: ``summary.pages == summary.cleaned +
summary.empty + summary.errors``.

>>> from newsclean.batch import extract_many
>>> run = extract_many(["Rain\\n\\nIt rained all day in the valley, and the river rose.", b""],
...                    workers=1, progress=False)
>>> [(r.id, r.error_type) for r in run]
[('0', None), ('1', 'EmptyInputError')]
>>> run.summary.pages == run.summary.cleaned + run.summary.empty + run.summary.errors == 2
True
"""

from __future__ import annotations

import os
import pickle
import sys
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from datetime import date, datetime
from multiprocessing import connection as mp_connection
from typing import Any, Literal

from newsclean.article import Article
from newsclean.batch_records import (  # the records are part of this module's public API
    _FIELD_KIND,
    PAGE_FIELDS,
    BatchSummary,
    ErrorMode,
    Page,
    PageResult,
    Status,
    _Task,
    article_columns,
    record_columns,
)
from newsclean.batch_workers import _default_extractor, _mp_context, _PreFailed, _run_one, _Slot
from newsclean.errors import ExtractionTimeout, NewscleanError
from newsclean.inputs.files import kind_of_path, read_path
from newsclean.inputs.reference import as_reference_date
from newsclean.settings import as_settings, using
from newsclean.warm import warm_up


class _Normaliser:
    """Turns any accepted input item into a task tuple (raises on an unusable item)."""

    def __init__(
        self, field: str | None, id_field: str, url_field: str, kind: str | None, reference_date: date | datetime | None
    ) -> None:
        self.field, self.id_field, self.url_field = field, id_field, url_field
        self.kind, self.reference_date = kind, reference_date

    def item_id(self, seq: int, item: Any) -> str:
        if isinstance(item, Page):
            return item.id
        if isinstance(item, Mapping) and item.get(self.id_field) is not None:
            return str(item[self.id_field])
        if isinstance(item, os.PathLike):
            return os.fspath(item)
        return str(seq)

    def __call__(self, seq: int, item: Any) -> _Task:
        kind = self.kind
        if isinstance(item, (str, bytes)):
            return (seq, str(seq), None, item, None, self.reference_date, kind)
        if isinstance(item, (bytearray, memoryview)):
            return (seq, str(seq), None, bytes(item), None, self.reference_date, kind)
        if isinstance(item, Page):
            if item.error is not None:
                raise _PreFailed(*item.error)
            if item.source is None and item.path is None:
                raise ValueError(f"page {item.id!r} has neither source nor path")
            return (
                seq,
                item.id,
                item.url,
                item.source,
                item.path,
                item.reference_date or self.reference_date,
                kind or item.kind,
            )
        if isinstance(item, os.PathLike):
            path = os.fspath(item)
            return (seq, path, None, None, path, self.reference_date, kind or kind_of_path(path))
        if isinstance(item, Mapping):
            ident = self.item_id(seq, item)
            names = (self.field,) if self.field else PAGE_FIELDS
            name = next((n for n in names if n in item), None)
            if name is None:
                raise KeyError(f"record has no page field (looked for {', '.join(names)})")
            source = item[name]
            if source is None:
                source = ""
            if not isinstance(source, (str, bytes)):
                raise TypeError(f"page field {name!r} holds {type(source).__name__}, not str or bytes")
            url = item.get(self.url_field)
            ref = (
                as_reference_date(item["reference_date"])
                if item.get("reference_date") is not None
                else self.reference_date
            )
            kind = kind or item.get("kind") or _FIELD_KIND.get(name)
            return (seq, ident, str(url) if url is not None else None, source, None, ref, kind)
        raise TypeError(
            f"cannot clean an item of type {type(item).__name__}: pass str, bytes, a path, a mapping or a Page"
        )


class BatchRun(Iterator[PageResult]):
    """The iterator :func:`extract_many` returns; ``summary`` is updated as results are yielded.

    Closing it (``close()``, leaving a ``with`` block, or garbage collection) stops
    the worker processes.
    """

    def __init__(self, gen_factory: Callable[[BatchRun], Generator[PageResult, None, None]]) -> None:
        self.summary = BatchSummary()
        self._gen = gen_factory(self)

    def __iter__(self) -> BatchRun:
        return self

    def __next__(self) -> PageResult:
        return next(self._gen)

    def close(self) -> None:
        self._gen.close()

    def __enter__(self) -> BatchRun:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def extract_many(
    items: Iterable[Any],
    *,
    workers: int | None = None,
    progress: bool = True,
    ordered: bool = True,
    errors: ErrorMode = "record",
    timeout: float | None = 60.0,
    kind: Literal["html", "text"] | None = None,
    reference_date: date | datetime | str | None = None,
    field: str | None = None,
    id_field: str = "id",
    url_field: str = "url",
    chunksize: int = 8,
    max_pages_per_worker: int = 2000,
    processes: bool | None = None,
    total: int | None = None,
    extractor: Callable[..., Article] | None = None,
    mp_context: str | None = None,
    learn: bool = False,
    **options: Any,
) -> BatchRun:
    """Clean many pages; returns a lazy iterator of :class:`PageResult` (see ``.summary``).

    ``items`` may be pages (``str``/``bytes``), file paths (``pathlib.Path``; read
    by the workers, ``.gz`` decompressed), :class:`Page` objects, or mappings with
    the page under ``field`` (default: the first of ``html``, ``text``, ``source``,
    ``page``, ``content``, ``raw_html``) and optional ``id``/``url``/
    ``reference_date``/``kind`` keys (``id_field``/``url_field`` rename the first two).
    An item without an id gets its position in the input as id.

    ``workers``: processes to use (None = ``os.cpu_count()``); ``workers=1`` cleans
    in the calling process (no per-page timeout there, since nothing can interrupt
    it without signals); pass ``processes=True`` to use worker processes anyway.
    ``timeout``: seconds one page may take in a worker before it is recorded as an
    ``ExtractionTimeout`` error and its worker killed and replaced (None = no limit).
    ``errors``: ``"record"`` yields error results, ``"skip"`` leaves them out (they
    still count in ``summary.errors``), ``"raise"`` stops and raises the page's
    exception. ``ordered=False`` yields results as they finish.
    ``chunksize`` pages go to a worker at a time; a worker is replaced after
    ``max_pages_per_worker`` pages. Other keyword ``options`` go to the extractor
    (e.g. ``max_bytes``, ``rules``, ``profile``, ``settings``). Memory stays bounded: at most
    ``workers * chunksize * 4`` pages are read ahead of the consumer.

    ``learn=True`` learns each site's repeated chrome from these same pages first
    (:class:`newsclean.Profile`; a page's site is its URL's registered domain, pages
    without a URL teach nothing) and then cleans them with that profile: two passes,
    so ``items`` must be re-iterable (a list, a tuple, a folder's paths, not a
    generator); the learning pass segments every page once in the calling process.
    To learn once and clean many batches, use ``Profile.learn`` and pass ``profile=``.
    """
    if errors not in ("record", "raise", "skip"):
        raise ValueError(f"errors must be 'record', 'raise' or 'skip', not {errors!r}")
    if kind not in (None, "html", "text"):
        raise ValueError(f"kind must be 'html', 'text' or None, not {kind!r}")
    n_workers = (os.cpu_count() or 1) if workers is None else int(workers)
    if n_workers < 1:
        raise ValueError("workers must be >= 1")
    if chunksize < 1 or max_pages_per_worker < 1:
        raise ValueError("chunksize and max_pages_per_worker must be >= 1")
    if timeout is not None and timeout <= 0:
        raise ValueError("timeout must be positive or None")
    use_processes = n_workers > 1 if processes is None else bool(processes)
    if total is None and hasattr(items, "__len__"):
        try:
            total = len(items)  # type: ignore[arg-type]
        except TypeError:
            total = None
    norm = _Normaliser(field, id_field, url_field, kind, as_reference_date(reference_date))
    if options.get("settings") is not None:
        # checked once here (an unknown name is the caller's mistake, not every page's error)
        options = dict(options, settings=as_settings(options["settings"]))
    if learn:
        if "profile" in options:
            raise ValueError("pass learn=True or profile=..., not both")
        with using(options.get("settings")):  # the learning pass segments with the same thresholds
            options = dict(options, profile=_learn_profile(items, norm))
    if not use_processes:
        return BatchRun(
            lambda run: _in_process(
                run, items, norm, errors=errors, progress=progress, total=total, options=options, extractor=extractor
            )
        )
    return BatchRun(
        lambda run: _in_pool(
            run,
            items,
            norm,
            errors=errors,
            progress=progress,
            total=total,
            options=options,
            extractor=extractor,
            workers=n_workers,
            ordered=ordered,
            timeout=timeout,
            chunksize=chunksize,
            max_pages=max_pages_per_worker,
            mp_context=mp_context,
        )
    )


def _learn_profile(items: Iterable[Any], norm: _Normaliser) -> Any:
    """The first pass of ``extract_many(learn=True)``: a Profile of every page's site."""
    from newsclean.profile import Profile

    if iter(items) is items:
        raise TypeError(
            "learn=True reads the pages twice: pass a list, tuple or other re-iterable "
            "collection, not an iterator (or learn a Profile first and pass profile=)"
        )
    profile = Profile()
    for seq, item in enumerate(items):
        try:
            _seq, _ident, url, source, path, _ref, kind = norm(seq, item)
            if url is None:
                continue
            profile.add_page(source if source is not None else read_path(path), url=url, kind=kind)
        except Exception:  # the cleaning pass reports this item's problem
            continue
    return profile


def _progress_bar(enabled: bool, total: int | None):
    from tqdm.auto import tqdm

    class _Bar(tqdm):
        monitor_interval = 0  # no tqdm monitor thread: the process stays single-threaded (fork-safe)

    return _Bar(
        total=total,
        unit=" pages",
        desc="newsclean",
        disable=not enabled,
        file=sys.stderr,
        dynamic_ncols=True,
        smoothing=0.1,
    )


def _error_result(
    task_or_id: tuple[int, str, str | None], error_type: str, message: str, seconds: float = 0.0
) -> PageResult:
    seq, ident, url = task_or_id
    return PageResult(
        id=ident, index=seq, status="error", url=url, error_type=error_type, error_message=message, seconds=seconds
    )


def _ok_result(seq: int, ident: str, url: str | None, article: Article, seconds: float) -> PageResult:
    return PageResult(
        id=ident, index=seq, status="empty" if article.is_empty else "ok", url=url, article=article, seconds=seconds
    )


def _raise_for(result: PageResult, blob: bytes | None) -> None:
    exc: BaseException | None = None
    if blob is not None:
        try:
            exc = pickle.loads(blob)
        except Exception:
            exc = None
    if result.error_type == "ExtractionTimeout" and exc is None:
        exc = ExtractionTimeout(result.error_message or "")
    if exc is None:
        exc = NewscleanError(f"{result.error_type}: {result.error_message}")
    note = f"while cleaning page {result.id!r} (input item {result.index})"
    if hasattr(exc, "add_note"):
        exc.add_note(note)
    raise exc


def _emit(run: BatchRun, bar: Any, result: PageResult, errors: str, blob: bytes | None) -> bool:
    """Count a result; True when it should be yielded."""
    run.summary.add(result)
    bar.update(1)
    if result.status == "error":
        bar.set_postfix(errors=run.summary.errors, refresh=False)
        if errors == "raise":
            _raise_for(result, blob)
        return errors == "record"
    return True


def _in_process(
    run: BatchRun,
    items: Iterable[Any],
    norm: _Normaliser,
    *,
    errors: str,
    progress: bool,
    total: int | None,
    options: dict[str, Any],
    extractor: Callable[..., Article] | None,
) -> Generator[PageResult, None, None]:
    fn = extractor or _default_extractor()
    bar = _progress_bar(progress, total)
    start = time.perf_counter()
    try:
        for seq, item in enumerate(items):
            blob = None
            try:
                task = norm(seq, item)
            except _PreFailed as exc:
                result = _error_result((seq, norm.item_id(seq, item), None), exc.error_type, str(exc))
            except Exception as exc:
                result = _error_result((seq, norm.item_id(seq, item), None), type(exc).__name__, str(exc))
                blob = _try_pickle(exc)
            else:
                _, art, etype, msg, secs, blob = _run_one(fn, options, task)
                result = (
                    _ok_result(seq, task[1], task[2], art, secs)
                    if art is not None
                    else _error_result((seq, task[1], task[2]), etype, msg, secs)
                )
            run.summary.seconds = time.perf_counter() - start
            if _emit(run, bar, result, errors, blob):
                yield result
    finally:
        run.summary.seconds = time.perf_counter() - start
        bar.close()


def _try_pickle(exc: BaseException) -> bytes | None:
    try:
        return pickle.dumps(exc)
    except Exception:
        return None


def _in_pool(
    run: BatchRun,
    items: Iterable[Any],
    norm: _Normaliser,
    *,
    errors: str,
    progress: bool,
    total: int | None,
    options: dict[str, Any],
    extractor: Callable[..., Article] | None,
    workers: int,
    ordered: bool,
    timeout: float | None,
    chunksize: int,
    max_pages: int,
    mp_context: str | None,
) -> Generator[PageResult, None, None]:
    ctx = _mp_context(mp_context)
    if ctx.get_start_method() == "fork":
        warm_up(extractor)
    source = enumerate(items)
    exhausted = False
    window = workers * chunksize * 4
    todo: deque[_Task] = deque()  # tasks ready to send (requeued ones go to the front)
    tasks: dict[int, _Task] = {}  # seq -> task, for every page pulled and not yet finished
    ready: dict[int, tuple[PageResult, bytes | None]] = {}  # finished, waiting for their turn
    next_out = 0  # ordered mode: next seq to yield
    pulled = 0
    emitted = 0
    slots: list[_Slot] = []
    crash_streak = 0  # workers that died in a row without a result in between
    bar = _progress_bar(progress, total)
    start = time.perf_counter()

    def finish(seq: int, result: PageResult, blob: bytes | None) -> None:
        tasks.pop(seq, None)
        ready[seq] = (result, blob)

    def pull() -> None:
        nonlocal exhausted, pulled
        while not exhausted and pulled - emitted < window and len(todo) < workers * chunksize * 2:
            try:
                seq, item = next(source)
            except StopIteration:
                exhausted = True
                return
            pulled += 1
            try:
                task = norm(seq, item)
            except _PreFailed as exc:
                finish(seq, _error_result((seq, norm.item_id(seq, item), None), exc.error_type, str(exc)), None)
                continue
            except Exception as exc:
                finish(
                    seq,
                    _error_result((seq, norm.item_id(seq, item), None), type(exc).__name__, str(exc)),
                    _try_pickle(exc),
                )
                continue
            tasks[seq] = task
            todo.append(task)

    def dispatch() -> None:
        for i, slot in enumerate(slots):
            if slot.pending or not todo:
                continue
            if slot.done >= max_pages or not slot.proc.is_alive():
                # recycle (a fresh process keeps memory flat), or replace a worker that died while idle
                slot.stop(kill=not slot.proc.is_alive())
                slots[i] = slot = _Slot(ctx, extractor, options)
            size = chunksize
            if exhausted:  # the tail: split what is left evenly so no worker idles while another has a queue
                size = max(1, min(chunksize, -(-len(todo) // workers)))
            chunk = [todo.popleft() for _ in range(min(size, len(todo)))]
            slot.pending.extend(t[0] for t in chunk)
            slot.since = time.monotonic()
            try:
                slot.conn.send(chunk)
            except (OSError, ValueError):
                pass  # a dead worker is noticed through its sentinel

    def receive(slot: _Slot) -> bool:
        """Read every result the worker has sent; False when its pipe is closed."""
        nonlocal crash_streak
        try:
            while slot.conn.poll():
                seq, art, etype, msg, secs, blob = slot.conn.recv()
                crash_streak = 0
                slot.pending.remove(seq)
                slot.done += 1
                slot.since = time.monotonic()
                task = tasks.get(seq)
                if task is None:
                    continue
                result = (
                    _ok_result(seq, task[1], task[2], art, secs)
                    if art is not None
                    else _error_result((seq, task[1], task[2]), etype, msg, secs)
                )
                finish(seq, result, blob)
        except (EOFError, OSError):
            return False
        return True

    def replace(i: int, error_type: str, message: str, seconds: float) -> None:
        """Kill worker i, record its current page as failed, requeue the rest of its chunk."""
        slot = slots[i]
        stuck = slot.pending.popleft() if slot.pending else None
        rest = [tasks[s] for s in slot.pending if s in tasks]
        slot.pending.clear()
        slot.stop(kill=True)
        todo.extendleft(reversed(rest))
        if stuck is not None and stuck in tasks:
            t = tasks[stuck]
            text = message.format(id=repr(t[1]), code=slot.exitcode)
            finish(stuck, _error_result((stuck, t[1], t[2]), error_type, text, seconds), None)
        slots[i] = _Slot(ctx, extractor, options)

    try:
        slots.extend(_Slot(ctx, extractor, options) for _ in range(workers))
        while True:
            pull()
            dispatch()
            # hand finished results to the consumer
            if ordered:
                while next_out in ready:
                    result, blob = ready.pop(next_out)
                    next_out += 1
                    emitted += 1
                    run.summary.seconds = time.perf_counter() - start
                    if _emit(run, bar, result, errors, blob):
                        yield result
            else:
                while ready:
                    seq = next(iter(ready))
                    result, blob = ready.pop(seq)
                    emitted += 1
                    run.summary.seconds = time.perf_counter() - start
                    if _emit(run, bar, result, errors, blob):
                        yield result
            if exhausted and not tasks and not ready and not todo:
                break
            if not any(s.pending for s in slots):
                continue  # nothing running: pull/dispatch again (or finish)
            # wait for a result, a dead worker, or the earliest time budget to run out
            now = time.monotonic()
            wait_for = None
            if timeout is not None:
                wait_for = max(0.0, min(s.since + timeout - now for s in slots if s.pending))
            busy = [s for s in slots if s.pending]
            handles: list[Any] = [s.conn for s in busy] + [s.proc.sentinel for s in busy]
            mp_connection.wait(handles, timeout=wait_for)
            for i, slot in enumerate(slots):
                if not slot.pending:
                    continue
                alive = receive(slot)
                if slot.pending and (not alive or not slot.proc.is_alive()):
                    alive = receive(slot) and slot.proc.is_alive()
                    if not alive and slot.pending:
                        crash_streak += 1
                        if crash_streak > max(3, 2 * workers):
                            raise RuntimeError(
                                f"newsclean worker processes keep dying without returning a result ({crash_streak}"
                                f" in a row, exit code {slot.proc.exitcode}). If a script calls extract_many when it"
                                " is imported, put the call under `if __name__ == '__main__':`."
                            )
                        replace(
                            i,
                            "WorkerCrashed",
                            "the worker process died (exit code {code}) while cleaning page {id}",
                            time.monotonic() - slot.since,
                        )
                        continue
                if timeout is not None and slot.pending and time.monotonic() - slot.since > timeout:
                    elapsed = time.monotonic() - slot.since
                    replace(
                        i,
                        "ExtractionTimeout",
                        f"page {{id}} exceeded the {timeout:g} s time budget ({elapsed:.1f} s);"
                        " its worker was stopped and replaced",
                        elapsed,
                    )
    finally:
        run.summary.seconds = time.perf_counter() - start
        bar.close()
        for slot in slots:
            try:
                slot.stop(kill=bool(slot.pending))
            except Exception:
                pass


__all__ = [
    "PAGE_FIELDS",
    "BatchRun",
    "BatchSummary",
    "ErrorMode",
    "Page",
    "PageResult",
    "Status",
    "article_columns",
    "extract_many",
    "record_columns",
]

"""The worker side of a batch: the process that extracts pages sent through a pipe, with its
time limit and parent watch, and the start method chosen for the platform.

Split from :mod:`newsclean.batch` along its seams.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Mapping
from typing import Any

from newsclean.article import Article
from newsclean.batch_records import _Task
from newsclean.inputs.files import read_path


class _PreFailed(Exception):
    def __init__(self, error_type: str, message: str) -> None:
        super().__init__(message)
        self.error_type = error_type


def _default_extractor() -> Callable[..., Article]:
    from newsclean.api import extract

    return extract


def _run_one(extractor: Callable[..., Article], options: Mapping[str, Any], task: _Task):
    """Clean one task; returns (seq, article, error_type, message, seconds, pickled_exception)."""
    seq, _ident, url, source, path, ref, kind = task
    start = time.perf_counter()
    try:
        if source is None:
            source = read_path(path)
        article = extractor(source, url=url, reference_date=ref, kind=kind, **options)
        if not isinstance(article, Article):
            raise TypeError(f"extractor returned {type(article).__name__}, not Article")
        return (seq, article, None, None, time.perf_counter() - start, None)
    except Exception as exc:  # one bad page never stops the batch
        try:
            blob = pickle.dumps(exc)
        except Exception:
            blob = None
        return (seq, None, type(exc).__name__, str(exc) or repr(exc), time.perf_counter() - start, blob)


def _worker_main(conn: Any, extractor: Callable[..., Article] | None, options: dict[str, Any]) -> None:
    # Ctrl-C in a terminal reaches the whole process group: the parent cleans up, workers just stop
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    fn = extractor or _default_extractor()
    parent = os.getppid()
    while True:
        try:
            while not conn.poll(1.0):
                if os.getppid() != parent:  # the parent died without closing our pipe: stop
                    return
            chunk = conn.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        for task in chunk:
            conn.send(_run_one(fn, options, task))


def _mp_context(name: str | None):
    """The start method: ``fork`` from a single-threaded process on Linux (fast, and scripts
    need no ``__main__`` guard), else ``forkserver`` (safe with threads, e.g. in Jupyter), else ``spawn``."""
    import multiprocessing as mp
    import threading

    if name is None:
        methods = mp.get_all_start_methods()
        if "fork" in methods and sys.platform.startswith("linux") and threading.active_count() == 1:
            name = "fork"
        else:
            name = "forkserver" if "forkserver" in methods else "spawn"
    ctx = mp.get_context(name)
    if name == "forkserver":
        # the fork server imports newsclean once; every worker forked from it starts warm
        ctx.set_forkserver_preload(["newsclean.api", "newsclean.batch", "newsclean._warm"])
    return ctx


class _Slot:
    __slots__ = ("proc", "conn", "pending", "since", "done", "exitcode")

    def __init__(self, ctx: Any, extractor: Callable[..., Article] | None, options: dict[str, Any]) -> None:
        parent_end, child_end = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(
            target=_worker_main, args=(child_end, extractor, options), daemon=True, name="newsclean-worker"
        )
        self.proc.start()
        child_end.close()
        self.conn = parent_end
        self.pending: deque[int] = deque()  # seqs sent to this worker, in the order it runs them
        self.since = 0.0  # when the worker started its current page (as seen by the parent)
        self.done = 0
        self.exitcode: int | None = None

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.proc.kill()
        else:
            try:
                self.conn.send(None)
            except (OSError, ValueError):
                pass
        self.proc.join(timeout=None if kill else 5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.exitcode = self.proc.exitcode
        self.conn.close()
        self.proc.close()

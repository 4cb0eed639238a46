"""What a stage really reads and writes: a pipeline run that records every field access.

Stage contracts (:mod:`newsclean.stages.base`) are declarations; this module checks them
against behaviour. :func:`trace` runs a pipeline on a document with ``doc.found``,
``doc.meta`` and every block's ``features`` replaced by recording dictionaries, and returns,
per stage, the fields read and written (``"found.region"``, ``"features.words"``, ...).
The tests run it over every sample page and compare with the declarations; a user can run
it on a custom stage to write its declaration.

>>> from newsclean.document import Document
>>> from newsclean.stages.base import Pipeline, stage
>>> @stage("count_words", assigns=["features.words"])
... def count_words(doc):
...     for b in doc.blocks:
...         b.features["words"] = len(b.text.split())
>>> trace(Pipeline([count_words]), Document.from_lines(["Two words"]))["count_words"]
Access(reads=set(), looks=set(), writes={'features.words'})
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from newsclean.document import Document


@dataclass
class Access:
    """Fields a stage read (``reads``: by subscript, so the field must be there), looked up
    (``looks``: ``get``, ``in``, ``setdefault``, so it may be absent) and wrote."""

    reads: set[str] = field(default_factory=set)
    looks: set[str] = field(default_factory=set)
    writes: set[str] = field(default_factory=set)

    def add(self, other: Access) -> None:
        self.reads |= other.reads
        self.looks |= other.looks
        self.writes |= other.writes


class _Recording(dict):
    """A dict that notes the keys read and written through it (iteration reads ``prefix.*``)."""

    def __init__(self, data: Any, prefix: str, access: Access):
        super().__init__(dict.items(data))  # the base class's view: copying is not reading
        self._prefix = prefix
        self._access = access

    def _read(self, key: Any) -> None:
        self._access.reads.add(f"{self._prefix}.{key}")

    def _look(self, key: Any) -> None:
        self._access.looks.add(f"{self._prefix}.{key}")

    def _write(self, key: Any) -> None:
        self._access.writes.add(f"{self._prefix}.{key}")

    def __getitem__(self, key: Any) -> Any:
        self._read(key)
        return super().__getitem__(key)

    def get(self, key: Any, default: Any = None) -> Any:
        self._look(key)
        return super().get(key, default)

    def __contains__(self, key: Any) -> bool:
        self._look(key)
        return super().__contains__(key)

    def __setitem__(self, key: Any, value: Any) -> None:
        self._write(key)
        super().__setitem__(key, value)

    def __delitem__(self, key: Any) -> None:
        self._write(key)
        super().__delitem__(key)

    def setdefault(self, key: Any, default: Any = None) -> Any:
        self._look(key)
        if not super().__contains__(key):
            self._write(key)
        return super().setdefault(key, default)

    def pop(self, key: Any, *default: Any) -> Any:
        self._write(key)
        return super().pop(key, *default)

    def update(self, *args: Any, **kwargs: Any) -> None:
        for key in dict(*args, **kwargs):
            self._write(key)
        super().update(*args, **kwargs)

    def _all(self) -> None:
        self._access.reads.add(f"{self._prefix}.*")

    def __iter__(self):
        self._all()
        return super().__iter__()

    def keys(self):
        self._all()
        return super().keys()

    def items(self):
        self._all()
        return super().items()

    def values(self):
        self._all()
        return super().values()


def _wrap(doc: Document, access: Access) -> None:
    doc.found = _Recording(doc.found, "found", access)  # type: ignore[assignment]
    doc.meta = _Recording(doc.meta, "meta", access)  # type: ignore[assignment]
    for block in doc.blocks:
        block.features = _Recording(block.features, "features", access)  # type: ignore[assignment]


def _plain(held: Any, prefix: str, access: Access) -> dict:
    """The dict back as a plain one; one the stage put in place of ours (a new dict, a new
    block's) counts as written, key by key."""
    if not isinstance(held, _Recording):
        access.writes.update(f"{prefix}.{key}" for key in dict.keys(held))
    return dict(dict.items(held))


def _unwrap(doc: Document, access: Access) -> None:
    doc.found = _plain(doc.found, "found", access)  # type: ignore[assignment]
    doc.meta = _plain(doc.meta, "meta", access)  # type: ignore[assignment]
    for block in doc.blocks:
        block.features = _plain(block.features, "features", access)  # type: ignore[assignment]


def trace(pipeline: Any, doc: Document) -> dict[str, Access]:
    """Run ``pipeline`` on ``doc`` stage by stage; each stage's field reads and writes."""
    out: dict[str, Access] = {}
    for stage in pipeline.stages:
        access = Access()
        _wrap(doc, access)
        try:
            stage(doc)
        finally:
            _unwrap(doc, access)
        out.setdefault(stage.name, Access()).add(access)
    return out


def merge(traces: Iterable[dict[str, Access]]) -> dict[str, Access]:
    """The union of several runs' accesses, per stage."""
    out: dict[str, Access] = {}
    for one in traces:
        for name, access in one.items():
            out.setdefault(name, Access()).add(access)
    return out

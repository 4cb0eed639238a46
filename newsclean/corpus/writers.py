"""Write :class:`newsclean.batch.PageResult` streams to JSONL, Parquet or CSV, one row per page.

Rows are :meth:`PageResult.to_record`: ``id, url, status, error_type,
error_message, seconds`` then every Article field. JSONL keeps lists and nested
objects as JSON; Parquet stores them as Arrow lists and structs (dates as ISO
strings); CSV stores them as JSON strings. Writers stream: Parquet is written in
row groups of ``row_group_size`` rows, so memory stays bounded.

>>> import os, tempfile
>>> from newsclean.batch import PageResult
>>> path = os.path.join(tempfile.mkdtemp(), "out.jsonl")
>>> with open_writer(path) as w:
...     w.write(PageResult(id="p1", index=0, status="error", error_type="EmptyInputError", error_message="empty"))
>>> sorted(done_ids(path))
['p1']
"""

from __future__ import annotations

import csv
import json
import os
import sys
import types
import typing
from datetime import date, datetime
from typing import IO, Any, Literal

from pydantic import BaseModel

from newsclean.article import Article
from newsclean.batch import PageResult, record_columns

Format = Literal["jsonl", "parquet", "csv"]
_SUFFIXES: dict[str, Format] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".csv": "csv",
}


class OutputError(Exception):
    """The output path or format cannot be used."""


def output_format(path: str, fmt: str | None = None) -> Format:
    """The format for ``path``: ``fmt`` when given, else from the suffix (``-`` is JSONL on stdout)."""
    if fmt:
        if fmt not in ("jsonl", "parquet", "csv"):
            raise OutputError(f"unknown output format {fmt!r} (use jsonl, parquet or csv)")
        if path == "-" and fmt != "jsonl":
            raise OutputError("only jsonl can be written to stdout")
        return fmt  # type: ignore[return-value]
    if path == "-":
        return "jsonl"
    suffix = os.path.splitext(path)[1].lower()
    if suffix not in _SUFFIXES:
        raise OutputError(
            f"{path}: cannot tell the output format from the suffix (use .jsonl, .parquet or .csv, or --format)"
        )
    return _SUFFIXES[suffix]


class _Writer:
    count = 0

    def write(self, result: PageResult) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> _Writer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class JsonlWriter(_Writer):
    """One JSON object per line; ``append=True`` continues a file (dropping a cut-off last line)."""

    def __init__(self, path: str, append: bool = False, stream: IO[str] | None = None) -> None:
        self.path = path
        if stream is not None:
            self._fh, self._own = stream, False
        else:
            if append:
                _truncate_partial_line(path)
            self._fh, self._own = open(path, "a" if append else "w", encoding="utf-8"), True

    def write(self, result: PageResult) -> None:
        self._fh.write(json.dumps(result.to_record(), ensure_ascii=False) + "\n")
        self.count += 1

    def close(self) -> None:
        if self._own:
            self._fh.close()
        else:
            self._fh.flush()


class CsvWriter(_Writer):
    """CSV with a header row; list and object fields are JSON strings."""

    def __init__(self, path: str, append: bool = False) -> None:
        self.path = path
        fresh = not (append and os.path.exists(path) and os.path.getsize(path) > 0)
        if not fresh:
            _truncate_partial_line(path)
        self._fh = open(path, "w" if fresh else "a", encoding="utf-8", newline="")
        self._writer = csv.DictWriter(self._fh, fieldnames=record_columns(), extrasaction="ignore")
        if fresh:
            self._writer.writeheader()

    def write(self, result: PageResult) -> None:
        row = {
            k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v)
            for k, v in result.to_record().items()
        }
        self._writer.writerow(row)
        self.count += 1

    def close(self) -> None:
        self._fh.close()


class ParquetWriter(_Writer):
    """Parquet (zstd) with an explicit Arrow schema derived from the Article model."""

    def __init__(self, path: str, append: bool = False, row_group_size: int = 1000) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:
            raise OutputError("writing Parquet needs pyarrow: pip install 'newsclean[parquet]'") from exc
        self._pa, self._pq = pa, pq
        self.path = path
        self.schema = arrow_schema()
        self._rows: list[dict[str, Any]] = []
        self._size = row_group_size
        self._final = path
        previous = append and os.path.exists(path) and os.path.getsize(path) > 0
        # Parquet files cannot be appended to: write a new file, copy the old rows first, swap at close
        self._tmp = path + ".partial" if previous else path
        self._writer = pq.ParquetWriter(self._tmp, self.schema, compression="zstd")
        if previous:
            old = pq.ParquetFile(path)
            for i in range(old.num_row_groups):
                self._writer.write_table(old.read_row_group(i).select(self.schema.names).cast(self.schema))

    def write(self, result: PageResult) -> None:
        self._rows.append(_arrow_row(result.to_record(), self.schema))
        self.count += 1
        if len(self._rows) >= self._size:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(self._pa.Table.from_pylist(self._rows, schema=self.schema))
            self._rows = []

    def close(self) -> None:
        if self._writer is None:
            return
        self._flush()
        self._writer.close()
        self._writer = None
        if self._tmp != self._final:
            os.replace(self._tmp, self._final)


def open_writer(path: str, fmt: str | None = None, *, append: bool = False) -> _Writer:
    """A writer for ``path`` (``-`` = JSONL on stdout); ``append`` continues an existing file."""
    kind = output_format(path, fmt)
    if path == "-":
        return JsonlWriter(path, stream=sys.stdout)
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise OutputError(f"{path}: the folder {folder} does not exist")
    try:
        if kind == "jsonl":
            return JsonlWriter(path, append=append)
        if kind == "csv":
            return CsvWriter(path, append=append)
        return ParquetWriter(path, append=append)
    except OSError as exc:
        raise OutputError(f"{path}: {exc.strerror or exc}") from exc


def done_ids(path: str, fmt: str | None = None) -> set[str]:
    """Ids already written to ``path`` (empty when it does not exist), for ``--resume``."""
    if path == "-" or not os.path.exists(path) or os.path.getsize(path) == 0:
        return set()
    kind = output_format(path, fmt)
    if kind == "parquet":
        import pyarrow.parquet as pq

        return {str(x) for x in pq.read_table(path, columns=["id"]).column("id").to_pylist()}
    if kind == "csv":
        csv.field_size_limit(sys.maxsize)
        ids: set[str] = set()
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                if row.get("id") is not None:
                    ids.add(row["id"])
        return ids
    ids = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.endswith("\n"):
                break  # cut off by a crash: not done
            try:
                ids.add(str(json.loads(line)["id"]))
            except (ValueError, KeyError, TypeError):
                continue
    return ids


def _truncate_partial_line(path: str) -> None:
    """Drop a last line without its newline (a run killed mid-write) so appending stays valid."""
    if not os.path.exists(path):
        return
    with open(path, "rb+") as fh:
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        if size == 0:
            return
        fh.seek(size - 1)
        if fh.read(1) == b"\n":
            return
        pos = size
        block = 65536
        while pos > 0:
            step = min(block, pos)
            fh.seek(pos - step)
            data = fh.read(step)
            cut = data.rfind(b"\n")
            if cut >= 0:
                fh.truncate(pos - step + cut + 1)
                return
            pos -= step
        fh.truncate(0)


# --------------------------------------------------------------------------- Arrow schema


def arrow_schema():
    """The Arrow schema of :meth:`PageResult.to_record` rows, derived from the Article model."""
    import pyarrow as pa

    fields = [
        pa.field("id", pa.string()),
        pa.field("url", pa.string()),
        pa.field("status", pa.string()),
        pa.field("error_type", pa.string()),
        pa.field("error_message", pa.string()),
        pa.field("seconds", pa.float64()),
    ]
    for name, info in Article.model_fields.items():
        if name != "url":
            fields.append(pa.field(name, _arrow_type(info.annotation)))
    return pa.schema(fields)


def _arrow_type(annotation: Any):
    import pyarrow as pa

    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        real = [a for a in args if a is not type(None)]
        if len(real) == 1:
            return _arrow_type(real[0])
        return pa.string()  # mixed unions (datetime | date) are stored as their JSON string
    if origin is list:
        return pa.list_(_arrow_type(args[0]) if args else pa.string())
    if origin is typing.Literal:
        return pa.string()
    if isinstance(annotation, type):
        if issubclass(annotation, BaseModel):
            return pa.struct([pa.field(n, _arrow_type(f.annotation)) for n, f in annotation.model_fields.items()])
        if issubclass(annotation, bool):
            return pa.bool_()
        if issubclass(annotation, int):
            return pa.int64()
        if issubclass(annotation, float):
            return pa.float64()
        if issubclass(annotation, (str, date, datetime)):
            return pa.string()
    return pa.string()  # anything else: its JSON text


def _arrow_row(record: dict[str, Any], schema: Any) -> dict[str, Any]:
    import pyarrow as pa

    row = {}
    for f in schema:
        value = record.get(f.name)
        if value is not None and f.type == pa.string() and not isinstance(value, str):
            value = json.dumps(value, ensure_ascii=False)
        row[f.name] = value
    return row


__all__ = [
    "CsvWriter",
    "JsonlWriter",
    "OutputError",
    "ParquetWriter",
    "arrow_schema",
    "done_ids",
    "open_writer",
    "output_format",
]

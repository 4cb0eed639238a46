"""Turn command-line style inputs (files, folders, globs, JSONL, WARC) into a lazy stream of pages.

Every reader yields :class:`newsclean.batch.Page` objects. Page files are not read
here: a ``Page`` carries the path and the worker that cleans it reads it, so
reading and decompressing runs in parallel too. An item that cannot be read (a
malformed JSONL line, a truncated WARC) is yielded as a ``Page`` with ``error``
set, so that it is counted and reported instead of silently lost.

>>> import json, os, tempfile
>>> folder = tempfile.mkdtemp()
>>> with open(os.path.join(folder, "dump.jsonl"), "w") as fh:
...     _ = fh.write(json.dumps({"id": "a1", "text": "Some page"}) + "\\n{not json\\n")
>>> [(p.id, p.kind, p.error is not None) for p in iter_inputs([folder])]
[('a1', 'text', False), ('dump.jsonl:2', None, True)]
"""

from __future__ import annotations

import glob
import gzip
import json
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import IO, Any

from newsclean.batch import PAGE_FIELDS, Page
from newsclean.errors import InvalidReferenceDateError
from newsclean.inputs.files import kind_of_path
from newsclean.inputs.reference import as_reference_date

#: Suffixes read as one page per file (each may also end in ``.gz``).
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".txt")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_FIELD_KIND = {"html": "html", "raw_html": "html", "text": "text"}


class InputError(Exception):
    """An input argument names nothing readable (missing file, glob without match)."""


def _kind_of(path: str) -> str:
    low = path.lower()
    if low.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if low.endswith(WARC_SUFFIXES):
        return "warc"
    base = low[:-3] if low.endswith(".gz") else low
    if base.endswith(PAGE_SUFFIXES):
        return "page"
    return "other"


def _has_magic(spec: str) -> bool:
    return any(ch in spec for ch in "*?[")


def check_inputs(specs: Iterable[str]) -> list[str]:
    """Validate input arguments up front; raises :class:`InputError` naming the first bad one."""
    specs = list(specs)
    if not specs:
        raise InputError("no input given")
    for spec in specs:
        if spec == "-":
            continue
        if _has_magic(spec):
            if next(glob.iglob(spec, recursive=True), None) is None:
                raise InputError(f"{spec}: no file matches this pattern")
        elif not os.path.exists(spec):
            raise InputError(f"{spec}: no such file or directory")
        elif not (os.path.isdir(spec) or os.path.isfile(spec)):
            raise InputError(f"{spec}: not a regular file or directory")
    return specs


def iter_inputs(
    specs: Iterable[str],
    *,
    field: str | None = None,
    id_field: str = "id",
    url_field: str = "url",
    stdin: IO[bytes] | None = None,
) -> Iterator[Page]:
    """Yield the pages of every input: ``-`` (JSONL on stdin), globs, folders (walked, sorted), files.

    Files are dispatched by suffix: ``.jsonl``/``.ndjson`` (optionally ``.gz``) as
    records, ``.warc``/``.warc.gz`` as WARC, anything else as one page (``.gz``
    decompressed; ``.txt`` is read as visible text, ``.html``/``.htm`` as HTML).
    In folders only files with those suffixes are read. Ids: a page file's path
    (relative to the folder given), a record's ``id_field`` (else ``file:line``),
    a WARC record's ``WARC-Record-ID``.
    """
    opts = dict(field=field, id_field=id_field, url_field=url_field)
    for spec in check_inputs(specs):
        if spec == "-":
            yield from _jsonl_lines(
                stdin if stdin is not None else sys.stdin.buffer,
                "stdin",
                field=field,
                id_field=id_field,
                url_field=url_field,
            )
        elif _has_magic(spec):
            for match in sorted(glob.iglob(spec, recursive=True)):
                if os.path.isdir(match):
                    yield from _walk(match, **opts)
                elif os.path.isfile(match):
                    yield from _read_file(match, match, explicit=True, **opts)
        elif os.path.isdir(spec):
            yield from _walk(spec, **opts)
        else:
            yield from _read_file(spec, spec, explicit=True, **opts)


def _walk(folder: str, **opts: Any) -> Iterator[Page]:
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(root, name)
            rel = os.path.relpath(path, folder).replace(os.sep, "/")
            yield from _read_file(path, rel, explicit=False, **opts)


def _read_file(path: str, ident: str, *, explicit: bool, **opts: Any) -> Iterator[Page]:
    kind = _kind_of(path)
    if kind == "jsonl":
        yield from read_jsonl(path, name=ident, **opts)
    elif kind == "warc":
        yield from read_warc(path)
    elif kind == "page" or explicit:
        yield Page(id=ident, path=path, kind=kind_of_path(path))


def read_jsonl(
    path: str, *, name: str | None = None, field: str | None = None, id_field: str = "id", url_field: str = "url"
) -> Iterator[Page]:
    """Yield one page per JSON line of ``path`` (``.gz`` allowed); blank lines are skipped."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as fh:
        yield from _jsonl_lines(fh, name or path, field=field, id_field=id_field, url_field=url_field)


def _jsonl_lines(fh: Iterable[bytes], name: str, *, field: str | None, id_field: str, url_field: str) -> Iterator[Page]:
    names = (field,) if field else PAGE_FIELDS
    for lineno, raw in enumerate(fh, 1):
        line = raw.strip()
        if not line:
            continue
        where = f"{name}:{lineno}"
        try:
            rec = json.loads(line)
        except ValueError as exc:
            yield Page(id=where, error=("JSONDecodeError", f"line {lineno} of {name} is not JSON: {exc}"))
            continue
        if not isinstance(rec, dict):
            yield Page(
                id=where, error=("TypeError", f"line {lineno} of {name} is a JSON {type(rec).__name__}, not an object")
            )
            continue
        ident = str(rec[id_field]) if rec.get(id_field) is not None else where
        key = next((n for n in names if n in rec), None)
        if key is None:
            yield Page(
                id=ident,
                error=("KeyError", f"line {lineno} of {name} has no page field (looked for {', '.join(names)})"),
            )
            continue
        source = rec[key]
        if not isinstance(source, str):
            source = "" if source is None else source
        if not isinstance(source, str):
            yield Page(
                id=ident,
                error=(
                    "TypeError",
                    f"field {key!r} on line {lineno} of {name} is a {type(source).__name__}, not a string",
                ),
            )
            continue
        try:
            ref = as_reference_date(rec.get("reference_date"))
        except InvalidReferenceDateError as exc:
            yield Page(id=ident, error=(type(exc).__name__, str(exc)))
            continue
        url = rec.get(url_field)
        kind = rec.get("kind") if rec.get("kind") in ("html", "text") else _FIELD_KIND.get(key)
        yield Page(id=ident, source=source, url=str(url) if url is not None else None, reference_date=ref, kind=kind)  # type: ignore[arg-type]


def read_warc(path: str) -> Iterator[Page]:
    """Yield the HTML pages of a WARC file (``.warc`` or ``.warc.gz``), read with warcio.

    Pages are ``response`` records with a 2xx status and an HTML content type, and
    ``resource`` records with an HTML content type. The record's ``WARC-Date`` (the
    crawl time) becomes the page's reference date, its ``WARC-Target-URI`` the URL.
    A body decodes with the charset of its HTTP ``Content-Type`` when it names a
    working one; otherwise the bytes go to extraction, which detects the charset.
    """
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ImportError("reading WARC files needs warcio: pip install 'newsclean[warc]'") from exc

    with open(path, "rb") as fh:
        it = ArchiveIterator(fh)
        count = 0
        try:
            for record in it:
                page = _warc_page(record, f"{path}#{it.offset}")
                if page is not None:
                    count += 1
                    yield page
            # warcio stops quietly at a record cut off inside its headers: bytes left unread mean a damaged tail
            fh.seek(0, os.SEEK_END)
            if it.offset is not None and fh.tell() - it.offset > 4:
                yield Page(
                    id=f"{path}#{it.offset}",
                    error=(
                        "TruncatedWARC",
                        f"{path}: {fh.tell() - it.offset} bytes from offset {it.offset} are not a complete record",
                    ),
                )
        except Exception as exc:  # a corrupt archive: report it, keep the pages before it
            yield Page(
                id=f"{path}#after-{count}", error=(type(exc).__name__, f"cannot read {path} past page {count}: {exc}")
            )


def _warc_page(record: Any, where: str) -> Page | None:
    headers = record.rec_headers
    if record.rec_type in ("response", "resource") and record.length is None:
        return Page(
            id=headers.get_header("WARC-Record-ID") or where,
            error=("TruncatedWARC", f"{where}: a {record.rec_type} record without Content-Length (cut off?)"),
        )
    if record.rec_type == "response":
        http = record.http_headers
        if http is None:
            return None
        status = http.get_statuscode() or ""
        if not status.startswith("2"):
            return None
        ctype = http.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        ctype = headers.get_header("Content-Type") or ""
    else:
        return None
    if not ctype.lower().startswith(_HTML_TYPES):
        return None
    body = record.content_stream().read()
    raw = record.raw_stream
    while raw.read(65536):
        pass
    if getattr(raw, "limit", 0) > 0:
        return Page(
            id=(headers.get_header("WARC-Record-ID") or where).strip("<>"),
            url=headers.get_header("WARC-Target-URI"),
            error=("TruncatedWARC", f"{where}: the record ends {raw.limit} bytes before its Content-Length"),
        )
    source: str | bytes = body
    charset = _charset(ctype)
    if charset:
        try:
            source = body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            source = body
    ident = headers.get_header("WARC-Record-ID") or headers.get_header("WARC-Target-URI") or ""
    ref = None
    stamp = headers.get_header("WARC-Date")
    if stamp:
        try:
            ref = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        except ValueError:
            ref = None
    return Page(
        id=ident.strip("<>"), source=source, url=headers.get_header("WARC-Target-URI"), reference_date=ref, kind="html"
    )


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


__all__ = ["InputError", "check_inputs", "iter_inputs", "read_jsonl", "read_warc"]

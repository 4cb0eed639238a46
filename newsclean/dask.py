"""Clean a Dask bag or Dask DataFrame partition by partition (needs the ``dask`` extra).

The same call runs on a laptop (Dask's local scheduler or a ``LocalCluster``) or on
a multi-machine cluster: each partition is cleaned in-process by the Dask worker
that holds it, so parallelism comes from Dask (use one partition per few hundred
pages or more, to amortise task overhead). Each page becomes one flat record
(:meth:`newsclean.batch.PageResult.to_record`): ``id, url, status, error_type,
error_message, seconds`` and the Article fields.

A Dask worker cannot stop a page that runs away without killing itself, so no
per-page timeout applies here; extraction time is linear in page size, and the
``max_bytes`` option bounds it.

>>> import dask.bag as db
>>> bag = db.from_sequence([{"id": "a", "text": "Rain\\n\\nIt rained all day in the valley, and the river rose."}])
>>> [(r["id"], r["status"] in ("ok", "empty")) for r in clean_bag(bag).compute(scheduler="sync")]
[('a', True)]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from newsclean.batch import ErrorMode, extract_many, record_columns
from newsclean.inputs import Kind


def _clean_records(
    items: Iterable[Any],
    *,
    errors: ErrorMode,
    kind: Kind | None,
    field: str | None,
    id_field: str,
    url_field: str,
    extractor: Callable[..., Any] | None,
    options: dict[str, Any],
) -> list[dict]:
    run = extract_many(
        list(items),
        workers=1,
        processes=False,
        progress=False,
        errors=errors,
        kind=kind,
        field=field,
        id_field=id_field,
        url_field=url_field,
        extractor=extractor,
        **options,
    )
    return [r.to_record() for r in run]


def clean_bag(
    bag: Any,
    *,
    field: str | None = None,
    id_field: str = "id",
    url_field: str = "url",
    kind: Kind | None = None,
    errors: ErrorMode = "record",
    extractor: Callable[..., Any] | None = None,
    **options: Any,
) -> Any:
    """Clean every element of a ``dask.bag.Bag``; returns a bag of flat result records (dicts).

    Elements are what :func:`newsclean.extract_many` accepts: pages (str/bytes), or
    dicts with the page under ``field`` and optional ``id``/``url``/
    ``reference_date``. Elements without an id get their position in their
    partition as id, so give ids when you need to join results back.
    ``bag.to_dataframe()`` of the result gives a Dask DataFrame.
    """
    return bag.map_partitions(
        _clean_records,
        errors=errors,
        kind=kind,
        field=field,
        id_field=id_field,
        url_field=url_field,
        extractor=extractor,
        options=options,
    )


def _meta() -> Any:
    import pandas as pd

    return pd.DataFrame({c: pd.Series(dtype="float64" if c == "seconds" else "object") for c in record_columns()})


def _clean_frame(
    part: Any,
    *,
    column: str,
    id_column: str | None,
    url_column: str | None,
    kind: Kind | None,
    errors: ErrorMode,
    extractor: Callable[..., Any] | None,
    options: dict[str, Any],
) -> Any:
    import pandas as pd

    pages = part[column].tolist()
    ids = part[id_column].tolist() if id_column else [str(i) for i in part.index]
    urls = part[url_column].tolist() if url_column else [None] * len(pages)
    items = [
        {
            "page": p if isinstance(p, (str, bytes)) else ("" if p is None or p != p else p),
            "id": str(i),
            "url": u if isinstance(u, str) else None,
        }
        for p, i, u in zip(pages, ids, urls, strict=True)
    ]
    rows = _clean_records(
        items,
        errors="record",
        kind=kind,
        field="page",
        id_field="id",
        url_field="url",
        extractor=extractor,
        options=options,
    )
    if errors == "raise":
        bad = next((r for r in rows if r["status"] == "error"), None)
        if bad is not None:
            from newsclean.errors import NewscleanError

            raise NewscleanError(f"page {bad['id']!r}: {bad['error_type']}: {bad['error_message']}")
    meta = _meta()
    frame = pd.DataFrame(rows, columns=meta.columns, index=part.index)
    if errors == "skip":
        frame = frame[frame["status"] != "error"]
    return frame.astype(meta.dtypes.to_dict())


def clean_dataframe(
    ddf: Any,
    column: str = "html",
    *,
    id_column: str | None = None,
    url_column: str | None = None,
    kind: Kind | None = None,
    errors: ErrorMode = "record",
    extractor: Callable[..., Any] | None = None,
    **options: Any,
) -> Any:
    """Clean the pages in ``ddf[column]``; returns a Dask DataFrame of result records with ``ddf``'s index.

    ``id_column``/``url_column`` name columns holding each page's id and URL (the
    id defaults to the index value). The index is kept, so ``ddf.join(result)``
    puts the article next to the original columns. ``errors``: ``"record"``
    (error rows with status ``error``), ``"skip"`` (drop them) or ``"raise"``.
    """
    if errors not in ("record", "raise", "skip"):
        raise ValueError(f"errors must be 'record', 'raise' or 'skip', not {errors!r}")
    return ddf.map_partitions(
        _clean_frame,
        column=column,
        id_column=id_column,
        url_column=url_column,
        kind=kind,
        errors=errors,
        extractor=extractor,
        options=options,
        meta=_meta(),
    )


__all__ = ["clean_bag", "clean_dataframe"]

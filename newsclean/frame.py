"""Results as a pandas DataFrame: :func:`to_dataframe` (needs the ``pandas`` extra).

>>> from newsclean.article import Article
>>> df = to_dataframe([Article(title="Rain", body="It rained.")])
>>> list(df[["title", "body"]].iloc[0])
['Rain', 'It rained.']
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from newsclean.article import Article
from newsclean.batch import PageResult, record_columns


def _pandas() -> Any:
    try:
        import pandas as pd
    except ImportError as exc:
        raise ImportError("to_dataframe needs pandas: pip install 'newsclean[pandas]'") from exc
    return pd


def to_dataframe(results: Iterable[PageResult | Article]) -> Any:
    """One row per page, the Article fields as columns.

    ``results`` are :class:`~newsclean.batch.PageResult` objects (for example what
    :func:`newsclean.extract_many` yields): columns ``id, url, status, error_type,
    error_message, seconds`` then every Article field; or bare Articles: the
    Article fields only. Lists (authors, tags, blocks, removed...) stay Python
    lists of str/dicts; dates are ISO strings (as in JSON).
    """
    pd = _pandas()
    rows: list[dict[str, Any]] = []
    articles_only = True
    for item in results:
        if isinstance(item, PageResult):
            articles_only = False
            rows.append(item.to_record())
        elif isinstance(item, Article):
            rows.append(item.model_dump(mode="json"))
        else:
            raise TypeError(f"to_dataframe takes PageResult or Article objects, not {type(item).__name__}")
    if articles_only:
        columns = list(Article.model_fields)
    else:
        columns = record_columns()
        for row in rows:
            if "status" not in row:  # an Article among results: give it result columns
                row.setdefault("status", "empty" if not row.get("body") else "ok")
    return pd.DataFrame(rows, columns=columns)


__all__ = ["to_dataframe"]

"""to_dataframe: one row per page, Article fields as columns."""

from __future__ import annotations

import pandas as pd

from newsclean import to_dataframe
from newsclean.article import Article
from newsclean.batch import PageResult, record_columns


def test_results_to_dataframe():
    results = [
        PageResult(id="a", index=0, status="ok", url="https://x.example/a",
                   article=Article(title="Dam inspected", authors=["Ola Berg"], body="Engineers checked the dam.")),
        PageResult(id="b", index=1, status="error", error_type="BinaryInputError", error_message="a PDF file"),
    ]
    df = to_dataframe(iter(results))
    assert list(df.columns) == record_columns()
    assert len(df) == 2
    assert df.loc[0, "title"] == "Dam inspected" and df.loc[0, "authors"] == ["Ola Berg"]
    assert df.loc[1, "status"] == "error" and df.loc[1, "error_type"] == "BinaryInputError"
    assert pd.isna(df.loc[1, "title"])


def test_articles_to_dataframe():
    df = to_dataframe([Article(title="One", body="First."), Article(title="Two")])
    assert list(df.columns) == list(Article.model_fields)
    assert list(df["title"]) == ["One", "Two"]
    assert df.loc[1, "body"] == ""

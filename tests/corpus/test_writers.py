"""Output writers: JSONL / Parquet / CSV round-trips, append for --resume, cut-off lines."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newsclean.article import Article, BodyBlock, Contributor, RemovedBlock
from newsclean.batch import PageResult, record_columns
from newsclean.corpus.writers import OutputError, done_ids, open_writer, output_format


def results() -> list[PageResult]:
    art = Article(title="Bridge repaired", authors=["Ines Varga"], body="Crews finished the work.\n\nTraffic resumed.",
                  blocks=[BodyBlock(text="Crews finished the work."), BodyBlock(text="Traffic resumed.")],
                  contributors=[Contributor(name="Ines Varga")], published="2023-04-05T06:07:08+02:00",
                  removed=[RemovedBlock(text="Share this", rule="chrome.share", index=0)], tags=["roads"])
    empty = Article(title="Menu", warnings=["no article body found"])
    return [
        PageResult(id="a", index=0, status="ok", url="https://news.example/a", article=art, seconds=0.01),
        PageResult(id="b", index=1, status="empty", article=empty, seconds=0.002),
        PageResult(id="c", index=2, status="error", error_type="BinaryInputError", error_message="a PNG image"),
    ]


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet", ".csv"])
def test_round_trip(tmp_path: Path, suffix: str):
    path = tmp_path / f"out{suffix}"
    with open_writer(str(path)) as w:
        for r in results():
            w.write(r)
    expected = [r.to_record() for r in results()]
    if suffix == ".jsonl":
        rows = [json.loads(line) for line in path.read_text().splitlines()]
    elif suffix == ".parquet":
        table = pq.read_table(path)
        assert table.column_names == record_columns()
        rows = table.to_pylist()
        # nested fields keep their structure
        assert rows[0]["blocks"][1] == {"kind": "paragraph", "text": "Traffic resumed."}
        assert rows[0]["removed"][0]["rule"] == "chrome.share"
    else:
        with open(path, newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        for row in rows:
            for k, v in row.items():
                if v and v[0] in "[{":
                    row[k] = json.loads(v)
        rows[0]["seconds"] = float(rows[0]["seconds"])
        expected[0]["seconds"] = float(expected[0]["seconds"])
    for got, want in zip(rows, expected):
        for key in ("id", "url", "status", "error_type", "title", "body", "authors", "published"):
            assert (got[key] or None) == (want[key] or None), key
    assert rows[0]["seconds"] == pytest.approx(0.01)
    assert sorted(done_ids(str(path))) == ["a", "b", "c"]


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet", ".csv"])
def test_append_continues_a_file(tmp_path: Path, suffix: str):
    path = str(tmp_path / f"out{suffix}")
    first, second = results()[:2], results()[2:]
    with open_writer(path) as w:
        for r in first:
            w.write(r)
    with open_writer(path, append=True) as w:
        for r in second:
            w.write(r)
    assert sorted(done_ids(path)) == ["a", "b", "c"]


def test_cut_off_jsonl_line_is_not_done_and_is_dropped_on_append(tmp_path: Path):
    path = tmp_path / "out.jsonl"
    with open_writer(str(path)) as w:
        for r in results()[:2]:
            w.write(r)
    with open(path, "a") as fh:
        fh.write('{"id": "c", "status": "o')  # a run killed mid-line
    assert done_ids(str(path)) == {"a", "b"}
    with open_writer(str(path), append=True) as w:
        w.write(results()[2])
    lines = path.read_text().splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["a", "b", "c"]


def test_output_format_by_suffix_and_errors(tmp_path: Path):
    assert output_format("x.jsonl") == "jsonl" and output_format("x.csv") == "csv"
    assert output_format("x.pq") == "parquet" and output_format("-") == "jsonl"
    assert output_format("x.out", "csv") == "csv"
    with pytest.raises(OutputError):
        output_format("x.xlsx")
    with pytest.raises(OutputError):
        output_format("-", "parquet")
    with pytest.raises(OutputError, match="does not exist"):
        open_writer(str(tmp_path / "missing" / "x.jsonl"))


def test_stdout_writer(capsys):
    w = open_writer("-")
    w.write(results()[2])
    w.close()
    assert json.loads(capsys.readouterr().out)["id"] == "c"
    assert sys.stdout  # still open

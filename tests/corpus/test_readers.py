"""Input readers: files, folders, globs, JSONL (incl. stdin and bad lines) and WARC written with warcio."""

from __future__ import annotations

import gzip
import io
import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsclean.corpus.readers import InputError, check_inputs, iter_inputs, read_warc

PAGE = "<html><body><h1>Ferry back</h1><p>The island ferry sailed again on Tuesday.</p></body></html>"


def write_warc(path: Path, gz: bool = True) -> None:
    """A small crawl: two HTML responses (one in cp1252 declared in HTTP), a redirect, an image,
    a request record and an HTML resource record."""
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)

        def response(uri, body, ctype, status="200 OK", date="2021-06-01T10:00:00Z"):
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = w.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http,
                                       warc_headers_dict={"WARC-Date": date})
            w.write_record(rec)

        response("https://news.example/a", PAGE.encode("utf-8"), "text/html; charset=utf-8")
        response("https://news.example/b", "<p>Café reopens near the quay</p>".encode("cp1252"),
                 "text/html; charset=windows-1252", date="2021-06-02T08:30:00Z")
        response("https://news.example/old", b"", "text/html", status="301 Moved Permanently")
        response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")
        req = w.create_warc_record("https://news.example/a", "request", payload=io.BytesIO(b"GET /a HTTP/1.1\r\n\r\n"))
        w.write_record(req)
        res = w.create_warc_record("file:///saved/page.html", "resource", payload=io.BytesIO(PAGE.encode()),
                                   warc_content_type="text/html")
        w.write_record(res)


@pytest.mark.parametrize("gz", [True, False])
def test_warc_yields_html_responses_and_resources(tmp_path: Path, gz: bool):
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    write_warc(path, gz=gz)
    got = list(read_warc(str(path)))
    assert [p.url for p in got] == ["https://news.example/a", "https://news.example/b", "file:///saved/page.html"]
    assert all(p.kind == "html" and p.error is None for p in got)
    assert got[0].source == PAGE  # decoded with the HTTP charset
    assert got[1].source == "<p>Café reopens near the quay</p>"
    assert got[1].reference_date == datetime(2021, 6, 2, 8, 30, tzinfo=timezone.utc)
    assert got[0].id.startswith("urn:uuid:")
    assert len({p.id for p in got}) == 3


@pytest.mark.parametrize("gz", [True, False])
@pytest.mark.parametrize("keep", [0.3, 0.5, 0.9, 0.99])
def test_truncated_warc_reports_an_error_item(tmp_path: Path, gz: bool, keep: float):
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    write_warc(path, gz=gz)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    got = list(read_warc(str(path)))
    assert got[-1].error is not None and got[-1].error[0] == "TruncatedWARC"
    assert sum(p.error is not None for p in got) == 1
    assert got[0].url == "https://news.example/a" and got[0].error is None  # pages before the damage are kept


def test_folder_glob_and_files(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.html").write_text(PAGE)
    (tmp_path / "sub" / "b.txt").write_text("Visible text page")
    (tmp_path / "sub" / "c.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    (tmp_path / "notes.md").write_text("not a page")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    folder = list(iter_inputs([str(tmp_path)]))
    assert [(p.id, p.kind) for p in folder] == [("a.html", "html"), ("sub/b.txt", "text"), ("sub/c.html.gz", "html")]
    assert all(p.path and p.source is None for p in folder)  # read later, by the workers
    globbed = list(iter_inputs([str(tmp_path / "**" / "*.txt")]))
    assert [Path(p.path).name for p in globbed] == ["b.txt"]
    # a file named explicitly is read whatever its suffix
    explicit = list(iter_inputs([str(tmp_path / "notes.md")]))
    assert len(explicit) == 1 and explicit[0].kind is None


def test_jsonl_fields_ids_and_bad_lines(tmp_path: Path):
    path = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"id": 7, "html": PAGE, "url": "https://news.example/7"}),
        "",
        "{broken",
        json.dumps(["a", "list"]),
        json.dumps({"text": "A visible-text page", "reference_date": "2022-01-02"}),
        json.dumps({"id": "x", "body": "no page field"}),
        json.dumps({"id": "y", "html": 42}),
    ]
    path.write_text("\n".join(lines) + "\n")
    got = list(iter_inputs([str(path)]))
    assert [p.id for p in got] == ["7", f"{path}:3", f"{path}:4", f"{path}:5", "x", "y"]
    assert got[0].kind == "html" and got[0].url == "https://news.example/7"
    assert got[1].error[0] == "JSONDecodeError" and "line 3" in got[1].error[1]
    assert got[2].error[0] == "TypeError"
    assert got[3].kind == "text" and got[3].reference_date.isoformat() == "2022-01-02"
    assert got[4].error[0] == "KeyError" and got[5].error[0] == "TypeError"
    named = list(iter_inputs([str(path)], field="body", id_field="id"))
    assert [p.source for p in named if p.id == "x"] == ["no page field"]


def test_gzipped_jsonl_and_stdin(tmp_path: Path):
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(gzip.compress((json.dumps({"id": "g", "content": "zipped"}) + "\n").encode()))
    assert [p.source for p in iter_inputs([str(path)])] == ["zipped"]
    stdin = io.BytesIO((json.dumps({"id": "s", "page": "from stdin"}) + "\n").encode())
    assert [(p.id, p.source) for p in iter_inputs(["-"], stdin=stdin)] == [("s", "from stdin")]


def test_missing_inputs_are_refused_up_front(tmp_path: Path):
    with pytest.raises(InputError, match="no such file"):
        check_inputs([str(tmp_path / "missing.html")])
    with pytest.raises(InputError, match="no file matches"):
        check_inputs([str(tmp_path / "*.nothing")])
    with pytest.raises(InputError):
        check_inputs([])

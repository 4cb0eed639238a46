"""benchmarks.datasets: both folder layouts, built in a temporary folder with invented pages."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.datasets import DatasetError, decode, half_of, load_dataset, site_of_html  # noqa: E402

PAGE = "<html><body><h1>Ferry resumes</h1><p>The island ferry sailed again on Sunday.</p></body></html>"


def make_scrapinghub(root: Path) -> Path:
    (root / "html").mkdir(parents=True)
    (root / "text").mkdir()
    truth = {"b2": {"articleBody": "The island ferry sailed again on Sunday.", "url": "http://example.invalid/1"},
             "a1": {"articleBody": "Bakers in the old town went on strike.", "url": "http://example.invalid/2"},
             "c3": {"articleBody": "A page with no input files.", "url": "http://example.invalid/3"}}
    (root / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    (root / "html" / "b2.html.gz").write_bytes(gzip.compress(PAGE.encode("utf-8")))
    (root / "html" / "a1.html").write_text("<p>Bakers in the old town went on strike.</p>", encoding="utf-8")
    (root / "text" / "b2.txt").write_text("Menu\nFerry resumes\nThe island ferry sailed again on Sunday.\n",
                                          encoding="utf-8")
    return root


def make_readability(root: Path) -> Path:
    for name, body in (("page-two", "Second body."), ("page-one", "First body.")):
        folder = root / name
        folder.mkdir(parents=True)
        (folder / "gold.json").write_text(json.dumps({"title": "T", "body": body}), encoding="utf-8")
        (folder / "source.html").write_text(f"<p>{body}</p>", encoding="utf-8")
        (folder / "text.txt").write_text(body if name == "page-one" else "", encoding="utf-8")
    (root / "not-a-page").mkdir()
    return root


def test_scrapinghub_layout(tmp_path):
    ds = load_dataset(make_scrapinghub(tmp_path / "mine"))
    assert ds.layout == "scrapinghub" and ds.name == "mine"
    assert [p.id for p in ds.pages] == ["a1", "b2", "c3"]
    assert ds.truth()["a1"] == "Bakers in the old town went on strike."
    by_id = {p.id: p for p in ds.pages}
    assert by_id["b2"].read("html") == PAGE  # gzip decompressed
    assert by_id["a1"].read("html").startswith("<p>Bakers")
    assert by_id["b2"].read("text").splitlines()[1] == "Ferry resumes"
    assert by_id["a1"].read("text") is None
    assert [p.id for p in ds.with_input("html")] == ["a1", "b2"] and ds.missing("html") == 1
    assert [p.id for p in ds.with_input("text")] == ["b2"] and ds.missing("text") == 2
    assert [p.id for p in load_dataset(tmp_path / "mine", limit=2).pages] == ["a1", "b2"]


def test_readability_layout(tmp_path):
    ds = load_dataset(make_readability(tmp_path / "rd"))
    assert ds.layout == "readability"
    assert [(p.id, p.truth) for p in ds.pages] == [("page-one", "First body."), ("page-two", "Second body.")]
    assert ds.pages[1].read("text") == ""  # an empty dump is an input, not a missing one
    assert ds.pages[0].read("html") == "<p>First body.</p>"


def test_unknown_layout_and_missing_folder(tmp_path):
    with pytest.raises(DatasetError):
        load_dataset(tmp_path)
    with pytest.raises(DatasetError):
        load_dataset(tmp_path / "nowhere")


def test_decode_falls_back_to_the_declared_charset():
    page = '<meta charset="windows-1252"><p>caf\xe9 cr\xe8me</p>'.encode("cp1252")
    assert "café crème" in decode(page, "html")
    assert decode("\ufeffhello".encode("utf-8"), "text") == "hello"
    assert decode(b"caf\xe9", "text") == "caf\ufffd"


@pytest.mark.skipif(not (REPO.parent / "shared" / "bench" / "scrapinghub").is_dir(),
                    reason="shared bench folder absent (../shared/bench beside the repo)")
def test_shared_benchmarks_load():
    sh = load_dataset(REPO.parent / "shared" / "bench" / "scrapinghub")
    assert len(sh.pages) == 181 and sh.missing("html") == 0 and sh.missing("text") == 0
    rd = load_dataset(REPO.parent / "shared" / "bench" / "readability-dev")
    assert rd.layout == "readability" and len(rd.pages) == 61 and all(p.truth for p in rd.pages)


def test_pages_have_a_site_and_a_stable_half(tmp_path):
    ds = load_dataset(make_scrapinghub(tmp_path / "mine"))
    assert {p.site for p in ds.pages} == {"example.invalid"}
    assert {p.half for p in ds.pages} == {half_of("example.invalid")}
    # the split is a pure function of the site: the same on every machine, and both halves occur
    assert half_of("example.invalid") == half_of("example.invalid")
    assert {half_of(f"site{i}.example") for i in range(20)} == {"tune", "validate"}
    tune, validate = ds.half("tune"), ds.half("validate")
    assert len(tune.pages) + len(validate.pages) == len(ds.pages) and ds.half("all") is ds
    with pytest.raises(DatasetError):
        ds.half("middle")


def test_a_page_without_url_takes_its_site_from_the_html():
    assert site_of_html('<link rel="canonical" href="https://news.example.co.uk/a/1">') == "example.co.uk"
    assert site_of_html('<meta property="og:url" content="http://blog.example.org/x">') == "example.org"
    links = '<a href="http://www.shop.example.com/a">a</a><a href="https://shop.example.com/b">b</a>' \
            '<a href="http://other.example.net/">c</a>'
    assert site_of_html(links) == "example.com"
    assert site_of_html("<p>no links</p>") is None


def test_readability_pages_take_their_site_from_url_publisher_or_folder(tmp_path):
    ds = load_dataset(make_readability(tmp_path / "r"))
    assert {p.site for p in ds.pages} == {"page-one", "page-two"}
    folder = tmp_path / "r" / "nytimes-3"
    folder.mkdir()
    (folder / "gold.json").write_text(json.dumps({"body": "B", "publisher": "The Times"}), encoding="utf-8")
    assert {p.id: p.site for p in load_dataset(tmp_path / "r").pages}["nytimes-3"] == "The Times"


def test_checksum_changes_with_any_file(tmp_path):
    ds = load_dataset(make_scrapinghub(tmp_path / "mine"))
    before = ds.checksum()
    (tmp_path / "mine" / "text" / "b2.txt").write_text("changed", encoding="utf-8")
    assert ds.checksum() != before

"""Pages stored as files: the kind by suffix and the bytes, gzip looked through."""

from __future__ import annotations

import gzip

import pytest

from newsclean.inputs.files import kind_of_path, read_path


@pytest.mark.parametrize("path, kind", [
    ("pages/canal.html", "html"), ("pages/canal.HTM", "html"), ("canal.xhtml.gz", "html"),
    ("renderings/canal.txt", "text"), ("canal.txt.gz", "text"), ("canal.md", None), ("canal", None),
])
def test_kind_of_path(path, kind):
    assert kind_of_path(path) == kind


def test_read_path_decompresses_gzip(tmp_path):
    plain, packed = tmp_path / "a.html", tmp_path / "a.html.gz"
    plain.write_bytes(b"<p>Lock gates</p>")
    packed.write_bytes(gzip.compress(b"<p>Lock gates</p>"))
    assert read_path(str(plain)) == read_path(str(packed)) == b"<p>Lock gates</p>"

"""Pages stored as files: which input a file holds (by its suffix) and its bytes.

Shared by the batch runner, the corpus readers and the command line.

>>> kind_of_path("pages/canal.html.gz"), kind_of_path("pages/canal.txt"), kind_of_path("notes.md")
('html', 'text', None)
"""

from __future__ import annotations

import gzip
import os

from newsclean.inputs.detect import Kind

# a file's suffix (after an optional ".gz") -> the input kind it holds
SUFFIX_KIND: dict[str, Kind] = {".html": "html", ".htm": "html", ".xhtml": "html", ".txt": "text"}


def kind_of_path(path: str) -> Kind | None:
    """The kind of input by the file's suffix (".gz" looked through): "html", "text", or None when unknown."""
    name = path[:-3] if path.endswith(".gz") else path
    return SUFFIX_KIND.get(os.path.splitext(name)[1].lower())


def read_path(path: str) -> bytes:
    """The file's bytes, decompressed when its name ends in ".gz"."""
    with open(path, "rb") as fh:
        data = fh.read()
    if path.endswith(".gz"):
        data = gzip.decompress(data)
    return data

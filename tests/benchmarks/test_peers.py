"""benchmarks.peers: the text baselines and the peer registry (invented text)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks import peers  # noqa: E402

DUMP = """Home | World | Sport
The harbour bridge reopens after two years of repairs
The harbour bridge reopened on Monday after two years of repairs, the council said.
Drivers queued from dawn to be among the first to cross it again!
Please enable JavaScript to watch this video, it will not play otherwise.
We use cookies to improve your experience on this site.
Lorem ipsum dolor sit amet, consectetur adipiscing elit.
“It feels like the town is whole again,” one resident told us.”
Too short to keep.
Share"""


def test_c4_lines_keeps_sentence_like_lines_only():
    kept = peers.c4_lines(DUMP).splitlines()
    assert kept == [
        "The harbour bridge reopened on Monday after two years of repairs, the council said.",
        "Drivers queued from dawn to be among the first to cross it again!",
        "“It feels like the town is whole again,” one resident told us.”",
    ]


def test_whole_text_is_unchanged():
    assert peers.whole_text(DUMP) == DUMP


def test_lines_as_html_escapes_and_wraps_each_line():
    page = peers.lines_as_html("Fish & chips <cheap>\n\n  Second line  ")
    assert "<p>Fish &amp; chips &lt;cheap&gt;</p>" in page and "<p>Second line</p>" in page
    assert page.count("<p>") == 2


def test_registry_names_and_errors():
    assert peers.peer_names("text", default_only=True) == ["whole-text", "c4-lines", "trafilatura"]
    assert peers.peer_names("html", default_only=True) == ["trafilatura", "trafilatura-precision"]
    assert "trafilatura-nocomments" in peers.peer_names("html")
    tool = peers.build("c4", "text")
    assert tool.name == "c4-lines" and tool.extract("Short.") == ""
    with pytest.raises(KeyError):
        peers.build("whole-text", "html")


def test_trafilatura_peers_return_strings():
    pytest.importorskip("trafilatura")
    paragraphs = " ".join(["The council approved the new library budget after a long debate on Tuesday."] * 6)
    page = f"<html><body><nav>Home News</nav><article><h1>Library budget</h1><p>{paragraphs}</p></article></body></html>"
    out = peers.build("trafilatura", "html").extract(page)
    assert "library budget" in out and "Home News" not in out
    assert peers.build("trafilatura", "html").extract("<html></html>") == ""
    on_lines = peers.build("trafilatura", "text").extract(paragraphs)
    assert "new library budget" in on_lines

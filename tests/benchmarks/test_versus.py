"""benchmarks.versus: two tools timed page by page on a small invented dataset."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks import versus  # noqa: E402
from tests.benchmarks.test_run import make_dataset  # noqa: E402


def test_prints_both_tools_and_their_ratio(tmp_path, capsys):
    root = make_dataset(tmp_path / "tiny")
    assert versus.main(["--dataset", str(root), "--input", "text", "--tools", "newsclean,c4-lines",
                        "--rounds", "2"]) == 0
    out = capsys.readouterr().out
    assert "2 pages, input text, 2 rounds" in out
    assert "| newsclean |" in out and "| c4-lines |" in out
    assert "speed of newsclean relative to c4-lines:" in out


def test_needs_exactly_two_tools(tmp_path):
    root = make_dataset(tmp_path / "tiny")
    assert versus.main(["--dataset", str(root), "--tools", "newsclean"]) == 2

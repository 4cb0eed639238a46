"""benchmarks.stages: per-step timing of extract on a small invented dataset."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import newsclean  # noqa: E402
from newsclean import api  # noqa: E402

from benchmarks import stages  # noqa: E402
from tests.benchmarks.test_run import make_dataset  # noqa: E402


def test_table_lists_every_stage_and_restores_the_pipeline(tmp_path, capsys):
    root = make_dataset(tmp_path / "tiny")
    before = list(api._pipeline("text").stages)
    assert stages.main(["--dataset", str(root), "--input", "text", "--repeat", "2"]) == 0
    out = capsys.readouterr().out
    assert "2 pages x 2, input text" in out
    for name in ("segment (text)", "stage chrome_rules", "stage main_region", "stage language", "assemble", "other"):
        assert f"| {name} |" in out
    assert api._pipeline("text").stages == before  # timers removed
    assert api.segment_text.__module__ == "newsclean.segment.text"


def test_instrumented_extract_gives_the_same_article():
    page = "Storm closes schools\n\nBy Ann Lee\n\nHeavy snow closed every school in the county on Monday, officials said."
    plain = newsclean.extract(page)
    totals: dict[str, float] = defaultdict(float)
    with stages.instrumented("text", totals):
        timed = newsclean.extract(page)
    assert timed == plain
    assert totals["stage head_metadata"] > 0 and totals["segment (text)"] > 0

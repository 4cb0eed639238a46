"""benchmarks.silver on invented pages: the HTML path's declared names and date as silver."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks import silver  # noqa: E402

_PAGE = """<html><head><title>Harbour pier to be rebuilt</title>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour pier to be rebuilt",
"datePublished": "2024-03-12T09:30:00+01:00", "author": [{"@type": "Person", "name": "Nell Ashcombe"},
{"@type": "Person", "name": "Tomas Grieve"}]}</script></head>
<body><article><h1>Harbour pier to be rebuilt</h1>
<p>The council voted on Tuesday to rebuild the old harbour pier, which storms damaged last winter, at a cost
the town will share with the regional fund over the next three years.</p>
<p>Work is due to start in the spring, once the fishing season ends and the boats have moved to the new basin
on the far side of the bay.</p></article></body></html>"""


def test_declared_json_ld_names_and_date_are_silver():
    s = silver.silver_of(_PAGE)
    assert s.names == ["Nell Ashcombe", "Tomas Grieve"] and s.names_source == "html.json-ld"
    assert s.date is not None and s.date.startswith("2024-03-12") and s.date_source == "html.json-ld"


def test_a_page_that_declares_nothing_has_no_silver():
    page = (
        "<html><body><article><h1>Pier</h1><p>"
        + "The council voted to rebuild the pier. " * 8
        + "</p></article></body></html>"
    )
    s = silver.silver_of(page)
    assert s.names is None and s.date is None


def test_agreement_and_ceiling_fold_case_and_punctuation():
    assert silver.names_agree(["Nell Ashcombe", "dpa"], ["DPA", "nell ashcombe."])
    assert not silver.names_agree(["Nell Ashcombe", "Tomas Grieve"], ["Nell Ashcombe"])
    assert silver.names_printed(["Nell Ashcombe"], "Pier\nBy NELL ASHCOMBE | March 12, 2024\n...")
    assert not silver.names_printed(["Nell Ashcombe", "Tomas Grieve"], "By Nell Ashcombe")
    assert silver.date_agrees("2024-03-12T09:30:00+01:00", "2024-03-12")
    assert not silver.date_agrees("2024-03-12T09:30:00+01:00", None)
    assert silver.date_printed("2024-03-12T09:30:00+01:00", "Pier\nMarch 12, 2024\n...")


def test_main_reports_a_set_and_reads_its_cache(tmp_path, capsys):
    root = tmp_path / "set"
    (root / "html").mkdir(parents=True)
    (root / "text").mkdir()
    (root / "ground-truth.json").write_text(
        json.dumps({"p1": {"articleBody": "x", "url": "https://ledger.example.org/a"}})
    )
    (root / "html" / "p1.html.gz").write_bytes(gzip.compress(_PAGE.encode("utf-8")))
    (root / "text" / "p1.txt").write_text(
        "Harbour pier to be rebuilt\nBy Nell Ashcombe and Tomas Grieve\nMarch 12, 2024\n"
        "The council voted on Tuesday to rebuild the old harbour pier, which storms damaged last winter.\n",
        encoding="utf-8",
    )
    cache = tmp_path / "silver.json"
    assert silver.main([str(root), "--silver-cache", str(cache), "--failures"]) == 0
    first = capsys.readouterr().out
    assert "set, all: 1 pages" in first and "names  agree" in first and "(1/1)" in first
    assert json.loads(cache.read_text())["set"]["p1"]["names"] == ["Nell Ashcombe", "Tomas Grieve"]
    assert silver.main([str(root), "--silver-cache", str(cache), "--field", "names"]) == 0
    assert "date   agree" not in capsys.readouterr().out

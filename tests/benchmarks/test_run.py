"""benchmarks.run and benchmarks.gate on a small invented dataset."""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks import gate, run  # noqa: E402
from benchmarks.metric import evaluate  # noqa: E402

BODY_A = "The night market reopened on Friday with forty stalls. Vendors said trade was brisk."
BODY_B = "Volunteers planted two hundred trees along the river bank over the weekend."


def make_dataset(root: Path) -> Path:
    (root / "text").mkdir(parents=True)
    truth = {"a": {"articleBody": BODY_A}, "b": {"articleBody": BODY_B}}
    (root / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    (root / "text" / "a.txt").write_text(f"Menu\nSign in\n{BODY_A}\nShare this story\n", encoding="utf-8")
    (root / "text" / "b.txt").write_text(f"{BODY_B}\nRelated: the best parks in the county\n", encoding="utf-8")
    return root


def test_run_tool_scores_and_counts_errors():
    inputs = [("a", "x"), ("b", "y")]
    truth = {"a": BODY_A, "b": BODY_B}
    result = run.run_tool("whole-text", "text", inputs, truth)
    assert result.errors == 0 and result.predictions == {"a": "x", "b": "y"}
    assert result.score.f1 == 0.0 and result.pages == 2 and result.pages_per_s > 0


def test_tool_exceptions_are_counted_not_raised(monkeypatch):
    def boom(page: str) -> str:
        if page == "bad":
            raise RuntimeError("parser exploded")
        return BODY_B

    monkeypatch.setattr(run, "build_tool", lambda name, kind: run.peers.Tool(name, kind, boom))
    result = run.run_tool("fragile", "text", [("a", "bad"), ("b", "good")], {"a": BODY_A, "b": BODY_B})
    assert result.errors == 1 and result.predictions["a"] == ""
    assert result.error_samples == ["RuntimeError: parser exploded"]
    assert result.score.recall == 0.5 and result.score.precision == 1.0


def test_unloadable_tool_scores_zero_with_a_reason(monkeypatch):
    def broken(name, kind):
        raise ImportError("module half-built")

    monkeypatch.setattr(run, "build_tool", broken)
    result = run.run_tool("newsclean", "text", [("a", "p")], {"a": BODY_A})
    assert result.build_error == "ImportError: module half-built" and result.errors == 1
    assert result.score.f1 == 0.0 and result.pages_per_s is None


def test_page_diff_lists_missed_and_extra_sentences():
    diff = run.page_diff(BODY_A + "\n" + BODY_B, "Menu\nThe night market reopened on Friday with forty stalls.\n" + BODY_B)
    assert diff["missed"] == "Vendors said trade was brisk." and diff["missed_units"] == 1
    assert diff["extra"] == "Menu" and diff["extra_units"] == 1


def test_cli_table_json_and_worst(tmp_path, capsys):
    root = make_dataset(tmp_path / "tiny")
    assert run.main(["--dataset", str(root), "--input", "text", "--tools", "whole-text,c4-lines",
                     "--worst", "1", "--worst-tool", "whole-text"]) == 0
    out = capsys.readouterr().out
    assert "| whole-text | text |" in out and "| c4-lines | text |" in out
    assert "worst 1 pages by F1 for whole-text:" in out and "extra (" in out

    assert run.main(["--dataset", str(root), "--input", "text", "--tools", "c4-lines", "--json",
                     "--save", str(tmp_path / "preds")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["pages"] == 2 and data["input"] == "text" and data["results"][0]["tool"] == "c4-lines"
    saved = json.loads((tmp_path / "preds" / "tiny-text-c4-lines.json").read_text(encoding="utf-8"))
    expected = evaluate({"a": BODY_A, "b": BODY_B}, {k: v["articleBody"] for k, v in saved.items()})
    assert data["results"][0]["f1"] == round(expected.f1, 4)
    # the C4 filter keeps both article bodies and drops the chrome lines
    assert saved["b"]["articleBody"] == BODY_B


def test_cli_rejects_unknown_tools(tmp_path, capsys):
    root = make_dataset(tmp_path / "tiny")
    assert run.main(["--dataset", str(root), "--input", "html", "--tools", "c4-lines"]) == 2
    assert "no tool 'c4-lines' for --input html" in capsys.readouterr().err


def test_gate_skips_without_bench(tmp_path, capsys):
    assert gate.main(["--bench", str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().out


def test_gate_floors_only_rise_and_tolerate_a_thousandth():
    assert gate.raised({"x/text/all": 0.5, "y/text/all": 0.7}, {"x/text/all": 1.0, "y/text/all": 0.6}) == \
        {"x/text/all": 1.0, "y/text/all": 0.7}
    assert gate.verdict(0.9, 0.9009) == "ok" and gate.verdict(0.9, 0.9011).startswith("FAIL")
    assert gate.verdict(0.9, None) == "no floor"


def test_gate_record_round_trips(tmp_path):
    record = gate.Record(floors={"x/html/tune": 0.9}, checksums={"x": "ab"}, empty_allowed={"x/html/p": "why"})
    gate.write_record(record, tmp_path / "floors.json")
    assert gate.read_record(tmp_path / "floors.json") == record


STORY = ("The harbour board voted on Tuesday to rebuild the north pier before the winter storms arrive.\n"
         "Engineers told the board that the old timber piles had rotted further than a survey had shown in spring.\n"
         "The work will close the ferry berth for six weeks, and the island service will run from the south quay.\n"
         "Fishing crews said they welcomed the repair but asked the board to keep the fuel dock open at night.")


def make_gate_bench(root: Path) -> Path:
    """A bench folder holding one tiny set named like a dev set, in the ScrapingHub layout."""
    folder = root / "scrapinghub"
    (folder / "text").mkdir(parents=True)
    long_body = " ".join(["word"] * 60) + "."
    truth = {"a": {"articleBody": STORY, "url": "http://a.example.invalid/"},
             "c": {"articleBody": long_body, "url": "http://c.example.invalid/"}}
    (folder / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    (folder / "text" / "a.txt").write_text(f"Menu\nSign in\n{STORY}\nShare this story\n", encoding="utf-8")
    (folder / "text" / "c.txt").write_text("Menu\nSign in\n", encoding="utf-8")
    return root


def test_gate_checks_floors_checksums_and_lost_pages(tmp_path, capsys):
    bench = make_gate_bench(tmp_path / "bench")
    floors = tmp_path / "floors.json"
    args = ["--bench", str(bench), "--floors", str(floors), "--sets", "scrapinghub", "--jobs", "1"]
    # page c has a 60-word gold and comes out empty: a lost page, whatever the floors say
    assert gate.main(args + ["--update"]) == 1
    out = capsys.readouterr().out
    assert "scrapinghub/text/c: the gold has 50+ words and the body is empty" in out
    record = gate.read_record(floors)
    assert set(record.checksums) == {"scrapinghub"} and record.floors["scrapinghub/text/all"] > 0.4
    record.empty_allowed["scrapinghub/text/c"] = "a test page with no story"
    gate.write_record(record, floors)
    assert gate.main(args) == 0
    capsys.readouterr()
    # a floor above the figure fails
    record.floors["scrapinghub/text/all"] = 0.999
    gate.write_record(record, floors)
    assert gate.main(args) == 1
    assert "scrapinghub/text/all: F1" in capsys.readouterr().out
    record.floors["scrapinghub/text/all"] = 0.0
    gate.write_record(record, floors)
    # a changed data set fails until it is accepted
    (bench / "scrapinghub" / "text" / "c.txt").write_text("Menu", encoding="utf-8")
    assert gate.main(args) == 1
    assert "the data set changed" in capsys.readouterr().out
    assert gate.main(args + ["--accept-data"]) == 0


def test_run_tools_interleaves_the_clocks_and_scores_each_tool(monkeypatch):
    calls: list[tuple[str, str]] = []

    def make(name):
        def extract(page: str) -> str:
            calls.append((name, page))
            if name == "fragile" and page == "bad":
                raise RuntimeError("parser exploded")
            return BODY_A if page == "good" else ""
        return run.peers.Tool(name, "text", extract)

    monkeypatch.setattr(run, "build_tool", lambda name, kind: make(name))
    inputs = [("a", "good"), ("b", "bad"), ("c", "good")]
    truth = {"a": BODY_A, "b": BODY_B, "c": BODY_A}
    steady, fragile = run.run_tools(["steady", "fragile"], "text", inputs, truth, repeat=2)
    # after one warm-up call each, page by page, the order alternating between pages and rounds
    timed = calls[2:]
    assert timed[:6] == [("steady", "good"), ("fragile", "good"), ("fragile", "bad"), ("steady", "bad"),
                         ("steady", "good"), ("fragile", "good")]
    assert timed[6:8] == [("fragile", "good"), ("steady", "good")]
    assert len(timed) == 12
    assert steady.errors == 0 and fragile.errors == 1 and fragile.error_samples == ["RuntimeError: parser exploded"]
    assert steady.predictions == fragile.predictions == {"a": BODY_A, "b": "", "c": BODY_A}
    assert steady.pages == 3 and steady.pages_per_s > 0 and fragile.pages_per_s > 0


def test_run_tools_reports_a_tool_that_cannot_be_built(monkeypatch):
    def build(name, kind):
        if name == "broken":
            raise ImportError("module half-built")
        return run.peers.Tool(name, kind, lambda page: page)

    monkeypatch.setattr(run, "build_tool", build)
    ok, broken = run.run_tools(["ok", "broken"], "text", [("a", BODY_A)], {"a": BODY_A})
    assert ok.score.f1 == 1.0 and broken.build_error == "ImportError: module half-built"


def test_results_table_gives_whole_set_and_halves_per_tool(tmp_path, capsys):
    from benchmarks import table

    bench = make_gate_bench(tmp_path / "bench")
    assert table.main(["--bench", str(bench), "--sets", "scrapinghub", "--inputs", "text"]) == 0
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if line.startswith("| scrapinghub | text |")]
    assert [row.split(" | ")[2] for row in rows] == ["newsclean", "whole-text", "c4-lines"]
    # page c (a 60-word gold, a page of menu lines) comes out empty from newsclean: counted
    assert rows[0].split(" | ")[8] == "1"

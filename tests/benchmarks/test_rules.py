"""benchmarks.rules: on how many pages each rule entry fires, on invented pages."""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks import rules as rule_bench  # noqa: E402

STORY = ("The harbour board voted on Tuesday to rebuild the northern wall before winter, its chair said. "
         "Work will start in March and last four months, and the fishing fleet will moor in the south basin.")


def entry_id(file: str, text: str) -> str:
    """The id of the entry with this text in this file."""
    return next(e.id for e in rule_bench.rule_entries() if e.file == file and e.text == text)


def test_every_line_of_every_rule_file_is_an_entry_with_its_place():
    entries = rule_bench.rule_entries()
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids)) and len(entries) > 1000
    share = next(e for e in entries if e.file == "en/share_widgets.txt" and e.text == "share on facebook")
    line = (REPO / "newsclean/rules/data/en/share_widgets.txt").read_text(encoding="utf-8").splitlines()[share.line - 1]
    assert line.strip() == "share on facebook" and share.kind == "matcher"
    assert all(not e.text.startswith("#") for e in entries)
    assert next(e for e in entries if e.concern == "date_months").kind == "vocabulary"


def test_a_phrase_fires_only_on_a_block_its_rule_removed():
    matcher = rule_bench.Matcher(rule_bench.rule_entries())
    share = entry_id("en/share_widgets.txt", "share on facebook")
    assert share in matcher.fired([("chrome.share_widget", "Share on Facebook")])
    # the same words removed by another rule (a region cut) are not the phrase's doing
    assert share not in matcher.fired([("region.outside", "Share on Facebook")])


def test_a_pattern_block_credits_the_first_matching_pattern_only():
    matcher = rule_bench.Matcher(rule_bench.rule_entries())
    fired = matcher.fired([("chrome.line_shape", "274K+")])
    line_shapes = [e for e in fired if "/chrome_line_patterns.txt:" in e]
    assert len(line_shapes) == 1 and line_shapes[0].startswith("xx/")


def test_a_run_counts_pages_per_set_and_input(tmp_path):
    root = tmp_path / "bench" / "tiny"
    (root / "text").mkdir(parents=True)
    truth = {"a": {"articleBody": STORY}, "b": {"articleBody": STORY}}
    (root / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    for page in ("a", "b"):
        extra = "Share on Facebook\n" if page == "a" else ""
        (root / "text" / f"{page}.txt").write_text(f"{extra}{STORY}\n{STORY} Again.\n", encoding="utf-8")
    report = rule_bench.run(tmp_path / "bench", ["tiny"], ["text"], jobs=1)
    share = entry_id("en/share_widgets.txt", "share on facebook")
    assert report.pages == {"tiny": {"text": 2}} and not report.errors
    assert report.fired[share]["tiny"]["text"] == {"a"} and report.page_count(share) == 1
    assert report.bucket(share) == "1"
    data = report.to_json()
    row = next(r for r in data["entries"] if r["id"] == share)
    assert row["pages"] == 1 and row["by_set"] == {"tiny": {"text": 1}} and row["page_ids"] == ["tiny/a"]
    totals = data["totals"]["matcher"]
    assert totals["1"] >= 1 and sum(totals.values()) == sum(1 for e in report.entries if e.kind == "matcher")
    table = rule_bench.format_summary(report)
    assert "| en/share_widgets.txt |" in table and "**all matchers**" in table


def test_main_writes_json_and_lists_entries(tmp_path, capsys):
    root = tmp_path / "tiny"
    (root / "text").mkdir(parents=True)
    (root / "ground-truth.json").write_text(json.dumps({"a": {"articleBody": STORY}}), encoding="utf-8")
    (root / "text" / "a.txt").write_text(f"Share on Facebook\n{STORY}\n{STORY} Again.\n", encoding="utf-8")
    out = tmp_path / "rules.json"
    code = rule_bench.main(["--bench", str(tmp_path), "--sets", "tiny", "--inputs", "text", "--jobs", "1",
                            "--json", str(out), "--list", "1"])
    assert code == 0
    printed = capsys.readouterr().out
    assert "share on facebook" in printed and json.loads(out.read_text(encoding="utf-8"))["pages"] == {"tiny": {"text": 1}}
    assert rule_bench.main(["--bench", str(tmp_path), "--inputs", "pdf"]) == 2

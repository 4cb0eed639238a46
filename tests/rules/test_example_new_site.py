"""The README's worked example ("Teaching newsclean a new site") holds."""

from __future__ import annotations

from pathlib import Path

import newsclean

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "new_site"
TIP = "Got a harbour story? The Ledger's tip line is open around the clock."


def test_defaults_miss_the_tip_line_and_the_rule_file_removes_it():
    page = (EXAMPLE / "page.txt").read_text(encoding="utf-8")
    plain = newsclean.extract(page)
    assert TIP in [b.text for b in plain.blocks]

    taught = newsclean.extract(page, rules=EXAMPLE / "rules.toml")
    body = [b.text for b in taught.blocks]
    assert TIP not in body
    assert len(body) == 4 and body[0].startswith("Ferry crews on the Tidewater crossing")
    rules = {r.text: r.rule for r in taught.removed}
    assert rules[TIP] == "chrome.line_shape"
    assert rules["Ledger Lookout picks"] == "chrome.section_header"
    assert taught.title == "Tidewater ferry crews vote to accept new pay deal"
    assert taught.authors == ["Nell Ashcombe"]

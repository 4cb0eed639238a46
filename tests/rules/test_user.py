"""newsclean.rules.user: rule packs applied per call, never changing the defaults."""

from __future__ import annotations

import json

import pytest

import newsclean
from newsclean.document import Label
from newsclean.rules.user import CONCERNS, RuleError, RulePack, load_rules, rule_pack

STORY = [
    "The county council approved a plan on Monday to rebuild the north pier, which was damaged in a storm last winter.",
    "Work will start in April and should take about eighteen months, the council's engineer told the meeting.",
    "Fishermen who use the pier said they were relieved, although several asked why the repairs had taken so long.",
]
PAGE = "\n\n".join([
    "Pier rebuild approved",
    "By Ann Lee",
    STORY[0],
    STORY[1],
    "Quay Desk bulletin: tell us what you saw",
    STORY[2],
    "Elsewhere on the Gazette",
    "Ferry fares to rise in spring",
    "Lighthouse lamp repaired at last",
])


def _body(article: newsclean.Article) -> list[str]:
    return [b.text for b in article.blocks]


def test_defaults_miss_the_chrome():
    body = _body(newsclean.extract(PAGE, kind="text"))
    assert "Quay Desk bulletin: tell us what you saw" in body


def test_mapping_pack_removes_it_and_leaves_the_defaults_alone():
    rules = {"section_headers": ["Elsewhere on the Gazette"],
             "chrome_line_patterns": [r"^quay desk bulletin\b.{0,80}$"]}
    article = newsclean.extract(PAGE, kind="text", rules=rules)
    assert _body(article) == STORY
    by_text = {r.text: r.rule for r in article.removed}
    assert by_text["Quay Desk bulletin: tell us what you saw"] == "chrome.line_shape"
    assert by_text["Elsewhere on the Gazette"] == "chrome.section_header"
    # the next call without rules sees only the defaults
    assert "Quay Desk bulletin: tell us what you saw" in _body(newsclean.extract(PAGE, kind="text"))


@pytest.mark.parametrize("suffix,content", [
    (".json", json.dumps({"section_headers": ["Elsewhere on the Gazette"],
                          "chrome_line_patterns": ["^quay desk bulletin\\b.{0,80}$"]})),
    (".toml", 'section_headers = ["Elsewhere on the Gazette"]\n'
              "chrome_line_patterns = ['^quay desk bulletin\\b.{0,80}$']\n"),
    (".txt", "# my site\n[section_headers]\nElsewhere on the Gazette\n\n"
             "[chrome_line_patterns]\n^quay desk bulletin\\b.{0,80}$\n"),
])
def test_config_files(tmp_path, suffix, content):
    path = tmp_path / f"gazette{suffix}"
    path.write_text(content, encoding="utf-8")
    assert _body(newsclean.extract(PAGE, kind="text", rules=str(path))) == STORY
    assert _body(newsclean.extract(PAGE, kind="text", rules=path)) == STORY
    pack = load_rules(path)
    assert pack.phrases["section_headers"] == ("elsewhere on the gazette",)


def test_file_edits_are_seen(tmp_path):
    path = tmp_path / "r.json"
    path.write_text(json.dumps({"section_headers": ["Nothing here"]}), encoding="utf-8")
    assert "Quay Desk bulletin: tell us what you saw" in _body(newsclean.extract(PAGE, kind="text", rules=path))
    path.write_text(json.dumps({"chrome_line_patterns": ["^quay desk bulletin\\b.{0,80}$", "^x{3}$"]}),
                    encoding="utf-8")
    assert "Quay Desk bulletin: tell us what you saw" not in _body(newsclean.extract(PAGE, kind="text", rules=path))


def test_custom_stage_and_list_of_specs():
    @newsclean.stage("drop_gazette_teasers")
    def drop_teasers(doc):
        after = False
        for b in doc.blocks:
            if b.text == "Elsewhere on the Gazette":
                after = True
            if after and not b.decided:
                b.mark(Label.CHROME, "gazette.teasers")

    article = newsclean.extract(PAGE, kind="text",
                                rules=[drop_teasers, {"chrome_line_patterns": [r"^quay desk bulletin\b.*$"]}])
    assert _body(article) == STORY
    assert {r.rule for r in article.removed if "Ferry fares" in r.text} == {"gazette.teasers"}


def test_stage_position_attributes():
    seen = []

    @newsclean.stage("spy")
    def spy(doc):
        seen.append(sum(1 for b in doc.blocks if b.label == Label.BODY))

    spy.after = "finalise"
    newsclean.extract(PAGE, kind="text", rules=spy)
    assert seen and seen[0] >= 3  # ran after the region had chosen the body
    spy.after = "no_such_stage"
    with pytest.raises(RuleError, match="no stage"):
        rule_pack(spy).pipeline(newsclean.api._pipeline("text"))


def test_pipelines_are_cached_per_pack_and_defaults_unchanged():
    base = newsclean.api._pipeline("text")
    before = list(base.stages)
    a = rule_pack({"section_headers": ["Elsewhere on the Gazette"]})
    b = rule_pack({"section_headers": ["Elsewhere on the Gazette"]})
    assert a == b and hash(a) == hash(b)
    assert a.pipeline(base) is b.pipeline(base)
    assert base.stages == before
    assert a.pipeline(base).stages[1] is not base.stages[1]


def test_residue_and_bio_patterns():
    page = "\n\n".join(["Pier rebuild approved", STORY[0], STORY[1] + " Gazette extra", STORY[2],
                        "Ann Lee keeps the Quay Desk running and has lived in Port Ellery since 1990."])
    article = newsclean.extract(page, kind="text", rules={
        "inline_residue_patterns": [r"\s+gazette extra$"],
        "bio_patterns": [r"^Ann Lee keeps the Quay Desk\b"]})
    assert STORY[1] in _body(article)
    assert article.author_bio and article.author_bio.startswith("Ann Lee keeps")


@pytest.mark.parametrize("bad,match", [
    ({"no_such_concern": ["x"]}, "unknown concern"),
    ({"chrome_line_patterns": ["(unclosed"]}, "does not compile"),
    ({"tag_patterns": ["^labels: .*$"]}, "needs a group"),
    ({"section_headers": "not a list"}, "list of strings"),
    (42, "cannot make rules"),
])
def test_bad_packs_raise(bad, match):
    with pytest.raises(RuleError, match=match):
        newsclean.extract(PAGE, kind="text", rules=bad)


def test_missing_file_and_bad_suffix(tmp_path):
    with pytest.raises(RuleError, match="not found"):
        rule_pack(tmp_path / "missing.json")
    p = tmp_path / "rules.yaml"
    p.write_text("x", encoding="utf-8")
    with pytest.raises(RuleError, match="json, .toml or .txt"):
        load_rules(p)


def test_txt_entry_before_section(tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("orphan line\n", encoding="utf-8")
    with pytest.raises(RuleError, match="before any"):
        load_rules(p)


def test_packs_combine():
    pack = rule_pack([{"section_headers": ["A"]}, {"section_headers": ["B", "a"]}])
    assert pack.phrases["section_headers"] == ("a", "b")
    assert isinstance(pack + RulePack({}, {}), RulePack)
    assert "section_headers" in CONCERNS and "byline_role_author" not in CONCERNS


def test_extract_with_rules_pickles_and_stays_pure():
    import pickle

    rules = {"section_headers": ["Elsewhere on the Gazette"]}
    first = newsclean.extract(PAGE, kind="text", rules=rules)
    second = newsclean.extract(PAGE, kind="text", rules=rules)
    assert first == second
    assert pickle.loads(pickle.dumps(first)) == first


def test_html_pipeline_copy_keeps_its_settings():
    base = newsclean.api._pipeline("html")
    chrome = next(s for s in base.stages if s.name == "chrome_rules")
    copy = next(s for s in rule_pack({"chrome_line_patterns": [r"^quay desk\b.*$"]}).pipeline(base).stages
                if s.name == "chrome_rules")
    assert copy is not chrome
    assert copy.max_pattern_words == chrome.max_pattern_words
    assert chrome.phrase_rule is not copy.phrase_rule and "quay desk" not in chrome.phrase_rule
    html = ("<html><body><article><h1>Pier rebuild approved</h1>" + "".join(f"<p>{t}</p>" for t in STORY[:2])
            + "<p>Quay Desk bulletin: tell us what you saw</p>" + f"<p>{STORY[2]}</p></article></body></html>")
    plain = newsclean.extract(html, kind="html")
    taught = newsclean.extract(html, kind="html", rules={"chrome_line_patterns": [r"^quay desk bulletin\b.*$"]})
    assert "Quay Desk bulletin: tell us what you saw" in [b.text for b in plain.blocks]
    assert [b.text for b in taught.blocks] == STORY


def test_user_patterns_use_simple_case_folding():
    """Full case folding (regex VERSION1) backtracks exponentially on runs like "iiii" or "ssss"."""
    import time

    pack = {"chrome_line_patterns": [r"^(?:photo|image)[a-z ]{0,40}(?:credit|courtesy)\b.{0,60}$"]}
    line = "i" * 40 + "s" * 40 + " not a credit line"
    page = f"Storm closes schools\n\nHeavy snow closed every school in the county on Monday.\n\n{line}\n"
    start = time.process_time()
    article = newsclean.extract(page, kind="text", rules=pack)
    assert time.process_time() - start < 5  # a guard against a hang, not a speed target
    assert article.title == "Storm closes schools"

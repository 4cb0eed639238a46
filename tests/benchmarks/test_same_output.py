"""benchmarks.same_output: Articles saved and compared page by page, field by field."""

from __future__ import annotations

from benchmarks.same_output import differences, load, save


def test_saved_articles_load_back_unchanged(tmp_path):
    found = {"p1": {"title": "Lock reopens", "authors": ["Ann Lee"]}, "p2": {"error": "ValueError: bad"}}
    save(tmp_path, "dragnet", "html", found)
    assert load(tmp_path, "dragnet", "html") == found
    assert load(tmp_path, "dragnet", "text") is None


def test_differences_name_the_changed_fields_and_pages_on_one_side_only():
    before = {"p1": {"title": "A", "body": "x"}, "p2": {"title": "B"}, "p3": {"title": "C"}}
    after = {"p1": {"title": "A", "body": "y"}, "p2": {"title": "B"}, "p4": {"title": "D"}}
    assert differences(before, after) == {"p1": ["body"], "p3": ["<page>"], "p4": ["<page>"]}


def test_a_page_that_starts_failing_is_a_difference():
    assert differences({"p": {"title": "A"}}, {"p": {"error": "ValueError: x"}}) == {"p": ["error", "title"]}

"""Stage contracts: what each stage declares is what it does, and pipelines check the order."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from newsclean.api import _normalise_meta
from newsclean.document import FIELDS, Document, Label
from newsclean.errors import PipelineError
from newsclean.inputs import shrink_payloads
from newsclean.language import declared_language
from newsclean.segment import segment_html, segment_text
from newsclean.stages.base import Pipeline, contract, stage
from newsclean.stages.features import compute_features
from newsclean.stages.pipelines import HTML_INPUT, TEXT_INPUT, html_pipeline, text_pipeline
from newsclean.stages.tracing import merge, trace

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _pages(kind: str) -> list[str]:
    suffix = ".html" if kind == "html" else ".txt"
    return [p.read_bytes().decode("utf-8", "replace") for p in sorted(SAMPLES.glob("*" + suffix))]


def _input_doc(kind: str, page: str) -> Document:
    """The document as api.extract hands it to the pipeline."""
    if kind == "text":
        return segment_text(page)
    page, _ = shrink_payloads(page)
    doc = segment_html(page)
    _normalise_meta(doc)
    doc.meta.setdefault("declared_language", partial(declared_language, page))
    return doc


@pytest.fixture(scope="module", params=["text", "html"])
def traced(request):
    kind = request.param
    pipeline = text_pipeline() if kind == "text" else html_pipeline()
    return kind, pipeline, merge(trace(pipeline, _input_doc(kind, page)) for page in _pages(kind))


def test_every_sample_page_is_traced(traced):
    kind, _, _ = traced
    assert len(_pages(kind)) >= 10


def test_each_stage_reads_only_what_it_declares(traced):
    kind, pipeline, seen = traced
    problems = []
    for s in pipeline.stages:
        requires, may_read, assigns = contract(s)
        access = seen[s.name]
        # an unguarded subscript read needs the field: it must be required (or the stage's own
        # result); a read behind a lookup (`if doc.meta.get("title"): ... doc.meta["title"]`) may not
        for field in sorted(access.reads - access.looks - set(requires) - set(assigns)):
            problems.append(f"{s.name} reads {field} without requiring it")
        for field in sorted((access.looks | access.reads) - set(requires) - set(may_read) - set(assigns)):
            problems.append(f"{s.name} looks up {field} without declaring it")
    assert not problems, f"{kind}:\n" + "\n".join(problems)


def test_each_stage_writes_only_what_it_assigns(traced):
    kind, pipeline, seen = traced
    problems = [f"{s.name} writes {field} without assigning it"
                for s in pipeline.stages for field in sorted(seen[s.name].writes - set(contract(s)[2]))]
    assert not problems, f"{kind}:\n" + "\n".join(problems)


def test_every_declared_field_is_a_document_field():
    for pipeline in (text_pipeline(), html_pipeline()):
        for s in pipeline.stages:
            for field in (f for fields in contract(s) for f in fields):
                assert field in FIELDS, (s.name, field)


@pytest.mark.parametrize("kind", ["text", "html"])
def test_the_input_paths_fill_only_the_fields_they_provide(kind):
    provided = HTML_INPUT if kind == "html" else TEXT_INPUT
    for page in _pages(kind):
        doc = _input_doc(kind, page)
        filled = {f"found.{k}" for k in doc.found} | {f"meta.{k}" for k in doc.meta}
        filled |= {f"features.{k}" for b in doc.blocks for k in b.features}
        assert filled <= provided, sorted(filled - provided)


def test_describe_lists_every_stage_with_its_fields():
    text = text_pipeline().describe()
    for name in text_pipeline().names:
        assert f". {name}" in text
    assert "requires: features.words, found.region" in text  # head_metadata
    html = html_pipeline().describe()
    assert html.startswith("input: assigns found.hidden") and "html_byline_guard" in html


# --- the order check --------------------------------------------------------------------

def test_a_stage_moved_before_what_it_requires_is_refused_when_the_pipeline_is_built():
    stages = text_pipeline().stages
    names = [s.name for s in stages]
    head = stages[names.index("head_metadata")]
    moved = [s for s in stages if s is not head]
    moved.insert(names.index("main_region"), head)  # before the region it reads
    with pytest.raises(PipelineError, match="'head_metadata' requires found.region"):
        Pipeline(moved)


def test_removing_a_stage_others_depend_on_says_which():
    with pytest.raises(PipelineError, match="requires found.region"):
        text_pipeline().without("main_region")


def test_a_custom_stage_is_checked_like_ours():
    @stage("shouting_lines", requires=["features.words", "found.region"], assigns=["found.tags"])
    def shouting_lines(doc):
        doc.found["tags"] = [b.text for b in doc.blocks if b.text.isupper() and b.features["words"] <= 3]

    assert "shouting_lines" in text_pipeline().insert_after("main_region", shouting_lines).names
    with pytest.raises(PipelineError, match="'shouting_lines' requires found.region"):
        text_pipeline().insert_after("chrome_rules", shouting_lines)


def test_an_unknown_field_is_refused():
    @stage("typo", requires=["features.wrods"])
    def typo(doc):
        pass

    with pytest.raises(PipelineError, match="features.wrods, which is not a Document field"):
        Pipeline([compute_features, typo])


def test_a_stage_that_declares_nothing_still_runs():
    def plain(doc):
        for b in doc.blocks:
            b.mark(Label.CHROME, "custom.all")

    plain.name = "plain"  # type: ignore[attr-defined]
    doc = Document.from_lines(["Menu"])
    Pipeline([plain]).run(doc)
    assert doc.blocks[0].label == Label.CHROME


def test_a_traced_custom_stage_shows_what_to_declare():
    @stage("count_shouting")
    def count_shouting(doc):
        doc.found["tags"] = [b.text for b in doc.blocks if b.features["norm"].isupper()]

    seen = trace(Pipeline([compute_features, count_shouting]), Document.from_lines(["BUY NOW", "calm"]))
    assert seen["count_shouting"].reads == {"features.norm"}
    assert seen["count_shouting"].writes == {"found.tags"}


def test_starting_after_a_stage_counts_its_fields_as_provided(text_doc):
    story = " ".join(["The old canal lock reopened on Tuesday after two winters of repairs to its gates."] * 6)
    doc = text_doc(f"Lock reopens\n\nBy Ann Lee\n\n{story}\n\n{story}")
    rest = text_pipeline().starting_after("features")
    assert rest.names[0] == "chrome_rules" and "features.words" in rest.provided
    rest.run(doc)
    assert any(b.label == Label.BODY for b in doc.blocks)

"""The assembler's choice of authors between byline lines and declared metadata."""

from newsclean.assemble import _people
from newsclean.document import Document
from newsclean.metadata import bylines


def _doc(lines: list[str], meta_authors: list[str], source: str | None) -> Document:
    doc = Document(blocks=[], source_kind="html")
    doc.found["parsed_bylines"] = [bylines.parse_byline(t) for t in lines]
    doc.found["bylines"] = list(lines)
    doc.found["meta_authors"] = meta_authors
    if source:
        doc.meta["authors_source"] = source
    return doc


def test_declared_authors_win_over_a_line_naming_someone_else():
    authors, contributors, _, _ = _people(_doc(["Ines Duarte, MD"], ["Kelli Marsh"], "html.json-ld"))
    assert authors == ["Kelli Marsh"]
    assert all(c.name != "Ines Duarte" or c.role != "author" for c in contributors)


def test_byline_line_kept_when_it_agrees_with_declared_authors():
    authors, _, _, _ = _people(_doc(["By K. Marsh and Tom Vale"], ["Kelli Marsh"], "html.json-ld"))
    assert authors == ["K. Marsh", "Tom Vale"]


def test_byline_line_kept_without_declared_authors():
    authors, _, _, _ = _people(_doc(["By Tom Vale"], [], None))
    assert authors == ["Tom Vale"]


def test_editor_role_of_a_disagreeing_line_stays():
    _, contributors, _, _ = _people(_doc(["Written by Ann Lee / Edited by Bo Chen"], ["Kelli Marsh"], "html.json-ld"))
    assert ("Bo Chen", "editor") in {(c.name, c.role) for c in contributors}


def test_declared_co_author_joins_an_agreeing_byline_line():
    authors, _, _, _ = _people(_doc(["K. Marsh"], ["Kelli Marsh", "Tom Vale"], "html.meta:dc.creator"))
    assert authors == ["K. Marsh", "Tom Vale"]


def test_metadata_authors_without_a_byline_line():
    authors, _, _, _ = _people(_doc([], ["Kelli Marsh", "Tom Vale"], None))
    assert authors == ["Kelli Marsh", "Tom Vale"]

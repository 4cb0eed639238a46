"""The assembler's choice of authors between byline lines and declared metadata."""

from newsclean.stages.choices import _people
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


def test_declared_pen_name_and_collective_author_reach_the_article():
    # read_page_metadata keeps a declared pen name and a collective author; the stages do
    # not clean them a second time with the person-name rules
    import newsclean

    story = "<p>" + "The ferry left the harbour at dawn and the crew counted the cars on board. " * 6 + "</p>"
    html = ('<html><head><meta name="author" content="海邊的家_小藍 (xiaolan88)"><title>Ferry day</title></head>'
            f'<body><article><h1>Ferry day</h1>{story}{story}</article></body></html>')
    assert newsclean.extract(html, kind="html").authors == ["海邊的家_小藍"]
    html = ('<html><head><script type="application/ld+json">{"@type": "Article", "headline": "Ferry day",'
            ' "author": {"@type": "Organization", "name": "Contributors to Shore Wiki"}}</script></head>'
            f'<body><article><h1>Ferry day</h1>{story}{story}</article></body></html>')
    assert newsclean.extract(html, kind="html").authors == ["Contributors to Shore Wiki"]


def test_collective_author_only_stands_in_when_nobody_is_credited():
    org = ["Contributors to Shore Wiki"]
    # nothing on the page names anyone: the declared organisation is the author
    assert _people(_doc([], org, "html.json-ld:organization"))[0] == org
    # a credits line names the reporter: the reporter, not the organisation
    authors, _, _, _ = _people(_doc(["Reporting by Lena Osei; Editing by Ines Holt"], ["Coastline Wire"],
                                    "html.json-ld:organization"))
    assert authors == ["Lena Osei"]
    # a byline line credits it as the outlet: the story's source, not an author
    authors, _, _, source = _people(_doc(["By Coastline Wire"], ["Coastline Wire"], "html.json-ld:organization"))
    assert authors == []
    assert source == "Coastline Wire"


def test_credits_line_beside_declared_authors():
    # the declared spelling wins over a one-letter slip; additional reporters contributed
    authors, contributors, _, _ = _people(_doc(
        ["Reporting by Nora Halvorsen and Cy Dart; Additional reporting by Ed Brand; Editing by Ines Holt"],
        ["Nora Halvorson", "Cy Dart"], "html.json-ld"))
    assert authors == ["Nora Halvorson", "Cy Dart"]
    roles = {(c.name, c.role) for c in contributors}
    assert ("Ed Brand", "contributor") in roles and ("Ines Holt", "editor") in roles
    assert not any(c.name == "Nora Halvorsen" for c in contributors)


def test_declared_agencies_follow_the_people():
    doc = _doc([], ["Nora Hale"], "html.json-ld")
    doc.meta["agencies"] = ["AP"]
    authors, contributors, _, source = _people(doc)
    assert authors == ["Nora Hale"]
    assert [(c.name, c.role) for c in contributors] == [("Nora Hale", "author"), ("AP", "agency")]
    assert source == "AP"


def test_publisher_credit_only_when_nobody_else_is_credited():
    doc = _doc([], [], None)
    doc.meta["publisher_credit"] = "Daily Planet"
    assert [(c.name, c.role) for c in _people(doc)[1]] == [("Daily Planet", "agency")]
    doc = _doc(["By Nora Hale"], [], None)
    doc.meta["publisher_credit"] = "Daily Planet"
    assert [c.name for c in _people(doc)[1]] == ["Nora Hale"]
    doc = _doc([], [], None)
    doc.meta.update(publisher_credit="Daily Planet", agencies=["dpa"])
    assert [c.name for c in _people(doc)[1]] == ["dpa"]


def test_same_person_across_spellings():
    from newsclean.stages.choices import same_person
    assert same_person("Nora Hale", "NORA HALE") and same_person("Renée Dubois", "Renee Dubois")
    assert same_person("Maya Gebeily", "Maya Gebeilly")
    assert not same_person("Ann Lee", "Ann Lea") and not same_person("Nora Hale", "Cy Hale")


def test_article_lists_the_headlines_beside_the_visible_title():
    import newsclean

    story = "<p>" + "The ferry left the harbour at dawn and the crew counted the cars on board. " * 6 + "</p>"
    html = ('<html><head><meta property="og:title" content="Why your ferry ticket costs more">'
            '<title>Harbour ferry fares rise from May</title></head>'
            f'<body><article><h1>Harbour ferry fares rise from May</h1>{story}{story}</article></body></html>')
    a = newsclean.extract(html, kind="html")
    assert a.title == "Harbour ferry fares rise from May"
    assert [(h.source, h.text) for h in a.headlines] == [
        ("h1", "Harbour ferry fares rise from May"), ("og:title", "Why your ferry ticket costs more"),
        ("title", "Harbour ferry fares rise from May")]
    assert newsclean.extract("Harbour ferry fares rise from May\n\n" + "The ferry left the harbour. " * 20,
                             kind="text").headlines == []

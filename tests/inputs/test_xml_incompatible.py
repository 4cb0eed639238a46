"""Pages with characters XML cannot hold (C0 controls, NUL bytes, lone surrogates,
U+FFFE/U+FFFF, numeric references to them) extract on both paths: lxml refuses such
strings ("All strings must be XML compatible"), so they must never reach it."""

import pytest

import newsclean

STORY = ("The harbour board approved a new winter timetable for the ferry on Tuesday, adding two early "
         "sailings on weekdays after a campaign by commuters who said the first boat left too late.")
BAD = ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\ud800", "\udfff", "\ufffe", "\uffff",
       "&#0;", "&#1;", "&#x0B;", "&#12;", "&#xD800;", "&#xFFFE;", "&#1114112;"]


def _page(bad: str) -> str:
    json_bad = bad if bad.startswith("&") else "\\u%04x" % ord(bad)
    return (f"<!DOCTYPE html><html lang='en{bad}'><head><title>Ferry{bad} timetable</title>"
            f"<meta name='author' content='Ann{bad} Lee'><meta property='og:title' content='Ferry{bad}'>"
            '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry' + json_bad
            + '","articleBody":"' + STORY + json_bad + '"}</script></head>'
            f"<body><nav><a href='/a{bad}' title='t{bad}'>Ho{bad}me</a></nav><article class='x{bad}'>"
            f"<h1 data-x='{bad}'>Ferry{bad} timetable approved</h1><p>By Ann{bad} Lee</p>"
            f"<p>{STORY}</p><p>{STORY.replace('Tuesday', 'Monday' + bad)}</p><p>{STORY}</p>"
            f"<ul><li>item{bad}</li></ul><table><tr><td>cell{bad}</td></tr></table><!-- {bad} --></article>"
            "</body></html>")


@pytest.mark.parametrize("bad", BAD, ids=[repr(b) for b in BAD])
def test_html_with_xml_incompatible_characters_extracts(bad):
    page = _page(bad)
    for source in (page, page.encode("utf-8", "surrogatepass")):
        article = newsclean.extract(source, kind="html")
        assert "first boat left too late" in article.body
        assert all(c not in article.body for c in "\x00\x01\x0b\ud800\ufffe")
        article.model_dump_json()  # serialisable: no lone surrogates left


@pytest.mark.parametrize("bad", [b for b in BAD if not b.startswith("&")])
def test_text_with_xml_incompatible_characters_extracts(bad):
    page = f"Ferry{bad} timetable approved\n\nBy Ann{bad} Lee\n\n{STORY}\n\n{STORY.replace('Tuesday', bad + 'Monday')}"
    article = newsclean.extract(page, kind="text")
    assert "first boat left too late" in article.body
    article.model_dump_json()


def test_a_short_page_whose_body_comes_from_its_json_ld_with_escaped_controls():
    # trafilatura's fallbacks read the JSON-LD articleBody when the HTML holds no text
    html = ('<html><head><title>T</title><script type="application/ld+json">{"@type":"NewsArticle",'
            '"articleBody":"' + (STORY + "\\u0000\\u000b\\ud800 ") * 4 + '"}</script></head><body><div>Menu</div>'
            "</body></html>")
    article = newsclean.extract(html, kind="html")
    article.model_dump_json()


def test_the_parser_trusts_the_decoders_bytes_for_the_controls_it_removed_only():
    from newsclean.inputs.decode import CONTROL_BYTES_REMOVED
    from newsclean.segment.html_parse import _INVALID_AFTER_DECODE, _INVALID_XML_BYTES, _repair

    # every control XML cannot hold is either removed by the decoder or looked for again
    assert set(_INVALID_XML_BYTES) <= set(CONTROL_BYTES_REMOVED) | {b[0] for b in _INVALID_AFTER_DECODE}
    for page in ["<html><body><p>form\x0cfeed</p></body></html>", "<html><body><p>clean &#8217; page</p></body></html>",
                 "<html><body><p>non\ufffecharacter</p></body></html>"]:
        assert _repair(page, page[:50].lower(), page.encode("utf-8")) == _repair(page, page[:50].lower())

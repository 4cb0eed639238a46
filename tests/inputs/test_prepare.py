import pytest

from newsclean import extract
from newsclean.inputs.prepare import PAYLOAD_LIMIT, shrink_payloads


def test_small_pages_are_untouched():
    html = "<html><script>var a = 1;</script><p>Hello</p></html>"
    assert shrink_payloads(html) == (html, 0)


def test_only_oversized_scripts_and_styles_are_emptied():
    big = "x" * (PAYLOAD_LIMIT + 10)
    ld = '<script type="application/ld+json">{"headline": "Kept"}</script>'
    html = f"<html><head>{ld}<STYLE media=all>{big}</STYLE></head><body><script>{big}</script><p>Story</p></body></html>"
    out, removed = shrink_payloads(html)
    assert removed == 2 * len(big)
    assert ld in out and "<p>Story</p>" in out
    assert "<STYLE media=all></STYLE>" in out and "<script></script>" in out


def test_unterminated_script_is_emptied_to_the_end():
    html = "<p>Before</p><script>" + "y" * (PAYLOAD_LIMIT + 1)
    out, removed = shrink_payloads(html)
    assert out == "<p>Before</p><script>" and removed == PAYLOAD_LIMIT + 1


def test_huge_data_uri_is_emptied():
    payload = "iVBORw0KGgo" * (PAYLOAD_LIMIT // 11 + 1)
    html = f"<p>Story</p><img src='data:image/png;base64,{payload}' alt='x'><p>More</p>"
    out, removed = shrink_payloads(html)
    assert removed == len(payload)
    assert "src='data:image/png;base64,' alt='x'" in out


def test_many_script_tags_stay_linear():
    # thousands of small scripts: each is scanned once
    html = "<p>Story text.</p>" + "<script>var a = 1;</script>" * 50_000
    out, removed = shrink_payloads(html)
    assert out == html and removed == 0


@pytest.mark.parametrize("kind", ["html", None])
def test_extract_reads_the_article_behind_a_giant_inline_script(kind):
    story = "".join(f"<p>Paragraph {i} of the harbour story tells how the council voted to rebuild the old bridge.</p>"
                    for i in range(8))
    html = (f"<html><head><title>Harbour bridge</title><script>var s = '{'z' * 11_000_000}';</script></head>"
            f"<body><article><h1>Harbour bridge</h1>{story}</article></body></html>")
    article = extract(html, kind=kind)
    assert "Paragraph 7 of the harbour story" in article.body
    assert any("oversized inline" in w for w in article.warnings)

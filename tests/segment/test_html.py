import pytest

from newsclean.document import Kind
from newsclean.segment.html import segment_html

PARA = "The council voted on Tuesday to rebuild the old harbour wall before the winter storms arrive. "

PAGE = f"""<html><head><title>Harbour wall to be rebuilt | Coastline Gazette</title>
<meta property="og:site_name" content="Coastline Gazette"></head>
<body><nav><a href="/">Home</a><a href="/news">News</a></nav>
<article><h1>Harbour wall to be rebuilt</h1>
<p>{PARA * 3}</p>
<h2>What happens next</h2>
<p>{PARA * 2}</p>
<ul><li>Work starts in March and lasts six weeks.</li><li>The footpath stays open at weekends.</li></ul>
<blockquote><p>We could not wait another winter, the harbour master said.</p></blockquote>
<p>{PARA * 2}</p>
</article><footer>Privacy policy</footer></body></html>"""


def test_html_blocks_keep_their_kinds():
    doc = segment_html(PAGE)
    kinds = {b.text: b.kind for b in doc.blocks}
    assert kinds["What happens next"] == Kind.HEADING
    assert kinds["Work starts in March and lasts six weeks."] == Kind.LIST_ITEM
    assert kinds["We could not wait another winter, the harbour master said."] == Kind.QUOTE
    assert doc.source_kind == "html"
    assert doc.meta["title"].startswith("Harbour wall to be rebuilt")


def test_html_without_content_gives_empty_document_with_warning():
    doc = segment_html("<html><head></head><body><script>var a = 1;</script></body></html>")
    assert doc.blocks == [] or all(not b.text.strip() for b in doc.blocks)


def test_hover_card_inside_a_sentence_is_dropped_but_the_name_stays():
    story = "The council voted on Tuesday to rebuild the old harbour wall before the winter storms arrive. " * 3
    page = (f"<html><body><article><p>{story}</p><p>The motion came from councillor "
            "<span class='rollover-person'><a href='/people/ann-lee'>Ann Lee</a>"
            "<span class='rollover-person-block'><img src='a.jpg'><a href='/people/ann-lee'>Ann Lee</a>"
            "<a href='/story/1'>Ferry fares rise again after a long winter</a></span></span>"
            f" and passed easily. {story}</p></article></body></html>")
    text = " ".join(b.text for b in segment_html(page).blocks)
    assert "The motion came from councillor Ann Lee and passed easily." in text
    assert "Ferry fares" not in text


def test_scripts_and_styles_are_dropped_before_extraction_but_their_tail_text_stays():
    story = "The council voted on Tuesday to rebuild the old harbour wall before the winter storms arrive. " * 3
    page = (f"<html><body><article><p>{story}<script>var x = 1;</script>The work starts in March."
            f"<style>p {{color: red}}</style></p></article></body></html>")
    text = " ".join(b.text for b in segment_html(page).blocks)
    assert "The work starts in March." in text
    assert "var x" not in text and "color" not in text


def test_widgets_by_aria_role_are_dropped():
    story = "The council voted on Tuesday to rebuild the old harbour wall before the winter storms arrive. " * 3
    page = (f"<html><body><article><p>{story}</p><ul role='menu'><li role='menuitemcheckbox'>subtitles off, "
            f"selected</li></ul><div role='dialog'><p>This is a modal window.</p></div><p>{story}</p>"
            "</article></body></html>").replace(story, story.replace("Tuesday", "Friday"), 1)
    text = " ".join(b.text for b in segment_html(page).blocks)
    assert "subtitles off" not in text and "modal window" not in text
    assert "on Friday" in text and "on Tuesday" in text


def test_load_html_gives_html_elements_without_the_python_class_lookup():
    import lxml.html

    from newsclean.segment.html_parse import load_html

    tree = load_html("<html><body><form><input name='q'><p>Ferry fares rise.</p></form></body></html>")
    assert all(type(el) is lxml.html.HtmlElement for el in tree.iter())
    assert tree.find(".//p").text_content() == "Ferry fares rise."
    # a str with an encoding declaration goes through lxml as bytes
    declared = load_html('<?xml version="1.0" encoding="utf-8"?><html><body><p>Quai fermé.</p>'
                         '<p>Le bac reprend lundi.</p></body></html>')
    assert declared.find(".//p").text == "Quai fermé."
    assert load_html("plain words, no markup at all") is None


def _count_extractions(monkeypatch):
    import newsclean.segment.html as seg

    calls = []
    real = seg.traf.bare_extraction

    def counting(tree, **options):
        calls.append((options["fast"], options["favor_recall"]))
        return real(tree, **options)

    monkeypatch.setattr(seg.traf, "bare_extraction", counting)
    return calls


def test_a_short_story_that_is_the_whole_page_is_not_retried(monkeypatch):
    calls = _count_extractions(monkeypatch)
    segment_html(f"<html><body><article><h1>Wall rebuilt</h1><p>{PARA * 2}</p></article></body></html>")
    assert calls == [(True, True)]


def test_a_short_result_on_a_long_page_gets_the_readability_comparison(monkeypatch):
    calls = _count_extractions(monkeypatch)
    # a short story and a long comment section, which trafilatura's main extractor leaves out
    comments = "".join(f"<p>Reader {i} says the ferry was late again this morning and nobody told us why.</p>"
                       for i in range(80))
    segment_html(f"<html><body><article><h1>Wall rebuilt</h1><p>{PARA * 2}</p></article>"
                 f"<div class=\"comments\">{comments}</div></body></html>")
    assert calls[:2] == [(True, True), (False, True)]


def test_the_balanced_rescue_runs_only_when_the_retries_still_cover_a_sliver_of_the_page(monkeypatch):
    import types

    import newsclean.segment.html as seg
    from lxml import etree

    def fake(sizes):
        calls = []

        def extract(tree, **options):
            key = (options["fast"], options["favor_recall"])
            calls.append(key)
            body = etree.Element("body")
            etree.SubElement(body, "p").text = "x" * sizes[key]
            return types.SimpleNamespace(body=body)

        monkeypatch.setattr(seg.traf, "bare_extraction", extract)
        return calls

    page = f"<html><body><p>{PARA}</p><div>{'Ferry timetable and fares for the winter season. ' * 200}</div></body></html>"
    calls = fake({(True, True): 200, (False, True): 300, (False, False): 4000})
    doc = segment_html(page)
    assert calls == [(True, True), (False, True), (False, False)]
    assert len(doc.blocks[0].text) == 4000
    # a retry that found enough text ends the search
    calls = fake({(True, True): 200, (False, True): 2500, (False, False): 4000})
    assert len(segment_html(page).blocks[0].text) == 2500 and calls == [(True, True), (False, True)]


def test_page_frame_goes_before_trafilatura_unless_it_holds_every_paragraph():
    from newsclean.segment.html_clean import _drop_page_frame
    from newsclean.segment.html_parse import load_html

    tree = load_html(f"<html><body><nav><a href='/'>Home</a></nav><article><p>{PARA}</p></article>"
                     "<aside><p>Most read: ferry fares</p></aside><footer>Contact us</footer></body></html>")
    _drop_page_frame(tree)
    assert [el.tag for el in tree.iter("nav", "aside", "footer")] == []
    assert tree.find(".//p").text == PARA
    # a page that puts its story in an <aside> keeps it: trafilatura undoes its deletions there
    only = load_html(f"<html><body><nav><a href='/'>Home</a></nav><aside><p>{PARA}</p><p>{PARA}</p></aside>"
                     "</body></html>")
    _drop_page_frame(only)
    assert only.find(".//aside") is not None
    assert "harbour wall" in " ".join(b.text for b in segment_html(
        f"<html><body><nav><a href='/'>Home</a></nav><aside><p>{PARA * 3}</p></aside></body></html>").blocks)


def test_media_and_form_controls_go_but_the_text_after_them_stays():
    page = (f"<html><body><article><h1>Wall rebuilt</h1><p>{PARA * 2}</p><p>Fares rise <img src='f.jpg'> today, "
            "the operator said <button>Share</button> in a statement on its website.</p>"
            f"<form><input name='q'><select><option>News</option></select></form><p>{PARA * 2}</p></article>"
            "</body></html>")
    texts = [b.text for b in segment_html(page).blocks]
    assert "Fares rise today, the operator said in a statement on its website." in texts
    assert not any("Share" in t or "News" == t for t in texts)


def test_repair_matches_trafilaturas():
    from trafilatura.utils import repair_faulty_html

    from newsclean.segment.html_parse import _repair

    for page in ("<!DOCTYPE html/>\n<html/>\n<body><p>a\x0cb\x01c\ufffe</p></body>", "x\x0b<html><p>Quai</p></html>",
                 "<!doctype html/>", '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN">\n<html/>\n<p>é</p>',
                 "<html><body><p>Fares rise today.</p></body></html>"):
        fixed, data = _repair(page, page[:50].lower())
        assert fixed == repair_faulty_html(page, page[:50].lower())
        assert data is None or data == fixed.encode("utf-8", "surrogatepass")


def test_source_line_wrapping_does_not_split_a_paragraph():
    wrapped = ("The ferry will run twice a day from the first of May,\n        the harbour master said,\n"
               "        and three times a day in August.")
    doc = segment_html(f"<html><body><article><div>{wrapped}</div><div>{wrapped}</div></article></body></html>")
    joined = " ".join(wrapped.split())
    assert [b.text for b in doc.blocks] == [joined, joined]


def test_code_keeps_its_line_breaks():
    code = "def tide(hour):\n    return hour % 12\n\nprint(tide(14))"
    prose = PARA * 3
    doc = segment_html(f"<html><body><article><p>{prose}</p><pre>{code}</pre><p>{prose}</p></article></body></html>")
    assert "def tide(hour):" in [b.text for b in doc.blocks]


def test_hidden_elements_are_not_part_of_the_page():
    hidden = "This draft paragraph is hidden from readers and must not appear in the story text at all."
    page = (f"<html><body><article><h1>Ferry timetable</h1>"
            f"<div style='visibility: hidden;'><p>{hidden}</p></div>"
            f"<p style='display:none'>{hidden}</p><p hidden>{hidden}</p>"
            f"<p>{PARA * 3}</p><p>{PARA * 2}</p></article></body></html>")
    texts = [b.text for b in segment_html(page).blocks]
    assert hidden not in texts
    assert any(t.startswith("The council voted") for t in texts)


def test_a_story_hidden_until_a_script_shows_it_is_kept():
    page = (f"<html><body><nav>Home</nav><article style='display: none'><h1>Ferry timetable</h1>"
            f"<p>{PARA * 3}</p><p>{PARA * 2}</p></article></body></html>")
    texts = [b.text for b in segment_html(page).blocks]
    assert any(t.startswith("The council voted") for t in texts)


REST = ["The harbour master said the old wall had moved by almost a metre since the spring tides last year.",
        "Fishermen who moor in the north basin will use the south quay until the new wall is finished in June.",
        "The council will pay for the work from its reserves and ask the county for a grant to cover the rest.",
        "A public meeting about the timetable of the work will be held at the library on the first Monday of March."]


def test_the_rest_of_a_story_hidden_behind_a_paywall_box_is_kept():
    """A page that hides the story after its first paragraph until a script opens it: the
    hidden box is story prose by its own features (several long paragraphs, hardly linked)."""
    hidden_rest = "".join(f"<p>{p}</p>" for p in REST)
    page = (f"<html><body><nav><a href='/'>Home</a></nav><article><h1>Ferry timetable</h1><p>{PARA * 2}</p>"
            f"<div class='locked' hidden><div style='display:none'>Subscribe to read on</div>{hidden_rest}</div>"
            f"</article><aside><p>{PARA}</p></aside><footer>{'Privacy policy terms of use contact us. ' * 40}"
            "</footer></body></html>")
    texts = [b.text for b in segment_html(page).blocks]
    assert all(p in texts for p in REST)
    assert "Subscribe to read on" not in texts  # hidden again inside the story: judged on its own


def test_a_hidden_menu_of_links_and_a_hidden_notice_still_go():
    menu = "".join(f"<p><a href='/s/{n}'>{p}</a></p>" for n, p in enumerate(REST))
    notice = f"<p>{REST[0]}</p><p>{REST[1]}</p>"
    page = (f"<html><body><article><h1>Ferry timetable</h1><div hidden>{menu}</div>"
            f"<div style='display: none'>{notice}</div><p>{PARA * 3}</p><p>{PARA * 2}</p>"
            f"<footer>{'Privacy policy terms of use contact us. ' * 40}</footer></article></body></html>")
    texts = [b.text for b in segment_html(page).blocks]
    assert not any(p in texts for p in REST)


def test_hidden_elements_are_recorded_as_removed():
    from newsclean import extract

    page = (f"<html><body><article><h1>Ferry timetable</h1>"
            f"<div style='display: none'>Sign in to keep reading</div>"
            f"<p>{PARA * 3}</p><p>{PARA * 2}</p></article></body></html>")
    article = extract(page)
    hidden = [r for r in article.removed if r.rule == "html.hidden_element"]
    assert [r.text for r in hidden] == ["Sign in to keep reading"]
    assert hidden[0].index == -1 and hidden[0].role == "chrome"
    assert "Sign in" not in article.body


def test_a_story_in_a_layout_table_keeps_its_blocks():
    story = "".join(f"<p>{PARA * 2}</p>" for _ in range(3))
    page = ("<html><body><table><tr><td class='content'><h1>Harbour wall to be rebuilt</h1>"
            "<div class='date'>March 3, 2024 - 10:15</div>" + story + "</td>"
            "<td><a href='/a'>Other story</a> A summary of another story.</td></tr></table></body></html>")
    texts = [b.text for b in segment_html(page).blocks]
    assert "Harbour wall to be rebuilt" in texts
    assert "March 3, 2024 - 10:15" in texts
    assert texts.count(PARA.strip() + " " + PARA.strip()) == 3


def test_a_data_table_keeps_its_rows():
    rows = "".join(f"<tr><td>Pier {n}</td><td>{n * 3} boats</td></tr>" for n in range(1, 4))
    page = f"<html><body><article><p>{PARA * 3}</p><table>{rows}</table><p>{PARA * 2}</p></article></body></html>"
    blocks = segment_html(page).blocks
    assert [b.text for b in blocks if b.kind == Kind.TABLE_ROW] == ["Pier 1 | 3 boats", "Pier 2 | 6 boats",
                                                                    "Pier 3 | 9 boats"]


def test_an_embedded_post_between_paragraphs_is_part_of_the_story():
    post = ("<div class='social-media-embed'><blockquote class='twitter-tweet'><p lang='en'>The new ferry "
            "timetable starts on Monday, six crossings a day.</p>— Harbour Board (@harbourboard) "
            "<a href='https://example.social/status/1'>March 3, 2024</a></blockquote>"
            "<script src='https://example.social/widgets.js'></script></div>")
    page = f"<html><body><article><p>{PARA * 3}</p>{post}<p>{PARA * 2}</p></article></body></html>"
    texts = [b.text for b in segment_html(page).blocks]
    assert "The new ferry timetable starts on Monday, six crossings a day." in texts
    assert "— Harbour Board (@harbourboard) March 3, 2024" in texts


def test_a_post_in_a_sidebar_is_not_hoisted_into_the_story():
    post = ("<aside class='rail'><blockquote class='twitter-tweet'><p>Sidebar post about something "
            "else entirely, from another account.</p>— Someone (@someone)</blockquote></aside>")
    page = f"<html><body><article><p>{PARA * 3}</p><p>{PARA * 2}</p></article>{post}</body></html>"
    texts = [b.text for b in segment_html(page).blocks]
    assert not any("Sidebar post" in t for t in texts)


def test_a_list_inside_a_quote_keeps_its_items_apart():
    page = (f"<html><body><article><p>{PARA * 3}</p><p>Your options are limited: either</p><blockquote><div>"
            "<ul><li>ask the harbour master for a late berth, or</li><li>anchor outside the wall until the "
            f"morning tide</li></ul></div></blockquote><p>{PARA * 2}</p></article></body></html>")
    texts = [b.text for b in segment_html(page).blocks]
    assert "ask the harbour master for a late berth, or" in texts
    assert "anchor outside the wall until the morning tide" in texts


def test_a_space_trimmed_after_a_link_is_put_back_unless_the_page_glues_them():
    from lxml import etree, html

    from newsclean.segment.html_blocks import _lines_with_links, glued_links

    # trafilatura's loose-text recovery gives the tail of a link without its leading space
    result = etree.fromstring("<p><ref>the inner product</ref>operation, and <ref>MacBook</ref>s too.</p>")
    page = html.fromstring("<div>the <a href='/d'>inner product</a> operation, and "
                           "<span><a href='/m'>MacBook</a></span>s too.</div>")
    glued = glued_links(page)
    assert glued == frozenset({"MacBook"})
    assert _lines_with_links(result, False, glued)[0][0] == "the inner product operation, and MacBooks too."
    # no space is added inside CJK text
    cjk = etree.fromstring("<p>デスクトップアプリ<ref>Kindle for PC</ref>に関する話。</p>")
    assert _lines_with_links(cjk, False, frozenset())[0][0] == "デスクトップアプリKindle for PCに関する話。"


def test_source_line_breaks_around_a_link_stay_inside_the_paragraph():
    page = (f"<html><body><article><p>{PARA * 3}</p><p>Shares of the ferry operator \n"
            "            <a href='/quote/HF'>Harbour Ferries</a>\n       are falling after the company cut its "
            f"forecast for the summer season.</p><p>{PARA * 2}</p></article></body></html>")
    texts = [b.text for b in segment_html(page).blocks]
    assert ("Shares of the ferry operator Harbour Ferries are falling after the company cut its forecast "
            "for the summer season.") in texts


def test_a_keywords_meta_value_is_split_and_a_shown_tag_keeps_its_spelling():
    head = "<head><meta name='keywords' content='Port Ellery, ferries, harbour wall'></head>"
    body = f"<article><p>{PARA * 3}</p><p>{PARA * 2}</p></article>"
    assert segment_html(f"<html>{head}<body>{body}</body></html>").meta["tags"] == [
        "Port Ellery", "ferries", "harbour wall"]
    shown = "<div class='article-tags'><a href='/t/1'>Ferries</a> <a href='/t/2'>Tide tables</a></div>"
    assert segment_html(f"<html>{head}<body>{body}{shown}</body></html>").meta["tags"] == [
        "Port Ellery", "Ferries", "harbour wall", "Tide tables"]


def test_a_story_in_a_layout_table_keeps_its_data_table_in_place_and_drops_the_side_cells():
    nav = "<td class='leftcol'><p><b>SECTIONS</b></p><a href='/news/'>News</a><br><a href='/sports/'>Sports</a></td>"
    rows = "".join(f"<tr><td>Pier {n}</td><td>{n * 3} boats</td></tr>" for n in range(1, 4))
    story = (f"<td class='content'><h1>Harbour counts its boats</h1><div class='date'>May 2, 2024</div>"
             f"<p>{PARA * 2}</p><p>The count by pier:</p><table border='1'>{rows}</table><p>{PARA * 3}</p></td>")
    page = f"<html><body><table width='900'><tr>{nav}{story}<td><p>WEATHER</p></td></tr></table></body></html>"
    blocks = segment_html(page).blocks
    texts = [b.text for b in blocks]
    at = texts.index("The count by pier:")
    assert texts[at + 1:at + 4] == ["Pier 1 | 3 boats", "Pier 2 | 6 boats", "Pier 3 | 9 boats"]
    assert all(b.kind == Kind.TABLE_ROW for b in blocks[at + 1:at + 4])
    assert texts[at + 4] == (PARA * 3).strip()
    assert "SECTIONS" not in texts and "WEATHER" not in texts


def test_a_code_listing_keeps_its_indentation():
    code = "def tide(hour):\n    if hour > 12:\n        return hour - 12\n    return hour"
    page = f"<html><body><article><p>{PARA * 3}</p><pre><code>{code}</code></pre><p>{PARA * 2}</p></article></body></html>"
    lines = [b.text for b in segment_html(page).blocks if b.kind == Kind.CODE]
    assert lines == code.split("\n")


def test_a_paragraph_opening_with_a_picture_link_is_not_link_text():
    # trafilatura gives a text-less link (the picture link once its <img> is gone) the text
    # after it: the paragraph must not count as all link text (a teaser)
    page = ("<html><body><div class='post'><h3>Look!</h3><div class='post-body'>"
            f"<a href='/photos/1'><img src='a.jpg' alt='Cover'></a>{PARA * 3}<br><br>{PARA * 2}"
            "</div></div></body></html>")
    doc = segment_html(page)
    shares = dict(zip((b.text for b in doc.blocks), doc.found["link_share"]))
    opening = [t for t in shares if t.startswith(PARA.strip()[:20])]
    assert opening and all(shares[t] == 0.0 for t in opening)


def test_an_opening_paragraph_after_a_picture_link_stays_in_the_body():
    import newsclean
    page = ("<html><body><div class='post'><h3>Look!</h3><div class='post-body'>"
            f"<a href='/photos/1'><img src='a.jpg' alt='Cover'></a>Did you know? {PARA * 3}<br><br>{PARA * 2}"
            "<br><br>" + PARA + "</div></div></body></html>")
    article = newsclean.extract(page, kind="html")
    assert article.body.startswith("Did you know?")


def test_a_paragraph_opening_with_an_icon_link_of_empty_elements_is_not_link_text():
    page = ("<html><body><div class='post'><h3>Look!</h3><div class='post-body'>"
            f"<a href='/photos/1'><span class='icon'></span><i></i></a>{PARA * 3}<br><br>{PARA * 2}"
            "</div></div></body></html>")
    doc = segment_html(page)
    assert doc.found["link_share"][[b.text for b in doc.blocks].index((PARA * 3).strip())] == 0.0


def test_huge_jsonld_blocks_are_hidden_from_trafilatura_and_put_back():
    import lxml.html

    from newsclean.segment.html import _without_huge_jsonld
    from newsclean.settings import Settings, using

    big = '{"@type": "LiveBlogPosting", "liveBlogUpdate": [' + ",".join(['{"author": "x"}'] * 200) + "]}"
    page = (
        "<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\"}</script>"
        f"<script type='application/ld+json'>{big}</script>tail</head><body><p>Story</p></body></html>"
    )
    tree = lxml.html.fromstring(page)
    before = lxml.html.tostring(tree)
    with using(Settings(trafilatura_jsonld_max_chars=1000)):
        with _without_huge_jsonld(tree):
            texts = [s.text for s in tree.iter("script")]
            assert texts == ['{"@type": "NewsArticle"}']  # the small block stays readable
    assert lxml.html.tostring(tree) == before  # put back where it was, tail text included


def _with_byline(byline: str) -> str:
    return PAGE.replace("</h1>", f'</h1><div class="byline">{byline}</div>', 1)


@pytest.mark.parametrize(
    "byline, word",
    [("Von Stadtspiegel", "Stadtspiegel"), ("By Kitchen42", "Kitchen"), ("By HTN, in News, Travel", "Travel")],
)
def test_a_word_of_a_byline_element_that_credits_no_person_is_no_author(byline, word):
    # trafilatura's name search reads "Stadtspiegel", "Kitchen", "Travel" off such an element
    assert word not in segment_html(_with_byline(byline)).meta["authors"]


def test_a_byline_element_crediting_a_person_still_credits_her():
    assert segment_html(_with_byline("By Ann Lee")).meta["authors"] == ["Ann Lee"]

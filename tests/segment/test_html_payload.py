"""A story shipped only inside the page's scripts (a single-page app's data)."""

import json

import newsclean
from newsclean.segment.html_payload import script_payload

PARAS = [
    "The county council agreed on Thursday to reopen the old rail bridge over the Wend to cyclists and walkers.",
    "Repairs to the deck and the railings will cost about two million pounds, shared with the two parishes.",
    "Residents have campaigned for the crossing since the line closed in the 1960s, the council's leader said.",
    "Work starts in the spring and the bridge should open before the summer holidays, weather permitting.",
]
STORY_HTML = "".join(f'<p class="body-p">{p}</p>' for p in PARAS)


def _state_script(html: str, escape_markup: bool = True) -> str:
    value = json.dumps(html)
    if escape_markup:  # how React and Next.js serialise markup inside a script
        value = value.replace("<", "\\u003c").replace(">", "\\u003e")
    return f'window.__APP_STATE__ = {{"article": {{"id": 4821, "title": "Bridge to reopen", "contentHtml": {value}}}}};'


def _app_page(script: str) -> str:
    return ("<html><head><title>Rail bridge to reopen for cyclists | Wend Valley News</title></head>"
            "<body><div id='root'></div><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<script>{script}</script></body></html>")


def test_the_longest_escaped_story_html_in_a_script_is_found():
    teaser = json.dumps("<p>Short teaser.</p>").replace("<", "\\u003c")
    script = f'var teaser = {teaser}; ' + _state_script(STORY_HTML)
    found = script_payload([script])
    assert found is not None and found.startswith('<p class="body-p">The county council')
    assert found.count("<p") == len(PARAS)


def test_a_value_escaped_twice_is_decoded_twice():
    inner = _state_script(STORY_HTML)
    script = f"self.__queue.push([1, {json.dumps(inner)}]);"
    found = script_payload([script])
    assert found is not None and PARAS[2] in found


def test_short_strings_and_scripts_without_paragraphs_give_nothing():
    assert script_payload(['var a = "' + "x" * 900 + '";']) is None
    one = _state_script(f"<p>{PARAS[0]}</p>")  # one paragraph: a caption or a teaser, not a story
    assert script_payload([one]) is None
    assert script_payload([]) is None


def test_a_page_that_ships_its_story_only_in_a_script_gets_that_story():
    article = newsclean.extract(_app_page(_state_script(STORY_HTML)), kind="html")
    assert [b.text for b in article.blocks] == PARAS
    assert any("another candidate" in w for w in article.warnings)


def test_a_page_with_its_story_in_markup_does_not_read_its_scripts():
    # the state holds another story; the page's own markup is read first
    markup = "".join(f"<p>{p} The mayor said so again.</p>" for p in PARAS)
    other = "".join(f"<p>Another story, paragraph {n}, long enough to read as prose for the test here.</p>"
                    for n in range(5))
    page = _app_page(_state_script(other)).replace("<div id='root'></div>", f"<article>{markup}</article>")
    article = newsclean.extract(page, kind="html")
    assert "Another story" not in article.body
    assert PARAS[0] in article.body


def test_a_page_without_a_story_anywhere_stays_empty():
    page = _app_page('window.__APP_STATE__ = {"user": null, "menu": ["Home", "News"]};')
    article = newsclean.extract(page, kind="html")
    assert article.body == ""


def test_a_json_document_in_a_string_yields_its_html_value_not_the_document():
    document = json.dumps({"article": {"contentHtml": STORY_HTML, "tags": ["bridges", "cycling"]}})
    script = f"self.__queue.push([1, {json.dumps(document)}]);"
    found = script_payload([script])
    assert found == STORY_HTML


def test_escapes_for_lone_surrogates_and_control_characters_do_not_break_the_page():
    broken = STORY_HTML.replace("cyclists", "cyclists \ud800\u0000\u000b")
    script = _state_script(broken)  # json.dumps writes the lone surrogate as an escape
    assert "\\ud800" in script
    article = newsclean.extract(_app_page(script), kind="html")
    assert "cyclists" in article.body
    assert "\ud800" not in article.body and "\x00" not in article.body
    article.model_dump_json()  # the article serialises

"""The settings object: every threshold in one frozen, typed place, set per call."""

import ast
import pathlib
import pickle
import threading

import pytest

import newsclean
from newsclean.settings import DEFAULT, Settings, settings, using

PACKAGE = pathlib.Path(newsclean.__file__).parent

# A short story: 31 words of body text, above the article gate's default of 20.
SHORT_STORY = (
    "Ferry service resumes\n\n"
    "By Mara Quill\n\n"
    "The harbour ferry ran again on Tuesday after a week of repairs to its landing ramp, "
    "the port authority said. Crews replaced two steel plates and the hydraulic arm."
)


def test_every_setting_says_what_it_means_and_where_it_is_read():
    for knob in Settings.describe():
        assert knob.meaning.strip(), f"{knob.name} has no meaning"
        for name in knob.module.split(", "):  # the modules that read it
            module = PACKAGE.parent / (name.replace(".", "/") + ".py")
            if not module.exists():
                module = PACKAGE.parent / name.replace(".", "/") / "__init__.py"
            assert f"settings().{knob.name}" in module.read_text(encoding="utf-8"), f"{knob.name}: not read in {name}"
        assert knob.type in ("int", "float")


def test_every_setting_is_read_somewhere():
    sources = "".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py") if "settings" not in p.parts)
    unread = [k.name for k in Settings.describe() if f"settings().{k.name}" not in sources]
    assert unread == []


# Numeric module constants that stay constants: read when their module is imported (a default
# argument, a pattern built from them), or a limit of the caller's API rather than a threshold.
KEPT_CONSTANTS = {
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_BYTES",
    "PAYLOAD_LIMIT",
    "MAX_DATE_TEXT",
    "DEFAULT_ERROR",
    "DEFAULT_MAX_CHARS",
    "DEFAULT_MIN_PAGES",
    "DEFAULT_MIN_SHARE",
    "DEFAULT_MIN_SITE_PAGES",
    "DEFAULT_PROSE_WORDS",
    "DEFAULT_UBIQUITOUS_SHARE",
    "PROFILE_FORMAT",
}


def test_new_thresholds_go_into_the_settings():
    """A numeric module constant in newsclean/ is a threshold nobody can change per call:
    it belongs in newsclean/settings (or, read at import, in KEPT_CONSTANTS with a reason)."""
    stray = []
    for path in PACKAGE.rglob("*.py"):
        if "settings" in path.parts:
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.Assign, ast.AnnAssign)):
                target = node.targets[0] if isinstance(node, ast.Assign) else node.target
                value = node.value
                if isinstance(value, ast.UnaryOp):
                    value = value.operand
                if (
                    isinstance(target, ast.Name)
                    and target.id.isupper()
                    and isinstance(value, ast.Constant)
                    and type(value.value) in (int, float)
                    and target.id not in KEPT_CONSTANTS
                ):
                    stray.append(f"{path.relative_to(PACKAGE)}:{target.id}")
    assert stray == []


def test_a_call_with_other_settings_changes_that_call_only():
    assert newsclean.extract(SHORT_STORY).body
    strict = newsclean.extract(SHORT_STORY, settings=Settings(min_article_words=100))
    assert strict.body == ""
    assert any("no article" in w for w in strict.warnings)
    assert newsclean.extract(SHORT_STORY).body  # the next call has the defaults again
    assert settings() is DEFAULT


def test_a_mapping_of_changes_is_accepted():
    assert newsclean.extract(SHORT_STORY, settings={"min_article_words": 100}).body == ""


def test_unknown_names_and_wrong_values_are_refused_before_any_work():
    with pytest.raises(ValueError, match="did you mean min_article_words"):
        newsclean.extract(SHORT_STORY, settings={"min_article_word": 100})
    with pytest.raises(TypeError):
        Settings(min_article_words="many")
    with pytest.raises(TypeError):
        Settings(min_article_words=True)
    with pytest.raises(TypeError):
        newsclean.extract(SHORT_STORY, settings=[("min_article_words", 100)])


def test_settings_are_frozen_and_pickle():
    s = DEFAULT.replace(min_article_words=50)
    with pytest.raises(AttributeError):
        s.min_article_words = 10  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(s)) == s
    assert s.changed() == {"min_article_words": 50}
    assert DEFAULT.changed() == {}


def test_using_restores_the_previous_settings_after_an_error():
    with pytest.raises(RuntimeError), using(Settings(min_article_words=7)):
        assert settings().min_article_words == 7
        raise RuntimeError("boom")
    assert settings() is DEFAULT


def test_threads_do_not_see_each_others_settings():
    seen = {}
    barrier = threading.Barrier(2)

    def run(value):
        with using(Settings(min_article_words=value)):
            barrier.wait()  # both threads are inside their own `using` at once
            seen[value] = settings().min_article_words

    threads = [threading.Thread(target=run, args=(v,)) for v in (11, 99)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen == {11: 11, 99: 99}


def test_extract_many_passes_the_settings_to_every_worker():
    pages = [SHORT_STORY, SHORT_STORY]
    default = [r.article.body for r in newsclean.extract_many(pages, workers=2, processes=True, progress=False)]
    strict = [
        r.article.body
        for r in newsclean.extract_many(
            pages, workers=2, processes=True, progress=False, settings={"min_article_words": 100}
        )
    ]
    assert all(default) and strict == ["", ""]


def test_extract_many_refuses_an_unknown_setting_before_any_page():
    with pytest.raises(ValueError, match="unknown setting"):
        newsclean.extract_many([SHORT_STORY], workers=1, progress=False, settings={"no_such_setting": 1})

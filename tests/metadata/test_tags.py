from newsclean import extract
from newsclean.metadata.tags import (
    clean_tags,
)
from newsclean.settings import settings


def test_handles_flags_and_headlines_are_not_tags():
    tags = ["Harbour", "@desk-river", "autoplay_video", "ferry_timetable", "尖石_美樹營地",
            "Ferry crews vote to strike over the new timetable - Coastline Gazette"]
    assert clean_tags(tags) == ["Harbour", "尖石_美樹營地"]


def test_a_share_bar_read_as_tags_goes_but_a_network_as_a_topic_stays():
    assert settings().share_networks_min == 3
    assert clean_tags(["Privacy", "Facebook", "Twitter", "Pinterest", "Email"]) == ["Privacy"]
    assert clean_tags(["Privacy", "Facebook", "Data protection"]) == ["Privacy", "Facebook", "Data protection"]


def test_repeats_keep_the_first_spelling():
    assert clean_tags(["Port Ellery", "port ellery ", "Ferries"]) == ["Port Ellery", "Ferries"]


def test_extract_cleans_the_tags_of_a_page():
    para = "The council voted on Tuesday to rebuild the old harbour wall before the winter storms arrive. "
    page = ("<html><head><title>Harbour wall</title><meta name='keywords' content='harbour, @desk-river, "
            "autoplay_video, council'></head><body><article><h1>Harbour wall</h1>"
            f"<p>{para * 3}</p><p>{para * 2}</p></article></body></html>")
    tags = extract(page).tags
    assert "@desk-river" not in tags and "autoplay_video" not in tags
    assert {"harbour", "council"} <= {t.casefold() for t in tags}

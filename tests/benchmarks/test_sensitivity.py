"""benchmarks.sensitivity: the moves tried and the record of what a page reads."""

from benchmarks.sensitivity import _first_pass, moves


def test_moves_go_twenty_percent_each_way_and_integers_at_least_one():
    assert moves(0.5, 0.2) == [0.4, 0.6]
    assert moves(100, 0.2) == [80, 120]
    assert moves(3, 0.2) == [2, 4]  # 2.4 and 3.6 round back to 3: moved by one instead
    assert moves(0, 0.2) == [1]  # never below zero


def test_a_page_records_only_the_settings_its_extraction_read():
    text = (
        "Harbour ferry returns\n\nBy Lena Ortiz\n\nThe island ferry sailed again on Tuesday after four months "
        "in dry dock, carrying forty passengers and a van of post to the harbour.\n"
    )
    _, article, read = _first_pass(("p1", "text", text))
    assert article["title"] == "Harbour ferry returns"
    assert "min_article_words" in read  # the article gate ran
    assert "binary_sample" not in read  # a str input is never checked for binary bytes

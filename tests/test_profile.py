"""newsclean.profile: learning a site's chrome from its pages, and applying it."""

from __future__ import annotations

import json
import pickle
import random

import pytest

import newsclean
from newsclean.profile import LearnedChrome, Profile, block_key, site_of

SITE_URL = "https://www.harbourgazette.example/news/{}"

_PEOPLE = ["Ines Calloway", "Tomas Reyner", "Priya Aldwin", "Marek Stoll", "Ada Penhallow", "Jonah Ferris"]
_THINGS = ["the north pier", "the winter ferry timetable", "road repairs", "the river's water quality",
           "two village schools", "the old customs house", "parking near the beach", "the lighthouse lamp"]
_WHEN = ["on Monday", "on Tuesday", "late on Wednesday", "on Thursday", "on Friday", "last month"]

QUOTE = "“We will not leave the ferry service to chance this winter,” the harbour master told the board."


def _paragraph(rng: random.Random) -> str:
    return (f"{rng.choice(_PEOPLE)} said {rng.choice(_WHEN)} that the plans for {rng.choice(_THINGS)} "
            f"would cost about {rng.randint(3, 900)} thousand pounds over {rng.randint(2, 30)} years. "
            f"Residents asked {rng.randint(2, 80)} questions about {rng.choice(_THINGS)} at the meeting.")


def _page(rng: random.Random, i: int, *, quote: bool = False) -> str:
    paras = [_paragraph(rng) for _ in range(5)]
    if quote:
        paras.insert(3, QUOTE)
    lines = [
        "Harbour Gazette",
        "Quays · Schools · Weather",
        f"Ferry plans questioned in part {i}",
        f"By {rng.choice(_PEOPLE)}",
        "",
        *[p + "\n" for p in paras[:2]],
        "Tip the Quay Desk",
        "Our reporters read every message that readers send to the desk.",
        "",
        *[p + "\n" for p in paras[2:]],
        "The Gazette checks every figure in this report with two independent sources.",
        f"Saved by {rng.randint(2, 500)} readers",
        "Gazette Reader Panel",
        "Printed on recycled paper in Port Ellery",
    ]
    return "\n".join(lines)


CHROME = ["Tip the Quay Desk", "Our reporters read every message that readers send to the desk.",
          "The Gazette checks every figure in this report with two independent sources."]


@pytest.fixture(scope="module")
def corpus() -> list[tuple[str, str]]:
    rng = random.Random(3)
    return [(_page(rng, i, quote=i % 4 == 1), SITE_URL.format(i)) for i in range(20)]


@pytest.fixture(scope="module")
def profile(corpus) -> Profile:
    return Profile.learn(corpus, kind="text")


def test_site_is_the_registered_domain():
    assert site_of("https://news.bbc.co.uk/a/b") == "bbc.co.uk"
    assert site_of("www.example.com.br/x") == "example.com.br"
    # a suffix the list does not know counts as one label (the list's default rule)
    assert site_of("https://a.b.harbourgazette.example/x") == "harbourgazette.example"
    assert site_of(None) is None
    assert site_of("http://localhost:8000/x") == "localhost"


def test_block_key_folds_digits_in_short_blocks_only():
    assert block_key("Comments (4)") == block_key("comments (12)")
    long_a = "The council approved 12 new homes on the old dairy site after a vote of 9 to 3 on Monday night."
    long_b = long_a.replace("12", "40")
    assert block_key(long_a) != block_key(long_b)


def test_learns_recurring_chrome_not_story(profile):
    learned = profile.learned("harbourgazette.example")
    for line in CHROME:
        assert block_key(line) in learned
    assert block_key("Saved by 7 readers") in learned  # digits folded
    assert profile.pages("harbourgazette.example") == 20
    # no story paragraph recurs
    assert all(count >= profile.threshold("harbourgazette.example") for count in learned.values())
    assert not any("thousand pounds" in key for key in learned)


def test_extract_removes_learned_chrome_with_rule_name(profile):
    rng = random.Random(99)
    page, url = _page(rng, 50), SITE_URL.format(50)
    plain = newsclean.extract(page, url=url, kind="text")
    body_plain = [b.text for b in plain.blocks]
    assert "Our reporters read every message that readers send to the desk." in body_plain  # the defaults miss it

    cleaned = newsclean.extract(page, url=url, kind="text", profile=profile)
    body = [b.text for b in cleaned.blocks]
    for line in CHROME:
        assert line not in body
    rules = {r.text: r.rule for r in cleaned.removed}
    assert rules["Our reporters read every message that readers send to the desk."] == "learned:harbourgazette.example"
    # story paragraphs all stay
    assert [t for t in body_plain if t not in CHROME] == body
    assert len(body) == 5


def test_recurring_quote_inside_the_story_is_kept(profile):
    # the quote is on 5 of 20 pages: learned, but it sits between story paragraphs
    assert block_key(QUOTE) in profile.learned("harbourgazette.example")
    rng = random.Random(5)
    article = newsclean.extract(_page(rng, 77, quote=True), url=SITE_URL.format(77), kind="text", profile=profile)
    assert QUOTE in [b.text for b in article.blocks]


def test_ubiquitous_block_inside_the_story_is_still_chrome():
    rng = random.Random(8)
    pages = [(_page(rng, i, quote=True), SITE_URL.format(i)) for i in range(10)]
    prof = Profile.learn(pages, kind="text")
    article = newsclean.extract(_page(rng, 11, quote=True), url=SITE_URL.format(11), kind="text", profile=prof)
    assert QUOTE not in [b.text for b in article.blocks]
    assert any(r.text == QUOTE and r.rule.startswith("learned:") for r in article.removed)


def test_other_sites_and_small_sites_are_untouched(profile, corpus):
    other = corpus[0][0]
    a = newsclean.extract(other, url="https://another-site.example/x", kind="text", profile=profile)
    b = newsclean.extract(other, url="https://another-site.example/x", kind="text")
    assert a == b
    small = Profile.learn(corpus[:4], kind="text")  # below min_site_pages
    assert small.learned("harbourgazette.example") == {}
    assert small.stage("harbourgazette.example") is None


def test_for_site_binds_a_user_key(corpus):
    prof = Profile.learn([page for page, _ in corpus], site="gazette-feed", kind="text")
    assert prof.sites == ["gazette-feed"]
    page = _page(random.Random(1), 3)
    article = newsclean.extract(page, kind="text", profile=prof.for_site("gazette-feed"))
    assert any(r.rule == "learned:gazette-feed" for r in article.removed)
    # without a URL or a bound key, the profile cannot know the site: nothing learned applies
    unbound = newsclean.extract(page, kind="text", profile=prof)
    assert not any(r.rule.startswith("learned:") for r in unbound.removed)


def test_save_load_and_pickle_round_trip(profile, tmp_path):
    path = tmp_path / "profile.json"
    profile.save(path)
    loaded = Profile.load(path)
    assert loaded.learned("harbourgazette.example") == profile.learned("harbourgazette.example")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == 1 and "harbourgazette.example" in data["sites"]
    small = tmp_path / "learned.json"
    profile.save(small, learned_only=True)
    assert Profile.load(small).learned("harbourgazette.example") == profile.learned("harbourgazette.example")
    assert small.stat().st_size < path.stat().st_size
    clone = pickle.loads(pickle.dumps(profile))
    assert clone.learned("harbourgazette.example") == profile.learned("harbourgazette.example")


def test_load_rejects_other_json(tmp_path):
    p = tmp_path / "x.json"
    p.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(ValueError, match="not a newsclean profile"):
        Profile.load(p)


def test_merge_adds_pages_and_counts(corpus):
    a = Profile.learn(corpus[:10], kind="text")
    b = Profile.learn(corpus[10:], kind="text")
    whole = Profile.learn(corpus, kind="text")
    merged = a.merge(b)
    assert merged.pages("harbourgazette.example") == 20
    assert merged.learned("harbourgazette.example") == whole.learned("harbourgazette.example")
    assert (a | b).learned("harbourgazette.example") == whole.learned("harbourgazette.example")


def test_lossy_counting_bounds_memory_and_keeps_frequent_blocks():
    prof = Profile(error=0.02, min_site_pages=5)
    for i in range(1000):
        prof.add_blocks("big.example", [f"story paragraph number {i} about things",
                                         "Site footer line", f"rotating teaser {i % 3}"])
    counts = prof._sites["big.example"].counts
    # every unique story line would be 1000 entries; lossy counting keeps about one bucket's worth
    assert len(counts) < 2 * prof.bucket + 5
    learned = prof.learned("big.example")
    assert learned[block_key("Site footer line")] == 1000
    assert block_key("rotating teaser 0") in learned  # digits folded: one block on every page


def test_stage_skips_decided_blocks_and_bylines():
    from newsclean.document import Document, Label
    from newsclean.stages.features import compute_features

    doc = Document.from_lines(["By Ann Lee", "Weather desk", "Weather desk"])
    compute_features(doc)
    doc.blocks[2].mark(Label.BODY, "test")
    stage = LearnedChrome("x.example", {block_key("By Ann Lee"): 9, block_key("Weather desk"): 9}, pages=10)
    stage(doc)
    assert doc.blocks[0].label == Label.UNDECIDED  # a byline is left to the metadata stage
    assert doc.blocks[1].reason == "learned:x.example"
    assert doc.blocks[2].reason == "test"


def test_invalid_thresholds():
    with pytest.raises(ValueError):
        Profile(min_share=0)
    with pytest.raises(ValueError):
        Profile(error=0.5, min_share=0.2)


def test_profile_type_is_checked():
    with pytest.raises(TypeError):
        newsclean.extract("Some text here that is long enough.", kind="text", profile={"a": 1})


def test_extract_many_learn_two_passes(corpus):
    pages = [{"id": str(i), "text": page, "url": url} for i, (page, url) in enumerate(corpus)]
    plain = {r.id: r.article for r in newsclean.extract_many(pages, workers=1, progress=False)}
    learned = {r.id: r.article for r in newsclean.extract_many(pages, workers=1, progress=False, learn=True)}
    assert plain.keys() == learned.keys()
    for i in plain:
        assert "Our reporters read every message that readers send to the desk." in [b.text for b in plain[i].blocks]
        body = [b.text for b in learned[i].blocks]
        assert not any(line in body for line in CHROME)
        assert any(r.rule == "learned:harbourgazette.example" for r in learned[i].removed)


def test_extract_many_learn_in_worker_processes(corpus):
    pages = [{"id": str(i), "text": page, "url": url} for i, (page, url) in enumerate(corpus[:12])]
    results = list(newsclean.extract_many(pages, workers=2, processes=True, progress=False, learn=True))
    assert len(results) == 12 and all(r.ok for r in results)
    assert all(any(x.rule.startswith("learned:") for x in r.article.removed) for r in results)


def test_extract_many_learn_needs_a_reiterable(corpus):
    with pytest.raises(TypeError, match="re-iterable"):
        newsclean.extract_many(iter([page for page, _ in corpus]), workers=1, progress=False, learn=True)
    with pytest.raises(ValueError, match="not both"):
        newsclean.extract_many([corpus[0][0]], workers=1, progress=False, learn=True, profile=Profile())


def test_rules_and_profile_together(profile):
    rng = random.Random(21)
    page, url = _page(rng, 60), SITE_URL.format(60)
    article = newsclean.extract(page, url=url, kind="text", profile=profile,
                                rules={"policy_links": ["Gazette Reader Panel"]})
    rules = {r.text: r.rule for r in article.removed}
    assert rules["Gazette Reader Panel"] == "chrome.policy_link"  # the user's rule runs first
    assert rules["Tip the Quay Desk"] == "learned:harbourgazette.example"
    assert len(article.blocks) == 5

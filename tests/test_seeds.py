"""The mission's two real pages must come out right.

The seeds live in ``../shared/seeds/`` beside the repository and are never copied into it;
these tests skip with a reason where that folder is absent.
"""

from datetime import date, datetime
from pathlib import Path

import pytest

import newsclean

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed pages not found at {SEEDS}")


def _day(value):
    return value.date() if isinstance(value, datetime) else value


@pytest.fixture(scope="module")
def aggregator():
    return newsclean.extract((SEEDS / "newsbreak-style.txt").read_bytes())


@pytest.fixture(scope="module")
def publisher():
    return newsclean.extract((SEEDS / "techradar-style.txt").read_bytes())


class TestAggregatorSeed:
    def test_title(self, aggregator):
        assert aggregator.title == "Chinese police rap Walmart for cybersecurity loopholes - local media"

    def test_authors_are_the_reporters_not_the_editor_or_a_teaser_source(self, aggregator):
        assert "Sophie Yu" in aggregator.authors and "Brenda Goh" in aggregator.authors
        assert "Himani Sarkar" not in aggregator.authors
        for teaser_source in ("Daily Mail", "The Independent", "AFP", "Fortune", "NewsBreak"):
            assert teaser_source not in aggregator.authors
        roles = {(c.name, c.role) for c in aggregator.contributors}
        assert ("Himani Sarkar", "editor") in roles

    def test_date_and_dateline(self, aggregator):
        assert _day(aggregator.published) == date(2022, 1, 7)
        assert aggregator.dateline == "BEIJING, Jan 7 (Reuters)"

    def test_body_is_the_eleven_paragraphs(self, aggregator):
        paragraphs = aggregator.body.split("\n\n")
        assert len(paragraphs) == 11
        assert paragraphs[0].startswith("BEIJING, Jan 7 (Reuters) - Chinese authorities rapped Walmart")
        assert paragraphs[-1] == "($1 = 6.3763 Chinese yuan)"
        assert all(b.kind == "paragraph" for b in aggregator.blocks)

    def test_link_residue_is_cut(self, aggregator):
        assert "read more" not in aggregator.body
        assert any(p.endswith('no deliberate removal of Xinjiang-sourced products.') for p in aggregator.body.split("\n\n"))
        assert any(r.text == "read more" for r in aggregator.removed)

    def test_nothing_after_the_credits_is_body(self, aggregator):
        for chrome in ("Reporting by", "Our Standards", "Comments", "Related", "YOU MAY ALSO LIKE",
                       "Followers", "Community Policy", "Daily Mail", "Omicron", "#Police", "PUBLIC HEALTH"):
            assert chrome not in aggregator.body

    def test_caption_and_tags(self, aggregator):
        assert any("REUTERS/Edgard Garrido/File Photo" in c for c in aggregator.captions)
        assert {"Police", "Computer Security", "Chinese"} <= set(aggregator.tags)

    def test_every_removed_block_names_its_rule(self, aggregator):
        assert aggregator.removed
        assert all(r.rule for r in aggregator.removed)
        rules = {r.text: r.rule for r in aggregator.removed}
        assert rules["Comments / 0"].startswith("chrome.") or rules["Comments / 0"].startswith("structure.")


class TestPublisherSeed:
    def test_title(self, publisher):
        assert publisher.title == "China says Walmart has some serious security flaws"

    def test_body_span_and_heading(self, publisher):
        assert publisher.blocks[0].text.startswith("Walmart’s Chinese network")
        assert publisher.blocks[-1].text.endswith("Great Firewall of China.")
        headings = [b.text for b in publisher.blocks if b.kind == "heading"]
        assert headings == ["Demonstration of force"]
        assert "\n\nDemonstration of force\n\n" in publisher.body

    def test_caption_source_and_bio(self, publisher):
        assert any("Walmart logo on building" in c for c in publisher.captions)
        assert any("(Image credit: Walmart)" in c for c in publisher.captions)
        assert publisher.source == "Reuters"
        assert publisher.author_bio and publisher.author_bio.startswith("Sead is a seasoned freelance journalist")
        assert "Sead is" not in publisher.body
        assert "Via Reuters" not in publisher.body

"""benchmarks.metadata on invented pages in both gold styles (raw byline; list of authors)."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks import metadata  # noqa: E402
from benchmarks.metadata import Extracted, Gold  # noqa: E402


def gold(**kw) -> Gold:
    base = dict(id="p", title="Harbour pier to be rebuilt", byline="", published=None, html="", text=None)
    base.update(kw)
    return Gold(**base)


def test_author_lists_are_compared_as_sets_of_folded_names():
    page = gold(authors=["Anna Ström", "dpa"], byline="Anna Ström; dpa")
    assert metadata.authors_ok(page, Extracted(authors=["dpa", "anna ström"]))
    assert metadata.authors_ok(page, Extracted(authors=["Anna  Ström.", "DPA"]))
    assert not metadata.authors_ok(page, Extracted(authors=["Anna Ström"]))           # the agency is missing
    assert not metadata.authors_ok(page, Extracted(authors=["Anna Ström", "dpa", "Kiel"]))
    # a raw byline string keeps the older reading: every name inside it, and at least one
    raw = gold(byline="By Anna Ström and Lee Park, Staff Writers")
    assert metadata.authors_ok(raw, Extracted(authors=["Lee Park"]))
    assert not metadata.authors_ok(raw, Extracted(authors=[]))


def test_dates_compare_calendar_days_in_the_gold_offset():
    page = gold(published="2024-03-02T00:30:00+01:00")
    assert metadata.date_ok(page, Extracted(published="2024-03-01T23:30:00+00:00"))   # same moment
    assert not metadata.date_ok(page, Extracted(published="2024-03-01T12:00:00+01:00"))
    assert metadata.date_ok(page, Extracted(published="2024-03-02"))                   # a day alone
    assert not metadata.date_ok(page, Extracted(published=None))


def test_load_reads_gzipped_pages_and_author_lists(tmp_path):
    folder = tmp_path / "Ledger_2025_01_02"
    folder.mkdir()
    (folder / "source.html.gz").write_bytes(gzip.compress(b"<h1>Harbour pier to be rebuilt</h1>"))
    (folder / "gold.json").write_text(json.dumps({
        "title": "Harbour pier to be rebuilt", "authors": ["Nell Ashcombe"], "published": "2025-01-02T08:00:00",
        "url": "https://www.ledger.example.org/a/1", "body": "..."}), encoding="utf-8")
    (pages,) = [metadata.load(tmp_path)]
    assert len(pages) == 1 and pages[0].authors == ["Nell Ashcombe"] and pages[0].site == "example.org"
    assert pages[0].html.startswith("<h1>") and pages[0].half in ("tune", "validate")


def test_the_date_ceiling_needs_the_date_printed_on_one_line():
    from benchmarks.metadata import date_visible

    published = "2024-03-12T09:30:00+01:00"
    assert date_visible(gold(published=published, text="Harbour reopens\nMarch 12, 2024, 9:30 a.m.\nStory..."))
    assert date_visible(gold(published=published, text="Port\n12.03.24 09:30\n..."))
    assert date_visible(gold(published=published, text="港が再開\n2024年3月12日 9時30分\n..."))
    assert not date_visible(gold(published=published, text="Harbour reopens\n3 hours ago\nStory..."))
    assert not date_visible(gold(published=published, text="March 2024\n12 boats\n..."))  # not on one line

"""extract_many: ordering, error modes, time budget, crashes, recycling, bounded streaming, accounting."""

from __future__ import annotations

import gzip
import multiprocessing
import os
import time
from datetime import date
from pathlib import Path

import pytest

import newsclean
from newsclean.article import Article
from newsclean.batch import BatchSummary, Page, PageResult, extract_many
from newsclean.errors import EmptyInputError, ExtractionTimeout

# ---------------------------------------------------------------- fake extractors (module level: picklable)
# Workers receive these by reference, so the machinery is tested apart from the real pipeline;
# tests at the end run the real newsclean.extract.


def fake_extract(source, *, url=None, reference_date=None, kind=None, **options):
    """A stand-in with controllable behaviour, driven by the first word of the page."""
    if isinstance(source, bytes):
        source = source.decode("utf-8")
    if not source.strip():
        raise EmptyInputError("the input is empty")
    word, _, rest = source.partition(" ")
    if word == "SLEEP":
        time.sleep(float(rest.split()[0]))
    elif word == "CRASH":
        os._exit(7)
    elif word == "FAIL":
        raise ValueError(f"cannot read {rest!r}")
    elif word == "NOBODY":
        return Article(title="A page without an article", url=url, input_kind=kind or "text")
    title = f"pid={os.getpid()} kind={kind} ref={reference_date.isoformat() if reference_date else None}"
    return Article(title=title, body=source, url=url, input_kind=kind or "text")


def pages(n: int) -> list[str]:
    return [f"Page number {i} says the harbour opened at dawn." for i in range(n)]


def run_all(items, **kw):
    kw.setdefault("progress", False)
    kw.setdefault("extractor", fake_extract)
    run = extract_many(items, **kw)
    return list(run), run.summary


def check_accounting(summary: BatchSummary, n: int) -> None:
    assert summary.pages == n
    assert summary.cleaned + summary.empty + summary.errors == n


# ---------------------------------------------------------------- ordering


@pytest.mark.parametrize("workers", [1, 2])
def test_ordered_results_follow_input_order(workers):
    # uneven page times make workers finish out of order
    items = [f"SLEEP {0.05 if i % 5 == 0 else 0.0} page {i}" for i in range(40)]
    results, summary = run_all(items, workers=workers, chunksize=3)
    assert [r.index for r in results] == list(range(40))
    assert [r.id for r in results] == [str(i) for i in range(40)]
    assert all(r.status == "ok" for r in results)
    assert results[7].article.body == items[7]
    check_accounting(summary, 40)


def test_unordered_yields_fast_pages_before_a_slow_first_page():
    items = ["SLEEP 1.0 slow"] + pages(30)
    results, summary = run_all(items, workers=2, chunksize=1, ordered=False)
    indexes = [r.index for r in results]
    assert sorted(indexes) == list(range(31))
    assert indexes[0] != 0  # the slow page did not hold the others back
    assert indexes.index(0) > 5
    check_accounting(summary, 31)


def test_pool_and_in_process_give_the_same_records():
    items = pages(12) + ["", "NOBODY here", "FAIL this one"]
    a, _ = run_all(items, workers=1)
    b, _ = run_all(items, workers=2, chunksize=2)
    strip = lambda r: (r.id, r.status, r.error_type, r.article.body if r.article else None)  # noqa: E731
    assert [strip(r) for r in a] == [strip(r) for r in b]


# ---------------------------------------------------------------- errors


@pytest.mark.parametrize("workers", [1, 2])
def test_errors_are_recorded_with_the_item_id(workers):
    items = [
        {"id": "good-1", "html": "A fine page about the river."},
        {"id": "empty-1", "html": "   "},
        {"id": "bad-1", "text": "FAIL broken markup"},
        {"id": "nobody-1", "text": "NOBODY only menus"},
        {"id": "no-field", "body": "the page is under another key"},
        12345,
    ]
    results, summary = run_all(items, workers=workers)
    by_id = {r.id: r for r in results}
    assert by_id["good-1"].status == "ok"
    assert by_id["empty-1"].status == "error" and by_id["empty-1"].error_type == "EmptyInputError"
    assert by_id["bad-1"].error_type == "ValueError" and "broken markup" in by_id["bad-1"].error_message
    assert by_id["nobody-1"].status == "empty" and by_id["nobody-1"].article is not None
    assert by_id["no-field"].error_type == "KeyError"
    assert by_id["5"].error_type == "TypeError"  # no id: its position
    for r in results:
        assert (r.article is None) == (r.status == "error")
    assert (summary.cleaned, summary.empty, summary.errors) == (1, 1, 4)
    assert summary.error_types["EmptyInputError"] == 1


@pytest.mark.parametrize("workers", [1, 2])
def test_skip_mode_leaves_errors_out_but_counts_them(workers):
    items = pages(5) + ["", "FAIL x"] + pages(3)
    results, summary = run_all(items, workers=workers, errors="skip")
    assert len(results) == 8
    assert all(r.status == "ok" for r in results)
    assert summary.errors == 2
    check_accounting(summary, 10)


@pytest.mark.parametrize("workers", [1, 2])
def test_raise_mode_raises_the_page_exception_after_earlier_results(workers):
    items = pages(4) + [""] + pages(4)
    run = extract_many(items, workers=workers, errors="raise", progress=False, extractor=fake_extract)
    got = []
    with pytest.raises(EmptyInputError) as info:
        for r in run:
            got.append(r)
    assert [r.index for r in got] == [0, 1, 2, 3]
    notes = getattr(info.value, "__notes__", [])
    assert any("'4'" in n for n in notes) or not hasattr(info.value, "add_note")


def test_raise_mode_raises_extraction_timeout():
    with pytest.raises(ExtractionTimeout):
        run_all(["SLEEP 5 stuck"], workers=1, processes=True, timeout=0.5, errors="raise")


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError):
        extract_many(["x"], errors="ignore")
    with pytest.raises(ValueError):
        extract_many(["x"], workers=0)
    with pytest.raises(ValueError):
        extract_many(["x"], kind="pdf")


# ---------------------------------------------------------------- time budget and crashes


def test_a_page_over_the_time_budget_is_recorded_and_the_batch_goes_on():
    items = pages(6) + [{"id": "stuck", "text": "SLEEP 30 forever"}] + pages(6)
    start = time.monotonic()
    results, summary = run_all(items, workers=2, chunksize=4, timeout=1.0)
    elapsed = time.monotonic() - start
    assert elapsed < 15  # the 30 s page was cut off
    stuck = [r for r in results if r.id == "stuck"]
    assert len(stuck) == 1
    assert stuck[0].error_type == "ExtractionTimeout"
    assert "stuck" in stuck[0].error_message and stuck[0].seconds >= 1.0
    assert [r.index for r in results] == list(range(13))
    assert summary.cleaned == 12 and summary.errors == 1
    check_accounting(summary, 13)


def test_timeout_in_a_single_worker_process():
    results, summary = run_all(["SLEEP 20 a", "after it"], workers=1, processes=True, timeout=0.5)
    assert [r.status for r in results] == ["error", "ok"]
    assert results[0].error_type == "ExtractionTimeout"


def test_a_crashing_worker_is_replaced_and_the_page_recorded():
    items = pages(5) + [{"id": "boom", "text": "CRASH now"}] + pages(5)
    results, summary = run_all(items, workers=2, chunksize=3)
    boom = next(r for r in results if r.id == "boom")
    assert boom.error_type == "WorkerCrashed"
    assert "exit code 7" in boom.error_message
    assert summary.cleaned == 10
    check_accounting(summary, 11)


def test_workers_are_recycled_after_max_pages():
    results, _ = run_all(pages(24), workers=2, chunksize=2, max_pages_per_worker=4)
    pids = {r.article.title.split()[0] for r in results}
    assert len(pids) >= 24 // 4  # every worker served at most 4 pages (whole chunks)
    assert os.getpid() not in {int(p.split("=")[1]) for p in pids}


# ---------------------------------------------------------------- streaming


def test_input_is_pulled_lazily_with_a_bounded_window():
    pulled = 0

    def endless():
        nonlocal pulled
        i = 0
        while True:
            pulled += 1
            yield f"Endless page {i}"
            i += 1

    run = extract_many(endless(), workers=2, chunksize=2, progress=False, extractor=fake_extract)
    first = [next(run) for _ in range(50)]
    assert [r.index for r in first] == list(range(50))
    assert pulled <= 50 + 2 * 2 * 4 + 1  # at most the window ahead of the consumer
    run.close()
    time.sleep(0.2)
    assert not [p for p in multiprocessing.active_children() if p.name == "newsclean-worker"]


def test_in_process_mode_is_lazy_too():
    pulled = []

    def gen():
        for i in range(1000):
            pulled.append(i)
            yield f"page {i}"

    run = extract_many(gen(), workers=1, progress=False, extractor=fake_extract)
    next(run)
    assert len(pulled) == 1


# ---------------------------------------------------------------- item shapes


def test_paths_pages_and_mapping_fields(tmp_path: Path):
    plain = tmp_path / "a.html"
    plain.write_text("Page from a file on disk.", encoding="utf-8")
    packed = tmp_path / "b.txt.gz"
    packed.write_bytes(gzip.compress("Page from a gzip file.".encode()))
    items = [
        plain,
        packed,
        Page(id="pg", source=b"Page from bytes", url="https://example.org/a"),
        Page(id="broken", error=("JSONDecodeError", "line 3 is not JSON")),
        {"id": "m", "content": "Page in a content field", "reference_date": "2020-03-04", "url": "u"},
        {"key": "k1", "body": "Page with renamed fields", "link": "https://example.org/k"},
    ]
    results, summary = run_all(items, workers=2)
    r = {x.id: x for x in results[:5]}
    assert r[str(plain)].article.body == "Page from a file on disk."
    assert "kind=html" in r[str(plain)].article.title  # suffix hint
    assert r[str(packed)].article.body == "Page from a gzip file."
    assert "kind=text" in r[str(packed)].article.title
    assert r["pg"].url == "https://example.org/a"
    assert r["broken"].error_type == "JSONDecodeError"
    assert "ref=2020-03-04" in r["m"].article.title and r["m"].url == "u"
    assert results[5].error_type == "KeyError"
    renamed, _ = run_all(items[5:], workers=1, field="body", id_field="key", url_field="link")
    assert renamed[0].id == "k1" and renamed[0].url == "https://example.org/k"
    assert renamed[0].status == "ok"
    check_accounting(summary, 6)


def test_reference_date_default_and_kind_override():
    results, _ = run_all(["one page"], workers=1, reference_date=date(2019, 5, 6), kind="html")
    assert "ref=2019-05-06" in results[0].article.title and "kind=html" in results[0].article.title


def test_to_record_is_flat_and_complete():
    ok = PageResult(id="1", index=0, status="ok", url=None, article=Article(title="T", body="B", url="https://x"))
    err = PageResult(id="2", index=1, status="error", error_type="ValueError", error_message="m")
    a, b = ok.to_record(), err.to_record()
    assert list(a) == list(b) == newsclean.batch.record_columns()
    assert a["url"] == "https://x" and a["title"] == "T" and a["body"] == "B"
    assert b["title"] is None and b["error_type"] == "ValueError"


def test_summary_text_names_every_count():
    s = BatchSummary(pages=10, cleaned=7, empty=2, errors=1, seconds=2.0)
    text = str(s)
    for part in ("10 pages", "7 cleaned", "2 empty", "1 errors", "5.0 pages/s"):
        assert part in text


def test_a_worker_that_dies_while_idle_is_replaced_without_blaming_a_page():
    run = extract_many(pages(40), workers=2, chunksize=1, progress=False, extractor=fake_extract)
    first = next(run)
    workers = [p for p in multiprocessing.active_children() if p.name == "newsclean-worker"]
    assert workers
    workers[0].kill()
    rest = list(run)
    results = [first] + rest
    assert [r.index for r in results] == list(range(40))
    # at most the page that worker was running is blamed; never a page sent after its death
    assert sum(r.status == "error" for r in results) <= 1
    assert all(r.error_type in (None, "WorkerCrashed") for r in results)
    check_accounting(run.summary, 40)


def crash_always(source, **kw):
    os._exit(5)


def test_workers_that_always_die_stop_the_batch_with_a_clear_error():
    run = extract_many(pages(50), workers=2, chunksize=1, progress=False, extractor=crash_always)
    with pytest.raises(RuntimeError, match="keep dying"):
        list(run)
    # the pages cut off before the abort were recorded, not lost silently
    assert run.summary.errors >= 1


@pytest.mark.parametrize("method", ["fork", "forkserver", "spawn"])
def test_every_start_method_works(method):
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"{method} is not available on this platform")
    results, summary = run_all(pages(6) + [""], workers=2, mp_context=method)
    assert [r.status for r in results] == ["ok"] * 6 + ["error"]
    check_accounting(summary, 7)


def test_real_extractor_gives_the_same_articles_in_workers_and_in_process():
    story = ("Library extends opening hours\n\nBy Mira Kovac\n\n"
             "The central library will stay open until nine on weekdays from next month, the city said on Thursday,"
             " after a survey found most readers could only visit after work.\n\n"
             "Extra staff will be paid from the culture budget, and the children's floor will add a Saturday"
             " reading hour for families who asked for one.\n\nShare this article")
    items = [story.replace("nine", f"{n} o'clock") for n in ("eight", "nine", "ten")] + [b"\x89PNG\r\n\x1a\n\0\0"]
    inproc = list(extract_many(items, workers=1, progress=False))
    pooled = list(extract_many(items, workers=2, progress=False))
    assert [r.status for r in inproc] == [r.status for r in pooled]
    assert inproc[-1].status == "error" and inproc[-1].error_type == "BinaryInputError"
    for a, b in zip(inproc, pooled):
        assert (a.article.model_dump() if a.article else None) == (b.article.model_dump() if b.article else None)
    assert "nine on weekdays" not in pooled[0].article.body and "eight o'clock" in pooled[0].article.body

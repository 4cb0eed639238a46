"""newsclean.datatrove: a real datatrove pipeline (WarcReader -> Newsclean -> JsonlWriter) over WARC
files built here from the samples, run by LocalPipelineExecutor through the README's example script;
and the step itself on documents."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("datatrove")
pytest.importorskip("warcio")

from datatrove.data import Document  # noqa: E402
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

import newsclean  # noqa: E402
from newsclean.datatrove import METADATA_KEYS, Newsclean  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
EXAMPLES = REPO / "examples"
RUN_TIMEOUT = 300  # seconds for the pipeline subprocess on a loaded 2-core machine
CRAWL_DATE = "2024-03-05T12:00:00Z"  # the samples' crawl day (relative ages count from it)


def _expected(name: str) -> dict:
    return json.loads((SAMPLES / f"{name}.expected.json").read_text(encoding="utf-8"))


def _when(text):
    from newsclean.inputs.reference import as_reference_date

    return as_reference_date(text)


def _write_warc(path: Path, records: list[tuple[str, str, bytes]]) -> None:
    """records: (url, payload type, body) as 200 responses, preceded by a request record each."""
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, content_type, body in records:
            request = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(request)
            http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            warc_headers = {"WARC-Date": CRAWL_DATE}
            if content_type.startswith("text/html"):
                warc_headers["WARC-Identified-Payload-Type"] = "text/html"
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                               warc_headers_dict=warc_headers)
            writer.write_record(record)


def _run_example(script: str, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    proc = subprocess.run([sys.executable, str(EXAMPLES / script), *args], env=env, capture_output=True,
                          text=True, timeout=RUN_TIMEOUT)
    assert proc.returncode == 0, proc.stderr[-4000:]
    return proc


@pytest.fixture(scope="module")
def warcs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("warcs")
    # part 0: saved pages packed by the README's example script
    pages = tmp_path_factory.mktemp("pages")
    for name, sample in (("battery-plant", "html_publisher_article"), ("saltmere", "html_aggregator_syndicated"),
                         ("local", "html_section_front")):
        (pages / f"{name}.html").write_bytes((SAMPLES / f"{sample}.html").read_bytes())
    proc = _run_example("pages_to_warc.py", str(pages), str(folder / "part-0.warc.gz"), "--date", CRAWL_DATE)
    assert proc.stdout.startswith("3 pages")
    # part 1: a charset in the HTTP header, a page with nothing in it, and an image the reader skips
    _write_warc(folder / "part-1.warc.gz", [
        ("https://presse.example/valbonne/halle", "text/html; charset=windows-1252",
         (SAMPLES / "html_fr_article.html").read_bytes()),
        ("https://news.example/blank", "text/html", b"   \n  "),  # HTML by its header, nothing in it
        ("https://news.example/chart.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(range(256))),
    ])
    return folder


def _documents(out: Path) -> dict[str, dict]:
    docs = {}
    for path in sorted(out.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                docs[doc["metadata"]["url"]] = doc
    return docs


def _stats(out: Path) -> dict:
    """The newsclean step's merged stats from datatrove's stats.json."""
    steps = json.loads((out / "logs" / "stats.json").read_text(encoding="utf-8"))
    [step] = [s for s in steps if "newsclean" in s["name"]]
    return {k: (v["total"] if isinstance(v, dict) else v) for k, v in step["stats"].items()}


@pytest.fixture(scope="module")
def pipeline_run(warcs, tmp_path_factory):
    out = tmp_path_factory.mktemp("clean")
    # two tasks in worker processes (one WARC file each): the step is copied and pickled as datatrove does
    proc = _run_example("datatrove_pipeline.py", str(warcs), str(out), "--tasks", "2")
    return _documents(out), _stats(out), proc.stderr


def test_pipeline_puts_the_body_in_text_and_the_article_in_metadata(pipeline_run):
    docs, _, _ = pipeline_run
    doc = docs["https://samples.example/battery-plant"]
    want = _expected("html_publisher_article")
    assert doc["text"] == "\n\n".join(want["body_paragraphs"])
    meta = doc["metadata"]
    assert set(METADATA_KEYS) <= set(meta)
    assert meta["title"] == want["title"] and meta["authors"] == want["authors"]
    assert _when(meta["published"]) == _when(want["published"]) and meta["language"] == "en"
    assert sum(meta["removed_by_rule"].values()) == meta["removed_blocks"]
    assert meta["date"] == CRAWL_DATE  # the reader's crawl date is kept, the publication date is beside it
    assert doc["id"].startswith("<urn:uuid:")


def test_pipeline_cleans_a_syndicated_copy(pipeline_run):
    docs, _, _ = pipeline_run
    want = _expected("html_aggregator_syndicated")
    meta = docs["https://samples.example/saltmere"]["metadata"]
    assert meta["title"] == want["title"] and meta["authors"] == want["authors"]
    assert _when(meta["published"]).isoformat()[:10] == want["published"]
    assert meta["removed_blocks"] == sum(meta["removed_by_rule"].values()) > 0


def test_pipeline_reads_the_second_warc_in_its_own_task(pipeline_run):
    docs, _, _ = pipeline_run
    want = _expected("html_fr_article")
    meta = docs["https://presse.example/valbonne/halle"]["metadata"]
    assert meta["title"] == want["title"] and meta["language"] == "fr"


def test_pipeline_drops_empty_and_bad_pages_and_counts_them(pipeline_run):
    docs, stats, _ = pipeline_run
    assert sorted(docs) == sorted(["https://samples.example/saltmere", "https://presse.example/valbonne/halle",
                                   "https://samples.example/battery-plant"])
    assert stats["total"] == 5  # the PNG response is not read as a document by the WARC reader
    assert stats["forwarded"] == 3 and stats["extracted"] == 4
    assert stats["empty"] == 1 and stats["dropped"] == 1  # the section front
    assert stats["clean_error"] == 1 and stats["error/EmptyInputError"] == 1  # the blank page
    assert stats["removed_blocks"] > 0


def test_pipeline_keeps_empty_pages_when_asked(warcs, tmp_path):
    _run_example("datatrove_pipeline.py", str(warcs), str(tmp_path), "--keep-empty")  # one task
    docs = _documents(tmp_path)
    front = docs["https://samples.example/local"]
    assert front.get("text", "") == ""  # datatrove's writers leave out empty values
    assert front["metadata"]["url"] == "https://samples.example/local"
    assert len(docs) == 4 and _stats(tmp_path)["forwarded"] == 4


# ---------------------------------------------------------------- the step on documents

STORY = ("<html><head><title>Ferry fares frozen for the winter - Harbour Post</title></head>"
         "<body><nav>Home | Ferries</nav>"
         "<article><h1>Ferry fares frozen for the winter</h1><p class='byline'>By Nell Ashcombe</p>"
         "<p>The ferry company will keep its fares at last year's level until March, its chief executive said on"
         " Monday, after a season of record passenger numbers on the harbour crossing.</p>"
         "<p>Season tickets go on sale next week, and pensioners will travel free on weekday mornings, a change"
         " the company said would cost it less than the extra crossings it plans to add this winter.</p>"
         "</article><footer>Share on Facebook</footer></body></html>")


def _run_step(step: Newsclean, docs: list[Document]) -> list[Document]:
    return list(step.run(iter(docs)))


def test_step_follows_datatrove_conventions():
    step = Newsclean()
    assert step.name == "📰 newsclean" and step.type == "🛢 - EXTRAC"
    from datatrove.pipeline.extractors.base import BaseExtractor

    assert isinstance(step, BaseExtractor)
    assert "Ferry fares" not in step.extract(STORY) and "pensioners" in step.extract(STORY)


def _counts(step: Newsclean) -> dict[str, float]:
    return {name: metric.total for name, metric in step.stats.stats.items()}


def test_step_on_documents_with_text_metadata_and_stats():
    step = Newsclean(removed_by_rule=False)
    docs = [Document(text=STORY, id="a", metadata={"url": "https://harbour.example/fares", "date": "2024-03-05"}),
            Document(text="\x00\x01\x02\x03" * 40, id="b", metadata={}),
            Document(text=STORY, id="c", metadata={"date": "last tuesday"})]
    out = _run_step(step, docs)
    assert [d.id for d in out] == ["a", "c"]
    a = out[0]
    assert a.text.startswith("The ferry company") and "Share on Facebook" not in a.text
    assert a.metadata["title"] == "Ferry fares frozen for the winter"
    assert a.metadata["authors"] == ["Nell Ashcombe"] and "removed_by_rule" not in a.metadata
    assert a.metadata["url"] == "https://harbour.example/fares" and a.metadata["date"] == "2024-03-05"
    counted = _counts(step)
    assert counted["total"] == 3 and counted["forwarded"] == 2
    assert counted["clean_error"] == 1 and counted["error/BinaryInputError"] == 1
    assert counted["bad_date"] == 1  # an unreadable crawl date is ignored, the page still cleaned


def test_step_dates_relative_ages_from_the_crawl_date():
    aged = STORY.replace("By Nell Ashcombe", "By Nell Ashcombe</p><p class='age'>3 days ago")
    [doc] = _run_step(Newsclean(), [Document(text=aged, id="a", metadata={"date": "2024-03-05T12:00:00Z"})])
    assert doc.metadata["published"] == "2024-03-02" and doc.metadata["date"] == "2024-03-05T12:00:00Z"
    [undated] = _run_step(Newsclean(date_key=None), [Document(text=aged, id="a", metadata={"date": "2024-03-05"})])
    assert undated.metadata["published"] is None  # never today's clock


def test_step_keeps_empty_documents_when_asked():
    front = "<html><body><ul><li><a href='/a'>Local</a></li><li><a href='/b'>Sport</a></li></ul></body></html>"
    assert _run_step(Newsclean(), [Document(text=front, id="f")]) == []
    [kept] = _run_step(Newsclean(keep_empty=True), [Document(text=front, id="f")])
    assert kept.text == "" and kept.metadata["removed_blocks"] >= 0 and "title" in kept.metadata


SLOW_MARK = "slow-page-marker"


@newsclean.stage("test_sleeps_on_a_marked_page")
def _sleep_on_marked_pages(doc):
    # stands for a page that runs away: only pages holding the marker take this long
    if any(SLOW_MARK in b.text for b in doc.blocks):
        time.sleep(30)


def test_a_timeout_drops_the_document_and_the_step_goes_on():
    slow = STORY.replace("The ferry company", f"{SLOW_MARK} The ferry company")
    step = Newsclean(timeout=2.0, rules=[_sleep_on_marked_pages])
    started = time.monotonic()
    out = _run_step(step, [Document(text=slow, id="slow"), Document(text=STORY, id="ok")])
    assert [d.id for d in out] == ["ok"]  # the sandbox was killed and replaced
    assert _counts(step)["timeout"] == 1 and _counts(step)["forwarded"] == 1
    assert time.monotonic() - started < 25


def test_bad_arguments_are_refused_at_construction():
    with pytest.raises(ValueError, match="kind"):
        Newsclean(kind="pdf")

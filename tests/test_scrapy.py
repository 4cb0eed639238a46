"""newsclean.scrapy: real Scrapy crawls of a local HTTP server serving the samples (no network).

Each crawl runs in a subprocess (Twisted's reactor cannot be restarted inside one test
process): the example project of the README with ``scrapy crawl`` (its settings.py), and
a CrawlerProcess script with other settings. The pipeline's own behaviour is also checked
in-process, item by item, on a crawler built by Scrapy's test helper.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

scrapy = pytest.importorskip("scrapy")

from scrapy.exceptions import DropItem  # noqa: E402
from scrapy.http import HtmlResponse, Response, TextResponse  # noqa: E402
from scrapy.utils.test import get_crawler  # noqa: E402

from newsclean.scrapy import DEFAULT_FIELDS, ArticleItem, NewscleanPipeline  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
PROJECT = REPO / "examples" / "scrapy_project"
CRAWL_TIMEOUT = 180  # seconds one crawl subprocess may take on a loaded 2-core machine

# the local site: path -> (content type, body, HTTP Date header or None for the server's clock)
WIRE_DATE = "Tue, 05 Mar 2024 12:00:00 GMT"  # the sample's crawl day: "3 days ago" is 2 March
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89" * 4


def _site() -> dict[str, tuple[str, bytes, str | None]]:
    pages = {
        "/energy/battery-plant": ("text/html", (SAMPLES / "html_publisher_article.html").read_bytes(), None),
        "/fr/halle": ("text/html", (SAMPLES / "html_fr_article.html").read_bytes(), None),  # windows-1252
        "/wire/harbor-fine": ("text/plain; charset=utf-8", (SAMPLES / "aggregator_wire_agency.txt").read_bytes(),
                              WIRE_DATE),
        "/sections/local": ("text/html", (SAMPLES / "html_section_front.html").read_bytes(), None),
        "/media/chart.png": ("image/png", PNG, None),
        "/blank": ("text/html", b"", None),
    }
    links = "".join(f'<li><a href="{path}">{path}</a></li>' for path in [*pages, "/gone"])
    pages["/"] = ("text/html", f"<html><body><ul>{links}</ul></body></html>".encode(), None)
    return pages


def _when(text: str | None):
    """An ISO date or datetime as a value (JSON output writes UTC as 'Z')."""
    from newsclean.inputs.reference import as_reference_date

    return as_reference_date(text)


def _expected(name: str) -> dict:
    return json.loads((SAMPLES / f"{name}.expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def site():
    pages = _site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            page = pages.get(self.path)
            if page is None:
                self.send_error(404)
                return
            content_type, body, stamp = page
            self._stamp = stamp
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def date_time_string(self, timestamp=None):
            stamp = getattr(self, "_stamp", None)
            return stamp or super().date_time_string(timestamp)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    # this checkout's newsclean, whatever is installed
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    proc = subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=CRAWL_TIMEOUT)
    assert proc.returncode == 0, proc.stderr[-4000:]
    return proc


def _by_path(path: Path) -> dict[str, dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {"/" + row["url"].split("/", 3)[3]: row for row in rows}


# ---------------------------------------------------------------- the README's example project


@pytest.fixture(scope="module")
def project_crawl(site, tmp_path_factory):
    out = tmp_path_factory.mktemp("scrapy") / "articles.jsonl"
    proc = _run(["-m", "scrapy", "crawl", "news", "-a", f"start_url={site}/", "-O", str(out),
                 "-s", "TELNETCONSOLE_ENABLED=0", "-s", "LOG_LEVEL=INFO"], cwd=PROJECT)
    return _by_path(out), proc.stderr


def test_project_crawl_cleans_every_page_into_article_fields(project_crawl):
    items, _ = project_crawl
    # every 2xx page linked from the index is one item (the 404 gives none, the index is not yielded)
    assert sorted(items) == sorted(p for p in _site() if p != "/")
    item = items["/energy/battery-plant"]
    want = _expected("html_publisher_article")
    assert item["newsclean_status"] == "ok" and item["newsclean_error"] is None
    assert item["title"] == want["title"] and item["authors"] == want["authors"]
    assert _when(item["published"]) == _when(want["published"])
    assert item["body"].split("\n\n") == want["body_paragraphs"]
    assert {"name": "Marcus Ilunga", "role": "author"} in item["contributors"]
    assert item["language"] == "en" and item["tags"] == want["tags"]
    # the fields settings.py chose, and no raw page (NEWSCLEAN_KEEP_SOURCE = False; a response is never kept)
    assert set(item) == {"url", "newsclean_status", "newsclean_error", "title", "authors", "contributors",
                         "published", "language", "body", "tags", "warnings"}


def test_project_crawl_decodes_with_the_page_charset(project_crawl):
    items, _ = project_crawl
    want = _expected("html_fr_article")
    item = items["/fr/halle"]
    assert item["title"] == want["title"] and item["authors"] == want["authors"]
    assert item["language"] == "fr"


def test_project_crawl_reads_visible_text_and_dates_it_from_the_response(project_crawl):
    # a text/plain page; "3 days ago" counts from the response's Date header (the crawl time)
    items, _ = project_crawl
    want = _expected("aggregator_wire_agency")
    item = items["/wire/harbor-fine"]
    assert item["title"] == want["title"] and item["authors"] == want["authors"]
    assert _when(item["published"]) == _when(want["published"])


def test_project_crawl_keeps_bad_and_empty_pages_with_the_reason(project_crawl):
    items, log = project_crawl
    front = items["/sections/local"]
    assert front["newsclean_status"] == "empty" and front["body"] == "" and front["warnings"]
    png = items["/media/chart.png"]
    assert png["newsclean_status"] == "error" and png["newsclean_error"].startswith("BinaryInputError:")
    assert "title" not in png and "body" not in png  # no article, so no article fields
    blank = items["/blank"]
    assert blank["newsclean_status"] == "error" and blank["newsclean_error"].startswith("EmptyInputError:")
    # the crawl went on and finished; the counts are in Scrapy's stats
    assert "'finish_reason': 'finished'" in log
    assert "'newsclean/ok': 3" in log and "'newsclean/empty': 1" in log and "'newsclean/error': 2" in log
    assert "'newsclean/error/BinaryInputError': 1" in log
    assert "newsclean could not clean" in log  # logged as a warning, not raised


# ---------------------------------------------------------------- CrawlerProcess, other settings

CRAWLER_SCRIPT = textwrap.dedent('''
    import sys
    import scrapy
    from scrapy.crawler import CrawlerProcess

    start, out = sys.argv[1], sys.argv[2]

    class PagesSpider(scrapy.Spider):
        name = "pages"
        start_urls = [start]

        def parse(self, response):
            yield from response.follow_all(css="a", callback=self.page)

        def page(self, response):
            page = response.text if isinstance(response, scrapy.http.TextResponse) else response.body
            yield {"url": response.url, "page": page, "reference_date": "2024-03-05"}

    process = CrawlerProcess(settings={
        "ITEM_PIPELINES": {"newsclean.scrapy.NewscleanPipeline": 300},
        "NEWSCLEAN_SOURCE_FIELD": "page",
        "NEWSCLEAN_FIELDS": ["title", "authors", "published", "body"],
        "NEWSCLEAN_FIELD_PREFIX": "article_",
        "NEWSCLEAN_STATUS_FIELD": None,
        "NEWSCLEAN_ERROR_FIELD": None,
        "NEWSCLEAN_ON_ERROR": "drop",
        "NEWSCLEAN_ON_EMPTY": "drop",
        "FEEDS": {out: {"format": "jsonlines", "encoding": "utf-8"}},
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "INFO",
    })
    process.crawl(PagesSpider)
    process.start()
''')


def test_crawler_process_with_drop_policies_and_renamed_fields(site, tmp_path):
    script = tmp_path / "crawl.py"
    script.write_text(CRAWLER_SCRIPT, encoding="utf-8")
    out = tmp_path / "items.jsonl"
    proc = _run([str(script), f"{site}/", str(out)], cwd=tmp_path)
    items = _by_path(out)
    # bad pages (binary, empty) and the section front are dropped, the crawl is not stopped
    assert sorted(items) == ["/energy/battery-plant", "/fr/halle", "/wire/harbor-fine"]
    wire = items["/wire/harbor-fine"]
    assert set(wire) == {"url", "page", "reference_date", "article_title", "article_authors",
                         "article_published", "article_body"}
    want = _expected("aggregator_wire_agency")
    assert wire["article_title"] == want["title"]
    assert _when(wire["article_published"]) == _when(want["published"])  # the item's own reference_date
    assert "'item_dropped_count': 3" in proc.stderr
    assert "'finish_reason': 'finished'" in proc.stderr


# ---------------------------------------------------------------- the pipeline, item by item

STORY = ("Ferry fares frozen for the winter\n\nBy Nell Ashcombe\n2 days ago\n\n"
         "The ferry company will keep its fares at last year's level until March, its chief executive said"
         " on Monday, after a season of record passenger numbers on the harbour crossing.\n\n"
         "Season tickets go on sale next week, and pensioners will travel free on weekday mornings, a"
         " change the company said would cost it less than the extra crossings it plans to add.\n\n"
         "The crossing carried more than two million passengers this year, a third more than before the"
         " new terminal opened, and the company expects the winter timetable to add four sailings a day.")


def _pipeline(**settings):
    crawler = get_crawler(settings_dict=settings)
    return NewscleanPipeline.from_crawler(crawler), crawler


def test_defaults_set_every_article_field_but_the_bulky_ones():
    pipe, crawler = _pipeline()
    item = pipe.process_item({"url": "https://ferry.example/fares", "html": STORY, "reference_date": "2024-03-05"})
    assert item["newsclean_status"] == "ok" and item["newsclean_error"] is None
    assert item["title"] == "Ferry fares frozen for the winter" and item["authors"] == ["Nell Ashcombe"]
    assert item["published"] == "2024-03-03"  # JSON-ready: dates as ISO strings
    assert "blocks" not in item and "removed" not in item and set(DEFAULT_FIELDS) <= set(item)
    assert item["html"] == STORY  # NEWSCLEAN_KEEP_SOURCE defaults to True
    assert crawler.stats.get_value("newsclean/ok") == 1


def test_settings_choose_fields_kind_and_a_fixed_reference_date():
    pipe, _ = _pipeline(NEWSCLEAN_FIELDS="title,published,blocks", NEWSCLEAN_KIND="text",
                        NEWSCLEAN_REFERENCE_DATE="2024-03-10", NEWSCLEAN_KEEP_SOURCE=False)
    item = pipe.process_item({"html": STORY})
    assert item["published"] == "2024-03-08" and item["blocks"][0]["kind"] == "paragraph"
    assert "html" not in item and "authors" not in item


def test_crawl_time_is_the_default_reference_date():
    pipe, _ = _pipeline()
    response = TextResponse("https://ferry.example/fares", body=STORY.encode(), encoding="utf-8",
                            headers={"Date": "Sun, 10 Mar 2024 08:00:00 GMT"})
    item = pipe.process_item({"html": response})
    assert item["published"] == "2024-03-08" and item["url"] == "https://ferry.example/fares"
    assert "html" not in item  # a response cannot be exported
    # no Date header: the time the pipeline sees the item (a date, never none)
    undated = pipe.process_item({"html": STORY})
    assert undated["published"] is not None
    none, _ = _pipeline(NEWSCLEAN_REFERENCE_DATE=None)
    assert none.process_item({"html": STORY})["published"] is None


def test_a_response_is_decoded_with_its_http_charset():
    pipe, _ = _pipeline()
    page = ("<html><head><title>Café reopens</title></head><body><article><h1>Café reopens</h1>"
            + "<p>The café on the quay reopened on Monday after a winter of repairs, its owner said.</p>" * 4
            + "</article></body></html>")
    response = HtmlResponse("https://quay.example/cafe", body=page.encode("latin-1"),
                            headers={"Content-Type": "text/html; charset=iso-8859-1"})
    item = pipe.process_item({"html": response})
    assert item["title"] == "Café reopens" and "café on the quay" in item["body"]


@pytest.mark.parametrize("value, error", [(b"", "EmptyInputError"), (PNG, "BinaryInputError"),
                                          (["<p>a list</p>"], "TypeError")])
def test_a_bad_page_is_kept_with_its_error_or_dropped(value, error):
    keep, crawler = _pipeline()
    item = keep.process_item({"url": "u", "html": value})
    assert item["newsclean_status"] == "error" and item["newsclean_error"].startswith(error + ":")
    assert crawler.stats.get_value(f"newsclean/error/{error}") == 1
    drop, _ = _pipeline(NEWSCLEAN_ON_ERROR="drop")
    with pytest.raises(DropItem, match=error):
        drop.process_item({"url": "u", "html": value})


def test_a_binary_response_is_an_error_not_a_crash():
    pipe, _ = _pipeline()
    item = pipe.process_item({"html": Response("https://x.example/a.png", body=PNG)})
    assert item["newsclean_error"].startswith("BinaryInputError:") and item["url"] == "https://x.example/a.png"


def test_a_bad_reference_date_in_an_item_is_that_items_error():
    pipe, _ = _pipeline()
    item = pipe.process_item({"html": STORY, "reference_date": "yesterday"})
    assert item["newsclean_status"] == "error" and "InvalidReferenceDateError" in item["newsclean_error"]


def test_empty_pages_are_kept_or_dropped():
    front = "Local\n\nSport\n\nWeather\n\nContact us"
    keep, _ = _pipeline()
    item = keep.process_item({"html": front})
    assert item["newsclean_status"] == "empty" and item["body"] == "" and item["warnings"]
    drop, _ = _pipeline(NEWSCLEAN_ON_EMPTY="drop")
    with pytest.raises(DropItem, match="no article body"):
        drop.process_item({"html": front})


def test_items_without_the_source_field_pass_through(caplog):
    pipe, crawler = _pipeline()
    other = {"sku": "42"}
    assert pipe.process_item(other) == {"sku": "42"}
    pipe.process_item({"sku": "43"})
    assert crawler.stats.get_value("newsclean/no_source") == 2
    assert sum("without a 'html' field" in r.getMessage() for r in caplog.records) == 1  # warned once


def test_scrapy_items_get_declared_fields_and_a_warning_for_the_rest(caplog):
    pipe, _ = _pipeline()
    item = pipe.process_item(ArticleItem(url="https://ferry.example/fares", html=STORY))
    assert item["title"] == "Ferry fares frozen for the winter" and item["newsclean_status"] == "ok"

    class Narrow(scrapy.Item):
        html = scrapy.Field()
        title = scrapy.Field()

    narrow = pipe.process_item(Narrow(html=STORY))  # undeclared fields: not a crash
    assert narrow["title"] == "Ferry fares frozen for the winter"
    assert any("declares no field" in r.getMessage() and "authors" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("settings, says", [
    ({"NEWSCLEAN_ON_ERROR": "ignore"}, "NEWSCLEAN_ON_ERROR"),
    ({"NEWSCLEAN_KIND": "pdf"}, "NEWSCLEAN_KIND"),
    ({"NEWSCLEAN_FIELDS": ["title", "headline"]}, "'headline'"),
    ({"NEWSCLEAN_REFERENCE_DATE": "last week"}, "NEWSCLEAN_REFERENCE_DATE"),
])
def test_a_wrong_setting_is_refused_when_the_crawl_starts(settings, says):
    with pytest.raises(ValueError, match=says):
        _pipeline(**settings)


def test_rules_and_profile_settings_are_loaded_once(tmp_path):
    rules = tmp_path / "rules.toml"
    rules.write_text('chrome_line_patterns = ["^season tickets go on sale.{0,200}$"]\n', encoding="utf-8")
    pipe, _ = _pipeline(NEWSCLEAN_RULES=str(rules))
    item = pipe.process_item({"html": STORY})
    assert "Season tickets" not in item["body"] and "ferry company" in item["body"]


def test_a_saved_profile_setting_removes_the_sites_learned_chrome(tmp_path):
    import newsclean

    # a box the site puts in every story, written like a sentence of it: no shipped rule can know it
    promo = "Harbour Post members board first on every winter sailing, and they pay less for it too."
    pages = [STORY.replace(" on Monday", f" on Monday ({i})").replace(" next week", f" next week ({i})")
             .replace(" this year", f" this year ({i})").replace("\n\nSeason tickets", f"\n\n{promo}\n\nSeason tickets")
             for i in range(6)]
    assert promo in newsclean.extract(pages[0]).body
    urls = [f"https://ferry.example/story-{i}" for i in range(6)]
    newsclean.Profile.learn(zip(pages, urls)).save(tmp_path / "profile.json")
    pipe, _ = _pipeline(NEWSCLEAN_PROFILE=str(tmp_path / "profile.json"), NEWSCLEAN_FIELDS=["body", "removed"])
    item = pipe.process_item({"url": urls[0], "html": pages[0]})
    assert promo not in item["body"] and "ferry company" in item["body"]
    assert any(r["rule"].startswith("learned:") and r["text"] == promo for r in item["removed"])

"""The newsclean command line, run as a subprocess: extract, batch, formats, resume, exit codes, help."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

# invented pages: a title, chrome lines around two real paragraphs
TEXT_PAGE = """Harbour ferry returns after winter repairs
Home
News
Share
The island ferry sailed again on Tuesday morning after four months in dry dock, carrying forty passengers and a van of post.
Captain Lena Ortiz said the new engines cut the crossing by ten minutes, and the timetable will add a late sailing from May.
Shopkeepers on the island said the winter without a regular boat had been the hardest in years, with deliveries arriving twice a week by barge.
The harbour board expects the older vessel to return to service as a reserve boat once its own inspection ends in the autumn.
Follow us
"""

HTML_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Market hall reopens | Town Weekly</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Market hall reopens</h1>
<p>The covered market hall opened its doors again on Saturday after a two-year restoration of the iron roof.</p>
<p>Stallholders said the first morning brought more visitors than any weekend before the works began, and several ran out of bread by ten.</p>
<p>The council paid for most of the repairs from a heritage grant, while traders covered new lighting and a cold store for the fish counters.</p>
</article><footer>Contact us</footer></body></html>"""


def cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_COLOR="", COLUMNS="120")
    return subprocess.run([sys.executable, "-m", "newsclean.cli", *args], input=stdin, capture_output=True,
                          cwd=cwd, env=env, timeout=300)


def summary_counts(stderr: bytes) -> dict[str, int]:
    line = [x for x in stderr.decode().splitlines() if x.startswith("newsclean: ") and "pages:" in x][-1]
    m = re.search(r"(\d+) pages: (\d+) cleaned, (\d+) empty, (\d+) errors in [\d.]+ s \(([\d.]+) pages/s\)", line)
    assert m, line
    pages, cleaned, empty, errors = map(int, m.groups()[:4])
    assert pages == cleaned + empty + errors  # every input page accounted for
    return {"pages": pages, "cleaned": cleaned, "empty": empty, "errors": errors}


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """A folder of pages, a JSONL dump and a WARC: 3 + 3 + 2 pages, one of them empty (an error)."""
    root = tmp_path / "in"
    (root / "pages").mkdir(parents=True)
    (root / "pages" / "ferry.txt").write_text(TEXT_PAGE, encoding="utf-8")
    (root / "pages" / "market.html").write_text(HTML_PAGE, encoding="utf-8")
    (root / "pages" / "market2.html.gz").write_bytes(gzip.compress(HTML_PAGE.encode()))
    with open(root / "dump.jsonl", "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "j1", "text": TEXT_PAGE, "url": "https://weekly.example/ferry"}) + "\n")
        fh.write(json.dumps({"id": "j2", "html": HTML_PAGE}) + "\n")
        fh.write(json.dumps({"id": "j3", "text": "   "}) + "\n")
    with open(root / "crawl.warc.gz", "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for n in (1, 2):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(f"https://weekly.example/m{n}", "response",
                                                payload=io.BytesIO(HTML_PAGE.encode()), http_headers=http))
    return root


# ---------------------------------------------------------------- help and usage


def test_help_explains_every_option():
    top = cli("--help")
    assert top.returncode == 0 and b"extract" in top.stdout and b"batch" in top.stdout
    assert b"Exit codes" in top.stdout
    ex = cli("extract", "--help").stdout.decode()
    for opt in ("--format", "--url", "--kind", "--explain", "--reference-date", "--color"):
        assert opt in ex
    ba = cli("batch", "--help").stdout.decode()
    for opt in ("--output", "--format", "--field", "--id-field", "--url-field", "--workers", "--timeout",
                "--resume", "--kind", "--unordered", "--progress", "--quiet"):
        assert opt in ba
    assert "WARC" in ba and ".parquet" in ba


def test_usage_errors_exit_2(tmp_path: Path):
    assert cli().returncode == 2
    assert cli("extract", "--format", "pdf", "x").returncode == 2
    missing = cli("extract", str(tmp_path / "nope.html"))
    assert missing.returncode == 2 and b"nope.html" in missing.stderr
    page = tmp_path / "p.txt"
    page.write_text(TEXT_PAGE)
    bad_out = cli("batch", str(page), "-o", str(tmp_path / "out.xlsx"))
    assert bad_out.returncode == 2 and b"suffix" in bad_out.stderr
    no_input = cli("batch", str(tmp_path / "missing"), "-o", str(tmp_path / "o.jsonl"))
    assert no_input.returncode == 2 and b"no such file" in no_input.stderr
    assert cli("batch", str(page), "-o", str(tmp_path / "o.jsonl"), "--workers", "0").returncode == 2


def test_console_script_is_installed():
    script = Path(sys.executable).parent / "newsclean"
    assert script.exists()
    done = subprocess.run([str(script), "--version"], capture_output=True, timeout=120)
    assert done.returncode == 0 and done.stdout.startswith(b"newsclean ")


# ---------------------------------------------------------------- extract


def test_extract_json_text_markdown(tmp_path: Path):
    page = tmp_path / "ferry.txt"
    page.write_text(TEXT_PAGE, encoding="utf-8")
    out = cli("extract", str(page), "--url", "https://weekly.example/ferry")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert "dry dock" in data["body"] and "Follow us" not in data["body"]
    assert data["url"] == "https://weekly.example/ferry" and data["input_kind"] == "text"
    text = cli("extract", "-", "--format", "text", stdin=TEXT_PAGE.encode())
    assert text.returncode == 0 and b"dry dock" in text.stdout
    md = cli("extract", str(page), "--format", "markdown")
    assert md.returncode == 0 and md.stdout.startswith(b"# ")


def test_extract_html_from_gzip(tmp_path: Path):
    page = tmp_path / "market.html.gz"
    page.write_bytes(gzip.compress(HTML_PAGE.encode()))
    out = cli("extract", str(page))
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["input_kind"] == "html" and "iron roof" in data["body"]


def test_extract_explain_lists_kept_and_removed_blocks(tmp_path: Path):
    page = tmp_path / "ferry.txt"
    page.write_text(TEXT_PAGE, encoding="utf-8")
    plain = cli("extract", str(page), "--explain", "--color", "never")
    assert plain.returncode == 0, plain.stderr
    text = plain.stdout.decode()
    assert "\x1b[" not in text
    keep = [x for x in text.splitlines() if " KEEP " in x]
    drop = [x for x in text.splitlines() if " DROP " in x or " META " in x]
    assert any("dry dock" in x for x in keep)
    assert any("Follow us" in x for x in drop)
    assert all(re.search(r"(DROP|META) \S", x) for x in drop)  # each removed block names its rule
    coloured = cli("extract", str(page), "--explain", "--color", "always")
    assert "\x1b[" in coloured.stdout.decode()


def test_extract_unusable_page_exits_1(tmp_path: Path):
    page = tmp_path / "blank.txt"
    page.write_text("   \n\n  ")
    out = cli("extract", str(page))
    assert out.returncode == 1
    assert b"EmptyInputError" in out.stderr and out.stdout == b""


# ---------------------------------------------------------------- batch


def test_batch_mixed_inputs_to_jsonl(corpus: Path, tmp_path: Path):
    out = tmp_path / "clean.jsonl"
    run = cli("batch", str(corpus / "pages"), str(corpus / "dump.jsonl"), str(corpus / "crawl.warc.gz"),
              "-o", str(out), "--workers", "2")
    assert run.returncode == 1, run.stderr  # one page (j3) is empty: an error row, exit 1
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(rows) == 8
    ids = [r["id"] for r in rows]
    assert ids[:6] == ["ferry.txt", "market.html", "market2.html.gz", "j1", "j2", "j3"]
    assert all(i.startswith("urn:uuid:") for i in ids[6:])
    by_id = {r["id"]: r for r in rows}
    assert by_id["j3"]["status"] == "error" and by_id["j3"]["error_type"] == "EmptyInputError"
    assert by_id["j1"]["url"] == "https://weekly.example/ferry" and "dry dock" in by_id["j1"]["body"]
    assert rows[6]["url"] == "https://weekly.example/m1" and "iron roof" in rows[6]["body"]
    counts = summary_counts(run.stderr)
    assert counts["pages"] == 8 and counts["errors"] == 1


def test_batch_all_clean_exits_0_and_writes_parquet_and_csv(corpus: Path, tmp_path: Path):
    for name in ("clean.parquet", "clean.csv"):
        out = tmp_path / name
        run = cli("batch", str(corpus / "pages"), str(corpus / "crawl.warc.gz"), "-o", str(out), "-w", "1")
        assert run.returncode == 0, run.stderr
        assert summary_counts(run.stderr)["pages"] == 5
        if name.endswith(".parquet"):
            rows = pq.read_table(out).to_pylist()
        else:
            with open(out, newline="", encoding="utf-8") as fh:
                rows = list(csv.DictReader(fh))
        assert len(rows) == 5 and all(r["status"] in ("ok", "empty") for r in rows)
        assert "iron roof" in rows[1]["body"]


def test_batch_resume_skips_done_pages(corpus: Path, tmp_path: Path):
    out = tmp_path / "clean.jsonl"
    first = cli("batch", str(corpus / "pages"), "-o", str(out))
    assert first.returncode == 0
    with open(out, "a") as fh:
        fh.write('{"id": "j1", "status": "o')  # a run killed mid-line: j1 is not done
    again = cli("batch", str(corpus / "pages"), str(corpus / "dump.jsonl"), "-o", str(out), "--resume")
    assert again.returncode == 1  # j3 is empty
    assert b"3 pages already in" in again.stderr
    assert summary_counts(again.stderr)["pages"] == 3
    ids = [json.loads(x)["id"] for x in out.read_text().splitlines()]
    assert ids == ["ferry.txt", "market.html", "market2.html.gz", "j1", "j2", "j3"]


def test_batch_stdin_to_stdout(tmp_path: Path):
    lines = "".join(json.dumps({"id": f"s{i}", "text": TEXT_PAGE}) + "\n" for i in range(3)).encode()
    run = cli("batch", "-", "-o", "-", "--quiet", stdin=lines)
    assert run.returncode == 0, run.stderr
    rows = [json.loads(x) for x in run.stdout.decode().splitlines()]
    assert [r["id"] for r in rows] == ["s0", "s1", "s2"]
    assert run.stderr == b""


def test_batch_jsonl_field_options(tmp_path: Path):
    dump = tmp_path / "d.jsonl"
    dump.write_text(json.dumps({"key": "k1", "page_html": HTML_PAGE, "link": "https://weekly.example/k"}) + "\n")
    out = tmp_path / "o.jsonl"
    run = cli("batch", str(dump), "-o", str(out), "--field", "page_html", "--id-field", "key",
              "--url-field", "link", "--kind", "html")
    assert run.returncode == 0, run.stderr
    row = json.loads(out.read_text())
    assert row["id"] == "k1" and row["url"] == "https://weekly.example/k" and row["input_kind"] == "html"


def test_bare_page_argument_means_extract(tmp_path: Path):
    page = tmp_path / "ferry.txt"
    page.write_text(TEXT_PAGE, encoding="utf-8")
    short = cli(str(page), "--format", "text")
    assert short.returncode == 0, short.stderr
    assert short.stdout == cli("extract", str(page), "--format", "text").stdout


# ------------------------------------------------------------------ rule packs and site profiles
RULES_TXT = """# chrome this invented site prints in the middle of its stories
[chrome_line_patterns]
^Got a harbour story\\?.{0,80}$
"""


def _story_with_tip_line(tmp_path: Path) -> Path:
    page = tmp_path / "story.txt"
    page.write_text(TEXT_PAGE.replace("Follow us\n", "Got a harbour story? Our tip line is open all night.\nFollow us\n"),
                    encoding="utf-8")
    return page


def test_extract_rules_option_removes_the_packs_chrome(tmp_path: Path):
    page = _story_with_tip_line(tmp_path)
    plain = json.loads(cli("extract", str(page)).stdout)
    rules = tmp_path / "rules.txt"
    rules.write_text(RULES_TXT, encoding="utf-8")
    done = cli("extract", str(page), "--rules", str(rules))
    assert done.returncode == 0, done.stderr
    article = json.loads(done.stdout)
    assert "tip line" not in article["body"]
    assert any("tip line" in r["text"] for r in article["removed"])
    assert "Captain Lena Ortiz" in article["body"] and article["body"] in plain["body"]


def test_rules_option_errors_are_usage_errors(tmp_path: Path):
    page = _story_with_tip_line(tmp_path)
    bad = tmp_path / "bad.txt"
    bad.write_text("[chrome_line_patterns]\n^(unclosed\n", encoding="utf-8")
    done = cli("extract", str(page), "--rules", str(bad))
    assert done.returncode == 2 and b"--rules" in done.stderr
    done = cli("extract", str(page), "--rules", str(tmp_path / "missing.toml"))
    assert done.returncode == 2 and b"--rules" in done.stderr
    done = cli("extract", str(page), "--profile", str(tmp_path / "missing.json"))
    assert done.returncode == 2 and b"--profile" in done.stderr


def _site_pages(tmp_path: Path) -> Path:
    """Six invented pages of one site: each its own story, all with the same promo line."""
    out = tmp_path / "site.jsonl"
    topics = ["ferry", "library", "bridge", "market", "school", "harbour wall"]
    with open(out, "w", encoding="utf-8") as fh:
        for i, topic in enumerate(topics):
            text = (f"Council reviews the {topic} budget\n\n"
                    f"Councillors met on Monday to review spending on the {topic}, item {i} on a long agenda.\n\n"
                    "Win a weekend for two at the Gullhaven Inn with the Courier card\n\n"
                    f"Officers said the {topic} work would stay within budget if the spring weather held, "
                    f"and a final report is due before the summer recess of year {2020 + i}.\n")
            fh.write(json.dumps({"id": f"p{i}", "url": f"https://courier.example/news/{i}", "text": text}) + "\n")
    return out


def test_batch_learn_removes_a_sites_repeated_promo_and_saves_the_profile(tmp_path: Path):
    pages = _site_pages(tmp_path)
    plain_out, learned_out, profile = tmp_path / "plain.jsonl", tmp_path / "learned.jsonl", tmp_path / "p.json"
    assert cli("batch", str(pages), "-o", str(plain_out), "-w", "1").returncode == 0
    done = cli("batch", str(pages), "-o", str(learned_out), "-w", "1", "--learn", "--save-profile", str(profile))
    assert done.returncode == 0, done.stderr
    assert b"learned chrome from 6 pages of 1 site" in done.stderr
    plain = [json.loads(x) for x in plain_out.read_text().splitlines()]
    learned = [json.loads(x) for x in learned_out.read_text().splitlines()]
    assert len(learned) == 6
    assert all("Gullhaven" in r["body"] for r in plain)  # the built-in rules cannot know this promo
    assert not any("Gullhaven" in r["body"] for r in learned)
    assert all("Officers said" in r["body"] for r in learned)
    # the saved profile does the same in a later run and for one page
    again = tmp_path / "again.jsonl"
    assert cli("batch", str(pages), "-o", str(again), "-w", "1", "--profile", str(profile)).returncode == 0
    assert not any("Gullhaven" in json.loads(x)["body"] for x in again.read_text().splitlines())
    one = tmp_path / "one.txt"
    one.write_text(json.loads(pages.read_text().splitlines()[0])["text"], encoding="utf-8")
    done = cli("extract", str(one), "--profile", str(profile), "--url", "https://courier.example/news/0")
    assert done.returncode == 0 and "Gullhaven" not in json.loads(done.stdout)["body"]


def test_batch_learn_option_errors(tmp_path: Path):
    pages = _site_pages(tmp_path)
    out = str(tmp_path / "o.jsonl")
    assert cli("batch", "-", "-o", out, "--learn").returncode == 2
    assert cli("batch", str(pages), "-o", out, "--save-profile", str(tmp_path / "p.json")).returncode == 2


# ---------------------------------------------------------------- settings


def test_set_changes_a_threshold_for_the_run(tmp_path: Path):
    page = tmp_path / "ferry.txt"
    page.write_text(TEXT_PAGE, encoding="utf-8")
    default = json.loads(cli("extract", str(page)).stdout)
    strict = cli("extract", str(page), "--set", "min_article_words=500")
    assert default["body"] and strict.returncode == 0
    assert json.loads(strict.stdout)["body"] == ""
    assert b"no article" in strict.stderr


@pytest.mark.parametrize("pair, message", [
    ("min_article_word=5", b"did you mean min_article_words"),
    ("min_article_words", b"expected NAME=VALUE"),
    ("min_article_words=many", b"is not a number"),
])
def test_set_refuses_unknown_names_and_bad_values(tmp_path: Path, pair: str, message: bytes):
    page = tmp_path / "ferry.txt"
    page.write_text(TEXT_PAGE, encoding="utf-8")
    done = cli("extract", str(page), "--set", pair)
    assert done.returncode == 2 and message in done.stderr


def test_settings_lists_every_threshold_with_its_meaning():
    done = cli("settings", "--json")
    rows = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert done.returncode == 0 and len(rows) > 200
    gate = next(r for r in rows if r["name"] == "min_article_words")
    assert gate["default"] == 20 and gate["type"] == "int" and gate["meaning"]
    table = cli("settings", "min_article").stdout.decode()
    assert table.startswith("min_article_words") and len(table.splitlines()) == 1

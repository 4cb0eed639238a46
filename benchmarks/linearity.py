"""Time versus input size: is extract() linear? (issue 7)

Builds 1x, 2x, 4x ... 64x a large page (its body repeated inside one document for HTML,
its text repeated for the text path; each copy's letters are rotated so no two copies share
their words), times extract() on each (best of ``--repeat`` runs)
and prints seconds, throughput and two ratios: ``t(k)/t(1)`` and the cost per byte
relative to 1x, ``(t(k)/t(1)) / (size(k)/size(1))`` (linear: about 1 or below, as fixed
costs spread; quadratic: grows like k).

    python -m benchmarks.linearity                       # largest ScrapingHub page, or a generated one
    python -m benchmarks.linearity --page some.html --text some.txt --max-factor 32 --repeat 3

The page defaults to the largest page of ``../shared/bench/scrapinghub`` (HTML and its text
rendering) when that folder exists, else to an invented page generated here.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import random
import sys
import time
from pathlib import Path

import regex

from newsclean import extract

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench" / "scrapinghub"
_BODY = regex.compile(r"<body\b[^>]{0,2000}>", regex.IGNORECASE)
_BODY_END = regex.compile(r"</body\s*>", regex.IGNORECASE)


def _generated() -> tuple[str, str, str]:
    rng = random.Random(0)
    words = ("council harbour bridge ferry residents engineers budget vote storm repairs winter museum road "
             "tunnel station library market said told warned expects opened closed plans after before").split()

    def sentence() -> str:
        return " ".join(rng.choice(words) for _ in range(rng.randrange(8, 25))).capitalize() + "."

    paras = [" ".join(sentence() for _ in range(4)) for _ in range(60)]
    nav = [f"Section {i}" for i in range(30)]
    text = "\n".join(nav) + "\n\nHarbour bridge report\n\nBy Ann Lee\n\n" + "\n\n".join(paras) + "\n\n" + "\n".join(nav)
    html = ("<html><head><title>Harbour bridge report</title></head><body><nav><ul>"
            + "".join(f"<li><a href='/s/{i}'>{n}</a></li>" for i, n in enumerate(nav)) + "</ul></nav><article>"
            "<h1>Harbour bridge report</h1><p>By Ann Lee</p>" + "".join(f"<p>{p}</p>" for p in paras)
            + "</article></body></html>")
    return "generated page", html, text


def _largest_bench_page() -> tuple[str, str, str] | None:
    html_dir, text_dir = BENCH / "html", BENCH / "text"
    if not html_dir.is_dir() or not text_dir.is_dir():
        return None
    # the page with the most visible text: the one whose stages have the most to do
    for text in sorted(text_dir.glob("*.txt"), key=lambda p: p.stat().st_size, reverse=True):
        page = html_dir / f"{text.stem}.html.gz"
        if page.is_file():
            return f"scrapinghub/{text.stem}", gzip.decompress(page.read_bytes()).decode("utf-8"), text.read_text("utf-8")
    return None


_VOWELS, _CONSONANTS = "aeiou", "bcdfghjklmnpqrstvwxyz"


def _table(i: int) -> dict[int, str]:
    """Copy ``i``'s letter mapping: vowels and consonants rotated, so no two copies share their
    words (repeated text would flatter caches) while lengths, case and punctuation stay."""
    table: dict[int, str] = {}
    for group, shift in ((_VOWELS, i % 5), (_CONSONANTS, (i // 5) % 21)):
        for j, ch in enumerate(group):
            new = group[(j + shift) % len(group)]
            table[ord(ch)] = new
            table[ord(ch.upper())] = new.upper()
    return table


_TEXT_NODE = regex.compile(r"(?<=>)[^<]+")
_ENTITY = regex.compile(r"&#?\w{1,10};")


def _variant_html(fragment: str, i: int) -> str:
    if i == 0:
        return fragment
    table = _table(i)

    def node(m: regex.Match) -> str:
        text, out, pos = m.group(0), [], 0
        for e in _ENTITY.finditer(text):
            out.append(text[pos:e.start()].translate(table))
            out.append(e.group(0))
            pos = e.end()
        out.append(text[pos:].translate(table))
        return "".join(out)

    return _TEXT_NODE.sub(node, fragment)


def scale_html(html: str, k: int) -> str:
    """The page with its body content repeated ``k`` times inside one document (text varied per copy)."""
    start, end = _BODY.search(html), None
    if start is not None:
        end = _BODY_END.search(html, start.end())
    if start is None or end is None:
        return "".join(_variant_html(html, i) for i in range(k))
    inner = html[start.end():end.start()]
    return html[:start.end()] + "".join(_variant_html(inner, i) for i in range(k)) + html[end.start():]


def scale_text(text: str, k: int) -> str:
    """The text repeated ``k`` times (letters varied per copy)."""
    return "\n\n".join(text if i == 0 else text.translate(_table(i)) for i in range(k))


def _time(source: str, kind: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        extract(source, kind=kind)  # type: ignore[arg-type]
        best = min(best, time.perf_counter() - t0)
    return best


def run(html: str, text: str, max_factor: int, repeat: int) -> dict[str, list[tuple[int, int, float]]]:
    extract(html, kind="html")  # warm-up: rule files, vocabularies, language model
    extract(text, kind="text")
    results: dict[str, list[tuple[int, int, float]]] = {}
    for kind, scale, base in (("text", scale_text, text), ("html", scale_html, html)):
        rows = []
        k = 1
        while k <= max_factor:
            source = scale(base, k)
            rows.append((k, len(source.encode("utf-8")), _time(source, kind, repeat)))
            k *= 2
        results[kind] = rows
    return results


def report(name: str, results: dict[str, list[tuple[int, int, float]]]) -> str:
    lines = [f"extract() time vs input size ({name})", ""]
    for kind, rows in results.items():
        base = rows[0][2]
        lines.append(f"{kind} path")
        size1 = rows[0][1]
        lines.append(f"{'x':>4} {'size':>12} {'seconds':>9} {'MB/s':>7} {'t(k)/t(1)':>10} {'cost/byte vs 1x':>16}")
        for k, size, seconds in rows:
            lines.append(f"{k:>4} {size:>12,} {seconds:>9.3f} {size / seconds / 1e6:>7.2f} {seconds / base:>10.2f}"
                         f" {(seconds / base) / (size / size1):>16.2f}")
        last_k, last_size, last_t = rows[-1]
        lines.append(f"  cost per byte at {last_k}x: {(last_t / base) / (last_size / size1):.2f} of 1x (<= ~1 = linear)")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--page", type=Path, help="an HTML page (default: largest ScrapingHub page, else generated)")
    ap.add_argument("--text", type=Path, help="its visible text (default: the page's text rendering)")
    ap.add_argument("--generated", action="store_true", help="use the invented page even when the bench exists")
    ap.add_argument("--max-factor", type=int, default=64)
    ap.add_argument("--repeat", type=int, default=2, help="runs per size; the best is kept (default 2)")
    args = ap.parse_args(argv)
    if args.page:
        name, html = str(args.page), args.page.read_text("utf-8", errors="replace")
        text = args.text.read_text("utf-8") if args.text else extract(html).body
    else:
        name, html, text = (None if args.generated else _largest_bench_page()) or _generated()
    print(report(name, run(html, text, args.max_factor, args.repeat)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

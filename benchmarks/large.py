"""Time on very large pages: newsclean's HTML path against trafilatura, interleaved (issue 13, 5f).

    python -m benchmarks.large                     # 5 MB and 20 MB pages, 3 rounds each
    python -m benchmarks.large --sizes 5,20,40 --rounds 5
    python -m benchmarks.large --write page.html --sizes 20   # write the generated page to profile it

Builds an invented news page of the given size in megabytes, shaped like the heavy pages
met in crawls: a story, then thousands of reader comments (author, time, paragraphs, reply
and share links), link rails and menus, inline JSON state and styles under the parser's
payload limit, and attributes of modern markup (classes, data-*). Every paragraph is made
of words drawn from a seeded generator, so no two blocks repeat. newsclean.extract and
trafilatura.extract (its defaults) run one after the other in each round, so machine load
falls on both alike; the table gives the median seconds of each and their ratio (target:
newsclean at most ``TARGET_RATIO`` times trafilatura's time).
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time
from pathlib import Path

TARGET_RATIO = 1.5
_WORDS = ("council harbour bridge ferry residents engineers budget vote storm repairs winter museum road tunnel "
          "station library market said told warned expects opened closed plans after before school teachers "
          "parents hospital doctors nurses police court judge river flood farmers prices energy workers union "
          "strike minister government election campaign voters mayor city county village coast island").split()


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randrange(8, 25))).capitalize() + "."


def _paragraph(rng: random.Random, sentences: int = 3) -> str:
    return " ".join(_sentence(rng) for _ in range(sentences))


SHAPES = ("comments", "story", "table", "list")


def large_page(megabytes: float, seed: int = 0, shape: str = "comments") -> str:
    """An invented news page of about ``megabytes`` MB (characters). ``shape`` says what
    makes it large: reader comments under a story (``comments``), the story itself (a
    transcript, a report: ``story``), a data table in it (``table``) or a list (``list``)."""
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    nav = "".join(f"<li class='nav-item nav-item--{i}'><a class='nav-link' href='/section/{i}' data-track='nav-{i}'>"
                  f"Section {i}</a></li>" for i in range(40))
    head = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Harbour bridge report | The Coast Paper"
            "</title><meta name='author' content='Ann Lee'><meta property='og:title' content='Harbour bridge report'>"
            "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Harbour bridge report\","
            "\"datePublished\":\"2024-05-02T09:00:00Z\",\"author\":{\"name\":\"Ann Lee\"}}</script>"
            "<style>" + ".c{color:#333}" * 2000 + "</style></head><body class='article-page'>"
            f"<header class='site-header'><nav class='main-nav'><ul>{nav}</ul></nav></header>"
            "<main><article class='story'><h1 class='headline'>Harbour bridge report</h1>"
            "<p class='byline'>By Ann Lee</p><time datetime='2024-05-02T09:00:00Z'>May 2, 2024</time>"
            + "".join(f"<p>{_paragraph(rng, 4)}</p>" for _ in range(40)) + "</article>")
    parts = [head, "<section class='comments' id='comments'><h2>Comments</h2>"]
    size = len(head)
    n = 0
    if shape != "comments":
        # the large part inside the story: put the story's end after it
        parts = [head[: -len("</article>")], {"story": "", "table": "<table>", "list": "<ul>"}[shape]]
    while size < target:
        n += 1
        if shape == "story":
            chunk = f"<p>{_paragraph(rng, rng.randrange(2, 6))}</p>" + (f"<h2>{_sentence(rng)[:50]}</h2>" if n % 20 == 0 else "")
        elif shape == "table":
            chunk = "<tr>" + "".join(f"<td>{rng.choice(_WORDS)} {rng.randrange(10**5)}</td>" for _ in range(6)) + "</tr>"
        elif shape == "list":
            chunk = f"<li>{_sentence(rng)}</li>"
        elif n % 50 == 0:
            rail = "".join(f"<li><a href='/story/{n}-{k}' class='teaser-link'>{_sentence(rng)[:60]}</a></li>"
                           for k in range(10))
            chunk = (f"<aside class='rail rail-{n}'><h3>Most read</h3><ul>{rail}</ul>"
                     f"<script>window.__state_{n} = {{\"ids\": [{', '.join(str(rng.randrange(10**6)) for _ in range(200))}]}};"
                     "</script></aside>")
        else:
            chunk = (f"<div class='comment comment--depth-{n % 4}' id='c{n}' data-comment-id='{n}' data-author='user{n}'>"
                     f"<div class='comment__meta'><span class='comment__author'>user{n}</span> "
                     f"<time datetime='2024-05-02T10:{n % 60:02d}:00Z'>{n % 24} hours ago</time></div>"
                     f"<div class='comment__body'><p>{_paragraph(rng, rng.randrange(1, 4))}</p></div>"
                     f"<div class='comment__actions'><a href='#reply-{n}'>Reply</a> <a href='#share-{n}'>Share</a> "
                     f"<button class='like' data-count='{n % 17}'>Like</button></div></div>")
        parts.append(chunk)
        size += len(chunk)
    if shape != "comments":
        parts.append({"story": "", "table": "</table>", "list": "</ul>"}[shape] + "</article><section>")
    parts.append("</section></main><footer><p>Copyright The Coast Paper</p></footer></body></html>")
    return "".join(parts)


def _time(fn, page: str) -> float:
    gc.collect()
    start = time.perf_counter()
    fn(page)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.large", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="5,20", help="page sizes in MB (default: %(default)s)")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved rounds per size (default: %(default)s)")
    ap.add_argument("--shapes", default=",".join(SHAPES), help="what makes the page large (default: %(default)s)")
    ap.add_argument("--write", type=Path, help="write the generated page (the first size) here and stop")
    args = ap.parse_args(argv)
    sizes = [float(s) for s in args.sizes.split(",") if s.strip()]
    if args.write:
        args.write.write_text(large_page(sizes[0], shape=args.shapes.split(",")[0]), encoding="utf-8")
        print(f"wrote {args.write} ({sizes[0]:g} MB)")
        return 0

    import trafilatura

    import newsclean

    def ours(page: str) -> None:
        newsclean.extract(page, kind="html", max_bytes=None)

    def theirs(page: str) -> None:
        trafilatura.extract(page)

    print("| page | shape | newsclean s | trafilatura s | ratio | target |")
    print("|---|---|---|---|---|---|")
    worst = 0.0
    for mb, shape in [(mb, shape) for mb in sizes for shape in args.shapes.split(",")]:
        page = large_page(mb, shape=shape)
        ours(page[:200_000])  # first-use costs (rule compilation) out of the timing
        a, b = [], []
        for _ in range(args.rounds):
            a.append(_time(ours, page))
            b.append(_time(theirs, page))
        ratio = statistics.median(a) / statistics.median(b)
        worst = max(worst, ratio)
        print(f"| {len(page) / 1e6:.1f} MB | {shape} | {statistics.median(a):.2f} | {statistics.median(b):.2f} | {ratio:.2f}x | "
              f"{'ok' if ratio <= TARGET_RATIO else 'over'} |", flush=True)
    return 0 if worst <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())

"""Corpus-scale figures: throughput for 1 and 2 workers, and memory while streaming many pages.

    python -m benchmarks.scale                       # everything (50,000 generated pages; several minutes)
    python -m benchmarks.scale --pages 5000          # a shorter memory run
    python -m benchmarks.scale --skip-memory         # throughput only

1. (printed last) pages/s of ``extract_many`` on the ScrapingHub benchmark's text renderings and HTML pages
   (``../shared/bench/scrapinghub`` or ``--bench DIR``), for workers=1 (in-process) and 2.
2. Peak memory while streaming ``--pages`` generated pages through ``extract_many`` into a
   JSONL file: RSS summed over the process tree (parent, fork server, workers) and PSS (which
   splits pages shared between forked processes fairly), sampled from /proc every 0.2 s,
   with the tree's memory at 10%, 50% and 100% of the run to show whether it grows.
3. The same stream through the command line (``newsclean batch pages.jsonl -o out.jsonl``).

Prints figures; it is not a test. Linux only (reads /proc).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsclean.batch import extract_many
from newsclean.corpus.writers import open_writer

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = ROOT.parent / "shared" / "bench" / "scrapinghub"


# ---------------------------------------------------------------- process-tree memory from /proc


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rfind(b")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def _mem_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in kB (0, 0 once it has gone)."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


def sample_tree(root: int, interval: float) -> None:
    """Print memory samples of ``root``'s process tree (excluding this sampler) until stdin closes."""
    import select

    me = os.getpid()
    start = time.monotonic()
    while True:
        pids = [p for p in _tree(root) if p != me]
        mems = [_mem_kb(p) for p in pids]
        worker = max((m[0] for p, m in zip(pids, mems) if p != root), default=0)
        print(f"{time.monotonic() - start:.2f} {sum(m[0] for m in mems)} {sum(m[1] for m in mems)} {len(pids)} {worker}",
              flush=True)
        ready, _, _ = select.select([sys.stdin], [], [], interval)
        if ready and not sys.stdin.readline():
            return


class TreeSampler:
    """Samples the memory of a process tree from a separate process, so the measured process
    stays single-threaded (a sampling thread would change how extract_many starts workers)."""

    def __init__(self, root: int, interval: float = 0.2) -> None:
        self.root, self.interval = root, interval
        self.samples: list[tuple[float, int, int, int, int]] = []  # (t, rss, pss, processes, worker max rss)

    def __enter__(self) -> "TreeSampler":
        self._proc = subprocess.Popen([sys.executable, "-m", "benchmarks.scale", "--sample-tree", str(self.root),
                                       str(self.interval)], cwd=ROOT, stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, text=True)
        return self

    def __exit__(self, *exc: object) -> None:
        out, _ = self._proc.communicate("")  # closing stdin stops the sampler
        for line in out.splitlines():
            t, rss, pss, n, worker = line.split()
            self.samples.append((float(t), int(rss), int(pss), int(n), int(worker)))

    def report(self, label: str) -> None:
        if not self.samples:
            print(f"  {label}: no samples")
            return
        peak_rss = max(s[1] for s in self.samples)
        peak_pss = max(s[2] for s in self.samples)
        peak_worker = max(s[4] for s in self.samples)
        n = len(self.samples)

        def at(frac: float) -> str:
            s = self.samples[min(n - 1, int(frac * (n - 1)))]
            return f"{s[1] / 1024:.0f}/{s[2] / 1024:.0f}"

        print(f"  {label}: peak RSS {peak_rss / 1024:.0f} MB, peak PSS {peak_pss / 1024:.0f} MB"
              f" (process tree, up to {max(s[3] for s in self.samples)} processes);"
              f" largest single worker {peak_worker / 1024:.0f} MB RSS")
        print(f"  {label}: tree RSS/PSS MB at 10% {at(0.1)}, 50% {at(0.5)}, 90% {at(0.9)}, end {at(1.0)}")


# ---------------------------------------------------------------- generated pages (invented text)

_WORDS = ("council harbour river bridge school market ferry station library budget storm road farmers"
          " hospital museum festival museum rail tram village county mayor teachers nurses engineers"
          " volunteers residents workers officials plans repairs opening report funding vote season").split()
_VERBS = "approved opened closed delayed announced repaired expanded reviewed welcomed postponed".split()
_CHROME = ["Home", "News", "Sport", "Weather", "Share this article", "Follow us", "Sign up for our newsletter",
           "Most read", "Advertisement", "Cookie settings", "Related stories", "Comments (12)"]


def _sentence(rng: random.Random) -> str:
    words = rng.sample(_WORDS, 6)
    return (f"The {words[0]} {rng.choice(_VERBS)} new {words[1]} {words[2]} on {rng.choice(['Monday', 'Friday'])},"
            f" and {words[3]} said the {words[4]} {words[5]} would follow within {rng.randint(2, 30)} weeks.")


def generated_page(i: int) -> dict:
    rng = random.Random(i)
    paras = [" ".join(_sentence(rng) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(2, 12))]
    title = f"{rng.choice(_WORDS).title()} {rng.choice(_VERBS)} after {rng.choice(_WORDS)} vote ({i})"
    top, bottom = rng.sample(_CHROME, 4), rng.sample(_CHROME, 3)
    if i % 3 == 0:
        html = (f"<html><head><title>{title}</title></head><body><nav>{' '.join(f'<a>{c}</a>' for c in top)}</nav>"
                f"<article><h1>{title}</h1><p class=byline>By Reporter {i % 97}</p>"
                + "".join(f"<p>{p}</p>" for p in paras)
                + f"</article><footer>{' | '.join(bottom)}</footer></body></html>")
        return {"id": f"g{i}", "html": html}
    text = "\n".join(top + [title, f"By Reporter {i % 97}"] + paras + bottom)
    return {"id": f"g{i}", "text": text}


def generated(n: int):
    for i in range(n):
        yield generated_page(i)


# ---------------------------------------------------------------- runs


def _cpu_seconds() -> float:
    """CPU time of this process plus its finished (reaped) children."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def throughput(bench: Path, repeat: int, rounds: int) -> None:
    text_files = sorted((bench / "text").glob("*.txt"))
    html_files = sorted((bench / "html").glob("*.html.gz"))
    if not text_files:
        print(f"throughput: no benchmark pages under {bench} (skipped)")
        return
    corpora = {
        "text": [f.read_text(encoding="utf-8") for f in text_files],
        "html": [gzip.decompress(f.read_bytes()).decode("utf-8") for f in html_files],
    }
    print(f"throughput on {bench} ({len(text_files)} text, {len(html_files)} HTML pages, x{repeat};"
          f" best of {rounds} rounds; load average before: {os.getloadavg()[0]:.1f}):")
    for name, docs in corpora.items():
        docs = docs * repeat
        rates: dict[int, float] = {}
        for _ in range(rounds):
            for workers in (1, 2):
                cpu0, start = _cpu_seconds(), time.perf_counter()
                run = extract_many(docs, workers=workers, progress=False, kind=name)
                busy = sum(r.seconds for r in run)  # time workers spent on pages
                wall = time.perf_counter() - start
                cpu = _cpu_seconds() - cpu0
                rate = len(docs) / wall
                rates[workers] = max(rates.get(workers, 0.0), rate)
                s = run.summary
                print(f"  {name:4s} workers={workers}: {rate:6.1f} pages/s, {1000 * cpu / len(docs):5.1f} ms CPU/page,"
                      f" CPU cores used {cpu / wall:.2f}, workers busy {busy / (wall * workers):.0%} ({s.pages} pages: {s.cleaned} cleaned, {s.empty} empty,"
                      f" {s.errors} errors)")
        print(f"  {name:4s} speed-up 2 vs 1 workers (best rounds): {rates[2] / rates[1]:.2f}x"
              f"  [load average now {os.getloadavg()[0]:.1f}: other processes on the machine lower this]")


def memory_api(n: int, workers: int, out_dir: Path) -> None:
    out = out_dir / "api.jsonl"
    print(f"memory: {n} generated pages through extract_many(workers={workers}) into {out.name}:")
    start = time.perf_counter()
    with TreeSampler(os.getpid()) as sampler, open_writer(str(out)) as writer:
        run = extract_many(generated(n), workers=workers, progress=False, total=n)
        for result in run:
            writer.write(result)
    elapsed = time.perf_counter() - start
    print(f"  {run.summary}")
    print(f"  {n / elapsed:.1f} pages/s including generation and writing; output {out.stat().st_size / 1e6:.0f} MB")
    sampler.report("extract_many")


def memory_cli(n: int, workers: int, out_dir: Path) -> None:
    src = out_dir / "pages.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for rec in generated(n):
            fh.write(json.dumps(rec) + "\n")
    out = out_dir / "cli.jsonl"
    cmd = [sys.executable, "-m", "newsclean.cli", "batch", str(src), "-o", str(out), "--workers", str(workers),
           "--progress", "never"]
    print(f"memory: the same {n} pages ({src.stat().st_size / 1e6:.0f} MB of JSONL) through"
          f" `newsclean batch --workers {workers}`:")
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    with TreeSampler(proc.pid) as sampler:
        _, err = proc.communicate()
    elapsed = time.perf_counter() - start
    print("  " + (err.strip().splitlines() or ["(no summary)"])[-1] + f"  [exit code {proc.returncode}]")
    print(f"  {n / elapsed:.1f} pages/s end to end")
    sampler.report("newsclean batch")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="the scrapinghub benchmark folder")
    ap.add_argument("--repeat", type=int, default=1, help="run the benchmark pages this many times (default 1)")
    ap.add_argument("--rounds", type=int, default=2, help="alternate 1 and 2 workers this many times (best kept)")
    ap.add_argument("--pages", type=int, default=50_000, help="generated pages for the memory runs")
    ap.add_argument("--workers", type=int, default=2, help="workers for the memory runs")
    ap.add_argument("--skip-throughput", action="store_true")
    ap.add_argument("--skip-memory", action="store_true")
    ap.add_argument("--skip-cli", action="store_true")
    ap.add_argument("--sample-tree", nargs=2, metavar=("PID", "INTERVAL"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.sample_tree:
        sample_tree(int(args.sample_tree[0]), float(args.sample_tree[1]))
        return
    print(f"cpu cores: {os.cpu_count()}; python {sys.version.split()[0]}; load average {os.getloadavg()[0]:.1f}")
    try:
        if Path("/proc/sys/kernel/sched_autogroup_enabled").read_text().strip() == "1":
            print("note: the kernel shares CPU between sessions (autogroup): while other sessions keep the cores"
                  " busy, this session gets the same share with 1 or 2 workers, so the speed-up needs an idle machine")
    except OSError:
        pass
    # memory first, while this process holds nothing but imports: forked workers share the
    # parent's pages, so a parent swollen by the throughput runs would inflate every worker's RSS
    if not args.skip_memory:
        with tempfile.TemporaryDirectory(prefix="newsclean-scale-") as tmp:
            memory_api(args.pages, args.workers, Path(tmp))
            if not args.skip_cli:
                memory_cli(args.pages, args.workers, Path(tmp))
    if not args.skip_throughput:
        throughput(args.bench, args.repeat, args.rounds)


if __name__ == "__main__":
    main()

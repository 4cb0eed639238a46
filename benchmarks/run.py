"""Run newsclean and its peers on a labelled dataset and print one table.

    python -m benchmarks.run --dataset ../shared/bench/scrapinghub --input text
    python -m benchmarks.run --dataset ../shared/bench/scrapinghub --input html --worst 10
    python -m benchmarks.run --dataset ../shared/bench/readability-dev --input text --json

Columns: F1, precision, recall and exact-match accuracy (the ScrapingHub benchmark's
metric, see ``benchmarks.metric``), pages/s (extraction time only: inputs are read and
every tool is imported and called once before the clock starts; the tools' clocks are
interleaved page by page, each keeping per page its fastest of ``--repeat`` rounds, see
:func:`run_tools`) and errors (exceptions
raised on a page; the page then counts as an empty prediction and the run goes on).
newsclean refusing an empty input with ``EmptyInputError`` is its documented contract,
not an error: it counts as an empty prediction and is reported under the table.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from benchmarks import peers
from benchmarks.datasets import HALVES, Dataset, DatasetError, load_dataset
from benchmarks.metric import PageScore, Score, aggregate, evaluate, word_tokens

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATASET = REPO.parent / "shared" / "bench" / "scrapinghub"
_SENTENCE_END = re.compile(r"(?<=[.!?…。！？])\s+")


# ---------------------------------------------------------------- tools

def newsclean_tool(kind: str) -> peers.Tool:
    """newsclean as a tool: ``newsclean.extract(page, kind=kind).body``."""
    import newsclean
    from newsclean.errors import EmptyInputError

    def run(page: str) -> str:
        return newsclean.extract(page, kind=kind).body

    return peers.Tool(name="newsclean", input=kind, extract=run,
                      description="newsclean.extract(page, kind=...).body", refusals=(EmptyInputError,))


def default_tools(kind: str) -> list[str]:
    return ["newsclean", *peers.peer_names(kind, default_only=True)]


def build_tool(name: str, kind: str) -> peers.Tool:
    if name == "newsclean":
        return newsclean_tool(kind)
    return peers.build(name, kind)


# ---------------------------------------------------------------- running

@dataclass
class ToolResult:
    """One tool's figures on one dataset and input kind."""

    tool: str
    input: str
    score: Score
    seconds: float
    pages: int
    errors: int = 0
    refused: int = 0
    error_samples: list[str] = field(default_factory=list)
    predictions: dict[str, str] = field(default_factory=dict)
    build_error: str | None = None

    @property
    def pages_per_s(self) -> float | None:
        if self.build_error or self.seconds <= 0:
            return None
        return self.pages / self.seconds

    def summary(self) -> dict:
        pps = self.pages_per_s
        return {"tool": self.tool, "input": self.input, **{k: round(v, 4) for k, v in self.score.figures().items()},
                "pages_per_s": round(pps, 1) if pps is not None else None, "seconds": round(self.seconds, 3),
                "pages": self.pages, "errors": self.errors, "refused": self.refused,
                "build_error": self.build_error}


def _note(samples: list[str], exc: BaseException) -> None:
    message = f"{type(exc).__name__}: {exc}"[:200]
    if len(samples) < 3 and message not in samples:
        samples.append(message)


def run_tool(name: str, kind: str, inputs: list[tuple[str, str]], truth: dict[str, str],
             repeat: int = 1) -> ToolResult:
    """Run one tool over ``inputs`` [(id, page)] and score it against ``truth``.

    The tool is built (imports) and called once on the first page before timing; with
    ``repeat`` > 1 each page is extracted that many times and its fastest time is kept
    (:func:`run_tools` with one tool).
    """
    return run_tools([name], kind, inputs, truth, repeat=repeat)[0]


def run_tools(names: list[str], kind: str, inputs: list[tuple[str, str]], truth: dict[str, str],
              repeat: int = 1) -> list[ToolResult]:
    """Run several tools over ``inputs`` with their clocks interleaved, and score each.

    Each page is extracted by every tool in turn, the order alternating from page to page
    and round to round, and each tool keeps per page its fastest time over ``repeat``
    rounds; its seconds are the sum of those. Timing one tool's whole pass after another's
    lets a change in the machine's load between the passes move their ratio (on a shared
    machine, by 10-30 %); interleaved, both tools see the same load. Predictions, errors
    and refusals are those of the first round. A tool that cannot be built is reported as
    :func:`run_tool` does; one tool alone is timed the same way.
    """
    built: list = []
    results: dict[str, ToolResult] = {}
    for name in names:
        try:
            tool = build_tool(name, kind)
        except KeyError:
            raise
        except Exception as exc:
            reason = f"{type(exc).__name__}: {exc}"[:300]
            results[name] = ToolResult(tool=name, input=kind, score=evaluate(truth, {}), seconds=0.0,
                                       pages=len(inputs), errors=len(inputs), build_error=reason)
            continue
        if inputs:
            try:
                tool.extract(inputs[0][1])
            except Exception:
                pass
        built.append((name, tool))
    fastest = {name: [float("inf")] * len(inputs) for name, _ in built}
    predictions: dict[str, dict[str, str]] = {name: {} for name, _ in built}
    errors = {name: 0 for name, _ in built}
    refused = {name: 0 for name, _ in built}
    samples: dict[str, list[str]] = {name: [] for name, _ in built}
    clock = time.perf_counter
    for attempt in range(max(repeat, 1)):
        for i, (page_id, page) in enumerate(inputs):
            order = built if (i + attempt) % 2 == 0 else built[::-1]
            for name, tool in order:
                start = clock()
                try:
                    body = tool.extract(page)
                except tool.refusals:
                    body = ""
                    if attempt == 0:
                        refused[name] += 1
                except Exception as exc:
                    body = ""
                    if attempt == 0:
                        errors[name] += 1
                        _note(samples[name], exc)
                elapsed = clock() - start
                if elapsed < fastest[name][i]:
                    fastest[name][i] = elapsed
                if attempt == 0:
                    predictions[name][page_id] = body if isinstance(body, str) else ""
    for name, tool in built:
        results[name] = ToolResult(tool=tool.name, input=kind, score=evaluate(truth, predictions[name]),
                                   seconds=sum(fastest[name]) if inputs else 0.0, pages=len(inputs),
                                   errors=errors[name], refused=refused[name], error_samples=samples[name],
                                   predictions=predictions[name])
    return [results[name] for name in names]


def load_inputs(dataset: Dataset, kind: str) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """The pages' inputs of this kind, read before timing, and the truth of those pages."""
    pages = dataset.with_input(kind)
    return [(p.id, p.read(kind) or "") for p in pages], {p.id: p.truth for p in pages}


def run_benchmark(dataset: Dataset, kind: str, tools: list[str], repeat: int = 1) -> list[ToolResult]:
    inputs, truth = load_inputs(dataset, kind)
    return run_tools(tools, kind, inputs, truth, repeat=repeat)


def half_scores(dataset: Dataset, result: ToolResult) -> dict[str, Score]:
    """The result's figures on each half of the set (``tune``, ``validate``) from its per-page rows."""
    half = {p.id: p.half for p in dataset.pages}
    return {name: aggregate([row for row in result.score.pages if half.get(row.id) == name]) for name in HALVES}


def _extract_newsclean(job: tuple[str, str, str]) -> tuple[str, str, str | None]:
    """One page in a worker: (id, body, error or None); a refused empty input is an empty body."""
    import newsclean
    from newsclean.errors import EmptyInputError

    page_id, kind, page = job
    try:
        return page_id, newsclean.extract(page, kind=kind).body, None
    except EmptyInputError:
        return page_id, "", None
    except Exception as exc:  # the page counts as an empty prediction; the run goes on
        return page_id, "", f"{type(exc).__name__}: {exc}"[:200]


def newsclean_bodies(kind: str, inputs: list[tuple[str, str]], jobs: int = 1) -> tuple[dict[str, str], list[str]]:
    """newsclean's bodies for ``inputs`` in ``jobs`` worker processes (no timing): for accuracy only."""
    work = [(page_id, kind, page) for page_id, page in inputs]
    if jobs <= 1:
        done = [_extract_newsclean(job) for job in work]
    else:
        import multiprocessing
        with multiprocessing.get_context("spawn").Pool(jobs) as pool:
            done = pool.map(_extract_newsclean, work, chunksize=4)
    return {page_id: body for page_id, body, _ in done}, [f"{page_id}: {err}" for page_id, _, err in done if err]


# ---------------------------------------------------------------- error analysis

def _units(text: str) -> list[str]:
    """Lines, split further into sentences: the units of the missed/extra diff."""
    out = []
    for line in (text or "").splitlines():
        out.extend(s.strip() for s in _SENTENCE_END.split(line) if s.strip())
    return out


def _joined(text: str) -> str:
    return " " + " ".join(word_tokens(text)) + " "


def absent_units(text: str, other: str) -> list[str]:
    """Units of ``text`` whose word sequence does not occur in ``other``."""
    haystack = _joined(other)
    return [u for u in _units(text) if word_tokens(u) and _joined(u) not in haystack]


def _clip(parts: list[str], limit: int = 300) -> str:
    text = " | ".join(parts)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def page_diff(truth: str, predicted: str, limit: int = 300) -> dict:
    missed = absent_units(truth, predicted)
    extra = absent_units(predicted, truth)
    return {"missed": _clip(missed, limit), "missed_units": len(missed), "missed_chars": sum(map(len, missed)),
            "extra": _clip(extra, limit), "extra_units": len(extra), "extra_chars": sum(map(len, extra))}


def worst_pages(result: ToolResult, truth: dict[str, str], n: int) -> list[dict]:
    rows = []
    for page in result.score.worst(n):
        row = {"id": page.id, "f1": round(page.f1, 4), "precision": round(page.precision, 4),
               "recall": round(page.recall, 4)}
        row.update(page_diff(truth.get(page.id, ""), result.predictions.get(page.id, "")))
        rows.append(row)
    return rows


# ---------------------------------------------------------------- output

def _git(*args: str) -> str:
    try:
        out = subprocess.run(["git", "-C", str(REPO), *args], capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.SubprocessError):
        return ""
    return out.stdout.strip() if out.returncode == 0 else ""


def _commit() -> str | None:
    """The checkout's commit, marked '+uncommitted' when newsclean/ has changes not committed yet."""
    commit = _git("rev-parse", "--short", "HEAD")
    if not commit:
        return None
    return commit + ("+uncommitted" if _git("status", "--porcelain", "--", "newsclean") else "")


def versions() -> dict[str, str | None]:
    return {"newsclean": peers.version("newsclean"), "newsclean_commit": _commit(),
            "trafilatura": peers.version("trafilatura"), "python": sys.version.split()[0]}


def _rate(pps: float | None) -> str:
    if pps is None:
        return "-"
    if pps >= 1_000_000:  # a tool that does (almost) nothing, e.g. the whole text unchanged
        return ">1M"
    return f"{pps:,.0f}" if pps >= 100 else f"{pps:.1f}"


def format_table(results: list[ToolResult], label: bool = False) -> str:
    """A Markdown table of the results (``label``: add a dataset column, as in the gate)."""
    head = ["tool", "input", "F1", "precision", "recall", "accuracy", "pages/s", "errors"]
    if label:
        head.insert(0, "dataset")
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in results:
        s = r.score
        cells = [r.tool, r.input, f"{s.f1:.3f}", f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.accuracy:.3f}",
                 _rate(r.pages_per_s), str(r.errors)]
        if label:
            cells.insert(0, getattr(r, "dataset", ""))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def notes(results: list[ToolResult]) -> list[str]:
    out = []
    for r in results:
        if r.build_error:
            out.append(f"{r.tool}: could not be loaded ({r.build_error}); every page counted as an error")
        elif r.errors:
            out.append(f"{r.tool}: {r.errors} page(s) raised, e.g. " + "; ".join(r.error_samples))
        if r.refused:
            out.append(f"{r.tool}: refused {r.refused} empty input(s) (EmptyInputError), scored as empty predictions")
    return out


def format_halves(dataset: Dataset, results: list[ToolResult]) -> str:
    """Each tool's figures on the set's tune and validate halves (split by site, see benchmarks.datasets)."""
    counts = {name: sum(1 for p in dataset.pages if p.half == name and p.id in results[0].predictions)
              for name in HALVES} if results else {}
    lines = ["| half | pages | tool | F1 | precision | recall | accuracy | empty |", "|---|---|---|---|---|---|---|---|"]
    for name in HALVES:
        for r in results:
            s = half_scores(dataset, r)[name]
            empty = sum(1 for row in s.pages if row.truth_any and not row.predicted_any)
            lines.append(f"| {name} | {counts.get(name, 0)} | {r.tool} | {s.f1:.3f} | {s.precision:.3f} | "
                         f"{s.recall:.3f} | {s.accuracy:.3f} | {empty} |")
    return "\n".join(lines)


def format_worst(tool: str, rows: list[dict]) -> str:
    out = [f"worst {len(rows)} pages by F1 for {tool}:"]
    for row in rows:
        out.append(f"  {row['id']}  F1 {row['f1']:.3f}  P {row['precision']:.3f}  R {row['recall']:.3f}")
        if row["missed_units"]:
            out.append(f"    missed ({row['missed_units']} sentences, {row['missed_chars']} chars): {row['missed']}")
        if row["extra_units"]:
            out.append(f"    extra ({row['extra_units']} sentences, {row['extra_chars']} chars): {row['extra']}")
    return "\n".join(out)


def pin_to_core(core: int | None) -> int | None:
    """Pin this process to one core (the first allowed one by default); returns the core or None."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    allowed = sorted(os.sched_getaffinity(0))
    chosen = core if core is not None and core >= 0 else allowed[0]
    os.sched_setaffinity(0, {chosen})
    return chosen


def save_predictions(folder: Path, dataset: str, results: list[ToolResult]) -> None:
    """Write each tool's predictions as {id: {"articleBody": ...}} (the benchmark's file format)."""
    folder.mkdir(parents=True, exist_ok=True)
    for r in results:
        path = folder / f"{dataset}-{r.input}-{r.tool}.json"
        path.write_text(json.dumps({k: {"articleBody": v} for k, v in r.predictions.items()}, ensure_ascii=False),
                        encoding="utf-8")


# ---------------------------------------------------------------- CLI

def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dataset", default=str(DEFAULT_DATASET),
                    help="dataset folder, ScrapingHub or readability layout (default: %(default)s)")
    ap.add_argument("--input", choices=("text", "html"), default="text", help="give the tools the visible text or the HTML")
    ap.add_argument("--tools", help="comma-separated tools (default: newsclean and every peer for this input); "
                                    "peers: html: %s; text: %s" % (", ".join(peers.peer_names("html")),
                                                                   ", ".join(peers.peer_names("text"))))
    ap.add_argument("--worst", type=int, default=0, metavar="N",
                    help="list newsclean's N lowest-F1 pages with missed and extra text")
    ap.add_argument("--worst-tool", default="newsclean", metavar="TOOL", help="tool analysed by --worst")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    ap.add_argument("--limit", type=int, metavar="N", help="only the first N pages (by id)")
    ap.add_argument("--repeat", type=int, default=1, metavar="N", help="N rounds over the pages (tools interleaved page by page); each tool keeps its fastest time per page")
    ap.add_argument("--pin", type=int, nargs="?", const=-1, metavar="CORE",
                    help="pin the process to one core (default: the first allowed) for speed figures")
    ap.add_argument("--half", choices=("all", *HALVES), default="all",
                    help="score only one half of the set (split by site); --worst then lists only its pages. "
                         "Study errors on the tune half")
    ap.add_argument("--save", metavar="DIR", help="write each tool's predictions as JSON files into DIR")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        dataset = load_dataset(args.dataset, limit=args.limit).half(args.half)
    except DatasetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    kind = args.input
    tools = [peers.canonical(t.strip()) for t in args.tools.split(",") if t.strip()] if args.tools \
        else default_tools(kind)
    for name in tools:
        if name != "newsclean" and name not in peers.peer_names(kind):
            print(f"error: no tool {name!r} for --input {kind}; available: newsclean, "
                  f"{', '.join(peers.peer_names(kind))}", file=sys.stderr)
            return 2
    core = pin_to_core(args.pin) if args.pin is not None else None

    inputs, truth = load_inputs(dataset, kind)
    results = run_tools(tools, kind, inputs, truth, repeat=args.repeat)
    by_name = {r.tool: r for r in results}
    analysed = by_name.get(peers.canonical(args.worst_tool))
    worst = worst_pages(analysed, truth, args.worst) if args.worst and analysed else []
    if args.save:
        save_predictions(Path(args.save), dataset.name, results)

    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    info = versions()
    if args.json:
        print(json.dumps({
            "dataset": dataset.name, "layout": dataset.layout, "input": kind, "pages": len(inputs),
            "pages_without_input": dataset.missing(kind), "date": when, "pinned_core": core, "repeat": args.repeat,
            "versions": info, "results": [r.summary() for r in results], "half": args.half,
            "halves": {r.tool: {name: {k: round(v, 4) for k, v in s.figures().items()}
                                for name, s in half_scores(dataset, r).items()} for r in results},
            "worst": {"tool": analysed.tool, "pages": worst} if worst else None,
        }, ensure_ascii=False, indent=1))
        return 0

    missing = dataset.missing(kind)
    print(f"{dataset.name} ({dataset.layout} layout): {len(inputs)} pages, input {kind}"
          + (f", {missing} page(s) without {kind} input left out" if missing else "")
          + f"; {when}; newsclean {info['newsclean']} @ {info['newsclean_commit']}, trafilatura {info['trafilatura']}"
          + (f"; pinned to core {core}" if core is not None else ""))
    print(format_table(results))
    if args.half == "all":
        print()
        print(format_halves(dataset, results))
    for line in notes(results):
        print(f"note: {line}")
    if args.worst and analysed is None:
        print(f"--worst: tool {args.worst_tool!r} was not run", file=sys.stderr)
    if worst:
        print()
        print(format_worst(analysed.tool, worst))
    return 0


if __name__ == "__main__":
    sys.exit(main())

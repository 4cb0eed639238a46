"""Does a refactoring change what newsclean returns? The Article JSON of every dev page, before and after.

    python -m benchmarks.same_output --save /tmp/before          # at the old commit
    python -m benchmarks.same_output --against /tmp/before       # at the new one: exit 1 on any change

Every page of the four dev sets (scrapinghub, readability-dev, fundus-dev, dragnet), from its
HTML and from its visible text, is extracted in worker processes and its Article is dumped as
JSON (``model_dump(mode="json")``). ``--save`` writes one gzipped JSON-lines file per set and
input; ``--against`` compares with such a folder and lists the pages whose Article differs,
with the fields that differ (``--show N`` prints the first N differences field by field).
A page that failed to extract is recorded with its error, so a new failure is a difference too.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

from benchmarks.datasets import DatasetError, load_dataset
from benchmarks.gate import KINDS, SETS, default_bench


def _article_json(job: tuple[str, str, str]) -> tuple[str, dict]:
    """One page in a worker: its Article as JSON, or the error it raised."""
    import newsclean

    page_id, kind, page = job
    try:
        return page_id, newsclean.extract(page, kind=kind).model_dump(mode="json")
    except Exception as exc:  # recorded: a page that starts or stops failing is a change
        return page_id, {"error": f"{type(exc).__name__}: {exc}"[:300]}


def articles(jobs_in: list[tuple[str, str, str]], jobs: int) -> dict[str, dict]:
    if jobs <= 1:
        done = [_article_json(job) for job in jobs_in]
    else:
        import multiprocessing

        with multiprocessing.get_context("spawn").Pool(jobs) as pool:
            done = pool.map(_article_json, jobs_in, chunksize=4)
    return dict(done)


def snapshot(bench: Path, sets: list[str], jobs: int, limit: int | None = None):
    """(set, kind) -> {page id: Article JSON}, for every set found under ``bench``."""
    for name in sets:
        try:
            dataset = load_dataset(bench / name, limit=limit)
        except (DatasetError, FileNotFoundError) as exc:
            print(f"{name}: skipped ({exc})", file=sys.stderr)
            continue
        for kind in KINDS:
            work = [(p.id, kind, p.read(kind)) for p in dataset.with_input(kind)]
            yield name, kind, articles(work, jobs)


def _file(folder: Path, name: str, kind: str) -> Path:
    return folder / f"{name}-{kind}.jsonl.gz"


def save(folder: Path, name: str, kind: str, found: dict[str, dict]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with gzip.open(_file(folder, name, kind), "wt", encoding="utf-8") as fh:
        for page_id in sorted(found):
            fh.write(json.dumps({"id": page_id, "article": found[page_id]}, ensure_ascii=False, sort_keys=True) + "\n")


def load(folder: Path, name: str, kind: str) -> dict[str, dict] | None:
    path = _file(folder, name, kind)
    if not path.exists():
        return None
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return {row["id"]: row["article"] for row in map(json.loads, fh)}


def differences(before: dict[str, dict], after: dict[str, dict], ignore: frozenset[str] = frozenset()) -> dict[str, list[str]]:
    """Page id -> the top-level fields whose value changed ("<page>" for a page only one side has);
    fields in ``ignore`` (a field added on purpose) are not compared."""
    out: dict[str, list[str]] = {}
    for page_id in sorted(set(before) | set(after)):
        old, new = before.get(page_id), after.get(page_id)
        if old is None or new is None:
            out[page_id] = ["<page>"]
            continue
        fields = sorted(k for k in set(old) | set(new) if k not in ignore and old.get(k) != new.get(k))
        if fields:
            out[page_id] = fields
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the Articles to this folder")
    group.add_argument("--against", type=Path, help="compare with Articles saved in this folder")
    ap.add_argument("--bench", type=Path, default=None, help="shared bench folder (default: ../shared/bench)")
    ap.add_argument("--sets", default=",".join(SETS), help="comma-separated sets (default: all four)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    ap.add_argument("--limit", type=int, default=None, help="first N pages of each set (a quick check)")
    ap.add_argument("--ignore", default=None, help="comma-separated Article fields not to compare (added on purpose)")
    ap.add_argument("--show", type=int, default=5, help="print this many differences field by field")
    args = ap.parse_args(argv)
    bench = args.bench or default_bench()
    start = time.time()
    changed_pages = total = 0
    shown = 0
    for name, kind, found in snapshot(bench, args.sets.split(","), args.jobs, args.limit):
        total += len(found)
        if args.save:
            save(args.save, name, kind, found)
            print(f"{name}/{kind}: {len(found)} Articles saved")
            continue
        before = load(args.against, name, kind)
        if before is None:
            print(f"{name}/{kind}: nothing saved to compare with")
            changed_pages += len(found)
            continue
        diff = differences(before, found, frozenset(args.ignore.split(",")) if args.ignore else frozenset())
        changed_pages += len(diff)
        print(f"{name}/{kind}: {len(found)} pages, {len(diff)} changed")
        for page_id, fields in diff.items():
            print(f"  {page_id}: {', '.join(fields)}")
            if shown < args.show:
                shown += 1
                for f in fields[:3]:
                    if f != "<page>":
                        print(f"    {f}: {json.dumps(before[page_id].get(f), ensure_ascii=False)[:200]}")
                        print(f"    {' ' * len(f)}  -> {json.dumps(found[page_id].get(f), ensure_ascii=False)[:200]}")
    print(f"{total} Articles in {time.time() - start:.0f} s" + ("" if args.save else f"; {changed_pages} changed"))
    return 1 if changed_pages and not args.save else 0


if __name__ == "__main__":
    sys.exit(main())

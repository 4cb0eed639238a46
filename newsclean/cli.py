"""The ``newsclean`` command: ``newsclean extract`` for one page, ``newsclean batch`` for a corpus.

Exit codes (both commands):

* 0 -- success: every page was cleaned (pages with no recognisable article count
  as success: they are written with status ``empty``);
* 1 -- the input was processed but some page could not be cleaned: for
  ``extract`` the page is unusable (the message says why); for ``batch`` at least
  one page is recorded as an error in the output (status ``error``) -- the output
  is still complete, one row per input page;
* 2 -- usage error: bad option, input not found, unknown output format;
* 3 -- the run could not finish (for example the output could not be written);
* 130 -- interrupted (Ctrl-C); a batch output written so far is valid and can
  be continued with ``--resume``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from collections.abc import Sequence
from typing import Any

EXIT_OK, EXIT_PAGE_ERRORS, EXIT_USAGE, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

_DESCRIPTION = """\
Turn news pages (HTML or their visible text) into clean articles.

  newsclean extract page.html                 one page, printed as JSON (`newsclean page.html` too)
  newsclean extract - --format text < page    from standard input, as plain text
  newsclean extract page.html --explain       every block, kept or removed, with its rule
  newsclean batch pages/ dump.jsonl crawl.warc.gz -o clean.parquet
  newsclean settings                          every threshold: name, default, meaning

Exit codes: 0 success; 1 some page could not be cleaned (batch: recorded as
errors in the output, which is still complete); 2 usage error (bad option,
missing input); 3 the run could not finish (e.g. output not writable);
130 interrupted.
"""

_BATCH_EPILOG = """\
inputs:
  a folder        every .html/.htm/.xhtml/.shtml/.txt (also .gz), .jsonl/.ndjson and .warc/.warc.gz
                  file below it, in sorted order; a page's id is its path inside the folder
  a glob          quoted pattern such as 'crawl/**/*.html' (** spans folders)
  page.html       one page (.gz is decompressed); .txt files are read as visible text
  dump.jsonl      one JSON object per line; the page is in --field (default: the first of
                  html, text, source, page, content, raw_html), id in --id-field (default
                  id, else FILE:LINE), URL in --url-field; a 'reference_date' key is used too
  crawl.warc.gz   WARC response records with an HTML content type and a 2xx status; id is
                  the WARC-Record-ID, the URL the WARC-Target-URI, the crawl date anchors
                  relative dates
  -               JSONL records on standard input

output (by the suffix of -o, or --format): .jsonl, .parquet (needs newsclean[parquet]), .csv;
'-o -' writes JSONL to standard output. One row per input page: id, url, status
(ok/empty/error), error_type, error_message, seconds, then the article fields.
A summary line (pages, cleaned, empty, errors, pages/s) goes to standard error at the end.
"""


def _parser() -> argparse.ArgumentParser:
    from newsclean import __version__

    p = argparse.ArgumentParser(
        prog="newsclean", description=_DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--version", action="version", version=f"newsclean {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    ex = sub.add_parser(
        "extract",
        help="clean one page and print the article",
        description="Clean one page (HTML or visible text) and print the article.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ex.add_argument("page", metavar="PAGE_FILE", help="the page file ('-' reads standard input; .gz is decompressed)")
    ex.add_argument(
        "--format",
        "-f",
        choices=("json", "text", "markdown"),
        default="json",
        help="json: every Article field (default); text: the title, a blank line, the body;"
        " markdown: title, byline and body blocks as Markdown",
    )
    ex.add_argument("--url", help="the page's URL (recorded in the article, helps resolve links)")
    ex.add_argument(
        "--kind", choices=("html", "text"), help="read the page as HTML or as visible text (default: detected)"
    )
    ex.add_argument(
        "--reference-date",
        metavar="DATE",
        help="ISO date anchoring relative dates such as '3 days ago' (e.g. the crawl date)",
    )
    ex.add_argument(
        "--explain",
        action="store_true",
        help="instead of the article, list every block of the page: kept (with its kind) or"
        " removed (with the rule that removed it and where it went)",
    )
    ex.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the --explain listing (auto: when standard output is a terminal and NO_COLOR is not set)",
    )
    _add_rule_options(ex)

    st = sub.add_parser(
        "settings",
        help="list every threshold (newsclean.Settings): name, default, meaning",
        description="List every threshold of newsclean.Settings: name, type, default, meaning and the module"
        " reading it. Change one for a run with --set NAME=VALUE.",
    )
    st.add_argument("pattern", nargs="?", default=None, help="only the settings whose name contains this text")
    st.add_argument("--json", action="store_true", help="print JSON (one object per setting) instead of a table")

    ba = sub.add_parser(
        "batch",
        help="clean many pages into a JSONL, Parquet or CSV file",
        description="Clean every page of the inputs into one output file, in parallel.",
        epilog=_BATCH_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ba.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="files, folders, quoted globs, .jsonl, .warc/.warc.gz, or '-' (JSONL on stdin)",
    )
    ba.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="output file: .jsonl, .parquet or .csv ('-': JSONL on standard output)",
    )
    ba.add_argument(
        "--format", choices=("jsonl", "parquet", "csv"), help="output format when the suffix of OUT does not say it"
    )
    ba.add_argument(
        "--field",
        help="JSONL: the field holding the page (e.g. html or text; 'html' and 'text' also set how the page is read)",
    )
    ba.add_argument("--id-field", default="id", help="JSONL: the field holding the page id (default: id)")
    ba.add_argument("--url-field", default="url", help="JSONL: the field holding the page URL (default: url)")
    ba.add_argument(
        "--kind",
        choices=("html", "text"),
        help="read every page as HTML or as visible text (default: from the file suffix or field name, else detected)",
    )
    ba.add_argument(
        "--workers", "-w", type=int, default=None, metavar="N", help="worker processes (default: one per CPU core)"
    )
    ba.add_argument(
        "--timeout",
        type=float,
        default=60.0,
        metavar="S",
        help="seconds one page may take; a slower page is recorded as an ExtractionTimeout error"
        " and its worker replaced (default: 60; 0 disables)",
    )
    ba.add_argument(
        "--resume",
        action="store_true",
        help="skip pages whose id is already in OUT and append to it (continues an"
        " interrupted run; ids must be unique)",
    )
    ba.add_argument(
        "--unordered",
        action="store_true",
        help="write results as they finish instead of in input order (slightly faster)",
    )
    ba.add_argument(
        "--progress",
        choices=("auto", "always", "never"),
        default="auto",
        help="progress bar on standard error (auto: when it is a terminal)",
    )
    ba.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary line")
    _add_rule_options(ba)
    ba.add_argument(
        "--learn",
        action="store_true",
        help="first read every input once to learn each site's repeated chrome (blocks seen on"
        " many pages of one site, by URL), then clean with it (needs page URLs; not with '-')",
    )
    ba.add_argument(
        "--save-profile",
        metavar="FILE",
        help="with --learn: also save the learned profile as JSON (reuse it with --profile)",
    )
    return p


def _add_rule_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rules",
        action="append",
        default=[],
        metavar="FILE",
        help="your own rule pack (.json, .toml or .txt; see newsclean.rules.user); may be given several times",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        dest="settings",
        help="change one threshold of newsclean.Settings for this run (e.g. --set story_follows_words=60);"
        " may be given several times; `newsclean settings` lists them all",
    )
    parser.add_argument(
        "--profile",
        metavar="FILE",
        help="a site profile saved by Profile.save or --save-profile: its learned chrome is"
        " removed too (the page's site comes from its URL)",
    )


def _rule_options(args: argparse.Namespace) -> dict[str, Any]:
    """``rules=``/``profile=`` for extract from --rules/--profile; raises _UsageError when unreadable."""
    from newsclean.profile import Profile
    from newsclean.rules.user import RuleError, load_rules

    options: dict[str, Any] = {}
    if args.rules:
        try:
            for path in args.rules:  # fail here, once, rather than on every page
                load_rules(path)
        except (OSError, RuleError, ValueError) as exc:
            raise _UsageError(f"--rules: {exc}") from None
        options["rules"] = [str(path) for path in args.rules]
    if args.settings:
        options["settings"] = _settings_option(args.settings)
    if args.profile:
        try:
            options["profile"] = Profile.load(args.profile)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise _UsageError(f"--profile: cannot read {args.profile}: {exc}") from None
    return options


def _settings_option(pairs: list[str]) -> Any:
    """The --set NAME=VALUE pairs as a Settings; raises _UsageError for a malformed pair,
    an unknown name or a value that is not a number."""
    from newsclean.settings import Settings

    changes: dict[str, int | float] = {}
    defaults = {k.name: k.default for k in Settings.describe()}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip()
        if not sep:
            raise _UsageError(f"--set {pair}: expected NAME=VALUE")
        try:
            number = float(value)
            changes[name] = int(number) if isinstance(defaults.get(name), int) and number.is_integer() else number
        except ValueError:
            raise _UsageError(f"--set {pair}: {value!r} is not a number") from None
    try:
        return Settings.from_mapping(changes)
    except (TypeError, ValueError) as exc:
        raise _UsageError(f"--set: {exc}") from None


def _list_settings(args: argparse.Namespace) -> int:
    from newsclean.settings import Settings

    knobs = [k for k in Settings.describe() if args.pattern is None or args.pattern in k.name]
    if args.json:
        for k in knobs:
            print(json.dumps(k._asdict(), ensure_ascii=False))
        return 0
    width = max((len(k.name) for k in knobs), default=10)
    for k in knobs:
        print(f"{k.name:<{width}}  {k.type:<5} {k.default!s:>9}  {k.meaning}")
    return 0


class _UsageError(Exception):
    """A command-line option that cannot be used (exit code 2)."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (``newsclean`` calls ``sys.exit`` with it)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] not in ("extract", "batch", "settings") and not argv[0].startswith("-") or argv[:1] == ["-"]:
        argv.insert(0, "extract")  # `newsclean page.html` is short for `newsclean extract page.html`
    args = _parser().parse_args(argv)
    try:
        if args.command == "extract":
            return _extract(args)
        if args.command == "settings":
            return _list_settings(args)
        return _batch(args)
    except KeyboardInterrupt:
        print("newsclean: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # e.g. `newsclean batch ... -o - | head`
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return EXIT_OK


def _error(message: str, code: int) -> int:
    print(f"newsclean: error: {message}", file=sys.stderr)
    return code


# --------------------------------------------------------------------------- extract


def _extract(args: argparse.Namespace) -> int:
    from newsclean.api import extract
    from newsclean.errors import NewscleanError
    from newsclean.inputs.reference import as_reference_date

    try:
        ref = as_reference_date(args.reference_date, name="--reference-date")
    except ValueError as exc:
        return _error(str(exc), EXIT_USAGE)
    if args.page == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            with open(args.page, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            return _error(f"{args.page}: {exc.strerror or exc}", EXIT_USAGE)
        if args.page.endswith(".gz"):
            import gzip

            try:
                data = gzip.decompress(data)
            except (OSError, EOFError) as exc:
                return _error(f"{args.page}: not a valid gzip file ({exc})", EXIT_PAGE_ERRORS)
        if args.kind is None:
            from newsclean.inputs.files import kind_of_path

            args.kind = kind_of_path(args.page)
    try:
        options = _rule_options(args)
    except _UsageError as exc:
        return _error(str(exc), EXIT_USAGE)
    try:
        article = extract(data, url=args.url, reference_date=ref, kind=args.kind, **options)
    except NewscleanError as exc:
        return _error(f"{args.page}: {type(exc).__name__}: {exc}", EXIT_PAGE_ERRORS)
    if args.explain:
        color = args.color == "always" or (
            args.color == "auto" and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        )
        sys.stdout.write(explain(article, color=color, width=_width() if sys.stdout.isatty() else None))
    elif args.format == "json":
        sys.stdout.write(article.model_dump_json(indent=2) + "\n")
    elif args.format == "markdown":
        sys.stdout.write(article.to_markdown())
    else:
        sys.stdout.write("\n\n".join(x for x in (article.title, article.body) if x) + "\n")
    for warning in article.warnings:
        print(f"newsclean: warning: {warning}", file=sys.stderr)
    return EXIT_OK


def _width() -> int:
    return shutil.get_terminal_size((100, 20)).columns


_COLORS = {"kept": "\033[32m", "removed": "\033[31m", "field": "\033[33m", "head": "\033[1m", "dim": "\033[2m"}
_RESET = "\033[0m"


def block_listing(article: Any) -> list[tuple[int | None, str, str, str]]:
    """Every block of the page in order: ``(index, verdict, label, text)``.

    ``verdict`` is ``kept`` (label: the block kind), ``removed`` (label: the rule)
    or ``field`` (the block fed an Article field such as the title or byline;
    label: ``rule -> role``). Removed blocks carry their page index; kept blocks
    fill the remaining indexes in reading order.
    """
    removed = sorted(article.removed, key=lambda r: r.index)
    kept = list(article.blocks)
    rows: list[tuple[int | None, str, str, str]] = []
    taken = {r.index for r in removed}
    k = 0
    position = 0
    for r in removed:
        while position < r.index:
            if position not in taken and k < len(kept):
                rows.append((position, "kept", kept[k].kind, kept[k].text))
                k += 1
            position += 1
        verdict = "removed" if r.role == "chrome" else "field"
        label = r.rule if r.role == "chrome" else f"{r.rule} -> {r.role}"
        rows.append((r.index, verdict, label, r.text))
        position = max(position, r.index + 1)
    for block in kept[k:]:
        while position in taken:
            position += 1
        rows.append((position, "kept", block.kind, block.text))
        position += 1
    return rows


def explain(article: Any, *, color: bool = False, width: int | None = None) -> str:
    """The ``--explain`` listing: the article's metadata, then one line per block."""

    def paint(kind: str, text: str) -> str:
        return f"{_COLORS[kind]}{text}{_RESET}" if color else text

    out: list[str] = []
    meta = [
        ("title", article.title),
        ("authors", ", ".join(article.authors)),
        ("byline", article.byline),
        ("published", article.published.isoformat() if article.published else None),
        ("dateline", article.dateline),
        ("source", article.source),
        ("site", article.site_name),
        ("language", article.language),
        ("input", article.input_kind),
    ]
    for key, value in meta:
        if value:
            out.append(f"{paint('head', key + ':'):s} {value}")
    for c in article.candidates:
        mark = "chosen" if c.chosen else "      "
        where = f"  {' '.join(c.text.split())[:60]!r}" if c.text else ""
        out.append(paint("dim", f"  {mark} {c.field:<9} {c.value}  ({c.source}){where}"))
    for w in article.warnings:
        out.append(paint("field", f"warning: {w}"))
    rows = block_listing(article)
    kept = sum(1 for r in rows if r[1] == "kept")
    out.append(paint("dim", f"{len(rows)} blocks: {kept} kept, {len(rows) - kept} removed"))
    label_w = min(34, max((len(r[2]) for r in rows), default=8))
    for index, verdict, label, text in rows:
        flat = " ".join(text.split())
        mark = {"kept": "KEEP", "removed": "DROP", "field": "META"}[verdict]
        prefix = f"{'' if index is None else index:>4} {mark} {label:<{label_w}} "
        if width is not None and len(prefix) + len(flat) > width:
            flat = flat[: max(10, width - len(prefix) - 1)] + "…"
        line = prefix + flat
        out.append(paint(verdict, line) if verdict != "kept" else paint("kept", prefix) + flat)
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- batch


def _batch(args: argparse.Namespace) -> int:
    from newsclean.batch import extract_many
    from newsclean.corpus.readers import InputError, check_inputs, iter_inputs
    from newsclean.corpus.writers import OutputError, done_ids, open_writer, output_format

    if args.workers is not None and args.workers < 1:
        return _error("--workers must be at least 1", EXIT_USAGE)
    if args.timeout < 0:
        return _error("--timeout must be positive (0 disables it)", EXIT_USAGE)
    if args.inputs.count("-") > 1:
        return _error("standard input ('-') can be given only once", EXIT_USAGE)
    try:
        check_inputs(args.inputs)
        fmt = output_format(args.output, args.format)
    except (InputError, OutputError) as exc:
        return _error(str(exc), EXIT_USAGE)
    if args.resume and args.output == "-":
        return _error("--resume needs an output file, not standard output", EXIT_USAGE)
    try:
        skip = done_ids(args.output, fmt) if args.resume else set()
    except Exception as exc:
        return _error(f"--resume: cannot read ids from {args.output}: {exc}", EXIT_USAGE)

    try:
        options = _rule_options(args)
    except _UsageError as exc:
        return _error(str(exc), EXIT_USAGE)
    if args.save_profile and not args.learn:
        return _error("--save-profile needs --learn", EXIT_USAGE)
    if args.learn:
        if args.profile:
            return _error("give --learn or --profile, not both", EXIT_USAGE)
        if "-" in args.inputs:
            return _error("--learn reads the inputs twice: it cannot read standard input ('-')", EXIT_USAGE)
        options["profile"] = _learn(args)
        if args.save_profile:
            try:
                options["profile"].save(args.save_profile)
            except OSError as exc:
                return _error(f"--save-profile: {args.save_profile}: {exc.strerror or exc}", EXIT_USAGE)

    skipped = 0

    def pages():
        nonlocal skipped
        for page in iter_inputs(args.inputs, field=args.field, id_field=args.id_field, url_field=args.url_field):
            if page.id in skip:
                skipped += 1
                continue
            yield page

    try:
        writer = open_writer(args.output, fmt, append=args.resume)
    except OutputError as exc:
        return _error(str(exc), EXIT_USAGE)
    show = not args.quiet and (args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty()))
    run = extract_many(
        pages(),
        workers=args.workers,
        progress=show,
        ordered=not args.unordered,
        errors="record",
        timeout=args.timeout or None,
        kind=args.kind,
        processes=True,
        **options,
    )
    code = EXIT_OK
    try:
        for result in run:
            writer.write(result)
    except KeyboardInterrupt:
        code = EXIT_INTERRUPTED
    except OSError as exc:
        code = _error(f"{args.output}: {exc.strerror or exc}", EXIT_FAILED)
    except Exception as exc:  # e.g. an input that became unreadable mid-run
        code = _error(f"{type(exc).__name__}: {exc}", EXIT_FAILED)
    finally:
        run.close()
        try:
            writer.close()
        except OSError as exc:
            code = _error(f"{args.output}: {exc.strerror or exc}", EXIT_FAILED)
    s = run.summary
    if not args.quiet:
        line = f"newsclean: {s}"
        if args.resume:
            line += f"; {skipped} pages already in {args.output} skipped"
        if code == EXIT_INTERRUPTED:
            line += "; interrupted (continue with --resume)"
        print(line, file=sys.stderr)
    if code == EXIT_OK and s.errors:
        code = EXIT_PAGE_ERRORS
    return code


def _learn(args: argparse.Namespace) -> Any:
    """The first pass of --learn: one Profile over every input page that has a URL."""
    from newsclean.corpus.readers import iter_inputs
    from newsclean.inputs.files import read_path
    from newsclean.profile import Profile

    profile = Profile()
    counted = 0
    for page in iter_inputs(args.inputs, field=args.field, id_field=args.id_field, url_field=args.url_field):
        if page.error is not None or page.url is None:
            continue
        try:
            if page.source is not None:
                source = page.source
            elif page.path is not None:
                source = read_path(page.path)
            else:
                continue
            if profile.add_page(source, url=page.url, kind=page.kind or args.kind) is not None:
                counted += 1
        except Exception:  # the cleaning pass reports this page's problem
            continue
    if not args.quiet:
        n = len(profile.sites)
        print(f"newsclean: learned chrome from {counted} pages of {n} site{'s' if n != 1 else ''}", file=sys.stderr)
    return profile


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

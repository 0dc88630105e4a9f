"""The crosscheck command line: argument parsing, wiring of the stages, progress, exit codes.

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage, input or tool error.
stdout carries results a script may read; stderr carries progress, warnings and skipped files.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from checker import __version__
from checker.config import Config
from checker.errors import CrosscheckError
from checker.model import Severity
from checker.run import RunResult

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FAIL_LEVELS = ("error", "warning", "info", "never")
FORMATS = ("html", "csv", "json")  # the default set; --format may name any renderer


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 on usage errors, as we want; keep its message
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="crosscheck",
        description="Find where news sources disagree on the numbers: extract every figure and date from a folder "
        "of articles, match the claims that state the same fact, and report conflicts, single-source "
        "figures and arithmetic errors.",
        epilog="Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage/input/tool error. "
        "Run 'crosscheck COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"crosscheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser(
        "check",
        help="check a folder or files of articles and write the report",
        description="Check articles (.md/.txt with YAML front matter, .html, .jsonl; folders are "
        "read recursively) and write the report into --out. Settings come from "
        "[tool.crosscheck] in pyproject.toml or crosscheck.toml (see --config); "
        "flags override them.",
    )
    _add_run_options(check)
    check.add_argument(
        "--format",
        default=None,
        metavar="LIST",
        help="comma-separated outputs among html, csv, json, markdown, sarif, junit, github (default: html,csv,json)",
    )
    check.add_argument(
        "--report-url",
        default=None,
        metavar="URL",
        help="where the HTML report is published, for links in SARIF and the markdown summary",
    )
    check.add_argument(
        "--fail-on",
        default=None,
        choices=FAIL_LEVELS,
        help="exit 1 when a finding at or above this severity is found (default: error)",
    )
    check.add_argument(
        "--show",
        default=None,
        choices=FAIL_LEVELS[:3],
        help="lowest severity listed in the reports (default: info); independent of --fail-on",
    )
    check.add_argument(
        "--baseline",
        metavar="FILE",
        help="gate only on findings not accepted in this baseline (see 'crosscheck baseline')",
    )
    check.add_argument(
        "--history",
        metavar="FILE",
        help="run database (SQLite) for new/resolved since last run (default: OUT/history.sqlite)",
    )
    check.add_argument("--no-history", action="store_true", help="do not read or write the run database")
    check.add_argument(
        "--no-cache",
        action="store_true",
        help="extract every article again instead of reusing unchanged ones from the run database",
    )
    check.add_argument("--no-quality", action="store_true", help="skip the great_expectations data-quality gate")
    check.add_argument(
        "--archive",
        action="store_true",
        help="also keep a dated copy of the report in OUT/runs/ with an index of past runs",
    )
    check.add_argument(
        "--keep", type=_positive_int, default=None, metavar="N", help="archived runs to keep (default: 14)"
    )
    check.add_argument(
        "--timings",
        action="store_true",
        help="print seconds per stage (ingest, extract, claims, align, rules, report) as JSON on stderr, with "
        "whether the compiled modules were in use",
    )
    check.add_argument("--quiet", "-q", action="store_true", help="no progress or summary on stderr")

    baseline = sub.add_parser(
        "baseline",
        help="accept the current findings: write them to a baseline file",
        description="Check the articles and write every finding (fingerprint, count, rule, "
        "message) to a baseline file; later runs with --baseline gate only on "
        "findings not in it. Waivers (reason, by, expires) already in the file "
        "are kept.",
    )
    _add_run_options(baseline)
    baseline.add_argument(
        "--output",
        "-o",
        default=None,
        metavar="FILE",
        help="baseline file to write (default: the configured baseline, else crosscheck-baseline.json)",
    )
    baseline.add_argument("--quiet", "-q", action="store_true", help="no summary on stderr")

    extract = sub.add_parser(
        "extract",
        help="print the figures and dates found in one article",
        description="Show exactly what crosscheck understood in one article.",
    )
    extract.add_argument("path", metavar="FILE")
    extract.add_argument("--json", action="store_true", help="print JSON lines instead of a table")
    extract.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="publication date to resolve relative dates (overrides the file's own)",
    )

    rules = sub.add_parser("rules", help="list the rules", description="List every rule: id, name, severity, why.")
    rules.add_argument("--rules", action="append", metavar="PATH", help="rule file or folder")
    rule = sub.add_parser("rule", help="print one rule's documentation", description="Print a rule's page.")
    rule.add_argument("rule_id", metavar="ID", help="rule id (CC101) or name (numeric-conflict)")
    rule.add_argument("--rules", action="append", metavar="PATH", help="rule file or folder")
    return parser


def _add_run_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders (default: config paths)")
    command.add_argument("--out", default=None, metavar="DIR", help="where to write the report (default: reports)")
    command.add_argument(
        "--config",
        metavar="FILE",
        help="config file (crosscheck.toml or a pyproject.toml with [tool.crosscheck]); "
        "default: the one in the current folder, if any",
    )
    command.add_argument(
        "--rules",
        action="append",
        metavar="PATH",
        help="rule file or folder to use instead of the bundled rules/ (repeatable)",
    )
    command.add_argument(
        "--reference", metavar="FILE", help="trusted reference values (CSV or YAML) to check every claim against"
    )
    command.add_argument(
        "--default-published",
        metavar="YYYY-MM-DD",
        help="publication date of the articles that give none (plain text, a page without its date), so that "
        "their relative dates ('last year', 'on Thursday') resolve; an article's own date always wins",
    )
    command.add_argument(
        "--stories",
        choices=("none", "folder"),
        default=None,
        help="'folder': each folder of articles is one story, and only articles of one story are compared "
        "(an article's own 'story' field always wins); 'none' (default): the articles are one story",
    )
    command.add_argument(
        "--workers",
        "-j",
        type=_positive_int,
        default=None,
        metavar="N",
        help="processes for the per-article work (default: the number of cores)",
    )
    command.add_argument(
        "--engine", choices=("local", "dask"), default=None, help="run on this machine (default) or on a Dask cluster"
    )
    command.add_argument(
        "--scheduler", metavar="ADDRESS", help="Dask scheduler address (default with --engine dask: a LocalCluster)"
    )
    command.add_argument(
        "--max-file-bytes",
        type=_positive_int,
        default=None,
        metavar="N",
        help="skip input files larger than N bytes, unread (default: 20000000)",
    )
    command.add_argument(
        "--max-article-chars",
        type=_positive_int,
        default=None,
        metavar="N",
        help="cut longer articles at a paragraph or sentence near N characters, with a note (default: 1000000)",
    )


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    try:
        commands = {
            "check": _cmd_check,
            "baseline": _cmd_baseline,
            "extract": _cmd_extract,
            "rules": _cmd_rules,
            "rule": _cmd_rule,
        }
        return commands[args.command](args)
    except CrosscheckError as exc:
        _warn(f"crosscheck: error: {exc}")
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK


# set by console_main: what a run holds (millions of mentions, claims and facts) is kept here to the process's end
_RETAINED: list[Any] | None = None


def _retain(*objects: Any) -> None:
    if _RETAINED is not None:
        _RETAINED.append(objects)


def console_main() -> None:
    """The `crosscheck` command: main(), then the process ends without freeing the run's objects one by one
    (a third of a second for 10,000 articles; every report is written and closed by then). Calling main() in a
    process that goes on (tests, notebooks) frees them as usual."""
    global _RETAINED
    _RETAINED = []
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # a reader that went away (`| head`) is not an error
        pass
    os._exit(code)


_CONTROL = {c: f"\\x{c:02x}" for c in (*range(0x20), 0x7F, *range(0x80, 0xA0)) if c != 0x0A}


def _warn(message: str) -> None:
    """A line on stderr; control characters from file names or articles (a terminal escape sequence that would
    retitle the terminal or hide text) are shown as \\xNN, never sent to the terminal."""
    print(message.translate(_CONTROL), file=sys.stderr)


@dataclass(frozen=True, slots=True)
class _Prepared:
    """What a check or baseline run works with after settings are merged and the articles are read."""

    config: Config
    paths: tuple[str, ...]
    out: Path
    rules: tuple
    corpus: Any
    extra: dict[str, Any]


def _settings(args: argparse.Namespace) -> _Prepared:
    from checker.config import find_config, load_config
    from checker.engine import configure, load_rules
    from checker.ingest import Limits, read_corpus

    config = load_config(args.config or find_config())
    paths = tuple(args.paths) or config.paths
    if not paths:
        raise CrosscheckError("no articles given: pass PATH... or set paths in the config")
    rules = load_rules(args.rules or list(config.rules) or None)
    rules = configure(
        rules, enable=config.enable, disable=config.disable, severity=config.severity, params=config.params
    )
    extra: dict[str, Any] = {}
    reference = args.reference or config.reference
    if reference:
        from checker.reference import load_reference

        extra["reference"] = load_reference(reference)
    defaults = Limits()
    limits = Limits(
        max_file_bytes=args.max_file_bytes or config.max_file_bytes or defaults.max_file_bytes,
        max_article_chars=args.max_article_chars or config.max_article_chars or defaults.max_article_chars,
    )
    # with the local engine, a large corpus is read by as many processes as will extract it, while this one
    # loads what extraction needs (the unit registry and lexicon, ~0.5 s) before it forks its workers
    from checker.pipeline import warm_up

    engine, workers = _engine_and_workers(args, config)
    local = engine == "local"
    corpus = read_corpus(
        paths,
        limits,
        args.stories or config.stories or "none",
        workers=workers if local else 1,
        meanwhile=warm_up if local else None,
    )
    default_published = args.default_published or config.default_published
    if default_published:
        corpus = _with_default_published(corpus, default_published)
    for skipped in corpus.skipped:
        _warn(f"crosscheck: skipped {skipped.path}: {skipped.reason}")
    for note in corpus.notes:
        _warn(f"crosscheck: {note.path}: {note.reason.removeprefix('note: ')}")
    if not corpus.documents:
        raise CrosscheckError("no readable articles in " + ", ".join(paths))
    out = Path(args.out or config.out or "reports")
    return _Prepared(config, paths, out, rules, corpus, extra)


def _with_default_published(corpus: Any, value: Any) -> Any:
    from checker.ingest import parse_published, with_default_published

    try:
        day = parse_published(value)
    except ValueError:
        day = None
    if day is None:
        raise CrosscheckError(f"default publication date {value!r} is not a date (YYYY-MM-DD)")
    corpus, taken = with_default_published(corpus, day)
    if taken:
        articles = "article gives" if taken == 1 else "articles give"
        _warn(f"crosscheck: {taken:,} {articles} no publication date: their relative dates resolve against {day}")
    return corpus


def _run_analysis(
    args: argparse.Namespace,
    prepared: _Prepared,
    database: Any,
    progress: Any,
    on_claims: Any = None,
    on_document: Any = None,
) -> Any:
    from checker.pipeline import analyze

    engine, workers = _engine_and_workers(args, prepared.config)
    if engine == "dask":
        from checker.distributed import analyze_on_dask

        return analyze_on_dask(
            prepared.corpus.documents,
            prepared.rules,
            extra=prepared.extra,
            scheduler=args.scheduler or prepared.config.scheduler,
            workers=workers,
        )
    return analyze(
        prepared.corpus.documents,
        prepared.rules,
        extra=prepared.extra,
        progress=progress,
        workers=workers,
        cache=database,
        on_claims=on_claims,
        on_document=on_document,
    )


@contextmanager
def _long_lived_objects() -> Iterator[None]:
    """A check of thousands of articles holds millions of objects (mentions, claims, facts) that live to its end;
    CPython's cyclic collector rescanned them all at every full collection, a fifth of a 10,000-article run. Within
    this block young objects are collected less often (as mypy does) and the run freezes what it keeps (see
    `_cmd_check`); the collector's settings are restored on the way out."""
    thresholds = gc.get_threshold()
    gc.set_threshold(200_000, 30, 30)
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)


def _cmd_check(args: argparse.Namespace) -> int:
    with _long_lived_objects():
        return _check(args)


def _check(args: argparse.Namespace) -> int:
    import time
    from datetime import date

    started = time.perf_counter()
    prepared = _settings(args)
    gc.collect()
    gc.freeze()  # the documents live to the end of the run: never scanned again (still freed by refcount)
    config = prepared.config
    formats = [f.strip() for f in (args.format.split(",") if args.format else config.format or FORMATS) if f.strip()]
    unknown = set(formats) - set(_renderers())
    if unknown or not formats:
        raise CrosscheckError(
            f"unknown format(s) {', '.join(sorted(unknown)) or '(none)'}; choose from {', '.join(_renderers())}"
        )
    fail_on = args.fail_on or config.fail_on or "error"
    show = args.show or config.show or "info"
    out = prepared.out
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CrosscheckError(f"cannot create output folder {out}: {exc.strerror or exc}") from exc
    history_setting = False if args.no_history else (args.history or config.history)
    database = None
    if history_setting is not False:
        from checker.history import RunDatabase

        database = RunDatabase(history_setting if isinstance(history_setting, str) else out / "history.sqlite")
    ingest_seconds = time.perf_counter() - started
    progress = None if args.quiet or not sys.stderr.isatty() else _ProgressBar()
    use_cache = not args.no_cache and config.cache is not False
    # with two or more workers the last stages overlap: the data-quality gate runs in a process forked before the
    # analysis (quality.EarlyGate: it is sent the claims table as the workers return the claims, and checks it
    # beside alignment and the rules), and the reports are shared between this process and forked ones by what
    # they cost (report.share_out; two cores: the run database, findings.json and discrepancies.csv in a fork,
    # claims.csv and the HTML here)
    from checker import forks

    parallel = _workers(args, prepared) > 1 and forks.fork_available()
    quality_wanted = not args.no_quality and config.quality is not False
    # the analysis builds millions of acyclic records (mentions, claims, facts: freed by their reference counts);
    # the collector would only rescan them while they grow (~0.7 s of this process at 10,000 articles, taken from
    # the workers' cores). The workers and the data-quality process collect as usual, and so does a Dask client
    # (its futures and callbacks make cyclic garbage for as long as a cluster runs).
    local_engine = _engine_and_workers(args, prepared.config)[0] == "local"
    gates: list[Any] = []
    if quality_wanted and parallel and local_engine:
        from checker.quality import EarlyGate

        gates.append(EarlyGate(prepared.corpus.documents))  # before the workers: see EarlyGate
    if local_engine:
        gc.disable()
    try:
        analysis = _run_analysis(
            args,
            prepared,
            database if use_cache else None,
            progress,
            on_claims=(lambda documents, claims: gates[0].claims_done()) if gates else None,
            on_document=gates[0].add_claims if gates else None,
        )
    except BaseException:
        for gate in gates:
            gate.cancel()
        raise
    finally:
        if local_engine:
            gc.enable()
    gc.freeze()  # so do the run's results (they hold no reference cycles)
    generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    quality_job: Any = None
    if gates:
        gates[0].submit(analysis.findings)
        quality_job = gates[0]
    elif quality_wanted:
        quality_job = forks.start(lambda: _timed_quality(analysis), enabled=parallel)
    baseline_view = None
    baseline_path = args.baseline or config.baseline
    if baseline_path:
        from checker.baseline import compare, load_baseline

        baseline_view = compare(analysis.findings, load_baseline(baseline_path), date.today(), str(baseline_path))
        for entry in baseline_view.expired:
            _warn(
                f"crosscheck: waiver for {entry['fingerprint']} ({entry.get('rule')}) expired on "
                f"{entry.get('expires')}: it no longer waives"
            )
    history_view = None
    inputs = tuple(str(p) for p in prepared.paths)
    record_run = None
    if database is not None:
        key = json.dumps(sorted(inputs))
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        history_view = database.trend_with(database.view(key, analysis.findings), analysis, stamp)
        database_path, busy_timeout = database.path, database.timeout
        database.close()  # the run is recorded by a connection of its own, in a forked process on parallel runs

        def record_run() -> None:  # beside the reports (no report reads the database)
            with RunDatabase(database_path, busy_timeout) as recorder:
                recorder.record(key, __version__, analysis, stamp)

    run = RunResult(
        analysis=analysis,
        rules=prepared.rules,
        skipped=prepared.corpus.skipped,
        notes=prepared.corpus.notes,
        inputs=inputs,
        generated=generated,
        ignored=prepared.corpus.ignored,
        history=history_view,
        baseline=baseline_view,
        show=show,
        fail_on=fail_on,
        report_url=args.report_url or "",
    )
    quality_seconds = 0.0

    def complete() -> RunResult:
        nonlocal run, quality_job, quality_seconds
        if quality_job is not None:
            if gates:
                quality, quality_seconds = quality_job.result(), quality_job.seconds
            else:
                quality, quality_seconds = quality_job.result()
            quality_job = None
            run = replace(run, quality=quality)
        return run

    report_started = time.perf_counter()
    # the reports build millions of records, all acyclic (dicts, lists, strings: freed by their reference counts);
    # the cyclic collector would only rescan them while they grow (~5 % of the report stage at 10,000 articles)
    gc.disable()
    try:
        written = _write_reports(run, out, formats, complete, parallel, _workers(args, prepared), record_run)
    finally:
        gc.enable()
    run = complete()
    if args.archive or config.archive:
        from checker.archive import archive_run

        written.append(archive_run(out, written, keep=args.keep or config.keep or 14))
    if args.timings:
        timings = {
            "ingest": ingest_seconds,
            **analysis.timings,
            "quality": quality_seconds,
            "report": time.perf_counter() - report_started,
            "total": time.perf_counter() - started,
        }
        from checker import accel

        compiled = accel.status()  # the speed depends on it: an edited compiled module turns them all off
        print(
            json.dumps(
                {
                    "timings": {k: round(v, 4) for k, v in timings.items()},
                    "compiled_modules": "in use" if compiled.active else f"not used: {compiled.reason}",
                }
            ),
            file=sys.stderr,
        )
    if not args.quiet:
        _summary(run, written)
    _retain(prepared, analysis, run)
    return _exit_code(run, fail_on)


def _cmd_baseline(args: argparse.Namespace) -> int:
    from datetime import date

    from checker.baseline import baseline_entries, load_baseline, write_baseline
    from checker.pipeline import analyze, default_workers

    prepared = _settings(args)
    target = Path(args.output or prepared.config.baseline or "crosscheck-baseline.json")
    previous = load_baseline(target) if target.exists() else []
    analysis = analyze(
        prepared.corpus.documents,
        prepared.rules,
        extra=prepared.extra,
        workers=args.workers or prepared.config.workers or default_workers(),
    )
    entries = baseline_entries(analysis.findings, previous)
    write_baseline(target, entries, date.today().isoformat())
    _retain(prepared, analysis)
    if not args.quiet:
        waivers = sum(1 for e in entries if e.is_waiver)
        _warn(
            f"crosscheck: wrote {target}: {len(entries)} accepted findings "
            f"({sum(e.count for e in entries)} occurrences, {waivers} waivers kept)"
        )
    return EXIT_OK


def _renderers() -> dict[str, Any]:
    from checker import report

    return report.RENDERERS


def _engine_and_workers(args: argparse.Namespace, config: Any) -> tuple[str, int]:
    """The engine and the number of workers: the command line's, else the config's, else local and the cores."""
    from checker.pipeline import default_workers

    return args.engine or config.engine or "local", args.workers or config.workers or default_workers()


def _workers(args: argparse.Namespace, prepared: _Prepared) -> int:
    return _engine_and_workers(args, prepared.config)[1]


def _timed_quality(analysis: Any) -> tuple[Any, float]:
    from checker.quality import check_quality

    started = time.perf_counter()
    return check_quality(analysis), time.perf_counter() - started


def _write_reports(
    run: RunResult,
    out: Path,
    formats: list[str],
    complete: Any = None,
    parallel: bool = False,
    processes: int = 2,
    record_run: Any = None,
) -> list[Path]:
    from checker import report

    return report.write_reports(
        run,
        out,
        formats,
        complete=complete,
        parallel=parallel,
        processes=processes,
        chore=record_run,
        chore_cost=report.RECORD_COST,
    )


class _ProgressBar:
    """A one-line progress bar on stderr (only when stderr is a terminal and --quiet is off)."""

    def __init__(self, width: int = 30) -> None:
        import time

        self.width = width
        self.started = time.monotonic()
        self.last = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        import time

        now = time.monotonic()
        if done < total and now - self.last < 0.1:
            return
        self.last = now
        filled = int(self.width * done / max(total, 1))
        rate = done / max(now - self.started, 1e-9)
        bar = "█" * filled + "·" * (self.width - filled)
        end = "\n" if done >= total else ""
        print(f"\r{stage:<8} {bar} {done}/{total} articles  {rate:,.0f}/s", end=end, file=sys.stderr, flush=True)


def _summary(run: RunResult, written: list[Path]) -> None:
    findings = run.analysis.findings
    by_severity = {s: sum(1 for f in findings if f.severity == s) for s in Severity}
    kinds: dict[str, int] = {}
    for f in findings:
        kinds[f.kind] = kinds.get(f.kind, 0) + 1
    failed = [q for q in run.quality if not q.success]
    for q in failed:
        _warn(f"crosscheck: data-quality gate failed on {q.table}: {q.expectation}: {q.details}")
    if run.baseline is not None:
        statuses = run.statuses()
        _warn(
            f"crosscheck: baseline {run.baseline.path}: {statuses.count('new')} new, "
            f"{statuses.count('baselined')} baselined, {statuses.count('waived')} waived"
        )
    if run.history is not None and run.history.previous_run:
        _warn(
            f"crosscheck: since {run.history.previous_run}: {len(run.history.new)} new, "
            f"{len(run.history.resolved)} resolved"
        )
    _warn(
        f"crosscheck: {len(run.analysis.documents)} articles, {len(run.analysis.claims)} figures, "
        f"{len(run.analysis.facts)} facts; {by_severity[Severity.ERROR]} errors, "
        f"{by_severity[Severity.WARNING]} warnings, {by_severity[Severity.INFO]} info "
        f"({', '.join(f'{n} {k}' for k, n in sorted(kinds.items())) or 'no findings'}); "
        f"{len(run.skipped)} skipped"
    )
    for path in written:
        _warn(f"crosscheck: wrote {path}")


def _exit_code(run: RunResult, fail_on: str) -> int:
    """1 when a gating finding (all, or the new ones under a baseline) is at or above --fail-on, or when the
    data-quality gate failed (it gates like an error); else 0."""
    if fail_on == "never":
        return EXIT_OK
    threshold = Severity(fail_on).rank
    if any(f.severity.rank >= threshold for f in run.gating()):
        return EXIT_FINDINGS
    if any(not q.success for q in run.quality):
        return EXIT_FINDINGS
    return EXIT_OK


def _cmd_extract(args: argparse.Namespace) -> int:
    from dataclasses import replace
    from datetime import date

    from checker.extract import extract
    from checker.ingest import read_corpus
    from checker.report.records import display_value

    corpus = read_corpus([args.path])
    for skipped in corpus.skipped:
        _warn(f"crosscheck: skipped {skipped.path}: {skipped.reason}")
    if not corpus.documents:
        raise CrosscheckError(f"cannot read an article from {args.path}")
    for document in corpus.documents:
        if args.published:
            try:
                document = replace(document, published=date.fromisoformat(args.published))
            except ValueError:
                raise CrosscheckError(f"--published {args.published!r} is not YYYY-MM-DD") from None
        extraction = extract(document)
        if args.json:
            for m in extraction.mentions:
                print(
                    json.dumps(
                        {
                            "doc": m.doc,
                            "start": m.start,
                            "end": m.end,
                            "text": m.text,
                            "kind": m.kind.value,
                            "value": m.value,
                            "low": _finite(m.interval.low) if m.interval else None,
                            "high": _finite(m.interval.high) if m.interval else None,
                            "unit": m.unit,
                            "dimension": m.dimension,
                            "qualifier": m.qualifier,
                            "noun": m.noun,
                            "date_start": m.date.start.isoformat() if m.date else None,
                            "date_end": m.date.end.isoformat() if m.date else None,
                            "granularity": m.date.granularity if m.date else None,
                            "date_point": m.date.point.isoformat() if m.date and m.date.point else None,
                            "normalized": display_value(m),
                        },
                        ensure_ascii=False,
                    )
                )
            continue
        published = document.published.isoformat() if document.published else "unknown (relative dates unresolved)"
        print(f"{document.doc} — {document.source}, published {published}")
        rows = [("span", "text", "kind", "normalized", "qualifier")]
        rows += [
            (f"{m.start}-{m.end}", m.text.replace("\n", " "), m.kind.value, display_value(m), m.qualifier)
            for m in extraction.mentions
        ]
        widths = [min(max(len(r[i]) for r in rows), 48) for i in range(len(rows[0]))]
        for row in rows:
            print("  ".join(cell[:48].ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
        print(
            f"{len(extraction.mentions)} figures; {len(extraction.names)} numbers in names "
            f"({', '.join(n for _, _, n in extraction.names[:8])}); {len(extraction.not_understood)} not understood"
            + (
                f" ({', '.join(repr(n) for _, _, n in extraction.not_understood[:8])})"
                if extraction.not_understood
                else ""
            )
        )
    return EXIT_OK


def _finite(x: float) -> float | None:
    import math

    return None if math.isinf(x) or math.isnan(x) else x


def _cmd_rules(args: argparse.Namespace) -> int:
    from checker.engine import load_rules

    for rule in load_rules(args.rules):
        why = rule.why.split(". ")[0].rstrip(".")
        state = "" if rule.enabled else " (off)"
        print(f"{rule.id}  {rule.name:<28} {rule.severity.value:<8} {why}{state}")
    return EXIT_OK


def _cmd_rule(args: argparse.Namespace) -> int:
    from checker.engine import load_rules

    rules = load_rules(args.rules)
    rule = next((r for r in rules if args.rule_id in (r.id, r.name)), None)
    if rule is None:
        raise CrosscheckError(f"no rule {args.rule_id!r}; run 'crosscheck rules' to list them")
    print(f"{rule.id} {rule.name}" + (f" — {rule.title}" if rule.title else ""))
    print(f"\nseverity: {rule.severity.value}    check: {rule.check}    family: {rule.family}")
    if rule.applies_to:
        print(f"applies to: {', '.join(sorted(rule.applies_to))}")
    if rule.params:
        print("params: " + ", ".join(f"{k}={v}" for k, v in sorted(rule.params.items())))
    print(f"\nWhy\n  {rule.why}\n\nFires on")
    for example in rule.fires:
        print(f"  [{example.published}] {example.source}: {example.text}")
    print("\nPasses")
    for example in rule.passes:
        print(f"  [{example.published}] {example.source}: {example.text}")
    print(f"\ndefined in {rule.path}:{rule.line}")
    return EXIT_OK

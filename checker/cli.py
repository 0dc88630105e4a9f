"""The crosscheck command line: argument parsing, wiring of the stages, progress, exit codes.

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage, input or tool error.
stdout carries results a script may read; stderr carries progress, warnings and skipped files.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path

from checker import __version__
from checker.errors import CrosscheckError
from checker.model import Severity
from checker.run import RunResult

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FAIL_LEVELS = ("error", "warning", "info", "never")
FORMATS = ("html", "csv", "json")


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
               "Run 'crosscheck COMMAND --help' for a command's options.")
    parser.add_argument("--version", action="version", version=f"crosscheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="check a folder or files of articles and write the report",
                           description="Check articles (.md/.txt with YAML front matter, .html, .jsonl; folders are "
                                       "read recursively) and write index.html, discrepancies.csv, claims.csv and "
                                       "findings.json into --out.")
    check.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    check.add_argument("--out", default="reports", metavar="DIR", help="where to write the report (default: reports)")
    check.add_argument("--format", default=",".join(FORMATS), metavar="LIST",
                       help=f"comma-separated outputs among {', '.join(FORMATS)} (default: all)")
    check.add_argument("--fail-on", default="error", choices=FAIL_LEVELS,
                       help="exit 1 when a finding at or above this severity is found (default: error)")
    check.add_argument("--rules", action="append", metavar="PATH",
                       help="rule file or folder to use instead of the bundled rules/ (repeatable)")
    check.add_argument("--workers", "-j", type=_positive_int, default=None, metavar="N",
                       help="processes for the per-article work (default: the number of cores)")
    check.add_argument("--timings", action="store_true",
                       help="print seconds per stage (ingest, extract, claims, align, rules, report) as JSON on stderr")
    check.add_argument("--quiet", "-q", action="store_true", help="no progress or summary on stderr")

    extract = sub.add_parser("extract", help="print the figures and dates found in one article",
                             description="Show exactly what crosscheck understood in one article.")
    extract.add_argument("path", metavar="FILE")
    extract.add_argument("--json", action="store_true", help="print JSON lines instead of a table")
    extract.add_argument("--published", metavar="YYYY-MM-DD",
                         help="publication date to resolve relative dates (overrides the file's own)")

    rules = sub.add_parser("rules", help="list the rules", description="List every rule: id, name, severity, why.")
    rules.add_argument("--rules", action="append", metavar="PATH", help="rule file or folder")
    rule = sub.add_parser("rule", help="print one rule's documentation", description="Print a rule's page.")
    rule.add_argument("rule_id", metavar="ID", help="rule id (CC101) or name (numeric-conflict)")
    rule.add_argument("--rules", action="append", metavar="PATH", help="rule file or folder")
    return parser


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
        return {"check": _cmd_check, "extract": _cmd_extract, "rules": _cmd_rules, "rule": _cmd_rule}[args.command](args)
    except CrosscheckError as exc:
        print(f"crosscheck: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK


def _warn(message: str) -> None:
    print(message, file=sys.stderr)


def _cmd_check(args: argparse.Namespace) -> int:
    from checker.engine import load_rules
    from checker.ingest import read_corpus
    from checker.pipeline import analyze

    formats = [f.strip() for f in args.format.split(",") if f.strip()]
    unknown = set(formats) - set(FORMATS)
    if unknown or not formats:
        raise CrosscheckError(f"unknown format(s) {', '.join(sorted(unknown)) or '(none)'}; choose from "
                              f"{', '.join(FORMATS)}")
    import time

    started = time.perf_counter()
    rules = load_rules(args.rules)
    corpus = read_corpus(args.paths)
    ingest_seconds = time.perf_counter() - started
    for skipped in corpus.skipped:
        _warn(f"crosscheck: skipped {skipped.path}: {skipped.reason}")
    for note in corpus.notes:
        _warn(f"crosscheck: {note.path}: {note.reason.removeprefix('note: ')}")
    if not corpus.documents:
        raise CrosscheckError("no readable articles in " + ", ".join(args.paths))
    from checker.pipeline import default_workers

    progress = None if args.quiet or not sys.stderr.isatty() else _ProgressBar()
    analysis = analyze(corpus.documents, rules, progress=progress, workers=args.workers or default_workers())
    run = RunResult(analysis=analysis, rules=rules, skipped=corpus.skipped, notes=corpus.notes,
                    inputs=tuple(str(p) for p in args.paths),
                    generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), ignored=corpus.ignored)
    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CrosscheckError(f"cannot create output folder {out}: {exc.strerror or exc}") from exc
    report_started = time.perf_counter()
    written = _write_reports(run, out, formats)
    if args.timings:
        timings = {"ingest": ingest_seconds, **analysis.timings, "report": time.perf_counter() - report_started,
                   "total": time.perf_counter() - started}
        print(json.dumps({"timings": {k: round(v, 4) for k, v in timings.items()}}), file=sys.stderr)
    if not args.quiet:
        _summary(run, written)
    return _exit_code(analysis.findings, args.fail_on)


def _write_reports(run: RunResult, out: Path, formats: list[str]) -> list[Path]:
    from checker.report.html import write_html
    from checker.report.tables import write_csv, write_json

    written: list[Path] = []
    if "html" in formats:
        written.append(write_html(run, out))
    if "csv" in formats:
        written.extend(write_csv(run, out))
    if "json" in formats:
        written.append(write_json(run, out))
    return written


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
    _warn(f"crosscheck: {len(run.analysis.documents)} articles, {len(run.analysis.claims)} figures, "
          f"{len(run.analysis.facts)} facts; {by_severity[Severity.ERROR]} errors, "
          f"{by_severity[Severity.WARNING]} warnings, {by_severity[Severity.INFO]} info "
          f"({', '.join(f'{n} {k}' for k, n in sorted(kinds.items())) or 'no findings'}); "
          f"{len(run.skipped)} skipped")
    for path in written:
        _warn(f"crosscheck: wrote {path}")


def _exit_code(findings, fail_on: str) -> int:  # noqa: ANN001
    if fail_on == "never":
        return EXIT_OK
    threshold = Severity(fail_on).rank
    return EXIT_FINDINGS if any(f.severity.rank >= threshold for f in findings) else EXIT_OK


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
                print(json.dumps({"doc": m.doc, "start": m.start, "end": m.end, "text": m.text, "kind": m.kind.value,
                                  "value": m.value, "low": _finite(m.interval.low) if m.interval else None,
                                  "high": _finite(m.interval.high) if m.interval else None, "unit": m.unit,
                                  "dimension": m.dimension, "qualifier": m.qualifier, "noun": m.noun,
                                  "date_start": m.date.start.isoformat() if m.date else None,
                                  "date_end": m.date.end.isoformat() if m.date else None,
                                  "granularity": m.date.granularity if m.date else None,
                                  "normalized": display_value(m)}, ensure_ascii=False))
            continue
        published = document.published.isoformat() if document.published else "unknown (relative dates unresolved)"
        print(f"{document.doc} — {document.source}, published {published}")
        rows = [("span", "text", "kind", "normalized", "qualifier")]
        rows += [(f"{m.start}-{m.end}", m.text.replace("\n", " "), m.kind.value, display_value(m), m.qualifier)
                 for m in extraction.mentions]
        widths = [min(max(len(r[i]) for r in rows), 48) for i in range(len(rows[0]))]
        for row in rows:
            print("  ".join(cell[:48].ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
        print(f"{len(extraction.mentions)} figures; {len(extraction.names)} numbers in names "
              f"({', '.join(n for _, _, n in extraction.names[:8])}); {len(extraction.not_understood)} not understood"
              + (f" ({', '.join(repr(n) for _, _, n in extraction.not_understood[:8])})"
                 if extraction.not_understood else ""))
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

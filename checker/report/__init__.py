"""Renderers of one run's findings: each format is a pure function of a RunResult plus a writer of its file(s).

RENDERERS maps a --format name to a writer `(run, out_dir) -> [paths written]`:
  html      index.html               the report people read (self-contained, no network)
  csv       discrepancies.csv, claims.csv
  json      findings.json            the contract for pipelines (see records.py)
  markdown  summary.md               a pull-request comment
  sarif     crosscheck.sarif         SARIF 2.1.0 for code scanning
  junit     junit.xml                CI test dashboards
  github    annotations.txt          GitHub Actions workflow annotations (print it in a step)
Every renderer lists only findings at or above `run.show`. Modules are imported when a format is written, so
importing this package stays cheap (pandas only loads for csv).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.run import RunResult


def _html(run: RunResult, out: Path) -> list[Path]:
    from checker.report.html import write_html

    return [write_html(run, out)]


def _csv(run: RunResult, out: Path) -> list[Path]:
    from checker.report.tables import write_csv

    return write_csv(run, out)


def _json(run: RunResult, out: Path) -> list[Path]:
    from checker.report.tables import write_json

    return [write_json(run, out)]


def _markdown(run: RunResult, out: Path) -> list[Path]:
    from checker.report.markdown import write_markdown

    return [write_markdown(run, out, run.report_url or "index.html")]


def _sarif(run: RunResult, out: Path) -> list[Path]:
    from checker.report.sarif import write_sarif

    return [write_sarif(run, out, run.report_url or None)]


def _junit(run: RunResult, out: Path) -> list[Path]:
    from checker.report.junit import write_junit

    return [write_junit(run, out)]


def _github(run: RunResult, out: Path) -> list[Path]:
    from checker.report.github import write_github

    return [write_github(run, out)]


RENDERERS: dict[str, Callable[[RunResult, Path], list[Path]]] = {
    "html": _html,
    "csv": _csv,
    "json": _json,
    "markdown": _markdown,
    "sarif": _sarif,
    "junit": _junit,
    "github": _github,
}

FILES: dict[str, tuple[str, ...]] = {
    "html": ("index.html",),
    "csv": ("discrepancies.csv", "claims.csv"),
    "json": ("findings.json",),
    "markdown": ("summary.md",),
    "sarif": ("crosscheck.sarif",),
    "junit": ("junit.xml",),
    "github": ("annotations.txt",),
}


def write_reports(run: RunResult, out: Path, formats: Iterable[str]) -> list[Path]:
    """Write each named format into `out` (which must exist); unknown names are a CrosscheckError naming them."""
    from checker.errors import CrosscheckError

    formats = list(formats)
    unknown = [f for f in formats if f not in RENDERERS]
    if unknown:
        raise CrosscheckError(f"unknown report format(s) {', '.join(unknown)}; choose from {', '.join(RENDERERS)}")
    written: list[Path] = []
    for name in formats:
        written.extend(RENDERERS[name](run, out))
    return written

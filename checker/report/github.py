"""GitHub Actions workflow annotations (annotations.txt): one `::error`/`::warning`/`::notice` line per finding.

A CI step prints the file (`cat reports/annotations.txt`) and GitHub shows each finding on the article's line:
  ::error file=samples/a.md,line=3,endLine=3,col=20,endColumn=34,title=CC101 numeric-conflict::message
Escaping follows the runner's command syntax (actions/toolkit): in the message % CR LF become %25 %0D %0A; in
property values ':' and ',' also become %3A and %2C, so a path or title can never end a property early.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from checker.model import Finding
from checker.report.records import Locator, shown

if TYPE_CHECKING:
    from checker.run import RunResult

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def escape_data(text: str) -> str:
    """Escape a command's message (the part after '::')."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (file=..., title=...)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _annotation(locator: Locator, rules: dict[str, str], finding: Finding) -> str:
    placed = [(side, claim) for side, group in enumerate(finding.sides) for claim in group]
    title = f"{finding.rule} {rules.get(finding.rule, '')}".strip()
    lines = [finding.message]
    for side, claim in placed:
        lines.append(f"Side {LETTERS[side % 26]}: {claim.source}, {locator.where(claim)} — “{claim.sentence}”")
    properties: list[tuple[str, str]] = []
    if placed:
        span = locator.span(placed[0][1])
        properties = [("file", span.path), ("line", str(span.start_line)), ("endLine", str(span.end_line))]
        if span.start_column is not None:
            properties += [("col", str(span.start_column)), ("endColumn", str(span.end_column))]
    properties.append(("title", title))
    props = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return f"::{COMMANDS[finding.severity.value]} {props}::{escape_data(chr(10).join(lines))}"


def annotation_lines(run: RunResult) -> list[str]:
    """One workflow command per listed finding, most severe first (the findings' own order)."""
    locator = Locator(run.analysis.documents)
    rules = {r.id: r.name for r in run.rules}
    return [_annotation(locator, rules, f) for f in shown(run)]


def render_github(run: RunResult) -> str:
    lines = annotation_lines(run)
    return "\n".join(lines) + ("\n" if lines else "")


def write_github(run: RunResult, out: Path) -> Path:
    path = out / "annotations.txt"
    path.write_text(render_github(run), encoding="utf-8")
    return path

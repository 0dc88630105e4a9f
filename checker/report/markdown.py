"""A Markdown summary (summary.md) for a pull-request comment: counts, a table of the error and warning
findings with their quotes, and the sides of each in collapsed <details>.

GitHub rejects comments over 65,536 characters, so the text stops adding rows and details before MAX_CHARS and
says how many findings it left out. Article text is escaped so a quote can never break the table or inject HTML.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from checker.model import Finding
from checker.report.records import Locator, baseline_statuses, is_new, mark_span, new_flags, shown

if TYPE_CHECKING:
    from checker.run import RunResult

MAX_CHARS = 60_000  # GitHub's comment limit is 65,536; leave room for a bot's own header and footer
ICONS = {"error": "✖", "warning": "▲", "info": "ℹ"}
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_SPECIAL = re.compile(r"([\\`*_\[\]|~$])")  # $ too: GitHub renders $…$ as math
_LINE_START = re.compile(r"^(?:([#>+=-])|(\d+)([.)]))")


def md(text: str, line_start: bool = False) -> str:
    """Plain text safe in Markdown and in a table cell: one line, markup characters escaped, no raw HTML.

    With `line_start`, a leading '#', '>', '-', '+', '=' or '1.' is escaped too (it would start a block).
    """
    text = re.sub(r"\s+", " ", str(text))
    text = _SPECIAL.sub(r"\\\1", text.replace("&", "&amp;").replace("<", "&lt;"))
    if line_start:
        text = _LINE_START.sub(lambda m: "\\" + m.group(1) if m.group(1) else m.group(2) + "\\" + m.group(3), text)
    return text


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def html_text(text: str) -> str:
    """Plain text inside an HTML element (GitHub does not read Markdown inside <summary>)."""
    return " ".join(str(text).split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _sides_cell(finding: Finding) -> str:
    parts = []
    for group in finding.sides:
        sources = ", ".join(dict.fromkeys(c.source for c in group))
        quotes = " / ".join(dict.fromkeys(f"“{c.mention.text.strip()}”" for c in group))
        parts.append(f"{md(sources)}: {md(quotes)}")
    return " **vs** ".join(parts)


def _details(locator: Locator, finding: Finding, rule_name: str, status: str) -> str:
    lines = [
        f"<details><summary>{ICONS[finding.severity.value]} {finding.severity.value} {html_text(finding.rule)} "
        f"{html_text(rule_name)}: {html_text(finding.fact_key)}{html_text(status)}</summary>",
        "",
        md(finding.message, line_start=True),
        "",
    ]
    for side, group in enumerate(finding.sides):
        for claim in group:
            start, end = mark_span(claim)
            s = claim.sentence
            quote = f"{md(s[:start])}<b>{md(s[start:end])}</b>{md(s[end:])}"  # <b>: no flanking-rule surprises
            where = "`" + " ".join(locator.where(claim).replace("`", "'").split()) + "`"  # a CR ends a line too
            published = f", published {claim.published.isoformat()}" if claim.published else ""
            lines.append(f"- **Side {LETTERS[side % 26]}** — {md(claim.source)} ({where}{published})")
            lines.append(f"  > {quote}")
    lines += ["", f"fingerprint `{finding.fingerprint}`", "", "</details>", ""]
    return "\n".join(lines)


def render_markdown(run: RunResult, report_url: str = "index.html", max_chars: int = MAX_CHARS) -> str:
    """The summary text; `report_url` is linked for the full report (a CI artifact or a published page)."""
    analysis = run.analysis
    listed = shown(run)
    statuses = baseline_statuses(run, listed)
    news = new_flags(run, listed)
    marked = list(zip(listed, statuses, news, strict=True))
    by_severity = Counter(f.severity.value for f in listed)
    by_kind = Counter(f.kind for f in listed)
    rule_names = {r.id: r.name for r in run.rules}
    outlets = len({d.source for d in analysis.documents})

    head = [
        f"## crosscheck: {plural(by_severity['error'], 'error')}, {plural(by_severity['warning'], 'warning')}, "
        f"{by_severity['info']:,} info",
        "",
        f"{len(analysis.documents):,} articles from {outlets:,} outlets · {len(analysis.claims):,} figures in "
        f"{len(analysis.facts):,} facts · crosscheck {md(run.version)}"
        + (f" · ran {md(run.generated)}" if run.generated else ""),
        "",
    ]
    if by_kind:
        head += [
            "Findings by kind: "
            + ", ".join(f"{n:,} {md(k)}" for k, n in sorted(by_kind.items(), key=lambda kv: (-kv[1], kv[0]))),
            "",
        ]
    if run.history is not None:
        new_count = sum(1 for n in news if n)
        head += [
            f"**{new_count:,} new** since the previous run"
            + (f" ({md(run.history.previous_run)})" if run.history.previous_run else "")
            + f" · **{len(run.history.resolved):,} resolved**",
            "",
        ]
    if run.baseline is not None:
        counts = Counter(s for s in statuses if s)
        head += [
            f"Baseline: {counts['new']:,} new · {counts['baselined']:,} baselined · {counts['waived']:,} waived"
            + (f" · ▲ {len(run.baseline.expired)} expired waivers" if run.baseline.expired else ""),
            "",
        ]
    failed = [q for q in run.quality if not q.success]
    if failed:
        head += [f"**✖ Data-quality gate: {len(failed)} of {len(run.quality)} checks failed**", ""]
        head += [
            f"- {md(q.table)}: {md(q.expectation)}" + (f" — {md(q.details)}" if q.details else "") for q in failed[:10]
        ] + [""]
    if run.skipped:
        head += [f"▲ {len(run.skipped):,} inputs skipped (unreadable); see the report.", ""]
    hidden = len(analysis.findings) - len(listed)
    if hidden:
        head += [f"{hidden:,} findings below `{run.show}` are not listed.", ""]

    serious = [(f, s, n) for f, s, n in marked if f.severity.value in ("error", "warning")]
    track = run.history is not None or run.baseline is not None
    header = "| | Severity | Rule | Fact | What the sources say |" + (" New |" if track else "")
    divider = "|---|---|---|---|---|" + ("---|" if track else "")
    footer = [f"Full report: [{md(report_url)}]({report_url.replace(' ', '%20').replace(')', '%29')})", ""]
    budget = max_chars - sum(len(x) + 1 for x in head + footer) - 400

    table: list[str] = []
    details: list[str] = []
    shown_rows = 0
    if serious:
        table = [f"### Errors and warnings ({len(serious):,})", "", header, divider]
        budget -= sum(len(x) + 1 for x in table)
        for finding, status, new in serious:
            age = ""
            if track:
                label = status if status and status != "new" else ("★ new" if is_new(status, new) else "old")
                age = f" {label} |"
            row = (
                f"| {ICONS[finding.severity.value]} | {finding.severity.value} | {md(finding.rule)} "
                f"{md(rule_names.get(finding.rule, ''))} | {md(finding.fact_key)} | {_sides_cell(finding)} |{age}"
            )
            if len(row) + 1 > budget:
                break
            table.append(row)
            budget -= len(row) + 1
            shown_rows += 1
        table.append("")
        locator = Locator(analysis.documents)
        detail_count = 0
        for finding, status, _ in serious[:shown_rows]:
            label = f" ({status})" if status and status != "new" else ""
            block = _details(locator, finding, rule_names.get(finding.rule, ""), label)
            if len(block) + 1 > budget:
                break
            details.append(block)
            budget -= len(block) + 1
            detail_count += 1
        if details:
            details.insert(0, f"#### Quotes ({detail_count:,} of {len(serious):,})\n")
        left = len(serious) - shown_rows
        if left:
            table.append(f"… and {left:,} more errors and warnings; see the full report.")
            table.append("")
    else:
        table = ["No errors or warnings.", ""]
    info = [f for f, _, _ in marked if f.severity.value == "info"]
    if info:
        kinds = Counter(f.kind for f in info)
        by_kind_text = ", ".join(f"{n:,} {md(k)}" for k, n in sorted(kinds.items()))
        table += [f"{ICONS['info']} {len(info):,} info findings ({by_kind_text}) are in the report.", ""]
    text = "\n".join(head + table + details + footer)
    return text if len(text) <= max_chars else text[: max_chars - 40].rsplit("\n", 1)[0] + "\n\n… (truncated)\n"


def write_markdown(run: RunResult, out: Path, report_url: str = "index.html") -> Path:
    path = out / "summary.md"
    path.write_text(render_markdown(run, report_url), encoding="utf-8")
    return path

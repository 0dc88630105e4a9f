"""The HTML report: one self-contained page (inline CSS and JS, no network) a person reads in the morning.

What is small and fixed (header, charts, rules, skipped inputs, data quality) is rendered by the Jinja template;
what grows with the corpus (discrepancies, the fact × source matrix, outlets, single-source figures, coverage)
is embedded once as JSON in a <script type="application/json"> and rendered a page at a time in the browser,
so a 10,000-article run stays a page that opens in well under two seconds. A <noscript> fallback lists the
first discrepancies for readers without JavaScript.
"""

from __future__ import annotations

import base64
import hashlib
import math
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from checker.accel import source_of
from checker.model import Claim, Fact, Finding, Mention, Severity
from checker.report.charts import outlet_chart, trend_chart
from checker.report.records import (
    baseline_statuses,
    coverage_records,
    display_value,
    is_new,
    json_bytes,
    mark_span,
    new_flags,
    rule_family,
    shown,
)

if TYPE_CHECKING:
    from checker.run import RunResult

TEMPLATES = source_of(__name__).parent / "templates"  # beside the source (the compiled module lives elsewhere)
PAGE_SIZE = 100
NOSCRIPT_ROWS = 100
CONFLICT_KINDS = frozenset({"conflict", "unit-anomaly"})


def highlight(claim: Claim) -> Markup:
    """The claim's sentence with the figure wrapped in <mark>."""
    start, end = mark_span(claim)
    sentence = claim.sentence
    return Markup("{}<mark>{}</mark>{}").format(
        escape(sentence[:start]), escape(sentence[start:end]), escape(sentence[end:])
    )


def script_json(value: Any) -> Markup:
    """JSON safe inside a <script> element: '<', '>' and '&' are escaped, so no '</script>' can close it early."""
    text = json_bytes(value).decode("utf-8")
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def human_number(x: float) -> str:
    """2.4e11 → '240,000,000,000'; 0.0375 → '0.0375'; ±inf → '∞'."""
    if math.isinf(x):
        return "∞" if x > 0 else "−∞"
    if abs(x) >= 1e15:
        return f"{x:.6g}"
    if x == round(x):
        return f"{x:,.0f}"
    return f"{x:,.6f}".rstrip("0").rstrip(".")


def interval_text(mention: Mention) -> str:
    """The interval a figure stands for, in its unit as written: '239,500,000,000 – 240,500,000,000 USD'."""
    if mention.date is not None:
        d = mention.date
        span = d.start.isoformat() if d.start == d.end else f"{d.start.isoformat()} – {d.end.isoformat()}"
        counted = f", counted to {d.point.isoformat()}" if d.point is not None and d.start != d.end else ""
        return f"{span} ({d.granularity}{', relative' if d.relative else ''}{counted})"
    iv = mention.interval
    if iv is None:
        return ""
    unit = f" {mention.unit}" if mention.unit else ""
    if iv.low == iv.high:
        return f"{human_number(iv.low)}{unit} (exact)"
    if math.isinf(iv.high):
        return f"≥ {human_number(iv.low)}{unit}"
    if math.isinf(iv.low):
        return f"≤ {human_number(iv.high)}{unit}"
    return f"{human_number(iv.low)} – {human_number(iv.high)}{unit}"


def normalized_text(mention: Mention) -> str:
    """The normalized value as a person reads it: '240,000,000,000 USD', '2024-05-16', '23:47'."""
    if mention.date is not None or mention.time_text or mention.unresolved or mention.value is None:
        return display_value(mention)
    return f"{human_number(mention.value)}{' ' + mention.unit if mention.unit else ''}"


def compared_text(mention: Mention) -> str:
    """The interval in the dimension's base unit, when a conversion happened (1,150 ft → 350.5 m)."""
    base, iv = mention.base_interval, mention.interval
    if base is None or iv is None or (base.low == iv.low and base.high == iv.high):
        return ""
    span = human_number(base.low) if base.low == base.high else f"{human_number(base.low)} – {human_number(base.high)}"
    return f"{span} ({mention.dimension or 'base'} in base units)"


def display_path(path: str) -> str:
    """A path relative to the working directory when it is inside it, for shorter, machine-independent labels."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return path


def _detail_text(key: str, value: str) -> tuple[str, str]:
    label = key.replace("_", " ")
    if key == "relative_gap":
        try:
            return "relative gap", f"{float(value) * 100:.1f}%"
        except ValueError:
            pass
    return label, value


class _Payload:
    """Builds the embedded data compactly: documents, sources, claims and sentences are stored once and referred
    to by index; fields a renderer can derive (a finding's sources) or that are empty are left out."""

    def __init__(self, run: RunResult) -> None:
        analysis = run.analysis
        self.run = run
        self.sources = sorted(
            {d.source for d in analysis.documents} | {c.source for c in analysis.claims},
            key=lambda name: (name.casefold(), name),
        )
        self.source_index = {s: i for i, s in enumerate(self.sources)}
        self.doc_index = {d.doc: i for i, d in enumerate(analysis.documents)}
        self.docs = [
            [
                d.doc,
                self.source_index[d.source],
                d.published.isoformat() if d.published else None,
                d.path,
                d.title,
                d.url,
            ]
            for d in analysis.documents
        ]
        self.claims: list[list[Any]] = []  # [doc, quote, sentence, mark start, mark end, start, end, {detail}?]
        self.claim_index: dict[tuple[str, int, int], int] = {}
        self.sentences: list[str] = []
        self.sentence_index: dict[tuple[str, int], int] = {}

    def doc_of(self, claim: Claim) -> int:
        index = self.doc_index.get(claim.doc)
        if index is None:  # a claim whose document the analysis does not list: keep it readable anyway
            if claim.source not in self.source_index:
                self.source_index[claim.source] = len(self.sources)
                self.sources.append(claim.source)
            index = self.doc_index[claim.doc] = len(self.docs)
            self.docs.append(
                [
                    claim.doc,
                    self.source_index[claim.source],
                    claim.published.isoformat() if claim.published else None,
                    "",
                    "",
                    "",
                ]
            )
        return index

    def claim(self, claim: Claim, detailed: bool) -> int:
        """The claim's index in the claim table; `detailed` adds what the expanded view of a finding shows."""
        m = claim.mention
        key = (claim.doc, m.start, m.end)
        index = self.claim_index.get(key)
        if index is None:
            sentence_key = (claim.doc, claim.sentence_start)
            sentence = self.sentence_index.get(sentence_key)
            if sentence is None:
                sentence = self.sentence_index[sentence_key] = len(self.sentences)
                self.sentences.append(claim.sentence)
            start, end = mark_span(claim)
            index = self.claim_index[key] = len(self.claims)
            self.claims.append([self.doc_of(claim), m.text, sentence, start, end, m.start, m.end])
        row = self.claims[index]
        if detailed and len(row) == 7:
            record: dict[str, Any] = {"v": normalized_text(m), "iv": interval_text(m)}
            row.append(record)
            compared = compared_text(m)
            if compared:
                record["cmp"] = compared
            if claim.time_scope:
                record["t"] = claim.time_scope
            if m.qualifier:
                record["ql"] = m.qualifier
            flags = [
                name
                for name, on in (("hedged", claim.hedged), ("forecast", claim.forecast), ("reported", claim.reported))
                if on
            ]
            if flags:
                record["f"] = flags
        return index

    def finding(self, index: int, finding: Finding, status: str | None, new: bool | None) -> dict[str, Any]:
        """A discrepancy: everything its row and its expanded view show."""
        details = dict(finding.details)
        why = details.pop("why_matched", "")
        details.pop("doc", None)
        record: dict[str, Any] = {
            "i": index,
            "sev": finding.severity.value,
            "rule": finding.rule,
            "kind": finding.kind,
            "fact": finding.fact_key,
            "msg": finding.message,
            "fp": finding.fingerprint,
            "sides": [[self.claim(c, True) for c in side] for side in finding.sides],
        }
        self._marks(record, finding, status, new)
        if why:
            record["why"] = why
        if details:
            record["det"] = [list(_detail_text(k, v)) for k, v in details.items()]
        return record

    def single(self, index: int, finding: Finding, status: str | None, new: bool | None) -> dict[str, Any]:
        """A figure only one source gives: its row in the grouped list (the message is derivable, so left out)."""
        record: dict[str, Any] = {
            "rule": finding.rule,
            "fact": finding.fact_key,
            "c": [self.claim(c, False) for c in finding.claims],
        }
        if finding.severity.value != "info":
            record["sev"] = finding.severity.value
        self._marks(record, finding, status, new)
        return record

    def _marks(self, record: dict[str, Any], finding: Finding, status: str | None, new: bool | None) -> None:
        if is_new(status, new):
            record["new"] = 1
        if status is not None:
            record["status"] = status
        if self.run.history is not None:
            nights = self.run.history.open_nights.get(finding.fingerprint)
            if nights:
                record["nights"] = nights


def _odd_sources(findings: list[Finding]) -> set[str]:
    """Sources whose side of a conflict is the smallest (all sides on a tie): the cells to mark as conflicting."""
    odd: set[str] = set()
    for finding in findings:
        sides = [{c.source for c in side} for side in finding.sides if side]
        if len(sides) < 2:
            continue
        smallest = min(len(s) for s in sides)
        largest = max(len(s) for s in sides)
        for side in sides:
            if len(side) == smallest or smallest == largest:
                odd |= side
    return odd


def _matrix(payload: _Payload, facts: tuple[Fact, ...], conflicts: dict[str, list[Finding]]) -> list[dict[str, Any]]:
    rows = []
    for fact in facts:
        if len(fact.sources) < 2 and fact.key not in conflicts:
            continue
        cells: dict[str, dict[str, None]] = defaultdict(dict)
        for c in fact.claims:
            cells[c.source][c.mention.text.strip()] = None
        row: dict[str, Any] = {
            "key": fact.key,
            "status": "conflict" if fact.key in conflicts else fact.status,
            "cells": [
                [payload.source_index[s], list(quotes)]
                for s, quotes in sorted(cells.items())
                if s in payload.source_index
            ],
        }
        odd = _odd_sources(conflicts.get(fact.key, []))
        if odd:
            row["odd"] = sorted(payload.source_index[s] for s in odd if s in payload.source_index)
        rows.append(row)
    rows.sort(key=lambda r: (r["status"] != "conflict", r["key"]))
    return rows


def _outlets(
    payload: _Payload, run: RunResult, listed: tuple[Finding, ...], conflicts: dict[str, list[Finding]]
) -> tuple[list[dict[str, Any]], dict[str, dict[str, int]]]:
    """Per outlet: articles, figures, and facts it gives that others corroborate, contradict, or nobody else gives."""
    analysis = run.analysis
    articles = Counter(d.source for d in analysis.documents)
    figures = Counter(c.source for c in analysis.claims)
    corroborated: Counter[str] = Counter()
    contradicted: Counter[str] = Counter()
    unsupported: Counter[str] = Counter()
    for fact in analysis.facts:
        sources = set(fact.sources)
        if len(sources) == 1:
            unsupported[next(iter(sources))] += 1
            continue
        findings = conflicts.get(fact.key)
        if not findings:
            for s in sources:
                corroborated[s] += 1
            continue
        agree: set[str] = set()
        against: set[str] = set()
        for finding in findings:
            sides = [{c.source for c in side} for side in finding.sides]
            for i, side in enumerate(sides):
                others = set().union(*(sides[:i] + sides[i + 1 :])) if len(sides) > 1 else set()
                for s in side:
                    if len(side) > 1:
                        agree.add(s)
                    if others - {s}:
                        against.add(s)
        for s in agree:
            corroborated[s] += 1
        for s in against:
            contradicted[s] += 1
    by_severity: dict[str, dict[str, int]] = defaultdict(lambda: {"error": 0, "warning": 0, "info": 0})
    for finding in listed:
        for s in {c.source for c in finding.claims}:
            by_severity[s][finding.severity.value] += 1
    rows = [
        {
            "s": payload.source_index[s],
            "articles": articles.get(s, 0),
            "figures": figures.get(s, 0),
            "corroborated": corroborated.get(s, 0),
            "contradicted": contradicted.get(s, 0),
            "unsupported": unsupported.get(s, 0),
            **by_severity.get(s, {"error": 0, "warning": 0, "info": 0}),
        }
        for s in payload.sources
        if s in payload.source_index
    ]
    return rows, dict(by_severity)


def report_context(run: RunResult) -> dict[str, Any]:
    """Everything the template needs, including the embedded data for the browser-rendered tables."""
    analysis = run.analysis
    listed = shown(run)
    statuses = baseline_statuses(run, listed)
    news = new_flags(run, listed)
    payload = _Payload(run)
    problems, single = [], []
    for i, finding in enumerate(listed):
        if finding.kind == "unsupported":
            single.append(payload.single(i, finding, statuses[i], news[i]))
        else:
            problems.append(payload.finding(i, finding, statuses[i], news[i]))
    conflicts: dict[str, list[Finding]] = defaultdict(list)
    for finding in analysis.findings:
        if finding.kind in CONFLICT_KINDS:
            conflicts[finding.fact_key].append(finding)
    outlets, by_outlet = _outlets(payload, run, listed, conflicts)
    coverage = [
        [
            payload.doc_index[row["doc"]],
            row["mentions"],
            row["names"],
            row["not_understood"],
            row["not_understood_examples"],
            row["unresolved_dates"],
        ]
        for row in coverage_records(analysis.documents, analysis.extractions)
    ]
    rules = {r.id: [r.name, r.severity.value, rule_family(r.id), r.title] for r in run.rules}
    data = {
        "meta": {
            "pageSize": PAGE_SIZE,
            "show": run.show,
            "history": run.history is not None,
            "baseline": run.baseline is not None,
        },
        "sources": payload.sources,
        "docs": payload.docs,
        "rules": rules,
        "findings": problems,
        "single": single,
        "claims": payload.claims,
        "sentences": payload.sentences,
        "matrix": _matrix(payload, analysis.facts, conflicts),
        "outlets": outlets,
        "coverage": coverage,
    }
    severity_counts = Counter(f.severity.value for f in listed)
    kind_counts = Counter(f.kind for f in listed)
    hidden = len(analysis.findings) - len(listed)
    new_count = sum(1 for n in news if n)  # new since the previous run (history), whatever the baseline says
    gate = None
    if run.fail_on != "never":
        try:
            gate_rank = Severity(run.fail_on).rank
            gate = sum(1 for f in run.gating() if f.severity.rank >= gate_rank)  # only new ones with a baseline
        except ValueError:
            gate = None
    quality_failed = [q for q in run.quality if not q.success]
    trend = list(run.history.trend) if run.history is not None else []
    return {
        "run": run,
        "analysis": analysis,
        "data_json": script_json(data),
        "problems_count": len(problems),
        "single_count": len(single),
        "noscript": [f for f in listed if f.kind != "unsupported"][:NOSCRIPT_ROWS],
        "severity_counts": severity_counts,
        "kind_counts": sorted(kind_counts.items(), key=lambda kv: (-kv[1], kv[0])),
        "hidden": hidden,
        "new_count": new_count,
        "gate": gate,
        "status_counts": Counter(s for s in statuses if s is not None),
        "outlet_count": len({d.source for d in analysis.documents}),
        "enabled_rules": [r for r in run.rules if r.enabled],
        "rule_files": sorted({display_path(r.path) for r in run.rules if r.path}),
        "rule_paths": {r.id: display_path(r.path) for r in run.rules},
        "quality_failed": quality_failed,
        "quality_sorted": sorted(run.quality, key=lambda q: (q.success, q.table, q.expectation)),
        "trend_svg": trend_chart(trend),
        "trend": trend[-30:],
        "outlet_svg": outlet_chart(by_outlet),
        "outlet_top": sorted(by_outlet.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))[:15],
        "undated": [d for d in analysis.documents if d.published is None],
    }


def _source_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy(script: str, style: str) -> str:
    """The page's policy: nothing from the network, and only the report's own script and style element run
    (allowed by hash), so markup that slipped into the page could not execute even if escaping failed — no
    inline event handlers, no javascript: URLs, no <base>, no form submission."""
    return (
        f"default-src 'none'; script-src {_source_hash(script)}; style-src {_source_hash(style)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def render_html(run: RunResult) -> str:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["highlight"] = highlight
    env.filters["value"] = lambda claim: display_value(claim.mention)
    env.filters["thousands"] = lambda n: f"{n:,}"
    # the script and style are fixed text (no run data), rendered first so the policy can carry their hashes
    script = env.get_template("report.js.j2").render()
    style = env.get_template("report.css.j2").render()
    assert "</script" not in script.lower() and "</style" not in style.lower()
    policy = Markup(content_security_policy(script, style))  # quotes, hashes and keywords: nothing to escape
    return env.get_template("report.html.j2").render(
        **report_context(run), script=Markup(script), style=Markup(style), csp=policy
    )


def write_html(run: RunResult, out: Path) -> Path:
    path = out / "index.html"
    path.write_text(render_html(run), encoding="utf-8")
    return path

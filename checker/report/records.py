"""Plain-data views of a run's records, shared by every renderer (JSON, CSV, HTML, SARIF, ...).

The findings.json shape is a contract later tools read:
{"documents": [{"doc", "source", "published", "path"}],
 "findings": [{"kind", "rule", "severity", "message", "fingerprint", "fact", "claims": [claim...]}],
 "facts": [{"key", "status", "claims": [claim...]}]}
with claim = {"doc", "source", "quote", "sentence", "start", "end", "value", "unit", ...}.
A finding also has "status" ("new" | "baselined" | "waived") when the run used a baseline, and "new"
(true | false: not in the previous run) when the run was compared with the run history. Only findings at or
above the run's `show` level are listed (`crosscheck.show` says which).
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import orjson

from checker.model import KIND_VALUES, Claim, Document, Extraction, Fact, Finding, Mention, Severity, Skipped

if TYPE_CHECKING:
    from checker.run import RunResult

FAMILIES = {"1": "numbers", "2": "dates", "3": "support", "4": "arithmetic", "5": "reference"}
_JSONL_LINE = re.compile(r"^(?P<file>.+\.(?:jsonl|ndjson)):(?P<line>\d+)$", re.IGNORECASE)


def shown(run: RunResult) -> tuple[Finding, ...]:
    """The findings a report lists: those at or above `run.show` (error > warning > info)."""
    try:
        floor = Severity(run.show).rank
    except ValueError:
        floor = Severity.INFO.rank
    return tuple(f for f in run.findings if f.severity.rank >= floor)


def rule_family(rule_id: str) -> str:
    """numbers, dates, support, arithmetic or reference, from the rule id's hundreds digit (CC1xx → numbers)."""
    return FAMILIES.get(rule_id[2:3], "other")


def baseline_statuses(run: RunResult, findings: Sequence[Finding]) -> list[str | None]:
    """Per finding: "new" | "baselined" | "waived" against the run's baseline, None without one.

    Occurrences are keyed as the baseline keys them ("fingerprint#n", n counting repeats over all the run's
    findings), so two occurrences against a baseline that accepted one give one new.
    """
    if run.baseline is None:
        return [None] * len(findings)
    from checker.baseline import occurrence_keys

    by_finding = {
        id(f): run.baseline.status.get(key, "new")
        for f, key in zip(run.findings, occurrence_keys(run.findings), strict=True)
    }
    return [by_finding.get(id(f), "new") for f in findings]


def new_flags(run: RunResult, findings: Sequence[Finding]) -> list[bool | None]:
    """Per finding: not in the previous run (history; everything is new on the first run), None without history."""
    if run.history is None:
        return [None] * len(findings)
    first = not run.history.previous_run
    return [first or f.fingerprint in run.history.new for f in findings]


def is_new(status: str | None, new: bool | None) -> bool:
    """New for the reader: not accepted by the baseline when there is one, else not seen in the previous run."""
    if status is not None:
        return status == "new"
    return new is not False


def mark_span(claim: Claim) -> tuple[int, int]:
    """Where the figure sits inside the claim's sentence (offsets into `claim.sentence`)."""
    n = len(claim.sentence)
    start = min(n, max(0, claim.mention.start - claim.sentence_start))
    end = min(n, max(start, claim.mention.end - claim.sentence_start))
    return start, end


def artifact_path(document: Document) -> str:
    """The file a document came from, as a forward-slash path ("feed.jsonl:3" → "feed.jsonl")."""
    match = _JSONL_LINE.match(document.path)
    return (match.group("file") if match else document.path).replace("\\", "/")


@dataclass(frozen=True, slots=True)
class Position:
    """A span of a document's text as 1-based lines and columns (columns count code points)."""

    start_line: int
    start_column: int
    end_line: int
    end_column: int  # the column after the last character, as SARIF's endColumn


class LineIndex:
    """Offsets → (line, column) for one text, in O(log n) per lookup."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in re.finditer(r"\r\n|\n|\r", text)]

    def line_column(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1

    def position(self, start: int, end: int) -> Position:
        start_line, start_column = self.line_column(start)
        end_line, end_column = self.line_column(max(start, end))
        return Position(start_line, start_column, end_line, end_column)


def _number(value: float | None) -> float | None:
    if value is None or (isinstance(value, float) and (math.isinf(value) or math.isnan(value))):
        return None
    return float(value)


def display_value(mention: Mention) -> str:
    """The normalized value as a person reads it: '240,000,000,000 USD', '2024-05-16', '[40, ∞) count'."""
    if mention.date is not None:
        d = mention.date
        span = d.start.isoformat() if d.start == d.end else f"{d.start.isoformat()}…{d.end.isoformat()}"
        return span if d.point is None or d.start == d.end else f"{span} (counted to {d.point.isoformat()})"
    if mention.time_text:
        return mention.time_text
    if mention.unresolved:
        return "unresolved (no publication date)"
    iv = mention.interval
    unit = f" {mention.unit}" if mention.unit else ""
    if iv is None:
        return f"{mention.value:g}{unit}" if mention.value is not None else ""

    def fmt(x: float) -> str:
        if math.isinf(x):
            return "∞" if x > 0 else "−∞"
        return f"{x:,.10g}"

    if iv.low == iv.high:
        return f"{fmt(iv.low)}{unit}"
    return f"[{fmt(iv.low)}, {fmt(iv.high)}]{unit}"


def claim_record(claim: Claim, side: int | None = None) -> dict[str, Any]:
    m = claim.mention
    record: dict[str, Any] = {
        "doc": claim.doc,
        "source": claim.source,
        "quote": m.text,
        "sentence": claim.sentence,
        "start": m.start,
        "end": m.end,
        "value": _number(m.value) if m.date is None else (m.date.start.isoformat() if m.date else None),
        "unit": m.unit,
        "kind": KIND_VALUES[m.kind],
        "low": _number(m.interval.low) if m.interval else None,
        "high": _number(m.interval.high) if m.interval else None,
        "normalized": display_value(m),
        "qualifier": m.qualifier,
        "measure": claim.measure.lstrip("~"),
        "subjects": list(claim.subjects),
        "time_scope": claim.time_scope,
        "published": claim.published.isoformat() if claim.published else None,
        "hedged": claim.hedged,
        "forecast": claim.forecast,
        "sentence_start": claim.sentence_start,
    }
    if m.date is not None:
        record["date_start"] = m.date.start.isoformat()
        record["date_end"] = m.date.end.isoformat()
        record["granularity"] = m.date.granularity
    if side is not None:
        record["side"] = side
    return record


def document_record(document: Document) -> dict[str, Any]:
    return {
        "doc": document.doc,
        "source": document.source,
        "published": document.published.isoformat() if document.published else None,
        "path": document.path,
        "title": document.title,
        "url": document.url,
        "story": document.story,
    }


def finding_record(finding: Finding) -> dict[str, Any]:
    return {
        "kind": finding.kind,
        "rule": finding.rule,
        "severity": finding.severity.value,
        "message": finding.message,
        "fingerprint": finding.fingerprint,
        "fact": finding.fact_key,
        "claims": [claim_record(c, side) for side, group in enumerate(finding.sides) for c in group],
        "details": dict(finding.details),
    }


def fact_record(fact: Fact) -> dict[str, Any]:
    claims = [claim_record(c) for c in fact.claims]
    by_value: dict[str, set[str]] = {}
    for c in claims:  # each claim's normalized value, as its record already has it
        by_value.setdefault(c["normalized"], set()).add(c["source"])
    return {
        "key": fact.key,
        "story": fact.story,
        "status": fact.status,
        "kind": fact.kind.value,
        "dimension": fact.dimension,
        "why": fact.why,
        "sources": list(fact.sources),
        "support": {value: len(sources) for value, sources in sorted(by_value.items())},
        "claims": claims,
    }


def skipped_record(skipped: Skipped) -> dict[str, str]:
    return {"path": skipped.path, "reason": skipped.reason}


def coverage_records(documents: Iterable[Document], extractions: Iterable[Extraction]) -> list[dict[str, Any]]:
    """Per article: figures found, numbers that are names, digit runs not understood (with examples)."""
    by_doc = {e.doc: e for e in extractions}
    rows = []
    for document in documents:
        extraction = by_doc.get(document.doc)
        if extraction is None:
            continue
        rows.append(
            {
                "doc": document.doc,
                "source": document.source,
                "mentions": len(extraction.mentions),
                "names": len(extraction.names),
                "not_understood": len(extraction.not_understood),
                "not_understood_examples": [
                    text[max(0, s - 25) : e + 25].replace("\n", " ")
                    for s, e, _ in extraction.not_understood[:5]
                    for text in [document.text]
                ],
                "published": document.published.isoformat() if document.published else None,
                "unresolved_dates": sum(1 for m in extraction.mentions if m.unresolved),
            }
        )
    return rows


@dataclass(frozen=True, slots=True)
class FileSpan:
    """A claim's place in its input file: 1-based lines and columns, and character offsets when they are known.

    For a JSONL record only the line is known (the text sits JSON-escaped inside it), so columns and offsets
    are None there.
    """

    path: str
    start_line: int
    end_line: int
    start_column: int | None = None
    end_column: int | None = None  # the column after the last character, as SARIF's endColumn
    char_offset: int | None = None
    char_length: int | None = None


class Locator:
    """Where a claim's figure is: its document's file path and the line/column span, from the document text.

    Positions count in the article text as crosscheck read it (after front matter; the extracted text of an
    HTML page), which is the text every character span refers to; a JSONL record is located by its line.
    """

    def __init__(self, documents: Iterable[Document]) -> None:
        self._documents = {d.doc: d for d in documents}
        self._lines: dict[str, LineIndex] = {}

    def document(self, doc: str) -> Document | None:
        return self._documents.get(doc)

    def path(self, claim: Claim) -> str:
        document = self._documents.get(claim.doc)
        return artifact_path(document) if document is not None else claim.doc

    def span(self, claim: Claim) -> FileSpan:
        document = self._documents.get(claim.doc)
        if document is None:
            return FileSpan(claim.doc, 1, 1)
        record = _JSONL_LINE.match(document.path)
        if record is not None:
            line = int(record.group("line"))
            return FileSpan(artifact_path(document), line, line)
        index = self._lines.get(claim.doc)
        if index is None:
            index = self._lines[claim.doc] = LineIndex(document.text)
        p = index.position(claim.mention.start, claim.mention.end)
        if document.text_offset < 0:  # text extracted from HTML: no position in the file itself
            return FileSpan(artifact_path(document), 1, 1)
        shift = document.text_line - 1  # lines of front matter above the article text
        return FileSpan(
            artifact_path(document),
            p.start_line + shift,
            p.end_line + shift,
            p.start_column,
            p.end_column,
            claim.mention.start + document.text_offset,
            max(0, claim.mention.end - claim.mention.start),
        )

    def where(self, claim: Claim) -> str:
        """'path:line:column' (or 'path:line' for a JSONL record) for messages."""
        span = self.span(claim)
        return f"{span.path}:{span.start_line}" + (f":{span.start_column}" if span.start_column else "")


def json_bytes(value: Any) -> bytes:
    """Compact JSON as UTF-8 bytes, written by orjson (about 6× faster than json on a large run). The text is
    json.dumps(value, ensure_ascii=False, separators=(",", ":"))'s but for float exponents (1e-7, not 1e-07) and
    NaN/infinity, which become null (the record builders already leave none). What orjson refuses (integers
    beyond 64 bits, lone surrogates) is written by json with non-ASCII escaped, NaN/infinity as null."""
    try:
        return orjson.dumps(value)
    except TypeError:  # orjson.JSONEncodeError is a TypeError
        return json.dumps(_no_nan(value), separators=(",", ":"), allow_nan=False).encode("ascii")


def _no_nan(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _no_nan(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_no_nan(v) for v in value]
    return value

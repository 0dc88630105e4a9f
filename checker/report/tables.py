"""Machine-readable outputs: findings.json, discrepancies.csv, claims.csv, written straight from the records
(orjson, and a CSV line writer that writes what the csv module writes, byte for byte, in under half the time: at
10,000 articles a DataFrame detour or an indented dump costs more than the whole extraction).

findings.json follows the contract in records.py; findings below the run's show level are not listed, and each
finding carries "status" (with a baseline) and "new" (with run history). discrepancies.csv has one row per
finding and side, with "status" and "new" columns (empty when the run has no baseline or history).

CSV cells are safe to open in a spreadsheet: a text cell starting with =, +, -, @, tab or carriage return (the
OWASP CSV-injection list) gets a leading single quote, so article text such as `=HYPERLINK(...)` stays text
instead of becoming a formula. Numbers — also negative ones and "-inf" — are left as numbers.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.model import KIND_VALUES
from checker.report.records import (
    baseline_statuses,
    coverage_records,
    document_record,
    fact_record,
    finding_record,
    json_bytes,
    new_flags,
    shown,
    skipped_record,
)

if TYPE_CHECKING:
    import pandas as pd

    from checker.run import RunResult

CLAIM_COLUMNS = [
    "doc",
    "source",
    "start",
    "end",
    "text",
    "kind",
    "value",
    "low",
    "high",
    "unit",
    "dimension",
    "base_low",
    "base_high",
    "qualifier",
    "date_start",
    "date_end",
    "granularity",
    "relative",
    "unresolved",
    "measure",
    "subjects",
    "time_scope",
    "hedged",
    "forecast",
    "role",
    "noun",
    "fact",
    "fact_status",
    "doc_not_understood",
    "sentence",
]
DISCREPANCY_COLUMNS = [
    "fingerprint",
    "rule",
    "severity",
    "kind",
    "fact",
    "side",
    "doc",
    "source",
    "quote",
    "value",
    "unit",
    "low",
    "high",
    "normalized",
    "start",
    "end",
    "sentence",
    "message",
    "status",
    "new",
]


def _finding_records(run: RunResult) -> Iterator[dict[str, Any]]:
    listed = shown(run)
    for finding, status, new in zip(listed, baseline_statuses(run, listed), new_flags(run, listed), strict=True):
        record = finding_record(finding)
        if status is not None:
            record["status"] = status
        if new is not None:
            record["new"] = new
        yield record


def findings_document(run: RunResult) -> dict[str, Any]:
    """findings.json's content as one dict (write_json writes the same bytes without building it)."""
    return {key: value if isinstance(value, dict) else list(value) for key, value in findings_parts(run)}


def findings_parts(run: RunResult) -> Iterator[tuple[str, dict[str, Any] | Iterator[Any]]]:
    """findings.json's top-level keys in order, each list as an iterator of its records, built as they are read:
    a claim is described again wherever it appears (a finding, its fact), so no record outlives its write."""
    analysis = run.analysis
    yield (
        "crosscheck",
        {
            "version": run.version,
            "generated": run.generated,
            "rules": [r.id for r in run.rules if r.enabled],
            "show": run.show,
        },
    )
    yield "documents", (document_record(d) for d in analysis.documents)
    yield "findings", _finding_records(run)
    yield "facts", (fact_record(f) for f in analysis.facts)
    yield "skipped", (skipped_record(s) for s in run.skipped)
    yield "notes", (skipped_record(s) for s in run.notes)
    yield "coverage", iter(coverage_records(analysis.documents, analysis.extractions))


def claim_rows(run: RunResult) -> Iterator[tuple[Any, ...]]:
    """claims.csv rows (CLAIM_COLUMNS), one per figure."""
    analysis = run.analysis
    fact_of: dict[tuple[str, int, int], tuple[str, str]] = {}
    for fact in analysis.facts:
        for c in fact.claims:
            fact_of[(c.doc, c.mention.start, c.mention.end)] = (fact.key, fact.status)
    not_understood = {e.doc: len(e.not_understood) for e in analysis.extractions}
    for claim in analysis.claims:
        m = claim.mention
        key, status = fact_of.get((claim.doc, m.start, m.end), ("", ""))
        interval, base, span = m.interval, m.base_interval, m.date
        yield (
            claim.doc,
            claim.source,
            m.start,
            m.end,
            m.text,
            KIND_VALUES[m.kind],
            _cell(m.value),
            _cell(interval.low if interval else None),
            _cell(interval.high if interval else None),
            m.unit,
            m.dimension,
            _cell(base.low if base else None),
            _cell(base.high if base else None),
            m.qualifier,
            span.start.isoformat() if span else "",
            span.end.isoformat() if span else "",
            span.granularity if span else "",
            bool(span and span.relative),
            m.unresolved,
            claim.measure.lstrip("~"),
            ";".join(claim.subjects),
            claim.time_scope,
            claim.hedged,
            claim.forecast,
            m.role,
            m.noun,
            key,
            status,
            not_understood.get(claim.doc, 0),
            claim.sentence,
        )


def discrepancy_rows(run: RunResult) -> Iterator[tuple[Any, ...]]:
    """discrepancies.csv rows (DISCREPANCY_COLUMNS), one per finding and side."""
    listed = shown(run)
    for finding, status, new in zip(listed, baseline_statuses(run, listed), new_flags(run, listed), strict=True):
        record = finding_record(finding)
        for claim in record["claims"]:
            yield (
                finding.fingerprint,
                finding.rule,
                finding.severity.value,
                finding.kind,
                finding.fact_key,
                claim["side"],
                claim["doc"],
                claim["source"],
                claim["quote"],
                _cell(claim["value"]),
                claim["unit"],
                _cell(claim["low"]),
                _cell(claim["high"]),
                claim["normalized"],
                claim["start"],
                claim["end"],
                claim["sentence"],
                finding.message,
                status or "",
                "" if new is None else new,
            )


def _cell(value: Any) -> Any:
    """A CSV cell: None stays empty, infinities are written as inf/-inf, as pandas reads them back."""
    if value is None:
        return ""
    if isinstance(value, float) and math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return value


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: Any) -> Any:
    """A CSV cell a spreadsheet cannot run: text starting like a formula gets a leading ' (numbers are kept)."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS) and not _is_number(cell):
        return "'" + cell
    return cell


def _is_number(text: str) -> bool:
    """'-3.5', '-inf', '+1e6', '-12%' are numbers a spreadsheet reads as such, not formulas."""
    try:
        float(text.removesuffix("%"))
    except ValueError:
        return False
    return True


_FORMULA_FIRST = frozenset(FORMULA_STARTS)
# columns whose cells are numbers, booleans or ISO dates (or empty, "inf", "-inf"): never a formula
_NOT_TEXT = frozenset(
    {
        "start",
        "end",
        "side",
        "value",
        "low",
        "high",
        "base_low",
        "base_high",
        "date_start",
        "date_end",
        "relative",
        "unresolved",
        "hedged",
        "forecast",
        "doc_not_understood",
        "new",
    }
)


def _safe_rows(rows: Iterator[tuple[Any, ...]], columns: list[str]) -> Iterator[Sequence[Any]]:
    """spreadsheet_safe on every cell. A row is changed only when one of its text cells starts like a formula: only
    their first characters are looked at, and only such a row is looked at cell by cell."""
    first = _FORMULA_FIRST
    text = [i for i, name in enumerate(columns) if name not in _NOT_TEXT]
    for row in rows:
        for i in text:
            cell = row[i]
            if isinstance(cell, str) and cell[:1] in first:
                yield [spreadsheet_safe(c) if isinstance(c, str) and c[:1] in first else c for c in row]
                break
        else:
            yield row


def claims_frame(run: RunResult) -> pd.DataFrame:
    """The claims table as a DataFrame (for analysis in a notebook; the CSV is written without it)."""
    import pandas as pd

    return pd.DataFrame(list(claim_rows(run)), columns=CLAIM_COLUMNS)


# records serialized at a time by write_json (a few hundred kB of JSON)
JSON_CHUNK = 500


def write_json(run: RunResult, out: Path, chunk: int = JSON_CHUNK) -> Path:
    """findings.json, one top-level key per line (compact inside: json's C encoder only runs without indent).

    Each list is written a chunk of records at a time, as they are built: at 10,000 articles the whole document
    held ~310 MB of dicts and its 150 MB of bytes at once. The bytes are json_bytes(findings_document(run))'s,
    key by key (orjson writes a list as its items' own text joined by commas)."""
    path = out / "findings.json"
    with path.open("wb") as handle:
        handle.write(b"{")
        for i, (key, value) in enumerate(findings_parts(run)):
            handle.write((b",\n " if i else b"\n ") + json_bytes(key) + b": ")
            if isinstance(value, dict):
                handle.write(json_bytes(value))
                continue
            handle.write(b"[")
            first = True
            while records := list(islice(value, chunk)):
                handle.write((b"" if first else b",") + json_bytes(records)[1:-1])
                first = False
            handle.write(b"]")
        handle.write(b"\n}\n")
    return path


def csv_line(row: Sequence[Any]) -> str:
    """One row as csv.writer (excel dialect, minimal quoting) writes it, "\r\n" included, byte for byte.

    csv.writer tests every character of every cell against the line terminator with a function call, twice: at
    10,000 articles (140 MB of CSV) that was 2.4 s, most of the CSV report; this takes 0.9 s. Here a cell is tested
    with up to four substring searches (memchr in C), and only cells holding a comma, a quote or a line break are
    quoted."""
    cells: list[str] = []
    for cell in row:
        if isinstance(cell, str):
            if '"' in cell:
                cell = '"' + cell.replace('"', '""') + '"'
            elif "," in cell or "\n" in cell or "\r" in cell:
                cell = '"' + cell + '"'
            cells.append(cell)
        elif cell is None:
            cells.append("")
        else:
            cells.append(str(cell))  # a float's repr, "True"/"False", an int's digits: csv.writer's spelling
    if len(cells) == 1 and not cells[0]:
        return '""\r\n'  # csv.writer quotes a row's only cell when it is empty (else the line would be blank)
    return ",".join(cells) + "\r\n"


def write_csv(run: RunResult, out: Path) -> list[Path]:
    """discrepancies.csv and claims.csv, with every cell spreadsheet-safe."""
    return [write_discrepancies_csv(run, out), write_claims_csv(run, out)]


def write_discrepancies_csv(run: RunResult, out: Path) -> Path:
    """discrepancies.csv (one row per finding and side), every cell spreadsheet-safe."""
    return _write_table(out / "discrepancies.csv", DISCREPANCY_COLUMNS, discrepancy_rows(run))


def write_claims_csv(run: RunResult, out: Path) -> Path:
    """claims.csv (one row per figure), every cell spreadsheet-safe."""
    return _write_table(out / "claims.csv", CLAIM_COLUMNS, claim_rows(run))


def _write_table(path: Path, columns: list[str], rows: Iterator[tuple[Any, ...]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(csv_line(columns))
        handle.writelines(map(csv_line, _safe_rows(rows, columns)))
    return path

"""Machine-readable outputs: findings.json, discrepancies.csv, claims.csv (tables built with pandas here,
at the edge, from the records).

findings.json follows the contract in records.py; findings below the run's show level are not listed, and each
finding carries "status" (with a baseline) and "new" (with run history). discrepancies.csv has one row per
finding and side, with "status" and "new" columns (empty when the run has no baseline or history).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.report.records import (
    baseline_statuses,
    coverage_records,
    document_record,
    fact_record,
    finding_record,
    new_flags,
    shown,
    skipped_record,
)

if TYPE_CHECKING:
    import pandas as pd

    from checker.run import RunResult

CLAIM_COLUMNS = ["doc", "source", "start", "end", "text", "kind", "value", "low", "high", "unit", "dimension",
                 "base_low", "base_high", "qualifier", "date_start", "date_end", "granularity", "relative",
                 "unresolved", "measure", "subjects", "time_scope", "hedged", "forecast", "role", "noun",
                 "fact", "fact_status", "doc_not_understood", "sentence"]
DISCREPANCY_COLUMNS = ["fingerprint", "rule", "severity", "kind", "fact", "side", "doc", "source", "quote", "value",
                       "unit", "low", "high", "normalized", "start", "end", "sentence", "message", "status", "new"]


def _finding_records(run: RunResult) -> list[dict[str, Any]]:
    listed = shown(run)
    records = []
    for finding, status, new in zip(listed, baseline_statuses(run, listed), new_flags(run, listed), strict=True):
        record = finding_record(finding)
        if status is not None:
            record["status"] = status
        if new is not None:
            record["new"] = new
        records.append(record)
    return records


def findings_document(run: RunResult) -> dict[str, Any]:
    analysis = run.analysis
    return {
        "crosscheck": {"version": run.version, "generated": run.generated, "rules": [r.id for r in run.rules
                                                                                      if r.enabled],
                       "show": run.show},
        "documents": [document_record(d) for d in analysis.documents],
        "findings": _finding_records(run),
        "facts": [fact_record(f) for f in analysis.facts],
        "skipped": [skipped_record(s) for s in run.skipped],
        "notes": [skipped_record(s) for s in run.notes],
        "coverage": coverage_records(analysis.documents, analysis.extractions),
    }


def claims_frame(run: RunResult) -> pd.DataFrame:
    import pandas as pd

    analysis = run.analysis
    fact_of: dict[tuple[str, int, int], tuple[str, str]] = {}
    for fact in analysis.facts:
        for c in fact.claims:
            fact_of[(c.doc, c.mention.start, c.mention.end)] = (fact.key, fact.status)
    not_understood = {e.doc: len(e.not_understood) for e in analysis.extractions}
    rows = []
    for claim in analysis.claims:
        m = claim.mention
        key, status = fact_of.get((claim.doc, m.start, m.end), ("", ""))
        rows.append({
            "doc": claim.doc, "source": claim.source, "start": m.start, "end": m.end, "text": m.text,
            "kind": m.kind.value, "value": m.value, "low": m.interval.low if m.interval else None,
            "high": m.interval.high if m.interval else None, "unit": m.unit, "dimension": m.dimension,
            "base_low": m.base_interval.low if m.base_interval else None,
            "base_high": m.base_interval.high if m.base_interval else None, "qualifier": m.qualifier,
            "date_start": m.date.start.isoformat() if m.date else "", "date_end": m.date.end.isoformat() if m.date
            else "", "granularity": m.date.granularity if m.date else "", "relative": bool(m.date and m.date.relative),
            "unresolved": m.unresolved, "measure": claim.measure.lstrip("~"), "subjects": ";".join(claim.subjects),
            "time_scope": claim.time_scope, "hedged": claim.hedged, "forecast": claim.forecast, "role": m.role,
            "noun": m.noun, "fact": key, "fact_status": status, "doc_not_understood": not_understood.get(claim.doc, 0),
            "sentence": claim.sentence,
        })
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS)


def discrepancies_frame(run: RunResult) -> pd.DataFrame:
    import pandas as pd

    rows = []
    listed = shown(run)
    for finding, status, new in zip(listed, baseline_statuses(run, listed), new_flags(run, listed), strict=True):
        record = finding_record(finding)
        for claim in record["claims"]:
            rows.append({
                "fingerprint": finding.fingerprint, "rule": finding.rule, "severity": finding.severity.value,
                "kind": finding.kind, "fact": finding.fact_key, "side": claim["side"], "doc": claim["doc"],
                "source": claim["source"], "quote": claim["quote"], "value": claim["value"], "unit": claim["unit"],
                "low": claim["low"], "high": claim["high"], "normalized": claim["normalized"],
                "start": claim["start"], "end": claim["end"], "sentence": claim["sentence"],
                "message": finding.message, "status": status or "", "new": "" if new is None else new,
            })
    return pd.DataFrame(rows, columns=DISCREPANCY_COLUMNS)


def write_json(run: RunResult, out: Path) -> Path:
    path = out / "findings.json"
    path.write_text(json.dumps(findings_document(run), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def write_csv(run: RunResult, out: Path) -> list[Path]:
    claims_path, discrepancies_path = out / "claims.csv", out / "discrepancies.csv"
    claims_frame(run).to_csv(claims_path, index=False)
    discrepancies_frame(run).to_csv(discrepancies_path, index=False)
    return [discrepancies_path, claims_path]

"""Plain-data views of a run's records, shared by every renderer (JSON, CSV, HTML, ...).

The findings.json shape is a contract later tools read:
{"documents": [{"doc", "source", "published", "path"}],
 "findings": [{"kind", "rule", "severity", "message", "fingerprint", "fact", "claims": [claim...]}],
 "facts": [{"key", "status", "claims": [claim...]}]}
with claim = {"doc", "source", "quote", "sentence", "start", "end", "value", "unit", ...}.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from checker.model import Claim, Document, Extraction, Fact, Finding, Mention, Skipped


def _number(value: float | None) -> float | None:
    if value is None or (isinstance(value, float) and (math.isinf(value) or math.isnan(value))):
        return None
    return float(value)


def display_value(mention: Mention) -> str:
    """The normalized value as a person reads it: '240,000,000,000 USD', '2024-05-16', '[40, ∞) count'."""
    if mention.date is not None:
        d = mention.date
        return d.start.isoformat() if d.start == d.end else f"{d.start.isoformat()}…{d.end.isoformat()}"
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
        "kind": m.kind.value,
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
    return {"doc": document.doc, "source": document.source,
            "published": document.published.isoformat() if document.published else None,
            "path": document.path, "title": document.title, "url": document.url}


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
    by_value: dict[str, set[str]] = {}
    for c in fact.claims:
        by_value.setdefault(display_value(c.mention), set()).add(c.source)
    return {
        "key": fact.key,
        "status": fact.status,
        "kind": fact.kind.value,
        "dimension": fact.dimension,
        "why": fact.why,
        "sources": list(fact.sources),
        "support": {value: len(sources) for value, sources in sorted(by_value.items())},
        "claims": [claim_record(c) for c in fact.claims],
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
        rows.append({
            "doc": document.doc,
            "source": document.source,
            "mentions": len(extraction.mentions),
            "names": len(extraction.names),
            "not_understood": len(extraction.not_understood),
            "not_understood_examples": [text[max(0, s - 25):e + 25].replace("\n", " ")
                                        for s, e, _ in extraction.not_understood[:5]
                                        for text in [document.text]],
            "published": document.published.isoformat() if document.published else None,
            "unresolved_dates": sum(1 for m in extraction.mentions if m.unresolved),
        })
    return rows

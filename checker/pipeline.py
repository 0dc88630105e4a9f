"""The pure middle of a run: Documents → extractions → claims → facts → findings.

No file access here: ingest reads, report writes, the CLI wires them. The same function serves the CLI,
the rule-example tests and the benchmarks.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from checker.align import align
from checker.claims import build_claims
from checker.engine import Rule, run_rules
from checker.extract import extract
from checker.model import Claim, Document, Extraction, Fact, Finding


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything a run learned, in the order the stages produced it."""

    documents: tuple[Document, ...]
    extractions: tuple[Extraction, ...]
    claims: tuple[Claim, ...]
    facts: tuple[Fact, ...]
    findings: tuple[Finding, ...]
    timings: Mapping[str, float] = field(default_factory=dict)


def analyze_document(document: Document) -> tuple[Extraction, tuple[Claim, ...]]:
    """Extraction and claims of one document (the per-document half of the work, safe to run in a worker)."""
    extraction = extract(document)
    return extraction, build_claims(document, extraction)


def analyze(documents: Sequence[Document], rules: Sequence[Rule], *, extra: Mapping[str, Any] | None = None,
            progress: Callable[[str, int, int], None] | None = None) -> Analysis:
    """Run every stage on `documents` with `rules`."""
    import time

    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    extractions: list[Extraction] = []
    claims: list[Claim] = []
    for i, document in enumerate(documents, start=1):
        extraction, doc_claims = analyze_document(document)
        extractions.append(extraction)
        claims.extend(doc_claims)
        if progress is not None:
            progress("extract", i, len(documents))
    t1 = time.perf_counter()
    facts = align(claims)
    t2 = time.perf_counter()
    findings, facts = run_rules(rules, facts, claims, extra)
    t3 = time.perf_counter()
    timings.update(extract_and_claims=t1 - t0, align=t2 - t1, rules=t3 - t2)
    return Analysis(tuple(documents), tuple(extractions), tuple(claims), facts, findings, timings)

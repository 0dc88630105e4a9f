"""Score a run against a hand-labelled corpus (samples/<corpus>/gold.yaml, format in docs/gold-format.md).

A gold quote matches a claim when it is in the same document and their spans overlap. A planted conflict is
found when one conflict finding cites claims from two of its sides; a conflict finding that matches no planted
conflict is a false alarm; a trap is violated when its quote sits in a conflict finding (or, for names, when
any figure overlaps it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checker.model import Claim, Finding

CONFLICT_KINDS = frozenset({"conflict", "unit-anomaly"})


@dataclass(frozen=True, slots=True)
class GoldQuote:
    doc: str
    quote: str


@dataclass(slots=True)
class GoldReport:
    conflicts_found: list[str] = field(default_factory=list)
    conflicts_missed: list[str] = field(default_factory=list)
    false_conflicts: list[str] = field(default_factory=list)
    traps_violated: list[str] = field(default_factory=list)
    corroborated_ok: list[str] = field(default_factory=list)
    corroborated_split: list[str] = field(default_factory=list)
    arithmetic_found: list[str] = field(default_factory=list)
    arithmetic_missed: list[str] = field(default_factory=list)
    unsupported_found: list[str] = field(default_factory=list)
    unsupported_missed: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.conflicts_missed or self.false_conflicts or self.traps_violated or self.arithmetic_missed)

    def summary(self) -> str:
        return (
            f"conflicts {len(self.conflicts_found)}/{len(self.conflicts_found) + len(self.conflicts_missed)} "
            f"found, {len(self.false_conflicts)} false; traps violated {len(self.traps_violated)}; "
            f"corroborated {len(self.corroborated_ok)}/{len(self.corroborated_ok) + len(self.corroborated_split)}; "
            f"arithmetic {len(self.arithmetic_found)}/{len(self.arithmetic_found) + len(self.arithmetic_missed)}; "
            f"unsupported {len(self.unsupported_found)}/"
            f"{len(self.unsupported_found) + len(self.unsupported_missed)}"
        )


def load_gold(path: str | Path) -> dict[str, Any]:
    import yaml

    return yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}


def _spans(texts: dict[str, str], quote: GoldQuote) -> list[tuple[int, int]]:
    text = texts.get(quote.doc, "")
    spans, start = [], 0
    while True:
        i = text.find(quote.quote, start)
        if i < 0:
            return spans
        spans.append((i, i + len(quote.quote)))
        start = i + 1


def _matches(claim: Claim, quote: GoldQuote, texts: dict[str, str]) -> bool:
    if claim.doc != quote.doc:
        return False
    return any(claim.mention.start < e and s < claim.mention.end for s, e in _spans(texts, quote))


def _quotes(items: Iterable[dict[str, Any]]) -> list[GoldQuote]:
    return [GoldQuote(str(i["doc"]), str(i["quote"])) for i in items]


def evaluate(
    gold: dict[str, Any],
    texts: dict[str, str],
    findings: Iterable[Finding],
    facts: Iterable[Any] = (),
    claims: Iterable[Claim] = (),
) -> GoldReport:
    """Compare findings and facts of a run with the gold labels."""
    report = GoldReport()
    # only the findings about this corpus' documents (several corpora may have been checked in one run)
    findings = [f for f in findings if any(c.doc in texts for c in f.claims)]
    claims = [c for c in claims if c.doc in texts]
    conflicts = [f for f in findings if f.kind in CONFLICT_KINDS]
    matched_findings: set[str] = set()
    for entry in gold.get("conflicts") or []:
        sides = [_quotes(side) for side in entry["sides"]]
        hit = None
        for finding in conflicts:
            touched = {i for i, side in enumerate(sides) for q in side for c in finding.claims if _matches(c, q, texts)}
            if len(touched) >= 2:
                hit = finding
                matched_findings.add(finding.fingerprint)
        (report.conflicts_found if hit else report.conflicts_missed).append(entry["id"])
    for finding in conflicts:
        if finding.fingerprint not in matched_findings:
            report.false_conflicts.append(finding.message)
    for trap in gold.get("traps") or []:
        quote = GoldQuote(str(trap["doc"]), str(trap["quote"]))
        if trap.get("kind") == "name":
            bad = [c for c in claims if _matches(c, quote, texts)]
            if bad:
                report.traps_violated.append(f"name {quote.quote!r} in {quote.doc} read as {bad[0].mention.text!r}")
        else:
            for finding in conflicts:
                if any(_matches(c, quote, texts) for c in finding.claims):
                    report.traps_violated.append(f"{quote.quote!r} ({quote.doc}) in conflict: {finding.message}")
                    break
    fact_of: dict[tuple[str, int], str] = {}
    status: dict[str, str] = {}
    for fact in facts:
        status[fact.key] = fact.status
        for c in fact.claims:
            fact_of[(c.doc, c.mention.start)] = fact.key
    all_claims = list(claims)
    for entry in gold.get("corroborated") or []:
        keys = set()
        for q in _quotes(entry["claims"]):
            found = [c for c in all_claims if _matches(c, q, texts)]
            keys.add(fact_of.get((found[0].doc, found[0].mention.start)) if found else None)
        ok = len(keys) == 1 and None not in keys and status.get(next(iter(keys))) == "corroborated"
        (report.corroborated_ok if ok else report.corroborated_split).append(str(entry.get("id", entry)))
    arithmetic = [f for f in findings if f.kind == "arithmetic"]
    for entry in gold.get("arithmetic") or []:
        q = GoldQuote(str(entry["doc"]), str(entry["quote"]))
        hit = any(_matches(c, q, texts) for f in arithmetic for c in f.claims)
        (report.arithmetic_found if hit else report.arithmetic_missed).append(f"{q.doc}: {q.quote}")
    unsupported = [f for f in findings if f.kind == "unsupported"]
    for entry in gold.get("unsupported") or []:
        q = GoldQuote(str(entry["doc"]), str(entry["quote"]))
        hit = any(_matches(c, q, texts) for f in unsupported for c in f.claims)
        (report.unsupported_found if hit else report.unsupported_missed).append(f"{q.doc}: {q.quote}")
    return report

"""Does crosscheck flag a summary whose numbers or dates disagree with its source document? (SummEdits)

    .venv/bin/python benchmarks/summedits.py [--data DIR] [--json PATH] [--failures PATH] [--quiet]

Data: ../shared/eval/summedits_news (SummEdits news + earnings-call domains, Apache-2.0; read its README). The
texts are only read here, never copied into the repository; --failures writes quotes to the path you give
(use /tmp).

Each (document, summary) pair is checked as two articles: the document (source "Document") and the summary
(source "Summary"), both dated DEFAULT_PUBLISHED (SummEdits gives no dates, so relative dates resolve alike).

- recall: of the inconsistent summaries whose edit is numeric/temporal (derived flag `numeric_or_temporal`,
  328 records), the share with a conflict/unit-anomaly finding that cites a summary claim overlapping an edited
  span (the edit is re-derived with the README's recipe: difflib over whitespace words of the seed summary vs
  the edited one); also the share with any conflict finding.
- false alarms: of the 563 consistent summaries (25 + 22 seeds, 516 consistent edits), the share with any
  conflict finding; also on the 13 consistent edits that touch a number or date.
- misses are broken down by inspecting claims and facts: the edited figure is not extracted / extracted but not
  aligned with any of the document's figures / aligned but no conflict (intervals or dates overlap, hedged...).
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claim_diff import code_fingerprint, differences, machine

from checker.align import dimension_family
from checker.engine import load_rules
from checker.extract.lexicon import MONTHS, WEEKDAYS
from checker.model import Claim, Document, Fact
from checker.pipeline import Analysis, analyze

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "summedits_news"
DEFAULT_PUBLISHED = date(2023, 2, 15)  # SummEdits news is from February 2023; no record carries a date
CONFLICT_KINDS = frozenset({"conflict", "unit-anomaly"})
FILES = ("summedits_news", "summedits_ectsum")
DOMAIN = {"summedits_news": "news", "summedits_ectsum": "ectsum"}


@dataclass(slots=True)
class Result:
    file: str
    id: str
    group: str  # inconsistent-numeric | inconsistent-other | consistent-seed | consistent-edit | consistent-numeric
    any_conflict: bool = False
    edit_flagged: bool = False
    why: str = ""  # for missed inconsistent-numeric records
    why_detail: str = ""
    why_example: str = ""  # the token behind why_detail (only in --failures: it quotes the data)
    changes: list[list[str]] = field(default_factory=list)
    summary: str = ""
    findings: list[dict] = field(default_factory=list)
    edited_claims: list[dict] = field(default_factory=list)
    doc_claims_near: list[dict] = field(default_factory=list)


def word_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]


def edited_spans(original: str, edited: str) -> tuple[list[tuple[int, int]], list[list[str]]]:
    """Character spans in `edited` of the words the edit changed (README recipe: difflib over whitespace words),
    and the changes as [old words, new words]. A pure deletion marks the words on either side of the gap."""
    a, b = original.split(), edited.split()
    spans_b = word_spans(edited)
    out, changes = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        changes.append([" ".join(a[i1:i2]), " ".join(b[j1:j2])])
        if j2 > j1:
            out.append((spans_b[j1][0], spans_b[j2 - 1][1]))
        else:
            lo = spans_b[j1 - 1][0] if j1 > 0 else 0
            hi = spans_b[j1][1] if j1 < len(spans_b) else len(edited)
            out.append((lo, hi))
    return out, changes


def original_spans(original: str, edited: str) -> list[tuple[int, int]]:
    """Character spans in `original` of the words the edit replaced or removed."""
    a, b = original.split(), edited.split()
    spans_a = word_spans(original)
    out = []
    for op, i1, i2, _j1, _j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op != "equal" and i2 > i1:
            out.append((spans_a[i1][0], spans_a[i2 - 1][1]))
    return out


def _overlaps(claim: Claim, spans: list[tuple[int, int]]) -> bool:
    return claim.doc == "summary" and any(claim.mention.start < e and s < claim.mention.end for s, e in spans)


def _claim(c: Claim) -> dict:
    m = c.mention
    iv = m.base_interval or m.interval
    return {
        "source": c.source,
        "text": m.text,
        "kind": m.kind.value,
        "interval": None if iv is None else [iv.low, iv.high],
        "unit": m.unit,
        "dimension": dimension_family(c),
        "date": None if m.date is None else f"{m.date.start}/{m.date.end} ({m.date.granularity})",
        "measure": c.measure,
        "subjects": list(c.subjects),
        "places": list(c.places),
        "time_scope": c.time_scope,
        "hedged": c.hedged,
        "sentence": c.sentence.strip(),
    }


def documents(record: dict) -> list[Document]:
    return [
        Document(
            doc="document",
            source="Document",
            text=record["doc"],
            path=f"{record['id']}/document",
            published=DEFAULT_PUBLISHED,
        ),
        Document(
            doc="summary",
            source="Summary",
            text=record["summary"],
            path=f"{record['id']}/summary",
            published=DEFAULT_PUBLISHED,
        ),
    ]


def _same_value(a: Claim, b: Claim) -> bool:
    if a.mention.date is not None and b.mention.date is not None:
        return a.mention.date.overlaps(b.mention.date)
    ia, ib = a.mention.base_interval, b.mention.base_interval
    return ia is not None and ib is not None and dimension_family(a) == dimension_family(b) and ia.overlaps(ib)


def _pad(rules, kind: str, claims: list[Claim]) -> float:
    for rule in rules:
        if rule.enabled and rule.check == "interval_conflict" and (not rule.applies_to or kind in rule.applies_to):
            params = dict(rule.params)
            return float(params.get("tolerance", 0.0)) + (
                float(params.get("conversion_tolerance", 0.0)) / 2 if len({c.mention.unit for c in claims}) > 1 else 0.0
            )
    return 0.0


_NUMBER_WORDS = frozenset(
    [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "thousand",
        "million",
        "billion",
        "trillion",
        "dozen",
        "half",
        "twice",
        "double",
        "triple",
        "quadruple",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "quarter",
        "percent",
    ]
)
_MONTHS = frozenset(MONTHS) - {"Might"}  # month names and abbreviations, without the spun "Might"
_WEEKDAYS = frozenset(WEEKDAYS)


def numeric_tokens(words: str) -> list[str]:
    """The README's reasons, applied to one side of a change: digits, number words, months, weekdays."""
    out = []
    for tok in re.findall(r"\d+(?:[.,:/]\d+)*|[A-Za-z]+", words):
        if any(ch.isdigit() for ch in tok) or tok.lower() in _NUMBER_WORDS or tok in _MONTHS or tok in _WEEKDAYS:
            out.append(tok)
    return out


def explain_miss(
    result: Result,
    analysis: Analysis,
    spans: list[tuple[int, int]],
    rules,
    seed: Analysis,
    old_spans: list[tuple[int, int]],
) -> None:
    """Why the edited figure got no conflict: not extracted / not aligned / aligned but compatible."""
    edited = [c for c in analysis.claims if _overlaps(c, spans)]
    result.edited_claims = [_claim(c) for c in edited]
    if not edited:
        result.why = "edited figure not extracted"
        new_side = [tok for _, new in result.changes for tok in numeric_tokens(new)]
        old_side = [tok for old, _ in result.changes for tok in numeric_tokens(old)]
        extraction = next(x for x in analysis.extractions if x.doc == "summary")
        in_names = [name for s, e, name in extraction.names if any(s < b and a < e for a, b in spans)]
        if not new_side or set(new_side) <= set(old_side):
            result.why_detail = "the edit removed the figure (nothing left to compare)"
        elif in_names:
            result.why_detail = "the number is read as part of a name"
            result.why_example = in_names[0]
        else:
            result.why_detail = "a number word or token not read as a figure"
            result.why_example = ", ".join(new_side[:3])
        return
    index: dict[tuple[str, int], Fact] = {(c.doc, c.mention.start): f for f in analysis.facts for c in f.claims}
    facts = [index.get((c.doc, c.mention.start)) for c in edited]
    with_doc = [
        (c, f)
        for c, f in zip(edited, facts, strict=True)
        if f is not None and any(x.doc == "document" for x in f.claims)
    ]
    if not with_doc:
        result.why = "extracted but not aligned to the document's figure"
        # the document's statement of the figure before the edit: a document claim with the seed summary figure's
        # value (same kind), else any document claim of that kind
        seed_claims = [c for c in seed.claims if _overlaps(c, old_spans)]
        target = edited[0]
        same_kind = [c for c in analysis.claims if c.doc == "document" and c.mention.kind == target.mention.kind]
        stated = [c for c in same_kind if any(_same_value(c, s) for s in seed_claims)]
        result.doc_claims_near = [_claim(c) for c in (stated or same_kind)[:6]]
        if not target.measure:
            kind = "date" if target.mention.kind.value in ("date", "year", "time") else "number"
            result.why_detail = f"the summary claim has no measure (joins no fact), {kind}"
        elif not stated:
            result.why_detail = (
                "the document states the original figure in no form crosscheck reads alike"
                if seed_claims
                else "the original figure was not read in the seed summary"
            )
        else:
            best = min(stated, key=lambda c: len(differences(target, c)))
            diffs = differences(target, best)
            if index.get((best.doc, best.mention.start)) is None and not best.measure:
                result.why_detail = "the document's figure has no measure (joins no fact)"
            elif diffs:
                result.why_detail = diffs[0].split(":")[0]
                result.doc_claims_near = [_claim(best)]
            else:
                result.why_detail = "split by grouping (same fields)"
        return
    claim, fact = with_doc[0]
    docs = [c for c in fact.claims if c.doc == "document"]
    result.doc_claims_near = [_claim(c) for c in docs[:6]]
    kinds = set()
    for rule in rules:
        if rule.enabled and rule.check in ("interval_conflict", "date_conflict", "scale_anomaly"):
            kinds |= set(rule.applies_to) or {"*"}
    result.why = "aligned but no conflict"
    if "*" not in kinds and fact.kind.value not in kinds:
        result.why_detail = f"no conflict rule for kind {fact.kind.value}"
    elif claim.hedged:
        result.why_detail = "summary claim hedged (never compared)"
    elif all(c.hedged for c in docs):
        result.why_detail = "document claims hedged (never compared)"
    elif claim.mention.date is not None:
        result.why_detail = (
            "date spans overlap"
            if any(c.mention.date and c.mention.date.overlaps(claim.mention.date) for c in docs)
            else "dates differ but no finding"
        )
    elif claim.mention.base_interval is not None:
        ti = claim.mention.base_interval
        pad = _pad(rules, fact.kind.value, [claim, *docs])
        live = [c for c in docs if not c.hedged and c.mention.base_interval is not None]
        if any(c.mention.base_interval.overlaps(ti) for c in live):
            result.why_detail = "intervals overlap"
        elif any(c.mention.base_interval.widened(pad).overlaps(ti.widened(pad)) for c in live):
            result.why_detail = "intervals overlap after the rule's tolerance pad"
        else:
            result.why_detail = "values disjoint but no finding"
    else:
        result.why_detail = "no comparable value"
    result.why = (
        "aligned but intervals overlap"
        if result.why_detail.startswith("intervals overlap")
        else ("aligned but no conflict: " + result.why_detail)
    )


def load(data: Path) -> tuple[dict[str, list[dict]], dict[tuple[str, str], dict]]:
    records = {f: json.loads((data / f"{f}.json").read_text(encoding="utf-8")) for f in FILES}
    derived: dict[tuple[str, str], dict] = {}
    for name in ("inconsistent_edits.json", "consistent_edits.json"):
        for row in json.loads((data / name).read_text(encoding="utf-8")):
            derived[(row["file"], row["id"])] = row
    return records, derived


def run(data: Path, quiet: bool = False) -> dict:
    rules = load_rules()
    records, derived = load(data)
    t0 = time.perf_counter()
    results: list[Result] = []
    diff_mismatch = 0
    seed_cache: dict[tuple[str, str], Analysis] = {}
    for file in FILES:
        for n, record in enumerate(records[file], start=1):
            rid = record["id"]
            row = derived.get((file, rid))
            if rid.endswith("_og"):
                group = "consistent-seed"
            elif record["label"] == 1:
                group = "consistent-numeric" if row and row["numeric_or_temporal"] else "consistent-edit"
            else:
                group = "inconsistent-numeric" if row and row["numeric_or_temporal"] else "inconsistent-other"
            analysis = analyze(documents(record), rules)
            conflicts = [f for f in analysis.findings if f.kind in CONFLICT_KINDS]
            result = Result(file, rid, group, any_conflict=bool(conflicts))
            spans, changes = edited_spans(record["original_summary"], record["summary"])
            if row is not None and [list(c) for c in row["changes"]] != changes:
                diff_mismatch += 1
            result.changes = changes
            result.edit_flagged = any(_overlaps(c, spans) for f in conflicts for c in f.claims)
            if group == "inconsistent-numeric" and not result.edit_flagged:
                key = (file, rid.rsplit("_", 1)[0])
                if key not in seed_cache:
                    seed = dict(record, summary=record["original_summary"])
                    seed_cache[key] = analyze(documents(seed), rules)
                old = original_spans(record["original_summary"], record["summary"])
                explain_miss(result, analysis, spans, rules, seed_cache[key], old)
                result.summary = record["summary"]
            if (conflicts and group.startswith("consistent")) or (
                group == "inconsistent-numeric" and not result.edit_flagged and conflicts
            ):
                result.summary = record["summary"]
                result.findings = [
                    {"rule": f.rule, "message": f.message, "sides": [[_claim(c) for c in side] for side in f.sides]}
                    for f in conflicts
                ]
            results.append(result)
            if not quiet and n % 200 == 0:
                print(f"  {file}: {n}/{len(records[file])} ({time.perf_counter() - t0:.0f}s)", file=sys.stderr)
    return {"results": results, "seconds": time.perf_counter() - t0, "diff_mismatch": diff_mismatch}


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({a / b:.1%})" if b else "–"


def summarize(results: list[Result]) -> dict:
    table = []

    def rows(group_filter, label: str, measure: str) -> None:
        for domain in ("news", "ectsum", "all"):
            rs = [r for r in results if group_filter(r.group) and (domain == "all" or DOMAIN[r.file] == domain)]
            table.append(
                {
                    "set": label,
                    "domain": domain,
                    "records": len(rs),
                    "edit_flagged": sum(r.edit_flagged for r in rs) if measure == "recall" else None,
                    "any_conflict": sum(r.any_conflict for r in rs),
                }
            )

    rows(lambda g: g == "inconsistent-numeric", "inconsistent, numeric/temporal edit", "recall")
    rows(lambda g: g.startswith("consistent"), "consistent (seeds + consistent edits)", "fa")
    rows(lambda g: g == "consistent-numeric", "consistent edits touching a number/date", "fa")
    rows(lambda g: g == "inconsistent-other", "inconsistent, other edits (out of scope)", "fa")
    misses = [r for r in results if r.group == "inconsistent-numeric" and not r.edit_flagged]
    why = Counter(r.why for r in misses)
    detail = Counter(
        f"{r.why} — {r.why_detail}" if r.why_detail and r.why_detail not in r.why else r.why for r in misses
    )
    by_domain = {d: Counter(r.why for r in misses if DOMAIN[r.file] == d) for d in ("news", "ectsum")}
    # false alarms on consistent summaries: which findings, by shape and by crosscheck's measure
    alarms = Counter()
    documents_with_alarms: Counter[str] = Counter()
    for r in results:
        if not (r.group.startswith("consistent") and r.any_conflict):
            continue
        documents_with_alarms[f"{r.file}:{r.id.rsplit('_', 1)[0]}"] += 1
        kinds = set()
        for f in r.findings:
            doc_sides = sum(1 for side in f["sides"] if any(c["source"] == "Document" for c in side))
            shape = (
                "the document disagrees with itself; the summary repeats one side"
                if doc_sides >= 2
                else "summary vs document"
            )
            measures = Counter(c["measure"] or "∅" for side in f["sides"] for c in side)
            kinds.add(f"{f['rule']} {shape}, measure {measures.most_common(1)[0][0]!r}")
        for k in sorted(kinds):  # (a set's order changes with the hash seed: ties in the table would move)
            alarms[k] += 1
    return {
        "table": table,
        "why": why,
        "why_detail": detail,
        "why_by_domain": by_domain,
        "misses": len(misses),
        "alarms": alarms,
        "documents_with_alarms": documents_with_alarms,
    }


def tables_markdown(summary: dict) -> str:
    lines = [
        "| set | domain | records | conflict on the edited figure | any conflict finding |",
        "|---|---|---:|---:|---:|",
    ]
    for r in summary["table"]:
        edit = _pct(r["edit_flagged"], r["records"]) if r["edit_flagged"] is not None else "–"
        bold = "**" if r["domain"] == "all" else ""
        lines.append(
            f"| {r['set']} | {r['domain']} | {r['records']} | {bold}{edit}{bold} | "
            f"{bold}{_pct(r['any_conflict'], r['records'])}{bold} |"
        )
    lines += [
        "",
        f"Misses on the numeric/temporal inconsistent summaries ({summary['misses']}), by why:",
        "",
        "| why | news | ectsum | all |",
        "|---|---:|---:|---:|",
    ]
    for why, n in summary["why"].most_common():
        lines.append(
            f"| {why} | {summary['why_by_domain']['news'][why]} | {summary['why_by_domain']['ectsum'][why]} | {n} |"
        )
    lines += ["", "| why, in detail | records |", "|---|---:|"]
    for why, n in summary["why_detail"].most_common():
        lines.append(f"| {why} | {n} |")
    docs = summary["documents_with_alarms"]
    lines += [
        "",
        f"False alarms on the consistent summaries, by finding (a record can have several; the "
        f"{sum(docs.values())} records come from {len(docs)} source documents, "
        f"{sum(n for _, n in docs.most_common(5))} of them from the 5 worst):",
        "",
        "| finding | records |",
        "|---|---:|",
    ]
    for kind, n in summary["alarms"].most_common():
        lines.append(f"| {kind} | {n} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--json", metavar="PATH", help="write the figures as JSON")
    parser.add_argument(
        "--failures",
        metavar="PATH",
        help="write missed edits and false alarms (with SummEdits text: keep it out of the repo)",
    )
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    code_before = code_fingerprint()
    out = run(args.data, args.quiet)
    code_after = code_fingerprint()
    summary = summarize(out["results"])
    print(tables_markdown(summary))
    print(
        f"\n{len(out['results'])} records in {out['seconds']:.0f}s; re-derived edits differing from the "
        f"derived `changes`: {out['diff_mismatch']}; checker/ + rules/ fingerprint {code_before}"
        + ("" if code_after == code_before else f" → {code_after}: WARNING, the code changed during the run")
    )
    if args.json:
        figures = {
            "benchmark": "summedits",
            "machine": machine(),
            "code_fingerprint": code_before if code_after == code_before else f"{code_before}→{code_after} (changed)",
            "seconds": round(out["seconds"], 1),
            "published": DEFAULT_PUBLISHED.isoformat(),
            "table": summary["table"],
            "misses_by_why": summary["why"].most_common(),
            "misses_by_why_detail": summary["why_detail"].most_common(),
            "misses_by_domain": {d: c.most_common() for d, c in summary["why_by_domain"].items()},
            "false_alarms_by_finding": summary["alarms"].most_common(),
            "diff_mismatch": out["diff_mismatch"],
        }
        Path(args.json).write_text(json.dumps(figures, indent=1), encoding="utf-8")
    if args.failures:
        rs = out["results"]
        failures = {
            "missed": [vars_(r) for r in rs if r.group == "inconsistent-numeric" and not r.edit_flagged],
            "false_alarms": [vars_(r) for r in rs if r.group.startswith("consistent") and r.any_conflict],
        }
        Path(args.failures).write_text(json.dumps(failures, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


def vars_(r: Result) -> dict:
    return {k: getattr(r, k) for k in r.__slots__}


if __name__ == "__main__":
    raise SystemExit(main())

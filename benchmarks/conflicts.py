"""How well crosscheck finds controlled conflicts, and how rarely it raises false alarms.

    .venv/bin/python benchmarks/conflicts.py [--seed N] [--json PATH] [--failures PATH] [--quiet]

Base corpora are consistent: the two sample corpora with their planted conflicts removed
(benchmarks/consistent_corpora.py) and five synthetic multi-outlet stories
(benchmarks/data/synthetic_stories.yaml). Each trial makes ONE perturbation to a figure that at least one other
outlet also states, runs the whole pipeline on the perturbed corpus, and asks:

- recall: is there a conflict or unit-anomaly finding whose claims include the perturbed mention?
  (strict: the same finding also cites the other outlets' statement of that fact)
- false alarms: conflict/unit-anomaly findings that do not involve the perturbed mention, per 100 untouched facts
  (facts of the run with two or more sources that do not contain the perturbed mention).

The paraphrase rows are a negative control: the value is unchanged, so any finding on it is a false alarm.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claim_diff import code_fingerprint, differences, machine
from consistent_corpora import BenchCorpus, Slot, sample_corpus, synthetic_corpora, with_text
from perturbations import (
    change_count,
    change_value,
    is_exact,
    paraphrase_figure,
    shift_date,
    swap_scale,
    swap_unit,
)

from checker.align import dimension_family
from checker.engine import load_rules
from checker.model import Claim, Document, Fact, Finding
from checker.pipeline import Analysis, analyze

CONFLICT_KINDS = frozenset({"conflict", "unit-anomaly"})
VALUE_KINDS = ("money", "percent", "quantity", "count", "rate")
DATE_KINDS = ("date", "weekday", "relative-date", "year")

# (name, family, parameter)
PERTURBATIONS: list[tuple[str, str, float]] = [
    ("value ±5%", "value", 0.05),
    ("value ±10%", "value", 0.10),
    ("value ±25%", "value", 0.25),
    ("value ±50%", "value", 0.50),
    ("value +100%", "value", 1.0),
    ("value +500%", "value", 5.0),
    ("scale word million↔billion", "scale", 0),
    ("unit swapped, number kept", "unit", 0),
    ("date ±1 day", "date", 0),
    ("date ±1 month", "date", 1),
    ("date ±1 year", "date", 2),
    ("count ±1", "count", 0),
    ("paraphrase (control)", "paraphrase", 0),
]
CONTROL = "paraphrase (control)"


# ---------------------------------------------------------------- one perturbation


@dataclass(slots=True)
class Perturbed:
    documents: list[Document]
    doc: str
    start: int  # span of the perturbed figure in the perturbed document
    end: int
    old_text: str
    new_text: str
    change: float | None = None
    old_sentence: str = ""
    new_sentence: str = ""
    slots: list[Slot] = field(default_factory=list)  # the perturbed document's slots, at their new offsets


def _shifted(corpus: BenchCorpus, slot: Slot, new: str) -> list[Slot]:
    delta = len(new) - len(slot.text)
    out = []
    for s in corpus.slots:
        if s.doc != slot.doc:
            continue
        if s is slot:
            out.append(replace(s, end=s.start + len(new), text=new))
        elif s.start >= slot.end:
            out.append(replace(s, start=s.start + delta, end=s.end + delta))
        else:
            out.append(s)
    return out


def _sentence_at(text: str, start: int, end: int) -> str:
    """The sentence around [start, end) (a simple cut at '. ' and newlines; for people reading the failures)."""
    stops = [i + 2 for i in (text.rfind(". ", 0, start),) if i >= 0] + [
        i + 1 for i in (text.rfind("\n", 0, start),) if i >= 0
    ]
    lo = max(stops, default=0)
    ends = [i + 1 for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    hi = min(ends, default=len(text))
    return text[lo:hi].strip()


def perturb(corpus: BenchCorpus, slot: Slot, family: str, param: float, rng: random.Random) -> Perturbed | None:
    document = corpus.doc(slot.doc)
    text = document.text
    before = text[: slot.start]
    new: str | None = None
    change: float | None = None
    if family == "paraphrase" and corpus.paraphrase is not None:
        result = corpus.paraphrase(slot)
        if result is None:
            return None
        new_doc, new_slot, new_slots = result
        docs = [new_doc if d.doc == slot.doc else d for d in corpus.documents]
        return Perturbed(
            docs,
            slot.doc,
            new_slot.start,
            new_slot.end,
            slot.text,
            new_slot.text,
            None,
            _sentence_at(text, slot.start, slot.end),
            _sentence_at(new_doc.text, new_slot.start, new_slot.end),
            new_slots,
        )
    signs = [1, -1] if rng.random() < 0.5 else [-1, 1]
    if family == "value":
        if slot.kind not in VALUE_KINDS:
            return None
        options = [param] if param >= 1.0 else [s * param for s in signs]
        for relative in options:
            result = change_value(slot.text, slot.kind, relative)
            if result is not None:
                new, change = result
                break
    elif family == "scale":
        new = swap_scale(slot.text)
    elif family == "unit":
        new = swap_unit(slot.text)
    elif family == "date":
        if slot.kind not in DATE_KINDS or document.published is None:
            return None
        unit = ("day", "month", "year")[int(param)]
        for sign in signs:
            new = shift_date(slot.text, slot.truth, document.published, unit, sign, before=before)
            if new is not None:
                change = float(sign)
                break
    elif family == "count":
        for sign in signs:
            new = change_count(slot.text, slot.kind, sign)
            if new is not None:
                change = float(sign)
                break
    elif family == "paraphrase":
        if document.published is None:
            return None
        new = paraphrase_figure(slot.text, slot.kind, slot.truth, document.published, before=before)
    if new is None or new == slot.text:
        return None
    new_text = text[: slot.start] + new + text[slot.end :]
    docs = [with_text(d, new_text) if d.doc == slot.doc else d for d in corpus.documents]
    return Perturbed(
        docs,
        slot.doc,
        slot.start,
        slot.start + len(new),
        slot.text,
        new,
        change,
        _sentence_at(text, slot.start, slot.end),
        _sentence_at(new_text, slot.start, slot.start + len(new)),
        _shifted(corpus, slot, new),
    )


# ---------------------------------------------------------------- scoring one run


def _overlaps(claim: Claim, doc: str, start: int, end: int) -> bool:
    return claim.doc == doc and claim.mention.start < end and start < claim.mention.end


def claim_info(claim: Claim | None) -> dict | None:
    if claim is None:
        return None
    m = claim.mention
    interval = m.base_interval or m.interval
    return {
        "doc": claim.doc,
        "source": claim.source,
        "text": m.text,
        "kind": m.kind.value,
        "interval": None if interval is None else [interval.low, interval.high],
        "unit": m.unit,
        "dimension": dimension_family(claim),
        "date": None if m.date is None else f"{m.date.start}/{m.date.end} ({m.date.granularity})",
        "measure": claim.measure,
        "subjects": list(claim.subjects),
        "places": list(claim.places),
        "time_scope": claim.time_scope,
        "role": m.role,
        "part": claim.part,
        "hedged": claim.hedged,
        "forecast": claim.forecast,
        "sentence": claim.sentence.strip(),
    }


def finding_info(finding: Finding) -> dict:
    return {
        "rule": finding.rule,
        "kind": finding.kind,
        "fact_key": finding.fact_key,
        "message": finding.message,
        "sides": [[claim_info(c) for c in side] for side in finding.sides],
    }


@dataclass(slots=True)
class Trial:
    corpus: str
    fact: str
    doc: str
    source: str
    perturbation: str
    old_text: str
    new_text: str
    change: float | None
    old_sentence: str
    new_sentence: str
    exact_counterpart: bool
    preflagged: bool = False  # the figure already sits in a conflict finding of the unperturbed corpus
    flagged: bool = False
    strict: bool = False
    false_alarms: list[dict] = field(default_factory=list)
    untouched_facts: int = 0
    cause: str = ""
    cause_class: str = ""  # the cause without the specifics, for ranking
    detail: str = ""
    diagnosis: dict = field(default_factory=dict)


def _fact_index(analysis: Analysis) -> dict[tuple[str, int], Fact]:
    return {(c.doc, c.mention.start): f for f in analysis.facts for c in f.claims}


def _best_claim(analysis: Analysis, doc: str, start: int, end: int) -> Claim | None:
    found = [c for c in analysis.claims if _overlaps(c, doc, start, end)]
    if not found:
        return None
    return max(found, key=lambda c: min(end, c.mention.end) - max(start, c.mention.start))


def _rule_kinds(rules) -> set[str]:
    kinds: set[str] = set()
    for rule in rules:
        if rule.enabled and rule.check in ("interval_conflict", "date_conflict", "scale_anomaly"):
            kinds |= set(rule.applies_to) or {"*"}
    return kinds


def _cause_family(text: str) -> str:
    return text.split(":", 1)[0]


def cause_class(trial: Trial) -> str:
    """A miss's cause without its specifics ("not aligned: measure differs (a fallback '~word' measure)")."""
    cause = trial.cause
    if cause.startswith("not aligned: measure differs"):
        pair = cause.split(":", 2)[2]
        return (
            "not aligned: measure differs — a fallback '~word' measure (no concept trigger near the figure)"
            if "~" in pair or "'∅'" in pair
            else "not aligned: measure differs — two different concept measures"
        )
    if cause.startswith("not aligned: places differ"):
        return (
            "not aligned: places differ — one claim has a place, the other none"
            if "'∅'" in cause
            else "not aligned: places differ — different place strings"
        )
    if cause.startswith("not aligned: no measure"):
        kind = (trial.diagnosis.get("target") or {}).get("kind", "?")
        return (
            f"not aligned: no measure found, the claim joins no fact ({'date' if kind in ('date', 'year') else kind})"
        )
    if cause.startswith("not aligned: the other outlets"):
        kind = (trial.diagnosis.get("target") or {}).get("kind", "?")
        return f"{cause} ({'date' if kind in ('date', 'year') else kind})"
    if cause.startswith("not aligned:") or cause.startswith("aligned, no conflict: no conflict rule"):
        return ":".join(cause.split(":")[:2])
    return cause


def _pad(rules, kind: str, claims: list[Claim]) -> float:
    """The relative pad interval_conflict applies for `kind` (tolerance, plus half the conversion tolerance when
    the claims are written in different units)."""
    for rule in rules:
        if rule.enabled and rule.check == "interval_conflict" and (not rule.applies_to or kind in rule.applies_to):
            params = dict(rule.params)
            units = {c.mention.unit for c in claims}
            return float(params.get("tolerance", 0.0)) + (
                float(params.get("conversion_tolerance", 0.0)) / 2 if len(units) > 1 else 0.0
            )
    return 0.0


def diagnose(
    trial: Trial,
    pert: Perturbed,
    analysis: Analysis,
    base: Analysis,
    base_index: dict,
    slot: Slot,
    counterparts: list[Slot],
    rule_kinds: set[str],
    rules,
) -> None:
    """Why a perturbation was missed: not extracted / not aligned (and what differs) / aligned but no conflict."""
    index = _fact_index(analysis)
    target = _best_claim(analysis, pert.doc, pert.start, pert.end)
    base_target = _best_claim(base, slot.doc, slot.start, slot.end)
    cps = [c for s in counterparts for c in [_best_claim(analysis, s.doc, s.start, s.end)] if c is not None]
    d = {
        "target": claim_info(target),
        "base_target": claim_info(base_target),
        "counterparts": [claim_info(c) for c in cps],
        "target_fact": None,
        "counterpart_facts": sorted(
            {index[(c.doc, c.mention.start)].key for c in cps if (c.doc, c.mention.start) in index}
        ),
    }
    trial.diagnosis = d
    if target is None:
        trial.cause = "not extracted: the perturbed figure is not read as a figure"
        trial.detail = f"{pert.new_text!r} (original {pert.old_text!r} was " + (
            "read)" if base_target is not None else "not read either)"
        )
        if base_target is None:
            trial.cause = "not extracted: the figure is not read as a figure (before and after the change)"
        return
    fact = index.get((target.doc, target.mention.start))
    d["target_fact"] = None if fact is None else {"key": fact.key, "status": fact.status, "why": fact.why}
    if not cps:
        trial.cause = "counterparts not extracted: the other outlets' figures are not read"
        trial.detail = ", ".join(repr(s.text) for s in counterparts)
        return
    if fact is None:
        if not target.measure:
            trial.cause = "not aligned: no measure found for the claim (it joins no fact)"
        elif target.mention.date is None and target.mention.kind.value in ("date", "year"):
            trial.cause = "not aligned: date not resolved"
        else:
            trial.cause = "not aligned: claim joins no fact"
        trial.detail = f"{target.mention.text!r} in “{target.sentence.strip()[:160]}”"
        return
    in_fact = [c for c in cps if (c.doc, c.mention.start) in index and index[(c.doc, c.mention.start)] is fact]
    if not in_fact and not any((c.doc, c.mention.start) in index for c in cps):
        trial.cause = "not aligned: the other outlets' claims join no fact (no measure found for them)"
        trial.detail = "; ".join(f"{c.mention.text!r} ({c.source}) in “{c.sentence.strip()[:120]}”" for c in cps[:2])
        return
    if not in_fact:
        # the counterpart most like the target: fewest differences
        best = min(cps, key=lambda c: len(differences(target, c)))
        diffs = differences(target, best) or ["grouping (same block, split by place/subject/noun grouping)"]
        base_aligned = False
        if base_target is not None:
            base_fact = base_index.get((base_target.doc, base_target.mention.start))
            base_aligned = (
                base_fact is not None
                and len({c.source for c in base_fact.claims}) > 1
                and any(base_index.get((c.doc, c.mention.start)) is base_fact for c in cps)
            )
        trial.cause = "not aligned: " + diffs[0]
        trial.detail = (
            f"{target.mention.text!r} [{target.measure}|{','.join(target.subjects)}|"
            f"{','.join(target.places)}|{target.time_scope}] vs {best.mention.text!r} ({best.source}) "
            f"[{best.measure}|{','.join(best.subjects)}|{','.join(best.places)}|{best.time_scope}]"
            + ("; aligned before the change" if base_aligned else "")
        )
        d["differences"] = diffs
        d["aligned_before_change"] = base_aligned
        return
    kind = fact.kind.value
    if "*" not in rule_kinds and kind not in rule_kinds:
        trial.cause = f"aligned, no conflict: no conflict rule applies to kind {kind!r}"
        trial.detail = fact.key
        return
    if target.hedged:
        trial.cause = "aligned, no conflict: the perturbed claim is hedged (hedged claims are never compared)"
        trial.detail = f"“{target.sentence.strip()[:160]}”"
        return
    live = [c for c in in_fact if not c.hedged and c.source != target.source]
    if not live:
        trial.cause = "aligned, no conflict: the other outlets' claims are hedged"
        trial.detail = "; ".join(f"“{c.sentence.strip()[:100]}”" for c in in_fact[:2])
        return
    if target.mention.date is not None:
        spans = [c.mention.date for c in live if c.mention.date is not None]
        if any(target.mention.date.overlaps(s) for s in spans):
            trial.cause = "aligned, no conflict: date spans overlap"
            trial.detail = (
                f"{target.mention.text!r} → {target.mention.date.start}..{target.mention.date.end} vs "
                + ", ".join(
                    f"{c.mention.text!r} → {c.mention.date.start}..{c.mention.date.end}"
                    for c in live
                    if c.mention.date is not None
                )
            )
            return
    ti = target.mention.base_interval
    if ti is not None:
        overlapping = [c for c in live if c.mention.base_interval is not None and c.mention.base_interval.overlaps(ti)]
        pad = _pad(rules, kind, [target, *live])
        padded = [
            c
            for c in live
            if c.mention.base_interval is not None
            and c not in overlapping
            and c.mention.base_interval.widened(pad).overlaps(ti.widened(pad))
        ]
        if not overlapping and padded:
            trial.cause = (
                f"aligned, no conflict: intervals overlap only after the rule's relative pad ({pad:.0%} of "
                "the value in base units)"
            )
            if target.mention.dimension == "temperature" or "temperature" in dimension_family(target):
                trial.cause += " — temperatures are padded in kelvin"
            trial.detail = f"{target.mention.text!r} [{ti.low:g}, {ti.high:g}] vs " + ", ".join(
                f"{c.mention.text!r} [{c.mention.base_interval.low:g}, {c.mention.base_interval.high:g}]"
                for c in padded[:3]
            )
            return
        if overlapping:
            loose = [c for c in overlapping if c.mention.qualifier]
            trial.cause = (
                "aligned, no conflict: intervals overlap (a counterpart's qualifier makes it loose)"
                if loose
                else "aligned, no conflict: intervals overlap (rounding/tolerance)"
            )
            trial.detail = f"{target.mention.text!r} [{ti.low:g}, {ti.high:g}] vs " + ", ".join(
                f"{c.mention.text!r} [{c.mention.base_interval.low:g}, {c.mention.base_interval.high:g}]"
                for c in overlapping[:3]
            )
            return
        ratios = [c.mention.base_interval.mid / ti.mid for c in live if c.mention.base_interval is not None and ti.mid]
        if any(r and abs(round(__import__("math").log10(abs(r)) / 3)) >= 1 for r in ratios if r > 0):
            trial.cause = f"aligned, no conflict: factor-of-1000 difference not reported for kind {kind!r}"
            trial.detail = fact.key
            return
    trial.cause = "aligned, no conflict: values disjoint but not reported (clustering)"
    trial.detail = fact.key


def classify_false_alarm(finding: Finding, slots_by_doc: dict[str, list[Slot]]) -> str:
    """Which ground-truth facts a false alarm's claims belong to: different facts merged, or one fact read twice."""
    facts = set()
    unknown = 0
    for claim in finding.claims:
        start, end = claim.mention.start, claim.mention.end
        hit = [s.fact for s in slots_by_doc.get(claim.doc, []) if s.start < end and start < s.end]
        if hit:
            facts.add(hit[0])
        else:
            unknown += 1
    if len(facts) > 1:
        return "different facts merged: " + " + ".join(sorted(f.split("/", 1)[1] for f in facts))
    if len(facts) == 1 and unknown:
        return f"a gold fact merged with other figures: {next(iter(facts)).split('/', 1)[1]} + {unknown} other"
    if len(facts) == 1:
        return f"one gold fact split by value misreading: {next(iter(facts)).split('/', 1)[1]}"
    return "figures outside the gold facts"


def _signature(claim: Claim) -> tuple[str, str, str]:
    return claim.doc, claim.mention.text, claim.sentence.strip()


# ---------------------------------------------------------------- the benchmark


def run(seed: int, quiet: bool = False) -> dict:
    rules = load_rules()
    rule_kinds = _rule_kinds(rules)
    t0 = time.perf_counter()
    corpora = [sample_corpus("summit"), sample_corpus("storm"), *synthetic_corpora()]
    trials: list[Trial] = []
    base_rows = []
    false_alarm_causes: Counter[str] = Counter()
    fa_examples: dict[str, dict] = {}
    for corpus in corpora:
        base = analyze(corpus.documents, rules)
        base_index = _fact_index(base)
        slots_by_doc: dict[str, list[Slot]] = defaultdict(list)
        for s in corpus.slots:
            slots_by_doc[s.doc].append(s)
        base_fas = [f for f in base.findings if f.kind in CONFLICT_KINDS]
        base_fa_claims = {_signature(c) for f in base_fas for c in f.claims}
        base_rows.append(
            {
                "corpus": corpus.name,
                "documents": len(corpus.documents),
                "facts_2plus_sources": sum(len(f.sources) > 1 for f in base.facts),
                "false_alarms": len(base_fas),
                "messages": [f.message for f in base_fas],
                "fixes": corpus.fixes,
                "gold_facts": len(corpus.facts()),
                "gold_facts_aligned": _aligned_gold_facts(corpus, base),
            }
        )
        facts = corpus.facts()
        for slot in corpus.slots:
            if not slot.target:
                continue
            counterparts = [s for s in facts[slot.fact] if s.source != slot.source]
            if not counterparts:
                continue
            exact = any(is_exact(s.text) for s in counterparts)
            for name, family, param in PERTURBATIONS:
                key = f"{seed}:{corpus.name}:{slot.doc}:{slot.start}:{name}"
                pert = perturb(corpus, slot, family, param, random.Random(key))
                if pert is None:
                    continue
                analysis = analyze(pert.documents, rules)
                trial = Trial(
                    corpus.name,
                    slot.fact,
                    slot.doc,
                    slot.source,
                    name,
                    pert.old_text,
                    pert.new_text,
                    pert.change,
                    pert.old_sentence,
                    pert.new_sentence,
                    exact,
                    preflagged=any(_overlaps(c, slot.doc, slot.start, slot.end) for f in base_fas for c in f.claims),
                )
                involved = [
                    f
                    for f in analysis.findings
                    if f.kind in CONFLICT_KINDS and any(_overlaps(c, pert.doc, pert.start, pert.end) for c in f.claims)
                ]
                trial.flagged = bool(involved)
                trial.strict = any(
                    any(_overlaps(c, s.doc, s.start, s.end) for s in counterparts for c in f.claims) for f in involved
                )
                others = [f for f in analysis.findings if f.kind in CONFLICT_KINDS and f not in involved]
                touched = {
                    f.key for f in analysis.facts if any(_overlaps(c, pert.doc, pert.start, pert.end) for c in f.claims)
                }
                trial.untouched_facts = sum(1 for f in analysis.facts if len(f.sources) > 1 and f.key not in touched)
                trial_slots = {**slots_by_doc, pert.doc: pert.slots}
                for f in others + (involved if name == CONTROL else []):
                    info = finding_info(f)
                    info["cause"] = ("paraphrase flagged: " if f in involved else "") + classify_false_alarm(
                        f, trial_slots
                    )
                    info["pre_existing"] = any(_signature(c) in base_fa_claims for c in f.claims)
                    trial.false_alarms.append(info)
                if name != CONTROL and not trial.flagged:
                    diagnose(trial, pert, analysis, base, base_index, slot, counterparts, rule_kinds, rules)
                    trial.cause_class = cause_class(trial)
                for info in trial.false_alarms:
                    false_alarm_causes[info["cause"]] += 1
                    fa_examples.setdefault(info["cause"], info)
                trials.append(trial)
        if not quiet:
            n = sum(1 for t in trials if t.corpus == corpus.name)
            print(f"  {corpus.name}: {n} trials ({time.perf_counter() - t0:.0f}s)", file=sys.stderr)
    return {
        "trials": trials,
        "base": base_rows,
        "seconds": time.perf_counter() - t0,
        "false_alarm_causes": false_alarm_causes,
        "fa_examples": fa_examples,
    }


def _aligned_gold_facts(corpus: BenchCorpus, analysis: Analysis) -> int:
    """Gold facts (stated by 2+ outlets) whose claims crosscheck puts into one fact with 2+ sources."""
    index = _fact_index(analysis)
    n = 0
    for slots in corpus.facts().values():
        if len({s.source for s in slots}) < 2:
            continue
        keys = []
        for s in slots:
            c = _best_claim(analysis, s.doc, s.start, s.end)
            keys.append(
                index[(c.doc, c.mention.start)].key if c is not None and (c.doc, c.mention.start) in index else None
            )
        if None not in keys and len(set(keys)) == 1:
            n += 1
    return n


# ---------------------------------------------------------------- tables


def _rate(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "–"


def summarize(result: dict) -> dict:
    excluded = [t for t in result["trials"] if t.preflagged]
    trials: list[Trial] = [t for t in result["trials"] if not t.preflagged]
    rows = []
    groups = [(name, [t for t in trials if t.perturbation == name]) for name, _, _ in PERTURBATIONS]
    real = [t for t in trials if t.perturbation != CONTROL]
    for name, ts in [*groups, ("all perturbations (control excluded)", real)]:
        if not ts:
            continue
        exact = [t for t in ts if t.exact_counterpart]
        fas = [f for t in ts for f in t.false_alarms if not f["cause"].startswith("paraphrase flagged")]
        fa, new_fa = len(fas), sum(1 for f in fas if not f["pre_existing"])
        untouched = sum(t.untouched_facts for t in ts)
        rows.append(
            {
                "perturbation": name,
                "trials": len(ts),
                "flagged": sum(t.flagged for t in ts),
                "strict": sum(t.strict for t in ts),
                "exact_trials": len(exact),
                "exact_flagged": sum(t.flagged for t in exact),
                "false_alarms": fa,
                "new_false_alarms": new_fa,
                "untouched_facts": untouched,
                "fa_per_100_facts": round(100 * fa / untouched, 2) if untouched else None,
                "new_fa_per_100_facts": round(100 * new_fa / untouched, 2) if untouched else None,
                "flagged_new_only": sum(
                    1
                    for t in ts
                    if t.flagged
                    and not any(
                        f["cause"].startswith("paraphrase flagged") and f["pre_existing"] for f in t.false_alarms
                    )
                ),
                "trials_with_fa": sum(
                    1 for t in ts if any(not f["cause"].startswith("paraphrase flagged") for f in t.false_alarms)
                ),
            }
        )
    by_corpus = []
    for corpus in dict.fromkeys(t.corpus for t in trials):
        ts = [t for t in real if t.corpus == corpus]
        ctrl = [t for t in trials if t.corpus == corpus and t.perturbation == CONTROL]
        fa = sum(len(t.false_alarms) for t in ts)
        untouched = sum(t.untouched_facts for t in ts)
        by_corpus.append(
            {
                "corpus": corpus,
                "trials": len(ts),
                "flagged": sum(t.flagged for t in ts),
                "strict": sum(t.strict for t in ts),
                "false_alarms": fa,
                "untouched_facts": untouched,
                "fa_per_100_facts": round(100 * fa / untouched, 2) if untouched else None,
                "control_trials": len(ctrl),
                "control_flagged": sum(t.flagged for t in ctrl),
            }
        )
    misses = Counter(t.cause for t in real if not t.flagged)
    miss_families = Counter(_cause_family(t.cause) for t in real if not t.flagged)
    # failure causes ranked by trials they cost: a miss costs its trial; a false alarm costs each trial it appears in
    cost: Counter[str] = Counter()
    examples: dict[str, list[dict]] = defaultdict(list)
    types: dict[str, Counter[str]] = defaultdict(Counter)
    for t in real:
        if not t.flagged:
            key = "miss — " + t.cause_class
            cost[key] += 1
            types[key][t.perturbation] += 1
            # one example per distinct specific cause, so the examples show the variety
            if len(examples[key]) < 6 and all(e["cause"] != t.cause for e in examples[key]):
                examples[key].append(_example(t))
    for t in trials:
        for cause in {f["cause"] for f in t.false_alarms}:
            key = "false alarm — " + cause
            cost[key] += 1
            types[key][t.perturbation] += 1
            if not examples[key]:
                f = next(f for f in t.false_alarms if f["cause"] == cause)
                examples[key].append(
                    {
                        "message": f["message"],
                        "fact_key": f["fact_key"],
                        "rule": f["rule"],
                        "pre_existing": f["pre_existing"],
                        "sides": [[_brief(c) for c in side] for side in f["sides"]],
                    }
                )
    return {
        "rows": rows,
        "by_corpus": by_corpus,
        "miss_causes": misses,
        "miss_families": miss_families,
        "cost": cost,
        "examples": examples,
        "types": types,
        "excluded": len(excluded),
        "excluded_by_corpus": Counter(t.corpus for t in excluded),
    }


def _brief(c: dict | None) -> dict | None:
    if c is None:
        return None
    return {
        k: c[k]
        for k in (
            "source",
            "text",
            "kind",
            "interval",
            "date",
            "measure",
            "subjects",
            "places",
            "time_scope",
            "hedged",
            "sentence",
        )
        if k in c
    }


def _example(t: Trial) -> dict:
    d = t.diagnosis
    return {
        "perturbation": t.perturbation,
        "corpus": t.corpus,
        "fact": t.fact,
        "change": f"{t.old_text!r} → {t.new_text!r}",
        "sentence": t.new_sentence,
        "cause": t.cause,
        "detail": t.detail,
        "target": _brief(d.get("target")),
        "target_fact": d.get("target_fact"),
        "counterparts": [_brief(c) for c in d.get("counterparts", [])[:2]],
        "counterpart_facts": d.get("counterpart_facts", []),
    }


def tables_markdown(summary: dict, result: dict) -> str:
    lines = [
        "| perturbation | trials | flagged | recall | strict recall | trials with an exact counterpart | "
        "recall there | false alarms (new) | untouched facts | false alarms / 100 facts (new only) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in summary["rows"]:
        label = r["perturbation"]
        recall = _rate(r["flagged"], r["trials"])
        if label == CONTROL:
            recall = (
                f"{_rate(r['flagged'], r['trials'])} (flag rate, want 0; "
                f"{r['flagged_new_only']} outside base false alarms)"
            )
        bold = "**" if label.startswith("all") else ""
        lines.append(
            f"| {bold}{label}{bold} | {r['trials']} | {r['flagged']} | {bold}{recall}{bold} | "
            f"{_rate(r['strict'], r['trials'])} | {r['exact_trials']} | "
            f"{_rate(r['exact_flagged'], r['exact_trials'])} | {r['false_alarms']} ({r['new_false_alarms']}) | "
            f"{r['untouched_facts']} | {bold}{r['fa_per_100_facts']}{bold} ({r['new_fa_per_100_facts']}) |"
        )
    lines += [
        "",
        "| corpus | base: facts with 2+ sources | base: gold facts aligned | base: false alarms | trials | "
        "recall | strict | false alarms / 100 facts | paraphrase flagged |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    base = {b["corpus"]: b for b in result["base"]}
    for r in summary["by_corpus"]:
        b = base[r["corpus"]]
        lines.append(
            f"| {r['corpus']} | {b['facts_2plus_sources']} | {b['gold_facts_aligned']}/"
            f"{sum(1 for _ in range(b['gold_facts']))} | {b['false_alarms']} | {r['trials']} | "
            f"{_rate(r['flagged'], r['trials'])} | {_rate(r['strict'], r['trials'])} | "
            f"{r['fa_per_100_facts']} | {r['control_flagged']}/{r['control_trials']} |"
        )
    if summary["excluded"]:
        lines += [
            "",
            f"Left out: {summary['excluded']} trials whose figure already sits in a false alarm of the "
            "unperturbed corpus ("
            + ", ".join(f"{c} {n}" for c, n in summary["excluded_by_corpus"].items())
            + "): a finding on them says nothing about the perturbation.",
        ]
    return "\n".join(lines)


def print_report(summary: dict, result: dict) -> None:
    print(tables_markdown(summary, result))
    print("\nMisses by cause family:")
    for cause, n in summary["miss_families"].most_common():
        print(f"  {n:5d}  {cause}")
    print("\nFailure causes ranked by trials they cost:")
    for cause, n in summary["cost"].most_common(15):
        kinds = ", ".join(f"{k} {v}" for k, v in summary["types"][cause].most_common(4))
        print(f"  {n:5d}  {cause}   [{kinds}]")
        for e in summary["examples"][cause][:2]:
            if "change" in e:
                tgt, cp = e["target"] or {}, (e["counterparts"] or [{}])[0] or {}
                print(f"         e.g. {e['corpus']} {e['change']} in “{e['sentence'][:150]}”")
                print(f"              {e['cause']} | {e['detail'][:230]}")
                if tgt and cp:
                    print(
                        f"              target  [{tgt.get('measure')}|{tgt.get('subjects')}|{tgt.get('places')}|"
                        f"{tgt.get('time_scope')}] vs {cp.get('source')} “{(cp.get('sentence') or '')[:110]}” "
                        f"[{cp.get('measure')}|{cp.get('subjects')}|{cp.get('places')}|{cp.get('time_scope')}]"
                    )
            else:
                print(f"         e.g. {e['message'][:240]}")
    for b in result["base"]:
        for m in b["messages"]:
            print(f"  base false alarm in {b['corpus']}: {m[:220]}")
    print(f"\n{len(result['trials'])} trials ({summary['excluded']} left out) in {result['seconds']:.0f}s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", metavar="PATH", help="write the figures as JSON")
    parser.add_argument("--failures", metavar="PATH", help="write missed perturbations and false alarms as JSON")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    code_before = code_fingerprint()
    result = run(args.seed, args.quiet)
    code_after = code_fingerprint()
    summary = summarize(result)
    print_report(summary, result)
    print(
        f"checker/ + rules/ fingerprint {code_before}"
        + ("" if code_after == code_before else f" → {code_after}: WARNING, the code changed during the run")
    )
    figures = {
        "benchmark": "conflicts",
        "seed": args.seed,
        "machine": machine(),
        "code_fingerprint": code_before if code_after == code_before else f"{code_before}→{code_after} (changed)",
        "seconds": round(result["seconds"], 1),
        "trials_run": len(result["trials"]),
        "trials_left_out_preflagged": summary["excluded"],
        "rows": summary["rows"],
        "by_corpus": summary["by_corpus"],
        "base": result["base"],
        "miss_causes": summary["miss_causes"].most_common(),
        "failure_cost": [
            {"cause": c, "trials": n, "by_perturbation": dict(summary["types"][c]), "examples": summary["examples"][c]}
            for c, n in summary["cost"].most_common()
        ],
        "false_alarm_causes": result["false_alarm_causes"].most_common(),
    }
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1, ensure_ascii=False, default=str), encoding="utf-8")
    if args.failures:
        trials = result["trials"]
        failures = {
            "missed": [asdict(t) for t in trials if not t.flagged and t.perturbation != CONTROL and not t.preflagged],
            "false_alarms": [
                {"trial": {k: v for k, v in asdict(t).items() if k not in ("false_alarms", "diagnosis")}, "finding": f}
                for t in trials
                for f in t.false_alarms
            ],
        }
        Path(args.failures).write_text(
            json.dumps(failures, indent=1, ensure_ascii=False, default=str), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Checks across time and dimensions: values that changed between as-of dates (not conflicts), and the same
written figure given in two dimensions."""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise

from checker.checks import Corpus, RuleContext, check, make_finding
from checker.model import Claim, Fact, Finding


def _shape(fact: Fact) -> tuple[str, ...]:
    """What a fact is about, its day left out: a toll's parts ("six of them in St. Lucie County"), a change's
    earlier values and the amounts of changes ("the Dow fell 366 points" against its close "at 10,769 points") are
    series of their own, never steps of the total's."""
    first = fact.claims[0]
    role = first.mention.role
    return (
        fact.story,
        first.measure,
        "+".join(sorted({s for c in fact.claims for s in c.subjects})),
        "+".join(sorted({p for c in fact.claims for p in c.places})),
        "part" if first.part else "",
        "before"
        if role == "from"
        else "change"
        if role in ("up-by", "down-by")
        else role
        if role.startswith("tally")
        else "",
    )


def _mid(claims: tuple[Claim, ...]) -> float:
    values = sorted(c.mention.base_interval.mid for c in claims if c.mention.base_interval is not None)
    return values[len(values) // 2] if values else 0.0


@check("changed_over_time", scope="corpus")
def changed_over_time(corpus: Corpus, rule: RuleContext) -> list[Finding]:
    """The same measure stated for different as-of days with different values (a toll that rose): reported as a
    change over time so nobody mistakes it for a conflict."""
    by_shape: dict[tuple[str, ...], list[Fact]] = defaultdict(list)
    for fact in corpus.facts:
        if rule.applies_to and fact.kind.value not in rule.applies_to:
            continue
        scope = fact.claims[0].time_scope
        if len(scope) == 10 and scope[4] == "-":  # a day
            by_shape[(fact.dimension, *_shape(fact))].append(fact)
    findings = []
    for facts in by_shape.values():
        if len(facts) < 2:
            continue
        facts.sort(key=lambda f: f.claims[0].time_scope)
        steps = []
        for older, newer in pairwise(facts):
            if abs(_mid(older.claims) - _mid(newer.claims)) > 1e-9 * max(abs(_mid(older.claims)), 1.0):
                steps.append((older, newer))
        if not steps:
            continue
        path = " → ".join(f"“{f.claims[0].mention.text.strip()}” ({f.claims[0].time_scope})" for f in facts)
        key = facts[0].key.rsplit(",", 2)[0]
        message = f"{key}: changed over time, not a conflict: {path}"
        findings.append(make_finding(rule, "changed", message, key, tuple(f.claims for f in facts)))
    return findings


@check("dimension_mismatch", scope="corpus")
def dimension_mismatch(corpus: Corpus, rule: RuleContext) -> list[Finding]:
    """The same measure, scope and subjects with the same written number in two dimensions ("$18 billion" vs
    "18 billion tonnes"): one outlet gave the wrong kind of unit."""
    by_shape: dict[tuple[str, ...], list[Fact]] = defaultdict(list)
    for fact in corpus.facts:
        if fact.dimension in (
            "date",
            "time-of-day",
            "ordinal",
            "age",
            "count",
            "time",
            "percent",
            "percentage-points",
        ) or fact.claims[0].measure.startswith("~"):
            continue
        by_shape[(*_shape(fact), fact.claims[0].time_scope)].append(fact)
    findings = []
    for facts in by_shape.values():
        dims = {f.dimension for f in facts}
        if len(dims) < 2:
            continue
        for i, a in enumerate(facts):
            for b in facts[i + 1 :]:
                if a.dimension == b.dimension:
                    continue
                pairs = [
                    (x, y)
                    for x in a.claims
                    for y in b.claims
                    if x.source != y.source and x.mention.value is not None and x.mention.value == y.mention.value
                ]
                if not pairs:
                    continue
                x, y = pairs[0]
                message = (
                    f"{a.key} / {b.key}: {x.source} says “{x.mention.text.strip()}” ({a.dimension}) and "
                    f"{y.source} says “{y.mention.text.strip()}” ({b.dimension}) for the same measure"
                )
                findings.append(make_finding(rule, "unit-anomaly", message, a.key, ((x,), (y,))))
    return findings

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
    findings = []
    for facts in _day_series(corpus, rule):
        steps = []
        for older, newer in pairwise(facts):
            if abs(_mid(older.claims) - _mid(newer.claims)) > 1e-9 * max(abs(_mid(older.claims)), 1.0):
                steps.append((older, newer))
        if not steps:
            continue
        path = " → ".join(f"“{f.claims[0].mention.text.strip()}” ({f.claims[0].time_scope})" for f in facts)
        key = facts[0].key.rsplit(",", 2)[0]
        rises = [_mid(newer.claims) > _mid(older.claims) for older, newer in steps]
        # a series that goes both up and down may hold an error (a running total that fell: CC303)
        how = "not a conflict" if all(rises) or not any(rises) else "up and down"
        message = f"{key}: changed over time, {how}: {path}"
        findings.append(make_finding(rule, "changed", message, key, tuple(f.claims for f in facts)))
    return findings


@check("running_total_fell", scope="corpus", measures=())
def running_total_fell(corpus: Corpus, rule: RuleContext) -> list[Finding]:
    """A running total counted since the event began (a death toll, people rescued, homes destroyed) that is lower
    on a later as-of day than on an earlier one, beyond both figures' rounding and qualifiers: such a total does not
    fall, so one of the two figures is wrong, or the later one is a revision the article should say it is."""
    measures = frozenset(rule.params["measures"])
    findings = []
    for facts in _day_series(corpus, rule, measures):
        # the highest lower bound stated on an earlier day, its fact and the claims that state it
        highest: tuple[float, Fact, list[Claim]] | None = None
        for fact in facts:
            stated = [c for c in fact.claims if not c.hedged and c.mention.base_interval is not None]
            if not stated:
                continue
            top = max(c.mention.base_interval.high for c in stated)
            if highest is not None and top < highest[0] and highest[1].claims[0].time_scope < fact.claims[0].time_scope:
                _, earlier, before = highest
                key = fact.key.rsplit(",", 2)[0]
                message = (
                    f"{key}: a running total fell: {_said(before)} ({earlier.claims[0].time_scope}), then "
                    f"{_said(stated)} ({fact.claims[0].time_scope}); one of them is wrong, or the later one revises it"
                )
                findings.append(make_finding(rule, "conflict", message, key, (tuple(before), tuple(stated))))
            floor = min(c.mention.base_interval.low for c in stated)
            if highest is None or floor > highest[0]:
                highest = (floor, fact, stated)
    return findings


def _day_series(corpus: Corpus, rule: RuleContext, measures: frozenset[str] | None = None) -> list[list[Fact]]:
    """The facts scoped by a day that differ only in their day (same dimension and _shape), two or more, each series
    in day order; only the rule's kinds, and with `measures` only those measures."""
    by_shape: dict[tuple[str, ...], list[Fact]] = defaultdict(list)
    for fact in corpus.facts:
        if rule.applies_to and fact.kind.value not in rule.applies_to:
            continue
        if measures is not None and fact.claims[0].measure not in measures:
            continue
        scope = fact.claims[0].time_scope
        if len(scope) == 10 and scope[4] == "-":  # a day
            by_shape[(fact.dimension, *_shape(fact))].append(fact)
    series = [facts for facts in by_shape.values() if len(facts) >= 2]
    for facts in series:
        facts.sort(key=lambda f: f.claims[0].time_scope)
    return series


def _said(claims: list[Claim]) -> str:
    """'Outlet A says “40 people”' / 'Outlet A, Outlet B say “40” / “about 40”' for a finding's message."""
    sources = sorted({c.source for c in claims})
    quotes = " / ".join(f"“{q}”" for q in sorted({c.mention.text.strip() for c in claims}))
    return f"{', '.join(sources)} {'says' if len(sources) == 1 else 'say'} {quotes}"


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

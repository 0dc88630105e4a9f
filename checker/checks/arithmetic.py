"""Arithmetic checks: a sentence that is wrong by its own numbers.

- a stated change against its endpoints: "rose 50 percent, from 20,000 to 40,000" (that is +100%);
- a stated multiple: "more than double the $108 billion" said of $200 billion.
Intervals carry the rounding of each written figure, so "up 13%" from 100 to 113.4 passes.
"""

from __future__ import annotations

import re
from itertools import pairwise

from checker.checks import Corpus, RuleContext, check, make_finding
from checker.model import Claim, Finding, Interval, Kind

_MULTIPLES = (
    (re.compile(r"\bmore\s+than\s+(?:doubl\w*|twice)\b", re.I), 2.0, "above"),
    (re.compile(r"\bmore\s+than\s+(?:tripl\w*|three\s+times)\b", re.I), 3.0, "above"),
    (re.compile(r"\b(?:nearly|almost)\s+(?:doubl\w*|twice)\b", re.I), 2.0, "below"),
    (re.compile(r"\b(?:nearly|almost)\s+(?:tripl\w*|three\s+times)\b", re.I), 3.0, "below"),
    (re.compile(r"\b(?:doubl\w*|twice)\b", re.I), 2.0, "about"),
    (re.compile(r"\b(?:tripl\w*|three\s+times)\b", re.I), 3.0, "about"),
    (re.compile(r"\b(?:quadrupl\w*|four\s+times)\b", re.I), 4.0, "about"),
    (re.compile(r"\b(?:halved|half)\b", re.I), 0.5, "about"),
)
# a word every one of the _MULTIPLES holds: the words between two figures are searched for a multiple only when
# one of these starts a word there (most pairs of figures have none: one search instead of eight, ~10 ms of the
# rule's 75 at 10,000 articles)
_ANY_MULTIPLE = re.compile(r"\b(?:doubl|twice|tripl|three\s+times|quadrupl|four\s+times|halved|half)", re.I)
_VALUE_KINDS = {Kind.MONEY, Kind.QUANTITY, Kind.COUNT, Kind.RATE}


def _change_interval(before: Interval | None, after: Interval | None) -> Interval | None:
    """The percent change from `before` to `after`, as an interval over both roundings."""
    if before is None or after is None or before.low <= 0:
        return None
    candidates = [(a - b) / b * 100 for a in (after.low, after.high) for b in (before.low, before.high)]
    return Interval(min(candidates), max(candidates))


@check("change_arithmetic", scope="corpus", slack=0.02)
def change_arithmetic(corpus: Corpus, rule: RuleContext) -> list[Finding]:
    """A percent change stated with both endpoints ("up 50%, from 20,000 to 40,000", "rose 20% to $12bn from
    $10bn", "grew from $108bn to $240bn, up 122%") that does not compute. An endpoint belongs to the nearest
    change before it (the first change when none is before it), and a change is checked against its nearest
    start and that start's nearest end of the same dimension: "rose 12% to $5.1bn from $4.6bn, while costs fell
    3% to $800m" checks the 12% alone, never 12% against $4.6bn → $800m, and "rose 5% from 100 to 105, and
    prices from $10 to $20" checks 100 → 105 alone."""
    findings = []
    for claims in corpus.sentences:
        changes = sorted(
            (c for c in claims if c.mention.kind == Kind.PERCENT and c.mention.role in ("up-by", "down-by")),
            key=lambda c: c.mention.start,
        )
        if not changes:
            continue
        starts: dict[int, list[Claim]] = {id(c): [] for c in changes}
        ends: dict[int, list[Claim]] = {id(c): [] for c in changes}
        for claim in claims:
            if claim.mention.role not in ("from", "to") or claim.mention.kind not in _VALUE_KINDS:
                continue
            owner = next((c for c in reversed(changes) if c.mention.start < claim.mention.start), changes[0])
            (starts if claim.mention.role == "from" else ends)[id(owner)].append(claim)
        for change in changes:
            if not starts[id(change)]:
                continue
            # its start nearest to it, and that start's nearest end of the same dimension
            first = min(starts[id(change)], key=lambda c: abs(c.mention.start - change.mention.start))
            candidates = [e for e in ends[id(change)] if e.mention.dimension == first.mention.dimension]
            if candidates:
                last = min(candidates, key=lambda e: abs(e.mention.start - first.mention.start))
                finding = _change_finding(rule, change, first, last)
                if finding is not None:
                    findings.append(finding)
    return findings


def _change_finding(rule: RuleContext, change: Claim, start: Claim, end: Claim) -> Finding | None:
    """The finding when `change` does not fit `start` → `end` (each figure's rounding and the slack allowed)."""
    actual = _change_interval(start.mention.base_interval, end.mention.base_interval)
    stated = change.mention.interval
    if actual is None or stated is None:
        return None
    sign = -1 if change.mention.role == "down-by" else 1
    stated = Interval(min(sign * stated.low, sign * stated.high), max(sign * stated.low, sign * stated.high))
    slack = rule.params["slack"] * max(abs(stated.low), abs(stated.high), 1.0)
    if stated.widened(0).overlaps(Interval(actual.low - slack, actual.high + slack)):
        return None
    mid = (actual.low + actual.high) / 2
    message = (
        f"{change.source}: “{change.mention.text.strip()}” does not fit "
        f"“{start.mention.text.strip()}” → “{end.mention.text.strip()}”, which is {mid:+.0f}%"
    )
    return make_finding(
        rule,
        "arithmetic",
        message,
        f"{change.doc}: change in one sentence",
        ((change,), (start, end)),
        details=(("computed_change_percent", f"{mid:.2f}"),),
    )


@check("multiple_arithmetic", scope="corpus", slack=0.02)
def multiple_arithmetic(corpus: Corpus, rule: RuleContext) -> list[Finding]:
    """A stated multiple ("more than double the $108 billion") that the two figures do not bear out."""
    findings = []
    for claims in corpus.sentences:
        sentence_start = claims[0].sentence_start
        values = sorted(
            (c for c in claims if c.mention.kind in _VALUE_KINDS and c.mention.base_interval is not None),
            key=lambda c: c.mention.start,
        )
        for first, second in pairwise(values):
            if first.mention.dimension != second.mention.dimension:
                continue
            between = first.sentence[first.mention.end - sentence_start : second.mention.start - sentence_start]
            if len(between) > 60 or _ANY_MULTIPLE.search(between) is None:
                continue
            for pattern, factor, mode in _MULTIPLES:
                if not pattern.search(between):
                    continue
                a, b = first.mention.base_interval, second.mention.base_interval
                if b.low <= 0:
                    break
                ratio = Interval(a.low / b.high, a.high / b.low)
                slack = rule.params["slack"] * factor
                ok = {
                    "above": ratio.high > factor - slack,
                    "below": ratio.low <= factor + slack and ratio.high >= factor * 0.8,
                    "about": ratio.low <= factor * 1.1 + slack and ratio.high >= factor * 0.9 - slack,
                }[mode]
                if not ok:
                    words = pattern.search(between).group()
                    message = (
                        f"{first.source}: “{first.mention.text.strip()}” is not {words} "
                        f"“{second.mention.text.strip()}” (ratio {a.mid / b.mid:.2f})"
                    )
                    findings.append(
                        make_finding(
                            rule,
                            "arithmetic",
                            message,
                            f"{first.doc}: multiple in one sentence",
                            ((first,), (second,)),
                            details=(("ratio", f"{a.mid / b.mid:.4f}"),),
                        )
                    )
                break
    return findings


@check("parts_exceed_total", scope="corpus")
def parts_exceed_total(corpus: Corpus, rule: RuleContext) -> list[Finding]:
    """Parts of a total ("16 deaths, including six in ...") that add up to more than the total."""
    findings = []
    for claims in corpus.sentences:
        totals = [c for c in claims if not c.part and c.mention.kind in _VALUE_KINDS and c.mention.base_interval]
        parts = [c for c in claims if c.part and c.mention.kind in _VALUE_KINDS and c.mention.base_interval]
        for total in totals:
            mine = [
                p
                for p in parts
                if p.mention.start > total.mention.start
                and p.measure == total.measure
                and p.mention.dimension == total.mention.dimension
            ]
            if not mine:
                continue
            low_sum = sum((p.mention.base_interval.low for p in mine), 0.0)
            if low_sum > total.mention.base_interval.high:
                quoted = " + ".join(f"“{p.mention.text.strip()}”" for p in mine)
                message = (
                    f"{total.source}: the parts {quoted} add up to more than the total “{total.mention.text.strip()}”"
                )
                findings.append(
                    make_finding(rule, "arithmetic", message, f"{total.doc}: parts of a total", ((total,), tuple(mine)))
                )
    return findings

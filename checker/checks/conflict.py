"""Conflict checks: the claims of one fact give values that cannot all be true.

Values are compared as intervals in the fact's base unit (qualifiers and the rounding of the written figure
already applied by extraction). Claims that are hedged or forecasts never take part: "could reach $300bn"
does not contradict "$240bn".
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise

from checker.checks import RuleContext, check, make_finding
from checker.concepts import GENERIC_EVENTS
from checker.model import Claim, Fact, Finding, Interval, Kind, Severity


@dataclass(slots=True)
class _Cluster:
    """Claims whose intervals share a common point."""

    common: Interval
    claims: list[Claim] = field(default_factory=list)
    median: float | None = None

    @property
    def sources(self) -> list[str]:
        return sorted({c.source for c in self.claims})


def _comparable(fact: Fact) -> list[Claim]:
    """The claims a conflict is judged on: the plain statements; when every outlet hedges ("would carry
    50 bcm a year"), the hedged statements, compared with each other."""
    claims = [c for c in fact.claims if c.mention.base_interval is not None]
    plain = [c for c in claims if not c.hedged]
    return plain if plain else claims


def _padded(claim: Claim, relative_pad: float) -> Interval:
    interval = claim.mention.base_interval
    assert interval is not None  # _comparable keeps only claims with one
    if claim.mention.dimension == "temperature":
        # an offset scale: pad by degrees, not by a share of the kelvin value
        pad = 0.6 if relative_pad else 0.0
        return Interval(interval.low - pad, interval.high + pad)
    return interval.widened(relative_pad) if relative_pad else interval  # no pad (the usual case): as it is


def _aged(claim: Claim, reference: date) -> Interval:
    """An age as of `reference`, a later day than its article's: the whole years between added, and one more
    allowed once a quarter of a year or more is left over, when a birthday falls between one time in four or more.
    "55" said in January may be 55 or 56 in October and is 56 or 57 a year and a half later; "55" and "56" two
    days apart are a conflict (a birthday between them is a 1-in-180 chance, a slip far likelier). An age without a
    day stays as it is."""
    interval = claim.mention.base_interval
    assert interval is not None  # _comparable keeps only claims with one
    day = claim.as_of or claim.published
    if day is None or day >= reference:
        return interval
    years = (reference - day).days / 365.2425
    whole = math.floor(years)
    return Interval(interval.low + whole, interval.high + whole + (1 if years - whole >= 0.25 else 0))


def _interval_mid(interval: Interval) -> float:
    """Interval.mid, compiled here: the sort below takes it ~400,000 times at 10,000 articles."""
    low, high = interval.low, interval.high
    if math.isinf(low) or math.isinf(high):
        return low if math.isinf(high) else high
    return (low + high) / 2


def _cluster_order(item: tuple[Claim, Interval]) -> tuple[float, str, int]:
    return _interval_mid(item[1]), item[0].mention.doc, item[0].mention.start


def _clusters(claims: list[Claim], relative_pad: float, reference: date | None = None) -> list[_Cluster]:
    """Claims grouped greedily, in order of their values, while their intervals keep a common point; with
    `reference`, ages are first carried forward to that day (see _aged)."""
    items = sorted(
        ((c, _aged(c, reference) if reference is not None else _padded(c, relative_pad)) for c in claims),
        key=_cluster_order,
    )
    clusters: list[_Cluster] = []
    for claim, interval in items:
        low, high = interval.low, interval.high
        for cluster in clusters:
            # Interval.intersect written out (the greedy pass takes ~500,000 of them at 10,000 articles), the
            # same float picked on a tie: max() and min() return their first argument
            common = cluster.common
            a = low if low > common.low else common.low
            b = high if high < common.high else common.high
            if a <= b:
                cluster.common = Interval(a, b)
                cluster.claims.append(claim)
                break
        else:
            clusters.append(_Cluster(interval, [claim]))
    return clusters


def _mid(cluster: _Cluster) -> float:
    """The median of the cluster's values (computed once per cluster)."""
    if cluster.median is None:
        finite = sorted(m for c in cluster.claims if math.isfinite(m := c.mention.base_interval.mid))
        cluster.median = finite[len(finite) // 2] if finite else 0.0
    return cluster.median


def _is_scale_ratio(a: float, b: float, slack: float) -> bool:
    """True when a/b is close to a power of 1000 (a million read as a billion)."""
    if a == 0 or b == 0 or a * b < 0:
        return False
    ratio = abs(a / b)
    exponent = round(math.log10(ratio) / 3)
    return exponent != 0 and abs(ratio / 10 ** (3 * exponent) - 1) <= slack


def _same_written_number(a: _Cluster, b: _Cluster) -> bool:
    """Every claim on both sides writes the same number, in different units (a swapped unit)."""
    values = {c.mention.value for c in (*a.claims, *b.claims)}
    units_a, units_b = {c.mention.unit for c in a.claims}, {c.mention.unit for c in b.claims}
    return len(values) == 1 and not (units_a & units_b)


def _side_text(cluster: _Cluster) -> str:
    by_source: dict[str, str] = {}
    for c in cluster.claims:
        by_source.setdefault(c.source, c.mention.text.strip())
    quotes = sorted(set(by_source.values()))
    sources = ", ".join(sorted(by_source))
    verb = "says" if len(by_source) == 1 else "say"
    return f"{sources} {verb} " + " / ".join(f"“{q}”" for q in quotes)


def _independent_sides(clusters: list[_Cluster]) -> bool:
    """Two values conflict only when each is stated by an article that does not also state the other: an article
    giving both "52 seats" and "146 seats" is describing two things, and a second article repeating one of
    them does not make a conflict. (Two articles of one outlet can contradict each other.)"""
    for i, a in enumerate(clusters):
        docs_a = {c.doc for c in a.claims}
        for b in clusters[i + 1 :]:
            docs_b = {c.doc for c in b.claims}
            if docs_a - docs_b and docs_b - docs_a:
                return True
    return False


def _relative_gap(low: _Cluster, high: _Cluster) -> float:
    a, b = low.common.high, high.common.low
    scale = max(abs(a), abs(b), 1e-12)
    return max(0.0, (b - a) / scale)


def _forecasts(fact: Fact) -> list[Claim]:
    """The forecasts of a fact that also has plain statements: compared with each other, apart ("the sales
    forecast remains $1.7 billion to $1.8 billion" against another outlet's forecast, never against the actual).
    Other hedges ("the pipeline would cross 11 km of her land") stay out: they are often about different things."""
    claims = [c for c in fact.claims if c.mention.base_interval is not None]
    return [c for c in claims if c.hedged and c.forecast] if any(not c.hedged for c in claims) else []


def _split(
    fact: Fact, params: dict, hedged_too: bool = False, claims: list[Claim] | None = None
) -> list[_Cluster] | None:
    if claims is None:
        claims = [c for c in fact.claims if c.mention.base_interval is not None] if hedged_too else _comparable(fact)
    if len({c.source for c in claims}) < 2:
        return None
    units = {c.mention.unit for c in claims}
    pad = params.get("tolerance", 0.0) + (params.get("conversion_tolerance", 0.0) / 2 if len(units) > 1 else 0.0)
    reference = None
    if params.get("ages_as_of_latest"):  # a person's age changes over the story: compare them as of its last day
        reference = max((d for c in claims if (d := c.as_of or c.published) is not None), default=None)
    clusters = _clusters(claims, pad, reference)
    if len(clusters) < 2:
        return None
    return clusters


@check(
    "interval_conflict",
    tolerance=0.0,
    conversion_tolerance=0.02,
    error_gap=0.02,
    skip_scale_errors=True,
    min_sources=2,
    ages_as_of_latest=False,
    max_ratio=100.0,
)
def interval_conflict(fact: Fact, rule: RuleContext) -> list[Finding]:
    """Claims of one fact whose value intervals (after qualifiers, rounding and unit conversion) cannot overlap:
    the plain statements with each other, and the forecasts with each other."""
    return _statements_then_forecasts(fact, rule, _interval_conflict)


Compare = Callable[[Fact, RuleContext, str, list[Claim] | None], list[Finding]]


def _statements_then_forecasts(fact: Fact, rule: RuleContext, compare: Compare) -> list[Finding]:
    """`compare` on the fact's comparable claims (claims None: the plain statements, or the hedged ones when every
    outlet hedges), then on its forecasts apart, under the fact's key plus " (forecasts)"."""
    findings = compare(fact, rule, fact.key, None)
    forecasts = _forecasts(fact)
    if forecasts:
        findings += compare(fact, rule, f"{fact.key} (forecasts)", forecasts)
    return findings


def _sides_finding(
    rule: RuleContext,
    fact_key: str,
    ordered: list[_Cluster],
    note: str,
    severity: Severity | None = None,
    details: tuple[tuple[str, str], ...] = (),
) -> Finding:
    """A conflict between the sides of `ordered` (the majority first): the message names the others, then the
    majority ("X says A; the others say B"), and ends with `note`."""
    message = "; ".join(_side_text(cl) for cl in [*ordered[1:], ordered[0]]) + note
    sides = tuple(tuple(cl.claims) for cl in ordered)
    return make_finding(rule, "conflict", f"{fact_key}: {message}", fact_key, sides, severity, details=details)


def _magnitudes(clusters: list[_Cluster], max_ratio: float) -> list[list[_Cluster]]:
    """`clusters` (sorted by median) cut where one median is more than `max_ratio` times the one before (same
    sign): figures that far apart are two facts the alignment joined (a per-share amount and a profit, a toll and
    a bridge's cost), not one fact told wrong; a thousandfold scale-word slip is scale-word-anomaly's."""
    groups: list[list[_Cluster]] = [[clusters[0]]]
    for before, cluster in pairwise(clusters):
        a, b = _mid(before), _mid(cluster)
        if max_ratio and a * b > 0 and max(abs(a), abs(b)) > max_ratio * min(abs(a), abs(b)):
            groups.append([cluster])
        else:
            groups[-1].append(cluster)
    return groups


def _interval_conflict(fact: Fact, rule: RuleContext, key: str, claims: list[Claim] | None) -> list[Finding]:
    params = dict(rule.params)
    clusters = _split(fact, params, claims=claims)
    if clusters is None:
        return []
    clusters.sort(key=_mid)
    findings: list[Finding] = []
    for group in _magnitudes(clusters, params["max_ratio"]):
        if len(group) > 1:
            findings += _group_conflict(fact, rule, key, group, params)
    return findings


def _group_conflict(fact: Fact, rule: RuleContext, key: str, clusters: list[_Cluster], params: dict) -> list[Finding]:
    if params["skip_scale_errors"] and all(
        _is_scale_ratio(_mid(a), _mid(b), 0.1) or _same_written_number(a, b)
        for i, a in enumerate(clusters)
        for b in clusters[i + 1 :]
    ):
        return []  # reported by scale-word-anomaly / unit-swap instead
    sources = {s for cl in clusters for s in cl.sources}
    if len(sources) < params["min_sources"] or not _independent_sides(clusters):
        return []
    # the majority side first, so the message reads "X says A; the others say B"
    ordered = sorted(clusters, key=lambda cl: (-len(cl.sources), _mid(cl)))
    gap = max(_relative_gap(a, b) for a, b in pairwise(clusters))
    severity = (
        rule.severity
        if gap >= params["error_gap"]
        else (Severity.WARNING if rule.severity == Severity.ERROR else rule.severity)
    )
    details = (("relative_gap", f"{gap:.4f}"), ("why_matched", fact.why))
    shown = f"{gap:.1%}" if gap >= 0.0005 else "under 0.1%"  # intervals that just miss ("120 years", "121 years")
    return [_sides_finding(rule, key, ordered, f" (gap {shown})", severity, details)]


_RANGE_QUALIFIERS = frozenset({"range", "between"})
_WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _end_precisions(text: str) -> tuple[float, float]:
    """The share of its value each end of a written range leaves open by its rounding: "$3.5 billion to $3.6
    billion" → (0.05/3.5, 0.05/3.6); number words ("six to eight weeks") are exact counts, half a unit."""
    numbers = [n.replace(",", "") for n in _WRITTEN_NUMBER.findall(text)]
    if len(numbers) < 2:
        return (0.0, 0.0)

    def share(number: str) -> float:
        value = float(number)
        decimals = len(number.split(".", 1)[1]) if "." in number else 0
        return 0.5 * 10.0**-decimals / value if value else 0.0

    return share(numbers[0]), share(numbers[-1])


@check("range_mismatch", tolerance=0.0)
def range_mismatch(fact: Fact, rule: RuleContext) -> list[Finding]:
    """Outlets that give one fact as ranges with different ends ("$1.30 to $1.40" against "$1.35 to $1.40"): a
    stated range is itself the figure (a guidance range, an estimate's bounds), so overlapping is no agreement.
    Ranges that cannot overlap at all are interval_conflict's; plain statements and forecasts are compared apart."""
    return _statements_then_forecasts(fact, rule, _range_mismatch)


def _range_mismatch(fact: Fact, rule: RuleContext, key: str, claims: list[Claim] | None) -> list[Finding]:
    tolerance = float(rule.params["tolerance"])
    if claims is None:
        claims = _comparable(fact)
    ranges = [
        c
        for c in claims
        if c.mention.qualifier in _RANGE_QUALIFIERS
        and c.mention.base_interval is not None
        and math.isfinite(c.mention.base_interval.low)
        and math.isfinite(c.mention.base_interval.high)
        and c.mention.base_interval.low < c.mention.base_interval.high
    ]
    # ranges are compared in the unit they were written in: converted ends are rounded ("between 10 and 16 feet" is
    # "3 to 5 metres"), and an end's rounding is too coarse to tell a disagreement from a conversion
    findings: list[Finding] = []
    for unit in sorted({c.mention.unit for c in ranges}):
        findings += _mismatched_ranges(fact, rule, key, [c for c in ranges if c.mention.unit == unit], tolerance)
    return findings


def _mismatched_ranges(fact: Fact, rule: RuleContext, key: str, ranges: list[Claim], tolerance: float) -> list[Finding]:
    if len({c.source for c in ranges}) < 2:
        return []

    def same(a: Claim, b: Claim) -> bool:
        """The two ranges' ends agree within what each end's writing leaves open ("$3.5 billion" is 3.45-3.55,
        "$3.515 billion" 3.5145-3.5155), widened by `tolerance` (a share of the value)."""
        ia, ib = a.mention.base_interval, b.mention.base_interval
        pa, pb = _end_precisions(a.mention.text), _end_precisions(b.mention.text)
        return all(
            # ends whose roundings only touch ("3.6" and "3.7" meet at 3.65) are two numbers, not one
            abs(x - y) <= (px * abs(x) + py * abs(y)) * (1 - 1e-9) + tolerance * max(abs(x), abs(y))
            for x, y, px, py in ((ia.low, ib.low, pa[0], pb[0]), (ia.high, ib.high, pa[1], pb[1]))
        )

    groups: list[_Cluster] = []
    for claim in sorted(ranges, key=lambda c: (c.mention.base_interval.low, c.mention.base_interval.high, c.doc)):
        interval = claim.mention.base_interval
        assert interval is not None  # the ranges kept all have one
        group = next((g for g in groups if same(g.claims[0], claim)), None)
        if group is None:
            groups.append(_Cluster(interval, [claim]))
        else:
            group.claims.append(claim)
    if len(groups) < 2 or not _independent_sides(groups):
        return []
    if any(a.common.intersect(b.common) is None for i, a in enumerate(groups) for b in groups[i + 1 :]):
        return []  # ranges that cannot both hold: a numeric conflict, reported by interval_conflict
    ordered = sorted(groups, key=lambda g: (-len(g.sources), g.common.low, g.common.high))
    return [_sides_finding(rule, key, ordered, " (the ranges' ends differ)", details=(("why_matched", fact.why),))]


@check("scale_anomaly", slack=0.1)
def scale_anomaly(fact: Fact, rule: RuleContext) -> list[Finding]:
    """Claims of one fact that differ by a factor of a thousand, a million or a billion: a scale word swapped."""
    params = dict(rule.params)
    clusters = _split(fact, {"tolerance": 0.0, "conversion_tolerance": 0.02}, hedged_too=True)
    if clusters is None:
        return []
    clusters.sort(key=_mid)
    findings = []
    for i, a in enumerate(clusters):
        for b in clusters[i + 1 :]:
            if _is_scale_ratio(_mid(a), _mid(b), params["slack"]):
                small, large = (a, b) if len(a.sources) >= len(b.sources) else (b, a)
                ratio = _mid(b) / _mid(a) if _mid(a) else math.inf
                message = (
                    f"{fact.key}: {_side_text(large)} but {_side_text(small)} — a factor of {ratio:,.0f}, "
                    "likely a scale word (thousand/million/billion) swapped"
                )
                findings.append(
                    make_finding(
                        rule,
                        "unit-anomaly",
                        message,
                        fact.key,
                        (tuple(large.claims), tuple(small.claims)),
                        details=(("ratio", f"{ratio:g}"), ("why_matched", fact.why)),
                    )
                )
    return findings


@check("date_conflict", tolerance_days=0, episode_gap_days=0, generic_episode_gap_days=0)
def date_conflict(fact: Fact, rule: RuleContext) -> list[Finding]:
    """Claims that date the same event on days (or months, years) that cannot overlap; granularity respected.
    With `episode_gap_days`, articles published more than that many days after the ones before them (a folder that
    follows a company for years) date another episode's event: each episode is compared on its own."""
    # a week ("next week") or a longer period is too vague to contradict another date of the event
    claims = [
        c
        for c in fact.claims
        if c.mention.date is not None
        and not c.hedged
        # a bare year is an event's date only when it names one ("no direct hit since 1921")
        and (c.mention.date.granularity in ("day", "month") or (c.mention.kind == Kind.YEAR and c.measure))
    ]
    if len({c.source for c in claims}) < 2:
        return []
    findings: list[Finding] = []
    # a generic event ("announced", "opened", "signed") recurs: a company announces something most weeks, so its
    # episodes are cut at a shorter gap than a landfall's or an election's
    generic = fact.claims[0].measure in GENERIC_EVENTS and int(rule.params["generic_episode_gap_days"]) > 0
    gap = int(rule.params["generic_episode_gap_days" if generic else "episode_gap_days"])
    for episode in _episodes(claims, gap):
        findings += _date_conflict(fact, rule, episode)
    return findings


def _episodes(claims: list[Claim], gap_days: int) -> list[list[Claim]]:
    """The claims split where their articles' publication days leave more than `gap_days` between them (all
    together when gap_days is 0 or an article has no publication day)."""
    if gap_days <= 0 or any(c.published is None for c in claims):
        return [claims]
    episodes: list[list[Claim]] = []
    last: date | None = None
    for claim in sorted(claims, key=lambda c: (c.published, c.doc, c.mention.start)):
        published = claim.published
        assert published is not None
        if last is None or (published - last).days > gap_days:
            episodes.append([])
        episodes[-1].append(claim)
        last = published
    return episodes


def _date_conflict(fact: Fact, rule: RuleContext, claims: list[Claim]) -> list[Finding]:
    if len({c.source for c in claims}) < 2:
        return []
    pad = timedelta(days=int(rule.params["tolerance_days"]))
    items = sorted(claims, key=lambda c: (c.mention.date.start, c.mention.date.end, c.doc))
    groups: list[tuple[list[Claim], date, date]] = []
    for claim in items:
        span = claim.mention.date
        for i, (members, start, end) in enumerate(groups):
            lo, hi = max(start, span.start - pad), min(end, span.end + pad)
            if lo <= hi:
                members.append(claim)
                groups[i] = (members, lo, hi)
                break
        else:
            groups.append(([claim], span.start - pad, span.end + pad))
    if len(groups) < 2 or len({c.source for members, _, _ in groups for c in members}) < 2:
        return []
    return [_groups_finding(fact, rule, [members for members, _, _ in groups], _date_start, _resolved_days)]


def _date_start(cluster: _Cluster) -> str:
    return cluster.claims[0].mention.date.start.isoformat()


def _resolved_days(cluster: _Cluster) -> str:
    spans = sorted({(c.mention.date.start, c.mention.date.end) for c in cluster.claims})
    return ", ".join(s.isoformat() if s == e else f"{s.isoformat()}…{e.isoformat()}" for s, e in spans)


def _groups_finding(
    fact: Fact,
    rule: RuleContext,
    groups: list[list[Claim]],
    tie_break: Callable[[_Cluster], str],
    resolved: Callable[[_Cluster], str],
) -> Finding:
    """A conflict between groups of claims (dates or clock times that cannot overlap): the side most outlets take
    last ("X says A; the others say B"), ties broken by `tie_break`, each side with its values as `resolved`
    reads them."""
    clusters = [_Cluster(Interval(0, 0), members) for members in groups]
    ordered = sorted(clusters, key=lambda cl: (-len(cl.sources), tie_break(cl)))
    message = f"{fact.key}: " + "; ".join(f"{_side_text(cl)} ({resolved(cl)})" for cl in [*ordered[1:], ordered[0]])
    sides = tuple(tuple(cl.claims) for cl in ordered)
    return make_finding(rule, "conflict", message, fact.key, sides, details=(("why_matched", fact.why),))


def _written(claim: Claim) -> float | None:
    return claim.mention.value


@check("unit_swap", slack=0.005)
def unit_swap(fact: Fact, rule: RuleContext) -> list[Finding]:
    """Claims of one fact that write the same number with different units that do not convert into each other
    ("10 feet" vs "10 meters"): a unit swapped, not a different measurement."""
    claims = [c for c in fact.claims if c.mention.base_interval is not None and c.mention.value is not None]
    findings = []
    seen: set[tuple[str, str]] = set()
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            if a.source == b.source or a.mention.unit == b.mention.unit:
                continue
            x, y = a.mention.value, b.mention.value
            if x is None or y is None:  # filtered above (said again for the type checker)
                continue
            same_number = abs(x - y) <= rule.params["slack"] * max(abs(x), abs(y), 1e-12)
            if not same_number or a.mention.base_interval.overlaps(b.mention.base_interval):  # type: ignore[arg-type]
                continue
            units = (a.mention.unit, b.mention.unit)
            pair = units if units[0] < units[1] else (units[1], units[0])
            if pair in seen:
                continue
            seen.add(pair)
            message = (
                f"{fact.key}: {a.source} says “{a.mention.text.strip()}” and {b.source} says "
                f"“{b.mention.text.strip()}” — the same number in {pair[0]} and {pair[1]}, likely a unit "
                "written in place of another"
            )
            findings.append(
                make_finding(
                    rule, "unit-anomaly", message, fact.key, ((a,), (b,)), details=(("why_matched", fact.why),)
                )
            )
    return findings


# a clock's zone as written after the time ("14:05 GMT", "10:19 local time"); none is the place's local time
_CLOCK_ZONE = re.compile(r"\b(GMT|UTC|BST|CET|EDT|EST|ET|PT|PDT)\b")
_ABOUT_TIME = re.compile(
    r"\b(?:about|around|approximately|roughly|some|nearly|almost|(?:shortly|just)\s+(?:after|before))\s+$",
    re.IGNORECASE,
)
_DAY_MINUTES = 24 * 60


def _clock_minutes(claim: Claim, rule: RuleContext) -> tuple[str, int, int] | None:
    """(zone, earliest, latest) minutes after midnight a time claim allows: its minute within `tolerance_minutes`,
    or within `rounded_minutes` when written on the hour ("4 p.m.", "noon") or with "about"/"shortly after"."""
    mention = claim.mention
    if not mention.time_text or claim.hedged:
        return None
    hours, minutes = (int(part) for part in mention.time_text.split(":")[:2])
    at = hours * 60 + minutes
    zone_match = _CLOCK_ZONE.search(mention.text)
    zone = zone_match.group(1) if zone_match else "local"
    rounded = ":" not in mention.text and not re.search(r"\d{4}", mention.text)
    before = claim.sentence[max(0, mention.start - claim.sentence_start - 20) : mention.start - claim.sentence_start]
    loose = rounded or bool(mention.qualifier) or _ABOUT_TIME.search(before) is not None
    pad = int(rule.params["rounded_minutes" if loose else "tolerance_minutes"])
    return zone, at - pad, at + pad


@check("time_conflict", tolerance_minutes=0, rounded_minutes=0)
def time_conflict(fact: Fact, rule: RuleContext) -> list[Finding]:
    """Claims that put the same event at clock times that cannot both be right ("made landfall at 4:10 p.m." and
    "at 6:10 p.m."), each allowed its written precision; times in different zones are not compared."""
    timed = [(c, m) for c in fact.claims if (m := _clock_minutes(c, rule)) is not None]
    findings: list[Finding] = []
    for zone in sorted({m[0] for _, m in timed}):
        items = [(c, lo, hi) for c, (z, lo, hi) in timed if z == zone]
        if len({c.source for c, _, _ in items}) < 2:
            continue
        groups = _clock_groups(items, 0)
        # the clock turns at midnight: "11:58 p.m." and "12:02 a.m." are four minutes apart, so the times are
        # grouped again on a clock turned by half a day, and the coarser of the two groupings is kept
        turned = _clock_groups(items, _DAY_MINUTES // 2)
        groups = turned if len(turned) < len(groups) else groups
        if len(groups) < 2:
            continue
        findings.append(_groups_finding(fact, rule, groups, _first_time, _clock_texts))
    return findings


def _first_time(cluster: _Cluster) -> str:
    return cluster.claims[0].mention.time_text


def _clock_texts(cluster: _Cluster) -> str:
    return ", ".join(sorted({c.mention.time_text for c in cluster.claims}))


def _clock_groups(items: list[tuple[Claim, int, int]], turn: int) -> list[list[Claim]]:
    """The claims grouped greedily, in order of their times on a clock turned by `turn` minutes, while their
    windows keep a common minute."""
    turned = sorted(
        ((c, (lo + turn) % _DAY_MINUTES, (lo + turn) % _DAY_MINUTES + (hi - lo)) for c, lo, hi in items),
        key=lambda x: (x[1], x[2], x[0].doc, x[0].mention.start),
    )
    groups: list[tuple[list[Claim], int, int]] = []
    for claim, lo, hi in turned:
        for i, (members, start, end) in enumerate(groups):
            if max(start, lo) <= min(end, hi):
                members.append(claim)
                groups[i] = (members, max(start, lo), min(end, hi))
                break
        else:
            groups.append(([claim], lo, hi))
    return [members for members, _, _ in groups]

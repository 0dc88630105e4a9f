"""Alignment: group Claims that state the same fact into Facts.

Blocking, not pairwise comparison: each claim gets a key — what kind of value (dimension), what it
measures, about whom, when, in which direction, and whether it is the "before" side of a change — and
claims with equal keys form one Fact. The cost is linear in the number of claims. Claims with no measure
(a date that scopes nothing, a number with no context) are left out of facts and counted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from checker.model import DATE_KINDS, Claim, Fact, Kind

_UNIT_LABEL = {"percent": "%", "percentage-points": "pp", "count": "count", "age": "years of age",
               "ordinal": "ordinal", "date": "date", "time-of-day": "time"}


def dimension_family(claim: Claim) -> str:
    m = claim.mention
    if m.kind in DATE_KINDS:
        return "date"
    return m.dimension or m.kind.value


def fact_signature(claim: Claim) -> tuple[str, ...] | None:
    """The blocking key of a claim, or None when the claim cannot be aligned."""
    m = claim.mention
    if not claim.measure:
        return None
    if m.kind in DATE_KINDS or m.kind == Kind.TIME:
        if m.date is None and m.kind != Kind.TIME:
            return None
        scope = ""
    else:
        scope = claim.time_scope
    state = "before" if m.role == "from" else ""
    outlook = "forecast" if claim.forecast and not (m.kind in DATE_KINDS or m.kind == Kind.TIME) else ""
    return (dimension_family(claim), claim.measure, "+".join(claim.subjects), scope, claim.direction, state,
            "part" if claim.part else "", outlook)


def fact_key(claim: Claim) -> str:
    """A key a person can read: 'China–Russia trade, 2023, USD'."""
    m = claim.mention
    subjects = "–".join(claim.subjects)
    measure = claim.measure.lstrip("~")
    head = f"{subjects} {measure}".strip()
    if claim.direction:
        head += f" ({claim.direction})"
    if m.role == "from":
        head += " (earlier value)"
    if claim.part:
        head += " (part)"
    if claim.forecast and not (m.kind in DATE_KINDS or m.kind == Kind.TIME):
        head += " (forecast)"
    family = dimension_family(claim)
    unit = family.split(":", 1)[1] if family.startswith("money:") else _UNIT_LABEL.get(family, family)
    parts = [head]
    if claim.time_scope and not (m.kind in DATE_KINDS or m.kind == Kind.TIME):
        parts.append(claim.time_scope)
    parts.append(unit)
    return ", ".join(parts)


def align(claims: Iterable[Claim]) -> tuple[Fact, ...]:
    """Facts in a stable order (by key), each with its claims in document order."""
    groups: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for claim in claims:
        signature = fact_signature(claim)
        if signature is not None:
            groups[signature].append(claim)
    facts = []
    for signature, members in groups.items():
        members.sort(key=lambda c: (c.doc, c.mention.start))
        first = members[0]
        sources = {c.source for c in members}
        why = (f"same measure '{first.measure.lstrip('~')}'"
               + (f", subjects {', '.join(first.subjects)}" if first.subjects else "")
               + (f", time scope {signature[3]}" if signature[3] else "")
               + f", dimension {signature[0]}")
        facts.append(Fact(key=fact_key(first), kind=first.mention.kind, dimension=signature[0], claims=tuple(members),
                          status="corroborated" if len(sources) > 1 else "single-source", why=why))
    facts.sort(key=lambda f: (f.key, f.claims[0].doc, f.claims[0].mention.start))
    return _unique_keys(facts)


def _unique_keys(facts: list[Fact]) -> tuple[Fact, ...]:
    """Two facts may read alike (different direction, say); number the repeats so keys stay unique."""
    from dataclasses import replace

    seen: dict[str, int] = {}
    out = []
    for fact in facts:
        n = seen.get(fact.key, 0) + 1
        seen[fact.key] = n
        out.append(fact if n == 1 else replace(fact, key=f"{fact.key} #{n}"))
    return tuple(out)

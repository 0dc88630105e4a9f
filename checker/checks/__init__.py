"""The registry of checks: small pure functions that rules in rules/*.yaml name and parameterize.

A check is registered with its scope and default parameters:
- scope "fact": called once per Fact whose kind is in the rule's applies_to → findings;
- scope "corpus": called once with all facts and claims (e.g. single-source figures, reference values).
Rules may only set parameters a check declares; anything else is a RuleError.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from checker.model import Claim, Fact, Finding, Severity
from checker.text import squash


@dataclass(frozen=True, slots=True)
class RuleContext:
    """What a check knows about the rule that runs it."""

    id: str
    name: str
    severity: Severity
    params: Mapping[str, Any]
    applies_to: frozenset[str]


@dataclass(frozen=True, slots=True)
class CheckSpec:
    name: str
    scope: str  # "fact" | "corpus"
    defaults: Mapping[str, Any]
    function: Callable[..., list[Finding]]
    doc: str = ""


@dataclass(frozen=True)
class Corpus:
    """What corpus-scope checks see."""

    facts: tuple[Fact, ...]
    claims: tuple[Claim, ...]
    extra: Mapping[str, Any] = field(default_factory=dict)  # e.g. reference facts loaded by the CLI

    @cached_property
    def sentences(self) -> tuple[tuple[Claim, ...], ...]:
        """The claims of every sentence that holds two or more, ordered by document and position (what the
        arithmetic checks read; grouped once for all of them)."""
        runs = _sentence_runs(self.claims)
        if runs is None:  # claims not in document order: group them by key
            groups: dict[tuple[str, int], list[Claim]] = {}
            for claim in self.claims:
                groups.setdefault((claim.mention.doc, claim.sentence_start), []).append(claim)
            runs = [claims for claims in groups.values() if len(claims) > 1]
        return tuple(tuple(claims) for claims in sorted(runs, key=_sentence_key))


def _sentence_key(claims: list[Claim]) -> tuple[str, int]:
    return claims[0].mention.doc, claims[0].sentence_start


def _sentence_runs(claims: Iterable[Claim]) -> list[list[Claim]] | None:
    """The runs of two or more claims of one sentence when the claims come as a run makes them (each document's
    together, in text order: a quarter of a million claims without a dict of their sentences), else None."""
    runs: list[list[Claim]] = []
    seen: set[str] = set()
    run: list[Claim] = []
    doc, start = None, -1
    for claim in claims:
        claim_doc, claim_start = claim.mention.doc, claim.sentence_start
        if claim_start == start and claim_doc == doc:
            run.append(claim)
            continue
        if claim_doc != doc:
            if claim_doc in seen:
                return None
            seen.add(claim_doc)
        elif claim_start < start:
            return None
        if len(run) > 1:
            runs.append(run)
        run, doc, start = [claim], claim_doc, claim_start
    if len(run) > 1:
        runs.append(run)
    return runs


REGISTRY: dict[str, CheckSpec] = {}


def check(
    name: str, *, scope: str = "fact", **defaults: Any
) -> Callable[[Callable[..., list[Finding]]], Callable[..., list[Finding]]]:
    """Register a check function under `name` with its default parameters."""

    def register(function: Callable[..., list[Finding]]) -> Callable[..., list[Finding]]:
        if name in REGISTRY:
            raise ValueError(f"check {name!r} registered twice")
        REGISTRY[name] = CheckSpec(name, scope, dict(defaults), function, (function.__doc__ or "").strip())
        return function

    return register


def fingerprint(rule: str, fact_key: str, claims: tuple[Claim, ...]) -> str:
    """Stable id of a finding: rule + fact key + the normalized quotes (never offsets or run time)."""
    quotes = sorted({squash(c.mention.text).lower() for c in claims})
    digest = hashlib.sha1("\x1f".join([rule, fact_key, *quotes]).encode("utf-8")).hexdigest()
    return digest[:16]


def make_finding(
    rule: RuleContext,
    kind: str,
    message: str,
    fact_key: str,
    sides: tuple[tuple[Claim, ...], ...],
    severity: Severity | None = None,
    details: tuple[tuple[str, str], ...] = (),
) -> Finding:
    claims = tuple(c for side in sides for c in side)
    return Finding(
        kind=kind,
        rule=rule.id,
        severity=severity or rule.severity,
        message=message,
        fact_key=fact_key,
        sides=sides,
        fingerprint=fingerprint(rule.id, fact_key, claims),
        details=details,
    )


def load_all() -> dict[str, CheckSpec]:
    """Import every check module so their decorators run; returns the registry."""
    from checker.checks import arithmetic, conflict, reference, support, time  # noqa: F401

    return REGISTRY

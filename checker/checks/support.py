"""Support checks: figures that only one outlet gives, worth verifying before they are repeated."""

from __future__ import annotations

from checker.checks import Corpus, RuleContext, check, make_finding
from checker.model import Finding


@check("single_source", scope="corpus", include_hedged=False, include_generic=True)
def single_source(corpus: Corpus, rule: RuleContext) -> list[Finding]:
    """Every fact stated by one source only (hedged forecasts left out unless asked for)."""
    findings = []
    for fact in corpus.facts:
        if fact.kind.value not in rule.applies_to or len(fact.independent_sources) != 1:
            continue
        claims = tuple(c for c in fact.claims if rule.params["include_hedged"] or not (c.hedged or c.forecast))
        if not claims or (not rule.params["include_generic"] and claims[0].measure.startswith("~")):
            continue
        quotes = " / ".join(dict.fromkeys(f"“{c.mention.text.strip()}”" for c in claims))
        message = f"{fact.key}: only {claims[0].source} gives {quotes}"
        findings.append(
            make_finding(rule, "unsupported", message, fact.key, (claims,), details=(("doc", claims[0].doc),))
        )
    return findings

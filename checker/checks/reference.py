"""Reference checks: claims against trusted values the user supplies (--reference FILE)."""

from __future__ import annotations

from fnmatch import fnmatchcase

from checker.checks import Corpus, RuleContext, check, make_finding
from checker.model import Finding


@check("reference_value", scope="corpus", tolerance=0.0)
def reference_value(corpus: Corpus, rule: RuleContext) -> list[Finding]:
    """Every claim of a fact matching a reference entry whose value cannot be the reference value."""
    findings = []
    for ref in corpus.extra.get("reference", ()):
        resolved = ref.base()
        if resolved is None:
            continue
        dimension, expected = resolved
        pad = max(ref.tolerance, float(rule.params["tolerance"]))
        expected = expected.widened(pad)
        for fact in corpus.facts:
            # a pattern names the fact, not the story it was read in ("*lima*" must not match story "quake-lima")
            key = fact.key.removeprefix(f"[{fact.story}] ") if fact.story else fact.key
            if fact.dimension != dimension or not fnmatchcase(key.lower(), ref.pattern.lower()):
                continue
            wrong = tuple(
                c
                for c in fact.claims
                if not c.hedged
                and c.mention.base_interval is not None
                and not c.mention.base_interval.overlaps(expected)
            )
            if not wrong:
                continue
            quotes = "; ".join(f"{c.source} says “{c.mention.text.strip()}”" for c in wrong)
            origin = (
                f" ({ref.source}" + (f", as of {ref.as_of.isoformat()}" if ref.as_of else "") + ")"
                if ref.source or ref.as_of
                else ""
            )
            shown = (
                f"{ref.interval.low:,.6g}"
                if ref.interval.low == ref.interval.high
                else f"{ref.interval.low:,.6g}–{ref.interval.high:,.6g}"
            )
            message = f"{fact.key}: {quotes}; the reference value is {shown} {ref.unit}{origin}"
            findings.append(
                make_finding(
                    rule,
                    "reference",
                    message,
                    fact.key,
                    (wrong,),
                    details=(("reference_source", ref.source), ("pattern", ref.pattern)),
                )
            )
    return findings

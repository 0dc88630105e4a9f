"""SARIF 2.1.0 (crosscheck.sarif): the findings for code-scanning tools (GitHub code scanning, VS Code viewers).

One result per listed finding, located at the first claim's figure, with the other sides' figures as related
locations; partialFingerprints carry crosscheck's stable fingerprint so alerts survive unrelated edits. Regions
give both character offsets and lines/columns, computed from the article text (columns count code points).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from checker.model import Claim, Finding
from checker.report.records import Locator, baseline_statuses, new_flags, rule_family, shown

if TYPE_CHECKING:
    from checker.engine import Rule
    from checker.run import RunResult

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "crosscheck/v1"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def artifact_uri(path: str) -> str:
    """A relative path as a URI reference ('samples/a b.md' → 'samples/a%20b.md'); absolute paths as file: URIs."""
    candidate = Path(path)
    if candidate.is_absolute():
        return candidate.as_uri()
    return quote(path.replace("\\", "/"), safe="/-._~")


def _rule_descriptor(rule: Rule, report_uri: str) -> dict[str, Any]:
    short = rule.title or rule.why.split(". ")[0].rstrip(".") + "."
    examples = "\n".join(
        [f"Fires on: [{e.published}] {e.source}: {e.text}" for e in rule.fires]
        + [f"Passes: [{e.published}] {e.source}: {e.text}" for e in rule.passes]
    )
    markdown = (
        f"**{rule.id} {rule.name}** — {rule.why}\n\n**Fires on**\n\n"
        + "\n".join(f"- {e.source}: {e.text}" for e in rule.fires)
        + "\n\n**Passes**\n\n"
        + "\n".join(f"- {e.source}: {e.text}" for e in rule.passes)
    )
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": short},
        "fullDescription": {"text": rule.why},
        "helpUri": f"{report_uri}#rule-{rule.id}",
        "help": {"text": f"{rule.why}\n\n{examples}", "markdown": markdown},
        "defaultConfiguration": {"level": LEVELS[rule.severity.value], "enabled": bool(rule.enabled)},
        "properties": {
            "tags": ["crosscheck", rule_family(rule.id)],
            "family": rule_family(rule.id),
            "check": rule.check,
        },
    }


def _location(locator: Locator, claim: Claim, message: str, location_id: int | None = None) -> dict[str, Any]:
    span = locator.span(claim)
    region: dict[str, Any] = {"startLine": span.start_line, "endLine": span.end_line}
    if span.start_column is not None:
        region.update(
            startColumn=span.start_column,
            endColumn=span.end_column,
            charOffset=span.char_offset,
            charLength=span.char_length,
        )
    region["snippet"] = {"text": claim.mention.text}
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(span.path)}, "region": region}
    if span.char_offset is not None:
        physical["contextRegion"] = {
            "charOffset": claim.sentence_start,
            "charLength": len(claim.sentence),
            "snippet": {"text": claim.sentence},
        }
    location: dict[str, Any] = {
        "physicalLocation": physical,
        "message": {"text": message},
        "properties": {
            "doc": claim.doc,
            "source": claim.source,
            "published": claim.published.isoformat() if claim.published else None,
        },
    }
    if location_id is not None:
        location["id"] = location_id
    return location


def _claim_message(side: int, claim: Claim) -> str:
    return f"Side {LETTERS[side % 26]}: {claim.source} says “{claim.mention.text.strip()}” ({claim.doc})"


def _result(
    run: RunResult, locator: Locator, rule_index: dict[str, int], finding: Finding, status: str | None, new: bool | None
) -> dict[str, Any]:
    placed = [(side, claim) for side, group in enumerate(finding.sides) for claim in group]
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "level": LEVELS[finding.severity.value],
        "kind": "fail",
        "message": {"text": finding.message},
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
        "properties": {
            "kind": finding.kind,
            "fact": finding.fact_key,
            "severity": finding.severity.value,
            **{k: v for k, v in finding.details},
        },
    }
    if finding.rule in rule_index:
        result["ruleIndex"] = rule_index[finding.rule]
    if placed:
        side, first = placed[0]
        result["locations"] = [_location(locator, first, _claim_message(side, first))]
        result["relatedLocations"] = [
            _location(locator, claim, _claim_message(s, claim), location_id=i)
            for i, (s, claim) in enumerate(placed[1:], start=1)
        ]
    if status is not None:
        result["properties"]["status"] = status
        result["baselineState"] = "new" if status == "new" else "unchanged"
        if status in ("baselined", "waived"):
            where = f" {run.baseline.path}" if run.baseline and run.baseline.path else ""
            result["suppressions"] = [
                {
                    "kind": "external",
                    "status": "accepted",
                    "justification": f"{status} in the crosscheck baseline{where}",
                }
            ]
    elif new is not None:
        result["properties"]["new"] = new
        result["baselineState"] = "new" if new else "unchanged"
    if run.history is not None and finding.fingerprint in run.history.open_nights:
        result["properties"]["openNights"] = run.history.open_nights[finding.fingerprint]
    return result


def sarif_log(run: RunResult, report_uri: str = "index.html") -> dict[str, Any]:
    """The SARIF log as a dict. `report_uri` is where the HTML report lives; rule help links to its anchors."""
    locator = Locator(run.analysis.documents)
    rules = list(run.rules)
    rule_index = {r.id: i for i, r in enumerate(rules)}
    listed = shown(run)
    statuses = baseline_statuses(run, listed)
    news = new_flags(run, listed)
    notifications = [
        {
            "level": "warning",
            "message": {"text": f"skipped {s.path}: {s.reason}"},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(s.path)}}}],
        }
        for s in run.skipped
    ]
    notifications += [
        {
            "level": "error",
            "message": {
                "text": f"data-quality check failed on {q.table}: {q.expectation}"
                + (f" — {q.details}" if q.details else "")
            },
        }
        for q in run.quality
        if not q.success
    ]
    invocation: dict[str, Any] = {"executionSuccessful": True}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "crosscheck",
                        "version": run.version,
                        "semanticVersion": run.version,
                        "rules": [_rule_descriptor(r, report_uri) for r in rules],
                    }
                },
                "invocations": [invocation],
                "columnKind": "unicodeCodePoints",
                "results": [
                    _result(run, locator, rule_index, f, s, n) for f, s, n in zip(listed, statuses, news, strict=True)
                ],
                "properties": {
                    "generated": run.generated,
                    "inputs": list(run.inputs),
                    "show": run.show,
                    "failOn": run.fail_on,
                },
            }
        ],
    }


def render_sarif(run: RunResult, report_uri: str = "index.html") -> str:
    return json.dumps(sarif_log(run, report_uri), indent=1, ensure_ascii=False) + "\n"


def write_sarif(run: RunResult, out: Path, report_uri: str | None = None) -> Path:
    """Write crosscheck.sarif; rule help links point at the index.html written next to it unless told otherwise."""
    path = out / "crosscheck.sarif"
    uri = report_uri or (out / "index.html").resolve().as_uri()
    path.write_text(render_sarif(run, uri), encoding="utf-8")
    return path

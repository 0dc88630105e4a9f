"""JUnit XML (junit.xml) for CI test dashboards: one testcase per fact, a <failure> per error/warning finding.

Testsuites group testcases by rule family (classname crosscheck.numbers, .dates, .support, .arithmetic,
.reference): a fact takes the family of its most severe listed finding, or numbers/dates by its kind when it
has none. Findings not tied to a fact (a sentence's own arithmetic) get a testcase of their own; skipped inputs
are <skipped/> testcases in crosscheck.inputs. Info findings are written to <system-out>, not failures.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from checker.model import DATE_KINDS, Fact, Finding
from checker.report.records import Locator, baseline_statuses, new_flags, rule_family, shown

if TYPE_CHECKING:
    from checker.run import RunResult

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _clean(text: object) -> str:
    """Text XML 1.0 can hold (control characters dropped)."""
    return _XML_INVALID.sub("", str(text))


def _properties(parent: ET.Element, items: list[tuple[str, object]]) -> None:
    properties = ET.SubElement(parent, "properties")
    for name, value in items:
        if value is None or value == "":
            continue
        ET.SubElement(properties, "property", name=name, value=_clean(value))


def _finding_text(locator: Locator, finding: Finding) -> str:
    lines = [finding.message, ""]
    for side, group in enumerate(finding.sides):
        for claim in group:
            lines.append(
                f"Side {LETTERS[side % 26]}: {claim.source} ({locator.where(claim)}, "
                f"characters {claim.mention.start}-{claim.mention.end}"
                + (f", published {claim.published.isoformat()}" if claim.published else "")
                + ")"
            )
            lines.append(f"  “{claim.sentence}”")
    lines.append(f"fingerprint {finding.fingerprint}")
    return "\n".join(lines)


def junit_tree(run: RunResult) -> ET.ElementTree:
    """The JUnit document as an ElementTree."""
    analysis = run.analysis
    locator = Locator(analysis.documents)
    rule_names = {r.id: r.name for r in run.rules}
    listed = shown(run)
    marks = {
        id(f): (status, new)
        for f, status, new in zip(listed, baseline_statuses(run, listed), new_flags(run, listed), strict=True)
    }
    by_fact: dict[str, list[Finding]] = defaultdict(list)
    for finding in listed:
        by_fact[finding.fact_key].append(finding)
    suites: dict[str, list[tuple[str, Fact | None, list[Finding]]]] = defaultdict(list)
    for fact in analysis.facts:
        findings = by_fact.get(fact.key, [])
        if findings:
            family = rule_family(max(findings, key=lambda f: f.severity.rank).rule)
        else:
            family = "dates" if fact.kind in DATE_KINDS else "numbers"
        suites[family].append((fact.key, fact, findings))
    fact_keys = {fact.key for fact in analysis.facts}
    for key, findings in by_fact.items():
        if key not in fact_keys:
            suites[rule_family(max(findings, key=lambda f: f.severity.rank).rule)].append((key, None, findings))

    root = ET.Element("testsuites", name="crosscheck")
    totals = {"tests": 0, "failures": 0, "skipped": 0}
    for family in sorted(suites):
        suite = ET.SubElement(root, "testsuite", name=f"crosscheck.{family}", tests=str(len(suites[family])))
        _properties(suite, [("crosscheck.version", run.version), ("generated", run.generated), ("show", run.show)])
        failures = 0
        for name, fact, findings in suites[family]:
            case = ET.SubElement(suite, "testcase", classname=f"crosscheck.{family}", name=_clean(name), time="0")
            first = findings[0].claims[0] if findings and findings[0].claims else (fact.claims[0] if fact else None)
            if first is not None:
                case.set("file", _clean(locator.path(first)))
                case.set("line", str(locator.span(first).start_line))
            items: list[tuple[str, object]] = [("fact", name)]
            if fact is not None:
                items += [
                    ("kind", fact.kind.value),
                    ("status", fact.status),
                    ("sources", "; ".join(fact.sources)),
                    ("claims", len(fact.claims)),
                ]
            for f in findings:
                status, new = marks[id(f)]
                items.append(
                    (
                        "finding",
                        f"{f.rule} {f.severity.value} {f.fingerprint}"
                        + (f" {status}" if status else "")
                        + (f" {'new' if new else 'seen before'}" if status is None and new is not None else ""),
                    )
                )
            _properties(case, items)
            info = []
            for f in findings:
                if f.severity.value in ("error", "warning"):
                    failure = ET.SubElement(
                        case,
                        "failure",
                        message=_clean(f.message),
                        type=_clean(f"{f.rule} {rule_names.get(f.rule, '')}".strip()),
                    )
                    failure.text = _clean(_finding_text(locator, f))
                    failures += 1
                else:
                    info.append(
                        f"[{f.severity.value}] {f.rule} {rule_names.get(f.rule, '')}: " + _finding_text(locator, f)
                    )
            if info:
                ET.SubElement(case, "system-out").text = _clean("\n\n".join(info))
        for key, value in (("failures", failures), ("errors", 0), ("skipped", 0), ("time", 0)):
            suite.set(key, str(value))
        totals["tests"] += len(suites[family])
        totals["failures"] += failures

    if run.skipped:
        suite = ET.SubElement(
            root,
            "testsuite",
            name="crosscheck.inputs",
            tests=str(len(run.skipped)),
            failures="0",
            errors="0",
            skipped=str(len(run.skipped)),
            time="0",
        )
        for s in run.skipped:
            case = ET.SubElement(suite, "testcase", classname="crosscheck.inputs", name=_clean(s.path), time="0")
            ET.SubElement(case, "skipped", message=_clean(s.reason))
        totals["tests"] += len(run.skipped)
        totals["skipped"] += len(run.skipped)
    for key, value in totals.items():
        root.set(key, str(value))
    root.set("errors", "0")
    root.set("time", "0")
    return ET.ElementTree(root)


def render_junit(run: RunResult) -> str:
    tree = junit_tree(run)
    ET.indent(tree, space=" ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(tree.getroot(), encoding="unicode") + "\n"


def write_junit(run: RunResult, out: Path) -> Path:
    path = out / "junit.xml"
    path.write_text(render_junit(run), encoding="utf-8")
    return path

"""The HTML report: one self-contained page (inline CSS and JS, no network) a person reads in the morning."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from markupsafe import Markup, escape

from checker.model import Claim
from checker.report.records import coverage_records, display_value

TEMPLATES = Path(__file__).parent / "templates"


def highlight(claim: Claim) -> Markup:
    """The claim's sentence with the figure wrapped in <mark>."""
    sentence = claim.sentence
    start = max(0, claim.mention.start - claim.sentence_start)
    end = min(len(sentence), claim.mention.end - claim.sentence_start)
    return Markup("{}<mark>{}</mark>{}").format(escape(sentence[:start]), escape(sentence[start:end]),
                                                escape(sentence[end:]))


def render_html(run) -> str:  # noqa: ANN001 - a cli.RunResult
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["highlight"] = highlight
    env.filters["value"] = lambda claim: display_value(claim.mention)
    analysis = run.analysis
    findings = analysis.findings
    problems = [f for f in findings if f.kind != "unsupported"]
    unsupported_by_doc: dict[str, list] = defaultdict(list)
    for f in findings:
        if f.kind == "unsupported":
            unsupported_by_doc[f.claims[0].doc].append(f)
    counts: dict[str, int] = defaultdict(int)
    for f in findings:
        counts[f.severity.value] += 1
    template = env.get_template("report.html.j2")
    return template.render(
        run=run, analysis=analysis, problems=problems, unsupported_by_doc=dict(sorted(unsupported_by_doc.items())),
        corroborated=[f for f in analysis.facts if f.status == "corroborated"], counts=dict(counts),
        coverage=coverage_records(analysis.documents, analysis.extractions),
        sources={d.doc: d.source for d in analysis.documents}, rules={r.id: r for r in run.rules},
        undated=[d for d in analysis.documents if d.published is None],
    )


def write_html(run, out: Path) -> Path:  # noqa: ANN001
    path = out / "index.html"
    path.write_text(render_html(run), encoding="utf-8")
    return path

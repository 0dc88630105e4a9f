"""RunResults for the report tests: the real pipeline over the samples or small in-memory articles, history,
baseline and quality filled by hand, and a 10,000-article run fabricated cheaply from the samples' records.

The other test_report_* files import the builders from here (tests/ is on sys.path through conftest.py).
"""

from __future__ import annotations

import functools
from dataclasses import replace
from datetime import date
from pathlib import Path

from checker.baseline import occurrence_keys
from checker.engine import load_rules
from checker.ingest import read_corpus
from checker.model import Claim, Document, Finding
from checker.pipeline import Analysis, analyze
from checker.run import BaselineView, HistoryView, QualityResult, RunResult

ROOT = Path(__file__).resolve().parent.parent
GENERATED = "2026-11-23 03:00 UTC"


@functools.cache
def rules() -> tuple:
    return load_rules()


@functools.cache
def sample_analysis() -> tuple[Analysis, tuple, tuple]:
    """The bundled samples through the real pipeline (paths relative to the repository, as the CLI would see them)."""
    import os

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        corpus = read_corpus(["samples"])
    finally:
        os.chdir(cwd)
    return analyze(corpus.documents, rules()), corpus.skipped, corpus.notes


def sample_run(**changes: object) -> RunResult:
    """The samples' run as `crosscheck check samples` makes it; keyword arguments replace RunResult fields."""
    analysis, skipped, notes = sample_analysis()
    run = RunResult(
        analysis=analysis, rules=rules(), skipped=skipped, notes=notes, inputs=("samples",), generated=GENERATED
    )
    return replace(run, **changes) if changes else run


def history_for(analysis: Analysis, new: int = 3) -> HistoryView:
    """A history in which the first `new` findings are new, one finding was resolved and 12 nights are recorded."""
    fingerprints = [f.fingerprint for f in analysis.findings]
    return HistoryView(
        previous_run="2026-11-22 03:00 UTC",
        new=frozenset(fingerprints[:new]),
        resolved=({"fingerprint": "0123456789abcdef", "rule": "CC101", "message": "Old trade figure, now agreed"},),
        open_nights={fp: 1 + i % 7 for i, fp in enumerate(fingerprints[new:])},
        trend=tuple(
            {
                "run": f"2026-11-{day:02d}",
                "errors": 6 + day % 4,
                "warnings": day % 2,
                "info": 40 + day % 5,
                "by_source": {},
            }
            for day in range(11, 23)
        ),
    )


def baseline_for(analysis: Analysis) -> BaselineView:
    """A baseline accepting the second finding and waiving the third; everything else is new."""
    keys = occurrence_keys(analysis.findings)
    status = dict.fromkeys(keys, "new")
    status[keys[1]] = "baselined"
    status[keys[2]] = "waived"
    return BaselineView(
        path="crosscheck-baseline.json",
        status=status,
        expired=(
            {
                "fingerprint": "fedcba9876543210",
                "rule": "CC102",
                "reason": "agreed with desk",
                "by": "ana",
                "expires": "2026-11-01",
            },
        ),
        unmatched=({"fingerprint": "00000000aaaaaaaa", "rule": "CC201", "message": "gone"},),
    )


QUALITY = (
    QualityResult("claims", "expect_column_values_to_not_be_null(doc)", True),
    QualityResult("claims", "expect_column_values_to_be_between(start, 0)", True),
    QualityResult("findings", "expect_column_values_to_be_in_set(severity)", False, "2 unexpected values: 'fatal'"),
)


def full_sample_run(**changes: object) -> RunResult:
    """The samples' run with history, baseline and data-quality results filled in."""
    analysis, _, _ = sample_analysis()
    return sample_run(history=history_for(analysis), baseline=baseline_for(analysis), quality=QUALITY, **changes)


def small_run(*articles: tuple[str, str, str], **changes: object) -> RunResult:
    """A run over in-memory articles given as (source, published ISO date, text)."""
    documents = [
        Document(
            doc=f"doc{i}",
            source=source,
            text=text,
            path=f"articles/doc{i}.md",
            published=date.fromisoformat(published) if published else None,
        )
        for i, (source, published, text) in enumerate(articles)
    ]
    run = RunResult(analysis=analyze(documents, rules()), rules=rules(), inputs=("articles",), generated=GENERATED)
    return replace(run, **changes) if changes else run


@functools.cache
def large_run(articles: int = 10_000, outlets_per_source: int = 25) -> RunResult:
    """About `articles` articles: the samples repeated with distinct doc ids, outlets, fact keys and fingerprints.

    No extraction runs: the records are copied with dataclasses.replace, so 10,000 articles take a few seconds.
    """
    base, _, _ = sample_analysis()
    copies = -(-articles // len(base.documents))
    documents, extractions, claims, facts, findings = [], [], [], [], []
    for j in range(copies):
        doc_ids = {d.doc: f"{d.doc}-{j}" for d in base.documents}
        sources = {d.source: f"{d.source} {j % outlets_per_source}" for d in base.documents}
        mapped: dict[int, Claim] = {}

        def copy(
            claim: Claim, j: int = j, doc_ids: dict = doc_ids, sources: dict = sources, mapped: dict = mapped
        ) -> Claim:
            new = mapped.get(id(claim))
            if new is None:
                new = mapped[id(claim)] = claim._replace(
                    mention=claim.mention._replace(doc=doc_ids[claim.doc]),
                    source=sources.get(claim.source, claim.source),
                )
            return new

        documents += [
            replace(d, doc=doc_ids[d.doc], source=sources[d.source], path=f"bulk/{j}/{Path(d.path).name}")
            for d in base.documents
        ]
        extractions += [replace(e, doc=doc_ids[e.doc]) for e in base.extractions]
        claims += [copy(c) for c in base.claims]
        facts += [replace(f, key=f"{f.key} #{j}", claims=tuple(copy(c) for c in f.claims)) for f in base.facts]
        findings += [_copy_finding(f, j, copy) for f in base.findings]
        if len(documents) >= articles:
            break
    findings.sort(key=lambda f: (-f.severity.rank, f.rule, f.fact_key, f.fingerprint))
    analysis = Analysis(
        tuple(documents[:articles]), tuple(extractions[:articles]), tuple(claims), tuple(facts), tuple(findings)
    )
    return RunResult(
        analysis=analysis,
        rules=rules(),
        inputs=("bulk",),
        generated=GENERATED,
        history=history_for(analysis, new=len(findings) // 10),
        quality=QUALITY,
    )


def _copy_finding(finding: Finding, j: int, copy) -> Finding:
    return replace(
        finding,
        fact_key=f"{finding.fact_key} #{j}",
        fingerprint=f"{finding.fingerprint[:10]}{j:06x}",
        sides=tuple(tuple(copy(c) for c in side) for side in finding.sides),
    )


def test_sample_run_has_every_kind_of_record() -> None:
    run = full_sample_run()
    kinds = {f.kind for f in run.findings}
    assert {"conflict", "unsupported", "arithmetic", "unit-anomaly"} <= kinds
    assert run.history is not None and run.baseline is not None and any(not q.success for q in run.quality)


def test_large_run_is_10k_articles_with_distinct_fingerprints() -> None:
    run = large_run()
    analysis = run.analysis
    assert len(analysis.documents) == 10_000
    assert len(analysis.claims) >= 100_000
    assert len({f.fingerprint for f in analysis.findings}) == len(analysis.findings) > 5_000
    assert len({d.doc for d in analysis.documents}) == 10_000
    assert len({d.source for d in analysis.documents}) > 100

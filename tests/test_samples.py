"""The sample corpora end to end: every planted conflict is found, no false conflict, no trap sprung."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from checker.engine import load_rules
from checker.gold import evaluate, load_gold
from checker.ingest import read_corpus
from checker.pipeline import analyze
from tests.conftest import ROOT

CORPORA = ["summit", "storm"]


@cache
def _report(*names: str):
    corpus = read_corpus([ROOT / "samples" / name for name in names])
    analysis = analyze(corpus.documents, load_rules())
    reports = []
    for name in names:
        folder = (ROOT / "samples" / name).resolve()
        texts = {d.doc: d.text for d in corpus.documents if Path(d.path.rsplit(":", 1)[0]).resolve().parent == folder}
        gold = load_gold(folder / "gold.yaml")
        reports.append(evaluate(gold, texts, analysis.findings, analysis.facts, analysis.claims))
    return corpus, analysis, reports


@pytest.mark.parametrize("name", CORPORA)
def test_sample_corpus_reads_cleanly(name: str) -> None:
    corpus, _, _ = _report(name)
    assert len(corpus.documents) >= 6 and not corpus.skipped
    assert len({d.source for d in corpus.documents}) >= 4


@pytest.mark.parametrize("name", CORPORA)
def test_every_planted_conflict_is_found(name: str) -> None:
    _, _, (report,) = _report(name)
    assert not report.conflicts_missed, report.summary()
    assert report.conflicts_found


@pytest.mark.parametrize("name", CORPORA)
def test_no_false_conflict_and_no_trap(name: str) -> None:
    _, _, (report,) = _report(name)
    assert not report.false_conflicts, report.false_conflicts
    assert not report.traps_violated, report.traps_violated


@pytest.mark.parametrize("name", CORPORA)
def test_planted_arithmetic_errors_are_found(name: str) -> None:
    _, _, (report,) = _report(name)
    assert not report.arithmetic_missed


def test_both_corpora_together_stay_apart() -> None:
    """Run as one corpus (as `make nightly` does): no fact mixes the two stories, and the results hold."""
    _, analysis, reports = _report(*CORPORA)
    for report in reports:
        assert not report.conflicts_missed and not report.false_conflicts and not report.traps_violated
    summit_docs = {d.doc for d in read_corpus([ROOT / "samples" / "summit"]).documents}
    for fact in analysis.facts:
        in_summit = {c.doc in summit_docs for c in fact.claims}
        assert len(in_summit) == 1, fact.key

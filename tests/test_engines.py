"""1, 2 or N workers, and the Dask engine, give the same findings in the same order with the same fingerprints."""

from __future__ import annotations

import pytest

from checker.engine import load_rules
from checker.ingest import read_corpus
from checker.pipeline import analyze
from tests.conftest import ROOT


def _signature(analysis):
    return (
        [(f.rule, f.fact_key, f.fingerprint, f.message) for f in analysis.findings],
        [(f.key, f.status, f.why, [(c.doc, c.mention.start) for c in f.claims]) for f in analysis.facts],
        [(c.doc, c.mention.start, c.measure) for c in analysis.claims],
    )


@pytest.fixture(scope="module")
def corpus():
    # the two sample corpora, three times over under distinct ids: enough articles for a real pool
    from dataclasses import replace

    documents = read_corpus([ROOT / "samples"]).documents
    return [replace(d, doc=f"{d.doc}~{i}", source=f"{d.source} {i}") for i in range(3) for d in documents]


def test_workers_give_identical_results(corpus, monkeypatch) -> None:
    import checker.pipeline as pipeline

    monkeypatch.setattr(pipeline, "MIN_DOCUMENTS_PER_WORKER", 5)
    rules = load_rules()
    one = analyze(corpus, rules, workers=1)
    two = analyze(corpus, rules, workers=2)
    three = analyze(corpus, rules, workers=3)
    assert _signature(one) == _signature(two) == _signature(three)
    assert any(f.kind == "conflict" for f in one.findings)


def test_dask_local_cluster_gives_identical_results(corpus) -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed (pip install 'crosscheck[dask]')")
    from checker.distributed import analyze_on_dask

    rules = load_rules()
    local = analyze(corpus, rules, workers=1)
    on_dask = analyze_on_dask(corpus, rules, workers=2)
    assert _signature(on_dask) == _signature(local)

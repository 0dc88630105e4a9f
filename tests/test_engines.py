"""1, 2 or N workers, and the Dask engine, give the same findings in the same order with the same fingerprints."""

from __future__ import annotations

import os

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


def test_spawned_workers_get_their_documents_sent(corpus, monkeypatch) -> None:
    """Where processes cannot fork, workers do not inherit the documents: each batch is sent to them."""
    import multiprocessing

    import checker.pipeline as pipeline

    monkeypatch.setattr(pipeline, "MIN_DOCUMENTS_PER_WORKER", 5)
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    rules = load_rules()
    documents = corpus[:24]
    assert _signature(analyze(documents, rules, workers=2)) == _signature(analyze(documents, rules, workers=1))
    assert pipeline._INHERITED == ()


def test_dask_local_cluster_gives_identical_results(corpus) -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed (pip install 'crosscheck[dask]')")
    from checker.distributed import analyze_on_dask

    rules = load_rules()
    local = analyze(corpus, rules, workers=1)
    on_dask = analyze_on_dask(corpus, rules, workers=2)
    assert _signature(on_dask) == _signature(local)


def _niceness_of_a_worker() -> int:
    from checker import pipeline

    pipeline._worker_start()
    return os.nice(0)


def test_pool_workers_run_below_the_parent() -> None:
    """The parent turns the workers' results into claims as they come: workers yield to it, so it is not left
    with a backlog to finish alone after them."""
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.apply(_niceness_of_a_worker) == min(19, os.nice(0) + 3)


def _collector_of_a_worker() -> bool:
    import gc

    from checker import pipeline

    pipeline._worker_start()
    return gc.isenabled()


def test_pool_workers_collect_while_the_parent_has_paused_its_collector() -> None:
    """The CLI pauses the collector while it analyzes (its records are acyclic); workers it forks meanwhile make
    and drop garbage for thousands of articles, so they turn theirs back on."""
    import gc
    import multiprocessing

    gc.disable()
    try:
        with multiprocessing.get_context("fork").Pool(1) as pool:
            assert pool.apply(_collector_of_a_worker)
    finally:
        gc.enable()


def test_the_cli_leaves_the_cyclic_collector_on(tmp_path) -> None:
    """The analysis and the report stage turn the collector off while they build their (acyclic) records, and
    back on after."""
    import gc

    from checker.cli import main

    assert main(["check", str(ROOT / "samples" / "storm"), "--out", str(tmp_path), "--quiet", "--no-history"]) in (0, 1)
    assert gc.isenabled()
    assert (tmp_path / "findings.json").exists()


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_the_collector_pauses_for_the_local_analysis_only(tmp_path, monkeypatch, engine: str) -> None:
    """The local analysis's records are acyclic; a Dask client's futures and callbacks are not, for as long as a
    cluster runs. (The Dask side is replaced by the local analysis here, to observe the collector, not Dask.)"""
    import gc

    from checker import distributed, pipeline
    from checker.cli import main

    seen: list[bool] = []
    real_analyze = pipeline.analyze

    def recording(documents, rules, **kwargs):
        seen.append(gc.isenabled())
        return real_analyze(documents, rules, extra=kwargs.get("extra"))

    monkeypatch.setattr(pipeline, "analyze", recording)
    monkeypatch.setattr(distributed, "analyze_on_dask", recording)
    samples = str(ROOT / "samples" / "storm")
    argv = ["check", samples, "--out", str(tmp_path), "--quiet", "--no-history", "--engine", engine, "--workers", "1"]
    assert main(argv) in (0, 1)
    assert seen == [engine == "dask"]
    assert gc.isenabled()

"""The great_expectations data-quality gate: passes on a real run, fails (and gates) on a corrupted table."""

from __future__ import annotations

import math

import pytest

from checker.quality import check_quality, claims_frame, findings_frame, validate_tables
from checker.run import RunResult


def _analysis(run):
    return run(
        (
            "Harbour Wire",
            "2024-05-14",
            "China's trade with Russia reached $240 billion in 2023. Nine firefighters were hurt on Thursday.",
        ),
        ("Baltic Post", "2024-05-15", "China's trade with Russia reached $250 billion in 2023."),
    )


def test_gate_passes_on_a_real_run(run) -> None:
    results = check_quality(_analysis(run))
    assert results and all(r.success for r in results), [r for r in results if not r.success]


def test_gate_fails_on_corrupted_tables(run) -> None:
    analysis = _analysis(run)
    claims = claims_frame(analysis)
    claims.loc[0, "end"] = claims.loc[0, "start"] - 1  # a span that ends before it starts
    claims.loc[1, "unit_base"] = "furlongs per fortnight"  # a unit extraction never emits
    numeric = claims["kind"] == "money"
    claims.loc[numeric.idxmax(), "value"] = math.nan  # a missing value
    findings = findings_frame(analysis.findings)
    findings.loc[findings["kind"] == "conflict", "n_sources"] = 1  # a conflict with one source
    failed = {(r.table, r.expectation.split("(")[0]) for r in validate_tables(claims, findings) if not r.success}
    assert ("claims", "expect_column_pair_values_a_to_be_greater_than_b") in failed
    assert ("claims", "expect_column_values_to_be_in_set") in failed
    assert ("numeric claims", "expect_column_values_to_not_be_null") in failed
    assert ("conflicts", "expect_column_values_to_be_between") in failed


def test_failed_expectation_gates_like_an_error(run, rules) -> None:
    from checker.cli import _exit_code
    from checker.run import QualityResult

    analysis = run(("Harbour Wire", "2024-05-14", "Nine firefighters were hurt."))
    clean = RunResult(analysis=analysis, rules=rules, quality=(QualityResult("claims", "x", True),))
    broken = RunResult(analysis=analysis, rules=rules, quality=(QualityResult("claims", "x", False, "1 unexpected"),))
    assert _exit_code(clean, "error") == 0
    assert _exit_code(broken, "error") == 1
    assert _exit_code(broken, "never") == 0


@pytest.mark.parametrize("at_once", [True, False])
def test_the_early_gate_in_a_forked_process_gives_the_inline_results(run, monkeypatch, at_once) -> None:
    """Whether the child imports great_expectations at once (a small run) or once the claims are done."""
    from checker.quality import EarlyGate

    monkeypatch.setattr(EarlyGate, "IMPORT_AT_ONCE_BELOW", 10**9 if at_once else 0)
    analysis = _analysis(run)
    gate = EarlyGate(analysis.documents)  # forks now; the child waits for the claims
    gate.submit_claims(analysis.claims)  # checked while we go on
    gate.submit(analysis.findings)
    early = gate.result()
    assert early == check_quality(analysis)
    assert early and all(r.success for r in early)
    assert gate.seconds > 0


def test_the_early_gate_reads_the_claims_it_is_sent_not_the_ones_it_inherited(run) -> None:
    """The gate forks before the claims exist: the table it checks is the one sent, with each claim's document
    length from the documents it inherited (a span past its document's end fails)."""
    from checker.quality import EarlyGate

    analysis = _analysis(run)
    gate = EarlyGate(analysis.documents)
    first = analysis.claims[0]
    past_the_end = first._replace(mention=first.mention._replace(end=10**6))
    gate.submit_claims((past_the_end, *analysis.claims[1:]))
    gate.submit(analysis.findings)
    failed = [r for r in gate.result() if not r.success]
    assert [r.expectation.split("(")[0] for r in failed] == ["expect_column_pair_values_a_to_be_greater_than_b"]
    assert "doc_length" in failed[0].expectation and failed[0].details.startswith("1 unexpected")


@pytest.mark.parametrize("enabled", [True, False])
def test_claims_added_document_by_document_in_any_order_are_checked_in_the_runs_order(
    run, monkeypatch, enabled
) -> None:
    """The CLI adds each document's claims as the workers (or the cache) give them; the gate checks the table of
    the run's claims in document order whatever the order they came in and however they were chunked: the same
    results as the inline check, the examples of a failure included."""
    from checker import forks
    from checker.quality import EarlyGate, claims_table, findings_frame

    if not enabled:
        monkeypatch.setattr(forks, "fork_available", lambda: False)
    analysis = _analysis(run)
    claims = list(analysis.claims)
    for k, i in enumerate((0, len(claims) // 3, len(claims) // 2, -1)):  # four spans past their document's end
        claims[i] = claims[i]._replace(mention=claims[i].mention._replace(end=10**6 + k))
    by_doc: dict[str, list] = {}
    for claim in claims:
        by_doc.setdefault(claim.doc, []).append(claim)
    position = {d.doc: i for i, d in enumerate(analysis.documents)}
    gate = EarlyGate(analysis.documents)
    gate.CHUNK = 7  # several messages
    for doc in sorted(by_doc, key=position.__getitem__, reverse=True):
        gate.add_claims(position[doc], tuple(by_doc[doc]))
    gate.claims_done()
    gate.submit(analysis.findings)
    expected = validate_tables(claims_table(analysis.documents, claims), findings_frame(analysis.findings))
    assert any(r.details.startswith("4 unexpected, e.g.") for r in expected)
    assert gate.result() == expected


_GATE_IMPORT_PROBE = """
import sys, time
from checker.quality import _gate

import_now = sys.argv[1] == "now"
started = []

def receive():
    if not started:  # the claims: they come once great_expectations is being imported, or after a while
        deadline = time.monotonic() + (60 if import_now else 1.5)
        while "great_expectations" not in sys.modules and time.monotonic() < deadline:
            time.sleep(0.01)
        started.append("great_expectations" in sys.modules)
        return ("claims done",)
    return []  # the findings' rows

results, seconds = _gate((), receive, import_now)
print(started[0], hasattr(sys.modules["great_expectations"], "get_context"), all(r.success for r in results))
"""


@pytest.mark.parametrize("when", ["now", "later"])
def test_the_gate_imports_great_expectations_before_the_claims_come_only_when_asked(when) -> None:
    """A small run's gate imports great_expectations while the claims are being made (in a thread of its own), a
    large run's once they are done; either way the gate ends with it imported whole."""
    import subprocess
    import sys

    probe = subprocess.run(
        [sys.executable, "-c", _GATE_IMPORT_PROBE, when], capture_output=True, text=True, timeout=300, check=True
    )
    assert probe.stdout.split() == [str(when == "now"), "True", "True"], probe.stderr


def test_a_cancelled_gate_stops_its_process(run) -> None:
    from checker.quality import EarlyGate

    analysis = _analysis(run)
    gate = EarlyGate(analysis.documents)
    process = gate._job._process
    gate.cancel()
    assert process is None or not process.is_alive()


def test_a_parallel_cli_run_reports_the_gate(tmp_path) -> None:
    import json
    from pathlib import Path

    from checker.cli import main

    samples = Path(__file__).resolve().parent.parent / "samples"
    out = tmp_path / "out"
    assert (
        main(
            [
                "check",
                str(samples),
                "--out",
                str(out),
                "--quiet",
                "--no-history",
                "--workers",
                "2",
                "--fail-on",
                "never",
                "--format",
                "html,json",
            ]
        )
        == 0
    )
    page = (out / "index.html").read_text(encoding="utf-8")
    # every expectation of both halves of the gate is listed: the claims' (checked early) and the findings'
    assert "expect_column_values_to_be_in_set(column=unit_base)" in page
    assert "expect_column_values_to_be_in_set(column=severity)" in page
    assert page.count("expect_column_") == len(check_quality_of_samples())
    assert json.loads((out / "findings.json").read_text(encoding="utf-8"))["findings"]


def check_quality_of_samples():
    from pathlib import Path

    from checker.engine import load_rules
    from checker.ingest import read_corpus
    from checker.pipeline import analyze

    corpus = read_corpus([Path(__file__).resolve().parent.parent / "samples"])
    return check_quality(analyze(corpus.documents, load_rules()))


def test_an_error_in_the_gates_process_is_reported_not_swallowed(run, monkeypatch) -> None:
    import pytest

    import checker.quality as quality
    from checker.errors import CrosscheckError

    analysis = _analysis(run)

    def broken(_claims):
        raise ValueError("great_expectations broke")

    monkeypatch.setattr(quality, "validate_claims", broken)  # the forked child inherits the patch
    gate = quality.EarlyGate(analysis.documents)
    gate.submit_claims(analysis.claims)
    gate.submit(analysis.findings)
    with pytest.raises(CrosscheckError, match="great_expectations broke"):
        gate.result()

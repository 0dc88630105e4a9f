"""The CI gate: config files, baselines counted by occurrence, waivers that expire, exit codes."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from checker.baseline import baseline_entries, compare, load_baseline, write_baseline
from checker.cli import main
from checker.config import load_config
from checker.errors import ConfigError

A = "---\nsource: Harbour Wire\npublished: 2024-05-14\n---\nChina's trade with Russia reached $240 billion in 2023.\n"
B = "---\nsource: Baltic Post\npublished: 2024-05-15\n---\nChina's trade with Russia reached $250 billion in 2023.\n"
C = "---\nsource: Meridian\npublished: 2024-05-15\n---\nPutin and Xi have held 38 meetings since 2012.\n"
D = "---\nsource: Steppe\npublished: 2024-05-15\n---\nPutin and Xi have held more than 40 meetings since 2012.\n"


def folder(tmp_path: Path, name: str, *texts: str) -> Path:
    path = tmp_path / name
    path.mkdir()
    for i, text in enumerate(texts):
        (path / f"a{i}.md").write_text(text, encoding="utf-8")
    return path


def findings(out: Path) -> list[dict]:
    return json.loads((out / "findings.json").read_text(encoding="utf-8"))["findings"]


def test_baseline_accepts_known_findings_and_gates_new_ones(tmp_path: Path) -> None:
    corpus = folder(tmp_path, "c", A, B)
    baseline = tmp_path / "baseline.json"
    assert main(["baseline", str(corpus), "-o", str(baseline), "--quiet"]) == 0
    entries = load_baseline(baseline)
    assert any(e.rule == "CC101" for e in entries)
    out = tmp_path / "out"
    # the accepted conflict no longer fails the gate...
    assert main(["check", str(corpus), "--out", str(out), "--baseline", str(baseline), "--no-history"]) == 0
    statuses = {f["rule"]: f.get("status") for f in findings(out)}
    assert statuses["CC101"] == "baselined"
    # ...but a new conflict does
    (corpus / "c.md").write_text(C, encoding="utf-8")
    (corpus / "d.md").write_text(D, encoding="utf-8")
    assert main(["check", str(corpus), "--out", str(out), "--baseline", str(baseline), "--no-history"]) == 1


def test_baseline_counts_occurrences_not_sets(run) -> None:
    analysis = run(
        ("A", "2024-05-14", "China's trade with Russia reached $240 billion in 2023."),
        ("B", "2024-05-15", "China's trade with Russia reached $250 billion in 2023."),
    )
    (conflict,) = [f for f in analysis.findings if f.kind == "conflict"]
    entries = baseline_entries([conflict])
    view = compare([conflict, conflict], entries, date.today())
    assert sorted(view.status.values()) == ["baselined", "new"]


def test_waiver_expires_and_is_reported(tmp_path: Path, run) -> None:
    analysis = run(
        ("A", "2024-05-14", "China's trade with Russia reached $240 billion in 2023."),
        ("B", "2024-05-15", "China's trade with Russia reached $250 billion in 2023."),
    )
    (conflict,) = [f for f in analysis.findings if f.kind == "conflict"]
    path = tmp_path / "b.json"
    write_baseline(path, baseline_entries([conflict]), "2024-05-20")
    data = json.loads(path.read_text())
    data["findings"][0].update(
        reason="checked with customs; Baltic Post corrected online",
        by="desk",
        expires=(date.today() + timedelta(days=3)).isoformat(),
    )
    path.write_text(json.dumps(data))
    entries = load_baseline(path)
    assert compare([conflict], entries, date.today()).status == {f"{conflict.fingerprint}#1": "waived"}
    later = compare([conflict], entries, date.today() + timedelta(days=10))
    assert later.status == {f"{conflict.fingerprint}#1": "new"}
    assert later.expired and later.expired[0]["by"] == "desk"


def test_baseline_file_errors(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    path.write_text('{"findings": [{"fingerprint": "x", "cuont": 2}]}')
    with pytest.raises(ConfigError, match="unknown key"):
        load_baseline(path)
    path.write_text("not json")
    with pytest.raises(ConfigError, match="not valid JSON"):
        load_baseline(path)


def test_config_in_pyproject_and_unknown_keys(tmp_path: Path) -> None:
    corpus = folder(tmp_path, "articles", A, B)
    (tmp_path / "pyproject.toml").write_text(
        "[tool.crosscheck]\npaths = ['articles']\nout = 'rep'\nfail_on = 'never'\nformat = ['json']\n"
        "disable = ['CC301']\n[tool.crosscheck.severity]\nCC101 = 'warning'\n",
        encoding="utf-8",
    )
    config = load_config(tmp_path / "pyproject.toml")
    assert config.paths == (str(corpus),) and config.fail_on == "never"
    assert main(["check", "--config", str(tmp_path / "pyproject.toml"), "--no-history", "--no-quality"]) == 0
    data = findings(tmp_path / "rep")
    assert not (tmp_path / "rep" / "index.html").exists()
    assert {f["rule"] for f in data} == {"CC101"} and data[0]["severity"] == "warning"
    # a flag overrides the config
    assert (
        main(
            [
                "check",
                "--config",
                str(tmp_path / "pyproject.toml"),
                "--fail-on",
                "warning",
                "--no-history",
                "--no-quality",
            ]
        )
        == 1
    )
    (tmp_path / "crosscheck.toml").write_text("paths = ['articles']\nfial_on = 'error'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown key 'fial_on'"):
        load_config(tmp_path / "crosscheck.toml")
    assert main(["check", "--config", str(tmp_path / "crosscheck.toml")]) == 2


def test_show_is_separate_from_fail_on(tmp_path: Path) -> None:
    corpus = folder(tmp_path, "c", A, B)
    out = tmp_path / "out"
    code = main(["check", str(corpus), "--out", str(out), "--show", "error", "--fail-on", "info", "--no-history"])
    assert code == 1
    assert all(f["severity"] == "error" for f in findings(out))


REPO = Path(__file__).resolve().parent.parent


def test_make_gate_passes_on_the_samples_and_fails_on_a_new_conflict(tmp_path: Path) -> None:
    """`make gate` checks the samples against the committed baseline: green as committed, red once an outlet
    contradicts an accepted fact. (A change to extraction that changes the samples' findings shows up here:
    review it, then `make baseline`.)"""
    import shutil

    baseline = REPO / "crosscheck-baseline.json"
    args = ["--baseline", str(baseline), "--fail-on", "error", "--no-history", "--quiet"]
    assert main(["check", str(REPO / "samples"), "--out", str(tmp_path / "a"), *args]) == 0
    corpus = tmp_path / "samples"
    shutil.copytree(REPO / "samples", corpus)
    (corpus / "summit" / "late-wire.md").write_text(
        "---\nsource: Late Wire\npublished: 2024-05-16\n---\n"
        "Trade between China and Russia reached a record $310 billion last year, customs data show.\n",
        encoding="utf-8",
    )
    assert main(["check", str(corpus), "--out", str(tmp_path / "b"), *args]) == 1

"""Reference facts (CSV or YAML) checked against every matching claim."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.cli import main
from checker.errors import ConfigError
from checker.reference import load_reference


def test_csv_reference_flags_the_wrong_outlet(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.md").write_text(
        "---\nsource: A\npublished: 2024-05-14\n---\nPower of Siberia will deliver 38 bcm of gas this year.\n",
        encoding="utf-8",
    )
    (corpus / "b.md").write_text(
        "---\nsource: B\npublished: 2024-05-14\n---\nPower of Siberia will deliver "
        "22 billion cubic meters of gas this year.\n",
        encoding="utf-8",
    )
    ref = tmp_path / "ref.csv"
    ref.write_text(
        "fact,value,unit,as_of,source\n*supply*Power of Siberia*2024*,38,bcm,2024-01-01,https://example.org/gazprom\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    main(["check", str(corpus), "--out", str(out), "--reference", str(ref), "--no-history", "--no-quality"])
    data = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    (finding,) = [f for f in data["findings"] if f["rule"] == "CC501"]
    assert [c["source"] for c in finding["claims"]] == ["B"]
    assert "example.org/gazprom" in finding["message"]


def test_reference_patterns_match_the_fact_not_its_story(tmp_path: Path) -> None:
    story = tmp_path / "quake-lima"
    story.mkdir()
    for source, homes in (("A", 200), ("B", 200)):
        (story / f"{source}.md").write_text(
            f"---\nsource: {source}\npublished: 2024-05-14\n---\nThe quake destroyed {homes} homes in Peru.\n",
            encoding="utf-8",
        )
    ref = tmp_path / "ref.csv"
    out = tmp_path / "out"
    argv = ["check", str(story), "--out", str(out), "--reference", str(ref), "--no-history", "--no-quality"]

    def cc501(pattern: str) -> list[dict]:
        ref.write_text(f"fact,value,unit\n{pattern},30,count\n", encoding="utf-8")
        main([*argv, "--stories", "folder", "--fail-on", "never"])
        data = json.loads((out / "findings.json").read_text(encoding="utf-8"))
        return [f for f in data["findings"] if f["rule"] == "CC501"]

    assert cc501("*lima*") == []  # the story's name is not part of the fact a pattern names
    assert [c["quote"] for c in cc501("*destroyed*")[0]["claims"]] == ["200 homes", "200 homes"]
    assert cc501("Peru destroyed*")  # anchored at the start of the fact, as without stories


def test_reference_file_errors(tmp_path: Path) -> None:
    path = tmp_path / "ref.yaml"
    path.write_text("- {fact: '*x*', value: 3, unit: parsecs-per-week}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown unit"):
        load_reference(path)
    path.write_text("- {fact: '*x*', valeu: 3, unit: USD}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown key"):
        load_reference(path)

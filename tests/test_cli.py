"""The command line end to end: files written, exit codes, skipped files named, help."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

from checker import accel
from checker.cli import main

A = "---\nsource: Harbour Wire\npublished: 2024-05-14\n---\nChina's trade with Russia reached $240 billion in 2023.\n"
B = "---\nsource: Baltic Post\npublished: 2024-05-15\n---\nChina's trade with Russia reached $250 billion in 2023.\n"
C = "---\nsource: Daily Ledger\npublished: 2024-05-15\n---\nChina's trade with Russia reached $240bn in 2023.\n"


def corpus(tmp_path: Path, *texts: str) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"a{i}.md").write_text(text, encoding="utf-8")
    return folder


def test_check_writes_the_four_files_and_exits_1_on_conflict(tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    code = main(["check", str(corpus(tmp_path, A, B, C)), "--out", str(out)])
    assert code == 1
    assert {"claims.csv", "discrepancies.csv", "findings.json", "index.html"} <= {p.name for p in out.iterdir()}
    data = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    assert {d["source"] for d in data["documents"]} == {"Harbour Wire", "Baltic Post", "Daily Ledger"}
    (conflict,) = [f for f in data["findings"] if f["kind"] == "conflict"]
    assert conflict["rule"] == "CC101" and conflict["severity"] == "error"
    assert {c["quote"] for c in conflict["claims"]} == {"$240 billion", "$250 billion", "$240bn"}
    for claim in conflict["claims"]:
        assert set(claim) >= {"doc", "source", "quote", "sentence", "start", "end", "value", "unit"}
    fact = next(f for f in data["facts"] if f["status"] == "conflict")
    assert "trade" in fact["key"] and "2023" in fact["key"]
    rows = list(csv.DictReader((out / "discrepancies.csv").open(encoding="utf-8")))
    assert {r["source"] for r in rows} == {"Harbour Wire", "Baltic Post", "Daily Ledger"}
    claims = list(csv.DictReader((out / "claims.csv").open(encoding="utf-8")))
    assert any(r["text"] == "$250 billion" and r["unit"] == "USD" and float(r["value"]) == 250e9 for r in claims)
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "<mark>$250 billion</mark>" in html
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", html)  # nothing loaded from the network
    assert "default-src 'none'" in html  # and the page forbids it


def test_exit_0_when_clean_or_fail_on_never(tmp_path: Path) -> None:
    folder = corpus(tmp_path, A, C)
    assert main(["check", str(folder), "--out", str(tmp_path / "o1")]) == 0
    folder2 = tmp_path / "second"
    folder2.mkdir()
    (folder2 / "a.md").write_text(A, encoding="utf-8")
    (folder2 / "b.md").write_text(B, encoding="utf-8")
    assert main(["check", str(folder2), "--out", str(tmp_path / "o2"), "--fail-on", "never"]) == 0
    # single-source figures are info: they fail the run only at --fail-on info
    assert main(["check", str(folder), "--out", str(tmp_path / "o3"), "--fail-on", "info"]) in (0, 1)


def test_broken_file_is_named_and_skipped_and_the_run_goes_on(tmp_path: Path, capsys) -> None:
    folder = corpus(tmp_path, A, B)
    (folder / "broken.md").write_bytes(b"\xff\xfe\x00garbage")
    out = tmp_path / "out"
    code = main(["check", str(folder), "--out", str(out)])
    assert code == 1
    err = capsys.readouterr().err
    assert "broken.md" in err and "skipped" in err
    data = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    assert [Path(s["path"]).name for s in data["skipped"]] == ["broken.md"]
    assert "broken.md" in (out / "index.html").read_text(encoding="utf-8")


def test_usage_and_input_errors_exit_2(tmp_path: Path, capsys) -> None:
    assert main(["check", str(tmp_path / "nothing-here"), "--out", str(tmp_path / "o")]) == 2
    assert "no readable articles" in capsys.readouterr().err
    assert main(["check", str(corpus(tmp_path, A)), "--format", "pdf"]) == 2
    assert main([]) == 2


def test_rules_listing_and_rule_page(capsys) -> None:
    assert main(["rules"]) == 0
    listing = capsys.readouterr().out
    assert "CC101" in listing and "numeric-conflict" in listing
    assert main(["rule", "CC201"]) == 0
    page = capsys.readouterr().out
    assert "date-conflict" in page and "Fires on" in page and "Passes" in page
    assert main(["rule", "CC999"]) == 2


def test_extract_prints_a_table_and_json(tmp_path: Path, capsys) -> None:
    folder = corpus(tmp_path, A)
    path = folder / "a0.md"
    assert main(["extract", str(path)]) == 0
    out = capsys.readouterr().out
    assert "$240 billion" in out and "money" in out and "2023" in out
    assert main(["extract", str(path), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {"text": "$240 billion", "kind": "money", "unit": "USD"}.items() <= rows[0].items()


def test_extract_shows_the_day_a_counted_phrase_names(tmp_path: Path, capsys) -> None:
    text = "---\nsource: Harbour Wire\npublished: 2024-05-14\n---\nThe talks broke down a month ago.\n"
    path = corpus(tmp_path, text) / "a0.md"
    assert main(["extract", str(path)]) == 0
    assert "2024-04-01…2024-04-30 (counted to 2024-04-14)" in capsys.readouterr().out
    assert main(["extract", str(path), "--json"]) == 0
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (row["date_start"], row["date_end"], row["granularity"], row["date_point"]) == (
        "2024-04-01",
        "2024-04-30",
        "month",
        "2024-04-14",
    )


def test_console_script_and_module_entry_point(tmp_path: Path) -> None:
    for command in (
        [sys.executable, "-m", "checker", "--help"],
        [str(Path(sys.executable).parent / "crosscheck"), "--help"],
    ):
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stderr
        assert "check" in result.stdout and "Exit codes" in result.stdout


def test_console_script_ends_with_the_run_s_exit_code_and_everything_written(tmp_path: Path) -> None:
    """The `crosscheck` command ends its process without freeing the run's objects one by one (os._exit): the
    exit code must still be the run's, every report complete, and both streams flushed into a pipe."""
    samples = Path(__file__).resolve().parent.parent / "samples"
    for command, fail_on, code in (
        ([str(Path(sys.executable).parent / "crosscheck")], "error", 1),
        ([sys.executable, "-m", "checker"], "never", 0),
    ):
        out = tmp_path / fail_on
        result = subprocess.run(
            [*command, "check", str(samples), "--out", str(out), "--no-history", "--fail-on", fail_on, "--timings"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == code, result.stderr
        assert f"wrote {out / 'findings.json'}" in result.stderr
        timings = json.loads(next(line for line in result.stderr.splitlines() if line.startswith('{"timings"')))
        assert timings["timings"]["total"] > 0
        # the child runs the compiled modules exactly when this process does (same interpreter, same sources)
        assert timings["compiled_modules"].startswith("in use" if accel.status().active else "not used: ")
        findings = json.loads((out / "findings.json").read_text(encoding="utf-8"))
        assert any(f["severity"] == "error" for f in findings["findings"])
        with (out / "claims.csv").open(encoding="utf-8", newline="") as handle:
            assert len(list(csv.reader(handle))) > 100
        assert (out / "index.html").read_text(encoding="utf-8").rstrip().endswith("</html>")


def test_check_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path) -> None:
    """A check tunes the collector for its millions of long-lived objects; a program embedding the CLI (or this
    test session) gets its own settings back, and nothing stays frozen."""
    import gc

    before = gc.get_threshold()
    article = tmp_path / "a.md"
    article.write_text("---\nsource: A\npublished: 2024-05-14\n---\nExports rose 13% to $240 billion.\n")
    assert main(["check", str(article), "--out", str(tmp_path / "out"), "--quiet", "--no-history"]) == 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_default_published_resolves_undated_articles_and_an_own_date_wins(tmp_path: Path, capsys) -> None:
    undated = "China's trade with Russia reached $240 billion last year.\n"
    dated = "China's trade with Russia reached $240bn in 2023.\n"
    own = (
        "---\nsource: Baltic Post\npublished: 2021-03-01\n---\n"
        "China's trade with Russia reached $250 billion last year.\n"
    )
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "plain.txt").write_text(undated, encoding="utf-8")
    (folder / "ledger.txt").write_text(dated, encoding="utf-8")
    (folder / "post.md").write_text(own, encoding="utf-8")

    def run(*extra: str) -> dict:
        out = tmp_path / f"out{len(list(tmp_path.iterdir()))}"
        assert main(["check", str(folder), "--out", str(out), "--fail-on", "never", "--no-history", *extra]) == 0
        return json.loads((out / "findings.json").read_text(encoding="utf-8"))

    # without a date "last year" stays unresolved: the plain article's figure is a fact of its own
    before = run()
    assert not any(f["kind"] == "conflict" for f in before["findings"])
    assert sum(1 for f in before["findings"] if f["rule"] == "CC301") == 3
    after = run("--default-published", "2024-05-15")
    assert "2 articles give no publication date: their relative dates resolve against 2024-05-15" in (
        capsys.readouterr().err
    )
    published = {d["doc"]: d.get("published") for d in after["documents"]}
    assert published == {"plain": "2024-05-15", "ledger": "2024-05-15", "post": "2021-03-01"}
    # "last year" is 2023 now: two outlets agree on one fact; the dated article's "last year" stays 2020
    (fact,) = [f for f in after["facts"] if "2023" in f["key"] and "trade" in f["key"]]
    assert fact["status"] != "conflict" and len({c["doc"] for c in fact["claims"]}) == 2
    assert sum(1 for f in after["findings"] if f["rule"] == "CC301") == 1


def test_default_published_from_the_config_and_a_bad_one_is_an_error(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "plain.txt").write_text("China's trade with Russia reached $240 billion last year.\n", encoding="utf-8")
    config = tmp_path / "crosscheck.toml"
    config.write_text("default_published = 2024-05-15\n", encoding="utf-8")  # a TOML date
    out = tmp_path / "out"
    assert main(["check", str(folder), "--out", str(out), "--config", str(config), "--no-history"]) == 0
    data = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    assert [d.get("published") for d in data["documents"]] == ["2024-05-15"]
    assert main(["check", str(folder), "--out", str(out), "--default-published", "yesterday"]) == 2
    assert "default publication date 'yesterday' is not a date (YYYY-MM-DD)" in capsys.readouterr().err

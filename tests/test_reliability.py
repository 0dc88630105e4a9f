"""Reliability of what a run leaves on disk: spreadsheet-safe CSV, report files written atomically (a run killed
at random points leaves every file whole: the previous one or the complete new one), a run database that
survives killed and concurrent runs, and byte-identical outputs whatever the file order, workers or hash seed.

Every run here is a real `crosscheck check` (in-process through cli.main, or a `python -m checker` subprocess
where it must be killed or run concurrently) on real files and a real SQLite database.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from checker.atomic import PREFIX, atomic_write_text, clean_stale, temp_prefix
from checker.cli import main
from checker.history import HistoryError, RunDatabase
from checker.report.tables import CLAIM_COLUMNS, DISCREPANCY_COLUMNS, spreadsheet_safe

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
ALL_FORMATS = "html,csv,json,markdown,sarif,junit,github"
REPORT_FILES = (
    "index.html",
    "discrepancies.csv",
    "claims.csv",
    "findings.json",
    "summary.md",
    "crosscheck.sarif",
    "junit.xml",
    "annotations.txt",
)
REPORT_URL = "https://reports.example.org/crosscheck/index.html"  # keeps SARIF independent of the out folder
GENERATED = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC")  # RunResult.generated
KILL_RUNS = int(os.environ.get("CROSSCHECK_KILL_RUNS", "6"))  # runs to kill; more for a longer soak
STARTED = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00")  # a run's start in the run database


def _cli(*args: str, log: Path, env: dict[str, str] | None = None) -> subprocess.Popen:
    """Start `python -m checker check ...` as a real process, its stderr appended to `log`."""
    with log.open("ab") as stderr:
        return subprocess.Popen(
            [sys.executable, "-m", "checker", "check", *args],
            env={**os.environ, **(env or {})},
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(PREFIX)) if folder.is_dir() else []


# ---------------------------------------------------------------- CSV injection

HOSTILE = """---
source: "=HYPERLINK(\\"http://evil.example\\",\\"click\\")"
published: 2024-05-14
title: "+SUM(1,2)"
---
=1+1 China's trade with Russia reached $240 billion in 2023.

-2+3+cmd|' /C calc'!A0 Temperatures fell to -3.5 degrees Celsius on Monday.

@SUM(A1) Exports rose to $52 billion in 2023.
"""
OTHER = (
    "---\nsource: Baltic Post\npublished: 2024-05-15\n---\n"
    "China's trade with Russia reached $250 billion in 2023. Temperatures fell to -3.5 degrees Celsius.\n"
)


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("+SUM(1,2)", "'+SUM(1,2)"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("-3.5 degrees", "'-3.5 degrees"),
        ("-3.5", "-3.5"),
        ("-inf", "-inf"),
        ("+1e6", "+1e6"),
        ("-12%", "-12%"),
        ("inf", "inf"),
        ("plain", "plain"),
        (-3.5, -3.5),
        (float("-inf"), float("-inf")),
        (True, True),
        ("", ""),
    ],
)
def test_spreadsheet_safe_cells(cell: object, safe: object) -> None:
    assert spreadsheet_safe(cell) == safe


@pytest.mark.parametrize(
    ("row", "safe"),
    [
        # text cells starting like a formula, anywhere in the row, get their quote; numbers stay numbers
        (("d1", "=SUM(A1)", 3, -3.5, "-inf", "plain"), ["d1", "'=SUM(A1)", 3, -3.5, "-inf", "plain"]),
        (("d1", "ok", 3, 1.0, "", "@cmd"), ["d1", "ok", 3, 1.0, "", "'@cmd"]),
        (("d1", "ok", 3, 1.0, "", "-12%"), ["d1", "ok", 3, 1.0, "", "-12%"]),
        # a line break inside a cell before "=" is not the cell's start: nothing changes
        (("d1", "a\n=b", 3, 1.0, "", "x"), ["d1", "a\n=b", 3, 1.0, "", "x"]),
        (("d1", "ok", 3, 1.0, "inf", "x"), ["d1", "ok", 3, 1.0, "inf", "x"]),
    ],
)
def test_safe_rows_quote_exactly_the_cells_that_start_like_a_formula(row: tuple, safe: list) -> None:
    from checker.report.tables import _safe_rows

    columns = ["doc", "text", "start", "value", "low", "sentence"]
    (out,) = _safe_rows(iter([row]), columns)
    assert list(out) == safe == [spreadsheet_safe(cell) for cell in row]


def test_csv_from_a_hostile_article_cannot_run_formulas(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "=evil.md").write_text(HOSTILE, encoding="utf-8")
    (corpus / "baltic.md").write_text(OTHER, encoding="utf-8")
    out = tmp_path / "out"
    main(
        [
            "check",
            str(corpus),
            "--out",
            str(out),
            "--format",
            "csv,json",
            "--no-history",
            "--no-quality",
            "-q",
            "--workers",
            "1",
            "--fail-on",
            "never",
        ]
    )
    tables = {
        name: list(csv.reader((out / name).open(encoding="utf-8", newline="")))
        for name in ("claims.csv", "discrepancies.csv")
    }
    assert tables["claims.csv"][0] == CLAIM_COLUMNS and tables["discrepancies.csv"][0] == DISCREPANCY_COLUMNS
    cells = [cell for rows in tables.values() for row in rows[1:] for cell in row]
    dangerous = [
        c
        for c in cells
        if c[:1] in ("=", "+", "@", "\t", "\r")
        or (c.startswith("-") and not re.fullmatch(r"-(\d+(\.\d*)?(e[+-]?\d+)?|inf)", c))
    ]
    assert not dangerous
    claims = [dict(zip(tables["claims.csv"][0], row, strict=True)) for row in tables["claims.csv"][1:]]
    evil = [c for c in claims if c["source"].startswith("'=HYPERLINK(")]
    assert evil and all(c["doc"] == "'=evil" for c in evil)  # the file name is the doc id: neutralised too
    assert any(c["sentence"].startswith("'=1+1 China") for c in evil)
    assert any(c["sentence"].startswith("'@SUM(A1) Exports") for c in evil)
    cold = next(c for c in evil if "degrees" in c["text"])
    assert cold["text"].startswith("'-3.5") and float(cold["low"]) < 0 and float(cold["high"]) < 0  # numbers stay
    assert any(
        row[tables["discrepancies.csv"][0].index("source")].startswith("'=HYPERLINK(")
        for row in tables["discrepancies.csv"][1:]
    )
    # findings.json is not for spreadsheets: it keeps the text exactly
    findings = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    assert any(d["source"].startswith("=HYPERLINK(") for d in findings["documents"])


# ---------------------------------------------------------------- atomic files


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path: Path) -> None:
    target = tmp_path / "findings.json"
    atomic_write_text(target, '{"old": true}\n')

    class Boom(Exception):
        pass

    from checker.atomic import atomic_open

    with pytest.raises(Boom), atomic_open(target) as handle:
        handle.write('{"new": ')
        raise Boom
    assert target.read_text(encoding="utf-8") == '{"old": true}\n'
    assert not _leftovers(tmp_path)


def test_clean_stale_removes_only_dead_processes_leftovers(tmp_path: Path) -> None:
    dead = _dead_prefix()
    mine = tmp_path / f"{temp_prefix()}abc.staging"
    mine.mkdir()
    stale_dir = tmp_path / f"{dead}xyz.staging"
    stale_dir.mkdir()
    (stale_dir / "index.html").write_text("<!doctype html><html", encoding="utf-8")
    stale_file = tmp_path / f"{dead}q.tmp"
    stale_file.write_text("half", encoding="utf-8")
    (tmp_path / "index.html").write_text("report", encoding="utf-8")
    removed = clean_stale(tmp_path)
    assert sorted(p.name for p in removed) == sorted([stale_dir.name, stale_file.name])
    assert mine.is_dir() and (tmp_path / "index.html").is_file()


def _dead_prefix() -> str:
    """The temporary-name prefix of a process that has ended."""
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    return temp_prefix().replace(f"-{os.getpid()}-", f"-{ended.pid}-")


def test_archive_folders_are_whole_even_for_two_runs_in_one_second(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from checker.archive import archive_run

    out = tmp_path / "out"
    (out / "runs" / f"{_dead_prefix()}abc.staging").mkdir(parents=True)  # a killed run's half-made copy
    written = [out / "index.html", out / "findings.json"]
    for night, text in enumerate(("first", "second", "third")):
        for path in written:
            atomic_write_text(path, f"{text} {path.name}\n")
        now = datetime(2024, 5, 14 + min(night, 1), 3, 0, 0, tzinfo=UTC)  # the last two runs share a second
        index = archive_run(out, written, keep=5, now=now)
    folders = sorted(p.name for p in (out / "runs").iterdir() if p.is_dir())
    assert folders == ["2024-05-14T030000Z", "2024-05-15T030000Z"]  # leftover removed
    assert (out / "runs" / "2024-05-15T030000Z" / "findings.json").read_text(
        encoding="utf-8"
    ) == "third findings.json\n"
    assert index.read_text(encoding="utf-8").count("<li>") == 2
    archive_run(out, written, keep=1, now=datetime(2024, 5, 16, 3, tzinfo=UTC))
    assert sorted(p.name for p in (out / "runs").iterdir()) == ["2024-05-16T030000Z", "index.html"]


def test_baseline_is_replaced_whole_and_through_a_symlink(tmp_path: Path) -> None:
    from checker.baseline import BaselineEntry, load_baseline, write_baseline

    real = tmp_path / "config" / "baseline.json"
    real.parent.mkdir()
    link = tmp_path / "crosscheck-baseline.json"
    link.symlink_to(real)
    write_baseline(link, [BaselineEntry("a" * 16, 2, "CC101")], "2024-05-14")
    write_baseline(link, [BaselineEntry("b" * 16, 1, "CC102", reason="known", by="desk")], "2024-05-15")
    assert link.is_symlink() and [e.fingerprint for e in load_baseline(real)] == ["b" * 16]
    assert not _leftovers(tmp_path) and not _leftovers(real.parent)


def _whole(path: Path) -> None:
    """Fail unless the report file parses as its format (not cut off mid-way)."""
    text = path.read_text(encoding="utf-8")
    name = path.name
    if name == "index.html" or name.endswith(".html"):
        assert text.rstrip().endswith("</html>"), name
    elif name.endswith((".json", ".sarif")):
        json.loads(text)
    elif name.endswith(".csv"):
        rows = list(csv.reader(text.splitlines(keepends=True)))
        header = CLAIM_COLUMNS if name == "claims.csv" else DISCREPANCY_COLUMNS
        assert rows and rows[0] == header and all(len(row) == len(header) for row in rows), name
    elif name.endswith(".xml"):
        ET.fromstring(text)
    else:
        assert text.endswith("\n"), name


def _normalized(data: bytes) -> bytes:
    """A report file with the run's own timestamps (generated, started) blanked, to compare two runs."""
    text = GENERATED.sub("GENERATED", data.decode("utf-8"))
    return STARTED.sub("STARTED", text).encode("utf-8")


DESKS = ("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel")


def _bigger_corpus(root: Path, copies: int) -> Path:
    """The bundled samples' Markdown articles `copies` times over, each copy under other outlet names (and a line
    of its own, so that no two articles have the same text)."""
    root.mkdir()
    for desk in DESKS[:copies]:
        for path in sorted(SAMPLES.glob("*/*.md")):
            text = re.sub(
                r"^source: (.*)$",
                lambda m, desk=desk: f"source: {m.group(1)} {desk}",
                path.read_text(encoding="utf-8"),
                count=1,
                flags=re.MULTILINE,
            )
            text = f"{text.rstrip()}\n\nFiled by the {desk} desk.\n"
            (root / f"{path.parent.name}-{path.stem}-{desk.lower()}.md").write_text(text, encoding="utf-8")
    return root


def _retouch(corpus: Path, i: int) -> None:
    """Change a figure in one article, so that each run's reports differ from the previous run's."""
    article = next(iter(sorted(corpus.glob("*.md"))))
    text = re.sub(r"\n\nThe exercise involved [\d,]+ troops\.\n$", "\n", article.read_text(encoding="utf-8"))
    article.write_text(f"{text.rstrip()}\n\nThe exercise involved {1000 + 10 * i:,} troops.\n", encoding="utf-8")


def _check_database(path: Path) -> int:
    """Integrity of the run database and all-or-nothing runs; returns how many runs it holds."""
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        runs = db.execute(
            "SELECT r.id, r.errors + r.warnings + r.infos, r.facts, "
            "(SELECT COUNT(*) FROM findings f WHERE f.run_id = r.id), "
            "(SELECT COUNT(*) FROM facts x WHERE x.run_id = r.id) FROM runs r"
        ).fetchall()
        for run_id, findings, facts, stored_findings, stored_facts in runs:
            assert (findings, facts) == (stored_findings, stored_facts), f"run {run_id} stored in part"
        return len(runs)
    finally:
        db.close()


def _check_archive(out: Path) -> None:
    """Every dated run folder holds the whole report; the index of runs is whole."""
    runs = out / "runs"
    _whole(runs / "index.html")
    for folder in runs.iterdir():
        if folder.is_dir() and not folder.name.startswith(PREFIX):
            assert sorted(p.name for p in folder.iterdir()) == sorted(REPORT_FILES), folder.name
            for path in folder.iterdir():
                _whole(path)


def _finish(process: subprocess.Popen, log: Path) -> None:
    """Wait for a run that must end normally (exit 0 with --fail-on never)."""
    assert process.wait(timeout=120) == 0, log.read_text(encoding="utf-8", errors="replace")[-2000:]


def _wait_until_recorded(path: Path, runs: int, process: subprocess.Popen, timeout: float = 60) -> None:
    """Poll the run database (a real concurrent reader) until it holds more than `runs` runs or the run ended."""
    deadline = time.monotonic() + timeout
    db = sqlite3.connect(path, isolation_level=None)
    try:
        while process.poll() is None and time.monotonic() < deadline:
            if db.execute("SELECT COUNT(*) FROM runs").fetchone()[0] > runs:
                return
            time.sleep(0.005)
    finally:
        db.close()


def _wait_until_changed(path: Path, process: subprocess.Popen, timeout: float = 60) -> None:
    """Poll a file until it is replaced, truncated or written to (or the run ended)."""

    def state() -> tuple[int, int, int]:
        info = path.stat()
        return info.st_ino, info.st_size, info.st_mtime_ns

    deadline, before = time.monotonic() + timeout, state()
    while process.poll() is None and time.monotonic() < deadline and state() == before:
        time.sleep(0.0005)


def _render_reference(common: tuple[str, ...], snapshot: Path, folder: Path, log: Path) -> Path:
    """The complete report of a run that started from the run database `snapshot`, written into `folder`."""
    folder.mkdir()
    shutil.copy(snapshot, folder / "history.sqlite")
    _finish(_cli(*common, "--out", str(folder), "--history", str(folder / "history.sqlite"), log=log), log)
    return folder


def _source_digest() -> str:
    """A hash of crosscheck's code and rules (other people's edits during a test run change what runs)."""
    digest = hashlib.sha1()
    for path in sorted([*(ROOT / "checker").rglob("*.py"), *(ROOT / "rules").rglob("*.yaml")]):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _snapshot_database(path: Path, copy: Path) -> None:
    """A consistent copy of the run database (SQLite's online backup), taken before a run that will be killed."""
    source, target = sqlite3.connect(path), sqlite3.connect(copy)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()


def test_killed_runs_leave_whole_reports_and_a_valid_run_database(tmp_path: Path) -> None:
    code = _source_digest()
    corpus = _bigger_corpus(tmp_path / "corpus", copies=3)
    out, log = tmp_path / "out", tmp_path / "stderr.log"
    common = (
        str(corpus),
        "--format",
        ALL_FORMATS,
        "--report-url",
        REPORT_URL,
        "--no-quality",
        "--workers",
        "1",
        "--fail-on",
        "never",
        "-q",
    )
    args = (*common, "--out", str(out), "--archive", "--keep", "3")
    _finish(_cli(*args, log=log), log)
    _retouch(corpus, 0)
    started = time.perf_counter()
    warm = _cli(*args, log=log)  # like the runs to kill: one article changed, the others cached
    _wait_until_recorded(out / "history.sqlite", _check_database(out / "history.sqlite"), warm)
    recorded_after = time.perf_counter() - started
    _finish(warm, log)
    duration = time.perf_counter() - started
    writing = duration - recorded_after  # the last part of a run: its reports (and the archive) are written
    runs = _check_database(out / "history.sqlite")
    rng = random.Random(8)
    figures = {
        "kills": 0,
        "finished before the kill": 0,
        "killed after recording the run": 0,
        "killed while replacing report files": 0,
        "files new": 0,
        "files previous": 0,
    }
    for i in range(1, KILL_RUNS + 1):
        previous = {name: (out / name).read_bytes() for name in REPORT_FILES}
        snapshot = tmp_path / f"before-{i}.sqlite"
        _snapshot_database(out / "history.sqlite", snapshot)
        _retouch(corpus, i)
        victim = _cli(*args, log=log)
        if i % 3 == 1:  # anywhere in the run
            time.sleep(rng.uniform(0.1, duration))
        elif i % 3 == 2:  # while it writes its reports: once it has recorded itself in the run database
            _wait_until_recorded(out / "history.sqlite", runs, victim)
            time.sleep(rng.uniform(0.0, writing))
        else:  # the moment one report file (chosen at random) starts to change on disk
            _wait_until_changed(out / rng.choice(REPORT_FILES), victim)
        killed = victim.poll() is None
        if killed:
            victim.send_signal(signal.SIGKILL)
        victim.wait(timeout=60)
        after = _check_database(out / "history.sqlite")  # valid, and every run in it whole
        assert after in (runs, runs + 1)  # the killed run is recorded entirely or not at all
        recorded, runs = after == runs + 1, after
        for name in REPORT_FILES:
            _whole(out / name)
        changed = [name for name in REPORT_FILES if (out / name).read_bytes() != previous[name]]
        if changed:  # a changed file must be the killed run's complete report: render that report to compare
            assert recorded  # reports are written after the run is recorded
            reference = _render_reference(common, snapshot, tmp_path / f"reference-{i}", log)
            for name in changed:
                if _normalized((out / name).read_bytes()) != _normalized((reference / name).read_bytes()):
                    if _source_digest() != code:
                        pytest.skip("crosscheck's code changed on disk while the test ran; run it again")
                    pytest.fail(f"{name} is neither the previous report nor the killed run's complete one")
            shutil.rmtree(reference)
        _check_archive(out)
        figures["kills" if killed else "finished before the kill"] += 1
        figures["killed after recording the run"] += killed and recorded
        figures["killed while replacing report files"] += killed and 0 < len(changed) < len(REPORT_FILES)
        figures["files new"] += len(changed)
        figures["files previous"] += len(REPORT_FILES) - len(changed)
    _finish(_cli(*args, log=log), log)  # the next run after the kills: whole reports, leftovers removed
    for name in REPORT_FILES:
        _whole(out / name)
    _check_archive(out)
    assert not _leftovers(out) and not _leftovers(out / "runs")
    assert _check_database(out / "history.sqlite") == runs + 1
    print(f"\nkill test ({duration:.2f} s per run, {writing:.2f} s of it writing): {figures}")
    assert figures["kills"] >= KILL_RUNS // 2 and figures["killed after recording the run"] >= KILL_RUNS // 3


# ---------------------------------------------------------------- the run database: concurrent runs


def test_runs_at_once_take_turns_on_the_run_database(tmp_path: Path) -> None:
    corpus = _bigger_corpus(tmp_path / "corpus", copies=1)
    out, log = tmp_path / "out", tmp_path / "stderr.log"
    out.mkdir()
    RunDatabase(out / "history.sqlite").close()
    holder = sqlite3.connect(out / "history.sqlite", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the database while both runs start
    args = (
        str(corpus),
        "--out",
        str(out),
        "--format",
        ALL_FORMATS,
        "--no-quality",
        "--workers",
        "1",
        "--fail-on",
        "never",
        "-q",
        "--archive",
    )
    runs = [_cli(*args, log=log) for _ in range(2)]
    time.sleep(1.0)
    assert all(run.poll() is None for run in runs)  # both wait for the lock instead of failing
    holder.execute("COMMIT")
    holder.close()
    for run in runs:
        _finish(run, log)
    assert "Traceback" not in log.read_text(encoding="utf-8")
    assert _check_database(out / "history.sqlite") == 2
    with RunDatabase(out / "history.sqlite") as db:
        cached = db.db.execute("SELECT COUNT(*) FROM article_cache").fetchone()[0]
    assert cached == len(list(corpus.glob("*.md")))
    for name in REPORT_FILES:
        _whole(out / name)
    _check_archive(out)
    assert not _leftovers(out) and not _leftovers(out / "runs")


def test_a_run_database_held_too_long_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite"
    RunDatabase(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(HistoryError, match=f"another crosscheck run is using {re.escape(str(path))}; "):
            RunDatabase(path, timeout=0.2)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with RunDatabase(path, timeout=0.2) as db:  # free again
        assert db.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_file_that_is_not_a_run_database_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _bigger_corpus(tmp_path / "corpus", copies=1)
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database, but someone's notes\n" * 200, encoding="utf-8")
    code = main(
        [
            "check",
            str(corpus),
            "--out",
            str(tmp_path / "out"),
            "--history",
            str(notes),
            "--no-quality",
            "-q",
            "--workers",
            "1",
        ]
    )
    assert code == 2
    assert f"{notes} is not a usable crosscheck run database" in capsys.readouterr().err
    assert notes.read_text(encoding="utf-8").startswith("not a database")  # left as it was


# ---------------------------------------------------------------- determinism


def _copy_samples(target: Path, reverse: bool) -> None:
    """The bundled samples' articles copied file by file, in sorted or reverse order (folders too)."""
    files = sorted(p for p in SAMPLES.rglob("*") if p.suffix in {".md", ".html", ".jsonl"})
    for path in reversed(files) if reverse else files:
        copy = target / path.relative_to(SAMPLES)
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, copy)


def test_same_input_gives_the_same_bytes_whatever_order_workers_or_hash_seed(tmp_path: Path) -> None:
    corpus, out, log = tmp_path / "corpus", tmp_path / "out", tmp_path / "stderr.log"
    outputs = []
    for reverse, seed, workers in ((False, "0", "1"), (True, "12345", "2")):
        shutil.rmtree(corpus, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)
        _copy_samples(corpus, reverse)
        _finish(
            _cli(
                str(corpus),
                "--out",
                str(out),
                "--format",
                ALL_FORMATS,
                "--no-history",
                "--no-quality",
                "--workers",
                workers,
                "--fail-on",
                "never",
                "-q",
                log=log,
                env={"PYTHONHASHSEED": seed},
            ),
            log,
        )
        outputs.append({name: (out / name).read_bytes() for name in REPORT_FILES})
    first, second = outputs
    # json, csv and sarif: the run's time only in the named "generated" fields
    findings = json.loads(first["findings.json"])
    sarif = json.loads(first["crosscheck.sarif"])
    assert GENERATED.fullmatch(findings["crosscheck"]["generated"])
    assert GENERATED.fullmatch(sarif["runs"][0]["properties"]["generated"])
    for name, stamps in (("findings.json", 1), ("crosscheck.sarif", 1), ("claims.csv", 0), ("discrepancies.csv", 0)):
        text = first[name].decode("utf-8")
        assert len(GENERATED.findall(text)) == stamps and not STARTED.search(text), name
    for name in REPORT_FILES:
        assert _normalized(first[name]) == _normalized(second[name]), name

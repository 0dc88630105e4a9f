"""The run database: new and resolved findings across runs, open nights, and the incremental cache."""

from __future__ import annotations

import json
from pathlib import Path

from checker.cli import main
from checker.history import RunDatabase
from checker.ingest import read_corpus

A = "---\nsource: Harbour Wire\npublished: 2024-05-14\n---\nChina's trade with Russia reached $240 billion in 2023.\n"
B = "---\nsource: Baltic Post\npublished: 2024-05-15\n---\nChina's trade with Russia reached $250 billion in 2023.\n"
B_FIXED = B.replace("$250 billion", "$240 billion")
C = "---\nsource: Meridian\npublished: 2024-05-15\n---\nPutin and Xi have held 38 meetings since 2012.\n"
D = "---\nsource: Steppe\npublished: 2024-05-15\n---\nPutin and Xi have held more than 40 meetings since 2012.\n"


def _check(corpus: Path, out: Path) -> dict:
    main(["check", str(corpus), "--out", str(out), "--quiet", "--no-quality"])
    return json.loads((out / "findings.json").read_text(encoding="utf-8"))


def test_new_and_resolved_across_two_runs(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.md").write_text(A, encoding="utf-8")
    (corpus / "b.md").write_text(B, encoding="utf-8")
    out = tmp_path / "out"
    first = _check(corpus, out)
    trade = next(f for f in first["findings"] if f["rule"] == "CC101")
    # second night: the trade conflict is corrected, a meetings conflict appears
    (corpus / "b.md").write_text(B_FIXED, encoding="utf-8")
    (corpus / "c.md").write_text(C, encoding="utf-8")
    (corpus / "d.md").write_text(D, encoding="utf-8")
    second = _check(corpus, out)
    with RunDatabase(out / "history.sqlite") as db:
        runs = db.db.execute("SELECT COUNT(*) FROM runs").fetchone()[0]
    assert runs == 2
    meetings = next(f for f in second["findings"] if f["rule"] == "CC102")
    assert meetings["new"] is True
    html = (out / "index.html").read_text(encoding="utf-8")
    assert trade["fingerprint"] in html or trade["message"][:40] in html  # listed as resolved
    # third night, nothing changes: the meetings conflict has been open for two runs
    third_corpus = read_corpus([corpus]).documents
    with RunDatabase(out / "history.sqlite") as db:
        from checker.engine import load_rules
        from checker.pipeline import analyze

        analysis = analyze(third_corpus, load_rules())
        view = db.view(json.dumps([str(corpus)]), analysis.findings)
    assert view.open_nights[meetings["fingerprint"]] == 2
    assert not view.new and not view.resolved


def test_incremental_run_reuses_unchanged_articles(tmp_path: Path) -> None:
    from checker.engine import load_rules
    from checker.pipeline import analyze

    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in (("a", A), ("b", B), ("c", C)):
        (corpus / f"{name}.md").write_text(text, encoding="utf-8")
    documents = read_corpus([corpus]).documents
    with RunDatabase(tmp_path / "h.sqlite") as db:
        first = analyze(documents, load_rules(), cache=db)
        assert first.timings["cached_articles"] == 0
        (corpus / "a.md").write_text(D, encoding="utf-8")
        seen: list[tuple[int, tuple]] = []
        documents = read_corpus([corpus]).documents
        second = analyze(documents, load_rules(), cache=db, on_document=lambda i, claims: seen.append((i, claims)))
        assert second.timings["cached_articles"] == 2
    # each document's claims handed over once, with its position: the cached ones first, then the new one
    assert [i for i, _ in seen] == [1, 2, 0]
    assert [c for _, claims in sorted(seen) for c in claims] == list(second.claims)
    assert all(c.doc == documents[i].doc for i, claims in seen for c in claims)
    fresh = analyze(read_corpus([corpus]).documents, load_rules())
    assert [f.fingerprint for f in second.findings] == [f.fingerprint for f in fresh.findings]
    assert [(c.doc, c.mention.start) for c in second.claims] == [(c.doc, c.mention.start) for c in fresh.claims]


def test_archive_keeps_dated_reports(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.md").write_text(A, encoding="utf-8")
    out = tmp_path / "out"
    for _ in range(3):
        main(["check", str(corpus), "--out", str(out), "--quiet", "--no-quality", "--archive", "--keep", "2"])
    runs = [p for p in (out / "runs").iterdir() if p.is_dir()]
    assert 1 <= len(runs) <= 2
    assert (out / "runs" / "index.html").exists()
    assert all((p / "index.html").exists() for p in runs)


def test_a_failed_background_cache_write_is_raised_on_join(tmp_path: Path) -> None:
    import pytest

    from checker.history import HistoryError

    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in (("a", A), ("b", B)):
        (corpus / f"{name}.md").write_text(text, encoding="utf-8")
    documents = read_corpus([corpus]).documents
    database = RunDatabase(tmp_path / "h.sqlite")
    stored = database.store_in_background([(d, b"payload") for d in documents])
    stored()  # a good write: nothing raised, the rows are there
    assert len(database.db.execute("SELECT key FROM article_cache").fetchall()) == len(documents)
    blocked = RunDatabase(tmp_path / "blocked.sqlite")
    (tmp_path / "blocked.sqlite").unlink()
    (tmp_path / "blocked.sqlite").mkdir()  # the thread's own connection cannot open a folder
    with pytest.raises(HistoryError):
        blocked.store_in_background([(documents[0], b"payload")])()

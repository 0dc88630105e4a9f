"""The run database: every run, its findings by fingerprint, its facts and counts — and a cache of per-article
results for incremental runs.

SQLite (Python's own sqlite3, one file next to the reports): nothing to install, safe for one nightly writer
and many readers, and the volumes are small (thousands of findings per night). DuckDB would be the choice
for analytical queries over years of history; nothing here needs it.

The report uses it to say what is new since the previous run of the same inputs, what was resolved, and how
many consecutive runs a finding has been open. The cache keys each article by its content hash, its id and
the code version, so an unchanged article's mentions and claims are reused instead of extracted again.

Reliability: the database is in WAL mode with a busy timeout, and every write is one `BEGIN IMMEDIATE`
transaction — a run's record (its row, findings and facts) lands whole or not at all, a killed run leaves the
database valid with the earlier runs intact, and two runs at once take turns writing instead of failing (WAL
lets them read while the other writes). A run that waits longer than the timeout, or a file that is not a
run database, ends with a clear error (HistoryError) instead of a traceback. WAL needs a local file system
(not NFS/SMB), like SQLite's own locking.
"""

from __future__ import annotations

import functools
import hashlib
import json
import pickle
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from checker.errors import CrosscheckError
from checker.model import Claim, Document, Extraction, Severity
from checker.run import HistoryView

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY AUTOINCREMENT, started TEXT NOT NULL, inputs TEXT NOT NULL, version TEXT NOT NULL,
  documents INTEGER, claims INTEGER, facts INTEGER, errors INTEGER, warnings INTEGER, infos INTEGER);
CREATE TABLE IF NOT EXISTS findings (
  run_id INTEGER NOT NULL REFERENCES runs(id), fingerprint TEXT NOT NULL, rule TEXT, severity TEXT, kind TEXT,
  fact TEXT, message TEXT, sources TEXT);
CREATE INDEX IF NOT EXISTS findings_run ON findings(run_id);
CREATE TABLE IF NOT EXISTS facts (
  run_id INTEGER NOT NULL REFERENCES runs(id), key TEXT NOT NULL, status TEXT, sources INTEGER);
CREATE TABLE IF NOT EXISTS article_cache (
  key TEXT PRIMARY KEY, payload BLOB NOT NULL, last_used TEXT NOT NULL);
"""
TREND_RUNS = 30
BUSY_TIMEOUT = 60.0  # seconds a run waits for another run's write to the same database before giving up

P = ParamSpec("P")
T = TypeVar("T")


class HistoryError(CrosscheckError):
    """The run database cannot be used: another run holds it too long, or the file is not a run database."""


def _explained(path: Path, exc: sqlite3.Error, timeout: float) -> HistoryError:
    """One clear line for an SQLite error on the run database at `path`."""
    text = str(exc)
    if isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text):
        return HistoryError(
            f"another crosscheck run is using {path}; it did not finish writing within "
            f"{timeout:g} s: wait for it, or give this run its own --history FILE (or --no-history)"
        )
    if isinstance(exc, sqlite3.DatabaseError) and ("not a database" in text or "malformed" in text):
        return HistoryError(
            f"{path} is not a usable crosscheck run database ({text}); move it away, or pass "
            "--history with another file (or --no-history)"
        )
    return HistoryError(f"run database {path}: {text}")


def _guarded(method: Callable[P, T]) -> Callable[P, T]:
    """Turn the SQLite errors of a RunDatabase method into a HistoryError that names the file."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return method(*args, **kwargs)
        except sqlite3.Error as exc:
            database = args[0]
            assert isinstance(database, RunDatabase)
            raise _explained(database.path, exc, database.timeout) from exc

    return wrapper


@functools.cache
def code_version() -> str:
    """A hash of crosscheck's extraction and claim code: any change invalidates cached articles."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha1()
    for path in sorted(
        [
            *root.glob("extract/*.py"),
            root / "claims.py",
            root / "concepts.py",
            root / "gazetteer.py",
            root / "model.py",
            root / "text.py",
            root / "pipeline.py",  # what analyze_document keeps of an extraction is what the cache stores
        ]
    ):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


class RunDatabase:
    """A connection to the run database (created on first use), safe against killed and concurrent runs."""

    def __init__(self, path: str | Path, timeout: float = BUSY_TIMEOUT) -> None:
        self.path = Path(path)
        self.timeout = timeout
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:  # autocommit mode: transactions are begun and ended explicitly (see _write and _read)
            self.db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise _explained(self.path, exc, timeout) from exc
        try:
            self._open()
        except BaseException:
            self.db.close()
            raise

    @_guarded
    def _open(self) -> None:
        self.db.execute("PRAGMA journal_mode=WAL")  # stays in the file; a no-op when it already is
        with self._write():
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    self.db.execute(statement)

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: takes the write lock up front (waiting up to the busy timeout for another run),
        commits on success, rolls back on any error, so its rows land all together or not at all."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """One read transaction: the queries inside see one state of the database, whatever other runs commit."""
        self.db.execute("BEGIN")
        try:
            yield self.db
        finally:
            self.db.execute("COMMIT")

    def __enter__(self) -> RunDatabase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ history

    def _runs(self, inputs: str, limit: int) -> list[tuple[int, str]]:
        rows = self.db.execute(
            "SELECT id, started FROM runs WHERE inputs = ? ORDER BY id DESC LIMIT ?", (inputs, limit)
        ).fetchall()
        return [(int(r[0]), str(r[1])) for r in rows]

    @_guarded
    def view(self, inputs: str, findings: Sequence[Any]) -> HistoryView:
        """Compare the current findings with the earlier runs of the same inputs (call before `record`)."""
        with self._read():
            return self._view(inputs, findings)

    def _view(self, inputs: str, findings: Sequence[Any]) -> HistoryView:
        runs = self._runs(inputs, 10_000)
        current = {f.fingerprint for f in findings}
        if not runs:
            return HistoryView(open_nights={fp: 1 for fp in current})
        previous_id, previous_started = runs[0]
        rows = self.db.execute(
            "SELECT fingerprint, rule, severity, message, fact FROM findings WHERE run_id = ?", (previous_id,)
        ).fetchall()
        before = {r[0] for r in rows}
        resolved = tuple(
            {"fingerprint": r[0], "rule": r[1], "severity": r[2], "message": r[3], "fact": r[4]}
            for r in rows
            if r[0] not in current
        )
        open_nights: dict[str, int] = {fp: 1 for fp in current}
        still_open = set(current)
        for run_id, _ in runs:
            if not still_open:
                break
            present = {r[0] for r in self.db.execute("SELECT fingerprint FROM findings WHERE run_id = ?", (run_id,))}
            still_open &= present
            for fp in still_open:
                open_nights[fp] += 1
        trend = []
        for run_id, started in reversed(runs[: TREND_RUNS - 1]):
            counts = self.db.execute("SELECT errors, warnings, infos FROM runs WHERE id = ?", (run_id,)).fetchone()
            by_source: dict[str, int] = {}
            for (sources,) in self.db.execute(
                "SELECT sources FROM findings WHERE run_id = ? AND kind != 'unsupported'", (run_id,)
            ):
                for source in json.loads(sources or "[]"):
                    by_source[source] = by_source.get(source, 0) + 1
            trend.append(
                {"run": started, "errors": counts[0], "warnings": counts[1], "info": counts[2], "by_source": by_source}
            )
        return HistoryView(
            previous_run=previous_started,
            new=frozenset(current - before),
            resolved=resolved,
            open_nights=open_nights,
            trend=tuple(trend),
        )

    @_guarded
    def record(self, inputs: str, version: str, analysis: Any, started: str | None = None) -> int:
        """Store one run (its row, findings and facts in one transaction); returns its id."""
        started = started or datetime.now(UTC).isoformat(timespec="seconds")
        with self._write():
            return self._insert_run(inputs, version, analysis, started)

    def _insert_run(self, inputs: str, version: str, analysis: Any, started: str) -> int:
        findings = analysis.findings
        counts = {s: sum(1 for f in findings if f.severity == s) for s in Severity}
        cursor = self.db.execute(
            "INSERT INTO runs (started, inputs, version, documents, claims, facts, errors, warnings, infos) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                started,
                inputs,
                version,
                len(analysis.documents),
                len(analysis.claims),
                len(analysis.facts),
                counts[Severity.ERROR],
                counts[Severity.WARNING],
                counts[Severity.INFO],
            ),
        )
        run_id = int(cursor.lastrowid)
        self.db.executemany(
            "INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    run_id,
                    f.fingerprint,
                    f.rule,
                    f.severity.value,
                    f.kind,
                    f.fact_key,
                    f.message,
                    json.dumps(sorted({c.source for c in f.claims})),
                )
                for f in findings
            ],
        )
        self.db.executemany(
            "INSERT INTO facts VALUES (?, ?, ?, ?)",
            [(run_id, fact.key, fact.status, len(fact.sources)) for fact in analysis.facts],
        )
        return run_id

    def trend_with(self, view: HistoryView, analysis: Any, started: str) -> HistoryView:
        """The view with the current run appended to the trend."""
        from dataclasses import replace

        by_source: dict[str, int] = {}
        for f in analysis.findings:
            if f.kind != "unsupported":
                for source in {c.source for c in f.claims}:
                    by_source[source] = by_source.get(source, 0) + 1
        counts = {s: sum(1 for f in analysis.findings if f.severity == s) for s in Severity}
        point = {
            "run": started,
            "errors": counts[Severity.ERROR],
            "warnings": counts[Severity.WARNING],
            "info": counts[Severity.INFO],
            "by_source": by_source,
        }
        return replace(view, trend=(*view.trend, point)[-TREND_RUNS:])

    # ------------------------------------------------------------------ incremental cache

    @staticmethod
    def cache_key(document: Document) -> str:
        return hashlib.sha1(f"{code_version()}\x1f{document.doc}\x1f{document.content_hash}".encode()).hexdigest()

    @_guarded
    def cached(self, documents: Sequence[Document]) -> dict[str, tuple[Extraction, tuple[Claim, ...]]]:
        """Cached (extraction, claims) of the documents that have them, by doc id."""
        found: dict[str, tuple[Extraction, tuple[Claim, ...]]] = {}
        keys = {self.cache_key(d): d.doc for d in documents}
        items = list(keys)
        for i in range(0, len(items), 500):
            chunk = items[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for key, payload in self.db.execute(
                f"SELECT key, payload FROM article_cache WHERE key IN ({marks})", chunk
            ):
                try:
                    found[keys[key]] = pickle.loads(payload)
                except Exception:  # a cache entry from an incompatible build: ignore it, it will be rewritten
                    continue
        return found

    @staticmethod
    def cache_payload(extraction: Extraction, claims: tuple[Claim, ...]) -> bytes:
        """What the cache holds for one article (workers make it, so the parent never pickles twice)."""
        return pickle.dumps((extraction, claims), protocol=pickle.HIGHEST_PROTOCOL)

    @_guarded
    def store(self, items: Iterable[tuple[Document, bytes]]) -> None:
        """Cache the articles' extraction and claims, as `cache_payload` wrote them (one transaction)."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        rows = [(self.cache_key(d), payload, now) for d, payload in items]
        with self._write():
            self.db.executemany("INSERT OR REPLACE INTO article_cache (key, payload, last_used) VALUES (?, ?, ?)", rows)

    def store_in_background(self, items: list[tuple[Document, bytes]]) -> Callable[[], None]:
        """`store(items)` in a thread with its own connection (SQLite writes the ~100 MB of a 10,000-article run
        outside the GIL, beside alignment and the rules); call the returned function to wait for it (it raises
        what the write raised, as a HistoryError)."""
        errors: list[BaseException] = []

        def write() -> None:
            try:
                with RunDatabase(self.path, self.timeout) as other:
                    other.store(items)
            except BaseException as exc:  # handed to the caller of join()
                errors.append(exc)

        thread = threading.Thread(target=write, name="crosscheck-cache-store", daemon=True)
        thread.start()

        def join() -> None:
            thread.join()
            if errors:
                raise errors[0]

        return join

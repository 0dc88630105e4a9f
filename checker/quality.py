"""The data-quality gate: great_expectations (1.x, ephemeral context, pandas data source) over the run's tables.

The claims and findings are tables; every run checks that they are sane before anyone trusts the report:
spans inside their documents, known kinds and units, no missing values, ordered intervals, conflicts that cite
at least two claims from two sources, and a plausible number of figures per article. A failed expectation is
shown in the report and gates like an error. great_expectations is imported only here, when the gate runs,
with its progress bars off.
"""

from __future__ import annotations

import contextlib
import math
import os
from collections.abc import Iterable
from functools import cache
from itertools import pairwise
from typing import Any

from checker.model import KIND_VALUES, Kind, Severity
from checker.run import QualityResult

NUMERIC_KINDS = frozenset(k.value for k in Kind) - {"date", "time", "year"}
RATE_PERIODS = ("hour", "day", "week", "month", "year")
MAX_FIGURES_PER_ARTICLE = 2000


@cache
def known_units() -> frozenset[str]:
    """Every unit extraction can emit, without a rate's " / period"."""
    from checker.extract.lexicon import CURRENCY_PREFIXES, CURRENCY_WORDS
    from checker.extract.units import lexicon

    lex = lexicon()
    names = {u.name for u in lex.words.values()} | {u.name for u in lex.symbols.values()}
    return frozenset(
        names
        | set(CURRENCY_PREFIXES.values())
        | set(CURRENCY_WORDS.values())
        | {"", "percent", "percentage_point", "basis_point", "year", "degree", "count"}
    )


@cache
def unit_base(unit: str, kind: str) -> str:
    """'cubic_meter / year' → 'cubic_meter'; a counted noun per period ('passenger / day') → 'count'."""
    if " / " in unit and unit.rsplit(" / ", 1)[1] in RATE_PERIODS:
        head = unit.rsplit(" / ", 1)[0]
        return head if kind != "rate" or head in known_units() else "count"
    return unit


def _finite_or_none(x: float | None) -> float | None:
    if x is None:
        return None
    return x if not math.isinf(x) else math.copysign(1e300, x)


def claims_frame(analysis: Any):
    """The claims table the gate checks (one row per claim)."""
    return claims_table(analysis.documents, analysis.claims)


def claims_table(documents: Iterable[Any], claims: Iterable[Any]):
    return _claims_frame(claims_columns(claims), documents)


CLAIM_COLUMNS = ("doc", "source", "start", "end", "kind", "unit", "unit_base", "value", "low", "high")


def claims_columns(claims: Iterable[Any], columns: dict[str, list[Any]] | None = None) -> dict[str, list[Any]]:
    """The claims table's columns but the documents' lengths, as plain lists (cheap to send to the gate's
    process: ~13 MB pickled at 10,000 articles); given `columns`, the rows are appended to them."""
    if columns is None:
        columns = {name: [] for name in CLAIM_COLUMNS}
    doc, source, start, end, kind, unit, base, value, low, high = columns.values()
    for claim in claims:
        m = claim.mention
        doc.append(m.doc)
        source.append(claim.source)
        start.append(m.start)
        end.append(m.end)
        kind_value = KIND_VALUES[m.kind]
        kind.append(kind_value)
        unit.append(m.unit)
        base.append(unit_base(m.unit, kind_value))
        value.append(m.value)
        interval = m.interval
        low.append(_finite_or_none(interval.low) if interval else None)
        high.append(_finite_or_none(interval.high) if interval else None)
    return columns


def _claims_frame(columns: dict[str, list[Any]], documents: Iterable[Any]):
    """The table from claims_columns' columns, with each claim's document length (-1 for an unknown document)."""
    import pandas as pd

    lengths = {d.doc: len(d.text) for d in documents}
    doc_length = [lengths.get(doc, -1) for doc in columns["doc"]]
    names = (*CLAIM_COLUMNS[:4], "doc_length", *CLAIM_COLUMNS[4:])
    return pd.DataFrame({name: doc_length if name == "doc_length" else columns[name] for name in names})


def findings_frame(findings: Iterable[Any]):
    import pandas as pd

    return pd.DataFrame(findings_rows(findings), columns=list(FINDING_COLUMNS))


FINDING_COLUMNS = ("kind", "rule", "severity", "fingerprint", "n_claims", "n_sources", "n_sides")


def findings_rows(findings: Iterable[Any]) -> list[dict[str, Any]]:
    """One row per finding (plain data: cheap to send to the gate's process)."""
    return [
        {
            "kind": f.kind,
            "rule": f.rule,
            "severity": f.severity.value,
            "fingerprint": f.fingerprint,
            "n_claims": len(f.claims),
            "n_sources": len({c.source for c in f.claims}),
            "n_sides": len(f.sides),
        }
        for f in findings
    ]


def _great_expectations() -> Any:
    """The great_expectations module, imported with its usage analytics off."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    import great_expectations as gx

    return gx


def _context():
    gx = _great_expectations()
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    return gx, context


def validate_tables(claims, findings) -> tuple[QualityResult, ...]:
    """Run the expectation suites over the claims and findings tables."""
    return validate_claims(claims) + validate_findings(findings)


def validate_claims(claims) -> tuple[QualityResult, ...]:
    """The suites over the claims table: they can run as soon as the claims exist, before alignment and rules."""
    gx, source = _source()
    E = gx.expectations
    numeric = claims[claims["kind"].isin(NUMERIC_KINDS)].reset_index(drop=True)
    per_doc = (
        claims.groupby("doc").size().rename("figures").reset_index()
        if len(claims)
        else claims.assign(figures=[])[["doc", "figures"]]
    )
    suites: list[tuple[str, Any, list[Any]]] = [
        (
            "claims",
            claims,
            [
                E.ExpectColumnValuesToBeBetween(column="start", min_value=0),
                E.ExpectColumnPairValuesAToBeGreaterThanB(column_A="end", column_B="start", or_equal=False),
                E.ExpectColumnPairValuesAToBeGreaterThanB(column_A="doc_length", column_B="end", or_equal=True),
                E.ExpectColumnValuesToBeInSet(column="kind", value_set=sorted(k.value for k in Kind)),
                E.ExpectColumnValuesToBeInSet(column="unit_base", value_set=sorted(known_units())),
                E.ExpectColumnValuesToNotBeNull(column="doc"),
                E.ExpectColumnValuesToNotBeNull(column="source"),
            ],
        ),
        (
            "numeric claims",
            numeric,
            [
                E.ExpectColumnValuesToNotBeNull(column="value"),
                E.ExpectColumnValuesToNotBeNull(column="low"),
                E.ExpectColumnValuesToNotBeNull(column="high"),
                E.ExpectColumnPairValuesAToBeGreaterThanB(column_A="high", column_B="low", or_equal=True),
            ],
        ),
        (
            "figures per article",
            per_doc,
            [
                E.ExpectColumnValuesToBeBetween(column="figures", min_value=0, max_value=MAX_FIGURES_PER_ARTICLE),
            ],
        ),
    ]
    return _validate(gx, source, suites)


def validate_findings(findings) -> tuple[QualityResult, ...]:
    """The suites over the findings table."""
    gx, source = _source()
    E = gx.expectations
    conflicts = findings[findings["kind"].isin(["conflict", "unit-anomaly"])].reset_index(drop=True)
    suites: list[tuple[str, Any, list[Any]]] = [
        (
            "findings",
            findings,
            [
                E.ExpectColumnValuesToBeInSet(column="severity", value_set=[s.value for s in Severity]),
                E.ExpectColumnValuesToNotBeNull(column="fingerprint"),
                E.ExpectColumnValuesToBeBetween(column="n_claims", min_value=1),
            ],
        ),
        (
            "conflicts",
            conflicts,
            [
                E.ExpectColumnValuesToBeBetween(column="n_claims", min_value=2),
                E.ExpectColumnValuesToBeBetween(column="n_sources", min_value=2),
                E.ExpectColumnValuesToBeBetween(column="n_sides", min_value=2),
            ],
        ),
    ]
    return _validate(gx, source, suites)


def _source():
    """great_expectations and a pandas data source of a new ephemeral context (cheap once gx is imported)."""
    gx, context = _context()
    return gx, context.data_sources.add_pandas(name="crosscheck")


def _validate(gx: Any, source: Any, suites: list[tuple[str, Any, list[Any]]]) -> tuple[QualityResult, ...]:
    results: list[QualityResult] = []
    for table, frame, expectations in suites:
        if frame.empty:
            continue
        asset = source.add_dataframe_asset(name=table.replace(" ", "_"))
        batch = asset.add_batch_definition_whole_dataframe("all").get_batch(batch_parameters={"dataframe": frame})
        suite = gx.ExpectationSuite(name=table.replace(" ", "_"), expectations=expectations)
        outcome = batch.validate(suite)
        for r in outcome.results:
            config = r.expectation_config
            kwargs = {k: v for k, v in config.kwargs.items() if k != "batch_id"}
            name = f"{config.type}({', '.join(f'{k}={v}' for k, v in sorted(kwargs.items()) if k != 'value_set')})"
            details = ""
            if not r.success:
                unexpected = r.result.get("unexpected_count")
                sample = r.result.get("partial_unexpected_list", [])[:3]
                details = f"{unexpected} unexpected" + (f", e.g. {sample}" if sample else "")
            results.append(QualityResult(table=table, expectation=name, success=bool(r.success), details=details))
    return tuple(results)


def check_quality(analysis: Any) -> tuple[QualityResult, ...]:
    """The gate over one run's analysis."""
    return validate_tables(claims_frame(analysis), findings_frame(analysis.findings))


class EarlyGate:
    """The gate in a process of its own, for parallel runs, forked before the analysis. This process builds the
    claims table's columns as each document's claims come (`add_claims(position, claims)`) and sends them in
    chunks; once every claim exists (`claims_done()`) the child checks them while this process aligns the claims
    and runs the rules, then checks the findings (`submit(findings)`, then `result()`). The child imports
    great_expectations (~2.4 CPU-seconds) when the claims are done, where a large run's alignment and rules leave
    it the second core (at 10,000 articles they take ~3 s; importing while the workers extracted slowed them by as
    much), or, for a run of fewer than IMPORT_AT_ONCE_BELOW articles, at once, in a thread, beside the workers:
    such a run's last stages are too short to hide the import, which the run would otherwise end waiting for
    (1,000 articles: 6.0 → 4.8 s on two cores, 3,000: 10.9 → 10.5 s; 5,000 and 10,000: the same either way).
    Forked this early, the child shares little more than the documents with this process: forked after the
    analysis, it held a copy of every page of the claims it read (~450 MB at 10,000 articles), and every page
    either process wrote later was copied. Without fork, `result()` checks everything inline."""

    CHUNK = 20_000  # rows per message
    IMPORT_AT_ONCE_BELOW = 5_000  # articles (where it was measured to pay: docs/scaling.md)

    def __init__(self, documents: Any) -> None:
        from checker import forks

        self.seconds = 0.0
        self._columns: dict[str, list[Any]] = {name: [] for name in CLAIM_COLUMNS}
        self._positions: list[int] = []
        import_now = len(documents) < self.IMPORT_AT_ONCE_BELOW
        self._job = forks.start(
            lambda receive: _gate(documents, receive, import_now), inbox=True, what="the data-quality process"
        )

    def add_claims(self, position: int, claims: Any) -> None:
        """One document's claims (`position`: the document's place in the run, which orders the table's rows)."""
        before = len(self._positions)
        claims_columns(claims, self._columns)
        self._positions.extend([position] * (len(self._columns["doc"]) - before))
        if len(self._positions) >= self.CHUNK:
            self._send_chunk()

    def claims_done(self) -> None:
        """Every claim has been added: the gate checks them now."""
        self._send_chunk()
        self._job.send(("claims done",))

    def submit_claims(self, claims: Any) -> None:
        """Hand the run's claims to the gate all at once, in their order."""
        self.add_claims(0, claims)
        self.claims_done()

    def _send_chunk(self) -> None:
        if self._positions:
            self._job.send(("claims", self._positions, self._columns))
            self._columns = {name: [] for name in CLAIM_COLUMNS}
            self._positions = []

    def submit(self, findings: Any) -> None:
        """Hand the run's findings to the gate."""
        self._job.send(findings_rows(findings))

    def result(self) -> tuple[QualityResult, ...]:
        """The gate's results (waits for the child)."""
        results, self.seconds = self._job.result()
        return results

    def cancel(self) -> None:
        """Stop the gate's process (the run failed before handing it the claims)."""
        self._job.cancel()


def _received_columns(receive: Any) -> dict[str, list[Any]]:
    """The claims table's columns from the chunks `receive()` returns up to "claims done", rows in the order of
    their documents' positions (the order of the run's claims, whatever order the documents came in)."""
    positions: list[int] = []
    columns: dict[str, list[Any]] = {name: [] for name in CLAIM_COLUMNS}
    while (message := receive())[0] == "claims":
        positions.extend(message[1])
        for name, values in message[2].items():
            columns[name].extend(values)
    if any(a > b for a, b in pairwise(positions)):
        order = sorted(range(len(positions)), key=positions.__getitem__)  # stable: a document's rows keep theirs
        columns = {name: [values[i] for i in order] for name, values in columns.items()}
    return columns


def _import_great_expectations() -> None:
    """Import great_expectations (in a thread: see _gate); a failure is left to the import that needs it."""
    with contextlib.suppress(BaseException):
        _great_expectations()


def _gate(documents: Any, receive: Any, import_now: bool = False) -> tuple[tuple[QualityResult, ...], float]:
    """(results, seconds spent checking, and importing what was left to import): the claims once `receive()` has
    returned their columns, the findings once it returns their rows. great_expectations is imported when the
    claims are done, or with `import_now` at once, in a thread, while this one receives them."""
    import gc
    import threading
    import time

    import pandas as pd

    # what the child inherits (the documents, the modules) lives to its end: frozen, it is never scanned (which
    # would cost time and copy its pages)
    gc.freeze()
    gc.enable()
    importer = None
    if import_now:
        importer = threading.Thread(target=_import_great_expectations, name="great_expectations import", daemon=True)
        importer.start()
    columns = _received_columns(receive)  # (unpickles lists of plain values: imports nothing)
    if importer is not None:
        # before this thread imports anything: two threads importing at once can meet a half-made module
        importer.join()
    started = time.perf_counter()
    results = validate_claims(_claims_frame(columns, documents))
    del columns
    seconds = time.perf_counter() - started
    rows = receive()
    resumed = time.perf_counter()
    results += validate_findings(pd.DataFrame(rows, columns=list(FINDING_COLUMNS)))
    return results, seconds + time.perf_counter() - resumed

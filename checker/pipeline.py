"""The pure middle of a run: Documents → extractions → claims → facts → findings.

No file access here: ingest reads, report writes, the CLI wires them. The same function serves the CLI,
the rule-example tests and the benchmarks.

Parallel runs (`workers` > 1) split the per-document work (extraction and claims) over a process pool that
starts once; on Linux the pool forks after the unit lexicon is loaded, so workers pay no start-up import, and
they inherit the documents (a batch is sent as its bounds). Results are put back in input order, so 1, 2 or N
workers give the same findings in the same order.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from checker.align import align
from checker.claims import build_claims
from checker.engine import Rule, run_rules
from checker.extract import extract
from checker.model import Claim, Document, Extraction, Fact, Finding

Progress = Callable[[str, int, int], None]
# below this many articles a pool costs more than it saves
MIN_DOCUMENTS_PER_WORKER = 40
BATCH = 32


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything a run learned, in the order the stages produced it."""

    documents: tuple[Document, ...]
    extractions: tuple[Extraction, ...]
    claims: tuple[Claim, ...]
    facts: tuple[Fact, ...]
    findings: tuple[Finding, ...]
    timings: Mapping[str, float] = field(default_factory=dict)


def analyze_document(document: Document) -> tuple[Extraction, tuple[Claim, ...], float, float]:
    """Extraction and claims of one document, with the seconds each took (safe to run in a worker).

    The extraction comes back without its sentence list: only the claims stage reads it (each claim keeps its
    sentence), and leaving it out halves what workers send back and what a run holds in memory."""
    t0 = time.perf_counter()
    extraction = extract(document)
    t1 = time.perf_counter()
    claims = build_claims(document, extraction)
    return replace(extraction, sentences=()), claims, t1 - t0, time.perf_counter() - t1


def _analyze_batch(documents: Sequence[Document]) -> list[tuple[Extraction, tuple[Claim, ...], float, float]]:
    return [analyze_document(d) for d in documents]


def _analyze_batch_pickled(documents: Sequence[Document]) -> list[tuple[bytes, float, float]]:
    """A worker's results already pickled: the parent unpickles them once and can cache the same bytes."""
    out = []
    for document in documents:
        extraction, claims, t_extract, t_claims = analyze_document(document)
        out.append((pickle.dumps((extraction, claims), protocol=pickle.HIGHEST_PROTOCOL), t_extract, t_claims))
    return out


# the documents of the run, for forked workers: they inherit them with the parent's memory, so a batch goes to a
# worker as its (start, end) instead of its documents pickled through the pool's queue (~45 MB at 10,000 articles,
# pickled by a thread of the parent while the workers need the CPU)
_INHERITED: Sequence[Document] = ()


def _analyze_inherited(bounds: tuple[int, int]) -> list[tuple[bytes, float, float]]:
    return _analyze_batch_pickled(_INHERITED[bounds[0] : bounds[1]])


def warm_up() -> None:
    """Load what extraction needs once (pint registry, unit lexicon), before forking workers."""
    from checker.extract.units import lexicon

    lexicon()


def _worker_start() -> None:
    """A pool worker: what extraction needs, and a lower priority than the parent, which turns their results
    into the run's claims as they come (left behind, it would finish that work alone after the workers). A worker
    collects cyclic garbage even when its parent has paused its own collector (the CLI does, for the run's records),
    but never scans what it inherits (the documents), which lives to its end."""
    gc.freeze()
    gc.enable()
    warm_up()
    with contextlib.suppress(OSError):
        os.nice(3)


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


PerDocument = tuple[Extraction, tuple[Claim, ...], float, float, bytes | None]


def _per_document(
    documents: Sequence[Document], workers: int, progress: Progress | None, payloads: bool = False
) -> Iterator[PerDocument]:
    """(extraction, claims, seconds extracting, seconds building claims, cache payload or None) per document,
    in input order; `payloads` asks for the pickled form the run database caches."""
    total = len(documents)
    workers = max(1, min(workers, total // MIN_DOCUMENTS_PER_WORKER or 1))
    if workers == 1:
        for i, document in enumerate(documents, start=1):
            extraction, claims, t_extract, t_claims = analyze_document(document)
            payload = pickle.dumps((extraction, claims), protocol=pickle.HIGHEST_PROTOCOL) if payloads else None
            yield extraction, claims, t_extract, t_claims, payload
            if progress is not None:
                progress("extract", i, total)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _INHERITED
    warm_up()
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    bounds = [(i, min(i + BATCH, total)) for i in range(0, total, BATCH)]
    done = 0
    try:
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context(method), initializer=_worker_start
        ) as pool:
            if method == "fork":
                _INHERITED = documents  # before the workers fork (at the first map)
                batches = pool.map(_analyze_inherited, bounds)
            else:
                batches = pool.map(_analyze_batch_pickled, [documents[a:b] for a, b in bounds])
            for (start, end), results in zip(bounds, batches, strict=True):
                done += end - start
                for payload, t_extract, t_claims in results:
                    extraction, claims = pickle.loads(payload)
                    yield extraction, claims, t_extract, t_claims, payload if payloads else None
                if progress is not None:
                    progress("extract", done, total)
    finally:
        _INHERITED = ()


def analyze(
    documents: Sequence[Document],
    rules: Sequence[Rule],
    *,
    extra: Mapping[str, Any] | None = None,
    progress: Progress | None = None,
    workers: int = 1,
    cache: Any = None,
    on_claims: Callable[[Sequence[Document], Sequence[Claim]], None] | None = None,
    on_document: Callable[[int, tuple[Claim, ...]], None] | None = None,
) -> Analysis:
    """Run every stage on `documents` with `rules`.

    `workers` > 1 runs the per-document work in a process pool; `cache` (a history.RunDatabase) reuses the
    mentions and claims of articles whose content, id and code version are unchanged since an earlier run.
    `on_claims(documents, claims)` is called once every claim exists, before alignment (the CLI's data-quality
    gate starts checking them there, beside alignment and the rules). `on_document(position, claims)` is called
    with each document's claims as soon as they exist (its position in `documents`): those from the cache first,
    then the others as the workers return them (the CLI builds the gate's table meanwhile).
    """
    timings: dict[str, float] = {"extract": 0.0, "claims": 0.0}
    t0 = time.perf_counter()
    cached = cache.cached(documents) if cache is not None else {}
    positions = [i for i, d in enumerate(documents) if d.doc not in cached]  # of the documents to analyze
    todo = [documents[i] for i in positions]
    if on_document is not None:
        for position, document in enumerate(documents):
            if document.doc in cached:
                on_document(position, cached[document.doc][1])
    fresh: dict[str, tuple[Extraction, tuple[Claim, ...]]] = {}
    to_cache: list[tuple[Document, bytes]] = []
    for position, document, (extraction, doc_claims, t_extract, t_claims, payload) in zip(
        positions, todo, _per_document(todo, workers, progress, payloads=cache is not None), strict=True
    ):
        fresh[document.doc] = (extraction, doc_claims)
        if on_document is not None:
            on_document(position, doc_claims)
        timings["extract"] += t_extract
        timings["claims"] += t_claims
        if payload is not None:
            to_cache.append((document, payload))
    stored = cache.store_in_background(to_cache) if cache is not None and to_cache else None
    del to_cache
    extractions: list[Extraction] = []
    claims: list[Claim] = []
    for document in documents:
        extraction, doc_claims = fresh.get(document.doc) or cached[document.doc]
        extractions.append(extraction)
        claims.extend(doc_claims)
    timings["cached_articles"] = float(len(cached))
    if on_claims is not None:
        on_claims(documents, claims)
    t1 = time.perf_counter()
    timings["per_document_wall"] = t1 - t0
    facts = align(claims)
    t2 = time.perf_counter()
    findings, facts = run_rules(rules, facts, claims, extra)
    t3 = time.perf_counter()
    if stored is not None:
        stored()  # the cache write that ran beside alignment and the rules
    timings.update(align=t2 - t1, rules=t3 - t2)
    return Analysis(tuple(documents), tuple(extractions), tuple(claims), facts, findings, timings)

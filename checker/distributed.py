"""The same stages on a Dask cluster (`crosscheck check --engine dask [--scheduler ADDRESS]`).

An optional extra: `pip install crosscheck[dask]`. Stages and their partitioning:
1. extraction + claims: documents in batches, one task per batch (embarrassingly parallel);
2. alignment: a shuffle — claims are keyed by their blocking key and hashed to partitions, so every claim
   of a block meets in one task, which groups the block into facts;
3. fact-scope rules: per fact partition, in the same tasks;
4. corpus-scope rules (single-source lists, arithmetic, reference values) and the final ordering run on the
   client, on facts and claims already reduced.
Results are ordered exactly as the local engine orders them, so findings and fingerprints are identical.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping, Sequence
from typing import Any

from checker.align import blocks_of, facts_of_block, finish_facts
from checker.engine import Rule, finish, run_corpus_rules, run_fact_rules
from checker.model import Claim, Document, Fact, Finding
from checker.pipeline import BATCH, Analysis, _analyze_batch


def _partition_of(key: tuple[str, ...], partitions: int) -> int:
    return zlib.crc32("\x1f".join(key).encode("utf-8")) % partitions


def _align_partition(claims: list[Claim]) -> list[Fact]:
    """Facts of every block in one shuffle partition."""
    return [f for key, members in blocks_of(claims).items() for f in facts_of_block(key, members)]


def _rules_partition(facts: list[Fact], rules: Sequence[Rule]) -> list[Finding]:
    return run_fact_rules(rules, facts)


def _split_by_block(claims: list[Claim], partitions: int) -> list[list[Claim]]:
    from checker.align import block_key

    out: list[list[Claim]] = [[] for _ in range(partitions)]
    for claim in claims:
        key = block_key(claim)
        if key is not None:
            out[_partition_of(key, partitions)].append(claim)
    return out


def analyze_on_dask(
    documents: Sequence[Document],
    rules: Sequence[Rule],
    *,
    extra: Mapping[str, Any] | None = None,
    scheduler: str | None = None,
    workers: int = 2,
    client: Any = None,
) -> Analysis:
    """Run every stage on a Dask cluster: the given scheduler, an existing client, or a LocalCluster."""
    import time

    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # the optional extra is not installed
        from checker.errors import CrosscheckError

        raise CrosscheckError("--engine dask needs the dask extra: pip install 'crosscheck[dask]'") from exc

    own_cluster = None
    if client is None:
        if scheduler:
            client = Client(scheduler)
        else:
            own_cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
            )
            client = Client(own_cluster)
    timings: dict[str, float] = {}
    try:
        t0 = time.perf_counter()
        batches = [list(documents[i : i + BATCH]) for i in range(0, len(documents), BATCH)]
        futures = client.map(_analyze_batch, batches, pure=False)
        extractions, claims = [], []
        t_extract = t_claims = 0.0
        for results in client.gather(futures):
            for extraction, doc_claims, te, tc in results:
                extractions.append(extraction)
                claims.extend(doc_claims)
                t_extract += te
                t_claims += tc
        t1 = time.perf_counter()
        timings.update(extract=t_extract, claims=t_claims, per_document_wall=t1 - t0)
        # shuffle: every claim of a block to the same partition, where the block becomes facts
        n_workers = max(1, len(client.scheduler_info()["workers"]))
        partitions = max(1, min(len(claims) // 2000 + 1, 4 * n_workers))
        shards = _split_by_block(claims, partitions)
        facts = finish_facts(
            f for part in client.gather(client.map(_align_partition, shards, pure=False)) for f in part
        )
        t2 = time.perf_counter()
        # fact rules on fact partitions (keys are final now), corpus rules on the client
        chunk = max(1, len(facts) // partitions + 1)
        fact_chunks = [list(facts[i : i + chunk]) for i in range(0, len(facts), chunk)]
        fact_findings = [
            x
            for part in client.gather(
                client.map(_rules_partition, fact_chunks, [list(rules)] * len(fact_chunks), pure=False)
            )
            for x in part
        ]
        findings, facts = finish([*fact_findings, *run_corpus_rules(rules, facts, claims, extra)], facts)
        t3 = time.perf_counter()
        timings.update(align=t2 - t1, rules=t3 - t2)
    finally:
        if own_cluster is not None:
            client.close()
            own_cluster.close()
    return Analysis(tuple(documents), tuple(extractions), tuple(claims), facts, findings, timings)

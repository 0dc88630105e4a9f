"""How much crosscheck flags on real news that nobody planted a conflict in (MEANTIME's Wikinews folders).

    .venv/bin/python benchmarks/realtext.py [--json PATH] [--findings PATH]

Data: ../shared/eval/meantime_en (120 Wikinews articles in four folders that follow Airbus, Apple, General Motors
and the stock markets over 2005-2011; read its README for the licence). The articles are read only here, never
copied into the repository; --findings writes every finding with its quotes to the path you give (use /tmp).

Each folder is checked as one story (`--stories folder`), each article as its own source (its Wikinews id) dated by
its document creation time. The folders are topics followed for years, not one event: a conflict or a unit
anomaly found here compares two articles about different events, or is a misreading, so the count is a noise
figure on real text (no gold says which findings are right; none was planted). Lower is better, as long as the
planted-conflict benchmarks (conflicts.py, summedits.py) keep their recall.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claim_diff import code_fingerprint
from extraction import EVAL, _meantime_doc

from checker.engine import load_rules
from checker.model import Document
from checker.pipeline import analyze

FLAGGING = ("conflict", "unit-anomaly", "arithmetic")


def documents() -> list[Document]:
    """Every MEANTIME article as a Document: its title line as title, the rest as text, its story its folder."""
    docs = []
    for path in sorted((EVAL / "meantime_en" / "intra_cross-doc_annotation").glob("*/*.xml")):
        text, _, _, created, _ = _meantime_doc(path)
        title, _, body = text.partition("\n")
        wikinews_id = path.stem.split("_")[0]
        docs.append(
            Document(
                doc=wikinews_id,
                source=wikinews_id,
                text=body,
                path=str(path.relative_to(EVAL)),
                published=date.fromisoformat(created) if created else None,
                title=title,
                story=path.parent.name,
            )
        )
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", help="write the counts here")
    parser.add_argument(
        "--findings", help="write every conflict-like finding with its quotes here (keep it out of git)"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    fingerprint = code_fingerprint()
    docs = documents()
    analysis = analyze(docs, load_rules())
    by_rule = Counter(f.rule for f in analysis.findings)
    flagged = [f for f in analysis.findings if f.kind in FLAGGING]
    by_story = Counter(f.sides[0][0].story for f in flagged)
    print(f"{len(docs)} articles, {len(analysis.claims)} claims, {len(analysis.facts)} facts")
    print("findings by rule: " + ", ".join(f"{rule} {n}" for rule, n in sorted(by_rule.items())))
    rate = 100 * len(flagged) / len(docs)
    print(f"conflict, unit-anomaly and arithmetic findings: {len(flagged)} ({rate:.1f} per 100 articles)")
    print("  by folder: " + ", ".join(f"{story} {n}" for story, n in sorted(by_story.items())))
    for f in flagged:
        print(f"  {f.rule} {f.message[:160]}")
    print(f"{time.perf_counter() - started:.0f}s; checker/ + rules/ fingerprint {fingerprint}")
    result = {
        "articles": len(docs),
        "claims": len(analysis.claims),
        "facts": len(analysis.facts),
        "findings_by_rule": dict(sorted(by_rule.items())),
        "flagged": len(flagged),
        "flagged_by_folder": dict(sorted(by_story.items())),
        "code_fingerprint": fingerprint,
    }
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    if args.findings:
        rows = [
            {
                "rule": f.rule,
                "message": f.message,
                "claims": [
                    {"doc": c.doc, "quote": c.mention.text, "sentence": c.sentence, "measure": c.measure}
                    for c in f.claims
                ],
            }
            for f in flagged
        ]
        Path(args.findings).write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

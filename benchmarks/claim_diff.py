"""Helpers shared by benchmarks/conflicts.py and benchmarks/summedits.py: the machine and code a figure was measured
on, and what keeps two claims apart in alignment (for the failure breakdowns)."""

from __future__ import annotations

import hashlib
import os
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

from checker.align import dimension_family
from checker.claims import singular
from checker.concepts import NOUN_CLASSES
from checker.model import Claim


def _noun_class(claim: Claim) -> str:
    """The class of the counted noun ("customers" and "homes" are both premises), as alignment reads it."""
    words = claim.mention.noun.lower().split()
    if not words:
        return ""
    head, first = singular(words[-1].strip("'’")), singular(words[0].strip("'’"))
    return NOUN_CLASSES.get(first) or NOUN_CLASSES.get(head) or head


def machine() -> dict[str, str | int]:
    """nproc, Python version, platform and the time of the run (UTC)."""
    return {
        "nproc": os.cpu_count() or 0,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def code_fingerprint() -> str:
    """sha1 (12 hex) of the code the figures depend on: checker/ (without report/, which only renders) and rules/.
    Other engineers change it often; a run whose fingerprint moved is flagged."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha1()
    paths = [p for p in (root / "checker").rglob("*.py") if "report" not in p.relative_to(root).parts]
    paths += list((root / "rules").glob("*.yaml"))
    for path in sorted(paths):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def differences(a: Claim, b: Claim) -> list[str]:
    """What keeps two claims apart in alignment, in the order alignment looks at it."""
    out = []
    if dimension_family(a) != dimension_family(b):
        out.append(f"dimension differs: {dimension_family(a)!r} vs {dimension_family(b)!r}")
    if a.measure != b.measure:
        out.append(f"measure differs: {a.measure or '∅'!r} vs {b.measure or '∅'!r}")
    if (a.mention.role == "from") != (b.mention.role == "from"):
        out.append(
            f"earlier-value role differs: {a.mention.role!r} vs {b.mention.role!r} (a 'from' value is "
            "the value before a change)"
        )
    if a.part != b.part:
        out.append(f"part-of-total differs: {a.part} vs {b.part}")
    if a.time_scope != b.time_scope:
        out.append(f"time scope differs: {a.time_scope or '∅'!r} vs {b.time_scope or '∅'!r}")
    elif a.scope_explicit != b.scope_explicit and a.mention.kind.value not in ("date", "year", "time"):
        out.append(
            f"time scope stated vs implied: {a.time_scope!r} "
            f"({'stated' if a.scope_explicit else 'publication year'}) vs "
            f"{b.time_scope!r} ({'stated' if b.scope_explicit else 'publication year'})"
        )
    if bool(a.subjects or a.places) != bool(b.subjects or b.places):
        bare = a if not (a.subjects or a.places) else b
        out.append(
            f"one claim names no place or subject: {bare.mention.text!r} (such claims only group with each other)"
        )
    pa, pb = (a.places[:1] or [""])[0], (b.places[:1] or [""])[0]
    if pa != pb:
        out.append(f"places differ: {pa or '∅'!r} vs {pb or '∅'!r}")
    sa, sb = set(a.subjects), set(b.subjects)
    if not (sa <= sb or sb <= sa):
        out.append(f"subjects do not nest: {sorted(sa)} vs {sorted(sb)}")
    if a.direction and b.direction and a.direction != b.direction:
        out.append(f"direction differs: {a.direction} vs {b.direction}")
    counted = ("count", "rate")
    if (
        a.mention.kind.value in counted
        and b.mention.kind.value in counted
        and a.mention.noun
        and b.mention.noun
        and _noun_class(a) != _noun_class(b)
    ):
        out.append(f"counted noun differs: {a.mention.noun!r} vs {b.mention.noun!r}")
    return out

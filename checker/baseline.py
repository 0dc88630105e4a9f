"""Baselines and waivers: accepted findings, by fingerprint and count, so a gate fails only on what is new.

A baseline entry accepts `count` occurrences of one fingerprint: one accepted and two found means one is new
(bandit's baseline bug was matching sets, not counts). An entry with a `reason` (and optionally `by` and an
`expires` date) is a waiver; once expired it stops waiving and the report lists it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from checker.atomic import atomic_write_text
from checker.errors import ConfigError
from checker.model import Finding
from checker.run import BaselineView

ENTRY_KEYS = frozenset({"fingerprint", "count", "rule", "message", "fact", "reason", "by", "expires"})


@dataclass(frozen=True, slots=True)
class BaselineEntry:
    fingerprint: str
    count: int = 1
    rule: str = ""
    message: str = ""
    fact: str = ""
    reason: str = ""
    by: str = ""
    expires: date | None = None

    @property
    def is_waiver(self) -> bool:
        return bool(self.reason or self.expires)

    def expired(self, today: date) -> bool:
        return self.expires is not None and self.expires < today

    def record(self) -> dict[str, object]:
        out: dict[str, object] = {
            "fingerprint": self.fingerprint,
            "count": self.count,
            "rule": self.rule,
            "fact": self.fact,
            "message": self.message,
        }
        if self.reason:
            out["reason"] = self.reason
        if self.by:
            out["by"] = self.by
        if self.expires:
            out["expires"] = self.expires.isoformat()
        return out


def load_baseline(path: str | Path) -> list[BaselineEntry]:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read baseline: {exc.strerror or exc}") from exc
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}: baseline is not valid JSON: {exc.msg} (line {exc.lineno})") from exc
    items = data.get("findings") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ConfigError(f'{path}: a baseline is {{"findings": [...]}}')
    entries = []
    for i, item in enumerate(items):
        where = f"{path}: findings[{i}]"
        if not isinstance(item, dict) or "fingerprint" not in item:
            raise ConfigError(f"{where}: needs a fingerprint")
        unknown = set(item) - ENTRY_KEYS
        if unknown:
            raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        expires = None
        if item.get("expires"):
            try:
                expires = date.fromisoformat(str(item["expires"]))
            except ValueError:
                raise ConfigError(f"{where}: expires {item['expires']!r} is not YYYY-MM-DD") from None
        count = item.get("count", 1)
        if not isinstance(count, int) or count < 1:
            raise ConfigError(f"{where}: count must be a whole number ≥ 1")
        entries.append(
            BaselineEntry(
                str(item["fingerprint"]),
                count,
                str(item.get("rule", "")),
                str(item.get("message", "")),
                str(item.get("fact", "")),
                str(item.get("reason", "")),
                str(item.get("by", "")),
                expires,
            )
        )
    return entries


def baseline_entries(findings: Iterable[Finding], previous: Sequence[BaselineEntry] = ()) -> list[BaselineEntry]:
    """Entries accepting every finding (counted per fingerprint), keeping earlier waivers' reason/by/expires."""
    kept = {e.fingerprint: e for e in previous}
    counts: dict[str, int] = defaultdict(int)
    first: dict[str, Finding] = {}
    for finding in findings:
        counts[finding.fingerprint] += 1
        first.setdefault(finding.fingerprint, finding)
    entries = []
    for fingerprint, finding in first.items():
        old = kept.get(fingerprint)
        entries.append(
            BaselineEntry(
                fingerprint,
                counts[fingerprint],
                finding.rule,
                finding.message,
                finding.fact_key,
                old.reason if old else "",
                old.by if old else "",
                old.expires if old else None,
            )
        )
    return entries


def write_baseline(path: str | Path, entries: Sequence[BaselineEntry], generated: str) -> Path:
    """Write the baseline file atomically (a killed run leaves the previous baseline whole)."""
    path = Path(path)
    data = {
        "crosscheck_baseline": 1,
        "generated": generated,
        "findings": [e.record() for e in sorted(entries, key=lambda e: (e.rule, e.fact, e.fingerprint))],
    }
    return atomic_write_text(path, json.dumps(data, indent=1, ensure_ascii=False) + "\n")


def occurrence_keys(findings: Iterable[Finding]) -> list[str]:
    """'fingerprint#n' for each finding, n counting repeats of one fingerprint in run order."""
    seen: dict[str, int] = defaultdict(int)
    keys = []
    for finding in findings:
        seen[finding.fingerprint] += 1
        keys.append(f"{finding.fingerprint}#{seen[finding.fingerprint]}")
    return keys


def compare(findings: Sequence[Finding], entries: Sequence[BaselineEntry], today: date, path: str = "") -> BaselineView:
    """Status of every finding occurrence against the baseline: new, baselined or waived."""
    by_fingerprint = {e.fingerprint: e for e in entries}
    status: dict[str, str] = {}
    for key in occurrence_keys(findings):
        fingerprint, n = key.split("#")
        entry = by_fingerprint.get(fingerprint)
        if entry is None or int(n) > entry.count or entry.expired(today):
            status[key] = "new"
        else:
            status[key] = "waived" if entry.is_waiver else "baselined"
    found = {f.fingerprint for f in findings}
    expired = tuple(e.record() for e in entries if e.expired(today))
    unmatched = tuple(e.record() for e in entries if e.fingerprint not in found)
    return BaselineView(path=path, status=status, expired=expired, unmatched=unmatched)

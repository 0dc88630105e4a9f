"""Reference facts: trusted values a user supplies (CSV or YAML), checked against every matching claim.

Each entry: `fact` (a pattern matched against fact keys, shell-style: "*China*Russia*trade*2023*"), `value`
(or `low`/`high`), `unit` (a currency code, "percent", or any unit crosscheck knows: "bcm", "mile / hour"),
optional `as_of` (the date the value holds for), `source` (URL) and `tolerance` (relative, default 0).
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from checker.errors import ConfigError
from checker.model import Interval

KEYS = frozenset({"fact", "value", "low", "high", "unit", "as_of", "source", "tolerance", "note"})


@dataclass(frozen=True, slots=True)
class ReferenceFact:
    pattern: str
    interval: Interval  # in `unit`
    unit: str
    source: str = ""
    as_of: date | None = None
    tolerance: float = 0.0
    note: str = ""

    def base(self) -> tuple[str, Interval] | None:
        """(dimension, interval in base units) as extraction writes them, or None for an unknown unit."""
        from checker.extract.lexicon import CURRENCY_PREFIXES
        from checker.extract.units import lexicon

        unit = self.unit.strip()
        if unit.upper() in set(CURRENCY_PREFIXES.values()):
            return f"money:{unit.upper()}", self.interval
        if unit in ("%", "percent"):
            return "percent", self.interval
        if unit in ("pp", "percentage_point", "percentage points"):
            return "percentage-points", self.interval
        if unit in ("", "count"):
            return "count", self.interval
        lex = lexicon()
        if " / " in unit:
            head, per = unit.rsplit(" / ", 1)
            seconds = {"hour": 3600.0, "day": 86400.0, "week": 604800.0, "month": 2629800.0, "year": 31557600.0}.get(
                per
            )
            found = lex.words.get(head.replace("_", " ")) or lex.symbols.get(head) or _by_name(head)
            if seconds and found:
                return f"{found.dimension}/time", self.interval.scaled(found.factor / seconds, found.offset / seconds)
        found = lex.words.get(unit.replace("_", " ").lower()) or lex.symbols.get(unit) or _by_name(unit)
        if found is None:
            return None
        return found.dimension, self.interval.scaled(found.factor, found.offset)


def _by_name(name: str):
    from checker.extract.units import lexicon

    for unit in lexicon().words.values():
        if unit.name == name:
            return unit
    return None


def _entry(item: object, where: str) -> ReferenceFact:
    if not isinstance(item, dict):
        raise ConfigError(f"{where}: each reference fact is a mapping of fact, value, unit, ... (got {item!r:.60})")
    unknown = {str(k) for k in item} - KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    if not item.get("fact"):
        raise ConfigError(f"{where}: needs 'fact' (a pattern of fact keys)")
    try:
        if item.get("value") not in (None, ""):
            value = float(item["value"])
            low = float(item["low"]) if item.get("low") not in (None, "") else value
            high = float(item["high"]) if item.get("high") not in (None, "") else value
        else:
            low, high = float(item["low"]), float(item["high"])
        tolerance = float(item.get("tolerance") or 0.0)
        as_of = date.fromisoformat(str(item["as_of"])) if item.get("as_of") else None
    except (KeyError, ValueError, TypeError) as exc:
        raise ConfigError(f"{where}: value/low/high must be numbers and as_of YYYY-MM-DD ({exc})") from None
    if not all(math.isfinite(x) for x in (low, high, tolerance)):
        raise ConfigError(f"{where}: value/low/high/tolerance must be finite numbers")
    fact = ReferenceFact(
        str(item["fact"]),
        Interval(min(low, high), max(low, high)),
        str(item.get("unit") or ""),
        str(item.get("source") or ""),
        as_of,
        tolerance,
        str(item.get("note") or ""),
    )
    if fact.base() is None:
        raise ConfigError(f"{where}: unknown unit {fact.unit!r}")
    return fact


def load_reference(path: str | Path) -> tuple[ReferenceFact, ...]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read reference facts: {exc.strerror or exc}") from exc
    if path.suffix.lower() == ".csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        return tuple(_entry({k: v for k, v in row.items() if k}, f"{path}:{i + 2}") for i, row in enumerate(rows))
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
    except ValueError as exc:  # YAML's own date parser on an impossible date ("as_of: 2024-02-30")
        raise ConfigError(f"{path}: {exc}") from exc
    if isinstance(data, dict):
        data = data.get("facts")
    if not isinstance(data, list):
        raise ConfigError(f"{path}: reference facts are a list (or {{facts: [...]}})")
    return tuple(_entry(item, f"{path}: item {i + 1}") for i, item in enumerate(data))

"""Extraction benchmark: crosscheck vs raw quantulum3 vs raw dateparser, on the same inputs, in one run.

    .venv/bin/python benchmarks/extraction.py [--json PATH] [--failures /tmp/PATH] [--only NAME ...]

Data (measured only, never copied): ../shared/eval (quantulum3/, recognizers_text_specs_en/, meantime_en/)
and the team's own gold tests/data/extraction_gold.jsonl (skipped with a message while it does not exist).

Systems
  crosscheck   checker.extract.extract_text(doc, text, reference date)
  quantulum3   quantulum3.parser.parse(sentence) per sentence (sentences split outside the timer); scored only
               on the kinds it claims: money, percent, quantities with units, plain numbers/counts, rates, durations
  dateparser   dateparser.search.search_dates(text, languages=["en"], settings={"RELATIVE_BASE": ref}); scored
               only on dates; it returns a point in time, so its prediction is always one day

Scoring rule (SCORING_RULE below, printed with the results)
  A prediction matches a gold item when the spans overlap, the kinds are compatible (COMPATIBLE), and the value
  and unit match. Each gold item and each prediction is used at most once (greedy, in text order, largest
  overlap first). Precision counts a prediction when it matched, or when its kind is one the data set
  annotates and it does not overlap a gold item dropped as out of scope.
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import random
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO.parent / "shared" / "eval"
TEAM_GOLD = REPO / "tests" / "data" / "extraction_gold.jsonl"
TOLERANCE = 0.005  # 0.5 %

SCORING_RULE = """\
A prediction matches a gold item when (1) the character spans overlap, (2) the kinds are compatible
(unit-bearing kinds quantity/rate/duration are interchangeable, the unit decides; date~year; a plain
"number" gold from a number-only data set accepts any numeric kind and carries no unit), and (3) value and
unit match: both sides are converted to SI base units with pint (crosscheck's registry; unit names mapped in
the loaders) and must have the same dimension (money: the same ISO currency) and values within 0.5%; when
the gold has an interval (range or qualifier) each bound must also be within 0.5% (an open gold bound needs
an open predicted bound; an open lower bound also accepts a predicted lower bound <= 0); for crosscheck, its own
base-unit interval (Mention.base_interval) must also hold the gold value, which catches conversion-factor bugs
that a correct unit name would hide. Dates match when the predicted inclusive start and end days equal the
gold's (any of the gold's readings, e.g. Recognizers' past/future): granularity is not compared as a label but
is implied, since a gold day needs a one-day prediction and a gold month/week/quarter/year needs exactly that
interval; a counted phrase ("a month ago", "in two weeks") also matches a gold day with its point, the day it
counts to, as a figure's value matches while its interval is wider (crosscheck's interval for it is the
calendar month or year, or half a week either side). Recognizers' exclusive range ends are made inclusive
(end-1); for explicit "(a,b,P..)" ranges both b and b-1 are accepted. Each gold item and prediction is used
once. Precision counts a prediction that matched, or one whose kind the data set
annotates and that does not overlap an out-of-scope gold item (predictions of kinds a set does not annotate,
e.g. dates in a currency set, are neither rewarded nor punished). MEANTIME VALUE spans have no gold values:
there a match needs only overlap + compatible kind (detection F1)."""

NUMBER_KINDS = {"money", "percent", "percentage-points", "quantity", "count", "rate", "duration", "age", "year"}
UNIT_KINDS = {"quantity", "rate", "duration"}
COMPATIBLE: dict[str, set[str]] = {
    "money": {"money"},
    "percent": {"percent"},
    "percentage-points": {"percentage-points"},
    "quantity": UNIT_KINDS,
    "rate": UNIT_KINDS | {"money"},
    "duration": UNIT_KINDS,
    "age": {"age"},
    "count": {"count"},
    "number": NUMBER_KINDS,  # a bare number gold (Recognizers Number*, quantulum3 "dimensionless")
    "ordinal": {"ordinal"},
    "date": {"date", "year"},
    "year": {"year", "date"},
    "time": {"time"},
    # MEANTIME VALUE types (span-only gold)
    "value:MONEY": {"money", "rate"},
    "value:PERCENT": {"percent", "percentage-points"},
    "value:QUANTITY": {"quantity", "count", "rate", "duration"},
}
# families: which system claims which gold kinds, and which predicted kinds count against each family
FAMILIES: dict[str, set[str]] = {
    "numbers": {
        "money",
        "percent",
        "percentage-points",
        "quantity",
        "count",
        "number",
        "rate",
        "duration",
        "value:MONEY",
        "value:PERCENT",
        "value:QUANTITY",
    },
    "dates": {"date", "year"},
    "other": {"age", "ordinal", "time"},
}
FAMILY_PRED_KINDS: dict[str, set[str]] = {
    "numbers": {"money", "percent", "percentage-points", "quantity", "count", "rate", "duration"},
    "dates": {"date", "year"},
    "other": {"age", "ordinal", "time"},
}
CANONICAL_PRED_KIND = {
    "number": "count",
    "value:MONEY": "money",
    "value:PERCENT": "percent",
    "value:QUANTITY": "quantity",
}
SYSTEM_CLAIMS = {"crosscheck": None, "quantulum3": "numbers", "dateparser": "dates"}
SYSTEMS = ("crosscheck", "quantulum3", "dateparser")


# ---------------------------------------------------------------- records


@dataclass
class TextItem:
    tid: str
    text: str
    ref: date | None = None
    flagged: bool = False
    ignore: list[tuple[int, int]] = field(default_factory=list)
    not_figures: list[tuple[int, int]] = field(default_factory=list)

    @property
    def words(self) -> int:
        return len(self.text.split())


# a unit reading: (dimension key, factor, offset): base = value * factor + offset
UnitAlt = tuple[str, float, float]


@dataclass
class Gold:
    gid: str
    tid: str
    start: int
    end: int
    text: str
    kind: str
    value: float | None = None
    low: float | None = None  # None = open
    high: float | None = None
    has_interval: bool = False
    units: list[UnitAlt] | None = None  # None: no unit claim (bare numbers, ordinals)
    dates: list[tuple[date, date]] | None = None
    time_value: str = ""
    unit_label: str = ""
    span_only: bool = False
    flagged: bool = False

    def show(self) -> dict:
        out = {"text": self.text, "kind": self.kind, "start": self.start, "end": self.end}
        if self.value is not None:
            out["value"] = self.value
        if self.has_interval:
            out["low"], out["high"] = self.low, self.high
        if self.unit_label:
            out["unit"] = self.unit_label
        if self.dates:
            out["dates"] = [[a.isoformat(), b.isoformat()] for a, b in self.dates]
        if self.time_value:
            out["time"] = self.time_value
        return out


@dataclass
class Pred:
    start: int
    end: int
    text: str
    kind: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str = ""
    units: list[UnitAlt] = field(default_factory=list)
    date: tuple[date, date] | None = None
    granularity: str = ""
    point: date | None = None  # crosscheck: the day a counted phrase names ("a month ago"); see DateSpan
    time_text: str = ""
    # crosscheck only: its own base-unit interval and dimension, checked against the pint reading of its unit
    base_interval: tuple[float, float] | None = None
    dimension: str = ""

    def show(self) -> dict:
        out: dict = {"text": self.text, "kind": self.kind, "start": self.start, "end": self.end}
        if self.value is not None:
            out["value"] = self.value
        if self.low is not None and (self.low != self.value or self.high != self.value):
            out["low"], out["high"] = _jsonable(self.low), _jsonable(self.high)
        if self.unit:
            out["unit"] = self.unit
        if self.date:
            out["date"] = [self.date[0].isoformat(), self.date[1].isoformat(), self.granularity]
            if self.point is not None:
                out["point"] = self.point.isoformat()
        elif self.kind in ("date", "year"):
            out["date"] = None
        if self.time_text:
            out["time"] = self.time_text
        return out


def _jsonable(x: float | None) -> float | str | None:
    if x is None or not isinstance(x, float) or math.isfinite(x):
        return x
    return "inf" if x > 0 else "-inf"


@dataclass
class DataSet:
    name: str
    description: str
    texts: list[TextItem]
    golds: list[Gold]
    dropped: Counter
    eval_kinds: set[str]
    pred_filter: Callable[[Pred], bool] | None = None
    has_flags: bool = False
    note: str = ""


# ---------------------------------------------------------------- units → base (pint)

_CURRENCY_CODE = re.compile(r"^[A-Z]{3}$")
_NOT_CURRENCIES = {"TEU", "BCM", "TCM", "MCM"}
_PINT_ALIASES = {
    # crosscheck / gold names whose pint meaning differs or which pint lacks
    "barrel": "oil_barrel",
    "ton": "short_ton",
    "pound_mass": "pound",
    "decade": "decade_",
    "ton_per_day": "short_ton / day",
    "metric_ton": "metric_ton",
    "tonne": "metric_ton",
    "degree_Celsius": "degree_Celsius",
    "degree_Fahrenheit": "degree_Fahrenheit",
}
_TIME_SECONDS = {
    "second": 1.0,
    "minute": 60.0,
    "hour": 3600.0,
    "day": 86400.0,
    "week": 604800.0,
    "month": 2629800.0,
    "year": 31557600.0,
    "annum": 31557600.0,
}


@cache
def _ureg():
    from checker.extract.units import registry

    return registry()


@cache
def _pint_linear(expr: str) -> tuple[str, float, float] | None:
    """(dimension name, factor, offset) of a pint expression, or None when pint does not know it."""
    from checker.extract.units import dimension_name

    ureg = _ureg()
    try:
        zero = ureg.Quantity(0.0, expr).to_base_units()
        one = ureg.Quantity(1.0, expr).to_base_units()
    except Exception:  # pint raises many error types for unknown units
        return None
    offset = float(zero.magnitude)
    return dimension_name(str(one.dimensionality)), float(one.magnitude) - offset, offset


def _alias(name: str) -> str:
    """A unit name as pint reads it: aliases, then 'cubic_kilometer' → 'kilometer ** 3', 'a_per_b' → 'a / b'."""
    name = name.strip()
    if name in _PINT_ALIASES:
        return _PINT_ALIASES[name]
    if "_per_" in name:
        return " / ".join(_alias(part) for part in name.split("_per_", 1))
    m = re.match(r"^(square|cubic)_(.+)$", name)
    if m:
        return f"{_alias(m[2])} ** {2 if m[1] == 'square' else 3}"
    return name


@cache
def unit_alternatives(unit: str) -> tuple[UnitAlt, ...]:
    """Readings of a unit name (crosscheck's spelling, or a loader's mapped name) in base units."""
    unit = unit.strip()
    if unit == "":
        return (("count", 1.0, 0.0),)
    if unit in ("percent", "percentage"):
        return (("percent", 1.0, 0.0),)
    if unit == "percentage_point":
        return (("pp", 1.0, 0.0),)
    if unit == "basis_point":
        return (("pp", 0.01, 0.0),)
    if unit == "degree":  # temperature with the scale unstated (crosscheck's "85°")
        return (("temperature?", 1.0, 0.0),)
    if unit.startswith("angle:"):
        return (("angle", 1.0, 0.0),)
    if (_CURRENCY_CODE.match(unit) and unit not in _NOT_CURRENCIES) or unit in ("BTC",):
        return ((f"money:{unit}", 1.0, 0.0),)
    if " / " in unit:
        head, tail = (s.strip() for s in unit.split(" / ", 1))
        per = _pint_linear(_alias(tail))
        if _CURRENCY_CODE.match(head) and per is not None:
            return ((f"money:{head}/{per[0]}", 1.0 / per[1], 0.0),)
        numerator = _pint_linear(_alias(head))
        if (numerator is None or numerator[0] == "dimensionless") and per is not None and per[0] == "time":
            # "passenger / day", "time / week": a count per time; the counted noun is not compared
            return (("count/time", 1.0 / per[1], 0.0),)
        whole = _pint_linear(" / ".join(_alias(s) for s in (head, tail)))
        if whole is not None:
            return (whole,)
        return ((f"unit:{unit}", 1.0, 0.0),)
    got = _pint_linear(_alias(unit))
    if got is not None:
        return (got,)
    return ((f"unit:{unit}", 1.0, 0.0),)


def _base(alt: UnitAlt, value: float) -> float:
    return value * alt[1] + alt[2]


# ---------------------------------------------------------------- matching


def close(a: float, b: float) -> bool:
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= TOLERANCE * max(abs(a), abs(b)) + 1e-12


def _bounds_ok(g: Gold, p: Pred, ga: UnitAlt | None, pa: UnitAlt | None) -> bool:
    plow = p.low if p.low is not None else p.value
    phigh = p.high if p.high is not None else p.value
    if plow is None or phigh is None:
        return False

    def conv(alt: UnitAlt | None, v: float) -> float:
        return v if alt is None or math.isinf(v) else _base(alt, v)

    if g.low is None:
        if not (math.isinf(plow) and plow < 0) and plow > 0:
            return False
    elif not close(conv(ga, g.low), conv(pa, plow)):
        return False
    if g.high is None:
        return math.isinf(phigh) and phigh > 0
    return close(conv(ga, g.high), conv(pa, phigh))


def check(g: Gold, p: Pred) -> str:
    """'' when p matches g, else the first reason it does not."""
    if p.kind not in COMPATIBLE.get(g.kind, set()):
        return f"kind: gold {g.kind}, predicted {p.kind}"
    if g.span_only:
        return ""
    if g.kind in ("date", "year"):
        if p.date is None:
            return "date unresolved"
        golds = g.dates or []
        # a counted phrase's point is its value, as a figure's is: "a month ago" names the day a month back, and
        # covers the calendar month it falls in
        return "" if p.date in golds or (p.point is not None and (p.point, p.point) in golds) else "date differs"
    if g.kind == "time":
        return "" if p.time_text == g.time_value else "time differs"
    if g.units is None:  # bare number / ordinal: written values, no unit claim
        if g.value is not None and (p.value is None or not close(g.value, p.value)):
            return "value differs"
        if g.has_interval and not _bounds_ok(g, p, None, None):
            return "interval bounds differ"
        return ""
    pairs = []
    for ga in g.units:
        for pa in p.units:
            if ga[0] == pa[0]:
                pairs.append((ga, pa))
            elif "temperature?" in (ga[0], pa[0]) and {ga[0], pa[0]} - {"temperature?"} <= {
                "temperature",
                "temperature?",
            }:
                pairs.append((None, None))  # unstated scale: compare the written numbers
    if not pairs:
        return "unit/dimension differs"
    value_ok = [
        (ga, pa)
        for ga, pa in pairs
        if g.value is None
        or (
            p.value is not None
            and close(g.value if ga is None else _base(ga, g.value), p.value if pa is None else _base(pa, p.value))
        )
    ]
    if not value_ok:
        return "value differs"
    if p.base_interval is not None and g.value is not None:
        # crosscheck's own normalized interval must hold the gold value too (catches conversion-factor bugs)
        lo, hi = p.base_interval
        pad = TOLERANCE * max(abs(lo) if math.isfinite(lo) else 0.0, abs(hi) if math.isfinite(hi) else 0.0)
        own = [
            (ga, pa)
            for ga, pa in value_ok
            if ga is None or pa is None or pa[0] != p.dimension or lo - pad <= _base(ga, g.value) <= hi + pad
        ]
        if not own:
            return "crosscheck base_interval disagrees with its unit (conversion)"
        value_ok = own
    if g.has_interval and not any(_bounds_ok(g, p, ga, pa) for ga, pa in value_ok):
        return "interval bounds differ"
    return ""


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return min(a1, b1) - max(a0, b0)


@dataclass
class MatchResult:
    gold_match: dict[str, int]  # gid -> pred index (within its text)
    pred_match: dict[tuple[str, int], str]  # (tid, pred index) -> gid
    miss_reason: dict[str, str]


def match_text(golds: list[Gold], preds: list[Pred]) -> tuple[dict[str, int], dict[int, str], dict[str, str]]:
    used: dict[int, str] = {}
    gm: dict[str, int] = {}
    reasons: dict[str, str] = {}
    for g in sorted(golds, key=lambda g: (g.start, g.end)):
        best: tuple[int, int] | None = None
        why: list[str] = []
        for i, p in enumerate(preds):
            ov = _overlap(g.start, g.end, p.start, p.end)
            if ov <= 0 and not (g.start == g.end and p.start <= g.start < p.end):
                continue
            r = check(g, p)
            if r:
                why.append(r)
                continue
            if i in used:
                why.append("its matching prediction was already used by another gold item")
                continue
            if best is None or ov > best[0]:
                best = (ov, i)
        if best is not None:
            gm[g.gid] = best[1]
            used[best[1]] = g.gid
        else:
            reasons[g.gid] = _pick_reason(why)
    return gm, used, reasons


_REASON_ORDER = (
    "its matching",
    "interval bounds",
    "crosscheck base_interval",
    "value differs",
    "date differs",
    "date unresolved",
    "time differs",
    "unit/dimension",
    "kind:",
)


def _pick_reason(why: list[str]) -> str:
    if not why:
        return "no overlapping prediction"
    for prefix in _REASON_ORDER:
        for w in why:
            if w.startswith(prefix):
                return w
    return why[0]


# ---------------------------------------------------------------- helpers for loaders

_HOLIDAYS = re.compile(
    r"christmas|xmas|thanksgiving|easter|hallowe'?en|valentine|new year|independence day|labou?r day|memorial day|"
    r"mother'?s day|father'?s day|martin luther|\bmlk\b|columbus day|veterans day|boxing day|hanukk?ah|ramadan|\beid\b|"
    r"diwali|passover|yom kippur|rosh hashanah|patrick|good friday|ash wednesday|black friday|cyber monday|"
    r"inauguration|election day|groundhog|april fool|earth day|cinco de mayo|juneteenth|president'?s'? day|"
    r"washington'?s birthday|lincoln|flag day|tax day|all saints|all souls|guy fawkes|canada day|australia day|"
    r"bastille|spring festival|lunar|mid-autumn|dragon boat|tomb sweeping|qingming|double ninth|yuandan|"
    r"national day|women'?s day|children'?s day|teacher'?s day|youth day|may day|mayday|army day|singles day|"
    r"freedom day|jubilee day|halloween|st\.? ?pat|solstice|equinox|\bholiday",
    re.IGNORECASE,
)


def _holiday_out_of_scope(text: str) -> bool:
    """A holiday crosscheck does not read (Diwali, Labour Day of other countries, ...); the ones its own table
    (checker/extract/dates.py) resolves stay in scope."""
    from checker.extract.dates import _HOLIDAYS as READ
    from checker.extract.dates import _holiday_key

    core = re.sub(r"^(?:on|at|by|before|after|since|until|the)\s+|\s*,?\s*\d{4}$|[.!?]+$", "", text.strip())
    return _HOLIDAYS.search(text) is not None and _holiday_key(core) not in READ


def _d(s: str) -> date:
    return date.fromisoformat(s[:10])


def _find_span(text: str, needle: str, start: int | None, end_incl: int | None) -> tuple[int, int] | None:
    """The gold span: the given offsets when they hold the text (up to case/space), else a search."""
    if start is not None and end_incl is not None:
        cand = text[start : end_incl + 1]
        if cand.lower() == needle.lower() or " ".join(cand.lower().split()) == " ".join(needle.lower().split()):
            return start, end_incl + 1
    i = text.lower().find(needle.lower())
    if i >= 0:
        return i, i + len(needle)
    if start is not None and end_incl is not None and 0 <= start <= end_incl < len(text):
        return start, end_incl + 1
    return None


def _flagged(case: dict) -> bool:
    return bool(case.get("NotSupported") or case.get("NotSupportedByDesign"))


def _sample(items: list, limit: int | None, seed: int) -> list:
    if limit is None or len(items) <= limit:
        return items
    rng = random.Random(seed)
    return sorted(rng.sample(items, limit), key=items.index)


# ---------------------------------------------------------------- quantulum3 set

# quantulum3 unit name → (gold kind, [(mapped unit, multiplier)], or an out-of-scope reason)
_Q3_OUT = {
    "data-storage unit": {"exabyte", "kibibyte", "bit", "byte", "megabyte", "kilobit per second"},
    "scientific/technical unit": {
        "electronvolt",
        "teraelectronvolt",
        "inverse femtobarn",
        "inverse second",
        "kilometre per square second",
        "joule second",
        "candela second",
        "milligray",
        "gray",
        "barn",
        "gigayear",
        "megayear",
        "joule per square metre per year",
        "watt per minute",
        "nanometre",
        "picometre",
        "attometre",
        "gigahertz",
        "british thermal unit",
        "kilogram per cubic centimetre",
        "litre per kilometre",
        "kelvin",
    },
    "angle": {"minute of arc", "second of arc", "degree angle"},
    "cooking measure": {"cup", "tablespoon"},
}


def q3_unit(name: str) -> tuple[str, list[tuple[str, float]]] | str:
    """Map a quantulum3 unit name (gold or prediction) to (kind, [(crosscheck unit, multiplier)...]) or an
    out-of-scope reason."""
    for reason, names in _Q3_OUT.items():
        if name in names:
            return reason
    currencies = {
        "dollar": "USD",
        "euro": "EUR",
        "pound sterling": "GBP",
        "yen": "JPY",
        "yuan": "CNY",
        "rupee": "INR",
        "swiss franc": "CHF",
        "ruble": "RUB",
        "won": "KRW",
    }
    if name in currencies:
        return "money", [(currencies[name], 1.0)]
    special: dict[str, tuple[str, list[tuple[str, float]]]] = {
        "dimensionless": ("number", [("", 1.0)]),
        "dozen": ("number", [("", 12.0)]),
        "baker's dozen": ("number", [("", 13.0)]),
        "gross": ("number", [("", 144.0)]),
        "percentage": ("percent", [("percent", 1.0)]),
        "cent": ("money", [("USD", 0.01), ("EUR", 0.01)]),
        "penny": ("money", [("GBP", 0.01), ("USD", 0.01)]),
        "dime": ("money", [("USD", 0.1)]),
        "pound-mass": ("quantity", [("pound", 1.0)]),
        "tonne": ("quantity", [("metric_ton", 1.0)]),
        "ton": ("quantity", [("short_ton", 1.0), ("metric_ton", 1.0), ("long_ton", 1.0)]),
        "ton per day": ("rate", [("short_ton / day", 1.0), ("metric_ton / day", 1.0)]),
        "count per week": ("rate", [("count / week", 1.0)]),
        "degree Celsius": ("quantity", [("degree_Celsius", 1.0)]),
        "degree celsius": ("quantity", [("degree_Celsius", 1.0)]),
        "degree Fahrenheit": ("quantity", [("degree_Fahrenheit", 1.0)]),
        "degree fahrenheit": ("quantity", [("degree_Fahrenheit", 1.0)]),
        "watt hour": ("quantity", [("watt_hour", 1.0)]),
        "megawatt hour": ("quantity", [("megawatt_hour", 1.0)]),
        "kilowatt hour": ("quantity", [("kilowatt_hour", 1.0)]),
    }
    if name in special:
        return special[name]
    expr = name.replace("metre", "meter").replace("litre", "liter")
    m = re.match(r"^(dollar|euro|pound sterling|yen|yuan) per (.+)$", name)
    if m:
        return "rate", [(f"{currencies[m[1]]} / {m[2].replace('metre', 'meter')}", 1.0)]
    parts = []
    for piece in expr.split(" per "):
        piece = re.sub(r"^square (.+)$", r"\1 ** 2", piece)
        piece = re.sub(r"^cubic (.+)$", r"\1 ** 3", piece)
        parts.append(piece.replace(" ", "_") if "**" not in piece else piece)
    unit = " / ".join(parts)
    dims = unit_alternatives(unit)
    if dims[0][0] == "time":
        return "duration", [(unit, 1.0)]
    return ("rate" if " / " in unit else "quantity"), [(unit, 1.0)]


def _alts(mapped: list[tuple[str, float]]) -> list[UnitAlt]:
    out: list[UnitAlt] = []
    for unit, mult in mapped:
        for dim, factor, offset in unit_alternatives(unit):
            out.append((dim, factor * mult, offset))
    return out


_NAME_BEFORE = re.compile(r"(?:^|[\s\"(—-])([A-Z][\w-]*|\w*\d\w*)[\s-]$")
_NOT_NAME_WORDS = {"The", "A", "An", "In", "On", "At", "It", "He", "She", "We", "They", "I", "By", "For", "Of"}


def _number_scope(text: str, start: int, surface: str, value: float) -> str:
    """Out-of-scope reason for a bare-number gold, or ''."""
    if re.search(
        r"[⅓⅔¼½¾⅙⅛]|\d\s*/\s*\d|\b(?:halves|thirds?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|"
        r"tenths?|hundredths?|thousandths?|millionths?|trillionths?|twenty-firsts?)\b|\bover\b|\bout of\b",
        surface,
        re.IGNORECASE,
    ) and not re.search(r"million|billion|trillion", surface, re.IGNORECASE):
        return "fraction (two sevenths, 3/8, one over four)"
    if re.search(r"\d[eE][+-]?\d|\^|×\s*10|x\s*10", surface):
        return "math/scientific notation (3e8, 2^10, 6.1×10−3)"
    m = _NAME_BEFORE.search(text[max(0, start - 30) : start])
    if m and m.group(1) not in _NOT_NAME_WORDS and not m.group(1).isdigit():
        return "number inside a name or model code (Apollo 11, Route 66)"
    return ""


# the "not figures": phone numbers, codes and names; the digits of a date or an address are that thing
_PHONE = re.compile(r"\+?\d{1,3}[-. ]\d{2,4}[-. /]\d{3,4}(?:[-. /]\d{2,4})*")
_IP_ADDRESS = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
_NUMERIC_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b")


def _inside_not_figure(text: str, span: tuple[int, int]) -> str:
    """Out-of-scope reason when a bare-number gold lies inside a phone number, an IP address, a numeric date or a
    code name (crosscheck reads those as what they are, never as figures), or ''."""
    for pattern, reason in (
        (_PHONE, "digits of a phone number (not a figure)"),
        (_IP_ADDRESS, "digits of an IP address (not a figure)"),
        (_NUMERIC_DATE, "digits of a numeric date (read as the date)"),
    ):
        for m in pattern.finditer(text):
            if m.start() <= span[0] and span[1] <= m.end() and (m.end() - m.start()) > (span[1] - span[0]):
                return reason
    m = _NAME_BEFORE.search(text[max(0, span[0] - 30) : span[0]])
    if m and m.group(1) not in _NOT_NAME_WORDS and not m.group(1).isdigit() and m.group(1).isupper():
        return "number inside a name or model code (Apollo 11, Route 66)"
    return ""


def load_quantulum3(path: Path, name: str) -> DataSet:
    cases = json.loads(path.read_text(encoding="utf-8"))
    texts, golds, dropped = [], [], Counter()
    for i, case in enumerate(cases):
        tid = f"{name}#{i}"
        text = case["req"]
        item = TextItem(tid, text)
        texts.append(item)
        cursor = 0
        for j, res in enumerate(case["res"]):
            surface = res["surface"]
            at = text.find(surface)
            if at < 0:
                dropped["surface not found in sentence"] += 1
                continue
            cursor = at + len(surface)
            mapped = q3_unit(res["unit"])
            if isinstance(mapped, str):
                dropped[mapped] += 1
                item.ignore.append((at, cursor))
                continue
            kind, units = mapped
            value = float(res["value"])
            if kind == "number":
                reason = _number_scope(text, at, surface, value)
                if reason:
                    dropped[reason] += 1
                    item.ignore.append((at, cursor))
                    continue
            g = Gold(f"{tid}.{j}", tid, at, cursor, surface, kind, unit_label=res["unit"])
            mult = units[0][1]
            g.value = value * mult if kind == "number" else value
            unc = res.get("uncertainty")
            if unc:
                g.has_interval = True
                g.low, g.high = (
                    g.value - float(unc) * (mult if kind == "number" else 1),
                    g.value + float(unc) * (mult if kind == "number" else 1),
                )
            g.units = None if kind == "number" else _alts(units)
            golds.append(g)
    return DataSet(
        name,
        f"quantulum3 {path.name}: value+unit",
        texts,
        golds,
        dropped,
        eval_kinds={"money", "percent", "percentage-points", "quantity", "count", "rate", "duration", "age"},
        note="quantulum3's own regression set; crosscheck uses quantulum3's unit table, so it is not independent",
    )


# ---------------------------------------------------------------- Recognizers-Text sets

_RT = "recognizers_text_specs_en"
_RT_CURRENCY = {
    "Dollar": "USD",
    "United States dollar": "USD",
    "Euro": "EUR",
    "Chinese yuan": "CNY",
    "Pound": "GBP",
    "British pound": "GBP",
    "Rupee": "INR",
    "Bitcoin": "BTC",
}
_RT_SUBUNIT = {
    "Cent": [("USD", 0.01)],
    "Pence": [("GBP", 0.01)],
    "Penny": [("GBP", 0.01), ("USD", 0.01)],
    "Satoshi": [("BTC", 1e-8)],
}
_RT_CURRENCY_OUT = {"Franc", "Finnish markka", "Peseta", "Netherlands guilder", "Sen"}
_RT_DIM_OUT = {
    "angle": {"Degree", "Radian", "Turn"},
    "data-storage unit": {"Bit", "Megabit", "Megabyte", "Kilobyte", "Gigabyte"},
    "cooking measure": {"Tablespoon", "Teaspoon", "Cup"},
    "non-standard unit (per millisecond)": {
        "Meter per millisecond",
        "Centimeter per millisecond",
        "Kilometer per millisecond",
    },
}
_RT_DIM_UNITS: dict[str, list[str]] = {
    "Ton": ["short_ton", "metric_ton", "long_ton"],
    "Metric ton": ["metric_ton"],
    "Pound": ["pound"],
    "Barrel": ["oil_barrel"],
    "Ounce": ["ounce", "fluid_ounce"],
    "Gallon": ["gallon"],
    "Square meter": ["meter ** 2"],
    "Square kilometer": ["kilometer ** 2"],
    "Cubic foot": ["foot ** 3"],
    "Kilometer per hour": ["kilometer / hour"],
    "Mile per hour": ["mile / hour"],
    "Dram": ["dram"],
}


def _rt_dim_unit(unit: str) -> list[str]:
    return _RT_DIM_UNITS.get(unit, [unit.lower().replace(" ", "_")])


def _rt_cases(rel: str) -> list[dict]:
    return json.loads((EVAL / _RT / rel).read_text(encoding="utf-8-sig"))


def _rt_number_value(res: dict) -> float | None:
    v = res.get("Resolution", {}).get("value")
    if v in (None, "null"):
        return None
    return float(str(v).rstrip("%"))


def load_rt_model(rel: str, name: str, limit: int | None, seed: int) -> DataSet:
    cases = _sample(_rt_cases(rel), limit, seed)
    texts, golds, dropped = [], [], Counter()
    kind_of = {
        "NumberModel": "number",
        "PercentModel": "percent",
        "OrdinalModel": "ordinal",
        "NumberRangeModel": "number",
        "CurrencyModel": "money",
        "DimensionModel": "quantity",
        "AgeModel": "age",
        "TemperatureModel": "quantity",
    }[Path(rel).stem]
    model = Path(rel).stem
    for i, case in enumerate(cases):
        tid = f"{name}#{i}"
        text = case["Input"]
        item = TextItem(tid, text, flagged=_flagged(case))
        texts.append(item)
        for j, res in enumerate(case["Results"]):
            span = _find_span(text, res["Text"], res.get("Start"), res.get("End"))
            if span is None:
                dropped["span not found"] += 1
                continue
            surface = text[span[0] : span[1]]
            reason, g = _rt_model_gold(model, kind_of, res, surface, text, span)
            if reason:
                dropped[reason] += 1
                item.ignore.append(span)
                continue
            g.gid, g.tid, g.flagged = f"{tid}.{j}", tid, item.flagged
            golds.append(g)
    eval_kinds = {
        "number": {"count"},
        "percent": {"percent", "percentage-points"},
        "ordinal": {"ordinal"},
        "money": {"money"},
        "quantity": {"quantity", "rate"},
        "age": {"age"},
    }[kind_of]
    pred_filter = None
    if model == "TemperatureModel":

        def pred_filter(p: Pred) -> bool:
            return any(u[0].startswith("temperature") for u in p.units)
    elif model == "DimensionModel":

        def pred_filter(p: Pred) -> bool:
            return not any(u[0].startswith("temperature") or u[0] == "time" for u in p.units)

    return DataSet(name, f"Recognizers {rel}", texts, golds, dropped, eval_kinds, pred_filter, has_flags=True)


def _rt_model_gold(
    model: str, kind_of: str, res: dict, surface: str, text: str, span: tuple[int, int]
) -> tuple[str, Gold]:
    g = Gold("", "", span[0], span[1], surface, kind_of)
    resolution = res.get("Resolution", {})
    type_name = res.get("TypeName") or res.get("Typename") or ""
    if model == "OrdinalModel":
        if type_name == "ordinal.relative":
            return "relative ordinal (next, last, previous)", g
        if re.search(r"\band an?\s+$", text[max(0, span[0] - 8) : span[0]]):
            return "fraction denominator (seven and a third)", g
        g.value = float(resolution["value"])
        return "", g
    if model == "NumberRangeModel":
        lo, hi = re.match(r"^[\[(](.*),(.*)[\])]$", resolution["value"]).groups()
        low_text = surface.lower()
        if re.search(r"half|quarter|\d\s*/\s*\d|\bin (?:5|five)\b", low_text):
            return "fraction/ratio range (over half, 3 in 4)", g
        if re.search(r"\b(?:tenth|fifteenth)\b", low_text):
            return "ordinal range (between the 3rd and the 8th)", g
        if re.search(r"equal|[<>=~]|larger|bigger|smaller|\bor greater\b", low_text):
            return "math comparison (equal to, <=, larger than)", g
        if re.search(
            r"(?:than|above|below|most|least)\b.*\b(?:and|but|,)\s.*\b(?:than|above|below|least|most)\b", low_text
        ):
            return "two-sided comparison (above 10 and below 20)", g
        g.has_interval = True
        g.low = float(lo) if lo.strip() else None
        g.high = float(hi) if hi.strip() else None
        return "", g
    if model == "NumberModel":
        value = _rt_number_value(res)
        if value is None:
            return "no value", g
        subtype = resolution.get("subtype")
        if subtype == "power":
            return "math/scientific notation (3e8, 2^10, 6.1×10−3)", g
        if re.search(r"\bpoint\b|nought|naught", surface, re.IGNORECASE):
            return "spoken digits/decimals (six point two, nought)", g
        if subtype == "fraction" or re.search(r"\bover\b|\bout of\b", surface):
            # kept: news-style scaled halves and quarters ("five and a half million", "half million")
            news_like = (
                re.search(r"million|billion|trillion", surface, re.IGNORECASE)
                and re.search(r"\b(?:half|quarters?)\b", surface, re.IGNORECASE)
                and not re.search(r"thirds?|fifths?|ninths?|\bof a\b", surface, re.IGNORECASE)
            )
            if not news_like:
                return "fraction (two sevenths, 3/8, one over four)", g
        if re.match(r"^\d+(?:\.\d{3})+,\d+$|^\d,\d\d?$", surface):
            return "decimal comma (2.500,5; 7,5)", g
        not_figure = _inside_not_figure(text, span)
        if not_figure:
            return not_figure, g
        g.value = value
        return "", g
    if model == "PercentModel":
        value = _rt_number_value(res)
        if value is None:
            return "percent word without a number", g
        if re.match(r"^per\s?cents?\s+of\b", surface, re.IGNORECASE):
            return "reversed 'percent of N' phrasing", g
        g.value = value
        g.units = _alts([("percent", 1.0)])
        g.unit_label = "percent"
        return "", g
    value = resolution.get("value")
    if value in (None, "null"):
        return "unit word without a number", g
    g.value = float(value)
    unit = resolution.get("unit", "")
    g.unit_label = unit
    if model == "CurrencyModel":
        iso = resolution.get("isoCurrency")
        if unit in _RT_CURRENCY_OUT:
            return "obsolete or country-less currency (franc, markka, peseta, guilder, sen)", g
        if unit in _RT_SUBUNIT:
            g.units = _alts(_RT_SUBUNIT[unit])
        elif iso or unit in _RT_CURRENCY:
            g.units = _alts([(iso or _RT_CURRENCY[unit], 1.0)])
        else:
            return f"unmapped currency {unit}", g
        if re.search(
            r"\S\s*(?:dollars?|usd|yuan)\s+(?:and\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
            r"eleven|twelve|thirteen|fourteen|fifteen|[a-z]+ty)\b)|\d\s+and\s+[a-z]+$|kuai|mao",
            surface,
            re.IGNORECASE,
        ):
            return "compound amount (4 dollars 20 cents)", g
        return "", g
    if model == "TemperatureModel":
        g.units = _alts([({"C": "degree_Celsius", "F": "degree_Fahrenheit"}.get(unit, "degree"), 1.0)])
        return "", g
    if model == "AgeModel":
        g.units = _alts([({"Age": "year"}.get(unit, unit.lower()), 1.0)])
        return "", g
    # DimensionModel
    for reason, names in _RT_DIM_OUT.items():
        if unit in names:
            return reason, g
    if re.search(r"\d\s*(?:ft|feet|m)\s+(?:and\s+)?\d+\s*(?:in|inches|dm)\b", surface):
        return "compound measure (6 feet 1 inch)", g
    g.units = _alts([(u, 1.0) for u in _rt_dim_unit(unit)])
    if not g.units or all(u[0].startswith("unit:") for u in g.units):
        return f"unmapped unit {unit}", g
    return "", g


# dates


def _rt_ref(case: dict) -> date | None:
    ref = case.get("Context", {}).get("ReferenceDateTime")
    return date.fromisoformat(ref[:10]) if ref else None


def _range_alts(start: str, end: str, timex: str) -> list[tuple[date, date]]:
    s, e = _d(start), _d(end)
    alts = [(s, e - timedelta(days=1))]
    if timex.startswith("("):
        alts.append((s, e))
    return [a for a in alts if a[0] <= a[1]]


def _rt_date_scope(type_name: str, text: str, mod: str | None) -> str:
    t = type_name.split(".")[-1]
    if t in ("time", "timerange", "datetime", "datetimerange"):
        return "time of day / date with time (not a calendar date)"
    if t == "set":
        return "set (every week, daily)"
    if t == "duration":
        return "duration (date part only)"
    if t == "timezone":
        return "time zone"
    if _holiday_out_of_scope(text):
        return "holiday crosscheck does not read"
    if mod and mod.split("-")[0] in ("since", "after", "before", "until"):
        return "open-ended range (before/after/since/until)"
    t = " ".join(text.split())
    if mod == "ref_undef" or _DAY_BEFORE_AFTER.match(t):
        return "anaphoric period (same week, that weekend)"
    if _WEEK_NUMBER.match(t):
        return "week number (week 31: a league's week in news, not the ISO calendar's)"
    return _rt_chat_form(text)


# Forms of assistant dialogue that news copy does not use; counted apart as "not a news form" (see the doc).
_SPOKEN_YEAR = re.compile(
    r"\b(?:nineteen|twenty|two thousand)(?:[\s-]+(?:and\s+)?(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|tens|teens|thousands))+\b|\b(?:seventies|eighties|nineties|noughties|"
    r"sixties|fifties|forties|thirties)\b",
    re.I,
)
_BARE_DAY = re.compile(
    r"^(?:on\s+|for\s+)?(?:the\s+)?(?:\d{1,2}|(?:twenty|thirty)?[\s-]*(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
    r"nineteenth|twentieth|thirtieth|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty))$",
    re.I,
)
_VAGUE_ANAPHORIC = re.compile(
    r"^(?:(?:the|my|this|past|last|next|the next|the last)\s+day|(?:the|my|current|upcoming)\s+(?:week|weekend|month|"
    r"year)|rest\s+(?:of\s+)?(?:my|current|the)?\s*week|rest the week|on weekend|weekend|my weekend)$",
    re.I,
)
_COMPOUND_OFFSET = re.compile(
    r"\d+\s*(?:years?|months?|weeks?|days?)\s*(?:,|and)?\s*\d+\s*(?:years?|months?|weeks?|days?)|"
    r"\bfrom\s+(?:tomorrow|yesterday|today|tmrw)\b|\b(?:after|before)\s+(?:today|yesterday|tomorrow)\b|"
    r"\b(?:two|three|four|\d)\s+(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)\b",
    re.I,
)
_CHAT_NUMERIC = re.compile(
    r"^\d{1,4}[./]\d{1,2}(?:[./,]\s?\d{2,4})?$|^\d{1,2}-\d{1,2}-\d{2}$|^[A-Za-z]{3,9}\d{1,2}$"
    # a compact or spaced year-month-day ("20161016", "2016 10 16") and a range of two numeric days ("2/29-3/1")
    r"|^(?:19|20)\d{6}$|^(?:19|20)\d\d \d{1,2} \d{1,2}$|^\d{1,2}/\d{1,2}\s*-\s*\d{1,2}/\d{1,2}$"
)
# a year between or before a day and its month name ("2020/23/Sep", "23-2020-September", "September-2020-23")
_YEAR_INSIDE = re.compile(
    r"^(?:(?:19|20)\d\d[-/]\d{1,2}[-/][A-Za-z]{3,9}|\d{1,2}[-/](?:19|20)\d\d[-/][A-Za-z]{3,9}|"
    r"[A-Za-z]{3,9}[-/](?:19|20)\d\d[-/]\d{1,2})$"
)
# a week of the year by its number ("week 31"): in news a season's week ("Week 10" of a league), not the ISO
# calendar's that Recognizers resolves it to
_WEEK_NUMBER = re.compile(r"^(?:the\s+)?week\s+\d{1,2}$", re.I)
# a day counted from an event the text tells, not from the reference date ("the day before", "the day after")
_DAY_BEFORE_AFTER = re.compile(r"^the\s+day\s+(?:before|after)$", re.I)


def _rt_chat_form(text: str) -> str:
    """Why a Recognizers date is not a form news copy uses ('' when it is one)."""
    t = " ".join(text.split())
    if _SPOKEN_YEAR.search(t):
        return "not a news form: year or decade in words (two thousand and eighteen, the seventies)"
    if _BARE_DAY.match(t):
        return "not a news form: a day number alone (for the 27, on 15)"
    if _VAGUE_ANAPHORIC.match(t):
        return "not a news form: vague period (the day, my week, rest of my week)"
    if _COMPOUND_OFFSET.search(t):
        return "not a news form: compound offset (1 month 21 days ago, two days from tomorrow)"
    if _CHAT_NUMERIC.match(t):
        return "not a news form: terse numeric date (4.22, 13.5.2015, 9-18-15, Oct2)"
    if _YEAR_INSIDE.match(t):
        return "not a news form: year inside a day and month (2020/23/Sep, 23-2020-September)"
    return ""


def load_rt_dates(rel: str, name: str, limit: int | None, seed: int) -> DataSet:
    cases = _sample(_rt_cases(rel), limit, seed)
    texts, golds, dropped = [], [], Counter()
    for i, case in enumerate(cases):
        tid = f"{name}#{i}"
        text = case["Input"]
        ref = _rt_ref(case)
        item = TextItem(tid, text, ref=ref, flagged=_flagged(case))
        texts.append(item)
        for j, res in enumerate(case["Results"]):
            if "Length" in res:
                span = _find_span(text, res["Text"], res["Start"], res["Start"] + res["Length"] - 1)
            else:
                span = _find_span(text, res["Text"], res.get("Start"), res.get("End"))
            if span is None:
                dropped["span not found"] += 1
                continue
            type_name = res.get("TypeName") or res.get("Typename") or res.get("Type") or ""
            value = res.get("Value") or res.get("Resolution") or {}
            mods = {v.get("Mod") for v in value.get("values", [])} | {value.get("Mod")}
            mod = next((m for m in mods if m), None)
            reason = _rt_date_scope(type_name, res["Text"], mod)
            alts: list[tuple[date, date]] = []
            if not reason and ref is None:
                reason = "no reference date"
            if not reason:
                if "values" in value:
                    for v in value["values"]:
                        if v.get("value") and v["value"] != "not resolved":
                            alts.append((_d(v["value"]), _d(v["value"])))
                        elif v.get("start") and v.get("end"):
                            alts.extend(_range_alts(v["start"], v["end"], v.get("timex", "")))
                else:
                    for key in ("FutureResolution", "PastResolution"):
                        r = value.get(key) or {}
                        if r.get("date"):
                            alts.append((_d(r["date"]), _d(r["date"])))
                        elif r.get("startDate") and r.get("endDate"):
                            alts.extend(_range_alts(r["startDate"], r["endDate"], value.get("Timex", "")))
                impossible = [a for a in alts if a[0].year == 1]  # Recognizers' "no such date" (fifth Sunday)
                alts = [a for a in dict.fromkeys(alts) if a[0].year != 1]
                if not alts:
                    reason = (
                        "gold says no such date (0001-01-01, e.g. a 31st of a 30-day month)"
                        if impossible
                        else "no resolved date in gold (season, fiscal/school year, open range)"
                    )
            if reason:
                dropped[reason] += 1
                item.ignore.append(span)
                continue
            golds.append(
                Gold(
                    f"{tid}.{j}",
                    tid,
                    span[0],
                    span[1],
                    text[span[0] : span[1]],
                    "date",
                    dates=alts,
                    flagged=item.flagged,
                )
            )
    return DataSet(name, f"Recognizers {rel}: date resolution", texts, golds, dropped, {"date", "year"}, has_flags=True)


# ---------------------------------------------------------------- MEANTIME

_NO_SPACE_BEFORE = {
    ",",
    ".",
    ";",
    ":",
    "!",
    "?",
    "%",
    ")",
    "]",
    "}",
    "'s",
    "'S",
    "n't",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
    "''",
    "'",
}
_NO_SPACE_AFTER = {"(", "[", "{", "``", "$", "£", "€", "US$", "AU$", "USD$", "C$", "HK$", "A$", "NZ$"}


def _meantime_doc(path: Path) -> tuple[str, dict, ET.Element, str | None, tuple[int, int] | None]:
    """Text (light detokenization: no space before , . % ) 's; none after ( $ £ ``; '#'+number → '£';
    sentences joined by newlines), token offsets, root, creation date, creation-time span."""
    root = ET.parse(path).getroot()
    tokens = list(root.iter("token"))
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    pos = 0
    prev_sentence = None
    prev_tok = ""
    for k, tok in enumerate(tokens):
        word = tok.text or ""
        nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
        if word == "#" and nxt and nxt[:1].isdigit():
            word = "£"
        word = {"``": "“", "''": "”"}.get(word, word)
        sentence = tok.get("sentence")
        if prev_sentence is None:
            sep = ""
        elif sentence != prev_sentence:
            sep = "\n"
        elif tok.text in _NO_SPACE_BEFORE or prev_tok in _NO_SPACE_AFTER or prev_tok.endswith("$") or prev_tok == "£":
            sep = ""
        else:
            sep = " "
        parts.append(sep)
        pos += len(sep)
        offsets[tok.get("t_id")] = (pos, pos + len(word))
        parts.append(word)
        pos += len(word)
        prev_sentence, prev_tok = sentence, word
    text = "".join(parts)
    dct, dct_span = None, None
    for tx in root.iter("TIMEX3"):
        if tx.get("functionInDocument") == "CREATION_TIME":
            value = tx.get("value", "")
            if re.match(r"^\d{4}-\d\d-\d\d", value):
                dct = value[:10]
            anchors = [offsets[a.get("t_id")] for a in tx.iter("token_anchor") if a.get("t_id") in offsets]
            if anchors:
                dct_span = (min(a[0] for a in anchors), max(a[1] for a in anchors))
    return text, offsets, root, dct, dct_span


_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def _month_end(y: int, m: int) -> date:
    return (date(y + (m == 12), m % 12 + 1, 1)) - timedelta(days=1)


def timex_interval(value: str) -> tuple[date, date] | str:
    """The inclusive calendar interval of a TIMEX3 DATE value, or an out-of-scope reason."""
    v = value.strip()
    m = re.match(r"^(\d{4})-(\d\d)-(\d\d)(?:T(MO|AF|EV|NI|DT))?$", v)
    if m:
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    if re.match(r"^\d{4}-\d\d-\d\dT", v):
        return "clock time (TIMEX TIME)"
    if re.match(r"^\d{4}-\d\d$", v):
        y, mo = int(v[:4]), int(v[5:])
        return date(y, mo, 1), _month_end(y, mo)
    if re.match(r"^\d{4}$", v):
        return date(int(v), 1, 1), date(int(v), 12, 31)
    if re.match(r"^\d{3}$", v):
        return date(int(v) * 10, 1, 1), date(int(v) * 10 + 9, 12, 31)
    m = re.match(r"^(\d{4})-Q([1-4])$", v)
    if m:
        y, q = int(m[1]), int(m[2])
        return date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
    m = re.match(r"^(\d{4})-H([12])$", v)
    if m:
        y, h = int(m[1]), int(m[2])
        return (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))
    m = re.match(r"^(\d{4})-W(\d\d)(-WE)?$", v)
    if m:
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return monday + timedelta(days=5), monday + timedelta(days=6)
        return monday, monday + timedelta(days=6)
    m = re.match(r"^(\d{4})-(SP|SU|FA|WI)$", v)
    if m:
        y = int(m[1])
        a, b = _SEASONS[m[2]]
        return date(y, a, 1), _month_end(y + (b < a), b)
    if v in ("PAST_REF", "PRESENT_REF", "FUTURE_REF"):
        return "vague reference (recently, now, in the future)"
    if v.startswith("FY"):
        return "fiscal year (company-specific)"
    if "X" in v:
        return "unresolved in gold (XXXX)"
    return "duration or malformed value on a DATE timex"


_DURATION_UNITS = {
    "Y": "year",
    "M": "month",
    "W": "week",
    "D": "day",
    "H": "hour",
    "TM": "minute",
    "TS": "second",
    "TH": "hour",
}


def timex_duration(value: str) -> tuple[float, str] | str:
    m = re.match(r"^P(T?)(\d+(?:\.\d+)?)([YMWDHS])$", value)
    if not m:
        if re.match(r"^PT?X", value):
            return "vague duration (over the years)"
        if re.match(r"^P\d+Q$", value):
            return "duration in quarters"
        return "malformed duration value"
    unit = _DURATION_UNITS.get(("T" if m[1] else "") + m[3]) or _DURATION_UNITS[m[3]]
    return float(m[2]), unit


def load_meantime(limit: int | None, seed: int) -> tuple[DataSet, DataSet]:
    root_dir = EVAL / "meantime_en" / "intra_cross-doc_annotation"
    paths = _sample(sorted(root_dir.glob("*/*.xml")), limit, seed)
    texts_d, texts_v, golds_d, golds_v = [], [], [], []
    drop_d, drop_v = Counter(), Counter()
    for path in paths:
        text, offsets, root, dct, dct_span = _meantime_doc(path)
        doc_id = root.get("doc_id")
        ref = date.fromisoformat(dct) if dct else None
        item_d = TextItem(f"meantime:{doc_id}", text, ref=ref)
        item_v = TextItem(f"meantime:{doc_id}", text, ref=ref)
        if dct_span:
            item_d.ignore.append(dct_span)
            item_v.ignore.append(dct_span)
        texts_d.append(item_d)
        texts_v.append(item_v)

        def span_of(el: ET.Element, offsets: dict = offsets) -> tuple[int, int] | None:
            anchors = [offsets[a.get("t_id")] for a in el.iter("token_anchor") if a.get("t_id") in offsets]
            if not anchors:
                return None
            return min(a[0] for a in anchors), max(a[1] for a in anchors)

        for tx in root.iter("TIMEX3"):
            if tx.get("functionInDocument") == "CREATION_TIME":
                continue
            span = span_of(tx)
            if span is None:
                drop_d["empty (implicit) timex, no text"] += 1
                continue
            ttype, value = tx.get("type"), tx.get("value", "")
            gid = f"meantime:{doc_id}.t{tx.get('m_id')}"
            surface = text[span[0] : span[1]]
            reason = ""
            if ref is None:
                reason = "document has no creation time"
            elif ttype == "SET":
                reason = "set (every week, daily)"
            elif ttype == "DURATION":
                got = timex_duration(value)
                if isinstance(got, str):
                    reason = got
                else:
                    golds_d.append(
                        Gold(
                            gid,
                            item_d.tid,
                            span[0],
                            span[1],
                            surface,
                            "duration",
                            value=got[0],
                            units=_alts([(got[1], 1.0)]),
                            unit_label=got[1],
                        )
                    )
                    continue
            else:
                got = timex_interval(value)
                if isinstance(got, str):
                    reason = got
                elif _holiday_out_of_scope(surface):
                    reason = "holiday crosscheck does not read"
                else:
                    golds_d.append(
                        Gold(gid, item_d.tid, span[0], span[1], surface, "date", dates=[got], unit_label=value)
                    )
                    continue
            drop_d[reason] += 1
            item_d.ignore.append(span)
        for val in root.iter("VALUE"):
            span = span_of(val)
            if span is None:
                drop_v["empty value span"] += 1
                continue
            vtype = val.get("type")
            surface = text[span[0] : span[1]]
            if not re.search(
                r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
                r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|"
                r"billion|dozen|half|quarter)\b",
                surface,
                re.IGNORECASE,
            ):
                drop_v["no numeral or number word in the span"] += 1
                item_v.ignore.append(span)
                continue
            golds_v.append(
                Gold(
                    f"meantime:{doc_id}.v{val.get('m_id')}",
                    item_v.tid,
                    span[0],
                    span[1],
                    surface,
                    f"value:{vtype}",
                    span_only=True,
                    unit_label=vtype,
                )
            )
    dates = DataSet(
        "meantime/timex",
        "MEANTIME TIMEX3 (DATE resolved given the creation time; numeric DURATIONs)",
        texts_d,
        golds_d,
        drop_d,
        {"date", "year", "duration"},
        note="MEANTIME leaves many dates unannotated (e.g. 4 of the 6 dates in document 25501): precision is a lower "
        "bound, read recall and resolution accuracy; tokens re-joined with light detokenization; "
        "the creation-time line is ignored",
    )
    values = DataSet(
        "meantime/values",
        "MEANTIME VALUE spans MONEY/PERCENT/QUANTITY (span + kind only)",
        texts_v,
        golds_v,
        drop_v,
        {"money", "percent", "percentage-points", "quantity", "count", "rate"},
        note="no gold values: detection only (overlap + compatible kind); many amounts/percentages are "
        "left unannotated, so precision is a lower bound",
    )
    return dates, values


# ---------------------------------------------------------------- team gold


def load_team_gold(path: Path) -> DataSet | str:
    if not path.exists():
        return f"{path.relative_to(REPO)} does not exist yet: team gold skipped"
    texts, golds, dropped = [], [], Counter()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            dropped[f"bad JSON line ({exc.msg})"] += 1
            continue
        tid = f"team:{rec.get('id', n)}"
        text = rec["text"]
        published = rec.get("published")
        item = TextItem(tid, text, ref=date.fromisoformat(str(published)[:10]) if published else None)
        texts.append(item)
        cursor = 0
        for j, m in enumerate(rec.get("mentions", [])):
            at = text.find(m["text"], cursor)
            if at < 0:
                at = text.find(m["text"])
            if at < 0:
                dropped["mention text not in paragraph"] += 1
                continue
            cursor = at + len(m["text"])
            kind = m["kind"]
            g = Gold(f"{tid}.{j}", tid, at, cursor, m["text"], kind, unit_label=m.get("unit", ""))
            if kind in ("date", "year"):
                if m.get("start") and m.get("end"):
                    g.dates = [(_d(m["start"]), _d(m["end"]))]
                elif kind == "year" and m.get("value") is not None:
                    y = int(m["value"])
                    g.dates = [(date(y, 1, 1), date(y, 12, 31))]
                else:
                    dropped["date without start/end"] += 1
                    continue
            elif kind == "time":
                g.time_value = str(m.get("value", ""))
            else:
                g.value = float(m["value"]) if m.get("value") is not None else None
                if "low" in m or "high" in m:
                    g.has_interval = True
                    g.low = None if m.get("low") is None else float(m["low"])
                    g.high = None if m.get("high") is None else float(m["high"])
                if kind == "ordinal":
                    g.units = None
                elif kind == "count":
                    g.units = _alts([("", 1.0)])
                else:
                    g.units = _alts([(m.get("unit", ""), 1.0)])
            golds.append(g)
        # not_figures are not ignored: a mention there is a false positive (and is also counted on its own)
        for phrase in rec.get("not_figures", []):
            at = text.find(phrase)
            if at >= 0:
                item.not_figures.append((at, at + len(phrase)))
            else:
                dropped["not_figures phrase not in paragraph"] += 1
    all_kinds = {
        "money",
        "percent",
        "percentage-points",
        "quantity",
        "count",
        "rate",
        "duration",
        "age",
        "ordinal",
        "date",
        "year",
        "time",
    }
    return DataSet(
        "team/gold",
        "tests/data/extraction_gold.jsonl (docs/gold-format.md §2)",
        texts,
        golds,
        dropped,
        all_kinds,
        note="written by the team next to the extractor (not independent); qualifier intervals "
        "follow the gold's own convention (docs/gold-format.md)",
    )


# ---------------------------------------------------------------- systems


def cc_preds(extraction) -> list[Pred]:
    out = []
    for m in extraction.mentions:
        p = Pred(m.start, m.end, m.text, m.kind.value, value=m.value, unit=m.unit, time_text=m.time_text)
        if m.interval is not None:
            p.low, p.high = m.interval.low, m.interval.high
        if m.date is not None:
            p.date, p.granularity, p.point = (m.date.start, m.date.end), m.date.granularity, m.date.point
        if p.kind not in ("date", "year", "time", "ordinal"):
            p.units = list(unit_alternatives(m.unit))
            if m.base_interval is not None:
                p.base_interval, p.dimension = (m.base_interval.low, m.base_interval.high), m.dimension
        out.append(p)
    return out


def q3_preds(quantities: Iterable, offset: int) -> list[Pred]:
    out = []
    for q in quantities:
        mapped = q3_unit(q.unit.name)
        if isinstance(mapped, str):
            kind, units = "quantity", [(f"unit:{q.unit.name}", 1.0)]
            if mapped == "angle":
                units = [("angle:deg", 1.0)]
        else:
            kind, units = mapped
        if kind == "number":
            kind = "count"
        mult = units[0][1] if kind == "count" else 1.0
        value = float(q.value) * mult
        p = Pred(offset + q.span[0], offset + q.span[1], q.surface, kind, value=value, unit=q.unit.name)
        if q.uncertainty:
            p.low, p.high = value - float(q.uncertainty) * mult, value + float(q.uncertainty) * mult
        p.units = _alts([("", 1.0)] if kind == "count" else units)
        out.append(p)
    return out


def dp_preds(found: list | None, text: str) -> list[Pred]:
    out = []
    cursor = 0
    for substring, when in found or []:
        at = text.find(substring, cursor)
        if at < 0:
            at = text.find(substring)
        if at < 0:
            continue
        cursor = at + len(substring)
        day = when.date()
        out.append(Pred(at, at + len(substring), substring, "date", date=(day, day), granularity="day"))
    return out


# the kinds of text the speed is measured on, reported apart: per-call costs weigh most on the shortest
TEXT_GROUPS = (
    "news articles (MEANTIME, Wikinews)",
    "news paragraphs (own gold)",
    "short spec strings (Recognizers-Text, quantulum3 tests)",
)


def text_group(tid: str) -> str:
    if tid.startswith("meantime:"):
        return TEXT_GROUPS[0]
    return TEXT_GROUPS[1] if tid.startswith("team:") else TEXT_GROUPS[2]


@dataclass
class Runner:
    timings: dict[str, float] = field(default_factory=lambda: dict.fromkeys(SYSTEMS, 0.0))
    group_timings: dict[str, dict[str, float]] = field(
        default_factory=lambda: {g: dict.fromkeys(SYSTEMS, 0.0) for g in TEXT_GROUPS}
    )
    group_words: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TEXT_GROUPS, 0))
    words: int = 0
    texts: int = 0
    errors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    cache: dict[tuple[str, date | None], dict[str, list[Pred]]] = field(default_factory=dict)
    items: list[TextItem] = field(default_factory=list)

    def __post_init__(self) -> None:
        from dateparser.search import search_dates
        from quantulum3 import parser

        from checker.extract import extract_text
        from checker.text import split_sentences

        self._extract, self._q3, self._search, self._split = extract_text, parser.parse, search_dates, split_sentences

    def run(self, item: TextItem) -> dict[str, list[Pred]]:
        key = (item.text, item.ref)
        if key in self.cache:
            return self.cache[key]
        text, ref = item.text, item.ref
        sentences = self._split(text)
        settings = {"RELATIVE_BASE": datetime(ref.year, ref.month, ref.day)} if ref else {}
        result: dict[str, list[Pred]] = {}

        t = time.perf_counter()
        try:
            ex = self._extract(item.tid, text, ref)
        except Exception as exc:  # a crash is a finding, not a reason to stop the benchmark
            ex = None
            self.errors["crosscheck"].append(f"{item.tid}: {type(exc).__name__}: {exc}")
        spent = time.perf_counter() - t
        self.timings["crosscheck"] += spent
        group = self.group_timings[text_group(item.tid)]
        group["crosscheck"] += spent
        result["crosscheck"] = cc_preds(ex) if ex is not None else []

        preds: list[Pred] = []
        t = time.perf_counter()
        raw = []
        for s in sentences:
            try:
                raw.append((s.start, self._q3(s.text)))
            except Exception as exc:
                self.errors["quantulum3"].append(f"{item.tid}: {type(exc).__name__}: {exc}")
        spent = time.perf_counter() - t
        self.timings["quantulum3"] += spent
        group["quantulum3"] += spent
        for start, qs in raw:
            preds.extend(q3_preds(qs, start))
        result["quantulum3"] = preds

        t = time.perf_counter()
        try:
            found = self._search(text, languages=["en"], settings=settings)
        except Exception as exc:
            found = None
            self.errors["dateparser"].append(f"{item.tid}: {type(exc).__name__}: {exc}")
        spent = time.perf_counter() - t
        self.timings["dateparser"] += spent
        group["dateparser"] += spent
        result["dateparser"] = dp_preds(found, text)

        self.words += item.words
        self.group_words[text_group(item.tid)] += item.words
        self.texts += 1
        self.cache[key] = result
        self.items.append(item)
        return result

    def _prepared(
        self, by_group: dict[str, dict[str, float]]
    ) -> list[tuple[TextItem, dict[str, float], list[str], dict]]:
        """Per distinct text already run: the item, its group's timing row, its sentences and dateparser settings
        (all made outside the timers)."""
        prepared = []
        for item in self.items:
            ref = item.ref
            settings = {"RELATIVE_BASE": datetime(ref.year, ref.month, ref.day)} if ref else {}
            prepared.append((item, by_group[text_group(item.tid)], [s.text for s in self._split(item.text)], settings))
        return prepared

    def _timed(self, system: str, item: TextItem, sentences: list[str], settings: dict) -> float:
        """Seconds one system takes on one text (its output discarded; a crash was counted in the scoring pass)."""
        t = time.perf_counter()
        try:
            if system == "crosscheck":
                self._extract(item.tid, item.text, item.ref)
            elif system == "quantulum3":
                for sentence in sentences:
                    self._q3(sentence)
            else:
                self._search(item.text, languages=["en"], settings=settings)
        except Exception:  # counted in the scoring pass already
            pass
        return time.perf_counter() - t

    def timing_pass(self) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
        """One more timed pass of the three systems over every distinct text already run (outputs discarded),
        the three called text by text: seconds per system, and per text group."""
        spent = dict.fromkeys(SYSTEMS, 0.0)
        by_group = {g: dict.fromkeys(SYSTEMS, 0.0) for g in TEXT_GROUPS}
        for item, group, sentences, settings in self._prepared(by_group):
            for system in SYSTEMS:
                seconds = self._timed(system, item, sentences, settings)
                spent[system] += seconds
                group[system] += seconds
        return spent, by_group

    def own_loop_pass(self, order: tuple[str, ...] = SYSTEMS) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
        """Each system in a loop of its own over every distinct text, one system after the other (in `order`):
        how each runs over a batch of articles in production, with its code and data warm in the CPU caches.
        (timing_pass calls the three systems text by text, so each call also pays for the cache lines the
        other two evicted.) Seconds per system, and per text group."""
        spent = dict.fromkeys(SYSTEMS, 0.0)
        by_group = {g: dict.fromkeys(SYSTEMS, 0.0) for g in TEXT_GROUPS}
        prepared = self._prepared(by_group)
        for system in order:
            for item, group, sentences, settings in prepared:
                seconds = self._timed(system, item, sentences, settings)
                spent[system] += seconds
                group[system] += seconds
        return spent, by_group


def warm_up(runner: Runner) -> dict[str, float]:
    """First calls load lexicons/classifiers; timed separately and excluded from words/s."""
    # the second sentence has "pounds" without a cue word, so crosscheck loads quantulum3's classifier here
    sample = TextItem(
        "warm-up",
        "He paid 20 million pounds for 38 bcm on Thursday, May 16, 2024, up 5%. They said it was 12 pounds.",
        ref=date(2024, 5, 14),
    )
    before = dict(runner.timings)
    before_groups = {g: dict(t) for g, t in runner.group_timings.items()}
    runner.run(sample)
    spent = {s: runner.timings[s] - before[s] for s in SYSTEMS}
    runner.timings = dict(before)
    runner.group_timings = before_groups
    runner.group_words[text_group(sample.tid)] -= sample.words
    runner.words -= sample.words
    runner.texts -= 1
    runner.cache.clear()
    return spent


def import_times() -> dict[str, float | str]:
    """Import time of each system in a fresh interpreter (shared dependencies would hide it in-process)."""
    snippets = {
        "crosscheck": "import checker.extract",
        "quantulum3": "import quantulum3.parser",
        "dateparser": "import dateparser.search",
    }
    out: dict[str, float | str] = {}
    for name, stmt in snippets.items():
        code = f"import time; t = time.perf_counter(); {stmt}; print(time.perf_counter() - t)"
        try:
            done = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=REPO, check=True
            )
            out[name] = float(done.stdout.strip().splitlines()[-1])
        except Exception as exc:  # report, do not fail the run
            out[name] = f"failed: {exc}"
    return out


# ---------------------------------------------------------------- scoring


@dataclass
class SetResult:
    dataset: DataSet
    preds: dict[str, dict[str, list[Pred]]]  # system -> tid -> preds
    gold_match: dict[str, dict[str, tuple[str, int]]]  # system -> gid -> (tid, pred index)
    pred_gold: dict[str, dict[tuple[str, int], str]]  # system -> (tid, i) -> gid
    reasons: dict[str, dict[str, str]]  # system -> gid -> miss reason


def evaluate(ds: DataSet, runner: Runner) -> SetResult:
    by_tid: dict[str, list[Gold]] = defaultdict(list)
    for g in ds.golds:
        by_tid[g.tid].append(g)
    preds: dict[str, dict[str, list[Pred]]] = {s: {} for s in SYSTEMS}
    gold_match: dict[str, dict[str, tuple[str, int]]] = {s: {} for s in SYSTEMS}
    pred_gold: dict[str, dict[tuple[str, int], str]] = {s: {} for s in SYSTEMS}
    reasons: dict[str, dict[str, str]] = {s: {} for s in SYSTEMS}
    for item in ds.texts:
        got = runner.run(item)
        golds = by_tid.get(item.tid, [])
        for system in SYSTEMS:
            ps = got[system]
            preds[system][item.tid] = ps
            gm, used, why = match_text(golds, ps)
            for gid, i in gm.items():
                gold_match[system][gid] = (item.tid, i)
            for i, gid in used.items():
                pred_gold[system][(item.tid, i)] = gid
            reasons[system].update(why)
    return SetResult(ds, preds, gold_match, pred_gold, reasons)


def _counted(ds: DataSet, item: TextItem, p: Pred, pred_kinds: set[str]) -> bool:
    if p.kind not in ds.eval_kinds or p.kind not in pred_kinds:
        return False
    if ds.pred_filter is not None and not ds.pred_filter(p):
        return False
    return not any(_overlap(a, b, p.start, p.end) > 0 for a, b in item.ignore)


def score(
    res: SetResult,
    system: str,
    gold_kinds: set[str],
    pred_kinds: set[str],
    text_ok: Callable[[TextItem], bool] = lambda t: True,
) -> dict:
    ds = res.dataset
    texts = {t.tid: t for t in ds.texts if text_ok(t)}
    golds = [g for g in ds.golds if g.kind in gold_kinds and g.tid in texts]
    gids = {g.gid for g in golds}
    tp = sum(1 for g in golds if g.gid in res.gold_match[system])
    n_pred = 0
    for tid, item in texts.items():
        for i, p in enumerate(res.preds[system].get(tid, [])):
            gid = res.pred_gold[system].get((tid, i))
            if gid is not None:
                n_pred += gid in gids
            elif _counted(ds, item, p, pred_kinds):
                n_pred += 1
    fn = len(golds) - tp
    fp = n_pred - tp
    p = tp / n_pred if n_pred else None
    r = tp / len(golds) if golds else None
    f1 = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
    return {"gold": len(golds), "pred": n_pred, "tp": tp, "fp": fp, "fn": fn, "p": p, "r": r, "f1": f1}


def family_rows(res: SetResult, text_ok: Callable[[TextItem], bool] = lambda t: True) -> dict:
    rows: dict[str, dict[str, dict]] = {}
    present = {g.kind for g in res.dataset.golds}
    for fam, kinds in FAMILIES.items():
        if not kinds & present:
            continue
        rows[fam] = {}
        for system in SYSTEMS:
            claim = SYSTEM_CLAIMS[system]
            if claim is not None and claim != fam:
                continue
            rows[fam][system] = score(res, system, kinds, FAMILY_PRED_KINDS[fam], text_ok)
    if len(rows) > 1:
        all_kinds = set().union(*FAMILIES.values())
        all_preds = set().union(*FAMILY_PRED_KINDS.values())
        rows["all"] = {"crosscheck": score(res, "crosscheck", all_kinds, all_preds, text_ok)}
    return rows


def date_resolution(res: SetResult, system: str, text_ok: Callable[[TextItem], bool] = lambda t: True) -> dict:
    """Detection vs resolution for date golds: how many have an overlapping date/year prediction, and how many
    of those resolve to the gold interval (MEANTIME's recipe: resolution accuracy on detected spans)."""
    ds = res.dataset
    texts = {t.tid for t in ds.texts if text_ok(t)}
    golds = [g for g in ds.golds if g.kind in FAMILIES["dates"] and g.tid in texts]
    detected = resolved = same_start = 0
    for g in golds:
        over = [
            p
            for p in res.preds[system].get(g.tid, [])
            if p.kind in ("date", "year") and _overlap(g.start, g.end, p.start, p.end) > 0
        ]
        if not over:
            continue
        detected += 1
        if g.gid in res.gold_match[system]:
            resolved += 1
        elif any(
            p.date and any(p.date[0] <= a[0] <= p.date[1] or a[0] <= p.date[0] <= a[1] for a in g.dates or [])
            for p in over
        ):
            same_start += 1
    return {
        "gold": len(golds),
        "detected": detected,
        "resolved": resolved,
        "overlapping_but_wrong_extent": same_start,
        "detection_recall": detected / len(golds) if golds else None,
        "resolution_accuracy": resolved / detected if detected else None,
    }


def not_figure_hits(res: SetResult, system: str = "crosscheck") -> list[dict]:
    hits = []
    for item in res.dataset.texts:
        for a, b in item.not_figures:
            for p in res.preds[system].get(item.tid, []):
                if _overlap(a, b, p.start, p.end) > 0:
                    hits.append({"text_id": item.tid, "not_figure": item.text[a:b], "predicted": p.show()})
    return hits


def kind_rows(res: SetResult) -> dict:
    out: dict[str, dict[str, dict]] = {}
    for kind in sorted({g.kind for g in res.dataset.golds}):
        pk = {CANONICAL_PRED_KIND.get(kind, kind)}
        out[kind] = {}
        for system in SYSTEMS:
            claim = SYSTEM_CLAIMS[system]
            if claim is not None and kind not in FAMILIES[claim]:
                continue
            out[kind][system] = score(res, system, {kind}, pk)
    return out


def failures(res: SetResult, system: str = "crosscheck") -> dict:
    ds = res.dataset
    texts = {t.tid: t for t in ds.texts}

    def context(tid: str, start: int, end: int) -> str:
        text = texts[tid].text
        if len(text) <= 400:
            return text
        a = max(0, text.rfind("\n", 0, start) + 1, start - 200)
        b = text.find("\n", end)
        b = min(len(text), end + 200) if b < 0 else min(b, end + 200)
        return ("…" if a > 0 else "") + text[a:b] + ("…" if b < len(text) else "")

    misses = []
    for g in ds.golds:
        if g.gid in res.gold_match[system]:
            continue
        overlapping = [
            p.show() for p in res.preds[system].get(g.tid, []) if _overlap(g.start, g.end, p.start, p.end) > 0
        ]
        misses.append(
            {
                "id": g.gid,
                "flagged": g.flagged,
                "reason": res.reasons[system].get(g.gid, ""),
                "gold": g.show(),
                "predicted_overlapping": overlapping,
                "ref": str(texts[g.tid].ref or ""),
                "input": context(g.tid, g.start, g.end),
            }
        )
    false_pos = []
    all_pred_kinds = set().union(*FAMILY_PRED_KINDS.values())
    for tid, item in texts.items():
        for i, p in enumerate(res.preds[system].get(tid, [])):
            if (tid, i) in res.pred_gold[system] or not _counted(ds, item, p, all_pred_kinds):
                continue
            near = [g.show() for g in ds.golds if g.tid == tid and _overlap(g.start, g.end, p.start, p.end) > 0]
            false_pos.append(
                {
                    "text_id": tid,
                    "flagged": item.flagged,
                    "predicted": p.show(),
                    "gold_overlapping": near,
                    "ref": str(item.ref or ""),
                    "input": context(tid, p.start, p.end),
                }
            )
    return {"misses": misses, "false_positives": false_pos}


# ---------------------------------------------------------------- output


def fmt(x: float | None) -> str:
    return "  —  " if x is None else f"{100 * x:5.1f}"


def prf(s: dict | None) -> str:
    if s is None:
        return f"{'':^17}"
    return f"{fmt(s['p'])} {fmt(s['r'])} {fmt(s['f1'])}"


def print_table(title: str, rows: list[tuple[str, str, dict]], out) -> None:
    print(f"\n{title}", file=out)
    head = f"{'set':<26} {'rows':<11} {'gold':>5}  " + "  ".join(f"{s + ' P/R/F1':^17}" for s in SYSTEMS)
    print(head, file=out)
    print("-" * len(head), file=out)
    for name, label, fams in rows:
        gold = next(iter(fams.values()))["gold"] if fams else 0
        print(f"{name:<26} {label:<11} {gold:>5}  " + "  ".join(prf(fams.get(s)) for s in SYSTEMS), file=out)


def _print_groups(groups: dict[str, dict], out) -> None:
    """One line per kind of text: words, seconds per system and the speed ratio."""
    for group, g in groups.items():
        sec = g["seconds"]
        print(
            f"    {group:<56}{g['words']:>7} words  {sec['crosscheck']:.3f} / {sec['quantulum3']:.2f} / "
            f"{sec['dateparser']:.2f} s  ratio {g['ratio']:.1f}"
            if g["ratio"]
            else f"    {group}: no texts",
            file=out,
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", type=Path, help="write every figure as JSON to this path")
    ap.add_argument("--failures", type=Path, help="write crosscheck's misses and false positives (use /tmp)")
    ap.add_argument("--only", nargs="*", help="run only data sets whose name contains one of these strings")
    ap.add_argument(
        "--max-cases", type=int, default=None, help="sample at most this many cases per file (seeded); default: all"
    )
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--repeat", type=int, default=3, help="timing passes over the texts; the median counts")
    ap.add_argument("--eval-dir", type=Path, default=None)
    args = ap.parse_args(argv)
    global EVAL
    if args.eval_dir:
        EVAL = args.eval_dir
    if args.failures and REPO in args.failures.resolve().parents:
        ap.error("--failures must point outside the repository (it quotes evaluation sentences); use /tmp")

    started = time.time()
    out = sys.stdout
    imports = import_times()
    t_import = time.perf_counter()
    runner = Runner()
    in_process_import = time.perf_counter() - t_import
    warm = warm_up(runner)

    loaders: list[tuple[str, Callable[[], DataSet | tuple[DataSet, ...] | str]]] = [
        ("q3/quantities", lambda: load_quantulum3(EVAL / "quantulum3" / "quantities.json", "q3/quantities")),
        ("q3/ambiguity", lambda: load_quantulum3(EVAL / "quantulum3" / "quantities.ambiguity.json", "q3/ambiguity")),
    ]
    for rel, short in (
        ("Number/English/NumberModel.json", "rt/Number"),
        ("Number/English/PercentModel.json", "rt/Percent"),
        ("Number/English/OrdinalModel.json", "rt/Ordinal"),
        ("Number/English/NumberRangeModel.json", "rt/NumberRange"),
        ("NumberWithUnit/English/CurrencyModel.json", "rt/Currency"),
        ("NumberWithUnit/English/DimensionModel.json", "rt/Dimension"),
        ("NumberWithUnit/English/AgeModel.json", "rt/Age"),
        ("NumberWithUnit/English/TemperatureModel.json", "rt/Temperature"),
    ):
        loaders.append((short, lambda rel=rel, short=short: load_rt_model(rel, short, args.max_cases, args.seed)))
    for rel, short in (
        ("DateTime/English/DateParser.json", "rt/DateParser"),
        ("DateTime/English/DatePeriodParser.json", "rt/DatePeriodParser"),
        ("DateTime/English/DateTimeModel.json", "rt/DateTimeModel(date)"),
    ):
        loaders.append((short, lambda rel=rel, short=short: load_rt_dates(rel, short, args.max_cases, args.seed)))
    loaders.append(("meantime", lambda: load_meantime(args.max_cases, args.seed)))
    loaders.append(("team/gold", lambda: load_team_gold(TEAM_GOLD)))

    datasets: list[DataSet] = []
    messages: list[str] = []
    for name, load in loaders:
        if args.only and not any(o in name for o in args.only):
            continue
        got = load()
        if isinstance(got, str):
            messages.append(got)
        elif isinstance(got, tuple):
            datasets.extend(d for d in got if not args.only or any(o in d.name or o in name for o in args.only))
        else:
            datasets.append(got)

    results: list[SetResult] = []
    for ds in datasets:
        t = time.perf_counter()
        results.append(evaluate(ds, runner))
        print(
            f"[{ds.name}: {len(ds.texts)} texts, {len(ds.golds)} gold items, {time.perf_counter() - t:.1f}s]",
            file=sys.stderr,
        )

    # robustness strings (quantulum3 errors.json): must not raise
    crash = {s: 0 for s in SYSTEMS}
    errors_path = EVAL / "quantulum3" / "errors.json"
    if errors_path.exists():
        for k, s in enumerate(json.loads(errors_path.read_text(encoding="utf-8"))):
            before = {n: len(runner.errors[n]) for n in SYSTEMS}
            runner.run(TextItem(f"errors#{k}", s))
            for n in SYSTEMS:
                crash[n] += len(runner.errors[n]) > before[n]

    # ------------------------------------------------------------ report
    print("crosscheck extraction benchmark", file=out)
    print(
        f"run {datetime.now().strftime('%Y-%m-%d %H:%M')} · python {platform.python_version()} · "
        f"{_nproc()} cores · sampling: {'none (all cases)' if args.max_cases is None else args.max_cases}",
        file=out,
    )
    for msg in messages:
        print(f"NOTE: {msg}", file=out)
    print("\nScoring rule:\n" + SCORING_RULE, file=out)

    table: list[tuple[str, str, dict]] = []
    summary: dict[str, dict] = {}
    for res in results:
        ds = res.dataset
        fams = family_rows(res)
        entry = {
            "description": ds.description,
            "texts": len(ds.texts),
            "words": sum(t.words for t in ds.texts),
            "gold": len(ds.golds),
            "dropped": dict(ds.dropped),
            "families": fams,
            "kinds": kind_rows(res),
            "note": ds.note,
        }
        for fam, row in fams.items():
            table.append((ds.name, fam, row))
        if ds.has_flags:
            unflagged = family_rows(res, lambda t: not t.flagged)
            entry["families_unflagged"] = unflagged
            for fam, row in unflagged.items():
                if fam != "all" and next(iter(row.values()))["gold"]:
                    table.append((ds.name, f"{fam}·unfl", row))
        summary[ds.name] = entry
    print_table(
        "Results per data set (P/R/F1 in %; '·unfl' = cases not flagged NotSupported by Recognizers;"
        " quantulum3 scored on numbers, dateparser on dates only)",
        table,
        out,
    )

    kind_table = []
    for res in results:
        for kind, row in summary[res.dataset.name]["kinds"].items():
            kind_table.append((res.dataset.name, kind, row))
    print_table("Per kind (gold kind; predictions counted by the matching predicted kind)", kind_table, out)

    date_sets = [res for res in results if any(g.kind in FAMILIES["dates"] for g in res.dataset.golds)]
    if date_sets:
        print(
            "\nDate resolution (of the gold dates with an overlapping date prediction, how many resolve to exactly"
            " the gold interval; 'wrong extent' = overlapping interval, other start/end or granularity):",
            file=out,
        )
        print(
            f"  {'set':<26}{'gold':>6}  {'crosscheck detected / resolved (acc)':<40}"
            "dateparser detected / resolved (acc)",
            file=out,
        )
        for res in date_sets:
            row = {s: date_resolution(res, s) for s in ("crosscheck", "dateparser")}
            summary[res.dataset.name]["date_resolution"] = row

            def cell(d: dict) -> str:
                acc = d["resolution_accuracy"]
                return (
                    f"{d['detected']:>4} / {d['resolved']:>4} ({fmt(acc).strip()}%)"
                    f" wrong extent {d['overlapping_but_wrong_extent']}"
                )

            print(
                f"  {res.dataset.name:<26}{row['crosscheck']['gold']:>6}  {cell(row['crosscheck']):<40}"
                f"{cell(row['dateparser'])}",
                file=out,
            )

    for res in results:
        hits = not_figure_hits(res)
        if any(t.not_figures for t in res.dataset.texts):
            summary[res.dataset.name]["not_figure_hits"] = hits
            n = sum(len(t.not_figures) for t in res.dataset.texts)
            print(
                f"\n{res.dataset.name}: {len(hits)} crosscheck mentions inside its {n} not_figures phrases"
                + (
                    ": " + "; ".join(f"{h['not_figure']!r}→{h['predicted']['text']!r}" for h in hits[:8])
                    if hits
                    else ""
                ),
                file=out,
            )

    notes = [(res.dataset.name, res.dataset.note) for res in results if res.dataset.note]
    if notes:
        print("\nNotes:", file=out)
        for name, note in notes:
            print(f"  {name}: {note}", file=out)
    print("\nOut of scope (dropped before scoring; predictions overlapping them are not counted):", file=out)
    for res in results:
        ds = res.dataset
        if ds.dropped:
            items = ", ".join(f"{n} {r}" for r, n in ds.dropped.most_common())
            print(f"  {ds.name:<24} kept {len(ds.golds)}, dropped {sum(ds.dropped.values())}: {items}", file=out)
        else:
            print(f"  {ds.name:<24} kept {len(ds.golds)}, dropped 0", file=out)

    # words/s: the scoring pass plus (--repeat - 1) timing passes over the same texts; the median pass counts
    timed = [runner.timing_pass() for _ in range(max(0, args.repeat - 1))]
    passes = [dict(runner.timings)] + [p for p, _ in timed]
    group_passes = [runner.group_timings] + [g for _, g in timed]
    by_group: dict[str, dict[str, object]] = {}
    for group in TEXT_GROUPS:
        median = {s: sorted(p[group][s] for p in group_passes)[len(group_passes) // 2] for s in SYSTEMS}
        raw_pipeline = median["quantulum3"] + median["dateparser"]
        by_group[group] = {
            "words": runner.group_words[group],
            "seconds": median,
            "ratio": raw_pipeline / median["crosscheck"] if median["crosscheck"] else None,
        }
    secs = {s: sorted(p[s] for p in passes)[len(passes) // 2] for s in SYSTEMS}
    spread = {s: (min(p[s] for p in passes), max(p[s] for p in passes)) for s in SYSTEMS}
    pipeline = secs["quantulum3"] + secs["dateparser"]
    speed = {
        s: {
            "seconds": secs[s],
            "words_per_s": runner.words / secs[s] if secs[s] else None,
            "warm_up_s": warm[s],
            "import_s": imports[s],
            "errors": len(runner.errors[s]),
            "errors_examples": runner.errors[s][:5],
            "errors_json_crashes": crash[s],
            "seconds_min_max": spread[s],
        }
        for s in SYSTEMS
    }
    speed["pipeline"] = {"seconds": pipeline, "words_per_s": runner.words / pipeline if pipeline else None}
    # the speed figures depend on it: an edited compiled module turns them all off (checker/accel.py)
    from checker import accel

    status = accel.status()
    compiled = ("in use: " if status.active else "not used: ") + status.reason
    speed["compiled_modules"] = compiled
    ratio = pipeline / secs["crosscheck"] if secs["crosscheck"] else None
    print(
        f"\nSpeed over the same {runner.texts} distinct texts ({runner.words} words), one process, the three "
        f"systems called text by text, median of {len(passes)} passes; import and first-call warm-up excluded, "
        "reported apart:",
        file=out,
    )
    print(f"  crosscheck's compiled modules (mypyc, checker/accel.py): {compiled}", file=out)
    print(
        f"  {'system':<24}{'seconds':>9}{'(min-max)':>13}{'words/s':>10}{'import s':>10}{'warm-up s':>11}"
        f"{'crashes':>9}",
        file=out,
    )
    for s in (*SYSTEMS, "pipeline"):
        sp = speed[s]
        imp = sp.get("import_s", "")
        imp_txt = f"{imp:>10.2f}" if isinstance(imp, float) else f"{'—':>10}"
        warm_txt = f"{sp['warm_up_s']:>11.2f}" if "warm_up_s" in sp else f"{'—':>11}"
        crashes = f"{sp['errors']:>9}" if "errors" in sp else f"{'—':>9}"
        label = "quantulum3 + dateparser" if s == "pipeline" else s
        mm = sp.get("seconds_min_max")
        mm_txt = f"{f'({mm[0]:.1f}-{mm[1]:.1f})':>13}" if mm else f"{'':>13}"
        print(
            f"  {label:<24}{sp['seconds']:>9.2f}{mm_txt}{(sp['words_per_s'] or 0):>10.0f}{imp_txt}{warm_txt}{crashes}",
            file=out,
        )
    print(f"  words/s ratio crosscheck / (quantulum3 + dateparser) = {ratio:.2f}" if ratio else "", file=out)
    print("  by kind of text (median pass; words, seconds crosscheck / quantulum3 / dateparser, ratio):", file=out)
    _print_groups(by_group, out)
    # the same texts, each system in a loop of its own (as each runs over a batch in production); the order of
    # the three alternates pass by pass, so a drift in the machine's speed weighs on all of them alike
    own = [runner.own_loop_pass(SYSTEMS if k % 2 == 0 else SYSTEMS[::-1]) for k in range(max(1, args.repeat))]
    own_secs = {s: sorted(p[s] for p, _ in own)[len(own) // 2] for s in SYSTEMS}
    own_spread = {s: (min(p[s] for p, _ in own), max(p[s] for p, _ in own)) for s in SYSTEMS}
    own_pipeline = own_secs["quantulum3"] + own_secs["dateparser"]
    own_ratio = own_pipeline / own_secs["crosscheck"] if own_secs["crosscheck"] else None
    own_by_group: dict[str, dict[str, object]] = {}
    for group in TEXT_GROUPS:
        median = {s: sorted(g[group][s] for _, g in own)[len(own) // 2] for s in SYSTEMS}
        own_by_group[group] = {
            "words": runner.group_words[group],
            "seconds": median,
            "ratio": (median["quantulum3"] + median["dateparser"]) / median["crosscheck"]
            if median["crosscheck"]
            else None,
        }
    print(
        f"\nSpeed with each system in a loop of its own over the same texts (as in production), median of "
        f"{len(own)} passes, the systems' order alternating:",
        file=out,
    )
    print(f"  {'system':<24}{'seconds':>9}{'(min-max)':>13}{'words/s':>10}", file=out)
    for s in (*SYSTEMS, "pipeline"):
        secs_s = own_pipeline if s == "pipeline" else own_secs[s]
        mm_txt = "" if s == "pipeline" else f"({own_spread[s][0]:.1f}-{own_spread[s][1]:.1f})"
        label = "quantulum3 + dateparser" if s == "pipeline" else s
        print(f"  {label:<24}{secs_s:>9.2f}{mm_txt:>13}{runner.words / secs_s if secs_s else 0:>10.0f}", file=out)
    print(f"  words/s ratio crosscheck / (quantulum3 + dateparser) = {own_ratio:.2f}" if own_ratio else "", file=out)
    _print_groups(own_by_group, out)
    print(
        f"  (in-process import of all three, shared deps: {in_process_import:.2f}s; quantulum3 errors.json "
        f"strings that raised: " + ", ".join(f"{s} {crash[s]}" for s in SYSTEMS) + ")",
        file=out,
    )
    elapsed = time.time() - started
    print(f"\nwall time {elapsed:.0f}s", file=out)

    if args.json:
        payload = {
            "meta": {
                "date": datetime.now().isoformat(timespec="seconds"),
                "python": platform.python_version(),
                "nproc": _nproc(),
                "sampling": args.max_cases,
                "seed": args.seed,
                "command": " ".join(["benchmarks/extraction.py", *(argv or sys.argv[1:])]),
                "wall_seconds": elapsed,
                "messages": messages,
            },
            "scoring_rule": SCORING_RULE,
            "sets": summary,
            "speed": speed,
            "speed_ratio": ratio,
            "speed_by_text_group": by_group,
            "speed_own_loop": {
                "seconds": own_secs,
                "seconds_min_max": own_spread,
                "pipeline_seconds": own_pipeline,
                "ratio": own_ratio,
                "by_text_group": own_by_group,
            },
            "words": runner.words,
            "texts": runner.texts,
        }
        args.json.write_text(json.dumps(payload, indent=1, default=_jsonable_default), encoding="utf-8")
    if args.failures:
        dump = {res.dataset.name: failures(res) for res in results}
        args.failures.write_text(
            json.dumps(dump, indent=1, ensure_ascii=False, default=_jsonable_default), encoding="utf-8"
        )
    return 0


def _jsonable_default(x: object) -> object:
    if isinstance(x, float):
        return _jsonable(x)
    if isinstance(x, date):
        return x.isoformat()
    return str(x)


def _nproc() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 0)


if __name__ == "__main__":
    sys.exit(main())

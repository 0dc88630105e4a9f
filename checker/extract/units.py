"""Units: a surface-form lexicon built from quantulum3's unit data plus news units, converted with pint.

The lexicon maps what a reporter writes ("feet", "ft", "bcm", "barrels per day", "km/h") to a `UnitDef`:
the canonical unit name, its dimension, and the factor/offset to the dimension's base unit, so 1,150 ft and
350 m compare directly. Building it (pint's registry and quantulum3's JSON files) takes ~0.55 s; the result is
kept as a small JSON file in the user's cache folder, under a key made of what it is built from (this module's
source, pint's version, quantulum3's unit files), so later runs load it in ~0.02 s. A missing, stale or broken
file is rebuilt; a cache folder that cannot be written only costs the build. It is then used as plain
dictionaries on the hot path.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class UnitDef:
    """A unit as crosscheck understands it: name, dimension, conversion to the base unit."""

    name: str  # canonical pint-style name: "foot", "cubic_meter", "bcm", "mile / hour"
    dimension: str  # readable dimension: "length", "volume", "speed", "temperature", "time"
    factor: float  # base = value * factor + offset
    offset: float = 0.0
    ambiguous: str = ""  # why the reading is uncertain ("ton: short ton assumed, metric would be 10% more")
    spread: float = 0.0  # relative widening that covers the ambiguity (ton: short .. long)

    def to_base(self, value: float) -> float:
        return value * self.factor + self.offset


# Units news writes that pint lacks or names differently, and the spellings to catch. Each entry:
# canonical name → (pint expression, surfaces (case-insensitive), symbols (case-sensitive)).
_PINT_DEFINITIONS = (
    "bcm = 1e9 * meter ** 3",
    "tcm = 1e12 * meter ** 3",
    "mcm = 1e6 * meter ** 3",
    "TEU = [container]",
    "decade_ = 10 * year",
)
NEWS_UNITS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "bcm": ("bcm", ("billion cubic meter", "billion cubic metre"), ("bcm", "BCM", "bcm/y")),
    "tcm": ("tcm", ("trillion cubic meter", "trillion cubic metre"), ("tcm",)),
    "cubic_meter": ("meter ** 3", ("cubic meter", "cubic metre"), ("m3", "m³", "cu m")),
    "cubic_foot": ("foot ** 3", ("cubic foot",), ("cu ft", "cf")),
    "barrel": ("oil_barrel", ("barrel", "barrel of oil", "oil barrel"), ("bbl",)),
    "barrel / day": (
        "oil_barrel / day",
        ("barrel per day", "barrel a day", "barrel of oil per day", "barrel of oil a day"),
        ("bpd", "b/d", "bbl/d"),
    ),
    "TEU": ("TEU", ("twenty-foot equivalent unit", "teu"), ("TEU", "TEUs")),
    "metric_ton": ("metric_ton", ("tonne", "metric ton", "metric tonne"), ("t",)),
    "short_ton": ("short_ton", ("short ton", "us ton"), ()),
    "ton": ("short_ton", ("ton",), ()),
    "kilogram": ("kilogram", ("kilogram", "kilo", "kilogramme"), ("kg",)),
    "gram": ("gram", ("gram", "gramme"), ("g",)),
    "pound_mass": ("pound", ("lb",), ("lb", "lbs")),
    "ounce": ("ounce", ("ounce",), ("oz",)),
    "meter": ("meter", ("meter", "metre"), ("m",)),
    "kilometer": ("kilometer", ("kilometer", "kilometre"), ("km",)),
    "centimeter": ("centimeter", ("centimeter", "centimetre"), ("cm",)),
    "millimeter": ("millimeter", ("millimeter", "millimetre"), ("mm",)),
    "mile": ("mile", ("mile", "statute mile"), ("mi",)),
    "nautical_mile": ("nautical_mile", ("nautical mile",), ("nmi",)),
    "foot": ("foot", ("foot",), ("ft",)),
    "inch": ("inch", ("inch",), ()),
    "yard": ("yard", ("yard",), ("yd",)),
    "square_kilometer": ("kilometer ** 2", ("square kilometer", "square kilometre"), ("km2", "km²", "sq km")),
    "square_mile": ("mile ** 2", ("square mile",), ("sq mi",)),
    "square_meter": ("meter ** 2", ("square meter", "square metre"), ("m2", "m²", "sq m")),
    "square_foot": ("foot ** 2", ("square foot",), ("sq ft",)),
    "hectare": ("hectare", ("hectare",), ("ha",)),
    "acre": ("acre", ("acre",), ()),
    "liter": ("liter", ("liter", "litre"), ("l", "L")),
    "gallon": ("gallon", ("gallon",), ("gal",)),
    "mile / hour": ("mile / hour", ("mile per hour", "mile an hour"), ("mph", "MPH")),
    "kilometer / hour": (
        "kilometer / hour",
        ("kilometer per hour", "kilometre per hour", "kilometer an hour", "kilometre an hour"),
        ("km/h", "kph", "kmh", "km/hr", "kmph"),
    ),
    "meter / second": ("meter / second", ("meter per second", "metre per second"), ("m/s",)),
    "knot": ("knot", ("knot",), ("kt", "kts")),
    "degree_Fahrenheit": (
        "degF",
        (
            "degree fahrenheit",
            "fahrenheit",
            "degrees fahrenheit",
            "deg f",
            "deg. f",
            "deg fahrenheit",
            "deg farenheit",
            "farenheit",
            "fahrenheight",
            "degrees f",
        ),
        ("°F", "F", "ºF", "° F"),
    ),
    "degree_Celsius": (
        "degC",
        (
            "degree celsius",
            "celsius",
            "degrees celsius",
            "degree centigrade",
            "centigrade",
            "deg c",
            "deg. c",
            "deg celsius",
            "deg centigrade",
            "centigrate",
            "celcius",
            "degrees c",
        ),
        ("°C", "C", "ºC", "° C"),
    ),
    # a storm's central pressure: "927 millibars", "927 mb" (lower case: "MB" stays a megabyte), "27.4 inHg"
    "millibar": ("millibar", ("millibar",), ("mb", "mbar")),
    "inch_Hg": ("inch_Hg", ("inch of mercury",), ("inHg",)),
    "watt_hour": ("watt_hour", ("watt hour", "watt-hour"), ("Wh",)),
    "microgram": ("microgram", ("microgram",), ("μg", "µg", "mcg")),
    "milligram": ("milligram", ("milligram",), ("mg",)),
    "second": ("second", ("second",), ("sec", "secs", "s")),
    "minute": ("minute", ("minute",), ("min", "mins")),
    "hour": ("hour", ("hour",), ("hr", "hrs", "h")),
    "day": ("day", ("day",), ()),
    "week": ("week", ("week",), ("wk", "wks")),
    "month": ("month", ("month",), ("mo",)),
    "year": ("year", ("year",), ("yr", "yrs")),
    "decade": ("decade_", ("decade",), ()),
    "century": ("century", ("century",), ()),
    "kilowatt": ("kilowatt", ("kilowatt",), ("kW",)),
    "megawatt": ("megawatt", ("megawatt",), ("MW",)),
    "gigawatt": ("gigawatt", ("gigawatt",), ("GW",)),
    "kilowatt_hour": ("kilowatt_hour", ("kilowatt hour", "kilowatt-hour"), ("kWh",)),
    "megawatt_hour": ("megawatt_hour", ("megawatt hour", "megawatt-hour"), ("MWh",)),
    "gigawatt_hour": ("gigawatt_hour", ("gigawatt hour", "gigawatt-hour"), ("GWh",)),
    "terawatt_hour": ("terawatt_hour", ("terawatt hour", "terawatt-hour"), ("TWh",)),
}
_AMBIGUOUS = {
    "ton": ("ton: short ton (907 kg) assumed; a metric tonne is 1,000 kg, a long ton 1,016 kg", 0.12),
}

# quantulum3 surfaces that are ordinary English words after a number ("40 points", "two hands")
_STOP_SURFACES = frozenset(
    [
        "point",
        "points",
        "line",
        "lines",
        "link",
        "links",
        "chain",
        "chains",
        "rod",
        "rods",
        "span",
        "spans",
        "drop",
        "drops",
        "bit",
        "bits",
        "hand",
        "hands",
        "pace",
        "paces",
        "cord",
        "cords",
        "mil",
        "mils",
        "mark",
        "marks",
        "shot",
        "shots",
        "gross",
        "pinch",
        "pinches",
        "dash",
        "dashes",
        "can",
        "cans",
        "case",
        "cases",
        "unit",
        "units",
        "block",
        "blocks",
        "gal",
        "sheet",
        "sheets",
        "ream",
        "reams",
        "bolt",
        "bolts",
        "stick",
        "sticks",
        "cup",
        "cups",
        "pound",
        "pounds",
        "grain",
        "grains",
        "dram",
        "drams",
        "pole",
        "poles",
        "perch",
        "perches",
        "league",
        "leagues",
        "cable",
        "cables",
        "fathom",
        "fathoms",
        "story",
        "stories",
        "storey",
        "storeys",
        "dozen",
        "dozens",
        "score",
        "scores",
        "pair",
        "pairs",
        "couple",
        "couples",
        "barn",
        "barns",
    ]
)
_SYMBOL_STOP = frozenset(
    {
        "in",
        "at",
        "a",
        "d",
        "s",
        "h",
        "st",
        "pt",
        "G",
        "A",
        "V",
        "W",
        "K",
        "P",
        "T",
        "N",
        "J",
        "B",
        "b",
        "M",
        "Gs",
        "Ms",
        "As",
        "Pa",
        "Da",
        "Bq",
        "Gy",
        "Sv",
        "u",
        "U",
        "c",
        "y",
        "ft.",
        "yr",
        "mo",
        "e",
        "E",
        "R",
        "Ω",
        "'",
        "′",
        "″",
        '"',
        "”",
        "den",
        "nt",
        "hs",
        "sb",
        "ua",
        "UA",
        "Rd",
        "Ly",
        "ly",
        "qr",
        "pk",
        "kp",
        "Fr",
        "Ha",
        "St",
        "ct",
        "cd",
        "Dm",
        "TR",
        "Ba",
        "Bd",
        "H",
        "S",
        "p",
        "au",
        "AU",
        "lea",
        "fur",
        "fath",
        "thm",
        "Gal",
        "Mx",
        "Oe",
        "esu",
        "kat",
        "pdl",
        "ms",
        "kb",
        "gb",
        "tb",
        "Tb",
        "Pb",
        "Eb",
        "Gb",
        "Mb",
        "Yb",
        "Zb",
        "bu",
        "gm",
        "hm",
        "dam",
        "cc",
        "kn",
        "sec",
        "°K",
        "°R",
        "°Ra",
    }
)
_PINT_RENAMES = {
    "pound-mass": "pound",
    "degree angle": "degree",
    "light-year": "light_year",
    "kilogram-force": "kilogram_force",
    "pound-force": "pound_force",
    "horsepower-hour": "horsepower_hour",
}

_DIMENSION_NAMES = {
    "[length]": "length",
    "[length] ** 2": "area",
    "[length] ** 3": "volume",
    "[mass]": "mass",
    "[time]": "time",
    "[temperature]": "temperature",
    "[length] / [time]": "speed",
    "[length] ** 3 / [time]": "volumetric flow",
    "[mass] / [time]": "mass flow",
    "[mass] * [length] ** 2 / [time] ** 2": "energy",
    "[mass] * [length] ** 2 / [time] ** 3": "power",
    "[container]": "containers",
    "[length] / [time] ** 2": "acceleration",
    "[mass] / [length] / [time] ** 2": "pressure",
    "1 / [time]": "frequency",
    "dimensionless": "dimensionless",
}


@functools.cache
def registry():  # -> pint.UnitRegistry
    """The pint registry with crosscheck's news units added (created once, on first use)."""
    import pint

    ureg = pint.UnitRegistry(cache_folder=None)
    for definition in _PINT_DEFINITIONS:
        ureg.define(definition)
    return ureg


def _plural(surface: str) -> str:
    """English plural of a unit surface: pluralize the word before ' per '/' a '/' of ', else the last word."""
    for joint in (" per ", " an ", " a ", " of "):
        if joint in surface:
            head, tail = surface.split(joint, 1)
            return f"{_plural(head)}{joint}{tail}"
    words = surface.split(" ")
    last = words[-1]
    irregular = {
        "foot": "feet",
        "century": "centuries",
        "inch": "inches",
        "celsius": "celsius",
        "fahrenheit": "fahrenheit",
        "hertz": "hertz",
        "teu": "teus",
        "kilo": "kilos",
    }
    if last in irregular:
        plural = irregular[last]
    elif last.endswith(("s", "x", "ch", "sh")):
        plural = last + "es"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        plural = last[:-1] + "ies"
    else:
        plural = last + "s"
    return " ".join([*words[:-1], plural])


def dimension_name(dimensionality: str) -> str:
    return _DIMENSION_NAMES.get(dimensionality, dimensionality)


@dataclass(frozen=True, slots=True)
class Lexicon:
    words: dict[str, UnitDef]  # lower-case surface → unit
    symbols: dict[str, UnitDef]  # case-sensitive symbol → unit
    max_words: int


def _unit_def(ureg, name: str, expression: str) -> UnitDef | None:
    try:
        zero = ureg.Quantity(0.0, expression).to_base_units()
        one = ureg.Quantity(1.0, expression).to_base_units()
    except Exception:  # pint raises a family of errors for unknown or offset-ambiguous units
        return None
    dimensionality = str(one.dimensionality)
    ambiguous, spread = _AMBIGUOUS.get(name, ("", 0.0))
    offset = float(zero.magnitude)
    return UnitDef(
        name=name,
        dimension=dimension_name(dimensionality),
        factor=float(one.magnitude) - offset,
        offset=offset,
        ambiguous=ambiguous,
        spread=spread,
    )


def _quantulum_unit_files() -> list[Path]:
    """quantulum3's unit files: the language-independent table, then the English one when it exists."""
    spec = importlib.util.find_spec("quantulum3")
    if spec is None or not spec.submodule_search_locations:
        return []
    root = Path(next(iter(spec.submodule_search_locations)))
    english = root / "_lang" / "en_US" / "units.json"
    return [root / "units.json", *([english] if english.exists() else [])]


def _quantulum_units() -> dict[str, dict]:
    """quantulum3's unit table (language-independent + English), read from its data files without importing
    the package (its import pulls in scikit-learn, ~2 s)."""
    files = _quantulum_unit_files()
    if not files:
        return {}
    units: dict[str, dict] = json.loads(files[0].read_text(encoding="utf-8"))
    if len(files) > 1:
        english = files[1]
        for name, extra in json.loads(english.read_text(encoding="utf-8")).items():
            merged = dict(units.get(name, {}))
            for key, value in extra.items():
                if isinstance(value, list):
                    merged[key] = list(dict.fromkeys([*merged.get(key, []), *value]))
                else:
                    merged[key] = value
            units[name] = merged
    return units


LEXICON_CACHE_FORMAT = 1  # the cache file's layout (_lexicon_json)


def cache_folder() -> Path:
    """crosscheck's folder in the user's cache ($XDG_CACHE_HOME, else ~/.cache)."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "crosscheck"


@functools.cache
def lexicon() -> Lexicon:
    """Surface → unit tables: crosscheck's news units first, then every convertible quantulum3 unit (loaded from
    the cache folder when it holds the lexicon of the same sources, else built and stored there)."""
    path = lexicon_cache_path()
    if path is not None:
        cached = _read_lexicon(path)
        if cached is not None:
            return cached
    built = build_lexicon()
    if path is not None:
        _write_lexicon(path, built)
    return built


def lexicon_cache_path() -> Path | None:
    """The lexicon's cache file, named by a hash of everything it is built from; None when a source cannot be
    read (then the lexicon is built every time)."""
    digest = hashlib.sha256(f"lexicon {LEXICON_CACHE_FORMAT}".encode())
    try:
        from importlib.metadata import version

        digest.update(f"pint {version('pint')}\n".encode())
        here = importlib.util.find_spec("checker.extract")
        if here is None or not here.submodule_search_locations:
            return None
        digest.update((Path(next(iter(here.submodule_search_locations))) / "units.py").read_bytes())
        for unit_file in _quantulum_unit_files():
            digest.update(unit_file.read_bytes())
        folder = cache_folder()
    except (OSError, ValueError, RuntimeError, ImportError):
        return None
    return folder / f"units-{digest.hexdigest()[:24]}.json"


def _lexicon_json(lex: Lexicon) -> str:
    units: dict[int, int] = {}  # id(UnitDef) → its place in "units" (surfaces share a unit's one record)
    rows: list[list[object]] = []

    def place(unit: UnitDef) -> int:
        key = id(unit)
        if key not in units:
            units[key] = len(rows)
            rows.append([unit.name, unit.dimension, unit.factor, unit.offset, unit.ambiguous, unit.spread])
        return units[key]

    words = {surface: place(unit) for surface, unit in lex.words.items()}
    symbols = {symbol: place(unit) for symbol, unit in lex.symbols.items()}
    return json.dumps({"units": rows, "words": words, "symbols": symbols, "max_words": lex.max_words})


def _read_lexicon(path: Path) -> Lexicon | None:
    """The lexicon stored at `path`, or None when there is none or it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        units = [UnitDef(str(n), str(d), float(f), float(o), str(a), float(s)) for n, d, f, o, a, s in data["units"]]
        words = {str(k): units[int(v)] for k, v in data["words"].items()}
        symbols = {str(k): units[int(v)] for k, v in data["symbols"].items()}
        max_words = int(data["max_words"])
    except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None
    if not words or max_words < 1:
        return None
    return Lexicon(words=words, symbols=symbols, max_words=max_words)


def _write_lexicon(path: Path, lex: Lexicon) -> None:
    """Store the lexicon at `path` (written whole, then renamed into place), and remove the folder's lexicons of
    other sources; a folder that cannot be written is left as it is."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{os.getpid()}")
        partial.write_text(_lexicon_json(lex), encoding="utf-8")
        os.replace(partial, path)
        for old in path.parent.glob("units-*.json"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        return


def build_lexicon() -> Lexicon:
    """The lexicon built from pint and quantulum3's unit data."""
    ureg = registry()
    words: dict[str, UnitDef] = {}
    symbols: dict[str, UnitDef] = {}

    def add(
        unit: UnitDef, surfaces: list[str] | tuple[str, ...], syms: list[str] | tuple[str, ...], override: bool
    ) -> None:
        for surface in surfaces:
            surface = " ".join(surface.lower().replace("-", " ").split())
            if not surface or surface in _STOP_SURFACES:
                continue
            for form in (surface, _plural(surface)):
                if override or form not in words:
                    words[form] = unit
                words.setdefault(form.replace(" ", "-"), unit)
        for symbol in syms:
            if symbol and symbol not in _SYMBOL_STOP and (override or symbol not in symbols):
                symbols[symbol] = unit

    for name, (expression, surfaces, syms) in NEWS_UNITS.items():
        unit = _unit_def(ureg, name, expression)
        if unit is not None:
            add(unit, surfaces, syms, override=True)

    for qname, data in _quantulum_units().items():
        if data.get("entity") in (None, "dimensionless", "currency", "angle", "typographical element"):
            continue
        candidates = [_PINT_RENAMES.get(qname, qname)]
        base = candidates[0].replace("metre", "meter").replace("litre", "liter")
        candidates += [base, base.replace(" ", "_"), qname.replace(" ", "_")]
        unit = None
        for candidate in dict.fromkeys(candidates):
            unit = _unit_def(ureg, base.replace(" ", "_"), candidate)
            if unit is not None:
                break
        if unit is None:
            continue
        add(unit, [qname, *data.get("surfaces", [])], data.get("symbols", []), override=False)

    max_words = max(len(w.split(" ")) for w in words)
    return Lexicon(words=words, symbols=symbols, max_words=max_words)


_SPACED_LETTERS = frozenset({"m", "L", "t", "g", "C", "F"})  # single-letter symbols readable after a space
_TOKEN = re.compile(r"°[CF]|º[CF]|[A-Za-zµμ°º][A-Za-zµμ°º²³]*(?:[23](?![\d.,]\d))?(?:/[A-Za-z]+)?")
_POWER = re.compile(r"\^([23])|\s+(squared|cubed)\b")
_SEPARATORS = " -\u00a0\t"


@dataclass(frozen=True, slots=True)
class UnitMatch:
    unit: UnitDef
    end: int  # offset just after the unit surface
    surface: str


@functools.lru_cache(maxsize=1)
def _first_tokens() -> tuple[frozenset[str], frozenset[str]]:
    """The first token of every unit symbol and of every unit word: a cheap test that rules most words out."""
    lex = lexicon()

    def first(surface: str) -> str:
        m = _TOKEN.match(surface.lstrip(_SEPARATORS))
        return m.group() if m else ""

    return frozenset(first(k) for k in lex.symbols), frozenset(first(k) for k in lex.words)


def match_unit(text: str, pos: int, limit: int) -> UnitMatch | None:
    """The longest unit surface starting at `pos` (glued, or after one space or hyphen) before `limit`."""
    lex = lexicon()
    tokens: list[tuple[int, int]] = []
    i = pos
    while len(tokens) < lex.max_words and i < limit:
        j = i
        while j < limit and j - i < 2 and text[j] in _SEPARATORS:
            j += 1
        if j < limit and text[j] in _SEPARATORS:
            break
        m = _TOKEN.match(text, j, limit)
        if m is None:
            break
        if not tokens:
            first = m.group()
            symbol_firsts, word_firsts = _first_tokens()
            if first not in symbol_firsts and first.lower() not in word_firsts and first != "in":
                return None  # no unit starts with this word (most words after a number: "people", "times")
        tokens.append((m.start(), m.end()))
        i = m.end()
    for n in range(len(tokens), 0, -1):
        start, end = tokens[0][0], tokens[n - 1][1]
        surface = text[start:end]
        unit = lex.symbols.get(surface)
        if unit is not None and (
            len(surface) > 1
            or start == pos
            or (surface in _SPACED_LETTERS and not text[end : end + 1].isalnum() and text[end : end + 1] != "'")
        ):
            return _powered(text, UnitMatch(unit, end, surface), limit)
        unit = lex.words.get(" ".join(text[a:b].lower() for a, b in tokens[:n]))
        if unit is not None:
            return _powered(text, UnitMatch(unit, end, surface), limit)
        if n == 1 and surface == "in" and (start == pos or _INCH_AFTER_IN.match(text, end)):
            return UnitMatch(lex.words["inch"], end, surface)  # "2in", "2 in.", "3 in thick"; never "2 in March"
    return None


# what may follow a spaced "in" that is inches: an end of clause ("a 2 in. screen") or a measured adjective
_INCH_AFTER_IN = re.compile(r"\s*(?:[.,;:)]|$)|\s+(?:thick|thin|wide|long|tall|deep|high|across|in\s+diameter)\b")


def _powered(text: str, found: UnitMatch, limit: int) -> UnitMatch:
    """'4 km^2', '4 km squared' → square kilometres (lengths only)."""
    m = _POWER.match(text, found.end, limit)
    if m is None or found.unit.dimension != "length":
        return found
    power = 2 if (m.group(1) == "2" or m.group(2) == "squared") else 3
    unit = found.unit
    powered = UnitDef(
        name=f"{'square' if power == 2 else 'cubic'}_{unit.name}",
        dimension="area" if power == 2 else "volume",
        factor=unit.factor**power,
    )
    return UnitMatch(powered, m.end(), text[found.end - len(found.surface) : m.end()])

"""Synthetic news corpora for the throughput benchmark: many stories, several outlets per story, ~700 words each.

Everything here is generated from templates and vocabularies written for this benchmark (no text is copied
from anywhere). A corpus is a tree of `.md` files with YAML front matter (source, published, title, url):

    <root>/<topic>/<story-id>-<slug>/<story-id>-<outlet-slug>-<n>.md

Each story (a summit, a hurricane, an earthquake, company results, a bridge/rail project, a wildfire) has a set
of true facts — money, percentages, quantities with units, counts with qualifiers, rates, ages, ordinals,
durations, absolute and relative dates, clock times. Every outlet writes its own paraphrase: a random subset of
the facts, each in a random sentence template and a random surface form ("$240bn", "US$240 billion",
"240 billion dollars"; "2,500 km" or "about 1,550 miles"; "on Thursday" or "May 16" depending on the article's
`published` date), rounded with a truthful qualifier ("more than 40", "nearly 1,000"). About 5% of the facts
get a planted conflict: one or two outlets state a wrong value (off by 10-50%, million/billion slip,
transposed digits, a date a day or two off, an age off by one). Death tolls and the like grow from one day to
the next, as they do. Traps (names with numbers such as "Route 66" or "Steppe Link 2", the modal "may", phone
numbers) and filler sentences without figures bring each article to ~700 words.

`build_corpus(root, n_articles, seed)` writes the tree and a hidden `.manifest.json` (parameters and counts) and
`.gold.json` (true facts and planted conflicts); folders whose names start with a dot are ignored by crosscheck.
Deterministic: the same (n_articles, seed, GENERATOR_VERSION) gives byte-identical files.
"""

from __future__ import annotations

import json
import math
import random
import re
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

GENERATOR_VERSION = 1
ARTICLES_PER_STORY = 20  # stories = N / 20
OUTLETS_PER_STORY = (5, 15)
WORDS_TARGET = (640, 760)  # each article's target length is drawn uniformly from this range
CONFLICT_RATE = 0.05  # share of a story's facts that get a planted conflict
FACT_P_SCALE = 1.5  # each fact's mention probability is scaled by this (capped at 0.95): ~25-35 figures per article
LOCAL_FIGURES = (3, 6)  # sentences with figures only one article gives
PUBLISHED_OFFSETS = (-1, 0, 0, 0, 1, 1, 1, 2, 2, 3, 4)  # article day relative to the story's main event

# ------------------------------------------------------------------ vocabularies

COUNTRIES = [  # name, adjective, capital
    ("China", "Chinese", "Beijing"),
    ("Russia", "Russian", "Moscow"),
    ("India", "Indian", "New Delhi"),
    ("Brazil", "Brazilian", "Brasilia"),
    ("Japan", "Japanese", "Tokyo"),
    ("Germany", "German", "Berlin"),
    ("France", "French", "Paris"),
    ("Turkey", "Turkish", "Ankara"),
    ("Indonesia", "Indonesian", "Jakarta"),
    ("South Korea", "South Korean", "Seoul"),
    ("Vietnam", "Vietnamese", "Hanoi"),
    ("Kazakhstan", "Kazakh", "Astana"),
    ("Egypt", "Egyptian", "Cairo"),
    ("Saudi Arabia", "Saudi", "Riyadh"),
    ("Mexico", "Mexican", "Mexico City"),
    ("Canada", "Canadian", "Ottawa"),
    ("Australia", "Australian", "Canberra"),
    ("Poland", "Polish", "Warsaw"),
    ("Italy", "Italian", "Rome"),
    ("Spain", "Spanish", "Madrid"),
    ("Nigeria", "Nigerian", "Abuja"),
    ("South Africa", "South African", "Pretoria"),
    ("Argentina", "Argentine", "Buenos Aires"),
    ("Thailand", "Thai", "Bangkok"),
    ("Malaysia", "Malaysian", "Kuala Lumpur"),
    ("Norway", "Norwegian", "Oslo"),
    ("Qatar", "Qatari", "Doha"),
    ("Pakistan", "Pakistani", "Islamabad"),
    ("Philippines", "Philippine", "Manila"),
    ("Chile", "Chilean", "Santiago"),
    ("Mongolia", "Mongolian", "Ulaanbaatar"),
    ("Greece", "Greek", "Athens"),
]
QUAKE_COUNTRIES = [
    "Turkey",
    "Indonesia",
    "Japan",
    "Chile",
    "Mexico",
    "Philippines",
    "Pakistan",
    "Greece",
    "Peru",
    "Iran",
    "Nepal",
    "Ecuador",
    "Taiwan",
    "Morocco",
    "Afghanistan",
    "Italy",
]
STORM_STATES = {
    "Florida": ["Tampa", "Sarasota", "Fort Myers", "Naples", "Cedar Key", "Panama City", "Pensacola", "St. Petersburg"],
    "Texas": ["Corpus Christi", "Galveston", "Port Arthur", "Freeport", "Brownsville", "Rockport"],
    "Louisiana": ["Lake Charles", "Houma", "New Iberia", "Grand Isle", "Morgan City"],
    "North Carolina": ["Wilmington", "Morehead City", "New Bern", "Cape Hatteras"],
    "South Carolina": ["Charleston", "Myrtle Beach", "Beaufort", "Georgetown"],
    "Alabama": ["Mobile", "Gulf Shores", "Dauphin Island"],
    "Mississippi": ["Biloxi", "Gulfport", "Pascagoula"],
    "Georgia": ["Savannah", "Brunswick", "St. Marys"],
}
FIRE_STATES = {
    "California": ["Paradise", "Santa Rosa", "Redding", "Ojai", "Big Bear", "Placerville"],
    "Oregon": ["Bend", "Medford", "Sisters", "Grants Pass"],
    "Washington": ["Wenatchee", "Chelan", "Spokane Valley"],
    "Colorado": ["Boulder", "Estes Park", "Durango", "Fort Collins"],
    "Arizona": ["Flagstaff", "Prescott", "Payson"],
    "Montana": ["Missoula", "Helena", "Whitefish"],
}
FIRST_M = [
    "Arkady",
    "Tomas",
    "Daniel",
    "Marco",
    "Henrik",
    "Rafael",
    "Samuel",
    "Idris",
    "Kenji",
    "Viktor",
    "Omar",
    "Lucas",
    "Pavel",
    "Andre",
    "Felix",
    "Jonah",
    "Mateo",
    "Ravi",
    "Elias",
    "Conrad",
    "Dmitri",
    "Hugo",
    "Nikolai",
    "Simon",
    "Walter",
    "Gideon",
    "Emil",
    "Farid",
    "Luis",
    "Teodor",
]
FIRST_F = [
    "Elena",
    "Marta",
    "Ingrid",
    "Sofia",
    "Amara",
    "Leila",
    "Hana",
    "Clara",
    "Nadia",
    "Irene",
    "Beatriz",
    "Yasmin",
    "Greta",
    "Olivia",
    "Camille",
    "Rosa",
    "Anika",
    "Mei",
    "Lucia",
    "Helena",
    "Dana",
    "Ruth",
    "Paula",
    "Teresa",
    "Vera",
    "Maren",
    "Zofia",
    "Aylin",
    "Noor",
    "Esther",
]
LAST = [
    "Volten",
    "Marrow",
    "Castell",
    "Brandt",
    "Okafor",
    "Lindqvist",
    "Serrano",
    "Takeda",
    "Novak",
    "Haddad",
    "Moreau",
    "Petrov",
    "Albescu",
    "Kowalczyk",
    "Dunmore",
    "Arkwright",
    "Ferreira",
    "Halvorsen",
    "Ibarra",
    "Janssen",
    "Kerrigan",
    "Lachance",
    "Mbeki",
    "Nakamura",
    "Oyelaran",
    "Pellegrini",
    "Quintero",
    "Rasmussen",
    "Sorensen",
    "Thibault",
    "Urquhart",
    "Varga",
    "Whitlock",
    "Yilmaz",
    "Zeller",
    "Aleman",
    "Bianchi",
    "Caldwell",
    "Delacroix",
    "Esposito",
    "Fontaine",
    "Gallagher",
    "Hartley",
    "Iversen",
    "Jaramillo",
    "Koenig",
    "Lozano",
    "Mendel",
    "Norberg",
    "Ostrowski",
    "Prescott",
    "Radu",
    "Salazar",
    "Tanaka",
    "Ulloa",
    "Vance",
    "Wexler",
]
OUTLET_FIRST = [
    "Harbour",
    "Northgate",
    "Meridian",
    "Baltic",
    "Riverside",
    "Capital",
    "Summit",
    "Eastern",
    "Western",
    "Coastal",
    "Pacific",
    "Atlantic",
    "Highland",
    "Prairie",
    "Metro",
    "Lakeshore",
    "Granite",
    "Silver",
    "Evening",
    "Morning",
    "Continental",
    "Frontier",
    "Crescent",
    "Beacon",
    "Union",
    "Central",
    "Valley",
    "Midland",
    "Southern",
    "Northern",
    "Gulf",
    "Bay",
    "Cedar",
    "Iron",
    "Liberty",
    "Pioneer",
    "Keystone",
    "Tidewater",
    "Crown",
    "Global",
]
OUTLET_SECOND = [
    "Herald",
    "Courier",
    "Post",
    "Ledger",
    "Wire",
    "Times",
    "Gazette",
    "Chronicle",
    "Dispatch",
    "Tribune",
    "Observer",
    "Review",
    "Standard",
    "Journal",
    "Bulletin",
    "Monitor",
    "Sentinel",
    "Examiner",
    "Record",
    "Daily",
    "News",
    "Press",
    "Telegraph",
    "Despatch",
]
PIPE_NAMES = [
    "Steppe Link",
    "Northern Light",
    "Blue Corridor",
    "Golden Bridge",
    "Silk Line",
    "Eastern Route",
    "Amber Stream",
    "Polar Star",
    "Caspian Way",
    "Southern Arc",
]
STORM_NAMES = [
    "Alvin",
    "Beryl",
    "Cyrus",
    "Delia",
    "Emmett",
    "Fiona",
    "Gordon",
    "Hattie",
    "Ignatius",
    "Joyce",
    "Kellan",
    "Lorna",
    "Milo",
    "Nadine",
    "Oscar",
    "Priya",
    "Quentin",
    "Rowena",
    "Silas",
    "Tamsin",
    "Ulric",
    "Vivian",
    "Wade",
]
COMPANY_A = [
    "Norvane",
    "Halberd",
    "Crestline",
    "Aurelis",
    "Brightwater",
    "Quarrix",
    "Solvent",
    "Tessaly",
    "Kestrel",
    "Orbiton",
    "Veridian",
    "Maplestone",
    "Ironbark",
    "Lumora",
    "Stratus",
    "Pellucid",
]
COMPANY_B = [
    "Systems",
    "Foods",
    "Motors",
    "Holdings",
    "Energy",
    "Pharmaceuticals",
    "Logistics",
    "Semiconductors",
    "Retail Group",
    "Airlines",
    "Telecom",
    "Materials",
]
BANKS = [
    "Harcourt Stanley",
    "Bellweather Capital",
    "Northbridge Securities",
    "Albion & Reyes",
    "Castlegate Partners",
    "Wexford Research",
    "Tolland Brothers",
]
INSTITUTES = [
    "Centre for Strategic Studies",
    "Institute of World Economy",
    "Lattimore Institute",
    "Foundation for Eurasian Affairs",
    "Atlas Policy Group",
    "Kessler Institute",
]
UNIVERSITIES = [
    "the University of Northfield",
    "Eastbrook University",
    "the Polytechnic Institute of Varna",
    "Coldwater University",
    "the University of Marston",
]
SYLLABLES = [
    "ka",
    "ran",
    "mer",
    "sol",
    "ta",
    "vin",
    "bel",
    "dor",
    "lis",
    "ma",
    "tor",
    "en",
    "ga",
    "ri",
    "os",
    "lan",
    "shi",
    "pa",
    "ven",
    "ko",
]
BRIDGE_KINDS = [("bridge", "Bridge"), ("rail link", "Rail Link"), ("tunnel", "Tunnel"), ("causeway", "Causeway")]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
ORDINALS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]

MORE = ["more than", "over", "above", "upwards of", "at least"]
LESS = ["nearly", "almost", "close to", "just under"]
ABOUT = ["about", "around", "roughly", "some", "approximately", "an estimated"]

# ------------------------------------------------------------------ outlets


@dataclass(frozen=True)
class Outlet:
    name: str
    slug: str
    region: str  # "us" (miles, feet, "percent", "May 16"), "uk" (km, "per cent", "16 May", "$240bn"), "intl"

    @property
    def imperial(self) -> bool:
        return self.region == "us"


def make_outlets(seed: int) -> list[Outlet]:
    rng = random.Random(f"outlets/{seed}")
    names = [f"{a} {b}" for a in OUTLET_FIRST for b in OUTLET_SECOND]
    rng.shuffle(names)
    outlets = []
    for name in names[:240]:
        region = rng.choices(["us", "uk", "intl"], weights=[5, 3, 2])[0]
        outlets.append(Outlet(name, re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-"), region))
    return outlets


# ------------------------------------------------------------------ number formatting


def sig_round(x: float, sig: int) -> float:
    if x == 0:
        return 0.0
    digits = sig - math.floor(math.log10(abs(x))) - 1
    return round(x, digits)


def fmt_num(x: float, max_decimals: int = 2) -> str:
    """1234.5 → '1,234.5'; 240.0 → '240'."""
    text = f"{x:,.{max_decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def truthful(
    rng: random.Random, true: float, sigs: tuple[int, ...] = (2, 3), exact_p: float = 0.35, integer: bool = False
) -> tuple[float, str]:
    """A shown value and a qualifier that make a true statement about `true` ("more than 40" for 43)."""
    if rng.random() < exact_p:
        return true, ""
    shown = sig_round(true, rng.choice(sigs))
    if integer:
        shown = float(round(shown))
    if shown == true:
        return shown, rng.choice(["", "", rng.choice(ABOUT)])
    if rng.random() < 0.45:
        return shown, rng.choice(ABOUT)
    return shown, rng.choice(MORE if shown < true else LESS)


def qual(q: str, text: str) -> str:
    return f"{q} {text}" if q else text


def count_words(n: int, rng: random.Random, p_words: float = 0.7) -> str:
    if 2 <= n <= 9 and rng.random() < p_words:
        return ONES[n]
    return f"{n:,}"


def big_count(x: float, rng: random.Random, uk: bool) -> str:
    """1_200_000 → '1.2 million' (or '1.2m' in UK style); 45_000 → '45,000'."""
    if x >= 1e6 and rng.random() < 0.85:
        m = fmt_num(x / 1e6, 2)
        return f"{m}m" if uk and rng.random() < 0.3 else f"{m} million"
    return fmt_num(round(x), 0)


def ordinal_text(n: int, rng: random.Random) -> str:
    if n <= 9 and rng.random() < 0.85:
        return ORDINALS[n]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# ------------------------------------------------------------------ quantities

# family: metric forms, imperial (factor, forms) or None; "{n}" is the formatted number
QTY: dict[str, dict[str, Any]] = {
    "km": {
        "metric": ["{n} km", "{n} kilometres", "{n}km"],
        "us_metric": ["{n} kilometers"],
        "imperial": (0.621371, ["{n} miles"]),
    },
    "m": {
        "metric": ["{n} metres", "{n}m", "{n} m"],
        "us_metric": ["{n} meters"],
        "imperial": (3.28084, ["{n} feet", "{n} ft"]),
    },
    "kmh": {
        "metric": ["{n} km/h", "{n} kilometres per hour", "{n} kph"],
        "us_metric": ["{n} kilometers per hour"],
        "imperial": (0.621371, ["{n} mph", "{n} miles per hour", "{n} miles an hour"]),
    },
    "mm": {
        "metric": ["{n} mm", "{n} millimetres", "{n}mm"],
        "us_metric": ["{n} millimeters"],
        "imperial": (0.0393701, ["{n} inches", "{n} in."]),
    },
    "ha": {"metric": ["{n} hectares", "{n} ha"], "us_metric": ["{n} hectares"], "imperial": (2.47105, ["{n} acres"])},
    "t": {"metric": ["{n} tonnes", "{n} metric tonnes"], "us_metric": ["{n} metric tons"], "imperial": None},
    "bcm": {
        "metric": ["{n} bcm", "{n} billion cubic metres", "{n}bn cubic metres", "{n} bn cubic metres"],
        "us_metric": ["{n} billion cubic meters", "{n} bcm"],
        "imperial": None,
    },
    "mb": {"metric": ["{n} millibars", "{n} mb", "{n} hectopascals"], "us_metric": ["{n} millibars"], "imperial": None},
    "mw": {"metric": ["{n} megawatts", "{n} MW", "{n}MW"], "us_metric": ["{n} megawatts"], "imperial": None},
    "bpd": {
        "metric": ["{n} barrels a day", "{n} barrels per day", "{n} bpd"],
        "us_metric": ["{n} barrels a day"],
        "imperial": None,
    },
    "m3": {
        "metric": ["{n} cubic metres", "{n} m3"],
        "us_metric": ["{n} cubic meters"],
        "imperial": (1.30795, ["{n} cubic yards"]),
    },
    "km2": {
        "metric": ["{n} square kilometres", "{n} sq km"],
        "us_metric": ["{n} square kilometers"],
        "imperial": (0.386102, ["{n} square miles"]),
    },
}


def render_qty(
    rng: random.Random,
    value: float,
    family: str,
    outlet: Outlet,
    sigs: tuple[int, ...] = (2, 3),
    exact_p: float = 0.35,
    decimals: int = 1,
) -> str:
    spec = QTY[family]
    imperial = spec["imperial"] is not None and outlet.imperial and rng.random() < 0.85
    if imperial:
        factor, forms = spec["imperial"]
        shown, q = truthful(rng, value * factor, sigs=(2, 3), exact_p=0.0)
        q = q or rng.choice(["", "about", "roughly"])
        metric_first = rng.random() < 0.2
    else:
        shown, q = truthful(rng, value, sigs=sigs, exact_p=exact_p)
        forms = spec["us_metric"] if outlet.region == "us" else spec["metric"]
        metric_first = False
    if shown >= 1e6:  # "4.5 million tonnes", "1.2m bpd"
        spaced = [f for f in forms if f.startswith("{n} ")]
        number = fmt_num(shown / 1e6, 2) + ("m" if outlet.region == "uk" and rng.random() < 0.4 else " million")
        text = rng.choice(spaced).format(n=number)
    else:
        text = rng.choice(forms).format(n=fmt_num(shown, decimals if shown < 100 else 0))
    text = qual(q, text)
    if metric_first:  # "350 metres (1,150 feet)"
        m_shown, _ = truthful(rng, value, exact_p=1.0)
        text = f"{rng.choice(spec['us_metric']).format(n=fmt_num(m_shown, decimals if m_shown < 100 else 0))} ({text})"
    return text


# ------------------------------------------------------------------ money

CURRENCY = {
    "USD": {
        "us": ["${n} {scale}", "{n} {scale} dollars", "US${n} {scale}"],
        "uk": ["${n}{s}", "US${n}{s}", "${n} {scale}", "USD {n}{s}"],
        "intl": ["${n} {scale}", "US${n} {scale}", "USD {n} {scale}", "{n} {scale} U.S. dollars"],
    },
    "EUR": {
        "us": ["€{n} {scale}", "{n} {scale} euros"],
        "uk": ["€{n}{s}", "€{n} {scale}"],
        "intl": ["€{n} {scale}", "EUR {n} {scale}", "{n} {scale} euros"],
    },
    "GBP": {
        "us": ["£{n} {scale}", "{n} {scale} pounds"],
        "uk": ["£{n}{s}", "£{n} {scale}"],
        "intl": ["£{n} {scale}", "GBP {n} {scale}"],
    },
    "CNY": {
        "us": ["{n} {scale} yuan"],
        "uk": ["{n}{s} yuan", "{n} {scale} yuan"],
        "intl": ["{n} {scale} yuan", "CNY {n} {scale}"],
    },
}
SCALES = [(1e12, "trillion", "tn"), (1e9, "billion", "bn"), (1e6, "million", "m")]


def render_money(
    rng: random.Random,
    value: float,
    currency: str,
    outlet: Outlet,
    exact_p: float = 0.35,
    sigs: tuple[int, ...] = (2, 3),
) -> str:
    shown, q = truthful(rng, value, sigs=sigs, exact_p=exact_p)
    symbol = {"USD": "$", "EUR": "€", "GBP": "£"}.get(currency, "")
    if shown < 1e6:  # small amounts: "$0.42", "$17.80", "$1,250"
        number = fmt_num(shown, 2) if shown == int(shown) else f"{shown:,.2f}"
        if currency == "CNY":
            return qual(q, f"{number} yuan")
        if currency == "USD" and outlet.region == "intl" and rng.random() < 0.3:
            return qual(q, f"US${number}")
        return qual(q, f"{symbol}{number}")
    factor, scale, short = next(s for s in SCALES if shown >= s[0])
    number = fmt_num(shown / factor, 2)
    form = rng.choice(CURRENCY[currency][outlet.region])
    return qual(q, form.format(n=number, scale=scale, s=short))


def render_percent(rng: random.Random, value: float, outlet: Outlet, exact_p: float = 0.5) -> str:
    shown, q = truthful(rng, value, sigs=(1, 2), exact_p=exact_p)
    if q and shown >= 10:
        shown = float(round(shown))
    number = fmt_num(shown, 1)
    word = {"us": ["%", " percent"], "uk": ["%", " per cent"], "intl": ["%", " per cent", " percent", " pct"]}
    return qual(q, number + rng.choice(word[outlet.region]))


# ------------------------------------------------------------------ dates


def render_date(rng: random.Random, day: date, published: date, outlet: Outlet, with_weekday: bool = True) -> str:
    """An adverbial for `day` as seen on `published`: 'yesterday', 'on Thursday', 'on May 16', 'on 16 May'."""
    delta = (day - published).days
    options: list[str] = []
    if delta == 0:
        options += ["today", "today", "earlier today" if rng.random() < 0.5 else "today"]
    elif delta == -1:
        options += ["yesterday", f"on {WEEKDAYS[day.weekday()]}"]
    elif delta == 1:
        options += ["tomorrow", f"on {WEEKDAYS[day.weekday()]}"]
    elif -6 <= delta <= 6 and with_weekday:
        options += [f"on {WEEKDAYS[day.weekday()]}"] * 2
    month = MONTHS[day.month - 1]
    absolute = f"{day.day} {month}" if outlet.region == "uk" else f"{month} {day.day}"
    if day.year != published.year:
        absolute += f" {day.year}" if outlet.region == "uk" else f", {day.year}"
    options += [f"on {absolute}"]
    if with_weekday and outlet.region != "uk" and rng.random() < 0.2:
        options += [f"on {WEEKDAYS[day.weekday()]}, {absolute}"]
    return rng.choice(options)


def render_year(rng: random.Random, year: int, published: date, spec: str) -> str:
    if spec == "bare":
        return str(year)
    if year == published.year - 1 and rng.random() < 0.65:
        return "last year"
    if year == published.year and rng.random() < 0.6:
        return "this year"
    return f"in {year}"


def render_time(rng: random.Random, clock: time, outlet: Outlet) -> str:
    hour, minute = clock.hour, clock.minute
    if outlet.region == "us" or rng.random() < 0.5:
        h12 = hour % 12 or 12
        ampm = rng.choice(["a.m.", "am"]) if hour < 12 else rng.choice(["p.m.", "pm"])
        clock = f"{h12}:{minute:02d} {ampm}" if minute or rng.random() < 0.5 else f"{h12} {ampm}"
    else:
        clock = f"{hour:02d}:{minute:02d}"
    return f"at {clock}" + rng.choice(["", " local time", " local time"])


# ------------------------------------------------------------------ facts and stories


@dataclass
class Fact:
    key: str
    kind: str  # money moneyrange percent qty qtyrange count age ordinal duration date time year number
    value: Any
    templates: list[str] | dict[str, list[str]]  # date facts: {"past": [...], "future": [...]}
    unit: str = ""  # currency for money; family for qty; second/minute/hour/day/year for duration
    growth: float = 0.0  # cumulative counts grow by this factor per day after the event
    p: float = 0.6  # probability that an article mentions the fact
    conflict_ok: bool = True
    integer: bool = True
    after: bool = False  # only reported once the event has happened (a death toll is not known the day before)

    def value_on(self, day_index: int) -> Any:
        if self.growth and day_index > 0:
            return round(self.value * self.growth**day_index)
        return self.value


@dataclass
class Story:
    id: str
    topic: str
    slug: str
    day: date  # the main event
    ctx: dict[str, str]
    facts: dict[str, Fact]
    titles: list[str]
    ledes: list[str]  # lede templates (may use facts)
    background: list[str]  # topic sentences without figures
    local: list[str]  # sentences with figures only one article gives ({r:...} slots, {rp} a new person)
    roles: list[str]  # "a {rspokes} for ..." for quotes
    quotes: list[str]
    traps: list[str]
    dateline: str
    region: str = "world"  # "us": most outlets are US ones
    first_offset: int = 0  # earliest publication day relative to the event (-1: previews the day before)


_FMT = string.Formatter()


def person(rng: random.Random) -> tuple[str, str, str]:
    """(full name, last name, 'he'/'she')."""
    if rng.random() < 0.5:
        first, pron = rng.choice(FIRST_M), "he"
    else:
        first, pron = rng.choice(FIRST_F), "she"
    last = rng.choice(LAST)
    return f"{first} {last}", last, pron


def pronouns(pron: str) -> dict[str, str]:
    male = pron == "he"
    return {
        "rhe": pron,
        "rHe": pron.capitalize(),
        "rhis": "his" if male else "her",
        "rhim": "him" if male else "her",
        "rspokes": "spokesman" if male else "spokeswoman",
    }


def town(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _leader(rng: random.Random, prefix: str, ctx: dict[str, str]) -> None:
    full, last, pron = person(rng)
    ctx[prefix + "_leader"], ctx[prefix + "_last"] = full, last
    ctx[prefix + "_title"] = rng.choice(["President", "President", "Prime Minister"])
    ctx[prefix + "_he"], ctx[prefix + "_his"] = pron, "his" if pron == "he" else "her"


def _d(past: list[str], future: list[str] | None = None) -> dict[str, list[str]]:
    return {"past": past, "future": future or []}


# --- topic: state visit, trade and a pipeline -------------------------------------------------------------


def topic_summit(rng: random.Random, day: date) -> dict[str, Any]:
    (a, a_adj, a_cap), (b, b_adj, b_cap) = rng.sample(COUNTRIES, 2)
    ctx = {
        "A": a,
        "A_adj": a_adj,
        "A_cap": a_cap,
        "B": b,
        "B_adj": b_adj,
        "B_cap": b_cap,
        "pipe": f"{rng.choice(PIPE_NAMES)} {rng.randint(2, 3)}",
        "inst": rng.choice(INSTITUTES),
        "bank": rng.choice(BANKS),
        "north": town(rng),
    }
    _leader(rng, "A", ctx)
    _leader(rng, "B", ctx)
    ctx["A_title_l"] = ctx["A_title"].lower()
    length = rng.randint(2, 4)
    trade = round(rng.uniform(40, 600), 1) * 1e9
    growth = round(rng.uniform(3, 35), 1)
    facts = [
        Fact(
            "visit_start",
            "date",
            day,
            _d(
                [
                    "{A_title} {A_leader} arrived in {B_cap} {visit_start} for a {visit_len:adj} state visit, "
                    "{A_his} {visit_no} trip to {B} since taking office.",
                    "{A_last} landed in {B_cap} {visit_start} and was greeted on the tarmac by {B_title} {B_leader}.",
                    "The {A_adj} leader began a {visit_len:adj} visit to {B} {visit_start}.",
                    "{A_last} arrived {visit_start} with a delegation of {delegation} officials and executives.",
                ],
                [
                    "{A_title} {A_leader} will arrive in {B_cap} {visit_start} for a {visit_len:adj} state visit.",
                    "{A_last} will travel to {B} {visit_start}, {A_his} {visit_no} visit since taking office.",
                    "The {A_adj} leader is scheduled to begin talks in {B_cap} {visit_start}.",
                ],
            ),
            p=0.95,
        ),
        Fact(
            "visit_end",
            "date",
            day + timedelta(days=length - 1),
            _d(
                [
                    "{A_last} left {B_cap} {visit_end} after talks that both sides called productive.",
                    "The visit ended {visit_end} with a joint statement on energy and transport.",
                ],
                [
                    "{A_last} is scheduled to leave {B_cap} {visit_end}.",
                    "The visit will end {visit_end} with a joint news conference.",
                ],
            ),
            p=0.35,
        ),
        Fact(
            "press_day",
            "date",
            day + timedelta(days=1),
            _d(
                [
                    "The two leaders held a joint news conference {press_day} but took only a handful of questions.",
                    "At a news conference {press_day}, {B_last} praised what {B_he} called a new chapter in relations.",
                ],
                [
                    "A joint news conference is planned {press_day}.",
                    "The leaders will sign a joint declaration {press_day}, officials said.",
                ],
            ),
            p=0.4,
        ),
        Fact(
            "visit_len",
            "duration",
            length,
            [
                "The visit is scheduled to last {visit_len}.",
                "The trip, which lasts {visit_len}, includes a stop in {north}.",
            ],
            unit="day",
            p=0.3,
        ),
        Fact(
            "visit_no",
            "ordinal",
            rng.randint(2, 9),
            [
                "It is {A_last}'s {visit_no} visit to {B} since {A_he} took office.",
                "This is the {visit_no} time {A_last} has visited {B} as leader.",
            ],
            p=0.45,
        ),
        Fact(
            "trade",
            "money",
            trade,
            [
                "Trade between {A} and {B} reached {trade} {trade_year}, according to {B_adj} customs data.",
                "{B_adj} customs figures put bilateral trade at {trade} {trade_year}, up {trade_growth} on the year "
                "before.",
                "Two-way trade hit a record {trade} {trade_year}.",
                "The value of goods traded between the two countries rose {trade_growth} to {trade} {trade_year}.",
                "Commerce between the two countries was worth {trade} {trade_year}, official data show.",
            ],
            unit="USD",
            p=0.9,
            integer=False,
        ),
        Fact(
            "trade_prev",
            "money",
            round(trade / (1 + growth / 100) / 1e8) * 1e8,
            [
                "That compares with {trade_prev} the year before.",
                "Trade stood at {trade_prev} a year earlier, customs data show.",
            ],
            unit="USD",
            p=0.3,
            integer=False,
        ),
        Fact(
            "trade_year",
            "year",
            day.year - 1,
            ["The figures for {trade_year:bare} were published by customs officials in {B_cap}."],
            p=0.0,
            conflict_ok=False,
        ),
        Fact(
            "trade_growth",
            "percent",
            growth,
            ["Trade grew {trade_growth} over the year, driven by energy and cars."],
            p=0.45,
            integer=False,
        ),
        Fact(
            "local_currency",
            "percent",
            rng.randint(40, 95),
            [
                "Officials say {local_currency} of payments between the two countries are now settled in their own "
                "currencies.",
                "Around {local_currency:bare} of bilateral trade is now paid for in local currencies.",
            ],
            p=0.35,
        ),
        Fact(
            "capacity",
            "qty",
            rng.randint(10, 60),
            [
                "The proposed {pipe} pipeline would carry {capacity} of gas a year from {B} to {A}.",
                "Once finished, {pipe} could deliver {capacity} of natural gas annually, officials said.",
                "{pipe}, which is designed to pump {capacity} a year, has been under discussion for years.",
            ],
            unit="bcm",
            p=0.7,
        ),
        Fact(
            "pipe_len",
            "qty",
            rng.randint(1500, 4200),
            [
                "The line would stretch {pipe_len} across {B}'s northern plains.",
                "Engineers have mapped a route of {pipe_len} for {pipe}.",
                "The planned route runs {pipe_len} from the gas fields to the border.",
            ],
            unit="km",
            p=0.5,
        ),
        Fact(
            "pipe_cost",
            "money",
            round(rng.uniform(8, 60), 1) * 1e9,
            [
                "Analysts at {bank} estimate that the project would cost {pipe_cost}.",
                "The price tag of {pipe} has been put at {pipe_cost}.",
            ],
            unit="USD",
            p=0.4,
            integer=False,
        ),
        Fact(
            "gas_price",
            "money",
            rng.randint(140, 420),
            [
                "{A} is said to be seeking a price of about {gas_price} per 1,000 cubic metres of gas.",
                "People familiar with the talks said the sides were still apart on price, with {B} offering close to "
                "{gas_price} per thousand cubic metres.",
            ],
            unit="USD",
            p=0.3,
            integer=False,
        ),
        Fact(
            "oil",
            "qty",
            round(rng.uniform(0.2, 2.4), 2) * 1e6,
            [
                "{B} also ships {oil} of crude oil to {A}.",
                "Oil deliveries have risen to {oil}, according to tanker-tracking data.",
            ],
            unit="bpd",
            p=0.4,
        ),
        Fact(
            "grain",
            "qty",
            round(rng.uniform(0.5, 12), 1) * 1e6,
            [
                "{A} exported {grain} of grain to {B} {trade_year}.",
                "Grain sales to {B} reached {grain} {trade_year}, the farm ministry said.",
            ],
            unit="t",
            p=0.35,
        ),
        Fact(
            "meetings",
            "count",
            rng.randint(15, 70),
            [
                "The two leaders have met {meetings} times since {first_met:bare}.",
                "{A_last} and {B_last} have held {meetings} meetings, by the count of {A_adj} officials.",
                "By one count the pair have met {meetings} times, in person or by video link.",
            ],
            p=0.6,
        ),
        Fact(
            "first_met",
            "year",
            rng.randint(1998, day.year - 6),
            ["They first met in {first_met:bare}, when both were regional officials."],
            p=0.1,
            conflict_ok=False,
        ),
        Fact(
            "A_age",
            "age",
            rng.randint(50, 82),
            [
                "{A_last}, {A_age}, has made closer ties with {B} a centrepiece of {A_his} foreign policy.",
                "The {A_age}-year-old {A_title_l} has said {A_he} wants the relationship to deepen further.",
            ],
            p=0.5,
        ),
        Fact(
            "B_age",
            "age",
            rng.randint(48, 80),
            [
                "{B_last}, {B_age}, will host a state banquet for the visitors.",
                "The {B_age}-year-old host has called the partnership a model for other countries.",
            ],
            p=0.4,
        ),
        Fact(
            "deals",
            "count",
            rng.randint(6, 30),
            [
                "Officials said {deals} agreements on energy, farming and transport were ready for signing.",
                "The two sides are expected to sign {deals} cooperation documents during the visit.",
            ],
            p=0.55,
        ),
        Fact(
            "invest",
            "money",
            round(rng.uniform(1, 25), 1) * 1e9,
            [
                "{A_adj} companies have pledged {invest} of new investment in {B}'s ports and railways.",
                "A package of {invest} in loans and investment is on the table, according to people familiar with the "
                "talks.",
            ],
            unit="USD",
            p=0.5,
            integer=False,
        ),
        Fact(
            "share",
            "percent",
            rng.randint(10, 55),
            ["{B} now buys {share} of {A}'s energy exports.", "Energy accounts for {share} of {A}'s sales to {B}."],
            p=0.45,
        ),
        Fact(
            "delegation",
            "count",
            rng.randint(80, 600),
            ["{A_last} is travelling with a delegation of {delegation} officials and business leaders."],
            p=0.35,
        ),
        Fact(
            "flights",
            "count",
            rng.randint(12, 140),
            [
                "There are now {flights} direct flights a week between the two countries.",
                "Airlines operate {flights} flights a week between {A_cap} and {B_cap}.",
            ],
            p=0.3,
        ),
        Fact(
            "students",
            "count",
            rng.randint(3, 90) * 1000,
            ["{students} {A_adj} students are enrolled at universities in {B}."],
            p=0.25,
        ),
        Fact(
            "border",
            "qty",
            rng.randint(300, 4200),
            [
                "The two countries share a border of {border}.",
                "Much of the {border} frontier runs through mountains and steppe.",
            ],
            unit="km",
            p=0.3,
        ),
        Fact(
            "anniversary",
            "ordinal",
            rng.choice([25, 30, 40, 50, 60, 70, 75]),
            ["The visit coincides with the {anniversary} anniversary of diplomatic relations."],
            p=0.3,
        ),
        Fact(
            "talks_len",
            "duration",
            rng.randint(2, 6),
            [
                "The leaders held talks for {talks_len}, longer than scheduled.",
                "Their first session ran for {talks_len}, according to an aide.",
            ],
            unit="hour",
            p=0.3,
            after=True,
        ),
    ]
    return {
        "ctx": ctx,
        "facts": facts,
        "slug": f"{a_adj}-{b_adj}-summit".lower().replace(" ", "-"),
        "titles": [
            "{A_last} heads to {B_cap} as trade ties deepen",
            "{A} and {B} to discuss {pipe} pipeline",
            "{A_adj} leader in {B} for talks on energy and trade",
            "{B} rolls out red carpet for {A_last}",
            "{A_last} and {B_last} meet as {pipe} talks drag on",
        ],
        "ledes": [
            "{A_title} {A_leader} arrived in {B_cap} {visit_start} for talks with {B_title} {B_leader} "
            "expected to focus on energy, trade and the long-delayed {pipe} gas pipeline.",
            "{A_adj} and {B_adj} leaders will sit down in {B_cap} {visit_start} for talks on the {pipe} "
            "pipeline and on trade that reached {trade} {trade_year}.",
        ],
        "background": [
            "The visit comes as both governments look for new markets amid tensions with Western capitals.",
            "Diplomats in {B_cap} said the agenda had been negotiated for months.",
            "Energy cooperation is expected to dominate the talks, along with payment systems and logistics.",
            "Critics say the relationship remains lopsided, with {B} holding most of the leverage.",
            "Negotiations over the price of gas have repeatedly stalled, according to people briefed on the talks.",
            "State media in {A} gave the trip blanket coverage, showing the motorcade winding through central {B_cap}.",
            "A banquet for the visiting delegation was planned at the state guesthouse.",
            "Business leaders travelling with the delegation hope to secure contracts in construction and farming.",
            "Officials from both sides have played down expectations of a breakthrough on the pipeline.",
            "Security was tight across the capital, with several central avenues closed to traffic.",
            "Western diplomats will be watching closely for any sign of deeper military cooperation.",
            "Both governments describe their partnership as strategic, though each side guards its own interests.",
            "Payment problems caused by sanctions have slowed some deals, bankers in {A_cap} said.",
            "The pipeline would give {B} a new outlet for gas that once flowed to Europe.",
            "Farm exporters in {A} are pressing for easier access to {B_adj} supermarkets.",
            "The route of the pipeline through {north} has angered herders who graze animals there.",
            "Both leaders are expected to stress their shared opposition to what they call unilateral sanctions.",
            "Talks on a free-trade agreement have moved slowly, officials on both sides acknowledge.",
            "{B_adj} officials want more investment in factories rather than more imports of finished goods.",
        ],
        "local": [
            "{rp}, who runs a trading company in {B_cap}, said {rhe} had waited {r:dur:month:2:9} for a customs "
            "licence.",
            "At a market near the border, traders said prices of imported goods had risen {r:pct:4:30}.",
            "A container takes about {r:dur:day:9:30} to travel by rail between the two capitals, a logistics firm "
            "said.",
            "Some {r:count:40:400} journalists were accredited to cover the visit.",
            "{rp}, {r:age}, a farmer in {north}, said the pipeline would cross {r:qty:km:2:15} of {rhis} grazing land.",
            "The motorcade passed a banner {r:qty:m:20:60} long welcoming the guests.",
            "A survey by the {inst} found that {r:pct:35:80} of business owners expected trade to keep growing.",
            "Shares of {B_adj} pipeline builders rose as much as {r:pct:2:9} on the news.",
        ],
        "roles": [
            "a senior adviser at the {A_adj} foreign ministry",
            "a researcher at the {inst}",
            "a {rspokes} for the {B_adj} foreign ministry",
            "an economist at {bank}",
            "a former {A_adj} ambassador to {B}",
            "a trade official in {B_cap}",
            "a gas analyst at {bank}",
        ],
        "quotes": [
            "Both sides want to show that the relationship is deepening.",
            "The pipeline has been discussed for years, and the hard questions are still about price.",
            "Trade has grown fast, but it is heavily concentrated in energy.",
            "This visit is about signals as much as substance.",
            "Nobody expects a final deal on this trip.",
            "The mood in the delegation is optimistic.",
            "Our companies are ready to invest, but they need clear rules.",
            "The partnership is strong, and it will get stronger.",
            "Price is the only question that really matters for the pipeline.",
        ],
        "traps": [
            "The delegation flew in aboard an Airbus A350 operated by the national carrier.",
            "The issue is also expected to come up at the next G20 summit.",
            "Fighter jets, including F-16s, escorted the plane as it approached the capital.",
            "Officials said the schedule may change at short notice.",
            "Some of the documents may not be made public.",
            "The leaders may also discuss a new air route serving Terminal 3 of the capital's main airport.",
        ],
        "dateline": b_cap.upper(),
        "region": "world",
        "first_offset": -1,
    }


# --- topic: a hurricane ---------------------------------------------------------------------------------------------


def topic_storm(rng: random.Random, day: date) -> dict[str, Any]:
    state = rng.choice(sorted(STORM_STATES))
    city, city2, city3 = (
        rng.sample(STORM_STATES[state], 3)
        if len(STORM_STATES[state]) >= 3
        else (*rng.sample(STORM_STATES[state], 2), STORM_STATES[state][0])
    )
    name = rng.choice(STORM_NAMES)
    wind = rng.randrange(110, 185, 5)  # mph, as the hurricane center gives them
    cat = 1 if wind < 96 else 2 if wind < 111 else 3 if wind < 130 else 4 if wind < 157 else 5
    ctx = {
        "storm": f"Hurricane {name}",
        "name": name,
        "state": state,
        "city": city,
        "city2": city2,
        "city3": city3,
        "cat": f"Category {cat}",
        "firm": rng.choice(BANKS),
        "interstate": str(rng.choice([10, 75, 95, 4, 65, 45])),
        "prev": rng.choice(STORM_NAMES),
    }
    hour, minute = rng.randint(0, 23), rng.choice([0, 10, 15, 20, 30, 40, 45, 50])
    surge_lo = rng.randint(2, 4)
    damage = round(rng.uniform(5, 90), 1) * 1e9
    facts = [
        Fact(
            "landfall",
            "date",
            day,
            _d(
                [
                    "{storm} made landfall near {city} {landfall} {landfall_time} as a {cat} storm.",
                    "{name} came ashore near {city} {landfall}, pushing water into low-lying neighbourhoods.",
                    "The storm roared ashore near {city} {landfall} with winds of {wind}.",
                ],
                [
                    "{storm} is expected to make landfall near {city} {landfall}, forecasters said.",
                    "Forecasters expect {name} to come ashore near {city} {landfall} as a {cat} storm.",
                ],
            ),
            p=0.95,
        ),
        Fact(
            "formed",
            "date",
            day - timedelta(days=rng.randint(4, 6)),
            _d(
                [
                    "{name} formed in the Gulf {formed} and strengthened rapidly over warm water.",
                    "The storm was named {formed}, and within days it had become a major hurricane.",
                ]
            ),
            p=0.3,
        ),
        Fact(
            "landfall_time",
            "time",
            time(hour, minute),
            ["Landfall came {landfall_time}, the hurricane center said."],
            p=0.3,
            after=True,
        ),
        Fact(
            "wind",
            "qty",
            wind * 1.609344,
            [
                "{storm}'s maximum sustained winds reached {wind} before landfall.",
                "At its peak the storm packed sustained winds of {wind}, making it a {cat} hurricane.",
                "Sustained winds of {wind} were recorded by a buoy offshore.",
            ],
            unit="kmh",
            p=0.8,
            integer=False,
        ),
        Fact(
            "gust",
            "qty",
            (wind + rng.randint(15, 40)) * 1.609344,
            [
                "A gust of {gust} was recorded at the airport in {city2}.",
                "Gusts of {gust} tore roofs from buildings in {city2}.",
            ],
            unit="kmh",
            p=0.35,
            integer=False,
            after=True,
        ),
        Fact(
            "forward",
            "qty",
            rng.randint(12, 30) * 1.609344,
            ["The storm was moving north-east at {forward}.", "{name} was travelling at {forward} as it moved inland."],
            unit="kmh",
            p=0.3,
            integer=False,
        ),
        Fact(
            "pressure",
            "qty",
            rng.randint(905, 975),
            [
                "Its central pressure fell to {pressure}, the hurricane center said.",
                "Hurricane hunters measured a central pressure of {pressure}.",
            ],
            unit="mb",
            p=0.35,
        ),
        Fact(
            "surge",
            "qtyrange",
            (surge_lo, surge_lo + rng.randint(1, 3)),
            [
                "Forecasters warned of a storm surge of {surge} along the coast.",
                "A surge of {surge} could swamp neighbourhoods around {city}, the National Hurricane Center said.",
            ],
            unit="m",
            p=0.55,
            conflict_ok=False,
        ),
        Fact(
            "rain",
            "qty",
            rng.randint(150, 700),
            ["As much as {rain} of rain fell on {city2}.", "Some areas near {city2} were soaked by {rain} of rain."],
            unit="mm",
            p=0.45,
            after=True,
        ),
        Fact(
            "crest",
            "qty",
            round(rng.uniform(3, 9), 1),
            ["The river in {city3} crested at {crest}, a record.", "Floodwaters in {city3} rose to {crest}."],
            unit="m",
            p=0.3,
            integer=False,
            after=True,
        ),
        Fact(
            "deaths",
            "count",
            rng.randint(3, 60),
            [
                "At least {deaths} people were killed in {state}, officials said.",
                "The death toll rose to {deaths}, according to the state's emergency management agency.",
                "{storm} has killed {deaths} people, officials said.",
            ],
            growth=1.25,
            p=0.75,
            after=True,
        ),
        Fact(
            "rescued",
            "count",
            rng.randint(80, 1500),
            [
                "Rescue crews pulled {rescued} people from flooded homes.",
                "The Coast Guard and local crews rescued {rescued} people.",
            ],
            growth=1.15,
            p=0.4,
            after=True,
        ),
        Fact(
            "outages",
            "count",
            rng.randint(300, 4000) * 1000,
            [
                "{outages} homes and businesses were without power, according to utility data.",
                "Power was out for {outages} customers across the state.",
            ],
            p=0.7,
            after=True,
        ),
        Fact(
            "evacuated",
            "count",
            rng.randint(300, 7000) * 1000,
            [
                "Evacuation orders covered {evacuated} people in {counties} counties.",
                "Officials ordered {evacuated} people to leave low-lying areas.",
            ],
            p=0.6,
        ),
        Fact(
            "counties",
            "count",
            rng.randint(5, 30),
            ["The governor declared an emergency in {counties} counties."],
            p=0.3,
        ),
        Fact(
            "damage",
            "moneyrange",
            (damage, damage * rng.choice([1.2, 1.3, 1.5])),
            [
                "Analysts at {firm} estimated insured losses at {damage}.",
                "Early estimates put the damage at {damage}, though the figure is expected to rise.",
            ],
            unit="USD",
            p=0.5,
            conflict_ok=False,
            after=True,
        ),
        Fact(
            "shelters",
            "count",
            rng.randint(60, 600),
            ["{shelters} shelters opened across the state.", "Counties opened {shelters} shelters before the storm."],
            p=0.4,
        ),
        Fact(
            "crews",
            "count",
            rng.randint(10, 50) * 1000,
            [
                "Utilities brought in {crews} line workers from other states to restore power.",
                "Some {crews} utility workers were staged outside the storm's path.",
            ],
            p=0.4,
        ),
        Fact(
            "guard",
            "count",
            rng.randint(2, 9) * 1000,
            ["{guard} National Guard troops were deployed.", "The governor activated {guard} Guard members."],
            p=0.3,
        ),
        Fact(
            "flights",
            "count",
            rng.randint(400, 3000),
            [
                "Airlines cancelled {flights} flights in and out of the state.",
                "More than {flights:bare} flights were cancelled.",
            ],
            p=0.35,
        ),
        Fact(
            "gas_out",
            "percent",
            rng.randint(10, 45),
            ["By evening {gas_out} of gas stations in the region had run out of fuel, according to a price tracker."],
            p=0.3,
        ),
        Fact(
            "fuel_price",
            "money",
            round(rng.uniform(3.1, 4.6), 2),
            ["The average price of gasoline in the state rose to {fuel_price} a gallon."],
            unit="USD",
            p=0.25,
            integer=False,
        ),
        Fact(
            "evac_rate",
            "count",
            rng.randint(2000, 9000),
            ["State transportation officials estimated that {evac_rate} people an hour were leaving the coast."],
            p=0.2,
        ),
        Fact(
            "radius",
            "qty",
            rng.randint(40, 130) * 1.609344,
            ["Hurricane-force winds extended {radius} from the center."],
            unit="km",
            p=0.3,
            integer=False,
        ),
        Fact(
            "prev_deaths",
            "count",
            rng.randint(20, 250),
            [
                "Hurricane {prev} killed {prev_deaths} people in the region {prev_year}.",
                "The coast is still recovering from Hurricane {prev}, which killed {prev_deaths} people {prev_year}.",
            ],
            p=0.3,
        ),
        Fact(
            "prev_year",
            "year",
            day.year - 1,
            ["Hurricane {prev} struck in {prev_year:bare}."],
            p=0.0,
            conflict_ok=False,
        ),
        Fact(
            "fema",
            "money",
            rng.randint(50, 900) * 1e6,
            ["FEMA approved {fema} in emergency aid.", "Federal officials released {fema} for the recovery."],
            unit="USD",
            p=0.3,
            after=True,
        ),
    ]
    return {
        "ctx": ctx,
        "facts": facts,
        "slug": f"hurricane-{name.lower()}-{state.lower().replace(' ', '-')}",
        "titles": [
            "{storm} slams {state} coast",
            "{name} roars ashore near {city}",
            "{storm}: deaths, outages and a long clean-up",
            "{state} counts the cost as {name} moves inland",
        ],
        "ledes": [
            "{storm} made landfall near {city} {landfall}, flooding streets and knocking out power to "
            "{outages} homes and businesses.",
            "{name} tore into the {state} coast near {city} {landfall}, and officials said at least {deaths} "
            "people had been killed.",
            "Residents of the {state} coast raced to finish preparations as {storm} approached, and forecasters "
            "said it will reach land near {city} {landfall}.",
        ],
        "background": [
            "Crews worked through the night to clear fallen trees from main roads.",
            "The governor urged residents who had evacuated not to return until officials declared it safe.",
            "Hospitals in the area moved their most fragile patients inland before the storm arrived.",
            "Many streets in {city} remained under water and littered with debris.",
            "Insurers said it was too early to give a reliable estimate of the damage.",
            "The storm weakened as it moved inland but still brought heavy rain to inland counties.",
            "Boil-water notices were issued for several towns along the coast.",
            "Forecasters had warned for days that the storm could intensify rapidly over warm water.",
            "Volunteers handed out water and ice at church parking lots across {city2}.",
            "The National Guard was deployed to help with search and rescue.",
            "Residents returning to barrier islands found homes stripped of roofs and siding.",
            "Schools across the region will stay closed while buildings are inspected.",
            "Officials pleaded with residents not to use generators indoors.",
            "The federal government approved a disaster declaration, opening the way for aid.",
            "Lines at gas stations stretched for blocks as people filled their tanks before leaving.",
            "Hardware stores sold out of plywood and sandbags.",
            "Emergency managers said the surge, not the wind, posed the greatest danger to life.",
            "Sheriff's deputies went door to door in the lowest-lying neighbourhoods.",
        ],
        "local": [
            "{rp}, {r:age}, said the water rose {r:qty:m:0.5:1.5} inside {rhis} house in {r:dur:minute:10:40}.",
            "On one street in {city}, {r:count:5:30} houses had lost their roofs.",
            "{rp} said {rhe} had waited {r:dur:hour:3:9} in line for fuel before leaving {city2}.",
            "A shelter at a high school in {city3} took in {r:count:300:1500} people overnight.",
            "The drive inland, which usually takes {r:dur:hour:2:4}, took some families all day.",
            "One marina lost {r:count:40:200} boats, its owner said.",
            "A neighbourhood grocery reopened with {r:pct:20:60} of its shelves empty.",
            "Volunteers handed out {r:count:2000:9000} bottles of water at a church in {city2}.",
        ],
        "roles": [
            "the county's emergency management director",
            "a meteorologist with the National Weather Service",
            "a retired teacher who stayed behind",
            "a {rspokes} for the state utility regulator",
            "a shelter volunteer",
            "the mayor of {city}",
            "a fisherman in {city2}",
            "a {rspokes} for the governor",
        ],
        "quotes": [
            "We have never seen water come up this fast.",
            "Please stay off the roads until we tell you it is safe.",
            "The wind sounded like a freight train all night.",
            "We will rebuild, but it is going to take a long time.",
            "Our crews are working around the clock to get the lights back on.",
            "Everything we own is in the back of that truck.",
            "If you were told to leave, leave now.",
            "The surge is what kills people, not the wind.",
            "I have lived here all my life and I am scared.",
        ],
        "traps": [
            "Traffic on Interstate {interstate} was backed up for hours as residents fled north.",
            "Deputies closed part of US 41 after flooding, a sheriff's spokesman said.",
            "Residents can call the county hotline at (800) 555-0142 for shelter information.",
            "Officials cautioned that the toll may rise as crews reach isolated areas.",
            "Some residents may not be able to return home for weeks.",
            "A Boeing 737 was damaged when it was blown off its stand at the airport.",
            "Hospitals still following COVID-19 protocols reported long waits.",
        ],
        "dateline": city.upper(),
        "region": "us",
        "first_offset": -1,
    }


# --- topic: an earthquake -------------------------------------------------------------------------------------------


def topic_quake(rng: random.Random, day: date) -> dict[str, Any]:
    country = rng.choice(QUAKE_COUNTRIES)
    province, town1, city = town(rng), town(rng), town(rng)
    hour, minute = rng.randint(0, 23), rng.randint(0, 59)
    magnitude = round(rng.uniform(5.6, 7.9), 1)
    last_big = rng.randint(1960, day.year - 5)
    ctx = {
        "country": country,
        "province": province,
        "town": town1,
        "city": city,
        "valley": town(rng),
        "agency": rng.choice(
            ["the national disaster agency", "the civil protection service", "the disaster management authority"]
        ),
    }
    ctx["agency_cap"] = ctx["agency"][0].upper() + ctx["agency"][1:]
    facts = [
        Fact(
            "quake_day",
            "date",
            day,
            _d(
                [
                    "A powerful earthquake struck {province} province {quake_day} {quake_time}.",
                    "The quake hit {quake_day} {quake_time}, when many people were asleep.",
                    "The earthquake struck {quake_day}, toppling buildings in {town} and {city}.",
                ]
            ),
            p=0.95,
        ),
        Fact(
            "quake_time", "time", time(hour, minute), ["The first shock was felt {quake_time}, residents said."], p=0.35
        ),
        Fact(
            "magnitude",
            "number",
            magnitude,
            [
                "The magnitude {magnitude} quake was centred near {town}, seismologists said.",
                "Seismologists measured the quake at magnitude {magnitude}.",
            ],
            p=0.9,
            integer=False,
        ),
        Fact(
            "depth",
            "qty",
            rng.randint(8, 60),
            [
                "The quake struck at a depth of {depth}, according to the geological survey.",
                "It was a shallow quake, only {depth} deep.",
            ],
            unit="km",
            p=0.6,
        ),
        Fact(
            "distance",
            "qty",
            rng.randint(15, 120),
            ["The epicentre was {distance} from {city}, the provincial capital."],
            unit="km",
            p=0.45,
        ),
        Fact("felt", "qty", rng.randint(200, 900), ["Tremors were felt {felt} away."], unit="km", p=0.3),
        Fact(
            "shaking",
            "duration",
            rng.randint(20, 90),
            ["The shaking lasted about {shaking}, residents said."],
            unit="second",
            p=0.3,
        ),
        Fact(
            "deaths",
            "count",
            rng.randint(20, 2500),
            [
                "At least {deaths} people were killed, according to {agency}.",
                "The death toll climbed to {deaths}, officials said.",
                "{agency_cap} said {deaths} people had died.",
            ],
            growth=1.3,
            p=0.9,
        ),
        Fact(
            "injured",
            "count",
            rng.randint(100, 9000),
            ["More than {injured:bare} people were injured.", "Hospitals treated {injured} injured people."],
            growth=1.2,
            p=0.6,
        ),
        Fact(
            "trapped",
            "count",
            rng.randint(50, 900),
            [
                "Rescuers believed {trapped} people were still trapped.",
                "As many as {trapped:exact} people may still be under the rubble.",
            ],
            p=0.35,
            conflict_ok=False,
        ),
        Fact(
            "rescued",
            "count",
            rng.randint(30, 800),
            ["Rescuers pulled {rescued} people alive from the rubble."],
            growth=1.2,
            p=0.35,
        ),
        Fact(
            "buildings",
            "count",
            rng.randint(200, 12000),
            [
                "{buildings} buildings collapsed or were badly damaged.",
                "Engineers said {buildings} buildings were destroyed.",
            ],
            p=0.55,
        ),
        Fact("schools", "count", rng.randint(20, 400), ["{schools} schools were damaged."], p=0.25),
        Fact(
            "villages",
            "count",
            rng.randint(10, 120),
            ["{villages} villages in the {valley} valley were cut off by landslides."],
            p=0.3,
        ),
        Fact(
            "aftershocks",
            "count",
            rng.randint(40, 400),
            [
                "The region was rattled by {aftershocks} aftershocks.",
                "Seismologists recorded {aftershocks} aftershocks.",
            ],
            growth=1.3,
            p=0.5,
        ),
        Fact(
            "big_aftershock",
            "number",
            round(magnitude - rng.uniform(0.6, 1.5), 1),
            ["The strongest aftershock measured {big_aftershock}."],
            p=0.3,
            integer=False,
        ),
        Fact(
            "rescuers",
            "count",
            rng.randint(2000, 30000),
            ["{rescuers} rescue workers were searching the rubble.", "The government deployed {rescuers} rescuers."],
            p=0.5,
        ),
        Fact("teams", "count", rng.randint(5, 40), ["{teams} international search teams had arrived."], p=0.3),
        Fact(
            "tents", "count", rng.randint(2, 60) * 1000, ["The Red Crescent set up {tents} tents for survivors."], p=0.3
        ),
        Fact(
            "aid",
            "money",
            rng.randint(5, 300) * 1e6,
            ["The United Nations released {aid} in emergency aid.", "International donors pledged {aid} for relief."],
            unit="USD",
            p=0.4,
        ),
        Fact(
            "rebuild",
            "money",
            round(rng.uniform(0.5, 20), 1) * 1e9,
            [
                "The government said it had set aside {rebuild} for reconstruction.",
                "The World Bank estimated the cost of rebuilding at {rebuild}.",
            ],
            unit="USD",
            p=0.35,
            integer=False,
        ),
        Fact(
            "displaced",
            "count",
            rng.randint(10, 400) * 1000,
            ["{displaced} people were left homeless.", "Officials said {displaced} people had been displaced."],
            p=0.45,
        ),
        Fact(
            "population",
            "count",
            round(rng.uniform(0.8, 9), 1) * 1e6,
            ["{province} province is home to {population} people."],
            p=0.3,
        ),
        Fact(
            "power_out",
            "percent",
            rng.randint(20, 90),
            ["{power_out} of households in the province were without electricity."],
            p=0.3,
        ),
        Fact(
            "last_big",
            "year",
            last_big,
            ["It was the strongest quake to hit the region since {last_big:bare}."],
            p=0.35,
            conflict_ok=False,
        ),
        Fact(
            "last_toll",
            "count",
            rng.randint(100, 5000),
            ["The {last_big:bare} quake killed {last_toll} people."],
            p=0.25,
        ),
    ]
    return {
        "ctx": ctx,
        "facts": facts,
        "slug": f"{country.lower()}-{province.lower()}-earthquake",
        "titles": [
            "Deadly quake strikes {country}'s {province} province",
            "Rescuers dig through rubble in {town}",
            "{country} earthquake toll rises",
            "Quake flattens towns across {province}",
        ],
        "ledes": [
            "A magnitude {magnitude} earthquake struck {country}'s {province} province {quake_day}, killing "
            "at least {deaths} people and flattening homes in {town}.",
            "Rescuers in {country} searched collapsed buildings after an earthquake hit {province} province "
            "{quake_day}.",
        ],
        "background": [
            "Rescuers worked with heavy machinery and bare hands to reach people trapped under concrete.",
            "Many of the buildings that fell were built before modern codes were introduced.",
            "Roads into the mountains were blocked by landslides, slowing the arrival of aid.",
            "Families slept in cars and tents, afraid to go back indoors.",
            "The government declared a period of national mourning.",
            "Hospitals in {city} were overwhelmed and set up tents in their car parks.",
            "Neighbouring countries offered search teams and medical supplies.",
            "Power and mobile phone networks were down across much of the province.",
            "Seismologists warned that strong aftershocks remained likely.",
            "Schools across {province} were turned into temporary shelters.",
            "Engineers began inspecting dams and bridges for damage.",
            "Volunteers formed lines to pass buckets of rubble away from collapsed homes.",
            "Cold weather added to the misery of those sleeping outdoors.",
            "Sniffer dogs were brought in to help locate survivors.",
            "Officials promised an investigation into whether builders had cut corners.",
            "Long queues formed outside bakeries that had reopened.",
        ],
        "local": [
            "{rp}, {r:age}, said {rhe} had been trapped for {r:dur:hour:5:30} before neighbours dug {rhim} out.",
            "In {town}, {r:count:10:60} members of one extended family were missing.",
            "A field hospital in {city} was treating about {r:count:100:600} patients a day.",
            "The road to the {valley} valley, a drive of {r:dur:hour:2:5} in normal times, was blocked in "
            "{r:count:4:15} places.",
            "{rp} said {rhe} walked {r:qty:km:5:25} to reach the nearest aid station.",
            "A bakery in {city} was handing out {r:count:1000:5000} loaves a day.",
            "Rescuers in {town} worked in shifts of {r:dur:hour:6:12}.",
        ],
        "roles": [
            "a rescue coordinator with the Red Crescent",
            "a seismologist at {university}",
            "a shopkeeper in {town}",
            "the governor of {province}",
            "a doctor at the main hospital in {city}",
            "a {rspokes} for {agency}",
            "a teacher in {town}",
        ],
        "quotes": [
            "We heard voices under the rubble for hours.",
            "The ground moved like the sea.",
            "We need heavy equipment, and we need it now.",
            "Every minute counts for the people still trapped.",
            "My whole street is gone.",
            "We are sleeping outside because we are afraid.",
            "We have not slept since the ground started shaking.",
            "The help is coming, but slowly.",
        ],
        "traps": [
            "Aid flights landed on Runway 2 at the provincial airport.",
            "Officials said the toll may rise as rescuers reach remote villages.",
            "Some survivors may have to stay in tents for months.",
            "Relief convoys used Highway 1, the only road still open to the valley.",
            "The main hospital's Ward 7 was evacuated after cracks appeared in its walls.",
        ],
        "dateline": city.upper(),
        "region": "world",
    }


# --- topic: company results ------------------------------------------------------------------------------------------


def topic_earnings(rng: random.Random, day: date) -> dict[str, Any]:
    company = f"{rng.choice(COMPANY_A)} {rng.choice(COMPANY_B)}"
    ceo, ceo_last, pron = person(rng)
    quarter = {1: 4, 2: 4, 3: 4, 4: 1, 5: 1, 6: 1, 7: 2, 8: 2, 9: 2, 10: 3, 11: 3, 12: 3}[day.month]
    revenue = round(rng.uniform(1.5, 90), 2) * 1e9
    growth = round(rng.uniform(2, 30), 1)
    profit = round(revenue * rng.uniform(0.03, 0.25), -6)
    ctx = {
        "company": company,
        "short": company.split()[0],
        "ceo": ceo,
        "ceo_last": ceo_last,
        "ceo_he": pron,
        "ceo_his": "his" if pron == "he" else "her",
        "quarter": ORDINALS[quarter],
        "bank": rng.choice(BANKS),
        "product": f"{rng.choice(['Aero', 'Vista', 'Nova', 'Pulse', 'Atlas'])} {rng.randint(5, 12)}",
        "segment": rng.choice(["cloud", "services", "consumer", "industrial", "medical"]),
        "hq": rng.choice(["Chicago", "Seattle", "Toronto", "London", "Frankfurt", "Austin", "Zurich"]),
    }
    facts = [
        Fact(
            "results_day",
            "date",
            day,
            _d(
                [
                    "{company} reported its results {results_day}.",
                    "{company} said {results_day} that {quarter}-quarter revenue rose {rev_growth}.",
                    "Shares in {short} moved sharply after the company published results {results_day}.",
                ]
            ),
            p=0.9,
        ),
        Fact(
            "call_day",
            "date",
            day + timedelta(days=rng.choice([0, 1])),
            _d(
                ["Executives discussed the results with analysts on a call {call_day}."],
                ["Executives will discuss the results with analysts {call_day}."],
            ),
            p=0.3,
        ),
        Fact(
            "revenue",
            "money",
            revenue,
            [
                "Revenue for the {quarter} quarter came in at {revenue}.",
                "{short} said quarterly sales reached {revenue}, up {rev_growth} from a year earlier.",
                "The company booked revenue of {revenue} in the three months to the end of the quarter.",
            ],
            unit="USD",
            p=0.9,
            integer=False,
        ),
        Fact("rev_growth", "percent", growth, ["Sales grew {rev_growth} from a year earlier."], p=0.5, integer=False),
        Fact(
            "analyst_est",
            "money",
            round(revenue * rng.uniform(0.94, 0.99), -7),
            ["Analysts had expected revenue of {analyst_est}, according to a poll of forecasts."],
            unit="USD",
            p=0.35,
            integer=False,
        ),
        Fact(
            "profit",
            "money",
            profit,
            [
                "Net profit was {profit}, the company said.",
                "{short} earned {profit} in the quarter, up from {prior_profit} a year earlier.",
            ],
            unit="USD",
            p=0.7,
            integer=False,
        ),
        Fact(
            "prior_profit",
            "money",
            round(profit * rng.uniform(0.6, 0.95), -6),
            ["A year earlier the company had earned {prior_profit}."],
            unit="USD",
            p=0.3,
            integer=False,
        ),
        Fact(
            "eps",
            "money",
            round(rng.uniform(0.2, 4.5), 2),
            ["Earnings per share were {eps}, ahead of analysts' forecasts.", "{short} earned {eps} a share."],
            unit="USD",
            p=0.5,
            integer=False,
        ),
        Fact(
            "margin",
            "percent",
            round(rng.uniform(6, 32), 1),
            ["The operating margin widened to {margin}."],
            p=0.35,
            integer=False,
        ),
        Fact(
            "seg_rev",
            "money",
            round(revenue * rng.uniform(0.1, 0.4), -7),
            [
                "Revenue from the {segment} division rose {seg_growth} to {seg_rev}.",
                "The {segment} business brought in {seg_rev}.",
            ],
            unit="USD",
            p=0.45,
            integer=False,
        ),
        Fact(
            "seg_growth",
            "percent",
            round(rng.uniform(5, 60), 1),
            ["The {segment} unit grew {seg_growth}."],
            p=0.3,
            integer=False,
        ),
        Fact(
            "jobs",
            "count",
            rng.randint(3, 120) * 100,
            [
                "The company also said it would cut {jobs} jobs as part of a restructuring.",
                "{company} plans to eliminate {jobs} positions, mostly in administration.",
            ],
            p=0.55,
        ),
        Fact(
            "workforce_share",
            "percent",
            rng.randint(2, 15),
            ["The cuts amount to {workforce_share} of its workforce."],
            p=0.3,
        ),
        Fact(
            "sites", "count", rng.randint(3, 40), ["{short} will close {sites} sites over the next two years."], p=0.3
        ),
        Fact(
            "share_move",
            "percent",
            round(rng.uniform(2, 18), 1),
            ["Its shares jumped {share_move} in early trading.", "The stock moved {share_move} on the news."],
            p=0.6,
            integer=False,
        ),
        Fact(
            "share_price",
            "money",
            round(rng.uniform(12, 480), 2),
            ["The shares closed at {share_price}."],
            unit="USD",
            p=0.3,
            integer=False,
            after=True,
        ),
        Fact(
            "dividend",
            "money",
            round(rng.uniform(0.1, 1.5), 2),
            ["The board raised the quarterly dividend to {dividend} a share."],
            unit="USD",
            p=0.35,
            integer=False,
        ),
        Fact(
            "buyback",
            "money",
            rng.randint(5, 100) * 1e8,
            ["The company also announced a share buyback of {buyback}."],
            unit="USD",
            p=0.3,
            integer=False,
        ),
        Fact(
            "capex",
            "money",
            round(revenue * rng.uniform(0.2, 0.6), -8),
            ["{short} plans to spend {capex} on new plants and equipment {this_year}."],
            unit="USD",
            p=0.3,
            integer=False,
        ),
        Fact(
            "this_year",
            "year",
            day.year,
            ["{this_year:bare} is a year of transition, executives said."],
            p=0.0,
            conflict_ok=False,
        ),
        Fact(
            "customers",
            "count",
            round(rng.uniform(1, 60), 1) * 1e6,
            ["The company now has {customers} customers."],
            p=0.3,
        ),
        Fact(
            "ceo_age",
            "age",
            rng.randint(42, 70),
            [
                "{ceo}, {ceo_age}, has led the company since it went public.",
                "The {ceo_age}-year-old chief executive said the company was in its strongest position in years.",
            ],
            p=0.45,
        ),
        Fact(
            "tenure",
            "duration",
            rng.randint(2, 14),
            ["{ceo_last} has run the company for {tenure}."],
            unit="year",
            p=0.3,
        ),
        Fact(
            "guidance",
            "money",
            round(revenue * 4 * rng.uniform(1.0, 1.15), -8),
            [
                "{short} now expects full-year revenue of {guidance}.",
                "For the full year the company forecast sales of about {guidance}.",
            ],
            unit="USD",
            p=0.5,
            integer=False,
        ),
        Fact(
            "streak",
            "ordinal",
            rng.randint(2, 12),
            [
                "It was the {streak} consecutive quarter of higher sales.",
                "Sales have risen for the {streak} quarter in a row.",
            ],
            p=0.4,
        ),
        Fact(
            "market_value",
            "money",
            round(revenue * rng.uniform(3, 15), -9),
            ["The company is valued at {market_value} on the stock market."],
            unit="USD",
            p=0.35,
            integer=False,
        ),
    ]
    return {
        "ctx": ctx,
        "facts": facts,
        "slug": re.sub(r"[^a-z0-9]+", "-", company.lower()) + "-results",
        "titles": [
            "{company} beats forecasts as sales rise",
            "{short} to cut {jobs:exact} jobs",
            "{company} results: what the numbers say",
            "{short} shares move on quarterly results",
        ],
        "ledes": [
            "{company} said {results_day} that revenue reached {revenue} in the {quarter} quarter, and "
            "announced plans to cut {jobs} jobs.",
            "{company}, the {hq}-based group, reported {quarter}-quarter sales of {revenue} {results_day}.",
        ],
        "background": [
            "Analysts had expected weaker numbers after a difficult start to the year.",
            "The company has been trying to reduce its reliance on a handful of large customers.",
            "Executives said demand in Asia remained patchy.",
            "Investors have been waiting for signs that the restructuring is working.",
            "The company did not say which sites would be affected by the cuts.",
            "Unions said they had not been consulted and called for talks.",
            "Rivals have been cutting prices aggressively, squeezing margins across the industry.",
            "The chief executive told analysts that costs were under control.",
            "Higher interest rates have weighed on the sector for months.",
            "The results were published before the market opened in {hq}.",
            "The company has spent heavily on automation and software in recent years.",
            "Some investors have pushed for a break-up of the group.",
            "Suppliers said orders had picked up since the spring.",
            "Currency swings reduced reported sales, the company said.",
            "The board said it remained committed to returning cash to shareholders.",
        ],
        "local": [
            "At the {hq} plant, {rp}, a machinist for {r:dur:year:5:25}, said workers learned of the cuts from the "
            "news.",
            "A fund manager said {rhe} had trimmed {rhis} stake by {r:pct:10:40} before the results.",
            "The company's {product} model now accounts for about {r:pct:10:35} of sales in its home market.",
            "Options traders had bet on a move of {r:pct:4:9} in either direction.",
            "{rp}, an analyst who has covered the company for {r:dur:year:4:15}, raised {rhis} price target to "
            "{r:usd:20:400}.",
            "Trading volume was {r:count:2:6} times the daily average.",
        ],
        "roles": [
            "an analyst at {bank}",
            "the chief financial officer",
            "a portfolio manager who holds the stock",
            "a union representative at the {hq} plant",
            "a {rspokes} for {short}",
        ],
        "quotes": [
            "The numbers are better than feared, but the outlook is cautious.",
            "We are building a leaner, faster company.",
            "Investors wanted proof, and they got some today.",
            "The cuts are painful but necessary.",
            "Demand is recovering, just not evenly.",
            "The balance sheet gives them room to manoeuvre.",
            "We found out from the news, like everyone else.",
        ],
        "traps": [
            "The company said its {product} line would continue to be built in {hq}.",
            "Executives said prices may rise again later in the year.",
            "The chief executive said the board may consider a larger share buyback.",
            "The group sold bonds under Rule 144A, filings show.",
            "Margaret May, a spokeswoman for {short}, declined to comment on the job cuts.",
        ],
        "dateline": ctx["hq"].upper(),
        "region": "world",
    }


# --- topic: a bridge / rail project ---------------------------------------------------------------------------------


def topic_project(rng: random.Random, day: date) -> dict[str, Any]:
    country, adj, cap = rng.choice(COUNTRIES)
    kind, kind_cap = rng.choice(BRIDGE_KINDS)
    name = f"{town(rng)} {kind_cap}"
    opening = day + timedelta(days=rng.randint(20, 70))
    currency = rng.choice(["USD", "USD", "EUR", "CNY"])
    cost = round(rng.uniform(0.8, 25), 2) * 1e9
    overrun = rng.randint(10, 90)
    years = rng.randint(4, 12)
    ctx = {
        "country": country,
        "adj": adj,
        "cap": cap,
        "project": f"the {name}",
        "Project": f"The {name}",
        "kind": kind,
        "city1": town(rng),
        "city2": town(rng),
        "contractor": rng.choice(COMPANY_A) + " Construction",
        "minister": person(rng)[0],
        "bank": rng.choice(
            ["the Asian Infrastructure Investment Bank", "the European Investment Bank", "a state development bank"]
        ),
    }
    facts = [
        Fact(
            "opening",
            "date",
            opening,
            _d(
                ["{Project} opened to traffic {opening}."],
                ["{Project} is due to open {opening}, officials said.", "{Project} will open to the public {opening}."],
            ),
            p=0.8,
        ),
        Fact(
            "announce_day",
            "date",
            day,
            _d(
                [
                    "The transport minister, {minister}, announced the opening date {announce_day}.",
                    "Officials confirmed the schedule {announce_day} after a final safety inspection.",
                ],
                ["Officials will confirm the schedule {announce_day}."],
            ),
            p=0.5,
        ),
        Fact(
            "cost",
            "money",
            cost,
            [
                "The project cost {cost}, well above the original budget.",
                "{Project} was built at a cost of {cost}.",
                "Critics have questioned the price tag of {cost}.",
            ],
            unit=currency,
            p=0.85,
            integer=False,
        ),
        Fact(
            "budget",
            "money",
            round(cost / (1 + overrun / 100), -7),
            [
                "The original budget was {budget}.",
                "When the contract was signed the project was expected to cost {budget}.",
            ],
            unit=currency,
            p=0.35,
            integer=False,
        ),
        Fact("overrun", "percent", overrun, ["The final cost was {overrun} above the original estimate."], p=0.35),
        Fact(
            "loan",
            "money",
            round(cost * rng.uniform(0.2, 0.6), -7),
            ["The project was financed in part with a loan of {loan} from {bank}."],
            unit=currency,
            p=0.3,
            integer=False,
        ),
        Fact(
            "length",
            "qty",
            round(rng.uniform(3, 55), 1),
            [
                "The {kind} stretches {length} between {city1} and {city2}.",
                "At {length}, it will be among the longest crossings in the region.",
            ],
            unit="km",
            p=0.8,
            integer=False,
        ),
        Fact("span", "qty", rng.randint(300, 1900), ["Its main span measures {span}."], unit="m", p=0.35),
        Fact(
            "height",
            "qty",
            rng.randint(60, 350),
            ["Its main towers rise {height} above the water.", "The tallest pylon stands {height} high."],
            unit="m",
            p=0.45,
        ),
        Fact(
            "depth",
            "qty",
            rng.randint(20, 90),
            ["At its deepest point the crossing sits {depth} below sea level."],
            unit="m",
            p=0.25,
        ),
        Fact(
            "steel",
            "qty",
            rng.randint(50, 900) * 1000,
            ["Builders used {steel} of steel.", "The structure contains {steel} of steel."],
            unit="t",
            p=0.4,
        ),
        Fact(
            "concrete", "qty", rng.randint(200, 3000) * 1000, ["Crews poured {concrete} of concrete."], unit="m3", p=0.3
        ),
        Fact(
            "workers",
            "count",
            rng.randint(800, 15000),
            ["At the peak of construction {workers} workers were on site.", "{workers} people worked on the project."],
            p=0.45,
        ),
        Fact(
            "worker_deaths",
            "count",
            rng.randint(2, 14),
            ["{worker_deaths} workers died during construction, according to unions."],
            p=0.25,
        ),
        Fact(
            "years",
            "duration",
            years,
            ["Construction took {years}.", "The project has taken {years} to complete."],
            unit="year",
            p=0.5,
        ),
        Fact(
            "start_year", "year", opening.year - years, ["Work began in {start_year:bare}."], p=0.3, conflict_ok=False
        ),
        Fact("lanes", "count", rng.choice([4, 6, 8]), ["The deck carries {lanes} lanes of traffic."], p=0.3),
        Fact(
            "vehicles",
            "count",
            rng.randint(20, 120) * 1000,
            ["Planners expect {vehicles} vehicles a day to use the crossing."],
            p=0.45,
        ),
        Fact(
            "passengers",
            "count",
            round(rng.uniform(2, 30), 1) * 1e6,
            ["The operator expects {passengers} passengers a year."],
            p=0.3,
        ),
        Fact(
            "speed",
            "qty",
            rng.choice([80, 100, 120, 160, 200, 250]),
            ["Trains and cars will be allowed to travel at up to {speed}."],
            unit="kmh",
            p=0.3,
        ),
        Fact(
            "time_saved",
            "duration",
            rng.randint(20, 150),
            ["The link will cut travel times by {time_saved}.", "Officials say journeys will be {time_saved} shorter."],
            unit="minute",
            p=0.5,
        ),
        Fact(
            "ferry_time",
            "duration",
            rng.randint(40, 180),
            ["The ferry crossing it replaces takes {ferry_time}."],
            unit="minute",
            p=0.3,
        ),
        Fact(
            "toll",
            "money",
            round(rng.uniform(3, 40), 1),
            ["A one-way toll will cost {toll}."],
            unit=currency,
            p=0.35,
            integer=False,
        ),
        Fact(
            "design_life",
            "duration",
            rng.choice([100, 120, 150]),
            ["Engineers designed it to last {design_life}."],
            unit="year",
            p=0.25,
        ),
        Fact(
            "rank", "ordinal", rng.randint(2, 9), ["It is the {rank} longest crossing of its kind in the world."], p=0.3
        ),
    ]
    return {
        "ctx": ctx,
        "facts": facts,
        "slug": re.sub(r"[^a-z0-9]+", "-", name.lower()),
        "titles": [
            "{Project} set to open",
            "{country}'s new {kind} nears completion",
            "{Project}: cost, delays and what comes next",
            "{city1} and {city2} to be linked by new {kind}",
        ],
        "ledes": [
            "{Project}, a {kind} linking {city1} and {city2}, will open {opening} after {years} of "
            "construction, officials said.",
            "{country}'s transport ministry said {Project} will open {opening} at a cost of {cost}.",
        ],
        "background": [
            "The project was dogged by delays, lawsuits and disputes with contractors.",
            "Engineers had to redesign the foundations after finding softer ground than expected.",
            "Local businesses hope the link will bring more visitors to the region.",
            "Environmental groups warned about the effect on fisheries and wetlands.",
            "Ferry operators on the route say they will cut services once the crossing opens.",
            "The government has presented the project as a symbol of national ambition.",
            "Residents in {city1} complained about years of noise and dust.",
            "The contract was awarded to a consortium led by {contractor}.",
            "Opposition lawmakers have called for an inquiry into the rising costs.",
            "Tolls will be collected electronically, the operator said.",
            "A final round of load tests was carried out with lorries filled with sand.",
            "The opening ceremony is expected to draw senior officials from {cap}.",
            "Property prices in {city2} have risen on hopes of faster links to the capital.",
            "Divers and engineers spent months inspecting the foundations.",
        ],
        "local": [
            "{rp}, {r:age}, who has run a ferry kiosk in {city2} for {r:dur:year:8:30}, said {rhe} expected to close.",
            "A hotel near the {city1} approach has added {r:count:20:120} rooms in anticipation.",
            "Commuters currently spend up to {r:dur:hour:2:3} a day on the journey, a survey found.",
            "During the final tests, {r:count:30:90} lorries were parked on the deck at once.",
            "The viewing platform sits {r:qty:m:40:120} above the water.",
            "{rp}, a welder on the project, said {rhe} had worked night shifts for {r:dur:month:8:30}.",
        ],
        "roles": [
            "a civil engineer at {university}",
            "the transport minister, {minister}",
            "a {rspokes} for {contractor}",
            "a ferry captain in {city2}",
            "the mayor of {city1}",
            "a commuter from {city2}",
        ],
        "quotes": [
            "This will change how people live and work in the region.",
            "The delays were frustrating, but safety had to come before speed.",
            "We have waited a very long time for this.",
            "The cost is hard to justify, whatever the benefits.",
            "It is a remarkable piece of engineering.",
            "Nobody asked the people who live here.",
            "Once it opens, nobody will remember the delays.",
        ],
        "traps": [
            "Buses will run on Line 4 between the two terminals.",
            "The operator said tolls may be waived on the opening weekend.",
            "Engineers said the surface may need repairs within a few years.",
            "A viewing deck modelled on Pier 39 in San Francisco is planned for the {city2} side.",
            "Lawyers for the contractor cited Article 12 of the contract.",
        ],
        "dateline": ctx["city1"].upper(),
        "region": "world",
    }


# --- topic: a wildfire ---------------------------------------------------------------------------------------------


def topic_fire(rng: random.Random, day: date) -> dict[str, Any]:
    state = rng.choice(sorted(FIRE_STATES))
    city = rng.choice(FIRE_STATES[state])
    name = f"{town(rng)} Fire"
    start = day - timedelta(days=rng.randint(1, 5))
    ctx = {
        "fire": f"the {name}",
        "Fire": f"The {name}",
        "name": name,
        "state": state,
        "city": city,
        "agency": rng.choice(["Cal Fire", "the state forestry department", "fire officials"]),
        "highway": str(rng.choice([1, 20, 36, 50, 97, 299])),
        "canyon": town(rng),
    }
    facts = [
        Fact(
            "start",
            "date",
            start,
            _d(["{Fire} broke out {start} near {city}.", "The fire started {start} in dry brush near {city}."]),
            p=0.8,
        ),
        Fact(
            "red_flag_end",
            "date",
            day + timedelta(days=rng.randint(5, 8)),
            _d(
                ["A red flag warning expired {red_flag_end}."],
                [
                    "A red flag warning will remain in effect until {red_flag_end}.",
                    "Forecasters said dangerous fire weather will last until {red_flag_end}.",
                ],
            ),
            p=0.3,
        ),
        Fact(
            "area",
            "qty",
            rng.randint(2, 120) * 1000,
            [
                "{Fire} has burned {area}, according to {agency}.",
                "The blaze has scorched {area} of forest and brush.",
                "By the latest count the fire covered {area}.",
            ],
            unit="ha",
            growth=1.15,
            p=0.9,
        ),
        Fact(
            "perimeter", "qty", rng.randint(30, 200), ["The fire's perimeter stretched {perimeter}."], unit="km", p=0.25
        ),
        Fact("overnight", "percent", rng.randint(10, 80), ["The fire grew {overnight} overnight."], p=0.35),
        Fact(
            "contained",
            "percent",
            rng.randint(0, 60),
            ["It was {contained} contained.", "Firefighters had the blaze {contained} contained."],
            p=0.7,
        ),
        Fact(
            "homes",
            "count",
            rng.randint(20, 3000),
            ["{homes} homes were destroyed.", "The fire has destroyed {homes} homes and other buildings."],
            growth=1.1,
            p=0.7,
        ),
        Fact(
            "threatened",
            "count",
            rng.randint(2, 30) * 1000,
            ["Another {threatened} structures were threatened."],
            p=0.35,
        ),
        Fact(
            "evacuated",
            "count",
            rng.randint(2, 90) * 1000,
            ["{evacuated} people were under evacuation orders.", "Evacuation orders covered {evacuated} residents."],
            p=0.6,
        ),
        Fact(
            "firefighters",
            "count",
            rng.randint(500, 6000),
            [
                "{firefighters} firefighters were battling the blaze.",
                "More than {firefighters:bare} firefighters were assigned to the fire.",
            ],
            p=0.6,
        ),
        Fact("engines", "count", rng.randint(80, 700), ["Crews had {engines} fire engines on the lines."], p=0.3),
        Fact(
            "aircraft", "count", rng.randint(8, 60), ["{aircraft} aircraft were dropping water and retardant."], p=0.35
        ),
        Fact(
            "deaths",
            "count",
            rng.randint(1, 25),
            ["At least {deaths} people have died.", "The fire has killed {deaths} people, the sheriff said."],
            growth=1.2,
            p=0.5,
        ),
        Fact("ff_injured", "count", rng.randint(2, 30), ["{ff_injured} firefighters have been injured."], p=0.3),
        Fact(
            "gusts",
            "qty",
            rng.randint(60, 130),
            ["Wind gusts of up to {gusts} drove the flames.", "Gusts reached {gusts} overnight."],
            unit="kmh",
            p=0.45,
        ),
        Fact("humidity", "percent", rng.randint(4, 15), ["Humidity dropped to {humidity} in the afternoon."], p=0.3),
        Fact(
            "power_off",
            "count",
            rng.randint(5, 200) * 1000,
            ["The utility cut power to {power_off} customers to prevent new fires."],
            p=0.35,
        ),
        Fact(
            "aqi",
            "count",
            rng.randint(150, 480),
            ["The air quality index in {city} reached {aqi:exact}, a level considered hazardous."],
            p=0.3,
        ),
        Fact(
            "cost",
            "money",
            rng.randint(10, 400) * 1e6,
            ["Fighting the fire has cost {cost} so far."],
            unit="USD",
            p=0.35,
        ),
        Fact(
            "last_area",
            "qty",
            rng.randint(100, 900) * 1000,
            ["Wildfires burned {last_area} across {state} {last_year}."],
            unit="ha",
            p=0.25,
        ),
        Fact(
            "last_year",
            "year",
            day.year - 1,
            ["The {last_year:bare} season was one of the worst on record."],
            p=0.0,
            conflict_ok=False,
        ),
        Fact(
            "rank",
            "ordinal",
            rng.randint(2, 9),
            ["It is already the {rank} largest fire in the state's history."],
            p=0.3,
        ),
    ]
    return {
        "ctx": ctx,
        "facts": facts,
        "slug": re.sub(r"[^a-z0-9]+", "-", name.lower()) + "-" + state.lower(),
        "titles": [
            "{name} grows as winds pick up",
            "Thousands flee {name} near {city}",
            "{name}: homes lost, crews stretched",
            "{state} fire forces evacuations near {city}",
        ],
        "ledes": [
            "{Fire}, which broke out {start} near {city}, has burned {area} and destroyed {homes} homes.",
            "Firefighters in {state} struggled to contain {fire} near {city}, which was {contained} contained.",
        ],
        "background": [
            "Thick smoke drifted across the valley, and officials urged people to stay indoors.",
            "Crews cut firebreaks along ridgelines to protect homes on the edge of town.",
            "The cause of the fire is under investigation.",
            "Power was shut off to several neighbourhoods to reduce the risk of new fires.",
            "Residents who fled waited for news in motel rooms and at evacuation centres.",
            "Firefighters said dry vegetation and low humidity made the fire hard to fight.",
            "Schools in the area were closed because of poor air quality.",
            "The governor requested federal help with the firefighting effort.",
            "Animal shelters took in horses and pets left behind by evacuees.",
            "Forecasters warned that dry winds could return later in the week.",
            "The flames jumped a ridge above {canyon} Canyon late in the day.",
            "Crews from neighbouring states arrived to relieve exhausted firefighters.",
            "Ash fell like snow on cars and driveways across {city}.",
            "Insurers have been pulling back from the area in recent years, residents said.",
        ],
        "local": [
            "{rp}, {r:age}, said {rhe} had {r:dur:minute:10:30} to grab {rhis} documents and leave.",
            "On one road above {canyon} Canyon, {r:count:10:40} houses were reduced to ash.",
            "An evacuation centre at a high school in {city} was housing {r:count:200:900} people.",
            "{rp} said the flames came within {r:qty:m:50:400} of {rhis} house before the wind shifted.",
            "A crew of {r:count:15:25} firefighters spent the night protecting a single street.",
            "The smoke plume rose {r:qty:km:5:12} into the air, according to satellite images.",
        ],
        "roles": [
            "a battalion chief with {agency}",
            "the county sheriff",
            "a rancher who lost {rhis} barn",
            "a {rspokes} for the utility",
            "a fire ecologist at {university}",
            "an evacuee from {canyon} Canyon",
        ],
        "quotes": [
            "We had minutes to get out.",
            "The wind is the enemy right now.",
            "Crews are exhausted, but they are holding the line.",
            "I could see the glow from my kitchen.",
            "This fire behaves differently from anything we have seen.",
            "We lost everything but the dog.",
            "Please leave when you are told to leave.",
        ],
        "traps": [
            "Highway {highway} was closed in both directions.",
            "Officials said the fire may jump the river if the wind shifts.",
            "Evacuees may be allowed back in some areas soon, the sheriff said.",
            "An evacuation centre opened at Lot 5 of the county fairgrounds.",
            "Residents can call (530) 555-0187 for updates.",
        ],
        "dateline": city.upper(),
        "region": "us",
    }


TOPICS: dict[str, Callable[[random.Random, date], dict[str, Any]]] = {
    "summit": topic_summit,
    "storm": topic_storm,
    "quake": topic_quake,
    "earnings": topic_earnings,
    "project": topic_project,
    "wildfire": topic_fire,
}

# ------------------------------------------------------------------ filler without figures

F_SUBJECTS = [
    "Local officials",
    "Residents",
    "Analysts",
    "Critics",
    "Opposition lawmakers",
    "Business groups",
    "Independent experts",
    "Community leaders",
    "Economists",
    "Aid workers",
    "Industry executives",
    "Regional authorities",
    "Diplomats",
    "Several people familiar with the matter",
    "Union leaders",
    "Government officials",
    "Observers",
    "Lawyers",
    "Academics",
    "Commentators on state television",
    "Consumer groups",
    "Insurers",
]
F_VERBS = [
    "said",
    "warned",
    "argued",
    "cautioned",
    "noted",
    "insisted",
    "acknowledged",
    "suggested",
    "stressed",
    "complained",
    "predicted",
    "conceded",
]
F_CLAUSES = [
    "the full picture would not be clear for some time",
    "the response so far had been uneven",
    "the decision reflected months of quiet negotiation",
    "the public deserved a fuller explanation",
    "the costs would ultimately fall on ordinary households",
    "officials had moved faster than in the past",
    "much depended on decisions still to be made in the capital",
    "the lessons of previous crises had not been fully learned",
    "confidence in official figures remained fragile",
    "the coming weeks would test everyone's patience",
    "communication between agencies had improved",
    "the situation on the ground was changing quickly",
    "there was little appetite for a long dispute",
    "they had been given too little warning",
    "the government would face hard questions",
    "smaller towns risked being overlooked",
    "the plan left important questions unanswered",
    "the damage to trust would take longer to repair",
    "outside help had arrived faster than expected",
    "the details were still being worked out",
    "the official account left out important context",
    "planning had begun long before the announcement",
    "the real test would come when attention moved elsewhere",
    "political rivals would seize on any misstep",
    "the most vulnerable people had the fewest options",
    "the numbers alone did not tell the whole story",
    "there were few easy choices left",
    "earlier warnings had gone unheeded",
    "the episode exposed long-standing weaknesses",
    "the reaction abroad had been muted",
    "it was too soon to draw firm conclusions",
    "cooperation between rival agencies had been unusually good",
    "local knowledge had proved more useful than official maps",
    "the cost of doing nothing would have been higher",
]
F_TAILS = [
    "",
    "",
    "",
    " in a statement",
    " at a briefing",
    " in interviews",
    " on social media",
    ", speaking on condition of anonymity,",
    " in written comments",
    " privately",
    " in a television interview",
]
F_STANDALONE = [
    "The details could not be independently verified.",
    "Officials did not respond to requests for comment.",
    "It was not immediately clear how the decision would be carried out.",
    "A spokesperson declined to comment.",
    "Further updates are expected later.",
    "The situation remains fluid, officials said.",
    "Questions about accountability are likely to linger.",
    "The statement did not say who would pay.",
    "Reporters were not allowed into the building.",
    "The announcement drew a cautious response.",
    "Much remains uncertain.",
    "Officials promised a full review once the immediate work is done.",
    "The mood in the briefing room was sombre.",
    "Not everyone was convinced.",
]
GENERIC_QUOTES = [
    "We are doing everything we can.",
    "It is too early to say what comes next.",
    "People need clear answers, and they need them soon.",
    "We will get through this together.",
    "I have never seen anything like it.",
    "There are no easy answers here.",
    "Our priority is the people who are most affected.",
]


# ------------------------------------------------------------------ stories and articles


def make_story(rng: random.Random, index: int) -> Story:
    topic = rng.choice(sorted(TOPICS))
    day = date(2022, 1, 1) + timedelta(days=rng.randint(40, 3 * 365 - 60))
    if day.month in (1, 12):  # keep "last year" and relative dates away from the turn of the year
        day = day.replace(month=rng.randint(3, 10), day=min(day.day, 28))
    spec = TOPICS[topic](rng, day)
    spec["ctx"].setdefault("university", rng.choice(UNIVERSITIES))
    return Story(
        id=f"s{index:05d}",
        topic=topic,
        slug=spec["slug"],
        day=day,
        ctx=spec["ctx"],
        facts={f.key: f for f in spec["facts"]},
        titles=spec["titles"],
        ledes=spec["ledes"],
        background=spec["background"],
        local=spec["local"],
        roles=spec["roles"],
        quotes=spec["quotes"],
        traps=spec["traps"],
        dateline=spec["dateline"],
        region=spec["region"],
        first_offset=spec.get("first_offset", 0),
    )


@dataclass
class Plan:
    outlet: Outlet
    published: date
    n: int
    facts: set[str] = field(default_factory=set)
    wrong: dict[str, Any] = field(default_factory=dict)  # planted conflicts: fact key → wrong value


def _fields(template: str) -> list[tuple[str, str]]:
    return [(f, spec or "") for _, f, spec, _ in _FMT.parse(template) if f]


def wrong_value(rng: random.Random, fact: Fact, true: Any) -> Any:
    """A plausible reporting error."""
    if fact.kind == "date":
        return true + timedelta(days=rng.choice([-2, -1, 1, 2]))
    if fact.kind == "time":
        return time((true.hour + rng.choice([-2, -1, 1, 2])) % 24, true.minute)
    if fact.kind in ("age", "ordinal", "duration"):
        return max(1, true + rng.choice([-1, 1]) * (1 if fact.kind == "age" else rng.randint(1, 2)))
    if fact.kind == "percent":
        return round(max(0.5, true + rng.choice([-1, 1]) * rng.uniform(3, 12)), 0 if fact.integer else 1)
    if fact.kind == "number":  # a magnitude
        return round(true + rng.choice([-1, 1]) * rng.choice([0.2, 0.3, 0.5]), 1)
    mode = rng.random()
    if fact.kind in ("money", "count") and true >= 2e6 and mode < 0.3:  # million/billion slip
        return true * 1000 if true < 1e9 else true / 1000
    if mode < 0.5 and isinstance(true, int) and true >= 10:  # transposed digits
        digits = list(str(true))
        i = rng.randrange(len(digits) - 1)
        if digits[i] != digits[i + 1]:
            digits[i], digits[i + 1] = digits[i + 1], digits[i]
            return int("".join(digits))
    value = true * rng.choice([0.6, 0.7, 0.8, 1.25, 1.4, 1.5])
    return round(value) if fact.integer else round(value, 2 if value < 10 else 1 if value < 100 else 0)


class Writer:
    """Renders one article of a story."""

    def __init__(self, story: Story, plan: Plan, rng: random.Random) -> None:
        self.story, self.plan, self.rng = story, plan, rng
        self.day_index = (plan.published - story.day).days
        self.rendered: dict[str, str] = {}

    def value(self, key: str) -> Any:
        if key in self.plan.wrong:
            return self.plan.wrong[key]
        return self.story.facts[key].value_on(self.day_index)

    def future(self, key: str) -> bool:
        return (self.value(key) - self.plan.published).days > 0

    def render_fact(self, key: str, spec: str) -> str:
        fact = self.story.facts[key]
        text = self.render_value(fact.kind, self.value(key), fact.unit, spec, exact=key in self.plan.wrong)
        self.rendered[key] = text
        return text

    def render_value(self, kind: str, value: Any, unit: str, spec: str, exact: bool = False) -> str:
        rng, outlet = self.rng, self.plan.outlet
        exact_p = 1.0 if exact else 0.35
        if kind == "date":
            return render_date(rng, value, self.plan.published, outlet)
        if kind == "time":
            return render_time(rng, value, outlet)
        if kind == "year":
            return render_year(rng, value, self.plan.published, spec)
        if kind == "money":
            return render_money(rng, value, unit, outlet, exact_p=exact_p)
        if kind == "moneyrange":
            low, high = (render_money(rng, v, unit, outlet, exact_p=1.0) for v in value)
            return rng.choice(
                [
                    f"{low} to {high}",
                    f"between {low} and {high}",
                    f"{low}-{high.lstrip('$€£')}" if "$" in low and " " not in low else f"{low} to {high}",
                ]
            )
        if kind == "percent":
            if spec == "bare":
                return render_percent(rng, value, outlet, exact_p=1.0)
            return render_percent(rng, value, outlet, exact_p=1.0 if exact else 0.5)
        if kind == "qty":
            return render_qty(rng, value, unit, outlet, exact_p=exact_p)
        if kind == "qtyrange":
            imperial = outlet.imperial and QTY[unit]["imperial"] is not None
            factor, forms = QTY[unit]["imperial"] if imperial else (1.0, QTY[unit]["metric"])
            low, high = (fmt_num(round(v * factor) if imperial else v, 1) for v in value)
            form = rng.choice(forms)
            return rng.choice(
                [
                    "up to " + form.format(n=high),
                    f"{low} to {form.format(n=high)}",
                    f"between {low} and {form.format(n=high)}",
                ]
            )
        if kind == "count":
            if spec == "bare":  # after "more than" in the template: a round number below the value
                step = 10 ** max(0, int(math.log10(max(value, 1))) - rng.choice([0, 1]))
                return fmt_num(max(1, (value - 1) // step * step), 0)
            if spec == "exact":
                return fmt_num(value, 0)
            shown, q = truthful(rng, value, exact_p=exact_p, integer=True)
            return qual(
                q, big_count(shown, rng, outlet.region == "uk") if shown >= 1000 else count_words(int(shown), rng)
            )
        if kind == "age":
            return str(value)
        if kind == "ordinal":
            return ordinal_text(value, rng)
        if kind == "duration":
            if spec == "adj":
                return f"{count_words(value, rng, 0.95)}-{unit}"
            return f"{count_words(value, rng, 0.6)} {unit}{'s' if value != 1 else ''}"
        if kind == "number":
            return fmt_num(value, 1)
        raise ValueError(kind)

    def random_figure(self, spec: str) -> str:
        """{r:KIND:...}: a figure only this article gives."""
        rng = self.rng
        kind, *args = spec.split(":")
        if kind == "age":
            return str(rng.randint(19, 91))
        if kind == "count":
            return self.render_value("count", rng.randint(int(args[0]), int(args[1])), "", "")
        if kind == "pct":
            return self.render_value("percent", rng.randint(int(args[0]), int(args[1])), "", "")
        if kind == "usd":
            return self.render_value("money", float(rng.randint(int(args[0]), int(args[1]))), "USD", "")
        if kind == "qty":
            lo, hi = float(args[1]), float(args[2])
            value = round(rng.uniform(lo, hi), 1) if hi < 10 else float(rng.randint(int(lo), int(hi)))
            return self.render_value("qty", value, args[0], "")
        if kind == "dur":
            return self.render_value("duration", rng.randint(int(args[1]), int(args[2])), args[0], "")
        raise ValueError(spec)

    def fill(self, template: str, local: dict[str, str] | None = None) -> str:
        local = dict(local or {})
        out: list[str] = []
        for literal, name, spec, _ in _FMT.parse(template):
            out.append(literal)
            if name is None:
                continue
            if name == "r":
                out.append(self.random_figure(spec or ""))
            elif name == "rp":
                full, _last, pron = person(self.rng)
                local.update(pronouns(pron))
                out.append(full)
            elif name in local:
                out.append(local[name])
            elif name in ("rhe", "rHe", "rhis", "rhim", "rspokes"):  # a person named without {rp}
                local.update(pronouns(self.rng.choice(["he", "she"])))
                out.append(local[name])
            elif name in self.story.facts:
                out.append(self.render_fact(name, spec or ""))
            else:
                out.append(self.story.ctx[name])
        text = "".join(out)
        return text[0].upper() + text[1:]

    def usable(self, template: str, primary: str) -> bool:
        for name, _ in _fields(template):
            if name == primary or name not in self.story.facts:
                continue
            fact = self.story.facts[name]
            if fact.kind == "year":
                continue
            if name in self.rendered or name not in self.plan.facts:
                return False
            if fact.kind == "date" and self.future(name):
                return False  # a future date inside a sentence written for another fact (past tense)
        return True

    def templates_for(self, key: str) -> list[str]:
        fact = self.story.facts[key]
        if isinstance(fact.templates, dict):
            return fact.templates["future" if self.future(key) else "past"]
        return fact.templates

    def sentence_for(self, key: str) -> str | None:
        if key in self.rendered:
            return None
        templates = self.templates_for(key)
        options = [t for t in templates if self.usable(t, key)]
        if not options:
            return None
        return self.fill(self.rng.choice(options))

    def quote(self, used: set[str]) -> str:
        rng = self.rng
        name, _last, pron = person(rng)
        local = pronouns(pron)
        roles = [r for r in self.story.roles if r not in used] or self.story.roles
        template = rng.choice(roles)
        used.add(template)
        role = self.fill(template, local)
        role = role[0].lower() + role[1:]
        pool = [q for q in self.story.quotes + GENERIC_QUOTES if q not in used] or self.story.quotes
        text = rng.choice(pool)
        used.add(text)
        if rng.random() < 0.35:
            others = [q for q in self.story.quotes if q not in used]
            if others:
                other = rng.choice(others)
                used.add(other)
                text = f"{text} {other}"
        body = text[:-1] + ","
        if rng.random() < 0.2:  # a single-source age: "said Ana Ruiz, 67, a shelter volunteer."
            return f"“{body}” said {name}, {rng.randint(24, 88)}, {role}."
        if rng.random() < 0.5:
            return f"“{body}” said {name}, {role}."
        return f"“{body}” {name}, {role}, told the {self.plan.outlet.name}."

    def filler(self, used: set[str]) -> str:
        rng = self.rng
        for _ in range(20):
            if rng.random() < 0.25:
                text = rng.choice(F_STANDALONE)
            else:
                clause = rng.choice(F_CLAUSES)
                if clause in used:
                    continue
                used.add(clause)
                text = f"{rng.choice(F_SUBJECTS)} {rng.choice(F_VERBS)}{rng.choice(F_TAILS)} that {clause}."
            if text not in used:
                used.add(text)
                return text
        return rng.choice(F_STANDALONE)

    def article(self) -> tuple[str, str, int]:
        """(title, body, words)."""
        story, rng = self.story, self.rng
        target = rng.randint(*WORDS_TARGET)
        ledes = []
        for t in story.ledes:
            names = [n for n, _ in _fields(t) if n in story.facts and story.facts[n].kind != "year"]
            if any(n not in self.plan.facts for n in names):
                continue
            if any(story.facts[n].kind == "date" and self.future(n) != (" will " in t) for n in names):
                continue
            ledes.append(t)
        lede = self.fill(rng.choice(ledes)) if ledes else self.fill(rng.choice(story.background))
        keys = [k for k in story.facts if k in self.plan.facts]
        order = {k: i for i, k in enumerate(story.facts)}
        keys.sort(key=lambda k: order[k] + rng.uniform(-4, 4))  # news pyramid order, with local shuffles
        figures = [s for s in (self.sentence_for(k) for k in keys) if s]
        for template in rng.sample(story.local, k=min(len(story.local), rng.randint(*LOCAL_FIGURES))):
            figures.insert(rng.randint(1, len(figures)), self.fill(template))
        for template in rng.sample(story.traps, k=rng.randint(1, min(3, len(story.traps)))):
            figures.insert(rng.randint(1, len(figures)), self.fill(template))
        background = [self.fill(t) for t in rng.sample(story.background, k=len(story.background))]
        used: set[str] = set()
        lede = f"{story.dateline} — {lede}"
        words = len(lede.split())
        figure_paragraphs: list[str] = []  # figures keep their order; prose without figures is mixed in evenly
        while figures:
            para = [figures.pop(0) for _ in range(min(len(figures), rng.choice([1, 2, 2, 3])))]
            if rng.random() < 0.3 and background:
                para.append(background.pop())
            figure_paragraphs.append(" ".join(para))
            words += len(figure_paragraphs[-1].split())
        prose: list[str] = []
        n_quotes, max_quotes = 0, rng.randint(2, 5)
        while words < target:
            r = rng.random()
            if r < 0.35 and n_quotes < max_quotes:
                text = self.quote(used)
                n_quotes += 1
            elif background and r < 0.75:
                text = " ".join(background.pop() for _ in range(min(len(background), rng.choice([1, 2]))))
            else:
                text = " ".join(self.filler(used) for _ in range(rng.choice([1, 2])))
            if words + len(text.split()) > target + 30:
                break
            prose.append(text)
            words += len(text.split())
        paragraphs = [lede]
        while figure_paragraphs or prose:
            take_figure = rng.random() < len(figure_paragraphs) / (len(figure_paragraphs) + len(prose))
            paragraphs.append((figure_paragraphs if take_figure else prose).pop(0))
        titles = [
            t for t in story.titles if all(n not in story.facts or n in self.plan.facts for n, _ in _fields(t))
        ] or story.titles[:1]
        title = self.fill(rng.choice(titles))
        body = "\n\n".join(paragraphs) + "\n"
        return title, body, len(body.split())


def plan_story(rng: random.Random, story: Story, n_articles: int, outlets: list[Outlet]) -> list[Plan]:
    pool = [o for o in outlets if story.region != "us" or o.region != "intl" or rng.random() < 0.3]
    n_outlets = min(rng.randint(*OUTLETS_PER_STORY), n_articles)
    chosen = rng.sample(pool, n_outlets)
    counts = [1] * n_outlets
    for _ in range(n_articles - n_outlets):
        counts[rng.randrange(n_outlets)] += 1
    plans: list[Plan] = []
    first = story.first_offset
    single = [o for o in PUBLISHED_OFFSETS if o >= first]
    for outlet, count in zip(chosen, counts, strict=True):
        days = list(range(first, 6))
        offsets = sorted(rng.sample(days, k=min(count, len(days)))) if count > 1 else [rng.choice(single)]
        while len(offsets) < count:
            offsets.append(rng.choice(single))
        for i, offset in enumerate(offsets, start=1):
            plans.append(Plan(outlet, story.day + timedelta(days=offset), i))
    for plan in plans:
        for key, fact in story.facts.items():
            if fact.after and plan.published < story.day:
                continue
            if rng.random() < min(0.95, fact.p * FACT_P_SCALE):
                plan.facts.add(key)
    return plans


def plant_conflicts(rng: random.Random, story: Story, plans: list[Plan]) -> list[dict[str, Any]]:
    planted = []
    # CONFLICT_RATE of all the story's facts (rounded at random), among those at least three articles state
    eligible = [k for k, f in story.facts.items() if f.conflict_ok and sum(k in p.facts for p in plans) >= 3]
    expected = CONFLICT_RATE * len(story.facts)
    n = min(len(eligible), int(expected) + (rng.random() < expected - int(expected)))
    for key in rng.sample(eligible, k=n):
        fact = story.facts[key]
        holders = [p for p in plans if key in p.facts]
        for plan in rng.sample(holders, k=1 if rng.random() < 0.7 else 2):
            true = fact.value_on((plan.published - story.day).days)
            wrong = wrong_value(rng, fact, true)
            if wrong == true:
                continue
            plan.wrong[key] = wrong
            planted.append(
                {
                    "fact": key,
                    "kind": fact.kind,
                    "outlet": plan.outlet.name,
                    "published": plan.published.isoformat(),
                    "true": _jsonable(true),
                    "wrong": _jsonable(wrong),
                }
            )
    return planted


def _jsonable(value: Any) -> Any:
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def _yaml_str(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid YAML scalar


def allocate(n_articles: int, rng: random.Random) -> list[int]:
    """Articles per story: N/20 stories, each 8-32 articles, summing to exactly N."""
    n_stories = max(1, round(n_articles / ARTICLES_PER_STORY))
    weights = [rng.uniform(0.4, 1.6) for _ in range(n_stories)]
    total = sum(weights)
    raw = [w / total * n_articles for w in weights]
    counts = [max(1, int(r)) for r in raw]
    order = sorted(range(n_stories), key=lambda i: raw[i] - int(raw[i]), reverse=True)
    i = 0
    while sum(counts) < n_articles:
        counts[order[i % n_stories]] += 1
        i += 1
    while sum(counts) > n_articles:
        j = max(range(n_stories), key=lambda k: counts[k])
        counts[j] -= 1
    return counts


def build_corpus(root: Path, n_articles: int, seed: int = 7) -> dict[str, Any]:
    """Write the corpus under `root` (which must not exist or be empty); returns the manifest."""
    root.mkdir(parents=True, exist_ok=True)
    outlets = make_outlets(seed)
    counts = allocate(n_articles, random.Random(f"alloc/{seed}/{n_articles}"))
    gold: list[dict[str, Any]] = []
    total_words = 0
    n_facts = n_planted = 0
    outlets_per_story: list[int] = []
    topics: dict[str, int] = {}
    for index, count in enumerate(counts):
        rng = random.Random(f"story/{seed}/{n_articles}/{index}")
        story = make_story(rng, index)
        topics[story.topic] = topics.get(story.topic, 0) + 1
        plans = plan_story(rng, story, count, outlets)
        outlets_per_story.append(len({p.outlet.name for p in plans}))
        planted = plant_conflicts(rng, story, plans)
        n_facts += len(story.facts)
        n_planted += len({p["fact"] for p in planted})
        folder = root / story.topic / f"{story.id}-{story.slug}"
        folder.mkdir(parents=True, exist_ok=True)
        docs = []
        for plan in plans:
            writer = Writer(story, plan, rng)
            title, body, words = writer.article()
            total_words += words
            stem = f"{story.id}-{plan.outlet.slug}-{plan.n}"
            url = f"https://{plan.outlet.slug}.example/{plan.published:%Y/%m/%d}/{story.slug}"
            text = (
                f"---\nsource: {_yaml_str(plan.outlet.name)}\npublished: {plan.published.isoformat()}\n"
                f"title: {_yaml_str(title)}\nurl: {url}\n---\n{body}"
            )
            (folder / f"{stem}.md").write_text(text, encoding="utf-8")
            docs.append(
                {
                    "doc": stem,
                    "source": plan.outlet.name,
                    "published": plan.published.isoformat(),
                    "words": words,
                    "wrong": {k: _jsonable(v) for k, v in plan.wrong.items()},
                }
            )
        gold.append(
            {
                "story": story.id,
                "topic": story.topic,
                "folder": str(folder.relative_to(root)),
                "event_day": story.day.isoformat(),
                "facts": {
                    k: {"kind": f.kind, "value": _jsonable(f.value), "unit": f.unit, "growth": f.growth}
                    for k, f in story.facts.items()
                },
                "planted": planted,
                "documents": docs,
            }
        )
    manifest = {
        "generator_version": GENERATOR_VERSION,
        "seed": seed,
        "articles": n_articles,
        "stories": len(counts),
        "words": total_words,
        "words_per_article": round(total_words / n_articles, 1),
        "outlets_per_story": {
            "min": min(outlets_per_story),
            "max": max(outlets_per_story),
            "mean": round(sum(outlets_per_story) / len(outlets_per_story), 1),
        },
        "articles_per_story": {"min": min(counts), "max": max(counts)},
        "topics": topics,
        "facts": n_facts,
        "facts_with_planted_conflict": n_planted,
        "planted_conflict_share": round(n_planted / max(1, n_facts), 3),
    }
    (root / ".gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (root / ".manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


def corpus_dir(cache: Path, n_articles: int, seed: int) -> Path:
    return cache / f"n{n_articles}-seed{seed}-v{GENERATOR_VERSION}"


def ensure_corpus(cache: Path, n_articles: int, seed: int = 7) -> tuple[Path, dict[str, Any], float | None]:
    """The cached corpus (built when missing or incomplete): (folder, manifest, seconds spent building or None)."""
    import shutil
    import time

    folder = corpus_dir(cache, n_articles, seed)
    manifest_path = folder / ".manifest.json"
    if manifest_path.is_file():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        if manifest.get("articles") == n_articles and manifest.get("generator_version") == GENERATOR_VERSION:
            return folder, manifest, None
    if folder.exists():
        shutil.rmtree(folder)  # a half-written corpus from an interrupted run
    tmp = folder.with_name(folder.name + ".partial")
    if tmp.exists():
        shutil.rmtree(tmp)
    t0 = time.perf_counter()
    manifest = build_corpus(tmp, n_articles, seed)
    tmp.rename(folder)
    return folder, manifest, time.perf_counter() - t0


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Write a synthetic news corpus (see the module docstring).")
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--cache", default=str(Path(__file__).parent / ".corpora"))
    args = parser.parse_args()
    path, info, took = ensure_corpus(Path(args.cache), args.n, args.seed)
    print(path, json.dumps(info), f"built in {took:.1f}s" if took is not None else "(cached)")

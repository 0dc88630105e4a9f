"""Word lists the extractors share: number words, scale words, currencies, qualifiers, calendar names.

Pure data, no logic; each table says what a surface form means.
"""

from __future__ import annotations

import math

UNITS_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
MULTIPLIER_WORDS: dict[str, int] = {"hundred": 100, "thousand": 1_000, "million": 1_000_000,
                                    "billion": 1_000_000_000, "trillion": 1_000_000_000_000}

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
    "ninetieth": 90, "hundredth": 100, "thousandth": 1000,
}

# scale words that multiply the number before them; glued forms ("240bn", "1.5m") are listed separately
SCALE_WORDS: dict[str, float] = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "hundred": 1e2, "dozen": 12, "dozens": 12,
    "bn": 1e9, "bln": 1e9, "mn": 1e6, "mln": 1e6, "tn": 1e12, "trn": 1e12, "crore": 1e7, "lakh": 1e5,
}
GLUED_SCALES: dict[str, float] = {
    "bn": 1e9, "bln": 1e9, "b": 1e9, "mn": 1e6, "mln": 1e6, "m": 1e6, "k": 1e3, "tn": 1e12, "trn": 1e12, "t": 1e12,
}

# currency written before the number: longest first when compiled
CURRENCY_PREFIXES: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "USD": "USD", "US $": "USD", "$": "USD", "A$": "AUD", "AU$": "AUD",
    "C$": "CAD", "CA$": "CAD", "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "NT$": "TWD",
    "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP", "¥": "JPY", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY",
    "元": "CNY", "₽": "RUB", "RUB": "RUB", "₹": "INR", "INR": "INR", "Rs": "INR", "Rs.": "INR", "₩": "KRW", "KRW": "KRW",
    "CHF": "CHF", "CAD": "CAD", "AUD": "AUD", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK", "TRY": "TRY",
    "BRL": "BRL", "MXN": "MXN", "ZAR": "ZAR", "SAR": "SAR", "AED": "AED", "HKD": "HKD",
}
# currency written after the number (lower-case words; codes are matched case-sensitively)
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD", "us dollar": "USD",
    "american dollars": "USD", "euro": "EUR", "euros": "EUR", "pound sterling": "GBP", "pounds sterling": "GBP",
    "sterling": "GBP", "yuan": "CNY", "renminbi": "CNY", "chinese yuan": "CNY", "rouble": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rubles": "RUB", "russian roubles": "RUB", "russian rubles": "RUB", "yen": "JPY",
    "won": "KRW", "rupee": "INR", "rupees": "INR", "swiss francs": "CHF", "francs": "CHF", "franc": "CHF",
    "pesos": "MXN", "peso": "MXN", "rand": "ZAR", "lira": "TRY", "hryvnia": "UAH", "hryvnias": "UAH",
    "riyals": "SAR", "dirhams": "AED", "bitcoin": "BTC", "bitcoins": "BTC", "canadian dollars": "CAD", "australian dollars": "AUD",
    "hong kong dollars": "HKD", "reais": "BRL", "zloty": "PLN", "kroner": "NOK", "kronor": "SEK",
}
CURRENCY_CODES_AFTER: frozenset[str] = frozenset(
    {"USD", "EUR", "GBP", "CNY", "RMB", "JPY", "RUB", "INR", "CHF", "CAD", "AUD", "HKD", "KRW", "BRL", "MXN", "BTC"}
)
# "pounds" is money or mass: decided from the sentence (see units.disambiguate_pounds)
AMBIGUOUS_CURRENCY_WORDS: frozenset[str] = frozenset({"pound", "pounds"})

# Qualifiers → how they turn the written value x into an interval.
# kind: "min" [x, inf) · "max" [floor, x] · "below" [x·(1-near), x] · "above" [x, x·(1+near)] · "about" x·(1±about)
QUALIFIERS: dict[str, str] = {
    "more than": "min", "over": "min", "above": "min", "in excess of": "min", "upwards of": "min",
    "at least": "min", "north of": "min", "greater than": "min", "higher than": "min", "exceeding": "min",
    "a minimum of": "min", "well over": "min", "well above": "min", "no fewer than": "min",
    "no less than": "min", "+": "min",
    "up to": "max", "as many as": "max", "as much as": "max", "at most": "max", "no more than": "max",
    "less than": "max", "fewer than": "max", "under": "max", "below": "max", "a maximum of": "max",
    "not more than": "max", "as high as": "max", "well under": "max", "well below": "max",
    "nearly": "below", "almost": "below", "just under": "below", "just below": "below", "not quite": "below",
    "just shy of": "below", "close to": "about",
    "just over": "above", "just above": "above", "slightly more than": "above", "a little over": "above",
    "about": "about", "around": "about", "roughly": "about", "some": "about", "approximately": "about",
    "approx.": "about", "an estimated": "about", "estimated": "about", "circa": "about", "or so": "about",
    "nearly about": "about", "about half": "about", "an approximate": "about", "a reported": "exact",
    "a record": "exact", "record": "exact", "a total of": "exact", "exactly": "exact", "precisely": "exact",
    "only": "exact", "just": "exact",
}
NEAR = 0.05  # "nearly 1,000" covers 950–1,000
ABOUT = 0.05  # "about 1.8 billion" covers ±5% (plus the rounding of the written figure)

# vague quantities: phrase → (low, high) multipliers applied to the following scale (or 1)
VAGUE_COUNTS: dict[str, tuple[float, float]] = {
    "dozens of": (24, 99), "scores of": (40, 199), "hundreds of": (200, 999), "thousands of": (2_000, 9_999),
    "tens of thousands of": (20_000, 99_999), "hundreds of thousands of": (200_000, 999_999),
    "millions of": (2e6, 999e6), "billions of": (2e9, 999e9), "a few": (2, 5), "several": (3, 9),
    "a handful of": (2, 6), "a couple of": (2, 3),
}

MONTHS: dict[str, int] = {
    "January": 1, "Jan": 1, "February": 2, "Feb": 2, "March": 3, "Mar": 3, "April": 4, "Apr": 4, "May": 5,
    "June": 6, "Jun": 6, "July": 7, "Jul": 7, "August": 8, "Aug": 8, "September": 9, "Sept": 9, "Sep": 9,
    "October": 10, "Oct": 10, "November": 11, "Nov": 11, "December": 12, "Dec": 12,
    "Might": 5,  # machine-spun copies rewrite the month May as "Might"; only accepted with strong cues
}
# months that are also ordinary words; they need a cue (a day, a year, "in", "since"...) to count as dates
AMBIGUOUS_MONTHS = frozenset({"May", "March", "Mar", "Might", "Jan", "Jun", "Sep", "Dec", "Aug", "Apr", "Nov"})
WEEKDAYS: dict[str, int] = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6,
}
SEASONS: dict[str, tuple[int, int]] = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
                                       "winter": (12, 2)}

INFINITY = math.inf

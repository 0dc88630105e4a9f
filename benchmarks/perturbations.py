"""Controlled perturbations of a figure as written in an article, and the fix that removes a planted conflict.

Everything here reads figure texts with its own small grammar ("$240bn", "about 18 inches", "on Thursday",
"16 May", "eighth", "two-day"), independent of crosscheck's extractor, so the benchmark does not grade the
checker with the checker's own reading. A perturbation returns the new figure text, or None when it does not
apply to that figure (a 5% change of "six people" rounds back to six; "last week" cannot move by one day).
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta

from checker.extract.lexicon import ORDINAL_WORDS

# ---------------------------------------------------------------- vocabulary (written for this benchmark)

OPEN_QUALIFIERS = (
    "more than",
    "greater than",
    "at least",
    "as much as",
    "as many as",
    "up to",
    "fewer than",
    "less than",
    "just over",
    "just under",
    "over",
    "under",
)
APPROX_QUALIFIERS = ("approximately", "roughly", "nearly", "almost", "around", "about", "some")
NEUTRAL_QUALIFIERS = ("a record",)
_QUALIFIERS = sorted(OPEN_QUALIFIERS + APPROX_QUALIFIERS + NEUTRAL_QUALIFIERS, key=len, reverse=True)

SMALL = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
ORDINALS = ["zeroth", *(w for w, n in ORDINAL_WORDS.items() if 1 <= n <= 20)]
MONTHS = calendar.month_name[1:]
MONTH_ABBR = {
    "Jan.": 1,
    "Feb.": 2,
    "Mar.": 3,
    "Apr.": 4,
    "Aug.": 8,
    "Sept.": 9,
    "Sep.": 9,
    "Oct.": 10,
    "Nov.": 11,
    "Dec.": 12,
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# million <-> billion; abbreviations keep their style
SCALE_SWAP = {
    "million": "billion",
    "billion": "million",
    "m": "bn",
    "mn": "bn",
    "bn": "m",
    "Million": "Billion",
    "Billion": "Million",
}
SCALE_VALUE = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
}
# a unit and the unit a careless writer might put instead (the number is kept: that is the error)
UNIT_SWAP_PAIRS = [
    ("kilometres per hour", "miles per hour"),
    ("kilometers per hour", "miles per hour"),
    ("km/h", "mph"),
    ("square kilometres", "square miles"),
    ("kilometres", "miles"),
    ("kilometers", "miles"),
    ("km", "miles"),
    ("metres", "feet"),
    ("meters", "feet"),
    ("-foot", "-metre"),
    ("centimeters", "inches"),
    ("centimetres", "inches"),
    ("millimeters", "inches"),
    ("hectares", "acres"),
    ("degrees Celsius", "degrees Fahrenheit"),
    ("C", "F"),
]
UNIT_SWAP: dict[str, str] = {}
for _a, _b in UNIT_SWAP_PAIRS:
    UNIT_SWAP.setdefault(_a, _b)
    UNIT_SWAP.setdefault(_b, _a)
UNIT_SWAP["feet"] = "metres"
UNIT_SWAP["miles"] = "kilometres"
UNIT_SWAP["inches"] = "centimetres"
UNIT_SWAP["mph"] = "km/h"
UNIT_SWAP["miles per hour"] = "kilometres per hour"
UNIT_SWAP["F"] = "C"
UNIT_SWAP["degrees Fahrenheit"] = "degrees Celsius"
UNIT_WORDS = sorted(
    set(UNIT_SWAP)
    | {
        "bcm",
        "cubic meters",
        "cubic metres",
        "millibars",
        "tonnes",
        "metric tons",
        "GW",
        "gigawatts",
        "megawatts",
        "square miles",
        "mm",
        "cm",
        "ft",
        "kg",
    },
    key=len,
    reverse=True,
)
DURATION_WORDS = (
    "minutes",
    "minute",
    "hours",
    "hour",
    "days",
    "day",
    "weeks",
    "week",
    "months",
    "month",
    "years",
    "year",
    "-day",
    "-week",
    "-month",
    "-year",
    "-hour",
)
# equivalent spellings for the paraphrase control (value unchanged)
UNIT_PARAPHRASE = {
    "mph": "miles per hour",
    "miles per hour": "mph",
    "km/h": "kilometres per hour",
    "kilometres per hour": "km/h",
    "millimeters": "mm",
    "centimeters": "cm",
    "km": "kilometres",
    "kilometres": "km",
    "kilometers": "km",
    "miles": "mi",
    "feet": "ft",
    "bcm": "billion cubic metres",
    "billion cubic meters": "bcm",
    "billion cubic metres": "bcm",
    "metres": "m",
    "meters": "m",
    "tonnes": "metric tons",
    "metric tons": "tonnes",
    "hectares": "ha",
    "C": " degrees Celsius",
    "F": " degrees Fahrenheit",
    "degrees Celsius": "C",
    "GW": " gigawatts",
    "gigawatts": "GW",
    "megawatts": "MW",
    "acres": "acres of land",
    "-foot": " feet",
}

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORD = "|".join(
    sorted([*SMALL[1:], "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], key=len, reverse=True)
)
_ORDWORD = "|".join(sorted(ORDINALS[1:], key=len, reverse=True))
_FIGURE = re.compile(
    r"^(?P<lead>(?:early\s+)?on\s+)?"
    r"(?P<qual>(?:" + "|".join(re.escape(q) for q in _QUALIFIERS) + r")\s+)?"
    r"(?P<cur>US\$|C\$|A\$|\$|€|£)?(?P<cursp>\s?)"
    r"(?P<num>" + _NUM + r"|(?i:" + _ORDWORD + r"|" + _WORD + r")(?![a-z]))"
    r"(?P<ordsuf>st|nd|rd|th)?"
    r"(?:(?P<sp>\s?)(?P<scale>thousand|million|billion|trillion|bn|mn|m|k)(?![A-Za-z]))?"
    r"(?P<rest>.*)$",
    re.S,
)
_TIME = re.compile(r"^\d{1,2}:\d{2}\s?(?:a\.m\.|p\.m\.|am|pm)", re.I)
_MONTH_NAMES = "|".join(sorted([*MONTHS, *(re.escape(a) for a in MONTH_ABBR)], key=len, reverse=True))
_DATE_MD = re.compile(
    r"^(?P<lead>(?:early\s+)?on\s+)?(?P<month>" + _MONTH_NAMES + r")\s+(?P<day>\d{1,2})"
    r"(?P<year>,?\s+\d{4})?(?P<rest>.*)$",
    re.S,
)
_DATE_DM = re.compile(
    r"^(?P<lead>(?:early\s+)?on\s+)?(?P<day>\d{1,2})\s+(?P<month>" + _MONTH_NAMES + r")"
    r"(?P<year>,?\s+\d{4})?(?P<rest>.*)$",
    re.S,
)
_DATE_WD = re.compile(
    r"^(?P<lead>(?:early\s+)?on\s+)?(?P<wd>" + "|".join(WEEKDAYS) + r")"
    r"(?P<rest>\s+(?:morning|afternoon|evening|night))?$",
    re.I,
)
_DATE_REL = re.compile(r"^(?P<lead>(?:early\s+)?)(?P<rel>today|yesterday|tomorrow)$", re.I)
_YEAR = re.compile(r"^(?:in\s+)?(?P<year>1[89]\d\d|20\d\d)$")


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure text split into its parts: 'about ' + 'US$' + '240.1' + 'bn' + ' of trade'."""

    lead: str
    qual: str
    cur: str
    cursp: str
    num: str
    ordsuf: str
    sp: str
    scale: str
    rest: str

    @property
    def qualifier(self) -> str:
        return self.qual.strip().lower()

    @property
    def is_word(self) -> bool:
        return self.num[:1].isalpha()

    @property
    def is_ordinal(self) -> bool:
        return bool(self.ordsuf) or self.num.lower() in ORDINALS

    @property
    def decimals(self) -> int:
        return len(self.num.split(".")[1]) if "." in self.num and not self.is_word else 0

    @property
    def value(self) -> float:
        """The number as written, scale word not applied."""
        word = self.num.lower()
        if word in ORDINALS:
            return float(ORDINALS.index(word))
        if word in SMALL:
            return float(SMALL.index(word))
        tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        if word in tens:
            return float(tens.index(word) * 10)
        return float(self.num.replace(",", ""))

    @property
    def unit(self) -> str:
        rest = self.rest.lstrip()
        for unit in UNIT_WORDS:
            if rest.startswith(unit) and (len(rest) == len(unit) or not rest[len(unit)].isalpha()):
                return unit
        if self.rest.startswith("-foot"):
            return "-foot"
        return ""

    def text(self, **changes: str) -> str:
        parts = {f: getattr(self, f) for f in ("lead", "qual", "cur", "cursp", "num", "ordsuf", "sp", "scale", "rest")}
        parts.update(changes)
        return "".join(parts[f] for f in ("lead", "qual", "cur", "cursp", "num", "ordsuf", "sp", "scale", "rest"))


def parse_figure(text: str) -> Figure | None:
    if _TIME.match(text) or _DATE_MD.match(text) or _DATE_DM.match(text) or _DATE_WD.match(text):
        return None
    m = _FIGURE.match(text)
    if m is None:
        return None
    g = {k: (v or "") for k, v in m.groupdict().items()}
    if not g["scale"]:
        g["rest"] = g["sp"] + g["rest"]
        g["sp"] = ""
    return Figure(**g)


def figure_kind(text: str) -> str:
    """money, percent, quantity, count, ordinal, age, duration, date, weekday, relative-date, year, time, other."""
    if _TIME.match(text):
        return "time"
    if _DATE_MD.match(text) or _DATE_DM.match(text):
        return "date"
    if _DATE_WD.match(text):
        return "weekday"
    if _DATE_REL.match(text):
        return "relative-date"
    if _YEAR.match(text):
        return "year"
    fig = parse_figure(text)
    if fig is None:
        return "other"
    rest = fig.rest.lstrip().lower()
    if fig.cur or re.match(r"(?:dollars|euros|pounds|yen)\b", rest):
        return "money"
    if re.match(r"(?:%|per cent|percent)", rest):
        return "percent"
    if fig.is_ordinal:
        return "ordinal"
    if rest.startswith("-year-old") or fig.rest.startswith("-year-old"):
        return "age"
    if any(fig.rest.lstrip().startswith(w) for w in DURATION_WORDS):
        return "duration"
    if fig.unit:
        return "quantity"
    return "count"


# ---------------------------------------------------------------- numbers


def _group(integer: int) -> str:
    return f"{integer:,}"


def render_number(value: float, like: Figure, decimals: int) -> str:
    """`value` written the way `like` writes its number (thousands separators kept), with `decimals` places."""
    commas = "," in like.num or abs(value) >= 1000  # news style: "2,040 people" (a bare 2040 reads as a year)
    text = f"{value:,.{decimals}f}" if commas else f"{value:.{decimals}f}"
    return text


def _ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def render_integer(n: int, like: Figure) -> tuple[str, str]:
    """(number text, ordinal suffix) for integer `n` in the style of `like`: word, digits, ordinal."""
    if like.num.lower() in ORDINALS:
        word = ORDINALS[n] if 0 < n < len(ORDINALS) else None
        if word is None:
            return str(n), _ordinal_suffix(n)
        return (word.capitalize() if like.num[0].isupper() else word), ""
    if like.ordsuf:
        return str(n), _ordinal_suffix(n)
    if like.is_word and 0 <= n < len(SMALL):
        word = SMALL[n]
        return (word.capitalize() if like.num[0].isupper() else word), ""
    return (_group(n) if ("," in like.num or n >= 1000) else str(n)), ""


INTEGER_KINDS = frozenset({"count", "age", "duration", "ordinal"})


def _is_range(fig: Figure) -> bool:
    return bool(re.search(r"\d", fig.rest))


def change_value(text: str, kind: str, relative: float) -> tuple[str, float] | None:
    """The figure with its value multiplied by (1 + relative), written in the same style, and the change made.

    Only figures without a qualifier: "more than 40" moved up stays true, and "about 18 inches" moved by 5% may
    still be about right, so neither is a controlled contradiction."""
    fig = parse_figure(text)
    if fig is None or fig.qualifier in OPEN_QUALIFIERS + APPROX_QUALIFIERS or fig.is_ordinal or _is_range(fig):
        return None
    if kind not in ("money", "percent", "quantity", "count", "rate"):
        return None
    old = fig.value
    if old == 0:
        return None
    target = old * (1 + relative)
    if kind == "count" and not fig.scale and "." not in fig.num:
        new = round(target)
        if new == round(old) or new <= 0:
            return None
        realized = new / old - 1
        if not 0.5 <= realized / relative <= 1.5:
            return None
        num, suffix = render_integer(new, fig)
        if fig.is_word and num.isdigit():
            num = str(new)
        return fig.text(num=num, ordsuf=suffix), realized
    for decimals in range(fig.decimals, fig.decimals + 4):
        rendered = render_number(target, fig, decimals)
        value = float(rendered.replace(",", ""))
        if value == old or value <= 0:
            continue
        realized = value / old - 1
        if abs(realized / relative - 1) <= 0.2:
            return fig.text(num=rendered), realized
    return None


def change_count(text: str, kind: str, delta: int) -> str | None:
    """A whole number (count, age, duration, ordinal) moved by `delta`, in the same style ("six" → "seven")."""
    fig = parse_figure(text)
    if fig is None or kind not in INTEGER_KINDS or fig.scale or fig.qual.strip() or "." in fig.num or _is_range(fig):
        return None
    old = int(fig.value)
    new = old + delta
    if new <= 0 or (new == 1 and old > 1):  # "one days": leave singulars alone
        return None
    if old >= 1000 and old % 1000 == 0:  # "1,270,000 votes" is a rounded figure: ±1 is no contradiction
        return None
    num, suffix = render_integer(new, fig)
    return fig.text(num=num, ordsuf=suffix or ("" if not fig.ordsuf else fig.ordsuf))


def swap_scale(text: str) -> str | None:
    """million ↔ billion (m ↔ bn), digits kept."""
    fig = parse_figure(text)
    if fig is None or fig.scale not in SCALE_SWAP or _is_range(fig):
        return None
    return fig.text(scale=SCALE_SWAP[fig.scale])


def swap_unit(text: str) -> str | None:
    """The unit replaced by another of the same dimension, the number kept (km → miles, mph → km/h)."""
    fig = parse_figure(text)
    if fig is None:
        return None
    unit = fig.unit
    if not unit or unit not in UNIT_SWAP:
        return None
    i = fig.rest.find(unit)
    return fig.text(rest=fig.rest[:i] + UNIT_SWAP[unit] + fig.rest[i + len(unit) :])


# ---------------------------------------------------------------- dates


@dataclass(frozen=True, slots=True)
class DateText:
    lead: str  # "on ", "early on ", ""
    style: str  # md ("May 16"), dm ("16 May"), abbr ("Oct. 9"), weekday, relative (today/yesterday), year
    year_written: bool
    suffix: str  # " night", " evening" after a weekday; trailing text after a date


def parse_date_text(text: str) -> DateText | None:
    for pattern, style in ((_DATE_MD, "md"), (_DATE_DM, "dm")):
        m = pattern.match(text)
        if m:
            month = m["month"]
            if style == "md" and month in MONTH_ABBR:
                style = "abbr"
            return DateText(m["lead"] or "", style, bool(m["year"]), m["rest"] or "")
    m = _DATE_WD.match(text)
    if m:
        return DateText(m["lead"] or "", "weekday", False, m["rest"] or "")
    m = _DATE_REL.match(text)
    if m:
        return DateText(m["lead"] or "", "relative", False, "")
    m = _YEAR.match(text)
    if m:
        return DateText("", "year", True, "")
    return None


def read_absolute_date(text: str, published: date) -> date | None:
    """'May 16', '16 May', 'Oct. 9', 'October 9, 2024' → a date (the publication's year when none is written)."""
    for pattern in (_DATE_MD, _DATE_DM):
        m = pattern.match(text)
        if m:
            month = MONTHS.index(m["month"]) + 1 if m["month"] in MONTHS else MONTH_ABBR[m["month"]]
            year = int(re.sub(r"\D", "", m["year"])) if m["year"] else published.year
            try:
                return date(year, month, int(m["day"]))
            except ValueError:
                return None
    return None


def read_weekday(text: str, published: date) -> date | None:
    """A weekday read as the nearest such day to publication (within three days either side)."""
    m = _DATE_WD.match(text)
    if not m:
        m2 = _DATE_REL.match(text)
        if not m2:
            return None
        return published + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[m2["rel"].lower()])
    wanted = [w.lower() for w in WEEKDAYS].index(m["wd"].lower())
    for offset in (0, -1, 1, -2, 2, -3, 3):
        day = published + timedelta(days=offset)
        if day.weekday() == wanted:
            return day
    return None


def add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def render_date(day: date, parsed: DateText, published: date, *, before: str = "") -> str:
    """`day` written in the style of `parsed` when that style can say it, else as 'Month D' (with the year when
    it differs from the publication's). `before` is the text just before the figure (to avoid 'on on')."""
    lead = parsed.lead
    delta = (day - published).days
    if parsed.style in ("weekday", "relative"):
        if parsed.style == "relative" and -1 <= delta <= 1:
            return lead + {0: "today", -1: "yesterday", 1: "tomorrow"}[delta]
        if 1 <= abs(delta) <= 3:
            return lead + WEEKDAYS[day.weekday()] + parsed.suffix
        style = "md"
        if not lead and not before.rstrip().endswith(("on", "On")):
            lead = "on "
    else:
        style = parsed.style
    year = f", {day.year}" if (parsed.year_written or day.year != published.year) else ""
    if style == "dm":
        return f"{lead}{day.day} {MONTHS[day.month - 1]}{year.replace(',', '')}" + (
            parsed.suffix if parsed.style != "weekday" else ""
        )
    if style == "abbr":
        abbr = next((a for a, n in MONTH_ABBR.items() if n == day.month), MONTHS[day.month - 1])
        return f"{lead}{abbr} {day.day}{year}" + (parsed.suffix if parsed.style != "weekday" else "")
    if style == "year":
        return str(day.year)
    return f"{lead}{MONTHS[day.month - 1]} {day.day}{year}" + (parsed.suffix if parsed.style != "weekday" else "")


def shift_date(text: str, truth: date | None, published: date, unit: str, sign: int, before: str = "") -> str | None:
    """The date moved by one day, month or year (sign ±1), written in the same style when possible."""
    parsed = parse_date_text(text)
    if parsed is None or truth is None:
        return None
    if parsed.style == "year":
        if unit != "year":
            return None
        return str(truth.year + sign)
    if unit == "day":
        new = truth + timedelta(days=sign)
    elif unit == "month":
        new = add_months(truth, sign)
    else:
        new = add_months(truth, 12 * sign)
    if parsed.style in ("weekday", "relative") and new == published and unit == "day":
        return None  # "on Tuesday" in a Tuesday paper reads as today's date: not a clean shift
    return render_date(new, parsed, published, before=before)


# ---------------------------------------------------------------- paraphrase (value unchanged)


def paraphrase_figure(text: str, kind: str, truth: date | None, published: date, before: str = "") -> str | None:
    """The same value in another written form: '13%' → '13 per cent', '$240bn' → '240 billion dollars',
    'six people' → '6 people', 'May 16' → '16 May', 'on Thursday' → 'on May 16'."""
    if kind in ("date", "weekday", "relative-date"):
        parsed = parse_date_text(text)
        if parsed is None or truth is None:
            return None
        if parsed.style in ("weekday", "relative"):
            return (
                render_date(truth, DateText(parsed.lead, "md", False, ""), published, before=before)
                if (parsed.lead or before.rstrip().endswith(("on", "On")))
                else "on " + render_date(truth, DateText("", "md", False, ""), published)
            )
        swap = {"md": "dm", "dm": "md", "abbr": "md"}[parsed.style]
        return render_date(truth, DateText(parsed.lead, swap, parsed.year_written, parsed.suffix), published)
    fig = parse_figure(text)
    if fig is None:
        return None
    rest = fig.rest
    if kind == "money":
        dollars = re.match(r"\s?dollars\b", rest)
        if fig.cur in ("$", "US$") and fig.scale and not dollars:
            word = {"bn": "billion", "m": "million", "mn": "million"}.get(fig.scale, fig.scale)
            return fig.text(cur="", cursp="", sp=" ", scale=word, rest=" dollars" + rest)
        if dollars and not fig.cur:
            abbr = {"billion": "bn", "million": "m"}.get(fig.scale, fig.scale)
            return fig.text(cur="US$", sp="", scale=abbr, rest=rest[dollars.end() :])
        return None
    if kind == "percent":
        for old, new in (("%", " per cent"), (" %", "%"), (" per cent", " percent"), (" percent", "%")):
            if rest.startswith(old):
                return fig.text(rest=new + rest[len(old) :])
        return None
    if kind == "quantity":
        unit = fig.unit
        if unit in UNIT_PARAPHRASE:
            i = rest.find(unit)
            new_unit = UNIT_PARAPHRASE[unit]
            head = rest[:i]
            if new_unit.startswith(" "):
                head, new_unit = head.rstrip(), new_unit
            elif head == "" and not fig.scale:
                head = " "
            return fig.text(rest=head + new_unit + rest[i + len(unit) :])
        return None
    if kind in ("count", "duration", "ordinal"):
        if fig.qualifier and fig.qualifier in OPEN_QUALIFIERS:
            return None
        if fig.scale in ("million", "billion", "thousand") and not fig.cur:
            value = fig.value * SCALE_VALUE[fig.scale]
            if value == int(value):
                return fig.text(num=f"{int(value):,}", sp="", scale="")
            return None
        if fig.is_ordinal:
            n = int(fig.value)
            if fig.ordsuf and 0 < n < len(ORDINALS):
                return fig.text(num=ORDINALS[n], ordsuf="")
            if fig.num.lower() in ORDINALS:
                return fig.text(num=str(n), ordsuf=_ordinal_suffix(n))
            return None
        if fig.is_word:
            return fig.text(num=str(int(fig.value)))
        if "." not in fig.num and fig.value < len(SMALL) and not fig.scale:
            word = SMALL[int(fig.value)]
            return fig.text(num=word)
        return None
    return None


# ---------------------------------------------------------------- removing a planted conflict


def agreeing_text(
    wrong: str, truth_quotes: list[str], truth_date: date | None, published: date, before: str = ""
) -> str:
    """The wrong side's figure rewritten to agree with the truth side, in the wrong side's own style:
    '$250 billion' → '$240 billion', 'May 17' → 'May 16', '38 times' → 'more than 40 times', 'ninth' → 'eighth',
    '50 million cubic meters' → '50 billion cubic meters', '3.2 billion customers' → '3.2 million customers'."""
    if parse_date_text(wrong) is not None and truth_date is not None:
        return render_date(truth_date, parse_date_text(wrong), published, before=before)
    fig = parse_figure(wrong)
    if fig is None:
        raise ValueError(f"cannot read the planted figure {wrong!r}")
    refs = [(q, parse_figure(q)) for q in truth_quotes]
    refs = [(q, r) for q, r in refs if r is not None]
    if not refs:
        raise ValueError(f"no readable truth figure for {wrong!r}: {truth_quotes}")

    def same_unit(r: Figure) -> bool:
        return r.unit == fig.unit and bool(r.cur) == bool(fig.cur)

    ref = next((r for _, r in refs if same_unit(r) and r.scale == fig.scale), None) or next(
        (r for _, r in refs if same_unit(r)), refs[0][1]
    )
    ref_scale = SCALE_VALUE.get(ref.scale, 1.0) * (1e9 if ref.unit == "bcm" else 1.0)
    wrong_scale = SCALE_VALUE.get(fig.scale, 1.0) * (1e9 if fig.unit == "bcm" else 1.0)
    if fig.is_ordinal or ref.is_ordinal:
        num, suffix = render_integer(int(ref.value), fig)
        return fig.text(num=num, ordsuf=suffix)
    if ref.value == fig.value and ref_scale != wrong_scale and fig.scale:
        # the digits agree, the scale word is the slip: write the truth's scale
        scale = next((s for s, v in SCALE_VALUE.items() if v == ref_scale and len(s) > 2), fig.scale)
        if fig.scale in ("m", "mn", "bn"):
            scale = {"million": "m", "billion": "bn"}.get(scale, scale)
        return fig.text(scale=scale)
    qual = fig.qual
    if ref.qualifier in OPEN_QUALIFIERS and fig.qualifier not in OPEN_QUALIFIERS:
        qual = ref.qual
    value = ref.value * ref_scale / wrong_scale
    if value == int(value) and ref.decimals == 0:
        num, suffix = render_integer(int(value), fig)
    else:
        num, suffix = render_number(value, fig, max(ref.decimals, fig.decimals)), ""
    return fig.text(qual=qual, num=num, ordsuf=suffix)


def is_exact(text: str) -> bool:
    """A figure written without a qualifier that loosens it."""
    fig = parse_figure(text)
    if fig is None:
        return True
    return fig.qualifier not in OPEN_QUALIFIERS + APPROX_QUALIFIERS


def finite(x: float) -> bool:
    return math.isfinite(x)

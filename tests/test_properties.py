"""Property tests (hypothesis) for every parser and extractor: on any string they return, or raise only the
documented error; what they return is well formed (spans inside the text, intervals ordered, units known).

Budget: every test has a CI example count sized so this module runs in about 15 s on a shared 2-core machine,
with derandomized examples (a red CI run means the code changed, not the dice). CROSSCHECK_FUZZ_EXAMPLES=5000
gives every test that many random examples (failures are kept in .hypothesis/ and replayed first).
"""

from __future__ import annotations

import contextlib
import math
import os
import tempfile
import tomllib
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from checker.claims import build_claims
from checker.config import load_config
from checker.errors import ConfigError, RuleError
from checker.extract import _DIGITS, extract_text, number_runs
from checker.extract.figures import _SCAN_WORDS, parse_number_words
from checker.extract.lexicon import (
    CURRENCY_CODES_AFTER,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    MONTHS,
    MULTIPLIER_WORDS,
    ORDINAL_WORDS,
    QUALIFIERS,
    TENS_WORDS,
    UNITS_WORDS,
    WEEKDAYS,
)
from checker.extract.names import _NAMING_WORD_NUMBER, name_spans
from checker.extract.units import lexicon, match_unit
from checker.extract.windows import digit_spans, match_at_word_starts, merge_windows, words_of
from checker.ingest import parse_published, read_corpus
from checker.model import DATE_KINDS, Document, Kind
from checker.text import SentenceIndex, lower_in_place, split_sentences, squash

FUZZ = int(os.environ.get("CROSSCHECK_FUZZ_EXAMPLES", "0") or 0)
settings.register_profile(
    "crosscheck-ci",
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
settings.register_profile(
    "crosscheck-fuzz",
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def budget(ci_examples: int) -> settings:
    """This test's settings: `ci_examples` derandomized examples, or CROSSCHECK_FUZZ_EXAMPLES random ones."""
    if FUZZ:
        return settings(settings.get_profile("crosscheck-fuzz"), max_examples=FUZZ)
    return settings(settings.get_profile("crosscheck-ci"), max_examples=ci_examples)


# ---------------------------------------------------------------- alphabets

ASCII_DIGITS = "0123456789"
# Arabic-Indic, Persian, Devanagari, fullwidth and mathematical digits: all match \d and float() reads them
UNICODE_DIGITS = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९０１２３４５６７８９𝟎𝟏𝟐"
DASHES = ["-", "‐", "‑", "‒", "–", "—", "−", "~"]
SPACES = [" ", "  ", "\n", "\r\n", "\r", "\t", "\u00a0", "\u2009", "\u202f", "\u2028", "\u2029", "\x85", "\x0b", "\x0c"]
INVISIBLE = [
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u00ad",
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202b",
    "\u202e",
    "\u2066",
    "\u2069",
    "\u0301",
    "\u0308",
    "\u20dd",
    "\ufe0f",
]
RTL = ["שלום", "עברית", "مليار", "العربية", "دولار", "٪", "؟", "،"]
CURRENCY = [
    "$",
    "US$",
    "US $",
    "€",
    "£",
    "¥",
    "₹",
    "₽",
    "元",
    "₩",
    "Rs.",
    "HK$",
    "USD",
    "EUR",
    "RMB",
    "dollars",
    "euros",
    "yuan",
    "roubles",
    "pounds",
    "pence",
    "cents",
    "won",
    "rand",
    "bitcoin",
]
SCALES = [
    "bn",
    "m",
    "k",
    "mn",
    "tn",
    "B",
    "M",
    "K",
    "T",
    " billion",
    " million",
    " trillion",
    " thousand",
    " hundred",
    " crore",
    " lakh",
    " dozen",
]
UNITS = [
    "km",
    "ft",
    "feet",
    "metres",
    "m2",
    "km²",
    "sq mi",
    "°C",
    "°F",
    " C",
    " F",
    "ºC",
    "degrees",
    "mph",
    "km/h",
    "bcm",
    "tonnes",
    "tons",
    "lbs",
    "kg",
    "barrels per day",
    "bpd",
    "TEUs",
    "MW",
    "GWh",
    "hectares",
    "acres",
    "gallons",
    "litres",
    "years old",
    "-year-old",
    "hours",
    "days",
    "weeks",
    " squared",
    " cubed",
    "^2",
    "in",
    "in.",
    "mi",
]
PERCENT = ["%", " per cent", " percent", " pct", " percentage points", " basis points", " bps", " pp", "٪", "‰"]
WORDS = [
    "The ",
    "in ",
    "on ",
    "of ",
    "to ",
    "and ",
    "or ",
    "between ",
    "from ",
    "rose ",
    "fell ",
    "by ",
    "up ",
    "a day",
    " per year",
    "/day",
    " annually",
    "ago",
    "last year",
    "next week",
    "this month",
    "on Thursday",
    "yesterday",
    "Q3",
    "H1",
    "the first half",
    "'90s",
    "1990s",
    "19th century",
    "fiscal 2024",
    "early next year",
    "the weekend",
    "Putin, ",
    "aged ",
    "G7",
    "Route 66",
    "Power of Siberia 2",
    "COVID-19",
    "page ",
    "No. ",
    "#",
    "@",
    "v2.1",
    "http://x.example/12",
    "555-0199",
    "(800) 555-0199",
    "Harbin",
    "China",
    "Russia",
    "trade",
    "deaths",
    "killed",
    "people",
    "times",
    "a record",
    "may",
    "May",
    "march",
    "Might",
    "Sept.",
    "Jan.",
    "a.m.",
    "p.m.",
    "noon",
    ":",
    "/",
    ".",
    ",",
    ";",
    "(",
    ")",
    "'",
    '"',
    "’",
    "“",
    "”",
    "…",
    "!",
    "?",
    "+",
    "&",
    "*",
    "½",
    "²",
    "³",
    "1st",
    "2nd",
    "3rd",
    "4th",
    "e",
    "E",
    "1e3",
    "0x1F",
]
PHRASES = (
    sorted(QUALIFIERS)
    + list(UNITS_WORDS)
    + list(TENS_WORDS)
    + list(MULTIPLIER_WORDS)
    + list(ORDINAL_WORDS)
    + list(MONTHS)
    + list(WEEKDAYS)
    + [
        "a dozen",
        "half a million",
        "dozens of",
        "hundreds of",
        "a few",
        "several",
        "and a half",
        "twenty-two",
        "three hundred and fifty",
    ]
)

numerals = st.one_of(
    st.integers(0, 10**13).map(str),
    st.integers(0, 10**13).map("{:,}".format),
    st.floats(0, 1e6, allow_nan=False).map(lambda x: f"{x:.{len(str(x)) % 4}f}"),
    st.integers(1800, 2100).map(str),
    st.text(alphabet=UNICODE_DIGITS, min_size=1, max_size=6),
    st.text(alphabet=ASCII_DIGITS + ",.", min_size=1, max_size=12),
    st.sampled_from(["9" * 400, "." + "0" * 30 + "1", "1" * 40, "0", "00", "007", ".5", "1,00", "1,000,00", "1.2.3"]),
)
pieces = st.one_of(
    st.sampled_from(DASHES + SPACES + INVISIBLE + RTL + CURRENCY + SCALES + UNITS + PERCENT + WORDS),
    st.sampled_from(PHRASES),
    numerals,
    numerals,
    st.text(max_size=3),
)
news_text = st.lists(pieces, max_size=40).map("".join)
# news-like text with unexpected characters sprinkled into it, and plain random text
texts = st.one_of(
    news_text,
    news_text,
    st.text(max_size=150),
    st.tuples(news_text, st.sampled_from(INVISIBLE + SPACES)).map(lambda pair: pair[1].join(pair[0])),
)
published = st.one_of(
    st.none(),
    st.dates(date(1990, 1, 1), date(2035, 12, 31)),
    st.sampled_from([date.min, date.max, date(1, 1, 5), date(9999, 12, 28), date(2024, 2, 29)]),
    st.dates(),
)

# ---------------------------------------------------------------- the units a mention may carry

PERIODS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
CURRENCIES = frozenset(CURRENCY_PREFIXES.values()) | frozenset(CURRENCY_WORDS.values()) | CURRENCY_CODES_AFTER


def _unit_names() -> frozenset[str]:
    """The canonical unit registry (checker/extract/units.py lexicon) plus the forms extraction derives from it:
    squared/cubed lengths ("4 km^2") and the temperature whose scale the writer left out."""
    lex = lexicon()
    units = [*lex.words.values(), *lex.symbols.values()]
    lengths = {u.name for u in units if u.dimension == "length"}
    return frozenset(
        {u.name for u in units} | {f"square_{n}" for n in lengths} | {f"cubic_{n}" for n in lengths} | {"degree"}
    )


UNIT_NAMES = _unit_names()


def unit_is_known(kind: Kind, unit: str) -> bool:
    """Is `unit` one extraction can produce for a mention of `kind`?"""
    if kind in (Kind.COUNT, Kind.ORDINAL, Kind.DATE, Kind.TIME, Kind.YEAR):
        return unit == ""
    if kind == Kind.MONEY:
        return unit in CURRENCIES
    if kind == Kind.PERCENT:
        return unit == "percent"
    if kind == Kind.PERCENTAGE_POINTS:
        return unit in ("percentage_point", "basis_point")
    if kind == Kind.AGE:
        return unit == "year"
    if kind in (Kind.QUANTITY, Kind.DURATION) and unit in UNIT_NAMES:
        return True
    if kind in (Kind.RATE, Kind.QUANTITY, Kind.DURATION) and " / " in unit:
        head, period = unit.rsplit(" / ", 1)
        if period not in PERIODS:
            return False
        if head in UNIT_NAMES or head in CURRENCIES:
            return True
        return kind == Kind.RATE and head != "" and " " not in head  # a counted noun per period: "barrel / day"
    return False


def test_unit_check_is_not_vacuous() -> None:
    assert unit_is_known(Kind.MONEY, "USD") and not unit_is_known(Kind.MONEY, "parsec")
    assert unit_is_known(Kind.QUANTITY, "foot") and unit_is_known(Kind.QUANTITY, "square_kilometer")
    assert unit_is_known(Kind.RATE, "USD / day") and not unit_is_known(Kind.RATE, "USD / fortnight")
    assert not unit_is_known(Kind.QUANTITY, "smoot") and not unit_is_known(Kind.COUNT, "USD")
    ex = extract_text("t", "It cost $240bn, rose 13% over 350 metres at 40 mph, 2,000 barrels a day.", date(2024, 5, 1))
    assert {m.unit for m in ex.mentions} >= {"USD", "percent", "meter", "mile / hour"}
    assert all(unit_is_known(m.kind, m.unit) for m in ex.mentions)


# ---------------------------------------------------------------- extraction and claims


def check_extraction(text: str, day: date | None) -> None:
    ex = extract_text("p", text, day)
    previous = (-1, -1)
    for m in ex.mentions:
        assert 0 <= m.start < m.end <= len(text), m
        assert text[m.start : m.end] == m.text, m
        assert (m.start, m.end) >= previous, "mentions come in text order"
        previous = (m.start, m.end)
        assert unit_is_known(m.kind, m.unit), (m.kind, m.unit, m.text)
        assert m.value is None or not math.isnan(m.value), m
        for interval in (m.interval, m.base_interval):
            if interval is not None:
                assert not math.isnan(interval.low) and not math.isnan(interval.high), m
                assert interval.low <= interval.high, m
        if m.interval is not None and m.value is not None and m.kind not in DATE_KINDS and not m.qualifier:
            assert m.interval.low <= m.value <= m.interval.high or math.isinf(m.value), m
        if m.date is not None:
            assert m.date.start <= m.date.end, m
        if m.kind == Kind.DATE:
            assert m.date is not None or m.unresolved, m
    for start, end, name in ex.names:
        assert 0 <= start < end <= len(text) and text[start:end] == name
    for start, end, digits in ex.not_understood:
        assert text[start:end] == digits and digits[:1].isdigit()
    covered = [(m.start, m.end) for m in ex.mentions] + [(s, e) for s, e, _ in ex.names]
    for start, _, _ in ex.not_understood:
        assert not any(s <= start < e for s, e in covered), "a digit run is either understood or listed, not both"

    document = Document(doc="p", source="Outlet", text=text, path="p.md", published=day, title=text[:40])
    mentions = set(ex.mentions)
    for claim in build_claims(document, ex):
        assert claim.mention in mentions, "a claim refers to a mention of its own document"
        m = claim.mention
        assert text[claim.sentence_start : claim.sentence_start + len(claim.sentence)] == claim.sentence
        assert claim.sentence_start <= m.start and m.start < claim.sentence_start + len(claim.sentence)
        assert claim.source == "Outlet" and claim.published == day


@budget(500)
@given(text=texts, day=published)
@example(text=".519th century", day=None)
@example(text="about " + "9" * 400 + "% of them", day=date(2024, 5, 14))
@example(text="The summit starts next year, on Thursday, three days ago.", day=date.max)
@example(text="They met last year and in March.", day=date.min)
@example(text="Trade\u200b rose 13\u00a0% to US$\u2009240\u200dbn on May\u202f16\u0301.", day=date(2024, 5, 14))
@example(text="0R", day=None)  # found by `make fuzz`: a bare-prefix currency looked before the text's start
def test_extraction_and_claims_on_any_text(text: str, day: date | None) -> None:
    check_extraction(text, day)


@budget(25)
@given(digits=st.text(alphabet=ASCII_DIGITS + UNICODE_DIGITS + ",. -", min_size=500, max_size=2000))
def test_a_long_run_of_digits(digits: str) -> None:
    check_extraction(digits, date(2024, 5, 14))


# inputs fuzzing broke, one row each: (text, publication date)
REGRESSIONS = [
    (".519th century", None),  # an ordinal suffix after a decimal numeral crashed the ordinal reader
    ("about " + "9" * 400 + "%", date(2024, 5, 14)),  # a numeral beyond float range made a NaN interval
    ("-" + "9" * 400 + " degrees in the heat", date(2024, 5, 14)),
    ("The summit starts next year.", date.max),  # resolving past the calendar raised OverflowError/ValueError
    ("They met last year, three days ago, on Thursday.", date.min),
]


@pytest.mark.parametrize(("text", "published"), REGRESSIONS)
def test_regressions_found_by_fuzzing(text: str, published: date | None) -> None:
    check_extraction(text, published)


# ---------------------------------------------------------------- text helpers


@budget(300)
@given(text=texts)
def test_sentences_cover_text_in_order(text: str) -> None:
    sentences = split_sentences(text)
    previous = 0
    for sentence in sentences:
        assert previous <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        previous = sentence.end
    index = SentenceIndex(sentences)
    for sentence in sentences:
        assert index.at(sentence.start) == sentence and index.at(sentence.end - 1) == sentence
    # nothing but whitespace is left out (a run of 2,000+ characters without a break is cut inside a "word")
    assert "".join("".join(s.text for s in sentences).split()) == "".join(text.split())


@budget(300)
@given(text=st.text(alphabet="ab.U S,é\n1_-'’”!?", max_size=60))
def test_sentence_breaks_skip_the_same_abbreviations_as_the_regex_definition(text: str) -> None:
    # split_sentences finds the word a full stop ends with two linear matches; the definition is the word
    # r"([\w.]+)\W*$" finds in the 20 characters before the stop, stripped of dots: both must skip the same stops
    import re

    from checker import text as text_module

    def reference(text: str) -> tuple[tuple[int, int], ...]:
        word_before = re.compile(r"([\w.]+)\W*$")
        out, start = [], 0
        for match in text_module._BOUNDARY.finditer(text):
            if match.group().startswith("."):
                before = word_before.search(text, max(0, match.start() - 20), match.start() + 1)
                word = before.group(1).rstrip(".").lower() if before else ""
                if (
                    word in text_module.ABBREVIATIONS or (len(word) == 1 and word.isalpha())
                ) and not text_module.unit_stop(text, match.start(), word):
                    continue
            out.append((start, match.end()))
            start = match.end()
        out.append((start, len(text)))
        pieces = ((a + len(text[a:b]) - len(text[a:b].lstrip()), text[a:b].strip()) for a, b in out)
        return tuple((a, a + len(t)) for a, t in pieces if t)

    assert tuple((s.start, s.end) for s in split_sentences(text)) == reference(text)


@budget(300)
@given(text=st.text(alphabet="aBCKey Sea1_-'’.Cou\nntyé", max_size=50), start=st.integers(0, 50))
def test_word_start_forms_find_what_their_word_boundary_forms_find(text: str, start: int) -> None:
    # the fast forms the claims stage scans whole articles with match exactly where \b forms match, from any pos
    import re

    from checker.text import CAPITAL_AT_WORD_START, words_at_word_start

    words = ["County", "Bay", "Key", "Sea", "Co", "Cou", "a", "_x", "1st"]
    pairs = [
        (r"\b[A-Z][a-z'’-]{1,}\b", CAPITAL_AT_WORD_START + r"[a-z'’-]{1,}\b"),
        (r"\b(?:" + "|".join(words) + r")\b", words_at_word_start(words) + r"\b"),
    ]
    for plain, fast in pairs:
        expected = [m.span() for m in re.compile(plain).finditer(text, start)]
        assert [m.span() for m in re.compile(fast).finditer(text, start)] == expected


_ROLE_WORDS = ["from", "to", "by", "rose", "fell", "down", "up", "lower", "soared", "xrose", "rose_", "Rose", "FROM"]
_ROLE_WORDS += ["fallen", "risen", "slumped", "5%", "$12bn", "his", "target", "or", "cents,", "1.1%,", "of", "increase"]
_ROLE_WORDS += ["drop", "make", "made", "widened", "narrows", "cut", "raised", "stake", "its"]


@budget(300)
@given(
    words=st.lists(
        st.sampled_from([*_ROLE_WORDS, "the", "ſ", "-", "(", "5", "é", "about", "More than", "up to"]), max_size=8
    ),
    gaps=st.lists(st.sampled_from([" ", "  ", "\n", "-", "", "\u00a0"]), min_size=9, max_size=9),
)
@example(words=["rose", "-", "by"], gaps=[" ", "", "", "", "", "", "", "", " "])
@example(words=["fell", "by"], gaps=[" ", "\n", "", "", "", "", "", "", "\n "])
@example(words=["More than"], gaps=[" ", "", "", "", "", "", "", "", " - "])
@example(words=["cut", "its", "stake", "by"], gaps=[" "] * 9)
@example(words=["raised", "the", "target", "by"], gaps=[" ", " ", "\n", " ", "", "", "", "", " "])
@example(words=["cut", "by"], gaps=[" "] * 9)
@example(words=["cut", "down"], gaps=[" "] * 9)  # found by `make fuzz`: the definition lacked the particle rule
def test_role_and_qualifier_readers_agree_with_their_regex_definitions(words: list[str], gaps: list[str]) -> None:
    # _role reads the last words and _qualifier_before tests the end before searching; the definitions are the
    # regexes they replaced, searched over the same characters
    import re

    from checker.extract import figures

    text = "".join(g + w for g, w in zip(gaps, words, strict=False)) + gaps[-1] + "42"
    atom = figures._Atom(len(text) - 2, len(text), len(text) - 2, len(text), "42", 42.0, 1.0)
    before = text[max(0, atom.start - 40) : atom.start]
    expected = ""
    if before and before[-1].isspace():
        low = figures.lower_in_place(before)
        down = ("down", "lower", "fell", "decreased", "dropped", "declined", "lost", "slipped", "plunged")
        down += ("fallen", "falls", "drops", "declines", "dipped", "slid", "slumped", "tumbled", "plummeted")
        down += ("sank", "sunk", "shrank", "shrunk", "contracted", "eased", "retreated", "narrowed", "narrows")
        up_down = re.search(  # the regex _role replaced, with its own word list
            r"\b(?P<dir>up|down|higher|lower|rose|fell|increased|decreased|grew|dropped|jumped|"
            r"declined|gained|lost|climbed|slipped|surged|plunged|soared|"
            r"fallen|falls|drops|declines|dipped|slid|slumped|tumbled|plummeted|sank|sunk|shrank|shrunk|contracted|"
            r"eased|retreated|risen|rises|grown|grows|jumps|climbs|gains|advanced|rallied|rebounded|expanded|swelled|"
            r"spiked|leapt|leaped|widened|widens|narrowed|narrows)\s+(?:by\s+)?$",
            low,
        )
        if re.search(r"\bfrom\s+$", low):
            expected = "from"
        elif re.search(r"\bto\s+$", low) and (
            figures._CHANGE_VERB_BEFORE_TO_LOWER.search(low[:-3] if low.endswith("to ") else low)
            or figures._TO_AFTER_CHANGE_LOWER.search(low)
        ):
            expected = "to"
        elif re.search(r"\bof\s+$", low):
            expected = ""  # "an increase of 25%" names a change of a percentage or money only; here a bare "42"
        elif re.search(r"\b(?:make|makes|made|making|take|takes|took|taking|taken)\s+up\s+$", low):
            expected = ""  # "make up a fifth": a share
        elif re.search(r"\b(?:" + "|".join(sorted(figures._DOWN_PARTICLE_VERBS)) + r")\s+down\s+$", low):
            expected = ""  # "shot down 29 drones", "cut down 42 trees": a particle, not a fall
        elif re.search(r"\bor\s+$", low):  # "rose 95 cents, or 1.1%": the same change again, or nothing
            same = figures._SAME_CHANGE_OR_LOWER.search(low)
            expected = "" if same is None else "down-by" if same["w"] in down else "up-by"
        elif up_down is not None:
            expected = "down-by" if up_down["dir"] in down else "up-by"
        elif (
            changed := re.search(  # a verb, its object, then "by": "cut the risk of death by 20%"
                r"(?<![\w-])(?P<v>cut|cuts|cutting|reduced|reduces|reducing|lowered|lowers|lowering|slashed|slashes|"
                r"slashing|trimmed|trims|trimming|decreased|decreases|decreasing|raised|raises|raising|increased|"
                r"increases|increasing|boosted|boosts|boosting|lifted|lifts|lifting|hiked|hikes|hiking)"
                r"(?P<object>(?:\s+[a-z'’-]+){0,5})\s+by\s+$",
                low,
            )
        ) is not None and changed["object"]:  # (no object: only for a share or an amount, and "42" is neither)
            cuts = ("cut", "cuts", "cutting", "reduced", "reduces", "reducing", "lowered", "lowers", "lowering")
            cuts += ("slashed", "slashes", "slashing", "trimmed", "trims", "trimming", "decreased", "decreases")
            expected = "down-by" if changed["v"] in (*cuts, "decreasing") else "up-by"
    assert figures._role(text, atom) == expected
    for edge in range(len(text) + 1):
        found = figures._qualifier_before(text, edge)
        reference = figures._QUALIFIER_BEFORE.search(text, max(0, edge - 24), edge)
        assert (found and found.span("q")) == (reference and reference.span("q"))


@budget(200)
@given(text=texts)
def test_squash_is_one_line_and_idempotent(text: str) -> None:
    squashed = squash(text)
    assert squash(squashed) == squashed
    assert "  " not in squashed and "\n" not in squashed and squashed == squashed.strip()


number_words = st.lists(
    st.sampled_from(
        list(UNITS_WORDS)
        + list(TENS_WORDS)
        + list(MULTIPLIER_WORDS)
        + ["a", "an", "and", "half", "dozen", "-", "and a half"]
    ),
    min_size=1,
    max_size=8,
).map(" ".join)


@budget(300)
@given(words=st.one_of(number_words, st.text(max_size=30)))
def test_number_words_give_a_finite_value_or_none(words: str) -> None:
    value = parse_number_words(words)
    assert value is None or (math.isfinite(value) and value >= 0)


@budget(300)
@given(
    text=st.one_of(
        st.lists(
            st.sampled_from(UNITS + SCALES + PERCENT + SPACES + INVISIBLE + ["/", "^", "-", "per"]), max_size=6
        ).map("".join),
        st.text(max_size=20),
    ),
    pos=st.integers(0, 25),
    reach=st.integers(0, 60),
)
def test_unit_lookup_stays_inside_its_window(text: str, pos: int, reach: int) -> None:
    pos = min(pos, len(text))
    limit = min(len(text), pos + reach)
    found = match_unit(text, pos, limit)
    if found is not None:
        assert pos < found.end <= limit
        assert text[found.end - len(found.surface) : found.end] == found.surface
        assert found.unit.name in UNIT_NAMES and found.unit.dimension
        assert math.isfinite(found.unit.factor) and found.unit.factor > 0


@budget(300)
@given(text=texts)
def test_name_spans_are_sorted_disjoint_and_inside(text: str) -> None:
    end = -1
    for start, stop, name in name_spans(text):
        assert end < start < stop <= len(text)
        assert text[start:stop] == name and any(ch.isdigit() for ch in name)
        end = stop


# ---------------------------------------------------------------- ingest


@budget(300)
@given(
    value=st.one_of(
        st.none(),
        st.text(max_size=30),
        st.dates(),
        st.datetimes(),
        st.integers(),
        st.floats(),
        st.lists(st.text(max_size=5), max_size=3),
        st.dictionaries(st.text(max_size=3), st.integers()),
        st.sampled_from(
            [
                "2024-05-14",
                "2024-05-14T09:30:00+02:00",
                "2024-02-30",
                "yesterday",
                "0000-01-01",
                "9999-12-31",
                "2024-05-14\u200b",
                "\u0662\u0660\u0662\u0664-05-14",
                " 2024-05-14 ",
            ]
        ),
    )
)
def test_published_is_a_date_none_or_a_value_error(value: object) -> None:
    try:
        day = parse_published(value)
    except ValueError:
        return
    assert day is None or isinstance(day, date)


FRONT_MATTER = [
    "---\n",
    "---",
    "source: ",
    "published: ",
    "title: ",
    "url: ",
    "id: ",
    "2024-05-14",
    "yesterday",
    "[a, b]",
    "{x: 1}",
    "!!python/object/apply:os.system ['true']",
    "&a ",
    "*a",
    "? ",
    "- ",
    ": ",
    "\n",
    "  ",
    "'",
    '"',
    "|",
    ">",
    "#",
    "%YAML 1.2\n",
    "...\n",
    "0001-01-01",
    "9999-12-31",
    "null",
    "~",
    "true",
    "1e400",
    "\ufeff",
    "\r\n",
    "\r",
    "<script>",
    "é",
    "\u2028",
    "\x85",
    "Trade rose 13% to $240bn. ",
]
JSONL_LINES = [
    '{"text": "Trade rose 13% to $240bn.", "source": "X", "published": "2024-05-14"}',
    '{"text": 5}',
    "[1]",
    '{"text": "t 5%", "id": null}',
    '{"text": "t", "published": 20240514}',
    '{"text": "t", "source": ["a"]}',
    '{"text": "t", "published": {"a": 1}}',
    '{"text": "t", "id": "../../x"}',
    '{"text": "t", "id": "dup"}',
    '{"text": "u", "id": "dup"}',
    '{"text": "   "}',
    "",
    "{",
    '{"text": "NaN", "source": NaN}',
    '{"text": "x\\u0000y 5%"}',
    '{"text": "\\u202e 40 killed"}',
    '{"text": "\\ud800 5%", "source": "\\udfff"}',
]
HTML_BITS = [
    "<html>",
    "<body>",
    "<p>",
    "</p>",
    "<script>alert(1)</script>",
    "<iframe src=x>",
    "<article>",
    "<h1>",
    "Trade $240bn",
    '<meta name="crosscheck:published" content="',
    "yesterday",
    "2024-05-14",
    '">',
    "<!--",
    "-->",
    "<title>",
    "</title>",
    "<",
    ">",
    "&amp;",
    "&#0;",
    "&#xD800;",
    "<svg><p>x</svg>",
    "<template><p>y</p></template>",
    "<td>",
    "<li>",
    "<![CDATA[",
    "]]>",
    "<noscript><p>z 5%</p>",
]


def joined(bits: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.one_of(st.sampled_from(bits), st.text(max_size=5)), max_size=25).map("".join)


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@budget(60)
@given(
    markdown=joined(FRONT_MATTER),
    lines=st.lists(st.sampled_from(JSONL_LINES) | st.text(max_size=20), max_size=6),
    page=joined(HTML_BITS),
    raw=st.binary(max_size=80),
)
def test_every_file_is_read_or_skipped_with_a_reason(markdown: str, lines: list[str], page: str, raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "a.md").write_text(markdown, encoding="utf-8", newline="")
        (root / "b.jsonl").write_text("\n".join(lines), encoding="utf-8", newline="")
        (root / "c.html").write_text(page, encoding="utf-8", newline="")
        (root / "d.txt").write_bytes(raw)
        corpus = read_corpus([root])
        documents, skipped = corpus.documents, corpus.skipped
        accounted = {
            Path(d.path.rsplit(".jsonl:", 1)[0] + ".jsonl" if ".jsonl:" in d.path else d.path).name for d in documents
        }
        accounted |= {
            Path(s.path.rsplit(".jsonl:", 1)[0] + ".jsonl" if ".jsonl:" in s.path else s.path).name for s in skipped
        }
        assert accounted >= {"a.md", "b.jsonl", "c.html", "d.txt"}, (documents, skipped)
        assert all(s.reason.strip() for s in (*skipped, *corpus.notes))
        assert len({d.doc for d in documents}) == len(documents), "document ids are unique"
        for d in documents:
            assert d.text.strip() and d.source.strip()
            assert d.published is None or isinstance(d.published, date)
            assert _encodable(d.text) and _encodable(d.source) and _encodable(d.title)


def test_a_lone_surrogate_in_jsonl_never_reaches_the_writers(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "\\ud800 Trade rose 13%.", "source": "\\udfff"}\n', encoding="utf-8")
    corpus = read_corpus([tmp_path])
    for d in corpus.documents:
        d.text.encode("utf-8")
        d.source.encode("utf-8")


# ---------------------------------------------------------------- rule, config, baseline and reference files

RULE_YAML = [
    "- ",
    "id: ",
    "CC101",
    "CC999",
    "name: ",
    "numeric-conflict",
    "check: ",
    "interval_conflict",
    "severity: ",
    "error",
    "fatal",
    "why: ",
    "fires: ",
    "passes: ",
    "params: ",
    "{about: 0.05}",
    "{x: 1}",
    "applies_to: ",
    "[money]",
    "[bogus]",
    "\n",
    "  ",
    '- "A: $40 billion"',
    "[]",
    "{}",
    "null",
    "1",
    "!!binary aGk=",
    "&a ",
    "*a",
    "'",
    ":",
    "enabled: ",
    "example_reference: ",
    "[{fact: x, value: 1}]",
    "[1]",
    "title: ",
    "\t",
    "%",
    "? ",
    "!!python/name:os.system",
    "- {text: 'A: $4'}",
    "- {source: A}",
]
TOML = [
    "[tool.crosscheck]\n",
    "[crosscheck]\n",
    "paths = ",
    "rules = ",
    "workers = ",
    "fail_on = ",
    '"error"',
    '"x"',
    "1",
    "-1",
    "1e400",
    "nan",
    '["a", "b"]',
    "[]",
    "true",
    "{a = 1}",
    "severity = ",
    "params = ",
    "engine = ",
    '"dask"',
    "keep = ",
    "history = ",
    "format = ",
    "\n",
    "=",
    '"',
    "[",
    "]",
    "x",
    '{CC101 = "fatal"}',
    "{CC101 = 1}",
]
BASELINE = [
    "{",
    "}",
    "[",
    "]",
    '"findings"',
    ":",
    ",",
    '"fingerprint"',
    '"abc"',
    '"count"',
    "0",
    "1",
    "-1",
    "1.5",
    "true",
    "null",
    '"expires"',
    '"2024-13-01"',
    '"2024-05-01"',
    '"reason"',
    '"x"',
    "NaN",
    "Infinity",
    "1e400",
]
REFERENCE = [
    "facts:\n",
    "- ",
    "fact: ",
    "trade",
    "value: ",
    "low: ",
    "high: ",
    "1",
    "-1",
    "1e400",
    "x",
    "unit: ",
    "USD",
    "foot",
    "parsec",
    "as_of: ",
    "2024-05-01",
    "tolerance: ",
    "{}",
    "null",
    "\n",
    "  ",
    ", ",
    "[",
    "]",
]
REFERENCE_CSV = [
    "fact,value,low,high,unit,as_of,tolerance\n",
    "trade",
    ",",
    "1",
    "x",
    "USD",
    "foot",
    "2024-05-01",
    "2024-13-01",
    "\n",
    '"',
    "1e400",
]


def _write(folder: str, name: str, text: str) -> Path:
    path = Path(folder) / name
    path.write_text(text, encoding="utf-8")
    return path


def _has_complex_key(text: str) -> bool:
    """A YAML mapping key that is itself a list or mapping ("? - a")."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return False
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            if any(not isinstance(key, yaml.ScalarNode) for key, _ in node.value):
                return True
            stack += [value for _, value in node.value]
        elif isinstance(node, yaml.SequenceNode):
            stack += node.value
    return False


@budget(300)
@given(text=joined(RULE_YAML))
@example(text="- id: !!binary aGk=\xa0")  # found by `make fuzz`: a tag the safe loader cannot build raised
def test_rule_files_raise_only_rule_errors(text: str) -> None:
    from checker.engine import parse_rules

    assume(not _has_complex_key(text))  # see KNOWN_LOADER_BUGS
    try:
        rules = parse_rules(text, "fuzz.yaml")
    except RuleError as exc:
        assert "fuzz.yaml" in str(exc)  # the error names the file (and line)
        return
    assert all(r.id and r.name and r.fires and r.passes for r in rules)


@budget(300)
@given(text=joined(TOML))
def test_config_files_raise_only_config_errors(text: str) -> None:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        data = {}
    table = data.get("crosscheck", data) if isinstance(data.get("crosscheck", data), dict) else {}
    # a list holding a number where paths go: see the xfail test below
    assume(not any(isinstance(v, list) and not all(isinstance(x, str) for x in v) for v in table.values()))
    with tempfile.TemporaryDirectory() as folder, contextlib.suppress(ConfigError):
        load_config(_write(folder, "crosscheck.toml", text))


@budget(300)
@given(text=joined(BASELINE))
def test_baseline_files_raise_only_config_errors(text: str) -> None:
    from checker.baseline import load_baseline

    with tempfile.TemporaryDirectory() as folder:
        try:
            entries = load_baseline(_write(folder, "baseline.json", text))
        except ConfigError:
            return
    assert all(isinstance(e.count, int) and e.count >= 1 and e.fingerprint for e in entries)


@budget(200)
@given(text=joined(REFERENCE), csv_text=joined(REFERENCE_CSV))
def test_reference_files_raise_only_config_errors(text: str, csv_text: str) -> None:
    from checker.reference import load_reference

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        data = None
    except ValueError:
        assume(False)  # an impossible date inside the YAML: see the xfail test below
    items = data.get("facts") if isinstance(data, dict) else data
    assume(not (isinstance(items, list) and not all(isinstance(i, dict) for i in items)))  # see the xfail test
    assume(
        not (isinstance(items, list) and any(isinstance(v, float) and math.isnan(v) for i in items for v in i.values()))
    )
    with tempfile.TemporaryDirectory() as folder:
        for name, body in (("ref.yaml", text), ("ref.csv", csv_text)):
            try:
                facts = load_reference(_write(folder, name, body))
            except ConfigError:
                continue
            for fact in facts:
                assert fact.interval.low <= fact.interval.high or math.isnan(fact.interval.low)


# inputs the fuzzer found crashing or silently accepted by the loaders; each must now be one clear error
LOADER_ERRORS = [
    pytest.param("rules.yaml", "- ? - id\n  : CC101\n", "rules", id="rules-complex-key"),
    pytest.param("crosscheck.toml", 'paths = ["articles", 1]\n', "config", id="config-number-in-paths"),
    pytest.param("ref.yaml", "- 1\n", "reference", id="reference-item-not-a-mapping"),
    pytest.param(
        "ref.yaml",
        "- {fact: trade, value: 1, unit: USD, as_of: 2024-02-30}\n",
        "reference",
        id="reference-impossible-date",
    ),
    pytest.param("ref.yaml", "- {fact: trade, value: .nan, unit: USD}\n", "reference", id="reference-nan-value"),
]


@pytest.mark.parametrize(("name", "text", "loader"), LOADER_ERRORS)
def test_loader_errors_are_clear(tmp_path: Path, name: str, text: str, loader: str) -> None:
    from checker.engine import parse_rules
    from checker.reference import load_reference

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises((ConfigError, RuleError)):
        if loader == "rules":
            parse_rules(text, name)
        else:
            load_config(path) if loader == "config" else load_reference(path)


# ---------------------------------------------------------------- scanning shortcuts

_SCAN_PIECES = st.sampled_from(
    [
        "twenty",
        "-",
        "five",
        "several",
        "hundred",
        "dozen",
        "page",
        "Section",
        "No.",
        "pp.",
        "third",
        "One",
        "12",
        "3rd",
        "x",
        "é",
        "_",
        "(",
        "'",
        ",",
        ".",
        " ",
        "  ",
        "\n",
    ]
)


@budget(300)
@given(
    st.lists(st.sampled_from(["1", "23", "٣", ".", ",", ". ", " ", "a", "1,000", "3.5", "..", ",,"]), max_size=30).map(
        "".join
    )
)
@example("1,234.56 and 7.. 8,,9 ٣.٤")
def test_number_runs_are_the_numbers_a_second_scan_finds(text: str) -> None:
    r"""Digit runs joined by one "." or "," are the spans of r"\d+(?:[.,]\d+)*" (extraction's not-understood count
    reads them without scanning the text again)."""
    assert number_runs(text, digit_spans(text)) == [m.span() for m in _DIGITS.finditer(text)]
    import re

    assert digit_spans(text) == [m.span() for m in re.finditer(r"\d+", text)]  # (its regex opens with a class)


@budget(300)
@given(st.text(alphabet=st.sampled_from("aZq \n\t-.'’é\u212a\u0130ß1😀"), max_size=60))
@example("İstanbul's 2 Kelvin-\u212aelvin words, é-acute and 😀 emoji")
def test_words_of_are_the_regex_runs_of_ascii_letters(text: str) -> None:
    """words_of reads the runs of [A-Za-z] of the lower-cased text (by translating and splitting a copy) exactly as
    the regex finds them, offsets and all, whatever characters outside ASCII stand between them."""
    from checker.extract.windows import _WORDS

    lower = lower_in_place(text)
    assert words_of(text, lower) == [(m.start(), m.end(), m.group()) for m in _WORDS.finditer(lower)]
    assert words_of(text) == words_of(text, lower)


_TOKEN_WORDS = ("Euro area", "plans to", "x'-y", "o'-", "-a", "a-", "--", "’s", "'tis", "Rock-n-roll", "up")
_TOKEN_PIECES = st.sampled_from([*_TOKEN_WORDS, " ", "\n", "é", "İ", "\u212a", "2", "B", "c", "."])


@budget(300)
@given(st.lists(_TOKEN_PIECES, max_size=25).map("".join), st.integers(0, 5), st.integers(0, 5))
@example("The euro area's co-op rose 3%; plans to x'-y ’tis İK\u212a", 1, 2)
def test_claim_tokens_are_the_regex_tokens(text: str, cut_start: int, cut_end: int) -> None:
    """The claims stage's tokens (read from a translated copy, the regex only inside runs with an apostrophe or a
    hyphen) are _WORD_LOWER's matches on the lower-cased span, offsets and all."""
    from checker.claims import _ONE_TOKEN, _WORD_LOWER, _hyphenated, _tokens

    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    low = _ONE_TOKEN.sub(_hyphenated, lower_in_place(text[start:end]).replace("’", "'"))
    expected = [(m.start() + start, m.end() + start, m.group()) for m in _WORD_LOWER.finditer(low)]
    assert [tuple(t) for t in _tokens(text, start, end)] == expected


_GATE_PIECES = st.sampled_from(
    [
        "last",
        "next",
        " ",
        "  ",
        "\n",
        "\t",
        "\u00a0",
        "to",
        "and",
        "day",
        "after",
        "in",
        "a",
        "of",
        "-",
        "2",
        "week",
        "x",
    ]
)


@budget(300)
@given(st.lists(_GATE_PIECES, max_size=30).map("".join))
@example("day  after\nnext\u00a0week in  a ")
def test_date_gates_on_one_spaced_windows_match_the_whitespace_regex(text: str) -> None:
    """A date pattern's gate, run on a window with its whitespace runs written as one space, says what a search
    for its substrings (a space in them read as \\s+) says on the window itself."""
    import re

    from checker.extract.dates import _NEEDS, _gate, one_space

    squashed = one_space(text)
    for name, needs in _NEEDS.items():
        if isinstance(needs, re.Pattern):
            continue
        regex = re.compile("|".join(re.escape(n).replace("\\ ", r"\s+") for n in needs))
        assert bool(_gate(needs)(squashed)) == bool(regex.search(text)), name


@budget(300)
@given(st.lists(_SCAN_PIECES, max_size=40).map("".join), st.integers(0, 30), st.integers(0, 30))
@example("See Section 230, pp. 12 and page 3 (No. 5).", 30, 30)
@example("See boo\u212a 5 and the ca\u017fe 12 files.", 30, 30)
def test_matching_at_word_starts_finds_what_finditer_finds(text: str, before: int, after: int) -> None:
    """Trying a word-initial pattern only where a word starts gives exactly pattern.finditer's matches."""
    starts = [w[0] for w in words_of(text)]
    anchors = sorted(digit_spans(text) + [(s, e) for s, e, _ in words_of(text)][::3])
    windows = merge_windows(text, anchors, before, after)
    for pattern in (_SCAN_WORDS, _NAMING_WORD_NUMBER):
        expected = [m.span() for a, b in windows for m in pattern.finditer(text, a, b)]
        assert [m.span() for m in match_at_word_starts(pattern, text, windows, starts)] == expected
    # name_spans tries the naming-word pattern only where a naming word starts
    from checker.extract.names import naming_word_starts

    naming = naming_word_starts(text, words_of(text))
    expected = [m.span() for a, b in windows for m in _NAMING_WORD_NUMBER.finditer(text, a, b)]
    assert [m.span() for m in match_at_word_starts(_NAMING_WORD_NUMBER, text, windows, naming)] == expected


def test_the_word_start_shortcut_reads_number_words_and_named_numbers() -> None:
    text = "Some twenty-five people read page 12 and Section 230, three of them twice."
    starts = [w[0] for w in words_of(text)]
    found = [m.group() for m in match_at_word_starts(_SCAN_WORDS, text, [(0, len(text))], starts)]
    assert found[:2] == ["twenty-five", "three"]
    named = [m.group() for m in match_at_word_starts(_NAMING_WORD_NUMBER, text, [(0, len(text))], starts)]
    assert named == ["page 12", "Section 230"]


_DATE_PIECES = st.sampled_from(
    [
        *("3rd", "21st", "2ND", "the", "on", "Monday", "of", "this", "month", "spring", "Summer", "the fall", "in"),
        *("2024", "7", "11:47", "a.m.", "P.M.", "pm", "noon", "Midnight", "GMT", "at", "since", "'", "-", ".", ","),
        *(" ", "  ", "\n", "Ste", "winter,", "2024-05-16", "5/16/2024", "2024/05", "2024.5.16", "16-May-2024"),
        *("May-2024", "2023", "between", "and", "to", "through", "–", "~", "/", "on 5/16", "5-16-2024", "12", "3"),
        *("earlier", "later", "week", "year", "ago", "past", "next", "quarter", "half", "first", "end of", "early"),
        *("1٥th", "٣rd", "२", "Christmas", "Eve", "Day", "New", "Year's", "St.", "Patrick’s", "Veterans", "Easter"),
        *("Martin Luther King Jr.", "International Workers'", "May Day", "Black Friday", "Labor", "Good Friday"),
    ]
)


@budget(300)
@given(st.lists(_DATE_PIECES, max_size=30).map("".join))
@example("They met in the fall of 2024, on the 3rd. of this month, at noon, and on the 21st of this month.")
@example("Filed 2024-05-16, 5/16/2024, 2024.5.16, 16-May-2024 and 5-16-2024; due on 5/16; from 2023 to 2024.")
@example("Between 2019 and 2021, and 2024/05, and May-2024, and 12-15 May, and 3rd through 5th June.")
@example("Earlier in the week, and later in the year, two years ago, the first half of 2023, the end of the quarter.")
@example("2024to2024")  # found by `make fuzz`: a year range glued to its "to"
@example("next\nmonth")  # found by `make fuzz`: the gates read windows with whitespace runs as one space
@example("On Christmas Day 2024, since Easter, on St.  Patrick’s\nDay, Martin Luther King Jr. Day, 5th to 7th May")
def test_every_date_match_holds_a_substring_its_gate_looks_for(text: str) -> None:
    """The date scanner skips a pattern where none of its needed substrings occurs (in the lower-cased windows, each
    whitespace run one space): so every match of a gated pattern must contain one of them, or the gate would hide
    real dates."""
    from checker.extract import dates

    for pattern, _, name, _, needs in dates._SCAN_PLAN:
        for m in pattern.finditer(text):
            assert needs is None or needs(dates.one_space(lower_in_place(m.group()))), (name, m.group())
    for m in dates._TIME.finditer(text):
        assert dates._TIME_NEEDS.search(dates.one_space(lower_in_place(m.group()))), m.group()


_NAME_PIECES = st.sampled_from(
    [
        *("(800)", "555-0199", "800-555-0199", "+44", "20", "7946", "G7", "F-16", "COVID-19", "5G", "3D", "US", "SR"),
        *("Hwy", "State Road", "#1", "@x9", "v2.1", "No.", "No. 1", "A320", "MH17", " ", "-", ".", "12", "2024", "x"),
    ]
)


@budget(300)
@given(st.lists(_NAME_PIECES, max_size=20).map("".join))
@example("Call (800) 555-0199 or +44 20 7946 0958; G7, F-16 and 5G; US 41, State Road 60; #1, v2.1, No. 1.")
def test_every_short_reach_name_match_holds_what_the_name_gate_looks_for(text: str) -> None:
    """name_spans skips the short-reach patterns in windows where _NEAR_GATE finds nothing: every match of
    those patterns must hold something it finds."""
    from checker.extract import names

    for pattern, _, wide in names._NAME_PATTERNS:
        if wide or pattern is names._NAMING_WORD_NUMBER:
            continue
        for m in pattern.finditer(text):
            assert names._NEAR_GATE.search(m.group()), (pattern.pattern[:40], m.group())


_PROPER_PIECES = st.sampled_from(
    [
        *("Siberia", "Boeing", "iPhone", "USD", "ABC", "AB", "Power", "of", "the", "Terminal", "$", "€", "x", "é"),
        *("_", " ", "  ", "\n", "2", "737", "15", "3-year", "1.5", "12 million", " is", "SGD1", "iPad", "-", ","),
    ]
)


@budget(300)
@given(st.lists(_PROPER_PIECES, max_size=16).map("".join), st.integers(0, 8))
@example("the SGD1.75-billion Terminal 3 and Power of Siberia 2, the iPhone 15 and ABC1 Unit 4", 0)
def test_the_proper_name_pattern_written_capital_first_matches_its_definition(text: str, cut: int) -> None:
    # the name's first word with its first letter before the look-behind (a faster scan): the same matches
    import re

    from checker.extract import names

    head = r"((?:[A-Z](?<![\w$€£][A-Z])(?![A-Z]{2}\d)[\w'’.&-]*|i(?<![\w$€£]i)[A-Z][\w]*)"
    definition = names._PROPER_NUMBER.pattern.replace(
        head, r"(?<![\w$€£])((?:(?![A-Z]{3}\d)[A-Z][\w'’.&-]*|i[A-Z][\w]*)", 1
    )
    assert definition != names._PROPER_NUMBER.pattern
    plain = re.compile(definition)
    cut = min(cut, len(text))
    assert [m.regs for m in names._PROPER_NUMBER.finditer(text, cut)] == [m.regs for m in plain.finditer(text, cut)]


@budget(300)
@given(st.text(alphabet=st.sampled_from(list("aBz İK\u212a’'-9é")), max_size=40))
def test_lower_in_place_keeps_every_offset(text: str) -> None:
    low = lower_in_place(text)
    assert len(low) == len(text)
    assert all(a == b or a.lower() == b for a, b in zip(text, low, strict=True))
    assert low.count("\u212a") == text.count("\u212a") and low.count("İ") == text.count("İ")


@budget(300)
@given(st.text(alphabet=st.sampled_from(list("aBz İK\u212a’'-9é.\n")), max_size=40))
def test_words_of_are_the_lower_cased_ascii_words_of_the_text(text: str) -> None:
    # words_of reads the words off lower_in_place(text): the same spans and words as the text's own
    import re

    expected = [(m.start(), m.end(), m.group().lower()) for m in re.finditer(r"[A-Za-z]+", text)]
    assert words_of(text) == expected == words_of(text, lower_in_place(text))


_CLASS_FIRST_PIECES = st.sampled_from(
    [
        *("in ", "at ", "to ", "on ", "into ", "onto ", "near ", "off ", "over ", "around ", "inside ", "the "),
        *("Paris", "Bay", "of ", "Key", "tin ", "Sat", "A.", "U.S. ", "Mr. ", "2.5 ", "No. 9", "x"),
        *(". ", "! ", "? ", "… ", ".\u201d ", ".) ", "\n", "\n\n", ", ", "; ", ": ", ":", " – ", "—", "(", ")"),
        *(", while ", ", and ", ", according ", ", as", ",  but ", ",where", " "),
        *("xin ", "éin ", "_on ", "9at ", "toward ", "towards ", "through ", "across ", "inside ", "outside "),
        *("...", "?!", "…", ".\n", "\n\n\n", ":", " – ", "“", "’", "]", "2", "I"),
    ]
)


@budget(300)
@given(st.lists(_CLASS_FIRST_PIECES, max_size=30).map("".join))
def test_whole_article_scans_written_to_open_with_a_class_match_their_definitions(text: str) -> None:
    # the scans of whole articles written to open with one character class (faster: see checker.text) match
    # exactly where their plain patterns match: the sentence boundaries, clause breaks and locative places
    import re

    from checker import claims as claims_module
    from checker import text as text_module

    for compiled, definition in (
        (text_module._BOUNDARY, text_module.BOUNDARY_PATTERN),
        (claims_module._CLAUSE_BREAK, claims_module.CLAUSE_BREAK_PATTERN),
        (claims_module._LOCATIVE, claims_module.LOCATIVE_PATTERN),
    ):
        plain = re.compile(definition)
        assert [(m.span(), m.groupdict()) for m in compiled.finditer(text)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(text)
        ]


@budget(300)
@given(
    st.lists(
        st.sampled_from(["of", " of ", "of the ", " the ", "  ", "\n", "\t", "Of", "Paris", "x", "proof", "of\n"]),
        max_size=16,
    ).map("".join),
    st.integers(0, 8),
    st.integers(0, 8),
)
def test_of_capitals_are_the_spans_of_the_plain_of_pattern(text: str, cut_start: int, cut_end: int) -> None:
    # _OF_CAPITAL opens with its literal "of" (fast in re) and _of_capitals adds the space before it back: the same
    # spans as the plain pattern, within any bounds
    import re

    from checker.claims import _of_capitals

    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    plain = re.compile(r"\sof\s+(?:the\s+)?[A-Z]")
    assert _of_capitals(text, start, end) == [m.span() for m in plain.finditer(text, start, end)]


@budget(300)
@given(
    st.lists(
        st.sampled_from(
            [
                *("more than ", "nearly ", "doubled", "Double", "twice", "tripling", "three  times", "four"),
                *(" times", "half", "halved", "behalf", "redoubled", " the ", "x", "-", " "),
            ]
        ),
        max_size=12,
    ).map("".join)
)
def test_the_multiple_gate_passes_every_text_a_multiple_pattern_matches(between: str) -> None:
    # multiple_arithmetic looks for its eight patterns only where the one gate finds a word: it must never
    # hide a match
    from checker.checks.arithmetic import _ANY_MULTIPLE, _MULTIPLES

    if any(pattern.search(between) for pattern, _, _ in _MULTIPLES):
        assert _ANY_MULTIPLE.search(between)


_CSV_CELLS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(alphabet=st.sampled_from(list("a ,\"\r\n\t'=-;é’\u2028\x00")), max_size=12),
)


@budget(500)
@given(st.lists(st.lists(_CSV_CELLS, max_size=6), max_size=4))
def test_csv_lines_are_what_the_csv_module_writes(rows: list[list[object]]) -> None:
    import csv
    import io

    from checker.report.tables import csv_line

    expected = io.StringIO(newline="")
    csv.writer(expected).writerows(rows)
    assert "".join(map(csv_line, rows)) == expected.getvalue()


_COMPANY_BITS = ["company", "firm", "airline", "airlines", "confirm", "Company", "Ford", "General Motors", "GM", "Inc."]
_COMPANY_BITS += ["Ironbark", "Foods", "Group", "Bank", "plc", "Semiconductors", "Chief", " ", "  ", "\n", ",", "'s"]
_COMPANY_BITS += ["-", "&", "Putin", "Putin's", "Putins", "McPutin", "é", "Ltd", "the", "Tessaly Materials"]


@budget(300)
@given(text=joined(_COMPANY_BITS), word=st.sampled_from(["Putin", "Ford", "Ironbark", "Materials", "Chief"]))
@example(text="company Ford  Foods Inc. firm Putin", word="Putin")
def test_the_claims_stages_company_and_name_scans_find_what_their_regexes_find(text: str, word: str) -> None:
    # the fast forms build_claims scans a whole article with (candidates found by str.find, or the regex run only
    # near the words a match must hold) find exactly what the plain regex finds
    from collections import Counter

    from checker import claims

    assert [m.span() for m in claims._called_companies(text)] == [
        m.span() for m in claims._CALLED_COMPANY.finditer(text)
    ]
    assert claims._capitalized_count(text, word) == Counter(claims._CAPITALIZED.findall(text))[word]
    spans = [m.span() for m in claims._ORGANISATION_SUFFIX.finditer(text)]
    windowed = [
        m.span() for a, b in merge_windows(text, spans, 160, 0) for m in claims._ORGANISATION.finditer(text, a, b)
    ]
    assert windowed == [m.span() for m in claims._ORGANISATION.finditer(text)]


_WORD_BITS = ["GM", "gm", "GMC", "AGM", "_GM", "GM_", "GM2", "2GM", "é", "GMé", " ", "\n", ",", ".", "-", "'", "’"]


@budget(300)
@given(text=joined(_WORD_BITS), word=st.sampled_from(["GM", "GMC", "M"]))
@example(text="AGM GM", word="GM")
def test_has_word_is_the_word_bounded_regex_search(text: str, word: str) -> None:
    import re

    from checker.text import has_word

    assert has_word(text, word) == (re.search(rf"\b{re.escape(word)}\b", text) is not None)


_PHRASE_BITS = ["could", "could reach", "coulda", "may", "said", "says", "according to", "according", "of them"]
_PHRASE_BITS += ["half of", "half", "expected to", "is expected", "unexpected", " ", "  ", "\n", ",", "-", "x"]


@budget(300)
@given(text=joined(_PHRASE_BITS))
@example(text="unexpected to")
def test_the_phrase_tests_find_what_their_regexes_find(text: str) -> None:
    # the substring search before the regex rules out only texts the regex cannot match
    from checker import claims, concepts

    for test, phrases in (
        (claims._HEDGED, concepts.HEDGES),
        (claims._FORECAST, concepts.FORECAST),
        (claims._REPORTED, concepts.REPORTED),
        (claims._PART, concepts.PART_WORDS),
    ):
        assert test(text) == (claims._phrases_re(phrases).search(text) is not None)


@budget(200)
@given(
    published=st.dates(date(1900, 1, 1), date(2100, 12, 31)),
    amount=st.integers(1, 40),
    unit=st.sampled_from(["day", "week", "fortnight", "month", "year", "decade"]),
    ago=st.booleans(),
)
def test_a_counted_date_covers_the_day_it_counts_to(published: date, amount: int, unit: str, ago: bool) -> None:
    """'N units ago' / 'in N units': the point is publication moved by N units (a month's day kept where the month
    has it), and the span holds it: the day itself, ±3 days for a week (±7 for a fortnight), its calendar month or
    year otherwise."""
    from dateutil.relativedelta import relativedelta

    from checker.extract import extract_text

    assume(ago or unit != "decade")  # "the worst storm in a decade" is no date: "in N decades" is not read
    phrase = (
        f"{amount} {unit}{'s' if amount > 1 else ''} ago" if ago else f"in {amount} {unit}{'s' if amount > 1 else ''}"
    )
    text = f"The plant closed {phrase}." if ago else f"The plant will reopen {phrase}."
    (m,) = extract_text("t", text, published).mentions
    sign = -1 if ago else 1
    months = {"month": 1, "year": 12, "decade": 120}.get(unit, 0)
    days = {"day": 1, "week": 7, "fortnight": 14}.get(unit, 0)
    point = published + relativedelta(months=sign * amount * months, days=sign * amount * days)
    span = m.date
    assert (m.text, span.point) == (phrase, point)
    assert span.start <= point <= span.end
    if days:
        half = {"day": 0, "week": 3, "fortnight": 7}[unit]
        assert (span.end - span.start).days == 2 * half and (point - span.start).days == half
    elif unit == "month":
        assert (span.start, span.end.month, (span.end + timedelta(days=1)).day) == (
            point.replace(day=1),
            point.month,
            1,
        )
    else:
        assert (span.start, span.end) == (date(point.year, 1, 1), date(point.year, 12, 31))

"""Numbers with what they count or measure: money, percentages, quantities with units, counts, rates,
durations, ages, ordinals and years.

One compiled scan finds the numerals and number words; each is then read with its neighbours: currency and
qualifier before it, scale word, currency word, percent sign, unit (from the unit lexicon), rate ("a day")
and counted noun after it. Ranges ("$2.1 billion to $2.4 billion", "between $3 and $4 million") become one
mention; changes ("from 25% to 100%") stay two, marked with their role.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from checker.extract import units as unitlib
from checker.extract.lexicon import (
    ABOUT,
    AMOUNT_SHAPED,
    CURRENCY_CODES_AFTER,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    FUNCTION_WORDS,
    GLUED_CURRENCY_CODES,
    GLUED_SCALES,
    MONTHS,
    MULTIPLIER_WORDS,
    NEAR,
    ORDINAL_WORDS,
    QUALIFIERS,
    SCALE_WORDS,
    SHORT_PREFIX_CURRENCIES,
    TENS_WORDS,
    UNITS_WORDS,
    VAGUE_COUNTS,
)
from checker.extract.windows import digit_spans, match_at_word_starts, merge_windows, word_spans, words_of
from checker.model import DateSpan, Interval, Kind, Mention
from checker.text import lower_in_place

# ---------------------------------------------------------------- the scan

_U19 = "|".join(sorted(UNITS_WORDS, key=len, reverse=True))
_U9 = "one|two|three|four|five|six|seven|eight|nine"
_TENS = "|".join(TENS_WORDS)
_SIMPLE = rf"(?:(?:{_TENS})(?:\s*-\s*|\s+)(?:{_U9})\b|(?:{_TENS}|{_U19}))"
_MULT = "hundred|thousand|million|billion|trillion|dozen"
# "two and a half", "a million and a quarter", "five billion and three quarters"
_HALF = r"(?:\s+and\s+(?:(?:a|one)\s+(?:half|quarter)|three[\s-]+quarters)\b(?!-))"
# "a half-million", "a quarter of a million", "three-quarters of a billion"
_FRACTION_OF = (
    r"(?:(?:a\s+)?(?:half|quarter)[\s-]+(?:of\s+a\s+)?(?:thousand|million|billion|trillion)"
    r"|(?:three|two)[\s-]+quarters\s+of\s+a\s+(?:thousand|million|billion|trillion))"
)
# a number word may continue ("three hundred and fifty") only after a multiplier: "ten and fifteen" is two numbers
_MULTIPLIED = rf"(?:{_SIMPLE}|(?:a|an))(?:\s+(?:{_MULT}))+"
_WORD_NUMBER = (
    rf"(?:{_FRACTION_OF}"
    rf"|{_MULTIPLIED}(?:\s+(?:and\s+)?(?!(?:(?:a|one)\s+(?:half|quarter)|three[\s-]+quarters)\b(?!-))"
    rf"(?:{_MULTIPLIED}|{_SIMPLE}))*"
    rf"(?:{_HALF}(?:\s+(?:{_MULT}))?)?"
    rf"|(?:{_SIMPLE}){_HALF}(?:\s+(?:{_MULT}))?"
    rf"|{_SIMPLE}"
    rf"|half\s+a\s+(?:{_MULT}))"
)
# the vague amounts before a noun ("hundreds of people"), and the compound ones that end a phrase too ("hundreds of
# thousands fled", "drew tens of thousands")
_VAGUE_COMPOUNDS = frozenset(k.removesuffix(" of") for k in VAGUE_COUNTS if k.count(" of") == 2)
_VAGUE = "|".join(
    sorted(
        (re.escape(k) for k in (*(k for k in VAGUE_COUNTS if k.endswith(" of")), *_VAGUE_COMPOUNDS)),
        key=len,
        reverse=True,
    )
)
# a plural scale word on its own is a vague count too: "Thousands fled", "hundreds were hurt", "by the dozens"
_VAGUE_BARE = r"(?:dozens|hundreds|thousands|millions)(?![\w-]|\s+of\b)"
# "a few" and "several" are figures only before a scale: "a few hundred metres", "several thousand people",
# "several million dollars" (never "several people": how many is not said)
_VAGUE_BEFORE_SCALE = r"(?:a\s+few|several)(?=[\s-]+(?:hundred|thousand|million|billion|trillion|dozen)\b)"
# an age by decade in words: "in his forties", "in her late teens" (teens are 13-19: early 13-15, late 17-19)
_DECADE_WORDS = {
    "teens": 13.0,
    "twenties": 20.0,
    "thirties": 30.0,
    "forties": 40.0,
    "fifties": 50.0,
    "sixties": 60.0,
    "seventies": 70.0,
    "eighties": 80.0,
    "nineties": 90.0,
}
_ORDINAL_ALT = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
_COMPOUND_ORDINAL = rf"(?:{_TENS})(?:\s*-\s*|\s+)(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"

# thousands grouped by plain spaces ("40 000", "1 414 021 100"), never after a number or a month ("May 5 200 miles")
_SPACE_GROUPED = (
    r"(?=\d{1,3} \d{3}(?!\d))"  # the cheap test first: the look-behinds then run only where it holds
    + "".join(sorted({rf"(?<!{re.escape(m)} )" for m in MONTHS} | {rf"(?<!{m}\. )" for m in MONTHS if len(m) <= 4}))
    + r"(?<!\d )(?<!\d-)\d{1,3}(?: \d{3})+(?![\d,.]?\d)(?!\s?-\s?\d)"
)
# a share of a whole, written as a fraction: "two-thirds of voters", "a third of homes", "a two-thirds majority"
_SINGLE_DENOMINATORS = {w: n for w, n in ORDINAL_WORDS.items() if 3 <= n <= 10 and w != "nineth"} | {"quarter": 4}
_DENOMINATORS = {
    "half": 2,
    "halves": 2,
    **_SINGLE_DENOMINATORS,
    **{f"{w}s": n for w, n in _SINGLE_DENOMINATORS.items()},
}
_SHARE = (
    r"(?i:(?P<share_n>a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?P<share_d>"
    + "|".join(sorted(_DENOMINATORS, key=len, reverse=True))
    # "half of the workers" (not "the first half of", a period, nor "the other half of")
    + r")|(?<!first )(?<!second )(?<!other )(?<!the )(?<!back )(?<!top )(?<!one )(?<!a )(?P<share_half>half))"
    # ... never of "a": "a third of a mile", "a fifth of a percent", "a quarter of a million" are amounts
    + r"\b(?=\s+(?:of|majority|share|stake)\b)(?!\s+of\s+(?:an?|one)\b)"
)

# a change by a fraction: "rents rose by a third", "cut by a quarter", "fell by half" (a third of what was, as a
# percentage; "by a third party" stays an ordinal)
_BY_FRACTION = (
    r"(?<=\bby\s)(?i:(?P<by_n>a|one)\s+(?P<by_d>third|quarter|fifth|tenth)|(?P<by_half>half))\b"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?i:in|to|from|since|over|on|last|this|after|compared|year|between|and|or)\b)"
)
# a fraction of a percent, a percentage point or a unit: "half a percent", "a quarter of a percentage point",
# "three quarters of a percent", "one-half percent", "half a mile", "three-quarters of a mile", "a half-mile",
# "half an hour", "a quarter-century" (the percent word or unit after it is read as after any figure)
_PERCENT_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3, "fifth": 0.2, "tenth": 0.1}
_FRACTION_UNIT = (
    r"(?i:percent|per\s?cent|percentage[\s-]points?|point|(?:mile|kilomet(?:er|re)|met(?:er|re)|foot|feet|yard|inch|"
    r"acre|hectare|pound|kilo(?:gram(?:me)?)?|ton(?:ne)?|ounce|gallon|lit(?:er|re)|barrel|hour|day|week|month|year|"
    r"decade|century|minute|second)(?:e?s)?)\b"
)
_FRACTION_OF_PERCENT = (
    r"(?i:(?:(?:a|one)[\s-]+)?(?P<fp_one>half|quarter|third|fifth|tenth)(?:\s+of)?\s+(?:a|an|one)(?=\s)"
    r"|(?P<fp_three>three)[\s-]+quarters\s+of\s+(?:a|an|one)(?=\s)"
    r"|(?P<fp_two>two)[\s-]+thirds\s+of\s+(?:a|an|one)(?=\s)"
    r"|(?:a|one)[\s-](?P<fp_bare>half|quarter)(?=[\s-]))"
    r"(?=[\s-]+" + _FRACTION_UNIT + r")"
)

# the scan in two halves, so that each runs only where it can match: numerals around digits, number words
# around number-word anchors (the group names are the same; the other half's groups never match)
_NEVER = "(?!x)x"
_SCAN_DIGITS = re.compile(
    # a comma glued to a word before it is badly spaced copy, not a thousands separator: "Putin,71,arrived"
    r"(?P<numeral>(?:(?<![\w.,])|(?<=[A-Za-z],)|(?<=" + "|".join(GLUED_CURRENCY_CODES) + r"|KSh|Ksh)|(?<=Rp|RM|Tk)"
    # a bare "R" or "Sh" only before an amount-shaped number: "R50,000", "Sh1.2 trillion" (not "R2-D2", "R5")
    r"|(?:" + "|".join(f"(?<=(?<![A-Za-z]){p})" for p in SHORT_PREFIX_CURRENCIES) + r")(?=" + AMOUNT_SHAPED + r"))"
    r"(?:\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?!\d)"
    # a decimal comma right before a percent sign or after/before the euro: "8,26%", "14,66 %", "€1,50", "1,50 euros"
    # ... or before a scale word: "$2,8bn", "8,3 million"
    r"|\d{1,3},\d{1,2}(?=\s?(?:%|€|(?i:euros?|eur|bn|bln|mn|mln|tn|million|billion|trillion)\b))"
    r"|(?:(?<=€)|(?<=€ ))\d{1,3},\d{1,2}(?![\d,])"
    rf"|{_SPACE_GROUPED}|\d+)(?:\.\d+)?(?!\d|,\d)|(?<![\w.,])\.\d+)"
    r"(?P<ordsuf>st|nd|rd|th)?"
    rf"(?P<share>{_NEVER})?(?P<vague>{_NEVER})?(?P<ordword>{_NEVER})?(?P<words>{_NEVER})?(?P<ordword2>{_NEVER})?"
    rf"(?P<decade>{_NEVER})?(?P<fracpct>{_NEVER})?(?P<byfrac>{_NEVER})?"
)
_SCAN_WORDS = re.compile(
    rf"(?P<numeral>{_NEVER})?(?P<ordsuf>{_NEVER})?"
    rf"(?:(?P<fracpct>\b{_FRACTION_OF_PERCENT})"
    rf"|(?P<byfrac>{_BY_FRACTION})"
    rf"|(?P<share>\b{_SHARE})"
    rf"|(?P<vague>\b(?i:{_VAGUE}|{_VAGUE_BEFORE_SCALE}|{_VAGUE_BARE})\b)"
    rf"|(?P<ordword>\b(?i:{_COMPOUND_ORDINAL})\b(?!-))"
    rf"|(?P<words>\b(?i:{_WORD_NUMBER})\b(?!\s*-\s*(?:{_U9})\b))"
    rf"|(?P<ordword2>\b(?i:{_ORDINAL_ALT})\b)"
    rf"|(?P<decade>\b(?i:{'|'.join(_DECADE_WORDS)})\b))"
)

# "MM" is the finance million ("US$ 1MM"); "tln" the Russian-English trillion
_GLUED = re.compile(r"(?P<g>bn|bln|mn|mln|mil|tn|trn|tln|trln|MM|[bmkBMKT])(?![A-Za-z])")
_SCALE_AFTER = re.compile(
    # (a plural after a number is a non-native spelling of the scale: "15 millions euros")
    r"[\s-]{0,2}(?P<scale>lakh[\s-]crore|thousand[\s-]crore|(?:thousand|million|billion|trillion)s?|bn|bln|mn|mln|tn|"
    r"trn|tln|"
    r"crore|lakh|"
    r"hundred|dozens?|dozs?|dzs?)\b",
    re.IGNORECASE,
)
# "percents" and a bare "percentage" ("a 100 percentage rise") are loose spellings of percent, and a spinner's
# "proportion" ("exports rose 13 proportion", beside its "proportion factors" for percentage points)
_PERCENT = re.compile(
    # British papers' "pc" ("rose 4.5pc"), in lower case only ("a 5 PC network" is computers), and "p.c."
    r"\s?(?P<pct>%|per\s?cent\b|percents?\b|pct\b|(?-i:pc)\b|(?-i:p\.c\.)|per-cent\b|"
    r"percentage\b(?![\s-]+(?:points?|pts?)\b)|proportion\b(?![\s-]+(?:factors?|points?|of)\b))",
    re.IGNORECASE,
)
_PP = re.compile(
    r"[\s-](?P<pp>percentage[\s-]points?|percent(?:age)?[\s-]pts?|proportion[\s-](?:factors?|points?)|"
    r"basis[\s-]points?|bps)\b",
    re.IGNORECASE,
)
_CURRENCY_WORD = re.compile(
    r"[\s-]{1,2}(?P<cur>"
    + "|".join(sorted((re.escape(w) for w in CURRENCY_WORDS), key=len, reverse=True))
    + r"|pounds?)\b",
    re.IGNORECASE,
)
_CURRENCY_CODE_AFTER = re.compile(
    r"\s?(?P<code>" + "|".join(sorted(CURRENCY_CODES_AFTER)) + r")\b"
    r"|\s(?P<lower>usd|eur|gbp|rmb|cny|inr|jpy|chf)\b"  # "20 usd": codes typed in lower case
)
# "30 MUSD", "120 MEUR", "2 BSEK": a million (M) or billion (B) of the currency, as Nordic reports write them
_SCALED_CODE_AFTER = re.compile(r"\s?(?P<scale>[MB])(?P<code>USD|EUR|GBP|SEK|NOK|DKK|CHF|AUD|CAD|ISK)\b")
_CURRENCY_PREFIX_ALT = "|".join(sorted((re.escape(k) for k in CURRENCY_PREFIXES), key=len, reverse=True))
_CURRENCY_BEFORE = re.compile(
    r"(?P<cur>"
    + _CURRENCY_PREFIX_ALT
    # spaced only after a country code: "a $5m" is USD; lower case from tokenized copy ("c $ 16.4 million")
    + r"|(?<![A-Za-z])(?:HK|CA|AU|NZ|NT|US|(?i:hk|c|ca|au|nz|nt|mxn|aud|cad|nzd))\s?\$)\s{0,2}$"
)
# the second number of a money range whose currency only the first writes: "£3-4m", "$1.5-2bn"
_CURRENCY_RANGE_BEFORE = re.compile(r"(?:" + _CURRENCY_PREFIX_ALT + r")\s?\d[\d.,]*\s?(?:-|–|to)\s?$")
_CURRENCY_SYMBOL_AFTER = re.compile(r"\s?(?P<code>€|£|¥|元|₽|₹|₩|₺|₴|₪|₦|₱|฿|₡|₾|₭|₿|\$(?!\s?\d))")
# pence or cents glued in lower case: "petrol at 189.9p a litre", "up 5c a share" (not "4p.m.", "p45", "5cm")
_GLUED_SUBUNIT = re.compile(r"(?P<of>)(?P<sub>[pc])(?![\w]|\.\w)")  # (groups named as in _SUBUNIT_AFTER)
_SUBUNIT_AFTER = re.compile(r"[\s-](?P<of>euro\s)?(?P<sub>cents?|pence|penny|pennies|eurocents?)\b", re.IGNORECASE)
# a scale's name between a qualifier and its figure
_SCALE_NAME_BEFORE = re.compile(r"\b(?:[Mm]agnitude|[Cc]ategory|[Ll]evel|[Gg]rade|[Ff]orce)\s+$")
_QUALIFIER_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\"“'‘,—–-]))(?P<q>"
    + "|".join(sorted((re.escape(k) for k in QUALIFIERS if k != "+"), key=len, reverse=True))
    + r")[\s-]+$",
    re.IGNORECASE,
)
# every qualifier, lower case: a cheap test rules _QUALIFIER_BEFORE out before its search (retried at 24 positions)
_QUALIFIER_ENDINGS = tuple(k for k in QUALIFIERS if k != "+")
_QUALIFIER_LONGEST = max(map(len, _QUALIFIER_ENDINGS))


# a verb whose particle "up" makes "up to" the level it moved to: "ticked up to 4.1%", "edged up to $85", "was
# revised up to 2.1%" ("could reach up to 50 cm", "paid up to $5" keep the qualifier)
_UP_VERB_BEFORE = re.compile(
    r"\b(?:tick(?:ed|s|ing)?|edg(?:ed|es|ing|e)|inch(?:ed|es|ing)?|cre(?:pt|eps?|eping)|mov(?:ed|es|ing|e)|"
    r"went|go(?:es|ing)?|shot|jump(?:ed|s|ing)?|climb(?:ed|s|ing)?|pick(?:ed|s|ing)?|bump(?:ed|s|ing)?|"
    r"notch(?:ed|es|ing)?|step(?:ped|s|ping)?|ramp(?:ed|s|ing)?|revis(?:ed|es|ing|e)|nudg(?:ed|es|ing|e)|"
    r"mark(?:ed|s|ing)?|roun(?:ded|ds|ding|d))\s+$",
    re.IGNORECASE,
)


# "points" that are percentage points: the share the change leads to or from follows, or precedes the change
# ("rose 3 points to 71%", "at 45%, up 3 points"; not "fell 120 points, or 0.3%", which are an index's points)
_POINTS = re.compile(r"\s+points?\b")
# a fraction of one point is a fraction of a percentage point: "a quarter point", "half a point" (never an index's)
_FRACTION_POINT = re.compile(r"[\s-]point\b", re.IGNORECASE)
# ... of a rate, a yield or a share in the sentence ("half a point ahead" in a chess report is a score)
_RATE_MOVE_CUE = re.compile(
    r"(?i:\b(?:rates?|yields?|inflation|unemployment|mortgages?|bonds?|treasur\w*|central\s+bank|fed|ecb|"
    r"(?:rate\s+)?(?:cuts?|hikes?|increases?|rises?|reductions?)|polls?|lead)\b)|%"
)
_SHARE_AFTER_POINTS = re.compile(r"\s+(?:to|from|at)\s+\d+(?:\.\d+)?\s?(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)
_SHARE_BEFORE_POINTS = re.compile(r"\d\s?(?:%|percent|per\s+cent),?\s+(?:up|down)\s+(?:by\s+)?$", re.IGNORECASE)


def _qualifier_before(text: str, left_edge: int) -> re.Match[str] | None:
    """_QUALIFIER_BEFORE in the 24 characters before `left_edge`; searched only when the text there, without its
    trailing spaces and hyphens, ends with a qualifier (compared in lower case when ASCII; anything else is
    searched, as IGNORECASE may match beyond ASCII)."""
    window = text[max(0, left_edge - 24) : left_edge]
    core = window.rstrip()
    while core.endswith("-"):
        core = core[:-1].rstrip()
    tail = core[-_QUALIFIER_LONGEST:]
    if tail.isascii() and not tail.lower().endswith(_QUALIFIER_ENDINGS):
        return None
    return _QUALIFIER_BEFORE.search(text, max(0, left_edge - 24), left_edge)


_RATE = re.compile(
    r"(?:\s+of\s+(?:[a-z]+\s+){0,2}?[a-z]+(?=\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|yr|hour|minute)\b))?"
    # "$10 a month", "$10/month", "a $10-a-month plan"
    r"(?:\s*(?:a|an|per|each|every)\s+|\s*/\s*|-(?:a|an|per)-)"
    r"(?P<per>day|week|month|year|hour|minute|second|annum|yr|d|h|hr|min|s)\b"
    r"(?!\s+(?:earlier|ago|before|later|after|from\s+now|prior))"
    # (not "150 million monthly active users": a count of users, not users per month)
    r"|\s+(?P<adv>annually|yearly|daily|monthly|weekly|hourly)\b(?!\s+active\b)",
    re.IGNORECASE,
)
_NOUN = re.compile(r"[\s-]{1,2}(?P<w>[A-Za-z](?:[A-Za-z'’]|-(?=[A-Za-z]))*)\b(?![-\d]|\s+[A-Z]*\d)")
_YEAR_PREPOSITIONS = frozenset(
    {"over", "around", "about", "under", "below", "above", "by", "some", "circa", "before", "after", "until"}
)
# a name or a word for a person, then the age between commas: "Putin, 71,", "the suspect, 34,"
_AGE_NAME_BEFORE = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)* ?,\s*$"
    r"|\b(?i:suspect|victim|man|woman|boy|girl|driver|pilot|officer|soldier|mother|father|son|daughter|husband|wife|"
    r"teenager|student|teacher|worker|resident|owner|patient|survivor|gunman|shooter|defendant|passenger|"
    # a title or a role said before the age: "the senator, 78,", "the actor, 64,"
    r"senator|president|governor|mayor|minister|lawmaker|congressman|congresswoman|candidate|leader|chairman|"
    r"chairwoman|founder|executive|judge|actor|actress|singer|star|player|coach|athlete|author|writer|director|"
    r"artist|musician|journalist|reporter|doctor|nurse|farmer|veteran|billionaire|activist|prisoner|hostage|"
    r"brother|sister|grandmother|grandfather|child|king|queen|prince|princess|pope) ?,\s*$"
)
_WAY_AFTER = re.compile(r"[-\s]way\b", re.IGNORECASE)
_AGE_WORD_BEFORE = re.compile(
    r"\b(?:aged|age|ages)(?:\s+of|\s+between|\s+from)?\s+$|\bage\s+(?:to|from)\s+$|\bage\s+(?:to|from)\s+\d+\s+"
    r"(?:to|from)\s+$",
    re.IGNORECASE,
)
_TURNED_BEFORE = re.compile(r"\b(?:turned|turns|turning|turn)\s+$", re.IGNORECASE)
_TURNED_AFTER = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:on|in|at|last|this|next|when|before|after|during|and|but|years?\s+old)\b"
)
_RANGE_JOIN = re.compile(r"-?\s*(?:--|-|–|—|to|and|or|through|thru)\s*(?:(?<=to)-)?")  # "a 30-to-60-day process"
# "rose from 25% to 100%" is a change; "ranging from -18 to -34" is a range
_RANGE_BEFORE_FROM = re.compile(
    r"\b(?:rang\w*|anywhere|var(?:y|ies|ied|ying)|span\w*|estimates?|estimated|temperatures?|"
    r"sizes?|ages?|aged|prices?\s+(?:ran|go|going))\b(?:\s+\w+){0,3}\s+from\s+$"
    r"|\b(?:is|are|was|were|be|been|runs?|ran)\s+from\s+$"  # "the number is from 200 to 300": no change
    # what something costs: "tickets cost from $20 to $50", "rooms are priced from £90 to £250"
    r"|\b(?:costs?|costing|priced|sells?|selling|retails?|retailing|charges?|charging)\s+(?:for\s+)?from\s+$",
    re.IGNORECASE,
)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_CHANGE_VERBS = (
    r"\b(?:rose|risen|rising|rises|fell|fallen|falling|falls|increased|increases|increasing|decreased|decreasing|"
    r"grew|grown|grows|growing|jumped|jumps|dropped|drops|climbed|climbs|declined|declines|slipped|slid|soared|"
    r"surged|plunged|"
    r"plummeted|tumbled|gained|lost|hiked|raised|cut|reduced|lowered|boosted|expanded|shrank|contracted|swelled|"
    r"doubled|tripled|halved|moved|went|up|down|higher|lower|"
    # a gap, a loss or a deficit widens and narrows
    r"widened|widens|widening|narrowed|narrows|narrowing)"
)
_CHANGE_VERB = re.compile(_CHANGE_VERBS + r"\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_TO_AFTER_CHANGE = re.compile(
    r"\b(?:from\s+\S+(?:\s+\S+){0,5}|rose|fell|increased|decreased|grew|jumped|dropped|"
    r"climbed|declined|raised|cut|reduced|lowered|hiked|boosted|went|moved|up|down|"
    # the new level after a change: "taking it to", "bringing its total to 140", "pushing the death toll to 45"
    r"(?:taking|bringing|lifting|pushing|raising)\s+(?:it|(?:the|its|their|his|her)(?:\s+[a-z-]+){1,2}))"
    r"\s+to\s+$",
    re.IGNORECASE,
)
# the words before a figure that make it a change ("rose 5%", "down by 3 points")
_DOWN_WORDS = frozenset(
    {
        *("down", "lower", "fell", "decreased", "dropped", "declined", "lost", "slipped", "plunged"),
        # participles and present tenses ("has fallen by 30%", "falls 2%") and other verbs of a falling level
        *("fallen", "falls", "drops", "declines", "dipped", "slid", "slumped", "tumbled", "plummeted", "sank"),
        *("sunk", "shrank", "shrunk", "contracted", "eased", "retreated"),
        *("narrowed", "narrows"),  # a gap, a loss or a deficit: "the deficit narrowed 0.4 points"
    }
)
_UP_DOWN_WORDS = _DOWN_WORDS | {
    *("up", "higher", "rose", "increased", "grew", "jumped", "gained", "climbed", "surged", "soared"),
    *("risen", "rises", "grown", "grows", "jumps", "climbs", "gains", "advanced", "rallied", "rebounded"),
    *("expanded", "swelled", "spiked", "leapt", "leaped", "widened", "widens"),
}

# a change said twice, the second time after ", or": "rose 95 cents, or 1.1%", "fell 120 points, or 0.5%"
# (the first figure right after the verb: "climbed to $22.3 billion, or $2.99 a share" restates a level, not a change)
_SAME_CHANGE_OR_LOWER = re.compile(
    r"\b(?P<w>" + "|".join(sorted(_UP_DOWN_WORDS, key=len, reverse=True)) + r")\s+(?:by\s+)?"
    r"(?:(?:about|around|nearly|almost|some|roughly|just|more\s+than|less\s+than)\s+)?"
    r"[\d$€£¥][^\s,;]*(?:\s+[^\s,;]+){0,2},\s+or\s+$"
)

# a change named by its noun before "of", said of a percentage or money ("an increase of 25%", "a drop of $5"; never
# "a loss of $1.2 million", an amount, nor "a storm surge of 10 feet")
_UP_NOUNS = frozenset({"increase", "rise", "jump", "gain", "growth", "climb", "hike", "boost", "uptick"})
_DOWN_NOUNS = frozenset(
    {"decrease", "drop", "fall", "decline", "cut", "reduction", "slump", "dip", "downturn", "contraction"}
)
_MAKE_WORDS = frozenset({"make", "makes", "made", "making", "take", "takes", "took", "taking", "taken"})

# verbs whose particle "down" names no fall: "shot down 29 drones", "tore down 40 homes", "handed down 25 years"
_DOWN_PARTICLE_VERBS = frozenset(
    {
        *("shot", "shoot", "shoots", "shooting", "gunned", "brought", "bring", "brings", "bringing", "knocked"),
        *("took", "take", "takes", "taken", "taking", "tore", "torn", "tear", "tears", "pulled", "pull", "pulls"),
        *("shut", "shuts", "shutting", "broke", "broken", "break", "breaks", "handed", "hand", "hands", "voted"),
        *("wound", "winding", "turned", "turn", "turns", "chopped", "felled", "cut", "cuts", "cutting"),
    }
)

_NOUN_STOP = FUNCTION_WORDS | {"year-on-year", "whereas"}
_VERB_STOP = frozenset(
    [
        "lost",
        "fled",
        "died",
        "hit",
        "left",
        "went",
        "came",
        "said",
        "made",
        "took",
        "fell",
        "rose",
        "grew",
        "won",
        "paid",
        "sold",
        "spent",
        "sent",
        "struck",
        "met",
        "began",
        "saw",
        "gave",
        "held",
        "told",
        "flew",
        "fought",
        "built",
        "kept",
        "led",
        "got",
        "put",
        "ran",
        "set",
        "cut",
        "bought",
        "brought",
        "thought",
        "found",
        "stood",
        "rode",
        "remain",
        "remained",
        "remains",
        "stay",
        "stayed",
        "stays",
        "went",
        "reach",
        "reached",
        "reaches",
        "live",
        "lives",
        "lived",
        "work",
        "works",
        "worked",
        "tall",
        "long",
        "high",
        "wide",
        "deep",
        "old",
        "away",
        "ago",
        "worth",
        # irregular past tenses a sentence goes on with ("a tremor registering 5.1 shook the city")
        *("shook", "swept", "sank", "broke", "drove", "tore", "wrote", "spoke", "froze", "threw", "sought"),
        *("caught", "taught", "swam", "dug"),
    ]
)
_ED_NOUNS = frozenset(
    {
        "hundred",
        "injured",
        "wounded",
        "dead",
        "displaced",
        "detained",
        "arrested",
        "missing",
        "red",
        "bed",
        "shed",
        "bred",
        "seed",
        "speed",
        "feed",
        "need",
        "deed",
        "reed",
        "creed",
    }
)
_NONCOUNT_HEADS = frozenset({"percent", "per", "cent", "times"})
_PLURAL_EXCEPTIONS = frozenset(
    {
        "people",
        "police",
        "staff",
        "cattle",
        "personnel",
        "children",
        "men",
        "women",
        "mice",
        "feet",
        "teeth",
        "geese",
        "aircraft",
        "sheep",
        "fish",
        "deer",
        "troops",
        "series",
        "species",
        "media",
        "data",
        "crew",
        "livestock",
    }
)
_YEAR_EVENT_NOUNS = frozenset(
    {
        "elections",
        "games",
        "olympics",
        "midterms",
        "polls",
        "talks",
        "summits",
        "protests",
        "floods",
        "riots",
        "results",
        "figures",
        "levels",
        "prices",
        "rates",
        "sales",
        "earnings",
        "accounts",
        "budgets",
        "statistics",
        "data",
        "numbers",
        "standards",
        "targets",
        "goals",
        "deadlines",
        "models",
        "finals",
        "championships",
        "series",
        "playoffs",
        "primaries",
        "caucuses",
        "census",
        "estimates",
        "forecasts",
        "lows",
        "highs",
        "records",
    }
)
_OLD_AFTER = re.compile(r"[\s-]{1,2}olds?\b|\s+of\s+age\b", re.IGNORECASE)
_YOUNG_AFTER = re.compile(
    r"\s+(?:baby|babies|boy|girl|infant|infants|child|son|daughter|twins?|toddler|newborn|puppy|puppies|kitten|"
    r"foal|calf|cub|cubs|chick|lamb|patient|victim)\b",
    re.IGNORECASE,
)
# an age can be counted in these units ("8 months old", "a 10-week-old puppy"); ages are compared in years
_YEARS_OLD_ABBREVIATION = re.compile(r"\s?(?:yo|y/o|y\.o\.)(?!\w)", re.IGNORECASE)
_CENTS_CUE = re.compile(r"[$€£]|\bper\s+(?:share|security|unit)\b|\bcents?\b|\bearnings\b|\bprofit", re.IGNORECASE)
_AGE_UNITS = {"year": 1.0, "month": 1 / 12, "week": 7 / 365.25, "day": 1 / 365.25}
# an age by decade: "a man in his 50s", "a woman in her early 30s", "patients in their late 70s", "in his mid-40s"
_DECADE_AGE_BEFORE = re.compile(r"\b(?:his|her|their|my|your|our)\s+(?:(?P<part>early|mid|late)[\s-]*)?$", re.I)
_DECADE_PARTS = {"early": (0.0, 3.0), "mid": (3.0, 6.0), "late": (6.0, 9.0), None: (0.0, 9.0)}
_TEEN_PARTS = {"early": (13.0, 15.0), "mid": (14.0, 17.0), "late": (17.0, 19.0), None: (13.0, 19.0)}
_TEMPERATURE_CUE = re.compile(
    r"°|º|degree|temperat|heat|cold|warm|cool|weather|forecast|celsius|fahrenheit|"
    r"thermometer|\bhighs?\b|\blows?\b|\bhot\b|freez|chill|frost|climate|warming|record|heatwave|"
    r"hottest|coldest|mercury",
    re.IGNORECASE,
)
# a verb right before a figure that a temperature reading takes ("it was 30C", "Madrid hit 41C", "rose to 35C")
_TEMPERATURE_VERB_BEFORE = re.compile(
    r"\b(?:was|is|were|are|it['’]s|hit|hits|reached|reaches|topped|tops|passed|exceeded|exceeds|"
    r"(?:rose|climbed|soared|fell|dropped|plunged|rising|falling)\s+to)\s+$",
    re.IGNORECASE,
)
_TEMPERATURE_DEGREES = re.compile(
    r"\s?(?:°|º|degrees?|deg\b\.?)(?!\s*(?:C|F|Celsius|Fahrenheit|centigrade)\b)", re.IGNORECASE
)
_ORDINAL_NUMERAL_WORDS = frozenset({"second", "minute"})


@dataclass(slots=True)
class _Atom:
    """A number being read, before it becomes a Mention (mutable while its context is attached)."""

    start: int
    end: int
    num_start: int
    num_end: int
    number_text: str
    value: float
    step: float  # the unit of the last written digit, in value units (rounding = ±step/2)
    kind: Kind = Kind.COUNT
    currency: str = ""
    percent: str = ""  # "%" | "pp" | "bp"
    unit: unitlib.UnitDef | None = None
    per: str = ""  # rate period: day, week, month, year, hour
    per_unit: unitlib.UnitDef | None = None  # what a price is per: "$80 a barrel", "$350 per kg"
    qualifier: str = ""
    qualifier_kind: str = ""
    noun: str = ""
    vague: tuple[float, float] | None = None
    vague_scaled: bool = False  # "a few hundred": a vague count of a scale, which any scale word may follow
    scaled: bool = False
    scale: float = 1.0
    is_word: bool = False
    whole: bool = False  # a share of a whole ("more than half of the voters"): never above 100 %
    role: str = ""
    ambiguous: str = ""
    extra: dict[str, object] = field(default_factory=dict)


def _parse_numeral(text: str) -> tuple[float, float]:
    """'1,150' → (1150, 1); '2.45' → (2.45, 0.01); '8,26' → (8.26, 0.01) (a decimal comma: the scan reads one only
    before % or by the euro)."""
    if _DECIMAL_COMMA.fullmatch(text):
        whole, decimals = text.split(",")
        return float(f"{whole}.{decimals}"), 10.0 ** -len(decimals)
    clean = text.replace(",", "").replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "")
    places = len(clean.split(".", 1)[1]) if "." in clean else 0
    return float(clean), 10.0**-places


_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
# the fractions number words add: "half a million", "one million and a quarter", "three-quarters of a billion"
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "two quarters": 0.5, "three quarters": 0.75}
_FRACTION_WORDS = re.compile(
    r"(?:a )?(?P<share>half|quarter|(?:two|three)[ -]quarters)[ -](?:of a )?"
    r"(?P<scale>thousand|million|billion|trillion)"
)


def parse_number_words(words: str) -> float | None:
    """'twenty-two' → 22, 'three hundred and fifty' → 350, 'half a million' → 500000, 'a dozen' → 12."""
    text = " ".join(words.lower().replace("one half", "a half").split())
    fraction = _FRACTION_WORDS.fullmatch(text)
    if fraction is not None:
        return _FRACTIONS[fraction["share"].replace("-", " ")] * MULTIPLIER_WORDS[fraction["scale"]]
    text = text.replace("three-quarters", "three quarters").replace("one quarter", "a quarter")
    for name in ("half", "quarter", "three quarters"):
        words = f" and {'' if name.startswith('three') else 'a '}{name}"
        if words not in text:
            continue
        share = _FRACTIONS[name]
        head, _, tail = text.partition(words)
        base = parse_number_words(head)
        if base is None:
            return None
        last = head.split()[-1]
        if last in MULTIPLIER_WORDS and last != "hundred":  # "one million and a half", "a billion and a half million"
            return base + share * MULTIPLIER_WORDS.get(tail.strip(), MULTIPLIER_WORDS[last])
        return (base + share) * (MULTIPLIER_WORDS.get(tail.strip(), 1) if tail.strip() else 1)
    tokens = re.split(r"[\s-]+", text)
    if tokens[:2] == ["half", "a"]:
        rest = parse_number_words(" ".join(["a", *tokens[2:]]))
        return None if rest is None else rest / 2
    total, current, seen = 0.0, 0.0, False
    for token in tokens:
        if token in ("and",):
            continue
        if token in ("a", "an"):
            current, seen = 1.0, True
        elif token in UNITS_WORDS:
            current += UNITS_WORDS[token]
            seen = True
        elif token in TENS_WORDS:
            current += TENS_WORDS[token]
            seen = True
        elif token == "dozen":
            current = (current or 1.0) * 12
            seen = True
        elif token == "hundred":
            current = (current or 1.0) * 100
            seen = True
        elif token in MULTIPLIER_WORDS:
            total += (current or 1.0) * MULTIPLIER_WORDS[token]
            current, seen = 0.0, True
        else:
            return None
    return total + current if seen else None


def _singular(word: str) -> str:
    lower = word.lower()
    if lower in _PLURAL_EXCEPTIONS:
        return {
            "people": "person",
            "men": "man",
            "women": "woman",
            "children": "child",
            "feet": "foot",
            "troops": "troop",
        }.get(lower, lower)
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    if lower.endswith(("sses", "xes", "ches", "shes")):
        return lower[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
        return lower[:-1]
    return lower


def _is_plural(word: str) -> bool:
    lower = word.lower()
    return lower in _PLURAL_EXCEPTIONS or (lower.endswith("s") and not lower.endswith(("ss", "us", "is")))


def _disambiguate_pounds(sentence: str) -> str:
    """'pounds' after a number: money (GBP) or mass. Clear cues decide; otherwise quantulum3's classifier."""
    lower = sentence.lower()
    if re.search(
        r"\b(?:weigh\w*|heav\w*|lbs?|kilos?|kilograms?|tonnes?|cargo|catch|fish|bag|parcel|load|lose|lost|"
        r"losing|gain\w*|diet\w*|obes\w*|overweight|body|pounds? of|shed\w*|eat|eats|eating|ate|meals?|"
        r"newborn|baby|babies)\b",
        lower,
    ):
        return "mass"
    if re.search(
        r"\b(?:paid|pay\w*|cost\w*|price\w*|worth|fine[ds]?|spent|spend\w*|salary|wages?|budget|bill|fee"
        r"s?|sterling|bank\w*|earn\w*|profit\w*|revenue|tax\w*|funding|grant|loan|debt|sold|buy\w*|bought)\b",
        lower,
    ):
        return "money"
    return classify_unit_with_quantulum("pounds", sentence)


def classify_unit_with_quantulum(surface: str, sentence: str) -> str:
    """Ask quantulum3's trained classifier which entity an ambiguous unit surface is ('money' or the entity)."""
    name = _quantulum_unit_name(surface, sentence)
    return "money" if name in ("pound sterling",) else "mass"


def _quantulum_unit_name(surface: str, sentence: str, lang: str = "en_US") -> str:
    """The unit quantulum3's `disambiguate.disambiguate_unit(surface, sentence)` picks, computed as it does
    (its TF-IDF model and classifier, the most probable of the surface's candidate units) but with the
    classifier's weights held column-major (see _column_major_classifier): 0.4 ms instead of 4.7 ms a call."""
    from quantulum3 import classifier as clf
    from quantulum3 import disambiguate, load

    units = load.units(lang)
    candidates = (
        units.symbols.get(surface)
        or units.surfaces.get(surface)
        or units.surfaces_lower.get(surface.lower())
        or units.symbols_lower.get(surface.lower())
    )
    model = clf.classifier(lang) if clf.USE_CLF else None
    if not candidates or len(candidates) < 2 or model is None or not model.loaded:
        return disambiguate.disambiguate_unit(surface, sentence, lang)  # quantulum3's own path decides
    estimator = _column_major_classifier(lang)
    probabilities = estimator.predict_proba(model.tfidf_model.transform([clf.clean_text(sentence, lang)]))
    names = {unit.name for unit in candidates}
    scores = [pair for pair in zip(probabilities.tolist()[0], model.target_names, strict=True) if pair[1] in names]
    scores = sorted(scores, key=lambda pair: pair[0], reverse=True)  # stable, as quantulum3's sort
    return units.names[scores[0][1]].name if scores else next(iter(candidates)).name


@functools.cache
def _column_major_classifier(lang: str) -> Any:
    """A shallow copy of quantulum3's trained classifier whose weight matrix (68 × 36,570) is column-major.
    scikit-learn multiplies the sparse text vector by coef_.T, and with the row-major matrix as loaded scipy
    copies all 2.5 million weights into a new array on every call; column-major, the same products are computed
    from the same numbers (identical probabilities) without the copy. quantulum3's own object is not touched."""
    import copy

    import numpy as np
    from quantulum3 import classifier as clf

    estimator = copy.copy(clf.classifier(lang).classifier)
    estimator.coef_ = np.asfortranarray(estimator.coef_)
    return estimator


# ---------------------------------------------------------------- reading one number in context


# "1/4 mile", "2 1/2 inches": a fraction read only before a unit (never "24/7", "9/11", a score or a date)
_FRACTION_AFTER = re.compile(r"(?:\s+(?P<whole_n>[1-9])/(?P<whole_d>[1-9]\d?)|/(?P<d>[1-9]\d?))(?![\d/.,])")


def _fraction_after(text: str, atom: _Atom) -> None:
    numeral = atom.number_text.lstrip("-−")
    if not numeral.isdigit() or len(numeral) > 3:
        return
    f = _FRACTION_AFTER.match(text, atom.num_end)
    if f is None:
        return
    if f["d"] is not None:
        numerator, denominator, whole = int(numeral), int(f["d"]), 0
    else:
        numerator, denominator, whole = int(f["whole_n"]), int(f["whole_d"]), int(numeral)
    if not 0 < numerator < denominator or denominator not in (2, 3, 4, 5, 8, 10, 16, 32, 64):
        return
    after = f.end() + 1 if text[f.end() : f.end() + 1] in (" ", "-") else f.end()
    if unitlib.match_unit(text, after, min(len(text), after + 40)) is None:
        return
    value = whole + numerator / denominator
    atom.value = -value if atom.value < 0 else value
    atom.step = 0.0
    atom.end = atom.num_end = f.end()
    atom.number_text = text[atom.num_start : f.end()]


# what numerals and scale words may add after "4 thousand": "3 hundred and 21", "and 21", "300"
_MIXED_REST = re.compile(
    r"(?:\s+and)?\s+(?P<n>[1-9]\d{0,2})(?!\d|[.,]\d)(?:\s+(?P<h>hundred)\b(?:\s+and\s+(?P<n2>[1-9]\d?)(?![\d.,]))?)?"
    r"(?!\s*(?:%|percent|per\s?cent|million|billion|thousand|hundred|[-–]))"
)
# "one in five", "1 in 10", "nine in ten", "three out of four", "1 in every 4" (never "2 in 3 minutes" or "5 in 2024")
_RATIO_AFTER = re.compile(
    r"\s+(?:in(?:\s+every)?|out\s+of)\s+(?P<d>(?!(?:1[89]|20|21)\d\d\b)\d{1,3}(?:,\d{3})+|(?!(?:1[89]|20|21)\d\d\b)\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred|a\s+thousand)\b"
    r"(?![.,]\d|\s*(?:%|percent|per\s?cent|minutes?|hours?|days?|weeks?|months?|years?|seconds?|innings|games?)\b)",
    re.IGNORECASE,
)
# hundreds and dozens are counted exactly; a million is rounded like any scale
_EXACT_SCALES = frozenset({SCALE_WORDS["hundred"], SCALE_WORDS["dozen"]})
_BIG_SCALE_AFTER = re.compile(r"[\s-]{1,2}(?P<scale>thousand|million|billion|trillion)\b", re.IGNORECASE)
_SCALE_LETTER_FIRSTS = frozenset("MKBbmk")
_NOT_A_SCALE_AFTER = re.compile(r"\.|\s+[A-Z]")
# the counted things a glued "m" after them makes millions of ("passenger numbers rose to 70m", "a population of 8.5m")
_COUNTED_BEFORE = re.compile(
    r"\b(?:numbers|population|passengers|customers|users|subscribers|visitors|viewers|members|residents|voters|"
    r"followers|downloads|households|tourists|shareholders|employees|subscriptions|listeners|readers)\b"
    r"[^.;:!?\d]{0,40}$",
    re.IGNORECASE,
)
_LENGTH_WORDS = frozenset(
    "tall high long deep wide away above below from off up down across high-rise thick apart".split()  # noqa: SIM905
)
# a distance after a verb of moving ("swam 400m", "walked 500m", "ran 100m"): metres whatever was named before
_LENGTH_VERB_BEFORE = re.compile(
    r"\b(?:swam|swim|swims|ran|run|runs|walked|walk|walks|sprinted|climbed|fell|dropped|dived|jumped|rose|drove|"
    r"flew|sailed|travelled|traveled|moved|stretches|stretched|spans|spanned)\s+(?:about\s+|some\s+|nearly\s+)?$",
    re.IGNORECASE,
)
_SPACED_SCALE_LETTER = re.compile(r" {1,2}(?P<g>MM|M|K|k|B|bn|mn)(?![\w&'’])")
_PER_UNIT = re.compile(r"\s*(?:(?:a|an|per|each)\s+|/\s?)", re.IGNORECASE)
_FRACTION_OF_A = re.compile(r"\s+of\s+(?:an?|one)\b", re.IGNORECASE)
_A_BEFORE = re.compile(r"\b(?:a|an|one)\s+\Z", re.IGNORECASE)
_BRACKETS = {"(": ")", "[": "]", "{": "}", "<": ">"}
_BRACKET_OPENERS = frozenset(_BRACKETS)


def _bracketed_unit(text: str, pos: int, limit: int) -> unitlib.UnitMatch | None:
    """A unit symbol alone in brackets right after the number ("20 (kg)"): the match ends after the bracket."""
    at = pos + 1 if text[pos : pos + 1] == " " else pos
    close = _BRACKETS.get(text[at : at + 1])
    if close is None:
        return None
    u = unitlib.match_unit(text, at + 1, min(limit, at + 20))
    if u is None or text[u.end : u.end + 1] != close or u.unit.dimension in ("time", ""):
        return None
    return unitlib.UnitMatch(u.unit, u.end + 1, u.surface)


_ONE_SPAN_OF_TIME = frozenset({"year", "month", "week", "hour", "minute", "decade", "fortnight"})


def _one_unit_word(text: str, pos: int, limit: int) -> bool:
    """'one mile', 'one tonne', 'one year': a unit spelt out (not a symbol, nor a day: "one day he left") makes
    "one" a figure."""
    if pos >= limit or text[pos] != " ":
        return False
    u = unitlib.match_unit(text, pos + 1, min(limit, pos + 40))
    if u is None or len(u.surface) <= 3 or not u.surface.isalpha() or u.unit.dimension == "":
        return False
    return u.unit.dimension != "time" or u.surface.lower() in _ONE_SPAN_OF_TIME


# a bound written after the figure: "500 or more", "1,000 people or fewer"
_OR_MORE = re.compile(
    r"\s+(?P<q>or\s+(?:(?P<more>more|higher|above|over|greater)|less|fewer|lower|below|under)"
    r"|and\s+(?P<more_and>more|up|above|over))\b(?!\s+(?:than|or|to|the|a|an|this|that|its|his|her|their)\b)"
)


def _trailing_bound(text: str, atom: _Atom) -> None:
    """'500 or more', '1,000 people or fewer': the bound after the figure is its qualifier."""
    m = _OR_MORE.match(text, atom.end)
    if m is not None:
        more = m["more"] or m["more_and"]
        atom.qualifier, atom.qualifier_kind = " ".join(m["q"].lower().split()), "min" if more else "max"
        atom.end = m.end()


_MINUS_BEFORE = re.compile(r"\b(?:minus|negative)\s+$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([\w%]+)\W*$")
# a word sign belongs to a temperature, a percentage or money ("minus 20 degrees", "negative 2%"), never to a count
# ("tested negative 3 times", "minus 4 injured starters")
_SIGNED_AFTER = re.compile(
    r"\s?(?:%|°|º|(?:per\s?cent|percent|pct|degrees?|deg\b|celsius|fahrenheit|C\b|F\b|"
    r"percentage\s+points?|points?\b|basis\s+points?|dollars?|euros?|pounds?|yen|cents?))",
    re.IGNORECASE,
)


# ... or a value a verb gives: "the balance is minus 5", "fell to minus 12 overnight"
_SIGN_CONTEXT = frozenset(
    {"is", "was", "were", "be", "been", "are", "to", "at", "of", "from", "between", "hit", "reached", "stood"}
)


def _minus_before(text: str, atom: _Atom) -> None:
    """'minus 20 degrees', 'negative five percent': the word is the sign (never '10 minus 3', arithmetic)."""
    m = _MINUS_BEFORE.search(text, max(0, atom.num_start - 12), atom.num_start)
    if m is not None:
        before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if not _SIGNED_AFTER.match(text, atom.num_end) and (
            before is None or before.group(1).lower() not in _SIGN_CONTEXT
        ):
            return
        if before is not None and (
            before.group(1)[-1] in "0123456789%" or before.group(1).lower() in _NUMBER_WORDS or before.group(1) == "or"
        ):
            return  # "ten minus three": arithmetic; "plus or minus 2%": a margin
        atom.value = -atom.value
        atom.start = atom.num_start = m.start()
        atom.number_text = text[atom.start : atom.num_end]


# an ordinal word right after number words ends them: "one hundred twenty-fifth" (not before a hyphen:
# "forty second-quarter results" are forty results)
_ORDINAL_AFTER = re.compile(rf"[\s-]+(?P<ord>(?i:{_ORDINAL_ALT}))\b(?!-)")
_SCALE_ORDINALS = {word: float(n) for word, n in ORDINAL_WORDS.items() if n >= 100}  # hundredth … trillionth


def _compound_ordinal(value: float, word: str) -> float | None:
    """The ordinal that number words of `value` make with the ordinal `word` after them, or None when they do
    not combine ("two hundredth" = 200, "one hundred twenty fifth" = 125; "five fifth" stays two numbers)."""
    if word in _SCALE_ORDINALS:
        return value * _SCALE_ORDINALS[word]
    nth = ORDINAL_WORDS[word]
    if (nth < 10 and value >= 20 and value % 10 == 0) or (nth < 100 and value >= 100 and value % 100 == 0):
        return value + nth
    return None


_AND_A_HALF = re.compile(
    r"\s+and\s+(?:(?:a|one)\s+(?P<half>half)|(?:a|one)\s+(?P<quarter>quarter)|three[\s-]+(?P<three>quarters))"
    r"\b(?![-\s]+(?:of|a|an|the)\b|-)"
)


def _and_a_fraction(m: re.Match[str]) -> float:
    return _FRACTIONS["half" if m["half"] else "quarter" if m["quarter"] else "three quarters"]


def _scale_word(word: str) -> float:
    """The factor of a scale word after a number ("billion", "lakh crore", "lakh-crore", "millions")."""
    key = " ".join(word.lower().replace("-", " ").split())
    return SCALE_WORDS[key] if key in SCALE_WORDS else SCALE_WORDS[key.removesuffix("s")]


def _scale(atom: _Atom, scale: float) -> None:
    """Multiply what is read so far by a scale ("bn", "million", "MUSD"): value and rounding step alike."""
    atom.value *= scale
    atom.step *= scale
    atom.scaled, atom.scale = True, scale


def _share_atom(start: int, end: int, text: str, share: float) -> _Atom:
    """A share of a whole as a percentage, as loose as "about" (a fraction word rounds: "two-thirds" of 64 %)."""
    value = 100.0 * share
    return _Atom(
        start, end, start, end, text[start:end], value, 2 * ABOUT * value, percent="%", is_word=True, whole=True
    )


def _ratio_after(text: str, atom: _Atom) -> _Atom | None:
    """'one in five adults', '1 in 10 jobs': a share; None when the words after do not make one."""
    r = _RATIO_AFTER.match(text, atom.num_end)
    if r is None or "." in atom.number_text or atom.value != int(atom.value) or not 1 <= atom.value < 100:
        return None
    d = r["d"].lower()
    denominator = float(d.replace(",", "")) if d[0].isdigit() else parse_number_words(d)
    if not denominator or atom.value >= denominator:
        return None
    return _share_atom(atom.start, r.end(), text, atom.value / denominator)


def _age_by_decade(
    text: str, num_start: int, num_end: int, end: int, written: str, value: float | None, is_word: bool
) -> _Atom | None:
    """'a man in his 50s', 'her early twenties', 'their late teens': an age interval, when a possessive (and early,
    mid or late) stands before the decade; `value` is the number as written (None: the interval's low end)."""
    before = _DECADE_AGE_BEFORE.search(text, max(0, num_start - 24), num_start)
    if before is None:
        return None
    part = before["part"] and before["part"].lower()
    decade = float(_DECADE_WORDS[written.lower()]) if is_word else float(written)
    if decade == _DECADE_WORDS["teens"]:
        low, high = _TEEN_PARTS[part]
    else:
        low, high = decade + _DECADE_PARTS[part][0], decade + _DECADE_PARTS[part][1]
    return _Atom(
        before.start("part") if part else num_start,
        end,
        num_start,
        num_end,
        written,
        low if value is None else value,
        0.0,
        kind=Kind.AGE,
        unit=unitlib.lexicon().words["year"],
        vague=(low, high),
        is_word=is_word,
        qualifier=part or "",
    )


# the inches after feet: "6-foot-2", "6ft 2in", "5 feet 10 inches"
_INCHES_AFTER = re.compile(r"-(?P<inches>\d{1,2})(?![\w.,%-])|\s?(?P<inches2>\d{1,2})\s?(?:in\b\.?|inches\b|inch\b|\")")
# a figure just before "over" and a span of time: the span is when it happened ("$5bn over three years")
_FIGURE_BEFORE_OVER = re.compile(r"\d[\d,.]*\s?(?:%|[A-Za-z]+)?(?:\s+(?:cent|percent|points?))?\s+$")
# a height in symbols: 6'2", 5’11”, 6'2''
_FEET_INCHES = re.compile(r"['’](?P<inches>\d|1[01])(?:\"|”|''|’’|″)")
_FEET_OF_HEIGHT = frozenset(range(1, 10))
# a word between a count and its unit of time that still makes a span of time: "six straight days"
_STREAK = re.compile(r"[\s-]+(?:straight|consecutive|successive|trading|business|working)(?=\s+[a-z])", re.IGNORECASE)


def _read_atom(text: str, m: re.Match[str], sentence_text: str) -> _Atom | None:
    limit = len(text)
    num_start, num_end = m.span()
    atom: _Atom
    if m["numeral"] is not None:
        value, step = _parse_numeral(m["numeral"])
        num_end = m.end("numeral")
        if (
            text.startswith("-odd", num_end)
            and not text[num_end + 4 : num_end + 5].isalnum()
            and value >= 10
            and value == int(value)
            and "." not in m["numeral"]
        ):  # "20-odd people" is 20-29, "100-odd" 100-199
            magnitude = 10.0 ** (len(str(int(value))) - 1)
            return _attach_noun(
                text,
                _Atom(
                    num_start,
                    num_end + 4,
                    num_start,
                    num_end + 4,
                    text[num_start : num_end + 4],
                    value,
                    0.0,
                    vague=(value, value + magnitude - 1),
                    qualifier="odd",
                ),
                limit,
            )
        if (
            text.startswith("s", num_end)
            and len(m["numeral"]) == 2
            and m["numeral"].endswith("0")
            and not text[num_end + 1 : num_end + 2].isalnum()
            and (age := _age_by_decade(text, num_start, num_end, num_end + 1, m["numeral"], value, False)) is not None
        ):
            return age
        atom = _Atom(num_start, num_end, num_start, num_end, m["numeral"], value, step)
        if m["ordsuf"]:
            if "." in m["numeral"]:
                return None  # ".519th", "2.5th": no ordinal has a decimal point
            atom.end = atom.num_end = m.end()
            atom.number_text = m.group()
            atom.kind = Kind.ORDINAL
            atom.step = 0.0
            return _attach_noun(text, atom, limit)
        if (
            text[num_start - 1 : num_start] == "("
            and text[num_end : num_end + 1] == ")"
            and _CURRENCY_BEFORE.search(text, max(0, num_start - 7), num_start - 1) is not None
        ):
            # "a net loss of $(1.2) million", "$(0.05) per share": an accounts' loss is written in parentheses; its
            # amount is read as written there (prose writes the same loss "$1.2 million"), the brackets kept in
            atom.num_start, atom.num_end = atom.start, atom.end = num_start - 1, num_end + 1
        elif (
            num_start > 0
            and text[num_start - 1] in "-−"
            and (num_start < 2 or not (text[num_start - 2].isalnum() or text[num_start - 2] in "%°"))
            and not (num_start >= 3 and text[num_start - 2] == " " and text[num_start - 3].isdigit())
        ):  # "-20C", but "ef 75 -300mm" is a range with a stray space and "5%-6%" one without, not minus 300, 6
            atom.value = -atom.value
            atom.start = atom.num_start = num_start - 1
            atom.number_text = text[atom.start : num_end]
        else:
            _minus_before(text, atom)
        _fraction_after(text, atom)
        half = _AND_A_HALF.match(text, atom.num_end)
        if half is not None and atom.step >= 1:  # "3 and a half million", "2 and a half hours"
            atom.value += _and_a_fraction(half) * (1 if atom.value >= 0 else -1)
            atom.step = 0.0
            atom.num_end = atom.end = half.end()
            atom.number_text = text[atom.num_start : atom.num_end]
        if text.startswith((" in ", " out of "), atom.num_end) and (ratio := _ratio_after(text, atom)) is not None:
            atom = ratio  # "1 in 10 jobs"
    elif m["share"] is not None:
        if m["share_half"]:
            n, d = 1, 2  # "half of the workers"
        else:
            n = {"a": 1, "an": 1}.get(m["share_n"].lower()) or UNITS_WORDS[m["share_n"].lower()]
            d_word = m["share_d"].lower()
            plural = d_word.endswith("s")  # "thirds", "halves"
            d = _DENOMINATORS[d_word]
            if n >= d or (plural and n < 2) or (not plural and n > 1):
                return None  # "two halves", "one thirds", "two third"
        atom = _share_atom(num_start, num_end, text, n / d)
    elif m["vague"] is not None:
        phrase = " ".join(m["vague"].lower().split())
        # "hundreds of thousands" or "thousands" with no "of" after it: the whole amount
        compound = phrase not in VAGUE_COUNTS
        low, high = VAGUE_COUNTS[f"{phrase} of" if compound else phrase]
        atom = _Atom(
            num_start,
            num_end,
            num_start,
            num_end,
            m["vague"],
            low,
            0.0,
            vague=(low, high),
            is_word=True,
            qualifier=phrase,
            vague_scaled=not (phrase.endswith(" of") or compound),
        )
    elif m["words"] is not None:
        words = m["words"]
        parsed = parse_number_words(words)
        if parsed is None:
            return None
        value = parsed
        lower = words.lower()
        if (
            lower == "one"
            and not re.match(
                r"\s+(?:million|billion|trillion|thousand|hundred)|-(?:day|week|month|year|hour|minute|time)\b"
                r"|[\s-]+(?:year|month|week|day)s?[\s-]+old\b",  # "a promise that is one year old"
                text[num_end:],
            )
            and not ((c := _CURRENCY_WORD.match(text, num_end)) and c["cur"].lower() != "won")
            and not _SUBUNIT_AFTER.match(text, num_end)
            and not _one_unit_word(text, num_end, limit)
            and not _RATIO_AFTER.match(text, num_end)
            and not _MINUS_BEFORE.search(text, max(0, num_start - 12), num_start)
        ):
            return None  # "one" alone is a pronoun far more often than a count
        if _WAY_AFTER.match(text, num_end):
            return None  # "two-way trade", "a three-way race": which way it goes, not a count
        ordinal = _ORDINAL_AFTER.match(text, num_end)
        if ordinal is not None and (nth := _compound_ordinal(value, ordinal["ord"].lower())) is not None:
            end = ordinal.end()  # "two hundredth", "one hundred twenty-fifth", "a hundred trillionth"
            atom = _Atom(num_start, end, num_start, end, text[num_start:end], nth, 0.0, kind=Kind.ORDINAL, is_word=True)
            return _attach_noun(text, atom, limit)
        atom = _Atom(num_start, num_end, num_start, num_end, words, value, 0.0, is_word=True)
        if text.startswith((" in ", " out of "), num_end) and (ratio := _ratio_after(text, atom)) is not None:
            atom = ratio  # "one in five adults"
        else:
            _minus_before(text, atom)
            if lower.startswith(("a ", "an ", "half ")) or "dozen" in lower:
                atom.step = 0.0
                if "dozen" in lower and lower in ("a dozen", "dozen"):
                    atom.qualifier, atom.qualifier_kind = "a dozen", "about"
    elif m["byfrac"] is not None:
        share = 0.5 if m["by_half"] else 1 / _DENOMINATORS[m["by_d"].lower()]
        atom = _share_atom(num_start, num_end, text, share)
        atom.whole = False  # a change, not a share of a whole
    elif m["fracpct"] is not None:
        if m["fp_three"]:
            value = 0.75
        elif m["fp_two"]:
            value = 2 / 3
        else:
            value = _PERCENT_FRACTIONS[(m["fp_one"] or m["fp_bare"]).lower()]
        atom = _Atom(num_start, num_end, num_start, num_end, m["fracpct"], value, 0.0, is_word=True)
        atom.extra["fraction"] = True
    elif m["decade"] is not None:
        # no possessive before it: "the sixties", "the roaring twenties" are periods, not ages
        return _age_by_decade(text, num_start, num_end, num_end, m["decade"], None, True)
    else:
        word = " ".join((m["ordword"] or m["ordword2"]).lower().replace("-", " ").split())
        if (
            word in ("second",)
            and re.match(
                r"[\s-]*(?:s\b|half|hand|quarter|round|place|straight|consecutive)",
                text[num_end : num_end + 12],
                re.IGNORECASE,
            )
            is None
        ):
            prev = text[max(0, num_start - 12) : num_start].lower()
            if re.search(r"(?:\d|\ba|\bper|\bevery|\beach|\bsplit)\s*$", prev):
                return None
        if word in _SCALE_ORDINALS and re.search(r"\b(?:a|one)\s+$", text[max(0, num_start - 5) : num_start], re.I):
            return None  # "a hundredth of a second", "one millionth": fractions
        if (
            word in _SINGLE_DENOMINATORS
            and _FRACTION_OF_A.match(text, num_end)
            and _A_BEFORE.search(text, max(0, num_start - 4), num_start)
        ):
            return None  # "a fifth of a percent", "a third of a mile": a fraction of an amount, no ordinal
        if word == "first" and re.search(
            r"\b(?:at|for the|the very)\s+$", text[max(0, num_start - 12) : num_start], re.IGNORECASE
        ):
            return None
        parts = word.split()
        value = float(ORDINAL_WORDS[parts[-1]] + (TENS_WORDS[parts[0]] if len(parts) == 2 else 0))
        atom = _Atom(
            num_start,
            num_end,
            num_start,
            num_end,
            m["ordword"] or m["ordword2"],
            value,
            0.0,
            kind=Kind.ORDINAL,
            is_word=True,
        )
        return _attach_noun(text, atom, limit)

    pos = atom.num_end
    # glued scale/percent/plus: 240bn, 1.5m, 40+, 13%
    if not atom.is_word:
        g = _GLUED.match(text, pos)
        if g is not None:
            suffix = g["g"]
            after = text[g.end() : g.end() + 30]
            next_word = re.match(r"\s+([A-Za-z]+)", after)
            currency_before = (
                _CURRENCY_BEFORE.search(text, max(0, atom.start - 6), atom.start) is not None
                or _CURRENCY_RANGE_BEFORE.search(text, max(0, atom.start - 24), atom.start) is not None
            )
            # 1.5m people (million) vs a 350m tower (metres): a plural noun after means million
            plural_after = bool(
                next_word and _is_plural(next_word.group(1)) and next_word.group(1).lower() not in _NOUN_STOP
            )
            # "passenger numbers rose to 70m", "a population of 8.5m": what is counted was named just before, and
            # no word of length follows ("70m tall", "400m in the final" after swimmers stays metres: see below)
            counted_before = (
                _COUNTED_BEFORE.search(text, max(0, atom.start - 50), atom.start) is not None
                and (next_word is None or next_word.group(1).lower() not in _LENGTH_WORDS)
                and not _LENGTH_VERB_BEFORE.search(text, max(0, atom.start - 24), atom.start)
            )
            if suffix == "m" and not currency_before and not plural_after and not counted_before:
                suffix = ""  # "a 350m tower"; a capital M is never metres ("raised 10M")
            if suffix.lower() == "b" and not currency_before and not plural_after and "." not in atom.number_text:
                suffix = ""  # "Form 4B", "a 6B pencil"; "1.2b users" and a decimal "1.2b" are billions
            if suffix == "T" and not currency_before:
                suffix = ""
            if suffix:
                _scale(atom, GLUED_SCALES[suffix.lower()])
                pos = atom.end = g.end()
        elif (
            text[pos + 1 : pos + 3].lstrip()[:1] in _SCALE_LETTER_FIRSTS
            and (spaced := _SPACED_SCALE_LETTER.match(text, pos)) is not None
            and (
                _CURRENCY_BEFORE.search(text, max(0, atom.start - 6), atom.start)
                or (
                    spaced["g"] in ("M", "k")
                    and ("." in atom.number_text or "," in atom.number_text)
                    and _NOT_A_SCALE_AFTER.match(text, spaced.end()) is None
                )
            )
        ):  # "$5.2 M", "€30 K": a scale letter after money (never metres or kelvin there); after a decimal or
            # grouped number too ("2.33 k", "1,674,200.5 M"; K is kelvin there), not after a plain one ("a 10 k run"),
            # nor before a dot or a capital ("3,412.5 M. Dupont", "0.5 M NaCl": an initial, a molar concentration)
            _scale(atom, GLUED_SCALES[spaced["g"].lower()])
            pos = atom.end = spaced.end()
        if pos < limit and text[pos] == "+":
            atom.qualifier, atom.qualifier_kind = "+", "min"
            pos = atom.end = pos + 1
    # scale word: 240 billion, 1.5 trillion
    s = _SCALE_AFTER.match(text, pos)
    if (
        s is not None
        and not atom.scaled
        and not (atom.vague and not atom.vague_scaled and s["scale"].lower() not in ("thousand", "million"))
    ):
        scale = _scale_word(s["scale"])
        end = s.end()
        if scale == 100.0 and (big := _BIG_SCALE_AFTER.match(text, end)) is not None:
            scale *= _scale_word(big["scale"])  # "3 hundred thousand", "several hundred million"
            end = big.end()
        exact = scale in _EXACT_SCALES  # "3 hundred boats" is 300, not 250–350; "5 dozs" is 60
        atom.value *= scale
        atom.step *= 0 if exact else scale
        if atom.vague:
            atom.vague = (atom.vague[0] * scale, atom.vague[1] * scale)
        atom.scaled, atom.scale = not exact, scale
        pos = atom.end = end
        half = _AND_A_HALF.match(text, pos) if not exact and not atom.vague else None
        if half is not None:  # "3 million and a half" is 3.5 million
            atom.value += _and_a_fraction(half) * scale * (1 if atom.value >= 0 else -1)
            atom.step = 0.0
            pos = atom.end = half.end()
        rest = (
            _MIXED_REST.match(text, pos) if scale in (100.0, 1000.0) and not atom.vague and not atom.is_word else None
        )
        if rest is not None:  # "4 thousand 3 hundred and 21" is 4,321
            more = int(rest["n"]) * (100 if rest["h"] else 1) + int(rest["n2"] or 0)
            if more < scale and atom.value == int(atom.value):
                atom.value += more
                atom.step, atom.scaled = 0.0, False
                pos = atom.end = rest.end()
    if not atom.qualifier and text.startswith("-plus", pos) and not text[pos + 5 : pos + 6].isalnum():
        atom.qualifier, atom.qualifier_kind = "+", "min"  # "$3bn-plus", "a 100-plus crowd": at least
        pos = atom.end = pos + 5

    # before: currency symbol, qualifier, "between", "from"
    before = _CURRENCY_BEFORE.search(text, max(0, atom.num_start - 6), atom.num_start)
    if before is not None and not atom.vague:
        code = CURRENCY_PREFIXES.get(before["cur"]) or CURRENCY_PREFIXES.get(
            before["cur"].replace(" ", "").upper().replace("CA$", "C$").replace("AU$", "A$"), "USD"
        )
        # "US" or "Rs" glued to a word are not currency ("THE US 240"): require the symbol to stand alone
        if before["cur"][0].isalpha() and before.start() > 0 and text[before.start() - 1].isalnum():
            before = None
        else:
            atom.currency = code
            atom.start = before.start()
    if not atom.currency and not atom.vague and atom.start == atom.num_start:
        for prefix, code in SHORT_PREFIX_CURRENCIES.items():  # "R50,000", "Sh1.2 trillion" (the scan let them in)
            start = atom.num_start - len(prefix)
            if start >= 0 and text.startswith(prefix, start) and (start == 0 or not text[start - 1].isalpha()):
                atom.currency, atom.start = code, start
                break
    left_edge = atom.start
    q = _qualifier_before(text, left_edge)
    if q is None and (scale_name := _SCALE_NAME_BEFORE.search(text, max(0, left_edge - 12), left_edge)) is not None:
        q = _qualifier_before(text, scale_name.start())  # "up to magnitude 5.2", "more than magnitude 4"
    if (
        q is not None
        and q["q"].lower() == "up to"
        and _UP_VERB_BEFORE.search(text, max(0, q.start("q") - 12), q.start("q"))
    ):
        q = None  # "unemployment ticked up to 4.1%": a change to a level (role "to"), not "at most"
    if q is not None and (
        not atom.qualifier
        or (atom.qualifier == "a dozen" and QUALIFIERS.get(q["q"].lower(), "about") != "about")
        or (atom.vague is not None and QUALIFIERS.get(q["q"].lower(), "about") in ("min", "max"))
    ):  # "more than a dozen" and "at least several hundred" are bounds; "about a dozen" stays as loose as "a dozen"
        atom.qualifier = q["q"].lower()
        atom.qualifier_kind = QUALIFIERS.get(atom.qualifier, "about")
        atom.start = q.start("q")

    # after: currency word/code, percent, percentage points, unit, rate, noun
    if not atom.currency and not atom.whole:  # "several million dollars" ("one in five euros" is a share of them)
        c = _CURRENCY_WORD.match(text, pos)
        if c is not None:
            word = c["cur"].lower()
            if word in ("pound", "pounds"):
                if _disambiguate_pounds(sentence_text) == "money":
                    atom.currency = "GBP"
                else:
                    atom.unit = unitlib.lexicon().words.get("pound")
                    atom.unit = atom.unit or unitlib.lexicon().symbols.get("lb")
                pos = atom.end = c.end()
            elif not (word in ("won", "rand") and not atom.scaled):
                atom.currency = CURRENCY_WORDS[word]
                pos = atom.end = c.end()
        else:
            c = _CURRENCY_CODE_AFTER.match(text, pos) or _CURRENCY_SYMBOL_AFTER.match(text, pos)
            sub = _SUBUNIT_AFTER.match(text, pos) if c is None else None
            if sub is None and c is None and pos == atom.num_end and not atom.scaled and not atom.is_word:
                sub = _GLUED_SUBUNIT.match(text, pos)
                if sub is not None and sub["sub"] == "c" and _TEMPERATURE_CUE.search(sentence_text):
                    sub = None  # "lows of 5c": degrees in a tabloid's lower case
            scaled_code = _SCALED_CODE_AFTER.match(text, pos) if c is None and sub is None else None
            if scaled_code is not None and not atom.scaled:
                atom.currency = scaled_code["code"]
                _scale(atom, 1e6 if scaled_code["scale"] == "M" else 1e9)
                pos = atom.end = scaled_code.end()
            elif c is not None:
                code = c["code"] or c["lower"].upper()
                atom.currency = CURRENCY_PREFIXES.get(code, code)
                pos = atom.end = c.end()
                s2 = _SCALE_AFTER.match(text, pos)  # "75 USD million"
                if s2 is not None and not atom.scaled:
                    _scale(atom, _scale_word(s2["scale"]))
                    pos = atom.end = s2.end()
            elif sub is not None:
                code = {"euro": "EUR", "eurocent": "EUR"}.get((sub["of"] or "").lower().rstrip("s"), "")
                word = sub["sub"].lower()
                atom.currency = code or ("GBP" if word.startswith(("pen", "pence")) or word == "p" else "USD")
                atom.value, atom.step = atom.value / 100, atom.step / 100
                pos = atom.end = sub.end()
    if not atom.currency:
        pp = _PP.match(text, pos)
        p = _PERCENT.match(text, pos) if pp is None else None
        if pp is not None:
            basis = pp["pp"].lower().startswith(("basis", "bp"))
            atom.percent = "bp" if basis else "pp"
            pos = atom.end = pp.end()
        elif p is not None:
            atom.percent = "%"
            pos = atom.end = p.end()
            pp2 = _POINTS.match(text, pos, pos + 10)
            if pp2 is not None:
                atom.percent = "pp"
                pos = atom.end = pp2.end()
        elif (
            atom.extra.get("fraction")
            and (point := _FRACTION_POINT.match(text, pos)) is not None
            and _RATE_MOVE_CUE.search(sentence_text)
        ):
            atom.percent = "pp"  # "a quarter point", "half a point", "a half-point cut": a rate's move
            pos = atom.end = point.end()
        elif (points := _POINTS.match(text, pos)) is not None and (
            _SHARE_AFTER_POINTS.match(text, points.end())
            or _SHARE_BEFORE_POINTS.search(text, max(0, atom.start - 40), atom.start)
        ):  # "turnout rose 3 points to 71%", "support stood at 45%, up 3 points": percentage points of a share
            atom.percent = "pp"
            pos = atom.end = points.end()
    if not atom.currency and not atom.percent and atom.unit is None:  # "thousands of tonnes"
        u = unitlib.match_unit(text, pos, min(limit, pos + 60))
        if (
            u is not None
            and u.unit.dimension == "temperature"
            and u.surface in ("C", "F")
            and "." not in atom.number_text
            and atom.value >= 0  # "-20C": below zero, a temperature
            and not _TEMPERATURE_CUE.search(sentence_text)
            and not _TEMPERATURE_VERB_BEFORE.search(text, max(0, atom.start - 16), atom.start)
        ):
            return None  # "the 13F filing", "Form 10C": a letter glued to a number, not a temperature
        if (
            u is not None
            and u.surface == "C"
            and text[pos : pos + 1] == "C"
            and _CENTS_CUE.search(sentence_text)
            and not _TEMPERATURE_CUE.search(sentence_text)
        ):
            return None  # "funds from operations were 14.7C per security": cents, not degrees
        if u is not None and (
            text[u.end : u.end + 1].isdigit()
            or (len(u.surface) == 1 and re.match(r"-\d", text[u.end : u.end + 2]))
            or (u.surface in ("C", "F") and re.match(r"-(?!plus\b)[A-Za-z]", text[u.end : u.end + 6]))
        ):
            # "24703L202", "24703 L-202": a part or serial code, not litres; "12 C-suite executives": no degrees
            # (but "a 10 m-long wall", "30C-plus")
            return None
        if u is None and (streak := _STREAK.match(text, pos, limit)) is not None:
            # "six straight days", "three consecutive quarters", "five trading days": a span of time
            u = unitlib.match_unit(text, streak.end(), min(limit, streak.end() + 20))
            u = u if u is not None and u.unit.dimension == "time" else None
        ahead = text[pos : pos + 2] if u is None else ""  # the rarer forms below start within two characters
        if ahead and not atom.is_word and not _BRACKET_OPENERS.isdisjoint(ahead):
            u = _bracketed_unit(text, pos, limit)  # "20 (kg)", "20 [kg]": a unit as a table header writes it
        if (
            u is None
            and ahead[:1] in ("'", "’")
            and not atom.is_word
            and atom.value in _FEET_OF_HEIGHT
            and (fi := _FEET_INCHES.match(text, pos))
        ):  # "the 6'2\" guard": one height, to the inch
            atom.unit, atom.value, atom.step = (
                unitlib.lexicon().words["foot"],
                atom.value + int(fi["inches"]) / 12,
                1 / 12,
            )
            pos = atom.end = fi.end()
        if u is None and ("y" in ahead or "Y" in ahead) and (yo := _YEARS_OLD_ABBREVIATION.match(text, pos)):
            atom.unit, atom.kind = unitlib.lexicon().words["year"], Kind.AGE  # "a 87 yo man", "45 y/o"
            pos = atom.end = yo.end()
        if u is not None and not (atom.is_word and len(u.surface) < 2):
            atom.unit = u.unit
            pos = atom.end = u.end
            if u.unit.name == "foot" and (inches := _INCHES_AFTER.match(text, pos, limit)) is not None:
                n = int(inches["inches"] or inches["inches2"])
                if n < 12 and not atom.is_word:  # "the 6-foot-2 guard", "6ft 2in", "5 feet 10 inches": one height
                    atom.value += n / 12
                    atom.step = 1 / 12
                    pos = atom.end = inches.end()
        elif not atom.is_word:
            degrees = _TEMPERATURE_DEGREES.match(text, pos)
            if degrees is not None and re.search(r"temperat|heat|cold|degrees|weather|°", sentence_text, re.IGNORECASE):
                atom.unit = unitlib.UnitDef("degree", "temperature (scale unstated)", 1.0)
                pos = atom.end = degrees.end()
    if atom.unit is not None and atom.unit.name in _AGE_UNITS:
        old = _OLD_AFTER.match(text, pos)
        # in months, weeks or days only babies and animals have an age: "the three-month-old ceasefire" is a duration
        if old is not None and (
            atom.unit.name == "year" or _YOUNG_AFTER.match(text, old.end()) or not old.group().startswith("-")
        ):
            atom.kind = Kind.AGE
            pos = atom.end = old.end()
    r = _RATE.match(text, pos)
    if r is not None and (atom.unit is None or atom.unit.dimension != "time"):
        per = (r["per"] or r["adv"]).lower()
        atom.per = _PERIODS.get(per, per)
        pos = atom.end = r.end()
    elif atom.currency and (p := _PER_UNIT.match(text, pos)) is not None:
        u = unitlib.match_unit(text, p.end(), min(limit, p.end() + 40))
        if u is not None and u.unit.dimension not in ("time", "") and (len(u.surface) > 1 or "/" in p.group()):
            atom.per_unit = u.unit  # a price: "$80 a barrel", "$350 per kg", "€2/litre"
            pos = atom.end = u.end
    if not atom.qualifier or atom.qualifier_kind == "about":
        _trailing_bound(text, atom)  # "500 or more people", "about 500 or more" (the bound is the stronger word)
    atom = _attach_noun(text, atom, limit)
    if atom.noun and atom.per == "" and not atom.currency and not atom.percent:
        r = _RATE.match(text, atom.end)
        if r is not None:
            per = (r["per"] or r["adv"]).lower()
            atom.per = _PERIODS.get(per, per)
            atom.end = r.end()
    if not atom.qualifier or atom.qualifier_kind == "about":
        _trailing_bound(text, atom)  # "500 people or more"
    if (
        atom.qualifier == "over"
        and atom.unit is not None
        and atom.unit.dimension == "time"
        and _FIGURE_BEFORE_OVER.search(text, max(0, atom.start - 40), atom.start)
    ):  # "invest $5bn over three years", "fell 3% over five days": during, not more than
        atom.qualifier, atom.qualifier_kind, atom.start = "", "", atom.num_start
    return atom


# "150 more stores", "20 additional flights": the noun counted is past the word ("150 more than" is a comparison)
_MORE_BEFORE_NOUN = re.compile(r"\s+(?:more|additional|extra|fewer)(?=\s+[a-z])(?!\s+than\b)", re.IGNORECASE)


def _attach_noun(text: str, atom: _Atom, limit: int) -> _Atom:
    """The counted noun after the figure ("nine firefighters", "fifth term", "40 times", "150 more stores")."""
    pos = atom.end
    if atom.kind == Kind.COUNT and atom.unit is None and (more := _MORE_BEFORE_NOUN.match(text, pos, limit)):
        pos = more.end()
    words: list[tuple[int, int, str]] = []
    while len(words) < 3:
        m = _NOUN.match(text, pos, min(limit, pos + 40))
        if m is None:
            break
        word = m["w"]
        lower = word.lower().strip("'’-")
        if lower in _NOUN_STOP or not lower:
            break
        if lower in _VERB_STOP or (lower.endswith("ed") and lower not in _ED_NOUNS):
            break
        words.append((m.start("w"), m.end("w"), word))
        pos = m.end()
        if _is_plural(word) and not word[0].isupper():
            break
    if (
        words
        and atom.kind == Kind.COUNT
        and atom.unit is None
        and atom.value >= 2
        and text[max(0, atom.start - 4) : atom.start].lower() == "the "
        and words[0][2].islower()
        and not any(_is_plural(w) for _, _, w in words)
    ):
        words = []  # "as the 2 increase their cooperation": "the two" are the subject, and a verb follows
    if words:
        # keep the noun phrase up to its head (the first plural noun, else the last word)
        atom.noun = " ".join(w for _, _, w in words)
        if atom.kind in (Kind.COUNT,) and atom.unit is None and not atom.currency and not atom.percent:
            atom.end = words[-1][1]
    return atom


# ---------------------------------------------------------------- atoms → mentions


def _interval(atom: _Atom, low_floor: float) -> Interval:
    """The interval a written figure stands for. An exact figure covers its rounding ("2.4 miles" is
    2.35–2.45); a qualified one is bounded by its qualifier ("nearly 1,000" is 950–1,000, "about 10%" is
    9.5–10.5, "up to 16 feet" is 0–16), but a hedge is never narrower than the rounding the plain figure would
    cover: "about 7%" is 6.5–7.5, as "7%" is (±5% alone would make it 6.65–7.35 and set it against "7.4%")."""
    kind = atom.qualifier_kind
    if atom.vague is not None:  # "at least several hundred" is 300–∞, "up to a few thousand" 0–5,000
        if kind == "min":
            return Interval(atom.vague[0], math.inf)
        if kind == "max":
            return Interval(min(low_floor, atom.vague[0]), atom.vague[1])
        return Interval(atom.vague[0], atom.vague[1])
    v, half = atom.value, atom.step / 2
    if kind == "min":
        return Interval(v, math.inf)
    if kind == "max":
        return Interval(min(low_floor, v), v)
    if kind == "below":
        return Interval(v - max(abs(v) * NEAR, half), v)
    if kind == "above":
        return Interval(v, v + max(abs(v) * NEAR, half))
    if kind == "about":
        if atom.qualifier == "a dozen":
            return Interval(10, 14)
        return Interval(v - max(abs(v) * ABOUT, half), v + max(abs(v) * ABOUT, half))
    # the rounding interval is half-open ([17.5, 18.5) for "18"): "$18bn" and "$19bn" do not touch
    return Interval(v - half, v + half - half * 1e-6)


_PERIODS = {
    "annum": "year",
    "yr": "year",
    "d": "day",
    "h": "hour",
    "hr": "hour",
    "min": "minute",
    "s": "second",
    "annually": "year",
    "yearly": "year",
    "daily": "day",
    "monthly": "month",
    "weekly": "week",
    "hourly": "hour",
}
_PER_SECONDS = {
    "second": 1.0,
    "minute": 60.0,
    "hour": 3600.0,
    "day": 86400.0,
    "week": 604800.0,
    "month": 2629800.0,
    "year": 31557600.0,
}


def _classify(atom: _Atom, text: str) -> None:
    if atom.kind == Kind.ORDINAL:
        return
    if atom.currency:
        atom.kind = Kind.RATE if atom.per or atom.per_unit else Kind.MONEY
    elif atom.percent == "%":
        atom.kind = Kind.PERCENT
    elif atom.percent in ("pp", "bp"):
        atom.kind = Kind.PERCENTAGE_POINTS
    elif atom.unit is not None:
        if atom.kind == Kind.AGE:
            return
        if atom.unit.dimension == "time":
            atom.kind = Kind.DURATION
        else:
            atom.kind = Kind.RATE if atom.per else Kind.QUANTITY
    elif atom.per:
        atom.kind = Kind.RATE
    else:
        atom.kind = Kind.COUNT


_YEAR_BOUNDS = frozenset({"at least", "as early as", "as late as", "no earlier than", "no later than"})


def _is_year(atom: _Atom) -> bool:
    """A bare four-digit figure of 1800-2100 is a year; one with a preposition before it too ("over 2023", "around
    2030", "through at least 2027": the word is then no qualifier of a count, and is dropped). Any other
    qualifier, a unit, a currency or a plural noun makes it a figure ("over 540 km", "over 2000 units")."""
    if atom.is_word or atom.scaled or atom.currency or atom.percent or atom.unit is not None:
        return False
    if not atom.number_text.isdigit() or not 1800 <= atom.value <= 2100:
        return False
    if atom.qualifier:
        if atom.noun or not (
            atom.qualifier in _YEAR_PREPOSITIONS or (atom.qualifier in _YEAR_BOUNDS and len(atom.number_text) == 4)
        ):
            return False
        atom.qualifier = ""
    if atom.noun:
        head = atom.noun.split()[0]
        if _is_plural(head) and head.lower() not in _YEAR_EVENT_NOUNS and not head[0].isupper():
            return False
    return True


def _age_before(text: str, atom: _Atom) -> bool:
    """'Putin, 71, will travel' and 'aged 71': a person's age."""
    if (
        atom.is_word
        or atom.scaled
        or atom.currency
        or atom.percent
        or atom.unit is not None
        or (atom.qualifier and atom.qualifier not in ("range", "between"))
    ):
        return False
    first_number = atom.number_text.split()[0].rstrip("-–")
    if not (first_number.isdigit() and 1 <= float(first_number) <= 120 and atom.value <= 120):
        return False
    before = text[max(0, atom.num_start - 40) : atom.num_start]
    if _AGE_WORD_BEFORE.search(before):
        return True
    if _TURNED_BEFORE.search(before) and _TURNED_AFTER.match(text, atom.num_end):
        return True  # "he turned 40 on Saturday", "she turns 65 next year" (not "turned 3 seats")
    after = text[atom.num_end : atom.num_end + 3]
    # "Putin , 71 , arrived": badly spaced, still an age
    after = after[1:] if after[:1] == " " and after[1:2] in (",", ";", ")", ".") else after[:2]
    return bool(_AGE_NAME_BEFORE.search(before)) and (
        after[:1] in (",", ")", ";") or after == "" or (after[:1] == "." and not after[1:2].isdigit())
    )


# a vote or a score: "voted 51-49", "by a vote of 310 to 118", "a 6-3 decision", "won 3-1". Its two numbers are the
# two sides as written, never a range ("voted 45-55" is not 45 to 55): each side is a figure of its own (role
# "tally-first" / "tally-second"), so one outlet's "51-49" and another's "52-48" disagree side by side
_TALLY_JOIN = re.compile(r"\s*[-–—]\s*|\s+to\s+|-to-")
_TALLY_BEFORE = re.compile(
    r"\b(?:vot(?:ed|es|ing)|ruled|rules|won|wins|lost|loses|beat|beats|defeated|defeats|drew|draws|tied|led|leads|"
    r"leading|trailed|trails|trailing|passed|approved|rejected|confirmed|acquitted|convicted|overturned|upheld|"
    r"cleared|backed|adopted|ratified|endorsed|blocked|sustained|"
    r"(?:vote|margin|score|scoreline|tally|majority|odds)\s+(?:of|was|is|were|are|stood\s+at))"
    r"\s+(?:[A-Za-z][\w'’.-]*\s+){0,3}?$",
    re.IGNORECASE,
)
_TALLY_AFTER = re.compile(
    r"(?:\s+|-)(?:vote|votes|decision|ruling|majority|verdict|win|victory|defeat|loss|draw|tie|split|margin|tally|"
    r"score|scoreline|lead|result|chance|odds|shot)\b",
    re.IGNORECASE,
)


# "Arsenal 2-0 Chelsea": a name before the first side and after the second (the second's "noun" is the team)
_NAME_BEFORE_SCORE = re.compile(r"(?<![\w'’])(?P<name>[A-Z][\w'’.&-]*)[^\S\n]+$")
_NAME_AFTER_SCORE = re.compile(r"[^\S\n]+[A-Z]")
# capitalised words before a number that name nothing (besides function words and months): "About 20-30 Syrians"
_NOT_A_TEAM = frozenset(
    {*("about", "around", "over", "under", "some", "only", "just", "nearly", "almost", "roughly", "between", "all")}
)


def _is_score_between_names(text: str, first: _Atom, second: _Atom) -> bool:
    """Two sides of at most two digits, dash-joined, between two names: a result as the papers print it."""
    if not (first.number_text.isdigit() and second.number_text.isdigit()):
        return False
    if len(first.number_text) > 2 or len(second.number_text) > 2:
        return False
    if text[first.end : second.start].strip() not in ("-", "–") or not _NAME_AFTER_SCORE.match(text, second.num_end):
        return False
    before = _NAME_BEFORE_SCORE.search(text, max(0, first.start - 40), first.start)
    if before is None:
        return False
    word = before["name"].rstrip(".")
    # a capitalised word that names nothing: "In 2-3 cases", "About 20-30 Syrians", "March 2-3 Talks"
    return word.lower() not in FUNCTION_WORDS and word.lower() not in _NOT_A_TEAM and word not in MONTHS


def _is_tally(text: str, first: _Atom, second: _Atom) -> bool:
    """Two whole numbers joined by a dash or "to" that count the sides of a vote or a game: a tally word after
    them ("a 6-3 decision"), or a voting or playing verb before them with nothing counted after ("voted 51-49
    to confirm", not "approved 20-30 projects", a range)."""
    for atom in (first, second):
        if (
            atom.kind != Kind.COUNT
            or atom.currency
            or atom.percent
            or atom.unit is not None
            or atom.vague
            or atom.qualifier
            or atom.scaled
            or not atom.value.is_integer()
        ):
            return False
    if first.noun or _TALLY_JOIN.fullmatch(text, first.end, second.start) is None:
        return False
    if _TALLY_AFTER.match(text, second.num_end) is not None or _is_score_between_names(text, first, second):
        return True
    return not second.noun and _TALLY_BEFORE.search(text, max(0, first.start - 60), first.start) is not None


def _merge_range(text: str, first: _Atom, second: _Atom) -> _Atom | None:
    """'$2.1 billion to $2.4 billion', 'between $3 and $4 million', '20-25%', '8- to 16-meter' → one interval."""
    gap = text[first.end : second.start]
    if _RANGE_JOIN.fullmatch(gap) is None:
        return None
    word = gap.strip(" -").strip().lower() or "-"
    before = text[max(0, first.start - 60) : first.start]
    between = _BETWEEN_BEFORE.search(before) is not None
    if word == "and" and not between:
        return None
    if word == "or" or first.kind == Kind.ORDINAL or second.kind == Kind.ORDINAL:
        return None
    if word == "to" and (
        (_FROM_BEFORE.search(before) and not _RANGE_BEFORE_FROM.search(before)) or _CHANGE_VERB.search(before[-30:])
    ):
        return None  # "rose from 25% to 100%", "rose 5% to 7%": a change, not a range
    if second.currency and second.start < second.num_start and not first.currency:
        return None  # "2021 to US$240 billion": the second figure brings its own currency, the first is not money
    if (
        not first.is_word
        and first.number_text.isdigit()
        and 1800 <= first.value <= 2100
        and (second.scaled or (second.percent and not first.percent and second.value < first.value))
    ):
        return None  # "in 2021 to US$240 billion", "its forecast for 2025 to 1.2%": a year, then the figure
    # the first side borrows what it lacks from the second ("$3 and $4 million", "20-25%", "two to three days")
    value, step, scaled = first.value, first.step, first.scaled
    if not first.scaled and second.scaled and first.value * second.scale <= second.value + second.step:
        value, step, scaled = first.value * second.scale, first.step * second.scale, True
    currency = first.currency or second.currency
    percent = first.percent or second.percent
    unit = first.unit or second.unit
    per = first.per or second.per
    if first.per_unit is not None and (second.per_unit is None or second.per_unit.name != first.per_unit.name):
        return None  # "$350 per kg to $680 a tonne" are not one interval ("$350 to $680 per kg" is)
    second_currency = second.currency
    if (
        first.currency
        and not second.currency
        and second.unit is None
        and not second.percent
        and (second.scaled or not second.noun)
        and (second.scaled or not first.scaled)  # never "$2 million to 3"
    ):
        second_currency = first.currency  # "$1.5-2bn", "a $5-10m fund": the second number is the same money
    if (
        currency != second_currency
        or percent != second.percent
        or (unit is not None and second.unit is not None and unit.name != second.unit.name)
    ):
        return None
    if value > second.value and not (currency or percent or unit is not None or between):
        return None  # "passed 52-48", "won 3-1", "a vote of 218 to 210", "in 2016 - 11 people": never a range
    low, high = sorted((value, second.value))
    if not low < high:
        return None
    merged = _Atom(
        first.start,
        second.end,
        first.num_start,
        second.num_end,
        f"{first.number_text}{gap}{second.number_text}",
        (low + high) / 2,
        max(step, second.step),
        currency=currency,
        percent=percent,
        unit=unit,
        per=per,
        per_unit=second.per_unit,
        noun=second.noun or first.noun,
        vague=(low, high),
        scaled=scaled or second.scaled,
        qualifier="between" if between else "range",
    )
    if second.kind == Kind.AGE and unit is not None and unit.dimension == "time":
        merged.kind = Kind.AGE  # "16- to 24-year-olds": a range of ages, as "24-year-olds" is an age
    lead = re.search(r"(?:between|from)\s+$", before, re.IGNORECASE)
    if lead is not None:
        merged.start = first.start - (len(before) - lead.start())
    return merged


# a change ("from 50 to 80%") or two figures joined by and/or ("45 and 50 mg", "3 or 4 km") share the unit
_CHANGE_JOIN = re.compile(r"\s*(?:to|-|–)\s*|\s+(?:and|or)\s+")


def _is_bare(atom: _Atom) -> bool:
    """A plain number: no money, percent, unit, counted noun or vagueness, and not shaped like a year."""
    return (
        atom.kind == Kind.COUNT
        and not (atom.currency or atom.percent or atom.unit is not None or atom.noun or atom.vague)
        and not (atom.number_text.isdigit() and 1800 <= atom.value <= 2100)
    )


def _take_measure(bare: _Atom, source: _Atom) -> None:
    """The bare figure of a pair takes the other's money, percent, unit and period."""
    bare.currency, bare.percent, bare.unit, bare.per = source.currency, source.percent, source.unit, source.per
    bare.per_unit = source.per_unit
    bare.kind = source.kind


def _borrow_from_next(text: str, first: _Atom, second: _Atom) -> None:
    """A change whose first figure is bare takes the second's unit: "from 50 to 80%" is 50% → 80%, "rose from 3
    to $4 million" is $3 million → $4 million (the two stay apart, as changes do; a range is merged before);
    so does the first of two figures joined by and/or: "45 and 50 mg", "3 or 4 km"."""
    if (
        not _is_bare(first)
        or not (second.currency or second.percent or second.unit is not None)
        or _CHANGE_JOIN.fullmatch(text, first.end, second.start) is None
    ):
        return
    if not first.scaled and second.scaled and first.value * second.scale <= second.value + second.step:
        _scale(first, second.scale)
    _take_measure(first, second)


# the words between a figure and the bare earlier or later value of the same change: "$5.45 billion in the quarter,
# up from 4.8 billion", "50,000 acres from 45,000", "grew by 5,000 acres overnight to 50,000"
_CHANGE_BACK = re.compile(r"[^.;:!?\d\n]{0,40}?\b(?:from|to)\s+")


def _borrow_from_previous(text: str, first: _Atom, second: _Atom) -> None:
    """The bare value at the other end of a change takes the money or unit of the figure before it ("$5.45
    billion, up from 4.8 billion" is $4.8 billion; "grew by 5,000 acres to 50,000" is 50,000 acres); never a
    percentage's ("rose 2% to 4,500" is a level, not a share) and never a figure with its own noun ("$5 million
    to 40 families")."""
    if (
        not _is_bare(second)
        or second.per
        or first.percent
        or not (first.currency or first.unit is not None)
        or _CHANGE_BACK.fullmatch(text, first.end, second.start) is None
    ):
        return
    if first.scaled and not second.scaled and second.value * first.scale <= 100 * (first.value + first.step):
        _scale(second, first.scale)  # "$3 billion, up from 2.8" is $2.8 billion
    _take_measure(second, first)  # (first has no percent to give)


# "rose 20% to $12bn", "fell by 3.5 percent to": the change's own figure may stand between the verb and "to"; and a
# change to come, in the verb's plain form ("will rise to £11.44", "is set to fall to 2%"; never read as a range's
# verb: "expected to grow 2% to 3%" stays a range)
_CHANGE_VERB_BEFORE_TO_LOWER = re.compile(
    r"(?:" + _CHANGE_VERBS + r"|\b(?:rise|fall|grow|increase|decrease|jump|drop|climb|decline|soar|surge|plunge|"
    r"gain|raise|cut|reduce|lower|boost|expand|shrink|double|triple|halve|widen|narrow))\s+(?:[\w%$€£¥.,-]+\s+){0,5}$"
)
_TO_AFTER_CHANGE_LOWER = re.compile(_TO_AFTER_CHANGE.pattern)


# a verb that changes its object, the object, then "by": "cut the risk of death by 20%", "raised rates by 0.25
# points", "reduced emissions by a third" (lower case; the object is up to five words, no figure among them)
_CUT_VERBS = frozenset(
    {"cut", "cuts", "cutting", "reduced", "reduces", "reducing", "lowered", "lowers", "lowering", "slashed", "slashes"}
    | {"slashing", "trimmed", "trims", "trimming", "decreased", "decreases", "decreasing"}
)
_RAISE_VERBS = frozenset(
    {"raised", "raises", "raising", "increased", "increases", "increasing", "boosted", "boosts", "boosting"}
    | {"lifted", "lifts", "lifting", "hiked", "hikes", "hiking"}
)
_CHANGED_OBJECT_BEFORE_BY = re.compile(
    r"(?<![\w-])(?P<v>" + "|".join(sorted(_CUT_VERBS | _RAISE_VERBS, key=len, reverse=True)) + r")"
    r"(?P<object>(?:\s+[a-z'’-]+){0,5})\s+$"
)


def _trailing_word(text: str) -> str:
    """The run of word characters (re's \\w) that ends `text`."""
    i = len(text)
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    return text[i:]


# a change's noun right after its share or amount: "a 10% increase on last year", "a $5 rise", "a 0.5-point cut"
_CHANGE_NOUN_PLURALS = {"rises": "rise", "increases": "increase", "cuts": "cut"}  # "10% increases were common"
_CHANGE_NOUN_AFTER = re.compile(
    r"[\s-]+(?P<n>"
    + "|".join(sorted(_UP_NOUNS | _DOWN_NOUNS | set(_CHANGE_NOUN_PLURALS), key=len, reverse=True))
    + r")\b(?!-)",
    re.IGNORECASE,
)


# a share or an amount said as the difference from another time: "£3.4bn more than a year earlier"
_COMPARED_AFTER = re.compile(r"\s+(?P<w>more|higher|less|lower|fewer)\s+than\b", re.IGNORECASE)


def _role_after(text: str, atom: _Atom) -> str:
    """'up-by' or 'down-by' for a percentage or an amount followed by the noun of a change ("a 10% increase",
    "a 3% fall"); a count before such a noun counts the changes ("200 job cuts"), so it gets none."""
    if not (atom.percent or atom.currency):
        return ""
    comparison = _COMPARED_AFTER.match(text, atom.end)
    if comparison is not None:  # "£3.4bn more than a year earlier", "2% less than in 2023"
        return "down-by" if comparison["w"].lower() in ("less", "lower", "fewer") else "up-by"
    after = _CHANGE_NOUN_AFTER.match(text, atom.end)
    if after is None:
        return ""
    noun = after["n"].lower()
    return "down-by" if _CHANGE_NOUN_PLURALS.get(noun, noun) in _DOWN_NOUNS else "up-by"


def _role(text: str, atom: _Atom) -> str:
    """ "from", "to", "up-by" or "down-by": the last word before the figure ("from 25%", "rose by 5"), read from
    the end of the 40 characters before it (a regex anchored at their end would be retried at each of them)."""
    before = text[max(0, atom.start - 40) : atom.start]
    if not before or not before[-1].isspace():
        return ""  # every role word stands before the figure with a space between
    low = lower_in_place(before)
    words = low.rstrip()
    last = _trailing_word(words)
    if last == "from":
        return "from"
    if last == "to" and (
        _CHANGE_VERB_BEFORE_TO_LOWER.search(low[:-3] if low.endswith("to ") else low)
        or _TO_AFTER_CHANGE_LOWER.search(low)
    ):
        return "to"
    if last == "or":  # "rose 95 cents, or 1.1%,": the same change said again
        same = _SAME_CHANGE_OR_LOWER.search(low)
        return "" if same is None else "down-by" if same["w"] in _DOWN_WORDS else "up-by"
    if last == "by":  # "rose by 5" (a "-by" or "(by" leaves no word before it: no change)
        last = _trailing_word(words[:-2].rstrip())
        verb = _CHANGED_OBJECT_BEFORE_BY.search(words[:-2]) if last not in _UP_DOWN_WORDS else None
        # "cut the risk of death by 20%"; with no object between, only a share or an amount ("rates were cut by
        # 0.25%", not "the money was raised by 300 donors")
        if verb is not None and (verb["object"] or atom.percent or atom.currency):
            return "down-by" if verb["v"] in _CUT_VERBS else "up-by"
    elif last == "of":  # "an increase of 25%", "a drop of $5": the change named by its noun
        if not (atom.percent or atom.currency):
            return ""  # "a storm surge of 10 feet", "a fall of 30 feet" are no changes
        noun = _trailing_word(words[:-2].rstrip())
        return "up-by" if noun in _UP_NOUNS else "down-by" if noun in _DOWN_NOUNS else ""
    elif last == "up" and _trailing_word(words[:-2].rstrip()) in _MAKE_WORDS:
        return ""  # "make up a fifth of the electorate": a share, not a rise
    elif last == "down" and _trailing_word(words[:-4].rstrip()) in _DOWN_PARTICLE_VERBS:
        return ""  # "shot down 29 of 31 drones": a particle, not a fall
    if last in _UP_DOWN_WORDS:
        return "down-by" if last in _DOWN_WORDS else "up-by"
    return ""


_NUMBER_WORDS = frozenset(
    {
        *UNITS_WORDS,
        *TENS_WORDS,
        *MULTIPLIER_WORDS,
        *ORDINAL_WORDS,
        "dozen",
        "dozens",
        "scores",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "half",
        "quarter",
        "quarters",
        *_DECADE_WORDS,
        "percentage",  # so that a fraction's window reaches its point: "two-thirds of a percentage point"
    }
)


def _merged_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


# between a change "by" a figure and the level it led to: "cut ... by 25 basis points to 3.75%"
_TO_AFTER_BY = re.compile(r",?\s+to\s+")


def scan_figures(
    text: str,
    sentence_text_at,
    skip: list[tuple[int, int]],
    digits: list[tuple[int, int]] | None = None,
    words: list[tuple[int, int, str]] | None = None,
    doc: str = "",
) -> list[Mention]:
    """Every figure in `text` outside the `skip` spans (dates, names), in order of appearance."""
    spans = _merged_spans(skip)
    atoms: list[_Atom] = []
    j = 0
    digits = digits if digits is not None else digit_spans(text)
    digit_windows = merge_windows(text, digits, 1, 3)
    words = words if words is not None else words_of(text)
    word_windows = merge_windows(text, word_spans(text, _NUMBER_WORDS, words), 12, 24)
    found = [m for a, b in digit_windows for m in _SCAN_DIGITS.finditer(text, a, b)]
    if word_windows:
        # every alternative opens with a word boundary and a letter: try the regex only where a word starts
        found += match_at_word_starts(_SCAN_WORDS, text, word_windows, [w[0] for w in words])
    found.sort(key=lambda m: (m.start(), -m.end()))
    if ":" in text:
        found = _with_elapsed_times(text, found, digit_windows)
    for m in found:
        start, end = (m.start, m.end) if isinstance(m, _Atom) else m.span()
        while j < len(spans) and spans[j][1] <= start:
            j += 1
        if j < len(spans) and spans[j][0] < end:
            continue  # inside a date or a name
        if isinstance(m, _Atom):
            atom = m  # an elapsed time, read whole
        else:
            sentence_text = sentence_text_at(m.start())
            atom = _read_atom(text, m, sentence_text)
        if atom is None:
            continue
        if atoms and atom.start < atoms[-1].end:
            continue  # already read as part of the previous figure ("two million" inside a range)
        atoms.append(atom)

    merged: list[_Atom] = []
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        if i + 1 < len(atoms):
            if _is_tally(text, atom, atoms[i + 1]):
                atom.role, atoms[i + 1].role = "tally-first", "tally-second"
                if _is_score_between_names(text, atom, atoms[i + 1]):
                    second = atoms[i + 1]  # "2-0 Chelsea": the name after the score is a team, not what is counted
                    second.noun, second.end = "", second.num_end
                merged += (atom, atoms[i + 1])
                i += 2
                continue
            both = _merge_range(text, atom, atoms[i + 1])
            if both is not None:
                merged.append(both)
                i += 2
                continue
        merged.append(atom)
        i += 1
    for first, second in pairwise(merged):
        _borrow_from_next(text, first, second)
        _borrow_from_previous(text, first, second)

    mentions: list[Mention] = []
    for atom in merged:
        mention = _to_mention(text, atom, doc)
        if mention is None:
            continue
        if (
            not mention.role
            and mentions
            and mentions[-1].role in ("up-by", "down-by")
            and _TO_AFTER_BY.fullmatch(text, mentions[-1].end, mention.start)
        ):  # "cut its deposit rate by 25 basis points to 3.75%": the level the change led to
            mention = mention._replace(role="to")
        mentions.append(mention)
    return mentions


# an elapsed time in hours, minutes and seconds: "finished in 2:03:37", "a time of 1:58:12.5" (a race, a flight, a
# vigil); never a clock time ("at 11:47:03", "@ 17:49:19", "Oct 26 15:50:06", "11:47:03 p.m.", "14:05:10 GMT")
_ELAPSED = re.compile(
    r"(?<![\d:.,])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?:\.(?P<f>\d{1,3}))?(?![\d:]|\.\d)"
    r"(?!\s*(?:[ap]\.?\s?m\b|[AP]\.?\s?M\b|GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|local|hrs?\b|h\b))"
)
_CLOCK_BEFORE = re.compile(r"(?:\b(?:at|by|from|until|till|to|since|before|after)|@|\b\d{1,2},?)\s*$", re.IGNORECASE)


def _with_elapsed_times(text: str, found: list, windows: list[tuple[int, int]]) -> list:
    """`found` with each elapsed time as one _Atom (seconds) in place of the three numbers it is written with."""
    atoms = []
    for a, b in windows:
        for m in _ELAPSED.finditer(text, a, b):
            if _CLOCK_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue
            seconds = int(m["h"]) * 3600 + int(m["m"]) * 60 + int(m["s"]) + (float(f"0.{m['f']}") if m["f"] else 0.0)
            step = 10.0 ** -len(m["f"]) if m["f"] else 1.0
            atom = _Atom(m.start(), m.end(), m.start(), m.end(), m.group(), seconds, step)
            atom.unit = unitlib.lexicon().words["second"]
            atoms.append(atom)
    if not atoms:
        return found
    inside = [(atom.start, atom.end) for atom in atoms]
    kept = [m for m in found if not any(s <= m.start() < e for s, e in inside)]
    return sorted([*kept, *atoms], key=lambda m: (m.start, -m.end) if isinstance(m, _Atom) else (m.start(), -m.end()))


def _to_mention(text: str, atom: _Atom, doc: str = "") -> Mention | None:
    if not math.isfinite(atom.value):
        return None  # a numeral beyond float range ("9" * 400): inf - inf would make NaN intervals
    if atom.kind != Kind.ORDINAL:
        if _age_before(text, atom):
            atom.kind = Kind.AGE
            atom.unit = unitlib.lexicon().words.get("year")
            atom.noun = ""
            atom.end = max(atom.num_end, atom.end if atom.qualifier in ("range", "between") else atom.num_end)
        elif _is_year(atom):
            year = int(atom.value)
            from checker.extract.dates import year_span

            return Mention(
                doc=doc,
                start=atom.num_start,
                end=atom.num_end,
                text=text[atom.num_start : atom.num_end],
                kind=Kind.YEAR,
                number_text=atom.number_text,
                value=float(year),
                interval=Interval.point(float(year)),
                dimension="date",
                date=year_span(year),
            )
        else:
            _classify(atom, text)
    if atom.kind == Kind.ORDINAL:
        value = atom.value
        return (
            Mention(
                doc=doc,
                start=atom.start,
                end=atom.num_end,
                text=text[atom.start : atom.num_end],
                kind=Kind.ORDINAL,
                number_text=atom.number_text,
                value=_ordinal_value(atom),
                interval=Interval.point(_ordinal_value(atom)),
                dimension="ordinal",
                base_interval=Interval.point(_ordinal_value(atom)),
                noun=atom.noun,
                qualifier=atom.qualifier,
            )
            if value is not None
            else None
        )
    if atom.kind in (Kind.COUNT, Kind.AGE) and not atom.scaled and "." not in atom.number_text:
        atom.step = 0.0  # a count of people or meetings is exact as written
    low_floor = (
        0.0 if atom.value >= 0 and not (atom.unit and atom.unit.dimension.startswith("temperature")) else -math.inf
    )
    interval = _interval(atom, low_floor)
    if atom.whole and interval.high > 100.0:
        interval = Interval(interval.low, 100.0)  # "more than half of the voters" is 50-100 %
    unit_name, dimension, base = _normalize(atom, interval)
    role = atom.role or _role(text, atom) or _role_after(text, atom)
    return Mention(
        doc=doc,
        start=atom.start,
        end=atom.end,
        text=text[atom.start : atom.end],
        kind=atom.kind,
        number_text=atom.number_text,
        value=atom.value,
        interval=interval,
        unit=unit_name,
        dimension=dimension,
        base_interval=base,
        qualifier=atom.qualifier,
        noun=atom.noun if atom.kind != Kind.AGE else "",
        role=role,
        ambiguous_unit=atom.unit.ambiguous if atom.unit is not None else "",
    )


def _ordinal_value(atom: _Atom) -> float:
    if atom.is_word:
        return atom.value
    return float(re.match(r"\d+", atom.number_text.replace(",", "")).group())


def _normalize(atom: _Atom, interval: Interval) -> tuple[str, str, Interval]:
    """(unit as written, dimension, interval in the dimension's base unit)."""
    per_seconds = _PER_SECONDS.get(atom.per, 0.0)
    if atom.kind in (Kind.MONEY,) or (atom.kind == Kind.RATE and atom.currency):
        if atom.per_unit is not None:  # per base unit of the quantity: $1,000 a tonne = $1 a kilogram
            per = atom.per_unit
            return (
                f"{atom.currency} / {per.name}",
                f"money:{atom.currency}/{per.dimension}",
                interval.scaled(1 / per.factor),
            )
        if atom.per:
            return f"{atom.currency} / {atom.per}", f"money:{atom.currency}/time", interval.scaled(1 / per_seconds)
        return atom.currency, f"money:{atom.currency}", interval
    if atom.kind == Kind.PERCENT:
        return "percent", "percent", interval
    if atom.kind == Kind.PERCENTAGE_POINTS:
        if atom.percent == "bp":
            return "basis_point", "percentage-points", interval.scaled(0.01)
        return "percentage_point", "percentage-points", interval
    if atom.kind == Kind.AGE:
        age_unit = atom.unit.name if atom.unit is not None and atom.unit.name in _AGE_UNITS else "year"
        return age_unit, "age", interval.scaled(_AGE_UNITS[age_unit])
    if atom.unit is not None:
        unit = atom.unit
        base = interval.scaled(unit.factor, unit.offset)
        if unit.spread:
            base = Interval(base.low, base.high * (1 + unit.spread))
        if atom.per:
            return f"{unit.name} / {atom.per}", f"{unit.dimension}/time", base.scaled(1 / per_seconds)
        return unit.name, unit.dimension, base
    if atom.kind == Kind.RATE:
        noun = _singular(atom.noun.split()[0]) if atom.noun else "count"
        return f"{noun} / {atom.per}", "count/time", interval.scaled(1 / per_seconds)
    return "", "count", interval


def mention_date(mention: Mention) -> DateSpan | None:
    return mention.date

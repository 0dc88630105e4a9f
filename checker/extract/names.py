"""Numbers that are parts of names, not figures: "Power of Siberia 2", "G7", "COVID-19", "Route 66", phones.

Returns spans; the number scanner skips anything inside them and the coverage count lists them as names.
"""

from __future__ import annotations

import re

from checker.extract.lexicon import (
    AMOUNT_SHAPED,
    CURRENCY_PREFIXES,
    MONTHS,
    QUALIFIERS,
    SHORT_PREFIX_CURRENCIES,
    WEEKDAYS,
)
from checker.extract.windows import digit_spans, match_at_word_starts, merge_windows, words_of
from checker.text import ABBREVIATIONS, SENTENCE_END_WORD

# currencies written in letters before the number ("USD 240", "Rs 450", "KSh500m"): never a code name
_CURRENCY_LETTERS = sorted((k.rstrip(".") for k in CURRENCY_PREFIXES if k.rstrip(".").isalpha()), key=len, reverse=True)
# capitalized words that may stand right before a real figure ("In 2023", "About 40", "Some 300")
_FUNCTION_WORDS = (
    frozenset(
        [
            "In",
            "On",
            "By",
            "Since",
            "About",
            "Over",
            "Nearly",
            "Almost",
            "Some",
            "Around",
            "Until",
            "Till",
            "From",
            "To",
            "Of",
            "At",
            "The",
            "And",
            "With",
            "For",
            "Than",
            "Those",
            "These",
            "All",
            "Only",
            "Just",
            "Roughly",
            "Approximately",
            "Up",
            "Down",
            "Top",
            "Last",
            "Next",
            "Mr",
            "Mrs",
            "Ms",
            "Dr",
            "Another",
            "Each",
            "Every",
            "Both",
            "About",
            "Under",
            "Below",
            "Above",
            "Between",
            "Among",
            "After",
            "Before",
            "During",
            "Through",
            "Within",
            "Without",
            "Per",
            "Plus",
            "Minus",
            "Or",
            "Nor",
            "But",
            "Yet",
            "So",
            "As",
            "If",
            "When",
            "While",
            "Where",
            "Why",
            "How",
            "What",
            "Which",
            "Who",
            "Whom",
            "Whose",
            "That",
            "This",
            "Its",
            "It",
            "Their",
            "There",
            "Here",
            "Then",
            "Now",
            "Also",
            "Still",
            "Even",
            "Almost",
            "Another",
            "Fewer",
            "Less",
            "More",
            "Most",
            "Many",
            "Much",
            "Few",
            "Several",
            "Estimated",
            "An",
            "A",
            "Total",
            "Exactly",
            "Perhaps",
            "Maybe",
            "Overall",
            "Altogether",
            "Together",
            "Including",
            "Excluding",
            "Further",
            "Additional",
            "Combined",
            "Meanwhile",
            "Again",
            "Once",
            "Twice",
            "Thus",
            "Hence",
            "Instead",
            "However",
            "Indeed",
            "Already",
            "Soon",
            "Later",
            "Earlier",
            "Record",
            "Circa",
            "Aged",
            "Age",
            "Ages",
            "Some",
            "Approx",
            "Day",
            "Week",
            "Month",
            "Year",
            "Quarter",
            "Season",
            "Game",
            "Round",
            "Stage",
            "Week",
            "Phase",
            "Part",
            "Act",
            "Year",
            "Years",
            "Days",
            "Weeks",
            "Months",
            "Hours",
            "Minutes",
            "Seconds",
            "Decades",
            "Billion",
            "Million",
            "Thousand",
            "Trillion",
            "Bn",
            "Mn",
            "US",
            "Us",
            "Like",
            "Unlike",
            "Despite",
            "Against",
            "Toward",
            "Towards",
            "Into",
            "Onto",
            "Upon",
            "Via",
            "Versus",
            "Vs",
            "Inc",
            "Ltd",
            "Co",
            "Corp",
            "No",
            "Yes",
            "Not",
            "Never",
            "Ever",
            "Around",
            "Nearly",
            "Roughly",
        ]
    )
    # the word a qualifier ends with, capitalised: "Virtually 300", "Barely 20", "Upwards of 300", "Well over 300"
    | frozenset(q.split()[-1].capitalize() for q in QUALIFIERS if q[0].isalpha())
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | frozenset(w[:3] for w in WEEKDAYS)
    | frozenset(_CURRENCY_LETTERS)
)

_LOWER_NAMED = (
    r"page|pages|p\.|pp\.|section|sections|article|articles|chapter|chapters|paragraph|clause|line|room|"
    r"flight|gate|exit|platform|pier|lot|unit|apartment|apt\.|suite|box|channel|episode|season|tier|level|"
    r"stage|grade|category|cat\.?|type|model|version|item|rule|amendment|resolution|bill|case|no\.|number|"
    r"route|highway|interstate|road|street|avenue|district|ward|precinct|zone|block|phase|vol\.|volume|"
    r"figure|fig\.|table|appendix|psalm|title|act|book|part|lane"
)

# the word a naming-word match starts with ("page", "pp" of "pp.", "cat" of "cat."): only these word starts are tried
_NAMING_WORDS = frozenset(re.match(r"[a-z]+", alternative).group() for alternative in _LOWER_NAMED.split("|"))
# a word cut short by a letter outside ASCII that case-folds into one ("booK" with a Kelvin sign) is tried too
_NAMING_PREFIXES = frozenset(word[:i] for word in _NAMING_WORDS for i in range(1, len(word)))
_NAMING_WORD_NUMBER = re.compile(
    r"(?i:\b(?:" + _LOWER_NAMED + r"))\s+(?:No\.\s*)?\d+[A-Za-z]?(?:\([a-z0-9]+\))*(?![\w,.]\d)"
)

# the name patterns, each with the substrings without one of which it cannot match (none: always run) and whether
# it reaches far from its digits (URLs; every other pattern starts within 24 characters of one, the longest naming
# word being "resolution No. 12")
# a road's number after its system's name ("US 41", "SR 776"), not a figure with its unit or scale ("the US 10-year
# yield", "US 41 percent"); checker.claims reads "US" before one as no mention of the country
ROAD_NUMBER = (
    r"\d{1,3}\b(?![.,]\d|-[a-z]|\s*(?:%|percent|per cent|billion|million|trillion|thousand|bn|mn|dollars|m\b))"
)
_NAME_PATTERNS: list[tuple[re.Pattern[str], tuple[str, ...], bool]] = [
    # phone numbers: (800) 555-0199, 800-555-0199, +44 20 7946 0958, 555-0199
    (re.compile(r"(?:\+\d{1,3}[\s.-]?)?\(\d{2,4}\)\s?\d{3,4}[\s.-]\d{3,4}"), ("(",), False),
    (re.compile(r"(?<![\w$€£.,-])\d{3}[.-]\d{3}[.-]\d{4}(?![\w-])"), ("-", "."), False),
    (re.compile(r"\+\d{1,3}(?:[\s.-]\d{1,5}){2,5}(?!\w)"), ("+",), False),
    (re.compile(r"(?<![\w$€£.,/-])\d{3}-\d{4}(?![\w/-])"), ("-",), False),
    # letter-digit codes glued or hyphenated: G7, G20, F-16, COVID-19, Su-57, A320, MH17, B-52, 5G, 3D
    (
        re.compile(
            r"(?<![\w$€£°])(?!(?:"
            + "|".join(_CURRENCY_LETTERS)
            + r")\d|(?:"
            + "|".join(SHORT_PREFIX_CURRENCIES)
            + ")"
            + AMOUNT_SHAPED
            + ")"
            # not an age, a period or a reading on a scale: "his mid-40s", "pre-2008 levels", "a magnitude-7.1 quake"
            r"(?!(?i:mid-\d\d|(?:pre|post)-\d{4}(?!\d)|(?:to|and|or|magnitude)-\d))"
            r"[A-Za-z]{1,10}-?\d+(?:[-.]\d+)*[A-Za-z]*(?![\w%])"
        ),
        (),
        False,
    ),
    (re.compile(r"(?<![\w$€£.,])\d+[GD](?![\w])"), (), False),
    # a version or an address with three or more dotted parts: "the 10.4.1 release", "192.168.1.1"
    (re.compile(r"(?<![\w.])\d+(?:\.\d+){2,}(?![\w.]*\d)"), (".",), False),
    # a code of three or more numbers joined by hyphens that no date pattern read: "2015-1-32", a file's
    # "report-2002-10-09.xlsx", a "4-4-2" formation
    # (tried only at a chain's first number, and possessive: a long run of them costs one pass)
    (re.compile(r"(?<![\w.,])(?<!\d-)\d++(?:-\d++){2,}+(?![\w-])"), ("-",), False),
    # an aircraft or a product variant: "the 787-8", "the 777-200LR", "A350-900XWB" keeps its letters above
    (re.compile(r"(?<![\w$€£.,-])\d{3}-(?:\d|\d{2,4}[A-Z]{1,4})(?![\w-]|[.,]\d)"), ("-",), False),
    # digits around a letter: a model, a format or a part code, never a figure ("a 4x4", "320x240 pixels",
    # "24703L202"); not scientific notation ("1e10") nor square or cubic metres ("24703m2")
    (re.compile(r"(?<![\w$€£.,-])\d+(?:(?![eE]\d|m[23](?!\d))[A-Za-z]\d+)+(?![\w%])"), (), False),
    # road numbers: US 41, SR 776, Hwy 19, State Road 60
    (
        re.compile(r"\b(?:US|U\.S\.|SR|Hwy|State Road|State Route)\s+" + ROAD_NUMBER),
        ("US", "U.S.", "SR", "Hwy", "State R"),
        False,
    ),
    # N-95 style and hashtags / handles / versions
    (re.compile(r"[#@]\w*\d\w*"), ("#", "@"), False),
    (re.compile(r"(?<!\w)v\d+(?:\.\d+)+"), ("v",), False),
    # URLs and e-mail addresses
    (re.compile(r"https?://\S+|www\.\S+|\b[\w.+-]+@[\w-]+\.[\w.]+"), ("http", "www.", "@"), True),
    # a lower-case naming word before a number: page 12, section 230 (also capitalized: Section 230)
    (_NAMING_WORD_NUMBER, (), False),
    # No. 1 / #1 ranking-style names
    (re.compile(r"\bNo\.\s?\d+\b"), ("No.",), False),
    # a brand spelt with digits and a number word: "a 7-Eleven store" (no figure is written that way)
    (
        re.compile(
            r"(?<![\w$€£.,-])\d{1,2}-(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|"
            r"Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty)\b"
        ),
        ("-",),
        False,
    ),
    # idioms written as numbers: "the 9/11 attacks", "a 24/7 service"
    (re.compile(r"(?<![\w/.])(?:9/11|24/7)(?![\w/]|[.,]\d)"), ("9/11", "24/7"), False),
]
# what any match of the short-reach patterns but the naming words holds (a bracketed or grouped phone number, a
# letter glued to a digit, 5G, a road, a hashtag, a version, "No. 1"): the many windows around plain figures
# hold none of it, and skip those patterns
# (r"\(\d|\+\d|[A-Za-z]-?\d|\d(?:...)" written with the digit first and what stands before it looked behind: re
# skips ahead in C to the characters a match can start with, where a letter first had it try every letter)
_NEAR_GATE = re.compile(
    r"\d(?:(?<=\(\d)|(?<=\+\d)|(?<=[A-Za-z]\d)|(?<=[A-Za-z]-\d)|\d\d(?:-\d|\.\d{3})|\.\d+\.\d|[GD]|-[A-Z]|-\d+-\d)"
    r"|(?:US|U\.S\.|SR|Hwy|State R\w+)\s+\d|[#@]|No\.\s?\d|9/11|24/7"
)
# a Proper Name followed by a number: "Siberia 2", "Boeing 737", "Windows 11", "iPhone 15", "Interstate 80" (not
# one grouped by spaces: "Population 1 414 021 100")
_NO_GLUED_CODE = r"(?![A-Z]{3}\d)"  # (a cheap superset of the glued ISO codes: no name word looks like "ABC1")
_PROPER_NUMBER = re.compile(
    # (no word of the name is an amount with its currency code glued on: "the SGD1.75-billion Terminal 3"). The
    # first word is r"(?<![\w$€£])(?:(?![A-Z]{3}\d)[A-Z][\w'’.&-]*|i[A-Z][\w]*)" written with its first letter
    # before the look-behind, so that re skips ahead in C to capitals and i's instead of trying every position
    r"((?:[A-Z](?<![\w$€£][A-Z])(?![A-Z]{2}\d)[\w'’.&-]*|i(?<![\w$€£]i)[A-Z][\w]*)"
    r"(?:[^\S\n]+(?:of[^\S\n]+)?" + _NO_GLUED_CODE + r"[A-Z][\w'’.&-]*)*)[^\S\n]+(\d+[A-Za-z]?)"
    # "Benchmark 10-year Treasury yields": a compound of a number and its unit is a figure, not a name's number
    r"(?![\w%$€£]|[.,]\d| \d{3}(?!\d)"
    r"|-(?i:years?|months?|weeks?|days?|hours?|minutes?|seconds?|miles?|km|kilomet\w*|met(?:re|er)s?|feet|foot"
    r"|points?|percent)\b"
    r"|\s*(?:%|(?i:percent|per cent|billion|million|trillion|thousand)|bn|mn|m\b"
    # "Germany 2 goals a game" is a figure; "the iPhone 4 has a ..." is a name before its verb
    r"|(?!(?:is|was|has|had|will|would|can|could|does|did)\s)[a-z]+\s+(?:of|a|per)\b))"
)


# a model's variant after its number ("Boeing 737-800", "747-8") is part of the name
_MODEL_VARIANT = re.compile(r"-\d{1,4}(?![\d.,]\d|[\d%])")
# a game's score after the opponent's name, a vote after the body's: "beat Chelsea 2-0", "passed the House 220-207"
# ("Boeing 737-800" is a name)
_SCORE_AFTER = re.compile(r"[-–]\d{1,3}(?!\d)")
_VOTING_BODIES = frozenset(
    {
        *("House", "Senate", "Assembly", "Commons", "Lords", "Parliament", "Congress", "Council", "Bundestag"),
        *("Duma", "Knesset", "Chamber", "Legislature", "Committee", "Court"),
    }
)
# a result as the papers print it, a name on each side of the score: "Arsenal 2-0 Chelsea", "Saints 24–21 Falcons"
_SCORE_BETWEEN_NAMES = re.compile(r"[-–]\d{1,2}[^\S\n]+[A-Z]")
_SCORE_VERB_BEFORE = re.compile(
    r"\b(?:beat|beats|beating|defeated|defeats|edged|thrashed|routed|crushed|drew\s+with|draw\s+with|"
    r"lost\s+to|loses\s+to|losing\s+to|fell\s+to|against|versus|vs\.?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a headline in title case ("Storm Kills 12 In Florida"): a preposition with a capital inside the line, which no
# sentence has; there the capital words before a number are verbs and nouns of the headline, not a name
_TITLE_CASE_PREPOSITION = re.compile(r"(?<=[\w,] )(?:In|To|By|Of|After|For|On|At|With|From|Over|Into|Amid|As)\b")
_LINE_BREAK = re.compile(r"[\n.!?]")


def _in_title_case_line(text: str, start: int, end: int) -> bool:
    line_start = max(text.rfind(ch, 0, start) for ch in "\n.!?") + 1
    stop = _LINE_BREAK.search(text, end)
    line_end = stop.start() if stop else len(text)
    return _TITLE_CASE_PREPOSITION.search(text, line_start, line_end) is not None


def _unit_after_number(text: str, start: int, found: str) -> bool:
    """'301,338 km2': the 'km2' is a unit symbol after a figure, not a code name."""
    from checker.extract.units import lexicon

    return text[max(0, start - 2) : start].strip()[-1:].isdigit() and found in lexicon().symbols


def _holds_any(text: str, needs: tuple[str, ...]) -> bool:
    """Whether one of the substrings is in the text (plain `in` tests: each scans the article in C, several times
    faster than one search for their alternation)."""
    return any(need in text for need in needs)


def naming_word_starts(text: str, words: list[tuple[int, int, str]]) -> list[int]:
    """Where a naming-word match ("page 12", "Section 230") can start: a naming word, or its beginning cut short
    by a letter outside ASCII that case-folds into one ("booK" with a Kelvin sign)."""
    return [
        s
        for s, e, w in words
        if w in _NAMING_WORDS or (w in _NAMING_PREFIXES and e < len(text) and not text[e].isascii())
    ]


def name_spans(
    text: str, digits: list[tuple[int, int]] | None = None, words: list[tuple[int, int, str]] | None = None
) -> list[tuple[int, int, str]]:
    """Spans (start, end, text) of numbers that belong to names, sorted and non-overlapping."""
    spans: list[tuple[int, int]] = []
    digits = digits if digits is not None else digit_spans(text)
    if not digits:
        return []  # every name kept holds a digit, and every pattern runs only near one
    windows = merge_windows(text, digits, 80, 12)  # a proper name or "page" can stand well before the number
    near = merge_windows(text, digits, 24, 12)  # codes, phones, roads, "page 12": short reach
    gated = [(a, b) for a, b in near if _NEAR_GATE.search(text, a, b)]
    # the naming-word pattern opens with one of its words: it is tried only where one starts
    naming_starts = naming_word_starts(text, words if words is not None else words_of(text))
    for pattern, needs, wide in _NAME_PATTERNS:  # needs: substrings one of which a match holds (empty: any text)
        naming = pattern is _NAMING_WORD_NUMBER
        if not wide and not (naming_starts if naming else gated):
            continue
        if needs and not _holds_any(text, needs):
            continue
        if naming:
            found = match_at_word_starts(pattern, text, near, naming_starts)
        else:
            found = [m for a, b in (windows if wide else gated) for m in pattern.finditer(text, a, b)]
        for m in found:
            if any(ch.isdigit() for ch in m.group()) and not _unit_after_number(text, m.start(), m.group()):
                spans.append((m.start(), m.end()))
    for m in (m for a, b in windows for m in _PROPER_NUMBER.finditer(text, a, b)):
        name_words = m.group(1).split()
        name_start = m.start(1)
        cut = _sentence_end_in(name_words)
        if cut:
            # "on Friday. Highway 299": the name starts after the word that ends the sentence before it
            for word in name_words[:cut]:
                name_start = text.index(word, name_start) + len(word)
            name_start = text.index(name_words[cut], name_start)
            name_words = name_words[cut:]
        last = name_words[-1].rstrip(".,")
        if last in _FUNCTION_WORDS or last in ("US", "EU") or (len(last) >= 7 and last.endswith("ly")):
            continue  # ... nor an adverb: "Reportedly 300 people died", "Initially 20 were held"
        if _in_title_case_line(text, m.start(), m.end()):
            continue  # "Quake Leaves 300 Dead In Peru": a headline's words, not a name
        # "Putin 71" without a comma is rare; "Xi 2012" would be a year after a name: keep 4-digit years
        # a possessive before a number is a figure: "Djokovic's 34-match run", "China's 13%" (but "Standard &
        # Poor's 500" is the index)
        if re.search(r"['’]s?$", last) and last not in ("Poor's", "Poor’s"):
            continue
        number = m.group(2)
        if _SCORE_AFTER.match(text, m.end(2)) and (
            (len(number) <= 2 and _SCORE_VERB_BEFORE.search(text, max(0, m.start(1) - 24), m.start(1)))
            or (len(number) <= 3 and last in _VOTING_BODIES)
            or (len(number) <= 2 and _SCORE_BETWEEN_NAMES.match(text, m.end(2)))
        ):
            # "beat Chelsea 2-0", "passed the House 220-207", "Arsenal 2-0 Chelsea": a game's score or a vote
            # (a tally), no name
            continue
        if (
            len(number) == 4
            and number.isdigit()
            and 1800 <= int(number) <= 2100
            and not re.match(r"\s+[a-z]", text[m.end(2) : m.end(2) + 3])
        ):
            continue  # "Xi 2012" is a year after a name; "Vision 2030 plans", "Expo 2020 site" are names
        end = m.end(2)
        if len(number) >= 3 and (variant := _MODEL_VARIANT.match(text, end)) is not None:
            end = variant.end()  # "Boeing 737-800", "747-8": the model's variant is part of its name
        spans.append((name_start if len(name_words) <= 4 else m.start(2) - len(last) - 1, end))
    return _merge(text, spans)


def _sentence_end_in(name_words: list[str]) -> int:
    """The index of the word after the last word of `name_words` (but its last) that ends a sentence ("Friday."; not an
    abbreviation: "Gen.", "Sen.", "St."), or 0."""
    for i in range(len(name_words) - 2, -1, -1):
        word = name_words[i]
        if SENTENCE_END_WORD.match(word) and word[:-1].lower() not in ABBREVIATIONS:
            return i + 1
    return 0


def _merge(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    spans.sort()
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e, text[s:e]) for s, e in merged]

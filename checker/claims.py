"""Claims: a Mention plus what it is about, read from the words around it in its sentence.

For each figure: the measure (a canonical "trade", "deaths", "visit start" from concept triggers, nearest
first, in its own clause), its subjects (countries, states and organisations from the gazetteer), its places
(specific places after a locative preposition — "in Harbin", "near Siesta Key" — and named objects such as
"Power of Siberia 2"), the time scope (the date or year the sentence ties it to, else the publication year;
by the day for cumulative measures like a death toll), the direction of a flow (exports A → B), and whether it
is hedged, a forecast, reported speech or a part of a total ("including six"). Everything is data on the Claim
so a finding can say why two claims were matched.
"""

from __future__ import annotations

import calendar
import functools
import re
import string
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from datetime import date
from itertools import pairwise
from typing import NamedTuple

from mypy_extensions import mypyc_attr

from checker import concepts, gazetteer
from checker.extract.lexicon import CURRENCY_CODES_AFTER, MONTHS, WEEKDAYS
from checker.extract.names import ROAD_NUMBER
from checker.extract.windows import merge_windows
from checker.model import DATE_KINDS, Claim, DateSpan, Document, Extraction, Kind, Mention, Sentence
from checker.text import (
    CAPITAL_AT_WORD_START,
    SENTENCE_END_WORD,
    ascii_runs,
    ascii_table,
    has_word,
    lower_in_place,
    split_sentences,
    words_at_word_start,
    words_class_first,
)

CLAUSE_BREAK_PATTERN = (
    r"[;—()]|:(?=\s)|\s–\s|,\s+(?:while|whereas|but|although|though|despite|as|when|because|after|"
    r"before|since|with|according|and|including|where)\b"
)
# (CLAUSE_BREAK_PATTERN opening with one class: see checker.text on _BOUNDARY)
_CLAUSE_BREAK = re.compile(
    r"[;—():,\s](?:(?<=[;—()])|(?<=:)(?=\s)|(?<=\s)–\s|(?<=,)\s+(?:while|whereas|but|although|though|despite|as|when|"
    r"because|after|before|since|with|according|and|including|where)\b)"
)
_CAP = r"[A-Z][\w.'’&-]*"
_NOT_PLACE_WORDS = (
    frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | {
        "The",
        "A",
        "An",
        "This",
        "That",
        "His",
        "Her",
        "Its",
        "Their",
        "Our",
        "He",
        "She",
        "They",
        "It",
        "We",
        "I",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "President",
        "Prime",
        "Minister",
        "Secretary",
        "Chancellor",
        "Governor",
        "Mayor",
        "Category",
        "Saturday",
        "Sunday",
        "Tonight",
        "Today",
        "Tomorrow",
        "Yesterday",
        "Thursday",
        "Friday",
    }
)
# a place after a preposition: "in Harbin", "across the Gulf of Mexico", "near Sarasota County"
_LOCATIVE_PLACE = (
    rf"\s+(?:the\s+)?(?P<p>{_CAP}(?:\s+(?:of\s+(?:the\s+)?)?{_CAP})*(?:\s+(?:key|county|bay|island|city))?)"
)
_LOCATIVE_PREPOSITIONS = (
    *("in", "at", "near", "to", "on", "into", "onto", "across", "off", "outside", "over", "toward", "towards"),
    *("through", "around", "inside"),
)
LOCATIVE_PATTERN = rf"\b(?:{'|'.join(_LOCATIVE_PREPOSITIONS)})" + _LOCATIVE_PLACE
# (LOCATIVE_PATTERN opening with the first letters of its prepositions: see checker.text on _BOUNDARY)
_LOCATIVE = re.compile(words_class_first(_LOCATIVE_PREPOSITIONS) + _LOCATIVE_PLACE)
# the words that end the name of a place ("Sarasota County", "Bristol Bay")
_PLACE_SUFFIXES = (
    *("County", "Bay", "Key", "Island", "Province", "Region", "Coast", "Peninsula"),
    *("Strait", "Sea", "Harbor", "Harbour", "Beach", "Parish", "Oblast"),
)
# (a capital starting a word, written so that re skips ahead to capitals in C: see text.CAPITAL_AT_WORD_START)
_CAP_AT_WORD_START = CAPITAL_AT_WORD_START + r"[\w.'’&-]*"
_PLACE_SUFFIX = re.compile(rf"(?P<p>{_CAP_AT_WORD_START}\s+(?:{_CAP}\s+)*(?:{'|'.join(_PLACE_SUFFIXES)}))\b")
_PLACE_SUFFIX_WORD = re.compile(words_at_word_start(_PLACE_SUFFIXES) + r"\b")
# " of (the) X", written to open with its literal "of" (re finds a literal prefix in C, where a pattern opening with
# \s is tried at every space); a match starts at "of", the space before it is counted back in by _of_capitals
_OF_CAPITAL = re.compile(r"of(?<=\sof)\s+(?:the\s+)?[A-Z]")


def _of_capitals(text: str, start: int, end: int) -> list[tuple[int, int]]:
    r"""Spans of r"\sof\s+(?:the\s+)?[A-Z]" in text[start:end]."""
    return [(m.start() - 1, m.end()) for m in _OF_CAPITAL.finditer(text, start + 1, end)]


_OF_NAME = re.compile(rf"(?P<p>{_CAP_AT_WORD_START}(?:\s+{_CAP})*\s+of\s+(?:the\s+)?{_CAP}(?:\s+{_CAP})*)")
_PERSON_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’.-]+),\s*$")
_MONTH_MAY = re.compile(
    r"(?<=\d )May\b|\bMay(?=\s+\d)|(?<=\bin )May\b|(?<=\bof )May\b|(?<=\bearly )May\b|"
    r"(?<=\blate )May\b|(?<=\bmid-)May\b|(?<=\bsince )May\b"
)
_PERIODS = frozenset({"quarter", "half", "year", "decade", "century", "season", "months"})
_REFERENCE_POINT = re.compile(
    r"\b(?:since|until|till|before|after|by|through|ahead of|prior to|as of)\s+(?:the\s+)?$", re.IGNORECASE
)
_PERIOD_END = re.compile(r"\b(?:quarter|period|year|half|months?|weeks?)\s+(?:ended|ending|to)\s+$", re.IGNORECASE)
# a vote's tally: "passed the Senate 68-32", "approved 310 to 118"
_VOTE_WORD = re.compile(r"\b(?:passed|approved|rejected|voted|votes?|ballot|ratified|confirmed)\b", re.IGNORECASE)
# "40% of households", "about one in five adults": a share of the people or things named after it
_SHARE_OF = re.compile(r"\s+(?:of\s+(?:all\s+|the\s+|those\s+)?)?(?:[a-z]+\s+)?(?P<noun>[a-z]{3,}s)\b")
_CAPITALIZED = re.compile(CAPITAL_AT_WORD_START + r"[a-z'’-]{1,}\b")
_PART_AFTER = re.compile(r"^\s+(?:of\s+(?:them|those|whom|which|these)|were\s+among)\b", re.I)
_DIRECTION_PATTERNS = (
    re.compile(r"(?P<a>\w+)(?:['’]s)?\s+(?:\w+\s+){0,2}exports\s+(?:\w+\s+){0,2}to\s+(?P<b>\w+)", re.I),
    re.compile(r"exports\s+(?:\w+\s+){0,2}from\s+(?P<a>\w+)\s+(?:\w+\s+){0,2}to\s+(?P<b>\w+)", re.I),
    re.compile(r"(?P<b>\w+)(?:['’]s)?\s+(?:\w+\s+){0,2}imports\s+(?:\w+\s+){0,2}from\s+(?P<a>\w+)", re.I),
    re.compile(r"imports\s+(?:\w+\s+){0,2}from\s+(?P<a>\w+)\s+(?:\w+\s+){0,2}(?:to|into|by)\s+(?P<b>\w+)", re.I),
)
# a code glued to its number (COVID-19, F-16, MH17, G20) names a thing, not the place a figure is about
_CODE_NAME = re.compile(r"[A-Z][A-Za-z]*-?\d+")
_LABEL_NAME = re.compile(
    r"^(?:category|cat|page|pages|section|article|chapter|paragraph|clause|line|room|flight|gate|"
    r"exit|platform|level|tier|stage|grade|type|version|item|rule|no|number|phase|part)\b",
    re.I,
)
_WINDOW_BEFORE, _WINDOW_AFTER = 5, 5


class _Token(NamedTuple):
    start: int  # offset in the document text
    end: int
    lower: str


@functools.lru_cache(maxsize=65536)
def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


_WORD_LOWER = re.compile(r"[a-z][a-z']*(?:-[a-z]+)*")


@mypyc_attr(native_class=False)  # a list subclass (mypyc compiles no native one)
class _Tokens(list):
    """A sentence's tokens, their starts and lower-case words, with the trigger occurrences found in them per
    trigger table (see _occurrences)."""

    __slots__ = ("found", "lows", "starts")

    def __init__(self, tokens: Iterable[_Token]) -> None:
        super().__init__(tokens)
        self.starts = [t.start for t in self]
        self.lows = [t.lower for t in self]
        self.found: dict[int, list[tuple[int, str, str, int, int]]] = {}

    def at_or_after(self, offset: int, default: int) -> int:
        """Index of the first token starting at or after `offset`, else `default`."""
        i = bisect_left(self.starts, offset)
        return i if i < len(self.starts) else default


# words that, between a date and an event word after it, tie the date to something else ("on Tuesday for the attack")
_DATE_EVENT_BREAKS = frozenset(
    {"for", "the", "a", "an", "in", "of", "at", "to", "after", "before", "since", "over", "with", "by", "from"}
    | {"and", "or", "but", "as", "when", "while", "until", "during", "following"}
)
# "two officials familiar with the preparations", "three people who asked not to be named", "two diplomats said"
_SOURCING_AFTER = re.compile(
    r"\s+(?:familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on|close\s+to\s+the|"
    r"who\s+(?:asked|spoke|requested|declined|were\s+not\s+authori[sz]ed)|said\b|say\b|told\b)",
    re.IGNORECASE,
)
# "the two leaders", "these three countries": a reference back to parties already named
_REFERENCE_DETERMINER = re.compile(r"\b(?:the|these|those|both|all)\s+$", re.IGNORECASE)
# word pairs that are one token for the trigger tables (joined by a hyphen, offsets kept): "the euro area" is a
# place ("unemployment in the euro area held at 6.4%" measures no area), "plans to" a verb (no "12-point plan")
_ONE_TOKEN = re.compile(r"euro area|\bplan(?:s|ned|ning)? to\b")


def _hyphenated(m: re.Match[str]) -> str:
    return m.group().replace(" ", "-")


_TOKEN_CHARS = ascii_table(string.ascii_lowercase + "'-")  # what _WORD_LOWER's tokens are made of


def _tokens(text: str, start: int, end: int) -> _Tokens:
    """The tokens (_WORD_LOWER's matches) of text[start:end], lower-cased, "’" as "'", from the runs of token
    characters (text.ascii_runs): a run of letters is one token, and only a run with an apostrophe or a hyphen is
    matched by the regex (what it matches inside a run is what it matches in the whole text: it has no look-around)."""
    low = lower_in_place(text[start:end]).replace("’", "'")
    if "euro area" in low or "plan" in low:
        low = _ONE_TOKEN.sub(_hyphenated, low)
    new = tuple.__new__
    tokens: list[_Token] = []
    for run in ascii_runs(low, _TOKEN_CHARS, start):
        word = run[2]
        if "'" in word or "-" in word:
            for m in _WORD_LOWER.finditer(word):
                tokens.append(new(_Token, (run[0] + m.start(), run[0] + m.end(), m.group())))
        else:
            tokens.append(new(_Token, run))
    return _Tokens(tokens)


def _clause_bounds(breaks: list[tuple[int, int]], sentence: Sentence, offset: int) -> tuple[int, int]:
    """The clause of the sentence around `offset`: between the clause breaks (spans of _CLAUSE_BREAK in the
    sentence, found once for all its figures) before and after it."""
    start, end = sentence.start, sentence.end
    for break_start, break_end in breaks:
        if break_end <= offset:
            start = break_end
        elif break_start >= offset:
            end = break_start
            break
    return start, end


_ENTITY_START = re.compile(CAPITAL_AT_WORD_START + r"[A-Za-z.'’&+]*")
_SURFACES_BY_FIRST: dict[str, list[str]] = {}
for _surface in sorted(gazetteer.ENTITIES, key=len, reverse=True):
    _SURFACES_BY_FIRST.setdefault(_surface.split(" ")[0].rstrip("."), []).append(_surface)
for _prefix in gazetteer.PREFIXES:
    _SURFACES_BY_FIRST.setdefault(_prefix, []).append(_prefix)


_US_SURFACES = frozenset({"US", "U.S."})
# after "US": its currency, or a road's number as checker.extract.names reads it ("US 41", "U.S. Route 66")
_US_NOT_COUNTRY = re.compile(r"\s(?:dollars?\b|(?:Route\s|Highway\s|Hwy\.?\s)?" + ROAD_NUMBER + ")")


# a place word that begins a body's name ("European Investment Bank", "Asian Development Bank", "Russian Railways")
# no gazetteer lists (those it lists, "European Central Bank", are matched whole first)
_INSTITUTION_AFTER = re.compile(
    r"(?:\s+[A-Z][\w&'’-]*){0,3}\s+(?:Bank|Fund|Railways?|Airlines|Airways|Red Cross|Academy|Institute)\b"
)


# a town that takes a place's name: "New Bern" (North Carolina), "Port Louis", "Panama City" (Florida's as well as
# Panama's capital: a city either way, named as the country's government no more often than other capitals); not
# "New Delhi" or "New Mexico", which the gazetteer lists and the longest surface takes first
_TOWN_BEFORE = re.compile(r"\b(?:New|Fort|Port|Mount|Lake|San|Santa|Saint|St\.?)\s$")
_TOWN_AFTER = re.compile(r" City\b")


def _entities(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Gazetteer entities in text[start:end] as (start, end, canonical), longest surface first. Only capitalized
    words can start a surface, so only they are looked at."""
    found: list[tuple[int, int, str]] = []
    taken = start
    for m in _ENTITY_START.finditer(text, start, end):
        s0 = m.start()
        if s0 < taken:
            continue
        first = m.group().rstrip(".")
        surfaces = _SURFACES_BY_FIRST.get(first)
        if surfaces is None and first[-2:] in ("'s", "’s"):
            surfaces = _SURFACES_BY_FIRST.get(first[:-2])  # a possessive: "China's trade with Russia"
        for surface in surfaces or ():
            e0 = s0 + len(surface)
            if e0 > end or not text.startswith(surface, s0):
                continue
            after = text[e0 : e0 + 1]
            if after.isalnum() and not (surface in gazetteer.PREFIXES and after == "-"):
                continue
            if surface in gazetteer.PREFIXES and surface not in gazetteer.ENTITIES and after != "-":
                continue  # "Sino" only as "Sino-Russian"
            if after == "$" or text[e0 : e0 + 2] == " $":
                break  # "US$240bn": a currency, not the country
            if surface in _US_SURFACES and _US_NOT_COUNTRY.match(text, e0):
                break  # "5 billion U.S. dollars", "closed part of US 41": a currency or a road
            if _INSTITUTION_AFTER.match(text, e0):
                break  # "the European Investment Bank", "Russian Railways": a body's name, not the place
            if _TOWN_BEFORE.search(text, max(0, s0 - 7), s0) or _TOWN_AFTER.match(text, e0):
                break  # "New Bern", "Panama City": a town named after the place
            if not _inside_name(text, s0):
                found.append((s0, e0, gazetteer.ENTITIES.get(surface) or gazetteer.PREFIXES[surface]))
            taken = e0
            break
    return found


# the words an organisation's name ends with ("Ironbark Foods", "Tessaly Materials"), with the forms a suffix takes
_ORGANISATION_SUFFIXES = (
    *("Foods", "Group", "Holdings", "Inc", "Corp", "Corporation", "Company", "Ltd", "plc", "Bank", "Airlines"),
    *("Airways", "Energy", "Mining", "Motors", "Industries", "Technologies", "Systems", "Pharmaceuticals"),
    *("Semiconductor", "Steel", "Petroleum", "Resources", "Minerals", "Telecom", "Insurance", "Logistics"),
    *("Shipping", "Chemicals", "Materials", "Retail"),
)
_SUFFIX_FORMS = {"Inc": r"Inc\.?", "Corp": r"Corp\.?", "Ltd": r"Ltd\.?", "Semiconductor": r"Semiconductors?"}
_ORGANISATION = re.compile(
    rf"(?P<first>{CAPITAL_AT_WORD_START}[\w&'’-]+)(?:\s+[A-Z][\w&'’-]+){{0,2}}?\s+"
    r"(?:" + "|".join(_SUFFIX_FORMS.get(w, w) for w in _ORGANISATION_SUFFIXES) + r")\b"
)
# the suffix words as anchors: _ORGANISATION, which fails slowly at every capital, runs only in the 160 characters
# before one (a name of up to three words and its suffix)
_ORGANISATION_SUFFIX = re.compile(words_at_word_start(_ORGANISATION_SUFFIXES))


# a company named by what it is, without a suffix that says so: "the automaker General Motors", "US automobile
# manufacturer Ford", "aerospace firm Boeing's"
_COMPANY_WORDS = (
    *("company", "firm", "automaker", "carmaker", "manufacturer", "planemaker", "airframer", "chipmaker"),
    *("retailer", "airline", "lender", "insurer", "conglomerate"),
)
_CALLED_COMPANY = re.compile(
    rf"\b(?:{'|'.join(_COMPANY_WORDS)})\s+(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?)(?!\s*[A-Z])"
)
_NOT_COMPANY_WORDS = frozenset({"Chief", "President", "Executive", "Chairman", "CEO", "Board", "Officials", "Shares"})


def _called_companies(text: str) -> list[re.Match[str]]:
    """_CALLED_COMPANY.finditer(text), tried only where one of its words stands (found by str.find, several times
    faster than the regex's own scan, which sets up a match at every letter the words can start with). A match
    starts at its word and holds no other (they are lower case, the name after it capitalized), so these are the
    same matches in the same order."""
    starts: list[int] = []
    for word in _COMPANY_WORDS:
        at = text.find(word)
        while at >= 0:
            starts.append(at)
            at = text.find(word, at + 1)
    found: list[re.Match[str]] = []
    for at in sorted(starts):
        if found and at < found[-1].end():
            continue
        m = _CALLED_COMPANY.match(text, at)
        if m is not None:
            found.append(m)
    return found


def _organisations(text: str, known: Iterable[str] = ()) -> list[tuple[int, int, str]]:
    """Companies the article names ("Ironbark Foods"), and each mention of their first word ("Ironbark"), as
    (start, end, full name): the subject of a results story, which no gazetteer knows. `known`: full names read
    elsewhere (the headline's "Tessaly Materials beats forecasts" names the "Tessaly" of the text)."""
    full_names: dict[str, str] = {name.split()[0]: name for name in known}
    found: list[tuple[int, int, str]] = []
    windows = merge_windows(text, [m.span() for m in _ORGANISATION_SUFFIX.finditer(text)], 160, 0)
    for m in (m for a, b in windows for m in _ORGANISATION.finditer(text, a, b)):
        name = " ".join(m.group().split())
        if m["first"] in gazetteer.ENTITIES or m["first"].lower() in concepts.STOPWORDS:
            continue
        full_names.setdefault(m["first"], name)
        found.append((m.start(), m.end(), name))
    for m in _called_companies(text):
        name = " ".join(m["name"].split())
        first = name.split()[0]
        if first in gazetteer.ENTITIES or first.lower() in concepts.STOPWORDS or first in _NOT_COMPANY_WORDS:
            continue
        if not any(s <= m.start("name") < e for s, e, _ in found):
            name = full_names.setdefault(first, name)
            found.append((m.start("name"), m.end("name"), name))
    for name in set(full_names.values()):
        words = name.split()
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            # "General Motors" is also "GM" (an acronym the article uses as a word of its own)
            initials = "".join(w[0] for w in words)
            if initials not in gazetteer.ENTITIES and has_word(text, initials):
                full_names.setdefault(initials, name)
    if not full_names:
        return found
    taken = [(s, e) for s, e, _ in found]
    short = re.compile("(" + words_at_word_start(list(full_names)) + r")\b(?!['’]?\s*[A-Z])")
    for m in short.finditer(text):
        if not any(s <= m.start() < e for s, e in taken):
            found.append((m.start(), m.end(), full_names[m.group(1)]))
    return sorted(found)


_NAME_OF = re.compile(r"[A-Z][\w'’.-]*\s+of\s+(?:the\s+)?$")


def _inside_name(text: str, start: int) -> bool:
    """'Gulf of Mexico', 'Bank of China', 'University of Florida': the place is part of another name."""
    return _NAME_OF.search(text, max(0, start - 30), start) is not None


def place_key(place: str) -> str:
    return " ".join(place.lower().replace(".", " ").replace("’", "'").split())


_DEMONYM_BEFORE_NOUN = re.compile(r" [a-z]")


def _places(text: str, start: int, end: int, names: tuple[tuple[int, int, str], ...]) -> list[tuple[int, int, str]]:
    """Specific places and named objects in text[start:end] ("in Harbin", "Sarasota County", "Power of Siberia 2")."""
    found: list[tuple[int, int, str]] = []
    # the suffix and "of" patterns fail slowly at every capital letter: run them only near their anchor words
    suffix_windows = merge_windows(text, [m.span() for m in _PLACE_SUFFIX_WORD.finditer(text, start, end)], 160, 0)
    of_windows = merge_windows(text, _of_capitals(text, start, end), 160, 200)
    scans = (
        _LOCATIVE.finditer(text, start, end),
        (m for a, b in suffix_windows for m in _PLACE_SUFFIX.finditer(text, max(a, start), min(b, end))),
        (m for a, b in of_windows for m in _OF_NAME.finditer(text, max(a, start), min(b, end))),
    )
    for matches in scans:
        for m in matches:
            words = m["p"].split()
            # "on Sunday. Inspectors counted": a word that ends a sentence ends the place ("St. Petersburg" goes on)
            cut = next((i for i, w in enumerate(words[:-1]) if SENTENCE_END_WORD.match(w)), None)
            if cut is not None:
                words = words[: cut + 1]
            while words and words[0].rstrip(".,") in _NOT_PLACE_WORDS:
                words = words[1:]
            while words and words[-1].rstrip(".,'’s") in _NOT_PLACE_WORDS:
                words = words[:-1]
            while words and words[-1] in ("of", "the", "and"):
                words = words[:-1]  # "As of Monday" without its weekday: no "of" left dangling
            if not words or all(w.lower() in concepts.STOPWORDS for w in words):
                continue  # "As", "Most": the words before a date, no place
            phrase = " ".join(words).rstrip(".,;:'’")
            phrase = re.sub(r"['’]s$", "", phrase)
            if phrase.lower().startswith(("category ", "cat ")) or len(phrase) < 2:
                continue
            if all(w in MONTHS or w in WEEKDAYS for w in re.split(r"[\s–-]+", phrase)):
                continue  # "in the April-June quarter": a period, not a place
            if phrase in CURRENCY_CODES_AFTER:
                continue  # "put at USD 27.42 billion", "rose to EUR 4 billion": a currency, not a place
            s = text.find(phrase, m.start("p"), m.end("p") + 1)
            s = s if s >= 0 else m.start("p")
            if _DEMONYM_BEFORE_NOUN.match(text, s + len(phrase)) and (
                gazetteer.ENTITIES.get(words[-1], words[-1]) != words[-1]
            ):
                continue  # "Shares of Chinese pipeline builders": a nationality before its noun, not a place
            found.append((s, s + len(phrase), phrase))
    for s, e, name in names:
        if start <= s < end and not _LABEL_NAME.match(name) and not _CODE_NAME.fullmatch(name):
            found.append((s, e, name))
    # keep the longest of overlapping finds
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, str]] = []
    for item in found:
        if kept and item[0] < kept[-1][1]:
            if item[1] - item[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = item
            continue
        kept.append(item)
    return kept


# the trigger tables, built once; a sentence's trigger words are found once per table (see _occurrences)
_BOTH_INDEX: dict[str, str] = {**concepts.MEASURE_INDEX, **concepts.EVENT_INDEX}
_SPECIFIC_EVENT_INDEX: dict[str, str] = {
    k: v for k, v in concepts.EVENT_INDEX.items() if v not in concepts.GENERIC_EVENTS
}
_TRIGGER_FIRSTS: dict[int, frozenset[str]] = {}
_MARKET_INDEX: dict[str, str] = {k: v for k, v in concepts.MEASURE_INDEX.items() if v in concepts.MARKETS}
_NO_HIGH_INDEX: dict[str, str] = {k: v for k, v in concepts.MEASURE_INDEX.items() if k != "high"}


def _occurrences(tokens: _Tokens, index: dict[str, str]) -> list[tuple[int, str, str, int, int]]:
    """(token index, concept, trigger, words in it, start of the longer trigger it lies inside or -1) for every
    trigger of `index` (one of the module's trigger tables) in a sentence's tokens, longest trigger first at each
    position; kept with the tokens."""
    found = tokens.found.get(id(index))
    if found is not None:
        return found
    firsts = _TRIGGER_FIRSTS.get(id(index))
    if firsts is None:
        firsts = _TRIGGER_FIRSTS[id(index)] = frozenset(k.split(" ")[0] for k in index)
    found = []
    lows = tokens.lows
    count = len(lows)
    outer, outer_end = -1, 0  # the longer trigger covering this position ("per share" covers "share")
    for i, word in enumerate(lows):
        if i >= outer_end:
            outer = -1
        if word not in firsts:
            base = singular(word)
            concept = index.get(base)
            if concept is not None and not _names_another(lows, i):
                found.append((i, concept, base, 1, outer))
            continue
        for n in (4, 3, 2):
            if i + n <= count:
                candidate = " ".join(lows[i : i + n])
                concept = index.get(candidate)
                if concept is not None and all(tokens[k + 1].start - tokens[k].end <= 2 for k in range(i, i + n - 1)):
                    # (the words of a longer trigger stand together: "a 35% share" is no "a share")
                    found.append((i, concept, candidate, n, outer))
                    if outer < 0 or i + n > outer_end:
                        outer, outer_end = i, i + n
                    break
        else:
            concept = index.get(word) or index.get(singular(word))
            if concept is not None and not _names_another(lows, i):
                found.append((i, concept, word, 1, outer))
    tokens.found[id(index)] = found
    return found


def _names_another(lows: list[str], i: int) -> bool:
    """Whether the word at i, a trigger, names something else here: "Dow" before "Chemical" is the company."""
    blocked = concepts.NOT_TRIGGER_BEFORE.get(lows[i])
    if blocked is None:
        return False
    reach, words = blocked
    return any(word in words for word in lows[i + 1 : i + 1 + reach])


def _nearest_trigger(
    tokens: _Tokens, index: dict[str, str], center: int, after: int, lo: int, hi: int, after_weight: float
) -> tuple[str, str, int] | None:
    """(concept, trigger, token index) nearest to the figure among tokens[lo:hi]; before preferred, and a longer
    trigger ("share of the vote") preferred over a shorter one at about the same distance."""
    best: tuple[float, str, str, int] | None = None
    lo, hi = max(0, lo), min(len(tokens), hi)
    for i, concept, trigger, words, outer in _occurrences(tokens, index):
        if i < lo or i >= hi or center <= i < after:
            continue
        if outer >= 0 and outer >= lo and not center <= outer < after:
            continue  # "share" inside "per share": the longer trigger speaks for it
        # a trigger before the figure is as near as its last word ("fifth term on May 7")
        distance = max(1, center - (i + words - 1)) if i < center else (i - after + 1) * after_weight
        score = distance - 0.5 * (words - 1)
        if best is None or score < best[0]:
            best = (score, concept, trigger, i)
    return (best[1], best[2], best[3]) if best else None


def _scope_text(span: DateSpan, coarse: bool) -> str:
    if span.granularity in ("year", "decade", "half", "season") or (coarse and span.granularity in ("day", "week")):
        return str(span.start.year) if span.start.year == span.end.year else f"{span.start.year}–{span.end.year}"
    if span.granularity == "quarter":
        return f"{span.start.year}-Q{(span.start.month - 1) // 3 + 1}"
    if span.granularity in ("month", "months"):
        if span.start.month != span.end.month or span.start.year != span.end.year:
            if span.start.month % 3 == 1 and span.end.month == span.start.month + 2:
                return f"{span.start.year}-Q{(span.start.month - 1) // 3 + 1}"  # "between April and June"
            return f"{span.start.year}-{span.start.month:02d}/{span.end.year}-{span.end.month:02d}"
        return f"{span.start.year}-{span.start.month:02d}"
    return span.start.isoformat() if span.start == span.end else f"{span.start.isoformat()}/{span.end.isoformat()}"


def build_claims(document: Document, extraction: Extraction) -> tuple[Claim, ...]:
    """One Claim per Mention of the document, in text order."""
    text = document.text
    # a run's extractions leave their sentence list behind (pipeline.analyze_document): split again if needed
    sentences = extraction.sentences or (split_sentences(text) if extraction.mentions else ())
    if not sentences:
        return ()
    starts = [s.start for s in sentences]
    # a figure whose words name nobody is about the article's main subject: its most named place or body (not a
    # body that reports others' figures: "the National Hurricane Center said" in a story about a storm's landfall)
    counts: dict[str, int] = {}
    for _, _, entity in _entities(document.title, 0, len(document.title)) if document.title else []:
        counts[entity] = counts.get(entity, 0) + 2
    doc_entities = _entities(text, 0, len(text))
    in_title = [name for _, _, name in _organisations(document.title)] if document.title else []
    organisations = _organisations(text, in_title)
    if organisations:
        doc_entities = sorted(doc_entities + organisations)
        for name in in_title:
            counts[name] = counts.get(name, 0) + 2
    doc_places = _Spans(_places(text, 0, len(text), extraction.names))
    doc_entities = _Spans(doc_entities)
    for _, _, entity in doc_entities:
        counts[entity] = counts.get(entity, 0) + 1
    for reporter in gazetteer.REPORTERS.intersection(counts):
        del counts[reporter]
    # (a lender named as often as the place yields to it: "a loan from the Asian Infrastructure Investment Bank" in
    # a story about a bridge in Indonesia)
    default_subjects = (
        (max(sorted(counts), key=lambda e: (counts[e], not e.endswith((" Bank", " Fund")))),) if counts else ()
    )
    main_person = _main_person(text, document.title)
    storms = _other_storms(text, document.title)

    def sentence_index(offset: int) -> int:
        return max(0, bisect_right(starts, offset) - 1)

    dates_by_sentence: dict[int, list[Mention]] = {}
    for m in extraction.mentions:
        if m.kind in DATE_KINDS and (m.date is not None or m.unresolved):
            dates_by_sentence.setdefault(sentence_index(m.start), []).append(m)

    cache: dict[int, tuple[_Tokens, list[tuple[int, int]]]] = {}
    reported_in: dict[int, bool] = {}
    storm_in: dict[int, str] = {}  # the other storm each sentence is about, looked up once per sentence
    claims: list[Claim] = []
    for mention in extraction.mentions:
        si = sentence_index(mention.start)
        sentence = sentences[si]
        if si not in cache:
            tokens = _tokens(text, sentence.start, sentence.end)
            breaks = [m.span() for m in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end)]
            cache[si] = (tokens, breaks)
        tokens, breaks = cache[si]
        center = bisect_right(tokens.starts, mention.start - 1)
        after = bisect_right(tokens.starts, mention.end - 1)
        clause = _clause_bounds(breaks, sentence, mention.start)
        measure, trigger_index = _measure(mention, tokens, center, after, text, sentence, clause)
        if _tariff_rate(measure, tokens, trigger_index, text, sentences[si - 1] if si else sentence, sentence):
            measure = "tariffs"
        window_start, window_end = _window(sentence, tokens, center, after, mention, trigger_index, clause)
        subjects, places = _subjects(
            mention, text, sentence, window_start, window_end, doc_entities, doc_places, main_person
        )
        inferred = False
        if measure == "trade" and len(subjects) < 2 and not places:
            # "bilateral trade surging to US$240 billion": trade between the two parties the sentence pairs
            # ("China and Russia have strengthened their ties, with bilateral trade ...")
            pair = _bilateral_pair(text, sentence, mention, doc_entities)
            if pair:
                subjects = pair
        if storms[1] and si not in storm_in:
            storm_in[si] = _storm_named(storms, sentence.text)
        own = None if mention.kind == Kind.AGE else _OWN_FIGURE.match(text, sentence.start, mention.start)
        if own is not None and _POSSESSIVE.search(text, mention.end, sentence.end):
            # "Elias Gallagher, 64, said the water rose 1.4 metres inside his house": the speaker's own house,
            # not the storm's figure another resident gives for hers
            subjects, places = (_person(own["name"], text, own.start("name")),), ()
        elif storms[1] and mention.kind != Kind.AGE and (storm := storm_in[si]):
            subjects = (storm,)  # "Helene killed more than 220 people" in a story about Milton: Helene's toll
        elif not subjects and not places and mention.kind != Kind.AGE:
            subjects, inferred = default_subjects, bool(default_subjects)
        scope, as_of, explicit = _time_scope(mention, measure, dates_by_sentence.get(si, []), document.published, text)
        clause_start = clause[0]
        # a hedge governs the words just before the figure ("could reach", "plans to"): 240 characters of its
        # clause are plenty, and keep a long sentence from costing its length once per figure
        before_clause = text[max(clause_start, mention.start - 240) : mention.start]
        if "May" in before_clause:
            before_clause = _MONTH_MAY.sub("Month", before_clause)
        before_clause = before_clause.lower()
        hedged = _HEDGED(before_clause)
        forecast = _FORECAST(before_clause) or (
            document.published is not None and scope[:4].isdigit() and int(scope[:4]) > document.published.year
        )
        if si not in reported_in:
            reported_in[si] = _REPORTED(sentence.text.lower())
        reported = reported_in[si]
        part = _PART(
            # "earnings per share of $3.80" is no share of a total
            text[max(sentence.start, mention.start - 24) : mention.start].lower().replace("per share of", "per-share")
        ) or bool(_PART_AFTER.match(text[mention.end : mention.end + 24]))
        dated = mention.kind in DATE_KINDS or mention.kind == Kind.TIME
        reach = (10, 10) if dated else (6, 4)  # an event is described by more of its sentence than a figure
        terms = tuple(
            dict.fromkeys(
                _term(t.lower)
                for t in tokens[max(0, center - reach[0]) : after + reach[1]]
                if t.lower not in concepts.STOPWORDS
                and not (mention.start <= t.start < mention.end)
                and len(t.lower) > 2
            )
        )
        claims.append(
            Claim(
                mention=mention,
                source=document.source,
                published=document.published,
                sentence=sentence.text,
                sentence_start=sentence.start,
                measure=measure,
                measure_terms=terms,
                subjects=subjects,
                places=places,
                inferred_subjects=inferred,
                time_scope=scope,
                scope_explicit=explicit,
                as_of=as_of,
                direction=_direction(sentence.text) if measure in ("exports", "imports") else "",
                hedged=hedged,
                reported=reported,
                forecast=forecast,
                part=part,
                echo_of=document.echo_of,
                story=document.story,
            )
        )
    claims = _a_year_before_the_reported_year(_restated_in_brackets(claims, text), text, document.published)
    return tuple(_date_events(_respectively(_propagate_parts(claims, text), text), text))


# "a year earlier" just after the figure, or opening its sentence ("A year earlier, trade stood at ...")
_YEAR_EARLIER_AFTER = re.compile(r"[^\S\n]+(?:(?:a|one)\s+year\s+(?:earlier|before)|the\s+(?:previous|prior)\s+year)\b")
_YEAR_EARLIER_OPENING = re.compile(r"(?:(?:A|One)\s+year\s+(?:earlier|before)|The\s+(?:previous|prior)\s+year),")


def _a_year_before_the_reported_year(claims: list[Claim], text: str, published: date | None) -> list[Claim]:
    """A figure "a year earlier" is of the year before the one the article reports for the same measure, not of
    the year before publication ("Two-way trade hit a record $332bn last year ... Trade stood at $260bn a year
    earlier": read from publication, both would be last year's, one fact with two values)."""
    if published is None:
        return claims
    last = str(published.year - 1)

    def earlier(c: Claim) -> bool:
        return (
            c.time_scope == last
            and c.mention.role != "to"
            and (
                _YEAR_EARLIER_AFTER.match(text, c.mention.end) is not None
                or _YEAR_EARLIER_OPENING.match(text, c.sentence_start) is not None
            )
        )

    marked = [earlier(c) for c in claims]
    if not any(marked):
        return claims
    reported = {
        (c.measure, c.mention.dimension) for c, m in zip(claims, marked, strict=True) if c.time_scope == last and not m
    }
    return [
        c._replace(time_scope=str(published.year - 2))
        if m and c.measure and (c.measure, c.mention.dimension) in reported
        else c
        for c, m in zip(claims, marked, strict=True)
    ]


# "rise 227 meters (around 745 ft)", "a 2.4-mile (3.9 km) bridge": the figure in brackets right after another of its
# dimension restates it in other units
_BRACKET_RESTATES = re.compile(r"[^\S\n]*\([^\S\n]*(?:or[^\S\n]+)?")


def _restated_in_brackets(claims: list[Claim], text: str) -> list[Claim]:
    """A quantity in brackets just after a quantity of the same dimension is the same figure in other units: it
    is about what the first is about (its measure, subjects, places and time), not about the first one's unit
    word ("meters" read as electricity meters) or whatever else stands nearest to it."""
    out = list(claims)
    for i in range(1, len(out)):
        first, restated = out[i - 1], out[i]
        if (
            restated.sentence_start == first.sentence_start
            and restated.mention.kind in _RESTATABLE
            and first.mention.kind in _RESTATABLE
            and first.mention.dimension
            and restated.mention.dimension == first.mention.dimension
            and first.mention.unit != restated.mention.unit
            and _BRACKET_RESTATES.fullmatch(text, first.mention.end, restated.mention.start)
        ):
            out[i] = first._replace(mention=restated.mention)
    return out


_RESTATABLE = frozenset({Kind.QUANTITY, Kind.RATE})


_BILATERAL = re.compile(r"\b(?:[Bb]ilateral|[Tt]wo-way)\s+trade\b")
_PAIR_JOINS = frozenset({" and ", "-", "–", "/", " & "})


def _bilateral_pair(text: str, sentence: Sentence, mention: Mention, doc_entities: _Spans) -> tuple[str, ...]:
    """The two parties of "bilateral trade" (or "two-way trade") written before the figure in its sentence: the
    last two entities there written as a pair ("China and Russia", "China-Russia"), in sorted order; () when the
    sentence pairs none."""
    if _BILATERAL.search(text, sentence.start, mention.start) is None:
        return ()
    entities = doc_entities.within(sentence.start, mention.start)
    for (_, end, first), (start, _, second) in reversed(list(pairwise(entities))):
        if first != second and text[end:start] in _PAIR_JOINS:
            return tuple(sorted((first, second)))
    return ()


_TARIFF_WORD = re.compile(r"\b(?:[Tt]ariffs?|[Dd]uties|[Ll]evies)\b")


def _tariff_rate(
    measure: str, tokens: _Tokens, trigger: int | None, text: str, previous: Sentence, sentence: Sentence
) -> bool:
    """A bare "rates" said where tariffs are the topic, in its sentence or the one before, is the tariff rate:
    "Tariffs were extended to electric vehicles. There, rates were hiked from 25% to 100%." (not interest)."""
    if measure != "interest rate" or trigger is None or tokens[trigger].lower not in ("rate", "rates"):
        return False
    context = text[previous.start : sentence.end]
    return "interest" not in context.lower() and _TARIFF_WORD.search(context) is not None


def _date_events(claims: list[Claim], text: str) -> list[Claim]:
    """Dates that name no event borrow one: "on Wednesday, Oct. 9" (the second date restates the first), and
    "reached 46.8C on 29 July" (the date of the reading: its measure, for non-cumulative measures)."""
    out: list[Claim] = []
    for claim in claims:
        m = claim.mention
        if m.kind == Kind.DATE and not claim.measure and m.date is not None and m.date.granularity not in _PERIODS:
            previous = out[-1] if out else None
            if (
                previous is not None
                and previous.mention.kind == Kind.DATE
                and previous.measure
                and previous.sentence_start == claim.sentence_start
                and re.fullmatch(r"\s*,\s*", text[previous.mention.end : m.start])
            ):
                claim = claim._replace(measure=previous.measure, subjects=previous.subjects, places=previous.places)
            else:
                figure = next(
                    (
                        c
                        for c in reversed(out)
                        if c.sentence_start == claim.sentence_start
                        and c.mention.kind not in DATE_KINDS
                        and c.mention.kind != Kind.TIME
                        and c.measure
                        and not c.measure.startswith("~")
                        and c.measure not in concepts.CUMULATIVE
                        and 0 <= m.start - c.mention.end <= 12
                    ),
                    None,
                )
                if figure is not None:
                    claim = claim._replace(
                        measure=f"{figure.measure} date", subjects=figure.subjects, places=figure.places
                    )
        out.append(claim)
    return out


_AND_JOIN = re.compile(r"\s*,?\s*and\s+")
_RESPECTIVELY_AFTER = re.compile(r",?\s+respectively\b")


def _respectively(claims: list[Claim], text: str) -> list[Claim]:
    """ "revenues and earnings rose 19% and 35%, respectively": each figure takes the measure named in its place
    in the list before it (the nearest trigger gave both the nearer one)."""
    out = list(claims)
    for i, (first, second) in enumerate(pairwise(claims)):
        if (
            first.sentence_start != second.sentence_start
            or first.mention.kind in DATE_KINDS
            or second.mention.kind in DATE_KINDS
            or not _AND_JOIN.fullmatch(text, first.mention.end, second.mention.start)
            or not _RESPECTIVELY_AFTER.match(text, second.mention.end)
        ):
            continue
        tokens = _tokens(text, first.sentence_start, first.mention.start)
        named: list[str] = []
        for _, concept, _, _, outer in _occurrences(tokens, concepts.MEASURE_INDEX):
            if outer < 0 and (not named or named[-1] != concept):
                named.append(concept)
        if len(named) >= 2:
            out[i] = out[i]._replace(measure=named[-2])
            out[i + 1] = out[i + 1]._replace(measure=named[-1])
    return out


_LIST_JOIN = re.compile(r"^\s*(?:[^;:]{0,40}?)(?:,\s*(?:and\s+)?|\s+and\s+)$")


_OF_THE_TOTAL = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?$")


def _propagate_parts(claims: list[Claim], text: str) -> list[Claim]:
    """In "16 deaths, including 9 in X and 8 in Y", the 8 is a part too, and of the same measure as the 9; in "152
    of the 300 seats" and "29 of 31 drones", the first count is a part of the second, and of its measure."""
    claims = list(claims)
    for i, (claim, total) in enumerate(pairwise(claims)):
        if (
            claim.mention.kind == Kind.COUNT == total.mention.kind
            and not claim.mention.noun
            and total.mention.noun
            and claim.sentence_start == total.sentence_start
            and _OF_THE_TOTAL.fullmatch(text, claim.mention.end, total.mention.start)
        ):
            claims[i] = claim._replace(measure=total.measure, part=True)
    out: list[Claim] = []
    for claim in claims:
        previous = out[-1] if out else None
        same_sentence = previous is not None and previous.sentence_start == claim.sentence_start
        if (
            same_sentence
            and previous.part
            and previous.mention.dimension == claim.mention.dimension
            and _LIST_JOIN.match(text[previous.mention.end : claim.mention.start])
        ):
            claim = claim._replace(part=True, measure=claim.measure if claim.mention.noun else previous.measure)
        elif (
            claim.part
            and same_sentence
            and not claim.mention.noun
            and previous.mention.dimension == claim.mention.dimension
        ):
            claim = claim._replace(measure=previous.measure)
        out.append(claim)
    return out


@functools.cache
def _phrases_re(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")\b")


_NUMBER_AFTER = re.compile(r"[^\S\n]+\d")
_PERSON_NAME = re.compile(CAPITAL_AT_WORD_START + r"[a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+\b")


# a named storm: "Hurricane Milton", "Tropical Storm Debby", "Typhoon Haiyan" (no \b before it: a pattern opening
# with its words lets re skip to their first letters in C, four times faster; the caller checks the word start)
_STORM_NAME = re.compile(
    r"(?:Hurricane|Tropical\s+Storm|Tropical\s+Depression|Typhoon|Super\s+Typhoon|Cyclone|Storm|Superstorm)\s+"
    r"([A-Z][a-z]{2,})\b"
)
# what follows "Hurricane" without naming a storm ("the National Hurricane Center", "hurricane season")
_NOT_STORM_NAMES = frozenset({"Center", "Centre", "Season", "Warning", "Watch", "Hunters", "Hunter", "Alley"})


def _other_storms(text: str, title: str) -> tuple[str, dict[str, str]]:
    """The storms an article names besides its own, each by its name and as first written in full: {"Helene":
    "Hurricane Helene"} in a story about Hurricane Milton. Its own is the one whose name it writes most often (the
    title counting twice); with no clear winner, none."""
    full: dict[str, str] = {}
    for source in (title, text):
        for m in _STORM_NAME.finditer(source):
            if m.group(1) not in _NOT_STORM_NAMES and not source[m.start() - 1 : m.start()].isalnum():
                full.setdefault(m.group(1), " ".join(m.group().split()))
    if len(full) < 2:
        return "", {}
    counts = {name: 2 * len(re.findall(rf"\b{name}\b", title)) + len(re.findall(rf"\b{name}\b", text)) for name in full}
    ranked = sorted(counts.values(), reverse=True)
    if ranked[0] == ranked[1]:
        return "", {}
    main = max(counts, key=lambda n: counts[n])
    return main, {name: written for name, written in full.items() if name != main}


def _storm_named(storms: tuple[str, dict[str, str]], sentence: str) -> str:
    """The other storm a sentence is about: it names one of them, and neither another nor the article's own."""
    main, others = storms
    named = [full for name, full in others.items() if re.search(rf"\b{name}\b", sentence)]
    return named[0] if len(named) == 1 and not re.search(rf"\b{main}\b", sentence) else ""


def _main_person(text: str, title: str) -> str:
    """The person an article is about: the surname most often written after a first name ("Vladimir Putin"); not
    a name with a number after it, which names a thing ("Silk Line 2", "Power of Siberia 2")."""
    counts: dict[str, int] = {}
    whole = f"{title}\n{text}"
    for m in _PERSON_NAME.finditer(whole):
        words = m.group().split()
        while words and words[0].lower() in _TITLES:  # "President Hana Vance" is Hana Vance
            words = words[1:]
        if len(words) < 2 or any(
            w in gazetteer.ENTITIES or w in _NOT_PLACE_WORDS or w.lower() in concepts.STOPWORDS for w in words
        ):
            continue
        if _NUMBER_AFTER.match(whole, m.end()) or whole[max(0, m.start() - 4) : m.start()].lower() == "the ":
            continue  # "told the Harbour Sentinel": a name after "the" is a thing's (an outlet, a bridge)
        counts[words[-1]] = counts.get(words[-1], 0) + 1
    mentions = {name: _capitalized_count(text, name) for name in counts}
    ranked = sorted(counts, key=lambda n: (-(counts[n] + mentions[n]), n))
    # someone the article names once (an analyst quoted in passing) is not who it is about
    return ranked[0] if ranked and counts[ranked[0]] + mentions[ranked[0]] >= 3 else ""


def _capitalized_count(text: str, word: str) -> int:
    """How many of _CAPITALIZED's matches in `text` are `word` (Counter(_CAPITALIZED.findall(text))[word], without
    reading every other capitalized word: a match starts at its capital, which no match spans, so each is tried
    where the word stands)."""
    count = 0
    at = text.find(word)
    while at >= 0:
        m = _CAPITALIZED.match(text, at)
        if m is not None and m.group() == word:
            count += 1
        at = text.find(word, at + 1)
    return count


@functools.lru_cache(maxsize=65536)
def _term(word: str) -> str:
    """A context word in canonical form: synonyms of one concept become the concept ("duties" → tariffs,
    "unveiled" → announcement), so claims worded differently still share words."""
    base = singular(word)
    return (
        concepts.MEASURE_INDEX.get(word)
        or concepts.MEASURE_INDEX.get(base)
        or concepts.EVENT_INDEX.get(word)
        or concepts.EVENT_INDEX.get(base)
        or gazetteer.ENTITIES.get(word.capitalize())
        or base
    )


class _AnyPhrase:
    """A test for one of `phrases` as whole words (_phrases_re): the regex, which is tried at every position of
    the text, runs only on a text that holds one of the phrases as a substring (a few substring searches in C,
    half the time of the regex on the clauses of news text)."""

    __slots__ = ("needles", "pattern")

    def __init__(self, phrases: tuple[str, ...]) -> None:
        self.pattern = _phrases_re(phrases)
        # a phrase that holds another ("could reach", "could") is found by the shorter one's search
        self.needles = tuple(p for p in phrases if not any(q != p and q in p for q in phrases))

    def __call__(self, text: str) -> bool:
        for needle in self.needles:
            if needle in text:
                return self.pattern.search(text) is not None
        return False


_HEDGED = _AnyPhrase(concepts.HEDGES)
_FORECAST = _AnyPhrase(concepts.FORECAST)
_REPORTED = _AnyPhrase(concepts.REPORTED)
_PART = _AnyPhrase(concepts.PART_WORDS)


def _window(
    sentence: Sentence,
    tokens: _Tokens,
    center: int,
    after: int,
    mention: Mention,
    trigger_index: int | None,
    clause: tuple[int, int],
) -> tuple[int, int]:
    """Character span of the words that can name the figure's subjects: near the figure (and its trigger word),
    inside its clause of the sentence."""
    seg_start, seg_end = clause
    lo = max(0, center - _WINDOW_BEFORE)
    hi = min(len(tokens), after + _WINDOW_AFTER)
    if trigger_index is not None:
        lo = min(lo, max(0, trigger_index - 4))
        hi = max(hi, min(len(tokens), trigger_index + 5))
    start = tokens[lo].start if lo < len(tokens) else mention.start
    end = tokens[hi - 1].end if 0 < hi <= len(tokens) else mention.end
    return max(seg_start, min(start, mention.start)), min(seg_end, max(end, mention.end))


def _measure(
    mention: Mention,
    tokens: _Tokens,
    center: int,
    after: int,
    text: str,
    sentence: Sentence,
    clause: tuple[int, int],
) -> tuple[str, int | None]:
    if mention.kind == Kind.AGE:
        return "age", None
    if mention.kind in DATE_KINDS or mention.kind == Kind.TIME:
        if re.search(r"\bsince\s+(?:the\s+)?$", text[max(sentence.start, mention.start - 12) : mention.start], re.I):
            # "no direct hit since 1921": the date of the last such event, named by the nearest event or measure word
            found = _nearest_trigger(tokens, _BOTH_INDEX, center, after, center - 12, center, 1.0)
            return (f"last {found[0]} (since)", found[2]) if found else ("", None)
        if mention.kind == Kind.YEAR or (mention.date is not None and mention.date.granularity in _PERIODS):
            # a bare year or a period scopes figures ("In 2022 the party won 30%", "second-quarter sales"): it is
            # not the date of an event
            return "", None
        if _REFERENCE_POINT.search(text, max(sentence.start, mention.start - 12), mention.start):
            return "", None  # "since 1921", "until May": a reference point, not the date of the event
        if _PERIOD_END.search(text, max(sentence.start, mention.start - 32), mention.start):
            return "", None  # "for the quarter ended March 31": the end of a reporting period, no event
        clause_start, clause_end = clause
        opening = center <= 2  # "On Monday the administration unveiled ...": the event comes later
        lo = max(center - 12, tokens.at_or_after(clause_start, center))
        hi = min(after + (8 if opening else 3), tokens.at_or_after(clause_end, len(tokens)))
        if clause_end < sentence.end and re.match(r",\s+when\b", text[clause_end : clause_end + 8]):
            hi = min(len(tokens), after + 8)  # "on Monday, when Biden announced ...": the event follows "when"
        found = _nearest_trigger(tokens, concepts.EVENT_INDEX, center, after, lo, hi, 1.2)
        if found is None and _MOVED_PEOPLE_OUT.search(text, clause_start, clause_end):
            return "evacuation", None  # "police moved 1,150 people out of villages on July 28"
        if found is not None and found[0] in concepts.GENERIC_EVENTS:
            specific = [_nearest_trigger(tokens, _SPECIFIC_EVENT_INDEX, center, after, lo, hi, 1.2)]
            if specific[0] is not None:
                found = specific[0]
        if found is not None and found[0] in concepts.NEAR_EVENTS:
            gap = center - found[2] - 1 if found[2] < center else found[2] - after
            if gap > concepts.NEAR_EVENT_TOKENS or (
                # after the date, only "Monday's shooting", "Sunday night attack": "sentenced on Tuesday for the
                # attack" dates the sentence, not the attack
                found[2] > center and any(tokens.lows[i] in _DATE_EVENT_BREAKS for i in range(after, found[2]))
            ):
                return "", None
        return (found[0], found[2]) if found else ("", None)
    if mention.kind == Kind.ORDINAL:
        noun = singular(mention.noun.split()[-1].lower()) if mention.noun else ""
        return (f"{noun} number" if noun else "", None)
    if mention.kind == Kind.DURATION:
        # a duration measures the thing it qualifies ("two-day visit", "25-year rule"); a bare span of time
        # ("two days after landfall") measures nothing comparable
        for w in mention.noun.lower().split() if mention.noun else []:
            concept = concepts.MEASURE_INDEX.get(w) or concepts.MEASURE_INDEX.get(singular(w))
            if concept is not None:
                return concept, None
        found = _nearest_trigger(tokens, concepts.DURATION_INDEX, center, after, center - 8, after + 4, 1.0)
        return (found[0], found[2]) if found else ("", None)
    clause_start, clause_end = clause
    clause_lo = tokens.at_or_after(clause_start, center)
    clause_hi = tokens.at_or_after(clause_end, len(tokens))
    if center > 0 and concepts.MEASURE_INDEX.get(tokens[center - 1].lower) in concepts.SCALE_MEASURES:
        # "a magnitude 7.2 earthquake": the scale named just before the figure, not the noun after it
        return concepts.MEASURE_INDEX[tokens[center - 1].lower], center - 1
    if mention.kind == Kind.RATE and mention.dimension.startswith("money:") and not mention.dimension.endswith("/time"):
        return "price", None  # "$84.20 a barrel", "$350 per kg": what one unit costs, whatever is around it
    if mention.role.startswith("tally") and _VOTE_WORD.search(text, sentence.start, sentence.end):
        return "votes", None  # "the bill passed the Senate 68-32": not the bill's cost
    words = mention.noun.lower().split() if mention.noun else []
    generic = bool(words) and words[-1] in concepts.GENERIC_NOUNS
    if (
        mention.kind == Kind.COUNT
        and words
        and (generic or concepts.MEASURE_INDEX.get(words[-1]) == "homes")
        and (
            damage := _DAMAGE_BEFORE.search(text, max(sentence.start, mention.start - 40), mention.start)
            or _DAMAGE_AFTER.match(text, mention.end, min(sentence.end, mention.end + 60))
        )
    ):
        return concepts.DAMAGE_VERBS[damage["verb"].lower()], None
    if mention.kind == Kind.COUNT and not generic:
        # "13 firefighters have been injured", "the blast killed two miners": a casualty count of whoever is
        # counted (the counted noun still keeps firefighters apart from the toll of everyone; see align); so is
        # a bare count ("Of the 120 passengers on board, 14 were injured")
        casualty = _CASUALTY_AFTER.match(text, mention.end, min(sentence.end, mention.end + 60)) or (
            _CASUALTY_BEFORE.search(text, max(sentence.start, mention.start - 30), mention.start)
        )
        if casualty is not None:
            return concepts.MEASURE_INDEX[casualty["verb"].lower()], None
    elif mention.kind == Kind.COUNT and words and words[-1] in _PEOPLE:
        # "Rescuers believed 363 people were still trapped", "Rescue crews pulled 2,569 people from flooded homes":
        # what the verb next to the people says, not the rescuers named before them
        # ("Rescuers said 300 people had died": what happened to the people, not who told it)
        trapped = _TRAPPED_AFTER.match(text, mention.end, min(sentence.end, mention.end + 60)) or _CASUALTY_AFTER.match(
            text, mention.end, min(sentence.end, mention.end + 60)
        )
        if trapped is not None:
            return concepts.MEASURE_INDEX[trapped["verb"].lower()], None
        if _RESCUED_BEFORE.search(text, max(sentence.start, mention.start - 40), mention.start) or (
            _RESCUERS.search(text, max(clause[0], mention.start - 80), mention.start)
        ):
            # ("Rescuers found 12 people in the rubble": the people the rescuers reached, not the rescuers)
            return "rescued", None
    if (
        mention.kind == Kind.COUNT
        and (not words or words[-1] in concepts.PARTY_NOUNS)
        and mention.text.split(" ", 1)[0].lower() in ("two", "three", "both", "2", "3")
        and (
            _REFERENCE_DETERMINER.search(text, max(sentence.start, mention.start - 8), mention.start)
            or words[-1:] == ["sides"]  # "two sides are conducting talks": the sides are always the parties
        )
    ):
        # "the two leaders", "the two countries", "as the two step up drills": the parties already named, no figure
        return "", None
    if (
        mention.kind == Kind.COUNT
        and words
        and words[-1] in concepts.SOURCE_NOUNS
        and mention.interval is not None
        and mention.interval.high <= 5  # a handful of sources, not "300 people said they lost their homes"
        and (
            _SOURCING_AFTER.match(text, mention.end)
            or text[max(sentence.start, mention.start - 13) : mention.start].lower().endswith("according to ")
        )
    ):
        return "", None  # "according to two officials familiar with the plans": who told the story, no figure
    if mention.kind == Kind.COUNT and ("points" in words or "point" in words):  # ("a 344.65-point fall")
        # "the Dow fell 366.94 points", "the FTSE 100 closed at 4907.20 points": the points of the index named in the
        # clause (a player's or a poll's points stay points)
        index = _nearest_trigger(tokens, _MARKET_INDEX, center, after, clause_lo, clause_hi, 1.5)
        if index is None and len({concept for _, concept, _, _, _ in _occurrences(tokens, _MARKET_INDEX)}) == 1:
            # ... or the one index its sentence names before it, outside the clause: "the Dow Jones (DJIA), which
            # fell 678 points", "the Nasdaq fell 2.95% (54.97 points)" ("he scored 30 points as the Dow rallied" no)
            index = _nearest_trigger(tokens, _MARKET_INDEX, center, after, 0, center, 1.5)
        if index is not None:
            return index[0], index[2]
        if _MARKET_WORDS.search(sentence.text):
            # "stocks slid and the market fell 94 points": some index's move of the day, whichever index it is
            return "index points", None
    if mention.kind == Kind.COUNT and len(words) > 1:
        # a state before the counted noun says what is counted: "12 dead civilians", "7,327 injured people"
        state = next((concepts.MEASURE_INDEX.get(w) for w in words[:-1] if w in _STATE_MODIFIERS), None)
        if state is not None:
            return state, None
    if words and mention.kind in (Kind.COUNT, Kind.RATE) and not generic:
        # the whole noun ("rescue workers"), else its head ("engines"): a word before the head only qualifies it
        # ("410 fire engines" count engines, not the fire's area)
        for w in (" ".join(words), words[-1], singular(words[-1])):
            concept = concepts.MEASURE_INDEX.get(w)
            if concept is not None:
                return concept, None
        # the counted noun says what is counted ("840 firefighters"), whatever words stand nearby ("the fire")
        # its head: the plural noun that ends it ("3 main parties"), else its first content word
        head = next((w for w in words if w.isalpha() and w.endswith("s") and w not in concepts.STOPWORDS), "") or next(
            (w for w in words if w.isalpha() and w not in concepts.STOPWORDS), ""
        )
        if head and head not in ("times", "occasions"):
            return singular(head), None
    if generic and _MOVED_OUT.search(text, max(sentence.start, mention.start - 40), mention.start):
        out = _OUT_OF.match(text, mention.end)
        if out is not None:
            # "police moved 1,092 people out of villages": "out of" stands for the trigger word
            return "evacuations", next((i for i in range(after, len(tokens)) if tokens[i].end >= out.end("to")), None)
    if mention.kind == Kind.COUNT and not words:
        # "a crew of 25", "a workforce of 9,000": the noun the count is "of"
        of = _NOUN_OF_BEFORE.search(text, max(sentence.start, mention.start - 40), mention.start)
        if of is not None and of["noun"] not in concepts.STOPWORDS and of["noun"] not in _NOT_A_COUNTED_NOUN:
            return concepts.MEASURE_INDEX.get(of["noun"]) or singular(of["noun"]), None
    if mention.kind == Kind.QUANTITY:
        # "at a depth of 10 km": the measure the quantity is "of", however near another trigger stands ("The quake,
        # which struck at a depth of 10 km, killed ...")
        of = _NOUN_OF_BEFORE.search(text, max(sentence.start, mention.start - 40), mention.start)
        if of is not None and (concept := concepts.MEASURE_INDEX.get(of["noun"])) is not None:
            return concept, None
    # nearest trigger in the figure's clause (a few words after it count too: "$18 billion of tariffs"),
    # else the nearest one earlier in the sentence ("Trade stood at $108bn in 2020 and reached $240bn")
    reach_after = min(clause_hi, after + (8 if generic else 3))
    bracket = _BRACKETS_AFTER.match(text, mention.end, sentence.end)
    if bracket is not None and clause_end <= bracket.end():
        # "stands 182 meters (close to 600 ft) high": the clause goes on after the figure's restatement in
        # brackets, and the word just after them still describes the figure ("high", "long"; not "with 301
        # passengers" further on)
        following = _CLAUSE_BREAK.search(text, bracket.end(), sentence.end)
        clause_hi = tokens.at_or_after(following.start() if following else sentence.end, len(tokens))
        reach_after = min(clause_hi, tokens.at_or_after(bracket.end(), len(tokens)) + 1)
    if _spun_worth(mention, tokens, center, after) or _OR_RESTATED.match(text, mention.end, sentence.end):
        # "tariffs on $18 billion price of imports": a spun "worth of", not a price; "earnings of $127.1 million
        # or $1.04 per diluted share": the words after the restatement are the restatement's
        reach_after = after
    found = _measure_trigger(tokens, concepts.MEASURE_INDEX, center, after, clause_lo, reach_after, generic)
    if found is not None and found[1] == "high" and mention.dimension != "length":
        # "high" is a height only for a length ("300 feet high"); "struck a ten-month high, up 1.9%" is a record
        # (looked up again without it only then: a sentence's triggers are found once per table)
        found = _measure_trigger(tokens, _NO_HIGH_INDEX, center, after, clause_lo, reach_after, generic)
    if mention.kind == Kind.PERCENT and _CONTAINED_AFTER.match(text, mention.end):
        return "containment", None  # "had the blaze 43 percent contained": not the blaze's area
    if found is not None and found[0] in concepts.RESULTS_MEASURES:
        before_figure = text[max(clause_start, mention.start - 120) : mention.start]
        segment = _SEGMENT.search(before_figure)
        if segment is not None:
            # "Revenue from the industrial division rose 29.4 per cent to $13.8 billion": the division's, not the
            # company's
            return f"{found[0]} ({segment['segment'].lower()} division)", found[2]
        if _ANALYSTS_EXPECTED.search(before_figure):
            # "Analysts had expected revenue of $26 billion": the consensus, not the result
            return f"{found[0]} (analysts' estimate)", found[2]
    if found is None and mention.kind in (Kind.MONEY, Kind.PERCENT):
        segment = _SEGMENT.search(text, max(clause_start, mention.start - 60), mention.start)
        if segment is not None:  # "The industrial unit grew 25%": what a division's results are told by
            return f"revenue ({segment['segment'].lower()} division)", None
    if found is not None and found[0] == "per-share amount":
        # "raised the quarterly dividend to $0.83 a share" is a dividend, not the earnings per share the same
        # story gives ("earnings per share were $2.14"): the clause's dividend word names it
        payout = next(
            (i for i in range(clause_lo, min(clause_hi, after + 4)) if tokens[i].lower in _DIVIDEND_WORDS), None
        )
        if payout is not None:
            return "dividend", payout
    if found is not None:
        return found[0], found[2]
    if mention.kind == Kind.PERCENT and not mention.role:
        share = _SHARE_OF.match(text, mention.end, min(sentence.end, mention.end + 40))
        if share is not None and share["noun"] not in concepts.STOPWORDS and not share["noun"].endswith("ss"):
            return f"share of {singular(share['noun'])}", None
    if words and mention.kind in (Kind.COUNT, Kind.RATE) and words[-1] not in ("times", "occasions"):
        return singular(words[-1]), None
    implied = concepts.DIMENSION_MEASURES.get(mention.dimension)
    if implied:
        return implied, None
    for i in range(center - 1, max(-1, center - 7), -1):
        token = tokens[i]
        if token.lower not in concepts.STOPWORDS and len(token.lower) > 2:
            return f"~{singular(token.lower)}", i
    return "", None


def _measure_trigger(
    tokens: _Tokens, index: dict[str, str], center: int, after: int, clause_lo: int, reach_after: int, generic: bool
) -> tuple[str, str, int] | None:
    """The nearest trigger in the figure's clause (a few words after it count too), else the nearest one earlier
    in the sentence."""
    found = _nearest_trigger(tokens, index, center, after, clause_lo, reach_after, 1.0 if generic else 1.5)
    return found if found is not None else _nearest_trigger(tokens, index, center, after, 0, clause_lo, 1.5)


# a private person introduced with an age, speaking of their own ("Elias Gallagher, 64, said the water rose ...")
_OWN_FIGURE = re.compile(
    r"\s*(?P<name>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+)+),[^\S\n]+\d{1,3},[^\S\n]+(?:said|says|told|recalled)\b[^.;]*$"
)
_POSSESSIVE = re.compile(
    r"\b(?:his|her|my|our|their)\s+(?:own\s+)?(?:house|home|shop|store|farm|flat|apartment|car|boat|business|restaurant|street)\b"
)
_CONTAINED_AFTER = re.compile(r"[^\S\n]+contained\b")
_SEGMENT = re.compile(r"\b(?:the|its)\s+(?P<segment>[a-z][\w-]*)\s+(?:division|unit|segment|business)\b", re.IGNORECASE)
_ANALYSTS_EXPECTED = re.compile(
    r"\banalysts?\b[^.;]{0,40}\b(?:expected|expect|forecast|estimated|predicted|polled)\b", re.IGNORECASE
)
_DIVIDEND_WORDS = frozenset({"dividend", "dividends", "payout", "payouts"})
_BRACKETS_AFTER = re.compile(r"[^\S\n]*\([^()\n]{1,40}\)")
_NOUN_OF_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+(?P<noun>[a-z]{3,})\s+of\s+(?:some\s+|about\s+)?$")
_NOT_A_COUNTED_NOUN = frozenset(
    {"total", "number", "maximum", "minimum", "average", "record", "peak", "high", "low", "rate", "group", "lot"}
    | {"series", "couple", "handful", "score", "tally", "count", "sum", "figure", "level", "list", "range"}
)
# (a currency word the figure's symbol already said may stand between: "lost a net $5.9 billion dollars, or $9.66 per
# share")
_OR_RESTATED = re.compile(
    r"(?:\s+(?:dollars|euros|pounds|yuan|yen|rupees|roubles|rubles))?"
    r",?\s+or\s+(?:about\s+|nearly\s+|roughly\s+)?(?:[$€£¥]|US\$|A\$|C\$)?\s?\d"
)

_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})


def _spun_worth(mention: Mention, tokens: _Tokens, center: int, after: int) -> bool:
    """'$18 billion price of Chinese imports' with no determiner before the figure: a synonym spinner's 'worth
    of' (the seeds have it). 'the $18 billion price of the deal' keeps its price."""
    return (
        mention.kind == Kind.MONEY
        and after + 1 < len(tokens)
        and tokens[after].lower == "price"
        and tokens[after + 1].lower == "of"
        and tokens[after].start - mention.end <= 1
        and not (center > 0 and tokens[center - 1].lower in _DETERMINERS)
    )


@mypyc_attr(native_class=False)
class _Spans(list):
    """(start, end, name) spans of a document sorted by start, found by position in O(log n)."""

    __slots__ = ("starts",)

    def __init__(self, spans: Iterable[tuple[int, int, str]]) -> None:
        super().__init__(spans)
        self.starts = [s for s, _, _ in self]

    def within(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The spans inside [start, end], in order."""
        return [x for x in self[bisect_left(self.starts, start) : bisect_right(self.starts, end)] if x[1] <= end]


def _subjects(
    mention: Mention,
    text: str,
    sentence: Sentence,
    start: int,
    end: int,
    doc_entities: _Spans,
    doc_places: _Spans,
    main_person: str = "",
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(subjects, places): countries/states/organisations in the window; the one specific place or named object
    most tied to the figure (nearest in the window, else the nearest named object earlier in the sentence)."""
    if mention.kind == Kind.AGE:
        person = _PERSON_BEFORE.search(text, max(sentence.start, mention.start - 60), mention.start)
        if person is not None:
            return (_person(person.group(1), text, person.start(1)),), ()
        if "year-old" in mention.text.replace(" ", "-"):
            # "the 58-year-old Ana Morales", "the 58-year-old chief executive, Ana Morales,"
            named = re.match(
                r"\s+(?:(?:[a-z][\w'’-]*\s+){0,4}?[a-z][\w'’-]*,\s+)?((?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+)",
                text[mention.end : mention.end + 80],
            )
            if named is not None and named.group(1).split()[-1] not in gazetteer.ENTITIES:
                return (_person(named.group(1), text, mention.start),), ()
            role = _ROLE_AFTER.match(text, mention.end)
            if role is not None:
                # "the 59-year-old president": the article's "President Lucia Varga", else whoever holds the
                # office ("the 69-year-old host" is not the president)
                return (
                    _holder(role["role"], text, _person(main_person, text, mention.start) if main_person else ""),
                ), ()
            return ((_person(main_person, text, mention.start),) if main_person else ()), ()
        names_before = [
            m.group()
            for m in _CAPITALIZED.finditer(text, sentence.start, mention.start)
            if m.group() not in _NOT_PLACE_WORDS
            and m.group() not in gazetteer.ENTITIES
            and m.group().lower() not in concepts.STOPWORDS
            and m.start() > sentence.start
        ]
        if names_before:
            return (_person(names_before[-1], text, mention.start),), ()
        return ((_person(main_person, text, mention.start),) if main_person else ()), ()
    entities = doc_entities.within(start, end)
    located = [
        e for e in entities if mention.end < e[0] <= mention.end + 12 and _IN_AFTER.fullmatch(text, mention.end, e[0])
    ]
    if located:
        # "4,300 jobs in France, 3,700 in Germany": each figure is the country written right after it
        entities = located[:1]
    places = [p for p in doc_places.within(start, end) if p[2] not in gazetteer.ENTITIES]
    places = [p for p in places if not any(es <= p[0] < ee for es, ee, _ in entities)]

    def distance(p: tuple[int, int, str]) -> int:
        return p[0] - mention.end if p[0] >= mention.end else mention.start - p[1]

    nearest = min(places, key=distance, default=None)
    if nearest is None and mention.kind not in DATE_KINDS:
        named_objects = [
            p
            for p in doc_places.within(sentence.start, mention.start)
            if (_OF_NAME.fullmatch(p[2]) or any(ch.isdigit() for ch in p[2])) and p[2] not in gazetteer.ENTITIES
        ]
        nearest = named_objects[-1] if named_objects else None
    return tuple(sorted({c for _, _, c in entities})), (() if nearest is None else (nearest[2],))


_TITLES = frozenset(
    (  # noqa: SIM905 (a word list reads best as words)
        "president prime minister mr mrs ms miss dr sir dame chancellor governor gov senator sen rep representative "
        "mayor general gen king queen prince princess pope chief judge justice secretary premier leader chairman "
        "chairwoman coach captain capt officer sheriff commissioner director professor prof saint st lord lady "
        "former deputy vice acting interim ceo founder"
    ).split()
)


_NOT_FIRST_NAMES = (
    _TITLES
    | concepts.STOPWORDS
    | {m.lower() for m in calendar.month_name[1:]}
    | {d.lower() for d in calendar.day_name}
    | {"says", "said", "tells", "told", "asked", "added"}
)


# an office one person holds in a story, after an age ("the 59-year-old president", "the 69-year-old Kazakh host")
_ROLE_AFTER = re.compile(
    r"[^\S\n]+(?:[A-Z][a-z]+[^\S\n]+)?(?P<role>president|prime[^\S\n]+minister|premier|chancellor|king|queen|"
    r"governor|mayor|host|chief[^\S\n]+executive|ceo|chairman|chairwoman|chairperson|founder|pope)\b"
)


def _holder(role: str, text: str, main_person: str) -> str:
    """Who holds `role` in the article: the one person it names with that title ("President Lucia Varga"); with
    none, the article's main person (never for a host, the other side of a visit story); of several (a visiting and
    a host president) the role itself, since either could be meant."""
    title = r"[^\S\n]+".join(re.escape(w) for w in role.lower().split())
    names = {
        _person(m.group(1), text, m.start(1))
        for m in re.finditer(rf"\b(?i:{title})[^\S\n]+((?:[A-Z][\w'’-]+[^\S\n]+)?[A-Z][\w'’-]+)", text)
        if m.group(1).split()[-1] not in gazetteer.ENTITIES
    }
    if len(names) == 1:
        return names.pop()
    # a host is the other side of a visit story, whose main person is mostly the visitor
    if main_person and role != "host" and not names:
        return main_person
    return " ".join(role.lower().split())


def _person(name: str, text: str, before: int) -> str:
    """Whose age: first name and surname ("Mateo Yilmaz", so two Yilmazes of one story are two people), titles
    left out ("President Vladimir Putin" → "Vladimir Putin"). A surname alone takes the first name the article
    last wrote it with ("Putin, 71," after "Vladimir Putin flew ..."), else stays a surname."""
    words = [w for w in name.split() if w.lower().rstrip(".") not in _TITLES]
    if not words:
        return name.split()[-1]
    surname = words[-1]
    if len(words) >= 2 and words[-2][:1].isupper() and words[-2].lower() not in _NOT_FIRST_NAMES:
        return f"{words[-2]} {surname}"
    written = [
        m
        for m in re.finditer("(" + CAPITAL_AT_WORD_START + r"[a-z'’-]+)\s+" + re.escape(surname) + r"\b", text)
        if m.group(1).lower() not in _NOT_FIRST_NAMES
    ]
    earlier = [m for m in written if m.start() < before]
    if earlier or written:  # the last full name before the figure, else the first after it
        return f"{(earlier[-1] if earlier else written[0]).group(1)} {surname}"
    return surname


# people taken away from danger, said without "evacuate": "moved 1,092 people out of", "ordered residents from"
_MOVING = r"\b(?:moved|ordered|forced|pulled|took|brought|bused|bussed|airlifted|ferried|relocated|rehoused|got)\s+"
_AWAY = r"(?:out\s+of|out\s+from|away\s+from|to\s+safety|from\s+their\s+homes)"
# "destroyed 40 homes", "had damaged more than 1,200 buildings", "razed some 300 houses" (qualifiers may sit between)
_DAMAGE_BEFORE = re.compile(
    r"\b(?P<verb>destroyed|razed|damaged|threatened)\s+(?:(?:just\s+)?(?:over|under|about|around|nearly|almost|some|more|"
    r"than|at|least|roughly|approximately|an|estimated|close|to|upwards|of|up)\s+){0,4}$",
    re.IGNORECASE,
)
# "500 homes were destroyed", "2,000 more structures remain threatened", "40 homes have been badly damaged"
_DAMAGE_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,4}?\s+(?:were|was|are|is|have\s+been|had\s+been|has\s+been|remain|remained|stand|stood)"
    r"(?:\s+(?:badly|partly|partially|completely|totally|severely|heavily|still|now|also|either))?"
    r"\s+(?P<verb>destroyed|razed|damaged|threatened)\b",
    re.IGNORECASE,
)
_CASUALTY_VERBS = (
    r"(?P<verb>killed|died|dead|perished|injured|wounded|hurt|hospitali[sz]ed|missing|arrested|detained|trapped|"
    r"rescued)"
)
_CASUALTY_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+(?:were|was|are|is|have\s+been|had\s+been|has\s+been|remain|remained)?"
    r"(?:\s+(?:seriously|critically|badly|slightly|also|still|reportedly))?\s*" + _CASUALTY_VERBS + r"\b",
    re.IGNORECASE,
)
_TRAPPED_AFTER = re.compile(
    r"\s+(?:were|are|remain|remained|had\s+been|have\s+been)(?:\s+(?:still|believed|thought))?\s+"
    r"(?P<verb>trapped|rescued)\b",
    re.IGNORECASE,
)
_RESCUED_BEFORE = re.compile(
    r"\b(?:pulled|rescued|saved|plucked|freed|dug\s+out|brought\s+out|carried\s+out|got\s+out)\s+"
    r"(?:(?:at\s+least|more\s+than|about|some|nearly|almost|"
    r"around|over|up\s+to|an\s+estimated|approximately|roughly|upwards\s+of|close\s+to|just\s+under)\s+)?$",
    re.IGNORECASE,
)
_IN_AFTER = re.compile(r"[^\S\n]+in[^\S\n]+(?:the[^\S\n]+)?")
_MARKET_WORDS = re.compile(
    r"\b(?:markets?|stocks?|index|indices|indexes|shares|trading|wall\s+street|bourse)\b", re.IGNORECASE
)
_STATE_MODIFIERS = frozenset(
    {"dead", "injured", "wounded", "missing", "displaced", "homeless", "evacuated", "trapped", "rescued"}
    | {"hospitalized", "hospitalised", "arrested", "detained"}
)
_RESCUERS = re.compile(r"\b(?:rescuers|rescue\s+(?:workers|teams|crews))\b", re.IGNORECASE)
_PEOPLE = frozenset({"people", "persons", "folks", "residents", "villagers", "survivors"})
_CASUALTY_BEFORE = re.compile(
    r"\b(?:killed|injured|wounded|hurt|arrested|detained)\s+(?:(?:at\s+least|more\s+than|about|some|nearly|"
    r"almost|around|over|up\s+to)\s+)?$".replace("(?:killed", "(?P<verb>killed", 1),
    re.IGNORECASE,
)
_MOVED_OUT = re.compile(_MOVING + r"(?:[\w,.-]+\s+){0,3}$", re.I)
_MOVED_PEOPLE_OUT = re.compile(
    _MOVING + r"(?:[\w,.-]+\s+){0,3}?(?:people|residents|families|villagers|inhabitants|patients|civilians|"
    r"tourists|children|students|workers|passengers|households|locals|evacuees)\s+" + _AWAY + r"\b",
    re.I,
)
_OUT_OF = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?P<to>" + _AWAY + r")\b")
_BASELINE_BEFORE = re.compile(
    r"\b(?:(?:from|than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?"
    r"|(?:from|than|on|over|against|compared\s+(?:with|to)|versus|vs\.?)\s+the\s+same\s+"
    r"(?:period|quarter|month|week|time|stage|point|day|half)\s+(?:of\s+|in\s+)?)$",
    re.I,
)
_PEAK = re.compile(r"\b(?:at\s+(?:the|its)\s+(?:peak|height|worst)|peaked\s+at)\b", re.I)


def _time_scope(
    mention: Mention, measure: str, dates: list[Mention], published: date | None, text: str = ""
) -> tuple[str, date | None, bool]:
    """(scope text, as-of date, explicit). A date in the sentence scopes the figure — the nearest one after it
    within a few words ("$240bn in 2023"), else the nearest before; otherwise the publication's year (by the
    day for cumulative measures such as a death toll, which change from one day to the next)."""
    as_of = published
    if mention.kind in DATE_KINDS or mention.kind == Kind.TIME:
        return "", as_of, False
    cumulative = measure in concepts.CUMULATIVE
    daily = cumulative or measure in concepts.DAILY
    if mention.kind in (Kind.AGE, Kind.ORDINAL, Kind.DURATION):
        # an age, an edition number, the length of a visit: stated for a year, whatever day the sentence names
        year = published.year if published else None
        years = sorted(
            {d.date.start.year for d in dates if d.date is not None and d.date.start.year == d.date.end.year}
        )
        if years and mention.kind != Kind.AGE:
            year = years[0] if len(years) == 1 else year
        return (str(year) if year else ""), published, False
    # a relative date the article's missing publication date leaves unresolved still says when its figure was:
    # "from US$145 billion in 2021 to US$240 billion last year" never scopes the 240 by 2021
    others = [d for d in dates if d.start != mention.start]
    if mention.role and mention.role != "from":
        # "rose 18% from a year earlier, to $610 million": the earlier date is the baseline's, not the figure's.
        # After a "to" figure only a relative baseline counts: "rose to £9,250 from September 2017" says when.
        others = [
            d
            for d in others
            if not (
                _BASELINE_BEFORE.search(text, max(0, d.start - 48), d.start)
                and (mention.role != "to" or d.date is None or d.date.relative)
            )
        ]
    # "the highest since 1992": the record a figure is compared with, not when it holds; "the bridge, which
    # opened in 1937, carries 112,000 vehicles a day": a date of the relative clause, not of the figure
    others = [
        d
        for d in others
        if not _RECORD_SINCE.search(text, max(0, d.start - 48), d.start)
        and not (d.end <= mention.start and _in_relative_clause(text, d, mention))
    ]
    # a date after the figure scopes it within its clause, and not past a comparison: "EPS of $5.52 compared to a
    # loss of $1.46 in the first quarter 2020", "EPS grew 30.9% to $2.55, and revenue for the first quarter ..."
    after = [
        d
        for d in others
        if 0 <= d.start - mention.end <= 80
        and not _COMPARISON.search(text, mention.end, d.start)
        and not _NEXT_CLAUSE.search(text, mention.end, d.start)
    ]
    before = [d for d in others if d.end <= mention.start]
    if cumulative and before and _REPORTED_SINCE.search(text, before[-1].end, mention.start):
        # "Tamsin tore into the coast on Friday, and officials said at least 34 people had been killed": the day
        # of the landfall's clause; the toll is what officials said, as of the report
        before = []
    chosen = after[0] if after else (before[-1] if before else None)
    if chosen is not None and chosen.date is None:
        return "", as_of, False  # said, but not resolvable: an unknown scope, not a neighbour's
    if chosen is not None and chosen.date is not None:
        span = _in_named_year(chosen, before, text)
        if span.point is not None and span.granularity == "day":
            # "three weeks ago" scopes its figures by the day it counts to (a scope is a key: the ±3 days it
            # covers as a date would keep its figures from the same day's)
            span = DateSpan(span.point, span.point, "day", True)
        if _SINCE_BEFORE.search(text, max(0, chosen.start - 16), chosen.start):
            # "met 38 times since 2012", "up 20% since 2019": the window the figure counts over (a toll "since
            # Friday" is the toll of the day it is reported)
            if cumulative and published is not None:
                return published.isoformat(), published, True
            return f"since {_scope_text(span, coarse=False)}", as_of, True
        if cumulative and span.granularity != "day" and published is not None and span.start <= published <= span.end:
            return published.isoformat(), published, True
        if span.granularity == "day":
            as_of = span.end
        return _scope_text(span, coarse=not daily), as_of, True
    if published is None:
        return "", None, False
    if cumulative and _PEAK.search(text, max(0, mention.start - 80), mention.start):
        # "at the peak, 3.2 million customers" (no day named): the peak of the whole event, whichever day reports it
        return str(published.year), published, False
    if cumulative or measure in concepts.DAY_SCOPED:
        return published.isoformat(), published, False
    return str(published.year), published, False


def _in_named_year(chosen: Mention, before: list[Mention], text: str) -> DateSpan:
    """A year-less quarter or month (read as the one nearest publication) in the one year named before it, and
    not as a baseline: "A year earlier, second-quarter revenue was $3.1 billion" is the second quarter of the year
    before, "In 2023, fourth-quarter sales fell" that of 2023; "profit in the quarter, up 18% on the same period
    last year" stays this year's quarter."""
    span = chosen.date
    assert span is not None
    if not span.relative or span.granularity not in ("quarter", "month", "half") or span.start.year != span.end.year:
        return span
    years = {
        d.date.start.year
        for d in before
        if d.end <= chosen.start
        and d.date is not None
        and d.date.granularity == "year"
        and d.date.start.year == d.date.end.year
        and not _BASELINE_BEFORE.search(text, max(0, d.start - 48), d.start)
    }
    if len(years) != 1 or (year := years.pop()) == span.start.year:
        return span
    end = date(year, span.end.month, calendar.monthrange(year, span.end.month)[1])
    return span._replace(start=span.start.replace(year=year), end=end)


_COMPARISON = re.compile(
    r"\b(?:compared|comparing|versus|vs\.?|against|(?:up|down|rising|falling|rose|fell)\s+from)\b", re.IGNORECASE
)
_NEXT_CLAUSE = re.compile(r";|\s[—–]\s|,\s+(?:and|but|while|whereas|although|though)\b")
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
# a clause of its own between a date and a toll: someone saying the toll, after the date's clause
_REPORTED_SINCE = re.compile(
    r"(?:,\s+(?:and|but|while)|;)\s+(?:[\w.'’-]+\s+){1,4}?(?:said|say|says|reported|confirmed|announced)\b"
)
_RECORD_SINCE = re.compile(
    r"\b(?:highest|lowest|most|least|fewest|biggest|largest|smallest|worst|best|strongest|weakest|fastest|"
    r"slowest|deadliest|first\s+time|record)\b[^.;:!?]{0,30}\bsince\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_RELATIVE_OPENING = re.compile(r",\s+(?:which|who|whose)\b[^,;]*$")


def _in_relative_clause(text: str, date_mention: Mention, mention: Mention) -> bool:
    """The date stands in a ', which ... ,' clause that closes before the figure."""
    return (
        "," in text[date_mention.end : mention.start]
        and _RELATIVE_OPENING.search(text, max(0, date_mention.start - 80), date_mention.start) is not None
    )


def _direction(sentence: str) -> str:
    for pattern in _DIRECTION_PATTERNS:
        m = pattern.search(sentence)
        if m is not None:
            a = gazetteer.ENTITIES.get(m["a"].capitalize()) or gazetteer.ENTITIES.get(m["a"])
            b = gazetteer.ENTITIES.get(m["b"].capitalize()) or gazetteer.ENTITIES.get(m["b"])
            if a and b:
                return f"{a}→{b}"
            if b:
                return f"→{b}"
    return ""

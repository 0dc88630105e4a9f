"""Dates and times in news text, resolved to calendar intervals against the article's publication date.

Covers absolute dates ("May 16", "16 May 2024", "2024-05-16", "Sept. 30, 2023", "February 2022", "May 16-17"),
weekdays read by the verb's tense ("will travel on Thursday" → the next Thursday, "met on Thursday" → the last),
relative phrases ("last year", "next month", "this week", "earlier this month", "three days ago"), quarters,
halves, decades, year spans, and clock times ("11:47 p.m."). Month names that are also words ("May", "March")
count only with a cue (a day, a year, "in", "since", ...), so the modal "may" and the verb "march" never do.
Forms this grammar does not know are not guessed at; `parse_with_dateparser` handles odd date strings the
benchmarks meet.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dateutil.easter import easter

from checker.extract.lexicon import AMBIGUOUS_MONTHS, MONTHS, ORDINAL_WORDS, SEASONS, UNITS_WORDS, WEEKDAYS
from checker.extract.windows import digit_spans, merge_windows, words_of
from checker.model import DateSpan, Kind, Mention, Sentence
from checker.text import lower_in_place

_FULL_MONTH_NAMES = frozenset(name.lower() for name in calendar.month_name if name)
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH = rf"(?:{_MONTH_ALT})"
_WEEKDAY_ALT = "|".join(WEEKDAYS)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# a year before 1800, read only after a day and a month and never before a plural noun ("5 December 1200 troops")
_OLD_YEAR = r"1[0-7]\d\d(?=[.,;:)]?(?:\s|$))(?![.,;:)]?\s*[a-z]+s\b)"
_YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"
_NUMBER_WORD_ALT = "|".join(sorted(UNITS_WORDS, key=len, reverse=True))

_CUE_BEFORE = re.compile(
    r"(?:\b(?:in|since|until|till|by|from|through|during|of|early|late|mid|last|next|this|before|after|between|"
    r"and|to|or|on|each|every|throughout|around|until|into|starting|beginning|ending|end|start)[\s-]+)$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    kind: Kind
    span: DateSpan | None
    relative: bool
    time_text: str = ""
    pattern: str = ""  # the name of the pattern that found it


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def week_bounds(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# ---------------------------------------------------------------- tense

_FUTURE = re.compile(
    # a passive future ends at its participle, so "held" in "will be held" is no past cue nearer the date
    # a passive after a modal or "to" ends at its participle too ("should be completed", "to be held")
    r"\b(?:(?:will|should|may|might|could|would|must|can)\s+(?:not\s+)?be\s+\w+|(?:is|are)\s+to\s+be\s+\w+|"
    r"to\s+be\s+\w+|(?:is|are)\s+expected\b|might|could|"
    r"will|won't|wo n't|shall|'ll|is to|are to|is due|are due|is not due|are not due|is set to|are set to|"
    r"is expected to|are expected "
    r"to|expected to|is scheduled|are scheduled|scheduled to|scheduled for|plans? to|planning to|intends? to|"
    # an aim is ahead of its speaker ("wants to cut 789 dealers by early June"); so is what should or must be done
    r"wants? to|aims? to|hopes? to|seeks? to|should|must|"
    r"is going to|"
    r"are going to|would|next|upcoming|coming|starting|arrives|begins|starts|travels|heads|opens|visits|ahead of|"
    r"expects|expect|due|until|before|"
    r"takes place|takes effect|goes into effect|comes into (?:force|effect)|enters into force|expires|kicks off|"
    r"is slated|are slated|forecast|forecasts|predicted|projected|likely to)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|has been|have been|said|says|met|began|came|went|took|made|told|held|left|flew|rose|"
    r"fell|saw|gave|won|lost|paid|sold|spent|sent|struck|hit|arrived|announced|reported|killed|died|ago|last|"
    # irregular pasts the "-ed" rule misses
    r"ran|led|grew|drew|threw|knew|fought|bought|brought|caught|taught|thought|found|kept|built|felt|meant|stood|"
    r"spoke|broke|chose|froze|wrote|rode|drove|became|got|sank|fled|sought|withdrew|upheld|"
    r"earlier|previously|already|\w{3,}ed)\b",
    re.IGNORECASE,
)

_FUTURE_LOWER = re.compile(_FUTURE.pattern)
_PAST_LOWER = re.compile(_PAST.pattern)


@functools.lru_cache(maxsize=256)
def _tense_cues(sentence: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, word, 'future'|'past') for every tense cue in a sentence (cached: several dates share one)."""
    low = lower_in_place(sentence)  # lower-case patterns without IGNORECASE: ~4x faster, same offsets
    return tuple(
        (m.start(), m.end(), m.group(), label)
        for pattern, label in ((_FUTURE_LOWER, "future"), (_PAST_LOWER, "past"))
        for m in pattern.finditer(low)
    )


def tense_at(sentence: str, offset: int) -> str:
    """'future', 'past' or '' for the clause around `offset` (an index into `sentence`)."""
    return _nearest_cue(sentence, offset)[1]


@functools.lru_cache(maxsize=256)
def _nearest_cue(sentence: str, offset: int) -> tuple[int, str, str, int]:
    """(distance, 'future'|'past'|'', cue word, its start or -1 when it is after `offset`) of the tense cue nearest
    `offset` (one after it counts double)."""
    best: tuple[int, str, str, int] = (120, "", "", -1)
    for start, end, word, label in _tense_cues(sentence):
        if word in ("last", "next", "coming", "earlier") and (abs(end - offset) < 3 or 0 <= start - offset <= 4):
            continue  # the date's own modifier ("next week", "the last three months of"), judged elsewhere
        distance = offset - end if end <= offset else (start - offset) * 2
        if distance < best[0]:
            best = (distance, label, word, start if end <= offset else -1)
    return best


# a tense no other cue can be mistaken for, before the date in its clause: a modal or a schedule ("will be held
# Nov. 30"), or a one-word past ("it was the hottest July", "inflation slowed to 3.2% in October"); a participle
# after "be" or "have" is part of a longer cue ("has been", "is expected", "should be completed", "to be held")
# a present or modal auxiliary makes the word after it no past ("is planned on May 22", "is officially reported in
# March", "to be held"); a past one keeps it ("was introduced in January")
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:is|are|am|be|being|to|will|would|shall|may|might|could|should|can|must)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
_MODAL_FUTURE = re.compile(
    r"will\b|'ll\b|shall\b|(?:is|are)\s+(?:to\s+be|due|not\s+due|set\s+to|scheduled)\b|scheduled\s+(?:for|to)\b|"
    # a schedule in the present ("the tariff takes effect on Jan. 1", "the trial opens on March 3")
    r"takes\s+(?:place|effect)\b|goes\s+into\s+effect\b|comes\s+into\s+(?:force|effect)\b|enters\s+into\s+force\b|"
    r"expires\b|kicks\s+off\b|begins\b|starts\b|opens\b"
)


def _certain_tense(tense: object) -> bool:
    """Whether a date's tense is a modal future or a one-word past before it (its reading may then lie beyond half
    a year)."""
    return isinstance(tense, _LazyTense) and tense.certain()


# a preposition that puts a day before it ("on 16 Might": a spun copy's "on 16 May")
_DAY_CUE_BEFORE = re.compile(r"\b(?:on|from|to|and|through|until|till|by|since|before|after)\s+$", re.IGNORECASE)
_DECADE_JOINS = frozenset({" and ", " or ", " to ", "-", "–"})
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)


class _LazyTense:
    """tense_at(sentence, offset), computed on the first comparison: resolvers compare the tense with == / != /
    in, and most dates with a year never look at it."""

    __slots__ = ("_offset", "_sentence", "_value")

    def __init__(self, sentence: str, offset: int) -> None:
        self._sentence, self._offset = sentence, offset
        self._value: str | None = None

    def value(self) -> str:
        if self._value is None:
            self._value = tense_at(self._sentence, self._offset)
        return self._value

    def certain(self) -> bool:
        """The nearest cue is a modal or a schedule ("will be held Nov. 30") or a one-word past ("was the hottest
        July") at most 80 characters (about a clause) before the date."""
        distance, label, word, start = _nearest_cue(self._sentence, self._offset)
        if start < 0 or distance > 80:
            return False
        if label == "future":
            return _MODAL_FUTURE.match(word) is not None or self._modal_before()
        return " " not in word and not _AUXILIARY_BEFORE.search(self._sentence, max(0, start - 30), start)

    def _modal_before(self) -> bool:
        """A modal future or a schedule before a weaker future cue nearer the date, with no past cue between them:
        "will not reopen until October", "are not due until October" (about a clause: 80 characters)."""
        modal_end = -1
        for start, end, word, label in sorted(_tense_cues(self._sentence)):
            if end > self._offset:
                break
            if label == "past":
                if start >= modal_end:  # not a part of the modal ("is scheduled", "are expected to")
                    modal_end = -1
            elif self._offset - end <= 80 and _MODAL_FUTURE.match(word) is not None:
                modal_end = end
        return modal_end >= 0

    def __eq__(self, other: object) -> bool:
        return self.value() == other

    def __ne__(self, other: object) -> bool:
        return self.value() != other

    def __hash__(self) -> int:
        return hash(self.value())

    def __bool__(self) -> bool:
        return bool(self.value())

    def __str__(self) -> str:
        return self.value()


# what resolvers are given as a date's tense: a word ("past", "future", "since", "") or one read on demand
Tense = str | _LazyTense


def _choose(candidates: list[tuple[date, date]], published: date, tense: Tense) -> tuple[date, date]:
    """Pick the reading of a year-less date: the nearest one to publication, unless the verb's tense points
    the other way and its reading is within half a year (a past "May 16" in a story of May 14 stays May 16)."""

    def distance(c: tuple[date, date]) -> int:
        if c[0] <= published <= c[1]:
            return 0
        return min(abs((c[0] - published).days), abs((c[1] - published).days))

    nearest = min(candidates, key=lambda c: (distance(c), c[0] > published))
    chosen: tuple[date, date] | None = None
    if tense == "future":
        after = [c for c in candidates if c[1] >= published - timedelta(days=1)]
        chosen = min(after) if after else None
    elif tense in ("past", "since"):
        before = [c for c in candidates if c[0] <= published + timedelta(days=1)]
        chosen = max(before) if before else None
    if chosen is not None and (distance(chosen) <= 183 or tense == "since" or _certain_tense(tense)):
        return chosen
    return nearest


# ---------------------------------------------------------------- resolvers (match, published, tense) -> hit


def _month_number(token: str) -> int:
    """'June', 'Sept.', and in lower case 'june' (a pattern that lets it in has ruled out 'may' and 'march')."""
    token = token.rstrip(".")
    return MONTHS.get(token) or MONTHS[token.capitalize()]


def _day_number(token: str) -> int:
    return int(re.match(r"\d+", token).group())


def _span(start: date, end: date, granularity: str, relative: bool) -> DateSpan:
    return DateSpan(start, end, granularity, relative)


def _resolve_iso(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    day = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return _span(day, day, "day", False) if day else None


def _full_year(text: str, published: date | None) -> int:
    """'2024' → 2024; '71' → 1971 and '24' → 2024 (a two-digit year within ten years ahead is this century)."""
    year = int(text.lstrip("'’"))
    if year >= 100:
        return year
    pivot = ((published.year if published else date.today().year) + 10) % 100
    return 2000 + year if year <= pivot else 1900 + year


def _resolve_slash(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    year = _full_year(m["y"], published)
    month, day_of_month = int(m["m"]), int(m["d"])
    if month > 12 >= day_of_month:  # 21/04/2016: day first (month/day is the US order, tried first)
        month, day_of_month = day_of_month, month
    day = _safe_date(year, month, day_of_month)
    return _span(day, day, "day", False) if day else None


def _resolve_year_month(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    year, month = int(m["ym_y"] or m["my_y"]), int(m["ym_m"] or m["my_m"])
    if not 1 <= month <= 12:
        return None
    if m["ym_y"] and month == (year + 1) % 100:  # "by 2010-11", "the 2008/09 season": two years, not a month
        return _span(date(year, 1, 1), date(year + 1, 12, 31), "year", False)
    if m["ym_y"] and len(m["ym_m"]) == 1 and month > year % 10:  # "2008-9", "1990-5": to a later year of its decade
        return _span(date(year, 1, 1), date(year - year % 10 + month, 12, 31), "year", False)
    first, last = month_bounds(year, month)
    return _span(first, last, "month", False)


def _resolve_spaced_year_month(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    """'2016 - 11' is November 2016, but '(2001 - 09)' in prose is more often the years 2001 to 2009 than a month:
    with spaces, a two-digit second part above the year's own two digits is a later year of its century."""
    if m["ym_y"] and len(m["ym_m"]) == 2 and int(m["ym_m"]) > int(m["ym_y"]) % 100:
        year = int(m["ym_y"])
        return _span(date(year, 1, 1), date(year - year % 100 + int(m["ym_m"]), 12, 31), "year", False)
    return _resolve_year_month(m, published, tense)


_STOP_AFTER = re.compile(r"\.?[^\S\n]*(?:[.,;:!?)\]]|$)")


def _resolve_year_first_month(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    """'2016 November', '2017 april.', '2016, nov': a year and its month, read only where no other reading is
    likely (see the pattern)."""
    written = m["yfm"]
    plain = written.lower() in _FULL_MONTH_NAMES and written.lower() not in ("may", "march")  # "april", "June"
    if (m["yfcomma"] or not (plain or written[0].isupper()) or written in ("May", "March", "Mar")) and not (
        _STOP_AFTER.match(m.string, m.end())
    ):
        return None
    first, last = month_bounds(int(m["yfy"]), _month_number(written))
    return _span(first, last, "month", False)


_NUMERIC_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)"


def _resolve_named_numeric(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    month = _month_number((m["nmm"] or m["nmm2"] or m["nmm3"] or m["nmm4"]).capitalize().replace("Sept", "Sep"))
    year = int(m["nmy"] or m["nmy2"] or m["nmy3"] or m["nmy4"])
    day = m["nmd"] or m["nmd2"] or m["nmd4"]
    if day is None:
        first, last = month_bounds(year, month)
        return _span(first, last, "month", False)
    found = _safe_date(year, month, int(day))
    return None if found is None else _span(found, found, "day", False)


def _resolve_day_only(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    """'on the 27th', 'Friday the 15th': a day of the current (or adjacent) month; 'the 20th of next month',
    'the 3rd of this month': a day of the month named."""
    if published is None:
        return None
    named = m["dd"] is not None  # "... of this/next/last/the month"
    return _day_of_month(
        int(m["dd"] or m["dd2"] or m["dd3"]),
        m["ddwd"] or m["ddwd2"] or m["ddwd3"],
        m["ddrel"] if named else None,
        published,
        tense,
    )


def _resolve_weekday_word_day(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    """'Friday the thirteenth', 'on Sunday the twenty-first', 'Friday the fifteen' (a weekday fixes the reading)."""
    if published is None:
        return None
    day_number = _WORD_DAYS.get(" ".join(m["wdd"].lower().replace("-", " ").split()))
    return _day_of_month(day_number, m["wddwd"], None, published, tense) if day_number else None


def _day_of_month(
    day_number: int, weekday: str | None, relative_month: str | None, published: date, tense: Tense
) -> DateSpan | None:
    """Day `day_number` of the month `relative_month` names ('this', 'next', 'last', 'the'), else of a month
    near publication: the one where it falls on `weekday` (chosen by the verb), or the adjacent months."""
    named = relative_month is not None
    offsets = ({"next": 1, "last": -1}.get(relative_month.lower(), 0),) if named else (-1, 0, 1)
    readings = [
        (d, d)
        for d in (_safe_date(*_add_months(published.year, published.month, k), day_number) for k in offsets)
        if d is not None
    ]
    if weekday and not named:
        # "Friday the 13th": the months around publication where that day falls on that weekday (every day of
        # the month has each weekday within 14 months); the nearest before and after, chosen by the verb
        wanted = WEEKDAYS[weekday.capitalize()]
        matching = [
            d
            for d in (_safe_date(*_add_months(published.year, published.month, k), day_number) for k in range(-14, 15))
            if d is not None and d.weekday() == wanted
        ]
        past = [d for d in matching if d <= published][-1:]
        future = [d for d in matching if d >= published][:1]
        by_tense = {"past": past, "since": past, "future": future}.get(str(tense), [])
        if by_tense or past or future:
            found = (by_tense or [min((*past, *future), key=lambda d: (abs((d - published).days), d > published))])[0]
            return _span(found, found, "day", True)
    elif weekday:
        readings = [r for r in readings if r[0].weekday() == WEEKDAYS[weekday.capitalize()]] or readings
    if not readings:
        return None
    start, end = _choose(readings, published, tense)
    return _span(start, end, "day", True)


# the days of a month in words: "the sixteenth", "twenty-first", "thirty first"
_ORDINAL_DAYS = {w: n for w, n in ORDINAL_WORDS.items() if 1 <= n <= 20}
_ORDINAL_DAYS.update({f"twenty {w}": 20 + n for w, n in list(_ORDINAL_DAYS.items())[:9]})
_ORDINAL_DAYS.update({"thirtieth": 30, "thirty first": 31})
# a day of the month in words, ordinal or cardinal: "May twenty one", "Friday the fifteen"
_WORD_DAYS = (
    _ORDINAL_DAYS
    | {k: v for k, v in UNITS_WORDS.items() if 0 < v < 20}
    | {"twenty " + k: 20 + v for k, v in UNITS_WORDS.items() if 0 < v < 10}
    | {"twenty": 20, "thirty": 30, "thirty one": 31}
)


def _resolve_word_day(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    day_number = _ORDINAL_DAYS.get(" ".join(m["wday"].lower().replace("-", " ").split()))
    if day_number is None:
        return None
    return _month_phrase(
        _month_number(m["wmon"].capitalize()),
        day_number,
        None,
        None,
        int(m["wy"]) if m["wy"] else None,
        "",
        published,
        tense,
    )


# the words that may follow a weekday's day of the month in a clause that goes on ("Friday the 13th after six weeks"),
# where a noun would make it an ordinal ("on Friday the 5th round of talks")
_AFTER_A_DAY = r"(?:after|before|at|in|on|when|and|but|as|with|for|from|while|until|amid|despite)\b"


_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "quarter": 91, "year": 365, "decade": 3652}


def _resolve_span_of(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    """'the past three weeks', 'the last two years': the span up to publication."""
    if published is None:
        return None
    amount_text = m["sn"].lower()
    amount = UNITS_WORDS.get(amount_text) or (int(amount_text) if amount_text.isdigit() else None)
    if not amount:
        return None
    unit = m["su"].lower().rstrip("s")
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}.get(unit)
    if months:  # calendar months: "the past 12 months" starts on the same day a year before
        y, mo = _add_months(published.year, published.month, -amount * months)
        start = date(y, mo, min(published.day, calendar.monthrange(y, mo)[1]))
        return _span(start, published, "day", True)
    return _span(published - timedelta(days=amount * _UNIT_DAYS[unit]), published, "day", True)


def _resolve_part_of_day(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    if published is None:
        return None
    phrase = " ".join(m["pod"].lower().split())
    if phrase.startswith("the day after"):
        day = published + timedelta(days=2)
    elif phrase.startswith("the day before"):
        day = published - timedelta(days=2)
    else:  # this morning / this afternoon / this evening / earlier today / later today
        day = published
    return _span(day, day, "day", True)


def _resolve_period_edge(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    """'the end of the year', 'end of this month', 'rest of the week', 'the weekend', 'year to date',
    'the week after next', 'early next year', 'late this month'."""
    if published is None:
        return None
    phrase = " ".join((m["edge"] or m["edge2"]).lower().split())
    unit = m["eunit"].lower() if m["eunit"] else ""
    shift = 1 if "next" in phrase else (-1 if "last" in phrase or "previous" in phrase else 0)
    if "week after next" in phrase:
        start, end = week_bounds(published + timedelta(weeks=2))
        return _span(start, end, "week", True)
    if phrase.endswith("weekend"):
        _, sunday = week_bounds(published)
        saturday = sunday - timedelta(days=1)
        if tense == "past" and published < saturday:
            saturday, sunday = saturday - timedelta(days=7), sunday - timedelta(days=7)
        return _span(saturday, sunday, "day", True)
    if "to date" in phrase or "so far" in phrase:
        return _span(date(published.year, 1, 1), published, "day", True)
    start, end, granularity = _period(unit or "year", published, shift)
    if phrase.startswith("rest of"):
        return _span(max(start, published), end, "day", True)
    # halves, as Recognizers-Text reads them (early week = Mon-Wed, late month = 16th-end, early year = Jan-Jun):
    # wide enough that "late last year" never contradicts an October date
    length = (end - start).days + 1
    half, quarter = max(1, length // 2), max(1, length // 4)
    # a part of a year is whole months, as "the end of 2025" is (_resolve_year_part): the same span, the same
    # granularity, so "by the end of next year" and "by the end of 2025" scope their figures alike
    if phrase.startswith(("end of", "the end of", "late")):
        if unit == "year":
            return _span(date(start.year, 7, 1), end, "month", True)
        return _span(start + timedelta(days=half), end, "day", True)
    if phrase.startswith(("start of", "the start of", "beginning of", "the beginning of", "early")):
        if unit == "year":
            return _span(start, date(start.year, 6, 30), "month", True)
        return _span(start, start + timedelta(days=half - 1), "day", True)
    if phrase.startswith(("mid", "middle of", "the middle of")):
        if unit == "year":
            return _span(date(start.year, 4, 1), date(start.year, 9, 30), "month", True)
        return _span(start + timedelta(days=quarter), end - timedelta(days=quarter), "day", True)
    return _span(start, end, granularity, True)


def _resolve_week_of(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    """'the first week of October', 'the last week of 2015'."""
    which = m["wk"].lower()
    if m["wkyear"]:
        first, last = date(int(m["wkyear"]), 1, 1), date(int(m["wkyear"]), 12, 31)
    else:
        month = _month_number(m["wkmon"].capitalize())
        if m["wkmy"]:
            first, last = month_bounds(int(m["wkmy"]), month)
        elif published is not None:
            first, last = _choose([month_bounds(published.year + k, month) for k in (-1, 0, 1)], published, tense)
        else:
            return None
    if which in ("last", "final"):
        return _span(last - timedelta(days=6), last, "week", not (m["wkyear"] or m["wkmy"]))
    index = {"first": 0, "second": 1, "third": 2, "fourth": 3}.get(which, 0)
    start = first + timedelta(days=7 * index)
    return _span(start, min(last, start + timedelta(days=6)), "week", not (m["wkyear"] or m["wkmy"]))


_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "final": -1}


def _resolve_nth_weekday(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    """'the first Friday of July', 'the last Monday in this month', 'the second Sunday' (no month: of the month
    before, of or after publication's, as the tense points)."""
    weekday = WEEKDAYS[m["nwd"].capitalize()]
    nth = _NTH[m["nth"].lower()]
    if m["nmon"]:
        month = _month_number(m["nmon"].capitalize())
        if m["nyear"]:
            year = int(m["nyear"])
        elif published is not None:
            year = _choose([month_bounds(published.year + k, month) for k in (-1, 0, 1)], published, tense)[0].year
        else:
            return None
    elif published is None:
        return None
    elif not m["nrel"]:
        months = [_add_months(published.year, published.month, shift) for shift in (-1, 0, 1)]
        days = [(d, d) for y, mo in months if (d := _nth_weekday_of(y, mo, weekday, nth)).month == mo]
        if not days:
            return None
        day = _choose(days, published, tense)[0]
        return _span(day, day, "day", True)
    else:
        shift = {"this": 0, "next": 1, "following": 1, "last": -1, "previous": -1}[m["nrel"].lower()]
        year, month = _add_months(published.year, published.month, shift)
    day = _nth_weekday_of(year, month, weekday, nth)
    if day.month != month:
        return None  # a fifth weekday the month does not have
    return _span(day, day, "day", not m["nyear"])


def _resolve_relative_month(m: _RelMonthMatch, published: date | None, tense: Tense) -> DateSpan | None:
    """'last September' (the most recent one before this month), 'next June', 'this March', 'June next year'."""
    if published is None:
        return None
    month = _month_number(m["rmon"].capitalize())
    which = (m["rmrel"] or "").lower()
    if m["rmyear"]:
        year = published.year + {"next": 1, "last": -1, "this": 0}[m["rmyear"].lower().split()[0]]
    elif which == "last":
        year = published.year if month < published.month else published.year - 1
    elif which == "next":
        year = published.year if month > published.month else published.year + 1
    else:
        year = published.year
    first, last = month_bounds(year, month)
    return _span(first, last, "month", True)


def _resolve_day_range(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    """'from 4 to 22 this month', 'between 3 and 12 of Sept', 'from 4 to 22 January, 1995'."""
    d1, d2 = _day_number(m["rd1"]), _day_number(m["rd2"])
    if d2 <= d1:
        return None
    if m["rdmon"]:
        span = _month_phrase(
            _month_number(m["rdmon"].capitalize()),
            d1,
            d2,
            None,
            int(m["rdy"]) if m["rdy"] else None,
            "",
            published,
            tense,
        )
        return span
    if published is None:
        return None
    shift = {"this": 0, "next": 1, "last": -1}[m["rdrel"].lower()]
    year, month = _add_months(published.year, published.month, shift)
    first, last = _safe_date(year, month, d1), _safe_date(year, month, d2)
    if first is None or last is None:
        return None
    return _span(first, last, "day", True)


def _resolve_month_words(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    """'Jan first', 'May twenty-first', 'May twenty one', 'Oct-2', 'October2'."""
    text = " ".join(m["mwday"].lower().replace("-", " ").split())
    day_number = int(text) if text.isdigit() else _WORD_DAYS.get(text)
    if not day_number:
        return None
    year = int(m["mwy"]) if m["mwy"] else None
    return _month_phrase(_month_number(m["mwmon"].capitalize()), day_number, None, None, year, "", published, tense)


def _resolve_month_day_numeric(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    """'on 4/22', 'by 22/04': month/day (or day/month) without a year, only after a preposition."""
    a, b = int(m["nd1"]), int(m["nd2"])
    month, day_number = (a, b) if a <= 12 else (b, a)
    if month > 12 or published is None:
        return None
    return _month_phrase(month, day_number, None, None, None, "", published, tense)


def _resolve_century(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    number = (
        int(re.match(r"\d+", m["cent"]).group())
        if m["cent"][0].isdigit()
        else {"nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21}.get(m["cent"].lower())
    )
    if not number:
        return None
    return _span(date((number - 1) * 100 + 1, 1, 1), date(number * 100, 12, 31), "century", False)


def _resolve_short_decade(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    """ "the '80s", "the 70s", "1990 s"."""
    digits = m["sd"]
    year = int(digits) if len(digits) == 4 else _full_year(digits, published) // 10 * 10
    return _span(date(year, 1, 1), date(year + 9, 12, 31), "decade", False)


def _resolve_apostrophe_year(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    year = _full_year(m["ay"], published)
    return _span(date(year, 1, 1), date(year, 12, 31), "year", False)


def _month_phrase(
    month: int,
    day1: int | None,
    day2: int | None,
    month2: int | None,
    year: int | None,
    part: str,
    published: date | None,
    tense: Tense,
) -> DateSpan | None:
    if year is None and published is None:
        return None
    relative = year is None
    if day1 is None:

        def bounds(y: int) -> tuple[date, date]:
            first, last = month_bounds(y, month)
            if part == "early":
                return first, first + timedelta(days=9)
            if part == "mid":
                return first + timedelta(days=9), first + timedelta(days=19)
            if part == "late":
                return first + timedelta(days=19), last
            # "the end of March" in halves, as "the end of this month" is read (16th to the end)
            if part == "end of":
                return first + timedelta(days=15), last
            if part in ("start of", "beginning of"):
                return first, first + timedelta(days=14)
            if part == "middle of":
                return first + timedelta(days=7), last - timedelta(days=7)
            return first, last

        if year is not None:
            start, end = bounds(year)
        else:
            assert published is not None  # checked above: no year, so a publication date
            start, end = _choose([bounds(published.year + k) for k in (-1, 0, 1)], published, tense)
        return _span(start, end, "month" if not part else "day", relative)

    def days(y: int) -> tuple[date, date] | None:
        first = _safe_date(y, month, day1)
        if first is None:
            return None
        last = first
        if day2 is not None:
            end_month = month2 or month
            end_year = y + (1 if end_month < month else 0)
            end_day = _safe_date(end_year, end_month, day2)
            if end_day is None or end_day < first:
                return None
            last = end_day
        return first, last

    if year is not None:
        got = days(year)
        if got is None:
            return None
        return _span(got[0], got[1], "day", relative)
    assert published is not None  # checked above: no year, so a publication date
    readings = [r for r in (days(published.year + k) for k in (-1, 0, 1)) if r is not None]
    if not readings:
        return None
    start, end = _choose(readings, published, tense)
    return _span(start, end, "day", relative)


_RANGE_MONTH = "|".join(m for m in sorted(MONTHS, key=len, reverse=True) if m not in ("Might",))


def _resolve_month_range(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    """'April-June', 'from January to March 2024', 'between April and June': a period of whole months (a
    quarter or half when it is one), not the date of an event."""
    if m["mrjoin"].lower() == "and" and not m["mrlead"]:
        return None  # "in April and June": two months, not a range
    first, last = _month_number(m["mr1"].capitalize()), _month_number(m["mr2"].capitalize())
    if first == last:
        return None

    def bounds(year: int) -> tuple[date, date]:
        end_year = year + (1 if last < first else 0)
        return month_bounds(year, first)[0], month_bounds(end_year, last)[1]

    if m["mry"]:
        year = int(m["mry"]) - (1 if last < first else 0)
        start, end = bounds(year)
    elif published is not None:
        start, end = _choose([bounds(published.year + k) for k in (-1, 0, 1)], published, tense)
    else:
        return None
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if months == 3 and start.month % 3 == 1:
        granularity = "quarter"
    elif months == 6 and start.month in (1, 7):
        granularity = "half"
    else:
        granularity = "months"
    return _span(start, end, granularity, not m["mry"])


def _resolve_month_first(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    month = _month_number(m["mon"])
    return _month_phrase(
        month,
        _day_number(m["d1"]) if m["d1"] else None,
        _day_number(m["d2"]) if m["d2"] else None,
        _month_number(m["mon2"]) if m["mon2"] else None,
        int(m["y"]) if m["y"] else None,
        " ".join((m["part"] or "").lower().split()).removeprefix("the "),
        published,
        tense,
    )


def _resolve_lower_month(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    """'february 4', 'april 2017', 'june of 1992': a lower-case month counts only next to a day or a year."""
    if not (m["d1"] or m["y"]):
        return None
    return _month_phrase(
        _month_number(m["mon"]),
        _day_number(m["d1"]) if m["d1"] else None,
        None,
        None,
        int(m["y"]) if m["y"] else None,
        "",
        published,
        tense,
    )


def _resolve_day_first(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    return _month_phrase(
        _month_number(m["mon"]),
        _day_number(m["d1"]),
        _day_number(m["d2"]) if m["d2"] else None,
        None,
        int(m["y"]) if m["y"] else None,
        "",
        published,
        tense,
    )


def _nth_weekday_of(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth (1-based; -1 = last) given weekday of a month."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = month_bounds(year, month)[1]
    return last - timedelta(days=(last.weekday() - weekday) % 7)


# holidays whose date a news story takes as known, by the year they fall in (US ones where countries differ in name
# only: Thanksgiving, Memorial Day, Labor Day, Martin Luther King Day; "Independence Day" differs by country: left out)
_HOLIDAYS: dict[str, Callable[[int], date]] = {
    "christmas": lambda y: date(y, 12, 25),
    "christmas day": lambda y: date(y, 12, 25),
    "christmas eve": lambda y: date(y, 12, 24),
    "boxing day": lambda y: date(y, 12, 26),
    "new year's day": lambda y: date(y, 1, 1),
    "new year's eve": lambda y: date(y, 12, 31),
    "valentine's day": lambda y: date(y, 2, 14),
    "st patrick's day": lambda y: date(y, 3, 17),
    "halloween": lambda y: date(y, 10, 31),
    "juneteenth": lambda y: date(y, 6, 19),
    "bastille day": lambda y: date(y, 7, 14),
    "armistice day": lambda y: date(y, 11, 11),
    "remembrance day": lambda y: date(y, 11, 11),
    "veterans day": lambda y: date(y, 11, 11),
    "international workers' day": lambda y: date(y, 5, 1),
    "may day": lambda y: date(y, 5, 1),
    "thanksgiving": lambda y: _nth_weekday_of(y, 11, 3, 4),
    "thanksgiving day": lambda y: _nth_weekday_of(y, 11, 3, 4),
    "memorial day": lambda y: _nth_weekday_of(y, 5, 0, -1),
    "labor day": lambda y: _nth_weekday_of(y, 9, 0, 1),
    "martin luther king day": lambda y: _nth_weekday_of(y, 1, 0, 3),
    "easter": lambda y: easter(y),
    "easter sunday": lambda y: easter(y),
    "easter monday": lambda y: easter(y) + timedelta(days=1),
    "good friday": lambda y: easter(y) - timedelta(days=2),
    "ash wednesday": lambda y: easter(y) - timedelta(days=46),
    "black friday": lambda y: _nth_weekday_of(y, 11, 3, 4) + timedelta(days=1),
    "cyber monday": lambda y: _nth_weekday_of(y, 11, 3, 4) + timedelta(days=4),
}


def _holiday_key(name: str) -> str:
    key = " ".join(name.lower().replace("’", "'").replace("st.", "st").replace("saint", "st").split())
    key = re.sub(r"\s+jr\.?(?=\s)", "", key).replace("workers day", "workers' day")
    key = key.replace("veterans' day", "veterans day")
    return re.sub(r"(year|valentine|patrick)s\b", r"\1's", key)


def _resolve_holiday(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    """'Christmas Day', 'on Thanksgiving', 'Good Friday 2024': the holiday's date in the stated year, else the
    next one after publication (future tense) or the reading _choose picks."""
    day_of = _HOLIDAYS.get(_holiday_key(m["hol"]))
    if day_of is None:
        return None
    if m["hy"]:
        day = day_of(int(m["hy"]))
        return _span(day, day, "day", False)
    if published is None:
        return None
    days = [day_of(published.year + k) for k in (-1, 0, 1)]
    # a holiday comes once a year: a future verb means the next one, however far; otherwise as for "May 16" (a
    # past reading more than half a year back gives way to the nearest: "-ed" words misread as past are common)
    if tense == "future":
        day = min(d for d in days if d >= published)
    else:
        day = _choose([(d, d) for d in days], published, tense)[0]
    return _span(day, day, "day", True)


def _resolve_weekday(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    if published is None:
        return None
    weekday = WEEKDAYS[m["wd"].capitalize()]
    modifier = (m["mod"] or "").lower()
    week = (m["wkrel"] or m["wkrel2"] or "").lower()
    if week:  # "next week on Friday", "Friday next week", "last week Sunday"
        shift = {"next": 1, "last": -1, "this": 0, "current": 0, "the": 1}[week.split()[0]]  # "the following"
        monday = week_bounds(published)[0] + timedelta(weeks=shift)
        day = monday + timedelta(days=weekday)
        return _span(day, day, "day", True)
    back = (published.weekday() - weekday) % 7
    forward = (weekday - published.weekday()) % 7
    past, future = published - timedelta(days=back), published + timedelta(days=forward)
    if modifier == "last":
        day = past - timedelta(days=7) if back == 0 else past
    elif modifier == "next":
        day = future + timedelta(days=7) if forward == 0 else future
    elif modifier == "this":
        day = week_bounds(published)[0] + timedelta(days=weekday)  # the one in the current Monday–Sunday week
    elif tense == "":
        day = past if back <= forward else future
    else:
        day = future if tense == "future" else past
    return _span(day, day, "day", True)


_RELATIVE_UNITS = {"week", "weekend", "month", "year", "quarter", "decade", "season"}


def _period(kind: str, published: date, shift: int) -> tuple[date, date, str]:
    if kind in ("week", "weekend"):
        start, end = week_bounds(published + timedelta(weeks=shift))
        if kind == "weekend":
            start = end - timedelta(days=1)
        return start, end, "week" if kind == "week" else "day"
    if kind == "month":
        y, mo = _add_months(published.year, published.month, shift)
        first, last = month_bounds(y, mo)
        return first, last, "month"
    if kind == "quarter":
        q = (published.month - 1) // 3
        y, mo = _add_months(published.year, q * 3 + 1, shift * 3)
        first = date(y, mo, 1)
        y2, mo2 = _add_months(y, mo, 2)
        return first, month_bounds(y2, mo2)[1], "quarter"
    if kind == "decade":
        start_year = published.year // 10 * 10 + 10 * shift
        return date(start_year, 1, 1), date(start_year + 9, 12, 31), "decade"
    year = published.year + shift
    return date(year, 1, 1), date(year, 12, 31), "year"


def _resolve_season(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    """'spring 2024' is that spring; a bare 'in the spring' is the one the verb's tense points to (the coming one
    for a future, the last one begun for a past), else the one under way or nearest to publication."""
    months = SEASONS[(m["season"] or m["season2"] or m["bseason"]).lower()]

    def bounds(year: int) -> tuple[date, date]:
        end_year = year + (1 if months[1] < months[0] else 0)
        return date(year, months[0], 1), month_bounds(end_year, months[1])[1]

    if m["sy"]:
        start, end = bounds(int(m["sy"]))
        return _span(start, end, "season", False)
    if published is None:
        return None
    seasons = [bounds(year) for year in (published.year - 1, published.year, published.year + 1)]
    if tense == "future":
        start, end = next(b for b in seasons if b[1] >= published)
    elif tense in ("past", "since"):
        start, end = [b for b in seasons if b[0] <= published][-1]
    else:
        start, end = min(
            seasons,
            key=lambda b: (
                0 if b[0] <= published <= b[1] else min(abs((b[0] - published).days), abs((b[1] - published).days))
            ),
        )
    return _span(start, end, "season", True)


def _resolve_relative(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    if published is None:
        return None
    mod = " ".join(m["rmod"].lower().split()).replace("final", "last").replace("subsequent", "next")
    mod = "last" if mod == "past" else mod.replace("current", "this")
    unit = m["runit"].lower().replace("yr", "year")  # "last yr" in headlines and spun copy
    if unit.startswith("12"):
        if not mod.endswith("this"):
            return (
                _span(published - timedelta(days=365), published, "day", True)
                if "last" in mod or "past" in mod
                else None
            )
        unit = "year"
    if unit in SEASONS:
        months = SEASONS[unit]
        shift = {"last": -1, "next": 1, "past": -1}.get(mod.split()[-1] if mod else "", 0)
        year = published.year + shift
        start = date(year, months[0], 1)
        end_year = year + (1 if months[1] < months[0] else 0)
        return _span(start, month_bounds(end_year, months[1])[1], "season", True)
    if mod in ("the past", "the last", "over the past", "in the past", "over the last", "in the last"):
        length = {"week": 7, "weekend": 3, "fortnight": 14, "month": 30, "year": 365, "quarter": 91, "decade": 3652}
        return _span(published - timedelta(days=length[unit]), published, "day", True)
    if unit == "fortnight":  # no calendar fortnight: the two weeks before or after publication
        if mod.endswith(("last", "previous")):
            return _span(published - timedelta(days=14), published, "day", True)
        if mod.endswith(("next", "coming", "following")):
            return _span(published, published + timedelta(days=14), "day", True)
        return None
    shift = 0
    if mod.endswith("last") or mod.endswith("previous") or mod in ("late last", "early last"):
        shift = -1
    elif mod.endswith("next") or mod.endswith("coming") or mod.endswith("following"):
        shift = 1
    start, end, granularity = _period(unit, published, shift)
    if mod.startswith("earlier"):  # before publication day ("earlier today" would name that day)
        end = max(start, min(end, published - timedelta(days=1)))
    elif mod.startswith("later"):
        start = max(start, published)
    return _span(start, end, granularity, True)


_FEW = 3  # "a few days ago": three days, the reading Recognizers-Text and dictionaries give "a few"
_FEW_RANGE = (2, 5)  # ... covering two to five of them
# the amounts said in words that are no number words ("a week ago", "a couple of weeks ago", "a few days ago")
_COUNTED_WORDS = {
    "a": 1,
    "an": 1,
    "a few": _FEW,
    "few": _FEW,
    "a couple": 2,
    "a couple of": 2,
    "couple": 2,
    "couple of": 2,
}


def _resolve_ago(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    if published is None:
        return None
    amount_text = " ".join(m["amount"].lower().split())
    few = amount_text.endswith("few")
    amount = (
        _COUNTED_WORDS.get(amount_text)
        or UNITS_WORDS.get(amount_text)
        or (int(amount_text) if amount_text.isdigit() else None)
    )
    if amount is None:
        return None
    unit = m["aunit"].lower().rstrip("s")
    direction = m["dir"].lower()
    if direction in ("earlier", "before", "later") and unit in ("day", "week", "fortnight", "month"):
        # "two days later", "a week earlier", "3.9% a month earlier": counted from an event or a period the story
        # tells (October's jobless rate against September's), not from publication ("a year earlier" is the year
        # before, whichever month the story reports)
        return None
    sign = -1 if direction in ("ago", "earlier", "before") or direction.endswith("past") else 1
    point = _counted_day(published, unit, sign * amount)
    if not few:
        return _counted_span(point, unit, point)
    # "a few weeks ago": from what two of them to what five of them would cover
    ends = [_counted_span(_counted_day(published, unit, sign * n), unit, point) for n in _FEW_RANGE]
    first, last = min(ends, key=lambda s: s.start), max(ends, key=lambda s: s.end)
    granularity = {"month": "months"}.get(first.granularity, first.granularity)
    return DateSpan(first.start, last.end, granularity, True, point)


def _counted_day(published: date, unit: str, amount: int) -> date:
    """The publication day moved by `amount` days, weeks, fortnights, months, years or decades."""
    if unit in ("day", "week", "fortnight"):
        return published + timedelta(days=amount * {"day": 1, "week": 7, "fortnight": 14}[unit])
    months = amount * {"month": 1, "year": 12, "decade": 120}[unit]
    y, mo = _add_months(published.year, published.month, months)
    return date(y, mo, min(published.day, calendar.monthrange(y, mo)[1]))


def _counted_span(day: date, unit: str, point: date) -> DateSpan:
    """What a counted phrase covers at its stated precision: a day; half a week (a week either side of a
    fortnight) around the day; the calendar month or year it falls in (figures are reported by month and year:
    "sales a year ago" are last year's)."""
    if unit == "day":
        return DateSpan(day, day, "day", True, point)
    if unit in ("week", "fortnight"):
        half = timedelta(days=3 if unit == "week" else 7)
        return DateSpan(day - half, day + half, "day", True, point)
    if unit == "month":
        first, last = month_bounds(day.year, day.month)
        return DateSpan(first, last, "month", True, point)
    return DateSpan(date(day.year, 1, 1), date(day.year, 12, 31), "year", True, point)


def _resolve_in_future(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    """'in 3 weeks' in a sentence about the future: that day (month, year) after publication."""
    return _resolve_ago(m, published, tense) if published is not None and tense == "future" else None


def _resolve_simple_day(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    if published is None:
        return None
    offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "tmrw": 1, "tmr": 1}[m["simple"].lower()]
    day = published + timedelta(days=offset)
    return _span(day, day, "day", True)


_ORDINAL_Q = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
    "last": 4,
}


def _quarter_span(year: int, quarter: int, relative: bool) -> DateSpan:
    first = date(year, quarter * 3 - 2, 1)
    return _span(first, month_bounds(year, quarter * 3)[1], "quarter", relative)


def _resolve_quarter(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    quarter = _ORDINAL_Q[m["q"].lower()] if m["q"] else int(m["qn"] or m["qn2"] or m["qn3"])
    year_text = m["qy"] or m["qy2"] or m["qy3"] or m["qy4"]
    if year_text:
        return _quarter_span(_full_year(year_text, published), quarter, False)  # "Q3 '99" is 1999, "3Q23" 2023
    if published is None:
        return None
    relation = m["qrel"] or m["qrel2"]  # "the first quarter of next year", "Q3 this year"
    if m["q"] and m["q"].lower() == "last" and not relation:
        # "profits rose last quarter": the quarter before publication's ("the last quarter of 2023" has its year)
        current = (published.month - 1) // 3 + 1
        return _quarter_span(published.year - (current == 1), (current - 2) % 4 + 1, True)
    shift = {"last": -1, "next": 1, "this": 0}.get((relation or "").lower(), 0)
    year = published.year + shift
    if not relation and tense == "past" and quarter * 3 - 2 > published.month:
        year -= 1
    return _quarter_span(year, quarter, True)


def _resolve_the_quarter(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    """'output rose in the quarter': the quarter a results story reports on — the last completed one when the
    verb is past, else the current one."""
    if published is None:
        return None
    quarter = (published.month - 1) // 3 + 1
    year = published.year
    if tense != "future":
        quarter -= 1
        if quarter == 0:
            quarter, year = 4, year - 1
    return _quarter_span(year, quarter, True)


def _resolve_months_of_year(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    """'the first nine months of 2023', 'the last three months of the year': the months from the year's start
    (or up to its end); the year of 'the year' is the one whose months a past verb can speak of."""
    count = int(m["fmn"]) if m["fmn"].isdigit() else UNITS_WORDS.get(m["fmn"].lower())
    if count is None or not 2 <= count <= 11:
        return None
    first = m["fmside"].lower() == "first"
    if m["fmy"]:
        year = int(m["fmy"])
    elif published is None:
        return None
    else:
        year = published.year + {"last": -1, "next": 1}.get(m["fmrel"].lower(), 0)
        if m["fmrel"].lower() in ("the", "this") and tense == "past" and (count if first else 12) > published.month:
            year -= 1  # "sales rose in the first nine months of the year", written in May: last year's
    start = date(year, 1, 1) if first else date(year, 13 - count, 1)
    end = month_bounds(year, count)[1] if first else date(year, 12, 31)
    return _span(start, end, "months", not m["fmy"])


def _resolve_half(m: _HalfMatch, published: date | None, tense: Tense) -> DateSpan | None:
    half = 1 if m["h"].lower() in ("first", "1") else 2
    if m["hy"]:
        year = _full_year(m["hy"], published)
    elif published is not None:
        year = published.year
    else:
        return None
    start = date(year, 1 if half == 1 else 7, 1)
    end = date(year, 6, 30) if half == 1 else date(year, 12, 31)
    return _span(start, end, "half", not m["hy"])


def _resolve_decade(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    start_year = int(m["dec"])
    part = (m["dpart"] or "").lower()
    if start_year % 100 == 0 and start_year < 2000:  # "the 1800s", "the early 1900s": a century, not its first decade
        first, last = start_year, start_year + 99
        if part:
            first, last = {"early": (first, first + 32), "mid": (first + 33, first + 66)}.get(part, (first + 67, last))
        return _span(date(first, 1, 1), date(last, 12, 31), "century" if not part else "decade", False)
    first, last = start_year, start_year + 9
    if part == "early":
        last = start_year + 3
    elif part == "mid":
        first, last = start_year + 3, start_year + 6
    elif part == "late":
        first = start_year + 6
    return _span(date(first, 1, 1), date(last, 12, 31), "decade" if not part else "year", False)


def _resolve_year_part(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    if m["fy"]:  # "FY23": the fiscal year, its calendar year as a stand-in
        year = _full_year(m["fy"], published)
        return _span(date(year, 1, 1), date(year, 12, 31), "year", False)
    year = int(m["yp"])
    part = m["ypart"].lower().replace("-", " ").strip()
    if part in ("early", "start of", "beginning of", "the start of", "the beginning of"):
        return _span(date(year, 1, 1), date(year, 6, 30), "month", False)
    if part in ("mid", "middle of", "the middle of"):
        return _span(date(year, 4, 1), date(year, 9, 30), "month", False)
    if part in ("late", "end of", "the end of"):
        return _span(date(year, 7, 1), date(year, 12, 31), "month", False)
    return _span(date(year, 1, 1), date(year, 12, 31), "year", False)  # fiscal/FY: calendar year as a stand-in


def _resolve_year_range(m: re.Match[str], published: date | None, tense: Tense) -> DateSpan | None:
    first = int(m["y1"] or m["by1"])
    second_text = m["y2"] or m["by2"]
    second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
    if not first < second <= first + 30:
        return None
    return _span(date(first, 1, 1), date(second, 12, 31), "year", False)


def _resolve_time(m: re.Match[str]) -> str | None:
    if m["noon"]:
        return "12:00" if m["noon"].lower() == "noon" else "00:00"
    hour = int(m["hh"] if m["hh"] is not None else m["h24"] if m["h24"] is not None else m["hw"])
    minute = int(m["mm"] or m["m24"] or m["mw"] or 0)
    meridiem = (m["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


# ---------------------------------------------------------------- the patterns, most specific first

_PATTERNS: list[tuple[re.Pattern[str], Callable[..., DateSpan | None] | None, str]] = [
    (
        re.compile(r"(?<![\w/-])(?P<y>" + _YEAR + r")-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\w/-])"),
        _resolve_iso,
        "iso",
    ),
    (
        re.compile(
            r"(?<![\w/.])(?P<m>[12]\d|3[01]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>" + _YEAR + r"|\d\d)(?![\w/])"
        ),
        _resolve_slash,
        "slash",
    ),
    (
        re.compile(
            r"(?<![\w/.-])(?:(?P<ym_y>" + _YEAR + r")[/-](?P<ym_m>0[1-9]|1[0-2]|[1-9])|(?P<my_m>0?[1-9]|1[0-2])[/-]"
            r"(?P<my_y>" + _YEAR + r"))(?![\w/]|-\d)"
        ),
        _resolve_year_month,
        "year-month",
    ),
    (
        # the same with spaces around its sign, as spun or badly spaced copy writes it ("2016 / 11", "11 - 2016"),
        # only where no word or number follows ("in 2016 - 11 people died" is a year and a count)
        re.compile(
            r"(?<![\w/.-])(?:(?P<ym_y>" + _YEAR + r")(?:[^\S\n]+[/-][^\S\n]*|[/-][^\S\n]+)(?P<ym_m>0[1-9]|1[0-2]|[1-9])"
            r"|(?P<my_m>0?[1-9]|1[0-2])(?:[^\S\n]+[/-][^\S\n]*|[/-][^\S\n]+)(?P<my_y>" + _YEAR + r"))"
            r"(?![^\S\n]*[\w(/%$€£-])"
        ),
        _resolve_spaced_year_month,
        "spaced-year-month",
    ),
    (
        re.compile(
            r"(?<![\w/.-])(?P<y>" + _YEAR + r")[/.-](?P<m>0?[1-9]|1[0-2])[/.-](?P<d>[12]\d|3[01]|0?[1-9])(?![\w/])"
        ),
        _resolve_iso,
        "ymd",
    ),
    (
        re.compile(
            r"(?<![\w/.])(?P<m>[12]\d|3[01]|0?[1-9])-(?P<d>[12]\d|3[01]|0?[1-9])-(?P<y>" + _YEAR + r")(?![\w/-])"
        ),
        _resolve_slash,
        "dmy-dash",
    ),
    (
        # a month's name between numbers, as data tables and tickers write dates: 2019-Sep-01, 05-Aug-2016, Dec-2018,
        # Sep-23-2020
        re.compile(
            r"(?<![\w/.-])(?:(?P<nmy>"
            + _YEAR
            + r")[-/](?P<nmm>"
            + _NUMERIC_MONTH
            + r")[-/](?P<nmd>[12]\d|3[01]|0?[1-9])"
            r"|(?P<nmd2>[12]\d|3[01]|0?[1-9])[-/](?P<nmm2>" + _NUMERIC_MONTH + r")[-/](?P<nmy2>" + _YEAR + r")"
            r"|(?P<nmm3>" + _NUMERIC_MONTH + r")[-/](?P<nmy3>" + _YEAR + r")"
            r"|(?P<nmm4>" + _NUMERIC_MONTH + r")-(?P<nmd4>[12]\d|3[01]|0?[1-9])-(?P<nmy4>" + _YEAR + r"))(?![\w/-])"
        ),
        _resolve_named_numeric,
        "named-numeric",
    ),
    (
        re.compile(
            # two-word names no other phrase shares are read in any case ("black friday"); "memorial day",
            # "labor day", "good friday" and single words ("thanksgiving") are holidays only capitalized
            r"(?<![\w-])(?P<hol>(?i:(?:christmas|new\s+year['’]?s)\s+(?:day|eve)|boxing\s+day|valentine['’]?s\s+day|"
            r"(?:st\.?|saint)\s+patrick['’]?s\s+day|easter\s+(?:sunday|monday)|ash\s+wednesday|"
            r"black\s+friday|cyber\s+monday)|Good\s+Friday|Halloween|Juneteenth|"
            r"Thanksgiving(?:\s+[Dd]ay)?|Memorial\s+Day|Labor\s+Day|"
            r"Armistice\s+Day|Remembrance\s+Day|Veterans['’]?\s+Day|Bastille\s+Day|"
            r"International\s+Workers['’]?\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|"
            r"(?:(?<=\b[oO]n\s)|(?<=\b[bB]y\s)|(?<=\b[aA]t\s)|(?<=[uU]ntil\s)|(?<=\b[tT]ill\s)|(?<=[sS]ince\s)|"
            r"(?<=[bB]efore\s)|(?<=\b[aA]fter\s))(?:Christmas|Easter|May\s+Day))\b(?!['’]s\s+[A-Z])"
            r"(?:,?\s+(?P<hy>" + _YEAR + r")\b)?"
        ),
        _resolve_holiday,
        "holiday",
    ),
    (
        re.compile(
            r"(?i:\b(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|last|final)\s+(?P<nwd>monday|tuesday|"
            r"wednesday|thursday|friday|saturday|sunday)\s+(?:of|in)\s+(?:(?:the\s+)?(?P<nrel>this|next|last|previous|"
            r"following)\s+month|"
            r"(?P<nmon>" + _MONTH_ALT.lower() + r")\.?(?:,?\s+(?P<nyear>" + _YEAR + r"))?)\b)"
        ),
        _resolve_nth_weekday,
        "nth-weekday",
    ),
    (
        # "the second Sunday" with no month: of the month of publication ("last Sunday" is the weekday pattern's)
        re.compile(
            r"(?i:\b(?:the\s+)?(?P<nth>first|second|third|fourth|fifth)\s+(?P<nwd>monday|tuesday|wednesday|thursday|"
            r"friday|saturday|sunday)\b(?!['’]s|\s+(?:of|in|after|before|since|following|night|morning|afternoon|"
            r"evening|service|mass|race|game|match|vote|round)\b)(?P<nrel>)(?P<nmon>)(?P<nyear>))"
        ),
        _resolve_nth_weekday,
        "nth-weekday-bare",
    ),
    (
        re.compile(
            r"(?i:\b(?:(?:from|between)\s+)?(?P<rd1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s*(?:to|-|–|till|until|"
            r"and|through)\s*(?P<rd2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:in\s+|of\s+)?(?:(?P<rdrel>this|"
            r"next|last)\s+month|(?P<rdmon>"
            + "|".join(m.lower() for m in MONTHS if m != "Might")
            + r")\b\.?(?:,?\s+(?P<rdy>"
            + _YEAR
            + r"))?)\b)"
        ),
        _resolve_day_range,
        "day-range",
    ),
    (
        # the first day's month is the second's: "from 4 to January 22, 1995", "between 02 and April 07"
        re.compile(
            r"(?i:\b(?:from|between)\s+(?P<rd1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s*(?:to|-|–|till|until|and|"
            r"through)\s*(?P<rdmon>"
            + "|".join(m.lower() for m in MONTHS if m != "Might")
            + r")\b\.?\s+(?P<rd2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?![.,]\d|\s*(?:%|percent))"
            r"(?:,?\s+(?P<rdy>" + _YEAR + r")\b(?![.,-]\d))?)"
        ),
        _resolve_day_range,
        "day-to-month-day",
    ),
    (
        re.compile(
            # "last March", "next Sept." (an abbreviation's dot, not a full stop); "March (of) last year"
            r"(?i:\b(?:(?P<rmrel>last|next|this)\s+(?P<rmon>"
            + "|".join(m.lower() for m in MONTHS if m not in ("May", "March", "Might", "Mar"))
            + r"|may|march)\b(?:(?:(?<=jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)|(?<=sept))\.)?|(?P<rmon2>"
            + "|".join(m.lower() for m in MONTHS if m != "Might")
            + r")\s+(?:of\s+)?(?P<rmyear>next\s+year|last\s+year|"
            r"this\s+year)\b))"
        ),
        None,
        "relative-month",
    ),
    (
        re.compile(
            # a lower-case month only by its full name, never "may", "march" or "august" ("it may first need")
            r"(?<![\w-])(?P<mwmon>"
            + "|".join(m for m in MONTHS if m != "Might")
            + "|"
            + "|".join(
                m for m in sorted(_FULL_MONTH_NAMES, key=len, reverse=True) if m not in ("may", "march", "august")
            )
            + r")"
            r"(?:\.?\s+|[-/]?)(?P<mwday>(?i:(?:twenty|thirty)[\s-]+(?:first|second|third|fourth|fifth|sixth|"
            r"seventh|eighth|ninth|one|two|three|four|five|six|seven|eight|nine)|first|second|third|fourth|fifth|"
            r"sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
            r"seventeenth|eighteenth|nineteenth|twentieth|thirtieth)|(?<=[-/])\d{1,2}|(?<=[a-z])\d{1,2})\b"
            # and its year, a comma spaced as glued copy does ("Dec31 , 1994")
            r"(?:[^\S\n]?,?[^\S\n]+(?P<mwy>" + _YEAR + r")\b(?![.,-]\d))?"
        ),
        _resolve_month_words,
        "month-words",
    ),
    (
        re.compile(
            r"(?:(?<=\bon\s)|(?<=\bby\s)|(?<=until\s)|(?<=\btill\s)|(?<=since\s)|(?<=\bfrom\s)|"
            # ("since 9/11", "after 9/11": the attacks, a name)
            # and a range's ("between 10/24 and 11/4", "from 10/1 to 11/7"); not a share ("from 1/3 to 1/2 of");
            # a full stop after it ends the sentence ("on 11/7.")
            r"(?<=before\s)|(?<=\bafter\s)|(?<=\bOn\s)|(?<=\bbetween\s)|(?<=/\d\sto\s)|(?<=/\d\d\sto\s)|"
            r"(?<=/\d\sand\s)|(?<=/\d\d\sand\s)|"
            # and a weekday's ("Friday, 5/17": the scan keeps it only after a weekday's name)
            r"(?<=[dD]ay\s)|(?<=[dD]ay,\s))\s*(?!9/11(?![\w/]|[.,]\d))(?P<nd1>[12]\d|3[01]|0?[1-9])/"
            r"(?P<nd2>[12]\d|3[01]|0?[1-9])(?![\w/]|[.,]\d|(?:\s+(?:and|to)\s+\d+/\d+)?\s+of\b)"
        ),
        _resolve_month_day_numeric,
        "month-day-numeric",
    ),
    (
        re.compile(
            r"(?<![\w'’])(?i:the\s+)?(?P<cent>\d{1,2}(?:st|nd|rd|th)|(?i:nineteenth|twentieth|twenty[- ]first))"
            r"[\s-]+(?i:century)\b"
        ),
        _resolve_century,
        "century",
    ),
    (
        re.compile(
            r"(?i:\b(?P<wk>first|second|third|fourth|last|final)\s+week\s+of\s+(?:(?P<wkyear>"
            + _YEAR
            + r")|(?P<wkmon>"
            + _MONTH_ALT.lower()
            + r"|"
            + _MONTH_ALT
            + r")\.?(?:,?\s+(?P<wkmy>"
            + _YEAR
            + r"))?)\b)"
        ),
        _resolve_week_of,
        "week-of",
    ),
    (
        re.compile(
            r"(?i:\b(?:the\s+)?(?P<wday>(?:twenty|thirty)[\s-]+(?:first|second|third|fourth|fifth|sixth|seventh|"
            r"eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
            r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)"
            r"\s+of\s+(?P<wmon>"
            # abbreviations too ("the second of Aug."), but "may" and "mar" only as the capitalized month
            + "|".join(sorted((m.lower() for m in MONTHS if m not in ("Might", "May", "Mar")), key=len, reverse=True))
            + r"|(?-i:May|Mar))(?:,?\s+(?P<wy>"
            + _YEAR
            + r"))?\b)"
        ),
        _resolve_word_day,
        "word-day",
    ),
    (
        re.compile(
            r"(?i:\b(?:the\s+)?(?P<fmside>first|last|final)\s+(?P<fmn>[2-9]|1[01]|" + _NUMBER_WORD_ALT + r")\s+"
            r"months\s+of\s+(?:(?P<fmy>" + _YEAR + r")|(?P<fmrel>the|this|last|next)\s+year)\b)"
        ),
        _resolve_months_of_year,
        "months-of-year",
    ),
    (
        re.compile(
            # "the past three weeks"; "over the next three years" stays a duration ("a buyback over the next three
            # years" is compared with "a three-year buyback"), as does "within 30 days"
            # ("built to last 121 years", "will last two weeks": the verb, a duration)
            r"(?i:\b(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bcan\s)(?<!\bshould\s)(?<!\bmust\s)"
            r"(?<!\bmight\s)(?<!\bnot\s)(?<!n't\s)(?P<sdir>past|last|previous)\s+(?P<sn>\d{1,3}|"
            + _NUMBER_WORD_ALT
            + r")\s+(?P<su>days|weeks|months|years|quarters|decades|fortnights)\b)"
        ),
        _resolve_span_of,
        "span-of",
    ),
    (
        re.compile(
            r"(?i:\b(?P<pod>this\s+(?:morning|afternoon|evening)|earlier\s+today|later\s+today|"
            r"the\s+day\s+after\s+(?:tomorrow|tmrw|tmr)|the\s+day\s+before\s+yesterday)\b)"
        ),
        _resolve_part_of_day,
        "part-of-day",
    ),
    (
        re.compile(
            # "the end of the" needs its period: "the end of the war", "the start of the day" are no dates
            r"(?i:\b(?:(?P<edge>(?:the\s+)?(?:end|start|beginning|middle|rest)\s+of\s+(?:the|this|next|last)|"
            # ("at the end of year", but not "at the end of year two" of a programme)
            r"(?:(?<=by\s)|(?<=at\s)|(?<=until\s)|(?<=before\s))(?:the\s+)?(?:end|start)\s+of"
            r"(?!\s+\w+\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)|"
            r"(?:early|late|mid)[\s-]+(?:this|next|last))\s+(?P<eunit>week|month|year|quarter)|"
            r"(?P<edge2>the\s+week\s+after\s+next|(?:the|this|last|next)\s+weekend|year\s+to\s+date))\b)"
        ),
        _resolve_period_edge,
        "period-edge",
    ),
    (
        re.compile(
            # (not the amount of "$ 12 December 27", as badly spaced copy writes "$12")
            r"(?<![\w$€£.,-])(?<![$€£]\s)(?P<d1>" + _DAY + r")(?:\s*(?:-|–)\s*(?P<d2>" + _DAY + r"))?"
            # "16. Nov. 2016" (a day with a dot, only before a month and a year); a day-month-year may be old
            r"(?:\.(?=\s+" + _MONTH + r"\.?,?\s+\d{4}\b))?\s+(?:of\s+)?"
            r"(?P<mon>" + _MONTH + r")\b\.?"
            r"(?:(?:,?\s+|\s+(?:of|in)\s+)(?P<y>" + _YEAR + r"|" + _OLD_YEAR + r")\b(?![.,-]\d))?"
        ),
        _resolve_day_first,
        "day-month",
    ),
    (
        re.compile(
            r"(?<![\w-])(?:(?P<mrlead>between|from|Between|From)\s+)?(?P<mr1>" + _RANGE_MONTH + r")\.?\s*"
            r"(?P<mrjoin>-|–|to|through|until|till|and)\s*(?P<mr2>" + _RANGE_MONTH + r")\b"
            r"(?:,?\s+(?P<mry>" + _YEAR + r")\b)?(?!\s+\d{1,2}(?:st|nd|rd|th)?\b|[-–]\d)"
        ),
        _resolve_month_range,
        "month-range",
    ),
    (
        # a year before its month, as spun or translated copy writes it: "in 2016 November", "2017 april",
        # "2016, nov"; a lower-case abbreviation, "May", "March", or a month after a comma only before a stop
        # ("In 2016, May became prime minister", "output in 2016 may rise" are a year); never before a day
        re.compile(
            r"(?<![\w$€£.,/-])(?P<yfy>"
            + _YEAR
            + r")(?:(?P<yfcomma>[^\S\n]*,)?[^\S\n]+)(?P<yfm>"
            + "|".join(m for m in sorted(MONTHS, key=len, reverse=True) if m != "Might")
            + r"|(?i:"
            + "|".join(m.lower() for m in sorted(MONTHS, key=len, reverse=True) if m != "Might")
            + r"))\b(?![-'’]|\.?\s*\d)"
        ),
        _resolve_year_first_month,
        "year-first-month",
    ),
    (
        re.compile(
            # after a hyphen only when a year ends there: "the June 2020-May 2021 period"
            r"(?:(?<![\w-])|(?<=\d\d\d\d-))(?:(?P<part>early|mid|late|Early|Mid|Late|(?:[Tt]he\s+)?(?:end|start|beginning|middle)\s+of)"
            r"[\s-]+)?(?P<mon>" + _MONTH + r")\b\.?"
            # ("for October, 1st.": a comma before the day only with its ordinal ending and a stop after it)
            r"(?:(?:\s+|,[^\S\n]+(?=\d\d?(?:st|nd|rd|th)[^\S\n]*(?:[.;!?)]|$)))(?P<d1>" + _DAY + r")\b"
            r"(?!\s*(?:%|percent|billion|million|bn|mn)|[.,]\d)"
            r"(?:\s*(?:-|–|to|through|and)\s*(?:(?P<mon2>" + _MONTH + r")\.?\s+)?(?P<d2>" + _DAY + r")\b(?![.,]\d))?)?"
            r"(?:\s?,?\s+(?:of\s+)?(?P<y>" + _YEAR + r")\b(?![.,-]\d|\s*(?:%|percent|people|billion|million)))?"
        ),
        _resolve_month_first,
        "month",
    ),
    (
        # "28 june 2020", "3 september": a lower-case month after a day (never "may" or "march")
        re.compile(
            r"(?<![\w$€£.,-])(?<![$€£]\s)(?P<d1>"
            + _DAY
            + r")(?:\s*(?:-|–)\s*(?P<d2>"
            + _DAY
            + r"))?\s+(?:of\s+)?(?P<mon>"
            + "|".join(m.lower() for m in MONTHS if m not in AMBIGUOUS_MONTHS and m.lower() in _FULL_MONTH_NAMES)
            + r")\b(?:(?:,?\s+|\s+(?:of|in)\s+)(?P<y>"
            + _YEAR
            + r")\b(?![.,-]\d))?"
        ),
        _resolve_day_first,
        "lower-day-month",
    ),
    (
        re.compile(
            r"(?<![\w-])(?P<mon>"
            + "|".join(m.lower() for m in MONTHS if m not in AMBIGUOUS_MONTHS)
            + r")\b\.?(?:\s+(?P<d1>"
            + _DAY
            + r")\b(?![.,]\d)(?P<mon2>)?(?P<d2>)?)?(?:,?\s+(?:of\s+)?(?P<y>"
            + _YEAR
            + r")\b(?![.,-]\d))?(?P<part>)"
        ),
        _resolve_lower_month,
        "lower-month",
    ),
    (
        re.compile(r"\b(?:in|for|during|over)\s+the\s+(?P<tq>quarter)\b(?!\s+(?:of|ended|ending|to)\b)", re.IGNORECASE),
        _resolve_the_quarter,
        "the-quarter",
    ),
    (
        re.compile(
            r"\b(?:(?:the|The)\s+)?(?P<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+quarter"
            # "the fourth quarter of 2006", "fourth-quarter 2006 GDP", "the first quarter of next year"
            r"(?:\s+(?:of\s+)?(?:(?P<qy>" + _YEAR + r")(?![.,-]?\d)|(?P<qrel>this|last|next)\s+year))?\b"
            r"|\bQ(?P<qn>[1-4])(?:[\s/-]?(?P<qy2>" + _YEAR + r"|'\d\d)|\s+(?P<qrel2>this|last|next)\s+year)?\b"
            r"|\b(?P<qy3>" + _YEAR + r")(?:\s*|-)Q(?P<qn2>[1-4])\b"
            r"|\b(?P<qn3>[1-4])Q\s?(?P<qy4>" + _YEAR + r"|\d\d)\b",  # the analysts' "3Q23", "4Q 2023"
            re.IGNORECASE,
        ),
        _resolve_quarter,
        "quarter",
    ),
    (
        re.compile(
            r"\b(?:the\s+)?(?P<h>first|second)\s+half\s+of\s+(?:(?P<hy>" + _YEAR + r")|the\s+year|this\s+year)\b"
            r"|\bH(?P<hn>[12])\s*(?P<hy2>" + _YEAR + r")\b|\b(?P<hy3>" + _YEAR + r")(?:\s*|-)H(?P<hn2>[12])\b"
            r"|\b(?P<hn3>[12])H\s?(?P<hy4>" + _YEAR + r"|\d\d)\b",  # "1H24", "2H 2023"
            re.IGNORECASE,
        ),
        None,
        "half",
    ),
    (
        re.compile(
            r"(?<![\w'])(?:the\s+)?(?:(?P<dpart>early|mid|late)[\s-]+)?(?P<dec>1[89]\d0|20\d0)['’]?s\b", re.IGNORECASE
        ),
        _resolve_decade,
        "decade",
    ),
    (
        re.compile(
            r"(?i:(?<![\w])(?:the\s+)?(?:['’](?P<sd>\d0)s|(?<=the\s)(?P<sd2>[2-9]0)s|(?P<sd3>1[89]\d0|20\d0)\s+s"
            # the second of two decades: "the 70s and 80s", "the 1970s and 80s", "the 60s-70s"
            r"|(?:(?<=0s\sand\s)|(?<=0s\sor\s)|(?<=0s\sto\s)|(?<=0s-)|(?<=0s–))(?P<sd4>[2-9]0)s)\b)"
        ),
        None,
        "short-decade",
    ),
    (
        re.compile(r"(?i:\b(?:since|in|of|from|until|by|class\s+of)\s+)(?P<ay>['’]\d\d)\b(?!s)"),
        _resolve_apostrophe_year,
        "apostrophe-year",
    ),
    (
        re.compile(
            r"(?i:(?<![\w])(?:on\s+)?(?:(?P<ddwd>" + _WEEKDAY_ALT.lower() + r")\s+)?"
            r"(?:the\s+)?(?P<dd>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\s+of\s+(?:(?P<ddrel>this|next|last)|the)"
            r"\s+month\b"
            # after a weekday, a clause may go on ("ended on Friday the 13th after six weeks")
            r"|(?<![\w])(?:on\s+)?(?P<ddwd3>" + _WEEKDAY_ALT.lower() + r"),?\s+"
            r"the\s+(?P<dd3>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?=\s*(?:[,.;)]|$)|\s+" + _AFTER_A_DAY + r")"
            r"|(?<![\w])(?:on\s+)?(?:(?P<ddwd2>" + _WEEKDAY_ALT.lower() + r")\s+)?"
            r"the\s+(?P<dd2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?=\s*(?:[,.;)]|$)))"
        ),
        _resolve_day_only,
        "day-only",
    ),
    (
        re.compile(
            r"(?i:(?<![\w])(?:on\s+)?(?P<wddwd>" + _WEEKDAY_ALT.lower() + r"),?\s+"
            r"the\s+(?P<wdd>"
            + "|".join(w.replace(" ", r"[\s-]+") for w in sorted(_WORD_DAYS, key=len, reverse=True))
            + r")\b(?=\s*(?:[,.;)]|$)|\s+"
            + _AFTER_A_DAY
            + r"))"
        ),
        _resolve_weekday_word_day,
        "weekday-word-day",
    ),
    (
        re.compile(
            r"(?<![\w-])(?P<ypart>early|mid|late|Early|Mid|Late|end of|the end of|start of|the start of|"
            r"beginning of|the beginning of|middle of|the middle of|fiscal|Fiscal|FY)[\s-]*(?P<yp>"
            + _YEAR
            + r")\b(?![.,]\d)|(?<![\w-])FY\s?['’]?(?P<fy>\d\d)\b(?![.,]\d)"
        ),
        _resolve_year_part,
        "year-part",
    ),
    (
        re.compile(
            r"(?<![\w$€£.,-])(?:(?P<ylead>between)\s+(?P<by1>" + _YEAR + r")\s+and\s+(?P<by2>" + _YEAR + r")|"
            r"(?P<y1>" + _YEAR + r")\s*(?:-|–|~|to|/|through|thru|till|until)\s*(?P<y2>" + _YEAR + r"|\d\d))\b"
            r"(?![.,/-]?\d|\s+(?:people|persons|men|women|children|troops|soldiers|workers|jobs|homes|houses|"
            r"cars|vehicles|tonnes|tons|barrels|units|votes|cases|deaths|residents|students|members|euros|"
            r"dollars|pounds|yuan|roubles|rubles)\b)",
            re.IGNORECASE,
        ),
        _resolve_year_range,
        "year-range",
    ),
    (
        re.compile(
            r"\b(?P<simple>yesterday|today|tonight|tomorrow|Yesterday|Today|Tonight|Tomorrow|tmrw|tmr)\b"
            r"(?!['’]s\s+[A-Z])"
        ),
        _resolve_simple_day,
        "simple",
    ),
    (
        re.compile(
            r"(?<![\w-])(?:(?P<wkrel>(?i:next|last|this|current)\s+week)\s+(?:on\s+)?)?"
            r"(?:(?P<mod>last|next|this|Last|Next|This)\s+)?"
            # a named day is an event, not the weekday near publication: "Black Monday", "Super Tuesday"
            r"(?<!(?i:black)\s)(?<!(?i:cyber)\s)(?<!(?i:super)\s)(?<!(?i:bloody)\s)(?<!(?i:holy)\s)(?<!(?i:ash)\s)"
            r"(?<!(?i:maundy)\s)(?<!Good\s)(?<!(?i:easter)\s)(?P<wd>"
            + _WEEKDAY_ALT
            + r"|"
            + _WEEKDAY_ALT.lower()
            + r")\b(?!s\b|['’]s?\s+[A-Z])(?:\s+(?:of\s+)?(?P<wkrel2>(?i:next|last|this|the\s+following)\s+week)\b)?"
            r"(?:\s+(?:morning|afternoon|evening|night))?"
        ),
        _resolve_weekday,
        "weekday",
    ),
    (
        re.compile(
            r"(?<![\w-])(?P<rmod>(?:(?:earlier|later|late|early)\s+(?:in\s+)?)?(?:last|next|this|previous|current|"
            r"coming|following|final|subsequent)|(?<!the\s)past(?=\s+quarter)|over\s+the\s+(?:past|last)|in\s+the\s+(?:past|last)|the\s+(?:past|last|previous|"
            r"coming|following)|earlier\s+in\s+the|later\s+in\s+the)\s+(?P<runit>week|weekend|fortnight|month|year|yr|"
            r"quarter|decade|spring|summer|autumn|fall|winter|12\s+months)\b",
            re.IGNORECASE,
        ),
        _resolve_relative,
        "relative",
    ),
    (
        # "spring 2024", "the autumn of 2023"; a bare season after a preposition ("in the spring", "by autumn"):
        # never "Arab Spring" or the verb "fall"
        re.compile(
            # ("fall" only as "the fall 2000": "could fall 2000 points" is a verb)
            r"(?i:(?<![\w-])(?:(?:the\s+(?P<season>spring|summer|autumn|fall|winter)|(?P<season2>spring|summer|"
            r"autumn|winter))\s+(?:of\s+)?(?P<sy>"
            + _YEAR
            + r")(?![\d,.]\d|\s+points?\b)|(?:"
            + "|".join(
                rf"(?<=\b{p}\s)"
                for p in ("in", "by", "during", "until", "till", "over", "through", "before", "after", "since")
            )
            + r")(?:the\s+)?(?P<bseason>spring|summer|autumn|winter)\b"
            r"(?!(?<=(?-i:[A-Z][a-z]{5})),\s+(?-i:[A-Z]))"  # not "in Spring, Texas"
            # ... and not an adjective ("in summer heat", "the spring of nineteen seventy")
            r"(?=\s*(?:[.,;:!?)\"”’']|$)|\s+(?:and|or|when|as|to|for|after|before|with|the|a|an|it|is|was|will|"
            r"would|in|on|at|by|that|this|next|last|months?|season)\b)))"
        ),
        _resolve_season,
        "season",
    ),
    (
        re.compile(
            r"(?<![\w-])(?P<amount>(?:a\s+)?few|(?:a\s+)?couple(?:\s+of)?|a|an|\d{1,3}|" + _NUMBER_WORD_ALT + r")"
            r"\s+(?P<aunit>days?|weeks?|fortnights?|"
            # "12 months in the past": a machine-spun "a year ago"
            r"months?|years?|decades?)\s+(?P<dir>ago|earlier|before|later|from\s+now|in\s+the\s+past)\b",
            re.IGNORECASE,
        ),
        _resolve_ago,
        "ago",
    ),
    (
        # "will leave in 3 weeks", "the plant opens in two years' time": a date only in a sentence about the
        # future ("built in 3 weeks" is a duration)
        re.compile(
            r"(?<![\w-])in\s+(?P<amount>a\s+few|a\s+couple(?:\s+of)?|a|an|\d{1,3}|" + _NUMBER_WORD_ALT + r")"
            r"\s+(?P<aunit>days?|weeks?|fortnights?|"
            r"months?|years?)(?:['’]s?\s+time)?(?P<dir>)\b(?!\s+(?:of|from|after|before|since|to|in\s+a\s+row)\b)",
            re.IGNORECASE,
        ),
        _resolve_in_future,
        "in-offset",
    ),
]
_ZONES = "GMT|UTC|BST|CET|EDT|EST|ET|PT|PDT"
_TIME = re.compile(
    # (seconds are read with a meridiem, a time zone or "at" before: "11:47:03 p.m.", "14:05:10 GMT", "at 14:05:10";
    # a bare "2:03:37" is an elapsed time, read by the figure scanner)
    r"(?<![\w:.,$])(?:(?P<hh>1[0-2]|0?[1-9])(?:[:.](?P<mm>[0-5]\d)(?::[0-5]\d)?)?\s?"
    r"(?P<ampm>[ap]\.\s?m\.|[ap]m\b|[AP]\.?M\.?(?![A-Za-z]))"
    rf"|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)"
    rf"(?::[0-5]\d(?:(?=\s*(?:{_ZONES}|local time))|(?<=\bat \d\d:\d\d:\d\d)|(?<=\bat \d:\d\d:\d\d)))?(?![\d:])"
    rf"(?:\s*(?:{_ZONES}|local time))?"
    # the wires' 24-hour clock without a colon, only with its time zone: "at 0800 GMT", "by 1430 UTC"
    rf"|(?P<hw>[01]\d|2[0-3])(?P<mw>[0-5]\d)\s?(?:{_ZONES})\b"
    r"|(?P<noon>noon|midnight)\b)"
)
# noon and midnight away from any digit, after the words that make them a time of day ("took effect at midnight")
_NOON = re.compile(
    r"(?:(?<=\bat\s)|(?<=\bby\s)|(?<=until\s)|(?<=before\s)|(?<=after\s)|(?<=\bpast\s)|(?<=around\s)|(?<=\btill\s))"
    r"(?P<noon>noon|midnight)\b"
)


# substrings (of the lower-cased text) without one of which a pattern cannot match, or a regex one of whose
# matches it must hold: rare forms cost nothing
_NEEDS: dict[str, tuple[str, ...] | re.Pattern[str]] = {
    "months-of-year": ("months of",),
    "iso": ("-",),
    "slash": ("/",),
    "year-month": ("-", "/"),
    "spaced-year-month": (" -", "- ", " /", "/ "),
    # (ymd, day-range) a regex gate where "-", "/" or "." would let nearly every window through (its search over
    # the windows' text costs less than the pattern's over each window)
    "ymd": re.compile(r"\d[/.-]\d\d?[/.-]\d"),
    "dmy-dash": ("-",),
    "named-numeric": ("-", "/"),
    "nth-weekday": ("day of", "day in"),
    "day-range": re.compile(r"\d(?:st|nd|rd|th)? ?(?:to|-|–|till|until|and|through) ?\d"),
    "day-to-month-day": ("from ", "between "),
    "year-first-month": re.compile(r"(?:1[89]|2[01])\d\d ?,? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"),
    "relative-month": ("last ", "next ", "this ", " next year", " last year", " this year"),
    "month-words": (
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "teenth",
        "tieth",
        "-",
        "/",
        *(m.lower() for m in MONTHS),
    ),
    "month-day-numeric": ("/",),
    "century": ("century",),
    "week-of": ("week of",),
    "word-day": (" of ",),
    "span-of": ("past ", "last ", "previous "),
    "part-of-day": ("morning", "afternoon", "evening", "today", "day after", "day before"),
    "period-edge": (
        "end of",
        "start of",
        "beginning of",
        "middle of",
        "rest of",
        "early",
        "late",
        "mid",
        "weekend",
        "to date",
        "week after next",
    ),
    "the-quarter": ("the quarter",),
    "quarter": ("quarter", "q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q"),
    "half": ("half", "h1", "h2", "1h", "2h"),
    "decade": ("0s", "0's", "0’s"),
    "short-decade": ("0s", "0's", "0’s", "0 s"),
    "apostrophe-year": ("'", "’"),
    "day-only": re.compile(r"\d(?:st|nd|rd|th)"),  # any digit: "1٥th" is read too
    "weekday-word-day": ("day the ", "day, the "),
    "season": ("spring", "summer", "autumn", "fall", "winter"),
    # a word of each holiday's name, " day" for the many that end with it ("Veterans Day", "St. Patrick's Day")
    "holiday": (
        *("christmas", "new year", " day", "easter", "friday", "monday", "wednesday", "halloween", "juneteenth"),
        "thanksgiving",
    ),
    "year-part": ("early", "mid", "late", "end of", "start of", "beginning of", "middle of", "fiscal", "fy"),
    "month-range": ("-", "–", " to ", "through", "until", "till", " and "),
    # a year and a joiner ("to" glued too: "2019to2021"), or "between" and a year; opening with one class (see
    # checker.text on _BOUNDARY)
    "year-range": re.compile(r"[12b](?:(?<=[12])[0189]\d\d ?(?:-|–|~|to|/|th|un|ti)|(?<=b)etween [12])"),
    "ago": ("ago", "earlier", "before", "later", "from now", "in the past"),
    "in-offset": ("in a ", "in an ", *(f"in {n}" for n in "123456789"), *(f"in {w} " for w in UNITS_WORDS)),
    "relative": (
        "last ",
        "next ",
        "this ",
        "previous ",
        "current ",
        "coming ",
        "following ",
        "past ",
        "final ",
        "subsequent ",
        "earlier in the",
        "later in the",
    ),
    "simple": ("yesterday", "today", "tonight", "tomorrow", "tmr"),
}
_MONTH_WORDS = frozenset({w.lower() for w in MONTHS})
_WEEKDAY_WORDS = frozenset({w.lower() for w in WEEKDAYS} | {w.lower() + "s" for w in WEEKDAYS})
_RELATIVE_WORDS = frozenset(
    {
        "yesterday",
        "today",
        "tonight",
        "tomorrow",
        "week",
        "weekend",
        "month",
        "months",
        "year",
        "years",
        "yr",
        "quarter",
        "quarters",
        "decade",
        "decades",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "day",
        "days",
        "weeks",
        "ago",
        "half",
        "noon",
        "midnight",
        "fiscal",
        "morning",
        "afternoon",
        "evening",
        "end",
        "start",
        "beginning",
        "middle",
        "rest",
        "far",
        "century",
        "fortnight",
        "fortnights",
        "tmrw",
        "tmr",
        "fy",
        "q",
        "h",
    }
)  # the letters of Q3 and H1 ("2016H2" scans as "h")
# anchor classes: the words (and, for "digit", the digit runs) a pattern of that class can start its window from
_ANCHOR_CLASSES: dict[str, frozenset[str]] = {
    "digit": frozenset(),
    "month": _MONTH_WORDS,
    "weekday": _WEEKDAY_WORDS,
    "word": _RELATIVE_WORDS | _MONTH_WORDS,
    "holiday": frozenset(
        {
            "christmas",
            "year",
            "boxing",
            "valentine",
            "patrick",
            "halloween",
            "juneteenth",
            "thanksgiving",
            "good",
            "easter",
            "memorial",
            "labor",
            "armistice",
            "remembrance",
            "veterans",
            "bastille",
            "workers",
            "king",
            "may",
            "ash",
            "black",
            "cyber",
        }
    ),
}
_PATTERN_CLASS: dict[str, str] = {
    "iso": "digit",
    "slash": "digit",
    "year-month": "digit",
    "spaced-year-month": "digit",
    "ymd": "digit",
    "dmy-dash": "digit",
    "named-numeric": "digit",
    "day-range": "digit",
    "day-to-month-day": "digit",
    "year-first-month": "digit",
    "month-day-numeric": "digit",
    "decade": "digit",
    "short-decade": "digit",
    "apostrophe-year": "digit",
    "day-only": "digit",
    "weekday-word-day": "weekday",
    "year-part": "digit",
    "year-range": "digit",
    "month": "month",
    "month-range": "month",
    "day-month": "month",
    "lower-day-month": "month",
    "lower-month": "month",
    "month-words": "month",
    "word-day": "month",
    "relative-month": "month",
    "week-of": "word",
    "holiday": "holiday",
    "nth-weekday": "weekday",
    "nth-weekday-bare": "weekday",
    "weekday": "weekday",
}
# the anchor classes each word starts windows for
_WORD_CLASSES: dict[str, tuple[str, ...]] = {
    w: tuple(cls for cls, vocabulary in _ANCHOR_CLASSES.items() if w in vocabulary)
    for w in frozenset().union(*_ANCHOR_CLASSES.values())
}


# gates with up to this many substrings test each with `in` (a C scan each); longer lists search their alternation
_IN_TESTS_MAX = 12


def _gate(needs: tuple[str, ...] | re.Pattern[str]) -> Callable[[str], object]:
    """A test that a window's text, its whitespace runs written as one space (`one_space`), holds one of the
    substrings: plain `in` tests for a few (a regex call costs ten times more than one, and the gates run some
    hundred times per article), else a search for their alternation. A space in a substring stands for any run of
    whitespace in the article, as the patterns' \\s+ does."""
    if isinstance(needs, re.Pattern):
        return needs.search
    if len(needs) == 1:
        (one,) = needs
        return lambda text: one in text
    if len(needs) == 2:
        one, two = needs
        return lambda text: one in text or two in text
    if len(needs) <= _IN_TESTS_MAX:
        return lambda text: any(need in text for need in needs)
    return re.compile("|".join(re.escape(n) for n in needs)).search


def one_space(text: str) -> str:
    """`text` with each run of whitespace written as one space: a substring with single spaces is in it exactly
    when the substring, its spaces read as \\s+, matches in `text` (what the gates test)."""
    squashed = " ".join(text.split())
    if text[:1].isspace():
        squashed = " " + squashed
    if text[-1:].isspace() and squashed != " ":
        squashed += " "
    return squashed


# each pattern in order, with its anchor class and the substrings one of which its match must contain
_SCAN_PLAN: list[
    tuple[re.Pattern[str], Callable[..., DateSpan | None] | None, str, str, Callable[[str], object] | None]
] = [
    (
        pattern,
        resolver,
        name,
        _PATTERN_CLASS.get(name, "word"),
        _gate(_NEEDS[name]) if name in _NEEDS else None,
    )
    for pattern, resolver, name in _PATTERNS
]


@functools.lru_cache(maxsize=32)
def _plan_for(classes: frozenset[str]) -> tuple[tuple, ...]:
    """_SCAN_PLAN without the patterns whose anchor class has no window in this text (order kept)."""
    return tuple(step for step in _SCAN_PLAN if step[3] in classes)


def _month_has_cue(m: re.Match[str], text: str) -> bool:
    """An ambiguous month word ("May", "March") is a date only with a day, a year, or a cue before it."""
    token = m["mon"].rstrip(".")
    if token not in AMBIGUOUS_MONTHS:
        return True
    if token == "Might":
        # spun copies: "in Might", "Might 16"; otherwise the verb
        return bool(m["d1"] or m["y"]) or bool(
            re.search(
                r"\b(?:in|since|early|late|mid|until|by)[\s-]+$", text[max(0, m.start("mon") - 12) : m.start("mon")]
            )
        )
    if m["d1"] or m["y"] or m["part"]:
        return True
    before = text[max(0, m.start("mon") - 20) : m.start("mon")]
    return bool(_CUE_BEFORE.search(before))


# a clock time has a colon, am/pm or noon/midnight in it: windows without one of these are not searched
_TIME_NEEDS = re.compile(rf":|[ap]\.?\s?m|noon|midnight|\d{{4}}\s?(?:{_ZONES.lower()})")


def scan_dates(
    text: str,
    published: date | None,
    sentence_at: Callable[[int], Sentence],
    digits: list[tuple[int, int]] | None = None,
    words: list[tuple[int, int, str]] | None = None,
    doc: str = "",
    lower: str | None = None,
) -> list[Mention]:
    """Every date and time in `text`, resolved against `published` (None leaves relative ones unresolved);
    `lower` is lower_in_place(text) when the caller has it."""
    taken: list[tuple[int, int]] = []
    hits: list[_Hit] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    digits = digits if digits is not None else digit_spans(text)
    lower = lower if lower is not None else lower_in_place(text)  # "İstanbul" must not shift later windows' offsets
    words = words if words is not None else words_of(text, lower)
    # each pattern looks only around the anchors it can start from: digits, month names, weekdays, other words
    # (only the classes with an anchor in this text get windows: short texts have one or two)
    anchors: dict[str, list[tuple[int, int]]] = {}
    for s, e, w in words:
        classes = _WORD_CLASSES.get(w)
        if classes is not None:
            for cls in classes:
                anchors.setdefault(cls, []).append((s, e))
    if digits:
        anchors["digit"] = sorted([*digits, *anchors.get("digit", ())])
    windows_by_class = {cls: merge_windows(text, spans, 28, 32) for cls, spans in anchors.items()}
    texts_by_class = {cls: [one_space(lower[a:b]) for a, b in windows] for cls, windows in windows_by_class.items()}
    joined_by_class = {cls: "\0".join(texts) for cls, texts in texts_by_class.items()}
    present = frozenset(windows_by_class)
    for pattern, resolver, name, cls, needs in _plan_for(present):
        windows = windows_by_class[cls]
        if needs is None:
            where = windows
        else:  # a cheap look at the windows' text rules the pattern out where it cannot match
            if not needs(joined_by_class[cls]):
                continue
            where = (
                windows
                if len(windows) == 1
                else [w for w, low in zip(windows, texts_by_class[cls], strict=True) if needs(low)]
            )
        for m in (m for a, b in where for m in pattern.finditer(text, a, b)):
            start, end = m.span()
            if not free(start, end):
                continue
            if name == "month" and not _month_has_cue(m, text):
                continue
            if name == "relative-month" and m["rmon"] in ("may", "march"):
                continue  # "this may be", "the last march": the modal and the noun (the months are "May", "March")
            if (
                name == "month"
                and m["mon"].rstrip(".") in AMBIGUOUS_MONTHS
                and not (m["d1"] or m["y"])
                and text[m.start("mon")].islower()
            ):
                continue
            if (
                name == "day-month"
                and m["mon"].rstrip(".") == "Might"
                and not m["y"]
                and not _DAY_CUE_BEFORE.search(text, max(0, start - 8), start)
            ):
                continue  # "on 16 Might", "16 Might 2024" are a spun copy's dates; "some 16 Might ..." need not be
            if (
                name == "month-day-numeric"
                and text[start - 1 : start] in (" ", ",")
                and text[max(0, start - 5) : start].lower().rstrip(" ,").endswith("day")
                and not _WEEKDAY_BEFORE.search(text, max(0, start - 12), start)
            ):
                continue  # "Friday 5/17" is a day; "one day 5/17 ..." is not
            if (
                name == "short-decade"
                and m["sd4"]
                and not any(
                    h.pattern in ("decade", "short-decade") and text[h.end : start] in _DECADE_JOINS for h in hits
                )
            ):
                continue  # "ran 50s and 60s": the second of two decades only after a decade
            tense: Tense
            if _SINCE_BEFORE.search(text, max(0, start - 12), start):
                tense = "since"
            elif published is None:
                tense = ""
            else:  # read only if the resolver asks (a date with its year never does)
                sentence = sentence_at(start)
                tense = _LazyTense(sentence.text, start - sentence.start)
            try:
                if name == "half":
                    span = _resolve_half(_HalfMatch(m), published, tense)
                elif name == "relative-month":
                    span = _resolve_relative_month(_RelMonthMatch(m), published, tense)
                elif name == "short-decade":
                    written = m["sd"] or m["sd2"] or m["sd3"] or m["sd4"]
                    year = int(written) if len(written) == 4 else _full_year(written, published) // 10 * 10
                    span = _span(date(year, 1, 1), date(year + 9, 12, 31), "decade", False)
                else:
                    span = resolver(m, published, tense) if resolver else None
            except (ValueError, OverflowError):
                span = None  # resolves outside the calendar (published 9999-12-31 and "next year")
            relative = (
                name
                in (
                    "weekday",
                    "relative",
                    "nth-weekday-bare",
                    "ago",
                    "simple",
                    "span-of",
                    "part-of-day",
                    "period-edge",
                    "the-quarter",
                    "day-only",
                    "weekday-word-day",
                    "relative-month",
                    "month-day-numeric",
                )
                or (name == "month-words" and not m["mwy"])
                or (name in ("month", "day-month", "lower-day-month") and not m["y"])
                or (name == "month-range" and not m["mry"])
                or (name == "months-of-year" and not m["fmy"])
                or (name == "quarter" and not (m["qy"] or m["qy2"] or m["qy3"] or m["qy4"]))
                or (name == "season" and not m["sy"])
                or (name == "holiday" and not m["hy"])
                or name == "in-offset"
            )
            if name == "in-offset" and span is None:
                continue  # not about the future: a duration ("built in 3 weeks"), read as a figure
            if span is None and not (relative and published is None):
                continue  # an impossible date ("February 30"): not a date mention
            if (
                text[end - 1] == "."
                and name in ("month", "day-month", "lower-day-month", "lower-month")
                and (
                    m["y"]
                    or (
                        m["mon"] and ((m["mon"] in MONTHS and len(m["mon"]) > 4) or m["mon"] in ("May", "June", "July"))
                    )
                )
                and text[end - 2 : end - 1].isalpha()
            ):
                end -= 1  # the sentence's full stop after "in August.", not an abbreviation's
            taken.append((start, end))
            hits.append(_Hit(start, end, Kind.DATE, span, relative, pattern=name))
    time_windows = [
        w
        for w, low in zip(windows_by_class.get("digit", ()), texts_by_class.get("digit", ()), strict=True)
        if _TIME_NEEDS.search(low)
    ]
    noon_windows = [
        w
        for w, low in zip(windows_by_class.get("word", ()), texts_by_class.get("word", ()), strict=True)
        if "noon" in low or "midn" in low
    ]
    for m in (
        *(m for a, b in time_windows for m in _TIME.finditer(text, a, b)),
        *(m for a, b in noon_windows for m in _NOON.finditer(text, a, b)),
    ):
        start, end = m.span()
        if not free(start, end):
            continue
        value = _resolve_time(m)
        if value is None:
            continue
        taken.append((start, end))
        hits.append(_Hit(start, end, Kind.TIME, None, False, value))
    hits.sort(key=lambda h: h.start)
    hits = _merge_date_ranges(text, _days_of_named_week(text, _weeks_of(text, _absorb_weekdays(text, hits))))
    if published is not None and "now" in lower:
        hits = _now_ranges(text, hits, published)
    return [
        Mention(
            doc=doc,
            start=h.start,
            end=h.end,
            text=text[h.start : h.end],
            kind=h.kind,
            number_text=text[h.start : h.end],
            date=h.span,
            time_text=h.time_text,
            unresolved=h.kind == Kind.DATE and h.span is None,
            dimension="time-of-day" if h.kind == Kind.TIME else "date",
            qualifier="",
        )
        for h in hits
    ]


# a weekday's name, whole or cut short as listings do ("Wed.", "Thurs"), which may stand before a range's dates
_WEEKDAY_WORD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?"
# "May 6 to May 10", "Monday, May 6, to Friday, May 10", "Wed., May 8 to Sat., May 11"
_DATE_JOIN = re.compile(
    rf",?\s*(?P<j>-|–|—|to|through|thru|till|until|and)(?:\s+the|\s+(?:{_WEEKDAY_WORD}),?)?\s*", re.IGNORECASE
)
_DATE_LEAD = re.compile(rf"(?:\b(?:from|between)\s+(?:(?:{_WEEKDAY_WORD}),?\s+)?)$", re.IGNORECASE)


# a weekday's name just before a slashed day ("Friday 5/17", "Friday, 5/17")
_WEEKDAY_BEFORE = re.compile(r"\b(?i:mon|tues|wednes|thurs|fri|satur|sun)day,?\s$")
_WEEKDAY_ONLY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)
# on one line: a headline's weekday is not the dateline's
_WEEKDAY_GAP = re.compile(r",?[ \t\u00a0]{1,2}(?:the[ \t\u00a0])?")
# the patterns that read a calendar day from its own words (not from publication: "two weeks from now")
_CALENDAR_DAY = frozenset(
    {
        "iso",
        "slash",
        "ymd",
        "dmy-dash",
        "month",
        "day-month",
        "lower-day-month",
        "lower-month",
        "month-words",
        "word-day",
        "month-day-numeric",
        "day-only",
        "weekday-word-day",
    }
)


_WEEK_OF_BEFORE = re.compile(
    r"(?:\b(?:the|The)\s+)?\b(?:[wW]eek\s+(?:of|starting|beginning|commencing)(?:\s+on)?(?:\s+the)?|w/c)\s+$"
)


def _weeks_of(text: str, hits: list[_Hit]) -> list[_Hit]:
    """'the week of April 10', 'the week starting February 4', 'w/c 4 Feb': the Monday-to-Sunday week of that day."""
    out: list[_Hit] = []
    for hit in hits:
        lead = (
            _WEEK_OF_BEFORE.search(text, max(0, hit.start - 32), hit.start)
            if hit.kind == Kind.DATE
            and hit.pattern in _CALENDAR_DAY
            and hit.span is not None
            and hit.span.granularity == "day"
            and hit.span.start == hit.span.end
            else None
        )
        if lead is None:
            out.append(hit)
            continue
        monday, sunday = week_bounds(hit.span.start)
        span = DateSpan(monday, sunday, "week", hit.span.relative)
        out.append(_Hit(lead.start(), hit.end, Kind.DATE, span, hit.relative, pattern="week-of-day"))
    return out


def _absorb_weekdays(text: str, hits: list[_Hit]) -> list[_Hit]:
    """'Monday, January 12, 2016', 'Friday 16 May': the weekday names the day the date gives, one mention (read
    alone, the weekday would resolve against publication to another day)."""
    out: list[_Hit] = []
    i = 0
    while i < len(hits):
        hit = hits[i]
        if i + 1 < len(hits) and hit.kind == Kind.DATE and _WEEKDAY_ONLY.fullmatch(text, hit.start, hit.end):
            date_hit = hits[i + 1]
            if (
                date_hit.kind == Kind.DATE
                and date_hit.pattern in _CALENDAR_DAY
                and date_hit.span is not None
                and date_hit.span.granularity == "day"
                and date_hit.span.start == date_hit.span.end
                and _WEEKDAY_GAP.fullmatch(text, hit.end, date_hit.start)
            ):
                out.append(_Hit(hit.start, date_hit.end, Kind.DATE, date_hit.span, date_hit.relative))
                i += 2
                continue
        out.append(hit)
        i += 1
    return out


# between a week ("next week", "last week") and the weekday or weekday range it narrows to
_WEEK_TO_DAYS = re.compile(r",?\s+(?:on\s+)?(?:(?:from|between)\s+)?", re.IGNORECASE)
# a weekday with its week after it: "Thursday next week", "Friday of last week"
_WEEK_AFTER_DAY = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:of\s+)?(?:next|last|this|the\s+following)\s+week",
    re.IGNORECASE,
)


def _days_of_named_week(text: str, hits: list[_Hit]) -> list[_Hit]:
    """'next week from Tuesday to Thursday', 'last week, between Friday and Sunday', 'this week on Wednesday':
    the weekdays are that week's, one mention (read alone, each weekday would resolve against publication, to this
    week's days or to the nearest one in the verb's direction)."""
    out: list[_Hit] = []
    i = 0
    while i < len(hits):
        week = hits[i]
        day = hits[i + 1] if i + 1 < len(hits) else None
        if (
            day is not None
            and week.pattern == day.pattern == "weekday"
            and week.span is not None
            and day.span is not None
            and _WEEKDAY_ONLY.fullmatch(text, week.start, week.end)
            and _WEEK_AFTER_DAY.fullmatch(text, day.start, day.end)
            and _DATE_JOIN.fullmatch(text, week.end, day.start)
            and (lead := _DATE_LEAD.search(text, max(0, week.start - 22), week.start)) is not None
        ):  # "from Tuesday to Thursday next week": the first weekday is in the second's week
            first = day.span.start - timedelta(days=(day.span.start.weekday() - week.span.start.weekday()) % 7)
            span = DateSpan(first, day.span.end, "day", True)
            out.append(_Hit(lead.start(), day.end, Kind.DATE, span, True, pattern="week-days"))
            i += 2
            continue
        if (
            day is None
            or week.pattern != "relative"
            or week.span is None
            or week.span.granularity != "week"
            or day.pattern != "weekday"
            or day.span is None
            or not _WEEKDAY_ONLY.fullmatch(text, day.start, day.end)
            or not _WEEK_TO_DAYS.fullmatch(text, week.end, day.start)
        ):
            out.append(week)
            i += 1
            continue
        first = week.span.start + timedelta(days=day.span.start.weekday())
        last, end, used = first, day.end, 2
        other = hits[i + 2] if i + 2 < len(hits) else None
        join = _DATE_JOIN.fullmatch(text, day.end, other.start) if other is not None else None
        if (
            other is not None
            and other.pattern == "weekday"
            and other.span is not None
            and join is not None
            and _WEEKDAY_ONLY.fullmatch(text, other.start, other.end)
            and (join["j"].lower() != "and" or text[week.end : day.start].lower().rstrip().endswith("between"))
        ):
            last = first + timedelta(days=(other.span.start.weekday() - first.weekday()) % 7)
            end, used = other.end, 3
        out.append(_Hit(week.start, end, Kind.DATE, DateSpan(first, last, "day", True), True, pattern="week-days"))
        i += used
    return out


def _merge_date_ranges(text: str, hits: list[_Hit]) -> list[_Hit]:
    """'from May 16 to May 20', 'January 12, 2016 - 01/22/2016', 'between Sept. 4 and Sept. 8' → one range."""
    out: list[_Hit] = []
    i = 0
    while i < len(hits):
        first = hits[i]
        if i + 1 < len(hits) and first.kind == Kind.DATE:
            second = hits[i + 1]
            gap = text[first.end : second.start]
            lead = _DATE_LEAD.search(text, max(0, first.start - 22), first.start)
            join = _DATE_JOIN.fullmatch(gap)
            joined = join is not None and (
                join["j"].lower() != "and" or (lead is not None and lead.group().lower().startswith("between"))
            )
            if joined and first.span is not None and second.span is not None:
                second = _after(text, first.span, second)
            if (
                joined
                and second.kind == Kind.DATE
                and first.span is not None
                and second.span is not None
                and first.span.start <= second.span.end
                and first.span.granularity == second.span.granularity
            ):
                start = lead.start() if lead is not None else first.start
                span = DateSpan(
                    first.span.start,
                    second.span.end,
                    first.span.granularity,
                    first.span.relative or second.span.relative,
                )
                out.append(_Hit(start, second.end, Kind.DATE, span, span.relative))
                i += 2
                continue
        out.append(first)
        i += 1
    return out


# "between now and November 15", "from now until the 30th"; "between January 22 and now", "from May to now"
_NOW_BEFORE = re.compile(r"\b(?:between\s+now\s+and|from\s+now\s+(?:until|till|to|through|thru))\s+$", re.IGNORECASE)
_NOW_AFTER = re.compile(r"\s+(?:(?P<and>and)|until|till|to|through|thru)\s+now\b", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\b(?P<lead>between|from)\s+$", re.IGNORECASE)


def _now_ranges(text: str, hits: list[_Hit], published: date) -> list[_Hit]:
    """A date joined to "now" is the range from the publication day to it, or from it to the publication day:
    "between now and November 15" ends on November 15 (the next one: the phrase looks ahead), "between Jan. 22 and
    now" starts on January 22 (the last one). A date whose side of "now" cannot be so moved is left alone."""
    out: list[_Hit] = []
    for h in hits:
        span = h.span
        if h.kind != Kind.DATE or span is None or span.granularity in ("decade", "century"):
            out.append(h)
            continue
        before = _NOW_BEFORE.search(text, max(0, h.start - 24), h.start)
        if before is not None:
            if span.end < published and h.pattern in _YEARLESS and span.relative:
                start, end = _in_year(span, span.start.year + 1)
                span = span if start is None or end is None else span._replace(start=start, end=end)
            if span.end >= published:
                out.append(_Hit(before.start(), h.end, Kind.DATE, DateSpan(published, span.end, "day", True), True))
                continue
        after = _NOW_AFTER.match(text, h.end)
        lead = _BETWEEN_BEFORE.search(text, max(0, h.start - 10), h.start) if after is not None else None
        if after is not None and lead is not None and (lead["lead"].lower() == "between") == bool(after["and"]):
            if span.start > published and h.pattern in _YEARLESS and span.relative:
                start, end = _in_year(span, span.start.year - 1)
                span = span if start is None or end is None else span._replace(start=start, end=end)
            if span.start <= published:
                out.append(
                    _Hit(lead.start(), after.end(), Kind.DATE, DateSpan(span.start, published, "day", True), True)
                )
                continue
        out.append(h)
    return out


# the patterns of a day or month without its year, which a range's end takes from the range's start
_YEARLESS = frozenset({"month-day-numeric", "month", "day-month", "lower-day-month", "lower-month"})
_LONGEST_YEARLESS_RANGE = timedelta(days=183)
_BARE_DAY = re.compile(r"(?i:the)\s+(?P<day>\d{1,2})(?:st|nd|rd|th)")  # a day of the month named by its number alone


def _after(text: str, first: DateSpan, second: _Hit) -> _Hit:
    """A range's year-less end on the first day after the range's start that it can be: "from 10/1 to 11/7" ends
    in the start's year, whatever the tense says of 11/7 alone; "from Dec. 20 to Jan. 5" in the next year; "from
    June 26 to the 28th" in the start's month. Not beyond half a year: "odds cut from 5/1 to 3/1" is no ten-month
    range."""
    span = second.span
    if span is None:
        return second
    bare = _BARE_DAY.fullmatch(text, second.start, second.end) if second.pattern == "day-only" else None
    candidates: list[tuple[date | None, date | None]]
    if bare is not None and first.granularity == "day":
        days = [
            _safe_date(*_add_months(first.start.year, first.start.month, shift), int(bare["day"])) for shift in (0, 1)
        ]
        candidates = [(day, day) for day in days]
    elif second.pattern in _YEARLESS and span.relative and span.end < first.start:
        candidates = [_in_year(span, year) for year in (first.start.year, first.start.year + 1)]
    else:
        return second
    for start, end in candidates:
        if start is not None and end is not None and first.start <= end <= first.start + _LONGEST_YEARLESS_RANGE:
            return replace(second, span=span._replace(start=start, end=end))
    return second


def _in_year(span: DateSpan, year: int) -> tuple[date | None, date | None]:
    """A year-less day or month span moved to `year` (None where that year has no such day: February 29)."""
    if span.granularity == "month":
        return month_bounds(year, span.start.month)
    return _safe_date(year, span.start.month, span.start.day), _safe_date(year, span.end.month, span.end.day)


class _RelMonthMatch:
    """'last September' and 'June next year' in one shape."""

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m

    def __getitem__(self, key: str) -> str | None:
        if key == "rmon":
            return self._m["rmon"] or self._m["rmon2"]
        return self._m[key]


class _HalfMatch:
    """Adapter giving both spellings of the 'half' pattern ("first half of 2024", "H1 2024") one shape."""

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m

    def __getitem__(self, key: str) -> str | None:
        if key == "h":
            return self._m["h"] or self._m["hn"] or self._m["hn2"] or self._m["hn3"]
        if key == "hy":
            # "1H24" keeps its two digits: _resolve_half reads them as _full_year does
            return self._m["hy"] or self._m["hy2"] or self._m["hy3"] or self._m["hy4"]
        return self._m[key]


def year_span(year: int) -> DateSpan:
    return DateSpan(date(year, 1, 1), date(year, 12, 31), "year", False)


@functools.lru_cache(maxsize=4096)
def parse_with_dateparser(phrase: str, published: date | None) -> DateSpan | None:
    """Resolve a date phrase the grammar does not know with dateparser (English only; ~60× faster than with
    language detection), returning the calendar interval of the period dateparser reports."""
    from datetime import datetime

    from dateparser.date import DateDataParser

    settings = {"RETURN_TIME_AS_PERIOD": True, "PREFER_DAY_OF_MONTH": "first"}
    if published is not None:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    data = _dateparser(tuple(sorted(settings.items(), key=lambda kv: kv[0])), DateDataParser).get_date_data(phrase)
    if data is None or data.date_obj is None:
        return None
    day = data.date_obj.date()
    period = data.period or "day"
    if period == "year":
        return DateSpan(date(day.year, 1, 1), date(day.year, 12, 31), "year", published is not None)
    if period == "month":
        first, last = month_bounds(day.year, day.month)
        return DateSpan(first, last, "month", published is not None)
    if period == "week":
        first, last = week_bounds(day)
        return DateSpan(first, last, "week", published is not None)
    return DateSpan(day, day, "day", published is not None)


@functools.lru_cache(maxsize=64)
def _dateparser(settings: tuple, factory):
    return factory(languages=["en"], settings=dict(settings))

"""The records that flow between crosscheck's stages, and nothing else.

files ─ingest→ Document ─extract→ Mention ─claims→ Claim ─align→ Fact ─rules→ Finding ─report→ files

Every record is immutable and typed: stages pass them along and never mutate them. The five made by the
hundred per article (Interval, DateSpan, Mention, Sentence, Claim) are typed NamedTuples: built and unpickled
as one tuple, 4-6x faster than a frozen dataclass that sets its fields one by one (a 10,000-article run makes
and sends back about 1.5 million of them); the rest are frozen, slotted dataclasses. Change a NamedTuple record
with `record._replace(...)`, the others with `dataclasses.replace(...)`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields
from datetime import date
from enum import StrEnum
from operator import attrgetter
from typing import NamedTuple


class Kind(StrEnum):
    """What sort of figure a Mention is."""

    MONEY = "money"
    PERCENT = "percent"
    PERCENTAGE_POINTS = "percentage-points"
    QUANTITY = "quantity"
    COUNT = "count"
    RATE = "rate"
    DURATION = "duration"
    AGE = "age"
    ORDINAL = "ordinal"
    DATE = "date"
    TIME = "time"
    YEAR = "year"


DATE_KINDS = frozenset({Kind.DATE, Kind.YEAR})
# each kind's value as a plain str: a lookup costs a fifth of the enum's `.value` (a Python-level property),
# which the tables of a large run read once per claim
KIND_VALUES: dict[str, str] = {k: k.value for k in Kind}


class Severity(StrEnum):
    """How bad a finding is; ordered error > warning > info."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


INF = math.inf


class Interval(NamedTuple):
    """A closed numeric interval [low, high]; ±inf for an open side ("more than 40" → [40, inf])."""

    low: float
    high: float

    @classmethod
    def point(cls, value: float) -> Interval:
        return cls(value, value)

    @property
    def mid(self) -> float:
        if math.isinf(self.low) or math.isinf(self.high):
            return self.low if math.isinf(self.high) else self.high
        return (self.low + self.high) / 2

    def scaled(self, factor: float, offset: float = 0.0) -> Interval:
        """The interval after `x * factor + offset` (unit conversion)."""
        a, b = self.low * factor + offset, self.high * factor + offset
        return Interval(min(a, b), max(a, b))

    def widened(self, relative: float) -> Interval:
        """The interval grown on both sides by `relative` times its magnitude."""
        pad = relative * max(
            abs(self.low) if math.isfinite(self.low) else 0.0, abs(self.high) if math.isfinite(self.high) else 0.0
        )
        return Interval(self.low - pad, self.high + pad)

    def overlaps(self, other: Interval) -> bool:
        return self.low <= other.high and other.low <= self.high

    def intersect(self, other: Interval) -> Interval | None:
        low, high = max(self.low, other.low), min(self.high, other.high)
        return Interval(low, high) if low <= high else None

    def gap(self, other: Interval) -> float:
        """Distance between the two intervals; 0 when they overlap."""
        if self.overlaps(other):
            return 0.0
        return other.low - self.high if self.high < other.low else self.low - other.high


class DateSpan(NamedTuple):
    """A resolved calendar interval (inclusive) with its granularity. A counted phrase ("a month ago", "in two
    weeks", "a few days ago") also names a point: the publication day moved by the amount said. The interval is
    what the phrase covers at the precision it is said in (the calendar month or year of that day; half a week
    either side of it), and is what the rules compare; the point is shown beside it and scored against a gold
    day."""

    start: date
    end: date
    granularity: str  # day, week, month, months, quarter, half, year, decade
    relative: bool = False
    point: date | None = None

    def overlaps(self, other: DateSpan) -> bool:
        return self.start <= other.end and other.start <= self.end


@dataclass(frozen=True, slots=True)
class Document:
    """One article: its text and what we know about where and when it was published."""

    doc: str  # id: file name without extension (JSONL: stem-line)
    source: str
    text: str
    path: str
    published: date | None = None
    title: str = ""
    url: str = ""
    content_hash: str = ""
    text_line: int = 1  # the line of the file where `text` starts (after front matter)
    text_offset: int = 0  # the character offset of `text` in the file (-1: extracted from HTML, no file offset)
    echo_of: str = ""  # the source of an earlier article with this exact text (a copy is not independent support)
    story: str = ""  # the story this article covers: only claims of one story are compared ("": the corpus is one)


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be read, with the reason; reported, never dropped silently."""

    path: str
    reason: str


class Mention(NamedTuple):
    """One figure found in a document's text, with its normalized meaning.

    `value`/`interval` are in `unit` (the unit as written, canonical spelling); `base_interval` is in the
    base unit of `dimension`, so mentions of one dimension compare directly (1,150 ft vs 350 m).
    """

    doc: str
    start: int
    end: int
    text: str
    kind: Kind
    number_text: str = ""
    value: float | None = None
    interval: Interval | None = None
    unit: str = ""
    dimension: str = ""
    base_interval: Interval | None = None
    qualifier: str = ""
    noun: str = ""  # the counted or rated noun ("firefighters", "passengers")
    role: str = ""  # in a change: "from", "to", "by", "times"; "" otherwise
    date: DateSpan | None = None
    time_text: str = ""  # "23:47" for kind time
    unresolved: bool = False  # a relative date without a publication date to resolve it against
    ambiguous_unit: str = ""  # e.g. "ton": short or metric, made explicit


class Sentence(NamedTuple):
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Extraction:
    """All that extraction learned about one document."""

    doc: str
    mentions: tuple[Mention, ...]
    sentences: tuple[Sentence, ...]  # empty in a run's Analysis: the claims stage is their only reader
    names: tuple[tuple[int, int, str], ...] = ()  # numbers that are parts of names (G7, Route 66)
    not_understood: tuple[tuple[int, int, str], ...] = ()  # digit runs neither a mention nor a name


class Claim(NamedTuple):
    """A Mention plus what it is about, taken from its sentence and article."""

    mention: Mention
    source: str
    published: date | None
    sentence: str
    sentence_start: int
    measure: str  # canonical thing measured: "trade", "deaths", "visit start"
    measure_terms: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()  # countries, states, organisations near the figure
    places: tuple[str, ...] = ()  # specific places and named objects: "Harbin", "Power of Siberia 2"
    inferred_subjects: bool = False  # the subjects are the article's main subject, not words near the figure
    time_scope: str = ""  # "2023", "2024-05", "2024-05-16", a window ("since 2012") or "" when unknown
    scope_explicit: bool = False  # the sentence dates the figure (else the scope is the publication's)
    as_of: date | None = None  # the day the value was current (publication date unless stated)
    direction: str = ""  # "A>B" for exports from A to B, "" when undirected
    hedged: bool = False
    reported: bool = False
    forecast: bool = False
    part: bool = False  # a share of a total ("of which", "a third of")
    echo_of: str = ""  # the outlet whose identical article this one repeats (see Document.echo_of)
    story: str = ""  # the article's story (see Document.story)

    @property
    def doc(self) -> str:
        return self.mention.doc


@dataclass(frozen=True, slots=True)
class Fact:
    """Claims from one or more articles that state the same fact."""

    key: str  # readable: "China–Russia trade, 2023, USD"
    kind: Kind
    dimension: str
    claims: tuple[Claim, ...]
    status: str = "single-source"  # corroborated | conflict | single-source
    why: str = ""  # why these claims were matched
    story: str = ""  # the story its claims come from ("" when the corpus is one story)

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(sorted({c.source for c in self.claims}))

    @property
    def independent_sources(self) -> tuple[str, ...]:
        """The sources, an outlet that only republished another's identical article counted as that one."""
        return tuple(sorted({c.echo_of or c.source for c in self.claims}))


@dataclass(frozen=True, slots=True)
class Finding:
    """Something a person should look at, with the claims on each side and a stable fingerprint."""

    kind: str  # conflict | unsupported | arithmetic | unit-anomaly | reference | stale | quality
    rule: str
    severity: Severity
    message: str
    fact_key: str
    sides: tuple[tuple[Claim, ...], ...]
    fingerprint: str = ""
    details: tuple[tuple[str, str], ...] = field(default_factory=tuple)

    @property
    def claims(self) -> tuple[Claim, ...]:
        return tuple(c for side in self.sides for c in side)


def _pickle_by_fields(cls: type) -> None:
    """Pickle a record as its class and field values, rebuilt by its __init__: half the bytes' cost to write and
    read of the dataclass default (a state dict set field by field), which a parallel run pays for every
    extraction its workers send back, and the run database for every article it caches."""
    names = tuple(f.name for f in fields(cls))
    get = attrgetter(*names)

    def __reduce__(self):
        return (cls, get(self) if len(names) > 1 else (get(self),))

    cls.__reduce__ = __reduce__


for _record in (Document, Skipped, Extraction, Fact, Finding):
    _pickle_by_fields(_record)

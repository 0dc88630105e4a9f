"""Alignment: group Claims that state the same fact into Facts.

1. Blocking: claims share a block when they have the same dimension (money in one currency, volume, count,
   date...), measure, time scope, before/after role in a change, part-of-a-total flag and story (articles
   of different stories are never compared; without stories the corpus is one). Building the blocks
   is a single pass over the claims (a dict), never a comparison of all pairs.
2. Within a block, claims are grouped by what they are about:
   - places (specific places and named objects) must name the same place — equal or sharing a distinctive
     word ("Siesta Key" / "Siesta key") — or both be absent; a claim without a place joins the block's one
     place group when there is exactly one;
   - subjects (countries, organisations) must be nested: {China} fits {China, Russia}, {China, US} does not;
   - directions (exports A → B) must agree when both are known.
   A claim that fits several groups joins the largest. Blocks are small, so this costs little.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from checker import gazetteer
from checker.claims import place_key, singular
from checker.concepts import GENERIC_EVENTS, NOUN_CLASSES, SCALE_MEASURES
from checker.extract.dates import month_bounds
from checker.model import DATE_KINDS, Claim, Fact, Kind

_UNIT_LABEL = {
    "percent": "%",
    "percentage-points": "pp",
    "count": "count",
    "age": "years of age",
    "ordinal": "ordinal",
    "date": "date",
    "time-of-day": "time",
}
_PLACE_STOPWORDS = frozenset(
    {
        "st",
        "saint",
        "san",
        "santa",
        "county",
        "bay",
        "city",
        "key",
        "island",
        "islands",
        "province",
        "region",
        "coast",
        "north",
        "south",
        "east",
        "west",
        "new",
        "the",
        "of",
        "port",
        "fort",
        "lake",
        "river",
        "gulf",
        "mount",
        "great",
        "upper",
        "lower",
        "central",
        "beach",
        "harbor",
        "harbour",
        "peninsula",
        "sea",
        "strait",
        "area",
        "state",
    }
)


def dimension_family(claim: Claim) -> str:
    m = claim.mention
    if m.kind in DATE_KINDS:
        return "date"
    return m.dimension or m.kind.value


def block_key(claim: Claim) -> tuple[str, ...] | None:
    """The blocking key of a claim, or None when the claim cannot be aligned (no measure, unresolved date)."""
    m = claim.mention
    if not claim.measure:
        return None
    if m.kind in DATE_KINDS and m.date is None:
        return None  # an unresolved date
    # the earlier value of a change, and each side of a tally, are facts of their own
    state = "before" if m.role == "from" else m.role if m.role.startswith("tally") else ""
    # a part of a total is its own fact ("16 deaths, including six in ..."), unless its place already says what
    # it is a part of ("six in St. Lucie County" is the St. Lucie County toll)
    part = "part" if claim.part and not claim.places else ""
    return (dimension_family(claim), claim.measure, state, part, claim.story)


def _scope_partitions(claims: list[Claim]) -> dict[str, list[Claim]]:
    """Split a block by time scope. A scope the sentence states must match exactly; a claim whose scope is only
    its publication year joins the one stated scope of that year if there is exactly one (cumulative measures,
    scoped by the day, never borrow)."""
    explicit: dict[str, list[Claim]] = defaultdict(list)
    implicit: list[Claim] = []
    for claim in claims:
        m = claim.mention
        if m.kind in DATE_KINDS or m.kind == Kind.TIME:
            explicit[""].append(claim)
        elif claim.scope_explicit or not claim.time_scope:
            explicit[claim.time_scope].append(claim)
        else:
            implicit.append(claim)
    stated = list(explicit)  # (the "~" scopes added below never match a year)
    joinable: dict[tuple[str, date | None], list[str]] = {}  # (scope, publication day) → stated scopes it may join
    for claim in implicit:
        key = (claim.time_scope, claim.published)
        same_year = joinable.get(key)
        if same_year is None:
            same_year = joinable[key] = [
                scope for scope in stated if scope[:4] == key[0][:4] or _just_before(scope, key[1])
            ]
        if len(claim.time_scope) == 4 and len(same_year) == 1:
            explicit[same_year[0]].append(claim)
        else:
            explicit[f"~{claim.time_scope}"].append(claim)
    return explicit


# a results story published in February reports the quarter or the year that ended in December: a figure it
# states with no period joins the one stated period that ended this many days before its publication
JUST_BEFORE_DAYS = 100


def _just_before(scope: str, published: date | None) -> bool:
    """The scope is a period of the previous year ("2022-Q4", "2022", "2022-12") that ended within
    JUST_BEFORE_DAYS before `published`."""
    if published is None or len(scope) < 4 or not scope[:4].isdigit() or int(scope[:4]) != published.year - 1:
        return False
    end = _period_end(scope)
    return end is not None and 0 <= (published - end).days <= JUST_BEFORE_DAYS


def _period_end(scope: str) -> date | None:
    """The last day of a scope written as YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD or a range ending in one."""
    last = scope.rsplit("/", 1)[-1].split("–")[-1]
    try:
        if len(last) == 4:
            return date(int(last), 12, 31)
        if len(last) == 7 and last[5] == "Q":
            return month_bounds(int(last[:4]), int(last[6]) * 3)[1]
        if len(last) == 7:
            return month_bounds(int(last[:4]), int(last[5:7]))[1]
        if len(last) == 10:
            return date.fromisoformat(last)
    except ValueError:
        return None
    return None


def _place_words(place: str) -> set[str]:
    return {w for w in place_key(place).split() if w not in _PLACE_STOPWORDS and len(w) > 1}


def _places_match(a: str, b: str) -> bool:
    """Two places match when equal or sharing a distinctive word ("Siesta Key" / "Siesta key"); numbers in
    names must agree ("Power of Siberia" is not "Power of Siberia 2")."""
    if place_key(a) == place_key(b):
        return True
    wa, wb = _place_words(a), _place_words(b)
    if {w for w in wa if w.isdigit()} != {w for w in wb if w.isdigit()}:
        return False
    return bool(wa & wb)


def _directions_match(a: str, b: str) -> bool:
    if not a or not b or a == b:
        return True
    a_from, _, a_to = a.partition("→")
    b_from, _, b_to = b.partition("→")
    return a_to == b_to and (not a_from or not b_from)


def _noun_class(claim: Claim) -> str:
    """The class of the counted noun: 'customers' and 'homes' (premises) compare, 'seats' and 'parliament' do
    not. The counted noun is the first lower-case word after the number ('139-seat state parliament')."""
    m = claim.mention
    if m.kind not in (Kind.COUNT, Kind.RATE) or not m.noun or claim.measure in SCALE_MEASURES:
        return ""
    return _class_of_noun(m.noun)


@functools.lru_cache(maxsize=16384)
def _class_of_noun(noun_text: str) -> str:
    words = [w.strip("'’") for w in noun_text.split()]
    noun = singular(next((w for w in words if w[:1].islower()), words[-1]).lower())
    return NOUN_CLASSES.get(noun) or noun


@dataclass(slots=True, eq=False)  # a group is itself: compared by identity (value equality walked its claims)
class _Group:
    place: str
    subjects: frozenset[str]
    direction: str
    nouns: set[str] = field(default_factory=set)
    claims: list[Claim] = field(default_factory=list)
    core: frozenset[str] | None = None  # the subjects every member that names any shares

    def accepts(self, claim: Claim, *, ignore_place: bool = False, ignore_subjects: bool = False) -> bool:
        place = claim.places[0] if claim.places else ""
        subjects = frozenset(claim.subjects)
        noun = _noun_class(claim)
        place_ok = (
            ignore_place
            or (place == self.place == "")
            or (bool(place) and bool(self.place) and _places_match(self.place, place))
        )
        # nesting is judged against the subjects every member names (the core), not their union, so a chain
        # {China, Russia} → {Russia, Ukraine} → {Ukraine, Poland} never snowballs into one group
        core = self.core if self.core is not None else self.subjects
        subjects_ok = (
            ignore_subjects
            or subjects <= core
            or core <= subjects
            or (
                claim.mention.kind in DATE_KINDS
                and len(subjects | self.subjects) <= MAX_EVENT_SUBJECTS
                and (subjects ^ self.subjects) <= _GAZETTEER_NAMES
                and any(
                    _jaccard(set(claim.measure_terms), set(o.measure_terms)) >= EVENT_SAME_WORDS for o in self.claims
                )
            )
        )
        return (
            place_ok
            and subjects_ok
            and _directions_match(self.direction, claim.direction)
            and (not noun or not self.nouns or noun in self.nouns)
            and self._same_words(claim)
        )

    def _same_words(self, claim: Claim) -> bool:
        """A measure read from an unknown word ("~lay") is weak evidence: such claims must also share the words
        around them ("its focus lay 35 km below the surface" is not "its epicentre lay 37 miles from Arequipa").
        A dated event needs some shared words too: "announced ... sanctions" is not "announced ... tariffs"."""
        if not self.claims:
            return True
        mine = set(claim.measure_terms)
        if claim.measure.startswith("~"):
            return any(_jaccard(mine, set(other.measure_terms)) >= GENERIC_OVERLAP for other in self.claims)
        if claim.mention.kind in DATE_KINDS or claim.mention.kind == Kind.TIME:
            if claim.measure in GENERIC_EVENTS:
                # neither the generic event's own word nor who it is about is a shared word: "Beijing announced
                # in April that it would impose sanctions" and "Beijing announced the tariffs on Monday" share
                # only "China" and "announcement"
                return any(_generic_event_overlap(claim, other) >= EVENT_OVERLAP for other in self.claims)
            return any(_jaccard(mine, set(other.measure_terms)) >= EVENT_OVERLAP for other in self.claims)
        return True

    def add(self, claim: Claim) -> None:
        self.claims.append(claim)
        self.subjects |= frozenset(claim.subjects)
        if claim.subjects:
            mine = frozenset(claim.subjects)
            self.core = mine if self.core is None else (self.core & mine or self.core)
        if claim.direction and (not self.direction or self.direction.startswith("→")):
            self.direction = claim.direction
        noun = _noun_class(claim)
        if noun:
            self.nouns.add(noun)


GENERIC_OVERLAP = 0.3
EVENT_OVERLAP = 0.1
EVENT_SAME_WORDS = 0.2  # a dated event stated with these shared words may name different subjects ...
MAX_EVENT_SUBJECTS = 2  # ... as long as the group stays about two of them (no chain across stories), and only
# when the subjects that differ are places read near the date (often a story's other country), never companies
_GAZETTEER_NAMES = frozenset(gazetteer.ENTITIES.values())


def _generic_event_overlap(claim: Claim, other: Claim) -> float:
    """How many words two dated claims of a generic event (an announcement, a signing) share besides the event's
    word and their subjects."""
    names = {claim.measure, *claim.subjects, *other.subjects}
    return _jaccard(set(claim.measure_terms) - names, set(other.measure_terms) - names)


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def _largest(groups: list[_Group]) -> _Group:
    return max(groups, key=lambda g: (len(g.claims), -groups.index(g)))


class _Index:
    """Groups of a partition by subject and by place word, so a claim is compared only with groups that could
    take it (sharing a subject or a place word, or naming no subject) — not with every group of the block."""

    def __init__(self) -> None:
        self.groups: list[_Group] = []
        self.position: dict[int, int] = {}  # id(group) → its place in groups (creation order)
        self.by_subject: dict[str, list[_Group]] = defaultdict(list)
        self.by_place: dict[str, list[_Group]] = defaultdict(list)
        self.without_subjects: list[_Group] = []
        self.borrowed: dict[frozenset[str], _Group] = {}

    def new(self, claim: Claim) -> _Group:
        group = _Group(claim.places[0] if claim.places else "", frozenset(), claim.direction)
        self.position[id(group)] = len(self.groups)
        self.groups.append(group)
        for word in _place_words(group.place) | ({place_key(group.place)} if group.place else set()):
            self.by_place[word].append(group)
        self.add(group, claim)
        return group

    def add(self, group: _Group, claim: Claim) -> None:
        before = group.subjects
        group.add(claim)
        if not group.subjects and group not in self.without_subjects:
            self.without_subjects.append(group)
        for subject in group.subjects - before:
            self.by_subject[subject].append(group)
        if not before and group.subjects and group in self.without_subjects:
            self.without_subjects.remove(group)

    def candidates_by_place(self, claim: Claim) -> list[_Group]:
        seen: dict[int, _Group] = {}
        for word in _place_words(claim.places[0]) | {place_key(claim.places[0])}:
            for group in self.by_place.get(word, ()):
                seen[id(group)] = group
        return self._in_order(seen)

    def candidates_by_subject(self, claim: Claim) -> list[_Group]:
        seen: dict[int, _Group] = {id(g): g for g in self.without_subjects}
        for subject in claim.subjects:
            for group in self.by_subject.get(subject, ()):
                seen[id(group)] = group
        return self._in_order(seen)

    def _in_order(self, seen: dict[int, _Group]) -> list[_Group]:
        return [seen[key] for key in sorted(seen, key=self.position.__getitem__)]


def _group_partition(claims: list[Claim]) -> list[_Group]:
    """Group one scope partition of a block. Claims that name a place group by place; a claim without a place
    joins the one place group it fits when that is unambiguous (never for dated events, where the place
    defines the event: arriving in Harbin on Friday is not arriving in Beijing on Thursday)."""
    dated_event = all(c.mention.kind in DATE_KINDS or c.mention.kind == Kind.TIME for c in claims)
    order = sorted(claims, key=lambda c: (not c.places, c.inferred_subjects, -len(c.subjects), c.doc, c.mention.start))
    index = _Index()
    loose: list[Claim] = []
    for claim in order:
        if claim.places:
            fits = [g for g in index.candidates_by_place(claim) if g.accepts(claim)]
        elif claim.inferred_subjects and not dated_event:
            loose.append(claim)  # subjects borrowed from the article: weak evidence, handled like no subjects
            continue
        elif claim.subjects:
            # dated events may name different subjects with the same words (see _Group.accepts): all groups
            candidates = index.groups if dated_event else index.candidates_by_subject(claim)
            fits = [g for g in candidates if g.accepts(claim, ignore_place=True)]
            unplaced = [g for g in fits if not g.place]
            if unplaced:
                fits = unplaced
            elif dated_event or len(fits) != 1:
                fits = []
        else:
            loose.append(claim)
            continue
        if fits:
            index.add(_largest(fits), claim)
        else:
            index.new(claim)
    groups = index.groups
    # claims that name no place or body join the partition's only group when they fit it (for dated events only
    # within a story the run was told: without one, a claim from another story could join); otherwise they stay
    # among themselves
    loose_events_join = dated_event and all(c.story for c in claims)
    rest: _Group | None = None
    for claim in loose:
        # (a claim borrowing the article's subject may join the claims that name nobody, when they are all there is:
        # "16 deaths" in a story that named Florida elsewhere, "11 deaths" in another outlet's that named nothing)
        only = groups[0] if len(groups) == 1 and (groups[0] is not rest or claim.inferred_subjects) else None
        # a claim with the article's main subject may join a group only if that group is about it too (or names
        # nobody): "about 50,000 utility workers" (a Florida story) never joins "workers in North Carolina"
        borrowed_ok = not claim.inferred_subjects or (
            only is not None and (not only.subjects or set(claim.subjects) <= only.subjects)
        )
        if (
            only is not None
            and (not dated_event or loose_events_join)
            and borrowed_ok
            and only.accepts(claim, ignore_place=True, ignore_subjects=True)
        ):
            only.add(claim)
            continue
        if claim.inferred_subjects:
            # no group took it: it stays with claims of the same borrowed subjects
            key = frozenset(claim.subjects)
            own = index.borrowed.get(key)
            if own is None:
                own = index.borrowed[key] = _Group("", key, claim.direction)
                groups.append(own)
            own.add(claim)
            continue
        if rest is None:
            rest = _Group("", frozenset(), claim.direction)
            groups.append(rest)
        rest.add(claim)
    return groups


def fact_key(claims: list[Claim], group: _Group) -> str:
    """A key a person can read: 'China–Russia trade, 2023, USD'."""
    first = claims[0]
    m = first.mention
    subjects = "–".join(sorted(group.subjects))
    places = group.place
    head = f"{subjects} {first.measure.lstrip('~')}".strip()
    if places:
        head += f" ({places})"
    if group.direction:
        head += f" [{group.direction}]"
    if m.role == "from":
        head += " (earlier value)"
    elif m.role.startswith("tally"):
        head += " (first side of the tally)" if m.role == "tally-first" else " (second side of the tally)"
    if first.part:
        head += " (part)"
    family = dimension_family(first)
    unit = family.split(":", 1)[1] if family.startswith("money:") else _UNIT_LABEL.get(family, family)
    parts = [head]
    if first.time_scope and not (m.kind in DATE_KINDS or m.kind == Kind.TIME):
        parts.append(first.time_scope)
    parts.append(unit)
    key = ", ".join(parts)
    return f"[{first.story}] {key}" if first.story else key


def blocks_of(claims: Iterable[Claim]) -> dict[tuple[str, ...], list[Claim]]:
    """Claims by blocking key (claims that cannot be aligned are left out)."""
    blocks: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for claim in claims:
        key = block_key(claim)
        if key is not None:
            blocks[key].append(claim)
    return blocks


def facts_of_block(key: tuple[str, ...], members: list[Claim]) -> list[Fact]:
    """The facts of one block (independent of every other block: blocks can be aligned in parallel)."""
    facts = []
    groups = [g for part in _scope_partitions(members).values() for g in _group_partition(part)]
    for group in groups:
        group_claims = sorted(group.claims, key=lambda c: (c.doc, c.mention.start))
        first = group_claims[0]
        sources = {c.echo_of or c.source for c in group_claims}  # copies of one text count once
        why = (
            f"same measure '{first.measure.lstrip('~')}'"
            + (f", subjects {', '.join(sorted(group.subjects))}" if group.subjects else "")
            + (f", place {group.place}" if group.place else "")
            + (f", time scope {first.time_scope}" if first.time_scope else "")
            + f", dimension {key[0]}"
            + (f", story {first.story}" if first.story else "")
        )
        facts.append(
            Fact(
                key=fact_key(group_claims, group),
                kind=first.mention.kind,
                dimension=key[0],
                claims=tuple(group_claims),
                status="corroborated" if len(sources) > 1 else "single-source",
                why=why,
                story=first.story,
            )
        )
    return facts


def finish_facts(facts: Iterable[Fact]) -> tuple[Fact, ...]:
    """All facts in a stable order (by key, then first claim), with unique keys."""
    ordered = sorted(facts, key=lambda f: (f.key, f.claims[0].doc, f.claims[0].mention.start))
    return _unique_keys(ordered)


def align(claims: Iterable[Claim]) -> tuple[Fact, ...]:
    """Facts in a stable order (by key), each with its claims in document order."""
    return finish_facts(f for key, members in blocks_of(claims).items() for f in facts_of_block(key, members))


def _unique_keys(facts: list[Fact]) -> tuple[Fact, ...]:
    """Two facts may read alike; number the repeats so keys stay unique (and stable: the order is by key)."""
    seen: dict[str, int] = {}
    out = []
    for fact in facts:
        n = seen.get(fact.key, 0) + 1
        seen[fact.key] = n
        out.append(fact if n == 1 else replace(fact, key=f"{fact.key} #{n}"))
    return tuple(out)

"""Claims: a Mention plus what it is about, read from its sentence, the sentence before and the title.

For each figure: the measure (a canonical "trade", "deaths", "visit start" from concept triggers, nearest
first), the subjects (places and organisations from the gazetteer, named objects such as "Power of Siberia 2",
the person whose age it is), the time scope (the date or year the sentence ties it to, else the publication
year; day-by-day for cumulative measures like a death toll), the direction of a flow (exports A → B), and
whether it is hedged, a forecast, reported speech or a part of a total. Everything is data on the Claim, so a
finding can say why two claims were matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from checker import concepts, gazetteer
from checker.model import DATE_KINDS, Claim, DateSpan, Document, Extraction, Kind, Mention, Sentence

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*")
_CLAUSE_BREAK = re.compile(r"[;:—–()]|,\s+(?:while|whereas|but|although|though|despite|as|which|who|with)\b"
                           r"|\s+(?:while|whereas|but|although|though|despite)\s+|,\s+(?=[A-Z])")
_ENTITY_RE = re.compile(
    r"(?<![\w$])(?:" + "|".join(sorted((re.escape(s) for s in gazetteer.ENTITIES), key=len, reverse=True)) +
    r"|(?:" + "|".join(gazetteer.PREFIXES) + r")(?=-))(?![\w$])(?!\s?\$)")
_PERSON_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’.-]+),\s*$")
_DIRECTION_PATTERNS = (
    re.compile(r"(?P<a>\w+)(?:['’]s)?\s+(?:\w+\s+){0,2}exports\s+(?:\w+\s+){0,2}to\s+(?P<b>\w+)", re.I),
    re.compile(r"exports\s+(?:\w+\s+){0,2}from\s+(?P<a>\w+)\s+(?:\w+\s+){0,2}to\s+(?P<b>\w+)", re.I),
    re.compile(r"(?P<b>\w+)(?:['’]s)?\s+(?:\w+\s+){0,2}imports\s+(?:\w+\s+){0,2}from\s+(?P<a>\w+)", re.I),
    re.compile(r"imports\s+(?:\w+\s+){0,2}from\s+(?P<a>\w+)\s+(?:\w+\s+){0,2}(?:to|into|by)\s+(?P<b>\w+)", re.I),
)


@dataclass(frozen=True, slots=True)
class _Token:
    start: int  # offset in the document text
    end: int
    lower: str


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    return [_Token(m.start(), m.end(), m.group().lower().replace("’", "'")) for m in _WORD.finditer(text, start, end)]


def _clause_bounds(text: str, sentence: Sentence, offset: int) -> tuple[int, int]:
    """The clause of the sentence that holds `offset` (split at ;, dashes and subordinate commas)."""
    start, end = sentence.start, sentence.end
    for m in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        if m.end() <= offset:
            start = m.end()
        elif m.start() >= offset:
            end = m.start()
            break
    return start, end


def _entities(text: str, start: int, end: int) -> list[tuple[int, str]]:
    found = []
    for m in _ENTITY_RE.finditer(text, start, end):
        surface = m.group()
        canonical = gazetteer.ENTITIES.get(surface) or gazetteer.PREFIXES.get(surface)
        if canonical:
            found.append((m.start(), canonical))
    return found


def _nearest_trigger(tokens: list[_Token], index: dict[str, str], center: int, after_weight: float = 1.5,
                     window: int = 25) -> tuple[str, str] | None:
    """The canonical concept of the trigger word/phrase nearest to `center` (token distance, before preferred)."""
    best: tuple[float, str, str] | None = None
    for i, token in enumerate(tokens):
        distance = center - i if i < center else (i - center + 1) * after_weight
        if distance > window:
            continue
        candidates = []
        if i + 1 < len(tokens):
            candidates.append(f"{token.lower} {tokens[i + 1].lower}")
        candidates += [token.lower, _singular(token.lower)]
        for candidate in candidates:
            concept = index.get(candidate)
            if concept is not None:
                score = distance - (0.5 if " " in candidate else 0.0)
                if best is None or score < best[0]:
                    best = (score, concept, candidate)
                break
    return (best[1], best[2]) if best else None


def _scope_text(span: DateSpan) -> str:
    if span.granularity in ("year", "decade", "half", "season"):
        return str(span.start.year) if span.start.year == span.end.year else f"{span.start.year}–{span.end.year}"
    if span.granularity == "quarter":
        return f"{span.start.year}-Q{(span.start.month - 1) // 3 + 1}"
    if span.granularity == "month":
        return f"{span.start.year}-{span.start.month:02d}"
    return span.start.isoformat() if span.start == span.end else f"{span.start.isoformat()}/{span.end.isoformat()}"


def build_claims(document: Document, extraction: Extraction) -> tuple[Claim, ...]:
    """One Claim per Mention of the document, in text order."""
    text = document.text
    sentences = extraction.sentences
    if not sentences:
        return ()
    starts = [s.start for s in sentences]
    title_entities = [e for _, e in _entities(document.title, 0, len(document.title))] if document.title else []
    doc_entities = _entities(text, 0, min(len(text), 1500))
    default_subjects = tuple(dict.fromkeys(title_entities or [e for _, e in doc_entities]))[:2]
    names = extraction.names
    dates_by_sentence: dict[int, list[Mention]] = {}
    from bisect import bisect_right

    def sentence_index(offset: int) -> int:
        return max(0, bisect_right(starts, offset) - 1)

    for m in extraction.mentions:
        if m.kind in DATE_KINDS and m.date is not None:
            dates_by_sentence.setdefault(sentence_index(m.start), []).append(m)

    cache: dict[int, tuple[list[_Token], list[tuple[int, str]]]] = {}
    claims: list[Claim] = []
    for mention in extraction.mentions:
        si = sentence_index(mention.start)
        sentence = sentences[si]
        if si not in cache:
            cache[si] = (_tokens(text, sentence.start, sentence.end), _entities(text, sentence.start, sentence.end))
        tokens, entities = cache[si]
        center = next((i for i, t in enumerate(tokens) if t.start >= mention.start), len(tokens))
        after = next((i for i, t in enumerate(tokens) if t.start >= mention.end), len(tokens))
        measure, trigger = _measure(mention, tokens, center, after, text, sentence)
        subjects = _subjects(mention, text, sentence, entities, names, default_subjects, measure)
        scope, as_of = _time_scope(mention, measure, dates_by_sentence.get(si, []), document.published)
        lower_sentence = sentence.text.lower()
        before_text = text[sentence.start:mention.start].lower()
        clause_start, _ = _clause_bounds(text, sentence, mention.start)
        hedged = mention.qualifier in ("up to", "as much as", "as many as") or _has_any(
            text[clause_start:mention.start].lower(), concepts.HEDGES)
        forecast = _has_any(before_text, concepts.FORECAST) or (
            document.published is not None and scope[:4].isdigit() and int(scope[:4]) > document.published.year)
        reported = _has_any(lower_sentence, concepts.REPORTED)
        part = _has_any(text[max(sentence.start, mention.start - 20):mention.start].lower(), concepts.PART_WORDS)
        terms = tuple(dict.fromkeys(
            _singular(t.lower) for t in tokens[max(0, center - 6):after + 4]
            if t.lower not in concepts.STOPWORDS and not (mention.start <= t.start < mention.end) and len(t.lower) > 2
        ))
        claims.append(Claim(
            mention=mention, source=document.source, published=document.published, sentence=sentence.text,
            sentence_start=sentence.start, measure=measure, measure_terms=terms, subjects=subjects,
            time_scope=scope, as_of=as_of, direction=_direction(sentence.text) if measure in ("exports", "imports")
            else "", hedged=hedged, reported=reported, forecast=forecast, part=part,
        ))
    return tuple(claims)


def _has_any(text: str, phrases: tuple[str, ...]) -> bool:
    return any(re.search(r"\b" + re.escape(p) + r"\b", text) for p in phrases)


def _measure(mention: Mention, tokens: list[_Token], center: int, after: int, text: str,
             sentence: Sentence) -> tuple[str, str]:
    if mention.kind == Kind.AGE:
        return "age", "age"
    if mention.kind in DATE_KINDS or mention.kind == Kind.TIME:
        found = _nearest_trigger(tokens, concepts.EVENT_INDEX, center, after_weight=1.0, window=12)
        return (found[0], found[1]) if found else ("", "")
    if mention.kind == Kind.ORDINAL:
        noun = _singular(mention.noun.split()[-1].lower()) if mention.noun else ""
        return (f"{noun} number" if noun else "", noun)
    # the counted noun says most about a count: "nine firefighters", "40 meetings"
    if mention.noun and mention.kind in (Kind.COUNT, Kind.RATE):
        words = mention.noun.lower().split()
        for w in (*words, *(_singular(w) for w in words)):
            concept = concepts.MEASURE_INDEX.get(w)
            if concept is not None:
                return concept, w
    found = _nearest_trigger(tokens, concepts.MEASURE_INDEX, center if center < len(tokens) else len(tokens),
                             window=30)
    if found is not None:
        return found
    if mention.noun and mention.kind in (Kind.COUNT, Kind.RATE):
        head = mention.noun.lower().split()[-1]
        if head not in ("times",):
            return _singular(head), head
    # no known concept: the nearest content word before the figure, marked generic with "~"
    for token in reversed(tokens[max(0, center - 6):center]):
        if token.lower not in concepts.STOPWORDS and len(token.lower) > 2:
            return f"~{_singular(token.lower)}", token.lower
    return "", ""


def _subjects(mention: Mention, text: str, sentence: Sentence, entities: list[tuple[int, str]],
              names: tuple[tuple[int, int, str], ...], default: tuple[str, ...], measure: str) -> tuple[str, ...]:
    if mention.kind == Kind.AGE:
        person = _PERSON_BEFORE.search(text, max(sentence.start, mention.start - 60), mention.start)
        if person is not None:
            return (person.group(1).split()[-1],)
    clause_start, clause_end = _clause_bounds(text, sentence, mention.start)
    in_clause = [e for pos, e in entities if clause_start <= pos < clause_end]
    named = [n for s, e, n in names if sentence.start <= s < sentence.end and clause_start <= s < clause_end]
    chosen = in_clause
    if not chosen:
        before = [(pos, e) for pos, e in entities if pos < mention.start]
        chosen = [e for _, e in sorted(before, key=lambda pe: mention.start - pe[0])[:2]]
    if not chosen:
        chosen = list(default)
    return tuple(sorted(set(chosen) | set(named)))


def _time_scope(mention: Mention, measure: str, dates: list[Mention], published: date | None) -> tuple[str, date | None]:
    """(scope text, as-of date). A date in the sentence scopes the figure: the nearest one after it within a
    few words ("$240bn in 2023"), else the nearest before; else the publication year."""
    as_of = published
    if mention.kind in DATE_KINDS or mention.kind == Kind.TIME:
        return "", as_of
    others = [d for d in dates if d is not mention and d.date is not None and d.start != mention.start]
    after = [d for d in others if 0 <= d.start - mention.end <= 40]
    before = [d for d in others if d.end <= mention.start]
    chosen = after[0] if after else (before[-1] if before else None)
    cumulative = measure in concepts.CUMULATIVE
    if chosen is not None and chosen.date is not None:
        span = chosen.date
        if cumulative and span.granularity != "day" and published is not None and span.start <= published <= span.end:
            return published.isoformat(), published
        if span.granularity == "day":
            as_of = span.end
        return _scope_text(span), as_of
    if published is None:
        return "", None
    if cumulative:
        return published.isoformat(), published
    return str(published.year), published


def _direction(sentence: str) -> str:
    for pattern in _DIRECTION_PATTERNS:
        m = pattern.search(sentence)
        if m is not None:
            a = gazetteer.ENTITIES.get(m["a"], m["a"]) if m["a"] else ""
            b = gazetteer.ENTITIES.get(m["b"], m["b"]) if m["b"] else ""
            return f"{a}→{b}"
    return ""

"""Dated events on real news: SemEval-2015 Task 4's gold timelines over MEANTIME's Wikinews articles.

    .venv/bin/python benchmarks/timelines.py [--json PATH] [--misses PATH]

Data: ../shared/eval/semeval2015_task4_timelines (CC BY 3.0; read its README) over the articles of
../shared/eval/meantime_en (folders airbus, gm and stock: 90 Wikinews articles, 2005-2011). Annotators placed every
event a target entity takes part in ("GM filed for bankruptcy", "the A380 was delivered") on a dated timeline, with
the mentions of one event in different articles on one line. Read only here, never copied into the repository;
--misses writes the gold events crosscheck did not date, with their sentences, to the path you give (use /tmp).

Each folder is checked as one story, each article as its own source dated by its creation time (as in
realtext.py). For every dated gold event mentioned in an article's body (as the task counts them: a mention on two
targets' timelines counts twice):

- **date read**: the event's sentence holds a date crosscheck reads, resolved to the gold date at the gold's
  granularity (a day, a month or a year). Raw dateparser (`search_dates` on the sentence, the creation time as its
  base, its point truncated to the gold's granularity) is scored on the same mentions.
- **dated as an event**: of the dates read that are a day, how many claims name an event (a dated-event claim, the
  kind rule CC201 compares across articles), not only a date. A date that names no event is never compared; a
  month, a quarter or a year scopes the figures near it ("lost $6 billion in the first quarter") and is by design
  no event's date, so only days count here.

Across articles: the gold events that two or more articles report are the real cross-outlet cases. For each, are
its articles' dated-event claims in one fact (**aligned**)? Every date-conflict finding (CC201) here is a false
alarm unless the articles truly disagree: the benchmark prints them with the gold events their sides quote, and
counts the facts that join the dated-event claims of gold events on different dates (**merged**).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claim_diff import code_fingerprint
from extraction import EVAL, _meantime_doc
from realtext import documents

from checker.engine import load_rules
from checker.model import Claim, Document, Kind
from checker.pipeline import analyze

TIMELINES = EVAL / "semeval2015_task4_timelines"
CLUSTERS = {"corpus_1": "corpus_airbus", "corpus_2": "corpus_gm", "corpus_3": "corpus_stock"}
DATE_KINDS = (Kind.DATE, Kind.YEAR)


@dataclass(frozen=True)
class EventMention:
    entity: str  # the timeline (target entity) it comes from
    line: int  # the gold event's line in that timeline
    gold: str  # YYYY-MM-DD, YYYY-MM-XX or YYYY-XX-XX
    doc: str
    start: int  # the event word's span in the article's body text
    end: int
    word: str
    sentence: tuple[int, int]  # its sentence's span in the body text


def gold_holds(gold: str, low: date, high: date) -> bool:
    """Whether the interval [low, high] is the gold date at the gold's granularity."""
    y, m, d = gold.split("-")
    if m.startswith("X"):
        return low.year == high.year == int(y)
    if d.startswith("X"):
        return (low.year, low.month) == (high.year, high.month) == (int(y), int(m))
    return low.isoformat() == high.isoformat() == gold


def _token_spans(doc: Document) -> dict[int, list[tuple[str, int, int]]]:
    """The tokens of each MEANTIME sentence of `doc` as (word, start, end) in its body text (the title, sentence 0,
    gets negative offsets: the body starts after it)."""
    path = EVAL / doc.path
    text, offsets, root, _, _ = _meantime_doc(path)
    shift = len(text.partition("\n")[0]) + 1
    out: dict[int, list[tuple[str, int, int]]] = defaultdict(list)
    for token in root.iter("token"):
        start, end = offsets[token.get("t_id")]
        out[int(token.get("sentence"))].append((token.text or "", start - shift, end - shift))
    return out


def gold_events(docs: list[Document]) -> tuple[list[EventMention], int, int]:
    """Every dated gold event mention in an article body; with the counts of dated mentions in titles and of those
    whose token could not be found."""
    tokens = {d.doc: _token_spans(d) for d in docs}
    mentions: list[EventMention] = []
    in_title = not_found = 0
    for corpus in CLUSTERS:
        for path in sorted((TIMELINES / corpus / "TimeLines_Gold_Standard").glob("*.txt")):
            for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines()[1:], start=2):
                fields = line.split("\t")
                if len(fields) < 3 or fields[1].startswith("XXXX") or fields[1].count("-") != 2:
                    continue
                for mention in fields[2:]:
                    doc, sentence, word = mention.split("-", 2)
                    sentence_tokens = tokens.get(doc, {}).get(int(sentence), [])
                    first = word.split("_")[0]
                    hits = [t for t in sentence_tokens if t[0] == first] or [
                        t for t in sentence_tokens if t[0].lower()[:4] == first.lower()[:4]
                    ]
                    if not hits:
                        not_found += 1
                    elif hits[0][1] < 0:
                        in_title += 1
                    else:
                        span = (sentence_tokens[0][1], sentence_tokens[-1][2])
                        mentions.append(
                            EventMention(path.stem, line_no, fields[1], doc, hits[0][1], hits[0][2], word, span)
                        )
    return mentions, in_title, not_found


def _dateparser_reads(sentence: str, base: date, gold: str, search) -> bool:
    found = search(sentence, languages=["en"], settings={"RELATIVE_BASE": datetime(base.year, base.month, base.day)})
    y, m, d = gold.split("-")
    for _, when in found or ():
        if when.year != int(y):
            continue
        if m.startswith("X") or (when.month == int(m) and (d.startswith("X") or when.day == int(d))):
            return True
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", help="write the figures here")
    parser.add_argument(
        "--misses", help="write the gold events crosscheck did not date, with sentences (keep out of git)"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    fingerprint = code_fingerprint()
    docs = [d for d in documents() if d.story in CLUSTERS.values()]
    by_id = {d.doc: d for d in docs}
    mentions, in_title, not_found = gold_events(docs)
    analysis = analyze(docs, load_rules())
    claims_of: dict[str, list[Claim]] = defaultdict(list)
    for claim in analysis.claims:
        claims_of[claim.mention.doc].append(claim)
    fact_of = {id(c): i for i, fact in enumerate(analysis.facts) for c in fact.claims}
    from dateparser.search import search_dates

    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    misses: list[dict] = []
    event_claim: dict[EventMention, Claim] = {}
    for mention in mentions:
        story = by_id[mention.doc].story.removeprefix("corpus_")
        counts = totals[story]
        counts["mentions"] += 1
        doc = by_id[mention.doc]
        low, high = mention.sentence
        sentence = doc.text[low:high]
        if doc.published is not None and _dateparser_reads(sentence, doc.published, mention.gold, search_dates):
            counts["dateparser read"] += 1
        dates = [
            c
            for c in claims_of[mention.doc]
            if low <= c.mention.start < high and c.mention.kind in DATE_KINDS and c.mention.date is not None
        ]
        right = [c for c in dates if gold_holds(mention.gold, c.mention.date.start, c.mention.date.end)]
        if not right:
            continue
        claim = min(right, key=lambda c: min(abs(c.mention.start - mention.start), abs(c.mention.end - mention.end)))
        counts["date read"] += 1
        if claim.measure:
            event_claim[mention] = claim
        if claim.mention.date.granularity != "day":
            continue  # a month, a quarter or a year scopes the figures near it: by design no event's date
        counts["day read"] += 1
        if claim.measure:
            counts["dated as an event"] += 1
        else:
            misses.append(
                {"event": mention.word, "gold": mention.gold, "date": claim.mention.text, "sentence": sentence}
            )
    total = defaultdict(int)
    for counts in totals.values():
        for key, n in counts.items():
            total[key] += n
    totals["all"] = total

    # across articles: gold events that several articles report
    by_event: dict[tuple[str, int], list[EventMention]] = defaultdict(list)
    for mention in mentions:
        by_event[(mention.entity, mention.line)].append(mention)
    shared = {k: v for k, v in by_event.items() if len({m.doc for m in v}) > 1}
    # one real event can sit on several entities' timelines (GM's filing on GM's and on Chrysler's), each time with
    # other words of the same sentences: an event is its gold date and the sentences that report it
    seen_events: set[tuple[str, frozenset[tuple[str, tuple[int, int]]]]] = set()
    both = aligned = 0
    seen_pairs: set[frozenset[int]] = set()
    details: list[str] = []
    for event in shared.values():
        key = (event[0].gold, frozenset((m.doc, m.sentence) for m in event))
        if key in seen_events:
            continue
        seen_events.add(key)
        dated = {m.doc: event_claim[m] for m in event if m in event_claim}
        pair = frozenset(id(c) for c in dated.values())
        if len(dated) > 1 and pair not in seen_pairs:  # (two gold events, "filed" and "protection", one pair of dates)
            seen_pairs.add(pair)
            both += 1
            together = len({fact_of.get(id(c)) for c in dated.values()}) == 1
            aligned += together
            details.append(
                f"  {'aligned' if together else 'apart'}: {event[0].entity} {event[0].gold} "
                + "; ".join(
                    f"{doc} “{c.mention.text}” ({c.mention.date.start if c.mention.date else ''}) as "
                    f"{analysis.facts[fact_of[id(c)]].key if id(c) in fact_of else 'no fact'}"
                    for doc, c in sorted(dated.items())
                )
            )
    gold_of = {(c.mention.doc, c.mention.start): m.gold for m, c in event_claim.items()}
    merged = 0
    for fact in analysis.facts:
        golds = {
            gold_of[(c.mention.doc, c.mention.start)]
            for c in fact.claims
            if (c.mention.doc, c.mention.start) in gold_of
        }
        if len(golds) > 1:
            merged += 1
            details.append(f"  merged: {fact.key} holds gold dates {', '.join(sorted(golds))}")
    conflicts = [f for f in analysis.findings if f.rule == "CC201"]

    print(f"{len(docs)} articles, {len(analysis.claims)} claims; {len(mentions)} dated gold event mentions in article")
    print(f"bodies ({in_title} more in titles, {not_found} not found in their sentence)")
    print(
        f"{'folder':8} {'mentions':>8} {'date read':>16} {'dateparser read':>16} {'a day':>6} {'dated as an event':>18}"
    )
    for story, counts in sorted(totals.items(), key=lambda kv: kv[0] == "all"):
        n = counts["mentions"]
        cells = [f"{counts[k]:4d} ({100 * counts[k] / n:4.1f}%)" for k in ("date read", "dateparser read")]
        days = counts["day read"]
        event = f"{counts['dated as an event']:4d} ({100 * counts['dated as an event'] / max(days, 1):4.1f}%)"
        print(f"{story:8} {n:8d} {cells[0]:>16} {cells[1]:>16} {days:6d} {event:>18}")
    print("(a day: the dates read that are a day; dated as an event: of those)")
    print(
        f"events reported by 2+ articles: {len(seen_events)}; dated as an event in 2+ of them: {both}; "
        f"aligned into one fact: {aligned}"
    )
    print(f"facts joining dated events of different gold dates: {merged}; date conflicts (CC201): {len(conflicts)}")
    print("\n".join(details))
    for f in conflicts:
        print(f"  {f.message[:200]}")
    print(f"{time.perf_counter() - started:.0f}s; checker/ + rules/ fingerprint {fingerprint}")
    result = {
        "articles": len(docs),
        "mentions": {story: dict(counts) for story, counts in totals.items()},
        "shared_events": len(seen_events),
        "shared_events_dated_twice": both,
        "shared_events_aligned": aligned,
        "merged_facts": merged,
        "date_conflicts": len(conflicts),
        "code_fingerprint": fingerprint,
    }
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    if args.misses:
        Path(args.misses).write_text(json.dumps(misses, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

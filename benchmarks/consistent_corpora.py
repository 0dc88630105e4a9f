"""Consistent base corpora for the perturbation benchmark, with every figure's ground truth.

- `sample_corpus`: a bundled sample corpus (samples/<name>/) with its planted conflicts removed in memory: the
  wrong side of each gold conflict is rewritten to agree with the truth side (files are never touched).
- `synthetic_corpora`: stories from benchmarks/data/synthetic_stories.yaml rendered for five outlets each, seeded.

A `Slot` is one written occurrence of a ground-truth fact in one document. Facts are the gold `corroborated`
entries plus the (now agreeing) gold conflicts for the samples, and the stories' facts for the synthetic corpora.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import yaml
from perturbations import (
    WEEKDAYS,
    DateText,
    agreeing_text,
    figure_kind,
    read_absolute_date,
    read_weekday,
    render_date,
)

from checker.gold import load_gold
from checker.ingest import read_corpus
from checker.model import Document

ROOT = Path(__file__).resolve().parent.parent
STORIES = Path(__file__).resolve().parent / "data" / "synthetic_stories.yaml"


@dataclass(frozen=True, slots=True)
class Slot:
    """One written occurrence of a ground-truth fact."""

    corpus: str
    fact: str
    doc: str
    source: str
    start: int
    end: int
    text: str
    kind: str  # perturb.figure_kind, or the story's declared kind
    target: bool  # may be perturbed (unique in its document, not a hedged/distractor figure)
    truth: date | None = None  # the true date of a date fact
    item: int = -1  # synthetic: index of the sentence in the document's plan (for paraphrases)


@dataclass(slots=True)
class BenchCorpus:
    name: str
    documents: list[Document]
    slots: list[Slot]
    fixes: list[tuple[str, str, str]] = field(default_factory=list)  # (doc, planted text, agreeing text)
    # synthetic corpora: re-render one document with another wording of the sentence that holds `slot`;
    # returns the new document, the slot's new occurrence and all the document's new slots
    paraphrase: Callable[[Slot], tuple[Document, Slot, list[Slot]] | None] | None = None

    def doc(self, doc_id: str) -> Document:
        return next(d for d in self.documents if d.doc == doc_id)

    def facts(self) -> dict[str, list[Slot]]:
        out: dict[str, list[Slot]] = {}
        for s in self.slots:
            out.setdefault(s.fact, []).append(s)
        return out


def with_text(document: Document, text: str) -> Document:
    return replace(document, text=text, content_hash=hashlib.sha1(text.encode()).hexdigest()[:16])


# ---------------------------------------------------------------- the bundled samples


def _truth_date(quotes: list[tuple[str, str]], docs: dict[str, Document]) -> date | None:
    """The date most of a fact's quotes give: absolute ones first ('May 16' in a 2024 paper), else weekdays read
    as the nearest such day to publication."""
    absolute = Counter(
        d for doc, q in quotes if docs[doc].published for d in [read_absolute_date(q, docs[doc].published)] if d
    )
    if absolute:
        return absolute.most_common(1)[0][0]
    relative = Counter(
        d for doc, q in quotes if docs[doc].published for d in [read_weekday(q, docs[doc].published)] if d
    )
    if relative:
        return relative.most_common(1)[0][0]
    years = Counter(int(q) for _, q in quotes if re.fullmatch(r"1[89]\d\d|20\d\d", q))
    if years:
        return date(years.most_common(1)[0][0], 1, 1)
    return None


def _fix_companion_weekday(text: str, start: int, end: int, wrong: date | None, truth: date, published: date) -> str:
    """'Thursday night, Oct. 10' → after fixing 'Oct. 10', the weekday next to it must move too."""
    if wrong is None:
        return text
    lo, hi = max(0, start - 30), min(len(text), end + 30)
    for m in re.finditer(r"\b(" + "|".join(WEEKDAYS) + r")\b", text[lo:hi]):
        if read_weekday(m.group(1), published) == wrong:
            s, e = lo + m.start(1), lo + m.end(1)
            return text[:s] + WEEKDAYS[truth.weekday()] + text[e:]
    return text


def consistent_texts(
    docs: dict[str, Document], gold: dict
) -> tuple[dict[str, str], dict[str, list[tuple[str, str]]], list[tuple[str, str, str]]]:
    """Texts with every planted conflict removed, the quotes of each gold fact in those texts, and the fixes.

    For each gold conflict the side with the most quotes is the truth; each quote of the other sides is rewritten
    in its own style to agree with it ('$250 billion' → '$240 billion')."""
    texts = {k: d.text for k, d in docs.items()}
    facts: dict[str, list[tuple[str, str]]] = {}
    fixes: list[tuple[str, str, str]] = []
    for conflict in gold.get("conflicts") or []:
        sides = [[(str(q["doc"]), str(q["quote"])) for q in side] for side in conflict["sides"]]
        truth_i = max(range(len(sides)), key=lambda i: (len(sides[i]), -i))
        truth_quotes = sides[truth_i]
        truth_date = _truth_date(truth_quotes, docs) if conflict.get("rule_kind") == "date" else None
        quotes = list(truth_quotes)
        for i, side in enumerate(sides):
            if i == truth_i:
                continue
            for doc, quote in side:
                text = texts[doc]
                at = text.find(quote)
                if at < 0:
                    raise ValueError(f"gold quote {quote!r} not in {doc}")
                published = docs[doc].published or date.today()
                new = agreeing_text(quote, [q for _, q in truth_quotes], truth_date, published, before=text[:at])
                text = text[:at] + new + text[at + len(quote) :]
                if truth_date is not None:
                    wrong = read_absolute_date(quote, published) or read_weekday(quote, published)
                    text = _fix_companion_weekday(text, at, at + len(new), wrong, truth_date, published)
                texts[doc] = text
                fixes.append((doc, quote, new))
                quotes.append((doc, new))
        facts[str(conflict["id"])] = quotes
    for entry in gold.get("corroborated") or []:
        facts[str(entry["id"])] = [(str(q["doc"]), str(q["quote"])) for q in entry["claims"]]
    return texts, facts, fixes


_AGE_BEFORE = re.compile(r"[A-Z][\w'’.-]+,\s*$")


def sample_corpus(name: str) -> BenchCorpus:
    folder = ROOT / "samples" / name
    corpus = read_corpus([folder])
    docs = {d.doc: d for d in corpus.documents}
    gold = load_gold(folder / "gold.yaml")
    texts, facts, fixes = consistent_texts(docs, gold)
    documents = [with_text(d, texts[d.doc]) if texts[d.doc] != d.text else d for d in corpus.documents]
    by_id = {d.doc: d for d in documents}
    slots: list[Slot] = []
    for fact, quotes in facts.items():
        truth = _truth_date(quotes, by_id)
        for doc, quote in quotes:
            text = texts[doc]
            starts = [m.start() for m in re.finditer(re.escape(quote), text)]
            for at in starts:
                kind = figure_kind(quote)
                if (
                    kind == "count"
                    and _AGE_BEFORE.search(text[max(0, at - 40) : at])
                    and text[at + len(quote) :][:1] == ","
                ):
                    kind = "age"  # "Putin, 71, was sworn in"
                slots.append(
                    Slot(
                        name,
                        f"{name}/{fact}",
                        doc,
                        by_id[doc].source,
                        at,
                        at + len(quote),
                        quote,
                        kind,
                        target=len(starts) == 1,
                        truth=truth,
                    )
                )
    return BenchCorpus(name, documents, slots, fixes)


# ---------------------------------------------------------------- synthetic stories

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _date_forms(truth: date, published: date) -> list[str]:
    forms = [
        render_date(truth, DateText("on ", "md", False, ""), published),
        render_date(truth, DateText("on ", "dm", False, ""), published),
    ]
    delta = (published - truth).days
    if delta == 0:
        forms.append("today")
    elif 1 <= delta <= 3:
        forms.append("on " + WEEKDAYS[truth.weekday()])
    return forms


@dataclass(slots=True)
class _Item:
    """One sentence of a synthetic document: filler text, or variant `variant` of group `group`."""

    text: str = ""
    group: int = -1
    variant: int = 0


@dataclass(slots=True)
class _Plan:
    story: dict
    outlet: dict
    doc: str
    title: str
    forms: dict[str, str]  # fact id -> the form this outlet writes
    paragraphs: list[list[_Item]]


def _render(plan: _Plan, corpus: str) -> tuple[Document, list[Slot]]:
    story = plan.story
    facts = story["facts"]
    published = plan.outlet["published"]
    pieces: list[str] = []
    slots: list[Slot] = []
    offset = 0
    item_no = 0
    for p_index, paragraph in enumerate(plan.paragraphs):
        if p_index:
            pieces.append("\n\n")
            offset += 2
        for s_index, item in enumerate(paragraph):
            if s_index:
                pieces.append(" ")
                offset += 1
            if p_index == 0 and s_index == 0:
                lead = f"{story['dateline']} ({plan.outlet['source']}) - "
                pieces.append(lead)
                offset += len(lead)
            if item.group < 0:
                pieces.append(item.text)
                offset += len(item.text)
                item_no += 1
                continue
            template = story["groups"][item.group]["variants"][item.variant]
            pos = 0
            sentence_start = offset
            out = []
            for m in _PLACEHOLDER.finditer(template):
                out.append(template[pos : m.start()])
                fact = m.group(1)
                form = plan.forms[fact]
                at = sentence_start + sum(len(x) for x in out)
                if at == sentence_start and form[:1].islower():
                    form = form[0].upper() + form[1:]
                out.append(form)
                spec = facts[fact]
                kind = spec["kind"]
                slots.append(
                    Slot(
                        corpus,
                        f"{corpus}/{fact}",
                        plan.doc,
                        plan.outlet["source"],
                        at,
                        at + len(form),
                        form,
                        kind if kind != "date" else figure_kind(form),
                        target=spec.get("target", True) is not False,
                        truth=spec.get("truth"),
                        item=item_no,
                    )
                )
                pos = m.end()
            out.append(template[pos:])
            sentence = "".join(out)
            sentence = sentence[0].upper() + sentence[1:]
            pieces.append(sentence)
            offset += len(sentence)
            item_no += 1
    text = "".join(pieces)
    document = Document(
        doc=plan.doc,
        source=plan.outlet["source"],
        text=text,
        path=f"synthetic/{plan.doc}.md",
        published=published,
        title=plan.title,
        content_hash=hashlib.sha1(text.encode()).hexdigest()[:16],
    )
    return document, slots


def _plan_story(story: dict, seed: int) -> list[_Plan]:
    rng = random.Random(f"{seed}:{story['id']}")
    outlets = story["outlets"]
    n = len(outlets)
    carried: list[list[int]] = [[] for _ in outlets]
    for gi, group in enumerate(story["groups"]):
        if gi == 0:
            k = n  # the opening sentence (the event itself) is in every article
        elif "outlets" in group:
            k = int(group["outlets"])
        else:
            k = rng.randint(int(group.get("min_outlets", 3)), int(group.get("max_outlets", n)))
        for oi in sorted(rng.sample(range(n), k)):
            carried[oi].append(gi)
    plans = []
    for oi, outlet in enumerate(outlets):
        slug = re.sub(r"[^a-z0-9]+", "-", outlet["source"].lower()).strip("-")
        forms: dict[str, str] = {}
        for fact, spec in story["facts"].items():
            if spec["kind"] == "date" and "forms" not in spec:
                options = _date_forms(spec["truth"], outlet["published"])
            else:
                options = list(spec["forms"])
            forms[fact] = rng.choice(options)
        groups = carried[oi]
        # the first carried group opens the article (its main event), the rest keep the story's order
        items = [_Item(group=gi, variant=rng.randrange(len(story["groups"][gi]["variants"]))) for gi in groups]
        fillers = rng.sample(story["filler"], k=min(len(story["filler"]), rng.randint(2, 4)))
        for text in fillers:
            items.insert(rng.randint(1, max(1, len(items))), _Item(text=text))
        paragraphs = [items[i : i + 2] for i in range(0, len(items), 2)]
        plans.append(_Plan(story, outlet, f"{story['id']}-{slug}", story["titles"][oi], forms, paragraphs))
    return plans


def synthetic_corpora(seed: int | None = None) -> list[BenchCorpus]:
    data = yaml.safe_load(STORIES.read_text(encoding="utf-8"))
    seed = data["seed"] if seed is None else seed
    corpora = []
    for story in data["stories"]:
        name = f"synthetic-{story['id']}"
        plans = _plan_story(story, seed)
        documents, slots = [], []
        for plan in plans:
            document, doc_slots = _render(plan, name)
            documents.append(document)
            slots.extend(doc_slots)
        plan_of = {p.doc: p for p in plans}
        slots_of: dict[str, list[Slot]] = {}
        for s in slots:
            slots_of.setdefault(s.doc, []).append(s)

        def paraphrase(
            slot: Slot,
            plan_of: dict[str, _Plan] = plan_of,
            name: str = name,
            slots_of: dict[str, list[Slot]] = slots_of,
        ) -> tuple[Document, Slot, list[Slot]] | None:
            plan = plan_of[slot.doc]
            flat = [item for paragraph in plan.paragraphs for item in paragraph]
            item = flat[slot.item]
            variants = plan.story["groups"][item.group]["variants"]
            if len(variants) < 2:
                return None
            original = item.variant
            item.variant = (original + 1) % len(variants)
            try:
                document, new_slots = _render(plan, name)
            finally:
                item.variant = original
            # the same fact in the same sentence (the k-th occurrence of that fact in the sentence)
            old_same = [s for s in slots_of[slot.doc] if s.item == slot.item and s.fact == slot.fact]
            k = old_same.index(slot)
            new_same = [s for s in new_slots if s.item == slot.item and s.fact == slot.fact]
            return (document, new_same[k], new_slots) if k < len(new_same) else None

        corpora.append(BenchCorpus(name, documents, slots, paraphrase=paraphrase))
    return corpora

"""Every rule is documented, and its fires/passes examples behave as documented — through the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from checker.checks import load_all
from checker.engine import configure, load_rules, parse_rules
from checker.errors import RuleError
from checker.model import Document
from checker.pipeline import analyze

RULES = load_rules()


def _documents(examples) -> list[Document]:
    return [
        Document(doc=f"ex{i}", source=e.source, text=e.text, path=f"ex{i}", published=date.fromisoformat(e.published))
        for i, e in enumerate(examples)
    ]


def _articles(*pairs: tuple[str, str], published: date = date(2024, 10, 10)) -> list[Document]:
    """One article per (source, text), all published the same day."""
    return [Document(f"d{i}", source, text, f"d{i}.md", published) for i, (source, text) in enumerate(pairs)]


def _dated_articles(*triples: tuple[str, str, str]) -> list[Document]:
    """One article per (source, ISO publication day, text)."""
    return [
        Document(f"d{i}", source, text, f"d{i}.md", date.fromisoformat(day))
        for i, (source, day, text) in enumerate(triples)
    ]


def test_rules_are_documented_and_ids_unique() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    assert {"CC101", "CC102", "CC201", "CC301"} <= set(ids)
    for rule in RULES:
        assert rule.why and rule.fires and rule.passes, rule.id


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_fires_on_its_example(rule) -> None:
    analysis = analyze(_documents(rule.fires), [rule], extra=rule.example_extra())
    assert [f for f in analysis.findings if f.rule == rule.id], f"{rule.id} did not fire on its 'fires' example"


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_passes_its_example(rule) -> None:
    analysis = analyze(_documents(rule.passes), [rule], extra=rule.example_extra())
    found = [f.message for f in analysis.findings if f.rule == rule.id]
    assert not found, f"{rule.id} fired on its 'passes' example: {found}"


def test_every_registered_check_is_used_by_a_rule() -> None:
    assert set(load_all()) <= {r.check for r in RULES}


GOOD = """
- id: CC199
  name: test-rule
  check: interval_conflict
  severity: error
  why: because
  fires: ["A: x 1"]
  passes: ["A: x 1"]
"""


def test_unknown_key_is_an_error_with_line() -> None:
    with pytest.raises(RuleError, match=r"rules.yaml:6: unknown key 'sevrity'"):
        parse_rules(GOOD.replace("severity: error", "severity: error\n  sevrity: info"), "rules.yaml")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("check: interval_conflict", "check: no_such_check"), "unknown check"),
        (("severity: error", "severity: fatal"), "not error, warning or info"),
        (("id: CC199", "id: X1"), "not CC1xx"),
        (("name: test-rule", "name: Test Rule"), "kebab-case"),
        (("why: because", "why: ''"), "missing why"),
        (("severity: error", "severity: error\n  params: {tolerence: 1}"), "no parameter"),
    ],
)
def test_malformed_rules_are_rejected(change, message) -> None:
    with pytest.raises(RuleError, match=message):
        parse_rules(GOOD.replace(*change), "rules.yaml")


def test_duplicate_ids_across_files(tmp_path) -> None:
    (tmp_path / "a.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(GOOD, encoding="utf-8")
    with pytest.raises(RuleError, match="already used"):
        load_rules([tmp_path])


def test_configure_severity_and_disable() -> None:
    rules = configure(RULES, disable=["CC301"], severity={"numeric-conflict": "warning"})
    by_id = {r.id: r for r in rules}
    assert not by_id["CC301"].enabled
    assert by_id["CC101"].severity.value == "warning"
    with pytest.raises(RuleError, match="unknown rule"):
        configure(RULES, disable=["CC999"])


def test_a_year_that_dates_an_event_can_conflict() -> None:
    """'since 1921' vs 'since 1922' is a date conflict; a year that only scopes a figure never is."""

    dated = _articles(
        ("Gulf Tribune", "Tampa Bay has not taken a direct hit from a major hurricane since 1921."),
        ("Weather Desk", "Tampa Bay has not taken a direct hit from a major hurricane since 1922."),
    )
    assert [f.rule for f in analyze(dated, RULES).findings if f.kind == "conflict"] == ["CC201"]
    scoped = _articles(
        ("Gulf Tribune", "In 2023 the port handled 40 ships."),
        ("Weather Desk", "In 2022 the port handled 40 ships."),
    )
    assert not [f for f in analyze(scoped, RULES).findings if f.rule == "CC201"]


def test_sentence_groups_do_not_depend_on_the_order_claims_come_in(run) -> None:
    from checker.checks import Corpus

    analysis = run(
        ("Harbour Wire", "2024-05-14", "Exports rose 20% to $12bn from $10bn. Imports fell 5% to $4bn. Nine died."),
        ("Bay Daily", "2024-05-14", "Exports grew to $12bn from $10bn, up 20%. Imports slid to $4bn."),
    )
    ordered = Corpus((), analysis.claims).sentences
    assert ordered and all(len(group) > 1 for group in ordered)
    shuffled = Corpus((), tuple(reversed(analysis.claims))).sentences  # the grouping by key, not by runs
    assert [[c.mention.start for c in g] for g in shuffled] == [[c.mention.start for c in reversed(g)] for g in ordered]


def test_each_side_of_a_tally_is_its_own_fact() -> None:
    """'voted 51-49' against 'voted 52-48': both sides conflict, each with its counterpart; two outlets with the
    same tally agree (the sides are never compared with each other, nor read as a range)."""

    split = analyze(
        _articles(
            ("Capitol Wire", "The Senate voted 51-49 on Tuesday to confirm the nominee."),
            ("Hill Daily", "The Senate voted 52-48 on Tuesday to confirm the nominee."),
        ),
        RULES,
    )
    conflicts = [f for f in split.findings if f.kind == "conflict"]
    assert sorted(f.fact_key.split("(")[1].split(")")[0] for f in conflicts) == [
        "first side of the tally",
        "second side of the tally",
    ]
    assert sorted(sorted(c.mention.value for side in f.sides for c in side) for f in conflicts) == [
        [48.0, 49.0],
        [51.0, 52.0],
    ]
    same = analyze(
        _articles(
            ("Capitol Wire", "The Senate voted 51-49 on Tuesday to confirm the nominee."),
            ("Hill Daily", "On Tuesday the Senate voted 51 to 49 to confirm the nominee."),
        ),
        RULES,
    )
    assert not [f for f in same.findings if f.kind == "conflict"]


def test_a_change_told_with_a_participle_is_checked_by_its_arithmetic() -> None:
    """'has risen 50%, from 20,000 to 40,000' is wrong by its own arithmetic, as 'rose 50%' is."""
    for text in (
        "Trade has risen 50%, from 20,000 to 40,000 tonnes.",
        "Trade has fallen 30%, from 40,000 to 20,000 tonnes.",
    ):
        doc = Document(doc="a", source="Port Wire", text=text, path="a", published=date(2024, 5, 1))
        assert [f.rule for f in analyze([doc], RULES).findings if f.kind == "arithmetic"] == ["CC401"], text


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Exports rose 50% to $12bn from $10bn.", True),  # the change's figure between its verb and "to"
        ("Exports rose 20% to $12bn from $10bn.", False),
        ("Shares fell 30% to $45 from $50.", True),
        ("Trade grew from $108bn to $240bn, up 50%.", True),  # the change after its endpoints
        ("Trade grew from $108bn to $240bn, up 122%.", False),
        # two changes in one sentence: each endpoint belongs to the change before it
        ("Revenue rose 40% to $5.1bn from $4.6bn, while net income fell 3% to $800m.", True),
        ("Revenue rose 12% to $5.1bn from $4.6bn, while net income fell 3% to $800m.", False),
        ("Revenue rose 12%, from $4.6bn to $5.1bn, while costs fell from $2bn to $1.5bn.", False),
        # one change, two pairs of endpoints: its nearest pair
        ("Sales rose 5% from 100 to 105 units and prices rose from $10 to $20.", False),
        # the change named by its noun after its endpoints
        ("Cases rose to 1,234 from 987 a week earlier, an increase of 25%.", False),
        ("Cases rose to 1,234 from 987 a week earlier, an increase of 50%.", True),
    ],
)
def test_change_arithmetic_pairs_each_change_with_its_own_endpoints(text: str, fires: bool) -> None:
    doc = Document(doc="a", source="Port Wire", text=text, path="a", published=date(2024, 5, 1))
    found = [f.rule for f in analyze([doc], RULES).findings if f.kind == "arithmetic"]
    assert found == (["CC401"] if fires else []), text


def test_a_results_figure_with_no_period_joins_the_period_just_ended() -> None:
    """A results story published in February reports the quarter that ended in December: its figure stated with
    no period is compared with the one figure another outlet scopes to that quarter; a period that ended long
    before publication is not joined."""

    def run(summary: str, published: date) -> list[str]:
        documents = [
            Document("call", "Transcript", "The airline reported a net profit of $8.2 million.", "c", published),
            Document("sum", "Summary", summary, "s", published),
        ]
        return [f.rule for f in analyze(documents, RULES).findings if f.kind == "conflict"]

    stated = "The airline reported a net profit of $9.4 million in the fourth quarter of 2022."
    assert run(stated, date(2023, 2, 15)) == ["CC101"]
    assert run(stated, date(2023, 9, 15)) == []


def test_forecasts_are_compared_with_each_other_apart_from_the_actuals() -> None:
    """Two outlets' forecasts of one figure that cannot both be right conflict, even where the fact also has plain
    statements (which they are never compared with); other hedges ("would cross 11 km") are left out."""
    published = date(2021, 2, 10)

    def conflicts(*texts: tuple[str, str]) -> list[str]:
        return [
            f.fact_key for f in analyze(_articles(*texts, published=published), RULES).findings if f.kind == "conflict"
        ]

    actual = ("Wire", "The company had sales of $441 million in 2021.")
    assert conflicts(
        actual,
        ("Call", "Its sales forecast for 2021 is $1.7 billion to $1.8 billion."),
        ("Summary", "Its sales forecast for 2021 is $1 billion to $1.1 billion."),
    ) == ["revenue, 2021, USD (forecasts)"]
    # "$1.7 billion" may be "$1.75 billion" rounded: no conflict, and no range mismatch either (CC108)
    assert not conflicts(
        actual,
        ("Call", "Its sales forecast for 2021 is $1.7 billion to $1.8 billion."),
        ("Summary", "Its sales forecast for 2021 is $1.75 billion to $1.8 billion."),
    )
    # hedges that forecast nothing are not compared while the fact has plain statements
    assert not conflicts(
        ("Wire", "The pipeline runs 3,810 km from the gas fields to the border."),
        ("Call", "A farmer said the pipeline would cross 11 km of her land."),
        ("Summary", "A farmer said the pipeline would cross 2 km of his land."),
    )


def test_a_figure_borrowing_the_articles_subject_meets_the_same_figure_naming_nobody() -> None:
    """One outlet's story names Florida ("Florida's governor"), so its toll borrows Florida as its subject;
    another's names no place at all: the two tolls of the same day are one fact, and 16 against 11 a conflict."""
    analysis = analyze(
        _articles(
            (
                "Sunshine Wire",
                "Florida's governor toured the coast on Friday. Officials confirmed 16 deaths on Friday.",
            ),
            ("Gulf Tribune", "Officials confirmed 11 deaths on Friday as crews cleared roads."),
            published=date(2024, 10, 12),
        ),
        RULES,
    )
    (fact,) = [f for f in analysis.facts if {c.mention.text for c in f.claims} == {"16 deaths", "11 deaths"}]
    assert fact.claims[0].subjects == ("Florida",) or fact.claims[1].subjects == ("Florida",)
    assert any(f.kind == "conflict" and f.fact_key == fact.key for f in analysis.findings)


def test_a_part_of_a_toll_is_no_step_of_the_total_over_time() -> None:
    # the total rose from 10 to 16 between the two days; the "six of them" in one county is a series of its own
    docs = [
        Document(
            "d0",
            "Tampa Wire",
            "State officials had confirmed at least 10 deaths by Thursday afternoon.",
            "d0.md",
            date(2024, 10, 10),
        ),
        Document(
            "d1",
            "Gulf Post",
            "As of Friday evening the state says 16 people have died statewide, six of them in the tornado.",
            "d1.md",
            date(2024, 10, 11),
        ),
    ]
    rule = next(r for r in RULES if r.id == "CC302")
    messages = [f.message for f in analyze(docs, [rule]).findings]
    assert len(messages) == 1 and "“at least 10 deaths”" in messages[0] and "“16 people”" in messages[0]
    assert "“six”" not in messages[0]


def _range_findings(*texts: str) -> list[str]:
    rule = next(r for r in RULES if r.id == "CC108")
    sources = ("Harbour Wire", "Baltic Post", "Meridian News")
    docs = _articles(*zip(sources, texts, strict=False))
    return [f.message for f in analyze(docs, [rule]).findings]


def test_ranges_are_compared_in_the_unit_they_were_written_in() -> None:
    # 10-16 feet is 3.0-4.9 m: "3 to 5 metres" is the same surge rounded, no disagreement
    assert not _range_findings(
        "The hurricane center warned of a storm surge of between 10 and 16 feet in Tampa on Monday.",
        "The hurricane center warned of a storm surge of 3 to 5 metres in Tampa on Monday.",
    )
    found = _range_findings(
        "The hurricane center warned of a storm surge of between 10 and 16 feet in Tampa on Monday.",
        "The hurricane center warned of a storm surge of between 10 and 15 feet in Tampa on Monday.",
    )
    assert len(found) == 1 and "“between 10 and 15 feet”" in found[0] and "“between 10 and 16 feet”" in found[0]


def test_ranges_that_cannot_overlap_are_a_numeric_conflict_not_a_range_mismatch() -> None:
    assert not _range_findings(
        "Ironbark Foods expects full-year revenue of $3.5 billion to $3.6 billion, it said on Tuesday.",
        "Ironbark Foods expects full-year revenue of $3.8 billion to $3.9 billion, it said on Tuesday.",
    )


def test_range_ends_agree_within_their_written_rounding() -> None:
    guidance = "Ironbark Foods expects full-year revenue of between $3.515 billion and $3.575 billion, it said."
    assert not _range_findings(guidance, "Ironbark Foods expects full-year revenue of $3.5 billion to $3.6 billion.")
    found = _range_findings(
        guidance, "Ironbark Foods expects full-year revenue of between $3.515 billion and $3.569 billion."
    )
    assert len(found) == 1 and "$3.569 billion" in found[0]


@pytest.mark.parametrize(
    ("first", "second", "fires"),
    [
        # an age is the person's age on its article's day: the birthday may fall between two articles
        (
            ("2011-01-17", "Apple's chief executive Steve Jobs, 55, took medical leave."),
            ("2011-10-06", "Steve Jobs, 56, died on Wednesday."),
            False,
        ),
        # on one day a person has one age
        (
            ("2011-01-17", "Apple's chief executive Steve Jobs, 55, took medical leave."),
            ("2011-01-17", "Steve Jobs, 56, took medical leave."),
            True,
        ),
        # two days are too few for a birthday to explain it; nine months add one year at most
        (
            ("2011-01-17", "Apple's chief executive Steve Jobs, 55, took medical leave."),
            ("2011-01-19", "Steve Jobs, 56, took medical leave."),
            True,
        ),
        (
            ("2011-01-17", "Apple's chief executive Steve Jobs, 55, took medical leave."),
            ("2011-10-06", "Steve Jobs, 57, died on Wednesday."),
            True,
        ),
        # the earlier article's age is the one carried forward, whichever comes first in the run
        (
            ("2011-10-06", "Steve Jobs, 56, died on Wednesday."),
            ("2011-01-17", "Apple's chief executive Steve Jobs, 56, took medical leave."),
            False,
        ),
    ],
)
def test_ages_are_compared_as_of_the_latest_article(first, second, fires: bool) -> None:
    documents = _dated_articles(("Harbour Wire", *first), ("Meridian News", *second))
    analysis = analyze(documents, RULES)
    ages = [c for c in analysis.claims if c.mention.kind.value == "age"]
    assert len(ages) == 2 and ages[0].subjects == ages[1].subjects == ("Steve Jobs",)
    assert bool([f for f in analysis.findings if f.rule == "CC105"]) == fires


def test_a_change_amount_is_no_step_of_the_level_it_changes() -> None:
    """CC302 shows a level's steps over the days ("closed at 10,769 points" → "at 11,350 points"); a day's move
    ("fell 366 points") is a series of its own."""
    days = [
        ("Harbour Wire", "2008-09-17", "The Dow Jones closed at 10,769 points on Wednesday."),
        ("Meridian News", "2008-09-18", "The Dow Jones fell 366 points on Thursday."),
        ("Harbour Wire", "2008-09-19", "The Dow Jones fell 140 points on Friday."),
        ("Meridian News", "2008-09-20", "The Dow Jones closed at 11,350 points on Saturday."),
    ]
    documents = _dated_articles(*days)
    series = [{c.mention.text for c in f.claims} for f in analyze(documents, RULES).findings if f.rule == "CC302"]
    assert {"10,769 points", "11,350 points"} in series
    assert all(not ({"366 points", "140 points"} & s and {"10,769 points", "11,350 points"} & s) for s in series)


@pytest.mark.parametrize(
    ("second_published", "fires"),
    [
        # two days later, "on Monday" and "on Tuesday" date one announcement twice
        ("2007-02-08", True),
        # eleven months later, the story's next episode: another announcement
        ("2008-01-09", False),
    ],
)
def test_event_dates_are_compared_within_an_episode_of_the_story(second_published: str, fires: bool) -> None:
    documents = _dated_articles(
        ("Harbour Wire", "2007-02-06", "Apple announced the new phone on Monday."),
        ("Meridian News", second_published, "Apple announced the new phone on Tuesday."),
    )
    analysis = analyze(documents, RULES)
    dated = [c for c in analysis.claims if c.mention.kind.value == "date"]
    assert len(dated) == 2 and dated[0].measure == dated[1].measure == "announcement"
    assert bool([f for f in analysis.findings if f.rule == "CC201"]) == fires


@pytest.mark.parametrize(
    ("second", "fires"),
    [
        # the same announcement: the words around it are shared
        ("Beijing announced the new tariffs on American cars on Tuesday.", True),
        # another announcement of the story: only the word "announced" is shared
        ("Beijing announced in April that it would impose sanctions on two banks.", False),
    ],
)
def test_a_generic_event_word_alone_does_not_make_two_dates_one_fact(second: str, fires: bool) -> None:
    documents = _dated_articles(
        ("Harbour Wire", "2024-05-15", "Beijing announced the new tariffs on American cars on Monday."),
        ("Meridian News", "2024-05-15", second),
    )
    analysis = analyze(documents, RULES)
    dated = [c for c in analysis.claims if c.mention.kind.value == "date"]
    assert len(dated) == 2 and dated[0].measure == dated[1].measure == "announcement"
    assert bool([f for f in analysis.findings if f.rule == "CC201"]) == fires


def test_a_rounded_hedge_of_a_figure_is_no_conflict_but_a_wrong_one_is() -> None:
    """'around 7%' is how an outlet rounds 7.4%; 'around 9%' is not."""
    rounded = analyze(
        _articles(
            ("Gulf Tribune", "Shares of Kestrel Foods rose around 7% on Friday."),
            ("Sunshine Wire", "Shares of Kestrel Foods rose 7.4% on Friday."),
        ),
        RULES,
    )
    assert not [f for f in rounded.findings if f.kind == "conflict"]
    wrong = analyze(
        _articles(
            ("Gulf Tribune", "Shares of Kestrel Foods rose around 9% on Friday."),
            ("Sunshine Wire", "Shares of Kestrel Foods rose 7.4% on Friday."),
        ),
        RULES,
    )
    assert [f for f in wrong.findings if f.kind == "conflict"]


def test_durations_named_by_what_lasted_are_compared() -> None:
    """A chief executive's time at the helm, a bridge's design life and the ferry crossing it replaces."""
    analysis = analyze(
        _articles(
            (
                "Gulf Tribune",
                "Zeller has run the company for five years. Engineers designed it to last 120 years. "
                "The ferry crossing it replaces takes 64 minutes.",
            ),
            (
                "Sunshine Wire",
                "Zeller has run the company for eight years. Engineers designed it to last 150 years. "
                "The ferry crossing it replaces takes 49 minutes.",
            ),
        ),
        RULES,
    )
    conflicts = {f.fact_key.split(",")[0] for f in analysis.findings if f.kind == "conflict"}
    assert conflicts == {"tenure", "design life", "ferry crossing time"}


def test_figures_a_hundred_times_apart_are_two_facts_not_a_conflict() -> None:
    """A per-share amount and a company-wide sum joined under one measure are no conflict between them; the
    per-share amounts still conflict with each other."""
    analysis = analyze(
        _articles(
            ("Gulf Tribune", "Kestrel Foods will pay a dividend of $0.45 a share, and buy back $2.8 billion of stock."),
            ("Sunshine Wire", "Kestrel Foods will pay a dividend of $0.32 a share."),
            ("Harbour Wire", "Kestrel Foods set aside $2.8 billion to buy back stock and pay a dividend."),
        ),
        RULES,
    )
    conflicts = [f for f in analysis.findings if f.kind == "conflict"]
    assert conflicts
    for finding in conflicts:
        values = [c.mention.value for side in finding.sides for c in side]
        assert max(values) < 100 * min(values), finding.message


def test_a_year_named_before_a_quarter_dates_that_quarter() -> None:
    """'A year earlier, second-quarter revenue was $3.1 billion' is last year's second quarter, not this
    year's: no conflict with this year's $3.6 billion."""
    analysis = analyze(
        _articles(
            (
                "Gulf Tribune",
                "Kestrel Foods booked revenue of $3.6 billion in the April-June quarter. "
                "A year earlier, second-quarter revenue was $3.1 billion.",
            ),
            ("Sunshine Wire", "Kestrel Foods said second-quarter revenue was $3.6 billion."),
            ("Harbour Wire", "A year earlier, Kestrel Foods' second-quarter revenue was $3.1 billion."),
        ),
        RULES,
    )
    assert not [f for f in analysis.findings if f.kind == "conflict"]
    scopes = {c.mention.text: c.time_scope for f in analysis.facts for c in f.claims}
    assert scopes["$3.1 billion"] == "2023-Q2" and scopes["$3.6 billion"] == "2024-Q2"


def test_a_gap_too_small_to_show_in_tenths_says_so() -> None:
    """'120 years' and '121 years' cannot both be true, but their intervals just miss: no 'gap 0.0%'."""
    analysis = analyze(
        _articles(
            ("Gulf Tribune", "Engineers designed it to last 120 years."),
            ("Sunshine Wire", "Engineers designed it to last 121 years."),
        ),
        RULES,
    )
    (finding,) = [f for f in analysis.findings if f.kind == "conflict"]
    assert finding.message.endswith("(gap under 0.1%)")


def test_residents_figures_about_their_own_homes_are_theirs() -> None:
    """Two residents quoted with their ages on how high the water rose inside their own houses: two facts, no
    conflict; the same resident quoted with two heights still is one."""
    analysis = analyze(
        _articles(
            ("Gulf Tribune", "Viktor Mendel, 84, said the water rose 0.6 m inside his house in 12 minutes."),
            ("Sunshine Wire", "Teodor Aleman, 81, said the water rose 0.9 meters inside his house in 12 minutes."),
            ("Harbour Wire", "Viktor Mendel, 84, said the water rose 1.5 m inside his house within minutes."),
        ),
        RULES,
    )
    conflicts = [f for f in analysis.findings if f.kind == "conflict"]
    assert len(conflicts) == 1
    assert {c.mention.text for side in conflicts[0].sides for c in side} == {"0.6 m", "1.5 m"}


def _daily(rule_id: str, *days: tuple[str, date, str]) -> list[str]:
    rule = next(r for r in RULES if r.id == rule_id)
    docs = [Document(f"d{i}", source, text, f"d{i}.md", day) for i, (source, day, text) in enumerate(days)]
    return [f.message for f in analyze(docs, [rule]).findings]


def test_a_running_total_that_falls_beyond_its_rounding_is_flagged_with_both_days() -> None:
    messages = _daily(
        "CC303",
        ("Tampa Wire", date(2022, 2, 10), "Rescuers pulled 235 people alive from the rubble."),
        ("Gulf Post", date(2022, 2, 12), "Rescuers pulled 2,350 people alive from the rubble."),
        ("Bay Ledger", date(2022, 2, 14), "Rescuers pulled 406 people alive from the rubble."),
    )
    assert len(messages) == 1
    assert "“2,350 people” (2022-02-12)" in messages[0] and "“406 people” (2022-02-14)" in messages[0]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # rounding and qualifiers: "about 340" may be 338
        (
            "Rescuers pulled about 340 people alive from the rubble.",
            "Rescuers pulled 338 people alive from the rubble.",
        ),
        # a total that may fall: customers without power are reconnected
        ("Some 74,000 customers were without power.", "Some 20,000 customers were without power."),
    ],
)
def test_a_total_within_its_rounding_or_one_that_may_fall_is_not_flagged(first: str, second: str) -> None:
    assert _daily("CC303", ("Tampa Wire", date(2022, 2, 10), first), ("Gulf Post", date(2022, 2, 12), second)) == []


def test_a_series_that_goes_up_and_down_is_not_called_no_conflict() -> None:
    days = [
        ("Tampa Wire", date(2024, 10, 10), "Officials confirmed 17 deaths."),
        ("Gulf Post", date(2024, 10, 12), "Officials confirmed 12 deaths."),
        ("Bay Ledger", date(2024, 10, 14), "Officials confirmed 30 deaths."),
    ]
    (message,) = _daily("CC302", *days)
    assert "up and down" in message and "not a conflict" not in message
    (rising,) = _daily("CC302", days[1], days[2])
    assert "not a conflict" in rising


def test_a_generic_event_weeks_apart_is_another_episode() -> None:
    """A company announces something most weeks: "announced today" in two articles 27 days apart are two
    announcements; a landfall a month apart is still compared (episode_gap_days, 30)."""
    apart = _daily(
        "CC201",
        ("Tampa Wire", date(2005, 9, 7), "Apple today announced a new music player."),
        ("Gulf Post", date(2005, 10, 4), "Apple today announced a new music player."),
    )
    assert apart == []
    close = _daily(
        "CC201",
        ("Tampa Wire", date(2005, 9, 7), "Apple announced a new music player on Monday."),
        ("Gulf Post", date(2005, 9, 9), "Apple announced a new music player on Tuesday."),
    )
    assert len(close) == 1


@pytest.mark.parametrize(
    ("first", "second", "fires"),
    [
        ("The quake struck at 10:59 pm, residents said.", "The quake struck at 8:59 pm, residents said.", True),
        ("The quake struck at 10:59 pm, residents said.", "The quake struck at 11:02 pm, residents said.", False),
        # written on the hour, or with "about": half an hour either way
        ("The quake struck at 11 p.m., residents said.", "The quake struck at 11:20 pm, residents said.", False),
        ("The quake struck at about 10:30 pm, residents said.", "The quake struck at 10:55 pm, residents said.", False),
        ("The quake struck at 11 p.m., residents said.", "The quake struck at 11:45 pm, residents said.", True),
        ("The quake struck shortly after 10:50 pm, residents said.", "The quake struck at 11:15 pm, they said.", False),
        # the clock turns at midnight
        ("The quake struck at 11:58 pm, residents said.", "The quake struck at 12:02 am, residents said.", False),
        ("The quake struck at 11:58 pm, residents said.", "The quake struck at 2:02 am, residents said.", True),
        # clocks of different zones are not compared
        ("The quake struck at 14:05 GMT, officials said.", "The quake struck at 22:05 local time, they said.", False),
    ],
)
def test_clock_times_of_one_event_are_compared_within_their_precision(first: str, second: str, fires: bool) -> None:
    analysis = analyze(_articles(("Gulf Tribune", first), ("Sunshine Wire", second)), RULES)
    assert bool([f for f in analysis.findings if f.rule == "CC202"]) == fires, [f.message for f in analysis.findings]


def test_the_shaking_of_a_quake_is_a_duration_of_its_own() -> None:
    analysis = analyze(
        _articles(
            ("Gulf Tribune", "The shaking lasted about 35 seconds, residents said."),
            ("Sunshine Wire", "The shaking lasted about 60 seconds, residents said."),
        ),
        RULES,
    )
    assert {f.fact_key.split(",")[0] for f in analysis.findings if f.kind == "conflict"} == {"shaking duration"}


def test_an_event_time_that_names_nobody_joins_its_storys_only_fact_of_that_event() -> None:
    """Within a story the run was told, "Landfall came at 6:10 p.m." in an article that names no place meets the
    "4:10 p.m." of an article about Florida (without stories, a dated event naming nobody joins nothing)."""
    texts = (
        ("Gulf Tribune", "Hurricane Tamsin hit Florida. Landfall came at 4:10 p.m. local time, forecasters said."),
        ("Sunshine Wire", "Landfall came at 6:10 p.m. local time, forecasters said."),
    )
    told = [Document(d.doc, d.source, d.text, d.path, d.published, story="tamsin") for d in _articles(*texts)]
    assert [f.rule for f in analyze(told, RULES).findings if f.kind == "conflict"] == ["CC202"]
    assert not [f for f in analyze(_articles(*texts), RULES).findings if f.kind == "conflict"]


@pytest.mark.parametrize(
    ("second", "fires"),
    [
        # "three weeks ago" counts to April 23 at a week's precision: April 22 is within it
        ("The Harbin plant closed on April 22, the company said.", False),
        # ... April 10 is not
        ("The Harbin plant closed on April 10, the company said.", True),
    ],
)
def test_a_counted_date_is_compared_at_the_precision_it_is_said_in(second: str, fires: bool) -> None:
    documents = _dated_articles(
        ("Harbour Wire", "2024-05-14", "The Harbin plant closed three weeks ago, the company said."),
        ("Meridian News", "2024-05-14", second),
    )
    analysis = analyze(documents, RULES)
    dated = [c for c in analysis.claims if c.mention.kind.value == "date"]
    assert len(dated) == 2 and dated[0].measure == dated[1].measure != ""
    assert bool([f for f in analysis.findings if f.rule == "CC201"]) == fires

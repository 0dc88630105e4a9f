"""Table-driven cases for figures: each row is a sentence of our own and what must come out of it."""

from __future__ import annotations

import math
from datetime import date

import pytest

from checker.extract import extract_text
from checker.model import Kind

PUBLISHED = date(2024, 5, 14)
INF = math.inf


def only(text: str, surface: str):
    """The one mention whose span covers `surface` in `text`."""
    ex = extract_text("t", text, PUBLISHED)
    start = text.index(surface)
    hits = [m for m in ex.mentions if m.start <= start < m.end]
    assert len(hits) == 1, f"{surface!r}: {[(m.text, m.kind) for m in ex.mentions]}"
    return hits[0]


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=5e-3) or (math.isinf(a) and math.isinf(b))


MONEY = [
    ("Two-way trade reached $240bn last year.", "$240bn", 240e9, "USD"),
    # an accounts' loss in parentheses: the amount as written, so it meets prose's "a loss of $1.2 million"
    ("The fund reported a net loss of $(1.2) million in the quarter.", "$(1.2) million", 1.2e6, "USD"),
    ("The loss widened to £(3.4) billion.", "£(3.4) billion", 3.4e9, "GBP"),
    ("Two-way trade reached US$240 billion last year.", "US$240 billion", 240e9, "USD"),
    ("Customs put the total at USD 240 bn for the year.", "USD 240 bn", 240e9, "USD"),
    ("Turnover hit a record $ 240 billion in 2023.", "$ 240 billion", 240e9, "USD"),
    ("Turnover hit a record$ 240 billion in 2023.", "$ 240 billion", 240e9, "USD"),
    ("The club paid €1.2m for the striker.", "€1.2m", 1.2e6, "EUR"),
    ("Britain's debt passed £3 trillion in the spring.", "£3 trillion", 3e12, "GBP"),
    ("Beijing set aside 1.5 trillion yuan for the plan.", "1.5 trillion yuan", 1.5e12, "CNY"),
    ("Moscow budgeted 200 billion roubles for roads.", "200 billion roubles", 200e9, "RUB"),
    ("Tariffs cover $18 billion worth of goods.", "$18 billion", 18e9, "USD"),
    ("The state will receive 40 million dollars in aid.", "40 million dollars", 40e6, "USD"),
    # Indian English scales, and thousands grouped with (narrow) no-break spaces
    ("The budget sets aside Rs 2.5 lakh crore for roads.", "Rs 2.5 lakh crore", 2.5e12, "INR"),
    ("Farmers got ₹20,000 crore in relief.", "₹20,000 crore", 2e11, "INR"),
    ("The fund raised 40\u00a0000 euros.", "40\u00a0000 euros", 40_000, "EUR"),
    ("It paid a half million dollars in fines.", "a half million dollars", 5e5, "USD"),
    ("A loan of Rs 12,34,567 was approved.", "Rs 12,34,567", 1_234_567, "INR"),
    # codes and symbols after the number, million-codes of Nordic reports, tokenized lower-case prefixes
    ("The ticket costs 115USD.", "115USD", 115, "USD"),
    ("Write-downs exceeded 30 MUSD last year.", "30 MUSD", 30e6, "USD"),
    ("Sales rose to 4 BSEK.", "4 BSEK", 4e9, "SEK"),
    ("The fare is 10 $ one way.", "10 $", 10, "USD"),
    ("Bread costs 12 ₺ now.", "12 ₺", 12, "TRY"),
    ("Deposits of 10 Turkish lira were frozen.", "10 Turkish lira", 10, "TRY"),
    ("the charge of c $ 300 million hit earnings", "c $ 300 million", 300e6, "CAD"),
    # finance and Russian-English scale abbreviations
    ("The revenue target is US$ 1MM for the year.", "US$ 1MM", 1e6, "USD"),
    ("Exports reached 10 tln roubles.", "10 tln roubles", 10e12, "RUB"),
    ("The sale brought in $2mil.", "$2mil", 2e6, "USD"),
    ("The deal is worth $5.2 M in cash.", "$5.2 M", 5.2e6, "USD"),
    ("Fees of €30 K were paid.", "€30 K", 30e3, "EUR"),
    # the rest of the world's currencies, spaced or glued as their own press writes them
    ("Nairobi set aside KSh 2 billion for roads.", "KSh 2 billion", 2e9, "KES"),
    ("Nairobi set aside Ksh500m for roads.", "Ksh500m", 500e6, "KES"),
    ("Jakarta pledged Rp5 trillion in aid.", "Rp5 trillion", 5e12, "IDR"),
    ("Malaysia spent RM2 billion on rail.", "RM2 billion", 2e9, "MYR"),
    ("The cabinet approved NIS 5 billion.", "NIS 5 billion", 5e9, "ILS"),
    ("Dhaka allotted Tk 500 crore.", "Tk 500 crore", 5e9, "BDT"),
]


@pytest.mark.parametrize(("text", "surface", "value", "unit"), MONEY)
def test_money(text: str, surface: str, value: float, unit: str) -> None:
    m = only(text, surface)
    assert m.kind == Kind.MONEY
    assert close(m.value, value)
    assert m.unit == unit
    assert m.interval.low <= value <= m.interval.high


RANGES = [
    ("Bids came in at $2.1 billion to $2.4 billion.", "$2.1 billion", 2.1e9, 2.4e9),
    ("Repairs will cost between $3 and $4 million.", "$3", 3e6, 4e6),
    ("Estimates run from 20-25% of output.", "20-25%", 20, 25),
    ("The toll is from 200 to 300, officials say.", "200", 200, 300),
    ("Estimates run from 5 to 10 billion dollars.", "5", 5e9, 10e9),
    # what something costs "from ... to ..." is a range of prices, not a change of one
    ("Tickets cost from $20 to $50.", "$20", 20, 50),
    ("Rooms are priced from £90 to £250 a night.", "£90", 90, 250),
]


@pytest.mark.parametrize(("text", "surface", "low", "high"), RANGES)
def test_ranges_are_one_interval(text: str, surface: str, low: float, high: float) -> None:
    m = only(text, surface)
    assert m.interval.low <= low * 1.001 and m.interval.low >= low * 0.97
    assert m.interval.high >= high * 0.999 and m.interval.high <= high * 1.03


PERCENT = [
    ("Exports fell 13% in April.", "13%", Kind.PERCENT, 13),
    ("Exports fell 13 % in April.", "13 %", Kind.PERCENT, 13),
    ("Exports fell 13 percent in April.", "13 percent", Kind.PERCENT, 13),
    ("Exports fell 13 per cent in April.", "13 per cent", Kind.PERCENT, 13),
    ("The jobless rate rose 2.5 percentage points.", "2.5 percentage points", Kind.PERCENTAGE_POINTS, 2.5),
    ("Support fell 2 percentage-points in May.", "2 percentage-points", Kind.PERCENTAGE_POINTS, 2),
    # loose spellings, as machine-spun copies write them
    ("Turnout was up forty percentage on the last vote.", "forty percentage", Kind.PERCENT, 40),
    ("Prices rose 12 percents in a year.", "12 percents", Kind.PERCENT, 12),
    # "points" of a share are percentage points, an index's stay a count
    ("Turnout rose by 3 points to 71%.", "3 points", Kind.PERCENTAGE_POINTS, 3),
    ("Support stood at 45%, up 3 points from May.", "3 points", Kind.PERCENTAGE_POINTS, 3),
    ("Labour's lead narrowed 4 points to 12 percent.", "4 points", Kind.PERCENTAGE_POINTS, 4),
    ("The Dow fell 120 points, or 0.3%, to 38,900.", "120 points", Kind.COUNT, 120),
    ("The FTSE rose 50 points to 7,500.", "50 points", Kind.COUNT, 50),
    ("Russia supplies about 3 p.c. of the fuel.", "about 3 p.c.", Kind.PERCENT, 3),
    ("Exports rose 13 proportion in April.", "13 proportion", Kind.PERCENT, 13),  # a spinner's "percent"
]


def test_change_from_to_gives_two_mentions_with_roles() -> None:
    ex = extract_text("t", "Duties on the cars go from 25% to 100% in August.", PUBLISHED)
    percents = [m for m in ex.mentions if m.kind == Kind.PERCENT]
    assert [(m.value, m.role) for m in percents] == [(25, "from"), (100, "to")]


CHANGE_ROLES = [
    # participles and present tenses of the verbs of a change make the figure a change, as the past tense does
    ("The stock has fallen by 30% since January.", "30%", "down-by"),
    ("Prices had risen 21 per cent.", "21 per cent", "up-by"),
    ("Prices have risen by a fifth.", "a fifth", "up-by"),
    ("The index slumped 4% on Monday.", "4%", "down-by"),
    ("Output falls 2% a year.", "2%", "down-by"),
    ("The outbreak had grown to 58 cases.", "58 cases", "to"),
    ("Exports rose 20% to $12bn from $10bn.", "$12bn", "to"),
    ("The minimum wage will rise to £11.44 an hour.", "£11.44 an hour", "to"),
    ("Inflation is set to fall to 2% by June.", "2%", "to"),
    ("Growth is expected to grow 2% to 3% this year.", "2% to 3%", ""),  # a forecast's range, not a change
    # the same change said twice ("95 cents, or 1.1%"), and the level it reached after both
    ("Brent crude rose 95 cents, or 1.1%, to $85.40 a barrel.", "1.1%", "up-by"),
    ("Brent crude rose 95 cents, or 1.1%, to $85.40 a barrel.", "$85.40 a barrel", "to"),
    ("The Dow fell 120.5 points, or 0.3%, to 38,900.", "0.3%", "down-by"),
    ("He paid $5, or 10% of the total.", "10%", ""),
    ("Net income climbed to $22.3 billion, or $2.99 a share.", "$2.99 a share", ""),  # a level restated
    # a change named by its noun, and "make up" (a share, not a rise)
    ("Cases rose to 1,234 from 987 a week earlier, an increase of 25%.", "25%", "up-by"),
    ("Prices saw a drop of 3% in May.", "3%", "down-by"),
    ("The firm reported a loss of $1.2 million.", "$1.2 million", ""),
    ("Women make up 40% of the board.", "40%", ""),
    # a gap, a loss or a deficit widens and narrows
    ("The net loss widened to $3.4 billion from $2.1 billion.", "$3.4 billion", "to"),
    ("The deficit narrowed to 2.1% of GDP from 3%.", "2.1%", "to"),
    ("Losses narrowed 20% to $1.2 billion.", "20%", "down-by"),
    ("The gap widened by 5 points to 12 points.", "5 points", "up-by"),
    ("The gap will narrow to 3 points.", "3 points", "to"),
    # a verb that changes its object, then "by": the change ("cut the risk by", "raised rates by")
    ("The drug cut the risk of death by 20 per cent.", "20 per cent", "down-by"),
    ("The Fed raised rates by 0.25 percentage points.", "0.25 percentage points", "up-by"),
    ("A fund manager trimmed his stake by 29% before the results.", "29%", "down-by"),
    ("Rates were cut by 0.25%.", "0.25%", "down-by"),
    ("The money was raised by 300 donors.", "300 donors", ""),  # no object, no share or amount: an agent
    ("The bridge was built by 300 workers.", "300 workers", ""),
    # the noun of a change after a share or an amount, and the level a change brings something to
    ("The prize money totals £50m, a 10% increase on last year.", "10%", "up-by"),
    ("General Motors reported a 49% decline.", "49%", "down-by"),
    ("The firm announced 200 job cuts.", "200 job cuts", ""),  # a count of cuts, not a change
    ("It was a 20% share of the market.", "20%", ""),
    ("The airline added 12 routes, bringing its total to 140.", "140", "to"),
    ("Rain fell again, pushing the death toll to 45.", "45", "to"),
    # "to" after a change "by" a figure: the level it led to, however long the object before "by"
    ("The ECB cut its deposit rate by 25 basis points to 3.75%.", "3.75%", "to"),
    ("The company cut its workforce by 10%, to 9,000 people.", "9,000 people", "to"),
    ("The S&P 500 fell by 9.48 points, or 1.2%, to 778.94 points.", "778.94 points", "to"),
    ("Shares rose 5% to close at $120.", "$120", ""),
    # a share or an amount said as the difference from another time or thing
    ("The state borrowed £14.6bn in October, £3.4bn more than a year earlier.", "£3.4bn", "up-by"),
    ("The DAX was 1.75% lower than the start of the day.", "1.75%", "down-by"),
    ("The plan costs $5bn less than the rival bid.", "$5bn", "down-by"),
    # "up to" after a verb whose particle it is: the level moved to, not "at most"
    ("Unemployment ticked up to 4.1% in October.", "4.1%", "to"),
    ("Growth was revised up to 2.1%.", "2.1%", "to"),
    ("Brent edged up to $85 a barrel.", "$85 a barrel", "to"),
]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Waves could reach up to 50 cm.", "up to 50 cm"),
        ("Investors paid up to $5 a share.", "up to $5"),
        ("Up to 300 people were evacuated.", "Up to 300 people"),
    ],
)
def test_up_to_elsewhere_is_at_most(text: str, surface: str) -> None:
    m = only(text, surface)
    assert (m.qualifier, m.interval.low, m.role) == ("up to", 0, "")


@pytest.mark.parametrize(("text", "surface", "role"), CHANGE_ROLES)
def test_change_roles(text: str, surface: str, role: str) -> None:
    assert only(text, surface).role == role


ELAPSED = [
    # hours, minutes and seconds with no clock word: how long something took, in seconds
    ("The marathon winner finished in 2:03:37.", "2:03:37", 2 * 3600 + 3 * 60 + 37),
    ("She set a time of 1:58:12.5 in Berlin.", "1:58:12.5", 3600 + 58 * 60 + 12.5),
    ("On May 16 she ran 2:03:37, a record.", "2:03:37", 2 * 3600 + 3 * 60 + 37),
]


@pytest.mark.parametrize(("text", "surface", "seconds"), ELAPSED)
def test_elapsed_times(text: str, surface: str, seconds: float) -> None:
    m = only(text, surface)
    assert m.kind == Kind.DURATION and m.unit == "second"
    assert close(m.value, seconds)


GLUED_M = [
    # a glued "m": millions of what was just counted, metres of a length
    ("Passenger numbers rose to 70m last year.", "70m", Kind.COUNT, 70e6),
    ("The population is 8.5m.", "8.5m", Kind.COUNT, 8.5e6),
    ("The number of visitors hit 1.2m, a record.", "1.2m", Kind.COUNT, 1.2e6),
    ("The tower is 70m tall.", "70m", Kind.QUANTITY, 70),
    ("He swam 400m in the final.", "400m", Kind.QUANTITY, 400),
    ("Visitors walked 500m to the gate.", "500m", Kind.QUANTITY, 500),
    ("Members of the club gathered 70m from the gate.", "70m", Kind.QUANTITY, 70),
]


@pytest.mark.parametrize(("text", "surface", "kind", "value"), [*PERCENT, *GLUED_M])
def test_kind_and_value(text: str, surface: str, kind: Kind, value: float) -> None:
    """Percentages and points; a glued "m", millions of what was just counted or metres of a length."""
    m = only(text, surface)
    assert m.kind == kind
    assert close(m.value, value)


TALLIES = [
    # a vote or a score: two figures, the sides as written (never a range, never one figure)
    ("The Senate voted 51-49 to confirm her.", [(51, "tally-first"), (49, "tally-second")]),
    ("The motion passed by a vote of 310 to 118.", [(310, "tally-first"), (118, "tally-second")]),
    ("In a 6-3 decision, the justices sided with the state.", [(6, "tally-first"), (3, "tally-second")]),
    ("Voters rejected the plan 45-55 on Sunday.", [(45, "tally-first"), (55, "tally-second")]),
    ("The home side won 3-1 after extra time.", [(3, "tally-first"), (1, "tally-second")]),
    ("The score was 2-2 at half-time.", [(2, "tally-first"), (2, "tally-second")]),
    # a score after the opponent's name is no name ("Chelsea 2" as in "Windows 11")
    ("Arsenal beat Chelsea 2-0 at home.", [(2, "tally-first"), (0, "tally-second")]),
    ("They lost to Real Madrid 3-2 in the final.", [(3, "tally-first"), (2, "tally-second")]),
    # a vote after the voting body's name ("House 220" is no name like "Route 66")
    ("The measure passed the House 220-207 last week.", [(220, "tally-first"), (207, "tally-second")]),
    ("The bill cleared the Senate 68-32.", [(68, "tally-first"), (32, "tally-second")]),
    ("The committee voted 12 to 9 to advance the bill.", [(12, "tally-first"), (9, "tally-second")]),
    # a result as the papers print it, a name on each side ("Arsenal 2" is no name, "0 Chelsea" no count of Chelsea)
    ("Arsenal 2-0 Chelsea: the hosts scored twice.", [(2, "tally-first"), (0, "tally-second")]),
    ("Real Madrid 3–1 Bayern Munich in the semi-final.", [(3, "tally-first"), (1, "tally-second")]),
    ("Saints 24-21 Falcons, a late field goal.", [(24, "tally-first"), (21, "tally-second")]),
    # odds and chances are told the same way
    ("Analysts give the merger a 50-50 chance of approval.", [(50, "tally-first"), (50, "tally-second")]),
    ("Bookmakers make him a 10-1 shot.", [(10, "tally-first"), (1, "tally-second")]),
    ("The odds of 3-1 were offered at noon.", [(3, "tally-first"), (1, "tally-second")]),
    # a range, a change and counted things stay what they were
    ("The board approved 20-30 projects.", [(25, "")]),  # (a range: its midpoint)
    ("About 20-30 Syrians crossed the border.", [(25, "")]),  # (a capitalised word that names nothing)
    ("In 2-3 Cases the test failed.", [(2.5, "")]),
    ("Sales rose from 5 to 7.", [(5, "from"), (7, "to")]),
    ("The party won 20-30 seats.", [(25, "")]),
]


@pytest.mark.parametrize(("text", "expected"), TALLIES)
def test_tallies(text: str, expected: list[tuple[float, str]]) -> None:
    counts = [m for m in extract_text("t", text, PUBLISHED).mentions if m.kind == Kind.COUNT]
    assert [(m.value, m.role) for m in counts] == expected


QUANTITIES = [
    ("Flows hit 38 bcm this year.", "38 bcm", "volume", 38e9),
    ("Flows hit 38 billion cubic meters this year.", "38 billion cubic meters", "volume", 38e9),
    ("The tower rises 1,150 feet over the bay.", "1,150 feet", "length", 350.52),
    ("A 350-meter tower rises over the bay.", "350-meter", "length", 350),
    ("The 2.4-mile bridge reopened.", "2.4-mile", "length", 3862.4),
    ("The track is 3.9 km long.", "3.9 km", "length", 3900),
    ("The ship carried 7,500 tonnes of grain.", "7,500 tonnes", "mass", 7.5e6),
    ("The field pumps 22,000 barrels per day.", "22,000 barrels per day", "volumetric flow", 22000 * 0.158987 / 86400),
    ("Winds reached 120 mph at landfall.", "120 mph", "speed", 53.645),
    ("The thermometer showed 40°C at noon.", "40°C", "temperature", 313.15),
    # a storm's central pressure, in the three ways the wires write it (lower-case "mb" is millibars)
    ("Its central pressure fell to 927 millibars.", "927 millibars", "pressure", 92700),
    ("Its central pressure fell to 927 mb overnight.", "927 mb", "pressure", 92700),
    ("Its central pressure fell to 27.37 inches of mercury.", "27.37 inches of mercury", "pressure", 92686),
]


@pytest.mark.parametrize(("text", "surface", "dimension", "base"), QUANTITIES)
def test_quantities_in_base_units(text: str, surface: str, dimension: str, base: float) -> None:
    m = only(text, surface)
    assert m.kind in (Kind.QUANTITY, Kind.RATE)
    assert m.dimension.split("/")[0] == dimension
    assert m.base_interval.low <= base * 1.001 and m.base_interval.high >= base * 0.999


def test_feet_and_meters_compare_within_rounding() -> None:
    feet = only("The tower rises 1,150 feet over the bay.", "1,150 feet")
    meters = only("The tower rises 350 meters over the bay.", "350 meters")
    assert feet.base_interval.widened(0.005).overlaps(meters.base_interval)


def test_rates_per_day_and_per_year_compare() -> None:
    daily = only("The airport handles 45,000 passengers a day.", "45,000 passengers a day")
    yearly = only("The airport handles 16.4 million passengers a year.", "16.4 million passengers a year")
    assert daily.kind == yearly.kind == Kind.RATE
    assert daily.dimension == yearly.dimension
    assert daily.base_interval.overlaps(yearly.base_interval)


@pytest.mark.parametrize(
    ("text", "surface", "kind", "noun", "unit"),
    [
        # "monthly active users" is a count of users (a platform's headline metric), not users per month
        ("The app has 150 million monthly active users.", "150 million", Kind.COUNT, "monthly active users", ""),
        ("It reported 20 million daily active users.", "20 million", Kind.COUNT, "daily active users", ""),
        ("The airline runs 300 daily flights.", "300", Kind.RATE, "flights", "flight / day"),
    ],
)
def test_daily_or_monthly_active_users_are_a_count(text: str, surface: str, kind: Kind, noun: str, unit: str) -> None:
    m = only(text, surface)
    assert (m.kind, m.noun, m.unit) == (kind, noun, unit)


def test_a_rate_of_a_substance_per_abbreviated_year() -> None:
    m = only("The line will carry 38 billion cubic metres of gas per yr.", "38 billion cubic metres of gas per yr")
    assert (m.kind, m.unit) == (Kind.RATE, "cubic_meter / year")


COUNTS = [
    ("The two men have met more than 40 times.", "more than 40 times", 40, INF),
    ("They held 40+ meetings over the decade.", "40+ meetings", 40, INF),
    ("Nine firefighters were treated on site.", "Nine firefighters", 9, 9),
    ("Officials counted twenty-two boats.", "twenty-two", 22, 22),
    ("A dozen homes lost their roofs.", "A dozen", 10, 14),
    ("Dozens of cars were swept away.", "Dozens of", 24, 99),
    ("Hundreds of people queued overnight.", "Hundreds of", 200, 999),
    ("Half a million people lost power.", "Half a million", 5e5, 5e5),
    ("A half-million people fled the city.", "A half-million", 5e5, 5e5),
    ("A quarter of a million people marched.", "A quarter of a million", 2.5e5, 2.5e5),
    ("Three-quarters of a million homes lost power.", "Three-quarters of a million", 7.5e5, 7.5e5),
    ("The census found one million and a half residents.", "one million and a half", 1.5e6, 1.5e6),
    ("The city has 1\u202f414\u202f021 residents.", "1\u202f414\u202f021", 1_414_021, 1_414_021),
    # thousands grouped by plain spaces, as European outlets write them
    ("Some 40 000 people marched.", "Some 40 000 people", 38_000, 42_000),
    ("The census put it at 1 414 021 100.", "1 414 021 100", 1_414_021_100, 1_414_021_100),
    ("The start-up raised 10M last spring.", "10M", 9.5e6, 10.5e6),
    ("Its valuation hit 1.2b.", "1.2b", 1.15e9, 1.25e9),
    ("I can give you 4 thousand 3 hundred and 21 of them.", "4 thousand 3 hundred and 21", 4321, 4321),
    ("The population is 3 million and a half.", "3 million and a half", 3.5e6, 3.5e6),
    ("They counted 3 million and a quarter votes.", "3 million and a quarter", 3.25e6, 3.25e6),
    ("The bill came to five billion and three quarters.", "five billion and three quarters", 5.75e9, 5.75e9),
    ("About 10 or more people were hurt.", "About 10 or more people", 10, INF),
    ("The clinic treated 1.5m people last year.", "1.5m people", 1.45e6, 1.55e6),
    ("The app passed 1.2b users in May.", "1.2b users", 1.15e9, 1.25e9),
    ("Some 3 and a half million people voted.", "Some 3 and a half million", 3.325e6, 3.675e6),
    ("Nearly 1,000 homes flooded.", "Nearly 1,000", 950, 1000),
    # a hedge is never narrower than the plain figure's rounding ("about 5 million" for 5.4 million is no conflict)
    ("About 5 million people voted.", "About 5 million", 4.5e6, 5.5e6),
    ("Some 300 volunteers turned up.", "Some 300", 285, 315),
    ("As many as 12 drones were shot down.", "As many as 12", 0, 12),
    ("Fewer than 100 troops remain.", "Fewer than 100", 0, 100),
    # adverbs of degree, also at the start of a sentence (where a capital word before a number may be a name)
    ("Virtually 300 people came.", "Virtually 300", 285, 300),
    ("Practically 30 people voted.", "Practically 30", 28.5, 30),
    ("The best part of 200 people came.", "The best part of 200", 190, 200),
    ("Barely 20 people came.", "Barely 20", 20, 20),
    ("As few as 12 remain.", "As few as 12", 12, 12),
    # "a few" and "several" before a scale are vague counts of it
    ("A few hundred people waited at the gate.", "A few hundred", 200, 500),
    ("Several thousand fans lined the route.", "Several thousand", 3_000, 9_000),
    ("Crews towed a few dozen cars.", "a few dozen", 24, 60),
    ("Several hundred thousand homes lost power.", "Several hundred thousand", 3e5, 9e5),
    ("A few\nthousand workers struck.", "A few\nthousand", 2_000, 5_000),
    ("Officials said 3 hundred thousand people fled.", "3 hundred thousand", 250_000, 350_000),
    # a bound before a vague count bounds it on one side only
    ("At least several hundred homes flooded.", "At least several hundred", 300, INF),
    ("More than dozens of people were hurt.", "More than dozens of", 24, INF),
    ("Up to a few thousand troops will stay.", "Up to a few thousand", 0, 5_000),
    ("About several thousand fans came.", "several thousand", 3_000, 9_000),
]


@pytest.mark.parametrize(
    ("text", "surface", "low", "high", "unit"),
    [
        ("The project will cost several million dollars.", "several million dollars", 3e6, 9e6, "USD"),
        ("Rebuilding will take a few billion euros.", "a few billion euros", 2e9, 5e9, "EUR"),
        ("The fire burned a few hundred metres of fence.", "a few hundred metres", 200, 500, "meter"),
        ("Several thousand tonnes of grain burned.", "Several thousand tonnes", 3_000, 9_000, "metric_ton"),
    ],
)
def test_a_vague_count_of_a_scale_takes_its_unit(text: str, surface: str, low: float, high: float, unit: str) -> None:
    m = only(text, surface)
    assert m.unit == unit and m.text == surface
    assert close(m.interval.low, low) and close(m.interval.high, high), m.interval


@pytest.mark.parametrize(
    "text", ["Several people were hurt.", "A few days later the road reopened.", "He met a few of them."]
)
def test_a_few_and_several_without_a_scale_are_no_figure(text: str) -> None:
    assert extract_text("t", text, PUBLISHED).mentions == ()


@pytest.mark.parametrize(("text", "surface", "low", "high"), COUNTS)
def test_counts_and_qualifiers(text: str, surface: str, low: float, high: float) -> None:
    m = only(text, surface)
    assert m.kind == Kind.COUNT
    assert close(m.interval.low, low), m.interval
    assert close(m.interval.high, high), m.interval


def test_rounding_makes_an_interval() -> None:
    m = only("The bridge is 2.4 miles long.", "2.4 miles")
    assert close(m.interval.low, 2.35) and close(m.interval.high, 2.45)


OTHER_KINDS = [
    ("He arrives for a two-day visit.", "two-day", Kind.DURATION, 2),
    ("She ended his 25-year rule.", "25-year", Kind.DURATION, 25),
    ("Putin, 71, will travel on.", "71", Kind.AGE, 71),
    ("A 45-year-old man was arrested.", "45-year-old", Kind.AGE, 45),
    ("The rescued baby was eight months old.", "eight months old", Kind.AGE, 8),
    ("Most cases are found at 3 years of age.", "3 years of age", Kind.AGE, 3),
    ("The treaty is ten years old.", "ten years old", Kind.AGE, 10),
    # the age a person turns ("turned 3 seats" stays a count)
    ("He turned 40 on Saturday.", "40", Kind.AGE, 40),
    ("Police said the suspect, 34, fled on foot.", "34", Kind.AGE, 34),
    ("The senator, 78, won a sixth term.", "78", Kind.AGE, 78),  # a title or a role before the age
    ("The actor, 64, died on Monday.", "64", Kind.AGE, 64),
    ("Putin,71,arrived in Beijing.", "71", Kind.AGE, 71),  # commas glued in badly spaced copy
    ("Of the passengers, 12, were hurt.", "12", Kind.COUNT, 12),
    ("Volunteers aged between 18 and 25 applied.", "between 18 and 25", Kind.AGE, 21.5),
    ("When she turned 18, she enlisted.", "18", Kind.AGE, 18),
    ("The party turned 3 seats blue.", "3 seats", Kind.COUNT, 3),
    ("The talks lasted 2 and a half hours.", "2 and a half hours", Kind.DURATION, 2.5),
    ("It is his fifth term in office.", "fifth", Kind.ORDINAL, 5),
    ("He opened the ninth expo in Harbin.", "ninth", Kind.ORDINAL, 9),
    ("It was the 75th anniversary of ties.", "75th", Kind.ORDINAL, 75),
    # ordinals in words made of number words
    ("The town marks its two hundredth anniversary.", "two hundredth", Kind.ORDINAL, 200),
    ("It was the one hundred twenty-fifth running of the race.", "one hundred twenty-fifth", Kind.ORDINAL, 125),
    ("She finished twenty second in the final.", "twenty second", Kind.ORDINAL, 22),
    ("He was the ten thousandth visitor.", "ten thousandth", Kind.ORDINAL, 10_000),
    ("The Nineth Congress opens today.", "Nineth", Kind.ORDINAL, 9),
]


@pytest.mark.parametrize(("text", "surface", "kind", "value"), OTHER_KINDS)
def test_durations_ages_ordinals(text: str, surface: str, kind: Kind, value: float) -> None:
    m = only(text, surface)
    assert m.kind == kind
    assert m.value == value


def test_an_age_in_months_is_compared_in_years() -> None:
    m = only("A 10-month-old boy was pulled from the rubble.", "10-month-old")
    assert (m.kind, m.unit, m.dimension) == (Kind.AGE, "month", "age")
    assert close(m.base_interval.low, 10 / 12) and close(m.base_interval.high, 10 / 12)
    assert only("Ten days later a 2-week-old foal was found.", "2-week-old").kind == Kind.AGE


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Temperatures fell to minus 20 degrees Celsius overnight.", "minus 20 degrees Celsius", -20, "degree_Celsius"),
        ("It was -20C in Oymyakon on Monday.", "-20C", -20, "degree_Celsius"),
        ("The reading was 40 deg celsius at noon.", "40 deg celsius", 40, "degree_Celsius"),
        ("Growth came in at minus five percent.", "minus five percent", -5, "percent"),
    ],
)
def test_below_zero_and_abbreviated_degrees(text: str, surface: str, value: float, unit: str) -> None:
    m = only(text, surface)
    assert (m.value, m.unit) == (value, unit)


def test_space_grouping_never_joins_a_day_or_another_number_to_the_next_figure() -> None:
    text = "On May 5 200 people came, on Sept. 12 300 more, and in 1999 200 left."
    values = sorted(m.value for m in extract_text("d", text, PUBLISHED).mentions if m.kind == Kind.COUNT)
    assert values == [200, 200, 300]


def test_ages_abbreviated_or_in_words_and_a_c_that_means_cents() -> None:
    assert (only("The patient is a 87 yo man.", "87 yo").kind, only("A 45 y/o driver.", "45 y/o").kind) == (
        Kind.AGE,
        Kind.AGE,
    )
    assert only("It is a promise that is one year old.", "one year old").kind == Kind.AGE
    assert not extract_text("d", "Funds from operations were 14.7C per security.").mentions
    assert only("It was 14.7C in Paris on a warm day.", "14.7C").unit == "degree_Celsius"


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("A man in his 50s was arrested.", "50s", 50, 59),
        ("A woman in her early 30s was hurt.", "early 30s", 30, 33),
        ("Most patients were in their late 70s.", "late 70s", 76, 79),
        ("The driver, in his mid-40s, fled.", "mid-40s", 43, 46),
        ("A man in his forties was arrested.", "forties", 40, 49),
        ("The victim, in her early twenties, was named.", "early twenties", 20, 23),
        ("Two suspects in their late teens were held.", "late teens", 17, 19),
    ],
)
def test_an_age_by_decade_is_an_interval_of_years(text: str, surface: str, low: float, high: float) -> None:
    m = only(text, surface)
    assert (m.kind, m.unit, m.text) == (Kind.AGE, "year", surface)
    assert (m.interval.low, m.interval.high) == (low, high)


def test_a_decade_that_is_no_age_stays_a_decade_and_pre_or_post_a_year_is_no_code() -> None:
    assert only("Sales in the 80s fell.", "80s").kind == Kind.DATE
    assert not extract_text("t", "The music of the sixties and the roaring twenties.", PUBLISHED).mentions
    ex = extract_text("t", "Prices are back to pre-2008 levels.", PUBLISHED)
    assert [(m.text, m.kind) for m in ex.mentions] == [("2008", Kind.YEAR)] and not ex.names


def test_a_list_glued_by_commas_is_not_read_as_its_first_digit() -> None:
    ex = extract_text("d", "See exercises 22,24,26,31 and a decimal comma 1,5.")
    assert not ex.mentions
    assert [text for _, _, text in ex.not_understood] == ["22,24,26,31", "1,5"]


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Brent traded at $80 a barrel on Monday.", "$80 a barrel", "USD / barrel"),
        ("Gallium rose to $680 per kg.", "$680 per kg", "USD / kilogram"),
        ("Rice sold at 300 rupees a kilo.", "300 rupees a kilo", "INR / kilogram"),
        ("Prices of $2 to $3 per litre are expected.", "$2 to $3 per litre", "USD / liter"),
    ],
)
def test_a_price_per_unit_is_a_rate_in_money_per_unit(text: str, surface: str, unit: str) -> None:
    m = only(text, surface)
    assert (m.kind, m.unit) == (Kind.RATE, unit)


def test_prices_per_tonne_and_per_kilogram_compare_and_a_bare_price_stays_money() -> None:
    tonne = only("Steel fell to $600 a tonne.", "$600 a tonne")
    kilo = only("Steel fell to $0.60 per kg.", "$0.60 per kg")
    assert tonne.dimension == kilo.dimension == "money:USD/mass"
    assert tonne.base_interval.overlaps(kilo.base_interval)
    assert only("Tickets cost $20 a head.", "$20").kind == Kind.MONEY
    assert not only("Rates rose from $350 per kg to $680 a tonne.", "$350 per kg").interval.high > 400


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        # a fraction of a whole is a share, as loose as "about" (a fraction word rounds)
        ("Two-thirds of voters backed the plan.", "Two-thirds", 63.33, 70.0),
        ("A third of homes lost power.", "A third", 31.67, 35.0),
        ("Three-quarters of the budget went to defence.", "Three-quarters", 71.25, 78.75),
        ("Nearly two-thirds of voters backed it.", "Nearly two-thirds", 63.33, 66.67),
        ("The bill needs a two-thirds majority.", "two-thirds", 63.33, 70.0),
        ("One in five adults smoke.", "One in five", 19.0, 21.0),
        ("The firm cut 1 in 10 jobs.", "1 in 10", 9.5, 10.5),
        ("The disease kills about 1 in 1,000 patients.", "about 1 in 1,000", 0.095, 0.105),
        ("The defect affects 1 in 10,000 births.", "1 in 10,000", 0.0095, 0.0105),
        ("Half of the workers struck.", "Half", 47.5, 52.5),
        ("About half of the 300 staff left.", "About half", 47.5, 52.5),
    ],
)
def test_shares_written_as_fractions_or_ratios_are_percentages(
    text: str, surface: str, low: float, high: float
) -> None:
    m = only(text, surface)
    assert (m.kind, m.unit) == (Kind.PERCENT, "percent")
    assert close(m.interval.low, low) and close(m.interval.high, high), m.interval


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("It was a third straight record.", "third", Kind.ORDINAL),
        ("A quarter of a million people marched.", "A quarter of a million", Kind.COUNT),
        ("He scored 2 in 3 minutes.", "2", Kind.COUNT),
        ("Sales rose in the first half of 2024.", "the first half of 2024", Kind.DATE),
        ("Half of a million people marched.", "Half of a million", Kind.COUNT),
    ],
)
def test_what_is_no_share(text: str, surface: str, kind: Kind) -> None:
    assert only(text, surface).kind == kind
    assert not [m for m in extract_text("d", "Two halves of the match.").mentions if m.kind == Kind.PERCENT]
    # a fraction of a percent is that fraction of one percent, never a share of 20 or 50 %
    fractions = extract_text("d", "It rose by a fifth of a percent, or half of one percent.").mentions
    assert [(m.kind, m.value) for m in fractions] == [(Kind.PERCENT, 0.2), (Kind.PERCENT, 0.5)]


def test_a_unit_in_brackets_after_the_number() -> None:
    assert only("The catch weighed 20 (kg) per crate.", "20 (kg)").unit == "kilogram"
    assert only("He scored 12 (in the first half).", "12").kind == Kind.COUNT
    assert only("He served 20 (years) in all.", "20").kind == Kind.COUNT


def test_one_before_a_spelt_out_unit_is_a_figure_but_not_before_time() -> None:
    assert only("The trail is one mile long.", "one mile").unit == "mile"
    assert only("At least one tonne of fish died.", "one tonne").interval.low == 1
    assert not extract_text("d", "One day he left the city.").mentions


def test_a_bare_figure_joined_by_and_or_takes_the_next_ones_unit() -> None:
    assert only("Patients were given 45 and 50 mg.", "45").unit == "milligram"
    assert only("Up to 3 or 4 inches of rain fell.", "3").unit == "inch"
    assert only("He scores between negative ten and fifteen.", "negative ten").interval.low == -10


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The answer is minus 5.", "minus 5", -5),
        ("The river fell to minus 12 overnight.", "minus 12", -12),
        ("The balance was negative one.", "negative one", -1),
        ("He tested negative 3 times.", "3 times", 3),
    ],
)
def test_a_sign_word_after_a_verb_or_to(text: str, surface: str, value: float) -> None:
    assert only(text, surface).value == value


def test_minus_between_two_numbers_is_arithmetic_not_a_sign() -> None:
    assert all(m.value >= 0 for m in extract_text("d", "It was 10 minus 3, or ten minus three.").mentions)
    assert only("Sales of about $24 billion, plus or minus 2%, are forecast.", "2%").value == 2


def test_a_bound_before_a_dozen_is_kept_and_about_stays_loose() -> None:
    more = only("They would sign more than a dozen agreements.", "more than a dozen agreements")
    assert more.interval.low == 12 and math.isinf(more.interval.high)
    assert only("About a dozen people came.", "a dozen people").interval.low == 10


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Tampa got 2 1/2 inches of rain.", "2 1/2 inches", 2.5, "inch"),
        ("The track is a 1/4 mile paved oval.", "1/4 mile", 0.25, "mile"),
        ("A 1/2-inch pipe burst.", "1/2-inch", 0.5, "inch"),
    ],
)
def test_fractions_before_a_unit(text: str, surface: str, value: float, unit: str) -> None:
    m = only(text, surface)
    assert (m.value, m.unit) == (value, unit)


def test_and_less_or_equal_is_not_a_trailing_bound() -> None:
    found = extract_text("d", "It is larger than twenty and less or equal than thirty five.").mentions
    assert [m.text for m in found if m.text.startswith("twenty")] == ["twenty"]


def test_a_fraction_without_a_unit_is_left_alone() -> None:
    assert all(m.value != 0.75 for m in extract_text("d", "They won 3/4 of the seats on 9/11.").mentions)


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("500 or more people were evacuated.", "500 or more people", 500, math.inf),
        ("1,000 people or fewer attended.", "1,000 people or fewer", 0, 1000),
        ("Winds of 74 mph or higher are expected.", "74 mph or higher", 74, math.inf),
        ("The toll surpassed 3,000 on Friday.", "surpassed 3,000", 3000, math.inf),
        ("Entry is open to ages 18 and up.", "18 and up", 18, math.inf),
    ],
)
def test_bounds_written_after_or_as_a_verb(text: str, surface: str, low: float, high: float) -> None:
    m = only(text, surface)
    assert (m.interval.low, m.interval.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "surface", "currency"),
    [
        ("The company signed a $48.2 million deal.", "$48.2 million", "USD"),
        ("It raised a $ 300 million loan.", "$ 300 million", "USD"),
        ("The firm's $ 500 million bond sold out.", "$ 500 million", "USD"),
        ("It cost A$15 million.", "A$15 million", "AUD"),
        ("It cost HK $ 15 million.", "HK $ 15 million", "HKD"),
        ("Mex$ 10 million was paid.", "Mex$ 10 million", "MXN"),
    ],
)
def test_the_article_a_and_a_possessive_s_are_not_currency_prefixes(text: str, surface: str, currency: str) -> None:
    assert only(text, surface).unit == currency


@pytest.mark.parametrize(
    ("text", "surface", "value", "currency"),
    [
        ("It costs one dollar.", "one dollar", 1, "USD"),
        ("Not one penny more.", "one penny", 0.01, "GBP"),
        ("It paid a 12-cent-a-share dividend.", "12-cent", 0.12, "USD"),
    ],
)
def test_one_before_a_currency_and_hyphenated_cents(text: str, surface: str, value: float, currency: str) -> None:
    m = only(text, surface)
    assert (m.value, m.unit) == (value, currency)
    assert not extract_text("d", "One of them left.").mentions


def test_ton_is_made_explicit() -> None:
    m = only("The barge hauled 500 tons of coal.", "500 tons")
    assert m.unit == "ton" and "short ton" in m.ambiguous_unit
    # the interval covers short (907 kg) to long (1,016 kg) tons
    assert m.base_interval.low <= 500 * 907.2 and m.base_interval.high >= 500 * 1016


@pytest.mark.parametrize(
    ("text", "surface", "kind", "value"),
    [
        ("Biden said the three-month-old ceasefire would hold.", "three-month", Kind.DURATION, 3),
        ("A 10-month-old boy was pulled from the rubble.", "10-month-old", Kind.AGE, 10),
        ("He tested negative 3 times.", "3 times", Kind.COUNT, 3),
        # a streak of time is a duration, whatever word sits between the count and its unit
        ("Stocks fell for six straight days.", "six straight days", Kind.DURATION, 6),
        ("Prices rose for three consecutive months.", "three consecutive months", Kind.DURATION, 3),
        ("Approval takes ten working days.", "ten working days", Kind.DURATION, 10),
        ("He won three straight games.", "three straight games", Kind.COUNT, 3),
        ("The squad, minus 4 injured starters, won.", "4 injured starters", Kind.COUNT, 4),
    ],
)
def test_review_cases_for_ages_and_word_signs(text: str, surface: str, kind: Kind, value: float) -> None:
    m = only(text, surface)
    assert (m.kind, m.value) == (kind, value)


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("Growth of 5%-6% is expected.", "5%-6%", 5, 6),
        ("The rate is 5.25%-5.5% now.", "5.25%-5.5%", 5.25, 5.5),
        ("Highs of 20°C-25°C are due.", "20°C-25°C", 20, 25),
    ],
)
def test_a_hyphen_after_a_percent_or_degree_sign_joins_a_range_it_is_no_minus(
    text: str, surface: str, low: float, high: float
) -> None:
    m = only(text, surface)
    assert (m.interval.low, m.interval.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "surface", "currency", "low", "high"),
    [
        ("The upgrade will cost $1.5-2bn.", "$1.5-2bn", "USD", 1.5e9, 2e9),
        ("The upgrade will cost £3-4m.", "£3-4m", "GBP", 3e6, 4e6),  # never £3 and 4 metres
        ("The upgrade will cost €10-12 million.", "€10-12 million", "EUR", 10e6, 12e6),
        ("They set up a $5-10m fund.", "$5-10m", "USD", 5e6, 10e6),
    ],
)
def test_a_money_range_whose_currency_only_the_first_number_writes(
    text: str, surface: str, currency: str, low: float, high: float
) -> None:
    m = only(text, surface)
    assert (m.kind, m.unit, m.interval.low, m.interval.high) == (Kind.MONEY, currency, low, high)


@pytest.mark.parametrize(
    ("text", "surface", "kind", "unit", "value"),
    [
        (
            "Revenue was 5.45 billion dollars in the quarter, up from 4.8 billion.",
            "4.8 billion",
            Kind.MONEY,
            "USD",
            4.8e9,
        ),
        ("Sales hit $3 billion in the quarter, up from 2.8.", "2.8", Kind.MONEY, "USD", 2.8e9),
        ("The fire grew by 5,000 acres overnight to 50,000.", "50,000", Kind.QUANTITY, "acre", 50_000),
        ("The fire grew to 50,000 acres from 45,000.", "45,000", Kind.QUANTITY, "acre", 45_000),
        # never a percentage's unit, nor across a sentence, nor onto a figure with its own noun or period
        ("The index rose 2% to 4,500.", "4,500", Kind.COUNT, "", 4_500),
        ("They donated $5 million to 40 families.", "40 families", Kind.COUNT, "", 40),
        ("It ran seven years. Output rose from two a month to ten.", "two a month", Kind.RATE, "count / month", 2),
    ],
)
def test_the_bare_other_end_of_a_change_takes_the_figure_s_money_or_unit(
    text: str, surface: str, kind: Kind, unit: str, value: float
) -> None:
    m = only(text, surface)
    assert (m.kind, m.unit, m.value) == (kind, unit, value)


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("Hundreds of thousands fled the city.", "Hundreds of thousands", 200_000, 999_999),
        ("The rally drew tens of thousands.", "tens of thousands", 20_000, 99_999),
        ("Thousands fled the city.", "Thousands", 2_000, 9_999),
        ("Hundreds were injured in the blast.", "Hundreds", 200, 999),
        ("Dozens died in the fire.", "Dozens", 24, 99),
    ],
)
def test_a_compound_vague_amount_needs_no_noun_after_it(text: str, surface: str, low: float, high: float) -> None:
    m = only(text, surface)
    assert (m.interval.low, m.interval.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "surface", "share"),
    [
        ("Three out of four firms hired.", "Three out of four", 75.0),
        ("Only 2 out of 10 passed.", "2 out of 10", 20.0),
        # "in every"; a currency after a share is what it is a share of, not money
        ("One in every four workers quit.", "One in every four", 25.0),
        ("One in five euros goes to tax.", "One in five", 20.0),
    ],
)
def test_n_out_of_m_is_a_share_like_one_in_five(text: str, surface: str, share: float) -> None:
    m = only(text, surface)
    assert (m.kind, m.value) == (Kind.PERCENT, share)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The 6-foot-2 guard scored 20 points.", "6-foot-2"),
        ("He is 6ft 2in tall.", "6ft 2in"),
        ("The suspect is 6 feet 2 inches tall.", "6 feet 2 inches"),
        ("The 6'2\" forward scored 31 points.", "6'2\""),
        ("The rookie stands 6’2” in socks.", "6’2”"),
    ],
)
def test_feet_and_inches_are_one_height(text: str, surface: str) -> None:
    m = only(text, surface)
    assert (m.text, m.unit, round(m.value * 12)) == (surface, "foot", 74)
    assert abs(m.interval.high - m.interval.low - 1 / 12) < 1e-6  # to the inch


def test_a_number_after_feet_is_no_inches_without_its_unit() -> None:
    assert only("Walls of 10 feet 3 times a day.", "10 feet").value == 10


@pytest.mark.parametrize(
    ("text", "surface", "per"),
    [
        ("Subscribers pay $10-a-month for it.", "$10-a-month", "month"),
        ("A $1,000-a-year fee applies.", "$1,000-a-year", "year"),
    ],
)
def test_a_hyphenated_rate_is_a_rate(text: str, surface: str, per: str) -> None:
    m = only(text, surface)
    assert (m.kind, m.unit) == (Kind.RATE, f"USD / {per}")


def test_one_before_a_span_of_time_is_a_duration_but_one_day_stays_an_idiom() -> None:
    m = only("The project took one year to finish.", "one year")
    assert (m.kind, m.value, m.unit) == (Kind.DURATION, 1, "year")
    assert not extract_text("d", "One day he simply left.").mentions


def test_a_reading_hyphenated_to_its_scale_is_a_figure_not_a_name() -> None:
    assert only("The magnitude-7.1 quake struck.", "7.1 quake").value == 7.1


def test_and_up_to_and_and_over_the_weekend_are_not_trailing_bounds() -> None:
    fines = extract_text("d", "Fines range from $500 and up to $10,000.").mentions
    assert [m.text for m in fines] == ["$500", "up to $10,000"]
    assert only("The storm killed 12 people and over the weekend destroyed homes.", "12 people").interval.high == 12


def test_no_one_won_is_no_money() -> None:
    assert not extract_text("d", "No one won the jackpot.").mentions


def test_number_words_and_an_ordinal_that_do_not_make_one_stay_apart() -> None:
    ex = extract_text("t", "Five fifth-graders and thirty second-half goals were counted.", None)
    found = [(m.text, m.value) for m in ex.mentions]
    assert not any(m.kind == Kind.ORDINAL and m.value > 5 for m in ex.mentions), found
    fraction = extract_text("t", "The race was won by a hundredth of a second.", None)
    assert not any(m.kind == Kind.ORDINAL for m in fraction.mentions), [(m.text, m.kind) for m in fraction.mentions]


def test_a_unit_letter_inside_a_part_code_is_no_unit() -> None:
    for text in ("The pump 24703L202 failed.", "The valve 24703 L-202 failed."):
        ex = extract_text("t", text, None)
        assert not any(m.kind == Kind.QUANTITY for m in ex.mentions), [(m.text, m.kind) for m in ex.mentions]


def test_the_bare_first_figure_of_a_change_takes_the_seconds_unit() -> None:
    ex = extract_text("t", "The share rose from 50 to 80% and the cost from 3 to $4 million.", None)
    found = [(m.text, m.kind, m.unit, m.value, m.role) for m in ex.mentions]
    assert found == [
        ("50", Kind.PERCENT, "percent", 50, "from"),
        ("80%", Kind.PERCENT, "percent", 80, "to"),
        ("3", Kind.MONEY, "USD", 3e6, "from"),
        ("$4 million", Kind.MONEY, "USD", 4e6, "to"),
    ], found


def test_a_bound_on_a_year_is_a_year_not_a_count() -> None:
    for text in ("Prices stay below Europe's through at least 2027.", "The line may open as early as 2026."):
        ex = extract_text("t", text, None)
        assert [m.kind for m in ex.mentions] == [Kind.YEAR], [(m.text, m.kind) for m in ex.mentions]
    crowd = extract_text("t", "At least 2027 people signed.", None)
    assert [m.kind for m in crowd.mentions] == [Kind.COUNT]


@pytest.mark.parametrize(
    ("text", "surface"), [("Sales were $3bn-plus.", "$3bn-plus"), ("A 100-plus crowd.", "100-plus")]
)
def test_plus_after_a_figure_makes_it_a_lower_bound(text: str, surface: str) -> None:
    m = next(m for m in extract_text("t", text, PUBLISHED).mentions if m.text.startswith(surface))
    assert (m.qualifier, m.interval.high) == ("+", math.inf)


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        # "over" a span of time right after a figure is when it happened, not "more than"
        ("The firm will invest $5bn over three years.", "three years", ""),
        ("Shares fell 3% over five trading days.", "five trading days", ""),
        ("The plan cuts 2,000 jobs over two years.", "two years", ""),
        ("The trial lasted over five days.", "over five days", "over"),
        ("In 2020 the trial lasted over five days.", "over five days", "over"),
    ],
)
def test_over_a_span_of_time_after_a_figure_is_during(text: str, surface: str, qualifier: str) -> None:
    m = only(text, surface)
    assert (m.kind, m.qualifier, m.interval.high == math.inf) == (Kind.DURATION, qualifier, qualifier == "over")


def test_a_qualifier_before_a_scale_name_bounds_its_figure() -> None:
    m = only("The quake, up to magnitude 5.2, shook the coast.", "up to magnitude 5.2")
    assert (m.qualifier, m.interval.high) == ("up to", 5.2)
    m = only("Aftershocks of more than magnitude 4 followed.", "more than magnitude 4")
    assert (m.qualifier, m.interval.low, m.interval.high) == ("more than", 4, math.inf)


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("Tremors were felt over 540 km away.", "over 540 km", "over"),
        ("Tremors were felt above 540km away.", "above 540km", "above"),
        ("Prices rose over 5% in May.", "over 5%", "over"),
        ("The toll climbed to over 1500.", "over 1500", "over"),
        ("At least 2027 people signed.", "At least 2027 people", "at least"),
    ],
)
def test_a_preposition_is_dropped_only_before_a_year_and_kept_as_the_qualifier_of_a_figure(
    text: str, surface: str, qualifier: str
) -> None:
    m = only(text, surface)
    assert (m.qualifier, m.interval.high) == (qualifier, math.inf)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The stall sold 3 dzs of eggs by noon.", "3 dzs", 36),
        ("Bakers delivered five dozs of rolls.", "five dozs", 60),
        ("He ordered 2 doz. oysters.", "2 doz", 24),
        ("The cargo weighed 2.33 k tonnes.", "2.33 k", 2330),
        ("The fund reported 1,674,200.5 M in assets.", "1,674,200.5 M", 1_674_200_500_000),
        ("About 2.4 M people were affected.", "2.4 M", 2_400_000),
    ],
)
def test_abbreviated_dozens_and_a_spaced_scale_letter_after_a_decimal_or_grouped_number(
    text: str, surface: str, value: float
) -> None:
    assert only(text, surface).value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("She ran a 10 k race in the rain.", "10", 10),  # a plain number before k is no thousand
        ("The sample was cooled to 5.5 K overnight.", "5.5", 5.5),  # a capital K after a decimal may be kelvin
        ("Add 0.5 M NaCl to the buffer.", "0.5", 0.5),  # a molar concentration
        ("The index closed at 3,412.5 M. Dupont, the analyst, said.", "3,412.5", 3412.5),  # an initial
    ],
)
def test_a_spaced_scale_letter_is_not_read_where_it_may_be_a_unit(text: str, surface: str, value: float) -> None:
    assert only(text, surface).value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("More than half of the voters backed the plan.", "More than half", 50, 100),
        ("At least three-quarters of the staff walked out.", "At least three-quarters", 75, 100),
        ("More than one in five adults smoke.", "More than one in five", 20, 100),
        ("Prices rose more than 150% last year.", "more than 150%", 150, INF),  # a change is no share of a whole
    ],
)
def test_a_share_of_a_whole_never_passes_100_percent(text: str, surface: str, low: float, high: float) -> None:
    interval = only(text, surface).interval
    assert (interval.low, interval.high) == (pytest.approx(low), high)


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("It was 30C in Madrid.", "30C", "degree_Celsius"),
        ("Seville rose to 44C on Sunday.", "44C", "degree_Celsius"),
        ("It is 30 C outside.", "30 C", "degree_Celsius"),
        ("It's 30 C outside!", "30 C", "degree_Celsius"),
        ("It was 30C-plus in Madrid.", "30C", "degree_Celsius"),
        ("Phoenix hit 118F again.", "118F", "degree_Fahrenheit"),
    ],
)
def test_a_glued_c_or_f_after_a_verb_of_readings_is_a_temperature(text: str, surface: str, unit: str) -> None:
    # with no temperature word in the sentence, "30C" used to be dropped (it may be "Form 10C" or "the 13F filing")
    assert only(text, surface).unit == unit


def test_a_glued_letter_after_a_code_word_stays_no_temperature() -> None:
    # (nor after the possessive "its", which "It's" loses its apostrophe to in careless copy)
    for text in ("The fund filed its 13F on Monday.", "Form 10C was filed late."):
        assert not [m for m in extract_text("t", text, PUBLISHED).mentions if m.unit.startswith("degree")]


@pytest.mark.parametrize(
    ("text", "surface", "value", "currency"),
    [
        ("Turnover reached 15 millions euros last year.", "15 millions euros", 15e6, "EUR"),
        ("The deal is worth 2 billions dollars.", "2 billions dollars", 2e9, "USD"),
    ],
)
def test_a_plural_scale_word_after_a_number_is_the_scale(text: str, surface: str, value: float, currency: str) -> None:
    m = only(text, surface)
    assert (m.kind, m.unit, m.value) == (Kind.MONEY, currency, pytest.approx(value))


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The FTSE 100 went up by 8,26%, to 5,000.", "8,26%", 8.26),
        ("The Bovespa rose 14,66 % today.", "14,66 %", 14.66),
        ("Inflation eased to 1,5% in May.", "1,5%", 1.5),
        ("The stock rose 1,000% in a decade.", "1,000%", 1000),  # three digits after the comma: thousands
        # and next to the euro, as European outlets write prices
        ("Tickets cost 1,50 euros each.", "1,50 euros", 1.5),
        ("A room costs €89,90 a night.", "€89,90", 89.9),
        ("The bid was raised to € 2,5 million.", "€ 2,5 million", 2.5e6),
        ("A beer is 3,5€ and a coffee 2,40 EUR.", "2,40 EUR", 2.4),
        ("The fund holds €1,500 in cash.", "€1,500", 1500),  # three digits after the comma: thousands
        # ... and before a scale word (a thousands separator never groups one or two digits)
        ("The cost rose to $3.2bn from $2,8bn.", "$2,8bn", 2.8e9),
        ("The population is 8,3 million.", "8,3 million", 8.3e6),
    ],
)
def test_a_decimal_comma_before_a_percent_sign_or_by_the_euro(text: str, surface: str, value: float) -> None:
    assert only(text, surface).value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "surface", "kind", "value"),
    [
        ("The index posted a gain of half a percent.", "half a percent", Kind.PERCENT, 0.5),
        (
            "The bank raised rates by a quarter of a percentage point.",
            "a quarter of a percentage point",
            Kind.PERCENTAGE_POINTS,
            0.25,
        ),
        ("Yields rose half a percentage point.", "half a percentage point", Kind.PERCENTAGE_POINTS, 0.5),
        ("The DAX was up by a fifth of a percent.", "a fifth of a percent", Kind.PERCENT, 0.2),
        ("Growth slowed to three quarters of a percent.", "three quarters of a percent", Kind.PERCENT, 0.75),
        ("Prices rose one-half percent in May.", "one-half percent", Kind.PERCENT, 0.5),
        # a fraction of one point, said of a rate, a yield or a poll: percentage points
        ("The Fed raised rates by a quarter point.", "a quarter point", Kind.PERCENTAGE_POINTS, 0.25),
        ("The central bank delivered a half-point cut.", "a half-point", Kind.PERCENTAGE_POINTS, 0.5),
        ("Treasury yields fell three-quarters of a point.", "three-quarters of a point", Kind.PERCENTAGE_POINTS, 0.75),
        ("She leads by half a point in the latest poll.", "half a point", Kind.PERCENTAGE_POINTS, 0.5),
    ],
)
def test_a_fraction_of_a_percent_or_of_a_point(text: str, surface: str, kind: Kind, value: float) -> None:
    m = only(text, surface)
    assert (m.kind, m.text) == (kind, surface) and m.value == pytest.approx(value)


def test_a_temperature_letter_joined_to_a_word_after_a_number_is_no_unit() -> None:
    ex = extract_text("t", "The panel is 12 C-suite executives and two academics.", PUBLISHED)
    assert [m for m in ex.mentions if m.unit == "degree_Celsius"] == []
    # a unit hyphenated to the adjective it makes stays a unit
    assert only("The crew built a 10 m-long wall.", "10 m").unit == "meter"
    assert only("A 3 m-high fence was erected.", "3 m").unit == "meter"


def test_half_a_point_with_no_rate_or_poll_in_its_sentence_is_no_percentage_point() -> None:
    assert only("He finished the round half a point ahead.", "half a point").kind != Kind.PERCENTAGE_POINTS  # chess


@pytest.mark.parametrize(
    ("text", "surface", "kind", "value", "unit"),
    [
        ("The walk is half a mile.", "half a mile", Kind.QUANTITY, 0.5, "mile"),
        ("The fire burned a half-mile from homes.", "a half-mile", Kind.QUANTITY, 0.5, "mile"),
        ("The farm lies one-half mile east.", "one-half mile", Kind.QUANTITY, 0.5, "mile"),
        ("The plume stretched three-quarters of a mile.", "three-quarters of a mile", Kind.QUANTITY, 0.75, "mile"),
        ("He swam a third of a mile.", "a third of a mile", Kind.QUANTITY, 1 / 3, "mile"),
        ("The talks lasted half an hour.", "half an hour", Kind.DURATION, 0.5, "hour"),
        ("The feud ran for half a century.", "half a century", Kind.DURATION, 0.5, "century"),
        ("The door is 2 1/2 in thick.", "2 1/2 in", Kind.QUANTITY, 2.5, "inch"),
        ("The main is 12 in in diameter.", "12 in", Kind.QUANTITY, 12, "inch"),
    ],
)
def test_a_fraction_of_a_unit_and_inches_before_a_measured_word(
    text: str, surface: str, kind: Kind, value: float, unit: str
) -> None:
    m = only(text, surface)
    assert (m.kind, m.text, m.unit) == (kind, surface, unit) and m.value == pytest.approx(value)


def test_a_fraction_before_anything_else_keeps_its_old_reading() -> None:
    assert only("Half a million people marched.", "Half a million").value == 5e5
    assert only("A quarter of the voters stayed home.", "A quarter").kind == Kind.PERCENT
    assert not extract_text("t", "They signed him for half a season.", PUBLISHED).mentions
    assert only("He scored 2 in the first half.", "2").kind == Kind.COUNT


@pytest.mark.parametrize(
    ("text", "surface", "kind", "low", "high"),
    [
        ("Rents rose by a third in two years.", "a third", Kind.PERCENT, 31.67, 35.0),
        ("Output was cut by a quarter.", "a quarter", Kind.PERCENT, 23.75, 26.25),
        ("Profits fell by half last year.", "half", Kind.PERCENT, 47.5, 52.5),
        ("Margins widened to 12.5pc.", "12.5pc", Kind.PERCENT, 12.45, 12.55),
        ("Some 20-odd people were arrested.", "20-odd", Kind.COUNT, 20, 29),
        ("The 100-odd page report was leaked.", "100-odd", Kind.COUNT, 100, 199),
    ],
)
def test_changes_by_a_fraction_pc_and_odd(text: str, surface: str, kind: Kind, low: float, high: float) -> None:
    m = only(text, surface)
    assert m.kind == kind
    assert close(m.interval.low, low) and close(m.interval.high, high), m.interval


@pytest.mark.parametrize("word", ["Reportedly", "Initially", "Perhaps", "Overall", "Altogether", "However", "Twice"])
def test_an_adverb_that_opens_a_sentence_does_not_make_its_number_a_name(word: str) -> None:
    text = f"{word} 300 people were there."
    m = only(text, "300")
    assert m.kind == Kind.COUNT and m.interval.low <= 300 <= m.interval.high


@pytest.mark.parametrize(
    ("text", "surface", "unit", "low", "high"),
    [
        ("The SGD1.75-billion Terminal 3 will open in May.", "SGD1.75-billion", "SGD", 1.745e9, 1.755e9),
        ("The deal is worth ZAR2bn.", "ZAR2bn", "ZAR", 1.5e9, 2.5e9),
        ("The fine was R50,000 last year.", "R50,000", "ZAR", 49_999.5, 50_000.5),
        ("The budget is Sh1.2 trillion.", "Sh1.2 trillion", "KES", 1.15e12, 1.25e12),
        ("We expect a 30-to-60-day process.", "30-to-60-day", "day", 30, 60),
    ],
)
def test_a_glued_currency_code_and_a_range_written_with_to_hyphens(
    text: str, surface: str, unit: str, low: float, high: float
) -> None:
    m = only(text, surface)
    assert (m.text, m.unit) == (surface, unit)
    assert close(m.interval.low, low) and close(m.interval.high, high), m.interval


@pytest.mark.parametrize(
    ("text", "surface", "unit", "low", "high"),
    [
        ("The car made the firm millions of dollars.", "millions of dollars", "USD", 2e6, 999e6),
        ("Hundreds of millions of dollars were lost.", "Hundreds of millions of dollars", "USD", 200e6, 999e6),
        ("Thousands of tonnes of grain rotted.", "Thousands of tonnes", "metric_ton", 2_000, 9_999),
        ("Tens of millions of people voted.", "Tens of millions of", "", 20e6, 99e6),
        ("The batteries last 30 -- 40 days.", "30 -- 40 days", "day", 30, 40),
    ],
)
def test_a_vague_amount_takes_its_currency_or_unit(text: str, surface: str, unit: str, low: float, high: float) -> None:
    m = only(text, surface)
    assert m.text.startswith(surface) and m.unit == unit
    assert close(m.interval.low, low) and close(m.interval.high, high), m.interval


@pytest.mark.parametrize(
    ("text", "surface", "unit", "value"),
    [
        ("Petrol costs 189.9p a litre.", "189.9p", "GBP / liter", 1.899),
        ("A 10p coin was found.", "10p", "GBP", 0.10),
        ("Diesel rose 5c a litre.", "5c", "USD / liter", 0.05),
    ],
)
def test_pence_and_cents_glued_in_lower_case(text: str, surface: str, unit: str, value: float) -> None:
    m = only(text, surface)
    assert m.unit == unit and m.value == pytest.approx(value)


def test_a_glued_p_or_c_that_is_no_money() -> None:
    for text in ("The meeting is at 4p.m. today.", "It is 5cm long.", "Lows of 5c are forecast tonight."):
        assert not [m for m in extract_text("t", text, PUBLISHED).mentions if m.kind == Kind.MONEY], text


def test_a_third_party_and_a_pc_are_no_fraction_and_no_percent() -> None:
    assert only("The deal was signed by a third party.", "third").kind == Kind.ORDINAL
    assert only("He runs a 5 PC network.", "5").kind == Kind.COUNT


def test_a_descending_pair_after_between_or_with_a_unit_stays_a_range() -> None:
    assert only("The index hovered between -30 and -60.", "between -30 and -60").interval.low == -60
    assert only("Fares fell to $30-$20 a seat.", "$30-$20").kind == Kind.MONEY


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("The measure passed 52-48 in the Senate.", 52, 48),
        ("The home side won 3-1 on Sunday.", 3, 1),
        ("The bill passed by a vote of 218 to 210.", 218, 210),
    ],
)
def test_a_score_or_a_tally_is_two_counts_not_a_range(text: str, first: float, second: float) -> None:
    assert [(m.kind, m.value) for m in extract_text("t", text, PUBLISHED).mentions if m.kind == Kind.COUNT] == [
        (Kind.COUNT, first),
        (Kind.COUNT, second),
    ]


def test_a_decimal_comma_elsewhere_stays_not_understood() -> None:
    ex = extract_text("t", "They cost 1,50 dollars.", PUBLISHED)
    assert [t for _, _, t in ex.not_understood] == ["1,50"] and not ex.mentions


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("A tremor registering 5.1 shook the city.", "5.1"),
        ("Winds of 354 kilometers per hour tore roofs off homes.", "354 kilometers per hour"),
        ("Gusts of an estimated 76 mph drove the fire east.", "an estimated 76 mph"),
    ],
)
def test_a_verb_after_a_figure_is_not_what_it_counts(text: str, surface: str) -> None:
    assert only(text, surface).noun == ""


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("Unemployment among 16- to 24-year-olds rose to 14.5%.", "16- to 24-year-olds", 16, 24),
        ("The 18-to-24-year-old group voted.", "18-to-24-year-old", 18, 24),
        ("He is about 40 - 50 years old.", "about 40 - 50 years old", 40, 50),
    ],
)
def test_a_range_of_ages_is_an_age(text: str, surface: str, low: float, high: float) -> None:
    m = only(text, surface)
    assert (m.kind, m.text, m.interval.low, m.interval.high) == (Kind.AGE, surface, low, high)


@pytest.mark.parametrize(
    ("text", "surface", "noun"),
    [
        # "the two" standing for two parties named before, with a verb after it: no counted noun
        ("Leaders watch with alarm as the 2 increase their naval cooperation.", "2", ""),
        ("Officials fear the three expand their ties further.", "three", ""),
        # a plural noun after "the N" is still what is counted
        ("The 3 main parties agreed on a budget.", "3 main parties", "main parties"),
        ("The company cut the 40 jobs it had added.", "40 jobs", "jobs"),
    ],
)
def test_the_two_followed_by_a_verb_counts_no_noun(text: str, surface: str, noun: str) -> None:
    assert only(text, surface).noun == noun


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        # "down" as the particle of a verb is no fall
        ("Ukraine said it shot down 29 of 31 drones launched overnight.", "29", ""),
        ("Crews tore down 40 homes.", "40 homes", ""),
        ("The judge handed down 25 years.", "25 years", ""),
        # ... "down" after a level still is
        ("Shares were down 3% at midday.", "3%", "down-by"),
        ("Sales fell, down 12% on the year.", "12%", "down-by"),
    ],
)
def test_down_as_a_verb_particle_is_no_change(text: str, surface: str, role: str) -> None:
    assert only(text, surface).role == role


def test_a_year_then_to_and_a_share_is_no_range() -> None:
    """'its growth forecast for 2025 to 1.2%' is the year and the share it was lifted to, not a range from 2,025% to
    1.2%; a range of shares still is one."""
    ex = extract_text("d", "The bank lifted its growth forecast for 2025 to 1.2% from 0.9%.", date(2024, 5, 16))
    assert [(m.text, m.kind) for m in ex.mentions][:2] == [("2025", Kind.YEAR), ("1.2%", Kind.PERCENT)]
    assert only("Growth of 2 to 3% is expected.", "2 to 3%").interval == (2.0, 3.0)


@pytest.mark.parametrize(
    ("text", "surface", "noun"),
    [
        # "more", "additional", "extra", "fewer" between a count and its noun
        ("The chain plans to open 150 more stores next year.", "150 more stores", "stores"),
        ("The airline added 20 additional flights.", "20 additional flights", "flights"),
        ("Police arrested 40 more people on Sunday.", "40 more people", "people"),
        # a comparison, or no noun after it
        ("Sales were 150 more than a year earlier.", "150", ""),
        ("It plans to open 150 more.", "150", ""),
    ],
)
def test_a_count_and_its_noun_across_more(text: str, surface: str, noun: str) -> None:
    assert only(text, surface).noun == noun


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Putin , 71 , arrived on Thursday .", "71"),  # badly spaced, as machine-spun copies are
        ("The senator , 78 ; the governor , 61 .", "78"),
        ("The senator , 78 ; the governor , 61 .", "61"),
        ("Putin, 71 .", "71"),
    ],
)
def test_an_age_after_a_name_survives_spaces_before_its_commas(text: str, surface: str) -> None:
    m = only(text, surface)
    assert (m.kind, m.value) == (Kind.AGE, float(surface))


def test_a_figure_with_its_unit_after_a_badly_spaced_comma_is_no_age() -> None:
    assert only("Smith , 40 dollars poorer , left.", "40 dollars").kind == Kind.MONEY


@pytest.mark.parametrize(
    "text", ["Two-way trade climbed to a record.", "It became a three-way race.", "Traffic on the two way street."]
)
def test_a_number_word_before_way_is_no_count(text: str) -> None:
    assert not extract_text("t", text, PUBLISHED).mentions


def test_ways_counted_stay_a_count() -> None:
    assert only("Two ways to save money were proposed.", "Two ways").kind == Kind.COUNT


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("Shares rose about 7% on the day.", "about 7%", 6.5, 7.5),
        ("Shares rose nearly 7% on the day.", "nearly 7%", 6.5, 7),
        ("Shares rose just over 7% on the day.", "just over 7%", 7, 7.5),
        ("Shares rose about 70% on the day.", "about 70%", 66.5, 73.5),  # past ten units ±5% is the wider
    ],
)
def test_a_hedge_is_never_narrower_than_the_plain_figures_rounding(
    text: str, surface: str, low: float, high: float
) -> None:
    m = only(text, surface)
    assert m.interval is not None
    assert (m.interval.low, m.interval.high) == pytest.approx((low, high))

"""What a figure measures: trigger words → a canonical measure ("commerce" and "trade" → trade).

Pure data. `MEASURES` maps a canonical measure to its trigger words (lower case; one- or two-word phrases);
`EVENTS` does the same for dated events, split into start/end so "arrives Thursday" and "leaves Friday"
are never one fact. `CUMULATIVE` measures change by the day (a death toll), so their claims are compared
only at the same as-of date. `PART_WORDS` mark a part of a total ("of which", "including").
"""

from __future__ import annotations

from checker.extract.lexicon import FUNCTION_WORDS

# stock indices, each a measure of its own (a story quotes several: the Dow's move is not the DAX's)
STOCK_INDICES: dict[str, tuple[str, ...]] = {
    "Dow Jones index": ("dow", "dow jones", "djia", "dow industrials"),
    "Nasdaq index": ("nasdaq",),
    "S&P 500 index": ("poor's",),  # "Standard & Poor's 500" ("s&p" is no word for the token list)
    "FTSE index": ("ftse",),
    "DAX index": ("dax",),
    "CAC 40 index": ("cac",),
    "Nikkei index": ("nikkei",),
    "Hang Seng index": ("hang seng",),
}
MEASURES: dict[str, tuple[str, ...]] = {
    "trade": (
        "trade",
        "commerce",
        "bilateral trade",
        "trade turnover",
        "turnover",
        "trading volume",
        "trade volume",
        "goods traded",
    ),
    "exports": (
        "export",
        "exports",
        "exported",
        "shipments abroad",
        "outbound shipments",
        "shipments to",
        "sales to",
        "deliveries to",
    ),
    "imports": ("import", "imports", "imported"),
    "tariffs": ("tariff", "tariffs", "duties", "duty", "levies", "levy"),
    "tariff rate": ("tariff rate", "tariff rates", "duty rate"),
    "deaths": (
        "death",
        "deaths",
        "dead",
        "died",
        "killed",
        "killing",
        "kill",
        "kills",
        "fatalities",
        "death toll",
        "toll",
        "lives",
        "fatality",
        "perished",
        "bodies",
        "dying",
    ),
    "injuries": ("injured", "injuries", "wounded", "hurt", "hospitalized", "hospitalised"),
    "missing": ("missing", "unaccounted"),
    "evacuations": ("evacuate", "evacuated", "evacuation", "evacuations", "evacuees", "fled", "displaced", "leaving"),
    # the people a shelter holds on a day, not everyone who fled ("an evacuation centre was housing 460 people")
    # (not "shelters": "373 shelters opened" counts shelters)
    "people in shelters": (
        "evacuation centre",
        "evacuation center",
        "evacuation centres",
        "evacuation centers",
        "sheltering",
        "sheltered",
    ),
    "power outages": (
        "outage",
        "outages",
        "without power",
        "without electricity",
        "lost power",
        # a utility's pre-emptive shut-off ("cut power to 31,000 customers to prevent new fires")
        "cut power to",
        "shut off power to",
        "shut off power for",
        "in the dark",
        "blackout",
        "blackouts",
    ),
    "damage": ("damage", "damages", "economic losses", "losses", "destruction", "economic loss"),
    "insured losses": ("insured losses", "insured loss", "insurance losses", "insured damage", "claims"),
    "cost": ("cost", "costs", "price tag", "spending", "spend", "bill"),
    "price": ("price", "prices", "priced", "selling price", "average selling price"),
    "revenue": ("revenue", "revenues", "sales", "turnover", "brought in"),
    "profit": ("profit", "profits", "net income", "earnings", "earned"),
    "investment": ("investment", "investments", "invested", "invest"),
    "aid": ("aid", "assistance", "relief", "package"),
    # what a project was expected to cost when it was approved is its budget, not what it cost
    "budget": (
        *("budget", "budgets", "was expected to cost", "were expected to cost", "had been expected to cost"),
        *("was originally expected to cost", "was budgeted", "originally budgeted"),
    ),
    "debt": ("debt", "debts", "borrowing", "borrowed", "public borrowing"),
    "gdp": ("gdp", "economy", "economic growth", "growth"),
    # "the unemployment rate", "the inflation rate": the longer trigger beats the bare "rate" (an interest rate)
    "inflation": ("inflation", "consumer prices", "cpi", "inflation rate"),
    "unemployment": ("unemployment", "jobless", "jobless rate", "unemployment rate"),
    "population": ("population", "residents", "inhabitants", "people live", "home to"),
    "votes": ("votes", "vote", "ballots", "voted", "of the vote", "vote share", "share of the vote", "votes cast"),
    "per-share amount": (
        "per share",
        "a share",
        "per-share",
        "eps",
        "earnings per share",
        "per diluted share",
        "earnings per diluted share",
        "dividend",
        "dividends",
    ),
    "bond yield": (
        "bond yield",
        "bond yields",
        "treasury yield",
        "treasury yields",
        "treasuries",
        "jgb yield",
        "jgb yields",
        "jgbs",
        "gilt yields",
        "benchmark yield",
        "benchmark yields",
    ),
    "ebitda": ("ebitda", "adjusted ebitda", "operating ebitda"),
    "housing starts": ("housing starts", "home sales", "existing-home sales", "new-home sales", "building permits"),
    "attendance": ("attendance", "attendees", "attended", "spectators", "crowd", "crowds"),
    "approvals": ("approvals", "mortgage approvals"),
    "assets": ("assets", "assets under management", "aum"),
    # airline and lender results
    "load factor": ("load factor", "load factors", "passenger load factor"),
    "charge-offs": ("charge-offs", "net charge-offs", "charged off", "write-offs", "written off"),
    "depth": ("depth", "deep", "below the surface", "beneath", "underground", "focus", "hypocentre", "hypocenter"),
    "distance": (
        "away",
        "distance",
        "north of",
        "south of",
        "east of",
        "west of",
        "north-west of",
        "north-east of",
        "south-west of",
        "south-east of",
        "northwest of",
        "northeast of",
        "southwest of",
        "southeast of",
        "from the coast",
        "offshore",
        "epicentre",
        "epicenter",
    ),
    # how far a quake was felt is not how far its epicentre lay from a town
    "felt distance": ("were felt", "was felt", "be felt", "felt as far", "felt as far away as", "felt up to"),
    # people pulled out alive, still trapped, left homeless: three counts, not one count of "people"
    "rescued": ("rescued", "rescue", "pulled alive", "alive from"),
    # the people who rescue, not the people rescued ("25,000 rescuers combed the rubble")
    "rescuers": ("rescuers", "rescue workers", "rescue teams", "rescue crews", "search teams"),
    "trapped": ("trapped", "under the rubble", "buried"),
    "homeless": ("homeless", "left homeless"),
    "magnitude": ("magnitude", "richter"),
    "production": (
        "output",
        "production",
        "produced",
        "produce",
        "produces",
        "mined",
        "mine",
        "mines",
        "manufactured",
        "built",
        "harvest",
        "harvested",
        "yield",
        "pumped",
    ),
    "area burned": ("burned", "burnt", "scorched", "consumed", "charred", "blaze", "wildfire", "fire"),
    # how much of a fire's edge is held: "40% contained" is no share of the area burned
    "containment": ("contained", "containment"),
    "speed": ("speed", "speeds", "mph", "top speed"),
    "duration": ("lasted", "took", "journey", "ride", "trip time", "travel time", "flight time"),
    "turnout": ("turnout",),
    "seats": ("seats", "seat"),
    "wind speed": ("wind", "winds", "sustained winds", "wind speed", "wind speeds", "mph winds"),
    # a gust is no sustained wind: "sustained winds of 120 mph" and "a gust of 150 mph" are two facts
    "gust speed": ("gust", "gusts", "gusting", "gusted", "wind gust", "wind gusts", "gusts of wind"),
    "rainfall": ("rain", "rainfall", "precipitation", "rains", "downpour"),
    "storm surge": ("surge", "storm surge", "surges", "flood waters", "water levels"),
    "pressure": ("pressure", "millibars", "central pressure"),
    "temperature": ("temperature", "temperatures", "heat", "degrees"),
    "supply": (
        "gas",
        "natural gas",
        "deliveries",
        "supplies",
        "supply",
        "flows",
        "pipeline capacity",
        "capacity",
        "shipments",
        "volumes",
        "eastbound deliveries",
        "deliver",
        "delivers",
        "ship",
        "ships",
        "carry",
        "carries",
        "pump",
        "pumps",
        "transport",
        "send",
        "sends",
        "pipeline",
        "line",
    ),
    "oil price": ("oil price", "oil prices", "brent", "brent crude", "wti", "price of oil", "crude prices"),
    "oil output": ("oil", "crude", "barrels", "oil output", "production"),
    "meetings": (
        "met",
        "meetings",
        "meeting",
        "summits",
        "encounters",
        "talks",
        "seen each other",
        "occasions",
        "each other",
        "meet",
    ),
    "visit length": ("visit", "trip", "journey", "stay", "tour"),
    "tenure": ("rule", "tenure", "in power", "in office", "reign", "term", "terms", "years in power"),
    "sanctioned entities": ("sanctioned", "sanctions", "entities", "blacklisted", "blacklist"),
    # ("goods" alone is no dual-use goods: "the value of goods traded between the two countries" is trade)
    "dual-use goods": ("dual-use", "dual use", "components", "dual-use goods", "dual use goods"),
    "passengers": ("passengers", "travellers", "travelers", "riders"),
    "jobs": (
        "jobs",
        "workers",
        "employees",
        "staff",
        "layoffs",
        "job cuts",
        "positions",
        "roles",
        "posts",
        "redundancies",
    ),
    "crews": ("crews", "line workers", "utility workers", "linemen", "responders", "personnel"),
    "troops": ("troops", "soldiers", "forces", "servicemen"),
    "arrests": ("arrests", "arrested", "detained", "detentions"),
    "cases": ("cases", "infections", "infected"),
    "homes": ("homes", "houses", "buildings", "structures", "properties"),
    "tornadoes": ("tornado", "tornadoes", "twisters", "tornado warnings"),
    "length": ("long", "length", "stretch", "stretches", "spans", "distance", "miles long"),
    "height": ("tall", "height", "high", "elevation", "plume", "into the sky", "into the air"),
    "seizures": ("seized", "seizure", "seizures", "confiscated", "haul", "intercepted"),
    "efficacy": ("effective", "efficacy", "effectiveness"),
    "charges": ("counts", "felony counts", "criminal counts", "criminal charges"),
    "area": ("area",),
    "anniversary": ("anniversary", "years since", "years of"),
    "expo edition": ("expo", "exposition", "fair", "edition"),
    "points plan": ("point plan", "plan", "proposal"),
    "market share": ("share", "market share"),
    # what an owner holds of a company ("Fiat bought a 20 percent stake in Chrysler", "a ten percent share in the
    # company's stock"), not the company's share of a market
    "stake": ("stake", "stakes", "shareholding", "equity stake", "of the shares", "of its shares", "share in"),
    "interest rate": ("interest rate", "rates", "rate"),
    # markets and company results
    "share price": ("shares", "share price", "stock price", "shares of"),
    **STOCK_INDICES,
    "market value": (
        "market value",
        "market capitalisation",
        "market capitalization",
        "market cap",
        "valuation",
        "valued",
        "values",
        "valuing",
    ),
    "net loss": ("net loss", "net losses", "operating loss", "pre-tax loss", "pretax loss", "quarterly loss"),
    "wages": ("minimum wage", "wage", "wages", "salary", "salaries", "hourly pay"),
    "gas stations": ("gas stations", "stations", "filling stations", "pumps"),
    "counties": ("counties", "county"),
    "shelters": ("shelters", "shelter", "sheltered"),
    "warnings": ("warnings", "warning", "alerts"),
}

EVENTS: dict[str, tuple[str, ...]] = {
    "visit start": (
        "arrive",
        "arrives",
        "arrived",
        "arrival",
        "will travel",
        "travels",
        "traveled",
        "travelled",
        "visit",
        "visits",
        "trip",
        "state visit",
        "journey",
        "begins",
        "begin",
        "starting",
        "starts",
        "lands",
        "landed",
        "heads",
        "go to",
        "travel",
        "to visit",
        "will visit",
        "fly",
        "flies",
        "flew",
        "tour",
    ),
    "visit end": (
        "leave",
        "leaves",
        "left",
        "departure",
        "depart",
        "departs",
        "ends",
        "ended",
        "concludes",
        "concluded",
        "wrap up",
        "wraps up",
        "until",
    ),
    "peak": ("peaked", "strengthened", "intensified", "peaking"),
    "landfall": ("landfall", "made landfall", "came ashore", "roared ashore", "hit land", "struck land", "ashore"),
    "election": (
        "election",
        "elections",
        "vote",
        "polls",
        "ballot",
        "re-election",
        "reelection",
        "voted",
        "went to the polls",
        "won the election",
    ),
    "strike": ("struck", "hit", "shook", "quake", "earthquake", "tremor", "jolted", "rattled", "slammed", "shock"),
    "results": (
        "reported",
        "reports",
        "posted",
        "results",
        "earnings",
        "accounts",
        "quarterly accounts",
        "published figures",
        "released figures",
        "released results",
    ),
    "opening": (
        "opened",
        "opens",
        "open",
        "inaugurated",
        "launched",
        "launch",
        "launches",
        "launching",
        "debut",
        "boarded",
        "first service",
        "entered service",
        "enter service",
        "enters service",
        "entering service",
        "entry into service",
    ),
    # what business stories date (an airliner's first flight and its first delivery, a carmaker's bankruptcy)
    "first flight": (
        "first flight",
        "maiden flight",
        "test flight",
        "first test flight",
        "first flew",
        "maiden voyage",
    ),
    "delivery": ("delivered", "delivery", "deliveries", "deliver", "delivers", "take delivery", "took delivery"),
    "bankruptcy": (
        "bankruptcy",
        "filed for bankruptcy",
        "bankruptcy protection",
        "chapter 11",
        "went bankrupt",
        "declared bankruptcy",
        "bankruptcy filing",
    ),
    # (leaving bankruptcy is another event than entering it: "emerged from bankruptcy in July")
    "bankruptcy exit": (
        "emerged from bankruptcy",
        "exited bankruptcy",
        "out of bankruptcy",
        "left bankruptcy",
        "recovered from bankruptcy",
        "recovered from its bankruptcy",
        "recovered from their bankruptcy",
    ),
    "evacuation": ("evacuated", "evacuate", "evacuation", "evacuation order", "evacuation orders"),
    "closure": ("closed", "closes", "shut", "shuts", "halted", "suspended"),
    "signing": ("signed", "signs", "sign", "agreed", "agreement", "deal"),
    "start": (
        "began",
        "begins",
        "started",
        "starts",
        "began running",
        "took effect",
        "takes effect",
        "came into force",
        "comes into force",
        "kicked off",
    ),
    "announcement": ("announced", "unveiled", "announce", "unveil", "unveils", "announces", "imposed", "introduced"),
    "invasion": ("invaded", "invasion", "invade", "offensive began"),
    "appointment": (
        "appointed",
        "named",
        "nominated",
        "replaced",
        "replacing",
        "proposed",
        "proposes",
        "put forward",
        "picked",
        "tapped",
        "sacked",
        "fired",
        "dismissed",
    ),
    "term start": ("term", "fifth term", "inauguration", "inaugurated", "sworn in"),
    # ("another special event to be held on October 12": the event's day, not the day it was announced)
    "conference": (
        "conference",
        "summit",
        "forum",
        "expo",
        "meeting",
        "be held",
        "was held",
        "were held",
        "is held",
    ),
    # what a crime or an accident story dates ("the massacre on Tuesday", "died on Friday", "pleaded guilty on May 3")
    "arrest": ("arrested", "arrest", "surrendered", "captured", "detained"),
    "charge": ("charged", "indicted", "indictment"),
    "plea": ("pleaded guilty", "pled guilty", "pleaded not guilty", "pled not guilty", "plea"),
    "verdict": ("convicted", "acquitted", "found guilty", "verdict"),
    "sentencing": ("sentenced", "sentencing", "jailed"),
    "crash": ("crashed", "crash", "derailed", "collided", "collision", "capsized"),
    "explosion": ("explosion", "exploded", "blast"),
    "attack": ("attack", "attacked", "massacre", "shooting", "stabbing", "bombing", "ambush", "opened fire"),
    "death": ("died", "dies", "passed away"),
}

# events that date only a day named next to them ("the massacre on Monday", "died on Friday", "Monday's
# shooting"): a crime story names its event in many sentences, beside other dates ("the truck used to flee on
# Wednesday" is no date of the massacre three clauses earlier)
NEAR_EVENTS: frozenset[str] = frozenset({"attack", "death"})
NEAR_EVENT_TOKENS = 2  # tokens between the event word and the date, at most

# generic event words: a more specific event word near the date wins ("began his fifth term on May 7" is a term
# start, not just a start)
GENERIC_EVENTS: frozenset[str] = frozenset({"start", "opening", "announcement", "signing", "closure", "results"})

# the measure a unit implies when no word near the figure names one ("Mora recorded 116.2 °F")
DIMENSION_MEASURES: dict[str, str] = {"temperature": "temperature"}

# measures read on a scale, not counts of the noun after them ("a magnitude 7.2 earthquake")
SCALE_MEASURES: frozenset[str] = frozenset({"magnitude", "temperature", "age", "pressure"})

# a company's results: a division's share of them, or the analysts' consensus, is named apart
RESULTS_MEASURES: frozenset[str] = frozenset({"revenue", "profit", "ebitda", "net loss", "per-share amount"})

# measures whose value changes day by day: compared only between claims current on the same day
CUMULATIVE: frozenset[str] = frozenset(
    {
        "deaths",
        "injuries",
        "missing",
        "evacuations",
        "power outages",
        "arrests",
        "cases",
        "damage",
        "insured losses",
        "shelters",
        "crews",
        "destroyed",
        "damaged",
        "threatened",
        "rescued",
        "trapped",
        "rescuers",
        "homeless",
        "aftershock",
    }
)

# what a disaster destroyed or damaged, said of a count of buildings or the like ("the blaze destroyed 40 homes"):
# the verb just before the figure names it, not a fire or crew nearby. Only for such counts (see claims._measure):
# "inflation levelled off at 3.2%" or "destroyed 5,000 acres" (area burned) keep their own measures.
DAMAGE_VERBS: dict[str, str] = {
    "destroyed": "destroyed",
    "razed": "destroyed",
    "damaged": "damaged",
    "threatened": "threatened",
}

PART_WORDS: tuple[str, ...] = (
    "of which",
    "of them",
    "of those",
    "including",
    "among them",
    "a third of",
    "half of",
    "a quarter of",
    "share of",
    "portion of",
    "part of",
)

# stock indices move from one day to the next: a day's move or close is that day's, and one the sentence does not
# date is its article's ("The Dow was down 2.6%" in Monday's market report, "up 3.1%" in Thursday's: two days, no
# conflict). (A company's share price stays scoped by the year: the follow-ups to a results day repeat that day's
# move and price for a week, undated.)
MARKETS: frozenset[str] = frozenset(STOCK_INDICES)
# read on the day they are reported: an index's level and moves, and points the sentence names no index for ("the
# market fell 94 points"), which are some index's move of that day, not a figure another day's article can contradict
DAY_SCOPED: frozenset[str] = MARKETS | {"index points"}
# trigger words that name something else when one of these words follows within `reach` words (1: the next word):
# "Dow Chemical", "Dow Corning" and "Dow Inc" are companies (their figures are no index's), "the Dow" and "the Dow
# Jones" the index
NOT_TRIGGER_BEFORE: dict[str, tuple[int, frozenset[str]]] = {
    "dow": (
        1,
        frozenset({"chemical", "chemicals", "corning", "inc", "agrosciences", "dupont", "company", "co", "corp"}),
    ),
    # a market's close ("the Dow closed at its lowest level on Thursday", "shares closed down 3%") is no closure
    **dict.fromkeys(
        ("closed", "closes"), (1, frozenset({"at", "up", "down", "lower", "higher", "flat", "unchanged", "sharply"}))
    ),
    # a market or a price that "hit an all-time low yesterday" struck nothing
    "hit": (1, frozenset({"an", "its", "their", "low", "lows", "high", "highs", "record", "records", "bottom"})),
    # "delivered a speech on Monday", "delivered his remarks" delivered no goods ("delivered a new A380 on Monday" did)
    "delivered": (
        2,
        frozenset({"remarks", "speech", "speeches", "address", "message", "statement", "keynote", "lecture", "eulogy"}),
    ),
}
# measures read on a given day (weather, prices, markets): a day named in the sentence scopes them by the day
DAILY: frozenset[str] = (
    frozenset(
        {
            "wind speed",
            "rainfall",
            "storm surge",
            "pressure",
            "temperature",
            "price",
            "power outages",
            "evacuations",
            "tornadoes",
            "warnings",
            "gas stations",
            "people in shelters",
        }
    )
    | DAY_SCOPED
)

# counted nouns that say little about what is counted: read the context first ("3 million homes lost power")
# the parties of a story, which "the two ..." refers back to ("the two leaders signed ...", "both countries"): no
# figure of their own
PARTY_NOUNS: frozenset[str] = frozenset(
    {"leaders", "countries", "nations", "sides", "officials", "heads", "presidents", "governments", "states"}
    | {"neighbours", "neighbors", "allies", "powers", "partners", "capitals", "delegations"}
)
# who a story's information comes from ("according to two officials familiar with ...", "three sources said")
SOURCE_NOUNS: frozenset[str] = frozenset(
    {"officials", "sources", "people", "diplomats", "aides", "executives", "insiders", "advisers", "advisors"}
)
GENERIC_NOUNS: frozenset[str] = frozenset(
    {
        "people",
        "person",
        "persons",
        "folks",  # a synonym spinner's "people" (the seeds have such text)
        "residents",
        "customers",
        "homes",
        "households",
        "businesses",
        "users",
        "families",
        "individuals",
        "times",
        "occasions",
        "others",
        "adults",
        "children",
        "men",
        "women",
        "accounts",
        "units",
    }
)

# words that make a claim hedged or a forecast (they are compared with care, never flagged as conflicts)
HEDGES: tuple[str, ...] = (
    "could",
    "may",
    "might",
    "would",
    "plans to",
    "plan to",
    "planned",
    "aims to",
    "aim to",
    "hopes to",
    "target",
    "targets",
    "goal",
    "seeks",
    "potential",
    "possible",
    "possibly",
    "projected",
    "forecast",
    "forecasts",
    "predicted",
    "likely",
    "if",
    "unless",
    "proposed",
    "could reach",
    "by 2030",
)
FORECAST: tuple[str, ...] = (
    "will",
    "forecast",
    "forecasts",
    "projected",
    "expected to",
    "is expected",
    "are expected",
    "predicted",
    "next year",
    "by 2030",
    "could strengthen",
    "outlook",
)
REPORTED: tuple[str, ...] = ("said", "says", "according to", "told", "reported", "claimed", "stated", "estimated")

# what a measure or subject is never named by: function words, and the figure's own counting words
STOPWORDS: frozenset[str] = FUNCTION_WORDS | {
    "approximately",
    "record",
    "percent",
    "cent",
    "billion",
    "million",
    "trillion",
    "thousand",
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "time",
    "times",
    "new",
    "first",
    "second",
    "third",
    "us",
}


def _index(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    index: dict[str, str] = {}
    for canonical, triggers in table.items():
        for trigger in triggers:
            index.setdefault(trigger, canonical)
    return index


MEASURE_INDEX: dict[str, str] = _index(MEASURES)
# durations are read only from words that say what lasted ("in power for nearly 25 years")
DURATION_INDEX: dict[str, str] = _index(
    {
        "tenure": (
            *("in power", "in office", "rule", "ruled", "reign", "tenure"),
            # "Zeller has run the company for five years", "at the helm for a decade" (not "who has run a kiosk
            # for 28 years": a tenure without its holder named would join every other)
            *("run the company", "led the company", "run the firm", "led the firm", "at the helm", "helmed"),
        ),
        "visit length": ("visit", "trip", "stay", "tour"),
        # how long the ground shook ("the shaking lasted about 35 seconds")
        "shaking duration": ("shaking", "shook", "shaking lasted", "tremor lasted", "quake lasted"),
        "journey time": ("journey", "travel time", "journey time", "ride", "commute"),
        # the crossing a new link replaces is not the link's journey ("cut travel times by 149 minutes")
        "ferry crossing time": ("ferry crossing", "ferry ride", "ferry journey", "ferry trip", "by ferry"),
        # how long a structure is made to stand ("designed to last 120 years"), not how long it took to build
        "design life": (
            *("designed to last", "designed it to last", "built to last", "built it to last"),
            *("design life", "lifespan", "life span", "service life"),
        ),
        "construction time": ("construction", "to build", "build", "built", "building work"),
        "prison sentence": (
            *("sentenced", "sentence", "jail", "jailed", "prison", "imprisonment", "imprisoned", "behind bars"),
            *("prison term", "jail term"),
        ),
        # held before a verdict: "ordered to spend another 30 days in detention", "extended his custody by 60 days"
        "detention": ("detention", "custody", "detained", "remand", "remanded", "house arrest"),
        # "the visit will commemorate 75 years since ...", "marks a decade of ties"
        "anniversary": ("commemorate", "commemorates", "commemorating", "mark", "marks", "marking", "anniversary"),
    }
)

# counted nouns of one class can be compared ("customers" and "homes" without power); other nouns only with
# themselves
NOUN_CLASSES: dict[str, str] = {
    noun: cls
    for cls, nouns in {
        "premises": ("customer", "home", "household", "business", "account", "property", "meter", "house"),
        "people": ("person", "people", "resident", "individual", "civilian", "citizen", "inhabitant", "folk"),
        "firms": ("company", "firm", "enterprise", "entity", "corporation", "bank", "exporter"),
        "meetings": ("time", "occasion", "meeting", "summit", "encounter", "talk"),
        "workers": ("worker", "crew", "lineman", "employee", "staff", "technician"),
        "deaths": ("death", "fatality", "life", "body", "victim"),
        "quakes": ("quake", "earthquake", "tremor", "temblor", "aftershock"),
    }.items()
    for noun in nouns
}
EVENT_INDEX: dict[str, str] = _index(EVENTS)

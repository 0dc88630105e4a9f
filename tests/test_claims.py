"""What a figure measures: the concept trigger nearest to it, a longer trigger speaking for the words inside it."""

from __future__ import annotations

from datetime import date

import pytest

from checker.claims import build_claims
from checker.extract import extract
from checker.model import Document


def claims_in(text: str, published: date = date(2024, 5, 14)):
    """Every claim of one article of `text` by "Outlet"."""
    document = Document("d", "Outlet", text, "d.md", published)
    return build_claims(document, extract(document))


def measure_of(text: str, figure: str) -> str:
    claims = [c for c in claims_in(text) if c.mention.text == figure]
    assert claims, f"{figure!r} not read in {text!r}"
    return claims[0].measure


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("The company reported earnings per share of $1.25.", "$1.25", "per-share amount"),
        # a gust is no sustained wind; how far a quake was felt is no epicentre's distance
        ("Sustained winds of 180 mph were recorded by a buoy.", "180 mph", "wind speed"),
        ("A gust of 210 mph was recorded at the airport.", "210 mph", "gust speed"),
        ("Tremors were felt 376 km away.", "376 km", "felt distance"),
        ("The epicentre was 82 km from Vinmer.", "82 km", "distance"),
        # a fire's containment, a project's budget, people rescued, trapped, homeless, living there
        ("Firefighters had the blaze 43 percent contained.", "43 percent", "containment"),
        ("When the contract was signed the project was expected to cost $13.8 billion.", "$13.8 billion", "budget"),
        ("Rescuers pulled 488 people alive from the rubble.", "488 people", "rescued"),
        ("As many as 283 people may still be under the rubble.", "As many as 283 people", "trapped"),
        ("Above 190,000 people were left homeless.", "Above 190,000 people", "homeless"),
        ("Taenka province is home to 8 million people.", "8 million people", "population"),
        # a division's results and the analysts' consensus are not the company's results
        (
            "Revenue from the industrial division rose 29.4 per cent to $13.8 billion.",
            "$13.8 billion",
            "revenue (industrial division)",
        ),
        ("The industrial unit grew 22.1 per cent.", "22.1 per cent", "revenue (industrial division)"),
        ("The industrial business brought in $15 billion.", "$15 billion", "revenue (industrial division)"),
        ("Analysts had expected revenue of $76 billion.", "$76 billion", "revenue (analysts' estimate)"),
        ("Kestrel reported revenue of $80 billion.", "$80 billion", "revenue"),
        # a dividend is its own measure, apart from the earnings per share the same story gives
        ("It paid a dividend of 40 cents a share.", "40 cents", "dividend"),
        ("The board raised the quarterly dividend to $0.83 a share.", "$0.83", "dividend"),
        (
            "Earnings of $1.2 billion, or $2.10 per share, beat forecasts, and the dividend was kept.",
            "$2.10",
            "per-share amount",
        ),
        ("Its market share rose to 18% last year.", "18%", "market share"),
        ("The new bridge across the strait is 12 miles long.", "12 miles", "length"),
        ("For Putin, who began his fifth term on May 7, the trip matters.", "May 7", "term start"),
        ("Exports to Russia slipped 13% in the first quarter.", "13%", "exports"),
        ("It reported earnings per share of $6.86 and earned $3.1 billion.", "$3.1 billion", "profit"),
    ],
)
def test_measure_is_the_nearest_whole_trigger(text: str, figure: str, measure: str) -> None:
    assert measure_of(text, figure) == measure


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        # what a disaster destroyed or damaged is named by the verb before the count, not the fire or crews nearby
        ("Crews said the blaze destroyed 40 homes before dawn.", "40 homes", "destroyed"),
        ("The blaze destroyed 40 homes, crews said.", "40 homes", "destroyed"),
        ("The fire has destroyed just under 580 homes.", "just under 580 homes", "destroyed"),
        ("The quake damaged more than 1,200 buildings in Lima.", "more than 1,200 buildings", "damaged"),
        # ... or by the verb after it, in the passive
        ("About 300 homes in the valley were destroyed.", "About 300 homes", "destroyed"),
        ("Another 28,000 structures were threatened.", "28,000 structures", "threatened"),
        ("The fire threatened 28,000 structures.", "28,000 structures", "threatened"),
        ("Some 40 homes have been badly damaged, officials said.", "Some 40 homes", "damaged"),
        # ... only for counts of homes and the like: other measures keep theirs
        ("The fire destroyed 5,000 acres of forest.", "5,000 acres", "area burned"),
        ("Inflation leveled off at 3.2% in May.", "3.2%", "inflation"),
        ("Exports fell 15%, damaged by the tariffs.", "15%", "exports"),
        ("Shelling destroyed 3 tanks near the river.", "3 tanks", "tank"),
        # casualties of whoever is counted: the verb names the measure, the counted noun keeps them apart
        ("About 13 firefighters have been injured.", "About 13 firefighters", "injuries"),
        ("The blast killed two miners.", "two miners", "deaths"),
        ("Fourteen workers died during construction.", "Fourteen workers", "deaths"),
        ("Three climbers remain missing.", "Three climbers", "missing"),
        ("Police arrested 40 protesters.", "40 protesters", "arrests"),
        ("More than 3,000 firefighters were battling the blaze.", "More than 3,000 firefighters", "firefighter"),
        ("At the peak of construction 9,985 workers were on site.", "9,985 workers", "jobs"),
    ],
)
def test_damage_counts_are_named_by_their_verb(text: str, figure: str, measure: str) -> None:
    assert measure_of(text, figure) == measure


def test_damage_counts_grow_by_the_day_like_a_toll() -> None:
    from checker.engine import load_rules
    from checker.pipeline import analyze

    documents = [
        Document("a", "Valley Post", "The wildfire destroyed 40 homes, officials said.", "a.md", date(2024, 8, 15)),
        Document("b", "Hill Courier", "The wildfire destroyed 95 homes, officials said.", "b.md", date(2024, 8, 17)),
    ]
    findings = analyze(documents, load_rules()).findings
    kinds = sorted(f.kind for f in findings if "destroyed" in f.fact_key)
    assert kinds == ["changed", "unsupported", "unsupported"]  # each day's count from one outlet; no conflict


def claim_of(text: str, figure: str, published: date = date(2025, 7, 31)):
    document = Document("d", "Outlet", text, "d.md", published)
    claims = [c for c in build_claims(document, extract(document)) if c.mention.text == figure]
    assert claims, f"{figure!r} not read in {text!r}"
    return claims[0]


@pytest.mark.parametrize(
    "text",
    [
        "Police moved 1,092 people out of villages near Castelo Branco on Tuesday.",
        "Authorities evacuated 1,092 people from villages near Castelo Branco on 29 July.",
    ],
)
def test_people_taken_out_of_danger_are_evacuations_wherever_the_verb(text: str) -> None:
    claim = claim_of(text, "1,092 people")
    assert (claim.measure, claim.places, claim.time_scope) == ("evacuations", ("Castelo Branco",), "2025-07-29")


def test_people_moved_elsewhere_are_not_evacuations() -> None:
    assert claim_of("The firm moved 300 people into new offices.", "300 people").measure != "evacuations"


def test_a_word_that_ends_a_sentence_ends_the_place() -> None:
    text = "Crews worked through Sunday. Inspectors counted 1,450 buildings damaged across the region."
    assert claim_of(text, "1,450 buildings").places == ()
    assert claim_of("He flew to St. Petersburg and counted 5 cars.", "5 cars").places == ("St. Petersburg",)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Net profit was up 19 per cent on the same period last year.", "19 per cent"),
        ("Sales rose 4% from 2024.", "4%"),
        ("Exports dropped 13 per cent in April compared with the same month a year earlier.", "13 per cent"),
    ],
)
def test_the_baseline_date_does_not_scope_the_change(text: str, figure: str) -> None:
    assert claim_of(text, figure).time_scope.startswith("2025")


@pytest.mark.parametrize(
    ("text", "figure", "person"),
    [
        ("The 59-year-old chief executive, Ana Morales, said prices would stay high.", "59-year-old", "Ana Morales"),
        ("The 40-year-old Tom Smith left the company.", "40-year-old", "Tom Smith"),
        ("The 49-year-old premier, Jana Keller, thanked voters.", "49-year-old", "Jana Keller"),
        # two people of one surname are two people; a surname alone takes the article's first name for it
        ("Mateo Yilmaz, 70, said the water rose. Camille Yilmaz, 31, stayed.", "70", "Mateo Yilmaz"),
        ("Mateo Yilmaz, 70, said the water rose. Camille Yilmaz, 31, stayed.", "31", "Camille Yilmaz"),
        ("President Vladimir Putin flew in on Sunday. On Sunday Putin, 71, met Xi.", "71", "Vladimir Putin"),
    ],
)
def test_an_age_belongs_to_the_person_named_in_apposition(text: str, figure: str, person: str) -> None:
    assert claim_of(text, figure).subjects == (person,)


def test_a_peak_with_no_day_is_scoped_by_year_with_a_day_by_that_day() -> None:
    published = date(2024, 10, 11)
    assert (
        claim_of("At the peak, 3.2 million customers lost power.", "3.2 million customers", published).time_scope
        == "2024"
    )
    dated = claim_of(
        "At the peak on Thursday morning, 3.2 million customers lost power.", "3.2 million customers", published
    )
    assert dated.time_scope == "2024-10-10"


def test_the_day_people_were_moved_out_is_an_evacuation_date() -> None:
    text = "Police moved 1,150 people out of villages near Castelo Branco on July 28."
    assert claim_of(text, "July 28").measure == "evacuation"
    assert claim_of("The firm moved 300 people into new offices on July 28.", "July 28").measure == ""


def test_from_an_absolute_date_after_a_to_figure_says_when() -> None:
    claim = claim_of("Tuition fees in England rose to £9,250 from September 2017.", "£9,250")
    assert claim.time_scope == "2017-09"


def test_a_clause_that_moves_things_out_dates_no_evacuation() -> None:
    assert claim_of("Apple pulled the app out of its store on Friday.", "Friday").measure != "evacuation"


def test_claims_from_a_runs_extraction_match_claims_from_a_fresh_one() -> None:
    """A run's extractions come back from the workers without their sentence list (pipeline.analyze_document);
    building claims from one again gives the same claims, not none."""
    from checker.pipeline import analyze_document

    text = "Exports rose 13% in May. On Tuesday, Xi and Putin met in Beijing; they signed 12 deals worth $5bn."
    document = Document("d", "Outlet", text, "d.md", date(2024, 5, 14))
    extraction, claims, _, _ = analyze_document(document)
    assert extraction.sentences == () and len(claims) >= 4
    assert build_claims(document, extraction) == claims == build_claims(document, extract(document))


def test_claims_of_two_documents_built_in_two_threads_do_not_mix() -> None:
    """build_claims keeps no state between calls in module globals (its trigger cache lives with each sentence's
    tokens): two threads building claims at once get what each gets alone."""
    import sys
    import threading

    texts = {
        "a": "Sales rose 5% in Ohio, while costs fell 3% in Texas; profit grew 7% (a record), but debt rose 2%. " * 3,
        "b": "Berlin said 40 people died, and 12 were hurt; rescuers found 3 more, although 9 are missing. " * 3,
    }
    documents = {k: Document(k, k.upper(), text, f"{k}.md", date(2024, 5, 14)) for k, text in texts.items()}
    extractions = {k: extract(d) for k, d in documents.items()}
    alone = {k: build_claims(d, extractions[k]) for k, d in documents.items()}
    wrong: list[str] = []

    def build(k: str) -> None:
        for _ in range(40):
            if build_claims(documents[k], extractions[k]) != alone[k]:
                wrong.append(k)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=build, args=(k,)) for k in documents]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # a central bank stands for its country or currency area, whatever other country the article names
        (
            "The European Central Bank cut rates by a quarter point to 3.75% on Thursday. "
            "Tariffs on Chinese electric cars take effect next month.",
            "3.75%",
            "Europe",
        ),
        ("The Bank of England held rates at 5.25% on Thursday.", "5.25%", "UK"),
        ("The BoJ raised its policy rate to 0.25%.", "0.25%", "Japan"),
        ("The Fed held rates at 5.25%-5.5% for a fourth straight meeting.", "5.25%-5.5%", "US"),
    ],
)
def test_a_central_bank_stands_for_its_country(text: str, figure: str, subject: str) -> None:
    assert claim_of(text, figure).subjects == (subject,)


def test_a_part_of_a_year_scopes_a_figure_alike_with_or_without_its_year() -> None:
    relative = claim_of("The firm expects sales of $5bn by the end of next year.", "$5bn", date(2024, 5, 14))
    explicit = claim_of("The firm expects sales of $5bn by the end of 2025.", "$5bn", date(2024, 5, 14))
    assert relative.time_scope == explicit.time_scope == "2025-07/2025-12"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Ironbark will eliminate about 9,400 positions.", "about 9,400 positions"),
        ("The bank is cutting 500 roles in London.", "500 roles"),
        ("The council will shed 2,000 posts.", "2,000 posts"),
        ("Ironbark plans to cut 8,400 jobs.", "8,400 jobs"),
    ],
)
def test_jobs_positions_roles_and_posts_are_one_measure(text: str, figure: str) -> None:
    assert measure_of(text, figure) == "jobs"


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        # what a court or an accident story dates: each step of a case is its own event, as in the reporting
        ("His accomplice surrendered to police on Thursday.", "Thursday", "arrest"),
        ("He was arrested on Wednesday.", "Wednesday", "arrest"),
        ("She was charged on Tuesday with fraud.", "Tuesday", "charge"),
        ("The former minister pleaded guilty on May 3.", "May 3", "plea"),
        ("He was sentenced on Friday to 12 years.", "Friday", "sentencing"),
        ("The train derailed on Sunday near the border.", "Sunday", "crash"),
        ("A blast tore through the plant on Monday.", "Monday", "explosion"),
    ],
)
def test_the_date_of_a_court_or_accident_event_names_it(text: str, figure: str, event: str) -> None:
    assert measure_of(text, figure) == event


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        # what a business story dates: a filing for bankruptcy and leaving it, an airliner's first flight and its
        # first delivery, its entry into service
        ("The carmaker filed for bankruptcy protection on Monday.", "Monday", "bankruptcy"),
        ("The lender went bankrupt on Sept. 15.", "Sept. 15", "bankruptcy"),
        ("The carmaker emerged from bankruptcy on July 10.", "July 10", "bankruptcy exit"),
        ("The new jet first flew on April 27.", "April 27", "first flight"),
        ("Its maiden flight took place on Tuesday.", "Tuesday", "first flight"),
        ("The first jet was delivered to the airline on Monday.", "Monday", "delivery"),
        ("The airliner will enter service on Oct. 25.", "Oct. 25", "opening"),
        ("The chain is back with a new range, launching in Italy on Wednesday.", "Wednesday", "opening"),
        # a market that "hit a low", a speech "delivered": neither struck nor delivered anything
        ("The index hit an all-time low on Monday.", "Monday", ""),
        ("The minister delivered a speech on Monday.", "Monday", ""),
        ("The minister delivered his remarks on Monday.", "Monday", ""),
        ("Airbus delivered a new A380 to the airline on Monday.", "Monday", "delivery"),
        ("The quake hit the coast on Monday.", "Monday", "strike"),
    ],
)
def test_the_date_of_a_business_event_names_it(text: str, figure: str, event: str) -> None:
    assert measure_of(text, figure) == event


def test_an_unresolved_relative_date_scopes_its_figure_as_unknown_not_by_a_neighbour() -> None:
    # no publication date: "last year" cannot be resolved, and "in 2021" belongs to the earlier figure
    text = "Bilateral trade surged from US$145 billion in 2021 to US$240 billion last year."
    document = Document("d", "Outlet", text, "d.txt", None)
    claims = {c.mention.text: c for c in build_claims(document, extract(document))}
    assert claims["US$145 billion"].time_scope == "2021"
    assert claims["US$240 billion"].time_scope == ""
    # with a publication date the same figure is scoped by the year it names
    assert claim_of(text, "US$240 billion", date(2024, 5, 16)).time_scope == "2023"


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        # a bare "rates" where tariffs are the topic (its sentence or the one before) is the tariff rate
        (
            "Tariffs were extended to electric vehicles. There, rates were hiked from 25% to 100%.",
            "100%",
            "tariffs",
        ),
        ("On imported steel, duties rose and rates were hiked to 50%.", "50%", "tariffs"),
        # ... not where interest is named, nor where tariffs are not the topic
        ("The bank raised interest rates to 5.25%, citing tariffs.", "5.25%", "interest rate"),
        ("The central bank held rates at 4% on Thursday.", "4%", "interest rate"),
    ],
)
def test_bare_rates_about_tariffs_are_tariffs(text: str, figure: str, measure: str) -> None:
    assert measure_of(text, figure) == measure


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        # a spinner's "price of" for "worth of": the tariff before it names the figure
        ("It introduced stiff new tariff charges on $18 billion price of Chinese imports.", "$18 billion", "tariffs"),
        ("It introduced stiff new tariff charges on $18 billion worth of Chinese imports.", "$18 billion", "tariffs"),
        # with a determiner it is a price
        ("Analysts balked at the $2 billion price of the deal.", "$2 billion", "price"),
    ],
)
def test_a_spun_price_of_after_an_amount_reads_as_worth_of(text: str, figure: str, measure: str) -> None:
    assert measure_of(text, figure) == measure


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        # the head of the counted noun phrase is its plural noun, not the first word
        ("The 3 main parties agreed on a budget.", "3 main parties", "party"),
        ("They are expected to sign 27 cooperation documents.", "27 cooperation documents", "document"),
        ("Some 50,000 French students are enrolled there.", "Some 50,000 French students", "student"),
    ],
)
def test_a_counted_noun_phrase_is_measured_by_its_head(text: str, figure: str, measure: str) -> None:
    assert measure_of(text, figure) == measure


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        (
            "The visit will also commemorate 75 years since the two countries established ties.",
            "75 years",
            "anniversary",
        ),
        ("The summit marks 30 years of diplomatic ties.", "30 years", "anniversary"),
        # what lasted still names a duration
        ("He began a two-day visit on Thursday.", "two-day", "visit length"),
        ("He has been in power for 25 years.", "25 years", "tenure"),
        ("Zeller has run the company for five years.", "five years", "tenure"),
        # how long a structure is made to stand, and the crossing a new link replaces
        ("Engineers designed it to last 120 years.", "120 years", "design life"),
        ("The bridge was built to last 100 years.", "100 years", "design life"),
        ("The ferry crossing it replaces takes 64 minutes.", "64 minutes", "ferry crossing time"),
    ],
)
def test_years_a_visit_commemorates_are_an_anniversary(text: str, figure: str, measure: str) -> None:
    assert measure_of(text, figure) == measure


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        # markets and company results
        ("Its shares jumped 14.1 per cent in early trading.", "14.1 per cent", "share price"),
        ("Its market share rose to 18% last year.", "18%", "market share"),
        ("The company is valued at USD 219bn on the stock market.", "USD 219bn", "market value"),
        ("The company's market value topped $3 trillion for the first time.", "$3 trillion", "market value"),
        ("The firm posted a net loss of ¥12.4 billion for the quarter.", "¥12.4 billion", "net loss"),
        ("The minimum wage will rise to £11.44 an hour from April.", "£11.44 an hour", "wages"),
        # a prison term is what the duration measures
        ("He was sentenced to 25 years in prison.", "25 years", "prison sentence"),
        ("The judge jailed him for 15 years.", "15 years", "prison sentence"),
        ("He spent 30 years behind bars.", "30 years", "prison sentence"),
        # time held before a verdict is its own measure
        ("He was ordered to spend another 30 days in detention.", "30 days", "detention"),
        ("He was remanded in custody for 48 hours.", "48 hours", "detention"),
    ],
)
def test_market_results_and_court_measures(text: str, figure: str, measure: str) -> None:
    assert measure_of(text, figure) == measure


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        # a vote's tally is votes, whatever the bill is about
        ("The bill passed the Senate 68-32 on Tuesday.", "68", "votes"),
        ("Lawmakers voted 310 to 118 to approve the budget.", "118", "votes"),
        # a share of the people or things named after it
        ("Some 40% of households own a car.", "Some 40%", "share of household"),
        ("About one in five adults reported symptoms.", "About one in five", "share of adult"),
        ("More than two-thirds of respondents backed the plan.", "More than two-thirds", "share of respondent"),
        # what an owner holds of a company is a stake, not a market share
        ("It holds 30% of the shares.", "30%", "stake"),
        ("In 2009, Fiat bought a twenty percent stake in Chrysler.", "twenty percent", "stake"),
        ("Toyota's market share rose to 17 percent.", "17 percent", "market share"),
        # the words of a longer trigger stand together: "a 35% share" is no "a share" (a per-share amount)
        ("The party won a 35% share of the vote.", "35%", "votes"),
        ("Sales grew 12% this year.", "12%", "revenue"),
    ],
)
def test_tallies_of_votes_and_shares_of_a_group(text: str, figure: str, measure: str) -> None:
    assert measure_of(text, figure) == measure


def test_the_end_of_a_reporting_period_is_no_event() -> None:
    text = "The firm posted a net loss of ¥12.4 billion for the quarter ended March 31."
    assert measure_of(text, "March 31") == ""
    assert measure_of("The summit ended on March 31.", "March 31") != ""


@pytest.mark.parametrize(
    ("text", "figure", "scope"),
    [
        # a record a figure is compared with is not when it holds
        ("The outbreak has grown to 1,274 cases, the highest since 1992.", "1,274 cases", "2025-07-31"),
        ("Mortgage rates climbed to 7.22%, the highest level since 2001.", "7.22%", "2025"),
        # a window the figure counts over is its scope ("38 times since 2012" is not "12 times since 2022")
        ("Sales have risen 20% since 2019.", "20%", "since 2019"),
        ("Putin and Xi have met 38 times since 2012.", "38 times", "since 2012"),
        # a toll "since Friday" is the toll of the day it is reported
        ("Deaths since Friday have reached 40.", "40", "2025-07-31"),
        # a date in a ", which ... ," clause belongs to that clause
        (
            "The bridge, which opened in 1937, carries about 112,000 vehicles a day.",
            "about 112,000 vehicles a day",
            "2025",
        ),
        # a date in the figure's own clause still scopes it
        ("In 2022, the party won 30% of the vote.", "30%", "2022"),
    ],
)
def test_reference_points_and_relative_clauses_do_not_scope_a_figure(text: str, figure: str, scope: str) -> None:
    assert claim_of(text, figure).time_scope == scope


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        # what one unit costs is a price, whatever stands around it
        ("Brent crude rose 2% to $84.20 a barrel on Monday.", "$84.20 a barrel", "price"),
        ("Brent crude rose 2% to $84.20 a barrel on Monday.", "2%", "oil price"),
        ("Gallium cost $350 per kg in May.", "$350 per kg", "price"),
        ("The minimum wage will rise to £11.44 an hour from April.", "£11.44 an hour", "wages"),
        # a count of a total's part is of the total's measure
        ("Voters gave the party 41.2% of the vote and 152 of the 300 seats.", "152", "seats"),
        ("Ukraine said it shot down 29 of 31 drones launched overnight.", "29", "drone"),
        # seizures, efficacy, criminal counts, a plume's height
        ("Police seized 1.5 tonnes of cocaine.", "1.5 tonnes", "seizures"),
        ("The vaccine was 94.1% effective in the trial.", "94.1%", "efficacy"),
        ("The former president faces 34 felony counts.", "34 felony counts", "charges"),
        ("The eruption sent an ash plume 12 km into the sky.", "12 km", "height"),
        ("It introduced stiff new tariff charges on $18 billion of imports.", "$18 billion", "tariffs"),
    ],
)
def test_prices_parts_and_more_measures(text: str, figure: str, measure: str) -> None:
    assert measure_of(text, figure) == measure


def test_a_spinners_folks_are_people() -> None:
    spun = claim_of("Authorities said some 1,150 folks had been evacuated on July 28.", "some 1,150 folks")
    plain = claim_of("Authorities said some 1,150 people had been evacuated on July 28.", "some 1,150 people")
    assert spun.measure == plain.measure == "evacuations"


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        # airline and lender results
        ("The airline had an average load factor of 78% in the quarter.", "78%", "load factor"),
        ("Load factor came in at an average of 79% for the quarter.", "79%", "load factor"),
        ("The bank charged off $40 million of loans in the quarter.", "$40 million", "charge-offs"),
        ("Adjusted earnings per diluted share rose 27% from a year earlier.", "27%", "per-share amount"),
        ("The average selling price is expected to exceed $460,000.", "exceed $460,000", "price"),
    ],
)
def test_results_vocabulary_of_airlines_lenders_and_builders(text: str, figure: str, measure: str) -> None:
    assert measure_of(text, figure) == measure


@pytest.mark.parametrize(
    ("text", "figure", "measure", "subjects", "part"),
    [
        # "earnings per share of $3.80" is no share of a total
        ("Snap-on reported earnings per share of $3.80.", "$3.80", "per-share amount", (), False),
        ("Half of them, a share of 40%, were women.", "40%", "", (), True),
        # bond yields, and the issuer their name gives
        ("The 10-year JGBs touched 0.5% for a second straight session.", "0.5%", "bond yield", ("Japan",), False),
        ("Benchmark Treasury yields rose to 4.2% on Monday.", "4.2%", "bond yield", (), False),
        ("Wheat yields rose 5% this year.", "5%", "production", (), False),
        # the EU's executive speaks for the EU
        ("The European Commission ordered its 32,000 employees to act.", "32,000 employees", "jobs", ("EU",), False),
    ],
)
def test_per_share_amounts_bond_yields_and_issuers(
    text: str, figure: str, measure: str, subjects: tuple[str, ...], part: bool
) -> None:
    claim = claim_of(text, figure)
    assert (claim.measure.lstrip("~") if measure else "", claim.subjects, claim.part) == (measure, subjects, part)


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        # "respectively": each figure takes the measure in its place of the list before it
        ("Revenues and earnings increased by 19% and 35% respectively.", "19%", "revenue"),
        ("Revenues and earnings increased by 19% and 35% respectively.", "35%", "profit"),
        ("Exports and imports rose 5% and 3%, respectively, in May.", "3%", "imports"),
        ("Sales rose 5% and 3% in May and June.", "3%", "revenue"),
        # a restatement after "or" keeps the words after it ("per diluted share", "a share")
        ("Adjusted earnings were $127.1 million or $1.04 per diluted share.", "$127.1 million", "profit"),
        ("The deal values the firm at roughly $44 billion, or $54.20 a share.", "roughly $44 billion", "market value"),
        ("Shares rose 95 cents, or 1.1%, to $87.", "1.1%", "share price"),
        ("The company expects an increase of 20% in operating EBITDA.", "20%", "ebitda"),
    ],
)
def test_respectively_and_restatements(text: str, figure: str, measure: str) -> None:
    assert measure_of(text, figure) == measure


def test_a_repeated_currency_word_does_not_hide_a_restatement() -> None:
    """'$5.9 billion dollars, or $9.66 per share' (a news wire's doubled currency): the total is not a per-share
    amount, as it is not without the word."""
    with_word = measure_of("It lost a net $5.9 billion dollars, or $9.66 per share.", "$5.9 billion")
    assert with_word == measure_of("It lost a net $5.9 billion, or $9.66 per share.", "$5.9 billion")
    assert with_word != "per-share amount"


@pytest.mark.parametrize(
    ("text", "figure", "scope"),
    [
        # a date after the figure past a comparison is the compared figure's
        (
            "First-quarter earnings per share was $5.52 compared to a loss of $1.46 in the first quarter 2024.",
            "$5.52",
            "2025-Q1",
        ),
        ("Sales were $5bn, up from $4bn in 2022.", "$5bn", "2025"),
        # ... and past the end of the figure's clause, the next clause's
        ("EPS grew 30.9% to $2.55 in 2024, and revenue for the first quarter is expected to rise.", "30.9%", "2024"),
        ("EPS grew 30.9%, and revenue for the first quarter of 2026 is expected to rise.", "30.9%", "2025"),
        # a parenthesis or "more than" does not end it
        (
            "Wildfires burned 717,000 hectares (over 1.77 million acres) across California in 2023.",
            "717,000 hectares",
            "2023",
        ),
        ("Trade was worth more than US$332 billion in 2021, data show.", "more than US$332 billion", "2021"),
    ],
)
def test_a_date_after_a_comparison_or_in_the_next_clause_does_not_scope(text: str, figure: str, scope: str) -> None:
    assert claim_of(text, figure).time_scope == scope


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        # the noun a bare count is "of"
        ("The ship is carrying 2,300 containers and a crew of 25.", "25", "crew"),
        ("The firm has a workforce of 9,000.", "9,000", "workforce"),
        ("The town has a population of 5,000.", "5,000", "population"),
        # attendance and housing starts
        ("Attendance at the festival topped 250,000 over four days.", "250,000", "attendance"),
        ("Housing starts rose 5.7% in April.", "5.7%", "housing starts"),
    ],
)
def test_a_count_of_a_noun_attendance_and_housing_starts(text: str, figure: str, measure: str) -> None:
    assert measure_of(text, figure) == measure


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("Some 4,500 people attended the rally, police said.", "Some 4,500 people", "attendance"),
        ("The government borrowed £14.9bn in April.", "£14.9bn", "debt"),
        ("Mortgage approvals fell to 61,000 in April from 62,300 in March.", "61,000", "approvals"),
        ("The fund manages $1.2 trillion in assets.", "$1.2 trillion", "assets"),
    ],
)
def test_attendance_borrowing_approvals_and_assets(text: str, figure: str, measure: str) -> None:
    assert measure_of(text, figure) == measure


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("Unemployment in the euro area held at 6.4% in March, Eurostat said.", "6.4%", "unemployment"),
        ("Inflation in the euro area slowed to 2.4% in April.", "2.4%", "inflation"),
        ("Euro area unemployment held at 6.4%.", "6.4%", "unemployment"),
        # an area is still an area
        ("The park covers an area of 4,000 acres.", "4,000 acres", "area"),
    ],
)
def test_the_euro_area_is_a_place_not_an_area(text: str, figure: str, measure: str) -> None:
    assert measure_of(text, figure) == measure


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("The chain plans to open 150 more stores next year.", "150 more stores", "store"),
        ("It plans to open 150 more.", "150", "~open"),
        ("The plan to build 40 schools was approved.", "40 schools", "school"),
        # the plan itself
        ("China put forward a 12-point plan for peace.", "12-point plan", "points plan"),
    ],
)
def test_plans_to_is_a_verb_not_a_points_plan(text: str, figure: str, measure: str) -> None:
    assert measure_of(text, figure) == measure


@pytest.mark.parametrize(
    ("text", "figure", "subjects"),
    [
        # a possessive names its country as the plain name does ("China's trade with Russia" is both)
        ("China's trade with Russia reached $240 billion in 2023.", "$240 billion", ("China", "Russia")),
        ("Trade between China and Russia reached $240 billion in 2023.", "$240 billion", ("China", "Russia")),
        ("Russia’s trade with China hit a record $240bn last year.", "a record $240bn", ("China", "Russia")),
        ("China’s exports reached $240 billion in 2023.", "$240 billion", ("China",)),
    ],
)
def test_a_possessive_names_its_country(text: str, figure: str, subjects: tuple[str, ...]) -> None:
    assert claim_of(text, figure).subjects == subjects


@pytest.mark.parametrize(
    ("text", "figure", "subjects"),
    [
        # "bilateral trade" is trade between the pair the sentence names, however far before the figure
        (
            "Despite pressure from the US, Beijing's ties with Moscow grew: China and Russia have deepened their "
            "security links since 2022, with bilateral trade rising from $147 billion to $240 billion last year.",
            "$240 billion",
            ("China", "Russia"),
        ),
        ("China-Russia ties deepened as two-way trade hit $240bn last year.", "$240bn", ("China", "Russia")),
        # no pair written: the figure keeps what it had
        ("Bilateral trade rose to $5 billion, officials in Kenya said.", "$5 billion", ("Kenya",)),
        ("The US and its allies watched as China's trade grew to $50 billion.", "$50 billion", ("China",)),
    ],
)
def test_bilateral_trade_is_between_the_pair_the_sentence_names(
    text: str, figure: str, subjects: tuple[str, ...]
) -> None:
    assert claim_of(text, figure).subjects == subjects


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        # how much of a fire is contained is its own fact, never a share of the area burned
        ("The fire has burned 12,000 acres and is 40% contained.", "40%", "containment"),
        ("The fire has burned 12,000 acres and is 40% contained.", "12,000 acres", "area burned"),
        ("Crews struggled to contain the Meros Fire, which was 54% contained.", "54%", "containment"),
        ("It was 54% contained.", "54%", "containment"),
        ("Containment rose to 55% on Tuesday.", "55%", "containment"),
        # another figure's unit is no trigger: the earlier value and the conversion are area burned too
        ("The blaze grew by 3,000 acres overnight to 15,000 acres.", "15,000 acres", "area burned"),
        ("The fire burned 12,000 acres, up from 9,000 acres on Monday.", "9,000 acres", "area burned"),
        ("The fire has burned 113,000 hectares (roughly 280,000 acres).", "roughly 280,000 acres", "area burned"),
    ],
)
def test_a_fires_containment_and_area_burned(text: str, figure: str, measure: str) -> None:
    assert measure_of(text, figure) == measure


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        # a crime story's event dates the day named next to it, and only that day
        ("Police caught the gunman behind the pool hall massacre on Monday.", "Monday", "attack"),
        ("Monday's shooting left three people dead.", "Monday", "attack"),
        ("The gunman opened fire on Sunday night.", "Sunday night", "attack"),
        ("He died on Friday at his home.", "Friday", "death"),
        ("Police recovered the shotgun used in the massacre and the truck used to flee on Wednesday.", "Wednesday", ""),
        ("The death toll rose to 42 on Tuesday.", "Tuesday", ""),  # the toll's day, not a death's
        ("The Sunday night attack killed 12 people.", "Sunday night", "attack"),
        # an event word after the date, through a preposition or an article, is not what the date dates
        ("A man was sentenced to 12 years in prison on Tuesday for the attack.", "Tuesday", ""),
        ("He was arrested on Friday after the shooting.", "Friday", "arrest"),
    ],
)
def test_an_attack_or_a_death_dates_only_the_day_next_to_it(text: str, figure: str, measure: str) -> None:
    assert measure_of(text, figure) == measure


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        # "the two ..." refers back to the parties of the story: no figure of its own, so no fact and no
        # "only one outlet gives 'two leaders'" in the report
        ("The two leaders signed 12 agreements on Thursday.", "two leaders", ""),
        ("Trade between the two countries hit a record.", "two countries", ""),
        ("The 2 leaders have met more than 40 times.", "2 leaders", ""),
        ("Officials watch with alarm as the 2 step up naval drills.", "2", ""),
        ("He added that two sides are actively conducting consultations.", "two sides", ""),
        # a count of parties not referred back to, or of people who died, stays a figure
        ("Two leaders were absent from the summit.", "Two leaders", "leader"),
        ("The two men were killed in the blast.", "two men", "deaths"),
        ("The 12 agreements were signed on Thursday.", "12 agreements", "agreement"),
    ],
)
def test_the_two_parties_of_a_story_are_no_figure(text: str, figure: str, measure: str) -> None:
    assert measure_of(text, figure) == measure


def test_a_figure_of_another_storm_than_the_articles_own_is_that_storms() -> None:
    text = (
        "Hurricane Milton made landfall on Wednesday night. Milton's winds reached 120 mph. The coast is still "
        "recovering from Hurricane Helene, which killed more than 220 people. Milton killed 16 people in Florida."
    )
    subjects = {c.mention.text: c.subjects for c in claims_in(text, date(2024, 10, 11))}
    assert subjects["more than 220 people"] == ("Hurricane Helene",)
    assert subjects["16 people"] == ("Florida",)  # the article's own storm: its figures keep their subjects
    assert "Hurricane Milton" not in subjects["120 mph"]


def test_a_hurricane_center_is_no_storm_and_a_tie_names_no_storm_of_its_own() -> None:
    text = "The National Hurricane Center said Hurricane Milton was weakening. Hurricane Helene killed 220 people."
    claims = claims_in(text, date(2024, 10, 11))
    assert [c.subjects for c in claims if c.mention.text == "220 people"] != [("Hurricane Helene",)]


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        # who told the story is no figure of it
        ("The visit starts on May 17, according to two officials familiar with the plans.", "two officials", ""),
        ("Two people familiar with the matter said the deal was close.", "Two people", ""),
        ("Three officials said the plan was dropped.", "Three officials", ""),
        # the same nouns counted in what happened stay figures
        ("Three officials were injured in the attack.", "Three officials", "injuries"),
        ("Some 300 people said they had lost their homes.", "Some 300 people", "homes"),
    ],
)
def test_the_sources_of_a_story_are_no_figure(text: str, figure: str, measure: str) -> None:
    assert measure_of(text, figure) == measure


@pytest.mark.parametrize(
    "text",
    [
        "As of Monday, 12 people had died.",
        "DEATHS: As of Friday evening 16 people had died.",
        "Most of Tuesday's 40 flights were cancelled.",
    ],
)
def test_the_words_before_a_date_are_no_place(text: str) -> None:
    assert [c.places for c in claims_in(text)] == [(), ()]


def test_a_place_of_a_named_thing_keeps_its_of() -> None:
    assert [c.places for c in claims_in("Fires in the Gulf of Mexico burned 300 acres.")] == [("Gulf of Mexico",)]


@pytest.mark.parametrize(
    ("text", "figure", "subjects"),
    [
        ("On Tuesday, Kenya's central bank cut its rate to 12.75%.", "12.75%", ("Kenya",)),
        ("Bangladeshi exports of garments fell 8% in March.", "8%", ("Bangladesh",)),
        (
            "Floods in Vienna forced 2,000 people from their homes, Austrian officials said.",
            "2,000 people",
            ("Austria",),
        ),
        # a capital that is also a first name names no country
        ("Sofia Ramirez, a nurse, said 12 patients were moved.", "12 patients", ()),
    ],
)
def test_more_countries_name_their_figures(text: str, figure: str, subjects: tuple[str, ...]) -> None:
    claims = [c for c in claims_in(text) if c.mention.text == figure]
    assert claims and claims[0].subjects == subjects


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("Of the 120 passengers on board, 14 were injured.", "14", "injuries"),
        ("Of the 120 passengers on board, 14 were injured.", "120 passengers", "passengers"),
        ("Police said 14 were killed and 30 were hurt.", "30", "injuries"),
    ],
)
def test_a_bare_count_of_casualties_is_a_casualty_count(text: str, figure: str, measure: str) -> None:
    assert measure_of(text, figure) == measure


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        # the people who rescue are no count of the people rescued, nor of those still trapped
        ("The government deployed 25,598 rescuers.", "25,598 rescuers", "rescuers"),
        ("Nearly 26,000 rescue workers were searching the rubble.", "Nearly 26,000 rescue workers", "rescuers"),
        ("Rescuers believed 363 people were still trapped.", "363 people", "trapped"),
        ("Rescue crews pulled 2,569 people from flooded homes.", "2,569 people", "rescued"),
        ("Rescuers pulled about 340 people alive from the rubble.", "about 340 people", "rescued"),
        ("Rescuers brought out three people from the mine.", "three people", "rescued"),
        ("Rescuers found 12 people in the rubble.", "12 people", "rescued"),
        # what happened to the people, not who told it
        ("Rescuers said 300 people had died.", "300 people", "deaths"),
        ("Eleven miners were trapped underground.", "Eleven miners", "trapped"),
        # a counted noun is counted by its head: a word before it only qualifies it
        ("Crews had 410 fire engines on the lines.", "410 fire engines", "engine"),
        ("The utility cut power to 31,000 customers to prevent new fires.", "31,000 customers", "power outages"),
        # ... unless it is a state of the counted: "12 dead civilians" are deaths, "injured people" injuries
        ("Police found 12 dead civilians.", "12 dead civilians", "deaths"),
        ("Hospitals treated 7,327 injured people.", "7,327 injured people", "injuries"),
        # goods traded are trade; only dual-use goods are dual-use goods
        ("The value of goods traded between the two countries rose 15.6% last year.", "15.6%", "trade"),
        ("China sells more than $300 million of dual-use goods a month.", "more than $300 million", "dual-use goods"),
    ],
)
def test_the_measure_is_what_is_counted_not_a_word_nearby(text: str, figure: str, measure: str) -> None:
    assert measure_of(text, figure) == measure


def test_people_rescued_grow_by_the_day_like_a_toll() -> None:
    from checker.engine import load_rules
    from checker.pipeline import analyze

    documents = [
        Document("a", "Valley Post", "Rescuers pulled 235 people alive from the rubble.", "a.md", date(2022, 2, 10)),
        Document("b", "Hill Courier", "Rescuers pulled 585 people alive from the rubble.", "b.md", date(2022, 2, 15)),
    ]
    findings = analyze(documents, load_rules()).findings
    kinds = sorted(f.kind for f in findings if "rescued" in f.fact_key)
    assert kinds == ["changed", "unsupported", "unsupported"]


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("The unemployment rate rose to 3.9% in February.", "3.9%", "unemployment"),
        ("The inflation rate fell to 2.4% in March.", "2.4%", "inflation"),
        ("The central bank raised its rate to 5.25%.", "5.25%", "interest rate"),
    ],
)
def test_a_named_rate_is_not_an_interest_rate(text: str, figure: str, measure: str) -> None:
    assert measure_of(text, figure) == measure


def test_a_quantity_is_the_measure_it_is_of_whatever_trigger_stands_nearer() -> None:
    text = "The quake, which struck at a depth of 10 km, killed at least 2,000 people in Morocco."
    assert measure_of(text, "10 km") == "depth"
    assert measure_of(text, "at least 2,000 people") == "deaths"


@pytest.mark.parametrize(
    ("text", "figure", "measure", "scope"),
    [
        # each stock index is a measure of its own, and a move the sentence does not date is its article's day
        ("The Dow Jones was down 2.62% at 16:08 UTC.", "2.62%", "Dow Jones index", "2008-09-17"),
        ("In other markets, Germany's DAX was up 1.2%.", "1.2%", "DAX index", "2008-09-17"),
        ("In London, the FTSE 100 closed down 2.36% at 4907.20.", "2.36%", "FTSE index", "2008-09-17"),
        ("The Nasdaq index has fallen by 3.16% to 2138.14.", "3.16%", "Nasdaq index", "2008-09-17"),
        ("The Dow fell 5% on Monday.", "5%", "Dow Jones index", "2008-09-15"),
        # an index's points are the index's; a player's or a poll's stay points
        ("The Dow fell 366.94 points.", "366.94 points", "Dow Jones index", "2008-09-17"),
        ("The FTSE 100 closed at 4907.20 points.", "4907.20 points", "FTSE index", "2008-09-17"),
        ("He scored 30 points against Boston.", "30 points", "point", "2008"),
        # ... and the points of the one index its sentence names before them, outside their clause
        (
            "The Dow Jones (DJIA), which fell 678 points, closed at 8,579.",
            "678 points",
            "Dow Jones index",
            "2008-09-17",
        ),
        ("The Nasdaq fell 2.95% (54.97 points) to 1807.99.", "54.97 points", "Nasdaq index", "2008-09-17"),
        ("He scored 30 points (a career high) as the Dow rallied.", "30 points", "point", "2008"),
        # a company's share price stays scoped by the year (a results day's move is repeated, undated, for a week)
        ("Shares of Ironbark rose 14.1%.", "14.1%", "share price", "2008"),
        # a company named Dow is no index
        ("Dow Chemical said sales rose 5% to $10 billion.", "5%", "revenue", "2008"),
        ("Shares of Dow Chemical rose 4% on Tuesday.", "4%", "share price", "2008"),
        ("Dow Corning paid $3.2 billion to settle the claims.", "$3.2 billion", "~paid", "2008"),
    ],
)
def test_stock_indices_are_measures_of_their_day(text: str, figure: str, measure: str, scope: str) -> None:
    claim = claim_of(text, figure, published=date(2008, 9, 17))
    assert (claim.measure, claim.time_scope) == (measure, scope)


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        # "high" is a height only for a length
        ("The tower is 300 feet high.", "300 feet", "height"),
        ("The index struck a ten-month high, closing up 1.9%.", "1.9%", "~closing"),
        (
            "An evacuation centre at a high school in Durango was housing almost 460 people.",
            "almost 460 people",
            "people in shelters",  # the people a shelter holds, not everyone who fled
        ),
    ],
)
def test_high_is_a_height_only_for_a_length(text: str, figure: str, measure: str) -> None:
    assert measure_of(text, figure) == measure


@pytest.mark.parametrize(
    ("text", "first", "restated"),
    [
        ("In Florida the tallest pylon stands 182 meters (close to 600 ft) high.", "182 meters", "close to 600 ft"),
        ("Its main towers rise 227 meters (around 745 ft) above the water.", "227 meters", "around 745 ft"),
        ("Crews in Chile built a 2.4-mile (3.9 km) bridge.", "2.4-mile", "3.9 km"),
    ],
)
def test_a_quantity_restated_in_brackets_is_about_what_the_first_is_about(text: str, first: str, restated: str) -> None:
    claims = {c.mention.text: c for c in claims_in(text)}
    one, two = claims[first], claims[restated]
    assert (two.measure, two.subjects, two.places, two.time_scope) == (
        one.measure,
        one.subjects,
        one.places,
        one.time_scope,
    )
    assert two.measure != "premises"  # not the first figure's unit word ("meters" as electricity meters)


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        # the word just after a restatement in brackets still describes the figure
        ("The tower is 1,150 feet (350 meters) tall.", "1,150 feet", "height"),
        ("The main span is 1,300 meters (4,265 feet) long, officials said.", "1,300 meters", "length"),
        ("The tallest pylon stands 182 meters (close to 600 ft) high.", "182 meters", "height"),
    ],
)
def test_a_restatement_in_brackets_does_not_hide_the_word_after_it(text: str, figure: str, measure: str) -> None:
    assert measure_of(text, figure) == measure


def test_words_further_on_after_brackets_are_not_the_figure_s_measure() -> None:
    text = "The 777-200LR can fly for 9,420 nautical miles (17,446 kilometers) with 301 passengers onboard."
    assert measure_of(text, "9,420 nautical miles") != "passengers"


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # an age said with an office is its one holder's, the office itself when the article names nobody with it
        (
            "President Lucia Varga arrived in Astana. The 59-year-old president wants closer ties.",
            "59-year-old",
            "Lucia Varga",
        ),
        (
            "Chief Executive Tom Reyes spoke. The 61-year-old chief executive said sales rose.",
            "61-year-old",
            "Tom Reyes",
        ),
        ("Silk Line 2 will pump 45 bcm a year. The 69-year-old Kazakh host praised the pact.", "69-year-old", "host"),
        # two presidents in one story (a visitor and a host): neither is guessed
        (
            "President Beatriz Haddad met President Luis Caldwell. The 69-year-old president wants more trade.",
            "69-year-old",
            "president",
        ),
        # ... not even the article's main person, the one it names most
        (
            "President Hana Vance arrived for talks with President Irene Zeller. Hana Vance brought ministers. "
            "Vance will stay two days. The 59-year-old president wants closer ties.",
            "59-year-old",
            "president",
        ),
        # a host is the other side of a visit story, never its main person
        (
            "Hana Vance arrived in Beijing. Hana Vance brought ministers. The 76-year-old host praised the pact.",
            "76-year-old",
            "host",
        ),
    ],
)
def test_an_age_with_an_office_is_its_holders(text: str, figure: str, subject: str) -> None:
    (claim,) = [c for c in claims_in(text) if c.mention.text == figure]
    assert claim.subjects == (subject,)


def test_a_year_earlier_than_the_reported_year_is_the_year_before_it() -> None:
    """'last year' is the year the article reports; 'a year earlier' is the one before it, not last year again."""
    claims = claims_in(
        "Two-way trade hit a record $332bn last year. Trade stood at $260bn a year earlier, customs data show."
    )
    assert {c.mention.text: c.time_scope for c in claims if c.measure == "trade"} == {
        "a record $332bn": "2023",
        "$260bn": "2022",
    }
    # with no other figure of the measure for last year, "a year earlier" stays a year before publication
    (alone,) = [c for c in claims_in("Trade stood at $260bn a year earlier, customs data show.") if c.measure]
    assert alone.time_scope == "2023"


def test_a_toll_said_in_a_clause_after_the_events_day_is_as_of_the_report() -> None:
    text = "Tamsin tore into the coast on Friday, and officials said at least 34 people had been killed."
    (claim,) = [c for c in claims_in(text, date(2024, 9, 3)) if c.mention.text == "at least 34 people"]
    assert (claim.measure, claim.time_scope) == ("deaths", "2024-09-03")
    # in the event's own clause the day still scopes it
    text = "On Friday, the storm killed at least 14 people."
    (claim,) = [c for c in claims_in(text, date(2024, 9, 3)) if c.mention.text == "at least 14 people"]
    assert claim.time_scope == "2024-08-30"


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # a counted week covers the day ±3 as a date, but scopes its figures by the day it counts to
        ("Three weeks ago, the storm killed at least 14 people.", "2024-08-13"),
        ("A few days ago, the storm killed at least 14 people.", "2024-08-31"),
        # a counted month scopes by its calendar month
        ("Two months ago, the storm killed at least 14 people.", "2024-07"),
    ],
)
def test_a_counted_date_scopes_its_figures_by_the_day_it_counts_to(text: str, scope: str) -> None:
    (claim,) = [c for c in claims_in(text, date(2024, 9, 3)) if c.mention.text == "at least 14 people"]
    assert (claim.measure, claim.time_scope) == ("deaths", scope)


def test_the_main_person_counts_names_written_with_a_title() -> None:
    from checker.claims import _main_person

    text = (
        "President Hana Vance arrived in Beijing. Vance met Rafael Gallagher of Bellweather Capital. "
        "President Hana Vance will stay two days."
    )
    assert _main_person(text, "") == "Vance"


def test_the_main_person_is_no_outlet_after_the_and_no_one_named_once() -> None:
    from checker.claims import _main_person

    told = (
        "Shares fell. “We are fine,” Jonah Lindqvist told the Harbour Sentinel. “Costs are under control,” "
        "Mei Ibarra told the Harbour Sentinel. Sales rose, Sofia Volten told the Harbour Sentinel."
    )
    assert _main_person(told, "") == ""  # three people named once each; the outlet is no person
    assert _main_person(told + " Lindqvist later left.", "") == "Lindqvist"


def test_points_with_no_index_named_are_that_days_move() -> None:
    """'the market fell 94 points': some index's move of the day it is reported, never last month's article's."""
    (claim,) = [c for c in claims_in("Stocks slid and the market fell 94 points.") if c.mention.text == "94 points"]
    assert (claim.measure, claim.time_scope) == ("index points", "2024-05-14")


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("The S&P 500 Index finished at 756.55, a 6 point gain.", "6 point gain", "index points"),
        ("A 344.65-point fall left the market at its lowest in a year.", "344.65-point fall", "index points"),
        # a player's points stay points
        ("He scored 30 points against Boston.", "30 points", "point"),
    ],
)
def test_points_in_a_market_sentence_are_an_index_move(text: str, figure: str, measure: str) -> None:
    assert measure_of(text, figure) == measure


def test_a_market_close_is_no_closure() -> None:
    text = "The Dow Jones Industrial Average closed at its lowest level in six years on Thursday."
    (claim,) = [c for c in claims_in(text) if c.mention.text == "Thursday"]
    assert claim.measure != "closure"
    (shop,) = [c for c in claims_in("The plant closed on Thursday.") if c.mention.text == "Thursday"]
    assert shop.measure == "closure"


def test_each_figure_of_a_list_is_the_country_written_right_after_it() -> None:
    text = "The company expects to cut approximately 4,300 jobs in France, 3,700 in Germany and 400 in Spain."
    subjects = {c.mention.text: c.subjects for c in claims_in(text) if c.measure == "jobs"}
    assert subjects == {
        "approximately 4,300 jobs": ("France",),
        "3,700": ("Germany",),
        "400": ("Spain",),
    }


def test_every_state_before_a_counted_noun_names_a_measure() -> None:
    from checker import concepts
    from checker.claims import _STATE_MODIFIERS

    assert all(concepts.MEASURE_INDEX.get(word) for word in _STATE_MODIFIERS)


@pytest.mark.parametrize(
    "text",
    [
        # a road or a currency named after the country is no mention of it: the article is about the state
        "Deputies closed US 41 and US 19 near Tampa. Florida crews worked overnight. Crews said 300 homes flooded.",
        "Damage reached 5 billion U.S. dollars, or 2 billion U.S. dollars insured. Florida crews worked overnight. "
        "Crews said 300 homes flooded.",
        # a body that reports the figures is not what the article is about
        "The National Hurricane Center said the storm weakened, the NHC added. Florida crews worked overnight. "
        "Crews said 300 homes flooded.",
        # nor is a bank named after a continent, which lends to the project
        "The European Investment Bank lent 2 billion euros. Florida crews worked overnight. Crews said 300 homes "
        "flooded.",
    ],
)
def test_a_figure_that_names_nobody_takes_the_place_the_article_is_about(text: str) -> None:
    claim = claim_of(text, "300 homes")
    assert (claim.subjects, claim.inferred_subjects) == (("Florida",), True)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The US 10-year yield rose to 4.2% on Monday.", "4.2%"),
        ("US exports rose 41 percent in May.", "41 percent"),
        ("The U.S. economy grew 2.8% last year.", "2.8%"),
    ],
)
def test_the_country_before_a_figure_is_still_the_country(text: str, figure: str) -> None:
    assert claim_of(text, figure).subjects == ("US",)


def test_a_company_the_headline_names_in_full_is_the_subject_of_its_short_name() -> None:
    # the text says only "Tessaly"; the headline says "Tessaly Materials", and London (the UK) is named as often
    text = (
        "Tessaly reported results before the market opened in London. Tessaly will keep its plant in London. "
        "Workers at the London plant heard of the cuts from Tessaly. Revenue rose 13 percent."
    )
    document = Document("d", "Outlet", text, "d.md", date(2022, 10, 16), title="Tessaly Materials beats forecasts")
    claim = next(c for c in build_claims(document, extract(document)) if c.mention.text == "13 percent")
    assert claim.subjects == ("Tessaly Materials",)


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # a company named by what it is: the subject of its figures, not the country before it
        (
            "The US automobile manufacturer Ford posted a profit. Ford's profits equal 26 cents per share.",
            "26 cents",
            "Ford",
        ),
        # "GM" is the acronym of the "General Motors" the article names
        (
            "United States carmaker General Motors lost US$6 billion in the US. GM said it lost $9.66 per share. "
            "GM expects sales to recover.",
            "$9.66",
            "General Motors",
        ),
    ],
)
def test_a_company_named_by_what_it_is_is_the_subject(text: str, figure: str, subject: str) -> None:
    assert claim_of(text, figure, date(2009, 5, 7)).subjects == (subject,)


@pytest.mark.parametrize(
    "text",
    [
        # a town named after a country is no mention of it
        "Volunteers handed out water across New Bern. Crews said 300 homes flooded. The mayor of New Bern thanked "
        "them.",
        "Volunteers handed out water across Panama City. The airport in Panama City closed. Carolina crews said "
        "300 homes flooded.",
    ],
)
def test_a_town_named_after_a_country_is_not_the_country(text: str) -> None:
    assert "Switzerland" not in claim_of(text, "300 homes").subjects
    assert "Panama" not in claim_of(text, "300 homes").subjects


def test_a_lender_named_as_often_as_the_place_yields_to_it() -> None:
    text = (
        "The Asian Infrastructure Investment Bank lent $2 billion for the bridge. Indonesia will open it next "
        "year. Crews poured 38 million cubic metres of concrete."
    )
    assert claim_of(text, "38 million cubic metres").subjects == ("Indonesia",)


@pytest.mark.parametrize(
    ("text", "figure", "places"),
    [
        # a currency code after a preposition is the amount's currency, not where it is
        ("The price tag of Polar Star 3 has been put at USD 27.42 billion.", "USD 27.42 billion", ("Polar Star 3",)),
        ("Exports rose to EUR 4 billion last year.", "EUR 4 billion", ()),
        ("Trade stood at CNY 1.2 trillion in Harbin.", "CNY 1.2 trillion", ("Harbin",)),
    ],
)
def test_a_currency_code_after_a_preposition_is_no_place(text: str, figure: str, places: tuple[str, ...]) -> None:
    assert claim_of(text, figure).places == places


@pytest.mark.parametrize(
    ("text", "figure", "places"),
    [
        # a nationality before its noun ends no name: "Shares of Chinese pipeline builders" is no place
        ("Shares of Chinese pipeline builders rose as much as 2% on the news.", "as much as 2%", ()),
        ("The Shares of Chinese pipeline builders rose as much as 2%.", "as much as 2%", ()),
        ("The Bank of China raised its rate by 0.25 percentage points.", "0.25 percentage points", ("Bank of China",)),
    ],
)
def test_a_nationality_before_its_noun_ends_no_place(text: str, figure: str, places: tuple[str, ...]) -> None:
    assert claim_of(text, figure).places == places


def test_a_unit_after_a_number_ends_its_sentence() -> None:
    # "29 km/h." and "5.9 m." end their sentences: the Coast Guard of the next one is no place of the storm's speed
    text = "The storm was moving north-east at close to 29 km/h. The Coast Guard rescued roughly 650 people."
    assert claim_of(text, "close to 29 km/h").places == ()
    assert claim_of(text, "close to 29 km/h").sentence.endswith("km/h.")
    text = "Floodwaters in Gulfport rose to some 5.9 m. The Coast Guard and local crews rescued 43 people."
    assert "Coast" not in claim_of(text, "some 5.9 m").places
    text = "Its main span measures 1,102 meters (about 3,620 ft). At nearly 27 miles, it is among the longest."
    assert claim_of(text, "nearly 27 miles").sentence.startswith("At nearly 27 miles")

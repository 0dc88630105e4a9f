"""Dates resolved against the article's own publication date (Tuesday 14 May 2024 unless stated)."""

from __future__ import annotations

from datetime import date

import pytest

from checker.extract import extract_text
from checker.model import Kind

TUESDAY = date(2024, 5, 14)


def date_of(text: str, surface: str, published: date | None = TUESDAY):
    ex = extract_text("t", text, published)
    start = text.index(surface)
    hits = [m for m in ex.mentions if m.start <= start < m.end and m.kind in (Kind.DATE, Kind.YEAR, Kind.TIME)]
    assert len(hits) == 1, f"{surface!r}: {[(m.text, m.kind) for m in ex.mentions]}"
    return hits[0]


CASES = [
    ("The summit opens May 16 in Beijing.", "May 16", "2024-05-16", "2024-05-16", "day"),
    ("The summit opened on 16 May 2024.", "16 May 2024", "2024-05-16", "2024-05-16", "day"),
    ("Filed on 2024-05-16 by the ministry.", "2024-05-16", "2024-05-16", "2024-05-16", "day"),
    ("The war began in February 2022.", "February 2022", "2022-02-01", "2022-02-28", "month"),
    ("Trade grew strongly in 2023.", "2023", "2023-01-01", "2023-12-31", "year"),
    ("Trade grew strongly last year.", "last year", "2023-01-01", "2023-12-31", "year"),
    ("Flows will rise next year.", "next year", "2025-01-01", "2025-12-31", "year"),
    ("Talks resume next month.", "next month", "2024-06-01", "2024-06-30", "month"),
    ("Ministers meet this week.", "this week", "2024-05-13", "2024-05-19", "week"),
    ("Ministers met last week.", "last week", "2024-05-06", "2024-05-12", "week"),
    ("He said so earlier this month.", "earlier this month", "2024-05-01", "2024-05-13", "month"),
    ("Sales slipped in the first quarter.", "the first quarter", "2024-01-01", "2024-03-31", "quarter"),
    ("The visit runs May 16-17 in two cities.", "May 16-17", "2024-05-16", "2024-05-17", "day"),
    ("The report came out Sept. 30, 2023.", "Sept. 30, 2023", "2023-09-30", "2023-09-30", "day"),
    ("Putin will travel on Thursday.", "Thursday", "2024-05-16", "2024-05-16", "day"),
    ("The leaders met on Thursday.", "Thursday", "2024-05-09", "2024-05-09", "day"),
    ("The plan was announced yesterday.", "yesterday", "2024-05-13", "2024-05-13", "day"),
    ("Russia invaded in the 1990s? No, in the 2020s.", "2020s", "2020-01-01", "2029-12-31", "decade"),
    ("It happened three days ago.", "three days ago", "2024-05-11", "2024-05-11", "day"),
    # quarter and half codes of results stories
    ("Revenue fell in Q1 2023 as costs rose.", "Q1 2023", "2023-01-01", "2023-03-31", "quarter"),
    ("Revenue fell in 2023 Q3 as costs rose.", "2023 Q3", "2023-07-01", "2023-09-30", "quarter"),
    ("Margins widened in H2 2023.", "H2 2023", "2023-07-01", "2023-12-31", "half"),
    ("Margins widened in 2023H1.", "2023H1", "2023-01-01", "2023-06-30", "half"),
    # year ranges in every joining word
    ("Output doubled between 2014 and 2018.", "between 2014 and 2018", "2014-01-01", "2018-12-31", "year"),
    ("Output doubled from 2014 through 2018.", "2014 through 2018", "2014-01-01", "2018-12-31", "year"),
    ("Emissions in the 1970's were lower.", "the 1970's", "1970-01-01", "1979-12-31", "decade"),
    # early/late/mid read as halves (wide enough never to contradict a date inside them)
    ("The pipeline opened late last year.", "late last year", "2023-07-01", "2023-12-31", "month"),
    ("Talks resume early next month.", "early next month", "2024-06-01", "2024-06-15", "day"),
    ("A vote is due late this week.", "late this week", "2024-05-16", "2024-05-19", "day"),
    ("Construction began in mid-2019.", "mid-2019", "2019-04-01", "2019-09-30", "month"),
    # a day of a named month ("the 27th" alone is read by the verb's tense)
    ("Payments resume on the 20th of next month.", "the 20th of next month", "2024-06-20", "2024-06-20", "day"),
    ("The fund paid out on the 5th of last month.", "the 5th of last month", "2024-04-05", "2024-04-05", "day"),
    ("Talks began on the 3rd of this month.", "the 3rd of this month", "2024-05-03", "2024-05-03", "day"),
    ("The plant reopened on the 27th.", "the 27th", "2024-04-27", "2024-04-27", "day"),
    # a weekday before its date is one mention with the date's day (read alone it would be another day)
    (
        "The bridge opened on Monday, January 12, 2016, after delays.",
        "Monday, January 12, 2016",
        "2016-01-12",
        "2016-01-12",
        "day",
    ),
    ("Delegates arrive Friday 17 May for the talks.", "Friday 17 May", "2024-05-17", "2024-05-17", "day"),
    (
        "The park is shut from Monday, May 20 to Friday, May 24.",
        "from Monday, May 20 to Friday, May 24",
        "2024-05-20",
        "2024-05-24",
        "day",
    ),
    # holidays: their date in the stated year, else the nearest reading the tense allows
    ("Shops will close on Christmas Day.", "Christmas Day", "2024-12-25", "2024-12-25", "day"),
    ("Flights resumed after Christmas 2023.", "Christmas 2023", "2023-12-25", "2023-12-25", "day"),
    ("The ferry sank on Good Friday.", "Good Friday", "2024-03-29", "2024-03-29", "day"),
    ("Crowds are expected on Memorial Day.", "Memorial Day", "2024-05-27", "2024-05-27", "day"),
    ("Turnout fell on Thanksgiving Day 2022.", "Thanksgiving Day 2022", "2022-11-24", "2022-11-24", "day"),
    ("Fireworks lit the sky on New Year's Eve.", "New Year's Eve", "2023-12-31", "2023-12-31", "day"),
    ("Retailers posted record Black Friday 2023 sales.", "Black Friday 2023", "2023-11-24", "2023-11-24", "day"),
    # a month's name between numbers (tables, tickers), relative month of an nth weekday, "of next week"
    ("The filing is dated 2019-Sep-01.", "2019-Sep-01", "2019-09-01", "2019-09-01", "day"),
    ("Shares listed on 05-Aug-2016 in Mumbai.", "05-Aug-2016", "2016-08-05", "2016-08-05", "day"),
    ("Prices in Dec-2018 were lower.", "Dec-2018", "2018-12-01", "2018-12-31", "month"),
    (
        "It met on the third Wednesday of the previous month.",
        "the third Wednesday of the previous month",
        "2024-04-17",
        "2024-04-17",
        "day",
    ),
    ("The vote is on Sunday of next week.", "Sunday of next week", "2024-05-26", "2024-05-26", "day"),
    ("They meet on Monday of the following week.", "Monday of the following week", "2024-05-20", "2024-05-20", "day"),
    # "last quarter" is the one before publication's; "the last quarter of 2023" has its year
    ("Profits rose 4% last quarter.", "last quarter", "2024-01-01", "2024-03-31", "quarter"),
    ("Profits rose in the last quarter of 2023.", "the last quarter of 2023", "2023-10-01", "2023-12-31", "quarter"),
    ("Orders for the current quarter are firm.", "current quarter", "2024-04-01", "2024-06-30", "quarter"),
    ("Results for 2023-Q4 beat forecasts.", "2023-Q4", "2023-10-01", "2023-12-31", "quarter"),
    ("Margins widened in 2023-H2.", "2023-H2", "2023-07-01", "2023-12-31", "half"),
    ("The plant should reopen by end of year.", "end of year", "2024-07-01", "2024-12-31", "month"),
    # a year after "of", or after a comma spaced off by bad typing
    ("The dam was finished in June of 1992.", "June of 1992", "1992-06-01", "1992-06-30", "month"),
    ("The accord was signed July 4th of 1995.", "July 4th of 1995", "1995-07-04", "1995-07-04", "day"),
    ("The fund closed on Dec. 31 , 1994 .", "Dec. 31 , 1994", "1994-12-31", "1994-12-31", "day"),
    # the Monday-to-Sunday week of a day
    ("Hearings resume the week of May 20.", "the week of May 20", "2024-05-20", "2024-05-26", "week"),
    ("Talks are set for the week starting June 4.", "the week starting June 4", "2024-06-03", "2024-06-09", "week"),
    # fortnights, as ago/later and as the two weeks before or after publication
    # a week either side of the day a fortnight back (a counted week: half a week either side)
    ("The ministers met a fortnight ago.", "a fortnight ago", "2024-04-23", "2024-05-07", "day"),
    ("Prices rose over the past fortnight.", "over the past fortnight", "2024-04-30", "2024-05-14", "day"),
    ("The fund will decide in the next fortnight.", "next fortnight", "2024-05-14", "2024-05-28", "day"),
    # a day in words before an abbreviated month, a day with a dot, a day-month-year before 1800
    ("The envoy returns the second of Aug. for talks.", "second of Aug", "2024-08-02", "2024-08-02", "day"),
    ("Crowds gathered on the first of May.", "the first of May", "2024-05-01", "2024-05-01", "day"),
    ("The treaty was signed 16. Nov. 2016 in Bonn.", "16. Nov. 2016", "2016-11-16", "2016-11-16", "day"),
    ("The charter is dated 5 December 1391, the archive says.", "5 December 1391", "1391-12-05", "1391-12-05", "day"),
    # a spun "a year ago"; the past N months in calendar months
    ("Beijing launched the plan 12 months in the past.", "12 months in the past", "2023-05-01", "2023-05-31", "month"),
    ("Prices rose over the past 12 months.", "past 12 months", "2023-05-14", "2024-05-14", "day"),
    # an nth weekday with no month: of the month before, of or after publication's, as the tense points
    ("The vote will be held on the first Monday.", "the first Monday", "2024-06-03", "2024-06-03", "day"),
    ("The vote was held on the first Monday.", "the first Monday", "2024-05-06", "2024-05-06", "day"),
    # the edges of a named month, in halves as "the end of this month" is read
    ("The plant reopens by the end of June.", "the end of June", "2024-06-16", "2024-06-30", "day"),
    ("Prices peaked at the start of March.", "the start of March", "2024-03-01", "2024-03-15", "day"),
    # a lower-case month after a day (as after a month: never "may" or "march")
    ("The talks began on 28 june 2020 in Geneva.", "28 june 2020", "2020-06-28", "2020-06-28", "day"),
    ("The shop reopens on 3 september.", "3 september", "2024-09-03", "2024-09-03", "day"),
    ("Talks were held on 5 of july 2021.", "5 of july 2021", "2021-07-05", "2021-07-05", "day"),
    # the year may follow with "of" or "in" (not after a comma: "on 4 July, in 2019 it ..." starts a clause)
    ("The talks ended on 28 june in 2020 in Geneva.", "28 june in 2020", "2020-06-28", "2020-06-28", "day"),
    ("The fair opened on the 4th of July of 1995.", "4th of July of 1995", "1995-07-04", "1995-07-04", "day"),
    ("Voting ran 12-14 October 2023 in most regions.", "12-14 October 2023", "2023-10-12", "2023-10-14", "day"),
    # a quarter with its year right after it; two consecutive years written like a year and a month
    ("It revised fourth-quarter 2023 GDP growth.", "fourth-quarter 2023", "2023-10-01", "2023-12-31", "quarter"),
    ("By 2010-11 output will move to Hamburg.", "2010-11", "2010-01-01", "2011-12-31", "year"),
    ("Data for 2016-03 show a rise.", "2016-03", "2016-03-01", "2016-03-31", "month"),
    # a one-digit month; a later year of the same decade ("2008-9", "1990-5": British year ranges)
    ("Rates were cut in 2015-3 and held.", "2015-3", "2015-03-01", "2015-03-31", "month"),
    ("It was 2008-9 before prices recovered.", "2008-9", "2008-01-01", "2009-12-31", "year"),
    ("Output grew in 1990-5 in every region.", "1990-5", "1990-01-01", "1995-12-31", "year"),
    # the analysts' shorthand: fiscal "FY23", quarters "3Q23", halves "1H24"
    ("FY23 sales were flat.", "FY23", "2023-01-01", "2023-12-31", "year"),
    ("Earnings for 3Q23 beat forecasts.", "3Q23", "2023-07-01", "2023-09-30", "quarter"),
    ("Sales in 1H24 rose.", "1H24", "2024-01-01", "2024-06-30", "half"),
    # two-digit years of halves and quarters pivot like every other ("FY99" is 1999)
    ("Sales in 1H99 rose.", "1H99", "1999-01-01", "1999-06-30", "half"),
    ("Sales in Q3 '99 rose.", "Q3 '99", "1999-07-01", "1999-09-30", "quarter"),
    # "the 1800s" is a century ("the 2000s" stays a decade); a year-month range joined by a bare hyphen
    ("In the 1800s the town grew.", "the 1800s", "1800-01-01", "1899-12-31", "century"),
    ("In the 2000s prices rose.", "the 2000s", "2000-01-01", "2009-12-31", "decade"),
    ("The June 2020-May 2021 season was hard.", "June 2020-May 2021", "2020-06-01", "2021-05-31", "month"),
    # a year and a month with spaces around the sign, as badly spaced copy writes them; with spaces, a two-digit
    # second part above the year's own is a later year ("(2001 - 09)" in prose is a span of years)
    ("Figures for 2016 / 11: revised.", "2016 / 11", "2016-11-01", "2016-11-30", "month"),
    ("The plant shut in 11 - 2016.", "11 - 2016", "2016-11-01", "2016-11-30", "month"),
    ("Output peaked in 2016- 3, then fell.", "2016- 3", "2016-03-01", "2016-03-31", "month"),
    ("Bush (2001 - 09) cut taxes.", "2001 - 09", "2001-01-01", "2009-12-31", "year"),
    # a lower-case month with its year after "of", as the capitalised one reads
    ("They met in june of 1992.", "june of 1992", "1992-06-01", "1992-06-30", "month"),
    ("The pact was signed on july 4th of 1995.", "july 4th of 1995", "1995-07-04", "1995-07-04", "day"),
    # the first or last months of a year; for "the year", a past verb reaches back to months already over
    (
        "Sales for the first nine months of 2023 rose.",
        "the first nine months of 2023",
        "2023-01-01",
        "2023-09-30",
        "months",
    ),
    (
        "Sales rose in the first six months of the year.",
        "the first six months of the year",
        "2023-01-01",
        "2023-06-30",
        "months",
    ),
    (
        "Sales will rise in the last three months of the year.",
        "the last three months of the year",
        "2024-10-01",
        "2024-12-31",
        "months",
    ),
    # an irregular past verb points back like a regular one
    ("Thousands fled on Thursday.", "Thursday", "2024-05-09", "2024-05-09", "day"),
    ("The firm bought the plant on Friday.", "Friday", "2024-05-10", "2024-05-10", "day"),
    # a weekday with a day of the month: the months where that day is that weekday, the verb picks the side
    ("The strike ended on Friday the 13th.", "Friday the 13th", "2023-10-13", "2023-10-13", "day"),
    ("The vote will be held on Friday the 13th.", "Friday the 13th", "2024-09-13", "2024-09-13", "day"),
    ("The talks opened on Tuesday the 14th.", "Tuesday the 14th", "2024-05-14", "2024-05-14", "day"),
    # ... the day in words too, ordinal or (after a weekday only) cardinal
    ("The strike ended on Friday the thirteenth.", "Friday the thirteenth", "2023-10-13", "2023-10-13", "day"),
    ("The fair opens on Sunday, the twenty-first.", "Sunday, the twenty-first", "2024-07-21", "2024-07-21", "day"),
    ("I went back Friday the fifteen.", "Friday the fifteen", "2024-03-15", "2024-03-15", "day"),
    # "yr" as headlines and spun copy write it
    ("Sales rose last yr.", "last yr", "2023-01-01", "2023-12-31", "year"),
    ("GDP grew 5.2% final yr.", "final yr", "2023-01-01", "2023-12-31", "year"),
    # a clause may go on after the day ("On Friday the 5th round of talks began" stays a weekday and an ordinal)
    ("The strike ended on Friday the 13th after six weeks.", "Friday the 13th", "2023-10-13", "2023-10-13", "day"),
    ("It ended on Friday the thirteenth after a week.", "Friday the thirteenth", "2023-10-13", "2023-10-13", "day"),
    ("They will meet the day after tmrw.", "the day after tmrw", "2024-05-16", "2024-05-16", "day"),
    # the second of two decades, its "the" left out
    ("The boxy cars of the 70s and 80s are back.", "80s", "1980-01-01", "1989-12-31", "decade"),
    ("The 1970s and 80s were hard years.", "80s", "1980-01-01", "1989-12-31", "decade"),
    # a year before its month, as spun or translated copy writes it
    ("The deal was signed in 2016 November.", "2016 November", "2016-11-01", "2016-11-30", "month"),
    ("The 2016 November vote was close.", "2016 November", "2016-11-01", "2016-11-30", "month"),
    ("Output fell in 2017 april.", "2017 april", "2017-04-01", "2017-04-30", "month"),
    ("Revised figures for 2016, nov.", "2016, nov", "2016-11-01", "2016-11-30", "month"),
    ("The pact lapsed in 2019 May.", "2019 May", "2019-05-01", "2019-05-31", "month"),
    # the first day's month is the second's; a month's abbreviation between a day and a year
    ("The fair ran from 4 to January 22, 1995.", "from 4 to January 22, 1995", "1995-01-04", "1995-01-22", "day"),
    ("Rooms are booked between 02 and April 07.", "between 02 and April 07", "2024-04-02", "2024-04-07", "day"),
    ("Tickets went on sale on Sep-23-2020.", "Sep-23-2020", "2020-09-23", "2020-09-23", "day"),
    # a quarter of a year named by its relation to publication; the end of a year without "the"
    ("Sales will rise in Q3 this year.", "Q3 this year", "2024-07-01", "2024-09-30", "quarter"),
    ("Sales will rise in Q2 next year.", "Q2 next year", "2025-04-01", "2025-06-30", "quarter"),
    ("Sales rose in Q1 last year.", "Q1 last year", "2023-01-01", "2023-03-31", "quarter"),
    ("Bonuses are paid at the end of year.", "the end of year", "2024-07-01", "2024-12-31", "month"),
    # weekdays of a named week are that week's, one mention
    (
        "The summit runs next week from Tuesday to Thursday.",
        "next week from Tuesday to Thursday",
        "2024-05-21",
        "2024-05-23",
        "day",
    ),
    (
        "Talks were held last week, from Monday to Wednesday.",
        "last week, from Monday to Wednesday",
        "2024-05-06",
        "2024-05-08",
        "day",
    ),
    (
        "Polls open next week between Friday and Sunday.",
        "next week between Friday and Sunday",
        "2024-05-24",
        "2024-05-26",
        "day",
    ),
    ("They met last week on Monday.", "last week on Monday", "2024-05-06", "2024-05-06", "day"),
    (
        "Voting runs from Tuesday to Thursday next week.",
        "from Tuesday to Thursday next week",
        "2024-05-21",
        "2024-05-23",
        "day",
    ),
    # badly spaced or glued copy: a year after a glued day, a comma before an ordinal day, a lower-case month
    # before a day in words
    ("The unit was sold on Dec31 , 1994 to a rival.", "Dec31 , 1994", "1994-12-31", "1994-12-31", "day"),
    ("The plant reopens on October, 1st.", "October, 1st", "2024-10-01", "2024-10-01", "day"),
    ("The fair opens on february twenty second.", "february twenty second", "2025-02-22", "2025-02-22", "day"),
]


def test_a_day_after_a_spaced_currency_sign_is_the_amount_not_a_date() -> None:
    mentions = extract_text("t", "She bought shares for $ 12 December 27 and sold them for € 14 March 3.", TUESDAY)
    assert [(m.text, m.kind) for m in mentions.mentions] == [
        ("$ 12", Kind.MONEY),
        ("December 27", Kind.DATE),
        ("€ 14", Kind.MONEY),
        ("March 3", Kind.DATE),
    ]


@pytest.mark.parametrize(
    "text",
    ["In October, 12 people died.", "In October, 1st-time buyers rose.", "It may first need approval."],
)
def test_a_comma_or_a_modal_before_a_number_joins_no_day_to_a_month(text: str) -> None:
    days = [m for m in extract_text("t", text, TUESDAY).mentions if m.date is not None and m.date.granularity == "day"]
    assert days == []


@pytest.mark.parametrize(
    ("text", "surface", "clock"),
    [("Trading resumes at 1430 GMT.", "1430 GMT", "14:30"), ("The vote closes at 1900 GMT.", "1900 GMT", "19:00")],
)
def test_a_wire_clock_time_with_its_zone(text: str, surface: str, clock: str) -> None:
    m = date_of(text, surface)
    assert (m.kind, m.text, m.time_text) == (Kind.TIME, surface, clock)


@pytest.mark.parametrize(
    ("text", "surface", "clock"),
    [("The ceasefire took effect at midnight.", "midnight", "00:00"), ("Talks ran until noon.", "noon", "12:00")],
)
def test_noon_and_midnight_are_times_with_no_digit_near(text: str, surface: str, clock: str) -> None:
    m = date_of(text, surface)
    assert (m.kind, m.time_text) == (Kind.TIME, clock)


def test_midnight_that_is_no_time_of_day_is_no_time() -> None:
    assert not extract_text("t", "He burned the midnight oil for weeks.", TUESDAY).mentions


def test_a_four_digit_number_without_a_zone_stays_what_it_was() -> None:
    assert date_of("In 1900 the city had a million people.", "1900").kind == Kind.YEAR


def test_a_bare_decade_needs_a_decade_before_it() -> None:
    assert not [m for m in extract_text("t", "He ran laps in 50s and 60s.", TUESDAY).mentions if m.date]


def test_a_year_after_a_comma_and_in_starts_a_new_clause() -> None:
    text = "The law passed on 4 July, in 2019 it was amended."
    assert date_of(text, "4 July").text == "4 July"
    assert date_of(text, "2019").text == "2019"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Voting ran 12-14 October 2023 in most regions.", "12-14 October 2023"),
        ("Voting ran 12 to 14 october.", "12 to 14 october"),
        ("Voting ran from 12 to 14 October.", "from 12 to 14 October"),
    ],
)
def test_a_day_range_starts_at_its_first_word_not_at_the_space_before(text: str, surface: str) -> None:
    assert date_of(text, surface).text == surface


def test_in_n_weeks_is_a_date_only_in_a_sentence_about_the_future() -> None:
    m = date_of("The minister will return in 3 weeks.", "in 3 weeks")
    assert (m.date.start.isoformat(), m.date.end.isoformat(), m.date.relative) == ("2024-06-01", "2024-06-07", True)
    assert m.date.point == date(2024, 6, 4)
    assert date_of("The plant will open in two years' time.", "in two years").date.granularity == "year"
    (built,) = extract_text("t", "The bridge was built in 3 weeks.", TUESDAY).mentions
    assert (built.text, built.kind) == ("3 weeks", Kind.DURATION)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Firms must answer within 30 days of a request.", "30 days"),
        ("It will buy back shares over the next three years.", "three years"),
    ],
)
def test_a_span_after_publication_stays_a_duration(text: str, surface: str) -> None:
    (m,) = extract_text("t", text, TUESDAY).mentions
    assert (m.text, m.kind) == (surface, Kind.DURATION)


def test_an_old_year_after_a_day_and_month_is_not_a_count_before_it() -> None:
    mentions = extract_text("t", "On 5 December 1200 troops landed.", TUESDAY).mentions
    assert [(m.text, m.kind) for m in mentions] == [("5 December", Kind.DATE), ("1200 troops", Kind.COUNT)]
    assert not [m for m in extract_text("t", "He may be the first of many.", TUESDAY).mentions if m.kind == Kind.DATE]


@pytest.mark.parametrize(("text", "surface", "start", "end", "granularity"), CASES)
def test_dates_resolve(text: str, surface: str, start: str, end: str, granularity: str) -> None:
    m = date_of(text, surface)
    assert m.date is not None
    assert (m.date.start.isoformat(), m.date.end.isoformat(), m.date.granularity) == (start, end, granularity)


def test_relative_dates_are_marked_relative() -> None:
    assert date_of("Putin will travel on Thursday.", "Thursday").date.relative
    assert not date_of("The war began in February 2022.", "February 2022").date.relative


def test_relative_date_without_publication_date_stays_unresolved() -> None:
    m = date_of("Putin will travel on Thursday.", "Thursday", published=None)
    assert m.date is None and m.unresolved


def test_time_of_day() -> None:
    m = date_of("The quake struck at 11:47 p.m. local time.", "11:47 p.m.")
    assert m.kind == Kind.TIME and m.time_text == "23:47"
    british = date_of("The blast came at 2.13am and the all-clear at 4.05 p.m.", "2.13am")
    assert british.kind == Kind.TIME and british.time_text == "02:13"
    assert date_of("The blast came at 2.13am and the all-clear at 4.05 p.m.", "4.05 p.m.").time_text == "16:05"


@pytest.mark.parametrize(
    ("text", "surface", "clock"),
    [
        # seconds with a meridiem, a time zone or "at" before: a clock time to the minute
        ("The blast happened at 11:47:03 p.m.", "11:47:03 p.m.", "23:47"),
        ("The alert came at 14:05:10 GMT.", "14:05:10 GMT", "14:05"),
        ("The attack began at 14:05:10.", "14:05:10", "14:05"),
    ],
)
def test_clock_times_with_seconds(text: str, surface: str, clock: str) -> None:
    m = date_of(text, surface)
    assert m.kind == Kind.TIME and m.time_text == clock


@pytest.mark.parametrize(
    "text",
    [
        "Prices may rise again this autumn.",
        "Talks may stall, officials warned.",
        "Protesters march on the capital.",
        "Thousands will march through the city.",
        # after "this", "last" or "next" too (Wikinews: "this may have a large impact on the film industry")
        "Jobs believes this may have a large impact on film.",
        "This may be just a short-term reprieve.",
        "The plan would close five plants, and this may be increased.",
        "The first march was peaceful; the last march was not.",
    ],
)
def test_modal_may_and_verb_march_are_not_dates(text: str) -> None:
    ex = extract_text("t", text, TUESDAY)
    assert not [m for m in ex.mentions if {"may", "march"} & set(m.text.lower().split())]


def test_a_capitalized_month_after_this_last_or_next_is_still_a_month() -> None:
    assert date_of("This May, the firm grew.", "This May").date.start.isoformat() == "2024-05-01"
    assert date_of("Sales fell last March.", "last March").date.start.isoformat() == "2024-03-01"
    assert date_of("It opens next MAY.", "next MAY").date.start.isoformat() == "2025-05-01"


def test_a_range_of_counts_that_looks_like_years_stays_a_count() -> None:
    ex = extract_text("t", "Between 2000 and 2010 people were evacuated.", TUESDAY)
    assert [(m.kind, m.interval.low, m.interval.high) for m in ex.mentions] == [(Kind.COUNT, 2000.0, 2010.0)]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Engineers designed it to last 121 years.", "121 years"),
        ("The state visit will last two days.", "two days"),
        ("The truce did not last 10 days.", "10 days"),
    ],
)
def test_the_verb_last_before_a_span_makes_a_duration_not_a_past_period(text: str, surface: str) -> None:
    ex = extract_text("t", text, TUESDAY)
    assert [(m.kind, m.text) for m in ex.mentions] == [(Kind.DURATION, surface)]


def test_the_last_three_years_is_still_a_past_period() -> None:
    (m,) = extract_text("t", "Prices rose over the last three years.", TUESDAY).mentions
    assert m.kind == Kind.DATE and m.date is not None and m.date.end == TUESDAY


def test_a_year_then_a_spaced_dash_and_a_count_is_no_month_and_no_range() -> None:
    ex = extract_text("t", "In 2016 - 11 people died.", TUESDAY)
    assert [(m.kind, m.text) for m in ex.mentions] == [(Kind.YEAR, "2016"), (Kind.COUNT, "11 people")]


def test_spun_might_for_may_is_read_with_a_cue() -> None:
    m = date_of("The president will travel to Beijing in Might, aides said.", "Might")
    assert m.date.start == date(2024, 5, 1)


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        ("The pair signed the deal on 16 Might 2024.", "16 Might 2024", "2024-05-16", "2024-05-16"),
        ("The pair signed the deal on 16 Might.", "16 Might", "2024-05-16", "2024-05-16"),
        ("The visit lasts from 16 Might to 17 Might.", "from 16 Might to 17 Might", "2024-05-16", "2024-05-17"),
    ],
)
def test_spun_might_after_a_day_is_a_date_with_a_year_or_a_preposition(
    text: str, surface: str, start: str, end: str
) -> None:
    m = date_of(text, surface)
    assert (m.text, m.date.start.isoformat(), m.date.end.isoformat()) == (surface, start, end)


def test_a_day_count_before_a_capitalised_might_with_no_cue_stays_a_count() -> None:
    ex = extract_text("t", "Some 16 Might be affected, officials said.", TUESDAY)
    assert [m.kind for m in ex.mentions] == [Kind.COUNT]


@pytest.mark.parametrize(
    ("text", "surface", "start", "end", "granularity"),
    [
        (
            "Figures for the April-June quarter came out on 30 July.",
            "April-June",
            "2024-04-01",
            "2024-06-30",
            "quarter",
        ),
        (
            "Sales rose between January and June 2023.",
            "between January and June 2023",
            "2023-01-01",
            "2023-06-30",
            "half",
        ),
        ("Exports fell from October to March 2024.", "October to March 2024", "2023-10-01", "2024-03-31", "months"),
    ],
)
def test_month_ranges_are_periods(text: str, surface: str, start: str, end: str, granularity: str) -> None:
    m = date_of(text, surface)
    assert (m.date.start.isoformat(), m.date.end.isoformat(), m.date.granularity) == (start, end, granularity)


def test_two_months_joined_by_and_are_two_dates() -> None:
    ex = extract_text("t", "Prices rose in April and June.", TUESDAY)
    assert [m.text for m in ex.mentions] == ["April", "June"]


@pytest.mark.parametrize(
    "text",
    [
        "Aid will flow until the end of the war.",
        "Crews will be out before the end of the hurricane season.",
        "It ended at the start of the day.",
        "We've reached the end of the line.",
    ],
)
def test_the_end_of_something_that_is_not_a_period_is_no_date(text: str) -> None:
    assert not [m for m in extract_text("t", text, TUESDAY).mentions if m.kind == Kind.DATE]


@pytest.mark.parametrize(
    ("relative", "explicit"),
    [
        ("The plant will close by the end of next year.", "The plant will close by the end of 2025."),
        ("The deal should close early next year.", "The deal should close in early 2025."),
        ("Growth slowed in the middle of last year.", "Growth slowed in mid-2023."),
    ],
)
def test_a_part_of_a_year_reads_alike_with_or_without_its_year(relative: str, explicit: str) -> None:
    # the same months and the same granularity, so figures they scope get the same time scope
    a, b = (
        next(m for m in extract_text("t", t, TUESDAY).mentions if m.kind == Kind.DATE) for t in (relative, explicit)
    )
    assert (a.date.start, a.date.end, a.date.granularity) == (b.date.start, b.date.end, b.date.granularity)


def test_the_end_of_a_period_still_is() -> None:
    m = date_of("Sales should recover by the end of the year.", "the end of the year")
    assert (m.date.start.isoformat(), m.date.end.isoformat()) == ("2024-07-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        ("The plant will open in the spring.", "the spring", "2024-03-01", "2024-05-31"),
        ("Orders had picked up since the spring.", "the spring", "2024-03-01", "2024-05-31"),
        ("By autumn the line was closed.", "autumn", "2023-09-01", "2023-11-30"),
        ("The runway opened in spring 2022.", "spring 2022", "2022-03-01", "2022-05-31"),
        ("It was wet in the winter of 2023.", "the winter of 2023", "2023-12-01", "2024-02-29"),
    ],
)
def test_seasons(text: str, surface: str, start: str, end: str) -> None:
    m = date_of(text, surface)
    assert (m.date.start.isoformat(), m.date.end.isoformat(), m.date.granularity) == (start, end, "season")


@pytest.mark.parametrize("text", ["Jets take off in summer heat.", "The Arab Spring began in Tunisia.", "Leaves fall."])
def test_a_season_word_that_names_no_period_is_no_date(text: str) -> None:
    assert not [m for m in extract_text("t", text, TUESDAY).mentions if m.kind == Kind.DATE]


@pytest.mark.parametrize("text", ["The shooting happened in Spring, Texas.", "The Dow could fall 2000 points."])
def test_a_place_or_a_verb_is_no_season(text: str) -> None:
    assert not [m for m in extract_text("t", text, TUESDAY).mentions if m.kind == Kind.DATE]


def test_a_lower_case_season_before_a_comma_is_still_a_season() -> None:
    assert date_of("In the spring, Texas voted.", "the spring").date.granularity == "season"


def test_a_letter_whose_lower_case_is_longer_does_not_shift_later_dates() -> None:
    text = "İ" * 40 + " The plant in İstanbul opened three weeks ago."
    m = date_of(text, "three weeks ago")
    assert m.date is not None and m.date.point is not None and m.date.point.isoformat() == "2024-04-23"


@pytest.mark.parametrize(
    "text",
    [
        "Christmas shopping rose by a fifth.",  # the season's trade, not a day
        "The Easter holidays were cut short.",
        "On Friday, 16 people were hurt.",  # a count after the weekday, not a date
    ],
)
def test_holiday_words_and_weekdays_that_name_no_day(text: str) -> None:
    ex = extract_text("t", text, TUESDAY)
    dates = [m for m in ex.mentions if m.kind == Kind.DATE]
    assert all(m.text in ("Friday",) for m in dates), [(m.text, m.kind) for m in ex.mentions]
    if "Friday" in text:
        assert [m.date.start.isoformat() for m in dates] == ["2024-05-10"]


def test_a_weekday_joins_only_a_calendar_date_on_its_own_line() -> None:
    listed = extract_text("t", "Talks are set for Wednesday, Thursday or Friday.", TUESDAY)
    assert [m.date.start.isoformat() for m in listed.mentions] == ["2024-05-15", "2024-05-16", "2024-05-17"]
    headline = extract_text("t", "Markets stay shut until Friday\nSeptember 18, 2008 - Moscow", TUESDAY)
    assert [m.text for m in headline.mentions] == ["Friday", "September 18, 2008"]
    relative = extract_text("t", "He returns Monday two weeks from now.", TUESDAY)
    assert [m.text for m in relative.mentions] == ["Monday", "two weeks from now"]


@pytest.mark.parametrize("text", ["Stocks fell 22% on Black Monday.", "Voters go to the polls on Super Tuesday."])
def test_a_named_day_is_not_the_weekday_near_publication(text: str) -> None:
    ex = extract_text("t", text, TUESDAY)
    assert not any(m.kind == Kind.DATE for m in ex.mentions), [(m.text, m.kind) for m in ex.mentions]


def test_holiday_names_in_lower_case_only_where_no_other_phrase_shares_them() -> None:
    assert date_of("I'll be back on black friday 2010.", "black friday 2010").date.start.isoformat() == "2010-11-26"
    adjective = extract_text("t", "It was a good Friday for the markets.", TUESDAY)
    assert [m.text for m in adjective.mentions] == ["Friday"]
    generic = extract_text("t", "The town held a memorial day for the victims.", TUESDAY)
    assert not generic.mentions


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        # the date scanner's quick gates once skipped "earlier in the week" (its pattern read it) and words joined by
        # a line break or a no-break space
        ("Earlier in the week, the ministry denied it.", "Earlier in the week", "2024-05-13", "2024-05-13"),
        ("Prices fell earlier in the month.", "earlier in the month", "2024-05-01", "2024-05-13"),
        ("The plant will open later in the year.", "later in the year", "2024-05-14", "2024-12-31"),
        ("Talks resume later\u00a0this week.", "later\u00a0this week", "2024-05-14", "2024-05-19"),
        ("Flows will rise next\nyear.", "next\nyear", "2025-01-01", "2025-12-31"),
        # "March of last year" was March of this year plus a separate "last year"; "last October." took the full stop
        ("Sales fell in March of last year.", "March of last year", "2023-03-01", "2023-03-31"),
        ("The line opens in January of next year.", "January of next year", "2025-01-01", "2025-01-31"),
        ("In May of this year the index rose.", "May of this year", "2024-05-01", "2024-05-31"),
        ("Output peaked last October.", "last October", "2023-10-01", "2023-10-31"),
        ("Talks end next Sept. in Oslo.", "next Sept.", "2024-09-01", "2024-09-30"),
    ],
)
def test_periods_relative_to_publication_and_months_of_a_relative_year(
    text: str, surface: str, start: str, end: str
) -> None:
    m = date_of(text, surface)
    assert (m.text, m.date.start.isoformat(), m.date.end.isoformat()) == (surface, start, end)


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday the three leaders met.",
        "On Monday the third day of protests began.",
        "He won the second.",
        "On Monday the 5th round of talks began.",
    ],
)
def test_a_number_word_after_a_weekday_that_counts_something_is_no_day_of_the_month(text: str) -> None:
    dates = [m for m in extract_text("t", text, TUESDAY).mentions if m.date]
    assert all(m.text in ("Tuesday", "Monday") for m in dates), [m.text for m in dates]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The quake struck on May 1. Rescuers found him two days later.", "two days"),
        ("He had resigned two weeks earlier.", "two weeks"),
        ("The plan was approved 3 weeks later.", "3 weeks"),
        ("The mine reopened two months later.", "two months"),
    ],
)
def test_days_later_or_earlier_count_from_an_event_of_the_story_not_from_publication(text: str, surface: str) -> None:
    ex = extract_text("t", text, TUESDAY)
    assert not [m for m in ex.mentions if m.date and surface in m.text], [(m.text, m.kind) for m in ex.mentions]
    assert [m.kind for m in ex.mentions if m.text == surface] == [Kind.DURATION]


def test_a_month_earlier_is_the_month_before_the_one_reported_not_before_publication() -> None:
    # October's rate against September's, in a story published in November or later: no date from publication
    ex = extract_text("t", "Unemployment was 4.1% in October, up from 3.9% a month earlier.", TUESDAY)
    assert [m.text for m in ex.mentions if m.date] == ["October"]
    assert [(m.text, m.role) for m in ex.mentions if m.kind == Kind.PERCENT] == [("4.1%", ""), ("3.9%", "from")]


def test_a_year_earlier_still_dates_a_comparison_from_publication() -> None:
    m = date_of("Sales rose 5% from a year earlier.", "a year earlier")
    assert (m.date.start.isoformat(), m.date.granularity) == ("2023-01-01", "year")


@pytest.mark.parametrize(
    ("text", "surface", "start"),
    [
        # a modal future just before a year-less date: the next one, even beyond half a year
        ("The summit will be held Nov. 30.", "Nov. 30", "2024-11-30"),
        ("The summit is scheduled for Nov. 30-Dec. 2.", "Nov. 30-Dec. 2", "2024-11-30"),
        # ... or a schedule in the present tense
        ("The new tariff takes effect on Jan. 1.", "Jan. 1", "2025-01-01"),
        ("The rule goes into effect on Jan. 1.", "Jan. 1", "2025-01-01"),
        ("The ban comes into force on Jan. 1.", "Jan. 1", "2025-01-01"),
        ("The treaty enters into force on Jan. 1.", "Jan. 1", "2025-01-01"),
        ("The waiver expires on Jan. 2.", "Jan. 2", "2025-01-02"),
        ("The trial opens on Jan. 8.", "Jan. 8", "2025-01-08"),
        ("The festival takes place on Jan. 20.", "Jan. 20", "2025-01-20"),
        ("The new rules, which took effect on Jan. 1, were criticised.", "Jan. 1", "2024-01-01"),
        # ... and a one-word past before it in its clause: the last one, even beyond half a year
        ("It was the hottest July on record.", "July", "2023-07-01"),
        ("Sales were weak in September.", "September", "2023-09-01"),
        ("Inflation slowed to 3.2% in October from 3.7% in September.", "September", "2023-09-01"),
        ("The bank earned $13.4bn in the three months ended Sept. 30.", "Sept. 30", "2023-09-30"),
        # a participle after a modal, "to be" or "is" is no past ("to be held", "should be completed")
        ("The loss will be final once it is officially reported in October.", "October", "2024-10-01"),
        ("The model was introduced in October.", "October", "2023-10-01"),
        ("Apple set another event to be held on October 12.", "October 12", "2024-10-12"),
        ("The sale should be completed in October.", "October", "2024-10-01"),
        # ... or a modal future before a weaker cue nearer the date ("until"), with no past between them
        ("The plant will not reopen until January.", "January", "2025-01-01"),
        ("Deliveries are not due until January, two years late.", "January", "2025-01-01"),
        ("The plant will stay shut, as it was until January.", "January", "2024-01-01"),
        ("The plant did not reopen until January.", "January", "2024-01-01"),
        # a weaker or farther cue keeps the nearest reading
        ("Sales fell in Nov.", "Nov.", "2023-11-01"),
        ("It sold 412,000 cars in the three months to Dec., and it expects more.", "Dec.", "2023-12-01"),
    ],
)
def test_a_modal_future_or_a_finite_past_picks_its_side_beyond_half_a_year(text: str, surface: str, start: str) -> None:
    assert date_of(text, surface).date.start.isoformat() == start


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        ("Polls close on 5/16.", "5/16", "2024-05-16", "2024-05-16"),  # a full stop after it ends the sentence
        ("Early voting ran from 5/1 to 5/7 in most counties.", "from 5/1 to 5/7", "2024-05-01", "2024-05-07"),
        ("Ballots are counted between 5/20 and 5/24.", "between 5/20 and 5/24", "2024-05-20", "2024-05-24"),
        # the range's end follows its start, whatever the past tense says of 5/20 alone (a year earlier)
        ("The sale ran from 5/1 to 5/20.", "from 5/1 to 5/20", "2024-05-01", "2024-05-20"),
        ("The fair ran from December 20 to January 5.", "December 20 to January 5", "2023-12-20", "2024-01-05"),
        # a day number alone takes the range start's month (not the last 24th before publication)
        ("Talks ran from March 20 to the 24th.", "from March 20 to the 24th", "2024-03-20", "2024-03-24"),
        ("Talks will run from June 20 to the 24th.", "from June 20 to the 24th", "2024-06-20", "2024-06-24"),
        ("The strike lasted from Feb. 28 to the 2nd.", "from Feb. 28 to the 2nd", "2024-02-28", "2024-03-02"),
        (
            "It runs from the 20th of May to the 22nd of May.",
            "20th of May to the 22nd of May",
            "2024-05-20",
            "2024-05-22",
        ),
    ],
)
def test_numeric_and_yearless_day_ranges(text: str, surface: str, start: str, end: str) -> None:
    m = date_of(text, surface)
    assert (m.text, m.date.start.isoformat(), m.date.end.isoformat()) == (surface, start, end)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Support rose from 1/3 to 1/2 of voters.", []),  # shares, not days
        ("Bookmakers cut the odds from 5/1 to 3/1.", ["2024-05-01", "2024-03-01"]),  # no ten-month range
    ],
)
def test_slashed_numbers_that_are_no_day_range(text: str, dates: list[str]) -> None:
    mentions = extract_text("t", text, TUESDAY).mentions
    assert [m.date.start.isoformat() for m in mentions if m.kind == Kind.DATE] == dates


@pytest.mark.parametrize(
    ("text", "surface", "start"),
    [
        # an aim, or what should or must be done, is ahead of the speaker who said it: next June, not last June
        ("Chrysler has said that it wants to cut 789 dealers by early June.", "early June", "2024-06-01"),
        ("Officials said the bridge should reopen by late June.", "late June", "2024-06-20"),
        ("The group said it must finish the work in early June.", "early June", "2024-06-01"),
        ("The union said it hopes to settle by early June.", "early June", "2024-06-01"),
    ],
)
def test_an_aim_or_obligation_after_a_past_verb_is_ahead(text: str, surface: str, start: str) -> None:
    assert date_of(text, surface).date.start.isoformat() == start


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        # "now" is the publication day (Tuesday 14 May 2024): the range runs from it, or to it
        ("Crews will work between now and November 15.", "between now and November 15", "2024-05-14", "2024-11-15"),
        ("Between now and the 30th, little will change.", "Between now and the 30th", "2024-05-14", "2024-05-30"),
        ("Prices will be frozen from now until Jan. 6.", "from now until Jan. 6", "2024-05-14", "2025-01-06"),
        ("Sales rose 4% between January 22 and now.", "between January 22 and now", "2024-01-22", "2024-05-14"),
        ("Prices have doubled from June to now.", "from June to now", "2023-06-01", "2024-05-14"),
    ],
)
def test_a_date_joined_to_now_is_a_range_from_or_to_the_publication_day(
    text: str, surface: str, start: str, end: str
) -> None:
    m = date_of(text, surface)
    assert (m.text, m.date.start.isoformat(), m.date.end.isoformat(), m.date.relative) == (surface, start, end, True)


@pytest.mark.parametrize(
    ("text", "surface", "start"),
    [
        ("He spoke now and then of May 20.", "May 20", "2023-05-20"),  # no "between" or "from": no range
        ("From now on, March 3 is a holiday.", "March 3", "2024-03-03"),
    ],
)
def test_now_that_joins_no_range_leaves_the_date_alone(text: str, surface: str, start: str) -> None:
    m = date_of(text, surface)
    assert (m.text, m.date.start.isoformat()) == (surface, start)


@pytest.mark.parametrize(
    ("text", "surface", "start"),
    [
        ("The rally is on Friday, 5/17, at noon.", "Friday, 5/17", "2024-05-17"),
        ("The rally was held Saturday 5/11 downtown.", "Saturday 5/11", "2024-05-11"),
        ("The task should be done by friday 5/24.", "friday 5/24", "2024-05-24"),
    ],
)
def test_a_slashed_day_after_a_weekday_is_that_day(text: str, surface: str, start: str) -> None:
    m = date_of(text, surface)
    assert (m.text, m.date.start.isoformat(), m.date.end.isoformat()) == (surface, start, start)


@pytest.mark.parametrize(
    "text", ["On day 5/12 the rig failed.", "The holiday 5/12 was quiet.", "By Tuesday 3/4 of the votes were in."]
)
def test_a_slashed_pair_after_another_day_word_or_before_of_is_no_day(text: str) -> None:
    assert not [m for m in extract_text("t", text, TUESDAY).mentions if "/" in m.text]


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        (
            "The festival runs from Monday, May 20, to Friday, May 24.",
            "from Monday, May 20, to Friday, May 24",
            "2024-05-20",
            "2024-05-24",
        ),
        (
            "Voting is open from Wed., May 22 to Sat., May 25.",
            "from Wed., May 22 to Sat., May 25",
            "2024-05-22",
            "2024-05-25",
        ),
        (
            "The show runs from Thurs, Oct. 3 until Sun, Oct. 6.",
            "from Thurs, Oct. 3 until Sun, Oct. 6",
            "2024-10-03",
            "2024-10-06",
        ),
        ("Talks will run between June 3, and June 7.", "between June 3, and June 7", "2024-06-03", "2024-06-07"),
    ],
)
def test_a_range_of_days_with_weekdays_and_commas_is_one_range(text: str, surface: str, start: str, end: str) -> None:
    m = date_of(text, surface)
    assert (m.text, m.date.start.isoformat(), m.date.end.isoformat()) == (surface, start, end)


def test_two_days_joined_by_a_comma_and_and_without_between_stay_two_dates() -> None:
    text = "Crews arrived on May 6, and May 10 was the first quiet day."
    assert [m.text for m in extract_text("t", text, TUESDAY).mentions if m.kind == Kind.DATE] == ["May 6", "May 10"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("In 2016, May became prime minister.", "2016"),  # a month after a comma only before a stop
        ("Output in 2016 may rise.", "2016"),  # the modal
        ("In 2016 March saw floods.", "2016"),  # "March" only before a stop
        ("The 2016 May elections were close.", "2016"),
    ],
)
def test_a_year_before_a_word_that_may_be_no_month_stays_a_year(text: str, kept: str) -> None:
    mentions = extract_text("t", text, TUESDAY).mentions
    assert [(m.text, m.kind) for m in mentions] == [(kept, Kind.YEAR)]


def test_a_year_before_a_month_and_its_day_is_no_year_month() -> None:
    mentions = extract_text("t", "In 2016 June 5 was the hottest day.", TUESDAY).mentions
    assert [(m.text, m.kind) for m in mentions] == [("2016", Kind.YEAR), ("June 5", Kind.DATE)]


def test_the_end_of_a_numbered_year_of_a_plan_is_no_date() -> None:
    mentions = extract_text("t", "Funding stops at the end of year two of the plan.", TUESDAY).mentions
    assert not [m for m in mentions if m.kind == Kind.DATE]


@pytest.mark.parametrize(
    ("text", "surface", "point", "start", "end", "granularity"),
    [
        # a counted day is that day
        ("The strike began three days ago.", "three days ago", "2024-05-11", "2024-05-11", "2024-05-11", "day"),
        # a counted week covers half a week either side of the day it counts to
        ("The plant closed three weeks ago.", "three weeks ago", "2024-04-23", "2024-04-20", "2024-04-26", "day"),
        (
            "A couple of weeks ago the port reopened.",
            "A couple of weeks ago",
            "2024-04-30",
            "2024-04-27",
            "2024-05-03",
            "day",
        ),
        (
            "The line will reopen in two weeks, the operator says it will.",
            "in two weeks",
            "2024-05-28",
            "2024-05-25",
            "2024-05-31",
            "day",
        ),
        # a counted month or year covers the calendar month or year of the day (figures are reported by them)
        ("The talks broke down a month ago.", "a month ago", "2024-04-14", "2024-04-01", "2024-04-30", "month"),
        ("Output fell two months ago.", "two months ago", "2024-03-14", "2024-03-01", "2024-03-31", "month"),
        ("The mine opened two years ago.", "two years ago", "2022-05-14", "2022-01-01", "2022-12-31", "year"),
        ("The bridge was built a decade ago.", "a decade ago", "2014-05-14", "2014-01-01", "2014-12-31", "year"),
        # "a few": three, covering what two to five would
        ("The ship sank a few days ago.", "a few days ago", "2024-05-11", "2024-05-09", "2024-05-12", "day"),
        ("Prices peaked a few weeks ago.", "a few weeks ago", "2024-04-23", "2024-04-06", "2024-05-03", "day"),
        ("Sales fell a few months ago.", "a few months ago", "2024-02-14", "2023-12-01", "2024-03-31", "months"),
        ("The firm was sold a few years ago.", "a few years ago", "2021-05-14", "2019-01-01", "2022-12-31", "year"),
        # ahead, in a sentence about the future
        (
            "The port will reopen in a couple of weeks.",
            "in a couple of weeks",
            "2024-05-28",
            "2024-05-25",
            "2024-05-31",
            "day",
        ),
        ("Results are expected in a few days.", "in a few days", "2024-05-17", "2024-05-16", "2024-05-19", "day"),
    ],
)
def test_a_counted_phrase_names_a_day_and_covers_its_stated_precision(
    text: str, surface: str, point: str, start: str, end: str, granularity: str
) -> None:
    m = date_of(text, surface)
    span = m.date
    assert span is not None and span.relative
    assert (span.point.isoformat(), span.start.isoformat(), span.end.isoformat(), span.granularity) == (
        point,
        start,
        end,
        granularity,
    )


def test_a_month_back_from_the_31st_is_the_months_last_day() -> None:
    span = date_of("The pact lapsed a month ago.", "a month ago", date(2024, 5, 31)).date
    assert (span.point.isoformat(), span.start.isoformat(), span.end.isoformat(), span.granularity) == (
        "2024-04-30",
        "2024-04-01",
        "2024-04-30",
        "month",
    )


def test_only_a_counted_phrase_names_a_point() -> None:
    for text, surface in [
        ("The talks broke down last month.", "last month"),
        ("The vote was held on May 2.", "May 2"),
        ("The strike began yesterday.", "yesterday"),
    ]:
        assert date_of(text, surface).date.point is None

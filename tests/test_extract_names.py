"""Numbers that are parts of names are not figures."""

from __future__ import annotations

from datetime import date

import pytest

from checker.extract import extract_text

NOT_FIGURES = [
    ("Traffic on Interstate 80 stopped for hours.", "Interstate 80"),
    ("A Power of Siberia 2 link could follow.", "Power of Siberia 2"),
    ("Leaders of the G7 met in Italy.", "G7"),
    ("The COVID-19 rules ended.", "COVID-19"),
    ("A Boeing 737 landed safely.", "Boeing 737"),
    ("Two F-16 jets escorted it.", "F-16"),
    ("Motels line Route 66 in Arizona.", "Route 66"),
    ("Security tightened after 9/11 across the country.", "9/11"),
    ("The clinic now offers a 24/7 hotline.", "24/7"),
    ("The Standard & Poor's 500 fell by 9.48 points.", "Standard & Poor's 500"),
    ("The iPhone 4 has a claimed seven hours of talk time.", "iPhone 4"),
    ("The 787-8 seats about 240 people.", "787-8"),
    ("The 777-200LR flew non-stop.", "777-200LR"),
    ("The airline ordered 20 Boeing 737-800 jets.", "Boeing 737-800"),
    ("A Boeing 747-8 freighter landed.", "Boeing 747-8"),
    ("The SGD1.75-billion Terminal 3 will open.", "Terminal 3"),
    ("Wait for the 10.4.1 release.", "10.4.1"),
    ("R2-D2 rolled onto the stage.", "R2"),
    ("Take the R5 road north.", "R5"),
    ("The server at 192.168.1.1 failed.", "192.168.1.1"),
    ("Courts weighed Section 230 again.", "Section 230"),
    ("Call the hotline at (800) 555-0199 for help.", "(800) 555-0199"),
    ("The details are on page 12 of the filing.", "page 12"),
    ("Updates need Windows 11 or later.", "Windows 11"),
    ("An Airbus A320 was diverted.", "A320"),
    ("The army bought a 4x4 truck.", "4x4"),
    ("Video plays at 320x240 on the device.", "320x240"),
    ("Order part 24703L202 from the supplier.", "24703L202"),
    ("A 7-Eleven store on the corner was damaged.", "7-Eleven"),
    ("The entry dated 2015-1-32 was void.", "2015-1-32"),
    ("Open sales_report-2002-10-09.xlsx first.", "2002-10-09"),
    ("They lined up in a 4-4-2 formation.", "4-4-2"),
]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Storm Kills 12 In Florida", "12"),
        ("Police Arrest 40 After Protest", "40"),
        ("Apple Sells 10 Million iPhones", "10 Million"),
    ],
)
def test_a_headline_in_title_case_keeps_its_figures(text: str, figure: str) -> None:
    ex = extract_text("t", text, date(2024, 5, 14))
    assert figure in [m.text for m in ex.mentions] or any(m.text.startswith(figure) for m in ex.mentions)
    assert not ex.names


def test_a_name_never_runs_across_a_line_break() -> None:
    ex = extract_text("t", "Storm Kills 12 In Florida\nThe Boeing 737 was grounded in May.", date(2024, 5, 14))
    assert [n[2] for n in ex.names] == ["The Boeing 737"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A red flag warning will remain in effect until Friday. Highway 299 was closed.", "Highway 299"),
        ("Talks ended on Monday. Route 66 reopened a day later.", "Route 66"),
    ],
)
def test_a_name_never_runs_across_a_sentence_end(text: str, name: str) -> None:
    # "Friday. Highway 299" is no name: the weekday ends its sentence, the road's name starts the next
    ex = extract_text("t", text, date(2024, 5, 14))
    assert [n[2] for n in ex.names] == [name]
    assert not [m for m in ex.mentions if m.text in name]


@pytest.mark.parametrize(("text", "name"), NOT_FIGURES)
def test_names_are_not_figures(text: str, name: str) -> None:
    ex = extract_text("t", text, date(2024, 5, 14))
    start, end = text.index(name), text.index(name) + len(name)
    assert not [m for m in ex.mentions if m.start < end and start < m.end], ex.mentions
    assert any(s <= start + len(name) - 1 < e for s, e, _ in ex.names)


def test_every_digit_is_a_mention_a_name_or_not_understood() -> None:
    text = "Route 66 saw 40 crashes on May 16, ref #A7 and code 3Z9Q."
    ex = extract_text("t", text, date(2024, 5, 14))
    covered = (
        [(m.start, m.end) for m in ex.mentions]
        + [(s, e) for s, e, _ in ex.names]
        + [(s, e) for s, e, _ in ex.not_understood]
    )
    for i, ch in enumerate(text):
        if ch.isdigit():
            assert any(s <= i < e for s, e in covered), (i, text[i - 3 : i + 3])


def test_scientific_notation_and_square_metres_are_no_code_names() -> None:
    for text in ("The light oscillates at 4e14 per second.", "The plot covers 24703m2 of land."):
        assert extract_text("t", text, date(2024, 5, 14)).names == ()


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a capitalized word before a number and its unit ("10-year") is no name: the compound is a figure
        ("Benchmark 10-year Treasury yields rose to 4.2% on Monday.", "10-year"),
        ("Typical 30-year mortgage rates rose.", "30-year"),
        ("Daily 5-mile runs are part of the plan.", "5-mile"),
    ],
)
def test_a_number_with_its_unit_after_a_capitalized_word_is_a_figure(text: str, figure: str) -> None:
    extraction = extract_text("d", text, date(2024, 5, 16))
    assert figure in [m.text for m in extraction.mentions]
    assert not extraction.names


def test_a_name_keeps_a_number_with_another_suffix() -> None:
    assert [n for _, _, n in extract_text("d", "Apollo 11-era hardware was shown.", date(2024, 5, 16)).names] == [
        "Apollo 11"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [("Deputies closed part of US 41 after flooding.", "US 41"), ("Traffic on U.S. 101 slowed.", "U.S. 101")],
)
def test_a_us_road_is_a_name(text: str, name: str) -> None:
    extraction = extract_text("d", text, date(2024, 5, 16))
    assert [n for _, _, n in extraction.names] == [name]
    assert extraction.mentions == ()


def test_the_country_before_a_number_and_its_unit_is_no_road() -> None:
    extraction = extract_text("d", "The US 10-year yield rose.", date(2024, 5, 16))
    assert [m.text for m in extraction.mentions] == ["10-year"]
    assert extraction.names == ()

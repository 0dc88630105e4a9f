"""Property tests: the extractor never raises and every span lies inside the text."""

from __future__ import annotations

import math
from datetime import date

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extract import extract_text
from checker.text import split_sentences

NEWSY = st.text(alphabet=st.sampled_from(list("0123456789 ,.$%€£-+abcMmBbkKtTdyoufrsenvgiIMayJunTh:/()'\"")),
                max_size=120)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(NEWSY, st.text(max_size=80)), year=st.integers(1990, 2030))
def test_extract_never_raises_and_spans_are_inside(text: str, year: int) -> None:
    ex = extract_text("p", text, date(year, 6, 15))
    for m in ex.mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        if m.interval is not None:
            assert m.interval.low <= m.interval.high
    for s, e, name in ex.names:
        assert text[s:e] == name


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=200))
def test_sentences_cover_text_in_order(text: str) -> None:
    previous = 0
    for sentence in split_sentences(text):
        assert previous <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start:sentence.end] == sentence.text
        previous = sentence.end


# inputs fuzzing broke, one row each: (text, publication date)
REGRESSIONS = [
    (".519th century", None),  # an ordinal suffix after a decimal numeral crashed the ordinal reader
    ("about " + "9" * 400 + "%", date(2024, 5, 14)),  # a numeral beyond float range made a NaN interval
    ("-" + "9" * 400 + " degrees in the heat", date(2024, 5, 14)),
    ("The summit starts next year.", date.max),  # resolving past the calendar raised OverflowError/ValueError
    ("They met last year, three days ago, on Thursday.", date.min),
]


@pytest.mark.parametrize(("text", "published"), REGRESSIONS)
def test_regressions_found_by_fuzzing(text: str, published: date | None) -> None:
    ex = extract_text("p", text, published)
    for m in ex.mentions:
        assert text[m.start:m.end] == m.text
        for interval in (m.interval, m.base_interval):
            if interval is not None:
                assert not (math.isnan(interval.low) or math.isnan(interval.high))
                assert interval.low <= interval.high

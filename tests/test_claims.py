"""What a figure measures: the concept trigger nearest to it, a longer trigger speaking for the words inside it."""

from __future__ import annotations

from datetime import date

import pytest

from checker.claims import build_claims
from checker.extract import extract
from checker.model import Document


def measure_of(text: str, figure: str) -> str:
    document = Document("d", "Outlet", text, "d.md", date(2024, 5, 14))
    claims = [c for c in build_claims(document, extract(document)) if c.mention.text == figure]
    assert claims, f"{figure!r} not read in {text!r}"
    return claims[0].measure


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("The company reported earnings per share of $1.25.", "$1.25", "per-share amount"),
        ("It paid a dividend of 40 cents a share.", "40 cents", "per-share amount"),
        ("Its market share rose to 18% last year.", "18%", "market share"),
        ("The new bridge across the strait is 12 miles long.", "12 miles", "length"),
        ("For Putin, who began his fifth term on May 7, the trip matters.", "May 7", "term start"),
        ("Exports to Russia slipped 13% in the first quarter.", "13%", "exports"),
    ],
)
def test_measure_is_the_nearest_whole_trigger(text: str, figure: str, measure: str) -> None:
    assert measure_of(text, figure) == measure

"""quantulum3's trained unit classifier loads with the pinned scikit-learn and is used for ambiguous units."""

from __future__ import annotations

from datetime import date

from checker.extract import extract_text
from checker.extract.figures import classify_unit_with_quantulum
from checker.extract.units import lexicon
from checker.model import Kind


def test_classifier_loads_with_pinned_scikit_learn() -> None:
    from quantulum3 import classifier

    assert classifier.USE_CLF
    assert classifier.classifier().loaded  # fails with scikit-learn 1.9.x: the pickle cannot be read


def test_classifier_path_decides_an_unclear_pounds() -> None:
    # no money or mass cue in the sentence: the decision goes to quantulum3's classifier
    assert classify_unit_with_quantulum("pounds", "The record stood at 50 pounds.") in ("money", "mass")


def test_pounds_with_cues() -> None:
    ex = extract_text("t", "The fine was 50 pounds. The parcel weighs 50 pounds.", date(2024, 1, 1))
    kinds = [m.kind for m in ex.mentions]
    assert kinds == [Kind.MONEY, Kind.QUANTITY]
    diet = extract_text("t", "She skipped lunch for a year to shed 25 pounds.", date(2024, 1, 1))
    assert [m.kind for m in diet.mentions if m.text.endswith("pounds")] == [Kind.QUANTITY]


def test_unit_lexicon_is_built_from_quantulum_data() -> None:
    words = lexicon().words
    # units known only from quantulum3's table (not crosscheck's news list)
    assert "furlong" in words or "furlongs" in words
    assert "nautical miles" in words

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


def test_unit_choice_is_quantulum3s_own() -> None:
    """The column-major copy of the classifier picks what quantulum3's disambiguate_unit picks, sentence by
    sentence (both money and mass answers occur), and leaves quantulum3's own classifier as it was."""
    from quantulum3 import classifier, disambiguate

    from checker.extract.figures import _quantulum_unit_name

    sentences = [
        "The record stood at 50 pounds.",
        "The club paid 50 pounds for the ticket to London.",
        "The baby weighed 7 pounds at birth.",
        "Prices in sterling rose, with a pint at 6 pounds.",
        "The catch came to 300 pounds of cod.",
        "He bet 20 pounds on the horse.",
        "pounds",
    ]
    answers = set()
    for sentence in sentences:
        for surface in ("pounds", "pound", "lb"):
            expected = disambiguate.disambiguate_unit(surface, sentence)
            assert _quantulum_unit_name(surface, sentence) == expected, (surface, sentence)
            answers.add(expected)
    assert {"pound sterling", "pound-mass"} <= answers
    assert classifier.classifier().classifier.coef_.flags["C_CONTIGUOUS"]

"""Extraction: a Document's text → Mentions (figures and dates), names, and digits not understood.

Order matters: dates first (so "May 16" is not a count of 16), then names ("Power of Siberia 2"), then
figures over what is left; every digit run in the text ends up in exactly one of the three, or in
`not_understood`, so silent misses show in the report's coverage table.
"""

from __future__ import annotations

import re

from checker.extract.dates import scan_dates
from checker.extract.figures import scan_figures
from checker.extract.names import name_spans
from checker.extract.windows import digit_spans, words_of
from checker.model import Document, Extraction, Mention
from checker.text import SentenceIndex, lower_in_place, split_sentences

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")  # a number (number_runs finds these spans without the regex)


def extract(document: Document) -> Extraction:
    """All mentions in one document, with its sentences and coverage."""
    return extract_text(document.doc, document.text, document.published)


def extract_text(doc: str, text: str, published=None) -> Extraction:
    sentences = split_sentences(text)
    index = SentenceIndex(sentences)
    digits = digit_spans(text)
    lower = lower_in_place(text)
    words = words_of(text, lower)
    dates = scan_dates(text, published, index.at, digits, words, doc, lower)
    date_spans = [(m.start, m.end) for m in dates]
    names = [n for n in name_spans(text, digits, words) if not any(s < n[1] and n[0] < e for s, e in date_spans)]
    figures = scan_figures(
        text, lambda offset: index.at(offset).text, date_spans + [(s, e) for s, e, _ in names], digits, words, doc
    )
    mentions = sorted((*dates, *figures), key=lambda m: (m.start, m.end))
    covered = sorted([(m.start, m.end) for m in mentions] + [(s, e) for s, e, _ in names])
    not_understood = _uncovered_digits(text, covered, digits)
    return Extraction(
        doc=doc, mentions=tuple(mentions), sentences=sentences, names=tuple(names), not_understood=tuple(not_understood)
    )


def number_runs(text: str, digits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    r"""The spans of _DIGITS (r"\d+(?:[.,]\d+)*") in `text`, from its digit runs (windows.digit_spans): runs
    joined by one "." or "," are one number. The same spans as a second scan of the text, in a tenth of the time."""
    runs: list[tuple[int, int]] = []
    for start, end in digits:
        if runs and start == runs[-1][1] + 1 and text[start - 1] in ".,":
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    return runs


def _uncovered_digits(
    text: str, covered: list[tuple[int, int]], digits: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """The numbers of `text` (number_runs of its digit runs) that no covered span holds: extraction's coverage."""
    out: list[tuple[int, int, str]] = []
    j = 0
    for start, end in number_runs(text, digits):
        while j < len(covered) and covered[j][1] <= start:
            j += 1
        inside = j < len(covered) and covered[j][0] <= start and end <= covered[j][1]
        if not inside and not any(s <= start < e for s, e in covered[max(0, j - 2) : j + 2]):
            out.append((start, end, text[start:end]))
    return out


__all__ = ["Mention", "extract", "extract_text"]

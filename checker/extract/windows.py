"""Where to look: small windows of the text around the words and digits a pattern can start from.

Running a dozen date and name patterns over every position of a long article costs more than the rest of
extraction together. Every figure, date and name crosses a digit or one of a few hundred words, so the
scanners run their (unchanged) patterns only inside merged windows around those anchors. Windows end at a
whitespace, so a pattern's lookahead at the window's end sees what it would see in the full text.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left
from collections.abc import Iterable

from checker.text import ascii_runs, ascii_table, lower_in_place

_DIGITS = re.compile(r"\d\d*")  # r"\d+" opening with a class, which re skips ahead to in C (see checker.text)
_WORDS = re.compile(r"[A-Za-z]+")  # what a word is (words_of reads these runs without running the regex)
_SPACE = re.compile(r"\s")


def merge_windows(text: str, anchors: Iterable[tuple[int, int]], before: int, after: int) -> list[tuple[int, int]]:
    """Merged [start - before, end + after] windows around anchor spans, each ending at a whitespace."""
    length = len(text)
    merged: list[list[int]] = []
    space = -1  # the first whitespace at or after the last position looked up (anchors come in order: linear)
    for start, end in anchors:
        a = max(0, start - before)
        b = min(length, end + after)
        if b < length and not text[b].isspace():
            if space < b:
                found = _SPACE.search(text, b)
                space = found.start() if found else length
            b = space
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def digit_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _DIGITS.finditer(text)]


_LETTERS = ascii_table(string.ascii_letters)


def words_of(text: str, lower: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, lower-case word) for every word of `text` (computed once per document, shared): the runs of
    _WORDS ([A-Za-z]+), read by text.ascii_runs. `lower` is lower_in_place(text), when the caller has it: its ASCII
    letters are the text's, lower-cased in place."""
    return ascii_runs(lower if lower is not None else lower_in_place(text), _LETTERS)


def word_spans(
    text: str, vocabulary: frozenset[str], words: list[tuple[int, int, str]] | None = None
) -> list[tuple[int, int]]:
    """Spans of the words of `text` whose lower-case form is in `vocabulary`."""
    return [(s, e) for s, e, w in (words if words is not None else words_of(text)) if w in vocabulary]


def anchored(
    text: str,
    vocabulary: frozenset[str],
    before: int,
    after: int,
    digits: list[tuple[int, int]] | None = None,
    words: list[tuple[int, int, str]] | None = None,
) -> list[tuple[int, int]]:
    """Windows around every digit run and every vocabulary word, in text order."""
    spans = sorted([*(digits if digits is not None else digit_spans(text)), *word_spans(text, vocabulary, words)])
    return merge_windows(text, spans, before, after)


def match_at_word_starts(
    pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]], word_starts: list[int]
) -> list[re.Match[str]]:
    """pattern.finditer(text, a, b) over each window, for a pattern that can only match where a word
    ([A-Za-z]+) starts: the same matches, with the regex tried at a few positions instead of every character."""
    found: list[re.Match[str]] = []
    for a, b in windows:
        k = bisect_left(word_starts, a)
        after = a
        while k < len(word_starts) and word_starts[k] < b:
            start = word_starts[k]
            k += 1
            if start < after:
                continue
            m = pattern.match(text, start, b)
            if m is not None:
                found.append(m)
                after = max(m.end(), start + 1)
    return found

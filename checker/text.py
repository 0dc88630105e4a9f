"""Sentences with exact character offsets, and small text helpers shared by the stages.

The text is never rewritten: every span refers to the original document text, so a finding can quote it.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from checker.model import Sentence

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "jr",
        "sr",
        "inc",
        "corp",
        "co",
        "ltd",
        "plc",
        "llc",
        "bros",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "no",
        "nos",
        "vs",
        "etc",
        "approx",
        "est",
        "dept",
        "univ",
        "ave",
        "blvd",
        "rd",
        "mt",
        "ft",
        "fig",
        "vol",
        "pp",
        "ed",
        "eds",
        "rev",
        "hon",
        "messrs",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "a.m",
        "p.m",
        "e.g",
        "i.e",
        "d.c",
        "u.s.a",
    ]
)


# Python's re skips ahead in C only to the characters a pattern can start with when it opens with a character class
# or a literal (or an alternation of literals); opened by an alternation of classes, a look-ahead or \b, it is tried
# at every position of the text. The scans of whole articles are written to open with one class, the character
# that starts every match, and to check what each branch needs of it by looking behind (the same matches as the
# plain pattern each is defined by, and tested against: the sentence boundaries in a third of the time).


# a candidate boundary: terminal punctuation, optional closing quotes/brackets, then whitespace
BOUNDARY_PATTERN = r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n+"
_BOUNDARY = re.compile(r"[.!?…\n](?:(?<=[.!?…])[.!?…]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|(?<=\n)\n*)")


def _word_before(text: str, stop: int) -> str:
    r"""The word a full stop at `stop` ends, lower-cased: the run of word characters and dots around the last word
    character in the 20 characters before it ("" if none). What r"([\w.]+)\W*$" finds there, read backwards
    character by character (a word character is \w's: alphanumeric or "_") instead of by two regex matches."""
    low = max(0, stop - 20)
    last = stop - 1
    while last >= low and not (text[last].isalnum() or text[last] == "_"):
        last -= 1
    if last < low:
        return ""
    first = last
    while first > low and (text[first - 1].isalnum() or text[first - 1] in "_."):
        first -= 1
    return text[first : last + 1].lower()


def ascii_table(kept: str) -> bytes:
    """A translation table for ascii_runs: the ASCII characters `kept` stay, every other byte becomes a space."""
    assert kept.isascii() and " " not in kept and "?" not in kept  # "?" stands for a character outside ASCII
    return bytes(c if chr(c) in kept else 32 for c in range(256))


def ascii_runs(text: str, table: bytes, offset: int = 0) -> list[tuple[int, int, str]]:
    """(start + offset, end + offset, run) for every maximal run of the characters `table` (ascii_table) keeps.

    The runs are read by splitting a translated copy (a character outside ASCII encodes as one "?", which no table
    keeps, so offsets hold): C-speed translation and splitting, where a regex scan for them builds a match object
    per run (the words of an article cost a third as much)."""
    kept = text.encode("ascii", "replace").translate(table).decode("ascii")
    runs: list[tuple[int, int, str]] = []
    position = offset
    for run in kept.split(" "):
        length = len(run)
        if length:
            runs.append((position, position + length, run))
        position += length + 1
    return runs


# Python's re skips ahead in C only to characters that can start a match, and it knows none when a pattern opens
# with \b or a look-behind: it then tries the whole pattern at every position of the text. Patterns that scan a
# whole article write "a word starts here" after their first character instead (same matches, 2-4x faster).
CAPITAL_AT_WORD_START = r"[A-Z](?<!\w[A-Z])"  # \b[A-Z]


def words_at_word_start(words: list[str] | tuple[str, ...]) -> str:
    r"""\b(?:word|word|...) for words that start with a word character, written as (?:w(?<!\ww)ord|...)."""
    parts = []
    for word in words:
        if not re.match(r"\w", word):
            raise ValueError(f"{word!r} does not start with a word character")
        first = re.escape(word[0])
        parts.append(f"{first}(?<!\\w{first}){re.escape(word[1:])}")
    return "(?:" + "|".join(parts) + ")"


def words_class_first(words: list[str] | tuple[str, ...]) -> str:
    r"""\b(?:word|word|...) for words that start with a word character, written to open with one class of their
    first letters (see the note above _BOUNDARY): "[ia](?<!\w[ia])(?:(?<=i)(?:n|nto)|(?<=a)(?:t|cross))". For words
    whose first letters are common in the text: most of them stand inside a word and fail the word-start test before
    any word is tried (words_at_word_start tries its words at each, which costs more there)."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(re.escape(word[1:]))
    firsts = "".join(re.escape(first) for first in rests)
    branches = "|".join(f"(?<={re.escape(first)})(?:{'|'.join(after)})" for first, after in rests.items())
    return f"[{firsts}](?<!\\w[{firsts}])(?:{branches})"


def has_word(text: str, word: str) -> bool:
    r"""re.search(rf"\b{re.escape(word)}\b", text) is not None, for a word that starts and ends with a word
    character: a substring search (C) and a look at the characters around each place it stands, where the regex
    is tried at every position of the text."""
    end = len(word)
    at = text.find(word)
    while at >= 0:
        if (at == 0 or not _is_word_char(text[at - 1])) and (
            at + end == len(text) or not _is_word_char(text[at + end])
        ):
            return True
        at = text.find(word, at + 1)
    return False


def _is_word_char(char: str) -> bool:
    r"""What re's \w matches in a str pattern."""
    return char.isalnum() or char == "_"


def lower_in_place(text: str) -> str:
    """text.lower() with every offset kept: a character whose lower case is longer ("İ") or turns ASCII (the
    Kelvin sign) stays as it is, so spans found in the result are spans of `text` and lower-case patterns can run
    without IGNORECASE."""
    low = text.lower()
    if len(low) == len(text) and "\u212a" not in text:
        return low
    return "".join(c.lower() if len(c.lower()) == 1 and c.lower().isascii() == c.isascii() else c for c in text)


# a capitalized word with its full stop, which may end a sentence ("on Sunday. Inspectors"; "St." does not match)
SENTENCE_END_WORD = re.compile(r"[A-Z][a-z]{2,}\.$")


def unit_stop(text: str, stop: int, word: str) -> bool:
    """Whether the full stop at `stop`, after `word` (as _word_before reads it), ends a unit written after a number
    and so its sentence: "moving at 29 km/h. The Coast Guard", "rose to 5.9 m. The", "(about 3,620 ft). At". Only a unit
    in lower case, as written, right after a slash or a number (and one space): "Plan B.", "J. Edgar" and "Ft. Myers"
    stay abbreviations."""
    if not (len(word) == 1 or word == "ft"):
        return False
    end = stop  # the word's end, before a closing bracket or quote ("about 3,620 ft). At")
    while end > 0 and not _is_word_char(text[end - 1]):
        end -= 1
    start = end - len(word)
    if start <= 0 or not text[start:end].islower():
        return False
    if text[start - 1] == "/":
        return True
    before = start - 2 if text[start - 1] == " " else start - 1
    return before >= 0 and text[before].isdigit()


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split `text` into sentences at terminal punctuation and line breaks; offsets are exact."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if match.group().startswith("."):
            word = _word_before(text, match.start())
            if (word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())) and not unit_stop(
                text, match.start(), word
            ):
                continue
        _append(sentences, text, start, end)
        start = end
    _append(sentences, text, start, len(text))
    return tuple(sentences)


# no news sentence is this long; longer runs (a table flattened to text, 100,000 digits) are cut into pieces of
# at most this many characters at a space or separator, so the work per sentence stays bounded
MAX_SENTENCE = 2000
_PIECE_BREAK = re.compile(r"[\s,;|]+")


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()  # str.strip() and str.isspace() agree on what whitespace is
    if len(stripped) <= MAX_SENTENCE:  # the common case, without a loop over the characters
        if stripped:
            start += len(piece) - len(piece.lstrip())
            out.append(Sentence(start, start + len(stripped), stripped))
        return
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = start + MAX_SENTENCE
        breaks = [m.end() for m in _PIECE_BREAK.finditer(text, start + MAX_SENTENCE // 2, cut)]
        cut = breaks[-1] if breaks else cut
        _append(out, text, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


class SentenceIndex:
    """Find the sentence that holds a character offset in O(log n)."""

    def __init__(self, sentences: tuple[Sentence, ...]) -> None:
        self.sentences = sentences
        self._starts = [s.start for s in sentences]

    def index_of(self, offset: int) -> int:
        i = bisect_right(self._starts, offset) - 1
        return max(0, min(i, len(self.sentences) - 1))

    def at(self, offset: int) -> Sentence:
        return self.sentences[self.index_of(offset)]


def squash(text: str) -> str:
    """Collapse whitespace and unify quotes/dashes, for comparing quotes (never for spans)."""
    text = text.translate(_UNIFY)
    return " ".join(text.split())


_UNIFY = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " ", "\u2009": " "})

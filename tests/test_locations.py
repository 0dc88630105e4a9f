"""Positions in reports point into the article file: front matter lines are counted, HTML has no file position."""

from __future__ import annotations

from pathlib import Path

from checker.engine import load_rules
from checker.ingest import read_corpus
from checker.pipeline import analyze
from checker.report.records import Locator


def test_markdown_positions_count_the_front_matter(tmp_path: Path) -> None:
    text = "---\nsource: A\npublished: 2024-05-14\n---\nFirst line.\nTrade reached $240 billion in 2023.\n"
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    (document,) = read_corpus([tmp_path]).documents
    assert document.text_line == 5
    assert text[document.text_offset :].startswith("First line.")
    analysis = analyze([document], load_rules())
    claim = next(c for c in analysis.claims if c.mention.text == "$240 billion")
    span = Locator([document]).span(claim)
    assert span.start_line == 6
    assert text[span.char_offset : span.char_offset + span.char_length] == "$240 billion"

"""Shared fixtures: the bundled rules, a pipeline runner over small in-memory corpora."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checker.engine import load_rules
from checker.model import Document
from checker.pipeline import Analysis, analyze

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def rules():
    return load_rules()


def make_docs(*articles: tuple[str, str, str]) -> list[Document]:
    """Documents from (source, published ISO date, text) triples."""
    return [
        Document(
            doc=f"doc{i}",
            source=source,
            text=text,
            path=f"doc{i}.md",
            published=date.fromisoformat(published) if published else None,
        )
        for i, (source, published, text) in enumerate(articles)
    ]


@pytest.fixture()
def run(rules):
    def _run(*articles: tuple[str, str, str]) -> Analysis:
        return analyze(make_docs(*articles), rules)

    return _run

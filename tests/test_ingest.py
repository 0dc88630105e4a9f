"""Reading articles: front matter, HTML through a real parser, JSONL, and files that cannot be read."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from checker.ingest import read_corpus

MD = """---
source: Harbour Wire
published: 2024-05-14
title: Putin heads to Beijing
url: https://example.org/a
---
Putin will arrive on Thursday. Trade reached $240bn last year.
"""

HTML = """<!doctype html><html><head><title>Page title</title>
<meta name="crosscheck:source" content="Meridian News">
<meta property="article:published_time" content="2024-05-17T08:00:00Z"></head>
<body><nav>Home | World | <a href="#">Subscribe for $1 a week</a></nav>
<article><h1>Summit ends in Harbin</h1><p>Trade hit <b>$240</b> billion in 2023.</p>
<script>var x = 42;</script><p>The expo is the eighth.</p></article>
<footer>Company no. 12345678. Call 555-0100.</footer></body></html>"""


def test_markdown_front_matter(tmp_path: Path) -> None:
    (tmp_path / "harbour.md").write_text(MD, encoding="utf-8")
    corpus = read_corpus([tmp_path])
    (doc,) = corpus.documents
    assert (doc.doc, doc.source, doc.published, doc.title) == (
        "harbour",
        "Harbour Wire",
        date(2024, 5, 14),
        "Putin heads to Beijing",
    )
    assert doc.text.startswith("Putin will arrive") and doc.content_hash


def test_html_article_text_without_boilerplate(tmp_path: Path) -> None:
    (tmp_path / "meridian.html").write_text(HTML, encoding="utf-8")
    (doc,) = read_corpus([tmp_path]).documents
    assert doc.source == "Meridian News" and doc.published == date(2024, 5, 17)
    assert doc.title == "Summit ends in Harbin"
    assert "Trade hit $240 billion in 2023." in doc.text
    assert "Subscribe" not in doc.text and "12345678" not in doc.text and "42" not in doc.text


def test_jsonl_one_article_per_line(tmp_path: Path) -> None:
    lines = [
        {"source": "A", "published": "2024-05-15", "text": "One figure: 12 boats."},
        {"source": "B", "text": "Another: 13 boats.", "id": "custom"},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\nnot json\n", encoding="utf-8")
    corpus = read_corpus([path])
    assert [d.doc for d in corpus.documents] == ["feed-1", "custom"]
    assert corpus.documents[1].published is None
    assert [s.path for s in corpus.skipped] == [f"{path}:3"]
    assert "not valid JSON" in corpus.skipped[0].reason


def test_missing_source_uses_file_name(tmp_path: Path) -> None:
    (tmp_path / "plain-story.txt").write_text("Nine firefighters were hurt.", encoding="utf-8")
    (doc,) = read_corpus([tmp_path]).documents
    assert doc.source == "plain-story" and doc.published is None


def test_unreadable_files_are_skipped_with_reasons(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text(MD, encoding="utf-8")
    (tmp_path / "binary.md").write_bytes(b"\x00\x01\x02 not text")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 prices rose 5%".encode("latin-1"))
    (tmp_path / "badyaml.md").write_text("---\nsource: [unclosed\n---\nText 5.\n", encoding="utf-8")
    (tmp_path / "empty.md").write_text("---\nsource: X\n---\n\n", encoding="utf-8")
    (tmp_path / "notes.yaml").write_text("a: 1\n", encoding="utf-8")
    corpus = read_corpus([tmp_path, tmp_path / "missing.md"])
    assert [d.doc for d in corpus.documents] == ["good", "latin1"]  # not UTF-8: decoded, with a note
    reasons = {Path(s.path).name: s.reason for s in corpus.skipped}
    assert "binary" in reasons["binary.md"]
    assert "latin1.txt" not in reasons
    assert any("decoded as cp1252" in n.reason for n in corpus.notes if n.path.endswith("latin1.txt"))
    assert "YAML" in reasons["badyaml.md"]
    assert "empty" in reasons["empty.md"]
    assert "no such file" in reasons["missing.md"]
    assert any(p.endswith("notes.yaml") for p in corpus.ignored)


def test_bad_published_date_is_a_note_not_a_skip(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\nsource: X\npublished: last Tuesday\n---\nText 5.\n", encoding="utf-8")
    corpus = read_corpus([tmp_path])
    assert corpus.documents[0].published is None
    assert "not an ISO date" in corpus.notes[0].reason


def test_duplicate_stems_get_distinct_ids(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.md").write_text("Text 5.", encoding="utf-8")
    ids = [d.doc for d in read_corpus([tmp_path]).documents]
    assert len(set(ids)) == 2


def test_reading_in_two_processes_gives_the_same_corpus(tmp_path: Path) -> None:
    """A large corpus is read by forked processes when the run has workers: the same documents, skips and notes,
    in the same order, as reading it in one."""
    from checker import ingest

    for i in range(2 * ingest.MIN_FILES_PER_READER + 7):
        folder = tmp_path / f"story-{i % 3}"
        folder.mkdir(exist_ok=True)
        body = f"---\nsource: Outlet {i % 5}\npublished: 2024-05-{1 + i % 28:02d}\n---\nExports rose {i}% in May.\n"
        (folder / f"a{i:04d}.md").write_text(body, encoding="utf-8")
    (tmp_path / "story-0" / "binary.md").write_bytes(b"\x00\x01\x02 not text")
    (tmp_path / "story-1" / "latin1.txt").write_bytes("Caf\xe9 prices rose 5%".encode("latin-1"))
    (tmp_path / "story-2" / "lines.jsonl").write_text('{"text": "Up 3%.", "source": "W"}\nnot json\n', "utf-8")
    calls: list[int] = []
    one = read_corpus([tmp_path], stories="folder", meanwhile=lambda: calls.append(1))
    two = read_corpus([tmp_path], stories="folder", workers=2, meanwhile=lambda: calls.append(2))
    assert one == two
    assert len(one.documents) > 2 * ingest.MIN_FILES_PER_READER and one.skipped and one.notes
    assert calls == [1, 2]  # the caller's own work, done once per read (while the readers read, with two)


def test_a_default_publication_date_goes_only_to_undated_articles_and_changes_their_cache_key(tmp_path: Path) -> None:
    from checker.ingest import with_default_published

    (tmp_path / "plain.txt").write_text("Trade rose last year.\n", encoding="utf-8")
    (tmp_path / "dated.md").write_text("---\npublished: 2021-03-01\n---\nTrade rose last year.\n", encoding="utf-8")
    corpus = read_corpus([tmp_path])
    changed, taken = with_default_published(corpus, date(2024, 5, 15))
    assert taken == 1
    before = {d.doc: d for d in corpus.documents}
    after = {d.doc: d for d in changed.documents}
    assert after["plain"].published == date(2024, 5, 15) and after["dated"].published == date(2021, 3, 1)
    assert after["plain"].content_hash != before["plain"].content_hash  # the run database's cache key
    assert after["dated"] == before["dated"]
    assert with_default_published(changed, date(2024, 5, 15)) == (changed, 0)

"""Stories: a folder of many stories is checked story by story (`--stories folder` or a `story` field)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from checker.cli import main
from checker.config import parse_config
from checker.engine import load_rules
from checker.errors import ConfigError
from checker.ingest import folder_stories, read_corpus
from checker.pipeline import analyze

# two wildfires in one archive: each story's outlets agree among themselves, the two stories do not
FIRES = {
    "ridge-fire": [
        ("Valley Post", "Crews said the blaze destroyed 40 homes before the wind dropped on Tuesday."),
        ("Hill Courier", "The blaze destroyed 40 homes, crews said, before the wind dropped on Tuesday."),
    ],
    "canyon-fire": [
        ("Coast Ledger", "Crews said the blaze destroyed 95 homes before the wind dropped on Tuesday."),
        ("Bay Herald", "The blaze destroyed 95 homes, crews said, before the wind dropped on Tuesday."),
    ],
}


def _archive(root: Path, front_matter: bool = False) -> Path:
    for story, articles in FIRES.items():
        folder = root / "wildfire" / story
        folder.mkdir(parents=True)
        for i, (source, text) in enumerate(articles):
            extra = f"story: {story}\n" if front_matter else ""
            (folder / f"{story}-{i}.md").write_text(
                f"---\nsource: {source}\npublished: 2024-08-15\n{extra}---\n{text}\n", encoding="utf-8"
            )
    return root


def _findings(out: Path) -> dict:
    return json.loads((out / "findings.json").read_text(encoding="utf-8"))


def test_folder_stories_are_named_by_their_folder_whatever_the_input_path(tmp_path: Path) -> None:
    root = _archive(tmp_path / "archive")
    files = sorted(root.rglob("*.md"))
    assert sorted(set(folder_stories(files).values())) == ["canyon-fire", "ridge-fire"]
    # the same folder given itself, by one file, or through a relative path: the same story
    ridge = root / "wildfire" / "ridge-fire"
    assert set(folder_stories(sorted(ridge.glob("*.md"))).values()) == {"ridge-fire"}
    one = ridge / "ridge-fire-0.md"
    assert folder_stories([one]) == {one: "ridge-fire"}
    two = [one, Path(os.path.relpath(ridge / "ridge-fire-1.md"))]
    assert set(folder_stories(two).values()) == {"ridge-fire"}
    # two folders of the same name: as many parent folders as it takes to tell them apart
    for month in ("2024-05", "2024-06"):
        (tmp_path / month / "inbox").mkdir(parents=True)
        (tmp_path / month / "inbox" / "a.md").write_text("The fire destroyed 40 homes.\n", encoding="utf-8")
    inboxes = sorted(tmp_path.glob("*/inbox/a.md"))
    assert sorted(folder_stories(inboxes).values()) == ["2024-05/inbox", "2024-06/inbox"]
    assert sorted({d.story for d in read_corpus(inboxes, stories="folder").documents}) == [
        "2024-05/inbox",
        "2024-06/inbox",
    ]


def test_read_corpus_sets_stories_and_the_cache_key_follows_them(tmp_path: Path) -> None:
    root = _archive(tmp_path / "archive")
    plain = read_corpus([root])
    by_folder = read_corpus([root], stories="folder")
    assert {d.story for d in plain.documents} == {""}
    assert {d.story for d in by_folder.documents} == {"ridge-fire", "canyon-fire"}
    # the story is part of the cache key: the same text in another story is analysed again
    for p, s in zip(plain.documents, by_folder.documents, strict=True):
        assert s.content_hash != p.content_hash and s.text == p.text
    with pytest.raises(ValueError, match="stories must be one of"):
        read_corpus([root], stories="topic")


def test_a_story_field_wins_over_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.md").write_text("---\nsource: A\nstory: Ridge Fire\n---\nThe fire destroyed 40 homes.\n")
    (folder / "feed.jsonl").write_text(
        json.dumps({"source": "B", "story": "Canyon Fire", "text": "The fire destroyed 95 homes."})
        + "\n"
        + json.dumps({"source": "C", "text": "The fire destroyed 95 homes."})
        + "\n"
    )
    documents = read_corpus([folder], stories="folder").documents
    assert {d.source: d.story for d in documents} == {"A": "Ridge Fire", "B": "Canyon Fire", "C": "inbox"}
    assert {d.source: d.story for d in read_corpus([folder]).documents} == {
        "A": "Ridge Fire",
        "B": "Canyon Fire",
        "C": "",
    }


def test_claims_of_different_stories_are_never_compared(tmp_path: Path) -> None:
    root = _archive(tmp_path / "archive")
    rules = load_rules()
    mixed = analyze(read_corpus([root]).documents, rules)
    apart = analyze(read_corpus([root], stories="folder").documents, rules)
    conflicts = [f for f in mixed.findings if f.kind == "conflict"]
    assert conflicts, "without stories the two fires' home counts meet, in conflict"
    assert all({c.mention.text for c in f.claims} == {"40 homes", "95 homes"} for f in conflicts)
    assert not [f for f in apart.findings if f.kind == "conflict"]
    assert {f.story for f in apart.facts} == {"canyon-fire", "ridge-fire"}
    assert len(apart.facts) == 2 * len(mixed.facts)  # each fact of the mixed run, once per story
    for fact in apart.facts:
        assert fact.key.startswith(f"[{fact.story}] ")
        assert fact.status == "corroborated" and {c.story for c in fact.claims} == {fact.story}
        assert f"story {fact.story}" in fact.why


def test_cli_stories_flag_and_config(tmp_path: Path) -> None:
    root = _archive(tmp_path / "archive")
    out = tmp_path / "out"
    assert main(["check", str(root), "--out", str(out), "--quiet", "--no-history", "--fail-on", "error"]) == 1
    code = main(
        ["check", str(root), "--out", str(out), "--quiet", "--no-history", "--fail-on", "error", "--stories", "folder"]
    )
    assert code == 0
    assert all(f["kind"] != "conflict" for f in _findings(out)["findings"])
    config = tmp_path / "crosscheck.toml"
    config.write_text(f'paths = ["{root.as_posix()}"]\nstories = "folder"\n', encoding="utf-8")
    out2 = tmp_path / "out2"
    argv = ["check", "--config", str(config), "--out", str(out2), "--quiet", "--no-history", "--fail-on", "error"]
    assert main(argv) == 0
    with pytest.raises(ConfigError, match="choose none or folder"):
        parse_config({"stories": "topic"}, "crosscheck.toml", tmp_path)


def test_story_front_matter_keeps_stories_apart_without_the_flag(tmp_path: Path) -> None:
    root = _archive(tmp_path / "archive", front_matter=True)
    out = tmp_path / "out"
    assert main(["check", str(root), "--out", str(out), "--quiet", "--no-history", "--fail-on", "error"]) == 0
    facts = _findings(out)["facts"]
    assert {f["key"].split("]")[0] + "]" for f in facts} == {"[canyon-fire]", "[ridge-fire]"}
    assert (
        {f["story"] for f in facts}
        == {d["story"] for d in _findings(out)["documents"]}
        == {
            "canyon-fire",
            "ridge-fire",
        }
    )

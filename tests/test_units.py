"""The unit lexicon's cache file: loaded when it holds the lexicon of the same sources, rebuilt otherwise."""

from __future__ import annotations

import json

import pytest

from checker.extract import units


@pytest.fixture(scope="module")
def built():
    return units.build_lexicon()


@pytest.fixture()
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path


def test_the_lexicon_in_use_is_the_one_built_from_pint_and_quantulum3(built):
    assert units.lexicon() == built
    assert built.words["feet"] == built.words["foot"]
    assert built.symbols["bcm"].dimension == "volume"


def test_a_stored_lexicon_reads_back_equal_with_its_surfaces_sharing_one_unit(built, tmp_path):
    path = tmp_path / "units-x.json"
    units._write_lexicon(path, built)
    back = units._read_lexicon(path)
    assert back == built
    assert back.words["feet"] is back.words["foot"]  # one record per unit, as built
    assert back.symbols["ft"] is back.words["foot"]
    assert len(json.loads(path.read_text())["units"]) < len(built.words)


def test_the_cache_file_is_named_by_its_sources_under_xdg_cache_home(cache_home):
    path = units.lexicon_cache_path()
    assert path is not None and path.parent == cache_home / "crosscheck"
    assert path.name.startswith("units-") and path.suffix == ".json"
    assert units.lexicon_cache_path() == path  # the same sources, the same file


def test_another_pint_version_names_another_cache_file(cache_home, monkeypatch):
    import importlib.metadata

    path = units.lexicon_cache_path()
    real = importlib.metadata.version
    monkeypatch.setattr(importlib.metadata, "version", lambda name: "0.0-other" if name == "pint" else real(name))
    other = units.lexicon_cache_path()
    assert other is not None and other != path and other.parent == path.parent


def test_a_run_without_a_cache_builds_the_lexicon_and_stores_it_for_the_next(cache_home, built):
    path = units.lexicon_cache_path()
    assert not path.exists()
    assert units.lexicon.__wrapped__() == built
    assert units._read_lexicon(path) == built


@pytest.mark.parametrize(
    "content",
    [
        "",
        "{",
        "[]",
        '{"units": [], "words": {}, "symbols": {}, "max_words": 1}',
        '{"units": [["m", "length", 1.0]], "words": {"m": 0}, "symbols": {}, "max_words": 1}',
        '{"units": [], "words": {"m": 3}, "symbols": {}, "max_words": 1}',
    ],
)
def test_a_broken_cache_file_is_rebuilt_and_replaced(cache_home, built, content):
    path = units.lexicon_cache_path()
    path.parent.mkdir(parents=True)
    path.write_text(content)
    assert units._read_lexicon(path) is None
    assert units.lexicon.__wrapped__() == built
    assert units._read_lexicon(path) == built


def test_lexicons_of_other_sources_are_removed_when_one_is_stored(cache_home, built):
    path = units.lexicon_cache_path()
    stale = path.with_name("units-0123456789abcdef01234567.json")
    stale.parent.mkdir(parents=True)
    stale.write_text("{}")
    other = path.with_name("notes.txt")
    other.write_text("kept")
    units.lexicon.__wrapped__()
    assert path.exists() and not stale.exists() and other.exists()
    assert [p.name for p in path.parent.iterdir() if p.name.startswith(".")] == []  # no partial file left


def test_a_cache_folder_that_cannot_be_written_only_costs_the_build(tmp_path, monkeypatch, built):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert units.lexicon.__wrapped__() == built
    assert blocker.read_text() == "not a folder"

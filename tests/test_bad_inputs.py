"""Hostile and broken input: every input ends processed or skipped with a reason, and nothing hangs.

The bad corpus is tests/data/bad/ (small text files) plus what `_build_corpus` makes in a temporary folder
(binary data, other encodings, line endings, NUL bytes, a 50 MB file, symlinks, a FIFO). `EXPECTED` is the
table of every input unit (a file, or a JSONL line) and its outcome; a new bad input is a new row.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import time
from pathlib import Path

import pytest

from checker.cli import main
from checker.engine import load_rules
from checker.ingest import Limits, cut_article, decode, read_corpus, read_files
from checker.model import Document
from checker.pipeline import analyze

BAD = Path(__file__).parent / "data" / "bad"
HUGE_BYTES = 50 * 1024 * 1024

PROCESSED, NOTE, SKIPPED = "processed", "processed with a note", "skipped"

# unit (path relative to the corpus root; "file:line" for a JSONL line) → (outcome, words in the reason/note)
EXPECTED: dict[str, tuple[str, str]] = {
    "empty.md": (SKIPPED, "empty file (0 bytes)"),
    "binary.md": (SKIPPED, "binary file"),
    "image.md": (SKIPPED, "binary file: a PNG image"),
    "bom-then-garbage.md": (SKIPPED, "binary file: starts with a UTF-16-LE byte-order mark but is not UTF-16-LE text"),
    "utf16-bom.md": (NOTE, "decoded as UTF-16-LE (byte-order mark)"),
    "utf16le-no-bom.md": (NOTE, "decoded as UTF-16-LE (no byte-order mark"),
    "utf16be-no-bom.md": (NOTE, "decoded as UTF-16-BE (no byte-order mark"),
    "latin1.md": (NOTE, "decoded as cp1252"),
    "cp1252.md": (NOTE, "decoded as cp1252"),
    "mixed-endings.md": (PROCESSED, ""),
    "nul-bytes.md": (NOTE, "3 NUL bytes replaced by spaces"),
    "huge.md": (SKIPPED, f"file is {HUGE_BYTES:,} bytes, over the 20,000,000-byte limit (max_file_bytes"),
    "digits.md": (PROCESSED, ""),
    "broken-yaml.md": (SKIPPED, "front matter is not valid YAML"),
    "python-tag.md": (SKIPPED, "front matter is not valid YAML"),
    "wrong-types.md": (
        NOTE,
        "published 'yesterday' is not an ISO date (YYYY-MM-DD); relative dates in wrong-types stay unresolved",
    ),
    "unclosed-front-matter.md": (NOTE, "never closed; read as article text"),
    "list-front-matter.md": (NOTE, "front matter is a list, not fields; ignored"),
    "feed.jsonl:1": (PROCESSED, ""),
    "feed.jsonl:2": (SKIPPED, "line is not valid JSON"),
    "feed.jsonl:3": (PROCESSED, ""),
    "feed.jsonl:4": (SKIPPED, 'line has no non-empty "text" field'),
    "feed.jsonl:5": (SKIPPED, 'line has no non-empty "text" field'),
    "duplicate-ids.jsonl:1": (NOTE, "id 'story' is shared by 2 articles"),
    "duplicate-ids.jsonl:2": (NOTE, "id 'story' is shared by 2 articles"),
    "hostile.html": (PROCESSED, ""),
    "deep-nesting.html": (SKIPPED, "HTML with 50,002 unclosed tags (limit 20,000)"),
    "yaml-bomb.md": (NOTE, "source is a list, not text; the source is the file name (yaml-bomb)"),
    "outlet-a/harbour-copy.md": (NOTE, "not independent corroboration"),
    "outlet-b/harbour-copy.md": (NOTE, "not independent corroboration"),
    "sub/inner.md": (PROCESSED, ""),
    "sub/up": (SKIPPED, "symlink loop: this folder is"),
    "loop-a.md": (SKIPPED, "symlink loop"),
    "loop-b.md": (SKIPPED, "symlink loop"),
    "dangling.md": (SKIPPED, "broken symlink: its target nowhere.md does not exist"),
    "pipe.md": (SKIPPED, "not a regular file: a FIFO"),
    "zz-alias.md": (SKIPPED, "same file as"),
}
CP1252 = "The \u201cnew\u201d terminal cost \u20ac5 million \u2014 officials said."
IGNORED = {"notes.yaml", ".hidden.md"}
MIXED = (
    b"---\r\nsource: Line Wire\r\n---\r\n"  # CRLF, then CR and LF inside the article
    b"The quay is 120 metres long.\r\nIt has 14 berths.\rIt opened in 1998.\nEnd."
)


def _build_corpus(root: Path) -> Path:
    """tests/data/bad copied to `root`, plus the inputs that are big, binary or special files."""
    shutil.copytree(BAD, root)
    rng = random.Random(8)
    (root / "binary.md").write_bytes(rng.randbytes(4096))
    (root / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(300))
    (root / "bom-then-garbage.md").write_bytes(b"\xff\xfe\x00garbage")
    (root / "utf16-bom.md").write_bytes("---\nsource: Wide Wire\n---\nThe dock has 9 cranes.\n".encode("utf-16"))
    (root / "utf16le-no-bom.md").write_bytes("The dock has 10 tugs.\n".encode("utf-16-le"))
    (root / "utf16be-no-bom.md").write_bytes("The dock has 11 barges.\n".encode("utf-16-be"))
    (root / "latin1.md").write_bytes("Le caf\u00e9 du port a 12 tables.".encode("latin-1"))
    (root / "cp1252.md").write_bytes(CP1252.encode("cp1252"))
    (root / "mixed-endings.md").write_bytes(MIXED)
    (root / "deep-nesting.html").write_text("<html><body>" + "<blockquote>Quote 5 " * 50_000, encoding="utf-8")
    (root / "nul-bytes.md").write_bytes(b"The marina has 30\x00 moorings.\x00\x00 It is full.")
    with (root / "huge.md").open("wb") as handle:
        line = b"The ferry carried 120 passengers across the bay on a calm morning.\n"
        handle.write(line * (HUGE_BYTES // len(line)) + b"x" * (HUGE_BYTES % len(line)))
    os.symlink("loop-b.md", root / "loop-a.md")
    os.symlink("loop-a.md", root / "loop-b.md")
    os.symlink("nowhere.md", root / "dangling.md")
    os.symlink("..", root / "sub" / "up")
    os.symlink("mixed-endings.md", root / "zz-alias.md")
    os.mkfifo(root / "pipe.md")
    (root / ".hidden.md").write_text("A draft with 5 errors.", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def corpus_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build_corpus(tmp_path_factory.mktemp("bad") / "corpus")


def _unit(path: str, root: Path) -> str:
    """An input's key in EXPECTED: its path under `root`, with ":line" kept for a JSONL line."""
    file, _, line = path.rpartition(":") if re.search(r"\.jsonl:\d+$", path) else (path, "", "")
    relative = Path(file).relative_to(root).as_posix()
    return f"{relative}:{line}" if line else relative


@pytest.fixture(scope="module")
def outcome(corpus_root: Path) -> dict[str, object]:
    started = time.perf_counter()
    corpus = read_corpus([corpus_root])
    return {
        "corpus": corpus,
        "seconds": time.perf_counter() - started,
        "documents": {_unit(d.path, corpus_root): d for d in corpus.documents},
        "skipped": [(_unit(s.path, corpus_root), s.reason) for s in corpus.skipped],
        "notes": [(_unit(s.path, corpus_root), s.reason) for s in corpus.notes],
    }


@pytest.mark.parametrize(("unit", "expected"), sorted(EXPECTED.items()), ids=sorted(EXPECTED))
def test_bad_corpus_outcome(outcome: dict, unit: str, expected: tuple[str, str]) -> None:
    kind, words = expected
    skipped = [reason for u, reason in outcome["skipped"] if u == unit]
    notes = [reason for u, reason in outcome["notes"] if u == unit]
    if kind == SKIPPED:
        assert unit not in outcome["documents"]
        assert len(skipped) == 1 and words in skipped[0], skipped
    else:
        assert unit in outcome["documents"] and not skipped, skipped
        if kind == NOTE:
            assert any(words in note for note in notes), notes
        else:
            assert not notes, notes


def test_every_input_is_processed_or_skipped_exactly_once(outcome: dict, corpus_root: Path) -> None:
    corpus = outcome["corpus"]
    units = [*outcome["documents"], *(u for u, _ in outcome["skipped"])]
    assert len(units) == len(set(units))  # nothing in two places
    assert sorted(units) == sorted(EXPECTED)  # nothing lost, nothing invented
    assert len(corpus.documents) + len(corpus.skipped) == len(EXPECTED)
    assert {Path(p).relative_to(corpus_root).as_posix() for p in corpus.ignored} == IGNORED
    assert outcome["seconds"] < 10  # the FIFO was not opened, the loops not followed, the 50 MB not read


def test_decoded_texts(outcome: dict) -> None:
    documents = outcome["documents"]
    assert (documents["utf16-bom.md"].text, documents["utf16-bom.md"].source) == ("The dock has 9 cranes.", "Wide Wire")
    assert documents["utf16le-no-bom.md"].text == "The dock has 10 tugs."
    assert documents["utf16be-no-bom.md"].text == "The dock has 11 barges."
    assert documents["latin1.md"].text == "Le caf\u00e9 du port a 12 tables."
    assert documents["cp1252.md"].text == CP1252
    assert documents["nul-bytes.md"].text == "The marina has 30  moorings.   It is full."
    assert "\r" not in documents["mixed-endings.md"].text
    assert documents["wrong-types.md"].source == "wrong-types" and documents["wrong-types.md"].published is None
    assert documents["wrong-types.md"].title == ""
    assert documents["unclosed-front-matter.md"].text.startswith("---\nsource: Harbour Wire")


def test_duplicate_ids_are_made_distinct(outcome: dict) -> None:
    ids = [d.doc for d in outcome["corpus"].documents]
    assert len(ids) == len(set(ids))
    first, second = outcome["documents"]["duplicate-ids.jsonl:1"], outcome["documents"]["duplicate-ids.jsonl:2"]
    assert first.doc.endswith("duplicate-ids:1") and second.doc.endswith("duplicate-ids:2")
    copies = outcome["documents"]["outlet-a/harbour-copy.md"], outcome["documents"]["outlet-b/harbour-copy.md"]
    assert copies[0].doc.endswith("outlet-a/harbour-copy") and copies[1].doc.endswith("outlet-b/harbour-copy")


def test_identical_texts_under_two_outlets_are_both_read_and_named(outcome: dict) -> None:
    a, b = outcome["documents"]["outlet-a/harbour-copy.md"], outcome["documents"]["outlet-b/harbour-copy.md"]
    assert a.text == b.text and {a.source, b.source} == {"Harbour Wire", "Daily Ledger"}
    (note,) = [n for u, n in outcome["notes"] if u == "outlet-a/harbour-copy.md" and "same text" in n]
    assert f"same text as {b.doc} (Daily Ledger)" in note


def test_copies_of_one_text_are_one_source_for_support(outcome: dict) -> None:
    """Two outlets printing the same article do not corroborate each other: the length fact stays single-source
    and is listed to verify; a third outlet that writes its own sentence makes it corroborated."""
    a, b = outcome["documents"]["outlet-a/harbour-copy.md"], outcome["documents"]["outlet-b/harbour-copy.md"]
    assert (a.echo_of, b.echo_of) == ("Daily Ledger", "") or (a.echo_of, b.echo_of) == ("", "Harbour Wire")
    copies = [a, b]
    analysis = analyze(copies, load_rules(), workers=1)
    (length,) = [f for f in analysis.facts if f.claims[0].mention.text == "450 metres"]
    assert length.sources == ("Daily Ledger", "Harbour Wire") and length.status == "single-source"
    assert any(f.rule == "CC301" and f.fact_key == length.key for f in analysis.findings)
    third = Document(
        doc="own",
        source="Meridian",
        text="The breakwater, 450 metres long, opened today.",
        path="own.md",
        published=a.published,
    )
    analysis = analyze([*copies, third], load_rules(), workers=1)
    (length,) = [f for f in analysis.facts if any(c.mention.text.startswith("450 metres") for c in f.claims)]
    assert length.status == "corroborated"


def test_html_scripts_iframes_and_unclosed_tags(outcome: dict) -> None:
    page = outcome["documents"]["hostile.html"]
    assert page.source == "Meridian News" and page.title == "Harbour dredging starts"
    for kept in (
        "40,000 tonnes of silt",
        "June and runs for 18 months",
        "Unclosed paragraph with 7 cranes",
        "An orphan item about 3 tugs",
        "A nested block with 12 divers",
    ):
        assert kept in page.text
    for dropped in ("alert", "31337", "424242", "777", "999", "888", "555", "owned", "Subscribe", "javascript"):
        assert dropped not in page.text


def test_mixed_line_endings_keep_file_positions(tmp_path: Path) -> None:
    """CRLF, CR and LF are one line break each, and every span still points at the same text in the file."""
    from checker.engine import load_rules
    from checker.pipeline import analyze
    from checker.report.records import Locator

    path = tmp_path / "mixed.md"
    path.write_bytes(MIXED)
    (document,) = read_corpus([path]).documents
    raw = MIXED.decode("utf-8")
    lines = re.split(r"\r\n|\r|\n", raw)
    assert document.text_line == 4 and raw[document.text_offset :].startswith("The quay")
    analysis = analyze([document], load_rules(), workers=1)
    quotes = {c.mention.text for c in analysis.claims}
    assert {"120 metres", "14", "1998"} <= {q.split(" berths")[0] for q in quotes}
    locator = Locator([document])
    for claim in analysis.claims:
        span = locator.span(claim)
        assert raw[span.char_offset : span.char_offset + span.char_length] == claim.mention.text
        assert lines[span.start_line - 1][span.start_column - 1 : span.end_column - 1] == claim.mention.text


@pytest.mark.parametrize("separator", ["", ",", ".", "-", " "], ids=["run", "commas", "dots", "dashes", "spaces"])
def test_a_2000_character_sentence_of_digits_is_fast(separator: str) -> None:
    from checker.claims import build_claims
    from checker.extract import extract

    digits = separator.join("123" for _ in range(700))[:2000]
    document = Document(
        doc="digits", source="Serial Gazette", text=f"The serial is {digits} for 120 boats.", path="digits.md"
    )
    extract(Document(doc="warm", source="W", text="Warm up: 5 boats.", path="warm.md"))
    started = time.perf_counter()
    claims = build_claims(document, extract(document))
    assert time.perf_counter() - started < 3.0
    assert all(0 <= c.mention.start < c.mention.end <= len(document.text) for c in claims)


@pytest.mark.parametrize("unit", ["7-", "7, ", "12 people, "], ids=["dashes", "commas", "counts"])
def test_work_grows_linearly_with_a_hostile_article(unit: str) -> None:
    """A run of figures with no sentence end (a flattened table, 60,000 characters) is cut into bounded pieces:
    it costs seconds, not the hours a quadratic scan would take (the 2,000-character case took ~8 s before)."""
    from checker.pipeline import analyze_document
    from checker.text import split_sentences

    text = unit * (60_000 // len(unit))
    document = Document(doc="table", source="Serial Gazette", text=text, path="table.md")
    started = time.perf_counter()
    _, claims, _, _ = analyze_document(document)
    assert time.perf_counter() - started < 30.0
    assert max(s.end - s.start for s in split_sentences(text)) <= 2000
    assert len(claims) > 1000


def test_the_digits_article_is_processed(outcome: dict) -> None:
    assert len(outcome["documents"]["digits.md"].text) > 2000


def test_huge_file_is_skipped_unread_and_the_limit_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "big.md"
    path.write_text("The ferry carried 120 passengers. " * 20, encoding="utf-8")
    size = path.stat().st_size
    (skipped,) = read_corpus([path], Limits(max_file_bytes=size - 1)).skipped
    assert skipped.reason.startswith(f"file is {size:,} bytes, over the {size - 1:,}-byte limit")
    assert "--max-file-bytes" in skipped.reason
    assert read_corpus([path], Limits(max_file_bytes=size)).documents


def test_long_article_is_cut_at_a_sentence_with_a_note(tmp_path: Path) -> None:
    sentence = "The ferry carried 120 passengers across the bay. "
    text = (sentence * (1_234_567 // len(sentence) + 1))[:1_234_567]
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    corpus = read_corpus([path])
    (document,) = corpus.documents
    assert 990_000 <= len(document.text) <= 1_000_000 and document.text.endswith("bay.")
    (note,) = corpus.notes
    assert f"article cut at {len(document.text):,} characters of 1,234,567 (max_article_chars 1,000,000)" in note.reason


@pytest.mark.parametrize(
    ("text", "limit", "kept"),
    [
        ("One. Two. Three.", 100, "One. Two. Three."),
        ("First paragraph here.\n\nSecond one is long enough to cut", 40, "First paragraph here."),
        ("Alpha beta. Gamma delta epsilon", 20, "Alpha beta."),
        ("word " * 10, 23, "word word word word"),
        ("x" * 50, 20, "x" * 20),
    ],
)
def test_cut_article_boundaries(text: str, limit: int, kept: str) -> None:
    cut, note = cut_article(text, limit)
    assert cut == kept and len(cut) <= limit
    assert bool(note) == (len(text) > limit)


@pytest.mark.parametrize(
    ("data", "text", "note"),
    [
        (b"Plain 5.", "Plain 5.", ""),
        (b"\xef\xbb\xbfBOM 5.", "BOM 5.", ""),
        ("Caf\u00e9 \u201c5\u201d".encode("utf-8") + b"\xff", "Caf\u00e9 \u201c5\u201d\ufffd", "replaced by"),
        (b"A\r\nB\rC\nD", "A \nB\nC\nD", ""),
        ("\u00e9t\u00e9 5\n".encode("utf-32"), "\u00e9t\u00e9 5\n", "UTF-32"),
        (b"\x81\x8d caf\xe9", "\x81\x8d caf\u00e9", "decoded as Latin-1"),
    ],
)
def test_decode(data: bytes, text: str, note: str) -> None:
    decoded, said = decode(data)
    assert decoded == text and (note in said if note else said == "")


def test_read_errors_are_skipped_with_the_reason(tmp_path: Path) -> None:
    """A file that disappears between discovery and reading (here: a dangling symlink read directly)."""
    os.symlink("gone.md", tmp_path / "vanished.md")
    corpus = read_files([tmp_path / "vanished.md"])
    assert not corpus.documents
    assert corpus.skipped[0].reason == "cannot read: No such file or directory"


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="runs as root, which reads files whatever their permissions (chmod 000 is no barrier); "
    "read errors are covered by test_read_errors_are_skipped_with_the_reason",
)
def test_unreadable_permissions(tmp_path: Path) -> None:
    path = tmp_path / "locked.md"
    path.write_text("The ferry carried 120 passengers.", encoding="utf-8")
    path.chmod(0)
    try:
        (skipped,) = read_corpus([tmp_path]).skipped
    finally:
        path.chmod(0o644)
    assert skipped.reason == "cannot read: Permission denied"


def test_special_paths_given_on_the_command_line(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "feed.jsonl")
    corpus = read_corpus([tmp_path / "feed.jsonl", "/dev/zero", tmp_path / "missing.md", tmp_path / "notes.yaml"])
    reasons = [s.reason for s in corpus.skipped]
    assert reasons == [
        "not a regular file: a FIFO (named pipe)",
        "not a regular file: a character device",
        "no such file or folder",
        "no such file or folder",
    ]


def test_same_file_given_twice_is_read_once(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("The ferry carried 120 passengers.", encoding="utf-8")
    corpus = read_corpus([tmp_path, path])
    assert len(corpus.documents) == 1 and corpus.skipped[0].reason == f"same file as {path} (read once)"


def test_jsonl_line_separators_inside_strings_do_not_split_records(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    record = {"id": "a", "text": "First line\u2028second line with 5 boats\u0085 and more."}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    corpus = read_corpus([path])
    assert [d.doc for d in corpus.documents] == ["a"] and not corpus.skipped


def test_deeply_nested_jsonl_line_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text("[" * 200_000 + "\n" + json.dumps({"text": "Fine: 5 boats."}) + "\n", encoding="utf-8")
    corpus = read_corpus([path])
    assert len(corpus.documents) == 1 and corpus.skipped[0].path.endswith("feed.jsonl:1")


# ── the whole run, through the command line ────────────────────────────────────────────────────────────────


def _check(args: list[str], out: Path) -> int:
    return main(
        ["check", *args, "--out", str(out), "--no-history", "--no-quality", "--workers", "1", "--format", "html,json"]
    )


def test_cli_run_accounts_for_every_input(corpus_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    """stderr, the HTML report's skipped section and findings.json name every input not processed."""
    code = _check([str(corpus_root), "--fail-on", "never"], tmp_path / "out")
    err = capsys.readouterr().err
    assert code == 0
    data = json.loads((tmp_path / "out" / "findings.json").read_text(encoding="utf-8"))
    units = [_unit(d["path"], corpus_root) for d in data["documents"]] + [
        _unit(s["path"], corpus_root) for s in data["skipped"]
    ]
    assert sorted(units) == sorted(EXPECTED)
    html = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    for unit, (kind, _) in EXPECTED.items():
        if kind == SKIPPED:
            path = f"{corpus_root}/{unit}"
            assert f"crosscheck: skipped {path}: " in err
            assert path in html
    assert "decoded as cp1252" in err and "not independent corroboration" in err


def test_skipped_files_do_not_fail_the_run(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "good.md").write_text(
        "---\nsource: Harbour Wire\n---\nThe ferry carried 120 passengers.\n", encoding="utf-8"
    )
    (tmp_path / "empty.md").write_bytes(b"")
    shutil.copy(BAD / "broken-yaml.md", tmp_path)
    (tmp_path / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert _check([str(tmp_path)], tmp_path / "out") == 0  # default --fail-on error
    assert capsys.readouterr().err.count("crosscheck: skipped ") == 3


def test_cli_without_readable_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "empty.md").write_bytes(b"")
    assert _check([str(tmp_path / "empty.md")], tmp_path / "out") == 2
    assert "no readable articles" in capsys.readouterr().err


def test_cli_limits_from_flags_and_config(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "short.md").write_text("The ferry carried 120 passengers.", encoding="utf-8")
    (articles / "long.md").write_text("The quay is 300 metres long. " * 40, encoding="utf-8")
    size = (articles / "long.md").stat().st_size

    assert _check([str(articles), "--max-file-bytes", str(size - 1)], tmp_path / "a") == 0
    assert (
        f"skipped {articles / 'long.md'}: file is {size:,} bytes, over the {size - 1:,}-byte limit"
        in capsys.readouterr().err
    )

    assert _check([str(articles), "--max-article-chars", "100"], tmp_path / "b") == 0
    assert "article cut at 86 characters of" in capsys.readouterr().err

    config = tmp_path / "crosscheck.toml"
    config.write_text(f"max_file_bytes = {size - 1}\nmax-article-chars = 100\n", encoding="utf-8")
    assert _check([str(articles), "--config", str(config)], tmp_path / "c") == 0
    err = capsys.readouterr().err
    assert "over the" in err and "article cut at" not in err  # long.md skipped, so nothing left to cut
    assert _check([str(articles), "--config", str(config), "--max-file-bytes", str(size)], tmp_path / "d") == 0
    assert "article cut at 86 characters" in capsys.readouterr().err  # the flag overrides the config

    config.write_text("max_file_bytes = 0\n", encoding="utf-8")
    assert _check([str(articles), "--config", str(config)], tmp_path / "e") == 2
    assert "max_file_bytes = 0" in capsys.readouterr().err
    config.write_text('max_article_chars = "big"\n', encoding="utf-8")
    assert _check([str(articles), "--config", str(config)], tmp_path / "f") == 2
    err = capsys.readouterr().err
    assert "'max_article_chars'" in err and "must be int" in err


def test_folder_tree_deeper_than_the_recursion_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    depth = 1_200
    monkeypatch.chdir(tmp_path)
    try:
        for _ in range(depth):  # one level at a time: short relative paths for the OS calls
            os.mkdir("d")
            os.chdir("d")
        Path("deep.md").write_text("The deepest article counts 5 boats.", encoding="utf-8")
        corpus = read_corpus([tmp_path])
        assert [d.text for d in corpus.documents] == ["The deepest article counts 5 boats."] and not corpus.skipped
    finally:  # remove the tree here: pytest's own clean-up of old temporary folders recurses per level
        os.chdir(tmp_path)
        levels = 0
        while os.path.isdir("d"):
            os.chdir("d")
            levels += 1
        if os.path.exists("deep.md"):
            os.remove("deep.md")
        for _ in range(levels):
            os.chdir("..")
            os.rmdir("d")


def test_lone_surrogate_escapes_in_jsonl_become_replacement_characters(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        '{"id": "\\udfff", "text": "\\ud800 Trade rose 13%.", "source": "\\udfff"}\n', encoding="utf-8"
    )
    corpus = read_corpus([tmp_path])
    (document,) = corpus.documents
    assert (document.doc, document.text, document.source) == ("\ufffd", "\ufffd Trade rose 13%.", "\ufffd")
    assert "2 lone surrogate code point(s)" in corpus.notes[0].reason  # text and source; the id is a name


def test_file_name_that_is_not_utf8_reaches_every_writer(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    with open(os.fsencode(folder) + b"/caf\xe9.md", "wb") as handle:
        handle.write(b"---\nsource: Harbour Wire\n---\nThe ferry carried 120 passengers.\n")
    with open(os.fsencode(folder) + b"/bad\xff.md", "wb") as handle:
        handle.write(b"")
    (document,) = read_corpus([folder]).documents
    assert document.doc == "caf\\xe9" and document.path.endswith("caf\\xe9.md")
    out = tmp_path / "out"
    assert (
        main(
            [
                "check",
                str(folder),
                "--out",
                str(out),
                "--no-history",
                "--no-quality",
                "--workers",
                "1",
                "--format",
                "html,csv,json",
            ]
        )
        == 0
    )
    data = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    assert [d["doc"] for d in data["documents"]] == ["caf\\xe9"]
    assert data["skipped"][0]["path"].endswith("bad\\xff.md")


def test_terminal_escapes_in_a_file_name_never_reach_the_terminal(tmp_path: Path, capsys) -> None:
    from checker.cli import main

    hostile = tmp_path / "\x1b]0;pwned\x07title.md"
    hostile.write_text("", encoding="utf-8")  # empty: skipped, and named on stderr
    (tmp_path / "ok.md").write_text("---\nsource: Wire\n---\nThe quay is 120 metres long.\n", encoding="utf-8")
    main(["check", str(tmp_path), "--out", str(tmp_path / "out"), "--no-history", "--fail-on", "never"])
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert "\\x1b]0;pwned\\x07title.md" in err

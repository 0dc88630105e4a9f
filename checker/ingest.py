"""Read article files and folders into Documents; every input that cannot be read becomes a Skipped.

Formats: `.md`/`.txt` with optional YAML front matter, `.html`/`.htm` (text from a real HTML parser),
`.jsonl` (one article per line). Nothing is dropped silently: every article file (and every JSONL line)
ends as a Document or as a Skipped with the reason; what was read but partly repaired or ignored (another
encoding, NUL bytes, a cut article, bad front-matter fields, shared ids, identical texts) is a note. Files of
other types inside a folder, and hidden files and folders (".git", not entered), are listed as ignored.

Hostile input is bounded: files over `Limits.max_file_bytes` are never read, articles over
`Limits.max_article_chars` are cut at a paragraph or sentence boundary, symlink loops and FIFOs are named
instead of followed or opened. The plain UTF-8 path costs one NUL scan and one decode per file.
"""

from __future__ import annotations

import errno
import hashlib
import json
import multiprocessing
import os
import re
import stat
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from checker.model import Document, Skipped

TEXT_SUFFIXES = frozenset({".md", ".markdown", ".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
FRONT_MATTER_KEYS = frozenset({"source", "published", "title", "url", "id", "story"})
STORIES = ("none", "folder")  # where an article's story comes from when its front matter names none
MAX_BYTES = 20_000_000  # default largest file read (bytes)
MAX_ARTICLE_CHARS = 1_000_000  # default longest article text kept (characters)
NOTE = "note: "  # a Skipped whose reason starts so is a note: the input was read, something in it was not


@dataclass(frozen=True, slots=True)
class Limits:
    """How much of one input ingest reads, so that one giant file cannot exhaust memory or time."""

    max_file_bytes: int = MAX_BYTES  # larger files are skipped unread
    max_article_chars: int = MAX_ARTICLE_CHARS  # longer article texts are cut near this length


class _Unreadable(Exception):
    """A file (or JSONL line) that cannot become a Document; the message is the reason."""


@dataclass(frozen=True, slots=True)
class Corpus:
    """What ingest produced: the documents, the skipped inputs, notes on partial problems."""

    documents: tuple[Document, ...]
    skipped: tuple[Skipped, ...] = ()
    notes: tuple[Skipped, ...] = ()  # the file was read, but something in it was repaired or ignored
    ignored: tuple[str, ...] = field(default_factory=tuple)  # files in folders that are not articles


# ── discovery ──────────────────────────────────────────────────────────────────────────────────────────────


@dataclass(slots=True)
class _Found:
    """Discovery's accumulator: article files, inputs that are not readable files, other files."""

    files: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    seen_files: dict[tuple[int, int], str] = field(default_factory=dict)  # (device, inode) → first path
    seen_dirs: dict[tuple[int, int], str] = field(default_factory=dict)


_SPECIAL_FILES = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def _stat(path: Path) -> os.stat_result | str:
    """The path's status after following symlinks, or why it has none (loop, broken link, no access)."""
    try:
        return path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symlink loop (too many levels of symbolic links)"
        if path.is_symlink():
            try:
                target = os.readlink(path)
            except OSError:
                target = "?"
            return f"broken symlink: its target {target} does not exist"
        if isinstance(exc, FileNotFoundError):
            return "no such file or folder"
        return f"cannot read: {exc.strerror or exc}"


def _special_kind(mode: int) -> str:
    return next((name for test, name in _SPECIAL_FILES if test(mode)), "not a regular file")


def _add_file(found: _Found, path: Path, status: os.stat_result, explicit: bool) -> None:
    """An article file joins `files` once; a second path to the same file is skipped with the first's name."""
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        if explicit:
            found.skipped.append(
                Skipped(
                    str(path), f"unsupported file type {path.suffix or '(none)'!r}; expected .md, .txt, .html or .jsonl"
                )
            )
        else:
            found.ignored.append(str(path))
        return
    key = (status.st_dev, status.st_ino)
    first = found.seen_files.get(key)
    if first is not None:
        found.skipped.append(Skipped(str(path), f"same file as {first} (read once)"))
        return
    found.seen_files[key] = str(path)
    found.files.append(path)


def _list(found: _Found, folder: Path) -> list[str] | None:
    """A folder's entry names, sorted; None (and the folder skipped with the reason) when it cannot be listed."""
    try:
        with os.scandir(folder) as entries:
            return sorted(entry.name for entry in entries)
    except OSError as exc:
        found.skipped.append(Skipped(str(folder), f"cannot read folder: {exc.strerror or exc}"))
        return None


def _walk(found: _Found, top: Path, top_status: os.stat_result) -> None:
    """Add a folder's articles depth first in sorted order, following symlinked folders unless they loop back.

    Iterative, so a folder tree deeper than Python's recursion limit is read, not a crash.
    """
    stack: list[tuple[Path, Iterator[str], tuple[tuple[int, int], ...]]] = []

    def enter(folder: Path, status: os.stat_result, ancestors: tuple[tuple[int, int], ...]) -> None:
        key = (status.st_dev, status.st_ino)
        if key in ancestors:
            found.skipped.append(Skipped(str(folder), f"symlink loop: this folder is {found.seen_dirs[key]} again"))
            return
        if key in found.seen_dirs:
            found.skipped.append(Skipped(str(folder), f"same folder as {found.seen_dirs[key]} (read once)"))
            return
        found.seen_dirs[key] = str(folder)
        names = _list(found, folder)
        if names is not None:
            stack.append((folder, iter(names), (*ancestors, key)))

    enter(top, top_status, ())
    while stack:
        folder, names, ancestors = stack[-1]
        name = next(names, None)
        if name is None:
            stack.pop()
            continue
        path = folder / name
        if name.startswith("."):  # .git, .DS_Store, editor drafts: named, never read or entered
            found.ignored.append(str(path))
            continue
        status = _stat(path)
        if isinstance(status, str):
            found.skipped.append(Skipped(str(path), status))
        elif stat.S_ISDIR(status.st_mode):
            enter(path, status, ancestors)
        elif stat.S_ISREG(status.st_mode):
            _add_file(found, path, status, explicit=False)
        else:
            found.skipped.append(Skipped(str(path), f"not a regular file: {_special_kind(status.st_mode)}"))


def discover(paths: Iterable[str | Path]) -> tuple[list[Path], list[Skipped], list[str]]:
    """Expand folders (recursively, sorted) into article files; every other input is skipped with a reason.

    Returns (article files, skipped inputs, ignored non-article files in folders). Symlinks are followed,
    but a link back into a folder being read, a broken link, a FIFO or a device is skipped, never opened.
    """
    found = _Found()
    for raw in paths:
        path = Path(raw)
        status = _stat(path)
        if isinstance(status, str):
            found.skipped.append(Skipped(str(path), status))
        elif stat.S_ISDIR(status.st_mode):
            _walk(found, path, status)
        elif stat.S_ISREG(status.st_mode):
            _add_file(found, path, status, explicit=True)
        else:
            found.skipped.append(Skipped(str(path), f"not a regular file: {_special_kind(status.st_mode)}"))
    return found.files, found.skipped, found.ignored


# ── reading ────────────────────────────────────────────────────────────────────────────────────────────────


def read_corpus(
    paths: Iterable[str | Path],
    limits: Limits | None = None,
    stories: str = "none",
    workers: int = 1,
    meanwhile: Callable[[], object] | None = None,
) -> Corpus:
    """Read every article under `paths` into Documents with unique ids.

    `stories`: "none" (only a `story` field of the article names its story; articles without one form a
    single story) or "folder" (an article without a `story` field belongs to the story of its folder).
    `workers` > 1 reads the files of a large corpus in that many forked processes (same Corpus, same order);
    `meanwhile` is work of the caller's own that this process does while they read (it is called once, in
    any case, before read_corpus returns)."""
    if stories not in STORIES:
        raise ValueError(f"stories must be one of {', '.join(STORIES)}, not {stories!r}")
    files, skipped, ignored = discover(paths)
    corpus = read_files(files, limits, folder_stories(files) if stories == "folder" else None, workers, meanwhile)
    return Corpus(
        corpus.documents,
        tuple(_safe_skipped([*skipped, *corpus.skipped])),
        corpus.notes,
        tuple(printable(p) for p in ignored),
    )


def with_default_published(corpus: Corpus, day: date) -> tuple[Corpus, int]:
    """The corpus with `day` as the publication date of every article that gives none (a plain-text file, a page
    without its date), so that their relative dates ("last year", "on Thursday") resolve; an article's own date
    always wins. Returns the corpus and how many articles took `day` (their content hash, the cache key, changes
    with it)."""
    documents, taken = [], 0
    for document in corpus.documents:
        if document.published is None:
            document = replace(document, published=day)
            document = replace(document, content_hash=_document_hash(document))
            taken += 1
        documents.append(document)
    return (replace(corpus, documents=tuple(documents)) if taken else corpus), taken


def folder_stories(files: Iterable[Path]) -> dict[Path, str]:
    """The story of each file when stories are folders: its folder, named by the shortest tail of its resolved
    path that no other folder of the run shares — "s0042-lima", or "2024-05/inbox" and "2024-06/inbox" when two
    inboxes are read — so the name (and the fact keys and fingerprints that carry it) does not depend on how the
    input paths were written."""
    resolved: dict[Path, Path] = {}  # a folder holds many files: resolve each folder once
    folder_of = {
        file: resolved.get(file.parent) or resolved.setdefault(file.parent, file.parent.resolve()) for file in files
    }
    pending = set(folder_of.values())
    everything = list(pending)
    names: dict[Path, str] = {}
    depth = 1
    while pending:
        tails = Counter(folder.parts[-depth:] for folder in everything)
        for folder in list(pending):
            tail = folder.parts[-depth:]
            if tails[tail] == 1 or depth >= len(folder.parts):
                names[folder] = unicodedata.normalize("NFC", "/".join(p.strip("/") for p in tail) or "/")
                pending.discard(folder)
        depth += 1
    return {file: names[folder] for file, folder in folder_of.items()}


def _document_hash(document: Document) -> str:
    """The content hash of a document: its text and every field that changes its claims (the run database's
    cache key): source, publication date, title (its names help read subjects), echo and story."""
    meta: dict[str, object] = {"source": document.source, "published": document.published}
    if document.title:
        meta["title"] = document.title
    if document.echo_of:
        meta["echo_of"] = document.echo_of
    if document.story:
        meta["story"] = document.story
    return _content_hash(document.text, meta)


# below this many files a pool of readers costs more than it saves
MIN_FILES_PER_READER = 500


def read_files(
    files: Iterable[Path],
    limits: Limits | None = None,
    stories: dict[Path, str] | None = None,
    workers: int = 1,
    meanwhile: Callable[[], object] | None = None,
) -> Corpus:
    """Read article files (no folders) into Documents: each file gives documents or one Skipped. `stories`
    gives the story of the articles of a file whose own fields name none; `workers` > 1 reads many files in
    forked processes, in the same order, while this one calls `meanwhile` (see read_corpus)."""
    limits = limits or Limits()
    jobs = [(path, limits, stories.get(path, "") if stories else "") for path in files]
    documents: list[Document] = []
    skipped: list[Skipped] = []
    notes: list[Skipped] = []
    for items, unreadable in _map_files(jobs, workers, meanwhile):
        for item in items:
            if isinstance(item, Document):
                documents.append(item)
            else:
                (notes if item.reason.startswith(NOTE) else skipped).append(item)
        if unreadable is not None:
            skipped.append(unreadable)
    documents, id_notes = _unique_ids(documents)
    notes.extend(id_notes)
    notes.extend(identical_texts(documents))
    documents = mark_echoes(documents)
    documents = [
        d
        if d.path.isascii() and d.doc.isascii() and d.story.isascii()
        else replace(d, doc=printable(d.doc), path=printable(d.path), story=printable(d.story))
        for d in documents
    ]
    return Corpus(tuple(documents), tuple(_safe_skipped(skipped)), tuple(_safe_skipped(notes)))


FileItems = tuple[list[Document | Skipped], Skipped | None]


def _file_items(job: tuple[Path, Limits, str]) -> FileItems:
    """What one file gives (its documents and notes), and why it could not be read further, if it could not."""
    path, limits, story = job
    items: list[Document | Skipped] = []
    try:
        items.extend(_read_file(path, limits, story))
    except _Unreadable as exc:
        return items, Skipped(str(path), str(exc))
    return items, None


def _map_files(
    jobs: list[tuple[Path, Limits, str]], workers: int, meanwhile: Callable[[], object] | None = None
) -> Iterable[FileItems]:
    readers = max(1, min(workers, len(jobs) // MIN_FILES_PER_READER))
    if readers == 1 or "fork" not in multiprocessing.get_all_start_methods():
        if meanwhile is not None:
            meanwhile()
        return map(_file_items, jobs)
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=readers, mp_context=multiprocessing.get_context("fork")) as pool:
        # every job submitted, the readers forked; chunks big enough that the pool's feeder thread, which waits
        # for this thread's GIL while `meanwhile` runs, keeps them busy
        chunk = max(64, -(-len(jobs) // (readers * 4)))
        results = pool.map(_file_items, jobs, chunksize=chunk)
        if meanwhile is not None:
            meanwhile()  # no fork happens while it runs: it may import and start threads
        return list(results)


def printable(name: str) -> str:
    """A path or id as every UTF-8 writer can take it: bytes of a file name that are not UTF-8 (which Python
    keeps as surrogate escapes) shown as \\xNN, any other lone surrogate as U+FFFD."""
    if name.isascii():
        return name
    return _SURROGATE.sub(
        lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}" if "\udc80" <= m.group() <= "\udcff" else "\ufffd", name
    )


def _safe_skipped(items: Iterable[Skipped]) -> Iterator[Skipped]:
    for item in items:
        yield (
            item
            if item.path.isascii() and item.reason.isascii()
            else Skipped(printable(item.path), printable(item.reason))
        )


def _read_file(path: Path, limits: Limits, story: str = "") -> Iterator[Document | Skipped]:
    """The documents (and notes) of one file; `story` is the story of those whose own fields name none."""
    text, note = decode(_read_bytes(path, limits.max_file_bytes))
    if note:
        yield Skipped(str(path), NOTE + note)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, text, limits, story)
    elif suffix in HTML_SUFFIXES:
        yield from _read_html(path, text, limits, story)
    else:
        yield from _read_text(path, text, limits, story)


def _read_bytes(path: Path, limit: int) -> bytes:
    """The file's bytes, never more than `limit` of them (checked before reading and while reading)."""
    too_big = (
        "file is {size:,} bytes, over the {limit:,}-byte limit "
        "(max_file_bytes; raise it with --max-file-bytes or in the config)"
    )
    try:
        size = path.stat().st_size
        if size > limit:
            raise _Unreadable(too_big.format(size=size, limit=limit))
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise _Unreadable(f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > limit:  # the file grew after stat, or stat does not know its size
        raise _Unreadable(too_big.format(size=len(data), limit=limit).replace("is ", "is more than ", 1))
    if not data:
        raise _Unreadable("empty file (0 bytes)")
    return data


# ── decoding ───────────────────────────────────────────────────────────────────────────────────────────────

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a RIFF media file"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_CONTROL = bytes([*range(0x01, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])  # not \t\n\v\f\r, ESC
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL)
_UTF32_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"))
_UTF16_BOMS = ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_SAMPLE = 65_536


def decode(data: bytes) -> tuple[str, str]:
    """File bytes → (text, note): UTF-8 (the fast path, note ""), else UTF-16/32 by BOM or NUL pattern,
    else cp1252/Latin-1, with NUL bytes turned into spaces; binary data raises _Unreadable.

    Line breaks are normalized without changing any offset: CRLF → " \\n", a lone CR → "\\n".
    """
    bom = _decode_bom(data)
    if bom is not None:
        return _newlines(bom[0]), bom[1]
    if b"\x00" not in data:
        try:
            return _newlines(data.decode("utf-8-sig")), ""
        except UnicodeDecodeError as exc:
            _reject_binary(data)
            text, note = _decode_legacy(data, exc)
            return _newlines(text), note
    wide = _decode_utf16_by_pattern(data)
    if wide is not None:
        return _newlines(wide[0]), wide[1]
    _reject_binary(data)
    nuls = data.count(0)
    text, note = decode(data.replace(b"\x00", b" "))
    what = f"{nuls:,} NUL byte{'s' if nuls != 1 else ''} replaced by spaces"
    return text, f"{note}; {what}" if note else what


def _decode_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-32/UTF-16 text that starts with a byte-order mark, or None."""
    for boms in (_UTF32_BOMS, _UTF16_BOMS):
        for bom, codec in boms:
            if data.startswith(bom):
                name = codec.upper()
                try:
                    text = data[len(bom) :].decode(codec)
                except UnicodeDecodeError as exc:
                    raise _Unreadable(
                        f"binary file: starts with a {name} byte-order mark but is not valid "
                        f"{name} (byte {exc.start + len(bom)})"
                    ) from exc
                if not _plausible_text(text):
                    raise _Unreadable(f"binary file: starts with a {name} byte-order mark but is not {name} text")
                return text, f"decoded as {name} (byte-order mark)"
    return None


def _plausible_text(text: str) -> bool:
    """Whether text decoded from a wide encoding reads as text: it has spaces or line breaks, and (almost) no
    unassigned, private-use or control characters, which bytes of another kind decode to."""
    import unicodedata

    sample = text[:_SAMPLE]
    if not any(ch.isspace() for ch in sample):
        return False
    odd = sum(1 for ch in sample if unicodedata.category(ch) in _NOT_TEXT and ch not in "\t\n\r\f\v")
    return odd <= 0.01 * len(sample)


_NOT_TEXT = frozenset({"Cn", "Co", "Cs", "Cc"})


def _decode_utf16_by_pattern(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM, told by its NUL bytes: mostly-ASCII text has a NUL in every other byte."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    codec = (
        "utf-16-le"
        if odd >= 0.3 * half and even <= 0.02 * half
        else ("utf-16-be" if even >= 0.3 * half and odd <= 0.02 * half else "")
    )
    if not codec or len(data) % 2:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if not _plausible_text(text):
        return None
    return text.removeprefix("\ufeff"), f"decoded as {codec.upper()} (no byte-order mark; told by its NUL bytes)"


def _reject_binary(data: bytes) -> None:
    """Raise _Unreadable for a known binary format or bytes that are mostly not text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            raise _Unreadable(f"binary file: {name}, not text")
    sample = data[:_SAMPLE].replace(b"\x00", b"")
    if not sample:
        raise _Unreadable("binary file: only NUL bytes")
    controls = len(sample.translate(None, _NOT_CONTROL))
    if controls > 0.01 * len(sample):
        raise _Unreadable(f"binary file: {controls / len(sample):.0%} control bytes, not text")


def _decode_legacy(data: bytes, error: UnicodeDecodeError) -> tuple[str, str]:
    """Text that is not valid UTF-8: mostly UTF-8 with stray bytes, else cp1252, else Latin-1 (never fails)."""
    where = f"not valid UTF-8 at byte {error.start:,}"
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore")) - text.count("\ufffd")
    if non_ascii > replaced:
        return text, f"{where}: {replaced:,} byte(s) that are not UTF-8 replaced by \ufffd"
    try:
        return data.decode("cp1252"), f"{where}; decoded as cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), f"{where}; decoded as Latin-1"


def _newlines(text: str) -> str:
    """CRLF → space + LF and lone CR → LF: one line break per line, and every offset stays where it was."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", " \n").replace("\r", "\n")


# ── documents ──────────────────────────────────────────────────────────────────────────────────────────────


_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogates(text: str) -> tuple[str, int]:
    """Lone UTF-16 surrogates (from JSON or YAML escapes such as \\ud800) → U+FFFD, keeping every offset:
    no UTF-8 writer can encode them, so one would crash the whole run's report."""
    if text.isascii():
        return text, 0
    return _SURROGATE.subn("\ufffd", text)


def _content_hash(text: str, meta: dict[str, object]) -> str:
    h = hashlib.sha1(text.encode("utf-8"))
    h.update(json.dumps({k: str(v) for k, v in sorted(meta.items())}).encode("utf-8"))
    return h.hexdigest()[:16]


def parse_published(value: object) -> date | None:
    """An ISO date or datetime (or a YAML date) → date; raises ValueError on anything else."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str | int | float):
        raise ValueError(f"published is a {type(value).__name__}, not an ISO date (YYYY-MM-DD)")
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10]) if len(text) >= 10 else date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"published {text[:40]!r} is not an ISO date (YYYY-MM-DD)") from None


def _text_field(value: object) -> str | None:
    """A front-matter value as text ("" when absent); None for a list, mapping, true/false or other non-text."""
    if value is None:
        return ""
    if isinstance(value, str | int | float | date) and not isinstance(value, bool):
        return str(value).strip()
    return None


def cut_article(body: str, limit: int) -> tuple[str, str]:
    """The text cut to at most `limit` characters at a paragraph, sentence or word boundary near the limit,
    and the note saying so ("" when the text fits)."""
    if len(body) <= limit:
        return body, ""
    floor = limit - min(limit // 2, 20_000)
    cut = body.rfind("\n\n", floor, limit)
    if cut < 0:
        ends = [m.end() for m in _SENTENCE_END.finditer(body, floor, limit)]
        cut = ends[-1] if ends else max(body.rfind(" ", floor, limit), body.rfind("\n", floor, limit))
    if cut <= 0:
        cut = limit
    kept = body[:cut].rstrip()
    return kept, (
        f"article cut at {len(kept):,} characters of {len(body):,} (max_article_chars {limit:,}); "
        "figures after the cut are not checked"
    )


_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s)")


def _make_document(
    path: str,
    doc: str,
    meta: dict[str, object],
    body: str,
    limits: Limits,
    text_offset: int = 0,
    text_line: int = 1,
    story: str = "",
) -> Iterator[Document | Skipped]:
    """The Document, preceded by notes on fields that were ignored and on a cut."""
    published: date | None = None
    try:
        published = parse_published(meta.get("published"))
    except ValueError as exc:
        yield Skipped(path, f"{NOTE}{exc}; relative dates in {doc} stay unresolved")
    unknown = sorted(set(meta) - FRONT_MATTER_KEYS - {"text"})
    if unknown:
        yield Skipped(path, f"{NOTE}unknown front-matter field(s) ignored: {', '.join(unknown)[:200]}")
    fields: dict[str, str] = {}
    for key in ("source", "title", "url", "story"):
        value = _text_field(meta.get(key))
        if value is None:
            instead = f"the source is the file name ({doc})" if key == "source" else "ignored"
            yield Skipped(path, f"{NOTE}{key} is a {type(meta[key]).__name__}, not text; {instead}")
        fields[key] = value or ""
    body, cut_note = cut_article(body, limits.max_article_chars)
    if cut_note:
        yield Skipped(path, NOTE + cut_note)
    body, replaced = _no_surrogates(body)  # the id and path are made printable for the whole corpus at the end
    for key, value in fields.items():
        fields[key], n = _no_surrogates(value)
        replaced += n
    if replaced:
        yield Skipped(
            path, f"{NOTE}{replaced:,} lone surrogate code point(s) (escapes such as \\ud800) replaced by \ufffd"
        )
    source = fields["source"] or doc
    document = Document(
        doc=doc,
        source=source,
        text=body,
        path=path,
        published=published,
        title=fields["title"],
        url=fields["url"],
        text_line=text_line,
        text_offset=text_offset,
        story=unicodedata.normalize("NFC", fields["story"]) or story,
    )
    yield replace(document, content_hash=_document_hash(document))


# ── formats ────────────────────────────────────────────────────────────────────────────────────────────────

_FM_BOUNDARY = re.compile(r"^-{3,}[ \t]*$", re.MULTILINE)


def split_front_matter(text: str) -> tuple[dict[str, object], int, str]:
    """(fields, where the article text starts, note) of a text that may open with YAML front matter.

    Broken YAML raises _Unreadable: a reader cannot tell which fields were meant. Front matter that never
    closes, or holds something other than fields, is read as a note.
    """
    if not text.startswith("---"):
        return {}, 0, ""
    parts = _FM_BOUNDARY.split(text, 2)
    if len(parts) < 3 or parts[0]:
        return {}, 0, "front matter opened with '---' but never closed; read as article text"
    import yaml

    try:
        data = yaml.load(parts[1], Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # a safe loader
    except yaml.YAMLError as exc:
        raise _Unreadable(f"front matter is not valid YAML: {str(exc).splitlines()[0]}") from exc
    except RecursionError as exc:
        raise _Unreadable("front matter is not valid YAML: nested too deeply") from exc
    start = len(text) - len(parts[2])
    if data is None:
        return {}, start, ""
    if not isinstance(data, dict):
        return {}, start, f"front matter is a {type(data).__name__}, not fields; ignored"
    return {str(k): v for k, v in data.items()}, start, ""


def _read_text(path: Path, text: str, limits: Limits, story: str = "") -> Iterator[Document | Skipped]:
    meta, start, note = split_front_matter(text)
    if note:
        yield Skipped(str(path), NOTE + note)
    rest = text[start:]
    body = rest.strip()
    if not body:
        raise _Unreadable(
            "empty article (no text after the front matter)" if start else "empty article (only whitespace)"
        )
    offset = start + len(rest) - len(rest.lstrip())
    yield from _make_document(str(path), path.stem, meta, body, limits, offset, text.count("\n", 0, offset) + 1, story)


def _record_id(record: dict[str, object], fallback: str) -> str:
    """The record's own "id" when it is text or a whole number, else `fallback` (file stem and line)."""
    value = record.get("id")
    if isinstance(value, bool) or not isinstance(value, str | int):
        return fallback
    return str(value).strip() or fallback


def _read_jsonl(path: Path, text: str, limits: Limits, story: str = "") -> Iterator[Document | Skipped]:
    good = bad = 0
    for number, line in enumerate(text.split("\n"), start=1):  # "\n" only: U+2028 may sit inside a string
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = _jsonl_record(line)
        except _Unreadable as exc:
            bad += 1
            yield Skipped(where, str(exc))
            continue
        good += 1
        fallback = f"{path.stem}-{number}"
        doc = _record_id(record, fallback)
        if "id" in record and doc == fallback and record.get("id") not in (None, ""):
            yield Skipped(where, f"{NOTE}id is a {type(record['id']).__name__}, not text; using {fallback}")
        body = _newlines(str(record["text"]))
        meta = {k: v for k, v in record.items() if k != "text"}
        yield from _make_document(where, doc, meta, body, limits, text_offset=-1, text_line=number, story=story)
    if good == 0 and bad == 0:
        raise _Unreadable("no articles in JSONL file (only blank lines)")


def _jsonl_record(line: str) -> dict[str, object]:
    """One JSONL line as an article record, or _Unreadable naming what is wrong with it."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _Unreadable(f"line is not valid JSON: {exc.msg} at column {exc.colno}") from exc
    except RecursionError as exc:
        raise _Unreadable("line is not usable JSON: nested too deeply") from exc
    if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
        raise _Unreadable('line has no non-empty "text" field')
    return record


_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "svg",
    "iframe",
    "template",
    "object",
    "embed",
    "canvas",
    "math",
    "select",
    "button",
)
_BLOCK_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "td", "th", "figcaption"})


MAX_HTML_UNCLOSED = 20_000  # lexbor's parse time grows with depth × tags: 20,000 deep takes about a second
_OPEN_TAG = re.compile(
    r"<(?!(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)\b)[a-z]", re.IGNORECASE
)


def _unclosed_tags(html: str) -> int:
    """Opening tags (void elements left out) minus closing tags: an upper bound on how deep the page nests."""
    return len(_OPEN_TAG.findall(html)) - html.count("</")


def _blocks(root: Any) -> list[str]:  # root: a selectolax node (the package is imported lazily)
    """The text of each outermost block element (a block inside a taken block is part of it), in page order.

    One pass down the tree with an explicit stack: linear in the page, whatever its nesting depth.
    """
    blocks: list[str] = []
    stack = list(root.iter())[::-1]
    while stack:
        node = stack.pop()
        if node.tag in _BLOCK_TAGS:
            block = " ".join(node.text(separator="").split())
            if block:
                blocks.append(block)
        else:
            stack.extend(list(node.iter())[::-1])
    return blocks


def _read_html(path: Path, text: str, limits: Limits, story: str = "") -> Iterator[Document | Skipped]:
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    unclosed = _unclosed_tags(text)
    if unclosed > MAX_HTML_UNCLOSED:
        raise _Unreadable(
            f"HTML with {unclosed:,} unclosed tags (limit {MAX_HTML_UNCLOSED:,}): nesting that deep "
            "makes the HTML parser slow down quadratically"
        )
    tree = HTMLParser(text)
    if tree.body is None and tree.head is None:
        raise _Unreadable("not an HTML document")

    def meta_content(*selectors: str) -> str:
        for selector in selectors:
            node = tree.css_first(selector)
            if node is not None and node.attributes.get("content"):
                return str(node.attributes["content"]).strip()
        return ""

    meta: dict[str, object] = {
        "source": meta_content(
            'meta[name="crosscheck:source"]', 'meta[property="og:site_name"]', 'meta[name="publisher"]'
        ),
        "published": meta_content(
            'meta[name="crosscheck:published"]',
            'meta[property="article:published_time"]',
            'meta[name="date"]',
            'meta[itemprop="datePublished"]',
        ),
        "url": meta_content('meta[property="og:url"]', 'meta[name="crosscheck:url"]'),
    }
    title_node = tree.css_first("title")
    tree.strip_tags(list(_DROP_TAGS))
    root = tree.css_first("article") or tree.css_first("main") or tree.body
    if root is None:
        raise _Unreadable("HTML has no body")
    blocks = _blocks(root)
    if not blocks:
        body_text = " ".join(root.text(separator=" ").split())
        if body_text:
            blocks.append(body_text)
    if not blocks:
        raise _Unreadable("HTML page has no article text")
    h1 = root.css_first("h1")
    meta["title"] = (h1.text(strip=True) if h1 is not None else "") or (
        title_node.text(strip=True) if title_node is not None else ""
    )
    body = "\n\n".join(blocks)
    yield from _make_document(
        str(path), path.stem, {k: v for k, v in meta.items() if v}, body, limits, text_offset=-1, story=story
    )


# ── corpus-level checks ────────────────────────────────────────────────────────────────────────────────────


_JSONL_LINE = re.compile(r"^(?P<file>.+\.(?:jsonl|ndjson)):(?P<line>\d+)$", re.IGNORECASE)


def _path_id(document: Document) -> str:
    """An id from where the document came from: 'folder/story' for a file, 'folder/feed:3' for a JSONL line."""
    record = _JSONL_LINE.match(document.path)
    file, line = (record.group("file"), record.group("line")) if record else (document.path, "")
    stem = str(Path(file).with_suffix("")).replace("\\", "/")
    return f"{stem}:{line}" if line else stem


def _unique_ids(documents: list[Document]) -> tuple[list[Document], list[Skipped]]:
    """Doc ids are file stems or JSONL ids; articles that share one get ids from their paths, with a note."""
    counts: dict[str, int] = {}
    for d in documents:
        counts[d.doc] = counts.get(d.doc, 0) + 1
    taken = {doc for doc, n in counts.items() if n == 1}
    out: list[Document] = []
    notes: list[Skipped] = []
    for d in documents:
        if counts[d.doc] > 1:
            new, n = _path_id(d), 1
            while new in taken:
                n += 1
                new = f"{_path_id(d)}#{n}"
            taken.add(new)
            notes.append(
                Skipped(d.path, f"{NOTE}id {d.doc!r} is shared by {counts[d.doc]} articles; this one is {new!r}")
            )
            d = replace(d, doc=new)
        out.append(d)
    return out, notes


def mark_echoes(documents: list[Document]) -> list[Document]:
    """An article whose text is identical to an earlier one's (input order) from another outlet gets that outlet
    as `echo_of`: facts count the two as one source (and the cache key changes with it)."""
    first: dict[str, Document] = {}
    out = []
    for d in documents:
        original = first.setdefault(d.text, d)
        if original is not d and original.source != d.source:
            d = replace(d, echo_of=original.source)
            d = replace(d, content_hash=_document_hash(d))
        out.append(d)
    return out


def identical_texts(documents: Iterable[Document]) -> list[Skipped]:
    """A note on every article whose text is identical to another's: agreement between copies of one text
    is not independent corroboration, even when they come from different outlets."""
    by_text: dict[str, list[Document]] = {}
    for d in documents:
        by_text.setdefault(d.text, []).append(d)
    notes: list[Skipped] = []
    for group in by_text.values():
        if len(group) < 2:
            continue
        for d in group:
            others = [o for o in group if o is not d]
            names = ", ".join(f"{o.doc} ({o.source})" for o in others[:5]) + (
                f" and {len(others) - 5} more" if len(others) > 5 else ""
            )
            outlets = {o.source for o in others} - {d.source}
            why = (
                "its figures agreeing with theirs is not independent corroboration"
                if outlets
                else "a duplicate of the same outlet's article"
            )
            notes.append(Skipped(d.path, f"{NOTE}same text as {names}: {why}"))
    return notes

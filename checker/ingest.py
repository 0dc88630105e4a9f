"""Read article files and folders into Documents; every file that cannot be read becomes a Skipped.

Formats: `.md`/`.txt` with optional YAML front matter, `.html`/`.htm` (text from a real HTML parser),
`.jsonl` (one article per line). Nothing is dropped silently: unreadable inputs are returned as Skipped
with the reason, and files of other types inside a folder are counted as ignored.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from checker.model import Document, Skipped

TEXT_SUFFIXES = frozenset({".md", ".markdown", ".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
FRONT_MATTER_KEYS = frozenset({"source", "published", "title", "url", "id"})
MAX_BYTES = 20_000_000


class _Unreadable(Exception):
    """A file (or JSONL line) that cannot become a Document; the message is the reason."""


@dataclass(frozen=True, slots=True)
class Corpus:
    """What ingest produced: the documents, the skipped inputs, notes on partial problems."""

    documents: tuple[Document, ...]
    skipped: tuple[Skipped, ...] = ()
    notes: tuple[Skipped, ...] = ()  # the file was read, but something in it was ignored
    ignored: tuple[str, ...] = field(default_factory=tuple)  # files in folders that are not articles


def discover(paths: Iterable[str | Path]) -> tuple[list[Path], list[Skipped], list[str]]:
    """Expand folders (recursively, sorted) into article files; name inputs that do not exist."""
    files: list[Path] = []
    skipped: list[Skipped] = []
    ignored: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                if child.suffix.lower() in ARTICLE_SUFFIXES:
                    files.append(child)
                else:
                    ignored.append(str(child))
        elif path.is_file():
            if path.suffix.lower() in ARTICLE_SUFFIXES:
                files.append(path)
            else:
                skipped.append(Skipped(str(path), f"unsupported file type {path.suffix or '(none)'!r}; "
                                                  "expected .md, .txt, .html or .jsonl"))
        else:
            skipped.append(Skipped(str(path), "no such file or folder"))
    return files, skipped, ignored


def read_corpus(paths: Iterable[str | Path]) -> Corpus:
    """Read every article under `paths` into Documents with unique ids."""
    files, skipped, ignored = discover(paths)
    documents: list[Document] = []
    notes: list[Skipped] = []
    for path in files:
        try:
            for item in _read_file(path):
                if isinstance(item, Skipped):
                    (notes if item.reason.startswith("note:") else skipped).append(item)
                else:
                    documents.append(item)
        except _Unreadable as exc:
            skipped.append(Skipped(str(path), str(exc)))
    return Corpus(tuple(_unique_ids(documents)), tuple(skipped), tuple(notes), tuple(ignored))


def _unique_ids(documents: list[Document]) -> list[Document]:
    """Doc ids are file stems; when two files share a stem, both get their path as id instead."""
    from dataclasses import replace

    seen: dict[str, int] = {}
    for d in documents:
        seen[d.doc] = seen.get(d.doc, 0) + 1
    out = []
    for d in documents:
        if seen[d.doc] > 1:
            stem = str(Path(d.path).with_suffix("")).replace("\\", "/")
            d = replace(d, doc=stem if not d.doc.startswith(Path(d.path).stem + "-") else f"{stem}:{d.doc}")
        out.append(d)
    return out


def _decode(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _Unreadable(f"file is {size:,} bytes, over the {MAX_BYTES:,}-byte limit")
        data = path.read_bytes()
    except OSError as exc:
        raise _Unreadable(f"cannot read: {exc.strerror or exc}") from exc
    if b"\x00" in data[:4096]:
        raise _Unreadable("binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _Unreadable(f"not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r})") from exc


def _read_file(path: Path) -> Iterator[Document | Skipped]:
    suffix = path.suffix.lower()
    text = _decode(path)
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, text)
    elif suffix in HTML_SUFFIXES:
        yield from _read_html(path, text)
    else:
        yield from _read_text(path, text)


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
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10]) if len(text) >= 10 else date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"published {text!r} is not an ISO date (YYYY-MM-DD)") from None


def _make_document(path: Path, doc: str, meta: dict[str, object], body: str,
                   text_offset: int = 0, text_line: int = 1) -> Iterator[Document | Skipped]:
    published: date | None = None
    try:
        published = parse_published(meta.get("published"))
    except ValueError as exc:
        yield Skipped(str(path), f"note: {exc}; relative dates in {doc} stay unresolved")
    unknown = sorted(set(meta) - FRONT_MATTER_KEYS - {"text"})
    if unknown:
        yield Skipped(str(path), f"note: unknown front-matter field(s) ignored: {', '.join(unknown)}")
    source = str(meta.get("source") or "").strip() or doc
    yield Document(
        doc=doc,
        source=source,
        text=body,
        path=str(path),
        published=published,
        title=str(meta.get("title") or "").strip(),
        url=str(meta.get("url") or "").strip(),
        content_hash=_content_hash(body, {"source": source, "published": published}),
        text_line=text_line, text_offset=text_offset,
    )


def _read_text(path: Path, text: str) -> Iterator[Document | Skipped]:
    meta: dict[str, object] = {}
    body = text
    if text.lstrip("\ufeff").startswith("---"):
        import frontmatter
        import yaml

        try:
            post = frontmatter.loads(text)
        except yaml.YAMLError as exc:
            raise _Unreadable(f"front matter is not valid YAML: {str(exc).splitlines()[0]}") from exc
        meta, body = dict(post.metadata), post.content
    if not body.strip():
        raise _Unreadable("empty article (no text after the front matter)")
    offset = max(0, text.find(body)) if body else 0
    yield from _make_document(path, path.stem, meta, body, offset, text.count("\n", 0, offset) + 1)


def _read_jsonl(path: Path, text: str) -> Iterator[Document | Skipped]:
    count = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(where, f"line is not valid JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
            yield Skipped(where, "line has no non-empty \"text\" field")
            continue
        count += 1
        doc = str(record.get("id") or f"{path.stem}-{number}")
        body = record["text"]
        meta = {k: v for k, v in record.items() if k != "text"}
        for item in _make_document(Path(where), doc, meta, body, text_offset=-1, text_line=number):
            if isinstance(item, Document):
                from dataclasses import replace

                item = replace(item, path=where)
            yield item
    if count == 0:
        raise _Unreadable("no articles in JSONL file")


_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "iframe", "template")
_BLOCK_TAGS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, th, figcaption"


def _read_html(path: Path, text: str) -> Iterator[Document | Skipped]:
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

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
        "source": meta_content('meta[name="crosscheck:source"]', 'meta[property="og:site_name"]',
                               'meta[name="publisher"]'),
        "published": meta_content('meta[name="crosscheck:published"]', 'meta[property="article:published_time"]',
                                  'meta[name="date"]', 'meta[itemprop="datePublished"]'),
        "url": meta_content('meta[property="og:url"]', 'meta[name="crosscheck:url"]'),
    }
    title_node = tree.css_first("title")
    tree.strip_tags(list(_DROP_TAGS))
    root = tree.css_first("article") or tree.css_first("main") or tree.body
    if root is None:
        raise _Unreadable("HTML has no body")
    blocks: list[str] = []
    for node in root.css(_BLOCK_TAGS):
        # skip blocks nested in another block we already take (li > p)
        parent, nested = node.parent, False
        while parent is not None and parent is not root:
            if parent.tag in {"p", "li", "blockquote", "td", "th"}:
                nested = True
                break
            parent = parent.parent
        if nested:
            continue
        block = " ".join(node.text(separator="").split())
        if block:
            blocks.append(block)
    if not blocks:
        body_text = " ".join(root.text(separator=" ").split())
        if body_text:
            blocks.append(body_text)
    if not blocks:
        raise _Unreadable("HTML page has no article text")
    h1 = root.css_first("h1")
    meta["title"] = (h1.text(strip=True) if h1 is not None else "") or (
        title_node.text(strip=True) if title_node is not None else "")
    body = "\n\n".join(blocks)
    yield from _make_document(path, path.stem, {k: v for k, v in meta.items() if v}, body, text_offset=-1)

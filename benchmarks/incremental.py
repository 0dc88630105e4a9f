"""Incremental nightly runs: what the run database's article cache saves when an archive grows.

A nightly job re-checks an archive that grows a little every day. crosscheck caches each article's mentions and
claims in the run database (OUT/history.sqlite) under its content hash, id and the extraction code's hash, so a
re-run extracts only what is new or changed. This script measures that on a generated corpus
(benchmarks/newscorpus.py, the throughput corpus):

1. cold:   the first `--base` share of the articles, empty run database;
2. same:   the same articles again (every article from the cache);
3. grown:  all articles (the new `1 - base` share extracted, the rest from the cache);
4. full:   all articles with --no-cache, the cost without the cache.

Each run is the real CLI (`crosscheck check ... --timings`), timed end to end. Usage:

    .venv/bin/python benchmarks/incremental.py --size 10000 --workers 2 --doc docs/benchmarks.md
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import newscorpus  # noqa: E402

SECTION = "## Incremental runs"


def _articles(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.rglob("*.md") if not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def _link_subset(files: list[Path], source: Path, target: Path) -> None:
    for path in files:
        dest = target / path.relative_to(source)
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.link(path, dest) if path.stat().st_dev == dest.parent.stat().st_dev else shutil.copy2(path, dest)


def _run(corpus: Path, out: Path, workers: int, *extra: str) -> dict[str, float]:
    cmd = [
        str(REPO / ".venv" / "bin" / "crosscheck"),
        "check",
        str(corpus),
        "--out",
        str(out),
        "--quiet",
        "--fail-on",
        "never",
        "--workers",
        str(workers),
        "--timings",
        "--stories",
        "folder",  # the corpus keeps one story per folder
        *extra,
    ]
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=tempfile.gettempdir(), check=False)
    wall = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"crosscheck failed ({done.returncode}): {done.stderr[-2000:]}")
    timings = {}
    for line in done.stderr.splitlines():
        if line.startswith('{"timings"'):
            timings = json.loads(line)["timings"]
    return {"wall": wall, **timings}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=10000, help="articles in the grown archive (default 10,000)")
    parser.add_argument("--base", type=float, default=0.95, help="share of them in the first run (default 0.95)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--doc", type=Path, help=f"replace the '{SECTION}' section of this Markdown file")
    args = parser.parse_args(argv)
    folder, _manifest, _built = newscorpus.ensure_corpus(HERE / ".corpora", args.size, args.seed)
    files = _articles(folder)
    step = max(2, round(1 / max(1e-9, 1 - args.base)))
    new = [f for i, f in enumerate(files) if i % step == step - 1]  # spread over the stories, like a night's news
    old = [f for i, f in enumerate(files) if i % step != step - 1]
    cut = len(old)
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="cc-incremental-") as tmp:
        root = Path(tmp)
        corpus, out = root / "archive", root / "out"
        corpus.mkdir()
        _link_subset(old, folder, corpus)
        results["cold"] = _run(corpus, out, args.workers)
        results["same"] = _run(corpus, out, args.workers)
        _link_subset(new, folder, corpus)
        results["grown"] = _run(corpus, out, args.workers)
        results["full"] = _run(corpus, root / "out-nocache", args.workers, "--no-cache", "--no-history")
    lines = _render(args, len(files), cut, results)
    print("\n".join(lines))
    if args.doc:
        _update_doc(args.doc, "\n".join(lines) + "\n")
    return 0


def _render(args: argparse.Namespace, total: int, cut: int, results: dict[str, dict[str, float]]) -> list[str]:
    names = {
        "cold": f"first run: {cut:,} articles, empty run database",
        "same": f"same {cut:,} articles again",
        "grown": f"archive grown to {total:,} (+{total - cut:,} new)",
        "full": f"all {total:,} with --no-cache (no run database)",
    }
    lines = [
        SECTION,
        "",
        "Written by `benchmarks/incremental.py`: what the run database's article cache saves when a nightly "
        "archive grows.",
        "",
        "```sh",
        f".venv/bin/python benchmarks/incremental.py --size {args.size} --workers {args.workers} "
        f"--base {args.base} --doc docs/benchmarks.md",
        "```",
        "",
        f"- date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; `nproc` = {os.cpu_count()}, Python "
        f"{platform.python_version()}; corpus `benchmarks/newscorpus.py` seed {args.seed}; CLI end to end "
        f"(`crosscheck check ... --workers {args.workers} --timings --stories folder`), wall seconds from spawn "
        "to exit",
        "",
        "| run | wall s | articles from the cache | extract + claims (per-doc wall) s | align s | rules s | quality s "
        "| report s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for key in ("cold", "same", "grown", "full"):
        r = results[key]
        lines.append(
            f"| {names[key]} | {r['wall']:.1f} | {r.get('cached_articles', 0):,.0f} | "
            f"{r.get('per_document_wall', 0):.1f} | {r.get('align', 0):.1f} | {r.get('rules', 0):.1f} | "
            f"{r.get('quality', 0):.1f} | {r.get('report', 0):.1f} |"
        )
    grown, full = results["grown"], results["full"]
    lines += [
        "",
        f"The grown archive's run took {grown['wall']:.1f} s against {full['wall']:.1f} s without the "
        f"cache: the per-article phase fell from {full.get('per_document_wall', 0):.1f} s to "
        f"{grown.get('per_document_wall', 0):.1f} s (reading {grown.get('cached_articles', 0):,.0f} articles "
        "from SQLite instead of extracting them); alignment, rules, the quality gate and the report still run "
        "over the whole archive, so they are what a nightly run over a large archive costs.",
        "",
    ]
    return lines


def _update_doc(path: Path, section: str) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    start = text.find(SECTION)
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = text.find("\n## ", start + len(SECTION))
        text = text[:start] + section + (text[end + 1 :] if end >= 0 else "")
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())

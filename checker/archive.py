"""Keep dated copies of the nightly report and an index of them (`crosscheck check --archive`).

Each run's copies are made in a staging folder that is then renamed to OUT/runs/<UTC timestamp>/, old runs are
renamed away before they are deleted and the index is replaced atomically: a run killed at any point leaves
only whole dated folders and a whole index (its leftovers are removed by the next run).
"""

from __future__ import annotations

import html
import os
import re
import shutil
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from checker.atomic import atomic_write_text, clean_stale, discard, folder_mode, replace_into, staging_dir

STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d{6}Z$")  # the name of a dated run folder


def archive_run(out: Path, written: Sequence[Path], keep: int = 14, now: datetime | None = None) -> Path:
    """Copy this run's report files into OUT/runs/<UTC timestamp>/, keep the newest `keep` runs, and rewrite
    OUT/runs/index.html listing them. Returns the index path."""
    stamp = (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H%M%SZ")
    runs = out / "runs"
    runs.mkdir(parents=True, exist_ok=True)
    clean_stale(runs)
    files = [p for p in written if p.is_file() and p.parent.resolve() == out.resolve()]
    _copy_run(files, runs, runs / stamp)
    dated = sorted((p for p in runs.iterdir() if p.is_dir() and STAMP.match(p.name)), reverse=True)
    for old in dated[keep:]:
        discard(old)
    index = runs / "index.html"
    atomic_write_text(index, _index_page(dated[:keep]))
    return index


def _copy_run(files: Sequence[Path], runs: Path, target: Path) -> None:
    """Copy the files into a staging folder renamed to `target` when complete; when a run of the same second
    already made `target`, its files are replaced one by one instead."""
    with staging_dir(runs) as staging:
        for path in files:
            shutil.copy2(path, staging / path.name)
        try:
            os.rename(staging, target)  # atomic; refused when target exists and is not empty
        except OSError:
            target.mkdir(exist_ok=True)
            replace_into(sorted(staging.iterdir()), target)
        else:
            os.chmod(target, folder_mode())


def _index_page(kept: Sequence[Path]) -> str:
    items = "\n".join(
        f'<li><a href="{html.escape(p.name)}/index.html">{html.escape(p.name)}</a>'
        + "".join(
            f' · <a href="{html.escape(p.name)}/{html.escape(name)}">{html.escape(name)}</a>'
            for name in _file_names(p)
            if name != "index.html"
        )
        + "</li>"
        for p in kept
    )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
        'content="width=device-width, initial-scale=1"><title>crosscheck runs</title></head><body>'
        f"<h1>crosscheck: the last {len(kept)} runs</h1><ul>{items}</ul>"
        '<p><a href="../index.html">latest report</a></p></body></html>\n'
    )


def _file_names(folder: Path) -> list[str]:
    """The files of one archived run (none when a concurrent run has just removed it)."""
    try:
        return sorted(f.name for f in folder.iterdir())
    except OSError:
        return []

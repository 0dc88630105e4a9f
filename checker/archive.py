"""Keep dated copies of the nightly report and an index of them (`crosscheck check --archive`)."""

from __future__ import annotations

import html
import shutil
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path


def archive_run(out: Path, written: Sequence[Path], keep: int = 14, now: datetime | None = None) -> Path:
    """Copy this run's report files into OUT/runs/<UTC timestamp>/, keep the newest `keep` runs, and rewrite
    OUT/runs/index.html listing them. Returns the index path."""
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H%M%SZ")
    runs = out / "runs"
    target = runs / stamp
    target.mkdir(parents=True, exist_ok=True)
    for path in written:
        if path.is_file() and path.parent.resolve() == out.resolve():
            shutil.copy2(path, target / path.name)
    dated = sorted((p for p in runs.iterdir() if p.is_dir()), reverse=True)
    for old in dated[keep:]:
        shutil.rmtree(old, ignore_errors=True)
    kept = dated[:keep]
    items = "\n".join(
        f'<li><a href="{html.escape(p.name)}/index.html">{html.escape(p.name)}</a>'
        + "".join(f' · <a href="{html.escape(p.name)}/{html.escape(f.name)}">{html.escape(f.name)}</a>'
                  for f in sorted(p.iterdir()) if f.name != "index.html")
        + "</li>" for p in kept)
    index = runs / "index.html"
    index.write_text(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
        "content=\"width=device-width, initial-scale=1\"><title>crosscheck runs</title></head><body>"
        f"<h1>crosscheck: the last {len(kept)} runs</h1><ul>{items}</ul>"
        "<p><a href=\"../index.html\">latest report</a></p></body></html>\n", encoding="utf-8")
    return index

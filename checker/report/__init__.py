"""Renderers of one run's findings: each format is a pure function of a RunResult plus a writer of its file(s).

RENDERERS maps a --format name to a writer `(run, out_dir) -> [paths written]`:
  html      index.html               the report people read (self-contained, no network)
  csv       discrepancies.csv, claims.csv
  json      findings.json            the contract for pipelines (see records.py)
  markdown  summary.md               a pull-request comment
  sarif     crosscheck.sarif         SARIF 2.1.0 for code scanning
  junit     junit.xml                CI test dashboards
  github    annotations.txt          GitHub Actions workflow annotations (print it in a step)
Every renderer lists only findings at or above `run.show`. Modules are imported when a format is written, so
importing this package stays cheap (pandas only loads for csv).

Writes are atomic: each format is rendered into a staging folder inside OUT and its files are then os.replace()d
into place, so a run killed mid-way leaves every report file either as the previous run wrote it or whole and
new (never half written); the staging folders a killed run leaves behind are removed by the next run.
write_reports renders every format before moving any into place, so the files change together.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from checker.atomic import clean_stale, replace_into, staging_dir

if TYPE_CHECKING:
    from checker.run import RunResult

Render = Callable[["RunResult", Path, Path], list[Path]]  # (run, folder to write into, final OUT) -> files written


def _html(run: RunResult, into: Path, out: Path) -> list[Path]:
    from checker.report.html import write_html

    return [write_html(run, into)]


def _csv(run: RunResult, into: Path, out: Path) -> list[Path]:
    from checker.report.tables import write_csv

    return write_csv(run, into)


def _discrepancies_csv(run: RunResult, into: Path, out: Path) -> list[Path]:
    from checker.report.tables import write_discrepancies_csv

    return [write_discrepancies_csv(run, into)]


def _claims_csv(run: RunResult, into: Path, out: Path) -> list[Path]:
    from checker.report.tables import write_claims_csv

    return [write_claims_csv(run, into)]


def _json(run: RunResult, into: Path, out: Path) -> list[Path]:
    from checker.report.tables import write_json

    return [write_json(run, into)]


def _markdown(run: RunResult, into: Path, out: Path) -> list[Path]:
    from checker.report.markdown import write_markdown

    return [write_markdown(run, into, run.report_url or "index.html")]


def _sarif(run: RunResult, into: Path, out: Path) -> list[Path]:
    from checker.report.sarif import write_sarif

    # rule help links point at the index.html in OUT, not in the staging folder it is rendered in
    return [write_sarif(run, into, run.report_url or (out / "index.html").resolve().as_uri())]


def _junit(run: RunResult, into: Path, out: Path) -> list[Path]:
    from checker.report.junit import write_junit

    return [write_junit(run, into)]


def _github(run: RunResult, into: Path, out: Path) -> list[Path]:
    from checker.report.github import write_github

    return [write_github(run, into)]


RENDER: dict[str, Render] = {
    "html": _html,
    "csv": _csv,
    "json": _json,
    "markdown": _markdown,
    "sarif": _sarif,
    "junit": _junit,
    "github": _github,
}

FILES: dict[str, tuple[str, ...]] = {
    "html": ("index.html",),
    "csv": ("discrepancies.csv", "claims.csv"),
    "json": ("findings.json",),
    "markdown": ("summary.md",),
    "sarif": ("crosscheck.sarif",),
    "junit": ("junit.xml",),
    "github": ("annotations.txt",),
}


def _render_atomically(renders: list[Render], run: RunResult, out: Path) -> list[Path]:
    """Render into a staging folder inside `out`, then move every file into `out` (after all have rendered)."""
    clean_stale(out)
    with staging_dir(out) as staging:
        staged: list[Path] = []
        for render in renders:
            staged.extend(render(run, staging, out))
        return replace_into(staged, out)


def _atomic(render: Render) -> Callable[[RunResult, Path], list[Path]]:
    def write(run: RunResult, out: Path) -> list[Path]:
        return _render_atomically([render], run, out)

    write.__doc__ = f"Write one format into OUT atomically ({render.__name__.lstrip('_')})."
    return write


RENDERERS: dict[str, Callable[[RunResult, Path], list[Path]]] = {
    name: _atomic(render) for name, render in RENDER.items()
}


# formats that do not show the data-quality gate: they can be rendered while the gate still runs
QUALITY_FREE = frozenset({"csv", "json", "junit", "github"})
# formats whose files are rendered separately when processes share the work (the parts' names are their files)
PARTS: dict[str, dict[str, Render]] = {"csv": {"discrepancies.csv": _discrepancies_csv, "claims.csv": _claims_csv}}
# what rendering each format or part costs, relative to the others (CPU seconds for 10,000 articles, on which the
# split between processes matters; the small formats cost next to nothing)
COST = {"json": 2.6, "claims.csv": 1.7, "html": 1.7, "discrepancies.csv": 0.8}
# recording a run in the run database, in the same units (its findings and facts: 0.4 s at 10,000 articles)
RECORD_COST = 0.4
SMALL = 0.2


def share_out(early: list[str], parent_load: float, processes: int, chore_load: float = 0.0) -> list[list[str]]:
    """The formats or parts each forked process renders (the parent renders the rest): each, dearest first, goes
    to the process with the least work so far, the parent starting with `parent_load` (the formats that wait for
    the gate) and the first fork with `chore_load` (the caller's chore, see write_reports). With two processes the
    default formats come out as findings.json and discrepancies.csv in a fork (after the run database, when the
    CLI records the run), the HTML and claims.csv in the parent: two processes on two cores, each with about half
    the work, none left waiting for a third."""
    loads = [parent_load] + ([chore_load] + [0.0] * (processes - 2) if processes > 1 else [])
    shares: list[list[str]] = [[] for _ in loads]
    for name in sorted(early, key=lambda n: -COST.get(n, SMALL)):
        least = min(range(len(loads)), key=lambda i: (loads[i], i == 0, i))  # a tie goes to the first free fork
        shares[least].append(name)
        loads[least] += COST.get(name, SMALL)
    return [share for share in shares[1:] if share]


def write_reports(
    run: RunResult,
    out: Path,
    formats: Iterable[str],
    *,
    complete: Callable[[], RunResult] | None = None,
    parallel: bool = False,
    processes: int = 2,
    chore: Callable[[], object] | None = None,
    chore_cost: float = 0.0,
) -> list[Path]:
    """Write each named format into `out` (which must exist), atomically and together; unknown names are a
    CrosscheckError naming them.

    `complete`, when given, returns the finished run (the data-quality gate done): formats that do not show the
    gate are rendered from `run` meanwhile, the others from `complete()`. With `parallel`, some of the former are
    rendered in forked processes (up to `processes` - 1, see share_out) while this one renders the rest (same
    files, same bytes). `chore` is a job of the caller's that reads the run and writes nothing the reports read
    (the CLI records the run in its database): it is done once, first, in the first forked process when there is
    one (`chore_cost` counts in its share, in COST's units), else here before rendering; its error is raised."""
    from checker import forks
    from checker.errors import CrosscheckError

    formats = list(formats)
    unknown = [f for f in formats if f not in RENDER]
    if unknown:
        raise CrosscheckError(f"unknown report format(s) {', '.join(unknown)}; choose from {', '.join(RENDER)}")
    if complete is None and not parallel:
        if chore is not None:
            chore()
        return _render_atomically([RENDER[name] for name in formats], run, out)
    early = [name for name in formats if name in QUALITY_FREE]
    late = [name for name in formats if name not in early]
    render: dict[str, Render] = {}  # what renders early: the formats, or their parts when processes share them
    for name in early:
        render.update((PARTS.get(name) if parallel else None) or {name: RENDER[name]})
    late_load = sum(COST.get(n, SMALL) for n in late)
    shares = share_out(list(render), late_load, processes, chore_cost if chore else 0.0) if parallel else []
    forked = {name for share in shares for name in share}
    clean_stale(out)
    with staging_dir(out) as staging:

        def rendered(share: list[str], chore: Callable[[], object] | None) -> list[Path]:
            if chore is not None:
                chore()
            return [p for name in share for p in render[name](run, staging, out)]

        pending = [
            forks.start(lambda share=share, i=i: rendered(share, chore if i == 0 else None))
            for i, share in enumerate(shares)
        ]
        if chore is not None and not shares:
            chore()
        staged: list[Path] = []
        for name, part in render.items():
            if name not in forked:
                staged.extend(part(run, staging, out))
        final = complete() if complete is not None else run
        for name in late:
            staged.extend(RENDER[name](final, staging, out))
        for job in pending:
            staged.extend(job.result())
        order = {
            file: (formats.index(name), i)
            for name, files in FILES.items()
            if name in formats
            for i, file in enumerate(files)
        }
        return replace_into(sorted(staged, key=lambda p: order.get(p.name, (len(formats), 0))), out)

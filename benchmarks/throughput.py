"""Throughput of crosscheck on synthetic news corpora of 100, 1,000 and 10,000 articles (~700 words each).

    .venv/bin/python benchmarks/throughput.py --sizes 100,1000,10000 --workers 1,2 --naive-sample 50 \\
        --json reports/throughput.json --doc docs/benchmarks.md

For each size N the corpus is generated once (benchmarks/newscorpus.py; cached in benchmarks/.corpora/, which is
git-ignored) and, in one run, this script times:

- naive: quantulum3 `parser.parse` on every sentence plus one `dateparser.search.search_dates(text,
  languages=["en"], settings={"RELATIVE_BASE": published})` per article, on a seeded random sample of articles,
  extrapolated per article; its import and first-call cost is reported separately. It runs in a child process.
- crosscheck end to end, one child process per configuration:
  `crosscheck check <corpus> --out <tmp> --quiet --fail-on never --workers N` (plus `--timings` and
  `--stories folder` when the CLI has them: the corpus keeps one story per folder),
  so interpreter start-up, rule loading, ingest and report writing all count. When the CLI has no
  `--workers` flag, the 1-worker run is the plain CLI (it is single-process anyway) and the other worker counts
  fall back to the Python API (`checker.pipeline.analyze(documents, rules, workers=N)` plus the report
  writers) in a child process; the output says so.
- when the CLI cannot report stage times, one more child process runs the same API path with 1 worker to give
  the per-stage breakdown (ingest, extract, claims, align, rules, report); skip it with --no-api-breakdown.

Measured per configuration: wall seconds (spawn to exit), articles/s, words/s, CPU seconds of the process tree
(user+sys from wait4, so pool workers count) and CPU/wall (above 1 only when work really runs in parallel),
peak memory of the whole tree (sum of the processes' PSS, sampled every 200 ms, and of their RSS, every 50 ms) and
the RSS of the largest process (wait4 ru_maxrss) — for crosscheck's CLI rows from a second run of the same command,
since the sampling takes CPU from the run it watches (the timed run reads no /proc file) —,
stage times where available ("n/a" otherwise), and the ratio crosscheck / naive per article. A configuration
that runs past --timeout minutes is killed (its process group) and reported as a timeout.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import platform
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import newscorpus  # noqa: E402 - the generator lives next to this script

STAGES = ("ingest", "extract", "claims", "align", "rules", "report")
# columns shown: the six stages, plus the per-document wall time (extract and claims are sums over articles, in the
# workers when there are several), the data-quality gate, and "other" = wall minus every timed stage (interpreter
# start-up, imports, the run database, anything not timed)
COLUMNS = ("ingest", "extract", "claims", "per_doc_wall", "align", "rules", "quality", "report", "other")
HEADINGS = {"per_doc_wall": "per-doc wall"}
SECTION = "## Throughput"


# ------------------------------------------------------------------ process measurement


def _tree_rss_kb(session: int) -> tuple[int, list[int]]:
    """(sum of RSS in kB, process ids) of every process in `session` (the child's own session)."""
    total = 0
    pids: list[int] = []
    page_kb = os.sysconf("SC_PAGE_SIZE") // 1024
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                stat = fh.read().decode("ascii", "replace")
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2 :].split()
        if len(fields) > 21 and int(fields[3]) == session:
            total += int(fields[21]) * page_kb
            pids.append(int(entry.name))
    return total, pids


def _tree_pss_kb(pids: list[int]) -> int:
    """Sum of the proportional set sizes (kB) of `pids`: a page shared by n processes counts 1/n in each, so the
    sum is the memory the run takes from the machine (the RSS sum counts the pages that forked processes share
    with their parent once per process). Reading it walks each process's page tables: sampled less often."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup", "rb") as fh:
                for line in fh:
                    if line.startswith(b"Pss:"):
                        total += int(line.split()[1])
                        break
        except (OSError, ValueError):
            continue
    return total


def _busy_cpu_s() -> float:
    """CPU seconds the whole machine has spent busy since boot (/proc/stat, all CPUs)."""
    with open("/proc/stat") as fh:
        fields = [int(x) for x in fh.readline().split()[1:]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def _self_cpu_s() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def wait_quiet(max_wait_s: float, threshold: float = 0.25) -> dict[str, Any]:
    """Wait (up to max_wait_s) until other processes use under `threshold` CPUs for 3 s in a row."""
    t0 = time.perf_counter()
    quiet = 0
    busy = 0.0
    while True:
        b0, w0 = _busy_cpu_s(), time.perf_counter()
        time.sleep(1.0)
        busy = (_busy_cpu_s() - b0) / (time.perf_counter() - w0)
        quiet = quiet + 1 if busy < threshold else 0
        waited = time.perf_counter() - t0
        if quiet >= 3 or waited >= max_wait_s:
            return {"waited_s": round(waited, 1), "busy_cpus_before": round(busy, 2), "quiet": quiet >= 3}


PSS_EVERY = 4  # the tree's PSS is read at every 4th sample (200 ms): see _tree_pss_kb
CHILD_ENV: dict[str, str] | None = None  # the environment of every measured child (PYTHONPATH → the code snapshot)


def measure(cmd: list[str], timeout_s: float, cwd: Path | None = None, sample_memory: bool = True) -> dict[str, Any]:
    """Run `cmd` in its own session; wall time, exit code, tree CPU, peak RSS; kill the group on timeout.

    Also: CPU the rest of the machine used meanwhile (other users' jobs), as a number of CPUs kept busy. Without
    `sample_memory` no /proc file is read while it runs (only the largest process's peak RSS, from wait4, is
    known): reading the tree's PSS walks its page tables, ~2 CPU-seconds of a 10,000-article run taken from the
    cores it is measured on.
    """
    load_before = os.getloadavg()[0]
    busy0, self0 = _busy_cpu_s(), _self_cpu_s()
    out = tempfile.TemporaryFile()  # noqa: SIM115 - closed below, after the child is reaped
    err = tempfile.TemporaryFile()  # noqa: SIM115
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=cwd, start_new_session=True, env=CHILD_ENV)
    peak_tree = peak_procs = peak_pss = 0
    samples = 0
    timed_out = False
    status, usage = 0, None
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid == proc.pid:
            break
        if sample_memory:
            rss, pids = _tree_rss_kb(proc.pid)
            peak_tree, peak_procs = max(peak_tree, rss), max(peak_procs, len(pids))
            if samples % PSS_EVERY == 0:
                peak_pss = max(peak_pss, _tree_pss_kb(pids))
            samples += 1
        if time.perf_counter() - t0 > timeout_s:
            timed_out = True
            os.killpg(proc.pid, signal.SIGKILL)  # the child's own process group: it and its workers only
            _, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.05)
    wall = time.perf_counter() - t0
    machine_busy, own_monitor = _busy_cpu_s() - busy0, _self_cpu_s() - self0
    proc.returncode = os.waitstatus_to_exitcode(status)
    out.seek(0)
    err.seek(0)
    stdout, stderr = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
    out.close()
    err.close()
    max_proc_kb = usage.ru_maxrss if usage else 0  # Linux: kB, the largest process among the child and its reaped
    tree_cpu = (usage.ru_utime + usage.ru_stime) if usage else 0.0
    return {
        "other_cpus_busy": round(max(0.0, machine_busy - tree_cpu - own_monitor) / wall, 2),
        "cmd": cmd,
        "wall_s": wall,
        "rc": proc.returncode,
        "timed_out": timed_out,
        "cpu_s": (usage.ru_utime + usage.ru_stime) if usage else None,
        "peak_rss_max_proc_mb": max_proc_kb / 1024,
        "peak_rss_tree_mb": max(peak_tree, max_proc_kb) / 1024,
        "peak_pss_tree_mb": peak_pss / 1024,
        "max_processes": peak_procs,
        "loadavg_before": round(load_before, 2),
        "stdout": stdout,
        "stderr": stderr,
    }


# ------------------------------------------------------------------ stage times


def map_stages(raw: dict[str, float]) -> tuple[dict[str, float | None], list[str]]:
    """Analysis.timings / `--timings` names → the columns; extract and claims may come as one figure."""
    stages: dict[str, float | None] = dict.fromkeys(COLUMNS)
    notes = []

    def add(column: str, seconds: float) -> None:
        stages[column] = (stages[column] or 0.0) + seconds

    for name, seconds in raw.items():
        key = name.lower().replace("-", "_").replace(" ", "_")
        if key in ("total", "cached_articles"):
            continue
        if key in stages and key != "other":
            add(key, seconds)
        elif key in ("per_document_wall", "per_document", "extract_wall"):
            add("per_doc_wall", seconds)
        elif "extract" in key and "claim" in key:
            add("extract", seconds)
            add("per_doc_wall", seconds)
            notes.append(f"extract includes claims (timed together as {name!r})")
        elif "extract" in key:
            add("extract", seconds)
        elif "claim" in key:
            add("claims", seconds)
        elif "ingest" in key or key.startswith("read"):
            add("ingest", seconds)
        elif "align" in key:
            add("align", seconds)
        elif "rule" in key:
            add("rules", seconds)
        elif "quality" in key or "expectation" in key:
            add("quality", seconds)
        elif "report" in key or "write" in key or "render" in key:
            add("report", seconds)
        else:
            notes.append(f"timing {name!r} ({seconds:.2f}s) not mapped to a column")
    if stages["per_doc_wall"] is None and stages["extract"] is not None:
        stages["per_doc_wall"] = stages["extract"] + (stages["claims"] or 0.0)
    if raw.get("cached_articles"):
        notes.append(f"WARNING: {raw['cached_articles']:.0f} articles came from the run cache, not extracted")
    return stages, notes


def add_other(stages: dict[str, float | None], wall: float) -> None:
    timed = [stages[c] for c in ("ingest", "per_doc_wall", "align", "rules", "quality", "report")]
    if any(v is not None for v in timed):
        stages["other"] = wall - sum(v for v in timed if v is not None)


_TIMING_LINE = re.compile(
    r"^\s*(?:crosscheck:\s*)?(?:timings?:?\s*)?([A-Za-z][\w +/-]*?)\s*[:=]\s*"
    r"([0-9]+(?:\.[0-9]+)?)\s*(ms|s|sec|seconds)?\s*$"
)


def parse_cli_timings(text: str) -> dict[str, float]:
    """Stage times printed by `crosscheck check --timings` (a JSON object, or 'stage: 1.23s' lines)."""
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("{") and line.endswith("}"):
            try:
                data = json.loads(line)
            except json.JSONDecodeError:
                continue
            data = data.get("timings", data)
            if isinstance(data, dict) and all(isinstance(v, int | float) for v in data.values()):
                return {str(k): float(v) for k, v in data.items()}
    found: dict[str, float] = {}
    for line in text.splitlines():
        m = _TIMING_LINE.match(line)
        if m and any(
            s in m.group(1).lower()
            for s in ("ingest", "read", "extract", "claim", "align", "rule", "report", "write", "total")
        ):
            found[m.group(1).strip()] = float(m.group(2)) / (1000 if m.group(3) == "ms" else 1)
    return found


# ------------------------------------------------------------------ child modes


def child_naive(folder: Path, sample: int, seed: int) -> None:
    """Time quantulum3 per sentence + dateparser per article on a sample; print JSON."""
    import warnings
    from datetime import datetime as dt

    import yaml

    warnings.filterwarnings("ignore")
    t0 = time.perf_counter()
    from quantulum3 import parser as qparser

    t1 = time.perf_counter()
    from dateparser.search import search_dates

    t2 = time.perf_counter()
    qparser.parse("The pipeline would carry 38 bcm of gas a year, worth $240bn, and 1,150 feet of pipe.")
    t3 = time.perf_counter()
    search_dates(
        "They met on May 16 and will meet again on Thursday.",
        languages=["en"],
        settings={"RELATIVE_BASE": dt(2024, 5, 14)},
    )
    t4 = time.perf_counter()
    files = sorted(str(p) for p in folder.rglob("*.md"))
    chosen = random.Random(f"naive/{seed}").sample(files, k=min(sample, len(files)))
    splitter = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n\s*\n")
    per_article, q_times, d_times, cpu_times = [], [], [], []
    sentences = words = quantities = dates = 0
    for path in chosen:
        text = Path(path).read_text(encoding="utf-8")
        _, front, body = text.split("---\n", 2)
        meta = yaml.safe_load(front)
        published = dt.combine(meta["published"], dt.min.time())
        words += len(body.split())
        a0, c0 = time.perf_counter(), time.process_time()
        parts = [s for s in splitter.split(body) if s and s.strip()]
        for sentence in parts:
            quantities += len(qparser.parse(sentence))
        a1 = time.perf_counter()
        found = search_dates(body, languages=["en"], settings={"RELATIVE_BASE": published})
        a2 = time.perf_counter()
        dates += len(found or [])
        sentences += len(parts)
        per_article.append(a2 - a0)
        cpu_times.append(time.process_time() - c0)
        q_times.append(a1 - a0)
        d_times.append(a2 - a1)
    n = len(per_article)
    print(
        json.dumps(
            {
                "articles": n,
                "words": words,
                "sentences": sentences,
                "quantities": quantities,
                "dates": dates,
                "import_quantulum3_s": t1 - t0,
                "import_dateparser_s": t2 - t1,
                "first_parse_s": t3 - t2,
                "first_search_dates_s": t4 - t3,
                "startup_s": t4 - t0,
                "per_article_s": sum(per_article) / n,
                "per_article_cpu_s": sum(cpu_times) / n,
                "per_article_quantulum_s": sum(q_times) / n,
                "per_article_dateparser_s": sum(d_times) / n,
                "max_article_s": max(per_article),
                "sample_total_s": sum(per_article),
            }
        )
    )


def child_api(folder: Path, workers: int, out: Path) -> None:
    """crosscheck through its Python API (ingest, analyze, report writers), timed by stage; print JSON."""
    import inspect

    t0 = time.perf_counter()
    from checker.engine import load_rules
    from checker.ingest import read_corpus
    from checker.pipeline import analyze
    from checker.report.html import write_html
    from checker.report.tables import write_csv, write_json
    from checker.run import RunResult

    t1 = time.perf_counter()
    rules = load_rules(None)
    t2 = time.perf_counter()
    corpus = read_corpus([str(folder)])
    t3 = time.perf_counter()
    notes = []
    if "workers" in inspect.signature(analyze).parameters:
        analysis = analyze(corpus.documents, rules, workers=workers)
    else:
        notes.append("analyze() has no workers parameter: ran with its default")
        analysis = analyze(corpus.documents, rules)
    t4 = time.perf_counter()
    run = RunResult(
        analysis=analysis,
        rules=rules,
        skipped=corpus.skipped,
        notes=corpus.notes,
        inputs=(str(folder),),
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        ignored=corpus.ignored,
    )
    out.mkdir(parents=True, exist_ok=True)
    try:
        from checker.report import RENDERERS

        for name in ("html", "csv", "json"):
            RENDERERS[name](run, out)
    except ImportError:
        write_html(run, out)
        write_csv(run, out)
        write_json(run, out)
    t5 = time.perf_counter()
    raw = {str(k): float(v) for k, v in dict(getattr(analysis, "timings", {}) or {}).items()}
    print(
        json.dumps(
            {
                "import_s": t1 - t0,
                "load_rules_s": t2 - t1,
                "ingest_s": t3 - t2,
                "analyze_s": t4 - t3,
                "report_s": t5 - t4,
                "timings": raw,
                "notes": notes,
                "documents": len(analysis.documents),
                "claims": len(analysis.claims),
                "facts": len(analysis.facts),
                "findings": len(analysis.findings),
            }
        )
    )


# ------------------------------------------------------------------ the benchmark


def crosscheck_cmd() -> list[str]:
    exe = Path(sys.executable).parent / "crosscheck"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "checker"]


def cli_flags() -> dict[str, bool]:
    help_text = subprocess.run(
        [*crosscheck_cmd(), "check", "--help"], capture_output=True, text=True, cwd=tempfile.gettempdir(), env=CHILD_ENV
    ).stdout
    return {
        "workers": "--workers" in help_text,
        "timings": "--timings" in help_text,
        "stories": "--stories" in help_text,
    }


def compiled_modules() -> str:
    """Whether the measured children run crosscheck's compiled modules (checker/accel.py), and why (not)."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import checker.accel as a; s = a.status(); print(('in use: ' if s.active else 'not used: ') + s.reason)",
        ],
        capture_output=True,
        text=True,
        cwd=tempfile.gettempdir(),
        env=CHILD_ENV,
    )
    return done.stdout.strip() or f"unknown ({done.stderr.strip()[-200:]})"


STORIES = "folder"  # the corpus keeps one story per folder: `--stories folder` (set by --stories)


def checker_fingerprint(root: Path = REPO) -> str:
    """A hash of checker/**/*.py and rules/*.yaml: which code the figures belong to (others edit checker/)."""
    h = hashlib.sha1()
    for path in sorted([*(root / "checker").rglob("*.py"), *(root / "rules").glob("*.yaml")]):
        h.update(str(path.relative_to(root)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def snapshot_code() -> Path:
    """Copy checker/ and rules/ to a temporary folder (compiled), so every configuration of this run measures the
    same code while checker/ keeps changing; children get it first on PYTHONPATH, ahead of the editable install."""
    import compileall

    snap = Path(tempfile.mkdtemp(prefix="cc-bench-code-"))
    shutil.copytree(REPO / "checker", snap / "checker", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.copytree(REPO / "rules", snap / "rules")
    compileall.compile_dir(snap / "checker", quiet=1)
    return snap


def use_code(snap: Path | None) -> str:
    """Point measured children at the snapshot (None: the working tree); returns where `checker` is imported from."""
    global CHILD_ENV
    env = dict(os.environ)
    if snap is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(snap), *filter(None, [env.get("PYTHONPATH")])])
    CHILD_ENV = env
    where = subprocess.run(
        [sys.executable, "-c", "import checker, sys; print(checker.__file__)"],
        env=env,
        capture_output=True,
        text=True,
        cwd=tempfile.gettempdir(),
        check=True,
    ).stdout.strip()
    if snap is not None and not where.startswith(str(snap)):
        raise SystemExit(f"the code snapshot is not used: checker is imported from {where}")
    return where


def machine_info() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram_gb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "python": platform.python_version(),
        "cpu": cpu,
        "ram_gb": ram_gb,
        "platform": platform.platform(),
        "loadavg_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def run_naive(folder: Path, sample: int, seed: int, timeout_s: float) -> dict[str, Any]:
    m = measure(
        [
            sys.executable,
            str(Path(__file__).resolve()),
            "--_naive",
            str(folder),
            "--naive-sample",
            str(sample),
            "--seed",
            str(seed),
        ],
        timeout_s,
    )
    result = {"config": f"naive (sample {sample})", "mode": "quantulum3+dateparser", "workers": 1, **_slim(m)}
    if m["rc"] == 0 and not m["timed_out"]:
        result["naive"] = json.loads(m["stdout"].strip().splitlines()[-1])
    return result


def _slim(m: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in m.items() if k not in ("stdout", "stderr")} | {
        "stderr_tail": m["stderr"].strip().splitlines()[-5:] if m["rc"] else []
    }


def run_cli(folder: Path, workers: int, flags: dict[str, bool], timeout_s: float) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="cc-bench-") as tmp:
        out = Path(tmp) / "out"
        cmd = [*crosscheck_cmd(), "check", str(folder.resolve()), "--out", str(out), "--quiet", "--fail-on", "never"]
        notes = []
        if flags["workers"]:
            cmd += ["--workers", str(workers)]
        else:
            notes.append("CLI has no --workers flag: ran without it (single process)")
        if flags["timings"]:
            cmd.append("--timings")
        if flags.get("stories") and STORIES != "none":
            cmd += ["--stories", STORIES]
        # timed without reading /proc, then run again for its memory (an empty folder: no project config applies)
        m = measure(cmd, timeout_s, cwd=Path(tmp), sample_memory=False)
        outputs = sorted(p.name for p in out.iterdir()) if out.is_dir() else []
        if m["rc"] in (0, 1) and not m["timed_out"]:
            shutil.rmtree(out, ignore_errors=True)
            memory = measure(cmd, timeout_s, cwd=Path(tmp))
            for key in ("peak_rss_tree_mb", "peak_pss_tree_mb", "max_processes"):
                m[key] = memory[key]
            m["peak_rss_max_proc_mb"] = max(m["peak_rss_max_proc_mb"], memory["peak_rss_max_proc_mb"])
            m["memory_run_wall_s"] = memory["wall_s"]
    result = {
        "config": f"crosscheck CLI, {workers} worker{'s' * (workers > 1)}",
        "mode": "cli",
        "workers": workers,
        **_slim(m),
        "outputs": outputs,
        "notes": notes,
    }
    if m["rc"] == 2 and "unrecognized arguments" in m["stderr"]:
        result["rejected"] = True
    if flags["timings"]:
        raw = parse_cli_timings(m["stderr"] + "\n" + m["stdout"])
        result["timings_raw"] = raw
        result["stages"], more = map_stages(raw)
        add_other(result["stages"], m["wall_s"])
        result["notes"] += more
        if not raw:
            result["notes"].append("--timings output not understood: stage times n/a")
    return result


def run_api(folder: Path, workers: int, timeout_s: float, why: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="cc-bench-") as tmp:
        m = measure(
            [
                sys.executable,
                str(Path(__file__).resolve()),
                "--_api",
                str(folder),
                "--workers",
                str(workers),
                "--out",
                tmp,
            ],
            timeout_s,
            cwd=REPO,
        )
        outputs = sorted(p.name for p in Path(tmp).iterdir())
    result = {
        "config": f"crosscheck API, {workers} worker{'s' * (workers > 1)}",
        "mode": "api",
        "workers": workers,
        **_slim(m),
        "outputs": outputs,
        "notes": [why],
    }
    if m["rc"] == 0 and not m["timed_out"]:
        data = json.loads(m["stdout"].strip().splitlines()[-1])
        stages, more = map_stages(data["timings"])
        stages["ingest"] = data["ingest_s"]
        stages["report"] = data["report_s"]
        add_other(stages, m["wall_s"])
        result.update(api=data, stages=stages, timings_raw=data["timings"])
        result["notes"] += more + data["notes"]
        result["notes"].append(
            f"start-up (imports {data['import_s']:.2f}s + rules {data['load_rules_s']:.2f}s) is outside the stages"
        )
    return result


def startup_cost(flags: dict[str, bool], corpus: Path, timeout_s: float) -> dict[str, Any]:
    """crosscheck end to end on a single article: the fixed cost of a run (interpreter, imports, rules, report)."""
    first = sorted(corpus.rglob("*.md"))[0]
    with tempfile.TemporaryDirectory(prefix="cc-bench-one-") as tmp:
        one = Path(tmp) / "one"
        one.mkdir()
        shutil.copy(first, one / first.name)
        result = run_cli(one, 1, flags, timeout_s)
    return result


def per_article_naive(naive: dict[str, Any]) -> float | None:
    return naive.get("naive", {}).get("per_article_s")


def fmt(x: float | None, digits: int = 2) -> str:
    if x is None:
        return "n/a"
    return f"{x:,.{digits}f}"


def summarize(
    run: dict[str, Any], n: int, words: int, naive_pa: float | None, naive_cpu_pa: float | None = None
) -> dict[str, Any]:
    ok = run["rc"] == 0 and not run["timed_out"] and not run.get("rejected")
    wall = run["wall_s"]
    row = {
        "config": run["config"],
        "status": "timeout" if run["timed_out"] else "ok" if ok else f"exit {run['rc']}",
        "wall_s": wall,
        "articles_per_s": n / wall if ok else None,
        "words_per_s": words / wall if ok else None,
        "cpu_over_wall": (run["cpu_s"] / wall) if ok and run.get("cpu_s") else None,
        "rss_tree_mb": run["peak_rss_tree_mb"],
        "pss_tree_mb": run.get("peak_pss_tree_mb"),
        "rss_max_proc_mb": run["peak_rss_max_proc_mb"],
        "processes": run["max_processes"],
        "stages": run.get("stages") or dict.fromkeys(COLUMNS),
        "s_per_1k": wall / n * 1000 if ok else None,
        "other_cpus_busy": run.get("other_cpus_busy"),
        "cpu_s_per_1k": run["cpu_s"] / n * 1000 if ok and run.get("cpu_s") is not None else None,
        "ratio_vs_naive_cpu": (run["cpu_s"] / n) / naive_cpu_pa if ok and naive_cpu_pa and run.get("cpu_s") else None,
        "ratio_vs_naive": (wall / n) / naive_pa if ok and naive_pa else None,
    }
    return row


TABLE = [  # (heading, short heading for the terminal, width)
    ("configuration", "configuration", 28),
    ("status", "status", 7),
    ("wall s", "wall s", 8),
    ("articles/s", "art/s", 7),
    ("words/s", "words/s", 8),
    ("CPU/wall", "CPU/wall", 8),
    ("other processes' CPUs", "others", 6),
    ("peak memory MB (tree PSS / tree RSS / largest process)", "MB PSS/RSS/max", 16),
    *[(HEADINGS.get(c, c), HEADINGS.get(c, c)[:8], 8) for c in COLUMNS],
    ("wall s per 1k articles", "s/1k", 7),
    ("CPU s per 1k articles", "CPU s/1k", 8),
    ("crosscheck / naive per article (wall)", "xc/naive", 8),
    ("crosscheck / naive per article (CPU)", "xc/nCPU", 7),
]


def table_cells(n: int, naive: dict[str, Any], rows: list[dict[str, Any]]) -> list[list[str]]:
    """One list of cells per row (the naive baseline first), in TABLE order."""
    cells = []
    nd = naive.get("naive")
    if nd:
        pa = nd["per_article_s"]
        cpu_pa = nd["per_article_cpu_s"] * 1000 if "per_article_cpu_s" in nd else None
        cells.append(
            [
                f"naive ({nd['articles']} sampled)",
                "ok",
                fmt(nd["startup_s"] + pa * n, 1),
                fmt(1 / pa, 2),
                fmt(nd["words"] / nd["sample_total_s"], 0),
                "",
                fmt(naive.get("other_cpus_busy"), 2),
                f"{fmt(naive.get('peak_pss_tree_mb'), 0)} / {fmt(naive['peak_rss_tree_mb'], 0)} / "
                f"{fmt(naive['peak_rss_max_proc_mb'], 0)}",
                *[""] * len(COLUMNS),
                fmt(pa * 1000, 1),
                fmt(cpu_pa, 1),
                "1.00",
                "1.00",
            ]
        )
    else:
        cells.append(["naive", "timeout" if naive["timed_out"] else "failed", *[""] * (len(TABLE) - 2)])
    for row in rows:
        st = row["stages"]
        cells.append(
            [
                row["config"],
                row["status"],
                fmt(row["wall_s"], 1),
                fmt(row["articles_per_s"], 2),
                fmt(row["words_per_s"], 0),
                fmt(row["cpu_over_wall"], 2),
                fmt(row["other_cpus_busy"], 2),
                f"{fmt(row.get('pss_tree_mb'), 0)} / {fmt(row['rss_tree_mb'], 0)} / {fmt(row['rss_max_proc_mb'], 0)}",
                *[fmt(st.get(c), 2) for c in COLUMNS],
                fmt(row["s_per_1k"], 1),
                fmt(row.get("cpu_s_per_1k"), 1),
                fmt(row["ratio_vs_naive"], 2),
                fmt(row.get("ratio_vs_naive_cpu"), 2),
            ]
        )
    return cells


def print_table(n: int, manifest: dict[str, Any], naive: dict[str, Any], rows: list[dict[str, Any]]) -> str:
    lines = [
        f"N = {n:,} articles, {manifest['words']:,} words ({manifest['words_per_article']:.0f}/article), "
        f"{manifest['stories']} stories"
    ]
    widths = [w for _, _, w in TABLE]
    lines.append(
        " ".join(
            h.ljust(w) if i < 2 else h.rjust(w) for i, ((_, h, _), w) in enumerate(zip(TABLE, widths, strict=True))
        )
    )
    for row in table_cells(n, naive, rows):
        lines.append(
            " ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True)))
        )
    text = "\n".join(lines)
    print(text, flush=True)
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="100,1000,10000", help="corpus sizes (articles), comma-separated")
    parser.add_argument("--workers", default="1,2", help="worker counts for crosscheck, comma-separated")
    parser.add_argument("--naive-sample", type=int, default=50, help="articles the naive pipeline is timed on")
    parser.add_argument("--json", metavar="PATH", help="write every measurement as JSON here")
    parser.add_argument("--doc", metavar="PATH", help="replace the '## Throughput' section of this Markdown file")
    parser.add_argument("--timeout", type=float, default=20.0, help="minutes per configuration (default 20)")
    parser.add_argument("--seed", type=int, default=7, help="corpus and sample seed (default 7)")
    parser.add_argument("--cache", default=str(HERE / ".corpora"), help="corpus cache folder")
    parser.add_argument(
        "--stories",
        choices=("folder", "none"),
        default="folder",
        help="pass `--stories folder` to the CLI when it has the flag (default; the corpus has one folder per "
        "story), or 'none': all 10,000 articles as one story, as a folder of one story would be read",
    )
    parser.add_argument(
        "--wait-quiet",
        type=float,
        default=120,
        metavar="SECONDS",
        help="before each configuration wait up to this long for other processes to use < 0.25 "
        "CPUs (default 120; 0: do not wait); what was found is recorded",
    )
    parser.add_argument(
        "--max-other-cpus",
        type=float,
        default=0.3,
        metavar="X",
        help="re-run a configuration when other processes kept more than X CPUs busy during it "
        "(default 0.3); the least disturbed attempt is kept, every attempt is in the JSON",
    )
    parser.add_argument("--retries", type=int, default=2, help="re-runs allowed per configuration (default 2)")
    parser.add_argument(
        "--no-api-breakdown",
        action="store_true",
        help="skip the extra 1-worker API run that gives stage times when the CLI cannot",
    )
    parser.add_argument(
        "--live",
        action="store_true",
        help="measure the working tree as it changes instead of a snapshot of checker/ and rules/ taken at the start",
    )
    parser.add_argument(
        "--profile",
        type=int,
        metavar="N",
        help="instead of the benchmark: cProfile the API path (ingest, analyze with 1 worker, "
        "report writers) on the N-article corpus and print the top functions",
    )
    parser.add_argument("--top", type=int, default=25, help="functions listed by --profile (default 25)")
    parser.add_argument("--_naive", metavar="DIR", help=argparse.SUPPRESS)
    parser.add_argument("--_api", metavar="DIR", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    global STORIES
    STORIES = args.stories
    if args._naive:
        child_naive(Path(args._naive), args.naive_sample, args.seed)
        return 0
    if args._api:
        child_api(Path(args._api), int(args.workers), Path(args.out))
        return 0

    snap = None if args.live else snapshot_code()
    try:
        code_path = use_code(snap)
        if args.profile:
            return profile(Path(args.cache), args.profile, args.seed, args.top, checker_fingerprint(snap or REPO))
        return benchmark(args, argv, snap, code_path)
    finally:
        if snap is not None:
            shutil.rmtree(snap, ignore_errors=True)


def benchmark(args: argparse.Namespace, argv: list[str] | None, snap: Path | None, code_path: str) -> int:
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    worker_counts = [int(w) for w in args.workers.split(",") if w.strip()]
    timeout_s = args.timeout * 60
    started = datetime.now(UTC)
    machine = machine_info()
    flags = cli_flags()
    compiled = compiled_modules()
    command = ".venv/bin/python benchmarks/throughput.py " + " ".join(argv if argv is not None else sys.argv[1:])
    fingerprint = checker_fingerprint(snap or REPO)
    print(
        f"crosscheck throughput — {started:%Y-%m-%d %H:%M UTC}; {machine['cpu']}, {machine['nproc']} CPUs, "
        f"{machine['ram_gb']} GB RAM, Python {machine['python']}; checker/ + rules/ fingerprint {fingerprint}"
        + (" (a snapshot taken at the start)" if snap is not None else " (working tree, may change during the run)")
    )
    print(
        f"CLI flags: --workers {'yes' if flags['workers'] else 'NO'}, --timings {'yes' if flags['timings'] else 'NO'}"
        + (
            ""
            if flags["workers"]
            else " — worker counts > 1 fall back to the Python API (analyze(..., workers=N) "
            "+ report writers) in a child process"
        ),
        flush=True,
    )
    print(f"compiled modules (mypyc): {compiled}", flush=True)
    results: dict[str, Any] = {
        "command": command,
        "started": started.isoformat(timespec="seconds"),
        "machine": machine,
        "checker_fingerprint": fingerprint,
        "cli_flags": flags,
        "compiled": compiled,
        "code": {"snapshot": snap is not None, "imported_from": code_path},
        "generator": generator_parameters(),
        "seed": args.seed,
        "sizes": {},
    }
    tables = []
    cache = Path(args.cache)

    def attempt(label: str, fn: Any) -> dict[str, Any]:
        """Run fn() after waiting for quiet; again while other processes disturbed it, keep the best attempt."""
        tries: list[dict[str, Any]] = []
        for i in range(1 + max(0, args.retries)):
            q = quiet()
            result = fn() | q
            tries.append(result)
            if result["timed_out"] or result.get("other_cpus_busy", 0.0) <= args.max_other_cpus:
                break
            print(
                f"  ({label}: other processes kept {result['other_cpus_busy']:.2f} CPUs busy; "
                + ("running it again)" if i < args.retries else "no retries left)"),
                flush=True,
            )
        best = min(tries, key=lambda r: (r["timed_out"], r.get("other_cpus_busy", 0.0)))
        best = dict(best)
        best["attempts"] = [
            {
                "wall_s": round(t["wall_s"], 2),
                "other_cpus_busy": t.get("other_cpus_busy"),
                "cpu_s": t.get("cpu_s"),
                "timed_out": t["timed_out"],
            }
            for t in tries
        ]
        if len(tries) > 1:
            best.setdefault("notes", []).append(
                f"best of {len(tries)} attempts by other processes' CPU use: "
                + ", ".join(
                    f"{t['wall_s']:.1f}s with {t.get('other_cpus_busy', 0):.2f} CPUs busy elsewhere" for t in tries
                )
            )
        return best

    def quiet() -> dict[str, Any]:
        if args.wait_quiet <= 0:
            return {}
        found = wait_quiet(args.wait_quiet)
        if not found["quiet"]:
            print(
                f"  (machine still busy after {found['waited_s']:.0f}s: other processes use "
                f"{found['busy_cpus_before']:.2f} CPUs; measuring anyway)",
                flush=True,
            )
        return {"quiet_wait": found}

    fixed: dict[str, Any] | None = None
    for n in sizes:
        folder, manifest, built = newscorpus.ensure_corpus(cache, n, args.seed)
        print(f"\ncorpus {folder} ({f'built in {built:.1f}s' if built is not None else 'cached'})", flush=True)
        if fixed is None:
            fixed = attempt("start-up", lambda f=folder: startup_cost(flags, f, timeout_s))
            print(
                f"crosscheck start-up (end to end on 1 article): {fixed['wall_s']:.2f}s wall, "
                f"{fixed['peak_rss_tree_mb']:.0f} MB",
                flush=True,
            )
            results["startup_one_article"] = fixed
        naive = attempt("naive", lambda f=folder: run_naive(f, args.naive_sample, args.seed, timeout_s))
        naive_pa = per_article_naive(naive)
        runs = []
        for w in worker_counts:

            def one(f: Path = folder, w: int = w) -> dict[str, Any]:
                if w == 1 or flags["workers"]:
                    run = run_cli(f, w, flags, timeout_s)
                    if run.get("rejected"):
                        run = run_api(f, w, timeout_s, "CLI rejected --workers: Python API fallback")
                    return run
                return run_api(f, w, timeout_s, "CLI has no --workers flag: Python API fallback")

            run = attempt(f"{w} worker(s)", one)
            runs.append(run)
            print(
                f"  {run['config']}: {run['wall_s']:.1f}s"
                + (" TIMEOUT" if run["timed_out"] else "")
                + f" (other processes kept {run['other_cpus_busy']:.2f} CPUs busy meanwhile)",
                flush=True,
            )
        if (
            not flags["timings"]
            and not args.no_api_breakdown
            and not any(r["mode"] == "api" and r["workers"] == 1 for r in runs)
        ):
            run = attempt(
                "API breakdown",
                lambda f=folder: run_api(f, 1, timeout_s, "stage breakdown: the CLI cannot print stage times"),
            )
            runs.append(run)
            print(f"  {run['config']}: {run['wall_s']:.1f}s" + (" TIMEOUT" if run["timed_out"] else ""), flush=True)
        naive_cpu_pa = (naive.get("naive") or {}).get("per_article_cpu_s")
        rows = [summarize(r, n, manifest["words"], naive_pa, naive_cpu_pa) for r in runs]
        tables.append(print_table(n, manifest, naive, rows))
        for r in runs:
            for note in r.get("notes", []):
                print(f"    note ({r['config']}): {note}")
            if r.get("stderr_tail"):
                print(f"    stderr ({r['config']}): " + " | ".join(r["stderr_tail"]))
        results["sizes"][str(n)] = {
            "corpus": {"path": str(folder), "build_s": built, **manifest},
            "naive": naive,
            "runs": runs,
            "rows": rows,
        }
        if args.json:  # after every size, so a later timeout or crash keeps what was measured
            _write_json(Path(args.json), results)
    scaling = scaling_lines(results)
    print("\n" + "\n".join(scaling))
    results["finished"] = datetime.now(UTC).isoformat(timespec="seconds")
    results["machine"]["loadavg_at_end"] = [round(x, 2) for x in os.getloadavg()]
    if args.json:
        _write_json(Path(args.json), results)
    if args.doc:
        update_doc(Path(args.doc), render_markdown(results))
        print(f"\nupdated the '{SECTION}' section of {args.doc}")
    return 0


def profile(cache: Path, n: int, seed: int, top: int, fingerprint: str) -> int:
    """cProfile of the API path with 1 worker, in a child process; top functions by cumulative and by own time."""
    import pstats

    folder, _manifest, _built = newscorpus.ensure_corpus(cache, n, seed)
    with tempfile.TemporaryDirectory(prefix="cc-profile-") as tmp:
        stats_path = Path(tmp) / "api.prof"
        t0 = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "cProfile",
                "-o",
                str(stats_path),
                str(Path(__file__).resolve()),
                "--_api",
                str(folder),
                "--workers",
                "1",
                "--out",
                str(Path(tmp) / "out"),
            ],
            check=True,
            cwd=tmp,
            stdout=subprocess.DEVNULL,
            env=CHILD_ENV,
        )
        print(
            f"cProfile of the API path (ingest + analyze(workers=1) + html/csv/json writers) on {folder}, "
            f"checker/ + rules/ fingerprint {fingerprint}: {time.perf_counter() - t0:.1f}s wall under the profiler\n"
        )
        stats = pstats.Stats(str(stats_path))
        stats.sort_stats("cumulative").print_stats(top)
        stats.sort_stats("tottime").print_stats(top)
    return 0


def _write_json(path: Path, results: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=1, default=str) + "\n", encoding="utf-8")


def scaling_lines(results: dict[str, Any]) -> list[str]:
    """Seconds per 1,000 articles at each size, per configuration: flat means linear growth. Also without the
    fixed cost of a run (the end-to-end time on one article), which dominates small corpora."""
    configs: dict[str, dict[int, dict[str, Any]]] = {}
    for n, data in results["sizes"].items():
        for row in data["rows"]:
            configs.setdefault(row["config"], {})[int(n)] = row
    sizes = sorted(int(n) for n in results["sizes"])
    fixed = (results.get("startup_one_article") or {}).get("wall_s")
    lines = ["scaling — wall seconds per 1,000 articles at " + " / ".join(f"{n:,}" for n in sizes) + " articles:"]
    for config, by_n in configs.items():
        lines.append(f"  {config:<28} " + " / ".join(fmt(by_n[n]["s_per_1k"] if n in by_n else None, 1) for n in sizes))
    if len(sizes) > 1:  # the fixed cost cancels out: what each further 1,000 articles cost
        steps = list(itertools.pairwise(sizes))
        lines.append(
            "incremental wall seconds per 1,000 more articles, "
            + " / ".join(f"{a:,}→{b:,}" for a, b in steps)
            + (f" (a run's fixed cost, end to end on one article: {fixed:.1f} s)" if fixed else "")
            + ":"
        )
        for config, by_n in configs.items():
            values = [
                (by_n[b]["wall_s"] - by_n[a]["wall_s"]) / (b - a) * 1000
                if a in by_n and b in by_n and by_n[a]["s_per_1k"] is not None and by_n[b]["s_per_1k"] is not None
                else None
                for a, b in steps
            ]
            lines.append(f"  {config:<28} " + " / ".join(fmt(v, 1) for v in values))
    return lines


def generator_parameters() -> dict[str, Any]:
    g = newscorpus
    return {
        "version": g.GENERATOR_VERSION,
        "articles_per_story": g.ARTICLES_PER_STORY,
        "outlets_per_story": list(g.OUTLETS_PER_STORY),
        "words_target": list(g.WORDS_TARGET),
        "conflict_rate": g.CONFLICT_RATE,
        "fact_p_scale": g.FACT_P_SCALE,
        "local_figures": list(g.LOCAL_FIGURES),
        "topics": sorted(g.TOPICS),
        "published_offsets": list(g.PUBLISHED_OFFSETS),
    }


# ------------------------------------------------------------------ docs/benchmarks.md


def render_markdown(results: dict[str, Any]) -> str:
    m = results["machine"]
    out = [SECTION, ""]
    out.append(
        "Written by `benchmarks/throughput.py` (re-run it to refresh this section; other sections of this "
        "file are not touched)."
    )
    out.append("")
    out.append("```sh")
    out.append(results["command"])
    out.append("```")
    out.append("")
    snapshot = (results.get("code") or {}).get("snapshot")
    out.append(
        f"- date: {results['started'][:16].replace('T', ' ')} UTC; checker/ + rules/ fingerprint "
        f"`{results['checker_fingerprint']}` (sha1 of their files)"
        + (
            "; every configuration ran a snapshot of checker/ and rules/ taken at the start (first on "
            "PYTHONPATH), so that edits to checker/ during the run change no configuration"
            if snapshot
            else "; measured on the working tree (`--live`): checker/ may have changed between configurations"
        )
    )
    out.append(
        f"- machine: {m['cpu']}, `nproc` = {m['nproc']}, {m['ram_gb']} GB RAM, Python {m['python']} "
        f"({m['platform']}); load average at start {m['loadavg_at_start'][0]}, at end "
        f"{m.get('loadavg_at_end', ['?'])[0]}"
    )
    out.append(f"- compiled modules (mypyc, checker/accel.py): {results.get('compiled', 'not recorded')}")
    flags = results["cli_flags"]
    out.append(
        f"- CLI: `--workers` {'available' if flags['workers'] else '**not available**'}, `--timings` "
        f"{'available' if flags['timings'] else '**not available**'}"
        + (
            ""
            if flags["workers"]
            else "; the 2-worker rows use the Python API fallback "
            "(`analyze(documents, rules, workers=2)` + the report writers, in a child process)"
        )
        + ("" if flags["timings"] else "; stage times come from an extra 1-worker API run")
    )
    fixed = results.get("startup_one_article")
    if fixed:
        out.append(
            f"- fixed cost of a run (CLI end to end on one article): {fixed['wall_s']:.2f} s, "
            f"{fixed['peak_rss_tree_mb']:.0f} MB"
        )
    gen = results["generator"]
    out.append(
        f"- corpora: `benchmarks/newscorpus.py` v{gen['version']} (seed {results.get('seed', 7)}; cached in "
        f"`benchmarks/.corpora/`, git-ignored): N/{gen['articles_per_story']} stories over "
        f"{len(gen['topics'])} topics ({', '.join(gen['topics'])}), {gen['outlets_per_story'][0]}-"
        f"{gen['outlets_per_story'][1]} outlets per story, {gen['words_target'][0]}-{gen['words_target'][1]} "
        f"words per article, {gen['conflict_rate']:.0%} of facts with a planted conflict; "
        + "; ".join(
            f"N={int(n):,}: {d['corpus']['stories']} stories, {d['corpus']['words']:,} words, "
            f"{d['corpus']['facts_with_planted_conflict']} planted conflicts"
            for n, d in results["sizes"].items()
        )
    )
    out.append("")
    out.append("How to read the table:")
    out.append("")
    out.append(
        "- *crosscheck CLI* rows are end to end: `crosscheck check <corpus> --out <new temp dir> --quiet "
        "--fail-on never --workers N --timings"
        + (f" --stories {STORIES}" if flags.get("stories") and STORIES != "none" else "")
        + "`, run from an empty folder (no project config applies), timed "
        "from spawn to exit. That includes interpreter start-up and imports, rule loading, ingest, the run "
        "database (`OUT/history.sqlite`, new and empty, so no article comes from its cache), the "
        "great_expectations quality gate and writing index.html, the CSVs and findings.json."
    )
    out.append(
        "- stage columns are the CLI's own `--timings` (seconds). *extract* and *claims* are summed over "
        "articles, inside the workers when there are several; *per-doc wall* is the wall time of that "
        "phase. *ingest* is everything from the start of the check command to the analysis (config, rule "
        "loading, reading the files, loading the unit registry and lexicon while they are read, opening the "
        "run database); *report* includes recording the run in the run database. *other* = wall minus the "
        "timed stages: interpreter start-up and imports before the command starts, anything untimed."
    )
    out.append(
        "- *CPU/wall*: CPU seconds of the whole process tree (pool workers included) per wall second; "
        "above 1 only when work really runs in parallel. *other processes' CPUs*: how many CPUs the rest "
        "of the machine kept busy during the run (other users' jobs); on a 2-CPU machine anything above "
        "~0.3 slows the run and makes the 2-worker rows pessimistic."
    )
    out.append(
        "- *peak memory*: the sum of the PSS (proportional set size: a page shared by n processes counts 1/n "
        "in each) of every process of the run sampled every 200 ms — the memory the run takes from the machine, "
        "the figure the 1.5 GB target is read on —, the sum of their RSS sampled every 50 ms (which counts the "
        "pages forked processes share with their parent once per process), and the largest single process "
        "(wait4 `ru_maxrss`). For the crosscheck CLI rows they come from a second run of the same command: reading "
        "the tree's PSS walks its page tables, ~2 CPU-seconds of a 10,000-article run taken from the two cores it "
        "runs on (~1 s of its wall time), so the timed run reads no /proc file."
    )
    out.append(
        "- *naive* rows: quantulum3 `parser.parse` on every sentence plus one `dateparser.search.search_dates"
        '(text, languages=["en"], settings={"RELATIVE_BASE": published})` per article, on a seeded '
        "random sample; *wall s* is start-up + N × the mean per-article time, *s per 1k articles* leaves "
        "start-up out. *crosscheck / naive* compares crosscheck's wall per article (start-up included) with "
        "the naive per-article time (start-up excluded): below 1, crosscheck is faster."
    )
    notes = sorted(
        {
            f"{r['config']}: {note}"
            for d in results["sizes"].values()
            for r in d["runs"]
            for note in r.get("notes", [])
            if "WARNING" in note or "fallback" in note or "n/a" in note
        }
    )
    for note in notes:
        out.append(f"- note — {note}")
    out.append("")
    out.append("| N | " + " | ".join(h for h, _, _ in TABLE) + " |")
    out.append("|---:|---|---|" + "---:|" * (len(TABLE) - 2))
    for n, data in results["sizes"].items():
        for row in table_cells(int(n), data["naive"], data["rows"]):
            out.append(f"| {int(n):,} | " + " | ".join(row) + " |")
    out.append("")
    out.append(
        "Scaling (seconds per 1,000 articles; with a fixed cost per run the first falls with N, the incremental "
        "cost stays flat when growth is linear):"
    )
    out.append("")
    out.append("```")
    out.extend(scaling_lines(results))
    out.append("```")
    out.append("")
    naive_notes = []
    for n, data in results["sizes"].items():
        nd = data["naive"].get("naive")
        if nd:
            naive_notes.append(
                f"N={int(n):,}: {nd['per_article_quantulum_s']:.3f} s quantulum3 + "
                f"{nd['per_article_dateparser_s']:.3f} s dateparser per article, start-up "
                f"{nd['startup_s']:.2f} s (imports "
                f"{nd['import_quantulum3_s'] + nd['import_dateparser_s']:.2f} s, first calls "
                f"{nd['first_parse_s'] + nd['first_search_dates_s']:.2f} s)"
            )
    if naive_notes:
        out.append("Naive pipeline detail: " + "; ".join(naive_notes) + ".")
        out.append("")
    return "\n".join(out)


def update_doc(path: Path, section: str) -> None:
    """Replace the '## Throughput' section (up to the next '## ' heading) or append it; nothing else changes."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip() == SECTION), None)
    if start is None:
        new = text.rstrip("\n") + "\n\n" + section.rstrip("\n") + "\n"
    else:
        end = next((j for j in range(start + 1, len(lines)) if lines[j].startswith("## ")), len(lines))
        new_lines = [
            *lines[:start],
            *section.rstrip("\n").splitlines(),
            *([""] if end < len(lines) else []),
            *lines[end:],
        ]
        new = "\n".join(new_lines) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())

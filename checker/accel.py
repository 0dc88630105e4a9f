"""Compiled modules: the hot pure-Python modules built into C extensions with mypyc, used only while current.

`make` builds them once per virtualenv (`python -m checker.accel_build`, about a minute with gcc) into
`<venv>/crosscheck-accel/`, with a manifest of the SHA-256 of every source it compiled. At `import checker`,
`install()` reads that manifest and, when every listed source is byte-identical to the one on disk and the
interpreter is the one it was built for, puts an import finder first on `sys.meta_path` that loads those modules
from the build; otherwise (no build, no compiler on the machine, a source edited since, another Python, or
CROSSCHECK_PURE_PYTHON=1) nothing changes and the same modules run as plain Python. It is all or nothing: one
edited file turns every compiled module off, since a compiled module calls its compiled neighbours directly.

The compiled code is the same source with the same results (tests/test_accel.py compares both on every
article of the samples and the gold set); mypyc only checks the type annotations at run time as well. It makes
the per-article work about 15 % faster (docs/benchmarks.md).
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

# the modules mypyc compiles: extraction, claims, alignment, the checks and the report builders (each type-checks clean
# under the [tool.mypy] settings of pyproject.toml, which mypyc needs); the CLI, ingest and the report
# writers stay plain Python (I/O, forks)
MODULES = (
    "checker.text",
    "checker.extract.lexicon",
    "checker.extract.windows",
    "checker.extract.units",
    "checker.extract.names",
    "checker.extract.figures",
    "checker.extract.dates",
    "checker.claims",
    "checker.concepts",
    "checker.gazetteer",
    "checker.align",
    "checker.checks.conflict",
    "checker.checks.arithmetic",
    "checker.checks.support",
    "checker.checks.time",
    "checker.report.records",
    "checker.report.tables",
    "checker.report.html",
)
PURE_ENV = "CROSSCHECK_PURE_PYTHON"
MANIFEST = "manifest.json"
PACKAGE_ROOT = Path(__file__).resolve().parent.parent  # the folder that holds checker/


def build_dir() -> Path:
    """Where this interpreter's build lives: inside its virtualenv (or prefix), so another Python never sees it."""
    return Path(sys.prefix) / "crosscheck-accel"


def source_of(module: str, root: Path = PACKAGE_ROOT) -> Path:
    return root.joinpath(*module.split(".")).with_suffix(".py")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass(frozen=True, slots=True)
class Status:
    active: bool
    reason: str  # why not, or where from
    modules: tuple[str, ...] = ()


_status = Status(False, "not installed")


def status() -> Status:
    """Whether the compiled modules are in use in this process, and why (not)."""
    return _status


class _Finder(importlib.abc.MetaPathFinder):
    """Finds the compiled modules (and mypyc's shared library) in the build folder, before the plain sources."""

    def __init__(self, files: dict[str, Path]) -> None:
        self.files = files

    def find_spec(self, fullname, path=None, target=None):  # type: ignore[no-untyped-def]
        file = self.files.get(fullname)
        if file is None:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(file))
        return importlib.util.spec_from_file_location(fullname, file, loader=loader)


def check(directory: Path | None = None, root: Path = PACKAGE_ROOT) -> tuple[Status, dict[str, Path]]:
    """Whether the build in `directory` may be used for the sources under `root`: (status, module → file)."""
    if os.environ.get(PURE_ENV, "") not in ("", "0"):
        return Status(False, f"{PURE_ENV} is set"), {}
    directory = directory or build_dir()
    try:
        manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Status(False, f"no build in {directory} (run `make accel`)"), {}
    except (OSError, ValueError) as exc:
        return Status(False, f"unreadable manifest in {directory}: {exc}"), {}
    if manifest.get("cache_tag") != sys.implementation.cache_tag:
        return Status(False, f"built for {manifest.get('cache_tag')}, this is {sys.implementation.cache_tag}"), {}
    files: dict[str, Path] = {}
    for module, entry in manifest.get("modules", {}).items():
        source = source_of(module, root)
        try:
            current = digest(source)
        except OSError:
            return Status(False, f"{source} is missing"), {}
        if current != entry["sha256"]:
            return Status(False, f"{source.relative_to(root)} changed since the build (run `make accel`)"), {}
        files[module] = directory / entry["file"]
    for name, file in manifest.get("support", {}).items():
        files[name] = directory / file
    if not files or not all(f.is_file() for f in files.values()):
        return Status(False, f"incomplete build in {directory}"), {}
    return Status(True, str(directory), tuple(sorted(manifest["modules"]))), files


def install(directory: Path | None = None) -> Status:
    """Use the compiled modules from now on, if the build is current (see the module's docstring)."""
    global _status
    if any(isinstance(f, _Finder) for f in sys.meta_path):
        return _status
    loaded = [m for m in MODULES if m in sys.modules]
    if loaded:  # too late: the plain modules are in use already
        _status = Status(False, f"{', '.join(loaded)} imported before the compiled modules were installed")
        return _status
    _status, files = check(directory)
    if _status.active:
        sys.meta_path.insert(0, _Finder(files))
    return _status

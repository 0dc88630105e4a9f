"""Build the compiled modules of checker/accel.py with mypyc: `python -m checker.accel_build` (what `make` runs).

Needs the `accel` extra (mypy, which ships mypyc) and a C compiler. The build goes to a temporary folder and
replaces the previous one only when every module compiled, with a manifest of the sources' SHA-256 that
checker/accel.py compares with the sources at import.
"""

from __future__ import annotations

import contextlib
import importlib.machinery
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from checker import accel
from checker.accel import MANIFEST, MODULES, PACKAGE_ROOT, build_dir, digest, source_of


@contextlib.contextmanager
def _quiet(log: Path) -> Iterator[None]:
    """Send what mypyc and the C compiler print (their own and their child processes' output) to `log`; on an
    error, its last lines go to stderr with the error."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = [os.dup(1), os.dup(2)]
    with open(log, "wb") as sink:
        os.dup2(sink.fileno(), 1)
        os.dup2(sink.fileno(), 2)
        try:
            yield
        except BaseException:
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-30:]
            print("\n".join(tail), file=sys.stderr)
            raise
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            for fd in saved:
                os.close(fd)


def build(directory: Path | None = None, root: Path = PACKAGE_ROOT) -> Path:
    """Compile MODULES with mypyc into `directory` (default: build_dir()) and write its manifest; returns the
    directory. Needs mypy (the `accel` extra) and a C compiler; raises their error when either is missing."""
    import shutil
    import tempfile

    from mypyc.build import mypycify  # the accel extra
    from setuptools import Distribution
    from setuptools.command.build_ext import build_ext

    directory = directory or build_dir()
    sources = {module: source_of(module, root) for module in MODULES}
    digests = {module: digest(path) for module, path in sources.items()}
    with tempfile.TemporaryDirectory(prefix="crosscheck-accel-") as temp:
        out = Path(temp) / "lib"
        cwd = os.getcwd()
        os.chdir(root)  # mypyc names modules by their path from here
        try:
            with _quiet(Path(temp) / "build.log"):
                extensions = mypycify(
                    [str(path.relative_to(root)) for path in sources.values()],
                    opt_level="3",
                    target_dir=str(Path(temp) / "c"),
                    multi_file=True,  # a C file per module: gcc -O3 takes a fifth less time than on one large file
                )
                distribution = Distribution({"name": "crosscheck-accel", "ext_modules": extensions})
                command = build_ext(distribution)
                command.build_lib = str(out)
                command.build_temp = str(Path(temp) / "obj")
                command.ensure_finalized()
                command.run()
        finally:
            os.chdir(cwd)
        suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
        modules, support = {}, {}
        for file in out.rglob("*"):
            if not file.name.endswith(suffixes):
                continue
            relative = file.relative_to(out)
            # checker/claims.cpython-311-x86_64-linux-gnu.so → checker.claims
            name = ".".join([*relative.parent.parts, file.name.split(".", 1)[0]])
            if name in digests:
                modules[name] = {"file": str(relative), "sha256": digests[name]}
            else:
                support[name] = str(relative)  # mypyc's shared library of the group
        missing = set(digests) - set(modules)
        if missing:
            raise RuntimeError(f"mypyc built no extension for {', '.join(sorted(missing))}")
        staging = directory.with_name(directory.name + ".new")
        shutil.rmtree(staging, ignore_errors=True)
        shutil.copytree(out, staging)
        manifest = {"cache_tag": sys.implementation.cache_tag, "modules": modules, "support": support}
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
        shutil.rmtree(directory, ignore_errors=True)
        staging.rename(directory)
    return directory


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m checker.accel_build",
        description="Build or inspect crosscheck's compiled modules (mypyc). 'build' exits 0 with a note when "
        "mypy or a C compiler is missing: crosscheck then runs as plain Python.",
    )
    parser.add_argument("command", nargs="?", default="build", choices=("build", "status"))
    parser.add_argument("--strict", action="store_true", help="build: fail (exit 1) instead of falling back")
    args = parser.parse_args(argv)
    if args.command == "status":
        found, _ = accel.check()
        print(f"compiled modules: {'in use' if found.active else 'not used'} ({found.reason})")
        return 0
    try:
        where = build()
    except (Exception, SystemExit) as exc:  # no mypy, no compiler, a type error (mypyc exits): runs uncompiled
        why = " ".join(str(exc).split())
        why = why if len(why) <= 200 else why[:200] + " …"
        print(f"crosscheck: compiled modules not built ({type(exc).__name__}: {why}); running as plain Python")
        return 1 if args.strict else 0
    print(f"crosscheck: compiled {len(MODULES)} modules into {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

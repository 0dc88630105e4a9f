"""The compiled modules (checker/accel.py): used only when current, and the same results as plain Python."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from checker import accel

ROOT = Path(__file__).resolve().parent.parent

# every article of the samples and every gold paragraph: extraction and claims, as a digest
DIGEST = """
import hashlib, json, sys
from datetime import date
from pathlib import Path
from checker import accel
from checker.ingest import read_corpus
from checker.model import Document
from checker.pipeline import analyze_document
root = Path(sys.argv[1])
documents = list(read_corpus([root / "samples"]).documents)
for line in (root / "tests" / "data" / "extraction_gold.jsonl").read_text(encoding="utf-8").splitlines():
    item = json.loads(line)
    documents.append(Document(item["id"], "Gold", item["text"], "gold", date.fromisoformat(item["published"])))
digest = hashlib.sha256()
for document in documents:
    digest.update(repr(analyze_document(document)[:2]).encode())
print(json.dumps({"active": accel.status().active, "documents": len(documents), "digest": digest.hexdigest()}))
"""


def _digest(pure: bool) -> dict:
    env = {k: v for k, v in os.environ.items() if k != accel.PURE_ENV}
    if pure:
        env[accel.PURE_ENV] = "1"
    done = subprocess.run(
        [sys.executable, "-c", DIGEST, str(ROOT)], capture_output=True, text=True, env=env, cwd=ROOT, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_makefile_compiles_the_modules_accel_lists():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    listed = re.search(r"^ACCEL_SOURCES := (.*?)\n(?=\S)", makefile, re.M | re.S)
    assert listed is not None
    files = listed.group(1).replace("\\\n", " ").split()
    assert files == [str(accel.source_of(m, ROOT).relative_to(ROOT)) for m in accel.MODULES]


def test_a_current_build_is_in_use():
    """After `make`, the compiled modules load (an edited source without `make accel` fails here, so CI always
    tests what users run)."""
    if not (accel.build_dir() / accel.MANIFEST).exists():
        pytest.skip(f"no compiled build in {accel.build_dir()} (no C compiler, or not set up by make)")
    if os.environ.get(accel.PURE_ENV):
        pytest.skip(f"{accel.PURE_ENV} is set")
    status = accel.status()
    assert status.active, status.reason
    assert set(status.modules) == set(accel.MODULES)
    import checker.claims
    import checker.extract.figures

    assert checker.claims.__file__.startswith(str(accel.build_dir()))
    assert not checker.extract.figures.__file__.endswith(".py")


def test_compiled_and_plain_python_give_the_same_extraction_and_claims():
    compiled = _digest(pure=False)
    if not compiled["active"]:
        pytest.skip("the compiled modules are not built here")
    plain = _digest(pure=True)
    assert plain["active"] is False
    assert compiled["documents"] == plain["documents"] > 90
    assert compiled["digest"] == plain["digest"]


def _fake_build(tmp_path: Path, root: Path, **changes) -> Path:
    build = tmp_path / "build"
    (build / "checker").mkdir(parents=True)
    (build / "checker" / "text.so").write_bytes(b"")
    (build / "group__mypyc.so").write_bytes(b"")
    source = root / "checker" / "text.py"
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_text("X = 1\n", encoding="utf-8")
    manifest = {
        "cache_tag": sys.implementation.cache_tag,
        "modules": {"checker.text": {"file": "checker/text.so", "sha256": hashlib.sha256(b"X = 1\n").hexdigest()}},
        "support": {"group__mypyc": "group__mypyc.so"},
    } | changes
    (build / accel.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    return build


def test_a_build_matching_its_sources_is_accepted(tmp_path, monkeypatch):
    monkeypatch.delenv(accel.PURE_ENV, raising=False)
    build = _fake_build(tmp_path, tmp_path / "src")
    status, files = accel.check(build, tmp_path / "src")
    assert status.active and status.modules == ("checker.text",)
    assert files == {"checker.text": build / "checker/text.so", "group__mypyc": build / "group__mypyc.so"}


def test_an_edited_source_turns_the_build_off(tmp_path, monkeypatch):
    monkeypatch.delenv(accel.PURE_ENV, raising=False)
    build = _fake_build(tmp_path, tmp_path / "src")
    (tmp_path / "src" / "checker" / "text.py").write_text("X = 2\n", encoding="utf-8")
    status, files = accel.check(build, tmp_path / "src")
    assert not status.active and files == {}
    assert "checker/text.py changed since the build" in status.reason


@pytest.mark.parametrize(
    "case, reason",
    [
        ("pure", "CROSSCHECK_PURE_PYTHON is set"),
        ("no build", "no build in"),
        ("other python", "built for cpython-0"),
        ("missing file", "incomplete build"),
        ("bad manifest", "unreadable manifest"),
    ],
)
def test_the_plain_modules_run_when_the_build_cannot_be_used(tmp_path, monkeypatch, case, reason):
    monkeypatch.delenv(accel.PURE_ENV, raising=False)
    root = tmp_path / "src"
    build = _fake_build(tmp_path, root, **({"cache_tag": "cpython-0"} if case == "other python" else {}))
    if case == "pure":
        monkeypatch.setenv(accel.PURE_ENV, "1")
    elif case == "no build":
        build = tmp_path / "nowhere"
    elif case == "missing file":
        (build / "group__mypyc.so").unlink()
    elif case == "bad manifest":
        (build / accel.MANIFEST).write_text("{", encoding="utf-8")
    status, files = accel.check(build, root)
    assert not status.active and files == {}
    assert reason in status.reason

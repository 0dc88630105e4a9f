"""Atomic file writes: whoever reads an output file — a person, a CI step, the next run — sees the previous
version or the whole new one, never half a file, even when the run is killed mid-write.

Each write goes to a temporary file in the target's own folder (a rename is only atomic within one file
system), is flushed to disk, and then os.replace()s the target. Temporary names carry the host and process id
(`.crosscheck-<host>-<pid>-…`), so the next run can tell the leftovers of a killed run from the work of a run
still going and remove only the former (`clean_stale`).
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import socket
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

PREFIX = ".crosscheck-"
STALE_AFTER = 24 * 3600  # seconds: leftovers of another host's run (whose pid we cannot test) are removed after this
_LEFTOVER = re.compile(r"^\.crosscheck-(?P<host>[A-Za-z0-9.]*)-(?P<pid>\d+)-")


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9.]", "", socket.gethostname())[:40]


def temp_prefix() -> str:
    """The name prefix of this process's temporary files and staging folders."""
    return f"{PREFIX}{_host()}-{os.getpid()}-"


@contextmanager
def atomic_open(
    path: str | Path, mode: str = "w", encoding: str | None = "utf-8", newline: str | None = None
) -> Iterator[IO]:
    """Open a temporary file next to `path` for writing; on a clean exit it replaces `path`, on an error it is
    removed and `path` is left as it was. A symlink is written through (its target is replaced, not the link)."""
    path = Path(os.path.realpath(path))
    binary = "b" in mode
    fd, temp = tempfile.mkstemp(prefix=temp_prefix(), suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(
            fd, "wb" if binary else "w", encoding=None if binary else encoding, newline=None if binary else newline
        ) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, _file_mode())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: str | Path, text: str, encoding: str = "utf-8") -> Path:
    """Write `text` to `path` atomically; returns the path."""
    with atomic_open(path, "w", encoding=encoding, newline="") as handle:
        handle.write(text)
    return Path(path)


def atomic_copy(source: str | Path, target: str | Path) -> Path:
    """Copy a file atomically (contents and modification time); returns the target."""
    with atomic_open(target, "wb") as handle, Path(source).open("rb") as original:
        shutil.copyfileobj(original, handle)
    shutil.copystat(source, target)
    return Path(target)


def replace_into(files: list[Path], folder: Path) -> list[Path]:
    """os.replace each file into `folder` under its own name (same file system); returns the new paths. All are
    flushed to disk first, so that not even a power cut can leave a renamed but empty file."""
    for staged in files:
        _fsync(staged)
    placed = []
    for staged in files:
        target = folder / staged.name
        os.replace(staged, target)
        placed.append(target)
    return placed


def _fsync(path: Path) -> None:
    if os.name == "nt":  # fsync needs a writable handle there; NTFS journals renames anyway
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def staging_dir(folder: Path) -> Iterator[Path]:
    """A fresh folder inside `folder` to render into before the files are moved into place; removed on exit
    (with whatever was not moved out of it)."""
    staging = Path(tempfile.mkdtemp(prefix=temp_prefix(), suffix=".staging", dir=folder))
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def discard(path: Path) -> None:
    """Remove a folder so that a kill midway leaves no half-deleted folder under its name: it is first renamed to
    a temporary name (which clean_stale removes if the deletion does not finish)."""
    doomed = path.with_name(f"{temp_prefix()}{path.name}.discard")
    try:
        os.rename(path, doomed)
    except OSError:
        return
    shutil.rmtree(doomed, ignore_errors=True)


def clean_stale(folder: Path) -> list[Path]:
    """Remove the temporary files and staging folders that killed runs left in `folder`: those of a process on
    this host that no longer exists, and those of other hosts older than STALE_AFTER. Returns what was removed."""
    removed = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in sorted(entries):
        match = _LEFTOVER.match(entry.name)
        if match is None or not _is_stale(entry, match.group("host"), int(match.group("pid"))):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
        removed.append(entry)
    return removed


def _is_stale(entry: Path, host: str, pid: int) -> bool:
    if host == _host() and os.name != "nt":  # on Windows os.kill would end the process: rely on age there
        return not _alive(pid)
    try:
        return time.time() - entry.lstat().st_mtime > STALE_AFTER
    except OSError:
        return False


def _alive(pid: int) -> bool:
    """Whether a process with this id exists on this host (a reused pid only delays the clean-up)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it exists, owned by someone else
        return True
    return True


def _file_mode() -> int:
    """The mode a plainly created file would get (mkstemp makes 0600 files; reports are meant to be shared)."""
    return 0o666 & ~_umask()


def folder_mode() -> int:
    """The mode a plainly created folder would get (mkdtemp makes 0700 folders)."""
    return 0o777 & ~_umask()


@functools.cache
def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask

"""Run a function in a forked child while the parent goes on: the run's last stages (the data-quality gate, the
machine-readable reports) read the finished analysis and write nothing the others read, so on two cores they can
overlap. The child inherits the analysis by fork (nothing is pickled on the way in); its result comes back
pickled through a pipe. Where fork is unavailable, or `enabled` is false, the function simply runs inline.
"""

from __future__ import annotations

import multiprocessing
import os
import traceback
from collections.abc import Callable
from typing import Any

from checker.errors import CrosscheckError


def fork_available() -> bool:
    return "fork" in multiprocessing.get_all_start_methods() and os.name == "posix"


class Pending:
    """The result of `start(fn)`: `result()` waits for it (and re-raises the child's error as a CrosscheckError)."""

    def __init__(self, fn: Callable[[], Any], enabled: bool) -> None:
        self._value: Any = None
        self._error: str | None = None
        self._process = None
        self._conn = None
        if enabled and fork_available():
            context = multiprocessing.get_context("fork")
            receive, send = context.Pipe(duplex=False)
            self._process = context.Process(target=_child, args=(fn, send), daemon=True)
            self._process.start()
            send.close()
            self._conn = receive
        else:
            self._value = fn()

    def result(self) -> Any:
        if self._process is not None:
            try:
                status, payload = self._conn.recv()
            except EOFError:
                status, payload = "error", f"the worker process died (exit code {self._process.exitcode})"
            self._process.join()
            self._conn.close()
            self._process = None
            if status == "ok":
                self._value = payload
            else:
                self._error = payload
        if self._error is not None:
            raise CrosscheckError(self._error)
        return self._value


def _child(fn: Callable[[], Any], send: Any) -> None:
    try:
        send.send(("ok", fn()))
    except BaseException:
        lines = traceback.format_exc().strip().splitlines()
        send.send(("error", f"in a worker process: {lines[-1] if lines else 'unknown error'}"))
    finally:
        send.close()


def start(fn: Callable[[], Any], *, enabled: bool = True) -> Pending:
    """Start `fn()` in a forked child (or run it now when forking is off or unavailable)."""
    return Pending(fn, enabled)

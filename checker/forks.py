"""Run a function in a forked child while the parent goes on: the run's last stages (the data-quality gate, the
machine-readable reports) read the finished analysis and write nothing the others read, so on two cores they can
overlap. The child inherits the analysis by fork (nothing is pickled on the way in); its result comes back
pickled through a pipe. Where fork is unavailable, or `enabled` is false, the function simply runs inline.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
import traceback
from collections.abc import Callable
from typing import Any

from checker.errors import CrosscheckError


def fork_available() -> bool:
    return "fork" in multiprocessing.get_all_start_methods() and os.name == "posix"


class Pending:
    """The result of `start(fn)`: `result()` waits for it (and re-raises the child's error as a CrosscheckError).

    With `inbox`, `fn` takes a `receive()` function and may wait in the child for the messages the parent sends
    later with `send(value)`, each `receive()` returning the next in the order they were sent; run inline, `fn`
    runs in `result()` and `receive()` returns what was sent."""

    def __init__(self, fn: Callable[..., Any], enabled: bool, inbox: bool = False, what: str = "a worker process"):
        self._value: Any = None
        self._error: str | None = None
        self._process = None
        self._conn = None
        self._fn: Callable[..., Any] | None = None
        self._messages: list[Any] = []
        self._sender: threading.Thread | None = None
        self._what = what
        if enabled and fork_available():
            context = multiprocessing.get_context("fork")
            receive, send = context.Pipe(duplex=inbox)
            self._process = context.Process(target=_child, args=(fn, send, inbox, what), daemon=True)
            self._process.start()
            send.close()
            self._conn = receive
        elif inbox:
            self._fn = fn  # runs in result(), once the message is there
        else:
            self._value = fn()

    def send(self, value: Any) -> None:
        """A message for an inbox job's next `receive()`. It returns at once: a thread of this process writes
        the message, which can wait for the child to read it (a pipe holds 64 KiB; the child reads when it is
        ready), while this one goes on; a second message waits for the first one's thread (one writer at a time
        keeps them whole and in order)."""
        if self._process is None:
            self._messages.append(value)
            return
        if self._sender is not None:
            self._sender.join()
        self._sender = threading.Thread(target=_send_quietly, args=(self._conn, value), daemon=True)
        self._sender.start()

    def result(self) -> Any:
        if self._fn is not None:
            fn, self._fn = self._fn, None
            self._value = fn(lambda: self._messages.pop(0))
        if self._process is not None:
            if self._sender is not None:
                self._sender.join()
                self._sender = None
            try:
                status, payload = self._conn.recv()
            except EOFError:
                status, payload = "error", f"{self._what} died (exit code {self._process.exitcode})"
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

    def cancel(self) -> None:
        """Stop the job: a forked child is terminated, an inline one never runs."""
        self._fn = None
        if self._process is not None:
            self._process.terminate()
            self._process.join()
            self._conn.close()
            self._process = None


def _send_quietly(conn: Any, value: Any) -> None:
    with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the child died: result() says so
        conn.send(value)


def _child(fn: Callable[..., Any], conn: Any, inbox: bool, what: str) -> None:
    try:
        conn.send(("ok", fn(conn.recv) if inbox else fn()))
    except CrosscheckError as exc:  # an error crosscheck explains (a locked run database): its own words
        conn.send(("error", str(exc)))
    except BaseException:
        lines = traceback.format_exc().strip().splitlines()
        conn.send(("error", f"in {what}: {lines[-1] if lines else 'unknown error'}"))
    finally:
        conn.close()


def start(
    fn: Callable[..., Any], *, enabled: bool = True, inbox: bool = False, what: str = "a worker process"
) -> Pending:
    """Start `fn()` in a forked child (or run it now when forking is off or unavailable); `inbox`: see Pending."""
    return Pending(fn, enabled, inbox, what)

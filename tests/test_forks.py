"""The overlapped last stages: a forked job's result or error comes back, and a 2-worker run (quality gate and
quality-free reports in forked processes) writes the same bytes as a 1-worker run, gate results included."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from checker import forks
from checker.cli import main
from checker.errors import CrosscheckError

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _boom() -> None:
    raise ValueError("no such figure")


@pytest.mark.parametrize("enabled", [True, False])
def test_a_job_returns_its_value_from_the_child(enabled: bool) -> None:
    parent = os.getpid()
    job = forks.start(lambda: (os.getpid(), [1, 2, 3]), enabled=enabled)
    pid, value = job.result()
    assert value == [1, 2, 3]
    assert (pid != parent) == (enabled and forks.fork_available())


@pytest.mark.parametrize("enabled", [True, False])
def test_an_inbox_job_gets_the_message_sent_after_it_started(enabled: bool) -> None:
    job = forks.start(lambda receive: ("ready", receive()), enabled=enabled, inbox=True)
    job.send([4, 5])
    assert job.result() == ("ready", [4, 5])


@pytest.mark.parametrize("enabled", [True, False])
def test_an_inbox_job_gets_several_messages_in_the_order_they_were_sent(enabled: bool) -> None:
    """Large messages too: each is written whole by its own thread, the next one after it."""
    job = forks.start(lambda receive: [len(receive()) for _ in range(3)], enabled=enabled, inbox=True)
    for size in (3_000_000, 10, 2_000_000):
        job.send(b"x" * size)
    assert job.result() == [3_000_000, 10, 2_000_000]


@pytest.mark.skipif(not forks.fork_available(), reason="needs fork")
def test_sending_a_large_message_does_not_wait_for_the_child_to_read_it() -> None:
    """The parent goes on while the child is busy: a message larger than a pipe holds is written by a thread."""
    import multiprocessing

    parent_went_on = multiprocessing.get_context("fork").Event()

    def child(receive):
        if not parent_went_on.wait(20):
            return "the parent waited in send()"  # and the message was never read
        return len(receive())

    job = forks.start(child, enabled=True, inbox=True)
    job.send(b"x" * 4_000_000)
    parent_went_on.set()
    assert job.result() == 4_000_000


def test_an_error_in_the_child_is_raised_in_the_parent() -> None:
    job = forks.start(_boom, enabled=True)
    with pytest.raises(CrosscheckError, match="ValueError: no such figure"):
        job.result()


def test_two_workers_write_what_one_worker_writes(tmp_path: Path) -> None:
    formats = "html,csv,json,markdown,sarif,junit,github"
    outs = {}
    for workers in (1, 2):
        out = tmp_path / f"w{workers}"
        code = main(
            [
                "check",
                str(SAMPLES),
                "--out",
                str(out),
                "--quiet",
                "--no-history",
                "--format",
                formats,
                "--workers",
                str(workers),
                "--fail-on",
                "never",
            ]
        )
        assert code == 0
        outs[workers] = out

    # the two runs may straddle a minute: their "generated" stamps are the one thing allowed to differ
    def stamped(path: Path) -> bytes:
        return re.sub(rb"\d{4}-\d\d-\d\d \d\d:\d\d UTC", b"<generated>", path.read_bytes())

    for name in ("findings.json", "claims.csv", "discrepancies.csv", "junit.xml", "annotations.txt", "summary.md"):
        assert stamped(outs[1] / name) == stamped(outs[2] / name), name
    for out in outs.values():
        page = (out / "index.html").read_text(encoding="utf-8")
        assert 'id="quality"' in page and "expect_" in page  # the gate's results reached the html

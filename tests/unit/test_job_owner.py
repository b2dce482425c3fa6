"""Which process owns a running job: a pid and its start time, so a reused pid is not taken for it."""

from __future__ import annotations

import os
import subprocess
import sys

from app.core.service.job_control import job_owner, owner_alive, process_started


def test_this_process_owns_its_jobs() -> None:
    assert owner_alive(job_owner())


def test_a_pid_given_to_another_program_is_not_the_owner() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        started = process_started(child.pid)
        assert started is not None
        assert owner_alive({"owner_pid": child.pid, "owner_started": started})
        assert not owner_alive({"owner_pid": child.pid, "owner_started": str(int(started) - 1)})
    finally:
        child.kill()
        child.wait()
    assert not owner_alive({"owner_pid": child.pid, "owner_started": started})


def test_rows_of_older_versions_and_nonsense() -> None:
    assert not owner_alive({"owner_pid": os.getpid()})  # an old row of this pid: a crashed run before us
    assert owner_alive({"owner_pid": 1})  # init runs: an old row naming a live process stays alive
    for summary in ({}, {"owner_pid": "1"}, {"owner_pid": 0}, {"owner_pid": -5}):
        assert not owner_alive(summary)
    assert process_started(2**22 + 12345) is None

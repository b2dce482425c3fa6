"""kill -9 at random points during rekey and during audit appends: nothing committed is lost."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from app.core.service import open_session, open_with_recovery
from tests.conftest import REPO

TRIALS = 20

APPENDER = """
import sys
from pathlib import Path
from app.core.service import open_session
session = open_session(Path(sys.argv[1]), "admin", sys.argv[2].encode())
print("ready", flush=True)
for i in range(int(sys.argv[3]), 10**9):
    session.set_setting("counter", str(i))
    print(i, flush=True)
"""


def _child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIRLOCK_")}
    env["AIRLOCK_KDF_SECONDS"] = "0"
    env["PYTHONPATH"] = str(REPO)
    return env


def _kill(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)


@pytest.mark.slow
def test_kill_during_audit_appends_loses_no_committed_entry(vault) -> None:
    rng = random.Random(20261122)
    passphrase = vault.passphrases["admin"]
    committed = -1
    for trial in range(TRIALS):
        proc = subprocess.Popen(
            [sys.executable, "-c", APPENDER, str(vault.data_dir), passphrase, str(committed + 1)],
            stdout=subprocess.PIPE,
            text=True,
            env=_child_env(),
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + rng.uniform(0.0, 0.4)
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if line.strip().isdigit():
                committed = int(line)
        _kill(proc)
        # Whatever the child printed was committed before it printed it.
        rest = proc.stdout.read()
        proc.stdout.close()
        numbers = [int(x) for x in rest.split() if x.isdigit()]
        if numbers:
            committed = max(committed, *numbers)
        with vault.open() as session:
            report = session.verify_audit_log()
            assert report.ok, (trial, report.problems)
            assert int(session.get_setting("counter", "-1")) >= committed
            values = {int(e.details["new"]) for e in session.audit_entries(limit=None, action="settings.change")}
            assert set(range(committed + 1)) <= values, trial
    assert committed > TRIALS, "the children should have committed entries between kills"


@pytest.mark.slow
def test_kill_during_rekey_leaves_a_working_vault(vault) -> None:
    vault.add_account("ops", "operator")
    with vault.open() as session:
        session.set_setting("marker", "before-rekey")
    argv = [
        sys.executable,
        "-m",
        "app",
        "--data-dir",
        str(vault.data_dir),
        "--passphrase-file",
        str(vault.passphrase_file("admin")),
        "--account",
        "admin",
        "rekey",
    ]
    runs = []
    for _ in range(2):  # the quicker of two: a cold first run would spread the kills too late
        start = time.monotonic()
        subprocess.run(argv, env=_child_env(), check=True, capture_output=True)
        runs.append(time.monotonic() - start)
    full = min(runs)
    rng = random.Random(7)
    outcomes = {"finished": 0, "killed": 0}
    for trial in range(TRIALS):
        proc = subprocess.Popen(argv, env=_child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.05, full * 1.1))  # a random instant, not a wait for a condition
        outcomes["finished" if proc.poll() is not None else "killed"] += 1
        _kill(proc)
        for name in ("admin", "ops"):
            with open_session(vault.data_dir, name, vault.passphrases[name].encode()) as session:
                assert session.get_setting("marker", "") == "before-rekey", (trial, name)
        with open_with_recovery(vault.data_dir, vault.recovery_key) as session:
            report = session.verify_audit_log()
            assert report.ok, (trial, report.problems)
        leftovers = [p.name for p in vault.data_dir.iterdir() if ".tmp-" in p.name or p.name.endswith(".rekey")]
        assert leftovers == [], (trial, leftovers)
    assert outcomes["killed"] >= TRIALS // 2, outcomes

"""What the lifecycle room costs: the account check on every action, and the cancel watch of a job.

1. Every permission check now also reads whether the account is still active (a disabled
   account's open session must stop). Baseline in the same run: the same calls with that
   read switched off. Prints the time per call of both and their ratio.
2. A running job watches the vault for cancel requests from other processes. Prints the CPU
   the watch costs per second of a job (against one second of wall time), and how long a
   cancel asked for by another session takes to reach the job's token (against the poll
   interval, 0.25 s).

    .venv/bin/python bench/bench_lifecycle.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("AIRLOCK_KDF_SECONDS", "0")

from app.core.audit.log import utc_now
from app.core.service import init_vault, open_session
from app.core.service.job_control import CANCEL_POLL_S, job_owner

PASSPHRASE = b"bench passphrase 1"


def per_call(session, calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        session.list_accounts()
    return (time.perf_counter() - start) / calls


def account_check(session, calls: int, rounds: int) -> tuple[float, float]:
    with_check, without = [], []
    original = session._ensure_account_active  # noqa: SLF001 - the arm without the new read
    for _ in range(rounds):
        with_check.append(per_call(session, calls))
        session._ensure_account_active = lambda: None  # noqa: SLF001
        without.append(per_call(session, calls))
        session._ensure_account_active = original  # noqa: SLF001
    return statistics.median(with_check), statistics.median(without)


def running_job(session) -> int:
    """A job row as run_playbook writes it, owned by this process (no Ansible: the watch alone)."""
    with session.lock:
        session.conn.execute("BEGIN IMMEDIATE")
        cursor = session.conn.execute(
            "INSERT INTO jobs(playbook, selection, status, started_at, started_by, summary) VALUES (?,?,?,?,?,?)",
            ("health", "all", "running", utc_now(), "admin", json.dumps(job_owner())))
        session.conn.execute("COMMIT")
    return int(cursor.lastrowid)


def watch_cpu(session, seconds: float) -> float:
    """CPU seconds the cancel watch spends per wall second of a job."""
    job = running_job(session)
    start = time.process_time()  # this process does nothing else meanwhile: the sleep costs no CPU
    with session.watching_cancel_requests(job, None):
        time.sleep(seconds)
    return (time.process_time() - start) / seconds


def cancel_latency(data_dir: Path, session, trials: int) -> list[float]:
    other = open_session(data_dir, "admin", PASSPHRASE)  # another session, as another process would have
    latencies = []
    try:
        for _ in range(trials):
            job = running_job(session)
            token = threading.Event()
            with session.watching_cancel_requests(job, token):
                time.sleep(random.uniform(0, CANCEL_POLL_S))  # ask at any point between two polls
                asked = time.perf_counter()
                other.cancel_job(job)
                token.wait(10)
                latencies.append(time.perf_counter() - asked)
            with session.lock:
                session.conn.execute("UPDATE jobs SET status = 'canceled' WHERE id = ?", (job,))
    finally:
        other.close()
    return latencies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a short run (CI)")
    args = parser.parse_args()
    calls, rounds, watch_s, trials = (200, 3, 1.0, 5) if args.quick else (2000, 7, 10.0, 30)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        session, _recovery = init_vault(data_dir, "admin", PASSPHRASE)
        try:
            for i in range(20):
                session.add_account(f"op{i}", "operator", PASSPHRASE)
            with_check, without = account_check(session, calls, rounds)
            print(f"account list, per call: {with_check * 1e6:.0f} us with the active-account check, "
                  f"{without * 1e6:.0f} us without; ratio {with_check / without:.3f}")
            cpu = watch_cpu(session, watch_s)
            print(f"cancel watch: {cpu * 1000:.2f} ms CPU per second of a running job "
                  f"(ratio to wall time {cpu:.5f})")
            latencies = cancel_latency(data_dir, session, trials)
            median, worst = statistics.median(latencies), max(latencies)
            print(f"cancel from another session reaches the job in {median * 1000:.0f} ms median, "
                  f"{worst * 1000:.0f} ms worst; ratio to the poll interval {median / CANCEL_POLL_S:.2f} "
                  f"(median), {worst / CANCEL_POLL_S:.2f} (worst)")
        finally:
            session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

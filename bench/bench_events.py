"""Event ingestion through the job pipeline, in events per second.

Pipeline: a producer thread calls the ansible-runner event handler Airlock installs
(`jobs.event_handler`: enqueue only) -> `jobs.drain` feeds `jobs.EventCollector` ->
the results are recorded in a real SQLCipher vault (`job.finish`, one transaction).
Baseline, measured in the same run: the bare hand-over (put on a queue, get, discard).

    .venv/bin/python bench/bench_events.py [--events 100000]

Target: at least 10,000 events/s through the whole pipeline.
"""

from __future__ import annotations

import argparse
import os
import queue
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("AIRLOCK_KDF_SECONDS", "0")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core import jobs
from app.core.audit.log import utc_now
from app.core.service import init_vault

TARGET_EVENTS_PER_S = 10_000
HOSTS = 16


def _events(count: int) -> list[dict[str, Any]]:
    """Events shaped like ansible-runner's: task starts, per-host starts and results, stats."""
    out: list[dict[str, Any]] = []
    counter = 0
    while len(out) < count - 1:
        task = f"Task {counter}"
        out.append({"event": "playbook_on_task_start", "counter": len(out), "event_data": {"task": task}})
        for h in range(HOSTS):
            host = f"gpu-{h:02d}"
            out.append({"event": "runner_on_start", "counter": len(out), "event_data": {"host": host, "task": task}})
            out.append({
                "event": "runner_on_ok", "counter": len(out), "uuid": f"{counter}-{h}",
                "stdout": f"ok: [{host}]",
                "event_data": {"host": host, "task": task, "duration": 0.21, "res": {
                    "changed": False, "rc": 0, "stdout": "x" * 200, "stderr": "", "msg": "",
                    "cmd": ["timeout", "30", "nvidia-smi", "-q", "-x"]}},
            })
        counter += 1
    out = out[: count - 1]
    hosts = {f"gpu-{h:02d}": counter for h in range(HOSTS)}
    out.append({"event": "playbook_on_stats", "event_data": {"ok": hosts, "changed": {}, "failures": {}, "dark": {},
                                                             "skipped": {}}})
    return out


def _produce(handler: Any, events: list[dict[str, Any]], done: threading.Event) -> threading.Thread:
    def work() -> None:
        for event in events:
            handler(event)
        done.set()

    thread = threading.Thread(target=work)
    thread.start()
    return thread


def baseline(events: list[dict[str, Any]]) -> float:
    """The bare hand-over: put, get, discard."""
    handover: queue.SimpleQueue[dict[str, Any]] = queue.SimpleQueue()
    done = threading.Event()
    start = time.perf_counter()
    thread = _produce(handover.put, events, done)
    while not done.is_set() or not handover.empty():
        try:
            handover.get(timeout=0.05)
        except queue.Empty:
            continue
    thread.join()
    return time.perf_counter() - start


def pipeline(events: list[dict[str, Any]], session: Any) -> float:
    """Handler -> queue -> collector -> recorded in the vault."""
    with session.action("job.start", "bench", "job.run") as act:
        cursor = session.conn.execute(
            "INSERT INTO jobs(playbook, selection, status, started_at, started_by) VALUES (?,?,?,?,?)",
            ("bench", "all", jobs.STATUS_RUNNING, utc_now(), session.account.name))
        job_id = int(cursor.lastrowid)
        act.details["job"] = job_id
    handover: queue.SimpleQueue[dict[str, Any]] = queue.SimpleQueue()
    collector = jobs.EventCollector()
    done = threading.Event()
    start = time.perf_counter()
    thread = _produce(jobs.event_handler(handover), events, done)
    jobs.drain(handover, collector, lambda: not done.is_set(), poll_s=0.05)
    thread.join()
    collector.outcome.status = jobs.STATUS_SUCCESSFUL
    session._nodes_record(job_id, "bench", collector.outcome, [])  # noqa: SLF001 - the recording step itself
    elapsed = time.perf_counter() - start
    stored = session.conn.execute("SELECT count(*) FROM job_results WHERE job_id = ?", (job_id,)).fetchone()[0]
    assert stored == len(collector.outcome.results)  # noqa: S101 - a benchmark sanity check
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="20,000 events, one round")
    args = parser.parse_args()
    if args.quick:
        args.events, args.rounds = 20_000, 1
    events = _events(args.events)
    with tempfile.TemporaryDirectory(prefix="airlock-bench-") as tmp:
        session, _ = init_vault(Path(tmp) / "data", "admin", b"bench passphrase 123")
        try:
            base = min(baseline(events) for _ in range(args.rounds))
            full = min(pipeline(events, session) for _ in range(args.rounds))
        finally:
            session.close()
    rate = len(events) / full
    print(f"events: {len(events)} ({HOSTS} hosts), best of {args.rounds}")
    print(f"baseline hand-over: {base:.3f} s  ({len(events) / base:,.0f} events/s)")
    print(f"airlock pipeline:   {full:.3f} s  ({rate:,.0f} events/s)")
    print(f"ratio pipeline/baseline: {full / base:.2f}x")
    print(f"target {TARGET_EVENTS_PER_S:,} events/s: {'met' if rate >= TARGET_EVENTS_PER_S else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

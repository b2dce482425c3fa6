"""Reports over a large site: 10,000 nodes and 1,000,000 audit entries, in at most 10 s each.

Run: `.venv/bin/python bench/bench_reports.py [--quick] [--no-gui]`.

The vault is filled straight through its tables (bench only): nodes with facts, a health check
per node per day, jobs, deployments, and an audit log whose entries, leaves and tree frontier
are computed as the log computes them, so the audit report's checkpoint signs a real tree.
Each report is timed next to a baseline measured in the same run (reading the same tables
with one plain query each, doing nothing with the rows) and next to its 10 s budget. Then the
GUI's stall while the report dialog writes the audit report on a worker, next to an idle
event loop in the same run and the 50 ms budget.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("AIRLOCK_KDF_SECONDS", "0")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.audit.entry import canonical_entry
from app.core.audit.merkle import Frontier, leaf_hash
from app.core.service import init_vault, open_session

PASS = b"bench passphrase 123"
BUDGET_S = 10.0
DAYS = 30
START = datetime(2026, 3, 1, tzinfo=UTC)
ACTIONS = ("session.unlock", "job.start", "job.finish", "node.enroll", "deploy.model", "settings.change",
           "bundle.import", "session.lock", "audit.export")
ACTORS = ("admin", "alice", "bob", "carol", "dave", "auditor1")
MODELS = ("NVIDIA H100 80GB HBM3", "NVIDIA A100-SXM4-80GB", "Tesla T4", "NVIDIA L40S")


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def fill_fleet(conn: object, nodes: int) -> None:
    """Nodes with facts, one health check per node per day, jobs and two deployments per node."""
    run = conn.execute  # type: ignore[attr-defined]
    run("BEGIN IMMEDIATE")
    enrolled = _stamp(START - timedelta(days=60))
    for i in range(nodes):
        labels = {"site": f"s{i % 7}", "clearance": ("internal", "confidential", "secret")[i % 3]}
        cur = run("INSERT INTO nodes(name, address, port, user, labels, variables, status, enrolled_at, enrolled_by)"
                  " VALUES (?,?,?,?,?,?,?,?,?)",
                  (f"gpu-{i:05d}", f"10.{i // 65536}.{i // 256 % 256}.{i % 256}", 22, "airlock", json.dumps(labels),
                   "{}", "enrolled", enrolled, "admin"))
        facts = {"gpu": {"state": "ok", "gpus": [{"index": g, "name": MODELS[i % 4]} for g in range(8)]}}
        run("INSERT INTO node_facts(node_id, job_id, collected_at, facts) VALUES (?,?,?,?)",
            (cur.lastrowid, None, enrolled, json.dumps(facts)))
    healthy = json.dumps({"reasons": [], "notes": [], "reasons_said": [], "notes_said": []})
    sick = json.dumps({"reasons": ["GPU 3: 2 uncorrectable ECC errors since the driver loaded."], "notes": [],
                       "reasons_said": [{"template": "{gpu}: %n uncorrectable ECC error(s) since the driver loaded.",
                                         "values": {"gpu": "GPU 3"}, "count": 2}], "notes_said": []})
    for day in range(DAYS):
        at = _stamp(START + timedelta(days=day, hours=2))
        job = run("INSERT INTO jobs(playbook, selection, status, started_at, finished_at, started_by, summary)"
                  " VALUES ('health', 'all', 'successful', ?, ?, 'alice', ?)",
                  (at, at, json.dumps({"succeeded": day % 9 != 0}))).lastrowid
        rows = []
        for node in range(1, nodes + 1):
            status = "unhealthy" if (node + day) % 97 == 0 else "degraded" if (node + day) % 31 == 0 else "healthy"
            rows.append((node, job, at, status, healthy if status == "healthy" else sick))
        run_many = conn.executemany  # type: ignore[attr-defined]
        run_many("INSERT INTO node_health(node_id, job_id, checked_at, status, reasons) VALUES (?,?,?,?,?)", rows)
    deployments = []
    for i in range(nodes):
        for version, day in (("1.0.0", 3), ("1.1.0", 17)):
            at = _stamp(START + timedelta(days=day, minutes=i % 600))
            deployments.append((f"gpu-{i:05d}", "model", "llm", version, "internal", "deploy",
                                None if version == "1.0.0" else "1.0.0",
                                "current" if version == "1.1.0" else "superseded", "bob", None, at,
                                json.dumps({"job": 1})))
    conn.executemany(  # type: ignore[attr-defined]
        "INSERT INTO deployments(node, bundle_type, bundle_name, bundle_version, classification, kind,"
        " previous_version, state, deployed_by, approved_by, deployed_at, summary) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        deployments)
    run("COMMIT")


def fill_audit(conn: object, count: int) -> None:
    """`count` more entries spread over the period, appended as the log appends them."""
    run = conn.execute  # type: ignore[attr-defined]
    state = run("SELECT size, frontier FROM audit_state WHERE id = 1").fetchone()
    frontier = Frontier.from_json(state[1])
    step = DAYS * 86_400 / count
    run("BEGIN IMMEDIATE")
    batch = []
    for n in range(count):
        seq = frontier.size
        when = _stamp(START + timedelta(seconds=n * step))
        action, actor = ACTIONS[n % len(ACTIONS)], ACTORS[n % len(ACTORS)]
        outcome = "refused" if n % 53 == 0 else "ok"
        details: dict[str, object] = {"job": n % 1000}
        if n % 20 == 0:
            details["reason" if outcome == "ok" else "stated_reason"] = f"CHG-{n}"
        if outcome == "refused":
            details["reason"] = "the auditor role may not do node.enroll"
        raw = canonical_entry(seq, when, actor, action, f"target {n % 500}", outcome, details)
        leaf = leaf_hash(raw)
        frontier.append(leaf)
        batch.append((seq, when, actor, action, f"target {n % 500}", outcome, raw, leaf))
        if len(batch) == 50_000:
            conn.executemany("INSERT INTO audit_entries(seq, time, actor, action, target, outcome, entry, leaf)"  # type: ignore[attr-defined]
                             " VALUES (?,?,?,?,?,?,?,?)", batch)
            batch = []
    conn.executemany("INSERT INTO audit_entries(seq, time, actor, action, target, outcome, entry, leaf)"  # type: ignore[attr-defined]
                     " VALUES (?,?,?,?,?,?,?,?)", batch)
    run("UPDATE audit_state SET size = ?, frontier = ? WHERE id = 1", (frontier.size, frontier.to_json()))
    run("COMMIT")


def baseline(session: object, kind: str) -> float:
    """Reading what the report reads with one plain query per table, doing nothing with the rows."""
    queries = {
        "fleet": ["SELECT * FROM nodes", "SELECT * FROM node_facts", "SELECT * FROM node_health", "SELECT * FROM jobs"],
        "deployments": ["SELECT * FROM deployments", "SELECT * FROM nodes"],
        "audit": ["SELECT seq, time, actor, action, target, outcome, entry, leaf FROM audit_entries"],
    }[kind]
    started = time.perf_counter()
    for query in queries:
        cursor = session.conn.execute(query)  # type: ignore[attr-defined]
        while cursor.fetchmany(10_000):
            pass
    return time.perf_counter() - started


def bench_core(data_dir: Path, out: Path) -> None:
    last = (START + timedelta(days=DAYS - 1)).date().isoformat()
    for kind in ("fleet", "deployments", "audit"):
        session = open_session(data_dir, "admin", PASS)
        base = baseline(session, kind)
        started, cpu = time.perf_counter(), time.process_time()
        written = session.write_report(kind, START.date().isoformat(), last, out / f"{kind}.html")
        spent, cpu = time.perf_counter() - started, time.process_time() - cpu
        session.close()
        size = sum(p.stat().st_size for p in [written.path, *written.csv])
        print(f"report {kind}: {spent:.2f} s (budget {BUDGET_S:.0f} s, ratio {spent / BUDGET_S:.2f}; CPU {cpu:.2f} s "
              f"over all threads); baseline plain read {base:.2f} s, ratio {spent / base:.1f}; {size / 1e6:.0f} MB "
              f"written in {1 + len(written.csv)} files; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} "
              "CPUs")


def bench_gui(data_dir: Path, out: Path, seconds: float) -> None:
    from PySide6.QtWidgets import QApplication

    from app.gui.main import settle_heap
    from app.gui.reports import ReportDialog
    from app.gui.worker import WorkerPool
    from bench.bench_gui import StallMeter, idle_baseline, run_loop

    app = QApplication(sys.argv[:1])
    settle_heap()
    pool = WorkerPool()
    idle = idle_baseline(app, seconds)
    session = open_session(data_dir, "admin", PASS)
    dialog = ReportDialog(session, pool, show_after=False)
    dialog.kind.setCurrentIndex(dialog.kind.findData("audit"))
    dialog.first.setDate(START.date())
    dialog.last.setDate((START + timedelta(days=DAYS - 1)).date())
    dialog.path.setText(str(out / "gui-audit.html"))
    dialog.show()
    run_loop(app, 0.3)
    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    dialog.write()
    run_loop(app, 600, lambda: dialog.written is not None or dialog.failure is not None)
    spent = time.perf_counter() - started
    stall = meter.stop()
    print(f"gui: audit report written on a worker in {spent:.2f} s ({dialog.failure or 'ok'}): worst GUI stall "
          f"{stall} ms vs idle {idle} ms (budget 50 ms, ratio {stall / 50:.2f})")
    dialog.close()
    dialog.deleteLater()
    session.close()
    pool.shutdown()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="1,000 nodes and 100,000 entries, for `make bench`")
    parser.add_argument("--no-gui", action="store_true", help="only the core's timings")
    args = parser.parse_args()
    nodes, entries = (1_000, 100_000) if args.quick else (10_000, 1_000_000)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir, out = Path(tmp) / "data", Path(tmp) / "out"
        out.mkdir()
        session, _ = init_vault(data_dir, "admin", PASS)
        started = time.perf_counter()
        fill_fleet(session.conn, nodes)
        fill_audit(session.conn, entries)
        session.close()
        print(f"setup: {nodes} nodes, {nodes * DAYS} health checks, {nodes * 2} deployments, {entries} audit "
              f"entries in {time.perf_counter() - started:.0f} s")
        bench_core(data_dir, out)
        if not args.no_gui:
            bench_gui(data_dir, out, 2.0 if args.quick else 5.0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

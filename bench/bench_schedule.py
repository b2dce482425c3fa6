"""GUI stall while a schedule fires: a real health job from the scheduler, alarms, a dashboard refresh.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_schedule.py [--quick]`.
A vault holds 10,000 nodes (1,000 with --quick) and a schedule of the health playbook on 25 of
them (50 without --quick) that no one answers: ansible-runner really runs, every one comes
back unreachable, the job is recorded, 25 alarms are raised, and the dashboard (cards, chart,
alarm list, jobs) reads everything again for the whole fleet. The worst gap of a 5 ms timer on
the GUI thread is measured while all of that happens, next to the same measurement on an
idle event loop in the same run, and to the 50 ms budget.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("AIRLOCK_KDF_SECONDS", "0")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"  # ansible-playbook

from bench_gui import PASS, StallMeter, idle_baseline, insert_nodes, run_loop  # noqa: E402
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.core.schedules import from_stamp  # noqa: E402
from app.core.service import init_vault, open_session  # noqa: E402
from app.gui.main import settle_heap  # noqa: E402
from app.gui.scheduler import Scheduler  # noqa: E402
from app.gui.sections.base import Context, Preferences  # noqa: E402
from app.gui.sections.dashboard import DashboardSection  # noqa: E402
from app.gui.worker import WorkerPool  # noqa: E402


def unanswered(session: object, count: int) -> None:
    """`count` pinned nodes on a local port nothing listens on (the job reaches none of them)."""
    key = Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.OpenSSH, PublicFormat.OpenSSH).decode()
    key_type, key_base64 = key.split()[:2]
    conn = session.conn  # type: ignore[attr-defined]
    conn.execute("BEGIN IMMEDIATE")
    for i in range(count):
        cursor = conn.execute("INSERT INTO nodes(name, address, port, user, labels, variables, status, enrolled_at,"
                              " enrolled_by) VALUES (?,?,?,?,?,?,?,?,?)",
                              (f"rack9-{i:03d}", "127.0.0.1", 9, "airlock", "{}", "{}", "enrolled",
                               "2025-01-01T00:00:00Z", "admin"))
        conn.execute("INSERT INTO host_key_pins(node_id, key_type, key_base64, fingerprint, pinned_at, pinned_by)"
                     " VALUES (?,?,?,?,?,?)", (cursor.lastrowid, key_type, key_base64, "SHA256:bench", "2025", "admin"))
    conn.execute("COMMIT")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for `make bench`")
    args = parser.parse_args()
    fleet, targets = (1_000, 25) if args.quick else (10_000, 50)
    app = QApplication(sys.argv[:1])
    settle_heap()
    pool = WorkerPool()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        session, _ = init_vault(data_dir, "admin", PASS)
        insert_nodes(session, fleet)
        unanswered(session, targets)
        made = session.add_schedule("health", "rack9-*", "1h")
        session.close()
        baseline = idle_baseline(app, 2.0)
        print(f"baseline: idle event loop worst stall {baseline} ms over 2 s")

        session = open_session(data_dir, "admin", PASS)
        dashboard = DashboardSection(Context(session, pool, Preferences(str(Path(tmp) / "gui.ini")), lambda: False))
        dashboard.resize(1400, 860)
        dashboard.show()
        dashboard.refresh()
        run_loop(app, 60, lambda: dashboard.view is not None)
        due_at = from_stamp(made["created_at"]) + timedelta(hours=1)
        scheduler = Scheduler(session, pool, interval_ms=3_600_000, clock=lambda: due_at)
        reports: list[dict[str, object]] = []
        scheduler.ticked.connect(reports.append)
        scheduler.ticked.connect(lambda _report: dashboard.refresh())
        meter = StallMeter()
        meter.start()
        started = time.perf_counter()
        scheduler.tick()
        run_loop(app, 600, lambda: bool(reports))
        fired = time.perf_counter() - started
        view_before = dashboard.view
        run_loop(app, 60, lambda: dashboard.view is not view_before)  # the refresh the news asked for
        spent = time.perf_counter() - started
        stall = meter.stop()
        runs = reports[0]["runs"] if reports else []
        alarms = len(dashboard.view.alarms) if dashboard.view else 0
        print(f"schedule: health on {targets} of {fleet} nodes ran in {fired:.1f} s "
              f"({[(r['status'], r['message'][:300]) for r in runs]}); {alarms} alarms raised; dashboard read again after "
              f"{spent:.1f} s in all")
        print(f"schedule: worst GUI stall {stall} ms vs idle {baseline} ms (budget 50 ms, ratio {stall / 50:.2f})")
        scheduler.stop()
        dashboard.close()
        dashboard.deleteLater()
        pool.shutdown()
        session.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""GUI performance: 10,000 nodes after unlock, filtering per keystroke, job event floods, import stall.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_gui.py [--quick]`.
Every stall figure is printed next to the same measurement on an idle event loop in the
same run (the baseline), and every time next to its budget, as ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("AIRLOCK_KDF_SECONDS", "0")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from app.core.service import init_vault, open_session
from app.gui.job_models import EventBatcher
from app.gui.main import settle_heap
from app.gui.sections.base import Context, Preferences
from app.gui.sections.jobs import JobsSection
from app.gui.sections.nodes import NodesSection
from app.gui.worker import WorkerPool

PASS = b"bench passphrase 123"
MODELS = ("NVIDIA H100 80GB HBM3", "NVIDIA A100-SXM4-80GB", "Tesla T4", "NVIDIA L40S")


class StallMeter:
    """Largest gap between ticks of a 5 ms timer: how long the event loop was blocked."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.clock = QElapsedTimer()
        self.last = 0
        self.worst = 0
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def start(self) -> None:
        self.worst = 0
        self.clock.start()
        self.last = 0
        self.timer.start()

    def stop(self) -> int:
        self.timer.stop()
        return max(0, self.worst - 5)


def run_loop(app: QApplication, seconds: float, until: object = None) -> None:
    """Run the event loop as the application does (waiting in Qt, the GIL released) until
    `until()` holds or `seconds` pass."""
    del app
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    check = QTimer()
    check.setInterval(2)
    check.timeout.connect(lambda: until is not None and until() and loop.quit())  # type: ignore[operator]
    check.start()
    loop.exec()
    check.stop()


def idle_baseline(app: QApplication, seconds: float) -> int:
    meter = StallMeter()
    meter.start()
    run_loop(app, seconds)
    return meter.stop()


def insert_nodes(session: object, count: int) -> None:
    """Write `count` nodes straight into the nodes room's tables (bench only; no SSH)."""
    conn = session.conn  # type: ignore[attr-defined]
    now = "2025-01-01T00:00:00.000000Z"
    conn.execute("BEGIN IMMEDIATE")
    for i in range(count):
        labels = {"site": f"s{i % 7}", "zone": str(i % 13), "clearance": "internal"}
        cur = conn.execute(
            "INSERT INTO nodes(name, address, port, user, labels, variables, status, enrolled_at, enrolled_by)"
            " VALUES (?,?,?,?,?,?,?,?,?)",
            (f"gpu-{i:05d}", f"10.{i // 65536}.{i // 256 % 256}.{i % 256}", 22, "airlock", json.dumps(labels), "{}",
             "enrolled", now, "admin"))
        facts = {"gpu": {"state": "ok", "gpus": [{"index": g, "name": MODELS[i % 4]} for g in range(8)]}}
        conn.execute("INSERT INTO node_facts(node_id, job_id, collected_at, facts) VALUES (?,?,?,?)",
                     (cur.lastrowid, None, now, json.dumps(facts)))
    conn.execute("COMMIT")


def bench_nodes(app: QApplication, data_dir: Path, count: int, pool: WorkerPool, prefs: Preferences) -> None:
    session = open_session(data_dir, "admin", PASS)
    ctx = Context(session, pool, prefs, lambda: False)
    section = NodesSection(ctx)
    section.resize(1200, 800)
    section.show()
    started = time.perf_counter()
    section.refresh()
    run_loop(app, 60, lambda: section.model.total() == count)
    section.table.viewport().repaint()
    ready = time.perf_counter() - started
    print(f"nodes: {count} ready {ready * 1000:.0f} ms after unlock (budget 2000 ms, ratio {ready / 2.0:.2f})")

    typed = "gpu-0001"
    worst = 0.0
    times = []
    for end in range(1, len(typed) + 1):
        t0 = time.perf_counter()
        section.filter.setText(typed[:end])
        section.table.viewport().repaint()
        spent = time.perf_counter() - t0
        times.append(spent)
        worst = max(worst, spent)
    for end in range(len(typed), -1, -1):  # backspacing widens again
        t0 = time.perf_counter()
        section.filter.setText(typed[:end])
        section.table.viewport().repaint()
        worst = max(worst, time.perf_counter() - t0)
    print(f"filter: worst keystroke {worst * 1000:.1f} ms, mean typing {sum(times) / len(times) * 1000:.1f} ms "
          f"(budget 50 ms, ratio {worst / 0.05:.2f})")
    section.close()
    section.deleteLater()
    session.close()


class Result:
    __slots__ = ("host", "message", "status", "task")

    def __init__(self, host: str, task: str, status: str) -> None:
        self.host, self.task, self.status, self.message = host, task, status, ""


def bench_events(app: QApplication, seconds: float, rate: int, pool: WorkerPool, prefs: Preferences,
                 session: object, baseline: int) -> None:
    ctx = Context(session, pool, prefs, lambda: False)
    section = JobsSection(ctx)
    section.resize(1400, 900)
    section.show()
    batcher: EventBatcher = section.batcher
    batcher.start()
    hosts = [f"gpu-{i:04d}" for i in range(1000)]
    tasks = [f"task {t}" for t in range(20)]
    stop = threading.Event()

    def produce() -> None:
        sent = 0
        t0 = time.perf_counter()
        while not stop.is_set():
            due = int((time.perf_counter() - t0) * rate)
            while sent < due:
                batcher.put(Result(hosts[sent % len(hosts)], tasks[sent // len(hosts) % len(tasks)],
                                   "ok" if sent % 17 else "changed"))
                sent += 1
            time.sleep(0.001)  # the producer stands in for Ansible; it paces itself

    run_loop(app, 0.3)  # the window's first layout and paint are not part of the flood
    meter = StallMeter()
    producer = threading.Thread(target=produce)
    meter.start()
    producer.start()
    run_loop(app, seconds)
    stop.set()
    producer.join()
    batcher.stop()
    stall = meter.stop()
    lines = section.log.rowCount()
    print(f"events: {lines} events in {seconds:.0f} s ({lines / seconds:.0f}/s) into matrix + log: worst stall "
          f"{stall} ms vs idle {baseline} ms (budget 50 ms, ratio {stall / 50:.2f})")
    browse_log(app, section)
    section.close()
    section.deleteLater()


def browse_log(app: QApplication, section: JobsSection, target: int = 100_000) -> None:
    """Fill the job log to `target` lines, then jump and page through it: the worst time per step."""
    missing = target - section.log.rowCount()
    if missing > 0:
        section.log.append([f"gpu-{i % 1000:04d}  task {i // 1000 % 20}  ok" for i in range(missing)])
    view = section.log_view
    bar = view.verticalScrollBar()
    app.processEvents()
    steps = [bar.maximum(), 0, bar.maximum() // 2] + [bar.maximum() // 2 + k * bar.pageStep() for k in range(1, 30)]
    worst = 0.0
    for value in steps:
        started = time.perf_counter()
        bar.setValue(min(value, bar.maximum()))
        view.viewport().repaint()
        app.processEvents()
        worst = max(worst, (time.perf_counter() - started) * 1000)
    print(f"log: {section.log.rowCount()} lines; worst jump or page step {worst:.1f} ms "
          f"(budget 50 ms, ratio {worst / 50:.2f})")


def bench_import(app: QApplication, data_dir: Path, size_mb: int, pool: WorkerPool, baseline: int) -> None:
    from app.gui.import_dialog import ImportDialog
    from tests.lab.bundle_factory import TrustLab

    lab = TrustLab(data_dir.parent / "publisher")
    files = {"README.md": b"# bench", "weights/model.safetensors": os.urandom(size_mb * 1024 * 1024)}
    bundle = lab.build("bench-model", "1.0.0", files=files, split_size=64 * 1024 * 1024)
    session = open_session(data_dir, "admin", PASS)
    session.trust_init(lab.root_json, lab.fingerprint)
    dialog = ImportDialog(session, pool, bundle)
    dialog.show()
    done: list[bool] = []
    dialog.ended.connect(done.append)
    meter = StallMeter()
    meter.start()
    t0 = time.perf_counter()
    dialog.start()
    run_loop(app, 600, lambda: bool(done))
    spent = time.perf_counter() - t0
    stall = meter.stop()
    print(f"import: {size_mb} MiB in {spent:.1f} s ({size_mb / spent:.0f} MiB/s), ok={done[0]}: worst GUI stall "
          f"{stall} ms vs idle {baseline} ms (budget 50 ms, ratio {stall / 50:.2f})")
    dialog.close()
    dialog.deleteLater()
    session.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for `make bench`")
    args = parser.parse_args()
    nodes = 10_000
    seconds = 2.0 if args.quick else 5.0
    size_mb = 64 if args.quick else 512
    app = QApplication(sys.argv[:1])
    settle_heap()  # as `airlock` does at start-up (app.gui.main.run)
    pool = WorkerPool()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        session, _ = init_vault(data_dir, "admin", PASS)
        prefs = Preferences(str(Path(tmp) / "gui.ini"))
        insert_nodes(session, nodes)
        session.close()
        baseline = idle_baseline(app, seconds)
        print(f"baseline: idle event loop worst stall {baseline} ms over {seconds:.0f} s")
        bench_nodes(app, data_dir, nodes, pool, prefs)
        session = open_session(data_dir, "admin", PASS)
        bench_events(app, seconds, 10_000, pool, prefs, session, baseline)
        session.close()
        bench_import(app, data_dir, size_mb, pool, baseline)
        pool.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

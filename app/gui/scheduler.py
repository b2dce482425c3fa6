"""Schedules and alarms while the desktop application runs.

A timer ticks on the GUI thread and hands the work to the worker pool: the service runs what
is due (`run_due`, each run claimed in the vault, as its owner) and looks at the alarms
(`sweep_alarms`). The GUI thread never waits for either. One tick at a time: a tick that
comes while the last one still works (a long health run) is skipped, and the next one
picks up whatever fell due meanwhile, once. The clock is the scheduler's, so a test can
hold it; the first tick comes as soon as the window opens, so a schedule missed while the
application was closed runs then.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.core.service import VaultLocked
from app.gui.errors import explain
from app.gui.worker import Task, WorkerPool

TICK_MS = 30_000


def system_clock() -> datetime:
    return datetime.now(UTC)


class Scheduler(QObject):
    """Runs due schedules and sweeps alarms on the pool; `ticked(report)` says what happened."""

    ticked = Signal(object)  # {"runs": [...], "alarms": {"raised": [...], "cleared": [...]}}
    failed = Signal(object)

    def __init__(self, session: Any, pool: WorkerPool, parent: QObject | None = None, *,
                 interval_ms: int = TICK_MS, clock: Callable[[], datetime] = system_clock) -> None:
        super().__init__(parent)
        self._session = session
        self._pool = pool
        self.clock = clock
        self.task: Task | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        """Tick now (what was missed while closed) and then every interval."""
        self.timer.start()
        self.tick()

    def stop(self) -> None:
        self.timer.stop()
        if self.task is not None:
            self.task.cancel.set()

    @property
    def busy(self) -> bool:
        return self.task is not None

    def tick(self) -> bool:
        """Start one round on the pool unless one is still at work; True when one started."""
        if self.task is not None:
            return False
        session, now = self._session, self.clock()

        def work(_progress: Any, cancel: Any) -> dict[str, Any]:
            runs = session.run_due(now, cancel)
            return {"runs": runs, "alarms": session.sweep_alarms(now)}

        self.task = self._pool.submit(work, owner=self, long=True, background=True,
                                      on_result=self._done, on_error=self._failed)
        return True

    def _done(self, report: dict[str, Any]) -> None:
        self.task = None
        self.ticked.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.failed.emit(exc)



class WindowScheduler(Scheduler):
    """The main window's scheduler: its news refresh the dashboard and jobs; a lock closes the window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window.ctx.session, window.ctx.pool, window)
        self.window = window
        self.ticked.connect(self._news)
        self.failed.connect(self._trouble)

    def _news(self, report: dict[str, Any]) -> None:
        alarms = report.get("alarms") or {}
        runs = report.get("runs") or []
        if runs:
            self.window.jobs.refresh()
            self.window.statusBar().showMessage(self.tr("%n scheduled job(s) ran.", "", len(runs)), 8000)
        if runs or alarms.get("raised") or alarms.get("cleared"):
            self.window.dashboard.refresh()

    def _trouble(self, exc: BaseException) -> None:
        if isinstance(exc, VaultLocked):
            self.window.lock_requested.emit()
        else:
            what, _todo = explain(exc)
            self.window.statusBar().showMessage(self.tr("Scheduled work failed: {0}").format(what), 8000)


def attach_scheduler(window: Any) -> Scheduler:
    """Make the main window's scheduler (the controller starts it once the window shows)."""
    return WindowScheduler(window)

"""Long work off the GUI thread, results back on it.

A core function that takes `progress(done, total, message)` and a cancel token runs on a
`QThreadPool` thread. Its progress, result and error come back to the GUI thread as queued
signals; a callback is only called while the widget it belongs to (its `owner`) still
exists, so a dialog closed mid-import never receives a late result.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Callable
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.core.service import Cancelled, Message
from app.gui.i18n import core_said

ProgressSlot = Callable[[int, int, str], None]
ResultSlot = Callable[[Any], None]
ErrorSlot = Callable[[BaseException], None]
ReportSlot = Callable[[Any], None]

# Progress from a fast loop is thinned out: the GUI needs a few updates a second, not
# one per megabyte.
PROGRESS_INTERVAL_S = 0.05


class TaskSignals(QObject):
    """Emitted from the pool thread; delivered queued on the GUI thread."""

    progress = Signal(int, int, str)
    report = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    ended = Signal()


class Task(QRunnable):
    """One call of a core function on a pool thread, with its own cancel token."""

    def __init__(self, work: Callable[..., Any], *, wants_progress: bool, wants_report: bool = False,
                 background: bool = False) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self.cancel = threading.Event()
        self.background = background
        self._work = work
        self._wants_progress = wants_progress
        self._wants_report = wants_report
        self._last_progress = 0.0

    def _progress(self, done: int, total: int, message: object) -> None:
        now = time.monotonic()
        if (total > 0 and done >= total) or now - self._last_progress >= PROGRESS_INTERVAL_S:
            self._last_progress = now
            # The core says its steps as messages: said here in the operator's language
            # (QCoreApplication.translate is thread-safe).
            text = core_said(message.as_dict(), message.text) if isinstance(message, Message) else str(message)
            self.signals.progress.emit(int(done), int(total), text)

    def _report(self, item: Any) -> None:
        self.signals.report.emit(item)

    def run(self) -> None:
        try:
            if self._wants_report:
                result = self._work(self._progress, self.cancel, self._report)
            elif self._wants_progress:
                result = self._work(self._progress, self.cancel)
            else:
                result = self._work()
        except BaseException as exc:  # noqa: BLE001 - every failure is handed to the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.ended.emit()


class WorkerPool(QObject):
    """The application's pool of worker threads and the tasks running on it."""

    busy_changed = Signal(bool)
    _all: ClassVar[weakref.WeakSet[WorkerPool]] = weakref.WeakSet()

    def __init__(self, parent: QObject | None = None, max_threads: int = 5) -> None:
        super().__init__(parent)
        WorkerPool._all.add(self)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._pool.setExpiryTimeout(2_000)
        self._tasks: set[Task] = set()
        # A finished task is kept until the next one finishes: its signals object must not
        # be destroyed while its own last signal is being delivered.
        self._retired: Task | None = None

    @classmethod
    def instances(cls) -> list[WorkerPool]:
        """Every pool still alive (tests check that none is left busy)."""
        return [pool for pool in cls._all if shiboken6.isValid(pool)]

    @property
    def running(self) -> int:
        """Tasks the operator waits for (background watchers are not counted)."""
        return sum(1 for task in self._tasks if not task.background)

    @property
    def background_running(self) -> int:
        return sum(1 for task in self._tasks if task.background)

    def submit(
        self,
        work: Callable[..., Any],
        *,
        owner: QObject,
        on_result: ResultSlot | None = None,
        on_error: ErrorSlot | None = None,
        on_progress: ProgressSlot | None = None,
        on_report: ReportSlot | None = None,
        long: bool = False,
        background: bool = False,
    ) -> Task:
        """Run `work` on a pool thread.

        With `long=True`, `work(progress, cancel)` is called and progress is reported;
        otherwise `work()`. With `on_report`, `work(progress, cancel, report)` is called and
        every object passed to `report` reaches `on_report` (a watcher's findings).
        Callbacks run on the GUI thread, and only while `owner` lives. A `background` task
        (a watcher that runs while a page is shown) does not count as the operator's work:
        it leaves `running` and the busy indicator alone, but is cancelled and waited for
        like any other.
        """
        task = Task(work, wants_progress=long or on_report is not None, wants_report=on_report is not None,
                    background=background)

        def alive() -> bool:
            return shiboken6.isValid(owner)

        if on_progress is not None:
            task.signals.progress.connect(lambda d, t, m: alive() and on_progress(d, t, m))
        if on_report is not None:
            task.signals.report.connect(lambda item: alive() and on_report(item))
        task.signals.succeeded.connect(lambda r: alive() and on_result is not None and on_result(r))
        task.signals.failed.connect(lambda e: self._deliver_error(alive, on_error, e))
        task.signals.ended.connect(lambda: self._forget(task))
        was_busy = self.running > 0
        self._tasks.add(task)
        if not background and not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(task)
        return task

    @staticmethod
    def _deliver_error(alive: Callable[[], bool], on_error: ErrorSlot | None, exc: BaseException) -> None:
        if not alive() or on_error is None:
            return
        on_error(exc)

    def _forget(self, task: Task) -> None:
        self._tasks.discard(task)
        self._retired = task
        if not task.background and self.running == 0:
            self.busy_changed.emit(False)

    def cancel_all(self) -> None:
        """Ask every running task to stop (each polls its token between units of work)."""
        for task in list(self._tasks):
            task.cancel.set()

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """At exit only: cancel everything and wait for the threads to finish."""
        self.cancel_all()
        done = self._pool.waitForDone(timeout_ms)
        self._pool.clear()
        return bool(done)


def is_cancel(exc: BaseException) -> bool:
    """True when a task ended because the operator cancelled it."""
    return isinstance(exc, Cancelled)

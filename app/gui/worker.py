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

from app.core.errors import Cancelled

ProgressSlot = Callable[[int, int, str], None]
ResultSlot = Callable[[Any], None]
ErrorSlot = Callable[[BaseException], None]

# Progress from a fast loop is thinned out: the GUI needs a few updates a second, not
# one per megabyte.
PROGRESS_INTERVAL_S = 0.05


class TaskSignals(QObject):
    """Emitted from the pool thread; delivered queued on the GUI thread."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    ended = Signal()


class Task(QRunnable):
    """One call of a core function on a pool thread, with its own cancel token."""

    def __init__(self, work: Callable[..., Any], *, wants_progress: bool) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self.cancel = threading.Event()
        self._work = work
        self._wants_progress = wants_progress
        self._last_progress = 0.0

    def _progress(self, done: int, total: int, message: str) -> None:
        now = time.monotonic()
        if (total > 0 and done >= total) or now - self._last_progress >= PROGRESS_INTERVAL_S:
            self._last_progress = now
            self.signals.progress.emit(int(done), int(total), str(message))

    def run(self) -> None:
        try:
            result = self._work(self._progress, self.cancel) if self._wants_progress else self._work()
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

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
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
        return len(self._tasks)

    def submit(
        self,
        work: Callable[..., Any],
        *,
        owner: QObject,
        on_result: ResultSlot | None = None,
        on_error: ErrorSlot | None = None,
        on_progress: ProgressSlot | None = None,
        long: bool = False,
    ) -> Task:
        """Run `work` on a pool thread.

        With `long=True`, `work(progress, cancel)` is called and progress is reported;
        otherwise `work()`. Callbacks run on the GUI thread, and only while `owner` lives.
        """
        task = Task(work, wants_progress=long)

        def alive() -> bool:
            return shiboken6.isValid(owner)

        if on_progress is not None:
            task.signals.progress.connect(lambda d, t, m: alive() and on_progress(d, t, m))
        task.signals.succeeded.connect(lambda r: alive() and on_result is not None and on_result(r))
        task.signals.failed.connect(lambda e: self._deliver_error(alive, on_error, e))
        task.signals.ended.connect(lambda: self._forget(task))
        self._tasks.add(task)
        if len(self._tasks) == 1:
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
        if not self._tasks:
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

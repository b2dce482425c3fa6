"""Importing a bundle: progress, speed, time left, and a cancel that leaves the store as it was."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from app.gui.errors import explain
from app.gui.sections.base import human_size
from app.gui.worker import Task, WorkerPool, is_cancel


class Rate:
    """Speed and time left from (bytes done, time) samples over a sliding window."""

    def __init__(self, window_s: float = 3.0) -> None:
        self._window = window_s
        self._samples: list[tuple[float, int]] = []

    def add(self, done: int, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        self._samples.append((now, done))
        while len(self._samples) > 2 and now - self._samples[0][0] > self._window:  # noqa: PLR2004
            self._samples.pop(0)

    def speed(self) -> float:
        """Bytes per second over the window (0 until two samples exist)."""
        if len(self._samples) < 2:  # noqa: PLR2004
            return 0.0
        (t0, d0), (t1, d1) = self._samples[0], self._samples[-1]
        return (d1 - d0) / (t1 - t0) if t1 > t0 else 0.0

    def remaining_s(self, total: int) -> float | None:
        speed = self.speed()
        if speed <= 0 or not self._samples:
            return None
        return max(0.0, (total - self._samples[-1][1]) / speed)


def clock(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    seconds = int(seconds + 0.5)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}" if seconds >= 3600 else \
        f"{seconds // 60}:{seconds % 60:02d}"  # noqa: PLR2004


class ImportDialog(QDialog):
    """Verifies and imports one bundle directory; emits `imported(result)` on success."""

    imported = Signal(object)
    ended = Signal(bool)

    def __init__(self, session: Any, pool: WorkerPool, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._pool, self.path = session, pool, path
        self._task: Task | None = None
        self._rate = Rate()
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import {0}").format(path.name))
        self.setMinimumWidth(520)
        self.what = QLabel(self.tr("Verifying the signed manifest, then copying and hashing every file once."))
        self.what.setWordWrap(True)
        self.current = QLabel(str(path))
        self.current.setObjectName("importCurrent")
        self.current.setProperty("role", "muted")
        self.bar = QProgressBar()
        self.bar.setObjectName("importProgress")
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.bar.setRange(0, 0)
        self.figures = QLabel()
        self.figures.setObjectName("importFigures")
        self.outcome = QLabel()
        self.outcome.setObjectName("importResult")
        self.outcome.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Stop the import; nothing is added to the store."))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.what, self.current, self.bar, self.figures, self.outcome, self.buttons):
            layout.addWidget(widget)

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        session, path = self._session, self.path

        def work(progress: Any, cancel: threading.Event) -> Any:
            return session.import_bundle(path, progress, cancel)

        self._task = self._pool.submit(work, owner=self, on_result=self._done, on_error=self._failed,
                                       on_progress=self._progress, long=True)

    def _progress(self, done: int, total: int, message: str) -> None:
        if total <= 0:
            return
        self._rate.add(done)
        # QProgressBar holds an int: count in KiB so that terabyte bundles fit.
        self.bar.setRange(0, max(1, total // 1024))
        self.bar.setValue(done // 1024)
        self.current.setText(message)
        self.figures.setText(self.tr("{0} of {1} · {2}/s · {3} left").format(
            human_size(done), human_size(total), human_size(int(self._rate.speed())),
            clock(self._rate.remaining_s(total))))

    def _finish(self) -> None:
        self._task = None
        self.buttons.clear()
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)

    def _done(self, result: Any) -> None:
        self._finish()
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.outcome.setText(self.tr("Imported {0} {1}: {2}, {3} in the store.").format(
            result.name, result.version, human_size(result.size),
            self.tr("%n new object(s)", "", result.new_objects)))
        self.outcome.setProperty("state", "ok")
        self.imported.emit(result)
        self.ended.emit(True)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        what, todo = explain(exc)
        if is_cancel(exc):
            self.outcome.setText(self.tr("Cancelled. The store is unchanged."))
        else:
            self.outcome.setText(self.tr("Rejected: {0}\nWhat to do: {1}").format(what, todo))
            self.outcome.setProperty("state", "bad")
        self.ended.emit(False)

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel.set()
            self.outcome.setText(self.tr("Cancelling…"))
            return
        super().reject()

"""GUI tests: a test fails if it leaves threads, timers or top-level widgets behind.

In the manner of napari's conftest: every QTimer started from Python is recorded and must be
stopped or destroyed by the end of the test; every worker pool must be idle; no new Python
thread may still run; and every top-level widget the test created must be gone once
deferred deletions ran. Every window a test shows, in whatever language, is also checked
for a keyboard-mnemonic '&' that the operator would see as it is (tests/gui/mnemonics.py).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.gui.sections.base import Preferences
from app.gui.worker import WorkerPool
from tests.gui.mnemonics import stray_ampersands

_STARTED_TIMERS: list[weakref.ref[QTimer]] = []
_ORIGINAL_START = QTimer.start
# Qt keeps a few application-wide windows of its own (the tooltip label, for one).
_QT_OWN = frozenset({"QTipLabel", "QWhatsThat", "QComboBoxPrivateContainer"})


def _recording_start(self: QTimer, *args: object) -> None:
    _STARTED_TIMERS.append(weakref.ref(self))
    _ORIGINAL_START(self, *args)


def _live_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets()
            if shiboken6.isValid(w) and type(w).__name__ not in _QT_OWN and w.parent() is None]


def _flush_deletions(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def no_leftovers(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail the test if it leaves threads, timers, busy worker pools or windows behind."""
    monkeypatch.setattr(QTimer, "start", _recording_start)
    _STARTED_TIMERS.clear()
    windows_before = {id(w) for w in _live_windows()}
    threads_before = set(threading.enumerate())
    pools_before = set(WorkerPool.instances())
    yield
    _flush_deletions(qapp)
    problems = []
    timers = [t for ref in _STARTED_TIMERS if (t := ref()) is not None and shiboken6.isValid(t) and t.isActive()]
    if timers:
        problems.append(f"{len(timers)} QTimer(s) still running")
    busy = [p for p in WorkerPool.instances() if p not in pools_before and (p.running or p.background_running)]
    if busy:
        problems.append(f"{sum(p.running + p.background_running for p in busy)} worker task(s) still running")
    threads = [t for t in threading.enumerate() if t not in threads_before and t.is_alive()
               and not isinstance(t, threading._DummyThread)]
    if threads:
        problems.append(f"threads left running: {[t.name for t in threads]}")
    windows = [w for w in _live_windows() if id(w) not in windows_before]
    if windows:
        problems.append(f"top-level widgets left: {[type(w).__name__ + ':' + w.objectName() for w in windows]}")
        for window in windows:
            window.close()
            window.deleteLater()
        _flush_deletions(qapp)
    _STARTED_TIMERS.clear()
    if problems:
        pytest.fail("The test left things behind: " + "; ".join(problems))


class MnemonicWatch(QObject):
    """Checks every window when it is shown (all its pages and tabs, hidden ones too)."""

    def __init__(self) -> None:
        super().__init__()
        self.found: dict[str, None] = {}  # in order, once each

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.found.update(dict.fromkeys(stray_ampersands(watched)))
        return False


@pytest.fixture(autouse=True)
def no_stray_ampersands(qapp: QApplication) -> Iterator[MnemonicWatch]:
    """Fail the test if a window it showed has a text with a '&' that Qt draws as it is."""
    watch = MnemonicWatch()
    qapp.installEventFilter(watch)
    yield watch
    qapp.removeEventFilter(watch)
    if watch.found:
        pytest.fail("A window shows a stray '&' (give the label a buddy, or drop the '&'):\n  "
                    + "\n  ".join(watch.found))


@pytest.fixture
def prefs(tmp_path: Path) -> Preferences:
    return Preferences(str(tmp_path / "gui.ini"))


@pytest.fixture
def make_controller(qapp: QApplication, prefs: Preferences) -> Iterator[object]:
    """A factory for the application controller on a data dir; shut down after the test."""
    from app.gui.controller import AppController

    made: list[AppController] = []

    def make(data_dir: Path) -> AppController:
        controller = AppController(qapp, data_dir, prefs)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.shutdown()
        controller.deleteLater()
    _flush_deletions(qapp)

"""The desktop application's entry point: `airlock` with no command calls `run(data_dir)`."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app.gui.appliance import RESTART_PROPERTY
from app.gui.controller import AppController
from app.gui.theme import RESOURCES

APP_ID = "airlock"


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused when one exists, as under pytest-qt)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Airlock")
    app.setOrganizationName("Airlock")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "airlock.svg")))
    return app


def settle_heap() -> None:
    """Take the objects made at start-up out of the garbage collector's full passes.

    PySide6 and Airlock's modules leave some 60,000 long-lived Python objects. A full
    (generation 2) collection walks every one of them: a 30 ms pause of whichever thread
    triggers it, and the GUI thread waits for the GIL meanwhile, which made a 10,000
    events/s job flood stall the window past 50 ms. Frozen, they are skipped; they are
    still freed by reference counting if they ever die.
    """
    gc.collect()
    gc.freeze()


def run(data_dir: Path) -> int:
    """Start the desktop application on the vault in `data_dir`; returns the exit status."""
    app = make_app()
    app.setQuitOnLastWindowClosed(False)
    settle_heap()
    controller = AppController(app, Path(data_dir))
    controller.start()
    status = app.exec()
    if controller.state != "closed":
        controller.shutdown()
    restart = app.property(RESTART_PROPERTY)
    if restart:  # an update or rollback made another version current: run it instead
        os.execv(restart, [restart, *sys.argv[1:]])  # noqa: S606 - the installation's own launcher
    return int(status)

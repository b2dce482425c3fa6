"""The desktop application's entry point: `airlock` with no command calls `run(data_dir)`."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

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


def run(data_dir: Path) -> int:
    """Start the desktop application on the vault in `data_dir`; returns the exit status."""
    app = make_app()
    app.setQuitOnLastWindowClosed(False)
    controller = AppController(app, Path(data_dir))
    controller.start()
    status = app.exec()
    if controller.state != "closed":
        controller.shutdown()
    return int(status)

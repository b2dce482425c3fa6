"""What every section of the main window shares: the session, the workers, error dialogs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.gui.errors import show_error
from app.gui.worker import Task, WorkerPool


class Preferences(QObject):
    """Appearance and language: the only things kept outside the vault (no secrets)."""

    changed = Signal(str)

    def __init__(self, path: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = QSettings(path, QSettings.Format.IniFormat)

    def get(self, key: str, default: str) -> str:
        value = self._settings.value(key, default)
        return str(value) if value is not None else default

    def set(self, key: str, value: str) -> None:
        self._settings.setValue(key, value)
        self._settings.sync()
        self.changed.emit(key)


@dataclass
class Context:
    """Handed to every section by the main window."""

    session: Any
    pool: WorkerPool
    prefs: Preferences
    dark: Callable[[], bool]


class Section(QWidget):
    """A page of the main window. Loads its data on workers; never blocks the GUI thread."""

    status_message = Signal(str)
    changed_data = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.session
        self._loading = 0

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload from the service (on a worker)."""

    def run(self, work: Callable[..., Any], on_result: Callable[[Any], None] | None = None, *,
            error_title: str = "", on_error: Callable[[BaseException], None] | None = None,
            on_progress: Callable[[int, int, str], None] | None = None, long: bool = False) -> Task:
        """Submit `work` to the pool; errors go to a dialog saying what to do, unless handled."""
        title = error_title or self.title()

        def failed(exc: BaseException) -> None:
            if on_error is not None:
                on_error(exc)
            else:
                show_error(self.window(), title, exc)

        return self.ctx.pool.submit(work, owner=self, on_result=on_result, on_error=failed,
                                    on_progress=on_progress, long=long)

    def may(self, permission: str) -> bool:
        """Whether the unlocked account holds `permission` (no I/O: grey out what it may not do)."""
        return bool(self.session.check(permission))


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "title")
    label.setAccessibleName(text)
    return label


def subheading(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "subtitle")
    return label


def empty_state(text: str, name: str) -> QLabel:
    """The honest empty state: says there is nothing yet, and how to get something."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setProperty("role", "empty")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def filter_box(placeholder: str, name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    edit.setAccessibleName(placeholder)
    return edit


class Card(QFrame):
    """A dashboard tile: a caption and a big figure."""

    def __init__(self, caption: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setObjectName(name)
        self.caption = QLabel(caption)
        self.caption.setProperty("role", "muted")
        self.figure = QLabel("-")
        self.figure.setProperty("role", "figure")
        self.figure.setAccessibleName(caption)
        self.detail = QLabel("")
        self.detail.setProperty("role", "muted")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.figure)
        layout.addWidget(self.detail)

    def show_value(self, figure: str, detail: str = "", state: str = "") -> None:
        self.figure.setText(figure)
        self.detail.setText(detail)
        self.figure.setProperty("state", state)
        self.figure.style().unpolish(self.figure)
        self.figure.style().polish(self.figure)


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if value < 1024 or unit == "TiB":  # noqa: PLR2004 - binary units
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"

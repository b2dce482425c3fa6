"""What every section of the main window shares: the session, the workers, error dialogs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.service import VaultLocked
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
    # The session locked itself (idle) under a running task: the window must go, not explain.
    vault_locked = Signal()

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
            if isinstance(exc, VaultLocked):
                self.vault_locked.emit()
            elif on_error is not None:
                on_error(exc)
            else:
                show_error(self.window(), title, exc)

        return self.ctx.pool.submit(work, owner=self, on_result=on_result, on_error=failed,
                                    on_progress=on_progress, long=long)

    def may(self, permission: str) -> bool:
        """Whether the unlocked account holds `permission` (no I/O: grey out what it may not do)."""
        return bool(self.session.check(permission))


class Splitter(QSplitter):
    """A horizontal splitter whose panes sit flush with its edges in right-to-left layouts too.

    QSplitter mirrors its panes one pixel too far in a right-to-left layout: the first pane's
    outer edge (the border of the table next to the navigation) is cut off. A one-pixel
    contents margin on the left, only then, brings every pane back inside.
    """

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self._mirror_fix()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._mirror_fix()
        super().changeEvent(event)

    def _mirror_fix(self) -> None:
        rtl = self.orientation() == Qt.Orientation.Horizontal and self.isRightToLeft()
        self.setContentsMargins(1 if rtl else 0, 0, 0, 0)


class PlaceholderTableView(QTableView):
    """A table that says what it will show while it has no rows.

    The text is painted in the empty viewport rather than shown in a separate label, so
    the first rows of a live job arrive without a relayout of the page.
    """

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = placeholder

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is None or model.rowCount() > 0 or not self.placeholder:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        painter.drawText(self.viewport().rect().adjusted(24, 24, -24, -24), flags, self.placeholder)
        painter.end()


def select_row(view: QAbstractItemView, row: int) -> None:
    """Select one whole row and make it current.

    Not `QTableView.selectRow`: in a right-to-left layout it looks up the column at the
    viewport's far edge, one pixel outside the last column, and selects nothing.
    """
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    index = model.index(row, 0)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(index, flags)


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


def problem_label(name: str) -> QLabel:
    """A hidden, word-wrapped label for what went wrong in a dialog (shown when there is something)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setProperty("state", "bad")
    label.hide()
    return label


def busy_bar(accessible_name: str) -> QProgressBar:
    """A hidden, endless progress bar for work whose length is unknown (a key derivation, a connection)."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setAccessibleName(accessible_name)
    bar.hide()
    return bar


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


def node_status_words(node: dict[str, Any]) -> str:
    """The node's status in the operator's language (the stored word where there is none)."""
    status = str(node.get("status") or "")
    words = {
        "enrolled": QCoreApplication.translate("Columns", "enrolled"),
        "hostkey_changed": QCoreApplication.translate("Columns", "host key changed"),
    }
    said = words.get(status, status)
    if node.get("cordon"):  # the ops room: out of service, with the reason it was given
        said = QCoreApplication.translate("Columns", "{0}, cordoned: {1}").format(said, node["cordon"]["reason"])
    elif node.get("held_by"):  # its relay is cordoned: no work reaches it either
        said = QCoreApplication.translate("Columns", "{0}, held back: relay {1} cordoned: {2}").format(
            said, node["held_by"]["relay"], node["held_by"]["cordon"]["reason"])
    return said


# A left-to-right mark keeps "445.4 KiB" in that order inside right-to-left text (without it the
# number and the unit are separated by a right-to-left space and swap places).
LRM = "\u200e"


def stamp_text(stamp: object, length: int = 19) -> str:
    """A stored UTC time stamp for a table cell: "2026-11-30 22:04:18" (to `length` characters).

    The mark keeps it one left-to-right run in an Arabic table, where its date and time would
    otherwise swap places.
    """
    return LRM + str(stamp or "")[:length].replace("T", " ")


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if value < 1024 or unit == "TiB":  # noqa: PLR2004 - binary units
            return LRM + (f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}")
        value /= 1024
    return f"{LRM}{size} B"

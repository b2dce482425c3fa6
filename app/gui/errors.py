"""Error dialogs: every one says what happened and what to do next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.service import AirlockError, Cancelled
from app.gui.i18n import core_said


def explain(exc: BaseException) -> tuple[str, str]:
    """(what happened, what to do) for any exception a task can raise."""
    if isinstance(exc, AirlockError):
        what = core_said(exc.said.as_dict(), exc.message) if exc.said else exc.message
        hint = core_said(exc.hint_said.as_dict(), exc.hint) if exc.hint_said else exc.hint
        return what, hint or QCoreApplication.translate(
            "ErrorDialog", "Check the details above, correct them and try again.")
    if isinstance(exc, OSError):
        what = QCoreApplication.translate(
            "ErrorDialog", "The system refused a file or device operation: {0}.").format(exc.strerror or str(exc))
        return what, QCoreApplication.translate(
            "ErrorDialog", "Check that the medium is inserted and writable and that the disk has space, then retry.")
    what = QCoreApplication.translate(
        "ErrorDialog", "An unexpected error stopped the operation ({0}).").format(type(exc).__name__)
    return what, QCoreApplication.translate(
        "ErrorDialog", "Nothing was changed. Try again; if it happens again, export the audit log and report it.")


def error_box(parent: QWidget | None, title: str, exc: BaseException) -> QMessageBox:
    """A non-modal message box for `exc`; the caller shows it (tests inspect it)."""
    what, todo = explain(exc)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information if isinstance(exc, Cancelled) else QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(what)
    box.setInformativeText(QCoreApplication.translate("ErrorDialog", "What to do: {0}").format(todo))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setObjectName("errorBox")
    box.setAccessibleName(title)
    return box


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> QMessageBox:
    """Show an error without blocking the event loop (window-modal, not `exec()`)."""
    box = error_box(parent, title, exc)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box

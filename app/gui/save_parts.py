"""Parts shared by the dialogs that write a file on a worker (a job's output, a report).

A line for the file with its "Browse…" button (a save dialog that fills the line), and the
progress bar and status line under the form.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QWidget


def file_row(owner: QWidget, path: QLineEdit, title: str, name_filter: str = "") -> tuple[QLabel, QHBoxLayout]:
    """A "File:" label for `path`, and `path` with a Browse button that asks, with `title`, where to write."""
    path.setAccessibleName(QCoreApplication.translate("SaveParts", "File to write"))
    label = QLabel(QCoreApplication.translate("SaveParts", "&File:"))
    label.setBuddy(path)
    browse = QPushButton(QCoreApplication.translate("SaveParts", "&Browse…"))

    def ask() -> None:
        dialog = QFileDialog(owner, title)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        if name_filter:
            dialog.setNameFilter(name_filter)
        dialog.selectFile(path.text())
        dialog.fileSelected.connect(path.setText)
        dialog.open()

    browse.clicked.connect(ask)
    row = QHBoxLayout()
    row.addWidget(path, 1)
    row.addWidget(browse)
    return label, row


def progress_parts(prefix: str) -> tuple[QProgressBar, QLabel]:
    """A hidden progress bar and a selectable status line, named `<prefix>Progress`, `<prefix>Status`."""
    bar = QProgressBar()
    bar.setObjectName(f"{prefix}Progress")
    bar.setAccessibleName(QCoreApplication.translate("SaveParts", "Progress"))
    bar.hide()
    status = QLabel()
    status.setObjectName(f"{prefix}Status")
    status.setWordWrap(True)
    status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return bar, status


def show_busy(bar: QProgressBar, status: QLabel, text: str) -> None:
    """The bar running with no known end yet, and `text` under it."""
    bar.setRange(0, 0)
    bar.show()
    status.setText(text)

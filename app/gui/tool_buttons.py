"""Buttons that open a dialog each, kept alive while it is open and deleted when it closes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QPushButton


class ToolButtons(QObject):
    """A few tool buttons of a section; `dialog` is the one it has open (tests read it)."""

    def __init__(self, section: Any) -> None:
        super().__init__(section)
        self._section = section
        self.dialog: QDialog | None = None

    def _button(self, text: str, name: str, tip: str, permission: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setEnabled(self._section.may(permission))
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _keep(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _code: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

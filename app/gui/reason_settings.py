"""Settings → Reasons on record: the actions an admin requires a reason for.

Every action that changes something, or takes data out of the vault, is listed (from the
service, so actions other rooms add appear by themselves). Saving is a settings change:
admin only, audited, under dual control when settings changes are, with its own reason.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from app.core.service import reasoned_actions
from app.gui.reason import ReasonField


class ReasonsTab(QWidget):
    """A checkable list of actions; the checked ones need `--reason` (or the Reason field)."""

    def __init__(self, section: Any) -> None:
        super().__init__()
        self._section = section
        self.setObjectName("reasonsTab")
        intro = QLabel(self.tr("An action checked here goes ahead only with a reason: a change ticket or a sentence "
                               "saying why. The reason is recorded in the audit entry and in audit exports. Any "
                               "action may carry a reason; these must."))
        intro.setWordWrap(True)
        self.actions = QListWidget()
        self.actions.setObjectName("reasonActions")
        self.actions.setAccessibleName(self.tr("Actions that need a reason"))
        for action in reasoned_actions():
            item = QListWidgetItem(action)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.actions.addItem(item)
        self.reason = ReasonField(section.session, section.ctx.pool, "settings.change", self)
        self.save_button = QPushButton(self.tr("&Save required reasons"))
        self.save_button.setObjectName("saveReasonsButton")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("reasonsStatus")
        self.status.setWordWrap(True)
        admin = section.may("settings.change")
        for widget in (self.actions, self.save_button, self.reason):
            widget.setEnabled(admin)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.actions, 1)
        layout.addWidget(self.reason)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
        self.loaded: set[str] | None = None  # what the vault says, once read

    def refresh(self) -> None:
        session = self._section.session
        self._section.run(session.required_reasons, self._show)

    def _show(self, required: set[str]) -> None:
        self.loaded = set(required)
        for row in range(self.actions.count()):
            item = self.actions.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.text() in required else Qt.CheckState.Unchecked)

    def chosen(self) -> set[str]:
        items = (self.actions.item(row) for row in range(self.actions.count()))
        return {item.text() for item in items if item.checkState() == Qt.CheckState.Checked}

    def save(self) -> None:
        self.save_button.setEnabled(False)
        self._section.gate.request("settings.change", self.tr("Change the actions that need a reason."), self._save,
                                   on_error=self._refused, on_cancel=lambda: self.save_button.setEnabled(True),
                                   reason=self.reason)

    def _save(self, approval: Any) -> None:
        session, chosen = self._section.session, self.chosen()

        def saved(_result: Any) -> None:
            self.save_button.setEnabled(True)
            self.status.setText(self.tr("Saved: %n action(s) need a reason.", "", len(chosen)))
            self.refresh()

        work = self.reason.carry(lambda: session.set_required_reasons(chosen, approval))
        self._section.run(work, saved, on_error=self._refused)

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._section.report(self.tr("The required reasons were not saved"), exc)

"""The dashboard's backup reminder: shown when the site has gone too long without a backup.

How long is a setting (the Backups tab of Settings, or `airlock backup warn-after DAYS`); 0 turns
the reminder off. The status is read on a worker each time the dashboard is shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from app.gui.i18n import isolate
from app.gui.sections.base import Section, stamp_text


class BackupWarning(QFrame):
    """A hidden banner that appears while `backup_status().overdue` holds."""

    def __init__(self, section: Section) -> None:
        super().__init__(section)
        self._section = section
        self.setObjectName("backupWarning")
        self.setProperty("role", "card")
        self.label = QLabel()
        self.label.setObjectName("backupWarningText")
        self.label.setWordWrap(True)
        self.label.setProperty("state", "warn")
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.hide()
        section.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._section and event.type() == QEvent.Type.Show:
            self.refresh()  # each time the dashboard is shown (the banner itself may be hidden)
        return False

    def refresh(self) -> None:
        if not self._section.may("backup.status"):
            self.hide()
            return
        session = self._section.session
        self._section.run(session.backup_status, self.show_status, on_error=lambda _exc: self.hide())

    def show_status(self, status: Any) -> None:
        if not status.overdue:
            self.hide()
            return
        if status.last_created is None:
            text = self.tr("No backup of this appliance has been made yet. Make one in the Backups tab of Settings "
                           "(with the content store), on a medium kept away from the appliance.")
        else:
            age = int(status.age_days or 0)
            text = self.tr("No backup for {0}: the last one was made {1}, in {2}. This site asks for one at least "
                           "every {3}. Make one in the Backups tab of Settings.").format(
                self.tr("%n day(s)", "", age), stamp_text(status.last_created, 16), isolate(status.last_medium),
                self.tr("%n day(s)", "", status.warn_after_days))
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.show()

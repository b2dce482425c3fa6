"""The Backups tab of Settings: when the last backup was made, making one now, and the reminder.

Backing up runs on a worker with progress and a Stop button; a stopped or failed backup
leaves the medium's earlier backups as they were (app.core.backup.medium).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.service import BackupStatus
from app.gui.errors import explain
from app.gui.i18n import isolate
from app.gui.sections.base import Section, human_size, stamp_text, subheading
from app.gui.worker import Task, is_cancel

MAX_DAYS = 3650


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("role", "muted")
    return label


def _state(label: QLabel, state: str) -> None:
    label.setProperty("state", state)
    label.style().unpolish(label)
    label.style().polish(label)


class BackupTab(QWidget):
    """Shows the last backup, makes a new one (admin), sets the reminder (admin)."""

    def __init__(self, section: Section) -> None:
        super().__init__()
        self._section = section
        self._task: Task | None = None
        self.last = QLabel()
        self.last.setObjectName("lastBackup")
        self.last.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("backupProgress")
        self.bar.setAccessibleName(self.tr("Backup progress"))
        self.bar.hide()
        self.status = _note()
        self.status.setObjectName("backupStatus")
        layout = QVBoxLayout(self)
        layout.addWidget(subheading(self.tr("Last backup")))
        layout.addWidget(self.last)
        layout.addWidget(subheading(self.tr("Make a backup")))
        layout.addWidget(_note(self.tr(
            "The backup holds the vault (still encrypted; it opens only with a passphrase of an account in it or the "
            "recovery key) and, if chosen, the content store, with a manifest signed by the audit key. Several "
            "backups can share one medium; each is complete on its own. Keep the medium away from the appliance.")))
        layout.addLayout(self._making())
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(subheading(self.tr("Reminder")))
        layout.addWidget(_note(self.tr("The dashboard warns when no backup was made for this many days.")))
        layout.addLayout(self._reminder())
        layout.addStretch()

    def _making(self) -> QFormLayout:
        self.folder = QLineEdit()
        self.folder.setObjectName("backupOut")
        self.folder.setAccessibleName(self.tr("Folder on the medium"))
        self.folder.setPlaceholderText(self.tr("/media/…/backups"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.with_store = QCheckBox(self.tr("Include the content store (only objects not on the medium yet are "
                                            "copied)"))
        self.with_store.setObjectName("backupWithStore")
        self.with_store.setChecked(True)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.setObjectName("backupNow")
        self.backup_button.setToolTip(self.tr("Admin: write an encrypted, signed backup into the folder (audited)"))
        self.backup_button.clicked.connect(self.start)
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.setObjectName("backupStop")
        self.stop_button.setToolTip(self.tr("Stop; the medium's earlier backups stay as they were"))
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.cancel)
        for widget in (self.folder, browse, self.with_store, self.backup_button):
            widget.setEnabled(self._section.may("backup.create"))
        where = QHBoxLayout()
        where.addWidget(self.folder)
        where.addWidget(browse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch()
        label = QLabel(self.tr("&Folder:"))
        label.setBuddy(self.folder)
        form = QFormLayout()
        form.addRow(label, where)
        form.addRow("", self.with_store)
        form.addRow("", buttons)
        return form

    def _reminder(self) -> QFormLayout:
        self.days = QSpinBox()
        self.days.setObjectName("backupWarnDays")
        self.days.setRange(0, MAX_DAYS)
        self.days.setAccessibleName(self.tr("Warn after this many days without a backup"))
        self.days.setSpecialValueText(self.tr("never"))
        self.days_button = QPushButton(self.tr("Sa&ve"))
        self.days_button.setObjectName("backupWarnSave")
        self.days_button.clicked.connect(self.save_days)
        for widget in (self.days, self.days_button):
            widget.setEnabled(self._section.may("settings.change"))
        days = QHBoxLayout()
        days.addWidget(self.days)
        days.addWidget(self.days_button)
        days.addStretch()
        label = QLabel(self.tr("&Warn after (days):"))
        label.setBuddy(self.days)
        form = QFormLayout()
        form.addRow(label, days)
        return form

    # -- the last backup and the reminder --------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        if self._section.may("backup.status"):
            self._section.run(self._section.session.backup_status, self.show_status)

    def show_status(self, status: BackupStatus) -> None:
        if status.last_created is None:
            self.last.setText(self.tr("No backup of this vault has been made yet."))
        else:
            store = self.tr("with the content store") if status.last_with_store else self.tr("vault only")
            self.last.setText(self.tr("{0}, made {1}, in {2} ({3}).").format(
                isolate(status.last_name), stamp_text(status.last_created), isolate(status.last_medium), store))
            if not self.folder.text():
                self.folder.setText(str(status.last_medium))
        _state(self.last, "warn" if status.overdue else "ok" if status.last_created else "")
        self.days.setValue(status.warn_after_days)

    def save_days(self) -> None:
        days = self.days.value()
        self._section.run(lambda: self._section.session.set_backup_warning_days(days), lambda _r: self._saved(days))

    def _saved(self, days: int) -> None:
        self.status.setText(self.tr("The dashboard warns after %n day(s) without a backup.", "", days) if days
                            else self.tr("The dashboard no longer warns about backups."))
        _state(self.status, "ok")
        self.refresh()
        self._section.changed_data.emit("backup")

    # -- making a backup -------------------------------------------------------------------------

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose a folder on the medium"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.fileSelected.connect(self.folder.setText)
        dialog.open()

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        text = self.folder.text().strip()
        if not text:
            self.status.setText(self.tr("Choose the folder on the medium first."))
            _state(self.status, "bad")
            return
        self.backup_button.setEnabled(False)
        gate = getattr(self._section, "gate", None)
        if gate is None:
            self._run(Path(text), None)
            return
        gate.request("backup.create", self.tr("Make a backup of the vault into {0}.").format(isolate(text)),
                     lambda approval: self._run(Path(text), approval), on_error=self._failed,
                     on_cancel=lambda: self.backup_button.setEnabled(True))

    def _run(self, out: Path, approval: Any) -> None:
        session, with_store = self._section.session, self.with_store.isChecked()

        def work(progress: Any, cancel: threading.Event) -> Any:
            return session.create_backup(out, with_store=with_store, progress=progress, cancel=cancel,
                                         approval=approval)

        self.backup_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.bar.setValue(0)
        self.bar.show()
        self.status.setText(self.tr("Backing up…"))
        _state(self.status, "")
        self._task = self._section.run(work, self._done, on_error=self._failed, on_progress=self._progress, long=True)

    def _progress(self, done: int, total: int, message: str) -> None:
        self.bar.setRange(0, 1000)
        self.bar.setValue(int(1000 * done / total) if total else 0)
        self.status.setText(message)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel.set()
            self.stop_button.setEnabled(False)

    def _end(self, text: str, state: str) -> None:
        self._task = None
        self.bar.hide()
        self.backup_button.setEnabled(self._section.may("backup.create"))
        self.stop_button.setEnabled(False)
        self.status.setText(text)
        _state(self.status, state)

    def _done(self, result: Any) -> None:
        self._end(self.tr("Wrote {0}: {1} written, {2} in the backup. Check it any time with "
                          "`airlock backup verify`.").format(isolate(result.path), human_size(result.bytes_written),
                                                            human_size(result.bytes)), "ok")
        self.refresh()
        self._section.changed_data.emit("audit")

    def _failed(self, exc: BaseException) -> None:
        if is_cancel(exc):
            self._end(self.tr("Stopped. The medium's earlier backups are as they were."), "")
            return
        what, todo = explain(exc)
        self._end(self.tr("The backup was not made: {0}\nWhat to do: {1}").format(what, todo), "bad")

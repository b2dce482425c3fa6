"""Restoring a backup from the first-run wizard: choose it, verify it, unlock it, restore it.

The order is the command line's: nothing is asked of the operator before the backup has
verified (signature and every hash, no vault needed); then an admin's passphrase or the
recovery key opens it, and the restore copies it into the empty data directory, checking
every byte again as it goes. All file and key work runs on the worker pool.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.core.service import Credentials, find_backups, open_session, open_with_recovery, restore_backup, verify_backup
from app.gui.errors import explain
from app.gui.i18n import isolate
from app.gui.sections.base import human_size, stamp_text
from app.gui.worker import Task, WorkerPool, is_cancel

PATH_ROLE = 256  # Qt.ItemDataRole.UserRole


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _set_state(label: QLabel, text: str, state: str) -> None:
    label.setText(text)
    label.setProperty("state", state)
    label.style().unpolish(label)
    label.style().polish(label)


class ChoosePage(QWizardPage):
    """The folder on the medium, and the backup in it to restore."""

    def __init__(self, pool: WorkerPool) -> None:
        super().__init__()
        self._pool = pool
        self.setTitle(self.tr("Choose the backup"))
        self.setSubTitle(self.tr("Mount the medium that holds the backups and choose the folder they are in."))
        self.folder = QLineEdit()
        self.folder.setObjectName("backupFolder")
        self.folder.setAccessibleName(self.tr("Folder on the medium"))
        self.folder.editingFinished.connect(self.scan)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.backups = QListWidget()
        self.backups.setObjectName("backupList")
        self.backups.setAccessibleName(self.tr("Backups in the folder"))
        self.backups.currentItemChanged.connect(lambda *_: self.completeChanged.emit())
        self.status = _note()
        self.status.setObjectName("chooseStatus")
        row = QHBoxLayout()
        row.addWidget(self.folder)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.backups, 1)
        layout.addWidget(self.status)

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the folder with the backups"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.fileSelected.connect(self._chosen)
        dialog.open()

    def _chosen(self, path: str) -> None:
        self.folder.setText(path)
        self.scan()

    def scan(self) -> None:
        folder = Path(self.folder.text().strip())
        if not self.folder.text().strip():
            return
        self.backups.clear()
        self.status.setText(self.tr("Looking for backups…"))
        self._pool.submit(lambda: find_backups(folder), owner=self, on_result=self._found, on_error=self._failed)

    def _found(self, found: list[dict[str, Any]]) -> None:
        self.backups.clear()
        for listing in found:
            if "problem" in listing:
                text = self.tr("{0}: cannot be read ({1})").format(isolate(listing["name"]), listing["problem"])
            else:
                store = self.tr("with the content store") if listing["with_store"] else self.tr("vault only")
                text = self.tr("{0}: made {1}, {2}, {3}").format(
                    isolate(listing["name"]), stamp_text(listing["created"]), store, human_size(int(listing["bytes"])))
            item = QListWidgetItem(text)
            item.setData(PATH_ROLE, listing["backup"] if "problem" not in listing else None)
            self.backups.addItem(item)
        if found:
            self.backups.setCurrentRow(0)
            self.status.setText(self.tr("The newest backup is chosen; it is verified before anything is restored."))
        else:
            self.status.setText(self.tr("There is no Airlock backup in this folder."))
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        what, todo = explain(exc)
        self.status.setText(self.tr("{0}\nWhat to do: {1}").format(what, todo))

    def chosen(self) -> Path | None:
        item = self.backups.currentItem()
        path = item.data(PATH_ROLE) if item is not None else None
        return Path(path) if path else None

    def isComplete(self) -> bool:
        return self.chosen() is not None


class VerifyPage(QWizardPage):
    """Checks the chosen backup (signature, every hash) on a worker before anything else."""

    def __init__(self, pool: WorkerPool, choose: ChoosePage) -> None:
        super().__init__()
        self._pool, self._choose = pool, choose
        self.setTitle(self.tr("Verify the backup"))
        self.setSubTitle(self.tr("Every file is checked against the signed manifest; nothing is written."))
        self.key = QLineEdit()
        self.key.setObjectName("pinnedKey")
        self.key.setAccessibleName(self.tr("Audit verifier key you recorded (optional)"))
        self.key.setPlaceholderText(self.tr("airlock/…+…+… (optional: the key line `airlock audit key` printed)"))
        self.check_button = QPushButton(self.tr("Check &again"))
        self.check_button.setObjectName("verifyAgain")
        self.check_button.clicked.connect(self.start)
        self.bar = QProgressBar()
        self.bar.setObjectName("verifyProgress")
        self.bar.setAccessibleName(self.tr("Verification progress"))
        self.status = _note()
        self.status.setObjectName("verifyStatus")
        form = QFormLayout(self)
        form.addRow(self.tr("Pinned &key:"), self.key)
        form.addRow("", self.check_button)
        form.addRow(self.bar)
        form.addRow(self.status)
        self.verified: Any = None
        self.task: Task | None = None

    def initializePage(self) -> None:
        self.start()

    def start(self) -> None:
        path = self._choose.chosen()
        if path is None or self.task is not None:
            return
        pinned = self.key.text().strip() or None
        self.verified = None
        self.check_button.setEnabled(False)
        self.bar.setValue(0)
        self.bar.show()
        _set_state(self.status, self.tr("Checking {0}…").format(isolate(path.name)), "")
        self.task = self._pool.submit(lambda progress, cancel: verify_backup(path, pinned, progress, cancel),
                                      owner=self, on_result=self._verified, on_error=self._failed,
                                      on_progress=self._progress, long=True)
        self.completeChanged.emit()

    def _progress(self, done: int, total: int, _message: str) -> None:
        self.bar.setRange(0, 1000)
        self.bar.setValue(int(1000 * done / total) if total else 0)

    def _verified(self, backup: Any) -> None:
        self.task = None
        self.verified = backup
        self.check_button.setEnabled(True)
        self.bar.hide()
        summary = backup.summary()
        _set_state(self.status, self.tr(
            "The backup verifies: made {0}, {1}, every hash matches. It is signed by the audit key with the "
            "fingerprint {2}; compare it with the one you recorded for this appliance.").format(
                stamp_text(summary["created"]), human_size(int(summary["bytes"])), isolate(summary["signed_by"])),
            "ok")
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.check_button.setEnabled(True)
        self.bar.hide()
        if is_cancel(exc):
            _set_state(self.status, self.tr("The check was stopped."), "")
            return
        what, todo = explain(exc)
        _set_state(self.status, self.tr("This backup cannot be restored: {0}\nWhat to do: {1}").format(what, todo),
                   "bad")

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel.set()

    def isComplete(self) -> bool:
        return self.verified is not None


class UnlockPage(QWizardPage):
    """Who restores: an admin of the backed-up vault, or the holder of its recovery key."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Open the backup"))
        self.setSubTitle(self.tr("Only an admin of the backed-up appliance, or its recovery key, can open it."))
        self.with_passphrase = QRadioButton(self.tr("An admin's &passphrase"))
        self.with_passphrase.setChecked(True)
        self.with_recovery = QRadioButton(self.tr("The &recovery key"))
        self.account = QLineEdit()
        self.account.setObjectName("restoreAccount")
        self.account.setAccessibleName(self.tr("Admin account name"))
        self.account.setPlaceholderText(self.tr("the only admin, if left empty"))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("restorePassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.recovery = QLineEdit()
        self.recovery.setObjectName("restoreRecoveryKey")
        self.recovery.setAccessibleName(self.tr("Recovery key"))
        self.recovery.setPlaceholderText("XXXXX-XXXXX-…")
        self.checkpoint = QLineEdit()
        self.checkpoint.setObjectName("lastCheckpoint")
        self.checkpoint.setAccessibleName(self.tr("Last checkpoint you kept (optional)"))
        self.checkpoint.setToolTip(self.tr("A checkpoint file from an audit export: a backup older than it is refused"))
        browse = QPushButton(self.tr("B&rowse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.checkpoint)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.with_passphrase)
        form.addRow(self.tr("A&ccount:"), self.account)
        form.addRow(self.tr("Pass&phrase:"), self.passphrase)
        form.addRow(self.with_recovery)
        form.addRow(self.tr("Recovery &key:"), self.recovery)
        label = QLabel(self.tr("Last &checkpoint:"))
        label.setBuddy(self.checkpoint)
        form.addRow(label, row)
        for widget in (self.passphrase, self.recovery):
            widget.textChanged.connect(lambda _t: self.completeChanged.emit())
        for button in (self.with_passphrase, self.with_recovery):
            button.toggled.connect(lambda _on: self._mode())
        self._mode()

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the checkpoint you kept"))
        dialog.fileSelected.connect(self.checkpoint.setText)
        dialog.open()

    def _mode(self) -> None:
        recovery = self.with_recovery.isChecked()
        self.account.setEnabled(not recovery)
        self.passphrase.setEnabled(not recovery)
        self.recovery.setEnabled(recovery)
        self.completeChanged.emit()

    def credentials(self) -> Credentials:
        if self.with_recovery.isChecked():
            return Credentials(recovery_key=self.recovery.text())
        return Credentials(account=self.account.text().strip() or None, passphrase=self.passphrase.text().encode())

    def forget(self) -> None:
        self.passphrase.clear()
        self.recovery.clear()

    def isComplete(self) -> bool:
        return bool(self.recovery.text().strip() if self.with_recovery.isChecked() else self.passphrase.text())


class RestorePage(QWizardPage):
    """Runs the restore on a worker, with progress and a way to stop, then opens the restored vault."""

    restored = Signal(object)

    def __init__(self, pool: WorkerPool, data_dir: Path, verify: VerifyPage, unlock: UnlockPage) -> None:
        super().__init__()
        self._pool, self._data_dir, self._verify, self._unlock = pool, data_dir, verify, unlock
        self.setTitle(self.tr("Restoring"))
        self.setSubTitle(self.tr("The vault and the content store are copied into {0} and checked again as they "
                                 "are copied.").format(isolate(data_dir)))
        self.bar = QProgressBar()
        self.bar.setObjectName("restoreProgress")
        self.bar.setAccessibleName(self.tr("Restore progress"))
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.setObjectName("restoreStop")
        self.stop_button.setToolTip(self.tr("Stop the restore; the data directory stays as it was"))
        self.stop_button.clicked.connect(self.cancel)
        self.status = _note()
        self.status.setObjectName("restoreStatus")
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.stop_button)
        layout.addWidget(self.status)
        layout.addStretch()
        self.session: Any = None
        self.task: Task | None = None

    def initializePage(self) -> None:
        if self.session is not None or self.task is not None:
            return
        backup = self._verify.verified.path
        pinned = self._verify.key.text().strip() or None
        credentials = self._unlock.credentials()
        checkpoint = self._unlock.checkpoint.text().strip()
        data_dir = self._data_dir
        self._unlock.forget()

        def work(progress: Any, cancel: threading.Event) -> Any:
            last = Path(checkpoint).read_text(encoding="utf-8", errors="replace") if checkpoint else None
            restore_backup(backup, data_dir, credentials, last_checkpoint=last, pinned=pinned, progress=progress,
                           cancel=cancel)
            if credentials.recovery_key is not None:
                return open_with_recovery(data_dir, credentials.recovery_key)
            return open_session(data_dir, credentials.account, credentials.passphrase or b"")

        self.bar.setValue(0)
        self.stop_button.setEnabled(True)
        _set_state(self.status, self.tr("Restoring {0}…").format(isolate(backup.name)), "")
        self.task = self._pool.submit(work, owner=self, on_result=self._done, on_error=self._failed,
                                      on_progress=self._progress, long=True)

    def _progress(self, done: int, total: int, message: str) -> None:
        self.bar.setRange(0, 1000)
        self.bar.setValue(int(1000 * done / total) if total else 0)
        self.status.setText(message)

    def _done(self, session: Any) -> None:
        self.task = None
        self.session = session
        self.stop_button.setEnabled(False)
        self.bar.setValue(self.bar.maximum())
        _set_state(self.status, self.tr("Restored. The audit log continues with an entry that records this restore "
                                        "and where it came from. Finish to open Airlock."), "ok")
        self.completeChanged.emit()
        self.restored.emit(session)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.stop_button.setEnabled(False)
        if is_cancel(exc):
            _set_state(self.status, self.tr("Stopped. The data directory is as it was; go back to start again."), "")
            return
        what, todo = explain(exc)
        _set_state(self.status, self.tr("Nothing was restored: {0}\nWhat to do: {1} Go back to change it.")
                   .format(what, todo), "bad")

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel.set()
            self.stop_button.setEnabled(False)

    def busy(self) -> bool:
        return self.task is not None

    def isComplete(self) -> bool:
        return self.session is not None


class RestoreWizard(QWizard):
    """Emits `restored(session)`: the restored vault, open as the account that restored it."""

    restored = Signal(object)

    def __init__(self, data_dir: Path, pool: WorkerPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreWizard")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(640, 460)
        self.choose = ChoosePage(pool)
        self.verify = VerifyPage(pool, self.choose)
        self.unlock = UnlockPage()
        self.restoring = RestorePage(pool, data_dir, self.verify, self.unlock)
        for page in (self.choose, self.verify, self.unlock, self.restoring):
            self.addPage(page)
        self.restoring.restored.connect(self._restored)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.session: Any = None

    def _restored(self, session: Any) -> None:
        self.session = session
        self.button(QWizard.WizardButton.CancelButton).setEnabled(False)

    def accept(self) -> None:
        super().accept()
        if self.session is not None:
            self.restored.emit(self.session)

    def reject(self) -> None:
        if self.restoring.busy():
            self.restoring.cancel()
            return
        self.verify.cancel()
        if self.session is not None:  # restored already: the vault exists, so open it
            self.accept()
            return
        super().reject()


class RestoreOffer(QObject):
    """The first-run wizard's "Restore from a backup…" button and what it opens."""

    def __init__(self, wizard: QWizard, data_dir: Path, pool: WorkerPool) -> None:
        super().__init__(wizard)
        self._wizard, self._data_dir, self._pool = wizard, data_dir, pool
        self.restore: RestoreWizard | None = None
        wizard.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Restore from a &backup…"))
        wizard.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.button = wizard.button(QWizard.WizardButton.CustomButton1)
        self.button.setObjectName("restoreFromBackup")
        self.button.setToolTip(self.tr("Replace this appliance: restore the vault and content store from a backup"))
        wizard.currentIdChanged.connect(self._page_changed)
        wizard.customButtonClicked.connect(self._clicked)

    def _page_changed(self, page_id: int) -> None:
        self.button.setVisible(page_id == self._wizard.startId())

    def _clicked(self, which: object) -> None:
        if QWizard.WizardButton(which) == QWizard.WizardButton.CustomButton1:
            self.open_restore()

    def open_restore(self) -> None:
        self.restore = RestoreWizard(self._data_dir, self._pool, self._wizard)
        self._wizard.restore_wizard = self.restore  # type: ignore[attr-defined] # for the wizard's tests
        self.restore.restored.connect(self._restored)
        self.restore.finished.connect(self.restore.deleteLater)
        self.restore.open()

    def _restored(self, session: Any) -> None:
        self._wizard.session = session  # type: ignore[attr-defined]
        self._wizard.accept()


def offer_restore(wizard: QWizard, data_dir: Path, pool: WorkerPool) -> RestoreOffer:
    """Give the first-run wizard a "Restore from a backup…" button on its first page.

    A restored vault replaces the whole first run: the wizard finishes with its session.
    """
    return RestoreOffer(wizard, data_dir, pool)

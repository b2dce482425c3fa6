"""The unlock dialog: account, passphrase (or the recovery key), and a calm wait.

The key derivation (Argon2id, ~0.5-1 s) runs on a worker; the dialog stays responsive
and a wrong passphrase is said plainly, next to the field, and the field is cleared.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.core.service import open_session, open_with_recovery
from app.gui.errors import explain
from app.gui.worker import WorkerPool


class UnlockDialog(QDialog):
    """Emits `unlocked(session)` once the vault opens; stays open until then."""

    unlocked = Signal(object)

    def __init__(self, data_dir: Path, pool: WorkerPool, account: str = "", parent: QWidget | None = None) -> None:  # noqa: PLR0915 - one dialog, built once
        super().__init__(parent)
        self._data_dir = data_dir
        self._pool = pool
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Unlock Airlock"))
        self.setMinimumWidth(440)

        title = QLabel(self.tr("The vault is locked"))
        title.setProperty("role", "title")
        where = QLabel(self.tr("Vault: {0}").format(str(data_dir)))
        where.setProperty("role", "muted")
        where.setWordWrap(True)

        self.account = QLineEdit(account)
        self.account.setObjectName("account")
        self.account.setPlaceholderText(self.tr("empty: the only admin"))
        self.account.setAccessibleName(self.tr("Account name"))
        self.account.setToolTip(self.tr("The account to unlock as. Leave it empty when the vault has one admin."))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.use_recovery = QCheckBox(self.tr("Unlock with the recovery key instead"))
        self.use_recovery.setObjectName("useRecovery")
        self.use_recovery.setToolTip(self.tr("An admin session acting as recovery-key, for when a passphrase is lost."))
        self.use_recovery.toggled.connect(self._recovery_toggled)

        form = QFormLayout()
        self._passphrase_label = QLabel(self.tr("&Passphrase:"))
        self._passphrase_label.setBuddy(self.passphrase)
        account_label = QLabel(self.tr("&Account:"))
        account_label.setBuddy(self.account)
        form.addRow(account_label, self.account)
        form.addRow(self._passphrase_label, self.passphrase)
        form.addRow("", self.use_recovery)

        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setProperty("state", "bad")
        self.message.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.busy.hide()

        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        quit_button = self.buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setToolTip(self.tr("Close Airlock; the vault stays locked."))
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        (self.passphrase if account else self.account).setFocus()

    def reject(self) -> None:
        # While a key derivation runs, the session it may open must reach someone.
        if not self.busy.isVisible():
            super().reject()

    def _recovery_toggled(self, on: bool) -> None:
        self.account.setEnabled(not on)
        self._passphrase_label.setText(self.tr("&Recovery key:") if on else self.tr("&Passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Recovery key") if on else self.tr("Passphrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.account, self.passphrase, self.use_recovery, self.unlock_button):
            widget.setEnabled(not busy and not (widget is self.account and self.use_recovery.isChecked()))
        self.busy.setVisible(busy)

    def try_unlock(self) -> None:
        secret = self.passphrase.text()
        if not secret:
            self._show_problem(self.tr("Type your passphrase first."))
            return
        self.message.hide()
        self._set_busy(True)
        recovery = self.use_recovery.isChecked()
        account = self.account.text().strip() or None
        data_dir = self._data_dir

        def work() -> Any:
            if recovery:
                return open_with_recovery(data_dir, secret)
            return open_session(data_dir, account, secret.encode())

        self._pool.submit(work, owner=self, on_result=self._opened, on_error=self._failed)

    def _opened(self, session: Any) -> None:
        self.passphrase.clear()
        self._set_busy(False)
        self.unlocked.emit(session)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.passphrase.setFocus()
        what, todo = explain(exc)
        self._show_problem(f"{what}\n{todo}")

    def _show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

"""The unlock dialog: account, passphrase (or the recovery key), and a calm wait.

The key derivation (Argon2id, ~0.5-1 s) runs on a worker; the dialog stays responsive
and a wrong passphrase is said plainly, next to the field, and the field is cleared.
Unlocking with the recovery key means a passphrase was lost: the dialog then asks for a
new passphrase for that account (rewrapping its key slot, on a worker) before it goes on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.service import open_session, open_with_recovery
from app.gui.errors import explain
from app.gui.sections.base import busy_bar, problem_label
from app.gui.worker import WorkerPool


class NewPassphrasePage(QWidget):
    """After a recovery-key unlock: choose the account that lost its passphrase and give it a new one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Set a new passphrase"))
        title.setProperty("role", "title")
        explain_label = QLabel(self.tr("The vault is open with the recovery key. Give the account that lost its "
                                       "passphrase a new one now; the recovery key itself stays valid, so keep "
                                       "it where it was."))
        explain_label.setWordWrap(True)
        self.account = QComboBox()
        self.account.setObjectName("resetAccount")
        self.account.setAccessibleName(self.tr("Account to give a new passphrase"))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("newPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("New passphrase"))
        self.passphrase.setToolTip(self.tr("At least 8 characters; a few words are best"))
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirmPassphrase")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("New passphrase, again"))
        form = QFormLayout()
        for text, widget in ((self.tr("A&ccount:"), self.account), (self.tr("&New passphrase:"), self.passphrase),
                             (self.tr("&Again:"), self.confirm)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.set_button = QPushButton(self.tr("&Set passphrase and continue"))
        self.set_button.setObjectName("setPassphraseButton")
        self.set_button.setDefault(True)
        self.set_button.setToolTip(self.tr("Rewrap the account's key slot with the new passphrase (audited)"))
        self.later_button = QPushButton(self.tr("Continue &without"))
        self.later_button.setObjectName("skipPassphraseButton")
        self.later_button.setToolTip(self.tr("Open Airlock as recovery-key; set the passphrase later in Settings"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.set_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(explain_label)
        layout.addLayout(form)
        layout.addStretch()
        layout.addWidget(buttons)

    def set_accounts(self, names: list[str], preferred: str) -> None:
        self.account.clear()
        self.account.addItems(names)
        if preferred in names:
            self.account.setCurrentText(preferred)
        self.passphrase.setFocus()


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

        self.message = problem_label("unlockMessage")
        self.busy = busy_bar(self.tr("Unlocking"))

        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        quit_button = self.buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setToolTip(self.tr("Close Airlock; the vault stays locked."))
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)

        unlock_page = QWidget()
        page = QVBoxLayout(unlock_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(title)
        page.addWidget(where)
        page.addLayout(form)
        page.addStretch()
        page.addWidget(self.buttons)
        self.reset = NewPassphrasePage()
        self.reset.set_button.clicked.connect(self.set_new_passphrase)
        self.reset.later_button.clicked.connect(self._continue)
        self.pages = QStackedWidget()
        self.pages.addWidget(unlock_page)
        self.pages.addWidget(self.reset)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        self._recovered: Any = None
        self.reset_account = ""
        (self.passphrase if account else self.account).setFocus()

    @property
    def recovered(self) -> bool:
        """True while a recovery-key session waits for the new passphrase."""
        return self._recovered is not None

    def reject(self) -> None:
        # While a key derivation runs, the session it may open must reach someone.
        if self.busy.isVisible():
            return
        if self._recovered is not None:
            # Closing here must not leave a recovery-key session open.
            session, self._recovered = self._recovered, None
            self._pool.submit(session.close, owner=self._pool)
        super().reject()

    def _recovery_toggled(self, on: bool) -> None:
        self.account.setEnabled(not on)
        self._passphrase_label.setText(self.tr("&Recovery key:") if on else self.tr("&Passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Recovery key") if on else self.tr("Passphrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.account, self.passphrase, self.use_recovery, self.unlock_button, self.reset.set_button,
                       self.reset.later_button, self.reset.passphrase, self.reset.confirm):
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
        if self.use_recovery.isChecked():
            self._recovered = session
            typed = self.account.text().strip()

            def names() -> list[str]:
                accounts = session.list_accounts()
                # Admins first: the lost passphrase is most often the only admin's.
                return [a.name for a in sorted(accounts, key=lambda a: (a.role != "admin", a.name))]

            self._pool.submit(names, owner=self, on_result=lambda found: self._ask_new_passphrase(found, typed),
                              on_error=lambda _exc: self._ask_new_passphrase([typed] if typed else [], typed))
            return
        self._set_busy(False)
        self.unlocked.emit(session)
        self.accept()

    def _ask_new_passphrase(self, names: list[str], typed: str) -> None:
        self._set_busy(False)
        self.message.hide()
        self.setWindowTitle(self.tr("Recovery: set a new passphrase"))
        self.pages.setCurrentWidget(self.reset)
        self.reset.set_accounts(names, typed)

    def set_new_passphrase(self) -> None:
        session = self._recovered
        name = self.reset.account.currentText()
        first, second = self.reset.passphrase.text(), self.reset.confirm.text()
        if session is None or not name:
            return
        if first != second:
            self._show_problem(self.tr("The two passphrases differ. Type the same one twice."))
            return
        if len(first) < 8:  # noqa: PLR2004 - the service's minimum, said before the key derivation
            self._show_problem(self.tr("The passphrase is too short: choose one of at least 8 characters."))
            return
        secret = first.encode()
        self.message.hide()
        self._set_busy(True)

        def done(_result: Any) -> None:
            self.reset_account = name
            self._continue()

        self._pool.submit(lambda: session.change_passphrase(name, secret), owner=self, on_result=done,
                          on_error=self._reset_failed)

    def _reset_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.reset.passphrase.clear()
        self.reset.confirm.clear()
        what, todo = explain(exc)
        self._show_problem(f"{what}\n{todo}")

    def _continue(self) -> None:
        session, self._recovered = self._recovered, None
        self._set_busy(False)
        self.reset.passphrase.clear()
        self.reset.confirm.clear()
        if session is not None:
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

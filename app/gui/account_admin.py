"""An admin's actions on another account: disable, enable, remove, set a new passphrase.

The same as `airlock account disable|enable|remove NAME` and `airlock account passwd NAME`:
the service refuses one's own account and the last admin, asks for a second approval
under dual control, and audits every step. Removing asks first; it cannot be undone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.errors import explain
from app.gui.sections.base import busy_bar, problem_label
from app.gui.worker import WorkerPool

MIN_PASSPHRASE = 8


def status_words(account: Any) -> str:
    """An account's state in the operator's language, with who disabled it and when."""
    if not getattr(account, "disabled_at", None):
        return QCoreApplication.translate("Accounts", "active")
    return QCoreApplication.translate("Accounts", "disabled {0} by {1}").format(
        str(account.disabled_at)[:10], account.disabled_by)


class PassphraseDialog(QDialog):
    """An admin gives another account a new passphrase (typed twice); emits `changed(name)`."""

    changed = Signal(str)

    def __init__(self, session: Any, pool: WorkerPool, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._pool, self.name = session, pool, name
        self.setObjectName("setPassphraseDialog")
        self.setWindowTitle(self.tr("New passphrase for {0}").format(name))
        self.setMinimumWidth(460)
        what = QLabel(self.tr("{0} will unlock with this passphrase from now on; the old one stops working. "
                              "Tell it to them in person.").format(name))
        what.setWordWrap(True)
        self.first = QLineEdit()
        self.first.setObjectName("newPassphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second = QLineEdit()
        self.second.setObjectName("repeatPassphrase")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Repeat the passphrase"))
        form = QFormLayout()
        first_label = QLabel(self.tr("&New passphrase:"))
        first_label.setBuddy(self.first)
        second_label = QLabel(self.tr("&Repeat it:"))
        second_label.setBuddy(self.second)
        form.addRow(first_label, self.first)
        form.addRow(second_label, self.second)
        self.message = problem_label("passphraseProblem")
        self.busy = busy_bar(self.tr("Sealing the new key slot"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.set_button = self.buttons.addButton(self.tr("&Set passphrase"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.set_button.setObjectName("setPassphraseButton")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        for widget in (self.message, self.busy, self.buttons):
            layout.addWidget(widget)

    def submit(self) -> None:
        first, second = self.first.text(), self.second.text()
        if first != second:
            self._problem(self.tr("The two passphrases differ. Type the same one twice."))
            return
        if len(first.encode()) < MIN_PASSPHRASE:
            self._problem(self.tr("The passphrase is too short: choose one of at least 8 characters."))
            return
        session, name, secret = self._session, self.name, first.encode()
        self.set_button.setEnabled(False)
        self.busy.show()
        self._pool.submit(lambda: session.change_passphrase(name, secret), owner=self, on_result=self._done,
                          on_error=self._failed)

    def _done(self, _result: Any) -> None:
        self.first.clear()
        self.second.clear()
        self.changed.emit(self.name)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.set_button.setEnabled(True)
        what, todo = explain(exc)
        self._problem(self.tr("The passphrase was not changed: {0}\nWhat to do: {1}").format(what, todo))

    def _problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


class AccountAdmin(QWidget):
    """Buttons acting on the account selected in the Accounts tab."""

    changed = Signal()

    def __init__(self, section: Any, selected: Any) -> None:
        super().__init__()
        self._section = section
        self._selected = selected  # () -> the selected AccountInfo or None
        self.dialog: QWidget | None = None
        self.disable_button = self._button(self.tr("&Disable"), "disableAccountButton",
                                           self.tr("It can no longer unlock or approve; its data stays"),
                                           lambda: self._change("disable"))
        self.enable_button = self._button(self.tr("E&nable"), "enableAccountButton",
                                          self.tr("Let it in again with the passphrase it had"),
                                          lambda: self._change("enable"))
        self.remove_button = self._button(self.tr("Re&move…"), "removeAccountButton",
                                          self.tr("Destroy the account and its key slot; the audit keeps its name"),
                                          self.confirm_remove)
        self.passphrase_button = self._button(self.tr("Set &passphrase…"), "setPassphraseButton",
                                              self.tr("Give the account a new passphrase (when it forgot its own)"),
                                              self.open_passphrase)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.disable_button, self.enable_button, self.remove_button, self.passphrase_button):
            layout.addWidget(button)
        layout.addStretch()
        self.update_buttons()

    def _button(self, text: str, name: str, tip: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def update_buttons(self) -> None:
        account = self._selected()
        other = account is not None and account.name != self._section.session.account.name
        disabled = other and bool(getattr(account, "disabled_at", None))
        self.disable_button.setEnabled(other and not disabled and self._section.may("account.disable"))
        self.enable_button.setEnabled(disabled and self._section.may("account.enable"))
        self.remove_button.setEnabled(other and self._section.may("account.remove"))
        self.passphrase_button.setEnabled(other and self._section.may("account.passwd.other"))

    def _change(self, verb: str) -> None:
        account = self._selected()
        if account is None:
            return
        name = account.name
        texts = {
            "disable": self.tr("Disable the account {0}.").format(name),
            "enable": self.tr("Enable the account {0}.").format(name),
            "remove": self.tr("Remove the account {0} and destroy its key slot.").format(name),
        }
        session = self._section.session

        def proceed(approval: Any) -> None:
            method = getattr(session, f"{verb}_account")
            self._section.run(lambda: method(name, approval=approval), lambda _r: self._done(verb, name),
                              on_error=self._refused)

        self._section.gate.request(f"account.{verb}", texts[verb], proceed, on_error=self._refused)

    def _done(self, verb: str, name: str) -> None:
        texts = {
            "disable": self.tr("Disabled {0}. Rotate the data key (Vault key) so that old copies of the key slot "
                               "file stop opening the vault.").format(name),
            "enable": self.tr("Enabled {0}.").format(name),
            "remove": self.tr("Removed {0}; the audit trail keeps its name.").format(name),
        }
        self._section.accounts.status.setText(texts[verb])
        self.changed.emit()

    def _refused(self, exc: BaseException) -> None:
        self._section.report(self.tr("The account was not changed"), exc)

    def confirm_remove(self) -> QMessageBox | None:
        account = self._selected()
        if account is None:
            return None
        box = QMessageBox(self.window())
        box.setObjectName("confirmRemoveAccount")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Remove an account"))
        box.setText(self.tr("Remove {0}? Its key slot is destroyed and the name is never given again. This "
                            "cannot be undone; disabling can.").format(account.name))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Remove"))
        box.accepted.connect(lambda: self._change("remove"))
        box.finished.connect(box.deleteLater)
        self.dialog = box
        box.open()
        return box

    def open_passphrase(self) -> PassphraseDialog | None:
        account = self._selected()
        if account is None:
            return None
        dialog = PassphraseDialog(self._section.session, self._section.ctx.pool, account.name, self.window())
        dialog.changed.connect(
            lambda name: self._section.accounts.status.setText(self.tr("Set a new passphrase for {0}.").format(name)))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

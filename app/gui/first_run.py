"""First run: create the vault and the admin, show the recovery key once, pin the trust root.

Creating the vault calibrates Argon2id (about a second) and pinning reads the root file:
both run on a worker while the wizard shows that it is busy.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.core.service import init_vault
from app.gui.errors import explain
from app.gui.forms import add_layout_row
from app.gui.restore_wizard import offer_restore
from app.gui.worker import WorkerPool

MIN_PASSPHRASE = 8


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("role", "muted")
    return label


class AdminPage(QWizardPage):
    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("Create the vault"))
        self.setSubTitle(self.tr("Everything Airlock knows is kept encrypted in {0}.").format(str(data_dir)))
        self.name = QLineEdit("admin")
        self.name.setObjectName("adminName")
        self.name.setAccessibleName(self.tr("Admin account name"))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("adminPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setToolTip(self.tr("At least 8 characters; a few unrelated words are best."))
        self.confirm = QLineEdit()
        self.confirm.setObjectName("adminConfirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Passphrase again"))
        self.hint = _muted("")
        form = QFormLayout(self)
        form.addRow(self.tr("Admin &name:"), self.name)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Again:"), self.confirm)
        form.addRow(self.hint)
        for edit in (self.name, self.passphrase, self.confirm):
            edit.textChanged.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        text = self.passphrase.text()
        if len(text) < MIN_PASSPHRASE:
            self.hint.setText(self.tr("The passphrase needs at least 8 characters."))
        elif text != self.confirm.text():
            self.hint.setText(self.tr("The two passphrases differ."))
        else:
            self.hint.setText(self.tr("Nobody can recover this passphrase for you: only the recovery key can."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        text = self.passphrase.text()
        return bool(self.name.text().strip()) and len(text) >= MIN_PASSPHRASE and text == self.confirm.text()


class CreatePage(QWizardPage):
    """Runs init_vault on a worker when shown; complete once the vault exists."""

    created = Signal(object, str)

    def __init__(self, data_dir: Path, pool: WorkerPool, admin: AdminPage) -> None:
        super().__init__()
        self._data_dir, self._pool, self._admin = data_dir, pool, admin
        self.setTitle(self.tr("Creating the vault"))
        self.setSubTitle(self.tr("Tuning the key derivation to this machine; this takes a few seconds."))
        self.status = QLabel()
        self.status.setObjectName("createStatus")
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Creating the vault"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addStretch()
        self._done = False
        self._running = False

    def initializePage(self) -> None:
        if self._done or self._running:
            return
        self._running = True
        self.bar.show()
        self.status.setText(self.tr("Working…"))
        name = self._admin.name.text().strip()
        secret = self._admin.passphrase.text().encode()
        data_dir = self._data_dir
        self._pool.submit(lambda: init_vault(data_dir, name, secret), owner=self, on_result=self._created,
                          on_error=self._failed)

    def _created(self, result: tuple[Any, str]) -> None:
        session, recovery = result
        self._running = False
        self._done = True
        self.bar.hide()
        self.status.setText(self.tr("The vault is ready."))
        self._admin.passphrase.clear()
        self._admin.confirm.clear()
        self.created.emit(session, recovery)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        self.bar.hide()
        what, todo = explain(exc)
        self.status.setText(self.tr("The vault was not created: {0}\nWhat to do: {1} Go back to change it.")
                            .format(what, todo))

    def isComplete(self) -> bool:
        return self._done

    def isBusy(self) -> bool:
        return self._running


class PrintableRecovery(QDialog):
    """A sheet to print or copy by hand: the recovery key, large, with instructions."""

    def __init__(self, recovery: str, vault: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printableRecovery")
        self.setWindowTitle(self.tr("Recovery key - printable view"))
        self.document = QTextDocument(self)
        heading = html.escape(self.tr("Airlock recovery key"))
        body = html.escape(self.tr("Keep this sheet in a safe. Anyone holding it can open the vault as an admin."))
        where = html.escape(self.tr("Vault: {0}").format(vault))
        self.document.setHtml(
            f"<h1>{heading}</h1><p>{where}</p>"
            f"<p style='font-family:monospace;font-size:20pt'>{html.escape(recovery)}</p><p>{body}</p>"
        )
        view = QTextBrowser()
        view.setDocument(self.document)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        print_button = buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        print_button.clicked.connect(self.print_sheet)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def print_sheet(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: self.document.print_(printer))
        dialog.show()


class RecoveryPage(QWizardPage):
    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self._data_dir = data_dir
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(self.tr("Shown once. Write it on paper or print it, and keep it in a safe."))
        self.key = QLabel()
        self.key.setObjectName("recoveryKey")
        self.key.setProperty("role", "secret")
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.printable = QPushButton(self.tr("Printable &view…"))
        self.printable.setObjectName("printableButton")
        self.printable.clicked.connect(self.show_printable)
        self.written = QCheckBox(self.tr("I have written down or printed the recovery key"))
        self.written.setObjectName("recoveryWritten")
        self.written.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.key)
        row = QHBoxLayout()
        row.addWidget(self.printable)
        row.addStretch()
        layout.addLayout(row)
        layout.addWidget(_muted(self.tr("Airlock does not keep it: after this page it cannot be shown again.")))
        layout.addWidget(self.written)
        layout.addStretch()
        self.sheet: PrintableRecovery | None = None

    def set_key(self, recovery: str) -> None:
        self.key.setText(recovery)

    def show_printable(self) -> None:
        self.sheet = PrintableRecovery(self.key.text(), str(self._data_dir), self)
        self.sheet.open()

    def forget(self) -> None:
        self.key.clear()
        if self.sheet is not None:
            self.sheet.close()
            self.sheet.deleteLater()
            self.sheet = None

    def isComplete(self) -> bool:
        return self.written.isChecked()


class TrustPage(QWizardPage):
    """Pin the trust root: the fingerprint is typed from paper, never read from the medium."""

    def __init__(self, pool: WorkerPool) -> None:
        super().__init__()
        self._pool = pool
        self.session: Any = None
        self.pinned = False
        self.setTitle(self.tr("Pin the trust root"))
        self.setSubTitle(self.tr("Bundles are accepted only when they chain to this root. Type its fingerprint "
                                 "from the paper your publisher gave you."))
        self.path = QLineEdit()
        self.path.setObjectName("rootPath")
        self.path.setAccessibleName(self.tr("Root file"))
        self.path.setPlaceholderText(self.tr("…/root.json"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.fingerprint = QLineEdit()
        self.fingerprint.setObjectName("rootFingerprint")
        self.fingerprint.setAccessibleName(self.tr("Fingerprint"))
        self.fingerprint.setPlaceholderText("SHA256:…")
        self.fingerprint.setToolTip(self.tr("SHA256: followed by 64 hex digits, as `publisher init-trust` printed it."))
        self.pin_button = QPushButton(self.tr("P&in this root"))
        self.pin_button.setObjectName("pinButton")
        self.pin_button.clicked.connect(self.pin)
        self.status = QLabel()
        self.status.setObjectName("trustStatus")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        form = QFormLayout(self)
        add_layout_row(form, self.tr("Root &file:"), row, self.path)
        form.addRow(self.tr("Finger&print:"), self.fingerprint)
        form.addRow("", self.pin_button)
        form.addRow(self.status)
        form.addRow(_muted(self.tr("You may finish without it and pin the root later in Settings; until then "
                                   "no bundle can be imported.")))

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose root.json"))
        dialog.setNameFilter(self.tr("Trust root (root.json)"))
        dialog.fileSelected.connect(self.path.setText)
        dialog.open()

    def pin(self) -> None:
        session = self.session
        root = Path(self.path.text().strip())
        typed = self.fingerprint.text().strip()
        if session is None or not typed or not self.path.text().strip():
            self.status.setText(self.tr("Choose the root file and type its fingerprint first."))
            return
        self.pin_button.setEnabled(False)
        self.status.setText(self.tr("Checking the root…"))
        self._pool.submit(lambda: session.trust_init(root, typed), owner=self, on_result=self._pinned,
                          on_error=self._failed)

    def _pinned(self, shown: dict[str, Any]) -> None:
        self.pinned = True
        self.status.setText(self.tr("Pinned root version {0}, fingerprint {1}.")
                            .format(shown.get("root_version"), shown.get("fingerprint")))
        self.status.setProperty("state", "ok")
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.pin_button.setEnabled(True)
        what, todo = explain(exc)
        self.status.setText(self.tr("Not pinned: {0}\nWhat to do: {1}").format(what, todo))
        self.status.setProperty("state", "bad")


class FirstRunWizard(QWizard):
    """Emits `ready(session)` when finished; the session is open (admin)."""

    ready = Signal(object)

    def __init__(self, data_dir: Path, pool: WorkerPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Welcome to Airlock"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(640, 460)
        self.session: Any = None
        self.admin = AdminPage(data_dir)
        self.creating = CreatePage(data_dir, pool, self.admin)
        self.recovery = RecoveryPage(data_dir)
        self.trust = TrustPage(pool)
        for page in (self.admin, self.creating, self.recovery, self.trust):
            self.addPage(page)
        self.creating.created.connect(self._created)
        self.currentIdChanged.connect(self._page_changed)
        offer_restore(self, data_dir, pool)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)

    def _created(self, session: Any, recovery: str) -> None:
        self.session = session
        self.trust.session = session
        self.recovery.set_key(recovery)

    def _page_changed(self, page_id: int) -> None:
        if self.page(page_id) is self.trust:
            self.recovery.forget()
            # The vault exists now: there is no going back to create it again.
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def validateCurrentPage(self) -> bool:
        return not self.creating.isBusy() and super().validateCurrentPage()

    def accept(self) -> None:
        super().accept()
        if self.session is not None:
            self.ready.emit(self.session)

    def reject(self) -> None:
        if self.creating.isBusy():
            return
        if self.session is not None:
            # The vault exists: cancelling now would only hide it. Finish instead.
            self.ready.emit(self.session)
            super().accept()
            return
        super().reject()

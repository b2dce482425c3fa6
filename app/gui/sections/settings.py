"""Settings: accounts and roles, trust roots, classification and policy, appearance."""

from __future__ import annotations

import html
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.service import DUAL_CONTROL_ACTIONS, rekey
from app.gui.account_admin import AccountAdmin, status_words
from app.gui.appliance import ApplianceTab
from app.gui.approval import ApprovalGate
from app.gui.backup_tab import BackupTab
from app.gui.errors import explain
from app.gui.i18n import html_lines, html_table, isolate
from app.gui.models import Column, RecordTableModel
from app.gui.reason import ReasonField
from app.gui.reason_settings import ReasonsTab
from app.gui.sections.base import Context, Section, heading, stamp_text, subheading
from app.gui.sections.ops_settings import HealthAlarmsTab, SchedulesTab
from app.gui.sections.store_keys import StoreTab
from app.gui.worker import Task, is_cancel

# Every action the service can put under dual control, in this order, then any other in name order.
_DUAL_CONTROL_ORDER = ("deploy.update", "node.remove", "node.repin", "trust.rotate", "account.add", "settings.change",
                       "account.disable", "account.enable", "account.remove", "node.clearance.raise",
                       "backup.create")
DUAL_CONTROL = (*(a for a in _DUAL_CONTROL_ORDER if a in DUAL_CONTROL_ACTIONS),
                *sorted(DUAL_CONTROL_ACTIONS - set(_DUAL_CONTROL_ORDER)))
ROLES = ("admin", "operator", "auditor")


def dual_control_text(action: str) -> str:
    """The operator's words for an action that can be under dual control."""
    from PySide6.QtCore import QCoreApplication

    texts = {
        "deploy.update": QCoreApplication.translate("Settings", "Deploying an update bundle"),
        "node.remove": QCoreApplication.translate("Settings", "Removing a node"),
        "node.repin": QCoreApplication.translate("Settings", "Re-pinning a node's host key"),
        "trust.rotate": QCoreApplication.translate("Settings", "Rotating the trust root"),
        "account.add": QCoreApplication.translate("Settings", "Adding an account"),
        "settings.change": QCoreApplication.translate("Settings", "Changing settings and policy"),
        "account.disable": QCoreApplication.translate("Settings", "Disabling an account"),
        "account.enable": QCoreApplication.translate("Settings", "Enabling an account"),
        "account.remove": QCoreApplication.translate("Settings", "Removing an account"),
        "node.clearance.raise": QCoreApplication.translate("Settings", "Raising a node's clearance"),
        "backup.create": QCoreApplication.translate("Settings", "Making a backup"),
        "app.update": QCoreApplication.translate("Settings", "Updating Airlock itself"),
        "app.rollback": QCoreApplication.translate("Settings", "Rolling Airlock back to its kept version"),
        "store.key.rotate": QCoreApplication.translate("Settings", "Rotating the content store key"),
    }
    return f"{texts.get(action, action)} ({action})"


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("role", "muted")
    return label


class AccountsTab(QWidget):
    def __init__(self, section: SettingsSection) -> None:  # noqa: PLR0915 - one tab, built once
        super().__init__()
        self._section = section
        self.model = RecordTableModel([
            Column(self.tr("Account"), lambda a: a.name),
            Column(self.tr("Role"), lambda a: a.role),
            Column(self.tr("Created"), lambda a: f"{a.created[:19]} {a.created_by}"),
            Column(self.tr("Status"), status_words),
        ], self)
        self.table = QTableView()
        self.table.setObjectName("accountTable")
        self.table.setAccessibleName(self.tr("Accounts"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.name = QLineEdit()
        self.name.setObjectName("newAccountName")
        self.name.setAccessibleName(self.tr("New account name"))
        self.role = QComboBox()
        self.role.setObjectName("newAccountRole")
        self.role.setAccessibleName(self.tr("Role"))
        self.role.addItems(list(ROLES))
        self.role.setCurrentText("operator")
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("newAccountPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Initial passphrase"))
        self.add_button = QPushButton(self.tr("&Add account"))
        self.add_button.setObjectName("addAccountButton")
        self.add_button.clicked.connect(self.add)
        admin = section.may("account.add")
        for widget in (self.name, self.role, self.passphrase, self.add_button):
            widget.setEnabled(admin)
        self.status = _note()
        self.status.setObjectName("accountStatus")
        self.own = QLineEdit()
        self.own.setObjectName("ownPassphrase")
        self.own.setEchoMode(QLineEdit.EchoMode.Password)
        self.own.setAccessibleName(self.tr("New passphrase for your account"))
        self.own_button = QPushButton(self.tr("&Change my passphrase"))
        self.own_button.clicked.connect(self.change_own)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        self.reason = ReasonField(section.session, section.ctx.pool, "account.add", self)  # the reason on record
        self.reason.add_to(form)
        form.addRow("", self.add_button)
        form.addRow(subheading(self.tr("Your passphrase")))
        form.addRow(self.tr("New passphrase:"), self.own)
        form.addRow("", self.own_button)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        right = QVBoxLayout()
        right.addLayout(form)
        # Disable, enable, remove, set another account's passphrase (app/gui/account_admin.py)
        self.admin = AccountAdmin(section, self.selected)
        self.admin.changed.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.admin.update_buttons())
        right.addWidget(subheading(self.tr("Selected account")))
        right.addWidget(self.admin)
        right.addWidget(self.status)
        right.addWidget(_note(self.tr("Roles: admin manages accounts, trust and policy; operator runs nodes, "
                                      "imports and jobs; auditor reads everything and exports the audit trail.")))
        right.addStretch()
        layout.addLayout(right, 2)

    def refresh(self) -> None:
        session = self._section.session
        self._section.run(session.list_accounts, self._show)

    def _show(self, accounts: list[Any]) -> None:
        self.model.set_records(accounts)
        self.admin.update_buttons()

    def selected(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def add(self) -> None:
        name, role = self.name.text().strip(), self.role.currentText()
        self.add_button.setEnabled(False)
        self._section.gate.request("account.add", self.tr("Add the {0} account {1}.").format(role, name), self._add,
                                   on_error=self._add_refused, on_cancel=lambda: self.add_button.setEnabled(True),
                                   reason=self.reason)

    def _add_refused(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        self._section.report(self.tr("The account was not added"), exc)

    def _add(self, approval: Any) -> None:
        session = self._section.session
        name, role, secret = self.name.text().strip(), self.role.currentText(), self.passphrase.text().encode()

        def done(_r: Any) -> None:
            self.add_button.setEnabled(True)
            self.passphrase.clear()
            self.name.clear()
            self.status.setText(self.tr("Added {0} account {1}.").format(role, name))
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.add_button.setEnabled(True)
            self.passphrase.clear()
            self._section.report(self.tr("The account was not added"), exc)

        self._section.run(self.reason.carry(lambda: session.add_account(name, role, secret, approval=approval)), done,
                          on_error=failed)

    def change_own(self) -> None:
        session = self._section.session
        secret = self.own.text().encode()
        self.own.clear()
        self._section.run(lambda: session.change_passphrase(session.account.name, secret),
                          lambda _r: self.status.setText(self.tr("Your passphrase was changed.")),
                          error_title=self.tr("The passphrase was not changed"))


class TrustTab(QWidget):
    def __init__(self, section: SettingsSection) -> None:
        super().__init__()
        self._section = section
        self.view = QTextBrowser()
        self.view.setObjectName("trustView")
        self.view.setAccessibleName(self.tr("Pinned trust root"))
        self.path = QLineEdit()
        self.path.setObjectName("trustRootPath")
        self.path.setPlaceholderText(self.tr("…/root.json"))
        self.path.setAccessibleName(self.tr("Root file"))
        self.fingerprint = QLineEdit()
        self.fingerprint.setObjectName("trustFingerprint")
        self.fingerprint.setPlaceholderText(self.tr("SHA256:… typed from paper (first root only)"))
        self.fingerprint.setAccessibleName(self.tr("Fingerprint"))
        self.pin_button = QPushButton(self.tr("&Pin first root"))
        self.pin_button.setObjectName("pinRootButton")
        self.pin_button.clicked.connect(self.pin)
        self.rotate_button = QPushButton(self.tr("&Rotate to this root"))
        self.rotate_button.setObjectName("rotateRootButton")
        self.rotate_button.setToolTip(self.tr("Accept root N+1, signed by the thresholds of both N and N+1"))
        self.rotate_button.clicked.connect(self.rotate)
        admin = section.may("trust.init")
        for widget in (self.path, self.fingerprint, self.pin_button, self.rotate_button):
            widget.setEnabled(admin)
        form = QFormLayout()
        form.addRow(self.tr("Root file:"), self.path)
        form.addRow(self.tr("Fingerprint:"), self.fingerprint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pin_button)
        buttons.addWidget(self.rotate_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        session = self._section.session
        self._section.run(session.trust_show, self.show_trust, on_error=self._none)

    def _none(self, exc: BaseException) -> None:
        what, todo = explain(exc)
        self.view.setHtml(html_lines([html.escape(what), html.escape(self.tr("What to do: {0}").format(todo))]))
        self.rotate_button.setEnabled(False)

    def show_trust(self, shown: dict[str, Any]) -> None:
        self.pin_button.setEnabled(False)
        self.rotate_button.setEnabled(self._section.may("trust.rotate"))
        esc = html.escape
        publishers = shown.get("publishers") or {}
        rows = [[esc(name),
                 esc(self.tr("{0} of {1}").format(info.get("threshold"), len(info.get("keyids", [])))),
                 esc(isolate(", ".join(info.get("paths", []))))] for name, info in sorted(publishers.items())]
        header = [esc(self.tr("Publisher role")), esc(self.tr("Signatures needed")), esc(self.tr("Namespaces"))]
        history = [esc("• " + self.tr("Version {0}: {1}, pinned by {2} on {3}").format(
            h["version"], isolate(h["fingerprint"]), isolate(h["pinned_by"]), isolate(str(h["pinned_at"])[:10])))
            for h in shown.get("history", [])]
        title = self.tr("Root version {0}").format(shown.get("root_version"))
        expires = self.tr("Expires {0}").format(isolate(stamp_text(shown.get("root_expires"))))
        publishers_title, kept = self.tr("Publishers"), self.tr("Every root version kept")
        self.view.setHtml(
            html_lines([f"<h3>{esc(title)}</h3>", f"<code>{esc(str(shown.get('fingerprint')))}</code>", esc(expires),
                        f"<h4>{esc(publishers_title)}</h4>"])
            + html_table(rows, header)
            + html_lines([f"<h4>{esc(kept)}</h4>", *history]))

    def pin(self) -> None:
        session = self._section.session
        path, typed = Path(self.path.text().strip()), self.fingerprint.text().strip()
        self._section.run(lambda: session.trust_init(path, typed), lambda _r: self.refresh(),
                          error_title=self.tr("The root was not pinned"))

    def rotate(self) -> None:
        path = Path(self.path.text().strip())
        self._section.gate.request("trust.rotate", self.tr("Rotate the trust root to {0}.").format(path),
                                   lambda approval: self._rotate(path, approval),
                                   on_error=lambda exc: self._section.report(self.tr("The root was not rotated"), exc))

    def _rotate(self, path: Path, approval: Any) -> None:
        session = self._section.session
        self._section.run(lambda: session.trust_rotate(path, approval=approval), lambda _r: self.refresh(),
                          error_title=self.tr("The root was not rotated"))


class PolicyTab(QWidget):
    def __init__(self, section: SettingsSection) -> None:
        super().__init__()
        self._section = section
        admin = section.may("settings.change")
        self.levels = QLineEdit()
        self.levels.setObjectName("classificationLevels")
        self.levels.setAccessibleName(self.tr("Classification levels"))
        self.levels.setToolTip(self.tr("Least sensitive first, separated by commas"))
        self.dual: dict[str, QCheckBox] = {}
        self.idle = QSpinBox()
        self.idle.setObjectName("idleLock")
        self.idle.setRange(0, 24 * 3600)
        self.idle.setSuffix(self.tr(" s"))
        self.idle.setAccessibleName(self.tr("Lock after idle seconds"))
        self.idle.setToolTip(self.tr("0 never locks on idle (not recommended)"))
        self.save_button = QPushButton(self.tr("&Save policy"))
        self.save_button.setObjectName("savePolicyButton")
        self.save_button.clicked.connect(self.save)
        form = QFormLayout(self)
        form.addRow(self.tr("Classification levels:"), self.levels)
        for action in DUAL_CONTROL:
            box = QCheckBox(dual_control_text(action))
            box.setObjectName(f"dual-{action}")
            box.setToolTip(self.tr("Needs a second account's approval"))
            self.dual[action] = box
            form.addRow(self.tr("Dual control:") if action == DUAL_CONTROL[0] else "", box)
        form.addRow(self.tr("Lock when idle for:"), self.idle)
        self.reason = ReasonField(section.session, section.ctx.pool, "settings.change", self)  # the reason on record
        self.reason.add_to(form)
        form.addRow("", self.save_button)
        form.addRow(_note(self.tr("A bundle may go only to nodes whose clearance label is at least its "
                                  "classification.")))
        for widget in (self.levels, self.idle, self.save_button, *self.dual.values()):
            widget.setEnabled(admin)
        self._loaded: dict[str, str] = {}

    def refresh(self) -> None:
        session = self._section.session

        def load() -> dict[str, str]:
            with session.lock:  # a worker reading the shared connection holds the session's lock
                return {
                    "levels": session.get_setting("classification_levels",
                                                  "unclassified,internal,confidential,secret,top-secret"),
                    "dual": session.get_setting("dual_control", ""),
                    "idle": str(session.idle_seconds),
                }

        self._section.run(load, self._show)

    def _show(self, loaded: dict[str, str]) -> None:
        self._loaded = loaded
        self.levels.setText(loaded["levels"])
        chosen = set(loaded["dual"].split(","))
        for action, box in self.dual.items():
            box.setChecked(action in chosen)
        self.idle.setValue(int(loaded["idle"]))

    def save(self) -> None:
        self.save_button.setEnabled(False)
        self._section.gate.request("settings.change", self.tr("Save the classification levels, dual control and "
                                                              "idle lock settings."), self._save,
                                   on_error=self._refused, on_cancel=lambda: self.save_button.setEnabled(True),
                                   reason=self.reason)

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._section.report(self.tr("The policy was not saved"), exc)

    def _save(self, approval: Any) -> None:
        session = self._section.session
        levels = self.levels.text().strip()
        dual = {a for a, box in self.dual.items() if box.isChecked()}
        idle = str(self.idle.value())
        old = dict(self._loaded)

        def work() -> None:
            if levels != old.get("levels"):
                session.set_setting("classification_levels", levels, approval)
            if idle != old.get("idle"):
                session.set_setting("idle_lock_seconds", idle, approval)
            # Last: putting settings.change itself under dual control must not refuse the steps above.
            if ",".join(sorted(dual)) != old.get("dual"):
                session.set_dual_control(dual, approval)

        def saved(_result: Any) -> None:
            self.save_button.setEnabled(True)
            self.refresh()

        self._section.run(self.reason.carry(work), saved, on_error=self._refused)


class VaultTab(QWidget):
    """Rotating the data key (rekey), on a worker, with progress."""

    def __init__(self, section: SettingsSection) -> None:
        super().__init__()
        self._section = section
        self._task: Task | None = None
        explanation = _note(self.tr(
            "The data key encrypts the whole vault. Rotating it re-encrypts the database under a new key and "
            "rewraps every key slot: passphrases and the recovery key stay the same. A crash during the rotation "
            "leaves either the old or the new key working. Close other Airlock sessions (airlock commands) "
            "first: the rotation needs the vault to itself."))
        self.rekey_button = QPushButton(self.tr("&Rotate the data key"))
        self.rekey_button.setObjectName("rekeyButton")
        self.rekey_button.setToolTip(self.tr("Admin: re-encrypt the vault under a new data key (audited)"))
        self.rekey_button.setEnabled(section.may("vault.rekey"))
        self.rekey_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("&Stop"))
        self.cancel_button.setObjectName("rekeyCancelButton")
        self.cancel_button.setToolTip(self.tr("Stop before the new key is switched in; the old key stays"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.bar = QProgressBar()
        self.bar.setObjectName("rekeyProgress")
        self.bar.setAccessibleName(self.tr("Data key rotation progress"))
        self.bar.setRange(0, 4)
        self.bar.hide()
        self.status = _note()
        self.status.setObjectName("rekeyStatus")
        buttons = QHBoxLayout()
        buttons.addWidget(self.rekey_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(subheading(self.tr("Data key")))
        layout.addWidget(explanation)
        layout.addLayout(buttons)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addStretch()

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        session = self._section.session

        def work(progress: Any, cancel: threading.Event) -> None:
            rekey(session, progress, cancel)

        self.rekey_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.bar.setValue(0)
        self.bar.show()
        self.status.setProperty("state", "")
        self.status.setText(self.tr("Rotating the data key…"))
        self._task = self._section.run(work, self._done, on_error=self._failed, on_progress=self._progress,
                                       long=True)

    def _progress(self, done: int, total: int, message: str) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)
        self.status.setText(message)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel.set()
            self.cancel_button.setEnabled(False)

    def _end(self, text: str, state: str) -> None:
        self._task = None
        self.bar.hide()
        self.rekey_button.setEnabled(self._section.may("vault.rekey"))
        self.cancel_button.setEnabled(False)
        self.status.setText(text)
        self.status.setProperty("state", state)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _done(self, _result: Any) -> None:
        self._end(self.tr("The data key was rotated. Every passphrase and the recovery key still open the vault."),
                  "ok")
        self._section.changed_data.emit("audit")
        self._section.store.start_reseal()  # the rekey made a new store key: re-seal under it

    def _failed(self, exc: BaseException) -> None:
        if is_cancel(exc):
            self._end(self.tr("Stopped. The vault keeps its old data key."), "")
            return
        what, todo = explain(exc)
        self._end(self.tr("The data key was not rotated: {0}\nWhat to do: {1}").format(what, todo), "bad")


class AppearanceTab(QWidget):
    theme_chosen = Signal(str)
    language_chosen = Signal(str)

    def __init__(self, section: SettingsSection) -> None:
        super().__init__()
        prefs = section.ctx.prefs
        self.theme = QComboBox()
        self.theme.setObjectName("themeChoice")
        self.theme.setAccessibleName(self.tr("Theme"))
        for mode, text in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                           ("dark", self.tr("Dark"))):
            self.theme.addItem(text, mode)
        self.theme.setCurrentIndex(max(0, self.theme.findData(prefs.get("theme", "system"))))
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.language.setAccessibleName(self.tr("Language"))
        for code, text in (("system", self.tr("Follow the system")), ("en", "English"), ("fr", "Français"),
                           ("ar", "العربية")):
            self.language.addItem(text, code)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.get("language", "system"))))
        self.theme.currentIndexChanged.connect(lambda _i: self.theme_chosen.emit(self.theme.currentData()))
        self.language.currentIndexChanged.connect(lambda _i: self.language_chosen.emit(self.language.currentData()))
        form = QFormLayout(self)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(_note(self.tr("These are kept on this machine, outside the vault; they hold no secret.")))


class SettingsSection(Section):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.gate = ApprovalGate(ctx.session, ctx.pool, self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.accounts = AccountsTab(self)
        self.trust = TrustTab(self)
        self.policy = PolicyTab(self)
        self.appearance = AppearanceTab(self)
        self.tabs.addTab(self.accounts, self.tr("Accounts and roles"))
        self.tabs.addTab(self.trust, self.tr("Trust roots"))
        self.vault = VaultTab(self)
        self.store = StoreTab(self)
        self.tabs.addTab(self.policy, self.tr("Classification and policy"))
        self.tabs.addTab(self.vault, self.tr("Vault key"))
        self.tabs.addTab(self.store, self.tr("Content store"))
        self.schedules, self.health = SchedulesTab(self), HealthAlarmsTab(self)  # the ops room's pages
        self.tabs.addTab(self.schedules, self.tr("Schedules"))
        self.tabs.addTab(self.health, self.tr("Health and alarms"))
        self.tabs.addTab(BackupTab(self), self.tr("Backups"))
        self.reasons = ReasonsTab(self)  # the records room (app.gui.reason_settings)
        self.tabs.addTab(self.reasons, self.tr("Reasons on record"))
        self.tabs.addTab(self.appearance, self.tr("Appearance"))
        self.application = ApplianceTab(self)  # issue 13: Airlock's own versions
        self.tabs.addTab(self.application, self.tr("Airlock version"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title()))
        layout.addWidget(self.tabs, 1)

    def title(self) -> str:
        return self.tr("Settings")

    def refresh(self) -> None:
        self.accounts.refresh()
        self.trust.refresh()
        self.policy.refresh()
        self.schedules.refresh()
        self.health.refresh()
        self.reasons.refresh()
        self.application.refresh()
        self.store.refresh()

    def report(self, title: str, exc: BaseException) -> None:
        from app.gui.errors import show_error

        show_error(self.window(), title, exc)

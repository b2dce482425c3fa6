"""Dual control: a second account approves a sensitive action with its own passphrase.

An admin chooses which actions are under dual control (Settings → Classification and
policy). Before such an action starts, `ApprovalGate` asks the service, on a worker,
whether the action needs a second account; if it does, `ApprovalDialog` lets the approver
type their name and passphrase. The passphrase is checked on a worker (the key derivation
takes about a second); the GUI thread never waits. The approval is then handed to the
service call, which checks it again and records both names in the audit entry.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.service import Approval
from app.gui.errors import explain, show_error
from app.gui.sections.base import busy_bar, problem_label
from app.gui.worker import WorkerPool

Proceed = Callable[[Approval | None], None]


def needs_approval(session: Any, action: str) -> bool:
    """Whether `action` is under dual control (a settings read: call it on a worker)."""
    with session.lock:  # a worker reading the shared connection holds the session's lock
        return bool(session.dual_control_required(action))


class ApprovalDialog(QDialog):
    """Asks a second account for its name and passphrase; emits `approved(Approval)`."""

    approved = Signal(object)

    def __init__(self, session: Any, pool: WorkerPool, action: str, what: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._pool, self.action = session, pool, action
        self._busy = False
        self.setObjectName("approvalDialog")
        self.setWindowTitle(self.tr("Second approval needed"))
        self.setMinimumWidth(480)
        title = QLabel(self.tr("A second account must approve this"))
        title.setProperty("role", "subtitle")
        self.what = QLabel(what)
        self.what.setObjectName("approvalWhat")
        self.what.setWordWrap(True)
        why = QLabel(self.tr("{0} is under dual control. Another operator types their own account name and "
                             "passphrase here; both names are recorded in the audit trail.").format(action))
        why.setWordWrap(True)
        why.setProperty("role", "muted")
        self.approver = QLineEdit()
        self.approver.setObjectName("approverName")
        self.approver.setAccessibleName(self.tr("Approver's account name"))
        self.approver.setToolTip(self.tr("A different account whose role may do this action"))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("approverPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Approver's passphrase"))
        form = QFormLayout()
        name_label = QLabel(self.tr("Approver's &account:"))
        name_label.setBuddy(self.approver)
        pass_label = QLabel(self.tr("Approver's &passphrase:"))
        pass_label.setBuddy(self.passphrase)
        form.addRow(name_label, self.approver)
        form.addRow(pass_label, self.passphrase)
        self.message = problem_label("approvalMessage")
        self.busy = busy_bar(self.tr("Checking the approver's passphrase"))
        self.buttons = QDialogButtonBox()
        self.approve_button = self.buttons.addButton(self.tr("A&pprove"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.approve_button.setObjectName("approveButton")
        self.approve_button.setDefault(True)
        self.approve_button.setToolTip(self.tr("Check the approver's passphrase, then go ahead"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip(self.tr("Do not go ahead; nothing is changed"))
        self.buttons.accepted.connect(self.approve)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, self.what, why):
            layout.addWidget(widget)
        layout.addLayout(form)
        for widget in (self.message, self.busy, self.buttons):
            layout.addWidget(widget)
        self.approver.setFocus()

    def approve(self) -> None:
        name, secret = self.approver.text().strip(), self.passphrase.text()
        if not name or not secret:
            self._problem(self.tr("Type the approver's account name and passphrase."))
            return
        if name == self._session.account.name:
            self._problem(self.tr("The approver must be a different account from yours ({0}).")
                          .format(name))
            return
        session, action, approval = self._session, self.action, Approval(name, secret.encode())

        def work() -> Approval:
            with session.lock:
                session.approve(approval.name, approval.passphrase, action, action)
            return approval

        self._set_busy(True)
        self.message.hide()
        self._pool.submit(work, owner=self, on_result=self._approved, on_error=self._failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.approver, self.passphrase, self.approve_button):
            widget.setEnabled(not busy)
        self.busy.setVisible(busy)

    def _approved(self, approval: Approval) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.approved.emit(approval)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.passphrase.setFocus()
        what, todo = explain(exc)
        self._problem(self.tr("Not approved: {0}\nWhat to do: {1}").format(what, todo))

    def _problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def reject(self) -> None:
        if not self._busy:  # the passphrase check finishes first; its answer must reach someone
            super().reject()


class ApprovalGate(QObject):
    """Runs an action straight away, or after a second account approved it when dual control asks."""

    def __init__(self, session: Any, pool: WorkerPool, parent: QWidget) -> None:
        super().__init__(parent)
        self._session, self._pool, self._parent = session, pool, parent
        self.dialog: ApprovalDialog | None = None

    def request(self, action: str, what: str, proceed: Proceed,
                on_error: Callable[[BaseException], None] | None = None,
                on_cancel: Callable[[], None] | None = None, reason: Any = None) -> None:
        """Call `proceed(None)`, or `proceed(approval)` once approved; `on_cancel()` if the approver gave up.

        With `reason` (a `ReasonField`), a required reason left out is refused first: nobody is
        asked to approve an action that cannot go ahead.
        """
        session = self._session

        def decided(needed: bool) -> None:
            if not needed:
                proceed(None)
                return
            self.dialog = ApprovalDialog(self._session, self._pool, action, what, self._parent)
            self.dialog.approved.connect(proceed)
            if on_cancel is not None:
                self.dialog.rejected.connect(on_cancel)
            self.dialog.finished.connect(self._forget)
            self.dialog.open()

        def failed(exc: BaseException) -> None:
            if on_error is not None:
                on_error(exc)
            else:
                show_error(self._parent.window(), self.tr("Dual control"), exc)

        def ask() -> bool:
            if reason is not None:
                reason.check(action)
            return needs_approval(session, action)

        self._pool.submit(ask, owner=self, on_result=decided, on_error=failed)

    def _forget(self, _code: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()

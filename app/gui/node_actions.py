"""Re-pinning a node's host key (admin) and removing a node, each confirmed by the operator.

Both may be under dual control; then a second account approves first (app.gui.approval).
The service call runs on a worker: re-pinning contacts the node to read the key it offers.
"""

from __future__ import annotations

import inspect
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.service import DualControlRequired
from app.gui.approval import ApprovalGate
from app.gui.errors import explain
from app.gui.sections.base import busy_bar
from app.gui.worker import WorkerPool


def takes_approval(method: Any) -> bool:
    """Whether a service method accepts a second account's `approval`."""
    try:
        return "approval" in inspect.signature(method).parameters
    except (TypeError, ValueError):
        return False


class _NodeDialog(QDialog):
    """Shared parts: a status line, a busy bar, an action button and Cancel."""

    def __init__(self, session: Any, pool: WorkerPool, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._session, self._pool = session, pool
        self._busy = False
        self.gate = ApprovalGate(session, pool, self)
        self.status = QLabel()
        self.status.setObjectName("nodeActionStatus")
        self.status.setWordWrap(True)
        self.busy = busy_bar(self.tr("Working"))
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)

    def _arrange(self, intro: QLabel, form: QFormLayout) -> None:
        """The dialog from top to bottom: what it does, its fields, progress, what happened, buttons."""
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.cancel_button.setEnabled(not busy)

    def _problem(self, prefix: str, exc: BaseException) -> None:
        self._set_busy(False)
        what, todo = explain(exc)
        self.status.setText(self.tr("{0}: {1}\nWhat to do: {2}").format(prefix, what, todo))
        self.status.setProperty("state", "bad")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def reject(self) -> None:
        if not self._busy:  # the service call finishes first; its answer must reach someone
            super().reject()


class RepinDialog(_NodeDialog):
    """Admin: type the node's new host key fingerprint twice; pin it if the node offers that key."""

    repinned = Signal(object)

    def __init__(self, session: Any, pool: WorkerPool, node: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(session, pool, parent)
        self.node = node
        self.setObjectName("repinDialog")
        self.setWindowTitle(self.tr("Re-pin the host key of {0}").format(node["name"]))
        self.setMinimumWidth(640)
        intro = QLabel(self.tr("{0} ({1}:{2}) is pinned to the host key below. Re-pin only a key you read on the "
                               "node's own console, for example with ssh-keygen -lf "
                               "/etc/ssh/ssh_host_ed25519_key.pub. Airlock then contacts the node and pins the key "
                               "it offers only if it matches what you typed.")
                       .format(node["name"], node.get("address", ""), node.get("port", 22)))
        intro.setWordWrap(True)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        current = QLabel(node.get("fingerprint") or self.tr("(no key pinned)"))
        current.setObjectName("currentFingerprint")
        current.setFont(mono)
        current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        current.setAccessibleName(self.tr("Pinned host key fingerprint"))
        self.fingerprint = QLineEdit()
        self.fingerprint.setObjectName("newFingerprint")
        self.fingerprint.setPlaceholderText("SHA256:…")
        self.fingerprint.setAccessibleName(self.tr("New host key fingerprint"))
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirmFingerprint")
        self.confirm.setPlaceholderText("SHA256:…")
        self.confirm.setAccessibleName(self.tr("New host key fingerprint, again"))
        self.confirm.setToolTip(self.tr("Type it a second time, from the console, not by copying the first field"))
        form = QFormLayout()
        form.addRow(self.tr("Pinned now:"), current)
        new_label = QLabel(self.tr("&New fingerprint:"))
        new_label.setBuddy(self.fingerprint)
        again_label = QLabel(self.tr("&Again:"))
        again_label.setBuddy(self.confirm)
        form.addRow(new_label, self.fingerprint)
        form.addRow(again_label, self.confirm)
        self.repin_button = self.buttons.addButton(self.tr("&Re-pin"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.repin_button.setObjectName("repinButton")
        self.repin_button.setToolTip(self.tr("Contact the node and pin its key if it matches"))
        self.repin_button.setEnabled(False)
        self.buttons.accepted.connect(self.repin)
        for edit in (self.fingerprint, self.confirm):
            edit.setFont(mono)
            edit.textChanged.connect(self._typed)
        self._arrange(intro, form)
        self.fingerprint.setFocus()

    def _typed(self) -> None:
        first, second = self.fingerprint.text().strip(), self.confirm.text().strip()
        self.repin_button.setEnabled(bool(first) and first == second and not self._busy)
        differ = bool(first and second and first != second)
        self.status.setText(self.tr("The two fingerprints differ.") if differ else "")
        self.status.setProperty("state", "bad" if differ else "")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def repin(self) -> None:
        typed = self.fingerprint.text().strip()
        if not typed or typed != self.confirm.text().strip():
            self._typed()
            return
        name = self.node["name"]
        what = self.tr("Re-pin the host key of {0} to {1}.").format(name, typed)
        self.repin_button.setEnabled(False)
        if takes_approval(self._session.repin_node):
            self.gate.request("node.repin", what, lambda approval: self._start(typed, approval),
                              on_error=lambda exc: self._problem(self.tr("Not re-pinned"), exc),
                              on_cancel=self._typed)
        else:
            self._start(typed, None)

    def _start(self, typed: str, approval: Any) -> None:
        if not self.isVisible():  # closed while the dual-control check ran: do nothing
            return
        session, name = self._session, self.node["name"]

        def work() -> Any:
            if approval is not None:
                return session.repin_node(name, typed, approval=approval)
            return session.repin_node(name, typed)

        self._set_busy(True)
        self.status.setProperty("state", "")
        self.status.setText(self.tr("Contacting {0} to read the key it offers…").format(name))
        self._pool.submit(work, owner=self, on_result=self._done, on_error=self._failed)

    def _done(self, node: Any) -> None:
        self._set_busy(False)
        self.repinned.emit(node)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._typed()
        if isinstance(exc, DualControlRequired):
            self._set_busy(False)
            self.status.setText(self.tr(
                "Not re-pinned: re-pinning is under dual control, and this version of Airlock cannot pass a "
                "second approval for it.\nWhat to do: an admin can take node.repin out of dual control in "
                "Settings → Classification and policy, re-pin, then put it back."))
            self.status.setProperty("state", "bad")
            return
        self._problem(self.tr("Not re-pinned"), exc)


class RemoveNodeDialog(_NodeDialog):
    """Confirm, then forget a node: its pins, facts and health history."""

    removed = Signal(str)

    def __init__(self, session: Any, pool: WorkerPool, name: str, parent: QWidget | None = None) -> None:
        super().__init__(session, pool, parent)
        self.name = name
        self.setObjectName("removeNodeDialog")
        self.setWindowTitle(self.tr("Remove {0}").format(name))
        self.setMinimumWidth(520)
        question = QLabel(self.tr("Remove the node {0}?").format(name))
        question.setProperty("role", "subtitle")
        detail = QLabel(self.tr("Airlock forgets it: its pinned host key, facts and health history are deleted "
                                "from the vault, and jobs and deployments no longer reach it. Nothing is changed "
                                "on the node itself; to use it again, enrol it again."))
        detail.setWordWrap(True)
        self.remove_button = self.buttons.addButton(self.tr("&Remove {0}").format(name),
                                                    QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.setObjectName("removeNodeButton")
        self.remove_button.setToolTip(self.tr("Forget this node (audited)"))
        self.remove_button.clicked.connect(self.remove)
        self.cancel_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(detail)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def remove(self) -> None:
        self.remove_button.setEnabled(False)
        self.gate.request("node.remove", self.tr("Remove the node {0}.").format(self.name), self._start,
                          on_error=self._failed, on_cancel=lambda: self.remove_button.setEnabled(True))

    def _start(self, approval: Any) -> None:
        if not self.isVisible():  # closed while the dual-control check ran: do nothing
            return
        session, name = self._session, self.name
        self._set_busy(True)
        self.status.setText(self.tr("Removing {0}…").format(name))
        self._pool.submit(lambda: session.remove_node(name, approval=approval), owner=self,
                          on_result=self._done, on_error=self._failed)

    def _done(self, _result: Any) -> None:
        self._set_busy(False)
        self.removed.emit(self.name)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.remove_button.setEnabled(True)
        self._problem(self.tr("Not removed"), exc)

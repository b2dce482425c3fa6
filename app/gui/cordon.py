"""Cordon and uncordon a node, with the reason the audit records.

A cordoned node takes no deployment and no job but facts and health. The dialog says so,
asks for the reason (a change ticket or a sentence), and calls the service on a worker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.gui.i18n import isolate
from app.gui.node_actions import _NodeDialog
from app.gui.worker import WorkerPool

MAX_REASON = 500


class CordonDialog(_NodeDialog):
    """Cordon a node (or, when it is cordoned, put it back in service), with a reason."""

    changed = Signal(object)

    def __init__(self, session: Any, pool: WorkerPool, node: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(session, pool, parent)
        self.node = node
        self.uncordon = bool(node.get("cordon"))
        name = node["name"]
        self.setObjectName("cordonDialog")
        self.setMinimumWidth(560)
        if self.uncordon:
            cordon = node["cordon"]
            self.setWindowTitle(self.tr("Uncordon {0}").format(name))
            intro = QLabel(self.tr("{0} was cordoned by {1} at {2}: {3}\nPut it back in service: it takes "
                                   "deployments and jobs again.").format(
                name, isolate(str(cordon.get("cordoned_by"))), isolate(str(cordon.get("cordoned_at"))[:16]),
                cordon.get("reason")))
            action_text = self.tr("&Uncordon")
        else:
            self.setWindowTitle(self.tr("Cordon {0}").format(name))
            intro = QLabel(self.tr("Take {0} out of service: it takes no deployment and no job but facts and "
                                   "health, so it is still watched. Jobs and deployments that select it are "
                                   "refused, naming it and your reason.").format(name))
            action_text = self.tr("&Cordon")
        intro.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("cordonReason")
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setPlaceholderText(self.tr("a change ticket or a sentence, e.g. PSU swap, CHG-4411"))
        self.reason.setAccessibleName(self.tr("Reason"))
        label = QLabel(self.tr("&Reason:"))
        label.setBuddy(self.reason)
        form = QFormLayout()
        form.addRow(label, self.reason)
        self.go_button = self.buttons.addButton(action_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.go_button.setObjectName("cordonButton")
        self.go_button.setEnabled(False)
        self.reason.textChanged.connect(lambda text: self.go_button.setEnabled(bool(text.strip()) and not self._busy))
        self.buttons.accepted.connect(self.apply)
        self._arrange(intro, form)
        self.reason.setFocus()

    def apply(self) -> None:
        session, name, reason = self._session, self.node["name"], self.reason.text()
        call = session.uncordon_node if self.uncordon else session.cordon_node
        self._set_busy(True)
        self.go_button.setEnabled(False)
        self._pool.submit(lambda: call(name, reason), owner=self, on_result=self._done, on_error=self._failed)

    def _done(self, node: Any) -> None:
        self._set_busy(False)
        self.changed.emit(node)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.go_button.setEnabled(bool(self.reason.text().strip()))
        self._problem(self.tr("Not uncordoned") if self.uncordon else self.tr("Not cordoned"), exc)

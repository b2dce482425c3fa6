"""The reason on record, asked in the same dialog as the action it explains.

`ReasonField` is one line ("Reason:") that any action dialog adds beside its other inputs.
It asks the service, on a worker, whether an admin requires a reason for the action and
says so. The dialog runs its service call through `carry(work)`, so the call and every
audit entry it writes carry the reason (on the worker's thread only); `ApprovalGate`
calls `check()` first, so a missing required reason is refused (and audited) before a
second account is asked to approve. A refusal for a missing reason marks the field and
puts the cursor in it, whichever path it came back on.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.core.service import MAX_REASON_CHARS, ReasonRequired
from app.gui.worker import WorkerPool


class ReasonField(QWidget):
    """A line for why an operator acts; its text goes into the action's audit entry."""

    # Emitted from a worker when the service refused for a missing reason (queued to the GUI thread).
    refused = Signal()

    def __init__(self, session: Any, pool: WorkerPool, action: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._pool = session, pool
        self.action = ""
        self.required = False
        self.setObjectName("reasonField")
        self.edit = QLineEdit()
        self.edit.setObjectName("reasonEdit")
        self.edit.setMaxLength(MAX_REASON_CHARS)
        self.edit.setPlaceholderText(self.tr("a change ticket or a sentence saying why"))
        self.edit.setAccessibleName(self.tr("Reason"))
        self.edit.setToolTip(self.tr("Recorded in the audit trail with this action"))
        self.edit.textChanged.connect(self._typed)
        self.label = QLabel(self.tr("&Reason:"))
        self.label.setBuddy(self.edit)
        self.note = QLabel()
        self.note.setObjectName("reasonNote")
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        row = QFormLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addRow(self.label, self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self.refused.connect(self._mark_missing, Qt.ConnectionType.QueuedConnection)
        self.edit.installEventFilter(self)
        self._show_required(False)
        if action:
            self.set_action(action)

    def add_to(self, form: QFormLayout) -> None:
        """Put the field's label, line and note into a dialog's own form, aligned with its rows."""
        form.addRow(self.label, self.edit)
        form.addRow("", self.note)
        self.hide()

    def set_action(self, action: str) -> None:
        """The action this reason is for (a deployment's depends on the bundle chosen)."""
        if action != self.action:
            self.action = action
            self.refresh()

    def refresh(self) -> None:
        """Ask again whether the action needs a reason (also each time the field is shown)."""
        session, action = self._session, self.action
        if action:
            self._pool.submit(lambda: bool(session.reason_required(action)), owner=self,
                              on_result=self._show_required, on_error=lambda _exc: None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.Show:
            self.refresh()  # an admin may have changed the rule since the page was last shown
        return super().eventFilter(watched, event)

    def text(self) -> str | None:
        """What was typed, or None when nothing was."""
        typed = self.edit.text().strip()
        return typed or None

    # -- on a worker ---------------------------------------------------------------------------

    def check(self, action: str | None = None) -> None:
        """On a worker: refuse (audited) when `action` needs a reason and none was typed."""
        session, reason = self._session, self.text()
        with self._watching(), session.stated_reason(reason):
            session.check_reason(action or self.action)

    def carry(self, work: Callable[..., Any]) -> Callable[..., Any]:
        """`work` as it runs on a worker, with the typed reason stated for everything it records."""
        session, reason = self._session, self.text()

        def reasoned(*args: Any) -> Any:
            with self._watching(), session.stated_reason(reason):
                return work(*args)

        return reasoned

    def _watching(self) -> _Watch:
        return _Watch(self)

    # -- on the GUI thread -----------------------------------------------------------------------

    def _show_required(self, required: bool) -> None:
        self.required = required
        if required:
            self.label.setText(self.tr("&Reason (required):"))
            self.note.setText(self.tr("An admin requires a reason for {0}; it is recorded in the audit trail.")
                              .format(self.action))
        else:
            self.label.setText(self.tr("&Reason:"))
            self.note.setText(self.tr("Optional; recorded in the audit trail with this action."))
        self._typed()

    def _typed(self) -> None:
        self.note.setProperty("state", "")
        self._repolish()

    def _mark_missing(self) -> None:
        self._show_required(True)
        self.note.setText(self.tr("Type a reason here: an admin requires one for {0}.").format(self.action))
        self.note.setProperty("state", "bad")
        self._repolish()
        self.edit.setFocus()

    def _repolish(self) -> None:
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)


class _Watch:
    """Has the field emit `refused` when the block raises `ReasonRequired` (which still propagates)."""

    def __init__(self, field: ReasonField) -> None:
        self._field = field

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, exc: object, _tb: object) -> None:
        if isinstance(exc, ReasonRequired) and shiboken6.isValid(self._field):  # the dialog may be gone
            with contextlib.suppress(RuntimeError):
                self._field.refused.emit()

"""Alarms in the desktop application: the list with its acknowledge button, and the note dialog.

The list shows open alarms first (as the service orders them), each in the operator's
language with how bad it is, since when, and who acknowledged it with which note. To
acknowledge, the operator writes a note; the service checks and records it on a worker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.errors import explain
from app.gui.i18n import core_said, isolate
from app.gui.sections.base import busy_bar, empty_state, problem_label, stamp_text
from app.gui.worker import WorkerPool

SEVERITY_COLOURS = {"critical": "#cf222e", "warning": "#9a6700"}


def alarm_sentence(alarm: dict[str, Any]) -> str:
    """The alarm's message in the operator's language (English where it has no translation)."""
    return core_said(alarm.get("said"), str(alarm.get("message", "")))


class WrappingList(QListWidget):
    """A list whose items wrap their text to the width they have, in both directions.

    Qt's item delegate lays a right-to-left item out on one line and elides it, whatever
    `wordWrap` says; giving each item the height of its wrapped text makes it wrap.
    """

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_rows()

    def fit_rows(self) -> None:
        width = max(80, self.viewport().width() - 2 * self.spacing() - 12)
        metrics = QFontMetrics(self.font())
        for row in range(self.count()):
            item = self.item(row)
            font = item.font()
            measure = QFontMetrics(font) if font != self.font() else metrics
            box = measure.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), item.text())
            item.setSizeHint(QSize(width, box.height() + 8))


class AlarmList(QWidget):
    """Open alarms first; select one and acknowledge it with a note."""

    acknowledge_requested = Signal(dict)

    def __init__(self, may_acknowledge: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._may = may_acknowledge
        self.alarms: list[dict[str, Any]] = []
        self.list = WrappingList()
        self.list.setObjectName("alarms")
        self.list.setAccessibleName(self.tr("Alarms"))
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setAlternatingRowColors(True)
        self.list.currentRowChanged.connect(self._chosen)
        self.none = empty_state(self.tr("No open alarms: no changed host keys, no unhealthy nodes, no failed "
                                        "scheduled jobs, nothing expiring, the store has room."), "noAlarms")
        self.ack_button = QPushButton(self.tr("&Acknowledge…"))
        self.ack_button.setObjectName("acknowledgeAlarmButton")
        self.ack_button.setToolTip(self.tr("Say you are on it, with a note; the alarm stays open until it clears"))
        self.ack_button.setEnabled(False)
        self.ack_button.clicked.connect(self._acknowledge)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.ack_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.none, 1)
        layout.addLayout(row)
        self.list.hide()

    def show_alarms(self, alarms: list[dict[str, Any]]) -> None:
        self.alarms = list(alarms)
        self.list.clear()
        for alarm in self.alarms:
            item = QListWidgetItem(self._text(alarm))
            item.setToolTip(self._details(alarm))
            colour = SEVERITY_COLOURS.get(str(alarm.get("severity")))
            if colour and not alarm.get("acknowledged_at"):
                item.setForeground(QColor(colour))
            if alarm.get("severity") == "critical" and not alarm.get("acknowledged_at"):
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        self.list.fit_rows()
        self.list.setVisible(bool(self.alarms))
        self.none.setVisible(not self.alarms)
        self._chosen(self.list.currentRow())

    def _text(self, alarm: dict[str, Any]) -> str:
        severity = {"critical": self.tr("Critical"), "warning": self.tr("Warning")}.get(str(alarm.get("severity")),
                                                                                       str(alarm.get("severity")))
        head = self.tr("{0}, since {1}").format(severity, isolate(stamp_text(alarm.get("first_seen"), 16)))
        lines = [head, alarm_sentence(alarm)]
        if alarm.get("acknowledged_at"):
            lines.append(self.tr("Acknowledged by {0}: {1}").format(isolate(str(alarm.get("acknowledged_by"))),
                                                                    alarm.get("note") or ""))
        return "\n".join(lines)

    def _details(self, alarm: dict[str, Any]) -> str:
        detail = alarm.get("detail") or {}
        lines = [alarm_sentence(alarm)]
        lines += [f"• {reason}" for reason in detail.get("reasons", [])]
        lines += [self.tr("What to do: {0}").format(action) for action in detail.get("actions", [])]
        return "\n".join(lines)

    def current(self) -> dict[str, Any] | None:
        row = self.list.currentRow()
        return self.alarms[row] if 0 <= row < len(self.alarms) else None

    def _chosen(self, _row: int) -> None:
        alarm = self.current()
        self.ack_button.setEnabled(self._may and alarm is not None and not alarm.get("acknowledged_at")
                                   and not alarm.get("cleared_at"))

    def _acknowledge(self) -> None:
        alarm = self.current()
        if alarm is not None:
            self.acknowledge_requested.emit(alarm)


class AcknowledgeDialog(QDialog):
    """Acknowledge one alarm: the operator's note, checked and recorded by the service on a worker."""

    acknowledged = Signal(dict)

    def __init__(self, session: Any, pool: WorkerPool, alarm: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._pool, self.alarm = session, pool, alarm
        self._busy = False
        self.setObjectName("acknowledgeAlarmDialog")
        self.setWindowTitle(self.tr("Acknowledge alarm {0}").format(alarm["id"]))
        self.setMinimumWidth(520)
        what = QLabel(alarm_sentence(alarm))
        what.setWordWrap(True)
        what.setObjectName("alarmSentence")
        why = QLabel(self.tr("Say who is on it and what happens next. The note goes into the audit trail; the "
                             "alarm stays open until its condition clears."))
        why.setWordWrap(True)
        why.setProperty("role", "muted")
        self.note = QLineEdit()
        self.note.setObjectName("alarmNote")
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("e.g. RMA opened, case 88123"))
        self.note.setAccessibleName(self.tr("Note"))
        note_label = QLabel(self.tr("&Note:"))
        note_label.setBuddy(self.note)
        form = QFormLayout()
        form.addRow(note_label, self.note)
        self.problem = problem_label("alarmProblem")
        self.busy = busy_bar(self.tr("Recording the acknowledgement"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("&Acknowledge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("acknowledgeButton")
        self.ok.setEnabled(False)
        self.note.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip()) and not self._busy))
        self.buttons.accepted.connect(self.acknowledge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(why)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

    def acknowledge(self) -> None:
        session, alarm_id, note = self._session, int(self.alarm["id"]), self.note.text()
        self._set_busy(True)
        self._pool.submit(lambda: session.acknowledge_alarm(alarm_id, note), owner=self,
                          on_result=self._done, on_error=self._refused)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.ok.setEnabled(not busy and bool(self.note.text().strip()))
        self.note.setEnabled(not busy)

    def _done(self, alarm: dict[str, Any]) -> None:
        self._set_busy(False)
        self.acknowledged.emit(alarm)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        what, todo = explain(exc)
        self.problem.setText(self.tr("{0}\nWhat to do: {1}").format(what, todo))
        self.problem.show()

    def reject(self) -> None:
        if not self._busy:
            super().reject()


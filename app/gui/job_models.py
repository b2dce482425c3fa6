"""A job's live view: the host x task matrix, the log, and the batcher that feeds them.

Ansible can produce thousands of events a second. The job's thread only appends each
result to a deque (`EventBatcher.put`, no Qt call, no lock held for long); a timer on the
GUI thread drains the deque every `INTERVAL_MS` within a time budget and hands the models
one batch, so the models change a few times a second however fast the events come.
"""

from __future__ import annotations

import collections
import time
from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

Index = QModelIndex | QPersistentModelIndex
INTERVAL_MS = 50
BUDGET_S = 0.02
MAX_BATCH = 20_000


class ResultLike(Protocol):
    host: str
    task: str
    status: str
    message: str


STATUS_MARK = {"ok": "✓", "changed": "●", "failed": "✗", "unreachable": "⚠", "skipped": "-"}
STATUS_COLOUR = {"ok": "#1f883d", "changed": "#9a6700", "failed": "#cf222e", "unreachable": "#cf222e",
                 "skipped": "#6e7781"}
# Made once: a view asks for every visible cell's colour on every repaint.
_FOREGROUND = {status: QColor(colour) for status, colour in STATUS_COLOUR.items()}
_UNKNOWN_FOREGROUND = QColor("#6e7781")


def status_words(status: str) -> str:
    """A job's or a task's status in the operator's language (the stored word where there is none)."""
    words = {
        "running": QCoreApplication.translate("JobStatus", "running"),
        "successful": QCoreApplication.translate("JobStatus", "successful"),
        "failed": QCoreApplication.translate("JobStatus", "failed"),
        "canceled": QCoreApplication.translate("JobStatus", "canceled"),
        "timeout": QCoreApplication.translate("JobStatus", "timed out"),
        "interrupted": QCoreApplication.translate("JobStatus", "interrupted"),
        "ok": QCoreApplication.translate("JobStatus", "ok"),
        "changed": QCoreApplication.translate("JobStatus", "changed"),
        "unreachable": QCoreApplication.translate("JobStatus", "unreachable"),
        "skipped": QCoreApplication.translate("JobStatus", "skipped"),
    }
    return words.get(status, status)


class EventBatcher(QObject):
    """Hands results from any thread to the GUI thread in batches."""

    batch = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: collections.deque[Any] = collections.deque()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.drain)

    def put(self, item: Any) -> None:
        """Called from the job's thread: only appends (deque appends are thread-safe)."""
        self._queue.append(item)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        """Stop the timer and deliver what is still queued."""
        self._timer.stop()
        while self._queue:
            self.drain()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def pending(self) -> int:
        return len(self._queue)

    def drain(self) -> None:
        items: list[Any] = []
        deadline = time.perf_counter() + BUDGET_S
        queue = self._queue
        while queue and len(items) < MAX_BATCH:
            # popleft in chunks; check the clock only every 512 items.
            items.extend(queue.popleft() for _ in range(min(512, len(queue))))
            if time.perf_counter() > deadline:
                break
        if items:
            self.batch.emit(items)


class TaskMatrixModel(QAbstractTableModel):
    """Rows are hosts, columns are tasks in the order they first ran; a cell is a status."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hosts: list[str] = []
        self._tasks: list[str] = []
        self._host_row: dict[str, int] = {}
        self._task_col: dict[str, int] = {}
        self._cells: dict[tuple[int, int], tuple[str, str]] = {}

    def clear(self) -> None:
        self.beginResetModel()
        self._hosts, self._tasks = [], []
        self._host_row, self._task_col, self._cells = {}, {}, {}
        self.endResetModel()

    def set_hosts(self, hosts: Sequence[str]) -> None:
        """Show the targeted hosts before their first result arrives."""
        self._add_hosts([h for h in hosts if h not in self._host_row])

    def _add_hosts(self, hosts: list[str]) -> None:
        if not hosts:
            return
        start = len(self._hosts)
        self.beginInsertRows(QModelIndex(), start, start + len(hosts) - 1)
        for host in hosts:
            self._host_row[host] = len(self._hosts)
            self._hosts.append(host)
        self.endInsertRows()

    def _add_tasks(self, tasks: list[str]) -> None:
        if not tasks:
            return
        start = len(self._tasks)
        self.beginInsertColumns(QModelIndex(), start, start + len(tasks) - 1)
        for task in tasks:
            self._task_col[task] = len(self._tasks)
            self._tasks.append(task)
        self.endInsertColumns()

    def apply(self, results: Sequence[ResultLike]) -> None:
        """Take one batch: new hosts and tasks are inserted once, changed cells signalled once."""
        new_hosts = list(dict.fromkeys(r.host for r in results if r.host not in self._host_row))
        new_tasks = list(dict.fromkeys(r.task for r in results if r.task not in self._task_col))
        self._add_hosts(new_hosts)
        self._add_tasks(new_tasks)
        if not results:
            return
        host_row, task_col, cells = self._host_row, self._task_col, self._cells
        rows, cols = set(), set()
        for result in results:
            row, col = host_row[result.host], task_col[result.task]
            cells[(row, col)] = (result.status, result.message)
            rows.add(row)
            cols.add(col)
        self.dataChanged.emit(self.index(min(rows), min(cols)), self.index(max(rows), max(cols)))

    def status(self, host: str, task: str) -> str | None:
        cell = self._cells.get((self._host_row.get(host, -1), self._task_col.get(task, -1)))
        return cell[0] if cell else None

    def hosts(self) -> list[str]:
        return list(self._hosts)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._hosts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._tasks)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: PLR0911 - one answer per role
        cell = self._cells.get((index.row(), index.column()))
        if cell is None:
            return None
        status, message = cell
        if role == Qt.ItemDataRole.DisplayRole:
            return STATUS_MARK.get(status, "?")
        if role == Qt.ItemDataRole.ForegroundRole:
            return _FOREGROUND.get(status, _UNKNOWN_FOREGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{status_words(status)}: {message}" if message else status_words(status)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return status_words(status)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            name = self._tasks[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return name
            shown = name if len(name) <= 24 else name[:23] + "…"  # noqa: PLR2004 - header width in characters
            # A first-strong isolate: an English task name keeps its "…" at its end in an Arabic
            # header, also once the header elides it further (an isolate cut short runs to the end).
            return f"\u2068{shown}\u2069"
        return self._hosts[section]


class LogModel(QAbstractListModel):
    """The job's log: one line per result, appended in batches; 100,000s of lines stay cheap."""

    def __init__(self, parent: QObject | None = None, max_lines: int = 1_000_000) -> None:
        super().__init__(parent)
        self._lines: list[str] = []
        self._max = max_lines

    def clear(self) -> None:
        self.beginResetModel()
        self._lines = []
        self.endResetModel()

    def append(self, lines: Sequence[str]) -> None:
        if not lines:
            return
        if len(self._lines) + len(lines) > self._max:
            # Past the cap the oldest lines go: the full record is in the job's stored results.
            self.beginResetModel()
            self._lines = (self._lines + list(lines))[-self._max:]
            self.endResetModel()
            return
        start = len(self._lines)
        self.beginInsertRows(QModelIndex(), start, start + len(lines) - 1)
        self._lines.extend(lines)
        self.endInsertRows()

    def line(self, row: int) -> str:
        return self._lines[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self._lines[index.row()]
        return None


def log_line(result: ResultLike) -> str:
    text = f"{result.host}  {result.task}  {result.status}"
    return f"{text}: {result.message}" if result.message else text

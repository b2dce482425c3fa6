"""Jobs: launch a playbook on a selection, watch the host x task matrix and the log live, cancel."""

from __future__ import annotations

import shlex
import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.gui.errors import explain
from app.gui.job_controls import RemoteCancel, RunSettings
from app.gui.job_models import EventBatcher, LogModel, TaskMatrixModel, log_line, status_words
from app.gui.models import Column, RecordTableModel
from app.gui.sections.base import Context, PlaceholderTableView, Section, Splitter, heading, stamp_text, subheading
from app.gui.worker import Task, is_cancel


class _Result:
    """A stored result row in the shape the live models take."""

    __slots__ = ("host", "message", "status", "task")

    def __init__(self, row: dict[str, Any]) -> None:
        self.host, self.task = str(row["host"]), str(row["task"])
        self.status, self.message = str(row["status"]), str(row.get("message") or "")


def job_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Columns", "Job"), lambda j: str(j["id"]), lambda j: int(j["id"])),
        Column(QCoreApplication.translate("Columns", "Playbook"), lambda j: j["playbook"]),
        Column(QCoreApplication.translate("Columns", "Selection"), lambda j: j.get("selection") or ""),
        Column(QCoreApplication.translate("Columns", "Status"), lambda j: status_words(str(j.get("status") or ""))),
        Column(QCoreApplication.translate(
            "Columns", "Started"), lambda j: f"{stamp_text(j.get('started_at'))} {j.get('started_by') or ''}"),
    ]


class JobsSection(Section):
    job_finished = Signal(object)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:  # noqa: PLR0915 - one page, built once
        super().__init__(ctx, parent)
        self.batcher = EventBatcher(self)
        self.matrix = TaskMatrixModel(self)
        self.log = LogModel(self)
        self.batcher.batch.connect(self.take_batch)
        self._task: Task | None = None

        self.playbook = QComboBox()
        self.playbook.setObjectName("playbook")
        self.playbook.setAccessibleName(self.tr("Playbook"))
        self.selection = QLineEdit()
        self.selection.setObjectName("jobSelection")
        self.selection.setPlaceholderText(self.tr("all nodes; or names, globs, label=value"))
        self.selection.setAccessibleName(self.tr("Selection"))
        self.selection.setToolTip(self.tr("Which nodes: comma-separated names or patterns, e.g. gpu-0*,site=a"))
        self.extravars = QLineEdit()
        self.extravars.setObjectName("jobVars")
        self.extravars.setPlaceholderText("airlock_key=value …")
        self.extravars.setAccessibleName(self.tr("Extra variables"))
        self.run_button = QPushButton(self.tr("&Run"))
        self.run_button.setObjectName("runJobButton")
        self.run_button.setToolTip(self.tr("Run the playbook on the selection (Ctrl+R)"))
        self.run_button.setShortcut("Ctrl+R")
        self.run_button.setEnabled(self.may("job.run"))
        self.run_button.clicked.connect(self.launch)
        self.cancel_button = QPushButton(self.tr("&Cancel job"))
        self.cancel_button.setObjectName("cancelJobButton")
        self.cancel_button.setToolTip(self.tr("Stop Ansible; results so far are kept"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.state = QLabel()
        self.state.setObjectName("jobState")
        self.state.setWordWrap(True)
        self.run_settings = RunSettings(self)  # forks and timeout (app/gui/job_controls.py)
        self.remote_cancel = RemoteCancel(self)  # a job that runs elsewhere

        form = QFormLayout()
        form.addRow(self.tr("&Playbook:"), self.playbook)
        form.addRow(self.tr("&Nodes:"), self.selection)
        form.addRow(self.tr("&Variables:"), self.extravars)
        form.addRow(self.tr("&Forks:"), self.run_settings.forks)
        form.addRow(self.tr("T&imeout:"), self.run_settings.timeout)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()

        self.matrix_view = PlaceholderTableView(self.tr(
            "Run a playbook, or choose a job under Recent jobs, to see each host's tasks and the log here."))
        self.matrix_view.setObjectName("jobMatrix")
        self.matrix_view.setAccessibleName(self.tr("Hosts and tasks"))
        self.matrix_view.setModel(self.matrix)
        self.matrix_view.horizontalHeader().setDefaultSectionSize(90)
        # A task name wider than its column ends in "…" (the tooltip has it whole), rather
        # than losing both ends to the centred painting.
        self.matrix_view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.matrix_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.matrix_view.verticalHeader().setDefaultSectionSize(22)
        # A table, not a list view: with fixed row heights its cost per appended batch does not
        # grow with the log, so 100,000s of lines stay fluid (QListView/QTreeView relayout all rows).
        self.log_view = QTableView()
        self.log_view.setObjectName("jobLog")
        self.log_view.setAccessibleName(self.tr("Job log"))
        self.log_view.setModel(self.log)
        self.log_view.setShowGrid(False)
        # Ansible's lines read left to right in every language: in a right-to-left window the
        # bidi algorithm would otherwise move a line's final full stop to its start.
        self.log_view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.log_view.horizontalHeader().hide()
        self.log_view.horizontalHeader().setStretchLastSection(True)
        self.log_view.verticalHeader().hide()
        self.log_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.log_view.verticalHeader().setDefaultSectionSize(18)
        self.log_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.history_model = RecordTableModel(job_columns(), self)
        self.history = PlaceholderTableView(self.tr("No jobs yet. Choose a playbook and nodes, then Run."))
        self.history.setObjectName("jobHistory")
        self.history.setAccessibleName(self.tr("Recent jobs"))
        self.history.setModel(self.history_model)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.verticalHeader().hide()
        # Columns as wide as what they hold (at most 100 recent jobs), so the start time shows.
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.selectionModel().selectionChanged.connect(self._history_selected)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.state)
        left_layout.addWidget(subheading(self.tr("Recent jobs")))
        left_layout.addWidget(self.history, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(_pane(subheading(self.tr("Hosts and tasks")), self.matrix_view))
        right.addWidget(_pane(subheading(self.tr("Log")), self.log_view))
        split = Splitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title()))
        layout.addWidget(split, 1)

    def title(self) -> str:
        return self.tr("Jobs")

    @property
    def running(self) -> bool:
        return self._task is not None

    def refresh(self) -> None:
        session = self.session
        if self.may("job.list"):
            self.run(lambda: (session.list_jobs(limit=200), _playbooks(session)), self._show)

    def _show(self, loaded: tuple[list[dict[str, Any]], list[str]]) -> None:
        jobs, playbooks = loaded
        self.history_model.set_records(jobs)
        self.history.viewport().update()
        current = self.playbook.currentText()
        if [self.playbook.itemText(i) for i in range(self.playbook.count())] != playbooks:
            self.playbook.clear()
            self.playbook.addItems(playbooks)
            if current in playbooks:
                self.playbook.setCurrentText(current)

    def use_selection(self, names: list[str]) -> None:
        """Nodes selected in the Nodes section become the job's selection."""
        if names and not self.running:
            self.selection.setText(",".join(names))

    # -- live job ------------------------------------------------------------------------------------

    def launch(self) -> None:
        playbook = self.playbook.currentText()
        if not playbook:
            self.state.setText(self.tr("Choose a playbook first."))
            return
        session = self.session
        limit = self.selection.text().strip() or None
        try:
            extravars = shlex.split(self.extravars.text())
        except ValueError:
            self.state.setText(self.tr("Variables: a quotation mark is not closed. Write KEY=VALUE items, "
                                       'quoting a value that holds spaces: model="llama 3".'))
            return
        batcher = self.batcher
        settings = self.run_settings.settings()

        def work(_progress: Any, cancel: threading.Event) -> Any:
            return session.run_playbook(playbook, limit, extravars, settings=settings, cancel=cancel,
                                        on_result=batcher.put)

        self.matrix.clear()
        self.log.clear()
        self.batcher.start()
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.state.setText(self.tr("Running {0} on {1}…").format(playbook, limit or self.tr("all nodes")))
        self._task = self.run(work, self._done, on_error=self._failed, long=True)

    def take_batch(self, results: list[Any]) -> None:
        self.matrix.apply(results)
        at_end = self.log_view.verticalScrollBar().value() >= self.log_view.verticalScrollBar().maximum() - 2
        self.log.append([log_line(r) for r in results])
        if at_end:
            self.log_view.scrollToBottom()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel.set()
            self.cancel_button.setEnabled(False)
            self.state.setText(self.tr("Cancelling: stopping Ansible…"))
        else:
            self.cancel_button.setEnabled(False)
            self.remote_cancel.request()

    def _end(self) -> None:
        self.batcher.stop()
        self._task = None
        self.run_button.setEnabled(self.may("job.run"))
        self.cancel_button.setEnabled(False)

    def _done(self, job: dict[str, Any]) -> None:
        self._end()
        blocked = job.get("summary", {}).get("blocked") or []
        text = self.tr("Job {0} ended: {1}.").format(job["id"], status_words(job["status"]))
        if blocked:
            text += " " + self.tr("Not contacted (changed host key): {0}.").format(", ".join(blocked))
        self.state.setText(text)
        self.job_finished.emit(job)
        self.changed_data.emit("jobs")
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self._end()
        what, todo = explain(exc)
        if is_cancel(exc):
            self.state.setText(self.tr("Cancelled."))
        else:
            self.state.setText(self.tr("The job did not run to its end: {0}\nWhat to do: {1}").format(what, todo))
        self.refresh()

    # -- a past job ----------------------------------------------------------------------------------

    def _history_selected(self) -> None:
        rows = self.history.selectionModel().selectedRows()
        if not rows or self.running:
            return
        chosen = self.history_model.record(rows[0].row())
        self.cancel_button.setEnabled(self.remote_cancel.choose(chosen))
        job_id = int(chosen["id"])
        session = self.session
        self.run(lambda: session.show_job(job_id), self.show_job)

    def show_job(self, job: dict[str, Any]) -> None:
        results = [_Result(r) for r in job.get("results", [])]
        self.matrix.clear()
        self.matrix.set_hosts(job.get("hosts") or [])
        self.log.clear()
        self.take_batch(results)
        self.state.setText(self.tr("Job {0}: {1} on {2}, {3}.").format(job["id"], job["playbook"],
                                                                        job.get("selection"),
                                                                        status_words(job["status"])))


def _pane(*widgets: QWidget) -> QWidget:
    """A splitter pane: a heading, then its contents (the last one takes the space)."""
    pane = QWidget()
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets[:-1]:
        layout.addWidget(widget)
    layout.addWidget(widgets[-1], 1)
    return pane


def _playbooks(session: Any) -> list[str]:
    listing = getattr(session, "list_playbooks", None)
    if listing is not None:
        return list(listing())
    return sorted(p.stem for p in session.playbooks_dir.glob("*.yml"))

"""Take-away output from the Jobs section: a job's whole output saved as a file, on a worker.

`SaveOutputButton` sits beside Run and Cancel; it knows the job shown. `SaveOutputDialog`
says what is stored, lets the operator choose plain text or JSON lines and a file, asks the
reason on record, and streams the file on a worker with progress; Cancel stops it and
leaves no partial file.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.errors import explain
from app.gui.reason import ReasonField
from app.gui.save_parts import file_row, progress_parts, show_busy
from app.gui.sections.base import human_size
from app.gui.worker import Task, WorkerPool, is_cancel

_SUFFIX = {"text": ".txt", "jsonl": ".jsonl"}


class SaveOutputDialog(QDialog):
    """Save one job's output; emits `saved(SavedOutput)` once the file is complete."""

    saved = Signal(object)

    def __init__(self, session: Any, pool: WorkerPool, job_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._pool, self.job_id = session, pool, job_id
        self._task: Task | None = None
        self.setObjectName("saveOutputDialog")
        self.setWindowTitle(self.tr("Save the output of job {0}").format(job_id))
        self.setMinimumWidth(620)
        self.info = QLabel(self.tr("Reading what is stored…"))
        self.info.setObjectName("outputInfo")
        self.info.setWordWrap(True)
        self.text = QRadioButton(self.tr("&Plain text: what Ansible printed, with each command's output"))
        self.text.setObjectName("outputText")
        self.text.setChecked(True)
        self.jsonl = QRadioButton(self.tr("&JSON lines: one result per host and task, for scripts"))
        self.jsonl.setObjectName("outputJsonl")
        self.path = QLineEdit(str(Path.home() / f"airlock-job-{job_id}.txt"))
        self.path.setObjectName("outputPath")
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.text)
        form.addRow("", self.jsonl)
        form.addRow(*file_row(self, self.path, self.tr("Save the job's output as")))
        self.reason = ReasonField(session, pool, "job.output", self)  # the reason on record
        self.reason.add_to(form)
        self.bar, self.status = progress_parts("output")
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveOutputButton")
        self.save_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(form)
        for widget in (self.bar, self.status, self.buttons):
            layout.addWidget(widget)
        self.text.toggled.connect(self._format_chosen)
        self._load()

    def stream(self) -> str:
        return "text" if self.text.isChecked() else "jsonl"

    def _load(self) -> None:
        session, job_id = self._session, self.job_id
        self._pool.submit(lambda: session.job_output_info(job_id), owner=self, on_result=self._show_info,
                          on_error=self._failed)

    def _show_info(self, info: dict[str, dict[str, Any]]) -> None:
        if not info:
            self.info.setText(self.tr("Job {0} has no stored output: it ran before Airlock kept outputs, or ended "
                                      "before Ansible started.").format(self.job_id))
            self.save_button.setEnabled(False)
            return
        text, jsonl = info.get("text", {}), info.get("jsonl", {})
        self.info.setText(self.tr("Stored with job {0}: {1} of text ({2}), and {3} of per-host results ({4}).")
                          .format(self.job_id, human_size(int(text.get("bytes", 0))),
                                  self.tr("%n line(s)", "", int(text.get("lines", 0))),
                                  human_size(int(jsonl.get("bytes", 0))),
                                  self.tr("%n line(s)", "", int(jsonl.get("lines", 0)))))

    def _format_chosen(self) -> None:
        current = Path(self.path.text().strip())
        if current.suffix in _SUFFIX.values():
            self.path.setText(str(current.with_suffix(_SUFFIX[self.stream()])))

    def save(self) -> None:
        typed = self.path.text().strip()
        if not typed:
            self.status.setText(self.tr("Choose the file to write."))
            return
        session, job_id, path, stream = self._session, self.job_id, Path(typed), self.stream()

        def work(progress: Any, cancel: threading.Event) -> Any:
            return session.save_job_output(job_id, path, stream, progress, cancel)

        self.save_button.setEnabled(False)
        show_busy(self.bar, self.status, self.tr("Writing {0}…").format(path))
        self._task = self._pool.submit(self.reason.carry(work), owner=self, on_result=self._done,
                                       on_error=self._failed, on_progress=self._progress, long=True)

    def _progress(self, done: int, total: int, _message: str) -> None:
        if total > 0:
            self.bar.setRange(0, max(1, total // 1024))  # KiB: QProgressBar holds an int
            self.bar.setValue(done // 1024)

    def _done(self, saved: Any) -> None:
        self._task = None
        self.bar.hide()
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Wrote {0}: {1}, {2}.\nSHA-256 {3}").format(
            saved.path, self.tr("%n line(s)", "", saved.lines), human_size(saved.bytes), saved.sha256))
        self.saved.emit(saved)

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.bar.hide()
        self.save_button.setEnabled(True)
        if is_cancel(exc):
            self.status.setText(self.tr("Cancelled; no file was written."))
            return
        what, todo = explain(exc)
        self.status.setText(self.tr("Not saved: {0}\nWhat to do: {1}").format(what, todo))

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel.set()  # the worker stops at the next chunk; its answer closes nothing
            return
        super().reject()


class SaveOutputButton(QPushButton):
    """"Save output…": opens `SaveOutputDialog` for the job the Jobs section shows."""

    def __init__(self, session: Any, pool: WorkerPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._pool = session, pool
        self.job_id: int | None = None
        self.dialog: SaveOutputDialog | None = None
        self.setText(self.tr("Save &output…"))
        self.setObjectName("saveJobOutput")
        self.setToolTip(self.tr("Save this job's whole output as a file (plain text or JSON lines)"))
        self.setEnabled(False)
        self.clicked.connect(self.open_dialog)

    def show_job(self, job_id: int | None) -> None:
        self.job_id = job_id
        self.setEnabled(job_id is not None and bool(self._session.check("job.output")))

    def open_dialog(self) -> SaveOutputDialog | None:
        if self.job_id is None:
            return None
        dialog = SaveOutputDialog(self._session, self._pool, self.job_id, self.window())
        dialog.finished.connect(lambda _code: self._forget(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, dialog: SaveOutputDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

"""The Jobs section's controls that only the command line had.

Forks and timeout of a run, and cancelling a job that runs elsewhere (another shell,
another window), as `airlock jobs cancel` does.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSpinBox, QWidget

from app.core.service import DEFAULT_FORKS, DEFAULT_TIMEOUT_S, JobSettings
from app.gui.errors import explain

MAX_FORKS = 1000
MAX_TIMEOUT_S = 7 * 24 * 3600


class RunSettings(QWidget):
    """How a run goes: hosts in parallel (forks) and when it is stopped (timeout)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hide()  # holds the two fields, which the section lays out in its form
        self.forks = QSpinBox()
        self.forks.setObjectName("jobForks")
        self.forks.setRange(1, MAX_FORKS)
        self.forks.setValue(DEFAULT_FORKS)
        self.forks.setAccessibleName(self.tr("Forks"))
        self.forks.setToolTip(self.tr("How many nodes Ansible works on at the same time"))
        self.timeout = QSpinBox()
        self.timeout.setObjectName("jobTimeout")
        self.timeout.setRange(1, MAX_TIMEOUT_S)
        self.timeout.setValue(DEFAULT_TIMEOUT_S)
        self.timeout.setSuffix(self.tr(" s"))
        self.timeout.setAccessibleName(self.tr("Timeout in seconds"))
        self.timeout.setToolTip(self.tr("The job is stopped after this many seconds; results so far are kept"))

    def settings(self) -> JobSettings:
        return JobSettings(forks=self.forks.value(), timeout_s=self.timeout.value())


class RemoteCancel(QObject):
    """Asks, through the vault, the process that runs a job to stop it (audited)."""

    def __init__(self, section: Any) -> None:
        super().__init__(section)
        self._section = section
        self.job_id: int | None = None

    def choose(self, job: dict[str, Any] | None) -> bool:
        """Remember the job chosen in Recent jobs; True when it runs and may be cancelled."""
        running = job is not None and job.get("status") == "running" and self._section.may("job.cancel")
        self.job_id = int(job["id"]) if running and job is not None else None
        return running

    def request(self) -> None:
        job_id = self.job_id
        if job_id is None:
            return
        section, session = self._section, self._section.session
        section.state.setText(self.tr("Asking job {0} to stop…").format(job_id))

        def done(request: dict[str, Any]) -> None:
            section.state.setText(self.tr("Job {0} was asked to stop (by {1}); it ends as soon as its process "
                                          "sees the request.").format(job_id, request.get("requested_by")))
            section.refresh()

        def failed(exc: BaseException) -> None:
            what, todo = explain(exc)
            section.state.setText(self.tr("Job {0} was not cancelled: {1}\nWhat to do: {2}").format(job_id, what,
                                                                                                   todo))
            section.refresh()

        section.run(lambda: session.cancel_job(job_id), done, on_error=failed)

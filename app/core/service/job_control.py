"""Session actions of the lifecycle room: cancelling a job that runs in another process.

A job runs in the process that started it (the desktop application, a shell, a schedule);
its row records that process (`owner_pid`). `cancel_job` does not signal that process: it
records a cancel request in the vault (audited, with who asked), and the running process,
which watches for requests while its job runs, sets the job's own cancel token. Ansible
then stops as for a cancel in that process, and the job ends `canceled`. A request made in
the process that runs the job takes effect at once.

Nothing but the vault crosses between the processes: no signal, no pid trusted to still
be the same program, nothing an operator could aim at another process.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from app.core import jobs
from app.core.audit.log import utc_now
from app.core.errors import AirlockError, NotFound, UsageError
from app.core.messages import say

if TYPE_CHECKING:
    from app.core.service.core import SessionCore

    _Base = SessionCore
else:
    _Base = object

CANCEL_ACTION: Final = "job.cancel"
# How often a running job's process looks for a cancel request. ansible-runner then looks at
# the token every 0.2 s (jobs.RUNNER_POLL_S): a request stops Ansible within half a second.
CANCEL_POLL_S: Final = 0.25


def process_started(pid: int) -> str | None:
    """When process `pid` started (clock ticks since boot, from /proc), None when it is gone.

    With the pid it names one process for good: a pid the system gives again to another
    program has another start time.
    """
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    # The command name (field 2) may hold spaces and parentheses: count from the last ")".
    fields = stat[stat.rfind(")") + 2 :].split()
    return fields[19] if len(fields) > 19 else None  # noqa: PLR2004 - field 22, starttime


def job_owner() -> dict[str, Any]:
    """What a job row records of the process that runs it."""
    return {"owner_pid": os.getpid(), "owner_started": process_started(os.getpid())}


def owner_alive(summary: dict[str, Any]) -> bool:
    """Whether the process that started a job (as its row records it) still runs.

    A job of this very process is alive: a second session in the same process (the desktop
    application switching accounts) must not take it for a crashed one. A row without a
    start time (written by an older Airlock) counts as alive when another process has its pid.
    """
    pid = summary.get("owner_pid")
    if not isinstance(pid, int) or pid <= 0:
        return False
    started = summary.get("owner_started")
    if started is None:
        return pid != os.getpid() and process_started(pid) is not None
    return bool(process_started(pid) == started)


class JobNotRunning(AirlockError):
    """The job has ended already: there is nothing to cancel."""


class JobControl(_Base):
    """Mixin of `Session`: cancel requests, and the watch a running job keeps for them."""

    def _running_cancels(self) -> dict[int, threading.Event]:
        """Cancel tokens of the jobs this session runs now, by job id."""
        tokens: dict[int, threading.Event] = self.__dict__.setdefault("_job_cancel_tokens", {})
        return tokens

    def _job_row(self, job_id: int) -> tuple[str, str, str, dict[str, Any]]:
        row = self.conn.execute(
            "SELECT playbook, status, started_by, summary FROM jobs WHERE id = ?", (job_id,)
        ).fetchone()
        if row is None:
            raise NotFound(say("There is no job {job}.", job=job_id), say("See `airlock jobs list`."))
        return str(row[0]), str(row[1]), str(row[2]), json.loads(row[3])

    def cancel_job(self, job_id: int) -> dict[str, Any]:
        """Ask the process running job `job_id` to stop it (audited); returns the request.

        Refused when the job has ended. A job whose process died is marked interrupted first
        (`reconcile_jobs`), so it is never reported as still running.
        """
        target = f"job {job_id}"
        with self.understanding(CANCEL_ACTION, target):
            if job_id < 1:
                raise UsageError(say("{job} is not a job number.", job=job_id), say("See `airlock jobs list`."))
            self.reconcile_jobs()  # type: ignore[attr-defined]
            with self.lock:
                playbook, status, started_by, summary = self._job_row(job_id)
            if status != jobs.STATUS_RUNNING:
                raise JobNotRunning(
                    say("Job {job} is not running: it ended {status}.", job=job_id, status=status),
                    say("See `airlock jobs show {job}`.", job=job_id),
                )
        details = {"playbook": playbook, "started_by": started_by, "owner_pid": summary.get("owner_pid")}
        with self.action(CANCEL_ACTION, target, CANCEL_ACTION, details=details):
            if self._job_row(job_id)[1] != jobs.STATUS_RUNNING:  # it ended while this was checked
                raise JobNotRunning(say("Job {job} ended while the cancel was asked for.", job=job_id),
                                    say("See `airlock jobs show {job}`.", job=job_id))
            self.conn.execute(
                "INSERT INTO job_cancel_requests(job_id, requested_by, requested_at) VALUES (?, ?, ?)"
                " ON CONFLICT(job_id) DO NOTHING",
                (job_id, self.account.name, utc_now()),
            )
        with self.lock:
            local = self._running_cancels().get(job_id)
        if local is not None:
            local.set()
        request = self.job_cancel_request(job_id)
        return {"job": job_id, **(request or {})}

    def job_cancel_request(self, job_id: int) -> dict[str, str] | None:
        """Who asked for job `job_id` to be cancelled, and when (None: nobody)."""
        with self.lock:
            row = self.conn.execute(
                "SELECT requested_by, requested_at FROM job_cancel_requests WHERE job_id = ?", (job_id,)
            ).fetchone()
        return None if row is None else {"requested_by": str(row[0]), "requested_at": str(row[1])}

    @contextlib.contextmanager
    def watching_cancel_requests(self, job_id: int, cancel: threading.Event | None) -> Iterator[threading.Event]:
        """While the block runs job `job_id`, a cancel request from anywhere sets its token.

        Yields the token to hand to the job (`cancel`, or a new one).
        """
        token = cancel if cancel is not None else threading.Event()
        done = threading.Event()
        with self.lock:
            self._running_cancels()[job_id] = token

        def watch() -> None:
            while not done.wait(CANCEL_POLL_S) and not token.is_set():
                if self.locked:
                    return
                with contextlib.suppress(Exception):  # a busy or closing vault: look again next time
                    if self.job_cancel_request(job_id) is not None:
                        token.set()

        watcher = threading.Thread(target=watch, name=f"airlock-job-{job_id}-cancel-watch", daemon=True)
        watcher.start()
        try:
            yield token
        finally:
            done.set()
            watcher.join()
            with self.lock:
                self._running_cancels().pop(job_id, None)

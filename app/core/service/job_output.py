"""Take-away output: a job's whole output, kept with the job and saved as a file on request.

The output is recorded in the job's `job.finish` transaction (`_keep_job_output`, called
by the nodes room). Saving streams it one stored chunk at a time into a private temporary
file beside the target, which replaces the target only once complete; the session's lock
is held for one chunk's read at a time, never for the whole file. Saving is audited: the
file leaves the encrypted store.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core import job_output
from app.core.errors import AirlockError, NotFound, OperationFailed, UsageError
from app.core.fsutil import HashingWriter, atomic_writer
from app.core.messages import say
from app.core.progress import Progress, check_cancel, no_progress

if TYPE_CHECKING:
    from app.core.jobs import JobOutcome
    from app.core.service.core import SessionCore

    _Base = SessionCore
else:
    _Base = object


@dataclass(frozen=True)
class SavedOutput:
    """A job's output written to a file."""

    job: int
    path: Path
    stream: str  # "text" or "jsonl"
    bytes: int
    lines: int
    sha256: str

    def to_json(self) -> dict[str, Any]:
        return {"job": self.job, "path": str(self.path), "format": self.stream, "bytes": self.bytes,
                "lines": self.lines, "sha256": self.sha256}


@dataclass(frozen=True)
class StoredStream:
    chunks: int
    bytes: int
    lines: int
    sha256: str


class JobOutputActions(_Base):
    """Keeping and saving the whole output of jobs."""

    def _keep_job_output(self, job_id: int, outcome: JobOutcome) -> None:
        """Inside the job's `job.finish` transaction: store both streams."""
        for name, stream in outcome.output.finish().items():
            self.conn.executemany(
                "INSERT INTO job_output(job_id, stream, seq, data) VALUES (?, ?, ?, ?)",
                ((job_id, name, seq, chunk) for seq, chunk in enumerate(stream.chunks)),
            )
            self.conn.execute(
                "INSERT INTO job_output_streams(job_id, stream, chunks, bytes, lines, sha256) VALUES (?,?,?,?,?,?)",
                (job_id, name, len(stream.chunks), stream.size, stream.lines, stream.sha256),
            )

    def job_output_info(self, job_id: int) -> dict[str, dict[str, Any]]:
        """What is stored of a job's output, per stream: bytes, lines, sha256 (empty if nothing)."""
        self.require("job.show", "job.show", f"job {job_id}")
        with self.lock:
            rows = self.conn.execute(
                "SELECT stream, chunks, bytes, lines, sha256 FROM job_output_streams WHERE job_id = ?", (job_id,)
            ).fetchall()
        return {r[0]: {"chunks": r[1], "bytes": r[2], "lines": r[3], "sha256": r[4]} for r in rows}

    def _stored_stream(self, job_id: int, stream: str) -> StoredStream:
        with self.lock:
            job = self.conn.execute("SELECT id FROM jobs WHERE id = ?", (job_id,)).fetchone()
            row = self.conn.execute(
                "SELECT chunks, bytes, lines, sha256 FROM job_output_streams WHERE job_id = ? AND stream = ?",
                (job_id, stream),
            ).fetchone()
        if job is None:
            raise NotFound(say("There is no job {job}.", job=job_id), say("See `airlock jobs list`."))
        if row is None:
            raise NotFound(say("Job {job} has no stored output.", job=job_id),
                           say("Only jobs that ran to an end since this version of Airlock keep their output; "
                               "run the playbook again to have it."))
        return StoredStream(int(row[0]), int(row[1]), int(row[2]), str(row[3]))

    def _output_chunks(self, job_id: int, stream: str, count: int) -> Iterator[bytes]:
        for seq in range(count):
            with self.lock:  # one chunk at a time: other actions go on between chunks
                row = self.conn.execute(
                    "SELECT data FROM job_output WHERE job_id = ? AND stream = ? AND seq = ?", (job_id, stream, seq)
                ).fetchone()
            if row is None:
                raise OperationFailed(say("Chunk {seq} of job {job}'s output is missing from the vault.",
                                          seq=seq, job=job_id),
                                      say("The database is damaged; restore it from a backup."))
            yield bytes(row[0])

    def save_job_output(
        self,
        job_id: int,
        path: Path,
        stream: str | None = None,
        progress: Progress = no_progress,
        cancel: threading.Event | None = None,
    ) -> SavedOutput:
        """Write job `job_id`'s whole output to `path`: plain text, or JSON lines for `.jsonl`.

        `path` is replaced only once the file is complete, with mode 0600 (it leaves the
        encrypted store). Refusals and failures are audited; the vault is never changed but
        for the audit entry.
        """
        path = Path(path)
        target = f"job {job_id}"
        chosen = stream or job_output.stream_for(path.name)
        details: dict[str, Any] = {"job": job_id, "file": str(path), "format": chosen}
        self.require("job.output", "job.output", target)
        try:
            if chosen not in job_output.STREAMS:
                raise UsageError(say("Unknown output format {format}.", format=repr(chosen)),
                                 say("Choose text or jsonl."))
            if not path.parent.is_dir():
                raise UsageError(say("Cannot write {path}: {folder} is not a folder.", path=path, folder=path.parent),
                                 say("Give a file in an existing folder."))
            stored = self._stored_stream(job_id, chosen)
            saved = self._write_output(job_id, path, chosen, stored, progress, cancel)
        except AirlockError as exc:
            self.audit_refusal("job.output", target, str(exc), details, outcome=exc.audit_outcome)
            raise
        except OSError as exc:
            error = OperationFailed(say("Could not write {path}: {error}.", path=path, error=exc.strerror or exc),
                                    say("Check the folder is writable and has space."))
            self.audit_refusal("job.output", target, str(error), details, outcome="failed")
            raise error from exc
        with self.action("job.output", target, "job.output", details) as act:
            act.details.update(bytes=saved.bytes, lines=saved.lines, sha256=saved.sha256)
        return saved

    def _write_output(self, job_id: int, path: Path, stream: str, stored: StoredStream, progress: Progress,
                      cancel: threading.Event | None) -> SavedOutput:
        digest = hashlib.sha256()
        written = 0
        with atomic_writer(path) as handle:
            hashing = HashingWriter(handle, digest)
            for size in job_output.write_chunks(self._output_chunks(job_id, stream, stored.chunks), hashing):
                written += size
                progress(written, stored.bytes, say("Writing the job's output"))
                check_cancel(cancel, "Saving the job's output")
            if digest.hexdigest() != stored.sha256 or written != stored.bytes:
                raise OperationFailed(say("Job {job}'s stored output does not match its recorded hash.", job=job_id),
                                      say("The database is damaged; restore it from a backup."))
        return SavedOutput(job_id, path, stream, written, stored.lines, stored.sha256)

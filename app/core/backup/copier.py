"""Copying files byte for byte while hashing them, on a few workers at once.

A backup and a restore are copies: store objects and the database to the medium, and back.
Each `CopyJob` reads one or more byte ranges (`Source`) in order and writes them, one after
the other, into one new file; each range is hashed as it passes. A restore gives the
SHA-256 every range must have and a mismatch stops everything; a backup learns the
hashes; a verification writes nothing and only hashes.

The writing side is the import's (`app.core.bundles.lane`): page-aligned buffers handed to
writer threads, O_DIRECT where the file system takes it, so reading, hashing and writing
overlap and the flush at the end is short. Nothing here flushes: the caller syncs the file
system once, when everything is written.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
from collections.abc import Sequence
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from app.core.bundles.lane import Lane, StagedFile, open_staged
from app.core.errors import Cancelled
from app.core.messages import Message, say
from app.core.progress import Progress, no_progress

WORKERS = 2
"""Files copied at once: hashing takes a core each, and the appliance has two or more."""
_REPORT_EVERY_S = 0.1
_CANCELLED = say("The operation was cancelled; nothing was changed.")


@dataclass(frozen=True)
class Source:
    """`length` bytes of `path` from `offset`; `expected` is the SHA-256 they must have, if known."""

    path: Path
    offset: int
    length: int
    label: str
    expected: str | None = None


@dataclass
class CopyJob:
    """Copy `sources`, in order, into the new file `destination` (None: only hash them)."""

    destination: Path | None
    sources: list[Source]
    digests: list[str] = field(default_factory=list)
    """The SHA-256 of each source, once copied."""

    @property
    def length(self) -> int:
        return sum(source.length for source in self.sources)


class ReadFailed(Exception):
    """A source could not be read (`error`), or ended early (`error` is None)."""

    def __init__(self, source: Source, error: OSError | None) -> None:
        super().__init__(source.label)
        self.source = source
        self.error = error


class WriteFailed(Exception):
    """A destination could not be written."""

    def __init__(self, destination: Path | None, error: OSError) -> None:
        super().__init__(str(destination))
        self.destination = destination
        self.error = error


class Mismatch(Exception):
    """A source's bytes do not have the SHA-256 they must have."""

    def __init__(self, source: Source) -> None:
        super().__init__(source.label)
        self.source = source


class _Tally:
    def __init__(self, cancel: threading.Event | None, cancelled: Message) -> None:
        self.done = 0
        self.cancel = cancel
        self.cancelled = cancelled
        self.stop = threading.Event()
        self._lock = threading.Lock()

    def add(self, n: int) -> None:
        with self._lock:
            self.done += n
        if self.stop.is_set():
            raise Cancelled("")  # another worker failed: this one just stops
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled(self.cancelled)


def _read_into(fd: int, view: memoryview, offset: int, source: Source) -> int:
    try:
        n = os.preadv(fd, [view], offset)
    except OSError as exc:
        raise ReadFailed(source, exc) from exc
    if n == 0:
        raise ReadFailed(source, None)
    return n


def _copy_source(source: Source, out: StagedFile | None, lane: Lane, tally: _Tally) -> str:
    digest = hashlib.sha256()
    try:
        fd = os.open(source.path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError as exc:
        raise ReadFailed(source, exc) from exc
    try:
        with contextlib.suppress(OSError):
            os.posix_fadvise(fd, source.offset, source.length, os.POSIX_FADV_SEQUENTIAL)
        position, remaining = source.offset, source.length
        while remaining:
            index = lane.take()
            view = lane.views[index]
            held = lane.prefill(out, view)
            try:
                n = _read_into(fd, view[held : held + min(len(view) - held, remaining)], position, source)
            except BaseException:
                lane.give(index)
                raise
            if out is None:
                digest.update(view[:n])
                lane.give(index)
            else:
                lane.write(out, index, held + n)
                digest.update(view[held : held + n])  # the writer only reads the buffer too
            position += n
            remaining -= n
            tally.add(n)
    finally:
        os.close(fd)
    return digest.hexdigest()


def _run_job(job: CopyJob, lane: Lane, tally: _Tally) -> None:
    out = None
    complete = False
    try:
        if job.destination is not None:
            try:
                out = open_staged(job.destination, job.length)
            except OSError as exc:
                raise WriteFailed(job.destination, exc) from exc
        job.digests = []
        for source in job.sources:
            digest = _copy_source(source, out, lane, tally)
            if source.expected is not None and digest != source.expected:
                raise Mismatch(source)
            job.digests.append(digest)
        if out is not None:
            lane.finish(out)
        complete = True
    except OSError as exc:  # a writer's failure, raised by lane.take()
        raise WriteFailed(job.destination, exc) from exc
    finally:
        if out is not None:
            lane.close(out, complete=complete)


def copy_files(
    jobs: Sequence[CopyJob],
    progress: Progress = no_progress,
    cancel: threading.Event | None = None,
    *,
    message: str | Message = "",
    cancelled: Message = _CANCELLED,
    workers: int = WORKERS,
) -> None:
    """Run every job, largest first, on `workers` lanes; raise the first failure once all stopped.

    When it returns, every byte was handed to the file system (not yet flushed) and each
    job's `digests` are filled. When it raises (`ReadFailed`, `WriteFailed`, `Mismatch`,
    `Cancelled`), every destination file is closed; the caller removes them.
    """
    total = sum(job.length for job in jobs)
    tally = _Tally(cancel, cancelled)
    progress(0, total, message)
    lanes = [Lane() for _ in range(max(1, min(workers, len(jobs))))]
    idle: list[Lane] = list(lanes)
    guard = threading.Lock()

    def run(job: CopyJob) -> None:
        if tally.stop.is_set():
            raise Cancelled("")
        with guard:
            lane = idle.pop()
        try:
            _run_job(job, lane, tally)
        finally:
            with guard:
                idle.append(lane)

    try:
        with ThreadPoolExecutor(max_workers=len(lanes), thread_name_prefix="airlock-backup") as pool:
            futures: list[Future[None]] = [pool.submit(run, job) for job in sorted(jobs, key=lambda j: -j.length)]
            pending: set[Future[None]] = set(futures)
            while pending:
                finished, pending = wait(pending, timeout=_REPORT_EVERY_S, return_when=FIRST_EXCEPTION)
                progress(tally.done, total, message)
                if any(future.exception() is not None for future in finished):
                    tally.stop.set()
                    wait(pending)
                    raise _first_error(futures)
    finally:
        for lane in lanes:
            lane.stop()
    failed = next((lane.error for lane in lanes if lane.error is not None), None)
    if failed is not None:
        raise WriteFailed(None, failed)
    progress(total, total, message)


def _first_error(futures: list[Future[None]]) -> BaseException:
    errors = [error for future in futures if not future.cancelled() and (error := future.exception()) is not None]
    real = [error for error in errors if not (isinstance(error, Cancelled) and not error.message)]
    return (real or errors)[0]

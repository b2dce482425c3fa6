"""One streaming pass over the medium: each byte read once, hashed and written to staging.

Split parts are concatenated on the fly; every part and every whole file is checked for
length and SHA-256 while it streams. Files run on a small thread pool (hashlib, reads and
writes release the GIL); progress is reported from the caller's thread only.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import stat
import threading
from collections.abc import Sequence
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from app.core.bundles import limits
from app.core.bundles.errors import (
    HashMismatch,
    ImportCancelled,
    LengthMismatch,
    MediumError,
    NotARegularFile,
    StoreFull,
)
from app.core.bundles.verify import FilePlan, Source
from app.core.progress import Progress, no_progress

_ASK = "Do not use this bundle; ask the publisher for a new copy."
_REPORT_EVERY_S = 0.2


@dataclass
class _Tally:
    """Bytes done across workers; the cancel token is polled between buffers."""

    cancel: threading.Event
    stop: threading.Event = field(default_factory=threading.Event)
    done: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, n: int) -> None:
        with self.lock:
            self.done += n
        if self.cancel.is_set() or self.stop.is_set():
            raise ImportCancelled("The import was cancelled; nothing was imported.")


class _Digest(Protocol):
    def update(self, data: memoryview, /) -> None: ...

    def hexdigest(self) -> str: ...


def _open_source(source: Source) -> int:
    try:
        fd = os.open(source.path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK)
    except OSError as exc:
        raise MediumError(f"Cannot open {source.label} on the medium: {exc.strerror}.", "Check the medium.") from exc
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode) or (st.st_dev, st.st_ino) != source.identity or st.st_nlink > 1:
        os.close(fd)
        raise NotARegularFile(f"{source.label} changed on the medium after it was checked.", _ASK)
    with_advice = getattr(os, "posix_fadvise", None)
    if with_advice is not None:
        with_advice(fd, 0, 0, os.POSIX_FADV_SEQUENTIAL)
    return fd


def _write_all(fd: int, view: memoryview) -> None:
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _stream_source(source: Source, out_fd: int | None, whole: _Digest, buffer: memoryview, tally: _Tally) -> None:
    fd = _open_source(source)
    part = hashlib.sha256() if source.sha256 is not None else None
    remaining = source.length
    try:
        while True:
            # Ask for one byte more than expected at the end, to see a file that grew.
            n = os.readv(fd, [buffer[: min(len(buffer), remaining + 1)]])
            if n == 0:
                break
            if n > remaining:
                raise LengthMismatch(f"{source.label} on the medium is longer than the manifest signs.", _ASK)
            chunk = buffer[:n]
            whole.update(chunk)
            if part is not None:
                part.update(chunk)
            if out_fd is not None:
                _write_all(out_fd, chunk)
            remaining -= n
            tally.add(n)
    finally:
        os.close(fd)
    if remaining:
        raise LengthMismatch(f"{source.label} ended {remaining} bytes early (truncated or medium pulled?).", _ASK)
    if part is not None and part.hexdigest() != source.sha256:
        raise HashMismatch(f"{source.label} does not match its signed SHA-256 (damaged or parts reordered).", _ASK)


def _medium_or_disk(exc: OSError, label: str) -> Exception:
    if exc.errno in {errno.ENOSPC, errno.EDQUOT}:
        return StoreFull(
            "The content store ran out of space during the import; nothing was imported.", "Free space and retry."
        )
    return MediumError(
        f"Reading or staging {label} failed: {exc.strerror}; nothing was imported.", "Check the medium and retry."
    )


def transfer_file(
    plan: FilePlan, destination: Path | None, tally: _Tally, buffer_size: int = limits.COPY_BUFFER
) -> None:
    """Stream one payload file from its sources into `destination` (or only hash it)."""
    buffer = memoryview(bytearray(buffer_size))
    whole = hashlib.sha256()
    out_fd = None
    try:
        if destination is not None:
            out_fd = os.open(destination, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
        for source in plan.sources:
            _stream_source(source, out_fd, whole, buffer, tally)
    except OSError as exc:
        raise _medium_or_disk(exc, plan.file.path) from exc
    finally:
        if out_fd is not None:
            os.close(out_fd)
    if whole.hexdigest() != plan.file.sha256:
        raise HashMismatch(f"payload/{plan.file.path} does not match its signed SHA-256.", _ASK)


def check_free_space(directory: Path, needed: int) -> None:
    """Refuse before the first byte when the store cannot hold `needed` bytes plus a margin."""
    free = shutil.disk_usage(directory).free
    if free < needed + limits.FREE_SPACE_MARGIN:
        wanted = (needed + limits.FREE_SPACE_MARGIN) // limits.MIB
        msg = f"The content store has {free // limits.MIB} MiB free; this import needs {wanted} MiB."
        raise StoreFull(msg, "Free space in the data directory, then import again.")


def transfer(
    plans: Sequence[FilePlan],
    destinations: Sequence[Path | None],
    progress: Progress = no_progress,
    cancel: threading.Event | None = None,
    workers: int = 2,
) -> None:
    """Stream every file; raise the first failure after the other workers have stopped."""
    cancel = cancel if cancel is not None else threading.Event()
    total = sum(p.file.length for p in plans)
    tally = _Tally(cancel)

    def job(plan: FilePlan, destination: Path | None) -> None:
        if tally.stop.is_set() or cancel.is_set():
            raise ImportCancelled("The import was cancelled; nothing was imported.")
        transfer_file(plan, destination, tally)

    order = sorted(range(len(plans)), key=lambda i: -plans[i].file.length)
    progress(0, total, "reading payload")
    with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="airlock-import") as pool:
        futures: list[Future[None]] = [pool.submit(job, plans[i], destinations[i]) for i in order]
        pending = set(futures)
        while pending:
            finished, pending = wait(pending, timeout=_REPORT_EVERY_S, return_when=FIRST_EXCEPTION)
            progress(tally.done, total, "reading payload")
            failed = [f for f in finished if f.exception() is not None]
            if failed:
                tally.stop.set()
                for future in pending:
                    future.cancel()
                wait(pending)
                errors = [e for f in futures if not f.cancelled() and (e := f.exception()) is not None]
                real = [e for e in errors if not isinstance(e, ImportCancelled)]
                raise (real or errors)[0]
    progress(total, total, "payload verified")

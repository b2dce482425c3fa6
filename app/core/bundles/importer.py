"""One streaming pass over the medium: each byte read once, hashed and sealed into staging.

Split parts are concatenated on the fly; every part's length and every whole file's
length and SHA-256 are checked while it streams (a split file is hashed once, as a
whole). What is staged is encrypted in the same pass (objects.py, lane.py): no plaintext
byte of a payload is ever written to the store. Files run on a small pool of workers,
largest first; each worker has a `Lane` (a plaintext buffer, aligned ciphertext buffers
and writer threads), so that reading, hashing, encrypting and writing overlap. hashlib,
reads and writes release the GIL. Progress is reported from the caller's thread.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import queue
import shutil
import stat
import threading
from collections.abc import Sequence
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final, Protocol

from app.core.bundles import limits
from app.core.bundles.errors import (
    HashMismatch,
    ImportCancelled,
    LengthMismatch,
    MediumError,
    NotARegularFile,
    StoreFull,
)
from app.core.bundles.lane import Lane, StagedFile
from app.core.bundles.objects import ObjectCipher, ObjectHeader, StoredObject, StoreKey
from app.core.bundles.verify import FilePlan, Source
from app.core.messages import counted, say
from app.core.progress import Progress, no_progress

_READING: Final = say("reading payload")  # said for every chunk: made once

_ASK = say("Do not use this bundle; ask the publisher for a new copy.")
_CANCELLED = say("The import was cancelled; nothing was imported.")
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
            raise ImportCancelled(_CANCELLED)


class _Digest(Protocol):
    def update(self, data: memoryview, /) -> None: ...

    def hexdigest(self) -> str: ...


def _open_source(source: Source) -> int:
    try:
        fd = os.open(source.path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK)
    except OSError as exc:
        raise MediumError(
            say("Cannot open {file} on the medium: {error}.", file=source.label, error=exc.strerror),
            say("Check the medium."),
        ) from exc
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode) or (st.st_dev, st.st_ino) != source.identity or st.st_nlink > 1:
        os.close(fd)
        raise NotARegularFile(say("{file} changed on the medium after it was checked.", file=source.label), _ASK)
    with contextlib.suppress(OSError, AttributeError):
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_SEQUENTIAL)
    return fd


def _stream_source(source: Source, out: StagedFile | None, whole: _Digest, lane: Lane, tally: _Tally) -> None:
    """Read one file of the medium once into the lane's plaintext buffer, hash it, seal whole chunks.

    The buffer starts with the bytes of a chunk not yet whole (`out.held`, read and hashed
    before); only the bytes read after them are hashed.
    """
    fd = _open_source(source)
    remaining = source.length
    try:
        while True:
            held = out.held if out is not None else 0
            view = lane.plain[held : held + min(len(lane.plain) - held, remaining + 1)]
            # Ask for one byte more than expected at the end, to see a file that grew.
            n = os.readv(fd, [view])
            if n == 0 or n > remaining:
                if n:
                    msg = say("{file} on the medium is longer than the manifest signs.", file=source.label)
                    raise LengthMismatch(msg, _ASK)
                break
            whole.update(view[:n])
            if out is not None:
                lane.seal(out, held + n)
            remaining -= n
            tally.add(n)
    finally:
        os.close(fd)
    if remaining:
        msg = counted("{file} ended %n byte(s) early (truncated or medium pulled?).", remaining, file=source.label)
        raise LengthMismatch(msg, _ASK)


def _hash_range(path: Path, offset: int, length: int, key: StoreKey | None, sha256: str) -> str:
    """SHA-256 of a range of a file's plaintext: a part on the medium, or (with `key`) a sealed staging file."""
    digest = hashlib.sha256()
    buffer = memoryview(bytearray(limits.COPY_BUFFER))
    with (path.open("rb", buffering=0) if key is None else StoredObject(path, sha256, key.lookup)) as handle:
        handle.seek(offset)
        while length > 0 and (n := handle.readinto(buffer[: min(len(buffer), length)])):
            digest.update(buffer[:n])
            length -= n
    return digest.hexdigest()


def _name_bad_part(plan: FilePlan, staged: Path | None, key: StoreKey | None) -> str | None:
    """After a whole-file mismatch, the first split part whose own hash fails (a rare path).

    Parts are hashed again from the staged copy (the very bytes that were read, decrypted),
    or from the medium when nothing was staged (verification only).
    """
    offset = 0
    for source in plan.sources:
        if source.sha256 is not None:
            if staged is not None:
                digest = _hash_range(staged, offset, source.length, key, plan.file.sha256)
            else:
                digest = _hash_range(source.path, 0, source.length, None, plan.file.sha256)
            if digest != source.sha256:
                return source.label
        offset += source.length
    return None


def _medium_or_disk(exc: OSError, file: str | None) -> Exception:
    """The error to raise for `exc` while reading or staging `file` (None: the payload as a whole)."""
    if exc.errno in {errno.ENOSPC, errno.EDQUOT}:
        return StoreFull(
            say("The content store ran out of space during the import; nothing was imported."),
            say("Free space and retry."),
        )
    if file is None:
        msg = say("Reading or staging the payload failed: {error}; nothing was imported.", error=exc.strerror)
    else:
        msg = say("Reading or staging {file} failed: {error}; nothing was imported.", file=file, error=exc.strerror)
    return MediumError(msg, say("Check the medium and retry."))


def _mismatch(plan: FilePlan, destination: Path | None, lane: Lane, key: StoreKey | None) -> Exception:
    bad = None
    if len(plan.sources) > 1:
        lane.drain()
        if lane.error is not None:
            return _medium_or_disk(lane.error, plan.file.path)
        try:
            bad = _name_bad_part(plan, destination, key)
        except OSError as exc:
            return _medium_or_disk(exc, plan.file.path)
    if bad is not None:
        return HashMismatch(
            say("{part} does not match its signed SHA-256 (damaged or parts reordered).", part=bad), _ASK
        )
    return HashMismatch(say("{file} does not match its signed SHA-256.", file=f"payload/{plan.file.path}"), _ASK)


def transfer_file(plan: FilePlan, destination: Path | None, tally: _Tally, lane: Lane,
                  key: StoreKey | None = None) -> None:
    """Stream one payload file from its sources, sealed under `key` into `destination` (or only hash it).

    Only when the whole does not match are the parts of a split file hashed again, to
    name the bad one.
    """
    whole = hashlib.sha256()
    out = None
    complete = False
    try:
        if destination is not None:
            if key is None:
                msg = "a staged payload file is always sealed: give the store key"
                raise ValueError(msg)
            header = ObjectHeader.new(key.key_id, plan.file.sha256, plan.file.length)
            out = lane.open(destination, ObjectCipher(header, key.secret))
        for source in plan.sources:
            _stream_source(source, out, whole, lane, tally)
        if out is not None:
            lane.finish(out)
        complete = True
    except OSError as exc:
        raise _medium_or_disk(exc, plan.file.path) from exc
    finally:
        if out is not None:
            lane.close(out, complete=complete)
    if whole.hexdigest() != plan.file.sha256:
        raise _mismatch(plan, destination, lane, key)


def check_free_space(directory: Path, needed: int) -> None:
    """Refuse before the first byte when the store cannot hold `needed` bytes plus a margin."""
    free = shutil.disk_usage(directory).free
    if free < needed + limits.FREE_SPACE_MARGIN:
        wanted = (needed + limits.FREE_SPACE_MARGIN) // limits.MIB
        msg = say(
            "The content store has {free} MiB free; this import needs {needed} MiB.",
            free=free // limits.MIB,
            needed=wanted,
        )
        raise StoreFull(msg, say("Free space in the data directory, then import again."))


def _first_error(futures: list[Future[None]]) -> BaseException:
    errors = [e for f in futures if not f.cancelled() and (e := f.exception()) is not None]
    real = [e for e in errors if not isinstance(e, ImportCancelled)]
    return (real or errors)[0]


def _run_pool(
    plans: Sequence[FilePlan], destinations: Sequence[Path | None], tally: _Tally, lanes: list[Lane],
    progress: Progress, key: StoreKey | None,
) -> None:
    idle: queue.SimpleQueue[Lane] = queue.SimpleQueue()
    for lane in lanes:
        idle.put(lane)

    def job(plan: FilePlan, destination: Path | None) -> None:
        if tally.stop.is_set() or tally.cancel.is_set():
            raise ImportCancelled(_CANCELLED)
        lane = idle.get()
        try:
            transfer_file(plan, destination, tally, lane, key)
        finally:
            idle.put(lane)

    total = sum(p.file.length for p in plans)
    order = sorted(range(len(plans)), key=lambda i: -plans[i].file.length)
    with ThreadPoolExecutor(max_workers=len(lanes), thread_name_prefix="airlock-import") as pool:
        futures: list[Future[None]] = [pool.submit(job, plans[i], destinations[i]) for i in order]
        pending = set(futures)
        while pending:
            finished, pending = wait(pending, timeout=_REPORT_EVERY_S, return_when=FIRST_EXCEPTION)
            progress(tally.done, total, _READING)
            if any(f.exception() is not None for f in finished):
                tally.stop.set()
                for future in pending:
                    future.cancel()
                wait(pending)
                raise _first_error(futures)


def transfer(
    plans: Sequence[FilePlan],
    destinations: Sequence[Path | None],
    progress: Progress = no_progress,
    cancel: threading.Event | None = None,
    workers: int = 2,
    key: StoreKey | None = None,
) -> None:
    """Stream every file, sealing it under the store `key` where it has a destination; raise the first failure.

    The first failure is raised after the other workers have stopped. When it returns,
    every staged byte has been handed to the file system (the caller still flushes before
    it commits); when it raises, every staging file is closed.
    """
    tally = _Tally(cancel if cancel is not None else threading.Event())
    total = sum(p.file.length for p in plans)
    progress(0, total, _READING)
    lanes = [Lane() for _ in range(max(1, workers))]
    try:
        _run_pool(plans, destinations, tally, lanes, progress, key)
    finally:
        for lane in lanes:
            lane.stop()
    failed = next((lane.error for lane in lanes if lane.error is not None), None)
    if failed is not None:
        raise _medium_or_disk(failed, None)
    progress(total, total, say("payload verified"))

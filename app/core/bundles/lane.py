"""Writing staged payload files while the next bytes are hashed.

Each import worker owns a `Lane`: a few page-aligned buffers and one writer thread. The
worker reads a buffer from the medium, hands it to the writer and hashes it meanwhile
(both only read the buffer); the writer puts it in the staging file and gives the buffer
back. So reading, hashing and writing overlap.

The writer asks the kernel to start writing each staging file to disk as soon as its
last byte is written (sync_file_range, asynchronous), so the disk works while the CPUs
hash the next files and the flush at the end of the import is short; it never replaces
that flush. Measured here (bench/, 2 CPUs, a virtual disk of ~500-1,100 MiB/s, 4 GiB):
starting write-back every 32 MiB or 256 MiB instead was 10-16% slower, and O_DIRECT
writes (no page-cache copy, but one synchronous 4 MiB write at a time per lane) 30-50%
slower; the kernel batches write-back better than small early requests. Both stay
available (`WRITEBACK_WINDOW`, `DIRECT_IO`) for the benchmark to compare and for hosts
whose balance of CPUs and disk differs. With O_DIRECT on and allowed, a file's last,
unaligned bytes still go through the page cache.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import mmap
import os
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from app.core.bundles import limits

DIRECT_IO = False
"""Write staging with O_DIRECT where the file system allows it (see the module's note)."""

ALIGN = 4096
"""Offset and length alignment of O_DIRECT writes (a page; above any logical block size)."""

WRITEBACK_WINDOW: int | None = None
"""Buffered writes: also start write-back after every this many bytes (None: per file only)."""

BUFFERS_PER_LANE = 3

_SYNC_FILE_RANGE_WRITE = 2


def _load_sync_file_range() -> Callable[[int, int, int, int], int] | None:
    with contextlib.suppress(OSError, AttributeError):
        function = ctypes.CDLL(None, use_errno=True).sync_file_range
        function.argtypes = [ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint]
        function.restype = ctypes.c_int
        return cast("Callable[[int, int, int, int], int]", function)
    return None


_sync_file_range = _load_sync_file_range()


def _start_writeback(fd: int, offset: int, length: int) -> None:
    """Ask the kernel to start writing a byte range to disk (0: to the end); a hint, not a flush."""
    if _sync_file_range is not None:
        _sync_file_range(fd, offset, length, _SYNC_FILE_RANGE_WRITE)


@dataclass(frozen=True)
class _Job:
    """One instruction to the writer thread."""

    kind: str
    staged: StagedFile | None = None
    index: int = 0
    length: int = 0
    done: threading.Event | None = None


@dataclass
class StagedFile:
    """One staging file being written by a lane's writer."""

    path: Path
    fd: int
    direct: bool
    written: int = 0
    started: int = 0
    """Bytes whose write-back was started (buffered writes only)."""


def open_staged(path: Path) -> StagedFile:
    """Create a private staging file (never following links), O_DIRECT where allowed."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
    fd = os.open(path, flags, 0o600)
    direct = False
    if DIRECT_IO and hasattr(os, "O_DIRECT"):
        try:
            fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_DIRECT)
            direct = True
        except OSError as exc:
            if exc.errno != errno.EINVAL:
                os.close(fd)
                raise
    return StagedFile(path, fd, direct)


class Lane:
    """Aligned buffers and a writer thread for one import worker.

    The worker calls `take()` for a free buffer, fills it, then `write()` (the writer gives
    the buffer back when it is on disk) or `give()` (when nothing is written). `close()`
    hands a staging file to the writer to finish and close. The first write failure is
    kept in `error`; `take()` raises it, so the worker stops at its next buffer.
    """

    def __init__(self, buffer_size: int = limits.COPY_BUFFER, buffers: int = BUFFERS_PER_LANE) -> None:
        self._memory = [mmap.mmap(-1, buffer_size) for _ in range(buffers)]
        self.views = [memoryview(m) for m in self._memory]
        self._free: queue.SimpleQueue[int] = queue.SimpleQueue()
        for index in range(buffers):
            self._free.put(index)
        self._jobs: queue.SimpleQueue[_Job] = queue.SimpleQueue()
        self.error: OSError | None = None
        self._thread = threading.Thread(target=self._run, name="airlock-import-writer", daemon=True)
        self._thread.start()

    # -- the worker's side --------------------------------------------------------------------

    def take(self) -> int:
        """A free buffer's index; raises the writer's failure, if any."""
        index = self._free.get()
        if self.error is not None:
            self._free.put(index)
            raise self.error
        return index

    def give(self, index: int) -> None:
        """Return a buffer that was not handed to the writer."""
        self._free.put(index)

    def write(self, staged: StagedFile, index: int, length: int) -> None:
        """Append buffer `index`'s first `length` bytes to `staged`; the buffer comes back later."""
        self._jobs.put(_Job("write", staged, index, length))

    def close(self, staged: StagedFile, *, complete: bool) -> None:
        """Let the writer finish `staged` (start its last write-back when complete) and close it."""
        self._jobs.put(_Job("close" if complete else "abandon", staged))

    def drain(self) -> None:
        """Wait until everything handed to the writer so far is done."""
        done = threading.Event()
        self._jobs.put(_Job("drain", done=done))
        done.wait()

    def stop(self) -> None:
        """Finish pending work, end the writer thread and release the buffers."""
        self._jobs.put(_Job("stop"))
        self._thread.join()
        for view in self.views:
            view.release()
        self.views.clear()
        for memory in self._memory:
            with contextlib.suppress(BufferError):  # a slice still alive: garbage collection frees it
                memory.close()

    # -- the writer's side --------------------------------------------------------------------

    def _run(self) -> None:
        while (job := self._jobs.get()).kind != "stop":
            if job.done is not None:
                job.done.set()
            elif job.staged is not None and job.kind == "write":
                try:
                    if self.error is None:
                        self._write(job.staged, self.views[job.index][: job.length])
                except OSError as exc:
                    self.error = exc
                except Exception as exc:  # noqa: BLE001 - the worker must hear of any failure, or it waits forever
                    self.error = OSError(errno.EIO, f"staging write failed: {exc}")
                finally:
                    self._free.put(job.index)
            elif job.staged is not None:
                self._close(job.staged, complete=job.kind == "close")

    def _write(self, staged: StagedFile, view: memoryview) -> None:
        if staged.direct and (staged.written % ALIGN or len(view) % ALIGN):
            head = len(view) - len(view) % ALIGN if staged.written % ALIGN == 0 else 0
            self._write_all(staged, view[:head])
            view = view[head:]
            # The rest of this file is not block-aligned: go on through the page cache.
            fcntl.fcntl(staged.fd, fcntl.F_SETFL, fcntl.fcntl(staged.fd, fcntl.F_GETFL) & ~os.O_DIRECT)
            staged.direct = False
            staged.started = staged.written
        self._write_all(staged, view)
        window = WRITEBACK_WINDOW
        if not staged.direct and window is not None and staged.written - staged.started >= window:
            _start_writeback(staged.fd, staged.started, staged.written - staged.started)
            staged.started = staged.written

    @staticmethod
    def _write_all(staged: StagedFile, view: memoryview) -> None:
        while view:
            written = os.write(staged.fd, view)
            view = view[written:]
            staged.written += written

    def _close(self, staged: StagedFile, *, complete: bool) -> None:
        try:
            if complete and self.error is None and not staged.direct and staged.written > staged.started:
                _start_writeback(staged.fd, staged.started, 0)
        except OSError as exc:
            self.error = exc
        finally:
            os.close(staged.fd)

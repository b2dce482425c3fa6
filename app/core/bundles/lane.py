"""Sealing staged payload files while the next bytes are read and hashed.

Each import worker owns a `Lane`: one plaintext buffer, a few page-aligned buffers of
ciphertext and a few writer threads. The worker reads from the medium into the plaintext
buffer and hashes what it read; whole chunks are then encrypted (objects.py) into a free
ciphertext buffer, which a writer puts in the staging file at the chunk's offset
(`pwrite`) and gives back. The plaintext buffer is free again as soon as it is encrypted,
so reading, hashing and encrypting go on while several writes are in flight. No plaintext
byte is ever written: a chunk not yet whole (the end of a split part) waits at the start
of the plaintext buffer for the next bytes, and a file's last chunk is sealed once every
byte of the file was read.

Staging files are written with O_DIRECT where the file system allows it (`DIRECT_IO`):
the bytes go from the buffer to the disk, with no copy into the page cache, no dirty pages
for the kernel to throttle and write back later, and nothing left to flush but metadata.
On a 2-CPU machine that copy and its page-cache bookkeeping cost more CPU than hashing
(bench/: ~1.1 s of system time per GiB buffered against ~0.3 s direct), so it matters even
though every byte must still reach the disk before the import commits. Each file is first
given its whole length (`fallocate`, so a full disk fails at once and the writes of one
file can run in parallel rather than each extending the file). The header is one block and
a stored chunk a whole number of blocks, so every write starts on a block; only a file's
last chunk is written padded with zeros, and the file truncated to its length. A file
system that refuses O_DIRECT (at open, or at a first write) gets the same bytes through
the page cache; then the kernel is asked to start writing each file back as soon as its
last byte is written (sync_file_range, asynchronous), and optionally every
`WRITEBACK_WINDOW` bytes, so the flush at the end of the import is short. Neither replaces
that flush (`store.sync_filesystem`).
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
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from app.core.bundles import limits
from app.core.bundles.objects import CHUNK_PLAIN, CHUNK_STORED, HEADER_SIZE, ObjectCipher, chunk_offset, stored_size
from app.core.pipe_lending import HUGE_PAGE

DIRECT_IO = True
"""Write staging with O_DIRECT where the file system allows it (see the module's note)."""

ALIGN = 4096
"""Offset and length alignment of O_DIRECT writes (a page; at or above any usual logical block size)."""

WRITEBACK_WINDOW: int | None = None
"""Buffered writes only: also start write-back after every this many bytes (None: per file only)."""


CHUNKS_PER_BUFFER = limits.STAGE_BUFFER // CHUNK_STORED
BUFFER_SIZE = CHUNKS_PER_BUFFER * CHUNK_STORED
PLAIN_SIZE = CHUNKS_PER_BUFFER * CHUNK_PLAIN
"""The plaintext buffer: one read from the medium, at most the chunks a ciphertext buffer holds."""
BUFFERS_PER_LANE = 5
WRITERS_PER_LANE = 4
"""Writes in flight per lane: direct writes wait for the disk, so several run at once."""

_SYNC_FILE_RANGE_WRITE = 2
_NOT_SUPPORTED = {errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL, errno.ENOTTY}


def _libc_function(name: str, argtypes: list[type]) -> Callable[..., int] | None:
    with contextlib.suppress(OSError, AttributeError):
        function = getattr(ctypes.CDLL(None, use_errno=True), name)
        function.argtypes = argtypes
        function.restype = ctypes.c_int
        return cast("Callable[..., int]", function)
    return None


_sync_file_range = _libc_function("sync_file_range", [ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint])
_fallocate = _libc_function("fallocate", [ctypes.c_int, ctypes.c_int, ctypes.c_int64, ctypes.c_int64])


def start_writeback(fd: int, offset: int, length: int) -> bool:
    """Ask the kernel to start writing a byte range to disk (0: to the end); a hint, never a flush.

    False where the call does not exist or the file system does not take it; a real I/O
    error is raised (the flush at the end would report it too).
    """
    if _sync_file_range is None or _sync_file_range(fd, offset, length, _SYNC_FILE_RANGE_WRITE) == 0:
        return _sync_file_range is not None
    code = ctypes.get_errno()
    if code in _NOT_SUPPORTED or code == errno.ESPIPE:
        return False
    raise OSError(code, os.strerror(code))


def reserve(fd: int, length: int) -> bool:
    """Give the file its whole length on disk now (`fallocate`); False where not supported.

    A full disk is raised here (ENOSPC), before any byte is written.
    """
    if length <= 0 or _fallocate is None:
        return False
    if _fallocate(fd, 0, 0, length) == 0:
        return True
    code = ctypes.get_errno()
    if code in _NOT_SUPPORTED:
        return False
    raise OSError(code, os.strerror(code))


@dataclass
class StagedFile:
    """One staging file: the worker seals into it through a lane, the lane's writers write it."""

    path: Path
    fd: int
    length: int
    """Bytes it will hold when complete (the sealed object's size)."""
    direct: bool
    cipher: ObjectCipher | None = None
    sealed: int = 0
    """Chunks handed to the writers so far."""
    held: int = 0
    """Plaintext bytes read but not yet sealed, at the start of the lane's plaintext buffer."""
    queued: int = 0
    """Plain copies (no cipher): file offset of the next byte handed to the writers."""
    carry: bytes = b""
    """Plain direct copies: the unaligned end of the last buffer, held back until more bytes come."""
    pending: int = 0
    padded: bool = False
    closing: str = ""
    started: int = 0
    """Buffered writes: bytes whose write-back was started."""
    lock: threading.Lock = field(default_factory=threading.Lock)


def open_staged(path: Path, length: int) -> StagedFile:
    """Create a private staging file (never following links), O_DIRECT and reserved where allowed."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
    fd = os.open(path, flags, 0o600)
    try:
        direct = False
        if DIRECT_IO and hasattr(os, "O_DIRECT"):
            try:
                fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_DIRECT)
                direct = True
            except OSError as exc:
                if exc.errno != errno.EINVAL:
                    raise
        if direct:
            reserve(fd, length)
    except BaseException:
        os.close(fd)
        raise
    return StagedFile(path, fd, length, direct)


def _buffers(size: int, count: int) -> tuple[mmap.mmap, memoryview, list[memoryview]]:
    """`count` buffers of `size` bytes in one anonymous mapping, each starting on a huge-page boundary.

    Transparent huge pages are asked for: a buffer is then a few physically contiguous
    pieces, so one direct write goes to the disk as a few large requests, not hundreds of
    pages (a virtual disk takes at most a few hundred pieces per request). Without them
    the buffers are still page-aligned, which is all O_DIRECT needs.
    """
    memory = mmap.mmap(-1, count * size + HUGE_PAGE, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
    with contextlib.suppress(AttributeError, OSError):
        memory.madvise(mmap.MADV_HUGEPAGE)
    whole = memoryview(memory)
    skip = -ctypes.addressof(ctypes.c_char.from_buffer(whole)) % HUGE_PAGE
    return memory, whole, [whole[skip + i * size : skip + (i + 1) * size] for i in range(count)]


@dataclass(frozen=True)
class _Job:
    staged: StagedFile
    index: int
    offset: int
    length: int


class Lane:
    """A plaintext buffer, aligned ciphertext buffers and writer threads for one import worker.

    The worker reads after the `held` bytes of `plain` (a chunk not yet whole), hashes,
    then calls `seal()`, which encrypts every whole chunk but the file's last into a free
    buffer, hands it to a writer and moves what is left to the front of `plain`. After the
    file's last byte, `finish()` seals its last chunk; `close()` lets the writers end the
    file (truncate it to its length, start its write-back, close it) once its writes are
    done. The first write failure is kept in `error`; `take()` raises it, so the worker
    stops at its next buffer. A staged file opened without a cipher (`open_staged`) is a
    plain copy, byte for byte: `prefill()`, `write()`, `give()` (the backup's copier).
    """

    def __init__(
        self, buffer_size: int = BUFFER_SIZE, buffers: int = BUFFERS_PER_LANE, writers: int = WRITERS_PER_LANE
    ) -> None:
        self._memory, self._whole, self.views = _buffers(buffer_size, buffers)
        self._plain_memory = bytearray(buffer_size // CHUNK_STORED * CHUNK_PLAIN or CHUNK_PLAIN)
        self.plain = memoryview(self._plain_memory)
        self._free: queue.SimpleQueue[int] = queue.SimpleQueue()
        for index in range(buffers):
            self._free.put(index)
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._busy = 0
        self._idle = threading.Condition()
        self.error: OSError | None = None
        self._threads = [
            threading.Thread(target=self._run, name=f"airlock-import-writer-{n}", daemon=True)
            for n in range(max(1, writers))
        ]
        for thread in self._threads:
            thread.start()

    # -- the worker's side --------------------------------------------------------------------

    def take(self) -> int:
        """A free ciphertext buffer's index; raises the writers' failure, if any."""
        index = self._free.get()
        if self.error is not None:
            self._free.put(index)
            raise self.error
        return index

    # Plain copies, byte for byte (the backup copier): `take()` a buffer, `prefill()` the bytes
    # held back, read after them, then `write()` it or `give()` it back; `finish()`, `close()`.

    def give(self, index: int) -> None:
        """Return a buffer that was not handed to a writer."""
        self._free.put(index)

    @staticmethod
    def prefill(staged: StagedFile | None, view: memoryview) -> int:
        """Copy the bytes a plain copy holds back to the start of `view`; their count (read after them)."""
        if staged is None or not staged.carry:
            return 0
        held = len(staged.carry)
        view[:held] = staged.carry
        return held

    def write(self, staged: StagedFile, index: int, length: int) -> None:
        """Append buffer `index`'s first `length` bytes (held-back bytes first) to the plain copy `staged`.

        The buffer comes back once written. For direct writes an unaligned end is copied
        aside and written with the next bytes.
        """
        staged.carry = b""
        if staged.direct:
            whole = length - length % ALIGN
            staged.carry = bytes(self.views[index][whole:length])
            length = whole
        if length == 0:
            self._free.put(index)
            return
        self._submit(_Job(staged, index, staged.queued, length))
        staged.queued += length

    def _finish_plain(self, staged: StagedFile) -> None:
        if not staged.carry:
            return
        index = self.take()
        view = self.views[index]
        held = self.prefill(staged, view)
        padded = -(-held // ALIGN) * ALIGN
        view[held:padded] = bytes(padded - held)
        staged.carry = b""
        staged.padded = True
        self._submit(_Job(staged, index, staged.queued, padded))
        staged.queued += held

    # Sealed objects (the import).

    def open(self, path: Path, cipher: ObjectCipher) -> StagedFile:
        """Create the staging file of one object and queue its header."""
        staged = open_staged(path, stored_size(cipher.header.length))
        staged.cipher = cipher
        index = self.take()
        view = self.views[index]
        view[:HEADER_SIZE] = cipher.header.block()
        self._submit(_Job(staged, index, 0, HEADER_SIZE))
        return staged

    def seal(self, staged: StagedFile, available: int) -> None:
        """Encrypt and queue the whole chunks among the first `available` bytes of `plain`.

        The file's last chunk is never among them (`finish()` seals it); what is left moves
        to the front of `plain` and becomes `staged.held`.
        """
        cipher = cast("ObjectCipher", staged.cipher)
        count = min(available // CHUNK_PLAIN, cipher.chunks - 1 - staged.sealed)
        if count > 0:
            self._seal_chunks(staged, count, 0)
        rest = available - max(count, 0) * CHUNK_PLAIN
        if rest and count > 0:
            self.plain[:rest] = self.plain[count * CHUNK_PLAIN : available]
        staged.held = rest

    def finish(self, staged: StagedFile) -> None:
        """Every byte of the file was read: seal its last chunk (held in `plain`), padded to a block.

        A plain copy (no cipher): write what is held back, padded to a block.
        """
        if staged.cipher is None:
            self._finish_plain(staged)
            return
        cipher = staged.cipher
        if staged.sealed != cipher.chunks - 1 or staged.held != cipher.plain_length(staged.sealed):
            msg = f"{staged.path.name}: {staged.held} bytes held at chunk {staged.sealed} of {cipher.chunks}"
            raise ValueError(msg)
        written = self._seal_chunks(staged, 1, 1)
        staged.held = 0
        staged.padded = written % ALIGN != 0

    def _seal_chunks(self, staged: StagedFile, count: int, last: int) -> int:
        """Seal `count` chunks from the start of `plain` into one buffer and queue it; bytes queued."""
        cipher = cast("ObjectCipher", staged.cipher)
        index = self.take()
        view = self.views[index]
        written = 0
        for n in range(count):
            chunk = staged.sealed + n
            plain = self.plain[n * CHUNK_PLAIN : n * CHUNK_PLAIN + cipher.plain_length(chunk)]
            written = n * CHUNK_STORED + cipher.seal(chunk, plain, view[n * CHUNK_STORED : (n + 1) * CHUNK_STORED])
        length = written
        if last and written % ALIGN:
            length = -(-written // ALIGN) * ALIGN
            view[written:length] = bytes(length - written)
        self._submit(_Job(staged, index, chunk_offset(staged.sealed), length))
        staged.sealed += count
        return written

    def close(self, staged: StagedFile, *, complete: bool) -> None:
        """End `staged` once its writes are done: truncate, start write-back (when complete), close."""
        with staged.lock:
            staged.closing = "close" if complete else "abandon"
            last = staged.pending == 0
        if last:
            self._end(staged)

    def drain(self) -> None:
        """Wait until every write handed over so far, and every file closed, is done."""
        with self._idle:
            self._idle.wait_for(lambda: self._busy == 0)

    def stop(self) -> None:
        """Finish pending work, end the writer threads and release the buffers."""
        for _ in self._threads:
            self._jobs.put(None)
        for thread in self._threads:
            thread.join()
        for view in self.views:
            view.release()
        self.views.clear()
        self._whole.release()
        self.plain.release()
        with contextlib.suppress(BufferError):  # a slice still alive: garbage collection frees it
            self._memory.close()

    def _submit(self, job: _Job) -> None:
        with job.staged.lock:
            job.staged.pending += 1
        with self._idle:
            self._busy += 1
        self._jobs.put(job)

    # -- the writers' side --------------------------------------------------------------------

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            try:
                if self.error is None:
                    self._write(job.staged, self.views[job.index][: job.length], job.offset)
            except OSError as exc:
                self.error = self.error or exc
            except Exception as exc:  # noqa: BLE001 - the worker must hear of any failure, or it waits forever
                self.error = self.error or OSError(errno.EIO, f"staging write failed: {exc}")
            finally:
                self._free.put(job.index)
                with job.staged.lock:
                    job.staged.pending -= 1
                    last = job.staged.pending == 0 and job.staged.closing != ""
                if last:
                    self._end(job.staged)
                with self._idle:
                    self._busy -= 1
                    if self._busy == 0:
                        self._idle.notify_all()

    def _write(self, staged: StagedFile, view: memoryview, offset: int) -> None:
        while view:
            try:
                written = os.pwrite(staged.fd, view, offset)
            except OSError as exc:
                if not (staged.direct and exc.errno == errno.EINVAL):
                    raise
                # The file system takes O_DIRECT at open but not these writes: go on buffered.
                fcntl.fcntl(staged.fd, fcntl.F_SETFL, fcntl.fcntl(staged.fd, fcntl.F_GETFL) & ~os.O_DIRECT)
                staged.direct = False
                continue
            view = view[written:]
            offset += written
        window = WRITEBACK_WINDOW
        if not staged.direct and window is not None and offset - staged.started >= window:
            start, staged.started = staged.started, offset
            start_writeback(staged.fd, start, offset - start)

    def _end(self, staged: StagedFile) -> None:
        try:
            if staged.closing == "close" and self.error is None:
                if staged.padded:
                    os.ftruncate(staged.fd, staged.length)
                if not staged.direct:
                    start_writeback(staged.fd, 0, 0)
        except OSError as exc:
            self.error = self.error or exc
        finally:
            os.close(staged.fd)

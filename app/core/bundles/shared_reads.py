"""Store objects decrypted once while they stream to several nodes at the same time.

A deployment sends the same objects to every node, each over its own ssh process.
`SharedChunks` keeps the most recently decrypted chunks (a bounded window, least recently
used first out): the first node to need a chunk reads and decrypts it, the others take the
same plaintext bytes. Nodes that stream an object together are kept together: a reader
waits before it runs more than `LEAD_CHUNKS` ahead of another reader that is still within
the window behind it, so the chunks the slower one needs are still there. That costs the
deployment no time (it ends with its slowest node anyway) and saves decrypting each chunk
once per node. A reader further behind than the window (a node resuming elsewhere, a
stalled link) is not waited for; it decrypts for itself. Plaintext exists only in these
buffers, never in a file.

The buffers are `pipe_lending.PageBuffer`s, so a sender may lend a chunk's pages to its pipe
instead of copying them (`ObjectSource.lent_pieces`): such a chunk stays pinned, and its
buffer is not filled again, until the sender releases it, once its pipe has been read past it.
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from typing import Final

from app.core.bundles.objects import CHUNK_PLAIN, CHUNK_STORED, StoredObject
from app.core.pipe_lending import HUGE_PAGE, Lent, PageBuffer

WINDOW_CHUNKS: Final = 48
"""Decrypted chunks kept (about 48 MiB), more while every one of them is being sent."""
LEAD_CHUNKS: Final = 16
"""How far a reader may run ahead of a slower one it shares chunks with."""
_PER_MAPPING: Final = HUGE_PAGE // CHUNK_STORED
"""Chunk buffers made at once, side by side: two 1 MiB chunks fill one huge page."""


@dataclass
class _Chunk:
    buffer: PageBuffer
    size: int = 0
    pins: int = 1
    error: BaseException | None = None
    ready: threading.Event = field(default_factory=threading.Event)


class SharedChunks:
    """Decrypted chunks of store objects, shared by the threads sending them; close it when done."""

    def __init__(self, opener: Callable[[str], StoredObject], window: int = WINDOW_CHUNKS,
                 lead: int = LEAD_CHUNKS) -> None:
        self._opener = opener
        self._window = window
        self._lead = min(lead, window)
        self._lock = threading.Lock()
        self._moved = threading.Condition(self._lock)
        self._readers: dict[str, dict[int, int]] = {}  # object -> reader -> the chunk it reads
        self._next_reader = 0
        self._objects: dict[str, StoredObject] = {}
        self._chunks: OrderedDict[tuple[str, int], _Chunk] = OrderedDict()
        self._spare: list[PageBuffer] = []
        self._local = threading.local()
        self.decrypted = 0
        """Chunks decrypted (each at least once); with `served`, how much the sharing saved."""
        self.served = 0

    def source(self, sha256: str) -> ObjectSource:
        """The plaintext of one object, for `transfer.FileToSend.source`."""
        return ObjectSource(self, sha256)

    def _object(self, sha256: str) -> StoredObject:
        with self._lock:
            opened = self._objects.get(sha256)
            if opened is None:
                opened = self._opener(sha256)
                self._objects[sha256] = opened
            return opened

    def join(self, sha256: str, index: int) -> int:
        """A new reader of an object, starting at chunk `index`; `leave` when it stops."""
        with self._lock:
            self._next_reader += 1
            self._readers.setdefault(sha256, {})[self._next_reader] = index
            return self._next_reader

    def leave(self, sha256: str, reader: int) -> None:
        """A reader stopped; the object's file is closed when it was the last.

        A bundle may hold thousands of files: only those being sent stay open.
        """
        with self._lock:
            readers = self._readers.get(sha256, {})
            readers.pop(reader, None)
            if not readers:
                self._readers.pop(sha256, None)
                opened = self._objects.pop(sha256, None)
                if opened is not None:
                    opened.close()
            self._moved.notify_all()

    def _wait_for_slower(self, sha256: str, index: int, reader: int) -> None:
        """Hold back a reader that is `lead` chunks ahead of another still inside the window (lock held)."""
        readers = self._readers.get(sha256, {})
        readers[reader] = index
        self._moved.notify_all()
        while any(index - self._window < at < index - self._lead for at in readers.values()):
            self._moved.wait(timeout=5.0)

    def pin(self, sha256: str, index: int, reader: int | None = None) -> _Chunk:
        """Chunk `index` of an object, decrypted (here or by another thread); `unpin` it after use."""
        key = (sha256, index)
        with self._lock:
            if reader is not None:
                self._wait_for_slower(sha256, index, reader)
            chunk = self._chunks.get(key)
            loading = chunk is None
            if chunk is None:
                if not self._spare:
                    self._spare = PageBuffer.several(CHUNK_PLAIN, _PER_MAPPING)
                chunk = _Chunk(self._spare.pop())
                self._chunks[key] = chunk
                self._evict()
            else:
                chunk.pins += 1
                self._chunks.move_to_end(key)
            self.served += 1
        if loading:
            self._load(sha256, index, chunk)
        else:
            chunk.ready.wait()
        if chunk.error is not None:
            self.unpin(sha256, index, chunk)
            raise chunk.error
        return chunk

    def _load(self, sha256: str, index: int, chunk: _Chunk) -> None:
        try:
            scratch = getattr(self._local, "scratch", None)
            if scratch is None:
                scratch = self._local.scratch = PageBuffer(CHUNK_STORED).view  # page-aligned: read with O_DIRECT
            chunk.size = self._object(sha256).read_chunk(index, chunk.buffer.view, scratch, direct=True)
            with self._lock:
                self.decrypted += 1
        except BaseException as exc:  # noqa: BLE001 - handed to every thread waiting for this chunk
            chunk.error = exc
            with self._lock:
                if self._chunks.get((sha256, index)) is chunk:
                    del self._chunks[sha256, index]
        finally:
            chunk.ready.set()

    def unpin(self, sha256: str, index: int, chunk: _Chunk) -> None:
        with self._lock:
            chunk.pins -= 1
            if chunk.error is not None or self._chunks.get((sha256, index)) is not chunk:
                if chunk.pins == 0 and chunk.error is None:
                    self._spare.append(chunk.buffer)
                return
            self._evict()

    def _evict(self) -> None:
        """Drop the least recently used chunks that nobody holds, down to the window (lock held)."""
        excess = len(self._chunks) - self._window
        for key in list(self._chunks):
            if excess <= 0:
                break
            chunk = self._chunks[key]
            if chunk.pins == 0 and chunk.ready.is_set():
                del self._chunks[key]
                self._spare.append(chunk.buffer)
                excess -= 1
        # Spare buffers are kept until `close`: no more than were ever in use at once (the window,
        # and chunks still in pipes), and a new buffer costs the kernel its zeroing.

    def close(self) -> None:
        with self._lock:
            for opened in self._objects.values():
                opened.close()
            self._objects.clear()
            self._chunks.clear()
            self._spare.clear()

    def __enter__(self) -> SharedChunks:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


@dataclass(frozen=True)
class ObjectSource:
    """One object's plaintext as consecutive pieces, read through a `SharedChunks`."""

    chunks: SharedChunks
    sha256: str

    def pieces(self, offset: int) -> Generator[memoryview, None, None]:
        """The plaintext from `offset` to the end, one chunk (or its rest) at a time.

        A piece is valid until the next one is asked for; close the iterator when stopping early.
        """
        lent = self.lent_pieces(offset)
        try:
            for piece in lent:
                try:
                    yield piece.view
                finally:
                    piece.release()
        finally:
            lent.close()

    def lent_pieces(self, offset: int) -> Generator[Lent, None, None]:
        """As `pieces`, but each piece stays valid, and its chunk pinned, until it is released.

        Release every piece taken, even after closing the iterator early. The bytes are those
        of a `PageBuffer`, so they may be lent to a pipe (`pipe_lending.lend`) until released.
        """
        index, skip = divmod(offset, CHUNK_PLAIN)
        reader = self.chunks.join(self.sha256, index)
        try:
            length = self.chunks._object(self.sha256).length  # noqa: SLF001 - one module's two halves
            while index * CHUNK_PLAIN + skip < length:
                chunk = self.chunks.pin(self.sha256, index, reader)
                yield Lent(chunk.buffer.view[skip : chunk.size], chunk.buffer.address + skip,
                           functools.partial(self.chunks.unpin, self.sha256, index, chunk))
                index, skip = index + 1, 0
        finally:
            self.chunks.leave(self.sha256, reader)

"""Atomic, private writes: the one way Airlock puts a file on disk.

A file is created with its final mode before the first byte is written, written to a
temporary name in the same directory, fsynced, renamed over the target with `os.replace`,
and the directory is fsynced so the rename itself survives a power cut.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO


def private_dir(path: Path, mode: int = 0o700) -> Path:
    """Create `path` (and missing parents) with `mode`; tighten it if it already exists."""
    path.mkdir(mode=mode, parents=True, exist_ok=True)
    os.chmod(path, mode)
    return path


def fsync_dir(path: Path) -> None:
    """Flush a directory entry table so a rename or unlink inside it is durable."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(path: Path, mode: int = 0o600) -> Iterator[BinaryIO]:
    """Yield a binary file; on a clean exit it atomically becomes `path` with `mode`.

    On an exception the temporary file is removed and `path` is untouched.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}-{os.urandom(4).hex()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, mode)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb", buffering=1024 * 1024) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write `data` to `path` atomically and durably, with `mode` set before the first byte."""
    with atomic_writer(path, mode) as handle:
        handle.write(data)


def remove_stale_temporaries(directory: Path) -> int:
    """Delete temporaries left by an interrupted `atomic_writer`; return how many."""
    removed = 0
    for leftover in directory.glob(".*.tmp-*"):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
            removed += 1
    return removed


class HashingWriter(io.RawIOBase):
    """A writable stream that hashes every byte it passes on to `handle` (a text wrapper may sit on it)."""

    def __init__(self, handle: BinaryIO, digest: Any) -> None:
        super().__init__()
        self._handle, self._digest = handle, digest

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        self._digest.update(chunk)
        self._handle.write(chunk)
        return len(chunk)

"""Bytes lent to a pipe rather than copied into it (Linux `vmsplice(2)`): the transfer's fan-out.

A deployment sends each decrypted chunk of the content store to several nodes, each through
the pipe into its own ssh client. `os.write` copies the chunk into every one of those pipes;
`vmsplice` puts references to the chunk's pages into the pipe instead, and ssh copies from
those pages when it reads, as it copies from the page cache when a plain file is sent with
`sendfile`. The chunk is then copied once per node (by ssh) instead of twice.

The price is a rule: lent pages must not change until the pipe's reader has read them.
- The writer keeps every lent piece (`Lent`) until the pipe's unread bytes (FIONREAD on its
  write end) show that the reader has read past it, or until the pipe is gone; only then is
  the chunk's buffer free to be filled again (`_NodeStream.settle` in transfer.py).
- Buffers that may be lent are anonymous mappings of their own (`PageBuffer`), never memory of
  the Python heap: a buffer dropped while a pipe still refers to its pages is unmapped, and
  the kernel keeps those pages for the pipe alone, so no other data of the appliance can
  ever take their place and travel to a node. They are also left out of core dumps and of
  forked children.

Where `vmsplice` is missing or refused (another kernel, a seccomp filter), `lend` says so
once and the sender writes instead.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import mmap
import os
import struct
import termios
from collections.abc import Callable
from typing import Final

_COUNT: Final = struct.Struct("i")
_REFUSED: Final = frozenset({errno.ENOSYS, errno.EPERM, errno.EINVAL, errno.EOPNOTSUPP})


class _Iovec(ctypes.Structure):
    _fields_ = (("base", ctypes.c_void_p), ("length", ctypes.c_size_t))


def _vmsplice() -> ctypes._CFuncPtr | None:  # type: ignore[name-defined]
    try:
        function = ctypes.CDLL(None, use_errno=True).vmsplice
    except (OSError, AttributeError):
        return None
    function.argtypes = (ctypes.c_int, ctypes.POINTER(_Iovec), ctypes.c_ulong, ctypes.c_uint)
    function.restype = ctypes.c_ssize_t
    return function


_VMSPLICE = _vmsplice()


class _State:
    available = _VMSPLICE is not None
    """Cleared for good by the first refusal (ENOSYS, EPERM, EINVAL): from then on, senders write."""


def available() -> bool:
    """Whether pieces may be lent (otherwise they are written)."""
    return _State.available


HUGE_PAGE: Final = 2 * 1024 * 1024
"""The size of a transparent huge page (x86-64, ARM64 with 4 KiB pages)."""


def _mapping(length: int) -> tuple[mmap.mmap, int]:
    """A private anonymous mapping: out of core dumps and forked children, huge pages where the kernel allows."""
    mapping = mmap.mmap(-1, length, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
    for advice in ("MADV_DONTDUMP", "MADV_DONTFORK", "MADV_HUGEPAGE"):
        if hasattr(mmap, advice):
            with contextlib.suppress(OSError):  # a kernel without transparent huge pages refuses the last
                mapping.madvise(getattr(mmap, advice))
    anchor = ctypes.c_char.from_buffer(mapping)
    address = ctypes.addressof(anchor)
    del anchor  # only the address is kept; the mapping stays as long as a view of it does
    return mapping, address


class PageBuffer:
    """A buffer in an anonymous mapping of Airlock's own, which may be lent to pipes (see the module's note)."""

    def __init__(self, size: int) -> None:
        mapping, address = _mapping(size)
        self._take(mapping, address, 0, size)

    @classmethod
    def several(cls, size: int, count: int) -> list[PageBuffer]:
        """`count` buffers of `size` bytes side by side in one mapping.

        Two 1 MiB buffers fill one huge page: the kernel pins and releases it as one when it
        is lent (vmsplice), and ssh reads it through one TLB entry. Each buffer keeps the
        mapping alive; it is unmapped when the last of them is gone.
        """
        slot = -(-size // mmap.PAGESIZE) * mmap.PAGESIZE
        padding = HUGE_PAGE if slot * count >= HUGE_PAGE else 0  # room to start on a huge-page boundary
        mapping, address = _mapping(slot * count + padding)
        skip = -address % HUGE_PAGE if padding else 0
        buffers = []
        for number in range(count):
            buffer = cls.__new__(cls)
            buffer._take(mapping, address, skip + number * slot, size)  # noqa: SLF001 - its own class
            buffers.append(buffer)
        return buffers

    def _take(self, mapping: mmap.mmap, address: int, offset: int, size: int) -> None:
        self._map = mapping
        self.view = memoryview(mapping)[offset : offset + size]
        self.address = address + offset


class Lent:
    """A piece lent (or to be lent) to a pipe: its bytes, where they are, and who takes it back.

    `release` must be called once, when no pipe can still read the piece; a piece that was
    never lent (written instead) may be released at once.
    """

    __slots__ = ("_release", "address", "view")

    def __init__(self, view: memoryview, address: int, release: Callable[[], None] | None) -> None:
        self.view = view
        self.address = address
        self._release = release

    def release(self) -> None:
        release, self._release = self._release, None
        if release is not None:
            release()


def lend(fd: int, address: int, length: int) -> int | None:
    """Lend up to `length` bytes at `address` to the pipe `fd`; how many were lent.

    Blocks while the pipe is full. None: lending is refused here (nothing was lent; write
    the bytes instead). Raises OSError as `os.write` would (BrokenPipeError once the reader
    has gone).
    """
    if _VMSPLICE is None or not _State.available:
        return None
    vector = _Iovec(address, length)
    while True:
        count = int(_VMSPLICE(fd, ctypes.byref(vector), 1, 0))
        if count >= 0:
            return count
        code = ctypes.get_errno()
        if code == errno.EINTR:
            continue
        if code in _REFUSED:
            _State.available = False
            return None
        raise OSError(code, os.strerror(code))


def unread(fd: int) -> int:
    """The bytes in the pipe `fd` (either end) that its reader has not read yet."""
    return int(_COUNT.unpack(fcntl.ioctl(fd, termios.FIONREAD, bytes(_COUNT.size)))[0])

"""Content-store objects encrypted at rest: the format, and reading one back as plaintext.

An object holds one payload file. It is still named by the SHA-256 of its plaintext (the
hash the signed manifest states), and on disk it is::

    header     HEADER_SIZE bytes: MAGIC, format, algorithm, store key id, chunk size,
               plaintext length, a random salt, the plaintext SHA-256; zeros to the end
    chunk 0    CHUNK_PLAIN bytes of ciphertext, then its 16-byte GCM tag (CHUNK_STORED in all)
    ...
    chunk n-1  the rest of the plaintext (an empty file has one empty chunk), then its tag

Every object has a key of its own: HKDF-SHA256 of a store key (sealed in the vault; the
header names which) with the object's salt, fresh for every write, and its SHA-256. Chunk
i is AES-256-GCM under that key with the nonce (i, last-chunk flag) and the header as
associated data. So a chunk cannot move to another place (its index is in the nonce),
come from another object (another key), or be dropped from the end (the flag marks the
last chunk, and the length in the header, which every chunk authenticates, fixes their
number), and no header field can change unnoticed. A reader returns no byte of a chunk
before its tag verified. Nonces never repeat under one key: each key encrypts one object
once, each chunk under its own index.

The header is one block and every stored chunk a whole number of blocks, so an import
writes chunks at aligned offsets (O_DIRECT, see lane.py) and only the last write of a
file is padded.
"""

from __future__ import annotations

import errno
import hashlib
import os
import secrets
import stat
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.core.errors import OperationFailed
from app.core.messages import Message, say

MAGIC: Final = b"AIRLOCK-OBJECT\n\x00"
FORMAT: Final = 1
ALGORITHM: Final = 1
"""AES-256-GCM, a key per object from HKDF-SHA256."""
HEADER_SIZE: Final = 4096
TAG: Final = 16
CHUNK_STORED: Final = 1 << 20
CHUNK_PLAIN: Final = CHUNK_STORED - TAG
READ_AHEAD_CHUNKS: Final = 8
"""Chunks asked of the disk ahead of a reader (POSIX_FADV_WILLNEED). Imports write objects with
O_DIRECT, so a first deploy reads them from disk: without this, each chunk's read waits for
the disk while its nodes' pipes run dry (bench_deploy --cold)."""
READ_AHEAD_STEP: Final = 4
"""Every this many chunks, the read-ahead is asked again."""
DIRECT_READS = True
"""Read chunks with O_DIRECT where the caller's scratch allows it and the file system takes it
(`StoredObject.read_chunk(direct=True)`): the disk writes the ciphertext straight into the
scratch, with no copy out of the page cache and no page cache to fill (a deployment reads
each object once; bench_deploy)."""
_BLOCK: Final = 4096
"""Alignment of O_DIRECT reads: offsets, lengths and buffers (a page; at or above any usual logical block)."""
KEY_BYTES: Final = 32
SALT_BYTES: Final = 32
_FIELDS: Final = struct.Struct(">16sBBHIIQ32s32s")
_NONCE: Final = struct.Struct(">QB3x")
_KDF_INFO: Final = b"airlock store object v1|"
_CHECK_HINT: Final = say("Run `airlock bundle check-store`; import the bundle again to replace the object.")

KeyLookup = Callable[[int], bytes]
"""The store key with this id, from the vault; raises `StoreKeyMissing` when the vault holds none."""


class ObjectDamaged(OperationFailed):
    """A stored object is not what was written: altered, truncated, swapped or unreadable."""

    reason = "object-damaged"


class StoreKeyMissing(ObjectDamaged):
    """An object is encrypted under a store key this vault does not hold (destroyed, or another vault's)."""

    reason = "store-key-missing"


def key_missing(key_id: int) -> StoreKeyMissing:
    """The error for an object sealed under a store key the vault does not hold."""
    return StoreKeyMissing(
        say("The content store key {key} is not in this vault (destroyed, or another vault's).", key=key_id),
        say("Restore the data directory and its vault together from one backup, or import the bundle again."),
    )


@dataclass(frozen=True)
class StoreKey:
    """One store key (a row of the vault's store_keys) and its id, as objects' headers name it."""

    key_id: int
    secret: bytes = field(repr=False)

    def lookup(self, key_id: int) -> bytes:
        """A `KeyLookup` that knows only this key."""
        if key_id != self.key_id:
            raise key_missing(key_id)
        return self.secret


def chunk_count(length: int) -> int:
    """Chunks of an object whose plaintext is `length` bytes (at least one)."""
    return max(1, -(-length // CHUNK_PLAIN))


def stored_size(length: int) -> int:
    """Bytes on disk of an object whose plaintext is `length` bytes."""
    return HEADER_SIZE + length + TAG * chunk_count(length)


def chunk_offset(index: int) -> int:
    """Where stored chunk `index` starts in the object file."""
    return HEADER_SIZE + index * CHUNK_STORED


def _object_key(store_key: bytes, salt: bytes, sha256: str) -> bytes:
    info = _KDF_INFO + bytes.fromhex(sha256)
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(store_key)


def _damaged(said: Message) -> ObjectDamaged:
    return ObjectDamaged(said, _CHECK_HINT)


@dataclass(frozen=True)
class ObjectHeader:
    """What an object's header says; `raw` is its meaningful prefix, authenticated by every chunk."""

    key_id: int
    length: int
    salt: bytes
    sha256: str
    raw: bytes

    @classmethod
    def new(cls, key_id: int, sha256: str, length: int) -> ObjectHeader:
        salt = secrets.token_bytes(SALT_BYTES)
        raw = _FIELDS.pack(MAGIC, FORMAT, ALGORITHM, 0, key_id, CHUNK_PLAIN, length, salt, bytes.fromhex(sha256))
        return cls(key_id, length, salt, sha256, raw)

    @classmethod
    def parse(cls, block: bytes, sha256: str) -> ObjectHeader:
        """Read a header block; refuse anything but this format, for this object."""
        if len(block) < HEADER_SIZE or not block.startswith(MAGIC):
            raise ObjectDamaged(
                say("Stored object {object} is not encrypted (it has no header).", object=sha256),
                say("After an upgrade, let the content store's encryption finish (`airlock store reseal`);"
                    " otherwise run `airlock bundle check-store`."),
            )
        magic, version, algorithm, _reserved, key_id, chunk, length, salt, digest = _FIELDS.unpack_from(block)
        if (magic, version, algorithm, chunk) != (MAGIC, FORMAT, ALGORITHM, CHUNK_PLAIN):
            raise _damaged(say("Stored object {object} has a header this version does not read.", object=sha256))
        if digest.hex() != sha256:
            raise _damaged(say("Stored object {object} has the header of another object.", object=sha256))
        if any(block[_FIELDS.size : HEADER_SIZE]):
            raise _damaged(say("Stored object {object} has a damaged header.", object=sha256))
        return cls(key_id, length, salt, sha256, block[: _FIELDS.size])

    def block(self) -> bytes:
        """The whole header block as written to disk."""
        return self.raw + bytes(HEADER_SIZE - len(self.raw))


class ObjectCipher:
    """The AEAD of one object: seals and opens its chunks (see the module's note)."""

    def __init__(self, header: ObjectHeader, store_key: bytes) -> None:
        self.header = header
        self.chunks = chunk_count(header.length)
        self._aead = AESGCM(_object_key(store_key, header.salt, header.sha256))

    def plain_length(self, index: int) -> int:
        """Plaintext bytes in chunk `index`."""
        return min(CHUNK_PLAIN, self.header.length - index * CHUNK_PLAIN)

    def _nonce(self, index: int) -> bytes:
        return _NONCE.pack(index, index == self.chunks - 1)

    def seal(self, index: int, plain: memoryview, out: memoryview) -> int:
        """Encrypt chunk `index` (exactly its plaintext) into `out`; the bytes written (with the tag)."""
        if not 0 <= index < self.chunks or len(plain) != self.plain_length(index):
            msg = f"chunk {index} of {self.header.sha256[:16]} cannot hold {len(plain)} bytes"
            raise ValueError(msg)
        size = len(plain) + TAG
        self._aead.encrypt_into(self._nonce(index), plain, self.header.raw, out[:size])
        return size

    def open(self, index: int, stored: memoryview, out: memoryview) -> int:
        """Decrypt and authenticate stored chunk `index` into `out`; the plaintext bytes, or raise."""
        size = self.plain_length(index)
        if len(stored) != size + TAG:
            raise _damaged(say("Stored object {object} is cut short.", object=self.header.sha256))
        try:
            self._aead.decrypt_into(self._nonce(index), stored, self.header.raw, out[:size])
        except InvalidTag:
            raise _damaged(say("Chunk {index} of stored object {object} does not authenticate"
                               " (altered, moved or from another object).", index=index,
                               object=self.header.sha256)) from None
        return size


class StoredObject:
    """One object opened for reading its plaintext, each chunk authenticated before it is returned.

    Not thread-safe as a stream (`readinto`, `seek`); `read_chunk` with a scratch buffer of
    the caller's may be used from several threads at once. Close it, or use it as a context
    manager.
    """

    def __init__(self, path: Path, sha256: str, keys: KeyLookup) -> None:
        self.sha256 = sha256
        try:
            self._fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
        except FileNotFoundError:
            raise ObjectDamaged(say("Stored object {object} is missing.", object=sha256), _CHECK_HINT) from None
        try:
            info = os.fstat(self._fd)
            if not stat.S_ISREG(info.st_mode):
                raise _damaged(say("Stored object {object} is not a regular file.", object=sha256))
            header = ObjectHeader.parse(os.pread(self._fd, HEADER_SIZE, 0), sha256)
            if info.st_size != stored_size(header.length):
                raise _damaged(say("Stored object {object} has {size} bytes, not the length its header gives"
                                   " (truncated or extended).", size=info.st_size, object=sha256))
            self.cipher = ObjectCipher(header, keys(header.key_id))
        except BaseException:
            os.close(self._fd)
            raise
        self.length = header.length
        self.key_id = header.key_id
        self._position = 0
        self._buffers: tuple[memoryview, memoryview] | None = None  # for readinto, made at its first call
        self._held: tuple[int, int] = (-1, 0)  # (index, plaintext bytes) of the chunk in the plaintext buffer
        self._direct_fd: int | None = None  # opened at the first direct read; -1: O_DIRECT refused here
        self._direct_lock = threading.Lock()

    def read_chunk(self, index: int, out: memoryview, scratch: memoryview, direct: bool = False) -> int:
        """Plaintext of chunk `index` into `out` (CHUNK_PLAIN bytes fit); `scratch` holds CHUNK_STORED.

        `direct`: `scratch` starts on a page boundary (a `pipe_lending.PageBuffer`), so the
        chunk may be read with O_DIRECT (see DIRECT_READS).
        """
        size = self.cipher.plain_length(index) + TAG
        view = scratch[:size]
        got = self._read_direct(index, scratch, size) if direct and DIRECT_READS else None
        if got is None:
            if index % READ_AHEAD_STEP == 0:  # the chunks after this one, read from disk while this one is used
                os.posix_fadvise(self._fd, chunk_offset(index + 1), READ_AHEAD_CHUNKS * CHUNK_STORED,
                                 os.POSIX_FADV_WILLNEED)
            got = os.preadv(self._fd, [view], chunk_offset(index))
        if got != size:
            raise _damaged(say("Stored object {object} is cut short.", object=self.sha256))
        return self.cipher.open(index, view, out)

    def _read_direct(self, index: int, scratch: memoryview, size: int) -> int | None:
        """Read a chunk with O_DIRECT (its length rounded up to a block); None where that is refused."""
        with self._direct_lock:
            if self._direct_fd is None:
                try:  # the same open file, reopened: never another file put in its place
                    self._direct_fd = os.open(f"/proc/self/fd/{self._fd}", os.O_RDONLY | os.O_DIRECT | os.O_CLOEXEC)
                except OSError:
                    self._direct_fd = -1
            fd = self._direct_fd
        if fd < 0:
            return None
        length = min(-(-size // _BLOCK) * _BLOCK, len(scratch))
        try:
            return min(os.preadv(fd, [scratch[:length]], chunk_offset(index)), size)
        except OSError as exc:
            if exc.errno != errno.EINVAL:  # the file system, or this buffer, does not take O_DIRECT
                raise
            return None

    def seek(self, offset: int) -> None:
        """Continue sequential reads at plaintext `offset`."""
        if not 0 <= offset <= self.length:
            msg = f"offset {offset} is outside 0..{self.length}"
            raise ValueError(msg)
        self._position = offset

    def readinto(self, buffer: memoryview | bytearray) -> int:
        """Read plaintext into `buffer` from the current position; 0 at the end."""
        view = memoryview(buffer)
        done = 0
        if self._buffers is None:
            self._buffers = (memoryview(bytearray(CHUNK_PLAIN)), memoryview(bytearray(CHUNK_STORED)))
        plain, scratch = self._buffers
        while done < len(view) and self._position < self.length:
            index, skip = divmod(self._position, CHUNK_PLAIN)
            if self._held[0] != index:
                self._held = (index, self.read_chunk(index, plain, scratch))
            piece = min(self._held[1] - skip, len(view) - done)
            view[done : done + piece] = plain[skip : skip + piece]
            done += piece
            self._position += piece
        return done

    def read(self, limit: int | None = None) -> bytes:
        """The plaintext from the current position, at most `limit` bytes."""
        wanted = self.length - self._position if limit is None else min(limit, self.length - self._position)
        out = bytearray(wanted)
        got = self.readinto(out)
        return bytes(out[:got])

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
        if self._direct_fd is not None and self._direct_fd >= 0:
            os.close(self._direct_fd)
        self._direct_fd = None

    def __enter__(self) -> StoredObject:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def verify_object(path: Path, sha256: str, length: int, keys: KeyLookup) -> None:
    """Authenticate every chunk of an object and check its plaintext's length and SHA-256; raise if not."""
    digest = hashlib.sha256()
    with StoredObject(path, sha256, keys) as stored:
        if stored.length != length:
            raise _damaged(say("Stored object {object} has another length than the vault records.",
                               object=sha256))
        plain = memoryview(bytearray(CHUNK_PLAIN))
        scratch = memoryview(bytearray(CHUNK_STORED))
        for index in range(stored.cipher.chunks):
            digest.update(plain[: stored.read_chunk(index, plain, scratch)])
    if digest.hexdigest() != sha256:
        raise _damaged(say("Stored object {object} does not hash to its name.", object=sha256))


def key_id_of(path: Path) -> int | None:
    """The store key id an object's header names, or None when it has no header of this format.

    A quick look (the header only): it proves nothing; readers authenticate.
    """
    try:
        with path.open("rb") as handle:
            block = handle.read(_FIELDS.size)
    except OSError:
        return None
    if len(block) < _FIELDS.size or not block.startswith(MAGIC):
        return None
    return int(_FIELDS.unpack(block)[4])

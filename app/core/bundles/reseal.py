"""Re-sealing the content store: encrypting a store from before encryption at rest, and key rotation.

Both are the same walk over the objects the vault refers to: every object not sealed under
the active store key is read (a plaintext object from an earlier version, hashed as it is
read; or an object under a retiring key, authenticated as it is read), sealed under the
active key into a staging file, synced, and renamed over the old file. One object at a
time, each rename atomic: a crash or a kill at any point leaves every object either as it
was or re-sealed, both readable (the retiring key stays in the vault until no object uses
it), and a staging file that the next start sweeps. Running the walk again resumes it: the
objects' headers say which are done.

An object that cannot be read as what its name says is left alone and reported (except a
plaintext object whose bytes do not hash to its name: it is sealed all the same, so that
no payload byte stays in clear, and reported as damaged; check-store then names it).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Final

from app.core.bundles import store
from app.core.bundles.objects import (
    CHUNK_PLAIN,
    CHUNK_STORED,
    KeyLookup,
    ObjectCipher,
    ObjectDamaged,
    ObjectHeader,
    StoredObject,
    StoreKey,
    key_id_of,
    stored_size,
)
from app.core.fsutil import fsync_dir
from app.core.messages import say
from app.core.progress import Progress, check_cancel

RESEAL_LOCK: Final = ".reseal.lock"
_SEALING: Final = say("Encrypting the content store")  # said for every chunk: made once

PLAINTEXT: Final = "plaintext"
SEALED: Final = "sealed"
UNREADABLE: Final = "unreadable"

DONE: Final = "done"
DONE_DAMAGED: Final = "done, damaged"
LEFT: Final = "left"


@dataclass(frozen=True)
class Pending:
    """One object to re-seal: its name, plaintext length, and how it is stored now."""

    sha256: str
    length: int
    kind: str
    key_id: int | None = None


@dataclass
class ResealReport:
    """What a walk did."""

    sealed: int = 0
    """Objects re-sealed under the active key (from another key)."""
    encrypted: int = 0
    """Objects encrypted that were stored in plaintext."""
    bytes: int = 0
    damaged: list[str] = field(default_factory=list)
    """Objects left as they were (unreadable), or encrypted although their plaintext did not match."""
    skipped: bool = False
    """The walk could not start (`held_by` says why): nothing was done here."""
    held_by: str | None = None
    """When skipped: BACKUP (a backup holds the objects still) or RESEAL (another walk runs)."""

    def to_json(self) -> dict[str, object]:
        return {"sealed": self.sealed, "encrypted": self.encrypted, "bytes": self.bytes,
                "damaged": list(self.damaged), "skipped": self.skipped,
                "held_by": self.held_by}


def classify(data_dir: Path, sha256: str, length: int) -> Pending | None:
    """How an object is stored, judged by its size and header (None: missing)."""
    path = store.object_path(data_dir, sha256)
    try:
        size = path.lstat().st_size
    except FileNotFoundError:
        return None
    key_id = key_id_of(path)
    if key_id is not None and size == stored_size(length):
        return Pending(sha256, length, SEALED, key_id)
    if size == length:
        return Pending(sha256, length, PLAINTEXT)
    return Pending(sha256, length, UNREADABLE, key_id)


def pending(data_dir: Path, referenced: dict[str, int], active: int) -> list[Pending]:
    """The objects not sealed under the active key, largest first."""
    found = [p for sha, length in sorted(referenced.items()) if (p := classify(data_dir, sha, length)) is not None]
    return sorted((p for p in found if not (p.kind == SEALED and p.key_id == active)), key=lambda p: -p.length)


def reseal_lock(data_dir: Path) -> contextlib.AbstractContextManager[bool]:
    """Held by the one process re-sealing the store; yields False (holding nothing) when another is."""
    return store.store_lock(data_dir, exclusive=True, wait=False, name=RESEAL_LOCK)


BACKUP: Final = "backup"
RESEAL: Final = "reseal"


def holder(data_dir: Path) -> str:
    """Who keeps a re-sealing walk from starting, after `reseal_lock` yielded False.

    A backup holds the re-sealing lock shared (`objects_held_still`), another walk holds it
    exclusively: a shared lock taken now can only stand beside a backup's. (A walk that
    ended in between reads as a backup; the work resumes at the next unlock either way.)
    """
    with store.store_lock(data_dir, exclusive=False, wait=False, name=RESEAL_LOCK) as shared:
        return BACKUP if shared else RESEAL


@contextlib.contextmanager
def objects_held_still(data_dir: Path) -> Iterator[None]:
    """Every object file stays the one it is, sealed under the key it is, until this ends (a backup's copy).

    Waits for a re-sealing walk in progress, keeps the next one from starting (it is
    skipped, and resumes at the next unlock), then holds the store lock shared (no object
    is removed, no key destroyed). A backup copies object files byte for byte beside a
    snapshot of the vault taken first: an object re-sealed in between would be copied under
    a key that snapshot does not hold. Always in this order (re-sealing lock, then store lock).
    """
    with store.store_lock(data_dir, exclusive=False, name=RESEAL_LOCK), \
            store.store_lock(data_dir, exclusive=False):
        yield


def _plaintext_pieces(path: Path, length: int) -> Iterator[memoryview]:
    buffer = memoryview(bytearray(CHUNK_PLAIN))
    with path.open("rb", buffering=0) as handle:
        left = length
        while left > 0:
            n = handle.readinto(buffer[: min(CHUNK_PLAIN, left)])
            if not n:
                raise OSError(f"{path.name} ended early")
            yield buffer[:n]
            left -= n
        if handle.read(1):
            raise OSError(f"{path.name} grew while it was read")


def _sealed_pieces(path: Path, sha256: str, keys: KeyLookup) -> Iterator[memoryview]:
    plain = memoryview(bytearray(CHUNK_PLAIN))
    scratch = memoryview(bytearray(CHUNK_STORED))
    with StoredObject(path, sha256, keys) as old:
        for index in range(old.cipher.chunks):
            yield plain[: old.read_chunk(index, plain, scratch)]


def _write_sealed(out: BinaryIO, pieces: Iterator[memoryview], cipher: ObjectCipher, digest: Any,
                  cancel: threading.Event | None, advance: Callable[[int], None]) -> None:
    """Seal plaintext `pieces` (one chunk each) into `out`, after the header."""
    out.write(cipher.header.block())
    sealed = memoryview(bytearray(CHUNK_STORED))
    index = 0
    for piece in pieces:
        check_cancel(cancel, "The operation")
        if digest is not None:
            digest.update(piece)
        out.write(sealed[: cipher.seal(index, piece, sealed)])
        advance(len(piece))
        index += 1
    if index == 0:  # an empty file: its one empty chunk
        out.write(sealed[: cipher.seal(0, memoryview(b""), sealed)])


def reseal_one(data_dir: Path, work: Path, item: Pending, active: StoreKey, keys: KeyLookup,
               cancel: threading.Event | None, advance: Callable[[int], None]) -> str:
    """Re-seal one object under `active`: DONE, DONE_DAMAGED or LEFT as it was (see the module's note).

    The new file is written and synced in `work` (a staging directory of the store), then
    renamed over the object.
    """
    path = store.object_path(data_dir, item.sha256)
    header = ObjectHeader.new(active.key_id, item.sha256, item.length)
    cipher = ObjectCipher(header, active.secret)
    temp = work / item.sha256
    digest = hashlib.sha256() if item.kind == PLAINTEXT else None
    pieces = _plaintext_pieces(path, item.length) if digest is not None else _sealed_pieces(path, item.sha256, keys)
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
        with os.fdopen(fd, "wb", buffering=CHUNK_STORED) as out:
            _write_sealed(out, pieces, cipher, digest, cancel, advance)
            out.flush()
            os.fsync(out.fileno())
    except (ObjectDamaged, OSError):
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        return LEFT
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    os.chmod(temp, 0o400)
    os.replace(temp, path)
    return DONE if digest is None or digest.hexdigest() == item.sha256 else DONE_DAMAGED


def reseal_objects(data_dir: Path, items: list[Pending], active: StoreKey, keys: KeyLookup,
                   progress: Progress, cancel: threading.Event | None, *, lock: bool = True) -> ResealReport:
    """Re-seal `items` under `active`, one object at a time.

    The store lock is held shared, as an import holds it, unless `lock` is False (the
    caller holds it exclusive).
    """
    report = ResealReport()
    total = sum(item.length for item in items)
    done = 0

    def advance(count: int) -> None:
        nonlocal done
        done += count
        progress(done, total, _SEALING)

    progress(0, total, _SEALING)
    with store.Staging(data_dir, lock=lock) as staging:
        for item in items:
            check_cancel(cancel, "The operation")
            if item.kind == UNREADABLE:
                report.damaged.append(item.sha256)
                continue
            before = done
            outcome = reseal_one(data_dir, staging.path, item, active, keys, cancel, advance)
            if outcome != DONE:
                report.damaged.append(item.sha256)
            if outcome != LEFT:
                report.bytes += item.length
                if item.kind == PLAINTEXT:
                    report.encrypted += 1
                else:
                    report.sealed += 1
            done = before + item.length
            progress(done, total, _SEALING)
        for fan_out in {store.object_path(data_dir, item.sha256).parent for item in items}:
            fsync_dir(fan_out)
    return report

"""The content store: objects named by SHA-256 under DATA_DIR/store, staging beside them.

Layout::

    DATA_DIR/store/.lock                 shared by imports, exclusive for sweeps
    DATA_DIR/store/objects/ab/abcd...    one file per distinct content, encrypted (objects.py)
    DATA_DIR/store/.staging-XXXXXXXX/    one import or re-encryption in progress (same file system)

An object is named by the SHA-256 of its plaintext, the hash the signed manifest states;
its bytes on disk are ciphertext under a store key sealed in the vault. `open_object` is
the one way to read a payload back: streaming, every chunk authenticated. Copies of the
store (backups) take the object files as they are, never decrypted.

An import writes only into its staging directory, renames verified files into `objects/`
and only then records the bundle in the vault, holding the lock shared from its first
byte staged until its row committed. A crash can leave staging or objects no bundle
refers to; never a bundle row whose objects are missing. Both are removed at the next
start (`sweep_staging`, under the lock held exclusive, so never while another process
imports), which returns the store to exactly the objects the vault refers to.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import hashlib
import os
import re
import shutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from app.core.bundles.errors import StoreFull, StoreWriteFailed
from app.core.bundles.limits import COPY_BUFFER
from app.core.bundles.objects import KeyLookup, StoredObject, StoreKeyMissing
from app.core.errors import OperationFailed
from app.core.fsutil import private_dir
from app.core.messages import say

STORE_DIR = "store"
OBJECTS_DIR = "objects"
STAGING_PREFIX = ".staging-"
LOCK_FILE = ".lock"
_OBJECT = re.compile(r"[0-9a-f]{64}")


def store_root(data_dir: Path) -> Path:
    """DATA_DIR/store, created 0700 when missing."""
    return private_dir(Path(data_dir) / STORE_DIR)


def object_path(data_dir: Path, sha256: str) -> Path:
    """Where the object with this SHA-256 lives (it may not exist)."""
    if _OBJECT.fullmatch(sha256) is None:
        msg = f"not a sha256: {sha256[:80]!r}"
        raise ValueError(msg)
    return Path(data_dir) / STORE_DIR / OBJECTS_DIR / sha256[:2] / sha256


def open_object(data_dir: Path, sha256: str, keys: KeyLookup) -> StoredObject:
    """Open the object with this SHA-256 for reading its plaintext (streaming, authenticated).

    The one way Airlock reads a payload from the store; `keys` gives the vault's store keys
    (`Session.open_object` passes the session's). Raises `ObjectDamaged` for a missing,
    altered or unreadable object.
    """
    path = object_path(data_dir, sha256)
    try:
        return StoredObject(path, sha256, keys)
    except StoreKeyMissing:
        # A rotation may have re-sealed the object and destroyed the key its old header named
        # between reading the header and looking up the key: the file now names the new key.
        return StoredObject(path, sha256, keys)


@contextlib.contextmanager
def store_lock(data_dir: Path, *, exclusive: bool, wait: bool = True, name: str = LOCK_FILE) -> Iterator[bool]:
    """Hold the store lock; yields False (holding nothing) when `wait` is False and it is busy.

    `name` picks another lock file of the store (the re-sealing walk's own).
    """
    lock_path = store_root(data_dir) / name
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o600)
    try:
        flags = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(fd, flags if wait else flags | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        os.close(fd)


def _load_syncfs() -> Callable[[int], int] | None:
    with contextlib.suppress(OSError, AttributeError):
        function = ctypes.CDLL(None, use_errno=True).syncfs
        function.argtypes = [ctypes.c_int]
        function.restype = ctypes.c_int
        return cast("Callable[[int], int]", function)
    return None


_syncfs = _load_syncfs()


def sync_filesystem(path: Path) -> None:
    """Make every write to the file system holding `path` durable, in one call; raise if it failed.

    One syncfs(2) after a whole import costs far less than an fsync per file and per
    directory (each a journal commit and a disk cache flush: thousands for a bundle of
    small files), and covers the data, the renames and the directories alike. It is short:
    the importer wrote most bytes with O_DIRECT, or started their write-back as it went.
    A write-back error is reported (Linux 5.8 and later), and raised: the import then
    fails rather than commit a bundle whose bytes may not be on disk. Only where syncfs
    does not exist does sync(2), which reports nothing, stand in for it.
    """
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        if _syncfs is None:
            os.sync()
        elif _syncfs(fd) != 0:
            code = ctypes.get_errno()
            if code != errno.ENOSYS:
                raise OSError(code, f"syncfs failed: {os.strerror(code)}")
            os.sync()
    finally:
        os.close(fd)


def _remove_tree(path: Path) -> None:
    # Objects are read-only files in writable directories; rmtree copes with that.
    shutil.rmtree(path, ignore_errors=True)


ReferencedObjects = Callable[[], set[str]]
"""Reads, from the vault, the SHA-256 of every object a bundle row refers to."""


@dataclass(frozen=True)
class Sweep:
    """What a start-up sweep removed; `skipped` when another process was importing."""

    staging: int = 0
    orphans: int = 0
    skipped: bool = False


def _remove_orphans(data_dir: Path, referenced: set[str]) -> int:
    removed = 0
    for sha256 in set(stored_objects(data_dir)) - referenced:
        with contextlib.suppress(FileNotFoundError):
            object_path(data_dir, sha256).unlink()
            removed += 1
    objects = Path(data_dir) / STORE_DIR / OBJECTS_DIR
    if removed and objects.is_dir():
        for fan_out in objects.iterdir():
            with contextlib.suppress(OSError):  # not empty: it holds objects still referenced
                fan_out.rmdir()
    return removed


def sweep_staging(data_dir: Path, referenced: ReferencedObjects | None = None) -> Sweep:
    """Remove what an interrupted import left behind: staging, and orphan objects.

    Call at every start, before the session is used. With `referenced`, objects no bundle
    row refers to are deleted too (a crash between their rename and the row's commit); the
    vault is read only once the lock is held, so an import that committed just before is
    seen. An import running in another process holds the lock shared: then nothing is
    touched and the next start sweeps.
    """
    root = Path(data_dir) / STORE_DIR
    if not root.is_dir():
        return Sweep()
    with store_lock(data_dir, exclusive=True, wait=False) as held:
        if not held:
            return Sweep(skipped=True)
        staging = 0
        for leftover in root.glob(f"{STAGING_PREFIX}*"):
            _remove_tree(leftover)
            staging += 1
        orphans = _remove_orphans(data_dir, referenced()) if referenced is not None else 0
    return Sweep(staging, orphans)


class Staging:
    """One import's private directory inside the store; removed on exit whatever happened.

    It holds the store lock shared, unless `lock` is False (a caller that holds it exclusive).
    """

    def __init__(self, data_dir: Path, *, lock: bool = True) -> None:
        self.data_dir = Path(data_dir)
        self.path = store_root(data_dir) / f"{STAGING_PREFIX}{os.urandom(8).hex()}"
        self._lock: contextlib.ExitStack | None = None
        self._locking = lock

    def __enter__(self) -> Staging:
        stack = contextlib.ExitStack()
        if self._locking:
            stack.enter_context(store_lock(self.data_dir, exclusive=False))
        self._lock = stack
        self.path.mkdir(mode=0o700)
        return self

    def __exit__(self, *exc: object) -> None:
        _remove_tree(self.path)
        if self._lock is not None:
            self._lock.close()

    def file(self, index: int) -> Path:
        """Where payload file number `index` is staged."""
        return self.path / f"{index:06d}"

    def publish(self, staged: Iterable[tuple[Path, str]]) -> list[str]:
        """Rename verified staged files into `objects/` (skipping contents already there).

        Returns the SHA-256s that were new. Durable before it returns: the file system is
        synced once, covering the staged data, the renames and their directories.
        """
        added: list[str] = []
        try:
            for path, sha256 in staged:
                target = object_path(self.data_dir, sha256)
                if target.exists():
                    continue
                if not target.parent.is_dir():
                    private_dir(target.parent)
                os.chmod(path, 0o400)
                os.replace(path, target)
                added.append(sha256)
            sync_filesystem(self.path.parent)
        except OSError as exc:
            # Objects renamed in already are orphans the next start (or import) removes.
            if exc.errno in {errno.ENOSPC, errno.EDQUOT}:
                msg = say("The content store ran out of space while committing the import; nothing was imported.")
                raise StoreFull(msg, say("Free space and retry.")) from exc
            msg = say("Writing the content store to disk failed: {error}; nothing was imported.", error=exc.strerror)
            raise StoreWriteFailed(msg, say("Check the data disk (dmesg), then retry.")) from exc
        return added


def stored_objects(data_dir: Path) -> dict[str, int]:
    """Every object in the store, by SHA-256, with its size."""
    objects = Path(data_dir) / STORE_DIR / OBJECTS_DIR
    found: dict[str, int] = {}
    if objects.is_dir():
        for path in objects.glob("??/*"):
            if _OBJECT.fullmatch(path.name) is not None:
                found[path.name] = path.lstat().st_size
    return found


def prune_orphans(data_dir: Path, referenced: ReferencedObjects) -> int:
    """Delete objects no bundle refers to, unless another process is importing right now."""
    with store_lock(data_dir, exclusive=True, wait=False) as held:
        return _remove_orphans(data_dir, referenced()) if held else 0


def hash_object(path: Path) -> tuple[int, str]:
    """Length and SHA-256 of a stored object file's bytes as they are on disk (ciphertext; streamed)."""
    digest = hashlib.sha256()
    buffer = bytearray(COPY_BUFFER)
    view = memoryview(buffer)
    length = 0
    with path.open("rb", buffering=0) as handle:
        while n := handle.readinto(view):
            digest.update(view[:n])
            length += n
    return length, digest.hexdigest()


class StoreObjectUnreadable(OperationFailed):
    """A stored object is missing, larger than asked for, or not what its name says."""


def copy_object(data_dir: Path, sha256: str, target: Path, keys: KeyLookup) -> int:
    """Write the plaintext of the object `sha256` to the new file `target` (0600), checked; its length.

    For a stored file too large to hold in memory (an `app` bundle's package): streamed,
    hashed as it is written, fsynced; on any failure the partial `target` is removed. Like
    `read_object`, it reads with `open_object` (every chunk authenticated, `keys` the session's).
    Errors writing `target` are raised as the `OSError` they are.
    """
    try:
        reader = open_object(data_dir, sha256, keys)
    except OSError as exc:
        raise StoreObjectUnreadable(
            say("The stored object {object} cannot be read: {error}.", object=sha256[:16], error=exc.strerror),
            say("Run `airlock bundle check-store`; import the bundle again if it is damaged."),
        ) from exc
    digest = hashlib.sha256()
    length = 0
    with reader:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
        try:
            with os.fdopen(fd, "wb") as writer:
                buffer = memoryview(bytearray(COPY_BUFFER))
                while got := reader.readinto(buffer):
                    digest.update(buffer[:got])
                    writer.write(buffer[:got])
                    length += got
                writer.flush()
                os.fsync(writer.fileno())
            if digest.hexdigest() != sha256:
                raise StoreObjectUnreadable(
                    say("The stored object {object} does not match its SHA-256.", object=sha256[:16]),
                    say("Run `airlock bundle check-store`; import the bundle again."),
                )
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                target.unlink()
            raise
    return length


def read_object(data_dir: Path, sha256: str, limit: int, keys: KeyLookup) -> bytes:
    """The whole plaintext of the object `sha256`, checked against its name, if at most `limit` bytes.

    For what the core shows of a stored file (a model card, an SBOM, a package index): read
    with `open_object` (every chunk authenticated), bounded, and hashed once more.
    `Session.read_object` passes the session's store keys.
    """
    try:
        with open_object(data_dir, sha256, keys) as stored:
            if stored.length > limit:
                raise StoreObjectUnreadable(
                    say("The stored object {object} is larger than {limit} bytes.", object=sha256[:16], limit=limit),
                    say("It is not shown; read it on the node it was deployed to."),
                )
            data = stored.read()
    except OSError as exc:
        raise StoreObjectUnreadable(
            say("The stored object {object} cannot be read: {error}.", object=sha256[:16], error=exc.strerror),
            say("Run `airlock bundle check-store`; import the bundle again if it is damaged."),
        ) from exc
    if hashlib.sha256(data).hexdigest() != sha256:
        raise StoreObjectUnreadable(
            say("The stored object {object} does not match its SHA-256.", object=sha256[:16]),
            say("Run `airlock bundle check-store`; import the bundle again."),
        )
    return data

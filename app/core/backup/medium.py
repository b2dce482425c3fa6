"""Writing one backup onto a medium so that it appears whole or not at all.

`MediumWriter` holds the medium's lock for the whole backup (one writer per medium), sweeps
what an interrupted backup left, and builds the new backup under a hidden `.partial-`
name. New object parts are written under hidden `.tmp-` names beside the shared parts.
`finish` then makes everything durable in an order a crash cannot break:

1. one flush of the medium's file system: every byte written is on the medium;
2. the parts take their names (a part at its name is always complete; earlier backups'
   parts are never rewritten, only a byte-identical copy may replace one);
3. the manifest and its signature are written, and the medium is flushed again;
4. the folder takes its final name, and that rename is flushed.

A kill or a pulled medium at any point leaves the earlier backups as they were and at most
a `.partial-` folder and `.tmp-` parts, which the next backup removes. Any failure removes
what this backup wrote.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from app.core.backup import copier
from app.core.backup.errors import MediumBusy, MediumFailed
from app.core.backup.layout import (
    LOCK_FILE,
    MANIFEST,
    NAME_PREFIX,
    OBJECTS_DIR,
    PARTIAL_PREFIX,
    SIGNATURE,
    TEMP_PREFIX,
    FileEntry,
    backup_name,
    database_part,
    part_path,
    sha256_hex,
    split,
)
from app.core.bundles.store import sync_filesystem
from app.core.fsutil import fsync_dir
from app.core.messages import say

SPACE_MARGIN = 1 << 20
"""Room left for directories and the manifest when the space needed is checked."""
_BLOCK = 4096


def medium_error(exc: OSError, medium: Path) -> MediumFailed:
    """The operator's words for an I/O error on the medium."""
    if exc.errno in {errno.ENOSPC, errno.EDQUOT}:
        return MediumFailed(
            say("The medium {path} is full; the backup was not made and earlier backups on it are as they were.",
                path=medium),
            say("Free space on the medium (or use a larger one), then back up again."),
        )
    if exc.errno == errno.EROFS:
        return MediumFailed(say("The medium {path} is read-only.", path=medium),
                            say("Mount it writable (or unlock its write protection), then back up again."))
    return MediumFailed(
        say("Writing the backup to {path} failed: {error}; earlier backups on it are as they were.",
            path=medium, error=exc.strerror or exc),
        say("Check the medium is mounted and healthy, then back up again."),
    )


def blocks(size: int) -> int:
    """Bytes a file of `size` takes on a file system of 4 KiB blocks."""
    return -(-size // _BLOCK) * _BLOCK


class MediumWriter:
    """One backup being written into `medium`; see the module's note for the order of things."""

    def __init__(self, medium: Path, part_size: int, now: datetime | None = None) -> None:
        self.medium = Path(medium)
        self.part_size = part_size
        self.now = now or datetime.now(UTC)
        self.name = ""
        self.partial = Path()
        self.files: list[FileEntry] = []
        self.temporaries: list[Path] = []
        self._lock_fd: int | None = None
        self._finished = False

    # -- the medium's lock and leftovers ---------------------------------------------------------

    def __enter__(self) -> MediumWriter:
        try:
            self._lock()
            self._sweep()
            taken = {p.name for p in self.medium.iterdir() if p.name.startswith(NAME_PREFIX)}
            self.name = backup_name(self.now, taken)
            self.partial = self.medium / f"{PARTIAL_PREFIX}{self.name}"
            self.partial.mkdir(mode=0o700)
            (self.partial / "vault").mkdir(mode=0o700)
        except OSError as exc:
            self._unlock()
            raise medium_error(exc, self.medium) from exc
        except BaseException:
            self._unlock()
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        try:
            if not self._finished:
                self.discard()
        finally:
            self._unlock()

    def _lock(self) -> None:
        fd = os.open(self.medium / LOCK_FILE, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            os.close(fd)
            raise MediumBusy(say("Another backup is being written to {path} right now.", path=self.medium),
                             say("Wait for it to finish, then back up again.")) from exc
        except BaseException:
            os.close(fd)
            raise
        self._lock_fd = fd

    def _unlock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    def _sweep(self) -> None:
        """Remove what an interrupted backup left: a `.partial-` folder, `.tmp-` parts."""
        for leftover in self.medium.glob(f"{PARTIAL_PREFIX}{NAME_PREFIX}*"):
            shutil.rmtree(leftover, ignore_errors=True)
        objects = self.medium / OBJECTS_DIR
        if objects.is_dir():
            for temporary in objects.glob(f"{TEMP_PREFIX}*"):
                with contextlib.suppress(FileNotFoundError):
                    temporary.unlink()

    def discard(self) -> None:
        """Remove everything this backup wrote (its folder, its parts not yet named)."""
        shutil.rmtree(self.partial, ignore_errors=True)
        for temporary in self.temporaries:
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()

    # -- space ---------------------------------------------------------------------------------

    def check_space(self, needed: int) -> None:
        """Refuse before writing more when the medium cannot hold `needed` more bytes."""
        free = shutil.disk_usage(self.medium).free
        if free < needed + SPACE_MARGIN:
            mib = 1 << 20
            raise MediumFailed(
                say("The medium {path} has {free} MiB free; this backup needs {needed} MiB.", path=self.medium,
                    free=free // mib, needed=-(-(needed + SPACE_MARGIN) // mib)),
                say("Free space on the medium (or use a larger one), then back up again; earlier backups on it "
                    "are as they were."),
            )

    # -- what goes in ---------------------------------------------------------------------------

    def write_file(self, relative: str, data: bytes) -> FileEntry:
        """A small file of the backup's own folder (flushed with everything in `finish`)."""
        try:
            _create(self.partial / relative, data)
        except OSError as exc:
            raise medium_error(exc, self.medium) from exc
        entry = FileEntry(relative, len(data), sha256_hex(data))
        self.files.append(entry)
        return entry

    def database_jobs(self, database: Path, length: int) -> list[copier.CopyJob]:
        """Jobs copying the database file, byte for byte, into numbered parts of the folder."""
        return [
            copier.CopyJob(self.partial / database_part(i), [copier.Source(database, offset, size, database_part(i))])
            for i, (offset, size) in enumerate(split(length, self.part_size))
        ]

    def add_copied(self, jobs: list[copier.CopyJob]) -> None:
        """Record files of the folder that `copier` wrote (their hashes are known now)."""
        for job in jobs:
            assert job.destination is not None  # noqa: S101 - the jobs above always have one
            relative = job.destination.relative_to(self.partial).as_posix()
            self.files.append(FileEntry(relative, job.length, job.digests[0]))

    def part_jobs(self, path: Path, length: int, label: str) -> list[copier.CopyJob]:
        """Jobs copying one store object into new parts, under temporary names until `finish`."""
        jobs = []
        for offset, size in split(length, self.part_size):
            temporary = self.medium / OBJECTS_DIR / f"{TEMP_PREFIX}{os.urandom(8).hex()}"
            jobs.append(copier.CopyJob(temporary, [copier.Source(path, offset, size, label)]))
            self.temporaries.append(temporary)
        return jobs

    def prepare_parts(self) -> None:
        try:
            (self.medium / OBJECTS_DIR).mkdir(mode=0o700, exist_ok=True)
        except OSError as exc:
            raise medium_error(exc, self.medium) from exc

    def has_part(self, sha256: str, size: int) -> bool:
        """A part with this hash and length is on the medium already (put there by a finished backup)."""
        try:
            return os.lstat(part_path(self.medium, sha256)).st_size == size
        except OSError:
            return False

    # -- finishing ---------------------------------------------------------------------------

    def finish(self, manifest: bytes, signature: str, new_parts: list[tuple[Path, str]]) -> Path:
        """Make the backup durable and visible, in the order of the module's note; return its folder."""
        final = self.medium / self.name
        try:
            sync_filesystem(self.medium)
            for temporary, sha256 in new_parts:
                target = part_path(self.medium, sha256)
                target.parent.mkdir(mode=0o700, exist_ok=True)
                os.replace(temporary, target)
            _create(self.partial / MANIFEST, manifest)
            _create(self.partial / SIGNATURE, signature.encode())
            sync_filesystem(self.medium)
            self.partial.rename(final)
            fsync_dir(self.medium)
        except OSError as exc:
            raise medium_error(exc, self.medium) from exc
        self._finished = True
        return final


def _create(path: Path, data: bytes) -> None:
    """A new private file holding `data` (made durable by the flush that follows, not here)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)

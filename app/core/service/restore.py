"""Restoring a backup into an empty data directory, on this machine or a new one.

The order (each step refuses before the next begins, and a refusal leaves the target as
it was):

1. the target holds no vault and no other files (a restore never overwrites anything);
2. the manifest verifies (signature, file set, lengths), without reading the bulk;
3. an operator's last checkpoint, if given, is not newer than the backup (rollback);
4. the target is locked; the key slots are opened with an admin's passphrase or the
   recovery key (only they may restore);
5. the database and every object are copied into a private staging folder inside the
   target, each part hashed as it passes and held to the manifest;
6. the database must hold the audit key that signed the manifest and the audit log the
   manifest records; a checkpoint the operator kept must be a prefix of that log;
7. the first new audit entry records the restore and where it came from, sealed by a
   checkpoint;
8. the files take their places, the key slots last: until they exist there is no vault,
   so a crash leaves a target that the next restore cleans and fills again.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core import db as dbmod
from app.core import vault
from app.core.accounts import ADMIN, allowed, validate_name
from app.core.audit.log import utc_now
from app.core.audit.merkle import Frontier
from app.core.audit.note import NoteError, NoteVerifier, parse_checkpoint, verify_note
from app.core.backup import copier
from app.core.backup.errors import BackupTooOld, MediumFailed, TargetBusy, TargetNotEmpty
from app.core.backup.index import ObjectIndex, open_index
from app.core.backup.layout import KEYSLOTS, OBJECT_INDEX, SIGNATURE, part_path
from app.core.backup.verify import VerifiedBackup, check_file_set, damaged, read_checked, read_failure, read_manifest
from app.core.bundles import store
from app.core.errors import Cancelled, PermissionDenied, UsageError, VaultError
from app.core.fsutil import fsync_dir, private_dir
from app.core.messages import say
from app.core.progress import Progress, no_progress
from app.core.service.core import LOCK_FILE, DataDirLock
from app.core.service.unlock import _connect_after_crash, _only_admin_slot, account_of_slot

if TYPE_CHECKING:
    from app.core.service import Session

STAGING_PREFIX = ".restore-"
MARKER = ".restore-in-progress"
_COPYING = say("Restoring the vault and the content store")
_CANCELLED = say("The restore was cancelled; the data directory is as it was.")
_LEFTOVERS = {LOCK_FILE, MARKER}
FREE_SPACE_MARGIN = 64 << 20
"""Room the restored vault keeps for its journal and its first writes."""


@dataclass(frozen=True)
class RestoreResult:
    """What a restore put in place."""

    data_dir: Path
    backup: str
    created: str
    actor: str
    audit_size: int
    objects: int
    bytes: int

    def to_json(self) -> dict[str, Any]:
        return {"data_dir": str(self.data_dir), "backup": self.backup, "created": self.created, "actor": self.actor,
                "audit_size": self.audit_size, "objects": self.objects, "bytes": self.bytes}


@dataclass(frozen=True)
class Credentials:
    """Who restores: an admin's account and passphrase, or the recovery key."""

    account: str | None = None
    passphrase: bytes | None = None
    recovery_key: str | None = None

    def slot(self, slots: vault.KeySlotFile) -> tuple[str, bytes]:
        if self.recovery_key is not None:
            return vault.RECOVERY_SLOT, vault.normalise_recovery_key(self.recovery_key)
        if self.passphrase is None:
            raise UsageError(say("No passphrase and no recovery key to open the backup with."),
                             say("Give an admin's passphrase (--passphrase-file) or --recovery-key-file."))
        slot_id = slots.slot_id_for(validate_name(self.account)) if self.account else _only_admin_slot(slots)
        return slot_id, self.passphrase


# -- the target ---------------------------------------------------------------------------------


def _target_problem(data_dir: Path) -> TargetNotEmpty | None:
    """Why `data_dir` cannot take a restore, or None; leftovers of an interrupted restore are fine."""
    if not data_dir.exists():
        return None
    if not data_dir.is_dir():
        return TargetNotEmpty(say("{path} is not a folder.", path=data_dir),
                              say("Give an empty folder (or one that does not exist yet) with --data-dir."))
    names = {entry.name for entry in data_dir.iterdir()}
    interrupted = MARKER in names and vault.SLOT_FILE not in names
    if vault.SLOT_FILE in names or (dbmod.DB_FILE in names and not interrupted):
        return TargetNotEmpty(say("{path} holds an Airlock vault; a restore never overwrites one.", path=data_dir),
                              say("Restore into an empty folder with --data-dir, or move the vault away first."))
    others = sorted(name for name in names - _LEFTOVERS if not (interrupted or name.startswith(STAGING_PREFIX)))
    if others:
        return TargetNotEmpty(say("{path} is not empty (it holds {names}).", path=data_dir,
                                  names=", ".join(others[:3]) + (", ..." if len(others) > 3 else "")),  # noqa: PLR2004
                              say("Restore into an empty folder with --data-dir."))
    return None


class RestoreTarget:
    """The data directory being restored into: locked, staged into, and filled only at `commit`."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.staging = data_dir / f"{STAGING_PREFIX}{os.urandom(6).hex()}"
        self._created_dir = not data_dir.exists()
        self._created_lock = not (data_dir / LOCK_FILE).exists()
        self._lock: DataDirLock | None = None
        self._committed = False

    def __enter__(self) -> RestoreTarget:
        if self._created_dir:
            self.data_dir.mkdir(mode=0o700, parents=True)
        self._lock = DataDirLock(self.data_dir)
        try:
            self._lock.exclusive()
        except VaultError as exc:
            self._release()
            raise TargetBusy(say("Another Airlock process is using {path}.", path=self.data_dir),
                             say("Close the desktop application and other airlock commands on it, then restore "
                                 "again.")) from exc
        problem = _target_problem(self.data_dir)
        if problem is not None:
            self._release()
            raise problem
        self._clean_interrupted()
        self.staging.mkdir(mode=0o700)
        return self

    def __exit__(self, *exc: object) -> None:
        if not self._committed:
            shutil.rmtree(self.staging, ignore_errors=True)
        self._release()

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        if self._committed:
            return
        # Leave the target exactly as it was: the lock file, and the folder, if they were ours.
        if self._created_lock:
            with contextlib.suppress(FileNotFoundError):
                (self.data_dir / LOCK_FILE).unlink()
        if self._created_dir:
            with contextlib.suppress(OSError):
                self.data_dir.rmdir()

    def _clean_interrupted(self) -> None:
        """Remove what an interrupted restore left (its staging, or a commit it did not finish)."""
        for leftover in self.data_dir.glob(f"{STAGING_PREFIX}*"):
            shutil.rmtree(leftover, ignore_errors=True)
        if (self.data_dir / MARKER).exists():
            with contextlib.suppress(FileNotFoundError):
                (self.data_dir / dbmod.DB_FILE).unlink()
            shutil.rmtree(self.data_dir / store.STORE_DIR, ignore_errors=True)
            (self.data_dir / MARKER).unlink()

    def commit(self) -> None:
        """Move the staged vault into place, the key slots last, each step durable."""
        marker = self.data_dir / MARKER
        marker.write_bytes(b"")
        fsync_dir(self.data_dir)
        for name in (dbmod.DB_FILE, store.STORE_DIR):
            if (self.staging / name).exists():
                os.replace(self.staging / name, self.data_dir / name)
        store.sync_filesystem(self.data_dir)
        os.replace(self.staging / vault.SLOT_FILE, self.data_dir / vault.SLOT_FILE)
        os.chmod(self.data_dir, 0o700)
        fsync_dir(self.data_dir)
        self._committed = True
        marker.unlink()
        shutil.rmtree(self.staging, ignore_errors=True)
        fsync_dir(self.data_dir)


# -- checks before and after the copy ------------------------------------------------------------


def check_last_checkpoint(backup: VerifiedBackup, note: str) -> tuple[int, bytes] | None:
    """Refuse a backup older than the operator's checkpoint; (size, root) left to check on the log.

    The checkpoint must be signed by the backup's audit key and name its log. If it covers
    more entries than the backup holds, the backup is older; if the same number, its root must
    be the backup's. If fewer, the restored log must extend it: the caller checks that once
    the database is at hand.
    """
    manifest = backup.manifest
    try:
        checkpoint = parse_checkpoint(verify_note(note, NoteVerifier.from_line(manifest.verifier)))
    except NoteError as exc:
        raise BackupTooOld(say("The checkpoint you gave is not signed by this backup's audit key: {problem}",
                               problem=exc.message),
                           say("Give a checkpoint from an audit export of this appliance.")) from exc
    if checkpoint.origin != manifest.origin:
        raise BackupTooOld(say("The checkpoint you gave belongs to the log {origin}, not to this backup's.",
                               origin=checkpoint.origin),
                           say("Give a checkpoint from an audit export of this appliance."))
    if checkpoint.size > manifest.audit_size:
        raise BackupTooOld(
            say("The backup is older than the checkpoint you gave: it holds {held} audit entries, the checkpoint "
                "covers {covered}. Restoring it would roll the audit history back.", held=manifest.audit_size,
                covered=checkpoint.size),
            say("Restore a newer backup (one made after that checkpoint)."),
        )
    if checkpoint.size == manifest.audit_size and checkpoint.root.hex() != manifest.audit_root:
        raise _forked(checkpoint.size)
    return (checkpoint.size, checkpoint.root) if checkpoint.size < manifest.audit_size else None


def _forked(size: int) -> BackupTooOld:
    return BackupTooOld(
        say("The backup's audit log does not extend the checkpoint you gave (tree size {size}): its history differs "
            "from the one you saw (a forked log).", size=size),
        say("Do not restore it; report it to your security officer."),
    )


def _check_prefix(conn: dbmod.Connection, size: int, root: bytes) -> None:
    frontier = Frontier()
    rows = conn.execute("SELECT leaf FROM audit_entries WHERE seq < ? ORDER BY seq", (size,))
    while batch := rows.fetchmany(10_000):
        frontier.extend(bytes(row[0]) for row in batch)
    if frontier.size != size or frontier.root() != root:
        raise _forked(size)


def _check_index(backup: VerifiedBackup, index: ObjectIndex) -> None:
    listed = {part.sha256: part.size for part in backup.manifest.parts}
    used = {part.sha256 for parts in index.values() for part in parts}
    if len(index) != backup.manifest.objects or used != set(listed) or any(
        listed.get(part.sha256) != part.size for parts in index.values() for part in parts
    ):
        raise damaged(OBJECT_INDEX, say("{file} does not match the parts the manifest lists.", file=OBJECT_INDEX))


# -- the restore ---------------------------------------------------------------------------------


def restore_backup(
    backup_dir: Path,
    data_dir: Path,
    credentials: Credentials,
    *,
    last_checkpoint: str | None = None,
    pinned: str | None = None,
    progress: Progress = no_progress,
    cancel: threading.Event | None = None,
) -> RestoreResult:
    """Restore the backup in `backup_dir` into the empty `data_dir`; see the module's note."""
    data_dir = Path(data_dir).absolute()
    backup_dir = Path(backup_dir).absolute()
    problem = _target_problem(data_dir)
    if problem is not None:
        raise problem
    backup = read_manifest(backup_dir, pinned)
    check_file_set(backup)
    # The small files are checked whole now; the database and the objects as they are copied.
    small = {entry.path: read_checked(backup.path, entry) for entry in backup.manifest.files
             if entry.path not in backup.manifest.database}
    slot_bytes = small[KEYSLOTS]
    prefix = check_last_checkpoint(backup, last_checkpoint) if last_checkpoint is not None else None
    with RestoreTarget(data_dir) as target:
        (target.staging / vault.SLOT_FILE).write_bytes(slot_bytes)
        slots = vault.KeySlotFile.load(target.staging)
        if f"airlock/{slots.install_id}" != backup.manifest.origin:
            raise damaged(KEYSLOTS, say("{file} belongs to another appliance than the manifest.", file=KEYSLOTS))
        slot_id, secret = credentials.slot(slots)
        role = ADMIN if slot_id == vault.RECOVERY_SLOT else getattr(slots.slots.get(slot_id), "role", "")
        if role and not allowed(role, "backup.restore"):
            raise _not_admin()
        keys = slots.unlock(slot_id, secret)
        index = _open_index(backup, small[OBJECT_INDEX], keys.data_key) if backup.manifest.with_store else {}
        _copy(backup, index, target.staging, progress, cancel)
        session = _open_staged(target.staging, slots, keys, slot_id)
        try:
            _check_restored(session, backup, prefix)
            _record_restore(session, backup, data_dir)
        finally:
            session._forget()  # noqa: SLF001 - closed without a lock entry: the restore entry is the last
        if cancel is not None and cancel.is_set():
            raise Cancelled(_CANCELLED)
        target.commit()
    return RestoreResult(data_dir, backup.manifest.name, backup.manifest.created, session.account.name,
                         backup.manifest.audit_size, len(index), backup.manifest.total_bytes)


def _not_admin() -> PermissionDenied:
    return PermissionDenied(say("Only an admin account or the recovery key may restore a backup."),
                            say("Unlock it with an admin's passphrase (--account) or the recovery key."))


def _open_index(backup: VerifiedBackup, blob: bytes, data_key: bytes) -> ObjectIndex:
    index = open_index(data_key, backup.manifest.name, blob)
    _check_index(backup, index)
    return index


def _copy(
    backup: VerifiedBackup, index: ObjectIndex, staging: Path, progress: Progress, cancel: threading.Event | None
) -> None:
    manifest = backup.manifest
    sizes = {entry.path: entry for entry in manifest.files}
    jobs = [copier.CopyJob(staging / dbmod.DB_FILE, [
        copier.Source(backup.path / part, 0, sizes[part].size, part, sizes[part].sha256) for part in manifest.database
    ])]
    for address, parts in sorted(index.items()):
        target = store.object_path(staging, address)
        private_dir(target.parent)
        jobs.append(copier.CopyJob(target, [
            copier.Source(part_path(backup.medium, p.sha256), 0, p.size, backup.part_label(p.sha256), p.sha256)
            for p in parts
        ]))
    free = shutil.disk_usage(staging).free
    needed = sum(job.length for job in jobs) + FREE_SPACE_MARGIN
    if free < needed:
        raise MediumFailed(say("{path} has {free} MiB free; the restore needs {needed} MiB.", path=staging.parent,
                               free=free >> 20, needed=-(-needed >> 20)),
                           say("Restore onto a larger disk, or free space, then restore again."))
    try:
        copier.copy_files(jobs, progress, cancel, message=_COPYING, cancelled=_CANCELLED)
    except copier.Mismatch as exc:
        raise damaged(exc.source.label, say("{file} does not match its SHA-256 in the manifest: it was altered or "
                                            "damaged.", file=exc.source.label)) from exc
    except copier.ReadFailed as exc:
        raise read_failure(exc) from exc
    except copier.WriteFailed as exc:
        raise MediumFailed(say("Writing the restored vault into {path} failed: {error}.", path=staging.parent,
                               error=exc.error.strerror or exc.error),
                           say("Check the data disk has space and is healthy, then restore again.")) from exc
    for job in jobs[1:]:
        assert job.destination is not None  # noqa: S101 - every restore job writes a file
        os.chmod(job.destination, 0o400)


def _open_staged(staging: Path, slots: vault.KeySlotFile, keys: vault.UnlockedKeys, slot_id: str) -> Session:
    """The restored vault as a session, without the unlock entry or start-up work of a normal open."""
    from app.core.service import Session

    conn = _connect_after_crash(staging, slots, keys)
    try:
        database = dbmod.wrap(conn)
        # The medium holds the backup itself: no second copy of the database before migrating.
        dbmod.migrate(database, dbmod.database_path(staging), fresh=True)
        account = account_of_slot(database, slot_id)
        if not allowed(account.role, "backup.restore"):
            raise _not_admin()
        lock = DataDirLock(staging)
        lock.shared()
        return Session(staging, conn, keys, slots, account, lock)
    except BaseException:
        conn.close()
        raise


def _check_restored(session: Session, backup: VerifiedBackup, prefix: tuple[int, bytes] | None) -> None:
    """The database is the one the manifest describes, signed by its own audit key."""
    manifest = backup.manifest
    if session.audit_verifier_line() != manifest.verifier:
        raise damaged(SIGNATURE, say("The backup is signed by a key other than the appliance's own audit key: it "
                                     "was forged or altered."))
    with session.lock:
        frontier = session.audit._frontier()  # noqa: SLF001 - the log's own state
    if (frontier.size, frontier.root().hex()) != (manifest.audit_size, manifest.audit_root):
        raise damaged(manifest.database[0], say("The database's audit log is not the one the manifest records."))
    if prefix is not None:
        _check_prefix(session.conn, *prefix)


def _record_restore(session: Session, backup: VerifiedBackup, data_dir: Path) -> None:
    """The restored log's first new entry: the restore, from where, onto which machine."""
    manifest = backup.manifest

    def remember() -> None:
        session.conn.execute("DELETE FROM backup_parts")  # the files it described are elsewhere now
        session.conn.execute(
            "INSERT INTO backups(name, medium, created, with_store, audit_size, objects, bytes, bytes_written, how)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 0, 'restored')",
            (manifest.name, str(backup.medium), manifest.created, int(manifest.with_store), manifest.audit_size,
             manifest.objects, manifest.total_bytes),
        )

    details = {
        "from": str(backup.path), "backup": manifest.name, "backup_created": manifest.created,
        "backup_audit_size": manifest.audit_size, "manifest_sha256": backup.manifest_sha256,
        "with_store": manifest.with_store, "objects": manifest.objects, "into": str(data_dir),
        "restored_on": socket.gethostname(), "restored_at": utc_now(),
    }
    session._write(remember, "backup.restore", details, target=str(data_dir), seal=True)  # noqa: SLF001


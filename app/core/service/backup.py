"""Session actions of the backup room: make a backup, say when the last one was made.

A backup is a consistent snapshot of the vault copied byte for byte (the database stays
encrypted with the same data key; the key slots stay sealed), optionally with the content
store's objects, onto a medium, with a manifest signed by the audit key (layout:
`app.core.backup.layout`). Restoring needs no session: `app.core.service.restore`.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import __version__
from app.core.audit.log import utc_now
from app.core.audit.note import format_checkpoint, sign_note
from app.core.backup import copier
from app.core.backup.errors import BackupDamaged, MediumFailed
from app.core.backup.index import ObjectIndex, seal_index
from app.core.backup.layout import (
    CHECKPOINT,
    KEYSLOTS,
    MIN_PART_SIZE,
    OBJECT_INDEX,
    PART_SIZE,
    README,
    Manifest,
    PartEntry,
    sha256_hex,
)
from app.core.backup.medium import MediumWriter, blocks, medium_error
from app.core.backup.verify import VerifiedBackup, find_backups, verify_backup
from app.core.bundles import reseal, store
from app.core.db import database_path
from app.core.errors import AirlockError, Cancelled, UsageError, VaultError
from app.core.messages import say
from app.core.progress import Progress, no_progress
from app.core.vault import SLOT_FILE

if TYPE_CHECKING:
    from app.core.service.core import Approval, SessionCore

    _Base = SessionCore
else:
    _Base = object

__all__ = ["PART_SIZE", "BackupActions", "BackupDamaged", "BackupResult", "BackupStatus", "VerifiedBackup",
           "check_warning_days", "find_backups", "verify_backup"]

WARN_SETTING = "backup_warn_days"
DEFAULT_WARN_DAYS = 7
MAX_WARN_DAYS = 3650
_CANCELLED = say("The backup was cancelled; the medium's earlier backups are as they were.")
_SNAPSHOT = say("Copying the vault")
_STORE = say("Copying the content store")
_FINISHING = say("Writing the manifest and flushing the medium")
_README = """\
Airlock backup
==============

This folder is one backup of an Airlock appliance: its vault (the encrypted database and
its key slots) and, when made with --with-store, the content store's objects, which live
beside it in ../airlock-objects/ and are shared by every backup in this folder.

Nothing here is readable without a passphrase of an account of the appliance or its
recovery key. manifest.json lists every file with its SHA-256 and is signed (manifest.sig)
with the appliance's audit key; checkpoint.txt is the audit log's signed checkpoint at the
time of the backup.

    airlock backup verify THIS_FOLDER [--key PINNED_AUDIT_KEY]     check every byte, no vault needed
    airlock --data-dir EMPTY_DIR backup restore THIS_FOLDER        restore onto this or another machine

Keep the medium somewhere safe, away from the appliance.
"""


@dataclass(frozen=True)
class BackupResult:
    """What `create_backup` wrote."""

    path: Path
    name: str
    with_store: bool
    objects: int
    new_parts: int
    shared_parts: int
    bytes: int
    bytes_written: int
    audit_size: int
    missing_objects: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path), "name": self.name, "with_store": self.with_store, "objects": self.objects,
            "new_parts": self.new_parts, "shared_parts": self.shared_parts, "bytes": self.bytes,
            "bytes_written": self.bytes_written, "audit_size": self.audit_size,
            "missing_objects": self.missing_objects,
        }


@dataclass(frozen=True)
class BackupStatus:
    """When the last backup was made and where, and whether the operator should be warned."""

    last_created: str | None
    last_medium: str | None
    last_name: str | None
    last_with_store: bool
    warn_after_days: int
    age_days: float | None
    overdue: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "last_created": self.last_created, "last_medium": self.last_medium, "last_name": self.last_name,
            "last_with_store": self.last_with_store, "warn_after_days": self.warn_after_days,
            "age_days": None if self.age_days is None else round(self.age_days, 2), "overdue": self.overdue,
        }


@dataclass
class _Snapshot:
    audit_size: int
    audit_root: str
    checkpoint_note: str
    referenced: list[str]
    cached: dict[str, tuple[int, int, int, int, list[PartEntry]]]


@dataclass
class _StorePlan:
    index: ObjectIndex = field(default_factory=dict)
    jobs: dict[str, list[copier.CopyJob]] = field(default_factory=dict)
    stats: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    store_bytes: int = 0

    @property
    def copy_jobs(self) -> list[copier.CopyJob]:
        return [job for jobs in self.jobs.values() for job in jobs]


class BackupActions(_Base):
    """Mixin of `Session`: backups and the backup reminder."""

    # -- status and the reminder -------------------------------------------------------------------

    def backup_status(self) -> BackupStatus:
        """The last backup (made here, or the one this vault was restored from) and the reminder."""
        self.require("backup.status", "backup.status")
        with self.lock:
            row = self.db.execute(
                "SELECT created, medium, name, with_store FROM backups ORDER BY created DESC, id DESC LIMIT 1"
            ).fetchone()
            days = self.backup_warning_days()
        age = None
        if row is not None:
            created = datetime.strptime(str(row[0]), "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
            age = (datetime.now(UTC) - created).total_seconds() / 86400
        overdue = days > 0 and (age is None or age > days)
        if row is None:
            return BackupStatus(None, None, None, last_with_store=False, warn_after_days=days, age_days=None,
                                overdue=overdue)
        return BackupStatus(str(row[0]), str(row[1]), str(row[2]), bool(row[3]), days, age, overdue)

    def backup_warning_days(self) -> int:
        try:
            return max(0, int(self.get_setting(WARN_SETTING, str(DEFAULT_WARN_DAYS))))
        except ValueError:
            return DEFAULT_WARN_DAYS

    def set_backup_warning_days(self, days: int, approval: Approval | None = None) -> None:
        """Warn on the dashboard when no backup was made for `days` days (0: never warn)."""
        self.set_setting(WARN_SETTING, str(check_warning_days(days)), approval=approval)

    # -- making a backup ----------------------------------------------------------------------------

    def create_backup(
        self,
        out_dir: Path,
        *,
        with_store: bool = False,
        part_size: int = PART_SIZE,
        progress: Progress = no_progress,
        cancel: threading.Event | None = None,
        approval: Approval | None = None,
    ) -> BackupResult:
        """Write a backup into a new folder inside `out_dir`; see the module's note.

        A failure, a cancel or a kill leaves the medium's earlier backups as they were and
        no folder that looks like a finished backup. Audited, with dual control when
        `backup.create` is under it.
        """
        out_dir = Path(out_dir).absolute()
        if not MIN_PART_SIZE <= part_size <= PART_SIZE:
            raise UsageError(say("The part size must be between {least} and {most} bytes.", least=MIN_PART_SIZE,
                                 most=PART_SIZE), say("Leave it out to use parts that fit FAT32."))
        if not out_dir.is_dir():
            reason = say("Cannot back up: {path} is not a folder.", path=out_dir)
            self.audit_refusal("backup.create", str(out_dir), reason.text, outcome="failed")
            raise MediumFailed(reason, say("Mount the medium and give a folder on it with --out."))
        self.require("backup.create", "backup.create", str(out_dir))
        details: dict[str, Any] = {"with_store": with_store}
        try:
            if self.dual_control_required("backup.create"):
                details["approved_by"] = self._approve(approval, "backup.create", "backup.create")
            result, remembered = self._write_backup(out_dir, with_store, part_size, progress, cancel)
        except AirlockError as exc:
            self.audit_refusal("backup.create", str(out_dir), str(exc), details, outcome=exc.audit_outcome)
            raise
        except BaseException as exc:  # Ctrl-C, or a bug: the medium was cleaned up; say so in the log
            with contextlib.suppress(Exception):
                self.audit_refusal("backup.create", str(out_dir), f"interrupted ({type(exc).__name__})", details,
                                   outcome="cancelled" if isinstance(exc, KeyboardInterrupt) else "failed")
            raise
        details.update(result.to_json())
        details["missing_objects"] = len(result.missing_objects)
        with self.action("backup.create", str(result.path), details=details, approval=approval):
            self._record_backup(result, remembered)
        return result

    def _record_backup(self, result: BackupResult, remembered: list[tuple[Any, ...]]) -> None:
        self.conn.execute(
            "INSERT INTO backups(name, medium, created, with_store, audit_size, objects, bytes, bytes_written, how)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'made')",
            (result.name, str(result.path.parent), utc_now(), int(result.with_store), result.audit_size,
             result.objects, result.bytes, result.bytes_written),
        )
        self.conn.executemany(
            "INSERT INTO backup_parts(address, size, mtime_ns, inode, part_size, parts) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(address) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns,"
            " inode = excluded.inode, part_size = excluded.part_size, parts = excluded.parts",
            remembered,
        )

    def _write_backup(
        self, out_dir: Path, with_store: bool, part_size: int, progress: Progress, cancel: threading.Event | None
    ) -> tuple[BackupResult, list[tuple[Any, ...]]]:
        """Write the backup; return it and, for each object copied, what the next backup may reuse."""
        # The log says a backup began, and a checkpoint seals it (normally the snapshot's own).
        self._write(lambda: None, "audit.checkpoint", {"reason": "backup"}, target=str(out_dir), seal=True)
        key, key_name = self._audit_key()
        verifier = self.audit_verifier_line()
        data_key = self._data_key
        if data_key is None:
            raise VaultError(say("The vault is locked."), say("Unlock it again with your passphrase."))
        # The store's lock, shared, keeps every object in place until it is copied.
        # Neither re-sealed (store room, bundles/reseal.py): the snapshot's store keys open every copy.
        holding = (reseal.objects_held_still(self.data_dir) if with_store
                   else contextlib.nullcontext())
        try:
            with MediumWriter(out_dir, part_size) as medium, holding:
                snapshot = self._snapshot(medium, key, key_name, progress, cancel)
                plan = _StorePlan()
                if with_store:
                    plan = self._copy_store(medium, snapshot, progress, cancel)
                _check(cancel)
                progress(0, 1, _FINISHING)
                if with_store:
                    medium.write_file(OBJECT_INDEX, seal_index(data_key, medium.name, plan.index))
                medium.write_file(CHECKPOINT, snapshot.checkpoint_note.encode())
                medium.write_file(README, _README.encode())
                parts = sorted({part for parts in plan.index.values() for part in parts}, key=lambda p: p.sha256)
                manifest = Manifest(
                    name=medium.name, created=utc_now(), origin=self.origin, verifier=verifier,
                    airlock_version=__version__, with_store=with_store, part_size=part_size,
                    audit_size=snapshot.audit_size, audit_root=snapshot.audit_root,
                    database=tuple(entry.path for entry in medium.files if entry.path.startswith("vault/airlock.db")),
                    files=tuple(sorted(medium.files, key=lambda e: e.path)), parts=tuple(parts),
                    objects=len(plan.index), store_bytes=plan.store_bytes,
                )
                raw = manifest.to_bytes()
                signature = sign_note(manifest.signed_text(sha256_hex(raw)), key_name, key)
                new_parts = [(job.destination, job.digests[0]) for job in plan.copy_jobs if job.destination]
                path = medium.finish(raw, signature, new_parts)
                progress(1, 1, _FINISHING)
        except copier.WriteFailed as exc:
            raise medium_error(exc.error, out_dir) from exc
        except copier.ReadFailed as exc:
            raise _vault_read_failure(exc) from exc
        except OSError as exc:
            raise medium_error(exc, out_dir) from exc
        written = sum(job.length for job in plan.copy_jobs) + sum(entry.size for entry in medium.files)
        copied = {sha256 for _path, sha256 in new_parts}
        result = BackupResult(path, medium.name, with_store, len(plan.index), len(copied), len(parts) - len(copied),
                              manifest.total_bytes, written, snapshot.audit_size, plan.missing)
        remembered = [
            (address, *plan.stats[address], part_size, json.dumps([[p.sha256, p.size] for p in plan.index[address]]))
            for address in plan.jobs
        ]
        return result, remembered

    def _snapshot(
        self, medium: MediumWriter, key: Any, key_name: str, progress: Progress, cancel: threading.Event | None
    ) -> _Snapshot:
        """Copy the database and key slots as one consistent state, with what the rest needs from it.

        Under a read transaction (SQLite's shared lock) no connection can change the
        database file (its journal mode is DELETE: commits write the file only under an
        exclusive lock), so its bytes, copied as they are, are one committed state, still
        encrypted with the data key. Writers of other processes wait meanwhile
        (busy_timeout); this session's own wait on its lock.
        """
        with self.lock, self._read_transaction():
            mode = str(self.conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
            if mode != "delete":
                raise VaultError(say("The vault's journal mode is {mode}; a backup copies it only in DELETE mode.",
                                     mode=mode), say("Report this to Airlock's engineers."))
            frontier = self.audit._frontier()  # noqa: SLF001 - the log's own state, read in this transaction
            size, root = frontier.size, frontier.root()
            row = self.db.execute("SELECT note FROM audit_checkpoints WHERE size = ?", (size,)).fetchone()
            # Another process may have appended after the sealing checkpoint: then sign one for this state.
            note = str(row[0]) if row else sign_note(format_checkpoint(self.origin, size, root), key_name, key)
            referenced = sorted(row[0] for row in self.db.execute("SELECT DISTINCT sha256 FROM bundle_files"))
            cached = {
                row[0]: (row[1], row[2], row[3], row[4], [PartEntry(h, n) for h, n in json.loads(row[5])])
                for row in self.db.execute(
                    "SELECT address, size, mtime_ns, inode, part_size, parts FROM backup_parts")
            }
            slots = (self.data_dir / SLOT_FILE).read_bytes()
            database = database_path(self.data_dir)
            length = database.stat().st_size
            medium.check_space(blocks(length) + blocks(len(slots)))
            medium.write_file(KEYSLOTS, slots)
            jobs = medium.database_jobs(database, length)
            copier.copy_files(jobs, progress, cancel, message=_SNAPSHOT, cancelled=_CANCELLED)
            medium.add_copied(jobs)
        return _Snapshot(size, root.hex(), note, referenced, cached)

    @contextlib.contextmanager
    def _read_transaction(self) -> Iterator[None]:
        self.conn.execute("BEGIN")
        try:
            self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # takes the shared lock
            yield
        finally:
            if self.conn.in_transaction:
                self.conn.execute("COMMIT")

    def _copy_store(
        self, medium: MediumWriter, snapshot: _Snapshot, progress: Progress, cancel: threading.Event | None
    ) -> _StorePlan:
        """Copy the objects the snapshot refers to that the medium does not hold yet."""
        plan = _StorePlan()
        medium.prepare_parts()
        for address in snapshot.referenced:
            path = store.object_path(self.data_dir, address)
            try:
                st = path.stat()
            except FileNotFoundError:
                plan.missing.append(address)
                continue
            plan.store_bytes += st.st_size
            plan.stats[address] = (st.st_size, st.st_mtime_ns, st.st_ino)
            cached = snapshot.cached.get(address)
            if cached is not None and cached[:4] == (st.st_size, st.st_mtime_ns, st.st_ino, medium.part_size) and all(
                medium.has_part(part.sha256, part.size) for part in cached[4]
            ):
                plan.index[address] = cached[4]
                continue
            plan.jobs[address] = medium.part_jobs(path, st.st_size, f"store object {address}")
        medium.check_space(sum(blocks(job.length) for job in plan.copy_jobs))
        copier.copy_files(plan.copy_jobs, progress, cancel, message=_STORE, cancelled=_CANCELLED)
        for address, jobs in plan.jobs.items():
            plan.index[address] = [PartEntry(job.digests[0], job.length) for job in jobs]
        return plan


def check_warning_days(days: int) -> int:
    """`days` if it is a number of days the reminder can wait (0: never remind), else `UsageError`."""
    if not 0 <= days <= MAX_WARN_DAYS:
        raise UsageError(say("The number of days must be between 0 and {most}.", most=MAX_WARN_DAYS),
                         say("Give 0 to never warn, or the days a site may go without a backup."))
    return days


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled(_CANCELLED)


def _vault_read_failure(exc: copier.ReadFailed) -> AirlockError:
    error = exc.error.strerror if exc.error is not None else "it ended early"
    return MediumFailed(say("Reading {file} from the data directory failed: {error}.", file=exc.source.label,
                            error=error or exc.error),
                        say("Check the data disk (dmesg); `airlock bundle check-store` checks every object."))


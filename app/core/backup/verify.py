"""Checking a backup without a vault: the manifest's signature, the file set, every hash.

The order is fixed and cheap first: the manifest and its signature, then that the folder
holds exactly the files the manifest lists and the medium every shared part it needs, each
with its length, then the small files (key slots, checkpoint), and only then every byte.
The first problem found raises `BackupDamaged` naming the file at fault.

Who signed: the manifest names the appliance's audit verifier key and is signed with its
audit key. Without a vault, `pinned` (the key line an operator or auditor recorded, as for
audit exports) is what proves the backup comes from that appliance; without it, the check
proves the backup is whole and self-consistent, and a restore then requires the database
inside to hold that same audit key (a key nobody can put there without the data key).
"""

from __future__ import annotations

import os
import stat
import threading
from dataclasses import dataclass
from pathlib import Path

from app.core.audit.note import Checkpoint, NoteError, NoteVerifier, parse_checkpoint, verify_note
from app.core.backup import copier
from app.core.backup.errors import BackupDamaged, MediumFailed, NotABackup
from app.core.backup.layout import (
    CHECKPOINT,
    KEYSLOTS,
    MANIFEST,
    MAX_MANIFEST_BYTES,
    MAX_SIGNATURE_BYTES,
    SIGNATURE,
    FileEntry,
    Manifest,
    is_backup_name,
    part_path,
    sha256_hex,
)
from app.core.errors import UsageError
from app.core.messages import Message, say
from app.core.progress import Progress, no_progress

_USE_ANOTHER = say("Use another backup, or make a new one from the appliance.")
_CHECKING = say("Checking every file of the backup")
MAX_SMALL_FILE = 16 * 1024 * 1024


@dataclass(frozen=True)
class VerifiedBackup:
    """A backup whose manifest and signature verified (and, after `verify_backup`, every byte)."""

    path: Path
    manifest: Manifest
    manifest_sha256: str
    checkpoint: Checkpoint
    checkpoint_note: str
    key_fingerprint: str

    @property
    def medium(self) -> Path:
        return self.path.parent

    def part_label(self, sha256: str) -> str:
        """How a shared part is named to the operator: its path from the backup's folder."""
        return str(Path("..") / part_path(Path(), sha256))

    def summary(self) -> dict[str, object]:
        manifest = self.manifest
        return {
            "backup": str(self.path),
            "name": manifest.name,
            "created": manifest.created,
            "origin": manifest.origin,
            "airlock_version": manifest.airlock_version,
            "with_store": manifest.with_store,
            "objects": manifest.objects,
            "files": len(manifest.files) + len(manifest.parts) + 2,
            "bytes": manifest.total_bytes,
            "audit_size": manifest.audit_size,
            "audit_root": manifest.audit_root,
            "signed_by": self.key_fingerprint,
        }


def damaged(file: str, message: Message) -> BackupDamaged:
    return BackupDamaged(file, message, _USE_ANOTHER)


def _read_capped(path: Path, cap: int, name: str) -> bytes:
    try:
        st = os.lstat(path)
        if not stat.S_ISREG(st.st_mode):
            raise damaged(name, say("{file} in the backup is not a regular file.", file=name))
        if st.st_size > cap:
            raise damaged(name, say("{file} is far larger than it can be in a backup.", file=name))
        with path.open("rb") as handle:
            return handle.read(cap + 1)
    except FileNotFoundError as exc:
        raise damaged(name, say("{file} is missing from the backup.", file=name)) from exc
    except OSError as exc:
        raise MediumFailed(say("Cannot read {file} of the backup: {error}.", file=name, error=exc.strerror),
                           say("Check that the medium is mounted and readable.")) from exc


def read_manifest(backup_dir: Path, pinned: str | None = None) -> VerifiedBackup:
    """The manifest, its signature and its checkpoint, checked; nothing else is read yet."""
    backup_dir = Path(backup_dir)
    if not backup_dir.is_dir():
        raise UsageError(say("{path} is not a folder.", path=backup_dir),
                         say("Give the folder of one backup (airlock-backup-...) on the medium."))
    try:
        present = (backup_dir / MANIFEST).exists() or (backup_dir / SIGNATURE).exists()
    except OSError as exc:  # a folder this account may not enter (another user's backup)
        raise MediumFailed(say("Cannot read {file} of the backup: {error}.", file=MANIFEST, error=exc.strerror),
                           say("Check that the medium is mounted and readable.")) from exc
    if not present:
        raise NotABackup(say("{path} holds no Airlock backup (no manifest.json).", path=backup_dir),
                         say("Give the folder of one backup (airlock-backup-...); `airlock backup list` shows them."))
    raw = _read_capped(backup_dir / MANIFEST, MAX_MANIFEST_BYTES, MANIFEST)
    note = _read_capped(backup_dir / SIGNATURE, MAX_SIGNATURE_BYTES, SIGNATURE).decode("utf-8", errors="replace")
    manifest = Manifest.from_bytes(raw)
    digest = sha256_hex(raw)
    _check_signature(manifest, digest, note, pinned)
    if backup_dir.name != manifest.name and is_backup_name(backup_dir.name):
        raise damaged(MANIFEST, say("The folder {folder} holds the manifest of another backup ({name}).",
                                    folder=backup_dir.name, name=manifest.name))
    checkpoint_note, checkpoint = _checkpoint(backup_dir, manifest, NoteVerifier.from_line(manifest.verifier))
    # Written as `airlock audit key` prints it, so an operator can compare the two.
    fingerprint = "SHA256:" + sha256_hex(manifest.verifier.strip().encode())
    return VerifiedBackup(backup_dir, manifest, digest, checkpoint, checkpoint_note, fingerprint)


def _check_signature(manifest: Manifest, digest: str, note: str, pinned: str | None) -> None:
    """manifest.sig must be a valid signature by the appliance's key over the manifest's SHA-256.

    Which file to blame: a valid signature over other text means manifest.json changed (its
    verifier line, were that changed, would no longer parse: its key id is a hash of the key);
    a signature that does not verify means manifest.sig changed or was made with another key.
    """
    try:
        own = NoteVerifier.from_line(manifest.verifier)
    except NoteError as exc:
        raise damaged(MANIFEST, say("manifest.json names a malformed signing key: it was altered.")) from exc
    if own.name != manifest.origin:
        raise damaged(MANIFEST, say("manifest.json names a signing key that is not the audit key of {origin}.",
                                    origin=manifest.origin))
    if pinned is not None and pinned.strip() != manifest.verifier:
        raise damaged(SIGNATURE, say("manifest.sig is not signed by the key you pinned: the backup comes from "
                                     "another appliance or was signed by another key."))
    try:
        text = verify_note(note, own)
    except NoteError as exc:
        raise damaged(SIGNATURE, say("manifest.sig does not verify with the appliance's audit key: it was altered "
                                     "or signed by another key ({problem})", problem=exc.message)) from exc
    if text != manifest.signed_text(digest):
        raise damaged(MANIFEST, say("manifest.json does not match its signature: it was altered."))


def read_checked(backup_dir: Path, entry: FileEntry, cap: int = MAX_SMALL_FILE) -> bytes:
    """A small file of the backup, read whole and held to its length and SHA-256."""
    data = _read_capped(backup_dir / entry.path, cap, entry.path)
    if len(data) != entry.size:
        raise _wrong_length(entry.path, len(data), entry.size)
    if sha256_hex(data) != entry.sha256:
        raise damaged(entry.path, say("{file} does not match its SHA-256 in the manifest: it was altered or damaged.",
                                      file=entry.path))
    return data


def _checkpoint(backup_dir: Path, manifest: Manifest, verifier: NoteVerifier) -> tuple[str, Checkpoint]:
    entry = manifest.file(CHECKPOINT)
    note = read_checked(backup_dir, entry)
    text = note.decode("utf-8", errors="replace")
    try:
        checkpoint = parse_checkpoint(verify_note(text, verifier))
    except NoteError as exc:
        raise damaged(CHECKPOINT, say("checkpoint.txt does not verify: {problem}", problem=exc.message)) from exc
    if (checkpoint.origin, checkpoint.size, checkpoint.root.hex()) != (
        manifest.origin, manifest.audit_size, manifest.audit_root
    ):
        raise damaged(CHECKPOINT, say("checkpoint.txt is not the checkpoint the manifest records."))
    return text, checkpoint


def _added(relative: str) -> BackupDamaged:
    return damaged(relative, say("{file} is in the backup folder but not in its manifest: something was added.",
                                 file=relative))


def _folder_files(backup: VerifiedBackup) -> dict[str, int]:
    """Every file in the backup's folder (but the manifest and its signature), with its length."""
    listed = {entry.path for entry in backup.manifest.files}
    found: dict[str, int] = {}
    for current, dirs, files in os.walk(backup.path):
        here = Path(current).relative_to(backup.path)
        for name in sorted(dirs):
            if (here / name).as_posix() != "vault" or (Path(current) / name).is_symlink():
                raise _added((here / name).as_posix())
        for name in sorted(files):
            relative = (here / name).as_posix()
            if relative in {MANIFEST, SIGNATURE}:
                continue
            if relative not in listed:
                raise _added(relative)
            st = os.lstat(Path(current) / name)
            if not stat.S_ISREG(st.st_mode):
                raise damaged(relative, say("{file} in the backup is not a regular file.", file=relative))
            found[relative] = st.st_size
    return found


def _wrong_length(file: str, actual: int, expected: int) -> BackupDamaged:
    return damaged(file, say("{file} has {actual} bytes; the manifest says {expected}.", file=file, actual=actual,
                             expected=expected))


def check_file_set(backup: VerifiedBackup) -> None:
    """The folder holds exactly the listed files, each of its length; every shared part is there."""
    found = _folder_files(backup)
    for entry in backup.manifest.files:
        if entry.path not in found:
            raise damaged(entry.path, say("{file} is missing from the backup.", file=entry.path))
        if found[entry.path] != entry.size:
            raise _wrong_length(entry.path, found[entry.path], entry.size)
    for part in backup.manifest.parts:
        label = backup.part_label(part.sha256)
        try:
            st = os.lstat(part_path(backup.medium, part.sha256))
        except FileNotFoundError as exc:
            raise damaged(label, say("{file} is missing from the medium: the backup needs it.", file=label)) from exc
        if not stat.S_ISREG(st.st_mode):
            raise damaged(label, say("{file} in the backup is not a regular file.", file=label))
        if st.st_size != part.size:
            raise _wrong_length(label, st.st_size, part.size)


def hash_jobs(backup: VerifiedBackup) -> list[copier.CopyJob]:
    """One hashing job per file of the backup, in the manifest's order."""
    jobs = [copier.CopyJob(None, [copier.Source(backup.path / e.path, 0, e.size, e.path, e.sha256)])
            for e in backup.manifest.files if e.path not in {KEYSLOTS, CHECKPOINT}]
    jobs += [copier.CopyJob(None, [copier.Source(part_path(backup.medium, p.sha256), 0, p.size,
                                                 backup.part_label(p.sha256), p.sha256)])
             for p in backup.manifest.parts]
    return jobs


def verify_backup(
    backup_dir: Path,
    pinned: str | None = None,
    progress: Progress = no_progress,
    cancel: threading.Event | None = None,
) -> VerifiedBackup:
    """Check everything: signature, file set, and the SHA-256 of every byte. Reads, never writes."""
    backup = read_manifest(backup_dir, pinned)
    check_file_set(backup)
    read_checked(backup.path, backup.manifest.file(KEYSLOTS))
    try:
        copier.copy_files(hash_jobs(backup), progress, cancel, message=_CHECKING)
    except copier.Mismatch as exc:
        raise damaged(exc.source.label, say("{file} does not match its SHA-256 in the manifest: it was altered or "
                                            "damaged.", file=exc.source.label)) from exc
    except copier.ReadFailed as exc:
        raise read_failure(exc) from exc
    return backup


def read_failure(exc: copier.ReadFailed) -> BackupDamaged | MediumFailed:
    """A part of the backup that could not be read: shorter than listed, or an I/O error."""
    label = exc.source.label
    if exc.error is None:
        return damaged(label, say("{file} ends before the length the manifest gives: it was truncated.", file=label))
    if isinstance(exc.error, FileNotFoundError):
        return damaged(label, say("{file} is missing from the backup.", file=label))
    return MediumFailed(say("Cannot read {file} of the backup: {error}.", file=label, error=exc.error.strerror),
                        say("Check that the medium is mounted and readable."))


def find_backups(directory: Path) -> list[dict[str, object]]:
    """The backups in `directory` (or `directory` itself, if it is one), newest first.

    Read, not verified: each listing says what its manifest claims, or why it cannot be read.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise UsageError(say("{path} is not a folder.", path=directory),
                         say("Give the folder on the medium that holds the backups."))
    if (directory / MANIFEST).exists():
        candidates = [directory]
    else:
        candidates = sorted((p for p in directory.iterdir() if is_backup_name(p.name) and p.is_dir()), reverse=True)
    found: list[dict[str, object]] = []
    for candidate in candidates:
        listing: dict[str, object] = {"backup": str(candidate), "name": candidate.name}
        try:
            manifest = Manifest.from_bytes(_read_capped(candidate / MANIFEST, MAX_MANIFEST_BYTES, MANIFEST))
        except (BackupDamaged, MediumFailed) as exc:
            listing["problem"] = str(exc)
        else:
            listing.update(created=manifest.created, origin=manifest.origin, with_store=manifest.with_store,
                           objects=manifest.objects, bytes=manifest.total_bytes, audit_size=manifest.audit_size,
                           airlock_version=manifest.airlock_version)
        found.append(listing)
    return found

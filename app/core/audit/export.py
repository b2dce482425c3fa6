"""Write an audit export: a self-contained directory an auditor verifies offline.

Layout (see `verify_audit.py`, which is copied into it):

    entries.jsonl                 one canonical entry per line: exactly the hashed bytes
    checkpoints/NNNNNNNNNN.txt    each signed checkpoint, named by its tree size
    verifier.key                  the appliance's verifier key line (informational only)
    verify_audit.py               the standalone verifier
    MANIFEST.sha256               sha256sum-format hashes of every other file
    README.txt                    how the auditor runs the verifier

The directory is built under a hidden `.partial-...` name next to its final name,
every file and directory is fsynced, and only then is it renamed into place, so a pulled
medium or a crash never leaves something that looks like a finished export.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO, Final, Protocol

from app.core.audit import verify_audit
from app.core.audit.merkle import Frontier, leaf_hash
from app.core.audit.note import (
    Checkpoint,
    NoteError,
    NoteVerifier,
    parse_checkpoint,
    verify_note,
)
from app.core.errors import AlreadyExists, AuditIntegrityError, OperationFailed, UsageError
from app.core.fsutil import fsync_dir
from app.core.messages import say
from app.core.progress import Progress, check_cancel, no_progress

_WRITING: Final = say("Writing audit entries")  # said for every batch: made once

# Permissions. The export leaves the enclave on removable media to an auditor. The entries
# describe the enclave (accounts, node names, actions), so they are readable by the owner
# only; the directories are 0700 for the same reason. Checkpoints, the public verifier key,
# the verifier, the manifest and the README reveal nothing and are 0644. (On media whose file
# system has no Unix modes, such as FAT, the mount options decide instead.)
PRIVATE_FILE = 0o600
PUBLIC_FILE = 0o644
EXPORT_DIR_MODE = 0o700

_BATCH_BYTES = 4 << 20
_README = """\
Airlock audit export
====================

This directory is an export of the tamper-evident audit log of an Airlock appliance.

  entries.jsonl               one audit entry per line (canonical JSON), seq 0, 1, 2, ...
  checkpoints/NNNNNNNNNN.txt  signed tree heads (C2SP tlog-checkpoint) over the first N entries
  verifier.key                the appliance's verifier key, as the appliance states it
  verify_audit.py             the standalone verifier (Python 3.11+ and `cryptography`)
  MANIFEST.sha256             SHA-256 of every other file (`sha256sum -c MANIFEST.sha256`)

To verify, use the verifier key you recorded when you first trusted this appliance,
NOT the verifier.key shipped here (anyone who can alter the export can replace it):

    python3 verify_audit.py . --key /path/to/your/pinned-verifier.key

If you kept a checkpoint file from an earlier export, also prove that this export
extends the history you saw then (detects rewritten or forked histories):

    python3 verify_audit.py . --key PINNED.key --last-checkpoint OLD/checkpoints/NNNNNNNNNN.txt

Add --json for a machine-readable report. Exit status: 0 verified, 1 failed, 2 usage error.
Entries a verified checkpoint seals are accepted on its signed root, which fixes their
exact bytes; add --thorough to also check every one of them entry by entry (slower).
Keep the newest checkpoint of this export for your next audit.
"""


@dataclass(frozen=True)
class ExportResult:
    """What was written: the final directory and what it holds."""

    path: Path
    entries: int
    checkpoints: int
    sealed_size: int
    root: bytes
    manifest_sha256: str


def write_export(
    out_dir: Path,
    entries: Iterable[bytes],
    checkpoints: list[str],
    verifier_line: str,
    progress: Progress = no_progress,
    cancel: threading.Event | None = None,
    *,
    name: str | None = None,
    total: int | None = None,
) -> ExportResult:
    """Write the export into a new directory `out_dir / name`, atomically.

    `entries` are the canonical entry bytes in seq order (no newline inside);
    `checkpoints` the signed checkpoint notes. Every checkpoint must verify against
    `verifier_line` and match the tree of the entries, so an export that would not
    verify is never written. `name` defaults to `airlock-audit-<UTC time>-<size>`.
    `total` (the number of entries, if known) only feeds progress reports.

    Raises `AuditIntegrityError` if the entries or checkpoints do not hold together,
    `AlreadyExists` if the target exists, `Cancelled` when cancelled, `OperationFailed`
    on I/O errors; on any error nothing is left behind.
    """
    verifier = _parse_verifier(verifier_line)
    signed = _index_checkpoints(checkpoints, verifier)
    newest = max(signed) if signed else 0
    if name is not None and (name in {"", ".", ".."} or "/" in name or name.startswith(".")):
        msg = say("{name} cannot name an audit export directory.", name=repr(name))
        raise UsageError(msg, say("Give a plain directory name."))
    final = Path(out_dir) / (name or _default_name(newest))
    if final.exists() or final.is_symlink():
        msg = say("{path} already exists.", path=final)
        raise AlreadyExists(msg, say("Choose another directory or remove the old export."))
    partial = final.with_name(f".partial-{final.name}-{os.urandom(4).hex()}")
    try:
        partial.mkdir(mode=EXPORT_DIR_MODE)
    except OSError as exc:
        msg = say(
            "Could not write the audit export in {directory}: {error}.", directory=out_dir, error=exc.strerror or exc
        )
        raise OperationFailed(msg, say("Check the medium is mounted, writable and has space.")) from exc
    try:
        result = _build(partial, final, entries, signed, verifier, progress, cancel, total)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return ExportResult(final, result[0], len(signed), newest, result[1], result[2])


def _build(
    partial: Path,
    final: Path,
    entries: Iterable[bytes],
    signed: _Signed,
    verifier: NoteVerifier,
    progress: Progress,
    cancel: threading.Event | None,
    total: int | None,
) -> tuple[int, bytes, str]:
    """Fill the hidden directory, make it durable, then give it its final name."""
    try:
        os.chmod(partial, EXPORT_DIR_MODE)
        result = _fill(partial, entries, signed, verifier, progress, cancel, total)
        fsync_dir(partial)
        if final.exists() or final.is_symlink():
            msg = say("{path} appeared while the export was being written.", path=final)
            raise AlreadyExists(msg, say("Choose another directory."))
        partial.rename(final)
        fsync_dir(final.parent)
    except OSError as exc:
        msg = say("Could not write the audit export {path}: {error}.", path=final, error=exc.strerror or exc)
        raise OperationFailed(msg, say("Check the medium is mounted, writable and has space.")) from exc
    return result


def _parse_verifier(line: str) -> NoteVerifier:
    try:
        return NoteVerifier.from_line(line)
    except NoteError as exc:
        msg = say("The audit verifier key cannot be used for an export: {problem}", problem=exc)
        raise AuditIntegrityError(msg) from exc


_Signed = dict[int, tuple[str, Checkpoint]]


def _index_checkpoints(checkpoints: list[str], verifier: NoteVerifier) -> _Signed:
    """Verify each checkpoint and index it (note text and parsed form) by tree size."""
    signed: _Signed = {}
    for note in checkpoints:
        try:
            checkpoint = parse_checkpoint(verify_note(note, verifier))
        except NoteError as exc:
            msg = say("A checkpoint to export does not verify: {problem}", problem=exc)
            raise AuditIntegrityError(msg) from exc
        if checkpoint.size in signed and signed[checkpoint.size][1].root != checkpoint.root:
            msg = say("Two different checkpoints for tree size {size}: the log forked.", size=checkpoint.size)
            raise AuditIntegrityError(msg, say("Run `airlock audit verify` and report it."))
        signed[checkpoint.size] = (note, checkpoint)
    return signed


def _default_name(size: int) -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"airlock-audit-{stamp}-{size}"


def _fill(
    partial: Path,
    entries: Iterable[bytes],
    signed: _Signed,
    verifier: NoteVerifier,
    progress: Progress,
    cancel: threading.Event | None,
    total: int | None,
) -> tuple[int, bytes, str]:
    hashes: dict[str, str] = {}
    count, root, hashes[verify_audit.ENTRIES_FILE] = _write_entries(
        partial / verify_audit.ENTRIES_FILE, entries, signed, progress, cancel, total
    )
    folder = partial / verify_audit.CHECKPOINT_DIR
    folder.mkdir(mode=EXPORT_DIR_MODE)
    os.chmod(folder, EXPORT_DIR_MODE)
    for size, (note, _) in sorted(signed.items()):
        relative = f"{verify_audit.CHECKPOINT_DIR}/{size:010d}.txt"
        hashes[relative] = _write_file(partial / relative, note.encode("utf-8"), PUBLIC_FILE)
    fsync_dir(folder)
    source = Path(verify_audit.__file__).read_bytes()
    small = {
        verify_audit.KEY_FILE: (verifier.line() + "\n").encode("ascii"),
        "verify_audit.py": source,
        "README.txt": _README.encode("utf-8"),
    }
    for relative, data in small.items():
        hashes[relative] = _write_file(partial / relative, data, PUBLIC_FILE)
    manifest = "".join(f"{digest}  {path}\n" for path, digest in sorted(hashes.items()))
    manifest_hash = _write_file(partial / verify_audit.MANIFEST_FILE, manifest.encode("utf-8"), PUBLIC_FILE)
    return count, root, manifest_hash


def _write_entries(
    path: Path,
    entries: Iterable[bytes],
    signed: _Signed,
    progress: Progress,
    cancel: threading.Event | None,
    total: int | None,
) -> tuple[int, bytes, str]:
    """Stream the entries out in large writes, hashing file and tree as they pass.

    Entries are taken in batches that end at every checkpoint size, so each signed root
    is compared with the tree at exactly its size.
    """
    file_hash = hashlib.sha256()
    frontier = Frontier()
    report_total = total if total is not None else max(signed, default=0)
    batch: list[bytes] = []
    batch_bytes = 0
    with _create(path, PRIVATE_FILE) as handle:
        for entry in entries:
            batch.append(entry)
            batch_bytes += len(entry)
            if batch_bytes >= _BATCH_BYTES or frontier.size + len(batch) in signed:
                _write_batch(handle, batch, frontier, file_hash, signed)
                batch, batch_bytes = [], 0
                check_cancel(cancel, "The audit export")
                progress(frontier.size, max(report_total, frontier.size), _WRITING)
        _write_batch(handle, batch, frontier, file_hash, signed)
        handle.flush()
        os.fsync(handle.fileno())
    beyond = [size for size in signed if size > frontier.size]
    if beyond:
        msg = say(
            "A checkpoint seals {sealed} entries but only {count} were given: entries are missing from the log.",
            sealed=min(beyond),
            count=frontier.size,
        )
        raise AuditIntegrityError(msg, say("Run `airlock audit verify` and report it."))
    check_cancel(cancel, "The audit export")
    progress(frontier.size, frontier.size, say("Audit entries written"))
    return frontier.size, frontier.root(), file_hash.hexdigest()


def _write_batch(
    handle: BinaryIO,
    batch: list[bytes],
    frontier: Frontier,
    file_hash: _Hasher,
    signed: _Signed,
) -> None:
    """Write a batch as lines in one call and add it to the tree."""
    if not batch:
        return
    data = b"\n".join(batch) + b"\n"
    if data.count(b"\n") != len(batch):
        first = next(index for index, entry in enumerate(batch) if b"\n" in entry)
        msg = say("Audit entry seq {seq} holds a newline; it is not canonical.", seq=frontier.size + first)
        raise AuditIntegrityError(msg, say("Run `airlock audit verify` and report it."))
    frontier.extend([leaf_hash(entry) for entry in batch])
    if frontier.size in signed:
        _check_root(frontier, signed[frontier.size][1])
    file_hash.update(data)
    handle.write(data)


def _check_root(frontier: Frontier, checkpoint: Checkpoint) -> None:
    if checkpoint.root != frontier.root():
        msg = say(
            "The signed checkpoint for tree size {size} does not match the stored "
            "entries 0..{last}: the audit log was altered.",
            size=checkpoint.size,
            last=checkpoint.size - 1,
        )
        raise AuditIntegrityError(msg, say("Run `airlock audit verify` and report it; nothing was exported."))


class _Hasher(Protocol):
    """What `_write_batch` needs of a hashlib object."""

    def update(self, data: bytes, /) -> None: ...


@contextlib.contextmanager
def _create(path: Path, mode: int) -> Iterator[BinaryIO]:
    """Open a new file (never an existing one or a link) with `mode` set before any byte."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, mode)
    try:
        os.fchmod(fd, mode)
        handle = os.fdopen(fd, "wb", buffering=1 << 20)
    except BaseException:
        os.close(fd)
        raise
    with handle:
        yield handle


def _write_file(path: Path, data: bytes, mode: int) -> str:
    """Create `path` with `mode`, write and fsync `data`; return its SHA-256 hex."""
    with _create(path, mode) as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    return hashlib.sha256(data).hexdigest()

"""What a backup looks like on a medium, and its manifest.

    DIR/                                   the medium (or any folder on it)
      .airlock-backup.lock                 held while a backup is written here
      airlock-objects/ab/abcd...           content-store object parts, each named by its own
                                           SHA-256, shared by every backup in DIR
      airlock-backup-20261201T101500Z/     one backup, complete on its own
        manifest.json                      every file below (length, SHA-256), the shared parts it
                                           needs, the audit log's size and root at the snapshot
        manifest.sig                       a signed note holding the manifest's SHA-256, signed
                                           with the appliance's audit key
        checkpoint.txt                     the signed audit checkpoint the snapshot ends with
        vault/keyslots.json                the key slots (a passphrase of an account or the
                                           recovery key opens them; nothing else does)
        vault/airlock.db.000 ...           the encrypted database, byte for byte, in parts
        vault/objects.sealed               which store object is made of which parts, sealed
        README.txt
      .partial-airlock-backup-.../         a backup being written; never looks complete

Every name is short, lowercase where it is ours, and fits FAT32; no file is larger than the
part size (just under 4 GiB by default). The manifest is read from a medium, so it is
parsed strictly: sizes are capped, every path is checked, nothing unexpected is accepted.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.core.backup.errors import BackupDamaged
from app.core.bundles import limits
from app.core.messages import say

FORMAT = "airlock-backup"
VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
CHECKPOINT = "checkpoint.txt"
README = "README.txt"
KEYSLOTS = "vault/keyslots.json"
DATABASE_PREFIX = "vault/airlock.db."
OBJECT_INDEX = "vault/objects.sealed"
OBJECTS_DIR = "airlock-objects"
LOCK_FILE = ".airlock-backup.lock"
NAME_PREFIX = "airlock-backup-"
PARTIAL_PREFIX = ".partial-"
TEMP_PREFIX = ".tmp-"
SIGNED_TITLE = "airlock backup manifest"

PART_SIZE = limits.DEFAULT_SPLIT_SIZE
"""Files on the medium stay just below 4 GiB, the largest file FAT32 holds."""
MIN_PART_SIZE = limits.MIN_SPLIT_SIZE
MAX_MANIFEST_BYTES = 64 * limits.MIB
"""A manifest for a million parts fits; a larger file is refused unread."""
MAX_SIGNATURE_BYTES = 64 * 1024
MAX_FILES = 100_000
MAX_PARTS = 1_000_000

_HEX64 = re.compile(r"[0-9a-f]{64}")
_FILE = re.compile(r"(vault/)?[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
_NAME = re.compile(r"airlock-backup-[0-9]{8}T[0-9]{6}Z(-[0-9]{1,4})?")
_CHECK_HINT = say("Use another backup, or make a new one from the appliance.")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def is_backup_name(name: str) -> bool:
    return _NAME.fullmatch(name) is not None


def backup_name(now: datetime, taken: set[str]) -> str:
    """`airlock-backup-<UTC time>`, with a counter when one with that name exists already."""
    base = NAME_PREFIX + now.strftime("%Y%m%dT%H%M%SZ")
    name, counter = base, 1
    while name in taken:
        counter += 1
        name = f"{base}-{counter}"
    return name


def part_path(medium: Path, sha256: str) -> Path:
    """Where the shared part with this SHA-256 lives on the medium."""
    return medium / OBJECTS_DIR / sha256[:2] / sha256


def database_part(index: int) -> str:
    return f"{DATABASE_PREFIX}{index:03d}"


def split(length: int, part_size: int) -> list[tuple[int, int]]:
    """(offset, length) of each part of a file of `length` bytes; an empty file is one empty part."""
    if length == 0:
        return [(0, 0)]
    return [(offset, min(part_size, length - offset)) for offset in range(0, length, part_size)]


@dataclass(frozen=True)
class FileEntry:
    """A file inside the backup's own folder."""

    path: str
    size: int
    sha256: str

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "size": self.size, "sha256": self.sha256}


@dataclass(frozen=True)
class PartEntry:
    """A shared object part on the medium, named by its SHA-256."""

    sha256: str
    size: int

    def to_json(self) -> dict[str, Any]:
        return {"sha256": self.sha256, "size": self.size}


@dataclass(frozen=True)
class Manifest:
    """What one backup holds. Written canonically (sorted keys, no spaces) and signed."""

    name: str
    created: str
    origin: str
    verifier: str
    airlock_version: str
    with_store: bool
    part_size: int
    audit_size: int
    audit_root: str
    database: tuple[str, ...]
    files: tuple[FileEntry, ...]
    parts: tuple[PartEntry, ...]
    objects: int
    store_bytes: int

    def to_bytes(self) -> bytes:
        body = {
            "format": FORMAT,
            "version": VERSION,
            "name": self.name,
            "created": self.created,
            "origin": self.origin,
            "verifier": self.verifier,
            "airlock_version": self.airlock_version,
            "with_store": self.with_store,
            "part_size": self.part_size,
            "audit": {"size": self.audit_size, "root": self.audit_root},
            "database": list(self.database),
            "files": [entry.to_json() for entry in self.files],
            "parts": [part.to_json() for part in self.parts],
            "objects": self.objects,
            "store_bytes": self.store_bytes,
        }
        return json.dumps(body, sort_keys=True, separators=(",", ":")).encode() + b"\n"

    def signed_text(self, manifest_sha256: str) -> str:
        """The text of manifest.sig: what the audit key signs."""
        return f"{SIGNED_TITLE}\n{self.origin}\n{self.name}\n{manifest_sha256}\n"

    @property
    def total_bytes(self) -> int:
        return sum(entry.size for entry in self.files) + sum(part.size for part in self.parts)

    def file(self, path: str) -> FileEntry:
        for entry in self.files:
            if entry.path == path:
                return entry
        raise _damaged(MANIFEST, say("The manifest lists no {file}.", file=path))

    @classmethod
    def from_bytes(cls, raw: bytes) -> Manifest:
        """Parse a manifest read from a medium; `BackupDamaged` naming manifest.json if it is not one."""
        try:
            body = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            raise _damaged(MANIFEST, say("manifest.json is not valid JSON: the backup is damaged.")) from exc
        if not isinstance(body, dict) or body.get("format") != FORMAT:
            raise _damaged(MANIFEST, say("manifest.json is not the manifest of an Airlock backup."))
        if body.get("version") != VERSION:
            raise _damaged(
                MANIFEST,
                say("The backup has format version {version}; this Airlock reads version 1.",
                    version=repr(body.get("version"))),
                say("Restore it with the Airlock version that made it."),
            )
        try:
            return cls._parse(body)
        except (KeyError, TypeError, ValueError) as exc:
            raise _damaged(MANIFEST, say("manifest.json is malformed ({problem}).", problem=str(exc)[:200])) from exc

    @classmethod
    def _parse(cls, body: dict[str, Any]) -> Manifest:
        files = tuple(_file_entry(item) for item in _list(body["files"], MAX_FILES, "files"))
        parts = tuple(_part_entry(item) for item in _list(body["parts"], MAX_PARTS, "parts"))
        database = tuple(_text(item, "database part") for item in _list(body["database"], MAX_FILES, "database"))
        audit = body["audit"]
        if not isinstance(audit, dict):
            raise TypeError("audit is not an object")
        manifest = cls(
            name=_text(body["name"], "name"),
            created=_text(body["created"], "created"),
            origin=_text(body["origin"], "origin"),
            verifier=_text(body["verifier"], "verifier"),
            airlock_version=_text(body["airlock_version"], "airlock_version"),
            with_store=_bool(body["with_store"], "with_store"),
            part_size=_count(body["part_size"], "part_size"),
            audit_size=_count(audit["size"], "audit size"),
            audit_root=_hex(audit["root"], "audit root"),
            database=database,
            files=files,
            parts=parts,
            objects=_count(body["objects"], "objects"),
            store_bytes=_count(body["store_bytes"], "store_bytes"),
        )
        manifest._check()
        return manifest

    def _check(self) -> None:
        if not is_backup_name(self.name):
            raise ValueError(f"name {self.name[:80]!r} is not a backup name")
        if not MIN_PART_SIZE <= self.part_size <= limits.MAX_FILE_LENGTH:
            raise ValueError("part_size is out of range")
        paths = [entry.path for entry in self.files]
        if len(set(paths)) != len(paths) or len({p.lower() for p in paths}) != len(paths):
            raise ValueError("a file is listed twice")
        if len({part.sha256 for part in self.parts}) != len(self.parts):
            raise ValueError("a part is listed twice")
        required = {KEYSLOTS, CHECKPOINT, *self.database} | ({OBJECT_INDEX} if self.with_store else set())
        if not required <= set(paths) or not self.database:
            raise ValueError("the vault's files are not all listed")
        if self.database != tuple(database_part(i) for i in range(len(self.database))):
            raise ValueError("the database parts are not numbered 000, 001, ...")
        if not self.with_store and self.parts:
            raise ValueError("a backup without the store lists object parts")
        if any(entry.size > self.part_size for entry in self.files) or any(
            part.size > self.part_size for part in self.parts
        ):
            raise ValueError("a file is larger than the part size")


def _damaged(file: str, message: Any, hint: Any = None) -> BackupDamaged:
    return BackupDamaged(file, message, hint if hint is not None else _CHECK_HINT)


def _list(value: object, cap: int, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError(f"{what} is not a list")
    if len(value) > cap:
        raise ValueError(f"{what} lists more than {cap} items")
    return value


def _text(value: object, what: str) -> str:
    if not isinstance(value, str) or not value or len(value) > limits.MAX_TEXT_CHARS:
        raise ValueError(f"{what} is not a short text")
    if any(ord(ch) < 0x20 for ch in value):  # noqa: PLR2004 - control characters
        raise ValueError(f"{what} holds control characters")
    return value


def _count(value: object, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= limits.MAX_FILE_LENGTH:
        raise ValueError(f"{what} is not a count")
    return value


def _bool(value: object, what: str) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{what} is not true or false")
    return value


def _hex(value: object, what: str) -> str:
    if not isinstance(value, str) or _HEX64.fullmatch(value) is None:
        raise ValueError(f"{what} is not a SHA-256 in hex")
    return value


def _file_entry(item: object) -> FileEntry:
    if not isinstance(item, dict) or set(item) != {"path", "size", "sha256"}:
        raise ValueError("a file entry is malformed")
    path = item["path"]
    if not isinstance(path, str) or _FILE.fullmatch(path) is None or ".." in path or path in {MANIFEST, SIGNATURE}:
        raise ValueError(f"file path {str(path)[:80]!r} is not allowed")
    return FileEntry(path, _count(item["size"], "size"), _hex(item["sha256"], "sha256"))


def _part_entry(item: object) -> PartEntry:
    if not isinstance(item, dict) or set(item) != {"sha256", "size"}:
        raise ValueError("a part entry is malformed")
    return PartEntry(_hex(item["sha256"], "sha256"), _count(item["size"], "size"))

"""The backup's names, parts and manifest, without a vault: every rule the parser holds."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.backup.errors import BackupDamaged
from app.core.backup.index import open_index, seal_index
from app.core.backup.layout import (
    FileEntry,
    Manifest,
    PartEntry,
    backup_name,
    database_part,
    is_backup_name,
    part_path,
    split,
)

H = "ab" * 32


def _manifest(**change: object) -> Manifest:
    fields: dict[str, object] = {
        "name": "airlock-backup-20261201T101500Z", "created": "2026-12-01T10:15:00.000000Z",
        "origin": "airlock/0123", "verifier": "airlock/0123+00000000+AQ==", "airlock_version": "0.1.0",
        "with_store": True, "part_size": 1 << 20, "audit_size": 10, "audit_root": H,
        "database": (database_part(0), database_part(1)),
        "files": tuple(FileEntry(p, 5, H) for p in ("README.txt", "checkpoint.txt", "vault/airlock.db.000",
                                                    "vault/airlock.db.001", "vault/keyslots.json",
                                                    "vault/objects.sealed")),
        "parts": (PartEntry("cd" * 32, 7),), "objects": 1, "store_bytes": 7,
    }
    fields.update(change)
    return Manifest(**fields)  # type: ignore[arg-type]


def test_a_manifest_round_trips_canonically() -> None:
    manifest = _manifest()
    raw = manifest.to_bytes()
    assert Manifest.from_bytes(raw) == manifest
    assert raw == json.dumps(json.loads(raw), sort_keys=True, separators=(",", ":")).encode() + b"\n"
    assert manifest.total_bytes == 6 * 5 + 7
    assert manifest.signed_text("00" * 32).splitlines() == ["airlock backup manifest", "airlock/0123",
                                                            manifest.name, "00" * 32]


@pytest.mark.parametrize(("change", "said"), [
    ({"name": "../escape"}, "not a backup name"),
    ({"part_size": 100}, "part_size is out of range"),
    ({"files": (FileEntry("README.txt", 5, H), FileEntry("readme.txt", 5, H))}, "listed twice"),
    ({"parts": (PartEntry(H, 1), PartEntry(H, 1))}, "listed twice"),
    ({"database": (database_part(1),)}, "numbered 000"),
    ({"with_store": False}, "lists object parts"),
    ({"parts": (PartEntry(H, 2 << 20),)}, "larger than the part size"),
    ({"files": (FileEntry("README.txt", 5, H),)}, "not all listed"),
])
def test_a_manifest_that_breaks_a_rule_is_refused_naming_it(change: dict[str, object], said: str) -> None:
    raw = _manifest(**change).to_bytes()
    with pytest.raises(BackupDamaged, match=said) as refused:
        Manifest.from_bytes(raw)
    assert refused.value.file == "manifest.json"


@pytest.mark.parametrize("path", ["/etc/passwd", "../x", "vault/../x", "a/b/c", "vault/", ".hidden", "x" * 200,
                                  "manifest.json", "vault/a b"])
def test_file_paths_are_plain_names_inside_the_backup(path: str) -> None:
    body = json.loads(_manifest().to_bytes())
    body["files"].append({"path": path, "size": 1, "sha256": H})
    with pytest.raises(BackupDamaged, match="malformed"):
        Manifest.from_bytes(json.dumps(body).encode())


@given(st.binary(max_size=300))
def test_garbage_is_refused_cleanly(raw: bytes) -> None:
    with pytest.raises(BackupDamaged):
        Manifest.from_bytes(raw)


@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=1, max_value=4096))
def test_parts_cover_a_file_exactly_in_order(length: int, part_size: int) -> None:
    parts = split(length, part_size)
    assert sum(size for _offset, size in parts) == length
    assert all(size <= part_size for _offset, size in parts)
    assert [offset for offset, _size in parts] == [i * part_size for i in range(len(parts))]


def test_names_fit_fat32_and_never_collide() -> None:
    now = datetime(2026, 12, 1, 10, 15, tzinfo=UTC)
    first = backup_name(now, set())
    second = backup_name(now, {first})
    assert (first, second) == ("airlock-backup-20261201T101500Z", "airlock-backup-20261201T101500Z-2")
    assert is_backup_name(first)
    assert is_backup_name(second)
    assert not is_backup_name(".partial-" + first)
    from pathlib import Path

    assert part_path(Path("/m"), H) == Path("/m/airlock-objects/ab") / H


def test_the_object_index_opens_only_with_its_key_and_its_backup_name() -> None:
    key = bytes(range(32))
    index = {H: [PartEntry("cd" * 32, 7), PartEntry("ef" * 32, 3)]}
    blob = seal_index(key, "airlock-backup-20261201T101500Z", index)
    assert H.encode() not in blob
    assert open_index(key, "airlock-backup-20261201T101500Z", blob) == index
    for wrong_key, name in ((bytes(32), "airlock-backup-20261201T101500Z"), (key, "airlock-backup-20261201T101501Z")):
        with pytest.raises(BackupDamaged, match="does not open"):
            open_index(wrong_key, name, blob)
    with pytest.raises(BackupDamaged):
        open_index(key, "airlock-backup-20261201T101500Z", blob[:20])

"""A backup on a medium is hostile input: every alteration is caught and named, nothing leaks.

For each file of a real backup (the vault's files, the small files, every shared object
part): one flipped byte, the file deleted, a file added, a manifest signed by another key.
`backup verify` and `backup restore` must refuse, naming the file, and the restore target
must stay exactly as it was.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.audit.note import format_checkpoint, sign_note, verifier_line
from app.core.backup.layout import Manifest, sha256_hex
from app.core.service import BackupDamaged, Credentials, restore_backup, verify_backup
from tests.conftest import ADMIN_PASSPHRASE, Vault, run_cli
from tests.lab.backup_factory import (
    AUDITOR,
    MEDIA_ROOT,
    OPERATOR,
    SMALL_PARTS,
    flip_byte,
    fresh_copy,
    medium_files,
    stock,
    tree_state,
)
from tests.lab.bundle_factory import TrustLab

pytestmark = pytest.mark.slow
ADMIN = Credentials("admin", ADMIN_PASSPHRASE.encode())


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Vault, Path, Path]:
    """One stocked vault and one backup of it with the store in small parts, shared by the tests."""
    from app.core.service import init_vault

    base = tmp_path_factory.mktemp("tamper")
    secrets = base / "secrets"
    secrets.mkdir(mode=0o700)
    session, recovery = init_vault(base / "data", "admin", ADMIN_PASSPHRASE.encode())
    session.close()
    vault = Vault(base / "data", secrets, recovery)
    vault.write_passphrase("admin", ADMIN_PASSPHRASE)
    trust = TrustLab(base / "publisher")
    with vault.open() as opened:
        opened.trust_init(trust.root_json, trust.fingerprint)
    stock(vault, trust, weights=150_000)
    medium = base / "usb"
    medium.mkdir()
    with vault.open() as opened:
        backup = opened.create_backup(medium, with_store=True, part_size=SMALL_PARTS).path
    return vault, medium, backup


def _label(backup: Path, path: Path) -> str:
    if path.is_relative_to(backup):
        return path.relative_to(backup).as_posix()
    return (Path("..") / path.relative_to(backup.parent)).as_posix()


def _every_file(medium: Path, backup: Path) -> list[str]:
    """The backup's own files and the shared parts it uses, named as the operator is told them."""
    return [_label(backup, p) for p in medium_files(medium) if p.is_relative_to(backup) or "airlock-objects" in p.parts]


def _refused_by_both(backup: Path, target: Path, file: str) -> None:
    with pytest.raises(BackupDamaged) as verified:
        verify_backup(backup)
    assert verified.value.file == file, str(verified.value)
    assert file in str(verified.value) or file in {"manifest.json", "manifest.sig"}
    with pytest.raises(BackupDamaged) as restored:
        restore_backup(backup, target, ADMIN)
    assert restored.value.file == file, str(restored.value)
    assert tree_state(target) is None  # nothing was written to the target


def test_the_medium_holds_no_plaintext_and_sqlite_opens_none_of_its_files(made: tuple[Vault, Path, Path]) -> None:
    _vault, medium, _backup = made
    files = medium_files(medium)
    assert len(files) > 15
    secrets = [OPERATOR, AUDITOR, MEDIA_ROOT, "northwind", "idle_lock_seconds", "bundle.import", "SQLite format 3"]
    for path in files:
        data = path.read_bytes()
        for text in secrets:
            assert text.encode() not in data, f"{text!r} is readable in {path}"
            assert text.encode("utf-16-le") not in data, f"{text!r} is readable in {path}"
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()


def test_a_flipped_byte_in_any_file_is_named_and_nothing_is_restored(
    made: tuple[Vault, Path, Path], tmp_path: Path,
) -> None:
    _vault, medium, backup = made
    verify_backup(backup)
    names = _every_file(medium, backup)
    assert len(names) > 15
    for index, name in enumerate(names):
        copy = fresh_copy(medium, tmp_path / f"medium-{index}")
        broken = copy / backup.name / name
        flip_byte(broken)
        _refused_by_both(copy / backup.name, tmp_path / f"target-{index}", name)
        shutil.rmtree(copy)


def test_a_deleted_or_added_file_is_named(made: tuple[Vault, Path, Path], tmp_path: Path) -> None:
    _vault, medium, backup = made
    names = _every_file(medium, backup)
    for index, name in enumerate(names[:8] + names[8::5]):
        copy = fresh_copy(medium, tmp_path / "medium")
        (copy / backup.name / name).unlink()
        _refused_by_both(copy / backup.name, tmp_path / f"target-d{index}", name)
    for index, name in enumerate(["extra.txt", "vault/airlock.db.999", "vault/notes"]):
        copy = fresh_copy(medium, tmp_path / "medium")
        (copy / backup.name / name).write_bytes(b"added")
        _refused_by_both(copy / backup.name, tmp_path / f"target-a{index}", name)
    copy = fresh_copy(medium, tmp_path / "medium")
    (copy / backup.name / "more").mkdir()
    _refused_by_both(copy / backup.name, tmp_path / "target-dir", "more")
    # A part that belongs to another backup on the same medium is no business of this one.
    (copy / backup.name / "more").rmdir()
    (copy / "airlock-objects" / "00").mkdir(exist_ok=True)
    (copy / "airlock-objects" / "00" / ("00" * 32)).write_bytes(b"someone else's part")
    verify_backup(copy / backup.name)


def _resign(backup: Path, key: Ed25519PrivateKey, *, with_its_key: bool) -> None:
    """Sign the backup with `key`: only manifest.sig, or the manifest and checkpoint re-made around it."""
    manifest = Manifest.from_bytes((backup / "manifest.json").read_bytes())
    raw = (backup / "manifest.json").read_bytes()
    if with_its_key:
        checkpoint = sign_note(format_checkpoint(manifest.origin, manifest.audit_size, bytes.fromhex(manifest.audit_root)),
                               manifest.origin, key)
        (backup / "checkpoint.txt").write_text(checkpoint)
        body = json.loads(raw)
        body["verifier"] = verifier_line(manifest.origin, key.public_key())
        for entry in body["files"]:
            if entry["path"] == "checkpoint.txt":
                entry.update(size=len(checkpoint.encode()), sha256=sha256_hex(checkpoint.encode()))
        raw = json.dumps(body, sort_keys=True, separators=(",", ":")).encode() + b"\n"
        (backup / "manifest.json").write_bytes(raw)
        manifest = Manifest.from_bytes(raw)
    (backup / "manifest.sig").write_text(sign_note(manifest.signed_text(sha256_hex(raw)), manifest.origin, key))


def test_a_manifest_signed_by_another_key_is_refused(made: tuple[Vault, Path, Path], tmp_path: Path) -> None:
    vault, medium, backup = made
    forger = Ed25519PrivateKey.generate()
    copy = fresh_copy(medium, tmp_path / "medium")
    _resign(copy / backup.name, forger, with_its_key=False)
    _refused_by_both(copy / backup.name, tmp_path / "target-1", "manifest.sig")

    # Everything re-made around the other key: whole and self-consistent, but not the appliance's.
    copy = fresh_copy(medium, tmp_path / "medium")
    _resign(copy / backup.name, forger, with_its_key=True)
    pinned = vault.cli("audit", "key").stdout.strip()
    with pytest.raises(BackupDamaged) as refused:
        verify_backup(copy / backup.name, pinned)
    assert refused.value.file == "manifest.sig"
    assert "not signed by the key you pinned" in str(refused.value)
    key_file = tmp_path / "pinned.key"
    key_file.write_text(pinned + "\n")
    done = run_cli("backup", "verify", str(copy / backup.name), "--key", str(key_file), "--json")
    assert done.returncode == 1
    assert json.loads(done.stdout)["file"] == "manifest.sig"
    # Without a pinned key, only the vault inside can tell: the restore opens it and refuses.
    verify_backup(copy / backup.name)
    with pytest.raises(BackupDamaged) as restored:
        restore_backup(copy / backup.name, tmp_path / "target-2", ADMIN)
    assert restored.value.file == "manifest.sig"
    assert "signed by a key other than the appliance's own audit key" in str(restored.value)
    assert tree_state(tmp_path / "target-2") is None


def test_a_manifest_of_garbage_is_refused_clearly(made: tuple[Vault, Path, Path], tmp_path: Path) -> None:
    _vault, medium, backup = made
    cases = {
        b"": "not valid JSON",
        b"[]": "not the manifest of an Airlock backup",
        b'{"format": "airlock-backup", "version": 9}': "format version 9",
        b'{"format": "airlock-backup", "version": 1, "files": "x"}': "malformed",
        b"{" * 100_000: "not valid JSON",
    }
    for index, (garbage, said) in enumerate(cases.items()):
        copy = fresh_copy(medium, tmp_path / "medium")
        (copy / backup.name / "manifest.json").write_bytes(garbage)
        with pytest.raises(BackupDamaged, match=said) as refused:
            verify_backup(copy / backup.name)
        assert refused.value.file == "manifest.json"
        assert tree_state(tmp_path / f"t{index}") is None
    raw = json.loads((backup / "manifest.json").read_bytes())
    for change in ({"files": [{"path": "../escape", "size": 1, "sha256": "0" * 64}]},
                   {"database": ["vault/airlock.db.001"]}, {"part_size": 1}, {"name": "x"}):
        copy = fresh_copy(medium, tmp_path / "medium")
        (copy / backup.name / "manifest.json").write_bytes(json.dumps({**raw, **change}).encode())
        with pytest.raises(BackupDamaged, match="malformed") as refused:
            verify_backup(copy / backup.name)
        assert refused.value.file == "manifest.json"

"""Nothing about the enclave can be read from the appliance's disk; wrong keys change nothing."""

from __future__ import annotations

import sqlite3
import stat

import pytest

from app.core import db as dbmod
from app.core.errors import AuthenticationError, VaultError
from app.core.service import open_session, open_with_recovery, rekey

SECRET_NAMES = ("zanzibar-ops", "quokka-audit")
AUDIT_TEXT = "idle_lock_seconds"


def _populate(vault) -> None:
    vault.add_account(SECRET_NAMES[0], "operator")
    vault.add_account(SECRET_NAMES[1], "auditor")
    with vault.open() as session:
        session.set_setting(AUDIT_TEXT, "1234")


def test_database_file_holds_no_cleartext(vault) -> None:
    _populate(vault)
    raw = vault.db_bytes()
    for needle in (*SECRET_NAMES, AUDIT_TEXT, "session.unlock", "admin", "CREATE TABLE", "SQLite format 3"):
        assert needle.encode() not in raw, needle
    slots = (vault.data_dir / "keyslots.json").read_bytes()
    # Roles are in clear (to find the only admin); names are not.
    for name in SECRET_NAMES:
        assert name.encode() not in slots, "key slot ids must not reveal account names"


def test_standard_sqlite_cannot_open_it(vault) -> None:
    conn = sqlite3.connect(vault.data_dir / "airlock.db")
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_files_are_private(vault) -> None:
    for name in ("airlock.db", "keyslots.json"):
        mode = stat.S_IMODE((vault.data_dir / name).stat().st_mode)
        assert mode == 0o600, (name, oct(mode))
    assert stat.S_IMODE(vault.data_dir.stat().st_mode) == 0o700


def test_wrong_passphrase_leaves_files_byte_identical(vault) -> None:
    _populate(vault)
    before = vault.db_bytes(), (vault.data_dir / "keyslots.json").read_bytes()
    with pytest.raises(AuthenticationError, match="Wrong passphrase"):
        open_session(vault.data_dir, "admin", b"not the passphrase")
    with pytest.raises(AuthenticationError, match="Wrong account name or passphrase"):
        open_session(vault.data_dir, "nobody", b"not the passphrase")
    with pytest.raises(AuthenticationError):
        open_with_recovery(vault.data_dir, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH")
    after = vault.db_bytes(), (vault.data_dir / "keyslots.json").read_bytes()
    assert before == after


def test_wrong_passphrase_through_the_cli_exits_3_and_changes_nothing(vault) -> None:
    before = vault.db_bytes()
    vault.write_passphrase("admin", "definitely wrong")
    result = vault.cli("account", "list")
    assert result.returncode == 3
    assert "Wrong passphrase" in result.stderr
    assert "file is not a database" not in result.stderr
    assert vault.db_bytes() == before


def test_rekey_then_every_slot_still_opens(vault) -> None:
    _populate(vault)
    with vault.open() as session:
        old_key_file = (vault.data_dir / "keyslots.json").read_bytes()
        sealed = session.seal("nodes", 7, "ssh_key", b"private bytes")
        rekey(session)
        assert session.unseal("nodes", 7, "ssh_key", sealed) == b"private bytes"
        session.set_setting("after_rekey", "yes")
    assert (vault.data_dir / "keyslots.json").read_bytes() != old_key_file
    for name in ("admin", *SECRET_NAMES):
        with vault.open(name) as session:
            assert session.get_setting("after_rekey", "") == "yes"
    with open_with_recovery(vault.data_dir, vault.recovery_key) as session:
        assert session.account.name == "recovery-key"
        report = session.verify_audit_log()
        assert report.ok, report.problems
        actions = [e.action for e in session.audit_entries(limit=None)]
        assert "vault.rekey" in actions


def test_old_key_file_does_not_open_the_rekeyed_database(vault) -> None:
    """A copy of the slots taken before a rekey (a departed operator's) is useless after it."""
    old = (vault.data_dir / "keyslots.json").read_bytes()
    with vault.open() as session:
        rekey(session)
    new = (vault.data_dir / "keyslots.json").read_bytes()
    (vault.data_dir / "keyslots.json").write_bytes(old)
    with pytest.raises(AuthenticationError, match="do not belong together"):
        open_session(vault.data_dir, "admin", vault.passphrases["admin"].encode())
    (vault.data_dir / "keyslots.json").write_bytes(new)


def test_sealed_secret_cannot_move_to_another_row_or_column(session) -> None:
    blob = session.seal("nodes", 1, "password", b"hunter2-but-longer")
    assert b"hunter2" not in blob
    assert session.unseal("nodes", 1, "password", blob) == b"hunter2-but-longer"
    with pytest.raises(VaultError, match="altered or moved"):
        session.unseal("nodes", 2, "password", blob)
    with pytest.raises(VaultError, match="altered or moved"):
        session.unseal("nodes", 1, "ssh_key", blob)
    tampered = bytearray(blob)
    tampered[-1] ^= 1
    with pytest.raises(VaultError):
        session.unseal("nodes", 1, "password", bytes(tampered))


def test_plain_sqlite_library_is_refused(tmp_path, monkeypatch) -> None:
    """If the SQLite in use has no cipher, opening refuses instead of writing cleartext."""
    monkeypatch.setattr(dbmod, "sqlcipher3", sqlite3)
    with pytest.raises(VaultError, match="no encryption"):
        dbmod.connect(tmp_path / "x.db", b"k" * 32, create=True)


def test_passphrase_change_rewraps_one_slot_only(vault) -> None:
    import json

    vault.add_account("ops", "operator")
    before = json.loads((vault.data_dir / "keyslots.json").read_text())["slots"]
    with vault.open() as session:
        session.change_passphrase("ops", b"a brand new passphrase")
    after = json.loads((vault.data_dir / "keyslots.json").read_text())["slots"]
    changed = [sid for sid in before if before[sid] != after[sid]]
    assert len(changed) == 1
    with pytest.raises(AuthenticationError):
        open_session(vault.data_dir, "ops", vault.passphrases["ops"].encode())
    open_session(vault.data_dir, "ops", b"a brand new passphrase").close()

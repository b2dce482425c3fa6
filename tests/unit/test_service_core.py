"""The facade's promises: one transaction per action and its entry, refusals audited, locks."""

from __future__ import annotations

import os
import stat

import pytest

from app.core import db as dbmod
from app.core.errors import NotFound, VaultLocked
from app.core.fsutil import atomic_write, atomic_writer


def _settings(session) -> dict[str, str]:
    return dict(session.db.execute("SELECT key, value FROM settings").fetchall())


def test_action_and_entry_commit_together(session) -> None:
    before = session.audit_size()
    with session.action("settings.change", "colour", details={"new": "blue"}) as act:
        session.conn.execute("INSERT INTO settings(key, value) VALUES ('colour', 'blue')")
        act.details["extra"] = 1
    assert _settings(session)["colour"] == "blue"
    entry = session.audit_entries(limit=1)[0]
    assert (entry.seq, entry.action, entry.target, entry.outcome) == (before, "settings.change", "colour", "ok")
    assert entry.details == {"new": "blue", "extra": 1}


def test_refused_action_rolls_back_and_is_audited(session) -> None:
    with pytest.raises(NotFound):
        with session.action("settings.change", "colour"):
            session.conn.execute("INSERT INTO settings(key, value) VALUES ('colour', 'red')")
            raise NotFound("No such colour.", "Pick another.")
    assert "colour" not in _settings(session)
    entry = session.audit_entries(limit=1)[0]
    assert entry.outcome == "refused"
    assert entry.details["reason"] == "No such colour. Pick another."


def test_a_bug_inside_an_action_rolls_back_and_is_recorded_without_its_message(session) -> None:
    with pytest.raises(ZeroDivisionError):
        with session.action("settings.change", "colour"):
            session.conn.execute("INSERT INTO settings(key, value) VALUES ('colour', 'green')")
            _ = 1 / 0
    assert "colour" not in _settings(session)
    entry = session.audit_entries(limit=1)[0]
    assert entry.outcome == "failed"
    assert entry.details["reason"] == "internal error (ZeroDivisionError)"


def test_audit_log_is_append_only_in_the_database(session) -> None:
    import sqlcipher3

    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        session.conn.execute("UPDATE audit_entries SET actor = 'someone-else' WHERE seq = 0")
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        session.conn.execute("DELETE FROM audit_entries WHERE seq = 0")


def test_local_verify_names_a_rewritten_entry(session) -> None:
    for i in range(300):
        session.set_setting("n", str(i))
    session.checkpoint_now()
    assert session.verify_audit_log().ok
    # Someone with the key who also drops the guard triggers and rewrites history:
    session.conn.execute("DROP TRIGGER audit_entries_no_update")
    session.conn.execute(
        'UPDATE audit_entries SET entry = CAST(replace(CAST(entry AS TEXT), \'"actor":"admin"\', '
        '\'"actor":"eve"\') AS BLOB) WHERE seq = 20'
    )
    report = session.verify_audit_log()
    assert not report.ok
    assert "seq 20" in report.problems[0] or "at or before seq" in report.problems[0]


def test_checkpoints_are_written_periodically_and_at_close(vault) -> None:
    with vault.open() as session:
        for i in range(600):
            session.set_setting("n", str(i))
        sizes = [int(n.splitlines()[1]) for n in session.audit.checkpoints()]
        assert len(sizes) >= 2
    with vault.open() as session:
        last = session.audit.latest_checkpoint()
        assert last is not None
        # The close of the previous session sealed everything it wrote.
        unlock_seq = session.audit_entries(limit=1)[0].seq
        assert int(last.splitlines()[1]) == unlock_seq


def test_idle_lock_forgets_the_keys(session) -> None:
    session.idle_seconds = 1
    session._last_activity -= 5
    with pytest.raises(VaultLocked, match="locked"):
        session.list_accounts()
    assert session.locked
    with pytest.raises(VaultLocked):
        session.seal("t", 1, "c", b"x")


def test_lock_on_demand_records_it(vault) -> None:
    session = vault.open()
    session.lock_now()
    with pytest.raises(VaultLocked):
        session.list_accounts()
    with vault.open() as again:
        locks = again.audit_entries(limit=None, action="session.lock")
        assert locks[0].details == {"reason": "operator"}


def test_migration_takes_a_backup_first(vault, monkeypatch) -> None:
    from app.core import schema_core

    monkeypatch.setattr(
        schema_core, "MIGRATIONS", [*schema_core.MIGRATIONS, "CREATE TABLE migrated_later (x INTEGER);"]
    )
    with vault.open() as session:
        assert "migrated_later" in session.db.table_names()
    backups = list(vault.data_dir.glob("airlock.db.pre-migration-*"))
    assert len(backups) == 1
    assert stat.S_IMODE(backups[0].stat().st_mode) == 0o600


def test_database_from_a_newer_airlock_is_refused(vault, monkeypatch) -> None:
    from app.core import schema_core
    from app.core.errors import VaultError

    monkeypatch.setattr(schema_core, "MIGRATIONS", [])
    with pytest.raises(VaultError, match="newer Airlock"):
        vault.open()
    assert dbmod.DB_FILE in os.listdir(vault.data_dir)


def test_atomic_write_sets_mode_before_data_and_leaves_nothing_on_failure(tmp_path) -> None:
    target = tmp_path / "f"
    atomic_write(target, b"one")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with pytest.raises(RuntimeError):
        with atomic_writer(target) as handle:
            handle.write(b"two")
            leftovers = [p for p in tmp_path.iterdir() if p.name != "f"]
            assert stat.S_IMODE(leftovers[0].stat().st_mode) == 0o600
            raise RuntimeError
    assert target.read_bytes() == b"one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f"]

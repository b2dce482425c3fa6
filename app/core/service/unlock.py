"""Creating a vault, unlocking it, and rotating its data key.

Opening order matters for crash safety: the key slots are tried first (a wrong passphrase
never touches the database), then the database opens with the data key, or with the
pending key if a rekey had already swapped the file in before it crashed.
"""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from app.core import account_states, vault
from app.core import db as dbmod
from app.core.accounts import ADMIN, Account, validate_name
from app.core.audit.log import AuditLog, utc_now
from app.core.errors import AuthenticationError, Cancelled, UsageError, VaultError
from app.core.fsutil import fsync_dir, private_dir, remove_stale_temporaries
from app.core.messages import say
from app.core.progress import Progress, check_cancel, no_progress
from app.core.service.core import DataDirLock, _add_audit_key, _new_vault_rows, _secrets_wrap_key

if TYPE_CHECKING:
    from app.core.service import Session

REKEY_FILE = "airlock.db.rekey"


def vault_exists(data_dir: Path) -> bool:
    return (data_dir / vault.SLOT_FILE).exists()


def init_vault(
    data_dir: Path, admin: str, passphrase: bytes, *, kdf_seconds: float | None = None
) -> tuple[Session, str]:
    """Create the vault, the first admin and the recovery slot.

    Returns the session and the recovery key, which is shown once and never stored in clear.
    """
    from app.core.service import Session

    validate_name(admin)
    _check_passphrase(passphrase)
    private_dir(data_dir)
    if vault_exists(data_dir) or dbmod.database_path(data_dir).exists():
        raise VaultError(
            say("{path} already holds an Airlock vault.", path=data_dir), say("Use it, or choose another --data-dir.")
        )
    dir_lock = DataDirLock(data_dir)
    dir_lock.shared()
    slots = vault.KeySlotFile.new(data_dir)
    data_key = vault.new_data_key()
    recovery = vault.new_recovery_key()
    kdf = vault.calibrate(kdf_seconds)
    admin_slot = slots.slot_id_for(admin)
    slots.add(admin_slot, passphrase, data_key, kdf, role=ADMIN)
    slots.add(
        vault.RECOVERY_SLOT,
        vault.normalise_recovery_key(recovery),
        data_key,
        vault.KdfParams(kdf.memory_kib, kdf.iterations, kdf.lanes, os.urandom(16)),
    )
    conn = dbmod.connect(dbmod.database_path(data_dir), data_key, create=True)
    try:
        database = dbmod.wrap(conn)
        dbmod.migrate(database, dbmod.database_path(data_dir), fresh=True)
        conn.execute("BEGIN IMMEDIATE")
        _new_vault_rows(conn, data_key, slots.install_id)
        conn.execute(
            "INSERT INTO accounts(name, role, slot_id, created, created_by) VALUES (?, ?, ?, ?, ?)",
            (admin, ADMIN, admin_slot, utc_now(), admin),
        )
        conn.execute("COMMIT")
        session = Session(
            data_dir, conn, vault.UnlockedKeys(admin_slot, data_key, None), slots, Account(admin, ADMIN), dir_lock
        )
        details = {"kdf": {"memory_kib": kdf.memory_kib, "iterations": kdf.iterations, "lanes": kdf.lanes}}
        session._write(lambda: _add_audit_key(session), "vault.init", details, target=admin)  # noqa: SLF001
    except BaseException as exc:
        conn.close()
        for leftover in (dbmod.database_path(data_dir),):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        dir_lock.release()
        if isinstance(exc, dbmod.DatabaseError):  # the disk (full, read-only, failing), not Airlock's data
            raise VaultError(say("The vault could not be created in {path}: {error}.", path=data_dir, error=str(exc)),
                             say("Free space on that disk (or choose another --data-dir) and run init again: "
                                 "nothing was kept.")) from exc
        raise
    # The slot file is written last: until it exists there is no vault, so a crash during
    # init leaves a directory that `init` can simply be run on again.
    slots.save()
    return session, recovery


def _check_passphrase(passphrase: bytes) -> None:
    # A new passphrase that is too short is a malformed request (exit 2), not a failed login.
    if len(passphrase) < 8:  # noqa: PLR2004 - the minimum length we ask of operators
        raise UsageError(
            say("The passphrase is too short."), say("Choose one of at least 8 characters (a few words are best).")
        )


def open_session(data_dir: Path, account: str | None, passphrase: bytes) -> Session:
    """Unlock the vault as `account` (default: the only admin, when there is one)."""
    slots = vault.KeySlotFile.load(data_dir)
    slot_id = slots.slot_id_for(validate_name(account)) if account else _only_admin_slot(slots)
    return _open(data_dir, slots, slot_id, passphrase)


def open_with_recovery(data_dir: Path, recovery_key: str) -> Session:
    """Unlock with the recovery key: an admin session acting as `recovery-key`."""
    slots = vault.KeySlotFile.load(data_dir)
    return _open(data_dir, slots, vault.RECOVERY_SLOT, vault.normalise_recovery_key(recovery_key))


def _only_admin_slot(slots: vault.KeySlotFile) -> str:
    admins = [sid for sid, slot in slots.slots.items() if slot.role == ADMIN]
    if len(admins) != 1:
        raise AuthenticationError(
            say("This vault has several accounts; say which one to unlock."),
            say("Give --account NAME (or set AIRLOCK_ACCOUNT)."),
        )
    return admins[0]


def _open(data_dir: Path, slots: vault.KeySlotFile, slot_id: str, passphrase: bytes) -> Session:
    from app.core.service import Session

    keys = slots.unlock(slot_id, passphrase)
    dir_lock = DataDirLock(data_dir)
    try:
        dir_lock.shared()
        conn = _connect_after_crash(data_dir, slots, keys)
    except BaseException:
        dir_lock.release()
        raise
    try:
        database = dbmod.wrap(conn)
        dbmod.migrate(database, dbmod.database_path(data_dir))
        session = Session(data_dir, conn, keys, slots, account_of_slot(database, slot_id), dir_lock)
    except BaseException:
        conn.close()
        dir_lock.release()
        raise
    session.after_open()
    return session


def account_of_slot(database: sqlite_utils.Database, slot_id: str) -> Account:
    """The account a key slot opens (the recovery key acts as an admin named `recovery-key`)."""
    if slot_id == vault.RECOVERY_SLOT:
        return Account("recovery-key", ADMIN)
    row = database.execute("SELECT name, role FROM accounts WHERE slot_id = ?", (slot_id,)).fetchone()
    if row is None:
        raise AuthenticationError(say("Wrong account name or passphrase."), say("Check both and try again."))
    account_states.refuse_disabled(database, str(row[0]))
    return Account(str(row[0]), str(row[1]))


def _connect_after_crash(data_dir: Path, slots: vault.KeySlotFile, keys: vault.UnlockedKeys) -> dbmod.Connection:
    """Open the database, finishing or undoing a rekey that a crash interrupted."""
    path = dbmod.database_path(data_dir)
    remove_stale_temporaries(data_dir)
    try:
        conn = dbmod.connect(path, keys.data_key)
    except AuthenticationError:
        if keys.pending_key is None:
            raise
        # The rekeyed file had replaced the old one: finish the rekey.
        conn = dbmod.connect(path, keys.pending_key)
        slots.promote_pending()
        slots.save()
        keys.data_key, keys.pending_key = keys.pending_key, None
        return conn
    if slots.has_pending:
        # The rekey never swapped the file in: forget it.
        slots.drop_pending()
        slots.save()
        keys.pending_key = None
    with contextlib.suppress(FileNotFoundError):
        (data_dir / REKEY_FILE).unlink()
    return conn


def rekey(session: Session, progress: Progress = no_progress, cancel: threading.Event | None = None) -> None:
    """Rotate the data key: re-encrypt the database into a new file and swap it in; a new store key too.

    Steps, each safe to crash after: (1) every slot gets the new key as `pending`;
    (2) the database is exported under the new key, its secrets key rewrapped and the
    audit entry appended there; (3) the new file replaces the old one; (4) pending becomes
    current. Opening after a crash finishes or undoes it (`_connect_after_crash`).
    """
    session.require("vault.rekey", "vault.rekey")
    data_dir = session.data_dir
    target = data_dir / REKEY_FILE
    new_key = vault.new_data_key()
    lock = session.exclusive_data_dir()
    try:
        progress(0, 4, say("Preparing the new key"))
        check_cancel(cancel, "The rekey")
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        session.slots.stage_pending(new_key)
        session.slots.save()
        progress(1, 4, say("Re-encrypting the database"))
        with session.lock:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(fd)
            session.conn.execute(f"ATTACH DATABASE ? AS rekeyed KEY \"x'{new_key.hex()}'\"", (str(target),))
            try:
                session.conn.execute("SELECT sqlcipher_export('rekeyed')")
            finally:
                session.conn.execute("DETACH DATABASE rekeyed")
            check_cancel(cancel, "The rekey")
            progress(2, 4, say("Recording the rekey"))
            _finish_new_file(session, dbmod.connect(target, new_key), new_key)
            progress(3, 4, say("Switching to the new key"))
            os.replace(target, dbmod.database_path(data_dir))
            fsync_dir(data_dir)
            session.slots.promote_pending()
            session.slots.save()
            # SQLite refuses writes through a connection whose file was renamed: reopen.
            session.switch_connection(dbmod.connect(dbmod.database_path(data_dir), new_key), new_key)
        progress(4, 4, say("Done"))
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        if session.slots.has_pending and not session.locked:
            session.slots.drop_pending()
            session.slots.save()
            reason = str(exc) if isinstance(exc, VaultError) else f"{type(exc).__name__}"
            outcome = "cancelled" if isinstance(exc, Cancelled) else "failed"
            with contextlib.suppress(Exception):
                session.audit_refusal("vault.rekey", "", reason, outcome=outcome)
        if isinstance(exc, dbmod.DatabaseError):  # the disk (full, failing), not the vault's data
            raise VaultError(say("The rekey could not write the re-encrypted vault: {error}.", error=str(exc)),
                             say("Free space on the data folder's disk and rekey again; the old key is still in "
                                 "force.")) from exc
        raise
    finally:
        lock.downgrade()
    session.rotate_store_key_with_rekey()  # the objects are re-sealed next (Session.reseal_store), resumably


def _finish_new_file(session: Session, conn: dbmod.Connection, new_key: bytes) -> None:
    """Inside the new file: rewrap the secrets key and append the rekey's audit entry."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    secrets_key = session.secrets_key_for_rekey()
    nonce = os.urandom(12)
    wrapped = nonce + AESGCM(_secrets_wrap_key(new_key)).encrypt(nonce, secrets_key, b"vault_meta|secrets_key")
    database = dbmod.wrap(conn)
    log = AuditLog(database, session.origin)
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("UPDATE vault_meta SET value = ? WHERE key = 'secrets_key'", (wrapped,))
        details = session._with_reason({"slots": len(session.slots.slots)})  # noqa: SLF001 - the reason on record
        log.append(session.account.name, "vault.rekey", "", "ok", details)
        log.checkpoint(*session._audit_key())  # noqa: SLF001
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()

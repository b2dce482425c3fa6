"""The unlocked session: the one facade through which every front end acts.

Permission checks and auditing happen here, once. A mutating action and its audit entry
commit in the same SQLite transaction; a refused action is audited too.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import secrets
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import sqlite_utils
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.core import account_states, vault
from app.core import db as dbmod
from app.core.accounts import Account, allowed
from app.core.audit.log import AuditLog, utc_now
from app.core.errors import (
    AirlockError,
    AuthenticationError,
    DualControlRequired,
    PermissionDenied,
    VaultError,
    VaultLocked,
)
from app.core.messages import say

DEFAULT_IDLE_SECONDS = 15 * 60
LOCK_FILE = ".airlock.lock"
RECOVERY_ACTOR = "recovery-key"
SEAL_VERSION = b"\x01"


@dataclass
class ActionContext:
    """Handed to the block of `Session.action`; what it adds to `details` is audited."""

    details: dict[str, Any] = field(default_factory=dict)
    outcome: str = "ok"


@dataclass(frozen=True)
class Approval:
    """A second account's name and passphrase, for an action under dual control."""

    name: str
    passphrase: bytes


def _hkdf(secret: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(secret)


def _secrets_wrap_key(data_key: bytes) -> bytes:
    return _hkdf(data_key, b"airlock secrets-key wrap v1")


class DataDirLock:
    """An advisory lock on the data directory: shared for sessions, exclusive for rekey."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILE
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        self._handle: IO[bytes] | None = os.fdopen(fd, "r+b")

    def shared(self) -> None:
        assert self._handle is not None  # noqa: S101 - internal invariant
        try:
            fcntl.flock(self._handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise VaultError(
                say("The vault is being re-keyed by another Airlock process."),
                say("Wait for `airlock rekey` to finish, then try again."),
            ) from exc

    def exclusive(self) -> None:
        assert self._handle is not None  # noqa: S101 - internal invariant
        try:
            fcntl.flock(self._handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise VaultError(
                say("Another Airlock session has this vault open."),
                say("Close the desktop application and other airlock commands, then run rekey again."),
            ) from exc

    def downgrade(self) -> None:
        if self._handle is not None:
            fcntl.flock(self._handle, fcntl.LOCK_SH)

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


class SessionCore:
    """An unlocked vault and the account that unlocked it.

    Not constructed directly: use `init_vault`, `open_session` or `open_with_recovery`.
    """

    def __init__(
        self,
        data_dir: Path,
        conn: dbmod.Connection,
        keys: vault.UnlockedKeys,
        slots: vault.KeySlotFile,
        account: Account,
        dir_lock: DataDirLock,
    ) -> None:
        self.data_dir = data_dir
        self.conn = conn
        self.db: sqlite_utils.Database = dbmod.wrap(conn)
        self.lock = threading.RLock()
        self._account = account
        self._acting = threading.local()
        self._data_key: bytes | None = keys.data_key
        self._slots = slots
        self._dir_lock = dir_lock
        self._secrets_key: bytes | None = self._load_secrets_key(self.db, keys.data_key)
        self.origin = f"airlock/{slots.install_id}"
        self.audit = AuditLog(self.db, self.origin)
        self.idle_seconds = self._idle_setting()
        self._last_activity = time.monotonic()
        self._locked = False

    @property
    def account(self) -> Account:
        """The account acting: the one that unlocked, or on this thread the owner of a running schedule."""
        acting: Account | None = getattr(self._acting, "account", None)
        return acting or self._account

    @contextlib.contextmanager
    def _acting_for(self, account: Account) -> Iterator[None]:
        """On this thread only, act with `account`'s name and role (a schedule runs as its owner).

        Private: only a room that has read `account` from the vault (a schedule's owner) uses it.
        """
        previous = getattr(self._acting, "account", None)
        self._acting.account = account
        try:
            yield
        finally:
            self._acting.account = previous

    # -- life cycle ----------------------------------------------------------------

    @staticmethod
    def _load_secrets_key(db: sqlite_utils.Database, data_key: bytes) -> bytes:
        row = db.execute("SELECT value FROM vault_meta WHERE key = 'secrets_key'").fetchone()
        if row is None:
            raise VaultError(
                say("The vault has no secrets key."), say("The database is damaged; restore it from a backup.")
            )
        blob = bytes(row[0])
        try:
            return AESGCM(_secrets_wrap_key(data_key)).decrypt(blob[:12], blob[12:], b"vault_meta|secrets_key")
        except InvalidTag as exc:
            raise VaultError(
                say("The secrets key does not open."), say("The database is damaged; restore it from a backup.")
            ) from exc

    def _idle_setting(self) -> int:
        return int(self.get_setting("idle_lock_seconds", str(DEFAULT_IDLE_SECONDS)))

    @property
    def locked(self) -> bool:
        return self._locked

    def touch(self) -> None:
        """Record operator activity (resets the idle timer)."""
        self._last_activity = time.monotonic()

    def idle_remaining(self) -> float:
        return self.idle_seconds - (time.monotonic() - self._last_activity)

    def ensure_unlocked(self) -> None:
        """Raise `VaultLocked` if the session was locked or has been idle too long."""
        if not self._locked and self.idle_seconds > 0 and self.idle_remaining() <= 0:
            self.lock_now(reason="idle")
        if self._locked:
            raise VaultLocked(say("The vault is locked."), say("Unlock it again with your passphrase."))
        self.touch()

    def lock_now(self, reason: str = "operator") -> None:
        """Seal a final checkpoint, forget the keys and close the database."""
        with self.lock:
            if self._locked:
                return
            with contextlib.suppress(AirlockError):
                self._write(lambda: None, "session.lock", {"reason": reason}, target=self.account.name, seal=True)
            self._forget()

    def close(self) -> None:
        """End the session: a checkpoint covering everything so far, then lock."""
        self.lock_now(reason="close")

    def _forget(self) -> None:
        for hook in self._closing_hooks():
            with contextlib.suppress(Exception):
                hook()
        self._locked = True
        self._data_key = None
        self._secrets_key = None
        with contextlib.suppress(Exception):
            self.conn.close()
        self._dir_lock.release()

    # -- hooks for unlock.py ------------------------------------------------------------------

    @property
    def slots(self) -> vault.KeySlotFile:
        return self._slots

    def _fresh_slots(self) -> vault.KeySlotFile:
        """The key slot file as it is on disk now, before a change to it.

        Another session (the CLI beside the desktop application) may have added or changed a
        slot since this one opened; changing the copy read at unlock would write theirs away.
        """
        self._slots = vault.KeySlotFile.load(self.data_dir)
        return self._slots

    def after_open(self) -> None:
        """Housekeeping once unlocked: orphan slots, rooms' start-up work, the unlock entry."""
        known = {row[0] for row in self.db.execute("SELECT slot_id FROM accounts")}
        orphans = [sid for sid in self._slots.slots if sid != vault.RECOVERY_SLOT and sid not in known]
        if orphans:
            for sid in orphans:
                del self._slots.slots[sid]
            self._slots.save()
        for hook in self._startup_hooks():
            hook()
        self._write(lambda: None, "session.unlock", {"role": self.account.role}, target=self.account.name)

    def _startup_hooks(self) -> list[Any]:
        """Rooms add their start-up work (sweeping staging, reconciling jobs) here."""
        return []

    def _closing_hooks(self) -> list[Any]:
        """Rooms add what must end with the session (connections it holds open) here."""
        return []

    def exclusive_data_dir(self) -> DataDirLock:
        self._dir_lock.exclusive()
        return self._dir_lock

    def switch_connection(self, conn: dbmod.Connection, data_key: bytes) -> None:
        """After a rekey: continue on the re-encrypted file."""
        with self.lock:
            old = self.conn
            self.conn = conn
            self.db = dbmod.wrap(conn)
            self.audit = AuditLog(self.db, self.origin)
            self._data_key = data_key
            with contextlib.suppress(Exception):
                old.close()

    def secrets_key_for_rekey(self) -> bytes:
        return self._require_secrets_key()

    def __enter__(self) -> SessionCore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- permissions and auditing -------------------------------------------------------

    def check(self, permission: str) -> bool:
        """Whether this account may do `permission` (no audit; for greying out actions)."""
        return allowed(self.account.role, permission)

    def require(self, permission: str, action: str, target: str = "") -> None:
        """Raise `PermissionDenied` (audited) unless this account may do `permission`."""
        self.ensure_unlocked()
        self._ensure_account_active()
        self._require_reason(permission, action, target)
        if not self.check(permission):
            reason = f"the {self.account.role} role may not do {permission}"
            self.audit_refusal(action, target, reason, {"permission": permission})
            raise PermissionDenied(
                say(
                    "Permission denied: {account} ({role}) may not {action}.",
                    account=self.account.name,
                    role=self.account.role,
                    action=action,
                ),
                say("Ask an account with the right role to do it."),
            )

    def _ensure_account_active(self) -> None:
        """Lock a session whose account an admin disabled or removed since it was unlocked."""
        if self.account.name == RECOVERY_ACTOR:
            return
        with self.lock:
            active = account_states.is_active(self.db, self.account.name)
        if not active and self.account is not self._account:
            # A schedule's owner, acting on this thread only: refuse the action, keep the session.
            raise PermissionDenied(
                say("The account {name} is disabled or removed; it no longer acts here.", name=self.account.name),
                say("Ask an admin about your account."),
            )
        if not active:
            self.lock_now(reason="account disabled or removed")
            raise VaultLocked(
                say("The account {name} was disabled or removed by an admin; the vault is locked.",
                    name=self.account.name),
                say("Ask an admin about your account."),
            )

    @contextlib.contextmanager
    def understanding(self, action: str, target: str = "", details: dict[str, Any] | None = None) -> Iterator[None]:
        """Check a request BEFORE its permission is checked.

        A malformed or impossible request is refused with its real reason (audited), whoever
        asks; only a request understood reaches `require` or `action`, whose refusal is then
        a matter of permission.
        """
        self.ensure_unlocked()
        try:
            yield
        except AirlockError as exc:
            self.audit_refusal(action, target, str(exc), details, outcome=exc.audit_outcome)
            raise

    def audit_refusal(
        self, action: str, target: str, reason: str, details: dict[str, Any] | None = None, outcome: str = "refused"
    ) -> None:
        """Record an action that was refused or failed outside `action()`."""
        entry = self._with_reason({**(details or {}), "reason": reason})
        self._write(lambda: None, action, entry, target=target, outcome=outcome)

    def _require_reason(self, permission: str, action: str, target: str) -> None:
        """Hook: refuse an action that needs a reason on record (app.core.service.reasons)."""

    def _with_reason(self, details: dict[str, Any]) -> dict[str, Any]:
        """Hook: the details with the operator's stated reason added (app.core.service.reasons)."""
        return details

    def stated_reason(self, text: str | None) -> contextlib.AbstractContextManager[str | None]:
        """Hook: `text` stated for what this thread records in the block (app.core.service.reasons)."""
        return contextlib.nullcontext(text)

    def _write(
        self,
        work: Any,
        action: str | None,
        details: dict[str, Any],
        *,
        target: str = "",
        outcome: str = "ok",
        seal: bool = False,
    ) -> Any:
        """Run `work` and append its entry in one transaction; `seal` forces a checkpoint.

        With no `action`, `work` appends the entries itself (one per thing it changed).
        """
        with self.lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                result = work()
                if action is not None:
                    self.audit.append(self.account.name, action, target, outcome, details)
                if seal:
                    self.audit.checkpoint(*self._audit_key())
                else:
                    self._maybe_checkpoint()
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            return result

    def _maybe_checkpoint(self) -> None:
        if self.audit.checkpoint_due():
            self.audit.checkpoint(*self._audit_key())

    @contextlib.contextmanager
    def action(
        self,
        action: str,
        target: str = "",
        permission: str | None = None,
        details: dict[str, Any] | None = None,
        approval: Approval | None = None,
    ) -> Iterator[ActionContext]:
        """Check, run the block in one transaction, audit it; or roll back and audit why not.

        See docs/internals.md. The block must not do long work: it holds the write lock.
        """
        self.require(permission or action, action, target)
        context = ActionContext(details=dict(details or {}))
        if self.dual_control_required(action):
            try:
                context.details["approved_by"] = self._approve(approval, action, permission or action)
            except AirlockError as exc:
                self.audit_refusal(action, target, str(exc), context.details)
                raise
        with self.lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield context
                entry = self._with_reason(context.details)
                self.audit.append(self.account.name, action, target, context.outcome, entry)
                self._maybe_checkpoint()
                self.conn.execute("COMMIT")
            except AirlockError as exc:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                self.audit_refusal(action, target, str(exc), context.details, outcome=exc.audit_outcome)
                raise
            except BaseException as exc:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                with contextlib.suppress(Exception):
                    self.audit_refusal(
                        action, target, f"internal error ({type(exc).__name__})", context.details, outcome="failed"
                    )
                raise

    # -- dual control ----------------------------------------------------------------

    def dual_control_actions(self) -> set[str]:
        value = self.get_setting("dual_control", "")
        return {item for item in value.split(",") if item}

    def dual_control_required(self, action: str) -> bool:
        return action in self.dual_control_actions()

    def _approve(self, approval: Approval | None, action: str, permission: str) -> str:
        if approval is None:
            raise DualControlRequired(
                say("{action} is under dual control: a second account must approve it.", action=action),
                say("Give --approver NAME and the approver's passphrase."),
            )
        return self.approve(approval.name, approval.passphrase, action, permission)

    def approve(self, approver: str, passphrase: bytes, action: str, permission: str | None = None) -> str:
        """Authenticate a second, different account that may do `action`; return its name."""
        if approver == self.account.name:
            raise PermissionDenied(
                say("The approver must be a different account."), say("Ask a second operator to approve.")
            )
        row = self.db.execute("SELECT role, slot_id FROM accounts WHERE name = ?", (approver,)).fetchone()
        if row is None:
            raise AuthenticationError(say("Wrong approver name or passphrase."), say("Check both and try again."))
        role, slot_id = row
        account_states.refuse_disabled(self.db, approver)
        keys = self._slots.unlock(slot_id, passphrase)
        if keys.data_key != self._data_key:
            raise AuthenticationError(say("The approver's key slot belongs to another vault."))
        if not allowed(role, permission or action):
            raise PermissionDenied(
                say("{approver} ({role}) may not approve {action}.", approver=approver, role=role, action=action),
                say("Choose an approver with that role."),
            )
        return approver

    # -- settings ------------------------------------------------------------------------

    def get_setting(self, key: str, default: str) -> str:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    def set_setting(self, key: str, value: str, approval: Approval | None = None) -> None:
        old = self.get_setting(key, "")
        with self.action("settings.change", key, details={"old": old, "new": value}, approval=approval):
            self.conn.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
        if key == "idle_lock_seconds":
            self.idle_seconds = int(value)

    # -- secrets ----------------------------------------------------------------------------

    def seal(self, table: str, row_id: object, column: str, plaintext: bytes) -> bytes:
        """Encrypt a secret for one cell; it cannot be moved to another row or column."""
        key = self._require_secrets_key()
        nonce = secrets.token_bytes(12)
        aad = f"{table}|{row_id}|{column}".encode()
        return SEAL_VERSION + nonce + AESGCM(key).encrypt(nonce, plaintext, aad)

    def unseal(self, table: str, row_id: object, column: str, blob: bytes) -> bytes:
        key = self._require_secrets_key()
        blob = bytes(blob)
        if blob[:1] != SEAL_VERSION:
            raise VaultError(
                say(
                    "The sealed {column} of {table} {row} has an unknown format.",
                    column=column,
                    table=table,
                    row=row_id,
                )
            )
        try:
            return AESGCM(key).decrypt(blob[1:13], blob[13:], f"{table}|{row_id}|{column}".encode())
        except InvalidTag as exc:
            raise VaultError(
                say("The sealed {column} of {table} {row} does not open here.", column=column, table=table, row=row_id),
                say("It was altered or moved from another row; restore the database from a backup."),
            ) from exc

    def _require_secrets_key(self) -> bytes:
        # No idle check here: sealing happens inside actions that already passed one, and
        # the final checkpoint of an idle lock must still be able to sign.
        if self._locked or self._secrets_key is None:
            raise VaultLocked(say("The vault is locked."), say("Unlock it again with your passphrase."))
        return self._secrets_key

    # -- the audit signing key ---------------------------------------------------------------

    def _audit_key(self) -> tuple[Ed25519PrivateKey, str]:
        row = self.db.execute("SELECT id, name, seed_sealed FROM audit_keys ORDER BY id DESC LIMIT 1").fetchone()
        if row is None:
            raise VaultError(
                say("The vault has no audit signing key."), say("The database is damaged; restore it from a backup.")
            )
        key_id, name, sealed = row
        seed = self.unseal("audit_keys", key_id, "seed_sealed", sealed)
        return Ed25519PrivateKey.from_private_bytes(seed), str(name)

    def audit_verifier_line(self) -> str:
        """The C2SP verifier key line of the audit key, for auditors to pin."""
        from app.core.audit.note import verifier_line  # local: keeps the facade's import light

        key, name = self._audit_key()
        return verifier_line(name, key.public_key())


# -- creating and opening ---------------------------------------------------------------------


def _new_vault_rows(conn: dbmod.Connection, data_key: bytes, install_id: str) -> None:
    secrets_key = secrets.token_bytes(32)
    nonce = secrets.token_bytes(12)
    wrapped = nonce + AESGCM(_secrets_wrap_key(data_key)).encrypt(nonce, secrets_key, b"vault_meta|secrets_key")
    conn.execute("INSERT INTO vault_meta(key, value) VALUES ('secrets_key', ?)", (wrapped,))
    conn.execute("INSERT INTO vault_meta(key, value) VALUES ('install_id', ?)", (install_id.encode(),))


def _add_audit_key(session: SessionCore) -> None:
    seed = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    public = (
        Ed25519PrivateKey.from_private_bytes(seed)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )
    key_id = int(session.db.execute("SELECT coalesce(max(id), 0) + 1 FROM audit_keys").fetchone()[0])
    sealed = session.seal("audit_keys", key_id, "seed_sealed", seed)
    session.conn.execute(
        "INSERT INTO audit_keys(id, name, public, seed_sealed, created) VALUES (?, ?, ?, ?, ?)",
        (key_id, session.origin, public, sealed, utc_now()),
    )

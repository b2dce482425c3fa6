"""Session actions of the lifecycle room: disabling, enabling and removing accounts.

An operator who leaves must stop being able to act, at once and for good:

- disable: the account's key slot loses its data key (`KeySlotFile.withhold`), so its
  passphrase opens nothing; the vault refuses it at unlock and as an approver; a session it
  has open locks itself at its next action. Enabling seals the current data key to the
  slot again, with no need for its passphrase.
- remove: the account row and its key slot are destroyed. The name is retired, never given
  to a new account, so what the audit trail says it did stays its own.

The last admin can never be disabled or removed, and nobody acts on their own account.
Every request is checked first (exit 2 or 1 with the real reason, audited), then the
permission, then dual control; the checks run again inside the write transaction, so two
admins acting at once cannot both win.

Copies of keyslots.json taken before a disable or removal still hold the data key of
their time: rotate it (`airlock rekey`) to make them useless.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core import account_states, vault
from app.core.accounts import ADMIN, validate_name
from app.core.audit.log import utc_now
from app.core.errors import AirlockError, NotFound
from app.core.messages import say
from app.core.service.admin import AccountInfo

if TYPE_CHECKING:
    from app.core.service.core import Approval, SessionCore

    _Base = SessionCore
else:
    _Base = object

DISABLE, ENABLE, REMOVE = "account.disable", "account.enable", "account.remove"


class AccountChangeRefused(AirlockError):
    """The account cannot be changed that way (the last admin, one's own, no change to make)."""


class AccountLifecycle(_Base):
    """Mixin of `Session`: the life of an account after it was added."""

    def _lifecycle_target(self, action: str, name: str) -> AccountInfo:
        """The account `action` would change, or the reason it cannot (see the module doc)."""
        validate_name(name)
        target = self._account_row(name)
        if name == self.account.name:
            raise AccountChangeRefused(
                say("You cannot disable, enable or remove your own account ({name}).", name=name),
                say("Another admin must do it."),
            )
        if action == DISABLE and target.disabled_at:
            raise AccountChangeRefused(
                say("The account {name} is disabled already (by {admin} on {date}).", name=name,
                    admin=target.disabled_by, date=str(target.disabled_at)[:10]),
                say("Nothing to do; `airlock account enable {name}` lets it in again.", name=name),
            )
        if action == ENABLE and not target.disabled_at:
            raise AccountChangeRefused(say("The account {name} is not disabled.", name=name), say("Nothing to do."))
        if action in (DISABLE, REMOVE) and target.role == ADMIN and not self._other_active_admins(name):
            raise AccountChangeRefused(
                say("{name} is the last active admin: it can be neither disabled nor removed.", name=name),
                say("Add or enable another admin first."),
            )
        return target

    def _other_active_admins(self, name: str) -> int:
        row = self.db.execute(
            "SELECT count(*) FROM accounts a WHERE a.role = ? AND a.name != ?"
            " AND NOT EXISTS (SELECT 1 FROM disabled_accounts d WHERE d.name = a.name)",
            (ADMIN, name),
        ).fetchone()
        return int(row[0])

    def _lifecycle_checked(self, action: str, name: str) -> AccountInfo:
        with self.understanding(action, name[:64]), self.lock:
            return self._lifecycle_target(action, name)

    def disable_account(self, name: str, approval: Approval | None = None) -> AccountInfo:
        """Disable `name`: it can no longer unlock or approve; its data stays. Returns it as it is now."""
        target = self._lifecycle_checked(DISABLE, name)
        with self.action(DISABLE, name, details={"role": target.role}, approval=approval):
            self._lifecycle_target(DISABLE, name)  # again, under the write lock
            self.conn.execute(
                "INSERT INTO disabled_accounts(name, disabled_at, disabled_by) VALUES (?, ?, ?)",
                (name, utc_now(), self.account.name),
            )
            # The slot loses its data key before the row commits; should the commit fail, the
            # next unlock seals it again from the vault's word (`sync_account_slots_at_start`).
            slots = self._fresh_slots()
            slots.withhold(slots.slot_id_for(name))
            slots.save()
        return self._account_info(name)

    def enable_account(self, name: str, approval: Approval | None = None) -> AccountInfo:
        """Let a disabled account in again, with the passphrase it had."""
        target = self._lifecycle_checked(ENABLE, name)
        with self.action(ENABLE, name, details={"role": target.role, "disabled_by": target.disabled_by},
                         approval=approval):
            self._lifecycle_target(ENABLE, name)
            self.conn.execute("DELETE FROM disabled_accounts WHERE name = ?", (name,))
        self._seal_data_key_to(name)
        return self._account_info(name)

    def remove_account(self, name: str, approval: Approval | None = None) -> None:
        """Destroy an account and its key slot; its name is retired (the audit keeps it)."""
        target = self._lifecycle_checked(REMOVE, name)
        details = {"role": target.role, "created": target.created, "created_by": target.created_by}
        with self.action(REMOVE, name, details=details, approval=approval):
            self._lifecycle_target(REMOVE, name)
            self.conn.execute(
                "INSERT INTO removed_accounts(name, role, created, created_by, removed_at, removed_by)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (name, target.role, target.created, target.created_by, utc_now(), self.account.name),
            )
            self.conn.execute("DELETE FROM accounts WHERE name = ?", (name,))
        # After the commit: a crash in between leaves an orphan slot, which opens no session
        # (no account row names it) and which the next unlock deletes.
        slots = self._fresh_slots()
        slots.slots.pop(slots.slot_id_for(name), None)
        slots.save()

    def _account_info(self, name: str) -> AccountInfo:
        with self.lock:
            return self._account_row(name)

    def _account_row(self, name: str) -> AccountInfo:
        row = self.db.execute(
            "SELECT a.name, a.role, a.created, a.created_by, d.disabled_at, d.disabled_by FROM accounts a"
            " LEFT JOIN disabled_accounts d ON d.name = a.name WHERE a.name = ?",
            (name,),
        ).fetchone()
        if row is None:
            removed = account_states.removal(self.db, name)
            if removed is not None:
                raise NotFound(
                    say("The account {name} was removed by {admin} on {date}.", name=name, admin=removed[1],
                        date=removed[0][:10]),
                    say("A removed account does not come back; add a new one under another name."),
                )
            raise NotFound(say("No account named {name}.", name=name), say("See `airlock account list`."))
        return AccountInfo(*row)

    def _seal_data_key_to(self, name: str) -> None:
        slots = self._fresh_slots()
        slot_id = slots.slot_id_for(name)
        data_key = self._data_key
        if data_key is not None and slot_id in slots.slots:
            slots.restore(slot_id, data_key)
            slots.save()

    def sync_account_slots_at_start(self) -> None:
        """Make every key slot agree with the vault: a disabled account's holds no data key.

        The vault (audited) is the authority; the slot file follows it. Repairs what a crash
        between the two left (called when a session opens, see `Session._startup_hooks`).
        """
        data_key = self._data_key
        with self.lock:
            rows = self.db.execute(
                "SELECT a.slot_id, d.name IS NOT NULL FROM accounts a LEFT JOIN disabled_accounts d ON d.name = a.name"
            ).fetchall()
        changed = False
        for slot_id, disabled in rows:
            slot = self.slots.slots.get(str(slot_id))
            if slot is None or slot_id == vault.RECOVERY_SLOT or bool(disabled) == slot.withheld:
                continue
            if disabled:
                self.slots.withhold(str(slot_id))
            elif data_key is not None:
                self.slots.restore(str(slot_id), data_key)
            changed = True
        if changed:
            self.slots.save()

"""Whether an account may still act: disabled accounts, removed (retired) names.

Plain reads of the lifecycle tables (app.core.schema_lifecycle), used where an account
unlocks, approves or acts. The vault enforces a disabled account a second time: its key
slot holds no data key (`vault.KeySlotFile.withhold`).
"""

from __future__ import annotations

from typing import Any

from app.core.errors import AccountDisabled, AlreadyExists
from app.core.messages import say


def is_disabled(db: Any, name: str) -> bool:
    """True when an admin disabled `name` (a removed or unknown name is not 'disabled')."""
    return db.execute("SELECT 1 FROM disabled_accounts WHERE name = ?", (name,)).fetchone() is not None


def is_active(db: Any, name: str) -> bool:
    """True while `name` is an account that is not disabled."""
    row = db.execute(
        "SELECT 1 FROM accounts a WHERE a.name = ? AND NOT EXISTS (SELECT 1 FROM disabled_accounts d WHERE d.name = ?)",
        (name, name),
    ).fetchone()
    return row is not None


def refuse_disabled(db: Any, name: str) -> None:
    """Raise `AccountDisabled` when `name` was disabled."""
    if is_disabled(db, name):
        raise AccountDisabled(
            say("The account {name} is disabled.", name=name),
            say("Ask an admin to enable it (`airlock account enable NAME`)."),
        )


def removal(db: Any, name: str) -> tuple[str, str] | None:
    """(when, by whom) the account `name` was removed, if it was."""
    row = db.execute("SELECT removed_at, removed_by FROM removed_accounts WHERE name = ?", (name,)).fetchone()
    return None if row is None else (str(row[0]), str(row[1]))


def refuse_removed_name(db: Any, name: str) -> None:
    """A removed account's name stays its own in the audit trail: it is never given again."""
    row = removal(db, name)
    if row is not None:
        raise AlreadyExists(
            say(
                "The name {name} belonged to an account that {admin} removed on {date}.",
                name=name,
                admin=row[1],
                date=str(row[0])[:10],
            ),
            say("The audit trail keeps that name for its actions; choose another name."),
        )

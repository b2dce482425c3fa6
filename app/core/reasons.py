"""Reasons on record: why an operator did something, kept in the audit entry of the action.

Any action that changes something can carry a reason (a change ticket, a sentence). An
admin can require one for chosen actions, as dual control chooses actions that need a
second approver. Rules here are pure; `app.core.service.reasons` applies them.

In an audit entry the reason an operator gave is `details["reason"]` when the action went
ahead. In a refused or failed entry `details["reason"]` already says why it was refused, so
the operator's reason is `details["stated_reason"]` there.
"""

from __future__ import annotations

import unicodedata
from typing import Final

from app.core.accounts import PERMISSIONS
from app.core.errors import UsageError
from app.core.messages import say

MAX_REASON_CHARS: Final = 500
SETTING: Final = "reason_required"
REASON_KEY: Final = "reason"
STATED_REASON_KEY: Final = "stated_reason"

# Permissions that only read. Everything else changes the vault or takes data out of it
# (an audit export, a report, a job's output), so an admin may ask for a reason.
_READ_SUFFIXES: Final = (".list", ".show", ".scan", ".verify", ".status")
_NEVER_ASKED: Final = frozenset({"audit.checkpoint", "account.passwd.self"})


class ReasonRequired(UsageError):
    """The action needs a reason on record and none was given (exit status 2)."""


def reasoned_actions() -> list[str]:
    """The actions an admin may require a reason for, sorted (every room's, as they are listed)."""
    return sorted(p for p in PERMISSIONS if not p.endswith(_READ_SUFFIXES) and p not in _NEVER_ASKED)


def clean_reason(text: str | None) -> str | None:
    """The reason as it is recorded, or None when none was given; `UsageError` when it is unusable.

    Surrounding blanks are dropped. A reason is one line of at most `MAX_REASON_CHARS`
    characters with no control characters, so it reads the same in every listing.
    """
    if text is None:
        return None
    reason = text.strip()
    if not reason:
        raise UsageError(say("The reason is empty."),
                         say("Give a change ticket or a sentence saying why, or leave --reason out."))
    if len(reason) > MAX_REASON_CHARS:
        raise UsageError(say("The reason is {length} characters long; at most {limit} are kept.",
                             length=len(reason), limit=MAX_REASON_CHARS),
                         say("Shorten it, for example to the change ticket's number and title."))
    if any(unicodedata.category(ch) == "Cc" for ch in reason):
        raise UsageError(say("The reason holds a line break or another control character."),
                         say("Write the reason on one line."))
    return reason


def parse_required(value: str) -> set[str]:
    """The stored setting: a comma-separated list of action names."""
    return {item for item in value.split(",") if item}


def check_required(actions: set[str]) -> set[str]:
    """`actions` if each may require a reason; `UsageError` naming the others."""
    allowed = set(reasoned_actions())
    unknown = actions - allowed
    if unknown:
        raise UsageError(
            say("A reason cannot be required for: {actions}.", actions=", ".join(sorted(unknown))),
            say("Choose from: {actions}.", actions=", ".join(sorted(allowed))),
        )
    return actions


def missing_reason(action: str) -> ReasonRequired:
    return ReasonRequired(
        say("{action} needs a reason on record, and none was given.", action=action),
        say("Give --reason TEXT: a change ticket or a sentence saying why."),
    )

"""One typed exception tree. Every error a user can meet says what was wrong and what to do.

Front ends map `exit_code` to the process exit status (cli.md): 1 refused or failed,
2 usage error, 3 authentication or permission failure.
"""

from __future__ import annotations

from app.core.messages import Message


class AirlockError(Exception):
    """Base of every error Airlock raises on purpose.

    `message` says what happened; `hint` says what the operator can do next. Either may
    be given as a `Message` (app.core.messages), which the desktop application says in the
    operator's language: `said` and `hint_said` keep them; `message` and `hint` are always
    the English text, which the command line prints and the audit records.
    `audit_outcome` is how the service records the refusal ("refused" or "failed").
    """

    exit_code = 1
    audit_outcome = "refused"

    def __init__(self, message: str | Message, hint: str | Message = "") -> None:
        self.said = message if isinstance(message, Message) else None
        self.hint_said = hint if isinstance(hint, Message) else None
        self.message = message.text if isinstance(message, Message) else message
        self.hint = hint.text if isinstance(hint, Message) else hint
        super().__init__(self.message)

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip() if self.hint else self.message


class UsageError(AirlockError):
    """The command or its arguments are malformed."""

    exit_code = 2


class AuthenticationError(AirlockError):
    """A passphrase, recovery key or account name did not unlock anything."""

    exit_code = 3


class AccountDisabled(AuthenticationError):
    """The account was disabled by an admin: it cannot unlock the vault or approve actions."""


class PermissionDenied(AirlockError):
    """The unlocked account's role does not allow the action."""

    exit_code = 3


class DualControlRequired(PermissionDenied):
    """The action needs a second account to approve it."""


class VaultError(AirlockError):
    """The encrypted store is missing, damaged or not what it should be."""


class VaultLocked(VaultError):
    """The session was locked (idle or on demand); unlock again to continue."""

    exit_code = 3


class NotFound(AirlockError):
    """A named thing (account, node, bundle, job) does not exist."""


class AlreadyExists(AirlockError):
    """A thing with that name exists already."""


class Cancelled(AirlockError):
    """The operator cancelled a long operation; nothing was changed."""

    audit_outcome = "cancelled"


class OperationFailed(AirlockError):
    """The operation ran and failed (a job, an export, a transfer)."""

    audit_outcome = "failed"


class AuditIntegrityError(AirlockError):
    """The audit log or an audit export does not verify."""

    audit_outcome = "failed"

"""One typed exception tree. Every error a user can meet says what was wrong and what to do.

Front ends map `exit_code` to the process exit status (cli.md): 1 refused or failed,
2 usage error, 3 authentication or permission failure.
"""

from __future__ import annotations


class AirlockError(Exception):
    """Base of every error Airlock raises on purpose.

    `message` says what happened; `hint` says what the operator can do next.
    `audit_outcome` is how the service records the refusal ("refused" or "failed").
    """

    exit_code = 1
    audit_outcome = "refused"

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip() if self.hint else self.message


class UsageError(AirlockError):
    """The command or its arguments are malformed."""

    exit_code = 2


class AuthenticationError(AirlockError):
    """A passphrase, recovery key or account name did not unlock anything."""

    exit_code = 3


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

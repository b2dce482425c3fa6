"""One typed error per way a backup, a medium or a restore target can be wrong.

`file` names the file of the backup at fault (relative to the backup's folder, or to the
medium for a shared object part), so an operator knows which one to look at.
"""

from __future__ import annotations

from app.core.errors import AirlockError, OperationFailed
from app.core.messages import Message


class BackupError(AirlockError):
    """A backup could not be made or used."""


class BackupDamaged(BackupError):
    """A file of the backup is missing, extra, altered, or not signed by the appliance."""

    def __init__(self, file: str, message: str | Message, hint: str | Message = "") -> None:
        super().__init__(message, hint)
        self.file = file


class NotABackup(BackupError):
    """The folder given is not an Airlock backup (no manifest in it)."""


class MediumBusy(BackupError):
    """Another backup is being written to the same medium right now."""


class MediumFailed(OperationFailed):
    """Writing to or reading from the medium failed (full, pulled, read-only, I/O error)."""


class TargetNotEmpty(BackupError):
    """The data directory to restore into holds a vault or other files."""


class TargetBusy(BackupError):
    """Another Airlock process holds the data directory to restore into."""


class BackupTooOld(BackupError):
    """The backup is older than a checkpoint the operator kept: restoring it would roll history back."""

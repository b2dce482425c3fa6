"""Why an update, a rollback or a self-check did not happen; each says what to do."""

from __future__ import annotations

from app.core.errors import AirlockError, OperationFailed, UsageError


class NotInstalled(AirlockError):
    """Airlock runs from a source tree, not from an installed release."""


class NoWriteAccess(AirlockError):
    """The account running Airlock may not change the installation's files."""


class UpdateRefused(AirlockError):
    """The update makes no sense: not newer, not an app bundle, missing system packages."""


class BadReference(UsageError):
    """NAME@VERSION is malformed."""


class AppBundleInvalid(AirlockError):
    """An `app` bundle whose content is not an Airlock release."""


class UpdateBusy(AirlockError):
    """Another process is updating, or an interrupted update is not finished."""


class RollbackRefused(AirlockError):
    """There is no kept version, or it cannot open the database as it is now."""


class StepFailed(OperationFailed):
    """A step of an update failed; the installation is as it was before."""


class SelfCheckFailed(OperationFailed):
    """The new version did not pass its self-check; the old one was restored."""

"""THE facade: an unlocked session through which the CLI and the GUI do everything.

`Session` is composed from one mixin per room (docs/internals.md). Front ends import
only from here.
"""

from __future__ import annotations

from typing import Any

from app.core.service.admin import AccountInfo, AdminActions, ExportSummary, run_audit_verifier, verify_audit_export
from app.core.service.bundles import BundleActions
from app.core.service.core import ActionContext, Approval, SessionCore
from app.core.service.deploy import DeployActions
from app.core.service.nodes import NodeActions
from app.core.service.store import StoreActions
from app.core.service.unlock import init_vault, open_session, open_with_recovery, rekey, vault_exists


class Session(AdminActions, BundleActions, DeployActions, NodeActions, StoreActions, SessionCore):
    """An unlocked vault and the account that unlocked it."""

    def _startup_hooks(self) -> list[Any]:
        hooks: list[Any] = []
        for name in ("sweep_staging_at_start", "reconcile_jobs_at_start"):
            hook = getattr(self, name, None)
            if hook is not None:
                hooks.append(hook)
        return hooks


__all__ = [
    "AccountInfo",
    "ActionContext",
    "Approval",
    "ExportSummary",
    "Session",
    "init_vault",
    "open_session",
    "open_with_recovery",
    "rekey",
    "run_audit_verifier",
    "vault_exists",
    "verify_audit_export",
]

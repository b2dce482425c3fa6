"""THE facade: an unlocked session through which the CLI and the GUI do everything.

`Session` is composed from one mixin per room (docs/internals.md). Front ends import
only from here.
"""

from __future__ import annotations

from typing import Any

from app.core.accounts import DUAL_CONTROL_ACTIONS
from app.core.appliance.selfcheck import self_check as appliance_self_check
from app.core.appliance.slots import version_key as appliance_version_key
from app.core.errors import Cancelled
from app.core.jobs import DEFAULT_FORKS, DEFAULT_TIMEOUT_S, JobSettings
from app.core.service.accounts_lifecycle import AccountChangeRefused, AccountLifecycle
from app.core.service.admin import AccountInfo, AdminActions, ExportSummary, run_audit_verifier, verify_audit_export
from app.core.service.appliance import (
    ApplianceActions,
    appliance_status,
    parse_reference,
    recover_interrupted_update,
)
from app.core.service.bundles import BundleActions
from app.core.service.core import ActionContext, Approval, SessionCore
from app.core.service.deploy import DeployActions
from app.core.service.job_control import JobControl, JobNotRunning
from app.core.service.labels import NodeLabels
from app.core.service.nodes import NodeActions
from app.core.service.playbook_bundles import PlaybookBundles
from app.core.service.provenance import BundleProvenance
from app.core.service.unlock import init_vault, open_session, open_with_recovery, rekey, vault_exists


class Session(
    AdminActions,
    BundleActions,
    DeployActions,
    NodeActions,
    AccountLifecycle,
    NodeLabels,
    JobControl,
    BundleProvenance,
    ApplianceActions,
    PlaybookBundles,
    SessionCore,
):
    """An unlocked vault and the account that unlocked it."""

    def _startup_hooks(self) -> list[Any]:
        hooks: list[Any] = []
        for name in ("sweep_staging_at_start", "reconcile_jobs_at_start", "sync_account_slots_at_start",
                     "record_app_recoveries_at_start"):
            hook = getattr(self, name, None)
            if hook is not None:
                hooks.append(hook)
        return hooks


__all__ = [
    "DEFAULT_FORKS",
    "DEFAULT_TIMEOUT_S",
    "DUAL_CONTROL_ACTIONS",
    "AccountChangeRefused",
    "AccountInfo",
    "ActionContext",
    "Approval",
    "Cancelled",
    "ExportSummary",
    "JobNotRunning",
    "JobSettings",
    "Session",
    "appliance_self_check",
    "appliance_status",
    "appliance_version_key",
    "init_vault",
    "open_session",
    "open_with_recovery",
    "parse_reference",
    "recover_interrupted_update",
    "rekey",
    "run_audit_verifier",
    "vault_exists",
    "verify_audit_export",
]

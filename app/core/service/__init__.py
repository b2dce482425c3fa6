"""THE facade: an unlocked session through which the CLI and the GUI do everything.

`Session` is composed from one mixin per room (docs/internals.md). Front ends import
only from here.
"""

from __future__ import annotations

from typing import Any

from app.core.accounts import DUAL_CONTROL_ACTIONS
from app.core.appliance.selfcheck import self_check as appliance_self_check
from app.core.appliance.slots import version_key as appliance_version_key
from app.core.bundles.errors import AlreadyImported
from app.core.errors import AirlockError, Cancelled, DualControlRequired, UsageError, VaultLocked
from app.core.jobs import DEFAULT_FORKS, DEFAULT_TIMEOUT_S, JobSettings, TaskResult, drop_foreign_ansible_settings
from app.core.media import SystemMedia
from app.core.messages import Message
from app.core.policy import ClassificationLevels, NodeClearance, PlacementRefused, clearance_of, refusals
from app.core.reasons import MAX_REASON_CHARS, ReasonRequired, clean_reason, reasoned_actions
from app.core.schedules import DEFAULT_SCHEDULABLE, format_duration, parse_duration
from app.core.service.accounts_lifecycle import AccountChangeRefused, AccountLifecycle
from app.core.service.admin import (
    AccountInfo,
    AdminActions,
    ExportSummary,
    run_audit_verifier,
    verifier_fingerprint,
    verify_audit_export,
)
from app.core.service.alarms import AlarmActions
from app.core.service.appliance import (
    ApplianceActions,
    appliance_status,
    parse_reference,
    recover_interrupted_update,
)
from app.core.service.backup import (
    PART_SIZE,
    BackupActions,
    BackupDamaged,
    BackupResult,
    BackupStatus,
    VerifiedBackup,
    check_warning_days,
    find_backups,
    verify_backup,
)
from app.core.service.bundles import (
    BundleActions,
    BundleSpec,
    RoleSpec,
    build_bundle,
    find_bundles,
    generate_key,
    init_trust,
    load_public_key,
    load_signer,
    rotate_trust,
    sign_bundle,
    sign_trust,
)
from app.core.service.cordon import CORDON_EXEMPT, CordonActions, NodeCordoned
from app.core.service.core import ActionContext, Approval, SessionCore
from app.core.service.deploy import DeployActions
from app.core.service.job_control import JobControl, JobNotRunning
from app.core.service.job_output import JobOutputActions, SavedOutput
from app.core.service.labels import NodeLabels
from app.core.service.nodes import NodeActions
from app.core.service.ops_settings import OpsSettings
from app.core.service.overview import OverviewActions
from app.core.service.playbook_bundles import PlaybookBundles
from app.core.service.provenance import BundleProvenance
from app.core.service.reasons import ReasonActions
from app.core.service.relays import RelayActions
from app.core.service.reports import REPORT_KINDS, Language, ReportActions, WrittenReport
from app.core.service.restore import Credentials, RestoreResult, restore_backup
from app.core.service.schedules import ScheduleActions
from app.core.service.store import StoreActions
from app.core.service.unlock import init_vault, open_session, open_with_recovery, rekey, vault_exists
from app.core.ssh import Bootstrap


class Session(
    ScheduleActions,
    AlarmActions,
    CordonActions,  # before the nodes room: it adds each node's cordon to what they list and show
    OpsSettings,
    OverviewActions,
    AdminActions,
    BundleActions,
    DeployActions,
    RelayActions,
    NodeActions,
    BackupActions,
    AccountLifecycle,
    NodeLabels,
    JobControl,
    BundleProvenance,
    JobOutputActions,
    ReasonActions,
    ReportActions,
    ApplianceActions,
    PlaybookBundles,
    StoreActions,
    SessionCore,
):
    """An unlocked vault and the account that unlocked it."""

    def _startup_hooks(self) -> list[Any]:
        hooks: list[Any] = []
        for name in ("sweep_staging_at_start", "reconcile_jobs_at_start", "sync_account_slots_at_start",
                     "sweep_relay_dirs_at_start", "record_app_recoveries_at_start"):
            hook = getattr(self, name, None)
            if hook is not None:
                hooks.append(hook)
        return hooks

    def _closing_hooks(self) -> list[Any]:
        return [hook for name in ("close_relay_links",) if (hook := getattr(self, name, None)) is not None]


__all__ = [
    "CORDON_EXEMPT",
    "DEFAULT_FORKS",
    "DEFAULT_SCHEDULABLE",
    "DEFAULT_TIMEOUT_S",
    "DUAL_CONTROL_ACTIONS",
    "MAX_REASON_CHARS",
    "PART_SIZE",
    "REPORT_KINDS",
    "AccountChangeRefused",
    "AccountInfo",
    "ActionContext",
    "AirlockError",
    "AlreadyImported",
    "Approval",
    "BackupDamaged",
    "BackupResult",
    "BackupStatus",
    "Bootstrap",
    "BundleSpec",
    "Cancelled",
    "ClassificationLevels",
    "Credentials",
    "DualControlRequired",
    "ExportSummary",
    "JobNotRunning",
    "JobSettings",
    "Language",
    "Message",
    "NodeClearance",
    "NodeCordoned",
    "PlacementRefused",
    "ReasonRequired",
    "RestoreResult",
    "RoleSpec",
    "SavedOutput",
    "Session",
    "SystemMedia",
    "TaskResult",
    "UsageError",
    "VaultLocked",
    "VerifiedBackup",
    "WrittenReport",
    "appliance_self_check",
    "appliance_status",
    "appliance_version_key",
    "build_bundle",
    "check_warning_days",
    "clean_reason",
    "clearance_of",
    "drop_foreign_ansible_settings",
    "find_backups",
    "find_bundles",
    "format_duration",
    "generate_key",
    "init_trust",
    "init_vault",
    "load_public_key",
    "load_signer",
    "open_session",
    "open_with_recovery",
    "parse_duration",
    "parse_reference",
    "reasoned_actions",
    "recover_interrupted_update",
    "refusals",
    "rekey",
    "restore_backup",
    "rotate_trust",
    "run_audit_verifier",
    "sign_bundle",
    "sign_trust",
    "vault_exists",
    "verifier_fingerprint",
    "verify_audit_export",
    "verify_backup",
]

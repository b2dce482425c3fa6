"""Operators, their roles and what each role may do.

Checked once, in `app.core.service`, so the command line and the desktop application can
never disagree. An auditor reads everything and exports the audit trail; it changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.errors import UsageError
from app.core.messages import say

ROLES = ("admin", "operator", "auditor")
ADMIN, OPERATOR, AUDITOR = ROLES
EVERYONE = frozenset(ROLES)
STAFF = frozenset({ADMIN, OPERATOR})
ADMINS = frozenset({ADMIN})

# permission -> roles that hold it. Each room adds its own lines.
PERMISSIONS: dict[str, frozenset[str]] = {
    "account.add": ADMINS,
    "account.list": EVERYONE,
    "account.passwd.other": ADMINS,
    "account.passwd.self": EVERYONE,
    "account.recover": ADMINS,
    "vault.rekey": ADMINS,
    "settings.change": ADMINS,
    "audit.list": EVERYONE,
    "audit.verify": EVERYONE,
    "audit.export": EVERYONE,
    "audit.checkpoint": EVERYONE,
    # bundles room
    "trust.init": ADMINS,
    "trust.rotate": ADMINS,
    "trust.show": EVERYONE,
    "bundle.import": STAFF,
    "bundle.verify": EVERYONE,
    "bundle.list": EVERYONE,
    "media.scan": EVERYONE,
    # nodes room
    "node.enroll": STAFF,
    "node.remove": STAFF,
    "node.repin": ADMINS,
    "node.list": EVERYONE,
    "node.show": EVERYONE,
    "job.run": STAFF,
    "job.cancel": STAFF,
    "job.list": EVERYONE,
    "job.show": EVERYONE,
    # deploy room
    "deploy.model": STAFF,
    "deploy.update": STAFF,
    "deploy.rollback": STAFF,
    # lifecycle room: accounts and labels change over time; provenance is read by everyone
    "account.disable": ADMINS,
    "account.enable": ADMINS,
    "account.remove": ADMINS,
    "node.label": STAFF,
    "node.clearance.raise": ADMINS,
    "bundle.show": EVERYONE,
    # ops room: schedules, cordon and drain, alarms
    "schedule.add": STAFF,
    "schedule.remove": STAFF,
    "schedule.list": EVERYONE,
    "node.cordon": STAFF,
    "node.uncordon": STAFF,
    "alarm.list": EVERYONE,
    "alarm.ack": STAFF,
    # backup room
    "backup.create": ADMINS,
    "backup.status": EVERYONE,
    "backup.restore": ADMINS,
    # records room: a job's output and reports leave the vault as files (audited)
    "job.output": EVERYONE,
    "report.write": EVERYONE,
    # relays room
    "relay.add": ADMINS,
    "relay.remove": ADMINS,
    "relay.list": EVERYONE,
    # appliance room: Airlock's own versions (issue 13)
    "app.update": ADMINS,
    "app.rollback": ADMINS,
    # store room (encryption at rest)
    "store.status": EVERYONE,
    "store.reseal": STAFF,
    "store.rotate": ADMINS,
}

# Actions that need a second account's approval when dual control is switched on.
DUAL_CONTROL_ACTIONS = frozenset(
    {"account.add", "settings.change", "trust.rotate", "node.remove", "node.repin", "deploy.update"}
)
# lifecycle room
DUAL_CONTROL_ACTIONS |= frozenset({"account.disable", "account.enable", "account.remove", "node.clearance.raise"})
DUAL_CONTROL_ACTIONS |= frozenset({"backup.create"})  # backup room
DUAL_CONTROL_ACTIONS |= frozenset({"relay.add", "relay.remove"})  # relays room
# appliance room
DUAL_CONTROL_ACTIONS |= frozenset({"app.update", "app.rollback"})
DUAL_CONTROL_ACTIONS |= frozenset({"store.key.rotate"})  # store room

_NAME = re.compile(r"^[a-z][a-z0-9._-]{0,62}$")


@dataclass(frozen=True)
class Account:
    """An operator account: its name and role."""

    name: str
    role: str


def validate_name(name: str) -> str:
    """Account names: lowercase letters, digits, dot, dash, underscore; start with a letter."""
    if not _NAME.match(name):
        raise UsageError(
            say("{name} is not a valid account name.", name=repr(name)),
            say("Use 1-63 lowercase letters, digits, '.', '-' or '_', starting with a letter."),
        )
    return name


def validate_role(role: str) -> str:
    if role not in ROLES:
        raise UsageError(
            say("Unknown role {role}.", role=repr(role)), say("Choose one of: {roles}.", roles=", ".join(ROLES))
        )
    return role


def allowed(role: str, permission: str) -> bool:
    """Whether `role` holds `permission`; an unknown permission is held by nobody."""
    return role in PERMISSIONS.get(permission, frozenset())

"""Alarms: conditions an operator must see, from when they are first seen until they go away.

Pure rules over plain values. Each alarm has a kind and a target (a node, a schedule, the
trust root, a bundle, the store); at most one alarm of a kind and target is open at a time.
`reconcile` compares the open alarms with the conditions that hold now and says what to
raise, what changed, what cleared and what is still so; the service writes that down and
audits it. The sentences are templates (app.core.messages), so the GUI says them translated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Final

from app.core.messages import Message, say

CRITICAL: Final = "critical"
WARNING: Final = "warning"
SEVERITIES: Final = (CRITICAL, WARNING)

HOSTKEY: Final = "hostkey_changed"
HEALTH: Final = "node_health"
SCHEDULE: Final = "schedule_failed"
TRUST: Final = "trust_expiry"
BUNDLE: Final = "bundle_expiry"
STORE: Final = "store_space"
KINDS: Final = (HOSTKEY, HEALTH, SCHEDULE, TRUST, BUNDLE, STORE)

DEFAULT_EXPIRY_DAYS: Final = 30
DEFAULT_STORE_FREE_PERCENT: Final = 10.0


@dataclass(frozen=True)
class Condition:
    """Something that holds now and deserves an alarm."""

    kind: str
    target: str
    severity: str
    said: Message
    detail: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class OpenAlarm:
    """An alarm raised and not yet cleared, as the vault holds it."""

    id: int
    kind: str
    target: str
    severity: str
    message: str


@dataclass
class AlarmChanges:
    """What `reconcile` found: new alarms, open ones that changed, ones that cleared, ones still so."""

    raised: list[Condition] = field(default_factory=list)
    changed: list[tuple[OpenAlarm, Condition]] = field(default_factory=list)
    cleared: list[OpenAlarm] = field(default_factory=list)
    still: list[OpenAlarm] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.raised or self.changed or self.cleared)


def reconcile(open_alarms: Iterable[OpenAlarm], conditions: Iterable[Condition],
              in_scope: Callable[[str, str], bool]) -> AlarmChanges:
    """Compare the open alarms of the scope (kind, target) with the conditions that hold now."""
    holding = {(c.kind, c.target): c for c in conditions if in_scope(c.kind, c.target)}
    changes = AlarmChanges()
    for alarm in open_alarms:
        if not in_scope(alarm.kind, alarm.target):
            continue
        condition = holding.pop((alarm.kind, alarm.target), None)
        if condition is None:
            changes.cleared.append(alarm)
        elif (condition.severity, condition.said.text) != (alarm.severity, alarm.message):
            changes.changed.append((alarm, condition))
        else:
            changes.still.append(alarm)
    changes.raised = sorted(holding.values(), key=lambda c: (SEVERITIES.index(c.severity), c.kind, c.target))
    return changes


def hostkey_changed(node: str) -> Condition:
    return Condition(HOSTKEY, node, CRITICAL, say(
        "Node {node} offered a host key that is not pinned: every connection to it is stopped. An admin must "
        "check the key on its console and re-pin it.", node=node))


def node_health(node: str, status: str, reasons: list[str], actions: list[str], *, cordoned: bool) -> Condition:
    """A node whose latest health check found it unhealthy (critical) or degraded (warning)."""
    detail = {"status": status, "reasons": reasons, "actions": actions}
    if status == "unhealthy" and cordoned:
        said = say("Node {node} is unhealthy and was cordoned automatically: it takes no deployment and no job "
                   "but facts and health. Open it in Nodes for the reasons.", node=node)
    elif status == "unhealthy":
        said = say("Node {node} is unhealthy. Open it in Nodes for the reasons and what to do.", node=node)
    else:
        said = say("Node {node} is degraded. Open it in Nodes for the reasons and what to do.", node=node)
    return Condition(HEALTH, node, CRITICAL if status == "unhealthy" else WARNING, said, detail)


def schedule_failed(schedule_id: int, playbook: str, pattern: str, job: int | None, error: str) -> Condition:
    """A scheduled run that failed (its job failed) or could not start (refused)."""
    target = f"schedule {schedule_id}"
    if job is None:
        said = say("Schedule {schedule} ({playbook} on {pattern}) could not start a job: {error}",
                   schedule=schedule_id, playbook=playbook, pattern=pattern, error=error)
    else:
        said = say("Schedule {schedule} ({playbook} on {pattern}) ran job {job}, which failed. Open it in Jobs.",
                   schedule=schedule_id, playbook=playbook, pattern=pattern, job=job)
    return Condition(SCHEDULE, target, WARNING, said, {"job": job, "error": error})


def _expiry(expires: datetime, now: datetime, window_days: int) -> str | None:
    """CRITICAL when past, WARNING within the window, None otherwise."""
    if expires <= now:
        return CRITICAL
    if expires - now <= timedelta(days=window_days):
        return WARNING
    return None


def trust_expiry(version: int, expires: datetime, now: datetime, window_days: int) -> Condition | None:
    severity = _expiry(expires, now, window_days)
    if severity is None:
        return None
    day = expires.strftime("%Y-%m-%d")
    if severity == CRITICAL:
        said = say("The trust root (version {version}) expired on {day}: no bundle imports until an admin rotates "
                   "it.", version=version, day=day)
    else:
        said = say("The trust root (version {version}) expires on {day}. Ask the publishers for the next root "
                   "and rotate it before then.", version=version, day=day)
    return Condition(TRUST, "root", severity, said, {"expires": expires.isoformat()})


def bundle_expiry(bundle: str, expires: datetime, now: datetime, window_days: int) -> Condition | None:
    severity = _expiry(expires, now, window_days)
    if severity is None:
        return None
    day = expires.strftime("%Y-%m-%d")
    if severity == CRITICAL:
        said = say("Bundle {bundle} expired on {day}; import a newer version.", bundle=bundle, day=day)
    else:
        said = say("Bundle {bundle} expires on {day}; import a newer version before then.", bundle=bundle, day=day)
    return Condition(BUNDLE, bundle, severity, said, {"expires": expires.isoformat()})


def store_space(total: int, free: int, warn_percent: float) -> Condition | None:
    """The content store's file system below `warn_percent` free; critical below a third of it."""
    if total <= 0:
        return None
    percent = 100.0 * free / total
    if percent >= warn_percent:
        return None
    severity = CRITICAL if percent < warn_percent / 3 else WARNING
    said = say("The content store's disk has only {percent}% free ({free} GiB). Remove old bundles or give it "
               "more space before imports fail.", percent=f"{percent:.1f}", free=f"{free / 2**30:.1f}")
    return Condition(STORE, "store", severity, said, {"total": total, "free": free})

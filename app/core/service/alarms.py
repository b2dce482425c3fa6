"""Session actions for alarms (owned by the ops room): raised, acknowledged with a note, cleared.

An alarm is raised when a condition is first seen (a changed host key, an unhealthy node, a
failed scheduled job, an expiring trust root or bundle, a content store near full) and
cleared when it goes away; raising and clearing are audited as they happen. Acknowledging
says someone is on it: it needs a note and is audited, and the alarm stays open until the
condition clears. Jobs raise and clear the alarms of the nodes they saw (`observe_job`, in
the job's own transaction); `sweep_alarms` looks at everything else.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Final

from app.core import alarms, jobs
from app.core.audit.log import utc_now
from app.core.bundles import store
from app.core.errors import AirlockError, NotFound, UsageError
from app.core.messages import Message, say
from app.core.schedules import to_stamp
from app.core.service.cordon import MAX_REASON, check_reason

if TYPE_CHECKING:
    from app.core.service.cordon import CordonActions

    _Base = CordonActions
else:
    _Base = object

_COLUMNS: Final = ("id", "kind", "target", "severity", "message", "said", "first_seen", "last_seen", "cleared_at",
                   "acknowledged_at", "acknowledged_by", "note")
_NODE_KINDS: Final = frozenset({alarms.HOSTKEY, alarms.HEALTH})
_SWEPT_KINDS: Final = frozenset({alarms.HOSTKEY, alarms.HEALTH, alarms.SCHEDULE, alarms.TRUST, alarms.BUNDLE,
                                 alarms.STORE})


def parse_period_bound(text: str | None, *, end: bool) -> str | None:
    """A date (YYYY-MM-DD) or a time as a stored stamp; a date as `end` means the end of that day."""
    if text is None:
        return None
    try:
        if len(text) == len("2026-12-01"):
            day = datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=UTC)
            return to_stamp(day + timedelta(days=1, microseconds=-1) if end else day)
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(say("{value} is not a date.", value=repr(text)),
                         say("Give a date as YYYY-MM-DD, or a time as YYYY-MM-DDTHH:MM:SSZ.")) from exc
    return to_stamp(moment if moment.tzinfo else moment.replace(tzinfo=UTC))


def _parse_expiry(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class AlarmActions(_Base):
    """Mixin of `Session`: alarms and how they are handled."""

    # -- reading ----------------------------------------------------------------------------------

    def list_alarms(self, include_closed: bool = False, since: str | None = None,
                    until: str | None = None) -> list[dict[str, Any]]:
        """Alarms, open ones first (unacknowledged, then critical, then newest); with a period, those open in it."""
        low, high = parse_period_bound(since, end=False), parse_period_bound(until, end=True)
        self.require("alarm.list", "alarm.list")
        query = f"SELECT {', '.join(_COLUMNS)} FROM alarms WHERE 1 = 1"  # noqa: S608 - fixed column names
        params: list[object] = []
        if not include_closed:
            query += " AND cleared_at IS NULL"
        if high is not None:
            query += " AND first_seen <= ?"
            params.append(high)
        if low is not None:
            query += " AND (cleared_at IS NULL OR cleared_at >= ?)"
            params.append(low)
        query += (" ORDER BY cleared_at IS NOT NULL, acknowledged_at IS NOT NULL,"
                  " severity = 'critical' DESC, first_seen DESC, id DESC")
        with self.lock:
            rows = self.conn.execute(query, params).fetchall()
        return [self._alarm_record(row) for row in rows]

    @staticmethod
    def _alarm_record(row: Iterable[Any]) -> dict[str, Any]:
        record = dict(zip(_COLUMNS, row, strict=True))
        stored = json.loads(record.pop("said") or "{}")
        record["said"] = stored.get("said")
        record["detail"] = stored.get("detail", {})
        return record

    def _open_alarms(self) -> list[alarms.OpenAlarm]:
        rows = self.conn.execute(
            "SELECT id, kind, target, severity, message FROM alarms WHERE cleared_at IS NULL").fetchall()
        return [alarms.OpenAlarm(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4])) for r in rows]

    # -- acknowledging ------------------------------------------------------------------------------

    def acknowledge_alarm(self, alarm_id: int, note: str) -> dict[str, Any]:
        """Say someone is on it, with a note (audited). The alarm stays open until it clears."""
        target = f"alarm {alarm_id}"
        details: dict[str, Any] = {"alarm": alarm_id, "note": (note or "")[:MAX_REASON]}
        try:
            details["note"] = check_reason(note, "--note")
            with self.lock:
                row = self.conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM alarms WHERE id = ?",  # noqa: S608
                                        (alarm_id,)).fetchone()
            if row is None:
                raise NotFound(say("There is no alarm {alarm}.", alarm=alarm_id),
                               say("See `airlock alarms --all` for every alarm."))
            alarm = self._alarm_record(row)
            details.update(kind=alarm["kind"], subject=alarm["target"])
            if alarm["cleared_at"]:
                raise UsageError(say("Alarm {alarm} cleared at {when}; there is nothing left to acknowledge.",
                                     alarm=alarm_id, when=alarm["cleared_at"][:19]),
                                 say("See `airlock alarms` for the open ones."))
            if alarm["acknowledged_at"]:
                raise UsageError(say("Alarm {alarm} was acknowledged by {who} at {when}: {note}", alarm=alarm_id,
                                     who=alarm["acknowledged_by"], when=alarm["acknowledged_at"][:19],
                                     note=alarm["note"]),
                                 say("It stays open until its condition clears."))
        except AirlockError as exc:
            self.audit_refusal("alarm.ack", target, str(exc), details, outcome=exc.audit_outcome)
            raise
        with self.action("alarm.ack", target, "alarm.ack", details):
            self.conn.execute(
                "UPDATE alarms SET acknowledged_at = ?, acknowledged_by = ?, note = ? WHERE id = ?",
                (utc_now(), self.account.name, details["note"], alarm_id),
            )
        with self.lock:
            row = self.conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM alarms WHERE id = ?",  # noqa: S608
                                    (alarm_id,)).fetchone()
        return self._alarm_record(row)

    # -- raising and clearing -------------------------------------------------------------------------

    def _alarms_write(self, changes: alarms.AlarmChanges, now: str) -> None:
        """Inside a transaction: record what `reconcile` found, each raise, change and clear audited."""
        actor = self.account.name
        for condition in changes.raised:
            said = json.dumps({"said": condition.said.as_dict(), "detail": condition.detail}, sort_keys=True)
            cursor = self.conn.execute(
                "INSERT INTO alarms(kind, target, severity, message, said, first_seen, last_seen)"
                " VALUES (?,?,?,?,?,?,?)",
                (condition.kind, condition.target, condition.severity, condition.said.text, said, now, now),
            )
            self.audit.append(actor, "alarm.raise", condition.target, "alarm",
                              {"alarm": int(cursor.lastrowid), "kind": condition.kind,
                               "severity": condition.severity, "message": condition.said.text})
        for alarm, condition in changes.changed:
            said = json.dumps({"said": condition.said.as_dict(), "detail": condition.detail}, sort_keys=True)
            self.conn.execute("UPDATE alarms SET severity = ?, message = ?, said = ?, last_seen = ? WHERE id = ?",
                              (condition.severity, condition.said.text, said, now, alarm.id))
            if condition.severity != alarm.severity:
                self.audit.append(actor, "alarm.change", alarm.target, "alarm",
                                  {"alarm": alarm.id, "kind": alarm.kind, "severity": condition.severity,
                                   "was": alarm.severity, "message": condition.said.text})
        for alarm in changes.cleared:
            self.conn.execute("UPDATE alarms SET cleared_at = ?, last_seen = ? WHERE id = ?", (now, now, alarm.id))
            self.audit.append(actor, "alarm.clear", alarm.target, "ok",
                              {"alarm": alarm.id, "kind": alarm.kind, "message": alarm.message})
        if changes.still:
            self.conn.executemany("UPDATE alarms SET last_seen = ? WHERE id = ?",
                                  [(now, alarm.id) for alarm in changes.still])

    def _alarms_reconcile(self, conditions: list[alarms.Condition],
                          in_scope: Callable[[str, str], bool]) -> alarms.AlarmChanges:
        """Inside a transaction: bring the open alarms of the scope in line with the conditions."""
        changes = alarms.reconcile(self._open_alarms(), conditions, in_scope)
        self._alarms_write(changes, utc_now())
        return changes

    def raise_or_clear(self, condition: alarms.Condition | None, kind: str, target: str) -> None:
        """Inside a transaction: the one alarm of `kind` and `target` holds (`condition`) or not (None)."""
        self._alarms_reconcile([condition] if condition else [], lambda k, t: (k, t) == (kind, target))

    # -- what jobs saw ------------------------------------------------------------------------------

    def observe_job(self, job_id: int, playbook: str, outcome: jobs.JobOutcome) -> None:
        """Inside a job's recording transaction: alarms (and automatic cordons) of the nodes it saw."""
        del playbook  # every job may find a changed host key; health jobs bring verdicts
        seen = set(outcome.host_summary) | set(outcome.hostkey_failures)
        if not seen:
            return
        for name, health in self._alarms_latest_health(seen).items():
            if health["status"] == "unhealthy" and health["job"] == job_id:
                reasons = "; ".join(health["reasons"])
                self.cordon_automatically(name, f"health turned unhealthy in job {job_id}: {reasons}", job_id)
        conditions = self._alarms_node_conditions(seen)
        self._alarms_reconcile(conditions, lambda kind, target: kind in _NODE_KINDS and target in seen)

    def _alarms_latest_health(self, names: set[str] | None = None) -> dict[str, dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT n.name, h.status, h.reasons, h.job_id FROM nodes n JOIN node_health h ON h.id ="
            " (SELECT max(id) FROM node_health WHERE node_id = n.id)"
        ).fetchall()
        latest = {}
        for name, status, reasons, job in rows:
            if names is None or name in names:
                stored = json.loads(reasons)
                latest[str(name)] = {"status": status, "reasons": stored.get("reasons", []),
                                     "actions": stored.get("actions", []), "job": job}
        return latest

    def _alarms_node_conditions(self, names: set[str] | None = None) -> list[alarms.Condition]:
        conditions = []
        cordons = self.cordons()
        for name, status in self.conn.execute("SELECT name, status FROM nodes").fetchall():
            if (names is None or name in names) and status == "hostkey_changed":
                conditions.append(alarms.hostkey_changed(str(name)))
        for name, health in self._alarms_latest_health(names).items():
            if health["status"] in ("unhealthy", "degraded"):
                automatic = bool(cordons.get(name, {}).get("automatic"))
                conditions.append(alarms.node_health(name, health["status"], health["reasons"], health["actions"],
                                                     cordoned=automatic))
        return conditions

    # -- everything else --------------------------------------------------------------------------------

    def sweep_alarms(self, now: datetime | None = None) -> dict[str, list[int]]:
        """Look at every condition (nodes, schedules, trust, bundles, the store); raise and clear.

        Any account may run it (it records what it found, as the appliance would); returns the
        ids raised and cleared.
        """
        moment = now or datetime.now(UTC)
        self.ensure_unlocked()

        def sweep() -> dict[str, list[int]]:
            conditions = self._alarms_node_conditions()
            conditions += self._alarms_expiry_conditions(moment)
            conditions += self._alarms_schedule_conditions()
            space = self._alarms_store_condition()
            conditions += [space] if space else []
            before = {a.id for a in self._open_alarms()}
            changes = self._alarms_reconcile(conditions, lambda kind, _target: kind in _SWEPT_KINDS)
            after = {a.id for a in self._open_alarms()}
            return {"raised": sorted(after - before), "cleared": sorted(a.id for a in changes.cleared)}

        found: dict[str, list[int]] = self._write(sweep, None, {})  # each raise and clear is its own entry
        return found

    def _alarms_expiry_conditions(self, now: datetime) -> list[alarms.Condition]:
        window = self.alarm_expiry_days()
        found: list[alarms.Condition | None] = []
        root = self.conn.execute("SELECT version, expires FROM trust_roots ORDER BY version DESC LIMIT 1").fetchone()
        if root is not None and (expires := _parse_expiry(root[1])) is not None:
            found.append(alarms.trust_expiry(int(root[0]), expires, now, window))
        rows = self.conn.execute(
            "SELECT b.name, b.version, b.expires FROM bundles b JOIN bundle_versions v ON v.bundle_id = b.id"
        ).fetchall()
        for name, version, text in rows:
            if (expires := _parse_expiry(text)) is not None:
                found.append(alarms.bundle_expiry(f"{name}@{version}", expires, now, window))
        return [c for c in found if c is not None]

    def _alarms_schedule_conditions(self) -> list[alarms.Condition]:
        """A schedule's failure alarm holds until its next good run (or its removal) clears it."""
        existing = {f"schedule {row[0]}" for row in self.conn.execute("SELECT id FROM schedules").fetchall()}
        held = []
        for alarm in self._open_alarms():
            if alarm.kind == alarms.SCHEDULE and alarm.target in existing:
                row = self.conn.execute("SELECT said FROM alarms WHERE id = ?", (alarm.id,)).fetchone()
                stored = json.loads(row[0])
                said = stored.get("said") or {}
                message = Message(str(said.get("template", alarm.message)), dict(said.get("values", {})))
                held.append(alarms.Condition(alarm.kind, alarm.target, alarm.severity, message,
                                             stored.get("detail", {})))
        return held

    def _alarms_store_condition(self) -> alarms.Condition | None:
        place = self.data_dir / store.STORE_DIR
        try:
            usage = shutil.disk_usage(place if place.exists() else self.data_dir)
        except OSError:
            return None
        return alarms.store_space(usage.total, usage.free, self.alarm_store_free_percent())

    # -- a period's alarms for reports ------------------------------------------------------------------

    def alarm_counts(self) -> dict[str, int]:
        """Open alarms by severity, and how many of them nobody acknowledged yet."""
        with self.lock:
            rows = self.conn.execute(
                "SELECT severity, acknowledged_at IS NULL, count(*) FROM alarms WHERE cleared_at IS NULL"
                " GROUP BY severity, acknowledged_at IS NULL").fetchall()
        counts = {"critical": 0, "warning": 0, "unacknowledged": 0}
        for severity, unacknowledged, count in rows:
            counts[str(severity)] = counts.get(str(severity), 0) + int(count)
            if unacknowledged:
                counts["unacknowledged"] += int(count)
        return counts


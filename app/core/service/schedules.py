"""Session actions for schedules (owned by the ops room).

A schedule runs a playbook an admin allows (facts and health always) on a node pattern
every period, while the application runs: the desktop application asks `run_due` on a
timer, and `airlock schedule run-due` does the same from a system timer on an appliance
with no desktop session. A run acts with the authority of the schedule's owner: its job is
an ordinary job in the history, started by the owner, audited. Each due schedule is claimed
in the vault before it runs (compare-and-set on when it last ran), so two processes never
run it twice; a schedule missed while nothing ran it runs once. Cordoned nodes are left out
of a scheduled run of any playbook but facts and health; a failed run raises an alarm that
the next good run clears.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Final

from app.core import alarms
from app.core.accounts import Account
from app.core.audit.log import utc_now
from app.core.errors import AirlockError, Cancelled, NotFound, OperationFailed, UsageError
from app.core.inventory import select
from app.core.messages import say
from app.core.schedules import (
    Run,
    Schedule,
    check_schedulable,
    due,
    format_duration,
    from_stamp,
    parse_duration,
    to_stamp,
)
from app.core.service.cordon import CORDON_EXEMPT

if TYPE_CHECKING:
    from app.core.service.alarms import AlarmActions

    _Base = AlarmActions
else:
    _Base = object

MAX_PATTERN: Final = 500
_ALL: Final = frozenset({"", "all", "*"})


class _AlreadyClaimed(Exception):
    """Another process ran this schedule since it was read."""


def _schedule(row: tuple[Any, ...]) -> Schedule:
    return Schedule(int(row[0]), str(row[1]), str(row[2]), int(row[3]), str(row[4]), from_stamp(str(row[5])),
                    from_stamp(str(row[6])) if row[6] else None)


class ScheduleActions(_Base):
    """Mixin of `Session`: schedules and their runs."""

    # -- managing ---------------------------------------------------------------------------------

    def add_schedule(self, playbook: str, pattern: str | None, every: str) -> dict[str, Any]:
        """Run `playbook` on the nodes `pattern` selects every `every` (e.g. 1h), as this account."""
        selection = (pattern or "all").strip() or "all"
        details: dict[str, Any] = {"playbook": playbook[:64], "selection": selection[:MAX_PATTERN], "every": every}
        try:
            every_s = parse_duration(every)
            details["every"] = format_duration(every_s)
            self._nodes_playbook(playbook)
            check_schedulable(playbook, self.schedulable_playbooks())
            if len(selection) > MAX_PATTERN:
                raise UsageError(say("The selection is longer than {limit} characters.", limit=MAX_PATTERN),
                                 say("Use labels to select many nodes, e.g. site=north."))
            select([], selection)  # a malformed pattern is refused now, not at its first run
        except AirlockError as exc:
            self.audit_refusal("schedule.add", playbook[:64], str(exc), details, outcome=exc.audit_outcome)
            raise
        with self.action("schedule.add", playbook, "schedule.add", details) as act:
            cursor = self.conn.execute(
                "INSERT INTO schedules(playbook, pattern, every_s, owner, created_at) VALUES (?,?,?,?,?)",
                (playbook, selection, every_s, self.account.name, utc_now()),
            )
            act.details["schedule"] = int(cursor.lastrowid)
        return self._schedule_record(int(act.details["schedule"]))

    def remove_schedule(self, schedule_id: int) -> None:
        """Stop a schedule; its runs stay in the history and its failure alarm clears."""
        target = f"schedule {schedule_id}"
        try:
            found = self._schedules_get(schedule_id)
        except AirlockError as exc:
            self.audit_refusal("schedule.remove", target, str(exc), {"schedule": schedule_id})
            raise
        details = {"schedule": schedule_id, "playbook": found["playbook"], "selection": found["pattern"],
                   "owner": found["owner"]}
        with self.action("schedule.remove", target, "schedule.remove", details):
            self.conn.execute("DELETE FROM schedules WHERE id = ?", (schedule_id,))
            self.raise_or_clear(None, alarms.SCHEDULE, target)

    def list_schedules(self) -> list[dict[str, Any]]:
        """Every schedule with when it runs next and how its last run went."""
        self.require("schedule.list", "schedule.list")
        with self.lock:
            ids = [int(row[0]) for row in self.conn.execute("SELECT id FROM schedules ORDER BY id").fetchall()]
        return [self._schedule_record(schedule_id) for schedule_id in ids]

    def schedule_runs(self, schedule_id: int | None = None, limit: int = 50) -> list[dict[str, Any]]:
        """The latest runs (of one schedule, or of all), newest first."""
        self.require("schedule.list", "schedule.list")
        query = ("SELECT id, schedule_id, playbook, pattern, slot, missed, fired_at, fired_by, job_id, status,"
                 " finished_at, message FROM schedule_runs")
        params: list[object] = []
        if schedule_id is not None:
            query += " WHERE schedule_id = ?"
            params.append(schedule_id)
        with self.lock:
            rows = self.conn.execute(query + " ORDER BY id DESC LIMIT ?", [*params, limit]).fetchall()
        keys = ("id", "schedule", "playbook", "pattern", "slot", "missed", "fired_at", "fired_by", "job", "status",
                "finished_at", "message")
        return [dict(zip(keys, row, strict=True)) for row in rows]

    def _schedules_get(self, schedule_id: int) -> dict[str, Any]:
        with self.lock:
            row = self.conn.execute(
                "SELECT id, playbook, pattern, every_s, owner, created_at, last_run_at FROM schedules WHERE id = ?",
                (schedule_id,),
            ).fetchone()
        if row is None:
            raise NotFound(say("There is no schedule {schedule}.", schedule=schedule_id),
                           say("See `airlock schedule list`."))
        return {"schedule": _schedule(tuple(row)), "playbook": row[1], "pattern": row[2], "owner": row[4]}

    def _schedule_record(self, schedule_id: int) -> dict[str, Any]:
        schedule: Schedule = self._schedules_get(schedule_id)["schedule"]
        last = self.schedule_runs(schedule_id, limit=1)
        return {
            "id": schedule.id, "playbook": schedule.playbook, "pattern": schedule.pattern,
            "every": format_duration(schedule.every_s), "every_s": schedule.every_s, "owner": schedule.owner,
            "created_at": to_stamp(schedule.created_at),
            "last_run_at": to_stamp(schedule.last_run_at) if schedule.last_run_at else None,
            "next_run_at": to_stamp(schedule.next_run()),
            "last_run": last[0] if last else None,
        }

    # -- running ----------------------------------------------------------------------------------

    def due_schedules(self, now: datetime | None = None) -> list[Run]:
        """What is due at `now` (default: the clock), each schedule once."""
        self.ensure_unlocked()
        with self.lock:
            rows = self.conn.execute(
                "SELECT id, playbook, pattern, every_s, owner, created_at, last_run_at FROM schedules").fetchall()
        return due([_schedule(tuple(row)) for row in rows], now or datetime.now(UTC))

    def run_due(self, now: datetime | None = None, cancel: threading.Event | None = None) -> list[dict[str, Any]]:
        """Run every due schedule once, one after another; returns what each run did.

        Any unlocked account may ask: each run acts with its owner's authority, checked then.
        """
        moment = now or datetime.now(UTC)
        done = []
        for run in self.due_schedules(moment):
            if cancel is not None and cancel.is_set():
                break
            outcome = self.run_schedule(run, moment, cancel)
            if outcome is not None:
                done.append(outcome)
        return done

    def run_schedule(self, run: Run, now: datetime, cancel: threading.Event | None = None) -> dict[str, Any] | None:
        """Claim one due run and carry it out; None when another process claimed it first."""
        schedule = run.schedule
        owner = self._schedules_owner(schedule.owner)
        run_id = self._schedules_claim(run, now, owner)
        if run_id is None:
            return None
        job, status, message = self._schedules_execute(schedule, owner, cancel)
        return self._schedules_finish(run_id, schedule, owner, job, status, message)

    def _schedules_execute(self, schedule: Schedule, owner: Account | None,
                           cancel: threading.Event | None) -> tuple[int | None, str, str]:
        """Run the schedule's job as its owner: (job id, status, what to say about it)."""
        if owner is None:
            return None, "refused", say("Its owner {owner} has no active account here any more.",
                                        owner=schedule.owner).text
        pattern, left_out = self._schedules_selection(schedule)
        if pattern is None:
            return None, "skipped", say("Every selected node is cordoned.").text
        try:
            # The schedule is the reason on record (app.core.service.reasons): a rule that
            # requires one for job.run holds for scheduled runs too.
            with self._acting_for(owner), self.stated_reason(f"schedule {schedule.id}"):
                job = self.run_playbook(schedule.playbook, pattern, [], cancel=cancel)
        except Cancelled as exc:
            return None, "cancelled", str(exc)
        except OperationFailed as exc:  # the job ran and broke (recorded as failed in the history)
            return None, "failed", str(exc)
        except AirlockError as exc:
            return None, "refused", str(exc)
        note = say("Left out, cordoned: {nodes}.", nodes=", ".join(left_out)).text if left_out else ""
        return int(job["id"]), "succeeded" if job["succeeded"] else "failed", note

    def _schedules_owner(self, name: str) -> Account | None:
        with self.lock:
            # A disabled account (app.core.service.accounts_lifecycle) acts for no schedule either.
            row = self.conn.execute(
                "SELECT role FROM accounts a WHERE name = ?"
                " AND NOT EXISTS (SELECT 1 FROM disabled_accounts d WHERE d.name = a.name)", (name,)).fetchone()
        return None if row is None else Account(name, str(row[0]))

    def _schedules_claim(self, run: Run, now: datetime, owner: Account | None) -> int | None:
        schedule = run.schedule
        seen = to_stamp(schedule.last_run_at) if schedule.last_run_at else None
        fired_by = self._account.name  # the session that ran it, whoever the owner is
        details = {"schedule": schedule.id, "playbook": schedule.playbook, "selection": schedule.pattern,
                   "slot": to_stamp(run.slot), "missed": run.missed, "owner": schedule.owner, "fired_by": fired_by}

        def claim() -> int:
            row = self.conn.execute("SELECT last_run_at FROM schedules WHERE id = ?", (schedule.id,)).fetchone()
            if row is None or row[0] != seen:
                raise _AlreadyClaimed
            stamp = to_stamp(now)
            self.conn.execute("UPDATE schedules SET last_run_at = ? WHERE id = ?", (stamp, schedule.id))
            cursor = self.conn.execute(
                "INSERT INTO schedule_runs(schedule_id, playbook, pattern, slot, missed, fired_at, fired_by, status)"
                " VALUES (?,?,?,?,?,?,?,'running')",
                (schedule.id, schedule.playbook, schedule.pattern, to_stamp(run.slot), run.missed, stamp, fired_by),
            )
            return int(cursor.lastrowid)

        try:
            if owner is None:
                return int(self._write(claim, "schedule.fire", details, target=f"schedule {schedule.id}"))
            with self._acting_for(owner):
                return int(self._write(claim, "schedule.fire", details, target=f"schedule {schedule.id}"))
        except _AlreadyClaimed:
            return None

    def _schedules_selection(self, schedule: Schedule) -> tuple[str | None, list[str]]:
        """The pattern to run with: cordoned nodes left out (but for facts and health); None: nothing left."""
        if schedule.playbook in CORDON_EXEMPT:
            return schedule.pattern, []
        try:
            chosen = select(self._nodes_rows(), schedule.pattern)
        except AirlockError:
            return schedule.pattern, []  # the run itself says what is wrong with it
        held = self.held_by_cordons(chosen)  # cordoned, or behind a cordoned relay
        left_out = [n.name for n in chosen if n.name in held]
        if not left_out:
            return schedule.pattern, []
        if len(left_out) == len(chosen):
            return None, left_out
        base = "" if schedule.pattern.strip() in _ALL else schedule.pattern + ","
        return base + ",".join(f"!{name}" for name in left_out), left_out

    def _schedules_finish(self, run_id: int, schedule: Schedule, owner: Account | None, job: int | None,
                          status: str, message: str) -> dict[str, Any]:
        target = f"schedule {schedule.id}"
        failed = status in ("failed", "refused")
        condition = alarms.schedule_failed(schedule.id, schedule.playbook, schedule.pattern, job,
                                           message) if failed else None

        def finish() -> None:
            self.conn.execute(
                "UPDATE schedule_runs SET job_id = ?, status = ?, finished_at = ?, message = ? WHERE id = ?",
                (job, status, utc_now(), message, run_id),
            )
            if status != "cancelled" and self.conn.execute(
                    "SELECT 1 FROM schedules WHERE id = ?", (schedule.id,)).fetchone():
                self.raise_or_clear(condition, alarms.SCHEDULE, target)

        details = {"schedule": schedule.id, "run": run_id, "job": job, "status": status}
        if message:
            details["message"] = message
        outcome = "ok" if status in ("succeeded", "skipped") else "failed"
        if owner is None:
            self._write(finish, "schedule.finish", details, target=target, outcome=outcome)
        else:
            with self._acting_for(owner):
                self._write(finish, "schedule.finish", details, target=target, outcome=outcome)
        return {"schedule": schedule.id, "run": run_id, "playbook": schedule.playbook, "pattern": schedule.pattern,
                "job": job, "status": status, "message": message}

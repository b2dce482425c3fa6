"""Schedules: which playbook runs on which nodes how often, and what is due now.

Pure functions over plain values and a clock the caller passes in, so the rules are tested
without waiting: `due(schedules, now)`. A schedule falls due `every` after it last ran (or
after it was made). A schedule whose slots passed while nothing ran it (the application was
closed) is due once, not once per missed slot; the run says how many slots it stands for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Final

from app.core.errors import UsageError
from app.core.messages import say

MIN_EVERY_S: Final = 60
MAX_EVERY_S: Final = 366 * 86400
# Playbooks a schedule may run unless an admin allows more (setting `schedule_playbooks`).
DEFAULT_SCHEDULABLE: Final = ("facts", "health")
SCHEDULABLE_SETTING: Final = "schedule_playbooks"
# Playbooks that run only inside a deployment (they need a bundle's files and variables).
DEPLOYMENT_ONLY: Final = frozenset({"deploy_model", "apply_update", "rollback_model"})

_UNITS: Final = {"d": 86400, "h": 3600, "m": 60, "s": 1}
_DURATION: Final = re.compile(r"^(?:(\d{1,6})d)?(?:(\d{1,6})h)?(?:(\d{1,6})m)?(?:(\d{1,8})s)?$")
_STAMP: Final = "%Y-%m-%dT%H:%M:%S.%fZ"


def parse_duration(text: str) -> int:
    """Seconds in a duration such as `15m`, `6h`, `1d` or `1h30m`; at least a minute."""
    cleaned = text.strip().lower()
    match = _DURATION.match(cleaned)
    if not cleaned or match is None or not any(match.groups()):
        raise UsageError(say("{duration} is not a duration.", duration=repr(text)),
                         say("Write it as days, hours, minutes and seconds, e.g. 15m, 6h, 1d or 1h30m."))
    seconds = sum(int(value) * _UNITS[unit] for value, unit in zip(match.groups(), "dhms", strict=True) if value)
    if not MIN_EVERY_S <= seconds <= MAX_EVERY_S:
        raise UsageError(say("A schedule runs at most once a minute and at least once a year; {duration} is "
                             "outside that.", duration=text.strip()),
                         say("Choose a period from 1m to 366d."))
    return seconds


def format_duration(seconds: int) -> str:
    """The shortest form `parse_duration` reads back: 90 -> `1m30s`, 86400 -> `1d`."""
    parts = []
    rest = int(seconds)
    for unit, size in _UNITS.items():
        if rest >= size:
            parts.append(f"{rest // size}{unit}")
            rest %= size
    return "".join(parts) or "0s"


def to_stamp(moment: datetime) -> str:
    """A time as the vault stores it (RFC 3339, UTC, microseconds), as the audit log writes it."""
    return moment.astimezone(UTC).strftime(_STAMP)


def from_stamp(text: str) -> datetime:
    """A stored time back as an aware UTC datetime."""
    return datetime.strptime(text, _STAMP).replace(tzinfo=UTC)


@dataclass(frozen=True)
class Schedule:
    """A playbook that runs on a node pattern every `every_s` seconds, with its owner's authority."""

    id: int
    playbook: str
    pattern: str
    every_s: int
    owner: str
    created_at: datetime
    last_run_at: datetime | None = None

    def next_run(self) -> datetime:
        """When it falls due next: a period after it last ran, or after it was made."""
        return (self.last_run_at or self.created_at) + timedelta(seconds=self.every_s)


@dataclass(frozen=True)
class Run:
    """One schedule that is due, the slot it is due for, and the slots after it that passed too."""

    schedule: Schedule
    slot: datetime
    missed: int = 0


def due(schedules: Iterable[Schedule], now: datetime) -> list[Run]:
    """The schedules that should run at `now`, the longest waiting first; each at most once."""
    runs = []
    for schedule in schedules:
        slot = schedule.next_run()
        if now >= slot:
            missed = int((now - slot).total_seconds() // schedule.every_s)
            runs.append(Run(schedule, slot, missed))
    return sorted(runs, key=lambda run: (run.slot, run.schedule.id))


def check_schedulable(playbook: str, allowed: Iterable[str]) -> None:
    """Refuse a playbook an admin has not allowed on schedules."""
    allowed = sorted(set(allowed))
    if playbook not in allowed:
        raise UsageError(say("Playbook {playbook} may not run on a schedule.", playbook=repr(playbook)),
                         say("Schedules may run: {playbooks}. An admin can allow more in Settings.",
                             playbooks=", ".join(allowed)))


def check_allowable(playbook: str) -> None:
    """Refuse a playbook that cannot run on its own, whatever an admin allows."""
    if playbook in DEPLOYMENT_ONLY:
        raise UsageError(say("Playbook {playbook} runs only inside a deployment; it cannot be scheduled.",
                             playbook=repr(playbook)),
                         say("Schedule facts, health or a maintenance playbook; deploy bundles with `airlock deploy`."))


def parse_schedulable(text: str) -> tuple[str, ...]:
    """The admin's list of playbooks schedules may run (comma-separated); facts and health always."""
    names = {part.strip() for part in text.split(",") if part.strip()}
    return tuple(sorted(names | set(DEFAULT_SCHEDULABLE)))

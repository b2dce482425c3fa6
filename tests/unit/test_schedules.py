"""Schedules fall due by a clock the test holds: due, missed while closed (once), not yet."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.core import schedules
from app.core.errors import UsageError

T0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def _schedule(every: str = "1h", last: datetime | None = None, ident: int = 1) -> schedules.Schedule:
    return schedules.Schedule(ident, "health", "gpu-*", schedules.parse_duration(every), "alice", T0, last)


@pytest.mark.parametrize(("text", "seconds"), [("15m", 900), ("6h", 21600), ("1d", 86400), ("1h30m", 5400),
                                                ("90s", 90), (" 2D ", 172800), ("366d", 366 * 86400)])
def test_durations(text: str, seconds: int) -> None:
    assert schedules.parse_duration(text) == seconds
    assert schedules.parse_duration(schedules.format_duration(seconds)) == seconds


@pytest.mark.parametrize("text", ["", "h", "5", "10x", "1h-5m", "30s", "367d", "1m1h"])
def test_bad_durations_say_how_to_write_one(text: str) -> None:
    with pytest.raises(UsageError) as caught:
        schedules.parse_duration(text)
    assert caught.value.exit_code == 2
    assert "1m" in str(caught.value) or "15m" in str(caught.value)


def test_not_due_before_its_first_period() -> None:
    assert schedules.due([_schedule()], T0 + timedelta(minutes=59)) == []


def test_due_a_period_after_it_was_made_then_a_period_after_it_ran() -> None:
    [run] = schedules.due([_schedule()], T0 + timedelta(hours=1))
    assert (run.slot, run.missed) == (T0 + timedelta(hours=1), 0)
    ran = _schedule(last=T0 + timedelta(hours=1, seconds=5))
    assert schedules.due([ran], T0 + timedelta(hours=2)) == []
    assert len(schedules.due([ran], T0 + timedelta(hours=2, seconds=5))) == 1


def test_missed_while_closed_runs_once_and_says_how_many_slots_passed() -> None:
    runs = schedules.due([_schedule(every="15m")], T0 + timedelta(hours=5, minutes=3))
    assert len(runs) == 1
    assert runs[0].missed == 19  # 20 slots passed; one run stands for all of them


def test_the_longest_waiting_runs_first() -> None:
    later = _schedule(every="2h", ident=2)
    sooner = _schedule(every="30m", ident=3)
    assert [r.schedule.id for r in schedules.due([later, sooner], T0 + timedelta(hours=3))] == [3, 2]


def test_stamps_round_trip_in_the_audit_log_format() -> None:
    moment = datetime(2026, 12, 1, 8, 0, 1, 250000, tzinfo=UTC)
    assert schedules.to_stamp(moment) == "2026-12-01T08:00:01.250000Z"
    assert schedules.from_stamp(schedules.to_stamp(moment)) == moment


def test_only_allowed_playbooks_may_be_scheduled() -> None:
    allowed = schedules.parse_schedulable("baseline, ,gpu_driver")
    assert allowed == ("baseline", "facts", "gpu_driver", "health")
    schedules.check_schedulable("baseline", allowed)
    with pytest.raises(UsageError, match="may not run on a schedule"):
        schedules.check_schedulable("deploy_model", allowed)

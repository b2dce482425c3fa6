"""Cordon, schedules and alarms through the service on a real vault, where no node must answer.

What needs a node to answer (a job, a deployment) is in test_ops_lab.py; here the refusals,
the claims of due schedules, the alarms of the appliance itself and the audit of all of it.
"""

from __future__ import annotations

import json
import shutil
import threading
from datetime import UTC, datetime, timedelta

import pytest

from app.core.accounts import Account
from app.core.errors import NotFound, PermissionDenied, UsageError
from app.core.schedules import from_stamp
from app.core.service import NodeCordoned
from tests.conftest import Vault


def _add_nodes(session: object, *names: str) -> None:
    """Nodes written straight into the nodes room's table (no SSH: these tests never contact one)."""
    conn = session.conn  # type: ignore[attr-defined]
    conn.execute("BEGIN IMMEDIATE")
    key = "AAAAC3NzaC1lZDI1NTE5AAAAIGxhYiBub2RlIGhvc3Qga2V5IGZvciB0ZXN0cyAgICA="
    for i, name in enumerate(names):
        cursor = conn.execute("INSERT INTO nodes(name, address, port, user, labels, variables, status, enrolled_at,"
                              " enrolled_by) VALUES (?,?,?,?,?,?,?,?,?)",
                              (name, "127.0.0.1", 2200 + i, "airlock", "{}", "{}", "enrolled",
                               "2026-01-01T00:00:00Z", "t"))
        conn.execute("INSERT INTO host_key_pins(node_id, key_type, key_base64, fingerprint, pinned_at, pinned_by)"
                     " VALUES (?,?,?,?,?,?)", (cursor.lastrowid, "ssh-ed25519", key, "SHA256:test", "2026", "t"))
    conn.execute("COMMIT")


def _add_relay(session: object, relay: str, serves: str) -> None:
    """A relays-table row making `relay` (a node already) the relay of what `serves` selects (no SSH)."""
    conn = session.conn  # type: ignore[attr-defined]
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO relays(node_id, serves, added_at, added_by) SELECT id, ?, '2026', 'admin'"
                 " FROM nodes WHERE name = ?", (serves, relay))
    conn.execute("COMMIT")


def _entries(session: object, *actions: str) -> list[object]:
    found = session.audit_entries(limit=None)  # type: ignore[attr-defined]
    return sorted((e for e in found if e.action in actions), key=lambda e: e.seq)


@pytest.fixture
def nodes(session: object) -> object:
    _add_nodes(session, "gpu-01", "gpu-02")
    return session


def test_cordon_refuses_every_playbook_but_facts_and_health_and_rollbacks(nodes: object) -> None:
    session = nodes
    session.cordon_node("gpu-01", "  fan tray swap  ")  # type: ignore[attr-defined]
    chosen = session._nodes_rows()  # type: ignore[attr-defined]
    session.refuse_cordoned(chosen, "health")  # type: ignore[attr-defined]
    session.refuse_cordoned(chosen, "facts")  # type: ignore[attr-defined]
    with pytest.raises(NodeCordoned) as caught:
        session.run_playbook("baseline", "gpu-*")  # type: ignore[attr-defined]
    assert "gpu-01 (by admin: fan tray swap)" in str(caught.value)
    assert "!gpu-01" in str(caught.value)
    assert caught.value.exit_code == 1
    with pytest.raises(NodeCordoned):
        session.rollback("llm", "gpu-01")  # type: ignore[attr-defined]
    refused = _entries(session, "job.run", "deploy.rollback")
    assert [(e.action, e.outcome) for e in refused] == [("job.run", "refused"), ("deploy.rollback", "refused")]
    assert "fan tray swap" in refused[0].details["reason"]
    assert session.list_jobs() == []  # type: ignore[attr-defined]


@pytest.mark.parametrize(("reason", "problem"), [("", "A reason is required"), ("  ", "A reason is required"),
                                                 ("a\nb", "one line"), ("x" * 501, "one line")])
def test_a_cordon_needs_a_real_reason(nodes: object, reason: str, problem: str) -> None:
    with pytest.raises(UsageError, match=problem) as caught:
        nodes.cordon_node("gpu-01", reason)  # type: ignore[attr-defined]
    assert caught.value.exit_code == 2
    assert [e.outcome for e in _entries(nodes, "node.cordon")] == ["refused"]
    assert nodes.cordons() == {}  # type: ignore[attr-defined]


def test_cordon_twice_uncordon_what_is_not_cordoned_and_unknown_nodes_are_refused(nodes: object) -> None:
    nodes.cordon_node("gpu-01", "disk")  # type: ignore[attr-defined]
    with pytest.raises(UsageError, match="cordoned already, by admin"):
        nodes.cordon_node("gpu-01", "again")  # type: ignore[attr-defined]
    with pytest.raises(UsageError, match="not cordoned"):
        nodes.uncordon_node("gpu-02", "why not")  # type: ignore[attr-defined]
    with pytest.raises(NotFound):
        nodes.cordon_node("gpu-99", "no such node")  # type: ignore[attr-defined]
    shown = nodes.uncordon_node("gpu-01", "disk replaced")  # type: ignore[attr-defined]
    assert shown["cordon"] is None
    uncordoned = _entries(nodes, "node.uncordon")[-1]
    assert uncordoned.details["reason"] == "disk replaced"
    assert uncordoned.details["cordon"]["reason"] == "disk"


def test_a_malformed_request_is_a_usage_error_before_the_role_is_checked(vault: Vault, nodes: object) -> None:
    vault.add_account("audrey", "auditor")
    with vault.open("audrey") as auditor:
        with pytest.raises(UsageError):
            auditor.cordon_node("gpu-01", "")
        with pytest.raises(PermissionDenied):
            auditor.cordon_node("gpu-01", "I may not")
        with pytest.raises(UsageError):
            auditor.add_schedule("health", "gpu-*", "soon")
        with pytest.raises(PermissionDenied):
            auditor.add_schedule("health", "gpu-*", "1h")
        assert auditor.list_schedules() == []


def test_the_store_alarm_is_raised_acknowledged_and_cleared_all_audited(vault: Vault, session: object) -> None:
    usage = shutil.disk_usage(vault.data_dir)
    near = 100 * usage.free / usage.total + 5  # just above what is free now: "near full", not critical
    session.set_alarm_store_free_percent(f"{near:.1f}")  # type: ignore[attr-defined]
    assert session.sweep_alarms()["raised"]  # type: ignore[attr-defined]
    [alarm] = session.list_alarms()  # type: ignore[attr-defined]
    assert (alarm["kind"], alarm["target"], alarm["severity"]) == ("store_space", "store", "warning")
    assert "free" in alarm["message"]
    assert session.sweep_alarms() == {"raised": [], "cleared": []}  # type: ignore[attr-defined] # still so
    with pytest.raises(UsageError, match="A reason is required \\(--note\\)"):
        session.acknowledge_alarm(alarm["id"], " ")  # type: ignore[attr-defined]
    vault.add_account("audrey", "auditor")
    with vault.open("audrey") as auditor, pytest.raises(PermissionDenied):
        auditor.acknowledge_alarm(alarm["id"], "auditors change nothing")
    acked = session.acknowledge_alarm(alarm["id"], "ordered a bigger disk")  # type: ignore[attr-defined]
    assert (acked["acknowledged_by"], acked["note"]) == ("admin", "ordered a bigger disk")
    assert session.list_alarms()[0]["cleared_at"] is None  # type: ignore[attr-defined] # acknowledged, still open
    session.set_alarm_store_free_percent("0")  # type: ignore[attr-defined]
    assert session.sweep_alarms()["cleared"] == [alarm["id"]]  # type: ignore[attr-defined]
    assert session.list_alarms() == []  # type: ignore[attr-defined]
    with pytest.raises(UsageError, match="cleared at"):
        session.acknowledge_alarm(alarm["id"], "too late")  # type: ignore[attr-defined]
    kept = session.list_alarms(include_closed=True)  # type: ignore[attr-defined]
    assert kept[0]["note"] == "ordered a bigger disk"
    trail = [(e.action, e.outcome) for e in _entries(session, "alarm.raise", "alarm.ack", "alarm.clear")]
    assert trail == [("alarm.raise", "alarm"), ("alarm.ack", "refused"), ("alarm.ack", "refused"),
                     ("alarm.ack", "ok"), ("alarm.clear", "ok"), ("alarm.ack", "refused")]


def test_an_expiring_trust_root_warns_then_turns_critical_and_clears(
    vault: Vault, trusted_lab: object,
) -> None:
    with vault.open() as session:
        expires = datetime.fromisoformat(session.trust_show()["history"][-1]["expires"])
        session.sweep_alarms(expires - timedelta(days=400))
        assert [a for a in session.list_alarms() if a["kind"] == "trust_expiry"] == []
        session.sweep_alarms(expires - timedelta(days=10))
        [soon] = [a for a in session.list_alarms() if a["kind"] == "trust_expiry"]
        assert soon["severity"] == "warning"
        assert "expires on" in soon["message"]
        session.sweep_alarms(expires + timedelta(days=1))
        [late] = [a for a in session.list_alarms() if a["kind"] == "trust_expiry"]
        assert (late["id"], late["severity"]) == (soon["id"], "critical")  # the same alarm, worse
        assert "no bundle imports" in late["message"]
        session.sweep_alarms(expires - timedelta(days=400))
        assert [a for a in session.list_alarms() if a["kind"] == "trust_expiry"] == []
        changed = _entries(session, "alarm.change")
        assert changed[-1].details["was"] == "warning"


def test_alarms_of_a_period(session: object) -> None:
    session.set_alarm_store_free_percent("100")  # type: ignore[attr-defined]
    session.sweep_alarms()  # type: ignore[attr-defined]
    today = datetime.now(UTC).strftime("%Y-%m-%d")
    assert len(session.list_alarms(include_closed=True, since=today, until=today)) == 1  # type: ignore[attr-defined]
    assert session.list_alarms(include_closed=True, until="2001-01-01") == []  # type: ignore[attr-defined]
    with pytest.raises(UsageError, match="not a date"):
        session.list_alarms(include_closed=True, since="last week")  # type: ignore[attr-defined]
    keys = set(session.list_alarms(include_closed=True)[0])  # type: ignore[attr-defined]
    assert {"id", "kind", "target", "severity", "message", "first_seen", "last_seen", "cleared_at",
            "acknowledged_at", "acknowledged_by", "note"} <= keys


def test_a_due_schedule_is_claimed_once_across_processes(vault: Vault, nodes: object) -> None:
    nodes.set_schedulable_playbooks(["baseline"])  # type: ignore[attr-defined]
    made = nodes.add_schedule("baseline", "gpu-01", "15m")  # type: ignore[attr-defined]
    nodes.cordon_node("gpu-01", "every selected node cordoned: the run is skipped, no job")  # type: ignore[attr-defined]
    when = from_stamp(made["created_at"]) + timedelta(minutes=16)
    [seen_here] = nodes.due_schedules(when)  # type: ignore[attr-defined]
    with vault.open() as other:  # another process (the CLI on a system timer) runs it first
        [done] = other.run_due(when)
    assert (done["status"], done["job"]) == ("skipped", None)
    assert nodes.run_schedule(seen_here, when) is None  # type: ignore[attr-defined] # already claimed
    assert [r["status"] for r in nodes.schedule_runs(made["id"])] == ["skipped"]  # type: ignore[attr-defined]
    assert nodes.list_schedules()[0]["next_run_at"] > made["next_run_at"]  # type: ignore[attr-defined]


def test_a_scheduled_run_that_cannot_start_raises_an_alarm_that_removal_clears(nodes: object) -> None:
    made = nodes.add_schedule("health", "gpu-*", "1h")  # type: ignore[attr-defined]
    nodes.conn.execute("UPDATE schedules SET owner = 'ghost' WHERE id = ?", (made["id"],))  # type: ignore[attr-defined] # its owner's account was removed
    [run] = nodes.run_due(from_stamp(made["created_at"]) + timedelta(hours=2))  # type: ignore[attr-defined]
    assert run["status"] == "refused"
    assert "ghost has no active account here" in run["message"]
    [alarm] = nodes.list_alarms()  # type: ignore[attr-defined]
    assert (alarm["kind"], alarm["target"]) == ("schedule_failed", f"schedule {made['id']}")
    assert nodes.sweep_alarms()["cleared"] == []  # type: ignore[attr-defined] # it holds until a good run
    nodes.remove_schedule(made["id"])  # type: ignore[attr-defined]
    assert nodes.list_alarms() == []  # type: ignore[attr-defined]


def test_a_disabled_owner_runs_no_schedule(vault: Vault, nodes: object) -> None:
    vault.add_account("olga", "operator")
    with vault.open("olga") as olga:
        made = olga.add_schedule("health", "gpu-*", "1h")
    nodes.disable_account("olga")  # type: ignore[attr-defined]
    [run] = nodes.run_due(from_stamp(made["created_at"]) + timedelta(hours=2))  # type: ignore[attr-defined]
    assert (run["status"], run["job"]) == ("refused", None)
    assert "olga has no active account here" in run["message"]
    nodes.enable_account("olga")  # type: ignore[attr-defined]
    assert nodes._schedules_owner("olga") is not None  # type: ignore[attr-defined]


def test_an_owner_disabled_while_its_run_acts_is_refused_and_the_session_stays_open(session: object) -> None:
    session.add_account("otto", "operator", b"otto passphrase 123")  # type: ignore[attr-defined]
    session.disable_account("otto")  # type: ignore[attr-defined]
    with session._acting_for(Account("otto", "operator")), pytest.raises(PermissionDenied, match="otto is disabled"):  # type: ignore[attr-defined]
        session.list_nodes()  # type: ignore[attr-defined]
    assert session.list_nodes() == []  # type: ignore[attr-defined] # the admin's session is still unlocked


def test_schedule_requests_are_checked_and_refusals_audited(nodes: object) -> None:
    for args, problem in [(("deploy_model", "all", "1h"), "may not run on a schedule"),
                          (("nope", "all", "1h"), "no playbook named"),
                          (("health", "all", "30s"), "at most once a minute"),
                          (("health", ",", "1h"), "has no terms")]:
        with pytest.raises(UsageError, match=problem):
            nodes.add_schedule(*args)  # type: ignore[attr-defined]
    with pytest.raises(NotFound):
        nodes.remove_schedule(42)  # type: ignore[attr-defined]
    outcomes = [e.outcome for e in _entries(nodes, "schedule.add", "schedule.remove")]
    assert outcomes == ["refused"] * 5
    with pytest.raises(UsageError, match="no playbook named"):
        nodes.set_schedulable_playbooks(["nope"])  # type: ignore[attr-defined]
    with pytest.raises(UsageError, match="runs only inside a deployment"):
        nodes.set_schedulable_playbooks(["baseline", "deploy_model"])  # type: ignore[attr-defined]
    assert nodes.schedulable_playbooks() == ("facts", "health")  # type: ignore[attr-defined] # unchanged


def test_acting_for_a_schedule_owner_stays_on_its_own_thread(session: object) -> None:
    session.add_account("olive", "operator", b"olive passphrase 123")  # type: ignore[attr-defined]
    inside, done = threading.Event(), threading.Event()
    refused: list[BaseException] = []

    def scheduled() -> None:
        with session._acting_for(Account("olive", "operator")):  # type: ignore[attr-defined]
            try:
                session.set_setting("probe.thread", "olive")  # type: ignore[attr-defined]
            except PermissionDenied as exc:  # olive is an operator: settings are an admin's
                refused.append(exc)
            inside.set()
            done.wait(30)

    worker = threading.Thread(target=scheduled)
    worker.start()
    assert inside.wait(30)
    session.set_setting("probe.main", "admin")  # type: ignore[attr-defined] # meanwhile, on this thread
    done.set()
    worker.join(30)
    assert len(refused) == 1
    actors = {e.target: (e.actor, e.outcome) for e in _entries(session, "settings.change")}
    assert actors == {"probe.thread": ("olive", "refused"), "probe.main": ("admin", "ok")}
    assert session.account.name == "admin"  # type: ignore[attr-defined]


def test_the_fleet_is_counted_in_the_database(nodes: object) -> None:
    conn = nodes.conn  # type: ignore[attr-defined]
    facts = {"gpu": {"state": "ok", "gpus": [{"name": "NVIDIA H100 80GB HBM3"}, {"name": "NVIDIA H100 80GB HBM3"}]}}
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO node_facts(node_id, job_id, collected_at, facts) VALUES (1, NULL, '2026', ?)",
                 (json.dumps(facts),))
    for node, status in ((1, "unhealthy"), (1, "healthy"), (2, "degraded")):  # gpu-01's latest: healthy
        conn.execute("INSERT INTO node_health(node_id, job_id, checked_at, status, reasons) VALUES (?,?,?,?,'{}')",
                     (node, None, "2026-12-01T00:00:00.000000Z", status))
    conn.execute("COMMIT")
    nodes.cordon_node("gpu-02", "memory test")  # type: ignore[attr-defined]
    assert nodes.fleet_summary() == {  # type: ignore[attr-defined]
        "nodes": 2, "healthy": 1, "degraded": 1, "unhealthy": 0, "cordoned": 1,
        "gpu_models": {"NVIDIA H100 80GB HBM3": 2},
    }


def test_the_dashboard_reads_health_by_day_jobs_and_the_store(nodes: object) -> None:
    session = nodes
    assert session.first_steps() == {"trust_roots": 0, "nodes": 2, "bundles": 0}  # type: ignore[attr-defined]
    now = datetime(2026, 12, 5, 15, 0, tzinfo=UTC)
    conn = session.conn  # type: ignore[attr-defined]
    conn.execute("BEGIN IMMEDIATE")
    checks = [  # (node, when, status): each node's last check of a day is what that day counts
        (1, "2026-12-03T08:00:00.000000Z", "unhealthy"), (1, "2026-12-03T09:00:00.000000Z", "healthy"),
        (2, "2026-12-03T10:00:00.000000Z", "degraded"), (2, "2026-12-05T10:00:00.000000Z", "unhealthy"),
        (1, "2026-11-01T10:00:00.000000Z", "healthy"),  # before the window
    ]
    for node, when, status in checks:
        conn.execute("INSERT INTO node_health(node_id, job_id, checked_at, status, reasons) VALUES (?,?,?,?,'{}')",
                     (node, None, when, status))
    summaries = [
        {"succeeded": True, "hosts": {"gpu-01": {"ok": 3}, "gpu-02": {"ok": 3}}},
        {"succeeded": False, "hosts": {"gpu-01": {"ok": 1, "failures": 1}, "gpu-02": {"unreachable": 1}}},
    ]
    for i, summary in enumerate(summaries, start=1):
        conn.execute("INSERT INTO jobs(id, playbook, selection, status, started_at, finished_at, started_by, summary)"
                     " VALUES (?, 'health', 'gpu-*', ?, '2026-12-05T09:00:00Z', '2026-12-05T09:01:00Z', 'admin', ?)",
                     (i, "succeeded" if summary["succeeded"] else "failed", json.dumps(summary)))
    conn.execute("INSERT INTO schedule_runs(schedule_id, playbook, pattern, slot, fired_at, fired_by, job_id, status)"
                 " VALUES (7, 'health', 'gpu-*', '2026-12-05T09:00:00Z', '2026-12-05T09:00:00Z', 'admin', 2, 'ok')")
    conn.execute("COMMIT")

    timeline = session.health_timeline(days=3, now=now)  # type: ignore[attr-defined]
    assert timeline == [
        {"day": "2026-12-03", "healthy": 1, "degraded": 1, "unhealthy": 0},
        {"day": "2026-12-04", "healthy": 0, "degraded": 0, "unhealthy": 0},
        {"day": "2026-12-05", "healthy": 0, "degraded": 0, "unhealthy": 1},
    ]
    assert len(session.health_timeline(now=now)) == 14  # type: ignore[attr-defined]

    jobs = session.recent_jobs(limit=5)  # type: ignore[attr-defined]
    assert [(j["id"], j["succeeded"], j["hosts"], j["hosts_failed"], j["schedule"]) for j in jobs] == [
        (2, False, 2, 2, 7), (1, True, 2, 0, None)]
    assert len(session.recent_jobs(limit=1)) == 1  # type: ignore[attr-defined]

    usage = session.store_usage()  # type: ignore[attr-defined]
    assert usage["bundles"] == 0
    assert usage["total"] >= usage["free"] > 0


def test_a_cordoned_relay_carries_no_work_to_the_nodes_behind_it(nodes: object) -> None:
    from app.core.schedules import Schedule

    session = nodes
    _add_nodes(session, "relay-a")
    _add_relay(session, "relay-a", "gpu-02")
    assert session.relay_of_nodes() == {"gpu-02": "relay-a"}  # type: ignore[attr-defined]
    session.cordon_node("relay-a", "rack switch firmware")  # type: ignore[attr-defined]

    held = session.held_by_cordons(session._nodes_rows())  # type: ignore[attr-defined]
    assert {name: by for name, (by, _c) in held.items()} == {"gpu-02": "relay-a", "relay-a": "relay-a"}
    with pytest.raises(NodeCordoned) as caught:
        session.run_playbook("baseline", "gpu-*")  # type: ignore[attr-defined]
    said = str(caught.value)
    assert "gpu-02 (through relay relay-a, cordoned by admin: rack switch firmware)" in said
    assert "gpu-01" not in said
    assert "!gpu-02" in said
    chosen = session._nodes_rows()  # type: ignore[attr-defined]
    session.refuse_cordoned(chosen, "health")  # type: ignore[attr-defined] # reading is still allowed
    session.refuse_cordoned([n for n in chosen if n.name == "gpu-01"], "baseline")  # type: ignore[attr-defined]

    schedule = Schedule(1, "baseline", "gpu-*", 3600, "admin", datetime(2026, 12, 1, tzinfo=UTC))
    assert session._schedules_selection(schedule) == ("gpu-*,!gpu-02", ["gpu-02"])  # type: ignore[attr-defined]

    # What the front ends list and show: the node behind the cordoned relay is held back, by it.
    listed = {n["name"]: n for n in session.list_nodes()}  # type: ignore[attr-defined]
    assert listed["gpu-02"]["cordon"] is None
    assert listed["gpu-02"]["held_by"]["relay"] == "relay-a"
    assert listed["gpu-02"]["held_by"]["cordon"]["reason"] == "rack switch firmware"
    assert listed["relay-a"]["held_by"] is None  # cordoned itself: its own cordon says it
    assert listed["gpu-01"]["held_by"] is None
    assert session.show_node("gpu-02")["held_by"]["relay"] == "relay-a"  # type: ignore[attr-defined]

    session.uncordon_node("relay-a", "firmware done")  # type: ignore[attr-defined]
    assert session.held_by_cordons(chosen) == {}  # type: ignore[attr-defined]
    assert session.show_node("gpu-02")["held_by"] is None  # type: ignore[attr-defined]

"""The operator's daily loop on real lab nodes: cordon and drain, schedules on a held clock, alarms.

Real sshd nodes, real ansible-runner, the real CLI; the only stand-in is nvidia-smi, which
prints recorded (or, for the link faults, documented) outputs.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from tests.conftest import Vault
from tests.integration.test_deploy import _import_model, _model_dir
from tests.lab import node_fixtures
from tests.lab.bundle_factory import TrustLab
from tests.lab.node_fixtures import BootstrapKey, enroll_in_session, enroll_with_clearances, needs_sshd
from tests.lab.nodes import Lab

pytestmark = [pytest.mark.lab, pytest.mark.slow, needs_sshd]
lab = node_fixtures.lab
bootstrap_key = node_fixtures.bootstrap_key


def _audit(vault: Vault, *actions: str) -> list[dict[str, object]]:
    done = vault.cli("audit", "list", "--json", "--limit", "1000")
    assert done.returncode == 0, done.stderr
    return sorted((e for e in json.loads(done.stdout) if e["action"] in actions), key=lambda e: e["seq"])


def test_a_cordoned_node_takes_no_deployment_and_no_job_but_facts_and_health(
    vault: Vault, trusted_lab: TrustLab, tmp_path: Path, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    made = lab(["t4", "t4"])
    enroll_with_clearances(vault, made, bootstrap_key, ["internal", "internal"])
    _import_model(vault, trusted_lab, tmp_path, "1.0.0")
    done = vault.cli("node", "cordon", "gpu-00", "--reason", "PSU swap, CHG-4411")
    assert done.returncode == 0, done.stderr

    refused = vault.cli("deploy", "llm@1.0.0", "--to", "gpu-*")
    assert refused.returncode == 1
    assert "gpu-00 (by admin: PSU swap, CHG-4411)" in refused.stderr
    assert "!gpu-00" in refused.stderr  # how to leave it out
    assert not any((_model_dir(n)).exists() for n in made.nodes)  # nothing was sent, not even to gpu-01
    job = vault.cli("run", "baseline", "--limit", "gpu-00")
    assert job.returncode == 1
    assert "PSU swap, CHG-4411" in job.stderr
    assert json.loads(vault.cli("jobs", "list", "--json").stdout) == []  # refused before any job started

    health = vault.cli("run", "health", "--limit", "gpu-00")  # facts and health still run: the node is watched
    assert health.returncode == 0, health.stderr
    listed = {n["name"]: n for n in json.loads(vault.cli("node", "list", "--json").stdout)}
    assert listed["gpu-00"]["cordon"]["reason"] == "PSU swap, CHG-4411"
    assert listed["gpu-01"]["cordon"] is None

    done = vault.cli("node", "uncordon", "gpu-00", "--reason", "PSU replaced")
    assert done.returncode == 0, done.stderr
    deployed = vault.cli("deploy", "llm@1.0.0", "--to", "gpu-*", "--json")
    assert deployed.returncode == 0, deployed.stderr
    assert sorted(json.loads(deployed.stdout)["changed"]) == ["gpu-00", "gpu-01"]

    entries = _audit(vault, "node.cordon", "node.uncordon", "deploy.model", "job.run")
    assert [(e["action"], e["outcome"]) for e in entries] == [
        ("node.cordon", "ok"), ("deploy.model", "refused"), ("job.run", "refused"),
        ("node.uncordon", "ok"), ("deploy.model", "ok"),
    ]
    assert entries[0]["details"]["reason"] == "PSU swap, CHG-4411"
    assert entries[3]["details"]["reason"] == "PSU replaced"
    assert "PSU swap, CHG-4411" in str(entries[1]["details"]["reason"])


def test_schedules_fire_by_a_held_clock_missed_runs_once_and_removed_ones_stop(
    vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    made = lab(["t4"])
    vault.add_account("olive", "operator")
    with vault.open("olive") as session:
        enroll_in_session(session, made, bootstrap_key)
        schedule = session.add_schedule("health", "gpu-*", "1h")
    from app.core.schedules import from_stamp

    made_at = from_stamp(schedule["created_at"])
    with vault.open() as session:  # the admin's application runs what olive scheduled
        assert session.run_due(made_at + timedelta(minutes=59)) == []
        [first] = session.run_due(made_at + timedelta(hours=1))
        assert (first["status"], first["playbook"]) == ("succeeded", "health")
        job = session.show_job(first["job"])
        assert job["started_by"] == "olive"  # an ordinary job, started by the schedule's owner
        # The application was closed for five hours: the schedule runs once, not five times.
        later = made_at + timedelta(hours=6, minutes=30)
        runs = session.run_due(later)
        assert [r["status"] for r in runs] == ["succeeded"]
        assert session.run_due(later) == []
        assert session.schedule_runs(schedule["id"])[0]["missed"] == 4
        session.remove_schedule(schedule["id"])
        assert session.run_due(later + timedelta(days=30)) == []
        assert len(session.list_jobs()) == 2
    fired = _audit(vault, "schedule.fire", "job.start", "schedule.finish", "schedule.add", "schedule.remove")
    assert [(e["action"], e["actor"]) for e in fired] == [
        ("schedule.add", "olive"),
        ("schedule.fire", "olive"), ("job.start", "olive"), ("schedule.finish", "olive"),
        ("schedule.fire", "olive"), ("job.start", "olive"), ("schedule.finish", "olive"),
        ("schedule.remove", "admin"),
    ]
    assert fired[1]["details"]["fired_by"] == "admin"


def test_an_alarm_is_raised_acknowledged_and_cleared_and_auto_cordon_says_so(
    vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    made = lab(["gpu-lost"])
    with vault.open() as session:
        enroll_in_session(session, made, bootstrap_key)
        session.set_auto_cordon(True)
        session.run_playbook("health")
        [alarm] = session.list_alarms()
        assert (alarm["kind"], alarm["target"], alarm["severity"]) == ("node_health", "gpu-00", "critical")
        assert "cordoned automatically" in alarm["message"]
        assert any("fallen off the bus" in r for r in alarm["detail"]["reasons"])
        assert session.show_node("gpu-00")["cordon"]["automatic"] is True

    listed = vault.cli("alarms")
    assert listed.returncode == 0, listed.stderr
    assert "gpu-00" in listed.stdout
    assert "fallen off the bus" in listed.stdout
    done = vault.cli("alarms", "ack", str(alarm["id"]), "--note", "RMA opened, case 88123")
    assert done.returncode == 0, done.stderr
    again = vault.cli("alarms", "ack", str(alarm["id"]), "--note", "twice")
    assert again.returncode == 2
    assert "acknowledged by admin" in again.stderr

    made.nodes[0].set_profile("t4")  # the GPU came back after its service
    with vault.open() as session:
        session.run_playbook("health")
        assert session.list_alarms() == []
        [closed] = session.list_alarms(include_closed=True)
    assert closed["cleared_at"] is not None
    assert (closed["acknowledged_by"], closed["note"]) == ("admin", "RMA opened, case 88123")
    entries = _audit(vault, "alarm.raise", "alarm.ack", "alarm.clear", "node.cordon")
    assert [e["action"] for e in entries] == ["node.cordon", "alarm.raise", "alarm.ack", "alarm.ack",
                                             "alarm.clear"]
    assert entries[0]["details"]["automatic"] is True
    assert [e["outcome"] for e in entries[2:4]] == ["ok", "refused"]
    assert entries[2]["details"]["note"] == "RMA opened, case 88123"


def test_link_faults_through_the_real_health_playbook(
    vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    made = lab(["h100-link-faults"])
    with vault.open() as session:
        enroll_in_session(session, made, bootstrap_key)
        session.run_playbook("health")
        latest = session.show_node("gpu-00")["health"][0]
    assert latest["status"] == "unhealthy"
    reasons = " ".join(latest["reasons"])
    for expected in ("PCIe link runs at x8 of x16", "NVLink 3 has 1873 CRC errors", "NVLink 7 inactive",
                     "XID 74 (PCI 0000:2a:00): an NVLink error."):
        assert expected in reasons
    assert "Drain the work from the GPU at PCI 0000:2a:00, then reset it (nvidia-smi -r)." in latest["actions"]

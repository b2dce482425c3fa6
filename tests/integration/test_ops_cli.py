"""The ops room's commands through the real `airlock` command: exit statuses, messages, JSON."""

from __future__ import annotations

import json

from tests.conftest import Vault
from tests.integration.test_ops_service import _add_nodes, _add_relay


def test_cordon_commands_say_what_was_wrong_with_the_right_status(vault: Vault) -> None:
    with vault.open() as session:
        _add_nodes(session, "gpu-01")
    vault.add_account("audrey", "auditor")
    missing = vault.cli("node", "cordon", "gpu-01")
    assert missing.returncode == 2
    assert "--reason" in missing.stderr
    assert vault.cli("node", "cordon", "gpu-01", "--reason", " ").returncode == 2
    assert vault.cli("node", "cordon", "gpu-01", "--reason", " ", account="audrey").returncode == 2  # usage first
    assert vault.cli("node", "cordon", "gpu-01", "--reason", "why", account="audrey").returncode == 3
    unknown = vault.cli("node", "cordon", "gpu-99", "--reason", "x")
    assert unknown.returncode == 1
    assert "There is no node named gpu-99" in unknown.stderr
    done = vault.cli("node", "cordon", "gpu-01", "--reason", "PSU swap")
    assert done.returncode == 0, done.stderr
    assert "takes no deployment" in done.stdout
    refused = vault.cli("run", "baseline", "--limit", "gpu-01")
    assert refused.returncode == 1
    assert "gpu-01 (by admin: PSU swap)" in refused.stderr
    assert vault.cli("node", "uncordon", "gpu-01", "--reason", "done").returncode == 0


def test_schedule_commands(vault: Vault) -> None:
    assert vault.cli("schedule", "add", "health", "--on", "gpu-*", "--every", "soon").returncode == 2
    assert vault.cli("schedule", "add", "baseline", "--on", "gpu-*", "--every", "1h").returncode == 2
    allowed = vault.cli("settings", "schedule-playbooks", "--set", "baseline")
    assert allowed.stdout.split() == ["baseline", "facts", "health"]
    made = vault.cli("schedule", "add", "baseline", "--on", "gpu-*", "--every", "90m", "--json")
    assert made.returncode == 0, made.stderr
    schedule = json.loads(made.stdout)
    assert (schedule["every"], schedule["owner"], schedule["last_run"]) == ("1h30m", "admin", None)
    listed = json.loads(vault.cli("schedule", "list", "--json").stdout)
    assert [s["id"] for s in listed] == [schedule["id"]]
    nothing = vault.cli("schedule", "run-due")
    assert nothing.returncode == 0
    assert "Nothing was due." in nothing.stderr
    assert vault.cli("schedule", "remove", str(schedule["id"])).returncode == 0
    assert vault.cli("schedule", "remove", str(schedule["id"])).returncode == 1


def test_alarm_commands(vault: Vault) -> None:
    vault.add_account("audrey", "auditor")
    assert vault.cli("settings", "alarms", "--store-free-percent", "100").returncode == 0
    listed = vault.cli("alarms", "--json")
    assert listed.returncode == 0, listed.stderr
    [alarm] = json.loads(listed.stdout)
    assert alarm["kind"] == "store_space"
    text = vault.cli("alarms")
    assert f"{alarm['id']}  " in text.stdout
    assert "content store's disk" in text.stdout
    assert vault.cli("alarms", "ack", str(alarm["id"])).returncode == 2  # --note is required
    assert vault.cli("alarms", "ack", str(alarm["id"]), "--note", "seen", account="audrey").returncode == 3
    done = vault.cli("alarms", "ack", str(alarm["id"]), "--note", "bigger disk ordered")
    assert done.returncode == 0, done.stderr
    assert vault.cli("settings", "alarms", "--store-free-percent", "0").returncode == 0
    assert vault.cli("alarms").stderr.strip() == "No open alarms."
    [closed] = json.loads(vault.cli("alarms", "--all", "--json").stdout)
    assert closed["note"] == "bigger disk ordered"
    assert closed["cleared_at"]


def test_settings_for_health_thresholds(vault: Vault) -> None:
    shown = json.loads(vault.cli("settings", "health-thresholds", "--set", "nvlink_crc=500", "--json").stdout)
    assert shown["nvlink_crc"] == 500
    bad = vault.cli("settings", "health-thresholds", "--set", "nvlink_crc")
    assert bad.returncode == 2
    assert "NAME=VALUE" in bad.stderr
    assert vault.cli("settings", "health-thresholds", "--set", "fan=1").returncode == 2


def test_node_list_and_show_say_which_cordon_holds_a_node_back(vault: Vault) -> None:
    with vault.open() as session:
        _add_nodes(session, "gpu-01", "gpu-02", "relay-a")
        _add_relay(session, "relay-a", "gpu-02")
    before = vault.cli("node", "list")
    assert before.returncode == 0, before.stderr
    assert "CORDON" not in before.stdout.splitlines()[0]  # nothing cordoned: no column
    assert vault.cli("node", "cordon", "relay-a", "--reason", "rack switch firmware").returncode == 0
    assert vault.cli("node", "cordon", "gpu-01", "--reason", "PSU swap").returncode == 0
    listed = vault.cli("node", "list")
    assert listed.returncode == 0, listed.stderr
    header, *lines = listed.stdout.splitlines()
    assert header.split()[:6] == ["NAME", "ADDRESS", "USER", "STATUS", "PATH", "CORDON"]
    rows = {line.split()[0]: line for line in lines}
    assert "cordoned: PSU swap" in rows["gpu-01"]
    assert "held: relay relay-a cordoned" in rows["gpu-02"]
    assert "cordoned: rack switch firmware" in rows["relay-a"]
    shown = vault.cli("node", "show", "gpu-02")
    assert shown.returncode == 0, shown.stderr
    assert "held back: its relay relay-a was cordoned by admin at " in shown.stdout
    assert ": rack switch firmware (no deployment, no job but facts and health)" in shown.stdout
    own = vault.cli("node", "show", "gpu-01")
    assert "cordoned by admin at " in own.stdout
    assert ": PSU swap (no deployment" in own.stdout
    as_json = json.loads(vault.cli("node", "show", "gpu-02", "--json").stdout)
    assert as_json["cordon"] is None
    assert as_json["held_by"]["relay"] == "relay-a"

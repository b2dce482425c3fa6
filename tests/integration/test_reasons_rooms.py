"""Reasons on record for the commands of the other rooms (lifecycle, ops, backup): each takes
`--reason`, the admin's rule covers them, and cordon's own `--reason` has the same one meaning."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from app.core.schedules import from_stamp
from tests.conftest import Vault
from tests.integration.test_backup import _restore, stocked  # noqa: F401 - fixture
from tests.integration.test_ops_service import _add_nodes
from tests.lab.backup_factory import Stocked, snapshot_of


def _entries(vault: Vault, action: str) -> list[dict]:
    with vault.open() as session:
        return [e.to_json() for e in session.audit_entries(limit=None, action=action)]


def test_cordon_reason_is_the_reason_on_record_and_satisfies_the_rule(vault: Vault) -> None:
    with vault.open() as session:
        _add_nodes(session, "gpu-01")
    assert vault.cli("settings", "reasons", "--require", "node.cordon", "node.uncordon", "node.label").returncode == 0
    done = vault.cli("node", "cordon", "gpu-01", "--reason", "CHG-88 PSU swap")
    assert done.returncode == 0, done.stderr
    [cordoned] = _entries(vault, "node.cordon")
    assert cordoned["details"]["reason"] == "CHG-88 PSU swap"
    assert "stated_reason" not in cordoned["details"]  # one option, one reason: not two that could differ
    assert vault.cli("node", "uncordon", "gpu-01", "--reason", "CHG-88 done").returncode == 0
    assert _entries(vault, "node.uncordon")[0]["details"]["reason"] == "CHG-88 done"
    with vault.open() as session:  # a front end that states nothing else (the GUI's cordon dialog)
        session.cordon_node("gpu-01", "INC-3 fan noise")
    assert _entries(vault, "node.cordon")[0]["details"]["reason"] == "INC-3 fan noise"

    refused = vault.cli("node", "label", "gpu-01", "rack=r7")  # a lifecycle command under the rule
    assert refused.returncode == 2, refused.stderr
    assert "node.label needs a reason on record" in refused.stderr
    assert "--reason" in refused.stderr
    labelled = vault.cli("node", "label", "gpu-01", "rack=r7", "--reason", "CHG-90 moved to rack 7")
    assert labelled.returncode == 0, labelled.stderr
    [label, label_refused] = _entries(vault, "node.label")
    assert (label["outcome"], label["details"]["reason"]) == ("ok", "CHG-90 moved to rack 7")
    assert (label_refused["outcome"], label_refused["details"]["missing"]) == ("refused", "reason")


def test_ops_and_lifecycle_commands_take_a_reason_and_the_rule_covers_them(vault: Vault) -> None:
    vault.add_account("olga", "operator")
    rule = vault.cli("settings", "reasons", "--require", "schedule.add", "alarm.ack", "account.disable")
    assert rule.returncode == 0, rule.stderr
    for args, action in ((("schedule", "add", "health", "--on", "gpu-*", "--every", "1h"), "schedule.add"),
                         (("account", "disable", "olga"), "account.disable")):
        refused = vault.cli(*args)
        assert refused.returncode == 2, (args, refused.stderr)
        assert f"{action} needs a reason on record" in refused.stderr
        done = vault.cli(*args, "--reason", f"CHG-5 {action}")
        assert done.returncode == 0, (args, done.stderr)
        assert _entries(vault, action)[0]["details"]["reason"] == f"CHG-5 {action}"
    assert vault.cli("account", "enable", "olga", "--reason", "back from leave").returncode == 0
    assert _entries(vault, "account.enable")[0]["details"]["reason"] == "back from leave"

    with vault.open() as session:
        session.set_alarm_store_free_percent("100")
        session.sweep_alarms()
        [alarm] = session.list_alarms()
    refused = vault.cli("alarms", "ack", str(alarm["id"]), "--note", "on it")
    assert refused.returncode == 2
    assert "alarm.ack needs a reason on record" in refused.stderr
    done = vault.cli("alarms", "ack", str(alarm["id"]), "--note", "on it", "--reason", "INC-12 disk")
    assert done.returncode == 0, done.stderr
    [acked, _refused] = _entries(vault, "alarm.ack")
    assert (acked["details"]["note"], acked["details"]["reason"]) == ("on it", "INC-12 disk")


def test_a_scheduled_run_states_its_schedule_as_the_reason(vault: Vault) -> None:
    """A rule that requires a reason for job.run does not stop the schedules: each run names its schedule."""
    with vault.open() as session:
        _add_nodes(session, "gpu-01")
        session.set_required_reasons({"job.run"})
        made = session.add_schedule("facts", "gpu-01", "1h")
        [run] = session.run_due(from_stamp(made["created_at"]) + timedelta(hours=2))
    assert run["status"] != "refused", run  # it ran (the lab node is not there, so it may fail)
    assert _entries(vault, "job.run") == []  # nothing refused
    [started] = _entries(vault, "job.start")
    [finished] = _entries(vault, "job.finish")
    assert started["details"]["reason"] == finished["details"]["reason"] == f"schedule {made['id']}"


@pytest.mark.slow
def test_backup_and_restore_keep_their_reason(stocked: Stocked, tmp_path: Path) -> None:  # noqa: F811 - fixture
    vault = stocked.vault
    assert vault.cli("settings", "reasons", "--require", "backup.create", "backup.restore").returncode == 0
    medium = tmp_path / "usb"
    medium.mkdir()
    refused = vault.cli("backup", "create", "--out", str(medium))
    assert refused.returncode == 2
    assert "backup.create needs a reason on record" in refused.stderr
    backup = stocked.backup(medium, "--reason", "CHG-31 monthly backup")
    [made] = [e for e in _entries(vault, "backup.create") if e["outcome"] == "ok"]
    assert made["details"]["reason"] == "CHG-31 monthly backup"

    target = tmp_path / "elsewhere" / "data"
    refused = _restore(vault, backup, target)
    assert refused.returncode == 2, refused.stderr
    assert "backup.restore needs a reason on record" in refused.stderr
    assert not target.exists() or not any(target.iterdir())  # nothing restored
    done = _restore(vault, backup, target, "--reason", "INC-40 disk failed")
    assert done.returncode == 0, done.stderr
    restored = snapshot_of(vault, target)["audit"]
    [entry] = [e for e in restored if e["action"] == "backup.restore"]
    assert entry["details"]["reason"] == "INC-40 disk failed"

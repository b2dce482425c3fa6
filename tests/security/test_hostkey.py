"""Host keys: a changed key stops every connection to that node, raises the alarm in the
audit, and only an admin can re-pin. Nothing in Airlock trusts a key it was not given."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core import ssh
from app.core.inventory import Node
from tests.conftest import REPO, Vault
from tests.lab.node_fixtures import BootstrapKey, bootstrap_key_fixture, enroll_in_session, lab_fixture, needs_sshd  # noqa: F401 - fixtures
from tests.lab.nodes import Lab

# Built from parts so this file does not match its own search.
FORBIDDEN = [
    re.compile("Auto" + "AddPolicy"),
    re.compile("Warning" + "Policy"),
    re.compile(r"StrictHostKeyChecking\s*=\s*" + "(no|accept-new|off)", re.IGNORECASE),
    re.compile(r"host_key_checking\s*[:=]\s*" + "(false|no|0)", re.IGNORECASE),
    re.compile("ANSIBLE_HOST_KEY_CHECKING[\"']?\\s*[:=,]\\s*[\"']?" + "(false|no|0)", re.IGNORECASE),
]


def test_nothing_switches_host_key_checking_off() -> None:
    offenders = []
    for folder in ("app", "playbooks", "tests", "bench"):
        for path in (REPO / folder).rglob("*"):
            if path.suffix not in (".py", ".yml", ".yaml", ".cfg", ".ini") or not path.is_file():
                continue
            text = path.read_text(errors="replace")
            offenders += [f"{path.relative_to(REPO)}: {p.pattern}" for p in FORBIDDEN if p.search(text)]
    assert offenders == []


def _audit(vault: Vault) -> list[dict[str, object]]:
    done = vault.cli("audit", "list", "--json", "--limit", "500")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _job(vault: Vault, *args: str) -> tuple[int, dict[str, object]]:
    done = vault.cli("run", "health", *args, "--json", timeout=300)
    return done.returncode, json.loads(done.stdout)


def _connections(log: Path) -> int:
    return log.read_text(errors="replace").count("Connection from") if log.exists() else 0


@pytest.mark.lab
@pytest.mark.slow
@needs_sshd
def test_a_changed_host_key_stops_jobs_raises_the_alarm_and_needs_an_admin_to_repin(
    vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    made = lab(["t4", "t4", "t4"])
    with vault.open() as session:
        enroll_in_session(session, made, bootstrap_key)
    changed = made.nodes[1]
    changed.regenerate_host_key()

    status, job = _job(vault)
    assert status == 0  # every reachable node succeeded; the changed one was not reached
    summary = job["summary"]
    assert isinstance(summary, dict)
    assert summary["hostkey_failures"] == [changed.name]
    alarms = [e for e in _audit(vault) if e["action"] == "node.hostkey_changed"]
    assert [(a["target"], a["outcome"]) for a in alarms] == [(changed.name, "alarm")]
    listed = {n["name"]: n["status"] for n in json.loads(vault.cli("node", "list", "--json").stdout)}
    assert listed == {"gpu-00": "enrolled", "gpu-01": "hostkey_changed", "gpu-02": "enrolled"}

    # Blocked: the next job never connects to it.
    before = _connections(changed.directory / "sshd.log")
    status, job = _job(vault)
    assert status == 0
    assert job["hosts"] == ["gpu-00", "gpu-02"]
    assert job["summary"]["blocked"] == [changed.name]  # type: ignore[index]
    assert _connections(changed.directory / "sshd.log") == before

    # Paramiko refuses it as well, with the old pin.
    with vault.open() as session:
        node = session._nodes_get(changed.name)
    with pytest.raises(ssh.HostKeyChanged):
        ssh.connect_pinned(Node(node.name, node.address, node.port, node.user, pins=node.pins), _any_key())

    # Only an admin re-pins, and only to the key the node really offers.
    vault.add_account("olga", "operator")
    new_fp = changed.host_key_fingerprint()
    assert vault.cli("node", "repin", changed.name, "--fingerprint", new_fp, account="olga").returncode == 3
    wrong = vault.cli("node", "repin", changed.name, "--fingerprint", "SHA256:" + "A" * 43)
    assert wrong.returncode == 1
    assert new_fp in wrong.stderr
    assert vault.cli("node", "repin", changed.name, "--fingerprint", new_fp).returncode == 0
    status, job = _job(vault)
    assert status == 0
    assert sorted(job["hosts"]) == ["gpu-00", "gpu-01", "gpu-02"]  # type: ignore[arg-type]
    repins = [(e["actor"], e["outcome"]) for e in sorted(_audit(vault), key=lambda e: int(str(e["seq"]))) if e["action"] == "node.repin"]
    assert repins == [("olga", "refused"), ("admin", "refused"), ("admin", "ok")]


def _any_key() -> object:
    return ssh.load_private_key(ssh.generate_management_key().private_openssh)


@pytest.mark.lab
@needs_sshd
def test_enrolment_after_a_key_change_between_look_and_login_is_refused(
    lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    made = lab(["t4"])
    node = made.nodes[0]
    made.authorize(node, bootstrap_key.public_line)
    old = node.host_key_fingerprint()

    def swap_then_confirm(fingerprint: str) -> bool:
        node.regenerate_host_key()  # a man in the middle takes over after the operator looked
        return fingerprint == old

    target = Node(node.name, node.address, node.port, node.user)
    with pytest.raises(ssh.HostKeyChanged):
        ssh.enroll(target, ssh.Bootstrap(key_path=bootstrap_key.private), ssh.generate_management_key(),
                   expected_fingerprint=None, confirm=swap_then_confirm)
    assert not (node.home / ".ssh" / "authorized_keys").read_text().count("airlock-management")

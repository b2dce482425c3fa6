"""Enrolment through the real CLI against real sshd nodes: pins, refusals, audit."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from tests.conftest import Vault
from tests.lab.node_fixtures import BootstrapKey, bootstrap_key_fixture, enroll_args, lab_fixture, needs_sshd  # noqa: F401 - fixtures
from tests.lab.nodes import Lab

pytestmark = [pytest.mark.lab, needs_sshd]
WRONG_FINGERPRINT = "SHA256:" + "Q" * 43


def _audit(vault: Vault) -> list[dict[str, object]]:
    done = vault.cli("audit", "list", "--json", "--limit", "200")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _nodes(vault: Vault) -> list[dict[str, object]]:
    done = vault.cli("node", "list", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_enrol_with_the_right_fingerprint_pins_the_key_and_installs_the_management_key(
    vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    made = lab(["t4"])
    node = made.nodes[0]
    made.authorize(node, bootstrap_key.public_line)
    done = vault.cli(*enroll_args(node, bootstrap_key, labels=["site=north", "roles=gpu+serving"]), "--json")
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout)
    assert shown["host_keys"] == [{"type": "ssh-ed25519", "fingerprint": node.host_key_fingerprint()}]
    assert shown["labels"] == {"roles": "gpu+serving", "site": "north"}
    key_line = vault.cli("node", "management-key").stdout.strip()
    authorized = (node.home / ".ssh" / "authorized_keys").read_text()
    assert " ".join(key_line.split()[:2]) in authorized
    listed = _nodes(vault)
    assert [(n["name"], n["status"]) for n in listed] == [(node.name, "enrolled")]
    entries = [e for e in _audit(vault) if e["action"] == "node.enroll"]
    assert entries[-1]["outcome"] == "ok"
    assert entries[-1]["details"]["fingerprint"] == node.host_key_fingerprint()


def test_a_wrong_fingerprint_is_refused_audited_and_changes_nothing(
    vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    made = lab(["t4"])
    node = made.nodes[0]
    made.authorize(node, bootstrap_key.public_line)
    done = vault.cli(*enroll_args(node, bootstrap_key, fingerprint=WRONG_FINGERPRINT))
    assert done.returncode == 1
    assert "not the expected" in done.stderr
    assert node.host_key_fingerprint() in done.stderr
    assert _nodes(vault) == []
    assert (node.home / ".ssh" / "authorized_keys").read_text() == bootstrap_key.public_line + "\n"
    refusal = [e for e in _audit(vault) if e["action"] == "node.enroll"][-1]
    assert refusal["outcome"] == "refused"
    assert WRONG_FINGERPRINT in refusal["details"]["reason"]


def test_an_unconfirmed_key_is_refused_without_a_terminal(
    vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    made = lab(["t4"])
    node = made.nodes[0]
    made.authorize(node, bootstrap_key.public_line)
    args = enroll_args(node, bootstrap_key)
    at = args.index("--fingerprint")
    del args[at : at + 2]
    done = vault.cli(*args)
    assert done.returncode == 1
    assert "was not confirmed" in done.stderr
    assert "--fingerprint" in done.stderr
    assert _nodes(vault) == []


def test_bootstrap_password_enrolment_then_key_login(vault: Vault, lab: Callable[..., Lab]) -> None:
    node = lab(["a100-mig"], passwords={0: "bootstrap-Pa55"}).nodes[0]
    password_file = vault.secrets_dir / "node.pass"
    password_file.write_text("bootstrap-Pa55\n")
    args = ["node", "enroll", node.name, "--address", node.address, "--port", str(node.port), "--user", node.user,
            "--bootstrap-password-file", str(password_file), "--fingerprint", node.host_key_fingerprint()]
    done = vault.cli(*args)
    assert done.returncode == 0, done.stderr
    audit_text = json.dumps(_audit(vault))
    assert "bootstrap-Pa55" not in audit_text


def test_bad_input_is_refused_with_a_clear_message(vault: Vault, bootstrap_key: BootstrapKey) -> None:
    base = ["node", "enroll", "gpu-1", "--port", "22", "--user", "airlock", "--bootstrap-key", str(bootstrap_key.private)]
    bad_address = vault.cli(*base, "--address", "not an address")
    assert bad_address.returncode == 2
    assert "is not an IP address or host name" in bad_address.stderr
    bad_name = vault.cli(*base[:2], "GPU_1", *base[3:], "--address", "10.0.0.1")
    assert bad_name.returncode == 2
    assert "is not a valid node name" in bad_name.stderr
    bad_label = vault.cli(*base, "--address", "10.0.0.1", "--label", "site")
    assert bad_label.returncode == 2
    assert "KEY=VALUE" in bad_label.stderr
    bad_fp = vault.cli(*base, "--address", "10.0.0.1", "--fingerprint", "MD5:aa:bb")
    assert bad_fp.returncode == 2
    assert "is not an SSH host key fingerprint" in bad_fp.stderr
    assert _nodes(vault) == []
    refused = [e for e in _audit(vault) if e["action"] == "node.enroll"]
    assert len(refused) == 4
    assert all(e["outcome"] == "refused" for e in refused)


def test_an_auditor_cannot_enrol_and_an_operator_cannot_repin(
    vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    made = lab(["t4"])
    node = made.nodes[0]
    made.authorize(node, bootstrap_key.public_line)
    vault.add_account("olga", "operator")
    vault.add_account("aude", "auditor")
    denied = vault.cli(*enroll_args(node, bootstrap_key), account="aude")
    assert denied.returncode == 3
    assert vault.cli(*enroll_args(node, bootstrap_key), account="olga").returncode == 0
    repin = vault.cli("node", "repin", node.name, "--fingerprint", node.host_key_fingerprint(), account="olga")
    assert repin.returncode == 3
    assert vault.cli("node", "list", account="aude").returncode == 0
    removed = vault.cli("node", "remove", node.name, account="olga")
    assert removed.returncode == 0, removed.stderr
    assert _nodes(vault) == []


def test_disabling_password_login_without_sudo_fails_clearly(
    vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    made = lab(["t4"])
    node = made.nodes[0]
    made.authorize(node, bootstrap_key.public_line)
    done = vault.cli(*enroll_args(node, bootstrap_key), "--disable-password-login")
    assert done.returncode == 1
    assert "Could not disable password login" in done.stderr
    assert "passwordless sudo" in done.stderr
    assert _nodes(vault) == []
    failed = [e for e in _audit(vault) if e["action"] == "node.enroll"][-1]
    assert failed["outcome"] == "failed"


def test_a_command_that_exits_without_reading_its_input_reports_its_status(
    lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    """A refused `sudo -n tee` exits before reading; the write must not turn that into a crash."""
    import paramiko

    from app.core.inventory import Node
    from app.core.ssh import connect_pinned, offered_host_key, run_command

    made = lab(["t4"])
    lab_node = made.nodes[0]
    made.authorize(lab_node, bootstrap_key.public_line)
    node = Node(lab_node.name, lab_node.address, lab_node.port, lab_node.user)
    pinned = Node(node.name, node.address, node.port, node.user, pins=(offered_host_key(node),))
    client = connect_pinned(pinned, paramiko.PKey.from_path(bootstrap_key.private))
    try:
        # 8 MiB is far past the channel window: the node closes the channel while we still write.
        assert run_command(client, "echo refused >&2; exit 3", b"x" * (8 << 20)) == (3, "refused\n")
        assert run_command(client, "head -c 5", b"hello world") == (0, "hello")
        status, output = run_command(client, "sudo -n tee /etc/airlock-test", b"data\n")
        assert status != 0
        assert output.strip()
    finally:
        client.close()


def test_enrolling_a_node_cleared_above_the_lowest_level_is_a_clearance_raise(
    vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    """An operator may not enrol a node as `secret` and so bypass `node.clearance.raise`; under
    dual control an admin is told the way that works; nothing is pinned by a refusal."""
    made = lab(["t4"])
    node = made.nodes[0]
    made.authorize(node, bootstrap_key.public_line)
    vault.add_account("olga", "operator")

    unknown = vault.cli(*enroll_args(node, bootstrap_key, labels=["clearance=cosmic"]), account="olga")
    assert unknown.returncode == 2, unknown.stderr
    assert "'cosmic' is not a classification level" in unknown.stderr
    raised = vault.cli(*enroll_args(node, bootstrap_key, labels=["clearance=secret"]), account="olga")
    assert raised.returncode == 3, raised.stderr
    assert "node.clearance.raise" in raised.stderr
    assert _nodes(vault) == []

    with vault.open() as session:
        session.set_dual_control({"node.clearance.raise"})
    dual = vault.cli(*enroll_args(node, bootstrap_key, labels=["clearance=secret"]))
    assert dual.returncode != 0
    assert "under dual control" in dual.stderr
    assert f"airlock node label {node.name} clearance=secret" in dual.stderr
    assert _nodes(vault) == []
    refusals = [e["action"] for e in _audit(vault) if e["outcome"] == "refused"]
    assert sorted(refusals) == ["node.clearance.raise", "node.enroll", "node.enroll"], refusals

    # The lowest level is no raise: the operator enrols it; the admin then raises it under dual control.
    lowest = vault.cli(*enroll_args(node, bootstrap_key, labels=["clearance=unclassified"]), "--json",
                       account="olga")
    assert lowest.returncode == 0, lowest.stderr
    assert json.loads(lowest.stdout)["labels"] == {"clearance": "unclassified"}

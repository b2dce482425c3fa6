"""`airlock relay add|list|remove` (cli.md, "Appliance lifecycle"): the request is understood
first (exit 2 or 1, with the real reason), then the permission (exit 3); every refusal is
audited and changes nothing. A lab node that does not run the relay program is refused as a
relay, by what it answered. (Relays that do run it: tests/lab/test_relays_lab.py.)"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from tests.conftest import Vault
from tests.lab.node_fixtures import BootstrapKey, bootstrap_key_fixture, enroll_in_session, lab_fixture, needs_sshd  # noqa: F401 - fixtures
from tests.lab.nodes import Lab

pytestmark = [pytest.mark.lab, needs_sshd]


def _audit(vault: Vault, action: str) -> list[dict[str, object]]:
    done = vault.cli("audit", "list", "--json", "--limit", "200")
    assert done.returncode == 0, done.stderr
    return [e for e in json.loads(done.stdout) if e["action"] == action]


def test_relay_requests_are_understood_before_the_permission_and_every_refusal_is_audited(
    vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    made = lab(["t4"])
    with vault.open() as session:
        enroll_in_session(session, made, bootstrap_key)
    vault.add_account("olga", "operator")
    listed = vault.cli("relay", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == []

    cases = [
        (("relay", "add", "gpu-00", "--serves", "all"), "olga", 2, "A relay cannot serve every node."),
        (("relay", "add", "gpu-00", "--serves", "rack;rm"), "olga", 2, "is not a selection pattern a relay can serve"),
        (("relay", "add", "gpu-99", "--serves", "rack=r1"), "olga", 1, "There is no node named gpu-99."),
        (("relay", "remove", "gpu-00"), "olga", 1, "gpu-00 is not a relay."),
        (("relay", "add", "gpu-00", "--serves", "rack=r1"), "olga", 3, "Permission denied"),
        (("relay", "add", "gpu-00", "--serves", "rack=r1"), "admin", 1, "Relay gpu-00 cannot run jobs:"),
    ]
    for args, account, status, said in cases:
        done = vault.cli(*args, account=account, timeout=120)
        assert done.returncode == status, (args, account, done.stderr)
        assert said in done.stderr, (args, done.stderr)
    assert "airlock deploy NAME --to gpu-00 --playbook relay" in done.stderr  # says what to do next

    refusals = _audit(vault, "relay.add")
    assert len(refusals) == 5
    assert {e["outcome"] for e in refusals} == {"refused"}
    assert all("reason" in e["details"] for e in refusals)  # type: ignore[operator]
    assert _audit(vault, "relay.remove")[0]["details"]["reason"] == "gpu-00 is not a relay. See `airlock relay list`."  # type: ignore[index]
    listed = vault.cli("relay", "list", "--json", account="olga")
    assert json.loads(listed.stdout) == []
    nodes = json.loads(vault.cli("node", "list", "--json").stdout)
    assert [(n["name"], n["relay"]) for n in nodes] == [("gpu-00", None)]
    table = vault.cli("node", "list").stdout.splitlines()[0].split()
    assert "PATH" not in table  # no relays: no path column

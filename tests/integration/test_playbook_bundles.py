"""Playbook bundles do something: imported, offered as BUNDLE/PLAYBOOK, run on real nodes.

The newest imported version is what new jobs run, and the job records which one it ran.
A bundle whose content would reach the appliance is refused at verify and import, with
its reason in the audit trail.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.bundles.playbook_content import PlaybookContentRefused
from app.core.errors import UsageError
from tests.conftest import Vault
from tests.lab.bundle_factory import TrustLab
from tests.lab.node_fixtures import BootstrapKey, bootstrap_key_fixture, enroll_in_session, lab_fixture, needs_sshd  # noqa: F401 - fixtures
from tests.lab.nodes import Lab

GREETING_ROLE = b"""---
- name: Write the greeting where the node keeps Airlock's files
  ansible.builtin.template:
    src: greeting.j2
    dest: "{{ airlock_root }}/greeting-{{ bundle_version }}"
    mode: "0644"
"""


def ops_files(version: str) -> dict[str, bytes]:
    return {
        "greet.yml": b"- name: Greet\n  hosts: all\n  gather_facts: false\n  roles: [greeting]\n",
        "uptime.yml": b"- hosts: all\n  gather_facts: false\n  tasks:\n    - ansible.builtin.command: uptime\n"
                      b"      changed_when: false\n",
        "README.md": b"# Operations\n",
        "roles/greeting/tasks/main.yml": GREETING_ROLE,
        "roles/greeting/defaults/main.yml": f"greeting: hello\nbundle_version: '{version}'\n".encode(),
        "roles/greeting/templates/greeting.j2": b"{{ greeting }} from {{ inventory_hostname }}\n",
    }


def _import(session: object, lab: TrustLab, version: str, files: dict[str, bytes] | None = None) -> None:
    session.import_bundle(lab.build("ops", version, kind="playbooks", files=files or ops_files(version)))  # type: ignore[attr-defined]


def test_playbooks_of_the_newest_version_are_offered_and_older_ones_refused(
    vault: Vault, trusted_lab: TrustLab,
) -> None:
    with vault.open() as session:
        built_in = session.list_playbooks()
        assert "facts" in built_in
        _import(session, trusted_lab, "1.0.0")
        assert session.list_playbooks() == [*built_in, "ops/greet@1.0.0", "ops/uptime@1.0.0"]
        _import(session, trusted_lab, "1.1.0")
        assert session.list_playbooks()[-2:] == ["ops/greet@1.1.0", "ops/uptime@1.1.0"]
        assert session.bundle_playbook("ops/greet").version == "1.1.0"
        assert session.bundle_playbook("ops/greet@1.1.0").label == "ops/greet@1.1.0"
        with pytest.raises(UsageError, match=r"ops 1\.1\.0 replaced version 1\.0\.0"):
            session.bundle_playbook("ops/greet@1.0.0")
        with pytest.raises(UsageError, match=r"no playbook named 'ops/nothing'.*ops/greet, ops/uptime"):
            session.bundle_playbook("ops/nothing")
        with pytest.raises(UsageError, match="no playbook named 'elsewhere/greet'"):
            session.bundle_playbook("elsewhere/greet")
    listed = vault.cli("playbook", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    names = [entry["name"] for entry in json.loads(listed.stdout)]
    assert "ops/uptime@1.1.0" in names
    assert "facts" in names


def test_a_bundle_that_would_run_on_the_appliance_is_refused_and_audited(
    vault: Vault, trusted_lab: TrustLab,
) -> None:
    files = ops_files("1.0.0")
    files["uptime.yml"] = b"- hosts: all\n  tasks:\n    - ansible.builtin.shell: id\n      delegate_to: localhost\n"
    bundle = trusted_lab.build("ops", "1.0.0", kind="playbooks", files=files)
    verified = vault.cli("bundle", "verify", str(bundle))
    assert verified.returncode == 1
    assert "uptime.yml: delegate_to 'localhost' could run the task on the appliance" in verified.stderr
    with vault.open() as session:
        with pytest.raises(PlaybookContentRefused):
            session.import_bundle(bundle)
        assert session.list_bundles() == []
        assert [p for p in session.list_playbooks() if "/" in p] == []
    entries = json.loads(vault.cli("audit", "list", "--json").stdout)
    refused = [e for e in entries if e["action"] == "bundle.import" and e["outcome"] == "refused"]
    assert refused
    assert refused[0]["details"]["rejection"] == "playbook-content"


@pytest.mark.lab
@pytest.mark.slow
@needs_sshd
def test_a_bundle_playbook_runs_on_nodes_and_the_job_records_its_version(
    vault: Vault, trusted_lab: TrustLab, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    made = lab(["none", "none"])
    with vault.open() as session:
        enroll_in_session(session, made, bootstrap_key)
        _import(session, trusted_lab, "1.0.0")
        _import(session, trusted_lab, "2.0.0")
    done = vault.cli("run", "ops/greet", "-e", "greeting=bonjour", "--json", timeout=300)
    assert done.returncode == 0, done.stderr
    job = json.loads(done.stdout)
    assert job["playbook"] == "ops/greet@2.0.0"
    assert job["status"] == "successful"
    for node in made.nodes:
        written = Path(node.variables["airlock_root"]) / "greeting-2.0.0"
        assert written.read_text() == f"bonjour from {node.name}\n"
    listed = json.loads(vault.cli("jobs", "list", "--json").stdout)
    assert listed[0]["playbook"] == "ops/greet@2.0.0"
    entries = json.loads(vault.cli("audit", "list", "--json").stdout)
    started = next(e for e in entries if e["action"] == "job.start")
    assert started["details"]["bundle"] == {"name": "ops", "version": "2.0.0"}
    # An operator's value is data, never a template, for bundle playbooks too.
    templated = vault.cli("run", "ops/greet", "-e", "greeting={{ lookup('pipe', 'id') }}")
    assert templated.returncode == 2
    assert "template" in templated.stderr.lower()

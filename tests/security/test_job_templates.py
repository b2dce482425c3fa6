"""No value an operator or admin types is ever templated by Ansible on the appliance.

Ansible renders templates in extra variables and inventories, and lookups (`pipe`, ...) run
on the controller while the management key is loaded. Every place a value enters a job
refuses template syntax (audited, exit 2); and what reaches Ansible is `!unsafe`, so that a
value stored before this check (an old vault) is still used as text: a lookup that would
write a file on the appliance leaves no file.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core import jobs
from tests.conftest import Vault
from tests.lab.node_fixtures import BootstrapKey, bootstrap_key_fixture, enroll_in_session, lab_fixture, needs_sshd  # noqa: F401 - fixtures
from tests.lab.nodes import Lab
from tests.unit.test_ansible_values import FORMS


def _forms(mark: Path) -> dict[str, str]:
    return {name: text.replace("FILE", str(mark)) for name, text in FORMS.items()}


def _refusals(vault: Vault, action: str) -> list[dict[str, object]]:
    done = vault.cli("audit", "list", "--json", "--limit", "500", "--action", action, "--outcome", "refused")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _assert_refused(done: object, mark: Path) -> None:
    assert done.returncode == 2, done.stdout + done.stderr  # type: ignore[attr-defined]
    assert "holds template syntax" in done.stderr  # type: ignore[attr-defined]
    assert "Remove the template syntax" in done.stderr  # type: ignore[attr-defined]
    assert not mark.exists()


def test_run_refuses_every_template_form_in_extra_variables_and_audits_it(vault: Vault, tmp_path: Path) -> None:
    vault.add_account("olga", "operator")
    mark = tmp_path / "pwned"
    forms = _forms(mark)
    for text in forms.values():
        done = vault.cli("run", "facts", "--limit", "gpu-00", "-e", f"airlock_nvidia_smi={text}", account="olga")
        _assert_refused(done, mark)
    # A template hidden inside a value that looks like a list or a mapping is refused too.
    for text in ("['a', \"{{ lookup('pipe', 'id') }}\"]", "{'k': \"{% if true %}x{% endif %}\"}"):
        _assert_refused(vault.cli("run", "facts", "-e", f"airlock_x={text}", account="olga"), mark)
    refused = _refusals(vault, "job.run")
    assert len(refused) == len(forms) + 2
    assert all(entry["actor"] == "olga" and "holds template syntax" in str(entry["details"]) for entry in refused)


def test_deploy_refuses_templates_before_it_looks_for_the_bundle(vault: Vault, tmp_path: Path) -> None:
    mark = tmp_path / "pwned"
    for text in _forms(mark).values():
        done = vault.cli("deploy", "missing@1.0.0", "--to", "all", "-e", f"airlock_model_args={text}")
        _assert_refused(done, mark)
    refused = _refusals(vault, "deploy.model")
    assert len(refused) == len(FORMS)


def test_enrolment_refuses_templates_in_node_variables_and_labels_before_connecting(
        vault: Vault, tmp_path: Path) -> None:
    key = tmp_path / "bootstrap"
    key.write_text("not used: the refusal comes before any connection\n")
    mark = tmp_path / "pwned"
    base = ["node", "enroll", "gpu-x", "--address", "192.0.2.1", "--user", "airlock", "--bootstrap-key", str(key)]
    for text in _forms(mark).values():
        _assert_refused(vault.cli(*base, "--var", f"airlock_root={text}"), mark)
    for text in ("{{ lookup('pipe','id') }}", "{%raw%}x", "{#x#}"):
        _assert_refused(vault.cli(*base, "--label", f"site={text}"), mark)
    refused = _refusals(vault, "node.enroll")
    assert len(refused) == len(FORMS) + 3
    assert vault.cli("node", "list", "--json").stdout.strip() == "[]"


@pytest.mark.lab
@pytest.mark.slow
@needs_sshd
def test_values_that_reach_a_real_job_are_never_rendered_on_the_appliance(
        vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey, tmp_path: Path) -> None:
    """A node variable stored before the check (an old vault) and extra variables that bypass
    it go through the real job path; no lookup runs, whichever form it takes."""
    made = lab(["t4"])
    marks = tmp_path / "marks"
    marks.mkdir()
    forms = {name: text.replace("FILE", str(marks / name)) for name, text in FORMS.items()}
    with vault.open() as session:
        enroll_in_session(session, made, bootstrap_key)
        node = made.nodes[0]
        stored = {**node.variables, "airlock_nvidia_smi_timeout": forms["statement"], "airlock_dcgmi": forms["q"]}
        with session.action("test.old-vault", node.name, "node.enroll"):
            session.conn.execute("UPDATE nodes SET variables = ? WHERE name = ?", (json.dumps(stored), node.name))
        job = session.run_playbook("health")
        assert job["hosts"] == [node.name]
        assert sorted(p.name for p in marks.iterdir()) == []

        # Extra variables handed to the job path directly, as a caller that skipped the check would.
        nodes = [n for n in session._nodes_rows() if n.name == node.name]
        key = session._nodes_management_key().private_openssh.decode("ascii")
        extravars = {"airlock_nvidia_smi": forms["expression"], "airlock_query_gpu": forms["filter"],
                     "airlock_smi_csv": forms["header"], "airlock_extra": forms["statement-only"]}
        private = jobs.make_private_dir(jobs.job_base_dir(vault.data_dir))
        prepared = jobs.prepare(private, session.playbooks_dir / "facts.yml", nodes, extravars)
        outcome = jobs.run(prepared, key)
    assert outcome.status in (jobs.STATUS_SUCCESSFUL, jobs.STATUS_FAILED)
    assert outcome.host_summary.get(node.name), "the job reached the node"
    assert sorted(p.name for p in marks.iterdir()) == []

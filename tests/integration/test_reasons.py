"""Reasons on record: `--reason` is stored in the audit entry and in the export; an admin can
require one, and an action without it is then refused (exit 2, the option named, audited)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from app.core.service import ReasonRequired, reasoned_actions
from tests.conftest import Vault
from tests.integration.test_ops_service import _add_nodes


def _entries(vault: Vault, action: str) -> list[dict]:
    with vault.open() as session:
        return [e.to_json() for e in session.audit_entries(limit=None, action=action)]


def test_reason_is_in_the_entry_and_in_the_exported_bundle(vault: Vault, tmp_path: Path) -> None:
    done = vault.cli("account", "add", "bob", "--role", "operator", "--reason", "CHG-1042 night shift operator",
                     "--new-passphrase-file", str(vault.write_passphrase("bob", "bob passphrase 123")))
    assert done.returncode == 0, done.stderr
    [added] = _entries(vault, "account.add")
    assert added["details"]["reason"] == "CHG-1042 night shift operator"
    assert added["outcome"] == "ok"

    media = tmp_path / "media"
    media.mkdir()
    export = vault.cli("audit", "export", "--out", str(media), "--reason", "quarterly audit Q3")
    assert export.returncode == 0, export.stderr
    lines = [json.loads(line) for line in (Path(export.stdout.strip()) / "entries.jsonl").read_text().splitlines()]
    [exported] = [e for e in lines if e["action"] == "account.add"]
    assert exported["details"]["reason"] == "CHG-1042 night shift operator"
    [export_entry] = _entries(vault, "audit.export")
    assert export_entry["details"]["reason"] == "quarterly audit Q3"


def test_required_reason_missing_is_exit_2_named_audited_and_changes_nothing(vault: Vault) -> None:
    done = vault.cli("settings", "reasons", "--require", "account.add", "node.remove")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["account.add", "node.remove"]

    refused = vault.cli("account", "add", "carol", "--role", "operator",
                        "--new-passphrase-file", str(vault.write_passphrase("carol", "carol passphrase 1")))
    assert refused.returncode == 2, refused.stderr
    assert "--reason" in refused.stderr
    assert "account.add needs a reason on record" in refused.stderr
    listed = vault.cli("account", "list", "--json")
    assert "carol" not in {a["name"] for a in json.loads(listed.stdout)}
    [entry] = _entries(vault, "account.add")
    assert entry["outcome"] == "refused"
    assert entry["details"]["missing"] == "reason"

    given = vault.cli("account", "add", "carol", "--role", "operator", "--reason", "INC-7 cover for bob",
                      "--new-passphrase-file", str(vault.passphrase_file("carol")))
    assert given.returncode == 0, given.stderr
    assert _entries(vault, "account.add")[0]["details"]["reason"] == "INC-7 cover for bob"


def test_a_missing_reason_is_a_usage_error_before_the_permission_check(vault: Vault) -> None:
    vault.add_account("audrey", "auditor")
    with vault.open() as session:
        _add_nodes(session, "gpu-01")  # a request that is understood: a node that is there
        session.set_required_reasons({"node.remove"})
    missing = vault.cli("node", "remove", "gpu-01", account="audrey")
    assert missing.returncode == 2, missing.stderr  # understood first: what is missing ...
    denied = vault.cli("node", "remove", "gpu-01", "--reason", "decommissioned", account="audrey")
    assert denied.returncode == 3, denied.stderr  # ... then judged
    refusal = _entries(vault, "node.remove")[0]
    assert refusal["actor"] == "audrey"
    assert refusal["outcome"] == "refused"
    assert refusal["details"]["stated_reason"] == "decommissioned"  # details.reason says why it was refused
    assert "may not do node.remove" in refusal["details"]["reason"]


@pytest.mark.parametrize(("reason", "said"), [
    ("   ", "The reason is empty."),
    ("first line\nsecond line", "one line"),
    ("x" * 501, "at most 500"),
])
def test_an_unusable_reason_is_refused_before_unlocking(vault: Vault, reason: str, said: str) -> None:
    before = len(_entries(vault, "session.unlock"))
    done = vault.cli("settings", "idle-lock", "60", "--reason", reason)
    assert done.returncode == 2, done.stderr
    assert said in done.stderr
    assert len(_entries(vault, "session.unlock")) == before + 1  # only this check's own unlock


def test_only_actions_that_act_can_require_a_reason_and_only_an_admin_chooses(vault: Vault) -> None:
    unknown = vault.cli("settings", "reasons", "--require", "node.list", "account.add")
    assert unknown.returncode == 2
    assert "A reason cannot be required for: node.list." in unknown.stderr
    vault.add_account("olga", "operator")
    denied = vault.cli("settings", "reasons", "--require", "account.add", account="olga")
    assert denied.returncode == 3
    assert "node.list" not in reasoned_actions()
    assert {"account.add", "deploy.model", "job.run", "audit.export", "node.remove"} <= set(reasoned_actions())


def test_a_job_that_needs_a_reason_is_refused_before_anything_runs(vault: Vault) -> None:
    with vault.open() as session:
        _add_nodes(session, "gpu-01")
    vault.cli("settings", "reasons", "--require", "job.run")
    refused = vault.cli("run", "facts")
    assert refused.returncode == 2, refused.stderr
    assert "job.run needs a reason on record" in refused.stderr
    jobs = vault.cli("jobs", "list", "--json")
    assert json.loads(jobs.stdout) == []


def test_each_thread_records_its_own_reason(vault: Vault) -> None:
    """The desktop application runs actions side by side: a reason never leaks to another one."""
    with vault.open() as session:
        stated = threading.Event()
        recorded = threading.Event()

        def with_reason() -> None:
            with session.stated_reason("CHG-1 on the worker"):
                stated.set()
                recorded.wait(30)
                session.set_setting("a", "1")

        worker = threading.Thread(target=with_reason)
        worker.start()
        stated.wait(30)
        session.set_setting("b", "2")  # while the worker's reason is in force
        recorded.set()
        worker.join(30)
        entries = {e.target: e.details for e in session.audit_entries(limit=None, action="settings.change")}
    assert entries["a"]["reason"] == "CHG-1 on the worker"
    assert "reason" not in entries["b"]


def test_service_refuses_in_any_front_end(vault: Vault) -> None:
    with vault.open() as session:
        session.set_required_reasons({"settings.change"})
        with pytest.raises(ReasonRequired) as refused:
            session.set_setting("idle_lock_seconds", "60")
        assert refused.value.exit_code == 2
        with session.stated_reason("CHG-9 shorter idle lock"):
            session.check_reason("settings.change")  # the desktop application's question: no refusal
            session.set_setting("idle_lock_seconds", "60")
        assert session.get_setting("idle_lock_seconds", "") == "60"
        entries = session.audit_entries(limit=3, action="settings.change")
    assert [e.outcome for e in entries[:2]] == ["ok", "refused"]

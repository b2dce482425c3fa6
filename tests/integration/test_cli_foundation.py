"""The foundation's commands through the real `airlock` executable, with cli.md's exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import REPO, run_cli

# Every mutating command of the foundation, as an auditor would try it.
MUTATING = [
    ("account", "add", "mallory", "--role", "admin", "--new-passphrase-file", "{pw}"),
    ("account", "passwd", "admin", "--new-passphrase-file", "{pw}"),
    ("rekey",),
    ("settings", "dual-control", "--require", "node.remove"),
    ("settings", "idle-lock", "60"),
]


def test_init_prints_the_recovery_key_once(tmp_path, secrets_dir) -> None:
    pw = secrets_dir / "pw"
    pw.write_text("a long enough passphrase\n")
    data = tmp_path / "data"
    first = run_cli("init", "--admin", "root-admin", data_dir=data, passphrase_file=pw)
    assert first.returncode == 0, first.stderr
    key = first.stdout.strip()
    assert len(key.split("-")) == 8
    assert "shown once" in first.stderr
    again = run_cli("init", data_dir=data, passphrase_file=pw)
    assert again.returncode == 1
    assert "already holds an Airlock vault" in again.stderr
    assert key not in (data / "keyslots.json").read_text()


def test_short_passphrase_is_refused_with_advice(tmp_path, secrets_dir) -> None:
    pw = secrets_dir / "pw"
    pw.write_text("short\n")
    result = run_cli("init", data_dir=tmp_path / "d", passphrase_file=pw)
    assert result.returncode == 2  # a malformed request, not a failed authentication
    assert "at least 8 characters" in result.stderr
    assert not (tmp_path / "d" / "keyslots.json").exists()


def test_accounts_roundtrip(vault, secrets_dir) -> None:
    pw = vault.write_passphrase("ops", "operator passphrase 1")
    added = vault.cli("account", "add", "ops", "--role", "operator", "--new-passphrase-file", str(pw))
    assert added.returncode == 0, added.stderr
    listing = vault.cli("account", "list", "--json")
    assert listing.returncode == 0
    assert {(a["name"], a["role"]) for a in json.loads(listing.stdout)} == {("admin", "admin"), ("ops", "operator")}
    new = secrets_dir / "new.pass"
    new.write_text("operator passphrase 2\n")
    changed = vault.cli("account", "passwd", "ops", "--new-passphrase-file", str(new), account="ops")
    assert changed.returncode == 0, changed.stderr
    assert vault.cli("account", "list", account="ops").returncode == 3
    vault.write_passphrase("ops", "operator passphrase 2")
    assert vault.cli("account", "list", account="ops").returncode == 0


def test_operator_cannot_change_another_accounts_passphrase(vault) -> None:
    vault.add_account("ops", "operator")
    result = vault.cli(
        "account", "passwd", "admin", "--new-passphrase-file", str(vault.passphrase_file("ops")), account="ops"
    )
    assert result.returncode == 3
    assert "may not account.passwd" in result.stderr


def test_recovery_key_resets_a_forgotten_passphrase(vault, secrets_dir) -> None:
    new = secrets_dir / "new.pass"
    new.write_text("after the recovery 42\n")
    result = run_cli(
        "account",
        "recover",
        "admin",
        "--recovery-key-file",
        str(secrets_dir / "recovery.key"),
        "--new-passphrase-file",
        str(new),
        data_dir=vault.data_dir,
    )
    assert result.returncode == 0, result.stderr
    vault.write_passphrase("admin", "after the recovery 42")
    listing = vault.cli("audit", "list", "--json", "--limit", "500")
    entries = json.loads(listing.stdout)
    assert any(e["actor"] == "recovery-key" and e["action"] == "account.passwd" for e in entries)


def test_wrong_recovery_key_exits_3_and_changes_nothing(vault, secrets_dir) -> None:
    before = vault.db_bytes()
    bad = secrets_dir / "bad.key"
    bad.write_text("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH\n")
    result = run_cli(
        "account",
        "recover",
        "admin",
        "--recovery-key-file",
        str(bad),
        "--new-passphrase-file",
        str(bad),
        data_dir=vault.data_dir,
    )
    assert result.returncode == 3
    assert vault.db_bytes() == before


@pytest.mark.parametrize("command", MUTATING, ids=lambda c: " ".join(c[:2]))
def test_auditor_is_refused_every_mutating_command_and_it_is_audited(vault, command) -> None:
    pw = vault.add_account("watcher", "auditor")
    args = [part.format(pw=pw) for part in command]
    result = vault.cli(*args, account="watcher")
    assert result.returncode == 3, (result.stdout, result.stderr)
    assert "Permission denied" in result.stderr
    with vault.open() as session:
        refusals = [e for e in session.audit_entries(limit=None, outcome="refused") if e.actor == "watcher"]
    assert refusals, "the refusal must be audited"
    assert "may not do" in refusals[0].details["reason"]


def test_usage_errors_exit_2(vault) -> None:
    assert vault.cli("account", "add", "x").returncode == 2
    assert vault.cli("audit", "list", "--limit", "0").returncode == 2
    bad_name = vault.cli(
        "account", "add", "Bad Name", "--role", "operator", "--new-passphrase-file", str(vault.passphrase_file("admin"))
    )
    assert bad_name.returncode == 2
    assert "not a valid account name" in bad_name.stderr


def test_missing_passphrase_without_terminal_says_what_to_do(vault) -> None:
    result = run_cli("account", "list", data_dir=vault.data_dir)
    assert result.returncode == 2
    assert "--passphrase-file" in result.stderr


def test_missing_vault_says_to_init(tmp_path, secrets_dir) -> None:
    pw = secrets_dir / "pw"
    pw.write_text("whatever passphrase\n")
    result = run_cli("account", "list", data_dir=tmp_path / "nothing", passphrase_file=pw)
    assert result.returncode == 1
    assert "airlock init" in result.stderr


def test_dual_control_needs_a_second_account(vault) -> None:
    second = vault.add_account("second-admin", "admin")
    vault.add_account("ops", "operator")
    on = vault.cli("settings", "dual-control", "--require", "account.add")
    assert on.returncode == 0, on.stderr
    pw = vault.passphrase_file("ops")
    alone = vault.cli("account", "add", "newbie", "--role", "operator", "--new-passphrase-file", str(pw))
    assert alone.returncode == 3
    assert "dual control" in alone.stderr
    self_approved = vault.cli(
        "--approver",
        "admin",
        "--approver-passphrase-file",
        str(vault.passphrase_file("admin")),
        "account",
        "add",
        "newbie",
        "--role",
        "operator",
        "--new-passphrase-file",
        str(pw),
    )
    assert self_approved.returncode == 3
    by_operator = vault.cli(
        "--approver",
        "ops",
        "--approver-passphrase-file",
        str(pw),
        "account",
        "add",
        "newbie",
        "--role",
        "operator",
        "--new-passphrase-file",
        str(pw),
    )
    assert by_operator.returncode == 3
    approved = vault.cli(
        "--approver",
        "second-admin",
        "--approver-passphrase-file",
        str(second),
        "account",
        "add",
        "newbie",
        "--role",
        "operator",
        "--new-passphrase-file",
        str(pw),
    )
    assert approved.returncode == 0, approved.stderr
    with vault.open() as session:
        done = session.audit_entries(limit=None, action="account.add", outcome="ok")
    assert done[0].target == "newbie"
    assert done[0].actor == "admin"
    assert done[0].details["approved_by"] == "second-admin"


def test_help_imports_neither_qt_nor_ansible() -> None:
    probe = (
        "import sys\n"
        "from app.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'ansible', 'ansible_runner', 'paramiko', 'tuf', 'sqlcipher3'))\n"
        "print('LOADED', bad)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=True)
    assert "LOADED []" in result.stdout, result.stdout[-500:]


def test_help_for_every_command_group_works() -> None:
    for group in ("account", "audit", "settings"):
        result = run_cli(group, "--help")
        assert result.returncode == 0
        assert "usage: airlock" in result.stdout

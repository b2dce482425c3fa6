"""Accounts change over time: disable, enable, remove, through the real CLI and vault.

A disabled account's key slot holds no data key (checked in keyslots.json itself), it
cannot unlock or approve, and a session it had open locks at its next action. A removed
account's slot is destroyed and its name retired; the audit keeps it. The last admin can
never be disabled or removed.
"""

from __future__ import annotations

import json
import shutil

import pytest

from app.core import vault as vaultmod
from app.core.errors import AccountDisabled, VaultLocked
from app.core.service import Approval, open_with_recovery, rekey
from tests.audit_helpers import audited
from tests.conftest import Vault


def _slot(vault: Vault, name: str) -> dict[str, object] | None:
    slots = vaultmod.KeySlotFile.load(vault.data_dir)
    body = json.loads((vault.data_dir / vaultmod.SLOT_FILE).read_text())["slots"]
    return body.get(slots.slot_id_for(name))



def test_a_disabled_account_cannot_unlock_and_its_slot_holds_no_data_key(vault: Vault) -> None:
    vault.add_account("bob", "operator")
    assert vault.cli("node", "list", account="bob").returncode == 0
    done = vault.cli("account", "disable", "bob")
    assert done.returncode == 0, done.stderr
    assert "rekey" in done.stderr
    slot = _slot(vault, "bob")
    assert slot is not None
    assert slot["withheld"] is True
    assert slot["sealed"] == {}, "the data key sealed to bob's slot is destroyed, not merely flagged"
    refused = vault.cli("node", "list", account="bob")
    assert refused.returncode == 3
    assert "disabled" in refused.stderr
    listed = json.loads(vault.cli("account", "list", "--json").stdout)
    assert {a["name"]: a["status"] for a in listed} == {"admin": "active", "bob": "disabled"}
    assert [e["target"] for e in audited(vault, "account.disable")] == ["bob"]

    assert vault.cli("account", "enable", "bob").returncode == 0
    assert vault.cli("node", "list", account="bob").returncode == 0, "the passphrase it had opens it again"
    assert _slot(vault, "bob")["sealed"] != {}  # type: ignore[index]


def test_a_wrong_passphrase_of_a_disabled_account_says_nothing_about_it(vault: Vault) -> None:
    vault.add_account("bob", "operator")
    assert vault.cli("account", "disable", "bob").returncode == 0
    vault.write_passphrase("bob", "not bob's passphrase at all")
    done = vault.cli("node", "list", account="bob")
    assert done.returncode == 3
    assert "disabled" not in done.stderr


def test_an_open_session_of_a_disabled_account_locks_at_its_next_action(vault: Vault) -> None:
    vault.add_account("bob", "operator")
    bob = vault.open("bob")
    try:
        assert bob.list_nodes() == []
        assert vault.cli("account", "disable", "bob").returncode == 0
        with pytest.raises(VaultLocked, match="disabled or removed"):
            bob.list_nodes()
        assert bob.locked
    finally:
        bob.close()


def test_a_disabled_account_cannot_approve(vault: Vault) -> None:
    vault.add_account("carol", "admin")
    with vault.open() as session:
        session.set_dual_control({"account.add"})
    assert vault.cli("account", "disable", "carol").returncode == 0
    with vault.open() as session, pytest.raises(AccountDisabled):
        session.add_account("dave", "operator", b"dave passphrase 1",
                            approval=Approval("carol", vault.passphrases["carol"].encode()))
    assert vault.cli("account", "enable", "carol").returncode == 0
    with vault.open() as session:
        session.add_account("dave", "operator", b"dave passphrase 1",
                            approval=Approval("carol", vault.passphrases["carol"].encode()))


def test_removal_destroys_the_slot_retires_the_name_and_the_audit_keeps_it(vault: Vault) -> None:
    vault.add_account("bob", "operator")
    assert vault.cli("audit", "list", account="bob").returncode == 0
    done = vault.cli("account", "remove", "bob")
    assert done.returncode == 0, done.stderr
    assert _slot(vault, "bob") is None
    assert vault.cli("node", "list", account="bob").returncode == 3
    assert "bob" not in [a["name"] for a in json.loads(vault.cli("account", "list", "--json").stdout)]
    actors = {e["actor"] for e in json.loads(vault.cli("audit", "list", "--json", "--limit", "500").stdout)}
    assert "bob" in actors, "what bob did stays under bob's name"
    removed = audited(vault, "account.remove")
    assert removed[-1]["target"] == "bob"
    assert removed[-1]["details"]["role"] == "operator"
    again = vault.cli("account", "add", "bob", "--role", "operator",
                      "--new-passphrase-file", str(vault.passphrase_file("admin")))
    assert again.returncode == 1
    assert "removed" in again.stderr
    gone = vault.cli("account", "enable", "bob")
    assert gone.returncode == 1
    assert "was removed by admin" in gone.stderr


def test_the_last_admin_is_never_disabled_or_removed(vault: Vault) -> None:
    own = vault.cli("account", "disable", "admin")
    assert own.returncode == 1
    assert "your own account" in own.stderr
    recovery = open_with_recovery(vault.data_dir, vault.recovery_key)
    try:
        for act in (recovery.disable_account, recovery.remove_account):
            with pytest.raises(Exception, match="last active admin"):
                act("admin")
    finally:
        recovery.close()
    vault.add_account("carol", "admin")
    assert vault.cli("account", "disable", "carol").returncode == 0
    # carol is disabled: admin is again the only active admin, so carol cannot take it down either.
    recovery = open_with_recovery(vault.data_dir, vault.recovery_key)
    try:
        with pytest.raises(Exception, match="last active admin"):
            recovery.disable_account("admin")
        recovery.remove_account("carol")  # a disabled admin may go: the active one stays
    finally:
        recovery.close()
    refusals = [e for e in audited(vault, "account.disable") if e["outcome"] == "refused"]
    assert refusals, "refusals are audited"


def test_refusals_say_what_was_wrong_before_the_permission(vault: Vault) -> None:
    vault.add_account("ada", "auditor")
    vault.add_account("bob", "operator")
    assert vault.cli("account", "disable", "Not A Name", account="ada").returncode == 2
    assert vault.cli("account", "disable", "nobody", account="ada").returncode == 1
    denied = vault.cli("account", "disable", "bob", account="ada")
    assert denied.returncode == 3
    assert "may not" in denied.stderr
    assert vault.cli("account", "enable", "bob").returncode == 1  # not disabled: nothing to do


def test_disabling_is_under_dual_control_when_required(vault: Vault) -> None:
    vault.add_account("carol", "admin")
    vault.add_account("bob", "operator")
    with vault.open() as session:
        session.set_dual_control({"account.disable", "account.remove"})
    alone = vault.cli("account", "disable", "bob")
    assert alone.returncode == 3
    assert "--approver" in alone.stderr
    assert _slot(vault, "bob").get("withheld") is None  # type: ignore[union-attr]
    approved = vault.cli("--approver", "carol", "--approver-passphrase-file", str(vault.passphrase_file("carol")),
                         "account", "disable", "bob")
    assert approved.returncode == 0, approved.stderr
    assert audited(vault, "account.disable")[-1]["details"]["approved_by"] == "carol"


def test_a_slot_file_restored_from_an_old_copy_is_brought_back_in_line(vault: Vault) -> None:
    vault.add_account("bob", "operator")
    old_copy = vault.data_dir.parent / "keyslots.old.json"
    shutil.copy2(vault.data_dir / vaultmod.SLOT_FILE, old_copy)
    assert vault.cli("account", "disable", "bob").returncode == 0
    shutil.copy2(old_copy, vault.data_dir / vaultmod.SLOT_FILE)  # bob's slot holds the data key again
    refused = vault.cli("node", "list", account="bob")
    assert refused.returncode == 3, "the vault itself still refuses a disabled account"
    assert "disabled" in refused.stderr
    assert vault.cli("node", "list").returncode == 0  # any unlock repairs the slot file
    assert _slot(vault, "bob")["sealed"] == {}  # type: ignore[index]


def test_a_rekey_gives_a_disabled_slot_nothing_and_enable_seals_the_new_key(vault: Vault) -> None:
    vault.add_account("bob", "operator")
    assert vault.cli("account", "disable", "bob").returncode == 0
    with vault.open() as session:
        rekey(session)
    assert _slot(vault, "bob")["sealed"] == {}  # type: ignore[index]
    assert "pending" not in _slot(vault, "bob")  # type: ignore[operator]
    assert vault.cli("account", "enable", "bob").returncode == 0
    assert vault.cli("node", "list", account="bob").returncode == 0


def test_an_admin_sets_a_disabled_accounts_passphrase_without_letting_it_in(vault: Vault) -> None:
    vault.add_account("bob", "operator")
    assert vault.cli("account", "disable", "bob").returncode == 0
    new = vault.secrets_dir / "bob-new.pass"
    new.write_text("a brand new passphrase\n")
    done = vault.cli("account", "passwd", "bob", "--new-passphrase-file", str(new))
    assert done.returncode == 0, done.stderr
    assert _slot(vault, "bob")["sealed"] == {}  # type: ignore[index]
    vault.write_passphrase("bob", "a brand new passphrase")
    assert vault.cli("node", "list", account="bob").returncode == 3
    assert vault.cli("account", "enable", "bob").returncode == 0
    assert vault.cli("node", "list", account="bob").returncode == 0


def test_slot_changes_from_two_open_sessions_keep_each_other(vault: Vault) -> None:
    """The desktop application stays open while the CLI adds an account: neither change of the
    key slot file writes the other's away."""
    with vault.open() as first, vault.open() as second:
        first.add_account("pia", "operator", b"pia passphrase 123")
        second.add_account("quinn", "operator", b"quinn passphrase 123")
        first.disable_account("quinn")
        second.change_passphrase("pia", b"pia passphrase 456")
    vault.write_passphrase("pia", "pia passphrase 456")
    with vault.open("pia") as pia:
        assert pia.account.name == "pia"
    vault.write_passphrase("quinn", "quinn passphrase 123")
    with pytest.raises(Exception, match="disabled"):
        vault.open("quinn")

"""Vault workflows through the real GUI on a real vault: rekey, recovery, dual control, media, locking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.core.errors import AuthenticationError
from app.core.service import open_session, open_with_recovery
from tests.conftest import ADMIN_PASSPHRASE
from tests.gui.helpers import unlock
from tests.lab.bundle_factory import TrustLab

pytestmark = pytest.mark.gui


def _window(qtbot, make_controller, vault):
    controller = make_controller(vault.data_dir)
    controller.start()
    unlock(qtbot, controller, account="admin")
    return controller, controller.window


def test_rekey_from_settings_runs_on_a_worker_with_progress(qtbot, make_controller, vault):
    controller, window = _window(qtbot, make_controller, vault)
    window.go("settings")
    tab = window.settings.vault
    window.settings.tabs.setCurrentWidget(tab)
    assert tab.rekey_button.isEnabled()
    before = vault.db_bytes()
    seen: list[int] = []
    qtbot.mouseClick(tab.rekey_button, Qt.MouseButton.LeftButton)
    assert tab.running  # the GUI thread returned at once; the rotation runs on a worker
    assert tab.cancel_button.isEnabled()
    tab.bar.valueChanged.connect(seen.append)
    qtbot.waitUntil(lambda: not tab.running, timeout=30_000)
    assert tab.status.text().startswith("The data key was rotated"), tab.status.text()
    assert seen  # progress reached the bar
    assert vault.db_bytes() != before
    # The session goes on under the new key; every slot still opens the vault.
    assert controller.session.list_accounts()[0].name == "admin"
    controller.shutdown()
    with open_session(vault.data_dir, "admin", ADMIN_PASSPHRASE.encode()) as session:
        assert "vault.rekey" in [e.action for e in session.audit_entries(limit=20)]
    with open_with_recovery(vault.data_dir, vault.recovery_key) as session:
        assert session.account.name == "recovery-key"


def test_operator_cannot_rekey(qtbot, make_controller, vault):
    vault.add_account("olga", "operator", "olga passphrase 123")
    controller = make_controller(vault.data_dir)
    controller.start()
    unlock(qtbot, controller, "olga passphrase 123", account="olga")
    assert not controller.window.settings.vault.rekey_button.isEnabled()


def test_recovery_key_unlock_then_a_new_passphrase_for_the_admin(qtbot, make_controller, vault):
    vault.add_account("olga", "operator", "olga passphrase 123")
    controller = make_controller(vault.data_dir)
    controller.start()
    dialog = controller.dialog
    dialog.use_recovery.setChecked(True)
    assert not dialog.account.isEnabled()
    dialog.passphrase.setText(vault.recovery_key)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.reset and dialog.reset.account.count() == 2,
                    timeout=30_000)
    assert controller.state == "locked"  # no window until the passphrase question is answered
    page = dialog.reset
    assert page.account.currentText() == "admin"  # admins first
    page.passphrase.setText("a brand new passphrase")
    page.confirm.setText("a different one")
    qtbot.mouseClick(page.set_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.message.text()
    page.confirm.setText("a brand new passphrase")
    with qtbot.waitSignal(controller.state_changed, timeout=30_000) as blocker:
        qtbot.mouseClick(page.set_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["unlocked"]
    assert controller.window.who.text() == "recovery-key (admin)"

    # Locked again, the unlock dialog offers the account that was reset, and its new passphrase opens it.
    with qtbot.waitSignal(controller.state_changed):
        controller.window.lock_action.trigger()
    assert controller.dialog.account.text() == "admin"
    unlock(qtbot, controller, "a brand new passphrase", account="admin")
    assert controller.window.who.text() == "admin (admin)"
    controller.shutdown()
    with pytest.raises(AuthenticationError):
        open_session(vault.data_dir, "admin", ADMIN_PASSPHRASE.encode())


def test_closing_the_recovery_page_leaves_no_session_open(qtbot, make_controller, vault):
    controller = make_controller(vault.data_dir)
    controller.start()
    dialog = controller.dialog
    dialog.use_recovery.setChecked(True)
    dialog.passphrase.setText(vault.recovery_key)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.recovered and dialog.reset.account.count() > 0, timeout=30_000)
    session = dialog._recovered
    with qtbot.waitSignal(controller.state_changed) as blocker:
        dialog.reject()
    assert blocker.args == ["closed"]
    assert session.locked


def test_settings_change_under_dual_control_asks_a_second_account(qtbot, make_controller, vault):
    vault.add_account("alice", "admin", "alice passphrase 123")
    vault.add_account("olga", "operator", "olga passphrase 123")
    with vault.open() as session:
        session.set_dual_control({"settings.change"})
    controller, window = _window(qtbot, make_controller, vault)
    window.go("settings")
    policy = window.settings.policy
    qtbot.waitUntil(lambda: policy.idle.value() > 0, timeout=10_000)
    assert policy.dual["settings.change"].isChecked()
    policy.idle.setValue(600)
    qtbot.mouseClick(policy.save_button, Qt.MouseButton.LeftButton)
    gate = window.settings.gate
    qtbot.waitUntil(lambda: gate.dialog is not None, timeout=10_000)
    approval = gate.dialog
    assert not policy.save_button.isEnabled()

    # The approver must be another account, allowed to change settings, with the right passphrase.
    approval.approver.setText("admin")
    approval.passphrase.setText(ADMIN_PASSPHRASE)
    qtbot.mouseClick(approval.approve_button, Qt.MouseButton.LeftButton)
    assert "different account" in approval.message.text()
    approval.approver.setText("olga")
    approval.passphrase.setText("olga passphrase 123")
    qtbot.mouseClick(approval.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: approval.message.isVisible() and not approval.busy.isVisible(), timeout=30_000)
    assert "may not approve" in approval.message.text()
    assert approval.passphrase.text() == ""
    approval.approver.setText("alice")
    approval.passphrase.setText("alice passphrase 123")
    qtbot.mouseClick(approval.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: policy.save_button.isEnabled() and controller.session.idle_seconds == 600,
                    timeout=30_000)
    entry = next(e for e in controller.session.audit_entries(limit=20) if e.action == "settings.change")
    assert entry.target == "idle_lock_seconds"
    assert entry.details["approved_by"] == "alice"

    # Cancelling the approval changes nothing and gives the button back.
    policy.idle.setValue(700)
    qtbot.mouseClick(policy.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gate.dialog is not None, timeout=10_000)
    gate.dialog.reject()
    assert policy.save_button.isEnabled()
    assert controller.session.idle_seconds == 600


def test_deploy_from_bundles_without_nodes_says_what_to_do(qtbot, make_controller, vault, tmp_path):
    trust = TrustLab(tmp_path / "publisher")
    with vault.open() as session:
        session.trust_init(trust.root_json, trust.fingerprint)
        session.import_bundle(trust.build("mistral-7b", "0.3.0"))
    _controller, window = _window(qtbot, make_controller, vault)
    window.go("bundles")
    section = window.bundles
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=10_000)
    # Nothing selected: the detail pane says what it will show.
    assert section.details.toPlainText() == ""
    assert "signers, classification, license and model card" in section.details.placeholderText()
    assert not section.deploy_button.isEnabled()
    section.table.selectRow(0)
    assert "mistral-7b" in section.details.toPlainText()
    assert section.deploy_button.isEnabled()
    dialog = section.open_deploy()
    qtbot.waitUntil(lambda: dialog.bundle.count() == 1, timeout=10_000)
    assert dialog.chosen_bundle().name == "mistral-7b"
    assert "No node is enrolled" in dialog.status.text()
    assert not dialog.go_button.isEnabled()
    assert "internal" in dialog.bundle_info.text()
    assert "least sensitive first" in dialog.levels_note.text()
    dialog.reject()


def test_media_are_watched_on_a_worker_and_new_bundles_appear(qtbot, make_controller, vault, tmp_path):
    trust = TrustLab(tmp_path / "publisher")
    medium = tmp_path / "medium"
    medium.mkdir()
    with vault.open() as session:
        session.trust_init(trust.root_json, trust.fingerprint)
        session.set_media_roots([medium])
    controller, window = _window(qtbot, make_controller, vault)
    window.go("bundles")
    panel = window.bundles.media
    assert panel.watching
    qtbot.waitUntil(lambda: controller.pool.running == 0, timeout=10_000)
    assert controller.pool.background_running == 1
    assert window.busy.text() == ""  # a watcher is not the operator's work: no "Working…"
    qtbot.waitUntil(panel.empty.isVisible, timeout=10_000)
    trust.build("arrived-later", "1.0.0", out=medium)
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=15_000)
    assert "arrived-later" in panel.list.item(0).text()
    assert panel.import_button.isEnabled()
    window.go("dashboard")
    assert not panel.watching  # stops when the page is hidden
    qtbot.waitUntil(lambda: controller.pool.background_running == 0, timeout=10_000)


def test_jobs_panes_have_headings_and_an_empty_state(qtbot, make_controller, vault):
    _controller, window = _window(qtbot, make_controller, vault)
    window.go("jobs")
    texts = [label.text() for label in window.jobs.findChildren(QLabel)]
    assert "Hosts and tasks" in texts
    assert "Log" in texts
    assert "see each host's tasks" in window.jobs.matrix_view.placeholder
    assert window.jobs.matrix_view.isVisible()  # the live matrix needs no relayout when rows arrive
    assert "No jobs yet" in window.jobs.history.placeholder  # painted inside the empty table


def test_a_session_that_locked_itself_takes_the_window_away(qtbot, make_controller, vault):
    controller, window = _window(qtbot, make_controller, vault)
    session = controller.session
    session.lock_now("idle")  # as the service does when idle past its limit
    with qtbot.waitSignal(controller.state_changed, timeout=10_000) as blocker:
        window.refresh_current()  # the dashboard's reads meet VaultLocked on a worker
    assert blocker.args == ["locked"]
    assert controller.window is None

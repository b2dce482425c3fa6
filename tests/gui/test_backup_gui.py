"""Backups in the desktop application: the dashboard's reminder, the Backups tab of Settings, and the
first-run wizard's restore, on real vaults, with screenshots of each new window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWizard

from app.core.service import open_session
from app.gui.backup_tab import BackupTab
from app.gui.backup_warning import BackupWarning
from tests.conftest import ADMIN_PASSPHRASE, REPO, Vault
from tests.gui.helpers import unlock
from tests.lab.backup_factory import flip_byte
from tests.lab.bundle_factory import TrustLab

pytestmark = pytest.mark.gui
OUT = REPO / "artifacts" / "screenshots"


def _backup_of(vault: Vault, tmp_path: Path) -> Path:
    """A vault with a pinned root and one bundle, backed up with its store; the backup's folder."""
    trust = TrustLab(tmp_path / "publisher")
    medium = tmp_path / "usb"
    medium.mkdir()
    with vault.open() as session:
        session.trust_init(trust.root_json, trust.fingerprint)
        session.import_bundle(trust.build("llm", "1.0.0"))
        return session.create_backup(medium, with_store=True).path


def _grab(qtbot, widget, name: str) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    widget.repaint()
    path = OUT / f"{name}.png"
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 5_000
    return path


def _restore_wizard(qtbot, controller):
    wizard = controller.wizard
    button = wizard.button(QWizard.WizardButton.CustomButton1)
    assert button.isVisible()
    assert button.text() == "Restore from a &backup…"
    button.click()
    restore = wizard.restore_wizard
    qtbot.waitExposed(restore)
    return wizard, restore


def _choose_and_verify(qtbot, restore, folder: Path, shots: str) -> None:
    """Choose the newest backup in `folder`, go on to its check, wait until it verified."""
    restore.choose.folder.setText(str(folder))
    restore.choose.scan()
    qtbot.waitUntil(restore.choose.isComplete, timeout=20_000)
    _grab(qtbot, restore, f"{shots}restore-1-choose")
    restore.next()
    qtbot.waitUntil(restore.verify.isComplete, timeout=30_000)
    _grab(qtbot, restore, f"{shots}restore-2-verified")


def test_first_run_restores_a_backup_verified_first_then_opened_with_an_admin_passphrase(
    qtbot, make_controller, vault, tmp_path,
):
    backup = _backup_of(vault, tmp_path)
    target = tmp_path / "new-machine"
    controller = make_controller(target)
    controller.start()
    assert controller.state == "first-run"
    wizard, restore = _restore_wizard(qtbot, controller)

    _choose_and_verify(qtbot, restore, backup.parent, "")
    assert backup.name in restore.choose.backups.item(0).text()
    assert restore.verify.status.text().startswith("The backup verifies")
    restore.next()
    assert not restore.unlock.isComplete()
    restore.unlock.passphrase.setText("not the passphrase")
    restore.next()
    qtbot.waitUntil(lambda: restore.restoring.status.text().startswith("Nothing was restored"), timeout=30_000)
    assert "Wrong passphrase" in restore.restoring.status.text()
    assert not (target / "keyslots.json").exists()
    _grab(qtbot, restore, "restore-3-refused")
    restore.back()
    _grab(qtbot, restore, "restore-3-unlock")
    restore.unlock.passphrase.setText(ADMIN_PASSPHRASE)
    restore.next()
    qtbot.waitUntil(restore.restoring.isComplete, timeout=60_000)
    _grab(qtbot, restore, "restore-4-restored")
    assert restore.unlock.passphrase.text() == ""  # not kept once used
    with qtbot.waitSignal(controller.state_changed, timeout=30_000) as blocker:
        restore.button(QWizard.WizardButton.FinishButton).click()
    assert blocker.args == ["unlocked"]
    session = controller.session
    assert session.account.name == "admin"
    entries = session.audit_entries(limit=5, newest_first=False, action="backup.restore")
    assert entries[0].details["from"] == str(backup)
    assert [b.name for b in session.list_bundles()] == ["llm"]
    assert wizard.isHidden()


def test_a_tampered_backup_is_refused_before_any_passphrase_is_asked(qtbot, make_controller, vault, tmp_path):
    backup = _backup_of(vault, tmp_path)
    flip_byte(backup / "vault" / "airlock.db.000")
    controller = make_controller(tmp_path / "new-machine")
    controller.start()
    wizard, restore = _restore_wizard(qtbot, controller)
    restore.choose.folder.setText(str(backup))
    restore.choose.scan()
    qtbot.waitUntil(restore.choose.isComplete, timeout=20_000)
    restore.next()
    qtbot.waitUntil(lambda: restore.verify.status.text().startswith("This backup cannot be restored"),
                    timeout=30_000)
    assert "vault/airlock.db.000 does not match its SHA-256" in restore.verify.status.text()
    assert not restore.verify.isComplete()
    assert not restore.button(QWizard.WizardButton.NextButton).isEnabled()
    _grab(qtbot, restore, "restore-2-tampered")
    restore.reject()
    qtbot.waitUntil(lambda: not restore.isVisible(), timeout=10_000)
    assert controller.state == "first-run"
    assert not (tmp_path / "new-machine" / "keyslots.json").exists()
    wizard.reject()


def test_the_dashboard_warns_until_a_backup_is_made_from_settings(qtbot, make_controller, vault, tmp_path):
    vault.add_account("second", "admin", "second admin passphrase")
    controller = make_controller(vault.data_dir)
    controller.start()
    unlock(qtbot, controller, account="admin")
    window = controller.window
    window.resize(1400, 860)
    window.go("dashboard")
    banner = window.dashboard.findChild(BackupWarning, "backupWarning")
    qtbot.waitUntil(banner.isVisible, timeout=20_000)
    assert banner.label.text().startswith("No backup of this appliance has been made yet")
    _grab(qtbot, window, "backup-dashboard-warning")

    window.go("settings")
    tab = window.settings.findChild(BackupTab)
    window.settings.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.last.text().startswith("No backup of this vault"), timeout=20_000)
    medium = tmp_path / "usb"
    medium.mkdir()
    tab.folder.setText(str(medium))
    tab.backup_button.click()
    qtbot.waitUntil(lambda: tab.status.text().startswith("Wrote "), timeout=60_000)
    assert not tab.running
    qtbot.waitUntil(lambda: tab.last.text().startswith("airlock-backup-"), timeout=20_000)
    _grab(qtbot, window, "backup-settings-tab")
    tab.days.setValue(0)
    tab.days_button.click()
    qtbot.waitUntil(lambda: "no longer warns" in tab.status.text(), timeout=20_000)

    window.go("dashboard")
    qtbot.waitUntil(lambda: window.ctx.pool.running == 0, timeout=20_000)
    assert not banner.isVisible()
    session = controller.session
    assert session.backup_status().warn_after_days == 0
    assert session.audit_entries(limit=1, action="backup.create")[0].outcome == "ok"

    # Under dual control, a second admin approves in the dialog the other actions use.
    session.set_dual_control({"backup.create"})
    window.go("settings")
    window.settings.tabs.setCurrentWidget(tab)
    tab.backup_button.click()
    gate = window.settings.gate
    qtbot.waitUntil(lambda: gate.dialog is not None and gate.dialog.isVisible(), timeout=20_000)
    assert str(medium) in gate.dialog.what.text()
    gate.dialog.approver.setText("second")
    gate.dialog.passphrase.setText("second admin passphrase")
    gate.dialog.approve_button.click()
    qtbot.waitUntil(lambda: tab.status.text().startswith(("Wrote ", "The backup was not made")), timeout=60_000)
    assert tab.status.text().startswith("Wrote "), tab.status.text()
    approved = session.audit_entries(limit=1, action="backup.create")[0]
    assert (approved.outcome, approved.details["approved_by"]) == ("ok", "second")
    controller.shutdown()
    with open_session(vault.data_dir, "admin", ADMIN_PASSPHRASE.encode()) as reopened:
        assert reopened.backup_status().last_medium == str(medium)


def test_screenshot_the_backup_windows_in_arabic_and_french(qtbot, make_controller, vault, prefs, tmp_path):
    """The reminder, the Backups tab and the restore wizard, right to left and in French."""
    backup = _backup_of(vault, tmp_path)
    with vault.open() as session:
        session.set_backup_warning_days(1)
        session.conn.execute("BEGIN IMMEDIATE")
        session.conn.execute("UPDATE backups SET created = '2026-01-02T03:04:05.000000Z'")  # a backup long ago
        session.conn.execute("COMMIT")
    controller = make_controller(vault.data_dir)
    controller.start()
    unlock(qtbot, controller)
    try:
        for language, reminder in (("ar", "لا نسخة احتياطية منذ"), ("fr", "Aucune sauvegarde depuis")):
            controller.set_language(language)
            window = controller.window
            window.resize(1400, 860)
            window.go("dashboard")
            banner = window.dashboard.findChild(BackupWarning, "backupWarning")
            qtbot.waitUntil(banner.isVisible, timeout=20_000)
            assert banner.label.text().startswith(reminder), banner.label.text()
            _grab(qtbot, window, f"{language}-backup-dashboard-warning")
            window.go("settings")
            tab = window.settings.findChild(BackupTab)
            window.settings.tabs.setCurrentWidget(tab)
            qtbot.waitUntil(lambda tab=tab: backup.name in tab.last.text(), timeout=20_000)
            _grab(qtbot, window, f"{language}-backup-settings-tab")
    finally:
        controller.set_language("en")
    controller.shutdown()

    prefs.set("language", "ar")
    first = make_controller(tmp_path / "new-machine")
    try:
        first.start()
        wizard = first.wizard
        assert wizard.layoutDirection().name == "RightToLeft"
        _grab(qtbot, wizard, "ar-first-run-with-restore")
        wizard.button(QWizard.WizardButton.CustomButton1).click()
        restore = wizard.restore_wizard
        _choose_and_verify(qtbot, restore, backup.parent, "ar-")
        assert restore.verify.status.text().startswith("تم التحقق من النسخة الاحتياطية")
        restore.next()
        _grab(qtbot, restore, "ar-restore-3-unlock")
        restore.reject()
        wizard.reject()
    finally:
        first.set_language("en")

"""The content store's encryption in the desktop application: its keys, rotation, the background walk."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from app.core.bundles import reseal
from app.core.service import open_session
from tests.conftest import ADMIN_PASSPHRASE
from tests.gui.helpers import unlock
from tests.lab.bundle_factory import TrustLab
from tests.lab.sealed_store import as_before_encryption, plaintext_found

pytestmark = pytest.mark.gui


def _import(vault, tmp_path) -> dict[str, bytes]:
    lab = TrustLab(tmp_path / "lab")
    files = {"README.md": b"# card\n" * 20, "weights/w.bin": bytes(range(256)) * 3000,
             "config.json": json.dumps({"layers": 2}).encode() * 4}
    with vault.open() as session:
        session.trust_init(lab.root_json, lab.fingerprint)
        session.import_bundle(lab.build("gui-model", files=files))
    return files


def _store_tab(qtbot, make_controller, vault, account="admin", passphrase=ADMIN_PASSPHRASE):
    controller = make_controller(vault.data_dir)
    controller.start()
    unlock(qtbot, controller, passphrase, account=account)
    window = controller.window
    window.go("settings")
    tab = window.settings.store
    window.settings.tabs.setCurrentWidget(tab)
    return controller, tab


def _states(tab) -> list[tuple[str, str]]:
    return [(tab.model.index(row, 0).data(), tab.model.index(row, 1).data()) for row in range(tab.model.rowCount())]


def test_rotating_the_store_key_reencrypts_in_the_background_with_progress(qtbot, make_controller, vault, tmp_path):
    files = _import(vault, tmp_path)
    controller, tab = _store_tab(qtbot, make_controller, vault)
    qtbot.waitUntil(lambda: _states(tab) == [("1", "active")], timeout=30_000)
    assert tab.rotate_button.isEnabled()
    seen: list[int] = []
    tab.bar.valueChanged.connect(seen.append)

    qtbot.mouseClick(tab.rotate_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: tab.running, timeout=30_000)  # the walk runs on a worker; the GUI thread is free
    qtbot.waitUntil(lambda: not tab.running, timeout=60_000)
    assert tab.status.text() == "Every object is encrypted under the active store key.", tab.status.text()
    qtbot.waitUntil(lambda: _states(tab) == [("1", "destroyed"), ("2", "active")], timeout=30_000)
    assert seen
    controller.shutdown()
    with open_session(vault.data_dir, "admin", ADMIN_PASSPHRASE.encode()) as session:
        assert session.check_store() == []
        actions = [e.action for e in session.audit_entries(limit=20)]
    assert "store.key.rotate" in actions
    assert "store.reseal" in actions
    assert plaintext_found(vault.data_dir, files) == []


def test_the_window_encrypts_a_store_from_before_encryption_as_it_opens(qtbot, make_controller, vault, tmp_path):
    files = _import(vault, tmp_path)
    as_before_encryption(vault)
    assert plaintext_found(vault.data_dir, files) != []

    controller, tab = _store_tab(qtbot, make_controller, vault)

    qtbot.waitUntil(lambda: tab.status.text() == "Every object is encrypted under the active store key.",
                    timeout=60_000)
    assert plaintext_found(vault.data_dir, files) == []
    qtbot.waitUntil(lambda: "In plaintext from before encryption: 0." in tab.summary.text(), timeout=30_000)
    controller.shutdown()


def test_an_operator_may_finish_but_not_rotate(qtbot, make_controller, vault, tmp_path):
    _import(vault, tmp_path)
    vault.add_account("olga", "operator", "olga passphrase 123")
    controller, tab = _store_tab(qtbot, make_controller, vault, "olga", "olga passphrase 123")
    qtbot.waitUntil(lambda: _states(tab) == [("1", "active")], timeout=30_000)
    assert not tab.rotate_button.isEnabled()
    assert not tab.finish_button.isEnabled()  # nothing waits
    controller.shutdown()


def test_the_window_says_a_backup_keeps_the_walk_out_then_finishes_after_it(qtbot, make_controller, vault, tmp_path):
    _import(vault, tmp_path)
    with open_session(vault.data_dir, "admin", ADMIN_PASSPHRASE.encode()) as session:
        session.rotate_store_key()  # its walk is left to the window as it opens
    with reseal.objects_held_still(vault.data_dir):  # a backup copying the store, in another process
        controller, tab = _store_tab(qtbot, make_controller, vault)
        qtbot.waitUntil(lambda: "A backup is copying the content store" in tab.status.text(), timeout=60_000)
    qtbot.waitUntil(tab.finish_button.isEnabled, timeout=30_000)  # what is left to re-seal, counted again
    qtbot.mouseClick(tab.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.status.text() == "Every object is encrypted under the active store key.",
                    timeout=60_000)
    controller.shutdown()

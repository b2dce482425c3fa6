"""Settings > Airlock version: the installed versions, release notes, update, restart into it.

The test process runs from the source tree, so for the installed case the one stand-in is
where Airlock finds its installation (a test installation root holding 1.0.0); the update
itself is the real one: package unpacked with dpkg-deb, links switched, and the new
version's own self-check run in a process of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from app.core.appliance import slots
from app.gui.appliance import RESTART_PROPERTY
from tests.appliance_helpers import Installation, build_app_bundle
from tests.gui.helpers import unlock
from tests.lab.bundle_factory import TrustLab

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def _window(qtbot, make_controller, vault):
    controller = make_controller(vault.data_dir)
    controller.start()
    unlock(qtbot, controller)
    controller.window.go("settings")
    tab = controller.window.settings.application
    controller.window.settings.tabs.setCurrentWidget(tab)
    return controller, tab


def _import_app(vault, tmp_path: Path, version: str) -> None:
    trust = TrustLab(tmp_path / "publisher")
    with vault.open() as session:
        session.trust_init(trust.root_json, trust.fingerprint)
        work = tmp_path / "work"
        work.mkdir()
        session.import_bundle(build_app_bundle(trust, work, version))


def test_from_a_source_tree_the_tab_says_so_and_offers_nothing(qtbot, make_controller, vault, tmp_path):
    _import_app(vault, tmp_path, "1.1.0")
    _controller, tab = _window(qtbot, make_controller, vault)
    qtbot.waitUntil(lambda: tab.bundles.count() == 1, timeout=30_000)
    assert "runs from a source tree" in tab.summary.toPlainText()
    assert tab.bundles.item(0).text() == "airlock 1.1.0 (newer)"
    assert tab.notes.toPlainText() == "* Tests."
    assert not tab.update_button.isEnabled()
    assert not tab.rollback_button.isEnabled()


def test_an_update_from_settings_installs_checks_and_restarts_into_the_new_version(
    qtbot, make_controller, vault, tmp_path, monkeypatch,
):
    installation = Installation.create(tmp_path / "opt-airlock", "1.0.0")
    monkeypatch.setattr(slots.Installation, "of_running_code", classmethod(lambda cls: cls(installation.root)))
    monkeypatch.setattr(slots.Installation, "running_version", staticmethod(lambda: "1.0.0"))
    _import_app(vault, tmp_path, "1.1.0")
    controller, tab = _window(qtbot, make_controller, vault)
    qtbot.waitUntil(tab.update_button.isEnabled, timeout=30_000)
    summary = tab.summary.toPlainText()
    assert "Installed: 1.0.0" in summary
    assert "installed from a release medium" in summary
    assert "No previous version is kept." in summary
    assert not tab.rollback_button.isEnabled()

    qtbot.mouseClick(tab.update_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "passed its self-check" in tab.state.text(), timeout=120_000)
    assert installation.linked("current") == "1.1.0"
    assert installation.linked("previous") == "1.0.0"
    app = QCoreApplication.instance()
    try:
        qtbot.waitUntil(lambda: app.property(RESTART_PROPERTY) is not None, timeout=30_000)
        assert app.property(RESTART_PROPERTY) == f"{installation.root}/current/bin/airlock"
        qtbot.waitUntil(lambda: controller.state == "closed", timeout=30_000)
    finally:
        app.setProperty(RESTART_PROPERTY, None)
    with vault.open() as session:
        actions = [(e.action, e.outcome) for e in session.audit_entries(limit=20)]
    assert ("app.update", "ok") in actions
    assert ("app.update", "started") in actions

"""Screenshots of Settings > Airlock version (issue 13): what is installed, the app bundles
on offer with their release notes, and the line a failed update leaves.

Saved to artifacts/screenshots/ (`make screenshots`) in light, dark, French and Arabic.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from app.core.appliance import slots
from tests.appliance_helpers import Installation, build_app_bundle
from tests.gui.test_screenshots import OUT, _settle
from tests.gui.test_screenshots_lifecycle import LOOKS, _unlocked, _window_shot
from tests.lab.bundle_factory import TrustLab

pytestmark = [pytest.mark.gui, pytest.mark.slow]

NOTES = """* Jobs run playbooks from imported playbooks bundles (BUNDLE/PLAYBOOK).
* The desktop application shows Airlock's own versions in Settings.
* Deployments resume a transfer cut by a pulled cable."""


def test_screenshot_the_airlock_version_tab(qtbot, make_controller, vault, tmp_path, monkeypatch):
    OUT.mkdir(parents=True, exist_ok=True)
    installation = Installation.create(tmp_path / "opt-airlock", "1.0.0")
    monkeypatch.setattr(slots.Installation, "of_running_code", classmethod(lambda cls: cls(installation.root)))
    monkeypatch.setattr(slots.Installation, "running_version", staticmethod(lambda: "1.0.0"))
    trust = TrustLab(tmp_path / "publisher")
    work = tmp_path / "work"
    work.mkdir()
    with vault.open() as session:
        session.trust_init(trust.root_json, trust.fingerprint)
        session.import_bundle(build_app_bundle(trust, work, "1.1.0", broken="desktop", notes=NOTES))
    controller = _unlocked(qtbot, make_controller, vault)
    shots: list[Path] = []
    failed = False
    for theme, language, name in LOOKS:
        controller.set_theme(theme)
        controller.set_language(language)
        window = controller.window
        window.resize(1400, 860)
        window.go("settings")
        tab = window.settings.application
        window.settings.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda tab=tab: tab.bundles.count() == 1, timeout=30_000)
        _settle(qtbot, window)
        shots.append(_window_shot(qtbot, window, OUT / f"{name}-settings-airlock-version.png"))
        if not failed:  # the real update, once: the release's desktop part is broken, so it is undone
            qtbot.mouseClick(tab.update_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda tab=tab: "Nothing changed" in tab.state.text(), timeout=120_000)
            _settle(qtbot, window)
            shots.append(_window_shot(qtbot, window, OUT / f"{name}-settings-airlock-update-undone.png"))
            assert installation.linked("current") == "1.0.0"
            failed = True
    controller.set_language("en")
    for path in shots:
        assert QImage(str(path)).width() >= 300

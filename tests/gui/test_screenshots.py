"""Screenshots of every section in the light and dark themes and in Arabic (right to left).

`make screenshots` runs this under Xvfb; it also runs offscreen. The pictures land in
artifacts/screenshots/ for a person to look at. The test checks what can be checked by
machine: every picture is non-empty, the themes differ, Arabic lays the window out from
the right and its strings are translated.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from tests.conftest import ADMIN_PASSPHRASE, REPO
from tests.lab.bundle_factory import TrustLab

pytestmark = pytest.mark.gui
OUT = REPO / "artifacts" / "screenshots"
SECTIONS = ("dashboard", "nodes", "bundles", "jobs", "audit", "settings")


def _settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.ctx.pool.running == 0, timeout=20_000)
    window.repaint()


def _shoot(qtbot, controller, name: str) -> list[Path]:
    window = controller.window
    window.resize(1400, 860)
    saved = []
    for key in SECTIONS:
        window.go(key)
        _settle(qtbot, window)
        if key == "bundles" and window.bundles.model.rowCount():
            window.bundles.table.selectRow(0)
        if key == "audit" and window.audit.model.rowCount():
            window.audit.table.selectRow(0)
        path = OUT / f"{name}-{key}.png"
        assert window.grab().save(str(path))
        saved.append(path)
    return saved


def test_screenshot_every_section_in_both_themes_and_right_to_left(qtbot, make_controller, vault, prefs, tmp_path):
    OUT.mkdir(parents=True, exist_ok=True)
    trust = TrustLab(tmp_path / "publisher")
    medium = tmp_path / "medium"
    medium.mkdir()
    with vault.open() as session:
        session.trust_init(trust.root_json, trust.fingerprint)
        session.set_media_roots([medium])
    trust.build("llama-3.1-8b-instruct", "1.2.0", out=medium)
    imported = trust.build("mistral-7b", "0.3.0")
    vault.add_account("olga", "operator")
    vault.add_account("audrey", "auditor")
    with vault.open() as session:
        session.import_bundle(imported)

    controller = make_controller(vault.data_dir)
    controller.start()
    unlock = controller.dialog
    assert unlock.grab().save(str(OUT / "light-unlock.png"))
    unlock.passphrase.setText(ADMIN_PASSPHRASE)
    with qtbot.waitSignal(controller.state_changed, timeout=30_000):
        qtbot.mouseClick(unlock.unlock_button, Qt.MouseButton.LeftButton)

    controller.set_theme("light")
    light = _shoot(qtbot, controller, "light")
    controller.set_theme("dark")
    dark = _shoot(qtbot, controller, "dark")
    assert QImage(str(light[0])).pixelColor(5, 300) != QImage(str(dark[0])).pixelColor(5, 300)

    controller.set_theme("light")
    controller.set_language("ar")
    window = controller.window
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.dashboard.title() != "Dashboard"  # translated
    rtl = _shoot(qtbot, controller, "rtl-ar")
    # The navigation list sits on the right in a right-to-left layout.
    assert window.navigation.mapTo(window, window.navigation.rect().topLeft()).x() > window.width() // 2
    controller.set_language("fr")
    assert controller.window.dashboard.title() == "Tableau de bord"
    fr = _shoot(qtbot, controller, "fr")
    controller.set_language("en")
    for path in light + dark + rtl + fr:
        image = QImage(str(path))
        assert image.width() >= 1000
        assert image.height() >= 600

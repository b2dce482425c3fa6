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
from PySide6.QtWidgets import QApplication

from app.gui.sections.base import select_row
from tests.conftest import ADMIN_PASSPHRASE, REPO
from tests.lab.bundle_factory import TrustLab
from tests.lab.node_fixtures import bootstrap_key, lab, needs_sshd  # noqa: F401 - fixtures

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
            path = OUT / f"{name}-bundles-unselected.png"
            assert window.grab().save(str(path))
            saved.append(path)
            select_row(window.bundles.table, 0)
        if key == "audit" and window.audit.model.rowCount():
            select_row(window.audit.table, 0)
        path = OUT / f"{name}-{key}.png"
        assert window.grab().save(str(path))
        saved.append(path)
    return saved


def _grab(qtbot, widget, path: Path) -> Path:
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()  # pending layout requests (a label whose text just changed)
    widget.repaint()
    assert widget.grab().save(str(path))
    return path


def _shoot_dialogs(qtbot, controller, name: str) -> list[Path]:
    """The dialogs of the new workflows that need no lab node: vault key, approval, deploy, recovery."""
    from app.gui.approval import ApprovalDialog
    from app.gui.unlock import UnlockDialog

    window = controller.window
    saved = []
    window.go("settings")
    window.settings.tabs.setCurrentWidget(window.settings.vault)
    _settle(qtbot, window)
    path = OUT / f"{name}-settings-vault.png"
    assert window.grab().save(str(path))
    saved.append(path)
    store = window.settings.store
    window.settings.tabs.setCurrentWidget(store)
    store.refresh()
    qtbot.waitUntil(lambda: store.model.rowCount() > 0, timeout=10_000)
    _settle(qtbot, window)
    path = OUT / f"{name}-settings-store.png"
    assert window.grab().save(str(path))
    saved.append(path)
    window.settings.tabs.setCurrentWidget(window.settings.policy)
    path = OUT / f"{name}-settings-policy.png"
    assert window.grab().save(str(path))
    saved.append(path)
    trust = window.settings.trust
    window.settings.tabs.setCurrentWidget(trust)
    trust.refresh()
    qtbot.waitUntil(lambda: "SHA256:" in trust.view.toPlainText(), timeout=10_000)
    shown = trust.view.toPlainText()
    assert "Signatures needed" not in shown if name.startswith(("fr", "rtl-ar")) else "Signatures needed" in shown
    _settle(qtbot, window)
    path = OUT / f"{name}-settings-trust.png"
    assert window.grab().save(str(path))
    saved.append(path)

    approval = ApprovalDialog(window.ctx.session, window.ctx.pool, "deploy.update",
                              window.tr("Deploy os-updates 2025.06 (update, internal) to 2 nodes: gpu-00, gpu-01."),
                              window)
    approval.approver.setText("olga")
    approval._problem(approval.tr("Not approved: Wrong approver name or passphrase.\nWhat to do: Check both and "
                                  "try again."))
    saved.append(_grab(qtbot, approval, OUT / f"{name}-dialog-approval.png"))
    approval.close()
    approval.deleteLater()

    window.go("bundles")
    _settle(qtbot, window)
    select_row(window.bundles.table, 0)
    deploy = window.bundles.open_deploy()
    qtbot.waitUntil(lambda: deploy.bundle.count() > 0, timeout=10_000)
    saved.append(_grab(qtbot, deploy, OUT / f"{name}-dialog-deploy-no-nodes.png"))
    deploy.reject()

    unlock = UnlockDialog(controller.data_dir, window.ctx.pool, "admin")
    unlock.pages.setCurrentWidget(unlock.reset)
    unlock.reset.set_accounts(["admin", "olga"], "admin")
    saved.append(_grab(qtbot, unlock, OUT / f"{name}-dialog-recovery-passphrase.png"))
    unlock.pages.setCurrentIndex(0)
    unlock.use_recovery.setChecked(True)
    saved.append(_grab(qtbot, unlock, OUT / f"{name}-dialog-unlock-recovery.png"))
    unlock.hide()
    unlock.deleteLater()
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
    light += _shoot_dialogs(qtbot, controller, "light")
    controller.set_theme("dark")
    dark = _shoot(qtbot, controller, "dark")
    dark += _shoot_dialogs(qtbot, controller, "dark")
    assert QImage(str(light[0])).pixelColor(5, 300) != QImage(str(dark[0])).pixelColor(5, 300)

    controller.set_theme("light")
    controller.set_language("ar")
    window = controller.window
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.dashboard.title() != "Dashboard"  # translated
    rtl = _shoot(qtbot, controller, "rtl-ar")
    # The navigation list sits on the right in a right-to-left layout.
    assert window.navigation.mapTo(window, window.navigation.rect().topLeft()).x() > window.width() // 2
    # ...and the bundle table's outer edge is inside its splitter, not cut off next to the navigation.
    window.go("bundles")
    left = window.bundles.table.parentWidget()
    splitter = left.parentWidget()
    assert left.geometry().right() <= splitter.contentsRect().right()
    rtl += _shoot_dialogs(qtbot, controller, "rtl-ar")
    controller.set_language("fr")
    assert controller.window.dashboard.title() == "Tableau de bord"
    fr = _shoot(qtbot, controller, "fr")
    fr += _shoot_dialogs(qtbot, controller, "fr")
    controller.set_language("en")
    for path in light + dark + rtl + fr:
        image = QImage(str(path))
        assert image.width() >= 400
        assert image.height() >= 200


def _lab_dialogs(qtbot, controller, name: str) -> list[Path]:
    """Node detail with deployments, and the deploy (refused), rollback, re-pin, remove and approval dialogs."""
    window = controller.window
    window.resize(1400, 860)
    window.go("dashboard")
    _settle(qtbot, window)
    saved = [OUT / f"{name}-dashboard-fleet.png"]
    assert window.grab().save(str(saved[-1]))
    window.go("jobs")
    history = window.jobs.history_model
    qtbot.waitUntil(lambda: history.rowCount() >= 2, timeout=10_000)  # facts, health and the deployments' jobs
    select_row(window.jobs.history, 0)  # the newest: its matrix and log fill the right side
    qtbot.waitUntil(lambda: window.jobs.log.rowCount() > 0, timeout=10_000)
    successful = {"rtl-ar": "ناجحة", "fr": "réussie"}.get(name, "successful")
    assert {history.index(row, 3).data() for row in range(history.rowCount())} == {successful}
    assert successful in window.jobs.state.text()
    _settle(qtbot, window)
    saved.append(OUT / f"{name}-jobs-history.png")
    assert window.grab().save(str(saved[-1]))
    window.go("nodes")
    nodes = window.nodes
    _settle(qtbot, window)
    select_row(nodes.table, 0)  # gpu-00, the H200
    qtbot.waitUntil(lambda: nodes.detail.node is not None and nodes.detail.node["name"] == "gpu-00", timeout=10_000)
    nodes.detail.setCurrentWidget(nodes.detail.overview)
    _settle(qtbot, window)
    saved.append(OUT / f"{name}-nodes-overview.png")
    assert window.grab().save(str(saved[-1]))
    nodes.detail.setCurrentWidget(nodes.detail.gpus)
    _settle(qtbot, window)
    saved.append(OUT / f"{name}-nodes-gpus.png")
    assert window.grab().save(str(saved[-1]))
    select_row(nodes.table, 1)  # gpu-01, cleared for secret, with llm 2.0.0 over 1.0.0
    qtbot.waitUntil(lambda: nodes.detail.node is not None and nodes.detail.node["name"] == "gpu-01", timeout=10_000)
    # The verdicts are in the operator's language, in the table and in the detail.
    enrolled, unhealthy, ecc = {
        "rtl-ar": ("مسجّلة", "معطل", "خطأ ECC واحد غير قابل للتصحيح منذ تحميل المشغل"),
        "fr": ("enrôlé", "défaillant", "1 erreur ECC non corrigible depuis le chargement du pilote"),
    }.get(name, ("enrolled", "unhealthy", "1 uncorrectable ECC error since the driver loaded"))
    cells = [nodes.model.data(nodes.model.index(1, column)) for column in range(nodes.model.columnCount())]
    assert enrolled in cells
    assert unhealthy in cells
    latest = nodes.detail.health.latest.text()
    assert unhealthy in latest
    assert ecc in latest  # the core's reason, translated
    nodes.detail.setCurrentWidget(nodes.detail.health)
    _settle(qtbot, window)
    saved.append(OUT / f"{name}-nodes-health.png")
    assert window.grab().save(str(saved[-1]))
    nodes.detail.setCurrentWidget(nodes.detail.deployments)
    _settle(qtbot, window)
    saved.append(OUT / f"{name}-nodes-deployments.png")
    assert window.grab().save(str(saved[-1]))

    qtbot.mouseClick(nodes.detail.deployments.rollback_button, Qt.MouseButton.LeftButton)
    saved.append(_grab(qtbot, nodes.dialog, OUT / f"{name}-dialog-rollback.png"))
    nodes.dialog.reject()

    nodes.table.selectAll()
    dialog = nodes.open_deploy("llm@2.0.0")
    qtbot.waitUntil(lambda: dialog.model.total() == 2 and dialog.bundle.count() == 2, timeout=10_000)
    assert dialog.model.index(0, 2).data() == enrolled  # the nodes' state, as in the node table
    saved.append(_grab(qtbot, dialog, OUT / f"{name}-dialog-deploy-placement.png"))
    with qtbot.waitSignal(dialog.ended, timeout=30_000):
        dialog.deploy()
    saved.append(_grab(qtbot, dialog, OUT / f"{name}-dialog-deploy-refused.png"))
    dialog.reject()

    select_row(nodes.table, 0)
    repin = nodes.open_repin()
    repin.fingerprint.setText("SHA256:" + "A" * 43)
    repin.confirm.setText("SHA256:" + "B" * 43)
    saved.append(_grab(qtbot, repin, OUT / f"{name}-dialog-repin.png"))
    repin.reject()

    remove = nodes.open_remove()
    saved.append(_grab(qtbot, remove, OUT / f"{name}-dialog-remove.png"))
    remove.remove()
    qtbot.waitUntil(lambda: remove.gate.dialog is not None, timeout=10_000)
    saved.append(_grab(qtbot, remove.gate.dialog, OUT / f"{name}-dialog-approval-remove.png"))
    remove.gate.dialog.reject()
    remove.reject()
    return saved


@pytest.mark.lab
@pytest.mark.slow
@needs_sshd
def test_screenshot_deploy_repin_remove_dialogs_with_lab_nodes(
        qtbot, make_controller, vault, trusted_lab, tmp_path, lab, bootstrap_key):  # noqa: F811 - fixtures
    from tests.gui.helpers import import_model
    from tests.lab.node_fixtures import enroll_with_clearances

    OUT.mkdir(parents=True, exist_ok=True)
    # gpu-00 answers with the H200 recorded on a real machine; gpu-01 with a T4 with ECC errors.
    made = lab(["h200", "t4-ecc-retired"])
    enroll_with_clearances(vault, made, bootstrap_key, ["internal", "secret"])
    with vault.open() as session:
        for playbook in ("facts", "health"):
            job = session.run_playbook(playbook)
            assert job["status"] == "successful", job
    import_model(vault, trusted_lab, tmp_path, "1.0.0", "confidential")
    import_model(vault, trusted_lab, tmp_path, "2.0.0", "confidential")
    vault.add_account("olga", "operator")
    with vault.open() as session:
        session.deploy("llm@1.0.0", "gpu-01")
        session.deploy("llm@2.0.0", "gpu-01")
        session.set_dual_control({"node.remove", "deploy.update"})
    controller = make_controller(vault.data_dir)
    controller.start()
    controller.dialog.passphrase.setText(ADMIN_PASSPHRASE)
    with qtbot.waitSignal(controller.state_changed, timeout=30_000):
        qtbot.mouseClick(controller.dialog.unlock_button, Qt.MouseButton.LeftButton)
    shots = []
    for theme, language, name in (("light", "en", "light"), ("dark", "en", "dark"), ("light", "ar", "rtl-ar"),
                                  ("light", "fr", "fr")):
        controller.set_theme(theme)
        controller.set_language(language)
        shots += _lab_dialogs(qtbot, controller, name)
    controller.set_language("en")
    for path in shots:
        assert QImage(str(path)).width() >= 400

"""Relays in the desktop application, against a real relay (a Debian root running the relay program).

The Nodes section shows each node's path and opens the relays dialog; an admin adds a relay
(the pattern previewed as it is typed, the relay asked what it runs) and removes it. The
pictures of the dialogs go to artifacts/screenshots/ with the others, in English and Arabic.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from app.core.ssh import Bootstrap
from tests.conftest import ADMIN_PASSPHRASE, REPO
from tests.lab.bundle_factory import TrustLab
from tests.lab.node_fixtures import bootstrap_key  # noqa: F401 - fixture
from tests.lab.offline_repo import update_bundle
from tests.lab.relay_lab import relay_lab_available, relay_wheelhouse, start_relay_lab
from tests.lab.rootfs import MISSING_REASON

pytestmark = [pytest.mark.gui, pytest.mark.lab, pytest.mark.slow, pytest.mark.timeout(1200),
              pytest.mark.skipif(not relay_lab_available(), reason=MISSING_REASON)]
OUT = REPO / "artifacts" / "screenshots"


def _shoot(qtbot, widget, name: str) -> Path:
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    widget.repaint()
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def _open_relays(qtbot, window):
    """Click the Nodes section's Relays… button; the dialog it opens."""
    window.go("nodes")
    button = window.nodes.findChild(QPushButton, "relaysButton")
    assert button is not None
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return window.nodes.dialog


def test_an_admin_adds_and_removes_a_relay_and_sees_each_nodes_path(
        qtbot, make_controller, vault, tmp_path, bootstrap_key):  # noqa: F811 - fixture
    lab = start_relay_lab(tmp_path / "lab", [["t4"]])
    try:
        rack = lab.racks[0]
        relay, node = rack.relay, rack.nodes[0]
        trust = TrustLab(tmp_path / "publisher")
        bundle = update_bundle(trust, relay_wheelhouse(), "airlock-relay", "1.0.0", classification="unclassified")
        relay.authorize(bootstrap_key.public_line)
        lab.nodes.authorize(node, bootstrap_key.public_line)
        with vault.open() as session:
            session.trust_init(trust.root_json, trust.fingerprint)
            session.import_bundle(bundle)
            session.enroll_node(relay.name, relay.address, relay.user, Bootstrap(key_path=bootstrap_key.private),
                                fingerprint=relay.host_key_fingerprint())
            session.deploy("airlock-relay", relay.name, playbook="relay")

        controller = make_controller(vault.data_dir)
        controller.start()
        controller.dialog.passphrase.setText(ADMIN_PASSPHRASE)
        with qtbot.waitSignal(controller.state_changed, timeout=30_000):
            qtbot.mouseClick(controller.dialog.unlock_button, Qt.MouseButton.LeftButton)
        window = controller.window
        window.resize(1400, 860)
        window.go("nodes")
        nodes = window.nodes
        qtbot.waitUntil(lambda: nodes.model.total() == 1, timeout=20_000)
        dialog = _open_relays(qtbot, window)
        qtbot.waitUntil(lambda: dialog.empty.isVisible() and not dialog.busy.isVisible(), timeout=20_000)
        assert dialog.empty.text() == "No relays. Every node is reached directly."
        assert not dialog.remove_button.isEnabled()

        add = dialog.open_add()
        qtbot.waitUntil(lambda: add.node.count() == 1, timeout=20_000)
        assert add.node.currentText() == relay.name
        add.serves.setText("all")
        qtbot.waitUntil(lambda: "cannot serve every node" in add.preview.text(), timeout=10_000)
        assert not add.add_button.isEnabled()
        add.serves.setText("rack=r0")
        qtbot.waitUntil(lambda: add.preview.text().startswith("Selects no node yet"), timeout=10_000)
        assert add.add_button.isEnabled()
        _shoot(qtbot, add, "light-relay-add")
        with qtbot.waitSignal(add.added, timeout=120_000):
            qtbot.mouseClick(add.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1 and not dialog.busy.isVisible(), timeout=20_000)
        assert dialog.table.item(0, 0).text() == relay.name
        assert dialog.table.item(0, 4).text() == "none yet"
        assert "ansible-runner 2.4.3" in dialog.table.item(0, 5).text()

        # A node enrolled with the relay's label is enrolled, and reached, through it.
        controller.session.enroll_node(node.name, node.address, node.user, Bootstrap(key_path=bootstrap_key.private),
                                       port=node.port, fingerprint=node.host_key_fingerprint(), labels=["rack=r0"],
                                       variables=[f"{k}={v}" for k, v in node.variables.items()])
        dialog.load()
        qtbot.waitUntil(lambda: dialog.table.item(0, 4) is not None
                        and dialog.table.item(0, 4).text() == f"1: {node.name}", timeout=20_000)
        _shoot(qtbot, dialog, "light-relays")
        nodes.refresh()
        qtbot.waitUntil(lambda: nodes.model.total() == 2, timeout=20_000)
        paths = {nodes.model.record(row)["name"]: nodes.model.data(nodes.model.index(row, 3))
                 for row in range(nodes.model.rowCount())}
        assert paths == {relay.name: "direct", node.name: f"relay {relay.name}"}
        _shoot(qtbot, window, "light-nodes-paths")

        dialog.reject()
        controller.set_language("ar")  # the window is built again, in Arabic
        try:
            dialog = _open_relays(qtbot, controller.window)
            qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20_000)
            assert dialog.windowTitle() == "المُرحِّلات"
            _shoot(qtbot, dialog, "rtl-ar-relays")
            _shoot(qtbot, controller.window, "rtl-ar-nodes-paths")
            dialog.reject()
        finally:
            controller.set_language("en")

        dialog = _open_relays(qtbot, controller.window)
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20_000)
        dialog.table.selectRow(0)
        assert dialog.remove_button.isEnabled()
        remove = dialog.open_remove()
        with qtbot.waitSignal(remove.removed, timeout=30_000):
            qtbot.mouseClick(remove.remove_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.empty.isVisible, timeout=20_000)
        assert controller.session.list_relays() == []
        audit = [e.action for e in controller.session.audit_entries(limit=30)]
        assert "relay.add" in audit
        assert "relay.remove" in audit
        dialog.reject()
    finally:
        lab.stop()

"""Enrolment and jobs through the GUI against real lab nodes (real sshd, real ansible-runner)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.conftest import ADMIN_PASSPHRASE
from tests.gui.helpers import import_model
from tests.lab.node_fixtures import bootstrap_key, enroll_with_clearances, lab, needs_sshd  # noqa: F401 - fixtures

pytestmark = [pytest.mark.gui, pytest.mark.lab, pytest.mark.slow, needs_sshd]


def _unlocked_window(qtbot, make_controller, vault):
    controller = make_controller(vault.data_dir)
    controller.start()
    controller.dialog.passphrase.setText(ADMIN_PASSPHRASE)
    with qtbot.waitSignal(controller.state_changed, timeout=30_000):
        qtbot.mouseClick(controller.dialog.unlock_button, Qt.MouseButton.LeftButton)
    return controller, controller.window


def _enrol(qtbot, window, node, key, *, trust: bool):
    window.go("nodes")
    window.nodes.open_enrol()
    dialog = window.nodes.dialog
    dialog.name.setText(node.name)
    dialog.address.setText(node.address)
    dialog.port.setValue(node.port)
    dialog.user.setText(node.user)
    dialog.key_path.setText(str(key.private))
    dialog.variables.setText(" ".join(f"{k}={v}" for k, v in node.variables.items()))
    dialog.start()
    qtbot.waitUntil(dialog.fingerprint_box.isVisible, timeout=30_000)
    shown = dialog.fingerprint.text()
    if trust:
        with qtbot.waitSignal(dialog.enrolled, timeout=60_000):
            qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(dialog.reject_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.status.text().startswith("Not enrolled"), timeout=30_000)
    return dialog, shown


def test_enrol_shows_the_host_key_for_confirmation_then_job_runs_live_and_cancels(
        qtbot, make_controller, vault, lab, bootstrap_key):  # noqa: F811 - fixtures
    started = lab(["t4"])
    node = started.nodes[0]
    started.authorize(node, bootstrap_key.public_line)
    controller, window = _unlocked_window(qtbot, make_controller, vault)

    # Refusing the key enrols nothing.
    dialog, shown = _enrol(qtbot, window, node, bootstrap_key, trust=False)
    assert shown == node.host_key_fingerprint()
    assert "What to do" in dialog.status.text()
    dialog.reject()
    assert controller.session.list_nodes() == []

    _dialog, shown = _enrol(qtbot, window, node, bootstrap_key, trust=True)
    assert shown == node.host_key_fingerprint()
    qtbot.waitUntil(lambda: window.nodes.model.rowCount() == 1, timeout=10_000)
    assert window.nodes.model.record(0)["fingerprint"] == node.host_key_fingerprint()

    # A job with live updates: the matrix and the log fill while it runs.
    window.nodes.table.selectRow(0)
    window.go("jobs")
    jobs = window.jobs
    qtbot.waitUntil(lambda: jobs.playbook.findText("facts") >= 0, timeout=10_000)
    jobs.playbook.setCurrentText("facts")
    assert jobs.selection.text() == node.name
    with qtbot.waitSignal(jobs.job_finished, timeout=180_000) as blocker:
        qtbot.mouseClick(jobs.run_button, Qt.MouseButton.LeftButton)
    job = blocker.args[0]
    assert job["status"] == "successful", job
    assert jobs.matrix.hosts() == [node.name]
    assert jobs.matrix.columnCount() >= 1
    assert jobs.log.rowCount() == len(job["results"])
    assert not jobs.batcher.active

    # Cancel: the run stops, the GUI says so and the job is recorded as canceled.
    jobs.playbook.setCurrentText("health")
    qtbot.mouseClick(jobs.run_button, Qt.MouseButton.LeftButton)
    assert jobs.cancel_button.isEnabled()
    qtbot.mouseClick(jobs.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not jobs.running, timeout=120_000)
    assert "canceled" in jobs.state.text().lower() or "cancelled" in jobs.state.text().lower()
    latest = controller.session.list_jobs(limit=1)[0]
    assert latest["status"] == "canceled"


# -- deploy, roll back, re-pin and remove through the GUI -----------------------------------------------


def _select_nodes(qtbot, nodes_section, names):
    qtbot.waitUntil(lambda: nodes_section.model.total() >= len(names), timeout=10_000)
    nodes_section.table.clearSelection()
    for row in range(nodes_section.model.rowCount()):
        if nodes_section.model.record(row)["name"] in names:
            nodes_section.table.selectionModel().select(
                nodes_section.model.index(row, 0),
                nodes_section.table.selectionModel().SelectionFlag.Select
                | nodes_section.table.selectionModel().SelectionFlag.Rows)


def _deploy_dialog(qtbot, window, bundle):
    dialog = window.nodes.open_deploy(bundle)
    qtbot.waitUntil(lambda: dialog.bundle.count() > 0 and dialog.model.total() > 0, timeout=10_000)
    return dialog


def _models_dir(node):
    return node.home / "airlock" / "models" / "llm"


def test_deploy_refused_by_policy_then_deployed_shown_on_the_node_and_rolled_back(
        qtbot, make_controller, vault, trusted_lab, tmp_path, lab, bootstrap_key):  # noqa: F811 - fixtures
    made = lab(["t4", "t4"])
    enroll_with_clearances(vault, made, bootstrap_key, ["internal", "secret"])
    import_model(vault, trusted_lab, tmp_path, "1.0.0", "confidential")
    import_model(vault, trusted_lab, tmp_path, "2.0.0", "confidential")
    controller, window = _unlocked_window(qtbot, make_controller, vault)
    window.go("nodes")
    nodes = window.nodes
    _select_nodes(qtbot, nodes, {"gpu-00", "gpu-01"})
    assert nodes.deploy_action.isEnabled()

    # Placement is shown before anything is sent: gpu-00 is cleared only for internal.
    dialog = _deploy_dialog(qtbot, window, "llm@1.0.0")
    assert dialog.chosen_bundle().version == "1.0.0"
    assert dialog.selected_names() == ["gpu-00", "gpu-01"]
    verdicts = {dialog.model.record(r)["name"]: dialog.model.index(r, 4).data() for r in range(dialog.model.rowCount())}
    assert verdicts["gpu-01"] == "allowed"
    assert "internal" in verdicts["gpu-00"]
    assert "confidential" in verdicts["gpu-00"]
    assert dialog.count.text() == "2 nodes selected · 1 node refused by policy"

    # Deploying anyway: the service refuses, the dialog lists the node and the levels, nothing is sent.
    with qtbot.waitSignal(dialog.ended, timeout=30_000) as blocker:
        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [False]
    assert dialog.placement.isVisible()
    refusal = dialog.placement.text()
    assert "gpu-00" in refusal
    assert "internal" in refusal
    assert "confidential" in refusal
    assert "nothing was sent" in refusal.lower()
    assert "gpu-01" not in refusal.split("<table")[1]
    assert not any((node.home / "airlock" / "models").exists() for node in made.nodes)
    assert controller.session.deployments() == []

    # Cancel while it runs: the dialog says so, and the node is not recorded as switched.
    dialog.select_nodes(["gpu-01"])
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.running, timeout=10_000)
    assert dialog.cancel_button.text() == "Cancel"
    with qtbot.waitSignal(dialog.ended, timeout=180_000) as blocker:
        dialog.reject()  # Esc or Cancel while running: cancel, not close
    assert blocker.args == [False]
    assert dialog.isVisible()
    assert "cancel" in dialog.status.text().lower(), dialog.status.text()
    assert controller.session.deployments() == []

    # The node cleared for secret takes it: progress, then the result.
    assert dialog.go_button.isEnabled()
    with qtbot.waitSignal(dialog.ended, timeout=180_000) as blocker:
        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [True], dialog.status.text()
    assert "Switched over: gpu-01" in dialog.status.text()
    assert (_models_dir(made.nodes[1]) / "current").readlink().name == "1.0.0"
    dialog.reject()

    # The node detail shows the deployment; a second version, then a rollback from there.
    _select_nodes(qtbot, nodes, {"gpu-01"})
    pane = nodes.detail.deployments
    # Earlier reads of gpu-00 (its selection, the refresh after the deploy) may end after
    # this one: the detail still shows the node selected now.
    qtbot.waitUntil(lambda: pane.table.rowCount() == 1 and pane.names() == ["llm"], timeout=10_000)
    assert nodes.detail.node["name"] == "gpu-01"
    assert pane.table.item(0, 1).text() == "1.0.0"
    assert not pane.rollback_button.isEnabled()  # nothing deployed before it
    dialog = _deploy_dialog(qtbot, window, "llm@2.0.0")
    assert dialog.selected_names() == ["gpu-01"]
    with qtbot.waitSignal(dialog.ended, timeout=180_000) as blocker:
        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [True], dialog.status.text()
    dialog.reject()
    qtbot.waitUntil(lambda: pane.table.rowCount() == 1 and pane.table.item(0, 1).text() == "2.0.0", timeout=10_000)
    assert pane.table.item(0, 4).text() == "1.0.0"
    assert pane.rollback_button.isEnabled()
    qtbot.mouseClick(pane.rollback_button, Qt.MouseButton.LeftButton)
    rollback = nodes.dialog
    assert "gpu-01: 2.0.0 → back to 1.0.0" in rollback.plan.text()
    with qtbot.waitSignal(rollback.ended, timeout=180_000) as blocker:
        qtbot.mouseClick(rollback.go_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [True], rollback.status.text()
    rollback.reject()
    qtbot.waitUntil(lambda: pane.table.rowCount() == 1 and pane.table.item(0, 1).text() == "1.0.0", timeout=10_000)
    assert (_models_dir(made.nodes[1]) / "current").readlink().name == "1.0.0"
    kinds = [d["kind"] for d in controller.session.deployments("gpu-01", history=True)]
    assert kinds == ["rollback", "deploy", "deploy"]


def test_repin_typed_twice_and_remove_under_dual_control(
        qtbot, make_controller, vault, lab, bootstrap_key):  # noqa: F811 - fixtures
    made = lab(["t4"])
    node = made.nodes[0]
    enroll_with_clearances(vault, made, bootstrap_key, ["internal"])
    vault.add_account("olga", "operator")
    with vault.open() as session:
        session.set_dual_control({"node.remove"})
    controller, window = _unlocked_window(qtbot, make_controller, vault)
    window.go("nodes")
    nodes = window.nodes
    _select_nodes(qtbot, nodes, {node.name})
    assert nodes.repin_action.isEnabled()
    assert nodes.remove_action.isEnabled()
    # Reading the list again (as after any change) keeps the operator's selection.
    with qtbot.waitSignal(nodes.model.modelReset, timeout=10_000):
        nodes.refresh()
    assert nodes.selected_names() == [node.name]
    assert nodes.remove_action.isEnabled()

    # Re-pin: the two typed fingerprints must agree, and the node must offer that key.
    dialog = nodes.open_repin()
    dialog.fingerprint.setText("SHA256:" + "A" * 43)
    dialog.confirm.setText("SHA256:" + "B" * 43)
    assert not dialog.repin_button.isEnabled()
    assert "differ" in dialog.status.text()
    dialog.confirm.setText("SHA256:" + "A" * 43)
    assert dialog.repin_button.isEnabled()
    qtbot.mouseClick(dialog.repin_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Not re-pinned"), timeout=30_000)
    assert node.host_key_fingerprint() in dialog.status.text()
    assert "What to do" in dialog.status.text()
    node.regenerate_host_key()
    fresh = node.host_key_fingerprint()
    dialog.fingerprint.setText(fresh)
    dialog.confirm.setText(fresh)
    with qtbot.waitSignal(dialog.repinned, timeout=30_000):
        qtbot.mouseClick(dialog.repin_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: nodes.model.rowCount() == 1 and nodes.model.record(0)["fingerprint"] == fresh,
                    timeout=10_000)

    # Remove: confirmed, then approved by a second account (a wrong passphrase first).
    _select_nodes(qtbot, nodes, {node.name})
    dialog = nodes.open_remove()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.gate.dialog is not None, timeout=10_000)
    approval = dialog.gate.dialog
    assert approval.what.text() == f"Remove the node {node.name}."
    approval.approver.setText("olga")
    approval.passphrase.setText("not olga's passphrase")
    qtbot.mouseClick(approval.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(approval.message.isVisible, timeout=30_000)
    assert approval.message.text().startswith("Not approved")
    assert controller.session.list_nodes() != []
    approval.passphrase.setText("olga passphrase 123")
    with qtbot.waitSignal(dialog.removed, timeout=30_000):
        qtbot.mouseClick(approval.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: nodes.model.total() == 0, timeout=10_000)
    removed = [e for e in controller.session.audit_entries(limit=20) if e.action == "node.remove"]
    assert removed[0].outcome == "ok"
    assert removed[0].details["approved_by"] == "olga"

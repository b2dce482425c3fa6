"""Enrolment and jobs through the GUI against real lab nodes (real sshd, real ansible-runner)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.conftest import ADMIN_PASSPHRASE
from tests.lab.node_fixtures import bootstrap_key, lab, needs_sshd  # noqa: F401 - fixtures

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

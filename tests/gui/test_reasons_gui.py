"""Reasons on record in the desktop application: asked in the action's own dialog, required by
an admin in Settings, refused (audited) when left out, recorded when given."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.gui.helpers import main_window
from tests.integration.test_ops_service import _add_nodes

pytestmark = pytest.mark.gui


def _entries(session, action):
    with session.lock:
        return session.audit_entries(limit=None, action=action)


def _check(tab, *actions):
    for row in range(tab.actions.count()):
        item = tab.actions.item(row)
        if item.text() in actions:
            item.setCheckState(Qt.CheckState.Checked)


def test_admin_requires_a_reason_and_a_dialog_without_one_is_refused(qtbot, make_controller, vault):
    controller, window = main_window(qtbot, make_controller, vault)
    session = controller.session
    window.go("settings")
    settings = window.settings
    tab = settings.reasons
    qtbot.waitUntil(lambda: tab.loaded is not None, timeout=10_000)
    _check(tab, "settings.change", "job.run")
    tab.reason.edit.setText("CHG-501 reasons for policy and jobs")
    tab.save()
    qtbot.waitUntil(lambda: "2 actions need a reason" in tab.status.text(), timeout=10_000)
    assert session.required_reasons() == {"settings.change", "job.run"}
    assert _entries(session, "settings.change")[0].details["reason"] == "CHG-501 reasons for policy and jobs"

    # The policy tab's own Reason field now says it is required ...
    policy = settings.policy
    settings.tabs.setCurrentWidget(policy)
    qtbot.waitUntil(lambda: policy.reason.required, timeout=10_000)
    assert policy.reason.label.text() == "&Reason (required):"
    # ... and saving without one is refused before anything changes, and audited.
    policy.idle.setValue(123)
    policy.save()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorBox") is not None, timeout=10_000)
    box = window.findChild(QMessageBox, "errorBox")
    assert "settings.change needs a reason on record" in box.text()
    assert "Reason field" in box.informativeText()
    box.close()
    qtbot.waitUntil(lambda: policy.reason.note.property("state") == "bad", timeout=10_000)
    assert "Type a reason here" in policy.reason.note.text()
    assert session.get_setting("idle_lock_seconds", "") != "123"
    refused = _entries(session, "settings.change")[0]
    assert (refused.outcome, refused.details["missing"]) == ("refused", "reason")

    policy.reason.edit.setText("INC-77 operators leave the desk open")
    policy.save()
    qtbot.waitUntil(lambda: session.get_setting("idle_lock_seconds", "") == "123", timeout=10_000)
    saved = _entries(session, "settings.change")[0]
    assert (saved.outcome, saved.target, saved.details["reason"]) == (
        "ok", "idle_lock_seconds", "INC-77 operators leave the desk open")


def test_a_job_without_a_required_reason_never_starts(qtbot, make_controller, vault):
    with vault.open() as session:
        _add_nodes(session, "gpu-01")  # a request that is understood: only the reason is missing
        session.set_required_reasons({"job.run"})
    controller, window = main_window(qtbot, make_controller, vault)
    window.go("jobs")
    jobs = window.jobs
    qtbot.waitUntil(lambda: jobs.playbook.count() > 0 and jobs.reason.required, timeout=10_000)
    jobs.playbook.setCurrentText("facts")
    jobs.launch()
    qtbot.waitUntil(lambda: not jobs.running, timeout=30_000)
    assert "job.run needs a reason on record" in jobs.state.text()
    qtbot.waitUntil(lambda: jobs.reason.note.property("state") == "bad", timeout=10_000)
    session = controller.session
    with session.lock:
        assert session.list_jobs() == []
    assert _entries(session, "job.run")[0].details["missing"] == "reason"

    jobs.reason.edit.setText("CHG-9 inventory refresh")
    jobs.launch()  # it runs now (the node is not there, so it fails), with the reason on record
    qtbot.waitUntil(lambda: not jobs.running, timeout=60_000)
    [started] = _entries(session, "job.start")
    assert started.details["reason"] == "CHG-9 inventory refresh"

"""The GUI's ways into a job refuse template syntax as the CLI does: the Variables field of
a run, and the Labels and Variables fields of enrolment. Nothing runs, nothing is written on
the appliance, and the refusal is in the audit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.helpers import unlock
from tests.unit.test_ansible_values import FORMS

pytestmark = pytest.mark.gui


def _window(qtbot, make_controller, vault):
    controller = make_controller(vault.data_dir)
    controller.start()
    unlock(qtbot, controller)
    return controller, controller.window


def _refusals(controller, action):
    return [e for e in controller.session.audit_entries(limit=None, action=action) if e.outcome == "refused"]


def test_the_run_variables_field_refuses_every_template_form(qtbot, make_controller, vault, tmp_path):
    controller, window = _window(qtbot, make_controller, vault)
    window.go("jobs")
    jobs = window.jobs
    qtbot.waitUntil(lambda: jobs.playbook.findText("facts") >= 0, timeout=10_000)
    jobs.playbook.setCurrentText("facts")
    mark = tmp_path / "pwned"
    for number, text in enumerate(FORMS.values(), 1):
        value = text.replace("FILE", str(mark)).replace('"', '\\"')
        jobs.extravars.setText(f'airlock_root=/srv/x airlock_nvidia_smi="{value}"')
        qtbot.mouseClick(jobs.run_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not jobs.running, timeout=10_000)
        assert "holds template syntax" in jobs.state.text()
        assert "'airlock_nvidia_smi'" in jobs.state.text()
        assert len(_refusals(controller, "job.run")) == number
    assert not mark.exists()
    assert controller.session.list_jobs() == []

    jobs.extravars.setText('airlock_x="unclosed')
    qtbot.mouseClick(jobs.run_button, Qt.MouseButton.LeftButton)
    assert "quotation mark is not closed" in jobs.state.text()


def test_enrolment_fields_refuse_templates_before_any_connection(qtbot, make_controller, vault, tmp_path):
    controller, window = _window(qtbot, make_controller, vault)
    window.go("nodes")
    window.nodes.open_enrol()
    dialog = window.nodes.dialog
    dialog.name.setText("gpu-x")
    dialog.address.setText("192.0.2.1")  # TEST-NET: a connection would hang, not answer
    dialog.user.setText("airlock")
    dialog.key_path.setText(str(tmp_path / "unused-key"))
    cases = [("labels", "site={{lookup('pipe','id')}}", "Label 'site'"),
             ("variables", "airlock_root={%raw%}x{%endraw%}", "Node variable 'airlock_root'")]
    for number, (field, text, named) in enumerate(cases, 1):
        dialog.labels.setText("")
        dialog.variables.setText("")
        getattr(dialog, field).setText(text)
        dialog.status.setText("")
        dialog.start()
        qtbot.waitUntil(lambda: dialog.status.text().startswith("Not enrolled"), timeout=10_000)
        assert named in dialog.status.text()
        assert "holds template syntax" in dialog.status.text()
        assert len(_refusals(controller, "node.enroll")) == number
    assert controller.session.list_nodes() == []
    dialog.reject()

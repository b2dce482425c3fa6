"""Take-away output from the Jobs section: saved on a worker, whole, with the reason on record."""

from __future__ import annotations

import hashlib

import pytest

from app.gui.job_output import SaveOutputDialog
from tests.gui.helpers import main_window
from tests.integration.test_ops_service import _add_nodes

pytestmark = pytest.mark.gui


def test_the_jobs_section_saves_a_jobs_output_on_a_worker(qtbot, make_controller, vault, tmp_path):
    with vault.open() as session:
        _add_nodes(session, "gpu-01")  # not there: Ansible runs and says so, and that is the output
        job = session.run_playbook("facts")
        info = session.job_output_info(job["id"])
    assert info["text"]["bytes"] > 0
    controller, window = main_window(qtbot, make_controller, vault)
    window.go("jobs")
    button = window.jobs.save_output
    button.show_job(job["id"])
    assert button.isEnabled()
    dialog = button.open_dialog()
    assert isinstance(dialog, SaveOutputDialog)
    qtbot.waitUntil(lambda: "Stored with job" in dialog.info.text(), timeout=10_000)
    out = tmp_path / "job.txt"
    dialog.path.setText(str(out))
    dialog.reason.edit.setText("INC-4 for the vendor")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Wrote"), timeout=30_000)
    assert hashlib.sha256(out.read_bytes()).hexdigest() == info["text"]["sha256"]  # the file is what is stored
    with controller.session.lock:
        [entry] = controller.session.audit_entries(limit=1, action="job.output")
    assert (entry.outcome, entry.details["reason"]) == ("ok", "INC-4 for the vendor")
    dialog.close()

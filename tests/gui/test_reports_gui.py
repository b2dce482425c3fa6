"""Reports in the desktop application: written on a worker from the Audit section, then shown."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPushButton

from app.gui.reports import ReportDialog, viewable
from tests.conftest import REPO
from tests.gui.helpers import main_window

SHOTS = REPO / "artifacts" / "screenshots"

pytestmark = pytest.mark.gui


def test_audit_report_is_written_from_the_audit_section_and_shown(qtbot, make_controller, vault, tmp_path):
    controller, window = main_window(qtbot, make_controller, vault)
    session = controller.session
    window.go("audit")
    button = window.findChild(QPushButton, "openReports")
    assert button is not None
    assert button.isEnabled()
    button.click()
    dialog = window.findChild(ReportDialog, "reportDialog")
    assert dialog is not None
    assert dialog.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("audit"))
    assert dialog.path.text().endswith("airlock-audit-report.html")  # the default name follows the kind
    today = datetime.now(UTC).date()
    dialog.last.setDate(QDate(today.year, today.month, today.day))
    out = tmp_path / "audit.html"
    dialog.path.setText(str(out))
    dialog.reason.edit.setText("AUD-9 quarterly review")
    dialog.write()
    qtbot.waitUntil(lambda: dialog.written is not None or dialog.failure is not None, timeout=60_000)
    assert dialog.failure is None
    assert out.is_file()
    assert dialog.written.csv
    assert f"Sealed by checkpoint {dialog.written.checkpoint}." in dialog.status.text()
    # ... and shown at once, inside the application, with its charts as images.
    viewer = dialog.viewer
    assert viewer is not None
    assert viewer.isVisible()
    qtbot.waitUntil(lambda: viewer.loaded, timeout=30_000)
    shown = viewer.view.toPlainText()
    assert "Audit report" in shown
    assert f"Sealed by checkpoint {dialog.written.checkpoint}" in shown
    with session.lock:
        [entry] = session.audit_entries(limit=1, action="report.write")
    assert (entry.outcome, entry.details["reason"]) == ("ok", "AUD-9 quarterly review")
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SHOTS / "records-dialog-report.png"))
    assert viewer.grab().save(str(SHOTS / "records-report-viewer.png"))
    viewer.close()
    dialog.close()


def test_the_viewer_draws_each_chart_and_fetches_nothing(qtbot, vault, tmp_path):
    today = datetime.now(UTC).date().isoformat()
    with vault.open() as session:
        written = session.write_report("fleet", today, today, tmp_path / "fleet.html")
    html = written.path.read_text()
    charts = html.count("<svg")
    assert charts > 0
    shown = viewable(html)
    assert "<svg" not in shown  # every inline chart became an image ...
    images = re.findall(r'<img src="(data:image/svg\+xml;base64,[^"]+)"', shown)
    assert len(images) == charts
    document = QTextDocument()
    document.setHtml(shown)
    for uri in images:  # ... that Qt's SVG reader draws
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(uri))
        assert image is not None
        assert not image.isNull()
        assert image.width() > 100

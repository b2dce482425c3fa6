"""Every workflow through the real GUI on a real vault: wizard, unlock/lock, import, audit export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWizard

from app.core.service import open_session, verify_audit_export
from app.core.service.admin import verifier_fingerprint
from tests.conftest import ADMIN_PASSPHRASE
from tests.gui.helpers import unlock
from tests.lab.bundle_factory import TrustLab

pytestmark = pytest.mark.gui


def test_first_run_wizard_creates_vault_shows_recovery_once_and_pins_root(qtbot, make_controller, tmp_path):
    trust = TrustLab(tmp_path / "publisher")
    data_dir = tmp_path / "data"
    controller = make_controller(data_dir)
    controller.start()
    wizard = controller.wizard
    assert controller.state == "first-run"
    wizard.admin.passphrase.setText("short")
    wizard.admin.confirm.setText("short")
    assert not wizard.admin.isComplete()
    wizard.admin.passphrase.setText(ADMIN_PASSPHRASE)
    wizard.admin.confirm.setText(ADMIN_PASSPHRASE)
    assert wizard.admin.isComplete()
    wizard.next()
    qtbot.waitUntil(wizard.creating.isComplete, timeout=30_000)
    wizard.next()
    recovery = wizard.recovery.key.text()
    assert len(recovery) > 20
    assert not wizard.recovery.isComplete()
    wizard.recovery.show_printable()
    assert recovery in wizard.recovery.sheet.document.toPlainText()
    wizard.recovery.written.setChecked(True)
    wizard.next()
    assert wizard.recovery.key.text() == ""  # shown once: gone once the operator moves on
    assert wizard.recovery.sheet is None

    # A mistyped fingerprint is refused with what to do, and nothing is pinned.
    wizard.trust.path.setText(str(trust.root_json))
    wizard.trust.fingerprint.setText("SHA256:" + "0" * 64)
    wizard.trust.pin()
    qtbot.waitUntil(lambda: wizard.trust.status.text().startswith("Not pinned"), timeout=10_000)
    assert "What to do" in wizard.trust.status.text()
    assert not wizard.trust.pinned
    wizard.trust.fingerprint.setText(trust.fingerprint)
    wizard.trust.pin()
    qtbot.waitUntil(lambda: wizard.trust.pinned, timeout=10_000)
    with qtbot.waitSignal(controller.state_changed) as blocker:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert blocker.args == ["unlocked"]
    assert controller.session.trust_show()["fingerprint"] == trust.fingerprint
    # The recovery key opens the vault (as recovery-key), so it was the real one.
    controller.shutdown()
    from app.core.service import open_with_recovery

    with open_with_recovery(data_dir, recovery) as session:
        assert session.account.name == "recovery-key"


def test_unlock_wrong_passphrase_then_lock_on_demand_idle_and_switch_account(qtbot, make_controller, vault):
    vault.add_account("olga", "operator", "olga passphrase 123")
    controller = make_controller(vault.data_dir)
    controller.start()
    assert controller.state == "locked"
    dialog = controller.dialog
    dialog.passphrase.setText("not the passphrase")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.message.isVisible, timeout=30_000)
    assert "passphrase" in dialog.message.text().lower()
    assert dialog.passphrase.text() == ""
    assert controller.state == "locked"

    unlock(qtbot, controller, account="admin")
    window = controller.window
    assert window.who.text() == "admin (admin)"
    session = controller.session

    # Lock on demand (Ctrl+L): the window goes, the session forgets its keys, unlock is asked.
    with qtbot.waitSignal(controller.state_changed) as blocker:
        window.lock_action.trigger()
    assert blocker.args == ["locked"]
    assert controller.window is None
    qtbot.waitUntil(lambda: session.locked, timeout=10_000)
    assert controller.dialog.account.text() == "admin"

    # Lock on idle: the GUI judges idleness by the operator's input.
    unlock(qtbot, controller)
    controller.session.idle_seconds = 1
    controller._last_input -= 5
    with qtbot.waitSignal(controller.state_changed, timeout=5_000) as blocker:
        pass
    assert blocker.args == ["locked"]

    # Switch account: the unlock dialog asks afresh, here as the operator.
    unlock(qtbot, controller)
    with qtbot.waitSignal(controller.state_changed):
        controller.window.switch_action.trigger()
    assert controller.dialog.account.text() == ""
    unlock(qtbot, controller, "olga passphrase 123", account="olga")
    assert controller.window.who.text() == "olga (operator)"
    assert not controller.window.settings.accounts.add_button.isEnabled()  # an operator adds no accounts
    with open_session(vault.data_dir, "admin", ADMIN_PASSPHRASE.encode()) as admin:
        actions = [e.action for e in admin.audit_entries(limit=50)]
    assert actions.count("session.lock") >= 3


@pytest.fixture
def trusted(vault, tmp_path):
    """A vault whose trust root is pinned, and a publisher that builds bundles for it."""
    trust = TrustLab(tmp_path / "publisher")
    with vault.open() as session:
        session.trust_init(trust.root_json, trust.fingerprint)
    return trust


def _main(qtbot, make_controller, vault):
    controller = make_controller(vault.data_dir)
    controller.start()
    unlock(qtbot, controller)
    return controller, controller.window


def test_import_from_a_medium_directory_with_progress_and_details(qtbot, make_controller, vault, trusted, tmp_path):
    medium = tmp_path / "medium"
    medium.mkdir()
    trusted.build("llama-tiny", "1.0.0", out=medium)
    with vault.open() as session:
        session.set_media_roots([medium])
    _controller, window = _main(qtbot, make_controller, vault)
    window.go("bundles")
    section = window.bundles
    qtbot.waitUntil(lambda: section.media.list.count() == 1, timeout=10_000)
    section.media.list.setCurrentRow(0)
    section.media.list.item(0).setSelected(True)
    qtbot.mouseClick(section.media.import_button, Qt.MouseButton.LeftButton)
    dialog = section.dialogs[-1]
    with qtbot.waitSignal(dialog.ended, timeout=30_000) as blocker:
        pass
    assert blocker.args == [True]
    assert "Imported llama-tiny 1.0.0" in dialog.outcome.text()
    assert dialog.bar.value() == dialog.bar.maximum()
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=10_000)
    section.table.selectRow(0)
    details = section.details.toPlainText()
    assert "llama-tiny" in details
    assert "models" in details  # the signing role
    dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()


def test_rejected_bundle_says_why_and_store_is_unchanged(qtbot, make_controller, vault, trusted, tmp_path):
    from tests.lab.bundle_factory import Bad

    bundle = trusted.build("broken", "1.0.0")
    Bad.flip_payload_byte(bundle)
    controller, window = _main(qtbot, make_controller, vault)
    dialog = window.bundles.import_path(bundle)
    with qtbot.waitSignal(dialog.ended, timeout=30_000) as blocker:
        pass
    assert blocker.args == [False]
    assert dialog.outcome.text().startswith("Rejected:")
    assert "What to do" in dialog.outcome.text()
    assert controller.session.list_bundles() == []
    dialog.reject()


def test_cancelled_import_leaves_the_store_unchanged(qtbot, make_controller, vault, trusted):
    big = {"README.md": b"# big", "weights/model.safetensors": b"w" * (48 * 1024 * 1024)}
    bundle = trusted.build("big", "1.0.0", files=big, split_size=8 * 1024 * 1024)
    controller, window = _main(qtbot, make_controller, vault)
    dialog = window.bundles.import_path(bundle)
    dialog.reject()  # Cancel while it runs
    with qtbot.waitSignal(dialog.ended, timeout=30_000) as blocker:
        pass
    assert blocker.args == [False]
    assert dialog.outcome.text() == "Cancelled. The store is unchanged."
    assert controller.session.list_bundles() == []
    dialog.reject()


def test_drop_a_bundle_folder_on_the_window_imports_it(qtbot, make_controller, vault, trusted):
    bundle = trusted.build("dropped", "2.0.0")
    controller, window = _main(qtbot, make_controller, vault)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bundle))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.current_key() == "bundles"
    dialog = window.bundles.dialogs[-1]
    with qtbot.waitSignal(dialog.ended, timeout=30_000) as blocker:
        pass
    assert blocker.args == [True]
    assert [b.name for b in controller.session.list_bundles()] == ["dropped"]
    dialog.reject()


def test_audit_filter_verify_and_export_wizard(qtbot, make_controller, vault, tmp_path):
    controller, window = _main(qtbot, make_controller, vault)
    window.go("audit")
    section = window.audit
    qtbot.waitUntil(lambda: section.model.rowCount() > 0, timeout=10_000)
    section.filter.setText("session.unlock")
    assert section.model.rowCount() >= 1
    assert all(section.model.record(r).action == "session.unlock" for r in range(section.model.rowCount()))
    section.filter.clear()
    qtbot.mouseClick(section.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.verdict.text().startswith("The log verifies"), timeout=10_000)

    medium = tmp_path / "usb"
    medium.mkdir()
    wizard = section.open_export()
    wizard.destination.path.setText(str(medium))
    wizard.next()
    qtbot.waitUntil(wizard.key.isComplete, timeout=10_000)
    line = controller.session.audit_verifier_line()
    assert wizard.key.fingerprint.text() == verifier_fingerprint(line)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.write.task is None, timeout=30_000)
    assert wizard.write.isComplete(), wizard.write.status.text()
    summary = wizard.write.summary
    assert summary.verifier_fingerprint == verifier_fingerprint(line)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    report = verify_audit_export(summary.path, line)
    assert getattr(report, "ok", True)
    actions = [e.action for e in controller.session.audit_entries(limit=20)]
    assert "audit.export" in actions


def test_error_dialog_says_what_happened_and_what_to_do(qtbot, make_controller, vault):
    _controller, window = _main(qtbot, make_controller, vault)
    settings = window.settings
    window.go("settings")
    settings.accounts.name.setText("Bad Name!")
    settings.accounts.passphrase.setText("long enough passphrase")
    settings.accounts.add()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorBox") is not None, timeout=10_000)
    box = window.findChild(QMessageBox, "errorBox")
    assert "not a valid account name" in box.text()
    assert box.informativeText().startswith("What to do:")
    box.close()


def test_shortcuts_switch_sections_and_every_section_has_accessible_names(qtbot, make_controller, vault):
    _controller, window = _main(qtbot, make_controller, vault)
    for number, key in enumerate(("dashboard", "nodes", "bundles", "jobs", "audit", "settings"), start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_key() == key
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QTableView

    for widget in window.findChildren(QLineEdit) + window.findChildren(QTableView):
        if widget.isVisibleTo(window) and widget.objectName() and not widget.objectName().startswith("qt_"):
            assert widget.accessibleName(), widget.objectName()
    for button in window.findChildren(QAbstractButton):
        assert button.text() or button.accessibleName() or button.toolTip() or not button.isVisibleTo(window)


def test_health_pane_keeps_the_chart_readable_and_scrolls_when_short(qtbot):
    from app.gui.sections.nodes import HealthPane

    pane = HealthPane()
    qtbot.addWidget(pane)
    check = {"checked_at": "2026-11-30T19:37:00+00:00", "status": "unhealthy",
             "reasons": [f"GPU {i}: 1 uncorrectable ECC error since the driver loaded." for i in range(5)],
             "notes": ["DCGM is not installed; dcgmi diag was skipped."]}
    pane.show_history([check], dark=False)
    pane.show()
    for height, scrolls in ((700, False), (420, False), (250, True)):
        pane.resize(1000, height)
        qtbot.waitUntil(lambda h=height: pane.viewport().height() <= h)
        qtbot.wait(50)
        # Tall: the chart takes the room the reasons leave. Short: it keeps its height and the pane scrolls.
        assert pane.chart.height() >= pane.chart.minimumHeight()
        assert pane.verticalScrollBar().maximum() > 0 if scrolls else pane.verticalScrollBar().maximum() == 0
        if not scrolls:
            assert pane.chart.height() > height - pane.latest.height() - 60


def test_node_detail_shows_what_a_node_reported_as_text(qtbot):
    """The driver and CUDA versions come from the node's nvidia-smi: markup in them is shown
    as written, never rendered (no images, links or fake bold verdicts in the operator's view)."""
    from PySide6.QtGui import QTextDocument

    from app.gui.sections.nodes import NodeDetail

    detail = NodeDetail(dark=lambda: False)
    qtbot.addWidget(detail)
    reported = "<img src='file:///etc/hostname'><b>healthy</b>"
    detail.show_node({"name": "gpu-01", "address": "10.0.0.7", "port": 22, "user": "airlock", "status": "enrolled",
                      "host_keys": [], "labels": {"site": "north"}, "enrolled_at": "2026-11-30", "enrolled_by": "admin",
                      "driver_version": reported, "cuda_version": "12.4&nbsp;", "gpu_state": "ok", "gpus": []})
    shown = QTextDocument()
    shown.setHtml(detail.overview.text())
    assert f"Driver {reported}, CUDA 12.4&nbsp;, GPU state ok" in shown.toPlainText()
    assert "<img" not in detail.overview.text()
    assert shown.toPlainText().splitlines()[0] == "gpu-01"


def test_right_to_left_health_lines_are_each_their_own_paragraph(qtbot, qapp):
    """Reasons joined into one bidi paragraph took their final punctuation from the next line:
    an Arabic reason ending in "XID 63 (PCI …)." showed its full stop beside the first word when
    the next line began with a Latin word. Each line is now a right-to-left paragraph of its own."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocument

    from app.gui.sections.nodes import HealthPane

    check = {"checked_at": "2026-11-30T19:37:00+00:00", "status": "degraded",
             "reasons": ["في سجل النواة أخطاء GPU: \u2068XID 63 (PCI 0000:00:1e)\u2069."],
             "notes": ["DCGM غير مثبت؛ لم يُشغَّل dcgmi diag."]}
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        pane = HealthPane()
        qtbot.addWidget(pane)
        pane.show_history([check], dark=False)
        shown = QTextDocument()
        shown.setHtml(pane.latest.text())
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    blocks = []
    block = shown.begin()
    while block.isValid():
        blocks.append((block.text(), block.blockFormat().layoutDirection()))
        block = block.next()
    assert [text for text, _ in blocks][1:] == ["• " + check["reasons"][0], check["notes"][0]]
    assert all(direction == Qt.LayoutDirection.RightToLeft for _, direction in blocks)


def test_times_and_sizes_keep_their_order_in_right_to_left_sentences(qtbot, qapp):
    """After an Arabic word, "2026-11-30 22:00 UTC" was read as Arabic numbers and shown as
    "UTC 22:00 30-11-2026": values in translated sentences are isolated in a right-to-left
    layout, and the bundle details' cells are right-to-left paragraphs."""
    from types import SimpleNamespace

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocument

    from app.gui.sections.base import human_size
    from app.gui.sections.bundles import bundle_html
    from app.gui.sections.nodes import NodeDetail

    node = {"name": "gpu-01", "address": "10.0.0.7", "port": 22, "user": "airlock", "status": "enrolled",
            "host_keys": [], "labels": {}, "enrolled_at": "2026-11-30T22:00:37.974095+00:00", "enrolled_by": "admin",
            "driver_version": "580.159.04", "cuda_version": "13.0", "gpu_state": "ok", "gpus": []}
    bundle = SimpleNamespace(name="mistral-7b", type="model", version="0.3.0", classification="internal", size=456_000,
                             role="models", signers=["574ce0b6"], imported_at="2026-11-30T22:00:33Z",
                             imported_by="admin", expires="2026-12-30T22:00:33Z", description="")
    shown = {}
    for direction in (Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight):
        qapp.setLayoutDirection(direction)
        try:
            detail = NodeDetail(dark=lambda: False)
            qtbot.addWidget(detail)
            detail.show_node(node)
            overview, details = QTextDocument(), QTextDocument()
            overview.setHtml(detail.overview.text())
            details.setHtml(bundle_html(bundle, "3 files"))
            cells = []
            block = details.begin()
            while block.isValid():
                cells.append((block.text(), block.blockFormat().layoutDirection()))
                block = block.next()
            shown[direction] = (overview.toPlainText(), cells)
        finally:
            qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    rtl_text, rtl_cells = shown[Qt.LayoutDirection.RightToLeft]
    assert "Enrolled \u20682026-11-30 22:00 UTC\u2069 by \u2068admin\u2069" in rtl_text
    size = human_size(456_000)
    assert (f"\u2068{size}\u2069 in \u20683 files\u2069", Qt.LayoutDirection.RightToLeft) in rtl_cells
    assert ("\u20682026-11-30T22:00:33Z\u2069 by \u2068admin\u2069", Qt.LayoutDirection.RightToLeft) in rtl_cells
    ltr_text, ltr_cells = shown[Qt.LayoutDirection.LeftToRight]
    assert "Enrolled 2026-11-30 22:00 UTC by admin" in ltr_text  # left to right: nothing added
    assert (f"{size} in 3 files", Qt.LayoutDirection.LeftToRight) in ltr_cells
    # Qt lays a table's columns out left to right: in Arabic the value comes first, so the label reads first.
    rtl_order, ltr_order = [text for text, _ in rtl_cells], [text for text, _ in ltr_cells]
    assert rtl_order.index("model") + 1 == rtl_order.index("Type")
    assert ltr_order.index("Type") + 1 == ltr_order.index("model")


def test_a_table_heading_starts_where_its_column_starts(qapp):
    """The placement refusal's "Why" and the trust tab's headings sat centred over their
    columns; a heading now starts at its column's start: the left in English, the right in Arabic."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocument

    from app.gui.i18n import html_table

    def edges(direction: Qt.LayoutDirection) -> dict[str, tuple[float, float]]:
        qapp.setLayoutDirection(direction)
        try:
            document = QTextDocument()
            document.setHtml(html_table([["a cell much longer than its heading"]], ["Why"]))
        finally:
            qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        document.setTextWidth(800)
        found = {}
        block = document.begin()
        while block.isValid():
            if block.text():
                box = document.documentLayout().blockBoundingRect(block)
                text = block.layout().lineAt(0).naturalTextRect()
                found[block.text()] = (box.x() + text.left(), box.x() + text.right())
            block = block.next()
        return found

    ltr = edges(Qt.LayoutDirection.LeftToRight)
    assert ltr["Why"][0] == pytest.approx(ltr["a cell much longer than its heading"][0], abs=1)
    rtl = edges(Qt.LayoutDirection.RightToLeft)
    assert rtl["Why"][1] == pytest.approx(rtl["a cell much longer than its heading"][1], abs=1)


def _visual_x(text: str, index: int) -> float:
    """Where the character at `index` is drawn in a right-to-left line (Qt's own bidi layout)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QTextLayout, QTextOption

    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    return line.cursorToX(index)[0]


def test_a_time_stamp_reads_date_then_time_in_a_right_to_left_cell(qapp):
    """Audit, jobs and bundle tables show stored times; in an Arabic table the date and the
    time of "2026-11-30 22:04:18" swapped places until the cell text was one left-to-right run."""
    from app.gui.sections.base import stamp_text

    raw = "2026-11-30 22:04:18"
    assert _visual_x(raw, raw.index("2026")) > _visual_x(raw, raw.index("22:04"))  # the defect, as Qt draws it
    cell = stamp_text("2026-11-30T22:04:18.558434Z")
    assert cell.strip("\u200e") == raw
    assert _visual_x(cell, cell.index("2026")) < _visual_x(cell, cell.index("22:04"))
    started = f"{stamp_text('2026-11-30T22:04:18Z')} admin"  # the jobs table's "Started" cell
    assert _visual_x(started, started.index("2026")) < _visual_x(started, started.index("admin"))


def test_the_shortcuts_table_reads_right_to_left_in_arabic(qtbot, make_controller, vault):
    """The key column comes first for the reader: at the left in English, at the right in Arabic
    (Qt lays table columns out left to right, so the Arabic row lists its cells last to first)."""
    from PySide6.QtGui import QTextDocument

    controller = make_controller(vault.data_dir)
    controller.start()
    unlock(qtbot, controller)
    cells = {}
    try:
        for language in ("en", "ar"):
            controller.set_language(language)
            box = controller.window.show_shortcuts()
            shown = QTextDocument()
            shown.setHtml(box.text())
            cells[language] = [line for line in shown.toPlainText().splitlines() if line.strip()]
            box.close()
    finally:
        controller.set_language("en")
    assert cells["en"][:2] == ["Ctrl+1 … Ctrl+6", "Go to a section"]
    assert cells["ar"][1] == "\u2068Ctrl+1 … Ctrl+6\u2069"  # drawn at the right, kept in its own order
    assert cells["ar"][0] == "الانتقال إلى قسم"  # the description is the row's first cell, drawn at the left


def test_a_long_task_name_ends_in_an_ellipsis_at_its_end_in_an_arabic_header(qapp):
    """The matrix header showed "…Run the ser" in Arabic: the ellipsis Qt adds went to the
    left of an English task name. The name is an isolate, so it stays at the name's end."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QFontMetrics

    from app.core.jobs import TaskResult
    from app.gui.job_models import TaskMatrixModel

    model = TaskMatrixModel()
    model.apply([TaskResult("gpu-01", "Run the serving restart command", "changed")])
    shown = model.headerData(0, Qt.Orientation.Horizontal)
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Run the serving restart command"
    elided = QFontMetrics(QFont()).elidedText(shown, Qt.TextElideMode.ElideRight, 80)  # as the header cuts it
    assert elided.strip("\u2068\u2069").endswith("…")
    assert "Run" in elided
    # Cursor positions inside the words (after "R", before "…"), where a position is unambiguous.
    assert _visual_x(elided, elided.index("…")) > _visual_x(elided, elided.index("un"))  # drawn after the words
    plain = elided.strip("\u2068\u2069")
    assert _visual_x(plain, plain.index("…")) < _visual_x(plain, plain.index("un"))  # the defect, as Qt draws it

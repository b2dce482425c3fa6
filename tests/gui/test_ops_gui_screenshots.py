"""The dashboard (first run and running), alarms acknowledged in it, cordon from Nodes, the
scheduler on a held clock, and the Settings pages of schedules and health; with screenshots.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from app.core.schedules import from_stamp
from app.gui.cordon import CordonDialog
from app.gui.enrol import EnrolDialog
from app.gui.scheduler import Scheduler
from app.gui.sections.base import select_row
from tests.conftest import REPO
from tests.gui.helpers import unlock
from tests.integration.test_ops_service import _add_nodes, _add_relay

pytestmark = pytest.mark.gui
OUT = REPO / "artifacts" / "screenshots"


def _window(qtbot, make_controller, vault):
    controller = make_controller(vault.data_dir)
    controller.start()
    unlock(qtbot, controller, account="admin")
    window = controller.window
    window.resize(1400, 860)
    return controller, window


def _settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.ctx.pool.running == 0, timeout=20_000)
    QApplication.processEvents()
    window.repaint()


def _shot(widget, name: str) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / name
    assert widget.grab().save(str(path))
    return path


def _fleet(vault) -> None:
    """Three nodes with two weeks of health, a failed job, a cordon and an open alarm."""
    with vault.open() as session:
        _add_nodes(session, "gpu-01", "gpu-02", "gpu-03")
        conn = session.conn
        conn.execute("BEGIN IMMEDIATE")
        today = datetime.now(UTC).replace(hour=9, minute=0, second=0, microsecond=0)
        for back in reversed(range(14)):  # oldest first, as checks arrive
            day = (today - timedelta(days=back)).strftime("%Y-%m-%dT%H:%M:%S.000000Z")
            for node, status in ((1, "healthy"), (2, "degraded" if back < 4 else "healthy"),
                                 (3, "unhealthy" if back < 2 else "healthy")):
                conn.execute("INSERT INTO node_health(node_id, job_id, checked_at, status, reasons) VALUES (?,?,?,?,?)",
                             (node, None, day, status, json.dumps({"reasons": [], "notes": []})))
        summary = {"succeeded": False, "hosts": {"gpu-01": {"ok": 5, "failures": 0, "unreachable": 0},
                                                 "gpu-03": {"ok": 2, "failures": 1, "unreachable": 0}}}
        conn.execute("INSERT INTO jobs(playbook, selection, status, started_at, finished_at, started_by, summary)"
                     " VALUES ('health', 'all', 'failed', ?, ?, 'olga', ?)",
                     (today.isoformat(), today.isoformat(), json.dumps(summary)))
        conn.execute("COMMIT")
        session.cordon_node("gpu-03", "GPU 1 off the bus, RMA 88123")
        usage = __import__("shutil").disk_usage(vault.data_dir)
        session.set_alarm_store_free_percent(f"{100 * usage.free / usage.total + 5:.1f}")
        session.sweep_alarms()


def test_a_new_vault_dashboard_says_what_to_do_next_and_each_step_goes_there(qtbot, make_controller, vault):
    _controller, window = _window(qtbot, make_controller, vault)
    dashboard = window.dashboard
    _settle(qtbot, window)
    assert dashboard.steps.isVisible()
    assert not dashboard.fleet.isVisible()  # two empty panes no more
    assert [dashboard.steps.marks[s].text() for s in ("trust", "enrol", "import")] == ["to do"] * 3
    _shot(window, "ops-dashboard-first-run.png")

    qtbot.mouseClick(dashboard.steps.buttons["enrol"], Qt.MouseButton.LeftButton)
    assert window.current_key() == "nodes"
    assert isinstance(window.nodes.dialog, EnrolDialog)
    window.nodes.dialog.reject()
    window.go("dashboard")
    qtbot.mouseClick(dashboard.steps.buttons["trust"], Qt.MouseButton.LeftButton)
    assert window.current_key() == "settings"
    assert window.settings.tabs.currentWidget() is window.settings.trust
    window.go("dashboard")
    qtbot.mouseClick(dashboard.steps.buttons["import"], Qt.MouseButton.LeftButton)
    assert window.current_key() == "bundles"
    chooser = [d for d in window.bundles.findChildren(QFileDialog) if d.isVisible()]
    assert len(chooser) == 1
    chooser[0].reject()
    chooser[0].deleteLater()
    _settle(qtbot, window)


def test_an_auditor_sees_the_steps_it_may_not_take_greyed_out(qtbot, make_controller, vault):
    vault.add_account("audrey", "auditor")
    controller = make_controller(vault.data_dir)
    controller.start()
    unlock(qtbot, controller, passphrase=vault.passphrases["audrey"], account="audrey")
    steps = controller.window.dashboard.steps
    assert not any(button.isEnabled() for button in steps.buttons.values())
    _settle(qtbot, controller.window)


def test_the_running_dashboard_shows_the_fleet_and_an_alarm_is_acknowledged_with_a_note(
    qtbot, make_controller, vault,
):
    _fleet(vault)
    _controller, window = _window(qtbot, make_controller, vault)
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: dashboard.view is not None and dashboard.view.nodes == 3, timeout=20_000)
    _settle(qtbot, window)
    assert dashboard.fleet.isVisible()
    assert dashboard.steps.isVisible()  # the trust root and a bundle are still to do
    assert dashboard.nodes_card.detail.text() == "1 healthy, 1 degraded, 1 unhealthy · 1 cordoned"
    assert dashboard.jobs.rowCount() == 1
    assert dashboard.jobs.item(0, 3).text() == "failed on 1 of 2 hosts"
    assert dashboard.view.timeline[-1] == {**dashboard.view.timeline[-1], "healthy": 1, "degraded": 1,
                                           "unhealthy": 1}
    alarms = dashboard.alarm_list
    texts = [alarms.list.item(row).text() for row in range(alarms.list.count())]
    assert len(texts) == 3  # gpu-03 unhealthy (critical, first), gpu-02 degraded, the store
    assert "Node gpu-03 is unhealthy" in texts[0]
    assert texts[0].startswith("Critical")
    store = next(row for row, text in enumerate(texts) if "content store's disk" in text)
    _shot(window, "ops-dashboard-fleet.png")

    alarms.list.setCurrentRow(store)
    assert alarms.ack_button.isEnabled()
    qtbot.mouseClick(alarms.ack_button, Qt.MouseButton.LeftButton)
    dialog = dashboard.dialog
    assert dialog is not None
    assert not dialog.ok.isEnabled()  # no note, no acknowledgement
    dialog.note.setText("ordered two more disks, CHG-5521")
    _shot(dialog, "ops-dialog-acknowledge.png")
    with qtbot.waitSignal(dialog.acknowledged, timeout=20_000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Acknowledged by admin" in alarms.list.item(2).text(), timeout=20_000)  # last now
    assert not alarms.ack_button.isEnabled()
    _settle(qtbot, window)
    with vault.open() as session:
        [entry] = [e for e in session.audit_entries(limit=None) if e.action == "alarm.ack"]
    assert entry.details["note"] == "ordered two more disks, CHG-5521"


def test_cordon_from_nodes_shows_wherever_a_node_is_chosen(qtbot, make_controller, vault):
    with vault.open() as session:
        _add_nodes(session, "gpu-01", "gpu-02")
    _controller, window = _window(qtbot, make_controller, vault)
    nodes = window.nodes
    window.go("nodes")
    qtbot.waitUntil(lambda: nodes.model.rowCount() == 2, timeout=20_000)
    select_row(nodes.table, 0)
    assert nodes.cordon_action.isEnabled()
    dialog = nodes.open_cordon()
    assert isinstance(dialog, CordonDialog)
    assert not dialog.go_button.isEnabled()
    dialog.reason.setText("fan tray swap, CHG-7001")
    _shot(dialog, "ops-dialog-cordon.png")
    with qtbot.waitSignal(dialog.changed, timeout=20_000):
        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: nodes.model.record(0).get("cordon") is not None, timeout=20_000)
    status = [nodes.model.data(nodes.model.index(0, c)) for c in range(nodes.model.columnCount())]
    assert "enrolled, cordoned: fan tray swap, CHG-7001" in status
    deploy = nodes.open_deploy()
    qtbot.waitUntil(lambda: deploy.model.rowCount() == 2, timeout=20_000)
    chosen = [deploy.model.data(deploy.model.index(0, c)) for c in range(deploy.model.columnCount())]
    assert "enrolled, cordoned: fan tray swap, CHG-7001" in chosen  # the deploy dialog's targets say it too
    deploy.reject()
    _settle(qtbot, window)
    again = nodes.open_cordon()  # the same action puts it back in service
    assert again is not None
    assert again.uncordon
    again.reject()
    _settle(qtbot, window)


def test_the_scheduler_runs_what_is_due_by_its_clock_once(qtbot, vault, session, qapp):
    from app.gui.worker import WorkerPool

    _add_nodes(session, "gpu-01")
    session.set_schedulable_playbooks(["baseline"])
    made = session.add_schedule("baseline", "gpu-01", "10m")
    session.cordon_node("gpu-01", "in for repair: the scheduled run is skipped, no node is contacted")
    held = {"now": from_stamp(made["created_at"]) + timedelta(minutes=5)}
    pool = WorkerPool()
    scheduler = Scheduler(session, pool, interval_ms=3_600_000, clock=lambda: held["now"])
    try:
        with qtbot.waitSignal(scheduler.ticked, timeout=20_000) as early:
            assert scheduler.tick()
        assert early.args[0]["runs"] == []
        held["now"] += timedelta(hours=3)  # closed for three hours: 17 slots, one run
        with qtbot.waitSignal(scheduler.ticked, timeout=20_000) as due:
            assert scheduler.tick()
            assert not scheduler.tick()  # one round at a time
        [run] = due.args[0]["runs"]
        assert (run["status"], run["job"]) == ("skipped", None)
        assert session.schedule_runs(made["id"])[0]["missed"] == 17
        with qtbot.waitSignal(scheduler.ticked, timeout=20_000) as after:
            scheduler.tick()
        assert after.args[0]["runs"] == []
    finally:
        scheduler.stop()
        pool.shutdown()
        scheduler.deleteLater()
        pool.deleteLater()


def test_settings_pages_add_and_remove_a_schedule_and_save_thresholds(qtbot, make_controller, vault):
    _controller, window = _window(qtbot, make_controller, vault)
    window.go("settings")
    tab = window.settings.schedules
    window.settings.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.playbook.count() == 2, timeout=20_000)
    tab.pattern.setText("gpu-*")
    tab.every.setText("soon")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.problem.isVisible, timeout=20_000)
    assert "'soon' is not a duration" in tab.problem.text()
    tab.every.setText("6h")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=20_000)
    _settle(qtbot, window)
    _shot(window, "ops-settings-schedules.png")
    select_row(tab.table, 0)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=20_000)

    health = window.settings.health
    window.settings.tabs.setCurrentWidget(health)
    qtbot.waitUntil(lambda: bool(health._loaded), timeout=20_000)
    health.fields["nvlink_crc"].setValue(250)
    health.auto_cordon.setChecked(True)
    _settle(qtbot, window)
    _shot(window, "ops-settings-health.png")
    qtbot.mouseClick(health.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: health._loaded.get("auto_cordon") is True, timeout=20_000)
    _settle(qtbot, window)
    with vault.open() as session:
        assert session.health_thresholds().nvlink_crc == 250
        assert session.auto_cordon_enabled()


def test_the_dashboard_in_arabic_reads_from_the_right(qtbot, make_controller, vault):
    _fleet(vault)
    controller, window = _window(qtbot, make_controller, vault)
    try:
        controller.set_language("ar")
        window = controller.window
        window.resize(1400, 860)
        dashboard = window.dashboard
        qtbot.waitUntil(lambda: dashboard.view is not None and dashboard.view.nodes == 3, timeout=20_000)
        _settle(qtbot, window)
        assert dashboard.alarm_list.list.count() == 3
        assert "gpu-03" in dashboard.alarm_list.list.item(0).text()
        assert "unhealthy" not in dashboard.alarm_list.list.item(0).text()  # the core's sentence, translated
        _shot(window, "rtl-ar-ops-dashboard-fleet.png")
    finally:
        controller.set_language("en")
        _settle(qtbot, controller.window)


def test_a_node_behind_a_cordoned_relay_shows_as_held_back(qtbot, make_controller, vault):
    with vault.open() as session:
        _add_nodes(session, "gpu-01", "gpu-02", "relay-a")
        _add_relay(session, "relay-a", "gpu-02")
        session.cordon_node("relay-a", "rack switch firmware")
    _controller, window = _window(qtbot, make_controller, vault)
    nodes = window.nodes
    window.go("nodes")
    qtbot.waitUntil(lambda: nodes.model.rowCount() == 3, timeout=20_000)
    rows = {nodes.model.record(r)["name"]: [nodes.model.data(nodes.model.index(r, c))
                                            for c in range(nodes.model.columnCount())]
            for r in range(nodes.model.rowCount())}
    assert "enrolled, held back: relay relay-a cordoned: rack switch firmware" in rows["gpu-02"]
    assert "enrolled, cordoned: rack switch firmware" in rows["relay-a"]
    assert "enrolled" in rows["gpu-01"]
    _shot(window, "ops-nodes-held-by-relay.png")
    deploy = nodes.open_deploy()
    qtbot.waitUntil(lambda: deploy.model.rowCount() == 3, timeout=20_000)
    chosen = {deploy.model.record(r)["name"]: [deploy.model.data(deploy.model.index(r, c))
                                               for c in range(deploy.model.columnCount())]
              for r in range(deploy.model.rowCount())}
    assert "enrolled, held back: relay relay-a cordoned: rack switch firmware" in chosen["gpu-02"]
    deploy.reject()
    _settle(qtbot, window)

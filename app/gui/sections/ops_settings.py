"""Settings pages of the ops room: schedules, and how health and alarms are judged.

Schedules: every schedule with when it runs next and how its last run went; add one (a
playbook an admin allows, a node pattern, a period), remove one; an admin chooses which
playbooks schedules may run. Health and alarms (admin): the health thresholds, how early an
expiring trust root or bundle raises an alarm, how full the store may get, and whether an
unhealthy node is cordoned automatically. Reads and writes go to the worker pool.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.service import DEFAULT_SCHEDULABLE
from app.gui.i18n import isolate
from app.gui.models import Column, RecordTableModel
from app.gui.sections.base import problem_label, stamp_text

if TYPE_CHECKING:
    from app.gui.sections.settings import SettingsSection


def threshold_words() -> dict[str, str]:
    """What each health threshold means, in the operator's words."""
    t = QCoreApplication.translate
    return {
        "disk_degraded_percent": t("OpsSettings", "Degraded below this much disk free (%):"),
        "disk_unhealthy_percent": t("OpsSettings", "Unhealthy below this much disk free (%):"),
        "gpu_temperature_c": t("OpsSettings", "Degraded at this GPU temperature (C):"),
        "ecc_corrected": t("OpsSettings", "Corrected ECC errors since the driver loaded:"),
        "pcie_replays": t("OpsSettings", "PCIe replays since the driver loaded:"),
        "pcie_busy_percent": t("OpsSettings", "Judge the PCIe generation from this GPU use (%):"),
        "nvlink_crc": t("OpsSettings", "CRC errors on one NVLink:"),
        "nvlink_replay": t("OpsSettings", "Replay errors on one NVLink:"),
        "nvlink_recovery": t("OpsSettings", "Recovery errors on one NVLink:"),
    }


def _last_run(schedule: dict[str, Any]) -> str:
    run = schedule.get("last_run")
    if not run:
        return QCoreApplication.translate("OpsSettings", "not yet")
    job = run.get("job")
    text = f"{stamp_text(run.get('fired_at'), 16)} {run.get('status')}"
    return f"{text} (job {job})" if job else text


class SchedulesTab(QWidget):
    def __init__(self, section: SettingsSection) -> None:  # noqa: PLR0915 - one tab, built once
        super().__init__()
        self._section = section
        self.model = RecordTableModel([
            Column(self.tr("Schedule"), lambda s: str(s["id"])),
            Column(self.tr("Playbook"), lambda s: s["playbook"]),
            Column(self.tr("Nodes"), lambda s: s["pattern"]),
            Column(self.tr("Every"), lambda s: isolate(s["every"])),
            Column(self.tr("Owner"), lambda s: s["owner"]),
            Column(self.tr("Next run"), lambda s: stamp_text(s["next_run_at"], 16)),
            Column(self.tr("Last run"), _last_run),
        ], self)
        self.table = QTableView()
        self.table.setObjectName("scheduleTable")
        self.table.setAccessibleName(self.tr("Schedules"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.playbook = QComboBox()
        self.playbook.setObjectName("schedulePlaybook")
        self.playbook.setAccessibleName(self.tr("Playbook"))
        self.pattern = QLineEdit("all")
        self.pattern.setObjectName("schedulePattern")
        self.pattern.setAccessibleName(self.tr("Nodes"))
        self.pattern.setToolTip(self.tr("Which nodes: all, names or globs, label=value, !name to leave one out"))
        self.every = QLineEdit("1h")
        self.every.setObjectName("scheduleEvery")
        self.every.setAccessibleName(self.tr("Every"))
        self.every.setToolTip(self.tr("How often: 15m, 6h, 1d, 1h30m"))
        self.add_button = QPushButton(self.tr("&Add schedule"))
        self.add_button.setObjectName("addScheduleButton")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Re&move schedule"))
        self.remove_button.setObjectName("removeScheduleButton")
        self.remove_button.clicked.connect(self.remove)
        staff = section.may("schedule.add")
        for widget in (self.playbook, self.pattern, self.every, self.add_button):
            widget.setEnabled(staff)
        self.remove_button.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.remove_button.setEnabled(staff and bool(self.table.selectionModel().selectedRows())))
        self.problem = problem_label("scheduleProblem")
        form = QFormLayout()
        form.addRow(self.tr("Playbook:"), self.playbook)
        form.addRow(self.tr("Nodes:"), self.pattern)
        form.addRow(self.tr("Every:"), self.every)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        self.allowed = QGroupBox(self.tr("Playbooks schedules may run (admin)"))
        self.allowed.setObjectName("schedulablePlaybooks")
        self.allowed_layout = QHBoxLayout(self.allowed)
        self.allowed_boxes: dict[str, QCheckBox] = {}
        self.save_allowed = QPushButton(self.tr("Sa&ve"))
        self.save_allowed.setObjectName("saveSchedulableButton")
        self.save_allowed.clicked.connect(self.save_schedulable)
        self.allowed_layout.addWidget(self.save_allowed)
        note = QLabel(self.tr("Schedules run while Airlock runs and is unlocked; a schedule missed while it was "
                              "closed runs once when it opens again. Each run is an ordinary job started by the "
                              "schedule's owner. On an appliance without a desktop session, a system timer "
                              "runs `airlock schedule run-due`."))
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        layout.addWidget(self.allowed)
        layout.addWidget(note)

    def refresh(self) -> None:
        session = self._section.session

        def load() -> tuple[list[dict[str, Any]], dict[str, Any]]:
            return session.list_schedules(), session.ops_settings()

        self._section.run(load, self._show)

    def _show(self, loaded: tuple[list[dict[str, Any]], dict[str, Any]]) -> None:
        schedules, settings = loaded
        self.model.set_records(schedules)
        chosen = self.playbook.currentText()
        self.playbook.clear()
        self.playbook.addItems(settings["schedulable"])
        self.playbook.setCurrentText(chosen or "health")
        for box in self.allowed_boxes.values():
            self.allowed_layout.removeWidget(box)
            box.deleteLater()
        self.allowed_boxes.clear()
        self.allowed_layout.removeWidget(self.save_allowed)
        admin = self._section.may("settings.change")
        for name in settings["playbooks"]:
            box = QCheckBox(name)
            box.setObjectName(f"schedulable-{name}")
            box.setChecked(name in settings["schedulable"])
            box.setEnabled(admin and name not in DEFAULT_SCHEDULABLE)
            self.allowed_boxes[name] = box
            self.allowed_layout.addWidget(box)
        self.allowed_layout.addWidget(self.save_allowed)
        self.save_allowed.setEnabled(admin)

    def _problem(self, exc: BaseException) -> None:
        from app.gui.errors import explain

        what, todo = explain(exc)
        self.problem.setText(self.tr("{0}\nWhat to do: {1}").format(what, todo))
        self.problem.show()

    def _changed(self, _result: object = None) -> None:
        self.problem.hide()
        self.refresh()

    def add(self) -> None:
        session = self._section.session
        playbook, pattern, every = self.playbook.currentText(), self.pattern.text(), self.every.text()
        self._section.run(lambda: session.add_schedule(playbook, pattern, every), self._changed,
                          on_error=self._problem)

    def remove(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        session, ident = self._section.session, int(self.model.record(rows[0].row())["id"])
        self._section.run(lambda: session.remove_schedule(ident), self._changed, on_error=self._problem)

    def save_schedulable(self) -> None:
        names = [name for name, box in self.allowed_boxes.items() if box.isChecked()]
        self._section.gate.request("settings.change", self.tr("Change which playbooks schedules may run."),
                                   lambda approval: self._save_schedulable(names, approval), on_error=self._problem)

    def _save_schedulable(self, names: list[str], approval: Any) -> None:
        session = self._section.session
        self._section.run(lambda: session.set_schedulable_playbooks(names, approval), self._changed,
                          on_error=self._problem)


class HealthAlarmsTab(QWidget):
    def __init__(self, section: SettingsSection) -> None:  # noqa: PLR0915 - one tab, built once
        super().__init__()
        self._section = section
        admin = section.may("settings.change")
        self.fields: dict[str, QDoubleSpinBox | QSpinBox] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for name, words in threshold_words().items():
            field: QDoubleSpinBox | QSpinBox
            if name.endswith(("_percent", "_c")):
                field = QDoubleSpinBox()
                field.setDecimals(1)
                field.setRange(0, 100 if name.endswith("_percent") else 200)
            else:
                field = QSpinBox()
                field.setRange(0, 1_000_000_000)
            field.setMinimumWidth(140)
            field.setObjectName(f"threshold-{name}")
            field.setAccessibleName(words.rstrip(":"))
            field.setEnabled(admin)
            self.fields[name] = field
            form.addRow(words, field)
        self.expiry = QSpinBox()
        self.expiry.setObjectName("alarmExpiryDays")
        self.expiry.setRange(1, 3650)
        self.expiry.setSuffix(self.tr(" days"))
        self.store = QDoubleSpinBox()
        self.store.setDecimals(1)
        self.store.setObjectName("alarmStoreFree")
        self.store.setRange(0, 100)
        self.store.setSuffix(" %")
        self.auto_cordon = QCheckBox(self.tr("Cordon a node automatically when its health turns unhealthy"))
        self.auto_cordon.setObjectName("autoCordon")
        self.save_button = QPushButton(self.tr("&Save health and alarm settings"))
        self.save_button.setObjectName("saveHealthSettingsButton")
        self.save_button.clicked.connect(self.save)
        for widget in (self.expiry, self.store, self.auto_cordon, self.save_button):
            widget.setEnabled(admin)
        judged = QGroupBox(self.tr("How node health is judged"))
        judged.setLayout(form)
        alarms = QFormLayout()
        alarms.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        alarms.addRow(self.tr("Alarm this long before a trust root or bundle expires:"), self.expiry)
        alarms.addRow(self.tr("Alarm when the content store's disk has less free than:"), self.store)
        alarms.addRow("", self.auto_cordon)
        raised = QGroupBox(self.tr("Alarms and automatic cordon"))
        raised.setLayout(alarms)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch()
        self.problem = problem_label("healthSettingsProblem")
        layout = QVBoxLayout(self)
        layout.addWidget(judged)
        layout.addWidget(raised)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        layout.addStretch()
        self._loaded: dict[str, Any] = {}

    def refresh(self) -> None:
        self._section.run(self._section.session.ops_settings, self._show)

    def _show(self, loaded: dict[str, Any]) -> None:
        self._loaded = loaded
        for name, value in loaded["thresholds"].items():
            self.fields[name].setValue(value)
        self.expiry.setValue(int(loaded["expiry_days"]))
        self.store.setValue(float(loaded["store_free_percent"]))
        self.auto_cordon.setChecked(bool(loaded["auto_cordon"]))

    def _changes(self) -> list[tuple[str, str]]:
        old = self._loaded.get("thresholds", {})
        changed = [(name, f"{field.value():g}") for name, field in self.fields.items()
                   if field.value() != old.get(name)]
        return changed

    def save(self) -> None:
        self._section.gate.request("settings.change", self.tr("Save the health and alarm settings."), self._save,
                                   on_error=self._failed)

    def _save(self, approval: Any) -> None:
        session, loaded = self._section.session, dict(self._loaded)
        thresholds = self._changes()
        expiry, store, cordon = str(self.expiry.value()), f"{self.store.value():g}", self.auto_cordon.isChecked()

        def work() -> None:
            for name, value in thresholds:
                session.set_health_threshold(name, value, approval)
            if int(expiry) != loaded.get("expiry_days"):
                session.set_alarm_expiry_days(expiry, approval)
            if float(store) != loaded.get("store_free_percent"):
                session.set_alarm_store_free_percent(store, approval)
            if cordon != loaded.get("auto_cordon"):
                session.set_auto_cordon(cordon, approval)

        self._section.run(work, lambda _r: self.refresh(), on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._section.report(self.tr("The health and alarm settings were not saved"), exc)

"""Dashboard: what to do next on a new appliance; the fleet at a glance on a running one.

A new vault shows three steps, each a button that goes where it is done: pin the trust root,
enrol a node, import a bundle. Once nodes are enrolled it shows the fleet: nodes by health
(cordoned ones counted), GPUs, the content store's use, open alarms (acknowledged here, with
a note, audited), health over the last two weeks, and the latest jobs with their results.
Everything is read on a worker (`gather`); other rooms add a warning of their own to
`notices` (one line: `dashboard.add_notice(widget)`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.alarm_widgets import AcknowledgeDialog, AlarmList
from app.gui.backup_warning import BackupWarning
from app.gui.i18n import isolate
from app.gui.sections.base import Card, Context, Section, heading, human_size, stamp_text, subheading

HEALTH_COLOURS = {"healthy": "#2da44e", "degraded": "#bf8700", "unhealthy": "#cf222e"}
STEPS = ("trust", "enrol", "import")


@dataclass
class FleetView:
    """What the dashboard shows, read on a worker from the service."""

    steps: dict[str, bool] = field(default_factory=dict)
    nodes: int = 0
    healthy: int = 0
    degraded: int = 0
    unhealthy: int = 0
    cordoned: int = 0
    gpus: int = 0
    gpu_models: Counter[str] = field(default_factory=Counter)
    bundles: int = 0
    store: dict[str, int] = field(default_factory=dict)
    timeline: list[dict[str, Any]] = field(default_factory=list)
    jobs: list[dict[str, Any]] = field(default_factory=list)
    alarms: list[dict[str, Any]] = field(default_factory=list)


def gather(session: Any) -> FleetView:
    """Read everything the dashboard needs (runs on a worker thread)."""
    found = session.first_steps()
    view = FleetView(steps={"trust": found["trust_roots"] > 0, "enrol": found["nodes"] > 0,
                            "import": found["bundles"] > 0}, bundles=found["bundles"])
    fleet = session.fleet_summary()
    for key in ("nodes", "healthy", "degraded", "unhealthy", "cordoned"):
        setattr(view, key, fleet[key])
    view.gpu_models.update(fleet["gpu_models"])
    view.gpus = sum(view.gpu_models.values())
    view.store = session.store_usage()
    view.timeline = session.health_timeline()
    view.jobs = session.recent_jobs()
    view.alarms = session.list_alarms()
    return view


class HealthOverTime(QChartView):
    """Nodes by verdict, per day: each node's last check of the day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setObjectName("fleetHealthChart")
        self.setAccessibleName(self.tr("Fleet health over time"))
        self.setMinimumHeight(220)

    def sizeHint(self) -> QSize:
        return QSize(520, self.minimumHeight())

    def show_timeline(self, timeline: list[dict[str, Any]], dark: bool) -> None:
        chart = QChart()
        chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        series = QStackedBarSeries()
        words = {"healthy": self.tr("healthy"), "degraded": self.tr("degraded"), "unhealthy": self.tr("unhealthy")}
        highest = 1
        for status, word in words.items():
            bars = QBarSet(word)
            bars.setColor(QColor(HEALTH_COLOURS[status]))
            bars.append([float(day.get(status, 0)) for day in timeline])
            series.append(bars)
        for day in timeline:
            highest = max(highest, sum(int(day.get(s, 0)) for s in words))
        chart.addSeries(series)
        days = QBarCategoryAxis()
        days.append([str(day["day"])[8:].lstrip("0") for day in timeline])  # the day of the month fits
        if timeline:
            days.setTitleText(self.tr("{0} to {1}").format(isolate(timeline[0]["day"]), isolate(timeline[-1]["day"])))
        counts = QValueAxis()
        counts.setRange(0, highest)
        counts.setLabelFormat("%d")
        counts.setTickCount(min(highest, 4) + 1)
        chart.addAxis(days, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(days)
        series.attachAxis(counts)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()


class FirstSteps(QFrame):
    """The three things a new appliance needs, each a button to where it is done."""

    step_requested = Signal(str)

    def __init__(self, section: Section) -> None:
        super().__init__()
        self.setObjectName("firstSteps")
        self.setProperty("role", "card")
        texts = {
            "trust": (self.tr("Pin the trust root"), self.tr("An admin pins the publishers' root by its "
                                                              "fingerprint, read from paper; bundles are checked "
                                                              "against it."), self.tr("Pin the &trust root…"),
                      "trust.init"),
            "enrol": (self.tr("Enrol a node"), self.tr("Confirm a GPU node's host key and install Airlock's "
                                                        "management key on it."), self.tr("&Enrol a node…"),
                      "node.enroll"),
            "import": (self.tr("Import a bundle"), self.tr("Bring a signed model or update from removable media "
                                                            "into the content store."), self.tr("&Import a bundle…"),
                       "bundle.import"),
        }
        title = QLabel(self.tr("Get started"))
        title.setProperty("role", "subtitle")
        intro = QLabel(self.tr("Three steps make this appliance useful. Each button goes where the step is done."))
        intro.setProperty("role", "muted")
        grid = QGridLayout(self)
        grid.addWidget(title, 0, 0, 1, 3)
        grid.addWidget(intro, 1, 0, 1, 3)
        self.buttons: dict[str, QPushButton] = {}
        self.marks: dict[str, QLabel] = {}
        for row, step in enumerate(STEPS, start=2):
            name, explanation, button_text, permission = texts[step]
            label = QLabel(f"<b>{row - 1}. {name}</b><br>{explanation}")
            label.setWordWrap(True)
            mark = QLabel()
            mark.setObjectName(f"step-{step}-state")
            button = QPushButton(button_text)
            button.setObjectName(f"step-{step}")
            if section.may(permission):
                button.clicked.connect(lambda _checked=False, s=step: self.step_requested.emit(s))
            else:
                button.setEnabled(False)
                button.setToolTip(self.tr("Your role may not do this; ask an account that may."))
            grid.addWidget(label, row, 0)
            grid.addWidget(mark, row, 1)
            grid.addWidget(button, row, 2)
            self.buttons[step], self.marks[step] = button, mark
        grid.setColumnStretch(0, 1)

    def show_steps(self, steps: dict[str, bool]) -> None:
        for step in STEPS:
            done = steps.get(step, False)
            self.marks[step].setText(self.tr("done") if done else self.tr("to do"))
            self.marks[step].setProperty("state", "ok" if done else "warn")
            self.buttons[step].setVisible(not done)


class DashboardSection(Section):
    # A first step the operator chose: "trust", "enrol" or "import" (the main window goes there).
    step_requested = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.notices = QVBoxLayout()
        self.steps = FirstSteps(self)
        self.steps.step_requested.connect(self.step_requested.emit)
        self.nodes_card = Card(self.tr("Nodes"), "cardNodes")
        self.gpus_card = Card(self.tr("GPUs"), "cardGpus")
        self.store_card = Card(self.tr("Content store"), "cardStore")
        self.alarms_card = Card(self.tr("Open alarms"), "cardAlarms")
        cards = QHBoxLayout()
        for card in (self.nodes_card, self.gpus_card, self.store_card, self.alarms_card):
            cards.addWidget(card)
        self.chart = HealthOverTime()
        self.alarm_list = AlarmList(self.may("alarm.ack"))
        self.alarm_list.acknowledge_requested.connect(self.open_acknowledge)
        self.jobs = self._table("recentJobs", self.tr("Latest jobs"), [
            self.tr("Job"), self.tr("Playbook"), self.tr("Nodes"), self.tr("Result"), self.tr("Started"),
            self.tr("By")])
        self.models = self._table("gpuModels", self.tr("GPU totals by model"), [self.tr("GPU model"),
                                                                                  self.tr("Count")])
        grid = QGridLayout()
        grid.addWidget(subheading(self.tr("Health over the last two weeks")), 0, 0)
        grid.addWidget(subheading(self.tr("Alarms")), 0, 1)
        grid.addWidget(self.chart, 1, 0)
        grid.addWidget(self.alarm_list, 1, 1)
        grid.addWidget(subheading(self.tr("Latest jobs")), 2, 0)
        grid.addWidget(subheading(self.tr("GPU totals by model")), 2, 1)
        grid.addWidget(self.jobs, 3, 0)
        grid.addWidget(self.models, 3, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(3, 2)
        self.fleet = QWidget()
        self.fleet.setObjectName("fleetAtAGlance")
        fleet_layout = QVBoxLayout(self.fleet)
        fleet_layout.setContentsMargins(0, 0, 0, 0)
        fleet_layout.addLayout(cards)
        fleet_layout.addLayout(grid, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title()))
        layout.addLayout(self.notices)
        layout.addWidget(self.steps)
        layout.addWidget(self.fleet, 1)
        self.stretch = QWidget()
        layout.addWidget(self.stretch, 1)
        self.fleet.hide()
        self.view: FleetView | None = None
        self.dialog: AcknowledgeDialog | None = None
        self.add_notice(BackupWarning(self))  # the backup room's reminder

    def title(self) -> str:
        return self.tr("Dashboard")

    def add_notice(self, widget: QWidget) -> None:
        """Another room's warning above the fleet (a missing backup, say)."""
        self.notices.addWidget(widget)

    @staticmethod
    def _table(name: str, accessible: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setAccessibleName(accessible)
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        return table

    def refresh(self) -> None:
        session = self.session
        self.run(lambda: gather(session), self.show_view)

    def show_view(self, view: FleetView) -> None:
        self.view = view
        self.steps.show_steps(view.steps)
        self.steps.setVisible(not all(view.steps.values()))
        self.fleet.setVisible(view.nodes > 0)
        self.stretch.setVisible(view.nodes == 0)
        self._show_cards(view)
        self.chart.show_timeline(view.timeline, self.ctx.dark())
        self.alarm_list.show_alarms(view.alarms)
        self._show_jobs(view.jobs)
        self._fill(self.models, [[model, str(count)] for model, count in view.gpu_models.most_common()])

    def _show_cards(self, view: FleetView) -> None:
        detail = self.tr("{0}, {1}, {2}", "three counts").format(
            self.tr("%n healthy", "", view.healthy), self.tr("%n degraded", "", view.degraded),
            self.tr("%n unhealthy", "", view.unhealthy))
        if view.cordoned:
            detail += " · " + self.tr("%n cordoned", "", view.cordoned)
        state = "bad" if view.unhealthy else "warn" if view.degraded or view.cordoned else "ok"
        self.nodes_card.show_value(str(view.nodes), detail, state)
        self.gpus_card.show_value(str(view.gpus), self.tr("%n model(s)", "", len(view.gpu_models)))
        total, free = view.store.get("total", 0), view.store.get("free", 0)
        percent = f"{100 * free / total:.0f}" if total else "?"
        self.store_card.show_value(human_size(view.store.get("bundles", 0)), self.tr(
            "%n bundle(s); {0}% of the disk free ({1})", "", view.bundles).format(percent, human_size(free)))
        critical = sum(1 for a in view.alarms if a.get("severity") == "critical")
        waiting = sum(1 for a in view.alarms if not a.get("acknowledged_at"))
        self.alarms_card.show_value(str(len(view.alarms)), self.tr("%n not acknowledged", "", waiting),
                                    "bad" if critical else "warn" if view.alarms else "ok")

    def _show_jobs(self, jobs: list[dict[str, Any]]) -> None:
        rows = []
        for job in jobs:
            if not job.get("finished_at"):
                result = self.tr("running")
            elif job.get("hosts_failed"):
                result = self.tr("failed on {0} of %n host(s)", "", int(job["hosts"])).format(job["hosts_failed"])
            elif job.get("succeeded"):
                result = self.tr("succeeded on %n host(s)", "", int(job["hosts"]))
            else:
                result = self.tr("failed")
            by = str(job.get("started_by") or "")
            if job.get("schedule"):
                by = self.tr("{0} (schedule {1})").format(by, job["schedule"])
            rows.append([str(job["id"]), str(job["playbook"]), str(job["selection"]), result,
                         stamp_text(job.get("started_at"), 16), by])
        self._fill(self.jobs, rows)
        for row, job in enumerate(jobs):
            if job.get("finished_at") and not job.get("succeeded"):
                self.jobs.item(row, 3).setForeground(QColor("#cf222e"))

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(0)
        for cells in rows:
            row = table.rowCount()
            table.insertRow(row)
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()

    def open_acknowledge(self, alarm: dict[str, Any]) -> AcknowledgeDialog:
        dialog = AcknowledgeDialog(self.session, self.ctx.pool, alarm, self)
        dialog.acknowledged.connect(self._acknowledged)
        dialog.finished.connect(lambda _code: self._forget(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _acknowledged(self, alarm: dict[str, Any]) -> None:
        self.status_message.emit(self.tr("Acknowledged alarm {0}.").format(alarm["id"]))
        self.refresh()

    def _forget(self, dialog: AcknowledgeDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()


def open_step(window: Any, step: str) -> None:
    """Go where a first step is done: the trust root in Settings, enrolment in Nodes, import in Bundles."""
    if step == "trust":
        window.go("settings")
        window.settings.tabs.setCurrentWidget(window.settings.trust)
        window.settings.trust.path.setFocus()
    elif step == "enrol":
        window.go("nodes")
        window.nodes.open_enrol()
    elif step == "import":
        window.go("bundles")
        window.bundles.choose_folder()

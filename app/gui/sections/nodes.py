"""Nodes: a filterable table fluid at 10,000 rows, a detail view, and enrolment."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QDateTime, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.gui.enrol import EnrolDialog
from app.gui.models import Column, RecordTableModel
from app.gui.sections.base import Context, Section, empty_state, filter_box, heading

HEALTH_LEVEL = {"healthy": 0, "degraded": 1, "unhealthy": 2}


def _labels(node: dict[str, Any]) -> str:
    return " ".join(f"{k}={v}" for k, v in sorted((node.get("labels") or {}).items()))


def node_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Columns", "Name"), lambda n: n["name"]),
        Column(QCoreApplication.translate("Columns", "Address"), lambda n: f"{n['address']}:{n['port']}"),
        Column(QCoreApplication.translate("Columns", "Status"), lambda n: n.get("status") or ""),
        Column(QCoreApplication.translate(
            "Columns", "GPUs"), lambda n: str(n.get("gpus") or 0), lambda n: int(n.get("gpus") or 0)),
        Column(QCoreApplication.translate(
            "Columns", "Health"), lambda n: n.get("health") or QCoreApplication.translate("Columns", "not checked")),
        Column(QCoreApplication.translate("Columns", "Labels"), _labels),
        Column(QCoreApplication.translate("Columns", "Host key"), lambda n: n.get("fingerprint") or "",
               tooltip=QCoreApplication.translate("Columns", "The pinned host key fingerprint")),
    ]


class HealthChart(QChartView):
    """Health over time: 0 healthy, 1 degraded, 2 unhealthy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setObjectName("healthChart")
        self.setAccessibleName(self.tr("Health history"))
        self.setMinimumHeight(220)

    def show_history(self, history: list[dict[str, Any]], dark: bool) -> None:
        chart = QChart()
        chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
        chart.legend().hide()
        chart.setTitle(self.tr("Health history"))
        series = QLineSeries()
        series.setPointsVisible(True)
        for check in reversed(history):
            stamp = datetime.fromisoformat(str(check["checked_at"]))
            series.append(QDateTime.fromSecsSinceEpoch(int(stamp.timestamp())).toMSecsSinceEpoch(),
                          HEALTH_LEVEL.get(str(check.get("status")), 2))
        chart.addSeries(series)
        x_axis = QDateTimeAxis()
        x_axis.setFormat("MM-dd hh:mm")
        y_axis = QValueAxis()
        y_axis.setRange(0, 2)
        y_axis.setTickCount(3)
        y_axis.setLabelFormat("%d")
        y_axis.setTitleText(self.tr("0 healthy · 1 degraded · 2 unhealthy"))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()


class NodeDetail(QTabWidget):
    def __init__(self, dark: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nodeDetail")
        self._dark = dark
        self.overview = QLabel()
        self.overview.setObjectName("nodeOverview")
        self.overview.setWordWrap(True)
        self.overview.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.overview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.gpus = QTableWidget(0, 5)
        self.gpus.setObjectName("nodeGpus")
        self.gpus.setHorizontalHeaderLabels([self.tr("Index"), self.tr("Model"), self.tr("Memory (MiB)"),
                                             self.tr("Temperature (°C)"), self.tr("Uncorrected ECC")])
        self.gpus.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.gpus.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.facts = QPlainTextEdit()
        self.facts.setObjectName("nodeFacts")
        self.facts.setReadOnly(True)
        self.chart = HealthChart()
        self.deployments = QLabel()
        self.deployments.setObjectName("nodeDeployments")
        self.deployments.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.addTab(self.overview, self.tr("Overview"))
        self.addTab(self.gpus, self.tr("GPUs"))
        self.addTab(self.facts, self.tr("Facts"))
        self.addTab(self.chart, self.tr("Health"))
        self.addTab(self.deployments, self.tr("Bundles"))

    def show_node(self, node: dict[str, Any]) -> None:
        keys = ", ".join(f"{k['type']} {k['fingerprint']}" for k in node.get("host_keys", []))
        labels = " ".join(f"{k}={v}" for k, v in sorted((node.get("labels") or {}).items())) or "-"
        lines = [
            f"<h3>{node['name']}</h3>",
            self.tr("Address: {0}:{1}, user {2}").format(node["address"], node["port"], node["user"]),
            self.tr("Status: {0}").format(node.get("status")),
            self.tr("Pinned host key: {0}").format(keys or "-"),
            self.tr("Labels: {0}").format(labels),
            self.tr("Enrolled {0} by {1}").format(node.get("enrolled_at"), node.get("enrolled_by")),
            self.tr("Driver {0}, CUDA {1}, GPU state {2}").format(node.get("driver_version") or "-",
                                                                  node.get("cuda_version") or "-",
                                                                  node.get("gpu_state") or "-"),
        ]
        if node.get("status") == "hostkey_changed":
            lines.append("<b>" + self.tr("The node offered a changed host key. Every connection to it is stopped "
                                         "until an admin re-pins it.") + "</b>")
        self.overview.setText("<br>".join(lines))
        gpus = node.get("gpus") or []
        self.gpus.setRowCount(len(gpus))
        for row, gpu in enumerate(gpus):
            values = (gpu.get("index"), gpu.get("name"), gpu.get("memory_total_mib"), gpu.get("temperature_c"),
                      gpu.get("ecc_uncorrected_volatile"))
            for col, value in enumerate(values):
                self.gpus.setItem(row, col, QTableWidgetItem("-" if value is None else str(value)))
        facts = node.get("facts")
        self.facts.setPlainText(json.dumps(facts, indent=2, sort_keys=True) if facts else
                                self.tr("No facts collected yet. Run the facts playbook on this node."))
        self.chart.show_history(node.get("health") or [], bool(self._dark()))
        deployed = node.get("deployments") or []
        self.deployments.setText("<br>".join(f"{d.get('name')} {d.get('version')}" for d in deployed) or
                                 self.tr("No bundles deployed on this node."))


class NodesSection(Section):
    selection_changed = Signal(list)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = RecordTableModel(node_columns(), self)
        self.model.colour_of = self._colour
        self.filter = filter_box(self.tr("Filter nodes: name, address, label, status…"), "nodeFilter")
        self.filter.textChanged.connect(self.model.set_filter)
        self.filter.textChanged.connect(self._count_changed)
        self.enrol_button = QPushButton(self.tr("&Enrol node…"))
        self.enrol_button.setObjectName("enrolNodeButton")
        self.enrol_button.setToolTip(self.tr("Contact a new node, confirm its host key and install the management key"))
        self.enrol_button.setEnabled(self.may("node.enroll"))
        self.enrol_button.clicked.connect(self.open_enrol)
        self.count = QLabel()
        self.count.setProperty("role", "muted")
        self.table = QTableView()
        self.table.setObjectName("nodeTable")
        self.table.setAccessibleName(self.tr("Nodes"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.detail = NodeDetail(ctx.dark)
        self.detail.hide()
        self.empty = empty_state(self.tr("No nodes enrolled yet. Use Enrol node… to add the first one."), "noNodes")

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        top.addWidget(self.enrol_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title()))
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        self.dialog: EnrolDialog | None = None

    def title(self) -> str:
        return self.tr("Nodes")

    def _colour(self, node: dict[str, Any]) -> QColor | None:
        if node.get("status") == "hostkey_changed" or node.get("health") == "unhealthy":
            return QColor("#cf222e")
        if node.get("health") == "degraded":
            return QColor("#9a6700")
        return None

    def refresh(self) -> None:
        if self.may("node.list"):
            session = self.session
            self.run(session.list_nodes, self.show_nodes)

    def show_nodes(self, nodes: list[dict[str, Any]]) -> None:
        self.model.set_records(nodes)
        self.empty.setVisible(not nodes)
        self._count_changed()

    def _count_changed(self) -> None:
        self.count.setText(self.tr("{0} of {1}").format(self.model.rowCount(), self.model.total()))

    def selected_names(self) -> list[str]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [self.model.record(row)["name"] for row in sorted(rows)]

    def _selected(self) -> None:
        names = self.selected_names()
        self.selection_changed.emit(names)
        if len(names) == 1:
            session, name = self.session, names[0]
            self.run(lambda: session.show_node(name), self._show_detail)

    def _show_detail(self, node: dict[str, Any]) -> None:
        self.detail.show_node(node)
        self.detail.show()

    def select(self, name: str) -> None:
        row = self.model.row_of(lambda n: n["name"] == name)
        if row >= 0:
            self.table.selectionModel().select(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect |
                QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))

    def open_enrol(self) -> None:
        self.dialog = EnrolDialog(self.session, self.ctx.pool, self)
        self.dialog.enrolled.connect(self._enrolled)
        self.dialog.open()

    def _enrolled(self, node: dict[str, Any]) -> None:
        self.changed_data.emit("nodes")
        self.status_message.emit(self.tr("Enrolled {0}.").format(node.get("name")))
        self.refresh()


__all__ = ["NodesSection", "QModelIndex"]

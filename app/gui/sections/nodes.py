"""Nodes: a filterable table fluid at 10,000 rows, a detail view, and enrolment."""

from __future__ import annotations

import html
import json
from datetime import datetime
from typing import Any

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QDateTimeAxis, QLineSeries
from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.gui.cordon import CordonDialog
from app.gui.deploy import DeployDialog, RollbackDialog
from app.gui.enrol import EnrolDialog
from app.gui.i18n import core_sentences, html_lines, isolate
from app.gui.models import Column, RecordTableModel
from app.gui.node_actions import RemoveNodeDialog, RepinDialog
from app.gui.node_tools import LabelsPane, NodeTools
from app.gui.sections.base import (
    LRM,
    Context,
    Section,
    empty_state,
    filter_box,
    heading,
    node_status_words,
    select_row,
)

HEALTH_LEVEL = {"healthy": 0, "degraded": 1, "unhealthy": 2}


def _labels(node: dict[str, Any]) -> str:
    return " ".join(f"{k}={v}" for k, v in sorted((node.get("labels") or {}).items()))


def node_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Columns", "Name"), lambda n: n["name"]),
        Column(QCoreApplication.translate("Columns", "Address"), lambda n: f"{n['address']}:{n['port']}"),
        Column(QCoreApplication.translate("Columns", "Status"), node_status_words),
        Column(QCoreApplication.translate(
            "Columns", "GPUs"), lambda n: str(n.get("gpus") or 0), lambda n: int(n.get("gpus") or 0)),
        Column(QCoreApplication.translate("Columns", "Health"), _health_words,
               lambda n: HEALTH_LEVEL.get(n.get("health") or "", -1)),
        Column(QCoreApplication.translate("Columns", "Labels"), _labels),
        Column(QCoreApplication.translate("Columns", "Host key"), lambda n: n.get("fingerprint") or "",
               tooltip=QCoreApplication.translate("Columns", "The pinned host key fingerprint")),
    ]


def _health_words(node: dict[str, Any]) -> str:
    """The latest health verdict in the operator's language."""
    health = str(node.get("health") or "")
    words = {
        "": QCoreApplication.translate("Columns", "not checked"),
        "healthy": QCoreApplication.translate("Columns", "healthy"),
        "degraded": QCoreApplication.translate("Columns", "degraded"),
        "unhealthy": QCoreApplication.translate("Columns", "unhealthy"),
    }
    return words.get(health, health)


def _gpu_state_words(node: dict[str, Any]) -> str:
    """What the last facts said about the node's GPU stack, in the operator's language."""
    state = str(node.get("gpu_state") or "")
    words = {
        "": "-",
        "ok": QCoreApplication.translate("Columns", "ok"),
        "no_gpu": QCoreApplication.translate("Columns", "no GPU"),
        "no_driver": QCoreApplication.translate("Columns", "driver not loaded"),
        "not_responding": QCoreApplication.translate("Columns", "GPU not responding"),
        "error": QCoreApplication.translate("Columns", "nvidia-smi failed"),
    }
    return words.get(state, state)


def _number(value: object) -> str:
    """A reading as the table shows it: whole numbers without '.0', '-' when not reported."""
    if value is None:
        return "-"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _when(stamp: object) -> str:
    """A stored UTC time stamp to the minute, as operators read it."""
    try:
        return datetime.fromisoformat(str(stamp)).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return str(stamp)


class HealthChart(QChartView):
    """Health over time: 0 healthy, 1 degraded, 2 unhealthy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setObjectName("healthChart")
        self.setAccessibleName(self.tr("Health history"))
        self.setMinimumHeight(220)

    def sizeHint(self) -> QSize:
        # Ask for no more than the minimum: the pane's layout wraps text (height for width),
        # and a scroll area would otherwise scroll to fit the chart's default 439 pixels.
        return QSize(600, self.minimumHeight())

    def show_history(self, history: list[dict[str, Any]], dark: bool) -> None:
        chart = QChart()
        chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
        chart.legend().hide()
        chart.setTitle(self.tr("Health history"))
        series = QLineSeries()
        series.setPointsVisible(True)
        times: list[int] = []
        for check in reversed(history):
            stamp = datetime.fromisoformat(str(check["checked_at"]))
            times.append(QDateTime.fromSecsSinceEpoch(int(stamp.timestamp())).toMSecsSinceEpoch())
            series.append(times[-1], HEALTH_LEVEL.get(str(check.get("status")), 2))
        chart.addSeries(series)
        x_axis = QDateTimeAxis()
        x_axis.setFormat("MM-dd hh:mm")
        if times:
            # A single check, or checks close together, still get a readable span around them.
            pad = max((max(times) - min(times)) // 20, 30 * 60 * 1000)
            x_axis.setRange(QDateTime.fromMSecsSinceEpoch(min(times) - pad),
                            QDateTime.fromMSecsSinceEpoch(max(times) + pad))
        y_axis = QCategoryAxis()
        y_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        y_axis.setRange(-0.25, 2.25)
        y_axis.append(self.tr("healthy"), 0)
        y_axis.append(self.tr("degraded"), 1)
        y_axis.append(self.tr("unhealthy"), 2)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()


class HealthPane(QScrollArea):
    """The latest health check with its reasons and notes, above the history chart.

    It scrolls rather than squeezes: a node with many reasons in a short detail pane keeps
    a chart tall enough to read, axis labels included.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        self.latest = QLabel()
        self.latest.setObjectName("healthLatest")
        self.latest.setWordWrap(True)
        self.latest.setTextFormat(Qt.TextFormat.RichText)
        self.latest.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.latest.setAccessibleName(self.tr("Latest health check"))
        self.chart = HealthChart()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.latest)
        layout.addWidget(self.chart, 1)
        self.setWidget(inner)

    def show_history(self, history: list[dict[str, Any]], dark: bool) -> None:
        self.chart.show_history(history, dark)
        if not history:
            self.latest.setText(self.tr("Not checked yet. Run the health playbook on this node."))
            return
        check = history[0]  # newest first
        title = self.tr("Latest check {0}: {1}").format(isolate(_when(check.get("checked_at"))),
                                                       _health_words({"health": check.get("status")}))
        lines = [f"<b>{html.escape(title)}</b>"]
        lines += [f"• {html.escape(reason)}" for reason in core_sentences(check, "reasons")]
        lines += [f"<i>{html.escape(note)}</i>" for note in core_sentences(check, "notes")]
        lines += [html.escape(self.tr("What to do: {0}").format(a)) for a in core_sentences(check, "actions")]
        self.latest.setText(html_lines(lines))


class DeploymentsPane(QWidget):
    """What is deployed on one node now, with Roll back and Deploy."""

    rollback_requested = Signal(str, dict)
    deploy_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._node = ""
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("nodeDeployments")
        self.table.setAccessibleName(self.tr("Bundles deployed on this node"))
        self.table.setHorizontalHeaderLabels([self.tr("Bundle"), self.tr("Version"), self.tr("Type"),
                                              self.tr("Classification"), self.tr("Previous version"),
                                              self.tr("Deployed"), self.tr("Approved by")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._selected)
        self.empty = empty_state(self.tr("No bundles deployed on this node. Use Deploy… to send a model or an "
                                         "update to it."), "noDeployments")
        self.rollback_button = QPushButton(self.tr("Roll &back…"))
        self.rollback_button.setObjectName("rollbackDeploymentButton")
        self.rollback_button.setToolTip(self.tr("Switch the selected model back to the version deployed before it"))
        self.rollback_button.setEnabled(False)
        self.rollback_button.clicked.connect(self._rollback)
        self.deploy_button = QPushButton(self.tr("&Deploy to this node…"))
        self.deploy_button.setObjectName("deployToNodeButton")
        self.deploy_button.setToolTip(self.tr("Deploy an imported model or update bundle to this node"))
        self.deploy_button.clicked.connect(self.deploy_requested.emit)
        self.may_rollback = False
        buttons = QHBoxLayout()
        buttons.addWidget(self.rollback_button)
        buttons.addWidget(self.deploy_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def show_deployments(self, node: str, deployed: list[dict[str, Any]]) -> None:
        self._node, self._rows = node, list(deployed)
        self.table.setRowCount(len(deployed))
        for row, d in enumerate(deployed):
            # LRM: date, time and name keep their order in a right-to-left layout.
            when = f"{LRM}{str(d.get('deployed_at') or '')[:16].replace('T', ' ')} {d.get('deployed_by') or ''}"
            values = (d.get("name"), d.get("version"), d.get("type"), d.get("classification"),
                      d.get("previous_version") or "-", when, d.get("approved_by") or "-")
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(str(value)))
        self.table.setVisible(bool(deployed))
        self.empty.setVisible(not deployed)
        if deployed:
            select_row(self.table, 0)
        self._selected()

    def names(self) -> list[str]:
        return [str(d.get("name")) for d in self._rows]

    def _current(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows and rows[0].row() < len(self._rows) else None

    def _selected(self) -> None:
        chosen = self._current()
        able = (chosen is not None and chosen.get("type") == "model" and bool(chosen.get("previous_version"))
                and self.may_rollback)
        self.rollback_button.setEnabled(able)
        if chosen is not None and not able and self.may_rollback:
            self.rollback_button.setToolTip(self.tr("Only a model with a previous version recorded can be rolled "
                                                    "back"))
        else:
            self.rollback_button.setToolTip(self.tr("Switch the selected model back to the version deployed "
                                                    "before it"))

    def _rollback(self) -> None:
        chosen = self._current()
        if chosen is not None:
            self.rollback_requested.emit(str(chosen["name"]), {
                self._node: (str(chosen.get("version")), str(chosen.get("previous_version")))})


class NodeDetail(QTabWidget):
    def __init__(self, dark: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nodeDetail")
        self._dark = dark
        self.overview = QLabel()
        self.overview.setObjectName("nodeOverview")
        self.overview.setWordWrap(True)
        self.overview.setTextFormat(Qt.TextFormat.RichText)
        self.overview.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.overview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        columns = [
            (self.tr("GPU"), self.tr("Index nvidia-smi gives the GPU")),
            (self.tr("Model"), ""),
            (self.tr("UUID"), ""),
            (self.tr("Memory (MiB)"), self.tr("Memory used / total (MiB)")),
            (self.tr("MIG"), self.tr("Multi-Instance GPU mode")),
            (self.tr("Temperature (°C)"), self.tr("Now, and where the GPU slows itself down")),
            (self.tr("Power (W)"), self.tr("Power draw / limit (W)")),
            (self.tr("Uncorrected ECC"), self.tr("Uncorrected ECC (boot / lifetime)")),
            (self.tr("Reset pending"), self.tr("Retired pages or remapped rows wait for a GPU reset")),
        ]
        self.gpus = QTableWidget(0, len(columns))
        self.gpus.setObjectName("nodeGpus")
        self.gpus.setAccessibleName(self.tr("GPUs of this node"))
        self.gpus.setHorizontalHeaderLabels([heading for heading, _tip in columns])
        for col, (_heading, tip) in enumerate(columns):
            item = self.gpus.horizontalHeaderItem(col)
            if tip and item is not None:
                item.setToolTip(tip)
        self.gpus.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.gpus.horizontalHeader().setStretchLastSection(True)
        self.gpus.verticalHeader().hide()
        self.gpus.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.facts = QPlainTextEdit()
        self.facts.setObjectName("nodeFacts")
        self.facts.setReadOnly(True)
        self.health = HealthPane()
        self.chart = self.health.chart
        self.deployments = DeploymentsPane()
        self.node: dict[str, Any] | None = None
        self.addTab(self.overview, self.tr("Overview"))
        self.addTab(self.gpus, self.tr("GPUs"))
        self.addTab(self.facts, self.tr("Facts"))
        self.addTab(self.health, self.tr("Health"))
        self.addTab(self.deployments, self.tr("Deployed bundles"))

    def _gpu_cells(self, gpu: dict[str, Any]) -> list[str]:
        """One GPU's row: '-' where nvidia-smi said N/A or the driver does not report it."""
        temperature = _number(gpu.get("temperature_c"))
        margin = gpu.get("slowdown_margin_c")
        if margin is not None and temperature != "-":
            temperature = self.tr("{0} ({1} before slowdown)").format(temperature, _number(margin))
        pending = gpu.get("remapped_rows_pending") or gpu.get("retired_pages_pending")
        known = gpu.get("remapped_rows_pending") is not None or gpu.get("retired_pages_pending") is not None
        return [
            _number(gpu.get("index")),
            str(gpu.get("name") or "-"),
            str(gpu.get("uuid") or "-"),
            f"{_number(gpu.get('memory_used_mib'))} / {_number(gpu.get('memory_total_mib'))}",
            str(gpu.get("mig_mode") or "-"),
            temperature,
            f"{_number(gpu.get('power_draw_w'))} / {_number(gpu.get('power_limit_w'))}",
            f"{_number(gpu.get('ecc_uncorrected_volatile'))} / {_number(gpu.get('ecc_uncorrected_aggregate'))}",
            (self.tr("yes") if pending else self.tr("no")) if known else "-",
        ]

    def show_node(self, node: dict[str, Any]) -> None:
        self.node = node
        keys = ", ".join(f"{k['type']} {k['fingerprint']}" for k in node.get("host_keys", []))
        labels = " ".join(f"{k}={v}" for k, v in sorted((node.get("labels") or {}).items())) or "-"
        lines = [html.escape(line) for line in (
            # The address and port stay one run: isolated apart, ":" would swap them.
            self.tr("Address: {0}:{1}, user {2}").format(node["address"], node["port"], isolate(node["user"])),
            self.tr("Status: {0}").format(node_status_words(node)),
            self.tr("Pinned host key: {0}").format(isolate(keys or "-")),
            self.tr("Labels: {0}").format(isolate(labels)),
            self.tr("Enrolled {0} by {1}").format(isolate(_when(node.get("enrolled_at"))),
                                                  isolate(node.get("enrolled_by"))),
            # What the node's nvidia-smi reported: text from the node, shown as text.
            self.tr("Driver {0}, CUDA {1}, GPU state {2}").format(isolate(node.get("driver_version") or "-"),
                                                                  isolate(node.get("cuda_version") or "-"),
                                                                  _gpu_state_words(node)),
        )]
        lines.insert(0, f"<h3>{html.escape(node['name'])}</h3>")
        if node.get("status") == "hostkey_changed":
            lines.append("<b>" + html.escape(self.tr("The node offered a changed host key. Every connection to it "
                                                     "is stopped until an admin re-pins it.")) + "</b>")
        self.overview.setText(html_lines(lines))
        gpus = node.get("gpus") or []
        self.gpus.setRowCount(len(gpus))
        for row, gpu in enumerate(gpus):
            for col, value in enumerate(self._gpu_cells(gpu)):
                self.gpus.setItem(row, col, QTableWidgetItem(value))
        facts = node.get("facts")
        self.facts.setPlainText(json.dumps(facts, indent=2, sort_keys=True) if facts else
                                self.tr("No facts collected yet. Run the facts playbook on this node."))
        self.health.show_history(node.get("health") or [], bool(self._dark()))
        self.deployments.show_deployments(node["name"], node.get("deployments") or [])


class NodesSection(Section):
    selection_changed = Signal(list)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:  # noqa: PLR0915 - one page, built once
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
        self.action_buttons: dict[str, QPushButton] = {}
        self.deploy_action = self._node_action(self.tr("&Deploy…"), "Ctrl+D", "deployNodesButton",
                                               self.tr("Deploy a model or update bundle to the selected nodes "
                                                       "(Ctrl+D)"), self.open_deploy)
        self.repin_action = self._node_action(self.tr("Re-&pin host key…"), "", "repinNodeButton",
                                              self.tr("Admin: pin the new host key of the selected node, after "
                                                      "reading it on its console"), self.open_repin)
        self.cordon_action = self._node_action(self.tr("C&ordon or uncordon…"), "", "cordonNodeButton",
                                               self.tr("Take the selected node out of service, or put it back, "
                                                       "with a reason"), self.open_cordon)
        self.remove_action = self._node_action(self.tr("&Remove…"), QKeySequence.StandardKey.Delete,
                                               "removeNodeButton", self.tr("Forget the selected node (Delete)"),
                                               self.open_remove)
        self.count = QLabel()
        self.count.setProperty("role", "muted")
        self.table = QTableView()
        self.table.setObjectName("nodeTable")
        self.table.setAccessibleName(self.tr("Nodes"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(0)  # the visible rows only: cheap at 10,000 rows
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self._wanted: str | None = None  # the node the detail view should show (the latest asked for)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.deploy_action, self.cordon_action, self.repin_action, self.remove_action):
            self.table.addAction(action)
        self.detail = NodeDetail(ctx.dark)
        self.detail.deployments.may_rollback = self.may("deploy.rollback")
        self.detail.deployments.deploy_button.setEnabled(self.may("deploy.model"))
        self.detail.deployments.rollback_requested.connect(self.open_rollback)
        self.detail.deployments.deploy_requested.connect(self.open_deploy)
        # Labels edited in the node's details; management key and deployment history (app/gui/node_tools.py)
        self.labels_pane = LabelsPane(self)
        self.detail.addTab(self.labels_pane, self.tr("Labels"))
        self.labels_pane.labelled.connect(self._relabelled)
        self.tools = NodeTools(self)
        self.detail.hide()
        self.empty = empty_state(self.tr("No nodes enrolled yet. Use Enrol node… to add the first one."), "noNodes")

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        top.addWidget(self.enrol_button)
        for button in [*self.action_buttons.values(), *self.tools.buttons()]:
            top.addWidget(button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.split = split
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title()))
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        self.dialog: Any = None
        self._update_actions()

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
        first = self.model.total() == 0
        chosen = set(self.selected_names())
        self.model.set_records(nodes)
        self._reselect(chosen)
        self.empty.setVisible(not nodes)
        self._count_changed()
        if first and nodes:
            # Fit the columns to the first rows once (labels and keys are long); not on every refresh.
            self.table.resizeColumnsToContents()

    def _reselect(self, names: set[str]) -> None:
        """Select again the nodes the operator had selected before the list was read again.

        A refresh (after a deployment, a re-pin, or from elsewhere) must not take the
        selection away. Where every node is still there, nothing is announced and the
        detail view stays as it is (`refresh_detail` reads it again where needed); where
        some are gone, the change is announced like any other.
        """
        if not names:
            return
        selection = QItemSelection()
        found = 0
        for row in range(self.model.rowCount()):
            if self.model.record(row)["name"] in names:
                selection.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
                found += 1
        model = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        if found == len(names):
            blocked = model.blockSignals(True)
            try:
                model.select(selection, flags)
            finally:
                model.blockSignals(blocked)
            self.table.viewport().update()
            self._update_actions()
        else:
            model.select(selection, flags)

    def _count_changed(self) -> None:
        self.count.setText(self.tr("{0} of {1}").format(self.model.rowCount(), self.model.total()))

    def selected_names(self) -> list[str]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [self.model.record(row)["name"] for row in sorted(rows)]

    def selected_records(self) -> list[dict[str, Any]]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [self.model.record(row) for row in sorted(rows)]

    def _node_action(self, text: str, shortcut: Any, name: str, tip: str, slot: Any) -> QAction:
        """An action on the selected nodes: a toolbar button, a context-menu entry and a shortcut."""
        action = QAction(text, self)
        action.setObjectName(name)
        action.setToolTip(tip)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            # Delete acts on the table only (a text field keeps its own Delete); Ctrl+D on the page.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut if shortcut == QKeySequence.StandardKey.Delete
                                      else Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        self.action_buttons[name] = button
        return action

    def _update_actions(self) -> None:
        names = self.selected_names()
        self.deploy_action.setEnabled(bool(names) and self.may("deploy.model"))
        self.repin_action.setEnabled(len(names) == 1 and self.may("node.repin"))
        self.cordon_action.setEnabled(len(names) == 1 and self.may("node.cordon"))
        self.remove_action.setEnabled(len(names) == 1 and self.may("node.remove"))

    def _selected(self) -> None:
        names = self.selected_names()
        self.selection_changed.emit(names)
        self._update_actions()
        if len(names) == 1:
            self.show_detail_of(names[0])

    def show_detail_of(self, name: str) -> None:
        session = self.session
        self._wanted = name
        self.run(lambda: session.show_node(name), self._show_detail)

    def _show_detail(self, node: dict[str, Any]) -> None:
        # Reads run on a pool and may end out of order: a node the operator has since moved
        # away from (an older selection, a refresh asked for before) is not shown.
        if node.get("name") != self._wanted:
            return
        self.detail.show_node(node)
        self.labels_pane.show_node(node)
        self.detail.show()
        # A pane hidden when the splitter was laid out comes back with no height: give it its
        # share. The table keeps 2/5 to 3/5, as much of that as its rows fill.
        sizes = self.split.sizes()
        if sizes[1] == 0 and sum(sizes) > 0:
            total = sum(sizes)
            rows = self.table.horizontalHeader().height() + self.model.rowCount() * 24 + 8
            table = max(total * 2 // 5, min(total * 3 // 5, rows))
            self.split.setSizes([table, total - table])

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

    # -- deploy, roll back, re-pin, remove ----------------------------------------------------------

    def open_deploy(self, bundle: str = "") -> DeployDialog:
        names = self.selected_names()
        if not names and self.detail.node is not None:
            names = [self.detail.node["name"]]
        dialog = DeployDialog(self.session, self.ctx.pool, bundle=bundle, nodes=names, parent=self)
        dialog.deployed.connect(self._deployed)
        self._keep(dialog)
        dialog.load()
        return dialog

    def open_rollback(self, name: str, versions: dict[str, tuple[str, str]]) -> RollbackDialog:
        dialog = RollbackDialog(self.session, self.ctx.pool, name, versions, self)
        dialog.rolled_back.connect(self._deployed)
        self._keep(dialog)
        return dialog

    def open_repin(self) -> RepinDialog | None:
        records = self.selected_records()
        if len(records) != 1:
            return None
        dialog = RepinDialog(self.session, self.ctx.pool, records[0], self)
        dialog.repinned.connect(self._repinned)
        self._keep(dialog)
        return dialog

    def open_cordon(self) -> CordonDialog | None:
        records = self.selected_records()
        if len(records) != 1:
            return None
        dialog = CordonDialog(self.session, self.ctx.pool, records[0], self)
        dialog.changed.connect(self._cordon_changed)
        self._keep(dialog)
        return dialog

    def open_remove(self) -> RemoveNodeDialog | None:
        names = self.selected_names()
        if len(names) != 1:
            return None
        dialog = RemoveNodeDialog(self.session, self.ctx.pool, names[0], self)
        dialog.removed.connect(self._removed)
        self._keep(dialog)
        return dialog

    def _keep(self, dialog: Any) -> None:
        """Show a dialog without blocking; it is deleted when closed."""
        self.dialog = dialog
        dialog.finished.connect(lambda _code: self._forget_dialog(dialog))
        dialog.open()

    def _forget_dialog(self, dialog: Any) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _deployed(self, _result: Any) -> None:
        """A deployment or rollback ended (perhaps partly): show what the nodes have now."""
        self.changed_data.emit("deployments")
        self.refresh()
        self.refresh_detail()

    def refresh_detail(self) -> None:
        """Read the node shown in the detail view again (after a deployment from elsewhere)."""
        if self.detail.node is not None:
            self.show_detail_of(self._wanted or self.detail.node["name"])

    def _repinned(self, node: dict[str, Any]) -> None:
        self.status_message.emit(self.tr("Re-pinned the host key of {0}.").format(node.get("name")))
        self.changed_data.emit("nodes")
        self.refresh()
        self._wanted = str(node.get("name"))
        self._show_detail(node)

    def _relabelled(self, node: dict[str, Any]) -> None:
        self.status_message.emit(self.tr("Saved the labels of {0}.").format(node.get("name")))
        self.changed_data.emit("nodes")
        self.refresh()
        self.detail.show_node(node)

    def _cordon_changed(self, node: dict[str, Any]) -> None:
        text = self.tr("Cordoned {0}.") if node.get("cordon") else self.tr("Uncordoned {0}.")
        self.status_message.emit(text.format(node.get("name")))
        self.changed_data.emit("nodes")
        self.refresh()
        self._wanted = str(node.get("name"))
        self._show_detail(node)

    def _removed(self, name: str) -> None:
        self.status_message.emit(self.tr("Removed {0}.").format(name))
        if self._wanted == name:
            self._wanted = None
        if self.detail.node is not None and self.detail.node["name"] == name:
            self.detail.node = None
            self.detail.hide()
        self.changed_data.emit("nodes")
        self.refresh()


__all__ = ["NodesSection", "QModelIndex"]

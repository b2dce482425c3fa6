"""Dashboard: fleet health, GPU totals by model, and the alarms that need someone."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.backup_warning import BackupWarning
from app.gui.sections.base import Card, Context, Section, empty_state, heading, subheading


@dataclass
class FleetView:
    """What the dashboard shows, computed on a worker from the service's lists."""

    nodes: int = 0
    healthy: int = 0
    degraded: int = 0
    unhealthy: int = 0
    gpus: int = 0
    gpu_models: Counter[str] = field(default_factory=Counter)
    bundles: int = 0
    jobs_failed: int = 0
    audit_entries: int = 0
    alarms: list[tuple[str, str]] = field(default_factory=list)


def gather(session: Any) -> FleetView:
    """Read everything the dashboard needs (runs on a worker thread)."""
    view = FleetView()
    if session.check("node.list"):
        for node in session.list_nodes():
            view.nodes += 1
            health = node.get("health")
            view.healthy += health == "healthy"
            view.degraded += health == "degraded"
            view.unhealthy += health == "unhealthy"
            view.gpus += int(node.get("gpus") or 0)
            models = node.get("gpu_models")
            if isinstance(models, dict):
                view.gpu_models.update({str(k): int(v) for k, v in models.items()})
            if node.get("status") == "hostkey_changed":
                view.alarms.append(("hostkey", node["name"]))
            if health == "unhealthy" or node.get("gpu_state") not in (None, "ok", "no_gpu"):
                view.alarms.append(("gpu", node["name"]))
    if session.check("job.list"):
        for job in session.list_jobs(limit=50):
            if job.get("status") in ("failed", "timeout") or (job.get("succeeded") is False and job.get("finished_at")):
                view.jobs_failed += 1
                view.alarms.append(("job", f"{job['id']} {job['playbook']}"))
    if session.check("bundle.list"):
        view.bundles = len(session.list_bundles())
    view.audit_entries = int(session.audit_size())
    return view


class DashboardSection(Section):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.nodes_card = Card(self.tr("Nodes"), "cardNodes")
        self.gpus_card = Card(self.tr("GPUs"), "cardGpus")
        self.bundles_card = Card(self.tr("Bundles"), "cardBundles")
        self.audit_card = Card(self.tr("Audit entries"), "cardAudit")
        cards = QHBoxLayout()
        for card in (self.nodes_card, self.gpus_card, self.bundles_card, self.audit_card):
            cards.addWidget(card)

        self.models = QTableWidget(0, 2)
        self.models.setObjectName("gpuModels")
        self.models.setHorizontalHeaderLabels([self.tr("GPU model"), self.tr("Count")])
        self.models.horizontalHeader().setStretchLastSection(True)
        self.models.verticalHeader().hide()
        self.models.setAccessibleName(self.tr("GPU totals by model"))
        self.models.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.no_gpus = empty_state(self.tr("No GPU facts yet. Enrol nodes and run the facts playbook."), "noGpus")

        self.alarms = QListWidget()
        self.alarms.setObjectName("alarms")
        self.alarms.setAccessibleName(self.tr("Alarms"))
        self.no_alarms = empty_state(self.tr("No alarms: no changed host keys, no unhealthy GPUs, no failed jobs."),
                                     "noAlarms")

        grid = QGridLayout()
        grid.addWidget(subheading(self.tr("GPU totals by model")), 0, 0)
        grid.addWidget(subheading(self.tr("Alarms")), 0, 1)
        grid.addWidget(self.models, 1, 0)
        grid.addWidget(self.no_gpus, 1, 0)
        grid.addWidget(self.alarms, 1, 1)
        grid.addWidget(self.no_alarms, 1, 1)
        grid.setRowStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title()))
        layout.addWidget(BackupWarning(self))
        layout.addLayout(cards)
        layout.addLayout(grid, 1)
        self.models.hide()
        self.alarms.hide()
        self.view: FleetView | None = None

    def title(self) -> str:
        return self.tr("Dashboard")

    def refresh(self) -> None:
        session = self.session
        self.run(lambda: gather(session), self.show_view)

    def show_view(self, view: FleetView) -> None:
        self.view = view
        if view.nodes:
            detail = self.tr("{0}, {1}, {2}", "three counts").format(
                self.tr("%n healthy", "", view.healthy), self.tr("%n degraded", "", view.degraded),
                self.tr("%n unhealthy", "", view.unhealthy))
            state = "bad" if view.unhealthy else "warn" if view.degraded else "ok"
            self.nodes_card.show_value(str(view.nodes), detail, state)
        else:
            self.nodes_card.show_value("0", self.tr("No nodes enrolled yet."))
        self.gpus_card.show_value(str(view.gpus), self.tr("%n model(s)", "", len(view.gpu_models)))
        self.bundles_card.show_value(str(view.bundles), self.tr("in the content store"))
        self.audit_card.show_value(str(view.audit_entries), self.tr("entries in the tamper-evident log"))
        self.models.setRowCount(0)
        for model, count in view.gpu_models.most_common():
            row = self.models.rowCount()
            self.models.insertRow(row)
            self.models.setItem(row, 0, QTableWidgetItem(model))
            self.models.setItem(row, 1, QTableWidgetItem(str(count)))
        self.models.setVisible(bool(view.gpu_models))
        self.no_gpus.setVisible(not view.gpu_models)
        self.alarms.clear()
        texts = {
            "hostkey": self.tr("Node {0} offered a changed host key: every connection to it is stopped. "
                               "An admin must check the key on the console and re-pin it."),
            "gpu": self.tr("Node {0} has an unhealthy or unresponsive GPU. Open it in Nodes for the reasons."),
            "job": self.tr("Job {0} failed. Open it in Jobs to see which hosts and tasks."),
        }
        for kind, subject in view.alarms:
            item = QListWidgetItem(texts[kind].format(subject))
            item.setToolTip(item.text())
            self.alarms.addItem(item)
        self.alarms.setVisible(bool(view.alarms))
        self.no_alarms.setVisible(not view.alarms)

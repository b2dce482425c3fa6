"""The Nodes section's lifecycle tools.

- `LabelsPane`: a node's labels, edited in its details (`airlock node label`); raising a
  clearance asks for a second approval when dual control requires it;
- `ManagementKeyDialog`: the appliance's management public key (`airlock node management-key`);
- `DeploymentHistoryDialog`: every deployment and rollback, newest first
  (`airlock deployments --history`).

Everything is read and written on workers; the service checks and audits it all.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.approval import ApprovalGate
from app.gui.errors import explain
from app.gui.i18n import isolate
from app.gui.models import Column, RecordTableModel
from app.gui.sections.base import filter_box, stamp_text
from app.gui.tool_buttons import ToolButtons
from app.gui.worker import WorkerPool

_KEY, _VALUE = 0, 1


class LabelsPane(QWidget):
    """Edit one node's labels: set, change, remove; saved as one audited change."""

    labelled = Signal(object)

    def __init__(self, section: Any) -> None:
        super().__init__()
        self._section = section
        self.setObjectName("nodeLabels")
        self.gate = ApprovalGate(section.session, section.ctx.pool, self)
        self.node: dict[str, Any] | None = None
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("labelTable")
        self.table.setAccessibleName(self.tr("Labels of this node"))
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Value")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_button = QPushButton(self.tr("&Add label"))
        self.add_button.setObjectName("addLabelButton")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Re&move label"))
        self.remove_button.setObjectName("removeLabelButton")
        self.remove_button.clicked.connect(self.remove_selected)
        self.save_button = QPushButton(self.tr("&Save labels"))
        self.save_button.setObjectName("saveLabelsButton")
        self.save_button.setToolTip(self.tr("Record the change (audited); deployments from now on use the new "
                                            "labels"))
        self.save_button.clicked.connect(self.save)
        self.note = QLabel(self.tr("Keys: site, zone, clearance, roles (roles=gpu+serving). Raising the "
                                   "clearance is an admin's decision, under dual control when required."))
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.status = QLabel()
        self.status.setObjectName("labelStatus")
        self.status.setWordWrap(True)
        may = section.may("node.label")
        for widget in (self.table, self.add_button, self.remove_button, self.save_button):
            widget.setEnabled(may)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.status)

    def show_node(self, node: dict[str, Any]) -> None:
        self.node = node
        labels = node.get("labels") or {}
        self.table.setRowCount(0)
        for key, value in sorted(labels.items()):
            self._append(key, value)
        self.status.clear()

    def _append(self, key: str, value: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, _KEY, QTableWidgetItem(key))
        self.table.setItem(row, _VALUE, QTableWidgetItem(value))

    def add_row(self) -> None:
        self._append("", "")
        self.table.setCurrentCell(self.table.rowCount() - 1, _KEY)
        self.table.editItem(self.table.item(self.table.rowCount() - 1, _KEY))

    def remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def edited(self) -> dict[str, str]:
        """The labels as the table holds them now (rows without a key are left out)."""
        found: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            key_item, value_item = self.table.item(row, _KEY), self.table.item(row, _VALUE)
            key = key_item.text().strip() if key_item is not None else ""
            if key:
                found[key] = value_item.text().strip() if value_item is not None else ""
        return found

    def changes(self) -> tuple[list[str], list[str]]:
        """(KEY=VALUE to set, keys to remove) from the node's labels to the table's."""
        old = (self.node or {}).get("labels") or {}
        new = self.edited()
        assignments = [f"{key}={value}" for key, value in sorted(new.items()) if old.get(key) != value]
        return assignments, sorted(set(old) - set(new))

    def save(self) -> None:
        if self.node is None:
            return
        name = str(self.node["name"])
        assignments, removals = self.changes()
        if not assignments and not removals:
            self.status.setText(self.tr("Nothing to save: the labels are as they were."))
            return
        session = self._section.session
        self.save_button.setEnabled(False)

        def ask(action: str) -> None:
            what = self.tr("Change the labels of {0}: {1}.").format(
                name, " ".join(assignments + [f"-{key}" for key in removals]))
            self.gate.request(action, what, lambda approval: self._save(name, assignments, removals, approval),
                              on_error=self._failed, on_cancel=lambda: self.save_button.setEnabled(True))

        self._section.run(lambda: session.label_action(name, assignments, removals), ask, on_error=self._failed)

    def _save(self, name: str, assignments: list[str], removals: list[str], approval: Any) -> None:
        session = self._section.session
        self._section.run(lambda: session.label_node(name, assignments, removals, approval=approval),
                          self._saved, on_error=self._failed)

    def _saved(self, node: dict[str, Any]) -> None:
        self.save_button.setEnabled(self._section.may("node.label"))
        self.show_node(node)
        self.status.setText(self.tr("Saved. Deployments from now on use these labels."))
        self.labelled.emit(node)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(self._section.may("node.label"))
        what, todo = explain(exc)
        self.status.setText(self.tr("The labels were not changed: {0}\nWhat to do: {1}").format(what, todo))


class ManagementKeyDialog(QDialog):
    """The management public key, to install on a node by other means (a kickstart, a console)."""

    def __init__(self, session: Any, pool: WorkerPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("managementKeyDialog")
        self.setWindowTitle(self.tr("Management key"))
        self.setMinimumWidth(640)
        what = QLabel(self.tr("Airlock reaches every node with this key. Enrolment installs it; to prepare a "
                              "node another way, add this line to the managing account's {0}. Its private half "
                              "never leaves the vault.").format(isolate("~/.ssh/authorized_keys")))
        what.setWordWrap(True)
        self.key = QPlainTextEdit()
        self.key.setObjectName("managementKey")
        self.key.setReadOnly(True)
        self.key.setAccessibleName(self.tr("Management public key"))
        self.key.setPlaceholderText(self.tr("Reading the key…"))
        self.key.setMaximumHeight(90)
        self.key.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # an OpenSSH line, in any language
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setObjectName("copyManagementKey")
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.key.toPlainText()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(self.key)
        layout.addWidget(buttons)
        pool.submit(session.management_public_key, owner=self, on_result=self._show, on_error=self._failed)

    def _show(self, line: str) -> None:
        self.key.setPlainText(line)
        self.copy_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        what, todo = explain(exc)
        self.key.setPlainText(self.tr("The key could not be read: {0}\nWhat to do: {1}").format(what, todo))


class DeploymentHistoryDialog(QDialog):
    """Every deployment and rollback recorded, newest first, filtered by words."""

    def __init__(self, session: Any, pool: WorkerPool, node: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deploymentHistoryDialog")
        self.setWindowTitle(self.tr("Deployment history"))
        self.resize(980, 560)
        self.model = RecordTableModel([
            Column(self.tr("When"), lambda d: stamp_text(d["deployed_at"]), lambda d: d["deployed_at"]),
            Column(self.tr("Node"), lambda d: d["node"]),
            Column(self.tr("Bundle"), lambda d: d["name"]),
            Column(self.tr("Version"), lambda d: d["version"]),
            Column(self.tr("Type"), lambda d: d["type"]),
            Column(self.tr("Classification"), lambda d: d["classification"]),
            Column(self.tr("Kind"), self._kind),
            Column(self.tr("Before"), lambda d: d.get("previous_version") or "-"),
            Column(self.tr("State"), self._state),
            Column(self.tr("By"), _who),
        ], self)
        self.filter = filter_box(self.tr("Filter: node, bundle, version, account…"), "historyFilter")
        self.filter.textChanged.connect(self.model.set_filter)
        self.filter.textChanged.connect(self._count)
        self.count = QLabel()
        self.count.setProperty("role", "muted")
        self.table = QTableView()
        self.table.setObjectName("deploymentHistory")
        self.table.setAccessibleName(self.tr("Deployment history"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.filter.setText(node)
        pool.submit(lambda: session.deployments(history=True), owner=self, on_result=self.show_history,
                    on_error=self._failed)

    def _kind(self, deployment: dict[str, Any]) -> str:
        return self.tr("rollback") if deployment["kind"] == "rollback" else self.tr("deploy")

    def _state(self, deployment: dict[str, Any]) -> str:
        return self.tr("current") if deployment["state"] == "current" else self.tr("superseded")

    def show_history(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_records(rows)
        self._count()

    def _count(self) -> None:
        if self.model.total() == 0:
            self.count.setText(self.tr("Nothing deployed yet."))
        else:
            self.count.setText(self.tr("{0} of {1}").format(self.model.rowCount(), self.model.total()))

    def _failed(self, exc: BaseException) -> None:
        what, todo = explain(exc)
        self.count.setText(self.tr("The history could not be read: {0}\nWhat to do: {1}").format(what, todo))


def _who(deployment: dict[str, Any]) -> str:
    """Who deployed, and who approved it under dual control."""
    approver = deployment.get("approved_by")
    return f"{deployment['deployed_by']} + {approver}" if approver else str(deployment["deployed_by"])


class NodeTools(ToolButtons):
    """The Management key… and Deployment history… buttons of the Nodes section."""

    def __init__(self, section: Any) -> None:
        super().__init__(section)
        self.key_button = self._button(self.tr("Management &key…"), "managementKeyButton",
                                       self.tr("Show the public key Airlock uses to reach the nodes"), "node.list",
                                       self.open_key)
        self.history_button = self._button(self.tr("Deployment &history…"), "deploymentHistoryButton",
                                           self.tr("Every deployment and rollback, newest first"), "node.show",
                                           self.open_history)

    def buttons(self) -> list[QPushButton]:
        return [self.key_button, self.history_button]

    def open_key(self) -> ManagementKeyDialog:
        dialog = ManagementKeyDialog(self._section.session, self._section.ctx.pool, self._section)
        self._keep(dialog)
        return dialog

    def open_history(self) -> DeploymentHistoryDialog:
        names = self._section.selected_names()
        dialog = DeploymentHistoryDialog(self._section.session, self._section.ctx.pool,
                                         names[0] if len(names) == 1 else "", self._section)
        self._keep(dialog)
        return dialog

"""Relays in the desktop application: list them, add one, remove one (admin).

A relay is an enrolled node that runs jobs for the nodes behind it. The Nodes section shows
each node's path (a column and a line of its detail) and opens `RelaysDialog` from its
"Relays…" button; adding and removing go through the same service calls as
`airlock relay add|remove`, on a worker, under dual control when it is switched on.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.errors import explain
from app.gui.i18n import isolate
from app.gui.node_actions import RemovalDialog, _NodeDialog
from app.gui.sections.base import empty_state, node_status_words
from app.gui.worker import WorkerPool

PREVIEW_DELAY_MS = 300


def path_words(node: dict[str, Any]) -> str:
    """How the appliance reaches a node, in the operator's language."""
    relay = node.get("relay")
    if relay:
        return QCoreApplication.translate("Columns", "relay {0}").format(relay)
    return QCoreApplication.translate("Columns", "direct")


def relays_button(section: Any) -> QPushButton:
    """The Nodes section's "Relays…" button: opens the relays dialog; a change refreshes the nodes."""
    button = QPushButton(QCoreApplication.translate("RelaysDialog", "Re&lays…"))
    button.setObjectName("relaysButton")
    button.setToolTip(QCoreApplication.translate(
        "RelaysDialog", "Nodes that run jobs for the nodes behind them, which the appliance may not reach"))
    button.setEnabled(bool(section.session.check("relay.list")))

    def open_dialog() -> None:
        dialog = RelaysDialog(section.session, section.ctx.pool, section)
        dialog.changed.connect(lambda: (section.changed_data.emit("nodes"), section.refresh()))
        section._keep(dialog)  # noqa: SLF001 - the section's own way of showing a dialog

    button.clicked.connect(open_dialog)
    return button


class RelaysDialog(_NodeDialog):
    """Every relay, what it serves and what it runs; add and remove (admin)."""

    changed = Signal()

    def __init__(self, session: Any, pool: WorkerPool, parent: QWidget | None = None) -> None:
        super().__init__(session, pool, parent)
        self.setObjectName("relaysDialog")
        self.setWindowTitle(self.tr("Relays"))
        self.setMinimumSize(820, 420)
        self.cancel_button.setText(self.tr("Close"))
        intro = QLabel(self.tr("A relay is an enrolled node that runs jobs for the nodes its pattern selects, which "
                               "the appliance may not reach itself. A node has one relay at most; a relay is always "
                               "reached directly. Make a node a relay once it runs the relay program: deploy the "
                               "relay wheelhouse to it with the relay playbook."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("relayTable")
        self.table.setAccessibleName(self.tr("Relays"))
        self.table.setHorizontalHeaderLabels([self.tr("Relay"), self.tr("Address"), self.tr("Status"),
                                              self.tr("Serves"), self.tr("Nodes behind it"), self.tr("Runs")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update)
        self.empty = empty_state(self.tr("No relays. Every node is reached directly."), "noRelays")
        self.add_button = self.buttons.addButton(self.tr("&Add relay…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.add_button.setObjectName("addRelayButton")
        self.add_button.setToolTip(self.tr("Admin: make an enrolled node the relay of the nodes a pattern selects"))
        self.add_button.clicked.connect(self.open_add)
        self.remove_button = self.buttons.addButton(self.tr("&Remove relay…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button.setObjectName("removeRelayButton")
        self.remove_button.setToolTip(self.tr("Admin: stop using the selected relay; its nodes are reached directly"))
        self.remove_button.clicked.connect(self.open_remove)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.relays: list[dict[str, Any]] = []
        self.child: Any = None
        self.load()

    def load(self) -> None:
        session = self._session
        self._set_busy(True)
        self._pool.submit(session.list_relays, owner=self, on_result=self.show_relays,
                          on_error=lambda exc: self._problem(self.tr("Relays not read"), exc))

    def show_relays(self, relays: list[dict[str, Any]]) -> None:
        self._set_busy(False)
        self.relays = relays
        self.table.setRowCount(len(relays))
        for row, relay in enumerate(relays):
            nodes = relay["nodes"]
            served = self.tr("{0}: {1}").format(len(nodes), isolate(", ".join(nodes))) if nodes else self.tr("none yet")
            if relay["conflicts"]:
                served += " " + self.tr("(also selected by another relay: {0})").format(", ".join(relay["conflicts"]))
            runs = relay["versions"].get("ansible-runner", "-")
            cells = [relay["name"], f"{relay['address']}:{relay['port']}", node_status_words(relay),
                     relay["serves"], served, self.tr("ansible-runner {0}").format(runs)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (1, 3, 5):  # addresses, patterns and versions read left to right
                    item.setText(isolate(text))
                self.table.setItem(row, col, item)
        self.empty.setVisible(not relays)
        self.table.setVisible(bool(relays))
        self._update()

    def selected(self) -> dict[str, Any] | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.relays[rows.pop()] if len(rows) == 1 else None

    def _update(self) -> None:
        self.add_button.setEnabled(bool(self._session.check("relay.add")) and not self._busy)
        self.remove_button.setEnabled(self.selected() is not None and bool(self._session.check("relay.remove"))
                                      and not self._busy)

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        if hasattr(self, "remove_button"):
            self._update()

    def _changed(self, _result: Any) -> None:
        self.changed.emit()
        self.load()

    def open_add(self) -> AddRelayDialog:
        self.child = AddRelayDialog(self._session, self._pool, self)
        self.child.added.connect(self._changed)
        self.child.open()
        return self.child

    def open_remove(self) -> RemoveRelayDialog | None:
        relay = self.selected()
        if relay is None:
            return None
        self.child = RemoveRelayDialog(self._session, self._pool, relay, self)
        self.child.removed.connect(self._changed)
        self.child.open()
        return self.child


class AddRelayDialog(_NodeDialog):
    """Admin: choose an enrolled node and the pattern of the nodes it serves; Airlock checks it runs the relay."""

    added = Signal(object)

    def __init__(self, session: Any, pool: WorkerPool, parent: QWidget | None = None) -> None:
        super().__init__(session, pool, parent)
        self.setObjectName("addRelayDialog")
        self.setWindowTitle(self.tr("Add a relay"))
        self.setMinimumWidth(620)
        self.node = QComboBox()
        self.node.setObjectName("relayNode")
        self.node.setAccessibleName(self.tr("Relay node"))
        self.node.setToolTip(self.tr("An enrolled node the appliance reaches directly"))
        self.serves = QLineEdit()
        self.serves.setObjectName("relayServes")
        self.serves.setPlaceholderText(self.tr("rack7-*  or  zone=r7"))
        self.serves.setAccessibleName(self.tr("Nodes it serves"))
        self.serves.setToolTip(self.tr("Node names or labels, as in --limit: rack7-*, zone=r7, site=north&roles=gpu"))
        self.preview = QLabel()
        self.preview.setObjectName("relayPreview")
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        node_label = QLabel(self.tr("&Node:"))
        node_label.setBuddy(self.node)
        serves_label = QLabel(self.tr("&Serves:"))
        serves_label.setBuddy(self.serves)
        form.addRow(node_label, self.node)
        form.addRow(serves_label, self.serves)
        form.addRow(self.preview)
        self.add_button = self.buttons.addButton(self.tr("&Add relay"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("confirmAddRelay")
        self.add_button.setToolTip(self.tr("Ask the node what it runs, then record it as a relay (audited)"))
        self.add_button.setEnabled(False)
        self.buttons.accepted.connect(self.add)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._preview)
        self.serves.textChanged.connect(lambda _text: self._timer.start())
        self.node.currentIndexChanged.connect(lambda _index: self._timer.start())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._load_nodes()

    def _load_nodes(self) -> None:
        session = self._session

        def candidates() -> list[str]:
            relays = {r["name"] for r in session.list_relays()}
            return [n["name"] for n in session.list_nodes()
                    if not n.get("relay") and n["name"] not in relays and n["status"] == "enrolled"]

        self._pool.submit(candidates, owner=self, on_result=self._nodes_loaded,
                          on_error=lambda exc: self._problem(self.tr("Nodes not read"), exc))

    def _nodes_loaded(self, names: list[str]) -> None:
        self.node.addItems(names)
        if not names:
            self.status.setText(self.tr("No enrolled node can be a relay: a relay is reached directly and serves "
                                        "no other relay's nodes. Enrol the relay node first."))

    def _preview(self) -> None:
        pattern = self.serves.text().strip()
        if not pattern or not self.node.currentText():
            self.preview.setText("")
            self.add_button.setEnabled(False)
            return
        session = self._session

        def shown(names: list[str]) -> None:
            if pattern != self.serves.text().strip():
                return  # typed on since
            names = [n for n in names if n != self.node.currentText()]
            self.preview.setProperty("state", "")
            self.preview.setText(self.tr("Selects {0}: {1}").format(len(names), ", ".join(names)) if names else
                                 self.tr("Selects no node yet; nodes enrolled later with matching names or labels "
                                         "will be reached through this relay."))
            self.add_button.setEnabled(not self._busy)

        def refused(exc: BaseException) -> None:
            if pattern != self.serves.text().strip():
                return
            what, todo = explain(exc)
            self.preview.setText(self.tr("{0}\nWhat to do: {1}").format(what, todo))
            self.add_button.setEnabled(False)

        self._pool.submit(lambda: session.relay_candidates(pattern), owner=self, on_result=shown, on_error=refused)

    def add(self) -> None:
        name, pattern = self.node.currentText(), self.serves.text().strip()
        if not name or not pattern:
            return
        self.add_button.setEnabled(False)
        what = self.tr("Make {0} the relay of the nodes {1} selects.").format(name, pattern)
        self.gate.request("relay.add", what, lambda approval: self._start(name, pattern, approval),
                          on_error=self._failed, on_cancel=lambda: self.add_button.setEnabled(True))

    def _start(self, name: str, pattern: str, approval: Any) -> None:
        if not self.isVisible():
            return
        session = self._session
        self._set_busy(True)
        self.status.setProperty("state", "")
        self.status.setText(self.tr("Asking {0} what it runs…").format(name))
        self._pool.submit(lambda: session.add_relay(name, pattern, approval=approval), owner=self,
                          on_result=self._done, on_error=self._failed)

    def _done(self, relay: Any) -> None:
        self._set_busy(False)
        self.added.emit(relay)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        self._problem(self.tr("Not added"), exc)


class RemoveRelayDialog(RemovalDialog):
    """Confirm, then stop using a node as a relay."""

    action = "relay.remove"

    def __init__(self, session: Any, pool: WorkerPool, relay: dict[str, Any], parent: QWidget | None = None) -> None:
        name = relay["name"]
        super().__init__(session, pool, name, parent)
        self.ask(self.tr("Stop using {0} as a relay?").format(name),
                 self.tr("The appliance will try to reach these nodes directly: {0}. Where it has no route to them, "
                         "their jobs fail as unreachable. The node stays enrolled, and the relay program stays "
                         "installed on it.").format(", ".join(relay["nodes"]) or self.tr("none")),
                 self.tr("&Remove relay"))
        self.setObjectName("removeRelayDialog")
        self.setWindowTitle(self.tr("Remove the relay {0}").format(name))
        self.remove_button.setObjectName("confirmRemoveRelay")

    def what(self) -> str:
        return self.tr("Stop using {0} as a relay.").format(self.name)

    def call(self, approval: Any) -> Any:
        return self._session.remove_relay(self.name, approval=approval)

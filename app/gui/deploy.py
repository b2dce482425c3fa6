"""Deploying a bundle to nodes, and rolling a model back: placement shown first, progress, cancel.

The deploy dialog loads the imported bundles, the nodes and the classification levels on
a worker, and shows for every node its clearance and whether placement policy lets the
chosen bundle go there, before anything is sent. The service makes the decision again
(and audits it) when the operator deploys; a refusal lists the refused nodes and their
levels. Updates under dual control ask a second account first (app.gui.approval).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

# Placement policy is a set of pure functions (no I/O): the dialog uses them to show, before
# anything is sent, what the service will decide. The service decides again, and audits it.
from app.core.service import ClassificationLevels, NodeClearance, PlacementRefused, clearance_of, refusals
from app.gui.approval import ApprovalGate
from app.gui.errors import explain
from app.gui.i18n import html_block, html_lines, html_table, isolate
from app.gui.models import Column, RecordTableModel
from app.gui.provenance import DeployProvenance
from app.gui.reason import ReasonField
from app.gui.sections.base import filter_box, human_size, node_status_words
from app.gui.worker import Task, WorkerPool, is_cancel

DEPLOYABLE = ("model", "update")
UPDATE_PLAYBOOKS = ("apply_update", "gpu_driver", "baseline", "relay")
BLOCKED = "hostkey_changed"


class OperationDialog(QDialog):
    """A dialog that runs one long service call with progress, and cancels it on Cancel/Esc."""

    ended = Signal(bool)

    def __init__(self, session: Any, pool: WorkerPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._pool = session, pool
        self._task: Task | None = None
        self.gate = ApprovalGate(session, pool, self)
        self.reason = ReasonField(session, pool, parent=self)  # the reason on record (app.gui.reason)
        self.bar = QProgressBar()
        self.bar.setObjectName("operationProgress")
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.hide()
        self.status = QLabel()
        self.status.setObjectName("operationStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.go_button = QPushButton()
        self.go_button.setObjectName("operationButton")
        self.go_button.setDefault(True)
        self.buttons.addButton(self.go_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("operationCancel")
        self.buttons.rejected.connect(self.reject)

    @property
    def running(self) -> bool:
        return self._task is not None

    def begin(self, work: Callable[[Any, threading.Event], Any], done: Callable[[Any], None],
              failed: Callable[[BaseException], None], message: str) -> None:
        self.go_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setEnabled(True)
        self.cancel_button.setToolTip(self.tr("Stop; what was already done on a node stays recorded"))
        self.bar.setRange(0, 0)
        self.bar.show()
        self.status.setProperty("state", "")
        self.status.setText(message)

        def finished(result: Any) -> None:
            self._finish()
            done(result)
            self.ended.emit(True)

        def broke(exc: BaseException) -> None:
            self._finish()
            failed(exc)
            self.ended.emit(False)

        self._task = self._pool.submit(self.reason.carry(work), owner=self, on_result=finished, on_error=broke,
                                       on_progress=self._progress, long=True)

    def _progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            # Bytes sent: QProgressBar holds an int, so count in KiB.
            self.bar.setRange(0, max(1, total // 1024))
            self.bar.setValue(done // 1024)
            self.status.setText(self.tr("{0}: {1} of {2}").format(message, human_size(done), human_size(total)))
        else:
            # Playbook tasks as they finish: no total is known in advance.
            self.bar.setRange(0, 0)
            self.status.setText(message)

    def _finish(self) -> None:
        self._task = None
        self.bar.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setEnabled(True)
        self.cancel_button.setToolTip("")

    def show_outcome(self, text: str, state: str) -> None:
        self.status.setText(text)
        self.status.setProperty("state", state)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling: the nodes keep the version they have; files already sent "
                                        "are resumed by the next deploy."))
            return
        super().reject()


def _bundle_ref(bundle: Any) -> str:
    return f"{bundle.name}@{bundle.version}"


class DeployDialog(OperationDialog):
    """Deploy an imported model or update bundle to chosen nodes; emits `deployed(result or None)`."""

    deployed = Signal(object)

    def __init__(self, session: Any, pool: WorkerPool, *, bundle: str = "", nodes: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(session, pool, parent)
        self._wanted_bundle, self._wanted_nodes = bundle, list(nodes)
        self._bundles: list[Any] = []
        self._levels = ClassificationLevels()
        self._refused: dict[str, Any] = {}
        self.setObjectName("deployDialog")
        self.setWindowTitle(self.tr("Deploy a bundle"))
        self.setMinimumSize(760, 620)
        form = self._build_form()
        targets_label, top = self._build_targets()
        self.placement = QLabel()
        self.placement.setObjectName("placementRefusal")
        self.placement.setWordWrap(True)
        self.placement.setProperty("state", "bad")
        self.placement.setTextFormat(Qt.TextFormat.RichText)
        self.placement.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.placement.hide()
        self.levels_note = QLabel()
        self.levels_note.setObjectName("levelsNote")
        self.levels_note.setProperty("role", "muted")
        self.levels_note.setWordWrap(True)

        self.go_button.setText(self.tr("&Deploy"))
        self.go_button.setObjectName("deployButton")
        self.go_button.setToolTip(self.tr("Send the files, let each node verify them, then switch it over"))
        self.go_button.setEnabled(False)
        self.go_button.clicked.connect(self.deploy)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(targets_label)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.levels_note)
        layout.addWidget(self.placement)
        layout.addWidget(self.reason)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.status.setText(self.tr("Loading bundles and nodes…"))
        self._show_playbook(visible=False)

    def _build_form(self) -> QFormLayout:
        self.bundle = QComboBox()
        self.bundle.setObjectName("deployBundle")
        self.bundle.setAccessibleName(self.tr("Bundle to deploy"))
        self.bundle.currentIndexChanged.connect(self._bundle_chosen)
        self.bundle_info = QLabel()
        self.bundle_info.setObjectName("deployBundleInfo")
        self.bundle_info.setProperty("role", "muted")
        self.bundle_info.setWordWrap(True)
        self.playbook = QComboBox()
        self.playbook.setObjectName("deployPlaybook")
        self.playbook.setAccessibleName(self.tr("Playbook that applies the update"))
        self.playbook.addItems(list(UPDATE_PLAYBOOKS))
        self.playbook.setToolTip(self.tr("apply_update installs the packages; gpu_driver and baseline apply "
                                         "the driver or the baseline from the same bundle"))
        self.verify_full = QCheckBox(self.tr("Hash every file in &full on the node"))
        self.verify_full.setObjectName("deployVerifyFull")
        self.verify_full.setToolTip(self.tr("Also re-read files the node already hashed as they arrived (slower)"))
        form = QFormLayout()
        bundle_label = QLabel(self.tr("&Bundle:"))
        bundle_label.setBuddy(self.bundle)
        self._playbook_label = QLabel(self.tr("&Playbook:"))
        self._playbook_label.setBuddy(self.playbook)
        form.addRow(bundle_label, self.bundle)
        form.addRow("", self.bundle_info)
        self.provenance = DeployProvenance(self._session, self._pool, self)  # license, SBOM, model card
        form.addRow("", self.provenance)
        form.addRow(self._playbook_label, self.playbook)
        form.addRow("", self.verify_full)
        return form

    def _build_targets(self) -> tuple[QLabel, QHBoxLayout]:
        self.model = RecordTableModel(self._node_columns(), self)
        self.model.colour_of = self._colour
        self.filter = filter_box(self.tr("Filter nodes: name, label, clearance…"), "deployNodeFilter")
        self.filter.textChanged.connect(self.model.set_filter)
        self.count = QLabel()
        self.count.setObjectName("deployCount")
        self.count.setProperty("role", "muted")
        self.table = QTableView()
        self.table.setObjectName("deployNodes")
        self.table.setAccessibleName(self.tr("Target nodes"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(0)  # the visible rows only: cheap at 10,000 rows
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        targets_label = QLabel(self.tr("&Target nodes (select one or more):"))
        targets_label.setBuddy(self.table)
        targets_label.setProperty("role", "subtitle")
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        return targets_label, top

    # -- loading ----------------------------------------------------------------------------

    def _node_columns(self) -> list[Column]:
        return [
            Column(self.tr("Node"), lambda n: n["name"]),
            Column(self.tr("Clearance"), self._clearance_text),
            Column(self.tr("Status"), node_status_words),
            Column(self.tr("Labels"), lambda n: " ".join(f"{k}={v}" for k, v in sorted(n["labels"].items()))),
            Column(self.tr("Placement"), self._verdict, live=True),
        ]

    def load(self) -> None:
        """Read the bundles, nodes and levels on a worker."""
        session = self._session

        def work() -> tuple[list[Any], list[dict[str, Any]], ClassificationLevels]:
            bundles = [b for b in session.list_bundles() if b.type in DEPLOYABLE]
            nodes = session.list_nodes()
            with session.lock:
                levels = session.classification_levels()
            return bundles, nodes, levels

        self._pool.submit(work, owner=self, on_result=self._loaded, on_error=self._load_failed)

    def _loaded(self, loaded: tuple[list[Any], list[dict[str, Any]], ClassificationLevels]) -> None:
        self._bundles, nodes, self._levels = loaded
        self.levels_note.setText(self.tr("A bundle goes only to nodes cleared for its classification or higher. "
                                         "Levels, least sensitive first: {0}. A node's clearance is its "
                                         "clearance label.").format(", ".join(self._levels.names)))
        self.model.set_records(nodes)
        self.table.resizeColumnsToContents()
        self.bundle.blockSignals(True)
        self.bundle.clear()
        for bundle in self._bundles:
            self.bundle.addItem(self.tr("{0} {1} ({2}, {3})").format(bundle.name, bundle.version, bundle.type,
                                                                    bundle.classification), _bundle_ref(bundle))
        self.bundle.blockSignals(False)
        wanted = self.bundle.findData(self._wanted_bundle)
        self.bundle.setCurrentIndex(max(0, wanted))
        self._bundle_chosen()
        self.select_nodes(self._wanted_nodes)
        if not self._bundles:
            self.status.setText(self.tr("No model or update bundle is imported. Import one in Bundles first."))
        elif not nodes:
            self.status.setText(self.tr("No node is enrolled. Enrol one in Nodes first."))
        else:
            self.status.setText("")
        self._selection_changed()

    def _load_failed(self, exc: BaseException) -> None:
        what, todo = explain(exc)
        self.show_outcome(self.tr("Bundles and nodes could not be read: {0}\nWhat to do: {1}").format(what, todo),
                          "bad")

    # -- choosing ------------------------------------------------------------------------------

    def chosen_bundle(self) -> Any | None:
        row = self.bundle.currentIndex()
        return self._bundles[row] if 0 <= row < len(self._bundles) else None

    def _show_playbook(self, *, visible: bool) -> None:
        self.playbook.setVisible(visible)
        self._playbook_label.setVisible(visible)

    def _bundle_chosen(self, _index: int = -1) -> None:
        bundle = self.chosen_bundle()
        self.placement.hide()
        self.provenance.show_for(_bundle_ref(bundle) if bundle is not None else "")
        if bundle is None:
            self._refused = {}
            self.bundle_info.setText("")
            self._show_playbook(visible=False)
        else:
            self.bundle_info.setText(self.tr("{0} bundle, classified {1}, {2}; signed by the {3} role.").format(
                bundle.type, bundle.classification, human_size(bundle.size), bundle.role))
            self._show_playbook(visible=bundle.type == "update")
            self.reason.set_action(f"deploy.{bundle.type}")
            targets = [NodeClearance(n["name"], clearance_of(n["labels"])) for n in self.model.records()]
            self._refused = {r.node: r for r in refusals(bundle.classification, targets, self._levels)}
        self.model.refresh_live()
        self._selection_changed()

    def _clearance_text(self, node: dict[str, Any]) -> str:
        clearance = clearance_of(node["labels"])
        if clearance is None:
            return self.tr("{0} (no clearance label)").format(self._levels.names[0])
        return clearance

    def _verdict(self, node: dict[str, Any]) -> str:
        bundle = self.chosen_bundle()
        if bundle is None:
            return ""
        if node.get("status") == BLOCKED:
            return self.tr("blocked: its host key changed")
        if node.get("cordon"):
            return self.tr("refused: cordoned ({0})").format(node["cordon"]["reason"])
        if node.get("held_by"):
            return self.tr("refused: relay {0} cordoned ({1})").format(node["held_by"]["relay"],
                                                                       node["held_by"]["cordon"]["reason"])
        if node["name"] not in self._refused:
            return self.tr("allowed")
        return self.tr("refused: {0}").format(self._refusal_reason(node, bundle.classification))

    def _refusal_reason(self, node: dict[str, Any], classification: str) -> str:
        clearance = clearance_of(node["labels"])
        if self._levels.rank(classification) is None:
            return self.tr("classification {0} is not a configured level").format(classification)
        if clearance is not None and self._levels.rank(clearance) is None:
            return self.tr("clearance {0} is not a configured level").format(clearance)
        return self.tr("cleared for {0}, below {1}").format(self._clearance_text(node), classification)

    def _colour(self, node: dict[str, Any]) -> QColor | None:
        if node["name"] in self._refused or node.get("status") == BLOCKED or node.get("cordon") or node.get("held_by"):
            return QColor("#cf222e")
        return None

    def select_nodes(self, names: Sequence[str]) -> None:
        """Select the rows of these nodes (those that exist)."""
        wanted = set(names)
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for row in range(self.model.rowCount()):
            if self.model.record(row)["name"] in wanted:
                selection.select(self.model.index(row, 0), self.model.index(row, last))
        self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def selected_names(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.record(row)["name"] for row in rows]

    def _selection_changed(self, *_args: object) -> None:
        names = self.selected_names()
        refused = [n for n in names if n in self._refused]
        text = self.tr("%n node(s) selected", "", len(names))
        if refused:
            text += " · " + self.tr("%n node(s) refused by policy", "", len(refused))
        self.count.setText(text)
        self.go_button.setEnabled(bool(names) and self.chosen_bundle() is not None and not self.running)

    # -- deploying -------------------------------------------------------------------------------

    def deploy(self) -> None:
        bundle, names = self.chosen_bundle(), self.selected_names()
        if bundle is None or not names:
            self.show_outcome(self.tr("Choose a bundle and at least one node."), "bad")
            return
        action = f"deploy.{bundle.type}"
        what = self.tr("Deploy {0} {1} ({2}, {3}) to {4}: {5}.").format(
            bundle.name, bundle.version, bundle.type, bundle.classification, self.tr("%n node(s)", "", len(names)),
            _short_list(names))
        self.placement.hide()
        self.go_button.setEnabled(False)
        self.gate.request(action, what, lambda approval: self._start(bundle, names, approval),
                          on_error=self._failed, on_cancel=self._selection_changed, reason=self.reason)

    def _start(self, bundle: Any, names: list[str], approval: Any) -> None:
        if not self.isVisible():  # closed while the dual-control check ran: do nothing
            return
        session = self._session
        ref, pattern = _bundle_ref(bundle), ",".join(names)
        playbook = self.playbook.currentText() if bundle.type == "update" else None
        verify_full = self.verify_full.isChecked()

        def work(progress: Any, cancel: threading.Event) -> Any:
            return session.deploy(ref, pattern, playbook=playbook, verify_full=verify_full, progress=progress,
                                  cancel=cancel, approval=approval)

        for widget in (self.bundle, self.playbook, self.verify_full, self.table, self.filter):
            widget.setEnabled(False)
        self.begin(work, self._done, self._failed,
                   self.tr("Deploying {0} {1} to {2}…").format(bundle.name, bundle.version,
                                                               self.tr("%n node(s)", "", len(names))))

    def _done(self, result: dict[str, Any]) -> None:
        parts = [self.tr("Deployed {0}.").format(result["bundle"].replace("@", " "))]
        if result.get("changed"):
            parts.append(self.tr("Switched over: {0}.").format(", ".join(result["changed"])))
        if result.get("unchanged"):
            parts.append(self.tr("Already current (nothing sent): {0}.").format(", ".join(result["unchanged"])))
        self.show_outcome(" ".join(parts), "ok")
        self.deployed.emit(result)

    def _failed(self, exc: BaseException) -> None:
        for widget in (self.bundle, self.playbook, self.verify_full, self.table, self.filter):
            widget.setEnabled(True)
        self._selection_changed()
        what, todo = explain(exc)
        if is_cancel(exc):
            self.show_outcome(self.tr("Cancelled. The nodes keep the version they had; files already sent are "
                                      "resumed by the next deploy."), "")
        elif isinstance(exc, PlacementRefused):
            self.show_refusal(exc)
        else:
            self.show_outcome(self.tr("Not deployed: {0}\nWhat to do: {1}").format(what, todo), "bad")
            # Some nodes may have succeeded (a partial failure is recorded per node).
            self.deployed.emit(None)

    def show_refusal(self, exc: BaseException) -> None:
        """The service refused placement: list every refused node and its level, then what to do."""
        bundle = self.chosen_bundle()
        names = self.selected_names()
        rows = [n for n in self.model.records() if n["name"] in set(names) and n["name"] in self._refused]
        classification = bundle.classification if bundle is not None else ""
        head = self.tr("Placement refused: nothing was sent. {0} is classified {1}; these nodes are not cleared "
                       "for it:").format(isolate(bundle.name if bundle is not None else ""), isolate(classification))
        node_h, clearance_h, why_h = self.tr("Node"), self.tr("Clearance"), self.tr("Why")
        table = html_table(
            [[_esc(n["name"]), _esc(self._clearance_text(n)), _esc(self._refusal_reason(n, classification))]
             for n in rows], [_esc(node_h), _esc(clearance_h), _esc(why_h)])
        what, todo = explain(exc)
        todo_text = self.tr("What to do: {0}").format(todo)
        self.placement.setText(html_block(f"<b>{_esc(head)}</b>") + table + html_block(_esc(todo_text)))
        self.placement.setToolTip(what)
        self.placement.show()
        self.show_outcome(self.tr("Refused by placement policy."), "bad")


class RollbackDialog(OperationDialog):
    """Switch a model back, on chosen nodes, to the version each had before; emits `rolled_back`."""

    rolled_back = Signal(object)

    def __init__(self, session: Any, pool: WorkerPool, name: str, versions: dict[str, tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        """`versions` maps each node to (current version, previous version)."""
        super().__init__(session, pool, parent)
        self.name, self.versions = name, dict(versions)
        self.setObjectName("rollbackDialog")
        self.setWindowTitle(self.tr("Roll back {0}").format(name))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr("Switch {0} back to the version each node had before. The node keeps both "
                               "versions; only its current link changes, and the model is restarted.").format(name))
        intro.setWordWrap(True)
        step = self.tr("{0}: {1} → back to {2}")
        self.plan = QLabel(html_lines([_esc("• " + step.format(isolate(node), isolate(now), isolate(before)))
                                       for node, (now, before) in sorted(self.versions.items())]))
        self.plan.setTextFormat(Qt.TextFormat.RichText)
        self.plan.setObjectName("rollbackPlan")
        self.plan.setWordWrap(True)
        self.go_button.setText(self.tr("&Roll back"))
        self.go_button.setObjectName("rollbackButton")
        self.go_button.setToolTip(self.tr("Run the rollback playbook on these nodes"))
        self.go_button.clicked.connect(self.roll_back)
        self.reason.set_action("deploy.rollback")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.plan)
        layout.addWidget(self.reason)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def roll_back(self) -> None:
        nodes = sorted(self.versions)
        what = self.tr("Roll back {0} on {1}.").format(self.name, _short_list(nodes))
        self.go_button.setEnabled(False)
        self.gate.request("deploy.rollback", what, self._start, on_error=self._failed,
                          on_cancel=lambda: self.go_button.setEnabled(True), reason=self.reason)

    def _start(self, approval: Any) -> None:
        if not self.isVisible():  # closed while the dual-control check ran: do nothing
            return
        session, name, pattern = self._session, self.name, ",".join(sorted(self.versions))

        def work(progress: Any, cancel: threading.Event) -> Any:
            return session.rollback(name, pattern, progress=progress, cancel=cancel, approval=approval)

        self.begin(work, self._done, self._failed, self.tr("Rolling back {0}…").format(name))

    def _done(self, result: dict[str, Any]) -> None:
        text = self.tr("Rolled back {0} on: {1}.").format(self.name, ", ".join(result.get("changed") or []) or "-")
        self.show_outcome(text, "ok")
        self.rolled_back.emit(result)

    def _failed(self, exc: BaseException) -> None:
        what, todo = explain(exc)
        if is_cancel(exc):
            self.show_outcome(self.tr("Cancelled. Nodes already switched back stay recorded as such."), "")
        else:
            self.show_outcome(self.tr("Not rolled back: {0}\nWhat to do: {1}").format(what, todo), "bad")
        self.go_button.setEnabled(True)
        self.rolled_back.emit(None)


def _short_list(names: Sequence[str], shown: int = 6) -> str:
    if len(names) <= shown:
        return ", ".join(names)
    return ", ".join(names[:shown]) + f", … (+{len(names) - shown})"


def _esc(text: str) -> str:
    import html

    return html.escape(text, quote=False)

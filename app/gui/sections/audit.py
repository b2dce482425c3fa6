"""Audit: the filterable log, verify now, and the export wizard to media."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.gui.errors import explain
from app.gui.forms import add_layout_row
from app.gui.i18n import core_said
from app.gui.models import Column, RecordTableModel
from app.gui.sections.base import Context, Section, filter_box, heading, stamp_text
from app.gui.worker import WorkerPool

ENTRIES_SHOWN = 20_000
OUTCOMES = ("ok", "refused", "failed", "cancelled", "alarm")


def audit_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Columns", "Seq"), lambda e: str(e.seq), lambda e: e.seq),
        Column(QCoreApplication.translate("Columns", "Time (UTC)"), lambda e: stamp_text(e.time)),
        Column(QCoreApplication.translate("Columns", "Actor"), lambda e: e.actor),
        Column(QCoreApplication.translate("Columns", "Action"), lambda e: e.action),
        Column(QCoreApplication.translate("Columns", "Target"), lambda e: e.target),
        Column(QCoreApplication.translate("Columns", "Outcome"), lambda e: e.outcome),
    ]


class DestinationPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Where to write the export"))
        self.setSubTitle(self.tr("Choose a folder on the removable medium that leaves the enclave. A new folder "
                                 "is created inside it."))
        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        self.path.setAccessibleName(self.tr("Export folder"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        form = QFormLayout(self)
        add_layout_row(form, self.tr("&Folder:"), row, self.path)
        self.path.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the medium"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.fileSelected.connect(self.path.setText)
        dialog.open()

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())


class KeyPage(QWizardPage):
    """Shows the verifier key fingerprint: the auditor compares it with the one they pinned."""

    def __init__(self, session: Any, pool: WorkerPool) -> None:
        super().__init__()
        self._session, self._pool = session, pool
        self.setTitle(self.tr("The verifier key"))
        self.setSubTitle(self.tr("Auditors check the export against this key. Read its fingerprint to them, or "
                                 "compare it with the one on their paper."))
        self.fingerprint = QLabel("…")
        self.fingerprint.setObjectName("verifierFingerprint")
        self.fingerprint.setProperty("role", "secret")
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(self.tr("Verifier key fingerprint"))
        self.line = QLabel()
        self.line.setObjectName("verifierLine")
        self.line.setWordWrap(True)
        self.line.setProperty("role", "muted")
        self.line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.line)
        layout.addStretch()
        self._loaded = False

    def initializePage(self) -> None:
        if self._loaded:
            return
        session = self._session

        def work() -> tuple[str, str]:
            from app.core.service import verifier_fingerprint

            line = session.audit_verifier_line()
            return line, verifier_fingerprint(line)

        self._pool.submit(work, owner=self, on_result=self._show, on_error=self._failed)

    def _show(self, loaded: tuple[str, str]) -> None:
        line, fingerprint = loaded
        self.fingerprint.setText(fingerprint)
        self.line.setText(line)
        self._loaded = True
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        what, todo = explain(exc)
        self.fingerprint.setText(f"{what} {todo}")

    def isComplete(self) -> bool:
        return self._loaded


class WritePage(QWizardPage):
    def __init__(self, session: Any, pool: WorkerPool, destination: DestinationPage) -> None:
        super().__init__()
        self._session, self._pool, self._destination = session, pool, destination
        self.setTitle(self.tr("Writing the export"))
        self.bar = QProgressBar()
        self.bar.setObjectName("exportProgress")
        self.bar.setAccessibleName(self.tr("Export progress"))
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addStretch()
        self.summary: Any = None
        self.task: Any = None

    def initializePage(self) -> None:
        session = self._session
        out = Path(self._destination.path.text().strip())
        self.summary = None
        self.bar.setRange(0, 0)
        self.status.setText(self.tr("Sealing a fresh checkpoint and writing entries…"))

        def work(progress: Any, cancel: threading.Event) -> Any:
            return session.export_audit(out, progress, cancel)

        self.task = self._pool.submit(work, owner=self, on_result=self._done, on_error=self._failed,
                                      on_progress=self._progress, long=True)

    def _progress(self, done: int, total: int, _message: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _done(self, summary: Any) -> None:
        self.task = None
        self.summary = summary
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.status.setText(self.tr("Wrote {0} and {1} to {2}.\nVerifier key fingerprint: {3}")
                            .format(self.tr("%n entry(s)", "", summary.entries),
                                    self.tr("%n checkpoint(s)", "", summary.checkpoints),
                                    summary.path, summary.verifier_fingerprint))
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        what, todo = explain(exc)
        self.status.setText(self.tr("The export was not written: {0}\nWhat to do: {1}").format(what, todo))

    def isComplete(self) -> bool:
        return self.summary is not None


class ExportWizard(QWizard):
    exported = Signal(object)

    def __init__(self, session: Any, pool: WorkerPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportWizard")
        self.setWindowTitle(self.tr("Export the audit trail"))
        self.setMinimumSize(600, 380)
        self.destination = DestinationPage()
        self.key = KeyPage(session, pool)
        self.write = WritePage(session, pool, self.destination)
        for page in (self.destination, self.key, self.write):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)

    def accept(self) -> None:
        if self.write.summary is not None:
            self.exported.emit(self.write.summary)
        super().accept()

    def reject(self) -> None:
        if self.write.task is not None:
            self.write.task.cancel.set()
            return
        super().reject()


class AuditSection(Section):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:  # noqa: PLR0915 - one page, built once
        super().__init__(ctx, parent)
        self.model = RecordTableModel(audit_columns(), self)
        self.filter = filter_box(self.tr("Filter: actor, action, target, outcome…"), "auditFilter")
        self.filter.textChanged.connect(self.model.set_filter)
        self.outcome = QComboBox()
        self.outcome.setObjectName("auditOutcome")
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.outcome.addItem(self.tr("All outcomes"), "")
        for outcome in OUTCOMES:
            self.outcome.addItem(outcome, outcome)
        self.outcome.currentIndexChanged.connect(lambda _i: self.refresh())
        self.verify_button = QPushButton(self.tr("&Verify now"))
        self.verify_button.setObjectName("verifyAuditButton")
        self.verify_button.setToolTip(self.tr("Recompute the Merkle tree and check every signed checkpoint"))
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setObjectName("exportAuditButton")
        self.export_button.setToolTip(self.tr("Write an audit bundle with a standalone verifier to a medium"))
        self.export_button.setEnabled(self.may("audit.export"))
        self.export_button.clicked.connect(self.open_export)
        self.verdict = QLabel()
        self.verdict.setObjectName("auditVerdict")
        self.verdict.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.details = QPlainTextEdit()
        self.details.setObjectName("auditDetails")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Entry details"))
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.outcome)
        top.addWidget(self.verify_button)
        top.addWidget(self.export_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title()))
        layout.addLayout(top)
        layout.addWidget(self.verdict)
        layout.addWidget(split, 1)
        self.wizard: ExportWizard | None = None

    def title(self) -> str:
        return self.tr("Audit")

    def refresh(self) -> None:
        session = self.session
        outcome = self.outcome.currentData() or None
        self.run(lambda: session.audit_entries(limit=ENTRIES_SHOWN, outcome=outcome), self.model.set_records)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            entry = self.model.record(rows[0].row())
            self.details.setPlainText(json.dumps(entry.to_json(), indent=2, sort_keys=True))

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.verdict.setText(self.tr("Verifying…"))
        session = self.session
        self.run(session.verify_audit_log, self._verified, on_error=self._verify_failed)

    def _verified(self, report: Any) -> None:
        self.verify_button.setEnabled(True)
        if report.ok:
            self.verdict.setText(self.tr("The log verifies: {0}, {1}, {2}.").format(
                self.tr("%n entry(s)", "", report.size), self.tr("%n signed checkpoint(s)", "", report.checkpoints),
                self.tr("%n entry(s) not yet sealed by a checkpoint", "", report.unsealed)))
            self.verdict.setProperty("state", "ok")
        else:
            problems = [core_said(problem.as_dict(), problem.text) for problem in report.said]
            self.verdict.setText(self.tr("The log does NOT verify: {0} Export it and report it to your auditor.")
                                 .format("; ".join(problems)))
            self.verdict.setProperty("state", "bad")
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        self.refresh()

    def _verify_failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        what, todo = explain(exc)
        self.verdict.setText(f"{what} {todo}")

    def open_export(self) -> ExportWizard:
        self.wizard = ExportWizard(self.session, self.ctx.pool, self)
        self.wizard.exported.connect(lambda _s: self.refresh())
        self.wizard.open()
        return self.wizard

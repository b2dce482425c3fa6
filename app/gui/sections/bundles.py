"""Bundles: the content store, the media panel, import and details."""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

# The mount-table watch is a blocking wait of the media room, called on a worker thread only
# (the service offers a scan, not a wait; see the issue note).
from app.core.service import AirlockError, SystemMedia, VaultLocked
from app.gui.bundle_tools import BundleTools
from app.gui.deploy import DEPLOYABLE, DeployDialog
from app.gui.i18n import html_block, html_table, isolate
from app.gui.import_dialog import ImportDialog
from app.gui.models import Column, RecordTableModel
from app.gui.provenance import BundleProvenancePane, ProvenanceLoader, model_rows
from app.gui.sections.base import (
    Context,
    Section,
    Splitter,
    empty_state,
    filter_box,
    heading,
    human_size,
    stamp_text,
    subheading,
)
from app.gui.worker import Task, is_cancel

# Configured media folders change without a mount event: they are rescanned this often.
RESCAN_S = 3.0


def watch_media(session: Any, rescan_s: float = RESCAN_S) -> Callable[..., None]:
    """A worker loop: scan, report what changed, then sleep until the mount table changes.

    Runs until cancelled; a scan that fails is reported (as the exception) and retried.
    """

    def watch(_progress: Any, cancel: threading.Event, report: Callable[[Any], None]) -> None:
        mounts = SystemMedia()
        last: list[tuple[str, int]] | None = None
        while not cancel.is_set():
            try:
                found = session.media_scan()
            except VaultLocked:
                raise
            except (AirlockError, OSError) as exc:
                report(exc)
                last = None
            else:
                key = [(str(b.path), int(b.size)) for b in found]
                if key != last:
                    report(found)
                    last = key
            try:
                mounts.wait_for_change(rescan_s, cancel)
            except OSError:  # no mount table to watch: fall back to the rescan period
                cancel.wait(rescan_s)

    return watch


def bundle_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Columns", "Name"), lambda b: b.name),
        Column(QCoreApplication.translate("Columns", "Version"), lambda b: b.version),
        Column(QCoreApplication.translate("Columns", "Type"), lambda b: b.type),
        Column(QCoreApplication.translate("Columns", "Classification"), lambda b: b.classification),
        Column(QCoreApplication.translate("Columns", "Size"), lambda b: human_size(b.size), lambda b: b.size),
        Column(QCoreApplication.translate("Columns", "Signed by"), lambda b: ", ".join(k[:12] for k in b.signers)),
        Column(QCoreApplication.translate("Columns", "Imported"),
               lambda b: f"{stamp_text(b.imported_at, 16)} {b.imported_by}"),
    ]


class MediaPanel(QWidget):
    """Bundles found on inserted media and configured media roots; rescanned while shown."""

    import_requested = Signal(Path)

    def __init__(self, section: BundlesSection) -> None:
        super().__init__(section)
        self._section = section
        self.list = QListWidget()
        self.list.setObjectName("mediaList")
        self.list.setAccessibleName(self.tr("Bundles on media"))
        self.list.itemActivated.connect(self._activated)
        self.empty = empty_state(self.tr("No medium with bundles. Insert a USB stick or disc with .airlock "
                                         "bundles, or drop a bundle folder on this window."), "noMedia")
        self.import_button = QPushButton(self.tr("Import &selected"))
        self.import_button.setObjectName("importMediaButton")
        self.import_button.clicked.connect(self._import_selected)
        self.import_button.setToolTip(self.tr("Verify and import the bundles selected in this list"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(subheading(self.tr("Media")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.import_button)
        self.found: list[Any] = []
        self._watch: Task | None = None
        self.list.hide()
        self.import_button.setEnabled(False)

    @property
    def watching(self) -> bool:
        return self._watch is not None

    def start_watching(self) -> None:
        """Scan now, then again whenever a medium comes or goes (on a worker, not a GUI timer)."""
        if self._watch is not None or not self._section.may("media.scan"):
            return
        self._watch = self._section.ctx.pool.submit(
            watch_media(self._section.session), owner=self, on_report=self._reported, on_error=self._ended,
            background=True)

    def stop_watching(self) -> None:
        watch, self._watch = self._watch, None
        if watch is not None:
            watch.cancel.set()

    def _ended(self, exc: BaseException) -> None:
        if isinstance(exc, VaultLocked):
            self._section.vault_locked.emit()
        elif not is_cancel(exc):
            self._scan_failed(exc)

    def _reported(self, item: Any) -> None:
        if isinstance(item, BaseException):
            self._scan_failed(item)
        else:
            self._show(item)

    def _scan_failed(self, exc: BaseException) -> None:
        self.found = []
        self.list.clear()
        self.list.hide()
        self.empty.show()
        self.empty.setText(self.tr("Media could not be scanned: {0}").format(exc))

    def _show(self, found: list[Any]) -> None:
        self.empty.setText(self.tr("No medium with bundles. Insert a USB stick or disc with .airlock "
                                   "bundles, or drop a bundle folder on this window."))
        self.found = found
        self.list.clear()
        for bundle in found:
            item = QListWidgetItem(f"{bundle.name}  ·  {human_size(bundle.size)}")
            item.setData(Qt.ItemDataRole.UserRole, str(bundle.path))
            item.setToolTip(str(bundle.path))
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, str(bundle.volume))
            self.list.addItem(item)
        self.list.setVisible(bool(found))
        self.empty.setVisible(not found)
        self.import_button.setEnabled(bool(found) and self._section.may("bundle.import"))

    def _activated(self, item: QListWidgetItem) -> None:
        self.import_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))

    def _import_selected(self) -> None:
        for item in self.list.selectedItems():
            self.import_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))


class BundlesSection(Section):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:  # noqa: PLR0915 - one page, built once
        super().__init__(ctx, parent)
        self.model = RecordTableModel(bundle_columns(), self)
        self.filter = filter_box(self.tr("Filter bundles: name, type, classification, signer…"), "bundleFilter")
        self.filter.textChanged.connect(self.model.set_filter)
        self.import_button = QPushButton(self.tr("&Import folder…"))
        self.import_button.setObjectName("importFolderButton")
        self.import_button.setToolTip(self.tr("Verify and import a bundle directory (NAME-VERSION.airlock)"))
        self.import_button.setEnabled(self.may("bundle.import"))
        self.import_button.clicked.connect(self.choose_folder)
        self.table = QTableView()
        self.table.setObjectName("bundleTable")
        self.table.setAccessibleName(self.tr("Bundles in the content store"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.details = QTextBrowser()
        self.details.setObjectName("bundleDetails")
        self.details.setAccessibleName(self.tr("Bundle details"))
        self.empty = empty_state(self.tr("No bundles imported. Insert a medium or use Import folder…"), "noBundles")
        self.trust_note = QLabel()
        self.trust_note.setObjectName("trustNote")
        self.trust_note.setWordWrap(True)
        self.trust_note.setProperty("state", "warn")
        self.trust_note.hide()
        self.details.setPlaceholderText(self.tr("Select a bundle to see its signers, classification, license "
                                                "and model card."))
        self.deploy_button = QPushButton(self.tr("&Deploy…"))
        self.deploy_button.setObjectName("deployBundleButton")
        self.deploy_button.setToolTip(self.tr("Deploy the selected model or update bundle to nodes (Ctrl+D)"))
        self.deploy_button.setShortcut("Ctrl+D")
        self.deploy_button.setEnabled(False)
        self.deploy_button.clicked.connect(self.open_deploy)
        self.media = MediaPanel(self)
        self.media.import_requested.connect(self.import_path)
        # Provenance (model card, SBOM) and the verify / check-store tools: app/gui/provenance.py, bundle_tools.py
        self.provenance = BundleProvenancePane(self.details)
        self.provenance_loader = ProvenanceLoader(self.session, ctx.pool, self)
        self.provenance_loader.loaded.connect(self.provenance.show_bundle)
        self.tools = BundleTools(self)

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.deploy_button)
        for button in self.tools.buttons():
            top.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.table, 3)
        left_layout.addWidget(self.provenance, 2)
        split = Splitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.media)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title()))
        layout.addWidget(self.trust_note)
        layout.addWidget(split, 1)
        self.dialogs: list[ImportDialog] = []
        self.deploy_dialog: DeployDialog | None = None

    def title(self) -> str:
        return self.tr("Bundles")

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.media.start_watching()

    def hideEvent(self, event: Any) -> None:
        self.media.stop_watching()
        super().hideEvent(event)

    def refresh(self) -> None:
        session = self.session
        self.run(lambda: (session.list_bundles(), _trust_state(session)), self._show)

    def _show(self, loaded: tuple[list[Any], str]) -> None:
        bundles, trust = loaded
        self.model.set_records(bundles)
        self.details.clear()  # the selection went with the reset
        self._selected()
        self.empty.setVisible(not bundles)
        self.provenance.setVisible(bool(bundles))
        self.trust_note.setVisible(trust == "none")
        self.trust_note.setText(self.tr("No trust root is pinned: no bundle can be imported until an admin pins "
                                        "one in Settings → Trust roots."))

    def selected_bundle(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _selected(self) -> None:
        bundle = self.selected_bundle()
        if bundle is None:
            self.details.clear()
            self.provenance.clear()
            self.deploy_button.setEnabled(False)
            return
        self.details.setHtml(bundle_html(bundle, self.tr("%n file(s)", "", bundle.files)))
        self.provenance_loader.load(f"{bundle.name}@{bundle.version}")
        deployable = bundle.type in DEPLOYABLE and self.may(f"deploy.{bundle.type}")
        self.deploy_button.setEnabled(deployable)

    def open_deploy(self) -> DeployDialog | None:
        bundle = self.selected_bundle()
        if bundle is None:
            return None
        dialog = DeployDialog(self.session, self.ctx.pool, bundle=f"{bundle.name}@{bundle.version}", parent=self)
        dialog.deployed.connect(lambda _r: self.changed_data.emit("deployments"))
        dialog.finished.connect(lambda _code: self._forget_deploy(dialog))
        self.deploy_dialog = dialog
        dialog.open()
        dialog.load()
        return dialog

    def _forget_deploy(self, dialog: DeployDialog) -> None:
        if self.deploy_dialog is dialog:
            self.deploy_dialog = None
        dialog.deleteLater()

    def choose_folder(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose a bundle folder"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda p: self.import_path(Path(p)))
        dialog.open()

    def import_path(self, path: Path) -> ImportDialog:
        dialog = ImportDialog(self.session, self.ctx.pool, path, self)
        dialog.imported.connect(self._imported)
        dialog.finished.connect(lambda _code: self._forget(dialog))
        self.dialogs.append(dialog)
        dialog.open()
        dialog.start()
        return dialog

    def _imported(self, _result: object) -> None:
        self.refresh()
        self.changed_data.emit("bundles")

    def _forget(self, dialog: ImportDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        dialog.deleteLater()


def _trust_state(session: Any) -> str:
    from app.core.service import AirlockError

    try:
        session.trust_show()
    except AirlockError:
        return "none"
    return "pinned"


def bundle_html(bundle: Any, files: str) -> str:
    """The bundle's details; `files` is its file count, said by the caller (a counted phrase)."""
    esc = html.escape
    rows = [
        (QCoreApplication.translate("Columns", "Type"), bundle.type),
        (QCoreApplication.translate("Columns", "Version"), bundle.version),
        (QCoreApplication.translate("Columns", "Classification"), bundle.classification),
        (QCoreApplication.translate("Columns", "Size"),
         QCoreApplication.translate("Columns", "{0} in {1}").format(isolate(human_size(bundle.size)), isolate(files))),
        (QCoreApplication.translate("Columns", "Signed by role"), bundle.role),
        (QCoreApplication.translate("Columns", "Signers (key ids)"), ", ".join(bundle.signers)),
        (QCoreApplication.translate("Columns", "Imported"),
         QCoreApplication.translate("Columns", "{0} by {1}").format(isolate(bundle.imported_at),
                                                                    isolate(bundle.imported_by))),
        (QCoreApplication.translate("Columns", "Expires"), bundle.expires),
    ]
    rows.extend(model_rows(getattr(bundle, "model", None) or {}))  # a model's signed metadata
    # In Arabic, "{0} by {1}" reads right to left even though it starts with a time (html_table).
    table = html_table([[f"<b>{esc(k)}</b>", esc(str(v))] for k, v in rows])
    # The model card itself is the file the bundle carries: its own tab (app/gui/provenance.py).
    text = esc(bundle.description or QCoreApplication.translate("Columns", "No description."))
    title = esc(QCoreApplication.translate("Columns", "Description"))
    return f"{html_block(f'<h3>{esc(bundle.name)}</h3>')}{table}<h4>{title}</h4><p>{text}</p>"

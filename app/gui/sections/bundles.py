"""Bundles: the content store, the media panel, import and details."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.gui.import_dialog import ImportDialog
from app.gui.models import Column, RecordTableModel
from app.gui.sections.base import Context, Section, empty_state, filter_box, heading, human_size, subheading

MEDIA_POLL_MS = 3_000


def bundle_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Columns", "Name"), lambda b: b.name),
        Column(QCoreApplication.translate("Columns", "Version"), lambda b: b.version),
        Column(QCoreApplication.translate("Columns", "Type"), lambda b: b.type),
        Column(QCoreApplication.translate("Columns", "Classification"), lambda b: b.classification),
        Column(QCoreApplication.translate("Columns", "Size"), lambda b: human_size(b.size), lambda b: b.size),
        Column(QCoreApplication.translate("Columns", "Signed by"), lambda b: ", ".join(k[:12] for k in b.signers)),
        Column(QCoreApplication.translate("Columns", "Imported"), lambda b: f"{b.imported_at[:16]} {b.imported_by}"),
    ]


class MediaPanel(QWidget):
    """Bundles found on inserted media and configured media roots; rescanned while shown."""

    import_requested = Signal(Path)

    def __init__(self, section: BundlesSection) -> None:
        super().__init__(section)
        self._section = section
        self._scanning = False
        self.list = QListWidget()
        self.list.setObjectName("mediaList")
        self.list.setAccessibleName(self.tr("Bundles on media"))
        self.list.itemActivated.connect(self._activated)
        self.empty = empty_state(self.tr("No medium with bundles. Insert a USB stick or disc with .airlock "
                                         "bundles, or drop a bundle folder on this window."), "noMedia")
        self.import_button = QPushButton(self.tr("Import &selected"))
        self.import_button.setObjectName("importMediaButton")
        self.import_button.clicked.connect(self._import_selected)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(subheading(self.tr("Media")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.import_button)
        self.timer = QTimer(self)
        self.timer.setInterval(MEDIA_POLL_MS)
        self.timer.timeout.connect(self.scan)
        self.found: list[Any] = []

    def scan(self) -> None:
        if self._scanning or not self._section.may("media.scan"):
            return
        self._scanning = True
        session = self._section.session
        self._section.run(session.media_scan, self._show, on_error=self._scan_failed)

    def _scan_failed(self, exc: BaseException) -> None:
        self._scanning = False
        self.empty.setText(self.tr("Media could not be scanned: {0}").format(exc))

    def _show(self, found: list[Any]) -> None:
        self._scanning = False
        if [f.path for f in found] == [f.path for f in self.found]:
            return
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
        self.media = MediaPanel(self)
        self.media.import_requested.connect(self.import_path)

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.import_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.table, 3)
        left_layout.addWidget(self.details, 2)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.media)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title()))
        layout.addWidget(self.trust_note)
        layout.addWidget(split, 1)
        self.dialogs: list[ImportDialog] = []

    def title(self) -> str:
        return self.tr("Bundles")

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.media.scan()
        self.media.timer.start()

    def hideEvent(self, event: Any) -> None:
        self.media.timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        session = self.session
        self.run(lambda: (session.list_bundles(), _trust_state(session)), self._show)

    def _show(self, loaded: tuple[list[Any], str]) -> None:
        bundles, trust = loaded
        self.model.set_records(bundles)
        self.empty.setVisible(not bundles)
        self.details.setVisible(bool(bundles))
        self.trust_note.setVisible(trust == "none")
        self.trust_note.setText(self.tr("No trust root is pinned: no bundle can be imported until an admin pins "
                                        "one in Settings → Trust roots."))

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.details.setHtml(bundle_html(self.model.record(rows[0].row())))

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
    from app.core.errors import AirlockError

    try:
        session.trust_show()
    except AirlockError:
        return "none"
    return "pinned"


def bundle_html(bundle: Any) -> str:
    esc = html.escape
    rows = [
        (QCoreApplication.translate("Columns", "Type"), bundle.type),
        (QCoreApplication.translate("Columns", "Version"), bundle.version),
        (QCoreApplication.translate("Columns", "Classification"), bundle.classification),
        (QCoreApplication.translate("Columns", "Size"), f"{human_size(bundle.size)} in {bundle.files} files"),
        (QCoreApplication.translate("Columns", "Signed by role"), bundle.role),
        (QCoreApplication.translate("Columns", "Signers (key ids)"), ", ".join(bundle.signers)),
        (QCoreApplication.translate("Columns", "Imported"), f"{bundle.imported_at} by {bundle.imported_by}"),
        (QCoreApplication.translate("Columns", "Expires"), bundle.expires),
    ]
    # License and model card come with the manifest's model fields when the service gives them.
    model = getattr(bundle, "model", None) or {}
    for key, label in (("license", QCoreApplication.translate("Columns", "License")),
                       ("format", QCoreApplication.translate("Columns", "Format")),
                       ("parameters", QCoreApplication.translate("Columns", "Parameters")),
                       ("provenance", QCoreApplication.translate("Columns", "Provenance"))):
        if model.get(key):
            rows.append((label, model[key]))
    table = "".join(f"<tr><td><b>{esc(k)}</b></td><td>{esc(str(v))}</td></tr>" for k, v in rows)
    card = esc(bundle.description or QCoreApplication.translate("Columns", "No description."))
    card_title = esc(QCoreApplication.translate("Columns", "Model card"))
    return f"<h3>{esc(bundle.name)}</h3><table cellpadding='3'>{table}</table><h4>{card_title}</h4><p>{card}</p>"

"""The main window: a navigation list, one page per section, shortcuts, drag and drop."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app.gui.i18n import html_table, isolate
from app.gui.scheduler import attach_scheduler
from app.gui.sections.audit import AuditSection
from app.gui.sections.base import Context, Section
from app.gui.sections.bundles import BundlesSection
from app.gui.sections.dashboard import DashboardSection, open_step
from app.gui.sections.jobs import JobsSection
from app.gui.sections.nodes import NodesSection
from app.gui.sections.settings import SettingsSection

SECTION_KEYS = ("dashboard", "nodes", "bundles", "jobs", "audit", "settings")


def bundle_dirs(paths: list[Path]) -> list[Path]:
    """Return the dropped paths to import.

    No file system access here (a dying medium could hang the GUI thread): the import
    itself, on a worker, says clearly when a path is not a bundle.
    """
    return [p for p in paths if p.name]


class MainWindow(QMainWindow):
    lock_requested = Signal()
    switch_requested = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Airlock"))
        self.setAcceptDrops(True)
        self.resize(1280, 800)

        self.dashboard = DashboardSection(ctx)
        self.nodes = NodesSection(ctx)
        self.bundles = BundlesSection(ctx)
        self.jobs = JobsSection(ctx)
        self.audit = AuditSection(ctx)
        self.settings = SettingsSection(ctx)
        self.sections: dict[str, Section] = dict(zip(SECTION_KEYS, (
            self.dashboard, self.nodes, self.bundles, self.jobs, self.audit, self.settings), strict=True))

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setFixedWidth(190)
        self.stack = QStackedWidget()
        for number, (key, section) in enumerate(self.sections.items(), start=1):
            item = QListWidgetItem(section.title())
            item.setToolTip(self.tr("{0} (Ctrl+{1})").format(section.title(), number))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigation.addItem(item)
            self.stack.addWidget(section)
            section.status_message.connect(self.statusBar().showMessage)
            section.changed_data.connect(self._data_changed)
            section.vault_locked.connect(self.lock_requested.emit)
        self.navigation.currentRowChanged.connect(self._show_row)
        self.nodes.selection_changed.connect(self.jobs.use_selection)
        self.dashboard.step_requested.connect(lambda step: open_step(self, step))
        self.scheduler = attach_scheduler(self)  # started by the controller once the window shows

        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        account = ctx.session.account
        self.who = QLabel(self.tr("{0} ({1})").format(account.name, account.role))
        self.who.setObjectName("accountLabel")
        self.who.setAccessibleName(self.tr("Unlocked account"))
        self.busy = QLabel()
        self.busy.setObjectName("busyLabel")
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.who)
        ctx.pool.busy_changed.connect(self._busy)
        self._menus()
        self.navigation.setCurrentRow(0)
        self.settings.store.resume_if_pending()  # a store to encrypt, or a key rotation cut short

    def _menus(self) -> None:
        bar = self.menuBar()
        vault = bar.addMenu(self.tr("&Vault"))
        self.import_action = self._action(vault, self.tr("&Import bundle folder…"), "Ctrl+I", self._import_folder)
        vault.addSeparator()
        self.lock_action = self._action(vault, self.tr("&Lock"), "Ctrl+L", self.lock_requested.emit)
        self.lock_action.setToolTip(self.tr("Lock the vault now; unlock with your passphrase"))
        self.switch_action = self._action(vault, self.tr("&Switch account…"), "Ctrl+Shift+L",
                                          self.switch_requested.emit)
        vault.addSeparator()
        self._action(vault, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        view = bar.addMenu(self.tr("V&iew"))
        for number, key in enumerate(SECTION_KEYS, start=1):
            self._action(view, self.sections[key].title(), f"Ctrl+{number}", lambda k=key: self.go(k))
        view.addSeparator()
        self._action(view, self.tr("&Refresh"), QKeySequence.StandardKey.Refresh, self.refresh_current)
        self._action(view, self.tr("&Find"), QKeySequence.StandardKey.Find, self._focus_filter)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Keyboard shortcuts"), "F1", self.show_shortcuts)

    def _action(self, menu: Any, text: str, shortcut: Any, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.addAction(action)
        return action

    def _import_folder(self) -> None:
        self.go("bundles")
        self.bundles.choose_folder()

    def go(self, key: str) -> None:
        self.navigation.setCurrentRow(SECTION_KEYS.index(key))

    def current_key(self) -> str:
        return SECTION_KEYS[self.stack.currentIndex()]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        section = self.stack.currentWidget()
        if isinstance(section, Section):
            section.refresh()

    def refresh_current(self) -> None:
        section = self.stack.currentWidget()
        if isinstance(section, Section):
            section.refresh()

    def _focus_filter(self) -> None:
        section = self.stack.currentWidget()
        box = getattr(section, "filter", None)
        if box is not None:
            box.setFocus()
            box.selectAll()

    def _data_changed(self, what: str) -> None:
        self.dashboard.refresh()
        if what == "deployments" and self.sender() is not self.nodes:
            self.nodes.refresh_detail()

    def _busy(self, busy: bool) -> None:
        self.busy.setText(self.tr("Working…") if busy else "")

    def show_shortcuts(self) -> QMessageBox:
        rows = [
            ("Ctrl+1 … Ctrl+6", self.tr("Go to a section")), ("Ctrl+L", self.tr("Lock the vault")),
            ("Ctrl+Shift+L", self.tr("Switch account")), ("Ctrl+I", self.tr("Import a bundle folder")),
            ("Ctrl+F", self.tr("Filter the current list")), ("Ctrl+R", self.tr("Run the job")),
            ("Ctrl+D", self.tr("Deploy the selected bundle or to the selected nodes")),
            (self.tr("Delete"), self.tr("Remove the selected node")),
            ("F5", self.tr("Refresh")), ("Ctrl+Q", self.tr("Quit")),
        ]
        box = QMessageBox(self)
        box.setObjectName("shortcutsBox")
        box.setWindowTitle(self.tr("Keyboard shortcuts"))
        box.setText(html_table([[f"<b>{html.escape(isolate(k))}</b>", html.escape(v)] for k, v in rows]))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # -- drag and drop a bundle directory ---------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(u.isLocalFile() for u in urls) and self.ctx.session.check("bundle.import"):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.import_dropped(paths)

    def import_dropped(self, paths: list[Path]) -> None:
        found = bundle_dirs(paths)
        self.go("bundles")
        if not found:
            self.statusBar().showMessage(self.tr("Nothing to import: drop a bundle folder (NAME-VERSION.airlock)."),
                                         8000)
            return
        for path in found:
            self.bundles.import_path(path)

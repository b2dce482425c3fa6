"""Settings > Airlock version: what is installed, the imported app bundles, update and rollback.

The twin of `airlock app status|update|rollback`. Everything that reads the disk or the
vault runs on a worker. After an update or a rollback that passed its self-check, Airlock
restarts itself into the version now current: the application quits as it does on close
(the session seals a checkpoint), then `gui.main` starts the new version in its place.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.service import appliance_status
from app.gui.errors import explain
from app.gui.i18n import html_lines, isolate
from app.gui.sections.base import subheading

if TYPE_CHECKING:
    from app.gui.sections.settings import SettingsSection

RESTART_PROPERTY = "airlockRestartInto"
RESTART_DELAY_MS = 2500


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("role", "muted")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def origin_text(origin: dict[str, Any]) -> str:
    """Where a version came from, in the operator's words."""
    day = isolate(str(origin.get("installed_at", "?"))[:10])
    if origin.get("origin") == "package":
        return QCoreApplication.translate("Appliance", "installed from a release medium on {0}").format(day)
    if origin.get("origin") == "bundle":
        return QCoreApplication.translate("Appliance", "updated from the bundle {0} by {1} on {2}").format(
            isolate(str(origin.get("detail"))), isolate(str(origin.get("installed_by"))), day)
    return QCoreApplication.translate("Appliance", "origin unknown")


class ApplianceTab(QWidget):
    """The installed versions, the app bundles on offer, and the two actions."""

    def __init__(self, section: SettingsSection) -> None:
        super().__init__()
        self._section = section
        self._status: dict[str, Any] = {}
        self.summary = QTextBrowser()
        self.summary.setObjectName("applianceSummary")
        self.summary.setAccessibleName(self.tr("Installed versions"))
        self.summary.setMaximumHeight(170)
        self.bundles = QListWidget()
        self.bundles.setObjectName("appBundles")
        self.bundles.setAccessibleName(self.tr("Imported app bundles"))
        self.bundles.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.bundles.currentItemChanged.connect(lambda _new, _old: self._chosen())
        self.notes = QTextBrowser()
        self.notes.setObjectName("releaseNotes")
        self.notes.setAccessibleName(self.tr("Release notes"))
        self.update_button = QPushButton(self.tr("&Update to the chosen version"))
        self.update_button.setObjectName("appUpdateButton")
        self.update_button.setToolTip(self.tr(
            "Admin: install it beside this one, back the database up, let it check itself; keep it only if it passes"))
        self.update_button.clicked.connect(self.update_app)
        self.rollback_button = QPushButton(self.tr("&Roll back to the kept version"))
        self.rollback_button.setObjectName("appRollbackButton")
        self.rollback_button.clicked.connect(self.rollback)
        self.bar = QProgressBar()
        self.bar.setObjectName("appUpdateProgress")
        self.bar.setAccessibleName(self.tr("Update progress"))
        self.bar.hide()
        self.state = _note()
        self.state.setObjectName("appUpdateStatus")
        buttons = QHBoxLayout()
        buttons.addWidget(self.update_button)
        buttons.addWidget(self.rollback_button)
        buttons.addStretch()
        lists = QHBoxLayout()
        lists.addWidget(self.bundles, 1)
        lists.addWidget(self.notes, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(subheading(self.tr("Imported app bundles and their release notes")))
        layout.addLayout(lists, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.bar)
        layout.addWidget(self.state)
        self._enable()

    # -- loading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        session = self._section.session
        self._section.run(lambda: (appliance_status(), session.app_updates()), self._show,
                          error_title=self.tr("Airlock's versions could not be read"))

    def _show(self, loaded: tuple[dict[str, Any], list[dict[str, Any]]]) -> None:
        self._status, updates = loaded
        self.summary.setHtml(self._summary_html(self._status))
        chosen = self.bundles.currentItem().data(Qt.ItemDataRole.UserRole) if self.bundles.currentItem() else None
        self.bundles.clear()
        for entry in updates:
            label = self.tr("{0} {1} (newer)") if entry["newer"] else self.tr("{0} {1}")
            item = QListWidgetItem(label.format(entry["name"], isolate(entry["version"])))
            item.setData(Qt.ItemDataRole.UserRole, entry)
            self.bundles.addItem(item)
            if (chosen and chosen["version"] == entry["version"]) or (chosen is None and entry["newer"]):
                self.bundles.setCurrentItem(item)
                chosen = entry
        if not updates:
            self.notes.setPlainText(self.tr("No app bundle is imported. Import one in Bundles; it appears here."))
        self._enable()

    def _summary_html(self, status: dict[str, Any]) -> str:
        esc = html.escape
        if not status.get("installed"):
            return html_lines([esc(self.tr("Airlock {0} runs from a source tree: updates apply to an installed "
                                           "Airlock (a release medium installs one).").format(status.get("running")))])
        current, previous = status.get("current") or {}, status.get("previous")
        installed = self.tr("Installed: {0}").format(isolate(str(current.get("version"))))
        lines = [f"<b>{esc(installed)}</b>", esc(origin_text(current.get("origin") or {}))]
        if previous:
            lines += [esc(self.tr("Kept for rollback: {0}, {1}").format(
                isolate(previous["version"]), origin_text(previous.get("origin") or {})))]
        else:
            lines += [esc(self.tr("No previous version is kept."))]
        lines += [esc(self.tr("Location: {0}").format(isolate(str(status.get("root")))))]
        if status.get("running") != current.get("version"):
            lines += [esc(self.tr("This window runs {0}; restart Airlock to run {1}.").format(
                isolate(str(status.get("running"))), isolate(str(current.get("version")))))]
        if not status.get("may_update"):
            lines += [esc(self.tr("This account of the machine may not change {0} (root or the group "
                                  "airlock-update may).").format(isolate(str(status.get("root")))))]
        return html_lines(lines)

    def _chosen(self) -> None:
        item = self.bundles.currentItem()
        entry = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if entry is None:
            self.notes.clear()
        elif entry.get("problem"):
            self.notes.setPlainText(entry["problem"])
        else:
            self.notes.setPlainText(entry.get("notes") or self.tr("This release has no notes."))
        self._enable()

    def _enable(self, busy: bool = False) -> None:
        item = self.bundles.currentItem()
        entry = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        installed = bool(self._status.get("installed")) and bool(self._status.get("may_update"))
        self.update_button.setEnabled(not busy and installed and bool(entry and entry["newer"])
                                      and self._section.may("app.update"))
        self.rollback_button.setEnabled(not busy and installed and bool(self._status.get("previous"))
                                        and self._section.may("app.rollback"))
        previous = self._status.get("previous")
        self.rollback_button.setToolTip(self.tr("Admin: switch back to {0}, which checks itself first").format(
            previous["version"]) if previous else self.tr("No previous version is kept"))

    # -- acting ----------------------------------------------------------------------------------

    def update_app(self) -> None:
        item = self.bundles.currentItem()
        if item is None:
            return
        entry = item.data(Qt.ItemDataRole.UserRole)
        ref = f"{entry['name']}@{entry['version']}"
        self._section.gate.request("app.update", self.tr("Update Airlock to {0}.").format(ref),
                                   lambda approval: self._start(lambda p, _c: self._section.session.app_update(
                                       ref, approval=approval, progress=p)),
                                   on_error=self._failed)

    def rollback(self) -> None:
        previous = (self._status.get("previous") or {}).get("version")
        self._section.gate.request("app.rollback", self.tr("Roll Airlock back to {0}.").format(previous),
                                   lambda approval: self._start(lambda p, _c: self._section.session.app_rollback(
                                       approval=approval, progress=p)),
                                   on_error=self._failed)

    def _start(self, work: Any) -> None:
        self._enable(busy=True)
        self.bar.setRange(0, 5)
        self.bar.setValue(0)
        self.bar.show()
        self.state.setProperty("state", "")
        self.state.setText(self.tr("Working… the vault is closed to other sessions until it ends."))
        self._section.run(work, self._done, on_error=self._failed, on_progress=self._progress, long=True)

    def _progress(self, done: int, total: int, message: str) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)
        self.state.setText(message)

    def _end(self, text: str, state: str) -> None:
        self.bar.hide()
        self.state.setText(text)
        self.state.setProperty("state", state)
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)
        self._section.changed_data.emit("audit")

    def _done(self, result: dict[str, Any]) -> None:
        self._end(self.tr("Airlock {0} passed its self-check and is now installed; {1} is kept. Airlock restarts "
                          "into {0} now.").format(isolate(result["to"]), isolate(result["from"])), "ok")
        QTimer.singleShot(RESTART_DELAY_MS, self.restart)  # long enough to read the line above

    def _failed(self, exc: BaseException) -> None:
        what, todo = explain(exc)
        self._end(self.tr("Nothing changed: {0}\nWhat to do: {1}").format(what, todo), "bad")
        self.refresh()

    def restart(self) -> None:
        """Quit as on close, then let gui.main start the version now current (see RESTART_PROPERTY)."""
        root = self._status.get("root")
        application = QCoreApplication.instance()
        if not root or application is None:
            return
        application.setProperty(RESTART_PROPERTY, f"{root}/current/bin/airlock")
        self.window().close()  # the controller closes the session and quits, as on any close

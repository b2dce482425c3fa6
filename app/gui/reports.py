"""Reports from the desktop application, written on a worker, then shown.

They are the same fleet, deployments and audit reports as `airlock report`.

`ReportDialog` asks which report, which days, which file and the reason on record, writes the
HTML and its CSV on a worker with progress (Cancel stops it and leaves no file), then opens
`ReportViewer` on what was written. The viewer reads the file on a worker and shows it in a
`QTextBrowser`; the report's inline SVG charts are handed to Qt's SVG reader as images (with
the report's own style sheet), so the operator sees the charts too, and nothing is fetched:
the browser resolves no resource but these in-page images.
"""

from __future__ import annotations

import base64
import re
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.service import Language
from app.gui.errors import explain
from app.gui.i18n import core_said, resolve, right_to_left
from app.gui.reason import ReasonField
from app.gui.save_parts import file_row, progress_parts, show_busy
from app.gui.sections.base import Context
from app.gui.worker import Task, WorkerPool, is_cancel

_STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.DOTALL | re.IGNORECASE)
_SVG = re.compile(r"<svg\b([^>]*)>(.*?)</svg>", re.DOTALL | re.IGNORECASE)
_VIEWBOX = re.compile(r'viewBox="0 0 (\d+) (\d+)"')


def _speak(message: Any) -> str:
    """A core sentence of the report in the operator's language (called on the worker)."""
    return core_said(message.as_dict(), message.text)


def viewable(html: str) -> str:
    """The report's HTML as Qt's rich text shows it: each inline chart becomes an in-page SVG image.

    Qt's rich text has no inline SVG; each `<svg>` is given the page's style sheet and turned
    into a `data:` image of the same size, which Qt's SVG reader draws.
    """
    found = _STYLE.search(html)
    css = found.group(1) if found else ""

    def image(match: re.Match[str]) -> str:
        attributes, body = match.group(1), match.group(2)
        svg = (f'<svg xmlns="http://www.w3.org/2000/svg"{attributes}><style>{css}</style>{body}</svg>')
        size = _VIEWBOX.search(attributes)
        width = f' width="{size.group(1)}" height="{size.group(2)}"' if size else ""
        data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
        return f'<img src="data:image/svg+xml;base64,{data}"{width}>'

    return _SVG.sub(image, html)


class ReportViewer(QDialog):
    """Shows a written report inside the application; "Open in the web browser" for the original."""

    def __init__(self, pool: WorkerPool, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pool, self.path = pool, path
        self.loaded = False
        self.setObjectName("reportViewer")
        self.setWindowTitle(self.tr("Report: {0}").format(path.name))
        self.resize(1000, 760)
        self.view = QTextBrowser()
        self.view.setObjectName("reportView")
        self.view.setAccessibleName(self.tr("Report"))
        self.view.setOpenExternalLinks(False)
        self.view.setOpenLinks(False)  # in-page anchors only: followed below, nothing else is opened
        self.view.anchorClicked.connect(self._anchor)
        self.view.setPlainText(self.tr("Reading {0}…").format(path))
        browser = QPushButton(self.tr("Open in the &web browser"))
        browser.setObjectName("openReportInBrowser")
        browser.setToolTip(self.tr("The same file in the desktop's web browser (it needs no network)"))
        browser.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(browser, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self._pool.submit(lambda: viewable(path.read_text(encoding="utf-8")), owner=self, on_result=self._show,
                          on_error=self._failed)

    def _show(self, html: str) -> None:
        self.view.setHtml(html)
        self.loaded = True

    def _failed(self, exc: BaseException) -> None:
        what, todo = explain(exc)
        self.view.setPlainText(self.tr("The report cannot be shown: {0}\nWhat to do: {1}").format(what, todo))

    def _anchor(self, url: QUrl) -> None:
        if url.hasFragment() and not url.scheme() and not url.path():
            self.view.scrollToAnchor(url.fragment())


class ReportDialog(QDialog):
    """Write a fleet, deployments or audit report; shows it afterwards unless `show_after` is False."""

    def __init__(self, session: Any, pool: WorkerPool, parent: QWidget | None = None, *, show_after: bool = True,
                 language_code: str = "en") -> None:
        super().__init__(parent)
        self._session, self._pool, self._show_after = session, pool, show_after
        self._language_code = language_code
        self._task: Task | None = None
        self.written: Any = None  # the WrittenReport, once written
        self.failure: str | None = None
        self.viewer: ReportViewer | None = None
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Write a report"))
        self.setMinimumWidth(620)
        self.kind = QComboBox()
        self.kind.setObjectName("reportKind")
        self.kind.setAccessibleName(self.tr("Report"))
        self.kind.addItem(self.tr("Fleet: health over the period, with charts and alarms"), "fleet")
        self.kind.addItem(self.tr("Deployments: what was deployed where, at which classification"), "deployments")
        self.kind.addItem(self.tr("Audit: who did what and why, sealed by a checkpoint"), "audit")
        today = datetime.now(UTC).date()
        self.first = self._date("reportFrom", self.tr("First day"), today - timedelta(days=6))
        self.last = self._date("reportTo", self.tr("Last day"), today)
        self.path = QLineEdit(str(Path.home() / "airlock-fleet-report.html"))
        self.path.setObjectName("reportPath")
        form = QFormLayout()
        form.addRow(self.tr("&Report:"), self.kind)
        form.addRow(self.tr("&From:"), self.first)
        form.addRow(self.tr("&To:"), self.last)
        form.addRow(*file_row(self, self.path, self.tr("Write the report as"), self.tr("HTML files (*.html)")))
        self.reason = ReasonField(session, pool, "report.write", self)
        self.reason.add_to(form)
        self.note = QLabel(self.tr("One HTML file that needs no network, and a CSV file of each of its tables "
                                   "beside it. Writing it is recorded in the audit trail."))
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.bar, self.status = progress_parts("report")
        self.buttons = QDialogButtonBox()
        self.write_button = self.buttons.addButton(self.tr("&Write"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.write_button.setObjectName("writeReportButton")
        self.write_button.setDefault(True)
        self.show_button = self.buttons.addButton(self.tr("&Show"), QDialogButtonBox.ButtonRole.ActionRole)
        self.show_button.setObjectName("showReportButton")
        self.show_button.setEnabled(False)
        self.show_button.clicked.connect(self.show_report)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (self.note, self.bar, self.status, self.buttons):
            layout.addWidget(widget)
        self.kind.currentIndexChanged.connect(self._kind_chosen)

    def _date(self, name: str, accessible: str, day: Any) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _kind_chosen(self) -> None:
        kind = str(self.kind.currentData())
        current = Path(self.path.text().strip())
        if re.fullmatch(r"airlock-\w+-report\.html", current.name):  # still the default name: follow the kind
            self.path.setText(str(current.with_name(f"airlock-{kind}-report.html")))

    def write(self) -> None:
        typed = self.path.text().strip()
        if not typed:
            self.status.setText(self.tr("Choose the file to write."))
            return
        session, kind, out = self._session, str(self.kind.currentData()), Path(typed)
        first = self.first.date().toString("yyyy-MM-dd")
        last = self.last.date().toString("yyyy-MM-dd")
        language = Language(_speak, self._language_code, right_to_left())

        def work(progress: Any, cancel: threading.Event) -> Any:
            return session.write_report(kind, first, last, out, language=language, progress=progress, cancel=cancel)

        self.written, self.failure = None, None
        self.write_button.setEnabled(False)
        self.show_button.setEnabled(False)
        show_busy(self.bar, self.status, self.tr("Writing {0}…").format(out))
        self._task = self._pool.submit(self.reason.carry(work), owner=self, on_result=self._done,
                                       on_error=self._failed, on_progress=self._progress, long=True)

    def _progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(min(1000, done * 1000 // total))
        if message:
            self.status.setText(message)  # the worker has said it in the operator's language

    def _done(self, written: Any) -> None:
        self._task = None
        self.bar.hide()
        self.write_button.setEnabled(True)
        self.show_button.setEnabled(True)
        self.written = written
        lines = [self.tr("Wrote {0} and %n CSV file(s).", "", len(written.csv)).format(written.path),
                 self.tr("SHA-256 {0}").format(written.sha256)]
        if written.checkpoint is not None:
            lines.append(self.tr("Sealed by checkpoint {0}.").format(written.checkpoint))
        self.status.setText("\n".join(lines))
        if self._show_after:
            self.show_report()

    def show_report(self) -> ReportViewer | None:
        if self.written is None:
            return None
        if self.viewer is not None:
            self.viewer.close()
            self.viewer.deleteLater()
        self.viewer = ReportViewer(self._pool, Path(self.written.path), self)
        self.viewer.open()
        return self.viewer

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.bar.hide()
        self.write_button.setEnabled(True)
        if is_cancel(exc):
            self.failure = self.tr("Cancelled; no file was written.")
            self.status.setText(self.failure)
            return
        what, todo = explain(exc)
        self.failure = what
        self.status.setText(self.tr("Not written: {0}\nWhat to do: {1}").format(what, todo))

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel.set()  # the worker stops at the next chunk and removes what it wrote
            return
        super().reject()


class ReportButton(QPushButton):
    """"Reports…": opens `ReportDialog` (for every account that may write reports)."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.dialog: ReportDialog | None = None
        self.setText(self.tr("&Reports…"))
        self.setObjectName("openReports")
        self.setToolTip(self.tr("Write a fleet, deployments or audit report (HTML and CSV) and show it"))
        self.setEnabled(bool(ctx.session.check("report.write")))
        self.clicked.connect(self.open_dialog)

    def open_dialog(self) -> ReportDialog:
        if self.dialog is None:
            language = resolve(self._ctx.prefs.get("language", "system"))
            self.dialog = ReportDialog(self._ctx.session, self._ctx.pool, self.window(), language_code=language)
        self.dialog.open()
        return self.dialog

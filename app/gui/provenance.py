"""Provenance on screen: a bundle's metadata, its model card and its SBOM, before it is deployed.

The model card is the Markdown file the bundle carries, read from the content store by the
service (`Session.show_bundle`). It is shown by `SafeMarkdownView`: Markdown only (raw
HTML in it is shown as text), no resource of any kind loaded (no remote or local image, no
style sheet), and no link followed. Qt's rich text runs no script in any case.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.gui.errors import explain
from app.gui.i18n import html_block, html_lines, html_table, isolate
from app.gui.models import Column, RecordTableModel
from app.gui.sections.base import filter_box
from app.gui.worker import WorkerPool

MODEL_FIELDS = ("format", "parameters", "license", "provenance")


class SafeMarkdownView(QTextBrowser):
    """Markdown from a bundle, shown with nothing loaded and nothing followed.

    `refused` lists every resource the document asked for (and did not get): tests read it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.refused: list[str] = []

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: ARG002 - Qt's signature
        """Nothing: no image, style sheet or other resource of a model card is ever loaded."""
        self.refused.append(name.toString() if isinstance(name, QUrl) else str(name))
        return None

    def show_markdown(self, text: str) -> None:
        features = (QTextDocument.MarkdownFeature.MarkdownDialectGitHub
                    | QTextDocument.MarkdownFeature.MarkdownNoHTML)
        self.document().setMarkdown(text, features)
        self.verticalScrollBar().setValue(0)


def model_rows(model: dict[str, str]) -> list[tuple[str, str]]:
    """(label, value) of a model's signed metadata, in the operator's language."""
    labels = {
        "format": QCoreApplication.translate("Columns", "Format"),
        "parameters": QCoreApplication.translate("Columns", "Parameters"),
        "license": QCoreApplication.translate("Columns", "License"),
        "provenance": QCoreApplication.translate("Columns", "Provenance"),
    }
    return [(labels[key], model[key]) for key in MODEL_FIELDS if model.get(key)]


class SbomPane(QWidget):
    """An SBOM's components (name, version, licenses, supplier, package URL) and its licenses."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setObjectName("sbomSummary")
        self.summary.setWordWrap(True)
        self.model = RecordTableModel([
            Column(self.tr("Component"), lambda c: c["name"]),
            Column(self.tr("Version"), lambda c: c["version"]),
            Column(self.tr("Licenses"), lambda c: " AND ".join(c["licenses"]) or self.tr("unknown")),
            Column(self.tr("Supplier"), lambda c: c["supplier"]),
            Column(self.tr("Package URL"), lambda c: c["purl"]),
        ], self)
        self.filter = filter_box(self.tr("Filter components: name, license, supplier…"), "sbomFilter")
        self.filter.textChanged.connect(self.model.set_filter)
        self.table = QTableView()
        self.table.setObjectName("sbomComponents")
        self.table.setAccessibleName(self.tr("SBOM components"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)

    def show_sbom(self, sbom: dict[str, Any] | None) -> None:
        components = (sbom or {}).get("components") or []
        self.model.set_records(components)
        self.filter.setVisible(bool(components))
        self.table.setVisible(bool(components))
        self.summary.setText(WORDS.sbom_text(sbom))


class ProvenanceWords(QObject):
    """The sentences about a bundle's SBOM and model, said in the operator's language.

    A class of its own so that each sentence has one translation context (pyside6-lupdate
    files a `tr` call under the class it is written in).
    """

    def sbom_text(self, sbom: dict[str, Any] | None) -> str:
        """One paragraph about a bundle's SBOM: what it is and the licenses it names, or that there is none."""
        if sbom is None:
            return self.tr("This bundle carries no SBOM: its publisher listed no components or licenses.")
        if sbom.get("problem"):
            return self.tr("The SBOM {0} cannot be shown: {1}").format(sbom["path"], sbom["problem"])
        licenses = ", ".join(f"{name} ({count})" for name, count in sbom.get("licenses", {}).items())
        return self.tr("SBOM {0} ({1} {2}), {3}. Licenses: {4}.").format(
            isolate(sbom["path"]), isolate(sbom["format"]), isolate(sbom["spec_version"]),
            self.tr("%n component(s)", "", len(sbom.get("components") or [])), isolate(licenses or "-"))

    def provenance_html(self, shown: dict[str, Any]) -> str:
        """Model metadata and SBOM in a few lines of escaped HTML (the deploy dialog's summary)."""
        rows = [[f"<b>{html.escape(label)}</b>", html.escape(value)] for label, value in model_rows(shown["model"])]
        lines = [html.escape(self.sbom_text(shown.get("sbom")))]
        if shown.get("model_card") is None and shown["type"] == "model":
            lines.append(html.escape(self.tr("No model card.")))
        return (html_table(rows) if rows else "") + html_lines(lines)


WORDS = ProvenanceWords()


class BundleProvenancePane(QTabWidget):
    """The bundle details of the Bundles section: details, model card, SBOM, one tab each."""

    def __init__(self, details: QTextBrowser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bundleProvenance")
        self.details = details
        self.card = SafeMarkdownView()
        self.card.setObjectName("modelCard")
        self.card.setAccessibleName(self.tr("Model card"))
        self.sbom = SbomPane()
        self.addTab(details, self.tr("Details"))
        self.addTab(self.card, self.tr("Model card"))
        self.addTab(self.sbom, self.tr("SBOM"))
        self.shown: dict[str, Any] | None = None

    def clear(self) -> None:
        self.shown = None
        self.card.clear()
        self.sbom.show_sbom(None)
        self.sbom.summary.clear()

    def show_bundle(self, shown: dict[str, Any]) -> None:
        """Fill the model card and SBOM tabs, and add the model's metadata to the details."""
        self.shown = shown
        card = shown.get("model_card")
        if card is None:
            self.card.setPlainText(self.tr("This bundle has no model card."))
        elif card.get("text") is None:
            self.card.setPlainText(self.tr("The model card {0} cannot be shown: {1}").format(card["path"],
                                                                                          card["problem"]))
        else:
            self.card.show_markdown(str(card["text"]))
        self.sbom.show_sbom(shown.get("sbom"))
        self.setTabEnabled(1, card is not None)


class ModelCardDialog(QDialog):
    """A bundle's model card on its own, from the deploy dialog."""

    def __init__(self, shown: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelCardDialog")
        self.setWindowTitle(self.tr("Model card of {0} {1}").format(shown["name"], shown["version"]))
        self.resize(720, 620)
        self.pane = BundleProvenancePane(QTextBrowser(), self)
        self.pane.details.setHtml(html_block(f"<h3>{html.escape(shown['name'])} {html.escape(shown['version'])}</h3>")
                                  + WORDS.provenance_html(shown))
        self.pane.show_bundle(shown)
        self.pane.setCurrentIndex(1 if shown.get("model_card") else 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pane, 1)
        layout.addWidget(buttons)


class ProvenanceLoader(QWidget):
    """Reads `show_bundle` on a worker for whichever bundle is chosen; the newest answer wins."""

    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, session: Any, pool: WorkerPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hide()
        self._session, self._pool = session, pool
        self._wanted = ""

    def load(self, ref: str) -> None:
        self._wanted = ref
        session = self._session
        self._pool.submit(lambda: (ref, session.show_bundle(ref)), owner=self, on_result=self._arrived,
                          on_error=self._broke)

    def _arrived(self, answer: tuple[str, dict[str, Any]]) -> None:
        ref, shown = answer
        if ref == self._wanted:
            self.loaded.emit(shown)

    def _broke(self, exc: BaseException) -> None:
        self.failed.emit(exc)


class DeployProvenance(QWidget):
    """In the deploy dialog: the chosen bundle's license, format, parameters, provenance and SBOM.

    Its model card is a click away, read before anything is sent.
    """

    def __init__(self, session: Any, pool: WorkerPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deployProvenance")
        self.loader = ProvenanceLoader(session, pool, self)
        self.loader.loaded.connect(self._show)
        self.loader.failed.connect(self._broke)
        self.text = QLabel()
        self.text.setObjectName("deployProvenanceText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.card_button = QPushButton(self.tr("Model &card…"))
        self.card_button.setObjectName("deployModelCardButton")
        self.card_button.setToolTip(self.tr("Read the model card this bundle carries"))
        self.card_button.setEnabled(False)
        self.card_button.clicked.connect(self.open_card)
        self.shown: dict[str, Any] | None = None
        self.dialog: ModelCardDialog | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.card_button, 0, Qt.AlignmentFlag.AlignTop)

    def show_for(self, ref: str) -> None:
        self.shown = None
        self.card_button.setEnabled(False)
        self.text.setText(self.tr("Reading the bundle's provenance…") if ref else "")
        if ref:
            self.loader.load(ref)

    def _show(self, shown: dict[str, Any]) -> None:
        self.shown = shown
        self.text.setText(WORDS.provenance_html(shown))
        self.card_button.setEnabled(shown.get("model_card") is not None or shown.get("sbom") is not None)

    def _broke(self, exc: BaseException) -> None:
        what, _todo = explain(exc)
        self.text.setText(html.escape(self.tr("The bundle's provenance could not be read: {0}").format(what)))

    def open_card(self) -> ModelCardDialog | None:
        if self.shown is None:
            return None
        self.dialog = ModelCardDialog(self.shown, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
        return self.dialog

"""Bundle tools the command line had and the desktop application lacked.

- verify a bundle without importing it (`airlock bundle verify`): every check of an import,
  every byte hashed, nothing written to the store;
- check the content store (`airlock bundle check-store`): every object re-hashed.

Both run on a worker with progress and can be stopped.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.errors import explain
from app.gui.import_dialog import ImportDialog
from app.gui.tool_buttons import ToolButtons
from app.gui.worker import Task, WorkerPool, is_cancel


class VerifyDialog(ImportDialog):
    """Verifies one bundle directory completely and imports nothing; emits `verified(summary)`."""

    verified = Signal(object)

    def __init__(self, session: Any, pool: WorkerPool, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(session, pool, path, parent)
        self.setObjectName("verifyDialog")
        self.setWindowTitle(self.tr("Verify {0}").format(path.name))
        self.what.setText(self.tr("Checking the signed manifest, then hashing every file. Nothing is imported "
                                  "and the store is not touched."))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(self.tr("Stop verifying."))

    def start(self) -> None:
        session, path = self._session, self.path

        def work(progress: Any, cancel: threading.Event) -> Any:
            return session.verify_bundle(path, progress, cancel)

        self._task = self._pool.submit(work, owner=self, on_result=self._done, on_error=self._failed,
                                       on_progress=self._progress, long=True)

    def _done(self, result: Any) -> None:
        self._finish()
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        summary: dict[str, Any] = result
        sbom = summary.get("sbom")
        sbom_text = (self.tr("SBOM: %n component(s).", "", int(sbom["components"])) if sbom
                     else self.tr("No SBOM."))
        self.outcome.setText(self.tr(
            "Verified {0} {1} ({2}, classified {3}): signed by {4} '{5}' key(s); every file matches its signed "
            "hash. {6} Nothing was imported.").format(
            summary["name"], summary["version"], summary["type"], summary["classification"],
            len(summary["signers"]), summary["role"], sbom_text))
        self.outcome.setProperty("state", "ok")
        self.verified.emit(summary)
        self.ended.emit(True)

    def _failed(self, exc: BaseException) -> None:
        super()._failed(exc)
        self.bar.setRange(0, 1)  # no endless bar once it is over
        self.bar.setValue(0)


class StoreCheckDialog(QDialog):
    """Re-hashes every object of the content store; lists what is missing or damaged."""

    checked = Signal(object)

    def __init__(self, session: Any, pool: WorkerPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._pool = session, pool
        self._task: Task | None = None
        self.setObjectName("storeCheckDialog")
        self.setWindowTitle(self.tr("Check the content store"))
        self.setMinimumWidth(560)
        what = QLabel(self.tr("Every stored object is read again and compared with the SHA-256 it is named by. "
                              "Nothing is changed."))
        what.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("storeCheckProgress")
        self.bar.setAccessibleName(self.tr("Store check progress"))
        self.bar.setRange(0, 0)
        self.outcome = QLabel()
        self.outcome.setObjectName("storeCheckResult")
        self.outcome.setWordWrap(True)
        self.problems = QPlainTextEdit()
        self.problems.setObjectName("storeProblems")
        self.problems.setReadOnly(True)
        self.problems.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (what, self.bar, self.outcome, self.problems, self.buttons):
            layout.addWidget(widget)

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        session = self._session

        def work(progress: Any, cancel: threading.Event) -> list[str]:
            def step(done: int, total: int, message: str) -> None:
                if cancel.is_set():
                    from app.core.service import Cancelled

                    raise Cancelled(str(message))
                progress(done, total, message)

            problems: list[str] = session.check_store(step)
            return problems

        self._task = self._pool.submit(work, owner=self, on_result=self._done, on_error=self._failed,
                                       on_progress=self._progress, long=True)

    def _progress(self, done: int, total: int, _message: str) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)

    def _finish(self) -> None:
        self._task = None
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.buttons.clear()
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)

    def _done(self, problems: list[str]) -> None:
        self._finish()
        if problems:
            self.outcome.setText(self.tr("The store has %n problem(s). Import the bundles they belong to again; "
                                         "do not deploy them until then.", "", len(problems)))
            self.outcome.setProperty("state", "bad")
            self.problems.setPlainText("\n".join(problems))
            self.problems.show()
        else:
            self.outcome.setText(self.tr("Every object in the store matches its SHA-256."))
            self.outcome.setProperty("state", "ok")
        self.checked.emit(problems)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if is_cancel(exc):
            self.outcome.setText(self.tr("Stopped before every object was checked."))
            return
        what, todo = explain(exc)
        self.outcome.setText(self.tr("The store could not be checked: {0}\nWhat to do: {1}").format(what, todo))
        self.outcome.setProperty("state", "bad")

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel.set()
            return
        super().reject()


class BundleTools(ToolButtons):
    """The Verify folder… and Check store… buttons of the Bundles section, and their dialogs."""

    def __init__(self, section: Any) -> None:
        super().__init__(section)
        self.verify_button = self._button(self.tr("&Verify folder…"), "verifyFolderButton",
                                          self.tr("Check a bundle completely without importing it"),
                                          "bundle.verify", self.choose_folder)
        self.check_button = self._button(self.tr("Check &store…"), "checkStoreButton",
                                         self.tr("Re-hash every object in the content store"), "bundle.list",
                                         self.check_store)

    def buttons(self) -> list[QPushButton]:
        return [self.verify_button, self.check_button]

    def choose_folder(self) -> None:
        dialog = QFileDialog(self._section, self.tr("Choose a bundle folder to verify"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda p: self.verify_path(Path(p)))
        dialog.open()

    def verify_path(self, path: Path) -> VerifyDialog:
        dialog = VerifyDialog(self._section.session, self._section.ctx.pool, path, self._section)
        self._keep(dialog)
        dialog.start()
        return dialog

    def check_store(self) -> StoreCheckDialog:
        dialog = StoreCheckDialog(self._section.session, self._section.ctx.pool, self._section)
        self._keep(dialog)
        dialog.start()
        return dialog

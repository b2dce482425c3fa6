"""Settings tab: the content store's encryption at rest (its keys, re-sealing, rotating the key).

The walk that re-seals the store (after a rotation, after a crash, or the first start of
a store from before encryption at rest) runs in the background on the worker pool, with
its progress here and in the status bar; `resume_if_pending` starts it when the main
window opens.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QTableView, QVBoxLayout, QWidget

from app.gui.errors import explain
from app.gui.i18n import isolate
from app.gui.models import Column, RecordTableModel
from app.gui.sections.base import stamp_text, subheading
from app.gui.worker import Task, is_cancel

if TYPE_CHECKING:
    from app.gui.sections.settings import SettingsSection


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setProperty("role", "muted")
    return label


class StoreTab(QWidget):
    """The store keys, what is left to re-seal, and the rotation of the store key (admin)."""

    def __init__(self, section: SettingsSection) -> None:
        super().__init__()
        self._section = section
        self._task: Task | None = None
        explanation = _label("storeExplanation")
        explanation.setText(self.tr(
            "Every payload in the content store is encrypted with a store key sealed in this vault; a stolen "
            "disk gives away no model. Rotating the store key re-encrypts every object under a new key in the "
            "background, then destroys the old key. Stopped or interrupted, it goes on at the next start."))
        states = {"active": self.tr("active"), "retiring": self.tr("retiring"), "destroyed": self.tr("destroyed")}
        self.model = RecordTableModel([
            Column(self.tr("Key"), lambda k: str(k["id"]), lambda k: int(k["id"])),
            Column(self.tr("State"), lambda k: states.get(k["state"], k["state"])),
            Column(self.tr("Objects"), lambda k: str(k["objects"]), lambda k: int(k["objects"])),
            Column(self.tr("Created"), lambda k: stamp_text(k["created"])),
            Column(self.tr("By"), lambda k: str(k["created_by"])),
            Column(self.tr("Destroyed"), lambda k: stamp_text(k["destroyed"]) if k["destroyed"] else ""),
        ])
        self.table = QTableView()
        self.table.setObjectName("storeKeys")
        self.table.setAccessibleName(self.tr("Store keys"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.summary = _label("storeSummary")
        self.rotate_button = QPushButton(self.tr("&Rotate the store key"))
        self.rotate_button.setObjectName("rotateStoreKeyButton")
        self.rotate_button.setToolTip(self.tr("Admin: a new store key, every object re-encrypted under it (audited)"))
        self.rotate_button.setEnabled(section.may("store.rotate"))
        self.rotate_button.clicked.connect(self.rotate)
        self.finish_button = QPushButton(self.tr("&Finish now"))
        self.finish_button.setObjectName("resealStoreButton")
        self.finish_button.setToolTip(self.tr("Encrypt or re-encrypt the objects that wait for it"))
        self.finish_button.setEnabled(False)
        self.finish_button.clicked.connect(self.start_reseal)
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.setObjectName("resealStopButton")
        self.stop_button.setToolTip(self.tr("Stop after the current object; the rest is done at the next start"))
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        self.bar = QProgressBar()
        self.bar.setObjectName("resealProgress")
        self.bar.setAccessibleName(self.tr("Content store encryption progress"))
        self.bar.hide()
        self.status = _label("resealStatus")
        buttons = QHBoxLayout()
        for button in (self.rotate_button, self.finish_button, self.stop_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(subheading(self.tr("Content store encryption")))
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)

    @property
    def running(self) -> bool:
        return self._task is not None

    def refresh(self) -> None:
        session = self._section.session
        self._section.run(session.store_status, self._show, on_error=self._failed_status)

    def _show(self, status: dict[str, Any]) -> None:
        self.model.set_records(status["keys"])
        self.table.resizeColumnsToContents()
        self.summary.setText(self.tr("Objects: {0}. In plaintext from before encryption: {1}. To re-encrypt: {2}. "
                                     "Unreadable: {3}.").format(*(isolate(str(status[k])) for k in
                                                                  ("objects", "plaintext", "to_reseal", "unreadable"))))
        self.finish_button.setEnabled(bool(status["pending"]) and not self.running
                                      and self._section.may("store.reseal"))

    def _failed_status(self, exc: BaseException) -> None:
        what, _todo = explain(exc)
        self.summary.setText(what)

    def resume_if_pending(self) -> None:
        """At start: encrypt or re-seal what waits, in the background (staff only)."""
        if not self._section.may("store.reseal"):
            return
        session = self._section.session
        self._section.run(session.store_work_pending, lambda pending: self.start_reseal() if pending else None,
                          on_error=self._failed_status)

    def rotate(self) -> None:
        self._section.gate.request("store.key.rotate", self.tr("Rotate the content store key."), self._rotate,
                                   on_error=self._failed)

    def _rotate(self, approval: Any) -> None:
        session = self._section.session
        self.rotate_button.setEnabled(False)
        self._section.run(lambda: session.rotate_store_key(approval), lambda _key: self.start_reseal(),
                          on_error=self._failed)

    def start_reseal(self) -> None:
        """Re-seal every object under the active key, in the background, with progress."""
        if self.running:
            return
        session = self._section.session

        def work(progress: Any, cancel: threading.Event) -> dict[str, Any]:
            done: dict[str, Any] = session.reseal_store(progress, cancel)
            return done

        self.rotate_button.setEnabled(False)
        self.finish_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.bar.setValue(0)
        self.bar.show()
        self.status.setText(self.tr("Encrypting the content store…"))
        self._task = self._section.ctx.pool.submit(work, owner=self, on_result=self._done, on_error=self._failed,
                                                   on_progress=self._progress, long=True, background=True)

    def _progress(self, done: int, total: int, message: str) -> None:
        self.bar.setRange(0, 1000)
        self.bar.setValue(round(1000 * done / total) if total else 1000)
        percent = round(100 * done / total) if total else 100
        self._section.status_message.emit(self.tr("{0}: {1}%").format(message, isolate(str(percent))))

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel.set()
            self.stop_button.setEnabled(False)

    def _end(self, text: str, state: str) -> None:
        self._task = None
        self.bar.hide()
        self.stop_button.setEnabled(False)
        self.rotate_button.setEnabled(self._section.may("store.rotate"))
        self.status.setText(text)
        self.status.setProperty("state", state)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self._section.changed_data.emit("audit")
        self.refresh()

    def _done(self, done: dict[str, Any]) -> None:
        if done["skipped"] and done.get("held_by") == "backup":
            self._end(self.tr("A backup is copying the content store, so no object was re-encrypted. The encryption"
                              " resumes at the next start, or with Finish now after the backup."), "")
        elif done["skipped"]:
            self._end(self.tr("Another Airlock process is encrypting the content store."), "")
        elif done["damaged"]:
            self._end(self.tr("Damaged objects: {0}. Check the store, then import their bundles again.").format(
                isolate(str(len(done["damaged"])))), "bad")
        else:
            self._end(self.tr("Every object is encrypted under the active store key."), "ok")
        self._section.status_message.emit(self.status.text())

    def _failed(self, exc: BaseException) -> None:
        if is_cancel(exc):
            self._end(self.tr("Stopped. The rest is encrypted at the next start, or with Finish now."), "")
            return
        what, todo = explain(exc)
        self._end(self.tr("The content store was not fully encrypted: {0}\nWhat to do: {1}").format(what, todo), "bad")

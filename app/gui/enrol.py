"""The enrol dialog: first contact with a node, and the operator's confirmation of its host key.

Enrolment runs on a worker. When the node shows its host key, the worker asks the GUI
(a queued signal) and waits for the operator's answer on an event; the GUI thread never
waits. Cancelling answers "no" and sets the task's cancel token.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

# Bootstrap is a plain value type of the SSH room (no I/O); see the report on re-exporting it
# from app.core.service.
from app.core.service import Bootstrap
from app.gui.errors import explain
from app.gui.worker import Task, WorkerPool


class HostKeyQuestion(QObject):
    """Carries "is this the node's key?" from the worker to the GUI and the answer back."""

    asked = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._answered = threading.Event()
        self._answer = False

    def ask(self, fingerprint: str) -> bool:
        """Called on the worker thread: blocks that thread (only) until the operator answers."""
        self._answered.clear()
        self.asked.emit(fingerprint)
        self._answered.wait()
        return self._answer

    def answer(self, trusted: bool) -> None:
        self._answer = trusted
        self._answered.set()


class EnrolDialog(QDialog):
    """Emits `enrolled(node)` with what `show_node` returns once the node is recorded."""

    enrolled = Signal(object)

    def __init__(self, session: Any, pool: WorkerPool, parent: QWidget | None = None) -> None:  # noqa: PLR0915 - one form, built once
        super().__init__(parent)
        self._session, self._pool = session, pool
        self._task: Task | None = None
        self.setObjectName("enrolDialog")
        self.setWindowTitle(self.tr("Enrol a node"))
        self.setMinimumWidth(560)
        self.question = HostKeyQuestion(self)
        self.question.asked.connect(self._show_fingerprint)

        self.name = QLineEdit()
        self.name.setObjectName("nodeName")
        self.name.setPlaceholderText("gpu-01")
        self.address = QLineEdit()
        self.address.setObjectName("nodeAddress")
        self.port = QSpinBox()
        self.port.setObjectName("nodePort")
        self.port.setRange(1, 65535)
        self.port.setValue(22)
        self.user = QLineEdit()
        self.user.setObjectName("nodeUser")
        self.use_key = QRadioButton(self.tr("Bootstrap &key file"))
        self.use_key.setChecked(True)
        self.use_password = QRadioButton(self.tr("Bootstrap pass&word"))
        group = QButtonGroup(self)
        group.addButton(self.use_key)
        group.addButton(self.use_password)
        self.key_path = QLineEdit()
        self.key_path.setObjectName("bootstrapKey")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.password = QLineEdit()
        self.password.setObjectName("bootstrapPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = QLineEdit()
        self.labels.setObjectName("nodeLabels")
        self.labels.setPlaceholderText("site=a zone=1 clearance=internal")
        self.labels.setToolTip(self.tr("KEY=VALUE pairs separated by spaces."))
        self.variables = QLineEdit()
        self.variables.setObjectName("nodeVariables")
        self.variables.setPlaceholderText("airlock_root=/srv/airlock")
        self.variables.setToolTip(self.tr("Host variables for the playbooks, airlock_NAME=VALUE separated by spaces."))
        for edit, name in ((self.name, self.tr("Node name")), (self.address, self.tr("Address")),
                           (self.port, self.tr("SSH port")), (self.user, self.tr("User")),
                           (self.key_path, self.tr("Bootstrap key file")),
                           (self.password, self.tr("Bootstrap password")), (self.labels, self.tr("Labels")),
                           (self.variables, self.tr("Host variables"))):
            edit.setAccessibleName(name)

        key_row = QHBoxLayout()
        key_row.addWidget(self.key_path)
        key_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.use_key, key_row)
        form.addRow(self.use_password, self.password)
        form.addRow(self.tr("&Labels:"), self.labels)
        form.addRow(self.tr("&Variables:"), self.variables)

        self.fingerprint_box = QWidget()
        self.fingerprint_box.setObjectName("fingerprintBox")
        box = QVBoxLayout(self.fingerprint_box)
        explain_label = QLabel(self.tr("The node presents this host key. Compare it with the fingerprint read on "
                                       "the node's console (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub)."))
        explain_label.setWordWrap(True)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("hostKeyFingerprint")
        self.fingerprint.setProperty("role", "secret")
        self.fingerprint.setAccessibleName(self.tr("Host key fingerprint"))
        self.trust_button = QPushButton(self.tr("It &matches: pin this key"))
        self.trust_button.setObjectName("trustHostKey")
        self.reject_button = QPushButton(self.tr("It &differs: stop"))
        self.reject_button.setObjectName("rejectHostKey")
        self.trust_button.clicked.connect(lambda: self._answer(trusted=True))
        self.reject_button.clicked.connect(lambda: self._answer(trusted=False))
        answers = QHBoxLayout()
        answers.addWidget(self.reject_button)
        answers.addStretch()
        answers.addWidget(self.trust_button)
        box.addWidget(explain_label)
        box.addWidget(self.fingerprint)
        box.addLayout(answers)
        self.fingerprint_box.hide()

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("enrolStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.enrol_button = self.buttons.addButton(self.tr("&Enrol"), QDialogButtonBox.ButtonRole.ActionRole)
        self.enrol_button.setObjectName("enrolButton")
        self.enrol_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fingerprint_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the bootstrap private key"))
        dialog.fileSelected.connect(self.key_path.setText)
        dialog.open()

    def start(self) -> None:
        if self.use_key.isChecked():
            if not self.key_path.text().strip():
                self.status.setText(self.tr("Choose the bootstrap key file, or use a bootstrap password."))
                return
            bootstrap = Bootstrap(key_path=Path(self.key_path.text().strip()))
        else:
            bootstrap = Bootstrap(password=self.password.text())
        session, question = self._session, self.question
        name, address, user = self.name.text().strip(), self.address.text().strip(), self.user.text().strip()
        port = self.port.value()
        labels, variables = self.labels.text().split(), self.variables.text().split()

        def work(progress: Any, cancel: threading.Event) -> Any:
            return session.enroll_node(name, address, user, bootstrap, port=port, confirm=question.ask,
                                       labels=labels, variables=variables, progress=progress, cancel=cancel)

        self.enrol_button.setEnabled(False)
        self.progress.show()
        self.status.setText(self.tr("Contacting {0}…").format(address))
        self._task = self._pool.submit(work, owner=self, on_result=self._done, on_error=self._failed,
                                       on_progress=lambda _d, _t, m: self.status.setText(m), long=True)

    def _show_fingerprint(self, fingerprint: str) -> None:
        self.fingerprint.setText(fingerprint)
        self.fingerprint_box.show()
        self.trust_button.setFocus()

    def _answer(self, *, trusted: bool) -> None:
        self.fingerprint_box.hide()
        self.question.answer(trusted)

    def _done(self, node: Any) -> None:
        self._task = None
        self.progress.hide()
        self.status.setText(self.tr("Node {0} is enrolled; its host key is pinned.").format(node.get("name")))
        self.enrolled.emit(node)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.progress.hide()
        self.enrol_button.setEnabled(True)
        what, todo = explain(exc)
        self.status.setText(self.tr("Not enrolled: {0}\nWhat to do: {1}").format(what, todo))

    def reject(self) -> None:
        if self._task is not None:
            # Stop the worker first: answer "no" to a pending question and cancel the task.
            self._task.cancel.set()
            self.question.answer(False)
        super().reject()

"""The desktop application's twin of the lifecycle commands, on a real vault.

Provenance before deployment (model card rendered safely, SBOM), verifying a bundle without
importing it, checking the store, the management key, forks and timeout of a run, the
deployment history, and an admin disabling, enabling, removing and re-keying accounts.
"""

from __future__ import annotations

import http.server
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.core.bundles import store
from app.core.bundles.publisher import BundleSpec, build_bundle
from app.core.service import open_session
from tests.conftest import REPO
from tests.gui.helpers import unlock
from tests.lab.bundle_factory import TrustLab, sign_with
from tests.lab.node_fixtures import bootstrap_key, enroll_in_session, lab, needs_sshd  # noqa: F401 - fixtures

pytestmark = pytest.mark.gui


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []  # noqa: RUF012 - one server per test, read after it stopped

    def do_GET(self) -> None:
        type(self).requests.append(self.path)
        self.send_response(404)
        self.end_headers()

    def log_message(self, *_args: object) -> None:
        return


@pytest.fixture
def web_server():
    """A local web server that records every request (a model card must make none)."""
    _Recorder.requests = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, name="test-web-server")
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _hostile_card(port: int) -> bytes:
    return f"""# Llama test card

Weights trained on **public** data.

<script>alert('card')</script>
<img src="http://127.0.0.1:{port}/raw-html.png">
![remote](http://127.0.0.1:{port}/remote.png)
![local](file:///etc/hostname)
[a link](http://127.0.0.1:{port}/link)

| metric | value |
|---|---|
| mmlu | 0.66 |
""".encode()


SPDX = {
    "spdxVersion": "SPDX-2.3", "dataLicense": "CC0-1.0", "SPDXID": "SPDXRef-DOCUMENT", "name": "llm",
    "documentNamespace": "https://example.invalid/llm", "creationInfo": {"created": "2026-01-01T00:00:00Z",
                                                                        "creators": ["Tool: test"]},
    "packages": [
        {"name": "llm-weights", "SPDXID": "SPDXRef-w", "downloadLocation": "NOASSERTION", "versionInfo": "1.0",
         "licenseConcluded": "Apache-2.0", "supplier": "Organization: Lab"},
        {"name": "tokenizer", "SPDXID": "SPDXRef-t", "downloadLocation": "NOASSERTION", "versionInfo": "0.2",
         "licenseDeclared": "MIT",
         "externalRefs": [{"referenceCategory": "PACKAGE-MANAGER", "referenceType": "purl",
                           "referenceLocator": "pkg:pypi/tokenizer@0.2"}]},
    ],
}


def _model(trust: TrustLab, base: Path, card: bytes, *, sbom: bool = True) -> Path:
    src = base / "src"
    (src / "weights").mkdir(parents=True)
    (src / "README.md").write_bytes(card)
    (src / "weights" / "model.safetensors").write_bytes(os.urandom(4096))
    sbom_path = None
    if sbom:
        sbom_path = base / "llm.spdx.json"
        sbom_path.write_text(json.dumps(SPDX))
    model = {"format": "safetensors", "license": "apache-2.0", "model_card": "README.md", "parameters": "8B",
             "provenance": "trained in the lab from public data"}
    bundle = build_bundle(src, base / "out", BundleSpec("model", "llm", "1.0.0", "internal", "a test model", 30,
                                                        1024 * 1024, model, sbom_path))
    sign_with(bundle, trust.role_signers["models"][0])
    return bundle


def _window(qtbot, make_controller, vault, account: str = "admin", passphrase: str | None = None):
    controller = make_controller(vault.data_dir)
    controller.start()
    if passphrase is None:
        unlock(qtbot, controller, account=account)
    else:
        unlock(qtbot, controller, passphrase, account=account)
    return controller, controller.window


def _trusted(vault, tmp_path: Path) -> TrustLab:
    trust = TrustLab(tmp_path / "publisher")
    with vault.open() as session:
        session.trust_init(trust.root_json, trust.fingerprint)
    return trust


def test_the_model_card_is_rendered_from_the_store_with_nothing_loaded(
        qtbot, make_controller, vault, tmp_path, web_server):
    trust = _trusted(vault, tmp_path)
    with vault.open() as session:
        session.import_bundle(_model(trust, tmp_path, _hostile_card(web_server.server_address[1])))
    _controller, window = _window(qtbot, make_controller, vault)
    window.go("bundles")
    section = window.bundles
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=10_000)
    section.table.selectRow(0)
    pane = section.provenance
    qtbot.waitUntil(lambda: pane.shown is not None, timeout=10_000)
    details = section.details.toPlainText()
    for shown in ("safetensors", "8B", "apache-2.0", "trained in the lab from public data"):
        assert shown in details
    card = pane.card.toPlainText()
    assert "Llama test card" in card
    assert "# Llama" not in card, "the Markdown is rendered"
    assert "<script>alert('card')</script>" in card, "raw HTML is shown as text, never run"
    assert "mmlu" in card
    pane.setCurrentWidget(pane.card)
    pane.card.grab()  # paint it: any image would be asked for now
    refused = set(pane.card.refused)
    assert "file:///etc/hostname" in refused, "a local file named as an image is asked for, and refused"
    assert any(url.endswith("/remote.png") for url in refused)
    assert all("127.0.0.1" in url or url.startswith("file:") for url in refused)
    assert _Recorder.requests == [], "the card made no request"
    pane.card.anchorClicked.emit(pane.card.document().begin().text())  # a click follows nothing
    assert pane.card.source().isEmpty()
    sbom = pane.sbom
    assert sbom.model.rowCount() == 2
    assert "Apache-2.0 (1)" in sbom.summary.text()
    assert "MIT (1)" in sbom.summary.text()
    assert "pkg:pypi/tokenizer@0.2" in [sbom.model.record(r)["purl"] for r in range(2)]


def test_a_bundle_without_sbom_or_card_says_so_and_the_deploy_dialog_shows_provenance(
        qtbot, make_controller, vault, tmp_path):
    trust = _trusted(vault, tmp_path)
    with vault.open() as session:
        session.import_bundle(_model(trust, tmp_path, b"# Card\n", sbom=False))
    _controller, window = _window(qtbot, make_controller, vault)
    window.go("bundles")
    section = window.bundles
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=10_000)
    section.table.selectRow(0)
    qtbot.waitUntil(lambda: section.provenance.shown is not None, timeout=10_000)
    assert "carries no SBOM" in section.provenance.sbom.summary.text()
    dialog = section.open_deploy()
    assert dialog is not None
    provenance = dialog.provenance
    qtbot.waitUntil(lambda: provenance.shown is not None, timeout=10_000)
    assert "apache-2.0" in provenance.text.text()
    assert "carries no SBOM" in provenance.text.text()
    card = provenance.open_card()
    assert card is not None
    assert "Card" in card.pane.card.toPlainText()
    card.close()
    dialog.reject()


def test_verify_a_bundle_without_importing_it_and_check_the_store(qtbot, make_controller, vault, tmp_path):
    trust = _trusted(vault, tmp_path)
    bundle = _model(trust, tmp_path, b"# Card\n")
    _controller, window = _window(qtbot, make_controller, vault)
    window.go("bundles")
    tools = window.bundles.tools
    assert tools.verify_button.isEnabled()
    dialog = tools.verify_path(bundle)
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert dialog.outcome.text().startswith("Verified llm 1.0.0"), dialog.outcome.text()
    assert "SBOM: 2 components" in dialog.outcome.text()
    assert "Nothing was imported" in dialog.outcome.text()
    dialog.reject()
    with vault.open() as session:
        assert session.list_bundles() == []
        session.import_bundle(bundle)
        sha256 = session.bundle_files("llm", "1.0.0")[0][2]
    check = tools.check_store()
    qtbot.waitUntil(lambda: not check.running, timeout=30_000)
    assert "Every object" in check.outcome.text()
    check.reject()
    damaged = store.object_path(vault.data_dir, sha256)
    damaged.chmod(0o600)
    damaged.write_bytes(b"not what the manifest signed")
    check = tools.check_store()
    qtbot.waitUntil(lambda: not check.running, timeout=30_000)
    assert "1 problem" in check.outcome.text()
    assert sha256 in check.problems.toPlainText()
    check.reject()


def test_management_key_and_an_empty_deployment_history(qtbot, make_controller, vault):
    _controller, window = _window(qtbot, make_controller, vault)
    window.go("nodes")
    key = window.nodes.tools.open_key()
    qtbot.waitUntil(key.copy_button.isEnabled, timeout=10_000)
    assert key.key.toPlainText().startswith("ssh-ed25519 ")
    with vault.open() as session:
        assert key.key.toPlainText() == session.management_public_key()
    key.reject()
    history = window.nodes.tools.open_history()
    qtbot.waitUntil(lambda: history.count.text() != "", timeout=10_000)
    assert history.count.text() == "Nothing deployed yet."
    history.reject()


def test_forks_and_timeout_of_a_run_reach_the_service_and_its_audit(qtbot, make_controller, vault):
    controller, window = _window(qtbot, make_controller, vault)
    window.go("jobs")
    jobs = window.jobs
    qtbot.waitUntil(lambda: jobs.playbook.count() > 0, timeout=10_000)
    jobs.playbook.setCurrentText("facts")
    jobs.run_settings.forks.setValue(3)
    jobs.run_settings.timeout.setValue(90)
    jobs.launch()
    qtbot.waitUntil(lambda: not jobs.running, timeout=120_000)
    # No node is enrolled: the run is refused, and its audit entry says how it was asked for.
    assert "no node that can be reached" in jobs.state.text()
    entry = next(e for e in controller.session.audit_entries(limit=20) if e.action == "job.run")
    assert entry.outcome == "refused"
    assert entry.details["forks"] == 3
    assert entry.details["timeout_s"] == 90


def test_an_admin_disables_sets_a_passphrase_enables_and_removes_an_account(qtbot, make_controller, vault):
    vault.add_account("bob", "operator", "bob passphrase 123")
    controller, window = _window(qtbot, make_controller, vault)
    window.go("settings")
    tab = window.settings.accounts
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=10_000)
    admin = tab.admin
    tab.table.selectRow(0)  # admin itself: nothing to do on one's own account
    assert not admin.disable_button.isEnabled()
    assert not admin.remove_button.isEnabled()
    tab.table.selectRow(1)
    assert tab.selected().name == "bob"
    assert admin.disable_button.isEnabled()
    assert not admin.enable_button.isEnabled()
    qtbot.mouseClick(admin.disable_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.status.text().startswith("Disabled bob"), timeout=30_000)
    qtbot.waitUntil(lambda: "by admin" in tab.model.data(tab.model.index(1, 3)), timeout=10_000)

    tab.table.selectRow(1)
    dialog = admin.open_passphrase()
    assert dialog is not None
    dialog.first.setText("bob's new passphrase")
    dialog.second.setText("bob's new passphrase!")
    dialog.submit()
    assert "differ" in dialog.message.text()
    dialog.second.setText("bob's new passphrase")
    with qtbot.waitSignal(dialog.changed, timeout=30_000):
        dialog.submit()
    qtbot.waitUntil(lambda: tab.selected() is not None and tab.selected().disabled_at is not None, timeout=10_000)
    assert admin.enable_button.isEnabled()
    qtbot.mouseClick(admin.enable_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.status.text() == "Enabled bob.", timeout=30_000)
    with open_session(vault.data_dir, "bob", b"bob's new passphrase") as bob:
        assert bob.account.name == "bob"

    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=10_000)
    tab.table.selectRow(1)
    box = admin.confirm_remove()
    assert box is not None
    box.accept()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=30_000)
    actions = [e.action for e in controller.session.audit_entries(limit=30)]
    for action in ("account.disable", "account.passwd", "account.enable", "account.remove"):
        assert action in actions


def test_a_disabled_account_is_refused_at_the_unlock_dialog(qtbot, make_controller, vault):
    vault.add_account("bob", "operator", "bob passphrase 123")
    with vault.open() as session:
        session.disable_account("bob")
    controller = make_controller(vault.data_dir)
    controller.start()
    dialog = controller.dialog
    dialog.account.setText("bob")
    dialog.passphrase.setText("bob passphrase 123")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _problem(dialog), timeout=30_000)
    assert controller.session is None


def _problem(dialog) -> bool:
    from PySide6.QtWidgets import QLabel

    return any("disabled" in label.text() for label in dialog.findChildren(QLabel) if label.isVisible())


@pytest.mark.lab
@pytest.mark.slow
@needs_sshd
def test_labels_edited_in_the_node_details_and_a_job_run_elsewhere_cancelled(
        qtbot, make_controller, vault, lab, bootstrap_key):  # noqa: F811 - fixtures
    made = lab(["t4", "hung"])
    vault.add_account("carol", "admin", "carol passphrase 123")
    with vault.open() as session:
        enroll_in_session(session, made, bootstrap_key, {"gpu-00": ["clearance=internal"]})
        session.set_dual_control({"node.clearance.raise"})
    controller, window = _window(qtbot, make_controller, vault)
    window.go("nodes")
    nodes = window.nodes
    qtbot.waitUntil(lambda: nodes.model.rowCount() == 2, timeout=10_000)
    nodes.table.selectRow(0)
    pane = nodes.labels_pane
    qtbot.waitUntil(lambda: pane.node is not None and pane.node["name"] == "gpu-00", timeout=10_000)
    pane.table.item(0, 1).setText("secret")
    pane.add_row()
    pane.table.item(1, 0).setText("site")
    pane.table.item(1, 1).setText("north")
    assert pane.changes() == (["clearance=secret", "site=north"], [])
    qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.gate.dialog is not None, timeout=30_000)
    approval = pane.gate.dialog
    approval.approver.setText("carol")
    approval.passphrase.setText("carol passphrase 123")
    qtbot.mouseClick(approval.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.status.text().startswith("Saved"), timeout=30_000)
    assert controller.session.show_node("gpu-00")["labels"] == {"clearance": "secret", "site": "north"}
    entry = next(e for e in controller.session.audit_entries(limit=20) if e.action == "node.clearance.raise")
    assert entry.details["approved_by"] == "carol"

    env = {k: v for k, v in os.environ.items() if not k.startswith("AIRLOCK_")}
    env.update(AIRLOCK_KDF_SECONDS="0", PYTHONPATH=str(REPO))
    shell = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(vault.data_dir), "--passphrase-file",
         str(vault.passphrase_file("admin")), "--account", "admin", "run", "health"],
        stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)
    try:
        assert shell.stderr is not None
        assert "gpu-00" in shell.stderr.readline()
        window.go("jobs")
        jobs = window.jobs
        qtbot.waitUntil(lambda: jobs.history_model.rowCount() >= 1, timeout=10_000)
        row = jobs.history_model.row_of(lambda j: j["status"] == "running")
        assert row >= 0
        jobs.history.selectRow(row)
        qtbot.waitUntil(jobs.cancel_button.isEnabled, timeout=10_000)
        # Every text the state line shows: the refresh after the request may soon replace it
        # with the job's own state (cancelled), quicker than a poll of the line would see it.
        shown: list[str] = []
        set_text = jobs.state.setText
        jobs.state.setText = lambda text: (shown.append(text), set_text(text))  # type: ignore[method-assign]
        qtbot.mouseClick(jobs.cancel_button, Qt.MouseButton.LeftButton)
        assert shell.wait(timeout=120) == 1
        qtbot.waitUntil(lambda: any("asked to stop" in text for text in shown), timeout=60_000)
    finally:
        if shell.poll() is None:
            shell.kill()
            shell.wait()
        if shell.stderr is not None:
            shell.stderr.close()
    job = controller.session.list_jobs()[0]
    assert job["status"] == "canceled"
    cancel = next(e for e in controller.session.audit_entries(limit=30) if e.action == "job.cancel")
    assert cancel.actor == "admin"

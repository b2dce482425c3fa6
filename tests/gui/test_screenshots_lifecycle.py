"""Screenshots of the lifecycle windows: provenance (model card, SBOM), verify, store check,
management key, deployment history, accounts, forks and timeout, labels in a node's details.

Saved to artifacts/screenshots/ (`make screenshots`) in light, dark, French and Arabic.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from app.core.bundles.publisher import BundleSpec, build_bundle
from app.gui.sections.base import select_row
from tests.conftest import ADMIN_PASSPHRASE
from tests.gui.test_screenshots import OUT, _grab, _settle
from tests.lab.bundle_factory import TrustLab, sign_with
from tests.lab.node_fixtures import bootstrap_key, enroll_in_session, lab, needs_sshd  # noqa: F401 - fixtures

pytestmark = pytest.mark.gui
LOOKS = (("light", "en", "light"), ("dark", "en", "dark"), ("light", "ar", "rtl-ar"), ("light", "fr", "fr"))

CARD = """# Llama 3.1 8B Instruct

A multilingual instruction-tuned model, **8 billion parameters**, distilled for serving on one GPU.

## Intended use
- assistants on the enclave's own documents
- summaries of maintenance logs

## Evaluation
| benchmark | score |
|---|---|
| MMLU | 0.69 |
| GSM8K | 0.84 |

<script>alert("cards are shown as text")</script>
![diagram](http://example.invalid/arch.png)
"""

SBOM = {
    "bomFormat": "CycloneDX", "specVersion": "1.5", "metadata": {"component": {"type": "machine-learning-model",
                                                                               "name": "llama"}},
    "components": [
        {"type": "data", "name": "llama-3.1-8b-weights", "version": "1.2.0",
         "licenses": [{"license": {"name": "Llama 3.1 Community License"}}], "supplier": {"name": "Meta"}},
        {"type": "library", "name": "tokenizers", "version": "0.19.1", "licenses": [{"license": {"id": "Apache-2.0"}}],
         "purl": "pkg:pypi/tokenizers@0.19.1", "supplier": {"name": "Hugging Face"}},
        {"type": "library", "name": "safetensors", "version": "0.4.3",
         "licenses": [{"license": {"id": "Apache-2.0"}}], "purl": "pkg:pypi/safetensors@0.4.3"},
    ],
}


def _model(trust: TrustLab, base: Path, version: str = "1.2.0") -> Path:
    src = base / f"llama-src-{version}"
    (src / "weights").mkdir(parents=True)
    (src / "README.md").write_text(CARD)
    (src / "weights" / "model.safetensors").write_bytes(os.urandom(64 * 1024))
    (base / "llama.cdx.json").write_text(json.dumps(SBOM))
    model = {"format": "safetensors", "license": "llama3.1", "model_card": "README.md", "parameters": "8B",
             "provenance": "Meta Llama 3.1, fine-tuned in the lab on public data"}
    spec = BundleSpec("model", "llama-3.1-8b-instruct", version, "confidential", "Instruction-tuned 8B model", 30,
                      1024 * 1024, model, base / "llama.cdx.json")
    bundle = build_bundle(src, base / "out", spec)
    sign_with(bundle, trust.role_signers["models"][0])
    return bundle


def _unlocked(qtbot, make_controller, vault):
    controller = make_controller(vault.data_dir)
    controller.start()
    controller.dialog.passphrase.setText(ADMIN_PASSPHRASE)
    with qtbot.waitSignal(controller.state_changed, timeout=30_000):
        qtbot.mouseClick(controller.dialog.unlock_button, Qt.MouseButton.LeftButton)
    controller.window.resize(1400, 860)
    return controller


def _window_shot(qtbot, window, path: Path) -> Path:
    _settle(qtbot, window)
    assert window.grab().save(str(path))
    return path


def _bundles(qtbot, window, name: str, bundle: Path) -> list[Path]:
    window.go("bundles")
    section = window.bundles
    _settle(qtbot, window)
    select_row(section.table, 0)
    qtbot.waitUntil(lambda: section.provenance.shown is not None, timeout=10_000)
    saved = []
    for index, tab in ((1, "model-card"), (2, "sbom")):
        section.provenance.setCurrentIndex(index)
        saved.append(_window_shot(qtbot, window, OUT / f"{name}-bundles-{tab}.png"))
    section.provenance.setCurrentIndex(0)
    deploy = section.open_deploy()
    qtbot.waitUntil(lambda: deploy.provenance.shown is not None, timeout=10_000)
    saved.append(_grab(qtbot, deploy, OUT / f"{name}-dialog-deploy-provenance.png"))
    card = deploy.provenance.open_card()
    saved.append(_grab(qtbot, card, OUT / f"{name}-dialog-model-card.png"))
    card.close()
    deploy.reject()
    verify = section.tools.verify_path(bundle)
    qtbot.waitUntil(lambda: not verify.running, timeout=30_000)
    saved.append(_grab(qtbot, verify, OUT / f"{name}-dialog-verify.png"))
    verify.reject()
    check = section.tools.check_store()
    qtbot.waitUntil(lambda: not check.running, timeout=30_000)
    saved.append(_grab(qtbot, check, OUT / f"{name}-dialog-check-store.png"))
    check.reject()
    return saved


def _nodes_and_jobs(qtbot, window, name: str) -> list[Path]:
    window.go("nodes")
    _settle(qtbot, window)
    key = window.nodes.tools.open_key()
    qtbot.waitUntil(key.copy_button.isEnabled, timeout=10_000)
    saved = [_grab(qtbot, key, OUT / f"{name}-dialog-management-key.png")]
    key.reject()
    history = window.nodes.tools.open_history()
    qtbot.waitUntil(lambda: history.count.text() != "", timeout=10_000)
    saved.append(_grab(qtbot, history, OUT / f"{name}-dialog-deployment-history.png"))
    history.reject()
    window.go("jobs")
    saved.append(_window_shot(qtbot, window, OUT / f"{name}-jobs-forks-timeout.png"))
    return saved


def _accounts(qtbot, window, name: str) -> list[Path]:
    window.go("settings")
    tab = window.settings.accounts
    window.settings.tabs.setCurrentWidget(tab)
    _settle(qtbot, window)
    row = tab.model.row_of(lambda a: a.name == "olga")
    select_row(tab.table, row)
    saved = [_window_shot(qtbot, window, OUT / f"{name}-settings-accounts.png")]
    dialog = tab.admin.open_passphrase()
    dialog.first.setText("a new passphrase")
    dialog.second.setText("another one")
    dialog.submit()
    saved.append(_grab(qtbot, dialog, OUT / f"{name}-dialog-set-passphrase.png"))
    dialog.reject()
    box = tab.admin.confirm_remove()
    saved.append(_grab(qtbot, box, OUT / f"{name}-dialog-remove-account.png"))
    box.reject()
    return saved


def test_screenshot_lifecycle_windows(qtbot, make_controller, vault, tmp_path):
    OUT.mkdir(parents=True, exist_ok=True)
    trust = TrustLab(tmp_path / "publisher")
    bundle = _model(trust, tmp_path)
    newer = _model(trust, tmp_path, "1.3.0")  # verified on screen, not imported
    vault.add_account("olga", "operator")
    vault.add_account("audrey", "auditor")
    with vault.open() as session:
        session.trust_init(trust.root_json, trust.fingerprint)
        session.import_bundle(bundle)
        session.disable_account("audrey")
    controller = _unlocked(qtbot, make_controller, vault)
    shots: list[Path] = []
    for theme, language, name in LOOKS:
        controller.set_theme(theme)
        controller.set_language(language)
        window = controller.window
        window.resize(1400, 860)
        shots += _bundles(qtbot, window, name, newer)
        shots += _nodes_and_jobs(qtbot, window, name)
        shots += _accounts(qtbot, window, name)
    controller.set_language("en")
    for path in shots:
        assert QImage(str(path)).width() >= 300


@pytest.mark.lab
@pytest.mark.slow
@needs_sshd
def test_screenshot_labels_in_the_node_details(qtbot, make_controller, vault, lab, bootstrap_key):  # noqa: F811
    OUT.mkdir(parents=True, exist_ok=True)
    made = lab(["t4"])
    with vault.open() as session:
        enroll_in_session(session, made, bootstrap_key, {"gpu-00": ["clearance=internal", "site=north",
                                                                    "roles=gpu+serving"]})
    controller = _unlocked(qtbot, make_controller, vault)
    shots = []
    for theme, language, name in LOOKS:
        controller.set_theme(theme)
        controller.set_language(language)
        window = controller.window
        window.resize(1400, 860)
        window.go("nodes")
        _settle(qtbot, window)
        select_row(window.nodes.table, 0)
        pane = window.nodes.labels_pane
        qtbot.waitUntil(lambda p=pane: p.node is not None, timeout=10_000)
        window.nodes.detail.setCurrentWidget(pane)
        shots.append(_window_shot(qtbot, window, OUT / f"{name}-nodes-labels.png"))
    controller.set_language("en")
    for path in shots:
        assert QImage(str(path)).width() >= 400

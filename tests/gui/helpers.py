"""Steps that several GUI tests share."""

from __future__ import annotations

import importlib.util
from types import ModuleType

from PySide6.QtCore import Qt

from tests.conftest import ADMIN_PASSPHRASE


def unlock(qtbot, controller, passphrase: str = ADMIN_PASSPHRASE, account: str = "") -> None:
    """Type an account and passphrase into the unlock dialog, click Unlock, wait for the session."""
    dialog = controller.dialog
    dialog.account.setText(account)
    dialog.passphrase.setText(passphrase)
    with qtbot.waitSignal(controller.state_changed, timeout=30_000) as blocker:
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["unlocked"]


def main_window(qtbot, make_controller, vault):
    """Start the application on `vault`, unlock it as admin; (controller, main window)."""
    controller = make_controller(vault.data_dir)
    controller.start()
    unlock(qtbot, controller)
    return controller, controller.window


def import_model(vault, trust, base, version, classification) -> None:
    """Build a small model bundle `llm` at `version` and import it through the service."""
    from tests.lab.offline_repo import model_bundle

    src = base / f"src-{version}"
    (src / "weights").mkdir(parents=True)
    (src / "README.md").write_text(f"# llm {version}\n")
    (src / "weights" / "model.safetensors").write_bytes(version.encode() * 40_000)
    bundle = model_bundle(trust, src, "llm", version, classification, split_size=1024 * 1024)
    with vault.open() as session:
        session.import_bundle(bundle)


def translations_tool() -> ModuleType:
    """resources/translations/update.py, loaded as a module (its tables and its source scan)."""
    from app.gui.i18n import TRANSLATIONS

    spec = importlib.util.spec_from_file_location("translations_update", TRANSLATIONS / "update.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module

"""No window of Airlock shows a stray '&', in English, French or Arabic.

The walk covers what the application can open, found rather than listed: the first-run
wizard of a new vault, the main window (every section and tab, hidden ones too), every
dialog and wizard class in app.gui (built from its constructor's parameters, so a dialog
added tomorrow is walked too), and the message boxes. The conftest checks, besides, every
window any GUI test shows (tests/gui/mnemonics.py says what counts as stray).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

import app.gui
from app.core.errors import UsageError
from app.core.messages import say
from app.gui.errors import show_error
from tests.gui.helpers import unlock
from tests.gui.mnemonics import shows_a_marker, stray_ampersands

pytestmark = pytest.mark.gui
LANGUAGES = ("en", "fr", "ar")


def test_a_form_row_whose_field_is_a_layout_shows_its_ampersand(qtbot) -> None:
    """What the checker catches: QFormLayout gives a label a buddy only when the field is a widget."""
    window = QWidget()
    qtbot.addWidget(window)
    form = QFormLayout(window)
    row = QHBoxLayout()
    row.addWidget(QLineEdit())
    form.addRow("Root &file:", row)
    form.addRow("&Name:", QLineEdit())  # a widget: QFormLayout makes it the buddy
    form.addRow(QLabel("Tom & Jerry, R&&D"))  # no marker in either
    form.addRow(QLabel("<p>AT&amp;T &#38; <b>Tom</b></p>"))  # rich text: entities, no marker
    window.setWindowTitle("&Settings")
    found = stray_ampersands(window)
    assert len(found) == 2, found
    assert "'Root &file:' (a label without a buddy)" in found[1]
    assert found[0].startswith("window title '&Settings'")
    assert not shows_a_marker("Tom & Jerry && R&&D")


def test_the_conftest_checks_every_window_a_test_shows(qtbot, no_stray_ampersands) -> None:
    window = QLabel("&Stray")
    qtbot.addWidget(window)
    window.show()
    assert any("'&Stray'" in problem for problem in no_stray_ampersands.found)
    no_stray_ampersands.found.clear()  # seen: the test itself must not fail on it


def _dialog_classes() -> list[type[QDialog]]:
    """Every dialog and wizard class app.gui defines that is not only a base of others."""
    for module in pkgutil.walk_packages(app.gui.__path__, "app.gui."):
        importlib.import_module(module.name)
    found: list[type[QDialog]] = []
    pending: list[type[QDialog]] = [QDialog]
    while pending:
        for cls in pending.pop().__subclasses__():
            pending.append(cls)
            if cls.__module__.startswith("app.gui."):
                found.append(cls)
    bases = {base for cls in found for base in cls.__mro__[1:]}
    return sorted((cls for cls in found if cls not in bases), key=lambda cls: cls.__qualname__)


def _samples(window: Any, vault: Any, tmp_path: Path) -> dict[str, Any]:
    """A value for each constructor parameter a dialog may take, by its name."""
    return {
        "session": window.ctx.session,
        "pool": window.ctx.pool,
        "parent": window,
        "data_dir": vault.data_dir,
        "account": "admin",
        "path": tmp_path / "bundle-llm-2.0.0",
        "name": "gpu-00",
        "node": {"name": "gpu-00", "address": "127.0.0.1", "port": 2201, "fingerprint": "SHA256:" + "A" * 43},
        "versions": {"gpu-00": ("2.0.0", "1.0.0")},
        "action": "deploy.update",
        "what": "Deploy llm 2.0.0 (model, internal) to 1 node: gpu-00.",
        "recovery": "AAAA-BBBB-CCCC-DDDD",
        "vault": str(vault.data_dir),
        "shown": {"type": "model", "name": "llm", "version": "2.0.0", "classification": "internal",
                  "description": "A model", "size": 4096, "files": 2, "role": "models", "signers": ["publisher"],
                  "imported_by": "admin", "imported_at": "2026-12-01T10:00:00Z", "created": "2026-11-30T10:00:00Z",
                  "expires": "2027-11-30T10:00:00Z", "content_digest": "sha256:" + "0" * 64,
                  "model": {"architecture": "llama", "parameters": "8B", "license": "apache-2.0"},
                  "model_card": {"path": "MODEL_CARD.md", "text": "# llm\n\nA model & its card.", "problem": None},
                  "sbom": None},
        "alarm": {"id": 1, "kind": "gpu.unhealthy", "subject": "gpu-00", "state": "open",
                  "message": "gpu-00: GPU 0 is unhealthy (XID 79: the GPU has fallen off the bus)."},
    }


def _build(cls: type[QDialog], samples: dict[str, Any]) -> QDialog:
    arguments: dict[str, Any] = {}
    for name, parameter in inspect.signature(cls.__init__).parameters.items():
        if name == "self" or parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        if name in samples:
            default = parameter.default
            # A parameter with a default of another type (a node's name where the sample is a
            # node's record) keeps its default; the dialog is still built and walked.
            if default in (parameter.empty, None) or isinstance(samples[name], type(default)):
                arguments[name] = samples[name]
        elif parameter.default is parameter.empty:
            pytest.fail(f"{cls.__qualname__} takes '{name}', which this walk cannot make: add a sample "
                        "value for it to _samples() in tests/gui/test_mnemonics.py")
    return cls(**arguments)


def _checked(qtbot, window: Any, widget: QWidget) -> list[str]:
    """Show `widget`, let its loading finish, list its stray ampersands, close it."""
    widget.show()
    qtbot.waitUntil(lambda: window.ctx.pool.running == 0, timeout=20_000)
    found = stray_ampersands(widget)
    widget.close()
    widget.deleteLater()
    qtbot.waitUntil(lambda: window.ctx.pool.running == 0, timeout=20_000)
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_first_run_wizard_has_no_stray_ampersand(qtbot, make_controller, prefs, tmp_path, language) -> None:
    prefs.set("language", language)
    controller = make_controller(tmp_path / "new-vault")
    try:
        controller.start()
        wizard = controller.wizard
        assert wizard is not None
        assert len(wizard.pageIds()) >= 4
        assert wizard.findChildren(QLabel)
        assert stray_ampersands(wizard) == []
    finally:
        controller.languages.apply("en")


def test_every_window_and_dialog_has_no_stray_ampersand(qtbot, make_controller, vault, prefs, tmp_path) -> None:
    controller = make_controller(vault.data_dir)
    controller.start()
    unlock(qtbot, controller)
    classes = _dialog_classes()
    assert len(classes) >= 10, classes  # the walk finds the application's dialogs, not a few
    found: list[str] = []
    try:
        for language in LANGUAGES:
            controller.set_language(language)
            window = controller.window
            qtbot.waitUntil(lambda window=window: window.ctx.pool.running == 0, timeout=20_000)
            assert len(window.findChildren(QLabel)) >= 20
            found += stray_ampersands(window)
            samples = _samples(window, vault, tmp_path)
            for cls in classes:
                found += _checked(qtbot, window, _build(cls, samples))
            found += _checked(qtbot, window, window.show_shortcuts())
            refused = UsageError(say("There is no node named {name}.", name="gpu-99"))
            found += _checked(qtbot, window, show_error(window, window.tr("Deploy"), refused))
    finally:
        controller.set_language("en")
    assert found == [], "\n".join(found)

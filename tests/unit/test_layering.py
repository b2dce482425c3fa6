"""app.core works with Qt absent: every module imports in a process where PySide6 cannot load."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO

PROBE = r"""
import importlib, pkgutil, sys

class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"{name} is not installed in this headless run")
        return None

sys.meta_path.insert(0, NoQt())
import app.core
names = [m.name for m in pkgutil.walk_packages(app.core.__path__, "app.core.")]
for name in names:
    importlib.import_module(name)
print("IMPORTED", len(names))
print("QT", sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6", "app.gui"))))
"""


def test_every_core_module_imports_without_qt() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=REPO, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "QT []" in result.stdout
    imported = int(result.stdout.split("IMPORTED")[1].split()[0])
    assert imported >= 10

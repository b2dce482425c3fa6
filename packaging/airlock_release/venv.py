"""The virtual environment inside the package, built the way dh-virtualenv builds one.

Debian 12's own Python (`/usr/bin/python3.11`) makes the venv; pip installs exactly
`requirements/runtime.lock` with `--require-hashes` and no dependency resolution. The result
is made independent of where it was built and where it will live:

- scripts start with a two-line sh preamble that runs the `python3` beside them, so the tree
  works in whichever slot (`/opt/airlock/slots/VERSION/venv`) it is unpacked to;
- `pyvenv.cfg` names Debian's interpreter and nothing of the build machine; the activate
  scripts (which hold the build path) are removed;
- Qt for Python is cut down to what Airlock loads (QtCore, QtGui, QtWidgets, QtCharts, the
  xcb and offscreen platforms, SVG icons, input methods) and the libraries those need,
  found by reading each ELF file's NEEDED entries. The wheels' RECORD files list only what
  is left.

The venv is cached under the build directory by everything it is made from.
"""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
from pathlib import Path

from airlock_release.common import (
    PYTHON_SERIES,
    REPO,
    SYSTEM_PYTHON,
    ReleaseError,
    digest_of,
    fresh_dir,
    run,
    say,
)

LOCK = REPO / "requirements" / "runtime.lock"
FORMAT = "venv-4"  # bump when what this module does to the tree changes

# Qt for Python: the Python modules Airlock imports (and the ones they import in turn).
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtCharts", "QtSvg", "QtOpenGL", "QtOpenGLWidgets", "QtDBus")
QT_PACKAGE_FILES = ("__init__.py", "_config.py", "_git_pyside_version.py", "support")
QT_PLUGINS = (
    "platforms/libqxcb.so",
    "platforms/libqoffscreen.so",
    "platforms/libqminimal.so",
    "xcbglintegrations/libqxcb-glx-integration.so",
    "xcbglintegrations/libqxcb-egl-integration.so",
    "imageformats/libqsvg.so",
    "imageformats/libqico.so",
    "imageformats/libqgif.so",
    "imageformats/libqjpeg.so",
    "iconengines/libqsvgicon.so",
    "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "platforminputcontexts/libibusplatforminputcontextplugin.so",
    "platformthemes/libqxdgdesktopportal.so",
)
QT_TRANSLATIONS = re.compile(r"qtbase_(ar|fr|en)\.qm")
# Console scripts of tools the appliance never runs (Qt designer, translation tools).
DROPPED_SCRIPTS = re.compile(r"pyside6-.*|Activate\.ps1|activate.*")
RELOCATABLE_PREAMBLE = (
    "#!/bin/sh\n"
    "'''exec' \"$(dirname -- \"$(readlink -f -- \"$0\")\")/python3\" \"$0\" \"$@\"\n"
    "' '''\n"
)
PYVENV_CFG = (
    f"home = /usr/bin\ninclude-system-site-packages = false\nversion = {PYTHON_SERIES}\n"
    f"executable = {SYSTEM_PYTHON}\n"
)


def venv_key() -> str:
    python = run([SYSTEM_PYTHON, "-c", "import sys; print(sys.version)"], capture=True)
    rules = repr((QT_MODULES, QT_PACKAGE_FILES, QT_PLUGINS, QT_TRANSLATIONS.pattern, DROPPED_SCRIPTS.pattern))
    return digest_of([FORMAT, LOCK.read_bytes(), python, rules, RELOCATABLE_PREAMBLE, PYVENV_CFG])


def build_venv(cache: Path, pip_python: str) -> Path:
    """The pruned, relocatable venv for this lock: from the cache, or built now (minutes)."""
    target = cache / f"venv-{venv_key()}"
    if (target / ".complete").exists():
        say(f"venv: cached ({target.name})")
        return target / "venv"
    if not Path(SYSTEM_PYTHON).exists():
        raise ReleaseError(f"{SYSTEM_PYTHON} is missing: build releases on Debian 12 (apt-get install python3.11)")
    work = fresh_dir(cache / f".building-{target.name}")
    venv = work / "venv"
    say("venv: installing requirements/runtime.lock with --require-hashes (minutes the first time)")
    run([SYSTEM_PYTHON, "-m", "venv", "--without-pip", str(venv)])
    run([pip_python, "-m", "pip", "--python", str(venv / "bin" / "python3"), "install", "--quiet",
         "--disable-pip-version-check", "--require-hashes", "--no-deps", "--no-compile", "--only-binary", ":all:",
         "-r", str(LOCK)])
    site = venv / "lib" / f"python{PYTHON_SERIES}" / "site-packages"
    prune_qt(site)
    _drop_bytecode(venv)
    _relocatable_scripts(venv / "bin")
    for record in sorted(site.glob("*.dist-info/RECORD")):
        _refresh_script_hashes(site, record)
    (venv / "pyvenv.cfg").write_text(PYVENV_CFG)
    for name in ("python", "python3", f"python{PYTHON_SERIES}"):
        link = venv / "bin" / name
        link.unlink(missing_ok=True)
        link.symlink_to(SYSTEM_PYTHON if name == f"python{PYTHON_SERIES}" else f"python{PYTHON_SERIES}")
    run([str(venv / "bin" / "python3"), "-I", "-c", "import PySide6.QtWidgets, PySide6.QtCharts, ansible_runner"])
    _drop_bytecode(venv)
    (work / ".complete").write_text(venv_key() + "\n")
    if target.exists():
        shutil.rmtree(target)
    work.rename(target)
    return target / "venv"


# -- Qt for Python -----------------------------------------------------------------------------


def _needed(path: Path) -> list[str]:
    out = run(["readelf", "-d", "-W", str(path)], capture=True)
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def _keep_closure(pyside: Path, roots: list[Path]) -> set[Path]:
    """Every file under Qt/lib and shiboken that the root ELF files need, transitively."""
    libraries: dict[str, Path] = {}
    for directory in (pyside / "Qt" / "lib", pyside, pyside.parent / "shiboken6"):
        for path in directory.glob("*.so*"):
            libraries.setdefault(path.name, path)
    keep: set[Path] = set()
    pending = list(roots)
    while pending:
        path = pending.pop()
        if path in keep:
            continue
        keep.add(path)
        pending.extend(libraries[name] for name in _needed(path) if name in libraries)
    return keep


def prune_qt(site: Path) -> None:
    """Remove every part of Qt for Python that Airlock does not load."""
    pyside = site / "PySide6"
    roots = [pyside / f"{module}.abi3.so" for module in QT_MODULES]
    roots += [pyside / "Qt" / "plugins" / plugin for plugin in QT_PLUGINS]
    missing = [str(p) for p in roots if not p.exists()]
    if missing:
        raise ReleaseError(f"Qt for Python lacks files Airlock needs: {', '.join(missing)}")
    keep = _keep_closure(pyside, roots)
    qt = pyside / "Qt"
    drop = [e for e in pyside.iterdir() if e.name != "Qt" and e.name not in QT_PACKAGE_FILES and e not in keep]
    drop += [e for e in qt.iterdir() if e.name not in {"lib", "plugins", "translations"}]
    drop += [p for p in (qt / "lib").iterdir() if p not in keep]
    drop += [p for p in (qt / "plugins").rglob("*") if p.is_file() and p not in keep]
    drop += [p for p in (qt / "translations").iterdir() if not QT_TRANSLATIONS.fullmatch(p.name)]
    drop += [p for p in (site.parent.parent.parent / "bin").iterdir() if DROPPED_SCRIPTS.fullmatch(p.name)]
    for path in sorted(drop):
        _remove(path)
    _remove_empty_dirs(qt / "plugins")
    for record in sorted(site.glob("*.dist-info/RECORD")):
        _rewrite_record(site, record)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink()


def _remove_empty_dirs(root: Path) -> None:
    for directory in sorted((p for p in root.rglob("*") if p.is_dir()), key=lambda p: len(p.parts), reverse=True):
        if not any(directory.iterdir()):
            directory.rmdir()


def _rewrite_record(site: Path, record: Path) -> None:
    """List only the files still there, so `pip check` and uninstalls see the truth."""
    kept = []
    for line in record.read_text().splitlines():
        relative = line.rsplit(",", 2)[0]
        if (site / relative).resolve().exists() or relative.endswith("/RECORD"):
            kept.append(line)
    record.write_text("\n".join(kept) + "\n")


def _refresh_script_hashes(site: Path, record: Path) -> None:
    """A rewritten script's RECORD line gets its new hash and size: the old ones held the build path."""
    lines = []
    for line in record.read_text().splitlines():
        relative = line.rsplit(",", 2)[0]
        if relative.startswith("../../../bin/") and (site / relative).is_file():
            data = (site / relative).read_bytes()
            encoded = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            lines.append(f"{relative},sha256={encoded},{len(data)}")
        else:
            lines.append(line)
    record.write_text("\n".join(lines) + "\n")


# -- relocation ----------------------------------------------------------------------------------


def _drop_bytecode(venv: Path) -> None:
    for cache in sorted(venv.rglob("__pycache__"), reverse=True):
        shutil.rmtree(cache)


def _relocatable_scripts(bin_dir: Path) -> None:
    """Replace the build path in each script's #! line with a preamble that finds python3 beside it."""
    for path in sorted(bin_dir.iterdir()):
        if path.is_symlink() or not path.is_file():
            continue
        data = path.read_bytes()
        if not data.startswith(b"#!"):
            continue
        first, _, rest = data.partition(b"\n")
        if b"python" not in first:
            raise ReleaseError(f"{path} is a script for {first[2:].decode(errors='replace')}; the release holds none")
        path.write_bytes(RELOCATABLE_PREAMBLE.encode() + rest)
        path.chmod(0o755)


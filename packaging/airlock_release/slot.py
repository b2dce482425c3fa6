"""One installable version of Airlock: the tree that goes to /opt/airlock/slots/VERSION.

Layout (what `app.core.appliance.slots` relies on)::

    bin/airlock        sh: runs lib/airlock.py with the venv beside it, isolated (-I)
    lib/airlock.py     puts lib/ first on sys.path and calls app.cli.main
    lib/app/ lib/playbooks/ lib/resources/   the tracked files of this tree
    venv/              the pruned, relocatable venv (venv.py)
    release.json       version, the schema it expects, the commit it came from

Bytecode is compiled into the slot at build time with the paths it will have once
installed and hash-based invalidation, so it is the same bytes on every build of a commit.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from airlock_release.common import (
    INSTALL_ROOT,
    PYTHON_SERIES,
    REPO,
    SYSTEM_PYTHON,
    Clock,
    ReleaseError,
    run,
    say,
)

SLOT_FORMAT = 1
TRACKED = ("app", "playbooks", "resources")
# Development-only parts of the tracked tree: catalogue sources and their tools.
LEFT_OUT = re.compile(r"resources/translations/(.*\.ts|.*\.tsv|update\.py)|.*/\.gitignore")

LAUNCHER = """#!/bin/sh
# One version of Airlock (see `airlock app status`). /usr/bin/airlock runs the current one.
here=$(dirname -- "$(readlink -f -- "$0")")
exec "$here/../venv/bin/python3" -I "$here/../lib/airlock.py" "$@"
"""

ENTRY = '''"""Airlock, as installed: this slot's own code first, whatever else is on the machine."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from app.cli import main  # noqa: E402 - the path above decides which app this is

sys.exit(main())
'''


def slot_path(version: str) -> str:
    return f"{INSTALL_ROOT}/slots/{version}"


def tracked_files() -> list[str]:
    out = run(["git", "-C", str(REPO), "ls-files", "-z", "--", *TRACKED], capture=True)
    return sorted(p for p in out.split("\0") if p and not LEFT_OUT.fullmatch(p))


def expected_schema(lib: Path) -> dict[str, int]:
    """{area: migrations} of this version, read from its own schema modules."""
    code = (
        "import importlib, json, sys\n"
        f"sys.path.insert(0, {str(lib)!r})\n"
        "from app.core.db import SCHEMA_MODULES\n"
        "mods = [importlib.import_module(n) for n in SCHEMA_MODULES]\n"
        "print(json.dumps({m.AREA: len(m.MIGRATIONS) for m in mods}, sort_keys=True))\n"
    )
    return dict(json.loads(run([_dev_python(), "-I", "-c", code], capture=True)))


def _dev_python() -> str:
    return str(REPO / ".venv" / "bin" / "python")


def stage_slot(slot: Path, venv: Path, version: str, clock: Clock) -> dict[str, object]:
    """Write the slot for `version` at `slot` (empty); returns its release.json."""
    lib = slot / "lib"
    for relative in tracked_files():
        source = REPO / relative
        if not source.is_file() or source.is_symlink():
            raise ReleaseError(f"{relative} is tracked but not a plain file; a release holds none")
        target = lib / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        if source.stat().st_mode & 0o111:
            target.chmod(0o755)
    _set_version(lib / "app" / "__init__.py", version)
    (lib / "airlock.py").write_text(ENTRY)
    (slot / "bin").mkdir()
    (slot / "bin" / "airlock").write_text(LAUNCHER)
    (slot / "bin" / "airlock").chmod(0o755)
    say("slot: copying the venv")
    shutil.copytree(venv, slot / "venv", symlinks=True)
    release = {
        "format": SLOT_FORMAT,
        "name": "airlock",
        "version": version,
        "python": PYTHON_SERIES,
        "schema": expected_schema(lib),
        "commit": clock.commit,
        "source_date_epoch": clock.epoch,
    }
    (slot / "release.json").write_text(json.dumps(release, indent=2, sort_keys=True) + "\n")
    _compile(slot, version, clock)
    return release


def _set_version(init: Path, version: str) -> None:
    text = init.read_text()
    new, count = re.subn(r'^__version__ = "[^"]*"$', f'__version__ = "{version}"', text, flags=re.MULTILINE)
    if count != 1:
        raise ReleaseError(f"{init} has no single __version__ line to set")
    init.write_text(new)


def _compile(slot: Path, version: str, clock: Clock) -> None:
    """Bytecode for every module, named by its installed path, checked by hash not by time.

    Forced (-f): bytecode an earlier step left behind names the build folder and is checked by time.
    """
    say("slot: compiling bytecode")
    for part in ("lib", "venv"):
        run(
            [SYSTEM_PYTHON, "-I", "-m", "compileall", "-q", "-f", "-j", "0", "-s", str(slot), "-p", slot_path(version),
             "--invalidation-mode", "unchecked-hash", "-x", r"/(ansible_test|tests?)/.*_data/", str(slot / part)],
            env=clock.env,
        )

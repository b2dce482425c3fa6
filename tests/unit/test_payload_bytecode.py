"""Module payloads with bytecode (ansible_plugins/callback/airlock_payload.py), on real zips
imported by a real Python.

The plugin runs inside ansible-playbook; here it runs in a Python of its own too, since
ansible-core cannot be imported beside PySide6's import hook in the test process.
"""

from __future__ import annotations

import base64
import importlib.util
import io
import subprocess
import sys
import zipfile
from pathlib import Path

from app.core import jobs

SOURCES = {
    "pkg/__init__.py": b"",
    "pkg/mod.py": b"from __future__ import annotations\n\nVALUE: int = 6 * 7\n",
    "broken.py": b"def broken(:\n",
}
# Imports pkg.mod from the zip with compile() refused: only bytecode can be imported.
NO_COMPILE = """\
import builtins, sys
def refused(*args, **kwargs):
    raise RuntimeError("compiled from source")
builtins.compile = refused
sys.path.insert(0, sys.argv[1])
import pkg.mod
print(pkg.mod.VALUE)
"""
COMPILE = "import sys; sys.path.insert(0, sys.argv[1]); import pkg.mod; print(pkg.mod.VALUE)"


PLUGIN = jobs.CALLBACK_PLUGINS_DIR / f"{jobs.PAYLOAD_CALLBACK}.py"
LOAD_PLUGIN = f"""\
import importlib.util, sys
spec = importlib.util.spec_from_file_location("airlock_payload", {str(PLUGIN)!r})
plugin = importlib.util.module_from_spec(spec)
spec.loader.exec_module(plugin)
"""
# Ansible's own cache entry, built and written as a worker does once the plugin is installed.
INSTALL_AND_DUMP = LOAD_PLUGIN + """\
from ansible.executor import module_common
assert plugin.install()
assert plugin.install(), "installing twice is harmless"
source, built_path, loaded_path = sys.argv[1:]
built = module_common._CachedModule(zip_data=open(source, "rb").read(), metadata=None, source_mapping={})
built.dump(loaded_path)
open(built_path, "wb").write(built.zip_data)
open(loaded_path + ".zip", "wb").write(module_common._CachedModule.load(loaded_path).zip_data)
"""


def _plugin_run(tmp_path: Path, script: str, *args: str) -> None:
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, check=False,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stderr


def _with_bytecode(tmp_path: Path, zip_data: bytes) -> bytes:
    (tmp_path / "in.b64").write_bytes(zip_data)
    script = LOAD_PLUGIN + "open('out.b64', 'wb').write(plugin.with_bytecode(open('in.b64', 'rb').read()))"
    _plugin_run(tmp_path, script)
    return (tmp_path / "out.b64").read_bytes()


def _zip(entries: dict[str, bytes]) -> bytes:
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, body in entries.items():
            archive.writestr(name, body)
    return base64.b64encode(output.getvalue())


def _entries(zip_data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(base64.b64decode(zip_data))) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _import(tmp_path: Path, entries: dict[str, bytes], script: str) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "payload.zip"
    path.write_bytes(base64.b64decode(_zip(entries)))
    return subprocess.run([sys.executable, "-I", "-c", script, str(path)], capture_output=True, text=True, check=False)


def test_each_source_gets_bytecode_beside_it_and_a_broken_one_none(tmp_path: Path) -> None:
    entries = _entries(_with_bytecode(tmp_path, _zip(SOURCES)))
    assert sorted(entries) == sorted([*SOURCES, "pkg/__init__.pyc", "pkg/mod.pyc"])
    assert all(entries[name] == body for name, body in SOURCES.items()), "the sources travel unchanged"
    header = entries["pkg/mod.pyc"][:16]
    assert header[:4] == importlib.util.MAGIC_NUMBER
    assert int.from_bytes(header[4:8], "little") == 0b11, "hash-based, checked against the source"
    assert header[8:] == importlib.util.source_hash(SOURCES["pkg/mod.py"])


def test_python_imports_the_bytecode_without_compiling(tmp_path: Path) -> None:
    with_bytecode = _entries(_with_bytecode(tmp_path, _zip(SOURCES)))
    done = _import(tmp_path, with_bytecode, NO_COMPILE)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "42"
    # The same import of the sources alone has to compile: the probe can tell the two apart.
    refused = _import(tmp_path, SOURCES, NO_COMPILE)
    assert refused.returncode != 0
    assert "compiled from source" in refused.stderr


def test_another_python_version_or_a_changed_source_falls_back_to_the_source(tmp_path: Path) -> None:
    entries = _entries(_with_bytecode(tmp_path, _zip(SOURCES)))
    other_version = dict(entries)
    other_version["pkg/mod.pyc"] = b"\x00\x00\r\n" + entries["pkg/mod.pyc"][4:]
    assert _import(tmp_path, other_version, NO_COMPILE).returncode != 0, "the bytecode is not used"
    done = _import(tmp_path, other_version, COMPILE)
    assert (done.returncode, done.stdout.strip()) == (0, "42"), done.stderr
    changed = dict(entries)
    changed["pkg/mod.py"] = b"VALUE = 7\n"
    done = _import(tmp_path, changed, COMPILE)
    assert (done.returncode, done.stdout.strip()) == (0, "7"), "stale bytecode is refused by its hash"


def test_installed_into_ansible_the_cached_payload_carries_bytecode(tmp_path: Path) -> None:
    (tmp_path / "source.b64").write_bytes(_zip(SOURCES))
    _plugin_run(tmp_path, INSTALL_AND_DUMP, "source.b64", "built.b64", "cached")
    built = _entries((tmp_path / "built.b64").read_bytes())
    assert "pkg/mod.pyc" in built
    assert _entries((tmp_path / "cached.zip").read_bytes()) == built, "the worker that built it runs the same payload"


def test_an_ansible_core_without_the_hook_gets_payloads_as_it_builds_them(tmp_path: Path) -> None:
    """Where ansible-core caches payloads some other way, the plugin changes nothing and says so."""
    script = LOAD_PLUGIN + """\
from ansible.executor import module_common
from ansible.utils.display import Display
del module_common._CachedModule
assert plugin.install() is False
warned = []
display = Display()
display.warning = lambda message, *args, **kwargs: warned.append(message)
plugin.CallbackModule(display=display)
assert len(warned) == 1 and "without it" in warned[0], warned
"""
    _plugin_run(tmp_path, script)

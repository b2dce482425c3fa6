"""Airlock's module payloads carry the bytecode of their Python files.

A node runs each Ansible module from a zip (AnsiballZ). Python imports from a zip without
a bytecode cache, so every task compiles `ansible.module_utils.basic` and the rest of the
payload from source again: about 60 ms of the node's CPU for each `command` task, half of
what the task costs it there (bench/bench_jobs.py). This plugin puts beside each `.py` of a
payload its bytecode, compiled by the controller's Python as a hash-checked `.pyc`:

- a node whose Python has the same bytecode version (the same minor release) imports the
  bytecode, after checking it against the source shipped beside it;
- any other Python sees another magic number, skips the bytecode and compiles the source,
  as before, so nothing changes for it but the size of the payload.

The payload grows about 2.7 times (the `command` module's from 168 KB to 478 KB of base64),
and the controller spends 60-110 ms compiling each module once per job (Ansible builds a
module's payload once per run and caches it).

A traceback from a node names the payload's files by their place in it
("ansible/module_utils/basic.py"), since the bytecode is made before the node picks the
payload's temporary path.

Nothing is trusted that was not trusted before: the bytecode is made on the controller
from the very source it travels with, over the same connection.

It is a callback plugin only so that ansible-playbook loads it before its workers fork (the
workers build the payloads); it reports nothing. Airlock's jobs enable it
(`JobSettings.bytecode`), and Ansible's defaults in the benchmark do not.
"""

from __future__ import annotations

import base64
import importlib.util
import io
import marshal
import zipfile
from typing import Any

from ansible.executor import module_common
from ansible.plugins.callback import CallbackBase
from ansible.utils.display import Display

DOCUMENTATION = """
    name: airlock_payload
    type: aggregate
    short_description: module payloads carry the bytecode of their Python files
    description:
      - Adds a hash-checked .pyc beside each .py of a module payload (AnsiballZ), so that
        a node with the controller's Python version does not compile them on every task.
    requirements:
      - enabled in callbacks_enabled
"""

# A hash-based pyc (bit 0) whose hash an importer checks against the source (bit 1).
_CHECKED_HASH_PYC = 0b11
_PATCHED = "_airlock_bytecode"


def pyc_for(source: bytes, filename: str) -> bytes | None:
    """The hash-checked bytecode file of `source`, or None when it does not compile.

    A source that does not compile gets no bytecode: the node compiles it and reports the
    error there, as it would have without this plugin.
    """
    try:
        code = compile(source, filename, "exec", dont_inherit=True, optimize=0)
    except (SyntaxError, ValueError):
        return None
    flags = _CHECKED_HASH_PYC.to_bytes(4, "little")
    return importlib.util.MAGIC_NUMBER + flags + importlib.util.source_hash(source) + marshal.dumps(code)


def with_bytecode(zip_data: bytes) -> bytes:
    """The base64 payload zip `zip_data`, with a `.pyc` beside each `.py` that has none."""
    original = zipfile.ZipFile(io.BytesIO(base64.b64decode(zip_data)))
    names = set(original.namelist())
    output = io.BytesIO()
    with original, zipfile.ZipFile(output, mode="w") as payload:
        for info in original.infolist():
            body = original.read(info)
            payload.writestr(info, body)
            compiled_name = info.filename + "c"
            if not info.filename.endswith(".py") or compiled_name in names:
                continue
            compiled = pyc_for(body, info.filename)
            if compiled is None:
                continue
            entry = zipfile.ZipInfo(compiled_name, date_time=info.date_time)
            entry.compress_type = info.compress_type
            entry.external_attr = info.external_attr
            payload.writestr(entry, compiled)
    return base64.b64encode(output.getvalue())


def install() -> bool:
    """Make every payload ansible-playbook builds from now on carry bytecode.

    Payloads are built once per module and run, then cached as a `_CachedModule`; its
    `dump` is where the finished zip passes, once. Returns False when this ansible-core
    has no such place (the payloads then go as Ansible makes them).
    """
    cached = getattr(module_common, "_CachedModule", None)
    dump = getattr(cached, "dump", None)
    if cached is None or dump is None or not hasattr(cached, "__dataclass_fields__"):
        return False
    if "zip_data" not in cached.__dataclass_fields__:
        return False
    if getattr(dump, _PATCHED, False):
        return True

    def dump_with_bytecode(self: Any, path: str) -> None:
        # The cached module is a frozen dataclass, and the worker that built it goes on to
        # use this very object: its zip is replaced in place, before it is written.
        object.__setattr__(self, "zip_data", with_bytecode(self.zip_data))
        dump(self, path)

    setattr(dump_with_bytecode, _PATCHED, True)
    cached.dump = dump_with_bytecode
    return True


class CallbackModule(CallbackBase):  # type: ignore[misc]
    """Loaded before the workers fork, it makes their payloads carry bytecode."""

    CALLBACK_VERSION = 2.0
    CALLBACK_TYPE = "aggregate"
    CALLBACK_NAME = "airlock_payload"
    CALLBACK_NEEDS_ENABLED = True

    def __init__(self, display: Display | None = None) -> None:
        super().__init__(display=display)
        if not install():
            self._display.warning(
                "Airlock: this ansible-core builds module payloads where Airlock cannot add bytecode; "
                "they go without it, and nodes compile them on every task."
            )

"""A job's whole output, kept so an operator can take it away as a file.

Two streams are built from ansible-runner's events while the job runs:

- `text`: what Ansible printed (PLAY, TASK, one line per host, the recap), without colour
  codes, and under each host's line what the task's command printed:
  `HOST | stdout:` then its lines exactly, `HOST | stderr:` then those.
- `jsonl`: one JSON object per line for each task on each host (the job's per-host
  results): host, task, status, duration and the module's result, whole. Module arguments
  (`invocation`) and the `*_lines` copies of stdout and stderr are left out.

Each stream is cut into chunks of about `CHUNK_BYTES` of text, each compressed on its own
with zlib, so a stream of any length is stored, read back and written to a file one chunk
at a time. The chunks stay in memory, compressed, until the job's end is recorded.
"""

from __future__ import annotations

import hashlib
import json
import re
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Protocol

TEXT: Final = "text"
JSONL: Final = "jsonl"
STREAMS: Final = (TEXT, JSONL)
CHUNK_BYTES: Final = 1 << 20
# ansible-runner drops a task's whole result from its event when the result's text is longer
# than its MAX_EVENT_RES (700,000 characters by default, about 50,000 short lines): jobs raise
# it so that what a command printed reaches the output. Ansible holds the result in memory
# whatever this is.
MAX_EVENT_RESULT: Final = 1 << 30
_LEVEL: Final = 1  # Ansible's output compresses ~10x even at the fastest level; the CPU is the GUI's too
_ANSI: Final = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
_RESULT_EVENTS: Final = {
    "runner_on_ok": "ok",
    "runner_on_failed": "failed",
    "runner_on_unreachable": "unreachable",
    "runner_on_skipped": "skipped",
}
_ITEM_EVENTS: Final = frozenset({"runner_item_on_ok", "runner_item_on_failed", "runner_item_on_skipped"})
_LEFT_OUT: Final = frozenset({"invocation", "stdout_lines", "stderr_lines"})


def plain(text: str) -> str:
    """Ansible's display text without colour codes, with Unix line ends."""
    return _ANSI.sub("", text).replace("\r\n", "\n").replace("\r", "\n")


@dataclass
class Stream:
    """One stream being written: compressed chunks, and its length, lines and SHA-256 as text."""

    chunks: list[bytes] = field(default_factory=list)
    size: int = 0
    lines: int = 0
    _pending: list[bytes] = field(default_factory=list)
    _pending_size: int = 0
    _hash: Any = field(default_factory=hashlib.sha256)

    def write(self, text: str) -> None:
        data = text.encode("utf-8", "surrogateescape")
        if not data:
            return
        self._hash.update(data)
        self.size += len(data)
        self.lines += data.count(b"\n")
        self._pending.append(data)
        self._pending_size += len(data)
        if self._pending_size >= CHUNK_BYTES:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            self.chunks.append(zlib.compress(b"".join(self._pending), _LEVEL))
            self._pending, self._pending_size = [], 0

    @property
    def sha256(self) -> str:
        return str(self._hash.hexdigest())


def _kept(result: Mapping[str, Any]) -> dict[str, Any]:
    kept = {k: v for k, v in result.items() if k not in _LEFT_OUT and not str(k).startswith("_ansible")}
    items = kept.get("results")
    if isinstance(items, list):
        kept["results"] = [_kept(item) if isinstance(item, Mapping) else item for item in items]
    return kept


class JobOutput:
    """Fed every event of a job (from the thread that drains them); holds both streams."""

    def __init__(self) -> None:
        self.streams = {name: Stream() for name in STREAMS}

    def add(self, event: Mapping[str, Any]) -> None:
        kind = str(event.get("event", ""))
        shown = event.get("stdout")
        text = self.streams[TEXT]
        if isinstance(shown, str) and shown:
            text.write(plain(shown) + "\n")
        data = event.get("event_data") or {}
        if not isinstance(data, Mapping):
            return
        found = data.get("res")
        res: Mapping[str, Any] = found if isinstance(found, Mapping) else {}
        host = str(data.get("host", ""))
        if kind in _ITEM_EVENTS or (kind in _RESULT_EVENTS and not isinstance(res.get("results"), list)):
            self._printed(host, res)
        if kind in _RESULT_EVENTS:
            status = _RESULT_EVENTS[kind]
            if status == "ok" and res.get("changed"):
                status = "changed"
            line = {"host": host, "task": str(data.get("task", "")), "status": status,
                    "duration_s": data.get("duration"), "result": _kept(res)}
            self.streams[JSONL].write(json.dumps(line, ensure_ascii=False, sort_keys=True, default=str) + "\n")

    def _printed(self, host: str, res: Mapping[str, Any]) -> None:
        text = self.streams[TEXT]
        for name in ("stdout", "stderr"):
            value = res.get(name)
            if isinstance(value, str) and value:
                text.write(f"{host} | {name}:\n{value}" + ("" if value.endswith("\n") else "\n"))

    def finish(self) -> dict[str, Stream]:
        """The streams, every chunk flushed (call once the job has ended)."""
        for stream in self.streams.values():
            stream.flush()
        return self.streams


class Writable(Protocol):
    def write(self, data: bytes, /) -> int: ...


def write_chunks(chunks: Iterator[bytes], out: Writable) -> Iterator[int]:
    """Decompress stored chunks into `out`; yields the bytes written after each chunk."""
    for chunk in chunks:
        data = zlib.decompress(chunk)
        out.write(data)
        yield len(data)


def stream_for(path_name: str) -> str:
    """The stream a file name asks for: JSON lines for `.jsonl`, plain text otherwise."""
    return JSONL if path_name.lower().endswith(".jsonl") else TEXT

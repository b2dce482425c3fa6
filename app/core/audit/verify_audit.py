"""Verify an Airlock audit export offline, with only Python 3.11+ and `cryptography`.

    python verify_audit.py EXPORT_DIR --key VERIFIER_KEY_FILE [--last-checkpoint FILE] [--json] [--workers N]

`--key` is the appliance's audit verifier key as you recorded it when you first trusted
the appliance (never take it from the export itself). `--last-checkpoint` is a
checkpoint file you kept from an earlier export; with it, the verifier proves that this
export extends the history you saw then, so a rewritten or forked history is detected.

Exit status: 0 verified, 1 verification failed, 2 usage error (bad arguments or key file).

What is checked: every file against MANIFEST.sha256; every line of entries.jsonl is one
canonical JSON entry with seq 0, 1, 2, ... in order; the RFC 6962 Merkle tree over the
lines, recomputed once, matches the root of every signed checkpoint at its size; every
checkpoint signature verifies against the pinned key. Entries after the newest
checkpoint are reported as an unsealed tail (a warning: nothing vouches for them yet).
"""

# This file is copied verbatim into every export and must run where Airlock is not
# installed, so it cannot import `app`. It therefore repeats, kept deliberately small, the
# parts of app.core.audit it needs (entry form, RFC 6962 hashing, C2SP signed-note
# checks); the tests run both on the same exports so the two cannot drift apart.

from __future__ import annotations

import argparse
import base64
import binascii
import concurrent.futures
import gc
import hashlib
import json
import json.scanner
import multiprocessing
import os
import re
import sys
from collections import deque
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

ENTRIES_FILE = "entries.jsonl"
CHECKPOINT_DIR = "checkpoints"
KEY_FILE = "verifier.key"
MANIFEST_FILE = "MANIFEST.sha256"

EXIT_VERIFIED = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

_FIELDS = frozenset({"seq", "time", "actor", "action", "target", "outcome", "details"})
_TEXT_FIELDS = ("time", "actor", "action", "target", "outcome")
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z")
_CHECKPOINT_NAME = re.compile(r"(\d{10})\.txt")
_MANIFEST_LINE = re.compile(r"([0-9a-f]{64}) [ *](.+)")
_DECIMAL = re.compile(r"0|[1-9][0-9]*")
_SIG_PREFIX = "\u2014 "
_MAX_SMALL_FILE = 1 << 20
_CHUNK = 4 << 20
_PARALLEL_FROM = 8 * _CHUNK  # smaller exports are checked faster than workers start
_MAX_WORKERS = 8  # beyond this the hashing in the main process is the bottleneck
_ED25519 = 0x01
_KEY_ID_SIZE = 4
_ROOT_SIZE = 32
_ENCODED_KEY_SIZE = 33  # the algorithm byte and the 32-byte Ed25519 key
_KEY_LINE_PARTS = 3  # name+keyid+key
_CHECKPOINT_LINES = 3  # origin, size, root


class UsageProblem(Exception):
    """The auditor's arguments (directory, key file) cannot be used; exit status 2."""


class _Refused(Exception):
    """One check failed; the message says what and what it means."""


@dataclass(frozen=True)
class PinnedKey:
    """The verifier key the auditor trusts."""

    name: str
    key_id: bytes
    public_key: Ed25519PublicKey

    @property
    def label(self) -> str:
        """`name+keyid`, as shown in messages."""
        return f"{self.name}+{self.key_id.hex()}"


class _Signed(NamedTuple):
    """A checkpoint whose signature verified."""

    size: int
    file: str
    root: bytes
    origin: str


@dataclass
class CheckpointResult:
    """What the verifier found about one checkpoint file."""

    file: str
    size: int | None = None
    root: str | None = None
    signature_ok: bool = False
    root_ok: bool | None = None


@dataclass
class Report:
    """The outcome of `verify_export`; `ok` is True only when nothing failed."""

    export: str
    key: str
    entries: int = 0
    root: str = ""
    sealed_size: int = 0
    unsealed_tail: int = 0
    checkpoints: list[CheckpointResult] = field(default_factory=list)
    last_checkpoint: dict[str, Any] | None = None
    failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every check passed (warnings allowed)."""
        return not self.failures

    def to_json(self) -> dict[str, Any]:
        """The report as plain JSON-able data (what `--json` prints)."""
        data = asdict(self)
        data["ok"] = self.ok
        return data

    def summary(self) -> str:
        """The report as text for a person: counts, warnings, failures, the verdict."""
        lines = [
            f"Export:      {self.export}",
            f"Pinned key:  {self.key}",
            f"Entries:     {self.entries} (tree root {self.root})",
            f"Sealed:      {self.sealed_size} entries by verified checkpoints",
        ]
        if self.last_checkpoint is not None:
            state = "extended" if self.last_checkpoint["consistent"] else "NOT extended"
            lines.append(f"Earlier checkpoint: size {self.last_checkpoint['size']}, {state}")
        lines.extend(f"WARNING: {warning}" for warning in self.warnings)
        lines.extend(f"FAILED: {failure}" for failure in self.failures)
        lines.append("Result: VERIFIED" if self.ok else "Result: VERIFICATION FAILED")
        return "\n".join(lines)


def parse_key_line(line: str) -> PinnedKey:
    """Parse a C2SP verifier key line `name+hexkeyid+base64(0x01 || key)`."""
    parts = line.strip().split("+", 2)
    bad = UsageProblem(
        "The verifier key is not a note verifier key line 'name+keyid+base64key'; "
        "use the key line you recorded from the appliance."
    )
    if len(parts) != _KEY_LINE_PARTS:
        raise bad
    name, hex_id, encoded = parts
    raw = _b64(encoded)
    if not _valid_name(name) or re.fullmatch(r"[0-9a-f]{8}", hex_id) is None:
        raise bad
    if raw is None or len(raw) != _ENCODED_KEY_SIZE or raw[0] != _ED25519:
        raise bad
    key_hash = hashlib.sha256(name.encode() + b"\n" + raw).digest()[:_KEY_ID_SIZE]
    if key_hash.hex() != hex_id:
        msg = f"The verifier key for {name} has a key id that does not match the key; it is damaged."
        raise UsageProblem(msg)
    return PinnedKey(name, key_hash, Ed25519PublicKey.from_public_bytes(raw[1:]))


def open_note(note: str, key: PinnedKey) -> str:
    """Return the note's text if it carries a valid signature by `key`, else raise."""
    if any(ch < " " and ch != "\n" for ch in note):
        msg = "it holds control characters, so it is not a signed note"
        raise _Refused(msg)
    split = note.rfind("\n\n")
    if split < 0 or not note.endswith("\n"):
        msg = "it is not a signed note (no blank line before a signature block)"
        raise _Refused(msg)
    text, lines = note[: split + 1], note[split + 2 : -1].split("\n")
    signed = False
    for line in lines:
        name, _, encoded = line.removeprefix(_SIG_PREFIX).partition(" ")
        raw = _b64(encoded)
        if not line.startswith(_SIG_PREFIX) or raw is None or len(raw) <= _KEY_ID_SIZE:
            msg = f"its signature block holds a malformed line {line[:60]!r}"
            raise _Refused(msg)
        if name != key.name or raw[:_KEY_ID_SIZE] != key.key_id:
            continue
        try:
            key.public_key.verify(raw[_KEY_ID_SIZE:], text.encode("utf-8"))
        except InvalidSignature:
            msg = f"its signature by {key.label} does not verify: it was altered or forged"
            raise _Refused(msg) from None
        signed = True
    if not signed:
        msg = f"it carries no signature by the pinned key {key.label}"
        raise _Refused(msg)
    return text


def parse_checkpoint_text(text: str) -> tuple[str, int, bytes]:
    """Return (origin, size, root) from checkpoint note text."""
    lines = text[:-1].split("\n")
    if len(lines) < _CHECKPOINT_LINES or not lines[0] or any(not line for line in lines[3:]):
        msg = "its text is not a checkpoint (origin, tree size, root hash)"
        raise _Refused(msg)
    root = _b64(lines[2])
    if _DECIMAL.fullmatch(lines[1]) is None or root is None or len(root) != _ROOT_SIZE:
        msg = "its tree size or root hash is malformed"
        raise _Refused(msg)
    return lines[0], int(lines[1]), root


def verify_export(
    directory: str | Path,
    verifier_line: str,
    last_checkpoint_text: str | None = None,
    *,
    last_checkpoint_label: str = "the last checkpoint you kept",
    workers: int | None = None,
) -> Report:
    """Verify the export in `directory` against the pinned `verifier_line`.

    `workers` processes check the entries' form in parallel while this one hashes; the
    default uses every CPU for large exports and none for small ones.
    Raises `UsageProblem` when the key line is malformed or `directory` is not a
    directory; every verification problem is a failure in the returned `Report`.
    """
    root_dir = Path(directory)
    key = parse_key_line(verifier_line)
    if workers is not None and workers < 1:
        msg = f"--workers must be at least 1, not {workers}."
        raise UsageProblem(msg)
    if not root_dir.is_dir():
        msg = f"{root_dir} is not a directory; give the path of an unpacked audit export."
        raise UsageProblem(msg)
    report = Report(export=str(root_dir), key=key.label)
    expected = _check_manifest(root_dir, report)
    _check_export_key(root_dir, key, report)
    checkpoints = _load_checkpoints(root_dir, key, report)
    last = _load_last_checkpoint(last_checkpoint_text, key, last_checkpoint_label, report)
    targets = {signed.size for signed in checkpoints}
    if last is not None:
        targets.add(last[1])
    entries_path = root_dir / ENTRIES_FILE
    if not entries_path.is_file() or entries_path.is_symlink():
        report.failures.append(f"{ENTRIES_FILE} is missing: the export holds no entries.")
        return report
    roots, digest = _scan_entries(entries_path, targets, report, workers)
    if ENTRIES_FILE in expected and expected[ENTRIES_FILE] != digest:
        report.failures.append(
            f"{ENTRIES_FILE} does not match its hash in {MANIFEST_FILE}: it was changed after the export was written."
        )
    _match_checkpoints(checkpoints, roots, report)
    if last is not None:
        _match_last_checkpoint(last, roots, checkpoints, last_checkpoint_label, report)
    return report


def _check_manifest(root_dir: Path, report: Report) -> dict[str, str]:
    """Check every small file against the manifest; return the expected hashes."""
    manifest = root_dir / MANIFEST_FILE
    try:
        text = _read_small(manifest)
    except _Refused as exc:
        report.failures.append(f"{MANIFEST_FILE} {exc}; the export is incomplete.")
        return {}
    expected: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        match = _MANIFEST_LINE.fullmatch(line)
        path = match.group(2) if match else ""
        if match is None or not _safe_relative(path) or path in expected:
            report.failures.append(f"{MANIFEST_FILE} line {number} is malformed: {line[:80]!r}.")
            continue
        expected[path] = match.group(1)
    present = _export_files(root_dir, report)
    for path in sorted(set(expected) - present):
        report.failures.append(f"{path} is listed in {MANIFEST_FILE} but missing from the export: it was deleted.")
    for path in sorted(present - set(expected) - {MANIFEST_FILE}):
        report.failures.append(f"{path} is not listed in {MANIFEST_FILE}: it was added after the export was written.")
    for path in sorted(present & set(expected) - {ENTRIES_FILE}):
        if _sha256_file(root_dir / path) != expected[path]:
            report.failures.append(
                f"{path} does not match its hash in {MANIFEST_FILE}: it was changed after the export was written."
            )
    return expected


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _export_files(root_dir: Path, report: Report) -> set[str]:
    found: set[str] = set()
    for path in sorted(root_dir.rglob("*")):
        relative = path.relative_to(root_dir).as_posix()
        if path.is_symlink() or not (path.is_file() or path.is_dir()):
            report.failures.append(f"{relative} is a link or special file; an export holds none.")
        elif path.is_file():
            found.add(relative)
    return found


def _check_export_key(root_dir: Path, key: PinnedKey, report: Report) -> None:
    try:
        line = _read_small(root_dir / KEY_FILE).strip()
    except _Refused:
        return  # the manifest check already reports a missing key file
    try:
        shipped = parse_key_line(line)
    except UsageProblem:
        report.failures.append(f"{KEY_FILE} in the export is not a valid verifier key line.")
        return
    if (shipped.name, shipped.key_id, shipped.public_key.public_bytes_raw()) != (
        key.name,
        key.key_id,
        key.public_key.public_bytes_raw(),
    ):
        report.failures.append(
            f"{KEY_FILE} in the export names the key {shipped.label}, not the key you pinned "
            f"({key.label}): the export claims a different signer; do not trust it."
        )


def _load_checkpoints(root_dir: Path, key: PinnedKey, report: Report) -> list[_Signed]:
    """Verify every checkpoint's signature; return the good ones, smallest first."""
    folder = root_dir / CHECKPOINT_DIR
    good: list[_Signed] = []
    files = sorted(folder.iterdir()) if folder.is_dir() and not folder.is_symlink() else []
    origins: set[str] = set()
    for path in files:
        label = f"{CHECKPOINT_DIR}/{path.name}"
        result = CheckpointResult(file=label)
        report.checkpoints.append(result)
        name_match = _CHECKPOINT_NAME.fullmatch(path.name)
        try:
            if name_match is None:
                msg = "is not named NNNNNNNNNN.txt (the tree size, ten digits)"
                raise _Refused(msg)
            origin, size, root = parse_checkpoint_text(open_note(_read_small(path), key))
        except _Refused as exc:
            report.failures.append(f"{label}: {exc}.")
            continue
        result.signature_ok, result.size, result.root = True, size, root.hex()
        if size != int(name_match.group(1)):
            report.failures.append(
                f"{label}: its file name says tree size {int(name_match.group(1))} but its "
                f"signed text says {size}: it was renamed or swapped."
            )
            continue
        origins.add(origin)
        good.append(_Signed(size, label, root, origin))
    if len(origins) > 1:
        report.failures.append(
            "The checkpoints name different logs ("
            + ", ".join(sorted(origins))
            + "): they do not come from one appliance's history."
        )
    if not good:
        report.failures.append(
            f"No checkpoint signed by the pinned key {key.label} verifies: nothing in this export is vouched for."
        )
    return sorted(good)


def _load_last_checkpoint(
    text: str | None, key: PinnedKey, label: str, report: Report
) -> tuple[str, int, bytes] | None:
    if text is None:
        return None
    try:
        last = parse_checkpoint_text(open_note(text, key))
    except _Refused as exc:
        report.failures.append(f"{label}: {exc}; it cannot be used to check this export.")
        return None
    report.last_checkpoint = {"size": last[1], "root": last[2].hex(), "consistent": False}
    return last


class _EntryChecker:
    """Checks entry lines in chunks: a fast path for good chunks, a precise one for bad.

    The fast path scans each line as exactly one JSON value, then re-encodes the whole
    chunk in one call and compares it with the lines joined by commas. Because every line
    was scanned on its own, the joined texts can only be equal if every line equals its
    own canonical encoding, so this proves canonical form with far fewer calls.
    """

    def __init__(self) -> None:
        decoder = json.JSONDecoder(parse_constant=_no_constant)
        # The C scanner behind json.loads, called directly: (value, end) for one value.
        self.scan = json.scanner.make_scanner(decoder)  # type: ignore[arg-type]  # typeshed types the context wrongly
        self.decode = decoder.decode
        self.encode = json.JSONEncoder(
            sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
        ).encode

    def first_problem(self, data: bytes, lines: list[bytes], first_seq: int) -> tuple[int, str] | None:
        """(index in `lines`, problem) of the first bad line, or None if all are good."""
        if self._chunk_ok(data, len(lines), first_seq):
            return None
        for index, line in enumerate(lines):
            problem = _entry_problem(line, first_seq + index, self.decode, self.encode)
            if problem is not None:
                return index, problem
        return None

    def _chunk_ok(self, data: bytes, count: int, first_seq: int) -> bool:
        try:
            text = data.decode("utf-8")
            texts = text.split("\n")
            texts.pop()
            entries = []
            position = 0
            for line in texts:
                entry, end = self.scan(text, position)
                position += len(line)
                if end != position:
                    return False
                position += 1
                entries.append(entry)
            canonical = self.encode(entries) == "[" + ",".join(texts) + "]"
        except (UnicodeDecodeError, ValueError, StopIteration, _Refused):
            return False
        return canonical and len(entries) == count and _fields_ok(entries, first_seq)


def _fields_ok(entries: list[Any], first_seq: int) -> bool:
    fields, time_format, parse_time = _FIELDS, _TIME.fullmatch, datetime.fromisoformat
    seq = first_seq
    try:
        for entry in entries:
            if (
                entry.keys() != fields
                or type(entry["seq"]) is not int
                or entry["seq"] != seq
                or type(entry["details"]) is not dict
                or type(entry["actor"]) is not str
                or type(entry["action"]) is not str
                or type(entry["target"]) is not str
                or type(entry["outcome"]) is not str
                or type(entry["time"]) is not str
                or time_format(entry["time"]) is None
            ):
                return False
            parse_time(entry["time"][:19])
            seq += 1
    except (AttributeError, ValueError):
        return False
    return True


class _FormCheck:
    """Checks the chunks' form, in this process or in a pool, and keeps the first problem."""

    def __init__(self, workers: int) -> None:
        self.found: tuple[int, str] | None = None
        self.pending: deque[tuple[bytes, int, concurrent.futures.Future[tuple[int, str] | None]]] = deque()
        self.limit = 2 * workers
        self.pool: concurrent.futures.ProcessPoolExecutor | None = None
        if workers > 1:
            # "spawn": safe even when the caller runs threads (a GUI), and on every platform.
            context = multiprocessing.get_context("spawn")
            self.pool = concurrent.futures.ProcessPoolExecutor(workers, mp_context=context, initializer=gc.disable)

    def submit(self, data: bytes, first_seq: int) -> None:
        if self.found is not None:
            return
        if self.pool is None:
            self._keep(_check_chunk(data, first_seq))
            return
        self.pending.append((data, first_seq, self.pool.submit(_check_chunk, data, first_seq)))
        while len(self.pending) > self.limit:
            self._collect_oldest()

    def finish(self) -> tuple[int, str] | None:
        try:
            while self.pending and self.found is None:
                self._collect_oldest()
        finally:
            self.close()
        return self.found

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def _collect_oldest(self) -> None:
        data, first_seq, future = self.pending.popleft()
        try:
            result = future.result()
        except concurrent.futures.process.BrokenProcessPool:
            result = _check_chunk(data, first_seq)  # a worker died: check it here instead
        self._keep(result)

    def _keep(self, result: tuple[int, str] | None) -> None:
        if result is not None and self.found is None:
            self.found = result
            self.pending.clear()


_CHECKER: _EntryChecker | None = None


def _check_chunk(data: bytes, first_seq: int) -> tuple[int, str] | None:
    """(seq position, problem) of the first bad line in a chunk of whole lines, or None."""
    global _CHECKER  # noqa: PLW0603 - one checker per worker process, built on first use
    if _CHECKER is None:
        _CHECKER = _EntryChecker()
    lines = data.split(b"\n")
    lines.pop()
    found = _CHECKER.first_problem(data, lines, first_seq)
    return None if found is None else (first_seq + found[0], found[1])


def _scan_entries(path: Path, targets: set[int], report: Report, workers: int | None) -> tuple[dict[int, bytes], str]:
    """Check every entry line and recompute the tree once, streaming.

    Returns the tree root at each size in `targets` (and 0) and the file's SHA-256.
    """
    if workers is None:
        workers = min(os.cpu_count() or 1, _MAX_WORKERS) if path.stat().st_size >= _PARALLEL_FROM else 1
    sha256 = hashlib.sha256
    roots: dict[int, bytes] = {0: sha256(b"").digest()}
    nodes: list[bytes] = []
    file_hash = sha256()
    size = 0
    pending = b""
    gc_was_enabled = gc.isenabled()
    gc.disable()  # the scan creates no reference cycles; collecting would only slow it
    form = _FormCheck(workers)
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                file_hash.update(chunk)
                data = pending + chunk
                cut = data.rfind(b"\n") + 1
                pending = data[cut:]
                form.submit(data[:cut], size)
                lines = data[:cut].split(b"\n")
                lines.pop()
                for leaf_hash in [sha256(b"\x00" + line).digest() for line in lines]:
                    leaf = leaf_hash
                    merge = size
                    while merge & 1:
                        leaf = sha256(b"\x01" + nodes.pop() + leaf).digest()
                        merge >>= 1
                    nodes.append(leaf)
                    size += 1
                    if size in targets:
                        roots[size] = _fold(nodes)
        found = form.finish()
    finally:
        form.close()
        if gc_was_enabled:
            gc.enable()
    if found is not None:
        report.failures.append(
            f"{ENTRIES_FILE} line {found[0] + 1}: {found[1]}. This is the first bad entry; "
            "entries from here on are not trustworthy."
        )
    if pending:
        report.failures.append(
            f"{ENTRIES_FILE} line {size + 1}: the last line has no final newline: the file was cut short (truncated)."
        )
    report.entries = size
    report.root = _fold(nodes).hex() if nodes else roots[0].hex()
    return roots, file_hash.hexdigest()


def _entry_problem(line: bytes, expected: int, decode: Any, encode: Any) -> str | None:
    """Why `line` is not the canonical entry with seq `expected`, or None if it is."""
    try:
        text = line.decode("utf-8")
        entry = decode(text)
    except (UnicodeDecodeError, ValueError, _Refused):
        return f"(expected seq {expected}) is not a valid JSON entry"
    if type(entry) is not dict or entry.keys() != _FIELDS:
        return f"(expected seq {expected}) does not have exactly the entry fields"
    problem = _seq_problem(entry["seq"], expected) or _field_problem(entry)
    if problem is not None:
        return problem
    try:
        canonical = encode(entry)
    except ValueError:
        return f"(seq {expected}) holds a value JSON cannot represent exactly"
    if canonical != text:
        return f"(seq {expected}) is not in canonical form: it was edited by hand or by another tool"
    return None


def _seq_problem(seq: object, expected: int) -> str | None:
    if type(seq) is not int:
        return f"(expected seq {expected}) has a seq that is not an integer"
    if seq > expected:
        gap = f"seq {expected}" if seq == expected + 1 else f"seq {expected}..{seq - 1}"
        return (
            f"has seq {seq} where seq {expected} was expected: {gap} is missing here (deleted, or moved out of order)"
        )
    if seq < expected:
        return (
            f"has seq {seq} where seq {expected} was expected: an entry was inserted, duplicated or moved out of order"
        )
    return None


def _field_problem(entry: dict[str, Any]) -> str | None:
    seq = entry["seq"]
    for name in _TEXT_FIELDS:
        if type(entry[name]) is not str:
            return f"(seq {seq}) has a {name} that is not text"
    if type(entry["details"]) is not dict:
        return f"(seq {seq}) has details that are not a JSON object"
    if not _valid_time(entry["time"]):
        return f"(seq {seq}) has a time that is not RFC 3339 UTC ending in 'Z'"
    return None


def _match_checkpoints(checkpoints: list[_Signed], roots: dict[int, bytes], report: Report) -> None:
    results = {result.file: result for result in report.checkpoints}
    trusted = 0
    for size, label, root, _ in checkpoints:
        if size > report.entries:
            report.failures.append(
                f"{label}: it seals {size} entries but {ENTRIES_FILE} holds only "
                f"{report.entries}: entries were removed from the end (truncation)."
            )
            results[label].root_ok = False
            continue
        if roots[size] != root:
            report.failures.append(
                f"{label}: the signed root of the first {size} entries does not match "
                f"{ENTRIES_FILE}: an entry in lines {trusted + 1}..{size} (seq "
                f"{trusted}..{size - 1}) was changed, inserted, deleted or reordered after "
                "it was signed."
            )
            results[label].root_ok = False
            continue
        results[label].root_ok = True
        trusted = size
    report.sealed_size = trusted
    report.unsealed_tail = max(report.entries - trusted, 0)
    if report.unsealed_tail and checkpoints:
        report.warnings.append(
            f"Unsealed tail: entries seq {trusted}..{report.entries - 1} (lines {trusted + 1}.."
            f"{report.entries}) come after the newest verified checkpoint; no signature "
            "vouches for them yet."
        )


def _match_last_checkpoint(
    last: tuple[str, int, bytes],
    roots: dict[int, bytes],
    checkpoints: list[_Signed],
    label: str,
    report: Report,
) -> None:
    origin, size, root = last
    origins = {signed.origin for signed in checkpoints}
    if origins and origin not in origins:
        report.failures.append(
            f"{label} comes from the log {origin!r}, not from this export's log: it belongs to another installation."
        )
        return
    if size > report.entries:
        report.failures.append(
            f"{label} covers {size} entries but this export holds only {report.entries}: "
            "entries seen before were removed (history rolled back)."
        )
        return
    if roots[size] != root:
        report.failures.append(
            f"{label} (tree size {size}) does not match this export's first {size} entries: "
            "the history you saw before was rewritten (a forked log)."
        )
        return
    if report.last_checkpoint is not None:
        report.last_checkpoint["consistent"] = True


def _fold(nodes: list[bytes]) -> bytes:
    root = nodes[-1]
    for left in reversed(nodes[:-1]):
        root = hashlib.sha256(b"\x01" + left + root).digest()
    return root


def _no_constant(name: str) -> Any:
    msg = f"{name} is not a JSON number"
    raise _Refused(msg)


def _valid_time(value: str) -> bool:
    if _TIME.fullmatch(value) is None:
        return False
    try:
        datetime.fromisoformat(value[:19])
    except ValueError:
        return False
    return True


def _valid_name(name: str) -> bool:
    return bool(name) and "+" not in name and not any(ch.isspace() or ch < " " for ch in name)


def _b64(text: str) -> bytes | None:
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        return None
    return raw if base64.b64encode(raw).decode("ascii") == text else None


def _safe_relative(path: str) -> bool:
    parts = path.split("/")
    return not path.startswith("/") and "\\" not in path and all(part not in ("", ".", "..") for part in parts)


def _read_small(path: Path) -> str:
    if path.is_symlink() or not path.is_file():
        msg = "is missing"
        raise _Refused(msg)
    try:
        data = path.read_bytes()
    except OSError as exc:
        msg = f"cannot be read ({exc.strerror})"
        raise _Refused(msg) from None
    if len(data) > _MAX_SMALL_FILE:
        msg = "is too large to be what the export writes"
        raise _Refused(msg)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        msg = "is not UTF-8 text"
        raise _Refused(msg) from None


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(prog="verify_audit.py", description="Verify an Airlock audit export offline.")
    parser.add_argument("directory", help="the audit export directory")
    parser.add_argument("--key", required=True, help="file holding the pinned verifier key line")
    parser.add_argument("--last-checkpoint", help="a checkpoint file kept from an earlier export")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--workers", type=int, default=None, help="processes that check entries (default: all CPUs for large exports)"
    )
    args = parser.parse_args(argv)
    try:
        key_line = _read_argument_file(Path(args.key), "--key")
        last_text = None
        if args.last_checkpoint is not None:
            last_text = _read_argument_file(Path(args.last_checkpoint), "--last-checkpoint")
        report = verify_export(
            args.directory,
            key_line,
            last_text,
            last_checkpoint_label=f"The earlier checkpoint {args.last_checkpoint}",
            workers=args.workers,
        )
    except UsageProblem as exc:
        sys.stderr.write(f"verify_audit.py: {exc}\n")
        return EXIT_USAGE
    if args.json:
        sys.stdout.write(json.dumps(report.to_json(), indent=2, sort_keys=True) + "\n")
    else:
        sys.stdout.write(report.summary() + "\n")
    return EXIT_VERIFIED if report.ok else EXIT_FAILED


def _read_argument_file(path: Path, option: str) -> str:
    try:
        return _read_small(path)
    except _Refused as exc:
        msg = f"{option} {path}: the file {exc}; give a readable text file."
        raise UsageProblem(msg) from None


if __name__ == "__main__":
    sys.exit(main())

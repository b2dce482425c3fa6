"""Verify an Airlock audit export offline, with only Python 3.11+ and `cryptography`.

    python verify_audit.py EXPORT_DIR --key VERIFIER_KEY_FILE [--last-checkpoint FILE] [--json]
                           [--thorough] [--workers N]

`--key` is the appliance's audit verifier key as you recorded it when you first trusted
the appliance (never take it from the export itself). `--last-checkpoint` is a
checkpoint file you kept from an earlier export; with it, the verifier proves that this
export extends the history you saw then, so a rewritten or forked history is detected.

Exit status: 0 verified, 1 verification failed, 2 usage error (bad arguments or key file).

What is checked: every file against MANIFEST.sha256; every checkpoint signature against
the pinned key; the RFC 6962 Merkle tree over the lines of entries.jsonl, recomputed
once, matches the root of every signed checkpoint at its size; every line after the
newest checkpoint is one canonical JSON entry with the next seq in order. Entries
after the newest checkpoint are reported as an unsealed tail (a warning: nothing
vouches for them yet). The lines a verified checkpoint seals are accepted on its root
alone, which fixes their exact bytes; if anything fails, every line is checked one by
one (canonical JSON, seq 0, 1, 2, ...) to name the first bad entry. `--thorough`
checks every line one by one from the start.
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
import contextlib
import gc
import hashlib
import json
import json.scanner
import multiprocessing
import operator
import os
import re
import sys
from collections import deque
from collections.abc import Generator, Iterable
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime
from itertools import chain, repeat
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
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z", re.ASCII)
_CHECKPOINT_NAME = re.compile(r"(\d{10})\.txt", re.ASCII)
_MANIFEST_LINE = re.compile(r"([0-9a-f]{64}) [ *](.+)")
_DECIMAL = re.compile(r"0|[1-9][0-9]*")
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f]")  # every character below a space but the newline
_SIG_PREFIX = "\u2014 "
_MAX_SMALL_FILE = 1 << 20
_CHUNK = 4 << 20
_PARALLEL_FROM = 8 * _CHUNK  # smaller exports are checked faster than workers start
_MAX_WORKERS = 8  # beyond this the main process (reading, interior nodes) is the bottleneck
_CHECK_BYTES = 128 << 10  # entries are checked in parts this size: they stay in the CPU cache
_PARALLEL_CPUS = 4  # with fewer CPUs, workers compete with this process and barely pay
_SPLIT_FROM = 64 << 20  # the fast check of a smaller export ends before a helper process would help
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
    form_checked: int = 0  # entries whose form (canonical JSON, seq in order) was checked one by one
    fast_path: bool = False  # the sealed entries were accepted on their signed roots alone
    helpers: int = 0  # 1 when a helper process hashed the first half of the lines (the fast check)
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
        if self.fast_path:
            lines.append(
                f"Checked:     seq 0..{self.sealed_size - 1} by the signed roots over their exact bytes; the "
                f"{self.form_checked} entries after them one by one (--thorough checks all one by one)"
            )
        else:
            lines.append(f"Checked:     {self.form_checked} entries one by one (canonical JSON, seq in order)")
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
    if _CONTROL.search(note) is not None:
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
    thorough: bool = False,
) -> Report:
    """Verify the export in `directory` against the pinned `verifier_line`.

    Entries that a checkpoint with a valid signature seals are first checked by their
    signed roots alone (see `_check_entries` for why that is enough); only if anything
    about the entries fails is every entry checked one by one, to name the first bad one.
    `thorough` checks every entry one by one from the start. `workers` processes then
    check the entries and hash their leaves while this one reads the file and merges the
    tree; the default uses the CPUs for a large export on a machine with four or more,
    and checks everything in this process otherwise. The check by the signed roots hands
    the first half of the lines to one helper process when `workers` is 2 or more, or by
    default for an export of `_SPLIT_FROM` bytes or more on two or more CPUs; `workers`
    1 keeps everything in this process.
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
    entries_path = root_dir / ENTRIES_FILE
    if not entries_path.is_file() or entries_path.is_symlink():
        report.failures.append(f"{ENTRIES_FILE} is missing: the export holds no entries.")
        return report
    against = _Against(expected.get(ENTRIES_FILE), checkpoints, last, last_checkpoint_label)
    _check_entries(entries_path, against, report, workers, thorough=thorough)
    return report


class _Against(NamedTuple):
    """What the entries are checked against: the manifest's hash and the signed roots."""

    manifest_hash: str | None
    checkpoints: list[_Signed]
    last: tuple[str, int, bytes] | None
    last_label: str


def _check_entries(path: Path, against: _Against, report: Report, workers: int | None, *, thorough: bool) -> None:
    """Check entries.jsonl: by the signed roots alone where that is enough, else line by line.

    Why the sealed range needs no per-entry check: a checkpoint whose signature verifies
    against the pinned key states the RFC 6962 root of the first N leaves, and a leaf is
    SHA-256(0x00 || the exact bytes of one line). The leaf and node prefixes keep a leaf
    from passing for a node and the size is signed, so a recomputed root equal to the
    signed one means (short of a SHA-256 collision, the assumption the whole log rests
    on) that the first N lines are, byte for byte, the N entries the appliance hashed:
    - any changed, inserted, deleted, duplicated or reordered line, a blank line, CRLF,
      or a line split or joined (a newline added or removed inside an entry) changes the
      sequence of lines, so it changes the root and the fast check fails;
    - lines are the pieces between newlines, so the same lines mean the same bytes: no
      other byte can hide in the sealed range; bytes after it are the unsealed tail,
      whose entries are still checked one by one (canonical JSON, seq in order), and a
      last line without its newline (a cut file) is a failure as before;
    - every signed root (each checkpoint's, and --last-checkpoint's) is still compared
      with the tree recomputed from this file, so checkpoints that do not extend one
      another, or a forked or rolled-back history, fail exactly as before;
    - a checkpoint beyond the end of the file, a root that differs, a bad tail entry, an
      entries.jsonl that differs from MANIFEST.sha256, or an earlier checkpoint
      (--last-checkpoint) that does not match all make the fast check fail.
    Whenever the fast check fails for any reason, its result is dropped and the thorough
    check below runs and reports exactly what it always has: the first bad line by
    number and seq, and each checkpoint that does not match, with the range it covers.
    The per-entry checks of the sealed range (canonical JSON, seq = position) can then
    only refuse an entry that the appliance itself wrote and signed; they add nothing
    against tampering with the export, since whoever can have malformed entries signed
    can as well have well-formed forgeries signed. `thorough` runs them anyway.
    The unsigned manifest is compared in both checks; it never vouches for anything.
    """
    sealed = max((signed.size for signed in against.checkpoints), default=0)
    if sealed and not thorough:
        trial = Report(
            export=report.export,
            key=report.key,
            checkpoints=[replace(result) for result in report.checkpoints],
            last_checkpoint=None if report.last_checkpoint is None else dict(report.last_checkpoint),
        )
        scanned = _scan_sealed(path, against, sealed, trial, workers)
        if scanned is not None:
            _match(*scanned, against, trial)
            if not trial.failures:
                report.entries, report.root = trial.entries, trial.root
                report.sealed_size, report.unsealed_tail = trial.sealed_size, trial.unsealed_tail
                report.checkpoints, report.last_checkpoint = trial.checkpoints, trial.last_checkpoint
                report.form_checked, report.fast_path, report.helpers = trial.form_checked, True, trial.helpers
                report.warnings.extend(trial.warnings)
                return
    targets = {signed.size for signed in against.checkpoints}
    if against.last is not None:
        targets.add(against.last[1])
    roots, digest = _scan_entries(path, targets, report, workers)
    _match(roots, digest, against, report)


def _match(roots: dict[int, bytes], digest: str, against: _Against, report: Report) -> None:
    """Compare the file's hash with the manifest and the recomputed roots with the signed ones."""
    if against.manifest_hash is not None and against.manifest_hash != digest:
        report.failures.append(
            f"{ENTRIES_FILE} does not match its hash in {MANIFEST_FILE}: it was changed after the export was written."
        )
    _match_checkpoints(against.checkpoints, roots, report)
    if against.last is not None:
        _match_last_checkpoint(against.last, roots, against.checkpoints, against.last_label, report)


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
    """Checks entry lines a block at a time: one fast pass for good blocks, a precise one for bad.

    The fast pass maps the C JSON scanner over the lines (each line must be exactly one
    value, consumed whole), re-encodes the whole block in one call and compares it with
    the lines joined by commas, then checks each field over all entries at once. Because
    every line was scanned on its own and consumed whole, the joined texts can only be
    equal if every line equals its own canonical encoding. The fast pass accepts only what
    the precise pass (`_entry_problem`, line by line) accepts; when it refuses, the precise
    pass walks the block in order and names the first bad line.
    """

    def __init__(self) -> None:
        decoder = json.JSONDecoder(parse_constant=_no_constant)
        # The C scanner behind json.loads, called directly: (value, end) for one value.
        self.scan = json.scanner.make_scanner(decoder)  # type: ignore[arg-type]  # typeshed types the context wrongly
        self.decode = decoder.decode
        # No circular check: values decoded from text cannot refer to themselves.
        self.encode = json.JSONEncoder(
            sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False, check_circular=False
        ).encode

    def first_problem(self, block: bytes, first_seq: int) -> tuple[int, str] | None:
        """(index in the block, problem) of the first bad line, or None if all are good.

        `block` is whole lines, each ending in a newline.
        """
        if self._block_ok(block, first_seq):
            return None
        lines = block.split(b"\n")
        lines.pop()
        for index, line in enumerate(lines):
            problem = _entry_problem(line, first_seq + index, self.decode, self.encode)
            if problem is not None:
                return index, problem
        return None

    def _block_ok(self, block: bytes, first_seq: int) -> bool:
        try:
            texts = block.decode("utf-8").split("\n")
            texts.pop()
            scanned = list(map(self.scan, texts, repeat(0, len(texts))))
            if list(map(_END, scanned)) != list(map(len, texts)):
                return False  # a line holds more or less than one JSON value
            entries = list(map(_VALUE, scanned))
            if self.encode(entries) != "[" + ",".join(texts) + "]":
                return False
        except (UnicodeDecodeError, ValueError, StopIteration, RecursionError, _Refused):
            return False
        return _fields_ok(entries, first_seq)


_VALUE = operator.itemgetter(0)
_END = operator.itemgetter(1)
_SEQ = operator.itemgetter("seq")
_TIME_FIELD = operator.itemgetter("time")
# The fields in canonical (sorted) order, and the type each must have.
_FIELD_ORDER = ["action", "actor", "details", "outcome", "seq", "target", "time"]
_FIELD_TYPES: list[type] = [str, str, dict, str, int, str, str]
_TO_DATE = operator.itemgetter(slice(0, 10))
# `_TIME` with the clock's ranges spelled out, so only the date is left to check. A real
# date and this clock always pass `_valid_time`; where this is stricter than a Python
# version's `datetime.fromisoformat` (say, a 24:00:00), the precise pass has the last word.
_FAST_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?Z", re.ASCII)


def _fields_ok(entries: list[Any], first_seq: int) -> bool:
    """Whether every entry has exactly the fields, their types, a valid time and seq in order.

    Checks each property over the whole block at once (no Python code runs per entry); it
    says yes only where `_entry_problem` finds nothing, and on no that one names the line.
    """
    count = len(entries)
    if not count:
        return True
    try:
        # Seven keys each, and all the keys in a row are the fields in order, once per entry:
        # so every entry has exactly the fields, and its values come in that order.
        # (`dict.values` refuses anything but a dict: a TypeError, so no.)
        if (
            set(map(len, entries)) != {len(_FIELDS)}
            or list(chain.from_iterable(entries)) != _FIELD_ORDER * count
            or list(map(type, chain.from_iterable(map(dict.values, entries)))) != _FIELD_TYPES * count
        ):
            return False
    except TypeError:
        return False
    time = list(map(_TIME_FIELD, entries))
    return (
        list(map(_SEQ, entries)) == list(range(first_seq, first_seq + count))
        and all(map(_FAST_TIME.fullmatch, time))
        and _dates_valid(set(map(_TO_DATE, time)))
    )


def _dates_valid(dates: set[str]) -> bool:
    """Whether every distinct `YYYY-MM-DD` is a real date (checked once per day, not per entry)."""
    try:
        deque(map(date.fromisoformat, dates), maxlen=0)
    except ValueError:
        return False
    return True


_Result = tuple[tuple[int, str] | None, list[bytes]]


class _Blocks:
    """Checks and leaf-hashes blocks of lines, here or in a pool, handing back leaves in order.

    With workers, this process only reads, hashes the file and merges the tree's interior
    nodes; each worker checks a block's entries and hashes its leaves. The first problem
    found (blocks are collected in file order) is kept; later blocks are only hashed.
    """

    def __init__(self, workers: int) -> None:
        self.found: tuple[int, str] | None = None
        self.pending: deque[tuple[bytes, int, concurrent.futures.Future[_Result]]] = deque()
        self.limit = 2 * workers
        self.pool: concurrent.futures.ProcessPoolExecutor | None = None
        if workers > 1:
            # "spawn": safe even when the caller runs threads (a GUI), and on every platform.
            context = multiprocessing.get_context("spawn")
            self.pool = concurrent.futures.ProcessPoolExecutor(workers, mp_context=context, initializer=gc.disable)

    def submit(self, block: bytes, first_seq: int) -> list[list[bytes]]:
        """Queue a block; return the leaf hashes of the blocks finished meanwhile, in order."""
        if self.pool is None:
            return [self._keep(check_and_hash(block, first_seq, check=self.found is None))]
        try:
            future = self.pool.submit(check_and_hash, block, first_seq, check=self.found is None)
        except concurrent.futures.process.BrokenProcessPool:  # a worker died: go on without the pool
            done = self.finish()
            done.append(self._keep(check_and_hash(block, first_seq, check=self.found is None)))
            return done
        self.pending.append((block, first_seq, future))
        done = []
        while len(self.pending) > self.limit:
            done.append(self._collect_oldest())
        return done

    def finish(self) -> list[list[bytes]]:
        """The leaf hashes of every block still in flight, in order."""
        try:
            return [self._collect_oldest() for _ in range(len(self.pending))]
        finally:
            self.close()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def _collect_oldest(self) -> list[bytes]:
        block, first_seq, future = self.pending.popleft()
        try:
            result = future.result()
        except concurrent.futures.process.BrokenProcessPool:
            result = check_and_hash(block, first_seq, check=True)  # a worker died: redo it here
        return self._keep(result)

    def _keep(self, result: _Result) -> list[bytes]:
        found, leaves = result
        if found is not None and self.found is None:
            self.found = found
        return leaves


def check_and_hash(block: bytes, first_seq: int, *, check: bool) -> _Result:
    """The first bad entry in `block` (if `check`) and the leaf hash of every line in it."""
    found = first_bad_entry(block, first_seq) if check else None
    lines = block.split(b"\n")
    lines.pop()
    return found, leaf_hashes(lines)


_CHECKER: _EntryChecker | None = None


def first_bad_entry(block: bytes, first_seq: int) -> tuple[int, str] | None:
    """(seq position, problem) of the first bad entry line in `block`, or None if all are good.

    `block` holds whole entry lines, each ending in a newline; its first line must be the
    entry with seq `first_seq`. The checks are those the verifier applies to entries.jsonl.
    """
    global _CHECKER  # noqa: PLW0603 - one checker per process, built on first use
    if _CHECKER is None:
        _CHECKER = _EntryChecker()
    start, seq = 0, first_seq
    while start < len(block):
        end = block.rfind(b"\n", start, start + _CHECK_BYTES) + 1 or block.index(b"\n", start) + 1
        part = block[start:end]
        found = _CHECKER.first_problem(part, seq)
        if found is not None:
            return seq + found[0], found[1]
        seq += part.count(b"\n")
        start = end
    return None


_EMPTY_ROOT = hashlib.sha256(b"").digest()
_BLOCK_HEIGHT = 12  # leaves are merged into the tree in aligned perfect subtrees of 2**12
_BLOCK_LEAVES = 1 << _BLOCK_HEIGHT


def leaf_hashes(lines: list[bytes]) -> list[bytes]:
    """SHA-256(0x00 || line) of every line, in order (RFC 6962 leaf hashes)."""
    sha256 = hashlib.sha256
    return [sha256(b"\x00" + line).digest() for line in lines]


class _LeafBlocks:
    """Leaf hashes taken in aligned blocks of `_BLOCK_LEAVES`, from leaf `start` (a block boundary) on."""

    def __init__(self, start: int = 0) -> None:
        self._done = start  # leaves before the first one not yet in a whole block
        self._pending: list[bytes] = []  # leaf hashes after them (fewer than a block)

    @property
    def size(self) -> int:
        """How many leaves there are, those before `start` included."""
        return self._done + len(self._pending)

    def add_lines(self, lines: list[bytes]) -> None:
        """Add one leaf per line (the entry bytes, without their newline)."""
        self.add_leaves(leaf_hashes(lines))

    def add_leaves(self, leaves: list[bytes]) -> None:
        """Add leaf hashes in order; each whole block goes to `_add_block`."""
        pending = self._pending + leaves if self._pending else leaves  # never changes the caller's list
        start = 0
        while len(pending) - start >= _BLOCK_LEAVES:
            self._add_block(pending[start : start + _BLOCK_LEAVES])
            self._done += _BLOCK_LEAVES
            start += _BLOCK_LEAVES
        self._pending = pending[start:] if start else pending

    def _add_block(self, leaves: list[bytes]) -> None:
        raise NotImplementedError


class TreeHasher(_LeafBlocks):
    """The RFC 6962 tree over streamed leaves, with the root at chosen sizes along the way.

    Leaves are taken in aligned blocks of `_BLOCK_LEAVES`: each block is hashed level by
    level (one list comprehension per level, the tightest loop CPython offers), and its
    root joins a compact range of block roots. The levels of the block in hand give the
    compact range at any size inside it, so the root at a chosen size costs a few hashes
    and never a second pass. The tree is the same as leaf-by-leaf appending builds: a
    node of height h covers leaves [i * 2**h, (i + 1) * 2**h), exactly as in RFC 6962.
    A `TreePart` hashed elsewhere (another process) over the leaves that follow joins it.
    """

    def __init__(self, sizes: Iterable[int] = ()) -> None:
        super().__init__()
        self.roots: dict[int, bytes] = {0: _EMPTY_ROOT}
        self._stops = sorted({size for size in sizes if size > 0}, reverse=True)  # next stop last
        self._blocks: list[bytes] = []  # one root per set bit of the number of whole blocks

    def root(self) -> bytes:
        """The root of all leaves so far (and the roots at chosen sizes they reach)."""
        levels = _levels(self._pending)
        self._record_stops(levels, len(self._pending))
        return _fold([*self._blocks, *_compact_range(levels, len(self._pending))])

    def join(self, part: TreePart) -> None:
        """Add the leaves of `part`, which starts where this tree's whole blocks end."""
        if self._pending or part.start != self._done:
            msg = f"a part from leaf {part.start} cannot follow {self.size} leaves"
            raise ValueError(msg)
        for node in part.block_roots:
            while self._stops and self._stops[-1] <= self._done + _BLOCK_LEAVES:
                size = self._stops.pop()
                self.roots[size] = _fold([*self._blocks, *part.inside[size]])
            self._push(node)
            self._done += _BLOCK_LEAVES
        self.add_leaves(part.loose)

    def _add_block(self, leaves: list[bytes]) -> None:
        levels = _levels(leaves)
        self._record_stops(levels, _BLOCK_LEAVES)
        self._push(levels[-1][0])

    def _push(self, node: bytes) -> None:
        """Append the root of the whole block that starts at leaf `_done`."""
        count = self._done >> _BLOCK_HEIGHT
        while count & 1:  # each trailing 1 bit is a run of blocks of equal height to merge with
            node = hashlib.sha256(b"\x01" + self._blocks.pop() + node).digest()
            count >>= 1
        self._blocks.append(node)

    def _record_stops(self, levels: list[list[bytes]], count: int) -> None:
        stops, done = self._stops, self._done
        while stops and stops[-1] <= done + count:
            size = stops.pop()
            self.roots[size] = _fold([*self._blocks, *_compact_range(levels, size - done)])


class TreePart(_LeafBlocks):
    """The tree's pieces over the leaves from `start` (a block boundary) on.

    Hashed without the leaves before them: the root of each whole block, and for each
    chosen size inside a block the compact range of that block up to it.
    `TreeHasher.join` makes them part of the whole tree.
    """

    def __init__(self, start: int, sizes: Iterable[int] = ()) -> None:
        if start % _BLOCK_LEAVES:
            msg = f"a part must start on a block boundary, not at leaf {start}"
            raise ValueError(msg)
        super().__init__(start)
        self.start = start
        self.block_roots: list[bytes] = []
        self.inside: dict[int, list[bytes]] = {}
        self._stops = sorted({size for size in sizes if size > start}, reverse=True)

    @property
    def loose(self) -> list[bytes]:
        """The leaf hashes after the last whole block."""
        return self._pending

    def _add_block(self, leaves: list[bytes]) -> None:
        levels = _levels(leaves)
        while self._stops and self._stops[-1] <= self._done + _BLOCK_LEAVES:
            size = self._stops.pop()
            self.inside[size] = _compact_range(levels, size - self._done)
        self.block_roots.append(levels[-1][0])


def _levels(leaves: list[bytes]) -> list[list[bytes]]:
    """Every level of the perfect subtrees over `leaves`, leaves first.

    Level h holds the root of leaves [i * 2**h, (i + 1) * 2**h) for every such range
    that `leaves` holds whole.
    """
    sha256 = hashlib.sha256
    levels = [leaves]
    level = leaves
    while len(level) > 1:
        pairs = iter(level)  # zip(pairs, pairs) takes them two by two and drops an odd last one
        level = [sha256(b"\x01" + left + right).digest() for left, right in zip(pairs, pairs, strict=False)]
        levels.append(level)
    return levels


def _compact_range(levels: list[list[bytes]], count: int) -> list[bytes]:
    """The roots of the perfect subtrees that make up the first `count` leaves, largest first."""
    heights = reversed(range(count.bit_length()))
    return [levels[height][(count >> height) - 1] for height in heights if count >> height & 1]


def _default_workers(file_size: int) -> int:
    """Processes that check and hash blocks while this one reads and merges the tree.

    Workers cost a fresh interpreter each, so small exports are checked here. With fewer
    than `_PARALLEL_CPUS` CPUs everything runs here too: on a shared two-CPU machine two
    workers measured between 0.8x and 1.3x the speed of none (bench_audit_verify), not
    worth the extra load. Otherwise one worker per CPU but one, at most `_MAX_WORKERS`.
    """
    if file_size < _PARALLEL_FROM:
        return 1
    cpus = _usable_cpus()
    return 1 if cpus < _PARALLEL_CPUS else min(cpus - 1, _MAX_WORKERS)


def _usable_cpus() -> int:
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity is not None else (os.cpu_count() or 1)


def _fast_path_helper(file_size: int, workers: int | None) -> bool:
    """Whether the fast check hands the first half of the lines to a helper process.

    By default, for an export of at least `_SPLIT_FROM` bytes when a CPU is free: below
    that size, starting the helper (a fresh interpreter, about 0.2 s) costs about what it
    saves. `workers` 1 keeps everything in this process; 2 or more always uses the helper.
    """
    if workers is not None:
        return workers > 1
    if file_size < _SPLIT_FROM:
        return False
    # A CPU is free for the helper when the load average (this process included) leaves
    # one: where every CPU is busy (a shared machine), the helper only adds the cost of
    # starting it (bench_audit_verify: 0.81x the speed of one process at load 3 on 2 CPUs).
    cpus = _usable_cpus()
    return cpus >= 2 and cpus - _load_average() >= 1  # noqa: PLR2004 - this process and the helper


def _load_average() -> float:
    """Runnable processes over the last minute (0 where the system does not say, as on Windows)."""
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return 0.0


def _scan_entries(path: Path, targets: set[int], report: Report, workers: int | None) -> tuple[dict[int, bytes], str]:
    """Check every entry line and recompute the tree once, streaming in large blocks.

    Returns the tree root at each size in `targets` (and 0) and the file's SHA-256.
    """
    if workers is None:
        workers = _default_workers(path.stat().st_size)
    tree = TreeHasher(targets)
    file_hash = hashlib.sha256()
    pending: list[bytes] = []  # the start of a line the next block finishes
    gc_was_enabled = gc.isenabled()
    gc.disable()  # the scan creates no reference cycles; collecting would only slow it
    blocks = _Blocks(workers)
    seq = 0  # the seq of the next block's first line
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                file_hash.update(chunk)
                cut = chunk.rfind(b"\n") + 1
                if cut == 0:
                    pending.append(chunk)
                    continue
                block = b"".join((*pending, chunk[:cut])) if pending else chunk[:cut]
                pending = [chunk[cut:]] if cut < len(chunk) else []
                for leaves in blocks.submit(block, seq):
                    tree.add_leaves(leaves)
                seq += block.count(b"\n")
        for leaves in blocks.finish():
            tree.add_leaves(leaves)
    finally:
        blocks.close()
        if gc_was_enabled:
            gc.enable()
    found = blocks.found
    if found is not None:
        report.failures.append(
            f"{ENTRIES_FILE} line {found[0] + 1}: {found[1]}. This is the first bad entry; "
            "entries from here on are not trustworthy."
        )
    if pending:
        report.failures.append(
            f"{ENTRIES_FILE} line {tree.size + 1}: the last line has no final newline: "
            "the file was cut short (truncated)."
        )
    report.entries = tree.size
    report.form_checked = tree.size if found is None else found[0] + 1  # up to the first bad one
    report.root = tree.root().hex()
    return tree.roots, file_hash.hexdigest()


def _scan_sealed(
    path: Path, against: _Against, sealed: int, report: Report, workers: int | None
) -> tuple[dict[int, bytes], str] | None:
    """The fast check: hash every line into the tree; check only lines from `sealed` on.

    Reads large chunks, splits them into lines with one bytes method call, hashes the
    leaves and the tree in tight loops (`TreeHasher`), and hashes the whole file for the
    manifest in a thread on the way (hashlib lets go of the GIL for large data). Lines
    before `sealed` are only hashed: the caller accepts them only if the signed roots
    match. Returns the roots at every signed size and the file's SHA-256, or None as soon
    as a signed root differs, a tail entry is bad or the file ends inside a line (the
    caller then runs the thorough check, which names the problem). A large export is
    hashed in two halves at once when a CPU is free (`_scan_sealed_split`).
    """
    signed = sorted({(size, root) for size, _, root, _ in against.checkpoints}, reverse=True)  # next last
    if against.last is not None:
        signed = sorted({*signed, against.last[1:]}, reverse=True)
    targets = {size for size, _ in signed}
    if _fast_path_helper(path.stat().st_size, workers):
        try:
            return _scan_sealed_split(path, targets, sealed, report)
        except _HelperLost:
            pass  # the helper could not start or died: the whole check runs here instead
    tree = TreeHasher(targets)
    lines_of = _Lines(path)
    with _no_collection(), contextlib.closing(lines_of.read()) as chunks:
        for lines in chunks:
            checked = _add_checked(tree, lines, sealed)
            if checked is None:
                return None
            report.form_checked += checked
            while signed and signed[-1][0] in tree.roots:
                size, root = signed.pop()
                if tree.roots[size] != root:
                    return None
    if lines_of.cut_short:
        return None
    report.entries = tree.size
    report.root = tree.root().hex()
    return tree.roots, lines_of.digest


class _HelperLost(Exception):
    """The fast check's helper process could not start or did not finish."""


def _scan_sealed_split(
    path: Path, targets: set[int], sealed: int, report: Report
) -> tuple[dict[int, bytes], str] | None:
    """`_scan_sealed` on two CPUs: a helper process hashes the first half of the lines.

    The helper is started first (a fresh interpreter takes a while), then this process
    finds the split (`_split_point`: a block boundary near the middle) and hands the
    helper the lines before it (`first_part`). Meanwhile this process hashes the rest into
    a `TreePart`, which needs nothing from the first half because it starts on a block
    boundary, and a thread hashes the whole file for the manifest. The part then joins the
    helper's tree: the same roots, at the same sizes, as one pass. Only the helper's tree
    (a few dozen hashes and the roots at its signed sizes) comes back, never the lines.
    Returns None as `_scan_sealed` does; raises `_HelperLost` if the helper fails or the
    file has too few lines to split.
    """
    context = multiprocessing.get_context("spawn")  # safe when the caller runs threads (a GUI)
    try:
        helper = concurrent.futures.ProcessPoolExecutor(1, mp_context=context, initializer=gc.disable)
        helper.submit(int)  # starts the interpreter while the split is found
    except (OSError, RuntimeError) as exc:
        raise _HelperLost from exc
    with helper, concurrent.futures.ThreadPoolExecutor(1) as hashing:
        split = _split_point(path, path.stat().st_size // 2)
        if split is None:
            raise _HelperLost  # too few lines for a second block: one process does it all
        lines, offset = split
        try:
            first_half = helper.submit(first_part, str(path), offset, lines, sorted(targets), sealed)
        except (concurrent.futures.process.BrokenProcessPool, RuntimeError) as exc:
            raise _HelperLost from exc
        digest = hashing.submit(_sha256_file, path)
        part = TreePart(lines, targets)
        lines_of = _Lines(path, start=offset, hash_file=False)
        with _no_collection():
            checked = _add_all_checked(part, lines_of, sealed)
        try:
            first = first_half.result()
        except (concurrent.futures.process.BrokenProcessPool, OSError) as exc:
            raise _HelperLost from exc
        file_digest = digest.result()
    if checked is None or first is None or lines_of.cut_short:
        return None
    tree, first_checked = first
    tree.join(part)
    report.form_checked += first_checked + checked
    report.helpers = 1
    report.entries = tree.size
    report.root = tree.root().hex()
    return tree.roots, file_digest


def first_part(path: str, stop: int, lines: int, targets: list[int], sealed: int) -> tuple[TreeHasher, int] | None:
    """The helper's half of the fast check: the tree over the first `lines` lines, which end at byte `stop`.

    Returns the tree there (with the roots at the signed sizes it reached) and how many
    lines from `sealed` on it checked one by one; None if one of those was bad or the file
    no longer has `lines` lines there (it changed under the check).
    """
    tree = TreeHasher(targets)
    checked = _add_all_checked(tree, _Lines(Path(path), stop=stop, hash_file=False), sealed)
    if checked is None or tree.size != lines:
        return None
    return tree, checked


def _split_point(path: Path, middle: int) -> tuple[int, int] | None:
    """Where the first half of the lines ends: (lines in it, byte offset after its last newline).

    The count is the first multiple of `_BLOCK_LEAVES` above the number of newlines in the
    first `middle` bytes, so the second half starts on a block boundary. None when the file
    has fewer lines than that (the first half is then all of it).
    """
    with path.open("rb") as handle:
        seen = offset = 0
        while offset < middle and (chunk := handle.read(min(_CHUNK, middle - offset))):
            seen += chunk.count(b"\n")
            offset += len(chunk)
        lines = (seen // _BLOCK_LEAVES + 1) * _BLOCK_LEAVES
        while chunk := handle.read(_CHUNK):
            found = chunk.count(b"\n")
            if seen + found >= lines:
                end = -1
                for _ in range(lines - seen):
                    end = chunk.index(b"\n", end + 1)
                return lines, offset + end + 1
            seen += found
            offset += len(chunk)
    return None


def _add_all_checked(tree: _LeafBlocks, lines_of: _Lines, sealed: int) -> int | None:
    """Add every line `lines_of` reads to `tree`; the lines checked one by one, or None if one was bad."""
    total = 0
    with contextlib.closing(lines_of.read()) as chunks:  # stopped early: the file is closed now
        for lines in chunks:
            checked = _add_checked(tree, lines, sealed)
            if checked is None:
                return None
            total += checked
    return total


def _add_checked(tree: _LeafBlocks, lines: list[bytes], sealed: int) -> int | None:
    """Add `lines` (the next ones) to `tree`, checking one by one those from line `sealed` on.

    Returns how many were checked, or None if one of them is not a good entry.
    """
    first = tree.size
    checked = 0
    if first + len(lines) > sealed:
        skip = max(sealed - first, 0)
        tail = lines[skip:] if skip else lines
        if first_bad_entry(b"\n".join(tail) + b"\n", first + skip) is not None:
            return None
        checked = len(tail)
    tree.add_lines(lines)
    return checked


@contextlib.contextmanager
def _no_collection() -> Generator[None, None, None]:
    """No garbage collection inside: the scans create no reference cycles; collecting would only slow them."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _Lines:
    """The lines of a file (without their newlines), a large chunk at a time.

    From byte `start` (the start of a line) to `stop` (just after a newline) or the end.
    With `hash_file` (the whole file only) it is hashed on the way, in a thread: hashlib
    lets go of the GIL for large data, so on a second CPU that costs the reader nothing.
    Once `read` to the end, `digest` is the file's SHA-256 and `cut_short` says whether
    it ended inside a line (that last piece is not yielded).
    """

    def __init__(self, path: Path, start: int = 0, stop: int | None = None, *, hash_file: bool = True) -> None:
        self.path = path
        self.start, self.stop = start, stop
        self.hash_file = hash_file and start == 0 and stop is None
        self.digest = ""
        self.cut_short = False

    def read(self) -> Generator[list[bytes], None, None]:
        """The lines of each chunk, in order (the first may end a line the last chunk began)."""
        file_hash = hashlib.sha256()
        pending: list[bytes] = []  # the start of a line the next chunk finishes
        left = -1 if self.stop is None else self.stop - self.start  # bytes still to read (-1: to the end)
        with concurrent.futures.ThreadPoolExecutor(1) as hashing, self.path.open("rb") as handle:
            handle.seek(self.start)
            hashed = hashing.submit(file_hash.update, b"")
            while left and (chunk := handle.read(_CHUNK if left < 0 else min(_CHUNK, left))):
                left -= len(chunk) if left > 0 else 0
                if self.hash_file:
                    hashed.result()  # the chunks are hashed in order, one at a time
                    hashed = hashing.submit(file_hash.update, chunk)
                lines = chunk.split(b"\n")
                rest = lines.pop()
                if not lines:
                    pending.append(rest)
                    continue
                if pending:
                    lines[0] = b"".join((*pending, lines[0]))
                pending = [rest] if rest else []
                yield lines
            hashed.result()
        self.digest = file_hash.hexdigest() if self.hash_file else ""
        self.cut_short = bool(pending)


def _entry_problem(line: bytes, expected: int, decode: Any, encode: Any) -> str | None:
    """Why `line` is not the canonical entry with seq `expected`, or None if it is."""
    try:
        text = line.decode("utf-8")
        entry = decode(text)
    except (UnicodeDecodeError, ValueError, RecursionError, _Refused) as exc:
        why = "is nested too deeply to be an entry" if isinstance(exc, RecursionError) else "is not a valid JSON entry"
        return f"(expected seq {expected}) {why}"
    if type(entry) is not dict or entry.keys() != _FIELDS:
        return f"(expected seq {expected}) does not have exactly the entry fields"
    problem = _seq_problem(entry["seq"], expected) or _field_problem(entry)
    if problem is not None:
        return problem
    try:
        canonical = encode(entry)
    except (ValueError, RecursionError):
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
    """The root over a compact range (subtree roots, largest first); the empty tree's if none."""
    if not nodes:
        return _EMPTY_ROOT
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
        "--thorough",
        action="store_true",
        help="check every entry one by one, also those a verified checkpoint seals (slower)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        help="processes to use: 1 keeps all the work in this one; 2 or more let a helper hash half the lines "
        f"of the usual check and N workers check entries one by one when that is needed (default: a helper for "
        f"exports of {_SPLIT_FROM >> 20} MiB or more when a CPU is free; workers, one per CPU, for large exports "
        "on 4+ CPUs)",
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
            thorough=args.thorough,
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

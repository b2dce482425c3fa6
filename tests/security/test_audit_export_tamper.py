"""Every way an audit export can be tampered with is detected and named.

Each test builds a real export (real Ed25519 keys, real checkpoints, the real export
writer), tampers with it the way an attacker would, and checks that the verifier fails
and that its message names the first bad entry (line and seq) or the bad checkpoint
file. Several run the standalone `verify_audit.py` copied into the export, in a
subprocess, exactly as an auditor would.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core import schema_core
from app.core.audit import verify_audit
from app.core.audit.entry import canonical_entry, parse_entry
from app.core.audit.export import write_export
from app.core.audit.log import AuditLog as StoredLog
from app.core.audit.merkle import Frontier, leaf_hash
from app.core.audit.note import format_checkpoint, sign_note, verifier_line
from app.core.audit.verify_audit import Report, verify_export
from app.core.errors import AlreadyExists, AuditIntegrityError, Cancelled, OperationFailed, UsageError

ORIGIN = "airlock/5f1c0c1e-test"
SIZES = (10, 25, 50)
COUNT = 60


@dataclass
class AuditLog:
    """An appliance's log as the export writer receives it."""

    key: Ed25519PrivateKey
    line: str
    entries: list[bytes]
    checkpoints: list[str]


def make_entry(number: int, **changes: Any) -> bytes:
    seq = number
    fields: dict[str, Any] = {
        "seq": seq,
        "time": f"2025-03-{1 + seq % 28:02d}T10:{seq % 60:02d}:00Z",
        "actor": ["alice", "bob", "zoë"][seq % 3],
        "action": ["node.enroll", "bundle.import", "deploy"][seq % 3],
        "target": f"gpu-{seq:03d}",
        "outcome": "ok",
        "details": {"n": seq, "note": "línea"},
    }
    fields.update(changes)
    return canonical_entry(**fields)


def sign_checkpoints(entries: list[bytes], sizes: tuple[int, ...], key: Ed25519PrivateKey) -> list[str]:
    frontier = Frontier()
    notes = []
    for entry in entries:
        frontier.append(leaf_hash(entry))
        if frontier.size in sizes:
            notes.append(sign_note(format_checkpoint(ORIGIN, frontier.size, frontier.root()), ORIGIN, key))
    return notes


def make_log(count: int = COUNT, sizes: tuple[int, ...] = SIZES) -> AuditLog:
    key = Ed25519PrivateKey.generate()
    entries = [make_entry(seq) for seq in range(count)]
    return AuditLog(key, verifier_line(ORIGIN, key.public_key()), entries, sign_checkpoints(entries, sizes, key))


def export(tmp_path: Path, log: AuditLog, name: str = "export") -> Path:
    return write_export(tmp_path, iter(log.entries), log.checkpoints, log.line, name=name).path


def pin(tmp_path: Path, line: str) -> Path:
    key_file = tmp_path / "pinned.key"
    key_file.write_text(line + "\n")
    return key_file


def read_lines(directory: Path) -> list[bytes]:
    return (directory / "entries.jsonl").read_bytes().splitlines()


def write_lines(directory: Path, lines: list[bytes]) -> None:
    (directory / "entries.jsonl").write_bytes(b"".join(line + b"\n" for line in lines))


def remanifest(directory: Path) -> None:
    """What an attacker without the key can always do: recompute the file hashes."""
    rows = []
    for path in sorted(directory.rglob("*")):
        relative = path.relative_to(directory).as_posix()
        if path.is_file() and relative != "MANIFEST.sha256":
            rows.append(f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {relative}\n")
    (directory / "MANIFEST.sha256").write_text("".join(rows))


def resign(directory: Path, key: Ed25519PrivateKey, sizes: tuple[int, ...] = SIZES) -> None:
    """What an attacker holding a signing key can do: new checkpoints over the new lines."""
    folder = directory / "checkpoints"
    for old in folder.iterdir():
        old.unlink()
    for note in sign_checkpoints(read_lines(directory), sizes, key):
        size = int(note.split("\n")[1])
        (folder / f"{size:010d}.txt").write_text(note)
    remanifest(directory)


def run_verifier(directory: Path, key_file: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Run the copy of the verifier shipped in the export, isolated from the repository."""
    return subprocess.run(
        [sys.executable, "-I", str(directory / "verify_audit.py"), str(directory), "--key", str(key_file), *extra],
        capture_output=True,
        text=True,
        check=False,
        cwd=directory,
        timeout=60,
    )


def failures_text(report: Report) -> str:
    assert not report.ok, "the tampered export verified"
    return "\n".join(report.failures)


@pytest.fixture
def log() -> AuditLog:
    return make_log()


def test_untouched_export_verifies(tmp_path: Path, log: AuditLog) -> None:
    directory = export(tmp_path, log)
    report = verify_export(directory, log.line)
    assert report.ok, report.failures
    assert (report.entries, report.sealed_size, report.unsealed_tail) == (60, 50, 10)
    result = run_verifier(directory, pin(tmp_path, log.line), "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout)["ok"] is True


FIELD_CHANGES = {
    "seq": {"seq": 31},
    "time": {"time": "2025-03-03T10:30:01Z"},
    "actor": {"actor": "mallory"},
    "action": {"action": "audit.export"},
    "target": {"target": "gpu-999"},
    "outcome": {"outcome": "refused"},
    "details": {"details": {"n": 30, "note": "línea", "approved_by": "bob"}},
}


@pytest.mark.parametrize("field", sorted(FIELD_CHANGES))
def test_modified_field_is_detected(tmp_path: Path, log: AuditLog, field: str) -> None:
    directory = export(tmp_path, log)
    lines = read_lines(directory)
    lines[30] = make_entry(30, **FIELD_CHANGES[field])
    write_lines(directory, lines)
    remanifest(directory)
    failures = failures_text(verify_export(directory, log.line))
    # Sealed by the checkpoint at 50; the last good checkpoint is 25, so lines 26..50.
    assert "checkpoints/0000000050.txt" in failures
    assert "lines 26..50 (seq 25..49)" in failures
    assert "checkpoints/0000000025.txt" not in failures
    if field == "seq":
        assert "entries.jsonl line 31: has seq 31 where seq 30 was expected" in failures


def test_modified_entry_without_new_manifest_is_named_by_the_manifest(tmp_path: Path, log: AuditLog) -> None:
    directory = export(tmp_path, log)
    lines = read_lines(directory)
    lines[3] = make_entry(3, actor="mallory")
    write_lines(directory, lines)
    failures = failures_text(verify_export(directory, log.line))
    assert "entries.jsonl does not match its hash in MANIFEST.sha256" in failures
    assert "checkpoints/0000000010.txt" in failures
    assert "lines 1..10 (seq 0..9)" in failures
    result = run_verifier(directory, pin(tmp_path, log.line))
    assert result.returncode == 1
    assert "checkpoints/0000000010.txt" in result.stdout
    assert "Result: VERIFICATION FAILED" in result.stdout


def test_hand_edited_entry_is_not_canonical(tmp_path: Path, log: AuditLog) -> None:
    directory = export(tmp_path, log)
    lines = read_lines(directory)
    lines[12] = lines[12].replace(b'"outcome":"ok"', b'"outcome": "ok"')
    write_lines(directory, lines)
    remanifest(directory)
    failures = failures_text(verify_export(directory, log.line))
    assert "entries.jsonl line 13: (seq 12) is not in canonical form" in failures
    assert "checkpoints/0000000025.txt" in failures


def test_deleted_entry_is_detected(tmp_path: Path, log: AuditLog) -> None:
    directory = export(tmp_path, log)
    lines = read_lines(directory)
    del lines[20]
    write_lines(directory, lines)
    remanifest(directory)
    failures = failures_text(verify_export(directory, log.line))
    assert "entries.jsonl line 21: has seq 21 where seq 20 was expected: seq 20 is missing" in failures
    assert "checkpoints/0000000025.txt" in failures
    result = run_verifier(directory, pin(tmp_path, log.line))
    assert result.returncode == 1
    assert "entries.jsonl line 21" in result.stdout


def test_inserted_entry_is_detected(tmp_path: Path, log: AuditLog) -> None:
    directory = export(tmp_path, log)
    lines = read_lines(directory)
    lines.insert(20, make_entry(20, actor="mallory", action="account.add"))
    write_lines(directory, lines)
    remanifest(directory)
    failures = failures_text(verify_export(directory, log.line))
    assert "entries.jsonl line 22: has seq 20 where seq 21 was expected: an entry was inserted" in failures
    assert "checkpoints/0000000025.txt" in failures


def test_inserted_entry_with_renumbered_tail_is_detected(tmp_path: Path, log: AuditLog) -> None:
    directory = export(tmp_path, log)
    lines = [parse_entry(line) for line in read_lines(directory)]
    lines.insert(20, {**lines[20], "actor": "mallory"})
    renumbered = [canonical_entry(**{**entry, "seq": seq}) for seq, entry in enumerate(lines)]
    write_lines(directory, renumbered)
    remanifest(directory)
    report = verify_export(directory, log.line)
    failures = failures_text(report)
    assert "entries.jsonl line" not in failures  # structurally perfect
    assert "checkpoints/0000000025.txt: the signed root of the first 25 entries" in failures
    assert "lines 11..25" in failures


def test_reordered_entries_are_detected(tmp_path: Path, log: AuditLog) -> None:
    directory = export(tmp_path, log)
    lines = read_lines(directory)
    lines[5], lines[6] = lines[6], lines[5]
    write_lines(directory, lines)
    remanifest(directory)
    failures = failures_text(verify_export(directory, log.line))
    assert "entries.jsonl line 6: has seq 6 where seq 5 was expected" in failures
    assert "checkpoints/0000000010.txt" in failures


def test_truncated_file_is_detected(tmp_path: Path, log: AuditLog) -> None:
    directory = export(tmp_path, log)
    write_lines(directory, read_lines(directory)[:40])
    remanifest(directory)
    report = verify_export(directory, log.line)
    failures = failures_text(report)
    assert "checkpoints/0000000050.txt: it seals 50 entries but entries.jsonl holds only 40" in failures
    assert report.sealed_size == 25
    result = run_verifier(directory, pin(tmp_path, log.line))
    assert result.returncode == 1
    assert "truncation" in result.stdout


def test_file_cut_mid_line_is_detected(tmp_path: Path, log: AuditLog) -> None:
    directory = export(tmp_path, log)
    data = (directory / "entries.jsonl").read_bytes()
    cut = data.index(b"\n", len(data) // 2) + 40
    (directory / "entries.jsonl").write_bytes(data[:cut])
    remanifest(directory)
    failures = failures_text(verify_export(directory, log.line))
    assert "has no final newline" in failures
    assert "checkpoints/0000000050.txt" in failures


def test_dropped_checkpoint_is_a_gap_the_manifest_catches(tmp_path: Path, log: AuditLog) -> None:
    directory = export(tmp_path, log)
    (directory / "checkpoints" / "0000000025.txt").unlink()
    failures = failures_text(verify_export(directory, log.line))
    assert "checkpoints/0000000025.txt is listed in MANIFEST.sha256 but missing" in failures


def _edit_checkpoint(directory: Path, size: int, edit: Any) -> None:
    path = directory / "checkpoints" / f"{size:010d}.txt"
    path.write_text(edit(path.read_text()))
    remanifest(directory)


def _other_root(note: str) -> str:
    lines = note.split("\n")
    lines[2] = "A" * 43 + "="
    return "\n".join(lines)


def _other_size(note: str) -> str:
    return note.replace("\n25\n", "\n24\n", 1)


def _other_signature(note: str) -> str:
    head, signature = note.rstrip("\n").rsplit(" ", 1)
    flipped = ("B" if signature[10] == "A" else "A").join((signature[:10], signature[11:]))
    return f"{head} {flipped}\n"


@pytest.mark.parametrize("edit", [_other_root, _other_size, _other_signature])
def test_altered_checkpoint_is_detected(tmp_path: Path, log: AuditLog, edit: Any) -> None:
    directory = export(tmp_path, log)
    _edit_checkpoint(directory, 25, edit)
    report = verify_export(directory, log.line)
    failures = failures_text(report)
    assert "checkpoints/0000000025.txt: its signature by airlock/5f1c0c1e-test+" in failures
    assert "does not verify" in failures
    assert [c.signature_ok for c in report.checkpoints] == [True, False, True]


def test_renamed_checkpoint_is_detected(tmp_path: Path, log: AuditLog) -> None:
    directory = export(tmp_path, log)
    folder = directory / "checkpoints"
    (folder / "0000000025.txt").rename(folder / "0000000026.txt")
    remanifest(directory)
    failures = failures_text(verify_export(directory, log.line))
    assert "checkpoints/0000000026.txt: its file name says tree size 26" in failures


def test_swapped_verifier_key_is_caught_by_the_pinned_key(tmp_path: Path, log: AuditLog) -> None:
    directory = export(tmp_path, log)
    forger = Ed25519PrivateKey.generate()
    forged_line = verifier_line(ORIGIN, forger.public_key())
    lines = read_lines(directory)
    lines[7] = make_entry(7, actor="mallory")
    write_lines(directory, lines)
    (directory / "verifier.key").write_text(forged_line + "\n")
    resign(directory, forger)
    # Trusting the key inside the export would accept the forgery ...
    assert verify_export(directory, forged_line).ok
    # ... the key the auditor pinned does not.
    failures = failures_text(verify_export(directory, log.line))
    assert "verifier.key in the export names the key" in failures
    assert "checkpoints/0000000010.txt: it carries no signature by the pinned key" in failures
    assert "No checkpoint signed by the pinned key" in failures
    result = run_verifier(directory, pin(tmp_path, log.line))
    assert result.returncode == 1
    assert "not the key you pinned" in result.stdout


def test_full_rewrite_with_new_manifest_is_caught_by_signatures(tmp_path: Path, log: AuditLog) -> None:
    directory = export(tmp_path, log)
    rewritten = [make_entry(seq, actor="mallory") for seq in range(COUNT)]
    write_lines(directory, rewritten)
    remanifest(directory)
    report = verify_export(directory, log.line)
    failures = failures_text(report)
    assert "checkpoints/0000000010.txt: the signed root of the first 10 entries does not match" in failures
    assert "lines 1..10 (seq 0..9)" in failures
    assert all(result.root_ok is False for result in report.checkpoints)
    assert report.sealed_size == 0


def _kept_checkpoint(tmp_path: Path, directory: Path, size: int) -> Path:
    kept = tmp_path / f"kept-{size}.txt"
    kept.write_bytes((directory / "checkpoints" / f"{size:010d}.txt").read_bytes())
    return kept


def test_forked_history_is_caught_only_by_the_last_checkpoint(tmp_path: Path, log: AuditLog) -> None:
    earlier = export(tmp_path, log, name="earlier")
    kept = _kept_checkpoint(tmp_path, earlier, 50)
    # The appliance (or whoever holds its key) rewrites history and signs it afresh.
    later = export(tmp_path, log, name="later")
    lines = read_lines(later)
    lines[5] = make_entry(5, outcome="refused")
    write_lines(later, lines)
    resign(later, log.key)
    assert verify_export(later, log.line).ok  # self-consistent on its own
    report = verify_export(later, log.line, kept.read_text(), last_checkpoint_label="kept-50.txt")
    failures = failures_text(report)
    assert "kept-50.txt (tree size 50) does not match this export's first 50 entries" in failures
    assert "forked" in failures
    result = run_verifier(later, pin(tmp_path, log.line), "--last-checkpoint", str(kept))
    assert result.returncode == 1
    assert f"The earlier checkpoint {kept}" in result.stdout
    assert "forked log" in result.stdout


def test_rolled_back_history_is_caught_by_the_last_checkpoint(tmp_path: Path, log: AuditLog) -> None:
    earlier = export(tmp_path, log, name="earlier")
    kept = _kept_checkpoint(tmp_path, earlier, 50)
    short = AuditLog(log.key, log.line, log.entries[:30], log.checkpoints[:2])
    later = export(tmp_path, short, name="later")
    assert verify_export(later, log.line).ok
    failures = failures_text(verify_export(later, log.line, kept.read_text()))
    assert "covers 50 entries but this export holds only 30" in failures


def test_extended_history_is_accepted_with_the_last_checkpoint(tmp_path: Path) -> None:
    log = make_log(count=60, sizes=(10, 25))
    earlier = export(tmp_path, AuditLog(log.key, log.line, log.entries[:25], log.checkpoints), name="earlier")
    kept = _kept_checkpoint(tmp_path, earlier, 25)
    grown = AuditLog(log.key, log.line, log.entries, sign_checkpoints(log.entries, (10, 25, 60), log.key))
    later = export(tmp_path, grown, name="later")
    report = verify_export(later, log.line, kept.read_text())
    assert report.ok, report.failures
    assert report.last_checkpoint == {"size": 25, "root": report.checkpoints[1].root, "consistent": True}
    result = run_verifier(later, pin(tmp_path, log.line), "--last-checkpoint", str(kept))
    assert result.returncode == 0, result.stdout
    assert "extended" in result.stdout


def test_last_checkpoint_signed_by_another_key_is_rejected(tmp_path: Path, log: AuditLog) -> None:
    directory = export(tmp_path, log)
    stranger = make_log()
    failures = failures_text(verify_export(directory, log.line, stranger.checkpoints[0]))
    assert "the last checkpoint you kept: it carries no signature by the pinned key" in failures


def test_unsealed_tail_is_a_warning_not_a_failure(tmp_path: Path, log: AuditLog) -> None:
    directory = export(tmp_path, log)
    report = verify_export(directory, log.line)
    assert report.ok
    assert report.unsealed_tail == 10
    assert report.warnings == [
        (
            "Unsealed tail: entries seq 50..59 (lines 51..60) come after the newest verified "
            "checkpoint; no signature vouches for them yet."
        )
    ]
    result = run_verifier(directory, pin(tmp_path, log.line))
    assert result.returncode == 0
    assert "WARNING: Unsealed tail: entries seq 50..59" in result.stdout


def test_tampered_unsealed_tail_is_still_checked_for_form(tmp_path: Path, log: AuditLog) -> None:
    directory = export(tmp_path, log)
    lines = read_lines(directory)
    del lines[55]
    write_lines(directory, lines)
    remanifest(directory)
    failures = failures_text(verify_export(directory, log.line))
    assert "entries.jsonl line 56: has seq 56 where seq 55 was expected" in failures


def test_added_file_is_reported(tmp_path: Path, log: AuditLog) -> None:
    directory = export(tmp_path, log)
    (directory / "checkpoints" / "notes.txt").write_text("hello\n")
    failures = failures_text(verify_export(directory, log.line))
    assert "checkpoints/notes.txt is not listed in MANIFEST.sha256" in failures
    assert "checkpoints/notes.txt: is not named NNNNNNNNNN.txt" in failures


def test_symlinked_entries_are_refused(tmp_path: Path, log: AuditLog) -> None:
    directory = export(tmp_path, log)
    target = tmp_path / "elsewhere.jsonl"
    (directory / "entries.jsonl").rename(target)
    (directory / "entries.jsonl").symlink_to(target)
    failures = failures_text(verify_export(directory, log.line))
    assert "entries.jsonl is a link or special file" in failures


@pytest.mark.parametrize(
    "garbage",
    [
        b"",
        b"\x00\xff\xfe",
        b"[]\n",
        b"{}\n",
        b"not json at all\n",
        b'{"seq":NaN}\n',
        "\ud800".encode("utf-8", "surrogatepass") + b"\n",
    ],
)
def test_garbage_entries_file_fails_cleanly(tmp_path: Path, log: AuditLog, garbage: bytes) -> None:
    directory = export(tmp_path, log)
    (directory / "entries.jsonl").write_bytes(garbage)
    remanifest(directory)
    report = verify_export(directory, log.line)
    assert not report.ok
    assert "checkpoints/0000000010.txt" in failures_text(report)


# -- the fast check: sealed entries accepted on their signed roots, anything else checked in full --


def thorough_twin(directory: Path, log: AuditLog, last: str | None = None) -> tuple[Report, Report]:
    """The default (fast where it can be) report and the one that checks every entry."""
    return verify_export(directory, log.line, last), verify_export(directory, log.line, last, thorough=True)


def without_method(report: Report) -> dict[str, Any]:
    data = report.to_json()
    del data["fast_path"], data["form_checked"]
    return data


def test_untouched_export_takes_the_fast_path(tmp_path: Path, log: AuditLog) -> None:
    directory = export(tmp_path, log)
    kept = _kept_checkpoint(tmp_path, directory, 25).read_text()
    fast, thorough = thorough_twin(directory, log, kept)
    assert fast.ok, fast.failures
    assert (fast.fast_path, fast.form_checked) == (True, 10)  # only the unsealed tail, one by one
    assert (thorough.fast_path, thorough.form_checked) == (False, 60)
    assert without_method(fast) == without_method(thorough)
    assert "Checked:     seq 0..49 by the signed roots over their exact bytes; the 10 entries after" in fast.summary()
    assert "Checked:     60 entries one by one" in thorough.summary()
    result = run_verifier(directory, pin(tmp_path, log.line), "--json")
    assert json.loads(result.stdout)["fast_path"] is True


def _insert_blank_line(lines: list[bytes]) -> list[bytes]:
    return [*lines[:20], b"", *lines[20:]]


def _crlf(lines: list[bytes]) -> list[bytes]:
    return [*lines[:4], lines[4] + b"\r", *lines[5:]]


def _split_an_entry(lines: list[bytes]) -> list[bytes]:
    cut = lines[7].index(b',"outcome"') + 1
    return [*lines[:7], lines[7][:cut], lines[7][cut:], *lines[8:]]


def _join_two_entries(lines: list[bytes]) -> list[bytes]:
    return [*lines[:7], lines[7] + lines[8], *lines[9:]]


def _duplicate_a_sealed_line(lines: list[bytes]) -> list[bytes]:
    return [*lines[:31], lines[30], *lines[31:]]


def _duplicate_the_last_sealed_line_into_the_tail(lines: list[bytes]) -> list[bytes]:
    return [*lines[:50], lines[49], *lines[50:]]


def _nul_byte(lines: list[bytes]) -> list[bytes]:
    return [*lines[:3], lines[3].replace(b'"ok"', b'"o\x00k"'), *lines[4:]]


def _bad_tail_entry(lines: list[bytes]) -> list[bytes]:
    return [*lines[:57], lines[57].replace(b'"outcome":"ok"', b'"outcome": "ok"'), *lines[58:]]


# (how the lines are changed, the failure the thorough check names; both checks must name it)
FRAMING_TAMPERS = {
    "a blank line": (_insert_blank_line, "entries.jsonl line 21: (expected seq 20) is not a valid JSON entry"),
    "a carriage return": (_crlf, "entries.jsonl line 5: (seq 4) is not in canonical form"),
    "an entry split in two lines": (_split_an_entry, "entries.jsonl line 8: (expected seq 7) is not a valid JSON"),
    "two entries on one line": (_join_two_entries, "entries.jsonl line 8: (expected seq 7) is not a valid JSON"),
    "a duplicated line": (_duplicate_a_sealed_line, "entries.jsonl line 32: has seq 30 where seq 31 was expected"),
    "a duplicate across the seal": (
        _duplicate_the_last_sealed_line_into_the_tail,
        "entries.jsonl line 51: has seq 49 where seq 50 was expected",
    ),
    "a NUL byte": (_nul_byte, "entries.jsonl line 4: (expected seq 3) is not a valid JSON entry"),
    "a bad tail entry": (_bad_tail_entry, "entries.jsonl line 58: (seq 57) is not in canonical form"),
}


@pytest.mark.parametrize("tamper", sorted(FRAMING_TAMPERS))
def test_fast_check_falls_back_and_names_the_first_bad_line(tmp_path: Path, log: AuditLog, tamper: str) -> None:
    change, named = FRAMING_TAMPERS[tamper]
    directory = export(tmp_path, log)
    write_lines(directory, change(read_lines(directory)))
    remanifest(directory)
    fast, thorough = thorough_twin(directory, log)
    assert named in failures_text(fast)
    assert fast.failures == thorough.failures
    assert without_method(fast) == without_method(thorough)
    assert fast.fast_path is False


@pytest.mark.parametrize(
    ("extra", "named"),
    [
        (b"{", "entries.jsonl line 61: the last line has no final newline"),
        (b"\n", "entries.jsonl line 61: (expected seq 60) is not a valid JSON entry"),
        (make_entry(61) + b"\n", "entries.jsonl line 61: has seq 61 where seq 60 was expected"),
    ],
)
def test_bytes_added_after_the_last_entry_are_named(tmp_path: Path, log: AuditLog, extra: bytes, named: str) -> None:
    directory = export(tmp_path, log)
    with (directory / "entries.jsonl").open("ab") as handle:
        handle.write(extra)
    remanifest(directory)
    fast, thorough = thorough_twin(directory, log)
    assert named in failures_text(fast)
    assert fast.failures == thorough.failures
    assert fast.fast_path is False


def test_a_good_entry_added_after_the_last_entry_is_unsealed_tail(tmp_path: Path, log: AuditLog) -> None:
    directory = export(tmp_path, log)
    with (directory / "entries.jsonl").open("ab") as handle:
        handle.write(make_entry(60) + b"\n")
    remanifest(directory)
    fast, thorough = thorough_twin(directory, log)
    assert fast.ok, fast.failures
    assert (fast.fast_path, fast.form_checked, fast.unsealed_tail) == (True, 11, 11)
    assert without_method(fast) == without_method(thorough)


def test_a_changed_manifest_alone_fails_the_same_either_way(tmp_path: Path, log: AuditLog) -> None:
    directory = export(tmp_path, log)
    manifest = directory / "MANIFEST.sha256"
    manifest.write_text(
        manifest.read_text().replace(hashlib.sha256((directory / "entries.jsonl").read_bytes()).hexdigest(), "0" * 64)
    )
    fast, thorough = thorough_twin(directory, log)
    assert "entries.jsonl does not match its hash in MANIFEST.sha256" in failures_text(fast)
    assert fast.failures == thorough.failures
    assert fast.fast_path is False


def test_a_mutation_in_the_sealed_range_is_named_exactly(tmp_path: Path, log: AuditLog) -> None:
    directory = export(tmp_path, log)
    lines = read_lines(directory)
    lines[12] = make_entry(12, actor="mallory")  # well formed: only the signed root can tell
    write_lines(directory, lines)
    remanifest(directory)
    fast, thorough = thorough_twin(directory, log)
    expected = [
        f"checkpoints/00000000{size}.txt: the signed root of the first {size} entries does not match "
        f"entries.jsonl: an entry in lines 11..{size} (seq 10..{size - 1}) was changed, inserted, deleted or "
        "reordered after it was signed."
        for size in (25, 50)
    ]
    assert fast.failures == expected
    assert thorough.failures == expected
    assert (fast.fast_path, fast.form_checked, fast.sealed_size) == (False, 60, 10)


@pytest.mark.parametrize("chunk", [1, 7, 200, 4096])
def test_fast_check_reads_lines_across_any_chunk_size(
    tmp_path: Path, log: AuditLog, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    directory = export(tmp_path, log)
    expected = verify_export(directory, log.line)
    monkeypatch.setattr(verify_audit, "_CHUNK", chunk)
    report = verify_export(directory, log.line)
    assert report.ok, report.failures
    assert report.fast_path
    assert report.to_json() == expected.to_json()
    data = (directory / "entries.jsonl").read_bytes()
    (directory / "entries.jsonl").write_bytes(data[:-1])  # the last line loses its newline
    remanifest(directory)
    cut = verify_export(directory, log.line)
    assert "entries.jsonl line 60: the last line has no final newline" in failures_text(cut)
    assert cut.fast_path is False


def test_a_malformed_entry_the_appliance_itself_signed_is_refused_only_when_thorough(
    tmp_path: Path, log: AuditLog
) -> None:
    """The price of the fast check, stated: it trusts the signer to have signed entries.

    Only the holder of the signing key can produce this (checkpoints over a malformed
    entry); the same holder could as well sign a well-formed forgery, which no check of
    the form would catch. `thorough` still refuses it.
    """
    directory = export(tmp_path, log)
    lines = read_lines(directory)
    lines[5] = lines[5].replace(b'"outcome":"ok"', b'"outcome": "ok"')
    write_lines(directory, lines)
    resign(directory, log.key)
    fast, thorough = thorough_twin(directory, log)
    assert fast.ok
    assert fast.fast_path
    assert "entries.jsonl line 6: (seq 5) is not in canonical form" in failures_text(thorough)


@pytest.fixture(scope="module")
def sealed_export(tmp_path_factory: pytest.TempPathFactory) -> tuple[AuditLog, Path]:
    log = make_log()
    return log, export(tmp_path_factory.mktemp("sealed"), log)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(min_value=0, max_value=20_000), st.binary(max_size=4), st.integers(min_value=0, max_value=4))
def test_fast_and_thorough_checks_agree_on_any_edit(
    sealed_export: tuple[AuditLog, Path], position: int, new: bytes, drop: int
) -> None:
    log, original = sealed_export
    with tempfile.TemporaryDirectory() as scratch:
        directory = Path(scratch) / "export"
        shutil.copytree(original, directory)
        data = (directory / "entries.jsonl").read_bytes()
        position %= len(data) + 1
        edited = data[:position] + new + data[position + drop :]
        (directory / "entries.jsonl").write_bytes(edited)
        remanifest(directory)
        fast, thorough = thorough_twin(directory, log)
    assert without_method(fast) == without_method(thorough)
    assert fast.fast_path == fast.ok
    sealed_bytes = sum(len(line) + 1 for line in log.entries[:50])
    first_change = next((i for i, (a, b) in enumerate(zip(data, edited, strict=False)) if a != b), None)
    if first_change is None and len(data) != len(edited):
        first_change = min(len(data), len(edited))
    if first_change is not None and first_change < sealed_bytes:
        assert not fast.ok  # a change to the sealed bytes never passes


# -- the writer never produces an export that would not verify, and never half of one ---------


def test_export_layout_modes_and_manifest(tmp_path: Path, log: AuditLog) -> None:
    progress: list[tuple[int, int, str]] = []
    result = write_export(
        tmp_path, iter(log.entries), log.checkpoints, log.line, lambda *report: progress.append(report), total=COUNT
    )
    directory = result.path
    assert directory.parent == tmp_path
    assert directory.name.startswith("airlock-audit-")
    assert directory.name.endswith("-50")
    assert (result.entries, result.checkpoints, result.sealed_size) == (60, 3, 50)
    assert sorted(p.relative_to(directory).as_posix() for p in directory.rglob("*")) == [
        "MANIFEST.sha256",
        "README.txt",
        "checkpoints",
        "checkpoints/0000000010.txt",
        "checkpoints/0000000025.txt",
        "checkpoints/0000000050.txt",
        "entries.jsonl",
        "verifier.key",
        "verify_audit.py",
    ]
    modes = {p.relative_to(directory).as_posix(): p.stat().st_mode & 0o777 for p in directory.rglob("*")}
    assert directory.stat().st_mode & 0o777 == 0o700
    assert modes.pop("checkpoints") == 0o700
    assert modes.pop("entries.jsonl") == 0o600
    assert set(modes.values()) == {0o644}
    assert (directory / "entries.jsonl").read_bytes() == b"".join(entry + b"\n" for entry in log.entries)
    assert (directory / "verifier.key").read_text() == log.line + "\n"
    assert "--key" in (directory / "README.txt").read_text()
    checked = subprocess.run(
        ["sha256sum", "--check", "--strict", "MANIFEST.sha256"],
        cwd=directory,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert hashlib.sha256((directory / "MANIFEST.sha256").read_bytes()).hexdigest() == result.manifest_sha256
    done, total, message = progress[-1]
    assert (done, total, str(message)) == (60, 60, "Audit entries written")
    assert not list(tmp_path.glob(".partial-*"))


def test_export_refuses_an_existing_target(tmp_path: Path, log: AuditLog) -> None:
    export(tmp_path, log, name="same")
    with pytest.raises(AlreadyExists, match="already exists"):
        export(tmp_path, log, name="same")


def test_export_refuses_a_store_that_does_not_match_its_checkpoints(tmp_path: Path, log: AuditLog) -> None:
    tampered = list(log.entries)
    tampered[12] = make_entry(12, actor="mallory")
    with pytest.raises(AuditIntegrityError, match=r"tree size 25 does not match the stored entries 0\.\.24"):
        write_export(tmp_path, iter(tampered), log.checkpoints, log.line, name="x")
    assert list(tmp_path.iterdir()) == []


def test_export_refuses_missing_entries(tmp_path: Path, log: AuditLog) -> None:
    with pytest.raises(AuditIntegrityError, match="seals 50 entries but only 40 were given"):
        write_export(tmp_path, iter(log.entries[:40]), log.checkpoints, log.line, name="x")
    assert list(tmp_path.iterdir()) == []


def test_export_refuses_checkpoints_of_another_key(tmp_path: Path, log: AuditLog) -> None:
    stranger = make_log()
    with pytest.raises(AuditIntegrityError, match="does not verify"):
        write_export(tmp_path, iter(log.entries), stranger.checkpoints, log.line, name="x")
    assert list(tmp_path.iterdir()) == []


def test_export_refuses_an_entry_with_a_newline(tmp_path: Path, log: AuditLog) -> None:
    entries = [*log.entries[:3], b'{"seq":3}\n{"seq":4}', *log.entries[4:]]
    with pytest.raises(AuditIntegrityError, match="seq 3 holds a newline"):
        write_export(tmp_path, iter(entries), log.checkpoints, log.line, name="x")
    assert list(tmp_path.iterdir()) == []


def test_cancelled_export_leaves_nothing(tmp_path: Path, log: AuditLog) -> None:
    cancel = threading.Event()

    def progress(done: int, total: int, message: str) -> None:
        cancel.set()

    with pytest.raises(Cancelled):
        write_export(tmp_path, iter(log.entries), log.checkpoints, log.line, progress, cancel, name="x")
    assert list(tmp_path.iterdir()) == []


def test_export_to_a_missing_directory_fails_cleanly(tmp_path: Path, log: AuditLog) -> None:
    with pytest.raises(OperationFailed, match="Could not write the audit export"):
        write_export(tmp_path / "not-mounted", iter(log.entries), log.checkpoints, log.line, name="x")


@pytest.mark.parametrize("name", ["", "..", "a/b", ".hidden"])
def test_export_refuses_a_name_that_is_not_a_plain_directory(tmp_path: Path, log: AuditLog, name: str) -> None:
    with pytest.raises(UsageError, match="cannot name an audit export"):
        write_export(tmp_path, iter(log.entries), log.checkpoints, log.line, name=name)
    assert list(tmp_path.iterdir()) == []


# -- the local log: `AuditLog.verify` names the first bad stored entry or checkpoint ------------

LOCAL_KEY_NAME = "airlock/local-test"


@dataclass
class Stored:
    """A real audit log in a real SQLite database with the appliance's schema."""

    db: sqlite_utils.Database
    log: StoredLog
    line: str


def _stored_log(count: int, checkpoint_at: tuple[int, ...]) -> Stored:
    db = sqlite_utils.Database(memory=True)
    for migration in schema_core.MIGRATIONS:
        db.conn.executescript(migration)
    log = StoredLog(db, LOCAL_KEY_NAME)
    key = Ed25519PrivateKey.generate()
    for number in range(count):
        db.conn.execute("BEGIN")
        log.append("alice", "settings.change", f"key-{number}", "ok", {"new": number, "note": "línea"})
        if number + 1 in checkpoint_at:
            log.checkpoint(key, LOCAL_KEY_NAME)
        db.conn.execute("COMMIT")
    return Stored(db, log, verifier_line(LOCAL_KEY_NAME, key.public_key()))


def _rewrite(stored: Stored, seq: int, entry: bytes) -> None:
    """What someone holding the database key can do: drop the guard and edit a row."""
    stored.db.conn.execute("DROP TRIGGER IF EXISTS audit_entries_no_update")
    stored.db.conn.execute("UPDATE audit_entries SET entry = ? WHERE seq = ?", (entry, seq))


def _stored_entry(stored: Stored, seq: int) -> bytes:
    return bytes(stored.db.execute("SELECT entry FROM audit_entries WHERE seq = ?", (seq,)).fetchone()[0])


@pytest.fixture
def stored() -> Stored:
    return _stored_log(12_345, (5_000, 10_000))  # more than one read batch, a tail of 2,345


def test_local_log_verifies_untouched(stored: Stored) -> None:
    report = stored.log.verify(stored.line)
    assert report.ok, report.problems
    assert (report.size, report.checkpoints, report.sealed_size, report.unsealed) == (12_345, 2, 10_000, 2_345)


def test_local_rewrite_under_a_checkpoint_names_the_checkpoint(stored: Stored) -> None:
    entry = _stored_entry(stored, 7_777)
    _rewrite(stored, 7_777, entry.replace(b'"actor":"alice"', b'"actor":"mallory"'))
    report = stored.log.verify(stored.line)
    assert report.problems == [
        (
            "The checkpoint at size 10000 does not match the entries: an entry at or before seq 9999 "
            "(seq 0..4999 match an earlier checkpoint) was changed outside Airlock."
        )
    ]
    assert report.sealed_size == 5_000


def test_local_hand_edit_in_the_tail_names_the_entry(stored: Stored) -> None:
    entry = _stored_entry(stored, 11_000)
    _rewrite(stored, 11_000, entry.replace(b'"outcome":"ok"', b'"outcome": "ok"'))
    report = stored.log.verify(stored.line)
    assert report.problems == [
        (
            "The audit entry at position 11000 (seq 11000) is not in canonical form: it was edited by hand "
            "or by another tool: the log was changed outside Airlock."
        )
    ]
    assert report.size == 11_000


def test_local_renumbered_entry_in_the_tail_names_the_gap(stored: Stored) -> None:
    entry = _stored_entry(stored, 12_000)
    _rewrite(stored, 12_000, entry.replace(b'"seq":12000', b'"seq":12001'))
    report = stored.log.verify(stored.line)
    assert len(report.problems) == 1
    assert report.problems[0].startswith("The audit entry at position 12000 has seq 12001 where seq 12000")


def test_local_entry_holding_a_line_break_is_named(stored: Stored) -> None:
    entry = _stored_entry(stored, 10_001)
    _rewrite(stored, 10_001, entry + b"\n" + entry)
    report = stored.log.verify(stored.line)
    assert report.problems == [
        (
            "The audit entry at position 10001 holds a line break, so it is not one canonical entry: "
            "the log was changed outside Airlock."
        )
    ]


def test_local_verify_is_as_strict_as_the_auditor(stored: Stored) -> None:
    """An entry the old local check accepted (valid JSON, right seq) but an auditor refuses."""
    entry = json.loads(_stored_entry(stored, 12_300))
    entry["time"] = "2025-02-30T10:00:00Z"
    _rewrite(stored, 12_300, json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode())
    report = stored.log.verify(stored.line)
    assert report.problems == [
        (
            "The audit entry at position 12300 (seq 12300) has a time that is not RFC 3339 UTC ending in 'Z': "
            "the log was changed outside Airlock."
        )
    ]


def test_local_broken_entry_under_a_checkpoint_is_named_before_the_checkpoint(stored: Stored) -> None:
    _rewrite(stored, 3_000, _stored_entry(stored, 3_000)[:-1])
    report = stored.log.verify(stored.line)
    assert report.problems == [
        "The audit entry at position 3000 is not valid JSON: the log was changed outside Airlock."
    ]
    assert (report.size, report.sealed_size) == (3_000, 0)


def test_local_swapped_entries_under_a_checkpoint_are_named(stored: Stored) -> None:
    first, second = _stored_entry(stored, 6_000), _stored_entry(stored, 6_001)
    stored.db.conn.execute("DROP TRIGGER IF EXISTS audit_entries_no_update")
    stored.db.conn.execute("UPDATE audit_entries SET entry = ? WHERE seq = ?", (second, 6_000))
    stored.db.conn.execute("UPDATE audit_entries SET entry = ? WHERE seq = ?", (first, 6_001))
    report = stored.log.verify(stored.line)
    assert report.problems == [
        (
            "The audit entry at position 6000 claims seq 6001: entries are missing or reordered: "
            "the log was changed outside Airlock."
        )
    ]
    assert report.sealed_size == 5_000


def test_local_log_takes_the_fast_path_and_agrees_with_the_thorough_check(stored: Stored) -> None:
    fast = stored.log.verify(stored.line)
    thorough = stored.log.verify(stored.line, thorough=True)
    assert fast.ok, fast.problems
    assert (fast.fast_path, thorough.fast_path) == (True, False)
    assert (fast.size, fast.checkpoints, fast.sealed_size, fast.problems) == (
        thorough.size,
        thorough.checkpoints,
        thorough.sealed_size,
        thorough.problems,
    )


@pytest.mark.parametrize(
    "edit",
    [
        lambda entry: entry.replace(b'"actor":"alice"', b'"actor":"mallory"'),  # well formed: only the root tells
        lambda entry: entry + b" ",  # not canonical either
    ],
)
def test_local_fast_check_falls_back_to_name_the_problem(stored: Stored, edit: Any) -> None:
    _rewrite(stored, 4_321, edit(_stored_entry(stored, 4_321)))
    fast = stored.log.verify(stored.line)
    thorough = stored.log.verify(stored.line, thorough=True)
    assert fast.problems == [
        (
            "The checkpoint at size 5000 does not match the entries: an entry at or before seq 4999 was changed "
            "outside Airlock."
        )
    ]
    assert fast.fast_path is False
    assert fast == thorough


def test_local_entry_stored_as_text_is_left_to_the_thorough_check(stored: Stored) -> None:
    _rewrite(stored, 4_321, _stored_entry(stored, 4_321).decode())  # the same bytes, but a TEXT value
    report = stored.log.verify(stored.line)
    assert report.ok, report.problems  # as before: the bytes hashed are the same
    assert report.fast_path is False


def test_local_rewritten_tree_head_is_named(stored: Stored) -> None:
    frontier = Frontier()
    frontier.append(leaf_hash(b"forged"))
    stored.db.conn.execute("UPDATE audit_state SET size = 1, frontier = ? WHERE id = 1", (frontier.to_json(),))
    report = stored.log.verify(stored.line)
    assert report.problems == ["The stored tree head does not match the entries: the log was changed outside Airlock."]
    assert report.fast_path is False

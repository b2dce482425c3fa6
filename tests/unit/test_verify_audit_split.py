"""The verifier's fast check in two processes says exactly what the one-process check says.

A helper process hashes the lines up to a block boundary near the middle, this process
the rest (verify_audit._scan_sealed_split). `workers=2` always uses the helper, `workers=1`
never does: every export here is verified both ways and the reports must be the same,
for good exports and for each way one can be wrong, on either side of the split.
"""

from __future__ import annotations

import concurrent.futures
import json
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.audit import verify_audit
from app.core.audit.entry import canonical_entry
from app.core.audit.export import write_export
from app.core.audit.merkle import Frontier, leaf_hash
from app.core.audit.note import verifier_line
from tests.security.test_audit_export_tamper import ORIGIN, read_lines, remanifest, sign_checkpoints, write_lines

COUNT = 3 * verify_audit._BLOCK_LEAVES + 123  # a split near the middle leaves lines on both sides


@pytest.fixture(scope="module")
def signing() -> tuple[Ed25519PrivateKey, str]:
    """The appliance's checkpoint key and the verifier key line an auditor pinned."""
    key = Ed25519PrivateKey.generate()
    return key, verifier_line(ORIGIN, key.public_key())


def _entries(count: int, detail: str = "") -> list[bytes]:
    return [canonical_entry(seq, "2026-01-02T03:04:05.678901Z", "olga", "job.run", f"gpu-{seq % 16:02d}", "ok",
                            {"seq": seq, "note": detail}) for seq in range(count)]


def _export(parent: Path, signing: tuple[Ed25519PrivateKey, str], entries: list[bytes], sealed_at: set[int]) -> Path:
    parent.mkdir(parents=True, exist_ok=True)
    key, key_line = signing
    notes = sign_checkpoints(entries, tuple(sealed_at), key)
    return write_export(parent, entries, notes, key_line, name="split").path


def _split_of(directory: Path) -> tuple[int, int] | None:
    entries = directory / verify_audit.ENTRIES_FILE
    return verify_audit._split_point(entries, entries.stat().st_size // 2)


def _both_ways(directory: Path, key_line: str) -> verify_audit.Report:
    """Verify with and without the helper; the reports must agree. Returns the helper's."""
    alone = verify_audit.verify_export(directory, key_line, workers=1)
    helped = verify_audit.verify_export(directory, key_line, workers=2)
    assert alone.helpers == 0
    assert {**helped.to_json(), "helpers": 0} == alone.to_json()
    return helped


def _rewrite(directory: Path, change: object, *, manifest: bool = False) -> None:
    """Change entries.jsonl's lines; with `manifest`, the (unsigned) manifest is made to match."""
    lines = read_lines(directory)
    change(lines)  # type: ignore[operator]
    write_lines(directory, lines)
    if manifest:
        remanifest(directory)


def test_the_split_falls_on_a_block_boundary_inside_the_file(tmp_path: Path, signing) -> None:
    directory = _export(tmp_path, signing, _entries(COUNT), {COUNT})
    split = _split_of(directory)
    assert split is not None
    lines, offset = split
    assert lines % verify_audit._BLOCK_LEAVES == 0
    assert 0 < lines < COUNT
    data = (directory / verify_audit.ENTRIES_FILE).read_bytes()
    assert data[:offset].count(b"\n") == lines
    assert data[offset - 1 : offset] == b"\n"


def test_a_good_export_with_checkpoints_around_the_split(tmp_path: Path, signing) -> None:
    entries = _entries(COUNT)
    probe = _export(tmp_path / "probe", signing, entries, {COUNT})
    lines, _ = _split_of(probe) or (0, 0)
    sealed_at = {1, lines - 1, lines, lines + 1, COUNT - 40}  # the last 40 entries are an unsealed tail
    report = _both_ways(_export(tmp_path, signing, entries, sealed_at), signing[1])
    assert report.ok, report.failures
    assert report.fast_path
    assert report.helpers == 1
    assert report.entries == COUNT
    assert report.form_checked == 40
    frontier = Frontier()
    frontier.extend(leaf_hash(entry) for entry in entries)
    assert report.root == frontier.root().hex()
    assert [(check.signature_ok, check.root_ok) for check in report.checkpoints] == [(True, True)] * 5


@pytest.mark.parametrize("side", ["helper", "here"])
def test_a_changed_sealed_entry_on_either_side_is_named(tmp_path: Path, signing, side: str) -> None:
    directory = _export(tmp_path, signing, _entries(COUNT), {COUNT - 7})
    lines, _ = _split_of(directory) or (0, 0)
    victim = 17 if side == "helper" else lines + 17

    def change(rows: list[bytes]) -> None:
        rows[victim] = rows[victim].replace(b'"olga"', b'"mallory"')

    _rewrite(directory, change)
    report = _both_ways(directory, signing[1])
    assert not report.ok
    assert not report.fast_path  # the fast check failed: the thorough pass named what
    assert any("does not match its hash" in failure for failure in report.failures)
    assert any(f"{COUNT - 7:010d}" in failure for failure in report.failures)


@pytest.mark.parametrize("side", ["helper", "here"])
def test_a_bad_unsealed_entry_on_either_side_is_named(tmp_path: Path, signing, side: str) -> None:
    directory = _export(tmp_path, signing, _entries(COUNT), {5})  # nearly all unsealed
    lines, _ = _split_of(directory) or (0, 0)
    victim = 100 if side == "helper" else lines + 100

    def change(rows: list[bytes]) -> None:
        rows[victim] = rows[victim].replace(b'"actor":"olga"', b'"actor": "olga"')  # not canonical

    _rewrite(directory, change, manifest=True)  # only the entry-by-entry check of the tail can tell
    report = _both_ways(directory, signing[1])
    assert not report.ok
    assert any(failure.startswith(f"entries.jsonl line {victim + 1}: ") for failure in report.failures), \
        report.failures


def test_a_file_cut_inside_its_last_line(tmp_path: Path, signing) -> None:
    directory = _export(tmp_path, signing, _entries(COUNT), {COUNT - 1})
    path = directory / verify_audit.ENTRIES_FILE
    path.write_bytes(path.read_bytes()[:-9])
    report = _both_ways(directory, signing[1])
    assert not report.ok
    assert any("the last line has no final newline" in failure for failure in report.failures)


def test_too_few_lines_to_split_are_checked_here(tmp_path: Path, signing) -> None:
    entries = _entries(12, detail="x" * 20_000)  # too few lines for a second block: no split
    directory = _export(tmp_path, signing, entries, {10})
    assert _split_of(directory) is None
    report = _both_ways(directory, signing[1])
    assert report.ok, report.failures
    assert report.entries == 12
    assert report.form_checked == 2
    assert report.helpers == 0  # nothing to split: all of it in this process


def test_without_a_helper_the_check_runs_here(
    tmp_path: Path, signing, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A machine that refuses another process (a limit, no memory): same report, from this process."""
    directory = _export(tmp_path, signing, _entries(COUNT), {COUNT - 3})
    expected = verify_audit.verify_export(directory, signing[1], workers=1)

    class NoProcesses(concurrent.futures.ProcessPoolExecutor):
        def submit(self, *args: object, **kwargs: object) -> concurrent.futures.Future[object]:
            raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(verify_audit.concurrent.futures, "ProcessPoolExecutor", NoProcesses)
    report = verify_audit.verify_export(directory, signing[1], workers=2)
    assert report.to_json() == expected.to_json()
    assert report.ok
    assert report.fast_path
    assert report.helpers == 0


def test_the_default_uses_a_helper_only_for_a_large_export_with_a_cpu_free(monkeypatch: pytest.MonkeyPatch) -> None:
    large = verify_audit._SPLIT_FROM
    monkeypatch.setattr(verify_audit, "_usable_cpus", lambda: 2)
    monkeypatch.setattr(verify_audit, "_load_average", lambda: 0.4)
    assert verify_audit._fast_path_helper(large, None)
    assert not verify_audit._fast_path_helper(large - 1, None)
    assert not verify_audit._fast_path_helper(large, 1)
    assert verify_audit._fast_path_helper(100, 2)
    monkeypatch.setattr(verify_audit, "_load_average", lambda: 1.6)  # the other CPU is busy
    assert not verify_audit._fast_path_helper(large, None)
    assert verify_audit._fast_path_helper(large, 2)  # asked for: used all the same
    monkeypatch.setattr(verify_audit, "_usable_cpus", lambda: 1)
    monkeypatch.setattr(verify_audit, "_load_average", lambda: 0.0)
    assert not verify_audit._fast_path_helper(10 * large, None)


def test_the_load_average_where_the_system_has_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(verify_audit.os, "getloadavg", lambda: (2.5, 1.0, 0.5))
    assert verify_audit._load_average() == 2.5
    monkeypatch.delattr(verify_audit.os, "getloadavg")  # as on Windows, where an auditor may run it
    assert verify_audit._load_average() == 0.0


def test_the_standalone_script_splits_too(tmp_path: Path, signing) -> None:
    """As an auditor runs it: the copy inside the export, isolated (`-I`), its helper spawned from it."""
    directory = _export(tmp_path, signing, _entries(COUNT), {COUNT - 2})
    (tmp_path / "pinned.key").write_text(signing[1] + "\n")
    result = subprocess.run([sys.executable, "-I", "verify_audit.py", ".", "--key", str(tmp_path / "pinned.key"),
                             "--workers", "2", "--json"], capture_output=True, text=True, cwd=directory,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["entries"] == COUNT
    assert report["fast_path"] is True
    assert report["helpers"] == 1  # the helper ran from the copy, not a silent fallback
    assert result.stderr == ""

"""The standalone verifier as an auditor meets it: a script, its arguments, its exit status.

Exports are built with Airlock's own writer; the verifier is then run from a copy far
from the repository, with `python -I`, so it can only work if it truly needs nothing but
the standard library and `cryptography`.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.audit import verify_audit
from app.core.audit.entry import InvalidAuditEntry, canonical_entry
from app.core.audit.export import write_export
from app.core.audit.merkle import Frontier, leaf_hash
from app.core.audit.note import format_checkpoint, sign_note, verifier_line

ORIGIN = "airlock/cli-test"
SCRIPT = Path(verify_audit.__file__)


@pytest.fixture(scope="module")
def signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture(scope="module")
def key_line(signing_key: Ed25519PrivateKey) -> str:
    return verifier_line(ORIGIN, signing_key.public_key())


@pytest.fixture(scope="module")
def good_export(tmp_path_factory: pytest.TempPathFactory, signing_key: Ed25519PrivateKey, key_line: str) -> Path:
    entries = [
        canonical_entry(seq, "2025-05-05T05:05:05.5Z", "auditor", "audit.list", "", "ok", {"limit": seq})
        for seq in range(40)
    ]
    frontier = Frontier()
    notes = []
    for entry in entries:
        frontier.append(leaf_hash(entry))
        if frontier.size in {16, 40}:
            notes.append(sign_note(format_checkpoint(ORIGIN, frontier.size, frontier.root()), ORIGIN, signing_key))
    parent = tmp_path_factory.mktemp("exports")
    return write_export(parent, entries, notes, key_line, name="good").path


@pytest.fixture
def auditor_copy(tmp_path: Path, good_export: Path) -> Path:
    """The export as it arrives on the auditor's machine: copied, away from the repository."""
    copy = tmp_path / "media" / "export"
    shutil.copytree(good_export, copy)
    return copy


@pytest.fixture
def pinned(tmp_path: Path, key_line: str) -> Path:
    path = tmp_path / "pinned.key"
    path.write_text(key_line + "\n")
    return path


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-I", "verify_audit.py", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        timeout=60,
    )


def test_the_verifier_imports_only_the_standard_library_and_cryptography() -> None:
    tree = ast.parse(SCRIPT.read_text())
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, "relative import in the standalone verifier"
            roots.add((node.module or "").split(".")[0])
    foreign = {root for root in roots if root not in sys.stdlib_module_names} - {"cryptography"}
    assert foreign == set()
    assert "app" not in roots


def test_good_export_verifies_from_an_isolated_copy(auditor_copy: Path, pinned: Path) -> None:
    result = run(auditor_copy, ".", "--key", str(pinned))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Entries:     40" in result.stdout
    assert "Result: VERIFIED" in result.stdout
    assert result.stderr == ""


def test_json_report(auditor_copy: Path, pinned: Path) -> None:
    result = run(auditor_copy, ".", "--key", str(pinned), "--json")
    assert result.returncode == 0
    report = json.loads(result.stdout)
    assert report["ok"] is True
    assert report["entries"] == 40
    assert report["sealed_size"] == 40
    assert report["unsealed_tail"] == 0
    assert [c["file"] for c in report["checkpoints"]] == ["checkpoints/0000000016.txt", "checkpoints/0000000040.txt"]
    assert report["failures"] == []


def test_failed_verification_exits_1_with_json(auditor_copy: Path, pinned: Path) -> None:
    entries = auditor_copy / "entries.jsonl"
    entries.write_bytes(entries.read_bytes().replace(b'"actor":"auditor"', b'"actor":"auditer"', 1))
    result = run(auditor_copy, ".", "--key", str(pinned), "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["ok"] is False
    assert any("entries.jsonl does not match its hash" in failure for failure in report["failures"])
    assert any("checkpoints/0000000016.txt" in failure for failure in report["failures"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "the following arguments are required"),
        ((".",), "--key"),
        ((".", "--key", "missing.key"), "--key missing.key: the file is missing"),
        (("nowhere", "--key", "verifier.key"), "nowhere is not a directory"),
        ((".", "--key", "verifier.key", "--last-checkpoint", "gone.txt"), "--last-checkpoint gone.txt"),
        ((".", "--key", "README.txt"), "is not a note verifier key line"),
    ],
)
def test_usage_errors_exit_2(auditor_copy: Path, args: tuple[str, ...], message: str) -> None:
    result = run(auditor_copy, *args)
    assert result.returncode == 2, result.stdout + result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_a_key_with_a_wrong_key_id_is_a_usage_error(auditor_copy: Path, tmp_path: Path, key_line: str) -> None:
    name, _, key = key_line.split("+", 2)
    damaged = tmp_path / "damaged.key"
    damaged.write_text(f"{name}+00000000+{key}\n")
    result = run(auditor_copy, ".", "--key", str(damaged))
    assert result.returncode == 2
    assert "key id that does not match" in result.stderr


def test_thorough_option_checks_every_entry_one_by_one(auditor_copy: Path, pinned: Path) -> None:
    fast = run(auditor_copy, ".", "--key", str(pinned), "--json")
    thorough = run(auditor_copy, ".", "--key", str(pinned), "--json", "--thorough")
    assert (fast.returncode, thorough.returncode) == (0, 0), fast.stdout + thorough.stdout
    fast_report, thorough_report = json.loads(fast.stdout), json.loads(thorough.stdout)
    assert (fast_report["fast_path"], fast_report["form_checked"]) == (True, 0)  # all 40 sealed
    assert (thorough_report["fast_path"], thorough_report["form_checked"]) == (False, 40)
    for key in ("fast_path", "form_checked"):
        del fast_report[key], thorough_report[key]
    assert fast_report == thorough_report
    text = run(auditor_copy, ".", "--key", str(pinned), "--thorough")
    assert "Checked:     40 entries one by one (canonical JSON, seq in order)" in text.stdout
    text = run(auditor_copy, ".", "--key", str(pinned))
    assert "Checked:     seq 0..39 by the signed roots over their exact bytes" in text.stdout


def test_another_key_fails_verification(auditor_copy: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.key"
    other.write_text(verifier_line(ORIGIN, Ed25519PrivateKey.generate().public_key()) + "\n")
    result = run(auditor_copy, ".", "--key", str(other))
    assert result.returncode == 1
    assert "checkpoints/0000000016.txt: it carries no signature by the pinned key" in result.stdout
    assert "not the key you pinned" in result.stdout


def test_last_checkpoint_option_proves_extension(auditor_copy: Path, pinned: Path) -> None:
    kept = auditor_copy.parent / "kept.txt"
    shutil.copy(auditor_copy / "checkpoints" / "0000000016.txt", kept)
    result = run(auditor_copy, ".", "--key", str(pinned), "--last-checkpoint", str(kept), "--json")
    assert result.returncode == 0, result.stdout
    assert json.loads(result.stdout)["last_checkpoint"]["consistent"] is True


def test_garbage_last_checkpoint_fails(auditor_copy: Path, pinned: Path) -> None:
    kept = auditor_copy.parent / "kept.txt"
    kept.write_text("this is not a checkpoint\n")
    result = run(auditor_copy, ".", "--key", str(pinned), "--last-checkpoint", str(kept))
    assert result.returncode == 1
    assert f"The earlier checkpoint {kept}: it is not a signed note" in result.stdout


def test_in_process_and_script_agree_with_the_tree(good_export: Path, key_line: str) -> None:
    report = verify_audit.verify_export(good_export, key_line)
    frontier = Frontier()
    for line in (good_export / "entries.jsonl").read_bytes().splitlines():
        frontier.append(leaf_hash(line))
    assert report.root == frontier.root().hex()
    assert report.to_json()["root"] == frontier.root().hex()
    assert "Result: VERIFIED" in report.summary()


def test_verify_export_rejects_a_bad_key_line(good_export: Path) -> None:
    with pytest.raises(verify_audit.UsageProblem, match="not a note verifier key line"):
        verify_audit.verify_export(good_export, "PRIVATE+KEY+secret")


def test_main_returns_the_exit_status(good_export: Path, pinned: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert verify_audit.main([str(good_export), "--key", str(pinned)]) == 0
    assert "Result: VERIFIED" in capsys.readouterr().out


def _many_entries_export(tmp_path: Path, signing_key: Ed25519PrivateKey, key_line: str, count: int) -> Path:
    entries = [
        canonical_entry(seq, "2025-05-05T05:05:05Z", "operator", "job.run", f"node-{seq}", "ok", {"seq": seq})
        for seq in range(count)
    ]
    frontier = Frontier()
    frontier.extend(leaf_hash(entry) for entry in entries)
    note = sign_note(format_checkpoint(ORIGIN, count, frontier.root()), ORIGIN, signing_key)
    return write_export(tmp_path, entries, [note], key_line, name="many").path


def test_parallel_form_check_finds_the_first_bad_line(
    tmp_path: Path, signing_key: Ed25519PrivateKey, key_line: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(verify_audit, "_CHUNK", 4096)  # many small chunks, so many tasks
    directory = _many_entries_export(tmp_path, signing_key, key_line, 3000)
    report = verify_audit.verify_export(directory, key_line, workers=2, thorough=True)
    assert report.ok, report.failures
    assert report.form_checked == 3000
    lines = (directory / "entries.jsonl").read_bytes().splitlines()
    del lines[2345]
    lines[2600] = lines[2600].replace(b'"operator"', b'"operator" ')
    (directory / "entries.jsonl").write_bytes(b"".join(line + b"\n" for line in lines))
    parallel = verify_audit.verify_export(directory, key_line, workers=2)
    inline = verify_audit.verify_export(directory, key_line, workers=1)
    assert parallel.failures == inline.failures
    assert any(
        failure.startswith("entries.jsonl line 2346: has seq 2346 where seq 2345 was expected")
        for failure in parallel.failures
    )


def test_workers_must_be_positive(good_export: Path, key_line: str) -> None:
    with pytest.raises(verify_audit.UsageProblem, match="--workers"):
        verify_audit.verify_export(good_export, key_line, workers=0)


# -- the block check: as strict as the line-by-line check, and naming the same line ---------


def _good_lines(count: int) -> list[bytes]:
    return [
        canonical_entry(seq, "2024-02-29T23:59:59.123456Z", "zoë", "job.run", f"n-{seq}", "ok", {"x": [1.5, None]})
        for seq in range(count)
    ]


def _line_by_line(block: bytes, first_seq: int = 0) -> tuple[int, str] | None:
    """The reference: the precise check, one line at a time, first problem wins."""
    checker = verify_audit._EntryChecker()
    for index, line in enumerate(block.split(b"\n")[:-1]):
        problem = verify_audit._entry_problem(line, first_seq + index, checker.decode, checker.encode)
        if problem is not None:
            return first_seq + index, problem
    return None


def _block(lines: list[bytes]) -> bytes:
    return b"".join(line + b"\n" for line in lines)


GOOD = _good_lines(20)
SEVEN = GOOD[7].decode()
EIGHT = GOOD[8].decode()
TAMPERED_LINE_7 = {
    "space after a colon": SEVEN.replace('"actor":', '"actor": '),
    "keys out of order": SEVEN.replace('{"action":"job.run","actor":"zoë"', '{"actor":"zoë","action":"job.run"'),
    "a key twice": SEVEN.replace('"actor":"zoë"', '"actor":"zoë","actor":"zoë"'),
    "a needless escape": SEVEN.replace('"job.run"', '"\\u006aob.run"'),
    "an escaped slash": SEVEN.replace('"n-7"', '"n\\/7"'),
    "an upper-case escape": SEVEN.replace('"n-7"', '"n\\u001F7"'),
    "an escaped DEL": SEVEN.replace('"n-7"', '"n\\u007f7"'),
    "a lone surrogate": SEVEN.replace('"n-7"', '"n\\ud8007"'),
    "a raw tab in text": SEVEN.replace('"n-7"', '"n\t7"'),
    "an exponent": SEVEN.replace("1.5", "15E-1"),
    "a trailing zero": SEVEN.replace("1.5", "1.50"),
    "minus zero": SEVEN.replace('"seq":7', '"seq":-0'),
    "NaN": SEVEN.replace("1.5", "NaN"),
    "Infinity": SEVEN.replace("1.5", "-Infinity"),
    "a number too large": SEVEN.replace("1.5", "1e999"),
    "seq as true": SEVEN.replace('"seq":7', '"seq":true'),
    "seq as a float": SEVEN.replace('"seq":7', '"seq":7.0'),
    "seq as text": SEVEN.replace('"seq":7', '"seq":"7"'),
    "seq skipped": SEVEN.replace('"seq":7', '"seq":8'),
    "seq repeated": SEVEN.replace('"seq":7', '"seq":6'),
    "a missing field": SEVEN.replace('"outcome":"ok",', ""),
    "an extra field": SEVEN.replace('"outcome":"ok",', '"outcome":"ok","reason":"",'),
    "a renamed field": SEVEN.replace('"outcome":', '"outcomes":'),
    "details as a list": SEVEN.replace('"details":{"x":[1.5,null]}', '"details":[1.5,null]'),
    "actor as a number": SEVEN.replace('"actor":"zoë"', '"actor":7'),
    "a time without Z": SEVEN.replace(".123456Z", ".123456"),
    "a lower-case z": SEVEN.replace(".123456Z", ".123456z"),
    "month 13": SEVEN.replace("2024-02-29", "2024-13-29"),
    "February 30": SEVEN.replace("2024-02-29", "2024-02-30"),
    "hour 24": SEVEN.replace("T23:59:59", "T24:00:00"),
    "second 60": SEVEN.replace("T23:59:59", "T23:59:60"),
    "year 0": SEVEN.replace("2024-02-29", "0000-02-29"),
    "an array, not an object": "[" + SEVEN + "]",
    "an empty line": "",
    "a byte order mark": "\ufeff" + SEVEN,
    "two entries on one line": SEVEN + "," + EIGHT,
    "nested too deeply": SEVEN.replace("[1.5,null]", "[" * 100_000 + "]" * 100_000),
}


@pytest.mark.parametrize("tamper", sorted(TAMPERED_LINE_7))
def test_block_check_names_the_line_the_line_by_line_check_names(tamper: str) -> None:
    lines = list(GOOD)
    lines[7] = TAMPERED_LINE_7[tamper].encode("utf-8")
    block = _block(lines)
    expected = _line_by_line(block)
    assert expected is not None, "the tampered line passed the precise check"
    assert expected[0] == 7, expected
    assert verify_audit.first_bad_entry(block, 0) == expected


def test_block_check_passes_good_entries_with_every_kind_of_value() -> None:
    details: dict[str, Any] = {
        "float": -0.000123,
        "big": 2**70,
        "text": 'quote " backslash \\ newline \n tab \t nul \x00 del \x7f emoji \U0001f680',
        "nested": {"b": [True, False, None, {"z": 1, "a": []}], "a": {}},
    }
    lines = [canonical_entry(seq, "9999-12-31T23:59:59Z", "", "a", "", "", details) for seq in range(5)]
    block = _block(lines)
    assert _line_by_line(block) is None
    assert verify_audit.first_bad_entry(block, 0) is None


def test_block_check_rejects_lines_that_only_joined_form_entries() -> None:
    """Line 5 holds two entries, lines 6 and 7 one entry cut in two: joined, all look right."""
    cut = GOOD[7].index(b"[1.5,") + len(b"[1.5")
    lines = [*GOOD[:5], GOOD[5] + b"," + GOOD[6], GOOD[7][:cut], GOOD[7][cut + 1 :], *GOOD[8:]]
    joined = json.loads(b"[" + b",".join(lines) + b"]")
    assert [entry["seq"] for entry in joined] == list(range(20)), "the lines should join into good entries"
    block = _block(lines)
    found = verify_audit.first_bad_entry(block, 0)
    assert found == _line_by_line(block)
    assert found is not None
    assert found[0] == 5


def test_block_check_rejects_bytes_that_are_not_utf8() -> None:
    lines = list(GOOD)
    lines[3] = lines[3].replace(b"zo\xc3\xab", b"zo\xeb")
    block = _block(lines)
    assert verify_audit.first_bad_entry(block, 0) == (3, "(expected seq 3) is not a valid JSON entry")


def test_block_check_counts_from_the_first_seq_across_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(verify_audit, "_CHECK_BYTES", 300)  # parts of about one line; one line is longer
    lines = [
        canonical_entry(seq, "2025-01-01T00:00:00Z", "a", "b", "c" * (seq % 3) * 200, "ok", {})
        for seq in range(1000, 1060)
    ]
    assert verify_audit.first_bad_entry(_block(lines), 1000) is None
    lines[41] = lines[41].replace(b'"outcome":"ok"', b'"outcome":"ok" ')
    block = _block(lines)
    found = verify_audit.first_bad_entry(block, 1000)
    assert found == _line_by_line(block, 1000)
    assert found is not None
    assert found[0] == 1041
    assert "not in canonical form" in found[1]


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=2000), st.binary(min_size=0, max_size=6), st.integers(0, 6))
def test_block_check_agrees_with_the_line_by_line_check_on_any_edit(position: int, new: bytes, drop: int) -> None:
    block = _block(GOOD[:10])
    position %= len(block)
    edited = block[:position] + new + block[position + drop :]
    if not edited.endswith(b"\n"):
        edited += b"\n"
    assert verify_audit.first_bad_entry(edited, 0) == _line_by_line(edited)


DETAILS = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=10,
)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.dictionaries(st.text(), DETAILS, max_size=4), min_size=1, max_size=6), st.text(max_size=8))
def test_block_check_passes_every_canonical_entry(details: list[dict[str, Any]], actor: str) -> None:
    actor = actor.encode("utf-8", "replace").decode("utf-8")
    try:
        lines = [
            canonical_entry(seq, "2030-12-31T23:59:59.5Z", actor, "x", "", "ok", d) for seq, d in enumerate(details)
        ]
    except InvalidAuditEntry:
        return  # text that is not valid Unicode; the writer refuses it, so no log holds it
    block = _block(lines)
    assert verify_audit.first_bad_entry(block, 0) is None
    assert _line_by_line(block) is None

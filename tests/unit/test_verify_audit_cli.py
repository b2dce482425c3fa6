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

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.audit import verify_audit
from app.core.audit.entry import canonical_entry
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
    report = verify_audit.verify_export(directory, key_line, workers=2)
    assert report.ok, report.failures
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

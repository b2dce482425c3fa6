"""Audit export from a real vault, verified by `airlock verify-audit` and the standalone script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import run_cli


def _export(vault, out: Path, account: str = "admin") -> Path:
    out.mkdir(exist_ok=True)
    result = vault.cli("audit", "export", "--out", str(out), account=account)
    assert result.returncode == 0, result.stderr
    assert "Verifier key fingerprint" in result.stderr
    return Path(result.stdout.strip())


def _key(vault, tmp_path: Path) -> Path:
    result = vault.cli("audit", "key")
    assert result.returncode == 0, result.stderr
    path = tmp_path / "pinned.key"
    path.write_text(result.stdout)
    return path


def test_auditor_exports_and_both_verifiers_agree(vault, tmp_path) -> None:
    vault.add_account("auditor1", "auditor")
    for i in range(5):
        with vault.open() as session:
            session.set_setting("n", str(i))
    export = _export(vault, tmp_path / "media", account="auditor1")
    key = _key(vault, tmp_path)
    ours = run_cli("verify-audit", str(export), "--key", str(key), "--json")
    assert ours.returncode == 0, ours.stderr
    report = json.loads(ours.stdout)
    assert report["ok"] is True
    assert report["unsealed_tail"] == 0
    assert report["fast_path"] is True  # every entry sealed: accepted on the signed roots
    standalone = subprocess.run(
        [sys.executable, "-I", str(export / "verify_audit.py"), str(export), "--key", str(key), "--json"],
        capture_output=True, text=True, check=False, cwd=tmp_path,
    )
    assert standalone.returncode == 0, standalone.stderr
    assert json.loads(standalone.stdout)["root"] == report["root"]
    assert json.loads(standalone.stdout)["fast_path"] is True
    with vault.open() as session:
        exports = session.audit_entries(limit=None, action="audit.export")
    assert exports[0].actor == "auditor1"


def test_a_rewritten_entry_is_named(vault, tmp_path) -> None:
    export = _export(vault, tmp_path / "media")
    key = _key(vault, tmp_path)
    lines = (export / "entries.jsonl").read_bytes().splitlines(keepends=True)
    lines[2] = lines[2].replace(b'"actor":"admin"', b'"actor":"eve00"')
    (export / "entries.jsonl").write_bytes(b"".join(lines))
    result = run_cli("verify-audit", str(export), "--key", str(key))
    assert result.returncode == 1
    assert "seq 2" in result.stderr + result.stdout


def test_a_later_export_extends_the_kept_checkpoint(vault, tmp_path) -> None:
    first = _export(vault, tmp_path / "m1")
    key = _key(vault, tmp_path)
    kept = max((first / "checkpoints").iterdir())
    with vault.open() as session:
        session.set_setting("later", "yes")
    second = _export(vault, tmp_path / "m2")
    result = run_cli("verify-audit", str(second), "--key", str(key), "--last-checkpoint", str(kept), "--json")
    assert result.returncode == 0, result.stdout + result.stderr


def test_wrong_pinned_key_fails(vault, tmp_path) -> None:
    export = _export(vault, tmp_path / "media")
    other = tmp_path / "other"
    pw = tmp_path / "pw"
    pw.write_text("another vault passphrase\n")
    assert run_cli("init", data_dir=other, passphrase_file=pw).returncode == 0
    key = tmp_path / "other.key"
    key.write_text(run_cli("audit", "key", data_dir=other, passphrase_file=pw).stdout)
    result = run_cli("verify-audit", str(export), "--key", str(key))
    assert result.returncode == 1


def test_export_to_an_unwritable_place_fails_cleanly_and_is_audited(vault, tmp_path) -> None:
    target = tmp_path / "not-a-dir"
    target.write_text("a file, not a directory")
    result = vault.cli("audit", "export", "--out", str(target))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    with vault.open() as session:
        failed = session.audit_entries(limit=None, action="audit.export", outcome="failed")
    assert failed

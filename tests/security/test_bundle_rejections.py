"""One test per way a bundle can be bad: each is refused by the real CLI with exit 1 and a
clear message, the content store is byte-identical afterwards, and the audit records why."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from securesystemslib.signer import CryptoSigner

from tests.conftest import Vault
from tests.lab.bundle_factory import Bad, TrustLab


def store_snapshot(data_dir: Path) -> dict[str, str]:
    """Every file under DATA_DIR/store (names and bytes), staging included."""
    root = data_dir / "store"
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*")) if p.is_file() and p.name != ".lock"
    } if root.exists() else {}


@dataclass
class Case:
    reason: str
    message: str
    make: Callable[[TrustLab, Bad, Vault], Path]


def _good(lab: TrustLab, _bad: Bad, _vault: Vault) -> Path:
    return lab.build()


def _with(change: Callable[[Path], None]) -> Callable[[TrustLab, Bad, Vault], Path]:
    def make(lab: TrustLab, _bad: Bad, _vault: Vault) -> Path:
        bundle = lab.build()
        change(bundle)
        return bundle
    return make


def _swap(lab: TrustLab, bad: Bad, _vault: Vault) -> Path:
    other = lab.build("demo", "1.0.1", out=lab.base / "other")
    bundle = lab.build("demo", "1.0.2")
    bad.swap_from(bundle, other)
    return bundle


def _unsafe(name: str) -> Callable[[TrustLab, Bad, Vault], Path]:
    def make(lab: TrustLab, bad: Bad, _vault: Vault) -> Path:
        bundle = lab.build()
        bad.unsafe_name(bundle, name)
        return bundle
    return make


def _case_fold(lab: TrustLab, bad: Bad, _vault: Vault) -> Path:
    bundle = lab.build()
    bad.case_fold_names(bundle)
    return bundle


def _unknown_key(lab: TrustLab, _bad: Bad, _vault: Vault) -> Path:
    return lab.build(signers=[CryptoSigner.generate_ed25519()])


def _wrong_role(lab: TrustLab, _bad: Bad, _vault: Vault) -> Path:
    return lab.build(signers=[lab.role_signers["updates"][0]])


def _unsigned(lab: TrustLab, _bad: Bad, _vault: Vault) -> Path:
    return lab.build(sign=False)


def _expired(lab: TrustLab, bad: Bad, _vault: Vault) -> Path:
    bundle = lab.build()
    bad.expired(bundle)
    return bundle


def _manifest_directory(lab: TrustLab, _bad: Bad, _vault: Vault) -> Path:
    bundle = lab.build()
    (bundle / "bundle.json").unlink()
    (bundle / "bundle.json").mkdir()
    return bundle


def _imported_first(version: str, then: str, same_version_new_content: bool = False) -> Callable[[TrustLab, Bad, Vault], Path]:
    def make(lab: TrustLab, _bad: Bad, vault: Vault) -> Path:
        first = lab.build("demo", version, out=lab.base / "first")
        done = vault.cli("bundle", "import", str(first))
        assert done.returncode == 0, done.stderr
        files = {"README.md": b"# other card\n", "x.bin": b"different content"} if same_version_new_content else None
        return lab.build("demo", then, files=files)
    return make


CASES = {
    "payload byte flipped": Case("hash-mismatch", "does not match its signed SHA-256", _with(Bad.flip_payload_byte)),
    "manifest byte flipped": Case("invalid-signature", "does not match bundle.json", _with(Bad.flip_manifest_byte)),
    "missing file": Case("missing-file", "params.json", _with(Bad.remove_file)),
    "extra file": Case("extra-file", "extra.bin", _with(Bad.add_extra_file)),
    "renamed file": Case("extra-file", "params2.json", _with(Bad.rename_file)),
    "file swapped in from another bundle": Case("hash-mismatch", "params.json", _swap),
    "split part missing": Case("missing-file", "split part 1", _with(Bad.remove_part)),
    "split parts reordered": Case("hash-mismatch", "part000", _with(Bad.reorder_parts)),
    "split part truncated": Case("length-mismatch", "part001", _with(Bad.truncate_part)),
    "dot-dot name": Case("unsafe-path", "'..'", _unsafe("../../escape.txt")),
    "absolute name": Case("unsafe-path", "absolute", _unsafe("/etc/cron.d/x")),
    "symlink": Case("not-a-regular-file", "symbolic link", _with(Bad.symlink)),
    "hardlink": Case("not-a-regular-file", "hard link", _with(Bad.hardlink)),
    "device node": Case("not-a-regular-file", "device node", _with(Bad.device_node)),
    "case-fold collision": Case("case-fold-collision", "README.MD", _case_fold),
    "file longer than its manifest length": Case("length-mismatch", "longer than", _with(Bad.longer_file)),
    "unknown key": Case("unknown-key", "does not know", _unknown_key),
    "key of the wrong role": Case("wrong-role-key", "'updates' role", _wrong_role),
    "unsigned": Case("unsigned", "no signature", _unsigned),
    "rollback to an older version": Case("rollback", "not newer than", _imported_first("2.0.0", "1.0.0")),
    "same version, different content": Case("same-version-different-content", "different content",
                                            _imported_first("1.0.0", "1.0.0", same_version_new_content=True)),
    "expired": Case("expired", "expired on", _expired),
    "truncated JSON": Case("manifest-malformed", "malformed", _with(Bad.truncate_json)),
    "10 MB manifest": Case("manifest-too-large", "larger than", _with(Bad.huge_manifest)),
    "bundle.json is a directory": Case("not-a-regular-file", "bundle.json is not a regular file", _manifest_directory),
}


def _last_refusal(vault: Vault, action: str) -> dict[str, object]:
    done = vault.cli("audit", "list", "--json", "--limit", "20")
    assert done.returncode == 0, done.stderr
    entries = [e for e in json.loads(done.stdout) if e["action"] == action and e["outcome"] != "ok"]
    assert entries, f"no refusal of {action} in the audit"
    return max(entries, key=lambda e: e["seq"])


@pytest.fixture
def lab(trusted_lab: TrustLab) -> TrustLab:
    return trusted_lab


@pytest.mark.parametrize("name", list(CASES))
def test_bad_bundle_is_refused(name: str, lab: TrustLab, vault: Vault) -> None:
    case = CASES[name]
    bundle = case.make(lab, Bad(lab), vault)
    before_store = store_snapshot(vault.data_dir)
    before_list = vault.cli("bundle", "list", "--json").stdout

    done = vault.cli("bundle", "import", str(bundle))

    assert done.returncode == 1, done.stderr
    assert case.message in done.stderr, done.stderr
    assert done.stderr.startswith("airlock: ")
    assert store_snapshot(vault.data_dir) == before_store
    assert vault.cli("bundle", "list", "--json").stdout == before_list
    entry = _last_refusal(vault, "bundle.import")
    assert entry["details"]["rejection"] == case.reason  # type: ignore[index]
    assert entry["target"] == str(bundle)


def test_below_threshold(tmp_path: Path, vault: Vault) -> None:
    lab = TrustLab(tmp_path / "lab2", role_threshold={"models": 2})
    assert vault.cli("trust", "init", str(lab.root_json), "--fingerprint", lab.fingerprint).returncode == 0
    bundle = lab.build(signers=lab.role_signers["models"][:1])
    before = store_snapshot(vault.data_dir)
    done = vault.cli("bundle", "import", str(bundle))
    assert done.returncode == 1
    assert "1 of the 2 valid 'models' signatures" in done.stderr
    assert store_snapshot(vault.data_dir) == before
    assert _last_refusal(vault, "bundle.import")["details"]["rejection"] == "below-threshold"  # type: ignore[index]


def test_rotation_signed_only_by_new_keys_is_refused(lab: TrustLab, vault: Vault) -> None:
    new_keys = [CryptoSigner.generate_ed25519()]
    rotated = lab.rotate(new_keys, signers=new_keys)
    before = vault.cli("trust", "show", "--json").stdout
    done = vault.cli("trust", "rotate", str(rotated / "root.json"))
    assert done.returncode == 1
    assert "of the pinned version 1" in done.stderr
    assert vault.cli("trust", "show", "--json").stdout.replace(" ", "") .split('"clock_policy"')[0] == \
        before.replace(" ", "").split('"clock_policy"')[0]
    entry = _last_refusal(vault, "trust.rotate")
    assert "current root key holders" in str(entry["details"]["reason"])  # type: ignore[index]


def test_rotation_signed_by_old_and_new_keys_is_accepted_and_every_version_kept(lab: TrustLab, vault: Vault) -> None:
    new_keys = [CryptoSigner.generate_ed25519()]
    rotated = lab.rotate(new_keys, signers=[lab.root_signers[0], *new_keys])
    done = vault.cli("trust", "rotate", str(rotated / "root.json"))
    assert done.returncode == 0, done.stderr
    shown = json.loads(vault.cli("trust", "show", "--json").stdout)
    assert [h["version"] for h in shown["history"]] == [1, 2]
    assert vault.cli("bundle", "import", str(lab.build())).returncode == 0

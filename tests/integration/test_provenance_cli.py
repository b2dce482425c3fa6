"""Provenance through the real CLI: `bundle build --sbom`, verification of the SBOM at import,
`bundle show` with the model card read from the store, and `bundle list` with the model fields."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from tuf.api.metadata import Metadata, TargetFile, Targets

from tests.audit_helpers import audited
from tests.conftest import Vault
from tests.lab.bundle_factory import KEY_PASSPHRASE, Bad, TrustLab, payload, prefix_of, resign

CDX = {"bomFormat": "CycloneDX", "specVersion": "1.5",
       "components": [{"type": "library", "name": "torch", "version": "2.3",
                       "licenses": [{"license": {"id": "BSD-3-Clause"}}], "purl": "pkg:pypi/torch@2.3"}]}


def _src(base: Path) -> Path:
    src = base / "src"
    (src / "weights").mkdir(parents=True)
    (src / "README.md").write_text("# Llama card\n\nTrained on **public** data.\n")
    (src / "weights" / "model.safetensors").write_bytes(b"w" * 4096)
    return src


def _build(vault: Vault, trust: TrustLab, tmp_path: Path, *extra: str) -> Path:
    keys = trust.write_key_files(tmp_path / "keys", "models")
    (tmp_path / "key.pass").write_text(KEY_PASSPHRASE + "\n")
    out = tmp_path / "out"
    built = vault.cli("bundle", "build", str(_src(tmp_path)), "--type", "model", "--name", "llm", "--version",
                      "1.0.0", "--format", "safetensors", "--license", "apache-2.0", "--model-card", "README.md",
                      "--parameters", "8B", "--provenance", "the lab", "--out", str(out), *extra, account=None)
    assert built.returncode == 0, built.stderr
    bundle = Path(built.stdout.strip())
    signed = vault.cli("--passphrase-file", str(tmp_path / "key.pass"), "bundle", "sign", str(bundle), "--key",
                       str(keys), account=None)
    assert signed.returncode == 0, signed.stderr
    return bundle


def test_an_sbom_travels_signed_and_bundle_show_lists_it_with_the_model_card(
    vault: Vault, trusted_lab: TrustLab, tmp_path: Path
) -> None:
    sbom = tmp_path / "bom.json"
    sbom.write_text(json.dumps(CDX))
    bundle = _build(vault, trusted_lab, tmp_path, "--sbom", str(sbom))
    assert payload(bundle, "sbom.cdx.json").read_bytes() == sbom.read_bytes()
    manifest = json.loads((bundle / "bundle.json").read_text())
    assert manifest["signed"]["custom"]["sbom"] == {"path": "sbom.cdx.json", "format": "cyclonedx"}
    verified = vault.cli("bundle", "verify", str(bundle), "--json")
    assert verified.returncode == 0, verified.stderr
    assert json.loads(verified.stdout)[0]["sbom"]["components"] == 1
    assert vault.cli("bundle", "import", str(bundle)).returncode == 0

    shown = vault.cli("bundle", "show", "llm", "--json")
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert data["model"]["parameters"] == "8B"
    assert data["model_card"]["text"].startswith("# Llama card")
    assert data["sbom"]["components"][0]["purl"] == "pkg:pypi/torch@2.3"
    assert data["sbom"]["licenses"] == {"BSD-3-Clause": 1}
    text = vault.cli("bundle", "show", "llm@1.0.0").stdout
    assert "license:        apache-2.0" in text
    assert "torch" in text
    assert "Trained on **public** data." in text
    listed = json.loads(vault.cli("bundle", "list", "--json").stdout)
    assert listed[0]["model"]["provenance"] == "the lab"
    auditor = vault.add_account("ada", "auditor")
    assert auditor.exists()
    assert vault.cli("bundle", "show", "llm", account="ada").returncode == 0


def test_a_bundle_without_sbom_says_so(vault: Vault, trusted_lab: TrustLab, tmp_path: Path) -> None:
    assert vault.cli("bundle", "import", str(_build(vault, trusted_lab, tmp_path))).returncode == 0
    shown = vault.cli("bundle", "show", "llm")
    assert "SBOM:           none" in shown.stdout
    assert json.loads(vault.cli("bundle", "show", "llm", "--json").stdout)["sbom"] is None
    missing = vault.cli("bundle", "show", "nothing@1.0.0")
    assert missing.returncode == 1
    assert "No imported bundle nothing@1.0.0" in missing.stderr


def test_a_bad_sbom_is_refused_at_build(vault: Vault, trusted_lab: TrustLab, tmp_path: Path) -> None:
    (tmp_path / "bom.json").write_text(json.dumps({**CDX, "specVersion": "9.9"}))
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "pkg.deb").write_bytes(b"deb")
    done = vault.cli("bundle", "build", str(tmp_path / "src"), "--type", "update", "--name", "x", "--version",
                     "1.0.0", "--sbom", str(tmp_path / "bom.json"), "--out", str(tmp_path / "out"), account=None)
    assert done.returncode == 2
    assert "CycloneDX 1.x" in done.stderr
    assert not (tmp_path / "out").exists()


def _replace_sbom(bundle: Path, signers: list, raw: bytes) -> None:
    """Put other bytes in the SBOM and re-sign the manifest for them: only the SBOM is wrong."""
    path = payload(bundle, "sbom.cdx.json")
    path.write_bytes(raw)
    key = prefix_of(bundle) + "sbom.cdx.json"

    def change(metadata: Metadata[Targets]) -> None:
        metadata.signed.targets[key] = TargetFile(len(raw), {"sha256": hashlib.sha256(raw).hexdigest()}, key)

    resign(bundle, signers, change)


def test_a_well_signed_but_malformed_sbom_is_refused_at_import_and_audited(
    vault: Vault, trusted_lab: TrustLab, tmp_path: Path
) -> None:
    sbom = tmp_path / "bom.json"
    sbom.write_text(json.dumps(CDX))
    bundle = _build(vault, trusted_lab, tmp_path, "--sbom", str(sbom))
    _replace_sbom(bundle, Bad(trusted_lab).signers(), json.dumps({**CDX, "components": [{"name": "x"}]}).encode())
    before = sorted(p.name for p in (vault.data_dir / "store").rglob("*")) if (vault.data_dir / "store").exists() \
        else []
    done = vault.cli("bundle", "import", str(bundle))
    assert done.returncode == 1
    assert "components[0].type" in done.stderr
    after = sorted(p.name for p in (vault.data_dir / "store").rglob("*")) if (vault.data_dir / "store").exists() \
        else []
    assert before == after, "the store is as it was"
    refusal = audited(vault, "bundle.import")[-1]
    assert refusal["outcome"] == "refused"
    assert refusal["details"]["rejection"] == "sbom-invalid"


def test_an_altered_sbom_fails_its_signed_hash(vault: Vault, trusted_lab: TrustLab, tmp_path: Path) -> None:
    sbom = tmp_path / "bom.json"
    sbom.write_text(json.dumps(CDX))
    bundle = _build(vault, trusted_lab, tmp_path, "--sbom", str(sbom))
    path = payload(bundle, "sbom.cdx.json")
    path.write_bytes(path.read_bytes().replace(b"BSD-3-Clause", b"BSD-2-Clause"))
    done = vault.cli("bundle", "verify", str(bundle))
    assert done.returncode == 1
    assert "not the one the manifest signs" in done.stderr

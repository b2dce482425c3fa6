"""Bundles for tests: good ones, and every kind of bad one.

`TrustLab` holds in-memory Ed25519 signers for the root and each publisher role, writes a
trust directory (root.json + targets.json) and builds bundles through the real publisher
code. The `Bad` helpers then break a built bundle in exactly one way, re-signing the
manifest where the break is inside it, so each test sees one failure and nothing else.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from securesystemslib.signer import CryptoSigner
from tuf.api.metadata import Metadata, TargetFile, Targets

from app.core.bundles.keys import generate_key, public_key_bytes
from app.core.bundles.manifest import MANIFEST_NAME, PAYLOAD_DIR
from app.core.bundles.publisher import BundleSpec, build_bundle, init_trust, rotate_trust
from app.core.bundles.trust import ROOT_FILE, RoleSpec, fingerprint

ROLES = ("models", "updates", "playbooks", "app")
KEY_PASSPHRASE = "publisher key passphrase"


def default_files(seed: str = "a") -> dict[str, bytes]:
    """A small payload: a model card, weights large enough to split, a nested config."""
    weights = (seed.encode() * 7 + b"-weights-") * 4000  # ~ 64 KiB
    return {
        "README.md": f"# Model card {seed}\n".encode(),
        "weights/model.safetensors": weights,
        "config/params.json": json.dumps({"seed": seed}).encode(),
    }


@dataclass
class TrustLab:
    """Keys, a trust directory and a bundle workshop under `base`."""

    base: Path
    root_threshold: int = 1
    role_threshold: dict[str, int] = field(default_factory=dict)
    keys_per_role: int = 2
    root_signers: list[CryptoSigner] = field(default_factory=list)
    role_signers: dict[str, list[CryptoSigner]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.base.mkdir(parents=True, exist_ok=True)
        self.root_signers = [CryptoSigner.generate_ed25519() for _ in range(max(2, self.root_threshold))]
        for role in ROLES:
            self.role_signers[role] = [CryptoSigner.generate_ed25519() for _ in range(self.keys_per_role)]
        self.trust_dir = self.base / "trust-v1"
        init_trust(
            self.trust_dir,
            [s.public_key for s in self.root_signers],
            self.root_threshold,
            [RoleSpec(r, tuple(s.public_key for s in self.role_signers[r]), self.role_threshold.get(r, 1)) for r in ROLES],
            365,
            self.root_signers[: self.root_threshold],
        )
        self.out = self.base / "bundles"
        self.out.mkdir(exist_ok=True)
        self._count = 0

    @property
    def root_json(self) -> Path:
        return self.trust_dir / ROOT_FILE

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.root_json.read_bytes())

    def build(self, name: str = "demo", version: str = "1.0.0", kind: str = "model",
              files: dict[str, bytes] | None = None, split_size: int = 64 * 1024, sign: bool = True,
              signers: list[CryptoSigner] | None = None, expires_days: int = 30, out: Path | None = None) -> Path:
        """Build and (by default) sign a good bundle with the role's threshold of keys."""
        self._count += 1
        src = self.base / f"src-{self._count}"
        for rel, data in (files or default_files(name + version)).items():
            path = src / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        model = {"format": "safetensors", "license": "apache-2.0", "model_card": "README.md"} if kind == "model" else {}
        spec = BundleSpec(kind, name, version, "internal", f"{name} for tests", expires_days, split_size, model)
        bundle = build_bundle(src, out or self.out, spec)
        shutil.rmtree(src)
        if sign:
            role = {"model": "models", "update": "updates"}.get(kind, kind)
            for signer in signers if signers is not None else self.role_signers[role][: self.role_threshold.get(role, 1)]:
                sign_with(bundle, signer)
        return bundle

    def write_key_files(self, directory: Path, role: str, index: int = 0) -> Path:
        """Write a role's in-memory key as encrypted key files, as keygen would."""
        directory.mkdir(parents=True, exist_ok=True)
        signer = self.role_signers[role][index]
        key_file = directory / f"{role}-{index}.key"
        from cryptography.hazmat.primitives import serialization

        pem = signer._private_key.private_bytes(  # type: ignore[attr-defined]
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(KEY_PASSPHRASE.encode()))
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(pem)
        key_file.with_name(key_file.name + ".pub").write_bytes(public_key_bytes(signer.public_key))
        return key_file

    def rotate(self, new_root_signers: list[CryptoSigner], signers: list[CryptoSigner], threshold: int = 1) -> Path:
        """Write root version N+1 held by `new_root_signers`, signed by `signers`."""
        current = self.trust_dir
        version = json.loads((current / ROOT_FILE).read_bytes())["signed"]["version"]
        out = self.base / f"trust-v{version + 1}"
        rotate_trust(current, out, [s.public_key for s in new_root_signers], threshold, None, 365, signers)
        return out


def generate_key_file(path: Path) -> Path:
    """A fresh key made through the real keygen code."""
    generate_key(path, KEY_PASSPHRASE)
    return path


def sign_with(bundle: Path, signer: CryptoSigner) -> None:
    from app.core.bundles.publisher import sign_bundle

    sign_bundle(bundle, signer)


def _load(bundle: Path) -> Metadata[Targets]:
    return Metadata[Targets].from_bytes((bundle / MANIFEST_NAME).read_bytes())


def resign(bundle: Path, signers: list[CryptoSigner], change: Callable[[Metadata[Targets]], Any] | None = None) -> None:
    """Apply `change` to the manifest, drop its signatures and sign it again with `signers`."""
    metadata = _load(bundle)
    if change is not None:
        change(metadata)
    metadata.signatures.clear()
    for signer in signers:
        metadata.sign(signer, append=True)
    (bundle / MANIFEST_NAME).write_bytes(metadata.to_bytes())


def payload(bundle: Path, rel: str) -> Path:
    return bundle / PAYLOAD_DIR / rel


def prefix_of(bundle: Path) -> str:
    key = next(iter(_load(bundle).signed.targets))
    return "/".join(key.split("/")[:2]) + "/"


class Bad:
    """One way to break a good bundle per method (names match the issue's list)."""

    def __init__(self, lab: TrustLab) -> None:
        self.lab = lab

    def signers(self, role: str = "models") -> list[CryptoSigner]:
        return self.lab.role_signers[role][: self.lab.role_threshold.get(role, 1)]

    @staticmethod
    def flip_payload_byte(bundle: Path, rel: str = "config/params.json") -> None:
        path = payload(bundle, rel)
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0x01
        path.write_bytes(bytes(data))

    @staticmethod
    def flip_manifest_byte(bundle: Path) -> None:
        path = bundle / MANIFEST_NAME
        text = path.read_text()
        # Change a digit of a length inside the signed part, keeping the JSON valid.
        import re

        match = re.search(r'"length":\s*', text)
        assert match is not None
        index = match.end()
        digit = text[index]
        path.write_text(text[:index] + ("2" if digit != "2" else "3") + text[index + 1 :])

    @staticmethod
    def remove_file(bundle: Path, rel: str = "config/params.json") -> None:
        payload(bundle, rel).unlink()

    @staticmethod
    def add_extra_file(bundle: Path) -> None:
        payload(bundle, "extra.bin").write_bytes(b"not in the manifest")

    @staticmethod
    def rename_file(bundle: Path) -> None:
        payload(bundle, "config/params.json").rename(payload(bundle, "config/params2.json"))

    @staticmethod
    def swap_from(bundle: Path, other: Path, rel: str = "config/params.json") -> None:
        shutil.copyfile(payload(other, rel), payload(bundle, rel))

    @staticmethod
    def remove_part(bundle: Path, index: int = 1) -> None:
        payload(bundle, f"weights/model.safetensors.part{index:03d}").unlink()

    @staticmethod
    def reorder_parts(bundle: Path) -> None:
        a = payload(bundle, "weights/model.safetensors.part000")
        b = payload(bundle, "weights/model.safetensors.part001")
        tmp = a.with_name("swap.tmp")
        a.rename(tmp)
        b.rename(a)
        tmp.rename(b)

    @staticmethod
    def truncate_part(bundle: Path, index: int = 1) -> None:
        path = payload(bundle, f"weights/model.safetensors.part{index:03d}")
        data = path.read_bytes()
        path.write_bytes(data[:-100])

    def unsafe_name(self, bundle: Path, name: str) -> None:
        """Re-sign the manifest with an entry at `name` (e.g. '../x' or '/etc/x')."""
        prefix = prefix_of(bundle)

        def change(md: Metadata[Targets]) -> None:
            key = prefix + name
            md.signed.targets[key] = TargetFile(1, {"sha256": "0" * 64}, key)

        resign(bundle, self.signers(), change)

    @staticmethod
    def symlink(bundle: Path, rel: str = "config/params.json") -> None:
        path = payload(bundle, rel)
        target = path.with_name("outside.json")
        shutil.move(path, bundle.parent / f"{bundle.name}-outside.json")
        path.symlink_to(bundle.parent / f"{bundle.name}-outside.json")
        del target

    @staticmethod
    def hardlink(bundle: Path, rel: str = "config/params.json") -> None:
        os.link(payload(bundle, rel), bundle.parent / f"{bundle.name}-second-name")

    @staticmethod
    def device_node(bundle: Path, rel: str = "config/params.json") -> None:
        path = payload(bundle, rel)
        path.unlink()
        os.mknod(path, 0o600 | stat.S_IFCHR, os.makedev(1, 3))  # /dev/null's numbers

    def case_fold_names(self, bundle: Path) -> None:
        """Add README.MD beside README.md, signed into the manifest."""
        data = payload(bundle, "README.md").read_bytes()
        payload(bundle, "README.MD").write_bytes(data)
        prefix = prefix_of(bundle)

        def change(md: Metadata[Targets]) -> None:
            key = prefix + "README.MD"
            md.signed.targets[key] = TargetFile.from_data(key, data)

        resign(bundle, self.signers(), change)

    @staticmethod
    def longer_file(bundle: Path, rel: str = "config/params.json") -> None:
        with payload(bundle, rel).open("ab") as handle:
            handle.write(b"trailing bytes")

    def expired(self, bundle: Path) -> None:
        def change(md: Metadata[Targets]) -> None:
            md.signed.expires = datetime.now(UTC) - timedelta(days=1)

        resign(bundle, self.signers(), change)

    @staticmethod
    def truncate_json(bundle: Path) -> None:
        path = bundle / MANIFEST_NAME
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])

    @staticmethod
    def huge_manifest(bundle: Path, size: int = 10 * 1024 * 1024) -> None:
        path = bundle / MANIFEST_NAME
        data = path.read_bytes().rstrip()
        path.write_bytes(data[:-1] + b"," + b'"pad": "' + b"x" * size + b'"}')

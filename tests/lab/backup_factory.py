"""Vaults worth backing up, media to back them up on, and what tests compare after a restore.

`stock` fills a test vault through the real service: accounts with names found nowhere
else, a pinned trust root, bundles in the content store, settings. `snapshot_of` reads back
everything an operator would check after a restore, through the real CLI.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.conftest import Vault
from tests.lab.bundle_factory import TrustLab

# Names written into the vault that must never appear in clear on a medium.
OPERATOR = "quartermaster"
AUDITOR = "ledgerkeeper"
# A media root must be a folder that exists (the service checks it); its name is what is searched for.
MEDIA_ROOT = str(Path(tempfile.gettempdir()) / "northwind-depot-share")
SMALL_PARTS = 64 * 1024


@dataclass
class Stocked:
    vault: Vault
    trust: TrustLab
    bundles: list[str]

    def backup(self, medium: Path, *args: str, account: str = "admin") -> Path:
        """`airlock backup create` through the CLI; the new backup's folder."""
        done = self.vault.cli("backup", "create", "--out", str(medium), *args, account=account)
        assert done.returncode == 0, done.stderr
        return Path(done.stdout.strip().splitlines()[-1])

    def import_bundle(self, name: str, version: str, files: dict[str, bytes], session: Any = None) -> None:
        bundle = self.trust.build(name, version, files=files, split_size=1 << 20)
        if session is None:
            with self.vault.open() as opened:
                opened.import_bundle(bundle)
        else:
            session.import_bundle(bundle)
        self.bundles.append(f"{name}@{version}")


def payload(seed: str, size: int) -> bytes:
    """Bytes that look random (so no name can be found in them by chance) and are reproducible."""
    import hashlib

    out = bytearray()
    counter = 0
    while len(out) < size:
        out += hashlib.sha256(f"{seed}/{counter}".encode()).digest()
        counter += 1
    return bytes(out[:size])


def stock(vault: Vault, trust: TrustLab, *, weights: int = 600_000) -> Stocked:
    """Accounts, settings and two bundles (several objects each) in `vault`, whose root `trust` pinned."""
    vault.add_account(OPERATOR, "operator")
    vault.add_account(AUDITOR, "auditor")
    made = Stocked(vault, trust, [])
    Path(MEDIA_ROOT).mkdir(exist_ok=True)
    with vault.open() as session:
        session.set_media_roots([Path(MEDIA_ROOT)])
        session.set_setting("idle_lock_seconds", "1234")
        made.import_bundle("llm", "1.0.0", {
            "README.md": b"# model card\n",
            "config.json": payload("config", 3000),
            "weights/model.safetensors": payload("weights", weights),
        }, session)
        made.import_bundle("vision", "2.1.0", {
            "README.md": b"# vision model card\n",
            "weights/encoder.bin": payload("encoder", weights // 2),
        }, session)
    return made


def cli_json(vault: Vault, *args: str, data_dir: Path | None = None) -> Any:
    if data_dir is None:
        done = vault.cli(*args, "--json")
    else:
        from tests.conftest import run_cli

        done = run_cli(*args, "--json", data_dir=data_dir, passphrase_file=vault.passphrase_file("admin"),
                       account="admin")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def snapshot_of(vault: Vault, data_dir: Path | None = None, *, audit_entries: int | None = None) -> dict[str, Any]:
    """What an operator checks after a restore: accounts, bundles, settings, nodes, the log."""
    entries = cli_json(vault, "audit", "list", "--limit", "100000", data_dir=data_dir)
    entries = sorted(entries, key=lambda e: e["seq"])
    if audit_entries is not None:
        entries = entries[:audit_entries]
    return {
        "accounts": cli_json(vault, "account", "list", data_dir=data_dir),
        "bundles": sorted((b["name"], b["version"], b["size"]) for b in cli_json(vault, "bundle", "list",
                                                                               data_dir=data_dir)),
        "trust": cli_json(vault, "trust", "show", data_dir=data_dir)["fingerprint"],
        "nodes": cli_json(vault, "node", "list", data_dir=data_dir),
        "audit": entries,
    }


def medium_files(medium: Path) -> list[Path]:
    return sorted(p for p in medium.rglob("*") if p.is_file() and p.name != ".airlock-backup.lock")


def fresh_copy(medium: Path, where: Path) -> Path:
    """A copy of a whole medium, to break without touching the original."""
    if where.exists():
        shutil.rmtree(where)
    shutil.copytree(medium, where)
    return where


def tree_state(path: Path) -> list[tuple[str, int]] | None:
    """Every entry under `path` with its size (None if `path` does not exist): 'nothing was written'."""
    if not path.exists():
        return None
    return sorted((str(p.relative_to(path)), p.stat().st_size if p.is_file() else -1) for p in path.rglob("*"))


def flip_byte(path: Path, offset: int | None = None) -> None:
    data = bytearray(path.read_bytes())
    at = len(data) // 2 if offset is None else offset
    data[at] ^= 0x01
    mode = path.stat().st_mode
    os.chmod(path, 0o600)
    path.write_bytes(bytes(data))
    os.chmod(path, mode)

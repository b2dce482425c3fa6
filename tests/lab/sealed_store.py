"""Helpers for tests of the encrypted content store: looking for plaintext, and a store from before encryption."""

from __future__ import annotations

from pathlib import Path

from app.core.bundles import store
from tests.conftest import Vault

WINDOW = 64


def windows(data: bytes) -> list[bytes]:
    """64-byte windows spread over a file (its first and last bytes included)."""
    if len(data) < WINDOW:
        return []
    step = max(1, (len(data) - WINDOW) // 16)
    return [data[i : i + WINDOW] for i in range(0, len(data) - WINDOW + 1, step)] + [data[-WINDOW:]]


def plaintext_found(data_dir: Path, files: dict[str, bytes]) -> list[str]:
    """Every file of the data directory holding a window of a payload, as `file: payload`."""
    found = []
    for path in sorted(p for p in data_dir.rglob("*") if p.is_file() and not p.is_symlink()):
        raw = path.read_bytes()
        found += [f"{path.relative_to(data_dir)}: {rel}" for rel, data in files.items()
                  if any(w in raw for w in windows(data))]
    return found


def as_before_encryption(vault: Vault) -> dict[str, bytes]:
    """Turn the vault and store back into what the previous version left: plaintext objects, no store keys.

    Returns the plaintext of every object, by SHA-256.
    """
    with vault.open() as session:
        shas = [row[0] for row in session.db.execute("SELECT DISTINCT sha256 FROM bundle_files")]
        plain = {sha: session.read_object(sha) for sha in shas}
        session.conn.execute("BEGIN IMMEDIATE")
        session.conn.execute("DROP TABLE store_keys")
        session.conn.execute("DROP TABLE store_meta")
        session.conn.execute("DELETE FROM schema_versions WHERE area = 'store'")
        session.conn.execute("COMMIT")
    for sha, data in plain.items():
        path = store.object_path(vault.data_dir, sha)
        path.unlink()
        path.write_bytes(data)
        path.chmod(0o400)
    return plain

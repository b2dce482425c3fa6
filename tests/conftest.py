"""Fixtures every test may use: a real vault, real passphrase files, the real CLI.

Argon2id runs at OWASP's floor (AIRLOCK_KDF_SECONDS=0) in tests so the suite stays fast;
the floor is what the vault enforces anyway. Everything else is the product as shipped.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["AIRLOCK_KDF_SECONDS"] = "0"

REPO = Path(__file__).resolve().parent.parent
ADMIN_PASSPHRASE = "correct horse battery staple"


@dataclass
class Vault:
    """A vault created for a test, with one passphrase file per account."""

    data_dir: Path
    secrets_dir: Path
    recovery_key: str
    passphrases: dict[str, str] = field(default_factory=dict)

    def passphrase_file(self, account: str) -> Path:
        return self.secrets_dir / f"{account}.pass"

    def write_passphrase(self, account: str, passphrase: str) -> Path:
        path = self.passphrase_file(account)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(passphrase + "\n")
        self.passphrases[account] = passphrase
        return path

    def open(self, account: str = "admin"):
        from app.core.service import open_session

        return open_session(self.data_dir, account, self.passphrases[account].encode())

    def add_account(self, name: str, role: str, passphrase: str | None = None) -> Path:
        passphrase = passphrase or f"{name} passphrase 123"
        with self.open() as session:
            session.add_account(name, role, passphrase.encode())
        return self.write_passphrase(name, passphrase)

    def cli(
        self,
        *args: str,
        account: str | None = "admin",
        timeout: float = 120,
        env: dict[str, str] | None = None,
        input_text: str | None = None,
    ) -> subprocess.CompletedProcess[str]:
        """Run the real `airlock` command in a subprocess, unlocked as `account`."""
        return run_cli(
            *args,
            data_dir=self.data_dir,
            passphrase_file=self.passphrase_file(account) if account else None,
            account=account,
            timeout=timeout,
            env=env,
            input_text=input_text,
        )

    def db_bytes(self) -> bytes:
        return (self.data_dir / "airlock.db").read_bytes()


def run_cli(
    *args: str,
    data_dir: Path | None = None,
    passphrase_file: Path | None = None,
    account: str | None = None,
    timeout: float = 120,
    env: dict[str, str] | None = None,
    input_text: str | None = None,
) -> subprocess.CompletedProcess[str]:
    argv = [sys.executable, "-m", "app"]
    if data_dir is not None:
        argv += ["--data-dir", str(data_dir)]
    if passphrase_file is not None:
        argv += ["--passphrase-file", str(passphrase_file)]
    if account is not None:
        argv += ["--account", account]
    argv += list(args)
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("AIRLOCK_")}
    full_env["AIRLOCK_KDF_SECONDS"] = "0"
    full_env["PYTHONPATH"] = str(REPO)
    full_env.update(env or {})
    return subprocess.run(
        argv,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
        input=input_text,
        cwd=REPO,
        check=False,
    )


@pytest.fixture
def secrets_dir(tmp_path: Path) -> Path:
    path = tmp_path / "secrets"
    path.mkdir(mode=0o700)
    return path


@pytest.fixture
def vault(tmp_path: Path, secrets_dir: Path) -> Vault:
    """A fresh vault with one admin account named `admin`."""
    from app.core.service import init_vault

    data_dir = tmp_path / "data"
    session, recovery = init_vault(data_dir, "admin", ADMIN_PASSPHRASE.encode())
    session.close()
    made = Vault(data_dir, secrets_dir, recovery)
    made.write_passphrase("admin", ADMIN_PASSPHRASE)
    (secrets_dir / "recovery.key").write_text(recovery + "\n")
    return made


@pytest.fixture
def session(vault: Vault) -> Iterator[object]:
    """An admin session on `vault`, closed after the test."""
    opened = vault.open()
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def trusted_lab(tmp_path: Path, vault: Vault) -> object:
    """A publisher trust lab whose root `vault` has pinned with `airlock trust init`."""
    from tests.lab.bundle_factory import TrustLab

    made = TrustLab(tmp_path / "publisher")
    done = vault.cli("trust", "init", str(made.root_json), "--fingerprint", made.fingerprint)
    assert done.returncode == 0, done.stderr
    return made

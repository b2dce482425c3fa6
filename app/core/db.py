"""The encrypted store: one SQLCipher 4 database under sqlite-utils, and its migrations.

The database is opened with the raw 256-bit data key (no passphrase KDF inside SQLCipher:
the key slots in `app.core.vault` already did the slow part). If the loaded library turns
out to be plain SQLite, opening refuses, because a plain SQLite would write cleartext.
"""

from __future__ import annotations

import importlib
import os
import shutil
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import sqlcipher3
import sqlite_utils

from app.core.errors import AuthenticationError, VaultError
from app.core.fsutil import fsync_dir
from app.core.messages import say

DB_FILE = "airlock.db"
SCHEMA_MODULES = (
    "app.core.schema_core",
    "app.core.bundles.schema",
    "app.core.schema_nodes",
    "app.core.schema_deploy",
    "app.core.schema_lifecycle",
    "app.core.schema_ops",
    "app.core.backup.schema",
    "app.core.schema_records",
    "app.core.schema_relays",
    "app.core.bundles.store_schema",
)
Connection = Any  # sqlcipher3.dbapi2.Connection has no type information
DatabaseError = sqlcipher3.DatabaseError
"""What SQLCipher raises for the file itself (full or failing disk, damage, a wrong key)."""


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_FILE


def connect(path: Path, data_key: bytes, *, create: bool = False) -> Connection:
    """Open `path` with `data_key`; raise `AuthenticationError` if the key does not fit.

    Never creates a file unless `create` is true, and never writes when the key is wrong.
    """
    if not create and not path.exists():
        raise VaultError(
            say("The database {path} is missing.", path=path), say("Restore it from a backup of the data directory.")
        )
    if create and path.exists():
        raise VaultError(say("A database already exists at {path}.", path=path), say("Choose an empty data directory."))
    if len(data_key) != 32:  # noqa: PLR2004 - AES-256 key length
        raise VaultError(say("The data key has the wrong length."), say("The key slot file may be damaged."))
    if create:
        # Create the file empty and private before SQLCipher writes its first page.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute("PRAGMA cipher_compatibility = 4")
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise VaultError(
                say("The SQLite library in use has no encryption (SQLCipher is missing)."),
                say("Reinstall Airlock with its pinned dependencies; refusing to write cleartext."),
            )
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise AuthenticationError(
                say("The data key does not open this database."),
                say("The database and keyslots.json do not belong together; restore both from one backup."),
            ) from exc
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
    except BaseException:
        conn.close()
        raise
    return conn


def wrap(conn: Connection) -> sqlite_utils.Database:
    return sqlite_utils.Database(conn, execute_plugins=False)


def _schema_modules() -> list[ModuleType]:
    return [importlib.import_module(name) for name in SCHEMA_MODULES]


def pending_migrations(db: sqlite_utils.Database) -> list[tuple[str, int, str]]:
    """(area, version, sql) for every migration step not yet applied, in order."""
    db.execute("CREATE TABLE IF NOT EXISTS schema_versions (area TEXT PRIMARY KEY, version INTEGER NOT NULL)")
    done = dict(db.execute("SELECT area, version FROM schema_versions").fetchall())
    steps: list[tuple[str, int, str]] = []
    for module in _schema_modules():
        area: str = module.AREA
        migrations: list[str] = module.MIGRATIONS
        if done.get(area, 0) > len(migrations):
            raise VaultError(
                say(
                    "The database was written by a newer Airlock (schema {area} v{version}).",
                    area=area,
                    version=done[area],
                ),
                say("Install that version of Airlock again; downgrading would lose data."),
            )
        steps.extend((area, i + 1, sql) for i, sql in enumerate(migrations) if i + 1 > done.get(area, 0))
    return steps


def migrate(db: sqlite_utils.Database, path: Path, *, fresh: bool = False) -> Path | None:
    """Apply pending migrations in one transaction; back the file up first unless it is new.

    Returns the backup's path, if one was taken.
    """
    steps = pending_migrations(db)
    if not steps:
        return None
    backup = None
    if not fresh:
        backup = path.with_name(f"{path.name}.pre-migration-{time.strftime('%Y%m%dT%H%M%S')}")
        shutil.copyfile(path, backup)
        os.chmod(backup, 0o600)
        fsync_dir(path.parent)
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        for area, version, sql in steps:
            for statement in _split_sql(sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_versions(area, version) VALUES (?, ?) "
                "ON CONFLICT(area) DO UPDATE SET version = excluded.version",
                (area, version),
            )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # SQLite ends the transaction itself on some errors (a full disk)
            conn.execute("ROLLBACK")
        raise
    return backup


def _split_sql(script: str) -> list[str]:
    """Split a migration script into statements (executescript would commit on its own)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlcipher3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements

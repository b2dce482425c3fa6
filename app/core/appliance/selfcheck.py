"""What a newly switched-to version must pass before it is kept (run BY that version).

In order: it is the version it was installed as; it opens the vault with the data key it
was handed and brings the database to its schema (migrations back the file up first); then,
on a read-only connection (`PRAGMA query_only`), the secrets key unwraps, every schema area
is exactly at the version this code expects, and the audit log verifies against the
vault's audit key. The desktop part (Qt starts) is checked by the command line around it.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from app import __version__
from app.core import db as dbmod
from app.core.appliance.errors import SelfCheckFailed
from app.core.audit.log import AuditLog
from app.core.audit.note import verifier_line
from app.core.errors import AirlockError
from app.core.messages import say


def _fail(reason: str) -> SelfCheckFailed:
    return SelfCheckFailed(say("Self-check failed: {reason}", reason=reason))


def expected_schema() -> dict[str, int]:
    """{area: migrations} this code expects."""
    modules = [importlib.import_module(name) for name in dbmod.SCHEMA_MODULES]
    return {str(m.AREA): len(m.MIGRATIONS) for m in modules}


def _migrate(path: Path, data_key: bytes) -> bool:
    conn = dbmod.connect(path, data_key)
    try:
        return dbmod.migrate(dbmod.wrap(conn), path) is not None
    finally:
        conn.close()


def _audit_line(conn: dbmod.Connection) -> tuple[str, str]:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    install = conn.execute("SELECT value FROM vault_meta WHERE key = 'install_id'").fetchone()
    key = conn.execute("SELECT name, public FROM audit_keys ORDER BY id DESC LIMIT 1").fetchone()
    if install is None or key is None:
        raise _fail("the vault has no installation id or no audit key")
    origin = f"airlock/{bytes(install[0]).decode()}"
    return origin, verifier_line(str(key[0]), Ed25519PublicKey.from_public_bytes(bytes(key[1])))


def self_check(data_dir: Path, data_key: bytes, expect_version: str) -> dict[str, Any]:
    """Check this version against the vault in `data_dir`; its report, or `SelfCheckFailed`."""
    from app.core.service.core import SessionCore

    if __version__ != expect_version:
        raise _fail(f"this code is version {__version__}, installed as {expect_version}")
    path = dbmod.database_path(Path(data_dir))
    try:
        migrated = _migrate(path, data_key)
        conn = dbmod.connect(path, data_key)
    except AirlockError as exc:
        raise _fail(f"the vault does not open: {exc}") from exc
    except Exception as exc:
        raise _fail(f"the database could not be migrated: {type(exc).__name__}: {exc}") from exc
    try:
        conn.execute("PRAGMA query_only = ON")
        db = dbmod.wrap(conn)
        SessionCore._load_secrets_key(db, data_key)  # noqa: SLF001 - the unlock's own check
        found = dict(conn.execute("SELECT area, version FROM schema_versions").fetchall())
        wanted = expected_schema()
        wrong = {area: found.get(area, 0) for area, n in wanted.items() if found.get(area, 0) != n}
        if wrong:
            raise _fail(f"the database schema is {wrong}, this version expects {wanted}")
        origin, line = _audit_line(conn)
        report = AuditLog(db, origin).verify(line)
        if not report.ok:
            raise _fail("the audit log does not verify: " + "; ".join(report.problems))
    except AirlockError as exc:
        if isinstance(exc, SelfCheckFailed):
            raise
        raise _fail(str(exc)) from exc
    finally:
        conn.close()
    return {"ok": True, "version": __version__, "schema": found, "migrated": migrated,
            "audit": {"entries": report.size, "checkpoints": report.checkpoints}}

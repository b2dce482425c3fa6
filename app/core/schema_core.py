"""Tables of the foundation: accounts, settings, vault keys, the audit log."""

AREA = "core"

MIGRATIONS: list[str] = [
    """
    CREATE TABLE accounts (
        name TEXT PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('admin', 'operator', 'auditor')),
        slot_id TEXT NOT NULL UNIQUE,
        created TEXT NOT NULL,
        created_by TEXT NOT NULL
    );
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE vault_meta (
        key TEXT PRIMARY KEY,
        value BLOB NOT NULL
    );
    CREATE TABLE audit_entries (
        seq INTEGER PRIMARY KEY,
        time TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT NOT NULL,
        outcome TEXT NOT NULL,
        entry BLOB NOT NULL,
        leaf BLOB NOT NULL
    );
    CREATE INDEX audit_entries_action ON audit_entries(action);
    CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    CREATE TABLE audit_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        size INTEGER NOT NULL,
        frontier TEXT NOT NULL
    );
    CREATE TABLE audit_checkpoints (
        size INTEGER PRIMARY KEY,
        created TEXT NOT NULL,
        note TEXT NOT NULL
    );
    CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
        BEGIN SELECT RAISE(ABORT, 'checkpoints are kept forever'); END;
    CREATE TABLE audit_keys (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        public BLOB NOT NULL,
        seed_sealed BLOB NOT NULL,
        created TEXT NOT NULL
    );
    """,
]

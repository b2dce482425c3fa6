"""Tables of the bundles room: pinned trust, imported bundles, their files, version marks."""

AREA = "bundles"
MIGRATIONS: list[str] = [
    """
    CREATE TABLE trust_roots (
        version INTEGER PRIMARY KEY,
        fingerprint TEXT NOT NULL UNIQUE,
        root_json BLOB NOT NULL,
        expires TEXT NOT NULL,
        pinned_by TEXT NOT NULL,
        pinned_at TEXT NOT NULL
    );
    CREATE TABLE trust_targets (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        version INTEGER NOT NULL,
        root_version INTEGER NOT NULL REFERENCES trust_roots(version),
        sha256 TEXT NOT NULL,
        targets_json BLOB NOT NULL,
        expires TEXT NOT NULL,
        pinned_by TEXT NOT NULL,
        pinned_at TEXT NOT NULL
    );
    CREATE TABLE bundles (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        version TEXT NOT NULL,
        classification TEXT NOT NULL,
        description TEXT NOT NULL,
        size INTEGER NOT NULL,
        file_count INTEGER NOT NULL,
        role TEXT NOT NULL,
        signers TEXT NOT NULL,
        content_digest TEXT NOT NULL,
        manifest_sha256 TEXT NOT NULL,
        manifest BLOB NOT NULL,
        created TEXT NOT NULL,
        expires TEXT NOT NULL,
        model TEXT NOT NULL,
        root_version INTEGER NOT NULL,
        imported_by TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        UNIQUE (name, version)
    );
    CREATE TABLE bundle_files (
        bundle_id INTEGER NOT NULL REFERENCES bundles(id),
        path TEXT NOT NULL,
        length INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        PRIMARY KEY (bundle_id, path)
    );
    CREATE INDEX bundle_files_sha256 ON bundle_files(sha256);
    CREATE TABLE bundle_versions (
        name TEXT PRIMARY KEY,
        highest_version TEXT NOT NULL,
        bundle_id INTEGER NOT NULL REFERENCES bundles(id)
    );
    """,
]

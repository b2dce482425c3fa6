"""Tables of the lifecycle room: disabled and removed accounts, cancel requests for jobs."""

AREA = "lifecycle"
MIGRATIONS: list[str] = [
    """
    CREATE TABLE disabled_accounts (
        name TEXT PRIMARY KEY REFERENCES accounts(name) ON DELETE CASCADE,
        disabled_at TEXT NOT NULL,
        disabled_by TEXT NOT NULL
    );
    CREATE TABLE removed_accounts (
        name TEXT PRIMARY KEY,
        role TEXT NOT NULL,
        created TEXT NOT NULL,
        created_by TEXT NOT NULL,
        removed_at TEXT NOT NULL,
        removed_by TEXT NOT NULL
    );
    CREATE TABLE job_cancel_requests (
        job_id INTEGER PRIMARY KEY REFERENCES jobs(id) ON DELETE CASCADE,
        requested_by TEXT NOT NULL,
        requested_at TEXT NOT NULL
    );
    """,
]

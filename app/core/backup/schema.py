"""Tables of the backup room: the backups made, and what the store's objects became on media."""

AREA = "backup"

MIGRATIONS: list[str] = [
    """
    CREATE TABLE backups (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        medium TEXT NOT NULL,
        created TEXT NOT NULL,
        with_store INTEGER NOT NULL,
        audit_size INTEGER NOT NULL,
        objects INTEGER NOT NULL,
        bytes INTEGER NOT NULL,
        bytes_written INTEGER NOT NULL,
        how TEXT NOT NULL CHECK (how IN ('made', 'restored'))
    );
    CREATE INDEX backups_created ON backups(created);
    -- A store object's parts on a medium, valid while its file is the same one (size, mtime,
    -- inode): a second backup names the parts of an unchanged object without reading it.
    CREATE TABLE backup_parts (
        address TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        inode INTEGER NOT NULL,
        part_size INTEGER NOT NULL,
        parts TEXT NOT NULL
    );
    """,
]

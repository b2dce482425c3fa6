"""Tables of the deploy room: what is deployed where, which version, when, by whom."""

AREA = "deploy"
MIGRATIONS: list[str] = [
    """
    CREATE TABLE deployments (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        node TEXT NOT NULL,
        bundle_type TEXT NOT NULL,
        bundle_name TEXT NOT NULL,
        bundle_version TEXT NOT NULL,
        classification TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('deploy', 'rollback')),
        previous_version TEXT,
        state TEXT NOT NULL CHECK (state IN ('current', 'superseded')),
        deployed_by TEXT NOT NULL,
        approved_by TEXT,
        deployed_at TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX deployments_node ON deployments(node, bundle_name, state);
    """,
]

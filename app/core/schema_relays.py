"""Tables of the relays room: which enrolled nodes are relays, and which nodes each serves.

A relay's row goes with its node only through `remove_relay`: removing a node that is a
relay is refused (its nodes would lose their path without anyone saying so), so the
foreign key restricts rather than cascades.
"""

AREA = "relays"
MIGRATIONS: list[str] = [
    """
    CREATE TABLE relays (
        node_id INTEGER PRIMARY KEY REFERENCES nodes(id) ON DELETE RESTRICT,
        serves TEXT NOT NULL,
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL,
        versions TEXT NOT NULL DEFAULT '{}'
    );
    """,
]

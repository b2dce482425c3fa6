"""Tables of the store room: the content store's keys and its format.

`store_keys` holds every store key an object may be sealed under, each sealed again with
the vault's secrets key (`Session.seal`, AAD store_keys|id|key_sealed). One key is
`active` (new objects are sealed under it); during a rotation the keys it replaces are
`retiring` until no object uses them, then `destroyed`: the sealed key is erased and the
row kept, so the audit trail's key ids stay explained. `store_meta` says whether every
object has been encrypted (a store from before encryption at rest is migrated at the
first start of this version).
"""

AREA = "store"
MIGRATIONS: list[str] = [
    """
    CREATE TABLE store_keys (
        id INTEGER PRIMARY KEY,
        key_sealed BLOB,
        state TEXT NOT NULL CHECK (state IN ('active', 'retiring', 'destroyed')),
        created TEXT NOT NULL,
        created_by TEXT NOT NULL,
        destroyed TEXT
    );
    CREATE UNIQUE INDEX store_keys_one_active ON store_keys(state) WHERE state = 'active';
    CREATE TABLE store_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
]

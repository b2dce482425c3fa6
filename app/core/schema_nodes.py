"""Tables of the nodes room: nodes, host-key pins, the management key, facts, health, jobs."""

AREA = "nodes"
MIGRATIONS: list[str] = [
    """
    CREATE TABLE nodes (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        address TEXT NOT NULL,
        port INTEGER NOT NULL,
        user TEXT NOT NULL,
        labels TEXT NOT NULL DEFAULT '{}',
        variables TEXT NOT NULL DEFAULT '{}',
        status TEXT NOT NULL DEFAULT 'enrolled',
        enrolled_at TEXT NOT NULL,
        enrolled_by TEXT NOT NULL
    );
    CREATE TABLE host_key_pins (
        node_id INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
        key_type TEXT NOT NULL,
        key_base64 TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        pinned_at TEXT NOT NULL,
        pinned_by TEXT NOT NULL,
        PRIMARY KEY (node_id, key_type)
    );
    CREATE TABLE management_keys (
        id INTEGER PRIMARY KEY,
        public_line TEXT NOT NULL,
        private_sealed BLOB NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE node_facts (
        node_id INTEGER PRIMARY KEY REFERENCES nodes(id) ON DELETE CASCADE,
        job_id INTEGER,
        collected_at TEXT NOT NULL,
        facts TEXT NOT NULL
    );
    CREATE TABLE node_health (
        id INTEGER PRIMARY KEY,
        node_id INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
        job_id INTEGER,
        checked_at TEXT NOT NULL,
        status TEXT NOT NULL,
        reasons TEXT NOT NULL
    );
    CREATE INDEX node_health_by_node ON node_health(node_id, id);
    CREATE TABLE jobs (
        id INTEGER PRIMARY KEY,
        playbook TEXT NOT NULL,
        selection TEXT NOT NULL,
        extravars TEXT NOT NULL DEFAULT '{}',
        hosts TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        started_by TEXT NOT NULL,
        private_dir TEXT,
        summary TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX jobs_by_status ON jobs(status);
    CREATE TABLE job_results (
        id INTEGER PRIMARY KEY,
        job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
        host TEXT NOT NULL,
        task TEXT NOT NULL,
        status TEXT NOT NULL,
        message TEXT NOT NULL DEFAULT '',
        duration_s REAL
    );
    CREATE INDEX job_results_by_job ON job_results(job_id, host);
    """,
]

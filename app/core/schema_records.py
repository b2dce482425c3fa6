"""Tables of the records room: the whole output of each job; indexes the reports read by time."""

AREA = "records"
MIGRATIONS: list[str] = [
    """
    CREATE TABLE job_output (
        job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
        stream TEXT NOT NULL CHECK (stream IN ('text', 'jsonl')),
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (job_id, stream, seq)
    );
    CREATE TABLE job_output_streams (
        job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
        stream TEXT NOT NULL CHECK (stream IN ('text', 'jsonl')),
        chunks INTEGER NOT NULL,
        bytes INTEGER NOT NULL,
        lines INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        PRIMARY KEY (job_id, stream)
    );
    CREATE INDEX records_audit_by_time ON audit_entries(time);
    CREATE INDEX records_health_by_time ON node_health(checked_at);
    CREATE INDEX records_deployments_by_time ON deployments(deployed_at);
    CREATE INDEX records_jobs_by_start ON jobs(started_at);
    """,
]

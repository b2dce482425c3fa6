"""Tables of the operations room: schedules and their runs, cordoned nodes, alarms."""

AREA = "ops"
MIGRATIONS: list[str] = [
    """
    CREATE TABLE schedules (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        playbook TEXT NOT NULL,
        pattern TEXT NOT NULL,
        every_s INTEGER NOT NULL,
        owner TEXT NOT NULL,
        created_at TEXT NOT NULL,
        last_run_at TEXT
    );
    CREATE TABLE schedule_runs (
        id INTEGER PRIMARY KEY,
        schedule_id INTEGER NOT NULL,
        playbook TEXT NOT NULL,
        pattern TEXT NOT NULL,
        slot TEXT NOT NULL,
        missed INTEGER NOT NULL DEFAULT 0,
        fired_at TEXT NOT NULL,
        fired_by TEXT NOT NULL,
        job_id INTEGER,
        status TEXT NOT NULL,
        finished_at TEXT,
        message TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX schedule_runs_by_schedule ON schedule_runs(schedule_id, id);
    CREATE INDEX schedule_runs_by_job ON schedule_runs(job_id);
    CREATE TABLE node_cordons (
        node_id INTEGER PRIMARY KEY REFERENCES nodes(id) ON DELETE CASCADE,
        reason TEXT NOT NULL,
        cordoned_at TEXT NOT NULL,
        cordoned_by TEXT NOT NULL,
        automatic INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE alarms (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        target TEXT NOT NULL,
        severity TEXT NOT NULL,
        message TEXT NOT NULL,
        said TEXT NOT NULL DEFAULT '{}',
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        cleared_at TEXT,
        acknowledged_at TEXT,
        acknowledged_by TEXT,
        note TEXT
    );
    CREATE UNIQUE INDEX alarms_open_once ON alarms(kind, target) WHERE cleared_at IS NULL;
    CREATE INDEX alarms_by_first_seen ON alarms(first_seen);
    """,
]

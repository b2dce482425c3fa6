"""What the dashboard shows at a glance, read in few queries (owned by the ops room).

Health over time (each node's last verdict of each day), the latest jobs with how many
hosts they failed on, and the content store's use. Reads only; any account may look.
"""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Final

from app.core.bundles import store
from app.core.schedules import to_stamp

if TYPE_CHECKING:
    # The ops room's mixins see the whole session, each the one before it (schedules, alarms,
    # cordon, settings, overview) and then the other rooms, in the order of `Session`'s bases.
    from app.core.service.admin import AdminActions
    from app.core.service.bundles import BundleActions
    from app.core.service.deploy import DeployActions
    from app.core.service.nodes import NodeActions

    class _Base(AdminActions, BundleActions, DeployActions, NodeActions):
        pass
else:
    _Base = object

HEALTH_DAYS: Final = 14


class OverviewActions(_Base):
    """Mixin of `Session`: the fleet at a glance."""

    def first_steps(self) -> dict[str, int]:
        """What a new appliance still needs: a pinned trust root, nodes, bundles (counts)."""
        self.ensure_unlocked()
        with self.lock:
            return {table: int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608
                    for table in ("trust_roots", "nodes", "bundles")}

    def fleet_summary(self) -> dict[str, Any]:
        """Nodes by latest health, cordoned nodes and GPUs by model, counted in the database.

        One pass of SQL however large the fleet, so the dashboard costs the same at 10,000 nodes.
        """
        self.require("node.list", "node.list")
        with self.lock:
            nodes = int(self.conn.execute("SELECT count(*) FROM nodes").fetchone()[0])
            health = dict(self.conn.execute(
                "SELECT h.status, count(*) FROM nodes n JOIN node_health h"
                " ON h.id = (SELECT max(id) FROM node_health WHERE node_id = n.id) GROUP BY h.status"
            ).fetchall())
            cordoned = int(self.conn.execute("SELECT count(*) FROM node_cordons").fetchone()[0])
            models = self.conn.execute(
                "SELECT coalesce(json_extract(g.value, '$.name'), 'unknown'), count(*)"
                " FROM node_facts f, json_each(f.facts, '$.gpu.gpus') g GROUP BY 1"
            ).fetchall()
        return {"nodes": nodes, "healthy": int(health.get("healthy", 0)), "degraded": int(health.get("degraded", 0)),
                "unhealthy": int(health.get("unhealthy", 0)), "cordoned": cordoned,
                "gpu_models": {str(name): int(count) for name, count in models}}

    def health_timeline(self, days: int = HEALTH_DAYS, now: datetime | None = None) -> list[dict[str, Any]]:
        """Per day (oldest first): how many nodes were healthy, degraded or unhealthy at their last check that day."""
        self.require("node.list", "node.list")
        today = (now or datetime.now(UTC)).astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        first = today - timedelta(days=days - 1)
        with self.lock:
            rows = self.conn.execute(
                "SELECT day, status, count(*) FROM ("
                " SELECT substr(checked_at, 1, 10) AS day, status,"
                "  row_number() OVER (PARTITION BY node_id, substr(checked_at, 1, 10) ORDER BY id DESC) AS latest"
                " FROM node_health WHERE checked_at >= ?"
                ") WHERE latest = 1 GROUP BY day, status",
                (to_stamp(first),),
            ).fetchall()
        counts: dict[str, dict[str, int]] = {}
        for day, status, count in rows:
            counts.setdefault(str(day), {})[str(status)] = int(count)
        timeline = []
        for offset in range(days):
            day = (first + timedelta(days=offset)).strftime("%Y-%m-%d")
            found = counts.get(day, {})
            timeline.append({"day": day, **{s: found.get(s, 0) for s in ("healthy", "degraded", "unhealthy")}})
        return timeline

    def store_usage(self) -> dict[str, int]:
        """Bytes the bundles hold in the content store, and the size and free space of its disk."""
        self.require("bundle.list", "bundle.list")
        with self.lock:
            row = self.conn.execute(
                "SELECT coalesce(sum(length), 0) FROM (SELECT max(length) AS length FROM bundle_files GROUP BY sha256)"
            ).fetchone()
        place = self.data_dir / store.STORE_DIR
        try:
            usage = shutil.disk_usage(place if place.exists() else self.data_dir)
        except OSError:
            return {"bundles": int(row[0]), "total": 0, "free": 0}
        return {"bundles": int(row[0]), "total": int(usage.total), "free": int(usage.free)}

    def recent_jobs(self, limit: int = 8) -> list[dict[str, Any]]:
        """The latest jobs with their result per host counted, and the schedule that started each."""
        self.require("job.list", "job.list")
        with self.lock:
            rows = self.conn.execute(
                "SELECT j.id, j.playbook, j.selection, j.status, j.started_at, j.finished_at, j.started_by, j.summary,"
                " (SELECT schedule_id FROM schedule_runs r WHERE r.job_id = j.id)"
                " FROM jobs j ORDER BY j.id DESC LIMIT ?",
                (limit,),
            ).fetchall()
        jobs = []
        for job_id, playbook, selection, status, started, finished, by, summary_text, schedule in rows:
            summary = json.loads(summary_text or "{}")
            hosts = summary.get("hosts", {})
            failed = sum(1 for c in hosts.values() if c.get("failures") or c.get("unreachable"))
            jobs.append({"id": job_id, "playbook": playbook, "selection": selection, "status": status,
                         "started_at": started, "finished_at": finished, "started_by": by,
                         "succeeded": summary.get("succeeded"), "hosts": len(hosts), "hosts_failed": failed,
                         "schedule": schedule})
        return jobs

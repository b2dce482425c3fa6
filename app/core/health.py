"""A node's health from what the health playbook collected: healthy, degraded or unhealthy.

The playbook returns raw outputs (nvidia-smi, `dcgmi diag -r 1`, kernel log lines, `df`,
the serving service's state); this module decides, so the rules are tested here without a
node and the same rules apply whatever front end asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Final

from app.core import facts

HEALTHY: Final = "healthy"
DEGRADED: Final = "degraded"
UNHEALTHY: Final = "unhealthy"
_RANK: Final = {HEALTHY: 0, DEGRADED: 1, UNHEALTHY: 2}

# XIDs that mean the GPU cannot be trusted with work until it is reset or replaced
# (NVIDIA's XID catalogue): double-bit ECC, fallen off the bus, NVLink, uncontained ECC.
_FATAL_XIDS: Final = frozenset({48, 74, 79, 92, 95, 119, 120})
_XID: Final = re.compile(r"NVRM: Xid \(PCI:([0-9A-Fa-f:.]+)\): (\d+)")
_DF_COLUMNS: Final = 6
_DCGM_RESULT: Final = re.compile(r"^\|\s*([A-Za-z][^|]*?)\s*\|\s*(Pass|Fail|Warn|Skip)\b", re.MULTILINE)


@dataclass(frozen=True)
class HealthThresholds:
    """Where disk space turns a node degraded or unhealthy (percent free)."""

    disk_degraded_percent: float = 10.0
    disk_unhealthy_percent: float = 3.0


@dataclass
class HealthResult:
    """The verdict and every reason for it (empty reasons: healthy)."""

    status: str = HEALTHY
    reasons: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def worsen(self, status: str, reason: str) -> None:
        """Record a reason; the status only ever gets worse."""
        self.reasons.append(reason)
        if _RANK[status] > _RANK[self.status]:
            self.status = status

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form, stored as history."""
        return {"status": self.status, "reasons": list(self.reasons), "notes": list(self.notes)}


def _check_gpu(gpu: facts.Gpu, result: HealthResult) -> None:
    where = f"GPU {gpu.index} ({gpu.uuid})"
    if gpu.ecc_uncorrected_volatile:
        result.worsen(
            UNHEALTHY, f"{where}: {gpu.ecc_uncorrected_volatile} uncorrectable ECC errors since the driver loaded."
        )
    elif gpu.ecc_uncorrected_aggregate:
        result.worsen(DEGRADED, f"{where}: {gpu.ecc_uncorrected_aggregate} uncorrectable ECC errors in its lifetime.")
    if gpu.retired_pages_pending:
        result.worsen(DEGRADED, f"{where}: retired pages wait for a GPU reset.")
    if gpu.retired_pages_double_bit:
        result.worsen(DEGRADED, f"{where}: {gpu.retired_pages_double_bit} pages retired after double-bit errors.")
    if gpu.remapped_rows_failure:
        result.worsen(UNHEALTHY, f"{where}: row remapping failed; the GPU needs service.")
    elif gpu.remapped_rows_pending:
        result.worsen(DEGRADED, f"{where}: remapped rows wait for a GPU reset.")
    if gpu.remapped_rows_uncorrectable:
        result.worsen(DEGRADED, f"{where}: {gpu.remapped_rows_uncorrectable} rows remapped after uncorrectable errors.")
    if gpu.slowdown_margin_c is not None and gpu.slowdown_margin_c <= 0:
        now = "" if gpu.temperature_c is None else f"{gpu.temperature_c:.0f} C, "
        result.worsen(DEGRADED, f"{where}: {now}at or past its slowdown threshold (the GPU slows itself down).")


def _check_nvidia_smi(report: dict[str, Any] | None, result: HealthResult) -> None:
    if not report:
        result.notes.append("nvidia-smi was not run.")
        return
    gpu_report = facts.report_from_outputs(int(report.get("rc", 1)), str(report.get("stdout", "")))
    if gpu_report.state == facts.STATE_NO_GPU:
        result.notes.append(gpu_report.message)
    elif gpu_report.state != facts.STATE_OK:
        result.worsen(UNHEALTHY, gpu_report.message)
    for gpu in gpu_report.gpus:
        _check_gpu(gpu, result)


def _check_dcgm(report: dict[str, Any] | None, result: HealthResult) -> None:
    if not report or not report.get("installed"):
        result.notes.append("DCGM is not installed; dcgmi diag was skipped.")
        return
    output = str(report.get("stdout", ""))
    verdicts = _DCGM_RESULT.findall(output)
    failed = [name for name, verdict in verdicts if verdict == "Fail"]
    warned = [name for name, verdict in verdicts if verdict == "Warn"]
    if failed:
        result.worsen(UNHEALTHY, "dcgmi diag -r 1 failed: " + ", ".join(failed) + ".")
    if warned:
        result.worsen(DEGRADED, "dcgmi diag -r 1 warned: " + ", ".join(warned) + ".")
    if not verdicts and int(report.get("rc", 0)) != 0:
        result.worsen(DEGRADED, f"dcgmi diag -r 1 did not run (exit status {report.get('rc')}).")


def xid_events(lines: list[str]) -> list[tuple[str, int]]:
    """(PCI address, XID) for every NVRM Xid line of a kernel log."""
    events = []
    for line in lines:
        match = _XID.search(line)
        if match:
            events.append((match.group(1), int(match.group(2))))
    return events


def _check_xids(lines: list[str] | None, result: HealthResult) -> None:
    if lines is None:
        result.notes.append("The kernel log could not be read.")
        return
    events = xid_events(lines)
    fatal = sorted({f"{xid} on {pci}" for pci, xid in events if xid in _FATAL_XIDS})
    other = sorted({f"{xid} on {pci}" for pci, xid in events if xid not in _FATAL_XIDS})
    if fatal:
        result.worsen(UNHEALTHY, "Kernel log has fatal GPU errors (XID " + "; ".join(fatal) + ").")
    if other:
        result.worsen(DEGRADED, "Kernel log has GPU errors (XID " + "; ".join(other) + ").")


def parse_df(output: str) -> list[dict[str, Any]]:
    """Rows of `df -P -k` as mount, size and available KiB."""
    rows = []
    for line in output.splitlines()[1:]:
        cells = line.split()
        if len(cells) >= _DF_COLUMNS and cells[1].isdigit() and cells[3].isdigit():
            rows.append({"mount": cells[5], "size_kib": int(cells[1]), "available_kib": int(cells[3])})
    return rows


def _check_disks(df_output: str | None, thresholds: HealthThresholds, result: HealthResult) -> None:
    if df_output is None:
        result.notes.append("Disk space was not measured.")
        return
    for row in parse_df(df_output):
        if row["size_kib"] <= 0:
            continue
        free = 100.0 * row["available_kib"] / row["size_kib"]
        if free < thresholds.disk_unhealthy_percent:
            result.worsen(UNHEALTHY, f"{row['mount']}: only {free:.1f}% free.")
        elif free < thresholds.disk_degraded_percent:
            result.worsen(DEGRADED, f"{row['mount']}: only {free:.1f}% free.")


def _check_service(report: dict[str, Any] | None, result: HealthResult) -> None:
    if not report:
        return
    name = str(report.get("name", "the serving service"))
    state = str(report.get("state", "unknown")).strip() or "unknown"
    if state == "active":
        return
    if state in ("unknown", "not-found"):
        result.notes.append(f"{name}: state {state}.")
        return
    result.worsen(DEGRADED, f"{name} is {state}, not active.")


def evaluate(report: dict[str, Any], thresholds: HealthThresholds | None = None) -> HealthResult:
    """Judge one node from the `airlock_report` its health run returned."""
    result = HealthResult()
    _check_nvidia_smi(report.get("nvidia_smi"), result)
    _check_dcgm(report.get("dcgmi"), result)
    xid_lines = report.get("kernel_log")
    _check_xids(None if xid_lines is None else [str(x) for x in xid_lines], result)
    df_output = report.get("df")
    _check_disks(None if df_output is None else str(df_output), thresholds or HealthThresholds(), result)
    _check_service(report.get("service"), result)
    return result

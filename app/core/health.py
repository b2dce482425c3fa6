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
from app.core.messages import Message, counted, say, template

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

# What the verdicts say (app.core.messages: the GUI translates them).
_ECC_NOW: Final = template("{gpu}: %n uncorrectable ECC error(s) since the driver loaded.")
_ECC_LIFETIME: Final = template("{gpu}: %n uncorrectable ECC error(s) in its lifetime.")
_RETIRED_PENDING: Final = template("{gpu}: retired pages wait for a GPU reset.")
_RETIRED_DOUBLE_BIT: Final = template("{gpu}: %n page(s) retired after double-bit errors.")
_REMAP_FAILED: Final = template("{gpu}: row remapping failed; the GPU needs service.")
_REMAP_PENDING: Final = template("{gpu}: remapped rows wait for a GPU reset.")
_REMAPPED_ROWS: Final = template("{gpu}: %n row(s) remapped after uncorrectable errors.")
_SLOWDOWN: Final = template("{gpu}: at or past its slowdown threshold (the GPU slows itself down).")
_SLOWDOWN_AT: Final = template("{gpu}: {celsius} C, at or past its slowdown threshold (the GPU slows itself down).")
_SMI_NOT_RUN: Final = template("nvidia-smi was not run.")
_NO_DCGM: Final = template("DCGM is not installed; dcgmi diag was skipped.")
_DCGM_FAILED: Final = template("dcgmi diag -r 1 failed: {tests}.")
_DCGM_WARNED: Final = template("dcgmi diag -r 1 warned: {tests}.")
_DCGM_NOT_RUN: Final = template("dcgmi diag -r 1 did not run (exit status {status}).")
_NO_KERNEL_LOG: Final = template("The kernel log could not be read.")
_XID_FATAL: Final = template("Kernel log has fatal GPU errors: {events}.")
_XID_OTHER: Final = template("Kernel log has GPU errors: {events}.")
_DISK_NOT_MEASURED: Final = template("Disk space was not measured.")
_DISK_LOW: Final = template("{mount}: only {percent}% free.")
_SERVICE_UNKNOWN: Final = template("The state of {service} could not be read.")
_SERVICE_MISSING: Final = template("{service} is not installed on this node.")
_SERVICE_DOWN: Final = template("{service} is {state}, not active.")
# systemd's words for a unit that is not active, each said whole so that it is translated.
_SERVICE_STATES: Final = {
    "failed": template("{service} has failed."),
    "inactive": template("{service} is not running."),
    "activating": template("{service} is starting, not active yet."),
    "deactivating": template("{service} is stopping."),
    "reloading": template("{service} is reloading its configuration."),
}
_UNREACHABLE: Final = template("Node unreachable during the health check")
_UNREADABLE: Final = template("The health report could not be read: {error}")


@dataclass(frozen=True)
class HealthThresholds:
    """Where disk space turns a node degraded or unhealthy (percent free)."""

    disk_degraded_percent: float = 10.0
    disk_unhealthy_percent: float = 3.0


@dataclass
class HealthResult:
    """The verdict and every reason for it (empty reasons: healthy)."""

    status: str = HEALTHY
    said_reasons: list[Message] = field(default_factory=list)
    said_notes: list[Message] = field(default_factory=list)

    @property
    def reasons(self) -> list[str]:
        """Why the status is what it is, in English."""
        return [m.text for m in self.said_reasons]

    @property
    def notes(self) -> list[str]:
        """What could not be checked, in English."""
        return [m.text for m in self.said_notes]

    def worsen(self, status: str, reason: Message) -> None:
        """Record a reason; the status only ever gets worse."""
        self.said_reasons.append(reason)
        if _RANK[status] > _RANK[self.status]:
            self.status = status

    def note(self, note: Message) -> None:
        """Record something that was not checked (it does not change the status)."""
        self.said_notes.append(note)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form, stored as history.

        The English sentences, and the same as templates with their values (`reasons_said`,
        `notes_said`) for translation.
        """
        return {
            "status": self.status,
            "reasons": self.reasons,
            "notes": self.notes,
            "reasons_said": [m.as_dict() for m in self.said_reasons],
            "notes_said": [m.as_dict() for m in self.said_notes],
        }


def unreachable() -> HealthResult:
    """The verdict for a node the health run could not reach."""
    result = HealthResult()
    result.worsen(UNHEALTHY, say(_UNREACHABLE))
    return result


def unreadable(error: str) -> HealthResult:
    """The verdict for a health report that could not be read."""
    result = HealthResult()
    result.worsen(UNHEALTHY, say(_UNREADABLE, error=error))
    return result


def _check_gpu(gpu: facts.Gpu, result: HealthResult) -> None:
    where = f"GPU {gpu.index} ({gpu.uuid})"
    if gpu.ecc_uncorrected_volatile:
        result.worsen(UNHEALTHY, counted(_ECC_NOW, gpu.ecc_uncorrected_volatile, gpu=where))
    elif gpu.ecc_uncorrected_aggregate:
        result.worsen(DEGRADED, counted(_ECC_LIFETIME, gpu.ecc_uncorrected_aggregate, gpu=where))
    if gpu.retired_pages_pending:
        result.worsen(DEGRADED, say(_RETIRED_PENDING, gpu=where))
    if gpu.retired_pages_double_bit:
        result.worsen(DEGRADED, counted(_RETIRED_DOUBLE_BIT, gpu.retired_pages_double_bit, gpu=where))
    if gpu.remapped_rows_failure:
        result.worsen(UNHEALTHY, say(_REMAP_FAILED, gpu=where))
    elif gpu.remapped_rows_pending:
        result.worsen(DEGRADED, say(_REMAP_PENDING, gpu=where))
    if gpu.remapped_rows_uncorrectable:
        result.worsen(DEGRADED, counted(_REMAPPED_ROWS, gpu.remapped_rows_uncorrectable, gpu=where))
    if gpu.slowdown_margin_c is not None and gpu.slowdown_margin_c <= 0:
        if gpu.temperature_c is None:
            result.worsen(DEGRADED, say(_SLOWDOWN, gpu=where))
        else:
            result.worsen(DEGRADED, say(_SLOWDOWN_AT, gpu=where, celsius=f"{gpu.temperature_c:.0f}"))


def _check_nvidia_smi(report: dict[str, Any] | None, result: HealthResult) -> None:
    if not report:
        result.note(say(_SMI_NOT_RUN))
        return
    gpu_report = facts.report_from_outputs(int(report.get("rc", 1)), str(report.get("stdout", "")))
    if gpu_report.said is not None and gpu_report.state == facts.STATE_NO_GPU:
        result.note(gpu_report.said)
    elif gpu_report.said is not None and gpu_report.state != facts.STATE_OK:
        result.worsen(UNHEALTHY, gpu_report.said)
    for gpu in gpu_report.gpus:
        _check_gpu(gpu, result)


def _check_dcgm(report: dict[str, Any] | None, result: HealthResult) -> None:
    if not report or not report.get("installed"):
        result.note(say(_NO_DCGM))
        return
    output = str(report.get("stdout", ""))
    verdicts = _DCGM_RESULT.findall(output)
    failed = [name for name, verdict in verdicts if verdict == "Fail"]
    warned = [name for name, verdict in verdicts if verdict == "Warn"]
    if failed:
        result.worsen(UNHEALTHY, say(_DCGM_FAILED, tests=", ".join(failed)))
    if warned:
        result.worsen(DEGRADED, say(_DCGM_WARNED, tests=", ".join(warned)))
    if not verdicts and int(report.get("rc", 0)) != 0:
        result.worsen(DEGRADED, say(_DCGM_NOT_RUN, status=report.get("rc")))


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
        result.note(say(_NO_KERNEL_LOG))
        return
    events = xid_events(lines)
    # "XID 48 (PCI 0000:3b:00)": no English word inside, so the value reads in every language.
    fatal = sorted({(xid, pci) for pci, xid in events if xid in _FATAL_XIDS})
    other = sorted({(xid, pci) for pci, xid in events if xid not in _FATAL_XIDS})
    if fatal:
        result.worsen(UNHEALTHY, say(_XID_FATAL, events=_xid_list(fatal)))
    if other:
        result.worsen(DEGRADED, say(_XID_OTHER, events=_xid_list(other)))


def _xid_list(events: list[tuple[int, str]]) -> str:
    return "; ".join(f"XID {xid} (PCI {pci})" for xid, pci in events)


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
        result.note(say(_DISK_NOT_MEASURED))
        return
    for row in parse_df(df_output):
        if row["size_kib"] <= 0:
            continue
        free = 100.0 * row["available_kib"] / row["size_kib"]
        if free < thresholds.disk_unhealthy_percent:
            result.worsen(UNHEALTHY, say(_DISK_LOW, mount=row["mount"], percent=f"{free:.1f}"))
        elif free < thresholds.disk_degraded_percent:
            result.worsen(DEGRADED, say(_DISK_LOW, mount=row["mount"], percent=f"{free:.1f}"))


def _check_service(report: dict[str, Any] | None, result: HealthResult) -> None:
    if not report:
        return
    name = str(report.get("name", "the serving service"))
    state = str(report.get("state", "unknown")).strip() or "unknown"
    if state == "active":
        return
    if state in ("unknown", "not-found"):
        result.note(say(_SERVICE_UNKNOWN, service=name) if state == "unknown" else say(_SERVICE_MISSING, service=name))
        return
    known = _SERVICE_STATES.get(state)
    said = Message(known, {"service": name}) if known else say(_SERVICE_DOWN, service=name, state=state)
    result.worsen(DEGRADED, said)


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

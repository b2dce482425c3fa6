"""A node's health from what the health playbook collected: healthy, degraded or unhealthy.

The playbook returns raw outputs (nvidia-smi, `dcgmi diag -r 1`, kernel log lines, `df`,
the serving service's state); this module decides, so the rules are tested here without a
node and the same rules apply whatever front end asked.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Final

from app.core import facts, nvlink, xid
from app.core.errors import UsageError
from app.core.messages import Message, counted, say, template

HEALTHY: Final = "healthy"
DEGRADED: Final = "degraded"
UNHEALTHY: Final = "unhealthy"
_RANK: Final = {HEALTHY: 0, DEGRADED: 1, UNHEALTHY: 2}

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
_HOT: Final = template("{gpu}: {celsius} C, at or above the {limit} C threshold.")
_ECC_CORRECTED: Final = template("{gpu}: %n corrected ECC error(s) since the driver loaded (threshold {limit}).")
_PCIE_WIDTH: Final = template("{gpu}: the PCIe link runs at x{width} of x{maximum}.")
_PCIE_GEN: Final = template("{gpu}: the PCIe link runs at generation {gen} of {maximum} while the GPU is busy.")
_PCIE_SLOT: Final = template("{gpu}: the slot allows PCIe generation {host}; the GPU could run {device}.")
_PCIE_REPLAYS: Final = template("{gpu}: %n PCIe replay(s) since the driver loaded (threshold {limit}).")
_NVLINK_COUNTERS: Final = {
    nvlink.CRC: template("{gpu}: NVLink {link} has %n CRC error(s) (threshold {limit})."),
    nvlink.REPLAY: template("{gpu}: NVLink {link} has %n replay error(s) (threshold {limit})."),
    nvlink.RECOVERY: template("{gpu}: NVLink {link} has %n recovery error(s) (threshold {limit})."),
}
_NVLINK_DOWN: Final = template("{gpu}: NVLink {links} inactive while its other links are up.")
_NVLINK_UNREAD: Final = template("The NVLink counters could not be read (exit status {status}).")
_NVLINK_GARBLED: Final = template("The NVLink counters could not be read: {error}")
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


SETTING_PREFIX: Final = "health."


@dataclass(frozen=True)
class HealthThresholds:
    """Where a reading turns a node degraded or unhealthy; an admin sets them (`health.NAME`)."""

    disk_degraded_percent: float = 10.0
    """Percent free below which a file system makes the node degraded."""
    disk_unhealthy_percent: float = 3.0
    """Percent free below which a file system makes the node unhealthy."""
    gpu_temperature_c: float = 85.0
    """A GPU at or above this temperature makes the node degraded."""
    ecc_corrected: int = 1000
    """Corrected ECC errors since the driver loaded at which a GPU makes the node degraded."""
    pcie_replays: int = 100
    """PCIe replays since the driver loaded at which a GPU makes the node degraded."""
    pcie_busy_percent: float = 50.0
    """A link below its generation is judged only while the GPU is this busy (idle GPUs slow their link)."""
    nvlink_crc: int = 100
    """CRC errors on one NVLink at which the node is degraded."""
    nvlink_replay: int = 100
    """Replay errors on one NVLink at which the node is degraded."""
    nvlink_recovery: int = 1
    """Recovery errors on one NVLink at which the node is degraded."""

    @classmethod
    def from_settings(cls, settings: Mapping[str, str]) -> HealthThresholds:
        """Thresholds from stored settings (`health.NAME` keys); a missing one keeps its default."""
        values: dict[str, Any] = {}
        for item in fields(cls):
            text = settings.get(SETTING_PREFIX + item.name)
            if text is not None:
                values[item.name] = check_threshold(item.name, text)
        return cls(**values)


def threshold_names() -> tuple[str, ...]:
    """The names an admin can set, in the order the settings page shows them."""
    return tuple(item.name for item in fields(HealthThresholds))


def check_threshold(name: str, text: str) -> float | int:
    """A threshold's value from text, refused when the name is unknown or the value out of range."""
    kinds = {item.name: item.type for item in fields(HealthThresholds)}
    if name not in kinds:
        raise UsageError(say("There is no health threshold named {name}.", name=repr(name)),
                         say("Choose one of: {names}.", names=", ".join(threshold_names())))
    try:
        value: float | int = float(text) if kinds[name] == "float" else int(text)
    except ValueError:
        value = -1
    limit = 100 if name.endswith("_percent") else 200 if name.endswith("_c") else 10**12
    if not 0 <= value <= limit:
        raise UsageError(say("{value} is not a valid value for the health threshold {name}.", value=repr(text),
                             name=name),
                         say("Give a number from {low} to {high}.", low=0, high=limit))
    return value


@dataclass
class HealthResult:
    """The verdict and every reason for it (empty reasons: healthy)."""

    status: str = HEALTHY
    said_reasons: list[Message] = field(default_factory=list)
    said_notes: list[Message] = field(default_factory=list)
    said_actions: list[Message] = field(default_factory=list)

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

    @property
    def actions(self) -> list[str]:
        """What to do about it (NVIDIA's recommended actions), in English."""
        return [m.text for m in self.said_actions]

    def note(self, note: Message) -> None:
        """Record something that was not checked (it does not change the status)."""
        self.said_notes.append(note)

    def advise(self, action: Message) -> None:
        """Record what the operator should do (each action once)."""
        if action not in self.said_actions:
            self.said_actions.append(action)

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
            "actions": self.actions,
            "actions_said": [m.as_dict() for m in self.said_actions],
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


def _where(index: int, uuid: str) -> str:
    return f"GPU {index} ({uuid})"


def _check_gpu(gpu: facts.Gpu, result: HealthResult, limits: HealthThresholds) -> None:
    where = _where(gpu.index, gpu.uuid)
    _check_memory(gpu, where, result, limits)
    _check_temperature(gpu, where, result, limits)
    _check_pcie(gpu, where, result, limits)


def _check_memory(gpu: facts.Gpu, where: str, result: HealthResult, limits: HealthThresholds) -> None:
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
    if gpu.ecc_corrected_volatile is not None and gpu.ecc_corrected_volatile >= max(1, limits.ecc_corrected):
        result.worsen(DEGRADED, counted(_ECC_CORRECTED, gpu.ecc_corrected_volatile, gpu=where,
                                        limit=limits.ecc_corrected))


def _check_temperature(gpu: facts.Gpu, where: str, result: HealthResult, limits: HealthThresholds) -> None:
    if gpu.slowdown_margin_c is not None and gpu.slowdown_margin_c <= 0:
        if gpu.temperature_c is None:
            result.worsen(DEGRADED, say(_SLOWDOWN, gpu=where))
        else:
            result.worsen(DEGRADED, say(_SLOWDOWN_AT, gpu=where, celsius=f"{gpu.temperature_c:.0f}"))
    elif gpu.temperature_c is not None and gpu.temperature_c >= limits.gpu_temperature_c:
        result.worsen(DEGRADED, say(_HOT, gpu=where, celsius=f"{gpu.temperature_c:.0f}",
                                    limit=f"{limits.gpu_temperature_c:g}"))


def _check_pcie(gpu: facts.Gpu, where: str, result: HealthResult, limits: HealthThresholds) -> None:
    """A link narrower than it can be is a fault; a slower one only counts while the GPU works.

    GPUs lower their link generation when idle to save power, so a health check of an idle
    GPU cannot judge the generation; the width does not change with load.
    """
    if gpu.pcie_width_current and gpu.pcie_width_max and gpu.pcie_width_current < gpu.pcie_width_max:
        result.worsen(DEGRADED, say(_PCIE_WIDTH, gpu=where, width=gpu.pcie_width_current,
                                    maximum=gpu.pcie_width_max))
    busy = gpu.utilization_percent is not None and gpu.utilization_percent >= limits.pcie_busy_percent
    if busy and gpu.pcie_gen_current and gpu.pcie_gen_max and gpu.pcie_gen_current < gpu.pcie_gen_max:
        result.worsen(DEGRADED, say(_PCIE_GEN, gpu=where, gen=gpu.pcie_gen_current, maximum=gpu.pcie_gen_max))
    if gpu.pcie_gen_max_host and gpu.pcie_gen_max_device and gpu.pcie_gen_max_host < gpu.pcie_gen_max_device:
        result.note(say(_PCIE_SLOT, gpu=where, host=gpu.pcie_gen_max_host, device=gpu.pcie_gen_max_device))
    if gpu.pcie_replays is not None and gpu.pcie_replays >= max(1, limits.pcie_replays):
        result.worsen(DEGRADED, counted(_PCIE_REPLAYS, gpu.pcie_replays, gpu=where, limit=limits.pcie_replays))


def _check_nvlink(report: dict[str, Any] | None, smi_ran: bool, result: HealthResult,
                  limits: HealthThresholds) -> None:
    """Error counters per link against the thresholds, and links down beside links up."""
    if not report:
        return  # a health playbook from before NVLink was read
    errors, states = report.get("errors") or {}, report.get("status") or {}
    status = int(errors.get("rc", 0))
    if status != 0:
        if smi_ran:
            result.note(say(_NVLINK_UNREAD, status=status))
        return
    text = str(states.get("stdout", "")) if int(states.get("rc", 1)) == 0 else ""
    try:
        gpus = nvlink.parse(str(errors.get("stdout", "")), text)
    except facts.FactsError as exc:
        result.note(say(_NVLINK_GARBLED, error=str(exc)))
        return
    for gpu in gpus:
        where = _where(gpu.index, gpu.uuid)
        for link in sorted(gpu.counters):
            for kind, sentence in _NVLINK_COUNTERS.items():
                value, limit = gpu.counted(link, kind), int(getattr(limits, f"nvlink_{kind}"))
                if value >= max(1, limit):
                    values = {"gpu": where, "link": str(link), "limit": str(limit)}
                    result.worsen(DEGRADED, Message(sentence, values, value))
        down = sorted(link for link, active in gpu.active.items() if not active)
        if down and any(gpu.active.values()):
            result.worsen(DEGRADED, say(_NVLINK_DOWN, gpu=where, links=", ".join(map(str, down))))


def _check_nvidia_smi(report: dict[str, Any] | None, result: HealthResult,
                      limits: HealthThresholds | None = None) -> bool:
    """Judge the GPUs; True when nvidia-smi answered with GPUs to judge."""
    if not report:
        result.note(say(_SMI_NOT_RUN))
        return False
    gpu_report = facts.report_from_outputs(int(report.get("rc", 1)), str(report.get("stdout", "")))
    if gpu_report.said is not None and gpu_report.state == facts.STATE_NO_GPU:
        result.note(gpu_report.said)
    elif gpu_report.said is not None and gpu_report.state != facts.STATE_OK:
        result.worsen(UNHEALTHY, gpu_report.said)
    for gpu in gpu_report.gpus:
        _check_gpu(gpu, result, limits or HealthThresholds())
    return bool(gpu_report.gpus)


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
    return [(event.pci, event.code) for event in xid.read_events(lines)]


def _check_xids(lines: list[str] | None, result: HealthResult) -> None:
    """Each XID named with its catalogue meaning; what to do goes to the actions."""
    if lines is None:
        result.note(say(_NO_KERNEL_LOG))
        return
    for finding in xid.findings(xid.read_events(lines)):
        result.worsen(finding.status, finding.said)
        for _action, said in finding.actions:
            result.advise(said)


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
    limits = thresholds or HealthThresholds()
    result = HealthResult()
    smi_ran = _check_nvidia_smi(report.get("nvidia_smi"), result, limits)
    _check_nvlink(report.get("nvlink"), smi_ran, result, limits)
    _check_dcgm(report.get("dcgmi"), result)
    xid_lines = report.get("kernel_log")
    _check_xids(None if xid_lines is None else [str(x) for x in xid_lines], result)
    df_output = report.get("df")
    _check_disks(None if df_output is None else str(df_output), limits, result)
    _check_service(report.get("service"), result)
    return result

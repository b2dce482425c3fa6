"""GPU facts from `nvidia-smi` output, as the facts and health playbooks bring it back.

Two inputs are understood: `nvidia-smi -q -x` (the nvsmi_log XML, DTD versions 10 to 12)
and `nvidia-smi --query-gpu=QUERY_FIELDS --format=csv,noheader,nounits`. A node whose
nvidia-smi is missing, cannot reach its driver, or has lost a GPU is reported as such
(`GpuReport.state`), never as a parse failure. Output that is not what nvidia-smi writes
raises `FactsError` naming what was wrong.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass, field
from typing import Any, Final

from app.core.errors import AirlockError
from app.core.messages import Message, say, template

QUERY_FIELDS: Final = (
    "index",
    "uuid",
    "name",
    "pci.bus_id",
    "driver_version",
    "memory.total",
    "memory.used",
    "mig.mode.current",
    "ecc.mode.current",
    "ecc.errors.corrected.volatile.total",
    "ecc.errors.uncorrected.volatile.total",
    "ecc.errors.corrected.aggregate.total",
    "ecc.errors.uncorrected.aggregate.total",
    "retired_pages.single_bit_ecc.count",
    "retired_pages.double_bit.count",
    "retired_pages.pending",
    "temperature.gpu",
    "power.draw",
    "power.limit",
)
QUERY_ARGUMENT: Final = "--query-gpu=" + ",".join(QUERY_FIELDS)
CSV_FORMAT_ARGUMENT: Final = "--format=csv,noheader,nounits"

# States of a node's GPU stack.
STATE_OK: Final = "ok"
STATE_NO_GPU: Final = "no_gpu"  # no nvidia-smi, or a driver that sees no device
STATE_NO_DRIVER: Final = "no_driver"  # nvidia-smi present, kernel driver not loaded
STATE_NOT_RESPONDING: Final = "not_responding"  # a GPU is lost, or the driver hangs
STATE_ERROR: Final = "error"  # nvidia-smi failed in a way not listed above

_NOT_INSTALLED: Final = template("nvidia-smi is not installed on this node.")
_SEES_NO_GPU: Final = template("The NVIDIA driver sees no GPU on this node.")
_NOT_LOADED: Final = template("The NVIDIA driver is not loaded: {output}")
_NO_RESPONSE: Final = template("The NVIDIA driver does not respond: {output}")
_SMI_FAILED: Final = template("nvidia-smi failed with exit status {status}: {output}")
_LISTS_NO_GPU: Final = template("The NVIDIA driver lists no GPU.")

# nvidia-smi(1) RETURN VALUE section.
_EXIT_NO_DEVICES: Final = 6
_EXIT_NO_DRIVER: Final = 9
_EXIT_NVML_MISSING: Final = 12
_EXIT_GPU_LOST: Final = 15
_EXIT_COMMAND_NOT_FOUND: Final = 127
_EXIT_TIMED_OUT: Final = 124

_MAX_OUTPUT: Final = 16 * 1024 * 1024
_NOT_AVAILABLE: Final = frozenset({"N/A", "[N/A]", "[Not Supported]", "Not Supported", "[Unknown Error]", ""})
_NUMBER: Final = re.compile(r"^\s*(-?\d+(?:\.\d+)?)")
_UUID: Final = re.compile(r"^(GPU|MIG)-[0-9A-Za-z-]{8,64}$")


class FactsError(AirlockError):
    """nvidia-smi output that is not what nvidia-smi writes."""

    audit_outcome = "failed"


@dataclass(frozen=True)
class Gpu:
    """One physical GPU. A field is None where nvidia-smi reported N/A or not supported."""

    index: int
    uuid: str
    name: str
    pci_bus_id: str | None = None
    memory_total_mib: int | None = None
    memory_used_mib: int | None = None
    mig_mode: str | None = None
    mig_devices: int = 0
    ecc_mode: str | None = None
    ecc_corrected_volatile: int | None = None
    ecc_uncorrected_volatile: int | None = None
    ecc_corrected_aggregate: int | None = None
    ecc_uncorrected_aggregate: int | None = None
    retired_pages_single_bit: int | None = None
    retired_pages_double_bit: int | None = None
    retired_pages_pending: bool | None = None
    remapped_rows_correctable: int | None = None
    remapped_rows_uncorrectable: int | None = None
    remapped_rows_pending: bool | None = None
    remapped_rows_failure: bool | None = None
    temperature_c: float | None = None
    slowdown_temperature_c: float | None = None
    """Where the GPU slows itself down, where the driver prints it (before driver 580 on Hopper)."""
    slowdown_margin_c: float | None = None
    """Degrees left before the GPU slows itself down (0 or less: it is slowing down)."""
    power_draw_w: float | None = None
    power_limit_w: float | None = None
    utilization_percent: float | None = None
    performance_state: str | None = None
    pcie_gen_current: int | None = None
    pcie_gen_max: int | None = None
    """The highest generation this GPU and this slot can run together (`max_link_gen`)."""
    pcie_gen_max_device: int | None = None
    pcie_gen_max_host: int | None = None
    pcie_width_current: int | None = None
    pcie_width_max: int | None = None
    pcie_replays: int | None = None
    """PCIe replays since the driver loaded: retransmissions after link errors."""


@dataclass(frozen=True)
class GpuReport:
    """What a node's nvidia-smi said: a state, the driver and every GPU."""

    state: str
    said: Message | None = None  # why there is no GPU to report, as a template and its values
    driver_version: str | None = None
    cuda_version: str | None = None
    gpus: tuple[Gpu, ...] = field(default_factory=tuple)

    @property
    def message(self) -> str:
        """Why there is no GPU to report, in English ("" when all is well)."""
        return self.said.text if self.said else ""

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form (what `node show --json` prints)."""
        return {
            "state": self.state,
            "message": self.message,
            "driver_version": self.driver_version,
            "cuda_version": self.cuda_version,
            "gpus": [asdict(g) for g in self.gpus],
        }


def classify_failure(exit_code: int, output: str) -> GpuReport | None:
    """Map a failed nvidia-smi run to a report, or None when it ran fine (exit 0)."""
    text = output.strip()[:500]
    lowered = text.lower()
    if exit_code == 0:
        return None
    if exit_code == _EXIT_COMMAND_NOT_FOUND or "command not found" in lowered or "no such file" in lowered:
        return GpuReport(STATE_NO_GPU, say(_NOT_INSTALLED))
    if exit_code == _EXIT_NO_DEVICES or "no devices were found" in lowered:
        return GpuReport(STATE_NO_GPU, say(_SEES_NO_GPU))
    if exit_code in (_EXIT_NO_DRIVER, _EXIT_NVML_MISSING) or "couldn't communicate with the nvidia driver" in lowered:
        return GpuReport(STATE_NO_DRIVER, say(_NOT_LOADED, output=text))
    if (
        exit_code in (_EXIT_GPU_LOST, _EXIT_TIMED_OUT)
        or "gpu is lost" in lowered
        or "unable to determine the device handle" in lowered
    ):
        return GpuReport(STATE_NOT_RESPONDING, say(_NO_RESPONSE, output=text or "nvidia-smi timed out"))
    return GpuReport(STATE_ERROR, say(_SMI_FAILED, status=exit_code, output=text))


def _value(text: str | None) -> str | None:
    if text is None:
        return None
    stripped = " ".join(text.split())
    return None if stripped in _NOT_AVAILABLE else stripped


def _number(text: str | None) -> float | None:
    value = _value(text)
    if value is None:
        return None
    match = _NUMBER.match(value)
    if match is None:
        return None
    return float(match.group(1))


def _integer(text: str | None) -> int | None:
    number = _number(text)
    return None if number is None else int(number)


def _flag(text: str | None) -> bool | None:
    value = _value(text)
    if value is None:
        return None
    if value in ("Yes", "Enabled", "Active"):
        return True
    if value in ("No", "Disabled", "Not Active"):
        return False
    return None


def _text(element: ET.Element, path: str) -> str | None:
    found = element.find(path)
    return None if found is None else found.text


def _sum(*values: int | None) -> int | None:
    present = [v for v in values if v is not None]
    return sum(present) if present else None


def _ecc_counts(gpu: ET.Element, scope: str) -> tuple[int | None, int | None]:
    """Corrected and uncorrected totals for `volatile` or `aggregate`, in either layout."""
    node = gpu.find(f"ecc_errors/{scope}")
    if node is None:
        return None, None
    if node.find("single_bit") is not None:  # driver <= 450 layout
        return _integer(_text(node, "single_bit/total")), _integer(_text(node, "double_bit/total"))
    corrected = _sum(_integer(_text(node, "sram_correctable")), _integer(_text(node, "dram_correctable")))
    uncorrected = _sum(
        _integer(_text(node, "sram_uncorrectable")),
        _integer(_text(node, "sram_uncorrectable_parity")),
        _integer(_text(node, "sram_uncorrectable_secded")),
        _integer(_text(node, "dram_uncorrectable")),
    )
    return corrected, uncorrected


def _power(gpu: ET.Element) -> tuple[float | None, float | None]:
    readings = gpu.find("gpu_power_readings")
    if readings is not None:  # driver >= 530; driver 580 (DTD v13) splits the draw into average and instant
        draw = _number(_text(readings, "power_draw"))
        if draw is None:
            draw = _number(_text(readings, "average_power_draw"))
        if draw is None:
            draw = _number(_text(readings, "instant_power_draw"))
        return draw, _number(_text(readings, "current_power_limit"))
    readings = gpu.find("power_readings")
    if readings is None:
        return None, None
    limit = _number(_text(readings, "enforced_power_limit"))
    return _number(_text(readings, "power_draw")), limit or _number(_text(readings, "power_limit"))


def _slowdown_margin(gpu: ET.Element, temperature: float | None, slowdown: float | None) -> float | None:
    """Degrees left before the GPU slows itself down, in C.

    Older drivers print the slowdown temperature (`gpu_temp_slow_threshold`). Driver 580
    on Hopper prints margins to the thermal limit T.Limit instead, measured on its own
    sensor: `gpu_temp_tlimit` is how far below T.Limit the GPU is now, and
    `gpu_temp_slow_tlimit_threshold` the margin at which it slows down. They are not
    offsets from `gpu_temp` (recorded on an H200: 37 C with 50 C to go idle, 58 C with
    23 C to go under load), so the margin is kept as a margin.
    """
    margin = _number(_text(gpu, "temperature/gpu_temp_tlimit"))
    slow_margin = _number(_text(gpu, "temperature/gpu_temp_slow_tlimit_threshold"))
    if margin is not None and slow_margin is not None:
        return margin - slow_margin
    if slowdown is not None and temperature is not None:
        return slowdown - temperature
    return None


def _gpu_from_xml(position: int, gpu: ET.Element) -> Gpu:
    uuid = _value(_text(gpu, "uuid"))
    name = _value(_text(gpu, "product_name"))
    if uuid is None or not _UUID.match(uuid) or name is None:
        msg = f"GPU {position} in the nvidia-smi XML has no valid uuid or product_name."
        raise FactsError(msg, "Collect the facts again; if it repeats, record `nvidia-smi -q -x` from that node.")
    corrected_volatile, uncorrected_volatile = _ecc_counts(gpu, "volatile")
    corrected_aggregate, uncorrected_aggregate = _ecc_counts(gpu, "aggregate")
    power_draw, power_limit = _power(gpu)
    remapped = gpu.find("remapped_rows")
    pending_retirement = _flag(_text(gpu, "retired_pages/pending_retirement"))
    pending_blacklist = _flag(_text(gpu, "retired_pages/pending_blacklist"))
    temperature = _number(_text(gpu, "temperature/gpu_temp"))
    slowdown = _number(_text(gpu, "temperature/gpu_temp_slow_threshold"))
    return Gpu(
        index=position,
        uuid=uuid,
        name=name,
        pci_bus_id=_value(_text(gpu, "pci/pci_bus_id")) or gpu.get("id"),
        memory_total_mib=_integer(_text(gpu, "fb_memory_usage/total")),
        memory_used_mib=_integer(_text(gpu, "fb_memory_usage/used")),
        mig_mode=_value(_text(gpu, "mig_mode/current_mig")),
        mig_devices=len(gpu.findall("mig_devices/mig_device")),
        ecc_mode=_value(_text(gpu, "ecc_mode/current_ecc")),
        ecc_corrected_volatile=corrected_volatile,
        ecc_uncorrected_volatile=uncorrected_volatile,
        ecc_corrected_aggregate=corrected_aggregate,
        ecc_uncorrected_aggregate=uncorrected_aggregate,
        retired_pages_single_bit=_integer(_text(gpu, "retired_pages/multiple_single_bit_retirement/retired_count")),
        retired_pages_double_bit=_integer(_text(gpu, "retired_pages/double_bit_retirement/retired_count")),
        retired_pages_pending=None
        if pending_retirement is None and pending_blacklist is None
        else bool(pending_retirement or pending_blacklist),
        remapped_rows_correctable=None if remapped is None else _integer(_text(remapped, "remapped_row_corr")),
        remapped_rows_uncorrectable=None if remapped is None else _integer(_text(remapped, "remapped_row_unc")),
        remapped_rows_pending=None if remapped is None else _flag(_text(remapped, "remapped_row_pending")),
        remapped_rows_failure=None if remapped is None else _flag(_text(remapped, "remapped_row_failure")),
        temperature_c=temperature,
        slowdown_temperature_c=slowdown,
        slowdown_margin_c=_slowdown_margin(gpu, temperature, slowdown),
        power_draw_w=power_draw,
        power_limit_w=power_limit,
        utilization_percent=_number(_text(gpu, "utilization/gpu_util")),
        performance_state=_value(_text(gpu, "performance_state")),
        **_pcie(gpu),
    )


def _pcie(gpu: ET.Element) -> dict[str, int | None]:
    """The PCIe link as nvidia-smi reports it: generation and width now and at most, replays."""
    link = "pci/pci_gpu_link_info"
    return {
        "pcie_gen_current": _integer(_text(gpu, f"{link}/pcie_gen/current_link_gen")),
        "pcie_gen_max": _integer(_text(gpu, f"{link}/pcie_gen/max_link_gen")),
        "pcie_gen_max_device": _integer(_text(gpu, f"{link}/pcie_gen/max_device_link_gen")),
        "pcie_gen_max_host": _integer(_text(gpu, f"{link}/pcie_gen/max_host_link_gen")),
        "pcie_width_current": _integer(_text(gpu, f"{link}/link_widths/current_link_width")),
        "pcie_width_max": _integer(_text(gpu, f"{link}/link_widths/max_link_width")),
        "pcie_replays": _integer(_text(gpu, "pci/replay_counter")),
    }


def _parse_xml_document(text: str) -> ET.Element:
    if len(text) > _MAX_OUTPUT:
        msg = f"The nvidia-smi XML is {len(text)} characters, more than the {_MAX_OUTPUT} Airlock accepts."
        raise FactsError(msg)
    # nvidia-smi declares an external DTD and never an entity; an internal subset or an
    # entity is not nvidia-smi output and could expand without bound.
    if "<!ENTITY" in text or re.search(r"<!DOCTYPE[^>]*\[", text):
        msg = "The nvidia-smi XML declares entities or an internal DTD, which nvidia-smi never does."
        raise FactsError(msg, "Check what runs as nvidia-smi on that node.")
    try:
        root = ET.fromstring(text.strip())  # noqa: S314 - entities refused above
    except ET.ParseError as exc:
        msg = f"The nvidia-smi XML is not well-formed: {exc}."
        raise FactsError(
            msg, "Collect the facts again; a truncated output points at a full disk or a killed command."
        ) from exc
    if root.tag != "nvidia_smi_log":
        msg = f"The nvidia-smi XML has root element <{root.tag}>, not <nvidia_smi_log>."
        raise FactsError(msg)
    return root


def parse_xml(text: str) -> GpuReport:
    """Parse `nvidia-smi -q -x` output into a report (state ok)."""
    root = _parse_xml_document(text)
    gpus = tuple(_gpu_from_xml(i, g) for i, g in enumerate(root.findall("gpu")))
    uuids = [g.uuid for g in gpus]
    if len(set(uuids)) != len(uuids):
        msg = "The nvidia-smi XML lists the same GPU UUID twice."
        raise FactsError(msg)
    return GpuReport(
        state=STATE_OK if gpus else STATE_NO_GPU,
        said=None if gpus else say(_LISTS_NO_GPU),
        driver_version=_value(_text(root, "driver_version")),
        cuda_version=_value(_text(root, "cuda_version")),
        gpus=gpus,
    )


def _csv_row(line_number: int, line: str) -> Gpu:
    cells = [c.strip() for c in line.split(",")]
    if len(cells) != len(QUERY_FIELDS):
        msg = f"Line {line_number} of the nvidia-smi CSV has {len(cells)} fields, expected {len(QUERY_FIELDS)}."
        raise FactsError(msg, f"Run nvidia-smi with {QUERY_ARGUMENT} {CSV_FORMAT_ARGUMENT}.")
    row = dict(zip(QUERY_FIELDS, cells, strict=True))
    index = _integer(row["index"])
    uuid = _value(row["uuid"])
    name = _value(row["name"])
    if index is None or uuid is None or not _UUID.match(uuid) or name is None:
        msg = f"Line {line_number} of the nvidia-smi CSV has no valid index, uuid or name."
        raise FactsError(msg)
    return Gpu(
        index=index,
        uuid=uuid,
        name=name,
        pci_bus_id=_value(row["pci.bus_id"]),
        memory_total_mib=_integer(row["memory.total"]),
        memory_used_mib=_integer(row["memory.used"]),
        mig_mode=_value(row["mig.mode.current"]),
        ecc_mode=_value(row["ecc.mode.current"]),
        ecc_corrected_volatile=_integer(row["ecc.errors.corrected.volatile.total"]),
        ecc_uncorrected_volatile=_integer(row["ecc.errors.uncorrected.volatile.total"]),
        ecc_corrected_aggregate=_integer(row["ecc.errors.corrected.aggregate.total"]),
        ecc_uncorrected_aggregate=_integer(row["ecc.errors.uncorrected.aggregate.total"]),
        retired_pages_single_bit=_integer(row["retired_pages.single_bit_ecc.count"]),
        retired_pages_double_bit=_integer(row["retired_pages.double_bit.count"]),
        retired_pages_pending=_flag(row["retired_pages.pending"]),
        temperature_c=_number(row["temperature.gpu"]),
        power_draw_w=_number(row["power.draw"]),
        power_limit_w=_number(row["power.limit"]),
    )


def parse_query_csv(text: str) -> GpuReport:
    """Parse `nvidia-smi QUERY_ARGUMENT CSV_FORMAT_ARGUMENT` output into a report."""
    if len(text) > _MAX_OUTPUT:
        msg = "The nvidia-smi CSV is larger than Airlock accepts."
        raise FactsError(msg)
    lines = [line for line in text.splitlines() if line.strip()]
    gpus = tuple(_csv_row(n, line) for n, line in enumerate(lines, start=1))
    versions = {_value(line.split(",")[QUERY_FIELDS.index("driver_version")]) for line in lines}
    driver = versions.pop() if len(versions) == 1 else None
    return GpuReport(
        state=STATE_OK if gpus else STATE_NO_GPU, driver_version=driver, gpus=gpus,
        said=None if gpus else say(_LISTS_NO_GPU),
    )


def report_from_outputs(xml_rc: int, xml_out: str, csv_rc: int | None = None, csv_out: str = "") -> GpuReport:
    """The report for one node from its raw nvidia-smi results (exit status and stdout).

    The XML is authoritative; the CSV is used when the XML run failed but the CSV run did not.
    """
    failure = classify_failure(xml_rc, xml_out)
    if failure is None:
        return parse_xml(xml_out)
    if csv_rc == 0 and csv_out.strip():
        return parse_query_csv(csv_out)
    return failure

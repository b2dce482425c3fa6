"""GPU health further: PCIe links, NVLink counters, XIDs named from NVIDIA's catalogue, thresholds."""

from __future__ import annotations

import dataclasses

import pytest

from app.core import facts, health, nvlink, xid
from app.core.errors import UsageError
from tests.lab.nodes import KERNEL_LOGS, NVIDIA_DIR

FAULTS = NVIDIA_DIR / "h100-link-faults"
GPU0 = "GPU 0 (GPU-5e2bd0f5-92c8-8a7c-1c1e-7d3bd4e39a13)"
GPU1 = "GPU 1 (GPU-a1c8f5e2-3b47-1d9e-88f0-62d7c4be0f51)"


def _report(profile: str = "h100-link-faults", *, xml: str | None = None, **extra: object) -> dict[str, object]:
    folder = NVIDIA_DIR / profile
    report: dict[str, object] = {
        "nvidia_smi": {"rc": 0, "stdout": xml if xml is not None else (folder / "q.xml").read_text()},
        "nvlink": {"errors": {"rc": 0, "stdout": _read(folder / "nvlink-e.txt")},
                   "status": {"rc": 0, "stdout": _read(folder / "nvlink-s.txt")}},
        "dcgmi": {"installed": False},
        "kernel_log": KERNEL_LOGS.get(profile, []),
        "df": None,
    }
    report.update(extra)
    return report


def _read(path: object) -> str:
    return path.read_text() if path.exists() else ""  # type: ignore[attr-defined]


def test_the_real_h200_recording_reports_its_pcie_link() -> None:
    gpu = facts.parse_xml((NVIDIA_DIR / "h200" / "q.xml").read_text()).gpus[0]
    assert (gpu.pcie_gen_current, gpu.pcie_gen_max, gpu.pcie_width_current, gpu.pcie_width_max) == (5, 5, 16, 16)
    assert (gpu.pcie_gen_max_device, gpu.pcie_gen_max_host, gpu.pcie_replays) == (5, None, 1)
    assert gpu.performance_state == "P0"


def test_a_narrow_or_slow_pcie_link_and_replays_are_degraded() -> None:
    result = health.evaluate(_report(kernel_log=[], nvlink=None))
    assert result.status == "degraded"
    assert f"{GPU0}: the PCIe link runs at x8 of x16." in result.reasons
    assert f"{GPU0}: the PCIe link runs at generation 4 of 5 while the GPU is busy." in result.reasons
    assert f"{GPU0}: 312 PCIe replays since the driver loaded (threshold 100)." in result.reasons


def test_an_idle_gpu_link_generation_is_not_judged_but_its_width_is() -> None:
    idle = (FAULTS / "q.xml").read_text().replace("<gpu_util>97 %</gpu_util>", "<gpu_util>3 %</gpu_util>")
    reasons = health.evaluate(_report(xml=idle, kernel_log=[], nvlink=None)).reasons
    assert not any("generation" in r for r in reasons)
    assert f"{GPU0}: the PCIe link runs at x8 of x16." in reasons


def test_a_slot_slower_than_the_gpu_is_a_note() -> None:
    xml = (NVIDIA_DIR / "h100-pair" / "q.xml").read_text().replace(
        "<max_host_link_gen>5</max_host_link_gen>", "<max_host_link_gen>4</max_host_link_gen>", 1)
    result = health.evaluate(_report("h100-pair", xml=xml))
    assert f"{GPU0}: the slot allows PCIe generation 4; the GPU could run 5." in result.notes


def test_nvlink_counters_over_their_thresholds_and_a_link_down() -> None:
    result = health.evaluate(_report(kernel_log=[]))
    assert f"{GPU1}: NVLink 3 has 1873 CRC errors (threshold 100)." in result.reasons
    assert f"{GPU1}: NVLink 3 has 146 replay errors (threshold 100)." in result.reasons
    assert f"{GPU1}: NVLink 3 has 2 recovery errors (threshold 1)." in result.reasons
    assert f"{GPU1}: NVLink 7 inactive while its other links are up." in result.reasons


def test_thresholds_decide_and_come_from_settings() -> None:
    limits = health.HealthThresholds.from_settings({"health.nvlink_crc": "5000", "health.pcie_replays": "1000",
                                                     "health.nvlink_replay": "200", "unrelated": "x"})
    assert (limits.nvlink_crc, limits.pcie_replays, limits.nvlink_recovery) == (5000, 1000, 1)
    reasons = health.evaluate(_report(kernel_log=[]), limits).reasons
    assert not any("CRC" in r or "replay" in r or "PCIe replays" in r for r in reasons)
    assert f"{GPU1}: NVLink 3 has 2 recovery errors (threshold 1)." in reasons


def test_a_clean_nvlink_pair_is_healthy_apart_from_its_recorded_remap() -> None:
    result = health.evaluate(_report("h100-pair"))
    assert result.reasons == [f"{GPU1}: remapped rows wait for a GPU reset."]


@pytest.mark.parametrize(("temperature", "expected"), [(84, None), (85, "85 C, at or above the 85 C threshold.")])
def test_the_temperature_threshold(temperature: int, expected: str | None) -> None:
    xml = (NVIDIA_DIR / "t4" / "q.xml").read_text()
    xml = xml.replace("<gpu_temp>40 C</gpu_temp>", f"<gpu_temp>{temperature} C</gpu_temp>", 1)
    reasons = health.evaluate(_report("t4", xml=xml)).reasons
    assert [r.split(": ", 1)[1] for r in reasons if " C, " in r] == ([expected] if expected else [])


def test_corrected_ecc_errors_over_the_threshold() -> None:
    limits = health.HealthThresholds(ecc_corrected=2)
    result = health.evaluate(_report("t4-ecc-retired", kernel_log=[]), limits)
    assert any("corrected ECC errors since the driver loaded (threshold 2)" in r for r in result.reasons)


def test_nvlink_outputs_missing_failing_or_empty() -> None:
    assert "NVLink" not in " ".join(health.evaluate(_report("t4")).notes)  # no NVLink files: prints nothing
    failed = health.evaluate(_report("t4", nvlink={"errors": {"rc": 6, "stdout": ""}, "status": {"rc": 6}}))
    assert "The NVLink counters could not be read (exit status 6)." in failed.notes
    lost = health.evaluate(_report("t4", nvidia_smi={"rc": 15, "stdout": "GPU is lost"},
                                   nvlink={"errors": {"rc": 15, "stdout": ""}}))
    assert not any("NVLink" in n for n in lost.notes)  # nvidia-smi's own failure says it already


def test_nvlink_garbage_is_refused_with_what_was_wrong() -> None:
    with pytest.raises(facts.FactsError, match="line before any GPU"):
        nvlink.parse("\t Link 0: CRC Errors: 5\n")
    with pytest.raises(facts.FactsError, match="larger than Airlock accepts"):
        nvlink.parse("GPU 0: x\n" + "a" * (5 * 1024 * 1024))
    parsed = nvlink.parse("GPU 0: NVIDIA A100 (UUID: GPU-1)\n\t Link 0: Effective BER: 1.2e-15\n"
                          "\t Link 0: Link recovery failed events: 3\n\t nonsense\n")
    assert parsed[0].counters == {0: {"Link recovery failed events": 3}}
    assert parsed[0].counted(0, nvlink.RECOVERY) == 3
    verdict = health.evaluate(_report("t4", nvlink={"errors": {"rc": 0, "stdout": "\t Link 0: x: 1\n"}}))
    assert verdict.status == "healthy"  # the rest of the check stands; what could not be read is said
    assert any("NVLink counters could not be read" in n and "line before any GPU" in n for n in verdict.notes)


def test_xids_are_named_with_the_catalogue_meaning_and_an_action() -> None:
    result = health.evaluate(_report(nvlink=None))
    assert result.status == "unhealthy"
    assert "XID 74 (PCI 0000:2a:00): an NVLink error." in result.reasons
    assert "XID 154 (PCI 0000:2a:00): the driver asks for a recovery action." in result.reasons
    assert any(r.startswith("XID 13 (PCI 0000:18:00): a graphics engine exception") for r in result.reasons)
    assert result.actions == [
        "Drain the work from the GPU at PCI 0000:2a:00, then reset it (nvidia-smi -r).",
        "Restart the application that was using the GPU at PCI 0000:18:00.",
    ]


@pytest.mark.parametrize(("line", "action", "status"), [
    ("NVRM: Xid (PCI:0000:3b:00): 79, pid=0, GPU has fallen off the bus.", xid.SERVICE, "unhealthy"),
    ("NVRM: Xid (PCI:0000:3b:00): 95, pid=7, Uncontained: ...", xid.RESET_GPU, "unhealthy"),
    ("NVRM: Xid (PCI:0000:3b:00): 94, pid=7, Contained: ...", xid.RESTART_APP, "degraded"),
    ("NVRM: Xid (PCI:0000:3b:00): 154, GPU recovery action changed from 0x0 (None) to 0x2 (Node Reboot Required)",
     xid.REBOOT_NODE, "unhealthy"),
    ("NVRM: Xid (PCI:0000:3b:00): 45, pid=7, Ch 00000010", None, "degraded"),
    ("NVRM: Xid (PCI:0000:3b:00): 999, something new", None, "degraded"),
])
def test_each_kind_of_xid(line: str, action: str | None, status: str) -> None:
    found = xid.findings(xid.read_events([f"[ 1.0] {line}"]))
    assert len(found) == 1
    assert found[0].status == status
    assert [a for a, _ in found[0].actions] == ([action] if action else [])


def test_an_xid_154_back_to_none_and_several_gpus_with_one_xid() -> None:
    assert xid.findings(xid.read_events(
        ["NVRM: Xid (PCI:0000:3b:00): 154, GPU recovery action changed from 0x1 (GPU Reset Required) to 0x0 (None)"]
    )) == []
    found = xid.findings(xid.read_events(["NVRM: Xid (PCI:0000:5E:00): 48, a", "NVRM: Xid (PCI:0000:3b:00): 48, b",
                                          "NVRM: Xid (PCI:0000:3b:00): 48, c"]))
    assert found[0].said.text == "XID 48 (PCI 0000:3b:00, 0000:5e:00): a double-bit ECC error in GPU memory."
    assert len(found[0].actions) == 2
    assert xid.findings(xid.read_events(["unrelated", "NVRM: Xid (PCI:zz): x"])) == []


def test_every_catalogue_entry_is_a_sentence_about_its_events() -> None:
    for code, entry in xid.CATALOGUE.items():
        assert entry.meaning.startswith("{events}: "), code
        assert entry.meaning.endswith("."), code
        assert entry.action in xid.ACTIONS
        assert entry.status in (xid.DEGRADED, xid.UNHEALTHY)


@pytest.mark.parametrize(("name", "value", "problem"), [
    ("nvlink_crc", "-1", "not a valid value"), ("gpu_temperature_c", "hot", "not a valid value"),
    ("disk_degraded_percent", "101", "not a valid value"), ("fan_speed", "3", "no health threshold named"),
])
def test_bad_thresholds_are_refused(name: str, value: str, problem: str) -> None:
    with pytest.raises(UsageError, match=problem):
        health.check_threshold(name, value)


def test_threshold_names_are_the_dataclass_fields() -> None:
    assert health.threshold_names() == tuple(f.name for f in dataclasses.fields(health.HealthThresholds))
    assert health.check_threshold("gpu_temperature_c", "90.5") == 90.5
    assert health.check_threshold("nvlink_crc", "10") == 10

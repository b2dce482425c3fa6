"""GPU facts from recorded nvidia-smi output (tests/lab/nvidia), and garbage refused."""

from __future__ import annotations

import pytest

from app.core import facts
from tests.lab.nodes import NVIDIA_DIR


def _xml(profile: str) -> str:
    return (NVIDIA_DIR / profile / "q.xml").read_text()


def _csv(profile: str) -> str:
    return (NVIDIA_DIR / profile / "query.csv").read_text()


def test_the_query_fields_are_the_ones_the_lab_recorded() -> None:
    assert ",".join(facts.QUERY_FIELDS) == (NVIDIA_DIR / "query_fields.txt").read_text().strip()
    playbook = (NVIDIA_DIR.parents[2] / "playbooks" / "facts.yml").read_text()
    assert facts.QUERY_ARGUMENT in playbook


def test_a100_with_mig_enabled() -> None:
    report = facts.parse_xml(_xml("a100-mig"))
    assert (report.state, report.driver_version, report.cuda_version) == ("ok", "535.54.03", "12.2")
    (gpu,) = report.gpus
    assert gpu.name == "NVIDIA A100-SXM4-80GB"
    assert gpu.uuid == "GPU-513536b6-7d19-9063-b049-1e69664bb298"
    assert (gpu.mig_mode, gpu.mig_devices) == ("Enabled", 2)
    assert (gpu.memory_total_mib, gpu.memory_used_mib) == (81920, 50)
    assert (gpu.temperature_c, gpu.slowdown_temperature_c, gpu.slowdown_margin_c) == (27.0, 89.0, 62.0)
    assert (gpu.power_draw_w, gpu.power_limit_w) == (67.03, 500.0)
    # N/A fields stay unknown rather than zero.
    assert gpu.retired_pages_single_bit is None
    assert gpu.retired_pages_pending is None
    assert gpu.remapped_rows_pending is None


def test_t4_healthy_in_the_v11_layout_with_the_old_power_readings() -> None:
    (gpu,) = facts.parse_xml(_xml("t4")).gpus
    assert gpu.name == "Tesla T4"
    assert gpu.mig_mode is None  # N/A on a card without MIG
    assert (gpu.ecc_mode, gpu.ecc_uncorrected_volatile, gpu.retired_pages_double_bit) == ("Enabled", 0, 0)
    assert gpu.retired_pages_pending is False
    assert (gpu.power_draw_w, gpu.power_limit_w) == (26.78, 70.0)


def test_ecc_errors_and_retired_pages() -> None:
    (gpu,) = facts.parse_xml(_xml("t4-ecc-retired")).gpus
    assert (gpu.ecc_corrected_volatile, gpu.ecc_uncorrected_volatile) == (12, 1)
    assert (gpu.ecc_corrected_aggregate, gpu.ecc_uncorrected_aggregate) == (217, 2)
    assert (gpu.retired_pages_single_bit, gpu.retired_pages_double_bit, gpu.retired_pages_pending) == (2, 1, True)


def test_two_h100_with_remapped_rows_and_na_sensors() -> None:
    report = facts.parse_xml(_xml("h100-pair"))
    assert report.driver_version == "550.54.15"
    first, second = report.gpus
    assert [g.index for g in report.gpus] == [0, 1]
    assert first.name == second.name == "NVIDIA H100 80GB HBM3"
    assert first.uuid != second.uuid
    assert (first.remapped_rows_pending, second.remapped_rows_pending) == (False, True)
    assert second.remapped_rows_correctable == 1
    assert second.ecc_corrected_aggregate == 6
    assert (second.temperature_c, second.power_draw_w, second.power_limit_w) == (None, None, 700.0)


def test_h200_recorded_on_a_real_machine() -> None:
    # Driver 580 (DTD v13): the power draw is split into average and instant readings and
    # the thermal thresholds are margins to T.Limit.
    report = facts.parse_xml(_xml("h200"))
    assert (report.state, report.driver_version, report.cuda_version) == ("ok", "580.159.04", "13.0")
    (gpu,) = report.gpus
    assert (gpu.name, gpu.uuid) == ("NVIDIA H200", "GPU-89bc5710-522b-288c-6deb-5b79e46fe6d9")
    assert (gpu.memory_total_mib, gpu.mig_mode, gpu.ecc_mode) == (143771, "Disabled", "Enabled")
    assert (gpu.ecc_uncorrected_aggregate, gpu.remapped_rows_pending) == (0, False)
    assert (gpu.temperature_c, gpu.power_draw_w, gpu.power_limit_w) == (37.0, 78.69, 700.0)
    # T.Limit margins: 50 C below T.Limit now, slowdown at 2 C past it.
    assert (gpu.slowdown_temperature_c, gpu.slowdown_margin_c) == (None, 52.0)


def test_h200_recorded_under_load() -> None:
    # The same kind of machine running bf16 matrix products on 80 GiB: the margin is not
    # an offset from gpu_temp (58 C now, 23 C to T.Limit), so it is kept as a margin.
    (gpu,) = facts.parse_xml(_xml("h200-busy")).gpus
    assert (gpu.name, gpu.memory_used_mib, gpu.memory_total_mib) == ("NVIDIA H200", 82803, 143771)
    assert (gpu.temperature_c, gpu.slowdown_margin_c) == (58.0, 25.0)
    assert gpu.power_draw_w == 687.52  # the average reading; the CSV, taken a moment later, says 689.13
    (from_csv,) = facts.parse_query_csv(_csv("h200-busy")).gpus
    assert (from_csv.uuid, from_csv.memory_used_mib, from_csv.power_draw_w) == (gpu.uuid, 82803, 689.13)


@pytest.mark.parametrize("profile", ["a100-mig", "t4", "t4-ecc-retired", "h100-pair", "h200"])
def test_csv_and_xml_agree(profile: str) -> None:
    from_xml = facts.parse_xml(_xml(profile))
    from_csv = facts.parse_query_csv(_csv(profile))
    assert from_csv.driver_version == from_xml.driver_version
    keys = ("index", "uuid", "name", "memory_total_mib", "ecc_uncorrected_aggregate", "retired_pages_double_bit",
            "temperature_c", "power_draw_w", "power_limit_w")
    for a, b in zip(from_xml.gpus, from_csv.gpus, strict=True):
        assert {k: getattr(a, k) for k in keys} == {k: getattr(b, k) for k in keys}


@pytest.mark.parametrize(
    ("profile", "state", "words"),
    [
        ("no-driver", facts.STATE_NO_DRIVER, "not loaded"),
        ("gpu-lost", facts.STATE_NOT_RESPONDING, "GPU is lost"),
        ("no-devices", facts.STATE_NO_GPU, "sees no GPU"),
    ],
)
def test_failing_nvidia_smi_is_a_state_not_an_error(profile: str, state: str, words: str) -> None:
    output = (NVIDIA_DIR / profile / "stdout").read_text()
    code = int((NVIDIA_DIR / profile / "exit_code").read_text())
    report = facts.report_from_outputs(code, output)
    assert report.state == state
    assert words in report.message
    assert report.gpus == ()


def test_missing_nvidia_smi_and_a_hung_driver() -> None:
    missing = facts.report_from_outputs(2, "[Errno 2] No such file or directory: b'nvidia-smi'")
    assert missing.state == facts.STATE_NO_GPU
    assert facts.report_from_outputs(127, "").state == facts.STATE_NO_GPU
    assert facts.report_from_outputs(124, "").state == facts.STATE_NOT_RESPONDING
    assert facts.report_from_outputs(255, "something else").state == facts.STATE_ERROR


def test_the_csv_is_used_when_the_xml_run_failed() -> None:
    report = facts.report_from_outputs(255, "boom", 0, _csv("t4"))
    assert report.state == "ok"
    assert report.gpus[0].name == "Tesla T4"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "not well-formed"),
        ("<nvidia_smi_log><gpu>", "not well-formed"),
        ("<html/>", "root element <html>"),
        ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><nvidia_smi_log>&a;</nvidia_smi_log>', "entities"),
        ("<nvidia_smi_log><gpu><product_name>X</product_name><uuid>bad</uuid></gpu></nvidia_smi_log>", "no valid uuid"),
        ("<nvidia_smi_log><gpu><uuid>GPU-12345678-aaaa</uuid></gpu></nvidia_smi_log>", "no valid uuid"),
    ],
)
def test_garbage_xml_is_refused_with_a_reason(text: str, words: str) -> None:
    with pytest.raises(facts.FactsError, match=words):
        facts.parse_xml(text)


def test_a_duplicated_gpu_is_refused() -> None:
    text = _xml("t4")
    start, end = text.index("<gpu "), text.index("</gpu>") + len("</gpu>")
    doubled = text[:end] + text[start:end] + text[end:]
    with pytest.raises(facts.FactsError, match="same GPU UUID twice"):
        facts.parse_xml(doubled)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("0, GPU-aaaa-bbbb-cccc, Tesla T4\n", "has 3 fields"),
        (",".join(["x"] * len(facts.QUERY_FIELDS)) + "\n", "no valid index"),
    ],
)
def test_garbage_csv_is_refused(text: str, words: str) -> None:
    with pytest.raises(facts.FactsError, match=words):
        facts.parse_query_csv(text)


def test_an_empty_gpu_list_is_no_gpu() -> None:
    report = facts.parse_xml("<nvidia_smi_log><driver_version>550.54.15</driver_version></nvidia_smi_log>")
    assert (report.state, report.driver_version, report.gpus) == (facts.STATE_NO_GPU, "550.54.15", ())


def test_the_report_is_json_ready() -> None:
    data = facts.parse_xml(_xml("h100-pair")).as_dict()
    assert data["gpus"][1]["uuid"] == "GPU-a1c8f5e2-3b47-1d9e-88f0-62d7c4be0f51"
    assert data["driver_version"] == "550.54.15"

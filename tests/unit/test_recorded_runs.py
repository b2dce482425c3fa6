"""Replays ansible-runner events recorded on a real GPU machine through the job engine.

tests/lab/nvidia/h200/runner-*.jsonl are the events `ansible-runner run -j` printed when
playbooks/facts.yml and playbooks/health.yml ran with a local connection on an NVIDIA H200
(driver 580.159.04, no DCGM installed).
"""

from __future__ import annotations

import json
import queue
from collections.abc import Mapping
from typing import Any

from app.core import health, jobs
from app.core.jobs import EventCollector
from app.core.service.nodes import health_from_report, node_facts_from_report
from tests.lab.nodes import NVIDIA_DIR

RECORDED = NVIDIA_DIR / "h200"


def _replay(playbook: str) -> EventCollector:
    collector = EventCollector()
    for line in (RECORDED / f"runner-{playbook}.jsonl").read_text().splitlines():
        collector.feed(json.loads(line))
    return collector


def _report(playbook: str) -> dict[str, Any]:
    collector = _replay(playbook)
    assert set(collector.outcome.reports) == {"gpu0"}
    return dict(collector.outcome.reports["gpu0"])


def test_the_recorded_facts_run_gives_the_h200() -> None:
    collector = _replay("facts")
    assert {r.status for r in collector.outcome.results} <= {"ok", "skipped"}
    assert any(r.status == "skipped" for r in collector.outcome.results)  # no CSV when the XML answered
    stored = node_facts_from_report(_report("facts"))
    assert stored["os"]["distribution"] == "Ubuntu"
    assert stored["cpu"]["count"] == 16
    gpu = stored["gpu"]
    assert (gpu["state"], gpu["driver_version"], gpu["cuda_version"]) == ("ok", "580.159.04", "13.0")
    (only,) = gpu["gpus"]
    assert only["name"] == "NVIDIA H200"
    assert only["memory_total_mib"] == 143771
    assert only["power_draw_w"] == 78.7  # 78.69 W, as stored
    assert stored["container_runtimes"] == []


def test_the_recorded_health_run_is_healthy_without_dcgm() -> None:
    report = _report("health")
    assert report["dcgmi"] == {"installed": False, "rc": 127, "stdout": ""}
    assert report["kernel_log"] == []  # dmesg answered and held no XID lines
    verdict = health_from_report(report)
    assert verdict["status"] == health.HEALTHY
    assert verdict["reasons"] == []
    assert "DCGM is not installed; dcgmi diag was skipped." in verdict["notes"]


def test_a_hot_h200_from_the_same_recording_is_degraded() -> None:
    report = _report("health")
    xml = report["nvidia_smi"]["stdout"]
    # This GPU slows down 2 C past T.Limit; 3 C past T.Limit, it is slowing down.
    hot = xml.replace("<gpu_temp>37 C</gpu_temp>", "<gpu_temp>90 C</gpu_temp>").replace(
        "<gpu_temp_tlimit>51 C</gpu_temp_tlimit>", "<gpu_temp_tlimit>-3 C</gpu_temp_tlimit>"
    )
    assert "<gpu_temp>90 C" in hot
    assert "<gpu_temp_tlimit>-3 C" in hot
    verdict = health_from_report({**report, "nvidia_smi": {**report["nvidia_smi"], "stdout": hot}})
    assert verdict["status"] == health.DEGRADED
    assert any("slowdown threshold" in reason for reason in verdict["reasons"])


def test_the_drain_feeds_every_recorded_event_and_never_the_end_marker() -> None:
    """The queue between ansible-runner's thread and the collector: each recorded event (an
    empty one too) is fed once, in order; the end marker is not an event and is not fed."""
    recorded = [json.loads(line) for line in (RECORDED / "runner-health.jsonl").read_text().splitlines()]
    events: jobs.EventQueue = queue.SimpleQueue()
    enqueue = jobs.event_handler(events)
    for event in [*recorded, {}]:
        assert enqueue(event) is False  # nothing written to the artifacts directory
    events.put(jobs.FINISHED)
    collector = EventCollector()
    jobs.drain(events, collector, lambda: False, poll_s=0.01)
    assert events.empty()
    assert collector.outcome.events == len(recorded) + 1
    assert set(collector.outcome.reports) == {"gpu0"}
    assert not isinstance(jobs.FINISHED, Mapping)  # it cannot pass for an event, nor be filled in

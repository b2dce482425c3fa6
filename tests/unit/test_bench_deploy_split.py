"""bench_deploy's split of a deploy into phases (issue 17, defect 2: it printed a negative transfer).

The old bench took the transfer's end from a progress message compared with a string: the
message is a `Message`, never equal to its text, so the end stayed 0.0 (a clock without the
start's origin) and "transfer -3268.11 s" came out. Phases are now timed around the
service's own steps with one clock, and a split that cannot be is refused.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.core.messages import say

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from bench_deploy import Phases, deploy_split


def test_a_progress_message_is_not_equal_to_its_text() -> None:
    """What broke the old split: `message == "Sending files"` is never true."""
    message = say("Sending files")
    assert message != "Sending files"
    assert str(message) == "Sending files"


class _Service:
    """Stands in for Session: deploy calls its two long steps, as Session.deploy does."""

    def _deploy_send(self) -> int:
        return sum(range(50_000))

    def _deploy_run_switch(self) -> int:
        return sum(range(20_000))

    def deploy(self) -> None:
        self._deploy_send()
        self._deploy_run_switch()


def test_phases_share_the_deploys_clock_and_fit_in_the_whole() -> None:
    import time

    phases = Phases()
    phases.wrap(_Service, "_deploy_send", "transfer")
    phases.wrap(_Service, "_deploy_run_switch", "playbook")
    started = time.perf_counter()
    _Service().deploy()
    total = time.perf_counter() - started

    split = deploy_split(total, phases.take())

    assert split["transfer"] > 0
    assert split["playbook"] > 0
    assert split["policy + records"] >= 0
    assert sum(split.values()) == pytest.approx(total)
    assert phases.take() == {}  # each round starts from nothing


def test_an_impossible_split_is_refused_not_printed() -> None:
    with pytest.raises(RuntimeError, match="impossible split"):
        deploy_split(27.93, {"transfer": 3296.05, "playbook": 0.0})
    with pytest.raises(RuntimeError, match="impossible split"):
        deploy_split(27.93, {"transfer": -3268.11, "playbook": 3296.05})  # the old bench's output

"""Sentences the core says, kept as declared templates with their values."""

from __future__ import annotations

import pytest

from app.core import health
from app.core.messages import TEMPLATES, Message, say, template


def test_a_message_is_its_template_filled_in_and_stores_both() -> None:
    declared = template("{mount}: only {percent}% free.")
    said = say(declared, mount="/", percent=1.5)
    assert said.text == "/: only 1.5% free."
    assert said.as_dict() == {"template": declared, "values": {"mount": "/", "percent": "1.5"}}
    assert Message("Braces {kept} as they are.").text == "Braces {kept} as they are."


def test_an_undeclared_template_is_refused() -> None:
    with pytest.raises(ValueError, match="Undeclared"):
        say("Not declared: {x}", x=1)


def test_a_verdict_keeps_each_sentence_beside_its_template() -> None:
    verdict = health.evaluate({
        "nvidia_smi": {"rc": 15, "stdout": "Unable to determine the device handle for GPU 0000:3B:00.0: GPU is lost."},
        "dcgmi": {"installed": False},
        "kernel_log": None,
        "df": None,
    }).as_dict()
    assert verdict["status"] == health.UNHEALTHY
    for key in ("reasons", "notes"):
        said = verdict[f"{key}_said"]
        assert [Message(s["template"], s["values"]).text for s in said] == verdict[key]
        assert all(s["template"] in TEMPLATES for s in said)
    assert verdict["reasons"][0].startswith("The NVIDIA driver does not respond: Unable to determine")
    assert verdict["notes"] == ["DCGM is not installed; dcgmi diag was skipped.", "The kernel log could not be read.",
                                "Disk space was not measured."]

"""Sentences the core says, kept as declared templates with their values."""

from __future__ import annotations

from app.core import health
from app.core.errors import NotFound
from app.core.messages import TEMPLATES, Message, literal_templates, say, template


def test_a_message_is_its_template_filled_in_and_stores_both() -> None:
    declared = template("{mount}: only {percent}% free.")
    said = say(declared, mount="/", percent=1.5)
    assert said.text == "/: only 1.5% free."
    assert said.as_dict() == {"template": declared, "values": {"mount": "/", "percent": "1.5"}}
    assert Message("Braces {kept} as they are.").text == "Braces {kept} as they are."


def test_templates_are_found_in_the_source_and_only_literals_pass() -> None:
    source = (
        "from app.core.messages import say, template\n"
        "KNOWN = template('Known {thing}.')\n"
        "_TYPED: Final = template('Typed.')\n"
        "def f(name, text):\n"
        "    say(KNOWN, thing=name)\n"
        "    say(_TYPED)\n"
        "    say('Node {name} is unknown.', name=name)\n"
        "    say(f'Node {name} is unknown.')\n"
        "    say(text)\n"
    )
    found, problems = literal_templates(source, "m.py")
    assert found == ["Known {thing}.", "Typed.", "Node {name} is unknown."]
    assert problems == ["m.py:8", "m.py:9"]


def test_an_error_keeps_what_it_said_and_its_english_text() -> None:
    exc = NotFound(say("No node is named {name}.", name="gpu-9"), say("See `airlock node list`."))
    assert (exc.message, exc.hint, str(exc)) == ("No node is named gpu-9.", "See `airlock node list`.",
                                                 "No node is named gpu-9. See `airlock node list`.")
    assert exc.said is not None
    assert exc.said.as_dict() == {"template": "No node is named {name}.",
                                                           "values": {"name": "gpu-9"}}
    assert exc.hint_said is not None
    assert exc.hint_said.text == exc.hint
    plain = NotFound("Plain text.", "Plain hint.")
    assert (plain.said, plain.hint_said, str(plain)) == (None, None, "Plain text. Plain hint.")


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

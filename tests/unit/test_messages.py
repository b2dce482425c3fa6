"""Sentences the core says, kept as declared templates with their values."""

from __future__ import annotations

import pytest

from app.core import health
from app.core.errors import NotFound
from app.core.messages import TEMPLATES, Message, counted, literal_templates, say, template


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
        "    counted('%n node(s) on {site}.', 3, site=name)\n"
        "    counted(text, 3)\n"
    )
    found, problems = literal_templates(source, "m.py")
    assert found == ["Known {thing}.", "Typed.", "Node {name} is unknown.", "%n node(s) on {site}."]
    assert problems == ["m.py:8", "m.py:9", "m.py:11"]


def test_a_counted_message_says_its_number_in_the_english_singular_or_plural() -> None:
    declared = template("{bundle} was refused by %n node(s) and {other} more.")
    try:
        one = counted(declared, 1, bundle="llama-3 1.0.0", other=0)
        assert one.text == "llama-3 1.0.0 was refused by 1 node and 0 more."
        assert counted(declared, 0, bundle="b", other=2).text == "b was refused by 0 nodes and 2 more."
        assert counted(declared, 12, bundle="b", other=2).text == "b was refused by 12 nodes and 2 more."
        assert one.as_dict() == {"template": declared, "values": {"bundle": "llama-3 1.0.0", "other": "0"}, "count": 1}
        assert "count" not in Message("{n} plain.", {"n": "1"}).as_dict()  # only a counted message stores one
        with pytest.raises(ValueError, match="counted"):
            say(declared, bundle="b", other=1)  # %n would reach the operator as it is
        with pytest.raises(ValueError, match="%n"):
            counted("{count} nodes.", 2, count=2)  # no place for the number
    finally:
        TEMPLATES.remove(declared)


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

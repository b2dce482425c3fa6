"""Values that reach Ansible are data, never templates.

Ansible templates the strings it reads from extra variables and inventories, and a
template's lookups (`pipe`, `file`, `env`, ...) run on the controller: the appliance, with
the management key loaded for the job. Whatever an operator or admin typed (extra
variables, node variables, labels, names, bundle parameters) therefore reaches Ansible in
two guarded ways:

- `refuse_templates` refuses template syntax in it before a job is made, with a message
  that says which value held what;
- `to_yaml` writes it into the job's private dir as YAML in which the mappings that hold
  such values carry Ansible's `!unsafe` tag (`Untrusted`), so that even a value that
  slipped past the check is used as the literal text it is and never rendered.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from app.core.errors import UsageError
from app.core.messages import Message, say

# Jinja's expression, statement and comment openers, and the header with which a template
# string can choose other delimiters for itself.
TEMPLATE_MARKERS: Final = ("{{", "{%", "{#")
_OVERRIDE_HEADER: Final = "#jinja2:"
EXTRA_VARIABLE: Final = "extra variable"
NODE_VARIABLE: Final = "node variable"
LABEL: Final = "label"
PARAMETER: Final = "parameter"
_PRINTABLE_ASCII: Final = frozenset(chr(c) for c in range(0x20, 0x7F)) - {'"', "\\"}

class TemplateRefused(UsageError):
    """A value an operator gave holds template syntax; Airlock passes values as plain text."""


def template_marker(text: str) -> str | None:
    """The template syntax `text` holds (`{{`, `{%`, `{#` or `#jinja2:`), or None."""
    for marker in TEMPLATE_MARKERS:
        if marker in text:
            return marker
    if _OVERRIDE_HEADER in text:
        return _OVERRIDE_HEADER
    return None


def _refusal(kind: str, name: str, marker: str) -> Message:
    if kind == EXTRA_VARIABLE:
        return say("Extra variable {name} holds template syntax ({marker}); Airlock passes values to Ansible as"
                   " plain text.", name=name, marker=marker)
    if kind == NODE_VARIABLE:
        return say("Node variable {name} holds template syntax ({marker}); Airlock passes values to Ansible as"
                   " plain text.", name=name, marker=marker)
    if kind == LABEL:
        return say("Label {name} holds template syntax ({marker}); Airlock passes values to Ansible as plain text.",
                   name=name, marker=marker)
    return say("Parameter {name} holds template syntax ({marker}); Airlock passes values to Ansible as plain text.",
               name=name, marker=marker)


def _first_marker(value: object) -> str | None:
    if isinstance(value, str):
        return template_marker(value)
    if isinstance(value, Mapping):
        items: list[object] = [part for pair in value.items() for part in pair]
    elif isinstance(value, Sequence) and not isinstance(value, (bytes, bytearray)):
        items = list(value)
    else:
        return None
    for item in items:
        marker = _first_marker(item)
        if marker is not None:
            return marker
    return None


def refuse_templates(value: object, kind: str, name: str) -> None:
    """Raise `TemplateRefused` when any string in `value` (nested, keys included) is a template.

    `kind` is one of EXTRA_VARIABLE, NODE_VARIABLE, LABEL, PARAMETER; `name` names the value.
    """
    marker = _first_marker(value)
    if marker is not None:
        raise TemplateRefused(
            _refusal(kind, repr(name[:64]), marker),
            say("Remove the template syntax ({markers}): Airlock uses a value exactly as typed and never evaluates"
                " it.", markers="{{ }}, {% %}, {# #}"),
        )


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar that is plain ASCII whatever `text` holds."""
    out = ['"']
    for char in text:
        if char in _PRINTABLE_ASCII:
            out.append(char)
        elif char == '"':
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif ord(char) <= 0xFFFF:  # noqa: PLR2004 - the largest 16-bit escape
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(f"\\U{ord(char):08x}")
    out.append('"')
    return "".join(out)


@dataclass(frozen=True)
class Untrusted:
    """A mapping Ansible must read as data: every string in it, keys included, is never templated."""

    value: Mapping[str, object]


def _emit(value: object) -> str:
    if isinstance(value, Untrusted):
        # The tag goes on the mapping, not on each string: ansible-core 2.19 resolves a
        # tagged scalar again as if it were plain ("1" would become 1, "0755" 493), while
        # the strings of a tagged mapping keep their type and lose their trust.
        return "!unsafe " + _emit(value.value)
    if isinstance(value, str):
        return _quoted(value)
    if value is None or isinstance(value, (bool, int)):
        return json.dumps(value)
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{_quoted(str(key))}: {_emit(item)}" for key, item in value.items()) + "}"
    if isinstance(value, Sequence) and not isinstance(value, (bytes, bytearray)):
        return "[" + ", ".join(_emit(item) for item in value) + "]"
    raise TypeError(f"{type(value).__name__} cannot be written as an Ansible value")


def to_yaml(document: Mapping[str, object] | Untrusted) -> str:
    """`document` as YAML for Ansible; each `Untrusted` in it carries Ansible's `!unsafe` tag.

    Written in flow style with ASCII escapes, it holds no character a YAML reader could
    refuse, and every string stays a string (quoted).
    """
    return "--- " + _emit(document) + "\n"

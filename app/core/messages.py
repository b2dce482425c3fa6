"""Sentences an operator reads, kept as an English template and its values.

The core never imports Qt, so it cannot translate. It keeps what it said in a form a
front end can: `Message.text` is the English sentence (stored, printed by the CLI,
searched), and `template` with `values` let the desktop application say it in the
operator's language. Every template is declared once, at import, with `template()`, so
the translation catalogue can list them all (resources/translations/update.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

TEMPLATES: list[str] = []


def template(text: str) -> str:
    """Declare a template (English, with `{named}` fields); returns it unchanged."""
    if text not in TEMPLATES:
        TEMPLATES.append(text)
    return text


@dataclass(frozen=True)
class Message:
    """One sentence: a declared template and the values of its fields, as text."""

    template: str
    values: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The sentence in English."""
        return self.template.format(**self.values) if self.values else self.template

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form, stored beside the English text."""
        return {"template": self.template, "values": dict(self.values)}


def say(declared: str, **values: object) -> Message:
    """A message from a template declared with `template()`."""
    if declared not in TEMPLATES:
        msg = f"Undeclared message template: {declared!r}"
        raise ValueError(msg)
    return Message(declared, {name: str(value) for name, value in values.items()})

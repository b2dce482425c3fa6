"""Sentences an operator reads, kept as an English template and its values.

The core never imports Qt, so it cannot translate. It keeps what it said in a form a
front end can: `Message.text` is the English sentence (stored, printed by the CLI,
searched), and `template` with `values` let the desktop application say it in the
operator's language. Health verdicts store both; errors (app.core.errors) carry both.

A template is always a string literal, written where it is said, `say("Node {name} is
unknown.", name=name)`, or declared once with `template()` and said by name. That lets
resources/translations/update.py find every one in the source without running it
(`literal_templates`), and the tests hold every catalogue to that list.

A sentence about a number of things is said with `counted("%n node(s) failed.", n)`: `%n`
stands for the number, as in Qt's counted phrases, and the English text takes the singular
for one ("1 node failed.") and the plural otherwise. Each catalogue gives every plural form
its language needs (resources/translations/plurals.tsv).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Any

COUNT = "%n"  # where a counted template puts its number
TEMPLATES: list[str] = []
_DECLARED: set[str] = set()


def template(text: str) -> str:
    """Declare a template (English, with `{named}` fields); returns it unchanged."""
    if text not in _DECLARED:
        _DECLARED.add(text)
        TEMPLATES.append(text)
    return text


@dataclass(frozen=True)
class Message:
    """One sentence: a declared template and the values of its fields, as text."""

    template: str
    values: dict[str, str] = field(default_factory=dict)
    count: int | None = None  # what `%n` stands for, in a counted template

    @property
    def text(self) -> str:
        """The sentence in English."""
        text = self.template if self.count is None else english_form(self.template, self.count)
        return text.format(**self.values) if self.values else text

    def __str__(self) -> str:
        return self.text

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form, stored beside the English text."""
        stored: dict[str, Any] = {"template": self.template, "values": dict(self.values)}
        if self.count is not None:
            stored["count"] = self.count
        return stored


def english_form(counted_template: str, count: int) -> str:
    """A counted template in English for `count`: `%n` is the number, `(s)` the plural ending."""
    return counted_template.replace("%n", str(count)).replace("(s)", "" if count == 1 else "s")


def say(text: str, /, **values: object) -> Message:
    """A message: `text` is the template, a string literal or a `template()` constant.

    `text` is positional-only, so a template may have a field called `text` too.
    """
    if COUNT in text:
        raise ValueError(f"a template with {COUNT} is said with counted(): {text!r}")
    return Message(template(text), _as_text(values))


def counted(text: str, count: int, /, **values: object) -> Message:
    """A message about `count` things: `%n` in `text` is the number, `(s)` marks the plural."""
    if COUNT not in text:
        raise ValueError(f"a counted template says {COUNT} where the number goes: {text!r}")
    return Message(template(text), _as_text(values), int(count))


def _as_text(values: dict[str, object]) -> dict[str, str]:
    return {name: str(value) for name, value in values.items()}


def literal_templates(source: str, filename: str = "<source>") -> tuple[list[str], list[str]]:
    """The templates a module's source says, and the places that say one not as a literal.

    A template reaches `say()`, `counted()` or `template()` as a string literal, or as a name bound at
    module level to `template("...")`; anything else (an f-string, a variable) could not be
    translated and is reported as a problem, `file:line`.
    """
    tree = ast.parse(source, filename)
    found: list[str] = []
    constants: set[str] = set()
    problems: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and _is_call_to(node.value, "template"):
            constants.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and node.value and _is_call_to(node.value, "template"):
            constants.update([node.target.id] if isinstance(node.target, ast.Name) else [])
    for call in ast.walk(tree):
        if not (isinstance(call, ast.Call) and any(_is_call_to(call, name) for name in ("say", "counted", "template"))):
            continue
        first = call.args[0] if call.args else None
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            found.append(first.value)
        elif not (isinstance(first, ast.Name) and first.id in constants):
            problems.append(f"{filename}:{call.lineno}")
    return found, problems


def _is_call_to(node: ast.AST, name: str) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name

"""What a report is made of, before it is written as HTML and CSV.

A report is sections of facts, charts and tables. Every sentence is a `Message`, said by the
caller's `Speak` (English on the command line, the operator's language in the desktop
application); CSV headers are fixed English keys that scripts can rely on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Protocol

from app.core.messages import Message

Speak = Callable[[Message], str]
HTML_ROWS: Final = 5_000  # a longer table is cut in the HTML; its CSV has every row


def english(message: Message) -> str:
    return message.text


@dataclass(frozen=True)
class Column:
    key: str  # the CSV header
    title: Message  # the HTML header
    number: bool = False  # right-aligned (end-aligned), tabular figures


@dataclass
class Table:
    """A table: the rows the HTML shows, and (when there are more) a stream of all for the CSV."""

    key: str  # names the CSV file: REPORT-KEY.csv
    title: Message
    columns: list[Column]
    rows: Sequence[Sequence[object]]
    empty: Message
    total: int | None = None  # rows in the CSV when it has more than `rows`
    all_rows: Callable[[], Iterator[Sequence[object]]] | None = None
    note: Message | None = None
    csv: bool = True  # written as REPORT-KEY.csv (False: the HTML only, or a CSV written before)
    html: bool = True  # shown in the HTML (False: named there, its rows only in the CSV)

    @property
    def count(self) -> int:
        return len(self.rows) if self.total is None else self.total

    def csv_rows(self) -> Iterator[Sequence[object]]:
        return self.all_rows() if self.all_rows is not None else iter(self.rows)


@dataclass(frozen=True)
class Series:
    name: Message
    tone: str  # a CSS class: good, warn, bad, idle, info
    values: list[int]


@dataclass(frozen=True)
class Chart:
    """Stacked bars, one per bucket (a day or a month), one colour per series."""

    title: Message
    buckets: list[str]
    series: list[Series]
    unit: Message  # what a bar counts, for the tooltips


@dataclass(frozen=True)
class Fact:
    label: Message
    value: str
    tone: str = ""


@dataclass
class Section:
    key: str  # the in-page anchor
    title: Message
    intro: list[Message] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    preformatted: str = ""  # a signed checkpoint, shown exactly


@dataclass
class ReportParts:
    """A built report: tables whose CSV is written first, then the sections.

    Writing the first tables' CSV is the pass that gathers what the sections show.
    """

    first: list[Table]
    sections: Callable[[], list[Section]]


@dataclass
class Report:
    kind: str  # fleet | deployments | audit
    title: Message
    period: str
    generated_at: str
    generated_by: str
    origin: str
    sections: list[Section]

    def tables(self) -> Iterator[Table]:
        for section in self.sections:
            yield from section.tables


class Reader(Protocol):
    """Runs one read-only query and returns every row (the service holds its lock for one query)."""

    def rows(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]: ...


def stamp(value: object) -> str:
    """A stored time as a report shows it: 2026-03-01 12:34:56 (UTC)."""
    text = "" if value is None else str(value)
    return text[:19].replace("T", " ")


def said(stored: object) -> Message | None:
    """A sentence stored as {"template", "values"[, "count"]} (health reasons), or None."""
    if not isinstance(stored, dict) or not isinstance(stored.get("template"), str):
        return None
    found = stored.get("values")
    values: dict[Any, Any] = found if isinstance(found, dict) else {}
    count = stored.get("count")
    return Message(stored["template"], {str(k): str(v) for k, v in values.items()},
                   int(count) if isinstance(count, int) else None)

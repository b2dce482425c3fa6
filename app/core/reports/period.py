"""The period a report covers: whole days in UTC, `--from` and `--to` both included."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Final

from app.core.errors import UsageError
from app.core.messages import say

STAMP: Final = "%Y-%m-%dT%H:%M:%S.%fZ"  # how the vault writes times (app.core.audit.log.utc_now)
DAILY_UP_TO_DAYS: Final = 120  # longer periods are charted by month


@dataclass(frozen=True)
class Period:
    """[first day 00:00 UTC, the day after the last day 00:00 UTC)."""

    first: date
    last: date

    @property
    def start(self) -> str:
        """The first instant, as the vault writes times (compare as text)."""
        return datetime(self.first.year, self.first.month, self.first.day, tzinfo=UTC).strftime(STAMP)

    @property
    def end(self) -> str:
        """The first instant after the period."""
        after = self.last + timedelta(days=1)
        return datetime(after.year, after.month, after.day, tzinfo=UTC).strftime(STAMP)

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def by_month(self) -> bool:
        return self.days > DAILY_UP_TO_DAYS

    @property
    def bucket_chars(self) -> int:
        """How many leading characters of a stored time name its chart bucket (day or month)."""
        return 7 if self.by_month else 10

    def buckets(self) -> list[str]:
        """Every bucket of the period in order: 'YYYY-MM-DD' days, or 'YYYY-MM' months."""
        if not self.by_month:
            return [(self.first + timedelta(days=i)).isoformat() for i in range(self.days)]
        months: list[str] = []
        year, month = self.first.year, self.first.month
        while (year, month) <= (self.last.year, self.last.month):
            months.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)  # noqa: PLR2004 - December
        return months

    def __str__(self) -> str:
        return f"{self.first.isoformat()} to {self.last.isoformat()}"


def parse_day(text: str, option: str) -> date:
    """A day given as YYYY-MM-DD (a time after it, as in 2026-03-01T12:00Z, is ignored)."""
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError as exc:
        raise UsageError(say("{option} {value} is not a date.", option=option, value=repr(text)),
                         say("Write the day as YYYY-MM-DD, for example 2026-03-01.")) from exc


def period(first: str, last: str) -> Period:
    """The period from `--from FIRST` to `--to LAST`, both whole days included."""
    start, end = parse_day(first, "--from"), parse_day(last, "--to")
    if end < start:
        raise UsageError(say("The period ends ({last}) before it starts ({first}).", first=start, last=end),
                         say("Give --from the earlier day and --to the later one."))
    return Period(start, end)

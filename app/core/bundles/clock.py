"""The clock policy for expiry checks, stated so it can be shown to the operator.

An air-gapped machine's clock drifts and can be set back on purpose to revive an expired
bundle. Expiry is therefore checked against the later of the system clock and the newest
signed creation time Airlock has already accepted: the clock may run fast, never backwards
past evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from app.core.messages import Message, say


def utc_now() -> datetime:
    """The system clock, in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0)


def iso(moment: datetime) -> str:
    """ISO 8601 in UTC with a Z, as Airlock shows and stores times."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class ClockPolicy:
    """System time plus the floor below which time is not allowed to go."""

    system_time: datetime
    floor: datetime | None = None

    @classmethod
    def current(cls, floor: datetime | None = None) -> ClockPolicy:
        """The policy at this moment, given the newest trusted signing time seen."""
        return cls(utc_now(), floor)

    @property
    def reference(self) -> datetime:
        """The time expiry is compared with."""
        if self.floor is not None and self.floor > self.system_time:
            return self.floor
        return self.system_time

    def describe(self) -> str:
        """One sentence for the operator: which time was used and why."""
        return self.said().text

    def said(self) -> Message:
        """`describe()` as a message the desktop application can translate."""
        system = iso(self.system_time)
        if self.floor is None:
            return say(
                "Expiry checked against the system clock ({system}); no earlier import sets a lower bound.",
                system=system,
            )
        if self.floor > self.system_time:
            return say(
                "Expiry checked against {floor}, the newest signing time already imported, "
                "because the system clock ({system}) is behind it.",
                floor=iso(self.floor),
                system=system,
            )
        return say(
            "Expiry checked against the system clock ({system}), "
            "which is not behind the newest signing time already imported ({floor}).",
            system=system,
            floor=iso(self.floor),
        )

    def is_expired(self, expires: datetime) -> bool:
        """True when `expires` is at or before the reference time."""
        return expires <= self.reference

"""Settings of the ops room: health thresholds, alarm limits, automatic cordon, schedulable playbooks.

All are admin settings (`settings.change`, audited, under dual control when it is on), kept
in the vault's settings table; each is checked before it is stored.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final

from app.core import alarms, health, schedules
from app.core.errors import AirlockError, UsageError
from app.core.messages import say
from app.core.service.cordon import AUTO_CORDON_SETTING

if TYPE_CHECKING:
    from app.core.service.core import Approval
    from app.core.service.overview import OverviewActions

    _Base = OverviewActions
else:
    _Base = object

EXPIRY_DAYS_SETTING: Final = "alarm.expiry_days"
STORE_FREE_SETTING: Final = "alarm.store_free_percent"


def _number(text: str, low: float, high: float, name: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = low - 1
    if not low <= value <= high:
        raise UsageError(say("{value} is not a valid value for {name}.", value=repr(text), name=name),
                         say("Give a number from {low} to {high}.", low=f"{low:g}", high=f"{high:g}"))
    return value


class OpsSettings(_Base):
    """Mixin of `Session`: the ops room's settings."""

    # -- reading (any account; the GUI shows them) ---------------------------------------------------

    def health_thresholds(self) -> health.HealthThresholds:
        with self.lock:
            rows = self.conn.execute("SELECT key, value FROM settings WHERE key LIKE 'health.%'").fetchall()
        return health.HealthThresholds.from_settings({str(k): str(v) for k, v in rows})

    def alarm_expiry_days(self) -> int:
        return int(self.get_setting(EXPIRY_DAYS_SETTING, str(alarms.DEFAULT_EXPIRY_DAYS)))

    def alarm_store_free_percent(self) -> float:
        return float(self.get_setting(STORE_FREE_SETTING, str(alarms.DEFAULT_STORE_FREE_PERCENT)))

    def auto_cordon_enabled(self) -> bool:
        return self.get_setting(AUTO_CORDON_SETTING, "off") == "on"

    def schedulable_playbooks(self) -> tuple[str, ...]:
        return schedules.parse_schedulable(self.get_setting(schedules.SCHEDULABLE_SETTING, ""))

    def ops_settings(self) -> dict[str, Any]:
        """Everything the Settings page shows, read at once (under the session's lock)."""
        with self.lock:
            thresholds = self.health_thresholds()
            return {
                "thresholds": {name: getattr(thresholds, name) for name in health.threshold_names()},
                "expiry_days": self.alarm_expiry_days(),
                "store_free_percent": self.alarm_store_free_percent(),
                "auto_cordon": self.auto_cordon_enabled(),
                "schedulable": list(self.schedulable_playbooks()),
                "playbooks": sorted(p.stem for p in self.playbooks_dir.glob("*.yml")
                                    if p.stem not in schedules.DEPLOYMENT_ONLY),
            }

    # -- changing (admin) ---------------------------------------------------------------------------

    def _ops_set(self, key: str, check: Callable[[], str], approval: Approval | None) -> None:
        """Check the value first (a refusal is audited), then store it as an audited settings change."""
        try:
            value = check()
        except AirlockError as exc:
            self.audit_refusal("settings.change", key, str(exc), {"setting": key}, outcome=exc.audit_outcome)
            raise
        self.set_setting(key, value, approval)

    def set_health_threshold(self, name: str, value: str, approval: Approval | None = None) -> None:
        self._ops_set(health.SETTING_PREFIX + name, lambda: str(health.check_threshold(name, str(value).strip())),
                      approval)

    def set_alarm_expiry_days(self, days: str, approval: Approval | None = None) -> None:
        self._ops_set(EXPIRY_DAYS_SETTING, lambda: str(int(_number(str(days), 1, 3650, EXPIRY_DAYS_SETTING))),
                      approval)

    def set_alarm_store_free_percent(self, percent: str, approval: Approval | None = None) -> None:
        self._ops_set(STORE_FREE_SETTING, lambda: f"{_number(str(percent), 0, 100, STORE_FREE_SETTING):g}",
                      approval)

    def set_auto_cordon(self, enabled: bool, approval: Approval | None = None) -> None:
        self.set_setting(AUTO_CORDON_SETTING, "on" if enabled else "off", approval)

    def set_schedulable_playbooks(self, names: list[str], approval: Approval | None = None) -> None:
        """The playbooks schedules may run (facts and health always may); each must exist."""

        def check() -> str:
            for name in names:
                self._nodes_playbook(name)
                schedules.check_allowable(name)
            return ",".join(schedules.parse_schedulable(",".join(names)))

        self._ops_set(schedules.SCHEDULABLE_SETTING, check, approval)

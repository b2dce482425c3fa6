"""The application's states: first run, locked, unlocked; and the moves between them.

KeePassXC's discipline: the main window exists only while the vault is unlocked. Locking
(on demand, on idle, or to switch accounts) closes the window first, cancels running work,
then seals a final checkpoint and forgets the keys on a worker, and shows the unlock dialog.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from app.core.service import vault_exists
from app.gui.first_run import FirstRunWizard
from app.gui.i18n import Languages
from app.gui.main_window import MainWindow
from app.gui.sections.base import Context, Preferences
from app.gui.theme import Theme
from app.gui.unlock import UnlockDialog
from app.gui.worker import WorkerPool

IDLE_CHECK_MS = 1_000
RECOVERY_ACCOUNT = "recovery-key"
_ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
                       QEvent.Type.MouseMove, QEvent.Type.TouchBegin})


class AppController(QObject):
    """Owns the session, the windows and the worker pool."""

    state_changed = Signal(str)  # "first-run" | "locked" | "unlocked" | "closed"

    def __init__(self, app: QApplication, data_dir: Path, prefs: Preferences | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.data_dir = data_dir
        self.pool = WorkerPool(self)
        self.prefs = prefs or Preferences(str(data_dir / "gui.ini"), self)
        self.theme = Theme(app, self.prefs.get("theme", "system"))
        self.languages = Languages(app)
        self.languages.apply(self.prefs.get("language", "system"))
        self.session: Any = None
        self.window: MainWindow | None = None
        self.dialog: UnlockDialog | None = None
        self.wizard: FirstRunWizard | None = None
        self.state = "closed"
        self._last_input = time.monotonic()
        self._account = ""
        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(IDLE_CHECK_MS)
        self.idle_timer.timeout.connect(self._check_idle)
        app.installEventFilter(self)

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    # -- starting ------------------------------------------------------------------------------

    def start(self) -> None:
        if vault_exists(self.data_dir):
            self.show_unlock()
        else:
            self.show_wizard()

    def show_wizard(self) -> FirstRunWizard:
        self.wizard = FirstRunWizard(self.data_dir, self.pool)
        self.wizard.ready.connect(self._enter)
        self.wizard.rejected.connect(self._wizard_closed)
        self.wizard.show()
        self._set_state("first-run")
        return self.wizard

    def _wizard_closed(self) -> None:
        if self.session is None:
            self.quit()

    def show_unlock(self) -> UnlockDialog:
        self.dialog = UnlockDialog(self.data_dir, self.pool, self._account)
        self.dialog.unlocked.connect(self._enter)
        self.dialog.rejected.connect(self.quit)
        self.dialog.show()
        self._set_state("locked")
        return self.dialog

    def _enter(self, session: Any) -> None:
        self.session = session
        name = session.account.name
        if name == RECOVERY_ACCOUNT:
            # Next time, offer the account whose passphrase was just reset, not the recovery key.
            name = self.dialog.reset_account if self.dialog is not None else ""
        self._account = name
        for old in (self.dialog, self.wizard):
            if old is not None:
                old.hide()
                old.deleteLater()
        self.dialog = self.wizard = None
        self._build_window()
        self._last_input = time.monotonic()
        self.idle_timer.start()
        self._set_state("unlocked")

    def _build_window(self) -> None:
        ctx = Context(self.session, self.pool, self.prefs, lambda: self.theme.dark)
        window = MainWindow(ctx)
        window.lock_requested.connect(lambda: self.lock("operator"))
        window.switch_requested.connect(self.switch_account)
        window.settings.appearance.theme_chosen.connect(self.set_theme)
        window.settings.appearance.language_chosen.connect(self.set_language)
        window.installEventFilter(self)
        self.window = window
        window.show()
        window.scheduler.start()

    # -- appearance ----------------------------------------------------------------------------

    def set_theme(self, mode: str) -> None:
        self.prefs.set("theme", mode)
        self.theme.apply(mode)

    def set_language(self, language: str) -> None:
        """Switch language: the window is rebuilt so that every string is translated again."""
        self.prefs.set("language", language)
        self.languages.apply(language)
        if self.window is not None:
            current = self.window.current_key()
            self._close_window()
            self._build_window()
            self.window.go(current)
            self.window.settings.tabs.setCurrentWidget(self.window.settings.appearance)

    # -- locking -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY:
            self._last_input = time.monotonic()
            if self.session is not None:
                self.session.touch()
        elif kind == QEvent.Type.Close and watched is self.window and self.state == "unlocked":
            QTimer.singleShot(0, self.quit)
        return False

    def idle_seconds(self) -> float:
        return time.monotonic() - self._last_input

    def _check_idle(self) -> None:
        session = self.session
        if session is None:
            return
        limit = int(getattr(session, "idle_seconds", 0))
        # The GUI judges idleness by the operator's input, not by the session's last call:
        # background refreshes (media scans) must not keep an unattended vault open.
        if limit > 0 and self.idle_seconds() >= limit:
            self.lock("idle")

    def lock(self, reason: str = "operator") -> None:
        """Close the window, cancel work, seal and forget the keys (on a worker), ask to unlock."""
        session = self.session
        if session is None:
            return
        self.session = None
        self.idle_timer.stop()
        self.pool.cancel_all()
        self._close_window()
        self.pool.submit(lambda: session.lock_now(reason), owner=self)
        self.show_unlock()

    def switch_account(self) -> None:
        self._account = ""
        self.lock("switch-account")

    def _close_window(self) -> None:
        if self.window is not None:
            window = self.window
            self.window = None
            window.removeEventFilter(self)
            window.hide()
            window.deleteLater()

    # -- ending --------------------------------------------------------------------------------

    def quit(self) -> None:
        self.shutdown()
        self.app.quit()

    def shutdown(self) -> None:
        """Close everything: windows, timers, the session; wait for the workers (exit only)."""
        self.idle_timer.stop()
        self.app.removeEventFilter(self)
        self._close_window()
        for dialog in (self.dialog, self.wizard):
            if dialog is not None:
                dialog.hide()
                dialog.deleteLater()
        self.dialog = self.wizard = None
        session, self.session = self.session, None
        if session is not None:
            self.pool.submit(session.close, owner=self)
        self.pool.shutdown()
        self._set_state("closed")

"""Light and dark themes; "system" follows the desktop's colour scheme as it changes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"
THEME_DIR = RESOURCES / "themes"
MODES = ("system", "light", "dark")


@dataclass(frozen=True)
class Colours:
    window: str
    base: str
    alternate: str
    text: str
    muted: str
    button: str
    highlight: str
    highlighted_text: str
    link: str
    ok: str
    warn: str
    bad: str


LIGHT = Colours("#f4f5f7", "#ffffff", "#f0f2f5", "#1d2127", "#5f6b7a", "#e9ecf0", "#2f6feb", "#ffffff",
                "#1f5fd6", "#1f883d", "#9a6700", "#cf222e")
DARK = Colours("#1e2024", "#26292e", "#2c3036", "#e4e7eb", "#9aa4b1", "#31353b", "#4c8dff", "#ffffff",
               "#7aa7ff", "#3fb950", "#d29922", "#f85149")


def _palette(c: Colours) -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.base,
        QPalette.ColorRole.AlternateBase: c.alternate,
        QPalette.ColorRole.ToolTipBase: c.base,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.PlaceholderText: c.muted,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.button,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.BrightText: c.bad,
        QPalette.ColorRole.Highlight: c.highlight,
        QPalette.ColorRole.HighlightedText: c.highlighted_text,
        QPalette.ColorRole.Link: c.link,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.muted))
    return palette


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return bool(hints.colorScheme() == Qt.ColorScheme.Dark)


class Theme(QObject):
    """Applies a mode to the application and re-applies it when the system scheme changes."""

    def __init__(self, app: QApplication, mode: str = "system") -> None:
        super().__init__(app)
        self._app = app
        self.mode = mode if mode in MODES else "system"
        self.colours = LIGHT
        app.setStyle(QStyleFactory.create("Fusion"))
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)
        self.apply(self.mode)

    @property
    def dark(self) -> bool:
        return self.colours is DARK

    def apply(self, mode: str) -> None:
        self.mode = mode if mode in MODES else "system"
        dark = system_is_dark() if self.mode == "system" else self.mode == "dark"
        self.colours = DARK if dark else LIGHT
        self._app.setPalette(_palette(self.colours))
        self._app.setStyleSheet(stylesheet(self.colours))

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.mode == "system":
            self.apply("system")


def stylesheet(c: Colours) -> str:
    """The application style sheet: resources/themes/airlock.qss with the colours filled in."""
    template = (THEME_DIR / "airlock.qss").read_text(encoding="utf-8")
    # Longest names first, so @highlight does not eat the start of @highlighted_text.
    for name, value in sorted(c.__dict__.items(), key=lambda item: -len(item[0])):
        template = template.replace("@" + name, value)
    return template

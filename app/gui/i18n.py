"""Languages: every string goes through Qt's translation system.

Airlock ships French (left to right) and Arabic (right to left). The compiled catalogues
live in resources/translations/airlock_LANG.qm; Qt's own catalogue (standard buttons)
is loaded from the Qt installation when present.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from app.gui.theme import RESOURCES

TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = ("system", "en", "fr", "ar")
RIGHT_TO_LEFT = frozenset({"ar", "he", "fa", "ur"})


def resolve(language: str) -> str:
    """The concrete language for a setting ("system" becomes the locale's language)."""
    if language in LANGUAGES and language != "system":
        return language
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


class Languages:
    """Installs and replaces the application's translators."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.current = "en"

    def apply(self, language: str) -> str:
        """Switch to `language`; returns the concrete language used."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        chosen = resolve(language)
        if chosen != "en":
            ours = QTranslator(self._app)
            if ours.load(str(TRANSLATIONS / f"airlock_{chosen}.qm")):
                self._app.installTranslator(ours)
                self._installed.append(ours)
            qt_own = QTranslator(self._app)
            if qt_own.load(f"qtbase_{chosen}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._app.installTranslator(qt_own)
                self._installed.append(qt_own)
        rtl = chosen in RIGHT_TO_LEFT
        self._app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        self.current = chosen
        return chosen

"""Languages: every string goes through Qt's translation system.

Airlock ships French (left to right) and Arabic (right to left). The compiled catalogues
live in resources/translations/airlock_LANG.qm, English's holding only the plural forms of
counted phrases (`tr("%n node(s)", "", n)`); Qt's own catalogue (standard buttons)
is loaded from the Qt installation when present.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
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
        ours = QTranslator(self._app)  # English too: it holds the plural forms of counted phrases
        if ours.load(str(TRANSLATIONS / f"airlock_{chosen}.qm")):
            self._app.installTranslator(ours)
            self._installed.append(ours)
        if chosen != "en":
            qt_own = QTranslator(self._app)
            if qt_own.load(f"qtbase_{chosen}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._app.installTranslator(qt_own)
                self._installed.append(qt_own)
        rtl = chosen in RIGHT_TO_LEFT
        self._app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        self.current = chosen
        return chosen


def core_said(said: object, english: str) -> str:
    """A sentence the core said (app.core.messages) in the operator's language.

    `said` is its stored form, {"template": ..., "values": {...}}, with "count" for a counted
    sentence (the catalogue gives the plural form for it); where it is missing or does not
    fit the translation, the English sentence the core stored is shown instead.
    """
    if not isinstance(said, dict) or not isinstance(said.get("template"), str):
        return english
    values = said.get("values") or {}
    count = said.get("count")
    if isinstance(count, int) and not isinstance(count, bool):
        translated = QCoreApplication.translate("core", said["template"], "", count)
    else:
        translated = QCoreApplication.translate("core", said["template"])
    if not values:
        return translated
    values = {name: isolate(value) for name, value in values.items()}
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):
        return english


def core_sentences(entry: dict[str, object], key: str) -> list[str]:
    """`entry[key]` (a list of English sentences) translated through `entry[key + "_said"]`."""
    english = [str(text) for text in entry.get(key) or []]  # type: ignore[attr-defined]
    said = entry.get(f"{key}_said")
    if not isinstance(said, list) or len(said) != len(english):
        return english
    return [core_said(form, text) for form, text in zip(said, english, strict=True)]


def right_to_left() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def isolate(value: object) -> str:
    """A value to put in a translated sentence, kept whole in a right-to-left one.

    GPU names, paths, times and sizes are left-to-right runs: after an Arabic word, the
    bidi algorithm reads "2026-11-30T22:00Z" as Arabic numbers and reorders its parts
    ("30T22:00Z-11-2026"). A first-strong isolate keeps each value in its own order.
    """
    return f"\u2068{value}\u2069" if right_to_left() else str(value)


def html_block(content: str) -> str:
    """Rich text as a paragraph in the layout's direction (not guessed from its first letter)."""
    return f'<div dir="{"rtl" if right_to_left() else "ltr"}">{content}</div>'


def html_table(rows: list[list[str]], header: list[str] | None = None) -> str:
    """A rich-text table of rich-text cells, in the layout's direction.

    Qt lays table columns out left to right whatever the direction, so a right-to-left
    table lists each row's cells last to first and sits at the right. Each cell is a
    paragraph in the layout's direction, not guessed from its first letter. A heading
    starts where its column's cells start (Qt centres a <th> otherwise).
    """
    rtl = right_to_left()

    def row(cells: list[str], tag: str, attributes: str = "") -> str:
        ordered = reversed(cells) if rtl else cells
        return "<tr>" + "".join(f"<{tag}{attributes}>{html_block(cell)}</{tag}>" for cell in ordered) + "</tr>"

    start = " align='right'" if rtl else " align='left'"
    body = (row(header, "th", start) if header else "") + "".join(row(cells, "td") for cells in rows)
    align = " align='right'" if rtl else ""
    return f"<table cellpadding='3'{align}>{body}</table>"


def html_lines(lines: list[str]) -> str:
    """Rich-text lines, each its own paragraph in the layout's direction.

    Lines joined with <br> share one bidi paragraph, so a line that ends in a Latin run
    (an XID, a path) takes its closing punctuation from the next line's first letter.
    """
    return "".join(html_block(line) for line in lines)

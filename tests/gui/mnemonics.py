"""Stray ampersands: a keyboard-mnemonic marker that the operator sees as a plain '&'.

Qt turns "&File" into an underlined F only where the text is a mnemonic: a button, a tab,
a group box, a menu item, or a label with a buddy widget. Anywhere else the '&' is drawn
as it is: a QLabel without a buddy (what QFormLayout makes when a row's field is a layout,
not a widget), a window or wizard page title, a table header, a list item. A translation
can bring one in as well as the English. `stray_ampersands` lists every such text in a
window, hidden pages and tabs included.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QListWidget, QWidget, QWizard

_MARKER = re.compile(r"&\w")  # what Qt would take as a mnemonic: '&' before a letter or digit
_RAW_MARKER = re.compile(r"&(?![A-Za-z]+;|#[0-9]+;|#[xX][0-9A-Fa-f]+;)\w")  # in rich text: not an entity


def shows_a_marker(text: str) -> bool:
    """Whether `text`, drawn as it is, shows a mnemonic marker ('&&' is an escaped '&' and never one)."""
    return bool(_MARKER.search(text.replace("&&", "")))


def _label_shows_a_marker(label: QLabel) -> bool:
    """Whether the label draws a marker: in rich text an entity ('&amp;') is not one, '&F' is."""
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text))  # QtGui's Qt has it
    return bool(_RAW_MARKER.search(text)) if rich else shows_a_marker(text)


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}" + (f" '{widget.objectName()}'" if widget.objectName() else "")


def _headers(header: QHeaderView) -> Iterator[str]:
    model = header.model()
    for section in range(header.count()):
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if isinstance(text, str):
            yield text


def stray_ampersands(window: QWidget) -> list[str]:
    """Every text in `window` (and the widgets inside it) that would show a plain '&' marker."""
    where = f"in {_name(window)} ({window.windowTitle()!r})"
    found = []
    if shows_a_marker(window.windowTitle()):
        found.append(f"window title {window.windowTitle()!r} {where}")
    labels = [window] if isinstance(window, QLabel) else []
    found.extend(f"{_name(label)} {label.text()!r} (a label without a buddy) {where}"
                 for label in [*labels, *window.findChildren(QLabel)]
                 if label.buddy() is None and _label_shows_a_marker(label))
    wizards = [window] if isinstance(window, QWizard) else []
    for wizard in [*wizards, *window.findChildren(QWizard)]:
        for page_id in wizard.pageIds():
            page = wizard.page(page_id)
            found.extend(f"page title {text!r} of {_name(page)} {where}"
                         for text in (page.title(), page.subTitle()) if shows_a_marker(text))
    for header in window.findChildren(QHeaderView):
        if not header.isHidden():
            found.extend(f"header {text!r} of {_name(header.parentWidget())} {where}"
                         for text in _headers(header) if shows_a_marker(text))
    for listed in window.findChildren(QListWidget):
        found.extend(f"list item {listed.item(row).text()!r} of {_name(listed)} {where}"
                     for row in range(listed.count()) if shows_a_marker(listed.item(row).text()))
    return found

"""Form rows whose field is a layout, such as a path and its Browse button."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QWidget


def add_layout_row(form: QFormLayout, text: str, field: QLayout, buddy: QWidget) -> QLabel:
    """Add a row labelled `text` whose field is `field`; the label's mnemonic focuses `buddy`.

    QFormLayout makes a row's label the buddy of its field only when the field is a widget.
    With a layout it has no buddy, the mnemonic does nothing and Qt draws its '&' as it is
    ("Root &file:"). Returns the label.
    """
    label = QLabel(text)
    label.setBuddy(buddy)
    form.addRow(label, field)
    return label

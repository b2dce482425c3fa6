"""Table models that stay fluid with tens of thousands of rows.

`RecordTableModel` keeps every record's cells as strings computed once, and a lower-case
haystack per record; filtering is a list comprehension over the haystacks, and sorting a
sort of row indexes. Views see only the visible indexes, so a keystroke in the filter box
costs a few milliseconds at 10,000 nodes instead of 10,000 Python calls through
`QSortFilterProxyModel.filterAcceptsRow`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    """A column: its header and how to turn a record into the cell's text."""

    title: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    tooltip: str = ""
    # A live column is computed when shown (not cached, not searched): for values that change
    # with a choice made elsewhere, such as the placement verdict for the chosen bundle.
    live: bool = False


class RecordTableModel(QAbstractTableModel):
    """Records of one kind, filtered by words and sorted by any column."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[Any] = []
        self._cells: list[tuple[str, ...]] = []
        self._haystacks: list[str] = []
        self._visible: list[int] = []
        self._filter: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.colour_of: Callable[[Any], QColor | None] | None = None
        self.tooltip_of: Callable[[Any], str] | None = None

    # -- content -----------------------------------------------------------------------------

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._cells = [tuple("" if col.live else col.text(r) for col in self._columns) for r in self._records]
        self._haystacks = ["\t".join(cells).lower() for cells in self._cells]
        self._visible = self._apply_filter(range(len(self._records)))
        self._apply_sort()
        self.endResetModel()

    def records(self) -> list[Any]:
        return list(self._records)

    def refresh_live(self) -> None:
        """Live columns changed (and with them, perhaps, every row's colour): repaint the rows."""
        if self._visible:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._visible) - 1, len(self._columns) - 1))

    def total(self) -> int:
        return len(self._records)

    def record(self, row: int) -> Any:
        return self._records[self._visible[row]]

    def row_of(self, predicate: Callable[[Any], bool]) -> int:
        """The visible row of the first record matching `predicate`, or -1."""
        for row, index in enumerate(self._visible):
            if predicate(self._records[index]):
                return row
        return -1

    # -- filter and sort ---------------------------------------------------------------------

    def set_filter(self, text: str) -> None:
        """Show the records whose cells contain every word of `text` (case-insensitive)."""
        words = text.lower().split()
        if words == self._filter:
            return
        # Every old word inside some new word: the new filter only narrows the old one.
        narrowing = bool(self._filter) and all(any(o in w for w in words) for o in self._filter)
        self._filter = words
        self.beginResetModel()
        # Typing one more letter only narrows: search the rows still shown, not all of them.
        source = self._visible if narrowing else range(len(self._records))
        self._visible = self._apply_filter(source)
        self._apply_sort()
        self.endResetModel()

    def _apply_filter(self, source: Sequence[int] | range) -> list[int]:
        words = self._filter
        if not words:
            return list(source)
        hay = self._haystacks
        if len(words) == 1:
            word = words[0]
            return [i for i in source if word in hay[i]]
        return [i for i in source if all(w in hay[i] for w in words)]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        key_of = self._columns[column].sort_key
        if key_of is None:
            cells = self._cells
            self._visible.sort(key=lambda i: cells[i][column].lower())
        else:
            records = self._records
            self._visible.sort(key=lambda i: key_of(records[i]))
        if order == Qt.SortOrder.DescendingOrder:
            self._visible.reverse()

    # -- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        source = self._visible[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = self._columns[index.column()]
            return column.text(self._records[source]) if column.live else self._cells[source][index.column()]
        if role == RECORD_ROLE:
            return self._records[source]
        if role == Qt.ItemDataRole.ForegroundRole and self.colour_of is not None and index.column() == 0:
            return self.colour_of(self._records[source])
        if role == Qt.ItemDataRole.ToolTipRole and self.tooltip_of is not None:
            return self.tooltip_of(self._records[source])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        if role == Qt.ItemDataRole.ToolTipRole and self._columns[section].tooltip:
            return self._columns[section].tooltip
        return None

"""A table model over ids: the filtered, sorted id list comes from SQL; rows are fetched a page at a time.

Scrolling through 100,000 persons touches only the pages on screen (DESIGN §6; Anki's browser model).
Sorting asks the owner for a new id list instead of sorting in Python.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

PAGE_SIZE = 100
CACHED_PAGES = 20  # at most 2,000 rows in memory, whatever the list's length
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str  # the sort key the owner understands, and the row attribute shown
    title: str
    render: Callable[[Any], str] | None = None  # row -> text; default: str(getattr(row, key))
    width: int = 120  # set, not measured: measuring would fetch every row of a long list
    sortable: bool = True


class IdTableModel(QAbstractTableModel):
    sort_requested = Signal(str, bool)  # column key, descending

    def __init__(self, columns: Sequence[Column], fetch_rows: Callable[[list[str]], dict[str, Any]]) -> None:
        super().__init__()
        self.columns = list(columns)
        self._fetch_rows = fetch_rows
        self._ids: list[str] = []
        self._pages: OrderedDict[int, dict[str, Any]] = OrderedDict()

    def set_ids(self, ids: list[str]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def id_at(self, row: int) -> str:
        return self._ids[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = self.columns[index.column()]
        if column.render is not None:
            return column.render(row)
        value = getattr(row, column.key)
        return "" if value is None else str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.columns[column].sortable:
            self.sort_requested.emit(self.columns[column].key, order == Qt.SortOrder.DescendingOrder)

    def row_at(self, position: int) -> Any:
        page_number = position // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            page = self._load_page(page_number)
        else:
            self._pages.move_to_end(page_number)
        return page.get(self._ids[position])

    def _load_page(self, page_number: int) -> dict[str, Any]:
        ids = self._ids[page_number * PAGE_SIZE : (page_number + 1) * PAGE_SIZE]
        page = self._fetch_rows(ids)
        self._pages[page_number] = page
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

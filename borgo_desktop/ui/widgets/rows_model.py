"""A read-only table model over a list of frozen view rows, sorted in memory.

Subclasses name their translation context, column headers (``QT_TRANSLATE_NOOP`` in that
context), each row's identity and sort key, and answer ``data``. Sorting keeps the view's
selection on the same records across the new order.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt


class RowsModel(QAbstractTableModel):
    CONTEXT = ""
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []

    def row_key(self, row) -> object:
        raise NotImplementedError

    def sort_key(self, row, column: int) -> object:
        raise NotImplementedError

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.HEADERS):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        keys = [self.row_key(self.rows[i.row()]) for i in old]
        self.rows.sort(key=lambda r: self.sort_key(r, column),
                       reverse=order == Qt.SortOrder.DescendingOrder)
        position = {self.row_key(r): n for n, r in enumerate(self.rows)}
        self.changePersistentIndexList(
            old, [self.index(position[k], i.column()) for k, i in zip(keys, old)])
        self.layoutChanged.emit()

"""A table model over a services.listing spec: rows fetched in pages, sorted in the database.

The model keeps the total count and the rows loaded so far; the view asks for more with
``canFetchMore``/``fetchMore`` as the user scrolls. Sorting and filtering reload from the
database, so a list of thousands of households opens as fast as one of ten.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from borgo_desktop.formatting import fmt_date, fmt_decimal, fmt_instant, fmt_money
from borgo_desktop.services.core import listing
from borgo_desktop.services.core.context import Context
from borgo_desktop.ui.widgets.texts import column_title, vocab, vocab_word, yes_no

PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_NUMERIC = (listing.INT, listing.MONEY, listing.DECIMAL)
_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ID_ROLE,
                    Qt.ItemDataRole.TextAlignmentRole))
_TEXT_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole))


def display(column: listing.Column, value) -> str:
    if value is None:
        return ""
    if column.label_of is not None:
        return column.label_of(value, vocab_word)
    kind = column.kind
    if kind == listing.DATE:
        return fmt_date(value)
    if kind == listing.INSTANT:
        return fmt_instant(value)
    if kind == listing.MONEY:
        return fmt_money(value)
    if kind == listing.BOOL:
        return yes_no(bool(value))
    if kind == listing.DECIMAL:
        return fmt_decimal(value, 1)
    if kind == listing.ENUM:
        return vocab(value)
    return str(value)


class ListTableModel(QAbstractTableModel):
    def __init__(self, ctx: Context, spec: listing.ListSpec, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.spec = spec
        self.filters: dict = {}
        self.sort_key = spec.default_sort or spec.columns[0].key
        self.descending = spec.default_descending
        self.total = 0
        self._rows: list[listing.Row] = []
        self._texts: dict[int, tuple[str, ...]] = {}  # row -> its cells as shown, once asked
        self.titles = tuple(column_title(c.label) for c in spec.columns)
        self._aligned = tuple(_RIGHT if c.kind in _NUMERIC else None for c in spec.columns)
        self.reload()

    # --- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Count again and load the first page (after a change, a filter, a sort)."""
        self.beginResetModel()
        self.total = listing.count(self.ctx, self.spec, self.filters)
        self._rows = self._page(0)
        self._texts = {}
        self.endResetModel()

    def _page(self, offset: int) -> list[listing.Row]:
        # The next page starts after the last row loaded (keyset) where the order allows it.
        after = self._rows[-1] if offset and self._rows else None
        return listing.fetch_page(self.ctx, self.spec, self.filters, self.sort_key,
                                  self.descending, offset, PAGE_SIZE, after=after)

    def setFilters(self, filters: dict) -> None:  # noqa: N802 - named like Qt's setters
        self.filters = {k: v for k, v in filters.items() if v not in (None, "", ())}
        self.reload()

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid():
            return
        rows = self._page(len(self._rows))
        if not rows:  # someone deleted rows meanwhile: stop asking
            self.total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.spec.columns):
            return
        key, descending = self.spec.columns[column].key, order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return  # a view turning sorting on asks for the order already loaded: no second load
        self.sort_key, self.descending = key, descending
        self.reload()

    # --- reading ------------------------------------------------------------------------

    def row_id(self, row: int):
        return self._rows[row].id

    def values_of(self, row_id) -> dict:
        """column key -> value of a loaded row ({} if that row is not loaded)."""
        for row in self._rows:
            if row.id == row_id:
                return dict(zip((c.key for c in self.spec.columns), row.values))
        return {}

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.spec.columns)

    def texts(self, row: int) -> tuple[str, ...]:
        """The cells of a loaded row as the list shows them (formatted once: a paint asks for
        every visible cell again)."""
        shown = self._texts.get(row)
        if shown is None:
            shown = tuple(display(column, value) for column, value
                          in zip(self.spec.columns, self._rows[row].values))
            self._texts[row] = shown
        return shown

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        # Views ask ~10 roles per cell on every paint: the ones not answered leave first.
        if role not in _ROLES or not index.isValid():
            return None
        row = index.row()
        if row >= len(self._rows):
            return None
        if role in _TEXT_ROLES:
            return self.texts(row)[index.column()]
        if role == ID_ROLE:
            return self._rows[row].id
        return self._aligned[index.column()]  # the alignment role

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.titles[section] if 0 <= section < len(self.titles) else None
        return str(section + 1)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

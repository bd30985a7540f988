"""The preview of an import sheet (households or units): rows as read, problem cells in red.

``build_preview`` runs in the background (it reads the file and makes the dry run); the model
only lays the result out. Rows keep the numbers the spreadsheet shows, so "riga 7" in the
problems list is the row the user sees labelled 7 here and in Excel.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt,
)
from PySide6.QtGui import QBrush, QColor

from borgo_desktop.errors import UserError
from borgo_desktop.exchange.sheet_columns import SheetError
from borgo_desktop.formatting import fmt_date
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.registry.imports import ImportReport
from borgo_desktop.ui.registry.importing import kinds
from borgo_desktop.ui.registry.importing.kinds import ImportKind

PREVIEW_ROWS = 500  # enough to recognise the file; the check itself always covers every row
BAD_BACKGROUND = QColor("#fdecea")
BAD_TEXT = QColor("#b3261e")


@dataclass(frozen=True)
class Preview:
    path: Path
    report: ImportReport  # or UnitImportReport: both have problems, written, refused, summary
    header: tuple[str, ...] = ()
    rows: tuple[tuple[int, tuple[str, ...]], ...] = ()  # (spreadsheet row number, cell texts)
    total_rows: int = 0
    header_row: int = 1
    columns: dict[str, int] = field(default_factory=dict)  # problem column name -> grid column


def build_preview(ctx: Context, path: Path, skip_invalid: bool,
                  checkpoint: Callable[[], None] = lambda: None,
                  kind: ImportKind | None = None) -> Preview:
    """Read the file for the grid and check it all (dry run). Worker thread: no widgets here."""
    kind = kind or kinds.households()
    try:
        table = kind.read(path)
    except UserError:
        table = None  # the dry run reports the same refusal, in the words of the import
    checkpoint()
    report = kind.run(ctx, path, skip_invalid=skip_invalid, dry_run=True)
    if table is None:
        return Preview(Path(path), report)
    rows = tuple((number, tuple(cell_text(v) for v in values))
                 for number, values in table.rows[:PREVIEW_ROWS])
    return Preview(Path(path), report, table.header, rows, len(table.rows), table.header_row,
                   _column_map(table.header, kind))


def cell_text(value: object) -> str:
    """A cell as the user typed it (only display: reading it is the import's job)."""
    if value is None:
        return ""
    if isinstance(value, datetime) and not (value.hour or value.minute or value.second):
        value = value.date()
    if isinstance(value, date) and not isinstance(value, datetime):
        return fmt_date(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _column_map(header: tuple[str, ...], kind: ImportKind) -> dict[str, int]:
    """The import names columns by their template header; find them in the file's header."""
    headers = {c.key: c.header for c in kind.columns}
    try:
        return {headers[key]: index for key, index in kind.positions(header).items()}
    except SheetError:  # missing or repeated columns: match what can be matched
        found: dict[str, int] = {}
        for index, text in enumerate(header):
            for column in kind.columns:
                if " ".join(text.split()).casefold() == column.header.casefold():
                    found.setdefault(column.header, index)
        return found


class SheetPreviewModel(QAbstractTableModel):
    """Read-only grid of the file: file header on top, spreadsheet row numbers on the left."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._header: tuple[str, ...] = ()
        self._rows: tuple[tuple[int, tuple[str, ...]], ...] = ()
        self._width = 0
        self._position: dict[int, int] = {}      # spreadsheet row number -> grid row
        self._cells: dict[tuple[int, int], str] = {}
        self._row_notes: dict[int, str] = {}     # whole-row problems, on the row number
        self._header_notes: dict[int, str] = {}  # problems of the header row, on the column

    def load(self, preview: Preview | None) -> None:
        self.beginResetModel()
        self._header = preview.header if preview else ()
        self._rows = preview.rows if preview else ()
        self._width = max([len(self._header)] + [len(values) for _n, values in self._rows])
        self._position = {number: index for index, (number, _v) in enumerate(self._rows)}
        self._cells, self._row_notes, self._header_notes = {}, {}, {}
        for problem in (preview.report.problems if preview else ()):
            column = preview.columns.get(problem.column)
            row = self._position.get(problem.row)
            if row is not None and column is not None:
                self._cells.setdefault((row, column), problem.reason)
            elif row is not None:
                self._row_notes.setdefault(row, problem.reason)
            elif problem.row == preview.header_row and column is not None:
                self._header_notes.setdefault(column, problem.reason)
        self.endResetModel()

    def index_of(self, row_number: int, column_name: str, columns: dict[str, int]) -> QModelIndex:
        """The cell a problem names; invalid when that row is beyond the preview."""
        row = self._position.get(row_number)
        if row is None:
            return QModelIndex()
        return self.index(row, columns.get(column_name, 0))

    def problem_at(self, row: int, column: int) -> str:
        return self._cells.get((row, column), "")

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._width

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        reason = self._cells.get((row, column))
        if role == Qt.ItemDataRole.DisplayRole:
            values = self._rows[row][1]
            return values[column] if column < len(values) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return reason
        if reason and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(BAD_BACKGROUND)
        if reason and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(BAD_TEXT)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role=Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal
        note = (self._header_notes if horizontal else self._row_notes).get(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if not horizontal:
                return str(self._rows[section][0]) if section < len(self._rows) else None
            text = self._header[section] if section < len(self._header) else ""
            return text or QCoreApplication.translate("ImportDialog", "(senza titolo)")
        if role == Qt.ItemDataRole.ToolTipRole:
            return note
        if note and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(BAD_TEXT)
        return None

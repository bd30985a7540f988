"""Table model of a list of cases (the worker's work list, or the manager's overview)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt,
)
from PySide6.QtGui import QBrush, QColor

from borgo_desktop.formatting import fmt_date
from borgo_desktop.services.casework.views import CaseSummary
from borgo_desktop.ui.widgets.rows_model import RowsModel
from borgo_desktop.ui.widgets.texts import vocab

HOUSEHOLD, NAME, STAGE, NEXT, DUE, WORKERS = range(6)
HEADERS = (QT_TRANSLATE_NOOP("CaseModel", "Nucleo"),
           QT_TRANSLATE_NOOP("CaseModel", "Intestatario"),
           QT_TRANSLATE_NOOP("CaseModel", "Fase"),
           QT_TRANSLATE_NOOP("CaseModel", "Da fare"),
           QT_TRANSLATE_NOOP("CaseModel", "Entro il"),
           QT_TRANSLATE_NOOP("CaseModel", "Assistenti sociali"))
CASE_ID_ROLE = Qt.ItemDataRole.UserRole
LATE_BRUSH = QBrush(QColor("#b3261e"))
SOON_BRUSH = QBrush(QColor("#e65100"))


class CaseModel(RowsModel):
    CONTEXT, HEADERS = "CaseModel", HEADERS

    def row_key(self, row: CaseSummary):
        return row.id

    def sort_key(self, row: CaseSummary, column: int):
        return _key(row, column)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == CASE_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and index.column() in (NEXT, DUE):
            action = row.next_action
            return LATE_BRUSH if action.overdue else SOON_BRUSH if action.soon else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column())
        return None

    def _text(self, row: CaseSummary, column: int) -> str:
        if column == HOUSEHOLD:
            return row.household_code
        if column == NAME:
            return row.household_name
        if column == STAGE:
            return vocab(row.stage)
        if column == NEXT:
            return vocab(row.next_action.duty)
        if column == DUE:
            return fmt_date(row.next_action.due)
        if column == WORKERS:
            return ", ".join(row.workers) or QCoreApplication.translate("CaseModel",
                                                                        "da assegnare")
        return ""


def _key(row: CaseSummary, column: int):
    if column == DUE:
        return row.next_action.due or date.max
    if column == STAGE:
        return list(type(row.stage)).index(row.stage)
    return (row.household_code, row.household_name, "", row.next_action.label, "",
            ", ".join(row.workers))[column].casefold()

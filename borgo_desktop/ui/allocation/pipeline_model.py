"""Table model of the allocation pipeline (one row per household in it)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt,
)
from PySide6.QtGui import QBrush, QColor

from borgo_desktop.formatting import fmt_date
from borgo_desktop.models.enums import Stage
from borgo_desktop.services.allocation.allocation import PipelineRow
from borgo_desktop.services.allocation.views import NO_CATEGORY_LABEL
from borgo_desktop.ui.allocation.common import vocab
from borgo_desktop.ui.widgets.rows_model import RowsModel

CODE, REFERENCE, SIZE, CATEGORY, STAGE, UNIT, RESERVED_UNTIL, CHANGED_ON = range(8)
HEADERS = (QT_TRANSLATE_NOOP("PipelineModel", "Nucleo"),
           QT_TRANSLATE_NOOP("PipelineModel", "Intestatario"),
           QT_TRANSLATE_NOOP("PipelineModel", "Componenti"),
           QT_TRANSLATE_NOOP("PipelineModel", "Categoria"),
           QT_TRANSLATE_NOOP("PipelineModel", "Fase"),
           QT_TRANSLATE_NOOP("PipelineModel", "Alloggio"),
           QT_TRANSLATE_NOOP("PipelineModel", "Riservato fino al"),
           QT_TRANSLATE_NOOP("PipelineModel", "Dal"))
HOUSEHOLD_ID_ROLE = Qt.ItemDataRole.UserRole
REFUSED_BRUSH = QBrush(QColor("#b3261e"))
_STAGE_ORDER = {stage: index for index, stage in enumerate(Stage)}


def _sort_key(row: PipelineRow, column: int):
    values = (row.household_code, row.reference_name.casefold(), row.size,
              row.category_label.casefold(), _STAGE_ORDER[row.stage], row.unit_code,
              row.reserved_until or date.max, row.stage_changed_on)
    return values[column]


class PipelineModel(RowsModel):
    CONTEXT, HEADERS = "PipelineModel", HEADERS

    def row_key(self, row: PipelineRow):
        return row.household_id

    def sort_key(self, row: PipelineRow, column: int):
        return _sort_key(row, column)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == HOUSEHOLD_ID_ROLE:
            return row.household_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.stage == Stage.REFUSED:
            return REFUSED_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and row.refusal_reason:
            return QCoreApplication.translate("PipelineModel", "Motivo del rifiuto: {reason}"
                                              ).format(reason=row.refusal_reason)
        return None

    @staticmethod
    def _text(row: PipelineRow, column: int) -> str:
        if column == SIZE:
            return str(row.size)
        if column == STAGE:
            return vocab(row.stage)
        if column == RESERVED_UNTIL:
            return fmt_date(row.reserved_until)
        if column == CHANGED_ON:
            return fmt_date(row.stage_changed_on)
        category = row.category_label
        if category == NO_CATEGORY_LABEL:  # the service's words, not a category's own name
            category = QCoreApplication.translate("Vocabulary", category)
        return (row.household_code, row.reference_name, "", category, "", row.unit_code)[column]

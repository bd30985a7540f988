"""«Dopo l'ingresso»: the follow-up steps due within two weeks or overdue, for the desk.

One row per step (household, reference person, unit, step, due date), overdue first and in
red; Enter or a double click opens the household, where the step is marked done.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QGroupBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget,
)

from borgo_desktop.formatting import fmt_date
from borgo_desktop.services.allocation import follow_up
from borgo_desktop.services.allocation.follow_up import DueStep
from borgo_desktop.services.core.context import Context
from borgo_desktop.ui.allocation.common import vocab
from borgo_desktop.ui.widgets.rows_model import RowsModel

HOUSEHOLD, REFERENCE, UNIT, STEP, DUE = range(5)
HEADERS = (QT_TRANSLATE_NOOP("FollowUpModel", "Nucleo"),
           QT_TRANSLATE_NOOP("FollowUpModel", "Intestatario"),
           QT_TRANSLATE_NOOP("FollowUpModel", "Alloggio"),
           QT_TRANSLATE_NOOP("FollowUpModel", "Passo"),
           QT_TRANSLATE_NOOP("FollowUpModel", "Entro il"))
HOUSEHOLD_ID_ROLE = Qt.ItemDataRole.UserRole
LATE_BRUSH = QBrush(QColor("#b3261e"))


class FollowUpModel(RowsModel):
    CONTEXT, HEADERS = "FollowUpModel", HEADERS

    def row_key(self, row: DueStep):
        return (row.household_id, row.item)

    def sort_key(self, row: DueStep, column: int):
        return (row.household_code, row.reference_name.casefold(), row.unit_code,
                list(type(row.item)).index(row.item), row.due_on)[column]

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.household_code, row.reference_name, row.unit_code, vocab(row.item),
                    fmt_date(row.due_on))[column]
        if role == HOUSEHOLD_ID_ROLE:
            return row.household_id
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return LATE_BRUSH
        return None


class FollowUpBox(QGroupBox):
    household_opened = Signal(object)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Dopo l'ingresso: passi in scadenza"), parent)
        self.setObjectName("follow_up_box")
        self.ctx = ctx
        self.late = 0
        self.model = FollowUpModel(self)
        self.table = QTableView()
        self.table.setObjectName("follow_up_table")
        self.table.setAccessibleName(self.title())
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setToolTip(self.tr("Doppio clic per aprire la scheda del nucleo"))
        self.table.activated.connect(self._open_row)
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + 4 * rows)
        self.count_label = QLabel()
        self.count_label.setObjectName("follow_up_count")
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table)  # filled by refresh(), which the page calls

    def refresh(self) -> None:
        rows = follow_up.due_steps(self.ctx)
        self.model.set_rows(rows)
        self.late = late = sum(row.overdue for row in rows)
        self.count_label.setText(
            self.tr("Nessun passo in scadenza nelle prossime due settimane") if not rows else
            self.tr("{n} passi entro due settimane, {late} in ritardo").format(n=len(rows),
                                                                              late=late))
        self.table.setVisible(bool(rows))

    def _open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.household_opened.emit(index.data(HOUSEHOLD_ID_ROLE))

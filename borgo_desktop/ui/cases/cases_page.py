"""«I miei casi»: a worker's cases with what is due next; for overview roles, every case with
stages and deadlines (no content). Workers also search their notes here."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from borgo_desktop.formatting import fmt_date
from borgo_desktop.models.casework import CaseStage, NoteKind
from borgo_desktop.services import case_file, cases
from borgo_desktop.services.context import Context
from borgo_desktop.services.permissions import Permission, allowed
from borgo_desktop.ui.cases.case_model import CASE_ID_ROLE, DUE, CaseModel
from borgo_desktop.ui.widgets.display import MUTED_STYLE, title_label
from borgo_desktop.ui.widgets.texts import vocab


class CasesPage(QWidget):
    case_opened = Signal(object)       # a case id the actor may read
    household_opened = Signal(object)  # a household id (overview roles open the household)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cases_page")
        self.ctx = ctx
        self.worker = allowed(ctx.actor, Permission.CASE_READ)
        self.title = title_label(self.tr("I miei casi") if self.worker
                                 else self.tr("Percorsi di accompagnamento"), "cases_title")
        self.counts = QLabel()
        self.counts.setObjectName("stage_counts")
        self.counts.setStyleSheet(MUTED_STYLE)
        self.counts.setWordWrap(True)
        self.model = CaseModel(self)
        self.table = QTableView()
        self.table.setObjectName("cases_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._activated)

        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        layout.addLayout(header)
        layout.addWidget(self.counts)
        if self.worker:
            layout.addLayout(self._search_row())
        layout.addWidget(self.table, 1)
        self.refresh()

    def _search_row(self):
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("note_search")
        self.search_edit.setPlaceholderText(self.tr("Cerca nelle note dei miei casi…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self.search)
        self.search_edit.textChanged.connect(lambda text: text or self.hits.hide())
        self.hits = QListWidget()
        self.hits.setObjectName("note_hits")
        self.hits.setMaximumHeight(180)
        self.hits.hide()
        self.hits.itemActivated.connect(self._hit_activated)
        column = QVBoxLayout()
        column.addWidget(self.search_edit)
        column.addWidget(self.hits)
        return column

    def refresh(self) -> None:
        rows = cases.my_cases(self.ctx) if self.worker else cases.overview(self.ctx)
        self.model.set_rows(rows)
        self.table.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)
        late = sum(r.next_action.overdue for r in rows)
        text = self.tr("{n} percorsi, {late} con scadenze superate").format(n=len(rows), late=late)
        if allowed(self.ctx.actor, Permission.CASE_OVERVIEW):
            counts = cases.stage_counts(self.ctx)
            text += " · " + ", ".join(f"{vocab(stage)}: {counts[stage]}" for stage in CaseStage
                                      if counts[stage])
        self.counts.setText(text)

    def search(self) -> list:
        found = case_file.search_notes(self.ctx, self.search_edit.text())
        self.hits.clear()
        for hit in found:
            item = QListWidgetItem(f"{fmt_date(hit.happened_on)} · "
                                   f"{vocab(NoteKind(hit.kind))} · {hit.excerpt}")
            item.setData(Qt.ItemDataRole.UserRole, hit.case_id)
            self.hits.addItem(item)
        if not found:
            self.hits.addItem(self.tr("Nessuna nota trovata."))
        self.hits.show()
        return found

    def _hit_activated(self, item: QListWidgetItem) -> None:
        case_id = item.data(Qt.ItemDataRole.UserRole)
        if case_id is not None:
            self.case_opened.emit(case_id)

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.rows[index.row()]
        if self.worker and self.ctx.actor.username in row.worker_usernames:
            self.case_opened.emit(row.id)
        else:
            self.household_opened.emit(row.household_id)

    def case_id_at(self, row: int) -> uuid.UUID:
        return self.model.index(row, 0).data(CASE_ID_ROLE)

"""«I miei casi»: a worker's cases with what is due next; for overview roles, every case with
stages and deadlines (no content). Workers also search their notes here; the manager opens
the team grants of the chosen case.

At city scale the overview holds ~13,000 cases (half a second to read and compute): the list
is read on the window's task runner, so the window keeps answering meanwhile."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from borgo_desktop.formatting import fmt_date
from borgo_desktop.models.casework import CaseStage, NoteKind
from borgo_desktop.services.casework import file as case_file, cases
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, allowed
from borgo_desktop.ui.widgets.dialogs import open_tracked
from borgo_desktop.ui.casework.case_model import CASE_ID_ROLE, DUE, CaseModel
from borgo_desktop.ui.casework.grants_dialog import GrantsDialog
from borgo_desktop.ui.tasks import Cancelled, Progress, TaskRunner
from borgo_desktop.ui.widgets.dialogs import task_failed
from borgo_desktop.ui.widgets.display import MUTED_STYLE, title_label
from borgo_desktop.ui.widgets.icons import icon
from borgo_desktop.ui.widgets.texts import vocab


class CasesPage(QWidget):
    case_opened = Signal(object)       # a case id the actor may read
    household_opened = Signal(object)  # a household id (overview roles open the household)
    loaded = Signal()  # the rows on show are fresh

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cases_page")
        self.ctx = ctx
        self.worker = allowed(ctx.actor, Permission.CASE_READ)
        self.tasks = TaskRunner(self)
        self.dialog = None
        self._loading = 0  # the number of the newest load: older results are dropped
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
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.grants_button = QPushButton(icon("fa5s.user-shield"), self.tr("Accessi d'équipe"))
        self.grants_button.setObjectName("grants_button")
        self.grants_button.setToolTip(self.tr("Chi altro può leggere la cartella scelta"))
        self.grants_button.clicked.connect(self.open_grants)
        self.grants_button.setVisible(allowed(ctx.actor, Permission.CASE_ASSIGN))
        self.grants_button.setEnabled(False)
        self.refresh_button = QPushButton(icon("fa5s.sync-alt"), self.tr("Aggiorna"))
        self.refresh_button.setObjectName("refresh_button")
        self.refresh_button.clicked.connect(self.refresh)

        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.grants_button)
        header.addWidget(self.refresh_button)
        layout.addLayout(header)
        layout.addWidget(self.counts)
        from borgo_desktop.ui.ledger.alerts_panel import AlertsPanel

        self.alerts = AlertsPanel(ctx)  # arrears alerts: the worker's tasks, the proposals
        layout.addWidget(self.alerts)
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

    def refresh(self) -> Progress:
        """Read the list on the task runner; ``loaded`` is emitted once it is on show."""
        if hasattr(self, "alerts"):
            self.alerts.refresh()
        ctx, worker = self.ctx, self.worker
        counting = allowed(ctx.actor, Permission.CASE_OVERVIEW)
        self._loading += 1
        number = self._loading

        def work(progress: Progress):
            progress.report(0, 0)
            rows = cases.my_cases(ctx) if worker else cases.overview(ctx)
            progress.report(0, 0)  # a Cancel pressed meanwhile stops here
            return rows, cases.stage_counts(ctx) if counting else None

        def done(result) -> None:
            if number == self._loading:
                self._show(*result)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled) and number == self._loading:
                self.counts.setText(self.tr("Caricamento annullato: «Aggiorna» per riprovare."))
            task_failed(self, exc)

        self.counts.setText(self.tr("Caricamento dei percorsi…"))
        return self.tasks.run(self.tr("Caricamento dei percorsi"), work, done, failed)

    def wait_loaded(self, msecs: int = 60_000) -> None:
        """Block until the last load is on show (tests and the screenshot tour)."""
        self.tasks.wait(msecs)
        QCoreApplication.processEvents()

    def _show(self, rows: list, counts: dict[CaseStage, int] | None) -> None:
        self.model.set_rows(rows)
        self.table.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)
        late = sum(r.next_action.overdue for r in rows)
        text = self.tr("{n} percorsi, {late} con scadenze superate").format(n=len(rows), late=late)
        if counts is not None:
            text += " · " + ", ".join(f"{vocab(stage)}: {counts[stage]}" for stage in CaseStage
                                      if counts[stage])
        self.counts.setText(text)
        self._selection_changed()
        self.loaded.emit()

    def _selection_changed(self, *_args) -> None:
        self.grants_button.setEnabled(self.selected_row() is not None)

    def selected_row(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if len(rows) == 1 else None

    def open_grants(self) -> GrantsDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        dialog = GrantsDialog(self.ctx, row, self)
        open_tracked(self, dialog, lambda: None, signal="accepted")
        return dialog

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

"""The allocation plan screen: quota board per category above the pipeline table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QProgressBar, QPushButton, QTabWidget, QTableView, QVBoxLayout, QWidget,
)

from borgo_desktop.models.enums import Stage
from borgo_desktop.services.allocation import allocation
from borgo_desktop.services.core import permissions
from borgo_desktop.services.allocation.allocation import QuotaRow
from borgo_desktop.services.core.context import Context
from borgo_desktop.ui.allocation.follow_up_box import FollowUpBox
from borgo_desktop.ui.allocation.category_dialog import CategoryDialog
from borgo_desktop.ui.allocation.common import ERROR_STYLE, vocab
from borgo_desktop.ui.allocation.pipeline_model import HOUSEHOLD_ID_ROLE, PipelineModel

BAR_STYLE = ("QProgressBar {{ border: 1px solid #bdbdbd; border-radius: 3px; background: #f5f5f5;"
             " text-align: center; min-height: 16px; }}"
             " QProgressBar::chunk {{ background: {colour}; border-radius: 2px; }}")
NUMBER_COLUMNS = ("quota", "in_pipeline", "allocated", "moved_in", "remaining")


class QuotaBoard(QGroupBox):
    """Per category: quota, in pipeline, allocated, moved in, remaining, and a bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Quote per categoria"))
        self.setObjectName("quota_board")
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(18)
        self.grid.setColumnStretch(len(NUMBER_COLUMNS) + 1, 1)
        self.rows: list[QuotaRow] = []

    def set_rows(self, rows: list[QuotaRow]) -> None:
        self.rows = rows
        while self.grid.count():
            self.grid.takeAt(0).widget().deleteLater()
        titles = (self.tr("Categoria"), self.tr("Quota"), self.tr("In corso"),
                  self.tr("Assegnati"), self.tr("Entrati"), self.tr("Disponibili"),
                  self.tr("Assegnati rispetto alla quota"))
        for column, title in enumerate(titles):
            header = QLabel(f"<b>{title}</b>")
            if 0 < column <= len(NUMBER_COLUMNS):
                header.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.grid.addWidget(header, 0, column)
        for line, row in enumerate(rows, start=1):
            self._add_row(line, row)
        if not rows:
            empty = QLabel(self.tr("Nessuna categoria: definirle con «Categorie e quote…»."))
            self.grid.addWidget(empty, 1, 0, 1, len(titles))

    def _add_row(self, line: int, row: QuotaRow) -> None:
        planned = bool(row.category_code)  # households without a category have no quota
        over = planned and row.allocated > row.quota
        name = row.category_code or "none"
        category = row.label if planned else QCoreApplication.translate("Vocabulary", row.label)
        self.grid.addWidget(QLabel(category), line, 0)
        for column, field in enumerate(NUMBER_COLUMNS, start=1):
            label = QLabel(str(getattr(row, field)))
            label.setObjectName(f"{field}_{name}")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if field == "remaining" and over:
                label.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
                label.setToolTip(self.tr("Oltre la quota di {n}").format(n=-row.remaining))
            self.grid.addWidget(label, line, column)
        if not planned:
            self.grid.addWidget(QLabel("—"), line, len(NUMBER_COLUMNS) + 1)
            return
        bar = QProgressBar()
        bar.setObjectName(f"quota_bar_{name}")
        bar.setRange(0, max(row.quota, row.allocated, 1))  # 0..0 would be a busy bar
        bar.setValue(row.allocated)
        bar.setFormat(self.tr("{allocated} su {quota}").format(allocated=row.allocated,
                                                               quota=row.quota)
                      + (" · " + self.tr("oltre quota") if over else ""))
        bar.setProperty("over_quota", over)
        bar.setStyleSheet(BAR_STYLE.format(colour="#c62828" if over else "#43a047"))
        bar.setMinimumWidth(220)
        self.grid.addWidget(bar, line, len(NUMBER_COLUMNS) + 1)


class AllocationPage(QWidget):
    household_opened = Signal(object)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("allocation_page")
        self.ctx = ctx
        title = QLabel(self.tr("Piano di assegnazione"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        categories_button = QPushButton(self.tr("Categorie e quote…"))
        categories_button.setObjectName("categories_button")
        categories_button.clicked.connect(self.edit_categories)
        if not permissions.allowed(ctx.actor, permissions.Permission.ALLOCATION_WRITE):
            categories_button.hide()
        refresh_button = QPushButton(self.tr("Aggiorna"))
        refresh_button.setObjectName("refresh_button")
        refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(categories_button)
        top.addWidget(refresh_button)

        self.quota_board = QuotaBoard()
        self.stage_combo = QComboBox()
        self.stage_combo.setObjectName("stage_filter")
        self.stage_combo.addItem(self.tr("Tutte le fasi"), None)
        for stage in Stage:
            self.stage_combo.addItem(vocab(stage), stage)
        self.stage_combo.currentIndexChanged.connect(self._load_pipeline)
        self.count_label = QLabel()
        self.count_label.setObjectName("pipeline_count")
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Fase:")))
        filters.addWidget(self.stage_combo)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        self.model = PipelineModel(self)
        self.table = self._make_table()
        pipeline_box = QGroupBox(self.tr("Nuclei in assegnazione"))
        box_layout = QVBoxLayout(pipeline_box)
        box_layout.addLayout(filters)
        box_layout.addWidget(self.table)

        self.follow_up_box = FollowUpBox(ctx, self)
        self.follow_up_box.household_opened.connect(self.household_opened)

        # The pipeline and the follow-up share the height under the quotas as two tabs:
        # stacked, the follow-up showed one row and a half at 1366×800 (and «Oggi» lists
        # the late steps anyway).
        self.lower_tabs = QTabWidget()
        self.lower_tabs.setObjectName("allocation_tabs")
        pipeline_box.setTitle("")
        self.follow_up_box.setTitle("")
        self.lower_tabs.addTab(pipeline_box, self.tr("Nuclei in assegnazione"))
        self.lower_tabs.addTab(self.follow_up_box, self.tr("Dopo l'ingresso: passi in scadenza"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.quota_board)
        layout.addWidget(self.lower_tabs, 1)
        self.category_dialog: CategoryDialog | None = None
        self.refresh()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("pipeline_table")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        # Unsorted until the user clicks a header: the service's pipeline order comes first.
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        # "activated" is the platform's double-click (or single click) and Enter on a row;
        # connecting doubleClicked too would open the household twice.
        table.activated.connect(self._open_row)
        table.setToolTip(self.tr("Doppio clic per aprire la scheda del nucleo"))
        return table

    def refresh(self) -> None:
        self.quota_board.set_rows(allocation.quota_board(self.ctx))
        self._load_pipeline()
        self.follow_up_box.refresh()
        late = self.follow_up_box.late
        self.lower_tabs.setTabText(1, self.tr("Dopo l'ingresso: passi in scadenza ({n} in "
                                              "ritardo)").format(n=late) if late
                                   else self.tr("Dopo l'ingresso: passi in scadenza"))

    def _load_pipeline(self) -> None:
        rows = allocation.pipeline(self.ctx, stage=self.stage_combo.currentData())
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        if header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.count_label.setText(self.tr("1 nucleo") if len(rows) == 1
                                 else self.tr("{n} nuclei").format(n=len(rows)))

    def _open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.household_opened.emit(index.data(HOUSEHOLD_ID_ROLE))

    def edit_categories(self) -> None:
        dialog = CategoryDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.refresh)
        dialog.finished.connect(lambda _result: setattr(self, "category_dialog", None))
        self.category_dialog = dialog
        dialog.open()

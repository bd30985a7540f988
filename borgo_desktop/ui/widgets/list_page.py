"""A list screen: title, filters, a lazily loaded table, the count, export and print.

Every list of the registry is one of these over a services.listing spec; what the table
shows (filters and order) is exactly what "Esporta…" and "Stampa…" write.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QTableView, QVBoxLayout, QWidget,
)

from borgo_desktop.services.core import listing
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import allowed
from borgo_desktop.ui.widgets.column_fit import FitToWidth
from borgo_desktop.ui.widgets.icons import icon
from borgo_desktop.ui.widgets.table_model import ID_ROLE, ListTableModel
from borgo_desktop.ui.tasks import TaskRunner
from borgo_desktop.ui.widgets.dialogs import task_failed
from borgo_desktop.ui.widgets.texts import vocab

FILTER_DELAY_MS = 250
FILTERS_PER_ROW = 4
SIZE_FROM_ROWS = 40  # a screenful and a bit; a longer text further down is elided (tooltip)
CELL_PADDING, TITLE_PADDING = 14, 30  # the cell's margins; the title's and its sort arrow
TITLE_STYLE = "font-size: 16pt; font-weight: 600;"


@dataclass(frozen=True)
class FilterDef:
    """A combo in the filter bar: the listing filter key, its label and (text, value) options."""

    key: str
    label: str
    options: tuple[tuple[str, object], ...]


def enum_options(enum_cls) -> tuple[tuple[str, object], ...]:
    """A filter's options from an enum: each member's (translated) label and its value."""
    return tuple((vocab(member), member.value) for member in enum_cls)


class ListPage(QWidget):
    """Subclasses name the spec and give the (translated) title, count text and filters."""

    spec_name = ""
    row_opened = Signal(object)      # the id of the row the user opened
    status_message = Signal(str)     # for the main window's status bar

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        spec_name = self.spec_name
        self.setObjectName(f"{spec_name}_page")
        self.ctx = ctx
        self.tasks = TaskRunner(self)
        self.model = ListTableModel(ctx, listing.SPECS[spec_name], self)
        title = self.page_title()

        self.title_label = QLabel(title)
        self.title_label.setStyleSheet(TITLE_STYLE)
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        self.export_button = QPushButton(icon("fa5s.file-export"), self.tr("Esporta…"))
        self.export_button.setObjectName("export_button")
        self.export_button.clicked.connect(self.export)
        self.print_button = QPushButton(icon("fa5s.print"), self.tr("Stampa…"))
        self.print_button.setObjectName("print_button")
        self.print_button.clicked.connect(self.print_list)
        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addSpacing(12)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.export_button)
        top.addWidget(self.print_button)
        if not allowed(ctx.actor, self.model.spec.export_permission):  # as services.exports
            self.export_button.hide()
            self.print_button.hide()

        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("text_filter")
        self.text_filter.setPlaceholderText(self.tr("Filtra per nome o codice…"))
        self.text_filter.setAccessibleName(self.tr("Filtro di testo"))
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.setMinimumWidth(200)
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filters)
        self.text_filter.textChanged.connect(self._filter_timer.start)
        bar = QHBoxLayout()
        bar.addWidget(self.text_filter)
        self.filter_rows = [bar]
        self.combos: dict[str, QComboBox] = {}
        for index, definition in enumerate(self.filter_defs()):
            if index and index % FILTERS_PER_ROW == 0:  # a long bar would widen the window
                bar.addStretch(1)
                bar = QHBoxLayout()
                self.filter_rows.append(bar)
            else:
                bar.addSpacing(8)
            bar.addWidget(QLabel(definition.label))
            combo = QComboBox()
            combo.setObjectName(f"{definition.key}_filter")
            # Long option texts must not widen the window: the popup shows them in full.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6 if len(definition.options) < 3 else 11)
            combo.setAccessibleName(definition.label)
            combo.addItem(self.tr("Tutti"), None)
            for text, value in definition.options:
                combo.addItem(text, value)
            combo.currentIndexChanged.connect(self.apply_filters)
            bar.addWidget(combo)
            self.combos[definition.key] = combo
        bar.addStretch(1)
        self.filter_bar, self.top_bar = bar, top  # subclasses add their own controls

        self.table = QTableView()
        self.table.setObjectName(f"{spec_name}_table")
        self.table.setAccessibleName(title)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Indicator first: enabling sorting then sorts once, by the spec's default column.
        self.table.horizontalHeader().setSortIndicator(
            self._column_index(self.model.sort_key),
            Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.width_keeper = FitToWidth(self.table)  # no horizontal scroll bar at 1366 px
        self.table.setProperty("elides_with_tooltip", True)  # ui/widgets/fit.py
        self.table.activated.connect(self._open_index)  # double click or Enter
        self.table.setToolTip(self.tr("Doppio clic o Invio per aprire"))
        self.model.modelReset.connect(self._update_count)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for row in self.filter_rows:
            layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self._update_count()
        self.fit_columns()

    def fit_columns(self) -> None:
        """Widths from the titles and the first screenful of rows, measured on the texts the
        model formatted once: Qt's own measuring asks every cell for all its roles through
        the delegate, which costs more than loading the page itself."""
        cells, titles = self.table.fontMetrics(), self.table.horizontalHeader().fontMetrics()
        rows = [self.model.texts(r) for r in range(min(SIZE_FROM_ROWS, self.model.rowCount()))]
        header = self.table.horizontalHeader()
        for c, title in enumerate(self.model.titles):
            widest = max((cells.horizontalAdvance(texts[c]) for texts in rows), default=0)
            header.resizeSection(c, max(widest + CELL_PADDING,
                                        titles.horizontalAdvance(title) + TITLE_PADDING))
        self.width_keeper.remember()

    def page_title(self) -> str:
        raise NotImplementedError

    def count_text(self, n: int) -> str:
        raise NotImplementedError

    def filter_defs(self) -> tuple[FilterDef, ...]:
        return ()

    def _column_index(self, key: str) -> int:
        return [c.key for c in self.model.spec.columns].index(key)

    # --- filters and reloads ------------------------------------------------------------

    def filters(self) -> dict:
        values = {"text": self.text_filter.text().strip()}
        for key, combo in self.combos.items():
            values[key] = combo.currentData()
        return {k: v for k, v in values.items() if v not in (None, "")}

    def apply_filters(self) -> None:
        self._filter_timer.stop()
        self.model.setFilters(self.filters())

    def refresh(self) -> None:
        self.model.reload()

    def _update_count(self) -> None:
        self.count_label.setText(self.count_text(self.model.total))

    def _open_index(self, index) -> None:
        if index.isValid():
            self.row_opened.emit(index.data(ID_ROLE))

    # --- export and print ---------------------------------------------------------------

    def export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Esporta elenco"), str(Path.home() / f"{self.spec_name}.xlsx"),
            self.tr("Cartella di lavoro Excel (*.xlsx);;Testo CSV (*.csv)"))
        if path:
            fmt = "csv" if path.lower().endswith(".csv") or "csv" in chosen.lower() else "xlsx"
            self.export_to(Path(path).with_suffix(f".{fmt}"), fmt)

    def export_to(self, path: Path, fmt: str):
        from borgo_desktop.services.registry.exports import export_rows  # heavy (openpyxl): lazily

        args = (self.ctx, self.spec_name, self.filters(), self.model.sort_key,
                self.model.descending, path, fmt)
        title, step = self.tr("Esportazione dell'elenco"), self.tr("Righe scritte: {done} di {total}")

        def work(progress):
            return export_rows(*args, progress=lambda done, total: progress.report(
                done, total, step.format(done=done, total=total)))

        def done(count: int) -> None:
            self.status_message.emit(
                self.tr("{count} righe esportate in {path}. Il file NON è cifrato: contiene dati "
                        "personali in chiaro.").format(count=count, path=path))

        return self.tasks.run(title, work, done, lambda exc: task_failed(self, exc))

    def print_list(self):
        """Write the list as shown to a PDF and open it in the system viewer, to print it."""
        from borgo_desktop.services.registry.printing import print_list  # heavy (ReportLab): lazily

        path = temp_pdf(f"{self.spec_name}-{datetime.now():%Y%m%d-%H%M%S}")
        args = (self.ctx, self.spec_name, self.filters(), self.model.sort_key,
                self.model.descending, path)
        return self.tasks.run(self.tr("Preparazione della stampa"),
                              lambda _progress: print_list(*args),
                              lambda _count: open_file(path), lambda exc: task_failed(self, exc))


def temp_pdf(stem: str) -> Path:
    folder = Path(tempfile.gettempdir()) / "borgo-desktop"
    folder.mkdir(exist_ok=True)
    return folder / f"{stem}.pdf"


def open_file(path: Path) -> None:
    """Hand a document to the system viewer (from there the user prints it)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

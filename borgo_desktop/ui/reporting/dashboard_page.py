"""«Cruscotto»: the managers' dashboard. The page paints its tiles at once and fills them
from a worker thread (services/reporting/dashboard.py); a click on a tile asks the window
for the existing list behind it (arrears, tickets, rooms, units, cases, quotas)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout,
    QWidget,
)

from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, allowed
from borgo_desktop.services.reporting import dashboard
from borgo_desktop.services.reporting.periods import previous, quarter_of
from borgo_desktop.ui.reporting.chart_tile import ChartTile
from borgo_desktop.ui.tasks import TaskRunner
from borgo_desktop.ui.widgets.dialogs import open_tracked, task_failed

QUARTERS = 8
# Where each tile sits on a six-column grid (row, column, span): the two trends wide on
# top, the three breakdowns under them, participation and quotas at the bottom.
PLACES = {"ledger": (0, 0, 3), "tickets": (0, 3, 3), "spaces": (1, 0, 2), "units": (1, 2, 2),
          "cases": (1, 4, 2), "community": (2, 0, 3), "allocation": (2, 3, 3)}
# The tiles, in order, with their titles before the figures arrive.
TILES = (("ledger", QT_TRANSLATE_NOOP("DashboardPage", "Morosità")),
         ("tickets", QT_TRANSLATE_NOOP("DashboardPage", "Manutenzione")),
         ("spaces", QT_TRANSLATE_NOOP("DashboardPage", "Uso degli spazi comuni")),
         ("units", QT_TRANSLATE_NOOP("DashboardPage", "Occupazione degli alloggi")),
         ("cases", QT_TRANSLATE_NOOP("DashboardPage", "Accompagnamento")),
         ("community", QT_TRANSLATE_NOOP("DashboardPage", "Partecipazione alla comunità")),
         ("allocation", QT_TRANSLATE_NOOP("DashboardPage", "Quote di assegnazione")))


class DashboardPage(QWidget):
    area_requested = Signal(str, str)  # tile key, building code ("" = every building)
    package_requested = Signal(str)  # period code
    status_message = Signal(str)
    loaded = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard_page")
        self.ctx = ctx
        self.tasks = TaskRunner(self)
        self.data = None
        self.dialog = None  # the indicator editor while it is open
        self.period = QComboBox()
        self.period.setObjectName("dashboard_period")
        self.period.setAccessibleName(self.tr("Periodo"))
        current = quarter_of(ctx.today())
        for _ in range(QUARTERS):
            self.period.addItem(current.label(), current.code)
            current = previous(current)
        self.building = QComboBox()
        self.building.setObjectName("dashboard_building")
        self.building.setAccessibleName(self.tr("Edificio"))
        self.building.addItem(self.tr("Tutti gli edifici"), "")
        for code, name in dashboard.buildings(ctx):
            self.building.addItem(f"{code} – {name}", code)
        self.period.currentIndexChanged.connect(self.refresh)
        self.building.currentIndexChanged.connect(self.refresh)
        refresh = QPushButton(self.tr("Aggiorna"))
        refresh.clicked.connect(self.refresh)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Periodo:")))
        filters.addWidget(self.period)
        filters.addWidget(QLabel(self.tr("Edificio:")))
        filters.addWidget(self.building)
        filters.addWidget(refresh)
        filters.addStretch(1)
        if allowed(ctx.actor, Permission.REPORT_BUILD):
            self.package_button = QPushButton(self.tr("Pacchetto per il Comune…"))
            self.package_button.setObjectName("package_button")
            self.package_button.clicked.connect(
                lambda: self.package_requested.emit(self.period.currentData()))
            filters.addWidget(self.package_button)
            self.indicators_button = QPushButton(self.tr("Indicatori…"))
            self.indicators_button.setObjectName("indicators_button")
            self.indicators_button.clicked.connect(self.open_indicators)
            filters.addWidget(self.indicators_button)
        board = QWidget()
        grid = QGridLayout(board)
        grid.setContentsMargins(0, 0, 0, 0)
        self.tiles: dict[str, ChartTile] = {}
        for key, title in TILES:
            tile = ChartTile(key, self.tr(title))
            tile.opened.connect(self._open)
            self.tiles[key] = tile
            row, column, span = PLACES[key]
            grid.addWidget(tile, row, column, 1, span)
        for column in range(6):
            grid.setColumnStretch(column, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(board)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(scroll, 1)
        self.refresh()

    def open_indicators(self):
        """The indicator editor; ``self.dialog`` points at it while it is open."""
        from borgo_desktop.ui.reporting.indicators_dialog import IndicatorsDialog

        return open_tracked(self, IndicatorsDialog(self.ctx, self), lambda: None, "saved")

    def _open(self, key: str) -> None:
        self.area_requested.emit(key, self.building.currentData() or "")

    def refresh(self) -> None:
        period, building = self.period.currentData(), self.building.currentData() or None
        for tile in self.tiles.values():
            tile.headline.setText(self.tr("Calcolo in corso…"))
        self.tasks.run(self.tr("Calcolo del cruscotto"),
                       lambda _progress: dashboard.dashboard(self.ctx, period, building),
                       self._show, lambda exc: task_failed(self, exc))

    def _show(self, data) -> None:
        self.data = data
        for tile in data.tiles:
            self.tiles[tile.key].show_tile(tile)
        self.loaded.emit()

    def set_building(self, code: str) -> None:
        index = self.building.findData(code)
        self.building.setCurrentIndex(max(index, 0))

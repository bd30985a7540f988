"""One tile of the dashboard: title, headline figure and a QtCharts chart; a click anywhere
on it asks for the list behind it; its chart can be saved as PNG."""

from __future__ import annotations

import math

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QFileDialog, QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout,
)

from borgo_desktop.ui.widgets.texts import vocab_word

TILE_STYLE = ("QFrame#dashboard_tile { background: white; border: 1px solid #c8d3d3; "
              "border-radius: 6px; }")


class ClickableChartView(QChartView):
    clicked = Signal()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class ChartTile(QFrame):
    opened = Signal(str)  # the tile's key: which area the window opens

    def __init__(self, key: str, title: str, parent=None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("dashboard_tile")
        self.setStyleSheet(TILE_STYLE)
        self.title = QLabel(f"<b>{title}</b>")
        self.headline = QLabel(self.tr("Calcolo in corso…"))
        self.headline.setObjectName("tile_headline")
        for label in (self.title, self.headline):  # long texts wrap, never widen the grid
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(self.chart.margins().__class__(16, 2, 4, 2))
        # Left: QtCharts measures the category labels a few pixels short, which clipped
        # the first letters of «Valutazione multidimensionale» at 1366×800.
        self.view = ClickableChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumSize(160, 230)
        self.view.setAccessibleName(title)
        self.view.setToolTip(self.tr("Clic per aprire l'elenco"))
        self.view.setCursor(Qt.CursorShape.PointingHandCursor)
        self.view.clicked.connect(lambda: self.opened.emit(self.key))
        self.open_button = QToolButton()
        self.open_button.setText(self.tr("Apri"))
        self.open_button.setToolTip(self.tr("Apri l'elenco"))
        self.open_button.clicked.connect(lambda: self.opened.emit(self.key))
        self.png_button = QToolButton()
        self.png_button.setText(self.tr("PNG"))
        self.png_button.setToolTip(self.tr("Salva il grafico come immagine PNG"))
        self.png_button.clicked.connect(self._ask_png)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.png_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.headline)
        layout.addWidget(self.view, 1)

    def show_tile(self, tile) -> None:
        self.headline.setText(tile.headline)
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        labels = [vocab_word(label) for label, _v in tile.series[0].points] if tile.series else []
        categories = QBarCategoryAxis()
        categories.append(labels)
        font = categories.labelsFont()
        font.setPointSizeF(7)
        categories.setLabelsFont(font)
        categories.setTruncateLabels(False)  # «Valutazione multidimensionale» whole
        (self._bars if tile.kind == "bar" else self._lines)(tile, categories)
        chart.legend().setVisible(len(tile.series) > 1)
        empty = not any(v for s in tile.series for _l, v in s.points)
        chart.setTitle(self.tr("Nessun dato") if empty else "")

    def _value_axis(self, series_list, align) -> QValueAxis:
        axis = QValueAxis()
        axis.setLabelFormat("%.0f")
        values = [v for s in series_list for _l, v in s.points] or [0.0]
        # Whole-number ticks: a range of 0-1.1 would read «0 0 1 1 1» at this format.
        low, high = min(0.0, min(values)), max(1.0, max(values))
        step = max(1, math.ceil((high - low) / 4))
        axis.setTickType(QValueAxis.TickType.TicksDynamic)
        axis.setTickAnchor(0)
        axis.setTickInterval(step)
        axis.setRange(step * math.floor(low / step), step * math.ceil(high * 1.05 / step))
        font = axis.labelsFont()
        font.setPointSizeF(7)
        axis.setLabelsFont(font)
        self.chart.addAxis(axis, align)
        return axis

    def _bars(self, tile, categories: QBarCategoryAxis) -> None:
        """Horizontal bars: the names (rooms, stages, categories) read on the left."""
        bars = QHorizontalBarSeries()
        for series in tile.series:
            bar = QBarSet(series.name)
            bar.append([v for _l, v in series.points])
            bars.append(bar)
        self.chart.addSeries(bars)
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        values = self._value_axis(tile.series, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(categories)
        bars.attachAxis(values)

    def _lines(self, tile, categories: QBarCategoryAxis) -> None:
        """Months along the bottom; a second series (a share) on its own axis on the right."""
        categories.setLabelsAngle(-90)
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        # a series may skip months (no share where nothing was due): placed by its label
        place = {label: position for position, (label, _v) in enumerate(tile.series[0].points)}
        for index, series in enumerate(tile.series):
            line = QLineSeries()
            line.setName(series.name)
            for label, value in series.points:
                line.append(QPointF(place[label], value))
            self.chart.addSeries(line)
            line.attachAxis(categories)
            line.attachAxis(self._value_axis(
                [series], Qt.AlignmentFlag.AlignLeft if index == 0 else Qt.AlignmentFlag.AlignRight))

    def export_png(self, path: str) -> bool:
        return self.view.grab().save(path, "PNG")

    def _ask_png(self) -> None:
        path, _chosen = QFileDialog.getSaveFileName(self, self.tr("Salva il grafico"),
                                                    f"{self.key}.png", self.tr("Immagine PNG (*.png)"))
        if path:
            self.export_png(path)

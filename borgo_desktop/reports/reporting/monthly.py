"""The monthly report for the managers: the dashboard's tiles as ReportLab charts, one page
or two, with the same figures the window shows (services/reporting/dashboard.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

from borgo_desktop.reports.common import STYLES, escape, letterhead

PALETTE = (colors.HexColor("#2f5d62"), colors.HexColor("#8bc34a"), colors.HexColor("#e0a030"))
WIDTH, HEIGHT = 175 * mm, 62 * mm


@dataclass(frozen=True)
class ChartData:
    title: str
    headline: str
    kind: str  # "line" | "bar"
    series: tuple[tuple[str, tuple[tuple[str, float], ...]], ...]  # (name, ((label, value)…))


@dataclass(frozen=True)
class MonthlyData:
    office: str
    month_label: str
    building: str
    charts: tuple[ChartData, ...]


def _legend(drawing: Drawing, names: list[str]) -> None:
    if len(names) < 2:
        return
    legend = Legend()
    legend.x, legend.y = 10, 6
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontSize = 7
    legend.colorNamePairs = list(zip(PALETTE, names))
    drawing.add(legend)


def _scale(values: list[float]) -> float:
    return max(1.0, max(values or [0.0])) * 1.1


def _bars(chart: ChartData) -> Drawing:
    drawing = Drawing(WIDTH, HEIGHT)
    bars = HorizontalBarChart()
    bars.x, bars.y, bars.width, bars.height = 110, 22, WIDTH - 130, HEIGHT - 30
    bars.data = [[v for _l, v in points] for _name, points in chart.series]
    bars.categoryAxis.categoryNames = [label for label, _v in chart.series[0][1]]
    bars.categoryAxis.labels.fontSize = 7
    bars.categoryAxis.labels.boxAnchor = "e"
    bars.valueAxis.valueMin, bars.valueAxis.valueMax = 0, _scale(
        [v for row in bars.data for v in row])
    bars.valueAxis.labels.fontSize = 7
    for index in range(len(bars.data)):
        bars.bars[index].fillColor = PALETTE[index % len(PALETTE)]
    drawing.add(bars)
    _legend(drawing, [name for name, _p in chart.series])
    return drawing


def _lines(chart: ChartData, months: list[str] | None = None) -> Drawing:
    """One series on its own scale (write_monthly gives a second one, a share, its own
    chart: two scales in one frame would mislead), along ``months`` when given (a share
    skips the months with nothing due: a gap there)."""
    drawing = Drawing(WIDTH, HEIGHT)
    line = HorizontalLineChart()
    line.x, line.y, line.width, line.height = 40, 22, WIDTH - 60, HEIGHT - 34
    name, points = chart.series[0]
    months = months or [label for label, _v in points]
    by_month = dict(points)
    line.data = [[by_month.get(month) for month in months]]
    line.categoryAxis.categoryNames = months
    line.categoryAxis.labels.fontSize = 7
    values = [v for _l, v in points]
    line.valueAxis.valueMin = min(0.0, min(values or [0.0]))
    line.valueAxis.valueMax = _scale(values)
    line.valueAxis.labels.fontSize = 7
    line.lines[0].strokeColor = PALETTE[0]
    line.lines[0].strokeWidth = 1.5
    drawing.add(line)
    return drawing


def write_monthly(data: MonthlyData, path: Path) -> Path:
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=22 * mm, bottomMargin=16 * mm, invariant=1,
                            title=f"Rapporto mensile {data.month_label}", author=data.office,
                            creator="Borgo Desktop")
    story = [Paragraph(f"Rapporto mensile – {escape(data.month_label)}", STYLES["title"]),
             Paragraph(escape(data.building), STYLES["subtitle"])]
    for chart in data.charts:
        drawings = [_bars(chart) if chart.kind == "bar" else _lines(chart)]
        # a share: a chart of its own, when two months at least have one (a line needs two)
        if chart.kind == "line" and len(chart.series) > 1 and len(chart.series[1][1]) > 1:
            drawings.append(_lines(ChartData(chart.title, "", "line", chart.series[1:]),
                                   [label for label, _v in chart.series[0][1]]))
        parts = [Paragraph(escape(chart.title), STYLES["heading"]),
                 Paragraph(escape(chart.headline), STYLES["body"])]
        for drawing, (name, _points) in zip(drawings, chart.series):
            parts += [Paragraph(f"<i>{escape(name)}</i>", STYLES["cell"]), drawing]
        story.append(KeepTogether(parts + [Spacer(1, 2 * mm)]))
    decorate = letterhead(A4, data.office, "Rapporto mensile · dati aggregati")
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return path

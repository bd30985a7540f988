"""A painted day-by-hour grid: columns are days (a space's week) or spaces (one day).

Painting a few dozen rectangles is faster and clearer than a table of cells; a drag over
empty time selects a new booking's slot (snapped to quarter hours), a click on a block
selects that booking.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

FIRST_HOUR, LAST_HOUR = 7, 24
SNAP = 15  # minutes
HEADER, GUTTER = 34, 48  # pixels: column titles, hour labels

COLORS = {
    "confirmed": QColor("#2f5d62"),
    "pending": QColor("#b7791f"),
    "selected": QColor("#1c3a3d"),
    "ok": QColor(46, 125, 50, 90),
    "conflict": QColor(179, 38, 30, 110),
}


@dataclass(frozen=True)
class Block:
    column: int
    start: int  # minutes from local midnight
    end: int
    title: str
    detail: str
    kind: str  # "confirmed" | "pending"
    payload: object = None


class CalendarGrid(QWidget):
    range_selected = Signal(int, int, int)  # column, start minute, end minute
    block_clicked = Signal(object)  # the Block's payload

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_grid")
        self.setMinimumSize(600, 420)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(False)
        self.columns: list[str] = []
        self.shaded: set[int] = set()  # columns drawn as closed/weekend
        self.blocks: list[Block] = []
        self.selected = None  # payload of the selected block
        self.preview: tuple[int, int, int, bool] | None = None  # column, start, end, free?
        self._anchor: tuple[int, int] | None = None

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(900, 600)

    # --- content ---------------------------------------------------------------------------

    def set_columns(self, labels: list[str], shaded: set[int] | None = None) -> None:
        self.columns = labels
        self.shaded = shaded or set()
        self.update()

    def set_blocks(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.update()

    def set_preview(self, preview: tuple[int, int, int, bool] | None) -> None:
        self.preview = preview
        self.update()

    # --- geometry --------------------------------------------------------------------------

    def _column_width(self) -> float:
        return (self.width() - GUTTER) / max(1, len(self.columns))

    def _minute_height(self) -> float:
        return (self.height() - HEADER) / ((LAST_HOUR - FIRST_HOUR) * 60)

    def rect_of(self, column: int, start: int, end: int) -> QRectF:
        top = HEADER + (max(start, FIRST_HOUR * 60) - FIRST_HOUR * 60) * self._minute_height()
        bottom = HEADER + (min(end, LAST_HOUR * 60) - FIRST_HOUR * 60) * self._minute_height()
        left = GUTTER + column * self._column_width()
        return QRectF(left + 2, top + 1, self._column_width() - 4, max(bottom - top - 2, 6))

    def position_of(self, point: QPointF) -> tuple[int, int] | None:
        """(column, minute snapped down to the quarter hour) under a point, None outside."""
        if point.x() < GUTTER or point.y() < HEADER or not self.columns:
            return None
        column = int((point.x() - GUTTER) // self._column_width())
        minute = FIRST_HOUR * 60 + (point.y() - HEADER) / self._minute_height()
        snapped = int(minute // SNAP * SNAP)
        return min(column, len(self.columns) - 1), min(snapped, LAST_HOUR * 60 - SNAP)

    def block_at(self, point: QPointF) -> Block | None:
        return next((b for b in self.blocks
                     if self.rect_of(b.column, b.start, b.end).contains(point)), None)

    # --- mouse -----------------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        block = self.block_at(event.position())
        if block is not None:
            self.selected = block.payload
            self.update()
            self.block_clicked.emit(block.payload)
            return
        self._anchor = self.position_of(event.position())

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._anchor is None:
            return
        here = self.position_of(event.position())
        if here is not None:
            start, end = sorted((self._anchor[1], here[1]))
            self.set_preview((self._anchor[0], start, end + SNAP, True))

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._anchor is None:
            return
        column, first = self._anchor
        here = self.position_of(event.position())
        self._anchor = None
        last = here[1] if here is not None and here[0] == column else first
        start, end = sorted((first, last))
        end += SNAP
        if end - start < 60:  # a plain click proposes one hour
            end = min(start + 60, LAST_HOUR * 60)
        self.set_preview(None)
        self.range_selected.emit(column, start, end)

    # --- painting --------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        width, minute = self._column_width(), self._minute_height()
        grid = QPen(QColor("#d5dede"))
        for column in self.shaded:
            painter.fillRect(QRectF(GUTTER + column * width, HEADER, width, self.height()),
                             QColor("#f3f5f5"))
        painter.setPen(grid)
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() - 1))
        for hour in range(FIRST_HOUR, LAST_HOUR + 1):
            y = HEADER + (hour - FIRST_HOUR) * 60 * minute
            painter.setPen(grid)
            painter.drawLine(QPointF(GUTTER, y), QPointF(self.width(), y))
            if hour < LAST_HOUR:
                painter.setPen(QColor("#5f6b6b"))
                painter.setFont(small)
                painter.drawText(QRectF(0, y, GUTTER - 6, 16),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                                 f"{hour:02d}:00")
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        for index, label in enumerate(self.columns):
            x = GUTTER + index * width
            painter.setPen(grid)
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
            painter.setPen(QColor("#2f5d62"))
            painter.drawText(QRectF(x + 2, 0, width - 4, HEADER),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, label)
        for block in self.blocks:
            self._paint_block(painter, block, small)
        if self.preview is not None:
            column, start, end, free = self.preview
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(COLORS["ok" if free else "conflict"])
            painter.drawRoundedRect(self.rect_of(column, start, end), 4, 4)
        painter.end()

    def _paint_block(self, painter: QPainter, block: Block, font: QFont) -> None:
        rect = self.rect_of(block.column, block.start, block.end)
        color = COLORS["selected"] if block.payload == self.selected else COLORS[block.kind]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(font)
        text = f"{block.title}\n{block.detail}" if rect.height() > 30 else block.title
        painter.drawText(rect.adjusted(4, 2, -3, -2),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap, text)

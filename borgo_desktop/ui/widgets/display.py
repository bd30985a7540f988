"""Read-only building blocks of the detail pages: titles, status chips, label/value grids, tables."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QScrollArea,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from borgo_desktop.formatting import fmt_money
from borgo_desktop.ui.widgets.styles import MUTED_STYLE, TITLE_STYLE
from borgo_desktop.ui.widgets.texts import lease_text

CHIP_COLORS = {"info": ("#e3f2fd", "#0d47a1"), "ok": ("#e8f5e9", "#1b5e20"),
               "warn": ("#fff3e0", "#e65100"), "bad": ("#fdecea", "#b3261e"),
               "muted": ("#eceff1", "#37474f")}
WARN_STYLE = "color: #b3261e; font-weight: 600;"


def title_label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(TITLE_STYLE)
    label.setObjectName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def boxed(title: str, widget: QWidget, *buttons: QWidget) -> QGroupBox:
    """A titled box of a detail page; buttons, if any, sit bottom right under the content."""
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(widget)
    if buttons:
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        layout.addStretch(1)
        layout.addLayout(row)
    return box


def scroll_page(page: QWidget, content: QWidget) -> None:
    """Fill a detail page with its content, scrolling when the window is too short for it."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(content)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)


def set_chip(label: QLabel, text: str, kind: str = "info") -> None:
    background, color = CHIP_COLORS[kind]
    label.setText(text)
    label.setVisible(bool(text))
    label.setStyleSheet(f"background: {background}; color: {color}; border-radius: 9px;"
                        " padding: 2px 10px; font-weight: 600;")


class InfoGrid(QWidget):
    """Pairs of "Label: value" in ``columns`` columns; values are selectable, found by key."""

    def __init__(self, fields: list[tuple[str, str]], columns: int = 2,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self.values: dict[str, QLabel] = {}
        for position, (key, text) in enumerate(fields):
            row, column = position // columns, position % columns * 2
            caption = QLabel(text)
            caption.setStyleSheet(MUTED_STYLE)
            value = QLabel()
            value.setObjectName(f"{key}_value")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(caption, row, column, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, column + 1, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(column + 1, 1)
            self.values[key] = value

    def set_lease(self, lease, empty_text: str) -> None:
        """The 'lease', 'rent', 'charges' and 'deposit' fields from a LeaseView (or none)."""
        self.set("lease", lease_text(lease) if lease else empty_text)
        for key, cents in (("rent", "monthly_rent_cents"), ("charges", "service_charges_cents"),
                           ("deposit", "deposit_cents")):
            self.set(key, fmt_money(getattr(lease, cents)) if lease else "")

    def set(self, key: str, text: str, warn: bool = False) -> None:
        label = self.values.get(key)
        if label is None:  # a field this grid leaves out (e.g. sensitive data for this role)
            return
        label.setText(text or "—")
        label.setStyleSheet(WARN_STYLE if warn else "")


class FittedTable(QTableWidget):
    """A read-only table as tall as its rows: the page scrolls, never the little table."""

    def __init__(self, headers: list[str], name: str) -> None:
        super().__init__(0, len(headers))
        self.setObjectName(name)
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        header = self.horizontalHeader()
        rows = self.verticalHeader().length() or self.verticalHeader().defaultSectionSize()
        height = max(header.height(), header.sizeHint().height()) + rows + 2 * self.frameWidth()
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().height()
        return QSize(super().sizeHint().width(), height + 2)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.sizeHint()

    def set_rows(self, rows: list[list[str]], ids: list | None = None) -> None:
        """Replace the rows; ``ids`` go to the first cell's UserRole, for actions on a row."""
        self.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if ids is not None and c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, ids[r])
                self.setItem(r, c, item)
        self.updateGeometry()


class ScrollingTable(FittedTable):
    """A read-only table that may hold many rows: it scrolls inside a dialog of fixed size."""

    def __init__(self, headers: list[str], name: str) -> None:
        super().__init__(headers, name)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QTableWidget.sizeHint(self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QTableWidget.minimumSizeHint(self)

"""What does not fit on a screen: buttons whose text is cut, text cut in the cells of lists and
tables, horizontal scroll bars. The tour's test runs it on every screen at 1366×800."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractScrollArea, QListView, QPushButton, QStyle, QTabBar,
    QToolButton, QWidget,
)

_BUTTON_PADDING = 12  # the style's frame and margins around a button's text
_ROWS_LOOKED_AT = 60  # enough to find a cut text; a list of thousands is not read whole


def _name(widget: QWidget) -> str:
    owner = widget
    while owner is not None and not owner.objectName():
        owner = owner.parentWidget()
    where = owner.objectName() if owner is not None else ""
    return f"{type(widget).__name__} «{where}»"


def _button_text_width(button: QAbstractButton) -> int:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    width = button.fontMetrics().horizontalAdvance(text) + _BUTTON_PADDING
    if not button.icon().isNull():
        width += button.iconSize().width() + 4
    if isinstance(button, QPushButton) and button.menu() is not None:
        width += 16  # the arrow of a menu button
    return width


def cut_buttons(root: QWidget) -> list[str]:
    found = []
    for button in root.findChildren(QAbstractButton):
        if not button.isVisibleTo(root) or not button.text() or isinstance(button.parent(),
                                                                            QTabBar):
            continue
        if isinstance(button, QToolButton) and \
                button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            continue
        needed = _button_text_width(button)
        shown = button.visibleRegion().boundingRect()
        if button.width() < needed:
            found.append(f"{_name(button)}: «{button.text()}» largo {button.width()} px su "
                         f"{needed}")
        elif not shown.isEmpty() and shown.width() < button.width():
            found.append(f"{_name(button)}: «{button.text()}» tagliato dal bordo "
                         f"({shown.width()} px visibili su {button.width()})")
    return found


def scroll_bars(root: QWidget) -> list[str]:
    areas = root.findChildren(QAbstractScrollArea)
    if isinstance(root, QAbstractScrollArea):
        areas.append(root)
    return [f"{_name(area)}: barra di scorrimento orizzontale"
            for area in areas if area.isVisibleTo(root)
            and area.horizontalScrollBar().isVisibleTo(root)
            and area.horizontalScrollBar().maximum() > 0]


def _cell_cut(view: QAbstractItemView, index: QModelIndex, rect: QRect) -> bool:
    """Whether the view draws the cell's text elided, as Qt's item delegate computes it."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if text is None or not str(text).strip():
        return False
    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font) if isinstance(font, QFont) else view.fontMetrics()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    width = rect.width() - 2 * margin
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:
        width -= view.iconSize().width() + 2 * margin
    if getattr(view, "wordWrap", lambda: False)():
        needed = metrics.boundingRect(QRect(0, 0, max(width, 1), 10_000),
                                      int(Qt.TextFlag.TextWordWrap), str(text)).height()
        return needed > rect.height()
    return any(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) != line
               for line in str(text).split("\n"))


def _views(root: QWidget) -> list[QAbstractItemView]:
    views = root.findChildren(QAbstractItemView)
    return views + [root] if isinstance(root, QAbstractItemView) else views


def cut_cells(root: QWidget) -> list[str]:
    found = []
    for view in _views(root):
        model = view.model()
        if model is None or not view.isVisibleTo(root) or view.property("elides_with_tooltip"):
            continue  # the long lists elide a long text by design, the tooltip shows it whole
        shown = view.viewport().rect()
        try:
            columns = model.columnCount(view.rootIndex())
        except TypeError:  # a list widget's own model hides it: one column
            columns = 1
        for row in range(min(model.rowCount(view.rootIndex()), _ROWS_LOOKED_AT)):
            for column in range(columns):
                index = model.index(row, column, view.rootIndex())
                rect = view.visualRect(index)
                if rect.isEmpty() or not shown.intersects(rect):
                    continue
                # A list laid out for a wider viewport (a scroll bar came later) overflows it.
                overflows = isinstance(view, QListView) and rect.right() > shown.right() + 1
                if overflows or _cell_cut(view, index, rect):
                    found.append(f"{_name(view)}: riga {row + 1}, colonna {column + 1} "
                                 f"tagliata: «{str(index.data())[:60]}»")
                    break
    return found


def short_lists(root: QWidget, rows: int = 3) -> list[str]:
    """Lists and tables squeezed so that fewer than ``rows`` of their rows show."""
    found = []
    for view in _views(root):
        model = view.model()
        if model is None or not view.isVisibleTo(root) or model.rowCount(view.rootIndex()) < rows:
            continue
        # The shortest of the first rows: a tall row of a long note is no squeezed list.
        heights = [view.visualRect(model.index(r, 0, view.rootIndex())).height()
                   for r in range(rows)]
        row = min((h for h in heights if h > 0), default=0)
        if row and view.viewport().height() < rows * row:
            found.append(f"{_name(view)}: mostra {view.viewport().height() // row} righe su "
                         f"{model.rowCount(view.rootIndex())}")
    return found


def what_does_not_fit(root: QWidget) -> list[str]:
    return cut_buttons(root) + scroll_bars(root) + cut_cells(root) + short_lists(root)

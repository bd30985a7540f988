"""The global search box: households, people and units, answering while the user types.

A short pause after the last key (~150 ms) runs services.search; the hits appear in a
popup under the box (title, subtitle, an icon per kind). Up/Down move in the popup,
Enter or a click opens the hit, Esc closes the popup. Enter before the popup appears
opens the best hit.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication, QCompleter, QLineEdit, QStyle, QStyledItemDelegate, QStyleOptionViewItem,
    QWidget,
)

from borgo_desktop.services.core import search
from borgo_desktop.services.core.context import Context
from borgo_desktop.ui.widgets.icons import KIND_ICONS, icon

SEARCH_DELAY_MS = 150
MAX_HITS = 15
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2


class HitDelegate(QStyledItemDelegate):
    """Two lines per hit: the title in bold, the subtitle in grey below it."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        height = option.fontMetrics.height()
        return QSize(360, height * 2 + 12)

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text, option.text = option.text, ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        icon_size = option.decorationSize.width()
        rect = option.rect.adjusted(icon_size + 14, 4, -6, -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        bold = option.font
        bold.setBold(True)
        painter.setFont(bold)
        palette = option.palette
        painter.setPen(palette.highlightedText().color() if selected else palette.text().color())
        half = rect.height() // 2
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), half),
                         Qt.AlignmentFlag.AlignVCenter, text)
        painter.setFont(option.font)
        if not selected:
            painter.setPen(palette.placeholderText().color())
        painter.drawText(QRect(rect.left(), rect.top() + half, rect.width(), rect.height() - half),
                         Qt.AlignmentFlag.AlignVCenter, index.data(SUBTITLE_ROLE) or "")
        painter.restore()


class SearchBox(QLineEdit):
    hit_chosen = Signal(object)  # a services.search.SearchHit

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_box")
        self.ctx = ctx
        self.hits: list[search.SearchHit] = []
        self.setPlaceholderText(self.tr("Cerca nucleo, persona, codice fiscale o alloggio  (Ctrl+F)"))
        self.setAccessibleName(self.tr("Ricerca globale"))
        self.setClearButtonEnabled(True)
        self.addAction(icon("fa5s.search"), QLineEdit.ActionPosition.LeadingPosition)
        self.setMinimumWidth(420)
        self.setMaximumWidth(640)

        self.model = QStandardItemModel(self)
        # setWidget, not setCompleter: the box keeps what the user typed while they browse.
        self.completer = QCompleter(self.model, self)
        self.completer.setWidget(self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(10)
        self.popup = self.completer.popup()
        self.popup.setObjectName("search_popup")
        self.popup.setItemDelegate(HitDelegate(self.popup))
        self.popup.setIconSize(QSize(20, 20))
        self.completer.activated[QModelIndex].connect(self._activated)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.textEdited.connect(self._timer.start)
        self.returnPressed.connect(self._return_pressed)
        self._just_activated = False

    def run_search(self) -> None:
        self._timer.stop()
        text = self.text().strip()
        self.hits = search.search(self.ctx, text, limit=MAX_HITS) if text else []
        self.model.clear()
        for row, hit in enumerate(self.hits):
            item = QStandardItem(icon(KIND_ICONS.get(hit.kind, "fa5s.circle")), hit.title)
            item.setData(hit.subtitle, SUBTITLE_ROLE)
            item.setData(row, HIT_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        if not self.hits and text:
            empty = QStandardItem(self.tr("Nessun risultato per «{text}»").format(text=text))
            empty.setData(self.tr("Provare con meno lettere o con il codice fiscale"), SUBTITLE_ROLE)
            empty.setEnabled(False)
            self.model.appendRow(empty)
        if self.model.rowCount() and text:
            self.popup.setMinimumWidth(max(self.width(), 420))
            self.completer.complete(self.rect())
            if self.hits:
                self.popup.setCurrentIndex(self.model.index(0, 0))
        else:
            self.popup.hide()

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(HIT_ROLE)
        if row is None:
            return
        self._just_activated = True
        QTimer.singleShot(0, self._forget_activation)
        self._choose(self.hits[row])

    def _forget_activation(self) -> None:
        self._just_activated = False

    def _return_pressed(self) -> None:
        # Enter on a highlighted hit belongs to the completer (it reaches the box too,
        # before or after the activation depending on the Qt version): open it only once.
        if self._just_activated or (self.popup.isVisible() and self.popup.currentIndex().isValid()):
            return
        if self._timer.isActive() or not self.hits:
            self.run_search()
        if self.hits:
            self._choose(self.hits[0])

    def _choose(self, hit: search.SearchHit) -> None:
        self.popup.hide()
        self.hit_chosen.emit(hit)

    def forget_hits(self) -> None:
        """The data changed (a save, an import): hits shown so far may be stale, so the next
        Enter or keystroke searches again instead of opening one of them."""
        self.hits = []
        self.model.clear()
        self.popup.hide()

    def focus_and_select(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

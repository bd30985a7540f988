"""The board by status (nearest deadlines first) with the counters on top: open, overdue,
and per category the average days to resolve over the last year."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox, QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
    QStyle, QStyleOptionViewItem, QStyledItemDelegate, QVBoxLayout, QWidget,
)

from borgo_desktop.formatting import fmt_date, fmt_decimal
from borgo_desktop.errors import UserError
from borgo_desktop.services.tickets import tickets
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, allowed
from borgo_desktop.ui.tickets.step_dialog import StepDialog
from borgo_desktop.ui.widgets.dialogs import open_tracked, show_error
from borgo_desktop.ui.widgets.icons import icon
from borgo_desktop.ui.widgets.display import FittedTable
from borgo_desktop.ui.widgets.texts import vocab

LATE = QColor("#b3261e")
BIG_NUMBER = "font-size: 20pt; font-weight: 600;"
CATEGORY_TABLE_HEIGHT = 190



class CardDelegate(QStyledItemDelegate):
    """A card's lines wrapped at the column's width and never elided: Qt's own wrapping of a
    text with line breaks ended cards in «…» with room to spare under them."""

    MARGIN = 4

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view

    def _text_rect(self, width: int) -> QRect:
        return QRect(0, 0, max(width - 2 * self.MARGIN, 20), 10_000)

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt override
        width = self.view.viewport().width() - 2 * self.view.spacing()
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        bounds = option.fontMetrics.boundingRect(self._text_rect(width),
                                                 int(Qt.TextFlag.TextWordWrap), text)
        return QSize(width, bounds.height() + 2 * self.MARGIN)

    def paint(self, painter, option, index) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""  # the frame, selection and focus as the style draws them
        self.view.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, background,
                                      painter, self.view)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        color = index.data(Qt.ItemDataRole.ForegroundRole)
        painter.save()
        painter.setPen(option.palette.highlightedText().color() if selected
                       else color.color() if color is not None else option.palette.text().color())
        painter.drawText(option.rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN,
                                              -self.MARGIN), int(Qt.TextFlag.TextWordWrap), text)
        painter.restore()

class Counter(QWidget):
    def __init__(self, caption: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = QLabel("0")
        self.value.setObjectName(name)
        self.value.setStyleSheet(BIG_NUMBER)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 2, 24, 2)
        layout.addWidget(self.value)
        layout.addWidget(QLabel(caption), 1)


class TicketBoard(QWidget):
    ticket_opened = Signal(object)
    changed = Signal()
    status_message = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticket_board")
        self.ctx = ctx
        self.open_counter = Counter(self.tr("segnalazioni aperte"), "open_count")
        self.late_counter = Counter(self.tr("oltre la scadenza"), "overdue_count")
        self.categories = FittedTable([self.tr("Categoria"), self.tr("Aperte"),
                                       self.tr("In ritardo"), self.tr("Risolte (12 mesi)"),
                                       self.tr("Giorni medi per risolvere")], "category_table")
        # A screenful of categories at most: the board below needs the height.
        self.categories.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.categories.setMaximumHeight(CATEGORY_TABLE_HEIGHT)
        self.categories.setMinimumHeight(CATEGORY_TABLE_HEIGHT)
        self.autoclose_button = QPushButton(icon("fa5s.lock"),
                                            self.tr("Chiudi le risolte non confermate"))
        self.autoclose_button.setObjectName("autoclose_button")
        self.autoclose_button.setToolTip(self.tr(
            "Chiude d'ufficio le segnalazioni risolte da più giorni di quanti previsti nelle "
            "impostazioni, senza riscontro dell'inquilino"))
        self.autoclose_button.setVisible(allowed(ctx.actor, Permission.TICKET_CLOSE))
        self.autoclose_button.clicked.connect(self.close_unconfirmed)
        self.report_button = QPushButton(icon("fa5s.print"), self.tr("Resoconto mensile…"))
        self.report_button.setObjectName("monthly_report_button")
        self.report_button.setVisible(allowed(ctx.actor, Permission.TICKET_MANAGE))
        self.report_button.clicked.connect(self.monthly_report)
        self.dialog = None
        self.last_pdf = None
        counters = QVBoxLayout()
        counters.addWidget(self.open_counter)
        counters.addWidget(self.late_counter)
        counters.addWidget(self.report_button)
        counters.addWidget(self.autoclose_button)
        top = QHBoxLayout()
        top.addLayout(counters)
        top.addWidget(self.categories, 1)

        self.columns: dict[tickets.TicketStatus, tuple[QGroupBox, QListWidget]] = {}
        row = QHBoxLayout()
        for status in (*tickets.OPEN_STATUSES, tickets.TicketStatus.RESOLVED):
            box = QGroupBox()
            listing = QListWidget()
            listing.setObjectName(f"board_{status.value}")
            listing.setWordWrap(True)
            listing.setSpacing(3)
            # Cards laid out again at the list's real width (a scroll bar narrows it), or
            # their wrapped summaries end in «…» with room to spare below them.
            listing.setResizeMode(QListWidget.ResizeMode.Adjust)
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            listing.setItemDelegate(CardDelegate(listing))
            listing.itemActivated.connect(
                lambda item: self.ticket_opened.emit(item.data(Qt.ItemDataRole.UserRole)))
            QVBoxLayout(box).addWidget(listing)
            row.addWidget(box, 1)
            self.columns[status] = (box, listing)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(row, 1)
        self.refresh()

    def monthly_report(self) -> StepDialog:
        """Choose one of the last twelve months; the report opens in the PDF viewer."""
        from borgo_desktop.reports.tickets_monthly import month_name
        from borgo_desktop.services.tickets.printing import print_monthly
        from borgo_desktop.ui.widgets.list_page import open_file, temp_pdf

        month = QComboBox()
        first = self.ctx.today().replace(day=1)
        for back in range(12):
            index = first.year * 12 + first.month - 1 - back
            day = date(index // 12, index % 12 + 1, 1)
            month.addItem(month_name(day), (day.year, day.month))
        month.setCurrentIndex(1)  # the month just ended

        def submit(values):
            year, number = values["month"]
            path = temp_pdf(f"manutenzione-{year}-{number:02d}")
            print_monthly(self.ctx, year, number, path)
            self.last_pdf = path
            open_file(path)
            return path
        dialog = StepDialog(self.tr("Resoconto mensile della manutenzione"), "",
                            [("month", self.tr("Mese"), month)], submit, self,
                            save_text=self.tr("Stampa"))
        return open_tracked(self, dialog, lambda _path: None)

    def close_unconfirmed(self) -> list[str]:
        try:
            codes = tickets.close_unconfirmed(self.ctx)
        except UserError as exc:
            show_error(self, exc)
            return []
        self.refresh()
        self.status_message.emit(self.tr("Segnalazioni chiuse d'ufficio: {n}").format(n=len(codes)))
        if codes:
            self.changed.emit()
        return codes

    def refresh(self) -> None:
        figures = tickets.counters(self.ctx)
        self.open_counter.value.setText(str(figures.open))
        self.late_counter.value.setText(str(figures.overdue))
        self.late_counter.value.setStyleSheet(BIG_NUMBER + (" color: #b3261e;" if figures.overdue else ""))
        self.categories.set_rows([
            [f.label, str(f.open), str(f.overdue), str(f.resolved),
             fmt_decimal(f.average_days, 1) if f.average_days is not None else "—"]
            for f in figures.by_category if f.open or f.resolved])
        for status, (total, cards) in tickets.board(self.ctx).items():
            box, listing = self.columns[status]
            box.setTitle(f"{vocab(status)} ({total})")
            listing.clear()
            for card in cards:
                item = QListWidgetItem(f"{card.code} · {vocab(card.priority)}\n{card.summary}")
                item.setToolTip(self.tr("{place} · scade il {date}").format(
                    place=card.place, date=fmt_date(card.due_on)))
                item.setData(Qt.ItemDataRole.UserRole, card.id)
                if card.overdue:
                    item.setForeground(QBrush(LATE))
                listing.addItem(item)

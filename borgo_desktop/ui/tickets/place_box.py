"""The «Segnalazioni» box of a household's or a unit's page: its tickets, open ones first;
a double click (or Enter) opens the ticket."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from borgo_desktop.formatting import fmt_date
from borgo_desktop.services.tickets import tickets
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, allowed
from borgo_desktop.ui.widgets.display import MUTED_STYLE, FittedTable
from borgo_desktop.ui.widgets.texts import vocab

LATE = QColor("#b3261e")


class TicketBox(QGroupBox):
    ticket_opened = Signal(object)  # a ticket id

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Segnalazioni"), parent)
        self.setObjectName("ticket_box")
        self.ctx = ctx
        self.ids: list[uuid.UUID] = []
        self.table = FittedTable([self.tr("Codice"), self.tr("Aperta il"), self.tr("Categoria"),
                                  self.tr("Oggetto"), self.tr("Stato"), self.tr("Scadenza")],
                                 "place_tickets_table")
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        self.empty = QLabel(self.tr("Nessuna segnalazione."))
        self.empty.setObjectName("no_tickets_label")
        self.empty.setStyleSheet(MUTED_STYLE)
        self.more = QLabel()
        self.more.setObjectName("more_tickets_label")
        self.more.setStyleSheet(MUTED_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.more)
        # Every role may read tickets today; a role that may not is simply not shown the box.
        self.setVisible(allowed(ctx.actor, Permission.TICKET_CREATE))

    def show_for(self, household_id: uuid.UUID | None = None,
                 unit_id: uuid.UUID | None = None) -> None:
        if not allowed(self.ctx.actor, Permission.TICKET_CREATE):
            return
        total, lines = tickets.tickets_of(self.ctx, household_id=household_id, unit_id=unit_id)
        self.ids = [line.id for line in lines]
        self.table.set_rows([
            [line.code, fmt_date(line.opened_on), line.category_label, line.summary,
             vocab(line.status), self.tr("in ritardo") if line.overdue else ""]
            for line in lines], self.ids)
        for row, line in enumerate(lines):
            if line.overdue:
                for column in (0, 5):
                    self.table.item(row, column).setForeground(QBrush(LATE))
        self.setTitle(self.tr("Segnalazioni ({count})").format(count=total))
        self.table.setVisible(bool(lines))
        self.empty.setVisible(not lines)
        self.more.setVisible(total > len(lines))
        self.more.setText(self.tr("Le {shown} più recenti di {total}; le altre nell'elenco "
                                  "della manutenzione.").format(shown=len(lines), total=total))

    def open_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.ids):
            self.ticket_opened.emit(self.ids[row])

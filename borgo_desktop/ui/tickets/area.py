"""The maintenance area: the ticket list, the board with its counters, and the preventive
calendar with the contractors, as tabs of one page."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from borgo_desktop.formatting import fmt_date, fmt_decimal
from borgo_desktop.services import ticket_plans
from borgo_desktop.services.context import Context
from borgo_desktop.services.permissions import Permission, allowed
from borgo_desktop.ui.tickets.board import TicketBoard
from borgo_desktop.ui.tickets.list_page import TicketListPage
from borgo_desktop.ui.widgets.display import FittedTable
from borgo_desktop.ui.widgets.icons import icon
from borgo_desktop.ui.widgets.texts import vocab

CALENDAR_DAYS = 90


class PlanningPanel(QWidget):
    """What preventive checks are due in the next three months, and the contractors."""

    changed = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planning_panel")
        self.ctx = ctx
        self.calendar = FittedTable([self.tr("Scadenza"), self.tr("Controllo"), self.tr("Edificio"),
                                     self.tr("Categoria"), self.tr("Segnalazione")], "due_table")
        self.open_due_button = QPushButton(icon("fa5s.calendar-alt"),
                                           self.tr("Apri le segnalazioni dovute"))
        self.open_due_button.setObjectName("open_due_button")
        self.open_due_button.setVisible(allowed(ctx.actor, Permission.TICKET_MANAGE))
        self.open_due_button.clicked.connect(self.open_due)
        self.result = QLabel()
        self.result.setObjectName("open_due_result")
        self.contractors = FittedTable([self.tr("Ditta"), self.tr("Settore"), self.tr("Telefono"),
                                        self.tr("Contratto"), self.tr("Aperte"), self.tr("Risolte"),
                                        self.tr("Nei tempi")], "contractors_table")
        calendar_box = QGroupBox(self.tr("Manutenzione programmata: prossimi {n} giorni")
                                 .format(n=CALENDAR_DAYS))
        box = QVBoxLayout(calendar_box)
        box.addWidget(self.calendar)
        row = QHBoxLayout()
        row.addWidget(self.result, 1)
        row.addWidget(self.open_due_button)
        box.addLayout(row)
        contractors_box = QGroupBox(self.tr("Ditte"))
        QVBoxLayout(contractors_box).addWidget(self.contractors)
        layout = QVBoxLayout(self)
        layout.addWidget(calendar_box)
        layout.addWidget(contractors_box)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        today = self.ctx.today()
        self.calendar.set_rows([
            [fmt_date(r.due_on), r.plan_name + (f" – {r.system}" if r.system else ""),
             r.building_name, r.category_label,
             f"{r.ticket_code} ({vocab(r.ticket_status)})" if r.ticket_code else self.tr("da aprire")]
            for r in ticket_plans.due_calendar(self.ctx, today, today + timedelta(days=CALENDAR_DAYS))])
        self.contractors.set_rows([
            [c.name, c.trade, c.phone, c.contract_ref, str(c.open_tickets), str(c.resolved),
             f"{fmt_decimal(100 * c.on_time_share, 0)} %" if c.on_time_share is not None else "—"]
            for c in ticket_plans.list_contractors(self.ctx)])

    def open_due(self) -> list[str]:
        codes = ticket_plans.open_due_tickets(self.ctx)
        self.result.setText(self.tr("Segnalazioni aperte: {codes}").format(codes=", ".join(codes))
                            if codes else self.tr("Nessuna nuova segnalazione da aprire."))
        self.refresh()
        self.changed.emit()
        return codes


class TicketsArea(QWidget):
    ticket_opened = Signal(object)
    status_message = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tickets_area")
        self.list_page = TicketListPage(ctx)
        self.list_page.row_opened.connect(self.ticket_opened)
        self.list_page.status_message.connect(self.status_message)
        self.board = TicketBoard(ctx)
        self.board.ticket_opened.connect(self.ticket_opened)
        self.planning = PlanningPanel(ctx)
        self.planning.changed.connect(self.refresh)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tickets_tabs")
        self.tabs.addTab(self.list_page, self.tr("Elenco"))
        self.tabs.addTab(self.board, self.tr("Bacheca e contatori"))
        self.tabs.addTab(self.planning, self.tr("Programmata e ditte"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        self.list_page.refresh()
        self.board.refresh()
        self.planning.refresh()

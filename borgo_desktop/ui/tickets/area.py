"""The maintenance area: the ticket list, the board with its counters, and the preventive
calendar with the contractors, as tabs of one page."""

from __future__ import annotations

import uuid
from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QTabWidget,
    QVBoxLayout, QWidget,
)

from borgo_desktop.formatting import fmt_date, fmt_decimal
from borgo_desktop.services.registry import registry
from borgo_desktop.services.tickets import plans as ticket_plans, tickets
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, allowed
from borgo_desktop.ui.tickets.board import TicketBoard
from borgo_desktop.ui.tickets.list_page import TicketListPage
from borgo_desktop.ui.tickets.step_dialog import StepDialog
from borgo_desktop.ui.widgets.dialogs import open_tracked
from borgo_desktop.ui.widgets.display import FittedTable
from borgo_desktop.ui.widgets.fields import DateEdit
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
        self.new_plan_button = QPushButton(icon("fa5s.plus-circle"), self.tr("Nuovo controllo…"))
        self.new_plan_button.setObjectName("new_plan_button")
        self.new_plan_button.setVisible(allowed(ctx.actor, Permission.TICKET_MANAGE))
        self.new_plan_button.clicked.connect(self.new_plan)
        self.new_contractor_button = QPushButton(icon("fa5s.plus-circle"), self.tr("Nuova ditta…"))
        self.new_contractor_button.setObjectName("new_contractor_button")
        self.new_contractor_button.setVisible(allowed(ctx.actor, Permission.CONTRACTOR_MANAGE))
        self.new_contractor_button.clicked.connect(self.new_contractor)
        self.dialog = None
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
        row.addWidget(self.new_plan_button)
        row.addWidget(self.open_due_button)
        box.addLayout(row)
        contractors_box = QGroupBox(self.tr("Ditte"))
        box = QVBoxLayout(contractors_box)
        box.addWidget(self.contractors)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.new_contractor_button)
        box.addLayout(row)
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

    def new_contractor(self) -> StepDialog:
        fields = [(key, label, QLineEdit()) for key, label in (
            ("name", self.tr("Ragione sociale")), ("trade", self.tr("Settore")),
            ("contact_person", self.tr("Referente")), ("phone", self.tr("Telefono")),
            ("email", self.tr("E-mail")), ("contract_ref", self.tr("Contratto")))]
        dialog = StepDialog(self.tr("Nuova ditta"), "", fields, lambda v: ticket_plans.save_contractor(
            self.ctx, ticket_plans.ContractorInput(**v)), self)
        return open_tracked(self, dialog, self._saved)

    def new_plan(self) -> StepDialog:
        category, building, contractor = QComboBox(), QComboBox(), QComboBox()
        for option in tickets.list_categories(self.ctx):
            category.addItem(option.label, option.code)
        for b in registry.list_buildings(self.ctx):
            building.addItem(f"{b.code} – {b.name}", b.code)
        contractor.addItem(self.tr("— personale interno —"), None)
        for c in ticket_plans.list_contractors(self.ctx):
            contractor.addItem(c.name, str(c.id))
        every, lead = QSpinBox(), QSpinBox()
        every.setRange(1, 120)
        every.setValue(12)
        every.setSuffix(self.tr(" mesi"))
        lead.setRange(0, 90)
        lead.setValue(14)
        lead.setSuffix(self.tr(" giorni prima"))
        fields = [("name", self.tr("Controllo"), QLineEdit()), ("category", self.tr("Categoria"), category),
                  ("building", self.tr("Edificio"), building), ("system", self.tr("Impianto o zona"), QLineEdit()),
                  ("every_months", self.tr("Ogni"), every),
                  ("first_due_on", self.tr("Prima scadenza"), DateEdit()),
                  ("lead_days", self.tr("Apri la segnalazione"), lead),
                  ("contractor", self.tr("Ditta"), contractor)]

        def submit(v):
            return ticket_plans.save_plan(self.ctx, ticket_plans.PlanInput(
                v["name"], v["category"] or "", v["building"] or "", v["every_months"],
                v["first_due_on"], v["system"], v["lead_days"],
                contractor_id=uuid.UUID(v["contractor"]) if v["contractor"] else None))
        dialog = StepDialog(self.tr("Nuovo controllo programmato"), "", fields, submit, self)
        return open_tracked(self, dialog, self._saved)

    def _saved(self, *_args) -> None:
        self.refresh()
        self.changed.emit()

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
        self.board.changed.connect(self.refresh)
        self.board.status_message.connect(self.status_message)
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

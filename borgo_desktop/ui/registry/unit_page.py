"""A unit's page: its data, the household living there (or being offered it) and the lease."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from borgo_desktop.formatting import fmt_decimal, fmt_money
from borgo_desktop.models.enums import RentModel, UnitStatus
from borgo_desktop.services.registry import registry
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, allowed
from borgo_desktop.services.registry.views import HouseholdDetail, UnitView
from borgo_desktop.ui.tickets.place_box import TicketBox
from borgo_desktop.ui.widgets.display import InfoGrid, set_chip, title_label
from borgo_desktop.ui.widgets.icons import icon
from borgo_desktop.ui.widgets.texts import vocab, yes_no

STATUS_CHIPS = {UnitStatus.VACANT: "ok", UnitStatus.PREALLOCATED: "warn", UnitStatus.LET: "info",
                UnitStatus.RENOVATION: "muted", UnitStatus.UNAVAILABLE: "bad"}


class UnitPage(QWidget):
    household_opened = Signal(object)
    ticket_created = Signal(object)  # a ticket reported from this page
    ticket_opened = Signal(object)  # a ticket id, from the «Segnalazioni» box

    def __init__(self, ctx: Context, unit_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unit_page")
        self.ctx = ctx
        self.unit_id = unit_id
        self.unit: UnitView | None = None
        self.occupant: HouseholdDetail | None = None

        self.title = title_label(name="unit_title")
        self.status_chip = QLabel()
        self.status_chip.setObjectName("status_chip")
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.status_chip)
        header.addStretch(1)
        self.dialog = None
        self.report_button = QPushButton(icon("fa5s.wrench"), self.tr("Segnala guasto"))
        self.report_button.setObjectName("report_fault_button")
        self.report_button.clicked.connect(self.report_fault)
        if not allowed(ctx.actor, Permission.TICKET_CREATE):
            self.report_button.hide()  # never setVisible(True) before it has a parent
        header.addWidget(self.report_button)

        self.details = InfoGrid([
            ("building", self.tr("Edificio")), ("staircase", self.tr("Scala")),
            ("floor", self.tr("Piano")), ("number", self.tr("Interno")),
            ("surface", self.tr("Superficie")), ("rooms", self.tr("Locali")),
            ("accessible", self.tr("Accessibile")), ("regime", self.tr("Regime")),
            ("rent_model", self.tr("Modello di canone")), ("rate", self.tr("Tariffa")),
            ("cadastral", self.tr("Dati catastali")),
        ], columns=2)
        details_box = QGroupBox(self.tr("Dati dell'alloggio"))
        QVBoxLayout(details_box).addWidget(self.details)

        self.household = InfoGrid([
            ("household", self.tr("Nucleo")), ("members", self.tr("Componenti")),
            ("lease", self.tr("Contratto")), ("rent", self.tr("Canone mensile")),
            ("charges", self.tr("Spese")), ("deposit", self.tr("Deposito cauzionale")),
        ], columns=2)
        self.open_button = QPushButton(icon("fa5s.users"), self.tr("Apri scheda nucleo"))
        self.open_button.setObjectName("open_household_button")
        self.open_button.clicked.connect(self._open_household)
        open_row = QHBoxLayout()
        open_row.addStretch(1)
        open_row.addWidget(self.open_button)
        household_box = QGroupBox(self.tr("Nucleo nell'alloggio"))
        box_layout = QVBoxLayout(household_box)
        box_layout.addWidget(self.household)
        box_layout.addLayout(open_row)

        self.ticket_box = TicketBox(ctx, self)
        self.ticket_box.ticket_opened.connect(self.ticket_opened)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(details_box)
        layout.addWidget(household_box)
        layout.addWidget(self.ticket_box)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        self.unit = u = registry.get_unit(self.ctx, self.unit_id)
        self.title.setText(self.tr("Alloggio {code}").format(code=u.code))
        set_chip(self.status_chip, vocab(u.status), STATUS_CHIPS.get(u.status, "info"))
        d = self.details
        d.set("building", f"{u.building_name} ({u.building_code})")
        d.set("staircase", u.staircase)
        d.set("floor", str(u.floor))
        d.set("number", u.number)
        d.set("surface", f"{fmt_decimal(u.surface_m2, 1)} m²")
        d.set("rooms", str(u.rooms))
        d.set("accessible", yes_no(u.accessible))
        d.set("regime", vocab(u.regime))
        d.set("rent_model", vocab(u.rent_model))
        d.set("rate", self._rate(u))
        d.set("cadastral", u.cadastral)
        self._show_occupant(registry.household_in_unit(self.ctx, u.id))
        self.ticket_box.show_for(unit_id=self.unit_id)

    def _rate(self, u: UnitView) -> str:
        if u.rent_model == RentModel.PER_M2:
            return self.tr("{amount} al m² all'anno").format(amount=fmt_money(u.rent_rate_cents))
        if u.rent_model == RentModel.FLAT:
            return self.tr("{amount} al mese").format(amount=fmt_money(u.rent_rate_cents))
        return self.tr("secondo la fascia ISEE del nucleo")

    def _show_occupant(self, detail: HouseholdDetail | None) -> None:
        self.occupant = detail
        self.open_button.setEnabled(detail is not None)
        h = self.household
        if detail is None:
            h.set("household", self.tr("Nessun nucleo"))
            for key in ("members", "lease", "rent", "charges", "deposit"):
                h.set(key, "")
            return
        name = f"{detail.code} – {detail.reference_name}" if detail.reference_name else detail.code
        h.set("household", name)
        h.set("members", str(detail.size))
        lease = detail.active_lease
        if lease is not None and lease.unit_code != self.unit.code:
            lease = None
        stage = vocab(detail.stage) if detail.stage else ""
        h.set_lease(lease, self.tr("Nessun contratto: in assegnazione ({stage})").format(stage=stage))

    def report_fault(self):
        from borgo_desktop.ui.tickets.ticket_form import TicketForm
        from borgo_desktop.ui.widgets.dialogs import open_tracked

        form = TicketForm(self.ctx, household_id=self.occupant.id if self.occupant else None,
                          unit_id=self.unit_id, parent=self,
                          place_text=self.tr("Alloggio {code}").format(code=self.unit.code))
        return open_tracked(self, form, self._ticket_reported)

    def _ticket_reported(self, ticket_id: uuid.UUID) -> None:
        self.ticket_box.show_for(unit_id=self.unit_id)
        self.ticket_created.emit(ticket_id)

    def _open_household(self) -> None:
        if self.occupant is not None:
            self.household_opened.emit(self.occupant.id)

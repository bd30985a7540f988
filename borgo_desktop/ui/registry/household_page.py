"""A household's whole situation on one screen: data, members, unit, lease, allocation, move-in."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from borgo_desktop.errors import UserError
from borgo_desktop.formatting import fmt_date, fmt_decimal, fmt_money
from borgo_desktop.models.enums import HouseholdStatus, Vulnerability
from borgo_desktop.services.registry import registry
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, allowed
from borgo_desktop.services.registry.views import HouseholdDetail, MemberView
from borgo_desktop.ui.allocation.move_in_panel import MoveInPanel
from borgo_desktop.ui.allocation.pipeline_panel import PipelinePanel
from borgo_desktop.ui.registry.consent_dialog import ConsentDialog
from borgo_desktop.ui.casework.household_box import CaseBox
from borgo_desktop.ui.communication.household_box import DeliveryBox
from borgo_desktop.ui.ledger.household_ledger import LedgerBox
from borgo_desktop.ui.registry.household_form import HouseholdForm
from borgo_desktop.ui.registry.person_form import PersonForm
from borgo_desktop.ui.tasks import TaskRunner
from borgo_desktop.ui.tickets.place_box import TicketBox
from borgo_desktop.ui.widgets.dialogs import confirm, open_tracked, show_error, task_failed
from borgo_desktop.ui.widgets.display import (
    FittedTable, InfoGrid, boxed, scroll_page, set_chip, title_label,
)
from borgo_desktop.ui.widgets.icons import icon
from borgo_desktop.ui.widgets.list_page import open_file, temp_pdf
from borgo_desktop.ui.widgets.texts import age_on, vocab

STATUS_CHIPS = {HouseholdStatus.APPLICANT: "info", HouseholdStatus.RESIDENT: "ok",
                HouseholdStatus.LEFT: "muted"}


class HouseholdPage(QWidget):
    changed = Signal(object)        # the household id, after any change made from this page
    unit_opened = Signal(object)    # a unit id
    audit_requested = Signal(str)   # the administrator asks who did what on this household
    case_opened = Signal(object)    # a case id (accompaniment)
    ticket_created = Signal(object)  # a ticket reported from this page
    ticket_opened = Signal(object)  # a ticket id, from the «Segnalazioni» box
    arrears_requested = Signal(object)  # the household's arrears file (ladder, plans)
    mailing_opened = Signal(object)  # a mailing id, from the «Comunicazioni ricevute» box

    def __init__(self, ctx: Context, household_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("household_page")
        self.ctx = ctx
        self.household_id = household_id
        self.detail: HouseholdDetail | None = None
        self.dialog: QDialog | None = None  # the form opened from this page, if any
        self.tasks = TaskRunner(self)

        self.title = title_label(name="household_title")
        self.status_chip = QLabel()
        self.status_chip.setObjectName("status_chip")
        self.edit_button = self._button("fa5s.edit", self.tr("Modifica nucleo"), "edit_button",
                                        self.edit_household)
        self.add_button = self._button("fa5s.user-plus", self.tr("Aggiungi componente"),
                                       "add_member_button", self.add_member)
        self.print_button = self._button("fa5s.print", self.tr("Stampa scheda"), "print_button",
                                         self.print_sheet)
        # What the role may not do is not offered.
        may_write = allowed(ctx.actor, Permission.REGISTRY_WRITE)
        if not may_write:
            self.edit_button.hide()
            self.add_button.hide()
        if not allowed(ctx.actor, Permission.EXPORT_PERSONAL):
            self.print_button.hide()
        self.report_button = self._button("fa5s.wrench", self.tr("Segnala guasto"),
                                          "report_fault_button", self.report_fault,
                                          allowed(ctx.actor, Permission.TICKET_CREATE))
        self.audit_button = self._button("fa5s.search", self.tr("Registro operazioni"),
                                         "audit_button", lambda: self.audit_requested.emit(
                                             str(self.household_id)),
                                         allowed(ctx.actor, Permission.AUDIT_READ))
        self.arrears_button = self._button(
            "fa5s.euro-sign", self.tr("Morosità"), "arrears_button",
            lambda: self.arrears_requested.emit(self.household_id),
            allowed(ctx.actor, Permission.LEDGER_READ)
            or allowed(ctx.actor, Permission.LEDGER_CASELOAD))
        # The name on its own line, the actions under it: a long name and six buttons side by
        # side pushed «Stampa scheda» out of a 1366-pixel window.
        title_row = QHBoxLayout()
        title_row.addWidget(self.title)
        title_row.addWidget(self.status_chip)
        title_row.addStretch(1)
        actions = QHBoxLayout()
        for button in (self.edit_button, self.add_button, self.report_button, self.arrears_button,
                       self.print_button, self.audit_button):
            actions.addWidget(button)
        actions.addStretch(1)
        header = QVBoxLayout()
        header.setSpacing(4)
        header.addLayout(title_row)
        header.addLayout(actions)

        self.info = InfoGrid([
            ("category", self.tr("Categoria")), ("isee", self.tr("ISEE")),
            ("vulnerabilities", self.tr("Vulnerabilità")), ("dsu", self.tr("Protocollo DSU")),
            ("phone", self.tr("Telefono")), ("email", self.tr("E-mail")),
            ("language", self.tr("Lingua")), ("privacy", self.tr("Consenso privacy")),
            ("notes", self.tr("Note")),
        ], columns=2)

        self.pipeline_panel = PipelinePanel(ctx, self)
        self.pipeline_panel.changed.connect(self._changed_elsewhere)
        self.move_in_panel = MoveInPanel(ctx, self)
        self.move_in_panel.changed.connect(self._changed_elsewhere)
        self.case_box = CaseBox(ctx, self)
        self.case_box.case_opened.connect(self.case_opened)
        self.case_group = boxed(self.tr("Accompagnamento sociale"), self.case_box)
        self.ticket_box = TicketBox(ctx, self)
        self.ticket_box.ticket_opened.connect(self.ticket_opened)
        self.delivery_box = DeliveryBox(ctx, self)
        self.delivery_box.mailing_opened.connect(self.mailing_opened)
        self.ledger_box = LedgerBox(ctx, self) if LedgerBox.offered(ctx, household_id) else None
        members_and_unit = QHBoxLayout()
        members_and_unit.addWidget(self._members_box(), 3)
        members_and_unit.addWidget(self._unit_box(), 2)

        content = QWidget()
        body = QVBoxLayout(content)
        body.addLayout(header)
        body.addWidget(self.info)
        body.addWidget(self.case_group)
        if self.ledger_box is not None:
            body.addWidget(self.ledger_box)
        body.addLayout(members_and_unit)
        body.addWidget(self._past_box())
        body.addWidget(self.ticket_box)
        body.addWidget(self.delivery_box)
        # Roles without the allocation permission (facility staff, administrator) do not get it.
        self.shows_allocation = allowed(ctx.actor, Permission.ALLOCATION_READ)
        if self.shows_allocation:
            body.addWidget(boxed(self.tr("Assegnazione"), self.pipeline_panel), 1)
            body.addWidget(boxed(self.tr("Ingresso nell'alloggio"), self.move_in_panel))
        else:
            self.pipeline_panel.hide()
            self.move_in_panel.hide()
        scroll_page(self, content)
        self.refresh()

    # --- layout ----------------------------------------------------------------------------

    def _button(self, icon_name: str, text: str, name: str, slot,
                offered: bool = True) -> QPushButton:
        """A button; one the role may not use is hidden (the services refuse it anyway).
        Never ``setVisible(True)`` here: a button without a parent yet would open as a window."""
        button = QPushButton(icon(icon_name), text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        if not offered:
            button.hide()
        return button

    def _members_box(self) -> QGroupBox:
        self.members_table = FittedTable(
            [self.tr("Nome"), self.tr("Relazione"), self.tr("Codice fiscale"),
             self.tr("Data di nascita"), self.tr("Età")], "members_table")
        self.members_table.itemActivated.connect(lambda _item: self.edit_person())
        self.edit_person_button = self._button("fa5s.user-edit", self.tr("Modifica persona"),
                                               "edit_person_button", self.edit_person)
        self.leave_button = self._button("fa5s.sign-out-alt", self.tr("Esce dal nucleo"),
                                         "leave_button", self.leave_household)
        self.consents_button = self._button("fa5s.key", self.tr("Consensi"), "consents_button",
                                            self.open_consents)
        if not allowed(self.ctx.actor, Permission.REGISTRY_WRITE):
            self.edit_person_button.hide()
            self.leave_button.hide()
        return boxed(self.tr("Componenti"), self.members_table, self.consents_button,
                           self.edit_person_button, self.leave_button)

    def _past_box(self) -> QGroupBox:
        self.past_table = FittedTable(
            [self.tr("Nome"), self.tr("Relazione"), self.tr("Entrato il"), self.tr("Uscito il")],
            "past_members_table")
        self.past_box = boxed(self.tr("Componenti usciti"), self.past_table)
        return self.past_box

    def _unit_box(self) -> QGroupBox:
        self.unit_info = InfoGrid([
            ("unit", self.tr("Alloggio")), ("building", self.tr("Edificio")),
            ("position", self.tr("Scala e piano")), ("size", self.tr("Superficie e locali")),
            ("regime", self.tr("Regime")), ("accessible", self.tr("Accessibile")),
            ("lease", self.tr("Contratto")), ("rent", self.tr("Canone mensile")),
            ("charges", self.tr("Spese")), ("deposit", self.tr("Deposito cauzionale")),
        ], columns=1)
        self.open_unit_button = self._button("fa5s.home", self.tr("Apri scheda alloggio"),
                                             "open_unit_button", self._open_unit)
        return boxed(self.tr("Alloggio e contratto"), self.unit_info, self.open_unit_button)

    # --- showing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self.detail = d = registry.get_household(self.ctx, self.household_id)
        name = f" – {d.reference_name}" if d.reference_name else ""
        self.title.setText(self.tr("Nucleo {code}").format(code=d.code) + name)
        set_chip(self.status_chip, vocab(d.status), STATUS_CHIPS.get(d.status, "info"))
        self._show_info(d)
        today = self.ctx.today()
        self.members_table.set_rows([
            [m.person.full_name, vocab(m.relation), m.person.tax_code, fmt_date(m.person.birth_date),
             str(age_on(m.person.birth_date, today) or "")] for m in d.members],
            [m.person.id for m in d.members])
        self.past_table.set_rows([
            [m.person.full_name, vocab(m.relation), fmt_date(m.joined_on), fmt_date(m.left_on)]
            for m in d.past_members])
        self.past_box.setVisible(bool(d.past_members))
        self._show_unit(d)
        if self.shows_allocation:
            self.pipeline_panel.set_household(self.household_id, d)
            self.move_in_panel.set_household(self.household_id, d)
        self.case_box.set_household(self.household_id)
        self.ticket_box.show_for(household_id=self.household_id)
        self.delivery_box.show_for(self.household_id)
        if self.ledger_box is not None:
            self.ledger_box.show_for(self.household_id)
        self.case_group.setVisible(self.case_box.visible_for_role())

    def _show_info(self, d: HouseholdDetail) -> None:
        info = self.info
        info.set("category", d.target_category_label or self.tr("Nessuna"))
        labels = [vocab(Vulnerability(v)) for v in d.vulnerabilities or ()
                  if v in set(Vulnerability)]
        if d.needs_accessible_unit:
            labels.append(self.tr("serve alloggio accessibile"))
        info.set("vulnerabilities", ", ".join(labels) or self.tr("Nessuna"))
        if d.sensitive_masked:  # this role is not allowed to read them
            labels.insert(0, self.tr("dati riservati"))
            info.set("vulnerabilities", ", ".join(labels))
            info.set("isee", self.tr("Riservato"))
        elif d.isee_cents is None:
            info.set("isee", self.tr("Non presentato"), warn=True)
        else:
            expired = d.isee_expires_on is not None and d.isee_expires_on < self.ctx.today()
            when = (self.tr("scaduto il {date}") if expired else self.tr("valido fino al {date}"))
            info.set("isee", f"{fmt_money(d.isee_cents)} ({when.format(date=fmt_date(d.isee_expires_on))})",
                     warn=expired)
        info.set("dsu", d.dsu_protocol if d.dsu_protocol is not None else self.tr("Riservato"))
        info.set("phone", d.phone)
        info.set("email", d.email)
        info.set("language", d.preferred_language)
        info.set("privacy", fmt_date(d.privacy_consent_on) or self.tr("Non raccolto"),
                 warn=d.privacy_consent_on is None)
        info.set("notes", d.notes)

    def _show_unit(self, d: HouseholdDetail) -> None:
        unit, lease, info = d.unit, d.active_lease, self.unit_info
        self.open_unit_button.setEnabled(unit is not None)
        info.set("unit", unit.code if unit else self.tr("Nessun alloggio"))
        info.set("building", unit.building_name if unit else "")
        info.set("position", self.tr("scala {s}, piano {f}").format(s=unit.staircase, f=unit.floor)
                 if unit else "")
        info.set("size", self.tr("{m2} m², {rooms} locali").format(
            m2=fmt_decimal(unit.surface_m2, 1), rooms=unit.rooms) if unit else "")
        info.set("regime", vocab(unit.regime) if unit else "")
        info.set("accessible", (self.tr("Sì") if unit.accessible else self.tr("No")) if unit else "")
        info.set_lease(lease, self.tr("Nessun contratto in corso"))

    # --- actions ---------------------------------------------------------------------------

    def selected_member(self) -> MemberView | None:
        row = self.members_table.currentRow()
        if self.detail is None or not 0 <= row < len(self.detail.members):
            return None
        return self.detail.members[row]

    def _open_dialog(self, dialog: QDialog) -> QDialog:
        return open_tracked(self, dialog, self._saved)

    def edit_household(self) -> QDialog:
        return self._open_dialog(HouseholdForm(self.ctx, self.detail, self))

    def add_member(self) -> QDialog:
        return self._open_dialog(PersonForm(self.ctx, household_id=self.household_id, parent=self))

    def edit_person(self) -> QDialog | None:
        member = self.selected_member()
        if member is None or self.edit_person_button.isHidden():  # a role that may not edit
            return None
        return self._open_dialog(PersonForm(self.ctx, person=member.person, parent=self))

    def open_consents(self) -> QDialog | None:
        member = self.selected_member()
        if member is None:
            return None
        return self._open_dialog(ConsentDialog(self.ctx, member.person.id,
                                               member.person.full_name, self))

    def leave_household(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        question = self.tr("{name} esce dal nucleo con data {date}. Confermare?").format(
            name=member.person.full_name, date=fmt_date(self.ctx.today()))
        if not confirm(self, self.tr("Uscita dal nucleo"), question):
            return
        try:
            registry.leave_household(self.ctx, member.person.id)
        except UserError as exc:
            show_error(self, exc)
            return
        self._saved()

    def print_sheet(self):
        from borgo_desktop.services.registry.printing import print_household  # ReportLab: lazily

        path = temp_pdf(f"nucleo-{self.detail.code}")
        return self.tasks.run(self.tr("Preparazione della scheda"),
                              lambda _progress: print_household(self.ctx, self.household_id, path),
                              lambda _path: open_file(path), lambda exc: task_failed(self, exc))

    def report_fault(self) -> QDialog:
        from borgo_desktop.ui.tickets.ticket_form import TicketForm

        unit = self.detail.unit
        place = self.tr("Alloggio {code}").format(code=unit.code) if unit else ""
        return open_tracked(self, TicketForm(self.ctx, household_id=self.household_id,
                                             place_text=place, parent=self),
                            self._ticket_reported)

    def _ticket_reported(self, ticket_id: uuid.UUID) -> None:
        self.ticket_box.show_for(household_id=self.household_id)
        self.delivery_box.show_for(self.household_id)
        if self.ledger_box is not None:
            self.ledger_box.show_for(self.household_id)
        self.ticket_created.emit(ticket_id)

    def _open_unit(self) -> None:
        if self.detail is not None and self.detail.unit is not None:
            self.unit_opened.emit(self.detail.unit.id)

    def _saved(self, *_args) -> None:
        self.refresh()
        self.changed.emit(self.household_id)

    def _changed_elsewhere(self) -> None:
        # The allocation panels changed the household: show it, and tell the lists.
        self._saved()

"""The actions of a ticket page: which service call, which permission, which dialog.

``TicketActions(page).build(name)`` returns the dialog for an action (or None for one that needs no
input, run at once by the page). Kept apart from the page so each stays small.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QDateTime, QObject, QTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLineEdit, QPlainTextEdit

from borgo_desktop.formatting import ROME
from borgo_desktop.models.tickets import CostBearer, Priority, WaitReason
from borgo_desktop.services.tickets import plans as ticket_plans, tickets
from borgo_desktop.services.core.permissions import Permission

P = Permission
from borgo_desktop.ui.tickets.step_dialog import StepDialog
from borgo_desktop.ui.widgets.fields import MoneyEdit, enum_combo, set_combo_data, to_qdate


@dataclass(frozen=True)
class Action:
    name: str
    text: str
    icon: str
    permission: Permission
    step: str = ""  # the status-machine step, if it is one


class TicketActions(QObject):
    """The actions of one ticket page, with their (translated) names and dialogs."""

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page

    def actions(self) -> list[Action]:
        return [
            Action("triage", self.tr("Valuta"), "fa5s.clipboard-check", P.TICKET_MANAGE,
                   "triage"),
            Action("assign", self.tr("Assegna"), "fa5s.user-cog", P.TICKET_MANAGE, "assign"),
            Action("start", self.tr("Avvia lavoro"), "fa5s.play", P.TICKET_MANAGE, "start"),
            Action("wait", self.tr("Metti in attesa"), "fa5s.pause", P.TICKET_MANAGE, "wait"),
            Action("resolve", self.tr("Risolta"), "fa5s.check", P.TICKET_MANAGE, "resolve"),
            Action("close", self.tr("Chiudi"), "fa5s.lock", P.TICKET_CLOSE, "close"),
            Action("reopen", self.tr("Riapri"), "fa5s.undo", P.TICKET_MANAGE, "reopen"),
            Action("comment", self.tr("Commento"), "fa5s.comment", P.TICKET_CREATE),
            Action("appointment", self.tr("Appuntamento"), "fa5s.calendar-alt", P.TICKET_CREATE),
            Action("attachment", self.tr("Allega file…"), "fa5s.paperclip", P.TICKET_CREATE),
            Action("costs", self.tr("Costi"), "fa5s.euro-sign", P.TICKET_COSTS),
            Action("work_order", self.tr("Ordine di lavoro"), "fa5s.print", P.TICKET_MANAGE),
            Action("notice", self.tr("Avviso inquilini"), "fa5s.bullhorn", P.COMM_SEND),
        ]


    def build(self, name: str) -> StepDialog | None:
        ctx, t = self.page.ctx, self.page.detail.ticket
        note = ("note", self.tr("Nota"), _note())
        if name == "triage":
            category = QComboBox()
            for option in tickets.list_categories(ctx):
                category.addItem(option.label, option.code)
            set_combo_data(category, t.category_code)
            priority = enum_combo(Priority)
            set_combo_data(priority, t.priority)
            return self._dialog(
                self.tr("Valutazione"), self.tr("Priorità e categoria decidono la scadenza."),
                [("priority", self.tr("Priorità"), priority),
                 ("category", self.tr("Categoria"), category), note],
                lambda v: tickets.triage(ctx, t.id, Priority(v["priority"]), v["category"],
                                         v["note"], version=t.version))
        if name == "assign":
            contractor = QComboBox()
            contractor.addItem(self.tr("— personale interno —"), None)
            for c in ticket_plans.list_contractors(ctx):
                contractor.addItem(f"{c.name} ({c.trade})" if c.trade else c.name, str(c.id))
            if t.contractor_id:
                set_combo_data(contractor, str(t.contractor_id))
            staff = QLineEdit(t.assignee_name)
            staff.setPlaceholderText(self.tr("Nome del tecnico interno"))
            return self._dialog(
                self.tr("Assegnazione"),
                self.tr("Scegliere una ditta oppure scrivere il nome di un tecnico interno."),
                [("assignee", self.tr("Ditta"), contractor),
                 ("staff", self.tr("Tecnico interno"), staff), note],
                lambda v: tickets.assign(ctx, t.id, _uuid(v["assignee"]),
                                         "" if v["assignee"] else v["staff"], v["note"],
                                         version=t.version))
        if name == "wait":
            reason = enum_combo(WaitReason, blank=self.tr("— scegliere —"))
            return self._dialog(
                self.tr("In attesa"), "", [("reason", self.tr("In attesa di"), reason), note],
                lambda v: tickets.put_on_hold(
                    ctx, t.id, WaitReason(v["reason"]) if v["reason"] else None, v["note"]))
        if name == "resolve":
            return self._dialog(self.tr("Lavoro risolto"), self.tr("Che cosa è stato fatto?"),
                                [note], lambda v: tickets.resolve(ctx, t.id, v["note"]))
        if name == "close":
            rating = QComboBox()
            rating.addItem(self.tr("— non espresso —"), None)
            for value in range(5, 0, -1):
                rating.addItem("★" * value, value)
            return self._dialog(
                self.tr("Chiusura"), self.tr("L'inquilino conferma che il problema è risolto?"),
                [("rating", self.tr("Giudizio dell'inquilino"), rating),
                 ("feedback", self.tr("Commento dell'inquilino"), _note())],
                lambda v: tickets.close(ctx, t.id, v["rating"], v["feedback"]))
        if name == "reopen":
            return self._dialog(self.tr("Riapertura"), "", [("reason", self.tr("Motivo"), _note())],
                                lambda v: tickets.reopen(ctx, t.id, v["reason"]))
        if name == "comment":
            return self._dialog(self.tr("Commento"), "", [("comment", self.tr("Testo"), _note())],
                                lambda v: tickets.add_comment(ctx, t.id, v["comment"]))
        if name == "appointment":
            when = _when(QDateTime(to_qdate(ctx.today() + timedelta(days=1)), QTime(9, 0)))
            return self._dialog(
                self.tr("Appuntamento per l'accesso"), self.tr("Ora italiana."),
                [("starts_at", self.tr("Quando"), when), note],
                lambda v: tickets.add_appointment(ctx, t.id, v["starts_at"].replace(tzinfo=ROME),
                                                  v["note"]))
        if name == "costs":
            bearer = enum_combo(CostBearer, blank=self.tr("— da stabilire —"))
            set_combo_data(bearer, t.cost_bearer)
            return self._dialog(
                self.tr("Costi"), "",
                [("estimated", self.tr("Costo stimato"), MoneyEdit(t.estimated_cost_cents)),
                 ("actual", self.tr("Costo effettivo"), MoneyEdit(t.actual_cost_cents)),
                 ("bearer", self.tr("A carico di"), bearer)],
                lambda v: tickets.set_costs(ctx, t.id, v["estimated"], v["actual"],
                                            CostBearer(v["bearer"]) if v["bearer"] else None,
                                            version=t.version))
        if name == "notice":
            return self._notice()
        return None

    def _dialog(self, title: str, intro: str, fields, submit, save_text: str = "") -> StepDialog:
        return StepDialog(title, intro, fields, submit, self.page, save_text=save_text)

    def _notice(self) -> StepDialog:
        """The tenants' notice for the ticket's building (and staircase), drafted from it."""
        from borgo_desktop.services.tickets.printing import notice_draft, print_notice
        from borgo_desktop.ui.widgets.list_page import open_file, temp_pdf

        page = self.page
        ctx, t = page.ctx, page.detail.ticket
        building_id, staircase, title, body = notice_draft(ctx, t.id)
        start = QDateTime(to_qdate(ctx.today() + timedelta(days=1)), QTime(8, 0))
        text = _note()
        text.setPlainText(body)
        # The notice's text is the point of the dialog: room for it, not a three-line box.
        text.setMinimumHeight(180)
        text.setMaximumHeight(16_777_215)
        fields = [("staircase", self.tr("Scala (vuoto: tutto l'edificio)"), QLineEdit(staircase)),
                  ("title", self.tr("Titolo"), QLineEdit(title)), ("body", self.tr("Testo"), text),
                  ("starts_at", self.tr("Dalle"), _when(start)),
                  ("ends_at", self.tr("Alle"), _when(start.addSecs(4 * 3600)))]

        def submit(v):
            path = temp_pdf(f"avviso-{t.code}")
            print_notice(ctx, building_id, v["staircase"], v["title"], v["body"],
                         v["starts_at"].replace(tzinfo=ROME), v["ends_at"].replace(tzinfo=ROME),
                         path)
            page.last_pdf = path
            open_file(path)
            return path
        dialog = self._dialog(self.tr("Avviso per gli inquilini"),
                              self.tr("L'avviso va esposto nelle parti comuni: non può nominare "
                                      "inquilini né indicare alloggi."),
                              fields, submit, save_text=self.tr("Stampa"))
        dialog.setMinimumWidth(680)
        return dialog


def _note() -> QPlainTextEdit:
    widget = QPlainTextEdit()
    widget.setFixedHeight(70)
    return widget


def _when(value: QDateTime) -> QDateTimeEdit:
    widget = QDateTimeEdit(value)
    widget.setDisplayFormat("dd/MM/yyyy HH:mm")
    widget.setCalendarPopup(True)
    return widget


def _uuid(value):
    return uuid.UUID(value) if value else None

"""The actions of a ticket page: which service call, which permission, which dialog.

``build(page, name)`` returns the dialog for an action (or None for one that needs no
input, run at once by the page). Kept apart from the page so each stays small.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, QTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLineEdit, QPlainTextEdit

from borgo_desktop.formatting import ROME
from borgo_desktop.models.tickets import CostBearer, Priority, WaitReason
from borgo_desktop.services import ticket_plans, tickets
from borgo_desktop.services.permissions import Permission
from borgo_desktop.ui.tickets.step_dialog import StepDialog
from borgo_desktop.ui.widgets.fields import MoneyEdit, enum_combo, set_combo_data, to_qdate


def tr(text: str) -> str:
    return QCoreApplication.translate("TicketActions", text)


@dataclass(frozen=True)
class Action:
    name: str
    text: str
    icon: str
    permission: Permission
    step: str = ""  # the status-machine step, if it is one


def actions() -> list[Action]:
    return [
        Action("triage", tr("Valuta"), "fa5s.clipboard-check", Permission.TICKET_MANAGE, "triage"),
        Action("assign", tr("Assegna"), "fa5s.user-cog", Permission.TICKET_MANAGE, "assign"),
        Action("start", tr("Avvia lavoro"), "fa5s.play", Permission.TICKET_MANAGE, "start"),
        Action("wait", tr("Metti in attesa"), "fa5s.pause", Permission.TICKET_MANAGE, "wait"),
        Action("resolve", tr("Risolta"), "fa5s.check", Permission.TICKET_MANAGE, "resolve"),
        Action("close", tr("Chiudi"), "fa5s.lock", Permission.TICKET_CLOSE, "close"),
        Action("reopen", tr("Riapri"), "fa5s.undo", Permission.TICKET_MANAGE, "reopen"),
        Action("comment", tr("Commento"), "fa5s.comment", Permission.TICKET_CREATE),
        Action("appointment", tr("Appuntamento"), "fa5s.calendar-alt", Permission.TICKET_CREATE),
        Action("attachment", tr("Allega file…"), "fa5s.paperclip", Permission.TICKET_CREATE),
        Action("costs", tr("Costi"), "fa5s.euro-sign", Permission.TICKET_COSTS),
        Action("work_order", tr("Ordine di lavoro"), "fa5s.print", Permission.TICKET_MANAGE),
        Action("notice", tr("Avviso inquilini"), "fa5s.bullhorn", Permission.TICKET_CREATE),
    ]


def _note() -> QPlainTextEdit:
    widget = QPlainTextEdit()
    widget.setFixedHeight(70)
    return widget


def build(page, name: str) -> StepDialog | None:
    ctx, t = page.ctx, page.detail.ticket
    if name == "triage":
        category = QComboBox()
        for option in tickets.list_categories(ctx):
            category.addItem(option.label, option.code)
        set_combo_data(category, t.category_code)
        priority = enum_combo(Priority)
        set_combo_data(priority, t.priority)
        return StepDialog(tr("Valutazione"), tr("Priorità e categoria decidono la scadenza."),
                          [("priority", tr("Priorità"), priority),
                           ("category", tr("Categoria"), category), ("note", tr("Nota"), _note())],
                          lambda v: tickets.triage(ctx, t.id, Priority(v["priority"]),
                                                   v["category"], v["note"]), page)
    if name == "assign":
        contractor = QComboBox()
        contractor.addItem(tr("— personale interno —"), None)
        for c in ticket_plans.list_contractors(ctx):
            contractor.addItem(f"{c.name} ({c.trade})" if c.trade else c.name, str(c.id))
        if t.contractor_id:
            set_combo_data(contractor, str(t.contractor_id))
        staff = QLineEdit(t.assignee_name)
        staff.setPlaceholderText(tr("Nome del tecnico interno"))
        return StepDialog(tr("Assegnazione"), tr("Scegliere una ditta oppure scrivere il nome di "
                                                 "un tecnico interno."),
                          [("assignee", tr("Ditta"), contractor),
                           ("staff", tr("Tecnico interno"), staff), ("note", tr("Nota"), _note())],
                          lambda v: tickets.assign(ctx, t.id, _uuid(v["assignee"]),
                                                   "" if v["assignee"] else v["staff"], v["note"]),
                          page)
    if name == "wait":
        reason = enum_combo(WaitReason, blank=tr("— scegliere —"))
        return StepDialog(tr("In attesa"), "", [("reason", tr("In attesa di"), reason),
                                                ("note", tr("Nota"), _note())],
                          lambda v: tickets.put_on_hold(
                              ctx, t.id, WaitReason(v["reason"]) if v["reason"] else None,
                              v["note"]), page)
    if name == "resolve":
        return StepDialog(tr("Lavoro risolto"), tr("Che cosa è stato fatto?"),
                          [("note", tr("Nota"), _note())],
                          lambda v: tickets.resolve(ctx, t.id, v["note"]), page)
    if name == "close":
        rating = QComboBox()
        rating.addItem(tr("— non espresso —"), None)
        for value in range(5, 0, -1):
            rating.addItem("★" * value, value)
        return StepDialog(tr("Chiusura"), tr("L'inquilino conferma che il problema è risolto?"),
                          [("rating", tr("Giudizio dell'inquilino"), rating),
                           ("feedback", tr("Commento dell'inquilino"), _note())],
                          lambda v: tickets.close(ctx, t.id, v["rating"], v["feedback"]), page)
    if name == "reopen":
        return StepDialog(tr("Riapertura"), "", [("reason", tr("Motivo"), _note())],
                          lambda v: tickets.reopen(ctx, t.id, v["reason"]), page)
    if name == "comment":
        return StepDialog(tr("Commento"), "", [("comment", tr("Testo"), _note())],
                          lambda v: tickets.add_comment(ctx, t.id, v["comment"]), page)
    if name == "appointment":
        when = _when(QDateTime(to_qdate(ctx.today() + timedelta(days=1)), QTime(9, 0)))
        return StepDialog(tr("Appuntamento per l'accesso"), tr("Ora italiana."),
                          [("starts_at", tr("Quando"), when), ("note", tr("Nota"), _note())],
                          lambda v: tickets.add_appointment(
                              ctx, t.id, v["starts_at"].replace(tzinfo=ROME), v["note"]), page)
    if name == "costs":
        bearer = enum_combo(CostBearer, blank=tr("— da stabilire —"))
        set_combo_data(bearer, t.cost_bearer)
        return StepDialog(tr("Costi"), "",
                          [("estimated", tr("Costo stimato"), MoneyEdit(t.estimated_cost_cents)),
                           ("actual", tr("Costo effettivo"), MoneyEdit(t.actual_cost_cents)),
                           ("bearer", tr("A carico di"), bearer)],
                          lambda v: tickets.set_costs(
                              ctx, t.id, v["estimated"], v["actual"],
                              CostBearer(v["bearer"]) if v["bearer"] else None), page)
    if name == "notice":
        return _notice(page)
    return None


def _notice(page) -> StepDialog:
    """The tenants' notice for the ticket's building (and staircase), drafted from it."""
    from borgo_desktop.services.ticket_printing import notice_draft, print_notice
    from borgo_desktop.ui.widgets.list_page import open_file, temp_pdf

    ctx, t = page.ctx, page.detail.ticket
    building_id, staircase, title, body = notice_draft(ctx, t.id)
    start = QDateTime(to_qdate(ctx.today() + timedelta(days=1)), QTime(8, 0))
    fields = [("staircase", tr("Scala (vuoto: tutto l'edificio)"), QLineEdit(staircase)),
              ("title", tr("Titolo"), QLineEdit(title)), ("body", tr("Testo"), _note()),
              ("starts_at", tr("Dalle"), _when(start)),
              ("ends_at", tr("Alle"), _when(start.addSecs(4 * 3600)))]
    fields[2][2].setPlainText(body)

    def submit(v):
        path = temp_pdf(f"avviso-{t.code}")
        print_notice(ctx, building_id, v["staircase"], v["title"], v["body"],
                     v["starts_at"].replace(tzinfo=ROME), v["ends_at"].replace(tzinfo=ROME), path)
        page.last_pdf = path
        open_file(path)
        return path
    return StepDialog(tr("Avviso per gli inquilini"),
                      tr("L'avviso va esposto nelle parti comuni: non può nominare inquilini "
                         "né indicare alloggi."), fields, submit, page, save_text=tr("Stampa"))


def _when(value: QDateTime) -> QDateTimeEdit:
    widget = QDateTimeEdit(value)
    widget.setDisplayFormat("dd/MM/yyyy HH:mm")
    widget.setCalendarPopup(True)
    return widget


def _uuid(value):
    return uuid.UUID(value) if value else None

"""A ticket's page: where, what, who, the deadline, the timeline and the actions.

Buttons show only what the role may do and are enabled only when the status allows it;
costs show only to roles that may see them (the service masks them anyway).
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton,
    QVBoxLayout, QWidget,
)

from borgo_desktop.errors import UserError
from borgo_desktop.formatting import fmt_date, fmt_instant, fmt_money
from borgo_desktop.models.tickets import Priority, TicketStatus
from borgo_desktop.services.tickets import tickets
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, allowed
from borgo_desktop.ui.tasks import TaskRunner
from borgo_desktop.ui.tickets import actions
from borgo_desktop.ui.widgets.dialogs import open_tracked, show_error, task_failed
from borgo_desktop.ui.widgets.display import (
    FittedTable, InfoGrid, boxed, scroll_page, set_chip, title_label,
)
from borgo_desktop.ui.widgets.icons import icon
from borgo_desktop.ui.widgets.list_page import open_file, temp_pdf
from borgo_desktop.ui.widgets.texts import vocab

STATUS_CHIPS = {TicketStatus.NEW: "info", TicketStatus.TRIAGED: "info",
                TicketStatus.ASSIGNED: "info", TicketStatus.IN_PROGRESS: "warn",
                TicketStatus.WAITING: "warn", TicketStatus.RESOLVED: "ok",
                TicketStatus.CLOSED: "muted"}
PRIORITY_CHIPS = {Priority.URGENT: "bad", Priority.HIGH: "warn", Priority.NORMAL: "muted",
                  Priority.LOW: "muted"}
BUTTONS_PER_ROW = 7


class TicketPage(QWidget):
    changed = Signal(object)            # the ticket id, after any change made here
    household_opened = Signal(object)

    def __init__(self, ctx: Context, ticket_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticket_page")
        self.ctx = ctx
        self.ticket_id = ticket_id
        self.detail: tickets.TicketDetail | None = None
        self.dialog = None
        self.tasks = TaskRunner(self)
        self.last_pdf: Path | None = None

        self.title = title_label(name="ticket_title")
        self.status_chip, self.priority_chip, self.late_chip = QLabel(), QLabel(), QLabel()
        self.status_chip.setObjectName("status_chip")
        self.late_chip.setObjectName("overdue_chip")
        header = QHBoxLayout()
        header.addWidget(self.title)
        for chip in (self.status_chip, self.priority_chip, self.late_chip):
            header.addWidget(chip)
        header.addStretch(1)
        self.open_household_button = QPushButton(icon("fa5s.users"), self.tr("Apri nucleo"))
        self.open_household_button.setObjectName("open_household_button")
        self.open_household_button.clicked.connect(self._open_household)
        header.addWidget(self.open_household_button)

        self.buttons: dict[str, QPushButton] = {}
        self.actions = actions.TicketActions(self)
        grid = QGridLayout()
        visible = [a for a in self.actions.actions() if allowed(ctx.actor, a.permission)]
        for index, action in enumerate(visible):
            button = QPushButton(icon(action.icon), action.text)
            button.setObjectName(f"{action.name}_button")
            button.clicked.connect(lambda _checked=False, name=action.name: self.run(name))
            grid.addWidget(button, index // BUTTONS_PER_ROW, index % BUTTONS_PER_ROW)
            self.buttons[action.name] = button

        self.info = InfoGrid([
            ("summary", self.tr("Oggetto")), ("category", self.tr("Categoria")),
            ("place", self.tr("Luogo")), ("building", self.tr("Edificio")),
            ("reporter", self.tr("Segnalata da")), ("channel", self.tr("Ricevuta da")),
            ("opened", self.tr("Aperta il")), ("due", self.tr("Scadenza")),
            ("assignee", self.tr("Assegnata a")), ("waiting", self.tr("In attesa di")),
            ("resolved", self.tr("Risolta il")), ("feedback", self.tr("Giudizio dell'inquilino")),
            ("description", self.tr("Descrizione")), ("plan", self.tr("Piano programmato")),
        ], columns=2)
        self.costs = InfoGrid([("estimated", self.tr("Costo stimato")),
                               ("actual", self.tr("Costo effettivo")),
                               ("bearer", self.tr("A carico di"))], columns=3)
        self.costs_box = boxed(self.tr("Costi"), self.costs)
        self.costs_box.setVisible(allowed(ctx.actor, Permission.TICKET_COSTS))
        self.timeline = FittedTable([self.tr("Quando"), self.tr("Chi"), self.tr("Che cosa"),
                                     self.tr("Nota")], "timeline_table")
        self.files = FittedTable([self.tr("File"), self.tr("Aggiunto il"), self.tr("SHA-256")],
                                 "attachments_table")
        self.files.itemActivated.connect(self._open_attachment)
        self.files_box = boxed(self.tr("Allegati"), self.files)

        content = QWidget()
        body = QVBoxLayout(content)
        body.addLayout(header)
        body.addLayout(grid)
        body.addWidget(boxed(self.tr("Segnalazione"), self.info))
        body.addWidget(self.costs_box)
        body.addWidget(boxed(self.tr("Cronologia"), self.timeline))
        body.addWidget(self.files_box)
        body.addStretch(1)
        scroll_page(self, content)
        self.refresh()

    # --- showing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self.show_detail(tickets.get_ticket(self.ctx, self.ticket_id))

    def show_detail(self, detail: tickets.TicketDetail) -> None:
        self.detail = detail
        t = detail.ticket
        self.title.setText(self.tr("Segnalazione {code}").format(code=t.code))
        set_chip(self.status_chip, vocab(t.status), STATUS_CHIPS[t.status])
        set_chip(self.priority_chip, vocab(t.priority), PRIORITY_CHIPS[t.priority])
        set_chip(self.late_chip, self.tr("In ritardo") if t.overdue else "", "bad")
        i = self.info
        i.set("summary", t.summary)
        i.set("category", t.category_label)
        i.set("place", self._place(t))
        i.set("building", f"{t.building_name} ({t.building_code})")
        i.set("reporter", t.reporter)
        i.set("channel", vocab(t.channel))
        i.set("opened", fmt_date(t.opened_on))
        i.set("due", fmt_date(t.due_on), warn=t.overdue)
        i.set("assignee", t.assignee or self.tr("Non assegnata"))
        i.set("waiting", vocab(t.wait_reason) if t.wait_reason else "")
        i.set("resolved", fmt_date(t.resolved_on))
        i.set("feedback", ("★" * t.feedback_rating + " " + t.feedback_note).strip()
              if t.feedback_rating else t.feedback_note)
        i.set("description", t.description)
        i.set("plan", t.plan_name)
        if t.costs_visible:
            self.costs.set("estimated", fmt_money(t.estimated_cost_cents))
            self.costs.set("actual", fmt_money(t.actual_cost_cents))
            self.costs.set("bearer", vocab(t.cost_bearer) if t.cost_bearer else "")
        self.timeline.set_rows([[fmt_instant(e.happened_at), e.actor, self._what(e), e.note]
                                for e in reversed(detail.events)])
        self.files.set_rows([[a.filename, fmt_instant(a.added_at), a.sha256[:16] + "…"]
                             for a in detail.attachments], [a.stored_path for a in detail.attachments])
        self.files_box.setVisible(bool(detail.attachments))
        self.open_household_button.setVisible(t.reporter_household_id is not None)
        possible = set(tickets.available_actions(t.status))
        for action in self.actions.actions():
            button = self.buttons.get(action.name)
            if button is None:
                continue
            if action.step:
                button.setEnabled(action.step in possible)
            elif action.name in ("comment", "attachment"):
                button.setEnabled(True)
            else:  # appointments, costs, work orders and notices are for open tickets
                button.setEnabled(t.is_open or action.name == "costs")
        if "work_order" in self.buttons:
            self.buttons["work_order"].setEnabled(bool(t.assignee))

    def _place(self, t) -> str:
        if t.unit_code:
            return self.tr("Alloggio {code}, scala {s}, piano {f}").format(
                code=t.unit_code, s=t.staircase, f=t.floor)
        if t.common_space_name:
            return self.tr("Spazio comune: {name}").format(name=t.common_space_name)
        return t.system

    def _what(self, event) -> str:
        if event.to_status is not None and event.from_status is not None:
            return f"{vocab(event.from_status)} → {vocab(event.to_status)}"
        return vocab(event.kind)

    # --- actions ---------------------------------------------------------------------------

    def run(self, name: str):
        if name == "start":
            return self._direct(lambda: tickets.start_work(self.ctx, self.ticket_id))
        if name == "attachment":
            return self.attach()
        if name == "work_order":
            return self.print_work_order()
        dialog = self.actions.build(name)
        return open_tracked(self, dialog, self._saved)

    def _direct(self, call) -> None:
        try:
            call()
        except UserError as exc:
            show_error(self, exc)
            return
        self._saved()

    def attach(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Allega un file"), str(Path.home()),
                self.tr("Foto e documenti (*.jpg *.jpeg *.png *.pdf *.heic *.doc *.docx);;Tutti i file (*)"))
            if not chosen:
                return
            path = Path(chosen)
        self._direct(lambda: tickets.add_attachment(self.ctx, self.ticket_id, path))

    def print_work_order(self):
        from borgo_desktop.services.tickets.printing import print_work_order  # ReportLab: lazily

        path = temp_pdf(f"ordine-{self.detail.ticket.code}")
        self.last_pdf = path
        return self.tasks.run(self.tr("Preparazione dell'ordine di lavoro"),
                              lambda _progress: print_work_order(self.ctx, self.ticket_id, path),
                              lambda _path: open_file(path), lambda exc: task_failed(self, exc))

    def _open_attachment(self, item) -> None:
        stored = self.files.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        if stored:
            open_file(Path(stored))

    def _open_household(self) -> None:
        if self.detail and self.detail.ticket.reporter_household_id:
            self.household_opened.emit(self.detail.ticket.reporter_household_id)

    def _saved(self, *_args) -> None:
        self.refresh()
        self.changed.emit(self.ticket_id)

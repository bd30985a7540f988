"""Quick report of a fault from a household's or a unit's page.

The place comes from the page (the household's unit, or the unit); the clerk picks the
category and priority and writes what is wrong. When a similar ticket is already open
for the same place and category, the form says so and the button becomes «Apri comunque».
"""

from __future__ import annotations

import dataclasses
import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from borgo_desktop.errors import UserError
from borgo_desktop.models.tickets import Channel, Priority
from borgo_desktop.services.tickets import tickets
from borgo_desktop.services.core.context import Context
from borgo_desktop.ui.tickets.step_dialog import field_rows
from borgo_desktop.ui.widgets.fields import enum_combo, set_combo_data
from borgo_desktop.ui.widgets.forms import DirtyDialog, FormErrors, banner_label
from borgo_desktop.ui.widgets.texts import error_text, problems_of, vocab

WARNING_STYLE = ("color: #8a4b00; background: #fff3e0; border: 1px solid #ffcc80;"
                 " border-radius: 4px; padding: 6px;")


class TicketForm(DirtyDialog):
    saved = Signal(object)  # the new ticket's id

    def __init__(self, ctx: Context, *, household_id: uuid.UUID | None = None,
                 unit_id: uuid.UUID | None = None, place_text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticket_form")
        self.setWindowTitle(self.tr("Nuova segnalazione di guasto"))
        self.setMinimumWidth(520)
        self.ctx = ctx
        self.household_id, self.unit_id = household_id, unit_id
        self.accept_similar = False
        self.created_id: uuid.UUID | None = None

        self.category = QComboBox()
        for option in tickets.list_categories(ctx):
            self.category.addItem(option.label, option.code)
        self.category.setCurrentIndex(-1)
        self.priority = enum_combo(Priority)
        set_combo_data(self.priority, Priority.NORMAL)
        self.channel = QComboBox()
        for member in (Channel.DESK, Channel.PHONE, Channel.EMAIL):
            self.channel.addItem(vocab(member), member)
        self.summary = QLineEdit()
        self.summary.setMaxLength(160)
        self.summary.setPlaceholderText(self.tr("Per esempio: perdita d'acqua dal soffitto del bagno"))
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("Che cosa succede, da quando, dove esattamente"))
        self.description.setFixedHeight(90)

        self.errors = FormErrors(banner_label())
        self.warning = QLabel()
        self.warning.setObjectName("similar_warning")
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setWordWrap(True)
        self.warning.hide()
        form = QFormLayout()
        form.addRow(self.tr("Luogo"), QLabel(place_text or self.tr("Nessun alloggio collegato al nucleo")))
        field_rows(form, self.errors, [
            ("category", self.tr("Categoria"), self.category),
            ("priority", self.tr("Priorità"), self.priority),
            ("channel", self.tr("Ricevuta da"), self.channel),
            ("summary", self.tr("Oggetto"), self.summary),
            ("description", self.tr("Descrizione"), self.description)])
        buttons, self.save_button = self.save_cancel_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.banner)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.watch(self.category, self.priority, self.channel, self.summary, self.description)
        self.category.currentIndexChanged.connect(self._category_changed)

    def _category_changed(self) -> None:
        # A different category is a different question: warn again if needed.
        self.accept_similar = False
        self.warning.hide()
        self.save_button.setText(self.tr("Salva"))

    def ticket_input(self) -> tickets.TicketInput:
        return tickets.TicketInput(
            category_code=self.category.currentData() or "", summary=self.summary.text(),
            priority=Priority(self.priority.currentData()),
            channel=Channel(self.channel.currentData()),
            description=self.description.toPlainText(), unit_id=self.unit_id,
            reporter_household_id=self.household_id,
            reporter_name="" if self.household_id else self.ctx.actor.display_name
            or self.ctx.actor.username)

    def save(self) -> None:
        self.errors.clear()
        data = dataclasses.replace(self.ticket_input(), accept_similar=self.accept_similar)
        try:
            detail = tickets.create_ticket(self.ctx, data)
        except tickets.SimilarTicketOpen as exc:
            self.warning.setText(error_text(exc))
            self.warning.show()
            self.accept_similar = True
            self.save_button.setText(self.tr("Apri comunque"))
            return
        except UserError as exc:
            rest = self.errors.show(problems_of(exc))
            self.errors.show_banner(list(rest.values()))
            return
        self.created_id = detail.ticket.id
        self.mark_clean()
        self.saved.emit(detail.ticket.id)
        self.accept()

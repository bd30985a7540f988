"""A person's consents: what they allowed, since when, how, withdrawn when; record or withdraw."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from borgo_desktop.errors import UserError
from borgo_desktop.formatting import fmt_date
from borgo_desktop.models.enums import ConsentMethod, ConsentPurpose
from borgo_desktop.services import privacy
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, allowed
from borgo_desktop.ui.widgets.dialogs import confirm, show_error
from borgo_desktop.ui.widgets.display import ScrollingTable
from borgo_desktop.ui.widgets.fields import DateEdit, combo_enum, enum_combo
from borgo_desktop.ui.widgets.forms import FormErrors, banner_label
from borgo_desktop.ui.widgets.texts import problems_of, vocab


class ConsentDialog(QDialog):
    saved = Signal(object)  # the person id, after a consent is recorded or withdrawn

    def __init__(self, ctx: Context, person_id: uuid.UUID, person_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consent_dialog")
        self.setWindowTitle(self.tr("Consensi di {name}").format(name=person_name))
        self.ctx, self.person_id = ctx, person_id
        self.consents: list[privacy.ConsentView] = []
        self.table = ScrollingTable(
            [self.tr("Finalità"), self.tr("Dato il"), self.tr("Revocato il"), self.tr("Modalità"),
             self.tr("Raccolto da"), self.tr("Nota")], "consents_table")
        self.withdraw_button = QPushButton(self.tr("Revoca il consenso selezionato"))
        self.withdraw_button.setObjectName("withdraw_button")
        self.withdraw_button.clicked.connect(self.withdraw)

        self.banner = banner_label()
        self.errors = FormErrors(self.banner)
        self.purpose = enum_combo(ConsentPurpose, blank=self.tr("— scegliere —"))
        self.purpose.setObjectName("purpose")
        self.given_on = DateEdit(ctx.today())
        self.given_on.setObjectName("given_on")
        self.method = enum_combo(ConsentMethod, blank=self.tr("— scegliere —"))
        self.method.setObjectName("method")
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("es. numero del modulo firmato"))
        form = QFormLayout()
        for key, label, widget in (("purpose", self.tr("Finalità"), self.purpose),
                                   ("given_on", self.tr("Dato il"), self.given_on),
                                   ("method", self.tr("Raccolto"), self.method),
                                   ("note", self.tr("Nota"), self.note)):
            column = QVBoxLayout()
            column.addWidget(widget)
            column.addWidget(self.errors.register(key, widget))
            form.addRow(label, column)
        self.record_button = QPushButton(self.tr("Registra il consenso"))
        self.record_button.setObjectName("record_button")
        self.record_button.clicked.connect(self.record)
        new_box = QGroupBox(self.tr("Nuovo consenso"))
        new_layout = QVBoxLayout(new_box)
        new_layout.addWidget(self.banner)
        new_layout.addLayout(form)
        new_layout.addWidget(self.record_button)
        may_write = allowed(ctx.actor, Permission.REGISTRY_WRITE)
        new_box.setVisible(may_write)
        self.withdraw_button.setVisible(may_write)

        close = QDialogButtonBox()
        close.addButton(self.tr("Chiudi"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(new_box)
        layout.addWidget(close)
        self.resize(860, 520)
        self.refresh()

    def refresh(self) -> None:
        self.consents = privacy.list_consents(self.ctx, self.person_id)
        self.table.set_rows([[vocab(c.purpose), fmt_date(c.given_on),
                              fmt_date(c.withdrawn_on) or self.tr("in vigore"), vocab(c.method),
                              c.recorded_by, c.note] for c in self.consents],
                            [c.id for c in self.consents])

    def record(self) -> None:
        self.errors.clear()
        try:
            privacy.record_consent(self.ctx, self.person_id,
                                   combo_enum(self.purpose, ConsentPurpose),
                                   self.given_on.value(), combo_enum(self.method, ConsentMethod),
                                   self.note.text())
        except UserError as exc:
            rest = self.errors.show(problems_of(exc))
            self.errors.show_banner(list(rest.values()))
            return
        self.purpose.setCurrentIndex(0)
        self.method.setCurrentIndex(0)
        self.note.clear()
        self.refresh()
        self.saved.emit(self.person_id)

    def withdraw(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.consents):
            return
        consent = self.consents[row]
        question = self.tr("Revocare il consenso «{purpose}» con data {date}?").format(
            purpose=vocab(consent.purpose), date=fmt_date(self.ctx.today()))
        if not confirm(self, self.tr("Revoca del consenso"), question):
            return
        try:
            privacy.withdraw_consent(self.ctx, consent.id, self.ctx.today())
        except UserError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.saved.emit(self.person_id)
